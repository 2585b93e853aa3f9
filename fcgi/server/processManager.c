/* processManager.c — the csd master (see processManager.h). */
#include "server/processManager.h"

#include <errno.h>
#include <fcgiapp.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/config.h"
#include "core/errors.h"
#include "server/jobWorker.h"
#include "core/log.h"
#include "core/metrics.h"
#include "store/dbUrl.h"
#include "server/requestWorker.h"
#include "server/scheduler.h"
#include "server/scoreboard.h"

extern char **environ;

/* What the master knows about each child, indexed like the scoreboard. */
typedef struct Child {
    pid_t pid;          /* 0 = unused */
    int role;
    int generation;
    int64_t started_ms;
    int64_t term_sent_ms;  /* deadline SIGTERM sent (0 = not yet) */
    int kill_sent;
    int quit_sent;         /* retired (reload / stop): do not count it */
    int killed_by_master;  /* its death is not a crash */
} Child;

typedef enum PmState { PM_RUNNING = 0, PM_STOPPING = 1 } PmState;

static Child g_children[SB_MAX_SLOTS];
static int g_pipe[2] = {-1, -1};
static int g_listen_fd = -1;
static char g_socket_path[512];
static PmState g_state = PM_RUNNING;
static int g_generation = 1;
static int64_t g_stop_deadline_ms;
static int g_stop_killed;
static int64_t g_crash_times[PM_CRASH_THRESHOLD + 1];
static int g_crash_next;
static int64_t g_paused_until_ms;
static int64_t g_role_hold_until_ms[4];
static int g_role_init_failures[4];
static char **g_saved_env;
static char *g_title_area;
static size_t g_title_len;

volatile sig_atomic_t g_pm_child_stop;
static volatile sig_atomic_t g_child_reopen;
static void (*g_child_on_stop)(void);

/* ------------------------------------------------------------------ */
/* Titles and environment                                              */

void pm_set_title(const char *title)
{
    prctl(PR_SET_NAME, title, 0, 0, 0);
    size_t n = strlen(title);
    if (g_title_area && n < g_title_len) {
        memset(g_title_area, 0, g_title_len);
        memcpy(g_title_area, title, n);
    }
}

static void remember_argv(int argc, char **argv)
{
    if (argc < 1 || !argv[0])
        return;
    /* argv strings are contiguous: the area runs to the end of the last. */
    char *end = argv[0] + strlen(argv[0]) + 1;
    for (int i = 1; i < argc && argv[i] == end; i++)
        end = argv[i] + strlen(argv[i]) + 1;
    g_title_area = argv[0];
    g_title_len = (size_t)(end - argv[0]);
}

void pm_save_environment(void)
{
    size_t n = 0;
    while (environ && environ[n])
        n++;
    g_saved_env = calloc(n + 1, sizeof *g_saved_env);
    if (!g_saved_env)
        abort();
    for (size_t i = 0; i < n; i++) {
        g_saved_env[i] = strdup(environ[i]);
        if (!g_saved_env[i])
            abort();
    }
}

static void restore_environment(void)
{
    if (!g_saved_env)
        return;
    clearenv();
    for (size_t i = 0; g_saved_env[i]; i++)
        putenv(g_saved_env[i]); /* the saved strings live forever */
}

/* ------------------------------------------------------------------ */
/* Signals                                                             */

static void master_handler(int sig)
{
    int saved = errno;
    unsigned char b = (unsigned char)sig;
    ssize_t w = write(g_pipe[1], &b, 1); /* full pipe: a wake-up is already pending */
    (void)w;
    errno = saved;
}

static void install(int sig, void (*fn)(int))
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: blocking calls return EINTR */
    sigaction(sig, &sa, NULL);
}

static void master_signals(void)
{
    int sigs[] = {SIGCHLD, SIGTERM, SIGQUIT, SIGINT, SIGHUP, SIGUSR1};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        install(sigs[i], master_handler);
    install(SIGPIPE, SIG_IGN);
    install(SIGUSR2, SIG_IGN);
}

