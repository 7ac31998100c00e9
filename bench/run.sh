#!/usr/bin/env bash
# Benchmarks at scale (not run by CI). Builds a scale corpus FOR TIMING ONLY from the sections of the
# real letters in ../shared (never for accuracy figures), then measures wall time, letters/s and
# peak RSS (/usr/bin/time -v) of parse, features and predict on 1 and 2 threads, of train with
# 5-fold CV on 10,000 items, and of predict on 100,000 letters with -Xmx512m, beside CoreNLP's bare
# tokenize+ssplit on the same letters. Writes bench/results.md and bench/results.csv.
# Usage: bench/run.sh [LETTERS_LARGE=100000] [LETTERS=10000]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
large="${1:-100000}"
small="${2:-10000}"
"$root/imr" --version >/dev/null
. "$root/scripts/jdk25.sh"
imr_find_jdk25
java="$JAVA_HOME/bin/java"
cp="$root/cli/target/lib/*"
shared="$root/../shared/wc-letters/txt"
[ -d "$shared" ] || { echo "bench: needs ../shared/wc-letters/txt beside the repository" >&2; exit 1; }
scratch="${BENCH_DIR:-$(mktemp -d)}"
echo "bench: scratch folder $scratch (synthetic letters, timing only)" >&2

"$java" -cp "$cp" "$root/bench/ScaleCorpus.java" "$shared" "$scratch/letters-large" "$large" 0 1 >&2
mkdir -p "$scratch/letters-small"
for d in $(ls "$scratch/letters-large" | head -n $((small / 1000))); do cp -r "$scratch/letters-large/$d" "$scratch/letters-small/$d"; done
"$java" -cp "$cp" "$root/bench/ScaleCorpus.java" "$shared" "$scratch/train-10k" 10000 1 2 >&2

csv="$root/bench/results.csv"
rows="$scratch/rows.csv"
echo "command,threads,letters,items,seconds,letters_per_s,peak_rss_mb,note" > "$rows"

measure() { # name threads letters note -- command...
    local name="$1" threads="$2" letters="$3" note="$4"
    shift 5
    local t="$scratch/time.txt"
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -v "$@" >"$scratch/out.txt" 2>"$t" || true
    end=$(date +%s.%N)
    local secs rss items
    secs=$(echo "$end - $start" | bc -l)
    rss=$(( $(sed -n 's/.*Maximum resident set size (kbytes): //p' "$t") / 1024 ))
    items=$(grep -m1 -o '[0-9]* items' "$t" | cut -d' ' -f1 || true)
    printf '%s,%s,%s,%s,%.1f,%.1f,%s,%s\n' "$name" "$threads" "$letters" "${items:-}" "$secs" \
        "$(echo "$letters / $secs" | bc -l)" "$rss" "$note" >> "$rows"
    tail -1 "$rows" >&2
}

for t in 1 2; do
    measure "tokenize+ssplit (CoreNLP reference)" "$t" "$small" "bare CoreNLP on whole letters" -- \
        "$java" -cp "$cp" "$root/bench/Tokenize.java" "$scratch/letters-small" "$t"
    measure "imr parse" "$t" "$small" "" -- "$root/imr" parse -q --threads "$t" -o "$scratch/parse.csv" "$scratch/letters-small"
    measure "imr features" "$t" "$small" "" -- "$root/imr" features -q --threads "$t" -o "$scratch/features.csv" "$scratch/letters-small"
    measure "imr predict" "$t" "$small" "" -- "$root/imr" predict -q --threads "$t" -m "$root/models/default.imrmodel" \
        -o "$scratch/predict.csv" "$scratch/letters-small"
    measure "imr train (5-fold CV on 10000 items)" "$t" 10000 "one item a letter" -- \
        "$root/imr" train -q --threads "$t" -o "$scratch/train.imrmodel" "$scratch/train-10k"
done
export IMR_JAVA_OPTS="-Xmx512m"
measure "imr predict -Xmx512m" 2 "$small" "heap capped" -- "$root/imr" predict -q --threads 2 \
    -m "$root/models/default.imrmodel" -o "$scratch/predict-small.csv" "$scratch/letters-small"
measure "imr predict -Xmx512m" 2 "$large" "heap capped" -- "$root/imr" predict -q --threads 2 \
    -m "$root/models/default.imrmodel" -o "$scratch/predict-large.csv" "$scratch/letters-large"
unset IMR_JAVA_OPTS

cp "$rows" "$csv"
{
    echo "# Benchmark results"
    echo
    echo "Synthetic letters recombined from the 129 shared letters, **for timing only**. Machine: $(nproc) cores,"
    echo "$(free -g | awk '/Mem:/ {print $2}') GiB; $("$java" -version 2>&1 | head -1); commit $(git -C "$root" rev-parse --short HEAD)."
    echo "Command: \`bench/run.sh $large $small\`. Seconds are wall time of the whole command (JVM start and model load included)."
    echo
    echo "| command | threads | letters | seconds | letters/s | peak RSS MB | note |"
    echo "| --- | --- | --- | --- | --- | --- | --- |"
    tail -n +2 "$rows" | awk -F, '{printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $5, $6, $7, $8}'
} > "$root/bench/results.md"
cat "$root/bench/results.md"
