#!/usr/bin/env bash
# Renders build/icon.svg into the PNG sizes electron-builder and Linux desktops use, and packs a
# Windows .ico (PNG-compressed entries). Needs rsvg-convert (Debian: apt-get install librsvg2-bin)
# and python3. The outputs are committed, so this runs only when the SVG changes.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p icons
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" icon.svg -o "icons/${s}x${s}.png"
done
cp icons/512x512.png icon.png
python3 - <<'PY'
import struct
sizes = [16, 24, 32, 48, 64, 128, 256]
blobs = [open(f"icons/{s}x{s}.png", "rb").read() for s in sizes]
header = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries = b""
for s, b in zip(sizes, blobs):
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(b), offset)
    offset += len(b)
open("icon.ico", "wb").write(header + entries + b"".join(blobs))
PY
echo "build/icon.png, build/icon.ico and build/icons/*.png written"
