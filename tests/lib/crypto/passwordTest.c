/* passwordTest.c — scrypt hashes: format, salt, verification, bounds, and
 * unknown accounts verified against the dummy hash. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/arena.h"
#include "core/errors.h"
#include "crypto/password.h"

Test(password, hash_has_the_stored_form_and_verifies)
{
    Arena *a = arena_new(0);
    const char *h1 = NULL, *h2 = NULL;
    cr_assert_eq(password_hash(a, "correct horse battery", &h1), 0);
    cr_assert_eq(strncmp(h1, "scrypt$15$8$1$", 14), 0, "%s", h1);
    cr_assert_eq(password_hash(a, "correct horse battery", &h2), 0);
    cr_assert_str_neq(h1, h2, "every hash has its own salt");
    cr_assert_eq(password_verify("correct horse battery", h1), 1);
    cr_assert_eq(password_verify("correct horse battery", h2), 1);
    cr_assert_eq(password_verify("correct horse batterY", h1), 0);
    cr_assert_eq(password_verify("", h1), 0);
    cr_assert_eq(password_verify(NULL, h1), 0);
    arena_destroy(&a);
}

Test(password, hindi_passwords_are_bytes)
{
    Arena *a = arena_new(0);
    const char *h = NULL;
    cr_assert_eq(password_hash(a, "मेरा पासवर्ड", &h), 0);
    cr_assert_eq(password_verify("मेरा पासवर्ड", h), 1);
    cr_assert_eq(password_verify("मेरा पासवड", h), 0);
    arena_destroy(&a);
}

Test(password, length_bounds)
{
    Arena *a = arena_new(0);
    const char *h = NULL;
    char big[PASSWORD_MAX_LEN + 2];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    cr_assert_eq(password_hash(a, "short", &h), ERR_INVALID);
    cr_assert_eq(password_hash(a, big, &h), ERR_INVALID);
    cr_assert_eq(password_hash(a, NULL, &h), ERR_INVALID);
    big[PASSWORD_MAX_LEN] = '\0';
    cr_assert_eq(password_hash(a, big, &h), 0);
    cr_assert_eq(password_verify(big, h), 1);
    arena_destroy(&a);
}

Test(password, malformed_or_missing_hashes_never_verify)
{
    static const char *const BAD[] = {
        NULL, "", "plain", "scrypt$", "scrypt$15$8$1$", "scrypt$15$8$1$AAAA$",
        "scrypt$99$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "scrypt$15$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA",
        "bcrypt$2b$10$abcdefghijklmnopqrstuv",
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
        cr_assert_eq(password_verify("anything at all", BAD[i]), 0, "case %zu", i);
}
