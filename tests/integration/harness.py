"""harness.py — the real stack for integration tests: Postgres, csd, nginx+nchan.

    from harness import Stack
    with Stack(env={...}) as s:        # fresh database + csd + nginx on free ports
        status, body = s.request("GET", "/emails", token=s.admin_token)
        ws = s.ws("inbox", token=s.admin_token); ws.recv_json(timeout=5)
        s.sql("SELECT ... WHERE id = %s", (1,)); s.csctl("agent", "list")
        s.csd_pids(); s.log_text()

One Postgres cluster serves the whole test run: the one at CS_TEST_PG_URL
(started by scripts/runTests.sh), or one this module starts in a temporary
directory (and stops at exit). Each Stack gets its own database (migrated
with `csctl migrate`), its own csd (socket, log, .env-free working
directory) and its own nginx rendered from nginx/csd.conf.template on free
loopback ports. Everything is torn down on exit, also when a test fails or
the process gets SIGTERM (runTests.sh's timeout).

Environment: BUILD (default "build": where csd and csctl are),
CS_TEST_PG_URL, CS_TEST_START_TIMEOUT (seconds, default 30; 90 when
CS_SANITIZED=1), CS_TEST_KEEP=1 (keep each stack's directory: logs,
rendered nginx.conf).

s.sql() substitutes %s with quoted literals (like a DB-API driver): write
%% for a literal percent sign when passing parameters.
"""

import atexit
import base64
import csv
import hashlib
import hmac
import http.client
import io
import itertools
import json as jsonlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

from wsClient import WsClient, WsHandshakeError  # noqa: F401  (re-exported)

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BUILD = os.path.join(REPO, os.environ.get("BUILD", "build"))
CSD = os.path.join(BUILD, "csd")
# csd plus the test-only routes and job kinds (tests/csdTest/testRegistry.h):
# Stack(test_build=True) runs it.
CSD_TEST = os.path.join(BUILD, "csdTest")
CSCTL = os.path.join(BUILD, "csctl")
NCHAN_MODULE = "/usr/lib/nginx/modules/ngx_nchan_module.so"
IS_ROOT = os.geteuid() == 0
START_TIMEOUT = float(os.environ.get("CS_TEST_START_TIMEOUT",
                                     "90" if os.environ.get("CS_SANITIZED") == "1" else "30"))
# An address where nothing listens: outside services default to it so that a
# test can never reach the internet by accident (tests pass fakes' URLs).
DEAD_URL = "http://127.0.0.1:9"
ADMIN_EMAIL = "admin@example.com"
AGENT_EMAIL = "agent@example.com"
_NULL = "<NULL:7f3a9c>"

# --- process-wide cleanup -------------------------------------------------

_live_stacks = []


def _on_sigterm(signum, frame):
    # Turn runTests.sh's timeout (SIGTERM) into a normal exit so that
    # `with Stack()` blocks and atexit handlers tear everything down.
    raise SystemExit(128 + signum)


if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
    signal.signal(signal.SIGTERM, _on_sigterm)


@atexit.register
def _close_all():
    for s in list(_live_stacks):
        s.close()


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_open(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _config_names():
    """Every variable of csd's config table (lib/config.c): none of them may
    leak from the developer's environment into a test stack."""
    try:
        with open(os.path.join(REPO, "lib", "core", "config.c"), encoding="utf-8") as f:
            return set(re.findall(r'\{\s*"([A-Z][A-Z0-9_]*)"\s*,\s*CONF_', f.read()))
    except OSError:
        return set()


def sql_literal(v):
    """A value as SQL literal text (standard_conforming_strings is on)."""
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, (dict, list)):
        v = jsonlib.dumps(v)
    if isinstance(v, bytes):
        return "'\\x%s'::bytea" % v.hex()
    s = str(v)
    if "\x00" in s:
        raise ValueError("NUL bytes cannot travel in SQL text")
    return "'" + s.replace("'", "''") + "'"


