#!/usr/bin/env bash
# Memory benchmark (issue 16): the resident memory (VmRSS, and the peak VmHWM) of the real app in a real
# window, after Beranda and after Surat Masuk, on a big database, signed in as an Administrator (whose
# sign-in also starts the records check on its own thread).
#
#   packaging/rss-bench.sh --db FILE [--first-admin] [--user NAME] [--password WORD] [--jar JAR] [-- JAVA-OPTIONS...]
#
#   --db FILE        the database (e.g. one made by `java -jar target/loket.jar demo-data --db FILE
#                    --letters 1000000`); it is used as it is, not copied
#   --first-admin    the database has no operator yet: the first Administrator is created on the sign-in
#                    screen (username, full name "Administrator Demo", password twice)
#   --user, --password   the Administrator to sign in as (default admin / RahasiaDemo-2026)
#   --jar JAR        default target/loket.jar
#   JAVA-OPTIONS     default: the Linux app image's options (packaging/build-linux.sh)
#
# Needs Xvfb, xdotool and ImageMagick's `import` (screenshots of each moment go to target/rss-bench/).
# Prints VmRSS / VmHWM from /proc/PID/status at: window shown, sign-in screen, Beranda (40 s after the
# sign-in), Surat Masuk 30, 60, 120 and 180 s after Ctrl+2.
set -euo pipefail
cd "$(dirname "$0")/.."
db="" first=0 user=admin password=RahasiaDemo-2026 jar=target/loket.jar
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift ;;
    --first-admin) first=1 ;;
    --user) user="$2"; shift ;;
    --password) password="$2"; shift ;;
    --jar) jar="$2"; shift ;;
    --) shift; break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$db" ] && [ -f "$db" ] || { echo "--db FILE: an existing database" >&2; exit 2; }
[ -f "$jar" ] || { echo "$jar is missing: mvn -B package -DskipTests" >&2; exit 2; }
opts=("$@")
if [ ${#opts[@]} = 0 ]; then
  opts=(-Xmx192m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:+UseSerialGC)
  java -XX:TrimNativeHeapInterval=10000 -version >/dev/null 2>&1 && opts+=(-XX:TrimNativeHeapInterval=10000)
fi
out=target/rss-bench
mkdir -p "$out"
display=:77
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
sleep 2
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "options: ${opts[*]}"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java "${opts[@]}" -jar "$jar" --db "$db" >"$out/app.log" 2>&1 &
app=$!
trap 'kill -9 $app 2>/dev/null; kill $xvfb 2>/dev/null' EXIT
rss() { echo "$1: $(grep -E 'VmRSS|VmHWM' /proc/$app/status | awk '{printf "%s %d MB  ", $1, $2/1024}')"; }
shot() { import -display "$display" -window root "$out/$1.png" 2>/dev/null || true; }
for _ in $(seq 1 120); do xdotool search --name "Loket" >/dev/null 2>&1 && break; sleep 1; done
sleep 10
rss "window shown"
log="$(dirname "$db")/loket.log"
for _ in $(seq 1 300); do tail -n 1 "$log" 2>/dev/null | grep -q "Sign-in shown" && break; sleep 1; done
sleep 3
rss "sign-in screen"
xdotool windowfocus "$(xdotool search --name "Loket" | head -1)"
xdotool type --delay 30 "$user"; xdotool key Tab
if [ "$first" = 1 ]; then
  xdotool type --delay 30 "Administrator Demo"; xdotool key Tab
  xdotool type --delay 30 "$password"; xdotool key Tab
fi
xdotool type --delay 30 "$password"; xdotool key Return
sleep 40
shot beranda
rss "Beranda, 40 s after the sign-in"
xdotool key ctrl+2
waited=0
for t in 30 60 120 180; do
  sleep $((t - waited)); waited=$t
  shot "surat-masuk-$t"
  rss "Surat Masuk, $t s after Ctrl+2"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
