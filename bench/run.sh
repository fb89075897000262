#!/usr/bin/env bash
# The whole benchmark suite in one invocation, and docs/benchmarks.md from its figures:
#   1. builds weft-bench (the JMH jar),
#   2. runs the jco peer (bench/peer-jco.sh),
#   3. runs the JMH suite (KitBench: the component API; TypedKitBench: generated bindings;
#      BareChicoryBench: the core baseline),
#   4. writes docs/benchmarks.md (bench/report.py).
# The layers run one after the other, never concurrently (2-core machines).
#
#   bench/run.sh                         # everything, short JMH settings (about 4-5 minutes on 2 cores)
#   JMH_OPTS="-f 1 -wi 8 -i 10" bench/run.sh
#   JMH_FILTER='BareChicoryBench' bench/run.sh
#
# (-Dmaven.test.skip=true rather than -DskipTests: test sources of other modules being edited must
# not stop the benchmarks from building.)
# Raw results stay in bench/out/ (jmh.json, jmh.txt, jco.txt, jco.txt.raw, machine.txt).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
cd "$REPO"
OUT=$REPO/bench/out
mkdir -p "$OUT"
JMH_OPTS=${JMH_OPTS:--f 1 -wi 5 -w 1s -i 7 -r 1s}
JMH_FILTER=${JMH_FILTER:-dev.weft.bench.*}

# A JDK >= 21 (the machine default may be 17).
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export JAVA_HOME
JAVA=$JAVA_HOME/bin/java
[ -x "$JAVA" ] || { echo "run.sh: no JDK >= 21 (set JAVA_HOME)" >&2; exit 2; }

note() { echo "$*" >> "$OUT/notes.txt"; echo "run.sh: $*" >&2; }
rm -f "$OUT/notes.txt" "$OUT/jmh.json" "$OUT/jco.txt" "$OUT/jco.txt.raw"
touch "$OUT/notes.txt"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')

# 1. Build (offline; online only if the local repository lacks an artifact). SKIP_BUILD=1 reuses the jar.
BUILD="mvn -q -o -pl weft-bench -am package -Dmaven.test.skip=true"
if [ "${SKIP_BUILD:-0}" = 1 ]; then
  BUILD="(SKIP_BUILD=1: the existing weft-bench/target/weft-bench.jar)"
else
  echo "run.sh: $BUILD" >&2
  if ! $BUILD >"$OUT/build.log" 2>&1; then
    if grep -Eq 'offline mode|Cannot access .* in offline|could not be resolved|Could not resolve' "$OUT/build.log"; then
      echo "run.sh: the offline build lacks artifacts, trying online" >&2
      BUILD="mvn -q -pl weft-bench -am package -Dmaven.test.skip=true"
      $BUILD >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; echo "run.sh: build failed" >&2; exit 1; }
    else
      grep -E 'ERROR|error:' "$OUT/build.log" | head -20 >&2
      echo "run.sh: build failed (bench/out/build.log)" >&2; exit 1
    fi
  fi
fi
JAR=$REPO/weft-bench/target/weft-bench.jar

# 2. The jco peer.
if ! bench/peer-jco.sh "$OUT/jco.txt"; then
  note "bench/peer-jco.sh failed: no jco figures in this run."
fi

# 3. JMH.
if ! "$JAVA" -jar "$JAR" -l | grep -q 'dev\.weft\.bench\.KitBench\.'; then
  note "KitBench (the component API) is not in weft-bench.jar: it was left out of the build (see weft-bench/pom.xml), so there are no Weft figures in this run."
fi
# shellcheck disable=SC2086
JMH_CMD="$JAVA -jar weft-bench/target/weft-bench.jar $JMH_OPTS -rf json -rff bench/out/jmh.json $JMH_FILTER"
echo "run.sh: $JMH_CMD" >&2
# shellcheck disable=SC2086
"$JAVA" -jar "$JAR" $JMH_OPTS -rf json -rff "$OUT/jmh.json" "$JMH_FILTER" 2>&1 | tee "$OUT/jmh.txt" \
  | grep -E '^(Benchmark|[A-Za-z]+Bench\.)|^# Run progress|ERROR|Exception' >&2 || true
[ -s "$OUT/jmh.json" ] || { echo "run.sh: JMH wrote no results (see bench/out/jmh.txt)" >&2; exit 1; }
if grep -q '<failure>' "$OUT/jmh.txt"; then
  note "Some benchmarks failed in this run (their rows are empty): see bench/out/jmh.txt."
fi

# 4. The page.
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || echo '?')"
  echo "memory: $(free -g 2>/dev/null | awk '/^Mem:/ {print $2 " GiB"}')"
  echo "jdk: $("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.runtime.version|java.vm.name/ {printf "%s ", $2}')"
  echo "load-before: $LOAD_BEFORE"
  echo "load-after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  echo "node: $(node --version 2>/dev/null || echo 'not installed')"
} > "$OUT/machine.txt"
NOTES=()
while IFS= read -r line; do [ -n "$line" ] && NOTES+=(--note "$line"); done < "$OUT/notes.txt"
python3 bench/report.py --jmh "$OUT/jmh.json" --jco "$OUT/jco.txt" --machine "$OUT/machine.txt" \
  --jmh-options "$JMH_OPTS" \
  --command "$(printf 'bench/run.sh\n  = %s\n  + bench/peer-jco.sh bench/out/jco.txt\n  + %s\n  + python3 bench/report.py ...' "$BUILD" "$JMH_CMD")" \
  "${NOTES[@]}" --out docs/benchmarks.md
echo "run.sh: wrote docs/benchmarks.md" >&2
