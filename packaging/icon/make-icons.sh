#!/usr/bin/env bash
# Renders packaging/icon/loket.svg into the icon files the app and the packages use (ImageMagick):
# resources/icons/loket-<size>.png (window icons, the Linux package's icon: 256) and
# packaging/windows/loket.ico (the Windows launcher and installer). Run after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../.."
for s in 16 24 32 48 64 128 256; do
  convert -background none packaging/icon/loket.svg -resize "${s}x${s}" -strip "resources/icons/loket-$s.png"
done
convert resources/icons/loket-16.png resources/icons/loket-24.png resources/icons/loket-32.png \
  resources/icons/loket-48.png resources/icons/loket-64.png resources/icons/loket-128.png \
  resources/icons/loket-256.png -depth 8 packaging/windows/loket.ico
