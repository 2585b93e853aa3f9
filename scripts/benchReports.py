#!/usr/bin/env python3
"""benchReports.py — the dashboard at scale (issue 11), part of `make bench`.

Generates, with generate_series, BENCH_REPORT_CONVERSATIONS conversations
(default 1,000,000) over 400 IST days, five reporting events each (5M:
assigned, first_response, two replies, resolved), one triage run each and
20 agents; rebuilds the rollups (`csctl reports rebuild`, timed); then, for
every report and for a 30-day and a 366-day range, measures

  * the report through nginx + csd (GET /dashboard/<name>, sequential
    requests, p50 / p99), and
  * beside it, in the same run, the bare rollup query the report runs
    (pgbench -f, one client, per-transaction latencies from its log).

Targets (issue 11): every report p99 < 50 ms for 30 days, < 200 ms for 366.
Figures only; asserts nothing. Environment: BENCH_REPORT_CONVERSATIONS,
BENCH_REPORT_REQUESTS (default 100 per report and range).
"""

import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path[:0] = [os.path.join(REPO, "tests", "integration")]

from harness import Stack, psql  # noqa: E402

CONVERSATIONS = int(os.environ.get("BENCH_REPORT_CONVERSATIONS", "1000000"))
REQUESTS = int(os.environ.get("BENCH_REPORT_REQUESTS", "100"))
DAYS = 400
REPORTS = ("summary", "volume", "teams", "agents", "ai")
TARGET_MS = {30: 50.0, 366: 200.0}

# The rollup query each report runs (lib/reports/reports.c), parameters inlined.
BARE = {
    "summary": "SELECT kind, agent_id, n, hist_b::text, hist_n::text FROM report_source('{f}', '{t}',"
               " '{{first_response,resolved,missed_call}}');"
               " SELECT coalesce(sum(n), 0) FROM report_source('{f}', '{t}', '{{created}}');"
               " SELECT count(*), count(*) FILTER (WHERE assignee_id IS NULL) FROM conversations"
               " WHERE status = 'open';",
    "volume": "SELECT day::text, channel, sum(n) FROM report_source('{f}', '{t}', '{{created}}') GROUP BY 1, 2;",
    "teams": "SELECT team, suggested_team, sum(n) FROM report_source('{f}', '{t}', '{{created}}') GROUP BY 1, 2;",
    "agents": "SELECT kind, agent_id, n, hist_b::text, hist_n::text FROM report_source('{f}', '{t}',"
              " '{{assigned,resolved,reply,first_response}}');"
              " SELECT assignee_id, count(*) FROM conversations WHERE status = 'open'"
              " AND assignee_id IS NOT NULL GROUP BY 1;",
    "ai": "SELECT kind, provider, model, n, hist_b::text, hist_n::text FROM report_source('{f}', '{t}',"
          " '{{ai,ai_conversations}}');",
}

GENERATE = """
INSERT INTO agents (name, email) SELECT 'Bench agent ' || g, 'bench' || g || '@k.example'
FROM generate_series(1, 20) g;
CREATE TEMP TABLE bench_base AS SELECT min(id) AS a0 FROM agents WHERE email LIKE 'bench%%';
-- 400 IST days ending yesterday; 1 in 20 still open, 1 in 5 re-teamed by a human.
INSERT INTO conversations (channel, created_at, status, team, suggested_team, assignee_id)
SELECT (ARRAY['email', 'chat', 'call'])[1 + g %% 3],
       date_trunc('day', now() AT TIME ZONE 'Asia/Kolkata') AT TIME ZONE 'Asia/Kolkata'
         - interval '400 days' + (g::double precision / %(n)d) * interval '400 days',
       CASE WHEN g %% 20 = 0 THEN 'open' ELSE 'resolved' END,
       (ARRAY['finance','support','dispatch','sales','technical','returns_refunds','general'])[1 + g %% 7],
       (ARRAY['finance','support','dispatch','sales','technical','returns_refunds','general'])[1 + (g + (g %% 5 = 0)::int) %% 7],
       (SELECT a0 FROM bench_base) + g %% 20
FROM generate_series(0, %(n)d - 1) g;
"""

EVENTS = """
INSERT INTO reporting_events (name, conversation_id, agent_id, value_seconds, channel, team, occurred_at)
SELECT e.name, c.id, c.assignee_id, e.v, c.channel, c.team, c.created_at + make_interval(secs => coalesce(e.v, e.at))
FROM conversations c,
     LATERAL (VALUES ('assigned', NULL::double precision, 30.0),
                     ('first_response', 30 + (c.id * 7919 %% 7200)::double precision, 0),
                     ('reply', NULL, 60 + (c.id %% 3600)),
                     ('reply', NULL, 4000 + (c.id %% 3600)),
                     ('resolved', 600 + (c.id * 104729 %% 259200)::double precision, 0)) e(name, v, at)
WHERE c.id %% 5 = %(part)d;
"""

