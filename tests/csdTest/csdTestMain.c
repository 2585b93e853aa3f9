/* csdTestMain.c — build/csdTest: csd with the test-only routes and job
 * kinds of testRegistry.h. The integration harness runs this binary; it is
 * never installed or deployed. */
#include "server/csd.h"
#include "testRegistry.h"

int main(int argc, char **argv)
{
    app_add_tables(&TEST_TABLES);
    return csd_main(argc, argv);
}
