/* phoneTest.c — lib/inbox/phone.c: every way an Indian number is written
 * is one E.164 number; other countries with "+" or "00"; junk refused. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/errors.h"
#include "inbox/phone.h"

static void expect(const char *in, const char *want)
{
    char out[PHONE_E164_MAX];
    int rc = phone_normalize(in, out);
    cr_assert_eq(rc, 0, "\"%s\" refused", in);
    cr_assert_str_eq(out, want, "\"%s\" -> \"%s\", want \"%s\"", in, out, want);
}

static void refuse(const char *in)
{
    char out[PHONE_E164_MAX];
    cr_assert_eq(phone_normalize(in, out), ERR_INVALID, "\"%s\" accepted as \"%s\"", in, out);
    cr_assert_str_eq(out, "", "output not cleared for \"%s\"", in);
}

Test(phone_normalize, indian_forms_are_one_number)
{
    static const char *const FORMS[] = {
        "9876543210", "09876543210", "919876543210", "+919876543210", "91 98765 43210",
        "+91-98765-43210", "+91 98765 43210", "(+91) 98765 43210", "098765-43210", "0091 98765 43210",
        "98765.43210", " 98765 43210 ", "+91\t9876543210", "+91 0 98765 43210", "+91-098765-43210",
    };
    for (size_t i = 0; i < sizeof FORMS / sizeof FORMS[0]; i++)
        expect(FORMS[i], "+919876543210");
}

Test(phone_normalize, interakt_forms)
{
    expect("+917003705584", "+917003705584");  /* country_code "+91" + phone_number */
    expect("917003705584", "+917003705584");   /* channel_phone_number */
}

Test(phone_normalize, landlines_and_other_countries)
{
    expect("011 2345 6789", "+911123456789");  /* Delhi landline with trunk 0 */
    expect("+1 415 555 2671", "+14155552671");
    expect("0044 20 7946 0958", "+442079460958");
    expect("+971 50 123 4567", "+971501234567");
}

Test(phone_normalize, refuses_junk)
{
    static const char *const BAD[] = {
        "", "12", "98765", "98765432101234", "+91 98765 4321", "+91 98765 432109", "phone: 9876543210",
        "98765x43210", "+", "++919876543210", "9876+543210", "0000000000", "0 0000 00000", "+0123456789",
        "+1234567890123456", "00", "91987654321", "919876543210123",
        "+91\t0998763210", "+910998763210", /* +91 and a national number starting with 0 (fuzz finding) */
        "99999999999999999999999999999999999999999999999999999999999999999", /* over 64 bytes */
    };
    for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++)
        refuse(BAD[i]);
    char out[PHONE_E164_MAX];
    cr_assert_eq(phone_normalize(NULL, out), ERR_INVALID);
}

Test(phone_normalize, output_is_always_plus_and_digits)
{
    char out[PHONE_E164_MAX];
    static const char *const IN[] = {"9876543210", "+14155552671", "0091 98765 43210"};
    for (size_t i = 0; i < 3; i++) {
        cr_assert_eq(phone_normalize(IN[i], out), 0);
        cr_assert_eq(out[0], '+');
        cr_assert(strlen(out) >= 9 && strlen(out) <= 16);
        for (const char *p = out + 1; *p; p++)
            cr_assert(*p >= '0' && *p <= '9');
    }
}
