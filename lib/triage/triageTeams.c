/* triageTeams.c — the fixed label set (README "AI triage"). */
#include <string.h>

#include "triage/triage.h"

const char *const TRIAGE_TEAMS[TRIAGE_TEAM_COUNT] = {
    "finance", "support", "dispatch", "sales", "technical", "returns_refunds", "general",
};

int triage_team_index(const char *team)
{
    for (int i = 0; team && i < TRIAGE_TEAM_COUNT; i++)
        if (strcmp(team, TRIAGE_TEAMS[i]) == 0)
            return i;
    return -1;
}
