"""Benchmark: the app showing the 20,000-application table against bare PySide6, in one run.

The app's side: the main window opens the edition file (a large edition made with
``large_edition.py`` and imported through the services), lists the application ids in the
database worker, fetches the first page of rows and paints the table. The bare side: read the
same applications from their CSV file with the csv module into a minimal QAbstractTableModel and
paint a QTableView. Both are timed from nothing on screen to the first rows painted, in the same
process and QApplication, alternately, and the medians compared (target: at most 3x).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--apps 20000]
        [--rounds 5] [--keep DIR] [--scores]

``--scores`` also imports the 500,000 score rows (slower to build; the table then shows how
many judges scored each application from real data).
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

from benchmarks.large_edition import make  # noqa: E402


class CsvModel(QAbstractTableModel):
    """The least a table model can be: a list of rows read from the CSV."""

    def __init__(self, header: list[str], rows: list[list[str]]) -> None:
        super().__init__()
        self.header, self.rows = header, rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.header)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN201
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header[section]
        return None


def build(folder: Path, apps: int, scores: bool) -> tuple[Path, Path]:
    """The edition file and the applications CSV (made once per folder)."""
    from wego_awards.services import imports
    from wego_awards.services.edition import create_edition, open_database

    db_path = folder / "large.db"
    files = folder / "files"
    csv_path = files / "applications.csv"
    if db_path.exists() and csv_path.exists():
        return db_path, csv_path
    t = time.perf_counter()
    make(files, apps=apps)
    kinds = ["criteria", "applications", "judges", "assignments"] + (["scores"] if scores
                                                                      else [])
    with open_database(db_path, create=True) as db:
        create_edition(db, "Large edition", 2024)
        for kind in kinds:
            imports.import_file(db, kind, files / f"{kind}.csv")
    print(f"built the edition ({', '.join(kinds)}) in {time.perf_counter() - t:.1f} s")
    return db_path, csv_path


def time_app(app: QApplication, db_path: Path, settings_file: Path) -> float:
    """Seconds from no window to the app's applications table painted with its first rows."""
    from ui.mainwindow import MainWindow

    t0 = time.perf_counter()
    window = MainWindow(QSettings(str(settings_file), QSettings.Format.IniFormat),
                        remember=False)
    window.resize(1280, 800)
    window.show()
    window.open_path(str(db_path), "applications")
    page = window.page("applications")
    while not (window.current_view() == "applications" and window.is_ready()
               and page.model.rowCount()):
        app.processEvents()
        time.sleep(0.0005)
    page.view.viewport().repaint()
    elapsed = time.perf_counter() - t0
    rows = page.model.rowCount()
    first = page.model.data(page.model.index(0, 0))
    window.close()
    app.processEvents()
    assert first is not None and rows > 0, "the table was not filled"
    return elapsed


def time_bare(app: QApplication, csv_path: Path) -> float:
    """Seconds from no window to a bare QTableView painted with the CSV's rows."""
    t0 = time.perf_counter()
    with open(csv_path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    window = QMainWindow()
    view = QTableView()
    view.setModel(CsvModel(header, rows))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    view.viewport().repaint()
    elapsed = time.perf_counter() - t0
    window.close()
    app.processEvents()
    return elapsed


def time_scroll(app: QApplication, db_path: Path, settings_file: Path) -> float:
    """Seconds to jump to the last application and see its row (a page fetched lazily)."""
    from ui.mainwindow import MainWindow

    window = MainWindow(QSettings(str(settings_file), QSettings.Format.IniFormat),
                        remember=False)
    window.resize(1280, 800)
    window.show()
    window.open_path(str(db_path), "applications")
    page = window.page("applications")
    while not (window.is_ready() and page.model.rowCount()):
        app.processEvents()
    model = page.model
    last = model.rowCount() - 1
    t0 = time.perf_counter()
    page.view.scrollToBottom()
    page.view.viewport().repaint()
    while model.data(model.index(last, 0)) is None:
        app.processEvents()
        time.sleep(0.0005)
    page.view.viewport().repaint()
    elapsed = time.perf_counter() - t0
    window.close()
    app.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--apps", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the edition here and reuse it")
    parser.add_argument("--scores", action="store_true", help="import the score rows too")
    args = parser.parse_args()
    from ui.app import _application

    app = _application()
    tmp = tempfile.TemporaryDirectory()
    folder = args.keep or Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    db_path, csv_path = build(folder, args.apps, args.scores)
    settings_file = Path(tmp.name) / "settings.ini"
    time_bare(app, csv_path)  # warm up Qt's fonts and styles for both sides
    time_app(app, db_path, settings_file)
    ours, bare = [], []
    for _ in range(args.rounds):
        bare.append(time_bare(app, csv_path))
        ours.append(time_app(app, db_path, settings_file))
    scroll = time_scroll(app, db_path, settings_file)
    o, b = statistics.median(ours), statistics.median(bare)
    print(f"{args.apps:,} applications, median of {args.rounds} rounds")
    print(f"  bare PySide6 (CSV -> QTableView):      {b * 1000:8.1f} ms")
    print(f"  the app (edition file -> lazy table):  {o * 1000:8.1f} ms")
    print(f"  ratio: {o / b:.2f}x (target <= 3x)")
    print(f"  jump to the last row (lazy fetch):     {scroll * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
