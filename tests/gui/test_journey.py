"""One edition from its creation to its printed certificates, through the app alone.

The secretariat creates the edition, imports its files, writes the judges' packages; two judges
score in their packages with the keyboard and send them back; the secretariat merges the
returns, imports the other judges' scores, computes, records a jury's decision, finalizes and
exports the certificates and the report. Only the OS file pickers are stood in for; the core is
called only to read and check what the app did.
"""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
)

from tests.conftest import DEMO
from tests.gui.conftest import WAIT_MS, press
from ui.dialogs import NewEditionDialog, OverrideDialog
from ui.importer import ImportDialog
from ui.mainwindow import MainWindow
from wego_awards.services import audit, browse, decisions, results
from wego_awards.services.edition import open_database

pytestmark = pytest.mark.gui

SCORED_IN_PACKAGES = {"J1": 4, "J2": 3}  # applications each judge scores with the keyboard


class Answers:
    """Answers each new modal dialog (progress dialogs aside) with the next handler."""

    def __init__(self) -> None:
        self.handlers: list[Callable[[object], None]] = []
        self.texts: list[str] = []
        self._done: list[object] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def expect(self, *handlers: Callable[[object], None]) -> None:
        self.handlers.extend(handlers)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or isinstance(dialog, QProgressDialog) \
                or any(dialog is d for d in self._done) or not self.handlers:
            return  # (the import dialog, opened without blocking, is filled by the test)
        self._done.append(dialog)
        self.texts.append(dialog.text() if isinstance(dialog, QMessageBox)
                          else dialog.windowTitle())
        self.handlers.pop(0)(dialog)

    @property
    def finished(self) -> bool:
        return not self.handlers


@pytest.fixture
def answers():
    """The dialogs' answerer, stopped when the test ends (its timer never outlives it)."""
    answerer = Answers()
    yield answerer
    answerer.timer.stop()
    answerer.timer.timeout.disconnect()
    answerer.handlers.clear()
    answerer._done.clear()


class Pickers:
    """The OS file pickers: each call answers with the next path queued for its kind."""

    def __init__(self, monkeypatch) -> None:
        self.queued: dict[str, list[str]] = {"open": [], "save": [], "folder": []}
        for name, kind in (("getOpenFileName", "open"), ("getSaveFileName", "save"),
                           ("getExistingDirectory", "folder")):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._answer(kind)))

    def _answer(self, kind: str):
        def ask(*_args, **_kwargs):
            path = self.queued[kind].pop(0)
            return path if kind == "folder" else (path, "")
        return ask

    def will(self, kind: str, path: Path) -> None:
        self.queued[kind].append(str(path))


def trigger(window, name: str) -> None:
    action = window.actions_by_name[name]
    assert action.isVisible() and action.isEnabled(), (name, action.toolTip())
    action.trigger()


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def ready(window) -> bool:
    return window.info is not None and not window.opening and window.is_ready()


def new_window(qtbot, tmp_path: Path, name: str) -> MainWindow:
    window = MainWindow(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def import_through_the_dialog(qtbot, window, pickers: Pickers, path: Path) -> str:
    """File ▸ Import a file…, Choose… (the picker gives ``path``), Import; the status bar's
    report."""
    trigger(window, "import")
    dialog = next(d for d in window.findChildren(ImportDialog) if d.isVisible())
    pickers.will("open", path)
    press(dialog, "Choose")
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=WAIT_MS)
    press(dialog, "Import")
    qtbot.waitUntil(lambda: not dialog.isVisible() and ready(window), timeout=WAIT_MS)
    return window.statusBar().currentMessage()


def demo_scores() -> dict[tuple[str, str, str], str]:
    with open(DEMO / "scores.csv", encoding="utf-8", newline="") as f:
        return {(r["judge"], r["application"], r["criterion"]): r["score"]
                for r in csv.DictReader(f)}


