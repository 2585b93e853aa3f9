#!/usr/bin/env python3
"""chaos.py — `make chaos`: the whole stack under faults, then an end-to-end
audit of every message a provider got a 2xx for.

On loopback only, bounded in count and time:
  * its own PostgreSQL cluster (so it can be restarted), csd, nginx with
    nchan, and the fake providers (tests/fakes/: Google, Interakt, Exotel);
  * one driver per channel, each sending one new message per tick at a
    bounded rate, re-sending some on purpose (every provider delivers at
    least once) and re-delivering everything that did not get a 2xx, as the
    provider would:
      - gmail: Pub/Sub push for one mailbox (a new message at the fake Gmail
        per push);
      - whatsapp: signed Interakt message_received webhooks, some with an
        image the media_fetch job downloads from the fake, some two lines
        in one body, some a second line of a customer who wrote before;
      - calls: Exotel Passthru (GET, with IVR digits) and StatusCallback
        (POST form, with a recording URL at the fake Exotel) in either
        order, the status a few ticks later, and some calls through the
        generic signed IVR webhook with the caller's notes;
  * a fault thread that, every CHAOS_FAULT_EVERY/2 seconds, alternates a
    fault of the machine (kill -9 a request worker, kill -9 a job worker,
    restart Postgres) with a fault of one provider for a few seconds (Gmail
    429/503/too slow for HTTP_TIMEOUT_MS; the Interakt media links and the
    Exotel recordings 429/503/slow/cut off half-way).
Then it lifts the faults, re-delivers what is still unacknowledged, waits
for the queue to drain and checks, per channel, that every acknowledged
message is stored exactly once, triaged and published (email.created on the
`emails` channel, message.created on `inbox`). It prints its figures and
ends with one line

  chaos: <n> faults, <m> acknowledged, <k> lost, <d> duplicated

exiting non-zero unless lost and duplicated are 0. "Lost" counts an
acknowledged message that is not stored, not triaged, or whose attachment
(WhatsApp image, call recording) or call status did not make it. A missing
event is reported on its own line: events are published after the commit,
at most once (README "Real-time"), so a worker killed between the two loses
the event, never the message; clients re-read over REST after a reconnect.

Environment: CHAOS_SECONDS (60, at most 600), CHAOS_RATE (ticks/s, one new
message per channel a tick, 15, at most 50), CHAOS_FAULT_EVERY (5 s: a
machine fault and a provider fault in each period), CHAOS_SEED, BUILD.
"""

import hashlib
import hmac
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(REPO, "tests", "integration"))
sys.path.insert(0, os.path.join(REPO, "tests", "fakes"))

SECONDS = max(5, min(600, int(os.environ.get("CHAOS_SECONDS", "60"))))
RATE = max(1, min(50, int(os.environ.get("CHAOS_RATE", "15"))))
FAULT_EVERY = max(1, min(60, int(os.environ.get("CHAOS_FAULT_EVERY", "5"))))
DRAIN_SECONDS = 180
REDELIVER_ROUNDS = 20
PROVIDER_FAULT_SECONDS = 4
AUD = "https://csd.chaos/webhooks/gmail"
MAILBOX = "support@katyayani.example"
INTERAKT_SECRET = "chaos-interakt-" + os.urandom(8).hex()
INTERAKT_KEY = "Y2hhb3Mta2V5Og=="  # as the dashboard shows it: base64 of "chaos-key:"
EXOTEL_TOKEN = "chaos-exo-" + os.urandom(12).hex()
IVR_SECRET = "chaos-ivr-" + os.urandom(8).hex()
EXOPHONE = "08047112233"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 2
WA_TEXTS = ["mera order %d abhi tak nahi aaya", "neem oil ka refund kab milega, order %d",
            "patte peele ho rahe hain, dawai %d kaunsi daalein", "invoice %d ka GST number galat hai",
            "order %d ka courier tracking number bhejo", "bulk order chahiye, %d litre"]
CALL_NOTES = ["caller asks when order %d will be delivered, courier not moving",
              "refund for damaged bottle, order %d, wants money back",
              "which dose of neem oil for tomato crop, plot %d", "payment deducted twice for invoice %d"]


def say(*a):
    print("chaos:", *a, flush=True)


def acked(status):
    return 200 <= status < 300


