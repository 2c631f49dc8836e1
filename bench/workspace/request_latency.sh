#!/bin/bash
# How long until a request filed by one member is in another member's catalog, when each step
# is one switchboard-cli process (as a script would do it): bob runs `request`, then admin runs
# `workspace sync`; the time from the start of bob's command to the end of admin's sync, N times
# (default 100). Needs the test broker (scripts/kafka start) and a built switchboard-cli; admin
# (the broker's super user) creates the workspace, so no operator grant is needed.
#
#   bench/workspace/request_latency.sh [N]      # prints the median, p95 and max of each step
set -euo pipefail
N=${1:-100}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CLI=${SWITCHBOARD_CLI:-$ROOT/build/app/switchboard-cli}
ENV_FILE=${SWITCHBOARD_KAFKA_DIR:-$ROOT/build/kafka}/broker.env
[ -r "$ENV_FILE" ] || { echo "no broker: start one with scripts/kafka start ($ENV_FILE)" >&2; exit 1; }
set -a; . "$ENV_FILE"; set +a
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export SWITCHBOARD_VAULT_KEYCHAIN=0
password() { if [ "$1" = admin ]; then echo "$SWITCHBOARD_TEST_ADMIN_PASSWORD"; else echo "$SWITCHBOARD_TEST_USERS" | tr ',' '\n' | grep "^$1:" | cut -d: -f2; fi; }
as() { local user=$1; shift; SWITCHBOARD_VAULT_PASSPHRASE="bench passphrase of $user" "$CLI" --catalog "$user.sqlite" "$@"; }
WS=bench-$RANDOM$RANDOM
for user in admin bob; do
  as $user vault init >/dev/null
  as $user cluster add home --bootstrap "$SWITCHBOARD_TEST_SASL_BOOTSTRAP" --env test --property security.protocol=SASL_PLAINTEXT \
      --property sasl.mechanisms=PLAIN --property sasl.username=$user >/dev/null
  MEMBER_SECRET=$(password $user) as $user vault cluster-secret set home --secret-env MEMBER_SECRET >/dev/null
  as $user app add billing >/dev/null
done
as admin workspace create "$WS" --cluster home >/dev/null
as admin workspace enroll User:bob --role developer >/dev/null
for attempt in $(seq 1 40); do as bob workspace join "$WS" --cluster home >/dev/null 2>&1 && break; sleep 0.5; done
for i in $(seq 1 "$N"); do
  t0=$(date +%s%N)
  as bob request billing "kafka://bench.example.com/t$i" --intent produce --env test --cluster home --topic "t$i" >/dev/null
  t1=$(date +%s%N)
  as admin workspace sync >/dev/null
  t2=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(( (t2 - t1) / 1000000 )) $(( (t2 - t0) / 1000000 ))"
done > times.txt
seen=$(as admin requests --json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
python3 - "$N" "$seen" <<'PY'
import statistics, sys
rows = [list(map(int, line.split())) for line in open('times.txt')]
print(f"{sys.argv[2]} of {sys.argv[1]} requests in admin's catalog")
print(f"{'step':34} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
for i, name in enumerate(['bob: request (filed and sent)', 'admin: workspace sync', 'filed -> in the other catalog']):
    v = sorted(r[i] for r in rows)
    print(f"{name:34} {statistics.median(v):>10.0f} {v[max(0, int(len(v) * 0.95) - 1)]:>8} {v[-1]:>8}")
PY
