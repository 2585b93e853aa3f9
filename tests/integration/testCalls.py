"""testCalls.py — phone calls from the IVR into the inbox (issue 10), against
the real stack and tests/fakes/fakeExotel.py: Exotel's Passthru and
StatusCallback in either order and repeated, a lost callback recovered by
reconciliation through the Call Details API, the wrong token, missed-call
priority, IVR digits setting the team, the recording queued for our media
store, one customer across WhatsApp and a call, and the generic signed
webhook with its bad inputs.

Run: python3 tests/integration/testCalls.py (cwd = repo root).
"""

import hashlib
import hmac
import json
import os
import random
import sys
import time
import unittest
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fakes"))

from harness import Stack  # noqa: E402
from fakeExotel import start_fake_exotel, passthru_query, status_form  # noqa: E402

TOKEN = "exo-" + os.urandom(16).hex()
IVR_SECRET = "ivr-secret-" + os.urandom(8).hex()
EXOPHONE = "08047112233"
START = 1795000000  # 2026-11-18 11:06:40 UTC = 16:36:40 IST


def new_number():
    """A fresh Indian mobile number (national digits)."""
    return "9" + "".join(random.choice("0123456789") for _ in range(9))


class CallsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fake = start_fake_exotel()
        env = dict(cls.fake.env())
        env.update({"EXOTEL_WEBHOOK_TOKEN": TOKEN, "IVR_WEBHOOK_SECRET": IVR_SECRET,
                    "IVR_DIGIT_TEAMS": "1:dispatch,2:finance,3:technical",
                    "EXOTEL_RECONCILE_AFTER_SECONDS": "0"})
        cls.stack = Stack(env=env).__enter__()
        cls.seq = 0

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)
        cls.fake.stop()

    # --- helpers ------------------------------------------------------------
    def call(self, status="completed", talk=125, recording=True, national=None, start=START):
        CallsTest.seq += 1
        national = national or new_number()
        sid = "%032x" % random.getrandbits(128)
        c = {"sid": sid, "from": "0" + national, "to": EXOPHONE, "start": start, "end": start + talk + 20,
             "talk": talk, "status": status, "e164": "+91" + national}
        if recording:
            c["recording_url"] = self.fake.recording_url(sid)
        return c

    def passthru(self, c, digits=None, token=TOKEN, call_type="call-attempt"):
        return self.stack.request("GET", "/webhooks/ivr/exotel/%s?%s" % (token, passthru_query(c, digits, call_type)))

    def status_cb(self, c, token=TOKEN):
        return self.stack.request("POST", "/webhooks/ivr/exotel/%s" % token, data=status_form(c),
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})

    def generic(self, obj, secret=IVR_SECRET, raw=None):
        body = raw if raw is not None else json.dumps(obj).encode()
        sig = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        return self.stack.request("POST", "/webhooks/ivr/generic", data=body,
                                  headers={"Content-Type": "application/json", "X-Signature": sig})

    def call_row(self, sid, provider="exotel"):
        rows = self.stack.sql("SELECT id, status, status_raw, extract(epoch FROM started_at)::bigint,"
                              " extract(epoch FROM ended_at)::bigint, talk_seconds, from_e164, digits,"
                              " conversation_id, customer_id, message_id, recording_media_id, direction"
                              " FROM calls WHERE provider = %s AND provider_call_id = %s", (provider, sid))
        if not rows:
            return None
        keys = ("id", "status", "status_raw", "started", "ended", "talk", "from", "digits", "conversation_id",
                "customer_id", "message_id", "media_id", "direction")
        return dict(zip(keys, rows[0]))

    def wait_call(self, sid, pred, provider="exotel", timeout=20):
        row = self.stack.wait_for(lambda: (lambda r: r if r and pred(r) else None)(self.call_row(sid, provider)),
                                  timeout=timeout)
        self.assertTrue(row, "call %s never reached the expected state: %r" % (sid, self.call_row(sid, provider)))
        return row

    def wait_no_jobs(self, kind="call_fold", timeout=20):
        ok = self.stack.wait_for(lambda: self.stack.sql(
            "SELECT count(*) FROM jobs WHERE kind = %s AND state IN ('queued', 'running')", (kind,))[0][0] == "0",
            timeout=timeout)
        self.assertTrue(ok, "%s jobs still pending" % kind)

    def messages(self, conversation_id):
        return self.stack.sql("SELECT id, kind, direction, text, meta::text, media_id FROM messages"
                              " WHERE conversation_id = %s ORDER BY id", (int(conversation_id),))

    # --- tests --------------------------------------------------------------
    def test_passthru_then_status_one_call_in_the_inbox(self):
        c = self.call()
        st, body = self.passthru(c, digits="1")
        self.assertEqual(st, 200, body)
        self.assertEqual(body, {"ok": True, "duplicate": False})
        st, body = self.status_cb(c)
        self.assertEqual(st, 200, body)
        row = self.wait_call(c["sid"], lambda r: r["status"] == "answered" and r["message_id"])
        self.wait_no_jobs()
        row = self.call_row(c["sid"])
        self.assertEqual(row["from"], c["e164"])
        self.assertEqual(row["direction"], "in")
        self.assertEqual(int(row["started"]), START)  # IST string stored as UTC
        self.assertEqual(int(row["ended"]), c["end"])
        self.assertEqual(row["talk"], "125")
        self.assertEqual(row["digits"], "1")
        msgs = self.messages(row["conversation_id"])
        self.assertEqual(len(msgs), 1)
        self.assertEqual(msgs[0][1], "call")
        self.assertEqual(msgs[0][2], "in")
        meta = json.loads(msgs[0][4])
        self.assertEqual(meta["status"], "answered")
        self.assertEqual(meta["talk_seconds"], 125)
        self.assertEqual(meta["started_at"], time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime(START)))
        self.assertEqual(meta["digits"], "1")
        self.assertIn("2m 05s", msgs[0][3])
        # IVR digit 1 -> dispatch, recorded as a triage run of provider ivr, auto-assignment queued.
        conv = self.stack.sql("SELECT channel, team, customer_id, priority FROM conversations WHERE id = %s",
                              (int(row["conversation_id"]),))[0]
        self.assertEqual(conv[0], "call")
        self.assertEqual(conv[1], "dispatch")
        self.assertEqual(conv[2], row["customer_id"])
        self.assertNotEqual(conv[3], "high")
        runs = self.stack.sql("SELECT provider, suggested_team, outcome FROM triage_runs WHERE conversation_id = %s",
                              (int(row["conversation_id"]),))
        self.assertEqual(runs, [("ivr", "dispatch", "ok")])
        jobs = self.stack.sql("SELECT payload::text FROM jobs WHERE kind = 'assign_conversation'"
                              " AND (payload->>'conversation_id')::bigint = %s", (int(row["conversation_id"]),))
        self.assertEqual(len(jobs), 1)
        # The recording: a pending media row with Exotel's URL and a media_fetch job with auth exotel.
        self.assertTrue(row["media_id"])
        self.assertEqual(msgs[0][5], row["media_id"])
        media = self.stack.sql("SELECT source_url, content_type FROM media WHERE id = %s", (int(row["media_id"]),))
        self.assertEqual(media[0][0], c["recording_url"])
        fetch = self.stack.sql("SELECT payload->>'auth' FROM jobs WHERE kind = 'media_fetch'"
                               " AND (payload->>'media_id')::bigint = %s", (int(row["media_id"]),))
        self.assertEqual(fetch, [("exotel",)])
        identity = self.stack.sql("SELECT customer_id FROM customer_identities WHERE kind = 'phone' AND value = %s",
                                  (c["e164"],))
        self.assertEqual(identity[0][0], row["customer_id"])

    def test_reverse_order_and_duplicates_fold_to_the_same_call(self):
        c = self.call(talk=61)
        ws = self.stack.ws("inbox", token=self.stack.admin_token)
        try:
            self.assertEqual(self.status_cb(c)[0], 200)
            row = self.wait_call(c["sid"], lambda r: r["message_id"])
            self.assertEqual(self.passthru(c, digits="2")[0], 200)
            # Exotel retries: the same deliveries again change nothing.
            st, body = self.status_cb(c)
            self.assertEqual((st, body["duplicate"]), (200, True))
            st, body = self.passthru(c, digits="2")
            self.assertEqual((st, body["duplicate"]), (200, True))
            self.wait_call(c["sid"], lambda r: r["digits"] == "2")
            self.wait_no_jobs()
            events = []
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and not any(e["event"] == "message.updated" for e in events):
                m = ws.recv_json(timeout=max(0.1, deadline - time.monotonic()))
                if m and m.get("data", {}).get("conversation_id") == int(row["conversation_id"]):
                    events.append(m)
        finally:
            ws.close()
        row = self.call_row(c["sid"])
        self.assertEqual(row["status"], "answered")
        self.assertEqual(int(row["started"]), START)
        self.assertEqual(row["talk"], "61")
        self.assertEqual(self.stack.sql("SELECT count(*) FROM calls WHERE provider_call_id = %s", (c["sid"],)),
                         [("1",)])
        self.assertEqual(self.stack.sql("SELECT count(*) FROM call_events WHERE provider_call_id = %s",
                                        (c["sid"],)), [("2",)])
        msgs = self.messages(row["conversation_id"])
        self.assertEqual(len(msgs), 1, msgs)
        self.assertEqual(json.loads(msgs[0][4])["digits"], "2")
        team = self.stack.sql("SELECT team FROM conversations WHERE id = %s", (int(row["conversation_id"]),))
        self.assertEqual(team, [("finance",)])
        names = [e["event"] for e in events]
        self.assertIn("message.created", names)
        self.assertIn("message.updated", names)
        self.assertEqual(self.stack.sql("SELECT count(*) FROM media WHERE source_url = %s", (c["recording_url"],)),
                         [("1",)])

    def test_missed_call_makes_the_conversation_high_priority_once(self):
        c = self.call(status="no-answer", talk=0, recording=False)
        self.assertEqual(self.passthru(c, call_type="incomplete")[0], 200)
        self.assertEqual(self.status_cb(c)[0], 200)
        row = self.wait_call(c["sid"], lambda r: r["status"] == "missed" and r["message_id"])
        self.wait_no_jobs()
        self.assertEqual(self.status_cb(c)[1]["duplicate"], True)
        conv = int(row["conversation_id"])
        self.assertEqual(self.stack.sql("SELECT priority FROM conversations WHERE id = %s", (conv,)), [("high",)])
        self.assertEqual(self.stack.sql("SELECT count(*) FROM reporting_events WHERE name = 'missed_call'"
                                        " AND conversation_id = %s", (conv,)), [("1",)])
        self.assertIn("Missed call", self.messages(conv)[0][3])

    def test_wrong_token_is_refused_and_no_token_reaches_the_log(self):
        c = self.call()
        bad = "x" * len(TOKEN)
        self.assertEqual(self.passthru(c, token=bad)[0], 403)
        self.assertEqual(self.status_cb(c, token=bad)[0], 403)
        self.assertEqual(self.stack.request("PUT", "/webhooks/ivr/exotel/%s" % TOKEN)[0], 405)
        self.assertEqual(self.stack.sql("SELECT count(*) FROM call_events WHERE provider_call_id = %s",
                                        (c["sid"],)), [("0",)])
        self.assertEqual(self.passthru(c)[0], 200)
        self.wait_call(c["sid"], lambda r: r["message_id"])
        log = self.stack.log_text()
        self.assertIn("webhooks.ivr_exotel", log)
        self.assertNotIn(TOKEN, log)
        self.assertNotIn(bad, log)

    def test_lost_status_callback_is_recovered_by_reconciliation(self):
        c = self.call(talk=42)
        self.assertEqual(self.passthru(c, digits="3")[0], 200)
        self.wait_call(c["sid"], lambda r: r["message_id"])
        self.assertIsNone(self.call_row(c["sid"])["status"])
        # Exotel's StatusCallback never comes; its Call Details API knows the call.
        self.fake.add_call(c)
        p = self.stack.csctl("calls", "reconcile")
        self.assertEqual(p.returncode, 0, p.stderr)
        row = self.wait_call(c["sid"], lambda r: r["status"] == "answered")
        self.assertEqual(row["talk"], "42")
        self.assertEqual(int(row["ended"]), c["end"])
        self.assertTrue(self.fake.requests_to("/Calls/%s.json" % c["sid"]))
        self.wait_no_jobs()
        msgs = self.messages(self.call_row(c["sid"])["conversation_id"])
        self.assertEqual(len(msgs), 1)
        self.assertEqual(json.loads(msgs[0][4])["status"], "answered")
        # A finished call is not asked about again.
        before = len(self.fake.requests_to("/Calls/%s.json" % c["sid"]))
        self.assertEqual(self.stack.csctl("calls", "reconcile").returncode, 0)
        self.wait_no_jobs("exotel_call_details")
        self.assertEqual(len(self.fake.requests_to("/Calls/%s.json" % c["sid"])), before)

    def test_same_customer_across_whatsapp_and_a_call(self):
        national = new_number()
        # The WhatsApp side (Interakt's channel_phone_number is 91 + number) as its store writes it.
        cust = self.stack.sql("WITH c AS (INSERT INTO customers (name) VALUES ('Ramesh') RETURNING id)"
                              " INSERT INTO customer_identities (customer_id, kind, value)"
                              " SELECT id, 'phone', %s FROM c RETURNING customer_id", ("+91" + national,))[0][0]
        c = self.call(national=national)
        self.assertEqual(self.status_cb(c)[0], 200)
        row = self.wait_call(c["sid"], lambda r: r["message_id"])
        self.assertEqual(row["customer_id"], cust)
        self.assertEqual(self.stack.sql("SELECT customer_id FROM conversations WHERE id = %s",
                                        (int(row["conversation_id"]),)), [(cust,)])
        self.assertEqual(self.stack.sql("SELECT count(*) FROM customers WHERE id IN (SELECT customer_id FROM"
                                        " customer_identities WHERE value = %s)", ("+91" + national,)), [("1",)])

    def test_repeated_calls_join_the_open_call_conversation(self):
        national = new_number()
        c1, c2 = self.call(national=national), self.call(national=national, start=START + 3600)
        self.assertEqual(self.status_cb(c1)[0], 200)
        r1 = self.wait_call(c1["sid"], lambda r: r["message_id"])
        self.assertEqual(self.status_cb(c2)[0], 200)
        r2 = self.wait_call(c2["sid"], lambda r: r["message_id"])
        self.assertEqual(r1["conversation_id"], r2["conversation_id"])
        self.assertEqual(len(self.messages(r1["conversation_id"])), 2)
        # Resolved: the next call opens a new conversation.
        self.stack.sql("UPDATE conversations SET status = 'resolved' WHERE id = %s", (int(r1["conversation_id"]),))
        c3 = self.call(national=national, start=START + 7200)
        self.assertEqual(self.status_cb(c3)[0], 200)
        r3 = self.wait_call(c3["sid"], lambda r: r["message_id"])
        self.assertNotEqual(r3["conversation_id"], r1["conversation_id"])

    def test_exotel_bad_input_is_kept_raw_and_answered_clearly(self):
        c = self.call()
        form = status_form(dict(c, status="transferred-to-moon")).replace(
            "StartTime=", "StartTime=yesterday+noon&x=").replace("From=0", "From=abc0")
        st, body = self.stack.request("POST", "/webhooks/ivr/exotel/%s" % TOKEN, data=form,
                                      headers={"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(st, 200, body)
        row = self.wait_call(c["sid"], lambda r: r["message_id"])
        self.assertEqual((row["status"], row["status_raw"]), ("other", "transferred-to-moon"))
        self.assertIsNone(row["started"])
        self.assertIsNone(row["from"])
        raw = self.stack.sql("SELECT raw FROM call_events WHERE provider_call_id = %s", (c["sid"],))[0][0]
        self.assertIn("yesterday", urllib.parse.unquote_plus(raw))
        self.assertIn("not a time", self.stack.log_text())
        # No CallSid: 400; a %00: 400; an unknown content type: 415; oversize: 413.
        st, body = self.stack.request("POST", "/webhooks/ivr/exotel/%s" % TOKEN, data="Status=completed",
                                      headers={"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(st, 400)
        self.assertEqual(body["error"]["code"], "bad_request")
        self.assertEqual(self.stack.request("GET", "/webhooks/ivr/exotel/%s?CallSid=a%%00b" % TOKEN)[0], 400)
        self.assertEqual(self.stack.request("GET", "/webhooks/ivr/exotel/%s?CallSid=ab&CallFrom=%%ff" % TOKEN)[0], 400)
        st, _ = self.stack.request("POST", "/webhooks/ivr/exotel/%s" % TOKEN, data="<xml/>",
                                   headers={"Content-Type": "text/xml"})
        self.assertEqual(st, 415)
        st, _ = self.stack.request("POST", "/webhooks/ivr/exotel/%s" % TOKEN, data="CallSid=x&a=" + "b" * 70000,
                                   headers={"Content-Type": "application/x-www-form-urlencoded"})
        self.assertEqual(st, 413)

    def test_generic_webhook_signed_json(self):
        national = new_number()
        call = {"call_id": "myop-%d" % random.getrandbits(40), "direction": "in", "from": "+91 " + national,
                "to": "+918047112233", "status": "answered", "started_at": "2026-11-18T14:00:00+05:30",
                "ended_at": "2026-11-18T14:03:00+05:30", "talk_seconds": 170, "agent_number": "9000000001",
                "digits": "3", "notes": "customer asks about neem oil dosage for tomato crop",
                "recording_url": "https://recordings.example/abc.mp3"}
        st, body = self.generic(call)
        self.assertEqual(st, 200, body)
        row = self.wait_call(call["call_id"], lambda r: r["message_id"], provider="generic")
        self.assertEqual(row["from"], "+91" + national)
        self.assertEqual(int(row["started"]), 1794990600)  # 14:00 IST = 08:30 UTC
        self.assertEqual(row["talk"], "170")
        conv = int(row["conversation_id"])
        self.assertEqual(self.stack.sql("SELECT team FROM conversations WHERE id = %s", (conv,)), [("technical",)])
        self.assertTrue(self.stack.sql("SELECT 1 FROM jobs WHERE kind = 'triage'"
                                       " AND (payload->>'conversation_id')::bigint = %s", (conv,)))
        self.assertIn("neem oil", self.messages(conv)[0][3])
        fetch = self.stack.sql("SELECT payload->>'auth' FROM jobs WHERE kind = 'media_fetch'"
                               " AND (payload->>'media_id')::bigint = %s", (int(row["media_id"]),))
        self.assertEqual(fetch, [("none",)])
        # The same post again is a duplicate; a later one refines the call.
        self.assertEqual(self.generic(call)[1]["duplicate"], True)
        # Unsigned, wrongly signed: 401. Bad values: 422. Not JSON: 400.
        st, body = self.stack.request("POST", "/webhooks/ivr/generic", json=call)
        self.assertEqual(st, 401)
        self.assertEqual(self.generic(call, secret="wrong")[0], 401)
        st, body = self.generic(dict(call, call_id="g-bad-phone", **{"from": "call me maybe"}))
        self.assertEqual((st, body["error"]["code"]), (422, "unprocessable"))
        self.assertIn("from", body["error"]["message"])
        st, body = self.generic(dict(call, call_id="g-bad-time", started_at="18/11/2026 2pm"))
        self.assertEqual(st, 422)
        self.assertIn("started_at", body["error"]["message"])
        self.assertEqual(self.generic(dict(call, call_id="g-bad-secs", talk_seconds="long"))[0], 422)
        self.assertEqual(self.generic(None, raw=b"{not json")[0], 400)
        self.assertEqual(self.generic(None, raw=b'{"call_id":"g-bad-utf8","notes":"\xff"}')[0], 400)
        self.assertEqual(self.generic({"status": "answered"})[0], 400)
        self.assertEqual(self.stack.sql("SELECT count(*) FROM call_events WHERE provider_call_id LIKE 'g-bad-%%'"),
                         [("0",)])
        st, _ = self.generic(dict(call, call_id="g-odd-status", status="on-hold-forever"))
        self.assertEqual(st, 200)
        row = self.wait_call("g-odd-status", lambda r: r["message_id"], provider="generic")
        self.assertEqual((row["status"], row["status_raw"]), ("other", "on-hold-forever"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
