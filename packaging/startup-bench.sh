#!/usr/bin/env bash
# Start-up benchmark (issue 16): launch to the first laid-out frame of the window, Loket against a bare
# JavaFX window (one label, packaging/startup/BareWindow.java) on the same machine, interleaved
# (bare, Loket, bare, Loket, ...) so that a drift of the machine's speed hits both alike.
#
#   packaging/startup-bench.sh [--runs N] [--cds] [--image DIR] [--fresh] [--db FILE]
#
#   --runs N     launches of each (default 7); medians and the ratio Loket/bare are printed
#   --cds        both with an AppCDS archive of their own (made first by one training launch each
#                with -XX:ArchiveClassesAtExit); without it, both with the JDK's default CDS only
#   --image DIR  Loket from an app image (packaging/build-linux.sh: DIR/bin/Loket, its own runtime and
#                the CDS archive it ships); the bare window then runs on the same runtime (DIR/lib/runtime)
#   --fresh      every Loket launch on a database that does not exist yet (the first start)
#   --db FILE    every Loket launch on a copy of FILE (default: a database made once by demo-data)
#
# Each launch: the wall clock (ms) just before the command starts; the app appends the wall clock at
# its first laid-out frame to the file named by -Dloket.startupMark (LOKET_STARTUP_MARK for the app
# image's launcher); the difference is the start time. The process is then ended by its id. Needs
# Xvfb (a display :N of its own is started) and target/loket.jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=7 cds=0 image="" fresh=0 db=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --cds) cds=1 ;;
    --image) image="$(cd "$2" && pwd)"; shift ;;
    --fresh) fresh=1 ;;
    --db) db="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

work=target/startup-bench
mkdir -p "$work/bare"
jar=target/loket.jar
[ -f "$jar" ] || { echo "target/loket.jar is missing: mvn -B package -DskipTests" >&2; exit 2; }

# The bare window: JavaFX's own jars (the version Loket builds with) and nothing else.
fx=$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' pom.xml)
repo="${MAVEN_REPO:-$HOME/.m2/repository}/org/openjfx"
fxcp=""
for m in base graphics controls; do
  f="$repo/javafx-$m/$fx/javafx-$m-$fx-linux.jar"
  [ -f "$f" ] || { echo "missing $f (run mvn package once)" >&2; exit 2; }
  fxcp="$fxcp${fxcp:+:}$f"
done
if [ ! -f "$work/bare/BareWindow.class" ] || [ packaging/startup/BareWindow.java -nt "$work/bare/BareWindow.class" ]; then
  javac -d "$work/bare" -cp "$fxcp" packaging/startup/BareWindow.java
fi
# As a jar: a CDS archive refuses a class path with a non-empty directory in it.
jar cf "$work/bare.jar" -C "$work/bare" .

java_bin=java
if [ -n "$image" ]; then
  java_bin="$image/lib/runtime/bin/java"
fi

# One display for every launch.
display=":$((90 + RANDOM % 400))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
export DISPLAY="$display"

# A database for the normal start: made once with demo-data (2,000 letters), copied for each launch.
if [ -z "$db" ]; then
  db="$work/base.db"
  if [ ! -f "$db" ]; then
    java -jar "$jar" demo-data --letters 2000 --db "$db" >/dev/null
  fi
fi

bare_cmd=("$java_bin")
loket_cmd=()
if [ "$cds" = 1 ]; then
  # Both the way the app image does it: a training launch lists the classes it loads
  # (-XX:DumpLoadedClassList; ended 3 s after its last mark), then -Xshare:dump makes a static archive.
  train() { # name, jar/classpath, command...
    local name="$1" cp="$2"; shift 2
    rm -f "$work/$name.classlist" "$work/$name.jsa" "$work/train.mark"
    "$@" >/dev/null 2>&1 &
    local pid=$!
    for _ in $(seq 1200); do [ "$(cat "$work/train.mark" 2>/dev/null | wc -l)" -ge 1 ] && break; sleep 0.1; done
    sleep 4
    kill -TERM "$pid"; wait "$pid" || true
    "$java_bin" -Xshare:dump -XX:SharedClassListFile="$work/$name.classlist" -XX:SharedArchiveFile="$work/$name.jsa" \
      -cp "$cp" >"$work/$name-dump.log" 2>&1 || { echo "no CDS archive for $name" >&2; exit 1; }
  }
  train bare "$fxcp:$work/bare.jar" "$java_bin" -XX:DumpLoadedClassList="$work/bare.classlist" \
    -Dloket.startupMark="$work/train.mark" -cp "$fxcp:$work/bare.jar" BareMain
  bare_cmd+=(-XX:SharedArchiveFile="$work/bare.jsa" -Xshare:on)
  if [ -z "$image" ]; then
    cp "$db" "$work/train.db"
    train loket "$jar" java -XX:DumpLoadedClassList="$work/loket.classlist" -Dloket.startupMark="$work/train.mark" \
      -jar "$jar" --db "$work/train.db"
    loket_cmd=(java -XX:SharedArchiveFile="$work/loket.jsa" -Xshare:on)
  fi
