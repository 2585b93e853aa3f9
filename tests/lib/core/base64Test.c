/* base64Test.c — RFC 4648 vectors, both alphabets, bounds and bad input. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/base64.h"
#include "core/errors.h"

static Arena *a;
static void setup(void) { a = arena_new(0); }
static void teardown(void) { arena_destroy(&a); }
TestSuite(base64, .init = setup, .fini = teardown);

Test(base64, rfc4648_vectors)
{
    const char *in[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    const char *std[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    const char *url[] = {"", "Zg", "Zm8", "Zm9v", "Zm9vYg", "Zm9vYmE", "Zm9vYmFy"};
    for (int i = 0; i < 7; i++) {
        cr_assert_str_eq(base64_encode(a, in[i], strlen(in[i]), 0), std[i]);
        cr_assert_str_eq(base64_encode(a, in[i], strlen(in[i]), 1), url[i]);
        unsigned char *out = NULL;
        size_t n = 0;
        cr_assert_eq(base64_decode(a, std[i], strlen(std[i]), 0, &out, &n), 0);
        cr_assert_eq(n, strlen(in[i]));
        cr_assert_eq(memcmp(out, in[i], n), 0);
        cr_assert_eq(base64_decode(a, url[i], strlen(url[i]), 0, &out, &n), 0);
        cr_assert_eq(n, strlen(in[i]));
        cr_assert_eq(memcmp(out, in[i], n), 0);
        cr_assert_eq(out[n], '\0');
    }
}

Test(base64, url_alphabet_and_binary)
{
    unsigned char bin[256];
    for (int i = 0; i < 256; i++)
        bin[i] = (unsigned char)i;
    char *u = base64_encode(a, bin, sizeof bin, 1);
    cr_assert_null(strchr(u, '+'));
    cr_assert_null(strchr(u, '/'));
    cr_assert_null(strchr(u, '='));
    unsigned char *out = NULL;
    size_t n = 0;
    cr_assert_eq(base64_decode(a, u, strlen(u), 0, &out, &n), 0);
    cr_assert_eq(n, 256);
    cr_assert_eq(memcmp(out, bin, 256), 0);
}

Test(base64, skips_crlf)
{
    unsigned char *out = NULL;
    size_t n = 0;
    cr_assert_eq(base64_decode(a, "Zm9v\r\nYmFy", 10, 0, &out, &n), 0);
    cr_assert_str_eq((char *)out, "foobar");
}

Test(base64, rejects_bad_input)
{
    unsigned char *out = NULL;
    size_t n = 0;
    cr_assert_eq(base64_decode(a, "Zm9v!", 5, 0, &out, &n), ERR_PARSE);
    cr_assert_eq(base64_decode(a, "Z", 1, 0, &out, &n), ERR_PARSE);
    cr_assert_eq(base64_decode(a, "Zg==Zg", 6, 0, &out, &n), ERR_PARSE);
    cr_assert_eq(base64_decode(a, "Zg===", 5, 0, &out, &n), ERR_PARSE);
    cr_assert_eq(base64_decode(a, "Zm 9v", 5, 0, &out, &n), ERR_PARSE);
    cr_assert_null(out);
}

Test(base64, max_out)
{
    unsigned char *out = NULL;
    size_t n = 0;
    cr_assert_eq(base64_decode(a, "Zm9vYmFy", 8, 6, &out, &n), 0);
    cr_assert_eq(n, 6);
    cr_assert_eq(base64_decode(a, "Zm9vYmFy", 8, 5, &out, &n), ERR_TOO_LARGE);
    cr_assert_eq(base64_decode(a, "Zm9vYmFy", 8, 1, &out, &n), ERR_TOO_LARGE);
}