def score_in_package(qtbot, tmp_path, pickers, answers, package: Path, judge: str,
                     how_many: int, scores: dict, passphrase: str) -> Path:
    """The judge opens their package with the passphrase the secretariat read out to them,
    scores ``how_many`` applications with the keyboard and sends the package back; the file
    they send."""
    window = new_window(qtbot, tmp_path, f"judge-{judge}")
    pickers.will("open", package)

    def type_passphrase(dialog) -> None:  # noqa: ANN001 - the QInputDialog
        assert "sealed package" in dialog.labelText()
        qtbot.keyClicks(dialog.findChild(QLineEdit), passphrase)
        press(dialog, "OK")

    answers.expect(type_passphrase)
    trigger(window, "open")
    qtbot.waitUntil(lambda: ready(window), timeout=WAIT_MS)
    assert window.current_view() == "scoring" and window.info.package_judge == judge
    activate(qtbot, window)
    page = window.scoring
    codes = list(page.form.rows)
    typed: dict[str, dict[str, float]] = {}
    for n in range(how_many):
        qtbot.waitUntil(lambda: page.is_ready() and page.application is not None
                        and isinstance(QApplication.focusWidget(), type(page.form.first_scale()))
                        and not page.saving, timeout=WAIT_MS)
        app = page.application
        typed[app] = {}
        for i, code in enumerate(codes):
            scale = QApplication.focusWidget()
            assert scale is page.form.rows[code].scale, (app, code)
            value = scores[(judge, app, code)]
            qtbot.keyClicks(scale, value)
            typed[app][code] = float(value)
            if i < len(codes) - 1:
                qtbot.keyClick(scale, Qt.Key.Key_Tab)
            elif n < how_many - 1:  # the next application
                qtbot.keyClick(scale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            else:
                qtbot.keyClick(scale, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.saving and page.status.text().startswith("✓"),
                    timeout=WAIT_MS)
    done, total = page.model.totals()
    assert done == how_many and total > how_many
    back = tmp_path / f"return-{judge}.db"
    answers.expect(lambda box: press(box, "Yes"),  # "send what you have now?"
                   lambda box: press(box, "OK"))  # "Ready to send"
    pickers.will("save", back)
    qtbot.keyClick(window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: answers.finished, timeout=WAIT_MS)
    assert str(back) in answers.texts[-1]
    assert not back.read_bytes().startswith(b"SQLite")  # sent sealed, as the package was
    with open_database(back, passphrase=passphrase) as db:  # it holds what was typed
        for app, given in typed.items():
            assert browse.judge_scores(db, judge, app).scores == given
    trigger(window, "quit")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    return back


def pdf_text(path: Path) -> str:
    """The words of a PDF, one space between them (a table cell wraps its lines)."""
    text = subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    return " ".join(text.split())


def test_an_edition_from_creation_to_certificates(qtbot, tmp_path, monkeypatch, answers):
    pickers = Pickers(monkeypatch)
    edition = tmp_path / "wego-2024.db"
    window = new_window(qtbot, tmp_path, "secretariat")

    # File ▸ New edition…
    def fill(dialog):
        assert isinstance(dialog, NewEditionDialog)
        qtbot.keyClicks(dialog.name, "5th WeGO Awards")
        dialog.year.selectAll()
        qtbot.keyClicks(dialog.year, "2024")
        qtbot.keyClicks(dialog.organisation, "World Smart Sustainable Cities Organization")
        assert dialog.wego.isChecked()
        dialog.path.selectAll()
        qtbot.keyClicks(dialog.path, str(edition))
        press(dialog, "Create")

    answers.expect(fill)
    trigger(window, "new-edition")
    qtbot.waitUntil(lambda: ready(window), timeout=WAIT_MS)
    assert window.info.name == "5th WeGO Awards" and window.info.year == 2024
    assert window.info.categories == 6 and window.current_view() == "applications"

    # The edition's files, each through File ▸ Import a file…
    for kind, count in (("criteria", "5"), ("applications", "52"), ("judges", "6")):
        said = import_through_the_dialog(qtbot, window, pickers, DEMO / f"{kind}.csv")
        assert count in said, said
    assert window.info.applications == 52 and window.info.judges == 6

    # Edition ▸ Export judge packages…
    folder = tmp_path / "packages"
    folder.mkdir()
    pickers.will("folder", folder)
    answers.expect(lambda box: press(box, "OK"))
    trigger(window, "export-packages")
    qtbot.waitUntil(lambda: answers.finished, timeout=WAIT_MS)
    assert "6 packages" in answers.texts[-1] and "passphrases.csv" in answers.texts[-1]
    assert sorted(p.name for p in folder.glob("*.db")) == [f"package-J{i}.db"
                                                          for i in range(1, 7)]
    with open(folder / "passphrases.csv", encoding="utf-8-sig", newline="") as f:
        phrases = {r["judge"]: r["passphrase"] for r in csv.DictReader(f)}

    # Two judges score in their packages with the keyboard and send them back; each types
    # the passphrase they were given (their machine has none set).
    monkeypatch.delenv("WEGO_AWARDS_PASSPHRASE")
    scores = demo_scores()
    returns = [score_in_package(qtbot, tmp_path, pickers, answers, folder / f"package-{j}.db",
                                j, n, scores, phrases[j]) for j, n in SCORED_IN_PACKAGES.items()]

    # The secretariat merges each return from the Progress view.
    activate(qtbot, window)
    trigger(window, "view-progress")
    qtbot.waitUntil(lambda: window.current_view() == "progress" and ready(window),
                    timeout=WAIT_MS)
    progress = window.pages["progress"]
    for back, (judge, n) in zip(returns, SCORED_IN_PACKAGES.items(), strict=True):
        pickers.will("open", back)
        answers.expect(lambda box: press(box, "OK"))
        qtbot.mouseClick(progress.merge_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: answers.finished and ready(window), timeout=WAIT_MS)
        assert judge in answers.texts[-1], answers.texts[-1]
        qtbot.waitUntil(lambda j=judge, n=n: next(r for r in progress.data["progress"]["judges"]
                                                  if r["code"] == j)["scored"] == n,
                        timeout=WAIT_MS)

    # The other judges' scores, from a file.
    others = tmp_path / "scores-J3-J6.csv"
    with open(DEMO / "scores.csv", encoding="utf-8", newline="") as f, \
            open(others, "w", encoding="utf-8", newline="") as out:
        reader = csv.DictReader(f)
        writer = csv.DictWriter(out, fieldnames=reader.fieldnames)
        writer.writeheader()
        writer.writerows(r for r in reader if r["judge"] not in SCORED_IN_PACKAGES)
    said = import_through_the_dialog(qtbot, window, pickers, others)
    assert "scores" in said, said

    # Results ▸ Compute (F5).
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    page = window.results
    qtbot.waitUntil(lambda: window.current_view() == "results" and page.is_ready(),
                    timeout=WAIT_MS)
    assert page.categories.count() == 6
    category = page.category()
    second = category.ranking[1]

    # Results ▸ Jury's decision…: gold to the second by the numbers.
    def decide(dialog):
        assert isinstance(dialog, OverrideDialog)
        dialog.award.setCurrentIndex(dialog.award.findData("gold"))
        dialog.application.setCurrentIndex(dialog.application.findData(second.application))
        qtbot.keyClicks(dialog.reason, "The jury visited both sites")
        press(dialog, "Record the decision")

    answers.expect(decide)
    trigger(window, "override")
    qtbot.waitUntil(lambda: answers.finished and page.is_ready()
                    and page.category().awards[0].override is not None, timeout=WAIT_MS)
    assert page.category().awards[0].application == second.application
    assert "The jury visited both sites" in page.cards[0].note.text()

    # Results ▸ Finalize…: what the jury should look at is said before the button.
    with open_database(edition) as db:
        preview = decisions.finalize_preview(db)
    asked: list[str] = []
    answers.expect(lambda box: (asked.append(box.text()), press(box, "Finalize")))
    trigger(window, "finalize")
    qtbot.waitUntil(lambda: answers.finished and page.is_ready() and page.data.finalized
                    and bool(window.info.finalized), timeout=WAIT_MS)
    assert "Finalizing locks the results" in asked[0]
    assert f"{preview.awards} awards" in asked[0] and preview.awards == 18
    assert ("Before you finalize" in asked[0]) == bool(preview.warnings)
    for warning in preview.warnings[:30]:
        assert warning in asked[0]
    assert not window.actions_by_name["finalize"].isEnabled()

    # The certificates' previews, then the exports.
    trigger(window, "view-certificates")
    certificates = window.certificates
    qtbot.waitUntil(lambda: window.current_view() == "certificates" and ready(window)
                    and certificates.files.count() > 0, timeout=WAIT_MS)
    assert certificates.files.count() == 19  # 18 awards and the file to print them all
    assert "DRAFT" not in certificates.status.text()

    out = tmp_path / "certificates"
    out.mkdir()
    pickers.will("folder", out)
    trigger(window, "export-certificates")
    qtbot.waitUntil(lambda: "written to" in certificates.status.text() and ready(window),
                    timeout=WAIT_MS)
    report = tmp_path / "report.pdf"
    pickers.will("save", report)
    answers.expect(lambda box: press(box, "OK"))
    trigger(window, "export-report")
    qtbot.waitUntil(lambda: answers.finished and ready(window), timeout=WAIT_MS)
    assert str(report) in answers.texts[-1]

    # What was printed, read back.
    with open_database(edition) as db:
        data = results.compute(db)
        assert audit.verify(db).ok, str(audit.verify(db))
    assert data.finalized
    gold = data.categories[0].awards[0]
    assert gold.application == second.application and gold.override
    pdfs = sorted(out.glob("**/*.pdf"))
    assert len(pdfs) >= 18
    printed = "\n".join(pdf_text(p) for p in pdfs)
    report_text = pdf_text(report)
    for c in data.categories:
        for award in c.awards:
            assert " ".join(award.city.split()) in printed, award.city
    assert gold.city in report_text and "The jury visited both sites" in report_text


def test_finalize_says_first_that_a_judge_has_not_scored(qtbot, make_window, demo_db,
                                                         demo_path, answers):
    from wego_awards.services import records

    records.save(demo_db, "judges", {"code": "J7", "name": "Ada Late"})  # set up: no scores
    window = make_window(demo_path, "results")
    answers.expect(lambda box: press(box, "Cancel"))
    trigger(window, "finalize")
    qtbot.waitUntil(lambda: answers.finished, timeout=WAIT_MS)
    assert "Finalizing locks the results" in answers.texts[0]
    assert "J7" in answers.texts[0]
