"""testAgents.py — who works the inbox: POST /auth/login (one 401 for every
bad credential, 429 after five failures per email, shared through
Postgres), /me, the admin's /agents CRUD (deactivation stops tokens at
once; the last admin cannot be removed), customers across channels
(search, identities, merge) and canned responses, and the team-<team>
WebSocket channel rules."""

import time
import unittest
from urllib.parse import quote

from harness import Stack, WsHandshakeError


class AgentsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.s = Stack()
        cls.s.__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.s.__exit__(None, None, None)

    def err(self, status_body, status, code=None):
        st, body = status_body
        self.assertEqual(st, status, body)
        self.assertIn("error", body)
        if code:
            self.assertEqual(body["error"]["code"], code)
        return body["error"]["message"]

    def new_agent(self, email, password="correct horse 1", **kw):
        body = {"name": kw.pop("name", "Asha"), "email": email, "password": password}
        body.update(kw)
        st, a = self.s.request("POST", "/agents", token=self.s.admin_token, json=body)
        self.assertEqual(st, 201, a)
        return a

    # --- login ----------------------------------------------------------------
    def test_login_and_me(self):
        a = self.new_agent("login@example.com", teams=["dispatch", "finance"], capacity=3)
        self.assertTrue(a["has_password"])
        self.assertNotIn("password", a)
        self.assertNotIn("password_hash", a)
        st, body = self.s.request("POST", "/auth/login", json={"email": "LOGIN@example.com",
                                                               "password": "correct horse 1"})
        self.assertEqual(st, 200, body)
        self.assertEqual(body["agent"]["id"], a["id"])
        self.assertGreater(body["expires_in"], 0)
        tok = body["token"]
        st, me = self.s.request("GET", "/me", token=tok)
        self.assertEqual((st, me["email"], me["teams"], me["available"]), (200, "login@example.com",
                                                                          ["dispatch", "finance"], True))
        st, me = self.s.request("PATCH", "/me", token=tok, json={"available": False})
        self.assertEqual((st, me["available"]), (200, False))
        self.err(self.s.request("PATCH", "/me", token=tok, json={"role": "admin"}), 422)
        self.err(self.s.request("PATCH", "/me", token=tok, json={}), 422)
        # The change queued the assignment job for this agent.
        jobs = self.s.sql("SELECT count(*) FROM jobs WHERE kind = 'assign_agent' AND payload->>'agent_id' = %s",
                          (str(a["id"]),))
        self.assertGreaterEqual(int(jobs[0][0]), 1)
        # Neither the password nor its hash ever reach the log.
        self.assertNotIn("correct horse 1", self.s.log_text())
        stored = self.s.sql("SELECT password_hash FROM agents WHERE id = %s", (a["id"],))[0][0]
        self.assertTrue(stored.startswith("scrypt$"))
        self.assertNotIn(stored, self.s.log_text())

    def test_bad_credentials_are_one_401_then_429(self):
        self.new_agent("throttle@example.com")
        wrong = self.s.request("POST", "/auth/login", json={"email": "throttle@example.com", "password": "nope-nope"})
        unknown = self.s.request("POST", "/auth/login", json={"email": "ghost@example.com", "password": "nope-nope"})
        self.assertEqual(self.err(wrong, 401, "unauthorized"), self.err(unknown, 401, "unauthorized"))
        for _ in range(4):
            self.err(self.s.request("POST", "/auth/login",
                                    json={"email": "throttle@example.com", "password": "nope-nope"}), 401)
        # Five failures: even the right password is refused for a while.
        self.err(self.s.request("POST", "/auth/login",
                                json={"email": "throttle@example.com", "password": "correct horse 1"}), 429,
                 "rate_limited")
        # Another email is not affected; old failures stop counting.
        self.s.sql("UPDATE login_failures SET failed_at = now() - interval '16 minutes' WHERE email = %s",
                   ("throttle@example.com",))
        st, _ = self.s.request("POST", "/auth/login", json={"email": "throttle@example.com",
                                                           "password": "correct horse 1"})
        self.assertEqual(st, 200)
        self.assertEqual(self.s.sql("SELECT count(*) FROM login_failures WHERE email = %s",
                                    ("throttle@example.com",)), [("0",)])

    def test_login_bad_input(self):
        self.err(self.s.request("POST", "/auth/login", json={"email": "x@example.com"}), 422)
        self.err(self.s.request("POST", "/auth/login", json={"email": 1, "password": "x"}), 422)
        self.err(self.s.request("POST", "/auth/login", data=b"{", headers={"Content-Type": "application/json"}), 400)
        self.err(self.s.request("POST", "/auth/login", json={"email": "not-an-email", "password": "whatever1"}), 401)

    def test_csctl_passwd_reads_stdin(self):
        self.s.csctl("agent", "add", "--name", "Cli", "--email", "cli@example.com")
        p = self.s.csctl("agent", "passwd", "--email", "cli@example.com", input="from stdin 123\n")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertNotIn("from stdin 123", p.stdout + p.stderr)
        st, _ = self.s.request("POST", "/auth/login", json={"email": "cli@example.com", "password": "from stdin 123"})
        self.assertEqual(st, 200)
        p = self.s.csctl("agent", "passwd", "--email", "cli@example.com", input="short\n")
        self.assertNotEqual(p.returncode, 0)

    # --- agents CRUD ---------------------------------------------------------
    def test_agents_crud_and_errors(self):
        a = self.new_agent("crud@example.com", teams=["sales"], capacity=4)
        st, page = self.s.request("GET", "/agents", token=self.s.admin_token)
        self.assertEqual(st, 200)
        self.assertIn(a["id"], [x["id"] for x in page["data"]])
        self.assertIn("next_cursor", page)
        st, got = self.s.request("GET", "/agents/%d" % a["id"], token=self.s.admin_token)
        self.assertEqual((st, got["capacity"]), (200, 4))
        st, got = self.s.request("PATCH", "/agents/%d" % a["id"], token=self.s.admin_token,
                                 json={"teams": ["sales", "technical"], "capacity": 6, "name": "Asha P"})
        self.assertEqual((st, got["teams"], got["capacity"], got["name"]), (200, ["sales", "technical"], 6, "Asha P"))
        for bad in ({"teams": ["marketing"]}, {"capacity": -1}, {"capacity": "5"}, {"role": "boss"},
                    {"email": "nope"}, {"password": "short"}, {"active": "yes"}, {"colour": "red"}):
            self.err(self.s.request("PATCH", "/agents/%d" % a["id"], token=self.s.admin_token, json=bad), 422)
        self.err(self.s.request("POST", "/agents", token=self.s.admin_token,
                                json={"name": "Dup", "email": "crud@example.com"}), 409)
        self.err(self.s.request("GET", "/agents/99999999", token=self.s.admin_token), 404)
        self.err(self.s.request("GET", "/agents", token=self.s.agent_token), 403)
        self.err(self.s.request("POST", "/agents", token=self.s.agent_token, json={"name": "x", "email": "y@z.com"}), 403)
        st, got = self.s.request("GET", "/agents/%d" % a["id"], token=self.s.admin_token)
        self.assertEqual(got["teams"], ["sales", "technical"])  # nothing changed by the refused calls

    def test_deactivation_stops_tokens_at_once(self):
        a = self.new_agent("leaver@example.com")
        st, body = self.s.request("POST", "/auth/login", json={"email": "leaver@example.com",
                                                               "password": "correct horse 1"})
        tok = body["token"]
        self.assertEqual(self.s.request("GET", "/me", token=tok)[0], 200)
        st, got = self.s.request("DELETE", "/agents/%d" % a["id"], token=self.s.admin_token)
        self.assertEqual((st, got["active"]), (200, False))
        self.err(self.s.request("GET", "/me", token=tok), 401)
        self.err(self.s.request("POST", "/auth/login", json={"email": "leaver@example.com",
                                                             "password": "correct horse 1"}), 401)
        # Reactivated: works again (another worker hears the change by NOTIFY
        # within moments).
        self.s.request("PATCH", "/agents/%d" % a["id"], token=self.s.admin_token, json={"active": True})
        deadline = time.monotonic() + 5
        while self.s.request("GET", "/me", token=tok)[0] != 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertEqual(self.s.request("GET", "/me", token=tok)[0], 200)

    def test_last_admin_cannot_be_removed(self):
        self.s.sql("UPDATE agents SET active = false WHERE role = 'admin' AND id <> %s", (self.s.admin_id,))
        self.err(self.s.request("DELETE", "/agents/%d" % self.s.admin_id, token=self.s.admin_token), 409)
        self.err(self.s.request("PATCH", "/agents/%d" % self.s.admin_id, token=self.s.admin_token,
                                json={"role": "agent"}), 409)
        self.assertEqual(self.s.request("GET", "/me", token=self.s.admin_token)[1]["role"], "admin")

    # --- customers -----------------------------------------------------------
    def customer(self, name, email=None, phone=None):
        cid = int(self.s.sql("INSERT INTO customers (name) VALUES (%s) RETURNING id", (name,))[0][0])
        if email:
            self.s.sql("INSERT INTO customer_identities (customer_id, kind, value) VALUES (%s, 'email', %s)", (cid, email))
        if phone:
            self.s.sql("INSERT INTO customer_identities (customer_id, kind, value) VALUES (%s, 'phone', %s)", (cid, phone))
        return cid

    def test_customers_search_identities_merge(self):
        ram = self.customer("Ram Kisan", "ram@farm.example", "+919876543210")
        shyam = self.customer("श्याम", None, "+919812345678")
        conv = self.s.sql("INSERT INTO conversations (customer_id, channel, subject) VALUES (%s, 'chat', 'x') RETURNING id",
                          (shyam,))[0][0]
        for q, want in (("kisan", ram), ("RAM@farm", ram), ("098765 43210", ram), ("+91-98123-45678", shyam),
                        ("श्याम", shyam)):
            st, page = self.s.request("GET", "/customers?q=" + quote(q),
                                      token=self.s.agent_token)
            self.assertEqual(st, 200, page)
            self.assertIn(want, [c["id"] for c in page["data"]], q)
        st, page = self.s.request("GET", "/customers?limit=1", token=self.s.agent_token)
        self.assertEqual(len(page["data"]), 1)
        self.assertIsNotNone(page["next_cursor"])
        st, page2 = self.s.request("GET", "/customers?limit=1&cursor=" + page["next_cursor"], token=self.s.agent_token)
        self.assertEqual(st, 200)
        self.assertNotEqual(page2["data"][0]["id"], page["data"][0]["id"])
        self.err(self.s.request("GET", "/customers?cursor=%%%%", token=self.s.agent_token), 400)
        self.err(self.s.request("GET", "/customers?cursor=bm90LWFuLWlk", token=self.s.agent_token), 400)
        self.err(self.s.request("GET", "/customers?limit=0", token=self.s.agent_token), 400)

        st, c = self.s.request("GET", "/customers/%d" % ram, token=self.s.agent_token)
        self.assertEqual((st, c["email"], c["phone"]), (200, "ram@farm.example", "+919876543210"))
        # Link a phone in any Indian format: stored as E.164; owned by another: 409.
        st, c = self.s.request("POST", "/customers/%d/identities" % ram, token=self.s.agent_token,
                               json={"kind": "phone", "value": "0 98765-11111"})
        self.assertEqual(st, 201, c)
        self.assertIn({"kind": "phone", "value": "+919876511111"}, c["identities"])
        st, _ = self.s.request("POST", "/customers/%d/identities" % ram, token=self.s.agent_token,
                               json={"kind": "phone", "value": "+919876511111"})
        self.assertEqual(st, 200)
        self.err(self.s.request("POST", "/customers/%d/identities" % ram, token=self.s.agent_token,
                                json={"kind": "phone", "value": "9812345678"}), 409)
        self.err(self.s.request("POST", "/customers/%d/identities" % ram, token=self.s.agent_token,
                                json={"kind": "phone", "value": "12"}), 422)
        self.err(self.s.request("POST", "/customers/%d/identities" % ram, token=self.s.agent_token,
                                json={"kind": "fax", "value": "1"}), 422)
        # Merge (admin only): shyam's phone and conversation move to ram.
        self.err(self.s.request("POST", "/customers/%d/merge" % ram, token=self.s.agent_token, json={"from_id": shyam}), 403)
        self.err(self.s.request("POST", "/customers/%d/merge" % ram, token=self.s.admin_token, json={"from_id": ram}), 422)
        self.err(self.s.request("POST", "/customers/%d/merge" % ram, token=self.s.admin_token, json={"from_id": 999999}), 404)
        st, c = self.s.request("POST", "/customers/%d/merge" % ram, token=self.s.admin_token, json={"from_id": shyam})
        self.assertEqual(st, 200, c)
        self.assertIn({"kind": "phone", "value": "+919812345678"}, c["identities"])
        self.assertEqual(self.s.sql("SELECT customer_id FROM conversations WHERE id = %s", (conv,)), [(str(ram),)])
        self.err(self.s.request("GET", "/customers/%d" % shyam, token=self.s.agent_token), 404)
        st, c = self.s.request("GET", "/customers/%d" % ram, token=self.s.agent_token)
        self.assertEqual([x["id"] for x in c["conversations"]], [int(conv)])
        st, c = self.s.request("PATCH", "/customers/%d" % ram, token=self.s.agent_token, json={"name": "Ram K."})
        self.assertEqual((st, c["name"]), (200, "Ram K."))
        self.err(self.s.request("PATCH", "/customers/%d" % ram, token=self.s.agent_token, json={"email": "x"}), 422)

    # --- canned responses ----------------------------------------------------
    def test_canned_responses(self):
        st, c = self.s.request("POST", "/canned-responses", token=self.s.admin_token,
                               json={"short_code": "thanks", "text": "धन्यवाद! We will call you back."})
        self.assertEqual(st, 201, c)
        self.err(self.s.request("POST", "/canned-responses", token=self.s.admin_token,
                                json={"short_code": "thanks", "text": "again"}), 409)
        self.err(self.s.request("POST", "/canned-responses", token=self.s.admin_token,
                                json={"short_code": "Bad Code", "text": "x"}), 422)
        self.err(self.s.request("POST", "/canned-responses", token=self.s.agent_token,
                                json={"short_code": "mine", "text": "x"}), 403)
        st, page = self.s.request("GET", "/canned-responses?q=tha", token=self.s.agent_token)
        self.assertEqual((st, [x["short_code"] for x in page["data"]]), (200, ["thanks"]))
        st, c2 = self.s.request("PATCH", "/canned-responses/%d" % c["id"], token=self.s.admin_token, json={"text": "Thanks!"})
        self.assertEqual((st, c2["text"]), (200, "Thanks!"))
        st, _ = self.s.request("DELETE", "/canned-responses/%d" % c["id"], token=self.s.admin_token)
        self.assertEqual(st, 204)
        self.err(self.s.request("DELETE", "/canned-responses/%d" % c["id"], token=self.s.admin_token), 404)

    # --- real-time channels ----------------------------------------------------
    def test_team_channels(self):
        self.new_agent("teamws@example.com", teams=["dispatch"])
        tok = self.s.token_for("teamws@example.com")
        ws = self.s.ws("team-dispatch", token=tok)
        ws.close()
        with self.assertRaises(WsHandshakeError) as cm:
            self.s.ws("team-finance", token=tok)
        self.assertEqual(cm.exception.status, 403)
        with self.assertRaises(WsHandshakeError) as cm:
            self.s.ws("team-marketing", token=tok)
        self.assertEqual(cm.exception.status, 403)
        self.s.ws("team-finance", token=self.s.admin_token).close()


if __name__ == "__main__":
    unittest.main()
