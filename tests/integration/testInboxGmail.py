"""testInboxGmail.py — an agent's reply to an email conversation goes out
through Gmail users.messages.send in the customer's thread (threadId,
In-Reply-To, References, "Re:" subject, from the support mailbox, with the
gmail.send scope), 202 at once, message.created then message.updated; the
sent copy that comes back through the mailbox history is not ingested as a
customer message; a refused send shows as failed with the reason.

Run: python3 tests/integration/testInboxGmail.py (cwd = repo root).
"""

import email
import email.policy
import os
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fakes"))

from harness import Stack  # noqa: E402
from fakeGoogle import start_fake_google  # noqa: E402

AUD = "https://csd.test/webhooks/gmail"


def mime(subject, body, msgid, sender="Ramesh Kumar <ramesh@farmer.example>", to="support@katyayani.example",
         extra=""):
    return ("From: %s\r\nTo: %s\r\nSubject: %s\r\nMessage-ID: %s\r\nDate: Tue, 24 Nov 2026 10:00:00 +0530\r\n"
            "MIME-Version: 1.0\r\n%sContent-Type: text/plain; charset=UTF-8\r\n\r\n%s\r\n"
            % (sender, to, subject, msgid, extra, body)).encode()


class InboxGmailReplyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.g = start_fake_google()
        cls.stack = Stack(env=dict(cls.g.env(AUD), AUTO_ASSIGN="off", JOB_MAX_ATTEMPTS="2",
                                   JOB_BACKOFF_BASE_MS="100")).__enter__()
        cls.seq = 0

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)
        cls.g.stop()

    def new_mailbox(self):
        InboxGmailReplyTest.seq += 1
        addr = "help%d@katyayani.example" % InboxGmailReplyTest.seq
        self.g.mailbox(addr)
        st, body = self.stack.request("POST", "/support-emails", token=self.stack.admin_token,
                                      json={"email": addr, "display_name": "Katyayani Support"})
        self.assertEqual(st, 201, body)
        mid = int(body["id"])
        ok = self.stack.wait_for(lambda: self.stack.sql(
            "SELECT history_id FROM support_emails WHERE id = %s AND history_id IS NOT NULL", (mid,)), timeout=20)
        self.assertTrue(ok, self.stack.log_text()[-3000:])
        return addr

    def push(self, addr, history_id):
        InboxGmailReplyTest.seq += 1
        body = self.g.push_body(addr, history_id, "pubsub-r%d" % InboxGmailReplyTest.seq)
        st, _ = self.stack.request("POST", "/webhooks/gmail", json=body,
                                   headers={"Authorization": "Bearer " + self.g.mint_push_token(aud=AUD)})
        self.assertEqual(st, 204)

    def customer_thread(self, addr):
        """Two customer messages in one thread; returns (conversation id, thread id)."""
        s = self.stack
        _, thread, h1 = self.g.add_message(mime("Order KO-77 नहीं आया", "Order abhi tak nahi aaya",
                                                "<first@farmer.example>"), user=addr)
        self.push(addr, h1)
        _, _, h2 = self.g.add_message(mime("Re: Order KO-77 नहीं आया", "Koi update?", "<second@farmer.example>",
                                           extra="In-Reply-To: <first@farmer.example>\r\n"
                                                 "References: <first@farmer.example>\r\n"),
                                      thread_id=thread, user=addr)
        self.push(addr, h2)
        rows = s.wait_for(lambda: len(s.sql("SELECT id FROM emails WHERE mailbox = %s", (addr,))) == 2, timeout=20)
        self.assertTrue(rows, s.log_text()[-3000:])
        cid = int(s.sql("SELECT conversation_id FROM emails WHERE mailbox = %s LIMIT 1", (addr,))[0][0])
        return cid, thread

    def wait_status(self, mid, want, timeout=20):
        s = self.stack
        got = s.wait_for(lambda: s.sql("SELECT status FROM messages WHERE id = %s", (mid,))[0][0] == want,
                         timeout=timeout)
        self.assertTrue(got, "message %s never became %s:\n%s" % (mid, want, s.log_text()[-4000:]))

    def test_reply_in_thread_and_not_ingested_again(self):
        s = self.stack
        addr = self.new_mailbox()
        cid, thread = self.customer_thread(addr)
        ws = s.ws("inbox", token=s.admin_token)
        st, msg = s.request("POST", "/conversations/%d/messages" % cid, token=s.agent_token,
                            json={"text": "Namaste Ramesh ji, aapka order kal pahunch jayega.\nधन्यवाद"})
        self.assertEqual(st, 202, msg)
        self.assertEqual((msg["status"], msg["direction"], msg["author"]["id"]), ("queued", "out", s.agent_id))
        self.wait_status(msg["id"], "sent")
        names = []
        deadline = time.time() + 10
        while time.time() < deadline and "message.updated" not in names:
            ev = ws.recv_json(timeout=2)
            if ev is None:
                continue
            if ev["event"].startswith("message.") and ev["data"]["id"] == msg["id"]:
                names.append(ev["event"])
                if ev["event"] == "message.updated":
                    self.assertEqual(ev["data"]["status"], "sent")
                    self.assertEqual(ev["data"]["conversation"]["id"], cid)
        ws.close()
        self.assertEqual(names, ["message.created", "message.updated"])

        # what Gmail received
        self.assertEqual(len(self.g.sent), 1)
        user, sent_thread, raw = self.g.sent[0]
        self.assertEqual((user, sent_thread), (addr, thread))
        m = email.message_from_bytes(raw, policy=email.policy.default)
        self.assertIn(addr, m["From"])
        self.assertIn("Katyayani Support", m["From"])
        self.assertEqual(m["To"].addresses[0].addr_spec, "ramesh@farmer.example")
        self.assertEqual(str(m["Subject"]), "Re: Order KO-77 नहीं आया")
        self.assertEqual(m["In-Reply-To"], "<second@farmer.example>")
        self.assertEqual(m["References"].split(), ["<first@farmer.example>", "<second@farmer.example>"])
        self.assertTrue(m["Message-ID"].startswith("<cs."))
        self.assertIn(b"\r\n", raw)
        self.assertIn("pahunch jayega", m.get_content())
        self.assertIn("धन्यवाद", m.get_content())
        # the scope: send used its own token, which cannot read
        self.assertIn("/gmail/v1/users/%s/messages/send" % addr, [p for _, p in self.g.request_log()])

        row = s.sql("SELECT provider_message_id, error FROM messages WHERE id = %s", (msg["id"],))[0]
        self.assertIsNotNone(row[0])
        self.assertIsNone(row[1])
        conv = s.sql("SELECT first_response_at IS NOT NULL FROM conversations WHERE id = %s", (cid,))
        self.assertEqual(conv, [("t",)])
        fr = s.sql("SELECT agent_id, channel FROM reporting_events WHERE name = 'first_response'"
                   " AND conversation_id = %s", (cid,))
        self.assertEqual(fr, [(str(s.agent_id), "email")])

        # the sent copy arrives in the mailbox history (thread-wise, even under
        # INBOX): a push for it stores nothing
        hid = self.g.mailbox(addr).history_id
        before = s.sql("SELECT (SELECT count(*) FROM emails WHERE mailbox = %s),"
                       " (SELECT count(*) FROM messages WHERE conversation_id = %s)", (addr, cid))
        self.push(addr, hid)
        s.wait_for(lambda: not s.sql("SELECT id FROM jobs WHERE kind = 'gmail_sync' AND state IN ('queued', 'running')"),
                   timeout=20)
        time.sleep(0.3)
        after = s.sql("SELECT (SELECT count(*) FROM emails WHERE mailbox = %s),"
                      " (SELECT count(*) FROM messages WHERE conversation_id = %s)", (addr, cid))
        self.assertEqual(after, before)
        st, body = s.request("GET", "/conversations/%d" % cid, token=s.agent_token)
        self.assertEqual([m["direction"] for m in body["messages"]], ["in", "in", "out"])

    def test_refused_send_is_failed_with_reason(self):
        s = self.stack
        addr = self.new_mailbox()
        cid, _ = self.customer_thread(addr)
        self.g.control(send_error={"status": 400, "reason": "invalidArgument", "message": "Invalid To header"})
        try:
            st, msg = s.request("POST", "/conversations/%d/messages" % cid, token=s.agent_token,
                                json={"text": "hello"})
            self.assertEqual(st, 202, msg)
            self.wait_status(msg["id"], "failed")
        finally:
            self.g.control(send_error=None)
        st, body = s.request("GET", "/conversations/%d" % cid, token=s.agent_token)
        out = [m for m in body["messages"] if m["direction"] == "out"][0]
        self.assertEqual(out["status"], "failed")
        self.assertIn("Invalid To header", out["error"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
