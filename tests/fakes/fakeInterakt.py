"""fakeInterakt.py — a local stand-in for Interakt (channelProtocols.md §1).

Speaks the real wire formats:
  - the send API, POST /v1/public/message/ with `Authorization: Basic <key>`
    (the key exactly as the dashboard shows it): 201
    {"result":true,"message":...,"id":"<uuid>"}; 401 {"result":false,...}
    for a wrong key; 400 for a body Interakt would refuse;
  - signed webhooks to our POST /webhooks/interakt:
    `Interakt-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>`;
    after a successful send, the message_api_sent/delivered/read statuses
    of that message (with our callbackData echoed in
    meta_data.source_data.callback_data), in order or shuffled;
  - media links (GET /media/<name>) that serve registered bytes, for the
    media_fetch job; set_media_fault(fault, seconds) makes them fail for a
    while (429, 500, 503, slow, drop: see FAULTS).

Modes of the send API (set_mode(mode, count=None): count = how many sends
get it before falling back to "ok"):
  ok       201 with a fresh id (and status webhooks when enabled)
  429      "Rate limit exceeded for this resource" with Retry-After: 1
  500, 503 server errors
  400      {"result":false,"message":"No approved template found ..."} or a
           window rejection for a Text
Payload builders (message_received, status_event) and sign() are module
functions so tests build the same bodies the fake sends.

Standalone: python3 tests/fakes/fakeInterakt.py [--port N] [--key K]
"""

import hashlib
import hmac
import json
import random
import sys
import threading
import time
import urllib.request
import uuid
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from faultWindow import FAULTS, SLOW_MS, FaultWindow  # noqa: F401 (FAULTS: the names callers may pass)

MODES = {"ok", "429", "500", "503", "400"}


def naive_utc(ts=None):
    """Interakt's timestamps: naive ISO-8601 in UTC with microseconds."""
    dt = datetime.fromtimestamp(ts if ts is not None else time.time(), tz=timezone.utc)
    return dt.replace(tzinfo=None).isoformat(timespec="microseconds")


