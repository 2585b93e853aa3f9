/* jsonFuzz.c — json_parse_bounded() (every JSON body from outside) and the
 * JSON string escaper on arbitrary bytes: no crash, and the invariants of
 * the escaper: its output is always valid UTF-8 without control bytes. */
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"
#include "core/buf.h"
#include "core/errors.h"
#include "core/jsonUtil.h"
#include "core/utf8.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Arena *a = arena_new(0);
    const char *s = arena_memdup(a, data, size);
    json_object *o = NULL;
    int rc = json_parse_arena(a, s, size, &o);
    if (rc != 0 && rc != ERR_PARSE)
        abort();
    if (rc == 0 && !json_to_arena(a, o))
        abort();
    Buf b;
    buf_init(&b, 8 * size + 16);
    if (buf_append_json_escaped(&b, s, size) != 0)
        abort();
    if (b.len && (utf8_valid_prefix(b.data, b.len) != b.len))
        abort();
    for (size_t i = 0; i < b.len; i++)
        if ((unsigned char)b.data[i] < 0x20)
            abort();
    buf_free(&b);
    arena_destroy(&a);
    return 0;
}
