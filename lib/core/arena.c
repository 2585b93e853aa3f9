/* arena.c — region allocator (see arena.h). */
#include "core/arena.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_DEFAULT_BLOCK (16 * 1024)
#define ARENA_ALIGN 16

typedef struct Block {
    struct Block *next;
    size_t cap;
    size_t used;
    _Alignas(ARENA_ALIGN) unsigned char data[];
} Block;

typedef struct Cleanup {
    struct Cleanup *next;
    ArenaCleanupFn fn;
    void *data;
} Cleanup;

struct Arena {
    Block *head;
    Cleanup *cleanups;
    size_t block_size;
    size_t total;
};

static void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p) {
        fprintf(stderr, "out of memory allocating %zu bytes\n", n);
        abort();
    }
    return p;
}

Arena *arena_new(size_t block_size)
{
    Arena *a = xmalloc(sizeof *a);
    a->head = NULL;
    a->cleanups = NULL;
    a->block_size = block_size ? block_size : ARENA_DEFAULT_BLOCK;
    a->total = 0;
    return a;
}

void arena_destroy(Arena **ap)
{
    if (!ap || !*ap)
        return;
    Arena *a = *ap;
    *ap = NULL;
    for (Cleanup *c = a->cleanups; c;) {
        Cleanup *next = c->next;
        c->fn(c->data);
        c = next;
    }
    for (Block *b = a->head; b;) {
        Block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void *arena_alloc(Arena *a, size_t size)
{
    size_t need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (need < size) /* overflow */
        abort();
    a->total += size;
#ifdef ARENA_DEBUG
    Block *d = xmalloc(sizeof *d + size);
    d->cap = size;
    d->used = size;
    d->next = a->head;
    a->head = d;
    memset(d->data, 0, size);
    return d->data;
#else
    Block *b = a->head;
    if (!b || b->cap - b->used < need) {
        size_t cap = need > a->block_size ? need : a->block_size;
        Block *nb = xmalloc(sizeof *nb + cap);
        nb->cap = cap;
        nb->used = 0;
        /* A big one-off allocation goes behind the current block so the
         * current block's free space stays usable. */
        if (b && need > a->block_size) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += need;
    memset(p, 0, size);
    return p;
#endif
}

void *arena_memdup(Arena *a, const void *p, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    if (n)
        memcpy(d, p, n);
    d[n] = '\0';
    return d;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    if (!s)
        return NULL;
    size_t len = strnlen(s, n);
    return arena_memdup(a, s, len);
}

char *arena_strdup(Arena *a, const char *s)
{
    if (!s)
        return NULL;
    return arena_memdup(a, s, strlen(s));
}

char *arena_vsprintf(Arena *a, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0)
        return arena_strdup(a, "");
    char *out = arena_alloc(a, (size_t)n + 1);
    vsnprintf(out, (size_t)n + 1, fmt, ap);
    return out;
}

char *arena_sprintf(Arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = arena_vsprintf(a, fmt, ap);
    va_end(ap);
    return s;
}

const char *arena_i64s(Arena *a, int64_t v) { return arena_sprintf(a, "%" PRId64, v); }

void arena_add_cleanup(Arena *a, ArenaCleanupFn fn, void *data)
{
    Cleanup *c = arena_alloc(a, sizeof *c);
    c->fn = fn;
    c->data = data;
    c->next = a->cleanups;
    a->cleanups = c;
}

size_t arena_used(const Arena *a) { return a->total; }
