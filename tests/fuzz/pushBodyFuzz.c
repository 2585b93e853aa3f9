/* pushBodyFuzz.c — gmail_push_parse() (the Pub/Sub push JSON plus the
 * base64/base64url notification inside) on arbitrary bytes: no crash, and
 * a success always yields a lowercase address with '@', a non-empty
 * messageId and a non-zero historyId. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/errors.h"
#include "fuzz.h"
#include "channels/gmail/gmailPush.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *a = arena_new(0);
    const char *body = arena_memdup(a, data, size);
    const char *reason = NULL;
    GmailPush p;
    int rc = gmail_push_parse(a, body, size, &p, &reason);
    if (rc != 0 && rc != ERR_BAD_REQUEST)
        abort();
    if (!reason)
        abort();
    if (rc == 0) {
        if (!p.message_id || !*p.message_id || !p.email_address || !strchr(p.email_address, '@') ||
            p.history_id == 0)
            abort();
        for (const char *c = p.email_address; *c; c++)
            if (isupper((unsigned char)*c))
                abort();
    }
    arena_destroy(&a);
    return 0;
}
