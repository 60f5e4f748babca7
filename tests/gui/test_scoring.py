"""The judge's view: scoring with the keyboard, each change saved at once, conflicts hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PACKAGE_PASSPHRASE
from tests.gui.conftest import WAIT_MS
from wego_awards.services import browse, decisions, packages, records
from wego_awards.services.edition import open_database

pytestmark = pytest.mark.gui


def _saved(page) -> bool:
    return not page.saving and page.status.text().startswith("✓ All changes saved")


def _scores(path, judge: str, app: str) -> browse.JudgeScores:
    with open_database(path) as db:
        return browse.judge_scores(db, judge, app)


def _open_scoring(qtbot, make_window, path, judge, app):
    window = make_window(path, "scoring", judge=judge)
    window.activateWindow()
    page = window.scoring
    qtbot.waitUntil(lambda: page.application is not None and page.is_ready(), timeout=WAIT_MS)
    page.select(app)
    qtbot.waitUntil(lambda: page.application == app and page.is_ready(), timeout=WAIT_MS)
    return window, page


def choose_judge(qtbot, page, code: str) -> None:
    """The person picks the judge in the list by typing the start of its entry ("J1 · …")."""
    from PySide6.QtWidgets import QApplication

    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new search, not the last one's
    page.judge_combo.setFocus()
    qtbot.keyClicks(page.judge_combo, f"{code} ")
    qtbot.waitUntil(lambda: page.judge == code and page.is_ready(), timeout=WAIT_MS)


def test_a_categorys_count_is_never_cut_in_the_scored_column(qtbot, make_window, demo_path,
                                                               tmp_path):
    """ "9 of 159" in bold was cut to "9 o…" by a column of fixed width."""
    import csv

    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtGui import QFont, QFontMetrics

    from wego_awards.services import imports

    extra = tmp_path / "more.csv"
    with open(extra, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "category", "city", "country", "title"])
        w.writerows([f"EG-{i}", "EG", "Suwon", "South Korea", f"Project {i}"]
                    for i in range(100, 250))
    with open_database(demo_path) as db:
        imports.import_file(db, "applications", extra)
    window = make_window(demo_path, "scoring")
    page = window.scoring
    choose_judge(qtbot, page, "J3")
    bold = QFont(page.tree.font())
    bold.setBold(True)
    texts = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert "9 of 159" in texts, texts  # EG: the demo's 9 and the 150 just imported
    need = max(QFontMetrics(bold).horizontalAdvance(t) for t in texts)
    assert page.tree.header().sectionSize(1) >= need + 8
    assert page.model.headerData(1, _Qt.Orientation.Horizontal)


def test_a_judge_without_applications_never_shows_the_last_judges_chart(qtbot, make_window,
                                                                        demo_path):
    with open_database(demo_path) as db:  # the first assignment: J1 has one, J2 none yet
        records.save(db, "assignments", {"judge": "J1", "application": "EG-01"})
        j2_totals = list(browse.score_distributions(db, "J2").own)  # from the scores J2 gave before
    window = make_window(demo_path, "scoring")
    page = window.scoring
    choose_judge(qtbot, page, "J1")
    first = list(page.chart.own)
    assert first and page.chart.panel  # J1's totals beside the panel's
    choose_judge(qtbot, page, "J2")
    assert "has no applications" in page.placeholder.text()
    assert page.chart.own == j2_totals != first  # J2's own totals, not J1's
    choose_judge(qtbot, page, "J1")
    assert page.chart.own == first


def _fresh_chart(path, judge: str) -> browse.ScoreDistribution:
    """The judge's chart computed afresh: another database opened, nothing kept for it."""
    with open_database(path) as db:
        return browse.score_distributions(db, judge)


def _shows(chart, fresh: browse.ScoreDistribution) -> bool:
    return chart.own == list(fresh.own) and chart.panel == list(fresh.panel)


