"""testInbox.py — the inbox API end to end (design §12): conversation
lists with filters, keyset pages and text search, counts, the timeline,
PATCH status/priority/team, assignment and its permissions, auto-assignment
(team first, least loaded, ties to the longest idle, waiting queue oldest
first, capacity freed by a resolve), notes and replies (chat window check,
calls), reporting events and WebSocket events, and bad input changing
nothing.

Run: python3 tests/integration/testInbox.py (cwd = repo root).
"""

import base64
import os
import sys
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from harness import Stack  # noqa: E402


def make_agent(stack, name, teams=(), capacity=20, role="agent", active=True, available=True):
    email = "%s@katyayani.example" % name.lower()
    rows = stack.sql("INSERT INTO agents (name, email, role, teams, capacity, active, available)"
                     " VALUES (%s, %s, %s, %s::text[], %s, %s, %s) RETURNING id",
                     (name, email, role, "{%s}" % ",".join(teams), capacity, active, available))
    aid = int(rows[0][0])
    return aid, (stack.token_for(email, aid, role) if active else None)


def make_conversation(stack, channel="email", subject="Order late", text="where is my order",
                      team=None, suggested=None, priority=None, status="open", assignee=None,
                      customer="Ramesh", age_minutes=0, inbound_hours_ago=0.1, needs_team=False):
    cust = int(stack.sql("INSERT INTO customers (name) VALUES (%s) RETURNING id", (customer,))[0][0])
    stack.sql("INSERT INTO customer_identities (customer_id, kind, value) VALUES (%s, 'email', %s)",
              (cust, "c%d@farmer.example" % cust))
    cid = int(stack.sql(
        "INSERT INTO conversations (customer_id, channel, subject, team, suggested_team, priority, status,"
        " assignee_id, needs_team, last_message_at, created_at, last_inbound_at, search_text,"
        " last_message_preview, message_count)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, now() - %s * interval '1 minute',"
        " now() - %s * interval '1 minute', now() - %s * interval '1 hour', %s, %s, 1) RETURNING id",
        (cust, channel, subject, team, suggested, priority, status, assignee, needs_team, age_minutes,
         age_minutes, inbound_hours_ago, text, text[:200]))[0][0])
    stack.sql("INSERT INTO messages (conversation_id, channel, direction, kind, author_type, author_id, text,"
              " created_at) VALUES (%s, %s, 'in', 'text', 'customer', %s, %s, now() - %s * interval '1 minute')",
              (cid, channel, cust, text, age_minutes))
    return cid


def assignee_of(stack, cid):
    v = stack.sql("SELECT assignee_id FROM conversations WHERE id = %s", (cid,))[0][0]
    return int(v) if v else None


def events(stack, name, cid):
    return stack.sql("SELECT agent_id, team, channel, value_seconds FROM reporting_events"
                     " WHERE name = %s AND conversation_id = %s ORDER BY id", (name, cid))


def wait_jobs(stack, kinds=("assign_conversation", "assign_agent"), timeout=20):
    kl = "{%s}" % ",".join(kinds)
    ok = stack.wait_for(lambda: not stack.sql(
        "SELECT id FROM jobs WHERE kind = ANY(%s::text[]) AND state IN ('queued', 'running')", (kl,)),
        timeout=timeout)
    return ok


def ws_events(ws, want, timeout=8):
    """Reads events until every name in `want` was seen (or the timeout);
    returns {name: [data, ...]}."""
    seen = {}
    deadline = time.time() + timeout
    while time.time() < deadline and not all(w in seen for w in want):
        ev = ws.recv_json(timeout=max(0.1, deadline - time.time()))
        if ev is None:
            break
        seen.setdefault(ev.get("event"), []).append(ev.get("data"))
    return seen


class InboxApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # Assignment is driven by hand here; InboxAutoAssignTest covers it.
        cls.stack = Stack(env={"AUTO_ASSIGN": "off"}).__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)

    def get(self, path, token=None):
        return self.stack.request("GET", path, token=token or self.stack.agent_token)

    def test_auto_assign_off_leaves_conversations_waiting(self):
        # AUTO_ASSIGN=off (this stack): a team change queues the job, which
        # assigns nobody, even with a free agent of that team.
        s = self.stack
        make_agent(s, "Free%s" % os.urandom(2).hex(), teams=("sales",), capacity=5)
        cid = make_conversation(s)
        st, body = s.request("PATCH", "/conversations/%d" % cid, token=s.admin_token, json={"team": "sales"})
        self.assertEqual(st, 200, body)
        wait_jobs(s)
        self.assertIsNone(assignee_of(s, cid))

    # --- lists ----------------------------------------------------------------
    def test_list_filters_pages_and_search(self):
        s = self.stack
        tag = os.urandom(3).hex()
        me = s.agent_id
        ids = [
            make_conversation(s, subject="Urea %s late" % tag, team="dispatch", priority="high", age_minutes=5),
            make_conversation(s, channel="chat", subject=None, text="mera order abhi tak nahi aaya %s" % tag,
                              team="dispatch", assignee=me, age_minutes=4),
            make_conversation(s, channel="call", subject=None, text="call %s" % tag, team="finance",
                              priority="urgent", age_minutes=3),
            make_conversation(s, subject="खाद की डिलीवरी %s" % tag, team="returns_refunds", age_minutes=2,
                              needs_team=True),
            make_conversation(s, subject="Resolved %s" % tag, team="sales", status="resolved", age_minutes=1),
        ]
        st, body = self.get("/conversations?q=%s&limit=100" % tag)
        self.assertEqual(st, 200, body)
        got = [c["id"] for c in body["data"]]
        self.assertEqual(got, [ids[3], ids[2], ids[1], ids[0]])  # open only, newest activity first
        self.assertIsNone(body["next_cursor"])
        item = body["data"][2]
        for k in ("id", "channel", "status", "priority", "team", "suggested_team", "summary", "language",
                  "sentiment", "subject", "customer", "assignee", "last_message_at", "last_message_preview",
                  "message_count", "created_at", "first_response_at", "resolved_at"):
            self.assertIn(k, item)
        self.assertEqual(item["assignee"]["id"], me)
        self.assertEqual(item["customer"]["name"], "Ramesh")
        self.assertTrue(item["last_message_at"].endswith("Z"))

        def ids_of(query):
            st, b = self.get("/conversations?q=%s&limit=100&%s" % (tag, query))
            self.assertEqual(st, 200, b)
            return [c["id"] for c in b["data"]]
        self.assertEqual(ids_of("status=all"), [ids[4], ids[3], ids[2], ids[1], ids[0]])
        self.assertEqual(ids_of("status=resolved"), [ids[4]])
        self.assertEqual(ids_of("assignee=me"), [ids[1]])
        self.assertEqual(ids_of("assignee=%d" % me), [ids[1]])
        self.assertEqual(ids_of("assignee=unassigned"), [ids[3], ids[2], ids[0]])
        self.assertEqual(ids_of("team=dispatch"), [ids[1], ids[0]])
        self.assertEqual(ids_of("channel=call"), [ids[2]])
        self.assertEqual(ids_of("priority=urgent"), [ids[2]])
        self.assertEqual(ids_of("needs_team=true"), [ids[3]])
        cust = s.sql("SELECT customer_id FROM conversations WHERE id = %s", (ids[0],))[0][0]
        self.assertEqual(ids_of("customer_id=%s" % cust), [ids[0]])
        # text search: Hinglish words in the message text, Devanagari in the subject
        def search(words):
            st, b = self.get("/conversations?limit=100&q=%s+%s" % (tag, words))
            self.assertEqual(st, 200, b)
            return [c["id"] for c in b["data"]]
        self.assertEqual(search("nahi+aaya"), [ids[1]])
        self.assertEqual(search("%E0%A4%96%E0%A4%BE%E0%A4%A6"), [ids[3]])  # खाद
        self.assertEqual(search("UREA"), [ids[0]])
        st, b = self.get("/conversations?q=%s+100%%25" % tag)  # a literal % matches nothing, not everything
        self.assertEqual((st, b["data"]), (200, []))

        # keyset pages: 2 + 2, no overlap, same order
        st, p1 = self.get("/conversations?q=%s&limit=2" % tag)
        self.assertEqual([c["id"] for c in p1["data"]], [ids[3], ids[2]])
        self.assertIsNotNone(p1["next_cursor"])
        st, p2 = self.get("/conversations?q=%s&limit=2&cursor=%s" % (tag, p1["next_cursor"]))
        self.assertEqual(st, 200, p2)
        self.assertEqual([c["id"] for c in p2["data"]], [ids[1], ids[0]])
        # a change shows at once (the per-worker page cache is invalidated by NOTIFY)
        for _ in range(3):
            self.assertIn(ids[0], ids_of(""))
        st, _ = s.request("PATCH", "/conversations/%d" % ids[0], token=s.admin_token, json={"status": "pending"})
        self.assertEqual(st, 200)
        self.assertNotIn(ids[0], ids_of(""))
        self.assertEqual(ids_of("status=pending"), [ids[0]])

    def test_bad_filters_and_cursors(self):
        good = base64.urlsafe_b64encode(b"2026-11-30T10:00:00.000000Z|12").decode().rstrip("=")
        st, _ = self.get("/conversations?cursor=" + good)
        self.assertEqual(st, 200)
        for q, want in (("status=nope", 422), ("assignee=someone", 422), ("assignee=0", 422),
                        ("team=marketing", 422), ("channel=fax", 422), ("priority=p1", 422),
                        ("customer_id=-3", 422), ("needs_team=maybe", 422), ("limit=0", 422), ("limit=101", 422),
                        ("limit=ten", 422), ("q=" + "x" * 201, 422), ("q=a+b+c+d+e+f+g+h+i", 422),
                        ("cursor=!!!", 400),
                        ("cursor=" + base64.urlsafe_b64encode(b"2026-13-30T10:00:00.000000Z|12").decode(), 400),
                        ("cursor=" + base64.urlsafe_b64encode(b"2026-11-30T10:00:00.000000Z|x").decode(), 400),
                        ("cursor=" + base64.urlsafe_b64encode(b"'; DROP TABLE x; --|1").decode(), 400),
                        ("cursor=" + good[:-3], 400)):
            st, body = self.get("/conversations?" + q)
            self.assertEqual(st, want, (q, body))
            self.assertIn("message", body["error"])

    def test_counts(self):
        s = self.stack
        st, before = self.get("/conversations/counts")
        self.assertEqual(st, 200, before)
        make_conversation(s, team="technical", assignee=s.agent_id)
        make_conversation(s, team="technical")
        make_conversation(s, team=None, status="pending")
        st, after = self.get("/conversations/counts")
        self.assertEqual(after["mine"], before["mine"] + 1)
        self.assertEqual(after["unassigned"], before["unassigned"] + 1)
        self.assertEqual(after["all"], before["all"] + 2)
        self.assertEqual(after["by_team"]["technical"], before["by_team"]["technical"] + 2)
        self.assertEqual(after["by_status"]["pending"], before["by_status"]["pending"] + 1)
        self.assertEqual(after["by_status"]["open"], after["all"])

    # --- detail and timeline ------------------------------------------------------
    def test_detail_timeline_with_notes(self):
        s = self.stack
        cid = make_conversation(s, text="pehla message", age_minutes=10)
        st, note = s.request("POST", "/conversations/%d/messages" % cid, token=s.agent_token,
                             json={"text": "Customer called twice", "private": True})
        self.assertEqual(st, 201, note)
        self.assertEqual((note["kind"], note["private"], note["author"]["id"]), ("note", True, s.agent_id))
        st, body = self.get("/conversations/%d" % cid)
        self.assertEqual(st, 200, body)
        self.assertEqual(body["id"], cid)
        self.assertEqual([m["text"] for m in body["messages"]], ["pehla message", "Customer called twice"])
        self.assertEqual(body["messages"][0]["author"]["type"], "customer")
        self.assertEqual(body["last_message_preview"], "pehla message")  # a note is not the preview
        st, body = self.get("/conversations/99999999")
        self.assertEqual(st, 404)
        st, body = s.request("POST", "/conversations/99999999/messages", token=s.agent_token,
                             json={"text": "x", "private": True})
        self.assertEqual(st, 404, body)

    # --- PATCH ------------------------------------------------------------------------
    def test_patch_status_priority_team_events(self):
        s = self.stack
        cid = make_conversation(s, team="dispatch", suggested="dispatch", assignee=s.agent_id)
        ws = s.ws("inbox", token=s.admin_token)
        st, body = s.request("PATCH", "/conversations/%d" % cid, token=s.agent_token,
                             json={"status": "resolved", "priority": "high"})
        self.assertEqual(st, 200, body)
        self.assertEqual((body["status"], body["priority"]), ("resolved", "high"))
        self.assertIsNotNone(body["resolved_at"])
        seen = ws_events(ws, ["status.changed", "conversation.updated"])
        self.assertEqual(seen["status.changed"][0]["id"], cid)
        self.assertEqual(seen["status.changed"][0]["status"], "resolved")
        self.assertIn("conversation.updated", seen)
        ws.close()
        ev = events(s, "resolved", cid)
        self.assertEqual(len(ev), 1)
        self.assertEqual((int(ev[0][0]), ev[0][1], ev[0][2]), (s.agent_id, "dispatch", "email"))
        self.assertGreaterEqual(float(ev[0][3]), 0)
        # reopen
        st, body = s.request("PATCH", "/conversations/%d" % cid, token=s.agent_token, json={"status": "open"})
        self.assertEqual((st, body["status"], body["resolved_at"]), (200, "open", None))
        self.assertEqual(len(events(s, "conversation_reopened", cid)), 1)
        # team: kept (1) and changed (0) recorded with who did it
        st, body = s.request("PATCH", "/conversations/%d" % cid, token=s.agent_token, json={"team": "finance"})
        self.assertEqual((st, body["team"]), (200, "finance"))
        st, body = s.request("PATCH", "/conversations/%d" % cid, token=s.agent_token, json={"team": "dispatch"})
        ev = events(s, "team_changed", cid)
        self.assertEqual([(int(e[0]), e[1], float(e[3])) for e in ev],
                         [(s.agent_id, "finance", 0.0), (s.agent_id, "dispatch", 1.0)])

    def test_patch_bad_input_changes_nothing(self):
        s = self.stack
        cid = make_conversation(s, team="sales", priority="low")
        before = s.sql("SELECT status, priority, team, updated_at FROM conversations WHERE id = %s", (cid,))
        for body, want in (({"status": "done"}, 422), ({"team": "marketing"}, 422), ({"priority": "p0"}, 422),
                           ({"team": None}, 422), ({"colour": "red"}, 422), ({}, 422),
                           ({"status": "resolved", "team": "nope"}, 422)):
            st, b = s.request("PATCH", "/conversations/%d" % cid, token=s.agent_token, json=body)
            self.assertEqual(st, want, (body, b))
        st, _ = s.request("PATCH", "/conversations/%d" % cid, token=s.agent_token, data="{bad",
                          headers={"Content-Type": "application/json"})
        self.assertEqual(st, 400)
        st, _ = s.request("PATCH", "/conversations/99999999", token=s.agent_token, json={"status": "open"})
        self.assertEqual(st, 404)
        self.assertEqual(s.sql("SELECT status, priority, team, updated_at FROM conversations WHERE id = %s",
                               (cid,)), before)

    # --- permissions and manual assignment ------------------------------------------
    def test_permissions_and_assignment(self):
        s = self.stack
        other, other_tok = make_agent(s, "Other%s" % os.urandom(2).hex(), teams=("sales",))
        theirs = make_conversation(s, team="sales", assignee=other)
        free = make_conversation(s, team="sales")
        # another agent's conversation: read yes, change / reply / take no
        self.assertEqual(self.get("/conversations/%d" % theirs)[0], 200)
        for method, path, body in (("PATCH", "", {"status": "resolved"}),
                                   ("POST", "/messages", {"text": "hello"}),
                                   ("POST", "/assignment", {"agent_id": s.agent_id}),
                                   ("POST", "/assignment", {"agent_id": None})):
            st, b = s.request(method, "/conversations/%d%s" % (theirs, path), token=s.agent_token, json=body)
            self.assertEqual(st, 403, (method, path, b))
        self.assertEqual(assignee_of(s, theirs), other)
        self.assertEqual(s.sql("SELECT status FROM conversations WHERE id = %s", (theirs,)), [("open",)])
        # an agent cannot hand a conversation to someone else, nor force
        st, _ = s.request("POST", "/conversations/%d/assignment" % free, token=s.agent_token,
                          json={"agent_id": other})
        self.assertEqual(st, 403)
        st, _ = s.request("POST", "/conversations/%d/assignment" % free, token=s.agent_token,
                          json={"agent_id": s.agent_id, "force": True})
        self.assertEqual(st, 403)
        # take, then release
        ws = s.ws("agent-%d" % s.agent_id, token=s.agent_token)
        st, body = s.request("POST", "/conversations/%d/assignment" % free, token=s.agent_token,
                             json={"agent_id": s.agent_id})
        self.assertEqual((st, body["assignee"]["id"]), (200, s.agent_id), body)
        seen = ws_events(ws, ["assignee.changed"])
        self.assertEqual(seen["assignee.changed"][0]["assignee"]["id"], s.agent_id)
        st, body = s.request("POST", "/conversations/%d/assignment" % free, token=s.agent_token,
                             json={"agent_id": None})
        self.assertEqual((st, body["assignee"]), (200, None))
        seen = ws_events(ws, ["assignee.changed"])  # the agent who lost it hears it too
        self.assertIsNone(seen["assignee.changed"][0]["assignee"])
        ws.close()
        hist = s.sql("SELECT agent_id, assigned_by, unassigned_at IS NOT NULL FROM assignments"
                     " WHERE conversation_id = %s", (free,))
        self.assertEqual(hist, [(str(s.agent_id), str(s.agent_id), "t")])
        self.assertEqual([int(e[0]) for e in events(s, "assigned", free)], [s.agent_id])
        self.assertEqual([int(e[0]) for e in events(s, "unassigned", free)], [s.agent_id])
        # admin: anyone; reassign records both sides
        st, body = s.request("POST", "/conversations/%d/assignment" % theirs, token=s.admin_token,
                             json={"agent_id": s.agent_id})
        self.assertEqual((st, body["assignee"]["id"]), (200, s.agent_id))
        self.assertEqual([int(e[0]) for e in events(s, "unassigned", theirs)], [other])

    def test_assignment_bad_input_changes_nothing(self):
        s = self.stack
        tiny, _ = make_agent(s, "Tiny%s" % os.urandom(2).hex(), teams=("general",), capacity=1)
        gone, _ = make_agent(s, "Gone%s" % os.urandom(2).hex(), active=False)
        make_conversation(s, team="general", assignee=tiny)
        cid = make_conversation(s, team="general")
        for body, want, code in (({"agent_id": 99999999}, 422, None), ({"agent_id": gone}, 422, None),
                                 ({"agent_id": tiny}, 409, "at_capacity"), ({"agent_id": "7"}, 422, None),
                                 ({"agent_id": -1}, 422, None), ({}, 422, None),
                                 ({"agent_id": tiny, "force": "yes"}, 422, None),
                                 ({"agent_id": tiny, "extra": 1}, 422, None)):
            st, b = s.request("POST", "/conversations/%d/assignment" % cid, token=s.admin_token, json=body)
            self.assertEqual(st, want, (body, b))
            if code:
                self.assertEqual(b["error"]["code"], code)
        self.assertIsNone(assignee_of(s, cid))
        self.assertEqual(s.sql("SELECT count(*) FROM assignments WHERE conversation_id = %s", (cid,)), [("0",)])
        st, _ = s.request("POST", "/conversations/99999999/assignment", token=s.admin_token,
                          json={"agent_id": tiny})
        self.assertEqual(st, 404)
        # an admin may go beyond capacity with force
        st, body = s.request("POST", "/conversations/%d/assignment" % cid, token=s.admin_token,
                             json={"agent_id": tiny, "force": True})
        self.assertEqual((st, body["assignee"]["id"]), (200, tiny))

    # --- replies on chat and call -----------------------------------------------------------
    def test_chat_window_and_call_replies(self):
        s = self.stack
        old = make_conversation(s, channel="chat", subject=None, text="hello", inbound_hours_ago=30)
        st, b = s.request("POST", "/conversations/%d/messages" % old, token=s.agent_token, json={"text": "Hi!"})
        self.assertEqual((st, b["error"]["code"]), (422, "window_closed"), b)
        self.assertEqual(s.sql("SELECT count(*) FROM messages WHERE conversation_id = %s", (old,)), [("1",)])
        tmpl = {"name": "order_update", "language": "hi", "body_values": ["Ramesh", "KO-123"]}
        st, b = s.request("POST", "/conversations/%d/messages" % old, token=s.agent_token,
                          json={"template": tmpl})
        self.assertEqual(st, 202, b)
        self.assertEqual((b["status"], b["direction"], b["meta"]["template"]), ("queued", "out", tmpl))
        job = s.sql("SELECT payload->>'message_id' FROM jobs WHERE kind = 'send_chat' AND"
                    " (payload->>'message_id')::bigint = %s", (b["id"],))
        self.assertEqual(len(job), 1)
        for bad in ({"template": {"language": "hi"}}, {"template": "x"}, {"template": {"name": "a", "x": 1}},
                    {"text": "", "private": False}, {"text": 5}, {"text": "x" * 20001}):
            st, e = s.request("POST", "/conversations/%d/messages" % old, token=s.agent_token, json=bad)
            self.assertEqual(st, 422, (bad, e))
        recent = make_conversation(s, channel="chat", subject=None, text="hello", inbound_hours_ago=1)
        st, b = s.request("POST", "/conversations/%d/messages" % recent, token=s.agent_token,
                          json={"text": "Namaste, checking"})
        self.assertEqual((st, b["status"]), (202, "queued"), b)
        conv = s.sql("SELECT first_response_at IS NOT NULL FROM conversations WHERE id = %s", (recent,))
        self.assertEqual(conv, [("t",)])
        self.assertEqual(len(events(s, "first_response", recent)), 1)
        st, b = s.request("POST", "/conversations/%d/messages" % recent, token=s.agent_token,
                          json={"text": "second"})
        self.assertEqual(len(events(s, "first_response", recent)), 1)
        self.assertEqual(len(events(s, "reply", recent)), 2)
        call = make_conversation(s, channel="call", subject=None, text="missed call")
        st, b = s.request("POST", "/conversations/%d/messages" % call, token=s.agent_token, json={"text": "x"})
        self.assertEqual(st, 422, b)
        st, b = s.request("POST", "/conversations/%d/messages" % call, token=s.agent_token,
                          json={"text": "called back, no answer", "private": True})
        self.assertEqual(st, 201, b)

    def test_emails_route_still_works(self):
        st, body = self.get("/emails")
        self.assertEqual(st, 200, body)
        self.assertIn("data", body)


