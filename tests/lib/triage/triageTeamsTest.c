/* triageTeamsTest.c — the fixed team label set (README "AI triage") and its lookup. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "triage/triage.h"

static const char *const EXPECTED[] = {
    "finance", "support", "dispatch", "sales", "technical", "returns_refunds", "general",
};

Test(triageTeams, seven_teams_in_order)
{
    cr_assert_eq(TRIAGE_TEAM_COUNT, 7);
    cr_assert_eq(sizeof EXPECTED / sizeof EXPECTED[0], (size_t)TRIAGE_TEAM_COUNT);
    for (int i = 0; i < TRIAGE_TEAM_COUNT; i++) {
        cr_assert_not_null(TRIAGE_TEAMS[i]);
        cr_assert_str_eq(TRIAGE_TEAMS[i], EXPECTED[i], "team %d", i);
    }
}

Test(triageTeams, index_round_trips)
{
    for (int i = 0; i < TRIAGE_TEAM_COUNT; i++) {
        cr_assert_eq(triage_team_index(TRIAGE_TEAMS[i]), i);
        /* a copy, not the same pointer */
        char copy[32];
        snprintf(copy, sizeof copy, "%s", EXPECTED[i]);
        cr_assert_eq(triage_team_index(copy), i, "%s", copy);
    }
}

Test(triageTeams, index_null_and_unknown)
{
    cr_assert_eq(triage_team_index(NULL), -1);
    cr_assert_eq(triage_team_index(""), -1);
    cr_assert_eq(triage_team_index("billing"), -1);
    cr_assert_eq(triage_team_index("Finance"), -1);   /* exact, case-sensitive labels */
    cr_assert_eq(triage_team_index("finance "), -1);  /* no trimming */
    cr_assert_eq(triage_team_index("fin"), -1);       /* no prefix match */
    cr_assert_eq(triage_team_index("returns"), -1);
    cr_assert_eq(triage_team_index("general\n"), -1);
}
