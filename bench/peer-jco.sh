#!/usr/bin/env bash
# The peer figures: the kit component transpiled by jco and called from Node.
#
#   bench/peer-jco.sh [OUT_FILE]     (default: bench/out/jco.txt)
#
# Writes one machine-readable line per call shape, `jco <shape> <ns/op>`, with the shape names
# of the JMH benchmarks (noop, add, echo-string-64B, echo-string-4KiB, echo-string-1MiB,
# sum-list-1024, checksum-1MiB, centroid-1000), plus `jco instantiate-first <ns>` (the first
# instantiation, compile included; not comparable to a per-op figure). Node's raw output is
# kept beside it (OUT_FILE.raw). Exits non-zero if node prints no figures.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED=${SHARED:-$(cd "$REPO/../shared" 2>/dev/null && pwd || true)}
[ -n "$SHARED" ] && [ -f "$SHARED/components/kit/kit.wasm" ] || {
  echo "peer-jco: ../shared (with components/kit/kit.wasm) is missing beside the repo" >&2; exit 2; }
OUT_FILE=${1:-$REPO/bench/out/jco.txt}
mkdir -p "$(dirname "$OUT_FILE")"
OUT_FILE=$(cd "$(dirname "$OUT_FILE")" && pwd)/$(basename "$OUT_FILE")

command -v node >/dev/null || { echo "peer-jco: node is not on PATH" >&2; exit 2; }

# 1. The node tools (jco), installed once.
TOOLS=${TOOLS:-$HOME/.cache/component-tools}
if [ ! -d "$TOOLS/node_modules/@bytecodealliance/jco" ] || [ ! -f "$TOOLS/transpile.mjs" ]; then
  echo "peer-jco: installing the node tools into $TOOLS" >&2
  TOOLS=$(TOOLS="$TOOLS" "$SHARED/tools/setup-node-tools.sh" | tail -n 1)
fi

# 2. Transpile kit and put the bench script beside it.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/weft-peer-jco.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
node "$TOOLS/transpile.mjs" "$SHARED/components/kit/kit.wasm" "$WORK" kit >/dev/null
cp "$SHARED/bench/peer-jco/bench-kit.mjs" "$WORK/"
echo '{"type":"module"}' > "$WORK/package.json"

# 3. Run it and keep the raw output.
echo "peer-jco: $(node --version), running bench-kit.mjs" >&2
(cd "$WORK" && node bench-kit.mjs) > "$OUT_FILE.raw"

# 4. Parse "name: 1234.5 ns/op" and "instantiate (first, incl. compile): 1234.5 us".
awk '
  /^instantiate \(first/ { printf "jco instantiate-first %.1f\n", $NF == "us" ? $(NF-1) * 1000 : $NF * 1000; next }
  / ns\/op$/ {
    line = $0; sub(/ ns\/op$/, "", line)
    n = split(line, parts, ": "); value = parts[n]
    name = substr(line, 1, length(line) - length(value) - 2)
    gsub(/ /, "-", name)
    printf "jco %s %s\n", name, value
  }' "$OUT_FILE.raw" > "$OUT_FILE"

grep -q '^jco noop ' "$OUT_FILE" || { echo "peer-jco: no figures in node output:" >&2; cat "$OUT_FILE.raw" >&2; exit 1; }
# The correctness line bench-kit.mjs prints last: the figures only count if the calls were right.
grep -q '^sum-list check 6n\? centroid' "$OUT_FILE.raw" || echo "peer-jco: warning: unexpected check line" >&2
echo "peer-jco: wrote $OUT_FILE" >&2
