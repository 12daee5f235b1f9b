#!/usr/bin/env bash
# Measurement run for benchmarks/results/api/hardening.md (issue 17): slow-body and slow-header floods of
# 500 connections against `routeforge serve` in its own process, how soon a queued job starts, and
# 200 concurrent submit clients in another process. Loopback only; every step is bounded in time.
# Usage (repo root): benchmarks/results/api/hardening-run.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
OUT="${1:-/tmp/rf-hardening}"
rm -rf "$OUT" && mkdir -p "$OUT"
./mvnw -B -o -q -pl api -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/api/target/test-classpath.txt" -Dmdep.includeScope=test
CP="api/target/test-classes:api/target/classes:$(cat api/target/test-classpath.txt)"
ADMIN=hardening-admin-key-0123456789

serve() { # port workers extra-args...
  local port=$1 workers=$2; shift 2
  mkdir -p "$OUT/data-$port"
  ROUTEFORGE_ADMIN_KEY=$ADMIN java -Xmx1g -cp "$CP" org.routeforge.cli.RouteForgeCli serve --port "$port" \
    --data-dir "$OUT/data-$port" --workers "$workers" "$@" > "$OUT/serve-$port.log" 2>&1 &
  echo $! > "$OUT/serve-$port.pid"
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/v1/health" > /dev/null && return 0
    sleep 1
  done
  echo "server on $port did not start" >&2; return 1
}
stop() { kill "$(cat "$OUT/serve-$1.pid")"; wait "$(cat "$OUT/serve-$1.pid")" 2> /dev/null || true; }
step() { echo "== $* (load: $(cut -d' ' -f1-3 /proc/loadavg))"; }

# 1. floods against a server with the default settings
serve 18080 2
step "slow bodies"; java -cp "$CP" org.routeforge.api.FloodRun body 18080 500 100 2>/dev/null | tee -a "$OUT/floods.txt"
step "slow headers"; java -cp "$CP" org.routeforge.api.FloodRun headers 18080 500 100 2>/dev/null | tee -a "$OUT/floods.txt"

# 2. a queued job on an idle server: queued_ms of 5 jobs submitted one after the other
KEY=$(curl -fs -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"tenant":"timely"}' \
  http://127.0.0.1:18080/v1/keys | sed 's/.*"key":"\([^"]*\)".*/\1/')
step "queued_ms"
for i in 1 2 3 4 5; do
  ID=$(printf 'NAME : t%s\nTYPE : CVRP\nDIMENSION : 4\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 10\nNODE_COORD_SECTION\n1 0 0\n2 3 4\n3 6 0\n4 1 7\nDEMAND_SECTION\n1 0\n2 3\n3 4\n4 2\nDEPOT_SECTION\n1\n-1\nEOF\n' "$i" \
    | curl -fs -H "Authorization: Bearer $KEY" -H 'Content-Type: text/plain' --data-binary @- \
      "http://127.0.0.1:18080/v1/vrp/jobs?time_limit=0.2" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  sleep 1.5
  curl -fs -H "Authorization: Bearer $KEY" "http://127.0.0.1:18080/v1/vrp/jobs/$ID/status" \
    | sed 's/.*"queued_ms":\([0-9]*\).*/queued_ms=\1\n/' | tee -a "$OUT/queued.txt"
  sleep 2
done
stop 18080

# 3. 200 concurrent submit clients (closed loop) in another process; rate limits raised for the run
for workers in 2 0; do
  serve 18081 "$workers" --set rate_limit_per_s=1000000 --set rate_limit_burst=1000000 --set max_queued_jobs=1000000
  step "200 submit clients, server workers=$workers"
  java -Xmx1g -Drouteforge.load.url=http://127.0.0.1:18081 -Drouteforge.load.admin_key=$ADMIN -cp "$CP" \
    org.routeforge.api.LoadRun 200 10 20 2>/dev/null | tail -1 | sed "s/^workers=remote/server_workers=$workers/" | tee -a "$OUT/submits.txt"
  stop 18081
  rm -rf "$OUT/data-18081"
done
echo "== done (load: $(cut -d' ' -f1-3 /proc/loadavg))"
