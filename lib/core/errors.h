/* errors.h — the one error convention of the codebase.
 *
 * Every fallible function returns 0 on success or a negative ErrCode.
 * Request handlers return one of these; fcgi/http/request.c is the single place
 * that turns an ErrCode (plus an optional message) into an HTTP response.
 */
#ifndef CS_ERRORS_H
#define CS_ERRORS_H

typedef enum ErrCode {
    ERR_OK = 0,
    ERR_BAD_REQUEST = -1,      /* 400: malformed input */
    ERR_UNAUTHORIZED = -2,     /* 401: missing or bad credentials */
    ERR_FORBIDDEN = -3,        /* 403: authenticated but not allowed */
    ERR_NOT_FOUND = -4,        /* 404 */
    ERR_METHOD = -5,           /* 405: path exists, method does not */
    ERR_CONFLICT = -6,         /* 409: duplicate / state conflict */
    ERR_TOO_LARGE = -7,        /* 413: body or buffer over its bound */
    ERR_MEDIA_TYPE = -8,       /* 415: wrong Content-Type */
    ERR_INVALID = -9,          /* 422: well-formed but invalid values */
    ERR_INTERNAL = -10,        /* 500: a bug or an unexpected failure */
    ERR_UNAVAILABLE = -11,     /* 503: database down, feature not configured */
    ERR_UPSTREAM = -12,        /* a remote service failed (retryable) */
    ERR_TIMEOUT = -13,         /* a deadline passed (retryable) */
    ERR_RATE_LIMITED = -14,    /* remote 429 (retryable, maybe with a delay) */
    ERR_PERMANENT = -15,       /* a remote refused for good: do not retry */
    ERR_PARSE = -16,           /* input could not be parsed */
    ERR_IO = -17               /* a local system call failed */
} ErrCode;

/* Static string such as "bad_request"; never NULL. */
const char *err_name(int code);

/* HTTP status for a code (500 for codes with no HTTP meaning). */
int err_http_status(int code);

/* True for failures worth retrying later: upstream, timeout, 429, 503, and
 * local I/O errors. */
int err_is_retryable(int code);

#endif
