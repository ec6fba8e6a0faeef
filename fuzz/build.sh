#!/usr/bin/env bash
# Builds the libFuzzer targets: the pipeline's library modules (SourceModel → front ends → Analysis → Rules)
# compiled with swiftc -sanitize=fuzzer,address, one module at a time like SwiftPM would, then linked with
# an entry file into one binary per mode:
#   fuzz/build/vtlint-fuzz             arbitrary bytes through decode, lex, parse, index, analyze, rules
#   fuzz/build/vtlint-fuzz-structured  the same target, plus a custom mutator that edits real source
#                                      (truncation, token deletion/duplication, deep nesting, splicing)
# Usage: fuzz/build.sh            (rebuilds only when a source is newer than the binaries)
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz/build
mkdir -p "$out"

modules=(SourceModel CSharpFrontend SwiftFrontend Analysis Rules)
flags=(-swift-version 6 -parse-as-library -O -g -sanitize=fuzzer,address -I "$out" -module-cache-path "$out/module-cache")

newest_source=$(find Sources/SourceModel Sources/CSharpFrontend Sources/SwiftFrontend Sources/Analysis Sources/Rules fuzz/*.swift fuzz/build.sh -newer "$out/vtlint-fuzz-structured" -print -quit 2>/dev/null || echo rebuild)
if [[ -x "$out/vtlint-fuzz" && -x "$out/vtlint-fuzz-structured" && -z "$newest_source" ]]; then
  echo "fuzz binaries are up to date"
  exit 0
fi

objects=()
# Once a module is rebuilt, every later one is too: they are compiled against its interface and layouts
# (a dependent left stale reads structs at their old size, which AddressSanitizer reports as an overflow).
rebuilt=0
for m in "${modules[@]}"; do
  mapfile -t sources < <(find "Sources/$m" -name '*.swift' | sort)
  objects+=("$out/$m.o")
  if [[ $rebuilt == 0 && -f "$out/$m.o" && -z "$(find "Sources/$m" fuzz/build.sh -newer "$out/$m.o" -print -quit)" ]]; then
    continue
  fi
  rebuilt=1
  echo "== $m (${#sources[@]} files)"
  swiftc "${flags[@]}" -module-name "$m" -wmo -emit-module -emit-module-path "$out/$m.swiftmodule" \
    -c "${sources[@]}" -o "$out/$m.o"
done

echo "== vtlint-fuzz"
# ld.gold warns once per ASan helper symbol it cannot export; those warnings are noise.
# The command's own status decides (under `pipefail`, `… | grep … || true` had reset it, so a target
# that failed to compile left the previous binary in place and the script said "built").
quiet_link() {
  local status=0
  "$@" >"$out/link.log" 2>&1 || status=$?
  grep -v "Cannot export local symbol" "$out/link.log" || true
  return "$status"
}
quiet_link swiftc "${flags[@]}" -module-name VTLintFuzz fuzz/FuzzTarget.swift "${objects[@]}" -o "$out/vtlint-fuzz"
echo "== vtlint-fuzz-structured"
quiet_link swiftc "${flags[@]}" -module-name VTLintFuzzStructured -D STRUCTURED fuzz/FuzzTarget.swift fuzz/StructureMutator.swift \
  "${objects[@]}" -o "$out/vtlint-fuzz-structured"
echo "built $out/vtlint-fuzz $out/vtlint-fuzz-structured"
