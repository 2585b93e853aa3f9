/* apiUtilTest.c — the one list envelope and the one database-error
 * mapping (the handlers that use them are tested in apiHandlersTest.c). */
#include <criterion/criterion.h>
#include <string.h>

#include "core/buf.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "http/apiUtil.h"

static json_object *rendered(Request *req, int *status)
{
    Buf out;
    buf_init(&out, 1 << 16);
    request_render(req, &out);
    *status = (int)strtol(out.data + 8, NULL, 10);
    const char *sep = strstr(out.data, "\r\n\r\n");
    cr_assert_not_null(sep);
    json_object *body = NULL;
    cr_assert_eq(json_parse_arena(req->arena, sep + 4, strlen(sep + 4), &body), 0, "%s", sep + 4);
    buf_free(&out);
    return body;
}

Test(apiUtil, list_envelope_from_json)
{
    Request *req = request_new();
    json_object *items = json_object_new_array();
    json_object_array_add(items, json_object_new_int(7));
    cr_assert_eq(api_reply_list(req, items, "42"), 0);
    int status = 0;
    json_object *body = rendered(req, &status);
    cr_assert_eq(status, 200);
    cr_assert_eq(json_object_object_length(body), 2);
    cr_assert_eq(json_object_array_length(json_get(body, "data")), 1);
    cr_assert_str_eq(json_get_str(body, "next_cursor"), "42");
    request_free(&req);

    req = request_new(); /* last page: null, and "" counts as none */
    cr_assert_eq(api_reply_list(req, json_object_new_array(), ""), 0);
    body = rendered(req, &status);
    cr_assert(json_object_object_get_ex(body, "next_cursor", NULL));
    cr_assert_null(json_get(body, "next_cursor"));
    request_free(&req);
}

Test(apiUtil, list_envelope_streamed)
{
    Buf b;
    buf_init(&b, 256);
    cr_assert_eq(api_list_open(&b), 0);
    cr_assert_eq(buf_append_str(&b, "{\"id\":1}"), 0);
    cr_assert_eq(api_list_close(&b, "a\"b"), 0);
    cr_assert_str_eq(b.data, "{\"data\":[{\"id\":1}],\"next_cursor\":\"a\\\"b\"}");
    buf_reset(&b);
    cr_assert_eq(api_list_open(&b), 0);
    cr_assert_eq(api_list_close(&b, NULL), 0);
    cr_assert_str_eq(b.data, "{\"data\":[],\"next_cursor\":null}");
    buf_free(&b);
    buf_init(&b, 12); /* bounded: the close does not fit */
    cr_assert_eq(api_list_open(&b), 0);
    cr_assert_eq(api_list_close(&b, NULL), ERR_TOO_LARGE);
    buf_free(&b);
}

Test(apiUtil, database_errors_map_to_one_status_each)
{
    static const struct {
        int rc, status;
    } CASES[] = {{ERR_UNAVAILABLE, 503}, {ERR_CONFLICT, 409}, {ERR_INVALID, 422}, {ERR_INTERNAL, 500},
                 {ERR_IO, 500}};
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        Request *req = request_new();
        cr_assert_eq(api_db_fail(req, CASES[i].rc), CASES[i].rc == ERR_IO ? ERR_INTERNAL : CASES[i].rc);
        int status = 0;
        json_object *body = rendered(req, &status);
        cr_assert_eq(status, CASES[i].status, "rc %d", CASES[i].rc);
        cr_assert_not_null(json_get_str(json_get(body, "error"), "message"));
        request_free(&req);
    }
}
