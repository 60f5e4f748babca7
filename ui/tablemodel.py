"""Table models: the lazy one for the edition's big tables, and a plain one for short lists.

:class:`LazyTableModel` follows Anki's browser model: it holds only the ordered row ids; a row's
cells are fetched (a page at a time, through the database worker) the first time the view paints
it, and kept in a small cache. Sorting and filtering are done by the database, which answers a
new id list; 20,000 applications open and scroll at once.
"""

from __future__ import annotations

import heapq
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from ui import i18n
from ui.i18n import QT_TRANSLATE_NOOP
from ui.worker import DbWorker
from wego_awards.db import Database
from wego_awards.services import browse

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


def ids_and_first_page(db: Database, kind: str, text: str, sort: str, descending: bool,
                       page: int) -> tuple[list[int], dict[int, tuple]]:
    """The ordered ids and the first page's rows in one trip to the worker (runs there): the
    table is filled without waiting for a paint to ask for its first rows."""
    ids = browse.row_ids(db, kind, text, sort, descending)
    return ids, browse.fetch_rows(db, kind, ids[:page])


class LazyTableModel(QAbstractTableModel):
    """One of the edition's tables (``browse.TABLE_KINDS``), fetched lazily by page."""

    PAGE = 200
    CACHED_PAGES = 40  # 8,000 rows: a few screens either way, and little memory

    loaded = Signal()  # a new id list is in (after refresh, filter or sort)
    rows_fetched = Signal()

    def __init__(self, worker: DbWorker, kind: str, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.worker = worker
        self.kind = kind
        self._columns = browse.columns(kind)
        self._numeric = {i for i, c in enumerate(browse.spec(kind).columns) if c.numeric}
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, tuple]] = OrderedDict()
        self._pending: set[int] = set()
        self._text = ""
        self._sort = 0
        self._descending = False
        self._generation = 0
        self.total: int | None = None  # rows without a filter, for "12 of 52"
        self.is_loaded = False

    # --- Qt's model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._row(index.row())
            if row is None:
                return None
            value = row[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                text = "" if value is None else str(value)
                return text if len(text) > 40 else None
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
                return column_title(self._columns[section][1])
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
                return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # --- what the views and the window call ---------------------------------------------------

    def set_filter(self, text: str) -> None:
        """Keep only the rows holding every word of ``text`` (in any of their columns)."""
        if text.strip() != self._text:
            self._text = text.strip()
            self.refresh()

    @property
    def filter_text(self) -> str:
        return self._text

    def refresh(self) -> None:
        """Ask the database for the id list again (after a filter, a sort, or new data)."""
        self._generation += 1
        generation = self._generation
        self.worker.submit(ids_and_first_page, self.kind, self._text,
                           self._columns[self._sort][0], self._descending, self.PAGE,
                           label=f"list {self.kind}",
                           done=lambda got: self._ids_arrived(generation, *got))
        if not self._text:
            return
        if self.total is None:
            self.worker.submit(browse.count, self.kind, done=self._count_arrived)

    def row_values(self, row: int) -> dict[str, Any] | None:
        """The cells of ``row`` by column key, or None until they are fetched."""
        cells = self._row(row)
        if cells is None:
            return None
        return {key: cells[i] for i, (key, _) in enumerate(self._columns)}

    def ensure_row(self, row: int) -> bool:
        """True if ``row``'s cells are here; otherwise ask for its page and say False."""
        return self._row(row) is not None if 0 <= row < len(self._ids) else True

    def column_keys(self) -> list[str]:
        return [k for k, _ in self._columns]

    # --- fetching -----------------------------------------------------------------------------

    def _row(self, row: int) -> tuple | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.PAGE
        cells = self._pages.get(page)
        if cells is None:
            self._request(page)
            return None
        self._pages.move_to_end(page)
        return cells.get(self._ids[row])

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        ids = self._ids[page * self.PAGE:(page + 1) * self.PAGE]
        self.worker.submit(browse.fetch_rows, self.kind, ids, label=f"rows of {self.kind}",
                           done=lambda rows: self._rows_arrived(generation, page, rows))

    def _ids_arrived(self, generation: int, ids: Sequence[int],
                     first: dict[int, tuple] | None = None) -> None:
        if generation != self._generation:
            return  # a later filter or sort has been asked since
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self._pending.clear()
        if first is not None:
            self._pages[0] = first
        if not self._text:
            self.total = len(self._ids)
        self.endResetModel()
        self.is_loaded = True
        self.loaded.emit()

    def _count_arrived(self, total: int) -> None:
        self.total = total
        self.loaded.emit()

    def _rows_arrived(self, generation: int, page: int, rows: dict[int, tuple]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        while len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * self.PAGE
        last = min(first + self.PAGE, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self._columns) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])
        self.rows_fetched.emit()

    @property
    def fetching(self) -> bool:
        """True while a page the view asked for has not arrived yet."""
        return bool(self._pending)


