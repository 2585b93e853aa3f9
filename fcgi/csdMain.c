/* csdMain.c — PLACEHOLDER entry point until the process manager lands. */
#include <stdio.h>

int main(void)
{
    fprintf(stderr, "csd: process manager not built yet\n");
    return 1;
}
