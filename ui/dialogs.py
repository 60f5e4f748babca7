"""Small dialogs: a reason (required), the jury's override, a new edition, and long jobs.

Dialogs only collect; the window runs what they collected through the database worker. Each
dialog that needs a reason keeps its OK button disabled until one is written, and the core
refuses an empty reason again, so neither path can skip it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, style
from ui.i18n import QT_TRANSLATE_NOOP
from ui.worker import Cancelled, DbWorker, T, Task
from wego_awards.services.edition import AWARD_NAMES, WEGO_CATEGORIES

if TYPE_CHECKING:
    from wego_awards.services.results import CategoryResults

# The award names the core gives, in the app's language (the core never imports Qt).
_AWARDS = {"Gold": QT_TRANSLATE_NOOP("Awards", "Gold"),
           "Silver": QT_TRANSLATE_NOOP("Awards", "Silver"),
           "Special Mention": QT_TRANSLATE_NOOP("Awards", "Special Mention"),
           "Bronze": QT_TRANSLATE_NOOP("Awards", "Bronze")}


def award_name(award: str) -> str:
    """The name of ``award`` (a key such as "gold", or an English name) in the app's language."""
    name = AWARD_NAMES.get(award, award)
    return QCoreApplication.translate("Awards", name) if name in _AWARDS else name


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class ReasonDialog(QDialog):
    """Ask for a reason; OK stays disabled until there is one."""

    def __init__(self, title: str, prompt: str, action: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("The reason, as it will stand in the history"))
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(action or self.tr("OK"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(460, 240)
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.reason_text()))

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class OverrideDialog(QDialog):
    """The jury's decision: which application gets which award in a category, and why."""

    def __init__(self, category: CategoryResults, awards: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jury's decision in {category}").format(
            category=f"{category.code} · {category.name}"))
        self.award = QComboBox()
        for a in awards:
            self.award.addItem(award_name(a), a)
        self.application = QComboBox()
        for r in category.ranking:
            self.application.addItem(
                f"{r.rank}. {r.application} · {r.city} · {r.title[:60]} "
                f"({i18n.number(r.score, 2)})" if r.score is not None else
                f"{r.rank}. {r.application} · {r.city} · {r.title[:60]}",
                r.application)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Required: why the jury decided so (kept in the "
                                               "history and printed in the report)"))
        note = QLabel(self.tr("The computed award is replaced by the jury's decision. A reason "
                              "is required."))
        note.setWordWrap(True)
        style.role(note, "muted")
        form = QFormLayout()
        form.addRow(self.tr("Award"), self.award)
        form.addRow(self.tr("Application"), self.application)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Record the decision"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(620, 320)
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def choice(self) -> tuple[str, str, str]:
        """(award, application code, reason)."""
        return (self.award.currentData(), self.application.currentData(),
                self.reason.toPlainText().strip())


@dataclass(frozen=True)
class NewEdition:
    """What the new-edition dialog collected.

    Unpacking it still gives ``(name, year, path)``, the shape ``values()`` had before, so a
    caller written for that keeps working until it takes the organisation and categories too.
    """

    name: str
    year: int
    path: Path
    organisation: str
    wego_categories: bool

    def __iter__(self) -> Iterator[str | int | Path]:
        return iter((self.name, self.year, self.path))


