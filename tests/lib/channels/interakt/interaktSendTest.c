/* interaktSendTest.c — the send API body (lib/channels/interakt/interaktSend.c)
 * and our callbackData (interaktStore.c): Interakt's documented shapes
 * (channelProtocols.md §1.6), one phone form per request, refusals. */
#include <criterion/criterion.h>
#include <string.h>

#include "channels/interakt/interaktSend.h"
#include "channels/interakt/interaktStore.h"
#include "core/errors.h"
#include "core/jsonUtil.h"

static json_object *parse(Arena *a, const char *s)
{
    json_object *o = NULL;
    cr_assert_not_null(s);
    cr_assert_eq(json_parse_arena(a, s, strlen(s), &o), 0, "%s", s);
    return o;
}

Test(interakt_send_body, text)
{
    Arena *a = arena_new(0);
    const char *why;
    json_object *o = parse(a, interakt_send_body(a, "+919876543210", "Hi Asha, नमस्ते", NULL, "csd-msg-5", &why));
    cr_assert_str_eq(json_get_str(o, "fullPhoneNumber"), "919876543210");
    cr_assert_null(json_get(o, "countryCode"));
    cr_assert_null(json_get(o, "phoneNumber"));
    cr_assert_str_eq(json_get_str(o, "type"), "Text");
    cr_assert_str_eq(json_get_str(o, "callbackData"), "csd-msg-5");
    cr_assert_str_eq(json_get_str(json_get(o, "data"), "message"), "Hi Asha, नमस्ते");
    arena_destroy(&a);
}

Test(interakt_send_body, template)
{
    Arena *a = arena_new(0);
    const char *why;
    json_object *t = parse(a, "{\"name\":\"ticket_update\",\"language\":\"hi\",\"body_values\":[\"Asha\",8812]}");
    json_object *o = parse(a, interakt_send_body(a, "+919876543210", "ignored", t, "csd-msg-6", &why));
    cr_assert_str_eq(json_get_str(o, "type"), "Template");
    cr_assert_str_eq(json_get_str(o, "countryCode"), "+91");
    cr_assert_str_eq(json_get_str(o, "phoneNumber"), "9876543210");
    cr_assert_null(json_get(o, "fullPhoneNumber"));
    json_object *tt = json_get(o, "template");
    cr_assert_str_eq(json_get_str(tt, "name"), "ticket_update");
    cr_assert_str_eq(json_get_str(tt, "languageCode"), "hi");
    json_object *v = json_get(tt, "bodyValues");
    cr_assert_eq(json_object_array_length(v), 2);
    cr_assert_str_eq(json_object_get_string(json_object_array_get_idx(v, 1)), "8812");
    /* Outside India: the full number. */
    o = parse(a, interakt_send_body(a, "+14155552671", NULL, t, "csd-msg-6", &why));
    cr_assert_str_eq(json_get_str(o, "fullPhoneNumber"), "14155552671");
    cr_assert_null(json_get(o, "countryCode"));
    /* No body values: an empty list. */
    t = parse(a, "{\"name\":\"hello\",\"language\":\"en\"}");
    o = parse(a, interakt_send_body(a, "+919876543210", NULL, t, NULL, &why));
    cr_assert_eq(json_object_array_length(json_get(json_get(o, "template"), "bodyValues")), 0);
    arena_destroy(&a);
}

Test(interakt_send_body, refusals)
{
    Arena *a = arena_new(0);
    const char *why;
    cr_assert_null(interakt_send_body(a, NULL, "hi", NULL, "c", &why));
    cr_assert_str_eq(why, "the customer has no usable WhatsApp number");
    cr_assert_null(interakt_send_body(a, "9876543210", "hi", NULL, "c", &why));
    cr_assert_null(interakt_send_body(a, "+919876543210", NULL, NULL, "c", &why));
    cr_assert_str_eq(why, "a WhatsApp message needs text");
    cr_assert_null(interakt_send_body(a, "+919876543210", "", NULL, "c", &why));
    json_object *t = parse(a, "{\"name\":\"x\"}");
    cr_assert_null(interakt_send_body(a, "+919876543210", NULL, t, "c", &why));
    cr_assert_str_eq(why, "the template needs a name and a language");
    t = parse(a, "{\"name\":\"x\",\"language\":\"en\",\"body_values\":\"Asha\"}");
    cr_assert_null(interakt_send_body(a, "+919876543210", NULL, t, "c", &why));
    cr_assert_str_eq(why, "template body_values must be an array");
    arena_destroy(&a);
}

Test(interakt_callback_data, round_trip)
{
    Arena *a = arena_new(0);
    int64_t id = 0;
    cr_assert_str_eq(interakt_callback_data(a, 42), "csd-msg-42");
    cr_assert_eq(interakt_callback_message_id("csd-msg-42", &id), 0);
    cr_assert_eq(id, 42);
    static const char *const BAD[] = {"", "42", "csd-msg-", "csd-msg-0", "csd-msg-042", "csd-msg-4x",
                                      "csd-msg--1", "csd-msg-99999999999999999999", "tkt-8812"};
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
        cr_assert_eq(interakt_callback_message_id(BAD[i], &id), ERR_INVALID, "%s", BAD[i]);
    cr_assert_eq(interakt_callback_message_id(NULL, &id), ERR_INVALID);
    arena_destroy(&a);
}
