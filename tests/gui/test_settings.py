"""Edition ▸ Settings…: the dialog opened from the menu, filled like a person would, saved."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
)

from tests.gui.conftest import WAIT_MS, settle
from ui import settings as settings_ui
from ui.settings import SettingsDialog
from wego_awards.services import decisions, design
from wego_awards.services.edition import open_database


def signature_png(path: Path) -> Path:
    image = Image.new("RGBA", (360, 110), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 80), (120, 20), (200, 90), (340, 30)], fill="navy",
                               width=6)
    image.save(path)
    return path


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        return ""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())


def run_dialog(qtbot, window, answer: Callable[[SettingsDialog], None]) -> None:
    """Trigger Edition ▸ Settings… and answer the modal dialog with ``answer`` (from a timer,
    since exec() waits); a failure inside still closes the dialog, then is raised here."""
    action = window.findChild(QAction, "settings")
    assert action is not None and action in window.edition_menu.actions()
    assert action.shortcut().toString() == "Ctrl+,"
    errors: list[BaseException] = []

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, step)
            return
        try:
            answer(dialog)
        except BaseException as exc:  # noqa: BLE001 - raised again below
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(0, step)
    action.trigger()
    if errors:
        raise errors[0]


def show_page(qtbot, dialog: SettingsDialog, index: int) -> None:
    """Turn to a tab and let it be laid out (a click lands on the button's real place)."""
    dialog.tabs.setCurrentIndex(index)
    page = dialog.tabs.currentWidget()
    qtbot.waitUntil(lambda: page.isVisible() and page.height() > 100, timeout=WAIT_MS)
    qtbot.wait(20)


def wait_loaded(qtbot, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: dialog._settings is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.preview_count >= 1 and not dialog._preview_busy,
                    timeout=WAIT_MS)


def test_settings_are_edited_and_saved_from_the_edition_menu(qtbot, make_window, demo_path,
                                                             monkeypatch, tmp_path):
    window = make_window(demo_path)
    png = signature_png(tmp_path / "my-signature.png")
    monkeypatch.setattr(settings_ui.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(png), "Images (*.png *.jpg *.jpeg)"))
    seen: dict[str, Any] = {}

    def answer(dialog: SettingsDialog) -> None:
        wait_loaded(qtbot, dialog)
        assert dialog.width() <= 1300 and dialog.height() <= 700
        assert dialog.minimumSizeHint().width() <= 1300
        assert dialog.minimumSizeHint().height() <= 700
        assert dialog.name.text() == "4th WeGO Awards"
        assert dialog.save_button.isEnabled() and not dialog.banner.isVisibleTo(dialog)
        # A preview of a real certificate is there before anything is changed.
        if dialog.preview_view is not None:
            qtbot.waitUntil(lambda: dialog._pdf.pageCount() == 1, timeout=WAIT_MS)
        assert "Jung Sook Park" in pdf_text(dialog._preview_file) or not shutil.which(
            "pdftotext")

        # Edition: type the organisation, pick the ceremony's date, write the place.
        show_page(qtbot, dialog, 0)
        dialog.organisation.selectAll()
        qtbot.keyClicks(dialog.organisation, "Seoul Digital Foundation")
        assert not dialog.date_unset.isChecked()
        dialog.ceremony_date.setDate(QDate(2024, 11, 5))
        qtbot.keyClicks(dialog.ceremony_place, "Seoul")

        # Awards and method: two Silver awards, the plain mean, the own-country rule.
        show_page(qtbot, dialog, 1)
        dialog.tier_counts["silver"].setValue(2)
        dialog.method.setCurrentIndex(dialog.method.findData("mean"))
        assert "Plain mean" in dialog.method_words.text()
        qtbot.mouseClick(dialog.own_country_rule, Qt.MouseButton.LeftButton)

        # Certificate: a new first signatory with their signature image, the date line.
        show_page(qtbot, dialog, 2)
        first = dialog.signatories[0]
        first.name.selectAll()
        qtbot.keyClicks(first.name, "Ada Lovelace")
        first.title_edit.selectAll()
        qtbot.keyClicks(first.title_edit, "Chair of the Jury")
        qtbot.mouseClick(first.signature.choose_button, Qt.MouseButton.LeftButton)
        assert first.signature.path == png and not first.signature.thumb.pixmap().isNull()
        dialog.wording["date"].selectAll()
        qtbot.keyClicks(dialog.wording["date"], "{ceremony_place}, {date}")
        before = dialog.preview_count
        qtbot.waitUntil(lambda: dialog.preview_count > before and not dialog._preview_busy,
                        timeout=WAIT_MS)
        assert "No preview" not in dialog.preview_status.text()
        text = pdf_text(dialog._preview_file)
        if text:  # the unsaved design and edition, drawn on a real certificate
            assert "Ada Lovelace" in text and "Seoul, 5 November 2024" in text
            assert "SEOUL DIGITAL FOUNDATION" in text
        qtbot.wait(400)  # QPdfView draws the page in the background
        dialog.grab().save("/tmp/settings.png")
        seen["previews"] = dialog.preview_count

        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
        seen["saved"] = dialog.saved

    run_dialog(qtbot, window, answer)
    assert seen["previews"] >= 2 and len(seen["saved"]) >= 5
    settle(qtbot, window)
    with open_database(demo_path) as db:
        s = design.edition_settings(db)
        d = design.design_of(db)
    assert s.organisation == "Seoul Digital Foundation"
    assert (s.ceremony_date, s.ceremony_place) == ("2024-11-05", "Seoul")
    assert s.awards == {"gold": 1, "silver": 2, "special_mention": 1}
    assert s.method == "mean" and s.own_country_rule
    assert s.near_tie == 0.05 and s.low_confidence == 0.5 and s.min_score is None  # untouched
    assert d.signatories[0].name == "Ada Lovelace"
    assert d.signatories[0].title == "Chair of the Jury"
    assert d.signatories[0].signature == demo_path.parent / "demo-certificate" / "signature-1.png"
    assert d.signatories[1].name == "Se-hoon Oh"
    assert d.wording["date"] == "{ceremony_place}, {date}"
    assert window.settings.value("folders/signature") == str(png.parent)


