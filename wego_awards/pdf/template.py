"""Certificate templates: a TOML file a secretariat officer edits without code.

The file names the logo, signatories with their signature images, the colour of each award,
the wording, the fonts and the page frame. Paths are relative to the file. Every key is
required except the few marked optional in the default template, and an unknown key is refused,
so a typo is reported instead of silently ignored.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader

from .fonts import (
    RESOURCES_DIR,
    FontError,
    FontFamily,
    find_font_file,
    register_family,
    register_font,
)

DEFAULT_TEMPLATE = RESOURCES_DIR / "templates" / "default" / "certificate.toml"

AWARDS = ("gold", "silver", "special_mention", "participation")
COLOUR_KEYS = (*AWARDS, "text", "muted", "frame", "background")
FONT_KEYS = ("regular", "bold", "italic", "bold_italic")
FRAME_STYLES = ("double", "single", "none")
# Placeholders the wording may use; each is filled from the certificate being printed.
PLACEHOLDERS = (
    "organisation",
    "edition",
    "year",
    "award",
    "category",
    "city",
    "country",
    "title",
    "application",
    "date",
    "code",
    "ceremony_place",
)
WORDING_KEYS = (
    "organisation",
    "edition",
    "category",
    "presented_to",
    "place",
    "project_intro",
    "participation_intro",
    "date",
    "code",
    "verify",
    "draft",
)
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")
MAX_SIGNATORIES = 3
MAX_MARGIN_MM = 25  # beyond this the certificate's text no longer fits inside the frame


class TemplateError(ValueError):
    """A certificate template is unreadable or has a wrong value; the message names the file,
    the key and the value."""


@dataclass(frozen=True)
class Signatory:
    """A person signing the certificate; ``signature`` is an image file or None."""

    name: str
    title: str
    signature: Path | None


@dataclass(frozen=True)
class Template:
    """A validated certificate template (see resources/templates/default/certificate.toml)."""

    path: Path
    logo: Path | None
    signatories: tuple[Signatory, ...]
    colours: dict[str, str]
    wording: dict[str, str]
    award_labels: dict[str, str]
    fonts: FontFamily
    margin_mm: float
    frame: str
    # [wording.ko], [wording.ko.awards]...: another language's words over the built-in ones
    # (pdf/wording.py); only the keys the template gives.
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    award_translations: dict[str, dict[str, str]] = field(default_factory=dict)


class _Reader:
    """Walks the parsed TOML, turning every wrong value into a TemplateError."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name

    def fail(self, message: str) -> TemplateError:
        return TemplateError(f"{self.name}: {message}")

    def table(self, data: dict[str, Any], key: str, known: tuple[str, ...]) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            raise self.fail(f"[{key}] is missing")
        if not isinstance(value, dict):
            raise self.fail(f"{key} must be a table [{key}], not {value!r}")
        self.no_unknown(value, known, f"{key}.")
        return value

    def no_unknown(self, data: dict[str, Any], known: tuple[str, ...], prefix: str = "") -> None:
        for key in data:
            if key not in known:
                raise self.fail(
                    f"unknown key {prefix}{key}; known: {', '.join(prefix + k for k in known)}"
                )

    def text(self, data: dict[str, Any], key: str, where: str, optional: bool = False) -> str:
        value = data.get(key)
        if value is None and optional:
            return ""
        if value is None:
            raise self.fail(f"{where} is missing")
        if not isinstance(value, str):
            raise self.fail(f"{where} {value!r} is not text (put it in quotes)")
        return value

    def file(
        self, data: dict[str, Any], key: str, where: str, optional: bool = False
    ) -> Path | None:
        value = self.text(data, key, where, optional)
        if not value:
            return None
        path = (self.path.parent / value).resolve()
        if not path.is_file():
            raise self.fail(f"{where} '{value}' not found: no file {path}")
        try:
            ImageReader(str(path)).getSize()
        except Exception as exc:  # noqa: BLE001 -- PIL raises many types for a bad image
            raise self.fail(f"{where} '{value}' is not a readable image ({path}): {exc}") from exc
        return path

    def colour(self, data: dict[str, Any], key: str) -> str:
        value = self.text(data, key, f"colours.{key}")
        if not _HEX.fullmatch(value):
            raise self.fail(f"colours.{key} '{value}' is not a colour like #C9A227")
        return value.upper()

    def wording_text(self, data: dict[str, Any], key: str, where: str) -> str:
        value = self.text(data, key, where)
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(value) if f is not None]
        except ValueError as exc:
            raise self.fail(
                f"{where} '{value}' is not valid wording ({exc}); write {{{{ and }}}} for braces"
            ) from exc
        for field_name in fields:
            if field_name not in PLACEHOLDERS:
                raise self.fail(
                    f"{where} '{value}' uses unknown placeholder {{{field_name}}}; known: "
                    + ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
                )
        return value


