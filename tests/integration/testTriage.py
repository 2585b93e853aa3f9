"""testTriage.py — every customer query ends with a stored summary and team,
whatever Gemini does: against the real stack, tests/fakes/fakeGemini.py and
(end to end) tests/fakes/fakeGoogle.py.

Run: python3 tests/integration/testTriage.py (cwd = repo root).
"""

import json
import os
import shutil
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fakes"))

from harness import Stack, BUILD, REPO  # noqa: E402
from fakeGemini import start_fake_gemini  # noqa: E402

KEY = "test-gemini-key-" + os.urandom(4).hex()
MODEL = "gemini-3.1-flash-lite"
AUD = "https://csd.test/webhooks/gmail"

# fake mode -> the reason the Gemini run records before the local fallback
FAILING_MODES = {
    "429": "rate_limited",
    "429_daily": "rate_limited",
    "500": "upstream",
    "503": "upstream",
    "400": "permanent",
    "403": "permanent",
    "404": "permanent",
    "block_prompt": "blocked",
    "block_safety": "blocked",
    "max_tokens": "max_tokens",
    "malformed": "malformed",
    "bad_enum": "invalid",
    "slow": "timeout",
}
TEAMS = {"finance", "support", "dispatch", "sales", "technical", "returns_refunds", "general"}


def model_path():
    for p in (os.path.join(BUILD, "triage.model"), os.path.join(REPO, "build", "triage.model")):
        if os.path.exists(p):
            return p
    return None


class TriageMixin:
    seq = 0

    def new_query(self, text, subject="Help needed", sender="ramesh@farmer.example", enqueue=True):
        """A conversation with one customer email, as the gmail pipeline
        stores it, plus its triage job. Returns (conversation_id, email_id)."""
        TriageMixin.seq += 1
        s = self.stack
        cid = int(s.sql("INSERT INTO conversations (channel, subject) VALUES ('email', %s) RETURNING id",
                        (subject,))[0][0])
        eid = self.add_email(cid, text, subject=subject, sender=sender)
        if enqueue:
            self.enqueue(cid, eid)
        return cid, eid

    def add_email(self, cid, text, subject="Help needed", sender="ramesh@farmer.example"):
        TriageMixin.seq += 1
        return int(self.stack.sql(
            "INSERT INTO emails (conversation_id, mailbox, gmail_message_id, from_address, subject,"
            " body_text, new_text) VALUES (%s, 'support@katyayani.example', %s, %s, %s, %s, %s) RETURNING id",
            (cid, "m-%d-%s" % (TriageMixin.seq, os.urandom(3).hex()), sender, subject,
             text + "\n\nOn Mon, Support wrote:\n> earlier reply", text))[0][0])

    def enqueue(self, cid, eid=None, force=False):
        payload = {"conversation_id": cid}
        if eid:
            payload["email_id"] = eid
        if force:
            payload["force"] = True
        r = self.stack.csctl("job", "enqueue", "triage", json.dumps(payload))
        self.assertEqual(r.returncode, 0, r.stderr)

    def wait_jobs_done(self, timeout=60):
        ok = self.stack.wait_for(lambda: not self.stack.sql(
            "SELECT id FROM jobs WHERE kind = 'triage' AND state IN ('queued', 'running')"), timeout=timeout)
        self.assertTrue(ok, "triage jobs still pending:\n%s\n%s" % (
            self.stack.sql("SELECT id, state, attempts, last_error FROM jobs WHERE kind = 'triage'"),
            self.stack.log_text()[-4000:]))

    def conversation(self, cid):
        rows = self.stack.sql(
            "SELECT summary, suggested_team, triage_confidence, language, sentiment, priority,"
            " triage_provider, triaged_at, triage_input_hash FROM conversations WHERE id = %s", (cid,))
        keys = ("summary", "team", "confidence", "language", "sentiment", "priority", "provider",
                "triaged_at", "hash")
        return dict(zip(keys, rows[0]))

    def runs(self, cid):
        rows = self.stack.sql(
            "SELECT provider, model, prompt_tokens, output_tokens, latency_ms, cost_usd, outcome, error,"
            " suggested_team, email_id FROM triage_runs WHERE conversation_id = %s ORDER BY id", (cid,))
        keys = ("provider", "model", "prompt_tokens", "output_tokens", "latency_ms", "cost_usd", "outcome",
                "error", "team", "email_id")
        return [dict(zip(keys, r)) for r in rows]

    def wait_triaged(self, cid, timeout=60):
        ok = self.stack.wait_for(lambda: self.conversation(cid)["triaged_at"], timeout=timeout)
        self.assertTrue(ok, "conversation %d not triaged:\n%s" % (cid, self.stack.log_text()[-4000:]))
        return self.conversation(cid)

    def assert_stored(self, cid, eid):
        c = self.conversation(cid)
        self.assertTrue(c["summary"], c)
        self.assertIn(c["team"], TEAMS)
        self.assertTrue(0.0 <= float(c["confidence"]) <= 1.0, c)
        e = self.stack.sql("SELECT summary, suggested_team FROM emails WHERE id = %s", (eid,))[0]
        self.assertEqual(e[0], c["summary"])
        self.assertEqual(e[1], c["team"])
        return c


