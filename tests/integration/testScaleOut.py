"""testScaleOut.py — the scale-out path of design §9, on one machine: two
nginx instances sharing nchan's channels through Redis (nchan_redis_url)
and two csd masters on one Postgres database. An event csd publishes
through one nginx reaches a WebSocket subscriber of the other, and jobs
are claimed exactly once across both csd. Needs Debian's redis-server
(skipped with a message when it is not installed)."""

import os
import re
import shutil
import subprocess
import time
import unittest

from harness import Stack, WsHandshakeError, free_port

REDIS = shutil.which("redis-server")


class RedisStack(Stack):
    """A Stack whose nginx keeps nchan's channels in Redis; `share_with`
    makes its csd use another stack's database and JWT secret."""

    def __init__(self, redis_port, share_with=None, env=None):
        self.redis_port = redis_port
        self.share_with = share_with
        env = dict(env or {})
        if share_with is not None:
            env["DATABASE_URL"] = share_with.db_url
            env["AUTH_JWT_SECRET"] = share_with.env["AUTH_JWT_SECRET"]
        super().__init__(env=env, test_build=True)  # the selftest job kind

    def render_nginx(self, path):
        super().render_nginx(path)
        with open(path, encoding="utf-8") as f:
            conf = f.read()
        redis = ('    nchan_redis_url "redis://127.0.0.1:%d";\n    nchan_use_redis on;\n' % self.redis_port)
        conf = conf.replace("    nchan_shared_memory_size", redis + "    nchan_shared_memory_size", 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(conf)

    def _seed_agents(self):
        if self.share_with is None:
            return super()._seed_agents()
        a = self.share_with
        self.admin_id, self.agent_id = a.admin_id, a.agent_id
        self.admin_token, self.agent_token = a.admin_token, a.agent_token
        return None


@unittest.skipUnless(REDIS, "redis-server not installed (apt-get install redis-server)")
class ScaleOutTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.redis_port = free_port()
        cls.redis_dir = os.path.join("/tmp", "csdRedis%d" % cls.redis_port)
        os.makedirs(cls.redis_dir, exist_ok=True)
        cls.redis = subprocess.Popen(
            [REDIS, "--port", str(cls.redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", cls.redis_dir, "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        cls.a = cls.b = None
        try:
            cls.a = RedisStack(cls.redis_port, env={"CSD_JOB_WORKERS": "2"}).__enter__()
            cls.b = RedisStack(cls.redis_port, share_with=cls.a, env={"CSD_JOB_WORKERS": "2"}).__enter__()
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        for s in (cls.b, cls.a):
            if s is not None:
                s.__exit__(None, None, None)
        cls.redis.terminate()
        try:
            cls.redis.wait(10)
        except subprocess.TimeoutExpired:
            cls.redis.kill()
        shutil.rmtree(cls.redis_dir, ignore_errors=True)

    def subscribe(self, stack, channel, token):
        """nchan answers 503 until its Redis connection is up: retry."""
        deadline = time.monotonic() + 20
        while True:
            try:
                return stack.ws(channel, token=token)
            except WsHandshakeError as e:
                if e.status != 503 or time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def test_event_published_through_one_host_reaches_a_subscriber_of_the_other(self):
        ws = self.subscribe(self.b, "inbox", self.a.admin_token)
        try:
            status, body = self.a.request("POST", "/support-emails", token=self.a.admin_token,
                                          json={"email": "scale@katyayani.example", "display_name": "Scale"})
            self.assertEqual(status, 201, body)
            deadline = time.monotonic() + 15
            got = None
            while time.monotonic() < deadline and got is None:
                msg = ws.recv_json(timeout=1)
                if msg and msg.get("event") == "support_email.created":
                    got = msg
            self.assertIsNotNone(got, "event from csd A never reached nginx B's subscriber")
            self.assertEqual(got["data"]["email"], "scale@katyayani.example")
        finally:
            ws.close()
        # The other way round, straight through B's publisher.
        ws = self.subscribe(self.a, "emails", self.a.agent_token)
        try:
            # 201: B's nginx has subscribers; 202: queued, none of its own.
            # Published again each second until it arrives: A's subscription
            # reaches Redis a moment after the handshake (slow under ASan).
            msg = None
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and (msg is None or msg.get("event") != "via.b"):
                self.assertIn(self.b.publish("emails", {"event": "via.b", "data": {}}), (201, 202))
                msg = ws.recv_json(timeout=1)
            self.assertEqual(msg, {"event": "via.b", "data": {}})
        finally:
            ws.close()

    def test_jobs_are_claimed_once_across_both_hosts(self):
        n = 60
        ids = [r[0] for r in self.a.sql(
            "SELECT enqueue_job('selftest', jsonb_build_object('sleep_ms', 30), 0, 8, NULL)"
            " FROM generate_series(1, %s)", (n,))]
        self.assertEqual(len(ids), n)
        done = self.a.wait_for(lambda: self.a.sql(
            "SELECT count(*) FROM jobs WHERE id = ANY(%s::bigint[]) AND state = 'done'",
            ("{%s}" % ",".join(ids),))[0][0] == str(n), timeout=60)
        self.assertTrue(done, "not every job finished")
        attempts = self.a.sql("SELECT max(attempts) FROM jobs WHERE id = ANY(%s::bigint[])",
                              ("{%s}" % ",".join(ids),))[0][0]
        self.assertEqual(attempts, "1")
        ran = {}
        for name, s in (("a", self.a), ("b", self.b)):
            for m in re.finditer(r'msg="job finished" job_id=(\d+) kind=selftest', s.log_text()):
                if m.group(1) in ids:
                    ran.setdefault(m.group(1), []).append(name)
        self.assertEqual(sorted(ran), sorted(ids))
        self.assertTrue(all(len(v) == 1 for v in ran.values()), "a job ran twice: %r" %
                        {k: v for k, v in ran.items() if len(v) > 1})
        hosts = {v[0] for v in ran.values()}
        self.assertEqual(hosts, {"a", "b"}, "both csd should have claimed jobs")


if __name__ == "__main__":
    unittest.main()
