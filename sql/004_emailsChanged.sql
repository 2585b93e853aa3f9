-- 004_emailsChanged.sql — request workers cache recent GET /emails pages;
-- any change to emails, or to a conversation's team fields that the list
-- filters on, tells them to forget those pages at once (lib/dbNotify.c).
CREATE FUNCTION emails_notify_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('emails_changed', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER emails_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON emails
    FOR EACH STATEMENT EXECUTE FUNCTION emails_notify_changed();

CREATE TRIGGER conversations_changed
    AFTER UPDATE OR DELETE OR TRUNCATE ON conversations
    FOR EACH STATEMENT EXECUTE FUNCTION emails_notify_changed();
