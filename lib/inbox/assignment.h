/* assignment.h — who works on a conversation (design §12 "Auto-assignment").
 *
 * Rules: an open, unassigned conversation with a team (and needs_team
 * false) goes to an active, available agent of that team whose open work
 * (open + pending conversations) is under their capacity: the least loaded,
 * ties to the one assigned longest ago (last_assigned_at, never first).
 * Nobody free: it waits in its team's queue, oldest first, and is assigned
 * the moment capacity frees (assignment_fill_agent, run by the assign_agent
 * job every capacity change enqueues).
 *
 * Concurrency (many workers, many hosts): every path that gives an agent a
 * conversation locks the conversation row first, then the candidate agents'
 * rows (FOR UPDATE, in id order), and only then counts their load in a new
 * statement — so two transactions never both see the same free slot, and a
 * conversation never gets two assignees. Lock order is always conversation
 * then agents, so these paths cannot deadlock each other.
 *
 * Every function here runs inside the caller's transaction unless it says
 * otherwise; strings returned are owned by the arena.
 */
#ifndef CS_ASSIGNMENT_H
#define CS_ASSIGNMENT_H

#include <stdint.h>

#include "core/arena.h"
#include "jobs/jobQueue.h"

/* Upper bound on conversations one fill assigns or one deactivation
 * re-queues per job run (the job re-queues itself when it hit it). */
#define ASSIGNMENT_BATCH_MAX 500

/* 1 when AUTO_ASSIGN is on. */
int assignment_auto_enabled(void);

/* Auto-assigns conversation `id` when it is eligible (open, unassigned,
 * team set, needs_team false), skipping agent `exclude_agent_id` (0: none;
 * the agent who just released it). Inside the caller's transaction.
 * 0 with *agent_id = the new assignee, or 0 when it is not eligible or
 * nobody is free (it waits); a negative ErrCode. */
int assignment_auto(Arena *a, int64_t id, int64_t exclude_agent_id, int64_t *agent_id);

/* Gives waiting conversations of the agent's teams, oldest first, to
 * whoever the rules pick, until no agent of a team is free or `max` were
 * assigned. Each conversation in its own transaction (opened here); events
 * are published after each COMMIT. skip_conversation_id (0: none) is left
 * waiting (the one the agent just released). *assigned counts them. */
int assignment_fill_agent(Arena *a, int64_t agent_id, int64_t skip_conversation_id, int max, int *assigned);

/* An inactive agent's open and pending conversations go back to their team
 * queues (unassigned events, assignments rows closed) in one transaction
 * opened here; each is then offered to the others. *requeued counts them. */
int assignment_requeue_inactive(Arena *a, int64_t agent_id, int *requeued);

/* Why a manual assignment was refused (assignment_set). */
typedef enum AssignRefusal {
    ASSIGN_OK = 0,
    ASSIGN_AGENT_MISSING,   /* no such agent */
    ASSIGN_AGENT_INACTIVE,
    ASSIGN_AT_CAPACITY      /* and force was not given */
} AssignRefusal;

/* Sets (agent_id > 0) or clears (0) the assignee of a conversation the
 * caller locked, recording assignments rows and the assigned / unassigned
 * reporting events. by_agent_id is who did it (0: the system). force
 * ignores the capacity. Unchanged assignee: nothing is written.
 * 0 (see *refusal), or a negative ErrCode. *previous = the old assignee. */
int assignment_set(Arena *a, int64_t conversation_id, int64_t agent_id, int64_t by_agent_id, int force,
                   AssignRefusal *refusal, int64_t *previous);

/* Queues the assign_agent job (an agent's capacity may have freed) inside
 * the caller's transaction; skip_conversation_id as for fill (0: none). */
int assignment_enqueue_agent(Arena *a, int64_t agent_id, int64_t skip_conversation_id);
/* Queues the assign_conversation job inside the caller's transaction
 * (a team was set); exclude_agent_id as for assignment_auto. */
int assignment_enqueue_conversation(Arena *a, int64_t conversation_id, int64_t exclude_agent_id);

/* Job kinds (fcgi/app/jobKinds.c).
 * assign_conversation {"conversation_id":N[,"exclude_agent_id":N]}
 * assign_agent {"agent_id":N[,"skip_conversation_id":N]}: re-queues an
 * inactive agent's work, then fills free capacity from the team queues. */
int job_assign_conversation(JobContext *job);
int job_assign_agent(JobContext *job);

#endif
