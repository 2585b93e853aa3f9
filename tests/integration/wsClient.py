"""wsClient.py — a minimal RFC 6455 WebSocket client (stdlib only) for tests.

    ws = WsClient.connect("127.0.0.1", 3002, "/ws/inbox?token=...")
    msg = ws.recv_json(timeout=5)     # dict, or None on timeout
    ws.close()

Client frames are masked (RFC 6455 §5.3). Pings are answered with pongs
while reading. A failed handshake raises WsHandshakeError with the HTTP
status the server answered (401/403 from the authorization step, ...).
"""

import base64
import hashlib
import json
import os
import socket
import struct
import time

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

OP_CONT, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA


class WsHandshakeError(Exception):
    def __init__(self, status, headers, body):
        super().__init__("WebSocket handshake failed: HTTP %s" % status)
        self.status = status
        self.headers = headers
        self.body = body


class WsClosed(Exception):
    """The server closed the connection (close frame or EOF)."""


class WsClient:
    def __init__(self, sock, leftover=b""):
        self.sock = sock
        self.buf = bytearray(leftover)
        self.closed = False
        self.close_code = None

    @classmethod
    def connect(cls, host, port, path, headers=None, timeout=10):
        sock = socket.create_connection((host, port), timeout=timeout)
        try:
            key = base64.b64encode(os.urandom(16)).decode()
            lines = [
                "GET %s HTTP/1.1" % path,
                "Host: %s:%d" % (host, port),
                "Upgrade: websocket",
                "Connection: Upgrade",
                "Sec-WebSocket-Key: %s" % key,
                "Sec-WebSocket-Version: 13",
                "Origin: http://%s:%d" % (host, port),
            ]
            for k, v in (headers or {}).items():
                lines.append("%s: %s" % (k, v))
            sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
            data = b""
            deadline = time.monotonic() + timeout
            while b"\r\n\r\n" not in data:
                if time.monotonic() > deadline:
                    raise TimeoutError("no WebSocket handshake answer")
                chunk = sock.recv(4096)
                if not chunk:
                    break
                data += chunk
            head, _, rest = data.partition(b"\r\n\r\n")
            status_line, *hdr_lines = head.decode("latin-1").split("\r\n")
            parts = status_line.split(" ", 2)
            status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
            hdrs = {}
            for line in hdr_lines:
                if ":" in line:
                    k, v = line.split(":", 1)
                    hdrs[k.strip().lower()] = v.strip()
            if status != 101:
                body = rest
                want = int(hdrs.get("content-length", "0") or 0)
                sock.settimeout(2)
                try:
                    while len(body) < want:
                        chunk = sock.recv(4096)
                        if not chunk:
                            break
                        body += chunk
                except OSError:
                    pass
                raise WsHandshakeError(status, hdrs, body)
            expect = base64.b64encode(hashlib.sha1((key + GUID).encode()).digest()).decode()
            if hdrs.get("sec-websocket-accept") != expect:
                raise WsHandshakeError(status, hdrs, b"bad Sec-WebSocket-Accept")
            return cls(sock, rest)
        except BaseException:
            sock.close()
            raise

    # --- frames ---------------------------------------------------------
    def send_frame(self, opcode, payload=b""):
        if isinstance(payload, str):
            payload = payload.encode()
        header = bytearray([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header.append(0x80 | n)
        elif n < 65536:
            header.append(0x80 | 126)
            header += struct.pack("!H", n)
        else:
            header.append(0x80 | 127)
            header += struct.pack("!Q", n)
        mask = os.urandom(4)
        header += mask
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes(header) + masked)

    def send_text(self, text):
        self.send_frame(OP_TEXT, text)

    def ping(self, payload=b"ping"):
        self.send_frame(OP_PING, payload)

    def _need(self, n, deadline):
        while len(self.buf) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError()
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                raise TimeoutError()
            if not chunk:
                self.closed = True
                raise WsClosed("connection closed by the server")
            self.buf += chunk

    def _read_frame(self, deadline):
        """Returns (fin, opcode, payload) of the next frame."""
        self._need(2, deadline)
        b0, b1 = self.buf[0], self.buf[1]
        fin, opcode = bool(b0 & 0x80), b0 & 0x0F
        masked, n = bool(b1 & 0x80), b1 & 0x7F
        pos = 2
        if n == 126:
            self._need(4, deadline)
            n = struct.unpack("!H", bytes(self.buf[2:4]))[0]
            pos = 4
        elif n == 127:
            self._need(10, deadline)
            n = struct.unpack("!Q", bytes(self.buf[2:10]))[0]
            pos = 10
        mask = b""
        if masked:  # servers must not mask, but be lenient
            self._need(pos + 4, deadline)
            mask = bytes(self.buf[pos:pos + 4])
            pos += 4
        self._need(pos + n, deadline)
        payload = bytes(self.buf[pos:pos + n])
        del self.buf[:pos + n]
        if mask:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        return fin, opcode, payload

    def recv_message(self, timeout=5):
        """Next text/binary message as bytes, or None on timeout. Answers
        pings; raises WsClosed when the server closes."""
        deadline = time.monotonic() + timeout
        parts = []
        while True:
            try:
                fin, opcode, payload = self._read_frame(deadline)
            except TimeoutError:
                return None
            if opcode == OP_PING:
                self.send_frame(OP_PONG, payload)
                continue
            if opcode == OP_PONG:
                continue
            if opcode == OP_CLOSE:
                self.close_code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else None
                try:
                    self.send_frame(OP_CLOSE, payload[:2])
                except OSError:
                    pass
                self.closed = True
                raise WsClosed("server sent close (code %s)" % self.close_code)
            parts.append(payload)
            if fin:
                return b"".join(parts)

    def recv_text(self, timeout=5):
        m = self.recv_message(timeout)
        return None if m is None else m.decode("utf-8")

    def recv_json(self, timeout=5):
        """Next message parsed as JSON (a dict for our envelopes), or None
        when nothing arrives within timeout seconds."""
        t = self.recv_text(timeout)
        return None if t is None else json.loads(t)

    def close(self):
        if self.sock is None:
            return
        try:
            if not self.closed:
                self.send_frame(OP_CLOSE, struct.pack("!H", 1000))
        except OSError:
            pass
        try:
            self.sock.close()
        finally:
            self.sock = None
            self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
