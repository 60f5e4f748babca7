"""Fonts for every PDF: shipped TrueType files, registered once, with per-character fallback.

reportlab draws a string in one font, and no single shipped font covers every script WeGO's
members write. So text is split into runs by which font has the glyph (the primary face first,
then Nanum Myeongjo for Hangul, the Noto fonts of Arabic, Devanagari, Thai, Lao, Myanmar,
Ethiopic and Sinhala, and Droid Sans Fallback for CJK last), and each run is drawn in its own
font. All text is NFC-normalised first, so "São" typed as "Sa" + combining tilde prints as the
precomposed glyph the font has.

A line that needs more than that (right-to-left or complex script, see ``shaping``) is laid out
by :func:`layout`: its runs ordered by the Unicode bidi algorithm and shaped by HarfBuzz, each
shaped run drawn inside a span whose ActualText is its characters (a ligature or a conjunct has
no character of its own), so a PDF reader copies and searches the words as they were typed.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from ..resources import resources_root
from .shaping import actual_text, bidi_levels, needs_layout, shape, shaped_width, visual_order

# reportlab 5 ships no C accelerator, and its pure-Python ASCII85 encoder took two thirds of the
# time of a certificate batch. Binary (Flate-only) streams are equally valid PDF, and smaller.
# Every PDF module imports this one, so the setting is in force whenever we write a PDF.
rl_config.useA85 = 0

# A source checkout, an installed wheel and a PyInstaller bundle keep these in different places.
RESOURCES_DIR = resources_root()
FONTS_DIR = RESOURCES_DIR / "fonts"

# The scripts' own fonts, tried in this order after the primary face and Nanum Myeongjo and
# before Droid Sans Fallback (whose CJK design should not win over a script's own font).
_SCRIPT_FONTS = (
    "NotoNaskhArabic",  # Arabic, Persian, Urdu
    "NotoSansDevanagari",
    "NotoSansThai",
    "NotoSansLao",
    "NotoSansMyanmar",
    "NotoSansEthiopic",
    "NotoSansSinhala",
)
# Fallbacks per weight; italic text falls back to the upright face (no italic Hangul/CJK).
_FALLBACK_FILES: dict[str, tuple[str, ...]] = {
    "regular": (
        "NanumMyeongjo.ttf",
        *(f"{name}-Regular.ttf" for name in _SCRIPT_FONTS),
        "DroidSansFallbackFull.ttf",
    ),
    "bold": (
        "NanumMyeongjoBold.ttf",
        *(f"{name}-Bold.ttf" for name in _SCRIPT_FONTS),
        "DroidSansFallbackFull.ttf",
    ),
}

_lock = threading.RLock()
_face_by_path: dict[Path, str] = {}
_chains: dict[str, tuple[str, ...]] = {}
# A fallback face is named when its family is registered but read (and registered with
# reportlab) only when a character first asks for it: most documents never need the Thai or
# CJK fonts, and reading a TrueType file's tables is most of what registering costs.
_pending: dict[str, Path] = {}


class _CharMaps(dict[str, dict[int, int]]):
    """Each registered face's character map; a fallback face's is read on first look-up."""

    def __missing__(self, face: str) -> dict[int, int]:
        with _lock:
            if face not in self:
                path = _pending.pop(face, None)
                if path is None:
                    raise KeyError(face)
                _load(face, path)
            return dict.__getitem__(self, face)


_cmaps = _CharMaps()


class FontError(ValueError):
    """A font file is missing, unreadable or not a TrueType-outline font."""


@dataclass(frozen=True)
class FontFamily:
    """The four registered faces of one family (reportlab font names)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normalisation form C (composed characters)."""
    return unicodedata.normalize("NFC", text)


def find_font_file(name: str | Path, base: Path | None = None) -> Path:
    """Resolve a font file given as a path or a bare file name.

    A relative path is tried against ``base`` (a template's folder) first; a bare file name is
    then looked up among the shipped fonts, so a template copied elsewhere still finds them.
    Raises FontError if no such file exists.
    """
    candidate = Path(name)
    tried: list[Path] = []
    if candidate.is_absolute():
        tried.append(candidate)
    else:
        if base is not None:
            tried.append(base / candidate)
        tried.append(FONTS_DIR / candidate)
        if len(candidate.parts) == 1:
            tried.extend(sorted(FONTS_DIR.rglob(candidate.name)))
    for path in tried:
        if path.is_file():
            return path.resolve()
    raise FontError(f"font file '{name}' not found (looked in {', '.join(map(str, tried))})")


def register_font(path: Path) -> str:
    """Register one TrueType file with reportlab (once per file) and return its face name."""
    path = path.resolve()
    with _lock:
        face = _face_name(path)
        if face in _pending:
            _load(face, _pending.pop(face))
        elif face not in _cmaps:
            try:
                _load(face, path)
            except FontError:
                del _face_by_path[path]
                raise
        return face


def _fallback(path: Path) -> str:
    """A fallback face's name; its file is read when a character first asks for it."""
    path = path.resolve()
    with _lock:
        face = _face_name(path)
        if face not in _cmaps:
            _pending[face] = path
        return face


def _face_name(path: Path) -> str:
    """The face name of a (resolved) font file: its stem, made unique (under ``_lock``)."""
    face = _face_by_path.get(path)
    if face is not None:
        return face
    face = path.stem
    taken = set(_face_by_path.values())
    suffix = 2
    while face in taken:
        face = f"{path.stem}-{suffix}"
        suffix += 1
    _face_by_path[path] = face
    return face


def _load(face: str, path: Path) -> None:
    """Read a TrueType file and register it with reportlab as ``face`` (under ``_lock``)."""
    try:
        font = TTFont(face, str(path))
    except (TTFError, OSError) as exc:
        # reportlab refuses CFF-outline .otf files here, with a terse message.
        raise FontError(f"'{path}' is not a usable TrueType font: {exc}") from exc
    pdfmetrics.registerFont(font)
    # A copy: shaping adds private-use code points for ligatures to the font's own map.
    dict.__setitem__(_cmaps, face, dict(font.face.charToGlyph))


def register_family(regular: Path, bold: Path, italic: Path, bold_italic: Path) -> FontFamily:
    """Register a family's four files with their fallback chains; cheap after the first call."""
    with _lock:
        family = FontFamily(
            regular=register_font(regular),
            bold=register_font(bold),
            italic=register_font(italic),
            bold_italic=register_font(bold_italic),
        )
        fallbacks = {
            weight: tuple(_fallback(find_font_file(f)) for f in files)
            for weight, files in _FALLBACK_FILES.items()
        }
        for face, weight in (
            (family.regular, "regular"),
            (family.bold, "bold"),
            (family.italic, "regular"),
            (family.bold_italic, "bold"),
        ):
            _chains.setdefault(face, (face, *fallbacks[weight]))
        # Lets <b>/<i> inside Paragraph markup pick the right face of the family.
        pdfmetrics.registerFontFamily(
            family.regular,
            normal=family.regular,
            bold=family.bold,
            italic=family.italic,
            boldItalic=family.bold_italic,
        )
        return family


def serif_family() -> FontFamily:
    """The shipped serif family (Noto Serif) used by the default certificate."""
    return register_family(
        find_font_file("NotoSerif-Regular.ttf"),
        find_font_file("NotoSerif-Bold.ttf"),
        find_font_file("NotoSerif-Italic.ttf"),
        find_font_file("NotoSerif-BoldItalic.ttf"),
    )


def sans_family() -> FontFamily:
    """The shipped sans family (Noto Sans) used by the results report; no italic is shipped."""
    regular = find_font_file("NotoSans-Regular.ttf")
    bold = find_font_file("NotoSans-Bold.ttf")
    return register_family(regular, bold, regular, bold)


def covers(face: str, char: str) -> bool:
    """True if the registered ``face`` has a glyph for ``char``."""
    return ord(char) in _cmaps[face]


def _invisible(char: str) -> bool:
    """A format character (ZWJ, ZWNJ, a bidi mark): shaping removes it, no glyph needed."""
    return unicodedata.category(char) == "Cf"


def _attaches(char: str) -> bool:
    """A character that belongs to the run of the one before it: a combining mark or a
    format character (ZWNJ inside a Persian word must not split it into two runs)."""
    return unicodedata.category(char) in ("Mn", "Mc", "Me", "Cf")


def missing_glyphs(text: str, face: str) -> str:
    """The distinct characters of ``text`` (NFC) that neither ``face`` nor any of its
    fallbacks can draw, in order of first appearance; white space, control and format
    characters are never missing."""
    chain = _chains.get(face, (face,))
    missing: list[str] = []
    for char in nfc(text):
        if char in missing or char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            continue
        code = ord(char)
        if not any(code in _cmaps[f] for f in chain):
            missing.append(char)
    return "".join(missing)


def missing_in_faces(text: str, faces: Sequence[str]) -> str:
    """The distinct characters of ``text`` that one or more of ``faces`` (with their fallbacks)
    cannot draw, in order of first appearance; "" for plain ASCII, which every face draws."""
    if text.isascii():
        return ""
    missing = ""
    for face in faces:
        missing += "".join(c for c in missing_glyphs(text, face) if c not in missing)
    return missing


def split_runs(text: str, face: str) -> list[tuple[str, str]]:
    """Split ``text`` into (face, run) pairs, each run drawable in its face.

    Characters the primary face lacks are grouped into stretches (spaces between them
    included), and a stretch goes to the first fallback that has all of it, so "广州" never
    mixes two CJK designs; only when no fallback has the whole stretch is it split per
    character. A character no font has stays in the primary face (it prints as a box, but
    the text still extracts).
    """
    text = nfc(text)
    chain = _chains.get(face, (face,))
    primary = _cmaps[face]
    # First pass: alternate stretches the primary face covers and stretches it does not.
    stretches: list[tuple[bool, str]] = []
    for char in text:
        covered = ord(char) in primary
        if (char.isspace() or _attaches(char)) and stretches and not stretches[-1][0]:
            covered = False  # keep "고양 시" in one fallback run, and marks with their letter
        if stretches and stretches[-1][0] == covered:
            stretches[-1] = (covered, stretches[-1][1] + char)
        else:
            stretches.append((covered, char))
    runs: list[tuple[str, str]] = []

    def add(run_face: str, run: str) -> None:
        if runs and runs[-1][0] == run_face:
            runs[-1] = (run_face, runs[-1][1] + run)
        else:
            runs.append((run_face, run))

    for covered, stretch in stretches:
        if covered:
            add(face, stretch)
            continue
        # Trailing spaces belong back in the primary face.
        body = stretch.rstrip()
        tail = stretch[len(body) :]
        whole = next(
            (
                f
                for f in chain[1:]
                if all(ord(c) in _cmaps[f] or _invisible(c) for c in body)
            ),
            None,
        )
        if whole is not None:
            add(whole, body)
        else:
            for char in body:
                if _attaches(char) and runs and (
                    _invisible(char) or ord(char) in _cmaps[runs[-1][0]]
                ):
                    add(runs[-1][0], char)
                    continue
                add(next((f for f in chain[1:] if ord(char) in _cmaps[f]), face), char)
        if tail:
            add(face, tail)
    return runs


def markup(text: str, face: str) -> str:
    """Paragraph markup for plain ``text`` whose base font is ``face``: escaped, with
    ``<font name=...>`` around runs the base face cannot print."""
    parts = []
    for run_face, run in split_runs(text, face):
        if run_face == face:
            parts.append(escape(run))
        else:
            parts.append(f'<font name="{run_face}">{escape(run)}</font>')
    return "".join(parts)


@dataclass(frozen=True)
class Piece:
    """One run of a laid-out line: drawn in ``face``; ``glyphs`` is the run's text, or a
    reportlab ShapedStr when HarfBuzz shaped it; ``width`` at 1 pt."""

    face: str
    glyphs: str
    width: float
    text: str | None = None  # what a reader copies, for a shaped run (see _draw_line)


@dataclass(frozen=True)
class Line:
    """One line of text as it is drawn: ``pieces`` in visual order (left to right), ``text``
    the NFC line in logical order, ``width`` at 1 pt, ``glyphs`` the number of glyphs drawn
    (letter-spacing is added after each)."""

    text: str
    pieces: tuple[Piece, ...]
    width: float
    glyphs: int


@lru_cache(maxsize=8192)
def layout(text: str, face: str, rtl: bool = False) -> Line:
    """Lay out one line of ``text`` whose base font is ``face``, in a paragraph running right
    to left if ``rtl``: split into font runs, each character given its bidi level, runs of one
    font and level ordered left to right (rule L2) and shaped by HarfBuzz in their direction
    when they need it. The result does not depend on the size: widths are at 1 pt."""
    text = nfc(text)
    faces = [run_face for run_face, run in split_runs(text, face) for _ in run]
    segments: list[tuple[str, int, list[str]]] = []
    for char, run_face, level in zip(text, faces, bidi_levels(text, rtl), strict=True):
        if segments and segments[-1][0] == run_face and segments[-1][1] == level:
            segments[-1][2].append(char)
        else:
            segments.append((run_face, level, [char]))
    pieces = []
    for index in visual_order([level for _, level, _ in segments]):
        run_face, level, chars = segments[index]
        run = "".join(chars)
        if level % 2 or needs_layout(run):
            shaped = shape(run, run_face, rtl=bool(level % 2))
            # Readers (poppler, pdf.js) take a page's text as laid out left to right and turn
            # right-to-left stretches back into logical order themselves: so the text of a
            # right-to-left run is given in the order its glyphs are seen.
            seen = run[::-1] if level % 2 else run
            pieces.append(Piece(run_face, shaped, shaped_width(shaped), seen))
        else:
            pieces.append(Piece(run_face, run, pdfmetrics.stringWidth(run, run_face, 1.0)))
    return Line(
        text=text,
        pieces=tuple(pieces),
        width=sum(p.width for p in pieces),
        glyphs=sum(len(p.glyphs) for p in pieces),
    )


def string_width(
    text: str, face: str, size: float, char_space: float = 0.0, rtl: bool = False
) -> float:
    """Width in points of ``text`` drawn with fallback runs at ``size``."""
    if needs_layout(nfc(text)):
        line = layout(text, face, rtl)
        return line.width * size + char_space * line.glyphs
    width = 0.0
    count = 0
    for run_face, run in split_runs(text, face):
        width += pdfmetrics.stringWidth(run, run_face, size)
        count += len(run)
    return width + char_space * count


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    face: str,
    size: float,
    align: str = "left",
    char_space: float = 0.0,
    rtl: bool = False,
) -> float:
    """Draw one line of ``text`` at baseline ``y``, aligned on ``x`` ("left", "centre" or
    "right"), switching fonts per run; returns the drawn width.

    A line in a right-to-left or complex script is laid out by :func:`layout` (``rtl``: the
    paragraph's base direction) and aligned on the width of the glyphs actually drawn.
    """
    text = nfc(text)
    if needs_layout(text):
        return _draw_line(canvas, x, y, layout(text, face, rtl), size, align, char_space)
    runs = split_runs(text, face)
    widths = [pdfmetrics.stringWidth(run, f, size) + char_space * len(run) for f, run in runs]
    total = sum(widths)
    if align == "centre":
        x -= total / 2
    elif align == "right":
        x -= total
    text_object = canvas.beginText(x, y)
    if char_space:
        text_object.setCharSpace(char_space)
    for run_face, run in runs:
        text_object.setFont(run_face, size)
        text_object.textOut(run)
    if char_space:
        # Letter-spacing is PDF text state that outlives this text object: reset it.
        text_object.setCharSpace(0)
    canvas.drawText(text_object)
    return total


def _draw_line(
    canvas: Canvas, x: float, y: float, line: Line, size: float, align: str, char_space: float
) -> float:
    total = line.width * size + char_space * line.glyphs
    if align == "centre":
        x -= total / 2
    elif align == "right":
        x -= total
    text_object = canvas.beginText(x, y)
    if char_space:
        text_object.setCharSpace(char_space)
    # reportlab has no API for marked content inside a text object; its code list is the one.
    code = text_object._code  # noqa: SLF001
    for piece in line.pieces:
        text_object.setFont(piece.face, size)
        if piece.text is None:
            text_object.textOut(piece.glyphs)
            continue
        code.append(actual_text(piece.text))
        text_object.textOut(piece.glyphs)
        code.append("EMC")
    if char_space:
        text_object.setCharSpace(0)
    canvas.drawText(text_object)
    return total
