#!/usr/bin/env bash
# Rewrites the README's generated blocks (<!-- figures:NAME --> ... <!-- /figures -->) from the
# shipped letters, models/default.imrmodel and, when present, the letters of ../shared (loaded into
# a temporary DuckDB file and asked the README's own SQL); measures the disk with du and dates it.
# Run it after retraining the default model or changing a rule, then read `git diff README.md`.
# ReadmeFiguresTest fails the build while a block differs from what the commands print.
# The full model-selection table is scripts/model-selection.sh's (hours of training); only its
# baseline and default rows are rewritten here, from the model file.
# Usage: scripts/readme-figures.sh [--check] [--dmhc]
#   --check  print the stale blocks and exit 1 if any, writing nothing
#   --dmhc   also re-make the DMHC figures (the README's DMHC example: minutes of training)
#   -Dimr.shared.dir=DIR is not taken here: set IMR_SHARED_DIR=DIR to look for ../shared elsewhere.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. scripts/jdk25.sh
imr_find_jdk25 || exit 1
# The toolkit's jars and the test classes that hold the generator (tests compiled, not run).
./mvnw -B -q -DskipTests package -pl cli -am
cp="cli/target/test-classes:core/target/test-classes:cli/target/imr.jar:cli/target/lib/*"
props=()
if [[ -n "${IMR_SHARED_DIR:-}" ]]; then props+=("-Dimr.shared.dir=$IMR_SHARED_DIR"); fi
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED "${props[@]}" -cp "$cp" org.imrtoolkit.cli.ReadmeFigures "$root" "$@"
