#!/usr/bin/env bash
# Runs every check Clio has: restore, a strict Release build, the code-style check and every test project.
# It ends with the totals of all test runs alone on one line: "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'test.sh: %s\n' "$*" >&2; echo "0 passed, 1 failed"; exit 1; }

command -v dotnet >/dev/null || fail "the .NET SDK is not installed (see global.json for the version)"

step "restore"
dotnet restore Clio.slnx || fail "restore failed"

step "build (Release, warnings are errors)"
dotnet build Clio.slnx -c Release --no-restore || fail "build failed"

step "code style (dotnet format --verify-no-changes)"
dotnet format Clio.slnx --verify-no-changes --no-restore || fail "code style differs from .editorconfig: run 'dotnet format Clio.slnx'"

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
passed=0
failed=0
status=0
for project in tests/*/*.csproj; do
    name=$(basename "$project" .csproj)
    step "test $name"
    log="$results/$name.log"
    dotnet test "$project" -c Release --no-build 2>&1 | tee "$log"
    code=${PIPESTATUS[0]}
    summary=$(grep -E '^(Passed|Failed)!' "$log" | tail -n 1)
    if [[ -z "$summary" ]]; then
        echo "test.sh: $name printed no summary (exit $code)" >&2
        failed=$((failed + 1))
        status=1
        continue
    fi
    p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
    f=$(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$summary")
    passed=$((passed + p))
    failed=$((failed + f))
    if [[ $code -ne 0 || $f -ne 0 ]]; then
        status=1
    fi
    if [[ $p -eq 0 ]]; then
        echo "test.sh: $name ran no test" >&2
        status=1
    fi
done

echo
echo "$passed passed, $failed failed"
exit $status
