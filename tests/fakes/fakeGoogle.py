"""fakeGoogle.py — local stand-ins for the Google endpoints the Gmail path
uses (Gmail API v1, the OAuth 2.0 token endpoint, Pub/Sub push OIDC keys),
speaking the real wire formats:

  POST /token                      OAuth 2.0 JWT-bearer grant (service account)
  GET  /oauth2/v3/certs            JWKS with the test signing key (RS256)
  /gmail/v1/users/<u>/watch|stop|profile|history|messages|messages/<id>
  POST /gmail/v1/users/<u>/messages/send   {"raw", "threadId"}: needs a token
                                   with the gmail.send scope; the raw MIME is
                                   recorded (g.sent) and, like real Gmail, the
                                   message joins the mailbox labelled SENT with
                                   a history record (history is thread-wise:
                                   it shows up even with labelId=INBOX)

Keys are generated at start with the `openssl` CLI into a temp dir (no
committed private keys): one "Google" key that signs Pub/Sub OIDC tokens
(mint_push_token) and is served in the JWKS, and one service-account key
written into a key file (sa_file) for GOOGLE_SERVICE_ACCOUNT_FILE. The token
endpoint checks grant_type, the assertion's RS256 signature against the
service-account public key, iss/aud/scope, and issues tokens bound to the
assertion's `sub`; Gmail calls must carry a token issued for that mailbox.

Mailboxes live in memory: add_message(raw, thread_id=None, labels=["INBOX"])
appends a message and a messagesAdded history record. Failures are switched
with control() or POST /_control:
  {"history_404": true}                          history.list answers 404
  {"fail_next": {"path_prefix": "/gmail/v1/users/x/messages/", "status": 429,
                 "retry_after": 1, "count": 2, "reason": "rateLimitExceeded"}}
  {"delay_ms": 1500, "delay_prefix": "/gmail/v1/users/x/messages/"}
  {"token_error": "invalid_grant"}               the token endpoint refuses
  {"page_size": 2}                               small pages (pageToken paths)
  {"revoke_tokens": true}                        issued access tokens stop working

Usage: from fakeGoogle import start_fake_google; g = start_fake_google();
g.env(audience) gives the csd environment; g.stop() at the end.
"""

import base64
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PUSH_SA = "pubsub-push@test-project.iam.gserviceaccount.com"
SA_EMAIL = "csd-gmail@test-project.iam.gserviceaccount.com"
TOPIC = "projects/test-project/topics/gmail-push-notifications"
SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
SEND_SCOPE = "https://www.googleapis.com/auth/gmail.send"


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64url_decode(s):
    s = s + "=" * (-len(s) % 4)
    return base64.urlsafe_b64decode(s.encode())


def _openssl(*args, input=None):
    p = subprocess.run(["openssl"] + list(args), input=input, capture_output=True, check=True)
    return p.stdout


class RsaKey:
    """An RSA key made by the openssl CLI; signs and verifies RS256."""

    def __init__(self, directory, name, bits=2048):
        self.path = os.path.join(directory, name + ".pem")
        self.pub_path = os.path.join(directory, name + ".pub.pem")
        _openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:%d" % bits, "-out", self.path)
        _openssl("pkey", "-in", self.path, "-pubout", "-out", self.pub_path)
        mod = _openssl("rsa", "-in", self.path, "-noout", "-modulus").decode().strip()
        self.n = bytes.fromhex(mod.split("=", 1)[1])
        self.e = (65537).to_bytes(3, "big")  # genpkey's default exponent
        with open(self.path) as f:
            self.pem = f.read()

    def sign(self, data):
        return _openssl("dgst", "-sha256", "-sign", self.path, input=data)

    def verify(self, data, sig):
        sig_path = tempfile.mktemp(dir=os.path.dirname(self.path))
        with open(sig_path, "wb") as f:
            f.write(sig)
        try:
            p = subprocess.run(["openssl", "dgst", "-sha256", "-verify", self.pub_path, "-signature", sig_path],
                               input=data, capture_output=True)
            return p.returncode == 0
        finally:
            os.unlink(sig_path)

    def jwk(self, kid):
        return {"kty": "RSA", "alg": "RS256", "use": "sig", "kid": kid, "n": b64url(self.n), "e": b64url(self.e)}


def make_jwt(key, header, claims):
    si = (b64url(json.dumps(header, separators=(",", ":")).encode()) + "." +
          b64url(json.dumps(claims, separators=(",", ":")).encode()))
    sig = key.sign(si.encode()) if key is not None else b""
    return si + "." + b64url(sig)


class Mailbox:
    def __init__(self, address):
        self.address = address
        self.history_id = 1000
        self.messages = []      # dicts: id, threadId, labelIds, raw, historyId, internalDate
        self.history = []       # (history_id, message dict)


