"""Fonts for every PDF: shipped TrueType files, registered once, with per-character fallback.

reportlab draws a string in one font, and no single shipped font covers Latin, Cyrillic, Greek,
Hangul and CJK. So text is split into runs by which font has the glyph (the primary face first,
then Nanum Myeongjo for Hangul, then Droid Sans Fallback for CJK), and each run is drawn or
marked up in its own font. All text is NFC-normalised first, so "São" typed as "Sa" + combining
tilde prints as the precomposed glyph the font has.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from ..resources import resources_root

# reportlab 5 ships no C accelerator, and its pure-Python ASCII85 encoder took two thirds of the
# time of a certificate batch. Binary (Flate-only) streams are equally valid PDF, and smaller.
# Every PDF module imports this one, so the setting is in force whenever we write a PDF.
rl_config.useA85 = 0

# A source checkout, an installed wheel and a PyInstaller bundle keep these in different places.
RESOURCES_DIR = resources_root()
FONTS_DIR = RESOURCES_DIR / "fonts"

# Fallbacks per weight; italic text falls back to the upright face (no italic Hangul/CJK).
_FALLBACK_FILES: dict[str, tuple[str, ...]] = {
    "regular": ("NanumMyeongjo.ttf", "DroidSansFallbackFull.ttf"),
    "bold": ("NanumMyeongjoBold.ttf", "DroidSansFallbackFull.ttf"),
}

_lock = threading.RLock()
_face_by_path: dict[Path, str] = {}
_chains: dict[str, tuple[str, ...]] = {}
_cmaps: dict[str, dict[int, int]] = {}


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
        face = _face_by_path.get(path)
        if face is not None:
            return face
        face = path.stem
        taken = set(_face_by_path.values())
        suffix = 2
        while face in taken:
            face = f"{path.stem}-{suffix}"
            suffix += 1
        try:
            font = TTFont(face, str(path))
        except (TTFError, OSError) as exc:
            # reportlab refuses CFF-outline .otf files here, with a terse message.
            raise FontError(f"'{path}' is not a usable TrueType font: {exc}") from exc
        pdfmetrics.registerFont(font)
        _cmaps[face] = font.face.charToGlyph
        _face_by_path[path] = face
        return face


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
            weight: tuple(register_font(find_font_file(f)) for f in files)
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
        if char.isspace() and stretches and not stretches[-1][0]:
            covered = False  # keep "고양 시" in one fallback run
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
        whole = next((f for f in chain[1:] if all(ord(c) in _cmaps[f] for c in body)), None)
        if whole is not None:
            add(whole, body)
        else:
            for char in body:
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


def string_width(text: str, face: str, size: float, char_space: float = 0.0) -> float:
    """Width in points of ``text`` drawn with fallback runs at ``size``."""
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
) -> float:
    """Draw one line of ``text`` at baseline ``y``, aligned on ``x`` ("left", "centre" or
    "right"), switching fonts per run; returns the drawn width."""
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
