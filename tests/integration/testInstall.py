"""testInstall.py — `make install` into a DESTDIR (what it installs, the
systemd unit and logrotate file it renders), and the Makefile rule that a
fresh machine needs: pkg-config is never run when the Makefile is parsed,
and every target that builds runs scripts/deps.sh first (issue 14,
defect 1)."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

from harness import REPO, BUILD


class InstallTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dest = tempfile.mkdtemp(prefix="csdInstall")
        cls.p = subprocess.run(
            ["make", "--no-print-directory", "install", "PREFIX=/usr/local", "DESTDIR=" + cls.dest,
             "BUILD=" + os.path.relpath(BUILD, REPO)],
            cwd=REPO, capture_output=True, text=True, timeout=600, env=dict(os.environ, CS_DEPS_QUIET="1"))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dest, ignore_errors=True)

    def path(self, p):
        return os.path.join(self.dest, p.lstrip("/"))

    def read(self, p):
        with open(self.path(p), encoding="utf-8") as f:
            return f.read()

    def test_files_are_installed(self):
        self.assertEqual(self.p.returncode, 0, self.p.stdout + self.p.stderr)
        for p in ("/usr/local/bin/csd", "/usr/local/bin/csctl"):
            self.assertTrue(os.access(self.path(p), os.X_OK), p)
        sql = sorted(n for n in os.listdir(os.path.join(REPO, "sql")) if n.endswith(".sql"))
        self.assertEqual(sorted(os.listdir(self.path("/usr/local/share/csd/sql"))), sql)
        for p in ("/usr/local/share/csd/triage.model", "/usr/local/share/csd/nginx/fastcgiParams.conf",
                  "/usr/local/share/csd/nginx/errorPages.conf", "/usr/local/share/csd/nginx/csd.production.conf",
                  "/usr/local/share/csd/static/openapi.json", "/usr/local/share/csd/static/docs.html",
                  "/etc/csd/env.example", "/etc/logrotate.d/csd", "/usr/local/lib/systemd/system/csd.service"):
            self.assertTrue(os.path.isfile(self.path(p)), p)
        static = []
        for root, _, files in os.walk(os.path.join(REPO, "nginx", "static")):
            static += [os.path.relpath(os.path.join(root, f), os.path.join(REPO, "nginx", "static")) for f in files]
        for rel in static:
            self.assertTrue(os.path.isfile(self.path("/usr/local/share/csd/static/" + rel)), rel)
        self.assertFalse(os.path.exists(self.path("/etc/csd/env")), "secrets file is the operator's")
        prod = self.read("/usr/local/share/csd/nginx/csd.production.conf")
        self.assertNotIn("/opt/csd", prod)
        self.assertIn("/usr/local/share/csd/nginx/errorPages.conf", prod)

    def test_systemd_unit(self):
        unit = self.read("/usr/local/lib/systemd/system/csd.service")
        self.assertNotRegex(unit, r"@[A-Z]+@")
        self.assertRegex(unit, r"(?m)^ExecStart=/usr/local/bin/csd$")
        self.assertRegex(unit, r"(?m)^ExecReload=/bin/kill -HUP \$MAINPID$")
        self.assertRegex(unit, r"(?m)^Restart=on-failure$")
        self.assertRegex(unit, r"(?m)^EnvironmentFile=/etc/csd/env$")
        for opt in ("NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateTmp=yes",
                    "CapabilityBoundingSet=", "SystemCallFilter=@system-service", "MemoryDenyWriteExecute=yes"):
            self.assertRegex(unit, r"(?m)^%s$" % re.escape(opt), opt)
        if shutil.which("systemd-analyze"):
            p = subprocess.run(["systemd-analyze", "verify", self.path("/usr/local/lib/systemd/system/csd.service")],
                               capture_output=True, text=True)
            self.assertNotIn("Unknown key", p.stderr)
            self.assertNotIn("Unknown lvalue", p.stderr)

    def test_retrain_paths(self):
        """A retrain on an installed host reads the installed corpora and
        test files and renames its model over a file csd may write (the
        state directory), seeded from the shipped model at start."""
        unit = self.read("/usr/local/lib/systemd/system/csd.service")
        env = self.read("/etc/csd/env.example")
        data = "/usr/local/share/csd/triageData"
        for text in (unit, env):
            self.assertRegex(text, r"(?m)^(Environment=)?TRIAGE_MODEL_FILE=/var/lib/csd/triage.model$")
            self.assertRegex(text, r"(?m)^(Environment=)?TRIAGE_DATA_DIR=%s$" % re.escape(data))
        self.assertRegex(unit, r"(?m)^ReadWritePaths=.*/var/lib/csd\b")
        repo_data = os.path.join(REPO, "lib", "triage", "triageData")
        for name in os.listdir(repo_data):
            with open(os.path.join(repo_data, name), "rb") as a, open(self.path(data + "/" + name), "rb") as b:
                self.assertEqual(a.read(), b.read(), name)
        with open(os.path.join(REPO, "lib", "triage", "triageRetrain.h"), encoding="utf-8") as f:
            header = f.read()
        for macro in ("TRIAGE_CORPUS_FILES", "TRIAGE_HELDOUT_FILES"):
            names = re.search(r"#define %s \{(.*)\}" % macro, header).group(1)
            for name in re.findall(r'"([^"]+)"', names):
                self.assertTrue(os.path.isfile(self.path(data + "/" + name)), name)
        # The seeding command, run against a scratch state directory.
        cmd = re.search(r"(?m)^ExecStartPre=/bin/sh -c '(.*)'$", unit).group(1)
        state = tempfile.mkdtemp(prefix="csdState")
        try:
            cmd = cmd.replace("/var/lib/csd", state).replace("/usr/local/share/csd", self.path("/usr/local/share/csd"))
            shipped = self.path("/usr/local/share/csd/triage.model")
            model = os.path.join(state, "triage.model")

            def seed():
                subprocess.run(["/bin/sh", "-c", cmd], check=True)
                with open(model, "rb") as f:
                    return f.read()

            with open(shipped, "rb") as f:
                self.assertEqual(seed(), f.read(), "no model yet: the shipped one is copied")
            with open(model, "wb") as f:
                f.write(b"retrained")
            os.utime(shipped, (1, 1))
            self.assertEqual(seed(), b"retrained", "a retrained model newer than the shipped one stays")
            os.utime(shipped, None)
            os.utime(model, (1, 1))
            self.assertNotEqual(seed(), b"retrained", "an upgrade's newer shipped model replaces it")
            self.assertFalse(os.path.exists(model + ".new"))
        finally:
            shutil.rmtree(state, ignore_errors=True)

    def test_logrotate_reopens_with_sigusr1(self):
        text = self.read("/etc/logrotate.d/csd")
        self.assertIn("/var/log/csd/*.log", text)
        post = text.split("postrotate", 1)[1].split("endscript", 1)[0]
        self.assertIn("kill -USR1", post)
        self.assertIn("csd.service", post)
        if shutil.which("logrotate"):
            state = os.path.join(self.dest, "logrotate.state")
            p = subprocess.run(["logrotate", "-d", "-s", state, self.path("/etc/logrotate.d/csd")],
                               capture_output=True, text=True)
            self.assertNotIn("error:", p.stderr.lower())

    def test_installed_production_nginx_config_is_valid(self):
        """The installed production example passes `nginx -t` once its
        certificate and listen addresses are made local."""
        from harness import NCHAN_MODULE
        tmp = tempfile.mkdtemp(prefix="csdProdConf")
        try:
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", tmp + "/k.pem",
                            "-out", tmp + "/c.pem", "-days", "1", "-subj", "/CN=x"], check=True, capture_output=True)
            conf = self.read("/usr/local/share/csd/nginx/csd.production.conf")
            conf = conf.replace("/usr/local/share/csd", self.path("/usr/local/share/csd"))
            for old, new in (("/etc/letsencrypt/live/support.example.com/fullchain.pem", tmp + "/c.pem"),
                             ("/etc/letsencrypt/live/support.example.com/privkey.pem", tmp + "/k.pem"),
                             ("/var/log/nginx", tmp), ("listen [::]:80;", ""), ("listen [::]:443 ssl http2;", ""),
                             ("listen 80;", "listen 127.0.0.1:1;"), ("listen 443 ssl http2;", "listen 127.0.0.1:2 ssl;")):
                conf = conf.replace(old, new)
            with open(tmp + "/site.conf", "w") as f:
                f.write(conf)
            with open(tmp + "/nginx.conf", "w") as f:
                f.write("load_module %s;\npid %s/nginx.pid;\nevents {}\nhttp {\n" % (NCHAN_MODULE, tmp) +
                        "".join("%s_temp_path %s/%s;\n" % (k, tmp, k) for k in
                                ("client_body", "fastcgi", "proxy", "uwsgi", "scgi")) +
                        "include %s/site.conf;\n}\n" % tmp)
            p = subprocess.run(["nginx", "-t", "-p", tmp, "-c", tmp + "/nginx.conf", "-e", tmp + "/e.log"],
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stderr)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


class MakefileDepsTest(unittest.TestCase):
    """Defect 1: with pkg-config absent (a fresh Debian 12), parsing the
    Makefile must not need it, and run/test/check/bench/install must call
    scripts/deps.sh before anything compiles."""

    def setUp(self):
        self.bin = tempfile.mkdtemp(prefix="csdNoPkgConfig")
        self.marker = os.path.join(self.bin, "called")
        with open(os.path.join(self.bin, "pkg-config"), "w") as f:
            f.write("#!/bin/sh\necho \"$@\" >> %s\nexit 1\n" % self.marker)
        os.chmod(os.path.join(self.bin, "pkg-config"), 0o755)
        # Everything else on PATH stays reachable (make, sh, cc).
        self.env = dict(os.environ, PATH=self.bin + ":" + os.environ["PATH"])

    def tearDown(self):
        shutil.rmtree(self.bin, ignore_errors=True)

    def test_parsing_the_makefile_runs_no_pkg_config(self):
        for target in ("deps", "lint", "clean"):
            p = subprocess.run(["make", "-n", target], cwd=REPO, env=self.env, capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertFalse(os.path.exists(self.marker), "pkg-config ran while parsing for %s" % target)

    def test_deps_come_before_any_compile(self):
        for target in ("run", "test", "check", "bench", "install"):
            p = subprocess.run(["make", "-n", target, "BUILD=build/dryrun-" + target], cwd=REPO, env=self.env,
                               capture_output=True, text=True, timeout=300)
            lines = p.stdout.splitlines()
            deps = [i for i, l in enumerate(lines) if "scripts/deps.sh" in l]
            compiles = [i for i, l in enumerate(lines) if re.search(r"\b(cc|gcc|clang)\b.* -c ", l)]
            self.assertTrue(deps, "%s: no deps step\n%s" % (target, p.stdout[:2000]))
            if compiles:
                self.assertLess(deps[0], compiles[0], target)
            shutil.rmtree(os.path.join(REPO, "build", "dryrun-" + target), ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
