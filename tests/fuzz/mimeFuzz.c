/* mimeFuzz.c — mime_parse() on arbitrary bytes: no crash, bounded, every
 * string valid UTF-8, error code consistent with parse_error. */
#include <glib.h>
#include <stdlib.h>

#include "core/arena.h"
#include "core/errors.h"
#include "fuzz.h"
#include "mail/mimeParse.h"

static void check(const char *s)
{
    if (s && !g_utf8_validate(s, -1, NULL))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *a = arena_new(0);
    ParsedEmail e;
    int rc = mime_parse(a, (const char *)data, size, &e);
    if (rc != 0 && rc != ERR_PARSE && rc != ERR_TOO_LARGE)
        abort();
    if ((rc != 0) != (e.parse_error != NULL))
        abort();
    const char *f[] = {e.from_address, e.from_name, e.to, e.cc, e.reply_to, e.subject, e.message_id,
                       e.in_reply_to, e.references, e.text, e.html, e.new_text};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        check(f[i]);
    if (e.nattachments < 0 || e.nattachments > MIME_MAX_PARTS || e.nparts > MIME_MAX_PARTS + 1)
        abort();
    for (int i = 0; i < e.nattachments; i++) {
        check(e.attachments[i].filename);
        check(e.attachments[i].content_type);
        check(e.attachments[i].content_id);
        if (!e.attachments[i].part_id || e.attachments[i].size > size * 4 + 64)
            abort();
    }
    arena_destroy(&a);
    return 0;
}
