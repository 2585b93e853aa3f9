/* csdMain.c — the production csd: the production tables only (app/app.h). */
#include "server/csd.h"

int main(int argc, char **argv) { return csd_main(argc, argv); }
