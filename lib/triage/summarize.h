/* summarize.h — the local extractive summariser (README "AI triage").
 *
 * Picks the first meaningful sentence or two of the customer's new text:
 * greetings ("Hi", "Respected sir", "Namaste", "Dear team"), sign-offs
 * ("Thanks", "Regards") and lines holding only an order id are skipped;
 * the result is at most SUMMARY_MAX_CHARS characters, cut at a word
 * boundary with "…". The design wants English summaries, but nothing local
 * can translate: for Hindi, Hinglish or mixed input the extract is kept in
 * the customer's words behind an English prefix naming the predicted team
 * and the language, e.g. "Dispatch query (Hinglish): mera order abhi tak
 * nahi aaya." — an agent reads the gist in English and the detail verbatim.
 */
#ifndef CS_SUMMARIZE_H
#define CS_SUMMARIZE_H

#include <stddef.h>

#include "core/arena.h"

#define SUMMARY_MAX_CHARS 200

/* The extract alone (no prefix), at most max_chars code points plus "…".
 * Owned by the arena; "" for empty input, never NULL. */
const char *summarize_extract(Arena *a, const char *text, size_t max_chars);

/* The summary for a message: for language "en" (or NULL) the extract; for
 * "hi" / "hinglish" / "mixed" the English team prefix plus the extract.
 * team may be NULL. Owned by the arena, never NULL. */
const char *summarize_text(Arena *a, const char *text, const char *language, const char *team);

/* English label of a team for the prefix ("Dispatch query"); never NULL. */
const char *summarize_team_label(const char *team);

#endif
