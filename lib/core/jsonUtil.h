/* jsonUtil.h — bounded JSON parsing and typed getters over json-c.
 *
 * Ownership follows json-c: a json_object returned by json_parse_bounded()
 * belongs to the caller (json_object_put), or to the arena when the
 * _arena variant is used. Strings returned by the getters belong to the
 * json_object they came from.
 */
#ifndef CS_JSON_UTIL_H
#define CS_JSON_UTIL_H

#include <json-c/json.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define JSON_MAX_DEPTH 32

/* Parses exactly len bytes (no trailing garbage except whitespace), nesting
 * at most JSON_MAX_DEPTH, strictly (RFC 8259): raw control bytes in strings,
 * \u0000, lone surrogates, invalid UTF-8, single quotes and duplicate keys
 * are refused. 0 and *out (caller owns), or ERR_PARSE. */
int json_parse_bounded(const char *s, size_t len, json_object **out);

/* Same; the object is put when the arena is destroyed. */
int json_parse_arena(Arena *a, const char *s, size_t len, json_object **out);

/* Registers json_object_put(o) on the arena; returns o. */
json_object *json_arena_own(Arena *a, json_object *o);

/* Member of an object, or NULL (also when obj is not an object). */
json_object *json_get(json_object *obj, const char *key);
/* String member, or NULL if missing or not a string. */
const char *json_get_str(json_object *obj, const char *key);
/* 0 and *out when present and an integer (or a string holding one, as
 * Google sends int64 values); ERR_INVALID otherwise. */
int json_get_int64(json_object *obj, const char *key, int64_t *out);
/* Same for unsigned 64-bit (Gmail historyId). */
int json_get_uint64(json_object *obj, const char *key, uint64_t *out);
/* 1/0 for a boolean member, -1 when missing or not a boolean. */
int json_get_bool(json_object *obj, const char *key);

/* Serialises compactly into the arena. Never NULL. */
const char *json_to_arena(Arena *a, json_object *o);

/* Builders that never fail (json-c aborts on OOM in our builds). NULL
 * strings become JSON null. */
json_object *json_str_or_null(const char *s);

#endif
