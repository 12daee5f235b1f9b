#!/usr/bin/env bash
# vroombench.sh — issue 14's target: a 1 000-job + 100-shipment VROOM request on Malta, RouteForge's server
# (coordinates only: matrix on GraphHopper roads; and with the matrices given) vs VROOM with the same matrix.
set -u
W=/tmp/vb; rm -rf $W; mkdir -p $W; cd /work/main
OSM=/work/shared/data/osm/malta-2018.osm.pbf
export ROUTEFORGE_DATA=/work/shared/data
./routeforge bench vroom-request --osm $OSM --out $W/req.json --seed 1 > $W/gen.log 2>&1
./routeforge bench vroom-request --osm $OSM --out $W/req-m.json --seed 1 --matrices >> $W/gen.log 2>&1
KEY=rf-bench-admin-key-0123456789abcdef
ROUTEFORGE_ADMIN_KEY=$KEY ROUTEFORGE_DATA_DIR=$W/state ./routeforge serve --port 18080 --roads $OSM > $W/server.log 2>&1 &
for i in $(seq 1 120); do curl -sf http://127.0.0.1:18080/v1/health >/dev/null && break; sleep 1; done
PID=$(pgrep -f 'serve --port 18080' | head -1); JPID=$(pgrep -f 'java.*serve --port 18080' | head -1)
echo "server pid $JPID" > $W/summary.txt
(while kill -0 $JPID 2>/dev/null; do jstat -gc $JPID | tail -1; sleep 0.5; done) > $W/jstat.log 2>&1 &
for f in req req-m; do
  /usr/bin/time -f "%e" -o $W/$f.curltime curl -s -o $W/ours-$f.json -w '%{http_code} %{time_total}\n' \
    -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' --data-binary @$W/$f.json \
    'http://127.0.0.1:18080/v1/vroom?time_limit=30&seed=1' >> $W/summary.txt
done
kill $JPID; sleep 2
./routeforge solve $W/req-m.json --time-limit 30s --seed 1 --threads 2 --json $W/ours-cli-t2.json > $W/cli-t2.out 2> $W/cli-t2.err
for t in 1 2; do
  /usr/bin/time -f "vroom -t $t wall %e s, max RSS %M KB" -a -o $W/summary.txt /work/peers/vroom/bin/vroom -i $W/req-m.json -t $t -o $W/vroom-t$t.json
done
echo done >> $W/summary.txt
# #!/usr/bin/env bash
# # vb2.sh — the coordinates-only 1 000-job request again, server heap capped at 2 GB.
# W=/tmp/vb; cd /work/main
# OSM=/work/shared/data/osm/malta-2018.osm.pbf; KEY=rf-bench-admin-key-0123456789abcdef
# rm -rf $W/state2
# ROUTEFORGE_JAVA_OPTS=-Xmx2g ROUTEFORGE_ADMIN_KEY=$KEY ROUTEFORGE_DATA_DIR=$W/state2 ./routeforge serve --port 18081 --roads $OSM > $W/server2.log 2>&1 &
# for i in $(seq 1 120); do curl -sf http://127.0.0.1:18081/v1/health >/dev/null && break; sleep 1; done
# JPID=$(pgrep -f 'java.*serve --port 18081' | head -1)
# for k in 1 2; do
#   curl -s -o $W/ours2-$k.json -w "xmx2g run $k: %{http_code} %{time_total} s\n" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
#     --data-binary @$W/req.json 'http://127.0.0.1:18081/v1/vroom?time_limit=30&seed=1' >> $W/summary2.txt
# done
# jcmd $JPID GC.heap_info >> $W/summary2.txt 2>&1
# kill $JPID
