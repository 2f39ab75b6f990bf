"""Just enough PDF reading for the handout's tests: the pages, their size, and their text.

Qt's PDF writer draws text as glyph numbers (Identity-H fonts) and gives every font a
ToUnicode map, so the text is found by inflating each page's content stream and mapping
its glyphs back. (No PDF library is a dependency; this reads what Qt writes, no more.)
"""

from __future__ import annotations

import re
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj\s(.*?)endobj", re.S)


def objects(pdf: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(pdf)}


def _ref(obj: bytes, key: bytes) -> int:
    return int(re.search(rb"/" + key + rb"\s+(\d+) 0 R", obj).group(1))


def stream(obj: bytes) -> bytes:
    body = re.search(rb"stream\r?\n(.*?)\r?\nendstream", obj, re.S).group(1)
    return zlib.decompress(body) if b"/FlateDecode" in obj.split(b"stream")[0] else body


def pages(pdf: bytes) -> list[bytes]:
    """The page objects, in the order of the page tree's Kids."""
    objs = objects(pdf)
    tree = next(o for o in objs.values() if re.search(rb"/Type\s*/Pages\b", o))
    kids = re.search(rb"/Kids\s*\[(.*?)\]", tree, re.S).group(1)
    return [objs[int(n)] for n in re.findall(rb"(\d+) 0 R", kids)]


def media_box(page: bytes) -> tuple[float, float]:
    values = [float(v) for v in re.search(rb"/MediaBox\s*\[([^\]]*)\]", page).group(1).split()]
    return values[2] - values[0], values[3] - values[1]


def _unicode_map(cmap: bytes) -> dict[int, str]:
    def text(hexes: bytes) -> str:
        return bytes.fromhex(hexes.decode()).decode("utf-16-be")

    glyphs: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            glyphs[int(src, 16)] = text(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            lo_i, hi_i = int(lo, 16), int(hi, 16)
            if dst.startswith(b"["):
                for k, each in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", dst)):
                    glyphs[lo_i + k] = text(each)
            elif dst != b"<>":
                start = text(dst[1:-1])
                for k in range(hi_i - lo_i + 1):
                    glyphs[lo_i + k] = start[:-1] + chr(ord(start[-1]) + k)
    return glyphs


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text: the glyphs of each text object in drawing order, a line per text object."""
    objs = objects(pdf)
    texts = []
    for page in pages(pdf):
        resources = objs[_ref(page, b"Resources")]
        fonts_dict = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S)
        fonts = {}
        for name, number in re.findall(rb"/(\w+)\s+(\d+) 0 R", fonts_dict.group(1) if fonts_dict else b""):
            font = objs[int(number)]
            fonts[name] = _unicode_map(stream(objs[_ref(font, b"ToUnicode")])) if b"/ToUnicode" in font else {}
        content = stream(objs[_ref(page, b"Contents")])
        content = re.sub(rb"BDC.*?EMC", b"", content, flags=re.S)  # (marked spans repeat glyphs drawn already)
        out, glyphs = [], {}
        for m in re.finditer(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\bET\b", content):
            if m.group(1):
                glyphs = fonts.get(m.group(1), {})
            elif m.group(2) is not None:
                hexes = m.group(2).decode()
                out += [glyphs.get(int(hexes[i:i + 4], 16), "") for i in range(0, len(hexes), 4)]
            else:
                out.append("\n")
        texts.append("".join(out))
    return texts


def text_colours(pdf: bytes) -> set[tuple[float, float, float]]:
    """The fill colours (RGB, 0–1) text is drawn in, on every page."""
    objs = objects(pdf)
    colours = set()
    for page in pages(pdf):
        content = stream(objs[_ref(page, b"Contents")])
        colour = (0.0, 0.0, 0.0)
        for m in re.finditer(rb"([\d.]+) ([\d.]+) ([\d.]+) scn|\bBT\b", content):
            if m.group(1):
                colour = tuple(float(v) for v in m.groups())
            else:
                colours.add(colour)
    return colours