static void child_stop_handler(int sig)
{
    (void)sig;
    g_pm_child_stop = 1;
    if (g_child_on_stop)
        g_child_on_stop();
}

static void child_usr1_handler(int sig)
{
    (void)sig;
    g_child_reopen = 1;
}

void pm_child_signals(void (*on_stop)(void))
{
    g_child_on_stop = on_stop;
    install(SIGTERM, child_stop_handler);
    install(SIGQUIT, child_stop_handler);
    install(SIGINT, child_stop_handler);
    install(SIGUSR1, child_usr1_handler);
    install(SIGHUP, SIG_IGN);
    install(SIGPIPE, SIG_IGN);
    install(SIGUSR2, SIG_IGN);
    install(SIGCHLD, SIG_DFL);
}

void pm_child_check_signals(void)
{
    if (g_child_reopen) {
        g_child_reopen = 0;
        if (log_reopen() != 0)
            log_msg(LOG_ERROR, "log reopen failed: %s", strerror(errno));
    }
}

/* ------------------------------------------------------------------ */
/* Socket                                                              */

static int make_parent_dir(const char *path)
{
    char dir[sizeof g_socket_path];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir)
        return 0;
    *slash = '\0';
    /* mkdir -p, one component at a time. */
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        if (mkdir(dir, 0755) != 0 && errno != EEXIST)
            return ERR_IO;
        *p = '/';
    }
    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return ERR_IO;
    return 0;
}

/* 1 when something accepts connections on path (another csd), 0 if not. */
static int socket_in_use(const char *path)
{
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof sa.sun_path)
        return 0;
    memcpy(sa.sun_path, path, strlen(path));
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    int ok = connect(fd, (struct sockaddr *)&sa, sizeof sa) == 0;
    close(fd);
    return ok;
}

static int open_socket(const char *path)
{
    struct sockaddr_un probe;
    if (strlen(path) >= sizeof probe.sun_path || strlen(path) >= sizeof g_socket_path) {
        log_msg(LOG_ERROR, "socket path too long: %s", path);
        return ERR_INVALID;
    }
    snprintf(g_socket_path, sizeof g_socket_path, "%s", path);
    if (make_parent_dir(path) != 0) {
        log_msg(LOG_ERROR, "mkdir() for socket %s failed: %s", path, strerror(errno));
        return ERR_IO;
    }
    struct stat st;
    if (lstat(path, &st) == 0) {
        if (!S_ISSOCK(st.st_mode)) {
            log_msg(LOG_ERROR, "%s exists and is not a socket; refusing to remove it", path);
            return ERR_IO;
        }
        if (socket_in_use(path)) {
            log_msg(LOG_ERROR, "another process is listening on %s", path);
            return ERR_IO;
        }
        unlink(path); /* stale, from a csd that did not stop cleanly */
    }
    int fd = FCGX_OpenSocket(path, PM_SOCKET_BACKLOG);
    if (fd < 0) {
        log_msg(LOG_ERROR, "FCGX_OpenSocket(%s) failed: %s", path, strerror(errno));
        return ERR_IO;
    }
    /* nginx workers run as another user: they must be able to connect. */
    if (chmod(path, 0666) != 0)
        log_msg(LOG_WARN, "chmod() on %s failed: %s", path, strerror(errno));
    g_listen_fd = fd;
    return 0;
}

static void close_socket(void)
{
    if (g_listen_fd >= 0)
        close(g_listen_fd);
    g_listen_fd = -1;
    if (g_socket_path[0])
        unlink(g_socket_path);
}

/* ------------------------------------------------------------------ */
/* Children                                                            */

static const char *role_title(int role)
{
    switch (role) {
    case ROLE_REQUEST: return "csd-request";
    case ROLE_JOB: return "csd-job";
    default: return "csd-sched";
    }
}