@unittest.skipUnless(model_path(), "no local triage model (make model)")
class GeminiTriageTest(TriageMixin, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.gem = start_fake_gemini(api_key=KEY, slow_seconds=4.0)
        cls.google = None
        # The breaker is off here so that every failure mode below reaches
        # the fake; GeminiResilienceTest covers it.
        env = {"GEMINI_API_KEY": KEY, "GEMINI_MODEL": MODEL, "GEMINI_API_BASE_URL": cls.gem.url,
               "GEMINI_TIMEOUT_MS": "2000", "GEMINI_CIRCUIT_MAX_SECONDS": "0"}
        try:
            from fakeGoogle import start_fake_google
            cls.google = start_fake_google()
            env.update(cls.google.env(AUD))
        except ImportError:
            pass
        cls.stack = Stack(env=env).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)
        cls.gem.stop()
        if cls.google:
            cls.google.stop()

    def setUp(self):
        self.gem.set_mode("ok")

    def test_gemini_ok_stores_its_triage(self):
        text = "Mera order 4521 abhi tak nahi aaya, tracking bhi update nahi ho raha."
        cid, eid = self.new_query(text, subject="Order 4521")
        c = self.wait_triaged(cid)
        self.assert_stored(cid, eid)
        self.assertEqual(c["provider"], "gemini:" + MODEL)
        self.assertEqual(c["team"], "dispatch")
        self.assertEqual(c["language"], "hinglish")
        runs = self.runs(cid)
        self.assertEqual(len(runs), 1, runs)
        r = runs[0]
        self.assertEqual((r["provider"], r["outcome"], r["team"], int(r["email_id"])), ("gemini", "ok", "dispatch", eid))
        self.assertEqual(r["model"], MODEL)
        self.assertGreater(int(r["prompt_tokens"]), 0)
        self.assertGreater(int(r["output_tokens"]), 0)
        self.assertGreater(float(r["cost_usd"]), 0.0)
        # What reached Gemini: the key in its header only, the stripped new
        # text (no quoted history), the schema and the teams.
        reqs = [q for q in self.gem.requests if q["text"] and "4521" in q["text"]]
        self.assertEqual(len(reqs), 1)
        q = reqs[0]
        self.assertTrue(q["api_key_ok"])
        self.assertFalse(q["key_in_url"])
        self.assertEqual(q["model"], MODEL)
        self.assertIn(text, q["text"])
        self.assertNotIn("earlier reply", q["text"])
        gen = q["body"]["generationConfig"]
        self.assertEqual(gen["responseMimeType"], "application/json")
        self.assertEqual(gen["temperature"], 0)
        self.assertEqual(set(gen["responseJsonSchema"]["properties"]["suggested_team"]["enum"]), TEAMS)
        self.assertEqual(int(r["prompt_tokens"]), q["prompt_tokens"])
        self.assertNotIn(KEY, self.stack.log_text())

    def test_every_failure_mode_falls_back_to_local(self):
        ids = {}
        for mode in FAILING_MODES:
            ids[mode] = self.new_query("My parcel has not arrived yet, where is it? [[fake:%s]]" % mode,
                                       subject="Parcel " + mode)
        self.wait_jobs_done(timeout=120)
        for mode, (cid, eid) in ids.items():
            with self.subTest(mode=mode):
                c = self.assert_stored(cid, eid)
                self.assertEqual(c["provider"], "local")
                runs = self.runs(cid)
                self.assertEqual([r["provider"] for r in runs], ["gemini", "local"], runs)
                self.assertEqual(runs[0]["outcome"], "error:" + FAILING_MODES[mode])
                self.assertTrue(runs[0]["error"])
                self.assertEqual(runs[1]["outcome"], "fallback")
                self.assertIn(FAILING_MODES[mode], runs[1]["error"])
        states = self.stack.sql("SELECT DISTINCT state FROM jobs WHERE kind = 'triage'")
        self.assertEqual(states, [("done",)])
        # Retries happened where they should and not elsewhere.
        by_mode = {}
        for q in self.gem.requests:
            if q["mode"] in FAILING_MODES and q["text"] and "[[fake:" in q["text"]:
                by_mode[q["mode"]] = by_mode.get(q["mode"], 0) + 1
        self.assertEqual(by_mode.get("404"), 1)
        self.assertEqual(by_mode.get("block_prompt"), 1)
        self.assertEqual(by_mode.get("429_daily"), 1)
        self.assertEqual(by_mode.get("max_tokens"), 2)  # once more with a higher limit
        self.assertGreaterEqual(by_mode.get("503"), 2)

    def test_rate_limit_then_success(self):
        self.gem.set_mode("429", count=1)
        cid, eid = self.new_query("Please send me the price list for neem oil in bulk.")
        c = self.wait_triaged(cid)
        self.assertEqual(c["provider"], "gemini:" + MODEL)
        self.assertEqual(c["team"], "sales")
        runs = self.runs(cid)
        self.assertEqual([r["outcome"] for r in runs], ["ok"])
        statuses = [q["status"] for q in self.gem.requests if q["text"] and "neem oil in bulk" in q["text"]]
        self.assertEqual(statuses, [429, 200])

    def test_retriage_only_on_new_text(self):
        cid, eid = self.new_query("The neem oil bottle arrived damaged and leaking.")
        first = self.wait_triaged(cid)
        self.assertEqual(first["team"], "returns_refunds")
        self.wait_jobs_done()
        # The same text again (a duplicate job): nothing runs.
        self.enqueue(cid, eid)
        self.wait_jobs_done()
        self.assertEqual(len(self.runs(cid)), 1)
        self.assertEqual(self.conversation(cid)["triaged_at"], first["triaged_at"])
        # The customer adds new text: triaged again, with both messages.
        eid2 = self.add_email(cid, "Also, when will my refund be credited? Order 7781.")
        self.enqueue(cid, eid2)
        self.wait_jobs_done()
        second = self.conversation(cid)
        self.assertEqual(len(self.runs(cid)), 2)
        self.assertNotEqual(second["hash"], first["hash"])
        self.assertNotEqual(second["triaged_at"], first["triaged_at"])
        sent = [q["text"] for q in self.gem.requests if q["text"] and "7781" in q["text"]]
        self.assertEqual(len(sent), 1)
        self.assertIn("arrived damaged", sent[0])  # the thread's earlier message came too
        e2 = self.stack.sql("SELECT summary, suggested_team FROM emails WHERE id = %s", (eid2,))[0]
        self.assertEqual(e2[1], second["team"])

    def test_force_endpoint_reruns(self):
        s = self.stack
        cid, eid = self.new_query("How much neem oil per litre of water for tomato crop spray?")
        first = self.wait_triaged(cid)
        self.assertEqual(first["team"], "technical")
        self.wait_jobs_done()
        # Assigned to the seeded agent: the result reaches their own channel too.
        agent_id = int(s.sql("SELECT id FROM agents WHERE email = 'agent@example.com'")[0][0])
        s.sql("UPDATE conversations SET assignee_id = %s WHERE id = %s", (agent_id, cid))
        ws = s.ws("agent-%d" % agent_id, token=s.agent_token)
        st, body = s.request("POST", "/conversations/%d/triage" % cid, token=s.agent_token)
        self.assertEqual(st, 202, body)
        self.assertEqual(body["conversation_id"], cid)
        self.assertEqual(body["status"], "queued")
        job_id = int(body["job_id"])
        ok = s.wait_for(lambda: s.sql("SELECT state FROM jobs WHERE id = %s AND state = 'done'", (job_id,)),
                        timeout=30)
        self.assertTrue(ok, s.log_text()[-3000:])
        event = None
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and event is None:
            m = ws.recv_json(timeout=2)
            if m and m.get("event") == "triage.completed" and m["data"].get("conversation_id") == cid:
                event = m
        ws.close()
        self.assertIsNotNone(event, "no triage.completed on the assignee's channel")
        self.assertEqual(event["data"]["team"], "technical")
        self.assertEqual(len(self.runs(cid)), 2)
        self.assertNotEqual(self.conversation(cid)["triaged_at"], first["triaged_at"])
        # Errors: unknown conversation, no token, a bad id.
        st, body = s.request("POST", "/conversations/999999/triage", token=s.agent_token)
        self.assertEqual(st, 404, body)
        self.assertEqual(body["error"]["code"], "not_found")
        st, _ = s.request("POST", "/conversations/%d/triage" % cid)
        self.assertEqual(st, 401)
        st, _ = s.request("POST", "/conversations/abc/triage", token=s.agent_token)
        self.assertEqual(st, 404)

    def test_end_to_end_email_to_websocket(self):
        s = self.stack
        ws = s.ws("inbox", token=s.admin_token)
        text = "I received the wrong item and the box was damaged. I want a refund for order 3310."
        if self.google:
            addr = "triage-e2e@katyayani.example"
            self.google.mailbox(addr)
            st, body = s.request("POST", "/support-emails", token=s.admin_token,
                                 json={"email": addr, "display_name": "Support"})
            self.assertEqual(st, 201, body)
            mid = int(body["id"])
            self.assertTrue(s.wait_for(lambda: s.sql(
                "SELECT 1 FROM support_emails WHERE id = %s AND history_id IS NOT NULL", (mid,)), timeout=20))
            raw = ("From: Suresh <suresh@farmer.example>\r\nTo: %s\r\nSubject: Wrong item\r\n"
                   "Message-ID: <e2e-%s@mail.example>\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n\r\n--\r\nSuresh\r\nFarmer, Nashik\r\n"
                   % (addr, os.urandom(4).hex(), text)).encode()
            _, _, hid = self.google.add_message(raw, user=addr)
            body = self.google.push_body(addr, hid, "pubsub-e2e-1")
            st, _ = s.request("POST", "/webhooks/gmail", json=body,
                              headers={"Authorization": "Bearer " + self.google.mint_push_token(aud=AUD)})
            self.assertEqual(st, 204)
            rows = s.wait_for(lambda: s.sql("SELECT id, conversation_id FROM emails WHERE mailbox = %s", (addr,)),
                              timeout=30)
            self.assertTrue(rows, s.log_text()[-4000:])
            eid, cid = int(rows[0][0]), int(rows[0][1])
        else:
            cid, eid = self.new_query(text, subject="Wrong item")
        event = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and event is None:
            m = ws.recv_json(timeout=2)
            if m and m.get("event") == "triage.completed" and m["data"].get("email_id") == eid:
                event = m
        ws.close()
        self.assertIsNotNone(event, "no triage.completed on inbox:\n" + s.log_text()[-4000:])
        d = event["data"]
        self.assertEqual(d["conversation_id"], cid)
        self.assertEqual(d["team"], "returns_refunds")
        self.assertEqual(d["provider"], "gemini:" + MODEL)
        self.assertTrue(d["summary"])
        self.assertTrue(0 <= d["confidence"] <= 1)
        st, body = s.request("GET", "/emails/%d" % eid, token=s.agent_token)
        self.assertEqual(st, 200, body)
        email = body.get("email", body)
        self.assertEqual(email["summary"], d["summary"])
        self.assertEqual(email["suggested_team"], "returns_refunds")
        # The signature was not sent to Gemini.
        sent = [q["text"] for q in self.gem.requests if q["text"] and "order 3310" in q["text"]]
        self.assertTrue(sent)
        self.assertNotIn("Nashik", sent[-1])


