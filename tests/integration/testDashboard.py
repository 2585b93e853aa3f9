"""testDashboard.py — GET /dashboard/summary|volume|teams|agents|ai and
`csctl report` over a known history written straight into the tables
(conversations on three channels around IST midnight, assignments, replies,
resolutions, a missed call, AI runs with and without fallback): the exact
numbers, the IST day boundary, CSV, late events and backfills, rebuilds,
and every bad input."""

import csv
import datetime
import io
import json
import unittest

from harness import Stack, sql_literal

PRICES = "gemini-3.1-flash-lite:0.10:0.40,gemini-2.5-flash:0.30:2.50"
RANGE = "from=2026-10-10&to=2026-10-12"


def sql(query, params):
    return query % tuple(sql_literal(p) for p in params)


class DashboardTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.s = Stack(env={"AI_PRICES": PRICES})
        cls.s.__enter__()
        s = cls.s
        cls.asha = int(s.sql("INSERT INTO agents (name, email) VALUES ('Asha', 'asha@k.example') RETURNING id")[0][0])
        cls.ravi = int(s.sql("INSERT INTO agents (name, email) VALUES ('Ravi', 'ravi@k.example') RETURNING id")[0][0])

    @classmethod
    def tearDownClass(cls):
        cls.s.__exit__(None, None, None)

    def setUp(self):
        s = self.s
        # id -> (channel, created_at UTC, status, team, suggested, assignee)
        rows = {
            # 23:50 IST on 10 Oct and 00:10 IST on 11 Oct: different days.
            "c1": ("email", "2026-10-10 18:20:00Z", "resolved", "finance", "finance", self.asha),
            "c2": ("chat", "2026-10-10 18:40:00Z", "open", "dispatch", "support", self.ravi),
            "c3": ("call", "2026-10-11 06:00:00Z", "open", None, None, None),
            "c4": ("chat", "2026-10-12 04:00:00Z", "resolved", "sales", "sales", self.asha),
            "c5": ("email", "2026-10-12 10:00:00Z", "open", "support", "support", None),
            # 23:59 IST on 9 Oct and 05:30 IST on 13 Oct: outside the range.
            "before": ("email", "2026-10-09 18:29:00Z", "resolved", "general", "general", self.asha),
            "after": ("chat", "2026-10-13 00:00:00Z", "resolved", "general", "general", self.asha),
        }
        ev = [
            ("assigned", "c1", self.asha, None, "2026-10-10 18:25:00Z"),
            ("first_response", "c1", self.asha, 300, "2026-10-10 18:25:00Z"),
            ("reply", "c1", self.asha, None, "2026-10-10 18:25:00Z"),
            ("resolved", "c1", self.asha, 3600, "2026-10-10 19:20:00Z"),
            ("assigned", "c2", self.ravi, None, "2026-10-10 18:45:00Z"),
            ("first_response", "c2", self.ravi, 1200, "2026-10-10 19:00:00Z"),
            ("reply", "c2", self.ravi, None, "2026-10-10 19:00:00Z"),
            ("reply", "c2", self.ravi, None, "2026-10-10 19:30:00Z"),
            ("team_changed", "c2", None, None, "2026-10-10 19:31:00Z"),
            ("missed_call", "c3", None, None, "2026-10-11 06:00:00Z"),
            ("assigned", "c4", self.asha, None, "2026-10-12 04:05:00Z"),
            ("first_response", "c4", self.asha, 600, "2026-10-12 04:10:00Z"),
            ("reply", "c4", self.asha, None, "2026-10-12 04:10:00Z"),
            ("resolved", "c4", self.asha, 7200, "2026-10-12 06:00:00Z"),
            ("first_response", "before", self.asha, 60, "2026-10-09 18:29:30Z"),
            ("resolved", "after", self.asha, 100, "2026-10-13 00:00:00Z"),
        ]
        runs = [
            # conversation, provider, model, outcome, prompt, output, latency, at
            ("c1", "gemini", "gemini-3.1-flash-lite", "ok", 1000, 100, 800, "2026-10-10 18:21:00Z"),
            ("c2", "gemini", "gemini-3.1-flash-lite", "error:http_503", None, None, 20000, "2026-10-10 18:41:00Z"),
            ("c2", "local", "nb", "fallback", None, None, 5, "2026-10-10 18:41:20Z"),
            ("c4", "gemini", "gemini-3.1-flash-lite", "ok", 2000, 200, 1200, "2026-10-12 04:01:00Z"),
            ("c5", "local", "nb", "ok", None, None, 3, "2026-10-12 10:01:00Z"),
            ("after", "gemini", "gemini-3.1-flash-lite", "ok", 5000, 500, 900, "2026-10-13 00:01:00Z"),
        ]
        # One psql run: the subject names the conversation for the rows below.
        stmts = ["DELETE FROM conversations", "DELETE FROM report_daily", "DELETE FROM report_dirty",
                 "DELETE FROM agents WHERE email = 'evil@k.example'"]
        conv = "(SELECT id FROM conversations WHERE subject = %s)"
        for key, (ch, at, st, team, sug, who) in rows.items():
            stmts.append(sql("INSERT INTO conversations (subject, channel, created_at, status, team, suggested_team,"
                             " assignee_id) VALUES (%s, %s, %s, %s, %s, %s, %s)", (key, ch, at, st, team, sug, who)))
        for name, key, agent, value, at in ev:
            stmts.append(sql("INSERT INTO reporting_events (name, conversation_id, agent_id, value_seconds,"
                             " occurred_at) VALUES (%s, " + conv + ", %s, %s, %s)", (name, key, agent, value, at)))
        for key, prov, model, outcome, pt, ot, lat, at in runs:
            stmts.append(sql("INSERT INTO triage_runs (conversation_id, provider, model, outcome, prompt_tokens,"
                             " output_tokens, latency_ms, created_at) VALUES (" + conv + ", %s, %s, %s, %s, %s,"
                             " %s, %s)", (key, prov, model, outcome, pt, ot, lat, at)))
        stmts.append("SELECT subject, id FROM conversations")
        self.c = {k: int(v) for k, v in s.sql(";\n".join(stmts))}

    def get(self, path, token=None):
        st, body = self.s.request("GET", path, token=token or self.s.admin_token)
        self.assertEqual(st, 200, body)
        return body

    def csv_rows(self, path):
        st, h, body = self.s.request_full("GET", path, token=self.s.admin_token)
        self.assertEqual(st, 200, body)
        self.assertTrue(h["content-type"].startswith("text/csv"), h)
        text = body.decode() if isinstance(body, bytes) else body
        self.assertTrue(text.endswith("\r\n"))
        return list(csv.reader(io.StringIO(text)))

    def refresh(self):
        p = self.s.csctl("reports", "refresh")
        self.assertEqual(p.returncode, 0, p.stderr)

    # --- the numbers ----------------------------------------------------------------
    def expected_summary(self):
        return {"conversations_created": 5, "resolved": 2, "open_now": 3, "unassigned_now": 2,
                "missed_calls": 1,
                # 300, 600, 1200: percentile_cont
                "first_response_seconds": {"median": 600, "p90": 1080},
                "resolution_seconds": {"median": 5400, "p90": 6840}}

    def test_summary(self):
        self.assertEqual(self.get("/dashboard/summary?" + RANGE), self.expected_summary())

    def test_volume_ist_day_boundary_and_empty_days(self):
        body = self.get("/dashboard/volume?from=2026-10-09&to=2026-10-14")
        self.assertEqual(body["data"], [
            {"date": "2026-10-09", "email": 1, "chat": 0, "call": 0, "total": 1},
            {"date": "2026-10-10", "email": 1, "chat": 0, "call": 0, "total": 1},   # 23:50 IST
            {"date": "2026-10-11", "email": 0, "chat": 1, "call": 1, "total": 2},   # 00:10 IST
            {"date": "2026-10-12", "email": 1, "chat": 1, "call": 0, "total": 2},
            {"date": "2026-10-13", "email": 0, "chat": 1, "call": 0, "total": 1},
            {"date": "2026-10-14", "email": 0, "chat": 0, "call": 0, "total": 0},
        ])
        self.assertIsNone(body["next_cursor"])

    def test_teams(self):
        rows = {r["team"]: r for r in self.get("/dashboard/teams?" + RANGE)["data"]}
        self.assertEqual(list(rows), ["finance", "support", "dispatch", "sales", "technical",
                                      "returns_refunds", "general"])
        self.assertEqual(rows["finance"], {"team": "finance", "conversations": 1, "suggested": 1, "kept": 1})
        self.assertEqual(rows["support"], {"team": "support", "conversations": 1, "suggested": 2, "kept": 1})
        self.assertEqual(rows["dispatch"], {"team": "dispatch", "conversations": 1, "suggested": 0, "kept": 0})
        self.assertEqual(rows["sales"], {"team": "sales", "conversations": 1, "suggested": 1, "kept": 1})
        self.assertEqual(rows["general"], {"team": "general", "conversations": 0, "suggested": 0, "kept": 0})

    def test_agents(self):
        rows = {r["agent_id"]: r for r in self.get("/dashboard/agents?" + RANGE)["data"]}
        self.assertEqual(rows[self.asha], {
            "agent_id": self.asha, "name": "Asha", "assigned": 2, "resolved": 2, "open_now": 0, "replies": 2,
            "first_response_seconds": {"median": 450, "p90": 570},
            "resolution_seconds": {"median": 5400, "p90": 6840}})
        self.assertEqual(rows[self.ravi], {
            "agent_id": self.ravi, "name": "Ravi", "assigned": 1, "resolved": 0, "open_now": 1, "replies": 2,
            "first_response_seconds": {"median": 1200, "p90": 1200},
            "resolution_seconds": {"median": None, "p90": None}})
        idle = rows[self.s.agent_id]
        self.assertEqual((idle["assigned"], idle["resolved"], idle["replies"], idle["open_now"]), (0, 0, 0, 0))

    def test_ai(self):
        body = self.get("/dashboard/ai?" + RANGE)
        self.assertEqual(body["data"], [
            {"provider": "gemini", "model": "gemini-3.1-flash-lite", "runs": 3, "ok": 2, "fallback": 0,
             "errors": 1, "prompt_tokens": 3000, "output_tokens": 300,
             "cost_usd": 0.00042,  # (3000 x 0.10 + 300 x 0.40) / 1M
             "latency_ms": {"median": 1200, "p90": 16240}},
            {"provider": "local", "model": "nb", "runs": 2, "ok": 1, "fallback": 1, "errors": 0,
             "prompt_tokens": 0, "output_tokens": 0, "cost_usd": 0, "latency_ms": {"median": 4, "p90": 4.8}},
        ])
        # 4 conversation-days with AI runs (c1 on 10 Oct, c2 on 11 Oct, c4 and c5 on 12 Oct)
        self.assertAlmostEqual(body["cost_per_conversation_usd"], 0.000105, places=9)

    def test_unpriced_model_cost_is_null(self):
        self.s.sql("INSERT INTO triage_runs (conversation_id, provider, model, outcome, prompt_tokens,"
                   " output_tokens, latency_ms, created_at) VALUES (%s, 'gemini', 'gemini-9-ultra', 'ok',"
                   " 10, 10, 100, '2026-10-11 10:00Z')", (self.c["c3"],))
        rows = {r["model"]: r for r in self.get("/dashboard/ai?" + RANGE)["data"]}
        self.assertIsNone(rows["gemini-9-ultra"]["cost_usd"])
        self.assertEqual(rows["gemini-3.1-flash-lite"]["cost_usd"], 0.00042)

    # --- rollups: the same numbers from materialised days, late events, backfills --------
    def test_rollups_give_the_same_numbers(self):
        live = {n: self.get("/dashboard/%s?%s" % (n, RANGE)) for n in ("summary", "volume", "teams", "agents", "ai")}
        self.refresh()
        self.assertEqual(self.s.sql("SELECT count(*) FROM report_dirty")[0][0], "0")
        self.assertGreater(int(self.s.sql("SELECT count(*) FROM report_daily")[0][0]), 0)
        for n, body in live.items():
            self.assertEqual(self.get("/dashboard/%s?%s" % (n, RANGE)), body, n)
        p = self.s.csctl("reports", "rebuild")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("rollups rebuilt: 5 days", p.stdout)
        for n, body in live.items():
            self.assertEqual(self.get("/dashboard/%s?%s" % (n, RANGE)), body, n)

    def test_late_event_and_backfill_change_a_materialised_day(self):
        self.refresh()
        # A resolution written late into 11 Oct, and a conversation backfilled into 10 Oct.
        self.s.sql("UPDATE conversations SET status = 'resolved' WHERE id = %s", (self.c["c2"],))
        self.s.sql("INSERT INTO reporting_events (name, conversation_id, agent_id, value_seconds, occurred_at)"
                   " VALUES ('resolved', %s, %s, 9000, '2026-10-11 05:00:00Z')", (self.c["c2"], self.ravi))
        self.s.sql("INSERT INTO conversations (channel, created_at, status, team, suggested_team)"
                   " VALUES ('call', '2026-10-10 10:00:00Z', 'resolved', 'technical', 'sales')")
        summary = self.get("/dashboard/summary?" + RANGE)
        self.assertEqual((summary["conversations_created"], summary["resolved"], summary["open_now"]), (6, 3, 2))
        self.assertEqual(summary["resolution_seconds"], {"median": 7200, "p90": 8640})
        vol = self.get("/dashboard/volume?" + RANGE)["data"]
        self.assertEqual(vol[0], {"date": "2026-10-10", "email": 1, "chat": 0, "call": 1, "total": 2})
        # A human changes the team after the day was materialised.
        self.s.sql("UPDATE conversations SET team = 'support' WHERE id = %s", (self.c["c2"],))
        teams = {r["team"]: r for r in self.get("/dashboard/teams?" + RANGE)["data"]}
        self.assertEqual(teams["support"], {"team": "support", "conversations": 2, "suggested": 2, "kept": 2})
        self.assertEqual(teams["dispatch"]["conversations"], 0)
        before = self.get("/dashboard/agents?" + RANGE)
        self.refresh()
        self.assertEqual(self.get("/dashboard/agents?" + RANGE), before)
        self.assertEqual(self.get("/dashboard/summary?" + RANGE), summary)

    def test_deleted_conversation_leaves_the_reports(self):
        self.refresh()
        self.s.sql("DELETE FROM conversations WHERE id = %s", (self.c["c4"],))
        summary = self.get("/dashboard/summary?" + RANGE)
        self.assertEqual((summary["conversations_created"], summary["resolved"]), (4, 1))
        self.assertEqual(summary["resolution_seconds"], {"median": 3600, "p90": 3600})

    # --- CSV ----------------------------------------------------------------------
    def test_csv(self):
        rows = self.csv_rows("/dashboard/volume?format=csv&" + RANGE)
        self.assertEqual(rows, [["date", "email", "chat", "call", "total"],
                                ["2026-10-10", "1", "0", "0", "1"],
                                ["2026-10-11", "0", "1", "1", "2"],
                                ["2026-10-12", "1", "1", "0", "2"]])
        rows = self.csv_rows("/dashboard/summary?format=csv&" + RANGE)
        self.assertEqual(rows, [["conversations_created", "resolved", "open_now", "unassigned_now", "missed_calls",
                                 "first_response_seconds_median", "first_response_seconds_p90",
                                 "resolution_seconds_median", "resolution_seconds_p90"],
                                ["5", "2", "3", "2", "1", "600", "1080", "5400", "6840"]])
        rows = self.csv_rows("/dashboard/ai?format=csv&" + RANGE)
        self.assertEqual(rows[0], ["provider", "model", "runs", "ok", "fallback", "errors", "prompt_tokens",
                                   "output_tokens", "cost_usd", "latency_ms_median", "latency_ms_p90"])
        self.assertEqual(rows[1], ["gemini", "gemini-3.1-flash-lite", "3", "2", "0", "1", "3000", "300",
                                   "0.00042", "1200", "16240"])
        for name in ("teams", "agents"):
            rows = self.csv_rows("/dashboard/%s?format=csv&%s" % (name, RANGE))
            body = self.get("/dashboard/%s?%s" % (name, RANGE))
            self.assertEqual(len(rows), len(body["data"]) + 1)

    def test_csv_quotes_and_formula_injection(self):
        self.s.sql("INSERT INTO agents (name, email) VALUES ('=HYPERLINK(\"x\"), Inc', 'evil@k.example')")
        st, h, body = self.s.request_full("GET", "/dashboard/agents?format=csv&" + RANGE, token=self.s.admin_token)
        self.assertEqual(st, 200)
        self.assertIn(b'"\'=HYPERLINK(""x""), Inc"', body)
        names = [r[1] for r in csv.reader(io.StringIO(body.decode()))]
        self.assertIn("'=HYPERLINK(\"x\"), Inc", names)

    # --- csctl --------------------------------------------------------------------
    def test_csctl_report_prints_the_same(self):
        p = self.s.csctl("report", "summary", "--from", "2026-10-10", "--to", "2026-10-12")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(json.loads(p.stdout), self.expected_summary())
        p = self.s.csctl("report", "volume", "--from", "2026-10-10", "--to", "2026-10-12", "--csv")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout.splitlines()[1], "2026-10-10,1,0,0,1")
        p = self.s.csctl("report", "volume", "--from", "2026-10-12", "--to", "2026-10-10")
        self.assertEqual(p.returncode, 2)
        self.assertIn("from is after to", p.stderr)
        p = self.s.csctl("report", "nope")
        self.assertEqual(p.returncode, 2)

    # --- defaults and bad input ------------------------------------------------------
    def test_default_range_is_the_last_7_days(self):
        body = self.get("/dashboard/volume")
        self.assertEqual(len(body["data"]), 7)
        # today in IST is the last day
        ist = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=5, minutes=30)
        self.assertIn(body["data"][-1]["date"], (ist.date().isoformat(),
                                                 (ist - datetime.timedelta(seconds=5)).date().isoformat()))
        self.assertEqual(len(self.get("/dashboard/volume?from=2025-10-13&to=2026-10-13")["data"]), 366)
        self.assertEqual(len(self.get("/dashboard/volume?to=2026-10-12")["data"]), 7)

    def assertError(self, path, status, token=None):
        st, body = self.s.request("GET", path, token=token or self.s.admin_token)
        self.assertEqual(st, status, body)
        self.assertIsInstance(body["error"]["message"], str)
        return body["error"]

    def test_bad_input(self):
        for q in ("from=2026-13-01", "from=2026-02-30", "to=yesterday", "from=2026-10-1", "from=2026-10-10T00:00",
                  "from=2026-10-12&to=2026-10-10", "from=2025-10-11&to=2026-10-12", "format=xml",
                  "from=%2B2026-10-10"):
            self.assertError("/dashboard/summary?" + q, 400)
        self.assertEqual(self.assertError("/dashboard/nope", 404)["code"], "not_found")
        self.assertError("/dashboard/summary", 403, token=self.s.agent_token)
        self.assertError("/dashboard/ai?format=csv", 403, token=self.s.agent_token)
        st, _ = self.s.request("GET", "/dashboard/summary")
        self.assertEqual(st, 401)
        st, _ = self.s.request("POST", "/dashboard/summary", token=self.s.admin_token, json={})
        self.assertEqual(st, 405)


if __name__ == "__main__":
    unittest.main()
