#!/usr/bin/env bash
# Issue 11, point 6: `estimates` on the 100,000-claim generated ledger, this code against a jar of
# the code before (commit 2a609bb), measured in one run. Each jar generates its own ledger with its
# own `bench-ledger` (the ledgers differ only in what each version stores), then the two are timed
# in alternating rounds by EstimatesTiming.java, which calls only what both versions have.
#   bench/estimates-vs-base.sh BASE_JAR NEW_JAR WORK_DIR [ROUNDS]
# A ledger already in WORK_DIR (base.db, new.db) is reused, so the rounds can be run again alone.
set -euo pipefail
base_jar=$1 new_jar=$2 work=$3 rounds=${4:-6}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
opts=(-Xmx3g -XX:+UseParallelGC)
mkdir -p "$work"
for v in base new; do
  jar=$base_jar; [ "$v" = new ] && jar=$new_jar
  if [ -f "$work/$v.db" ]; then echo "== $v: reusing $work/$v.db"; continue; fi
  echo "== $v: bench-ledger --claims 100000 --brief-runs 1 ($jar)"
  java "${opts[@]}" -jar "$jar" bench-ledger --db "$work/$v.db" --claims 100000 --brief-runs 1 --queries 20 | grep -E 'generated|estimates'
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"

for i in $(seq 1 "$rounds"); do
  for v in base new; do
    jar=$base_jar; [ "$v" = new ] && jar=$new_jar
    echo "round $i $v load $(cut -d' ' -f1 /proc/loadavg) $(java "${opts[@]}" -cp "$jar" "$here/EstimatesTiming.java" "$work/$v.db" "North Korea" 10 20)"
  done
done