class NewEditionDialog(QDialog):
    """A new edition: its name, year, organisation, categories and the file that will hold it."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New edition"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 5th WeGO Awards"))
        self.name.setAccessibleName(self.tr("Edition name"))
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(date.today().year)
        self.year.setMaximumWidth(110)
        self.year.setAccessibleName(self.tr("Year"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Who gives the awards, e.g. World Smart "
                                                     "Sustainable Cities Organization"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setToolTip(self.tr("Printed on the certificates and the report"))
        self.wego = QRadioButton(self.tr("WeGO's six smart-city categories"))
        self.wego.setAccessibleName(self.tr("Start with WeGO's six smart-city categories"))
        self.wego.setToolTip(", ".join(name for _, name, _ in WEGO_CATEGORIES))
        self.own = QRadioButton(self.tr("My own (import a categories file next, or add them one "
                                         "by one)"))
        self.own.setAccessibleName(self.tr("Start with my own categories"))
        self.wego.setChecked(True)
        self.categories = QButtonGroup(self)
        self.categories.addButton(self.wego)
        self.categories.addButton(self.own)
        choice = QVBoxLayout()
        choice.setContentsMargins(0, 0, 0, 0)
        choice.addWidget(self.wego)
        choice.addWidget(self.own)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File of the new edition"))
        self._folder = folder or Path.home()
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the file of the new edition"))
        browse.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        style.role(self.note, "muted")
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("Categories"), choice)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        self.path.textChanged.connect(self._check)
        self.name.textChanged.connect(self._suggest)
        self.wego.toggled.connect(self._explain)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        for a, b in ((self.name, self.year), (self.year, self.organisation),
                     (self.organisation, self.wego), (self.wego, self.own),
                     (self.own, self.path), (self.path, browse)):
            QWidget.setTabOrder(a, b)
        self.resize(600, 280)
        self._touched = False
        self._explain()
        self._check()

    def _explain(self, *_: object) -> None:
        if self.wego.isChecked():
            self.note.setText(self.tr("The edition starts with the six WeGO categories; import "
                                      "criteria, applications and judges next (File ▸ Import, "
                                      "or drop the files on the window)."))
        else:
            self.note.setText(self.tr("The edition starts with no categories: import a categories "
                                      "file first (File ▸ Import), or add them one by one; then "
                                      "criteria, applications and judges."))

    def _suggest(self, name: str) -> None:
        if self._touched:
            return
        slug = "".join(ch if ch.isalnum() else "-" for ch in name.strip().lower()).strip("-")
        self.path.blockSignals(True)
        self.path.setText(str(self._folder / f"{slug or 'edition'}.db"))
        self.path.blockSignals(False)
        self._check()

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("The file for the new edition"),
                                              self.path.text() or str(self._folder),
                                              self.tr("Edition files") + " (*.db)")
        if name:
            self._touched = True
            self.path.setText(name if name.endswith(".db") else name + ".db")

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.name.text().strip() and self.path.text().strip()))

    def values(self) -> NewEdition:
        return NewEdition(name=self.name.text().strip(), year=self.year.value(),
                          path=Path(self.path.text().strip()),
                          organisation=self.organisation.text().strip(),
                          wego_categories=self.wego.isChecked())


def run_long(parent: QWidget, worker: DbWorker, label: str, fn: Callable[..., T], *args: Any,
             done: Callable[[T], object],
             failed: Callable[[BaseException], object] | None = None, **kwargs: Any) -> Task:
    """Run a long job with a progress dialog and Cancel; the window stays responsive.

    The dialog appears only if the job takes more than half a second. Cancel stops the job at
    its next progress report and rolls its transaction back.
    """
    dialog = QProgressDialog(label, _tr("Cancel"), 0, 0, parent)
    dialog.setWindowTitle(_tr("Working"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def progress(n: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(n, max(total, 1)))

    def dismiss() -> None:
        dialog.canceled.disconnect()  # closing a progress dialog emits canceled
        dialog.reset()
        dialog.close()
        dialog.deleteLater()

    def finish(value: T) -> None:
        dismiss()
        done(value)

    def fail(exc: BaseException) -> None:
        dismiss()
        if isinstance(exc, Cancelled):
            return
        if failed is not None:
            failed(exc)
        else:
            from ui.messages import show_error

            show_error(parent, exc)

    task = worker.submit(fn, *args, done=finish, failed=fail, progress=progress,
                         with_progress=True, label=label, **kwargs)
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(_tr("Cancelling… nothing will be kept.")))
    return task
