#!/usr/bin/env python3
"""The one-packet and slow attacks of issue 19 against switchboard-router, on loopback.

For each attack: the router's peak resident memory (VmRSS sampled every 20 ms, and VmHWM) and
the latency of a control lookup (GET /servicegw, authenticated, on its own keep-alive
connection, every 50 ms) while the attack runs; then the throughput of normal lookups (wrk).
Run it against two router builds in the same run to compare before/after:

  build/bench/router/bench_router --prepare /tmp/sb-attack     # bundle, keys, request
  bench/router/attacks.py --prepared /tmp/sb-attack --router before=/path/old/switchboard-router \\
                          --router after=build/app/switchboard-router

A router whose memory passes --kill-mb during an attack is killed (the attack "won"); the next
attack starts a fresh one. Traffic goes to 127.0.0.1 only.
"""

import argparse
import multiprocessing
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Router:
    def __init__(self, binary, prepared, nofile=None):
        self.dir = tempfile.mkdtemp(prefix="sb-attack-")
        shutil.copytree(os.path.join(prepared, "state"), os.path.join(self.dir, "state"))
        self.port = free_port()
        trust = open(os.path.join(prepared, "trust")).read().strip()
        cmd = [binary, "serve", "--key", os.path.join(prepared, "router.key"), "--trust", trust,
               "--state-dir", os.path.join(self.dir, "state"), "--listen", f"127.0.0.1:{self.port}",
               "--threads", "2", "--access-log", "off"]
        if nofile:
            cmd = ["prlimit", f"--nofile={nofile}:{nofile}", "--"] + cmd
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        self.pid = self.proc.pid
        if nofile:   # prlimit execs the router: same pid
            pass

    def status(self, field):
        try:
            for line in open(f"/proc/{self.pid}/status"):
                if line.startswith(field + ":"):
                    return int(line.split()[1]) // 1024
        except OSError:
            return None
        return None

    def cpu_seconds(self):
        try:
            parts = open(f"/proc/{self.pid}/stat").read().rsplit(")", 1)[1].split()
            return (int(parts[11]) + int(parts[12])) / os.sysconf("SC_CLK_TCK")
        except OSError:
            return None

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.alive():
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


