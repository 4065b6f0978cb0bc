#!/usr/bin/env python3
"""Runs the SIP Cabinet benchmarks and prints one table (see docs/performance.md).

    bench/run_benchmarks.py <build dir> [--runs N] [--download-mb N] [--download-runs N]

Needs a display (scripts/run-benchmarks runs this under xvfb-run). Every figure is measured in the same
run as its reference, alternating the two, and reported as a median.
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

OFFLINE_API = "https://127.0.0.1:9/api/v1"  # nothing listens there: the app starts offline


def status_kb(pid, field):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except FileNotFoundError:
        pass
    return -1


def first_paint(command, env):
    """Starts a program with the first-paint hook; returns (ms to first paint, idle VmHWM in KiB)."""
    env = {**env, "SIPCABINET_BENCH_FIRST_PAINT": "1", "SIPCABINET_BENCH_LINGER_MS": "1500"}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    painted = time.perf_counter()
    if not line.startswith("first-paint-ms"):
        process.kill()
        raise SystemExit(f"run_benchmarks: {command[0]} printed no first-paint line: {line!r}")
    time.sleep(1.0)  # idle for a second after the first paint, then read the peak
    peak = status_kb(process.pid, "VmHWM")
    process.wait(timeout=30)
    return (painted - started) * 1000.0, peak


def startup(build, runs, scratch):
    env = {**os.environ, "XDG_DATA_HOME": f"{scratch}/data", "XDG_CONFIG_HOME": f"{scratch}/config",
           "XDG_CACHE_HOME": f"{scratch}/cache", "LC_ALL": "C.UTF-8"}
    subprocess.run([f"{build}/bench/populate_archive", "1000"], env=env, check=True, stdout=subprocess.DEVNULL)
    app = [f"{build}/src/app/sipcabinet", "--api-url", OFFLINE_API]
    bare = [f"{build}/bench/bare_window"]
    same = [f"{build}/bench/same_widgets_window"]
    for program in (app, bare, same):
        first_paint(program, env)  # warm the file cache
    samples = {"app": [], "bare": [], "same": []}
    for _ in range(runs):
        samples["app"].append(first_paint(app, env))
        samples["bare"].append(first_paint(bare, env))
        samples["same"].append(first_paint(same, env))
    median = lambda name, i: statistics.median(sample[i] for sample in samples[name])
    return {"app_ms": median("app", 0), "bare_ms": median("bare", 0), "same_ms": median("same", 0),
            "app_kb": median("app", 1), "bare_kb": median("bare", 1), "same_kb": median("same", 1)}


class Sandbox:
    def __init__(self, build, scratch, generation_delay_ms=3000):
        self.process = subprocess.Popen(
            [f"{build}/src/sandbox/operator-sandbox", "--listen", "127.0.0.1:0", "--db", f"{scratch}/sandbox.sqlite",
             "--outbox", f"{scratch}/outbox", "--now", "2026-11-25T10:00:00Z",
             "--generation-delay", str(generation_delay_ms)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        base = re.search(r"listening on (\S+)", self.process.stdout.readline()).group(1).rstrip("/")
        self.api = base if base.endswith("/api/v1") else base + "/api/v1"
        self.token = None

    def log_in(self):
        self.token = self.call("POST", "/session", {"login": "demo", "password": "demo-password"})["access_token"]

    def call(self, method, path, body=None, headers=None):
        request = urllib.request.Request(self.api + path, method=method,
                                         data=None if body is None else json.dumps(body).encode())
        request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        with urllib.request.urlopen(request, timeout=120) as answer:
            return json.loads(answer.read() or b"null")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def big_document(sandbox, megabytes):
    sandbox.log_in()
    sandbox.call("POST", "/admin/oversize-documents", {"bytes": megabytes * 1024 * 1024})
    period = sandbox.call("GET", "/invoices")["items"][0]["period"]
    job = sandbox.call("POST", "/invoice-documents", {"period": period}, {"Idempotency-Key": "bench-big-document"})
    while job["status"] not in ("ready", "failed", "cancelled"):
        job = sandbox.call("GET", f"/invoice-documents/{job['id']}", headers={"Prefer": "wait=30"})
    if job["status"] != "ready":
        raise SystemExit(f"run_benchmarks: the document job ended {job['status']}")
    return job["id"]


def download(build, sandbox, job_id, runs, scratch):
    samples = {"core": [], "curl": [], "curl_verified": [], "growth_kb": []}
    for _ in range(runs):
        link = sandbox.call("POST", f"/invoice-documents/{job_id}/link", {})
        target = f"{scratch}/document.pdf"
        answer = subprocess.run(
            [f"{build}/bench/download_bench", link["url"], sandbox.token, str(link["size"]), link["sha256"], target],
            capture_output=True, text=True)
        fields = answer.stdout.split()
        if answer.returncode != 0 or fields[1] != "Verified":
            raise SystemExit(f"run_benchmarks: download_bench failed: {answer.stdout} {answer.stderr[-2000:]}")
        values = dict(zip(fields[::2], fields[1::2]))
        samples["core"].append(link["size"] / (int(values["ms"]) / 1000.0))
        samples["growth_kb"].append(int(values["peak-rss-kb"]) - int(values["rss-before-kb"]))
        os.remove(target)

        curl = subprocess.run(["curl", "-sS", "--fail", "-o", target, "-H", f"Authorization: Bearer {sandbox.token}",
                               "-w", "%{time_total} %{size_download}", link["url"]],
                              capture_output=True, text=True, check=True)
        seconds, size = curl.stdout.split()
        if int(size) != link["size"]:
            raise SystemExit("run_benchmarks: curl got a different size")
        samples["curl"].append(link["size"] / float(seconds))
        os.remove(target)

        # The same work as the app's download path, done with standard tools: the bytes hashed as they arrive
        # (tee into OpenSSL's SHA-256, a process of its own), checked, and the file flushed to disk.
        script = ('set -o pipefail; curl -sS --fail -H "Authorization: Bearer $TOKEN" "$URL" | tee "$TARGET" '
                  '| openssl dgst -sha256 -r && sync "$TARGET"')
        began = time.perf_counter()
        verified = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True,
                                  env=dict(os.environ, TOKEN=sandbox.token, URL=link["url"], TARGET=target))
        elapsed = time.perf_counter() - began
        if verified.stdout.split()[0] != link["sha256"]:
            raise SystemExit("run_benchmarks: curl | sha256sum got a different SHA-256")
        samples["curl_verified"].append(link["size"] / elapsed)
        os.remove(target)
    return {"core_mbs": statistics.median(samples["core"]) / 1e6, "curl_mbs": statistics.median(samples["curl"]) / 1e6,
            "curl_verified_mbs": statistics.median(samples["curl_verified"]) / 1e6,
            "growth_mb": statistics.median(samples["growth_kb"]) / 1024.0, "size_mb": link["size"] / 1e6}


def order_to_file(build, runs, scratch, generation_delay_ms):
    """Order → ready → verified file in the archive, minus the sandbox's generation delay."""
    folder = f"{scratch}/order"
    os.makedirs(folder)
    sandbox = Sandbox(build, folder, generation_delay_ms)
    try:
        sandbox.log_in()
        periods = [invoice["period"] for invoice in sandbox.call("GET", "/invoices")["items"][:2]]
        samples = []
        for run in range(runs):
            answer = subprocess.run([f"{build}/bench/order_bench", sandbox.api, sandbox.token, periods[run % 2],
                                     f"{folder}/client-{run}"], capture_output=True, text=True)
            values = dict(zip(answer.stdout.split()[::2], answer.stdout.split()[1::2]))
            if answer.returncode != 0 or values.get("stage") != "Done":
                raise SystemExit(f"run_benchmarks: order_bench failed: {answer.stdout} {answer.stderr[-2000:]}")
            samples.append(int(values["ms"]))
    finally:
        sandbox.stop()
    return {"total_ms": statistics.median(samples), "added_ms": statistics.median(samples) - generation_delay_ms}


