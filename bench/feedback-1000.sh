#!/usr/bin/env bash
# Whole-process timing of `clio feedback` on 1,000 essay files: the calibration and model essays of the default pack,
# copied round-robin into a temporary folder, marked in one run.
# Usage: bench/feedback-1000.sh [COUNT]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Clio.Cli -c Release -o "$work/bin" -v q -nologo >/dev/null

sources=(packs/soviet-foreign-policy-1917-41/essays/ideology-or-national-interest/*.md)
mkdir -p "$work/essays"
for i in $(seq 1 "$count"); do
    src=${sources[$(( i % ${#sources[@]} ))]}
    # Drop the YAML header: the files a student hands in are plain text.
    awk 'BEGIN{h=0} /^---$/ && h<2 {h++; next} h>=2 {print}' "$src" > "$work/essays/essay-$i.txt"
done

start=$(date +%s%N)
dotnet "$work/bin/clio.dll" feedback --question ideology-or-national-interest "$work"/essays/*.txt --json > "$work/out.json"
end=$(date +%s%N)
reports=$(grep -c '"question": "ideology-or-national-interest"' "$work/out.json")
echo "| clio feedback on $count files ($reports reports) | $(( (end - start) / 1000000 )) ms |"
