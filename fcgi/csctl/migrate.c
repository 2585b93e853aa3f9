/* migrate.c — PLACEHOLDER: `csctl migrate` (the stack work implements it). */
#include <stdio.h>

#include "csctl.h"

int csctl_migrate(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "csctl migrate: not implemented yet\n");
    return 1;
}
