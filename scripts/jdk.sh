# Sourced by ./chancery, scripts/test and bench/run: finds a JDK new enough for Chancery and the JVM
# flags that JDK knows. Nothing here names one machine's paths; JDK roots to scan are
# ${CHANCERY_JDK_ROOTS:-/usr/lib/jvm /usr/java /opt/java} (space-separated).
# Why shell builtins where a tool would do (${p%/*} for dirname, read for grep): every process
# started here is paid by every launch of ./chancery, about a millisecond each.

CHANCERY_MIN_JDK=21 # the compiler's release and the oldest JDK the dependencies run on

# Sets JDK_HOME_OF to the home of the java binary given (its bin folder's parent), the binary's links
# resolved when it is one (/usr/bin/java), and JDK_RELEASE to the home's release file's JAVA_VERSION
# ("25.0.3"; "" without a release file). A bin folder reached through a link is resolved only when
# the release file is not found beside it.
_jdk_home_and_release() {
  local j="$1" line
  [ -L "$j" ] && j="$(readlink -f "$j")"
  j="${j%/*}"
  JDK_HOME_OF="${j%/*}"
  if [ ! -f "$JDK_HOME_OF/release" ] && [ "$j" != "$(readlink -f "$j")" ]; then
    j="$(readlink -f "$j")"
    JDK_HOME_OF="${j%/*}"
  fi
  JDK_RELEASE=""
  if [ -f "$JDK_HOME_OF/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in JAVA_VERSION=*) JDK_RELEASE="${line#JAVA_VERSION=}"; JDK_RELEASE="${JDK_RELEASE//\"/}"; break ;; esac
    done < "$JDK_HOME_OF/release"
  fi
}

# Sets JDK_VERSION to the feature version (17, 21, 25) of the java binary given, or 0, with
# JDK_HOME_OF and JDK_RELEASE as above: from the release file of its JDK, read without starting a
# JVM, which would cost a launch about a fifth of a second; from the JVM's own properties when
# there is no such file.
_jdk_probe() {
  local v
  _jdk_home_and_release "$1"
  v="$JDK_RELEASE"
  if [ -z "$v" ]; then
    v="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' || true)"
  fi
  v="${v#1.}" # 1.8 -> 8
  v="${v%%[!0-9]*}" # 25.0.3 -> 25, 26-ea -> 26
  JDK_VERSION="${v:-0}"
}

# The feature version (17, 21, 25) of the java binary given, or 0.
jdk_version() {
  _jdk_probe "$1"
  echo "$JDK_VERSION"
}

# Sets JDK_JAVA to the java binary to use: $JAVA_HOME's if new enough, else `java` on the PATH,
# else the newest under the JDK roots; and JDK_HOME, JDK_VERSION and JDK_RELEASE to its home,
# feature version and release ("" when its JDK has no release file). When none is new enough, sets
# JDK_SEEN to the newest one seen ("17 (/usr/lib/jvm/java-17-openjdk-amd64)") or "", and returns 1.
jdk_find() {
  local c d best=0 best_c="" newest=0 newest_c="" roots
  JDK_JAVA=""
  JDK_SEEN=""
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    _jdk_probe "$JAVA_HOME/bin/java"
    if [ "$JDK_VERSION" -ge "$CHANCERY_MIN_JDK" ]; then _jdk_found "$JAVA_HOME/bin/java"; return 0; fi
    newest="$JDK_VERSION"; newest_c="$JAVA_HOME/bin/java"
  fi
  c=""
  local IFS=:
  for d in $PATH; do
    if [ -f "${d:-.}/java" ] && [ -x "${d:-.}/java" ]; then c="${d:-.}/java"; break; fi
  done
  IFS=$' \t\n'
  if [ -n "$c" ]; then
    _jdk_probe "$c"
    if [ "$JDK_VERSION" -ge "$CHANCERY_MIN_JDK" ]; then _jdk_found "$c"; return 0; fi
    if [ "$JDK_VERSION" -gt "$newest" ]; then newest="$JDK_VERSION"; newest_c="$c"; fi
  fi
  roots="${CHANCERY_JDK_ROOTS:-/usr/lib/jvm /usr/java /opt/java}"
  for d in $roots; do
    for c in "$d"/*/bin/java; do
      [ -x "$c" ] || continue
      _jdk_probe "$c"
      if [ "$JDK_VERSION" -ge "$CHANCERY_MIN_JDK" ] && [ "$JDK_VERSION" -gt "$best" ]; then best="$JDK_VERSION"; best_c="$c"; fi
      if [ "$JDK_VERSION" -gt "$newest" ]; then newest="$JDK_VERSION"; newest_c="$c"; fi
    done
  done
  if [ -n "$best_c" ]; then _jdk_probe "$best_c"; _jdk_found "$best_c"; return 0; fi
  if [ -n "$newest_c" ]; then JDK_SEEN="$newest ($(dirname "$(dirname "$(readlink -f "$newest_c")")"))"; fi
  return 1
}

# Records the java binary chosen, its JDK just probed.
_jdk_found() {
  JDK_JAVA="$1"
  JDK_HOME="$JDK_HOME_OF"
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
# the parallel collector: its pauses stop every thread of the import, and the serial one spent them on one
# core (about 0.45 s of pauses per import); with the import's AOT cache, 3.05 s against 3.26 s (median of 6
# interleaved runs, 2026-11-26). Measured in BENCHMARKS.md.
JDK_IMPORT_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
jdk_import_flags() {
  echo "$JDK_IMPORT_FLAGS"
}

# JVM flags for the short questions (envoys, relations, ...; not serve, check, eval or post, which may
# run long), a process of a few tenths of a second: the C1 compiler alone, as for the import (C2 compiled
# on the second core while the question was answered on the first, about 0.15 s of CPU a question), and
# the serial collector, which starts no threads: a question rarely collects at all (measured in BENCHMARKS.md).
JDK_QUESTION_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
jdk_question_flags() {
  echo "$JDK_QUESTION_FLAGS"
}

# Sets the array JDK_COMMAND_FLAGS to the JVM flags for the CLI command named (the launcher's first argument).
jdk_command_flags() {
  JDK_COMMAND_FLAGS=()
  case "${1:-}" in
    import) read -r -a JDK_COMMAND_FLAGS <<< "$JDK_IMPORT_FLAGS" ;;
    territories|relations|timeline|envoys|missions|search|anniversaries|stats) read -r -a JDK_COMMAND_FLAGS <<< "$JDK_QUESTION_FLAGS" ;;
  esac
}