def test_another_judge_chosen_takes_the_panel_already_computed(qtbot, make_window, demo_path,
                                                               score_reads):
    reads = score_reads
    window = make_window(demo_path, "scoring")  # opened on it: the first judge is chosen
    page = window.scoring
    assert page.judge == "J1" and page.chart.panel and len(reads) == 1
    choose_judge(qtbot, page, "J3")
    choose_judge(qtbot, page, "J1")
    choose_judge(qtbot, page, "J3")
    assert len(reads) == 1  # the panel's totals were not computed again for any of them
    fresh = _fresh_chart(demo_path, "J3")
    assert _shows(page.chart, fresh) and fresh.judges == 6
    assert page.chart.title == "Your totals beside the panel's"
    # The judges' view shows the same chart for the judge chosen there: the same panel too.
    window.actions_by_name["view-judges"].trigger()
    judges = window.page("judges")
    qtbot.waitUntil(lambda: window.current_view() == "judges" and window.is_ready()
                    and bool(judges.chart.panel), timeout=WAIT_MS)
    judges.view.setFocus()
    qtbot.keyClick(judges.view, Qt.Key.Key_Down)  # the next judge
    code = judges.model.row_values(judges.view.currentIndex().row())["code"]
    fresh = _fresh_chart(demo_path, code)
    reads.clear()  # the fresh one's read
    qtbot.waitUntil(lambda: window.is_ready() and _shows(judges.chart, fresh), timeout=WAIT_MS)
    assert reads == []


def test_the_panel_chart_is_read_after_the_judges_list_and_form_not_beside_them(
        qtbot, make_window, demo_path, monkeypatch):
    """The first chart of a data state reads every score (half a second on a large edition):
    it is read only once the judge's applications are listed and the first one's saved scores
    are in the form (open to typing), and the view does not say it is ready before the chart
    has come."""
    from wego_awards.services import results

    window = make_window(demo_path, "scoring")
    page = window.scoring
    when_read: list[tuple[int, bool]] = []  # (applications listed, the form open to typing)
    real = results.load_scores

    def load(store):  # noqa: ANN001, ANN202
        when_read.append((len(page.model.applications()), not page.form.comment.isReadOnly()))
        return real(store)

    monkeypatch.setattr(results, "load_scores", load)
    with open_database(demo_path) as db:  # another data state: the panel is read anew
        decisions.set_setting(db, "near_tie", "0.06")
    choose_judge(qtbot, page, "J3")  # waits for is_ready
    assert len(when_read) == 1 and when_read[0][0] > 0 and when_read[0][1]
    assert page.chart.panel and not page.waiting_for()


def test_another_edition_opened_while_a_judge_is_read_still_gets_its_chart(
        qtbot, make_window, demo_path, tmp_path, monkeypatch):
    """The officer picks a judge and, before the list comes, opens another edition from File ▸
    Open recent: the read about the first edition is never answered, and the next edition's
    scoring view must not wait for it (its chart came no more, for any judge)."""
    import shutil
    import time

    other = tmp_path / "other.db"
    shutil.copy(demo_path, other)
    make_window(other, "scoring").close()  # now among the recent editions
    window = make_window(demo_path, "scoring")
    page = window.scoring
    real, calls = browse.judge_workload, []

    def slow(db, code):  # noqa: ANN001, ANN202 - the first read is slow (a large edition)
        calls.append(code)
        if len(calls) == 1:
            time.sleep(1.0)
        return real(db, code)

    monkeypatch.setattr(browse, "judge_workload", slow)
    from PySide6.QtWidgets import QApplication

    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    page.judge_combo.setFocus()
    qtbot.keyClicks(page.judge_combo, "J3 ")
    # Typing "J3" passes J2 on the way: the slow read is J2's, and J3's waits behind it.
    qtbot.waitUntil(lambda: bool(calls) and page.judge == "J3", timeout=WAIT_MS)
    assert "workload" in page.waiting_for()
    recent = next(a for a in window.recent_menu.actions() if a.text() == str(other))
    recent.trigger()
    qtbot.waitUntil(lambda: window.path == str(other) and window.current_view() == "scoring"
                    and window.is_ready(), timeout=WAIT_MS)
    choose_judge(qtbot, page, "J4")  # waits until the view is ready: it never was
    assert page.chart.panel and page.chart.own and not page.waiting_for()
    assert calls[-1] == "J4"


