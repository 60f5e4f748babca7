"""Exports: the edition's tables back out in the import columns (they import again unchanged)."""

from __future__ import annotations

from pathlib import Path

from wego_awards.db import Database
from wego_awards.errors import Refused
from wego_awards.io.writing import write_table
from wego_awards.services.edition import get_edition
from wego_awards.store import KINDS, NUMBERS, EditionStore, all_columns, in_edition


def export_kind(db: Database, kind: str, out: str | Path) -> int:
    """Write one kind to ``out`` (.csv or .xlsx); returns the number of rows written."""
    if kind not in KINDS:
        raise Refused(f"'{kind}' is not something to export; choose one of "
                      f"{', '.join(KINDS)}")
    columns = all_columns(kind)
    with db.read() as session:
        edition = get_edition(session)
        if kind == "scores":  # the bulk path: 500,000 rows
            table = EditionStore(session, edition).score_table()  # in the columns' order
        else:
            rows = EditionStore(session, edition).table_rows(kind)
            if kind == "applications":
                _write_attachments(session, edition, rows, Path(out).parent)
            table = [tuple(r[c] for c in columns) for r in rows]
    write_table(out, columns, table, sheet_title=kind, numbers=NUMBERS.get(kind, ()))
    return len(table)


def _write_attachments(session, edition, rows: list[dict[str, str]], folder: Path) -> None:
    """Put each application's document beside the export, as the import expects it."""
    from sqlalchemy import select

    from wego_awards.db.models import Application, Attachment

    blobs = dict(session.execute(
        select(Application.code, Attachment.content)
        .join(Attachment, Attachment.application_id == Application.id)
        .where(in_edition(Application, edition))).all())
    if not blobs:
        return
    (folder / "attachments").mkdir(parents=True, exist_ok=True)
    for r in rows:
        content = blobs.get(r["code"])
        if content is not None:
            rel = f"attachments/{_safe(r['code'])}.pdf"
            (folder / rel).write_bytes(content)
            r["attachment"] = rel


def _safe(code: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in code)
