#!/usr/bin/env bash
# Agreement and speed of `clio fsrs replay` against ts-fsrs 5.4.2 (bench/ts-fsrs) on the same random histories.
# Usage: bench/fsrs-compare.sh [CARDS] [MAX_REVIEWS_PER_CARD] [SEED] [RUNS]
#   defaults: 50000 cards of 1-40 reviews (about a million reviews), seed 1, 3 timed runs of each (median).
# Both run as whole processes on the same file, without fuzz (the two fuzz generators differ), output to files.
# Exit 0 when every line agrees (see ts-fsrs/compare.mjs), 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
cards=${1:-50000}
max_reviews=${2:-40}
seed=${3:-1}
runs=${4:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Clio.Cli -c Release -o "$work/clio" -v q -nologo >/dev/null
if [ ! -d bench/ts-fsrs/node_modules/ts-fsrs ]; then
    (cd bench/ts-fsrs && npm ci --no-audit --no-fund --silent)
fi

node bench/ts-fsrs/generate.mjs --cards "$cards" --max-reviews "$max_reviews" --seed "$seed" > "$work/reviews.jsonl"
reviews=$(wc -l < "$work/reviews.jsonl")

# Median wall time in ms of RUNS runs of a command reading reviews.jsonl and writing $2.
median_ms() {
    local out=$1; shift
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" < "$work/reviews.jsonl" > "$out"
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

clio_ms=$(median_ms "$work/clio.jsonl" dotnet "$work/clio/clio.dll" fsrs replay --no-fuzz)
ts_ms=$(median_ms "$work/ts.jsonl" node bench/ts-fsrs/replay.mjs --no-fuzz)

status=0
node bench/ts-fsrs/compare.mjs "$work/clio.jsonl" "$work/ts.jsonl" || status=1

echo
echo "| input | clio fsrs replay | ts-fsrs 5.4.2 (node $(node --version)) | clio / ts-fsrs |"
echo "|---|---|---|---|"
printf '| %s reviews of %s cards | %s ms | %s ms | %s |\n' "$reviews" "$cards" "$clio_ms" "$ts_ms" \
    "$(awk -v a="$clio_ms" -v b="$ts_ms" 'BEGIN { printf "%.3f", a / b }')"
exit $status
