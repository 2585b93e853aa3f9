"""testCsctl.py — csctl's commands that need no database, as an operator
runs them: `triage` (stdin lines to JSON lines, the local model),
`triage-train` and `triage-eval` on a small corpus, and usage errors.
(The database commands are exercised by the other files: migrate and
agent/token by every Stack, gmail by testGmail.py, job by
testProcessManager.py.)"""

import json
import os
import shutil
import subprocess
import tempfile
import unittest

from harness import BUILD, CSCTL, REPO

CORPUS = """# team<TAB>language<TAB>text
dispatch\ten\twhere is my parcel courier tracking stuck
dispatch\ten\tcourier delayed parcel tracking shows nothing
finance\ten\tneed gst invoice and payment receipt
finance\ten\tpayment deducted but invoice missing
general\ten\tthank you happy diwali good morning
general\ten\tgood morning thank you team
"""


def env_without_config(**extra):
    """The environment minus anything csd/csctl read, so a developer's
    settings do not leak in; cwd is a fresh directory (no .env)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("CSD_", "GEMINI_", "GOOGLE_", "TRIAGE_")) and k not in ("DATABASE_URL", "AUTH_JWT_SECRET")}
    env.update(extra)
    return env


class CsctlTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="csctlTest")
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.model = os.path.join(BUILD, "triage.model")
        if not os.path.exists(self.model):
            self.model = os.path.join(REPO, "build", "triage.model")

    def run_csctl(self, *args, input=None, env=None):
        return subprocess.run([CSCTL] + list(args), cwd=self.tmp, env=env or env_without_config(), input=input,
                              capture_output=True, text=True, timeout=120)

    def test_triage_reads_lines_and_prints_one_json_object_each(self):
        p = self.run_csctl("triage", "--model", self.model,
                           input="mera order abhi tak nahi aaya, 5 din ho gaye\n"
                                 "Please send the GST invoice for my payment\\nThanks\n")
        self.assertEqual(p.returncode, 0, p.stderr)
        lines = p.stdout.strip().split("\n")
        self.assertEqual(len(lines), 2, p.stdout)
        teams = {"finance", "support", "dispatch", "sales", "technical", "returns_refunds", "general"}
        for line in lines:
            r = json.loads(line)
            self.assertIn(r["suggested_team"], teams)
            self.assertEqual(r["provider"], "local")  # no GEMINI_API_KEY
            self.assertTrue(r["model"].startswith("local-"), r)
            self.assertTrue(0 < r["confidence"] <= 1, r)
            self.assertTrue(r["summary"], r)
        self.assertEqual(json.loads(lines[0])["language"], "hinglish")

    def test_triage_without_a_model_says_how_to_build_it(self):
        p = self.run_csctl("triage", "--model", os.path.join(self.tmp, "none.model"), input="hello\n")
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("make model", p.stderr)

    def test_train_then_evaluate_a_small_corpus(self):
        corpus = os.path.join(self.tmp, "corpus.tsv")
        with open(corpus, "w", encoding="utf-8") as f:
            f.write(CORPUS)
        out = os.path.join(self.tmp, "small.model")
        p = self.run_csctl("triage-train", "--out", out, "--corpus", corpus)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("trained", p.stdout)
        self.assertTrue(os.path.getsize(out) > 0)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["corpus.tsv", "small.model"])  # nothing half-written
        p = self.run_csctl("triage-eval", "--model", out, "--corpus", corpus)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("accuracy:", p.stdout)
        p = self.run_csctl("triage", "--model", out, input="courier parcel tracking\n")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(json.loads(p.stdout)["suggested_team"], "dispatch")

    def test_bad_corpus_line_is_named(self):
        corpus = os.path.join(self.tmp, "bad.tsv")
        with open(corpus, "w", encoding="utf-8") as f:
            f.write("dispatch\ten\tok\nmarketing\ten\tnot a team\n")
        p = self.run_csctl("triage-train", "--out", os.path.join(self.tmp, "x.model"), "--corpus", corpus)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("bad.tsv:2:", p.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "x.model")))

    def test_usage(self):
        p = self.run_csctl("--help")
        self.assertEqual(p.returncode, 0)
        for cmd in ("migrate", "agent", "token", "triage", "gmail", "job"):
            self.assertIn(cmd, p.stderr)
        p = self.run_csctl("no-such-command")
        self.assertNotEqual(p.returncode, 0)
        p = self.run_csctl("job", "retry", "1")  # a database command without DATABASE_URL
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("DATABASE_URL", p.stderr)


if __name__ == "__main__":
    unittest.main()