class Postgres:
    """A private cluster the fault thread may restart (same port, same data)."""

    def __init__(self):
        import harness
        self.dir = tempfile.mkdtemp(prefix="csdChaosPg")
        if harness.IS_ROOT:
            os.chmod(self.dir, 0o755)
        self.env = dict(os.environ, PG_DIR=os.path.join(self.dir, "pg"), PG_PORT=str(harness.free_port()),
                        PG_FAST="1")
        self.url = self._run("start").strip().splitlines()[-1]

    def _run(self, what):
        p = subprocess.run([os.path.join(REPO, "scripts", "pgLocal.sh"), what], env=self.env,
                           capture_output=True, text=True, timeout=120)
        if p.returncode != 0:
            raise RuntimeError("pgLocal.sh %s: %s" % (what, p.stderr))
        return p.stdout

    def restart(self, down_seconds):
        self._run("stop")
        time.sleep(down_seconds)
        self._run("start")

    def close(self):
        try:
            self._run("stop")
        finally:
            subprocess.run(["rm", "-rf", self.dir])


class Driver:
    """What every channel driver shares: the webhook deliveries still to
    re-deliver (no 2xx yet), the counts, and the audit's shape."""

    name = "?"

    def __init__(self, stack):
        self.stack = stack
        self.pending = []        # deliveries to re-deliver, as the provider would
        self.sent = self.dupes = self.not_acked = 0
        self.lock = threading.Lock()

    def deliver(self, item):
        """Sends one delivery; its status (0: no answer)."""
        raise NotImplementedError

    def on_ack(self, item):
        raise NotImplementedError

    def send(self, item):
        try:
            st = self.deliver(item)
        except (OSError, http.client.HTTPException):  # no answer, or half of one
            st = 0
        self.sent += 1
        with self.lock:
            if acked(st):
                self.on_ack(item)
            else:
                self.not_acked += 1
                self.pending.append(item)
        return st

    def retry_some(self, n=5):
        with self.lock:
            retry, self.pending = self.pending[:n], self.pending[n:]
        for item in retry:
            self.send(item)

    def flush(self):
        """Everything held back is sent now (the load is over)."""

    def drain(self):
        self.flush()
        for _ in range(REDELIVER_ROUNDS):
            with self.lock:
                retry, self.pending = self.pending, []
            if not retry:
                return
            for item in retry:
                self.send(item)
            time.sleep(0.5)

    def unacked_left(self):
        with self.lock:
            return len(self.pending)


