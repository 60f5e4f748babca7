"""The edition's settings: the edition and its ceremony, the award rules and the method, and the
certificate's design beside a live preview of one of the edition's real certificates.

Everything is read and saved on the database worker (``wego_awards.services.design``); the
dialog only collects. Each change to the design or the edition redraws the preview after a
short pause (the drawing itself runs on the worker too). Save applies everything at once; a
refusal is shown in words and the dialog stays open with what was typed. While the edition is
finalized the fields are locked, and a banner says how to reopen it.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, style
from ui.messages import describe, show_error
from ui.worker import DbWorker
from wego_awards.db import Database
from wego_awards.errors import Refused
from wego_awards.services import design as core
from wego_awards.services.edition import AWARD_NAMES
from wego_awards.services.results import METHOD_WORDS

if TYPE_CHECKING:
    from ui.mainwindow import MainWindow

try:  # in PySide6-Addons, not in PySide6-Essentials
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAS_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installed wheel
    HAS_QTPDF = False

PREVIEW_DELAY_MS = 400
MAX_SIGNATORIES = 3
METHODS = (
    ("additive", "Judge-effect model: corrects lenient and harsh judges (recommended)"),
    ("mean", "Plain mean of the judges' totals"),
    ("zscore", "Standardised scores: each judge rescaled to the panel"),
    ("median", "Median of the judges' totals"),
    ("trimmed", "Trimmed mean: highest and lowest totals cut"),
)
WORDING = (
    ("organisation", "Organisation line", "printed in capitals under the logo"),
    ("edition", "Edition line", ""),
    ("category", "Category line", ""),
    ("presented_to", "Before the city", ""),
    ("place", "City line", ""),
    ("project_intro", "Before the project", ""),
    ("participation_intro", "Participation intro", "before the project on certificates of "
     "participation"),
    ("date", "Date line", "e.g. {ceremony_place}, {date}"),
    ("code", "Code line", ""),
    ("verify", "Verification line", ""),
    ("draft", "Draft mark", "across certificates printed before finalizing"),
)
AWARD_WORDS = {**AWARD_NAMES, "participation": "Participation"}
COLOURS = (
    ("gold", "Gold"), ("silver", "Silver"), ("special_mention", "Special Mention"),
    ("participation", "Participation"), ("text", "Text"), ("muted", "Secondary text"),
    ("frame", "Frame"), ("background", "Paper"),
)
IMAGES = "Images (*.png *.jpg *.jpeg)"


# --- on the worker ----------------------------------------------------------------------------


def _certificate_languages() -> list[tuple[str, ...]]:
    """Each language alone, then English beside each other one (the pairs a secretariat asks
    for; ``settings certificate_language ko+en`` gives any other)."""
    singles = [(code,) for code in i18n.LANGUAGES]
    return singles + [("en", code) for code in i18n.LANGUAGES if code != "en"]


def _load(db: Database) -> tuple[core.EditionSettings, core.Design | None, str]:
    """The edition's settings and design (None, with the reason, when its template is broken)."""
    settings = core.edition_settings(db)
    try:
        return settings, core.design_of(db), ""
    except Refused as exc:
        return settings, None, exc.message


def _save(db: Database, settings: core.EditionSettings, design: core.Design | None,
          folder: Path | None = None) -> list[str]:
    """Save the settings, then the design when it changed; a design that would be refused is
    refused before anything is written."""
    if design is not None:
        core.check_design(db, design)
    done = core.save_edition_settings(db, settings)
    if design is not None:
        folder = core.save_design(db, design, folder)
        done.append(f"saved the certificate's design in {folder}")
    return done


# --- small widgets ----------------------------------------------------------------------------


def _named(widget: QWidget, name: str, tip: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)
    return widget


def _chain(*widgets: QWidget) -> None:
    """Tab from each widget to the next, in the order given."""
    for a, b in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(a, b)


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    style.role(label, "muted")
    return label


def _remembered(settings: QSettings, purpose: str) -> str:
    value = settings.value(f"folders/{purpose}", "")
    return str(value) if value else str(Path.home())


