/* errors.c — names and HTTP statuses for ErrCode. */
#include "core/errors.h"

typedef struct ErrInfo {
    int code;
    const char *name;
    int status;
} ErrInfo;

static const ErrInfo ERR_TABLE[] = {
    {ERR_OK, "ok", 200},
    {ERR_BAD_REQUEST, "bad_request", 400},
    {ERR_UNAUTHORIZED, "unauthorized", 401},
    {ERR_FORBIDDEN, "forbidden", 403},
    {ERR_NOT_FOUND, "not_found", 404},
    {ERR_METHOD, "method_not_allowed", 405},
    {ERR_CONFLICT, "conflict", 409},
    {ERR_TOO_LARGE, "payload_too_large", 413},
    {ERR_MEDIA_TYPE, "unsupported_media_type", 415},
    {ERR_INVALID, "unprocessable", 422},
    {ERR_INTERNAL, "internal", 500},
    {ERR_UNAVAILABLE, "unavailable", 503},
    {ERR_UPSTREAM, "upstream_error", 502},
    {ERR_TIMEOUT, "timeout", 504},
    {ERR_RATE_LIMITED, "rate_limited", 429},
    {ERR_PERMANENT, "upstream_refused", 502},
    {ERR_PARSE, "parse_error", 400},
    {ERR_IO, "io_error", 500},
};

static const ErrInfo *find(int code)
{
    for (unsigned i = 0; i < sizeof ERR_TABLE / sizeof ERR_TABLE[0]; i++)
        if (ERR_TABLE[i].code == code)
            return &ERR_TABLE[i];
    return &ERR_TABLE[10]; /* internal */
}

const char *err_name(int code) { return find(code)->name; }

int err_http_status(int code) { return find(code)->status; }

int err_is_retryable(int code)
{
    return code == ERR_UPSTREAM || code == ERR_TIMEOUT || code == ERR_RATE_LIMITED ||
           code == ERR_UNAVAILABLE || code == ERR_IO;
}
