#!/usr/bin/env bash
# CPU cost of imr predict, features and parse against CoreNLP's bare tokenize+ssplit (bench/Tokenize.java)
# on the same letters, as whole processes (JVM start, model and CoreNLP load included). Builds a corpus of
# COPIES copies of every letter of LETTERS_DIR (8 copies of the 129 shared text letters = 1,032 letters),
# runs one warm-up of each command, then ROUNDS rounds of alternating pairs (Tokenize, command) and
# prints the median CPU seconds (user+sys), the median peak RSS and the median of each pair's ratio
# with its range. CPU seconds, not wall time: the machine may be shared, so the load average is printed
# too. Usage: bench/ratio.sh LETTERS_DIR COPIES THREADS [ROUNDS=3]
# The imr commands run through this clone's launcher (./imr, with its JVM options), as a user runs them.
#   IMR_JAR=path/imr.jar  runs that jar with plain `java -jar` instead (e.g. a baseline build);
#   IMR_JAVA_OPTS=...     JVM options for the imr commands (the launcher's, or with IMR_JAR);
#   COMMANDS="predict"    measures only some of predict, features, parse.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
letters="$(cd "${1:?usage: bench/ratio.sh LETTERS_DIR COPIES THREADS [ROUNDS]}" && pwd)"
copies="${2:?copies}"
threads="${3:?threads}"
rounds="${4:-3}"
commands="${COMMANDS:-predict features parse}"
[ -x /usr/bin/time ] || { echo "bench: needs /usr/bin/time (GNU time)" >&2; exit 1; }
. "$root/scripts/jdk25.sh"
imr_find_jdk25 >/dev/null
java="$JAVA_HOME/bin/java"
if [ -z "${IMR_JAR:-}" ]; then
    "$root/imr" --version >/dev/null
    imr_cmd=("$root/imr")
    lib="$root/cli/target/lib"
    what="launcher $root/imr"
else
    # shellcheck disable=SC2206
    imr_cmd=("$java" ${IMR_JAVA_OPTS:-} -jar "$IMR_JAR")
    lib="$(dirname "$IMR_JAR")/lib"
    what="java ${IMR_JAVA_OPTS:-}-jar $IMR_JAR"
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
corpus="$scratch/letters"
mkdir -p "$corpus"
# Copies under new file names: a letter's id is its file name, so every copy is a case of its own.
for ((k = 0; k < copies; k++)); do
    for f in "$letters"/*; do
        [ -f "$f" ] && cp "$f" "$corpus/$(printf '%03d' "$k")_$(basename "$f")"
    done
done
n=$(ls "$corpus" | wc -l)

# Runs one command as a whole process; appends "name cpu_seconds peak_rss_mb" to $scratch/runs.
run() {
    local name="$1"
    shift
    local out="$scratch/$name.out"
    if ! /usr/bin/time -o "$scratch/time" -f '%U %S %M' "$@" >"$out" 2>"$scratch/$name.err"; then
        grep -q . "$scratch/time" || { echo "bench: $name failed:" >&2; tail -5 "$scratch/$name.err" >&2; exit 1; }
    fi
    awk -v n="$name" 'END {printf "%s %.2f %.0f\n", n, $1 + $2, $3 / 1024}' "$scratch/time" >> "$scratch/runs"
}
tokenize() { run tokenize "$java" -cp "$lib/*" "$root/bench/Tokenize.java" "$corpus" "$threads"; }
imr() {
    case "$1" in
        predict) run predict "${imr_cmd[@]}" predict -q --threads "$threads" \
            -m "$root/models/default.imrmodel" -o "$scratch/p.csv" "$corpus" ;;
        features) run features "${imr_cmd[@]}" features -q --threads "$threads" \
            -o "$scratch/f.csv" "$corpus" ;;
        parse) run parse "${imr_cmd[@]}" parse -q --threads "$threads" \
            -o "$scratch/a.csv" "$corpus" ;;
    esac
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "bench: $n letters ($copies copies of $letters), $threads threads, $rounds rounds; load average $load_before" >&2
tokenize
for c in $commands; do imr "$c"; done
: > "$scratch/runs"
for ((r = 1; r <= rounds; r++)); do
    for c in $commands; do
        tokenize
        imr "$c"
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# Pairs: each command's run r against the tokenizer run just before it.
awk -v commands="$commands" '
    { name[NR] = $1; cpu[NR] = $2; rss[NR] = $3 }
    function median(a, k,    i, j, t, b) {
        for (i = 1; i <= k; i++) b[i] = a[i]
        for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (b[j] < b[i]) { t = b[i]; b[i] = b[j]; b[j] = t }
        return k % 2 ? b[(k + 1) / 2] : (b[k / 2] + b[k / 2 + 1]) / 2
    }
    END {
        split(commands, cs, " ")
        printf "| command | CPU s (median) | peak RSS MB (median) | ratio to tokenizer (median, range) |\n"
        printf "| --- | --- | --- | --- |\n"
        for (i = 1; i < NR; i += 2) { nt++; tc[nt] = cpu[i]; tr[nt] = rss[i] }
        printf "| Tokenize (CoreNLP tokenize+ssplit) | %.2f | %.0f | 1 |\n", median(tc, nt), median(tr, nt)
        for (ci = 1; ci in cs; ci++) {
            k = 0; lo = 1e9; hi = 0
            for (i = 1; i < NR; i += 2) if (name[i + 1] == cs[ci]) {
                k++; c[k] = cpu[i + 1]; m[k] = rss[i + 1]; q[k] = cpu[i + 1] / cpu[i]
                if (q[k] < lo) lo = q[k]; if (q[k] > hi) hi = q[k]
            }
            printf "| imr %s | %.2f | %.0f | **%.2f** (%.2f-%.2f) |\n", cs[ci], median(c, k), median(m, k), median(q, k), lo, hi
        }
    }' "$scratch/runs"
echo
echo "$n letters, $threads threads, $rounds pairs after a warm-up; $what; load average before $load_before, after $load_after; $(nproc) cores"
