#!/usr/bin/env bash
# 1 vs 2 threads (islands with migration), 10 s wall, seed 1, X n<=400, one process at a time
cd /work/main
for i in X-n101-k25 X-n153-k22 X-n200-k36 X-n256-k16 X-n303-k21 X-n351-k40 X-n401-k29; do
  for t in 1 2; do
    echo "$i t$t load $(cut -d' ' -f1-3 /proc/loadavg)" >> /tmp/thr/log.txt
    ./routeforge solve /work/shared/data/vrp/cvrp/X/$i.vrp --time-limit 10s --seed 1 --threads $t --json /tmp/thr/$i-t$t.json > /tmp/thr/$i-t$t.out 2>&1
  done
done
echo done >> /tmp/thr/log.txt
