/* handlers.h — every HTTP handler, one file per resource under fcgi/handlers/.
 * Contract: see request.h (return 0 with req->reply set, or req_fail()). */
#ifndef CS_HANDLERS_H
#define CS_HANDLERS_H

#include "http/request.h"

/* health.c */
int handle_health(Request *req);

/* --- process manager, jobs (procman) --- */
/* adminJobs.c */
int handle_admin_jobs_list(Request *req);
int handle_admin_job_retry(Request *req);

/* --- mailboxes, emails, admin (api) --- */
/* supportEmails.c */
int handle_support_emails_create(Request *req);
int handle_support_emails_list(Request *req);
int handle_support_emails_get(Request *req);
int handle_support_emails_update(Request *req);
int handle_support_emails_delete(Request *req);
/* gmailWatch.c */
int handle_support_emails_watch(Request *req);
int handle_support_emails_stop_watch(Request *req);
/* emails.c */
int handle_emails_list(Request *req);
int handle_emails_get(Request *req);
/* wsAuth.c */
int handle_ws_auth(Request *req);

/* --- gmail webhook and watch (gmail) --- */
/* gmailWebhook.c (gmailWatch.c is listed above with the api routes) */
int handle_gmail_webhook(Request *req);

/* --- triage (triage) --- */
/* triage.c */
int handle_conversation_triage(Request *req);

/* --- conversations, assignment, replies (inbox) --- */
/* conversations.c */
int handle_conversations_list(Request *req);
int handle_conversations_counts(Request *req);
int handle_conversations_get(Request *req);
int handle_conversations_update(Request *req);
int handle_conversation_assignment(Request *req);
/* conversationMessages.c */
int handle_conversation_messages_create(Request *req);

#endif