def psql(url, query, params=(), timeout=60):
    """Runs query (with %s placeholders) through psql against url. Returns a
    list of tuples of str (None for SQL NULL) from the last statement."""
    if params:
        query = query % tuple(sql_literal(p) for p in params)
    script = "\\pset null '%s'\n%s\n" % (_NULL, query.rstrip().rstrip(";") + ";")
    p = subprocess.run(["psql", "-X", "-q", "--csv", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", "-"],
                       input=script, capture_output=True, text=True, timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError("psql failed: %s\nquery: %s" % (p.stderr.strip(), query))
    rows = []
    for rec in csv.reader(io.StringIO(p.stdout)):
        rows.append(tuple(None if c == _NULL else c for c in rec))
    return rows


def _replace_db(url, dbname):
    scheme, rest = url.split("://", 1)
    hostpart, _, tail = rest.partition("/")
    query = ""
    if "?" in tail:
        query = "?" + tail.split("?", 1)[1]
    return "%s://%s/%s%s" % (scheme, hostpart, dbname, query)


# --- the shared Postgres cluster ------------------------------------------

_pg = {"url": None, "dir": None}


def pg_url():
    """URL of the run's cluster (database "csd"); starts one when needed."""
    if _pg["url"]:
        return _pg["url"]
    url = os.environ.get("CS_TEST_PG_URL")
    if not url:
        d = tempfile.mkdtemp(prefix="csdTestPg")
        if IS_ROOT:
            os.chmod(d, 0o755)  # the cluster's unprivileged user must reach it
        env = dict(os.environ, PG_DIR=os.path.join(d, "pg"), PG_PORT=str(free_port()), PG_FAST="1")
        p = subprocess.run([os.path.join(REPO, "scripts", "pgLocal.sh"), "start"], env=env,
                           capture_output=True, text=True, timeout=120)
        if p.returncode != 0:
            shutil.rmtree(d, ignore_errors=True)
            raise RuntimeError("could not start a test PostgreSQL: %s" % p.stderr)
        url = p.stdout.strip().splitlines()[-1]
        _pg["dir"] = d

        def stop():
            subprocess.run([os.path.join(REPO, "scripts", "pgLocal.sh"), "stop"], env=env,
                           capture_output=True, timeout=60)
            shutil.rmtree(d, ignore_errors=True)
        atexit.register(stop)
    _pg["url"] = url
    return url


# --- JWT (fallback when csctl cannot mint tokens) -------------------------

def _b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def mint_jwt(secret, claims):
    """HS256 JWT with the given claims (the same shape `csctl token` signs)."""
    header = _b64url(jsonlib.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _b64url(jsonlib.dumps(claims, separators=(",", ":")).encode())
    signing_input = (header + "." + payload).encode()
    sig = hmac.new(secret.encode(), signing_input, hashlib.sha256).digest()
    return header + "." + payload + "." + _b64url(sig)


# --- one stack --------------------------------------------------------------

_counter = itertools.count(1)


class Stack:
    """A fresh database + csd + nginx. Use as a context manager (or call
    start()/close()). `env` is extra csd environment (wins over defaults);
    test_build=True runs build/csdTest (the test-only routes and job kinds)."""

    def __init__(self, env=None, start_nginx=True, test_build=False):
        self.extra_env = dict(env or {})
        self.csd_bin = CSD_TEST if test_build else CSD
        self.start_nginx = start_nginx
        self.tmp = None
        self.dbname = None
        self.db_url = None
        self.csd_proc = None
        self.nginx_proc = None
        self.port = None
        self.pub_port = None
        self.base_url = None
        self.admin_token = self.agent_token = None
        self.admin_id = self.agent_id = None
        self.env = {}
        self._closed = False

    # context manager
    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()

    # --- setup ------------------------------------------------------------
    def start(self):
        _live_stacks.append(self)
        self.tmp = tempfile.mkdtemp(prefix="csdStack")
        os.chmod(self.tmp, 0o755)
        for name in ("sql", "tests", "nginx", "build", "scripts"):
            # csd and csctl run in tmp (so a developer's .env is never read),
            # but relative paths such as sql/ or build/triage.model still work.
            if os.path.exists(os.path.join(REPO, name)):
                os.symlink(os.path.join(REPO, name), os.path.join(self.tmp, name))
        os.makedirs(os.path.join(self.tmp, "nginx.run", "tmp"))

        self.dbname = "cs_t%d_%d_%s" % (os.getpid(), next(_counter), secrets.token_hex(3))
        admin_url = _replace_db(pg_url(), "postgres")
        psql(admin_url, 'CREATE DATABASE "%s"' % self.dbname)
        self.db_url = _replace_db(pg_url(), self.dbname)

        self.port, self.pub_port = free_port(), free_port()
        while self.pub_port == self.port:
            self.pub_port = free_port()
        self.base_url = "http://127.0.0.1:%d" % self.port
        self.socket_path = os.path.join(self.tmp, "csd.sock")
        self.log_path = os.path.join(self.tmp, "csd.log")
        self.env = self._build_env()

        p = self.csctl("migrate", "--dir", os.path.join(REPO, "sql"))
        if p.returncode != 0:
            raise RuntimeError("csctl migrate failed:\n%s%s" % (p.stdout, p.stderr))

        self.start_csd()
        if self.start_nginx:
            self._start_nginx()
        self._seed_agents()
        return self

    def _build_env(self):
        env = {k: v for k, v in os.environ.items() if k not in _config_names()}
        model = os.path.join(BUILD, "triage.model")
        env.update({
            "DATABASE_URL": self.db_url,
            "AUTH_JWT_SECRET": "test-secret-" + secrets.token_hex(16),
            "CSD_SOCKET": self.socket_path,
            "CSD_LOG_FILE": self.log_path,
            "LOG_LEVEL": "debug",
            "PORT": str(self.port),
            "NCHAN_PUBLISH_URL": "http://127.0.0.1:%d/pub" % self.pub_port,
            "CSD_REQUEST_WORKERS": "2",
            "CSD_JOB_WORKERS": "1",
            "GMAIL_API_BASE_URL": DEAD_URL,
            "GOOGLE_TOKEN_URL": DEAD_URL,
            "GOOGLE_JWKS_URL": DEAD_URL,
            "GEMINI_API_BASE_URL": DEAD_URL,
            "INTERAKT_API_BASE_URL": DEAD_URL,
            "TRIAGE_MODEL_FILE": model if os.path.exists(model) else os.path.join(REPO, "build", "triage.model"),
        })
        env.update({k: str(v) for k, v in self.extra_env.items()})
        return env

    def start_csd(self):
        """Starts csd (again, e.g. after stop_csd()) and waits for its socket."""
        with open(os.path.join(self.tmp, "csd.stderr"), "ab") as err:
            self.csd_proc = subprocess.Popen([self.csd_bin], cwd=self.tmp, env=self.env, stdin=subprocess.DEVNULL,
                                             stdout=err, stderr=err, start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.csd_proc.poll() is not None:
                raise RuntimeError("csd exited with status %s during start:\n%s"
                                   % (self.csd_proc.returncode, self.log_text()[-4000:]))
            if os.path.exists(self.socket_path):
                return
            time.sleep(0.05)
        raise RuntimeError("csd did not open %s within %ss:\n%s"
                           % (self.socket_path, START_TIMEOUT, self.log_text()[-4000:]))

    def stop_csd(self, timeout=30):
        """Graceful stop (SIGTERM to the master); SIGKILLs leftovers. Returns
        the master's exit status."""
        p, self.csd_proc = self.csd_proc, None
        if p is None:
            return None
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
            try:
                p.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        _kill_group(p.pid)
        if p.poll() is None:
            p.wait(10)
        return p.returncode

    def run_csd(self, env=None, timeout=20):
        """Runs a separate csd in the foreground with this stack's env plus
        `env` and returns the CompletedProcess (for start-up failures). The
        process group is killed if it outlives the timeout."""
        e = dict(self.env)
        e.update({k: str(v) for k, v in (env or {}).items()})
        e["CSD_SOCKET"] = os.path.join(self.tmp, "csd-once-%d.sock" % next(_counter))
        e["CSD_LOG_FILE"] = "-"
        p = subprocess.Popen([self.csd_bin], cwd=self.tmp, env=e, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGTERM)
            try:
                out, err = p.communicate(timeout=15)
            except subprocess.TimeoutExpired:
                _kill_group(p.pid)
                out, err = p.communicate()
        _kill_group(p.pid)
        return subprocess.CompletedProcess(p.args, p.returncode, out, err)

    def render_nginx(self, path):
        with open(os.path.join(REPO, "nginx", "csd.conf.template"), encoding="utf-8") as f:
            conf = f.read()
        max_body = int(self.env.get("CSD_MAX_BODY_BYTES", "1048576")) + 65536
        for k, v in {
            "@USER_LINE@": "user root;" if IS_ROOT else "",
            "@VAR@": os.path.join(self.tmp, "nginx.run"),
            "@PORT@": str(self.port),
            "@PUB_PORT@": str(self.pub_port),
            "@SOCKET@": self.socket_path,
            "@STATIC@": os.path.join(REPO, "nginx", "static"),
            "@NGINX_DIR@": os.path.join(REPO, "nginx"),
            "@NCHAN_MODULE@": NCHAN_MODULE,
            "@MAX_BODY@": str(max_body),
            # csd runs in tmp: a relative MEDIA_DIR is relative to it.
            "@MEDIA_DIR@": os.path.join(self.tmp, self.env.get("MEDIA_DIR", "var/media")),
        }.items():
            conf = conf.replace(k, v)
        with open(path, "w", encoding="utf-8") as f:
            f.write(conf)

    def _start_nginx(self):
        var = os.path.join(self.tmp, "nginx.run")
        conf = os.path.join(var, "nginx.conf")
        self.render_nginx(conf)
        with open(os.path.join(var, "nginx.stderr"), "wb") as err:
            self.nginx_proc = subprocess.Popen(
                ["nginx", "-p", var, "-c", conf, "-e", os.path.join(var, "error.log"), "-g", "daemon off;"],
                cwd=self.tmp, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                start_new_session=True)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.nginx_proc.poll() is not None:
                raise RuntimeError("nginx exited: %s" % self.nginx_log_text()[-3000:])
            if _port_open(self.port) and _port_open(self.pub_port):
                return
            time.sleep(0.05)
        raise RuntimeError("nginx did not listen on %d: %s" % (self.port, self.nginx_log_text()[-3000:]))

    def _seed_agents(self):
        ids = {}
        for name, email, role in (("Admin", ADMIN_EMAIL, "admin"), ("Agent", AGENT_EMAIL, "agent")):
            p = self.csctl("agent", "add", "--name", name, "--email", email, "--role", role)
            if p.returncode == 0:
                rows = self.sql("SELECT id FROM agents WHERE email = %s", (email,))
            elif "unknown command" in p.stderr:
                rows = self.sql("INSERT INTO agents (name, email, role) VALUES (%s, %s, %s) RETURNING id",
                                (name, email, role))
            else:
                raise RuntimeError("csctl agent add failed: %s%s" % (p.stdout, p.stderr))
            ids[role] = int(rows[0][0])
        self.admin_id, self.agent_id = ids["admin"], ids["agent"]
        self.admin_token = self.token_for(ADMIN_EMAIL, self.admin_id, "admin")
        self.agent_token = self.token_for(AGENT_EMAIL, self.agent_id, "agent")

    def token_for(self, email, agent_id=None, role="agent", ttl=12 * 3600):
        """A JWT for an existing agent: `csctl token`, or minted here with the
        stack's secret when csctl cannot."""
        p = self.csctl("token", "--email", email)
        if p.returncode == 0 and p.stdout.strip():
            return p.stdout.strip().splitlines()[-1].strip()
        if "unknown command" not in p.stderr:
            raise RuntimeError("csctl token failed: %s%s" % (p.stdout, p.stderr))
        now = int(time.time())
        return mint_jwt(self.env["AUTH_JWT_SECRET"],
                        {"sub": str(agent_id), "email": email, "role": role, "iat": now, "exp": now + ttl})

    # --- teardown -------------------------------------------------------------
    def close(self):
        if self._closed:
            return
        self._closed = True
        if self in _live_stacks:
            _live_stacks.remove(self)
        if self.nginx_proc is not None:
            p, self.nginx_proc = self.nginx_proc, None
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)  # fast shutdown
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    pass
            _kill_group(p.pid)
            if p.poll() is None:
                p.wait(5)
        try:
            self.stop_csd()
        except Exception as e:  # keep tearing down
            print("harness: stopping csd: %s" % e, file=sys.stderr)
        if self.dbname:
            try:
                psql(_replace_db(pg_url(), "postgres"), 'DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % self.dbname)
            except Exception as e:
                print("harness: dropping %s: %s" % (self.dbname, e), file=sys.stderr)
        if self.tmp and os.environ.get("CS_TEST_KEEP") != "1":
            shutil.rmtree(self.tmp, ignore_errors=True)

    # --- tools for tests --------------------------------------------------------
    def request_full(self, method, path, token=None, json=None, headers=None, data=None, timeout=30):
        """Like request(), but returns (status, headers dict lower-cased, body)."""
        h = {k: v for k, v in (headers or {}).items()}
        body = data
        if json is not None:
            body = jsonlib.dumps(json).encode()
            h.setdefault("Content-Type", "application/json")
        if isinstance(body, str):
            body = body.encode()
        if token:
            h["Authorization"] = "Bearer " + token
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=h)
            r = conn.getresponse()
            raw = r.read()
            rh = {k.lower(): v for k, v in r.getheaders()}
        finally:
            conn.close()
        ctype = rh.get("content-type", "")
        parsed = None
        if raw:
            parsed = raw
            if "json" in ctype:
                try:
                    parsed = jsonlib.loads(raw)
                except ValueError:
                    parsed = raw
        return r.status, rh, parsed

    def request(self, method, path, token=None, json=None, headers=None, data=None, timeout=30):
        """HTTP through nginx. Returns (status, body): parsed JSON, None when
        empty, raw bytes otherwise."""
        status, _, body = self.request_full(method, path, token, json, headers, data, timeout)
        return status, body

    def ws(self, channel, token=None, timeout=10):
        """WebSocket subscriber on /ws/<channel>?token=...; raises
        WsHandshakeError (with .status) when refused."""
        path = "/ws/%s" % channel
        if token is not None:
            path += "?token=%s" % token
        return WsClient.connect("127.0.0.1", self.port, path, timeout=timeout)

    def publish(self, channel, obj):
        """Publishes straight to nchan's loopback publisher (as csd does).
        Returns the HTTP status."""
        conn = http.client.HTTPConnection("127.0.0.1", self.pub_port, timeout=10)
        try:
            conn.request("POST", "/pub/%s" % channel, body=jsonlib.dumps(obj).encode(),
                         headers={"Content-Type": "application/json"})
            r = conn.getresponse()
            r.read()
            return r.status
        finally:
            conn.close()

    def sql(self, query, params=()):
        """Runs SQL in this stack's database; rows as tuples of str (None = NULL)."""
        return psql(self.db_url, query, params)

    def csctl(self, *args, env=None, input=None, timeout=120):
        """Runs build/csctl with this stack's environment (cwd: the stack's
        directory, where sql/, tests/ and build/ resolve to the repo's)."""
        e = dict(self.env)
        e.update({k: str(v) for k, v in (env or {}).items()})
        return subprocess.run([CSCTL] + [str(a) for a in args], cwd=self.tmp, env=e, input=input,
                              capture_output=True, text=True, timeout=timeout)

    def csd_pids(self):
        """{"master": pid, "request": [...], "job": [...], "scheduler": [...],
        "other": [...]} from the process tree, roles by /proc/<pid>/comm
        (csd-request, csd-job, csd-sched; see fcgi/processManager.h)."""
        out = {"master": None, "request": [], "job": [], "scheduler": [], "other": []}
        if self.csd_proc is None or self.csd_proc.poll() is not None:
            return out
        master = self.csd_proc.pid
        out["master"] = master
        for pid in _children(master):
            role = _proc_name(pid)
            if "request" in role:
                out["request"].append(pid)
            elif "job" in role:
                out["job"].append(pid)
            elif "sched" in role:
                out["scheduler"].append(pid)
            else:
                out["other"].append(pid)
        for k in ("request", "job", "scheduler", "other"):
            out[k].sort()
        return out

    def wait_for(self, predicate, timeout=10, interval=0.05):
        """Polls predicate() until it returns a truthy value (returned) or
        the timeout passes (returns the last value)."""
        deadline = time.monotonic() + timeout
        while True:
            v = predicate()
            if v or time.monotonic() >= deadline:
                return v
            time.sleep(interval)

    def log_text(self):
        """csd's log so far (the log file plus anything on its stderr)."""
        parts = []
        for name in (self.log_path if self.tmp else None, os.path.join(self.tmp or "", "csd.stderr")):
            if name and os.path.exists(name):
                with open(name, encoding="utf-8", errors="replace") as f:
                    parts.append(f.read())
        return "".join(parts)

    def nginx_log_text(self):
        p = os.path.join(self.tmp or "", "nginx.run", "error.log")
        s = os.path.join(self.tmp or "", "nginx.run", "nginx.stderr")
        out = ""
        for name in (p, s):
            if os.path.exists(name):
                with open(name, encoding="utf-8", errors="replace") as f:
                    out += f.read()
        return out


def _children(pid):
    kids = []
    try:
        for tid in os.listdir("/proc/%d/task" % pid):
            try:
                with open("/proc/%d/task/%s/children" % (pid, tid)) as f:
                    kids.extend(int(x) for x in f.read().split())
            except OSError:
                pass
    except OSError:
        pass
    if not kids:  # kernels without the children file
        p = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
        kids = [int(x) for x in p.stdout.split()]
    return kids


def _proc_name(pid):
    try:
        with open("/proc/%d/comm" % pid) as f:
            comm = f.read().strip()
        if comm.startswith("csd"):
            return comm
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _kill_group(pgid):
    """SIGKILL whatever is left in a process group we started."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
