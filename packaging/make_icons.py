"""Render the app icon from resources/icons/dealbrief.svg into every size installers need.

    python packaging/make_icons.py

Writes (and the results are committed, so a build never needs this script):
  packaging/icons/hicolor/NxN/apps/io.github.dealbrief.Dealbrief.png   N = 16 … 512
  packaging/icons/hicolor/scalable/apps/io.github.dealbrief.Dealbrief.svg
  packaging/icons/dealbrief.ico    (Windows: 16–256)
  packaging/icons/dealbrief.icns   (macOS: 16–1024)

Rendering uses Qt's SVG renderer offscreen; the .ico and .icns containers are written with Pillow
(a build-time tool only: `pip install Pillow`).
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "dealbrief.svg"
ICONS = ROOT / "packaging" / "icons"
APP_ID = "io.github.dealbrief.Dealbrief"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int) -> bytes:
    """The SVG drawn antialiased at size×size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed by QImage
    rendered = {size: render_png(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}

    for size in PNG_SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(rendered[size])
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)

    images = {size: Image.open(io.BytesIO(rendered[size])).convert("RGBA") for size in rendered}
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "dealbrief.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[1024].save(
        ICONS / "dealbrief.icns",
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != 1024],
    )
    print(f"wrote {len(PNG_SIZES)} PNG sizes, dealbrief.ico and dealbrief.icns under {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
