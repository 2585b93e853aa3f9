/* timeUtil.c — see timeUtil.h. */
#include "core/timeUtil.h"

#include <errno.h>
#include <stdio.h>
#include <time.h>

double time_mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

void time_sleep_ms(long ms)
{
    if (ms <= 0)
        return;
    struct timespec ts = {.tv_sec = ms / 1000, .tv_nsec = (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

char *time_iso_utc(const struct timeval *tv, char out[TIME_ISO_LEN])
{
    struct timeval now;
    if (!tv) {
        gettimeofday(&now, NULL);
        tv = &now;
    }
    struct tm tm;
    time_t secs = tv->tv_sec;
    gmtime_r(&secs, &tm);
    /* Unsigned and reduced so each field has its fixed width (years past
     * 9999 are not a case this service meets). */
    snprintf(out, TIME_ISO_LEN, "%04u-%02u-%02uT%02u:%02u:%02u.%06luZ", (unsigned)(tm.tm_year + 1900) % 10000u,
             (unsigned)(tm.tm_mon + 1) % 100u, (unsigned)tm.tm_mday % 100u, (unsigned)tm.tm_hour % 100u,
             (unsigned)tm.tm_min % 100u, (unsigned)tm.tm_sec % 100u, (unsigned long)tv->tv_usec % 1000000ul);
    return out;
}
