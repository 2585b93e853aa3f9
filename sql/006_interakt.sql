-- 006_interakt.sql — WhatsApp through Interakt: the webhook events as
-- received (the durable record the 200 acknowledges), the phone a chat
-- line came from, and what a downloaded media file was expected to be.

-- Every signed webhook event, kept raw (exact body text) before any work is
-- done on it. A redelivery hits the unique key and adds no row.
CREATE TABLE interakt_events (
    id           BIGSERIAL PRIMARY KEY,
    event_type   TEXT NOT NULL,
    message_id   TEXT,                 -- data.message.id (Interakt's id) when present
    dedupe_key   TEXT NOT NULL,        -- "<type>:<message id>", or "<type>:sha256:<body hash>"
    raw          TEXT NOT NULL,        -- the event's JSON text as received
    state        TEXT NOT NULL DEFAULT 'received'
                 CHECK (state IN ('received', 'applied', 'pending', 'ignored', 'failed')),
    -- pending: a status for an outbound id we do not know yet (applied when it appears)
    error        TEXT,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    processed_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX interakt_events_dedupe ON interakt_events (dedupe_key);
CREATE INDEX interakt_events_pending ON interakt_events (message_id) WHERE state = 'pending';
CREATE INDEX interakt_events_type ON interakt_events (event_type, id);

-- The customer's WhatsApp number (E.164) of an inbound line: replies go
-- back to the number the customer wrote from.
ALTER TABLE chats ADD COLUMN phone_e164 TEXT;
CREATE INDEX chats_conversation ON chats (conversation_id, received_at DESC, id DESC);

-- image | audio | video | document: what the channel said the file is; the
-- download checks the bytes against it (NULL: any allowed type).
ALTER TABLE media ADD COLUMN expect_kind TEXT
    CHECK (expect_kind IN ('image', 'audio', 'video', 'document'));

-- A WhatsApp button or list reply is its own kind of timeline message
-- (its title is the text, so a client that does not know the kind shows it).
ALTER TABLE messages DROP CONSTRAINT messages_kind_check;
ALTER TABLE messages ADD CONSTRAINT messages_kind_check
    CHECK (kind IN ('text', 'image', 'audio', 'video', 'document', 'location', 'button_reply',
                    'call', 'note', 'other'));
