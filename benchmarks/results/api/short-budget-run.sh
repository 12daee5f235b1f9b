#!/usr/bin/env bash
# Measurement run for benchmarks/results/api/short-budget.md (issue 15 point 3): does a 100 ms job return
# its best within 150 ms of its start? Against `routeforge serve` in its own process (loopback, default
# settings): 30 synchronous solves `POST /v1/vrp/solve?time_limit=0.1` of X-n101-k25 (client-side wall time,
# curl), then 20 jobs `POST /v1/vrp/jobs?time_limit=0.1` (the job's own processing_ms and solver_ms).
# Usage (repo root): benchmarks/results/api/short-budget-run.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
OUT="${1:-/tmp/rf-short-budget}"
DATA="${ROUTEFORGE_DATA:-$PWD/../shared/data}"
INSTANCE="$DATA/vrp/cvrp/X/X-n101-k25.vrp"
rm -rf "$OUT" && mkdir -p "$OUT/data"
./routeforge --version > /dev/null
ADMIN=short-budget-admin-key-0123456789
ROUTEFORGE_ADMIN_KEY=$ADMIN ./routeforge serve --port 18083 --data-dir "$OUT/data" > "$OUT/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2> /dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs http://127.0.0.1:18083/v1/health > /dev/null && break; sleep 1; done
KEY=$(curl -fs -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"tenant":"budget"}' \
  http://127.0.0.1:18083/v1/keys | sed 's/.*"key":"\([^"]*\)".*/\1/')
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/load.txt"
# warm-up (JIT), not recorded
for i in 1 2 3 4 5; do
  curl -fs -o /dev/null -H "Authorization: Bearer $KEY" -H 'Content-Type: text/plain' --data-binary @"$INSTANCE" \
    "http://127.0.0.1:18083/v1/vrp/solve?time_limit=0.1&seed=$i"
done
for i in $(seq 1 30); do
  curl -fs -o "$OUT/sync-$i.json" -w '%{time_total}\n' -H "Authorization: Bearer $KEY" -H 'Content-Type: text/plain' \
    --data-binary @"$INSTANCE" "http://127.0.0.1:18083/v1/vrp/solve?time_limit=0.1&seed=$i" >> "$OUT/sync-seconds.txt"
done
for i in $(seq 1 20); do
  ID=$(curl -fs -H "Authorization: Bearer $KEY" -H 'Content-Type: text/plain' --data-binary @"$INSTANCE" \
    "http://127.0.0.1:18083/v1/vrp/jobs?time_limit=0.1&seed=$i" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  for _ in $(seq 1 100); do
    STATUS=$(curl -fs -H "Authorization: Bearer $KEY" "http://127.0.0.1:18083/v1/vrp/jobs/$ID/status")
    case "$STATUS" in *'"status":"finished"'*|*'"status":"failed"'*) break ;; esac
    sleep 0.1
  done
  echo "$STATUS" >> "$OUT/jobs.jsonl"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/load.txt"
python3 - "$OUT" <<'PY'
import json, statistics, sys
out = sys.argv[1]
s = sorted(float(x) * 1000 for x in open(out + '/sync-seconds.txt'))
p = lambda v, q: v[min(len(v) - 1, int(q * len(v)))]
print(f"sync solve, client wall ms: n={len(s)} p50={p(s,.5):.0f} p90={p(s,.9):.0f} max={s[-1]:.0f}")
jobs = [json.loads(l)['timings'] for l in open(out + '/jobs.jsonl') if l.strip()]
proc = sorted(j['processing_ms'] for j in jobs if 'processing_ms' in j)
solv = sorted(j['solver_ms'] for j in jobs if 'solver_ms' in j)
print(f"jobs: n={len(jobs)} processing_ms p50={p(proc,.5)} p90={p(proc,.9)} max={proc[-1]}; solver_ms p50={p(solv,.5)} max={solv[-1]}")
PY
