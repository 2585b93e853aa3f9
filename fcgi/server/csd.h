/* csd.h — the csd command (options, configuration, then the process
 * manager), callable from a main() so that the test build can add its
 * tables first (app/app.h). */
#ifndef CS_CSD_H
#define CS_CSD_H

/* `csd [-t] [--help]`: returns the process exit status. */
int csd_main(int argc, char **argv);

#endif
