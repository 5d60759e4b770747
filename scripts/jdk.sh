# Sourced by ./chancery and scripts/test: finds a JDK new enough for Chancery and the JVM flags
# that JDK knows. Nothing here names one machine's paths; JDK roots to scan are
# ${CHANCERY_JDK_ROOTS:-/usr/lib/jvm /usr/java /opt/java} (space-separated).

CHANCERY_MIN_JDK=21 # the compiler's release and the oldest JDK the dependencies run on

# The feature version (17, 21, 25) of the java binary given, or 0: from the release file of the JDK
# it belongs to (JAVA_VERSION="25.0.3"), read without starting a JVM, which would cost a launch
# about a fifth of a second; from the JVM's own properties when there is no such file.
jdk_version() {
  local v="" line home
  home="$(dirname "$(dirname "$(readlink -f "$1")")")"
  if [ -f "$home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in JAVA_VERSION=*) v="${line#JAVA_VERSION=}"; v="${v//\"/}"; break ;; esac
    done < "$home/release"
  fi
  if [ -z "$v" ]; then
    v="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' || true)"
  fi
  v="${v:-0}"
  v="${v#1.}" # 1.8 -> 8
  v="${v%%[!0-9]*}" # 25.0.3 -> 25, 26-ea -> 26
  echo "${v:-0}"
}

# Sets JDK_JAVA to the java binary to use: $JAVA_HOME's if new enough, else `java` on the PATH,
# else the newest under the JDK roots. When none is new enough, sets JDK_SEEN to the newest one
# seen ("17 (/usr/lib/jvm/java-17-openjdk-amd64)") or "", and returns 1.
jdk_find() {
  local c v best=0 best_c="" newest=0 newest_c="" roots d
  JDK_JAVA=""
  JDK_SEEN=""
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v="$(jdk_version "$JAVA_HOME/bin/java")"
    if [ "$v" -ge "$CHANCERY_MIN_JDK" ]; then JDK_JAVA="$JAVA_HOME/bin/java"; return 0; fi
    newest="$v"; newest_c="$JAVA_HOME/bin/java"
  fi
  if c="$(command -v java 2>/dev/null)"; then
    v="$(jdk_version "$c")"
    if [ "$v" -ge "$CHANCERY_MIN_JDK" ]; then JDK_JAVA="$c"; return 0; fi
    if [ "$v" -gt "$newest" ]; then newest="$v"; newest_c="$c"; fi
  fi
  roots="${CHANCERY_JDK_ROOTS:-/usr/lib/jvm /usr/java /opt/java}"
  for d in $roots; do
    for c in "$d"/*/bin/java; do
      [ -x "$c" ] || continue
      v="$(jdk_version "$c")"
      if [ "$v" -ge "$CHANCERY_MIN_JDK" ] && [ "$v" -gt "$best" ]; then best="$v"; best_c="$c"; fi
      if [ "$v" -gt "$newest" ]; then newest="$v"; newest_c="$c"; fi
    done
  done
  if [ -n "$best_c" ]; then JDK_JAVA="$best_c"; return 0; fi
  if [ -n "$newest_c" ]; then JDK_SEEN="$newest ($(dirname "$(dirname "$(readlink -f "$newest_c")")"))"; fi
  return 1
}

# The one-line message for a machine without a JDK new enough.
jdk_missing_message() {
  local seen="found none in JAVA_HOME, on the PATH or under ${CHANCERY_JDK_ROOTS:-/usr/lib/jvm /usr/java /opt/java}"
  [ -n "${JDK_SEEN:-}" ] && seen="the newest found is JDK $JDK_SEEN"
  echo "needs JDK $CHANCERY_MIN_JDK or newer, $seen: install JDK $CHANCERY_MIN_JDK or newer (e.g. the openjdk-$CHANCERY_MIN_JDK-jdk package or Eclipse Temurin $CHANCERY_MIN_JDK) and set JAVA_HOME to it"
}

# JVM flags for a JDK of the given feature version, only those it knows: native access for SQLite's
# library (known to every supported JDK), and from JDK 23 on, allowing sun.misc.Unsafe memory access
# that Maven's own libraries still use (a JDK before 23 refuses the flag and will not start).
jdk_flags() {
  local flags="--enable-native-access=ALL-UNNAMED"
  [ "$1" -ge 23 ] && flags="$flags --sun-misc-unsafe-memory-access=allow"
  echo "$flags"
}

# JVM flags for `chancery import`, a batch of a few seconds: the C1 compiler alone (C2 spends more CPU
# compiling than its faster code gives back in so short a run, on cores the import's threads need) and
# the serial collector (no collector threads competing with them). Measured in BENCHMARKS.md.
jdk_import_flags() {
  echo "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
}
