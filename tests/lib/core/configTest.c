/* configTest.c — the settings table: defaults, bounds, .env, precedence. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/config.h"
#include "core/errors.h"

/* config_load() keeps its strings for the life of the process (loaded once
 * in production); loading it again and again here is not a leak to report. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

static char env_path[64];

static void clean_env(void)
{
    const char *names[] = {"PORT", "DATABASE_URL", "AUTH_JWT_SECRET", "CSD_REQUEST_WORKERS", "LOG_LEVEL",
                           "GEMINI_API_KEY", "GOOGLE_SERVICE_ACCOUNT_FILE", "GMAIL_API_BASE_URL",
                           "JOB_BACKOFF_BASE_MS", "JOB_BACKOFF_MAX_MS", "CFG_TEST_X", "CFG_TEST_Q",
                           "NCHAN_PUBLISH_URL", "TRIAGE_MIN_CONFIDENCE", "TRIAGE_RETRAIN_INTERVAL_SECONDS"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        unsetenv(names[i]);
}

static void setup(void)
{
    clean_env();
    snprintf(env_path, sizeof env_path, "/tmp/cfgtest-%d.env", (int)getpid());
    setenv("DATABASE_URL", "postgresql:///x", 1);
    setenv("AUTH_JWT_SECRET", "0123456789abcdef", 1);
}

static void teardown(void)
{
    unlink(env_path);
    clean_env();
}

static void write_env(const char *text)
{
    FILE *f = fopen(env_path, "w");
    cr_assert_not_null(f);
    fputs(text, f);
    fclose(f);
}

TestSuite(config, .init = setup, .fini = teardown);

Test(config, defaults)
{
    Config c;
    char err[256] = "";
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), 0, "%s", err);
    cr_assert_eq(c.port, 3002);
    cr_assert_eq(c.request_workers, 4);
    cr_assert_eq(c.max_body_bytes, 1048576);
    cr_assert_str_eq(c.log_level, "info");
    cr_assert_str_eq(c.gmail_api_base_url, "https://gmail.googleapis.com/gmail/v1");
    cr_assert_null(c.gemini_api_key);
    cr_assert_eq(config_gmail_enabled(&c), 0);
    cr_assert_eq(config_gemini_enabled(&c), 0);
}

Test(config, required_missing)
{
    unsetenv("DATABASE_URL");
    Config c;
    char err[256] = "";
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), ERR_INVALID);
    cr_assert_not_null(strstr(err, "DATABASE_URL"));
}

Test(config, bad_int_names_the_variable)
{
    Config c;
    char err[256] = "";
    setenv("PORT", "80x", 1);
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), ERR_INVALID);
    cr_assert_not_null(strstr(err, "PORT"), "%s", err);
    setenv("PORT", "70000", 1);
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), ERR_INVALID);
    cr_assert_not_null(strstr(err, "PORT"));
    setenv("PORT", "", 1); /* empty = unset = default */
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), 0);
    cr_assert_eq(c.port, 3002);
    setenv("CSD_REQUEST_WORKERS", "0", 1);
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), ERR_INVALID);
    cr_assert_not_null(strstr(err, "CSD_REQUEST_WORKERS"));
}

Test(config, short_secret_and_bad_url)
{
    Config c;
    char err[256] = "";
    setenv("AUTH_JWT_SECRET", "short", 1);
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), ERR_INVALID);
    cr_assert_not_null(strstr(err, "AUTH_JWT_SECRET"));
    cr_assert_null(strstr(err, "short"), "the secret must not be echoed");
    setenv("AUTH_JWT_SECRET", "0123456789abcdef", 1);
    setenv("GMAIL_API_BASE_URL", "ftp://x", 1);
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), ERR_INVALID);
    cr_assert_not_null(strstr(err, "GMAIL_API_BASE_URL"));
    setenv("GMAIL_API_BASE_URL", "http://127.0.0.1:9/gmail/v1/", 1);
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), 0);
    cr_assert_str_eq(c.gmail_api_base_url, "http://127.0.0.1:9/gmail/v1");
    setenv("LOG_LEVEL", "loud", 1);
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), ERR_INVALID);
    cr_assert_not_null(strstr(err, "LOG_LEVEL"));
}

Test(config, env_file_parsing)
{
    write_env("# comment\n\nexport CFG_TEST_X = hello world \nCFG_TEST_Q=\"quoted # value\"\n"
              "PORT=4000\nGEMINI_API_KEY='k-123'\n");
    Config c;
    char err[256] = "";
    cr_assert_eq(config_load(&c, env_path, err, sizeof err), 0, "%s", err);
    cr_assert_str_eq(getenv("CFG_TEST_X"), "hello world");
    cr_assert_str_eq(getenv("CFG_TEST_Q"), "quoted # value");
    cr_assert_eq(c.port, 4000);
    cr_assert_str_eq(c.gemini_api_key, "k-123");
    cr_assert_eq(config_gemini_enabled(&c), 1);
}

Test(config, env_wins_over_env_file)
{
    setenv("PORT", "5000", 1);
    write_env("PORT=4000\n");
    Config c;
    char err[256] = "";
    cr_assert_eq(config_load(&c, env_path, err, sizeof err), 0);
    cr_assert_eq(c.port, 5000);
}

Test(config, env_file_bad_line)
{
    write_env("GOOD=1\nthis line is bad\n");
    char err[256] = "";
    cr_assert_eq(config_read_env_file(env_path, err, sizeof err), ERR_PARSE);
    cr_assert_not_null(strstr(err, ":2:"), "%s", err);
    Config c;
    cr_assert_eq(config_load(&c, env_path, err, sizeof err), ERR_INVALID);
}

Test(config, missing_env_file_is_fine)
{
    char err[256] = "";
    cr_assert_eq(config_read_env_file("/nonexistent/dir/.env", err, sizeof err), 0);
    cr_assert_eq(config_read_env_file(NULL, err, sizeof err), 0);
}

Test(config, backoff_order)
{
    setenv("JOB_BACKOFF_BASE_MS", "5000", 1);
    setenv("JOB_BACKOFF_MAX_MS", "1000", 1);
    Config c;
    char err[256] = "";
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), ERR_INVALID);
    cr_assert_not_null(strstr(err, "JOB_BACKOFF_MAX_MS"));
}

Test(config, triage_min_confidence_is_a_fraction)
{
    Config c;
    char err[256];
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), 0, "%s", err);
    cr_assert_float_eq(c.triage_min_confidence, 0.5, 1e-12);
    cr_assert_eq(c.triage_retrain_interval_seconds, 0); /* scheduled retrain off by default */
    setenv("TRIAGE_MIN_CONFIDENCE", "0.35", 1);
    cr_assert_eq(config_load(&c, NULL, err, sizeof err), 0, "%s", err);
    cr_assert_float_eq(c.triage_min_confidence, 0.35, 1e-12);
    const char *bad[] = {"1.5", "-0.1", "abc", "0.3x", "nan"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        setenv("TRIAGE_MIN_CONFIDENCE", bad[i], 1);
        cr_assert_eq(config_load(&c, NULL, err, sizeof err), ERR_INVALID, "%s", bad[i]);
        cr_assert(strstr(err, "TRIAGE_MIN_CONFIDENCE") != NULL, "%s", err);
    }
}
