-- 002_agentsChanged.sql — request workers cache who an API token belongs to
-- (fcgi/auth.c); any change to agents tells them to forget it at once, so a
-- deactivated agent or a changed role takes effect on the next request.
CREATE FUNCTION agents_notify_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('agents_changed', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER agents_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agents
    FOR EACH STATEMENT EXECUTE FUNCTION agents_notify_changed();