class GmailDriver(Driver):
    """Pub/Sub push for one mailbox: one new Gmail message per push."""

    name = "gmail"

    def __init__(self, stack, g):
        super().__init__(stack)
        self.g = g
        self.seq = 0
        self.acked = set()       # Gmail message ids whose push got 2xx

    def setup(self):
        self.g.mailbox(MAILBOX)
        st, body = self.stack.request("POST", "/support-emails", token=self.stack.admin_token,
                                      json={"email": MAILBOX, "display_name": "Support"})
        if st != 201:
            raise RuntimeError("could not create the mailbox: %s %r" % (st, body))
        mid = int(body["id"])
        if not self.stack.wait_for(lambda: self.stack.sql(
                "SELECT 1 FROM support_emails WHERE id = %s AND history_id IS NOT NULL", (mid,)), timeout=60):
            raise RuntimeError("the mailbox's watch did not start")

    def deliver(self, item):
        gmail_id, history_id, pubsub_id = item
        body = self.g.push_body(MAILBOX, history_id, pubsub_id)
        tok = self.g.mint_push_token(aud=AUD)
        st, _ = self.stack.request("POST", "/webhooks/gmail", json=body,
                                   headers={"Authorization": "Bearer " + tok}, timeout=10)
        return st

    def on_ack(self, item):
        self.acked.add(item[0])

    def tick(self, rnd):
        self.retry_some()
        self.seq += 1
        n = self.seq
        raw = ("From: Farmer %d <farmer%d@farm.example>\r\nTo: %s\r\nSubject: order %d kab aayega\r\n"
               "Message-ID: <chaos-%d-%s@farm.example>\r\nDate: Tue, 24 Nov 2026 10:00:00 +0530\r\n"
               "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
               "mera order %d abhi tak nahi aaya, 5 din ho gaye\r\n"
               % (n % 50, n % 50, MAILBOX, n, n, os.urandom(3).hex(), n)).encode()
        gid, _, hid = self.g.add_message(raw, user=MAILBOX)
        item = (gid, hid, "chaos-%d" % n)
        self.send(item)
        if rnd.random() < 0.2:  # at-least-once delivery: the same push again
            self.dupes += 1
            self.send(item)

    def audit(self, events):
        rows = self.stack.sql("SELECT gmail_message_id, count(*), bool_and(summary IS NOT NULL)"
                              " FROM emails WHERE mailbox = %s GROUP BY 1", (MAILBOX,))
        stored = {r[0]: (int(r[1]), r[2] == "t") for r in rows}
        published = {e.get("gmail_message_id") for e in events["email.created"]}
        lost = [m for m in self.acked if m not in stored or not stored[m][1]]
        dup = [m for m in self.acked if m in stored and stored[m][0] > 1]
        unpublished = [m for m in self.acked if m not in published]
        n = len(self.acked)
        line = ("sent %d pushes (%d re-sent on purpose, %d not acknowledged then re-delivered); %d acknowledged,"
                " %d stored, %d triaged, %d events seen"
                % (self.sent, self.dupes, self.not_acked, n, sum(1 for m in self.acked if m in stored),
                   sum(1 for m in self.acked if m in stored and stored[m][1]), n - len(unpublished)))
        return {"acknowledged": n, "lost": lost, "duplicated": dup, "unpublished": unpublished, "line": line,
                "event": "email.created"}

    def explain(self, lost):
        for m in sorted(lost)[:5]:
            for row in self.stack.sql(
                    "SELECT e.id, e.conversation_id, e.summary IS NOT NULL, c.summary IS NOT NULL,"
                    " (SELECT string_agg(j.id || ':' || j.state || ':' || j.attempts || ':' ||"
                    "  coalesce(j.last_error, '-') || ':' || j.payload::text, ' | ') FROM jobs j"
                    "  WHERE j.kind = 'triage' AND (j.payload->>'conversation_id')::bigint = e.conversation_id),"
                    " (SELECT count(*) FROM emails e2 WHERE e2.conversation_id = e.conversation_id)"
                    " FROM emails e JOIN conversations c ON c.id = e.conversation_id"
                    " WHERE e.gmail_message_id = %s", (m,)):
                say("  %s: email %s conversation %s email_summary=%s conversation_summary=%s"
                    " emails_in_conversation=%s triage jobs: %s" % (m, row[0], row[1], row[2], row[3], row[5],
                                                                   row[4]))


