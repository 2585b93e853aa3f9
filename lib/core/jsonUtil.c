/* jsonUtil.c — bounded parse and typed getters (see jsonUtil.h). */
#include "core/jsonUtil.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "core/utf8.h"

/* Strict RFC 8259 checks json-c does not make, in one pass over the text:
 * single-quoted strings (json-c 0.16 takes them even when strict), raw
 * control bytes in strings, \u0000 (json-c would cut the C string there),
 * lone or reversed UTF-16 surrogates, unknown escapes and invalid UTF-8.
 * It also counts object keys so that duplicates, which json-c silently
 * collapses (last one wins), can be found by comparing with the tree.
 * Returns 0 and *nkeys, or ERR_PARSE. */
static int hex4(const char *s, size_t len, size_t i, unsigned *out)
{
    if (i + 4 > len)
        return -1;
    unsigned v = 0;
    for (size_t k = i; k < i + 4; k++) {
        char c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

static int strict_scan(const char *s, size_t len, size_t *nkeys)
{
    size_t keys = 0;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\'') {
            return ERR_PARSE;
        }
        if (c != '"') {
            i++;
            continue;
        }
        /* A string: s[i] is its opening quote. */
        i++;
        for (;;) {
            if (i >= len)
                return ERR_PARSE;
            c = (unsigned char)s[i];
            if (c == '"')
                break;
            if (c < 0x20)
                return ERR_PARSE;
            if (c >= 0x80) {
                size_t n = utf8_char_len(s + i, len - i);
                if (!n)
                    return ERR_PARSE;
                i += n;
                continue;
            }
            if (c != '\\') {
                i++;
                continue;
            }
            if (i + 1 >= len)
                return ERR_PARSE;
            char e = s[i + 1];
            if (e != 'u') {
                if (!strchr("\"\\/bfnrt", e) || e == '\0')
                    return ERR_PARSE;
                i += 2;
                continue;
            }
            unsigned u;
            if (hex4(s, len, i + 2, &u) != 0 || u == 0)
                return ERR_PARSE;
            i += 6;
            if (u >= 0xDC00 && u <= 0xDFFF)
                return ERR_PARSE; /* a low surrogate with no high one */
            if (u >= 0xD800 && u <= 0xDBFF) {
                unsigned lo;
                if (i + 1 >= len || s[i] != '\\' || s[i + 1] != 'u' || hex4(s, len, i + 2, &lo) != 0 ||
                    lo < 0xDC00 || lo > 0xDFFF)
                    return ERR_PARSE;
                i += 6;
            }
        }
        i++; /* closing quote */
        size_t j = i;
        while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
            j++;
        if (j < len && s[j] == ':')
            keys++;
    }
    *nkeys = keys;
    return 0;
}

/* Members of every object in the tree (depth bounded by the parser). */
static size_t count_members(json_object *o)
{
    size_t n = 0;
    if (json_object_is_type(o, json_type_object)) {
        json_object_object_foreach(o, k, v) {
            (void)k;
            n += 1 + count_members(v);
        }
    } else if (json_object_is_type(o, json_type_array)) {
        size_t len = json_object_array_length(o);
        for (size_t i = 0; i < len; i++)
            n += count_members(json_object_array_get_idx(o, i));
    }
    return n;
}

int json_parse_bounded(const char *s, size_t len, json_object **out)
{
    *out = NULL;
    size_t nkeys = 0;
    if (!s || len == 0 || len > (size_t)INT32_MAX || strict_scan(s, len, &nkeys) != 0)
        return ERR_PARSE;
    json_tokener *tok = json_tokener_new_ex(JSON_MAX_DEPTH);
    if (!tok)
        return ERR_INTERNAL;
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
    json_object *o = json_tokener_parse_ex(tok, s, (int)len);
    enum json_tokener_error e = json_tokener_get_error(tok);
    size_t used = json_tokener_get_parse_end(tok);
    json_tokener_free(tok);
    if (!o || e != json_tokener_success) {
        json_object_put(o);
        return ERR_PARSE;
    }
    for (size_t i = used; i < len; i++) {
        if (!isspace((unsigned char)s[i])) {
            json_object_put(o);
            return ERR_PARSE;
        }
    }
    if (count_members(o) != nkeys) { /* a duplicate key was collapsed */
        json_object_put(o);
        return ERR_PARSE;
    }
    *out = o;
    return 0;
}

static void put_cleanup(void *o) { json_object_put(o); }

json_object *json_arena_own(Arena *a, json_object *o)
{
    if (o)
        arena_add_cleanup(a, put_cleanup, o);
    return o;
}

int json_parse_arena(Arena *a, const char *s, size_t len, json_object **out)
{
    int rc = json_parse_bounded(s, len, out);
    if (rc == 0)
        json_arena_own(a, *out);
    return rc;
}

json_object *json_get(json_object *obj, const char *key)
{
    json_object *v = NULL;
    if (!obj || !json_object_is_type(obj, json_type_object))
        return NULL;
    if (!json_object_object_get_ex(obj, key, &v))
        return NULL;
    return v;
}

const char *json_get_str(json_object *obj, const char *key)
{
    json_object *v = json_get(obj, key);
    if (!v || !json_object_is_type(v, json_type_string))
        return NULL;
    return json_object_get_string(v);
}

int json_get_int64(json_object *obj, const char *key, int64_t *out)
{
    json_object *v = json_get(obj, key);
    if (!v)
        return ERR_INVALID;
    if (json_object_is_type(v, json_type_int)) {
        *out = json_object_get_int64(v);
        return 0;
    }
    if (json_object_is_type(v, json_type_string)) {
        const char *s = json_object_get_string(v);
        char *end = NULL;
        errno = 0;
        long long n = strtoll(s, &end, 10);
        if (errno || end == s || *end)
            return ERR_INVALID;
        *out = n;
        return 0;
    }
    return ERR_INVALID;
}

int json_get_uint64(json_object *obj, const char *key, uint64_t *out)
{
    json_object *v = json_get(obj, key);
    if (!v)
        return ERR_INVALID;
    if (json_object_is_type(v, json_type_int)) {
        int64_t n = json_object_get_int64(v);
        if (n < 0)
            return ERR_INVALID;
        /* Values above INT64_MAX are parsed by json-c as uint64. */
        *out = json_object_get_uint64(v);
        return 0;
    }
    if (json_object_is_type(v, json_type_string)) {
        const char *s = json_object_get_string(v);
        if (!*s || *s == '-' || *s == '+' || isspace((unsigned char)*s))
            return ERR_INVALID;
        char *end = NULL;
        errno = 0;
        unsigned long long n = strtoull(s, &end, 10);
        if (errno || end == s || *end)
            return ERR_INVALID;
        *out = n;
        return 0;
    }
    return ERR_INVALID;
}

int json_get_bool(json_object *obj, const char *key)
{
    json_object *v = json_get(obj, key);
    if (!v || !json_object_is_type(v, json_type_boolean))
        return -1;
    return json_object_get_boolean(v) ? 1 : 0;
}

const char *json_to_arena(Arena *a, json_object *o)
{
    const char *s = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
    return arena_strdup(a, s ? s : "null");
}

json_object *json_str_or_null(const char *s) { return s ? json_object_new_string(s) : NULL; }
