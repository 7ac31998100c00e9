#!/usr/bin/env bash
# Model choice on repeated cross-validation: trains each configuration below with `imr train
# --repeats R` on the decided letters, writing out/selection/NAME.json (metrics), NAME.txt (what
# train printed) and NAME.imrmodel, then out/selection/table.md: each configuration's mean and sd
# over the repeats and its letter-level bootstrap 95% interval of ROC-AUC, PR-AUC, balanced
# accuracy and Brier, beside the always-Upheld baseline. Re-run it after the feature rules change.
# Every configuration names its lambda, so the table does not move when the default does.
# Usage: scripts/model-selection.sh [LETTERS] [REPEATS]
#   LETTERS  default ../shared/wc-letters/pdf;  REPEATS default 5.
#   ONLY="default lexical" scripts/model-selection.sh   trains only the configurations named.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
letters="${1:-../shared/wc-letters/pdf}"
repeats="${2:-5}"
out=out/selection
mkdir -p "$out"

# name | description | train options
configs=(
  "lexical|lexical terms only (TF-IDF uni+bigrams)|--feature-set lexical --lambda 1"
  "clinical_core|clinical features only|--feature-set clinical_core --lambda 1"
  "clinical_descriptive|clinical + descriptive (sex, age, body regions, work status, diagnosis)|--feature-set clinical_descriptive --lambda 1"
  "ur|UR decision and reasons only|--feature-set ur --lambda 1"
  "ur_lambda10|UR decision and reasons only, lambda 10 (the default model)|--feature-set ur --lambda 10"
  "reasons|clinical + UR|--feature-set reasons --lambda 1"
  "clinical|clinical + UR + descriptive|--feature-set clinical --lambda 1"
  "ur_lexical|UR + lexical|--feature-set ur_lexical --lambda 1"
  "analyst|clinical + UR + lexical|--feature-set analyst --lambda 1"
  "all|clinical + UR + descriptive + lexical|--feature-set all --lambda 1"
  "analyst_lambda01|clinical + UR + lexical, lambda 0.1|--feature-set analyst --lambda 0.1"
  "analyst_lambda10|clinical + UR + lexical, lambda 10|--feature-set analyst --lambda 10"
  "lexical_lambda01|lexical, lambda 0.1|--feature-set lexical --lambda 0.1"
  "lexical_lambda10|lexical, lambda 10|--feature-set lexical --lambda 10"
  "lexical_lambda30|lexical, lambda 30|--feature-set lexical --lambda 30"
  "lexical_auto|lexical, lambda auto (nested)|--feature-set lexical --lambda auto"
  "reasons_lambda10|clinical + UR, lambda 10|--feature-set reasons --lambda 10"
  "analyst_auto|clinical + UR + lexical, lambda auto (nested)|--feature-set analyst --lambda auto"
  "rf_reasons|random forest, clinical + UR|--algorithm rf --feature-set reasons"
  "gbm_reasons|gradient boosting, clinical + UR|--algorithm gbm --feature-set reasons"
)

names=()
for config in "${configs[@]}"; do
    IFS='|' read -r name description options <<<"$config"
    names+=("$name|$description|$options")
    if [[ -n "${ONLY:-}" && " $ONLY " != *" $name "* ]]; then
        continue
    fi
    echo "== $name: imr train --repeats $repeats $options" >&2
    # shellcheck disable=SC2086
    ./imr train -q --repeats "$repeats" $options -o "$out/$name.imrmodel" --metrics "$out/$name.json" \
        "$letters" > "$out/$name.txt"
done

./imr --version > /dev/null # builds the toolkit, whose jars the table reads JSON with
java -cp "cli/target/lib/*" scripts/SelectionTable.java "$out" "$letters" "$repeats" "${names[@]}" > "$out/table.md.tmp"
mv "$out/table.md.tmp" "$out/table.md"
echo "wrote $out/table.md" >&2
