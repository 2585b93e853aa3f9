/* migrate.c — `csctl migrate [--dir sql]`: applies sql/NNN_*.sql in order.
 *
 * Each file runs in its own transaction together with its row in
 * schema_migrations, so a file is either fully applied and recorded or not
 * at all. A session advisory lock serialises hosts that migrate at once: the
 * second one waits, then finds everything recorded and applies nothing.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "csctl.h"
#include "store/db.h"
#include "core/errors.h"

#define MIGRATE_MAX_FILES 1000
#define MIGRATE_MAX_NAME 200
#define MIGRATE_MAX_FILE_BYTES (8 * 1024 * 1024)
/* Any fixed number works: every csctl migrate takes the same key. */
#define MIGRATE_LOCK_KEY "7302010001"

/* "NNN_<name>.sql": three digits, an underscore, a name, the suffix. */
static int is_migration_name(const char *name)
{
    size_t n = strlen(name);
    if (n < 9 || n >= MIGRATE_MAX_NAME)
        return 0;
    for (int i = 0; i < 3; i++)
        if (name[i] < '0' || name[i] > '9')
            return 0;
    return name[3] == '_' && strcmp(name + n - 4, ".sql") == 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists migration file names in dir, sorted. *out is malloc'd (caller frees
 * each name and the array). Returns the count, or a negative ErrCode. */
static int list_migrations(const char *dir, char ***out)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "csctl migrate: cannot open %s: %s\n", dir, strerror(errno));
        return ERR_IO;
    }
    char **names = calloc(MIGRATE_MAX_FILES, sizeof *names);
    int count = 0, rc = 0;
    if (!names)
        abort();
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!is_migration_name(e->d_name))
            continue;
        if (count == MIGRATE_MAX_FILES) {
            fprintf(stderr, "csctl migrate: more than %d migrations in %s\n", MIGRATE_MAX_FILES, dir);
            rc = ERR_TOO_LARGE;
            break;
        }
        names[count] = strdup(e->d_name);
        if (!names[count])
            abort();
        count++;
    }
    closedir(d);
    qsort(names, (size_t)count, sizeof *names, cmp_names);
    *out = names;
    return rc ? rc : count;
}

static int read_file(const char *path, Buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "csctl migrate: cannot read %s: %s\n", path, strerror(errno));
        return ERR_IO;
    }
    char chunk[8192];
    size_t n;
    int rc = 0;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        rc = buf_append(out, chunk, n);
        if (rc) {
            fprintf(stderr, "csctl migrate: %s is larger than %d bytes\n", path, MIGRATE_MAX_FILE_BYTES);
            break;
        }
    }
    if (!rc && ferror(f)) {
        fprintf(stderr, "csctl migrate: error reading %s\n", path);
        rc = ERR_IO;
    }
    fclose(f);
    return rc;
}

/* 1 when version is recorded, 0 when not, negative ErrCode on failure. */
static int is_applied(const char *version)
{
    PGresult *r = NULL;
    const char *params[] = {version};
    int rc = db_exec(NULL, &r, "SELECT 1 FROM schema_migrations WHERE version = $1", 1, params);
    if (rc)
        return rc;
    int found = PQntuples(r) > 0;
    PQclear(r);
    return found;
}

/* Runs one file and records it, in one transaction. */
static int apply_one(const char *dir, const char *name, const char *version)
{
    char path[4096];
    Buf sql;
    PGresult *r = NULL;
    int rc = 0;
    buf_init(&sql, MIGRATE_MAX_FILE_BYTES);

    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, name) >= sizeof path) {
        rc = ERR_TOO_LARGE;
        goto cleanup;
    }
    rc = read_file(path, &sql);
    if (rc)
        goto cleanup;
    if (sql.len == 0 || memchr(sql.data, '\0', sql.len)) {
        fprintf(stderr, "csctl migrate: %s is empty or contains NUL bytes\n", path);
        rc = ERR_INVALID;
        goto cleanup;
    }
    rc = db_begin();
    if (rc)
        goto cleanup;
    /* A migration file holds many statements, which only the simple query
     * protocol (PQexec) accepts. This is the one place PQexec runs SQL text:
     * the text is the repository's own file, never anything from input. */
    r = PQexec(db_conn(), sql.data);
    ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        fprintf(stderr, "csctl migrate: %s failed: %s", name,
                r ? PQresultErrorMessage(r) : PQerrorMessage(db_conn()));
        rc = ERR_INTERNAL;
        goto cleanup;
    }
    const char *params[] = {version};
    rc = db_exec(NULL, NULL, "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())", 1,
                 params);
    if (rc) {
        fprintf(stderr, "csctl migrate: recording %s failed: %s\n", version, db_last_error());
        goto cleanup;
    }
    rc = db_commit();
    if (rc)
        fprintf(stderr, "csctl migrate: commit of %s failed: %s\n", name, db_last_error());

cleanup:
    if (r)
        PQclear(r);
    if (rc)
        db_rollback();
    buf_free(&sql);
    return rc;
}

int csctl_migrate(int argc, char **argv)
{
    const char *dir = "sql";
    char **names = NULL;
    const char *key[] = {MIGRATE_LOCK_KEY};
    int count = 0, applied = 0, rc = 0, locked = 0;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--dir") == 0 && i + 1 < argc) {
            dir = argv[++i];
        } else {
            fprintf(stderr, "usage: csctl migrate [--dir sql]\n");
            return 2;
        }
    }
    count = list_migrations(dir, &names);
    if (count < 0) {
        rc = count;
        count = 0;
        goto cleanup;
    }
    /* Session lock: held across the per-file transactions below. */
    rc = db_exec(NULL, NULL, "SELECT pg_advisory_lock($1::bigint)", 1, key);
    if (rc) {
        fprintf(stderr, "csctl migrate: cannot take the migration lock: %s\n", db_last_error());
        goto cleanup;
    }
    locked = 1;
    /* "already exists, skipping" notices are noise on every re-run. */
    db_exec0("SET client_min_messages = warning");
    rc = db_exec0("CREATE TABLE IF NOT EXISTS schema_migrations ("
                  "version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
    if (rc) {
        fprintf(stderr, "csctl migrate: cannot create schema_migrations: %s\n", db_last_error());
        goto cleanup;
    }
    for (int i = 0; i < count; i++) {
        char version[MIGRATE_MAX_NAME];
        size_t n = strlen(names[i]) - 4; /* without ".sql" */
        memcpy(version, names[i], n);
        version[n] = '\0';
        rc = is_applied(version);
        if (rc < 0) {
            fprintf(stderr, "csctl migrate: cannot read schema_migrations: %s\n", db_last_error());
            goto cleanup;
        }
        if (rc == 1) {
            rc = 0;
            continue;
        }
        rc = apply_one(dir, names[i], version);
        if (rc)
            goto cleanup;
        printf("applied %s\n", names[i]);
        applied++;
    }
    if (applied == 0)
        printf("migrations up to date (%d files)\n", count);
    else
        printf("applied %d migration(s)\n", applied);

cleanup:
    if (locked)
        db_exec(NULL, NULL, "SELECT pg_advisory_unlock($1::bigint)", 1, key);
    for (int i = 0; i < count; i++)
        free(names[i]);
    free(names);
    fflush(stdout);
    return rc ? 1 : 0;
}
