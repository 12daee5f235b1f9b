#!/usr/bin/env bash
# Issue 15, point 1: where the giant-tour search spends its time (JFR) and how its population evolves
# (MemeticRun's DEBUG line after each survivor selection: size, feasible members, mean broken-pairs
# distance, best). Run from the project root; the machine had other suites running (CPU budgets).
set -euo pipefail
mkdir -p /tmp/diag
for spec in X-n1001-k43:60 X-n401-k29:20; do
  i=${spec%%:*}; t=${spec##*:}
  rm -f /tmp/diag/*-population.log*
  ROUTEFORGE_JAVA_OPTS="-Djava.util.logging.config.file=benchmarks/results/vrp/diagnosis/logging.properties \
    -XX:StartFlightRecording=filename=/tmp/diag/$i.jfr,settings=profile" \
    ./routeforge solve ../shared/data/vrp/cvrp/X/$i.vrp --cpu-time ${t}s --threads 1 --seed 1 --json /tmp/diag/$i.json
  cp /tmp/diag/0-population.log benchmarks/results/vrp/diagnosis/$i-population.txt
  jfr print --events jdk.ExecutionSample --stack-depth 64 /tmp/diag/$i.jfr > /tmp/diag/$i.samples.txt
done
# profile.md's shares: each sample counted once, by the first of these found in its stack:
# SwapStar, LocalSearch/TourMove, Split, BiasedFitnessSelector/DistanceCache, OrderedCrossover
