#!/usr/bin/env bash
# Whole-process timings of the clio command: wall time from start to exit, median and worst of N runs.
# Usage: bench/process.sh [RUNS]   (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build src/Clio.Cli -c Release -o "$out" -v q -nologo >/dev/null

measure() {
    local label=$1; shift
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        dotnet "$out/clio.dll" "$@" >/dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    local sorted
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    printf '| %s | %s | %s |\n' "$label" "$(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted")" "$(tail -n 1 <<<"$sorted")"
}

echo "| command | median ms | worst ms |"
echo "|---|---|---|"
measure "clio --help" --help
measure "clio timeline --json" timeline --json
measure "clio search litvinof" search litvinof
measure "clio show nazi-soviet-pact --json" show nazi-soviet-pact --json
measure "clio pack validate (the default pack, from disk)" pack validate packs/soviet-foreign-policy-1917-41
