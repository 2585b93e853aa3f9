/* dbUrlTest.c — Supabase's three connection strings and sslmode. */
#include <criterion/criterion.h>
#include <string.h>

#include "core/errors.h"
#include "store/dbUrl.h"

static char out[1024], err[512];

static int prep(const char *url) { return db_url_prepare(url, out, sizeof out, err, sizeof err); }

Test(db_url, supabase_direct_and_session_pooler_work_with_ssl)
{
    cr_assert_eq(prep("postgresql://postgres:pw@db.abcd.supabase.co:5432/postgres"), 0, "%s", err);
    cr_assert_str_eq(out, "postgresql://postgres:pw@db.abcd.supabase.co:5432/postgres?sslmode=require");
    cr_assert_eq(prep("postgres://postgres.abcd:pw@aws-0-ap-south-1.pooler.supabase.com:5432/postgres?application_name=x"), 0);
    cr_assert_str_eq(out, "postgres://postgres.abcd:pw@aws-0-ap-south-1.pooler.supabase.com:5432/postgres?application_name=x&sslmode=require");
    cr_assert_eq(prep("host=db.abcd.supabase.co user=postgres dbname=postgres"), 0);
    cr_assert_str_eq(out, "host=db.abcd.supabase.co user=postgres dbname=postgres sslmode=require");
    /* An explicit sslmode is the operator's choice. */
    cr_assert_eq(prep("postgresql://u@db.example.com/x?sslmode=verify-full"), 0);
    cr_assert_str_eq(out, "postgresql://u@db.example.com/x?sslmode=verify-full");
}

Test(db_url, transaction_pooler_refused_with_the_right_string_named)
{
    cr_assert_eq(prep("postgresql://postgres.abcd:pw@aws-0-ap-south-1.pooler.supabase.com:6543/postgres"), ERR_INVALID);
    cr_assert_not_null(strstr(err, "transaction-mode pooler"), "%s", err);
    cr_assert_not_null(strstr(err, "db.<project-ref>.supabase.co:5432"));
    cr_assert_not_null(strstr(err, "port 5432"));
    cr_assert_null(strstr(err, "pw"), "no password in the message");
    cr_assert_eq(prep("host=pgbouncer.internal port=6543 dbname=x"), ERR_INVALID);
}

Test(db_url, loopback_and_sockets_unchanged)
{
    const char *same[] = {"postgresql://u@127.0.0.1:5432/x", "postgresql://u@localhost/x", "host=/var/run/postgresql dbname=x",
                          "postgresql:///x", "postgresql://u@[::1]:5432/x"};
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        cr_assert_eq(prep(same[i]), 0, "%s: %s", same[i], err);
        cr_assert_str_eq(out, same[i]);
    }
    cr_assert_eq(prep("not a url ==="), ERR_INVALID);
    cr_assert_eq(db_url_prepare("postgresql://u@db.example.com/x", out, 10, err, sizeof err), ERR_TOO_LARGE);
}
