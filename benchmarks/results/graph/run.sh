#!/usr/bin/env bash
# Reproduces the shortest-path / WormHole benchmark report in this directory:
#   benchmarks/results/graph/run.sh            (all graphs, 10,000 pairs each, seed 1)
# Generated graphs go to $GEN_DIR (default /tmp/routeforge-graphs), never into the repository.
# Set SKIP_50M=1 to leave out the 5*10^7-edge graph. RF may point at another launcher of the CLI.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DATA="${ROUTEFORGE_DATA:-$ROOT/../shared/data}"
GEN="${GEN_DIR:-/tmp/routeforge-graphs}"
RF="${RF:-$ROOT/routeforge}"
export ROUTEFORGE_JAVA_OPTS="${ROUTEFORGE_JAVA_OPTS:--Xmx8g}"
QUERIES="${QUERIES:-10000}"
mkdir -p "$GEN" "$HERE/json"

gen() { # name nodes avg-degree
  [[ -f "$GEN/$1.txt.gz" ]] || nice -n 10 "$RF" graph generate --model chung-lu --nodes "$2" \
      --avg-degree "$3" --exponent 2.5 --seed 1 --out "$GEN/$1.txt.gz"
}
bench() { # file name
  echo "== $2" >&2
  nice -n 10 "$RF" bench graph --graph "$1" --queries "$QUERIES" --seed 1 --json "$HERE/json/$2.json"
}

for f in facebook_combined ca-GrQc ca-HepPh email-Enron-minus1edge; do
  bench "$DATA/graphs/$f.txt.gz" "$f"
done
bench "$DATA/graphs/USA-road-d.NY.gr.gz" USA-road-d.NY
benchgen() { # name nodes: Chung-Lu, average degree 20, exponent 2.5, generated inside the bench JVM
  echo "== $1" >&2
  nice -n 10 "$RF" bench graph --generate chung-lu --nodes "$2" --avg-degree 20 --exponent 2.5 \
      --gen-seed 1 --queries "$QUERIES" --seed 1 --json "$HERE/json/$1.json"
}
benchgen chung-lu-1e6 100000
# the 10^7-edge graph goes through a file, so that loading is measured at scale too
gen chung-lu-1e7 1000000 20 && bench "$GEN/chung-lu-1e7.txt.gz" chung-lu-1e7
if [[ -z "${SKIP_50M:-}" ]]; then
  benchgen chung-lu-5e7 5000000
fi
"$RF" bench graph --summarize "$HERE/json" --report "$HERE/tables.md" --plot "$HERE/query-time-vs-size.png"
