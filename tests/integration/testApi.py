"""testApi.py — the REST API through nginx: authentication, the
support-emails resource with every error path, GET /emails keyset
pagination, and WebSocket channel authorisation and events."""

import base64
import hashlib
import hmac
import json
import time
import unittest

from harness import Stack, WsHandshakeError, mint_jwt

J = {"Content-Type": "application/json"}


def forge(claims, secret, alg="HS256"):
    """A token with an arbitrary header alg, signed with secret (HS256 MAC)."""
    def b64(b):
        return base64.urlsafe_b64encode(b).rstrip(b"=").decode()
    head = b64(json.dumps({"alg": alg, "typ": "JWT"}).encode())
    body = b64(json.dumps(claims).encode())
    sig = b64(hmac.new(secret.encode(), (head + "." + body).encode(), hashlib.sha256).digest())
    return head + "." + body + "." + (sig if alg != "none" else "")


class ApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.s = Stack()
        cls.s.__enter__()
        cls.secret = cls.s.env["AUTH_JWT_SECRET"]

    @classmethod
    def tearDownClass(cls):
        cls.s.__exit__(None, None, None)

    def setUp(self):
        self.s.sql("DELETE FROM emails")
        self.s.sql("DELETE FROM conversations")
        self.s.sql("DELETE FROM support_emails")

    def assertError(self, status_body, status, code=None):
        st, body = status_body
        self.assertEqual(st, status, body)
        self.assertIsInstance(body, dict, body)
        self.assertIn("error", body)
        self.assertIsInstance(body["error"].get("message"), str)
        if code:
            self.assertEqual(body["error"]["code"], code)
        return body["error"]["message"]

    def claims(self, **kw):
        now = int(time.time())
        c = {"sub": str(self.s.admin_id), "email": "x", "iat": now, "exp": now + 600}
        c.update(kw)
        return c

    # --- authentication -------------------------------------------------------
    def test_no_token_is_401(self):
        msg = self.assertError(self.s.request("GET", "/support-emails"), 401, "unauthorized")
        self.assertIn("Authorization", msg)
        self.assertError(self.s.request("GET", "/emails", headers={"Authorization": "Basic abc"}), 401)

    def test_bad_signature_is_401_and_token_not_echoed(self):
        tok = mint_jwt("some-other-secret-0123456789", self.claims())
        msg = self.assertError(self.s.request("GET", "/support-emails", token=tok), 401)
        self.assertIn("signature", msg)
        self.assertNotIn(tok.split(".")[2], msg)

    def test_expired_token_is_401(self):
        now = int(time.time())
        tok = mint_jwt(self.secret, self.claims(iat=now - 7200, exp=now - 3600))
        msg = self.assertError(self.s.request("GET", "/emails", token=tok), 401)
        self.assertIn("expired", msg)

    def test_alg_none_and_malformed_are_401(self):
        self.assertError(self.s.request("GET", "/emails", token=forge(self.claims(), self.secret, "none")), 401)
        self.assertError(self.s.request("GET", "/emails", token=forge(self.claims(), self.secret, "HS512")), 401)
        self.assertError(self.s.request("GET", "/emails", token="not.a.jwt"), 401)
        self.assertError(self.s.request("GET", "/emails", token="abc"), 401)

    def test_unknown_and_inactive_agents_are_401(self):
        self.assertError(self.s.request("GET", "/emails", token=mint_jwt(self.secret, self.claims(sub="999999"))), 401)
        p = self.s.csctl("agent", "add", "--name", "Gone", "--email", "gone@example.com")
        self.assertEqual(p.returncode, 0, p.stderr)
        tok = self.s.token_for("gone@example.com")
        self.assertEqual(self.s.request("GET", "/emails", token=tok)[0], 200)
        self.s.sql("UPDATE agents SET active = false WHERE email = 'gone@example.com'")
        msg = self.assertError(self.s.request("GET", "/emails", token=tok), 401)
        self.assertIn("inactive", msg)

    def test_agent_changes_apply_on_the_next_request(self):
        # Workers cache who a token belongs to; a change to agents must reach
        # every worker at once (sql/002 NOTIFY), whichever serves the request.
        p = self.s.csctl("agent", "add", "--name", "Meera", "--email", "meera.changes@example.com")
        self.assertEqual(p.returncode, 0, p.stderr)
        tok = self.s.token_for("meera.changes@example.com")
        for _ in range(8):  # warm every request worker's cache
            self.assertEqual(self.s.request("GET", "/emails", token=tok)[0], 200)
            self.assertEqual(self.s.request("GET", "/support-emails", token=tok)[0], 403)
        self.s.sql("UPDATE agents SET role = 'admin' WHERE email = 'meera.changes@example.com'")
        for _ in range(8):
            self.assertEqual(self.s.request("GET", "/support-emails", token=tok)[0], 200)
        self.s.sql("UPDATE agents SET active = false WHERE email = 'meera.changes@example.com'")
        for _ in range(8):
            self.assertError(self.s.request("GET", "/emails", token=tok), 401)

    def test_agent_on_admin_route_is_403(self):
        self.assertError(self.s.request("GET", "/support-emails", token=self.s.agent_token), 403, "forbidden")
        self.assertError(self.s.request("POST", "/support-emails", token=self.s.agent_token,
                                        json={"email": "a@b.com"}), 403)
        self.assertEqual(self.s.sql("SELECT count(*) FROM support_emails")[0][0], "0")

    def test_role_claim_does_not_make_an_admin(self):
        tok = mint_jwt(self.secret, self.claims(sub=str(self.s.agent_id), role="admin"))
        self.assertError(self.s.request("GET", "/support-emails", token=tok), 403)

    def test_subject_by_email(self):
        tok = mint_jwt(self.secret, self.claims(sub="00000000-0000-4000-8000-000000000000",
                                                email=self.s.sql("SELECT email FROM agents WHERE id = %s",
                                                                 (self.s.admin_id,))[0][0].upper()))
        self.assertEqual(self.s.request("GET", "/support-emails", token=tok)[0], 200)

    def test_csctl_agent_and_token(self):
        p = self.s.csctl("agent", "add", "--name", "Ravi", "--email", "Ravi@Example.com", "--role", "agent",
                         "--teams", "dispatch,finance", "--capacity", "7")
        self.assertEqual(p.returncode, 0, p.stderr)
        a = json.loads(p.stdout)
        self.assertEqual(a["email"], "ravi@example.com")
        self.assertEqual(a["teams"], ["dispatch", "finance"])
        self.assertEqual(a["capacity"], 7)
        p = self.s.csctl("agent", "add", "--name", "Ravi", "--email", "ravi@example.com")
        self.assertEqual(p.returncode, 1)
        self.assertIn("already exists", p.stderr)
        p = self.s.csctl("agent", "add", "--name", "X", "--email", "y@z.com", "--teams", "marketing")
        self.assertEqual(p.returncode, 1)
        self.assertIn("marketing", p.stderr)
        p = self.s.csctl("agent", "list")
        self.assertEqual(p.returncode, 0)
        self.assertIn("ravi@example.com", [x["email"] for x in json.loads(p.stdout)])
        p = self.s.csctl("token", "--email", "ravi@example.com", "--ttl", "1h")
        self.assertEqual(p.returncode, 0, p.stderr)
        tok = p.stdout.strip()
        self.assertEqual(tok.count("."), 2)
        payload = json.loads(base64.urlsafe_b64decode(tok.split(".")[1] + "=="))
        self.assertEqual(payload["sub"], str(a["id"]))
        self.assertLessEqual(payload["exp"] - payload["iat"], 3600)
        self.assertEqual(self.s.request("GET", "/emails", token=tok)[0], 200)
        self.assertEqual(self.s.csctl("token", "--email", "nobody@example.com").returncode, 1)

    # --- support emails -----------------------------------------------------------
    def create(self, email="help@katyayani.com", **kw):
        body = {"email": email}
        body.update(kw)
        return self.s.request("POST", "/support-emails", token=self.s.admin_token, json=body)

    def test_support_email_crud(self):
        st, row = self.create("Help@Katyayani.COM", display_name="Help desk")
        self.assertEqual(st, 201, row)
        self.assertEqual(row["email"], "help@katyayani.com")
        self.assertEqual(row["display_name"], "Help desk")
        self.assertIs(row["is_active"], True)
        for k in ("id", "history_id", "watch_expiration", "last_sync_at", "last_sync_status", "last_error",
                  "created_at", "updated_at"):
            self.assertIn(k, row)
        self.assertRegex(row["created_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
        path = "/support-emails/%d" % row["id"]

        st, got = self.s.request("GET", path, token=self.s.admin_token)
        self.assertEqual((st, got), (200, row))
        st, lst = self.s.request("GET", "/support-emails", token=self.s.admin_token)
        self.assertEqual(st, 200)
        self.assertEqual([r["id"] for r in lst["data"]], [row["id"]])

        st, upd = self.s.request("PATCH", path, token=self.s.admin_token, json={"is_active": False})
        self.assertEqual(st, 200, upd)
        self.assertIs(upd["is_active"], False)
        self.assertEqual(upd["display_name"], "Help desk")
        st, upd = self.s.request("PATCH", path, token=self.s.admin_token, json={"display_name": "Sales"})
        self.assertEqual(upd["display_name"], "Sales")
        self.assertIs(upd["is_active"], False)

        st, body = self.s.request("DELETE", path, token=self.s.admin_token)
        self.assertEqual((st, body), (204, None))
        self.assertError(self.s.request("GET", path, token=self.s.admin_token), 404, "not_found")
        self.assertError(self.s.request("DELETE", path, token=self.s.admin_token), 404)
        self.assertError(self.s.request("PATCH", path, token=self.s.admin_token, json={"is_active": True}), 404)

    def test_support_email_errors_change_nothing(self):
        self.assertEqual(self.create()[0], 201)
        self.assertError(self.create("HELP@katyayani.com"), 409, "conflict")
        for bad in ("not-an-email", "a@b", "a b@c.com", "@c.com", "a@@c.com", "a@.com", ""):
            self.assertError(self.create(bad), 422, "unprocessable")
        self.assertError(self.create("x@y.com", colour="red"), 422)
        self.assertError(self.create("x@y.com", is_active="yes"), 422)
        self.assertError(self.create("x@y.com", display_name=5), 422)
        self.assertError(self.s.request("POST", "/support-emails", token=self.s.admin_token, json={"email": 5}), 422)
        self.assertError(self.s.request("POST", "/support-emails", token=self.s.admin_token, json={}), 422)
        self.assertError(self.s.request("POST", "/support-emails", token=self.s.admin_token, json=["x"]), 400)
        self.assertError(self.s.request("POST", "/support-emails", token=self.s.admin_token,
                                        data='{"email": "x@y.com"', headers=J), 400, "bad_request")
        self.assertError(self.s.request("POST", "/support-emails", token=self.s.admin_token,
                                        data='{"email": "x@y.com"}', headers={"Content-Type": "text/plain"}),
                         415, "unsupported_media_type")
        big = json.dumps({"email": "x@y.com", "display_name": "x" * 100000})
        self.assertError(self.s.request("POST", "/support-emails", token=self.s.admin_token, data=big, headers=J),
                         413, "payload_too_large")
        self.assertError(self.s.request("PUT", "/support-emails", token=self.s.admin_token, json={}), 405,
                         "method_not_allowed")
        self.assertError(self.s.request("GET", "/support-emails/abc", token=self.s.admin_token), 404)
        rows = self.s.sql("SELECT email FROM support_emails")
        self.assertEqual(rows, [("help@katyayani.com",)])

        rid = int(self.s.sql("SELECT id FROM support_emails")[0][0])
        path = "/support-emails/%d" % rid
        self.assertError(self.s.request("PATCH", path, token=self.s.admin_token, json={"email": "z@z.com"}), 422)
        self.assertError(self.s.request("PATCH", path, token=self.s.admin_token, json={"history_id": "5"}), 422)
        self.assertError(self.s.request("PATCH", path, token=self.s.admin_token, json={"is_active": 1}), 422)
        self.assertError(self.s.request("PATCH", path, token=self.s.admin_token, json={}), 422)
        self.assertEqual(self.s.sql("SELECT email, is_active FROM support_emails"), [("help@katyayani.com", "t")])

    def test_watch_without_gmail_is_503(self):
        st, row = self.create()
        self.assertError(self.s.request("POST", "/support-emails/%d/watch" % row["id"], token=self.s.admin_token),
                         503, "gmail_not_configured")
        self.assertError(self.s.request("POST", "/support-emails/%d/stop-watch" % row["id"],
                                        token=self.s.admin_token), 503, "gmail_not_configured")
        self.assertError(self.s.request("POST", "/support-emails/999999/watch", token=self.s.admin_token), 404)

    # --- emails ---------------------------------------------------------------------
    def seed_emails(self, n):
        se = self.create("one@katyayani.com")[1]["id"]
        se2 = self.create("two@katyayani.com")[1]["id"]
        conv = self.s.sql("INSERT INTO conversations (channel, team) VALUES ('email', 'finance') RETURNING id")[0][0]
        # Several rows share a created_at so the id must break ties.
        self.s.sql(
            "INSERT INTO emails (mailbox, gmail_message_id, support_email_id, conversation_id, created_at, "
            "subject, suggested_team) "
            "SELECT 'm', 'g' || g, CASE WHEN g %% 3 = 0 THEN %s ELSE %s END::bigint, "
            "CASE WHEN g %% 5 = 0 THEN %s END::bigint, "
            "timestamptz '2026-01-01 00:00:00Z' + (g / 4) * interval '1 second', 'subject ' || g, "
            "CASE WHEN g %% 2 = 0 THEN 'dispatch' END "
            "FROM generate_series(1, %s) g", (se2, se, conv, n))
        return se, se2

    def walk(self, query, limit):
        ids, cursor, pages = [], None, 0
        while True:
            q = "/emails?limit=%d%s%s" % (limit, query, "&cursor=" + cursor if cursor else "")
            st, body = self.s.request("GET", q, token=self.s.agent_token)
            self.assertEqual(st, 200, body)
            self.assertLessEqual(len(body["data"]), limit)
            ids += [e["id"] for e in body["data"]]
            pages += 1
            self.assertLess(pages, 200)
            cursor = body["next_cursor"]
            if cursor is None:
                return ids

    def test_emails_pages_are_never_served_stale(self):
        # Workers cache recent pages; any change to emails or to a
        # conversation's team must show on the very next request, whichever
        # worker serves it (sql/004 triggers -> lib/dbNotify.c).
        s = self.s
        s.sql("INSERT INTO support_emails (email) VALUES ('stale.check@example.com')")
        mb = s.sql("SELECT id FROM support_emails WHERE email = 'stale.check@example.com'")[0][0]
        q = "/emails?limit=3&support_email_id=%s" % mb
        tq = q + "&team=sales"

        def warm(path):
            for _ in range(8):
                self.assertEqual(s.request("GET", path, token=s.agent_token)[0], 200)

        warm(q)
        for i in range(3):
            s.sql("INSERT INTO emails (support_email_id, mailbox, gmail_message_id, subject) "
                  "VALUES (%s, 'stale.check@example.com', %s, %s)", (mb, "stale-%d" % i, "Stale %d" % i))
            for _ in range(8):
                body = s.request("GET", q, token=s.agent_token)[1]
                self.assertEqual(body["data"][0]["subject"], "Stale %d" % i)
        s.sql("UPDATE emails SET summary = 'Farmer asks for neem oil price' WHERE gmail_message_id = 'stale-2'")
        for _ in range(8):
            self.assertEqual(s.request("GET", q, token=s.agent_token)[1]["data"][0]["summary"],
                             "Farmer asks for neem oil price")
        s.sql("INSERT INTO conversations (channel, support_email_id, subject) VALUES ('email', %s, 'Stale')", (mb,))
        conv = s.sql("SELECT max(id) FROM conversations")[0][0]
        s.sql("UPDATE emails SET conversation_id = %s WHERE gmail_message_id = 'stale-2'", (conv,))
        warm(tq)
        self.assertEqual(s.request("GET", tq, token=s.agent_token)[1]["data"], [])
        s.sql("UPDATE conversations SET team = 'sales' WHERE id = %s", (conv,))
        for _ in range(8):
            data = s.request("GET", tq, token=s.agent_token)[1]["data"]
            self.assertEqual([d["subject"] for d in data], ["Stale 2"])

    def test_emails_pagination_walks_every_row_once(self):
        se, se2 = self.seed_emails(57)
        all_ids = [int(r[0]) for r in self.s.sql("SELECT id FROM emails ORDER BY created_at DESC, id DESC")]
        self.assertEqual(len(all_ids), 57)
        for limit in (1, 7, 20, 100):
            ids = self.walk("", limit)
            self.assertEqual(ids, all_ids, "limit %d" % limit)
        want = [int(r[0]) for r in self.s.sql(
            "SELECT id FROM emails WHERE support_email_id = %s ORDER BY created_at DESC, id DESC", (se2,))]
        self.assertEqual(self.walk("&support_email_id=%d" % se2, 4), want)
        want = [int(r[0]) for r in self.s.sql(
            "SELECT e.id FROM emails e LEFT JOIN conversations c ON c.id = e.conversation_id "
            "WHERE coalesce(c.team, c.suggested_team, e.suggested_team) = 'dispatch' "
            "ORDER BY e.created_at DESC, e.id DESC")]
        self.assertTrue(want)
        self.assertEqual(self.walk("&team=dispatch", 5), want)

        st, body = self.s.request("GET", "/emails", token=self.s.agent_token)
        self.assertEqual(len(body["data"]), 20)
        item = body["data"][0]
        for k in ("id", "support_email_id", "conversation_id", "gmail_message_id", "gmail_thread_id", "from_address",
                  "from_name", "subject", "snippet", "sent_at", "created_at", "summary", "suggested_team",
                  "has_attachments"):
            self.assertIn(k, item)

    def test_emails_bad_parameters(self):
        for q in ("limit=0", "limit=101", "limit=abc", "team=marketing", "support_email_id=x"):
            self.assertError(self.s.request("GET", "/emails?" + q, token=self.s.agent_token), 422)
        for c in ("!!!", base64.urlsafe_b64encode(b"garbage").decode().rstrip("="),
                  base64.urlsafe_b64encode(b"2026-99-99T00:00:00Z|1").decode().rstrip("=")):
            st, body = self.s.request("GET", "/emails?cursor=" + c, token=self.s.agent_token)
            self.assertIn(st, (400, 422), body)
            self.assertIn("error", body)

    def test_email_detail(self):
        self.seed_emails(3)
        eid = int(self.s.sql("SELECT id FROM emails WHERE gmail_message_id = 'g2'")[0][0])
        self.s.sql("UPDATE emails SET to_addresses = 'a@k.com', body_text = 'hello', body_html = '<p>hello</p>', "
                   "attachments = '[{\"filename\": \"bill.pdf\", \"size\": 10}]' WHERE id = %s", (eid,))
        st, e = self.s.request("GET", "/emails/%d" % eid, token=self.s.agent_token)
        self.assertEqual(st, 200, e)
        self.assertEqual(e["to_addresses"], "a@k.com")
        self.assertEqual(e["body_html"], "<p>hello</p>")
        self.assertEqual(e["attachments"][0]["filename"], "bill.pdf")
        self.assertIs(e["has_attachments"], True)
        for k in ("cc_addresses", "new_text", "summary", "suggested_team", "parse_error", "conversation"):
            self.assertIn(k, e)
        self.assertError(self.s.request("GET", "/emails/987654", token=self.s.agent_token), 404)

    # --- real time ----------------------------------------------------------------------
    def test_inbox_channel_gets_support_email_events(self):
        ws = self.s.ws("inbox", token=self.s.admin_token)
        try:
            st, row = self.create("live@katyayani.com")
            self.assertEqual(st, 201)
            deadline = time.monotonic() + 10
            got = None
            while time.monotonic() < deadline:
                msg = ws.recv_json(timeout=5)
                if msg and msg.get("event") == "support_email.created":
                    got = msg
                    break
            self.assertIsNotNone(got, "no support_email.created event")
            self.assertEqual(got["data"]["email"], "live@katyayani.com")
            self.assertEqual(got["data"]["id"], row["id"])
            self.assertIn("at", got)
        finally:
            ws.close()

    def test_channel_authorisation(self):
        with self.assertRaises(WsHandshakeError) as cm:
            self.s.ws("inbox", token=self.s.agent_token)
        self.assertEqual(cm.exception.status, 403)
        with self.assertRaises(WsHandshakeError) as cm:
            self.s.ws("emails")
        self.assertEqual(cm.exception.status, 401)
        with self.assertRaises(WsHandshakeError) as cm:
            self.s.ws("emails", token=mint_jwt("wrong-secret-0123456789", self.claims()))
        self.assertEqual(cm.exception.status, 401)
        with self.assertRaises(WsHandshakeError) as cm:
            self.s.ws("agent-%d" % self.s.admin_id, token=self.s.agent_token)
        self.assertEqual(cm.exception.status, 403)
        with self.assertRaises(WsHandshakeError) as cm:
            self.s.ws("other", token=self.s.admin_token)
        self.assertEqual(cm.exception.status, 403)
        self.s.ws("emails", token=self.s.agent_token).close()
        self.s.ws("agent-%d" % self.s.agent_id, token=self.s.agent_token).close()
        self.s.ws("agent-%d" % self.s.agent_id, token=self.s.admin_token).close()


if __name__ == "__main__":
    unittest.main()
