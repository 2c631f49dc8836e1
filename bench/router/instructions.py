#!/usr/bin/env python3
"""User-space instructions and heap allocations per keep-alive lookup, router against nginx.

Times differ from one machine of this kind to the next and with the load beside them; the
instructions a server executes per request do not. This runs each server under
`valgrind --tool=callgrind` on loopback, sends --warmup lookups on one keep-alive connection,
zeroes the counters (`callgrind_control -z`), sends --requests more, one at a time, and dumps
(`callgrind_control -d`). From the dump: instructions (Ir, every thread of the process) and
calls to the allocator (malloc, calloc, realloc, aligned_alloc, posix_memalign) per request.

nginx serves the router's answer body from a static file, one process (`master_process off`),
access log to a file with `buffer=64k` as in bench_router; the router runs one worker thread
with its access log to a file.

  build/bench/router/bench_router --prepare DIR      # bundle, keys, request
  bench/router/instructions.py --prepared DIR [--router NAME=PATH ...] [--requests 2000]
"""

import argparse
import glob
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ALLOCATORS = {"malloc", "calloc", "realloc", "aligned_alloc", "posix_memalign", "memalign", "valloc"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            time.sleep(0.2)
    return False


class Client:
    """One keep-alive connection; reads each answer whole (Content-Length) before the next."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""

    def get(self, request):
        self.sock.sendall(request)
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self.recv()
        head, _, rest = self.buffer.partition(b"\r\n\r\n")
        length = int(re.search(rb"(?i)\r\ncontent-length: *(\d+)", head).group(1))
        while len(rest) < length:
            rest += self.recv()
        self.buffer = rest[length:]
        return head, rest[:length]

    def recv(self):
        data = self.sock.recv(65536)
        if not data:
            raise RuntimeError("the server closed the connection")
        return data


def parse_dump(path):
    """Total Ir and calls to allocator functions from one callgrind dump."""
    names = {}
    total = 0
    allocations = 0
    target_is_allocator = False
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                total = int(line.split()[1])
            elif line.startswith("cfn="):
                m = re.match(r"cfn=\((\d+)\)(?: (.*))?", line.strip())
                if m:
                    if m.group(2):
                        names[m.group(1)] = m.group(2)
                    target_is_allocator = names.get(m.group(1), "") in ALLOCATORS
            elif line.startswith("calls="):
                if target_is_allocator:
                    allocations += int(line[6:].split()[0])
            elif line.startswith("fn="):
                m = re.match(r"fn=\((\d+)\)(?: (.*))?", line.strip())
                if m and m.group(2):
                    names[m.group(1)] = m.group(2)
    return total, allocations


def measure(name, command, port, request, warmup, requests, workdir, env=None):
    out = os.path.join(workdir, f"callgrind.{name}")
    cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}.%p", "--dump-instr=no"] + command
    log = open(os.path.join(workdir, f"{name}.log"), "w")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        if not wait_for_port(port, 120):
            raise RuntimeError(f"{name} did not start (see {log.name})")
        client = Client(port)
        head, body = client.get(request)
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(f"{name}: {head.splitlines()[0]!r}")
        for _ in range(warmup):
            client.get(request)
        subprocess.run(["callgrind_control", "-z", str(proc.pid)], check=True, stdout=subprocess.DEVNULL)
        for _ in range(requests):
            client.get(request)
        before = set(glob.glob(out + ".*"))
        subprocess.run(["callgrind_control", "-d", str(proc.pid)], check=True, stdout=subprocess.DEVNULL)
        dumps = sorted(set(glob.glob(out + ".*")) - before) or sorted(glob.glob(out + ".*.1"))
        total, allocations = parse_dump(dumps[-1])
        return total / requests, allocations / requests, len(body)
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prepared", required=True, help="what bench_router --prepare left")
    parser.add_argument("--router", action="append", default=[], help="NAME=PATH of a switchboard-router (repeatable)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--keep", action="store_true", help="keep the callgrind dumps")
    args = parser.parse_args()
    if not args.router:
        here = os.path.dirname(os.path.abspath(__file__))
        args.router = ["router=" + os.path.join(here, "../../build/app/switchboard-router")]

    prepared = args.prepared
    path = open(os.path.join(prepared, "path")).read().strip()
    auth = open(os.path.join(prepared, "auth")).read().strip()
    request = (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{auth}\r\n\r\n").encode()
    workdir = tempfile.mkdtemp(prefix="sb-instructions-")
    rows = []
    try:
        for spec in args.router:
            name, _, binary = spec.partition("=")
            state = os.path.join(workdir, name + "-state")
            os.makedirs(state)
            shutil.copy(os.path.join(prepared, "state", "bundle.json"), state)
            port = free_port()
            trust = open(os.path.join(prepared, "trust")).read().strip()
            command = [binary, "serve", "--key", os.path.join(prepared, "router.key"), "--trust", trust,
                       "--state-dir", state, "--listen", f"127.0.0.1:{port}", "--threads", "1",
                       "--access-log", os.path.join(workdir, name + "-access.log")]
            ir, allocs, size = measure(name, command, port, request, args.warmup, args.requests, workdir)
            rows.append((name, ir, allocs, size))

        # nginx with the router's answer body, as bench_router serves it.
        root = os.path.join(workdir, "nginx")
        os.makedirs(os.path.join(root, "www"))
        os.makedirs(os.path.join(root, "tmp"))
        port = free_port()
        # The body: one lookup against the first router, outside valgrind.
        name, _, binary = args.router[0].partition("=")
        state = os.path.join(workdir, "body-state")
        os.makedirs(state)
        shutil.copy(os.path.join(prepared, "state", "bundle.json"), state)
        trust = open(os.path.join(prepared, "trust")).read().strip()
        router_port = free_port()
        router = subprocess.Popen([binary, "serve", "--key", os.path.join(prepared, "router.key"), "--trust", trust,
                                   "--state-dir", state, "--listen", f"127.0.0.1:{router_port}", "--threads", "1",
                                   "--access-log", "off"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_port(router_port)
            _, answer = Client(router_port).get(request)
        finally:
            router.terminate()
            router.wait()
        with open(os.path.join(root, "www", "servicegw.json"), "wb") as f:
            f.write(answer)
        os.chmod(workdir, 0o755)
        with open(os.path.join(root, "nginx.conf"), "w") as f:
            f.write(f"""daemon off;
master_process off;
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
  access_log {root}/nginx-access.log combined buffer=64k flush=1s;
  client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
  uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
  keepalive_requests 1000000;
  server {{
    listen 127.0.0.1:{port};
    root {root}/www;
    location = /servicegw {{ default_type application/json; try_files /servicegw.json =404; }}
  }}
}}
""")
        ir, allocs, size = measure("nginx", ["/usr/sbin/nginx", "-c", os.path.join(root, "nginx.conf"), "-p", root],
                                   port, request, args.warmup, args.requests, workdir)
        rows.append(("nginx", ir, allocs, size))
    finally:
        if args.keep:
            print(f"dumps kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    load = open("/proc/loadavg").read().split()[:3]
    print(f"{args.requests} keep-alive lookups after {args.warmup} warm-up, one at a time; load average {' '.join(load)}")
    print(f"{'server':<12} {'instructions/lookup':>20} {'allocations/lookup':>20} {'body bytes':>11}")
    nginx_ir = rows[-1][1]
    for name, ir, allocs, size in rows:
        print(f"{name:<12} {ir:>20,.0f} {allocs:>20.3f} {size:>11}   ({ir / nginx_ir:.2f}x nginx)")


if __name__ == "__main__":
    sys.exit(main())
