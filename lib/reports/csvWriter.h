/* csvWriter.h — the one CSV writer (RFC 4180) of the reports.
 *
 * Fields are separated by ',' and rows end with CRLF. A field containing
 * ',', '"', CR or LF is quoted, inner quotes doubled. Text cells that a
 * spreadsheet would run as a formula (starting with = + - @, TAB or CR)
 * get a leading apostrophe (OWASP "CSV injection"); numbers are written by
 * csv_number() and never altered. Everything is appended to a caller-owned
 * Buf, so its bound applies.
 */
#ifndef CS_CSV_WRITER_H
#define CS_CSV_WRITER_H

#include "core/buf.h"

typedef struct CsvWriter {
    Buf *out;   /* not owned */
    int col;    /* fields written in the current row */
} CsvWriter;

void csv_init(CsvWriter *w, Buf *out);

/* A text cell; NULL = empty cell. 0 or ERR_TOO_LARGE. */
int csv_text(CsvWriter *w, const char *s);

/* A number already formatted by the caller (digits, '.', '-', 'e');
 * NULL = empty cell. 0 or ERR_TOO_LARGE. */
int csv_number(CsvWriter *w, const char *s);

/* Ends the row (CRLF). 0 or ERR_TOO_LARGE. */
int csv_end_row(CsvWriter *w);

#endif
