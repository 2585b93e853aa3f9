/* errorsTest.c — ErrCode names, HTTP statuses and retryability. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/errors.h"

typedef struct Expect {
    int code;
    const char *name;
    int status;
    int retryable;
} Expect;

/* Every ErrCode; statuses as documented in errors.h (codes with no HTTP
 * meaning of their own map to the gateway statuses a proxy would use). */
static const Expect ALL[] = {
    {ERR_OK, "ok", 200, 0},
    {ERR_BAD_REQUEST, "bad_request", 400, 0},
    {ERR_UNAUTHORIZED, "unauthorized", 401, 0},
    {ERR_FORBIDDEN, "forbidden", 403, 0},
    {ERR_NOT_FOUND, "not_found", 404, 0},
    {ERR_METHOD, "method_not_allowed", 405, 0},
    {ERR_CONFLICT, "conflict", 409, 0},
    {ERR_TOO_LARGE, "payload_too_large", 413, 0},
    {ERR_MEDIA_TYPE, "unsupported_media_type", 415, 0},
    {ERR_INVALID, "unprocessable", 422, 0},
    {ERR_INTERNAL, "internal", 500, 0},
    {ERR_UNAVAILABLE, "unavailable", 503, 1},
    {ERR_UPSTREAM, "upstream_error", 502, 1},
    {ERR_TIMEOUT, "timeout", 504, 1},
    {ERR_RATE_LIMITED, "rate_limited", 429, 1},
    {ERR_PERMANENT, "upstream_refused", 502, 0},
    {ERR_PARSE, "parse_error", 400, 0},
    {ERR_IO, "io_error", 500, 1},
};
#define NALL (sizeof ALL / sizeof ALL[0])

Test(errors, table_covers_every_code_contiguously)
{
    /* ERR_OK .. ERR_IO are 0 .. -17 with no gaps: the table above is complete. */
    cr_assert_eq(NALL, 18);
    for (size_t i = 0; i < NALL; i++)
        cr_assert_eq(ALL[i].code, -(int)i);
}

Test(errors, names_and_statuses)
{
    for (size_t i = 0; i < NALL; i++) {
        cr_assert_str_eq(err_name(ALL[i].code), ALL[i].name, "code %d", ALL[i].code);
        cr_assert_eq(err_http_status(ALL[i].code), ALL[i].status, "code %d", ALL[i].code);
    }
}

Test(errors, names_distinct_and_machine_friendly)
{
    for (size_t i = 0; i < NALL; i++) {
        const char *n = err_name(ALL[i].code);
        cr_assert_not_null(n);
        cr_assert_gt(strlen(n), 0);
        for (const char *p = n; *p; p++)
            cr_assert((*p >= 'a' && *p <= 'z') || *p == '_', "%s", n);
        for (size_t j = i + 1; j < NALL; j++)
            cr_assert_str_neq(n, err_name(ALL[j].code), "codes %d and %d", ALL[i].code, ALL[j].code);
    }
}

Test(errors, client_errors_4xx_server_errors_5xx)
{
    for (int c = ERR_BAD_REQUEST; c >= ERR_INVALID; c--) {
        int s = err_http_status(c);
        cr_assert(s >= 400 && s < 500, "code %d -> %d", c, s);
    }
    for (int c = ERR_INTERNAL; c >= ERR_PERMANENT; c--) {
        int s = err_http_status(c);
        cr_assert(s == 429 || (s >= 500 && s < 600), "code %d -> %d", c, s);
    }
}

Test(errors, unknown_codes_map_to_internal_500)
{
    static const int unknown[] = {1, 42, -18, -100, 500, -2147483647 - 1, 2147483647};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        cr_assert_eq(err_http_status(unknown[i]), 500, "code %d", unknown[i]);
        cr_assert_str_eq(err_name(unknown[i]), "internal", "code %d", unknown[i]);
        cr_assert_not(err_is_retryable(unknown[i]), "code %d", unknown[i]);
    }
}

Test(errors, retryable)
{
    for (size_t i = 0; i < NALL; i++)
        cr_assert_eq(!!err_is_retryable(ALL[i].code), ALL[i].retryable, "code %d (%s)", ALL[i].code,
                     ALL[i].name);
    /* the ones callers actually branch on */
    cr_assert(err_is_retryable(ERR_UPSTREAM));
    cr_assert(err_is_retryable(ERR_TIMEOUT));
    cr_assert(err_is_retryable(ERR_RATE_LIMITED));
    cr_assert(err_is_retryable(ERR_UNAVAILABLE));
    cr_assert_not(err_is_retryable(ERR_PERMANENT));
    cr_assert_not(err_is_retryable(ERR_OK));
    cr_assert_not(err_is_retryable(ERR_BAD_REQUEST));
}
