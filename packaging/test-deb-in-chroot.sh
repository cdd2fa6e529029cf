#!/usr/bin/env bash
# Tries the .deb on a clean Debian 12 with no Java (as root; needs debootstrap, Xvfb, ImageMagick's
# `import`, and Debian's package mirror for the chroot's dependencies):
#
#   packaging/test-deb-in-chroot.sh [target/dist/loket_*.deb]
#
# A minimal Debian 12 is made once with debootstrap (target/chroot-base, kept) and copied for each
# run. In the copy: no java on the PATH; dpkg -i, then apt-get -f install brings the dependencies;
# the CDS archive is made by postinst; a clerk's account opens the app (Xvfb on the host, screenshot
# target/chroot-test/loket.png) and checks the app classes came from the archive; a command runs
# (demo-data, check); dpkg -r removes the program and keeps the clerk's database; dpkg --purge too.
set -euo pipefail
cd "$(dirname "$0")/.."
deb="${1:-$(ls target/dist/loket_*.deb | head -1)}"
base=target/chroot-base/root
run=target/chroot-test
if [ ! -x "$base/bin/sh" ]; then
  mkdir -p target/chroot-base
  debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian
fi
umount_all() {
  for m in tmp/.X11-unix dev/pts dev proc; do
    mountpoint -q "$run/root/$m" && umount "$run/root/$m" || true
  done
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
}
trap umount_all EXIT
rm -rf "$run" && mkdir -p "$run" && cp -a "$base" "$run/root"
root="$run/root"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mkdir -p "$root/tmp/.X11-unix" && mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/root/loket.deb"
display=":$((500 + RANDOM % 400))"
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }
as_clerk() { chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/petugas DISPLAY="$display" \
  LANG=C.UTF-8 /usr/sbin/runuser -u petugas -- "$@"; }

echo "== clean system: java on the PATH? $(in_root sh -c 'command -v java || echo none')"
in_root apt-get update -qq >/dev/null
echo "== dpkg -i (dependencies missing on a minimal system), then apt-get -f install"
in_root dpkg -i /root/loket.deb >"$run/dpkg-i.log" 2>&1 || true
in_root apt-get install -f -y -qq >"$run/apt-f.log" 2>&1
in_root dpkg -s loket | grep -E '^(Status|Version)'
echo "== installed: $(in_root du -sh /opt/loket | cut -f1); CDS archive from postinst: $(in_root ls -la /opt/loket/lib/app/loket.jsa | awk '{print $5}') bytes"
echo "== desktop entry: $(in_root sh -c 'ls /usr/share/applications/*oket*.desktop')"
in_root sh -c 'grep -E "^(Exec|Icon|Name)=" /usr/share/applications/*oket*.desktop'

in_root useradd -m petugas
echo "== the clerk starts Loket (no database yet)"
as_clerk sh -c 'JAVA_TOOL_OPTIONS="-Xlog:class+load:file=/tmp/classes.log" LOKET_STARTUP_MARK=/tmp/mark /opt/loket/bin/Loket >/tmp/app.out 2>&1 & echo $! >/tmp/app.pid'
for _ in $(seq 600); do [ "$(cat "$root/tmp/mark" 2>/dev/null | wc -l)" -ge 2 ] && break; sleep 0.1; done
sleep 1
DISPLAY="$display" import -window root "$run/loket.png"
kill "$(cat "$root/tmp/app.pid")"
sleep 1
[ "$(wc -l <"$root/tmp/mark")" -ge 2 ] && echo "window and sign-in screen shown"
echo "   app classes from the CDS archive: $(grep -c 'id.kalbarprov.loket.*shared objects file' "$root/tmp/classes.log"), from the jar: $(grep -c 'id.kalbarprov.loket.*source: file:' "$root/tmp/classes.log")"
echo "   loket.log: $(grep -m1 'Loket ' "$root/home/petugas/.local/share/loket/loket.log" | cut -c1-160)"

echo "== a command: demo-data and check on the clerk's default database"
as_clerk /opt/loket/bin/Loket demo-data --letters 50 | tail -1
as_clerk /opt/loket/bin/Loket check | tail -3
echo "   exit code of check: $(as_clerk sh -c '/opt/loket/bin/Loket check >/dev/null 2>&1; echo $?')"

echo "== dpkg -r loket"
in_root dpkg -r loket >/dev/null
echo "   /opt/loket: $(in_root sh -c 'ls /opt/loket 2>/dev/null | wc -l') entries left; desktop entry: $(in_root sh -c 'ls /usr/share/applications/*oket* 2>/dev/null | wc -l')"
echo "   the clerk's database: $(in_root ls -la /home/petugas/.local/share/loket/loket.db | awk '{print $5}') bytes (kept)"
in_root dpkg --purge loket >/dev/null
echo "   after purge: $(in_root ls /home/petugas/.local/share/loket/)"
