-- 012_inboxCounts.sql — the inbox (issue 8): GET /conversations/counts reads
-- only active work, through an index that holds every column it groups on
-- (an index-only scan, no heap visits at 1M conversations); and a new
-- conversation tells the request workers' page caches to forget (UPDATE and
-- DELETE already do, sql/004).
CREATE INDEX conversations_active_counts ON conversations (status, team, assignee_id)
    WHERE status IN ('open', 'pending');

CREATE TRIGGER conversations_inserted
    AFTER INSERT ON conversations
    FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed('emails_changed');

-- The conversation item shows the customer's name, email and phone.
CREATE TRIGGER customers_changed
    AFTER UPDATE OR DELETE ON customers
    FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed('emails_changed');
CREATE TRIGGER customer_identities_changed
    AFTER INSERT OR UPDATE OR DELETE ON customer_identities
    FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed('emails_changed');
