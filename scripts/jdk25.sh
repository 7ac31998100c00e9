# Sourced by ./imr, ./run-tests and .ci/run. imr_find_jdk25 exports JAVA_HOME as a JDK 25 or newer
# (and IMR_JDK_SOURCE as where it was found, which `imr --version` shows), or prints one line saying
# what to install and returns 1. It looks, in this order:
#   1. JAVA_HOME, when it is a JDK 25+;
#   2. the `java` on the PATH, at its real home (through symlinks such as /etc/alternatives/java;
#      a launcher stub such as macOS's /usr/bin/java is asked for its java.home), when 25+;
#   3. the usual install places, newest version first: /usr/lib/jvm/*, /opt/java/*, /opt/*jdk*,
#      ~/.sdkman/candidates/java/*, /Library/Java/JavaVirtualMachines/*/Contents/Home.
#      IMR_JDK_PLACES (space-separated globs) replaces that list; the tests use it.
# A JDK is a folder with bin/java and bin/javac (the first run compiles the toolkit); its version is
# read from its `release` file, else asked of its bin/java.

# The real path of a file through any chain of symlinks (readlink -f, which macOS lacked until 12.3).
imr_realpath() {
    local p=$1 dir
    while [ -L "$p" ]; do
        dir=$(cd -P "$(dirname "$p")" && pwd) || return 1
        p=$(readlink "$p")
        case $p in /*) ;; *) p="$dir/$p" ;; esac
    done
    dir=$(cd -P "$(dirname "$p")" && pwd) || return 1
    echo "$dir/$(basename "$p")"
}

# "MAJOR MINOR PATCH" of the JDK at $1 (e.g. "25 0 1"; "8 0 292" for 1.8.0_292), or nothing.
imr_jdk_version() {
    local v="" major minor patch rest
    if [ -f "$1/release" ]; then
        v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
    fi
    if [ -z "$v" ] && [ -x "$1/bin/java" ]; then
        v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.version = //p')
    fi
    v=${v#1.}
    v=${v%%[+-]*}
    v=${v//_/.}
    IFS=. read -r major minor patch rest <<EOF
$v
EOF
    case "$major" in '' | *[!0-9]*) return 0 ;; esac
    minor=${minor//[!0-9]/}
    patch=${patch//[!0-9]/}
    echo "$major ${minor:-0} ${patch:-0}"
}

# Whether $1 is a JDK 25 or newer.
imr_is_jdk25() {
    local major rest
    [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    read -r major rest <<EOF
$(imr_jdk_version "$1")
EOF
    [ -n "$major" ] && [ "$major" -ge 25 ]
}

# The home of the `java` on the PATH, or nothing.
imr_path_java_home() {
    local java home
    java=$(command -v java 2>/dev/null) || return 0
    case $java in /*) ;; *) return 0 ;; esac
    java=$(imr_realpath "$java") || return 0
    home=${java%/bin/java}
    if [ "$home" = "$java" ] || [ ! -x "$home/bin/javac" ]; then
        # not inside a JDK folder (a launcher stub or a wrapper script): ask it where its home is
        home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p')
    fi
    echo "$home"
}

imr_find_jdk25() {
    local home version d places
    if [ -n "${JAVA_HOME:-}" ] && imr_is_jdk25 "$JAVA_HOME"; then
        export JAVA_HOME IMR_JDK_SOURCE="from JAVA_HOME"
        return 0
    fi
    home=$(imr_path_java_home)
    if imr_is_jdk25 "$home"; then
        export JAVA_HOME="$home" IMR_JDK_SOURCE="the java on the PATH"
        return 0
    fi
    places=${IMR_JDK_PLACES-"/usr/lib/jvm/* /opt/java/* /opt/*jdk* $HOME/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home"}
    home=$(
        for d in $places; do
            [ -d "$d" ] || continue
            d=$(cd -P "$d" && pwd) || continue
            imr_is_jdk25 "$d" || continue
            echo "$(imr_jdk_version "$d") $d"
        done | sort -k1,1nr -k2,2nr -k3,3nr | sed -n '1s/^[0-9]* [0-9]* [0-9]* //p'
    )
    if [ -n "$home" ]; then
        export JAVA_HOME="$home" IMR_JDK_SOURCE="the newest JDK 25+ in the usual install places"
        return 0
    fi
    echo "imr: no JDK 25 or newer found (looked at JAVA_HOME, java on the PATH, /usr/lib/jvm, /opt, ~/.sdkman, /Library/Java): install one, for example Eclipse Temurin 25 (https://adoptium.net), or set JAVA_HOME to it" >&2
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
