-- 008_reports.sql — daily rollups for the admin dashboard (design §14,
-- README "Dashboard").
--
-- report_daily holds, per Asia/Kolkata day, everything the reports sum:
-- conversation counts by channel x final team x AI suggestion (from
-- conversations), event counts and value histograms per agent (from
-- reporting_events), and AI runs, tokens and latency histograms per
-- provider and model (from triage_runs). A report reads at most one row
-- group per day, never the history.
--
-- Kept exact without hot-row locks on the write path: statement triggers
-- on the source tables only append the affected days to report_dirty
-- (late events and backfills included). A report computes dirty days live
-- from the sources (report_source) and reads the rollup for the rest; the
-- scheduler's report_refresh() re-materialises dirty days and removes
-- exactly the marks it has seen. report_rebuild() recomputes everything.

CREATE TABLE report_daily (
    day             DATE NOT NULL,
    kind            TEXT NOT NULL,   -- created | first_response | resolved | assigned | reply | missed_call
                                     -- | ai | ai_conversations (distinct conversations triaged that day)
    channel         TEXT,            -- created
    team            TEXT,            -- created: the conversation's current (final) team
    suggested_team  TEXT,            -- created: the AI's suggestion
    agent_id        BIGINT,          -- events
    provider        TEXT,            -- ai
    model           TEXT,            -- ai ('' when none)
    n               BIGINT NOT NULL, -- conversations, events or runs
    n_ok            BIGINT,
    n_fallback      BIGINT,
    n_errors        BIGINT,
    prompt_tokens   BIGINT,
    output_tokens   BIGINT,
    conversations   BIGINT,          -- ai: distinct conversations triaged that day
    hist_b          SMALLINT[],      -- sparse histogram: bucket numbers (report_bucket) ...
    hist_n          INTEGER[]        -- ... and their counts
);
CREATE INDEX report_daily_kind_day ON report_daily (kind, day);

CREATE TABLE report_dirty (
    id   BIGSERIAL PRIMARY KEY,
    day  DATE NOT NULL
);
CREATE INDEX report_dirty_day ON report_dirty (day);

-- What the live parts and the per-day computation need.
CREATE INDEX conversations_created ON conversations (created_at);
CREATE INDEX conversations_open_assignee ON conversations (assignee_id) WHERE status = 'open';
CREATE INDEX triage_runs_created ON triage_runs (created_at);

-- Log-spaced buckets, 8 per doubling: 0 holds [0, 1), bucket i >= 1 holds
-- [2^((i-1)/8), 2^(i/8)); the last (224, about 2^27.9 s = 7.6 years) also
-- holds everything above. lib/reports/reportHist.c mirrors this.
CREATE FUNCTION report_bucket(v DOUBLE PRECISION) RETURNS SMALLINT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN v IS NULL THEN NULL WHEN v < 1 THEN 0
                  ELSE least(1 + floor(8 * ln(v) / ln(2)), 224) END::smallint $$;

-- The rollup rows of days [f, t] computed from the sources, only `kinds`
-- ('ai' also gives 'ai_conversations').
CREATE FUNCTION report_rows(f DATE, t DATE, kinds TEXT[]) RETURNS SETOF report_daily
LANGUAGE sql STABLE
AS $$
WITH b AS (SELECT f::timestamp AT TIME ZONE 'Asia/Kolkata' AS lo,
                  (t + 1)::timestamp AT TIME ZONE 'Asia/Kolkata' AS hi),
ev AS (
    SELECT (e.occurred_at AT TIME ZONE 'Asia/Kolkata')::date AS day, e.name, e.agent_id,
           report_bucket(CASE WHEN e.name IN ('first_response', 'resolved') THEN e.value_seconds END) AS bk,
           count(*) AS c
    FROM reporting_events e, b
    WHERE e.name = ANY (kinds)
      AND e.name IN ('first_response', 'resolved', 'assigned', 'reply', 'missed_call')
      AND e.occurred_at >= b.lo AND e.occurred_at < b.hi
    GROUP BY 1, 2, 3, 4),
tr AS (
    SELECT (r.created_at AT TIME ZONE 'Asia/Kolkata')::date AS day, r.provider, coalesce(r.model, '') AS model,
           r.outcome, r.prompt_tokens, r.output_tokens, r.latency_ms, r.conversation_id
    FROM triage_runs r, b
    WHERE 'ai' = ANY (kinds) AND r.created_at >= b.lo AND r.created_at < b.hi),
ai AS (
    SELECT day, provider, model, count(*) AS runs,
           count(*) FILTER (WHERE outcome = 'ok') AS ok,
           count(*) FILTER (WHERE outcome = 'fallback') AS fb,
           count(*) FILTER (WHERE outcome LIKE 'error%') AS errs,
           coalesce(sum(prompt_tokens), 0) AS pt, coalesce(sum(output_tokens), 0) AS ot,
           count(DISTINCT conversation_id) AS convs
    FROM tr GROUP BY 1, 2, 3),
