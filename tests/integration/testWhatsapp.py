"""testWhatsapp.py — WhatsApp through Interakt end to end: signed webhooks
into the inbox, media into our store and out through nginx, replies through
the send API with retries, delivery statuses in any order, against the real
stack and tests/fakes/fakeInterakt.py.

Run: python3 tests/integration/testWhatsapp.py (cwd = repo root).
"""

import json
import os
import sys
import time
import unittest
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fakes"))

from harness import Stack  # noqa: E402
from fakeInterakt import message_received, sign, start_fake_interakt, status_event  # noqa: E402

SECRET = "interakt-secret-" + os.urandom(4).hex()
API_KEY = "dGVzdC1rZXktZm9yLWNzZDo="  # as the dashboard shows it: base64 of "test-key-for-csd:"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + os.urandom(200)
PDF = b"%PDF-1.4\n" + b"x" * 300


class WhatsappTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fake = start_fake_interakt(api_key=API_KEY, webhook_secret=SECRET)
        cls.stack = Stack(env={
            "INTERAKT_WEBHOOK_SECRET": SECRET,
            "INTERAKT_API_KEY": API_KEY,
            "INTERAKT_API_BASE_URL": cls.fake.url,
            "CHAT_TRIAGE_DEBOUNCE_MS": "1500",
            "JOB_BACKOFF_BASE_MS": "50",
            "JOB_BACKOFF_MAX_MS": "200",
            "JOB_MAX_ATTEMPTS": "4",
            "MEDIA_MAX_BYTES": "4096",
        }).start()
        cls.fake.webhook_url = cls.stack.base_url + "/webhooks/interakt"

    @classmethod
    def tearDownClass(cls):
        cls.stack.close()
        cls.fake.stop()

    # --- helpers ----------------------------------------------------------------
    def post(self, event, **kw):
        status, body = self.fake.post_webhook(event, **kw)
        return status, (json.loads(body) if body else None)

    def wait(self, predicate, timeout=15):
        v = self.stack.wait_for(predicate, timeout=timeout)
        self.assertTrue(v, "condition not reached in %ss; log tail:\n%s" % (timeout, self.stack.log_text()[-3000:]))
        return v

    def message_of(self, interakt_id):
        rows = self.stack.sql(
            "SELECT m.id, m.kind, m.text, m.conversation_id, m.media_id, m.direction, m.author_type,"
            " to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS'), ch.phone_e164"
            " FROM chats ch JOIN messages m ON m.chat_id = ch.id WHERE ch.provider_message_id = %s",
            (interakt_id,))
        return rows[0] if rows else None

    def phone(self):
        """A fresh Indian mobile number (10 digits, starts with 9)."""
        return "9" + str(uuid.uuid4().int)[:9]

    def queue_reply(self, conversation_id, text="Your refund is processed.", template=None):
        """What POST /conversations/:id/messages does: a queued outbound
        message and its send_chat job, in one transaction."""
        meta = {"template": template} if template else {}
        rows = self.stack.sql(
            "WITH m AS (INSERT INTO messages (conversation_id, channel, direction, kind, author_type, author_id,"
            " text, status, meta) VALUES (%s, 'chat', 'out', 'text', 'agent', %s, %s, 'queued', %s::jsonb)"
            " RETURNING id)"
            " SELECT id, enqueue_job('send_chat', jsonb_build_object('message_id', id), 0, 4, NULL) FROM m",
            (conversation_id, self.stack.agent_id, text, json.dumps(meta)))
        return int(rows[0][0])

    def new_chat(self, text="Mera order abhi tak nahi aaya"):
        ph, mid = self.phone(), str(uuid.uuid4())
        self.assertEqual(self.post(message_received(phone=ph, text=text, msg_id=mid))[0], 200)
        row = self.wait(lambda: self.message_of(mid))
        return ph, int(row[3])

    # --- authentication and bad input -----------------------------------------
    def test_signature_required(self):
        ev = message_received(phone=self.phone(), msg_id=str(uuid.uuid4()))
        before = self.stack.sql("SELECT count(*) FROM interakt_events")[0][0]
        status, body = self.post(ev, signature="")
        self.assertEqual(status, 401)
        self.assertEqual(body["error"]["code"], "unauthorized")
        status, _ = self.post(ev, signature="sha256=" + "0" * 64)
        self.assertEqual(status, 401)
        status, _ = self.post(ev, secret="not-the-secret")
        self.assertEqual(status, 401)
        # A signature over a different body (a replay with edits).
        raw = json.dumps(ev).encode()
        status, _ = self.post(raw + b" ", signature=sign(SECRET, raw))
        self.assertEqual(status, 401)
        self.assertEqual(self.stack.sql("SELECT count(*) FROM interakt_events")[0][0], before)
        self.assertNotIn(SECRET, self.stack.log_text())

    def test_bad_bodies(self):
        before = self.stack.sql("SELECT count(*) FROM interakt_events")[0][0]
        for raw, want in ((b'{"type": "message_received", ', 400),       # malformed JSON
                          (b'{"type":"message_received","x":"\xff\xfe"}', 400),  # invalid UTF-8
                          (b'"just a string"', 400),
                          (b'{"data":{}}', 400),                           # no type
                          (b"[]", 400)):
            status, body = self.post(raw)
            self.assertEqual(status, want, raw)
            self.assertEqual(body["error"]["code"], "bad_request")
        absurd = message_received(phone="12", country_code="+91", msg_id=str(uuid.uuid4()))
        absurd["data"]["customer"]["channel_phone_number"] = "91123456789012345"
        status, body = self.post(absurd)
        self.assertEqual(status, 422)
        self.assertIn("phone", body["error"]["message"])
        no_id = message_received(phone=self.phone())
        del no_id["data"]["message"]["id"]
        self.assertEqual(self.post(no_id)[0], 422)
        big = message_received(phone=self.phone(), text="x" * 300000)
        self.assertEqual(self.post(big)[0], 413)
        self.assertEqual(self.stack.sql("SELECT count(*) FROM interakt_events")[0][0], before)

    # --- customer messages -------------------------------------------------------
    def test_message_into_inbox_and_redelivery(self):
        ws = self.stack.ws("inbox", token=self.stack.admin_token)
        ph, mid = self.phone(), str(uuid.uuid4())
        at = "2026-11-30T10:15:30.250000"
        ev = message_received(phone=ph, text="Neem oil ka order kab aayega?", msg_id=mid, received_at=at)
        status, body = self.post(ev)
        self.assertEqual(status, 200)
        self.assertEqual(body, {"received": 1, "duplicates": 0})
        got = None
        deadline = time.time() + 10
        while time.time() < deadline and got is None:
            e = ws.recv_json(timeout=5)
            if e and e["event"] == "message.created" and e["data"].get("channel") == "chat":
                got = e
        ws.close()
        self.assertIsNotNone(got, self.stack.log_text()[-3000:])
        self.assertEqual(got["data"]["text"], "Neem oil ka order kab aayega?")
        self.assertEqual(got["data"]["kind"], "text")
        self.assertEqual(got["data"]["direction"], "in")
        self.assertEqual(got["data"]["conversation"]["customer"]["phone"], "+91" + ph)
        row = self.message_of(mid)
        self.assertEqual(row[1:3], ("text", "Neem oil ka order kab aayega?"))
        self.assertEqual(row[5:9], ("in", "customer", "2026-11-30T10:15:30.250", "+91" + ph))
        conv = self.stack.sql("SELECT channel, status, to_char(last_inbound_at AT TIME ZONE 'UTC',"
                              " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS') FROM conversations WHERE id = %s", (row[3],))[0]
        self.assertEqual(conv, ("chat", "open", "2026-11-30T10:15:30.250"))

        # Redelivery: 200, no second event, chat or message.
        status, body = self.post(ev)
        self.assertEqual((status, body["duplicates"]), (200, 1))
        time.sleep(0.3)
        self.assertEqual(self.stack.sql("SELECT count(*) FROM interakt_events WHERE message_id = %s", (mid,))[0][0], "1")
        self.assertEqual(self.stack.sql("SELECT count(*) FROM chats WHERE provider_message_id = %s", (mid,))[0][0], "1")

        # The 2022 format (channel_phone_number only) names the same customer
        # and joins the same open conversation.
        mid2 = str(uuid.uuid4())
        old = message_received(phone=ph, text="order 4411 hai", msg_id=mid2, newer_fields=False)
        self.assertEqual(self.post(old)[0], 200)
        row2 = self.wait(lambda: self.message_of(mid2))
        self.assertEqual(row2[3], row[3])
        self.assertEqual(self.stack.sql("SELECT count(*) FROM customer_identities WHERE value = %s",
                                        ("+91" + ph,))[0][0], "1")

        # Triage runs after the quiet moment.
        self.wait(lambda: self.stack.sql("SELECT suggested_team FROM conversations WHERE id = %s AND"
                                         " suggested_team IS NOT NULL", (row[3],)), timeout=20)

    def test_array_body_and_agent_lines(self):
        ph = self.phone()
        a, b = str(uuid.uuid4()), str(uuid.uuid4())
        agent_line = message_received(phone=ph, text="typed in Interakt", msg_id=str(uuid.uuid4()),
                                      chat_message_type="AgentMessage")
        status, body = self.post([message_received(phone=ph, text="one", msg_id=a),
                                  message_received(phone=ph, text="two", msg_id=b), agent_line])
        self.assertEqual((status, body["received"]), (200, 3))
        ra = self.wait(lambda: self.message_of(a))
        rb = self.wait(lambda: self.message_of(b))
        self.assertEqual(ra[3], rb[3])
        # Lines arriving together are triaged together, once, after the
        # debounce (CHAT_TRIAGE_DEBOUNCE_MS); the agent's line is not a
        # customer line and queues nothing.
        self.wait(lambda: self.stack.sql("SELECT 1 FROM conversations WHERE id = %s AND suggested_team IS NOT NULL",
                                         (ra[3],)), timeout=20)
        self.assertEqual(self.stack.sql("SELECT count(*) FROM jobs WHERE kind = 'triage'"
                                        " AND payload->>'conversation_id' = %s", (ra[3],))[0][0], "1")
        self.assertEqual(self.stack.sql("SELECT state FROM interakt_events WHERE message_id = %s",
                                        (agent_line["data"]["message"]["id"],))[0][0], "ignored")

    def test_kinds(self):
        ph = self.phone()
        cases = [
            ("InteractiveButtonReply", json.dumps({"type": "button_reply", "button_reply": {"id": "b1", "title": "Track order"}}),
             "button_reply", "Track order"),
            ("Location", json.dumps({"latitude": 28.61, "longitude": 77.2, "name": "Farm"}), "location", None),
            ("Contacts", "[]", "other", "[]"),
        ]
        for ct, msg, kind, text in cases:
            mid = str(uuid.uuid4())
            self.assertEqual(self.post(message_received(phone=ph, content_type=ct, text=msg, msg_id=mid))[0], 200)
            row = self.wait(lambda: self.message_of(mid))
            self.assertEqual(row[1], kind, ct)
            if text is not None:
                self.assertEqual(row[2], text)
            else:
                self.assertIn("28.61", row[2])

    def test_unhandled_type_kept_and_logged_once(self):
        ev = {"version": "1.0", "timestamp": "2026-11-30T10:00:00.000000", "type": "workflow_response_update",
              "data": {"workflow": {"id": "w1"}, "responses": [{"q": "a"}]}}
        for i in range(3):
            ev["data"]["n"] = i
            self.assertEqual(self.post(ev)[0], 200)
        rows = self.stack.sql("SELECT state FROM interakt_events WHERE event_type = 'workflow_response_update'")
        self.assertEqual([r[0] for r in rows], ["ignored"] * 3)
        self.assertEqual(self.post(ev)[0], 200)  # the same body again: a redelivery
        self.assertEqual(len(self.stack.sql("SELECT 1 FROM interakt_events WHERE event_type = 'workflow_response_update'")), 3)
        self.assertEqual(self.stack.log_text().count("interakt event type not handled: kept raw (logged once per type)\" type=workflow_response_update"), 1)

    # --- media -----------------------------------------------------------------------
    def test_media_stored_and_served(self):
        ph, mid = self.phone(), str(uuid.uuid4())
        url = self.fake.add_media("leaf-%s.png" % mid[:8], PNG, "image/png")
        self.assertEqual(self.post(message_received(phone=ph, content_type="Image", text="patti peeli", media_url=url,
                                                    msg_id=mid))[0], 200)
        row = self.wait(lambda: self.message_of(mid))
        self.assertEqual(row[1:3], ("image", "patti peeli"))
        media_id = int(row[4])
        st = self.wait(lambda: self.stack.sql("SELECT state, content_type, size_bytes, filename, error FROM media"
                                              " WHERE id = %s AND state <> 'pending'", (media_id,)))[0]
        self.assertEqual(st[:4], ("stored", "image/png", str(len(PNG)), "leaf-%s.png" % mid[:8]), st)
        # The interakt media link got no credentials (another origin than the API base? same here: it is the fake).
        status, conv = self.stack.request("GET", "/conversations/%s" % row[3], token=self.stack.agent_token)
        item = None
        if status == 200:
            item = next(m for m in conv["messages"] if m["id"] == int(row[0]))
        else:  # the inbox routes are another branch: build the item's URL the same way
            item = {"media_url": None}
        media_url = item["media_url"] or self.signed_url(media_id)
        status, headers, body = self.stack.request_full("GET", media_url)
        self.assertEqual(status, 200, body)
        self.assertEqual(body, PNG)
        self.assertEqual(headers["content-type"], "image/png")
        self.assertIn('filename="leaf-%s.png"' % mid[:8], headers["content-disposition"])
        self.assertEqual(headers.get("x-content-type-options"), "nosniff")
        # A bad or expired signature, an unknown id, no signature at all.
        self.assertEqual(self.stack.request("GET", media_url[:-4] + "0000")[0], 403)
        self.assertEqual(self.stack.request("GET", "/media/%d?exp=1&sig=%s" % (media_id, "0" * 64))[0], 403)
        self.assertEqual(self.stack.request("GET", "/media/%d" % media_id)[0], 403)
        self.assertEqual(self.stack.request("GET", "/media/%d" % media_id, token=self.stack.agent_token)[0], 200)
        self.assertEqual(self.stack.request("GET", "/internal/media/%02d/%d.png" % (media_id % 100, media_id))[0], 404)
        self.assertEqual(self.stack.request("GET", "/media/999999", token=self.stack.agent_token)[0], 404)

    def signed_url(self, media_id):
        import hashlib
        import hmac
        exp = int(time.time()) + 600
        sig = hmac.new(self.stack.env["AUTH_JWT_SECRET"].encode(), ("media:%d:%d" % (media_id, exp)).encode(),
                       hashlib.sha256).hexdigest()
        return "/media/%d?exp=%d&sig=%s" % (media_id, exp, sig)

    def test_media_refused(self):
        ph = self.phone()
        cases = [
            ("Image", self.fake.add_media("claims-%s.png" % ph, PDF, "image/png"), "not what its Content-Type claims"),
            ("Image", self.fake.add_media("doc-%s.pdf" % ph, PDF, "application/pdf"), "not the kind of media"),
            ("Document", self.fake.add_media("big-%s.pdf" % ph, PDF + b"y" * 5000, "application/pdf"), "larger than"),
            ("Document", self.fake.add_media("exe-%s.bin" % ph, b"MZ\x90\x00\x03" + b"\x00" * 100,
                                             "application/octet-stream"), "not a type we accept"),
            ("Audio", self.fake.url + "/media/expired-%s.ogg" % ph, "HTTP 404"),
        ]
        for ct, url, why in cases:
            mid = str(uuid.uuid4())
            self.assertEqual(self.post(message_received(phone=ph, content_type=ct, text=None, media_url=url,
                                                        msg_id=mid))[0], 200)
            row = self.wait(lambda: self.message_of(mid))
            st = self.wait(lambda: self.stack.sql("SELECT state, error, storage_path FROM media WHERE id = %s"
                                                  " AND state <> 'pending'", (row[4],)))[0]
            self.assertEqual(st[0], "failed", (ct, url))
            self.assertIn(why, st[1])
            self.assertIsNone(st[2])
            status, _ = self.stack.request("GET", self.signed_url(int(row[4])))
            self.assertEqual(status, 404)

    # --- replies and statuses ----------------------------------------------------------
    def msg(self, message_id):
        return self.stack.sql("SELECT status, provider_message_id, error FROM messages WHERE id = %s",
                              (message_id,))[0]

    def test_send_text_with_statuses_out_of_order(self):
        ph, conv = self.new_chat()
        self.fake.status_order = "reversed"
        try:
            ws = self.stack.ws("inbox", token=self.stack.admin_token)
            m = self.queue_reply(conv, "Aapka order kal pahunch jayega.")
            self.wait(lambda: self.msg(m)[0] == "read")
            self.fake.status_order = "none"
            time.sleep(0.5)  # late statuses (sent, delivered) must not move it back
            status, pid, err = self.msg(m)
            self.assertEqual((status, err), ("read", None))
            send = next(s for s in self.fake.sends if s["body"].get("callbackData") == "csd-msg-%d" % m)
            self.assertEqual(send["headers"]["Authorization"], "Basic " + API_KEY)
            self.assertEqual(send["body"]["type"], "Text")
            self.assertEqual(send["body"]["fullPhoneNumber"], "91" + ph)
            self.assertEqual(send["body"]["data"]["message"], "Aapka order kal pahunch jayega.")
            self.assertTrue(pid)
            seen = set()
            deadline = time.time() + 5
            while time.time() < deadline and "read" not in seen:
                e = ws.recv_json(timeout=2)
                if e and e["event"] == "message.updated" and e["data"]["id"] == m:
                    seen.add(e["data"]["status"])
            ws.close()
            self.assertIn("read", seen)
        finally:
            self.fake.status_order = "none"

    def test_status_before_the_id_is_known(self):
        ph, conv = self.new_chat()
        pid = "ahead-" + str(uuid.uuid4())
        # Delivered and read arrive for an id nobody knows yet (no callbackData).
        self.assertEqual(self.post(status_event("delivered", pid))[0], 200)
        self.assertEqual(self.post(status_event("read", pid))[0], 200)
        self.wait(lambda: self.stack.sql("SELECT 1 FROM interakt_events WHERE message_id = %s AND state = 'pending'"
                                         " HAVING count(*) = 2", (pid,)))
        self.fake.next_ids.append(pid)
        m = self.queue_reply(conv)
        self.wait(lambda: self.msg(m)[0] == "read")
        self.assertEqual(self.msg(m)[1], pid)
        self.assertEqual(self.stack.sql("SELECT count(*) FROM interakt_events WHERE message_id = %s AND state = 'applied'",
                                        (pid,))[0][0], "2")

    def test_failed_never_overwrites_delivered(self):
        ph, conv = self.new_chat()
        pid = "mono-" + str(uuid.uuid4())
        self.fake.next_ids.append(pid)
        m = self.queue_reply(conv)
        self.wait(lambda: self.msg(m)[0] == "sent")
        self.post(status_event("delivered", pid))
        self.wait(lambda: self.msg(m)[0] == "delivered")
        self.post(status_event("failed", pid, reason="Recipient is not a valid WhatsApp user", code="1013"))
        self.post(status_event("sent", pid))
        self.wait(lambda: self.stack.sql("SELECT 1 FROM interakt_events WHERE message_id = %s AND state = 'applied'"
                                         " HAVING count(*) = 3", (pid,)))
        self.assertEqual(self.msg(m)[0], "delivered")
        # A failure before delivery is shown with its reason.
        pid2 = "fail-" + str(uuid.uuid4())
        self.fake.next_ids.append(pid2)
        m2 = self.queue_reply(conv)
        self.wait(lambda: self.msg(m2)[0] == "sent")
        self.post(status_event("failed", pid2, reason="Recipient is not a valid WhatsApp user", code="1013"))
        self.wait(lambda: self.msg(m2)[0] == "failed")
        self.assertEqual(self.msg(m2)[2], "Recipient is not a valid WhatsApp user (code 1013)")

    def test_send_retries_then_permanent_errors(self):
        ph, conv = self.new_chat()
        self.fake.set_mode("429", count=1)
        m = self.queue_reply(conv, "retry me")
        self.wait(lambda: self.msg(m)[0] == "sent")
        self.fake.set_mode("503", count=2)
        m2 = self.queue_reply(conv, "retry me too")
        self.wait(lambda: self.msg(m2)[0] == "sent")
        self.assertEqual(len([s for s in self.fake.sends if s["body"].get("callbackData") == "csd-msg-%d" % m2]), 3)
        # Interakt refuses for good: failed with its reason, not retried.
        self.fake.set_mode("400", count=1)
        m3 = self.queue_reply(conv, "too late")
        self.wait(lambda: self.msg(m3)[0] == "failed")
        self.assertIn("Customer has not messaged within last 24 hours", self.msg(m3)[2])
        self.assertEqual(len([s for s in self.fake.sends if s["body"].get("callbackData") == "csd-msg-%d" % m3]), 1)
        # Always 5xx: failed after the last attempt.
        self.fake.set_mode("500", count=4)
        m4 = self.queue_reply(conv, "never")
        self.wait(lambda: self.msg(m4)[0] == "failed", timeout=20)
        self.assertIn("HTTP 500", self.msg(m4)[2])

    def test_template_outside_the_window(self):
        ph, conv = self.new_chat()
        tmpl = {"name": "ticket_update", "language": "en", "body_values": ["Asha", 8812]}
        m = self.queue_reply(conv, text=None, template=tmpl)
        self.wait(lambda: self.msg(m)[0] == "sent")
        send = next(s for s in self.fake.sends if s["body"].get("callbackData") == "csd-msg-%d" % m)["body"]
        self.assertEqual(send["type"], "Template")
        self.assertEqual((send["countryCode"], send["phoneNumber"]), ("+91", ph))
        self.assertEqual(send["template"], {"name": "ticket_update", "languageCode": "en",
                                            "bodyValues": ["Asha", "8812"]})

    def test_reply_api_window_closed_then_template(self):
        """POST /conversations/:id/messages on a chat whose customer last
        wrote more than 24 h ago: 422 window_closed without a template and
        nothing written; with a template 202, a send_chat job, and the
        template reaches Interakt."""
        s = self.stack
        ph, conv = self.new_chat()
        s.sql("UPDATE conversations SET last_inbound_at = now() - interval '25 hours' WHERE id = %s", (conv,))

        def snapshot():
            return (s.sql("SELECT id, status, text FROM messages WHERE conversation_id = %s ORDER BY id", (conv,)),
                    s.sql("SELECT count(*) FROM jobs WHERE kind = 'send_chat'"),
                    s.sql("SELECT count(*) FROM reporting_events WHERE conversation_id = %s"
                          " AND name IN ('reply', 'first_response')", (conv,)),
                    s.sql("SELECT first_response_at FROM conversations WHERE id = %s", (conv,)))

        before = snapshot()
        path = "/conversations/%d/messages" % conv
        st, b = s.request("POST", path, token=s.admin_token, json={"text": "Your refund is processed."})
        self.assertEqual(st, 422, b)
        self.assertEqual(b["error"]["code"], "window_closed")
        self.assertIn("template", b["error"]["message"])
        self.assertEqual(snapshot(), before)

        tmpl = {"name": "ticket_update", "language": "en", "body_values": ["Asha", "KO-4411"]}
        st, b = s.request("POST", path, token=s.admin_token, json={"template": tmpl})
        self.assertEqual(st, 202, b)
        self.assertEqual((b["status"], b["direction"], b["meta"]["template"]), ("queued", "out", tmpl))
        mid = int(b["id"])
        jobs = s.sql("SELECT count(*) FROM jobs WHERE kind = 'send_chat' AND (payload->>'message_id')::bigint = %s",
                     (mid,))
        self.assertEqual(jobs, [("1",)])
        self.wait(lambda: self.msg(mid)[0] == "sent")
        send = next(x for x in self.fake.sends if x["body"].get("callbackData") == "csd-msg-%d" % mid)["body"]
        self.assertEqual(send["type"], "Template")
        self.assertEqual((send["countryCode"], send["phoneNumber"]), ("+91", ph))
        self.assertEqual(send["template"], {"name": "ticket_update", "languageCode": "en",
                                            "bodyValues": ["Asha", "KO-4411"]})


if __name__ == "__main__":
    unittest.main(verbosity=2)