def test_the_panel_chart_shows_a_score_just_given_whichever_judge_is_chosen(
        qtbot, make_window, demo_path):
    with open_database(demo_path) as db:  # an application J3 scored completely, INNO below 10
        app = next(r.application for r in browse.judge_workload(db, "J3")
                   if r.complete and browse.judge_scores(db, "J3", r.application)
                   .scores["INNO"] != 10)
    window, page = _open_scoring(qtbot, make_window, demo_path, "J3", app)
    before = list(page.chart.panel)
    choose_judge(qtbot, page, "J1")  # the panel's totals kept for this data state ...
    choose_judge(qtbot, page, "J3")
    page.select(app)
    qtbot.waitUntil(lambda: page.application == app and page.is_ready(), timeout=WAIT_MS)
    qtbot.keyClicks(page.form.rows["INNO"].scale, "10")  # ... until J3 gives another score
    qtbot.waitUntil(lambda: _saved(page), timeout=WAIT_MS)
    fresh = _fresh_chart(demo_path, "J3")
    assert list(fresh.panel) != before
    qtbot.waitUntil(lambda: page.is_ready() and _shows(page.chart, fresh), timeout=WAIT_MS)
    choose_judge(qtbot, page, "J1")  # another judge's chart has J3's new total in the panel
    assert _shows(page.chart, _fresh_chart(demo_path, "J1"))
    assert page.chart.panel == list(fresh.panel)


def test_the_panel_chart_drops_the_scores_a_conflict_declared_clears(qtbot, make_window,
                                                                    demo_path, monkeypatch):
    from ui.dialogs import ReasonDialog

    with open_database(demo_path) as db:  # an application J3 scored completely
        app = next(r.application for r in browse.judge_workload(db, "J3") if r.complete)
    window, page = _open_scoring(qtbot, make_window, demo_path, "J3", app)
    before = list(page.chart.own)

    def give_reason(dialog):  # noqa: ANN001, ANN202
        dialog.reason.setPlainText("My cousin founded it")
        return ReasonDialog.DialogCode.Accepted

    monkeypatch.setattr(ReasonDialog, "exec", give_reason)
    qtbot.mouseClick(page.conflict_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _saved(page) and app not in page.model.applications(),
                    timeout=WAIT_MS)
    fresh = _fresh_chart(demo_path, "J3")
    assert len(fresh.own) == len(before) - 1
    qtbot.waitUntil(lambda: page.is_ready() and _shows(page.chart, fresh), timeout=WAIT_MS)


def test_the_panel_chart_shows_scores_just_imported(qtbot, make_window, demo_path, tmp_path):
    from tests.gui.test_view_switch import _import_a_score

    window = make_window(demo_path, "scoring")
    page = window.scoring
    choose_judge(qtbot, page, "J3")
    before = list(page.chart.panel)
    _import_a_score(qtbot, window, tmp_path)  # File ▸ Import: one of J1's scores changed
    fresh = _fresh_chart(demo_path, "J3")
    assert list(fresh.panel) != before
    qtbot.waitUntil(lambda: window.is_ready() and _shows(page.chart, fresh), timeout=WAIT_MS)


