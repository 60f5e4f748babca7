"""Forms for one record: add or edit a category, criterion, application, judge or assignment,
declare a conflict, and delete any of them.

Each form is built from the core's description of the record's fields
(``wego_awards.services.records.FIELDS``) and checked by the core with the very rules of the
file imports (``records.check``): a problem is shown beside the field it names, and nothing is
written. What a change destroys (a conflict clears that judge's scores; deleting an application
takes its scores with it) is said before the person confirms. Every saved change comes back with
its way back, for Edit ▸ Undo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui import files, style
from ui.i18n import QT_TRANSLATE_NOOP
from ui.lazy import lazy
from ui.messages import describe, esc
from ui.ops import Changes, Undo
from ui.worker import DbWorker
from wego_awards.db import Database
from wego_awards.errors import Refused
from wego_awards.services import browse

if TYPE_CHECKING:
    from wego_awards.services import records
    from wego_awards.services.records import Consequences, RecordChange
else:  # loaded when a form first opens, not to open the window
    records = lazy("wego_awards.services.records")

ONE = {"categories": "category", "criteria": "criterion", "applications": "application",
       "judges": "judge", "conflicts": "conflict", "assignments": "assignment"}
ERROR_SHEET = "border: 1px solid #b3261e; border-radius: 3px;"
# The dialog's title per kind (whole phrases, so each language says them its own way), and the
# core's field labels (wego_awards.services.records) in the app's language.
TITLES = {
    "categories": (QT_TRANSLATE_NOOP("RecordDialog", "Add a category"),
                  QT_TRANSLATE_NOOP("RecordDialog", "Edit category {key}")),
    "criteria": (QT_TRANSLATE_NOOP("RecordDialog", "Add a criterion"),
                QT_TRANSLATE_NOOP("RecordDialog", "Edit criterion {key}")),
    "applications": (QT_TRANSLATE_NOOP("RecordDialog", "Add an application"),
                    QT_TRANSLATE_NOOP("RecordDialog", "Edit application {key}")),
    "judges": (QT_TRANSLATE_NOOP("RecordDialog", "Add a judge"),
              QT_TRANSLATE_NOOP("RecordDialog", "Edit judge {key}")),
    "conflicts": (QT_TRANSLATE_NOOP("RecordDialog", "Add a conflict"),
                 QT_TRANSLATE_NOOP("RecordDialog", "Edit conflict {key}")),
    "assignments": (QT_TRANSLATE_NOOP("RecordDialog", "Add an assignment"),
                   QT_TRANSLATE_NOOP("RecordDialog", "Edit assignment {key}")),
}
FIELD_LABELS = (QT_TRANSLATE_NOOP("Fields", "Code"),
                QT_TRANSLATE_NOOP("Fields", "Name"),
                QT_TRANSLATE_NOOP("Fields", "Description"),
                QT_TRANSLATE_NOOP("Fields", "Weight"),
                QT_TRANSLATE_NOOP("Fields", "Minimum"),
                QT_TRANSLATE_NOOP("Fields", "Maximum"),
                QT_TRANSLATE_NOOP("Fields", "Rubric"),
                QT_TRANSLATE_NOOP("Fields", "Category"),
                QT_TRANSLATE_NOOP("Fields", "City"),
                QT_TRANSLATE_NOOP("Fields", "Country"),
                QT_TRANSLATE_NOOP("Fields", "Title"),
                QT_TRANSLATE_NOOP("Fields", "Summary"),
                QT_TRANSLATE_NOOP("Fields", "Organisation"),
                QT_TRANSLATE_NOOP("Fields", "E-mail"),
                QT_TRANSLATE_NOOP("Fields", "Document (PDF)"),
                QT_TRANSLATE_NOOP("Fields", "Affiliation"),
                QT_TRANSLATE_NOOP("Fields", "Judge"),
                QT_TRANSLATE_NOOP("Fields", "Application"),
                QT_TRANSLATE_NOOP("Fields", "Reason"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordDialog", text)


def key_text(kind: str, key: tuple[str, ...]) -> str:
    """A record's key as a person reads it: "EG-07", or "J3 / EG-07" for a pair."""
    return " / ".join(key) if kind in ("conflicts", "assignments") else key[0]


