"""The handout as a PDF (Qt's PDF writer), A4 or Letter: the pages of handout_pages.py, printed.

Every page is a QTextDocument laid out at 96 dots per inch on a fixed device (so the
layout is the same on any screen), broken into sheets when it is longer than one, and
drawn scaled onto the writer's page; a footer names the handout and the sheet. The text
stays text in the PDF, in the fonts Qt embeds (a Japanese handout embeds a Japanese
font, as the window uses one). `page_images` draws the same sheets into images, to look at.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from gdstudio import __version__
from gdstudio.core.atomic import atomic_write_bytes
from gdstudio.ui.document.handout_pages import Page, handout_title

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 16
LAYOUT_DPI = 96          # the text is laid out in these units, then scaled to the device
BASE_PT = 11.0           # body text: a printed handout, read at arm's length
FOOTER_PX = 28           # room under the text for the footer
FIGURE_URL = "handout-figure"


def page_layout(page_size: str) -> QPageLayout:
    """The page: A4 or Letter, portrait, MARGIN_MM on every side (KeyError for another name)."""
    return QPageLayout(QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


class _Sheets:
    """The pages laid out: one QTextDocument each, every one broken into sheets of the text area."""

    def __init__(self, pages: list[Page], figure: QImage | None, layout: QPageLayout, font: QFont) -> None:
        rect = layout.paintRect(QPageLayout.Unit.Point)
        self.width = rect.width() * LAYOUT_DPI / 72
        self.height = rect.height() * LAYOUT_DPI / 72
        self.text_height = self.height - FOOTER_PX
        self.device = QImage(1, 1, QImage.Format.Format_RGB32)  # fixes the layout's DPI, whatever the screen's
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        self.device.setDotsPerMeterX(dots_per_metre)
        self.device.setDotsPerMeterY(dots_per_metre)
        self.font = QFont(font)
        self.font.setPointSizeF(BASE_PT)
        self.docs = [self._document(page, figure, first=i == 0) for i, page in enumerate(pages)]
        self.sheets = [(doc, k) for doc in self.docs for k in range(doc.pageCount())]

    def _document(self, page: Page, figure: QImage | None, first: bool) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet("h1 { font-size: x-large; } h2 { font-size: large; } h3 { font-size: medium; }"
                                 "th { background-color: #eeeeee; }")
        body = page.html
        if page.kind == "figure" and figure is not None and not figure.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(FIGURE_URL), figure)
            body = f"<p align='center'>{self._image_tag(figure)}</p>{body}"
        head = f"<h1>{html.escape(handout_title())}</h1>" if first else ""
        doc.setHtml(f"{head}<h2>{html.escape(page.title)}</h2>{body}")
        doc.setPageSize(QSizeF(self.width, self.text_height))
        return doc

    def _image_tag(self, figure: QImage) -> str:
        """The figure as wide as the text, or less so that it fits under the titles with its caption."""
        ratio = figure.height() / max(1, figure.width())
        width = min(self.width, (self.text_height - 240) / ratio)
        return f"<img src='{FIGURE_URL}' width='{int(width)}' height='{int(width * ratio)}'>"

    def draw(self, painter: QPainter, index: int) -> None:
        """Sheet `index` in layout units, its top left at (0, 0), with the footer under the text."""
        doc, k = self.sheets[index]
        painter.save()
        painter.translate(0, -k * self.text_height)
        _draw(doc, painter, QRectF(0, k * self.text_height, self.width, self.text_height))
        painter.restore()
        footer = QTextDocument()  # (laid out like the pages: a font set on the painter would follow its device)
        footer.documentLayout().setPaintDevice(self.device)
        footer.setDefaultFont(self.font)
        footer.setDocumentMargin(0)
        footer.setTextWidth(self.width)
        text = f"{handout_title()} — gdstudio {__version__} — {index + 1}/{len(self.sheets)}"
        footer.setHtml(f"<p align='right' style='color: #555555; font-size: small;'>{html.escape(text)}</p>")
        painter.save()
        painter.translate(0, self.height - footer.size().height())
        _draw(footer, painter, QRectF(0, 0, self.width, footer.size().height()))
        painter.restore()


def _draw(doc: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    """QTextDocument.drawContents, but in black on white: paper, whatever the window's theme
    (drawContents takes the application's palette, light text in a dark theme)."""
    painter.save()
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = QPalette(QColor("#f0f0f0"))  # a light palette: black text, grey frames
    context.clip = clip
    doc.documentLayout().draw(painter, context)
    painter.restore()


def handout_pdf(pages: list[Page], figure: QImage | None, page_size: str, font: QFont) -> bytes:
    """The PDF's bytes: every page, on A4 or Letter."""
    layout = page_layout(page_size)
    return _pdf(_Sheets(pages, figure, layout, font), layout)


def _pdf(sheets: _Sheets, layout: QPageLayout) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(layout)
    writer.setTitle(handout_title())
    writer.setCreator(f"gdstudio {__version__}")
    painter = QPainter(writer)
    try:
        scale = writer.resolution() / LAYOUT_DPI
        painter.scale(scale, scale)  # (the painter starts at the page's margins)
        for i in range(len(sheets.sheets)):
            if i:
                writer.newPage()
            sheets.draw(painter, i)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def page_images(pages: list[Page], figure: QImage | None, page_size: str, font: QFont, dpi: int = 96) -> list[QImage]:
    """The same sheets drawn into white images of the whole page at `dpi`, margins included."""
    layout = page_layout(page_size)
    sheets = _Sheets(pages, figure, layout, font)
    full = layout.fullRect(QPageLayout.Unit.Point)
    margin = MARGIN_MM / 25.4 * dpi
    images = []
    for i in range(len(sheets.sheets)):
        image = QImage(round(full.width() * dpi / 72), round(full.height() * dpi / 72), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(margin, margin)
        painter.scale(dpi / LAYOUT_DPI, dpi / LAYOUT_DPI)
        sheets.draw(painter, i)
        painter.end()
        images.append(image)
    return images


def write_handout(path: str | Path, pages: list[Page], figure: QImage | None, page_size: str, font: QFont) -> int:
    """Write the PDF atomically and return its number of sheets (OSError if it cannot be written;
    nothing half-written is left)."""
    layout = page_layout(page_size)
    sheets = _Sheets(pages, figure, layout, font)
    atomic_write_bytes(path, _pdf(sheets, layout))
    return len(sheets.sheets)
