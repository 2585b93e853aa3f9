/* mediaTest.c — the media store's pure parts (lib/inbox/mediaStore.c:
 * type sniffing and checks, safe filenames, origins for credentials) and
 * the signed URLs of lib/inbox/media.c. */
#include <criterion/criterion.h>
#include <string.h>
#include <time.h>

#include "core/config.h"
#include "core/errors.h"
#include "inbox/media.h"
#include "inbox/mediaStore.h"

#define U(s) ((const unsigned char *)(s))

Test(media_sniff, magic_numbers)
{
    static const struct {
        const char *bytes;
        size_t n;
        const char *type;
    } CASES[] = {
        {"\xff\xd8\xff\xe0\x00\x10JFIF", 10, "image/jpeg"},
        {"\x89PNG\r\n\x1a\n\0\0", 10, "image/png"},
        {"GIF89a..", 8, "image/gif"},
        {"RIFF\x10\0\0\0WEBPVP8 ", 16, "image/webp"},
        {"RIFF\x10\0\0\0WAVEfmt ", 16, "audio/wav"},
        {"OggS\0\x02", 6, "audio/ogg"},
        {"#!AMR\n", 6, "audio/amr"},
        {"ID3\x04\0", 5, "audio/mpeg"},
        {"\xff\xfb\x90\x64", 4, "audio/mpeg"},
        {"\xff\xf1\x50\x80", 4, "audio/aac"},
        {"\0\0\0\x20" "ftypisom", 12, "video/mp4"},
        {"\0\0\0\x20" "ftypM4A ", 12, "audio/mp4"},
        {"\0\0\0\x20" "ftyp3gp4", 12, "video/3gpp"},
        {"\x1a\x45\xdf\xa3\x9f", 5, "video/webm"},
        {"%PDF-1.7\n", 9, "application/pdf"},
        {"PK\x03\x04\x14\0", 6, "application/zip"},
        {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "application/msword"},
        {"order,qty\n4411,2\n", 17, "text/plain"},
        {"नमस्ते", 18, "text/plain"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const char *t = media_sniff(U(CASES[i].bytes), CASES[i].n);
        cr_assert(t && strcmp(t, CASES[i].type) == 0, "case %zu: %s, want %s", i, t ? t : "NULL", CASES[i].type);
    }
    cr_assert_null(media_sniff(U("MZ\x90\0\x03\0"), 6));     /* a Windows executable */
    cr_assert_null(media_sniff(U("\x7f" "ELF\x02"), 5));
    cr_assert_null(media_sniff(U(""), 0));
    cr_assert_null(media_sniff(U("ab\0cd"), 5));             /* binary, not text */
}

Test(media_check, claims_and_kinds)
{
    const char *type, *why;
    const unsigned char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    const unsigned char pdf[] = "%PDF-1.4\n1 0 obj";
    size_t npng = sizeof png - 1, npdf = sizeof pdf - 1;
    cr_assert_eq(media_check("image/png", "image", png, npng, &type, &why), 0);
    cr_assert_str_eq(type, "image/png");
    cr_assert_eq(media_check("IMAGE/PNG; charset=binary", NULL, png, npng, &type, &why), 0);
    cr_assert_eq(media_check(NULL, "image", png, npng, &type, &why), 0);
    cr_assert_eq(media_check("application/octet-stream", NULL, png, npng, &type, &why), 0);
    cr_assert_str_eq(type, "image/png");
    /* Not what it claims, or not what the message says it is. */
    cr_assert_eq(media_check("image/png", NULL, pdf, npdf, &type, &why), ERR_INVALID);
    cr_assert_str_eq(why, "the file is not what its Content-Type claims");
    cr_assert_null(type);
    cr_assert_eq(media_check("application/pdf", "image", pdf, npdf, &type, &why), ERR_INVALID);
    cr_assert_str_eq(why, "the file is not the kind of media the message says");
    cr_assert_eq(media_check("application/pdf", "document", pdf, npdf, &type, &why), 0);
    cr_assert_eq(media_check("text/html", NULL, U("<html><script>"), 14, &type, &why), ERR_INVALID);
    cr_assert_eq(media_check(NULL, NULL, U("MZ\x90\0"), 4, &type, &why), ERR_INVALID);
    cr_assert_str_eq(why, "the file is not a type we accept");
    cr_assert_eq(media_check(NULL, NULL, U(""), 0, &type, &why), ERR_INVALID);
    cr_assert_str_eq(why, "the file is empty");
    /* Aliases: a WhatsApp voice note and an mp4 audio. */
    cr_assert_eq(media_check("audio/ogg; codecs=opus", "audio", U("OggS\0\x02"), 6, &type, &why), 0);
    cr_assert_str_eq(type, "audio/ogg");
    cr_assert_eq(media_check("audio/mp4", "audio", U("\0\0\0\x20" "ftypisom"), 12, &type, &why), 0);
    cr_assert_str_eq(type, "video/mp4");
    cr_assert_eq(media_check(
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document",
                     U("PK\x03\x04\x14\0"), 6, &type, &why),
                 0);
}

Test(media_ext, known_and_unknown)
{
    cr_assert_str_eq(media_ext("image/jpeg"), "jpg");
    cr_assert_str_eq(media_ext("audio/ogg"), "ogg");
    cr_assert_str_eq(media_ext("application/pdf"), "pdf");
    cr_assert_str_eq(media_ext("application/x-evil"), "bin");
    cr_assert_str_eq(media_ext(NULL), "bin");
}

Test(media_safe_filename, cases)
{
    Arena *a = arena_new(0);
    static const char *const CASES[][2] = {
        {"https://cdn.example/x/leaf.png?sig=abc", "leaf.png"},
        {"invoice 12.pdf", "invoice_12.pdf"},
        {"..\\..\\windows\\evil.exe", "evil.exe"},
        {"/etc/passwd", "passwd.png"},
        {"a\"b;c\r\nd.png", "a_b_c__d.png"},
        {".hidden", "hidden.png"},
        {"", "media-7.png"},
        {"https://x/", "media-7.png"},
        {"____", "media-7.png"},
        {"बीज.png", "_________.png"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const char *got = media_safe_filename(a, CASES[i][0], "media-7", "png");
        if (i == 9) { /* non-ASCII letters only: nothing readable is left */
            cr_assert_str_eq(got, "media-7.png");
            continue;
        }
        cr_assert_str_eq(got, CASES[i][1], "case %zu: %s", i, got);
    }
    cr_assert_str_eq(media_safe_filename(a, NULL, "media-7", "ogg"), "media-7.ogg");
    char longname[300];
    memset(longname, 'a', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    cr_assert(strlen(media_safe_filename(a, longname, "m", "pdf")) <= 100);
    arena_destroy(&a);
}

Test(url_same_origin, cases)
{
    cr_assert(url_same_origin("https://api.interakt.ai/v1/media/x", "https://api.interakt.ai"));
    cr_assert(url_same_origin("HTTPS://API.interakt.ai/x", "https://api.interakt.ai/"));
    cr_assert(url_same_origin("http://127.0.0.1:8080/media/a", "http://127.0.0.1:8080"));
    cr_assert(!url_same_origin("http://127.0.0.1:8081/media/a", "http://127.0.0.1:8080"));
    cr_assert(!url_same_origin("https://api.interakt.ai.evil.com/x", "https://api.interakt.ai"));
    cr_assert(!url_same_origin("https://evil.com/?u=https://api.interakt.ai", "https://api.interakt.ai"));
    cr_assert(!url_same_origin("https://api.interakt.ai@evil.com/x", "https://api.interakt.ai"));
    cr_assert(!url_same_origin("http://api.interakt.ai/x", "https://api.interakt.ai"));
    cr_assert(!url_same_origin(NULL, "https://api.interakt.ai"));
    cr_assert(!url_same_origin("https://api.interakt.ai/x", NULL));
}

Test(media_url, signed_and_checked)
{
    g_config.auth_jwt_secret = "media-test-secret-0123456789";
    g_config.media_url_ttl_seconds = 3600;
    Arena *a = arena_new(0);
    time_t now = 1800000000;
    const char *url = media_signed_url_at(a, 42, now + 60);
    cr_assert_not_null(url);
    cr_assert(strncmp(url, "/media/42?exp=1800000060&sig=", 29) == 0, "%s", url);
    const char *sig = strstr(url, "sig=") + 4;
    cr_assert(media_url_valid(42, "1800000060", sig, now));
    cr_assert(!media_url_valid(43, "1800000060", sig, now));        /* another id */
    cr_assert(!media_url_valid(42, "1800000061", sig, now));        /* another expiry */
    cr_assert(!media_url_valid(42, "1800000060", sig, now + 61));   /* expired */
    cr_assert(!media_url_valid(42, "1800000060x", sig, now));
    cr_assert(!media_url_valid(42, NULL, sig, now));
    cr_assert(!media_url_valid(42, "1800000060", NULL, now));
    cr_assert(!media_url_valid(42, "1800000060", "", now));
    const char *fresh = media_signed_url(a, 42);
    cr_assert_not_null(fresh);
    g_config.auth_jwt_secret = NULL;
    cr_assert_null(media_signed_url_at(a, 42, now));
    cr_assert(!media_url_valid(42, "1800000060", sig, now));
    arena_destroy(&a);
}
