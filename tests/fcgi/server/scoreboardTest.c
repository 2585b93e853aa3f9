/* scoreboardTest.c — slots: claim/release, busy/idle, bounded strings,
 * per-role counts, and sharing across fork() (the master's view). */
#include <criterion/criterion.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "server/scoreboard.h"

static Scoreboard g_sb;

static void fresh(void)
{
    memset(&g_sb, 0, sizeof g_sb);
    sb_use(&g_sb);
    g_sb_slot = -1;
}

Test(scoreboard, claim_set_find_release, .init = fresh)
{
    int a = sb_claim(ROLE_REQUEST, 1);
    int b = sb_claim(ROLE_JOB, 1);
    cr_assert_geq(a, 0);
    cr_assert_neq(a, b);
    sb_set_pid(a, 1001);
    sb_set_pid(b, 1002);
    cr_assert_eq(sb_find(1001), a);
    cr_assert_eq(sb_find(1002), b);
    cr_assert_eq(sb_find(4242), -1);
    ScoreSlot s;
    cr_assert_eq(sb_read(a, &s), 0);
    cr_assert_eq(s.pid, 1001);
    cr_assert_eq(s.role, ROLE_REQUEST);
    cr_assert_eq(s.generation, 1);
    cr_assert_eq(s.stage, STAGE_IDLE);
    sb_release(a);
    cr_assert_eq(sb_find(1001), -1);
    cr_assert_eq(sb_claim(ROLE_SCHEDULER, 2), a, "a released slot is reused");
    cr_assert_eq(sb_read(-1, &s), -1);
    cr_assert_eq(sb_read(SB_MAX_SLOTS, &s), -1);
}

Test(scoreboard, full_board_refuses, .init = fresh)
{
    for (int i = 0; i < SB_MAX_SLOTS; i++)
        cr_assert_eq(sb_claim(ROLE_REQUEST, 1), i);
    cr_assert_eq(sb_claim(ROLE_REQUEST, 1), -1);
}

Test(scoreboard, busy_idle_and_served, .init = fresh)
{
    int a = sb_claim(ROLE_REQUEST, 1);
    sb_set_pid(a, 77);
    g_sb_slot = a;
    sb_busy("emails_list", "GET /emails?limit=5");
    ScoreSlot s;
    sb_read(a, &s);
    cr_assert_eq(s.stage, STAGE_BUSY);
    cr_assert_str_eq(s.route, "emails_list");
    cr_assert_str_eq(s.request, "GET /emails?limit=5");
    cr_assert_gt(s.busy_since_ms, 0);
    cr_assert_leq(s.busy_since_ms, sb_now_ms());
    sb_idle(1);
    sb_read(a, &s);
    cr_assert_eq(s.stage, STAGE_IDLE);
    cr_assert_eq(s.served, 1);
    sb_idle(0);
    sb_read(a, &s);
    cr_assert_eq(s.served, 1);
}

Test(scoreboard, long_strings_are_cut_not_overflowed, .init = fresh)
{
    int a = sb_claim(ROLE_REQUEST, 1);
    g_sb_slot = a;
    char route[200], req[1000];
    memset(route, 'r', sizeof route - 1);
    route[sizeof route - 1] = '\0';
    memset(req, 'q', sizeof req - 1);
    req[sizeof req - 1] = '\0';
    sb_busy(route, req);
    ScoreSlot s;
    sb_read(a, &s);
    cr_assert_eq(strlen(s.route), SB_ROUTE_MAX - 1);
    cr_assert_eq(strlen(s.request), SB_REQUEST_MAX - 1);
    sb_busy(NULL, NULL);
    sb_read(a, &s);
    cr_assert_str_eq(s.route, "");
}

Test(scoreboard, no_board_or_slot_is_harmless, .init = fresh)
{
    g_sb_slot = -1;
    sb_busy("x", "y"); /* master / csctl: no own slot */
    sb_idle(1);
    sb_use(NULL);
    SbCounts c = {9, 9, 9};
    sb_counts(&c);
    cr_assert_eq(c.request + c.job + c.scheduler, 0);
    cr_assert_eq(sb_claim(ROLE_JOB, 1), -1);
    ScoreSlot s;
    cr_assert_eq(sb_read(0, &s), -1);
}

Test(scoreboard, counts_live_children_by_role, .init = fresh)
{
    int roles[] = {ROLE_REQUEST, ROLE_REQUEST, ROLE_REQUEST, ROLE_JOB, ROLE_SCHEDULER};
    for (int i = 0; i < 5; i++)
        sb_set_pid(sb_claim(roles[i], 1), 100 + i);
    sb_claim(ROLE_JOB, 1); /* claimed but not forked yet: not alive */
    SbCounts c;
    sb_counts(&c);
    cr_assert_eq(c.request, 3);
    cr_assert_eq(c.job, 1);
    cr_assert_eq(c.scheduler, 1);
    sb_release(sb_find(101));
    sb_counts(&c);
    cr_assert_eq(c.request, 2);
    cr_assert_str_eq(sb_role_name(ROLE_REQUEST), "request");
    cr_assert_str_eq(sb_role_name(ROLE_JOB), "job");
    cr_assert_str_eq(sb_role_name(ROLE_SCHEDULER), "scheduler");
    cr_assert_str_eq(sb_role_name(99), "none");
}

/* The real board is shared memory: what a forked child writes, the parent
 * (the master) sees. */
Test(scoreboard, shared_across_fork)
{
    cr_assert_eq(sb_create(), 0);
    int slot = sb_claim(ROLE_REQUEST, 3);
    int ready[2];
    cr_assert_eq(pipe(ready), 0);
    pid_t pid = fork();
    cr_assert_geq(pid, 0);
    if (pid == 0) {
        g_sb_slot = slot;
        sb_busy("health", "GET /health");
        char b = 1;
        if (write(ready[1], &b, 1) != 1)
            _exit(2);
        pause();
        _exit(0);
    }
    sb_set_pid(slot, pid);
    char b;
    cr_assert_eq(read(ready[0], &b, 1), 1);
    ScoreSlot s;
    sb_read(slot, &s);
    cr_assert_eq(s.stage, STAGE_BUSY);
    cr_assert_str_eq(s.route, "health");
    cr_assert_eq(s.pid, pid);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    sb_release(slot);
    cr_assert_eq(sb_find(pid), -1);
}
