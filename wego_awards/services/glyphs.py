"""Characters no shipped font can print: named when a file is imported, refused on certificates.

The PDFs draw only the fonts shipped in ``resources/fonts`` (see its README), which cover Latin,
Greek, Cyrillic, Arabic (Persian, Urdu), Devanagari, Thai, Lao, Myanmar, Ethiopic, Sinhala,
Hangul and Han. A character outside them would print as an empty box. An import still takes it
(the data is right, only the paper cannot show it) but its report carries a WARNING note naming
the file, row, column and characters; certificates refuse to print it unless the person says to
go on (``paper.write_certificates(..., allow_missing_glyphs=True)``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the certificates read no tables: they never load pandas through here
    from wego_awards.io.tables import Table

MAX_NOTES = 20  # cells named one by one; the rest are counted

WARNING = "WARNING"


def describe(chars: Iterable[str]) -> str:
    """Characters as a person can identify them: "'𓀀' (U+13000 EGYPTIAN HIEROGLYPH A001)"."""
    return ", ".join(
        f"'{c}' (U+{ord(c):04X}{' ' + unicodedata.name(c, '') if unicodedata.name(c, '') else ''})"
        for c in chars
    )


def _faces() -> tuple[str, ...]:
    from wego_awards.pdf.fonts import sans_family, serif_family

    serif, sans = serif_family(), sans_family()
    return (serif.regular, serif.bold, sans.regular)


def missing_characters(text: str, faces: Sequence[str] | None = None) -> str:
    """The distinct characters of ``text`` that the shipped fonts (or ``faces``, registered
    reportlab font names, with their fallbacks) cannot draw; "" when every one prints."""
    if text.isascii():
        return ""
    from wego_awards.pdf.fonts import missing_in_faces

    return missing_in_faces(text, faces if faces is not None else _faces())


def table_notes(table: Table) -> list[str]:
    """A WARNING note per cell of ``table`` holding characters no shipped font draws, e.g.
    "WARNING: applications.csv row 4, column city: no shipped font draws '𓀀' (U+13000 ...)"."""
    from wego_awards.io.tables import ROW

    frame = table.frame
    faces = _faces()
    notes: list[str] = []
    unshown = 0
    columns = [c for c in frame.columns if c != ROW and frame[c].dtype == object]
    rows = frame[ROW].tolist() if ROW in frame.columns else list(range(1, len(frame) + 1))
    for column in columns:
        for row, value in zip(rows, frame[column].tolist(), strict=True):
            if not isinstance(value, str) or value.isascii():
                continue
            missing = missing_characters(value, faces)
            if not missing:
                continue
            if len(notes) >= MAX_NOTES:
                unshown += 1
                continue
            notes.append(
                f"{WARNING}: {table.name} row {row}, column {column}: no font shipped for the "
                f"certificates and the report draws {describe(missing)}; it is imported, but "
                "certificates that print it are refused unless you choose to print anyway "
                "(the character shows as an empty box)"
            )
    if unshown:
        notes.append(
            f"{WARNING}: {table.name}: {unshown} more cells hold characters no shipped font draws"
        )
    return notes


def noting_missing_glyphs(planners: dict[str, Callable[..., Any]]) -> dict[str, Callable[..., Any]]:
    """The import's planners, each adding :func:`table_notes` to its plan's report (so a
    preview and an import both name the characters); scores files hold numbers and codes
    and are left as they are."""

    def noting(planner: Callable[..., Any]) -> Callable[..., Any]:
        def planned(session: Any, edition: Any, table: Table) -> Any:
            plan = planner(session, edition, table)
            plan.report.notes.extend(table_notes(table))
            return plan

        planned.__doc__ = planner.__doc__
        return planned

    return {kind: p if kind == "scores" else noting(p) for kind, p in planners.items()}


def certificate_problems(certs: Sequence[Any], template: Any) -> list[str]:
    """For each certificate field holding characters the template's fonts cannot draw, one
    line naming the application, the field and the characters."""
    from wego_awards.pdf.certificate import missing_glyphs

    return [
        f"{cert.application} ({cert.award.replace('_', ' ')}), {field}: {describe(chars)}"
        for cert in certs
        for field, chars in missing_glyphs(cert, template)
    ]
