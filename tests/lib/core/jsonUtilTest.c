/* jsonUtilTest.c — bounded parsing and typed getters. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/errors.h"
#include "core/jsonUtil.h"

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }
TestSuite(json, .init = setup, .fini = teardown);

static json_object *parse(const char *s)
{
    json_object *o = NULL;
    cr_assert_eq(json_parse_arena(a, s, strlen(s), &o), 0, "parse %s", s);
    return o;
}

static int try_parse(const char *s)
{
    json_object *o = NULL;
    return json_parse_arena(a, s, strlen(s), &o);
}

Test(json, depth_limit)
{
    char s[200];
    for (int depth = 30; depth <= 34; depth++) {
        size_t k = 0;
        for (int i = 0; i < depth; i++)
            s[k++] = '[';
        for (int i = 0; i < depth; i++)
            s[k++] = ']';
        s[k] = '\0';
        int rc = try_parse(s);
        if (depth <= JSON_MAX_DEPTH)
            cr_assert_eq(rc, 0, "depth %d", depth);
        else
            cr_assert_eq(rc, ERR_PARSE, "depth %d", depth);
    }
}

Test(json, trailing_garbage)
{
    cr_assert_eq(try_parse("{\"a\":1} "), 0);
    cr_assert_eq(try_parse("{\"a\":1}\n\t"), 0);
    cr_assert_eq(try_parse("{\"a\":1}x"), ERR_PARSE);
    cr_assert_eq(try_parse("{\"a\":1}{}"), ERR_PARSE);
    cr_assert_eq(try_parse("{\"a\":1"), ERR_PARSE);
    cr_assert_eq(try_parse(""), ERR_PARSE);
    cr_assert_eq(try_parse("   "), ERR_PARSE);
    cr_assert_eq(try_parse("{'a':1}"), ERR_PARSE); /* strict mode */
}

Test(json, length_is_respected)
{
    /* Only the first len bytes count (bodies are not always NUL-terminated). */
    json_object *o = NULL;
    cr_assert_eq(json_parse_arena(a, "{\"a\":1}garbage", 7, &o), 0);
    cr_assert_eq(json_parse_arena(a, "{\"a\":1}", 5, &o), ERR_PARSE);
}

Test(json, int64_from_number_or_string)
{
    json_object *o = parse("{\"n\":42,\"s\":\"9007199254740993\",\"neg\":\"-5\",\"bad\":\"12x\","
                           "\"empty\":\"\",\"f\":1.5,\"b\":true,\"big\":\"99999999999999999999\"}");
    int64_t v = 0;
    cr_assert_eq(json_get_int64(o, "n", &v), 0);
    cr_assert_eq(v, 42);
    cr_assert_eq(json_get_int64(o, "s", &v), 0);
    cr_assert_eq(v, 9007199254740993LL);
    cr_assert_eq(json_get_int64(o, "neg", &v), 0);
    cr_assert_eq(v, -5);
    cr_assert_eq(json_get_int64(o, "bad", &v), ERR_INVALID);
    cr_assert_eq(json_get_int64(o, "empty", &v), ERR_INVALID);
    cr_assert_eq(json_get_int64(o, "f", &v), ERR_INVALID);
    cr_assert_eq(json_get_int64(o, "b", &v), ERR_INVALID);
    cr_assert_eq(json_get_int64(o, "big", &v), ERR_INVALID);
    cr_assert_eq(json_get_int64(o, "missing", &v), ERR_INVALID);
}

Test(json, uint64_history_id)
{
    json_object *o = parse("{\"h\":\"18446744073709551615\",\"n\":123,\"neg\":\"-1\",\"negn\":-1,"
                           "\"sp\":\" 5\"}");
    uint64_t v = 0;
    cr_assert_eq(json_get_uint64(o, "h", &v), 0);
    cr_assert_eq(v, 18446744073709551615ULL);
    cr_assert_eq(json_get_uint64(o, "n", &v), 0);
    cr_assert_eq(v, 123);
    cr_assert_eq(json_get_uint64(o, "neg", &v), ERR_INVALID);
    cr_assert_eq(json_get_uint64(o, "negn", &v), ERR_INVALID);
    cr_assert_eq(json_get_uint64(o, "sp", &v), ERR_INVALID);
}

Test(json, getters)
{
    json_object *o = parse("{\"s\":\"x\",\"n\":1,\"t\":true,\"f\":false,\"z\":null}");
    cr_assert_str_eq(json_get_str(o, "s"), "x");
    cr_assert_null(json_get_str(o, "n"));
    cr_assert_null(json_get_str(o, "missing"));
    cr_assert_eq(json_get_bool(o, "t"), 1);
    cr_assert_eq(json_get_bool(o, "f"), 0);
    cr_assert_eq(json_get_bool(o, "n"), -1);
    cr_assert_eq(json_get_bool(o, "z"), -1);
    cr_assert_null(json_get(parse("[1]"), "s"));
    cr_assert_null(json_get(NULL, "s"));
    cr_assert_str_eq(json_to_arena(a, parse("{\"u\":\"a/b\"}")), "{\"u\":\"a/b\"}");
    cr_assert_null(json_str_or_null(NULL));
}

/* Issue 14, defect 5: RFC 8259 strictness json-c does not give. */
Test(json, strict_strings_refused)
{
    static const char *const BAD[] = {
        "{\"a\":\"x\\u0000y\"}",        /* NUL would truncate the C string */
        "{\"a\":\"x\\u0000\"}",
        "{\"a\":\"tab\there\"}",         /* raw control byte */
        "{\"a\":\"nl\nhere\"}",
        "{\"a\":\"\\ud800\"}",           /* lone high surrogate */
        "{\"a\":\"\\udc00\"}",           /* lone low surrogate */
        "{\"a\":\"\\ud800\\u0041\"}",    /* high surrogate + non-surrogate */
        "{\"a\":\"\\q\"}",               /* unknown escape */
        "{\"a\":\"\xff\"}",              /* invalid UTF-8 */
        "{\"a\":\"\xc0\xaf\"}",          /* overlong */
        "{\"a\":\"\xed\xa0\x80\"}",      /* encoded surrogate */
        "{\"a\":1,\"a\":2}",             /* duplicate keys */
        "{\"o\":{\"k\":1,\"k\":1}}",
        "[{\"x\":1},{\"y\":1,\"y\":2}]",
        "{\"a\":\"\\u00e9\",\"\\u0061\":2}", /* same key, once escaped */
        "{'a':1}",
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
        cr_assert_eq(try_parse(BAD[i]), ERR_PARSE, "accepted: %s", BAD[i]);
}

Test(json, strict_strings_accepted)
{
    static const char *const GOOD[] = {
        "{\"a\":\"\\ud83d\\ude00\"}", /* a surrogate pair */
        "{\"a\":\"\xf0\x9f\x98\x80 \xe0\xa4\xb9\xe0\xa4\xbf\"}",
        "{\"a\":\"it's\",\"b\":[{\"a\":1},{\"a\":2}],\"c\":{\"a\":{\"a\":3}}}",
        "{\"a\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}",
        "[\"a\",\"a\"]",
    };
    for (size_t i = 0; i < sizeof GOOD / sizeof GOOD[0]; i++)
        cr_assert_eq(try_parse(GOOD[i]), 0, "refused: %s", GOOD[i]);
}

