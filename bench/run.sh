#!/bin/sh
# Benchmarks Sinmun against Hugo on synthetic archives: bench/run.sh [options] N [N...]; see bench/README.md.
set -e
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time missing — apt-get install -y time" >&2; exit 1; }
if [ ! -f target/sinmun.jar ] || [ -n "$(find src pom.xml -newer target/sinmun.jar -print -quit)" ]; then
  mvn -q -o -B package -DskipTests
fi
exec python3 bench/bench.py "$@"
