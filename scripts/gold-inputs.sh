#!/usr/bin/env bash
# Whether the toolkit's reading of the letters or the inputs themselves hold the default model back:
# trains the default's learner and inputs (logistic, lambda 10, the UR's decision and reasons and the
# three overturn signals of issue 18) on the same 311 items twice, once with the inputs as the
# annotators of the gold files read them (core/src/test/resources/gold/dev-84.tsv and blind-45.tsv)
# and once as `imr features` reads them, each cross-validated grouped by letter (--group-column).
# Rows of a table carry no letter, so neither run caps dependent items at their procedure as a model
# trained on letters does. Then the same for one input, whether the UR cited any reason for the item
# (the signal issue 18 names); and last the toolkit's table without --group-column, each row its own
# group, to show what grouping changes. A diagnostic: nothing here chooses or trains a shipped model.
# Usage: scripts/gold-inputs.sh [OUT]   (needs ../shared and python3; OUT, default out/gold-inputs,
# and IMR_SHARED_DIR are taken from the repository's root)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/shared-letters.sh" pdf
out="${1:-out/gold-inputs}"
mkdir -p "$out"
gold=core/src/test/resources/gold
./imr features -q -o "$out/features.csv" "$letters"
python3 scripts/gold-inputs.py "$out/features.csv" "$out" "$gold/dev-84.tsv" "$gold/blind-45.tsv"
run() {
    local table="$1" what="$2"; shift 2
    echo "== $what"
    local categories=()
    for c in $(head -1 "$out/$table.tsv" | cut -f4-); do categories+=(--category-column "$c"); done
    ./imr train -q --algorithm logistic --lambda 10 -o "$out/$table$1.imrmodel" --metrics "$out/$table$1.json" \
        --id-column id --label-column decision --positive-label Overturned "${categories[@]}" "${@:2}" "$out/$table.tsv" \
        | sed -n '1,7p'
}
run gold "the default's inputs, as the annotators read them" "" --group-column letter
run read "the default's inputs, as imr features reads them" "" --group-column letter
run gold-any "one input, the UR cited any reason for the item, as the annotators read it" "" --group-column letter
run read-any "one input, the UR cited any reason for the item, as imr features reads it" "" --group-column letter
run read "the default's inputs, as imr features reads them, each row its own group (a letter's items on both sides of a split)" -by-row
