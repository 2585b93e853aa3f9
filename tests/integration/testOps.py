"""testOps.py — issue 14 (operations and reliability) through the real stack:
no token or path secret in any log, every error from the public port is
csd's JSON shape (nginx's own ones included), strict input (JSON, ids,
query strings) refused with 400, and WebSocket subscriptions that end so
that a token is checked again."""

import json
import os
import socket
import subprocess
import tempfile
import time
import unittest

from harness import Stack, WsHandshakeError
from wsClient import WsClosed


def raw_request(port, data, timeout=10):
    """Sends raw bytes to 127.0.0.1:port; returns (status, headers, body)
    of the response (the connection is read to its end or to the length)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        try:
            s.sendall(data)
        except OSError:
            pass  # nginx may answer and close while we still send
        buf = b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                chunk = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not chunk:
                break
            buf += chunk
            head, sep, rest = buf.partition(b"\r\n\r\n")
            if sep:
                for line in head.split(b"\r\n")[1:]:
                    k, _, v = line.partition(b":")
                    if k.strip().lower() == b"content-length" and len(rest) >= int(v.strip()):
                        deadline = 0
                if head.lower().find(b"transfer-encoding: chunked") >= 0 and rest.endswith(b"0\r\n\r\n"):
                    deadline = 0
    finally:
        s.close()
    head, _, body = buf.partition(b"\r\n\r\n")
    if b"transfer-encoding: chunked" in head.lower():
        body = dechunk(body)
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1]) if lines and len(lines[0].split()) > 1 else 0
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(b":")
        headers[k.strip().lower().decode()] = v.strip().decode(errors="replace")
    return status, headers, body


def dechunk(data):
    out = b""
    while data:
        size_line, _, data = data.partition(b"\r\n")
        n = int(size_line.split(b";")[0] or b"0", 16)
        if n == 0:
            break
        out += data[:n]
        data = data[n + 2:]
    return out


class OpsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.s = Stack(env={"WS_MAX_SECONDS": "3"})
        cls.s.__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.s.__exit__(None, None, None)

    def assert_json_error(self, status, headers, body, expect_status, what):
        self.assertEqual(status, expect_status, "%s: %r" % (what, body[:300]))
        self.assertIn("application/json", headers.get("content-type", ""), what)
        doc = json.loads(body.decode("utf-8"))  # valid UTF-8 and JSON
        self.assertEqual(set(doc), {"error"}, what)
        self.assertIsInstance(doc["error"]["code"], str, what)
        self.assertIsInstance(doc["error"]["message"], str, what)
        return doc

    # --- defect 2: no token in any log ------------------------------------------
    def access_log(self):
        path = os.path.join(self.s.tmp, "nginx.run", "access.log")
        # Buffered (flush=1s): wait for our lines to be written.
        time.sleep(1.5)
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def test_tokens_and_path_secrets_never_reach_a_log(self):
        token = self.s.agent_token
        ws = self.s.ws("emails", token=token)
        ws.close()
        with self.assertRaises(WsHandshakeError):
            self.s.ws("inbox", token=token)  # refused: agents may not read inbox
        self.s.request("GET", "/emails?token=" + token)
        secret = "pathSecret0123456789"
        self.s.request("POST", "/webhooks/ivr/exotel/" + secret, data=b"CallSid=1",
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
        self.s.request("GET", "/webhooks/ivr/exotel/" + secret + "?CallSid=2&token=" + token)
        self.s.request("GET", "/webhooks/%69vr/exotel/" + secret)
        access = self.access_log()
        self.assertIn("GET /ws/emails HTTP/1.1", access)
        self.assertIn("/webhooks/ivr/***", access)
        logs = {"access": access, "nginx error": self.s.nginx_log_text(), "csd": self.s.log_text()}
        for name, text in logs.items():
            self.assertNotIn(token, text, name)
            self.assertNotIn(token.split(".")[2], text, name)  # not even the signature
            self.assertNotIn(secret, text, name)

    # --- defect 6: every error is JSON ---------------------------------------------
    def test_nginx_errors_are_json(self):
        port = self.s.port
        cases = [
            ("NUL in the path", b"GET /emails%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400),
            ("lower-case method", b"get /emails HTTP/1.1\r\nHost: x\r\n\r\n", 400),
            ("TRACE", b"TRACE /emails HTTP/1.1\r\nHost: x\r\n\r\n", 405),
            ("URI too long", b"GET /emails?q=" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
            ("header too long", b"GET /emails HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20000 + b"\r\n\r\n", 400),
            ("body far over the limit", b"POST /support-emails HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
             b"Content-Length: 900000000\r\n\r\n{}", 413),
            ("POST to a static page", b"POST /api/docs HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}", 405),
            ("internal location", b"GET /internal/ws-auth HTTP/1.1\r\nHost: x\r\n\r\n", 404),
            ("HTTP/2.0 request line", b"GET /emails HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        ]
        for what, data, expect in cases:
            status, headers, body = raw_request(port, data)
            self.assert_json_error(status, headers, body, expect, what)
        # A method nginx does not know reaches csd, which answers 405 JSON.
        status, headers, body = raw_request(port, b"FOO /emails HTTP/1.1\r\nHost: x\r\n\r\n")
        self.assertIn(status, (400, 405))
        self.assert_json_error(status, headers, body, status, "FOO")

    def test_invalid_utf8_is_never_echoed(self):
        token = self.s.admin_token
        for body in (b'{"email":"a\xff@x.example"}', b'{"\xc0\xaf":1}', b'{"email":"x@y.example","bad\xff":1}'):
            status, headers, raw = raw_request(
                self.s.port,
                b"POST /support-emails HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token.encode() +
                b"\r\nContent-Type: application/json\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            self.assert_json_error(status, headers, raw, 400, repr(body))
        status, headers, raw = raw_request(self.s.port, b"GET /no/such/\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n")
        self.assertIn(status, (400, 404))
        self.assert_json_error(status, headers, raw, status, "invalid UTF-8 path")

    # --- defect 5: strict input ----------------------------------------------------
    def test_strict_json_ids_and_query(self):
        token = self.s.admin_token
        bodies = [
            '{"email":"nul\\u0000@x.example"}',
            '{"email":"a@x.example","email":"b@x.example"}',
            '{"email":"\\ud800@x.example"}',
            '{"email":"tab\t@x.example"}',
        ]
        for body in bodies:
            status, resp = self.s.request("POST", "/support-emails", token=token, data=body,
                                          headers={"Content-Type": "application/json"})
            self.assertEqual(status, 400, body)
            self.assertIn("error", resp)
        self.assertEqual(self.s.sql("SELECT count(*) FROM support_emails")[0][0], "0")
        status, resp = self.s.request("GET", "/support-emails/00000000000000000000001", token=token)
        self.assertEqual(status, 400, resp)
        for q in ("limit=1%00", "limit=%001", "cursor=%ff", "team=a%0ab"):
            status, resp = self.s.request("GET", "/emails?" + q, token=token)
            self.assertEqual(status, 400, q)
            self.assertEqual(resp["error"]["code"], "bad_request")

    def test_csd_down_is_a_json_503(self):
        self.s.stop_csd()
        try:
            status, headers, body = self.s.request_full("GET", "/emails", token=self.s.admin_token)
            self.assertEqual(status, 503)
            self.assertIn("application/json", headers.get("content-type", ""))
            self.assertEqual(body["error"]["code"], "unavailable")
            self.assertEqual(headers.get("retry-after"), "5")
        finally:
            self.s.start_csd()

    # --- defect 3: a subscription outlives no token ----------------------------------
    def test_websocket_subscription_ends_and_must_reauthorise(self):
        email = "temp-agent@katyayani.example"
        p = self.s.csctl("agent", "add", "--name", "Temp", "--email", email, "--role", "agent")
        self.assertEqual(p.returncode, 0, p.stderr)
        token = self.s.token_for(email)
        ws = self.s.ws("emails", token=token)
        try:
            # Deactivated while subscribed ...
            self.s.sql("UPDATE agents SET active = false WHERE email = %s", (email,))
            # ... the stream ends within WS_MAX_SECONDS (3 here, 55 by default).
            deadline = time.monotonic() + 15
            closed = False
            while time.monotonic() < deadline:
                try:
                    if ws.recv_message(timeout=1) is None and ws.closed:
                        closed = True
                        break
                except (WsClosed, OSError, ConnectionError):
                    closed = True
                    break
            self.assertTrue(closed, "subscription still open")
        finally:
            ws.close()
        # ... and re-subscribing with the same token is refused.
        with self.assertRaises(WsHandshakeError) as cm:
            self.s.ws("emails", token=token)
        self.assertIn(cm.exception.status, (401, 403))

    # --- metrics ---------------------------------------------------------------
    def metrics(self):
        import http.client
        conn = http.client.HTTPConnection("127.0.0.1", self.s.pub_port, timeout=10)
        try:
            conn.request("GET", "/metrics")
            r = conn.getresponse()
            return r.status, r.getheader("Content-Type", ""), r.read().decode()
        finally:
            conn.close()

    def test_metrics_on_the_loopback_port_only(self):
        for _ in range(3):
            self.s.request("GET", "/health")
        self.s.request("GET", "/emails")  # 401
        status, ctype, text = self.metrics()
        self.assertEqual(status, 200, text)
        self.assertIn("text/plain", ctype)
        self.assertRegex(text, r'csd_http_requests_total\{route="health",status="200"\} [3-9]')
        self.assertRegex(text, r'csd_http_requests_total\{route="emails.list",status="401"\} [1-9]')
        self.assertRegex(text, r'csd_http_request_duration_seconds_bucket\{route="health",le="\+Inf"\} [3-9]')
        self.assertIn("# TYPE csd_http_request_duration_seconds histogram", text)
        self.assertRegex(text, r'csd_workers\{role="request"\} 2')
        self.assertIn("csd_database_up 1", text)
        self.assertIn("# TYPE csd_jobs gauge", text)
        for name in ("csd_job_duration_seconds", "csd_provider_calls_total", "csd_webhook_acks_total",
                     "csd_worker_restarts_total", "csd_triage_fallbacks_total"):
            self.assertIn("# TYPE " + name, text)
        # Every sample line is "name{labels} value" or "name value".
        for line in text.splitlines():
            if line and not line.startswith("#"):
                self.assertRegex(line, r'^[a-z_]+(\{[^}]*\})? [0-9.e+-]+$', line)
        # Never on the public port, under either name.
        for path in ("/metrics", "/internal/metrics"):
            status, body = self.s.request("GET", path)
            self.assertEqual(status, 404, path)
            self.assertNotIn("csd_http_requests_total", json.dumps(body) if isinstance(body, dict) else str(body))


class SupabaseUrlTest(unittest.TestCase):
    """csd refuses Supabase's transaction-mode pooler at start and names
    the strings that work; the direct string and the session pooler pass."""

    def check(self, url):
        from harness import CSD
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
        env.update({"DATABASE_URL": url, "AUTH_JWT_SECRET": "0123456789abcdef0123"})
        tmp = tempfile.mkdtemp(prefix="csdUrl")
        try:
            return subprocess.run([CSD, "-t"], env=env, cwd=tmp, capture_output=True, text=True, timeout=30)
        finally:
            os.rmdir(tmp)

    def test_three_supabase_strings(self):
        p = self.check("postgresql://postgres.abcd:secretpw@aws-0-ap-south-1.pooler.supabase.com:6543/postgres")
        self.assertEqual(p.returncode, 1)
        self.assertIn("transaction-mode pooler", p.stderr)
        self.assertIn("db.<project-ref>.supabase.co:5432", p.stderr)
        self.assertNotIn("secretpw", p.stderr)
        for ok in ("postgresql://postgres:pw@db.abcd.supabase.co:5432/postgres",
                   "postgresql://postgres.abcd:pw@aws-0-ap-south-1.pooler.supabase.com:5432/postgres"):
            p = self.check(ok)
            self.assertEqual(p.returncode, 0, p.stderr)


class JobAtMostOnceTest(unittest.TestCase):
    """Defect 4: every backend of csd dies (what a Postgres restart does to
    connections) while a job runs; the scheduler must not hand the job to
    the second job worker, and the row must end done after one attempt."""

    def test_job_survives_lost_connections_without_running_twice(self):
        with Stack(env={"CSD_JOB_WORKERS": "2"}, test_build=True) as s:
            rows = s.sql("SELECT enqueue_job('selftest', '{\"sleep_ms\": 7000}'::jsonb, 0, 8, NULL)")
            job_id = rows[0][0]
            self.assertTrue(s.wait_for(lambda: s.sql("SELECT state FROM jobs WHERE id = %s", (job_id,))[0][0]
                                       == "running", timeout=15))
            s.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                  " WHERE datname = current_database() AND pid <> pg_backend_pid()")
            # The scheduler reconnects and looks for orphans every 5 s while
            # the job still sleeps; then the worker finishes.
            state = s.wait_for(lambda: s.sql("SELECT state FROM jobs WHERE id = %s", (job_id,))[0][0]
                               in ("done", "dead") and
                               s.sql("SELECT state, attempts, coalesce(last_error, '') FROM jobs WHERE id = %s",
                                     (job_id,))[0], timeout=30)
            self.assertEqual(state, ("done", "1", ""), s.log_text()[-3000:])
            self.assertNotIn("requeued orphaned job", s.log_text())


if __name__ == "__main__":
    unittest.main()
