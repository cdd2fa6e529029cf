#!/usr/bin/env bash
# Builds Loket for Linux with its own Java runtime (jlink/jpackage, JDK 17+; no Java needed on the PC):
#
#   packaging/build-linux.sh            the app image target/dist/Loket (bin/Loket opens the app; with a
#                                       command, e.g. `bin/Loket check --db FILE`, runs that command)
#   packaging/build-linux.sh --deb      also target/dist/loket_<version>_amd64.deb (desktop entry, icon;
#                                       installs into /opt/loket; needs fakeroot and dpkg-deb)
#   --no-build                          use target/loket.jar as it is (no mvn package)
#
# Class-data sharing (docs/decisions/0015): a training launch of the image under Xvfb (needs xvfb-run)
# lists the classes a start loads (lib/app/loket.classlist, shipped); `java -Xshare:dump` makes the
# archive lib/app/loket.jsa from it. JDK 17 ties an archive to the jar's absolute path, so the image
# gets one for where it was built, and the .deb makes its own for /opt/loket when it is installed
# (postinst; removed again by prerm). A launch whose archive does not fit starts without it.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=0 build=1
for a in "$@"; do
  case "$a" in
    --deb) deb=1 ;;
    --no-build) build=0 ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done
[ "$build" = 1 ] && mvn -B -q package -DskipTests
version=$(unzip -p target/loket.jar loket-build.properties | sed -n 's/^version=//p')
app_version=${version%%-*} # jpackage takes numbers only: 0.1.0-SNAPSHOT -> 0.1.0

# Memory of a desk (issue 16, docs/BENCHMARKS.md "Memory, a heap limit for the desks"): the same
# options in packaging/windows/Loket.bat and build-windows-installer.ps1.
memory='-Xmx192m -Xss512k -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:+UseSerialGC'
# On Linux the JVM also hands the C heap's freed memory (SQLite's caches, the renderer's buffers) back
# to the system every 10 s: glibc keeps it in per-thread arenas otherwise. At 1,000,000 letters it took
# the app after Surat Masuk from 403 to 355-363 MB (docs/BENCHMARKS.md, session 7). JDK 17.0.9 and
# later know the option; an older JDK's runtime would refuse to start with it, so it is asked first.
jdk_java="$(dirname "$(readlink -f "$(command -v jpackage)")")/java"
if "$jdk_java" -XX:TrimNativeHeapInterval=10000 -version >/dev/null 2>&1; then
  memory="$memory -XX:TrimNativeHeapInterval=10000"
else
  echo "note: $jdk_java does not know -XX:TrimNativeHeapInterval (JDK 17.0.9+); the app image runs without it" >&2
fi

rm -rf target/jpackage-input target/dist
mkdir -p target/jpackage-input/sqlite target/dist
cp target/loket.jar target/jpackage-input/
# SQLite's native library for this platform beside the jar, loaded from there (org.sqlite.lib.path):
# no copy into /tmp at every start (and no failure where /tmp is mounted noexec); the other
# platforms' copies leave the jar (about 8 MB).
unzip -q -j -o target/loket.jar 'org/sqlite/native/Linux/x86_64/libsqlitejdbc.so' -d target/jpackage-input/sqlite
zip -q -d target/jpackage-input/loket.jar 'org/sqlite/native/*' >/dev/null

jpackage --type app-image --name Loket --app-version "$app_version" \
  --vendor "Diskominfo Provinsi Kalimantan Barat" \
  --description "Loket: layanan Diskominfo Provinsi Kalimantan Barat" \
  --icon resources/icons/loket-256.png \
  --input target/jpackage-input --main-jar loket.jar \
  --main-class id.kalbarprov.loket.Launcher \
  --add-modules java.base,java.desktop,java.logging,java.naming,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.jfr,java.management \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2" \
  --java-options '-Dorg.sqlite.lib.path=$APPDIR/sqlite -Dorg.sqlite.lib.name=libsqlitejdbc.so' \
  --java-options '-XX:SharedArchiveFile=$APPDIR/loket.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off' \
  --java-options "$memory" \
  --dest target/dist
image=target/dist/Loket
# Our own bin/Loket (packaging/linux/launcher.sh): jpackage's asks rpm and dpkg for its package at every
# start. It reads the same lib/app/Loket.cfg; jpackage's library for its launcher goes with it.
install -m 755 packaging/linux/launcher.sh "$image/bin/Loket"
rm -f "$image/lib/libapplauncher.so"
app="$PWD/$image/lib/app"
java_bin="$PWD/$image/lib/runtime/bin/java"

# The training launch: a new database in a temporary folder, the window, sign-in screen, exit after 3 s.
train=$(mktemp -d)
cfg="$app/Loket.cfg"
cp "$cfg" "$train/Loket.cfg"
sed -i 's|^\[JavaOptions\]$|&\njava-options=-XX:DumpLoadedClassList=$APPDIR/loket.classlist|' "$cfg"
LOKET_EXIT_AFTER_START=3 timeout 300 xvfb-run -a -s "-screen 0 1366x768x24" \
  "$image/bin/Loket" --db "$train/loket.db" >"$train/training.log" 2>&1 || {
  echo "training launch failed:" >&2; cat "$train/training.log" >&2; exit 1; }