static int role_target(int role)
{
    switch (role) {
    case ROLE_REQUEST: return g_config.request_workers;
    case ROLE_JOB: return g_config.job_workers;
    case ROLE_SCHEDULER: return 1;
    default: return 0;
    }
}

/* Runs in the child right after fork(); never returns. */
static void child_main(int slot, pid_t master, int role)
{
    g_sb_slot = slot;
    /* If the master is SIGKILLed, its children stop instead of lingering
     * on the socket with nobody to supervise them. */
    prctl(PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
    if (getppid() != master)
        exit(0);
    close(g_pipe[0]);
    close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
    pm_set_title(role_title(role));
    log_set_role(sb_role_name(role));
    int rc;
    if (role == ROLE_REQUEST) {
        rc = request_worker_main(g_listen_fd);
    } else {
        close(g_listen_fd); /* only request workers accept */
        rc = role == ROLE_JOB ? job_worker_main() : scheduler_main();
    }
    exit(rc);
}

static int spawn(int role)
{
    int slot = sb_claim((ChildRole)role, g_generation);
    if (slot < 0) {
        log_msg(LOG_ERROR, "scoreboard full: cannot start a %s worker", sb_role_name(role));
        return ERR_INTERNAL;
    }
    sigset_t all, old;
    sigfillset(&all);
    /* Blocked across fork() so the child cannot run the master's handlers
     * before it has installed its own (FPM does the same). */
    sigprocmask(SIG_BLOCK, &all, &old);
    pid_t master = getpid();
    pid_t pid = fork();
    if (pid == 0) {
        pm_child_signals(NULL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        child_main(slot, master, role);
    }
    int saved = errno;
    if (pid > 0) {
        sb_set_pid(slot, pid);
        Child *c = &g_children[slot];
        memset(c, 0, sizeof *c);
        c->pid = pid;
        c->role = role;
        c->generation = g_generation;
        c->started_ms = sb_now_ms();
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (pid < 0) {
        sb_release(slot);
        log_msg(LOG_ERROR, "fork() failed: %s", strerror(saved));
        return ERR_IO;
    }
    log_kv(LOG_INFO, "started child", "child_pid=%d child_role=%s generation=%d", (int)pid,
           sb_role_name(role), g_generation);
    return 0;
}

/* Live children of a role in the current generation that are not retiring. */
static int count_current(int role)
{
    int n = 0;
    for (int i = 0; i < SB_MAX_SLOTS; i++) {
        const Child *c = &g_children[i];
        if (c->pid && c->role == role && c->generation == g_generation && !c->quit_sent &&
            !c->term_sent_ms)
            n++;
    }
    return n;
}

static int count_alive(void)
{
    int n = 0;
    for (int i = 0; i < SB_MAX_SLOTS; i++)
        if (g_children[i].pid)
            n++;
    return n;
}

static void signal_children(int sig, int only_older_than_generation, int role)
{
    for (int i = 0; i < SB_MAX_SLOTS; i++) {
        Child *c = &g_children[i];
        if (!c->pid)
            continue;
        if (only_older_than_generation && c->generation >= g_generation)
            continue;
        if (role != ROLE_NONE && c->role != role)
            continue;
        kill(c->pid, sig);
        if (sig == SIGQUIT || sig == SIGTERM)
            c->quit_sent = 1;
        if (sig == SIGKILL)
            c->killed_by_master = 1;
    }
}

/* Starts missing children unless respawning is on hold. */
static void maintain(void)
{
    if (g_state != PM_RUNNING)
        return;
    int64_t now = sb_now_ms();
    if (now < g_paused_until_ms)
        return;
    int roles[] = {ROLE_REQUEST, ROLE_JOB, ROLE_SCHEDULER};
    for (size_t r = 0; r < 3; r++) {
        int role = roles[r];
        if (now < g_role_hold_until_ms[role])
            continue;
        for (int n = count_current(role); n < role_target(role); n++)
            if (spawn(role) != 0)
                break;
    }
    /* Reload, one generation at a time: old children of a role retire once
     * the new generation of that role is complete. */
    for (size_t r = 0; r < 3; r++) {
        int role = roles[r];
        if (count_current(role) >= role_target(role))
            for (int i = 0; i < SB_MAX_SLOTS; i++) {
                Child *c = &g_children[i];
                if (c->pid && c->role == role && c->generation < g_generation && !c->quit_sent) {
                    kill(c->pid, SIGQUIT);
                    c->quit_sent = 1;
                }
            }
    }
}

/* Appends ` route=... request="..."` for a child that was busy. */
static void busy_suffix(int slot, char *out, size_t n)
{
    out[0] = '\0';
    ScoreSlot s;
    if (sb_read(slot, &s) != 0 || s.stage != STAGE_BUSY)
        return;
    char req[SB_REQUEST_MAX];
    size_t k = 0;
    for (const char *p = s.request; *p && k + 1 < sizeof req; p++)
        req[k++] = (*p == '"' || *p == '\\' || (unsigned char)*p < 0x20) ? '_' : *p;
    req[k] = '\0';
    char route[SB_ROUTE_MAX];
    k = 0;
    for (const char *p = s.route; *p && k + 1 < sizeof route; p++)
        route[k++] = (*p == ' ' || *p == '"' || (unsigned char)*p < 0x20) ? '_' : *p;
    route[k] = '\0';
    snprintf(out, n, " route=%s request=\"%s\" busy_ms=%lld", route[0] ? route : "-", req,
             (long long)(sb_now_ms() - s.busy_since_ms));
}

static void note_crash(void)
{
    int64_t now = sb_now_ms();
    g_crash_times[g_crash_next] = now;
    g_crash_next = (g_crash_next + 1) % (PM_CRASH_THRESHOLD + 1);
    /* The oldest of the last THRESHOLD+1 crashes is still inside the window. */
    int64_t oldest = g_crash_times[g_crash_next];
    if (oldest && now - oldest <= PM_CRASH_INTERVAL_S * 1000LL && now >= g_paused_until_ms) {
        g_paused_until_ms = now + PM_CRASH_BACKOFF_S * 1000LL;
        log_kv(LOG_ERROR,
               "CRASH LOOP: too many children died abnormally; respawning stopped for a while",
               "crashes=%d interval_s=%d backoff_s=%d", PM_CRASH_THRESHOLD + 1, PM_CRASH_INTERVAL_S,
               PM_CRASH_BACKOFF_S);
    }
}

static void reap(void)
{
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
        int slot = -1;
        for (int i = 0; i < SB_MAX_SLOTS; i++)
            if (g_children[i].pid == pid)
                slot = i;
        if (slot < 0)
            continue;
        Child c = g_children[slot];
        int64_t now = sb_now_ms();
        double uptime = (double)(now - c.started_ms) / 1000.0;
        char busy[256];
        busy_suffix(slot, busy, sizeof busy);
        g_children[slot].pid = 0;
        sb_release(slot);

        const char *role = sb_role_name(c.role);
        if (WIFEXITED(status)) {
            int code = WEXITSTATUS(status);
            LogLevel lvl = code == 0 ? LOG_INFO : LOG_WARN;
            log_kv(lvl, "child exited", "child_pid=%d child_role=%s exit_code=%d uptime_s=%.1f%s",
                   (int)pid, role, code, uptime, busy);
            if (code == CHILD_EXIT_INIT_FAILED) {
                int f = g_role_init_failures[c.role] < 6 ? g_role_init_failures[c.role]++ : 6;
                int hold = 1 << f; /* 1, 2, 4 ... 64 s */
                if (hold > 60)
                    hold = 60;
                g_role_hold_until_ms[c.role] = now + hold * 1000LL;
                log_kv(LOG_ERROR, "child failed to initialize; delaying respawn",
                       "child_role=%s hold_s=%d", role, hold);
            } else if (code != 0 && !c.killed_by_master) {
                note_crash();
                metrics_inc(MET_WORKER_RESTART, role, "exit");
            } else if (uptime > 10) {
                g_role_init_failures[c.role] = 0;
            }
        } else if (WIFSIGNALED(status)) {
            int sig = WTERMSIG(status);
            log_kv(c.killed_by_master || c.quit_sent ? LOG_WARN : LOG_ERROR, "child exited on signal",
                   "child_pid=%d child_role=%s signal=%d signame=%s core=%d uptime_s=%.1f%s", (int)pid,
                   role, sig, sigabbrev_np(sig) ? sigabbrev_np(sig) : "?", WCOREDUMP(status) ? 1 : 0,
                   uptime, busy);
            if (!c.killed_by_master) {
                note_crash();
                metrics_inc(MET_WORKER_RESTART, role, "signal");
            } else if (c.role == ROLE_REQUEST && !c.quit_sent) {
                metrics_inc(MET_WORKER_RESTART, role, "request_timeout");
            }
        }
    }
}

/* Request deadline (FPM request_terminate_timeout). */
static void check_timeouts(void)
{
    int64_t now = sb_now_ms();
    int64_t limit = (int64_t)g_config.request_timeout_seconds * 1000;
    for (int i = 0; i < SB_MAX_SLOTS; i++) {
        Child *c = &g_children[i];
        if (!c->pid || c->role != ROLE_REQUEST)
            continue;
        if (c->term_sent_ms) {
            if (!c->kill_sent && now - c->term_sent_ms >= PM_KILL_GRACE_S * 1000LL) {
                log_kv(LOG_ERROR, "request worker still running after SIGTERM; sending SIGKILL",
                       "child_pid=%d", (int)c->pid);
                kill(c->pid, SIGKILL);
                c->kill_sent = 1;
            }
            continue;
        }
        ScoreSlot s;
        if (sb_read(i, &s) != 0 || s.stage != STAGE_BUSY || s.busy_since_ms == 0)
            continue;
        if (now - s.busy_since_ms <= limit)
            continue;
        char busy[256];
        busy_suffix(i, busy, sizeof busy);
        log_kv(LOG_ERROR, "request exceeded CSD_REQUEST_TIMEOUT_SECONDS; terminating its worker",
               "child_pid=%d timeout_s=%d%s", (int)c->pid, g_config.request_timeout_seconds, busy);
        kill(c->pid, SIGTERM);
        c->term_sent_ms = now;
        c->killed_by_master = 1;
    }
}

/* ------------------------------------------------------------------ */
/* Reload and stop                                                     */

static void reload(void)
{
    Config fresh;
    char err[256] = "";
    restore_environment();
    if (config_load(&fresh, ".env", err, sizeof err) != 0 || db_url_apply(&fresh.database_url, err, sizeof err) != 0) {
        log_kv(LOG_ERROR, "reload failed: configuration error; keeping the running configuration",
               "error=\"%s\"", err);
        return;
    }
    if (strcmp(fresh.fcgi_socket, g_socket_path) != 0)
        log_msg(LOG_WARN, "CSD_SOCKET changed to %s; a reload keeps %s (restart to move it)",
                fresh.fcgi_socket, g_socket_path);
    fresh.fcgi_socket = g_config.fcgi_socket;
    int log_changed = strcmp(fresh.log_file, g_config.log_file) != 0;
    g_config = fresh; /* the old strings leak by design: children may still point at them */
    if (log_changed && log_open(g_config.log_file) != 0)
        log_msg(LOG_ERROR, "cannot open log file %s: %s", g_config.log_file, strerror(errno));
    log_set_level((LogLevel)log_level_parse(g_config.log_level));
    g_generation++;
    g_paused_until_ms = 0;
    memset(g_role_hold_until_ms, 0, sizeof g_role_hold_until_ms);
    log_kv(LOG_INFO, "reloading: starting a new generation of children", "generation=%d request_workers=%d job_workers=%d",
           g_generation, g_config.request_workers, g_config.job_workers);
}

static void begin_stop(int sig)
{
    if (g_state == PM_STOPPING)
        return;
    g_state = PM_STOPPING;
    int64_t timeout_s = PM_STOP_TIMEOUT_S + g_config.request_timeout_seconds;
    g_stop_deadline_ms = sb_now_ms() + timeout_s * 1000;
    log_kv(LOG_INFO, "stopping: children finish their current work", "signal=%s children=%d timeout_s=%lld",
           sigabbrev_np(sig) ? sigabbrev_np(sig) : "?", count_alive(), (long long)timeout_s);
    signal_children(SIGTERM, 0, ROLE_NONE);
    /* Stop accepting in the master too: nginx gets a refused connection
     * (502) rather than a hang once the last worker is gone. */
    close_socket();
}

static void handle_signals(void)
{
    unsigned char buf[64];
    ssize_t n;
    while ((n = read(g_pipe[0], buf, sizeof buf)) > 0) {
        for (ssize_t i = 0; i < n; i++) {
            int sig = buf[i];
            switch (sig) {
            case SIGTERM:
            case SIGQUIT:
            case SIGINT:
                begin_stop(sig);
                break;
            case SIGHUP:
                if (g_state == PM_RUNNING)
                    reload();
                break;
            case SIGUSR1:
                if (log_reopen() != 0)
                    log_msg(LOG_ERROR, "log reopen failed: %s", strerror(errno));
                log_msg(LOG_INFO, "log reopened (SIGUSR1); forwarding to children");
                signal_children(SIGUSR1, 0, ROLE_NONE);
                break;
            default:
                break; /* SIGCHLD: reap() runs every loop */
            }
        }
    }
}

int pm_run(int argc, char **argv)
{
    remember_argv(argc, argv);
    pm_set_title("csd-master");
    log_set_role("master");
    if (sb_create() != 0) {
        log_msg(LOG_ERROR, "mmap() for the scoreboard failed: %s", strerror(errno));
        return 1;
    }
    if (metrics_init_shared() != 0) {
        log_msg(LOG_ERROR, "mmap() for the metrics failed: %s", strerror(errno));
        return 1;
    }
    if (pipe2(g_pipe, O_NONBLOCK | O_CLOEXEC) != 0) {
        log_msg(LOG_ERROR, "pipe2() failed: %s", strerror(errno));
        return 1;
    }
    if (open_socket(g_config.fcgi_socket) != 0)
        return 1;
    master_signals();
    log_kv(LOG_INFO, "csd master started", "socket=%s request_workers=%d job_workers=%d max_requests=%d timeout_s=%d",
           g_socket_path, g_config.request_workers, g_config.job_workers, g_config.max_requests,
           g_config.request_timeout_seconds);

    for (;;) {
        handle_signals();
        reap();
        if (g_state == PM_STOPPING) {
            if (count_alive() == 0)
                break;
            if (!g_stop_killed && sb_now_ms() >= g_stop_deadline_ms) {
                log_kv(LOG_WARN, "stop timeout: killing the remaining children", "children=%d",
                       count_alive());
                signal_children(SIGKILL, 0, ROLE_NONE);
                g_stop_killed = 1;
            }
        } else {
            maintain();
            check_timeouts();
        }
        struct pollfd pfd = {.fd = g_pipe[0], .events = POLLIN};
        poll(&pfd, 1, 1000); /* the tick: deadlines, stop escalation, held respawns */
    }
    close_socket();
    log_msg(LOG_INFO, "csd master stopped");
    return 0;
}
