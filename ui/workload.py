"""A judge's applications grouped by category, with progress: a two-level tree model.

Top rows are categories ("EG · Efficient Government", "3 of 9"); their children are the
applications the judge is to score ("EG-03 Goyang Smart City", "✓" or "2/5"). Conflicted
applications never reach this model: ``browse.judge_workload`` leaves them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ui.i18n import QT_TRANSLATE_NOOP
from wego_awards.services.browse import WorkloadRow

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
_DONE = QBrush(QColor("#3a8f5c"))
_PARTIAL = QBrush(QColor("#b7791f"))
# Made once: Qt asks for an application row's flags twice a row when it lays the tree out (4,000
# calls for a judge's 2,000 applications), and an enum's | costs as much as the call.
_CATEGORY_FLAGS = Qt.ItemFlag.ItemIsEnabled
_APP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass
class _Category:
    """A top row: a category and the judge's applications in it, in order."""

    code: str
    name: str
    apps: list[WorkloadRow] = field(default_factory=list)


class WorkloadModel(QAbstractItemModel):
    """Categories, then the judge's applications in each; column 1 says how far scoring is."""

    HEADERS = (QT_TRANSLATE_NOOP("WorkloadModel", "Application"),
               QT_TRANSLATE_NOOP("WorkloadModel", "Scored"))

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._cats: list[_Category] = []
        self._where: dict[str, tuple[int, int]] = {}  # application code -> (category, row)

    # --- loading ------------------------------------------------------------------------------

    def set_workload(self, rows: list[WorkloadRow]) -> None:
        """Rows from ``browse.judge_workload`` (already in category order)."""
        self.beginResetModel()
        self._cats = []
        self._where = {}
        for r in rows:
            if not self._cats or self._cats[-1].code != r.category:
                self._cats.append(_Category(r.category, r.category_name))
            cat = self._cats[-1]
            self._where[r.application] = (len(self._cats) - 1, len(cat.apps))
            cat.apps.append(r)
        self.endResetModel()

    def set_scored(self, application: str, scored: int) -> None:
        """How many criteria of ``application`` are now scored (after a save)."""
        where = self._where.get(application)
        if where is None:
            return
        c, r = where
        apps = self._cats[c].apps
        if apps[r].scored == scored:
            return
        apps[r] = replace(apps[r], scored=scored)
        idx = self.index(r, 1, self.index(c, 0))
        self.dataChanged.emit(self.index(r, 0, self.index(c, 0)), idx)
        self.dataChanged.emit(self.index(c, 0), self.index(c, 1))

    # --- queries ------------------------------------------------------------------------------

    def applications(self) -> list[str]:
        """Every application code, in the order shown."""
        return [a.application for cat in self._cats for a in cat.apps]

    def app(self, code: str) -> WorkloadRow | None:
        where = self._where.get(code)
        return None if where is None else self._cats[where[0]].apps[where[1]]

    def index_of(self, code: str) -> QModelIndex:
        where = self._where.get(code)
        if where is None:
            return QModelIndex()
        return self.index(where[1], 0, self.index(where[0], 0))

    def code_at(self, index: Index) -> str | None:
        """The application code at ``index`` (None for a category row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._cats[index.internalId() - 1].apps[index.row()].application

    def totals(self) -> tuple[int, int]:
        """(applications completely scored, applications in all)."""
        apps = [a for cat in self._cats for a in cat.apps]
        return sum(a.complete for a in apps), len(apps)

    # --- Qt's model interface -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        if column < 0 or column >= len(self.HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._cats) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()  # applications have no children
        cat = parent.row()
        if cat >= len(self._cats) or row >= len(self._cats[cat].apps):
            return QModelIndex()
        return self.createIndex(row, column, cat + 1)

    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        if not parent.isValid():
            return len(self._cats)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._cats[parent.row()].apps)
        return 0

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return len(self.HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CATEGORY_FLAGS if index.internalId() == 0 else _APP_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return QCoreApplication.translate("WorkloadModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._category_data(self._cats[index.row()], index.column(), role)
        app = self._cats[index.internalId() - 1].apps[index.row()]
        return self._app_data(app, index.column(), role)

    def _category_data(self, cat: _Category, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{cat.code} · {cat.name}" if column == 0 else \
                self.tr("{done} of {n}").format(done=_done(cat), n=len(cat.apps))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and \
                _done(cat) == len(cat.apps):
            return _DONE
        return None

    def _app_data(self, app: WorkloadRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{app.application}  {app.title}"
            if app.complete:
                return "✓"
            return f"{app.scored}/{app.criteria}" if app.scored else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{app.title}\n{app.city}, {app.country}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return _DONE if app.complete else _PARTIAL
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return app.application
        return None


def _done(cat: _Category) -> int:
    """How many of the category's applications the judge has scored completely (counted when
    shown: Qt asks a row for each of its roles, and only two need the count)."""
    return sum(a.complete for a in cat.apps)
