#!/usr/bin/env python3
"""The security figures of docs/security.md, measured against the real operator-sandbox on loopback.

    bench/security_bench.py <build dir> [--tries N]

1. Log-in timing: the median answer time for an unknown login and for a real login with a wrong
   password (each try from its own loopback address, 127.0.0.x, so the throttle never answers instead).
   The two must not tell each other apart: the ratio is the figure.
2. An oversized body: a 1 GiB POST /session, once declared by Content-Length and once chunked, sent as
   fast as the sandbox takes it. Reported: what the sandbox answered, how much it took in before, and
   its peak memory (VmHWM) against its peak before the attempt.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

GIB = 1 << 30


def status_kb(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return -1


class Sandbox:
    def __init__(self, build, scratch):
        self.process = subprocess.Popen(
            [f"{build}/src/sandbox/operator-sandbox", "--listen", "127.0.0.1:0", "--db", f"{scratch}/sandbox.sqlite",
             "--outbox", f"{scratch}/outbox", "--now", "2026-11-25T10:00:00Z"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        match = re.search(r"listening on http://127\.0\.0\.1:(\d+)(\S*)", self.process.stdout.readline())
        self.port = int(match.group(1))
        self.base = match.group(2).rstrip("/") or "/api/v1"

    def log_in_time(self, source, login, password):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30, source_address=(source, 0))
        body = json.dumps({"login": login, "password": password})
        started = time.perf_counter()
        connection.request("POST", self.base + "/session", body, {"Content-Type": "application/json"})
        answer = connection.getresponse()
        answer.read()
        elapsed = (time.perf_counter() - started) * 1000.0
        connection.close()
        return answer.status, elapsed

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def login_timing(sandbox, tries):
    unknown, wrong = [], []
    for i in range(tries):
        # Alternating, each from an address of its own (127.0.0.10 ...), so no throttle is in the way.
        status, ms = sandbox.log_in_time(f"127.0.{1 + i // 200}.{10 + i % 200}", f"nobody{i}", "wrong-password")
        assert status == 401, status
        unknown.append(ms)
        status, ms = sandbox.log_in_time(f"127.0.{3 + i // 200}.{10 + i % 200}", "demo", "wrong-password")
        assert status == 401, status
        wrong.append(ms)
    return statistics.median(unknown), statistics.median(wrong)


def oversized(sandbox, chunked):
    before = status_kb(sandbox.process.pid, "VmHWM")
    sock = socket.create_connection(("127.0.0.1", sandbox.port), timeout=30)
    head = f"POST {sandbox.base}/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    head += "Transfer-Encoding: chunked\r\n\r\n" if chunked else f"Content-Length: {GIB}\r\n\r\n"
    sock.sendall(head.encode())
    block = b"a" * (1 << 20)
    piece = (b"100000\r\n" + block + b"\r\n") if chunked else block
    sent = 0
    sock.setblocking(False)
    answer = b""
    while sent < GIB:
        try:
            answer += sock.recv(65536)
            if answer:
                break
        except BlockingIOError:
            pass
        except ConnectionResetError:
            break
        try:
            sent += sock.send(piece)
        except BlockingIOError:
            time.sleep(0.001)
        except (BrokenPipeError, ConnectionResetError):
            break
    sock.setblocking(True)
    try:
        while b"\r\n\r\n" not in answer:
            more = sock.recv(65536)
            if not more:
                break
            answer += more
    except (ConnectionResetError, socket.timeout):
        pass
    sock.close()
    status = answer[9:12].decode() if answer.startswith(b"HTTP/1.1 ") else "none"
    return status, sent, before, status_kb(sandbox.process.pid, "VmHWM")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--tries", type=int, default=40)
    options = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="sipcabinet-security-bench.")
    sandbox = Sandbox(os.path.abspath(options.build), scratch)
    try:
        unknown_ms, wrong_ms = login_timing(sandbox, options.tries)
        declared = oversized(sandbox, chunked=False)
        streamed = oversized(sandbox, chunked=True)
    finally:
        sandbox.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"Log-in answer, median of {options.tries}: unknown login {unknown_ms:.1f} ms, "
          f"real login with a wrong password {wrong_ms:.1f} ms, ratio {wrong_ms / unknown_ms:.2f}")
    for name, (status, sent, before, after) in (("declared by Content-Length", declared), ("chunked", streamed)):
        print(f"1 GiB body {name}: answered {status} after {sent / 1048576:.1f} MiB sent; "
              f"sandbox peak memory {before / 1024:.1f} MiB before, {after / 1024:.1f} MiB after")


if __name__ == "__main__":
    sys.exit(main())