def test_a_judge_scores_with_the_keyboard_and_the_scores_land_in_the_database(
        qtbot, make_window, demo_path):
    window, page = _open_scoring(qtbot, make_window, demo_path, "J3", "EG-04")
    before = _scores(demo_path, "J3", "EG-04").scores
    rows = page.form.rows

    qtbot.keyClicks(rows["INNO"].scale, "10")  # unambiguous: committed at once
    qtbot.waitUntil(lambda: _saved(page), timeout=WAIT_MS)
    qtbot.keyClicks(rows["IMPACT"].scale, "2.5")
    qtbot.waitUntil(lambda: _saved(page), timeout=WAIT_MS)
    qtbot.keyClick(rows["SUST"].scale, Qt.Key.Key_Home)  # the lowest score ...
    qtbot.keyClick(rows["SUST"].scale, Qt.Key.Key_Right)  # ... one up
    qtbot.keyClick(rows["SUST"].scale, Qt.Key.Key_Return)  # and Enter commits
    qtbot.waitUntil(lambda: _saved(page), timeout=WAIT_MS)
    assert rows["SUST"].state.text() == "✓ saved"

    after = _scores(demo_path, "J3", "EG-04").scores
    assert after["INNO"] == 10 and after["IMPACT"] == 2.5 and after["SUST"] == 1
    assert after["INCL"] == before["INCL"]  # untouched criteria keep their scores

    # Typed but not committed yet: moving to the next application saves it first.
    rows["INCL"].scale.setFocus()
    qtbot.keyClicks(rows["INCL"].scale, "4")
    assert rows["INCL"].scale.dirty
    qtbot.keyClick(rows["INCL"].scale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.application == "EG-05" and _saved(page), timeout=WAIT_MS)
    assert _scores(demo_path, "J3", "EG-04").scores["INCL"] == 4
    qtbot.keyClick(page.form.rows["INNO"].scale, Qt.Key.Key_PageUp)  # and back
    qtbot.waitUntil(lambda: page.application == "EG-04" and page.is_ready(), timeout=WAIT_MS)
    assert page.form.rows["INCL"].scale.value() == 4


def test_the_comment_is_saved_with_the_scores(qtbot, make_window, demo_path):
    window, page = _open_scoring(qtbot, make_window, demo_path, "J3", "MO-02")
    page.form.comment.setPlainText("Strong evidence; costs unclear.")
    page.form.comment.commit()
    qtbot.waitUntil(lambda: _saved(page), timeout=WAIT_MS)
    assert _scores(demo_path, "J3", "MO-02").comment == "Strong evidence; costs unclear."


def test_conflicted_applications_never_appear(qtbot, make_window, demo_path):
    window, page = _open_scoring(qtbot, make_window, demo_path, "J1", "EG-01")
    codes = page.model.applications()
    assert "SU-01" not in codes and len(codes) == 51
    page.select("SU-01")  # not there: nothing changes
    assert page.application == "EG-01"


def test_a_refused_save_is_shown_in_words_and_undone(qtbot, make_window, demo_path):
    window, page = _open_scoring(qtbot, make_window, demo_path, "J3", "EG-04")
    old = page.form.rows["INNO"].scale.value()
    with open_database(demo_path) as db:  # someone finalizes the edition meanwhile
        decisions.finalize(db)
    qtbot.keyClicks(page.form.rows["INNO"].scale, "10")
    qtbot.waitUntil(lambda: page.status.text().startswith("Not saved"), timeout=WAIT_MS)
    assert "finalized" in page.status.text() and "Traceback" not in page.status.text()
    assert page.form.rows["INNO"].scale.value() == old
    assert page.form.rows["INNO"].state.text() == "not saved"
    assert _scores(demo_path, "J3", "EG-04").scores["INNO"] == old


def test_a_judge_scores_in_their_package_and_the_return_merges(qtbot, make_window, demo_db,
                                                               demo_path, tmp_path):
    package = tmp_path / "package-J2.db"
    packages.export_package(demo_db, "J2", package, PACKAGE_PASSPHRASE)
    window, page = _open_scoring(qtbot, make_window, package, None, "EG-02")
    assert window.info.package_judge == "J2"
    assert not page.judge_combo.isVisible()
    visible = [window.nav.item(i).text() for i in range(window.nav.count())
               if not window.nav.item(i).isHidden()]
    assert visible == ["Scoring"]
    assert "SC-04" not in page.model.applications()  # J2's conflict is not even in the file
    assert page.form.rows["INNO"].scale.value() != 3
    qtbot.keyClicks(page.form.rows["INNO"].scale, "3")
    qtbot.keyClick(page.form.rows["INNO"].scale, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _saved(page), timeout=WAIT_MS)
    window.close()  # the judge closes the app; the package file is the return
    report = packages.import_package(demo_db, package)
    assert report.changed == 1
    assert browse.judge_scores(demo_db, "J2", "EG-02").scores["INNO"] == 3
