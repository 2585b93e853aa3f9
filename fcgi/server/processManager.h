/* processManager.h — the csd master, in the manner of PHP-FPM.
 *
 * The master opens the FastCGI unix socket, maps the scoreboard, pre-forks
 * CSD_REQUEST_WORKERS request workers, CSD_JOB_WORKERS job workers and one
 * scheduler, and from then on only supervises: it holds no database
 * connection. Its signal handlers write one byte to a self-pipe; the loop
 * (woken by that pipe or a ~1 s tick) does the work:
 *
 *   SIGCHLD          reap (waitpid WNOHANG), log exit code/signal, uptime and
 *                    the route the child was serving, respawn (RUNNING only).
 *   SIGTERM/QUIT/INT graceful stop: children get SIGTERM and finish their
 *                    current request/job; SIGKILL after PM_STOP_TIMEOUT_S
 *                    (plus the request timeout); socket removed; exit 0.
 *   SIGHUP           reload: re-read the environment and .env, start a new
 *                    generation of children, then SIGQUIT the old one (each
 *                    finishes its current request). The socket path is not
 *                    changed by a reload (restart for that).
 *   SIGUSR1          reopen the log file (logrotate), forwarded to children.
 *
 * Each ~1 s tick kills a request worker busy longer than
 * CSD_REQUEST_TIMEOUT_SECONDS (SIGTERM, then SIGKILL after PM_KILL_GRACE_S)
 * and logs its route. Crash-loop breaker: more than PM_CRASH_THRESHOLD
 * abnormal exits within PM_CRASH_INTERVAL_S stop all respawning for
 * PM_CRASH_BACKOFF_S. A child that exits with CHILD_EXIT_INIT_FAILED is
 * not respawned before a delay that doubles per failure (max 60 s).
 *
 * Process names (prctl PR_SET_NAME, so /proc/<pid>/comm, `ps -o comm`,
 * `pgrep -x`): "csd-master", "csd-request", "csd-job", "csd-sched". The
 * argv[0] area (`ps -o args`) is overwritten with the same name when it
 * fits there. Test harnesses identify roles by /proc/<pid>/comm.
 */
#ifndef CS_PROCESS_MANAGER_H
#define CS_PROCESS_MANAGER_H

#include <signal.h>

/* Exit code of a child whose initialisation failed (sysexits EX_CONFIG):
 * the master delays its respawn instead of looping. */
#define CHILD_EXIT_INIT_FAILED 78

#define PM_CRASH_THRESHOLD 10
#define PM_CRASH_INTERVAL_S 60
#define PM_CRASH_BACKOFF_S 30
#define PM_KILL_GRACE_S 3
#define PM_STOP_TIMEOUT_S 10
#define PM_SOCKET_BACKLOG 511

/* Copies the process environment as it is now, before config_load() adds
 * the .env values, so that a reload can read .env afresh. Call first in
 * main(). */
void pm_save_environment(void);

/* Runs the master until it is stopped. argv is kept for process titles.
 * Returns the process exit code (0 after a graceful stop, 1 when the
 * socket or the scoreboard cannot be set up). */
int pm_run(int argc, char **argv);

/* --- for the children (request, job, scheduler) --- */

/* Set by SIGTERM/SIGQUIT/SIGINT in a child: finish the current work, leave. */
extern volatile sig_atomic_t g_pm_child_stop;

/* Installs the child's handlers (no SA_RESTART, so blocking calls return
 * EINTR): TERM/QUIT/INT set g_pm_child_stop and call on_stop (which must
 * be async-signal-safe; may be NULL), USR1 asks for a log reopen, HUP and
 * PIPE are ignored. */
void pm_child_signals(void (*on_stop)(void));

/* Reopens the log if SIGUSR1 arrived since the last call. Children call
 * it in their loops. */
void pm_child_check_signals(void);

/* Sets the process name (PR_SET_NAME, at most 15 bytes) and, when it
 * fits, the argv[0] area. */
void pm_set_title(const char *title);

#endif
