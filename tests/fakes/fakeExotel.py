"""fakeExotel.py — a local stand-in for Exotel (channelProtocols.md §3).

Three things Exotel does, in its own wire formats:
  - the webhooks it sends to us: passthru_query() builds the Passthru
    applet's GET query string (CallFrom, CallTo, digits in double quotes,
    the constant EndTime 1970-01-01 05:30:00, IST times), status_form() the
    StatusCallback's form body (Status, ConversationDuration, Legs[n][...]);
    the test sends them to csd as Exotel would;
  - the Call Details API: GET /v1/Accounts/<sid>/Calls/<CallSid>.json
    (HTTP Basic with the API key and token; 404 for an unknown call,
    401 for wrong credentials), answering from the calls added with
    add_call();
  - recordings: GET /recordings/<name>.mp3, which needs the same Basic
    credentials (Exotel's recording URLs may).

Every request is recorded in .requests as (method, path, headers dict).
set_fault(fault, seconds, path_prefix) makes the requests under a path
fail for a while (429, 500, 503, slow, drop: see FAULTS).

Standalone: python3 tests/fakes/fakeExotel.py [--port N]
"""

import base64
import json
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from faultWindow import FAULTS, SLOW_MS, FaultWindow  # noqa: F401 (FAULTS: the names callers may pass)

EXOTEL_SID = "katyayani1"
EXOTEL_KEY = "fake-exotel-key"
EXOTEL_TOKEN = "fake-exotel-token"
RECORDING_BYTES = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 64
PASSTHRU_END_TIME = "1970-01-01 05:30:00"


