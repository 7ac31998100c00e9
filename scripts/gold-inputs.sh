#!/usr/bin/env bash
# Whether the toolkit's reading of the letters or the inputs themselves hold the default model back:
# trains the default's learner and inputs (logistic, lambda 10, the UR's decision and reasons and the
# three overturn signals of issue 18) on the same 311 items twice, once with the inputs as the
# annotators of the gold files read them (core/src/test/resources/gold/dev-84.tsv and blind-45.tsv)
# and once as `imr features` reads them, each cross-validated grouped by letter (--group-column).
# Rows of a table carry no letter, so neither run caps dependent items at their procedure as a model
# trained on letters does. Then the same for one input, whether the UR cited any reason for the item
# (the signal issue 18 names). A diagnostic: nothing here chooses or trains a shipped model.
# Usage: scripts/gold-inputs.sh [OUT]   (needs ../shared and python3)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/shared-letters.sh" pdf
out="${1:-out/gold-inputs}"
mkdir -p "$out"
gold=core/src/test/resources/gold
./imr features -q -o "$out/features.csv" "$letters"
python3 scripts/gold-inputs.py "$out/features.csv" "$out" "$gold/dev-84.tsv" "$gold/blind-45.tsv"
for table in gold read gold-any read-any; do
    case "$table" in
        gold*) who="the annotators" ;;
        *) who="imr features" ;;
    esac
    case "$table" in
        *-any) what="one input: the UR cited any reason for the item" ;;
        *) what="the default's inputs" ;;
    esac
    echo "== $what, as $who read them"
    categories=()
    for c in $(head -1 "$out/$table.tsv" | cut -f4-); do categories+=(--category-column "$c"); done
    ./imr train -q -o "$out/$table.imrmodel" --metrics "$out/$table.json" --id-column id --group-column letter \
        --label-column decision --positive-label Overturned "${categories[@]}" "$out/$table.tsv" | sed -n '1,6p'
done
