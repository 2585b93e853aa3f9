/* timeUtil.h — the one clock for durations and the one timestamp format.
 *
 * Every timestamp the service shows (API bodies, real-time events, log
 * lines) is ISO-8601 UTC with microseconds, "2026-11-24T10:00:00.123456Z":
 * SQL_ISO() writes it in SQL, time_iso_utc() in C.
 */
#ifndef CS_TIME_UTIL_H
#define CS_TIME_UTIL_H

#include <stdint.h>
#include <sys/time.h>

/* A timestamptz column as UTC ISO-8601 with microseconds, in SQL. */
#define SQL_ISO(col) "to_char(" col " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"

/* "YYYY-MM-DDTHH:MM:SS.uuuuuuZ" plus NUL. */
#define TIME_ISO_LEN 28

/* Milliseconds on the monotonic clock (for durations, never for dates). */
double time_mono_ms(void);

/* Sleeps ms milliseconds (resumed after signals); nothing when ms <= 0. */
void time_sleep_ms(long ms);

/* Writes tv (NULL: now) as UTC ISO-8601 into out (the caller's buffer of
 * TIME_ISO_LEN bytes); returns out. */
char *time_iso_utc(const struct timeval *tv, char out[TIME_ISO_LEN]);

#endif