class WhatsappDriver(Driver):
    """Interakt message_received webhooks, signed: one new customer line per
    tick (a fifth with an image and its caption, a fifth from a customer who
    wrote before, some two lines in one body)."""

    name = "whatsapp"

    def __init__(self, stack, fake):
        super().__init__(stack)
        self.fake = fake
        self.seq = 0
        self.phone_base = 9700000000  # a fresh database: numbers need only differ within the run
        self.recent = []         # phones that wrote lately (a second line joins their conversation)
        self.acked = {}          # Interakt message id -> media URL or None
        self.with_media = 0
        self.batched = 0

    def setup(self):
        pass

    def deliver(self, item):
        body, _ = item
        return self.stack.request("POST", "/webhooks/interakt", data=body,
                                  headers={"Content-Type": "application/json",
                                           "Interakt-Signature": self.sign(body)}, timeout=10)[0]

    @staticmethod
    def sign(body):
        from fakeInterakt import sign
        return sign(INTERAKT_SECRET, body)

    def on_ack(self, item):
        for mid, url in item[1]:
            self.acked[mid] = url

    def line(self, rnd):
        from fakeInterakt import message_received
        self.seq += 1
        n = self.seq
        if self.recent and rnd.random() < 0.2:
            phone = rnd.choice(self.recent)
        else:
            phone = str(self.phone_base + n)
            self.recent = (self.recent + [phone])[-20:]
        mid = "chaos-wa-%d-%s" % (n, os.urandom(4).hex())
        text = rnd.choice(WA_TEXTS) % n
        url = None
        if rnd.random() < 0.2:
            url = self.fake.add_media("chaos-%d.png" % n, PNG + str(n).encode(), "image/png")
            self.with_media += 1
            ev = message_received(phone=phone, text=text, msg_id=mid, content_type="Image", media_url=url,
                                  name="Kisan %d" % n)
        else:
            ev = message_received(phone=phone, text=text, msg_id=mid, name="Kisan %d" % n)
        return ev, (mid, url)

    def tick(self, rnd):
        self.retry_some()
        ev, ref = self.line(rnd)
        if rnd.random() < 0.1:  # Interakt may put several events in one body
            ev2, ref2 = self.line(rnd)
            self.batched += 1
            item = (json.dumps([ev, ev2]).encode(), [ref, ref2])
        else:
            item = (json.dumps(ev).encode(), [ref])
        self.send(item)
        if rnd.random() < 0.2:  # Interakt retries: the same body again
            self.dupes += 1
            self.send(item)

    def audit(self, events):
        rows = self.stack.sql(
            "SELECT ch.provider_message_id, count(DISTINCT m.id), min(m.id),"
            " bool_and(c.triaged_at IS NOT NULL AND c.triaged_at >= ch.created_at AND c.suggested_team IS NOT NULL),"
            " bool_and(m.media_id IS NULL OR md.state = 'stored'),"
            " (SELECT count(*) FROM media x WHERE x.source_url = ch.media_url)"
            " FROM chats ch JOIN messages m ON m.chat_id = ch.id JOIN conversations c ON c.id = ch.conversation_id"
            " LEFT JOIN media md ON md.id = m.media_id WHERE ch.provider = 'interakt' AND ch.direction = 'inbound'"
            " GROUP BY ch.provider_message_id, ch.media_url")
        stored = {r[0]: {"messages": int(r[1]), "message_id": int(r[2]), "triaged": r[3] == "t",
                         "media_ok": r[4] == "t", "media_rows": int(r[5])} for r in rows}
        published = {e.get("id") for e in events["message.created"] if e.get("channel") == "chat"}
        lost, dup, unpublished = [], [], []
        media = media_ok = 0
        for mid, url in self.acked.items():
            s = stored.get(mid)
            if url:
                media += 1
                media_ok += 1 if s and s["media_ok"] else 0
            if not s or not s["triaged"] or (url and not s["media_ok"]):
                lost.append(mid)
            if s and (s["messages"] > 1 or s["media_rows"] > 1):
                dup.append(mid)
            if s and s["message_id"] not in published:
                unpublished.append(mid)
        n = len(self.acked)
        line = ("sent %d webhooks (%d re-sent on purpose, %d not acknowledged then re-delivered, %d with two lines);"
                " %d lines acknowledged, %d stored, %d triaged, %d of %d images stored, %d events seen"
                % (self.sent, self.dupes, self.not_acked, self.batched, n, sum(1 for m in self.acked if m in stored),
                   sum(1 for m in self.acked if m in stored and stored[m]["triaged"]), media_ok, media,
                   n - len(unpublished)))
        return {"acknowledged": n, "lost": lost, "duplicated": dup, "unpublished": unpublished, "line": line,
                "event": "message.created"}

    def explain(self, lost):
        for m in sorted(lost)[:5]:
            ev = self.stack.sql("SELECT id, state, attempts, coalesce(error, '-') FROM interakt_events"
                                " WHERE message_id = %s", (m,))
            row = self.stack.sql(
                "SELECT ch.id, ch.conversation_id, ch.created_at, c.triaged_at, c.suggested_team, md.id, md.state,"
                " md.error, (SELECT string_agg(j.id || ':' || j.state || ':' || j.attempts || ':' ||"
                "  coalesce(j.last_error, '-'), ' | ') FROM jobs j WHERE j.kind = 'triage'"
                "  AND (j.payload->>'conversation_id')::bigint = ch.conversation_id)"
                " FROM chats ch JOIN conversations c ON c.id = ch.conversation_id"
                " LEFT JOIN messages m ON m.chat_id = ch.id LEFT JOIN media md ON md.id = m.media_id"
                " WHERE ch.provider_message_id = %s", (m,))
            say("  %s: interakt_events %s; chat %s" % (m, ev, row))