def test_every_control_has_a_name_and_the_pages_fit_a_small_screen(qtbot, make_window,
                                                                   demo_path):
    window = make_window(demo_path)

    def answer(dialog: SettingsDialog) -> None:
        wait_loaded(qtbot, dialog)
        controls = [w for kind in (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton)
                    for page in range(dialog.tabs.count())
                    for w in dialog.tabs.widget(page).findChildren(kind)
                    if not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
                    and not w.objectName().startswith("qt_")]
        controls += [dialog.save_button, dialog.cancel_button]
        assert len(controls) > 50
        unnamed = [f"{type(w).__name__} {w.text() if hasattr(w, 'text') else ''!r}"
                   for w in controls if not w.accessibleName()]
        assert not unnamed
        # The add button and a new signatory; no more than three.
        qtbot.mouseClick(dialog.add_signatory_button, Qt.MouseButton.LeftButton)
        assert len(dialog.signatories) == 3 and not dialog.add_signatory_button.isEnabled()
        assert dialog.signatories[2].name.accessibleName() == "Signatory 3: name"
        qtbot.mouseClick(dialog.signatories[2].remove_button, Qt.MouseButton.LeftButton)
        assert len(dialog.signatories) == 2
        # Tab goes from a signatory's name to their title.
        first = dialog.signatories[0]
        assert first.name.nextInFocusChain() is first.title_edit
        for page in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(page)
            assert dialog.tabs.currentWidget().minimumSizeHint().height() < 620
        dialog.reject()

    run_dialog(qtbot, window, answer)


def test_a_refused_design_is_shown_and_the_dialog_stays_open(qtbot, make_window, demo_path,
                                                             monkeypatch):
    window = make_window(demo_path)
    shown: list[str] = []
    monkeypatch.setattr(settings_ui, "show_error",
                        lambda parent, exc, title="": shown.append(str(exc)))

    def answer(dialog: SettingsDialog) -> None:
        wait_loaded(qtbot, dialog)
        dialog.organisation.selectAll()
        qtbot.keyClicks(dialog.organisation, "Not Saved Either")
        dialog.wording["date"].selectAll()
        qtbot.keyClicks(dialog.wording["date"], "{when}")
        before = dialog.preview_count
        qtbot.waitUntil(lambda: dialog.preview_count > before and not dialog._preview_busy,
                        timeout=WAIT_MS)
        assert "unknown placeholder {when}" in dialog.preview_status.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
        assert "wording.date '{when}'" in shown[0]
        assert dialog.isVisible() and dialog.save_button.isEnabled()
        dialog.reject()

    run_dialog(qtbot, window, answer)
    with open_database(demo_path) as db:
        assert design.edition_settings(db).organisation != "Not Saved Either"
    assert not (demo_path.parent / "demo-certificate").exists()


