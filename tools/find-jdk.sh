# shellcheck shell=bash
# Finds a JDK >= 21 for Weft's scripts (./weft, ./run-tests, .ci/run). Source it, then call
# weft_find_jdk: it exports JAVA_HOME and puts $JAVA_HOME/bin first on PATH (Maven uses JAVA_HOME),
# or prints why it cannot and returns 1. Looks, in order, at:
#   1. $JAVA_HOME, if it is a JDK >= 21;
#   2. the `java` on PATH, if it belongs to a JDK >= 21;
#   3. the newest JDK >= 21 under /usr/lib/jvm/* (Linux) or /Library/Java/JavaVirtualMachines (macOS).
# It also sets WEFT_JAVA_MAJOR, and on JDK 23+ adds to MAVEN_OPTS the flag that silences the
# sun.misc.Unsafe warnings Maven 3.8's own libraries trigger (noise, not Weft's).

WEFT_MIN_JAVA=21

# The major version of the JDK at $1 (from its `release` file, else by asking its java); empty if none.
weft_jdk_major() {
    local home=$1 version=""
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
    if [ -r "$home/release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release" | head -n 1)
    fi
    if [ -z "$version" ]; then
        version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
    fi
    case $version in
        1.*) version=${version#1.} ;; # 1.8 -> 8
    esac
    version=${version%%[.+-]*}
    case $version in
        '' | *[!0-9]*) return 0 ;;
    esac
    echo "$version"
}

# The JDK home a java binary belongs to (following symlinks such as /usr/bin/java).
weft_home_of_java() {
    local java
    java=$(readlink -f "$1" 2>/dev/null || echo "$1")
    dirname "$(dirname "$java")"
}

weft_find_jdk() {
    local home major best="" best_major=0 tried=()
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(weft_jdk_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge "$WEFT_MIN_JAVA" ]; then
            best=$JAVA_HOME
        else
            tried+=("JAVA_HOME=$JAVA_HOME (${major:-not a JDK})")
        fi
    fi
    if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
        home=$(weft_home_of_java "$(command -v java)")
        major=$(weft_jdk_major "$home")
        if [ -n "$major" ] && [ "$major" -ge "$WEFT_MIN_JAVA" ]; then
            best=$home
        else
            tried+=("java on PATH: $home (${major:-not a JDK})")
        fi
    fi
    if [ -z "$best" ]; then
        for home in /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/; do
            [ -d "$home" ] || continue
            home=${home%/}
            major=$(weft_jdk_major "$home")
            if [ -n "$major" ] && [ "$major" -ge "$WEFT_MIN_JAVA" ] && [ "$major" -gt "$best_major" ]; then
                best=$home
                best_major=$major
            fi
        done
        [ -n "$best" ] || tried+=("nothing >= $WEFT_MIN_JAVA under /usr/lib/jvm")
    fi
    if [ -z "$best" ]; then
        echo "error: Weft needs a JDK $WEFT_MIN_JAVA or newer (java and javac), and none was found." >&2
        local t
        for t in "${tried[@]}"; do
            echo "  tried: $t" >&2
        done
        echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
        return 1
    fi
    export JAVA_HOME=$best
    export PATH="$JAVA_HOME/bin:$PATH"
    WEFT_JAVA_MAJOR=$(weft_jdk_major "$JAVA_HOME")
    if [ "$WEFT_JAVA_MAJOR" -ge 23 ]; then
        case " ${MAVEN_OPTS:-} " in
            *" --sun-misc-unsafe-memory-access="*) ;;
            *) export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
        esac
    fi
}
