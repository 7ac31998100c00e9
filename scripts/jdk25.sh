# Sourced by ./imr, ./run-tests and .ci/run: exports JAVA_HOME as a JDK 25 or newer, or says what
# to install and returns 1. JAVA_HOME wins when it is 25+; else the newest JDK 25+ under /usr/lib/jvm.

imr_jdk_major() {
    local v=""
    if [ -f "$1/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
    fi
    if [ -z "$v" ] && [ -x "$1/bin/java" ]; then
        v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    fi
    v=${v#1.}
    echo "${v%%[.+-]*}"
}

imr_find_jdk25() {
    local major d
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        major=$(imr_jdk_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
            export JAVA_HOME
            return 0
        fi
    fi
    for d in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        d=${d%/}
        [ -x "$d/bin/javac" ] || continue
        major=$(imr_jdk_major "$d")
        if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
            export JAVA_HOME="$d"
            return 0
        fi
    done
    echo "imr: a JDK 25 or newer is needed: set JAVA_HOME to one, or install one under /usr/lib/jvm (for example Eclipse Temurin 25)." >&2
    return 1
}

# Maven 3.9's Guice calls sun.misc.Unsafe, which JDK 25 warns about on every build; the toolkit's
# scripts run Maven on JDK 25 only, so they allow it (a plain ./mvnw on an older JDK is untouched).
imr_maven_opts() {
    case " ${MAVEN_OPTS:-} " in
        *"--sun-misc-unsafe-memory-access"*) ;;
        *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
}