class ColourButton(QPushButton):
    """A colour swatch with its code; pressing it opens the colour chooser."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.value = "#000000"
        _named(self, f"Colour: {label}", f"Choose the colour for {label.lower()}")
        self.clicked.connect(self.choose)
        self.setMinimumWidth(118)

    def set_value(self, value: str) -> None:
        self.value = value.upper()
        swatch = QPixmap(22, 14)
        swatch.fill(QColor(self.value))
        self.setIcon(QIcon(swatch))
        self.setText(self.value)

    def choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self.value), self, f"Colour: {self.label}")
        if colour.isValid() and colour.name().upper() != self.value:
            self.set_value(colour.name())
            self.changed.emit()


class ImageChooser(QWidget):
    """An image file with its thumbnail, a button to choose another and one to leave it out."""

    changed = Signal()

    def __init__(self, what: str, purpose: str, folders: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what, self.purpose, self.folders = what, purpose, folders
        self.path: Path | None = None
        self.thumb = QLabel()
        self.thumb.setFixedSize(124, 48)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("QLabel { border: 1px solid #c9d1da; background: white; }")
        _named(self.thumb, f"{what} (thumbnail)")
        self.choose_button = QPushButton(self.tr("Choose…"))
        _named(self.choose_button, f"Choose the {what.lower()} image",
               f"A PNG or JPEG file for the {what.lower()}")
        self.clear_button = QPushButton(self.tr("Leave out"))
        _named(self.clear_button, f"No {what.lower()}")
        self.choose_button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(lambda: self.set_path(None, user=True))
        self.row = QHBoxLayout(self)  # a caller may add a button of its own
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.thumb)
        self.row.addWidget(self.choose_button)
        self.row.addWidget(self.clear_button)
        self.row.addStretch(1)
        self.set_path(None)

    def set_path(self, path: Path | None, user: bool = False) -> None:
        self.path = Path(path) if path else None
        pixmap = QPixmap(str(self.path)) if self.path else QPixmap()
        if pixmap.isNull():
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText("none" if self.path is None else "not readable")
        else:
            self.thumb.setPixmap(pixmap.scaled(
                self.thumb.width() - 4, self.thumb.height() - 4,
                Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.clear_button.setEnabled(self.path is not None)
        if user:
            self.changed.emit()

    def choose(self) -> None:
        start = str(self.path.parent) if self.path else _remembered(self.folders, self.purpose)
        name, _ = QFileDialog.getOpenFileName(self, f"Choose the {self.what.lower()}", start,
                                              IMAGES)
        if name:
            self.folders.setValue(f"folders/{self.purpose}", str(Path(name).parent))
            self.set_path(Path(name), user=True)


class SignatoryBox(QGroupBox):
    """One signatory: name, title and signature image."""

    changed = Signal()
    remove = Signal(object)

    def __init__(self, folders: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Secretary General"))
        self.signature = ImageChooser(self.tr("Signature"), "signature", folders)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove.emit(self))
        self.signature.row.addWidget(self.remove_button)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Signature"), self.signature)
        for w in (self.name, self.title_edit):
            w.textChanged.connect(self.changed)
        self.signature.changed.connect(self.changed)

    def number(self, n: int) -> None:
        self.setTitle(f"Signatory {n}")
        _named(self.name, f"Signatory {n}: name")
        _named(self.title_edit, f"Signatory {n}: title")
        self.signature.what = f"Signature of signatory {n}"
        _named(self.signature.choose_button, f"Choose the signature image of signatory {n}")
        _named(self.signature.clear_button, f"No signature image for signatory {n}")
        _named(self.signature.thumb, f"Signature of signatory {n} (thumbnail)")
        _named(self.remove_button, f"Remove signatory {n}")

    def focus_chain(self) -> list[QWidget]:
        return [self.name, self.title_edit, self.signature.choose_button,
                self.signature.clear_button, self.remove_button]

    def value(self) -> core.SignatoryDesign:
        return core.SignatoryDesign(self.name.text().strip(), self.title_edit.text().strip(),
                                    self.signature.path)

    def set_value(self, s: core.SignatoryDesign) -> None:
        self.name.setText(s.name)
        self.title_edit.setText(s.title)
        self.signature.set_path(s.signature)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


# --- the dialog -------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """Edition ▸ Settings…: three tabs and a live preview of the certificate."""

    loaded = Signal()
    previewed = Signal()

    def __init__(self, worker: DbWorker, folders: QSettings, parent: QWidget | None = None,
                 on_server: bool = False) -> None:
        super().__init__(parent)
        self.worker = worker
        self.folders = folders
        self.on_server = on_server  # no folder beside the database for the template
        self.setWindowTitle(self.tr("Edition settings"))
        self.setObjectName("settingsDialog")
        self._settings: core.EditionSettings | None = None
        self._design: core.Design | None = None
        self._closed = False
        self._filling = False
        self._date_text = ""
        self._date_touched = False
        self.saved: list[str] = []
        self.preview_count = 0
        self._preview_busy = False
        self._preview_again = False
        self._tmp = tempfile.TemporaryDirectory(prefix="wego-settings-preview-")
        self._preview_file: Path | None = None

        self.banner = QLabel("")
        self.banner.setWordWrap(True)
        style.role(self.banner, "banner")
        _named(self.banner, self.tr("Notice"))
        self.banner.hide()
        self.tabs = QTabWidget()
        _named(self.tabs, self.tr("Settings pages"))
        self.tabs.addTab(self._edition_tab(), self.tr("&Edition"))
        self.tabs.addTab(self._awards_tab(), self.tr("&Awards and method"))
        self.tabs.addTab(self._certificate_tab(), self.tr("&Certificate"))
        self.status = QLabel(self.tr("Loading the settings…"))
        style.role(self.status, "muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        _named(self.save_button, self.tr("Save"), self.tr("Apply every change on every page"))
        _named(self.cancel_button, self.tr("Cancel"), self.tr("Close without saving"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        self._watch()
        self._set_editable(False)
        self.save_button.setEnabled(False)
        self.resize(1240, 680)
        self.load()

    # --- building -----------------------------------------------------------------------------

    def _edition_tab(self) -> QWidget:
        self.name = QLineEdit()
        _named(self.name, self.tr("Edition name"), self.tr("Printed on the certificates and the "
                                                           "report"))
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setMaximumWidth(110)
        _named(self.year, self.tr("Year"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. World Smart Sustainable Cities "
                                                     "Organization"))
        _named(self.organisation, self.tr("Organisation"), self.tr("Who gives the awards; printed "
                                                                   "on the "
               "certificates and the report"))
        self.ceremony_date = QDateEdit()
        self.ceremony_date.setCalendarPopup(True)
        self.ceremony_date.setDisplayFormat("d MMMM yyyy")
        self.ceremony_date.setMinimumWidth(180)
        _named(self.ceremony_date, self.tr("Ceremony date"))
        self.date_unset = QCheckBox(self.tr("Not set"))
        _named(self.date_unset, self.tr("Ceremony date not set"),
               self.tr("Without a date the certificates carry the day the results are finalized"))
        self.date_note = _muted("")
        self.date_note.hide()
        self.ceremony_place = QLineEdit()
        self.ceremony_place.setPlaceholderText(self.tr("e.g. Seoul"))
        _named(self.ceremony_place, self.tr("Ceremony place"),
               self.tr("Where the awards are handed out; the certificate's wording can print it as "
               "{ceremony_place}"))
        self.certificate_language = QComboBox()
        for codes in _certificate_languages():
            self.certificate_language.addItem(
                " + ".join(i18n.LANGUAGES[c] for c in codes), "+".join(codes))
        _named(self.certificate_language, self.tr("Certificate language"),
               self.tr("The language of the certificates' wording, award names and date; two "
                       "print side by side. A template can word each language its own way."))
        when = QHBoxLayout()
        when.addWidget(self.ceremony_date)
        when.addWidget(self.date_unset)
        when.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("&Organisation"), self.organisation)
        date_label = QLabel(self.tr("Ceremony &date"))
        date_label.setBuddy(self.ceremony_date)
        form.addRow(date_label, when)
        form.addRow("", self.date_note)
        form.addRow(self.tr("Ceremony &place"), self.ceremony_place)
        form.addRow(self.tr("Certificate &language"), self.certificate_language)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(_muted(
            self.tr("The name, year and organisation head every certificate and the report. "
                    "Without a "
            "ceremony date the certificates carry the day the results are finalized. The place "
            "is printed where the certificate's wording says {ceremony_place} (see the "
            "Certificate page, e.g. the date line).")))
        box.addStretch(1)
        page.setMaximumWidth(760)
        self.edition_page = page
        _chain(self.name, self.year, self.organisation, self.ceremony_date, self.date_unset,
               self.ceremony_place, self.certificate_language)
        return _scrolled(page)

    def _awards_tab(self) -> QWidget:
        self.tier_counts: dict[str, QSpinBox] = {}
        tiers = QGroupBox(self.tr("Awards per category"))
        grid = QFormLayout(tiers)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for award, words in AWARD_NAMES.items():
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(self.tr(" per category"))
            spin.setMinimumWidth(150)
            _named(spin, f"Number of {words} awards per category")
            grid.addRow(words, spin)
            self.tier_counts[award] = spin
        self.method = QComboBox()
        for code, words in METHODS:
            self.method.addItem(words, code)
        _named(self.method, self.tr("Method"), self.tr("How the judges' scores become each "
                                                       "application's score"))
        self.method_words = _muted("")
        self.shrinkage = QDoubleSpinBox()
        self.shrinkage.setRange(0, 1000)
        self.shrinkage.setDecimals(2)
        self.shrinkage.setSingleStep(0.1)
        _named(self.shrinkage, self.tr("Shrinkage of judge offsets"),
               self.tr("How strongly each judge's leniency is pulled towards zero (judge-effect "
                       "model)"))
        self.shrinkage_auto = QCheckBox(self.tr("Estimate from the scores (recommended)"))
        _named(self.shrinkage_auto, self.tr("Estimate the shrinkage from the scores"),
               self.tr("The noise variance over the judges' offset variance, estimated from this "
               "edition's scores; untick to fix a number"))
        self.shrinkage_auto.toggled.connect(lambda _on: self._method_changed())
        self.min_score = QDoubleSpinBox()
        self.min_score.setRange(-1, 100000)
        self.min_score.setDecimals(2)
        self.min_score.setSpecialValueText("none")
        _named(self.min_score, self.tr("Minimum score for an award"),
               self.tr("An award tier stays empty below this score; 'none' for no minimum"))
        self.near_tie = QDoubleSpinBox()
        self.near_tie.setRange(0, 1000)
        self.near_tie.setDecimals(2)
        self.near_tie.setSingleStep(0.01)
        self.near_tie.setSuffix(" points")
        _named(self.near_tie, self.tr("Near tie below"),
               self.tr("Two applications closer than this at an award boundary are flagged for "
                       "the jury"))
        self.low_confidence = QDoubleSpinBox()
        self.low_confidence.setRange(0, 100)
        self.low_confidence.setDecimals(1)
        self.low_confidence.setSuffix(" %")
        _named(self.low_confidence, self.tr("Low confidence below"),
               self.tr("An award whose confidence is below this is flagged for the jury"))
        self.own_country_rule = QCheckBox(self.tr("No judge scores an application from their own "
                                          "country"))
        _named(self.own_country_rule, self.tr("Own-country rule"),
               self.tr("A judge from the applicant's country counts as conflicted"))
        for number in (self.shrinkage, self.min_score, self.near_tie, self.low_confidence):
            number.setMinimumWidth(150)
        method = QGroupBox(self.tr("Method"))
        form = QFormLayout(method)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("&Method", self.method)
        form.addRow("", self.method_words)
        shrink = QHBoxLayout()
        shrink.addWidget(self.shrinkage)
        shrink.addWidget(self.shrinkage_auto)
        form.addRow(self.tr("&Shrinkage of judge offsets"), shrink)
        form.addRow(self.tr("Minimum score for an a&ward"), self.min_score)
        form.addRow(self.tr("Near &tie below"), self.near_tie)
        form.addRow(self.tr("&Low confidence below"), self.low_confidence)
        form.addRow("", self.own_country_rule)
        self.method.currentIndexChanged.connect(self._method_changed)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(tiers)
        box.addWidget(method)
        box.addStretch(1)
        page.setMaximumWidth(900)
        self.awards_page = page
        _chain(*self.tier_counts.values(), self.method, self.shrinkage, self.shrinkage_auto,
               self.min_score,
               self.near_tie, self.low_confidence, self.own_country_rule)
        return _scrolled(page)

    def _certificate_tab(self) -> QWidget:
        form_page = QWidget()
        box = QVBoxLayout(form_page)
        box.setContentsMargins(0, 0, 8, 0)

        self.logo = ImageChooser(self.tr("Logo"), "logo", self.folders)
        logo = QGroupBox(self.tr("Logo"))
        QVBoxLayout(logo).addWidget(self.logo)
        box.addWidget(logo)

        people = QGroupBox(self.tr("Signatories (one to three)"))
        self.signatory_layout = QVBoxLayout(people)
        self.signatories: list[SignatoryBox] = []
        self.add_signatory_button = QPushButton(self.tr("Add a signatory"))
        _named(self.add_signatory_button, self.tr("Add a signatory"))
        self.add_signatory_button.clicked.connect(lambda: self._add_signatory(focus=True))
        self.signatory_layout.addWidget(self.add_signatory_button, 0,
                                        Qt.AlignmentFlag.AlignLeft)
        box.addWidget(people)

        wording = QGroupBox(self.tr("Wording"))
        wform = QFormLayout(wording)
        wform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.wording: dict[str, QLineEdit] = {}
        for key, label, hint in WORDING:
            edit = QLineEdit()
            if hint:
                edit.setPlaceholderText(hint)
            _named(edit, f"Wording: {label}", hint)
            wform.addRow(label, edit)
            self.wording[key] = edit
        wform.addRow(_muted(
            self.tr("Placeholders filled in on each certificate: {organisation} {edition} {year} "
            "{award} {category} {city} {country} {title} {application} {date} "
            "{ceremony_place} {code}. Write {{ or }} for a brace.")))
        box.addWidget(wording)

        names = QGroupBox(self.tr("Award names"))
        nform = QFormLayout(names)
        nform.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.award_names: dict[str, QLineEdit] = {}
        for key, words in AWARD_WORDS.items():
            edit = QLineEdit()
            _named(edit, f"Award name: {words}")
            nform.addRow(words, edit)
            self.award_names[key] = edit
        box.addWidget(names)

        colours = QGroupBox(self.tr("Colours"))
        grid = QGridLayout(colours)
        self.colours: dict[str, ColourButton] = {}
        for i, (key, words) in enumerate(COLOURS):
            button = ColourButton(words)
            caption = QLabel(words)
            caption.setBuddy(button)
            grid.addWidget(caption, i // 2, (i % 2) * 2)
            grid.addWidget(button, i // 2, (i % 2) * 2 + 1)
            self.colours[key] = button
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box.addWidget(colours)
        box.addStretch(1)
        self.certificate_form = form_page
        left = _scrolled(form_page)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.setMaximumWidth(640)
        self.certificate_scroll = left
        self._fit_form()

        self.preview_title = QLabel(self.tr("Preview"))
        style.role(self.preview_title, "heading")
        self.preview_status = _muted("")
        _named(self.preview_status, self.tr("Preview status"))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.preview_title)
        self.preview_view: QPdfView | None = None
        if HAS_QTPDF:
            self._pdf = QPdfDocument(self)
            self.preview_view = QPdfView(right)
            self.preview_view.setDocument(self._pdf)
            self.preview_view.setPageMode(QPdfView.PageMode.SinglePage)
            self.preview_view.setZoomMode(QPdfView.ZoomMode.FitInView)
            self.preview_view.setMinimumSize(420, 300)
            _named(self.preview_view, self.tr("Certificate preview"),
                   self.tr("One of the edition's certificates drawn with the design as it is now, "
                   "before saving"))
            column.addWidget(self.preview_view, 1)
        else:  # pragma: no cover - depends on the installed wheel
            missing = _muted(self.tr("The preview needs Qt's PDF module (PySide6-Addons)."))
            column.addWidget(missing, 1)
        column.addWidget(self.preview_status)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addWidget(left)
        row.addWidget(right, 1)
        return page

    def _watch(self) -> None:
        """Every change redraws the preview (after a pause)."""
        for edit in (self.name, self.organisation, self.ceremony_place,
                     *self.wording.values(), *self.award_names.values()):
            edit.textChanged.connect(self._changed)
        self.year.valueChanged.connect(self._changed)
        self.certificate_language.currentIndexChanged.connect(self._changed)
        self.ceremony_date.dateChanged.connect(self._date_changed)
        self.date_unset.toggled.connect(self._date_changed)
        self.logo.changed.connect(self._changed)
        for button in self.colours.values():
            button.changed.connect(self._changed)

    def _tab_chain(self) -> None:
        chain: list[QWidget] = [self.logo.choose_button, self.logo.clear_button]
        for box in self.signatories:
            chain += box.focus_chain()
        chain.append(self.add_signatory_button)
        chain += list(self.wording.values()) + list(self.award_names.values())
        chain += list(self.colours.values())
        _chain(*chain)

    # --- signatories --------------------------------------------------------------------------

    def _add_signatory(self, value: core.SignatoryDesign | None = None,
                       focus: bool = False) -> SignatoryBox | None:
        if len(self.signatories) >= MAX_SIGNATORIES:
            return None
        box = SignatoryBox(self.folders)
        if value is not None:
            box.set_value(value)
        box.changed.connect(self._changed)
        box.remove.connect(self._remove_signatory)
        self.signatory_layout.insertWidget(len(self.signatories), box)
        self.signatories.append(box)
        self._renumber()
        if focus:
            box.name.setFocus()
            self._changed()
        return box

    def _remove_signatory(self, box: SignatoryBox) -> None:
        if len(self.signatories) <= 1:
            return
        self.signatories.remove(box)
        box.hide()
        box.deleteLater()
        self._renumber()
        self._changed()

    def _renumber(self) -> None:
        for n, box in enumerate(self.signatories, start=1):
            box.number(n)
            box.remove_button.setEnabled(len(self.signatories) > 1)
        self.add_signatory_button.setEnabled(len(self.signatories) < MAX_SIGNATORIES)
        self._tab_chain()
        self._fit_form()

    def _fit_form(self) -> None:
        """The certificate's fields never wider than their column (no sideways scrolling)."""
        need = (self.certificate_form.minimumSizeHint().width()
                + self.certificate_scroll.verticalScrollBar().sizeHint().width() + 6)
        self.certificate_scroll.setMinimumWidth(max(min(need, 620), 560))

    # --- loading ------------------------------------------------------------------------------

    def load(self) -> None:
        self.worker.submit(_load, label="settings", done=self._loaded, failed=self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.status.setText(describe(exc))
        style.tone(self.status, "error")

    def _loaded(self, answer: tuple[core.EditionSettings, core.Design | None, str]) -> None:
        if self._closed:
            return
        settings, design, problem = answer
        self._settings, self._design = settings, design
        self._filling = True
        try:
            self._fill_settings(settings)
            if design is not None:
                self._fill_design(design)
        finally:
            self._filling = False
        self.status.setText("")
        locked = settings.finalized
        self._set_editable(not locked)
        self.save_button.setEnabled(not locked)
        notes = []
        if locked:
            notes.append(self.tr("The results are finalized, so the settings are locked. Reopen "
                                 "the "
                         "results first (Results ▸ Reopen…) to change them."))
        if problem:
            notes.append(f"The certificate's template cannot be used: {problem}")
            self.certificate_form.setEnabled(False)
        QTimer.singleShot(0, self._fit_form)  # once the filled fields are laid out
        self.banner.setText("\n".join(notes))
        self.banner.setVisible(bool(notes))
        self.loaded.emit()
        self.render_preview()

    def _fill_settings(self, s: core.EditionSettings) -> None:
        self.name.setText(s.name)
        self.year.setValue(s.year)
        self.organisation.setText(s.organisation)
        self.ceremony_place.setText(s.ceremony_place)
        index = self.certificate_language.findData(s.certificate_language)
        if index < 0:  # a pair in another order (ko+en): shown as it is, kept as it is
            self.certificate_language.addItem(s.certificate_language, s.certificate_language)
            index = self.certificate_language.count() - 1
        self.certificate_language.setCurrentIndex(index)
        self._date_text, self._date_touched = s.ceremony_date, False
        try:
            when = date.fromisoformat(s.ceremony_date) if s.ceremony_date else None
        except ValueError:
            when = None
        self.date_note.setVisible(bool(s.ceremony_date) and when is None)
        self.date_note.setText(f"Now written as “{s.ceremony_date}”; pick a date to replace it.")
        shown = when or date.today()
        self.ceremony_date.setDate(QDate(shown.year, shown.month, shown.day))
        self.date_unset.setChecked(when is None)
        self.ceremony_date.setEnabled(when is not None)
        for award, spin in self.tier_counts.items():
            spin.setValue(int(s.awards.get(award, 0)))
        index = self.method.findData(s.method)
        self.method.setCurrentIndex(max(index, 0))
        self._method_changed()
        self.shrinkage.setValue(s.shrinkage)
        self.shrinkage_auto.setChecked(bool(s.shrinkage_auto))
        self.min_score.setValue(self.min_score.minimum() if s.min_score is None
                                else s.min_score)
        self.near_tie.setValue(s.near_tie)
        self.low_confidence.setValue(s.low_confidence * 100)
        self.own_country_rule.setChecked(s.own_country_rule)

    def _fill_design(self, d: core.Design) -> None:
        self.logo.set_path(d.logo)
        for box in list(self.signatories):
            self.signatories.remove(box)
            box.deleteLater()
        for person in d.signatories[:MAX_SIGNATORIES] or [core.SignatoryDesign("")]:
            self._add_signatory(person)
        for key, edit in self.wording.items():
            edit.setText(d.wording.get(key, ""))
        for key, edit in self.award_names.items():
            edit.setText(d.award_names.get(key, ""))
        for key, button in self.colours.items():
            button.set_value(d.colours.get(key, "#000000"))

    def _set_editable(self, on: bool) -> None:
        for page in (self.edition_page, self.awards_page, self.certificate_form):
            page.setEnabled(on)

    def _method_changed(self, *_: object) -> None:
        code = self.method.currentData()
        self.method_words.setText(METHOD_WORDS.get(code, ""))
        self.shrinkage_auto.setEnabled(code == "additive")
        self.shrinkage.setEnabled(code == "additive" and not self.shrinkage_auto.isChecked())

    def _date_changed(self, *_: object) -> None:
        if self._filling:
            return
        self._date_touched = True
        self.ceremony_date.setEnabled(not self.date_unset.isChecked())
        self.date_note.hide()
        self._changed()

    # --- what the dialog holds ----------------------------------------------------------------

    def edition_values(self) -> core.EditionSettings:
        """The settings as the fields show them (unchanged numbers keep their exact value)."""
        s = self._settings or core.EditionSettings(name="", year=date.today().year)
        if self._date_touched:
            when = "" if self.date_unset.isChecked() else \
                self.ceremony_date.date().toString("yyyy-MM-dd")
        else:
            when = self._date_text

        def number(spin: QDoubleSpinBox, was: float | None, scale: float = 1) -> float | None:
            shown = None if was is None else round(was * scale, spin.decimals())
            if shown is not None and abs(spin.value() - shown) < 1e-9:
                return was
            return spin.value() / scale

        minimum = None if self.min_score.value() == self.min_score.minimum() else \
            number(self.min_score, s.min_score)
        return core.EditionSettings(
            name=self.name.text().strip(), year=self.year.value(),
            organisation=self.organisation.text().strip(), ceremony_date=when,
            ceremony_place=self.ceremony_place.text().strip(),
            method=self.method.currentData(),
            shrinkage=number(self.shrinkage, s.shrinkage) or 0.0,
            shrinkage_auto=self.shrinkage_auto.isChecked(),
            min_score=minimum,
            near_tie=number(self.near_tie, s.near_tie) or 0.0,
            low_confidence=number(self.low_confidence, s.low_confidence, 100) or 0.0,
            own_country_rule=self.own_country_rule.isChecked(),
            awards={award: spin.value() for award, spin in self.tier_counts.items()},
            finalized=s.finalized,
            certificate_language=str(self.certificate_language.currentData() or "en"),
        )

    def design_values(self) -> core.Design | None:
        """The design as the fields show it (None before it is loaded)."""
        if self._design is None:
            return None
        return core.Design(
            logo=self.logo.path,
            signatories=[box.value() for box in self.signatories],
            colours={key: b.value for key, b in self.colours.items()},
            wording={key: e.text() for key, e in self.wording.items()},
            award_names={key: e.text() for key, e in self.award_names.items()},
            source=self._design.source,
        )

    def design_changed(self) -> bool:
        return self._design is not None and self.design_values() != self._design

    # --- the preview --------------------------------------------------------------------------

    def _changed(self, *_: object) -> None:
        if self._filling or self._design is None:
            return
        self._timer.start()

    def render_preview(self) -> None:
        """Draw the certificate with what the fields hold now (on the worker)."""
        design = self.design_values()
        if design is None or self._closed:
            return
        if self._preview_busy:
            self._preview_again = True
            return
        self._preview_busy = True
        self.preview_count += 1
        out = Path(self._tmp.name) / f"preview-{self.preview_count}.pdf"
        settings = self.edition_values()
        self.preview_status.setText(self.tr("Drawing the preview…"))
        style.tone(self.preview_status, "busy")
        self.worker.submit(core.preview_certificate, design, out, settings,
                           label="preview", done=self._previewed, failed=self._preview_failed)

    def _preview_done(self) -> bool:
        """After each answer: draw again if the fields changed meanwhile."""
        self._preview_busy = False
        if self._closed:
            return False
        if self._preview_again:
            self._preview_again = False
            self._timer.start()
        return True

    def _previewed(self, path: Path) -> None:
        if not self._preview_done():
            return
        old, self._preview_file = self._preview_file, Path(path)
        if self.preview_view is not None:
            self._pdf.load(str(path))
        if old is not None and old != self._preview_file:
            old.unlink(missing_ok=True)
        locked = self._settings is not None and self._settings.finalized
        self.preview_status.setText(
            self.tr("One of the edition's certificates, as it is printed now.") if locked else
            self.tr("One of the edition's certificates, drawn as the fields are now; nothing is "
                    "saved "
            "until you press Save."))
        style.tone(self.preview_status, "")
        self.previewed.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        if not self._preview_done():
            return
        self.preview_status.setText(f"No preview: {describe(exc)}")
        style.tone(self.preview_status, "error")

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        if self._settings is None:
            return
        settings = self.edition_values()
        design = self.design_values() if self.design_changed() else None
        folder = None
        if design is not None and self.on_server and design.source is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("A folder for the edition's certificate template"),
                _remembered(self.folders, "template"))
            if not chosen:
                return
            self.folders.setValue("folders/template", chosen)
            slug = "".join(c if c.isalnum() else "-" for c in settings.name.lower()).strip("-")
            folder = Path(chosen) / f"{slug or 'edition'}-certificate"
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        style.tone(self.status, "busy")
        self.worker.submit(_save, settings, design, folder, label="save settings",
                           done=self._saved, failed=self._save_failed)

    def _saved(self, done: list[str]) -> None:
        if self._closed:
            return
        self.saved = done
        self.status.setText("")
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.status.setText(self.tr("Not saved."))
        style.tone(self.status, "error")
        self.save_button.setEnabled(True)
        show_error(self, exc, self.tr("Settings not saved"))

    def done(self, result: int) -> None:  # noqa: D102 - QDialog's
        self._closed = True
        self._timer.stop()
        super().done(result)


def edit_settings(window: MainWindow) -> None:
    """Open the settings dialog on ``window``'s edition; what is saved shows at once."""
    dialog = SettingsDialog(window.worker, window.settings, window,
                            on_server="://" in str(getattr(window, "path", "") or ""))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    saved = list(dialog.saved)
    dialog.deleteLater()
    if accepted and saved:
        window.statusBar().showMessage(f"Settings saved ({len(saved)} "
                                       f"change{'s' if len(saved) != 1 else ''}).", 8000)
        window.data_changed()

