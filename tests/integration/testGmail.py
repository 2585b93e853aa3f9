"""testGmail.py — Pub/Sub push -> stored, parsed, threaded email -> WebSocket
event, against the real stack and tests/fakes/fakeGoogle.py.

Run: python3 tests/integration/testGmail.py (cwd = repo root).
"""

import os
import signal
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fakes"))

from harness import Stack  # noqa: E402
from fakeGoogle import start_fake_google, PUSH_SA, TOPIC  # noqa: E402

AUD = "https://csd.test/webhooks/gmail"


def mime(subject, body, sender="Ramesh Kumar <ramesh@farmer.example>", to="support@katyayani.example",
         msgid=None, extra=""):
    msgid = msgid or "<%s@mail.example>" % os.urandom(6).hex()
    return ("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: %s\r\nDate: Tue, 24 Nov 2026 10:00:00 +0530\r\n"
            "MIME-Version: 1.0\r\n%sContent-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n"
            % (sender, to, subject, msgid, extra, body)).encode()


ATTACHED = (b"From: =?UTF-8?B?4KSw4KS+4KSu?= <ram@farmer.example>\r\nTo: support@katyayani.example\r\n"
            b"Subject: =?UTF-8?Q?Neem_oil_=E0=A4=A8=E0=A5=80=E0=A4=AE?= leaking\r\n"
            b"Message-ID: <att1@mail.example>\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n--XX\r\n"
            b"Content-Type: text/plain; charset=UTF-8\r\n\r\nThe bottle arrived leaking, photo attached.\r\n"
            b"--XX\r\nContent-Type: image/jpeg; name=\"photo.jpg\"\r\n"
            b"Content-Disposition: attachment; filename=\"photo.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            b"/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRof\r\n--XX--\r\n")


class GmailPushTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.g = start_fake_google()
        cls.stack = Stack(env=cls.g.env(AUD)).__enter__()
        cls.seq = 0

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)
        cls.g.stop()

    # --- helpers ------------------------------------------------------------
    def new_mailbox(self):
        """Creates a mailbox through the API (which starts its watch via a
        job) and waits until the watch stored the cursor."""
        GmailPushTest.seq += 1
        addr = "support%d@katyayani.example" % GmailPushTest.seq
        self.g.mailbox(addr)
        st, body = self.stack.request("POST", "/support-emails", token=self.stack.admin_token,
                                      json={"email": addr, "display_name": "Support"})
        self.assertEqual(st, 201, body)
        mid = int(body["id"])
        ok = self.stack.wait_for(lambda: self.stack.sql(
            "SELECT history_id FROM support_emails WHERE id = %s AND history_id IS NOT NULL", (mid,)), timeout=20)
        self.assertTrue(ok, "watch job did not store a cursor:\n" + self.stack.log_text()[-3000:])
        return mid, addr

    def push(self, addr, history_id, message_id=None, token=None, **kw):
        GmailPushTest.seq += 1
        body = self.g.push_body(addr, history_id, message_id or "pubsub-%d" % GmailPushTest.seq, **kw)
        tok = token if token is not None else self.g.mint_push_token(aud=AUD)
        return self.stack.request("POST", "/webhooks/gmail", json=body,
                                  headers={"Authorization": "Bearer " + tok})

    def email_rows(self, addr):
        return self.stack.sql("SELECT gmail_message_id FROM emails WHERE mailbox = %s ORDER BY id", (addr,))

    def wait_emails(self, addr, n, timeout=20):
        rows = self.stack.wait_for(lambda: len(self.email_rows(addr)) >= n and self.email_rows(addr), timeout=timeout)
        self.assertTrue(rows, "expected %d emails for %s; log:\n%s" % (n, addr, self.stack.log_text()[-4000:]))
        return rows

    def wait_jobs_idle(self, timeout=20):
        self.stack.wait_for(lambda: not self.stack.sql(
            "SELECT id FROM jobs WHERE kind LIKE 'gmail%%' AND state IN ('queued', 'running') AND run_at < now() + interval '30 seconds'"),
            timeout=timeout)

    # --- tests --------------------------------------------------------------
    def test_push_stores_email_and_publishes(self):
        mid, addr = self.new_mailbox()
        self.assertTrue(any(u == addr and w["topicName"] == TOPIC and w["labelIds"] == ["INBOX"]
                            for u, w in self.g.watches))
        ws = self.stack.ws("emails", token=self.stack.admin_token)
        gid, thread, hid = self.g.add_message(ATTACHED, user=addr)
        st, _ = self.push(addr, hid)
        self.assertEqual(st, 204)
        self.wait_emails(addr, 1)
        row = self.stack.sql(
            "SELECT gmail_thread_id, subject, from_address, body_text, attachments::text, conversation_id,"
            " customer_id, snippet, parse_error FROM emails WHERE mailbox = %s", (addr,))[0]
        self.assertEqual(row[0], thread)
        self.assertEqual(row[1], "Neem oil नीम leaking")
        self.assertEqual(row[2], "ram@farmer.example")
        self.assertIn("bottle arrived leaking", row[3])
        self.assertIn('"photo.jpg"', row[4])
        self.assertIn("image/jpeg", row[4])
        self.assertIsNone(row[8])
        conv = self.stack.sql("SELECT channel, subject, gmail_thread_id, status, customer_id FROM conversations"
                              " WHERE id = %s", (row[5],))[0]
        self.assertEqual(conv[:4], ("email", "Neem oil नीम leaking", thread, "open"))
        self.assertEqual(conv[4], row[6])
        ident = self.stack.sql("SELECT customer_id FROM customer_identities WHERE kind = 'email' AND value = %s",
                               ("ram@farmer.example",))
        self.assertEqual(ident[0][0], row[6])
        ev = None
        deadline = time.time() + 10
        while time.time() < deadline:
            ev = ws.recv_json(timeout=5)
            if ev is None or ev.get("event") == "email.created":
                break
        self.assertIsNotNone(ev)
        self.assertEqual(ev["event"], "email.created")
        self.assertEqual(ev["data"]["gmail_message_id"], gid)
        self.assertEqual(ev["data"]["subject"], "Neem oil नीम leaking")
        self.assertEqual(ev["data"]["from"], "ram@farmer.example")
        ws.close()
        cur = self.stack.sql("SELECT history_id, last_sync_status FROM support_emails WHERE id = %s", (mid,))[0]
        self.assertEqual(cur, (str(hid), "ok"))
        # The triage job of the email's conversation, and its timeline message.
        triage = self.stack.sql("SELECT payload->>'conversation_id' FROM jobs WHERE kind = 'triage'")
        conv = self.stack.sql("SELECT conversation_id FROM emails WHERE mailbox = %s", (addr,))[0][0]
        self.assertIn((conv,), triage)
        msg = self.stack.sql("SELECT m.channel, m.direction, m.author_type, m.text IS NOT NULL FROM messages m"
                             " JOIN emails e ON e.id = m.email_id WHERE e.mailbox = %s", (addr,))
        self.assertEqual(msg, [("email", "in", "customer", "t")])

    def test_duplicate_and_overlapping_pushes_store_once(self):
        mid, addr = self.new_mailbox()
        _, _, h1 = self.g.add_message(mime("Order 1 late", "Where is my order?"), user=addr)
        st1, _ = self.push(addr, h1, message_id="dup-1")
        st2, _ = self.push(addr, h1, message_id="dup-1")  # the same delivery twice
        self.assertEqual((st1, st2), (204, 204))
        self.assertEqual(self.stack.sql("SELECT count(*) FROM gmail_notifications WHERE pubsub_message_id = 'dup-1'"),
                         [("1",)])
        self.wait_emails(addr, 1)
        _, _, h2 = self.g.add_message(mime("Order 2 late", "Second one"), user=addr)
        _, _, h3 = self.g.add_message(mime("Order 3 late", "Third one"), user=addr)
        # overlapping history: both notifications cover message 2
        self.assertEqual(self.push(addr, h2, numeric=True)[0], 204)
        self.assertEqual(self.push(addr, h3, urlsafe=True)[0], 204)
        self.wait_emails(addr, 3)
        self.wait_jobs_idle()
        # a full replay of the whole history must not add anything
        self.stack.sql("UPDATE support_emails SET history_id = 1 WHERE id = %s", (mid,))
        self.assertEqual(self.push(addr, h3)[0], 204)
        self.wait_jobs_idle()
        time.sleep(0.5)
        ids = [r[0] for r in self.email_rows(addr)]
        self.assertEqual(len(ids), 3)
        self.assertEqual(len(set(ids)), 3)

    def test_bad_tokens_refused_and_nothing_stored(self):
        _, addr = self.new_mailbox()
        _, _, hid = self.g.add_message(mime("Token test", "x"), user=addr)
        before = self.stack.sql("SELECT count(*) FROM gmail_notifications")
        now = int(time.time())
        cases = [
            (self.g.mint_push_token(aud=AUD, key="other"), 401),                 # forged signature
            (self.g.mint_push_token(aud=AUD, exp=now - 600, iat=now - 4200), 401),  # expired
            (self.g.mint_push_token(aud=AUD, kid="unknown-kid"), 401),
            (self.g.mint_push_token(aud=AUD, alg="none", key="none"), 401),
            (self.g.mint_push_token(aud=AUD, alg="HS256"), 401),
            ("not.a-jwt", 401),
            (self.g.mint_push_token(aud="https://evil.example/hook"), 403),
            (self.g.mint_push_token(aud=AUD, iss="https://evil.example"), 403),
            (self.g.mint_push_token(aud=AUD, email="someone@evil.iam.gserviceaccount.com"), 403),
            (self.g.mint_push_token(aud=AUD, email_verified=False), 403),
        ]
        for tok, want in cases:
            st, body = self.push(addr, hid, token=tok)
            self.assertEqual(st, want, (tok[:40], body))
        body = self.g.push_body(addr, hid, "no-auth")
        st, _ = self.stack.request("POST", "/webhooks/gmail", json=body)
        self.assertEqual(st, 401)
        # an old (but unexpired) token is fine: iat may be up to an hour old
        self.assertEqual(self.push(addr, hid, token=self.g.mint_push_token(aud=AUD, iat=now - 3500,
                                                                          exp=now + 100))[0], 204)
        after = self.stack.sql("SELECT count(*) FROM gmail_notifications")
        self.assertEqual(int(after[0][0]), int(before[0][0]) + 1)

    def test_unknown_mailbox_and_malformed_body(self):
        before = self.stack.sql("SELECT count(*) FROM gmail_notifications")
        st, _ = self.push("nobody@katyayani.example", 12345)
        self.assertEqual(st, 204)
        self.assertEqual(self.stack.sql("SELECT count(*) FROM gmail_notifications"), before)
        tok = self.g.mint_push_token(aud=AUD)
        for bad in ({"message": {"data": "!!!notbase64", "messageId": "m1"}},
                    {"message": {"data": "eyJmb28iOjF9", "messageId": "m2"}},   # {"foo":1}
                    {"nomessage": True}, [1, 2]):
            st, _ = self.stack.request("POST", "/webhooks/gmail", json=bad, headers={"Authorization": "Bearer " + tok})
            self.assertEqual(st, 400, bad)
        st, _ = self.stack.request("POST", "/webhooks/gmail", data=b"{not json", headers={
            "Authorization": "Bearer " + tok, "Content-Type": "application/json"})
        self.assertEqual(st, 400)
        self.assertEqual(self.stack.sql("SELECT count(*) FROM gmail_notifications"), before)

    def test_history_404_falls_back_to_full_sync(self):
        mid, addr = self.new_mailbox()
        self.g.add_message(mime("Before cursor", "old but recent"), user=addr)
        _, _, hid = self.g.add_message(mime("After", "new"), user=addr)
        self.g.control(history_404=True)
        try:
            self.assertEqual(self.push(addr, hid)[0], 204)
            self.wait_emails(addr, 2)
            self.wait_jobs_idle()
        finally:
            self.g.control(history_404=None)
        cur = self.stack.sql("SELECT history_id, last_sync_status FROM support_emails WHERE id = %s", (mid,))[0]
        self.assertEqual(cur, (str(hid), "ok"))
        self.assertTrue(any("/profile" in p for _, p in self.g.request_log()))

    def test_rate_limit_then_success(self):
        mid, addr = self.new_mailbox()
        _, _, hid = self.g.add_message(mime("Rate limited", "please"), user=addr)
        self.g.control(fail_next={"path_prefix": "/gmail/v1/users/%s/messages/" % addr, "status": 429,
                                  "retry_after": 1, "count": 2})
        self.assertEqual(self.push(addr, hid)[0], 204)
        self.wait_emails(addr, 1, timeout=30)
        fails = [p for _, p in self.g.request_log() if p.startswith("/gmail/v1/users/%s/messages/" % addr)]
        self.assertGreaterEqual(len(fails), 3)  # two 429s, then the fetch that worked
        jobs = self.stack.sql("SELECT id, attempts, state, last_error FROM jobs WHERE kind = 'gmail_sync'"
                              " AND payload->>'support_email_id' = %s ORDER BY id", (str(mid),))
        self.assertGreaterEqual(max(int(j[1]) for j in jobs), 3, jobs)

    def test_paging_and_own_mail_skipped(self):
        _, addr = self.new_mailbox()
        self.g.control(page_size=2)
        try:
            for i in range(4):
                self.g.add_message(mime("Paged %d" % i, "body %d" % i), user=addr)
            self.g.add_message(mime("Our reply", "thanks", sender="Support <%s>" % addr), user=addr)
            _, _, hid = self.g.add_message(mime("Sent copy", "x"), labels=["SENT"], user=addr)
            self.assertEqual(self.push(addr, hid)[0], 204)
            self.wait_emails(addr, 4)
            self.wait_jobs_idle()
        finally:
            self.g.control(page_size=None)
        subjects = [r[0] for r in self.stack.sql("SELECT subject FROM emails WHERE mailbox = %s ORDER BY id", (addr,))]
        self.assertEqual(subjects, ["Paged 0", "Paged 1", "Paged 2", "Paged 3"])

    def test_reply_joins_thread_and_reopens(self):
        _, addr = self.new_mailbox()
        _, thread, hid = self.g.add_message(mime("Refund please", "My refund is pending"), user=addr)
        self.assertEqual(self.push(addr, hid)[0], 204)
        self.wait_emails(addr, 1)
        conv = self.stack.sql("SELECT conversation_id FROM emails WHERE mailbox = %s", (addr,))[0][0]
        self.stack.sql("UPDATE conversations SET status = 'resolved' WHERE id = %s", (conv,))
        ws = self.stack.ws("inbox", token=self.stack.admin_token)
        _, _, hid2 = self.g.add_message(mime("Re: Refund please", "Still not received!\r\n\r\n> My refund is pending"),
                                        thread_id=thread, user=addr)
        self.assertEqual(self.push(addr, hid2)[0], 204)
        self.wait_emails(addr, 2)
        rows = self.stack.sql("SELECT conversation_id FROM emails WHERE mailbox = %s", (addr,))
        self.assertEqual({r[0] for r in rows}, {conv})
        self.assertEqual(self.stack.sql("SELECT status FROM conversations WHERE id = %s", (conv,)), [("open",)])
        seen = set()
        deadline = time.time() + 10
        while time.time() < deadline and not {"message.created", "status.changed"} <= seen:
            ev = ws.recv_json(timeout=5)
            if ev is None:
                break
            if ev["data"].get("conversation_id") == int(conv):
                seen.add(ev["event"])
        ws.close()
        self.assertEqual({"message.created", "status.changed"} & seen, {"message.created", "status.changed"})

    def test_job_worker_killed_mid_sync_loses_and_duplicates_nothing(self):
        _, addr = self.new_mailbox()
        hid = None
        for i in range(4):
            _, _, hid = self.g.add_message(mime("Crash %d" % i, "body"), user=addr)
        self.g.control(delay_ms=1200, delay_prefix="/gmail/v1/users/%s/messages/" % addr)
        try:
            self.assertEqual(self.push(addr, hid)[0], 204)
            self.wait_emails(addr, 1)
            pids = self.stack.csd_pids()["job"]
            self.assertLess(len(self.email_rows(addr)), 4)  # really mid-way
            self.assertTrue(pids)
            for pid in pids:
                os.kill(pid, signal.SIGKILL)
        finally:
            self.g.control(delay_ms=None)
        self.wait_emails(addr, 4, timeout=60)
        self.wait_jobs_idle(timeout=30)
        ids = [r[0] for r in self.email_rows(addr)]
        self.assertEqual(len(ids), 4)
        self.assertEqual(len(set(ids)), 4)

    def test_watch_endpoints(self):
        mid, addr = self.new_mailbox()
        before = self.stack.sql("SELECT history_id FROM support_emails WHERE id = %s", (mid,))[0][0]
        self.g.add_message(mime("moves the mailbox history", "x"), user=addr)
        st, body = self.stack.request("POST", "/support-emails/%d/watch" % mid, token=self.stack.admin_token)
        self.assertEqual(st, 200, body)
        self.assertIsNotNone(body["watch_expiration"])
        self.assertEqual(body["history_id"], before)  # an existing cursor is kept
        st, body = self.stack.request("POST", "/support-emails/%d/stop-watch" % mid, token=self.stack.admin_token)
        self.assertEqual(st, 200, body)
        self.assertIsNone(body["watch_expiration"])
        self.assertIn(addr, self.g.stops)
        self.g.control(token_error="unauthorized_client")
        self.g.revoke_tokens()  # csd's cached token gets a 401, then the refresh is refused
        try:
            st, body = self.stack.request("POST", "/support-emails/%d/watch" % mid, token=self.stack.admin_token)
        finally:
            self.g.control(token_error=None)
        self.assertEqual(st, 502)
        self.assertIn("unauthorized_client", body["error"]["message"])
        err = self.stack.sql("SELECT last_error FROM support_emails WHERE id = %s", (mid,))[0][0]
        self.assertIn("unauthorized_client", err)
        # the operator's tool runs a sync in-process
        self.g.add_message(mime("Via csctl", "synced by hand"), user=addr)
        p = self.stack.csctl("gmail", "sync", mid)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("Via csctl", [r[0] for r in self.stack.sql("SELECT subject FROM emails WHERE mailbox = %s", (addr,))])

    def test_unparseable_message_kept_raw(self):
        _, addr = self.new_mailbox()
        raw = mime("Too many headers", "still stored", extra="".join("X-Junk-%d: v\r\n" % i for i in range(600)))
        _, _, hid = self.g.add_message(raw, user=addr)
        self.assertEqual(self.push(addr, hid)[0], 204)
        self.wait_emails(addr, 1)
        row = self.stack.sql("SELECT parse_error, length(raw), raw_size, conversation_id IS NOT NULL FROM emails"
                             " WHERE mailbox = %s", (addr,))[0]
        self.assertIn("headers", row[0])
        self.assertEqual(int(row[1]), len(raw))
        self.assertEqual(int(row[2]), len(raw))
        self.assertEqual(row[3], "t")

    def test_delete_mailbox_stops_watch_via_job(self):
        mid, addr = self.new_mailbox()
        st, _ = self.stack.request("DELETE", "/support-emails/%d" % mid, token=self.stack.admin_token)
        self.assertEqual(st, 204)
        self.assertTrue(self.stack.wait_for(lambda: addr in self.g.stops, timeout=20), self.stack.log_text()[-3000:])


class GmailNotConfiguredTest(unittest.TestCase):
    def test_watch_503_and_webhook_503_without_config(self):
        with Stack() as s:
            st, body = s.request("POST", "/support-emails", token=s.admin_token, json={"email": "a@katyayani.example"})
            self.assertEqual(st, 201)
            st, body = s.request("POST", "/support-emails/%s/watch" % body["id"], token=s.admin_token)
            self.assertEqual(st, 503)
            self.assertEqual(body["error"]["code"], "gmail_not_configured")
            st, _ = s.request("POST", "/webhooks/gmail", json={"message": {}}, headers={"Authorization": "Bearer x.y.z"})
            self.assertIn(st, (401, 503))


if __name__ == "__main__":
    unittest.main(verbosity=2)
