/* arenaTest.c — region allocator: alignment, zeroing, big blocks, cleanups. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "core/arena.h"

Test(arena, alloc_zeroed_aligned)
{
    Arena *a = arena_new(0);
    for (size_t n = 1; n < 300; n += 7) {
        unsigned char *p = arena_alloc(a, n);
        cr_assert_eq((uintptr_t)p % 16, 0);
        for (size_t i = 0; i < n; i++)
            cr_assert_eq(p[i], 0);
        memset(p, 0xAB, n);
    }
    arena_destroy(&a);
    cr_assert_null(a);
}

Test(arena, big_and_small_allocations_do_not_overlap)
{
    Arena *a = arena_new(256);
    char *small1 = arena_alloc(a, 100);
    memset(small1, 'a', 100);
    char *big = arena_alloc(a, 10000);
    memset(big, 'b', 10000);
    char *small2 = arena_alloc(a, 100);
    memset(small2, 'c', 100);
    for (int i = 0; i < 100; i++) {
        cr_assert_eq(small1[i], 'a');
        cr_assert_eq(small2[i], 'c');
    }
    for (int i = 0; i < 10000; i++)
        cr_assert_eq(big[i], 'b');
    cr_assert_geq(arena_used(a), 10200);
    arena_destroy(&a);
}

Test(arena, zero_size_alloc)
{
    Arena *a = arena_new(0);
    void *p = arena_alloc(a, 0);
    cr_assert_not_null(p);
    arena_destroy(&a);
}

Test(arena, strings)
{
    Arena *a = arena_new(0);
    cr_assert_null(arena_strdup(a, NULL));
    cr_assert_null(arena_strndup(a, NULL, 3));
    cr_assert_str_eq(arena_strdup(a, "hello"), "hello");
    cr_assert_str_eq(arena_strndup(a, "hello", 3), "hel");
    cr_assert_str_eq(arena_strndup(a, "hi", 10), "hi");
    char *m = arena_memdup(a, "a\0b", 3);
    cr_assert_eq(memcmp(m, "a\0b", 3), 0);
    cr_assert_eq(m[3], '\0');
    cr_assert_str_eq(arena_sprintf(a, "%d-%s", 42, "x"), "42-x");
    char longs[5000];
    memset(longs, 'z', sizeof longs - 1);
    longs[sizeof longs - 1] = '\0';
    cr_assert_str_eq(arena_sprintf(a, "%s", longs), longs);
    arena_destroy(&a);
}

static int order[4];
static int norder;
static void note(void *p) { order[norder++] = *(int *)p; }

Test(arena, cleanups_run_last_first)
{
    static int one = 1, two = 2, three = 3;
    norder = 0;
    Arena *a = arena_new(0);
    arena_add_cleanup(a, note, &one);
    arena_add_cleanup(a, note, &two);
    arena_add_cleanup(a, note, &three);
    arena_destroy(&a);
    cr_assert_eq(norder, 3);
    cr_assert_eq(order[0], 3);
    cr_assert_eq(order[1], 2);
    cr_assert_eq(order[2], 1);
    arena_destroy(&a); /* NULL is fine */
    arena_destroy(NULL);
}

Test(arena, i64s_writes_decimal)
{
    Arena *a = arena_new(0);
    cr_assert_str_eq(arena_i64s(a, 0), "0");
    cr_assert_str_eq(arena_i64s(a, -42), "-42");
    cr_assert_str_eq(arena_i64s(a, INT64_MAX), "9223372036854775807");
    arena_destroy(&a);
}
