"""Rounds and feedback letters through what the secretariat touches: Edition ▸ Rounds…, the add
and advance dialogs (the cut shown before anything moves, a tie left to the jury), and Results ▸
Feedback letters… (a letter previewed, then every letter written)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.gui.conftest import WAIT_MS, press, when_modal
from ui.letters import LettersDialog
from ui.rounds import AddRoundDialog, AdvanceDialog, RoundsDialog
from wego_awards.services import rounds
from wego_awards.services.edition import open_database

pytestmark = pytest.mark.gui


def _trigger(window, name: str) -> None:
    action = window.actions_by_name[name]
    assert action.isVisible() and action.isEnabled(), (name, action.toolTip())
    action.trigger()


def _modal(qtbot, kind, timeout: int = WAIT_MS):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=timeout)
    return QApplication.activeModalWidget()


def test_add_a_final_and_advance_the_top_two_showing_the_cut_first(qtbot, make_window,
                                                                  demo_path, tmp_path):
    window = make_window(demo_path, "applications")
    _trigger(window, "rounds")
    dialog = _modal(qtbot, RoundsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.table.item(0, 0).text() == "R1"
    assert not dialog.advance_button.isEnabled()  # no round after the open one yet

    def add(d) -> None:
        assert isinstance(d, AddRoundDialog)
        assert d.code.text() == "R2"
        assert not d.ok.isEnabled()  # a name first
        d.name.setText("Final")
        press(d, "Add the round")

    when_modal(add)
    dialog.add_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT_MS)
    assert [dialog.table.item(1, c).text() for c in (0, 1, 3)] == ["R2", "Final", "planned"]
    qtbot.waitUntil(dialog.advance_button.isEnabled, timeout=WAIT_MS)

    seen: dict[str, object] = {}

    def advance(d) -> None:
        assert isinstance(d, AdvanceDialog)
        assert not d.ok.isEnabled()  # nothing moves before the cut is shown
        d.top.setValue(2)
        press(d, "Show the cut")
        qtbot.waitUntil(lambda: d.plan is not None, timeout=WAIT_MS)
        seen["summary"] = d.summary.text()
        seen["rows"] = d.table.rowCount()
        seen["yes"] = sum(d.table.item(r, 4) is not None and d.table.item(r, 4).text() == "yes"
                          for r in range(d.table.rowCount()))
        seen["cuts"] = [d.table.item(r, 0).text() for r in range(d.table.rowCount())
                        if d.table.columnSpan(r, 0) > 1]
        # The line runs between the last that goes on and the first that stays.
        seen["around"] = [(d.table.item(r - 1, 4).text(), d.table.item(r + 1, 4).text())
                          for r in range(d.table.rowCount()) if d.table.columnSpan(r, 0) > 1]
        assert d.ok.isEnabled()
        press(d, "Advance")

    when_modal(advance)
    dialog.advance_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2
                    and dialog.table.item(1, 3).text() == "open", timeout=WAIT_MS)
    assert "12 applications go on to R2 · Final" in str(seen["summary"])
    assert seen["rows"] == 52 + 6 and seen["yes"] == 12
    assert len(seen["cuts"]) == 6 and "the cut" in seen["cuts"][0]
    assert seen["around"] == [("yes", "")] * 6
    assert dialog.table.item(1, 4).text() == "12"
    press(dialog, "Close")
    qtbot.waitUntil(lambda: "round R2 (Final), 2 of 2" in window.where.text(), timeout=WAIT_MS)
    with open_database(demo_path) as db:
        listed = rounds.list_rounds(db)
        assert [r.open for r in listed] == [False, True]
        assert listed[1].criteria == ("INNO", "IMPACT", "SUST", "INCL", "TRANS") or \
            len(listed[1].criteria) == len(listed[0].criteria)


def test_a_tie_at_the_cut_keeps_advance_off_until_the_jury_decides(qtbot, make_window,
                                                                  demo_path):
    with open_database(demo_path) as db:
        rounds.add_round(db, "R2", "Final")
        plan = rounds.plan_advance(db, "R2", top=1)
        eg = plan.categories[0]
        # The jury promotes the second of EG: no tie, and it goes on beside the first.
        second = eg.candidates[1].application
    window = make_window(demo_path, "applications")
    _trigger(window, "rounds")
    dialog = _modal(qtbot, RoundsDialog)
    qtbot.waitUntil(dialog.advance_button.isEnabled, timeout=WAIT_MS)

    def advance(d) -> None:
        d.top.setValue(1)
        press(d, "Show the cut")
        qtbot.waitUntil(lambda: d.plan is not None, timeout=WAIT_MS)
        row = next(r for r in range(d.table.rowCount()) if d.table.item(r, 1) is not None
                   and d.table.item(r, 1).text() == second)
        d.table.selectRow(row)
        assert d.promote_button.isEnabled()

        def reason(r) -> None:
            r.reason.setPlainText("the jury saw it at the site visit")
            press(r, "Promote")

        when_modal(reason)
        d.promote_button.click()
        qtbot.waitUntil(lambda: d.plan is not None and second in d.plan.going_on,
                        timeout=WAIT_MS)
        row = next(r for r in range(d.table.rowCount()) if d.table.item(r, 1) is not None
                   and d.table.item(r, 1).text() == second)
        assert d.table.item(row, 5).text() == "promoted"
        press(d, "Cancel")  # looked, decided one, moved nothing

    when_modal(advance)
    dialog.advance_button.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=WAIT_MS)
    press(dialog, "Close")
    with open_database(demo_path) as db:
        assert [r.open for r in rounds.list_rounds(db)] == [True, False]


def test_preview_a_letter_and_write_them_all(qtbot, make_window, demo_path, tmp_path,
                                            monkeypatch):
    out = tmp_path / "letters"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *_a, **_k: str(out)))
    window = make_window(demo_path, "applications")
    _trigger(window, "feedback-letters")
    dialog = _modal(qtbot, LettersDialog)
    qtbot.waitUntil(lambda: dialog.application.count() > 50, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "feedback-" in dialog.pane.label.text(), timeout=WAIT_MS)
    assert dialog.pane.embedded  # QtPdf renders the letter inside the dialog
    code = dialog.application.currentData()
    assert code in dialog.pane.label.text()

    seen: list[str] = []

    def answer() -> None:  # the notice comes up inside the job's answer: a timer answers it
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            timer.stop()
            seen.append(f"{box.windowTitle()}: {box.text()}")
            box.accept()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(25)
    dialog.write_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS * 4)  # 52 letters: a few seconds
    assert seen[0].startswith("Letters written")
    assert len(list(out.glob("feedback-*.pdf"))) == 52
    assert "52 letters written" in seen[0]
    press(dialog, "Close")


def test_a_screening_round_made_in_the_app_shows_its_votes_as_results(qtbot, make_window,
                                                                      tmp_path):
    """The first round made qualifying from Edition ▸ Rounds… (Edit the round…), the votes
    imported, and the Results view then lists each application's passes and fails."""
    from tests.conftest import DEMO
    from wego_awards.services import imports
    from wego_awards.services.edition import create_edition

    path = tmp_path / "screening.db"
    with open_database(path, create=True) as db:
        create_edition(db, "Screened Awards", 2026)
        for kind in ("applications", "judges"):
            imports.import_file(db, kind, DEMO / f"{kind}.csv")
    window = make_window(path, "applications")
    _trigger(window, "rounds")
    dialog = _modal(qtbot, RoundsDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT_MS)
    dialog.table.selectRow(0)

    def edit(d) -> None:
        d.name.setText("Screening")
        d.kind.setCurrentIndex(d.kind.findData("qualifying"))
        press(d, "Save the round")

    when_modal(edit)
    dialog.edit_button.click()
    qtbot.waitUntil(lambda: dialog.table.item(0, 2).text() == "qualifying", timeout=WAIT_MS)
    assert dialog.table.item(0, 1).text() == "Screening"
    assert dialog.table.item(0, 5).text() == "PASS"
    press(dialog, "Close")
    votes = tmp_path / "votes.csv"
    votes.write_text("judge,application,criterion,score\nJ1,EG-01,,pass\nJ2,EG-01,,fail\n"
                     "J3,EG-01,PASS,yes\nJ1,EG-02,,fail\n", encoding="utf-8")
    with open_database(path) as db:
        imports.import_file(db, "scores", votes)
    window.data_changed(None)
    window.show_view("results")
    page = window.results
    qtbot.waitUntil(lambda: page.votes is not None and page._loading == 0, timeout=WAIT_MS)
    assert page.votes_table.isVisible() and not page.table.isVisible()
    assert "qualifying round" in page.state.text()
    rows = {page.votes_model.index(r, 0).data(): (page.votes_model.index(r, 3).data(),
                                                  page.votes_model.index(r, 4).data())
            for r in range(page.votes_model.rowCount())}
    assert rows["EG-01"] == (2, 1) and rows["EG-02"] == (0, 1)
    # The screening over (criteria of the shortlist's own): the view follows the open round.
    crit = tmp_path / "crit.csv"
    crit.write_text("code,name,weight,min,max\nQ,Quality,1,0,10\n", encoding="utf-8")
    with open_database(path) as db:
        rounds.add_round(db, "R2", "Shortlist", criteria=crit)
        rounds.advance(db, "R2", passed=True)
    window.data_changed(None)
    qtbot.waitUntil(lambda: page._open_round == "R2" and page._loading == 0
                    and page.data is not None, timeout=WAIT_MS)
    assert page.votes is None and page.table.isVisible() and not page.votes_table.isVisible()
    qtbot.waitUntil(lambda: page.round.count() == 2, timeout=WAIT_MS)
    assert page.round.currentData() == ("R2", "scoring")
