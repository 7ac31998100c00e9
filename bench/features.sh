#!/usr/bin/env bash
# Letters/s and peak memory of `imr features` end to end (JVM start and CoreNLP load included) on the
# shipped letters repeated to N files (default 2000). Copies go to a scratch folder, never committed.
# Usage: bench/features.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-2000}"
"$root/imr" --version >/dev/null
. "$root/scripts/jdk25.sh"
imr_find_jdk25 || exit 1
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/letters"
letters=("$root"/data/letters/*.txt)
for ((i = 0; i < n; i++)); do
    src="${letters[$((i % ${#letters[@]}))]}"
    cp "$src" "$scratch/letters/$(printf '%05d' "$i")_$(basename "$src")"
done
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -v); fi
start=$(date +%s.%N)
"${timer[@]}" "$root/imr" features -q -o "$scratch/features.csv" "$scratch/letters" 2>"$scratch/time.txt"
end=$(date +%s.%N)
rows=$(($(wc -l <"$scratch/features.csv") - 1))
secs=$(echo "$end - $start" | bc -l)
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$scratch/time.txt")
printf 'imr features: %d letters (%d items) in %.1f s = %.1f letters/s end to end; peak RSS %s MB\n' \
    "$n" "$rows" "$secs" "$(echo "$n / $secs" | bc -l)" "$([ -n "$rss" ] && echo $((rss / 1024)) || echo '?')"
printf 'machine: %s cores, %s; %s\n' "$(nproc)" "$(uname -m)" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1 || true)"