@unittest.skipUnless(model_path(), "no local triage model (make model)")
class GeminiResilienceTest(TriageMixin, unittest.TestCase):
    """A retired GEMINI_MODEL (404) falls over to GEMINI_FALLBACK_MODEL; a
    daily quota opens the circuit breaker of the (single) job worker."""

    RETIRED = "gemini-2.5-flash"

    @classmethod
    def setUpClass(cls):
        cls.gem = start_fake_gemini(api_key=KEY, retired=[cls.RETIRED])
        env = {"GEMINI_API_KEY": KEY, "GEMINI_MODEL": cls.RETIRED, "GEMINI_FALLBACK_MODEL": MODEL,
               "GEMINI_API_BASE_URL": cls.gem.url, "GEMINI_TIMEOUT_MS": "2000", "CSD_JOB_WORKERS": "1"}
        cls.stack = Stack(env=env).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)
        cls.gem.stop()

    def sent(self, marker):
        return [(q["model"], q["status"]) for q in self.gem.requests if q["text"] and marker in q["text"]]

    def test_fallback_model_then_breaker(self):
        # 1. The retired model answers 404: the same request goes to the fallback.
        cid, eid = self.new_query("Mera order 6120 abhi tak nahi aaya.")
        c = self.wait_triaged(cid)
        self.assert_stored(cid, eid)
        self.assertEqual(c["provider"], "gemini:" + MODEL)
        runs = self.runs(cid)
        self.assertEqual([(r["provider"], r["model"], r["outcome"]) for r in runs],
                         [("gemini", self.RETIRED, "error:permanent"), ("gemini", MODEL, "ok")], runs)
        self.assertIn("404", runs[0]["error"])
        self.assertEqual(self.sent("6120"), [(self.RETIRED, 404), (MODEL, 200)])
        log = self.stack.log_text()
        self.assertIn("the configured model was not found", log)
        self.assertIn("model=%s fallback=%s" % (self.RETIRED, MODEL), log)

        # 2. The next job goes to the fallback model directly.
        cid2, _ = self.new_query("Need GST invoice for order 6121.")
        self.wait_triaged(cid2)
        self.assertEqual([(r["model"], r["outcome"]) for r in self.runs(cid2)], [(MODEL, "ok")])
        self.assertEqual(self.sent("6121"), [(MODEL, 200)])

        # 3. A daily quota opens the breaker: one call, then none.
        self.gem.set_mode("429_daily")
        try:
            cid3, eid3 = self.new_query("Where is my parcel 6122?")
            c3 = self.wait_triaged(cid3)
            self.assertEqual(c3["provider"], "local")
            self.assertEqual([(r["provider"], r["outcome"]) for r in self.runs(cid3)],
                             [("gemini", "error:rate_limited"), ("local", "fallback")])
            ids = [self.new_query("Parcel 6123-%d has not arrived." % i) for i in range(3)]
            self.wait_jobs_done()
            for cid4, eid4 in ids:
                self.assert_stored(cid4, eid4)
                runs = self.runs(cid4)
                self.assertEqual([(r["provider"], r["outcome"]) for r in runs],
                                 [("gemini", "error:circuit_open"), ("local", "fallback")], runs)
                self.assertIn("daily_quota", runs[0]["error"])
            self.assertEqual(self.sent("6123-"), [])  # Gemini was not called
            log = self.stack.log_text()
            self.assertEqual(log.count("gemini circuit breaker opened"), 1, log[-3000:])
            self.assertIn("reason=daily_quota", log)
        finally:
            self.gem.set_mode("ok")


