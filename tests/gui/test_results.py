"""The results view: the same numbers as results --json, and the jury's acts with reasons."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import WAIT_MS, press, when_modal
from ui.dialogs import OverrideDialog, ReasonDialog
from wego_awards.errors import Refused
from wego_awards.services import decisions, results
from wego_awards.services.edition import AWARD_NAMES, open_database

pytestmark = pytest.mark.gui


def _compute(path) -> results.Results:
    with open_database(path) as db:
        return results.compute(db)


def test_the_results_view_matches_results_json(qtbot, make_window, demo_path):
    window = make_window(demo_path, "results")
    page = window.results
    expected = _compute(demo_path)
    assert page.data == expected
    assert page.categories.count() == len(expected.categories)
    for i, cat in enumerate(expected.categories):
        page.categories.setCurrentRow(i)
        shown = page.ranking.rows()
        assert [r[:5] for r in shown] == [[r.rank, r.application, r.city, r.country,
                                           r.title] for r in cat.ranking]
        assert [r[5] for r in shown] == [r.score for r in cat.ranking]
        assert [r[6] for r in shown] == [r.raw_mean for r in cat.ranking]
        assert [r[9] for r in shown] == [AWARD_NAMES.get(r.award, "") if r.award else ""
                                         for r in cat.ranking]
        for card, award in zip(page.cards, cat.awards, strict=False):
            assert award.application in card.who.text()
            if award.confidence is not None:
                assert card.confidence.value() == round(award.confidence * 100)
    assert page.judges.rowCount() == len(expected.judges)


def test_the_override_dialog_needs_a_reason(qtbot, demo_db):
    category = results.compute(demo_db).categories[0]
    dialog = OverrideDialog(category, ["gold", "silver", "special_mention"])
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.reason.setPlainText("   ")
    assert not dialog.ok.isEnabled()  # blanks are no reason
    dialog.reason.setPlainText("The jury visited the site.")
    assert dialog.ok.isEnabled()
    with pytest.raises(Refused, match="reason"):  # and the core refuses one without, too
        decisions.set_override(demo_db, category.code, "gold",
                               category.ranking[1].application, "")


def test_an_override_made_in_the_app_is_recorded_with_its_reason(qtbot, make_window, demo_path,
                                                                 monkeypatch):
    window = make_window(demo_path, "results")
    page = window.results
    page.categories.setCurrentRow(0)
    second = page.category().ranking[1].application

    def accept(dialog):
        dialog.award.setCurrentIndex(dialog.award.findData("gold"))
        dialog.application.setCurrentIndex(dialog.application.findData(second))
        dialog.reason.setPlainText("The jury's site visit")
        return OverrideDialog.DialogCode.Accepted

    monkeypatch.setattr(OverrideDialog, "exec", accept)
    page.override()
    qtbot.waitUntil(lambda: page.is_ready() and page.category().awards[0].override
                    is not None, timeout=WAIT_MS)
    gold = page.category().awards[0]
    assert gold.application == second
    assert gold.override.reason == "The jury's site visit"
    assert "The jury's site visit" in page.cards[0].note.text()
    assert _compute(demo_path).categories[0].awards[0].application == second


def test_finalize_then_reopen_with_a_reason(qtbot, make_window, demo_path, monkeypatch):
    window = make_window(demo_path, "results")
    page = window.results
    asked = []

    def finalize(box):  # the flags are listed before the Yes
        asked.append(box.text())
        press(box, "Finalize")

    when_modal(finalize)
    window.actions_by_name["finalize"].trigger()
    qtbot.waitUntil(lambda: page.is_ready() and page.data.finalized, timeout=WAIT_MS)
    assert "18 awards" in asked[0]  # what it locks is said before the Yes
    qtbot.waitUntil(lambda: bool(window.info.finalized), timeout=WAIT_MS)
    assert not page.finalize_button.isEnabled() and page.reopen_button.isEnabled()

    def give_reason(dialog):
        assert not dialog.ok.isEnabled()  # no reason yet: cannot reopen
        dialog.reason.setPlainText("A late score came in")
        return ReasonDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", give_reason)
    page.reopen()
    qtbot.waitUntil(lambda: page.is_ready() and not page.data.finalized, timeout=WAIT_MS)
    assert not _compute(demo_path).finalized


def test_export_results_writes_the_workbook(qtbot, make_window, demo_path, tmp_path,
                                            monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = make_window(demo_path, "results")
    out = tmp_path / "results.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    window.results.export()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    text = out.read_text(encoding="utf-8")
    assert "EG-03" in text and "São Paulo" in text


def test_the_results_say_what_the_confidence_means_and_the_spreads(qtbot, make_window,
                                                                    demo_path):
    window = make_window(demo_path, "results")
    page = window.results
    data = page.data
    assert data.model and data.confidence_means
    text = page.method_text.text()
    assert f"{data.model.offset_sd:.2f}" in text and "shrinkage" in text
    assert "chance" in text  # "the chance this is the right award, given the scores"
    card = page.cards[0]
    assert card.toolTip() == data.categories[page.categories.currentRow()].awards[0].confidence_note
    assert "adjusted" in page.state.text()
