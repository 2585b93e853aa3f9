/* scoreboard.c — shared-memory slots (see scoreboard.h). */
#include "server/scoreboard.h"

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "core/errors.h"
#include "core/timeUtil.h"

Scoreboard *g_scoreboard;
int g_sb_slot = -1;

int sb_create(void)
{
    void *p = mmap(NULL, sizeof(Scoreboard), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return ERR_IO;
    g_scoreboard = p; /* mmap'd anonymous memory is already zeroed */
    g_scoreboard->nslots = SB_MAX_SLOTS;
    return 0;
}

void sb_use(Scoreboard *sb)
{
    g_scoreboard = sb;
    if (sb)
        sb->nslots = SB_MAX_SLOTS;
}

int64_t sb_now_ms(void) { return (int64_t)time_mono_ms(); }

/* Writer side of the sequence lock: odd while fields change. */
static void write_begin(ScoreSlot *s) { __atomic_add_fetch(&s->seq, 1, __ATOMIC_ACQ_REL); }
static void write_end(ScoreSlot *s) { __atomic_add_fetch(&s->seq, 1, __ATOMIC_RELEASE); }

int sb_claim(ChildRole role, int generation)
{
    if (!g_scoreboard)
        return -1;
    for (int i = 0; i < g_scoreboard->nslots; i++) {
        ScoreSlot *s = &g_scoreboard->slots[i];
        if (s->pid != 0 || s->role != ROLE_NONE)
            continue;
        write_begin(s);
        s->role = role;
        s->generation = generation;
        s->stage = STAGE_IDLE;
        s->started_ms = sb_now_ms();
        s->busy_since_ms = 0;
        s->served = 0;
        s->route[0] = s->request[0] = '\0';
        write_end(s);
        return i;
    }
    return -1;
}

void sb_set_pid(int slot, pid_t pid)
{
    if (!g_scoreboard || slot < 0 || slot >= g_scoreboard->nslots)
        return;
    ScoreSlot *s = &g_scoreboard->slots[slot];
    write_begin(s);
    s->pid = pid;
    write_end(s);
}

void sb_release(int slot)
{
    if (!g_scoreboard || slot < 0 || slot >= g_scoreboard->nslots)
        return;
    ScoreSlot *s = &g_scoreboard->slots[slot];
    write_begin(s);
    s->pid = 0;
    s->role = ROLE_NONE;
    s->stage = STAGE_IDLE;
    s->route[0] = s->request[0] = '\0';
    write_end(s);
}

int sb_find(pid_t pid)
{
    if (!g_scoreboard || pid <= 0)
        return -1;
    for (int i = 0; i < g_scoreboard->nslots; i++)
        if (g_scoreboard->slots[i].pid == pid)
            return i;
    return -1;
}

static ScoreSlot *own_slot(void)
{
    if (!g_scoreboard || g_sb_slot < 0 || g_sb_slot >= g_scoreboard->nslots)
        return NULL;
    return &g_scoreboard->slots[g_sb_slot];
}

void sb_busy(const char *route, const char *request)
{
    ScoreSlot *s = own_slot();
    if (!s)
        return;
    write_begin(s);
    snprintf(s->route, sizeof s->route, "%s", route ? route : "");
    snprintf(s->request, sizeof s->request, "%s", request ? request : "");
    s->busy_since_ms = sb_now_ms();
    s->stage = STAGE_BUSY;
    write_end(s);
}

void sb_idle(int finished_one)
{
    ScoreSlot *s = own_slot();
    if (!s)
        return;
    write_begin(s);
    s->stage = STAGE_IDLE;
    s->busy_since_ms = 0;
    if (finished_one)
        s->served++;
    write_end(s);
}

int sb_read(int i, ScoreSlot *out)
{
    if (!g_scoreboard || i < 0 || i >= g_scoreboard->nslots)
        return -1;
    const ScoreSlot *s = &g_scoreboard->slots[i];
    /* A writer holds the slot for a few stores only; after many tries take
     * what is there rather than spin (the copy is still NUL-terminated). */
    for (int tries = 0; tries < 1000; tries++) {
        unsigned a = __atomic_load_n(&s->seq, __ATOMIC_ACQUIRE);
        if (a & 1u)
            continue;
        memcpy(out, (const void *)s, sizeof *out);
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        if (__atomic_load_n(&s->seq, __ATOMIC_RELAXED) == a)
            break;
    }
    out->route[SB_ROUTE_MAX - 1] = '\0';
    out->request[SB_REQUEST_MAX - 1] = '\0';
    return 0;
}

void sb_counts(SbCounts *out)
{
    memset(out, 0, sizeof *out);
    if (!g_scoreboard)
        return;
    for (int i = 0; i < g_scoreboard->nslots; i++) {
        ScoreSlot s;
        if (g_scoreboard->slots[i].pid == 0 || sb_read(i, &s) != 0 || s.pid == 0)
            continue;
        if (s.role == ROLE_REQUEST)
            out->request++;
        else if (s.role == ROLE_JOB)
            out->job++;
        else if (s.role == ROLE_SCHEDULER)
            out->scheduler++;
    }
}

const char *sb_role_name(int role)
{
    switch (role) {
    case ROLE_REQUEST: return "request";
    case ROLE_JOB: return "job";
    case ROLE_SCHEDULER: return "scheduler";
    default: return "none";
    }
}