class InboxAutoAssignTest(unittest.TestCase):
    """Auto-assignment with AUTO_ASSIGN on (the default)."""

    @classmethod
    def setUpClass(cls):
        cls.stack = Stack().__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)

    def set_team(self, cid, team):
        st, body = self.stack.request("PATCH", "/conversations/%d" % cid, token=self.stack.admin_token,
                                      json={"team": team})
        self.assertEqual(st, 200, body)

    def test_rules_queue_and_capacity(self):
        s = self.stack
        team = "technical"
        tag = os.urandom(2).hex()
        a1, _ = make_agent(s, "Asha%s" % tag, teams=(team,), capacity=2)
        a2, _ = make_agent(s, "Bina%s" % tag, teams=(team, "sales"), capacity=1)
        make_agent(s, "Off%s" % tag, teams=(team,), available=False)
        make_agent(s, "Away%s" % tag, teams=(team,), active=False)
        make_agent(s, "Else%s" % tag, teams=("finance",))
        s.sql("UPDATE agents SET last_assigned_at = now() - interval '1 hour' WHERE id = %s", (a2,))
        s.sql("UPDATE agents SET last_assigned_at = now() WHERE id = %s", (a1,))
        convs = [make_conversation(s, age_minutes=50 - i) for i in range(5)]
        # equal load (0): the one assigned longest ago (a2) first
        self.set_team(convs[0], team)
        wait_jobs(s)
        self.assertEqual(assignee_of(s, convs[0]), a2)
        # a2 is full (1/1): the next go to a1 until a1 is full (2/2)
        for c in convs[1:4]:
            self.set_team(c, team)
        wait_jobs(s)
        self.assertEqual([assignee_of(s, c) for c in convs[1:4]], [a1, a1, None])
        # needs_team: not assigned until a human sets the team
        nt = make_conversation(s, needs_team=True, team=None)
        self.set_team(convs[4], team)
        wait_jobs(s)
        self.assertIsNone(assignee_of(s, convs[4]))
        # a resolve frees capacity: the oldest waiting one (convs[3]) goes first
        st, _ = s.request("PATCH", "/conversations/%d" % convs[0], token=s.admin_token, json={"status": "resolved"})
        self.assertEqual(st, 200)
        wait_jobs(s)
        self.assertEqual(assignee_of(s, convs[3]), a2, s.log_text()[-6000:])
        self.assertIsNone(assignee_of(s, convs[4]))
        # a release: the conversation goes to someone else, the agent gets the next waiting one
        st, _ = s.request("POST", "/conversations/%d/assignment" % convs[1], token=s.admin_token,
                          json={"agent_id": None})
        self.assertEqual(st, 200)
        wait_jobs(s)
        self.assertEqual(assignee_of(s, convs[4]), a1)
        self.assertIsNone(assignee_of(s, convs[1]))  # nobody else free: it waits
        # capacity raised (the agents API enqueues assign_agent): the queue moves
        s.sql("UPDATE agents SET capacity = 5 WHERE id = %s", (a2,))
        s.sql("SELECT enqueue_job('assign_agent', jsonb_build_object('agent_id', %s::bigint), 0, 8, NULL)", (a2,))
        wait_jobs(s)
        self.assertEqual(assignee_of(s, convs[1]), a2)
        # needs_team waits until a human sets the team, then it is assigned
        self.assertIsNone(assignee_of(s, nt))
        self.set_team(nt, team)
        wait_jobs(s)
        self.assertEqual(assignee_of(s, nt), a2)
        # deactivation re-queues the agent's open work to the others
        s.sql("UPDATE agents SET active = false WHERE id = %s", (a1,))
        s.sql("SELECT enqueue_job('assign_agent', jsonb_build_object('agent_id', %s::bigint), 0, 8, NULL)", (a1,))
        wait_jobs(s)
        self.assertEqual(s.sql("SELECT count(*) FROM conversations WHERE assignee_id = %s AND status = 'open'",
                               (a1,)), [("0",)])
        self.assertEqual(assignee_of(s, convs[4]), a2)
        self.assertGreaterEqual(len(events(s, "unassigned", convs[4])), 1)


