#!/usr/bin/env bash
# Issue 15, point 5: generated X-like instances beyond n = 1000, one long single-threaded run each.
# Instances are generated, not stored (./routeforge generate is byte-identical for the same options).
set -euo pipefail
mkdir -p /tmp/large
for n in 2000 5000 10000; do
  ./routeforge generate --kind x --n $n --seed 1 --out /tmp/large/GX-n$n-s1.vrp
done
# RouteForge (the runs in history/ and sol/): CPU budgets 300 s, 300 s, 600 s; /usr/bin/time -v for memory
for spec in 2000:300 5000:300 10000:600; do
  n=${spec%%:*}; t=${spec##*:}
  /usr/bin/time -v ./routeforge solve /tmp/large/GX-n$n-s1.vrp --cpu-time ${t}s --threads 1 --seed 1 \
    --json /tmp/large/GX-n$n-s1.json --out /tmp/large/GX-n$n-s1.sol
done
# HGS-CVRP (vidalt/HGS-CVRP 1a92795, built with cmake -DCMAKE_BUILD_TYPE=Release outside the project);
# its reader needs a COMMENT line and no VEHICLES line
awk 'NR==1{print; print "COMMENT : generated"; next} !/^VEHICLES/' /tmp/large/GX-n2000-s1.vrp > /tmp/large/GX-n2000-s1.hgs.vrp
hgs /tmp/large/GX-n2000-s1.hgs.vrp /tmp/large/hgs-GX-n2000-s1-60s.sol -t 60 -seed 1
# every solution: python3 ../shared/tools/vrpcheck.py /tmp/large/GX-nN-s1.vrp SOL
