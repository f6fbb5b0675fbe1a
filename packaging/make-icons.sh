#!/usr/bin/env bash
# Renders Remit's icon (assets/icon/remit.svg) to the PNG sizes the desktop
# and the window use: assets/icon/remit-NN.png. Needs rsvg-convert
# (Debian: librsvg2-bin). Run from anywhere: ./packaging/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "make-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "assets/icon/remit-$size.png" assets/icon/remit.svg
done
# Smaller files, where optipng is installed (the pictures do not change).
if command -v optipng >/dev/null; then
    optipng -quiet -o5 -strip all assets/icon/remit-*.png
fi
ls -l assets/icon