class InboxConcurrencyTest(unittest.TestCase):
    """Concurrent triage completions on several job workers: nobody over
    capacity, no conversation with two assignees."""

    def test_concurrent_triage_assignment(self):
        # TRIAGE_MIN_CONFIDENCE (where the triage branch has it): every team
        # suggestion counts, so every conversation gets a team.
        with Stack(env={"CSD_JOB_WORKERS": "4", "TRIAGE_MIN_CONFIDENCE": "0"}) as s:
            teams = ("finance", "support", "dispatch", "sales", "technical", "returns_refunds", "general")
            agents = [make_agent(s, "Agent%d" % i, teams=teams, capacity=3)[0] for i in range(3)]
            texts = ["mera order abhi tak nahi aaya, tracking update nahi hua", "payment debited twice, refund chahiye",
                     "bottle leaking aaya, replacement bhejo", "dealership ke liye price list bhejiye",
                     "neem oil ka dosage kya hai tomato ke liye"]
            convs = [make_conversation(s, subject=None, text=texts[i % len(texts)]) for i in range(24)]
            # all triage jobs at once: the workers complete them concurrently
            s.sql("SELECT enqueue_job('triage', jsonb_build_object('conversation_id', id), 0, 8, NULL)"
                  " FROM conversations WHERE id = ANY(%s::bigint[])", ("{%s}" % ",".join(map(str, convs)),))
            done = s.wait_for(lambda: not s.sql("SELECT id FROM jobs WHERE kind IN ('triage', 'assign_conversation',"
                                                " 'assign_agent') AND state IN ('queued', 'running')"), timeout=60)
            self.assertTrue(done, s.log_text()[-3000:])
            load = s.sql("SELECT assignee_id, count(*) FROM conversations WHERE assignee_id IS NOT NULL"
                         " GROUP BY assignee_id")
            self.assertEqual(sorted(int(a) for a, _ in load), sorted(agents))
            for _, n in load:
                self.assertLessEqual(int(n), 3)
            self.assertEqual(sum(int(n) for _, n in load), 9)  # 3 agents x capacity 3; the rest wait
            twice = s.sql("SELECT conversation_id FROM assignments WHERE unassigned_at IS NULL"
                          " GROUP BY conversation_id HAVING count(*) > 1")
            self.assertEqual(twice, [])
            self.assertEqual(s.sql("SELECT count(*) FROM assignments"), [("9",)])
            self.assertEqual(s.sql("SELECT count(*) FROM conversations WHERE team IS NULL AND id = ANY(%s::bigint[])",
                                   ("{%s}" % ",".join(map(str, convs)),)), [("0",)])


if __name__ == "__main__":
    unittest.main(verbosity=2)
