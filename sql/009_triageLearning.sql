-- 009_triageLearning.sql — the local classifier learns from agents (issue 13).
--
-- The database itself captures every team an agent sets, so no handler has
-- to remember it: a trigger on conversations turns "team changed to X" into
-- a labelled example (the text the pipeline triaged, its suggestion, the
-- final team, who and when). `csctl triage-train --from-db` and the
-- scheduled retrain read them.

-- What the triage pipeline read (subject + newest customer text, bounded):
-- the text an agent's correction labels. Filled by lib/triage/triagePipeline.c.
ALTER TABLE conversations ADD COLUMN triage_input_text TEXT;
-- Set by the pipeline when the model was unsure (confidence below
-- TRIAGE_MIN_CONFIDENCE) and no team was set yet: a human picks the team,
-- auto-assignment waits. Cleared by the trigger below when a team is set.
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS needs_team BOOLEAN NOT NULL DEFAULT false; -- 005 has it too
CREATE INDEX conversations_needs_team ON conversations (last_message_at DESC, id DESC) WHERE needs_team;

CREATE TABLE triage_corrections (
    id               BIGSERIAL PRIMARY KEY,
    -- Kept when the conversation goes: what the agent taught stays useful.
    conversation_id  BIGINT REFERENCES conversations(id) ON DELETE SET NULL,
    text             TEXT NOT NULL,
    suggested_team   TEXT,                   -- the model's suggestion at the time
    previous_team    TEXT,
    final_team       TEXT NOT NULL,
    agent_id         BIGINT REFERENCES agents(id) ON DELETE SET NULL, -- NULL: not set by an agent
    provider         TEXT,                   -- who suggested: local | gemini:<model>
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX triage_corrections_created ON triage_corrections (created_at DESC, id DESC);
CREATE INDEX triage_corrections_conversation ON triage_corrections (conversation_id, created_at DESC);

-- Every retrain: the held-out accuracy before (installed model) and after
-- (candidate), and whether the candidate was installed.
CREATE TABLE triage_model_versions (
    id               BIGSERIAL PRIMARY KEY,
    version          TEXT NOT NULL,          -- the model name triage_runs.model records
    trained_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    trigger          TEXT NOT NULL,          -- csctl | scheduled
    train_docs       INTEGER NOT NULL,
    corrections      INTEGER NOT NULL,       -- corrections used (after conflicts resolved)
    last_correction_id BIGINT,               -- newest correction seen by this training
    previous_version TEXT,
    accuracy_before  REAL,                   -- on the held-out file; NULL: no installed model
    accuracy_after   REAL NOT NULL,
    report           JSONB NOT NULL DEFAULT '{}', -- per language, before and after
    installed        BOOLEAN NOT NULL,
    reason           TEXT NOT NULL           -- installed | worse | forced | no_model_before
);
CREATE INDEX triage_model_versions_trained ON triage_model_versions (trained_at DESC, id DESC);

-- A team set to a value: record the correction (when there is triaged text)
-- and clear needs_team. The agent comes from `SET LOCAL cs.agent_id` in the
-- transaction of the change; anything that is not an existing agent's id
-- is recorded as NULL rather than failing the agent's update.
CREATE FUNCTION conversations_team_set() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    raw   TEXT := current_setting('cs.agent_id', true);
    agent BIGINT;
BEGIN
    IF NEW.team IS NULL OR NEW.team IS NOT DISTINCT FROM OLD.team THEN
        RETURN NEW;
    END IF;
    NEW.needs_team := false;
    IF raw ~ '^[0-9]{1,18}$' THEN
        SELECT id INTO agent FROM agents WHERE id = raw::bigint;
    END IF;
    IF NEW.triage_input_text IS NOT NULL AND NEW.triage_input_text <> '' THEN
        INSERT INTO triage_corrections (conversation_id, text, suggested_team, previous_team, final_team,
                                        agent_id, provider)
        VALUES (NEW.id, NEW.triage_input_text, NEW.suggested_team, OLD.team, NEW.team, agent,
                NEW.triage_provider);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER conversations_team_set
    BEFORE UPDATE OF team ON conversations
    FOR EACH ROW EXECUTE FUNCTION conversations_team_set();
