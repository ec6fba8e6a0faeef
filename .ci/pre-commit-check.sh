#!/usr/bin/env bash
# Proves the `vtlint-system` pre-commit hook with the real pre-commit tool: a throwaway git repository with
# clean and BAD staged files; the hook must pass on the clean ones and fail on each BAD one.
# Needs: pre-commit (pip), git, a Swift toolchain. Builds vtlint and puts it on PATH for the system hook.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

swift build --package-path "$repo" --product vtlint >/dev/null
bin="$(swift build --package-path "$repo" --show-bin-path)"
export PATH="$bin:$PATH"
python3 -m pre_commit --version >/dev/null || { echo "pre-commit is not installed (python3 -m pip install pre-commit)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q
git config user.email ci@example.invalid
git config user.name ci

cat > Clean.cs <<'CS'
using System.Threading.Tasks;

class Clean
{
    async ValueTask<int> ReadAsync() => 1;

    async Task<int> Once() => await ReadAsync();
}
CS
cat > Clean.swift <<'SWIFT'
func value() async -> Int {
  await withCheckedContinuation { continuation in
    continuation.resume(returning: 1)
  }
}
SWIFT
# BAD in C#: a ValueTask awaited twice (rule VT0001 once the C# analysis reports it).
cat > Bad.cs <<'CS'
using System.Threading.Tasks;

class Reader
{
    async ValueTask<int> ReadAsync() => 1;

    async Task<int> Twice()
    {
        ValueTask<int> pending = ReadAsync();
        int a = await pending;
        int b = await pending;
        return a + b;
    }
}
CS
# A C# file whose finding fails the run through configuration, independent of the analysis.
cat > BadDirective.cs <<'CS'
class Directive
{
    // vtlint:bogus
}
CS
# BAD in Swift: a continuation resumed twice.
cat > Bad.swift <<'SWIFT'
func value(flag: Bool) async -> Int {
  await withCheckedContinuation { continuation in
    if flag {
      continuation.resume(returning: 1)
    }
    continuation.resume(returning: 2)
  }
}
SWIFT
printf 'severity:\n  VT9004: error\n' > .vtlint.yml
git add -A

hook() {
  python3 -m pre_commit try-repo "$repo" vtlint-system --files "$@" > "$work/hook.log" 2>&1
}

fail=0
if hook Clean.cs Clean.swift; then
  echo "ok: hook passes on clean files"
else
  echo "FAIL: hook failed on clean files"; cat "$work/hook.log"; fail=1
fi
bad_files=(Bad.swift BadDirective.cs)
# Bad.cs is only BAD once vtlint has a C# rule with a BAD verdict.
if vtlint rules | awk '$3 == "BAD" && $4 ~ /csharp/ && $1 < "VT9000"' | grep -q .; then
  bad_files+=(Bad.cs)
else
  echo "note: no C# BAD rule registered yet; Bad.cs not asserted"
fi
for bad in "${bad_files[@]}"; do
  if hook Clean.cs "$bad"; then
    echo "FAIL: hook passed on $bad"; cat "$work/hook.log"; fail=1
  elif grep -q "$bad:" "$work/hook.log"; then
    echo "ok: hook fails on $bad and names it"
  else
    echo "FAIL: hook failed on $bad without naming it"; cat "$work/hook.log"; fail=1
  fi
done
exit $fail
