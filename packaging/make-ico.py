#!/usr/bin/env python3
"""Writes a Windows icon (.ico) holding the given PNG files as they are.

    python packaging/make-ico.py OUT.ico remit-16.png remit-32.png ...

Windows (Vista and later) reads PNG images inside an .ico directly, so no
image library is needed: this is the .ico header and directory around the
PNG bytes. Each PNG must be square and at most 256 pixels wide. The
release workflow (.github/workflows/release.yml) runs it before
cargo-packager makes the NSIS and WiX installers, which need an .ico.
"""

import struct
import sys
from pathlib import Path

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes, name: str) -> tuple[int, int]:
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        sys.exit(f"make-ico: {name} is not a PNG file")
    return struct.unpack(">II", data[16:24])


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit("usage: make-ico.py OUT.ico IMAGE.png...")
    out = Path(sys.argv[1])
    images = []
    for name in sys.argv[2:]:
        data = Path(name).read_bytes()
        width, height = png_size(data, name)
        if width != height or width > 256:
            sys.exit(f"make-ico: {name} is {width}x{height}; icons are square, at most 256")
        images.append((width, data))
    images.sort(key=lambda image: image[0])

    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    for width, data in images:
        side = 0 if width == 256 else width  # 0 means 256 in an .ico
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(header + directory + b"".join(data for _, data in images))


if __name__ == "__main__":
    main()
