#!/usr/bin/env bash
# Where `imr predict` spends its CPU: records the run with Java Flight Recorder (an execution sample
# every 2 ms) and prints the hottest methods (self time) and, for each sample, the nearest toolkit
# method on its stack (the rule, parser or step that asked for the work). Writes the recording to
# OUT.jfr for `jfr view` / JDK Mission Control.
# Usage: bench/profile.sh LETTERS_DIR THREADS OUT.jfr [TOP=20]
#   IMR_JAR=path/imr.jar: another build; IMR_JAVA_OPTS: more JVM options (plain `java -jar`, no launcher).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:?usage: bench/profile.sh LETTERS_DIR THREADS OUT.jfr [TOP]}"
threads="${2:?threads}"
out="${3:?OUT.jfr}"
top="${4:-20}"
if [ -z "${IMR_JAR:-}" ]; then
    "$root/imr" --version >/dev/null
    IMR_JAR="$root/cli/target/imr.jar"
fi
. "$root/scripts/jdk25.sh"
imr_find_jdk25 >/dev/null
csv="$(mktemp)"
trap 'rm -f "$csv"' EXIT
/usr/bin/time -f 'CPU %U s user, %S s sys, peak RSS %M KB (with the recorder on)' "$JAVA_HOME/bin/java" \
    "-XX:StartFlightRecording=filename=$out,settings=profile,jdk.ExecutionSample#period=2ms" ${IMR_JAVA_OPTS:-} \
    -jar "$IMR_JAR" predict -q --threads "$threads" -m "$root/models/default.imrmodel" -o "$csv" "$dir" 2>&1 \
    | grep -v '^\[' || true
"$JAVA_HOME/bin/jfr" print --stack-depth 64 --events jdk.ExecutionSample "$out" | awk -v top="$top" '
    /stackTrace = \[/ { inStack = 1; first = ""; own = ""; next }
    inStack && /^[[:space:]]*\]/ {
        inStack = 0; n++
        if (first != "") self[first]++
        if (own == "") own = "(no toolkit frame) " first
        near[own]++
        next
    }
    inStack {
        m = $1; sub(/\(.*/, "", m)
        if (first == "") first = m
        if (own == "" && m ~ /^org\.imrtoolkit\./ && m !~ /TimeBudget/ && m !~ /\$\$Lambda/) own = m
    }
    function show(title, a,    k, i, j, t, keys, cnt) {
        cnt = 0
        for (k in a) keys[++cnt] = k
        for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (a[keys[j]] > a[keys[i]]) { t = keys[i]; keys[i] = keys[j]; keys[j] = t }
        print "\n" title
        for (i = 1; i <= cnt && i <= top; i++) printf "%5.1f%%  %s\n", 100 * a[keys[i]] / n, keys[i]
    }
    END {
        print n " execution samples"
        show("Top frames (self):", self)
        show("Nearest toolkit frame (what asked for the work):", near)
    }'
