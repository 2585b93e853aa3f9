-- 002_agentsChanged.sql — request workers cache who an API token belongs to
-- (fcgi/auth.c); any change to agents tells them to forget it at once, so a
-- deactivated agent or a changed role takes effect on the next request.

-- NOTIFY <channel> (the trigger's argument) once per changing statement:
-- the one mechanism behind every cache invalidation (lib/dbNotify.c).
CREATE FUNCTION notify_table_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], '');
    RETURN NULL;
END
$$;

CREATE TRIGGER agents_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agents
    FOR EACH STATEMENT EXECUTE FUNCTION notify_table_changed('agents_changed');