def test_a_finalized_edition_is_shown_locked(qtbot, make_window, demo_path):
    with open_database(demo_path) as db:
        decisions.finalize(db)
    window = make_window(demo_path)

    def answer(dialog: SettingsDialog) -> None:
        wait_loaded(qtbot, dialog)
        assert dialog.banner.isVisibleTo(dialog) and "finalized" in dialog.banner.text()
        assert not dialog.save_button.isEnabled()
        assert not dialog.organisation.isEnabled()
        assert not dialog.signatories[0].name.isEnabled()
        assert not dialog.tier_counts["gold"].isEnabled()
        assert dialog.preview_view is None or dialog._pdf.pageCount() == 1
        show_page(qtbot, dialog, 2)
        qtbot.wait(300)
        dialog.grab().save("/tmp/settings-finalized.png")
        dialog.reject()

    run_dialog(qtbot, window, answer)


def test_the_new_edition_dialog_asks_for_organisation_and_categories(qtbot, tmp_path):
    from ui.dialogs import NewEdition, NewEditionDialog

    dialog = NewEditionDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "City Lab Awards")
    qtbot.keyClicks(dialog.organisation, "City Lab")
    assert dialog.wego.isChecked()
    qtbot.mouseClick(dialog.own, Qt.MouseButton.LeftButton)
    assert "no categories" in dialog.note.text()
    value = dialog.values()
    assert value == NewEdition("City Lab Awards", dialog.year.value(),
                               tmp_path / "city-lab-awards.db", "City Lab", False)
    name, year, path = value  # the shape values() had before
    assert (name, path) == ("City Lab Awards", tmp_path / "city-lab-awards.db")
    with pytest.raises(AttributeError):
        value.name = "x"  # type: ignore[misc]
    dialog.show()
    qtbot.wait(50)
    dialog.grab().save("/tmp/new-edition.png")


def test_the_shrinkage_is_estimated_unless_a_number_is_fixed(qtbot, make_window, demo_path):
    window = make_window(demo_path)

    def fix_it(dialog: SettingsDialog) -> None:
        wait_loaded(qtbot, dialog)
        show_page(qtbot, dialog, 1)
        dialog.shrinkage_auto.setChecked(False)
        assert dialog.shrinkage.isEnabled()
        dialog.shrinkage.setValue(2.5)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    run_dialog(qtbot, window, fix_it)
    with open_database(demo_path) as db:
        assert db_setting(db, "shrinkage") == 2.5

    def estimate(dialog: SettingsDialog) -> None:
        wait_loaded(qtbot, dialog)
        show_page(qtbot, dialog, 1)
        assert not dialog.shrinkage_auto.isChecked()
        dialog.shrinkage_auto.setChecked(True)
        assert not dialog.shrinkage.isEnabled()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    run_dialog(qtbot, window, estimate)
    with open_database(demo_path) as db:
        assert db_setting(db, "shrinkage") == "auto"


def db_setting(db, key: str):
    from wego_awards.services.decisions import show_settings

    return getattr(show_settings(db), key)


def test_the_certificate_language_is_chosen_previewed_and_saved(qtbot, make_window, demo_path):
    window = make_window(demo_path)
    seen: dict[str, Any] = {}

    def answer(dialog: SettingsDialog) -> None:
        wait_loaded(qtbot, dialog)
        show_page(qtbot, dialog, 0)
        combo = dialog.certificate_language
        assert combo.currentData() == "en" and combo.currentText() == "English"
        assert combo.accessibleName() == "Certificate language"
        choices = [combo.itemData(i) for i in range(combo.count())]
        assert {"ko", "ar", "en+ko", "en+zh"} <= set(choices)
        combo.setFocus()
        before = dialog.preview_count
        combo.setCurrentIndex(combo.findData("en+ko"))
        assert combo.currentText() == "English + 한국어"
        qtbot.waitUntil(lambda: dialog.preview_count > before and not dialog._preview_busy,
                        timeout=WAIT_MS)
        seen["preview"] = pdf_text(dialog._preview_file)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
        seen["saved"] = dialog.saved

    run_dialog(qtbot, window, answer)
    if shutil.which("pdftotext"):  # the unsaved choice, drawn on a real certificate
        assert "Gold Award · 금상" in seen["preview"], seen["preview"]
    assert seen["saved"]
    settle(qtbot, window)
    with open_database(demo_path) as db:
        assert design.edition_settings(db).certificate_language == "en+ko"
