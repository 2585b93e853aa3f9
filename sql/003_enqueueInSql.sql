-- 003_enqueueInSql.sql — the job queue's insert as one SQL function, so a
-- webhook can record its event and queue its job in a single atomic
-- statement (one round trip instead of BEGIN / lookup / insert / enqueue /
-- COMMIT on the hottest write path). lib/jobQueue.c's job_enqueue() calls
-- the same function: there is one definition of "put a job in the queue".

-- Returns the new job's id, or NULL when a queued job with the same
-- dedupe_key absorbed it. NOTIFY jobs is sent (at commit) only for new jobs.
CREATE FUNCTION enqueue_job(p_kind text, p_payload jsonb, p_delay_ms bigint, p_max_attempts int,
                            p_dedupe_key text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    new_id bigint;
BEGIN
    INSERT INTO jobs (kind, payload, run_at, max_attempts, dedupe_key)
    VALUES (p_kind, coalesce(p_payload, '{}'), now() + greatest(p_delay_ms, 0) * interval '1 millisecond',
            p_max_attempts, p_dedupe_key)
    ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL AND state = 'queued' DO NOTHING
    RETURNING id INTO new_id;
    IF new_id IS NOT NULL THEN
        PERFORM pg_notify('jobs', p_kind);
    END IF;
    RETURN new_id;
END
$$;

-- A Gmail Pub/Sub push: no row when the mailbox is unknown or inactive;
-- otherwise the mailbox id and whether the notification was new (Pub/Sub
-- redelivers: a repeated messageId records nothing and queues nothing).
-- The job's payload and dedupe key match gmail_enqueue_sync() in
-- lib/gmailSync.c.
CREATE FUNCTION record_gmail_push(p_message_id text, p_email text, p_history_id numeric,
                                  p_max_attempts int)
RETURNS TABLE (support_email_id bigint, fresh boolean)
LANGUAGE plpgsql AS $$
DECLARE
    mailbox bigint;
    notification bigint;
BEGIN
    SELECT s.id INTO mailbox FROM support_emails s WHERE s.email = p_email AND s.is_active;
    IF mailbox IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO gmail_notifications (pubsub_message_id, email_address, history_id, support_email_id)
    VALUES (p_message_id, p_email, p_history_id, mailbox)
    ON CONFLICT (pubsub_message_id) DO NOTHING
    RETURNING id INTO notification;
    IF notification IS NOT NULL THEN
        PERFORM enqueue_job('gmail_sync', jsonb_build_object('support_email_id', mailbox), 0,
                            p_max_attempts, 'gmail_sync:' || mailbox);
    END IF;
    support_email_id := mailbox;
    fresh := notification IS NOT NULL;
    RETURN NEXT;
END
$$;
