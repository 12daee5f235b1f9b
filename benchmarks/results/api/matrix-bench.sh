#!/usr/bin/env bash
# POST /v1/matrix, 1000 x 1000 road points of Malta, timed end to end with curl against `routeforge serve --roads`.
# Prints one line per request: wall time (curl time_total), the matrix time the server reports (Server-Timing),
# the server process's CPU time for the request (/proc utime+stime) and the response size. See matrix.md.
# Usage: benchmarks/results/api/matrix-bench.sh [REPS]   (env: OSM, WORK, PORT, WARMUP, EXTRA_JAVA_OPTS)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
OSM="${OSM:-$ROOT/../shared/data/osm/malta-2018.osm.pbf}"
WORK="${WORK:-/tmp/rf-matrix-bench}"
PORT="${PORT:-18517}"
REPS="${1:-10}"
WARMUP="${WARMUP:-5}"
KEY=bench-admin-key-0123456789
mkdir -p "$WORK"
export ROUTEFORGE_ADMIN_KEY="$KEY"
export ROUTEFORGE_JAVA_OPTS="-Drouteforge.graphs=$WORK/graphs -Xmx2g ${EXTRA_JAVA_OPTS:-}"

# 1. 1000 points on Malta's roads (999 customers + depot, uniform, seed 1: the roads benchmark's sampler)
if [[ ! -f "$WORK/matrix-1000.json" ]]; then
  "$ROOT/routeforge" roads instance --osm "$OSM" --n 999 --seed 1 --out "$WORK/malta-999.vroom.json" >&2
  python3 - "$WORK" <<'PY'
import json, sys
w = sys.argv[1]
t = json.load(open(w + "/malta-999.osrm-table.json"))
json.dump({"locations": [s["location"] for s in t["sources"]]}, open(w + "/matrix-1000.json", "w"))
PY
fi

# 2. the server, with the road network (the graph folder is imported on the first run, loaded afterwards)
"$ROOT/routeforge" serve --roads "$OSM" --port "$PORT" --workers 1 --data-dir "$WORK/state" \
  --set max_matrix_points=1000 --set rate_limit_per_s=1000 > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/v1/health" > /dev/null 2>&1 && break
  sleep 1
done

cpu() { awk '{printf "%d", $14 + $15}' "/proc/$SERVER/stat"; }
ticks=$(getconf CLK_TCK)
request() {
  curl -s -o "$WORK/out.json" -D "$WORK/headers.txt" -w '%{time_total} %{size_download}\n' \
    -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    --data-binary @"$WORK/matrix-1000.json" "http://127.0.0.1:$PORT/v1/matrix"
}

# 3. WARMUP requests (JIT), then REPS timed ones
for _ in $(seq 1 "$WARMUP"); do request > /dev/null; done
echo "# $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo "rep wall_s matrix_ms server_cpu_s bytes"
for i in $(seq 1 "$REPS"); do
  c0=$(cpu)
  read -r wall bytes < <(request)
  c1=$(cpu)
  m=$(grep -i '^server-timing' "$WORK/headers.txt" | sed 's/.*dur=\([0-9.]*\).*/\1/' | tr -d '\r')
  echo "$i $wall $m $(awk -v a="$c0" -v b="$c1" -v t="$ticks" 'BEGIN{printf "%.2f", (b-a)/t}') $bytes"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# with Accept-Encoding: gzip (what browsers and python-requests send): $(curl -s --compressed -o /dev/null \
  -w '%{time_total} s, %{size_download} bytes' -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  --data-binary @"$WORK/matrix-1000.json" "http://127.0.0.1:$PORT/v1/matrix")"
python3 - "$WORK/out.json" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
assert t["code"] == "Ok" and len(t["durations"]) == 1000 and all(len(r) == 1000 for r in t["distances"])
print("# last answer checked: 1000 x 1000 durations and distances, %d sources" % len(t["sources"]))
PY