class Control:
    """A client on its own keep-alive connection: one lookup every 50 ms, timed. It runs in a
    process of its own: in a thread, Python's GIL held by the attackers would be timed too."""

    def __init__(self, port, request):
        self.port, self.request = port, request
        self.latencies, self.failures = [], 0
        self.sock = None
        self.stop_event = multiprocessing.Event()
        self.results = multiprocessing.Queue()
        self.process = multiprocessing.Process(target=self.run, daemon=True)

    def start(self):
        self.process.start()

    def stop(self):
        self.stop_event.set()
        self.latencies, self.failures = self.results.get(timeout=10)
        self.process.join(timeout=5)

    def connect(self):
        self.sock = socket.create_connection(("127.0.0.1", self.port), timeout=2)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def lookup(self):
        start = time.perf_counter()
        self.sock.sendall(self.request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise OSError("closed")
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = int([l for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")][0].split(b":")[1])
        while len(body) < length:
            body += self.sock.recv(65536)
        if not head.startswith(b"HTTP/1.1 200"):
            raise OSError(head.split(b"\r\n")[0].decode())
        return (time.perf_counter() - start) * 1000

    def run(self):
        self.connect()
        while not self.stop_event.is_set():
            try:
                if self.sock is None:
                    self.connect()
                self.latencies.append(self.lookup())
            except OSError:
                self.failures += 1
                self.latencies.append(2000.0)
                try:
                    self.sock.close()
                except Exception:
                    pass
                self.sock = None
            time.sleep(0.05)
        self.results.put((self.latencies, self.failures))


def raise_nofile():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def send_all(sock, data, until):
    view = memoryview(data)
    sent = 0
    sock.settimeout(0.5)
    while sent < len(view) and time.time() < until:
        try:
            sent += sock.send(view[sent:sent + 65536])
        except socket.timeout:
            continue
        except OSError:
            break
    return sent


# --- attacks: each gets (port, deadline) and returns a short note -------------------------------

def attack_71_bytes(port, until, ctx):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: a\r\nContent-Length: 9223372036854775807\r\n\r\n")
    s.settimeout(0.5)
    got = 0
    first = b""
    while time.time() < until:
        try:
            chunk = s.recv(1 << 20)
        except socket.timeout:
            continue
        except OSError:
            break
        if not chunk:
            break
        if not first:
            first = chunk.split(b"\r\n")[0]
        got += len(chunk)
    s.close()
    return f"answer {first.decode(errors='replace')!r}, {got} bytes received"


def attack_57mib_headers(port, until, ctx):
    s = socket.create_connection(("127.0.0.1", port))
    data = b"GET /healthz HTTP/1.1\r\nHost: a\r\n" + b"a:\r\n" * (57 * 1024 * 1024 // 4) + b"\r\n"
    sent = send_all(s, data, until)
    s.close()
    return f"{sent / 1048576:.1f} MiB taken"


def attack_drip_60mib(port, until, ctx):
    def drip(result, i):
        s = socket.create_connection(("127.0.0.1", port))
        data = b"GET /healthz HTTP/1.1\r\nX-A: " + b"a" * (60 * 1024 * 1024)
        result[i] = send_all(s, data, until)
        s.close()
    result = [0, 0]
    threads = [threading.Thread(target=drip, args=(result, i)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return f"{result[0] / 1048576:.1f} + {result[1] / 1048576:.1f} MiB taken"


def attack_slowloris(port, until, ctx):
    socks = []
    for _ in range(1000):
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=2)
            s.setblocking(False)
            socks.append(s)
        except OSError:
            break
    request = b"GET /healthz HTTP/1.1\r\nHost: a\r\nX-Slow: " + b"a" * 100
    i = 0
    start = time.time()
    closed = {}
    answers = {}
    while time.time() < until:
        for n, s in enumerate(socks):
            if n in closed:
                continue
            try:
                data = s.recv(4096)
                if data:
                    answers[data.split(b"\r\n")[0]] = answers.get(data.split(b"\r\n")[0], 0) + 1
                closed[n] = time.time() - start
                continue
            except BlockingIOError:
                pass
            except OSError:
                closed[n] = time.time() - start
                continue
            try:
                s.send(request[i:i + 1] if i < len(request) else b"a")
            except OSError:
                closed[n] = time.time() - start
        i += 1
        time.sleep(1)
    for s in socks:
        s.close()
    when = sorted(closed.values())
    told = ", ".join(f"{k.decode()} x{v}" for k, v in answers.items()) or "nothing"
    return (f"{len(socks)} connected; the server closed {len(closed)}"
            + (f" after {when[0]:.0f}-{when[-1]:.0f} s" if when else "") + f"; they were told: {told}")


def attack_cache_padding(port, until, ctx, pad=1024 * 1024, count=400):
    auth, path = ctx["auth"], ctx["path"]
    statuses = {}
    s = None
    for i in range(count):
        if time.time() >= until:
            break
        target = path + "%20" * ((pad // 3) + (i if pad > 65536 else i % 500))
        req = f"GET {target} HTTP/1.1\r\nHost: a\r\n{auth}\r\n\r\n".encode()
        try:
            if s is None:
                s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(req)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = s.recv(65536)
                if not chunk:
                    raise OSError("closed")
                head += chunk
            status = head.split(b" ")[1].decode()
            length = int([l for l in head.split(b"\r\n\r\n")[0].split(b"\r\n") if l.lower().startswith(b"content-length:")][0].split(b":")[1])
            body = head.split(b"\r\n\r\n", 1)[1]
            while len(body) < length:
                body += s.recv(65536)
            if b"connection: close" in head.lower():
                s.close()
                s = None
        except OSError:
            status = "closed"
            s = None
        statuses[status] = statuses.get(status, 0) + 1
    return "statuses " + ", ".join(f"{k} x{v}" for k, v in sorted(statuses.items()))


def attack_cache_padding_small(port, until, ctx):
    # The same attack within the request-line limit: about 6 KiB of padding, 2,000 variants.
    return attack_cache_padding(port, until, ctx, pad=6 * 1024, count=2000)


def attack_fd_limit(port, until, ctx):
    socks = []
    refused = 0
    cpu0 = ctx["router"].cpu_seconds()
    t0 = time.time()
    while time.time() < until:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=1)
            socks.append(s)
        except OSError:
            refused += 1
        if len(socks) >= 600:
            break
    # Hold them: is the accept loop spinning?
    time.sleep(max(0, min(4, until - time.time())))
    # A newcomer past the limit: what does it get?
    newcomer = "no answer"
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=1)
        s.settimeout(2)
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n")
        line = s.recv(4096).split(b"\r\n")[0]
        newcomer = line.decode() if line else "closed"
        s.close()
    except OSError as e:
        newcomer = f"error {e.__class__.__name__}"
    cpu1 = ctx["router"].cpu_seconds()
    for s in socks:
        s.close()
    cpu = (cpu1 - cpu0) / (time.time() - t0) * 100 if cpu0 is not None and cpu1 is not None else float("nan")
    return f"{len(socks)} connections held, router CPU {cpu:.0f} % meanwhile, a newcomer got: {newcomer}"


ATTACKS = [
    ("71-byte Content-Length 2^63-1", attack_71_bytes, 6, None),
    ("57 MiB request of tiny headers", attack_57mib_headers, 8, None),
    ("2 connections dripping 60 MiB of unterminated header", attack_drip_60mib, 8, None),
    ("1,000 slow-loris connections, 1 byte/s", attack_slowloris, 25, None),
    ("%20-padded channels, 400 x 1 MiB (valid token)", attack_cache_padding, 20, None),
    ("%20-padded channels, 2,000 x 6-7.5 KiB (valid token)", attack_cache_padding_small, 20, None),
    ("fd limit (RLIMIT_NOFILE 256), 600 connections held", attack_fd_limit, 8, 256),
]


def run_attack(binary, prepared, name, attack, seconds, nofile, ctx, kill_mb):
    router = Router(binary, prepared, nofile)
    ctx = dict(ctx, router=router)
    request = f"GET {ctx['path']} HTTP/1.1\r\nHost: a\r\n{ctx['auth']}\r\n\r\n".encode()
    control = Control(router.port, request)
    base_rss = router.status("VmRSS")
    control.start()
    peak = [base_rss or 0]
    killed = [False]
    stop = [False]

    def sample():
        while not stop[0]:
            rss = router.status("VmRSS")
            if rss is None:
                break
            peak[0] = max(peak[0], rss)
            if rss > kill_mb:
                killed[0] = True
                router.proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.02)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        note = attack(router.port, time.time() + seconds, ctx)
    except Exception as e:   # the attack itself failing is a finding too
        note = f"attack stopped: {e!r}"
    time.sleep(0.5)
    stop[0] = True
    control.stop()
    sampler.join(timeout=2)
    hwm = router.status("VmHWM")
    alive = router.alive() and not killed[0]
    router.stop()
    lat = control.latencies or [float("nan")]
    return {
        "name": name, "base": base_rss, "peak": max(peak[0], hwm or 0), "alive": alive, "killed": killed[0],
        "p50": statistics.median(lat), "max": max(lat), "lookups": len(lat), "failed": control.failures, "note": note,
    }


def throughput(binary, prepared, ctx, seconds, runs):
    router = Router(binary, prepared)
    results = []
    for _ in range(runs):
        out = subprocess.run(["wrk", "-t1", "-c50", f"-d{seconds}s", "--latency", "-H", ctx["auth"],
                              f"http://127.0.0.1:{router.port}{ctx['path']}"], capture_output=True, text=True).stdout
        for line in out.splitlines():
            if line.startswith("Requests/sec:"):
                results.append(float(line.split()[1]))
    router.stop()
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--prepared", required=True)
    parser.add_argument("--router", action="append", required=True, help="label=path")
    parser.add_argument("--kill-mb", type=int, default=1500)
    parser.add_argument("--wrk-seconds", type=int, default=5)
    parser.add_argument("--wrk-runs", type=int, default=3)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    raise_nofile()
    ctx = {"auth": open(os.path.join(args.prepared, "auth")).read().strip(),
           "path": open(os.path.join(args.prepared, "path")).read().strip()}
    routers = [r.split("=", 1) for r in args.router]
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} on {os.cpu_count()} cores; memory limit for the router {args.kill_mb} MB")
    print("| attack | router | peak RSS (MB; start) | control lookup p50 / max (ms), failed of n | router | what happened |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, attack, seconds, nofile in ATTACKS:
        if args.only and not any(o in name for o in args.only.split(",")):
            continue
        for label, binary in routers:
            r = run_attack(binary, args.prepared, name, attack, seconds, nofile, ctx, args.kill_mb)
            state = "alive" if r["alive"] else ("killed at the memory limit" if r["killed"] else "died")
            print(f"| {name} | {label} | {r['peak']} ({r['base']}) | {r['p50']:.2f} / {r['max']:.1f}, {r['failed']} of {r['lookups']} "
                  f"| {state} | {r['note']} |", flush=True)
    if args.wrk_runs > 0:
        print()
        print("| normal lookups, wrk -t1 -c50 | " + " | ".join(label for label, _ in routers) + " |")
        print("| --- |" + " --- |" * len(routers))
        rates = {label: [] for label, _ in routers}
        for _ in range(args.wrk_runs):   # alternating, one run each in turn
            for label, binary in routers:
                rates[label] += throughput(binary, args.prepared, ctx, args.wrk_seconds, 1)
        print("| requests/s, median (runs) | " + " | ".join(
            f"{statistics.median(rates[l]):,.0f} ({', '.join(f'{x:,.0f}' for x in rates[l])})" for l, _ in routers) + " |")


if __name__ == "__main__":
    sys.exit(main())
