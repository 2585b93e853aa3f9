/* interaktWebhookFuzz.c — interakt_body_parse() (the Interakt webhook
 * body) on arbitrary bytes: no crash, only the documented errors, and every
 * accepted event is self-consistent: a type, a class-appropriate message
 * id, an E.164 phone and a known kind for customer messages, a known
 * status for statuses, an http(s) media URL, and raw text that parses
 * back to the same event. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "channels/interakt/interaktWebhook.h"
#include "core/arena.h"
#include "core/errors.h"
#include "fuzz.h"

static const char *const KINDS[] = {"text", "image", "audio", "video", "document", "location",
                                    "button_reply", "other"};

static void check_event(Arena *a, const InteraktEvent *ev)
{
    if (!ev->type || !*ev->type || !ev->raw)
        abort();
    if (ev->cls == INTERAKT_EVENT_OTHER) {
        if (!ev->ignore_reason)
            abort();
        return;
    }
    if (!ev->message_id || !*ev->message_id || strlen(ev->message_id) > INTERAKT_MAX_ID_LEN)
        abort();
    if (ev->cls == INTERAKT_EVENT_STATUS) {
        if (interakt_status_rank(ev->status) < 1)
            abort();
    } else {
        if (ev->phone[0] != '+' || strlen(ev->phone) < 9)
            abort();
        for (const char *p = ev->phone + 1; *p; p++)
            if (*p < '0' || *p > '9')
                abort();
        int known = 0;
        for (size_t i = 0; i < sizeof KINDS / sizeof KINDS[0]; i++)
            known |= ev->kind && strcmp(ev->kind, KINDS[i]) == 0;
        if (!known || !ev->meta_json)
            abort();
        if (ev->media_url && strncasecmp(ev->media_url, "http://", 7) != 0 &&
            strncasecmp(ev->media_url, "https://", 8) != 0)
            abort();
    }
    /* The stored raw text must give the same event back to the job. */
    InteraktEvent again;
    const char *why = NULL;
    if (interakt_event_parse(a, ev->raw, strlen(ev->raw), &again, &why) != 0)
        abort();
    if (again.cls != ev->cls || strcmp(again.type, ev->type) != 0 ||
        strcmp(again.message_id ? again.message_id : "", ev->message_id ? ev->message_id : "") != 0)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *a = arena_new(0);
    const char *body = arena_memdup(a, data, size);
    const char *why = NULL;
    InteraktBody b;
    int rc = interakt_body_parse(a, body, size, &b, &why);
    if (rc != 0 && rc != ERR_BAD_REQUEST && rc != ERR_INVALID)
        abort();
    if (!why)
        abort();
    if (rc == 0) {
        if (b.nevents < 1 || b.nevents > INTERAKT_MAX_EVENTS)
            abort();
        for (int i = 0; i < b.nevents; i++)
            check_event(a, &b.events[i]);
    }
    long long ms;
    char t[48];
    size_t n = size < sizeof t - 1 ? size : sizeof t - 1;
    memcpy(t, data, n);
    t[n] = '\0';
    if (interakt_time_parse(t, &ms) == 0 && ms < 0)
        abort();
    arena_destroy(&a);
    return 0;
}
