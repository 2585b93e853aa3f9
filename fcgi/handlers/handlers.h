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
/* --- agents, login, customers, canned responses (inbox people) --- */
/* agents/agents.c */
int handle_auth_login(Request *req);
int handle_me_get(Request *req);
int handle_me_update(Request *req);
int handle_agents_list(Request *req);
int handle_agents_create(Request *req);
int handle_agents_get(Request *req);
int handle_agents_update(Request *req);
int handle_agents_delete(Request *req);
/* inbox/customers.c */
int handle_customers_list(Request *req);
int handle_customers_get(Request *req);
int handle_customers_update(Request *req);
int handle_customer_identities_add(Request *req);
int handle_customers_merge(Request *req);
/* inbox/cannedResponses.c */
int handle_canned_list(Request *req);
int handle_canned_create(Request *req);
int handle_canned_update(Request *req);
int handle_canned_delete(Request *req);
/* --- WhatsApp through Interakt, media (whatsapp) --- */
/* webhooks/interaktWebhook.c */
int handle_interakt_webhook(Request *req);
/* inbox/media.c */
int handle_media_get(Request *req);
/* --- calls (IVR) --- */
/* webhooks/ivrWebhook.c */
int handle_ivr_exotel(Request *req);
int handle_ivr_generic(Request *req);
/* --- dashboard (dashboard) --- */
/* dashboard.c */
int handle_dashboard_report(Request *req);

#endif
