#!/usr/bin/env bash
# `imr load` at scale (not run by CI): letters/s end to end (JVM start and CoreNLP load included) and
# the database's size per 1,000 letters, on a synthetic corpus recombined from the shared letters
# FOR TIMING ONLY (bench/ScaleCorpus.java). Loads into a new database, then loads the same letters
# again (every letter replaced), then with the shipped model (-m). Appends its lines to
# bench/load-results.md.
# Usage: bench/load.sh [LETTERS=2000] [THREADS=2]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-2000}"
threads="${2:-2}"
"$root/imr" --version >/dev/null
. "$root/scripts/jdk25.sh"
imr_find_jdk25
java="$JAVA_HOME/bin/java"
shared="$root/../shared/wc-letters/txt"
[ -d "$shared" ] || { echo "bench: needs ../shared/wc-letters/txt beside the repository" >&2; exit 1; }
scratch="${BENCH_DIR:-$(mktemp -d)}"
echo "bench: scratch folder $scratch (synthetic letters, timing only)" >&2
"$java" -cp "$root/cli/target/lib/*" "$root/bench/ScaleCorpus.java" "$shared" "$scratch/letters" "$n" 0 1 >&2

out="$root/bench/load-results.md"
[ -f "$out" ] || {
    echo "# imr load benchmark"
    echo
    echo "Synthetic letters recombined from the 129 shared letters, **for timing only** (\`bench/load.sh\`)."
    echo "Seconds are wall time of the whole command (JVM start and CoreNLP load included)."
    echo
    echo "| date | commit | run | threads | letters | items | seconds | letters/s | DB MB | DB MB per 1,000 letters | machine |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} > "$out"

db="$scratch/store.duckdb"
rm -f "$db" "$db.wal"
run() { # name -- command...
    local name="$1"
    shift 2
    local start end secs items size
    start=$(date +%s.%N)
    "$@" || echo "bench: exit code $? (files skipped are named above)" >&2
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc -l)
    items=$("$root/imr" query --db "$db" "SELECT count(*) FROM items" | tail -1)
    size=$(stat -c %s "$db")
    local line
    line=$(printf '| %s | %s | %s | %s | %s | %s | %.1f | %.1f | %.1f | %.2f | %s cores, load %s |' "$(date -u +%F)" \
        "$(git -C "$root" rev-parse --short HEAD)" "$name" "$threads" "$n" "$items" "$secs" "$(echo "$n / $secs" | bc -l)" \
        "$(echo "$size / 1048576" | bc -l)" "$(echo "$size / 1048576 * 1000 / $n" | bc -l)" "$(nproc)" \
        "$(cut -d' ' -f1 /proc/loadavg)")
    echo "$line" >> "$out"
    echo "$line"
}
run "imr load (new database)" -- "$root/imr" load -q --threads "$threads" --db "$db" "$scratch/letters"
run "imr load again (every letter replaced)" -- "$root/imr" load -q --threads "$threads" --db "$db" "$scratch/letters"
run "imr load -m default.imrmodel (replaced, with predictions)" -- "$root/imr" load -q --threads "$threads" \
    -m "$root/models/default.imrmodel" --db "$db" "$scratch/letters"
[ -n "${BENCH_DIR:-}" ] || rm -rf "$scratch"
