#!/bin/bash
# Loket's launcher in the Linux app image and the .deb: packaging/build-linux.sh installs this file as
# bin/Loket in place of jpackage's own launcher, which runs `rpm -qf` and `dpkg -S` at every start to
# learn which package it belongs to (about half a second, twice the time of a `verify`; issue 16,
# docs/BENCHMARKS.md). This one starts the image's own Java with what lib/app/Loket.cfg says, as
# jpackage's launcher does: the class path, the main class and every `java-options=` line in order,
# with $APPDIR replaced by the folder lib/app. Loket.cfg stays the one place for the options (an
# administrator may edit it, e.g. the heap), and the arguments go to the app unchanged.
self=$(readlink -f -- "${BASH_SOURCE[0]}") || self=${BASH_SOURCE[0]}
root=${self%/bin/*}
app=$root/lib/app
cfg=$app/Loket.cfg
if [ ! -r "$cfg" ]; then
  echo "Loket: berkas $cfg tidak ada atau tidak dapat dibaca; pasang ulang Loket." >&2
  exit 1
fi
options=() classpath="" mainclass=""
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%$'\r'}
  value=${line#*=}
  value=${value//\$APPDIR/$app}
  case $line in
    java-options=*) options+=("$value") ;;
    app.classpath=*) classpath=$value ;;
    app.mainclass=*) mainclass=$value ;;
  esac
done <"$cfg"
# `verify` (issue 14: ≤ 200 ms) starts with the class-data archive made for it (a third of the window's: less
# to map and relocate) and with the quick compiler only; later options win over the cfg's.
if [ -r "$app/loket-verify.jsa" ]; then
  for arg in "$@"; do
    if [ "$arg" = verify ]; then
      options+=("-XX:SharedArchiveFile=$app/loket-verify.jsa" "-XX:TieredStopAtLevel=1")
      break
    fi
  done
fi
exec "$root/lib/runtime/bin/java" "${options[@]}" -cp "$classpath" "$mainclass" "$@"