# A second training run for the command a desk must answer at once (issue 14: `verify` ≤ 200 ms): 200
# demo letters and their PDFs; a verify of a genuine letter, of an altered copy and of another PDF. Its
# class list makes an archive of its own, lib/app/loket-verify.jsa (about a third of the window's: less to
# map and relocate at each start), which bin/Loket uses for `verify` (packaging/linux/launcher.sh).
sed -i '/^java-options=-XX:DumpLoadedClassList=/d' "$cfg"
{ "$image/bin/Loket" demo-data --db "$train/demo.db" --letters 200 --seed 1 \
  && "$image/bin/Loket" letters --db "$train/demo.db" --out "$train/letters"; } >>"$train/training.log" 2>&1 || {
  echo "training of the commands failed:" >&2; cat "$train/training.log" >&2; exit 1; }
genuine=$(find "$train/letters" -name '*.pdf' | sort | head -1)
cp "$genuine" "$train/altered.pdf" && printf '%% disunting\n' >>"$train/altered.pdf"
printf '%%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' >"$train/other.pdf"
for pdf in "$genuine" "$train/altered.pdf" "$train/other.pdf"; do
  cp "$train/Loket.cfg" "$cfg"
  sed -i "s|^\[JavaOptions\]\$|&\njava-options=-XX:DumpLoadedClassList=$train/verify-$(basename "$pdf").classlist|" "$cfg"
  rc=0; "$image/bin/Loket" verify --db "$train/demo.db" --pdf "$pdf" >>"$train/training.log" 2>&1 || rc=$?
  [ "$rc" -le 1 ] || { echo "training verify failed (exit $rc):" >&2; cat "$train/training.log" >&2; exit 1; }
done
cat "$train"/verify-*.classlist >"$app/loket-verify.classlist"
cp "$train/Loket.cfg" "$cfg"
rm -rf "$train"
for name in loket loket-verify; do
  "$java_bin" -Xshare:dump -XX:SharedClassListFile="$app/$name.classlist" -XX:SharedArchiveFile="$app/$name.jsa" \
    -cp "$app/loket.jar" >target/dist/cds-dump.log 2>&1 || { cat target/dist/cds-dump.log >&2; exit 1; }
done
echo "App image: $image ($(du -sh "$image" | cut -f1); CDS archives $(du -h "$app/loket.jsa" | cut -f1), verify's $(du -h "$app/loket-verify.jsa" | cut -f1))"

if [ "$deb" = 1 ]; then
  # The package carries the class list, not the image's archive (made for target/dist); postinst
  # makes the archive for /opt/loket, prerm removes it. The user's data (~/.local/share/loket) stays.
  staging=target/dist/deb-image
  rm -rf "$staging" && cp -a "$image" "$staging" && rm "$staging"/lib/app/*.jsa
  jpackage --type deb --app-image "$staging" --name Loket --app-version "$app_version" \
    --vendor "Diskominfo Provinsi Kalimantan Barat" \
    --description "Loket: layanan Diskominfo Provinsi Kalimantan Barat" \
    --icon resources/icons/loket-256.png \
    --linux-package-name loket --linux-deb-maintainer "diskominfo@kalbarprov.go.id" \
    --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office \
    --linux-app-category misc \
    --dest target/dist
  debfile=$(ls target/dist/loket_*.deb)
  work=target/dist/deb-unpacked
  rm -rf "$work" && dpkg-deb -R "$debfile" "$work"
  # The menu entry as a file of the package (/usr/share/applications/loket.desktop, removed with it)
  # instead of jpackage's xdg-desktop-menu calls, which fail the whole install on a system without a
  # menu folder yet (found on a minimal Debian 12: "No writable system menu directory found").
  install -D -m 644 packaging/linux/loket.desktop "$work/usr/share/applications/loket.desktop"
  sed -i '/xdg-desktop-menu/d' "$work/DEBIAN/postinst" "$work/DEBIAN/prerm"
  sed -i 's/, xdg-utils//; s/xdg-utils, //' "$work/DEBIAN/control"
  cat >>"$work/DEBIAN/postinst" <<'EOF'

# Loket: the class-data-sharing archive for this install location (faster start; see packaging/build-linux.sh)
if [ "$1" = configure ]; then
  for name in loket loket-verify; do
    /opt/loket/lib/runtime/bin/java -Xshare:dump -XX:SharedClassListFile=/opt/loket/lib/app/$name.classlist \
      -XX:SharedArchiveFile=/opt/loket/lib/app/$name.jsa -cp /opt/loket/lib/app/loket.jar >/dev/null 2>&1 || true
  done
fi
EOF
  # prerm, not postrm: with the archive gone before dpkg removes the files, /opt/loket goes entirely
  sed -i '0,/^set -e$/s//&\nrm -f \/opt\/loket\/lib\/app\/loket.jsa \/opt\/loket\/lib\/app\/loket-verify.jsa/' "$work/DEBIAN/prerm"
  # exit 0 at the end of jpackage's postinst would skip the lines added after it
  sed -i '/^exit 0$/d' "$work/DEBIAN/postinst" && echo "exit 0" >>"$work/DEBIAN/postinst"
  rm "$debfile"
  fakeroot dpkg-deb --build -Zgzip "$work" "$debfile" >/dev/null
  rm -rf "$work" "$staging"
  echo "Package: $debfile ($(du -h "$debfile" | cut -f1))"
fi
