"""Our own PDF as pixels, page by page, for the print preview and the printer (pypdfium2)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class PageImage:
    """A page in BGRx bytes (which is QImage.Format_RGB32 on little-endian machines)."""

    width: int
    height: int
    stride: int
    pixels: bytes
    landscape: bool


def pages(pdf: bytes, dpi: float) -> Iterator[PageImage]:
    import pypdfium2  # imported when first printing: it is large, and start-up should be quick

    document = pypdfium2.PdfDocument(pdf)
    try:
        for page in document:
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
            yield PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer),
                            landscape=width > height)
            bitmap.close()
            page.close()
    finally:
        document.close()