class FakeGoogle:
    def __init__(self):
        self.tmp = tempfile.mkdtemp(prefix="fakeGoogle")
        self.google_key = RsaKey(self.tmp, "google")
        self.other_key = RsaKey(self.tmp, "attacker")
        self.sa_key = RsaKey(self.tmp, "serviceAccount")
        self.kid = "test-kid-1"
        self.lock = threading.Lock()
        self.mailboxes = {}
        self.tokens = {}        # access token -> sub
        self.token_scopes = {}  # access token -> scope
        self.sent = []          # (user, threadId, raw bytes) of messages.send
        self.requests = []      # (method, path)
        self.watches = []       # (user, body)
        self.stops = []
        self.token_requests = 0
        self.next_id = 0x18c0000000000000
        self.ctl = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        # A client killed mid-request (the crash tests) is expected: no tracebacks.
        self.server.handle_error = lambda request, address: None
        self.server.fake = self
        self.port = self.server.server_address[1]
        self.url = "http://127.0.0.1:%d" % self.port
        self.token_url = self.url + "/token"
        self.jwks_url = self.url + "/oauth2/v3/certs"
        self.gmail_url = self.url + "/gmail/v1"
        self.sa_file = os.path.join(self.tmp, "serviceAccount.json")
        with open(self.sa_file, "w") as f:
            json.dump({"type": "service_account", "project_id": "test-project", "private_key_id": "sa-key-1",
                       "private_key": self.sa_key.pem, "client_email": SA_EMAIL,
                       "client_id": "1234567890", "token_uri": self.token_url}, f)
        os.chmod(self.sa_file, 0o644)
        os.chmod(self.tmp, 0o755)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    # --- test API ---------------------------------------------------------
    def env(self, audience="https://csd.test/webhooks/gmail"):
        self.audience = audience
        return {"GOOGLE_SERVICE_ACCOUNT_FILE": self.sa_file, "GOOGLE_PUBSUB_TOPIC": TOPIC,
                "GOOGLE_PUBSUB_AUDIENCE": audience, "GOOGLE_PUBSUB_SERVICE_ACCOUNT": PUSH_SA,
                "GMAIL_API_BASE_URL": self.gmail_url, "GOOGLE_TOKEN_URL": self.token_url,
                "GOOGLE_JWKS_URL": self.jwks_url}

    def mailbox(self, address):
        with self.lock:
            return self.mailboxes.setdefault(address.lower(), Mailbox(address.lower()))

    def add_message(self, raw, thread_id=None, labels=("INBOX",), user=None):
        """Adds a message to `user`'s mailbox (default: the only/first one);
        returns (message id, thread id, history id)."""
        if isinstance(raw, str):
            raw = raw.encode()
        with self.lock:
            if user is None:
                user = next(iter(self.mailboxes)) if self.mailboxes else "support@example.com"
            mb = self.mailboxes.setdefault(user.lower(), Mailbox(user.lower()))
            self.next_id += 0x1f
            mid = "%x" % self.next_id
            mb.history_id += 7  # ids grow with gaps
            m = {"id": mid, "threadId": thread_id or mid, "labelIds": list(labels), "raw": raw,
                 "historyId": str(mb.history_id), "internalDate": str(int(time.time() * 1000))}
            mb.messages.append(m)
            mb.history.append((mb.history_id, m))
            return mid, m["threadId"], mb.history_id

    def control(self, **kw):
        with self.lock:
            for k, v in kw.items():
                if v is None:
                    self.ctl.pop(k, None)
                else:
                    self.ctl[k] = v

    def revoke_tokens(self):
        """Invalidates every issued access token (Gmail then answers 401)."""
        with self.lock:
            self.tokens.clear()

    def request_log(self):
        with self.lock:
            return list(self.requests)

    def mint_push_token(self, aud=None, email=PUSH_SA, iss="https://accounts.google.com", exp=None,
                        iat=None, email_verified=True, kid=None, alg="RS256", key="google"):
        now = int(time.time())
        claims = {"aud": aud if aud is not None else self.audience, "azp": "113774264463038321964",
                  "email": email, "email_verified": email_verified, "sub": "113774264463038321964",
                  "iat": iat if iat is not None else now - 10,
                  "exp": exp if exp is not None else now + 3600, "iss": iss}
        header = {"alg": alg, "kid": kid or self.kid, "typ": "JWT"}
        k = {"google": self.google_key, "other": self.other_key, "none": None}[key]
        return make_jwt(k, header, claims)

    @staticmethod
    def push_body(email, history_id, message_id, numeric=False, urlsafe=False):
        data = json.dumps({"emailAddress": email,
                           "historyId": int(history_id) if numeric else str(history_id)}).encode()
        enc = base64.urlsafe_b64encode(data) if urlsafe else base64.b64encode(data)
        return {"message": {"attributes": {}, "data": enc.decode(), "messageId": str(message_id),
                            "message_id": str(message_id), "publishTime": "2026-11-24T10:00:00.000Z",
                            "publish_time": "2026-11-24T10:00:00.000Z"},
                "subscription": "projects/test-project/subscriptions/gmail-push"}

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def start_fake_google():
    return FakeGoogle()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY the
    # second waits for the client's delayed ACK (~40 ms per call), which
    # would make csd look slow in latency measurements.
    disable_nagle_algorithm = True

    def log_message(self, *a):
        pass

    @property
    def fake(self):
        return self.server.fake

    def _send(self, status, obj=None, headers=None):
        body = b"" if obj is None else json.dumps(obj).encode()
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if obj is not None:
            self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _gerr(self, status, reason, message, headers=None):
        self._send(status, {"error": {"code": status, "message": message,
                                      "errors": [{"domain": "global", "reason": reason, "message": message}]}},
                   headers)

    def _body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def do_GET(self):
        self._dispatch("GET")

    def do_POST(self):
        self._dispatch("POST")

    def _dispatch(self, method):
        f = self.fake
        u = urllib.parse.urlsplit(self.path)
        path, q = urllib.parse.unquote(u.path), urllib.parse.parse_qs(u.query)
        body = self._body()
        if path == "/_control":
            f.control(**json.loads(body or b"{}"))
            if f.ctl.pop("revoke_tokens", None):
                f.revoke_tokens()
            return self._send(200, {"ok": True})
        with f.lock:
            f.requests.append((method, path + ("?" + u.query if u.query else "")))
            ctl = dict(f.ctl)
            fail = ctl.get("fail_next")
            if fail and path.startswith(fail.get("path_prefix", "")) and fail.get("count", 1) > 0:
                fail["count"] = fail.get("count", 1) - 1
                if fail["count"] <= 0:
                    f.ctl.pop("fail_next", None)
            else:
                fail = None
        if ctl.get("delay_ms") and path.startswith(ctl.get("delay_prefix", "/gmail/")):
            time.sleep(ctl["delay_ms"] / 1000.0)
        if fail:
            hdrs = {"Retry-After": str(fail["retry_after"])} if "retry_after" in fail else {}
            st = int(fail.get("status", 503))
            return self._gerr(st, fail.get("reason", "rateLimitExceeded" if st in (403, 429) else "backendError"),
                              "injected failure", hdrs)
        if path == "/token" and method == "POST":
            return self._token(body, ctl)
        if path == "/oauth2/v3/certs":
            return self._send(200, {"keys": [f.google_key.jwk(f.kid)]},
                              {"Cache-Control": "public, max-age=3600, must-revalidate, no-transform"})
        if path.startswith("/gmail/v1/users/"):
            return self._gmail(method, path, q, body, ctl)
        self._send(404, {"error": "not found"})

    def _token(self, body, ctl):
        f = self.fake
        form = urllib.parse.parse_qs(body.decode())
        with f.lock:
            f.token_requests += 1
        if form.get("grant_type") != ["urn:ietf:params:oauth:grant-type:jwt-bearer"] or "assertion" not in form:
            return self._send(400, {"error": "unsupported_grant_type", "error_description": "Invalid grant_type"})
        if ctl.get("token_error"):
            return self._send(400, {"error": ctl["token_error"],
                                    "error_description": ctl.get("token_error_description",
                                                                 "Invalid email or User ID")})
        parts = form["assertion"][0].split(".")
        try:
            header = json.loads(b64url_decode(parts[0]))
            claims = json.loads(b64url_decode(parts[1]))
            ok = (len(parts) == 3 and header.get("alg") == "RS256" and
                  f.sa_key.verify((parts[0] + "." + parts[1]).encode(), b64url_decode(parts[2])))
        except Exception:
            ok = False
        if not ok:
            return self._send(400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."})
        now = time.time()
        if (claims.get("iss") != SA_EMAIL or claims.get("aud") != f.token_url or claims.get("scope") not in (SCOPE, SEND_SCOPE)
                or not claims.get("sub") or not (claims.get("iat", 0) <= now + 60 < claims.get("exp", 0) + 60)
                or claims.get("exp", 0) - claims.get("iat", 0) > 3600):
            return self._send(400, {"error": "invalid_grant", "error_description": "Invalid JWT claims"})
        tok = "ya29.fake-" + os.urandom(12).hex()
        with f.lock:
            f.tokens[tok] = claims["sub"].lower()
            f.token_scopes[tok] = claims["scope"]
        self._send(200, {"access_token": tok, "expires_in": 3599, "token_type": "Bearer"})

    def _gmail(self, method, path, q, body, ctl):
        f = self.fake
        rest = path[len("/gmail/v1/users/"):]
        user, _, op = rest.partition("/")
        user = urllib.parse.unquote(user).lower()
        auth = self.headers.get("Authorization", "")
        with f.lock:
            sub = f.tokens.get(auth[7:]) if auth.startswith("Bearer ") else None
        if sub is None:
            return self._gerr(401, "authError", "Invalid Credentials")
        if sub != user:
            return self._gerr(403, "insufficientPermissions", "Delegation denied for %s" % sub)
        with f.lock:
            scope = f.token_scopes.get(auth[7:])
        if op == "messages/send" and method == "POST":
            if scope != SEND_SCOPE:
                return self._gerr(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
            if ctl.get("send_error"):
                e = ctl["send_error"]
                return self._gerr(e.get("status", 400), e.get("reason", "invalidArgument"), e.get("message", "Invalid To header"))
            req = json.loads(body or b"{}")
            raw = b64url_decode(req.get("raw", ""))
            with f.lock:
                f.sent.append((user, req.get("threadId"), raw))
            mid, tid, _ = f.add_message(raw, thread_id=req.get("threadId"), labels=("SENT",), user=user)
            return self._send(200, {"id": mid, "threadId": tid, "labelIds": ["SENT"]})
        if scope == SEND_SCOPE:
            return self._gerr(403, "insufficientPermissions", "Request had insufficient authentication scopes.")
        mb = f.mailbox(user)
        page_size = int(ctl.get("page_size", 500))
        if op == "watch" and method == "POST":
            with f.lock:
                f.watches.append((user, json.loads(body or b"{}")))
                return self._send(200, {"historyId": str(mb.history_id),
                                        "expiration": str(int(time.time() * 1000) + 7 * 86400 * 1000)})
        if op == "stop" and method == "POST":
            with f.lock:
                f.stops.append(user)
            return self._send(204)
        if op == "profile":
            with f.lock:
                return self._send(200, {"emailAddress": user, "messagesTotal": len(mb.messages),
                                        "threadsTotal": len(mb.messages), "historyId": str(mb.history_id)})
        if op == "history":
            if ctl.get("history_404"):
                return self._gerr(404, "notFound", "Requested entity was not found.")
            start = int(q.get("startHistoryId", ["0"])[0])
            off = int(q.get("pageToken", ["0"])[0])
            label = q.get("labelId", [None])[0]
            with f.lock:
                # Thread-oriented like real history: a SENT reply in a thread
                # that is in the inbox shows up under labelId=INBOX too.
                inbox_threads = {m["threadId"] for m in mb.messages if "INBOX" in m["labelIds"]}
                recs = [(h, m) for h, m in mb.history if h > start and (
                    label is None or label in m["labelIds"] or (label == "INBOX" and m["threadId"] in inbox_threads))]
                page = recs[off:off + page_size]
                out = {"historyId": str(mb.history_id)}
                if page:
                    out["history"] = [{"id": str(h), "messages": [{"id": m["id"], "threadId": m["threadId"]}],
                                       "messagesAdded": [{"message": {"id": m["id"], "threadId": m["threadId"],
                                                                      "labelIds": m["labelIds"]}}]}
                                      for h, m in page]
                if off + page_size < len(recs):
                    out["nextPageToken"] = str(off + page_size)
            return self._send(200, out)
        if op == "messages":
            off = int(q.get("pageToken", ["0"])[0])
            with f.lock:
                ms = [m for m in reversed(mb.messages) if "INBOX" in m["labelIds"]]
                page = ms[off:off + page_size]
                out = {"messages": [{"id": m["id"], "threadId": m["threadId"]} for m in page],
                       "resultSizeEstimate": len(ms)}
                if off + page_size < len(ms):
                    out["nextPageToken"] = str(off + page_size)
            return self._send(200, out)
        if op.startswith("messages/"):
            mid = op[len("messages/"):]
            with f.lock:
                m = next((m for m in mb.messages if m["id"] == mid), None)
            if m is None:
                return self._gerr(404, "notFound", "Requested entity was not found.")
            return self._send(200, {"id": m["id"], "threadId": m["threadId"], "labelIds": m["labelIds"],
                                    "snippet": "", "historyId": m["historyId"], "internalDate": m["internalDate"],
                                    "sizeEstimate": len(m["raw"]), "raw": b64url(m["raw"])})
        self._gerr(404, "notFound", "unknown Gmail method")


if __name__ == "__main__":
    g = start_fake_google()
    print(json.dumps(g.env(), indent=1))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        g.stop()
