#!/usr/bin/env bash
# The default model's settings measured on letters no rule was written from: trains with the shipped
# default's settings (`imr train`'s defaults) on the shared letters other than round 3's half B of
# issue 18's blind gold, then evaluates that model on half B (23 letters). Half B is the split stated
# in core/src/test/resources/gold/blind-45.tsv and computed by BlindGold.round3HeldOut: within the 27
# letters of blind-27.tsv and within the other 18 of blind-45.tsv, the letters sorted by
# sha256("issue-18-round3:" + id), all but the first 13 and the first 9.
# Usage: scripts/held-out.sh [OUT]   (needs ../shared; OUT keeps the model and the evaluation; OUT and
# IMR_SHARED_DIR are taken from the repository's root)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/shared-letters.sh" txt
out="${1:-$(mktemp -d)}"
mkdir -p "$out/train" "$out/test"
gold=core/src/test/resources/gold
ids() { grep -v '^#' "$1" | awk -F'\t' 'NR > 1 { print $1 }' | sort -u; }
ranked() { while read -r id; do printf '%s %s\n' "$(printf 'issue-18-round3:%s' "$id" | sha256sum | cut -c1-64)" "$id"; done | sort | awk '{ print $2 }'; }
b27="$(ids "$gold/blind-27.tsv")"
b45="$(ids "$gold/blind-45.tsv")"
others="$(comm -23 <(echo "$b45") <(echo "$b27"))"
{ echo "$b27" | ranked | tail -n +14; echo "$others" | ranked | tail -n +10; } | sort > "$out/half-b.txt"
for f in "$letters"/*.txt; do
    id="$(basename "$f" .txt)"
    if grep -qx "$id" "$out/half-b.txt"; then dir=test; else dir=train; fi
    ln -sf "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$out/$dir/"
done
echo "held-out: training on $(ls "$out/train" | wc -l) letters, evaluating on $(ls "$out/test" | wc -l) (half B)" >&2
./imr train -q -o "$out/model.imrmodel" "$out/train"
./imr evaluate -m "$out/model.imrmodel" "$out/test" | tee "$out/evaluation.txt"