def changes_of(change: RecordChange) -> Changes:
    """What a saved change touched, as the views' refresh needs it."""
    touched = change.touched
    return Changes.of(*touched) if touched else Changes.everything()


def undo_of(change: RecordChange) -> Undo:
    """The way back from ``change``, run on the worker as a new act in the history."""
    action = change.action
    label = f"{action} {ONE.get(change.kind, change.kind)} {key_text(change.kind, change.key)}"
    return Undo(label=label, fn=lambda db: records.undo(db, change), changes=changes_of(change))


class _Picker(QComboBox):
    """An editable combo box over (code, label) choices, finding by any part of the label."""

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        line = self.lineEdit()  # the part that takes the typing
        if line is not None:
            line.setAccessibleName(name)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumWidth(360)
        line = self.lineEdit()
        if line is not None:  # editable: it has one
            line.setPlaceholderText(
                {"judge": self.tr("Type to find the judge…"),
                 "application": self.tr("Type to find the application…"),
                 "category": self.tr("Type to find the category…")}.get(what, "…"))
        self._codes: list[str] = []

    def set_choices(self, choices: list[tuple[str, str]], current: str | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        self._codes = [c for c, _ in choices]
        labels = [label for _, label in choices]
        self.addItems(labels)
        completer = QCompleter(QStringListModel(labels, self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.blockSignals(False)
        self.set_code(current)

    def set_code(self, code: str | None) -> None:
        if code is None:
            self.setCurrentIndex(-1)
            self.setEditText("")
            return
        for i, c in enumerate(self._codes):
            if c.casefold() == code.casefold():
                self.setCurrentIndex(i)
                return

    def code(self) -> str:
        """The chosen code; what was typed when it matches no choice (the core names it)."""
        text = self.currentText().strip()
        i = self.findText(text)
        if i >= 0:
            return self._codes[i]
        return text.split("·")[0].strip()


def _choices(db: Database, kinds: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """The pickers' choices, read on the worker."""
    out: dict[str, list[tuple[str, str]]] = {}
    if "judge" in kinds:
        out["judge"] = [(j.code, f"{j.code} · {j.name}") for j in browse.judges(db)]
    if "application" in kinds:
        out["application"] = browse.application_choices(db)
    if "category" in kinds:
        out["category"] = [(c.code, f"{c.code} · {c.name}") for c in browse.categories(db)]
    return out


class RecordDialog(QDialog):
    """Add or edit one record of ``kind``: its fields, checked by the import rules."""

    saved = Signal(object, object, object)  # the change, what it touched, its way back

    def __init__(self, worker: DbWorker, kind: str, key: tuple[str, ...] | None = None,
                 parent: QWidget | None = None, preset: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.kind = kind
        self.key = key
        self.setObjectName(f"record-{kind}")
        self.setWindowTitle(_tr(TITLES[kind][1]).format(key=key_text(kind, key)) if key
                            else _tr(TITLES[kind][0]))
        self.fields: dict[str, Any] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        pickers: list[str] = []
        for f in records.FIELDS[kind]:
            widget = self._widget(f)
            if f.kind in ("judge", "application", "category"):
                pickers.append(f.kind)
            label = QLabel(QCoreApplication.translate("Fields", f.label) +
                           (" *" if f.required else ""))
            label.setBuddy(widget.line if isinstance(widget, _PdfField) else widget)
            error = QLabel("")
            error.setWordWrap(True)
            style.tone(error, "error")
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.fields[f.key] = widget
            self.errors[f.key] = error
        self.verdict = QLabel(self.tr("Fields marked * are required. Nothing is written until you "
                              "press Save; the same rules as the imports apply."))
        self.verdict.setWordWrap(True)
        style.role(self.verdict, "muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)  # until the record and the choices are in
        self.buttons.accepted.connect(self.check_and_save)
        self.buttons.rejected.connect(self.reject)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The record's fields"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.buttons)
        self.resize(640, min(120 + 70 * len(self.fields), 620))
        self._pending = 0
        wanted = tuple(dict.fromkeys(pickers))
        self._load(wanted, preset or {})

    def _widget(self, f: records.Field) -> Any:
        read_only = bool(self.key) and getattr(f, "read_only_when_editing", False)
        if f.kind == "multiline":
            w: Any = QPlainTextEdit()
            w.setTabChangesFocus(True)
            w.setMinimumHeight(90)
        elif f.kind in ("judge", "application", "category"):
            w = _Picker(f.kind)
            if read_only:
                w.setEnabled(False)
        elif f.kind == "pdf":
            w = _PdfField(self)
        else:
            w = QLineEdit()
            if f.kind == "number":
                w.setMaximumWidth(160)
            w.setReadOnly(read_only)
        w.setAccessibleName(f.label)
        w.setObjectName(f"field-{f.key}")
        return w

    def _load(self, pickers: tuple[str, ...], preset: dict[str, str]) -> None:
        self._pending += 1
        kind, key = self.kind, self.key

        def job(db: Database) -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
            return _choices(db, pickers), (records.get(db, kind, key) if key else {})

        def done(got: tuple[dict[str, list[tuple[str, str]]], dict[str, str]]) -> None:
            self._pending -= 1
            choices, row = got
            row = {**row, **preset}
            for f in records.FIELDS[kind]:
                w = self.fields[f.key]
                value = str(row.get(f.key, "") or "")
                if isinstance(w, _Picker):
                    w.set_choices(choices.get(f.kind, []), value or None)
                elif isinstance(w, QPlainTextEdit):
                    w.setPlainText(value)
                elif isinstance(w, _PdfField):
                    w.set_current(value)
                else:
                    w.setText(value)
            self.ok.setEnabled(True)

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            self.verdict.setText(f"✗ {describe(exc)}")

        self.worker.submit(job, label="record", done=done, failed=failed)

    @property
    def ready(self) -> bool:
        return self._pending == 0 and self.ok.isEnabled()

    def row(self) -> dict[str, str]:
        """The form's values, as text (the core reads them as a file's cells)."""
        out = {}
        for key, w in self.fields.items():
            if isinstance(w, _Picker):
                out[key] = w.code()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText().strip()
            elif isinstance(w, _PdfField):
                out[key] = w.value()
            else:
                out[key] = w.text().strip()
        return out

    def set_value(self, key: str, value: str) -> None:
        """Fill one field (as a person would type it)."""
        w = self.fields[key]
        if isinstance(w, _Picker):
            w.set_code(value)
            if w.code() != value:
                w.setEditText(value)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value)
        elif isinstance(w, _PdfField):
            w.path.setText(value)
        else:
            w.setText(value)

    def check_and_save(self) -> None:
        """Check with the core; show problems by field, or confirm what will go, then save."""
        row, kind, key = self.row(), self.kind, self.key
        self._clear_errors()
        self.ok.setEnabled(False)
        self.verdict.setText(self.tr("Checking…"))
        self.worker.submit(records.check, kind, row, key=key, label="check a record",
                           done=lambda c: self._checked(row, c), failed=self._refused)

    def _clear_errors(self) -> None:
        for key, label in self.errors.items():
            label.hide()
            self.fields[key].setStyleSheet("")

    def _refused(self, exc: BaseException) -> None:
        self.ok.setEnabled(True)
        problems = exc.problems if isinstance(exc, Refused) else []
        placed = 0
        for p in problems:
            if p.column in self.errors:
                self.errors[p.column].setText(p.message)
                self.errors[p.column].show()
                self.fields[p.column].setStyleSheet(ERROR_SHEET)
                placed += 1
        if placed:
            n = len(problems)
            self.verdict.setText("✗ " + (self.tr("{n} problems, shown beside their fields; "
                                                 "nothing was written.") if n > 1 else
                                         self.tr("1 problem, shown beside its field; nothing "
                                                 "was written.")).format(n=n))
        else:
            self.verdict.setText(f"✗ {describe(exc)}")
        style.tone(self.verdict, "error")

    def _checked(self, row: dict[str, str], consequences: Consequences) -> None:
        style.tone(self.verdict, "")
        if consequences.destroys and not confirm(self, self.tr("Save this change?"), consequences):
            self.ok.setEnabled(True)
            self.verdict.setText(self.tr("Not saved."))
            return
        self.verdict.setText(self.tr("Saving…"))
        self.worker.submit(records.save, self.kind, row, key=self.key, label="save a record",
                           done=self._saved, failed=self._refused)

    def _saved(self, change: RecordChange) -> None:
        self.saved.emit(change, changes_of(change), undo_of(change))
        self.accept()


class _PdfField(QWidget):
    """An application's document: the current file's name, and a PDF to replace it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = QLabel("")
        style.role(self.current, "muted")
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A PDF file (leave empty to keep the current one)"))
        self.path.setAccessibleName(self.tr("The application's PDF document"))
        self.line = self.path
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose the PDF document"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.current)
        box.addLayout(row)

    def set_current(self, name: str) -> None:
        self.current.setText(self.tr("Now: {file}").format(file=name) if name
                             else self.tr("No document attached yet."))

    def _choose(self) -> None:
        name = files.open_file(self, "documents", self.tr("The application's document"),
                               self.tr("PDF documents (*.pdf);;All files (*)"))
        if name:
            self.path.setText(name)

    def value(self) -> str:
        text = self.path.text().strip()
        return str(Path(text).expanduser().absolute()) if text else ""

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.path.setAccessibleName(name)


class ConflictDialog(QDialog):
    """Declare a conflict: the judge and the application from pickers, and a reason; what it
    will clear (that judge's scores for it, the assignment) is said before it is written."""

    declared = Signal(object, object, object)  # the change, what it touched, its way back

    def __init__(self, worker: DbWorker, parent: QWidget | None = None,
                 judge: str | None = None, application: str | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setObjectName("declare-conflict")
        self.setWindowTitle(self.tr("Declare a conflict of interest"))
        self.judge = _Picker("judge")
        self.judge.setAccessibleName(self.tr("The judge"))
        self.application = _Picker("application")
        self.application.setAccessibleName(self.tr("The application they must never score"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why (kept in the history), e.g. 'advised the city "
                                               "on "
                                       "this project'"))
        self.reason.setAccessibleName(self.tr("The reason"))
        self.reason.setMaximumHeight(90)
        note = QLabel(self.tr("The judge will never see, score or be counted for this application. "
                      "Scores they already gave it are cleared (the history keeps them)."))
        note.setWordWrap(True)
        style.role(note, "muted")
        self.effect = QLabel("")
        self.effect.setWordWrap(True)
        self.effect.setObjectName("effect")
        form = QFormLayout()
        for text, w in ((self.tr("&Judge"), self.judge),
                        (self.tr("&Application"), self.application),
                        (self.tr("&Reason"), self.reason)):
            label = QLabel(text)
            label.setBuddy(w)
            form.addRow(label, w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Declare the conflict"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.declare)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.effect)
        layout.addWidget(self.buttons)
        self.resize(640, 340)
        self._serial = 0
        self._consequences: Consequences | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._check)
        for picker in (self.judge, self.application):
            picker.currentIndexChanged.connect(lambda _i: self._timer.start())
            picker.editTextChanged.connect(lambda _t: self._timer.start())
        self.reason.textChanged.connect(self._timer.start)
        self._loaded = False
        worker.submit(_choices, ("judge", "application"), label="choices",
                      done=lambda c: self._choices(c, judge, application),
                      failed=lambda exc: self.effect.setText(f"✗ {describe(exc)}"))

    def _choices(self, choices: dict[str, list[tuple[str, str]]], judge: str | None,
                 application: str | None) -> None:
        self.judge.set_choices(choices["judge"], judge)
        self.application.set_choices(choices["application"], application)
        self._loaded = True
        self._check()

    def row(self) -> dict[str, str]:
        return {"judge": self.judge.code(), "application": self.application.code(),
                "reason": self.reason.toPlainText().strip()}

    @property
    def ready(self) -> bool:
        return self._loaded and not self._timer.isActive() and self._consequences is not None

    def _check(self) -> None:
        """Ask the core what declaring it would do (on the worker); nothing is written."""
        self._timer.stop()
        self.ok.setEnabled(False)
        self._consequences = None
        row = self.row()
        if not row["judge"] or not row["application"]:
            self.effect.setText(self.tr("Choose the judge and the application."))
            return
        # What it would clear does not depend on the reason: check the pair now, and ask for
        # the reason beside the answer instead of refusing the empty box.
        check_row = dict(row, reason=row["reason"] or "(the reason, still to be written)")
        self._serial += 1
        serial = self._serial

        def done(c: Consequences) -> None:
            if serial != self._serial:
                return
            self._consequences = c
            style.tone(self.effect, "busy" if c.destroys else "")
            self.effect.setText("<br>".join(esc(line) for line in c.lines) or
                                self.tr("Nothing else changes."))
            self.ok.setEnabled(bool(row["reason"]))
            if not row["reason"]:
                self.effect.setText(self.effect.text() + self.tr("<br><i>Write the reason to go "
                                                                 "on.</i>"))

        def failed(exc: BaseException) -> None:
            if serial != self._serial:
                return
            style.tone(self.effect, "error")
            self.effect.setText(esc(describe(exc)))

        self.worker.submit(records.check, "conflicts", check_row, label="check a conflict",
                           done=done, failed=failed)

    def declare(self) -> None:
        if self._consequences is None or not self.row()["reason"]:
            return
        if self._consequences.destroys and not confirm(self, self.tr("Declare the conflict?"),
                                                       self._consequences):
            return
        self.ok.setEnabled(False)

        def refused(exc: BaseException) -> None:
            style.tone(self.effect, "error")
            self.effect.setText(esc(describe(exc)))
            self.ok.setEnabled(True)

        self.worker.submit(records.save, "conflicts", self.row(), label="declare a conflict",
                           done=self._saved, failed=refused)

    def _saved(self, change: RecordChange) -> None:
        self.declared.emit(change, changes_of(change), undo_of(change))
        self.accept()


def confirm(parent: QWidget, title: str, consequences: Consequences, action: str = "") -> bool:
    """Ask before a change that destroys data, listing what will go."""
    box = QMessageBox(QMessageBox.Icon.Warning, title,
                      "\n".join(f"• {line}" for line in consequences.lines) +
                      _tr("\n\nYou can take it back with Edit ▸ Undo."), parent=parent)
    box.setObjectName("confirm")
    yes = box.addButton(action or _tr("Go ahead"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def delete_record(parent: QWidget, worker: DbWorker, kind: str, key: tuple[str, ...],
                  done: Callable[[RecordChange, Changes, Undo], object]) -> None:
    """Delete one record after saying what goes with it; ``done(change, changes, undo)``."""
    def ask(consequences: Consequences) -> None:
        if consequences.blocking:
            QMessageBox.warning(parent, _tr("Not deleted"), consequences.blocking)
            return
        if not confirm(parent, _tr("Delete {key}?").format(key=key_text(kind, key)),
                       consequences, _tr("Delete")):
            return
        worker.submit(records.delete, kind, key, label="delete a record",
                      done=lambda change: done(change, changes_of(change), undo_of(change)),
                      failed=lambda exc: _refused_box(parent, exc))

    worker.submit(records.consequences, kind, key, label="what deleting takes", done=ask,
                  failed=lambda exc: _refused_box(parent, exc))


def _refused_box(parent: QWidget, exc: BaseException) -> None:
    from ui.messages import show_error

    show_error(parent, exc, _tr("Not done"))


def article(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word