aih AS (
    SELECT day, provider, model, array_agg(bk ORDER BY bk) AS hb, array_agg(c::int ORDER BY bk) AS hn
    FROM (SELECT day, provider, model, report_bucket(latency_ms) AS bk, count(*) AS c
          FROM tr WHERE latency_ms IS NOT NULL GROUP BY 1, 2, 3, 4) x
    GROUP BY 1, 2, 3)
SELECT (c.created_at AT TIME ZONE 'Asia/Kolkata')::date, 'created', c.channel, c.team, c.suggested_team,
       NULL::bigint, NULL, NULL, count(*), NULL::bigint, NULL::bigint, NULL::bigint, NULL::bigint,
       NULL::bigint, NULL::bigint, NULL::smallint[], NULL::int[]
FROM conversations c, b
WHERE 'created' = ANY (kinds) AND c.created_at >= b.lo AND c.created_at < b.hi
GROUP BY 1, 3, 4, 5
UNION ALL
SELECT day, name, NULL, NULL, NULL, agent_id, NULL, NULL, sum(c)::bigint, NULL, NULL, NULL, NULL, NULL, NULL,
       array_agg(bk ORDER BY bk) FILTER (WHERE bk IS NOT NULL),
       array_agg(c::int ORDER BY bk) FILTER (WHERE bk IS NOT NULL)
FROM ev GROUP BY day, name, agent_id
UNION ALL
SELECT ai.day, 'ai', NULL, NULL, NULL, NULL, ai.provider, ai.model, ai.runs, ai.ok, ai.fb, ai.errs,
       ai.pt, ai.ot, ai.convs, aih.hb, aih.hn
FROM ai LEFT JOIN aih ON aih.day = ai.day AND aih.provider = ai.provider AND aih.model = ai.model
UNION ALL
SELECT day, 'ai_conversations', NULL, NULL, NULL, NULL, NULL, NULL, count(DISTINCT conversation_id),
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM tr GROUP BY day
$$;

-- What a report reads for [f, t]: the rollup of clean days, the sources of
-- dirty ones. PL/pgSQL: its plans are cached per session (the inlined SQL
-- version cost more to plan than to run). A STABLE function reads with its
-- caller's snapshot, so a committed change and its mark go together.
CREATE FUNCTION report_source(f DATE, t DATE, kinds TEXT[]) RETURNS SETOF report_daily
LANGUAGE plpgsql STABLE ROWS 5000
AS $$
DECLARE
    d DATE;
BEGIN
    RETURN QUERY
    SELECT r.* FROM report_daily r
    WHERE r.kind = ANY (kinds) AND r.day BETWEEN f AND t
      AND NOT EXISTS (SELECT 1 FROM report_dirty x WHERE x.day = r.day);
    FOR d IN SELECT DISTINCT day FROM report_dirty WHERE day BETWEEN f AND t LOOP
        RETURN QUERY SELECT * FROM report_rows(d, d, kinds);
    END LOOP;
    RETURN;
END $$;

-- Re-materialises up to max_days dirty days (oldest first). Returns the
-- number of days done; 0 when another refresher holds the lock. Marks are
-- read before the sources, and only the marks read are deleted: a change
-- committed meanwhile keeps its mark and is picked up next time.
CREATE FUNCTION report_refresh(max_days INTEGER) RETURNS INTEGER
LANGUAGE plpgsql
AS $$
DECLARE
    days DATE[];
    ids BIGINT[];
BEGIN
    IF NOT pg_try_advisory_xact_lock(7302010008) THEN
        RETURN 0;
    END IF;
    SELECT array_agg(day) INTO days
    FROM (SELECT DISTINCT day FROM report_dirty ORDER BY day LIMIT max_days) x;
    IF days IS NULL THEN
        RETURN 0;
    END IF;
    SELECT array_agg(id) INTO ids FROM report_dirty WHERE day = ANY (days);
    DELETE FROM report_daily WHERE day = ANY (days);
    INSERT INTO report_daily
    SELECT x.* FROM unnest(days) d(day),
                    LATERAL report_rows(d.day, d.day, ARRAY['created', 'first_response', 'resolved',
                                                            'assigned', 'reply', 'missed_call', 'ai']) x;
    DELETE FROM report_dirty WHERE id = ANY (ids);
    RETURN cardinality(days);
END $$;

-- Recomputes every rollup from the sources (csctl reports rebuild).
-- Returns the number of days that have rows.
CREATE FUNCTION report_rebuild() RETURNS INTEGER
LANGUAGE plpgsql
AS $$
DECLARE
    ids BIGINT[];
    lo DATE;
    hi DATE;
    n INTEGER;
