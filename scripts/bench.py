#!/usr/bin/env python3
"""bench.py — `make bench`: csd's speed and memory next to this machine's
own limits, measured in one run (README "Performance"). Prints figures and ratios;
asserts nothing (benchmarks are not tests).

Limits measured here:
  * nginx (the same template csd uses) + a trivial libfcgi responder, 2 processes
  * pgbench running only the /emails page query, and pgbench -N (small writes)
Project figures:
  * GET /emails?limit=50 (1M rows unless BENCH_ROWS says otherwise)
  * a verified Pub/Sub push acknowledged (OIDC token checked, notification
    and job committed), with p99, with 4 and 16 request workers, each plain
    and with group commit (commit_delay), next to pgbench -N under the same
    settings, and how many notifications shared each WAL flush
  * push -> WebSocket `email.created` latency (fake Gmail on loopback)
  * memory of the whole csd (master and every worker): RSS and PSS
  * a signed Interakt webhook acknowledged (HMAC checked, event and job
    committed), with p99, and inbound WhatsApp line -> WebSocket
    `message.created` latency (whatsapp)
The seed stack (NestJS) cannot run here; its published figures are
printed as the reference the targets are written against.

Inbox (bench_inbox, its own stack on the same Postgres):
  * 1M conversations and 3M messages (BENCH_CONVERSATIONS; generate_series)
  * GET /conversations: the default view, assignee=me and team=, each next
    to pgbench running the same SQL (target >= 40 %, p99 < 20 ms); a `q`
    text search, rare and common words (p99 < 50 ms); /conversations/counts
    (p99 < 10 ms)

Environment: BENCH_SECONDS (default 10), BENCH_ROWS (default 1000000), BENCH_PUSH_WORKERS (default 4),
BENCH_PUSH_EXTRA_WORKERS (default 16: the push again with that many request workers; 0: not),
BENCH_PUSH_ROUNDS (default 2),
BENCH_EVENTS (default 100), BENCH_CONVERSATIONS (default 1000000), BENCH_ONLY (inbox: only the inbox
figures; push: only the push acknowledgement with its group-commit runs), BENCH_GROUP_COMMIT
("commit_delay_us:commit_siblings,...", default GROUP_COMMIT_DEFAULT), BUILD (default build).
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path[:0] = [os.path.join(REPO, "tests", "integration"), os.path.join(REPO, "tests", "fakes")]

import harness  # noqa: E402
from harness import Stack  # noqa: E402
from fakeGoogle import start_fake_google  # noqa: E402
from fakeInterakt import message_received, sign  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
ROWS = int(os.environ.get("BENCH_ROWS", "1000000"))
EVENTS = int(os.environ.get("BENCH_EVENTS", "100"))
BUILD = os.path.join(REPO, os.environ.get("BUILD", "build"))

SEED = {"emails_rps": 3200.0, "push_rps": 5900.0, "rss_mb": 360.0}
DESIGN_LIMITS = {"trivial_rps": 28000.0, "pg_page_tps": 21000.0, "pg_write_tps": 9000.0}

results = []


def say(name, value, unit, note=""):
    results.append((name, value, unit, note))
    if isinstance(value, float):
        v = ("%.2f" % value) if unit == "x" else ("%.1f" % value)
    else:
        v = str(value)
    print("  %-46s %12s %-7s %s" % (name, v, unit, note), flush=True)


def parse_duration_ms(s):
    m = re.match(r"([\d.]+)(us|ms|s|m)", s)
    if not m:
        return float("nan")
    v = float(m.group(1))
    return {"us": v / 1000, "ms": v, "s": v * 1000, "m": v * 60000}[m.group(2)]


def wrk(url, headers=(), script=None, threads=2, conns=64, seconds=SECONDS):
    cmd = ["wrk", "-t%d" % threads, "-c%d" % conns, "-d%ds" % seconds, "--latency"]
    for h in headers:
        cmd += ["-H", h]
    if script:
        cmd += ["-s", script]
    cmd.append(url)
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    lat = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)", out, re.M))
    mx = re.search(r"Latency\s+\S+\s+\S+\s+(\S+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    total = re.search(r"(\d+) requests in", out)
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "p50": parse_duration_ms(lat.get("50", "nan")),
        "p99": parse_duration_ms(lat.get("99", "nan")),
        "max": parse_duration_ms(mx.group(1)) if mx else float("nan"),
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "total": int(total.group(1)) if total else 0,
        "raw": out,
    }


def start_nginx_for(socket_path, tmp):
    """nginx from the same template csd runs behind, pointed at socket_path."""
    var = os.path.join(tmp, "nginx.run")
    os.makedirs(os.path.join(var, "tmp"), exist_ok=True)
    port, pub = harness.free_port(), harness.free_port()
    with open(os.path.join(REPO, "nginx", "csd.conf.template"), encoding="utf-8") as f:
        conf = f.read()
    for k, v in {"@USER_LINE@": "user root;" if harness.IS_ROOT else "", "@VAR@": var,
                 "@PORT@": str(port), "@PUB_PORT@": str(pub), "@SOCKET@": socket_path,
                 "@STATIC@": os.path.join(REPO, "nginx", "static"),
                 "@NGINX_DIR@": os.path.join(REPO, "nginx"), "@NCHAN_MODULE@": harness.NCHAN_MODULE,
                 "@MAX_BODY@": "1114112", "@WS_MAX_SECONDS@": "55",
                 "@MEDIA_DIR@": os.path.join(tmp, "media")}.items():
        conf = conf.replace(k, v)
    path = os.path.join(var, "nginx.conf")
    with open(path, "w") as f:
        f.write(conf)
    proc = subprocess.Popen(["nginx", "-p", var, "-c", path, "-e", os.path.join(var, "error.log"),
                             "-g", "daemon off;"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not harness._port_open(port):
        time.sleep(0.05)
    return proc, port


def bench_trivial():
    print("\n[limit] nginx + trivial libfcgi responder (2 processes)", flush=True)
    tmp = tempfile.mkdtemp(prefix="csdBench")
    os.chmod(tmp, 0o755)
    binary = os.path.join(BUILD, "bench", "trivialResponder")
    os.makedirs(os.path.dirname(binary), exist_ok=True)
    subprocess.run(["cc", "-O2", "-o", binary, os.path.join(REPO, "tests", "bench", "trivialResponder.c"),
                    "-lfcgi"], check=True)
    sock = os.path.join(tmp, "trivial.sock")
    resp = subprocess.Popen([binary, sock, "2"], start_new_session=True)
    while not os.path.exists(sock):
        time.sleep(0.02)
    os.chmod(sock, 0o666)
    nginx, port = start_nginx_for(sock, tmp)
    try:
        r = wrk("http://127.0.0.1:%d/trivial" % port)
        say("trivial responder", r["rps"], "req/s", "p99 %.2f ms (design figure ~%d)" % (r["p99"], DESIGN_LIMITS["trivial_rps"]))
        return r["rps"]
    finally:
        for p in (nginx, resp):
            os.killpg(p.pid, 15)
            p.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def pgbench(url, args, seconds=SECONDS):
    out = subprocess.run(["pgbench"] + args + ["-T", str(seconds), url], capture_output=True, text=True,
                         timeout=seconds + 120)
    m = re.search(r"tps = ([\d.]+)", out.stdout)
    if not m:
        print(out.stdout[-500:], out.stderr[-1000:])
    return float(m.group(1)) if m else 0.0


def rss_pss(pids):
    rss = pss = 0
    for pid in pids:
        try:
            with open("/proc/%d/smaps_rollup" % pid) as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss / 1024.0, pss / 1024.0


def start_durable_postgres():
    """A cluster with fsync and synchronous commit ON (the test clusters turn
    them off): acknowledged pushes are durable in production, so measure
    that. pgbench runs on the same cluster, so the ratios stay fair."""
    d = tempfile.mkdtemp(prefix="csdBenchPg")
    os.chmod(d, 0o755)
    env = dict(os.environ, PG_DIR=os.path.join(d, "pg"), PG_PORT=str(harness.free_port()), PG_FAST="0")
    p = subprocess.run([os.path.join(REPO, "scripts", "pgLocal.sh"), "start"], env=env, capture_output=True,
                       text=True, timeout=120)
    if p.returncode != 0:
        raise RuntimeError("could not start PostgreSQL: %s" % p.stderr)

    def stop():
        subprocess.run([os.path.join(REPO, "scripts", "pgLocal.sh"), "stop"], env=env, capture_output=True,
                       timeout=60)
        shutil.rmtree(d, ignore_errors=True)
    return p.stdout.strip().splitlines()[-1], stop


def group_commit_settings():
    """BENCH_GROUP_COMMIT: "delay_us:siblings,..." (default below). commit_delay
    only applies when at least commit_siblings *other* transactions are open,
    and csd has at most one open transaction per request worker, so siblings
    must stay below BENCH_PUSH_WORKERS to have any effect."""
    spec = os.environ.get("BENCH_GROUP_COMMIT", GROUP_COMMIT_DEFAULT)
    out = []
    for item in spec.split(","):
        if item.strip():
            d, _, sib = item.strip().partition(":")
            out.append((int(d), int(sib or "1")))
    return out


def set_commit(admin, delay_us, siblings):
    """Sets (or with None resets) commit_delay/commit_siblings cluster-wide."""
    if delay_us is None:
        harness.psql(admin, "ALTER SYSTEM RESET commit_delay")
        harness.psql(admin, "ALTER SYSTEM RESET commit_siblings")
    else:
        harness.psql(admin, "ALTER SYSTEM SET commit_delay = %d" % delay_us)
        harness.psql(admin, "ALTER SYSTEM SET commit_siblings = %d" % siblings)
    harness.psql(admin, "SELECT pg_reload_conf()")
    time.sleep(0.5)


def wal_syncs(admin):
    """WAL flushes (fdatasync) of the whole cluster so far (pg_stat_wal)."""
    return int(harness.psql(admin, "SELECT wal_sync FROM pg_stat_wal")[0][0])


def cpu_times():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return sum(v), v[3] + v[4]  # total, idle + iowait


def cpu_idle_since(before):
    total, idle = cpu_times()
    return 100.0 * (idle - before[1]) / max(1, total - before[0])


def bench_push_acks(google):
    """The push acknowledgement with BENCH_PUSH_WORKERS request workers
    (csd's default, 4), then with BENCH_PUSH_EXTRA_WORKERS (default 16; 0
    skips it): a commit can only share a WAL flush with commits in flight at
    the same time, and csd has one in flight per request worker."""
    bench_push_ack(google, int(os.environ.get("BENCH_PUSH_WORKERS", "4")), True)
    extra = int(os.environ.get("BENCH_PUSH_EXTRA_WORKERS", "16"))
    if extra > 0:
        bench_push_ack(google, extra, False)


def bench_push_ack(google, workers, first):
    """Verified push acknowledged (token checked, notification and job
    committed, 204), in a stack of its own with no job workers: the seed's
    figure is the acknowledgement alone, and sync jobs against the Python
    fake would otherwise share the two cores. Gmail sends at most one
    notification per second per mailbox, so the load spans 64 mailboxes.

    Then again with group commit (commit_delay/commit_siblings, set with
    ALTER SYSTEM and reset afterwards). Each push run is followed by
    pgbench -N (64 clients, the machine's small-write limit) under the same
    settings, so every ratio compares figures measured next to each other;
    BENCH_PUSH_ROUNDS rounds (default 2), settings interleaved, medians."""
    env = dict(google.env())
    env.update({"LOG_LEVEL": "warn", "CSD_MAX_REQUESTS": "1000000", "CSD_JOB_WORKERS": "0",
                "CSD_REQUEST_WORKERS": str(workers)})
    with Stack(env=env) as s:
        token = google.mint_push_token()
        boxes = ["box%02d@katyayani.example" % i for i in range(64)]
        for b in boxes:
            google.mailbox(b)
        s.sql("INSERT INTO support_emails (email) SELECT 'box' || lpad(g::text, 2, '0') || '@katyayani.example' "
              "FROM generate_series(0, 63) g")
        datas = ",".join('"%s"' % google.push_body(b, 1, "x")["message"]["data"] for b in boxes)

        def push_lua(tag):
            """A wrk script whose messageIds are new to this run (tag) and to
            each wrk thread (tid, a global set by setup()): every request is
            a first delivery that commits a row, not a redelivery."""
            path = os.path.join(s.tmp, "push-%s.lua" % tag)
            with open(path, "w") as f:
                f.write("""
local counter, n = 0, 0
local datas = {%s}
function setup(thread) n = n + 1; thread:set("tid", n) end
request = function()
  counter = counter + 1
  local data = datas[(counter %% #datas) + 1]
  local body = '{"message":{"data":"' .. data .. '","messageId":"%s-' .. tid .. '-' .. counter .. '"},"subscription":"projects/p/subscriptions/s"}'
  return wrk.format("POST", "/webhooks/gmail", {["Content-Type"]="application/json", ["Authorization"]="Bearer %s"}, body)
end
""" % (datas, tag, token))
            return path

        def push_run(tag):
            n0 = int(s.sql("SELECT count(*) FROM gmail_notifications")[0][0])
            syncs, cpu = wal_syncs(admin), cpu_times()
            r = wrk(s.base_url + "/webhooks/gmail", script=push_lua(tag))
            r["idle"] = cpu_idle_since(cpu)
            # A backend publishes its last second of WAL counters only after
            # 10 s idle (PGSTAT_IDLE_INTERVAL): wait for csd's to do so.
            time.sleep(11)
            r["rows"] = int(s.sql("SELECT count(*) FROM gmail_notifications")[0][0]) - n0
            r["per_sync"] = r["rows"] / max(1, wal_syncs(admin) - syncs)
            return r

        # pgbench's tables in the push stack's own database (dropped with it).
        init = subprocess.run(["pgbench", "-i", "-q", "-s", "1", s.db_url], capture_output=True, text=True)
        admin = harness._replace_db(os.environ["CS_TEST_PG_URL"], "postgres")
        settings = [None] + group_commit_settings()
        rounds = max(1, int(os.environ.get("BENCH_PUSH_ROUNDS", "2")))
        runs = {st: [] for st in settings}  # setting -> [(wrk result, pgbench -N tps)] per round
        try:
            wrk(s.base_url + "/webhooks/gmail", script=push_lua("warm"), seconds=3)  # connections, WAL files
            for rnd in range(rounds):
                # Odd rounds run the settings in reverse order, so a machine
                # that gets busier or quieter during the run favours none.
                for st in (settings if rnd % 2 == 0 else settings[::-1]):
                    set_commit(admin, *(st or (None, None)))
                    # pgbench first: its backends publish their counters as they exit.
                    w = pgbench(s.db_url, ["-N", "-c", "64", "-j", "2"]) if init.returncode == 0 else 0.0
                    r = push_run("r%d-%s" % (rnd, "%d-%d" % st if st else "plain"))
                    runs[st].append((r, w))
        finally:
            set_commit(admin, None, None)
        stored = int(s.sql("SELECT count(*) FROM gmail_notifications")[0][0])
        jobs = int(s.sql("SELECT count(*) FROM jobs WHERE kind = 'gmail_sync'")[0][0])

        def med(xs):
            return statistics.median(xs) if xs else 0.0

        def summary(st):
            rs = runs[st]
            rps = [r["rps"] for r, _ in rs]
            return {"rps": med(rps), "lo": min(rps), "hi": max(rps), "p50": med([r["p50"] for r, _ in rs]),
                    "p99": med([r["p99"] for r, _ in rs]), "non2xx": sum(r["non2xx"] for r, _ in rs),
                    "pg": med([w for _, w in rs]), "vs_pg": med([r["rps"] / w for r, w in rs if w]),
                    "per_sync": med([r["per_sync"] for r, _ in rs]), "idle": med([r["idle"] for r, _ in rs])}
        plain = summary(None)
        print("  %d request workers (median of %d rounds, settings interleaved; range in brackets)"
              % (workers, rounds), flush=True)
        say("verified push acknowledged (204), 64 mailboxes", plain["rps"], "req/s",
            "[%.0f-%.0f] p50 %.2f ms p99 %.2f ms, non-2xx %d, %d workers"
            % (plain["lo"], plain["hi"], plain["p50"], plain["p99"], plain["non2xx"], workers))
        if not PG_WRITE_TPS[0]:
            PG_WRITE_TPS[0] = plain["pg"]
        if first:
            PUSH_RPS[0] = plain["rps"]
        say("  vs seed stack unverified push (5,900; target >= 1.5x)", plain["rps"] / SEED["push_rps"], "x")
        say("  pgbench -N (64 clients) right after each run", plain["pg"], "tps")
        say("  vs pgbench -N", plain["vs_pg"], "x")
        say("  p99 (target < 20 ms)", plain["p99"], "ms")
        say("  notifications committed per WAL flush / idle CPU", plain["per_sync"], "rows",
            "/ %.0f %% idle" % plain["idle"])
        for st in settings[1:]:
            g = summary(st)
            say("group commit: commit_delay=%d us, commit_siblings=%d" % st, g["rps"], "req/s",
                "[%.0f-%.0f] p50 %.2f ms p99 %.2f ms, non-2xx %d"
                % (g["lo"], g["hi"], g["p50"], g["p99"], g["non2xx"]))
            say("  vs the plain run / vs seed's 5,900", g["rps"] / plain["rps"] if plain["rps"] else 0, "x",
                "/ %.2fx" % (g["rps"] / SEED["push_rps"]))
            say("  pgbench -N (64 clients), same settings", g["pg"], "tps")
            say("  vs pgbench -N", g["vs_pg"], "x")
            say("  notifications committed per WAL flush / idle CPU", g["per_sync"], "rows",
                "/ %.0f %% idle" % g["idle"])
        say("notifications stored / sync jobs queued", stored, "rows", "%d jobs (coalesced per mailbox)" % jobs)
        # Every request is a first delivery: the rows committed during the
        # measured runs match wrk's 204s (plus the few answered after wrk
        # stopped counting), none of them a redelivery that commits nothing.
        allr = [r for rs in runs.values() for r, _ in rs]
        say("  committed during the measured runs / 204s counted", sum(r["rows"] for r in allr), "rows",
            "/ %d" % sum(r["total"] - r["non2xx"] for r in allr))


PG_WRITE_TPS = [0.0]
# Group commit settings measured for the push acknowledgement
# ("commit_delay in microseconds:commit_siblings", BENCH_GROUP_COMMIT).
GROUP_COMMIT_DEFAULT = "100:1,1000:1"
PUSH_RPS = [0.0]


def bench_interakt():
    """whatsapp: a signed Interakt webhook acknowledged (HMAC-SHA256 of the
    raw body checked, event + job committed, 200) under wrk, in a stack
    with no job workers (the acknowledgement alone, as for the push); then
    an inbound line -> `message.created` on a WebSocket, one at a time, with
    the job worker running. wrk's Lua cannot sign, so the bodies are signed
    here beforehand; requests past them are redeliveries (still checked,
    parsed and answered 200, without a new row)."""
    secret = "bench-interakt-secret"
    nbodies = int(os.environ.get("BENCH_INTERAKT_BODIES", "20000"))
    env = {"LOG_LEVEL": "warn", "CSD_MAX_REQUESTS": "1000000", "CSD_JOB_WORKERS": "0",
           "CSD_REQUEST_WORKERS": os.environ.get("BENCH_PUSH_WORKERS", "4"), "INTERAKT_WEBHOOK_SECRET": secret}
    with Stack(env=env) as s:
        lua = os.path.join(s.tmp, "interakt.lua")
        with open(lua, "w") as f:
            f.write("local bodies = {\n")
            for i in range(nbodies):
                ev = message_received(phone="98%08d" % (i % 5000), text="mera order %d abhi tak nahi aaya" % i,
                                      msg_id="bench-%d" % i)
                body = json.dumps(ev, separators=(",", ":")).encode()
                f.write("{%s,%s},\n" % (json.dumps(body.decode()), json.dumps(sign(secret, body))))
            f.write("""}
local n, counter = 0, 0
function setup(thread) n = n + 1; thread:set("tid", n) end
function init(args) counter = tid * 7919 end
request = function()
  counter = counter + 1
  local b = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", "/webhooks/interakt", {["Content-Type"]="application/json", ["Interakt-Signature"]=b[2]}, b[1])
end
""")
        r = wrk(s.base_url + "/webhooks/interakt", script=lua)
        stored = int(s.sql("SELECT count(*) FROM interakt_events")[0][0])
        say("signed Interakt webhook acknowledged (200)", r["rps"], "req/s",
            "p50 %.2f ms p99 %.2f ms, non-2xx %d" % (r["p50"], r["p99"], r["non2xx"]))
        say("  events stored (the rest: redeliveries)", stored, "rows", "of %d signed bodies" % nbodies)
        say("  vs verified Pub/Sub push above", r["rps"] / PUSH_RPS[0] if PUSH_RPS[0] else 0, "x")
        say("  vs pgbench -N on the same Postgres", r["rps"] / PG_WRITE_TPS[0] if PG_WRITE_TPS[0] else 0, "x")
        say("  p99 (target < 20 ms)", r["p99"], "ms")

    env.update({"CSD_JOB_WORKERS": "1"})
    with Stack(env=env) as s:
        ws = s.ws("inbox", token=s.admin_token)
        lat = []
        for i in range(EVENTS):
            body = json.dumps(message_received(phone="9876543210", text="line %d" % i, msg_id="lat-%d" % i)).encode()
            t0 = time.monotonic()
            st = s.request("POST", "/webhooks/interakt", data=body,
                           headers={"Content-Type": "application/json", "Interakt-Signature": sign(secret, body)})[0]
            got = None
            while time.monotonic() - t0 < 10:
                ev = ws.recv_json(timeout=10)
                if ev and ev.get("event") == "message.created" and ev["data"].get("text") == "line %d" % i:
                    got = time.monotonic()
                    break
            if got and st == 200:
                lat.append((got - t0) * 1000)
        ws.close()
        if lat:
            lat.sort()
            say("WhatsApp line -> message.created p50", statistics.median(lat), "ms", "(target < 30 ms)")
            say("WhatsApp line -> message.created p99", lat[min(len(lat) - 1, int(len(lat) * 0.99))], "ms",
                "%d/%d events" % (len(lat), EVENTS))
        else:
            say("WhatsApp line -> message.created", 0, "events", "none arrived: see csd log")


def main():
    if not shutil.which("wrk") or not shutil.which("pgbench"):
        print("bench: wrk and pgbench are needed (apt-get install wrk postgresql-client)")
        return 1
    only = os.environ.get("BENCH_ONLY", "")
    if only not in ("", "inbox", "push"):
        print("bench: BENCH_ONLY is inbox or push")
        return 2
    print("make bench — %d s per load, wrk -t2 -c64, %d cores, rows=%d" % (SECONDS, os.cpu_count(), ROWS))
    trivial_rps = bench_trivial() if not only else 0.0
    url, stop_pg = start_durable_postgres()
    os.environ["CS_TEST_PG_URL"] = url
    try:
        if only == "push":
            return run_push_only()
        if only != "inbox":
            run_stack_benches(trivial_rps)
        return bench_inbox()
    finally:
        stop_pg()


def run_push_only():
    """BENCH_ONLY=push: the push acknowledgement and its group-commit runs,
    without the 1M-row seeding the rest of the bench needs."""
    google = start_fake_google()
    try:
        print("\n[csd] Pub/Sub push acknowledgement", flush=True)
        bench_push_acks(google)
    finally:
        google.stop()
    print("\nbench: done (figures only; nothing asserted)")
    return 0


def run_stack_benches(trivial_rps):

    google = start_fake_google()
    env = dict(google.env())
    env.update({"LOG_LEVEL": "warn", "CSD_MAX_REQUESTS": "1000000", "JOB_BACKOFF_BASE_MS": "50",
                "CSD_REQUEST_WORKERS": "4"})
    with Stack(env=env) as s:
        mailbox = "support@katyayani.example"
        google.mailbox(mailbox)
        st, body = s.request("POST", "/support-emails", token=s.admin_token, json={"email": mailbox})
        mid = body["id"] if isinstance(body, dict) and "id" in body else s.sql(
            "SELECT id FROM support_emails WHERE email = %s", (mailbox,))[0][0]

        # --- database limits ------------------------------------------------
        print("\n[limit] pgbench on this machine's Postgres", flush=True)
        print("  seeding %d emails ..." % ROWS, flush=True)
        t0 = time.monotonic()
        s.sql("INSERT INTO emails (support_email_id, mailbox, gmail_message_id, gmail_thread_id, from_address, "
              "subject, snippet, created_at) SELECT %s, %s, 'bench' || g, 'bench' || (g / 3), "
              "'farmer' || (g %% 5000) || '@example.com', 'Order ' || g || ' not delivered', "
              "'mera order abhi tak nahi aaya', now() - (g || ' seconds')::interval "
              "FROM generate_series(1, " + str(int(ROWS)) + ") g", (mid, mailbox))
        s.sql("ANALYZE emails")
        print("  seeded in %.1f s" % (time.monotonic() - t0), flush=True)
        qfile = os.path.join(s.tmp, "page.sql")
        with open(qfile, "w") as f:
            f.write("SELECT id, subject, created_at FROM emails ORDER BY created_at DESC, id DESC LIMIT 51;\n")
        os.chmod(s.tmp, 0o755)
        os.chmod(qfile, 0o644)
        page_tps = pgbench(s.db_url, ["-n", "-c", "64", "-j", "2", "-f", qfile])
        say("pgbench /emails page query", page_tps, "tps", "(design figure ~%d)" % DESIGN_LIMITS["pg_page_tps"])
        init = subprocess.run(["pgbench", "-i", "-q", "-s", "1", s.db_url], capture_output=True, text=True)
        write_tps = pgbench(s.db_url, ["-N", "-c", "64", "-j", "2"]) if init.returncode == 0 else 0.0
        PG_WRITE_TPS[0] = write_tps
        say("pgbench -N (small writes)", write_tps, "tps", "(design figure ~%d)" % DESIGN_LIMITS["pg_write_tps"])

        # --- GET /emails ------------------------------------------------------
        print("\n[csd] REST", flush=True)
        r = wrk(s.base_url + "/emails?limit=50", headers=["Authorization: Bearer " + s.admin_token])
        say("GET /emails?limit=50", r["rps"], "req/s",
            "p50 %.2f ms p99 %.2f ms, non-2xx %d" % (r["p50"], r["p99"], r["non2xx"]))
        say("  vs trivial responder", r["rps"] / trivial_rps if trivial_rps else 0, "x")
        say("  vs pgbench page query", r["rps"] / page_tps if page_tps else 0, "x")
        say("  vs seed stack (3,200 req/s; target >= 3x)", r["rps"] / SEED["emails_rps"], "x")

        # --- push -> WebSocket ---------------------------------------------------
        print("\n[csd] push -> WebSocket email.created (%d messages, one at a time)" % EVENTS, flush=True)
        token = google.mint_push_token()
        ws = s.ws("emails", token=s.admin_token)
        lat = []
        raw = ("From: Ramesh <ramesh@example.com>\r\nTo: %s\r\nSubject: Order %%d\r\n"
               "Message-ID: <m%%d@example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
               "mera order abhi tak nahi aaya\r\n" % mailbox)
        for i in range(EVENTS):
            _, _, hid = google.add_message(raw % (i, i), user=mailbox)
            t0 = time.monotonic()
            st = s.request("POST", "/webhooks/gmail", data=json.dumps(google.push_body(mailbox, hid, "lat%d" % i)),
                           headers={"Content-Type": "application/json", "Authorization": "Bearer " + token})[0]
            got = None
            while time.monotonic() - t0 < 10:
                ev = ws.recv_json(timeout=10)
                if ev and ev.get("event") == "email.created":
                    got = time.monotonic()
                    break
            if got and st == 204:
                lat.append((got - t0) * 1000)
        ws.close()
        if lat:
            lat.sort()
            p50 = statistics.median(lat)
            p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
            say("push -> email.created p50", p50, "ms", "(target < 30 ms)")
            say("push -> email.created p99", p99, "ms", "(target < 150 ms), %d/%d events" % (len(lat), EVENTS))
        else:
            say("push -> email.created", 0, "events", "none arrived: see csd log")

        # --- memory ---------------------------------------------------------------
        pids = s.csd_pids()
        allp = [pids["master"]] + pids["request"] + pids["job"] + pids["scheduler"] + pids["other"]
        rss, pss = rss_pss([p for p in allp if p])
        print("\n[csd] memory after the load (%d processes)" % len([p for p in allp if p]), flush=True)
        say("csd RSS (sum, shared pages counted per process)", rss, "MB")
        say("csd PSS (proportional, the honest total)", pss, "MB", "(target < 40 MB; seed ~360 MB RSS)")
    print("\n[csd] Pub/Sub push acknowledgement", flush=True)
    bench_push_acks(google)
    google.stop()
    print("\n[csd] WhatsApp (Interakt) webhook", flush=True)
    bench_interakt()
    return 0


# --- inbox (GET /conversations) ----------------------------------------------------
CONVERSATIONS = int(os.environ.get("BENCH_CONVERSATIONS", "1000000"))

# The SQL GET /conversations runs (CONVERSATION_ITEM_SQL in lib/inbox/conversations.c and the
# WHERE of fcgi/handlers/inbox/conversationQuery.c), for pgbench to run the same query.
ISO = "to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
ITEM_SQL = (
    "SELECT c.id, c.channel, c.status, c.priority, c.team, c.suggested_team, c.summary, c.language,"
    " c.sentiment, c.subject, c.customer_id, cu.name,"
    " (SELECT value FROM customer_identities i WHERE i.customer_id = c.customer_id AND i.kind = 'email'"
    "   ORDER BY i.id LIMIT 1),"
    " (SELECT value FROM customer_identities i WHERE i.customer_id = c.customer_id AND i.kind = 'phone'"
    "   ORDER BY i.id LIMIT 1),"
    " c.assignee_id, ag.name, " + ISO % "c.last_message_at" + ", c.last_message_preview, c.message_count,"
    " " + ISO % "c.created_at" + ", " + ISO % "c.first_response_at" + ", " + ISO % "c.resolved_at" + ","
    " c.triage_confidence, c.triage_provider, " + ISO % "c.updated_at" + ", c.needs_team,"
    " " + ISO % "c.last_inbound_at" +
    " FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id"
    " LEFT JOIN agents ag ON ag.id = c.assignee_id")
ORDER = " ORDER BY c.last_message_at DESC, c.id DESC LIMIT 26"


def seed_inbox(s, n):
    """n conversations (5 % open, 3 % pending, the rest resolved), 3 messages
    each, 50 agents, n/5 customers: generate_series, indexes built after."""
    teams = "ARRAY['finance','support','dispatch','sales','technical','returns_refunds','general']"
    subjects = ("ARRAY['Order %s not delivered','Payment debited twice for %s','खाद की डिलीवरी %s कब होगी',"
                "'Dealership enquiry %s','Neem oil dosage for %s','Bottle leaking, order %s','Thank you %s']")
    texts = ("ARRAY['mera order abhi tak nahi aaya, tracking update nahi hua','payment do baar kat gaya refund chahiye',"
             "'खाद की बोरी फटी हुई आई है, बदल दीजिए','distributor banna hai price list bhejiye',"
             "'tamatar mein keede lag gaye, kaunsi dawai daalein','bottle leak ho gayi thi replacement chahiye',"
             "'thank you, product accha hai']")
    t0 = time.monotonic()

    def big(s, q):  # bulk statements outlive the harness's 60 s psql timeout
        return harness.psql(s.db_url, q, timeout=3600)
    big(s, "INSERT INTO agents (name, email, role, teams, capacity) SELECT 'Agent ' || g, 'agent' || g ||"
          " '@bench.example', 'agent', ARRAY[(" + teams + ")[1 + g % 7]], 1000000 FROM generate_series(1, 50) g")
    big(s, "INSERT INTO customers (name) SELECT 'Farmer ' || g FROM generate_series(1, %d) g" % (n // 5))
    big(s, "INSERT INTO customer_identities (customer_id, kind, value) SELECT id, 'email', 'farmer' || id ||"
          " '@example.com' FROM customers")
    big(s, "DROP INDEX conversations_search_trgm")
    big(s, "ALTER TABLE conversations DISABLE TRIGGER USER")
    big(s, "INSERT INTO conversations (customer_id, channel, subject, status, team, suggested_team, summary,"
          " priority, assignee_id, last_message_at, created_at, last_inbound_at, search_text,"
          " last_message_preview, message_count, resolved_at)"
          " SELECT 1 + g %% %d, (ARRAY['email','chat','call'])[1 + g %% 3],"
          "  format((%s)[1 + g %% 7], 'KO-' || g),"
          "  CASE WHEN g %% 100 < 5 THEN 'open' WHEN g %% 100 < 8 THEN 'pending' ELSE 'resolved' END,"
          "  (%s)[1 + g %% 7], (%s)[1 + g %% 7], 'Customer asks about order KO-' || g,"
          "  (ARRAY['low','medium','high','urgent'])[1 + g %% 4],"
          "  CASE WHEN g %% 100 < 8 AND g %% 3 > 0 THEN (SELECT min(id) FROM agents) + g %% 50 END,"
          "  now() - g * interval '1 second', now() - g * interval '1 second' - interval '1 hour',"
          "  now() - g * interval '1 second', (%s)[1 + g %% 7] || ' ' || (%s)[1 + (g / 7) %% 7],"
          "  (%s)[1 + g %% 7], 3, CASE WHEN g %% 100 >= 8 THEN now() END"
          " FROM generate_series(1, %d) g" % (max(1, n // 5), subjects, teams, teams, texts, texts, texts, n))
    big(s, "ALTER TABLE conversations ENABLE TRIGGER USER")
    big(s, "INSERT INTO messages (conversation_id, channel, direction, kind, author_type, text, created_at)"
          " SELECT c.id, c.channel, CASE WHEN k = 2 THEN 'out' ELSE 'in' END, 'text',"
          "  CASE WHEN k = 2 THEN 'agent' ELSE 'customer' END, c.last_message_preview,"
          "  c.last_message_at - (3 - k) * interval '1 minute'"
          " FROM conversations c CROSS JOIN generate_series(1, 3) k")
    big(s, "CREATE INDEX conversations_search_trgm ON conversations"
          " USING gin (conversation_search_doc(subject, summary, search_text) gin_trgm_ops)")
    big(s, "VACUUM ANALYZE conversations")
    big(s, "ANALYZE messages")
    big(s, "ANALYZE customers")
    big(s, "ANALYZE customer_identities")
    print("  seeded %d conversations, %d messages in %.1f s" % (n, 3 * n, time.monotonic() - t0), flush=True)


def bench_inbox():
    print("\n[csd] inbox: GET /conversations over %d conversations" % CONVERSATIONS, flush=True)
    env = {"LOG_LEVEL": "warn", "CSD_MAX_REQUESTS": "1000000", "CSD_REQUEST_WORKERS": "4", "AUTO_ASSIGN": "off"}
    with Stack(env=env) as s:
        seed_inbox(s, CONVERSATIONS)
        me = int(s.sql("SELECT assignee_id FROM conversations WHERE status = 'open' AND assignee_id IS NOT NULL"
                       " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")[0][0])
        email = s.sql("SELECT email FROM agents WHERE id = %s", (me,))[0][0]
        tok = s.token_for(email, me, "agent")
        os.chmod(s.tmp, 0o755)
        views = [
            ("default view", "/conversations", ITEM_SQL + " WHERE c.status = 'open'" + ORDER),
            ("assignee=me", "/conversations?assignee=me",
             ITEM_SQL + " WHERE c.status = 'open' AND c.assignee_id = %d" % me + ORDER),
            ("team=dispatch", "/conversations?team=dispatch",
             ITEM_SQL + " WHERE c.status = 'open' AND c.team = 'dispatch'" + ORDER),
        ]
        for name, path, sql in views:
            qfile = os.path.join(s.tmp, "inbox%d.sql" % len(name))
            with open(qfile, "w") as f:
                f.write(sql + ";\n")
            os.chmod(qfile, 0o644)
            tps = pgbench(s.db_url, ["-n", "-c", "64", "-j", "2", "-f", qfile])
            r = wrk(s.base_url + path, headers=["Authorization: Bearer " + tok])
            say("GET %s" % path, r["rps"], "req/s", "p50 %.2f ms p99 %.2f ms (target < 20 ms), non-2xx %d"
                % (r["p50"], r["p99"], r["non2xx"]))
            say("  pgbench, the same query (%s)" % name, tps, "tps")
            say("  vs pgbench (target >= 0.40)", r["rps"] / tps if tps else 0, "x")
        for name, path in (("q, a rare word", "/conversations?status=all&q=KO-424242"),
                           ("q, a common Hinglish word", "/conversations?q=dawai"),
                           ("q, Devanagari", "/conversations?status=all&q=%E0%A4%96%E0%A4%BE%E0%A4%A6")):
            r = wrk(s.base_url + path, headers=["Authorization: Bearer " + tok])
            say("GET /conversations %s" % name, r["rps"], "req/s", "p50 %.2f ms p99 %.2f ms (target < 50 ms),"
                " non-2xx %d" % (r["p50"], r["p99"], r["non2xx"]))
        r = wrk(s.base_url + "/conversations/counts", headers=["Authorization: Bearer " + tok])
        say("GET /conversations/counts", r["rps"], "req/s", "p50 %.2f ms p99 %.2f ms (target < 10 ms), non-2xx %d"
            % (r["p50"], r["p99"], r["non2xx"]))
    print("\nbench: done (figures only; nothing asserted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