def ist(utc_epoch):
    """An epoch as Exotel writes times: naive IST 'YYYY-MM-DD HH:MM:SS'."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(utc_epoch + 19800))


def passthru_query(call, digits=None, call_type="call-attempt"):
    """The Passthru applet's query string for `call` (a dict: sid, from,
    to, start (epoch); optional dial_whom)."""
    q = [("CallSid", call["sid"]), ("CallFrom", call["from"]), ("CallTo", call["to"]),
         ("Direction", call.get("direction", "incoming")), ("Created", ist(call["start"])),
         ("DialCallDuration", "0"), ("StartTime", ist(call["start"])), ("EndTime", PASSTHRU_END_TIME),
         ("CallType", call_type), ("CurrentTime", ist(call["start"] + 5))]
    if digits is not None:
        q.append(("digits", '"%s"' % digits))
    if call.get("dial_whom"):
        q.append(("DialWhomNumber", call["dial_whom"]))
    return urllib.parse.urlencode(q)


def status_form(call):
    """The StatusCallback's form body: sid, status (completed, no-answer,
    busy, failed), start/end (epochs), talk (seconds), recording_url."""
    f = [("CallSid", call["sid"]), ("EventType", "terminal"), ("Status", call["status"]),
         ("RecordingUrl", call.get("recording_url") or ""), ("DateCreated", ist(call["start"])),
         ("DateUpdated", ist(call["end"])), ("StartTime", ist(call["start"])), ("EndTime", ist(call["end"])),
         ("ConversationDuration", str(call.get("talk", 0))), ("From", call["from"]), ("To", call["to"]),
         ("Direction", "inbound" if call.get("direction", "incoming") == "incoming" else call["direction"]),
         ("Legs[0][OnCallDuration]", str(call.get("talk", 0) + 5)), ("Legs[0][Status]", call["status"]),
         ("Legs[0][AnsweredBy]", "NA")]
    return urllib.parse.urlencode(f)


class FakeExotel:
    def __init__(self, sid=EXOTEL_SID, key=EXOTEL_KEY, token=EXOTEL_TOKEN, port=0):
        self.sid, self.key, self.token = sid, key, token
        self.calls = {}
        self.requests = []
        self.lock = threading.Lock()
        self._fault, self._fault_prefix = FaultWindow(), "/"
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                fake._get(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.url = "http://127.0.0.1:%d" % self.port
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def env(self):
        """csd's environment for this fake."""
        return {"EXOTEL_API_BASE_URL": self.url, "EXOTEL_SID": self.sid, "EXOTEL_API_KEY": self.key,
                "EXOTEL_API_TOKEN": self.token}

    def recording_url(self, name):
        return "%s/recordings/%s.mp3" % (self.url, name)

    def add_call(self, call):
        """What the Call Details API says about call["sid"] from now on."""
        with self.lock:
            self.calls[call["sid"]] = dict(call)

    def set_fault(self, fault, seconds=0, path_prefix="/recordings/"):
        """Requests whose path starts with path_prefix answer `fault` (one
        of FAULTS) for the next `seconds`; None lifts it at once."""
        self._fault_prefix = path_prefix
        self._fault.set(fault, seconds)

    def _fault_for(self, path):
        return self._fault.now() if path.startswith(self._fault_prefix) else None

    def requests_to(self, fragment):
        with self.lock:
            return [r for r in self.requests if fragment in r[1]]

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    # --- the wire ----------------------------------------------------------
    def _send(self, h, status, body, ctype="application/json", headers=None, drop=False):
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        if drop:  # half the body, then the connection closes
            h.wfile.write(body[:len(body) // 2])
            h.close_connection = True
            return
        h.wfile.write(body)

    def _authorised(self, h):
        want = "Basic " + base64.b64encode(("%s:%s" % (self.key, self.token)).encode()).decode()
        return h.headers.get("Authorization") == want

    def _get(self, h):
        path = urllib.parse.urlsplit(h.path).path
        with self.lock:
            self.requests.append(("GET", h.path, dict(h.headers)))
        fault = self._fault_for(path)
        if fault == "429":
            return self._send(h, 429, {"RestException": {"Status": 429, "Message": "Too Many Requests"}},
                              headers={"Retry-After": "1"})
        if fault in ("500", "503"):
            return self._send(h, int(fault), {"RestException": {"Status": int(fault), "Message": "Server error"}})
        if fault == "slow":
            time.sleep(SLOW_MS / 1000.0)
        drop = fault == "drop"
        if not self._authorised(h):
            return self._send(h, 401, {"RestException": {"Status": 401, "Message": "Authentication required"}})
        if path.startswith("/recordings/"):
            return self._send(h, 200, RECORDING_BYTES, "audio/mpeg", drop=drop)
        prefix = "/v1/Accounts/%s/Calls/" % self.sid
        if not (path.startswith(prefix) and path.endswith(".json")):
            return self._send(h, 404, {"RestException": {"Status": 404, "Message": "Not Found"}})
        sid = path[len(prefix):-len(".json")]
        with self.lock:
            c = self.calls.get(sid)
        if not c:
            return self._send(h, 404, {"RestException": {"Status": 404, "Message": "Call not found"}})
        talk = c.get("talk", 0)
        self._send(h, 200, drop=drop, body={"Call": {
            "Sid": sid, "ParentCallSid": None, "DateCreated": ist(c["start"]), "DateUpdated": ist(c["end"]),
            "AccountSid": self.sid, "To": c["to"], "From": c["from"], "PhoneNumberSid": c["to"],
            "Status": c["status"], "StartTime": ist(c["start"]), "EndTime": ist(c["end"]),
            "Duration": str(c["end"] - c["start"]), "Price": "1.500",
            "Direction": "inbound" if c.get("direction", "incoming") == "incoming" else c["direction"],
            "AnsweredBy": None, "ForwardedFrom": None, "CallerName": None,
            "Uri": "/v1/Accounts/%s/Calls/%s.json" % (self.sid, sid),
            "RecordingUrl": c.get("recording_url"),
            "Details": {"ConversationDuration": talk, "Leg1Status": c["status"], "Leg2Status": c["status"],
                        "Legs": [{"Leg": {"Id": 1, "OnCallDuration": talk + 5}},
                                 {"Leg": {"Id": 2, "OnCallDuration": talk}}]}}})


def start_fake_exotel(**kw):
    """Starts a fake on a free loopback port; .env() is csd's settings."""
    return FakeExotel(**kw)


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    args = ap.parse_args()
    f = FakeExotel(port=args.port)
    print(f.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        f.stop()
        sys.exit(0)
