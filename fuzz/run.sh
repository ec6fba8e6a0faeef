#!/usr/bin/env bash
# Runs the fuzzers for a bounded time and fails (non-zero exit) on any crash, sanitizer report, leak,
# timeout (-timeout=10 s per input) or memory blow-up (-rss_limit_mb). Seeds come from Fixtures/ (every
# .cs and .swift file, including Fixtures/malformed/ regressions); the working corpus grows under
# fuzz/corpus-work/ and crashing inputs are saved under fuzz/artifacts/.
#
# Usage: fuzz/run.sh [SECONDS] [plain|structured|both]     (default: 60 both; "both" splits the time)
# A crash found: copy the artifact to Fixtures/malformed/<name>.cs (or .swift) so every later run and the
# hostile-input tests replay it, then fix the bug.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
mode=${2:-both}

bash fuzz/build.sh

seeds=fuzz/corpus-work/seeds
mkdir -p "$seeds" fuzz/artifacts fuzz/corpus-work/plain fuzz/corpus-work/structured
# Seeds named by content hash so re-runs do not duplicate them.
while IFS= read -r -d '' f; do
  cp "$f" "$seeds/$(sha1sum "$f" | cut -c1-16)-$(basename "$f")"
done < <(find Fixtures -type f \( -name '*.cs' -o -name '*.swift' \) -print0)

run() {
  local binary=$1 work=$2 time=$3
  echo "== $binary for ${time}s (corpus $work, seeds $seeds)"
  # Replay the committed regressions first (exits non-zero if any still crashes), then fuzz.
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    "fuzz/build/$binary" -max_total_time="$time" -timeout=10 -rss_limit_mb=3072 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix=fuzz/artifacts/ "fuzz/corpus-work/$work" "$seeds" 2>&1 |
    grep -vE '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse)'
  # The fuzzer's own status, not grep's: non-zero on crash, leak, timeout or out-of-memory.
  local status=${PIPESTATUS[0]}
  set -e
  if [[ $status -ne 0 ]]; then
    echo "fuzz: $binary failed (exit $status); the input is under fuzz/artifacts/" >&2
    exit "$status"
  fi
}

case "$mode" in
  plain) run vtlint-fuzz plain "$seconds" ;;
  structured) run vtlint-fuzz-structured structured "$seconds" ;;
  both)
    half=$(( (seconds + 1) / 2 ))
    run vtlint-fuzz plain "$half"
    run vtlint-fuzz-structured structured "$half"
    ;;
  *) echo "usage: fuzz/run.sh [SECONDS] [plain|structured|both]" >&2; exit 2 ;;
esac
echo "fuzz: no crash, leak or timeout"
