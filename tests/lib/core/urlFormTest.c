/* urlFormTest.c — form/query decoding: percent and '+', order, empty
 * pieces, bounds, %00 refused, and req_query() sharing the decoder. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/errors.h"
#include "core/urlForm.h"
#include "http/request.h"

static Arena *a;
static UrlForm *f;
static void setup(void)
{
    a = arena_new(0);
    f = arena_alloc(a, sizeof *f);
}
static void teardown(void) { arena_destroy(&a); }
TestSuite(urlForm, .init = setup, .fini = teardown);

static int parse(const char *s) { return url_form_parse(a, s, strlen(s), f); }

Test(urlForm, decodes_names_and_values_in_order)
{
    cr_assert_eq(parse("CallSid=abc&Legs%5B0%5D%5BStatus%5D=no-answer&digits=%221%22&StartTime=2026-11-18+16%3A36%3A40"), 0);
    cr_assert_eq(f->n, 4);
    cr_assert_str_eq(f->fields[0].name, "CallSid");
    cr_assert_str_eq(url_form_get(f, "Legs[0][Status]"), "no-answer");
    cr_assert_str_eq(url_form_get(f, "digits"), "\"1\"");
    cr_assert_str_eq(url_form_get(f, "StartTime"), "2026-11-18 16:36:40");
    cr_assert_null(url_form_get(f, "callsid"), "names are case-sensitive");
}

Test(urlForm, empty_pieces_missing_values_and_first_wins)
{
    cr_assert_eq(parse("&&a&b=&=x&a=2&&"), 0);
    cr_assert_eq(f->n, 4);
    cr_assert_str_eq(url_form_get(f, "a"), "");
    cr_assert_str_eq(url_form_get(f, "b"), "");
    cr_assert_str_eq(url_form_get(f, ""), "x");
    cr_assert_eq(parse(""), 0);
    cr_assert_eq(f->n, 0);
}

Test(urlForm, bad_percent_kept_and_nul_refused)
{
    cr_assert_eq(parse("a=%zz%4&b=%"), 0);
    cr_assert_str_eq(url_form_get(f, "a"), "%zz%4");
    cr_assert_str_eq(url_form_get(f, "b"), "%");
    cr_assert_eq(parse("CallSid=a%00b"), ERR_PARSE);
    cr_assert_eq(parse("a%00=1"), ERR_PARSE);
    cr_assert_eq(parse("From=%ff%fe"), ERR_PARSE, "not UTF-8 text");
    cr_assert_eq(parse("From=%c0%af"), ERR_PARSE, "overlong");
    cr_assert_eq(parse("From=%ed%a0%80"), ERR_PARSE, "surrogate");
    cr_assert_eq(parse("notes=%e0%a4%a8%e0%a5%80%e0%a4%ae"), 0);
    cr_assert_str_eq(url_form_get(f, "notes"), "नीम");
    size_t n = 0;
    char *d = url_decode(a, "x%00y", 5, &n);
    cr_assert_eq(n, 3);
    cr_assert_eq(d[1], '\0');
}

Test(urlForm, field_count_is_bounded)
{
    char *s = arena_alloc(a, (URL_FORM_MAX_FIELDS + 1) * 4 + 1);
    size_t o = 0;
    for (int i = 0; i <= URL_FORM_MAX_FIELDS; i++, o += 4)
        memcpy(s + o, "a=1&", 4);
    cr_assert_eq(url_form_parse(a, s, o, f), ERR_TOO_LARGE);
    cr_assert_eq(url_form_parse(a, s, o - 4, f), 0);
    cr_assert_eq(f->n, URL_FORM_MAX_FIELDS);
}

Test(urlForm, length_is_respected_without_nul)
{
    const char *s = "a=1&b=2";
    cr_assert_eq(url_form_parse(a, s, 3, f), 0);
    cr_assert_eq(f->n, 1);
    cr_assert_str_eq(url_form_get(f, "a"), "1");
}

Test(urlForm, req_query_uses_the_same_decoder)
{
    Request *req = request_new();
    request_set_env(req, "QUERY_STRING", "team=returns%5Frefunds&q=neem+oil&x");
    cr_assert_str_eq(req_query(req, "team"), "returns_refunds");
    cr_assert_str_eq(req_query(req, "q"), "neem oil");
    cr_assert_str_eq(req_query(req, "x"), "");
    cr_assert_null(req_query(req, "y"));
    request_free(&req);
}
