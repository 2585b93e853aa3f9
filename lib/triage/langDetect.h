/* langDetect.h — which language a customer wrote in: English, Hindi in
 * Devanagari, Hinglish (Hindi in Latin letters) or a mix of scripts.
 *
 * Script ratio first (Devanagari letters against Latin letters), then, for
 * Latin text, the share of common romanised Hindi function words ("hai",
 * "nahi", "mera", "kya", "kab" ...) after the same spelling folding the
 * classifier uses.
 */
#ifndef CS_LANG_DETECT_H
#define CS_LANG_DETECT_H

/* "en" | "hi" | "hinglish" | "mixed": a static string, never NULL ("en"
 * for empty or letterless text). Reads at most TEXTNORM_MAX_INPUT bytes. */
const char *lang_detect(const char *text);

#endif
