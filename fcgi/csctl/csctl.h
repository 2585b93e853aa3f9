/* csctl.h — the operator CLI's subcommands. Each lives in its own file in
 * fcgi/csctl/ and returns a process exit code (0 ok, 1 failure, 2 usage). */
#ifndef CS_CSCTL_H
#define CS_CSCTL_H

typedef int (*CsctlFn)(int argc, char **argv);

typedef struct CsctlCommand {
    const char *name;
    const char *usage;     /* one line: arguments */
    const char *summary;   /* one line: what it does */
    int needs_db;          /* 1: connect to DATABASE_URL before running */
    CsctlFn fn;
} CsctlCommand;

/* --- stack: migrate.c --- */
int csctl_migrate(int argc, char **argv);
/* --- api: agentCmd.c --- */
int csctl_agent(int argc, char **argv);
int csctl_token(int argc, char **argv);
/* --- triage: triageCmd.c --- */
int csctl_triage_train(int argc, char **argv);
int csctl_triage_eval(int argc, char **argv);
int csctl_triage(int argc, char **argv);
/* --- gmail: gmailCmd.c --- */
int csctl_gmail(int argc, char **argv);
/* --- procman: jobCmd.c --- */
int csctl_job(int argc, char **argv);
/* --- calls: callsCmd.c --- */
int csctl_calls(int argc, char **argv);

/* --- dashboard: reportCmd.c --- */
int csctl_report(int argc, char **argv);
int csctl_reports(int argc, char **argv);

#endif
