/* phoneFuzz.c — phone_normalize() on arbitrary bytes: no crash, no write
 * past PHONE_E164_MAX, and an accepted number is "+" and 8–15 digits that
 * normalise to themselves (idempotent); Indian numbers are +91 and ten
 * digits not starting with 0. */
#include <stdlib.h>
#include <string.h>

#include "core/errors.h"
#include "fuzz.h"
#include "inbox/phone.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char in[80], out[PHONE_E164_MAX + 8], again[PHONE_E164_MAX];
    size_t n = size < sizeof in - 1 ? size : sizeof in - 1;
    memcpy(in, data, n);
    in[n] = '\0';
    memset(out, 'Z', sizeof out);
    int rc = phone_normalize(in, out);
    for (size_t i = PHONE_E164_MAX; i < sizeof out; i++)
        if (out[i] != 'Z')
            abort();
    if (rc != 0 && rc != ERR_INVALID)
        abort();
    if (rc != 0) {
        if (out[0] != '\0')
            abort();
        return 0;
    }
    size_t len = strlen(out);
    if (out[0] != '+' || len < 9 || len > 16)
        abort();
    for (size_t i = 1; i < len; i++)
        if (out[i] < '0' || out[i] > '9')
            abort();
    if (strncmp(out, "+91", 3) == 0 && (len != 13 || out[3] == '0'))
        abort();
    if (phone_normalize(out, again) != 0 || strcmp(out, again) != 0)
        abort();
    return 0;
}
