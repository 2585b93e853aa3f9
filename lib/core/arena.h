/* arena.h — a region allocator: one per request (or job), freed in one call.
 *
 * Allocation never returns NULL: on out-of-memory the process aborts, like
 * redis' zmalloc — a worker that cannot allocate is respawned by the master.
 * Non-memory resources (PGresult, json_object, curl lists) are attached with
 * arena_add_cleanup() and released, in reverse order, by arena_destroy().
 * Build with -DARENA_DEBUG to malloc every allocation separately so that
 * ASan and valgrind see overflows between allocations.
 */
#ifndef CS_ARENA_H
#define CS_ARENA_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Arena Arena;
typedef void (*ArenaCleanupFn)(void *data);

/* New arena; block_size 0 picks the default (16 KiB). Owned by the caller,
 * released with arena_destroy(). */
Arena *arena_new(size_t block_size);

/* Runs the cleanups (last added first), frees every block, sets *a = NULL.
 * Accepts NULL and *a == NULL. */
void arena_destroy(Arena **a);

/* Zeroed memory, 16-byte aligned, owned by the arena. */
void *arena_alloc(Arena *a, size_t size);

/* Copies of strings, NUL-terminated, owned by the arena. s may be NULL
 * (returns NULL). */
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);
void *arena_memdup(Arena *a, const void *p, size_t n);

/* printf into arena memory. */
char *arena_sprintf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *arena_vsprintf(Arena *a, const char *fmt, va_list ap);

/* v in decimal (the form SQL parameters take), owned by the arena. */
const char *arena_i64s(Arena *a, int64_t v);

/* fn(data) runs at arena_destroy(). */
void arena_add_cleanup(Arena *a, ArenaCleanupFn fn, void *data);

/* Bytes handed out so far (for tests and limits). */
size_t arena_used(const Arena *a);

#endif
