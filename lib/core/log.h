/* log.h — structured, bounded log lines an operator can grep.
 *
 * One line per event, logfmt style:
 *   2026-11-24T10:00:00.123456Z level=info pid=123 role=request rid=ab12 msg="..." k=v
 * The level is checked before anything is formatted. Lines are built in a
 * fixed LOG_LINE_MAX buffer (longer ones are cut, never overflowed) and
 * written with one write(2), so lines from many processes do not interleave.
 * Never pass secrets or tokens to these functions.
 */
#ifndef CS_LOG_H
#define CS_LOG_H

#include <stddef.h>

#include "core/arena.h"

#define LOG_LINE_MAX 2048

typedef enum LogLevel { LOG_DEBUG = 0, LOG_INFO = 1, LOG_WARN = 2, LOG_ERROR = 3 } LogLevel;

/* Where to write: path NULL or "-" means stderr. 0 or ERR_IO. */
int log_open(const char *path);
/* Reopen the same path (SIGUSR1 / logrotate). 0 or ERR_IO. */
int log_reopen(void);
void log_set_level(LogLevel level);
/* Parses "debug|info|warn|error"; -1 when unknown. */
int log_level_parse(const char *s);
/* Role shown on every line: "master", "request", "job", "scheduler", "csctl". */
void log_set_role(const char *role);
/* Request/job id shown as rid=...; NULL clears it. The string is copied. */
void log_set_request_id(const char *rid);

int log_enabled(LogLevel level);

/* msg is free text (quoted on output); printf-style. */
void log_msg(LogLevel level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Same, but appends pre-formatted logfmt fields ("k=v k2=v2") after msg. */
void log_kv(LogLevel level, const char *msg, const char *fields_fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A copy of s (NULL: "") fit for a log field, at most max bytes, owned by
 * the arena. LOG_SAFE_QUOTED: for a "quoted" value (quotes, backslashes and
 * control characters become spaces), for text from outside such as a remote
 * error message. LOG_SAFE_TOKEN: for an unquoted k=v value (spaces become
 * '_' too; "" becomes "-"), such as a request path. */
typedef enum LogSafeMode { LOG_SAFE_QUOTED = 0, LOG_SAFE_TOKEN = 1 } LogSafeMode;
const char *log_safe(Arena *a, const char *s, size_t max, LogSafeMode mode);

#define LOG_DEBUG_MSG(...) do { if (log_enabled(LOG_DEBUG)) log_msg(LOG_DEBUG, __VA_ARGS__); } while (0)

#endif
