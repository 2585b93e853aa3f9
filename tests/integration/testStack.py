"""testStack.py — the stack itself: migrations, csd's configuration check,
nginx routing (docs, internal locations, publisher isolation), harness basics."""

import json
import os
import unittest

from harness import REPO, Stack, WsHandshakeError


def migration_versions():
    names = sorted(n for n in os.listdir(os.path.join(REPO, "sql")) if n.endswith(".sql") and n[:3].isdigit())
    return [n[:-4] for n in names]


class StackTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.s = Stack()
        cls.s.__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.s.__exit__(None, None, None)

    def test_migrations_are_recorded_once_and_rerun_is_a_noop(self):
        rows = self.s.sql("SELECT version FROM schema_migrations ORDER BY version")
        self.assertEqual([r[0] for r in rows], migration_versions())
        p = self.s.csctl("migrate", "--dir", os.path.join(REPO, "sql"))
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("up to date", p.stdout)
        self.assertNotRegex(p.stdout, r"(?m)^applied \d{3}_")
        rows = self.s.sql("SELECT version, count(*) FROM schema_migrations GROUP BY version HAVING count(*) > 1")
        self.assertEqual(rows, [])
        self.assertEqual(self.s.sql("SELECT count(*) FROM schema_migrations")[0][0], str(len(migration_versions())))

    def test_csd_refuses_a_bad_setting_and_names_it(self):
        p = self.s.run_csd(env={"CSD_REQUEST_WORKERS": "abc"})
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("CSD_REQUEST_WORKERS", p.stdout + p.stderr)

    def test_csd_refuses_a_missing_secret(self):
        p = self.s.run_csd(env={"AUTH_JWT_SECRET": ""})
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("AUTH_JWT_SECRET", p.stdout + p.stderr)

    def test_process_tree_has_every_role(self):
        pids = self.s.csd_pids()
        self.assertIsNotNone(pids["master"])
        self.assertEqual(len(pids["request"]), int(self.s.env["CSD_REQUEST_WORKERS"]))
        self.assertEqual(len(pids["job"]), int(self.s.env["CSD_JOB_WORKERS"]))
        self.assertEqual(len(pids["scheduler"]), 1)

    def test_api_docs_page_and_openapi_are_served(self):
        status, headers, body = self.s.request_full("GET", "/api/docs")
        self.assertEqual(status, 200)
        self.assertIn("text/html", headers.get("content-type", ""))
        self.assertIn(b"/api/docs/openapi.json", body)
        status, body = self.s.request("GET", "/api/docs/openapi.json")
        self.assertEqual(status, 200)
        self.assertIsInstance(body, dict)
        self.assertTrue(body["openapi"].startswith("3."))
        self.assertIn("paths", body)
        with open(os.path.join(REPO, "nginx", "static", "openapi.json"), encoding="utf-8") as f:
            self.assertEqual(body, json.load(f))

    def test_internal_locations_are_not_reachable_from_outside(self):
        for path in ("/internal/ws-auth", "/internal/ws-auth?token=" + self.s.admin_token, "/internal/other"):
            status, _ = self.s.request("GET", path, headers={"X-Original-URI": "/ws/inbox?token=" + self.s.admin_token})
            self.assertEqual(status, 404, path)

    def test_publisher_is_not_on_the_public_port(self):
        status, _ = self.s.request("POST", "/pub/inbox", json={"event": "forged"})
        self.assertNotIn(status, (200, 201, 202))
        # ... and a subscriber does not get anything published that way.
        ws = self.s.ws("inbox", token=self.s.admin_token)
        try:
            self.s.request("POST", "/pub/inbox", json={"event": "forged"})
            self.assertEqual(self.s.publish("inbox", {"event": "real", "data": {}}), 201)
            msg = ws.recv_json(timeout=5)
            self.assertEqual(msg, {"event": "real", "data": {}})
        finally:
            ws.close()

    def test_request_id_from_nginx_reaches_the_csd_log(self):
        status, _ = self.s.request("GET", "/health", headers={"X-Request-Id": "client-chosen-id"})
        self.assertEqual(status, 200)
        log = self.s.wait_for(lambda: "path=/health" in self.s.log_text() and self.s.log_text())
        self.assertRegex(log, r"rid=[0-9a-f]{32} [^\n]*path=/health")
        self.assertNotIn("client-chosen-id", log)

    def test_websocket_without_a_valid_token_is_refused(self):
        for token in (None, "not-a-jwt"):
            with self.assertRaises(WsHandshakeError) as cm:
                self.s.ws("inbox", token=token)
            self.assertIn(cm.exception.status, (401, 403))

    def test_body_over_the_nginx_limit_is_refused(self):
        limit = int(self.s.env.get("CSD_MAX_BODY_BYTES", "1048576"))
        status, _ = self.s.request("POST", "/emails", token=self.s.admin_token,
                                   data=b"x" * (limit + 200000), headers={"Content-Type": "application/json"})
        self.assertEqual(status, 413)


if __name__ == "__main__":
    unittest.main()
