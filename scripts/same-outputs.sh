#!/usr/bin/env bash
# Checks that a change left the outputs alone: writes what parse, features (with evidence), predict
# with the shipped model and reasons give on data/letters and ../shared/wc-letters/pdf, and compares
# each file byte for byte with the same file in BASELINE (made the same way before the change).
# Usage: scripts/same-outputs.sh BASELINE [OUT]    Exit 0 when every file is identical.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
baseline="$(cd "${1:?usage: scripts/same-outputs.sh BASELINE [OUT]}" && pwd)"
out="${2:-$(mktemp -d)}"
mkdir -p "$out"
cd "$root"
./imr parse -q -o "$out/parse-data.csv" data/letters
./imr parse -q -o "$out/parse-wc.csv" ../shared/wc-letters/pdf
./imr features -q -o "$out/feat-data.csv" --evidence "$out/ev-data.jsonl" data/letters
./imr features -q -o "$out/feat-wc.csv" --evidence "$out/ev-wc.jsonl" ../shared/wc-letters/pdf
./imr predict -q -m models/default.imrmodel -o "$out/pred-data.csv" data/letters
./imr predict -q -m models/default.imrmodel -o "$out/pred-wc.csv" ../shared/wc-letters/pdf
./imr reasons -q -o "$out/reasons-data.csv" data/letters
./imr reasons -q -o "$out/reasons-wc.csv" ../shared/wc-letters/pdf
status=0
for f in parse-data.csv parse-wc.csv feat-data.csv ev-data.jsonl feat-wc.csv ev-wc.jsonl \
         pred-data.csv pred-wc.csv reasons-data.csv reasons-wc.csv; do
    if cmp -s "$out/$f" "$baseline/$f"; then
        echo "identical  $f"
    else
        echo "DIFFERENT  $f"
        status=1
    fi
done
exit $status