BEGIN
    PERFORM pg_advisory_xact_lock(7302010008);
    SELECT array_agg(id) INTO ids FROM report_dirty;
    SELECT min(d), max(d) INTO lo, hi FROM (
        SELECT (min(created_at) AT TIME ZONE 'Asia/Kolkata')::date AS d FROM conversations
        UNION ALL SELECT (max(created_at) AT TIME ZONE 'Asia/Kolkata')::date FROM conversations
        UNION ALL SELECT (min(occurred_at) AT TIME ZONE 'Asia/Kolkata')::date FROM reporting_events
        UNION ALL SELECT (max(occurred_at) AT TIME ZONE 'Asia/Kolkata')::date FROM reporting_events
        UNION ALL SELECT (min(created_at) AT TIME ZONE 'Asia/Kolkata')::date FROM triage_runs
        UNION ALL SELECT (max(created_at) AT TIME ZONE 'Asia/Kolkata')::date FROM triage_runs) x;
    DELETE FROM report_daily;
    IF lo IS NOT NULL THEN
        INSERT INTO report_daily
        SELECT * FROM report_rows(lo, hi, ARRAY['created', 'first_response', 'resolved',
                                                'assigned', 'reply', 'missed_call', 'ai']);
    END IF;
    DELETE FROM report_dirty WHERE id = ANY (ids);
    SELECT count(DISTINCT day) INTO n FROM report_daily;
    RETURN n;
END $$;

-- --- marking dirty days -------------------------------------------------------
CREATE FUNCTION report_mark_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO report_dirty (day)
        SELECT DISTINCT (occurred_at AT TIME ZONE 'Asia/Kolkata')::date FROM new_rows;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO report_dirty (day)
        SELECT DISTINCT (occurred_at AT TIME ZONE 'Asia/Kolkata')::date FROM old_rows;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION report_mark_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO report_dirty (day)
        SELECT DISTINCT (created_at AT TIME ZONE 'Asia/Kolkata')::date FROM new_rows;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO report_dirty (day)
        SELECT DISTINCT (created_at AT TIME ZONE 'Asia/Kolkata')::date FROM old_rows;
    END IF;
    RETURN NULL;
END $$;

-- A conversation's reported fields changed (team set by triage or a human):
-- its creation day, old and new, is dirty. Row-level with WHEN so that the
-- frequent list-field updates (every message) cost nothing here.
CREATE FUNCTION report_mark_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_dirty (day) VALUES ((OLD.created_at AT TIME ZONE 'Asia/Kolkata')::date);
    IF (NEW.created_at AT TIME ZONE 'Asia/Kolkata')::date <> (OLD.created_at AT TIME ZONE 'Asia/Kolkata')::date THEN
        INSERT INTO report_dirty (day) VALUES ((NEW.created_at AT TIME ZONE 'Asia/Kolkata')::date);
    END IF;
    RETURN NULL;
END $$;

-- TRUNCATE of a source: every materialised day is dirty again.
CREATE FUNCTION report_mark_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_dirty (day) SELECT DISTINCT day FROM report_daily;
    DELETE FROM report_daily;
    RETURN NULL;
END $$;

CREATE TRIGGER reporting_events_report_ins AFTER INSERT ON reporting_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_events();
CREATE TRIGGER reporting_events_report_upd AFTER UPDATE ON reporting_events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_events();
CREATE TRIGGER reporting_events_report_del AFTER DELETE ON reporting_events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_events();
CREATE TRIGGER reporting_events_report_trunc AFTER TRUNCATE ON reporting_events
    FOR EACH STATEMENT EXECUTE FUNCTION report_mark_all();

CREATE TRIGGER triage_runs_report_ins AFTER INSERT ON triage_runs
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_created();
CREATE TRIGGER triage_runs_report_upd AFTER UPDATE ON triage_runs
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_created();
CREATE TRIGGER triage_runs_report_del AFTER DELETE ON triage_runs
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_created();
CREATE TRIGGER triage_runs_report_trunc AFTER TRUNCATE ON triage_runs
    FOR EACH STATEMENT EXECUTE FUNCTION report_mark_all();

CREATE TRIGGER conversations_report_ins AFTER INSERT ON conversations
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_created();
CREATE TRIGGER conversations_report_upd AFTER UPDATE OF created_at, channel, team, suggested_team ON conversations
    FOR EACH ROW WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.channel IS DISTINCT FROM NEW.channel
                       OR OLD.team IS DISTINCT FROM NEW.team OR OLD.suggested_team IS DISTINCT FROM NEW.suggested_team)
    EXECUTE FUNCTION report_mark_conversation();
CREATE TRIGGER conversations_report_del AFTER DELETE ON conversations
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_mark_created();
CREATE TRIGGER conversations_report_trunc AFTER TRUNCATE ON conversations
    FOR EACH STATEMENT EXECUTE FUNCTION report_mark_all();
