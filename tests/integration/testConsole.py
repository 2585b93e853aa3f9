"""testConsole.py — the web console (nginx/static/console) against the real
stack: how nginx serves it (CSP, types), and the whole agent flow in Debian's
headless Chromium driven by tests/browser/consoleTest.mjs through
puppeteer-core (installed by npm into build/browser on first use): log in,
see the inbox, a new email arriving live, open it, reply with a canned
response, note, assign, resolve, the dashboard, a phone-sized screen, log
out, an expired token. Screenshots of every step: build/browser/screenshots/.

Run: TESTS=Console scripts/runTests.sh   (or python3 tests/integration/testConsole.py)
"""

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import threading
import time
import unittest
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "fakes"))

from harness import ADMIN_EMAIL, BUILD, REPO, Stack, mint_jwt  # noqa: E402
from fakeGoogle import start_fake_google  # noqa: E402

try:  # the WhatsApp channel (Interakt) and its fake; the step is skipped without them
    from fakeInterakt import message_received, start_fake_interakt  # noqa: E402
except ImportError:
    start_fake_interakt = None

AUD = "https://csd.test/webhooks/gmail"
BROWSER_DIR = os.path.join(BUILD, "browser")
SHOT_DIR = os.path.join(BROWSER_DIR, "screenshots")
PACKAGE_JSON = os.path.join(REPO, "tests", "browser", "package.json")
SCRIPT = os.path.join(REPO, "tests", "browser", "consoleTest.mjs")
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
STATIC = os.path.join(REPO, "nginx", "static", "console")
BROWSER_TIMEOUT = 300
ADMIN_PASSWORD = "Kisan-Seva-2026!"
CANNED_CODE, CANNED_TEXT = "thanks", "Thank you for writing to Katyayani Organics."
INTERAKT_SECRET = "interakt-secret-" + os.urandom(4).hex()
INTERAKT_KEY = "dGVzdC1rZXktZm9yLWNzZDo="  # base64 of "test-key-for-csd:"
WA_TEXT = "Namaste, neem oil ka dose kya hai? नीम तेल कितना डालें?"


