/* trivialResponder.c — the benchmark's baseline: the smallest libfcgi
 * responder (pre-forked, answers "ok"), so `make bench` can show what
 * nginx + FastCGI alone can do on this machine next to csd's figures. */
#include <fcgiapp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: trivialResponder <socket> [processes]\n");
        return 2;
    }
    int procs = argc > 2 ? (int)strtol(argv[2], NULL, 10) : 2;
    unlink(argv[1]);
    FCGX_Init();
    int sock = FCGX_OpenSocket(argv[1], 1024);
    if (sock < 0)
        return 1;
    for (int i = 0; i < procs; i++) {
        if (fork() == 0) {
            FCGX_Request req;
            FCGX_InitRequest(&req, sock, 0);
            while (FCGX_Accept_r(&req) >= 0) {
                FCGX_PutS("Status: 200 OK\r\nContent-Type: text/plain\r\n\r\nok", req.out);
                FCGX_Finish_r(&req);
            }
            _exit(0);
        }
    }
    while (wait(NULL) > 0)
        ;
    return 0;
}