def load_template(path: Path | None = None) -> Template:
    """Read and validate a certificate template; ``None`` loads the shipped default.

    Raises TemplateError naming the file, the key and the wrong value, e.g.
    "certificate.toml: colours.gold '#12345G' is not a colour like #C9A227".
    """
    path = Path(path) if path is not None else DEFAULT_TEMPLATE
    reader = _Reader(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateError(f"{path.name}: cannot read {path}: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise reader.fail(f"is not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        raise reader.fail(f"is not valid TOML: {exc}") from exc
    reader.no_unknown(data, ("logo", "page", "fonts", "colours", "wording", "signatories"))

    logo = reader.file(data, "logo", "logo", optional=True)

    page = reader.table(data, "page", ("margin_mm", "frame"))
    margin = page.get("margin_mm")
    if (
        isinstance(margin, bool)
        or not isinstance(margin, int | float)
        or not 0 <= margin <= MAX_MARGIN_MM
    ):
        raise reader.fail(
            f"page.margin_mm {margin!r} is not a number of millimetres from 0 to {MAX_MARGIN_MM}"
        )
    frame = reader.text(page, "frame", "page.frame")
    if frame not in FRAME_STYLES:
        raise reader.fail(f"page.frame '{frame}' is not one of {', '.join(FRAME_STYLES)}")

    fonts_table = reader.table(data, "fonts", FONT_KEYS)
    font_files = []
    for key in FONT_KEYS:
        value = reader.text(fonts_table, key, f"fonts.{key}")
        try:
            font_file = find_font_file(value, path.parent)
            register_font(font_file)  # checks it is a TrueType-outline font
        except FontError as exc:
            raise reader.fail(f"fonts.{key} '{value}': {exc}") from exc
        font_files.append(font_file)
    family = register_family(*font_files)

    colours_table = reader.table(data, "colours", COLOUR_KEYS)
    colours = {key: reader.colour(colours_table, key) for key in COLOUR_KEYS}

    from .wording import LANGUAGES

    others = tuple(lang for lang in LANGUAGES if lang != "en")
    wording_table = reader.table(data, "wording", (*WORDING_KEYS, "awards", *others))
    wording = {
        key: reader.wording_text(wording_table, key, f"wording.{key}") for key in WORDING_KEYS
    }
    translations: dict[str, dict[str, str]] = {}
    award_translations: dict[str, dict[str, str]] = {}
    for lang in others:
        if lang not in wording_table:
            continue
        own = reader.table(wording_table, lang, (*WORDING_KEYS, "awards"))
        translations[lang] = {key: reader.wording_text(own, key, f"wording.{lang}.{key}")
                              for key in WORDING_KEYS if key in own}
        if "awards" in own:
            names = reader.table(own, "awards", AWARDS)
            award_translations[lang] = {
                key: reader.wording_text(names, key, f"wording.{lang}.awards.{key}")
                for key in AWARDS if key in names}
    if "awards" not in wording_table:
        raise reader.fail("[wording.awards] is missing")
    labels_table = reader.table(wording_table, "awards", AWARDS)
    award_labels = {
        key: reader.wording_text(labels_table, key, f"wording.awards.{key}") for key in AWARDS
    }

    signatories_raw = data.get("signatories", [])
    if not isinstance(signatories_raw, list) or not all(
        isinstance(s, dict) for s in signatories_raw
    ):
        raise reader.fail("signatories must be [[signatories]] tables")
    if len(signatories_raw) > MAX_SIGNATORIES:
        raise reader.fail(
            f"signatories: {len(signatories_raw)} given, a certificate has room for "
            f"at most {MAX_SIGNATORIES}"
        )
    signatories = []
    for number, entry in enumerate(signatories_raw, start=1):
        where = f"signatories[{number}]"
        reader.no_unknown(entry, ("name", "title", "signature"), f"{where}.")
        signatories.append(
            Signatory(
                name=reader.text(entry, "name", f"{where}.name"),
                title=reader.text(entry, "title", f"{where}.title", optional=True),
                signature=reader.file(entry, "signature", f"{where}.signature", optional=True),
            )
        )

    return Template(
        path=path.resolve(),
        logo=logo,
        signatories=tuple(signatories),
        colours=colours,
        wording=wording,
        award_labels=award_labels,
        fonts=family,
        margin_mm=float(margin),
        frame=frame,
        translations=translations,
        award_translations=award_translations,
    )
