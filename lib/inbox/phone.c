/* phone.c — E.164 normalisation, India by default (see phone.h). */
#include "inbox/phone.h"

#include <string.h>

#include "core/errors.h"

#define PHONE_INPUT_MAX 64

int phone_normalize(const char *in, char out[PHONE_E164_MAX])
{
    char d[PHONE_INPUT_MAX + 1];
    size_t n = 0;
    int plus = 0;
    out[0] = '\0';
    if (!in || strlen(in) > PHONE_INPUT_MAX)
        return ERR_INVALID;
    for (const char *p = in; *p; p++) {
        char c = *p;
        if (c >= '0' && c <= '9')
            d[n++] = c;
        else if (c == '+' && n == 0 && !plus)
            plus = 1;
        else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '\t')
            return ERR_INVALID;
    }
    d[n] = '\0';
    const char *digits = d;
    if (!plus && n > 2 && d[0] == '0' && d[1] == '0') { /* 00 international prefix */
        plus = 1;
        digits += 2;
        n -= 2;
    }
    char national[16];
    if (plus && n == 13 && strncmp(digits, "910", 3) == 0) {
        /* "+91 0 98…": the trunk 0 written after the country code */
        char *dg = d + (digits - d);
        memmove(dg + 2, dg + 3, n - 3 + 1);
        n = 12;
    }
    if (plus) {
        if (n < 8 || n > 15 || digits[0] == '0')
            return ERR_INVALID;
        if (strncmp(digits, "91", 2) == 0 && (n != 12 || digits[2] == '0'))
            return ERR_INVALID; /* India: +91 and 10 digits, not starting with 0 */
        out[0] = '+';
        memcpy(out + 1, digits, n + 1);
        return 0;
    }
    if (n == 10) {
        memcpy(national, digits, 11);
    } else if (n == 11 && digits[0] == '0') {
        memcpy(national, digits + 1, 11); /* trunk prefix 0 */
    } else if (n == 12 && strncmp(digits, "91", 2) == 0) {
        memcpy(national, digits + 2, 11); /* 91 without + (Interakt's channel_phone_number) */
    } else {
        return ERR_INVALID;
    }
    if (national[0] == '0')
        return ERR_INVALID;
    out[0] = '+';
    out[1] = '9';
    out[2] = '1';
    memcpy(out + 3, national, 11);
    return 0;
}
