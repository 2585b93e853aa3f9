/* routes.c — the route table: method, pattern, handler, auth, body limit.
 * Keep docs/openapi in nginx/static/openapi.json in step: a test compares
 * the two. */
#include "handlers/handlers.h"
#include "http/router.h"

const Route ROUTES[] = {
    {"GET", "/health", handle_health, AUTH_NONE, 0, "health"},
    /* --- process manager, jobs (procman) --- */
    {"GET", "/admin/jobs", handle_admin_jobs_list, AUTH_ADMIN, 0, "admin_jobs_list"},
    {"POST", "/admin/jobs/:id/retry", handle_admin_job_retry, AUTH_ADMIN, 0, "admin_job_retry"},
    /* --- mailboxes, emails, admin (api) --- */
    {"POST", "/support-emails", handle_support_emails_create, AUTH_ADMIN, 16384, "support_emails.create"},
    {"GET", "/support-emails", handle_support_emails_list, AUTH_ADMIN, 0, "support_emails.list"},
    {"GET", "/support-emails/:id", handle_support_emails_get, AUTH_ADMIN, 0, "support_emails.get"},
    {"PATCH", "/support-emails/:id", handle_support_emails_update, AUTH_ADMIN, 16384, "support_emails.update"},
    {"DELETE", "/support-emails/:id", handle_support_emails_delete, AUTH_ADMIN, 0, "support_emails.delete"},
    {"POST", "/support-emails/:id/watch", handle_support_emails_watch, AUTH_ADMIN, 0, "support_emails.watch"},
    {"POST", "/support-emails/:id/stop-watch", handle_support_emails_stop_watch, AUTH_ADMIN, 0, "support_emails.stop_watch"},
    {"GET", "/emails", handle_emails_list, AUTH_AGENT, 0, "emails.list"},
    {"GET", "/emails/:id", handle_emails_get, AUTH_AGENT, 0, "emails.get"},
    {"GET", "/internal/ws-auth", handle_ws_auth, AUTH_NONE, 0, "ws_auth"},
    /* --- gmail webhook and watch (gmail) --- */
    {"POST", "/webhooks/gmail", handle_gmail_webhook, AUTH_NONE, 65536, "webhooks.gmail"},
    /* --- conversations, assignment, replies (inbox) --- */
    {"GET", "/conversations", handle_conversations_list, AUTH_AGENT, 0, "conversations.list"},
    {"GET", "/conversations/counts", handle_conversations_counts, AUTH_AGENT, 0, "conversations.counts"},
    {"GET", "/conversations/:id", handle_conversations_get, AUTH_AGENT, 0, "conversations.get"},
    {"PATCH", "/conversations/:id", handle_conversations_update, AUTH_AGENT, 4096, "conversations.update"},
    {"POST", "/conversations/:id/assignment", handle_conversation_assignment, AUTH_AGENT, 1024, "conversations.assignment"},
    {"POST", "/conversations/:id/messages", handle_conversation_messages_create, AUTH_AGENT, 65536, "conversations.messages.create"},
    /* --- triage (triage) --- */
    {"POST", "/conversations/:id/triage", handle_conversation_triage, AUTH_AGENT, 1024, "conversations.triage"},
    /* --- agents, login, customers, canned responses (inbox people) --- */
    {"POST", "/auth/login", handle_auth_login, AUTH_NONE, 4096, "auth.login"},
    {"GET", "/me", handle_me_get, AUTH_AGENT, 0, "me.get"},
    {"PATCH", "/me", handle_me_update, AUTH_AGENT, 1024, "me.update"},
    {"GET", "/agents", handle_agents_list, AUTH_ADMIN, 0, "agents.list"},
    {"POST", "/agents", handle_agents_create, AUTH_ADMIN, 8192, "agents.create"},
    {"GET", "/agents/:id", handle_agents_get, AUTH_ADMIN, 0, "agents.get"},
    {"PATCH", "/agents/:id", handle_agents_update, AUTH_ADMIN, 8192, "agents.update"},
    {"DELETE", "/agents/:id", handle_agents_delete, AUTH_ADMIN, 0, "agents.delete"},
    {"GET", "/customers", handle_customers_list, AUTH_AGENT, 0, "customers.list"},
    {"GET", "/customers/:id", handle_customers_get, AUTH_AGENT, 0, "customers.get"},
    {"PATCH", "/customers/:id", handle_customers_update, AUTH_AGENT, 4096, "customers.update"},
    {"POST", "/customers/:id/identities", handle_customer_identities_add, AUTH_AGENT, 4096, "customers.identities_add"},
    {"POST", "/customers/:id/merge", handle_customers_merge, AUTH_ADMIN, 1024, "customers.merge"},
    {"GET", "/canned-responses", handle_canned_list, AUTH_AGENT, 0, "canned_responses.list"},
    {"POST", "/canned-responses", handle_canned_create, AUTH_ADMIN, 16384, "canned_responses.create"},
    {"PATCH", "/canned-responses/:id", handle_canned_update, AUTH_ADMIN, 16384, "canned_responses.update"},
    {"DELETE", "/canned-responses/:id", handle_canned_delete, AUTH_ADMIN, 0, "canned_responses.delete"},
    /* --- WhatsApp through Interakt, media (whatsapp) --- */
    {"POST", "/webhooks/interakt", handle_interakt_webhook, AUTH_NONE, 262144, "webhooks.interakt"},
    {"GET", "/media/:id", handle_media_get, AUTH_NONE, 0, "media.get"},
    /* --- calls (IVR): Exotel's secret is the path token, never logged --- */
    {"GET", "/webhooks/ivr/exotel/:token", handle_ivr_exotel, AUTH_NONE, 65536, "webhooks.ivr_exotel"},
    {"POST", "/webhooks/ivr/exotel/:token", handle_ivr_exotel, AUTH_NONE, 65536, "webhooks.ivr_exotel"},
    {"POST", "/webhooks/ivr/generic", handle_ivr_generic, AUTH_NONE, 65536, "webhooks.ivr_generic"},
    /* --- dashboard (dashboard) --- */
    {"GET", "/dashboard/:name", handle_dashboard_report, AUTH_ADMIN, 0, "dashboard.report"},
};
const size_t ROUTES_COUNT = sizeof ROUTES / sizeof ROUTES[0];
