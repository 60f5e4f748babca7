"""Shared fixtures: a database file per test, copied from one migrated template."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every act the tests record is the tester's, whoever runs them (a WEGO_AWARDS_USER left in the
# shell made the history name someone else and an assertion on "by" fail).
os.environ["WEGO_AWARDS_USER"] = "tester"
# Nor does a fixed clock or a default edition left in the shell reach them (a command run
# without --db would otherwise write into the person's own edition).
for _name in ("WEGO_AWARDS_NOW", "WEGO_AWARDS_DB"):
    os.environ.pop(_name, None)
# The results cache of the session's own fixtures; each test has one of its own (below).
os.environ.setdefault("WEGO_AWARDS_CACHE", tempfile.mkdtemp(prefix="wego-results-cache-"))

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo"


# Judges' packages in the tests are sealed with this passphrase, and every test runs with it in
# WEGO_AWARDS_PASSPHRASE, as a judge's command line would (the app's own prompt is tested with it
# taken away: tests/gui/test_packages_gui.py).
PACKAGE_PASSPHRASE = "orbit quartz lantern meadow fiddle"


@pytest.fixture(autouse=True)
def _judge_passphrase(monkeypatch):
    monkeypatch.setenv("WEGO_AWARDS_PASSPHRASE", PACKAGE_PASSPHRASE)


@pytest.fixture(autouse=True)
def results_cache(monkeypatch, tmp_path_factory) -> Path:
    """The results cache's folder of this test alone (no test reads another's results), made
    when first written; apart from ``tmp_path``, which tests check for what a command wrote."""
    folder = tmp_path_factory.mktemp("results-cache", numbered=True) / "results"
    monkeypatch.setenv("WEGO_AWARDS_CACHE", str(folder))
    return folder


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """An empty database migrated to head, made once per test session."""
    from wego_awards.services.edition import open_database

    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(path, create=True).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo edition built (not finalized) once per test session."""
    from wego_awards.demo import build_demo
    from wego_awards.services.edition import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with open_database(path, create=True) as db:
        build_demo(db)
    return path


def _copy(src: Path, dst: Path) -> Path:
    """Copy a SQLite file consistently (its WAL may hold committed pages)."""
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()
    return dst


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    return _copy(template_db, tmp_path / "edition.db")


@pytest.fixture
def db(db_path) -> Iterator:
    from wego_awards.services.edition import open_database

    with open_database(db_path) as database:
        yield database


@pytest.fixture
def edition_db(db):
    """A database holding an empty edition with the six WeGO categories."""
    from wego_awards.services.edition import create_edition

    create_edition(db, "Test Awards", 2024)
    return db


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    return _copy(demo_template, tmp_path / "demo.db")


@pytest.fixture
def demo_db(demo_path) -> Iterator:
    from wego_awards.services.edition import open_database

    with open_database(demo_path) as database:
        yield database


@pytest.fixture
def score_reads(monkeypatch) -> list[int]:
    """Counts the reads of every score (``results.load_scores``): the results and the panel's
    totals are computed from them, and a test holds how often they are read."""
    from wego_awards.services import results

    reads: list[int] = []
    real = results.load_scores

    def counted(store):  # noqa: ANN001, ANN202
        reads.append(1)
        return real(store)

    monkeypatch.setattr(results, "load_scores", counted)
    return reads


@pytest.fixture
def demo_files(tmp_path) -> Path:
    """A writable copy of the demo's data files (to spoil in tests)."""
    dst = tmp_path / "files"
    shutil.copytree(DEMO, dst)
    return dst


def fingerprint(path: Path) -> str:
    """Everything a database file holds, as text: equal before and after means unchanged (a
    judge's sealed package is read with the tests' passphrase)."""
    from wego_awards.db import sealed

    salt = sealed.salt_of(path)
    if salt is not None:
        conn = sealed.sqlcipher_module().connect(str(path))
        conn.execute(sealed.key_pragma(sealed.derive_key(PACKAGE_PASSPHRASE, salt), salt))
        try:  # (SQLCipher's module has no iterdump: the schema, then every table's rows)
            schema = conn.execute("SELECT type, name, sql FROM sqlite_master "
                                  "ORDER BY type, name").fetchall()
            lines = [repr(row) for row in schema]
            for kind, name, _ in schema:
                if kind == "table":
                    lines += [repr(r) for r in conn.execute(f'SELECT * FROM "{name}"')]
            return "\n".join(lines)
        finally:
            conn.close()
    with sqlite3.connect(path) as conn:
        return "\n".join(conn.iterdump())


# What to install for each kind of skipped test: one line per group at the end of the run.
INSTALL_HINTS = {
    "poppler": "apt-get install poppler-utils (pdftotext, pdffonts, pdftoppm read PDFs back)",
    "pdftotext": "apt-get install poppler-utils (pdftotext, pdffonts, pdftoppm read PDFs back)",
    "postgres": "apt-get install postgresql (the tests start their own server)",
    "PySide6": "pip install -e '.[gui]' (the desktop app's tests)",
}


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    """Skipped tests grouped by what would let them run, each with the install command."""
    groups: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        reason = str(report.longrepr[2]) if isinstance(report.longrepr, tuple) else ""
        hint = next((h for key, h in INSTALL_HINTS.items() if key.lower() in reason.lower()),
                    None)
        what = hint or f"skipped: {reason.removeprefix('Skipped: ')}"
        groups[what] = groups.get(what, 0) + 1
    if not groups:
        return
    terminalreporter.section("skipped tests, and what would run them")
    for what, n in sorted(groups.items(), key=lambda kv: -kv[1]):
        terminalreporter.write_line(f"{n:4d} test{'s' if n != 1 else ' '}  {what}")
