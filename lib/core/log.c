/* log.c — logfmt lines, one write(2) each (see log.h). */
#include "core/log.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "core/errors.h"
#include "core/timeUtil.h"

static int g_fd = 2;
static char g_path[1024];
static LogLevel g_level = LOG_INFO;
static char g_role[16] = "main";
static char g_rid[40];

static const char *LEVEL_NAMES[] = {"debug", "info", "warn", "error"};

int log_open(const char *path)
{
    if (!path || !*path || strcmp(path, "-") == 0) {
        g_path[0] = '\0';
        g_fd = 2;
        return 0;
    }
    if (strlen(path) >= sizeof g_path)
        return ERR_IO;
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
    if (fd < 0)
        return ERR_IO;
    snprintf(g_path, sizeof g_path, "%s", path);
    if (g_fd > 2)
        close(g_fd);
    g_fd = fd;
    return 0;
}

int log_reopen(void)
{
    if (!g_path[0])
        return 0;
    char path[sizeof g_path];
    snprintf(path, sizeof path, "%s", g_path);
    return log_open(path);
}

void log_set_level(LogLevel level) { g_level = level; }

int log_level_parse(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (s && strcmp(s, LEVEL_NAMES[i]) == 0)
            return i;
    return -1;
}

void log_set_role(const char *role) { snprintf(g_role, sizeof g_role, "%s", role ? role : ""); }

void log_set_request_id(const char *rid) { snprintf(g_rid, sizeof g_rid, "%s", rid ? rid : ""); }

int log_enabled(LogLevel level) { return level >= g_level; }

/* Appends msg quoted, escaping quotes, backslashes and control bytes so a
 * hostile string cannot forge a log line. */
static size_t put_quoted(char *out, size_t pos, size_t cap, const char *msg)
{
    if (pos < cap)
        out[pos++] = '"';
    for (const unsigned char *p = (const unsigned char *)msg; *p && pos + 4 < cap; p++) {
        if (*p == '"' || *p == '\\') {
            out[pos++] = '\\';
            out[pos++] = (char)*p;
        } else if (*p == '\n') {
            out[pos++] = '\\';
            out[pos++] = 'n';
        } else if (*p < 0x20) {
            out[pos++] = ' ';
        } else {
            out[pos++] = (char)*p;
        }
    }
    if (pos < cap)
        out[pos++] = '"';
    return pos;
}

static void emit(LogLevel level, const char *msg, const char *fields)
{
    char line[LOG_LINE_MAX];
    char at[TIME_ISO_LEN];
    size_t cap = sizeof line - 2; /* room for '\n' */
    int n = snprintf(line, cap, "%s level=%s pid=%d role=%s", time_iso_utc(NULL, at), LEVEL_NAMES[level],
                     (int)getpid(), g_role);
    size_t pos = n > 0 ? (size_t)n : 0;
    if (pos >= cap)
        pos = cap - 1;
    if (g_rid[0]) {
        n = snprintf(line + pos, cap - pos, " rid=%s", g_rid);
        pos += n > 0 ? (size_t)n : 0;
        if (pos >= cap)
            pos = cap - 1;
    }
    n = snprintf(line + pos, cap - pos, " msg=");
    pos += n > 0 ? (size_t)n : 0;
    if (pos >= cap)
        pos = cap - 1;
    pos = put_quoted(line, pos, cap, msg);
    if (fields && *fields && pos + 1 < cap) {
        line[pos++] = ' ';
        for (const char *f = fields; *f && pos < cap; f++)
            line[pos++] = (unsigned char)*f < 0x20 ? ' ' : *f; /* no control bytes (ESC, CR, LF) */
    }
    if (pos > cap)
        pos = cap;
    line[pos++] = '\n';
    int saved = errno;
    ssize_t w = write(g_fd, line, pos);
    (void)w;
    errno = saved;
}

void log_msg(LogLevel level, const char *fmt, ...)
{
    if (!log_enabled(level))
        return;
    char msg[LOG_LINE_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    emit(level, msg, NULL);
}

void log_kv(LogLevel level, const char *msg, const char *fields_fmt, ...)
{
    if (!log_enabled(level))
        return;
    char fields[LOG_LINE_MAX];
    va_list ap;
    va_start(ap, fields_fmt);
    vsnprintf(fields, sizeof fields, fields_fmt, ap);
    va_end(ap);
    emit(level, msg, fields);
}

const char *log_safe(Arena *a, const char *s, size_t max, LogSafeMode mode)
{
    char *c = arena_strndup(a, s ? s : "", max);
    for (char *p = c; *p; p++) {
        if (*p == '"' || *p == '\\' || (unsigned char)*p < 0x20)
            *p = mode == LOG_SAFE_TOKEN ? '_' : ' ';
        else if (*p == ' ' && mode == LOG_SAFE_TOKEN)
            *p = '_';
    }
    return mode == LOG_SAFE_TOKEN && !*c ? "-" : c;
}
