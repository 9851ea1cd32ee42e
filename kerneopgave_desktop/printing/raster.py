"""Our own PDF as pixels, page by page, for the print preview and the printer (pypdfium2).

`pages` renders every page in turn (printing); `Pages` opens the PDF once and renders a page
when it is asked for, at the size asked for (the preview shows the first page at once and
the others as they come into view).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from kerneopgave_desktop.domain.progress import Progress


@dataclass(frozen=True)
class PageImage:
    """A page in BGRx bytes (which is QImage.Format_RGB32 on little-endian machines)."""

    width: int
    height: int
    stride: int
    pixels: bytes
    landscape: bool


def pages(pdf: bytes, dpi: float, progress: Progress | None = None) -> Iterator[PageImage]:
    """Every page of `pdf` rendered at `dpi`, telling `progress` before each (it may raise
    `Cancelled`)."""
    import pypdfium2  # imported when first printing: it is large, and start-up should be quick

    document = pypdfium2.PdfDocument(pdf)
    try:
        for number, page in enumerate(document):
            if progress is not None:
                progress(number, len(document))
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
            yield PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer),
                            landscape=width > height)
            bitmap.close()
            page.close()
    finally:
        document.close()


class Pages:
    """A PDF's pages, each rendered only when asked for. Close it when done."""

    def __init__(self, pdf: bytes):
        import pypdfium2

        self._document = pypdfium2.PdfDocument(pdf)
        self.sizes: list[tuple[float, float]] = []
        """Each page's width and height in points, in its own orientation."""
        for index in range(len(self._document)):
            page = self._document[index]
            self.sizes.append(page.get_size())
            page.close()

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, index: int, width: int) -> PageImage:
        """Page `index` (from 0) `width` pixels wide, in its own proportions."""
        page_width, page_height = self.sizes[index]
        page = self._document[index]
        try:
            bitmap = page.render(scale=max(1, width) / page_width, prefer_bgrx=True)
            image = PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer),
                              landscape=page_width > page_height)
            bitmap.close()
            return image
        finally:
            page.close()

    def close(self) -> None:
        self._document.close()
