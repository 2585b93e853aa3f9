/* scoreboard.h — one shared-memory slot per child of the csd master.
 *
 * Like PHP-FPM's scoreboard: the master maps it (MAP_SHARED|MAP_ANONYMOUS)
 * before forking, so every child writes its own slot and the master (and
 * GET /health) read all of them. A child writes only its own slot; the
 * master claims and clears slots around fork()/waitpid(). Readers copy a
 * slot with sb_read(), which retries while the writer is mid-update (a
 * sequence counter, odd while writing), so a copy is never torn.
 *
 * Roles and process titles (also documented in processManager.h):
 *   master    "csd-master"   request worker "csd-request"
 *   job worker "csd-job"     scheduler      "csd-sched"
 */
#ifndef CS_SCOREBOARD_H
#define CS_SCOREBOARD_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Enough for two generations (during a reload) of the largest pools that
 * the configuration allows (256 request + 64 job workers + 1 scheduler). */
#define SB_MAX_SLOTS 660
#define SB_ROUTE_MAX 48
#define SB_REQUEST_MAX 128

typedef enum ChildRole {
    ROLE_NONE = 0,
    ROLE_REQUEST = 1,
    ROLE_JOB = 2,
    ROLE_SCHEDULER = 3
} ChildRole;

typedef enum SlotStage { STAGE_IDLE = 0, STAGE_BUSY = 1 } SlotStage;

typedef struct ScoreSlot {
    unsigned seq;             /* odd while the owner is writing */
    pid_t pid;                /* 0 = free slot */
    int role;                 /* ChildRole */
    int generation;           /* master's reload generation at spawn */
    int stage;                /* SlotStage */
    int64_t started_ms;       /* monotonic ms when the child was spawned */
    int64_t busy_since_ms;    /* monotonic ms when the current request/job began */
    uint64_t served;          /* requests (or jobs) finished by this child */
    char route[SB_ROUTE_MAX];     /* route name, "job:<kind>", "task:<name>" */
    char request[SB_REQUEST_MAX]; /* "GET /path" or "job 42"; bounded, cut */
} ScoreSlot;

typedef struct Scoreboard {
    int nslots;
    ScoreSlot slots[SB_MAX_SLOTS];
} Scoreboard;

/* The process's scoreboard: set by sb_create() in the master and inherited
 * by children; NULL in csctl and unit tests (readers then see no workers). */
extern Scoreboard *g_scoreboard;
/* This child's slot index, -1 in the master and outside csd. */
extern int g_sb_slot;

/* Maps a fresh zeroed scoreboard shared with future children and sets
 * g_scoreboard. 0 or ERR_IO. Never unmapped (lives as long as csd). */
int sb_create(void);

/* Points g_scoreboard at caller-owned memory (unit tests). */
void sb_use(Scoreboard *sb);

/* Monotonic milliseconds (CLOCK_MONOTONIC is the same for all processes). */
int64_t sb_now_ms(void);

/* Master: claims a free slot for a child about to be forked (pid filled in
 * afterwards with sb_set_pid). Returns the index or -1 when full. */
int sb_claim(ChildRole role, int generation);
void sb_set_pid(int slot, pid_t pid);
/* Master: frees a slot after the child was reaped. */
void sb_release(int slot);
/* Master: slot index of pid, or -1. */
int sb_find(pid_t pid);

/* Child: marks its slot busy with a route and a request line (both copied,
 * cut to fit), or idle (served++ when finished_one). No-ops when there is
 * no scoreboard or slot. */
void sb_busy(const char *route, const char *request);
void sb_idle(int finished_one);

/* Consistent copy of slot i into *out. 0, or -1 for a bad index / no
 * scoreboard. */
int sb_read(int i, ScoreSlot *out);

/* Live children per role (pid != 0), counting every generation. */
typedef struct SbCounts {
    int request;
    int job;
    int scheduler;
} SbCounts;
void sb_counts(SbCounts *out);

/* "request" / "job" / "scheduler" / "none". */
const char *sb_role_name(int role);

#endif