RUNS = """
INSERT INTO triage_runs (conversation_id, provider, model, prompt_tokens, output_tokens, latency_ms, outcome, created_at)
SELECT c.id, CASE WHEN c.id %% 10 = 0 THEN 'local' ELSE 'gemini' END,
       CASE WHEN c.id %% 10 = 0 THEN 'nb' ELSE 'gemini-3.1-flash-lite' END,
       CASE WHEN c.id %% 10 = 0 THEN NULL ELSE 400 + c.id %% 800 END,
       CASE WHEN c.id %% 10 = 0 THEN NULL ELSE 60 + c.id %% 40 END,
       CASE WHEN c.id %% 10 = 0 THEN 2 + c.id %% 5 ELSE 300 + c.id * 31 %% 2000 END,
       CASE WHEN c.id %% 10 = 0 THEN 'fallback' ELSE 'ok' END,
       c.created_at + interval '20 seconds'
FROM conversations c;
"""


def percentile(values, p):
    v = sorted(values)
    if not v:
        return float("nan")
    k = (len(v) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def pgbench_latencies(url, sql, n, tmp):
    """Per-transaction latencies (ms) of sql run n times by one client."""
    qfile = os.path.join(tmp, "q.sql")
    with open(qfile, "w") as f:
        f.write(sql + "\n")
    for old in glob.glob(os.path.join(tmp, "pgbench_log*")):
        os.unlink(old)
    subprocess.run(["pgbench", "-n", "-c", "1", "-t", str(n), "-f", qfile, "-l", "--log-prefix",
                    os.path.join(tmp, "pgbench_log"), url], capture_output=True, text=True, timeout=600, check=True)
    lat = []
    for log in glob.glob(os.path.join(tmp, "pgbench_log*")):
        with open(log) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3:
                    lat.append(int(parts[2]) / 1000.0)
    return lat


def main():
    if not shutil.which("pgbench"):
        print("benchReports: pgbench is needed (apt-get install postgresql-client)")
        return 1
    print("\n[dashboard] %d conversations, %d reporting events over %d days" % (CONVERSATIONS, 5 * CONVERSATIONS, DAYS),
          flush=True)
    tmp = tempfile.mkdtemp(prefix="csdBenchReports")
    env = {"LOG_LEVEL": "warn", "CSD_MAX_REQUESTS": "1000000", "CSD_REQUEST_WORKERS": "2"}
    try:
        with Stack(env=env) as s:
            t0 = time.monotonic()
            def big(q):
                psql(s.db_url, q, timeout=7200)
            big(GENERATE % {"n": CONVERSATIONS})
            for part in range(5):
                big(EVENTS % {"part": part})
            big(RUNS % {})
            big("ANALYZE")
            print("  generated in %.1f s" % (time.monotonic() - t0), flush=True)
            t0 = time.monotonic()
            p = s.csctl("reports", "rebuild", timeout=3600)
            print("  csctl reports rebuild: %s in %.1f s" % (p.stdout.strip() or p.stderr.strip(),
                                                             time.monotonic() - t0), flush=True)
            s.sql("ANALYZE report_daily")
            today = s.sql("SELECT (now() AT TIME ZONE 'Asia/Kolkata')::date - 1")[0][0]
            print("  %-8s %5s  %12s %12s   %12s %12s   %s" % ("report", "days", "http p50 ms", "http p99 ms",
                                                             "bare p50 ms", "bare p99 ms", "target p99"))
            for days in (30, 366):
                f = s.sql("SELECT %s::date - %s", (today, days - 1))[0][0]
                for name in REPORTS:
                    path = "/dashboard/%s?from=%s&to=%s" % (name, f, today)
                    st, body = s.request("GET", path, token=s.admin_token)  # warm-up, and check
                    if st != 200:
                        print("  %s: HTTP %s %s" % (name, st, str(body)[:200]))
                        continue
                    lat = []
                    for _ in range(REQUESTS):
                        t = time.perf_counter()
                        st, _ = s.request("GET", path, token=s.admin_token)
                        lat.append((time.perf_counter() - t) * 1000.0)
                    bare = pgbench_latencies(s.db_url, BARE[name].format(f=f, t=today), REQUESTS, tmp)
                    p99 = percentile(lat, 0.99)
                    print("  %-8s %5d  %12.1f %12.1f   %12.1f %12.1f   < %.0f ms %s" % (
                        name, days, percentile(lat, 0.5), p99, percentile(bare, 0.5), percentile(bare, 0.99),
                        TARGET_MS[days], "ok" if p99 < TARGET_MS[days] else "MISSED"), flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
