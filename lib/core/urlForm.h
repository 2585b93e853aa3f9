/* urlForm.h — application/x-www-form-urlencoded decoding: query strings
 * (GET parameters, Exotel's Passthru) and form bodies (Exotel's
 * StatusCallback). One decoder for both; req_query() uses it too.
 */
#ifndef CS_URL_FORM_H
#define CS_URL_FORM_H

#include <stddef.h>

#include "core/arena.h"

/* More fields than this is not a form any provider sends. */
#define URL_FORM_MAX_FIELDS 128

typedef struct UrlFormField {
    const char *name;   /* decoded, NUL-terminated, arena-owned */
    const char *value;  /* decoded; "" for "name" or "name=" */
} UrlFormField;

typedef struct UrlForm {
    UrlFormField fields[URL_FORM_MAX_FIELDS];
    int n;
} UrlForm;

/* Percent-decodes s[0..n) ('+' is a space; a '%' not followed by two hex
 * digits is kept as is) into the arena. *out_len (may be NULL) gets the
 * decoded length, which counts NUL bytes decoded from %00. */
char *url_decode(Arena *a, const char *s, size_t n, size_t *out_len);

/* 1 when s[0..n) is well-formed UTF-8 (no overlong forms, surrogates or
 * code points past U+10FFFF) without NUL bytes: text Postgres accepts. */
int text_valid_utf8(const char *s, size_t n);

/* Parses "a=1&b=2" (s[0..len)) into *out, fields in order, empty pieces
 * ("a=1&&b") skipped. 0; ERR_TOO_LARGE for more than URL_FORM_MAX_FIELDS
 * fields; ERR_PARSE when a decoded name or value holds a NUL byte (%00),
 * which C strings would silently cut, or is not UTF-8 text, which the
 * database would refuse. Strings are arena-owned. */
int url_form_parse(Arena *a, const char *s, size_t len, UrlForm *out);

/* The first field named name, or NULL. Owned by the form's arena. */
const char *url_form_get(const UrlForm *f, const char *name);

#endif