def small_png(w=160, h=100, rgb=(21, 128, 61)):
    """A real PNG (a green rectangle): what a customer's photo looks like to the console."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def mime(subject, body, sender, msgid):
    return ("From: %s\r\nTo: support@katyayani.example\r\nSubject: %s\r\nMessage-ID: %s\r\n"
            "Date: Mon, 30 Nov 2026 10:00:00 +0530\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
            % (sender, subject, msgid, body)).encode()


def ensure_puppeteer():
    """puppeteer-core, at the version tests/browser/package.json pins, in
    build/browser/node_modules (never committed); installed once per build
    tree. Returns None or the reason it cannot be had."""
    if not shutil.which("node") or not shutil.which("npm"):
        return "node and npm are needed (scripts/deps.sh installs nodejs and npm)"
    os.makedirs(BROWSER_DIR, exist_ok=True)
    dst = os.path.join(BROWSER_DIR, "package.json")
    with open(PACKAGE_JSON, encoding="utf-8") as f:
        want = f.read()
    have = None
    if os.path.exists(dst):
        with open(dst, encoding="utf-8") as f:
            have = f.read()
    installed = os.path.join(BROWSER_DIR, "node_modules", "puppeteer-core", "package.json")
    if have == want and os.path.exists(installed):
        return None
    shutil.copy(PACKAGE_JSON, dst)
    p = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"], cwd=BROWSER_DIR,
                       capture_output=True, text=True, timeout=600)
    if p.returncode != 0 or not os.path.exists(installed):
        return "npm install puppeteer-core failed:\n%s%s" % (p.stdout, p.stderr)
    return None


class ConsoleServedTest(unittest.TestCase):
    """How nginx serves the console (no browser needed)."""

    @classmethod
    def setUpClass(cls):
        cls.stack = Stack().__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)

    def test_page_at_root_with_csp(self):
        st, headers, body = self.stack.request_full("GET", "/")
        self.assertEqual(st, 200)
        self.assertIn("text/html", headers.get("content-type", ""))
        self.assertIn(b'src="/console/js/main.js"', body)
        csp = headers.get("content-security-policy", "")
        self.assertIn("script-src 'self'", csp)
        self.assertIn("default-src 'none'", csp)
        self.assertNotIn("unsafe-inline", csp)
        self.assertNotIn("unsafe-eval", csp)
        self.assertEqual(headers.get("x-content-type-options"), "nosniff")

    def test_assets_have_script_and_style_types(self):
        for path, ctype in (("/console/js/main.js", "javascript"), ("/console/js/views/inbox.js", "javascript"),
                            ("/console/css/console.css", "text/css"),
                            ("/console/vendor/chartJs/chart.min.js", "javascript")):
            st, headers, _ = self.stack.request_full("GET", path)
            self.assertEqual(st, 200, path)
            self.assertIn(ctype, headers.get("content-type", ""), path)
            self.assertIn("script-src 'self'", headers.get("content-security-policy", ""), path)

    def test_rest_api_still_answers_beside_the_console(self):
        st, body = self.stack.request("GET", "/health")
        self.assertIn(st, (200, 503))
        self.assertIsInstance(body, dict)
        st, _ = self.stack.request("GET", "/console/nothing-here.js")
        self.assertEqual(st, 404)

    def test_no_inline_code_or_html_sinks_in_the_sources(self):
        """The CSP would block inline code anyway; this keeps it out of the
        sources, and keeps untrusted text away from HTML parsing sinks."""
        with open(os.path.join(STATIC, "index.html"), encoding="utf-8") as f:
            html = f.read()
        for tag in re.findall(r"<script\b[^>]*>", html):
            self.assertIn("src=", tag)
        self.assertNotRegex(html, r"\son[a-z]+\s*=")
        self.assertNotIn("style=", html)
        for root, _, files in os.walk(os.path.join(STATIC, "js")):
            for name in files:
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    src = f.read()
                code = re.sub(r"/\*.*?\*/", "", src, flags=re.S)  # comments may name them
                code = re.sub(r"^\s*//.*$", "", code, flags=re.M)
                for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                             "new Function"):
                    self.assertFalse(sink in code, "%s uses %s" % (name, sink))
        self.assertTrue(os.path.exists(os.path.join(STATIC, "vendor", "chartJs", "LICENSE")))


class ConsoleBrowserTest(unittest.TestCase):
    """The agent flow in headless Chromium."""

    @classmethod
    def setUpClass(cls):
        cls.g = start_fake_google()
        env = dict(cls.g.env(AUD))
        cls.wa = None
        if start_fake_interakt:
            cls.wa = start_fake_interakt(api_key=INTERAKT_KEY, webhook_secret=INTERAKT_SECRET)
            env.update({"INTERAKT_WEBHOOK_SECRET": INTERAKT_SECRET, "INTERAKT_API_KEY": INTERAKT_KEY,
                        "INTERAKT_API_BASE_URL": cls.wa.url, "CHAT_TRIAGE_DEBOUNCE_MS": "500"})
        cls.stack = Stack(env=env).__enter__()
        if cls.wa:
            cls.wa.webhook_url = cls.stack.base_url + "/webhooks/interakt"
        cls.seq = 0

    @classmethod
    def tearDownClass(cls):
        cls.stack.__exit__(None, None, None)
        cls.g.stop()
        if cls.wa:
            cls.wa.stop()

    # --- the stack's side of the story -------------------------------------
    def api(self, method, path, body=None, want=(200, 201, 202, 204)):
        st, out = self.stack.request(method, path, token=self.stack.admin_token, json=body)
        self.assertIn(st, want, "%s %s -> %s %s" % (method, path, st, out))
        return out

    def new_mailbox(self):
        addr = "support@katyayani.example"
        self.g.mailbox(addr)
        mb = self.api("POST", "/support-emails", {"email": addr, "display_name": "Support"})
        ok = self.stack.wait_for(lambda: self.stack.sql(
            "SELECT history_id FROM support_emails WHERE id = %s AND history_id IS NOT NULL", (int(mb["id"]),)),
            timeout=30)
        self.assertTrue(ok, "watch job did not store a cursor:\n" + self.stack.log_text()[-3000:])
        return addr

    def inject(self, addr, subject, body, sender):
        """A message through the fake Gmail and a Pub/Sub push, as Google
        would deliver it; returns the conversation id once it is stored."""
        ConsoleBrowserTest.seq += 1
        gid, _, hid = self.g.add_message(mime(subject, body, sender, "<console%d@mail.example>" % self.seq), user=addr)
        push = self.g.push_body(addr, hid, "console-push-%d" % self.seq)
        st, _ = self.stack.request("POST", "/webhooks/gmail", json=push,
                                   headers={"Authorization": "Bearer " + self.g.mint_push_token(aud=AUD)})
        self.assertEqual(st, 204)
        rows = self.stack.wait_for(lambda: self.stack.sql(
            "SELECT conversation_id FROM emails WHERE gmail_message_id = %s AND conversation_id IS NOT NULL", (gid,)),
            timeout=30)
        self.assertTrue(rows, "email not stored:\n" + self.stack.log_text()[-3000:])
        return int(rows[0][0])

    def whatsapp_conversation(self):
        """A customer's WhatsApp text and photo through Interakt's webhook;
        returns the conversation id once the photo is in our media store,
        or None when this stack has no WhatsApp channel."""
        if not self.wa:
            return None
        st, _ = self.wa.post_webhook(message_received(phone="9812345678", name="Gurpreet Kaur", text=WA_TEXT))
        if st == 404:
            return None
        self.assertEqual(st, 200)
        url = self.wa.add_media("leaf.png", small_png(), "image/png")
        st, _ = self.wa.post_webhook(message_received(phone="9812345678", name="Gurpreet Kaur", text="patti peeli",
                                                      content_type="Image", media_url=url))
        self.assertEqual(st, 200)
        rows = self.stack.wait_for(lambda: self.stack.sql(
            "SELECT m.conversation_id FROM messages m JOIN media md ON md.id = m.media_id"
            " WHERE m.kind = 'image' AND md.state = 'stored'"), timeout=30)
        self.assertTrue(rows, "WhatsApp photo not stored:\n" + self.stack.log_text()[-3000:])
        return int(rows[0][0])

    def handle(self, name, args):
        if name == "inject_email":
            subject = "Order 4411 not delivered — डिलीवरी कब होगी?"
            cid = self.inject(self.addr, subject, self.live_body, "Sunita Devi <sunita@farmer.example>")
            return {"conversation_id": cid, "subject": subject}
        if name == "conversation_text":
            return {"snippet": self.live_body.split("\n")[0][:40]}
        if name == "agent":
            return {"id": self.stack.agent_id, "name": "Agent"}
        if name == "conversation":
            c = self.api("GET", "/conversations/%d" % int(args["id"]))
            c = c.get("conversation", c)
            return {"status": c.get("status"), "assignee_id": (c.get("assignee") or {}).get("id")}
        raise ValueError("unknown request " + name)

    # --- the test --------------------------------------------------------------
    def test_agent_flow_in_chromium(self):
        self.assertTrue(os.path.exists(CHROMIUM), "Chromium not found at %s (scripts/deps.sh installs it)" % CHROMIUM)
        why = ensure_puppeteer()
        self.assertIsNone(why, why)

        # What an admin would have set up: a password, a canned response, a
        # mailbox with one conversation in it already. Parts of the API the
        # stack does not have are skipped by the browser script with a NOTE
        # line (printed in the test output).
        st, _ = self.stack.request("GET", "/conversations", token=self.stack.admin_token)
        features = {"inbox": st == 200}
        st, _ = self.stack.request("PATCH", "/agents/%d" % self.stack.admin_id, token=self.stack.admin_token,
                                   json={"password": ADMIN_PASSWORD})
        login_st, _ = self.stack.request("POST", "/auth/login", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        features["login"] = st == 200 and login_st == 200
        st, _ = self.stack.request("POST", "/canned-responses", token=self.stack.admin_token,
                                   json={"short_code": CANNED_CODE, "text": CANNED_TEXT})
        features["canned"] = st in (200, 201)
        st, _ = self.stack.request("GET", "/dashboard/summary", token=self.stack.admin_token)
        features["dashboard"] = st == 200
        wa_id = self.whatsapp_conversation() if features["inbox"] else None
        features["whatsapp"] = wa_id is not None
        print("console test: API features %s" % features, flush=True)
        self.addr = self.new_mailbox()
        self.live_body = "Mera order abhi tak nahi aaya, 5 din ho gaye.\nमेरा ऑर्डर कब आएगा? Order 4411."
        self.inject(self.addr, "Neem oil नीम bottle leaking", "The neem oil bottle arrived leaking.\nPlease replace it.",
                    "Ramesh Kumar <ramesh@farmer.example>")

        shutil.rmtree(SHOT_DIR, ignore_errors=True)
        os.makedirs(SHOT_DIR)
        script = os.path.join(BROWSER_DIR, "consoleTest.mjs")
        shutil.copy(SCRIPT, script)  # beside its node_modules (ESM resolves from the file)
        now = int(time.time())
        env = dict(os.environ, CONSOLE_URL=self.stack.base_url, ADMIN_EMAIL=ADMIN_EMAIL,
                   ADMIN_PASSWORD=ADMIN_PASSWORD, CHROMIUM=CHROMIUM, SHOT_DIR=SHOT_DIR,
                   CANNED_CODE=CANNED_CODE, CANNED_TEXT=CANNED_TEXT, FEATURES=json.dumps(features),
                   WA_CONVERSATION=str(wa_id or ""), WA_TEXT=WA_TEXT,
                   ADMIN_TOKEN=self.stack.admin_token,
                   ADMIN_AGENT=json.dumps({"id": self.stack.admin_id, "name": "Admin", "email": ADMIN_EMAIL,
                                           "role": "admin", "teams": []}),
                   EXPIRED_TOKEN=mint_jwt(self.stack.env["AUTH_JWT_SECRET"],
                                          {"sub": str(self.stack.admin_id), "email": ADMIN_EMAIL,
                                           "iat": now - 7200, "exp": now - 3600}))
        proc = subprocess.Popen(["node", script], cwd=BROWSER_DIR, env=env, stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
                                start_new_session=True)
        timer = threading.Timer(BROWSER_TIMEOUT, proc.kill)
        timer.start()
        out = []
        try:
            for line in proc.stdout:
                line = line.rstrip("\n")
                if line.startswith("@@REQ "):
                    name, _, arg = line[6:].partition(" ")
                    try:
                        res = self.handle(name, json.loads(arg or "{}"))
                    except Exception as e:  # report it in the browser log, then fail below
                        out.append("[python] request %s failed: %r" % (name, e))
                        res = {"error": repr(e)}
                    proc.stdin.write("@@RES " + json.dumps(res) + "\n")
                    proc.stdin.flush()
                else:
                    out.append(line)
                    print(line, flush=True)
            rc = proc.wait()
        finally:
            timer.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        self.assertEqual(rc, 0, "browser test failed (screenshots in %s):\n%s\ncsd log tail:\n%s"
                         % (SHOT_DIR, "\n".join(out[-60:]), self.stack.log_text()[-3000:]))
        shots = sorted(os.listdir(SHOT_DIR))
        self.assertGreaterEqual(len(shots), 9 if features["inbox"] else 4, shots)


if __name__ == "__main__":
    unittest.main(verbosity=2)
