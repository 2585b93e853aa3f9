/* replayMain.c — runs a fuzz target over files without libFuzzer, so a
 * gcc build (make tests) can replay the seed corpora and past crashes.
 * Usage: <name>Replay FILE|DIR... ; exit 0 when every input passed (a
 * finding aborts the process). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/buf.h"
#include "fuzz.h"

#define REPLAY_MAX_INPUT (64u * 1024u * 1024u)

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return -1;
    }
    Buf b;
    buf_init(&b, REPLAY_MAX_INPUT);
    char tmp[65536];
    size_t n;
    int rc = 0;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (buf_append(&b, tmp, n) != 0) {
            fprintf(stderr, "%s: larger than %u bytes\n", path, REPLAY_MAX_INPUT);
            rc = -1;
            break;
        }
    fclose(f);
    if (rc == 0)
        (void)LLVMFuzzerTestOneInput((const uint8_t *)(b.data ? b.data : ""), b.len);
    buf_free(&b);
    return rc;
}

static int run_path(const char *path, int *count)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        (*count)++;
        return run_file(path);
    }
    DIR *d = opendir(path);
    if (!d) {
        perror(path);
        return -1;
    }
    int rc = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char sub[4096];
        snprintf(sub, sizeof sub, "%s/%s", path, de->d_name);
        if (run_path(sub, count) != 0)
            rc = -1;
    }
    closedir(d);
    return rc;
}

int main(int argc, char **argv)
{
    int rc = 0, count = 0;
    for (int i = 1; i < argc; i++)
        if (run_path(argv[i], &count) != 0)
            rc = 1;
    printf("%s: %d input(s) replayed%s\n", argv[0], count, rc ? " (with read errors)" : "");
    return rc;
}
