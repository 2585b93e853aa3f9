/* mimeParse.h — RFC 5322/MIME messages (Gmail format=raw) into fields the
 * inbox stores, with GMime. Every string is UTF-8 and owned by the arena.
 *
 * Bounds: MIME_MAX_BYTES of raw input, MIME_MAX_PARTS parts, MIME_MAX_DEPTH
 * nesting, MIME_MAX_HEADERS headers. A message that cannot be parsed is not
 * dropped by the caller: mime_parse() fills what it could, sets
 * parse_error, and returns ERR_PARSE so the raw bytes are stored instead.
 */
#ifndef CS_MIME_PARSE_H
#define CS_MIME_PARSE_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

#define MIME_MAX_BYTES (25u * 1024u * 1024u)
#define MIME_MAX_PARTS 200
#define MIME_MAX_DEPTH 16
#define MIME_MAX_HEADERS 500

typedef struct MimeAttachment {
    const char *filename;      /* decoded (RFC 2231/2047); may be NULL */
    const char *content_type;  /* "application/pdf" */
    const char *part_id;       /* "1.2" style path in the MIME tree */
    const char *content_id;    /* without <>; may be NULL */
    size_t size;               /* decoded size in bytes */
    int is_inline;
} MimeAttachment;

typedef struct ParsedEmail {
    const char *from_address;  /* lowercased addr-spec, or NULL */
    const char *from_name;     /* display name, decoded; may be NULL */
    const char *to;            /* comma-separated addr-specs; may be NULL */
    const char *cc;
    const char *reply_to;
    const char *subject;       /* RFC 2047 decoded */
    const char *message_id;    /* without <> */
    const char *in_reply_to;   /* without <> */
    const char *references;    /* space-separated ids without <> */
    int64_t date_epoch;        /* Date header as epoch seconds; 0 when missing/bad */
    const char *text;          /* body as text: the text/plain part, else HTML turned to text */
    const char *html;          /* sanitised HTML, or NULL */
    const char *new_text;      /* the customer's new text: quotes and signature removed */
    MimeAttachment *attachments;
    int nattachments;
    int nparts;
    const char *parse_error;   /* NULL when the message parsed cleanly */
} ParsedEmail;

/* Parses raw (len bytes, CRLF or LF). 0; ERR_PARSE with out->parse_error
 * set (fields may be partly filled); ERR_TOO_LARGE when len > MIME_MAX_BYTES. */
int mime_parse(Arena *a, const char *raw, size_t len, ParsedEmail *out);

#endif
