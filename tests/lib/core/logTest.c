/* logTest.c — log lines written to a temp file: fields, escaping (one line
 * per event whatever the message holds), level filtering, the LOG_LINE_MAX
 * cut and reopening after logrotate renamed the file. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/errors.h"
#include "core/log.h"

static char dir[64];
static char path[128];
static char text[4 * LOG_LINE_MAX];

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/logTest-XXXXXX");
    cr_assert_not_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/csd.log", dir);
    cr_assert_eq(log_open(path), 0);
    log_set_level(LOG_INFO);
    log_set_role("request");
    log_set_request_id(NULL);
}

static void teardown(void)
{
    log_open(NULL);
    char p[160];
    snprintf(p, sizeof p, "%s/csd.log", dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/csd.log.1", dir);
    unlink(p);
    rmdir(dir);
}
TestSuite(log, .init = setup, .fini = teardown);

/* Whole file into text; returns its length. */
static size_t slurp(const char *p)
{
    FILE *f = fopen(p, "rb");
    cr_assert_not_null(f, "%s", p);
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = '\0';
    return n;
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

Test(log, line_has_timestamp_level_pid_role_rid_msg)
{
    log_set_request_id("ab12");
    log_msg(LOG_INFO, "hello %s %d", "world", 7);
    log_set_request_id(NULL);
    log_set_role("job");
    log_kv(LOG_ERROR, "job failed", "job_id=%d kind=%s", 9, "gmail_sync");
    slurp(path);
    cr_assert_eq(count_lines(text), 2, "%s", text);
    char pidf[32];
    snprintf(pidf, sizeof pidf, " pid=%d ", (int)getpid());
    char *l1 = text, *l2 = strchr(text, '\n') + 1;
    l2[-1] = '\0';
    /* 2026-11-24T10:00:00.123456Z: the service's one timestamp format */
    cr_assert(strlen(l1) > 27 && l1[4] == '-' && l1[10] == 'T' && l1[19] == '.' && l1[26] == 'Z' && l1[27] == ' ',
              "%s", l1);
    cr_assert_not_null(strstr(l1, " level=info "), "%s", l1);
    cr_assert_not_null(strstr(l1, pidf), "%s", l1);
    cr_assert_not_null(strstr(l1, " role=request "), "%s", l1);
    cr_assert_not_null(strstr(l1, " rid=ab12 "), "%s", l1);
    cr_assert_not_null(strstr(l1, " msg=\"hello world 7\""), "%s", l1);
    cr_assert_not_null(strstr(l2, " level=error "), "%s", l2);
    cr_assert_not_null(strstr(l2, " role=job "), "%s", l2);
    cr_assert_null(strstr(l2, "rid="), "rid cleared: %s", l2);
    cr_assert_not_null(strstr(l2, " msg=\"job failed\" job_id=9 kind=gmail_sync"), "%s", l2);
}

Test(log, hostile_message_cannot_forge_a_line)
{
    log_msg(LOG_WARN, "%s", "evil\"\n2026-01-01T00:00:00.000Z level=error msg=\"forged\\\r\t\x01\x1b[31m");
    log_kv(LOG_WARN, "kv", "user=%s", "x\n2026-01-01T00:00:00.000Z level=error msg=forged\r");
    size_t n = slurp(path);
    cr_assert_eq(count_lines(text), 2, "%s", text);
    cr_assert_eq(text[n - 1], '\n');
    char *l2 = strchr(text, '\n') + 1;
    l2[-1] = '\0';
    /* quote and backslash escaped, newline as \n, other control bytes blanked */
    cr_assert_not_null(strstr(text, " msg=\"evil\\\"\\n2026-01-01T00:00:00.000Z level=error msg=\\\"forged\\\\    [31m\""),
                       "%s", text);
    for (const char *p = text; *p; p++)
        cr_assert(*p >= 0x20, "control byte 0x%02x in line", (unsigned char)*p);
    cr_assert_not_null(strstr(l2, " msg=\"kv\" user=x 2026-01-01T00:00:00.000Z level=error msg=forged"), "%s", l2);
}

Test(log, level_filtering)
{
    cr_assert_eq(log_level_parse("debug"), LOG_DEBUG);
    cr_assert_eq(log_level_parse("info"), LOG_INFO);
    cr_assert_eq(log_level_parse("warn"), LOG_WARN);
    cr_assert_eq(log_level_parse("error"), LOG_ERROR);
    cr_assert_eq(log_level_parse("ERROR"), -1);
    cr_assert_eq(log_level_parse("verbose"), -1);
    cr_assert_eq(log_level_parse(""), -1);
    cr_assert_eq(log_level_parse(NULL), -1);

    log_set_level(LOG_WARN);
    cr_assert_not(log_enabled(LOG_DEBUG));
    cr_assert_not(log_enabled(LOG_INFO));
    cr_assert(log_enabled(LOG_WARN));
    cr_assert(log_enabled(LOG_ERROR));
    log_msg(LOG_DEBUG, "d1");
    LOG_DEBUG_MSG("d2 %d", 1);
    log_msg(LOG_INFO, "i1");
    log_kv(LOG_INFO, "i2", "k=%d", 1);
    log_msg(LOG_WARN, "w1");
    log_kv(LOG_ERROR, "e1", "k=%d", 2);
    log_set_level(LOG_DEBUG);
    LOG_DEBUG_MSG("d3");
    slurp(path);
    cr_assert_eq(count_lines(text), 3, "%s", text);
    cr_assert_null(strstr(text, "\"d1\""));
    cr_assert_null(strstr(text, "\"d2"));
    cr_assert_null(strstr(text, "\"i1\""));
    cr_assert_null(strstr(text, "\"i2\""));
    cr_assert_not_null(strstr(text, "level=warn pid="));
    cr_assert_not_null(strstr(text, "msg=\"w1\""));
    cr_assert_not_null(strstr(text, "msg=\"e1\" k=2"));
    cr_assert_not_null(strstr(text, "level=debug pid="));
    cr_assert_not_null(strstr(text, "msg=\"d3\""));
}

static void assert_one_bounded_line(size_t n)
{
    cr_assert_eq(count_lines(text), 1, "%zu bytes", n);
    cr_assert_leq(n, (size_t)LOG_LINE_MAX);
    cr_assert_eq(text[n - 1], '\n');
    cr_assert_eq(strlen(text), n, "no NUL bytes written");
}

Test(log, long_message_cut_at_line_max)
{
    static char big[3 * LOG_LINE_MAX];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    log_msg(LOG_INFO, "%s", big);
    size_t n = slurp(path);
    assert_one_bounded_line(n);
    cr_assert_gt(n, (size_t)LOG_LINE_MAX - 100, "cut near the bound, not dropped: %zu", n);
    /* the closing quote survives the cut */
    cr_assert_eq(text[n - 2], '"', "%s", text + n - 20);
}

Test(log, long_escaped_message_and_fields_cut_at_line_max)
{
    static char big[3 * LOG_LINE_MAX];
    /* every byte needs escaping: the escape must not be split or overflow */
    memset(big, '"', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    log_kv(LOG_INFO, big, "k=%s", big);
    size_t n = slurp(path);
    assert_one_bounded_line(n);
    cr_assert_eq(truncate(path, 0), 0);

    static char bigfields[3 * LOG_LINE_MAX];
    memset(bigfields, 'f', sizeof bigfields - 1);
    bigfields[sizeof bigfields - 1] = '\0';
    log_kv(LOG_INFO, "short", "k=%s", bigfields);
    n = slurp(path);
    assert_one_bounded_line(n);
    cr_assert_not_null(strstr(text, " msg=\"short\" k=fff"));

    cr_assert_eq(truncate(path, 0), 0);
    char rid[100];
    memset(rid, 'r', sizeof rid - 1);
    rid[sizeof rid - 1] = '\0';
    log_set_request_id(rid);
    log_set_role("a-very-long-role-name-beyond-its-buffer");
    log_msg(LOG_INFO, "%s", big);
    n = slurp(path);
    assert_one_bounded_line(n);
}

Test(log, reopen_after_rename_writes_new_file)
{
    log_msg(LOG_INFO, "before rotate");
    char rotated[160];
    snprintf(rotated, sizeof rotated, "%s.1", path);
    cr_assert_eq(rename(path, rotated), 0);
    log_msg(LOG_INFO, "still old fd");
    cr_assert_eq(log_reopen(), 0);
    log_msg(LOG_INFO, "after rotate");
    struct stat st;
    cr_assert_eq(stat(path, &st), 0, "new file created");
    slurp(path);
    cr_assert_eq(count_lines(text), 1, "%s", text);
    cr_assert_not_null(strstr(text, "msg=\"after rotate\""));
    slurp(rotated);
    cr_assert_eq(count_lines(text), 2, "%s", text);
    cr_assert_not_null(strstr(text, "msg=\"before rotate\""));
    cr_assert_not_null(strstr(text, "msg=\"still old fd\""));
}

Test(log, open_errors_and_stderr)
{
    cr_assert_eq(log_open("/nonexistent-dir-for-logTest/x.log"), ERR_IO);
    /* a failed open keeps the previous file */
    log_msg(LOG_INFO, "kept");
    slurp(path);
    cr_assert_not_null(strstr(text, "msg=\"kept\""));
    cr_assert_eq(log_open("-"), 0);
    cr_assert_eq(log_reopen(), 0); /* stderr: nothing to reopen */
    cr_assert_eq(log_open(NULL), 0);
}

/* Issue 14, defect 7: a flood of one warning (Postgres down: every request
 * failed to reconnect) is cut to a burst per window, with a count of what
 * was suppressed; other messages and info lines are not affected. */
Test(log, repeated_warnings_rate_limited)
{
    /* A 3 s window: time() ticks by whole seconds, so with 1 s the loop
     * below crossed into a new window whenever it straddled a tick (a
     * flake under load). */
    log_set_rate_limit(LOG_RATE_BURST, 3);
    for (int i = 0; i < 10000; i++)
        log_msg(LOG_WARN, "database connection failed: attempt %d", i);
    log_msg(LOG_WARN, "another warning %d", 1);
    log_msg(LOG_INFO, "info line %d", 1);
    log_msg(LOG_INFO, "info line %d", 2);
    slurp(path);
    cr_assert_eq(count_lines(text), LOG_RATE_BURST + 3, "%s", text);
    cr_assert_not_null(strstr(text, "attempt 4\""));
    cr_assert_null(strstr(text, "attempt 5\""));
    /* A new window: the summary line, then the line itself. */
    sleep(4);
    log_msg(LOG_WARN, "database connection failed: attempt %d", 10000);
    slurp(path);
    cr_assert_not_null(strstr(text, "suppressed 9995 repeats of: database connection failed: attempt %d"), "%s",
                       text);
    cr_assert_not_null(strstr(text, "attempt 10000\""));
}

Test(log, rate_limit_off)
{
    log_set_rate_limit(0, 1);
    for (int i = 0; i < 50; i++)
        log_kv(LOG_ERROR, "same", "i=%d", i);
    slurp(path);
    cr_assert_eq(count_lines(text), 50);
}

Test(log, safe_copies_for_quoted_values_and_tokens)
{
    Arena *a = arena_new(0);
    cr_assert_str_eq(log_safe(a, "say \"hi\"\\\n\x1b[31m", 100, LOG_SAFE_QUOTED), "say  hi    [31m");
    cr_assert_str_eq(log_safe(a, "/a b/\"c\"", 100, LOG_SAFE_TOKEN), "/a_b/_c_");
    cr_assert_str_eq(log_safe(a, "", 100, LOG_SAFE_TOKEN), "-");
    cr_assert_str_eq(log_safe(a, NULL, 100, LOG_SAFE_QUOTED), "");
    cr_assert_str_eq(log_safe(a, "abcdef", 3, LOG_SAFE_QUOTED), "abc");
    arena_destroy(&a);
}
