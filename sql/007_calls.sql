-- 007_calls.sql — phone calls from the IVR into the inbox (issue 10).
--
-- Every webhook delivery (Exotel Passthru / StatusCallback, a Call Details
-- answer, the generic JSON) is one call_events row, deduplicated on its
-- content; the `calls` row is the fold of all of a call's events, redone
-- by the call_fold job after each new one, so the order of arrival and
-- duplicates do not matter.

CREATE TABLE call_events (
    id                BIGSERIAL PRIMARY KEY,
    provider          TEXT NOT NULL,
    provider_call_id  TEXT NOT NULL,
    event_key         TEXT NOT NULL,        -- kind ':' sha256 of the normalised data
    kind              TEXT NOT NULL CHECK (kind IN ('passthru', 'status', 'details', 'generic')),
    data              JSONB NOT NULL,       -- normalised (lib/channels/ivr/callEvent.c)
    raw               TEXT,                 -- as received: query string, form or JSON body
    received_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (provider, provider_call_id, event_key)
);
CREATE INDEX call_events_call ON call_events (provider, provider_call_id, id);

ALTER TABLE calls
    ADD COLUMN status_raw          TEXT,     -- the provider's own word (calls.status is ours)
    ADD COLUMN agent_number        TEXT,
    ADD COLUMN digits              TEXT,
    ADD COLUMN notes               TEXT,
    ADD COLUMN transcript          TEXT,
    ADD COLUMN message_id          BIGINT REFERENCES messages(id) ON DELETE SET NULL,
    ADD COLUMN recording_media_id  BIGINT REFERENCES media(id) ON DELETE SET NULL,
    ADD COLUMN team_applied        BOOLEAN NOT NULL DEFAULT FALSE,  -- digits looked at once
    ADD COLUMN missed_reported     BOOLEAN NOT NULL DEFAULT FALSE,  -- priority + missed_call once
    ADD COLUMN triaged_text_hash   TEXT,     -- notes/transcript last queued for triage
    ADD COLUMN reconcile_attempts  INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN reconciled_at       TIMESTAMPTZ,
    ADD COLUMN updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD CONSTRAINT calls_status_check
        CHECK (status IS NULL OR status IN ('answered', 'missed', 'busy', 'failed', 'voicemail', 'other'));
CREATE INDEX calls_conversation ON calls (conversation_id);
-- Calls with no final status yet: what reconciliation asks Exotel about.
CREATE INDEX calls_unfinished ON calls (provider, created_at) WHERE status IS NULL;

-- One webhook delivery: the event (ignored when the same content was seen
-- before) and, when new, the coalescing fold job, in one statement. Returns
-- whether the event was new.
CREATE FUNCTION record_call_event(p_provider text, p_call_id text, p_event_key text, p_kind text,
                                  p_data jsonb, p_raw text, p_max_attempts int)
RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    new_id bigint;
BEGIN
    INSERT INTO call_events (provider, provider_call_id, event_key, kind, data, raw)
    VALUES (p_provider, p_call_id, p_event_key, p_kind, p_data, p_raw)
    ON CONFLICT (provider, provider_call_id, event_key) DO NOTHING
    RETURNING id INTO new_id;
    IF new_id IS NULL THEN
        RETURN false;
    END IF;
    PERFORM enqueue_job('call_fold', jsonb_build_object('provider', p_provider, 'call_id', p_call_id), 0,
                        p_max_attempts, 'call_fold:' || p_provider || ':' || p_call_id);
    RETURN true;
END
$$;
