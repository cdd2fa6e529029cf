#!/usr/bin/env bash
# The `verify` command, whole process (issue 14: `verify` ≤ 200 ms): wall and CPU time of
# `verify --db D --pdf F` for a genuine letter, an altered one and an unknown PDF, each run N times after
# one uncounted warm-up, in turn (genuine, altered, unknown, genuine, ...); `uptime` before and after.
#
#   packaging/verify-bench.sh [--runs N] [--image DIR] [--java-opts "OPTS"] [--db FILE --pdf FILE] [--work DIR]
#
#   --runs N          runs of each case (default 7); median and min–max are printed
#   --image DIR       the app image's launcher DIR/bin/Loket (packaging/build-linux.sh: its own runtime,
#                     its CDS archive, SQLite's library beside the jar); default: java -jar target/loket.jar
#   --java-opts OPTS  extra JVM options for java -jar (e.g. an AppCDS archive: -XX:SharedArchiveFile=…)
#   --db, --pdf       the database and a genuine letter of it; default: made once in the work folder
#                     (demo-data of 2,000 letters, seed 1, and the first PDF of `letters --out`)
#   --work DIR        where the demo database, the PDFs and the log go (default ${TMPDIR:-/tmp}/loket-verify-bench;
#                     kept for the next run: delete it to make the database again)
#
# The altered letter is the genuine one with a line appended (other bytes, same verification code); the
# unknown one is a one-page PDF without a code. Needs /usr/bin/time, and target/loket.jar (mvn package)
# to make the demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=7 image="" java_opts="" db="" pdf="" work="${TMPDIR:-/tmp}/loket-verify-bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --image) image="$(cd "$2" && pwd)"; shift ;;
    --java-opts) java_opts="$2"; shift ;;
    --db) db="$2"; shift ;;
    --pdf) pdf="$2"; shift ;;
    --work) work="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
jar=target/loket.jar
if [ -n "$image" ]; then
  loket=("$image/bin/Loket")
else
  [ -f "$jar" ] || { echo "target/loket.jar is missing: mvn -B package -DskipTests" >&2; exit 2; }
  # shellcheck disable=SC2206 # the options are words on purpose
  loket=(java $java_opts -jar "$jar")
fi
mkdir -p "$work"
if [ -z "$db" ]; then
  db="$work/loket.db"
  if [ ! -f "$work/genuine.pdf" ]; then
    rm -rf "$work/loket.db"* "$work/letters"
    echo "making the demo database (2,000 letters) in $work ..."
    java -jar "$jar" demo-data --db "$db" --letters 2000 --seed 1 >"$work/make.log" 2>&1
    java -jar "$jar" letters --db "$db" --out "$work/letters" >>"$work/make.log" 2>&1
    cp "$(find "$work/letters" -name '*.pdf' | sort | head -1)" "$work/genuine.pdf"
  fi
  pdf="$work/genuine.pdf"
fi
[ -f "$db" ] && [ -f "$pdf" ] || { echo "no database $db or letter $pdf" >&2; exit 2; }
cp "$pdf" "$work/altered.pdf"
printf '%% disunting\n' >>"$work/altered.pdf"
cat >"$work/unknown.pdf" <<'EOF'
%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 44 >> stream
BT /F1 12 Tf 72 770 Td (Surat lain) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
EOF

declare -A expect=([genuine]=0 [altered]=1 [unknown]=1)
declare -A file=([genuine]="$pdf" [altered]="$work/altered.pdf" [unknown]="$work/unknown.pdf")
declare -A wall cpu
one() { # case -> "wall user+sys" of one run; stops the script when the exit code is not the expected one
  local rc=0
  /usr/bin/time -o "$work/time" -f '%e %U %S' "${loket[@]}" verify --db "$db" --pdf "${file[$1]}" \
    >/dev/null 2>"$work/last.err" || rc=$?
  [ "$rc" = "${expect[$1]}" ] || { echo "$1: exit $rc, expected ${expect[$1]}:" >&2; cat "$work/last.err" >&2; exit 1; }
  tail -1 "$work/time" | awk '{printf "%s %.2f\n", $1, $2 + $3}'
}
echo "command: ${loket[*]} verify --db $db --pdf FILE"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "load before: $(uptime)"
for c in genuine altered unknown; do one "$c" >/dev/null; done # warm-up, not counted
for i in $(seq "$runs"); do
  for c in genuine altered unknown; do
    read -r w u <<<"$(one "$c")"
    wall[$c]="${wall[$c]:-} $w"
    cpu[$c]="${cpu[$c]:-} $u"
  done
done
echo "load after:  $(uptime)"
stats() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2;
  printf "median %.2f s (min %.2f, max %.2f, n=%d)", m, v[1], v[NR], NR}'; }
for c in genuine altered unknown; do
  printf '%-8s wall %s; CPU %s\n' "$c" "$(stats <<<"${wall[$c]}")" "$(stats <<<"${cpu[$c]}")"
done
