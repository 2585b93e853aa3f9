/* jsonUtil.c — bounded parse and typed getters (see jsonUtil.h). */
#include "core/jsonUtil.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"

/* json-c 0.16 accepts single-quoted strings even with JSON_TOKENER_STRICT;
 * RFC 8259 does not. A quote outside any double-quoted string is refused. */
static int has_single_quoted(const char *s, size_t len)
{
    int in_str = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
        } else if (c == '"') {
            in_str = 1;
        } else if (c == '\'') {
            return 1;
        }
    }
    return 0;
}

int json_parse_bounded(const char *s, size_t len, json_object **out)
{
    *out = NULL;
    if (!s || len == 0 || len > (size_t)INT32_MAX || has_single_quoted(s, len))
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
