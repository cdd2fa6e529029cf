#!/usr/bin/env bash
# Builds a self-contained Loket for Linux with jpackage (JDK 17): an app-image in
# target/dist/Loket, and with --deb a .deb package (needs fakeroot).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
rm -rf target/jpackage-input target/dist
mkdir -p target/jpackage-input target/dist
cp target/loket.jar target/jpackage-input/
type=app-image
extra=()
if [ "${1:-}" = "--deb" ]; then
  type=deb
  extra=(--linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group Office)
fi
jpackage --type "$type" --name Loket --app-version 0.1.0 \
  --vendor "Diskominfo Provinsi Kalimantan Barat" \
  --input target/jpackage-input --main-jar loket.jar \
  --main-class id.kalbarprov.loket.Launcher \
  --add-modules java.base,java.desktop,java.logging,java.naming,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.jfr,java.management \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2" \
  --dest target/dist "${extra[@]}"
echo "Built: $(ls target/dist)"
