"""fakeGemini.py — a local stand-in for the Gemini REST API (v1beta generateContent).

Speaks the real wire format at POST /v1beta/models/<model>:generateContent,
checks the x-goog-api-key header, and records every request it got so tests
can assert what was sent (prompt text, schema, token limits).

Modes (what the next replies look like), switched either
  - for the whole server: POST /_control {"mode": "...", "count": N}
    (count = how many requests get the mode before it falls back to "ok";
    omitted = until changed), or set_mode() from Python;
  - per request: a keyword "[[fake:<mode>]]" anywhere in the customer text.

Retired models: any request for a model in `retired` (constructor keyword,
set_retired(), or POST /_control {"retired": [...]}) gets the 404 a retired
model gives ("... is no longer available to new users"), whatever the mode;
other models answer normally (for GEMINI_FALLBACK_MODEL tests).

  ok            a well-formed reply; the team is derived from keywords
  429           RESOURCE_EXHAUSTED with RetryInfo retryDelay (retry_delay, "0.2s")
                and a Retry-After header
  429_daily     the same with a PerDay quotaId
  500, 503      INTERNAL / UNAVAILABLE
  400, 403, 404 permanent errors (404: model not found)
  block_prompt  HTTP 200, no candidates, promptFeedback.blockReason SAFETY
  block_safety  HTTP 200, finishReason SAFETY and no text
  max_tokens    finishReason MAX_TOKENS with truncated JSON text
  malformed     finishReason STOP but the text is not JSON
  bad_enum      valid JSON with a team outside the enum
  slow          sleeps slow_seconds (default 5) before an ok reply

Token counts in usageMetadata are an estimate: ceil(UTF-8 bytes / 4) of the
system instruction plus the user text (Gemini's real tokenizer differs;
tests and the benchmark only compare counts made the same way).

Standalone: python3 tests/fakes/fakeGemini.py [--port N] [--key K]
"""

import json
import math
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODES = {"ok", "429", "429_daily", "500", "503", "400", "403", "404", "block_prompt",
         "block_safety", "max_tokens", "malformed", "bad_enum", "slow"}

TEAM_KEYWORDS = [
    ("returns_refunds", ["refund", "return", "damaged", "leak", "wrong item", "replacement", "expired",
                         "missing item", "toota", "tuta", "wapas", "paisa wapas"]),
    ("finance", ["payment", "debited", "invoice", "gst", "cod charge", "credit note", "ledger",
                 "paid twice", "deducted", "bill"]),
    ("dispatch", ["tracking", "delivery", "delivered", "courier", "shipped", "dispatch", "pincode",
                  "not arrived", "nahi aaya", "nahi mila", "kab aayega", "where is my order", "order status"]),
    ("sales", ["price", "bulk", "wholesale", "dealer", "distributor", "quote", "stock", "rate kya",
               "kitne ka", "buy"]),
    ("technical", ["dosage", "dose", "spray", "mix", "pest", "disease", "fungus", "insect", "crop",
                   "ml per litre", "kaise use", "keeda", "patti"]),
    ("support", ["login", "password", "account", "app", "website", "cancel", "coupon", "call back",
                 "callback", "human", "agent"]),
]
HINGLISH = re.compile(r"\b(mera|meri|nahi|hai|kab|kya|aaya|kaise|bhai|kripya|abhi|tak)\b", re.I)


def estimate_tokens(text):
    return int(math.ceil(len(text.encode("utf-8")) / 4.0))


def derive_team(text):
    low = text.lower()
    for team, words in TEAM_KEYWORDS:
        if any(w in low for w in words):
            return team
    return "general"


def detect_language(text):
    if re.search("[\u0900-\u097f]", text):
        return "hi"
    if HINGLISH.search(text):
        return "hinglish"
    return "en"


def make_reply(text):
    team = derive_team(text)
    words = re.sub(r"\[\[fake:[a-z0-9_]+\]\]", "", text).split()
    gist = " ".join(words[:14]) if words else "an empty message"
    summary = "The customer writes about %s." % gist.rstrip(".!?")
    return {
        "summary": summary[:400],
        "suggested_team": team,
        "confidence": 0.9 if team != "general" else 0.55,
        "language": detect_language(text),
        "sentiment": "negative" if team in ("returns_refunds", "dispatch") else "neutral",
        "priority": "high" if team in ("returns_refunds", "dispatch") else "medium",
    }


