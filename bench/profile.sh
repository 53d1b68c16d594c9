#!/bin/sh
# Profiles one full Sinmun build of a synthetic archive with Java Flight Recorder: bench/profile.sh [N]; see bench/README.md.
set -e
cd "$(dirname "$0")/.."
if [ ! -f target/sinmun.jar ] || [ -n "$(find src pom.xml -newer target/sinmun.jar -print -quit)" ]; then
  mvn -q -o -B package -DskipTests
fi
exec python3 bench/profile.py "$@"