# The core's column headings (wego_awards.services.browse), in the app's language.
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "Code"), QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Category"), QT_TRANSLATE_NOOP("Columns", "City"),
    QT_TRANSLATE_NOOP("Columns", "Country"), QT_TRANSLATE_NOOP("Columns", "Organisation"),
    QT_TRANSLATE_NOOP("Columns", "Document"), QT_TRANSLATE_NOOP("Columns", "Scored by"),
    QT_TRANSLATE_NOOP("Columns", "Name"), QT_TRANSLATE_NOOP("Columns", "Affiliation"),
    QT_TRANSLATE_NOOP("Columns", "Email"), QT_TRANSLATE_NOOP("Columns", "Conflicts"),
    QT_TRANSLATE_NOOP("Columns", "Scored"), QT_TRANSLATE_NOOP("Columns", "Judge"),
    QT_TRANSLATE_NOOP("Columns", "Judge's name"), QT_TRANSLATE_NOOP("Columns", "Application"),
    QT_TRANSLATE_NOOP("Columns", "Declared by"), QT_TRANSLATE_NOOP("Columns", "Source"),
    QT_TRANSLATE_NOOP("Columns", "Scores given"), QT_TRANSLATE_NOOP("Columns", "Description"),
    QT_TRANSLATE_NOOP("Columns", "Applications"), QT_TRANSLATE_NOOP("Columns", "Weight"),
    QT_TRANSLATE_NOOP("Columns", "Min"), QT_TRANSLATE_NOOP("Columns", "Max"),
    QT_TRANSLATE_NOOP("Columns", "Rubric"),
)


def column_title(title: str) -> str:
    """A column heading of the core's tables in the app's language."""
    return QCoreApplication.translate("Columns", title)


class ListTableModel(QAbstractTableModel):
    """A short table held in memory (results, progress, problems): rows of plain values."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[object]] = (),
                 numeric: Sequence[int] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[object]] = [list(r) for r in rows]
        self._numeric = set(numeric)
        self._tips: dict[tuple[int, int], str] = {}
        self._fonts: dict[int, QFont] = {}
        self._backgrounds: dict[int, QBrush] = {}

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._rows[r][c]
            if isinstance(value, float):  # in the language's form: 7.85, 7,85
                return i18n.number(value, 2)
            return value
        if role == Qt.ItemDataRole.UserRole:  # the raw value, for sorting and tests
            return self._rows[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get((r, c))
        if role == Qt.ItemDataRole.TextAlignmentRole and c in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._fonts.get(r)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._backgrounds.get(r)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def set_rows(self, rows: Sequence[Sequence[object]],
                 tips: dict[tuple[int, int], str] | None = None,
                 fonts: dict[int, QFont] | None = None,
                 backgrounds: dict[int, QBrush] | None = None) -> None:
        """Replace every row (and the per-cell tooltips, per-row fonts and backgrounds)."""
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._tips = dict(tips or {})
        self._fonts = dict(fonts or {})
        self._backgrounds = dict(backgrounds or {})
        self.endResetModel()

    def row(self, row: int) -> list[object]:
        return list(self._rows[row])

    def rows(self) -> list[list[object]]:
        return [list(r) for r in self._rows]


WIDEST = 8  # per column, the longest texts by each measure that are measured in pixels


def _rough_text(value: object) -> str:
    """A cell's text near enough to its shown length to find the longest (floats are shown
    with two decimals in the language's form)."""
    return f"{value:,.2f}" if isinstance(value, float) else str(value)


def _widest_rows(texts: Sequence[str], fonted: Sequence[int]) -> set[int]:
    """The rows whose text may be the widest on screen, found without measuring: the longest
    in characters, the longest in UTF-8 bytes (the wide scripts take two or three), and the
    longest of the rows shown in a font of their own."""
    if len(texts) <= WIDEST:
        return set(range(len(texts)))
    chars = [len(t) for t in texts]
    wide = [len(t.encode("utf-8", "replace")) for t in texts]
    rows = set(heapq.nlargest(WIDEST, range(len(texts)), key=chars.__getitem__))
    rows.update(heapq.nlargest(WIDEST, range(len(texts)), key=wide.__getitem__))
    rows.update(heapq.nlargest(WIDEST, fonted, key=chars.__getitem__))
    return rows


def fit_columns(view: QTableView, stretch: Sequence[int] = ()) -> None:
    """Size ``view``'s columns to their headings and their widest text each time its model is
    reset, the ``stretch`` columns taking the room left; the person can still drag them wider.

    In place of Qt's ResizeToContents, which asks the model for every cell's data again each
    time the view is shown or laid out (every row when the view is hidden): 140,000 calls into
    Python, half a second, for a category's ranking of 3,000 applications. Every row counts
    (the longest city may be at rank 2,500), but only the few longest texts of each column
    (:func:`_widest_rows`) are measured in pixels.
    """
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for c in stretch:
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
    fixed = [c for c in range(header.count()) if c not in stretch]

    def fit() -> None:
        model = view.model()
        if model is None:
            return
        display, font_role = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
        plain = view.fontMetrics()
        heading = header.fontMetrics()
        pad = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin,
                                           None, view) + 10
        rows = model.rowCount()
        held = model._rows if isinstance(model, ListTableModel) else None
        fonted = sorted(model._fonts) if isinstance(model, ListTableModel) else []
        metrics: dict[int, QFontMetrics] = {}

        def metrics_of(r: int) -> QFontMetrics:
            if r not in metrics:
                font = model.data(model.index(r, 0), font_role)
                metrics[r] = QFontMetrics(font) if isinstance(font, QFont) else plain
            return metrics[r]

        for c in range(model.columnCount()):
            if c not in fixed:
                continue
            title = model.headerData(c, Qt.Orientation.Horizontal, display)
            width = heading.horizontalAdvance(str(title or "")) + 2 * pad
            if held is not None:  # the rows in memory: no call into Qt per cell
                texts = [_rough_text(row[c]) if row[c] is not None else "" for row in held]
            else:
                texts = []
                for r in range(rows):
                    value = model.data(model.index(r, c), display)
                    texts.append("" if value is None else str(value))
            for r in _widest_rows(texts, fonted):
                value = model.data(model.index(r, c), display)
                if value is not None and value != "":
                    width = max(width, metrics_of(r).horizontalAdvance(str(value)) + pad)
            header.resizeSection(c, width)

    model = view.model()
    if model is not None:
        model.modelReset.connect(fit)
        fit()