def row(figure, ours, reference, ratio, goal, passed):
    return [figure, ours, reference, ratio, goal, "-" if passed is None else "pass" if passed else "FAIL"]


def print_table(rows):
    header = ["Figure", "SIP Cabinet", "Reference", "Ratio", "Goal", "Result"]
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))


def startup_rows(start):
    time_ratio = start["app_ms"] / start["bare_ms"]
    rss_ratio = start["app_kb"] / start["bare_kb"]
    return [
        row("Start-up to first painted window", f"{start['app_ms']:.0f} ms", f"{start['bare_ms']:.0f} ms (bare QMainWindow)",
            f"{time_ratio:.2f}x", "<= 1.3x", time_ratio <= 1.3),
        row("  the same widgets, no app behind them", f"{start['same_ms']:.0f} ms", "bare QMainWindow",
            f"{start['same_ms'] / start['bare_ms']:.2f}x", "-", None),
        row("  the app against the same widgets", f"{start['app_ms']:.0f} ms", f"{start['same_ms']:.0f} ms",
            f"{start['app_ms'] / start['same_ms']:.2f}x", "<= 1.2x", start["app_ms"] <= 1.2 * start["same_ms"]),
        row("Idle peak RSS (VmHWM) 1 s after", f"{start['app_kb'] / 1024:.1f} MiB", f"{start['bare_kb'] / 1024:.1f} MiB (bare QMainWindow)",
            f"{rss_ratio:.2f}x", "<= 1.5x", rss_ratio <= 1.5),
        row("  the same widgets, no app behind them", f"{start['same_kb'] / 1024:.1f} MiB", "bare QMainWindow",
            f"{start['same_kb'] / start['bare_kb']:.2f}x", "-", None),
        row("  the app against the same widgets", f"{start['app_kb'] / 1024:.1f} MiB", f"{start['same_kb'] / 1024:.1f} MiB",
            f"{start['app_kb'] / start['same_kb']:.2f}x", "<= 1.2x", start["app_kb"] <= 1.2 * start["same_kb"]),
    ]