@unittest.skipUnless(model_path(), "no local triage model (make model)")
class LocalTriageTest(TriageMixin, unittest.TestCase):
    """No GEMINI_API_KEY: the local provider does everything."""

    @classmethod
    def setUpClass(cls):
        cls.stack = Stack(env={"JOB_BACKOFF_BASE_MS": "300", "JOB_BACKOFF_MAX_MS": "600"}).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)

    def test_no_key_uses_local(self):
        cid, eid = self.new_query("Payment was debited twice from my account for order 9911, please check.")
        c = self.wait_triaged(cid)
        self.assert_stored(cid, eid)
        self.assertEqual(c["provider"], "local")
        runs = self.runs(cid)
        self.assertEqual(len(runs), 1)
        self.assertEqual((runs[0]["provider"], runs[0]["outcome"]), ("local", "ok"))
        self.assertIsNone(runs[0]["prompt_tokens"])

    def test_hindi_query_gets_english_summary_fields(self):
        cid, eid = self.new_query("मेरा ऑर्डर अभी तक नहीं आया, कृपया जल्दी भेजिए")
        c = self.wait_triaged(cid)
        self.assert_stored(cid, eid)
        self.assertEqual(c["language"], "hi")


@unittest.skipUnless(model_path(), "no local triage model (make model)")
class NoProviderTest(TriageMixin, unittest.TestCase):
    """Neither Gemini nor a local model: the job fails, is retried, and
    succeeds once the model appears — the query is never lost."""

    def test_job_retries_until_a_model_exists(self):
        tmp = tempfile.mkdtemp(prefix="triageTest-")
        path = os.path.join(tmp, "late.model")
        try:
            with Stack(env={"TRIAGE_MODEL_FILE": path, "JOB_BACKOFF_BASE_MS": "300",
                            "JOB_BACKOFF_MAX_MS": "600", "JOB_MAX_ATTEMPTS": "100"}) as s:
                self.stack = s
                cid, eid = self.new_query("Where is my order?")
                failed = s.wait_for(lambda: s.sql(
                    "SELECT attempts, last_error FROM jobs WHERE kind = 'triage' AND attempts >= 2"
                    " AND state = 'queued'"), timeout=30)
                self.assertTrue(failed, s.log_text()[-3000:])
                self.assertIn("no triage provider", failed[0][1])
                self.assertIsNone(self.conversation(cid)["triaged_at"])
                self.assertTrue(any(r["outcome"] == "error:unavailable" for r in self.runs(cid)))
                self.assertIn("triage failed; the job will be retried", s.log_text())
                shutil.copy(model_path(), path)
                c = self.wait_triaged(cid, timeout=30)
                self.assertEqual(c["provider"], "local")
                self.assert_stored(cid, eid)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(verbosity=2)