class CallDriver(Driver):
    """Phone calls: per tick one new call. Four in five through Exotel (the
    Passthru GET with IVR digits, and the StatusCallback POST with a
    recording at the fake Exotel, 1-3 ticks later or, a third of the time,
    first); one in five through the generic signed webhook with the
    caller's notes (triaged from the text)."""

    name = "calls"

    def __init__(self, stack, fake):
        super().__init__(stack)
        self.fake = fake
        self.seq = 0
        self.number_base = 9800000000
        self.calls = {}          # (provider, call id) -> {"status": acked status?, "recording": url or None}
        self.later = []          # [ticks to wait, delivery]
        self.generic = self.missed = 0

    def setup(self):
        pass

    def deliver(self, item):
        kind, key, payload = item
        if kind == "passthru":
            return self.stack.request("GET", "/webhooks/ivr/exotel/%s?%s" % (EXOTEL_TOKEN, payload), timeout=10)[0]
        if kind == "status":
            return self.stack.request("POST", "/webhooks/ivr/exotel/%s" % EXOTEL_TOKEN, data=payload, timeout=10,
                                      headers={"Content-Type": "application/x-www-form-urlencoded"})[0]
        sig = "sha256=" + hmac.new(IVR_SECRET.encode(), payload, hashlib.sha256).hexdigest()
        return self.stack.request("POST", "/webhooks/ivr/generic", data=payload, timeout=10,
                                  headers={"Content-Type": "application/json", "X-Signature": sig})[0]

    def on_ack(self, item):
        kind, key, _ = item
        c = self.calls[key]
        c["acked"] = True
        if kind == "status":
            c["status_acked"] = True

    def send_maybe_twice(self, item, rnd):
        self.send(item)
        if rnd.random() < 0.2:  # Exotel retries a callback it got no timely answer for
            self.dupes += 1
            self.send(item)

    def tick(self, rnd):
        from fakeExotel import passthru_query, status_form
        self.retry_some()
        due = [d for d in self.later if d[0] <= 0]
        self.later = [[d[0] - 1, d[1]] for d in self.later if d[0] > 0]
        for _, item in due:
            self.send_maybe_twice(item, rnd)
        self.seq += 1
        n = self.seq
        national = str(self.number_base + n)
        start = int(time.time()) - 300
        if rnd.random() < 0.2:
            self.generic += 1
            cid = "chaos-g-%d-%s" % (n, os.urandom(3).hex())
            call = {"call_id": cid, "direction": "in", "from": "+91" + national, "to": "+918047112233",
                    "status": "answered", "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start)),
                    "ended_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(start + 95)), "talk_seconds": 80,
                    "notes": rnd.choice(CALL_NOTES) % n}
            key = ("generic", cid)
            self.calls[key] = {"acked": False, "status_acked": False, "recording": None}
            self.send_maybe_twice(("generic", key, json.dumps(call).encode()), rnd)
            return
        sid = "%032x" % rnd.getrandbits(128)
        missed = rnd.random() < 0.2
        talk = 0 if missed else rnd.randrange(20, 400)
        c = {"sid": sid, "from": "0" + national, "to": EXOPHONE, "start": start, "end": start + talk + 20,
             "talk": talk, "status": "no-answer" if missed else "completed"}
        if not missed:
            c["recording_url"] = self.fake.recording_url(sid)
        else:
            self.missed += 1
        self.fake.add_call(c)  # what the Call Details API (reconciliation) answers
        key = ("exotel", sid)
        self.calls[key] = {"acked": False, "status_acked": False, "recording": c.get("recording_url")}
        passthru = ("passthru", key, passthru_query(c, digits=str(rnd.randrange(1, 4)),
                                                    call_type="incomplete" if missed else "call-attempt"))
        status = ("status", key, status_form(c))
        if rnd.random() < 0.3:  # the StatusCallback first (the Passthru's answer was slow)
            self.send_maybe_twice(status, rnd)
            self.send_maybe_twice(passthru, rnd)
        else:
            self.send_maybe_twice(passthru, rnd)
            self.later.append([rnd.randrange(1, 4), status])

    def flush(self):
        later, self.later = self.later, []
        for _, item in later:
            self.send(item)

    def audit(self, events):
        rows = self.stack.sql(
            "SELECT cl.provider, cl.provider_call_id, cl.status, cl.message_id,"
            " (SELECT count(*) FROM messages m WHERE m.call_id = cl.id),"
            " c.suggested_team IS NOT NULL, md.state,"
            " (SELECT count(*) FROM media x WHERE x.source_url = cl.recording_url)"
            " FROM calls cl LEFT JOIN conversations c ON c.id = cl.conversation_id"
            " LEFT JOIN media md ON md.id = cl.recording_media_id")
        stored = {(r[0], r[1]): {"status": r[2], "message_id": int(r[3]) if r[3] else None, "messages": int(r[4]),
                                 "triaged": r[5] == "t", "media": r[6], "media_rows": int(r[7])} for r in rows}
        published = {e.get("id") for e in events["message.created"] if e.get("channel") == "call"}
        lost, dup, unpublished = [], [], []
        mine = {k: v for k, v in self.calls.items() if v["acked"]}
        recordings = recordings_ok = 0
        for key, c in mine.items():
            s = stored.get(key)
            want_recording = c["recording"] and c["status_acked"]
            if want_recording:
                recordings += 1
                recordings_ok += 1 if s and s["media"] == "stored" else 0
            if (not s or not s["message_id"] or not s["triaged"] or (c["status_acked"] and not s["status"])
                    or (want_recording and s["media"] != "stored")):
                lost.append(key)
            if s and (s["messages"] > 1 or s["media_rows"] > 1):
                dup.append(key)
            if s and s["message_id"] and s["message_id"] not in published:
                unpublished.append(key)
        n = len(mine)
        line = ("sent %d webhooks (%d generic calls, %d missed; %d re-sent on purpose, %d not acknowledged then"
                " re-delivered); %d calls acknowledged, %d stored, %d triaged, %d of %d recordings stored,"
                " %d events seen"
                % (self.sent, self.generic, self.missed, self.dupes, self.not_acked, n,
                   sum(1 for k in mine if k in stored and stored[k]["message_id"]),
                   sum(1 for k in mine if k in stored and stored[k]["triaged"]), recordings_ok, recordings,
                   n - len(unpublished)))
        return {"acknowledged": n, "lost": lost, "duplicated": dup, "unpublished": unpublished, "line": line,
                "event": "message.created"}

    def explain(self, lost):
        for provider, cid in sorted(lost)[:5]:
            row = self.stack.sql(
                "SELECT cl.id, cl.status, cl.message_id, cl.digits, cl.conversation_id, c.team, c.suggested_team,"
                " md.state, md.error, (SELECT count(*) FROM call_events e WHERE e.provider = cl.provider"
                "  AND e.provider_call_id = cl.provider_call_id),"
                " (SELECT string_agg(j.kind || ':' || j.state || ':' || j.attempts || ':' || coalesce(j.last_error, '-'),"
                "  ' | ') FROM jobs j WHERE j.state <> 'done' AND (j.payload->>'call_id' = cl.provider_call_id"
                "  OR (j.payload->>'conversation_id')::bigint = cl.conversation_id))"
                " FROM calls cl LEFT JOIN conversations c ON c.id = cl.conversation_id"
                " LEFT JOIN media md ON md.id = cl.recording_media_id"
                " WHERE cl.provider = %s AND cl.provider_call_id = %s", (provider, cid))
            say("  %s %s: %s" % (provider, cid, row or "no calls row"))


