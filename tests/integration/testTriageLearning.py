"""testTriageLearning.py — the local classifier learns from agents (issue 13),
against the real stack: an agent's team change becomes a correction (by the
database trigger of sql/009), `csctl triage-train --from-db` retrains on the
corpus plus the corrections, the running job workers pick the new model up
without a restart, and the next similar message gets the agent's team.
A retrain that is worse on the held-out set is not installed; the scheduled
retrain runs when configured; low confidence marks needs_team.

Run: python3 tests/integration/testTriageLearning.py (cwd = repo root).
"""

import hashlib
import json
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from harness import Stack, REPO, psql  # noqa: E402
from testTriage import TriageMixin, model_path  # noqa: E402

DATA_DIR = os.path.join(REPO, "lib", "triage", "triageData")

# A question the corpus never covers: sponsoring village sports. The policy
# sends what it does not name to general; these agents decide that
# sponsorship is marketing, which the sales team handles. Should a model
# already say sales, the test teaches the next candidate team instead: what
# matters is that the agents' choice, not the model's guess, wins after a
# retrain.
FIRST = "Does Katyayani sponsor kabaddi tournaments in our village? We need a sponsor for the trophy."
SIMILAR = "Will Katyayani sponsor our village kabaddi tournament? We are looking for a trophy sponsor."
SECOND = "Katyayani can sponsor the kabaddi tournament of our village? Looking for a sponsor for the trophy."
CANDIDATE_TEAMS = ("sales", "general", "support")


# The agents' view of the new topic, added to the test's private copy of the
# held-out file once the agents' team is known: the held-out set agrees with
# the agents, as it would once they teach a new rule. Without it the gate
# weighs two corrections that go against the corpus's policy only by what
# they cost elsewhere, and a one-message loss in 1,400 (which depends on the
# corpus of the day) would refuse the retrain this test is about.
AGENTS_VIEW = (
    "Can Katyayani sponsor the kabaddi trophy for our gram panchayat tournament?",
    "We are organising a kabaddi tournament, will your company be the trophy sponsor?",
    "Sponsor needed for kabaddi tournament in our village, can Katyayani help with the trophy?",
    "Is Katyayani interested in sponsoring a village kabaddi tournament trophy this season?",
)


# Messages without a request yet, for the needs_team test.
VAGUE = ("hello", "hmm", "plz", "?", "ji", "hi sir")


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class LearningMixin(TriageMixin):
    def set_team(self, cid, team, agent_id):
        """What the inbox's PATCH does: the agent id for the trigger, then the team."""
        stmt = "UPDATE conversations SET team = %s WHERE id = %s" % (
            "'%s'" % team if team else "NULL", int(cid))
        if agent_id is None:
            psql(self.stack.db_url, stmt)
        else:
            psql(self.stack.db_url, "BEGIN; SET LOCAL cs.agent_id = '%d'; %s; COMMIT" % (int(agent_id), stmt))

    def triage(self, text):
        cid, _ = self.new_query(text, subject="Question")
        c = self.wait_triaged(cid)
        run = self.stack.sql("SELECT model FROM triage_runs WHERE conversation_id = %s AND outcome = 'ok'"
                             " ORDER BY id DESC LIMIT 1", (cid,))
        return cid, c["team"], run[0][0]

    def retrain(self, *extra):
        p = self.stack.csctl("triage-train", "--from-db", *extra)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        return p.stdout


