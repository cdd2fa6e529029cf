#!/usr/bin/env bash
# Builds the portable Loket for Windows here (on Linux): target/Loket-<version>-windows.zip with
#   Loket/Loket.bat        opens the app; with a command (Loket.bat check ...) runs that command
#   Loket/lib/*.jar        loket.jar, its libraries, and JavaFX for Windows (the `win` classifier jars)
#   Loket/loket.ico        the icon for a desktop shortcut
#   Loket/BACA-SAYA.txt    installing it, in Indonesian
#   Loket/VERSION.txt      the version (read by build-windows-installer.ps1)
# The PC needs only Java 17 or newer installed. The same zip is the input of
# packaging/windows/build-windows-installer.ps1, which makes the .msi with its own runtime on Windows.
#
#   packaging/build-windows-zip.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--no-build" ] || mvn -B -q package -DskipTests
version=$(unzip -p target/loket.jar loket-build.properties | sed -n 's/^version=//p')
out=target/windows
rm -rf "$out" && mkdir -p "$out/Loket/lib"
# The runtime libraries with JavaFX's Windows jars (javafx.platform picks the classifier).
mvn -B -q dependency:copy-dependencies -Djavafx.platform=win -DincludeScope=runtime \
  -DoutputDirectory="$out/Loket/lib"
# JavaFX's platform-less jars are empty placeholders; only the -win ones hold the classes and DLLs.
find "$out/Loket/lib" -name 'javafx-*.jar' ! -name '*-win.jar' -delete
cp target/original-loket.jar "$out/Loket/lib/loket.jar" # the app's own classes (before shading)
cp packaging/windows/Loket.bat packaging/windows/BACA-SAYA.txt packaging/windows/loket.ico "$out/Loket/"
sed -i 's/$/\r/' "$out/Loket/Loket.bat" "$out/Loket/BACA-SAYA.txt" # Windows line ends
echo "$version" >"$out/Loket/VERSION.txt"
for m in base graphics controls swing; do
  [ -f "$out/Loket/lib/javafx-$m-"*"-win.jar" ] || { echo "javafx-$m for Windows missing" >&2; exit 1; }
done
unzip -l "$out/Loket/lib/"javafx-graphics-*-win.jar | grep 'glass.dll' >/dev/null || { echo "no glass.dll" >&2; exit 1; }
zip="target/Loket-$version-windows.zip"
rm -f "$zip" && (cd "$out" && zip -q -r "../$(basename "$zip")" Loket)
echo "Portable zip: $zip ($(du -h "$zip" | cut -f1)); JavaFX: $(cd "$out/Loket/lib" && ls javafx-*-win.jar | tr '\n' ' ')"