def machine():
    model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    memory = next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal"))
    return f"{os.cpu_count()} CPUs ({model}), {memory / 1024 / 1024:.1f} GiB RAM"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--download-mb", type=int, default=200)
    parser.add_argument("--download-runs", type=int, default=3)
    parser.add_argument("--order-runs", type=int, default=5)
    parser.add_argument("--generation-delay-ms", type=int, default=2000)
    parser.add_argument("--startup-only", action="store_true", help="only the start-up and memory rows")
    options = parser.parse_args()
    build = os.path.abspath(options.build)

    scratch = tempfile.mkdtemp(prefix="sipcabinet-bench.")
    if options.startup_only:
        try:
            start = startup(build, options.runs, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        print(f"Machine: {machine()}")
        print(f"Start-up: median of {options.runs} runs each (offline, 1000 archived documents, Xvfb)")
        print_table(startup_rows(start))
        return 0
    try:
        start = startup(build, options.runs, scratch)
        sandbox = Sandbox(build, scratch)
        try:
            job_id = big_document(sandbox, options.download_mb)
            fetch = download(build, sandbox, job_id, options.download_runs, scratch)
        finally:
            sandbox.stop()
        order = order_to_file(build, options.order_runs, scratch, options.generation_delay_ms)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    print(f"Machine: {machine()}")
    print(f"Start-up: median of {options.runs} runs each (offline, 1000 archived documents, Xvfb); "
          f"download: median of {options.download_runs} runs each ({fetch['size_mb']:.0f} MB, loopback sandbox); "
          f"order: median of {options.order_runs}")
    speed_ratio = fetch["core_mbs"] / fetch["curl_mbs"]
    print_table(startup_rows(start) + [
        row("Download throughput (DocumentDownload)", f"{fetch['core_mbs']:.0f} MB/s", f"{fetch['curl_mbs']:.0f} MB/s (curl)",
            f"{speed_ratio:.2f}x", ">= 0.9x", speed_ratio >= 0.9),
        row("Download throughput, same work", f"{fetch['core_mbs']:.0f} MB/s",
            f"{fetch['curl_verified_mbs']:.0f} MB/s (curl | tee | openssl sha256; sync)",
            f"{fetch['core_mbs'] / fetch['curl_verified_mbs']:.2f}x", ">= 0.9x", fetch["core_mbs"] >= 0.9 * fetch["curl_verified_mbs"]),
        row("Order to verified file, added", f"{order['added_ms']:.0f} ms",
            f"{options.generation_delay_ms} ms generation ({order['total_ms']:.0f} ms in all)",
            "-", "< 50 ms", order["added_ms"] < 50),
        row("Download peak RSS growth", f"{fetch['growth_mb']:.1f} MiB", f"{fetch['size_mb']:.0f} MB document",
            "-", "< 32 MiB", fetch["growth_mb"] < 32),
    ])


if __name__ == "__main__":
    sys.exit(main())