def sign(secret, body):
    """The Interakt-Signature header value for body (bytes)."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def message_received(phone="9876543210", country_code="+91", text="Hello", msg_id=None, name="Asha",
                     content_type="Text", media_url=None, received_at=None, newer_fields=True,
                     chat_message_type="CustomerMessage"):
    """A message_received event as Interakt sends it (§1.4). newer_fields:
    phone_number + country_code besides channel_phone_number."""
    cust = {"id": str(uuid.uuid4()), "channel_phone_number": country_code.lstrip("+") + phone,
            "traits": {"name": name, "whatsapp_opted_in": True}}
    if newer_fields:
        cust["phone_number"] = phone
        cust["country_code"] = country_code
    return {"version": "1.0", "timestamp": naive_utc(), "type": "message_received",
            "data": {"customer": cust,
                     "message": {"id": msg_id or str(uuid.uuid4()), "chat_message_type": chat_message_type,
                                 "message_status": "Sent",
                                 "received_at_utc": received_at or naive_utc(),
                                 "is_template_message": False, "channel_failure_reason": None,
                                 "channel_error_code": None, "raw_template": None, "campaign_id": None,
                                 "message_content_type": content_type, "media_url": media_url,
                                 "message": text, "meta_data": {}}}}


def status_event(status, msg_id, callback_data=None, phone="919876543210", reason=None, code=None):
    """A message_api_<status> event (§1.5); status in sent|delivered|read|failed."""
    now = naive_utc()
    return {"version": "1.0", "timestamp": now, "type": "message_api_" + status,
            "data": {"customer": {"id": str(uuid.uuid4()), "channel_phone_number": phone, "traits": {}},
                     "message": {"id": msg_id, "chat_message_type": "PublicApiMessage",
                                 "message_status": status.capitalize(),
                                 "channel_failure_reason": reason, "channel_error_code": code,
                                 "received_at_utc": now,
                                 "delivered_at_utc": now if status in ("delivered", "read") else None,
                                 "seen_at_utc": now if status == "read" else None,
                                 "is_template_message": False, "raw_template": None,
                                 "message_content_type": "Text", "message": "",
                                 "meta_data": {"source": "PublicInterakt",
                                               "source_data": {"callback_data": callback_data}}}}}


class FakeInterakt:
    def __init__(self, api_key="dGVzdC1pbnRlcmFrdC1rZXk6", port=0, webhook_url=None, webhook_secret=None):
        self.api_key = api_key
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.status_order = "none"   # none | in_order | reversed | shuffled
        self.sends = []              # every send request: {"headers":..., "body": parsed}
        self.media = {}              # name -> (bytes, content type)
        self.media_requests = []     # (path, Authorization header)
        self.next_ids = []           # ids the next successful sends return (else fresh uuids)
        self._mode, self._count = "ok", None
        self._media_fault = FaultWindow()
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def _reply(self, status, obj=None, headers=None, raw=None, ctype="application/json"):
                body = raw if raw is not None else (json.dumps(obj).encode() if obj is not None else b"")
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path.startswith("/media/"):
                    name = self.path[len("/media/"):].split("?")[0]
                    fake.media_requests.append((self.path, self.headers.get("Authorization")))
                    fault = fake._media_fault_now()
                    if fault == "429":
                        return self._reply(429, {"result": False, "message": "Rate limit exceeded"},
                                           headers={"Retry-After": "1"})
                    if fault in ("500", "503"):
                        return self._reply(int(fault), {"result": False, "message": "Internal server error"})
                    if fault == "slow":
                        time.sleep(SLOW_MS / 1000.0)
                    if name not in fake.media:
                        return self._reply(404, {"result": False, "message": "Not found"})
                    data, ctype = fake.media[name]
                    if fault == "drop":
                        self.send_response(200)
                        self.send_header("Content-Type", ctype)
                        self.send_header("Content-Length", str(len(data)))
                        self.end_headers()
                        self.wfile.write(data[:len(data) // 2])
                        self.close_connection = True
                        return None
                    return self._reply(200, raw=data, ctype=ctype)
                self._reply(404, {"result": False, "message": "Not found"})

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n)
                if self.path.rstrip("/") != "/v1/public/message":
                    return self._reply(404, {"result": False, "message": "Not found"})
                if self.headers.get("Authorization") != "Basic " + fake.api_key:
                    return self._reply(401, {"result": False, "message": "Invalid token provided"})
                try:
                    body = json.loads(raw)
                except ValueError:
                    return self._reply(400, {"result": False, "message": "Invalid JSON"})
                mode = fake._take_mode()
                with fake._lock:
                    fake.sends.append({"headers": dict(self.headers), "body": body, "mode": mode})
                if mode == "429":
                    return self._reply(429, {"result": False, "message": "Rate limit exceeded for this resource"},
                                       headers={"Retry-After": "1"})
                if mode in ("500", "503"):
                    return self._reply(int(mode), {"result": False, "message": "Internal server error"})
                problem = fake._validate(body)
                if mode == "400" or problem:
                    msg = problem or ("No approved template found with name '%s' and language 'en'"
                                      % (body.get("template") or {}).get("name", "")
                                      if body.get("type") == "Template" else
                                      "Please correct the following error - Customer has not messaged within last 24 hours")
                    return self._reply(400, {"result": False, "message": msg})
                with fake._lock:
                    mid = fake.next_ids.pop(0) if fake.next_ids else str(uuid.uuid4())
                self._reply(201, {"result": True, "id": mid,
                                  "message": "Message queued for sending via Interakt. Check webhook for delivery status"})
                fake._after_send(mid, body)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = "http://127.0.0.1:%d" % self.port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    # --- control --------------------------------------------------------------
    def set_mode(self, mode, count=None):
        assert mode in MODES, mode
        with self._lock:
            self._mode, self._count = mode, count

    def _take_mode(self):
        with self._lock:
            mode = self._mode
            if self._count is not None:
                self._count -= 1
                if self._count <= 0:
                    self._mode, self._count = "ok", None
            return mode

    def set_media_fault(self, fault, seconds=0):
        """Media links answer `fault` (one of FAULTS) for the next
        `seconds`; None lifts it at once."""
        self._media_fault.set(fault, seconds)

    def _media_fault_now(self):
        return self._media_fault.now()

    def add_media(self, name, data, content_type):
        """Serves data at <url>/media/<name>; returns that URL."""
        self.media[name] = (data, content_type)
        return "%s/media/%s" % (self.url, name)

    @staticmethod
    def _validate(body):
        """What Interakt itself refuses: both phone forms, or neither."""
        full, split = "fullPhoneNumber" in body, "phoneNumber" in body or "countryCode" in body
        if full == split:
            return "Either fullPhoneNumber or countryCode with phoneNumber is required (both are NOT allowed)"
        if body.get("type") == "Text" and not (body.get("data") or {}).get("message"):
            return "data.message is required"
        if body.get("type") == "Template" and not (body.get("template") or {}).get("name"):
            return "template.name is required"
        return None

    # --- webhooks -----------------------------------------------------------------
    def post_webhook(self, event, secret=None, signature=None, url=None):
        """POSTs event (dict, list or raw bytes) to our webhook, signed with
        secret (default: the fake's). Returns (status, body bytes)."""
        body = event if isinstance(event, bytes) else json.dumps(event).encode()
        headers = {"Content-Type": "application/json"}
        sig = signature if signature is not None else sign(secret or self.webhook_secret, body)
        if sig:
            headers["Interakt-Signature"] = sig
        req = urllib.request.Request(url or self.webhook_url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def _after_send(self, mid, body):
        if self.status_order == "none" or not self.webhook_url:
            return
        cb = body.get("callbackData")
        events = [status_event(s, mid, cb) for s in ("sent", "delivered", "read")]
        if self.status_order == "reversed":
            events.reverse()
        elif self.status_order == "shuffled":
            random.shuffle(events)

        def deliver():
            time.sleep(0.05)
            for ev in events:
                self.post_webhook(ev)

        threading.Thread(target=deliver, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def start_fake_interakt(**kw):
    """Starts a fake on a free loopback port; .url is the INTERAKT_API_BASE_URL."""
    return FakeInterakt(**kw)


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--key", default="dGVzdC1pbnRlcmFrdC1rZXk6")
    args = ap.parse_args()
    f = FakeInterakt(api_key=args.key, port=args.port)
    print(f.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        f.stop()
        sys.exit(0)
