-- 005_inbox.sql — the inbox every channel writes into (design §12):
-- one timeline table for every channel's messages and the agents' notes,
-- the conversation fields the list needs without joins, agents' login and
-- availability, canned responses, and our own media store.

-- Trigram search over subject, summary and message text: works for
-- Devanagari and Hinglish words alike (no stemming dictionary needed).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- --- agents: login, availability, round-robin tie break ----------------------
ALTER TABLE agents
    ADD COLUMN password_hash    TEXT,              -- "scrypt$N$r$p$salt$hash" (lib/crypto/password.c)
    ADD COLUMN available        BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN last_assigned_at TIMESTAMPTZ;

-- Failed logins, shared by every worker and host (5 per email in 15 min: 429).
CREATE TABLE login_failures (
    id         BIGSERIAL PRIMARY KEY,
    email      TEXT NOT NULL,
    failed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_email_time ON login_failures (email, failed_at);

-- --- our own media store (WhatsApp files, call recordings) -------------------
CREATE TABLE media (
    id            BIGSERIAL PRIMARY KEY,
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'stored', 'failed')),
    source_url    TEXT,                 -- the provider's (expiring) URL; never served
    content_type  TEXT,
    size_bytes    BIGINT,
    sha256        TEXT,
    storage_path  TEXT,                 -- relative to MEDIA_DIR
    filename      TEXT,
    error         TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- --- conversations: list fields kept with the row -----------------------------
ALTER TABLE conversations
    ADD COLUMN last_message_preview     TEXT,
    ADD COLUMN message_count            INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN last_inbound_at          TIMESTAMPTZ,   -- the customer's time of their last message
    ADD COLUMN reopened_at              TIMESTAMPTZ,
    ADD COLUMN search_text              TEXT NOT NULL DEFAULT '',  -- message texts, bounded
    -- triage was not sure: a human picks the team; auto-assignment waits
    ADD COLUMN needs_team               BOOLEAN NOT NULL DEFAULT FALSE;

-- What `q` searches: subject, AI summary and message text. One definition,
-- used by the index and by the query (lib/inbox/conversations.c), so the
-- planner matches them.
CREATE FUNCTION conversation_search_doc(subject TEXT, summary TEXT, search_text TEXT)
RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT lower(coalesce(subject, '') || ' ' || coalesce(summary, '') || ' ' || search_text) $$;
CREATE INDEX conversations_search_trgm ON conversations
    USING gin (conversation_search_doc(subject, summary, search_text) gin_trgm_ops);
CREATE INDEX conversations_last ON conversations (last_message_at DESC, id DESC);
CREATE INDEX conversations_assignee_last
    ON conversations (assignee_id, status, last_message_at DESC, id DESC);
CREATE INDEX conversations_team_last ON conversations (team, status, last_message_at DESC, id DESC);
-- A team's waiting queue, oldest first (auto-assignment).
CREATE INDEX conversations_waiting ON conversations (team, created_at, id)
    WHERE status = 'open' AND assignee_id IS NULL;
-- Open chat/call conversation of a customer (a new line or call joins it).
CREATE INDEX conversations_customer_open ON conversations (customer_id, channel, last_message_at DESC)
    WHERE status IN ('open', 'pending');

