-- 001_init.sql — the data model: mailboxes, emails, customers, conversations, jobs.
-- Applied once, inside a transaction, by `csctl migrate`; recorded in
-- schema_migrations. Later changes go in new numbered files.

CREATE TABLE agents (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email       TEXT NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
    role        TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('admin', 'agent')),
    teams       TEXT[] NOT NULL DEFAULT '{}',
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    capacity    INTEGER NOT NULL DEFAULT 20 CHECK (capacity >= 0),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX agents_email_key ON agents (email);

CREATE TABLE support_emails (
    id               BIGSERIAL PRIMARY KEY,
    email            TEXT NOT NULL CHECK (email = lower(email)),
    display_name     TEXT,
    is_active        BOOLEAN NOT NULL DEFAULT TRUE,
    history_id       NUMERIC(20),           -- Gmail history cursor (uint64)
    watch_expiration TIMESTAMPTZ,
    last_sync_at     TIMESTAMPTZ,
    last_sync_status TEXT,                  -- ok | error | never
    last_error       TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX support_emails_email_key ON support_emails (email);

CREATE TABLE customers (
    id           BIGSERIAL PRIMARY KEY,
    name         TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One customer across channels: emails lowercased, phones in E.164.
CREATE TABLE customer_identities (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    value        TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (kind, value)
);
CREATE INDEX customer_identities_customer ON customer_identities (customer_id);

CREATE TABLE conversations (
    id                 BIGSERIAL PRIMARY KEY,
    customer_id        BIGINT REFERENCES customers(id),
    channel            TEXT NOT NULL CHECK (channel IN ('email', 'chat', 'call')),
    support_email_id   BIGINT REFERENCES support_emails(id) ON DELETE SET NULL,
    gmail_thread_id    TEXT,
    subject            TEXT,
    status             TEXT NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'pending', 'resolved', 'closed')),
    team               TEXT CHECK (team IN ('finance', 'support', 'dispatch', 'sales', 'technical',
                                            'returns_refunds', 'general')),
    suggested_team     TEXT CHECK (suggested_team IN ('finance', 'support', 'dispatch', 'sales', 'technical',
                                                      'returns_refunds', 'general')),
    summary            TEXT,
    triage_confidence  REAL,
    language           TEXT,
    sentiment          TEXT,
    priority           TEXT CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    triage_provider    TEXT,
    triaged_at         TIMESTAMPTZ,
    triage_input_hash  TEXT,               -- hash of the text last triaged: re-triage only on new text
    assignee_id        BIGINT REFERENCES agents(id) ON DELETE SET NULL,
    first_response_at  TIMESTAMPTZ,
    resolved_at        TIMESTAMPTZ,
    last_message_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- One Gmail thread per mailbox is one conversation.
CREATE UNIQUE INDEX conversations_gmail_thread_key
    ON conversations (support_email_id, gmail_thread_id) WHERE gmail_thread_id IS NOT NULL;
CREATE INDEX conversations_status_last ON conversations (status, last_message_at DESC, id DESC);
CREATE INDEX conversations_customer ON conversations (customer_id);
CREATE INDEX conversations_assignee ON conversations (assignee_id) WHERE assignee_id IS NOT NULL;

CREATE TABLE emails (
    id                BIGSERIAL PRIMARY KEY,
    support_email_id  BIGINT REFERENCES support_emails(id) ON DELETE SET NULL,
    conversation_id   BIGINT REFERENCES conversations(id) ON DELETE CASCADE,
    customer_id       BIGINT REFERENCES customers(id),
    mailbox           TEXT NOT NULL,          -- the support address, kept if the mailbox row goes
    gmail_message_id  TEXT NOT NULL,
    gmail_thread_id   TEXT,
    history_id        NUMERIC(20),
    internal_date     TIMESTAMPTZ,
    message_id_header TEXT,
    in_reply_to       TEXT,
    references_header TEXT,
    from_address      TEXT,
    from_name         TEXT,
    to_addresses      TEXT,
    cc_addresses      TEXT,
    reply_to          TEXT,
    subject           TEXT,
    sent_at           TIMESTAMPTZ,
    body_text         TEXT,
    body_html         TEXT,                   -- sanitised only
    new_text          TEXT,                   -- the customer's new text, quotes and signature removed
    snippet           TEXT,
    attachments       JSONB NOT NULL DEFAULT '[]',
    label_ids         TEXT[] NOT NULL DEFAULT '{}',
    raw_size          INTEGER,
    raw               BYTEA,                  -- kept only when parsing failed
    parse_error       TEXT,
    summary           TEXT,                   -- the seed's triage columns
    suggested_team    TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (mailbox, gmail_message_id)
);
CREATE INDEX emails_keyset ON emails (created_at DESC, id DESC);
CREATE INDEX emails_support_email ON emails (support_email_id, created_at DESC, id DESC);
CREATE INDEX emails_conversation ON emails (conversation_id);
CREATE INDEX emails_message_id_header ON emails (message_id_header);

CREATE TABLE chats (
    id                  BIGSERIAL PRIMARY KEY,
    conversation_id     BIGINT REFERENCES conversations(id) ON DELETE CASCADE,
    customer_id         BIGINT REFERENCES customers(id),
    provider            TEXT NOT NULL DEFAULT 'interakt',
    provider_message_id TEXT NOT NULL,
    direction           TEXT NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound')),
    content_type        TEXT,
    body                TEXT,
    media_url           TEXT,
    status              TEXT,
    received_at         TIMESTAMPTZ,
    raw                 JSONB,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (provider, provider_message_id)
);

CREATE TABLE calls (
    id                BIGSERIAL PRIMARY KEY,
    conversation_id   BIGINT REFERENCES conversations(id) ON DELETE CASCADE,
    customer_id       BIGINT REFERENCES customers(id),
    provider          TEXT NOT NULL,
    provider_call_id  TEXT NOT NULL,
    direction         TEXT,
    from_e164         TEXT,
    to_e164           TEXT,
    status            TEXT,
    started_at        TIMESTAMPTZ,
    ended_at          TIMESTAMPTZ,
    talk_seconds      INTEGER,
    recording_url     TEXT,
    raw               JSONB,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (provider, provider_call_id)
);

CREATE TABLE assignments (
    id               BIGSERIAL PRIMARY KEY,
    conversation_id  BIGINT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    agent_id         BIGINT REFERENCES agents(id) ON DELETE SET NULL,
    assigned_by      BIGINT REFERENCES agents(id) ON DELETE SET NULL,
    assigned_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    unassigned_at    TIMESTAMPTZ
);
CREATE INDEX assignments_conversation ON assignments (conversation_id);

CREATE TABLE triage_runs (
    id               BIGSERIAL PRIMARY KEY,
    conversation_id  BIGINT REFERENCES conversations(id) ON DELETE CASCADE,
    email_id         BIGINT REFERENCES emails(id) ON DELETE SET NULL,
    provider         TEXT NOT NULL,          -- gemini | local
    model            TEXT,
    prompt_tokens    INTEGER,
    output_tokens    INTEGER,
    latency_ms       INTEGER,
    cost_usd         NUMERIC(12, 8),
    outcome          TEXT NOT NULL,          -- ok | fallback | error:<reason>
    error            TEXT,
    suggested_team   TEXT,
    confidence       REAL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX triage_runs_conversation ON triage_runs (conversation_id, created_at DESC);

-- Append-only facts for the dashboard; days are bucketed in Asia/Kolkata.
CREATE TABLE reporting_events (
    id               BIGSERIAL PRIMARY KEY,
    name             TEXT NOT NULL,          -- conversation_created | first_response | resolved | ...
    value_seconds    DOUBLE PRECISION,
    conversation_id  BIGINT REFERENCES conversations(id) ON DELETE CASCADE,
    agent_id         BIGINT REFERENCES agents(id) ON DELETE SET NULL,
    channel          TEXT,
    team             TEXT,
    occurred_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX reporting_events_name_time ON reporting_events (name, occurred_at);

-- Pub/Sub push notifications, deduplicated on messageId (at-least-once delivery).
CREATE TABLE gmail_notifications (
    id               BIGSERIAL PRIMARY KEY,
    pubsub_message_id TEXT NOT NULL UNIQUE,
    email_address    TEXT NOT NULL,
    history_id       NUMERIC(20) NOT NULL,
    support_email_id BIGINT REFERENCES support_emails(id) ON DELETE CASCADE,
    received_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The job queue: claimed with FOR UPDATE SKIP LOCKED, woken by NOTIFY jobs.
CREATE TABLE jobs (
    id           BIGSERIAL PRIMARY KEY,
    kind         TEXT NOT NULL,
    payload      JSONB NOT NULL DEFAULT '{}',
    state        TEXT NOT NULL DEFAULT 'queued'
                 CHECK (state IN ('queued', 'running', 'done', 'dead')),
    run_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts     INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 8,
    last_error   TEXT,
    dedupe_key   TEXT,                       -- at most one queued job per key
    locked_by    TEXT,                       -- host:pid of the worker
    locked_backend INTEGER,                  -- pg_backend_pid() of the worker's connection
    locked_at    TIMESTAMPTZ,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ
);
CREATE INDEX jobs_ready ON jobs (run_at, id) WHERE state = 'queued';
CREATE INDEX jobs_state ON jobs (state, updated_at DESC);
-- Coalescing: at most one *queued* job per key (a running one may have a successor queued).
CREATE UNIQUE INDEX jobs_dedupe_key ON jobs (dedupe_key) WHERE dedupe_key IS NOT NULL AND state = 'queued';
