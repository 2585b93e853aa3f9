"""testProcessManager.py — csd's master and workers, end to end through nginx:
respawn after a crash, job retries / dead / admin retry, a job that survives
its worker being killed, the request deadline, reload, graceful stop, log
reopen, recycling after CSD_MAX_REQUESTS, and /health."""

import os
import re
import signal
import subprocess
import threading
import time
import unittest

from harness import CSD, Stack, _replace_db, psql


def alive(pid):
    """True while pid exists and is not a zombie."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except (OSError, IndexError):
        return False


def read(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def job_row(s, job_id):
    rows = s.sql("SELECT state, attempts, last_error, locked_by FROM jobs WHERE id = %s", (job_id,))
    return rows[0] if rows else None


def enqueue(s, payload):
    """Queues a selftest job (a kind only build/csdTest runs, so csctl does
    not know it) the way job_enqueue() does: the enqueue_job() function."""
    rows = s.sql("SELECT enqueue_job('selftest', %s::jsonb, 0, %s::int, NULL)",
                 (payload, s.env.get("JOB_MAX_ATTEMPTS", "8")))
    return int(rows[0][0])


class Client(threading.Thread):
    """Sends GET /health in a loop; a failed request is retried once (the
    one in flight when a worker dies may get a 502)."""

    def __init__(self, s):
        super().__init__(daemon=True)
        self.s = s
        self.stop = threading.Event()
        self.ok = 0
        self.failures = []

    def run(self):
        while not self.stop.is_set():
            try:
                status, _ = self.s.request("GET", "/health", timeout=10)
                if status != 200:
                    status, _ = self.s.request("GET", "/health", timeout=10)
            except OSError as e:
                status = str(e)
            if status == 200:
                self.ok += 1
            else:
                self.failures.append(status)
            time.sleep(0.01)


class WorkersAndJobsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.s = Stack(env={"JOB_BACKOFF_BASE_MS": "50", "JOB_BACKOFF_MAX_MS": "100", "JOB_MAX_ATTEMPTS": "3"},
                      test_build=True)
        cls.s.__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.s.__exit__(None, None, None)

    def test_health_reports_database_workers_and_queue(self):
        status, body = self.s.request("GET", "/health")
        self.assertEqual(status, 200, body)
        self.assertEqual(body["status"], "ok")
        self.assertEqual(body["database"], "ok")
        self.assertEqual(body["workers"], {"request": 2, "job": 1, "scheduler": 1})
        self.assertEqual(set(body["queue"]), {"queued", "running", "dead"})

    def test_process_titles_name_the_roles(self):
        pids = self.s.csd_pids()
        with open("/proc/%d/comm" % pids["master"]) as f:
            self.assertEqual(f.read().strip(), "csd-master")
        self.assertEqual(len(pids["request"]), 2)
        self.assertEqual(len(pids["job"]), 1)
        self.assertEqual(len(pids["scheduler"]), 1)
        self.assertEqual(pids["other"], [])

    def test_killed_request_worker_is_replaced_while_serving(self):
        before = self.s.csd_pids()["request"]
        client = Client(self.s)
        client.start()
        try:
            time.sleep(0.3)
            victim = before[0]
            os.kill(victim, signal.SIGKILL)
            replaced = self.s.wait_for(
                lambda: (lambda r: len(r) == 2 and victim not in r and set(r) - set(before))(
                    [p for p in self.s.csd_pids()["request"] if alive(p)]), timeout=15)
            self.assertTrue(replaced, self.s.csd_pids())
            time.sleep(0.5)  # keep serving with the new worker
        finally:
            client.stop.set()
            client.join(15)
        self.assertEqual(client.failures, [])
        self.assertGreater(client.ok, 10)
        log = self.s.log_text()
        self.assertRegex(log, r'msg="child exited on signal" child_pid=%d child_role=request signal=9' % victim)

    def test_job_retries_with_backoff_until_done(self):
        job_id = enqueue(self.s, '{"fail_times":2}')
        done = self.s.wait_for(lambda: (job_row(self.s, job_id) or ("",))[0] == "done", timeout=30)
        self.assertTrue(done, job_row(self.s, job_id))
        state, attempts, last_error, locked_by = job_row(self.s, job_id)
        self.assertEqual(attempts, "3")
        # Success clears the error of the failed attempts (issue 14): the
        # row says what is true now; the failures are in the log.
        self.assertIsNone(last_error)
        self.assertIn('error="selftest failure 2 of 2"', self.s.log_text())
        self.assertIsNone(locked_by)

    def test_dead_job_is_listed_and_admin_can_retry_it(self):
        job_id = enqueue(self.s, '{"fail_times":50}')
        dead = self.s.wait_for(lambda: (job_row(self.s, job_id) or ("",))[0] == "dead", timeout=30)
        self.assertTrue(dead, job_row(self.s, job_id))
        self.assertEqual(job_row(self.s, job_id)[1], "3")  # JOB_MAX_ATTEMPTS

        status, body = self.s.request("GET", "/admin/jobs?state=dead", token=self.s.admin_token)
        self.assertEqual(status, 200, body)
        mine = [j for j in body["data"] if j["id"] == job_id]
        self.assertEqual(len(mine), 1, body)
        j = mine[0]
        self.assertEqual((j["kind"], j["state"], j["attempts"], j["max_attempts"]), ("selftest", "dead", 3, 3))
        self.assertEqual(j["payload"], {"fail_times": 50})
        self.assertIn("selftest failure 3", j["last_error"])
        for k in ("run_at", "created_at", "updated_at"):
            self.assertRegex(j[k], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")
        self.assertTrue(all(x["state"] == "dead" for x in body["data"]))

        # agents may not see or retry jobs
        status, _ = self.s.request("GET", "/admin/jobs", token=self.s.agent_token)
        self.assertEqual(status, 403)
        status, _ = self.s.request("GET", "/admin/jobs")
        self.assertEqual(status, 401)
        status, _ = self.s.request("GET", "/admin/jobs?state=weird", token=self.s.admin_token)
        self.assertEqual(status, 422)

        status, body = self.s.request("POST", "/admin/jobs/%d/retry" % job_id, token=self.s.admin_token)
        self.assertEqual(status, 200, body)
        self.assertEqual(body["id"], job_id)
        self.assertIn(body["state"], ("queued", "running"))  # a worker may already hold it
        self.assertLessEqual(body["attempts"], 1)
        # it fails again and goes back to dead: the retry really ran it
        self.assertTrue(self.s.wait_for(
            lambda: job_row(self.s, job_id)[0] == "dead" and job_row(self.s, job_id)[1] == "3", timeout=30))

        status, body = self.s.request("POST", "/admin/jobs/999999/retry", token=self.s.admin_token)
        self.assertEqual(status, 404, body)
        done_id = enqueue(self.s, "{}")
        self.assertTrue(self.s.wait_for(lambda: job_row(self.s, done_id)[0] == "done", timeout=15))
        status, body = self.s.request("POST", "/admin/jobs/%d/retry" % done_id, token=self.s.admin_token)
        self.assertEqual(status, 409, body)

    def test_admin_jobs_keyset_pagination(self):
        ids = [enqueue(self.s, '{"page":%d}' % i) for i in range(3)]
        self.assertTrue(self.s.wait_for(lambda: all(job_row(self.s, i)[0] == "done" for i in ids), timeout=15))
        seen, cursor = [], None
        for _ in range(10):
            path = "/admin/jobs?state=done&limit=2" + ("&cursor=%s" % cursor if cursor else "")
            status, body = self.s.request("GET", path, token=self.s.admin_token)
            self.assertEqual(status, 200, body)
            self.assertLessEqual(len(body["data"]), 2)
            seen.extend(j["id"] for j in body["data"])
            cursor = body["next_cursor"]
            if cursor is None:
                break
        self.assertEqual(seen, sorted(seen, reverse=True), "newest first, no repeats")
        self.assertEqual(len(seen), len(set(seen)))
        for i in ids:
            self.assertIn(i, seen)

    def test_job_whose_worker_is_killed_is_requeued_and_completes(self):
        job_id = enqueue(self.s, '{"sleep_ms":3000}')
        running = self.s.wait_for(lambda: job_row(self.s, job_id)[0] == "running", timeout=15)
        self.assertTrue(running, job_row(self.s, job_id))
        locked_by = job_row(self.s, job_id)[3]
        worker = int(locked_by.rsplit(":", 1)[1])
        self.assertIn(worker, self.s.csd_pids()["job"])
        os.kill(worker, signal.SIGKILL)
        done = self.s.wait_for(lambda: job_row(self.s, job_id)[0] == "done", timeout=40)
        state, attempts, last_error, _ = job_row(self.s, job_id)
        self.assertTrue(done, (state, attempts, last_error))
        self.assertEqual(attempts, "2")
        self.assertIsNone(last_error)  # cleared by the success (issue 14)
        self.assertRegex(self.s.log_text(), r'requeued orphaned job" job_id=%s state=queued reason="worker died' % job_id)
        self.assertNotIn(worker, self.s.csd_pids()["job"])
        self.assertIn("requeued orphaned job", self.s.log_text())


class DeadlineTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.s = Stack(env={"CSD_REQUEST_TIMEOUT_SECONDS": "2"}, test_build=True)
        cls.s.__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.s.__exit__(None, None, None)

    def test_request_past_the_deadline_is_killed_and_its_route_logged(self):
        before = self.s.csd_pids()["request"]
        status, _ = self.s.request("GET", "/_test/sleep?ms=30000", timeout=60)
        self.assertGreaterEqual(status, 500)
        # The client's 5xx can arrive before the master has reaped the
        # worker and logged it (slower under sanitizers): wait for the line.
        exited = re.compile(r'child exited on signal.*route=test_sleep')
        self.s.wait_for(lambda: exited.search(self.s.log_text()), timeout=15)
        log = self.s.log_text()
        # The path only: a query string may carry a token (issue 14).
        self.assertRegex(log, r'request exceeded CSD_REQUEST_TIMEOUT_SECONDS.*route=test_sleep '
                              r'request="GET /_test/sleep"')
        self.assertRegex(log, exited)
        after = self.s.wait_for(
            lambda: (lambda r: len(r) == 2 and set(r) != set(before) and r)(
                [p for p in self.s.csd_pids()["request"] if alive(p)]), timeout=15)
        self.assertTrue(after, self.s.csd_pids())
        status, _ = self.s.request("GET", "/health")
        self.assertEqual(status, 200)

    def test_short_request_is_not_killed(self):
        status, body = self.s.request("GET", "/_test/sleep?ms=100")
        self.assertEqual((status, body), (200, {"slept_ms": 100}))

    def test_crash_mid_request_is_logged_with_its_route_and_replaced(self):
        status, _ = self.s.request("GET", "/_test/crash")
        self.assertGreaterEqual(status, 500)
        self.assertTrue(self.s.wait_for(
            lambda: "signame=ABRT" in self.s.log_text(), timeout=10))
        self.assertRegex(self.s.log_text(), r'child exited on signal.*signame=ABRT.*route=test_crash')
        self.assertTrue(self.s.wait_for(
            lambda: len([p for p in self.s.csd_pids()["request"] if alive(p)]) == 2, timeout=10))
        status, _ = self.s.request("GET", "/health")
        self.assertEqual(status, 200)


class RecycleTest(unittest.TestCase):
    def test_workers_recycle_after_max_requests(self):
        with Stack(env={"CSD_MAX_REQUESTS": "5"}) as s:
            before = s.csd_pids()["request"]
            for i in range(20):
                status, _ = s.request("GET", "/health")
                self.assertEqual(status, 200, "request %d" % i)
            # Each worker leaves after exactly 5; the (at most two) live ones
            # hold at most 4 each, so 20 requests mean at least 3 recycles.
            self.assertTrue(s.wait_for(lambda: s.log_text().count('msg="recycling worker" served=5') >= 3,
                                       timeout=10), s.log_text()[-3000:])
            self.assertNotRegex(s.log_text(), r'msg="recycling worker" served=(?!5\b)')
            after = s.wait_for(lambda: (lambda r: len(r) == 2 and r)(
                [p for p in s.csd_pids()["request"] if alive(p)]), timeout=10)
            self.assertTrue(after)
            self.assertNotEqual(set(after), set(before))
            self.assertNotRegex(s.log_text(), r"child_role=request exit_code=[1-9]")


class SignalsTest(unittest.TestCase):
    def test_reload_keeps_serving_and_applies_dotenv(self):
        with Stack() as s:
            # Let .env decide the worker count: restart csd without it in the environment.
            del s.env["CSD_REQUEST_WORKERS"]
            s.stop_csd()
            s.start_csd()
            self.assertTrue(s.wait_for(lambda: s.request("GET", "/health")[0] == 200, timeout=15))
            # The default count; the master forks them one by one, and /health
            # answers as soon as the first is up (under ASan the rest can lag).
            self.assertTrue(s.wait_for(lambda: len(s.csd_pids()["request"]) == 4, timeout=15), s.csd_pids())
            before = s.csd_pids()
            self.assertEqual(len(before["request"]), 4)
            with open(os.path.join(s.tmp, ".env"), "w") as f:
                f.write("CSD_REQUEST_WORKERS=3\n")
            client = Client(s)
            client.start()
            try:
                time.sleep(0.3)
                os.kill(before["master"], signal.SIGHUP)
                new = s.wait_for(lambda: (lambda p: len(p["request"]) == 3 and not set(p["request"]) & set(before["request"])
                                          and len(p["job"]) == 1 and p["job"] != before["job"]
                                          and len(p["scheduler"]) == 1 and p)(
                    {k: [x for x in v if alive(x)] if isinstance(v, list) else v
                     for k, v in s.csd_pids().items()}), timeout=20)
                self.assertTrue(new, s.csd_pids())
                time.sleep(0.5)
            finally:
                client.stop.set()
                client.join(15)
            self.assertEqual(client.failures, [])
            self.assertGreater(client.ok, 5)
            self.assertEqual(s.csd_pids()["master"], before["master"])
            self.assertIn('msg="reloading: starting a new generation of children" generation=2', s.log_text())

    def test_usr1_reopens_log_and_term_stops_everything(self):
        with Stack() as s:
            pids = s.csd_pids()
            rotated = s.log_path + ".1"
            os.rename(s.log_path, rotated)
            os.kill(pids["master"], signal.SIGUSR1)
            self.assertTrue(s.wait_for(lambda: os.path.exists(s.log_path), timeout=10))
            time.sleep(0.3)  # the children got the forwarded signal too
            old_size = len(read(rotated))

            def served_into_new_log():
                s.request("GET", "/health")
                return read(s.log_path).count('path=/health status=200') >= 2  # both workers, eventually
            self.assertTrue(s.wait_for(served_into_new_log, timeout=15, interval=0.1), read(s.log_path))
            self.assertEqual(len(read(rotated)), old_size, "nothing more goes to the renamed file")
            self.assertIn('log reopened (SIGUSR1)', read(s.log_path))

            children = pids["request"] + pids["job"] + pids["scheduler"]
            code = s.stop_csd()
            self.assertEqual(code, 0)
            self.assertFalse(os.path.exists(s.socket_path))
            self.assertEqual([p for p in children if alive(p)], [])
            log = read(s.log_path)
            self.assertIn("csd master stopped", log)
            self.assertNotRegex(log, r"exit_code=[1-9]|on signal")


def _crash_request(s):
    """GET /_test/crash; None when it timed out, which happens when the
    breaker engages just as the request is sent (it then waits in the
    socket backlog for the hold to end)."""
    try:
        return s.request("GET", "/_test/crash", timeout=10)[0]
    except OSError:
        return None


class FailureModesTest(unittest.TestCase):
    def test_crash_loop_breaker_stops_respawning(self):
        with Stack(test_build=True) as s:
            crashes = 0
            for _ in range(40):
                if "CRASH LOOP" in s.log_text():
                    break
                status = _crash_request(s)
                if status is not None and status >= 500:
                    crashes += 1
            self.assertTrue(s.wait_for(lambda: "CRASH LOOP" in s.log_text(), timeout=10), s.log_text()[-3000:])
            self.assertGreaterEqual(crashes, 11)
            # On hold: workers that die now are not replaced for PM_CRASH_BACKOFF_S.
            for _ in range(5):
                if not [p for p in s.csd_pids()["request"] if alive(p)]:
                    break
                _crash_request(s)
                time.sleep(0.2)
            time.sleep(1.5)
            self.assertEqual([p for p in s.csd_pids()["request"] if alive(p)], [])
            # The socket stays open, so a request waits in the backlog and is
            # served once the hold ends and workers are started again.
            status, _ = s.request("GET", "/health", timeout=120)
            self.assertEqual(status, 200)
            log = s.log_text()
            self.assertIn("child_role=request", log[log.index("CRASH LOOP"):].split("started child", 1)[1])

    def test_health_is_503_while_the_database_is_unreachable_and_recovers(self):
        with Stack() as s:
            status, body = s.request("GET", "/health")
            self.assertEqual(status, 200, body)
            admin = _replace_db(s.db_url, "postgres")
            psql(admin, 'ALTER DATABASE "%s" ALLOW_CONNECTIONS false' % s.dbname)
            try:
                psql(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                     (s.dbname,))
                statuses = set()
                for _ in range(4):  # both workers see the broken connection
                    status, body = s.request("GET", "/health")
                    statuses.add(status)
                self.assertEqual(statuses, {503}, body)
                self.assertEqual(body["error"]["code"], "unavailable", body)
            finally:
                psql(admin, 'ALTER DATABASE "%s" ALLOW_CONNECTIONS true' % s.dbname)
            # db_conn() reconnects on the next request
            self.assertTrue(s.wait_for(lambda: s.request("GET", "/health")[0] == 200, timeout=15))


class StartupTest(unittest.TestCase):
    def test_config_check_flag_and_bad_values(self):
        env = {k: v for k, v in os.environ.items()}
        env.update({"DATABASE_URL": "postgresql://nobody@127.0.0.1:9/x",
                    "AUTH_JWT_SECRET": "0123456789abcdef0123"})
        p = subprocess.run([CSD, "-t"], env=env, capture_output=True, text=True, timeout=20, cwd="/")
        self.assertEqual(p.returncode, 0, p.stderr)
        env["CSD_MAX_REQUESTS"] = "0"
        p = subprocess.run([CSD, "-t"], env=env, capture_output=True, text=True, timeout=20, cwd="/")
        self.assertEqual(p.returncode, 1)
        self.assertIn("csd: configuration error: CSD_MAX_REQUESTS", p.stderr)
        p = subprocess.run([CSD, "--help"], capture_output=True, text=True, timeout=20)
        self.assertEqual(p.returncode, 0)
        self.assertIn("usage: csd", p.stdout)
        self.assertNotIn("design.md", p.stdout)  # not in this repository: the README is


class ProductionBuildTest(unittest.TestCase):
    def test_csd_has_no_test_routes_or_job_kinds(self):
        """The test-only routes and the selftest kind are linked into
        build/csdTest only: no environment turns them on in csd."""
        with Stack(env={"CSD_TEST_ROUTES": "1"}) as s:
            status, body = s.request("GET", "/_test/crash")
            self.assertEqual(status, 404, body)
            status, body = s.request("GET", "/_test/sleep?ms=1")
            self.assertEqual(status, 404, body)
            p = s.csctl("job", "enqueue", "selftest", "{}")
            self.assertNotEqual(p.returncode, 0)
            self.assertIn("unknown job kind", p.stderr)
            job_id = enqueue(s, "{}")  # queued behind csctl's back: refused for good, not run
            self.assertTrue(s.wait_for(lambda: job_row(s, job_id)[0] == "dead", timeout=15), job_row(s, job_id))
            self.assertIn("unknown job kind", job_row(s, job_id)[2])


if __name__ == "__main__":
    unittest.main()