class FakeGemini:
    def __init__(self, api_key="test-gemini-key", port=0, retry_delay="0.2s", slow_seconds=5.0, retired=()):
        self.api_key = api_key
        self.retired = set(retired)
        self.retry_delay = retry_delay
        self.slow_seconds = slow_seconds
        self.requests = []
        self._lock = threading.Lock()
        self._mode = "ok"
        self._count = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # see fakeGoogle.py: no 40 ms delayed-ACK stalls

            def log_message(self, *args):
                pass

            def do_POST(self):
                fake._handle(self)

            def do_GET(self):
                if self.path == "/_requests":
                    with fake._lock:
                        body = json.dumps(fake.requests).encode()
                    fake._send(self, 200, body)
                else:
                    fake._send(self, 404, b'{"error":{"code":404,"message":"not found","status":"NOT_FOUND"}}')

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = "http://127.0.0.1:%d/v1beta" % self.port
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    # --- control -------------------------------------------------------
    def set_mode(self, mode, count=None):
        if mode not in MODES:
            raise ValueError("unknown mode %r" % mode)
        with self._lock:
            self._mode = mode
            self._count = count

    def set_retired(self, models):
        with self._lock:
            self.retired = set(models)

    def clear(self):
        with self._lock:
            self.requests = []

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    def _take_mode(self, text):
        m = re.search(r"\[\[fake:([a-z0-9_]+)\]\]", text or "")
        if m and m.group(1) in MODES:
            return m.group(1)
        with self._lock:
            mode = self._mode
            if self._count is not None:
                self._count -= 1
                if self._count <= 0:
                    self._mode, self._count = "ok", None
            return mode

    # --- wire ----------------------------------------------------------
    @staticmethod
    def _send(h, status, body, extra=None):
        h.send_response(status)
        h.send_header("Content-Type", "application/json; charset=UTF-8")
        h.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            h.send_header(k, v)
        h.end_headers()
        try:
            h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the "slow" mode is meant to make it)

    @staticmethod
    def _error(code, status, message, details=None):
        err = {"code": code, "message": message, "status": status}
        if details:
            err["details"] = details
        return json.dumps({"error": err}).encode()

    def _handle(self, h):
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        if h.path == "/_control":
            try:
                c = json.loads(raw or b"{}")
                if c.get("clear"):
                    self.clear()
                if "mode" in c:
                    self.set_mode(c["mode"], c.get("count"))
                if "retired" in c:
                    self.set_retired(c["retired"])
            except (ValueError, AttributeError) as e:
                return self._send(h, 400, json.dumps({"error": str(e)}).encode())
            return self._send(h, 200, b'{"ok":true}')

        m = re.fullmatch(r"/v1beta/models/([A-Za-z0-9._-]+):generateContent", h.path)
        record = {"path": h.path, "key_in_url": "key=" in h.path,
                  "api_key_ok": h.headers.get("x-goog-api-key") == self.api_key,
                  "model": m.group(1) if m else None, "body": None, "text": None,
                  "mode": None, "status": None, "prompt_tokens": 0}
        try:
            body = json.loads(raw)
            record["body"] = body
            text = "".join(p.get("text", "") for c in body.get("contents", [])
                           for p in c.get("parts", []))
            system = "".join(p.get("text", "") for p in
                             body.get("systemInstruction", {}).get("parts", []))
            record["text"] = text
        except (ValueError, AttributeError, TypeError):
            body, text, system = None, None, ""

        def finish(status, payload, extra=None):
            record["status"] = status
            with self._lock:
                self.requests.append(record)
            self._send(h, status, payload, extra)

        if not m:
            return finish(404, self._error(404, "NOT_FOUND", "Unknown path"))
        if not record["api_key_ok"]:
            return finish(400, self._error(400, "INVALID_ARGUMENT",
                                           "API key not valid. Please pass a valid API key.",
                                           [{"@type": "type.googleapis.com/google.rpc.ErrorInfo",
                                             "reason": "API_KEY_INVALID"}]))
        if body is None or text is None:
            return finish(400, self._error(400, "INVALID_ARGUMENT", "Invalid JSON payload received."))

        with self._lock:
            retired = m.group(1) in self.retired
        if retired:
            record["mode"] = "retired"
            return finish(404, self._error(404, "NOT_FOUND",
                                           "models/%s is no longer available to new users. Please update"
                                           " your code to use a newer model." % m.group(1)))
        mode = self._take_mode(text)
        record["mode"] = mode
        gen = body.get("generationConfig", {})
        max_out = int(gen.get("maxOutputTokens") or 8192)
        prompt_tokens = estimate_tokens(system) + estimate_tokens(text)
        record["prompt_tokens"] = prompt_tokens
        model = m.group(1)

        if mode in ("429", "429_daily"):
            quota = ("GenerateRequestsPerDayPerProjectPerModel-FreeTier" if mode == "429_daily"
                     else "GenerateRequestsPerMinutePerProjectPerModel-FreeTier")
            details = [{"@type": "type.googleapis.com/google.rpc.QuotaFailure",
                        "violations": [{"quotaMetric": "generativelanguage.googleapis.com/"
                                        "generate_content_free_tier_requests", "quotaId": quota}]},
                       {"@type": "type.googleapis.com/google.rpc.RetryInfo",
                        "retryDelay": self.retry_delay}]
            return finish(429, self._error(429, "RESOURCE_EXHAUSTED",
                                           "You exceeded your current quota.", details),
                          {"Retry-After": "1"})
        if mode in ("500", "503"):
            st = "INTERNAL" if mode == "500" else "UNAVAILABLE"
            return finish(int(mode), self._error(int(mode), st, "The model is overloaded. Please try again later."))
        if mode == "400":
            return finish(400, self._error(400, "FAILED_PRECONDITION",
                                           "User location is not supported for the API use."))
        if mode == "403":
            return finish(403, self._error(403, "PERMISSION_DENIED", "Permission denied."))
        if mode == "404":
            return finish(404, self._error(404, "NOT_FOUND",
                                           "models/%s is not found for API version v1beta" % model))
        if mode == "slow":
            time.sleep(self.slow_seconds)

        usage = {"promptTokenCount": prompt_tokens, "totalTokenCount": prompt_tokens}
        resp = {"modelVersion": model, "responseId": "fake-%d" % len(self.requests)}
        if mode == "block_prompt":
            resp["promptFeedback"] = {"blockReason": "SAFETY", "safetyRatings": [
                {"category": "HARM_CATEGORY_HARASSMENT", "probability": "HIGH"}]}
            resp["usageMetadata"] = usage
            return finish(200, json.dumps(resp).encode())

        reply = make_reply(text)
        finish_reason = "STOP"
        out_text = json.dumps(reply, ensure_ascii=False)
        if mode == "block_safety":
            finish_reason, out_text = "SAFETY", ""
        elif mode == "max_tokens":
            finish_reason, out_text = "MAX_TOKENS", out_text[: max(1, len(out_text) // 3)]
        elif mode == "malformed":
            out_text = "Sure! " + out_text[:-1]
        elif mode == "bad_enum":
            reply["suggested_team"] = "billing"
            out_text = json.dumps(reply)
        out_tokens = min(estimate_tokens(out_text), max_out)
        usage["candidatesTokenCount"] = out_tokens
        usage["thoughtsTokenCount"] = 7
        usage["totalTokenCount"] = prompt_tokens + out_tokens + 7
        cand = {"content": {"role": "model",
                            "parts": [{"text": "Considering the teams.", "thought": True}] +
                            ([{"text": out_text}] if out_text else [])},
                "finishReason": finish_reason, "index": 0}
        resp["candidates"] = [cand]
        resp["usageMetadata"] = usage
        return finish(200, json.dumps(resp, ensure_ascii=False).encode("utf-8"))


def start_fake_gemini(api_key="test-gemini-key", **kw):
    """Starts a fake on a free loopback port; .url is the GEMINI_API_BASE_URL."""
    return FakeGemini(api_key=api_key, **kw)


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--key", default="test-gemini-key")
    args = ap.parse_args()
    f = FakeGemini(api_key=args.key, port=args.port)
    print(f.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        f.stop()
        sys.exit(0)