class Subscriber(threading.Thread):
    """The given events on one WebSocket channel, reconnecting."""

    def __init__(self, stack, channel, names):
        super().__init__(daemon=True)
        self.stack, self.channel, self.stop = stack, channel, threading.Event()
        self.events = {n: [] for n in names}
        self.ready = threading.Event()

    def run(self):
        from wsClient import WsClosed
        while not self.stop.is_set():
            try:
                ws = self.stack.ws(self.channel, token=self.stack.admin_token)
            except Exception:
                time.sleep(0.5)
                continue
            self.ready.set()
            try:
                while not self.stop.is_set():
                    m = ws.recv_json(timeout=1)
                    if m and m.get("event") in self.events:
                        self.events[m["event"]].append(m.get("data", {}))
            except (WsClosed, OSError, ValueError):
                pass
            finally:
                ws.close()


class Faults(threading.Thread):
    """Every FAULT_EVERY/2 seconds a fault, alternately one of the machine
    and one of a provider (each provider fault lasts a few seconds)."""

    MACHINE = ["kill_request_worker", "kill_job_worker", "restart_postgres"]
    PROVIDER = ["gmail_429", "interakt_media_503", "exotel_recording_429", "gmail_503", "interakt_media_429",
                "exotel_recording_503", "gmail_timeouts", "interakt_media_slow", "exotel_recording_slow",
                "interakt_media_drop", "exotel_recording_drop"]

    def __init__(self, stack, pg, g, interakt, exotel, rnd):
        super().__init__(daemon=True)
        self.stack, self.pg, self.g, self.interakt, self.exotel, self.rnd = stack, pg, g, interakt, exotel, rnd
        self.stop = threading.Event()
        self.done = []

    def kill(self, role):
        pids = self.stack.csd_pids().get(role) or []
        if not pids:
            return False
        os.kill(self.rnd.choice(pids), signal.SIGKILL)
        return True

    def lift(self):
        self.g.control(delay_ms=0)
        self.g.control(fail_next=None)
        self.interakt.set_media_fault(None)
        self.exotel.set_fault(None)

    def one(self, kind):
        if kind == "kill_request_worker":
            return self.kill("request")
        if kind == "kill_job_worker":
            return self.kill("job")
        if kind == "restart_postgres":
            self.pg.restart(down_seconds=2)
        elif kind == "gmail_429":
            self.g.control(fail_next={"path_prefix": "/gmail/v1/users/", "status": 429, "retry_after": 1,
                                      "count": 8})
        elif kind == "gmail_503":
            self.g.control(fail_next={"path_prefix": "/gmail/v1/users/", "status": 503, "count": 8})
        elif kind == "gmail_timeouts":
            self.g.control(delay_ms=2500, delay_prefix="/gmail/v1/users/")
            t = threading.Timer(PROVIDER_FAULT_SECONDS, lambda: self.g.control(delay_ms=0))
            t.daemon = True
            t.start()
        elif kind.startswith("interakt_media_"):
            self.interakt.set_media_fault(kind[len("interakt_media_"):], PROVIDER_FAULT_SECONDS)
        elif kind.startswith("exotel_recording_"):
            self.exotel.set_fault(kind[len("exotel_recording_"):], PROVIDER_FAULT_SECONDS, "/recordings/")
        return True

    def run(self):
        i = 0
        while not self.stop.wait(FAULT_EVERY / 2.0):
            kind = (self.MACHINE[(i // 2) % len(self.MACHINE)] if i % 2 == 0
                    else self.PROVIDER[(i // 2) % len(self.PROVIDER)])
            i += 1
            if self.one(kind):
                self.done.append(kind)
                say("fault %d: %s" % (len(self.done), kind))


def main():
    import harness
    from fakeExotel import start_fake_exotel
    from fakeGoogle import start_fake_google
    from fakeInterakt import start_fake_interakt
    pg = Postgres()
    os.environ["CS_TEST_PG_URL"] = pg.url
    g = start_fake_google()
    interakt = start_fake_interakt(api_key=INTERAKT_KEY, webhook_secret=INTERAKT_SECRET)
    exotel = start_fake_exotel()
    rnd = random.Random(int(os.environ.get("CHAOS_SEED", "14")))
    env = g.env(AUD)
    env.update(exotel.env())
    env.update({"CSD_REQUEST_WORKERS": "3", "CSD_JOB_WORKERS": "2", "HTTP_TIMEOUT_MS": "2000",
                "JOB_BACKOFF_BASE_MS": "200", "JOB_BACKOFF_MAX_MS": "3000", "JOB_MAX_ATTEMPTS": "100",
                "LOG_LEVEL": "info", "WS_MAX_SECONDS": "3600",
                "INTERAKT_WEBHOOK_SECRET": INTERAKT_SECRET, "INTERAKT_API_KEY": INTERAKT_KEY,
                "INTERAKT_API_BASE_URL": interakt.url, "CHAT_TRIAGE_DEBOUNCE_MS": "1500",
                "EXOTEL_WEBHOOK_TOKEN": EXOTEL_TOKEN, "IVR_WEBHOOK_SECRET": IVR_SECRET,
                "IVR_DIGIT_TEAMS": "1:dispatch,2:finance,3:technical"})
    stack = harness.Stack(env=env)
    faults = None
    subs = []
    rc = 1
    try:
        stack.__enter__()
        interakt.webhook_url = stack.base_url + "/webhooks/interakt"
        drivers = [GmailDriver(stack, g), WhatsappDriver(stack, interakt), CallDriver(stack, exotel)]
        say("drivers: " + ", ".join(d.name for d in drivers))
        for d in drivers:
            d.setup()
        subs = [Subscriber(stack, "emails", ["email.created"]), Subscriber(stack, "inbox", ["message.created"])]
        for s in subs:
            s.start()
        for s in subs:
            s.ready.wait(15)
        faults = Faults(stack, pg, g, interakt, exotel, rnd)
        faults.start()
        say("load: at most %d ticks/s (one new message per channel a tick) for %d s, a machine and a provider"
            " fault every %d s" % (RATE, SECONDS, FAULT_EVERY))
        end = time.monotonic() + SECONDS
        while time.monotonic() < end:
            t0 = time.monotonic()
            for d in drivers:
                d.tick(rnd)
            time.sleep(max(0.0, 1.0 / RATE - (time.monotonic() - t0)))
        faults.stop.set()
        faults.join(30)
        faults.lift()
        say("load over; re-delivering unacknowledged webhooks and draining the queue")
        for d in drivers:
            d.drain()
            if d.unacked_left():
                say("%s: %d deliveries still unacknowledged after %d rounds (not counted as acknowledged)"
                    % (d.name, d.unacked_left(), REDELIVER_ROUNDS))
        drained = stack.wait_for(lambda: not stack.sql(
            "SELECT 1 FROM jobs WHERE state IN ('queued', 'running') LIMIT 1"),
            timeout=DRAIN_SECONDS, interval=0.5)
        if not drained:
            say("the queue did not drain in %d s: %s" % (DRAIN_SECONDS, stack.sql(
                "SELECT kind, state, count(*) FROM jobs WHERE state IN ('queued', 'running') GROUP BY 1, 2")))
            log = stack.log_text().splitlines()
            for jid, kind, by, attempts in stack.sql("SELECT id, kind, locked_by, attempts FROM jobs"
                                                      " WHERE state = 'running' ORDER BY id LIMIT 5"):
                say("  job %s %s attempt %s on %s; its last log lines:" % (jid, kind, attempts, by))
                mine = re.compile(r"(job_id=|rid=job-)%s\b" % jid)
                for ln in [ln for ln in log if mine.search(ln)][-4:]:
                    say("    " + ln[:300])
        time.sleep(2)  # the last events
        events = {}
        for s in subs:
            events.update(s.events)
        lost = dup = total = 0
        for d in drivers:
            a = d.audit(events)
            total += a["acknowledged"]
            lost += len(a["lost"])
            dup += len(a["duplicated"])
            say("%s: %s" % (d.name, a["line"]))
            if a["lost"]:
                say("%s: lost (not stored, not triaged, or attachment/status missing): %s"
                    % (d.name, sorted(a["lost"])[:20]))
                d.explain(a["lost"])
            if a["duplicated"]:
                say("%s: duplicated: %s" % (d.name, sorted(a["duplicated"])[:20]))
            if a["unpublished"]:
                say("%s: %d acknowledged messages had no %s event (published at most once, after the commit)"
                    % (d.name, len(a["unpublished"]), a["event"]))
        dead = stack.sql("SELECT kind, count(*) FROM jobs WHERE state = 'dead' GROUP BY 1")
        failed = stack.sql("SELECT count(*) FROM interakt_events WHERE state = 'failed'")[0][0]
        log = stack.log_text()
        say("jobs dead at the end: %s; interakt events failed: %s; job results kept while Postgres was down: %d;"
            " retries absorbed by a queued successor: %d; csd log lines: %d"
            % (", ".join("%s %s" % r for r in dead) or "0", failed,
               log.count("job result kept until the database is back"),
               log.count("job retry absorbed by the queued job")
               + len(re.findall(r"requeued orphaned job\" job_id=\d+ state=done", log)),
               log.count("\n")))
        crashes = [ln for ln in log.splitlines() if re.search(r'"child exited on signal".*signame=(?!KILL\b)', ln)
                   or re.search(r'"child exited" .*exit_code=[1-9]', ln)]
        say("workers killed on purpose: %d; workers that died otherwise: %d; nchan publishes that failed: %d"
            % (sum(1 for k in faults.done if k.startswith("kill_")), len(crashes), log.count('"nchan publish failed"')))
        for ln in crashes[:5]:
            say("  " + ln[:300])
        print("chaos: %d faults, %d acknowledged, %d lost, %d duplicated" % (len(faults.done), total, lost, dup),
              flush=True)
        rc = 0 if lost == 0 and dup == 0 and total > 0 else 1
    finally:
        if faults:
            faults.stop.set()
        for s in subs:
            s.stop.set()
        stack.close()
        g.stop()
        interakt.stop()
        exotel.stop()
        pg.close()
    return rc


if __name__ == "__main__":
    sys.exit(main())
