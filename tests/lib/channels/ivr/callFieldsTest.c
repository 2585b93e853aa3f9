/* callFieldsTest.c — the shared call-webhook field rules: what is kept,
 * what is dropped with a warning, and the bounds. */
#include <criterion/criterion.h>
#include <string.h>

#include "channels/ivr/callFields.h"
#include "core/errors.h"

static Arena *a;
static CallEvent e;
static void setup(void)
{
    a = arena_new(0);
    call_event_init(&e, "exotel", "status");
}
static void teardown(void) { arena_destroy(&a); }
TestSuite(callFields, .init = setup, .fini = teardown);

Test(callFields, id)
{
    const char *out = NULL, *why = NULL;
    cr_assert_eq(call_fields_id("c0ffee-42", &out, &why), 0);
    cr_assert_str_eq(out, "c0ffee-42");
    const char *bad[] = {NULL, "", "has space", "tab\there", "caf\xc3\xa9"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        why = NULL;
        cr_assert_eq(call_fields_id(bad[i], &out, &why), ERR_BAD_REQUEST, "%zu", i);
        cr_assert_null(out);
        cr_assert_not_null(why);
    }
    char longid[CALL_ID_MAX + 2];
    memset(longid, 'x', sizeof longid - 1);
    longid[sizeof longid - 1] = '\0';
    cr_assert_eq(call_fields_id(longid, &out, &why), ERR_BAD_REQUEST);
    longid[CALL_ID_MAX] = '\0';
    cr_assert_eq(call_fields_id(longid, &out, &why), 0);
}

Test(callFields, phone)
{
    call_fields_phone(a, &e, "09876543210", &e.from, &e.from_raw, "From");
    cr_assert_str_eq(e.from, "+919876543210");
    cr_assert_str_eq(e.from_raw, "09876543210");
    cr_assert_null(e.warning);
    call_fields_phone(a, &e, "anonymous", &e.to, &e.to_raw, "To");
    cr_assert_null(e.to);
    cr_assert_str_eq(e.to_raw, "anonymous");
    cr_assert_not_null(strstr(e.warning, "To is not a phone number"));
    const char *to = NULL, *raw = NULL;
    call_fields_phone(a, &e, "null", &to, &raw, "To");
    cr_assert_null(to);
    cr_assert_null(raw);
}

Test(callFields, seconds)
{
    int s = -1;
    call_fields_seconds(a, &e, "42", &s, "Duration");
    cr_assert_eq(s, 42);
    call_fields_seconds(a, &e, "604800", &s, "Duration");
    cr_assert_eq(s, 604800);
    cr_assert_null(e.warning);
    const char *bad[] = {"604801", "-1", "+5", " 5", "5s", "1e3", "abc"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        s = 7;
        call_fields_seconds(a, &e, bad[i], &s, "Duration");
        cr_assert_eq(s, 7, "%s", bad[i]);
    }
    cr_assert_not_null(strstr(e.warning, "Duration is not a number of seconds"));
}

Test(callFields, status)
{
    e.talk_seconds = 30;
    call_fields_status(a, &e, "completed");
    cr_assert_str_eq(e.status, CALL_STATUS_ANSWERED);
    cr_assert_str_eq(e.status_raw, "completed");
    e.talk_seconds = 0;
    call_fields_status(a, &e, "completed");
    cr_assert_str_eq(e.status, CALL_STATUS_MISSED);
    char big[100];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    call_fields_status(a, &e, big);
    cr_assert_str_eq(e.status, CALL_STATUS_OTHER);
    cr_assert_eq(strlen(e.status_raw), 64);
    cr_assert_not_null(e.warning);
    /* 63 ASCII bytes then a 3-byte character: cut before it, not inside. */
    memset(big, 'q', 63);
    memcpy(big + 63, "\xEC\xAB\xA1" "tail", 8);
    call_fields_status(a, &e, big);
    cr_assert_eq(strlen(e.status_raw), 63);
}

Test(callFields, time)
{
    int64_t t = 5;
    call_fields_time(a, &e, "2026-11-30 10:00:00", 19800, &t, "StartTime");
    cr_assert_eq(t, 1796013000); /* 04:30 UTC */
    t = 5;
    call_fields_time(a, &e, "1970-01-01 05:30:00", 19800, &t, "StartTime"); /* Exotel's "unknown" */
    cr_assert_eq(t, 5);
    cr_assert_null(e.warning);
    call_fields_time(a, &e, "yesterday", 19800, &t, "EndTime");
    cr_assert_eq(t, 5);
    cr_assert_not_null(strstr(e.warning, "EndTime is not a time"));
}

Test(callFields, url)
{
    const char *u = NULL;
    call_fields_url(a, &e, "https://rec.example/a.mp3", &u);
    cr_assert_str_eq(u, "https://rec.example/a.mp3");
    const char *bad[] = {"ftp://x/a.mp3", "javascript:alert(1)", "https://a b", "null", ""};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        u = NULL;
        call_fields_url(a, &e, bad[i], &u);
        cr_assert_null(u, "%s", bad[i]);
    }
    char *big = arena_alloc(a, CALL_URL_MAX + 2);
    memcpy(big, "https://", 8);
    memset(big + 8, 'a', CALL_URL_MAX - 7);
    big[CALL_URL_MAX + 1] = '\0';
    call_fields_url(a, &e, big, &u);
    cr_assert_null(u);
}

Test(callFields, digits)
{
    const char *d = NULL;
    call_fields_digits(a, &e, "\"1 2\"", &d);
    cr_assert_null(d); /* inner space is not a digit */
    call_fields_digits(a, &e, " \"12*#\" ", &d);
    cr_assert_str_eq(d, "12*#");
    d = NULL;
    call_fields_digits(a, &e, "\"\"", &d);
    cr_assert_null(d);
    call_fields_digits(a, &e, "123456789012345678901234567890123", &d);
    cr_assert_null(d);
    cr_assert_not_null(strstr(e.warning, "digits are too long"));
}

Test(callFields, text_cut_at_utf8_boundary)
{
    const char *t = NULL;
    call_fields_text(a, &e, "", &t, "notes");
    cr_assert_null(t);
    call_fields_text(a, &e, "short note", &t, "notes");
    cr_assert_str_eq(t, "short note");
    /* "xx" then 3-byte characters: CALL_TEXT_MAX falls inside one */
    size_t n = 2 + 3 * (CALL_TEXT_MAX / 3 + 2);
    char *big = arena_alloc(a, n + 1);
    memcpy(big, "xx", 2);
    for (size_t i = 2; i + 3 <= n; i += 3)
        memcpy(big + i, "\xe0\xa4\xa8", 3);
    big[n] = '\0';
    call_fields_text(a, &e, big, &t, "transcript");
    size_t got = strlen(t);
    cr_assert_lt(got, CALL_TEXT_MAX);
    cr_assert_geq(got, CALL_TEXT_MAX - 2);
    cr_assert_eq((got - 2) % 3, 0);
    cr_assert_not_null(strstr(e.warning, "transcript cut to"));
}
