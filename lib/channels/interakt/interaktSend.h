/* interaktSend.h — outbound WhatsApp messages through Interakt's send API
 * (channelProtocols.md §1.6).
 *
 * POST /conversations/:id/messages queues a `messages` row (status queued;
 * a template in meta.template {name, language, body_values}) and a
 * `send_chat` job {"message_id":N}. The job sends a free-form Text, or a
 * Template when one is given, with callbackData = our message id; on
 * Interakt's 201 it stores the returned id and status `sent` and applies
 * any status webhook that arrived first. 429, 5xx and network failures are
 * retried with backoff; any other refusal marks the message failed with
 * Interakt's reason, shown in the timeline (message.updated).
 */
#ifndef CS_INTERAKT_SEND_H
#define CS_INTERAKT_SEND_H

#include <json-c/json.h>
#include <stdint.h>

#include "core/arena.h"
#include "jobs/jobQueue.h"

/* Job kind "send_chat" {"message_id":N}. */
int job_send_chat(JobContext *job);

/* The JSON body of Interakt's send API for one message to phone (E.164):
 * a Text with `text`, or a Template when tmpl (an object with name,
 * language, body_values) is given. Arena-owned text; NULL when phone or the
 * template is unusable (*why says which). */
const char *interakt_send_body(Arena *a, const char *phone, const char *text, json_object *tmpl,
                               const char *callback_data, const char **why);

#endif