@unittest.skipUnless(model_path(), "no local triage model (make model)")
class TriageLearningTest(LearningMixin, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # A private copy of the model: retraining replaces it.
        cls.tmp = tempfile.mkdtemp(prefix="triageLearning-")
        cls.model = os.path.join(cls.tmp, "triage.model")
        shutil.copy(model_path(), cls.model)
        # A private copy of the data dir: test_1 adds the agents' view to its
        # held-out file.
        cls.data = os.path.join(cls.tmp, "triageData")
        os.mkdir(cls.data)
        for name in os.listdir(DATA_DIR):
            if name.endswith(".tsv"):
                shutil.copy(os.path.join(DATA_DIR, name), cls.data)
        cls.stack = Stack(env={"TRIAGE_MODEL_FILE": cls.model, "TRIAGE_DATA_DIR": cls.data,
                               "TRIAGE_MIN_CONFIDENCE": "0.5"}).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_1_agent_correction_changes_the_next_prediction(self):
        s = self.stack
        cid, team, version0 = self.triage(FIRST)
        self.assertRegex(version0, r"^local-(nb|lr)-\d+-[0-9a-f]{8}$")
        stored = s.sql("SELECT triage_input_text FROM conversations WHERE id = %s", (cid,))[0][0]
        self.assertIn(FIRST, stored)

        # Before any retrain the similar message is not the agent's team either.
        _, before, _ = self.triage(SIMILAR)
        agent_team = next(t for t in CANDIDATE_TEAMS if t not in (team, before))

        self.set_team(cid, agent_team, s.agent_id)
        rows = s.sql("SELECT text, suggested_team, final_team, agent_id, previous_team FROM triage_corrections"
                     " WHERE conversation_id = %s", (cid,))
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0][0], stored)
        # previous_team: the suggestion itself when triage was sure enough to adopt it
        self.assertIn(rows[0][4], (None, team))
        self.assertEqual((rows[0][1], rows[0][2], int(rows[0][3])), (team, agent_team, s.agent_id))
        # A second conversation of the kind, corrected by another agent.
        cid2, team2, _ = self.triage(SECOND)
        if team2 != agent_team:
            self.set_team(cid2, agent_team, s.admin_id)

        with open(os.path.join(self.data, "heldOut.tsv"), "a", encoding="utf-8") as f:
            for text in AGENTS_VIEW:
                f.write("%s\ten\t%s\n" % (agent_team, text))

        inode = os.stat(self.model).st_ino
        out = self.retrain()
        self.assertIn("installed", out)
        self.assertNotIn("NOT installed", out)
        self.assertIn("before", out)
        self.assertNotEqual(os.stat(self.model).st_ino, inode, "the model file is replaced by a rename")
        v = s.sql("SELECT version, previous_version, corrections, installed, reason, trigger,"
                  " accuracy_before, accuracy_after, report->'hi'->>'after' FROM triage_model_versions"
                  " ORDER BY id DESC LIMIT 1")[0]
        self.assertEqual((v[1], v[3], v[4], v[5]), (version0, "t", "installed", "csctl"))
        self.assertGreaterEqual(int(v[2]), 1)
        self.assertGreaterEqual(float(v[7]), float(v[6]))
        self.assertIsNotNone(v[8])

        # The same csd (no restart): the job worker loads the new file itself.
        pids = s.csd_pids()
        cid3, after, version1 = self.triage(SIMILAR)
        self.assertEqual(after, agent_team, s.log_text()[-3000:])
        self.assertEqual(version1, v[0])
        self.assertNotEqual(version1, version0)
        self.assertEqual(s.csd_pids()["job"], pids["job"])
        self.assertIn("local triage model reloaded", s.log_text())

    def test_2_changes_without_an_agent_or_text(self):
        s = self.stack
        cid, team, _ = self.triage("Where is my order? It has been a week.")
        other = "support" if team != "support" else "general"
        self.set_team(cid, other, None)  # not an agent: recorded, never trained on
        row = s.sql("SELECT agent_id, final_team FROM triage_corrections WHERE conversation_id = %s", (cid,))
        self.assertEqual(row, [(None, other)])
        # The pipeline adopting its own suggestion records nothing.
        self.assertEqual(s.sql("SELECT count(*) FROM triage_corrections c JOIN conversations v"
                               " ON v.id = c.conversation_id WHERE c.agent_id IS NULL"
                               " AND c.final_team = c.suggested_team"), [("0",)])
        # Setting the same team again, or clearing it, is no correction.
        self.set_team(cid, other, s.agent_id)
        self.set_team(cid, None, s.agent_id)
        self.assertEqual(len(s.sql("SELECT 1 FROM triage_corrections WHERE conversation_id = %s", (cid,))), 1)
        # A conversation never triaged has no text to learn from.
        fresh = s.sql("INSERT INTO conversations (channel) VALUES ('call') RETURNING id")[0][0]
        self.set_team(fresh, "sales", s.agent_id)
        self.assertEqual(s.sql("SELECT count(*) FROM triage_corrections WHERE conversation_id = %s",
                               (fresh,)), [("0",)])
        # A bogus agent id in the setting is recorded as NULL, never an error.
        cid2, team2, _ = self.triage("Need the invoice for my payment")
        other2 = "sales" if team2 != "sales" else "general"
        psql(s.db_url, "BEGIN; SET LOCAL cs.agent_id = 'x; drop'; UPDATE conversations SET team = '%s'"
                       " WHERE id = %d; COMMIT" % (other2, int(cid2)))
        self.assertEqual(s.sql("SELECT agent_id FROM triage_corrections WHERE conversation_id = %s", (cid2,)),
                         [(None,)])

    def test_3_low_confidence_needs_a_human(self):
        s = self.stack
        # Messages that say nothing yet; which of them the model is least
        # sure of depends on the corpus of the day, so ask it (the same
        # model file the stack's job workers use), then check the stack.
        p = s.csctl("triage", "--model", self.model, input="\n".join(VAGUE) + "\n",
                    env={"GEMINI_API_KEY": ""})
        self.assertEqual(p.returncode, 0, p.stderr)
        conf = [json.loads(line)["confidence"] for line in p.stdout.splitlines()]
        self.assertEqual(len(conf), len(VAGUE), p.stdout)
        vague = VAGUE[conf.index(min(conf))]
        confident = ("Payment was debited twice from my account for order 9911, refund the extra amount to my"
                     " bank")
        p = s.csctl("triage", "--model", self.model, input=confident + "\n", env={"GEMINI_API_KEY": ""})
        sure = json.loads(p.stdout.splitlines()[0])["confidence"]
        threshold = 0.5
        if min(conf) >= threshold:
            # The model is sure even of these (a greeting alone is general by
            # the policy): the operator's setting goes just above the least
            # sure of them, which is what this test is about.
            threshold = round(min(conf) + 0.005, 4)
            s.stop_csd()
            s.env["TRIAGE_MIN_CONFIDENCE"] = str(threshold)
            s.start_csd()
        self.assertLess(threshold, sure, "the confident message must stay above the threshold")
        cid, _ = self.new_query(vague, subject="")
        self.wait_triaged(cid)
        row = s.sql("SELECT needs_team, triage_confidence FROM conversations WHERE id = %s", (cid,))[0]
        self.assertEqual(row[0], "t", row)
        self.assertLess(float(row[1]), threshold)
        self.set_team(cid, "general", s.agent_id)
        self.assertEqual(s.sql("SELECT needs_team FROM conversations WHERE id = %s", (cid,)), [("f",)])
        # A confident one does not.
        cid2, _ = self.new_query(confident, subject="Double payment")
        self.wait_triaged(cid2)
        self.assertEqual(s.sql("SELECT needs_team FROM conversations WHERE id = %s", (cid2,)), [("f",)])

    def test_4_a_worse_model_is_not_installed(self):
        s = self.stack
        # Agents "teaching" held-out messages the wrong team, many times.
        lines = []
        with open(os.path.join(DATA_DIR, "heldOut.tsv"), encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 3 and not line.startswith("#") and parts[0] == "dispatch":
                    lines.append(parts[2].replace("\\n", "\n"))
        self.assertGreater(len(lines), 30)
        for text in lines[:60]:
            s.sql("INSERT INTO triage_corrections (text, final_team, agent_id) VALUES (%s, 'sales', %s)",
                  (text, s.agent_id))
        before = digest(self.model)
        out = self.retrain()
        self.assertIn("NOT installed", out)
        self.assertEqual(digest(self.model), before)
        self.assertEqual(s.sql("SELECT installed, reason FROM triage_model_versions ORDER BY id DESC LIMIT 1"),
                         [("f", "worse")])
        self.assertEqual([f for f in os.listdir(self.tmp) if "candidate" in f], [])
        s.sql("DELETE FROM triage_corrections WHERE conversation_id IS NULL")


@unittest.skipUnless(model_path(), "no local triage model (make model)")
class ScheduledRetrainTest(LearningMixin, unittest.TestCase):
    def test_scheduled_retrain_runs_when_configured(self):
        tmp = tempfile.mkdtemp(prefix="triageSched-")
        model = os.path.join(tmp, "triage.model")
        shutil.copy(model_path(), model)
        try:
            with Stack(env={"TRIAGE_MODEL_FILE": model, "TRIAGE_DATA_DIR": DATA_DIR}) as s:
                self.stack = s
                cid, team, _ = self.triage(FIRST)
                self.set_team(cid, "sales" if team != "sales" else "general", s.agent_id)
                # Off by default: nothing trains.
                self.assertEqual(s.sql("SELECT count(*) FROM triage_model_versions"), [("0",)])
                s.stop_csd()
                s.env["TRIAGE_RETRAIN_INTERVAL_SECONDS"] = "3600"
                s.start_csd()
                ok = s.wait_for(lambda: s.sql("SELECT trigger, installed FROM triage_model_versions"), timeout=60)
                self.assertTrue(ok, s.log_text()[-3000:])
                self.assertEqual(ok[0][0], "scheduled")
                self.assertIn("triage model retrained", s.log_text())
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
