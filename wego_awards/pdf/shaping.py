"""Complex scripts on a reportlab canvas: the Unicode bidi algorithm orders a line, HarfBuzz
shapes its runs.

reportlab draws the characters of a string one after the other, left to right, each in its own
cmap glyph. That is right for Latin, Cyrillic, Hangul syllables and Han, and wrong for Arabic
(letters join, the line runs right to left), the Indic scripts (vowel signs move, conjuncts),
Thai, Lao and Myanmar (marks stack). For those, :func:`shape` asks HarfBuzz (``uharfbuzz``) for
the glyphs and positions of one run and returns reportlab's ``ShapedStr``, which the canvas
draws glyph by glyph; :func:`bidi_levels` gives each character its embedding level
(``python-bidi``'s implementation of UAX #9), and :func:`visual_order` puts the runs of a line in
the order they are seen (rule L2).

Text that needs none of this (:func:`needs_layout` is False) keeps reportlab's plain path, so a
Latin certificate is the same bytes as before.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import uharfbuzz
from bidi import algorithm as _uba
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont

# Code points (ranges, inclusive) whose script needs shaping: Hebrew to Myanmar (Arabic, the
# Indic scripts, Thai, Lao, Tibetan), Hangul conjoining jamo, Ethiopic, Khmer to Ol Chiki,
# the Indic extensions and presentation forms, and everything beyond the BMP below CJK.
_COMPLEX_RANGES = (
    (0x0590, 0x10FF),
    (0x1100, 0x11FF),
    (0x1200, 0x139F),
    (0x1700, 0x1CFF),
    (0x2D80, 0x2DDF),
    (0xA800, 0xABFF),
    (0xD7B0, 0xD7FF),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x10000, 0x1FFFF),
)
_RTL_CLASSES = frozenset(("R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI"))
_NEEDS: dict[str, bool] = {}
_private_lock = threading.Lock()
_PRIVATE_FIRST, _PRIVATE_LAST = 0xE000, 0xF8FF


def _char_needs_layout(char: str) -> bool:
    code = ord(char)
    if any(low <= code <= high for low, high in _COMPLEX_RANGES):
        return True
    if unicodedata.bidirectional(char) in _RTL_CLASSES:
        return True
    # Combining marks need positioning; format characters (ZWJ, ZWNJ, bidi marks) must vanish.
    return unicodedata.category(char) in ("Mn", "Mc", "Me", "Cf")


def needs_layout(text: str) -> bool:
    """True if ``text`` (NFC) needs shaping or bidi ordering: a right-to-left or complex
    script, a combining mark that did not compose, or a format character."""
    if text.isascii():
        return False
    needs = _NEEDS
    for char in text:
        flag = needs.get(char)
        if flag is None:
            flag = needs[char] = _char_needs_layout(char)
        if flag:
            return True
    return False


def is_rtl(text: str) -> bool:
    """True if the first strong character of ``text`` is right-to-left (rules P2, P3)."""
    return _uba.get_base_level(text) == 1


def bidi_levels(text: str, rtl: bool = False) -> list[int]:
    """The resolved embedding level of each character of ``text`` in a paragraph whose base
    direction is right-to-left if ``rtl``; odd levels run right to left.

    Characters the algorithm removes (explicit embeddings, rule X9) take the level of the
    character before them; trailing white space takes the base level (rule L1).
    """
    base = 1 if rtl else 0
    storage = _uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if rtl else "L"
    _uba.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    _uba.explicit_embed_and_overrides(storage, False)
    _uba.resolve_weak_types(storage, False)
    _resolve_brackets(storage["chars"], base)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    out: list[int] = []
    previous = base
    for level in levels:
        previous = previous if level is None else level
        out.append(previous)
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
        out[end] = base
    return out


_BRACKETS = {"(": ")", "[": "]", "{": "}", "«": "»", "‹": "›", "（": "）", "［": "］"}
_CLOSING = {close: opening for opening, close in _BRACKETS.items()}


def _strong(kind: str) -> str | None:
    """A resolved type as rule N0 sees it: numbers count as right-to-left."""
    return "L" if kind == "L" else "R" if kind in ("R", "AL", "EN", "AN") else None


def _resolve_brackets(chars: list[dict], base: int) -> None:
    """Rule N0 of UAX #9 (Unicode 6.3), which python-bidi's algorithm predates: a pair of
    brackets takes one direction, so "Tehran (تهران), ایران" keeps its parentheses around
    تهران instead of the closing one joining the Persian run.

    For each pair (matched as in BD16, neutral at both ends): a strong type of the embedding
    direction inside gives the pair that direction; else an opposite one inside gives the
    pair the direction of the text before the opening bracket (the paragraph's if none).
    Simplified to one paragraph without explicit embeddings, which is what the PDFs draw.
    """
    embedding = "R" if base % 2 else "L"
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for index, char in enumerate(chars):
        if char["type"] != "ON":
            continue
        if char["ch"] in _BRACKETS:
            stack.append(index)
        elif char["ch"] in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if chars[stack[depth]]["ch"] == _CLOSING[char["ch"]]:
                    pairs.append((stack[depth], index))
                    del stack[depth:]
                    break
    for opening, closing in sorted(pairs):
        inside = {_strong(c["type"]) for c in chars[opening + 1 : closing]} - {None}
        if embedding in inside:
            direction = embedding
        elif inside:
            before = next(
                (d for c in reversed(chars[:opening]) if (d := _strong(c["type"]))), embedding
            )
            direction = before
        else:
            continue
        chars[opening]["type"] = chars[closing]["type"] = direction


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indices of runs with the given levels, in visual (left to right) order (rule L2): from
    the highest level down to the lowest odd one, reverse every sequence at that level or
    above. Each run's own characters are ordered by shaping it in its direction."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            end = start
            while end < len(order) and levels[order[end]] >= level:
                end += 1
            order[start:end] = order[start:end][::-1]
            start = end
    return order


@lru_cache(maxsize=64)
def _hb_font(face: str) -> tuple[TTFont, uharfbuzz.Font]:
    font = pdfmetrics.getFont(face)
    blob = uharfbuzz.Blob(font.face._ttf_data)  # noqa: SLF001 -- the file reportlab read
    return font, uharfbuzz.Font(uharfbuzz.Face(blob))


def _private_char(font: TTFont, gid: int) -> int:
    """A code point standing for glyph ``gid``, which no character maps to (a ligature, a
    contextual form): a private-use one, the same for the same glyph in every run, with the
    glyph's own advance as its width in the embedded font."""
    face = font.face
    with _private_lock:
        known = face.glyphToChar.get(gid)
        if known:
            return int(known[0])
        span = _PRIVATE_LAST - _PRIVATE_FIRST + 1
        code = _PRIVATE_FIRST + gid % span
        while code in face.charToGlyph:
            code = _PRIVATE_FIRST + (code - _PRIVATE_FIRST + 1) % span
        face.charToGlyph[code] = gid
        face.glyphToChar.setdefault(gid, []).append(code)
        face.charWidths[code] = face._pdfScale(face.hmetrics[gid][0])  # noqa: SLF001
        return code


def shape(text: str, face: str, rtl: bool) -> ShapedStr:
    """``text`` (one run of one font and one direction, in logical order) shaped by HarfBuzz:
    a ``ShapedStr`` whose characters stand for the glyphs in visual order, with HarfBuzz's
    advances and offsets, for reportlab's ``textOut``. Its advances sum to the run's width in
    thousandths of the font size."""
    font, hb_font = _hb_font(face)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buffer, {})
    face_data = font.face
    scale = face_data._pdfScale  # noqa: SLF001 -- font units to thousandths of the size
    chars: list[str] = []
    data: list[ShapeData] = []
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        gid = info.codepoint
        known = face_data.glyphToChar.get(gid)
        code = int(known[0]) if known else _private_char(font, gid)
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                scale(position.x_advance),
                scale(position.y_advance),
                scale(position.x_offset),
                scale(position.y_offset),
                face_data.charWidths.get(code, face_data.defaultWidth),
            )
        )
    return ShapedStr("".join(chars), shapeData=data)


def shaped_width(shaped: ShapedStr) -> float:
    """Width of a shaped run at 1 pt."""
    return sum(d.x_advance for d in shaped.__shapeData__) / 1000


def actual_text(text: str) -> str:
    """The PDF operator opening a marked-content span whose text, for a reader that copies or
    searches, is ``text`` (shaped glyphs may stand for several characters, or for none that
    a font's character map knows). Close it with ``EMC``."""
    data = ("\ufeff" + text).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{data}>>> BDC"