fi
bare_cmd+=(-cp "$fxcp:$work/bare.jar" BareMain)
if [ -n "$image" ]; then
  loket_cmd=("$image/bin/Loket")
elif [ ${#loket_cmd[@]} -eq 0 ]; then
  loket_cmd=(java)
fi
if [ -z "$image" ]; then
  loket_cmd+=(-jar "$jar")
fi

# One launch: prints its start time in ms.
launch() { # kind, command...
  local kind="$1"; shift
  local mark="$work/run.mark"
  rm -f "$mark"
  local start
  start=$(date +%s%3N)
  if [ "$kind" = loket ]; then
    LOKET_STARTUP_MARK="$mark" "$@" >>"$work/run.log" 2>&1 &
  else
    "${@:1:1}" -Dloket.startupMark="$mark" "${@:2}" >>"$work/run.log" 2>&1 &
  fi
  local pid=$!
  for _ in $(seq 1200); do [ -s "$mark" ] && break; sleep 0.05; done
  [ -s "$mark" ] || { echo "no first frame from: $*" >&2; kill "$pid"; exit 1; }
  if [ "$kind" = loket ]; then # the sign-in screen follows the window
    for _ in $(seq 1200); do [ "$(wc -l <"$mark")" -ge 2 ] && break; sleep 0.05; done
  fi
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$(( $(sed -n 1p "$mark") - start )) $(( $(sed -n '$p' "$mark") - start ))"
}

loket_db() {
  rm -f "$work/run.db" "$work/run.db-wal" "$work/run.db-shm"
  if [ "$fresh" = 0 ]; then
    cp "$db" "$work/run.db"
  fi
  echo "$work/run.db"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $("$java_bin" -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "variant: ${image:+app image $image, }$([ "$cds" = 1 ] && echo "AppCDS for both" || echo "no AppCDS")$([ "$fresh" = 1 ] && echo ", fresh database each launch")"
# One launch of each first, not counted (file cache, the JavaFX native cache under ~/.openjfx).
launch bare "${bare_cmd[@]}" >/dev/null
launch loket "${loket_cmd[@]}" --db "$(loket_db)" >/dev/null
bare_ms=() loket_ms=() signin_ms=() ratios=()
for i in $(seq "$runs"); do
  read -r b _ < <(launch bare "${bare_cmd[@]}")
  read -r l s < <(launch loket "${loket_cmd[@]}" --db "$(loket_db)")
  bare_ms+=("$b"); loket_ms+=("$l"); signin_ms+=("$s")
  ratios+=("$(awk -v l="$l" -v b="$b" 'BEGIN {printf "%.2f", l / b}')")
  echo "run $i: bare $b ms, Loket window $l ms (ratio ${ratios[-1]}), Loket sign-in $s ms"
done
mb=$(printf '%s\n' "${bare_ms[@]}" | median)
ml=$(printf '%s\n' "${loket_ms[@]}" | median)
ms=$(printf '%s\n' "${signin_ms[@]}" | median)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "median of $runs: bare $mb ms, Loket window $ml ms, ratio of medians $(awk -v l="$ml" -v b="$mb" 'BEGIN {printf "%.2f", l / b}'), median of pair ratios $(printf '%s\n' "${ratios[@]}" | median); Loket sign-in $ms ms ($(awk -v l="$ms" -v b="$mb" 'BEGIN {printf "%.2f", l / b}') x bare)"
