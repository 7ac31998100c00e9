#!/usr/bin/env bash
# Letters/s of parsing and of CoreNLP annotation (untagged vs tagged lemmas) on 1 and 2 threads.
# Usage: bench/annotate.sh [LETTER_DIR] [COPIES]   (default: ../shared/wc-letters/txt, 3 copies)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/jdk25.sh"
imr_find_jdk25 || exit 1
"$root/imr" --version >/dev/null   # builds the jar and its lib/ when needed
dir="${1:-$root/../shared/wc-letters/txt}"
exec "$JAVA_HOME/bin/java" -cp "$root/cli/target/lib/*" "$root/bench/AnnotateBench.java" "$dir" "${2:-3}" 1 2
