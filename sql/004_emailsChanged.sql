-- 004_emailsChanged.sql — request workers cache recent GET /emails pages;
-- any change to emails, or to a conversation's team fields that the list
-- filters on, tells them to forget those pages at once (lib/dbNotify.c;
-- notify_table_changed() is defined in 002).
CREATE TRIGGER emails_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON emails
    FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed('emails_changed');

CREATE TRIGGER conversations_changed
    AFTER UPDATE OR DELETE OR TRUNCATE ON conversations
    FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed('emails_changed');
