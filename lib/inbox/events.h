/* events.h — what the inbox tells others when something happens:
 * reporting events (append-only facts for the dashboard), real-time events
 * (nchan), and the triage job a new customer message queues.
 *
 * Reporting events are written inside the caller's transaction, so a fact
 * exists exactly when the change it describes committed. Real-time events
 * are published after COMMIT and are best-effort (design §6).
 *
 * Reporting event names (reporting_events.name; the dashboard reads them):
 *   conversation_created   a new conversation (channel, team at the time)
 *   conversation_reopened  a resolved/closed one opened again
 *   assigned               agent_id got the conversation (auto or by hand)
 *   unassigned             agent_id lost it (release, deactivation, reassign)
 *   first_response         agent_id's first reply; value = seconds since
 *                          creation or the last reopening
 *   reply                  every agent reply (not notes); agent_id
 *   resolved               value = seconds since creation; agent_id = assignee
 *   team_changed           a human set the team; agent_id = who, team = the new
 *                          team, value = 1 when it is the AI's suggested_team
 *                          (the suggestion was kept), 0 when it differs
 *   missed_call            a call nobody answered (channel call)
 */
#ifndef CS_INBOX_EVENTS_H
#define CS_INBOX_EVENTS_H

#include <stdint.h>

#include "core/arena.h"

/* Appends a reporting event for conversation_id; channel and team are
 * copied from the conversation at this moment. agent_id 0 = none;
 * value_seconds < 0 = none. 0 or a negative ErrCode. */
int inbox_report(Arena *a, const char *name, int64_t conversation_id, int64_t agent_id,
                 double value_seconds);

/* Publishes `event` with the conversation item (+ "conversation_id") on
 * `inbox`, `team-<team>` and `agent-<assignee>`. Never fails the caller:
 * returns 0 or the first publish error (already logged). */
int inbox_publish_conversation(Arena *a, const char *event, int64_t conversation_id);

/* Publishes `event` (message.created | message.updated) with the message
 * item and its conversation item ("conversation") on the conversation's
 * channels. Best-effort like the above. */
int inbox_publish_message(Arena *a, const char *event, int64_t message_id);

/* assignee.changed for conversation_id (routed as above), and also on
 * `agent-<previous_agent_id>` when that agent lost it (0: none), so the
 * agent who lost a conversation hears about it. Best-effort. */
int inbox_publish_assignee_changed(Arena *a, int64_t conversation_id, int64_t previous_agent_id);

/* Queues the triage of a conversation inside the caller's transaction.
 * debounce_ms > 0 (chat lines arriving one by one): one queued job per
 * conversation whose start moves to now + debounce_ms on every call, so
 * triage reads the lines together after a quiet moment. 0 or an ErrCode. */
int inbox_queue_triage(Arena *a, int64_t conversation_id, long debounce_ms);

#endif
