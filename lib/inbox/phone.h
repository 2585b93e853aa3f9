/* phone.h — one E.164 form for every phone number (WhatsApp, calls,
 * customer identities), India by default: "098…", "98…", "91 98…",
 * "+91-98…" and "(+91) 98…" are one number, "+919876543210". */
#ifndef CS_PHONE_H
#define CS_PHONE_H

#include <stddef.h>

/* Room for "+" and 15 digits (the E.164 maximum) and the NUL. */
#define PHONE_E164_MAX 17

/* Normalises `in` (spaces, dashes, dots and parentheses allowed; at most
 * 64 bytes) into out: 0, or ERR_INVALID for anything that is not a
 * plausible number (letters, too short/long, an Indian number that is not
 * 10 digits, a national number starting with 0 after the trunk prefix). */
int phone_normalize(const char *in, char out[PHONE_E164_MAX]);

#endif