-- --- the timeline ----------------------------------------------------------
CREATE TABLE messages (
    id                  BIGSERIAL PRIMARY KEY,
    conversation_id     BIGINT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    channel             TEXT NOT NULL CHECK (channel IN ('email', 'chat', 'call')),
    direction           TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    kind                TEXT NOT NULL CHECK (kind IN ('text', 'image', 'audio', 'video', 'document',
                                                      'location', 'call', 'note', 'other')),
    author_type         TEXT NOT NULL CHECK (author_type IN ('customer', 'agent', 'system')),
    author_id           BIGINT,             -- agents.id or customers.id, by author_type
    author_name         TEXT,
    text                TEXT,
    html                TEXT,               -- sanitised (email only)
    attachments         JSONB NOT NULL DEFAULT '[]',
    media_id            BIGINT REFERENCES media(id) ON DELETE SET NULL,
    status              TEXT CHECK (status IN ('queued', 'sent', 'delivered', 'read', 'failed')),
    error               TEXT,
    private             BOOLEAN NOT NULL DEFAULT FALSE,
    email_id            BIGINT REFERENCES emails(id) ON DELETE SET NULL,
    chat_id             BIGINT REFERENCES chats(id) ON DELETE SET NULL,
    call_id             BIGINT REFERENCES calls(id) ON DELETE SET NULL,
    provider_message_id TEXT,               -- outbound: the provider's id once sent
    meta                JSONB NOT NULL DEFAULT '{}',  -- channel details (call status, template, ...)
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX messages_conversation ON messages (conversation_id, created_at, id);
CREATE UNIQUE INDEX messages_email_key ON messages (email_id) WHERE email_id IS NOT NULL;
CREATE UNIQUE INDEX messages_chat_key ON messages (chat_id) WHERE chat_id IS NOT NULL;
CREATE UNIQUE INDEX messages_call_key ON messages (call_id) WHERE call_id IS NOT NULL;
CREATE INDEX messages_provider_id ON messages (channel, provider_message_id)
    WHERE provider_message_id IS NOT NULL;

-- --- canned responses (agents read, admins write) ------------------------------
CREATE TABLE canned_responses (
    id          BIGSERIAL PRIMARY KEY,
    short_code  TEXT NOT NULL CHECK (short_code ~ '^[a-z0-9_-]{1,40}$'),
    text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
    created_by  BIGINT REFERENCES agents(id) ON DELETE SET NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX canned_responses_short_code_key ON canned_responses (short_code);

CREATE INDEX reporting_events_conversation ON reporting_events (conversation_id);
CREATE INDEX assignments_agent ON assignments (agent_id, assigned_at);

-- --- existing data into the timeline -------------------------------------------
INSERT INTO messages (conversation_id, channel, direction, kind, author_type, author_id, author_name,
                      text, html, attachments, email_id, created_at)
SELECT e.conversation_id, 'email', CASE WHEN e.from_address = e.mailbox THEN 'out' ELSE 'in' END, 'text',
       CASE WHEN e.from_address = e.mailbox THEN 'system' ELSE 'customer' END,
       e.customer_id, e.from_name, COALESCE(NULLIF(btrim(e.new_text), ''), e.body_text), e.body_html,
       e.attachments, e.id, COALESCE(e.internal_date, e.created_at)
FROM emails e WHERE e.conversation_id IS NOT NULL;

INSERT INTO messages (conversation_id, channel, direction, kind, author_type, author_id, text,
                      chat_id, created_at)
SELECT c.conversation_id, 'chat', CASE WHEN c.direction = 'outbound' THEN 'out' ELSE 'in' END,
       'text', CASE WHEN c.direction = 'outbound' THEN 'agent' ELSE 'customer' END,
       c.customer_id, c.body, c.id, COALESCE(c.received_at, c.created_at)
FROM chats c WHERE c.conversation_id IS NOT NULL;

UPDATE conversations c SET
    message_count = m.n,
    last_message_preview = left(regexp_replace(m.last_text, '\s+', ' ', 'g'), 200),
    last_inbound_at = m.last_in,
    search_text = left(coalesce(m.all_text, ''), 16384)
FROM (SELECT conversation_id, count(*) AS n,
             (array_agg(text ORDER BY created_at DESC, id DESC))[1] AS last_text,
             max(created_at) FILTER (WHERE direction = 'in') AS last_in,
             string_agg(text, ' ' ORDER BY created_at, id) AS all_text
      FROM messages GROUP BY conversation_id) m
WHERE m.conversation_id = c.id;
