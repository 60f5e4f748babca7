"""An application's attachment (its PDF), shown inside the app when Qt's PDF module is there.

PySide6-Essentials has no QtPdf; with PySide6-Addons installed the document is rendered in a
``QPdfView`` beside the form. Without it the pane offers the document to the system's viewer (a
copy written to a temporary folder) or to be saved, so a judge can always read it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import files, i18n, style

try:  # in PySide6-Addons, not in PySide6-Essentials
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAS_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installed wheel
    HAS_QTPDF = False

Fetch = Callable[[Callable[[tuple[str, bytes] | None], None]], None]


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{i18n.number(n / 1024, 1)} KB"
    return f"{i18n.number(n / 1024 / 1024, 1)} MB"


class DocumentPane(QWidget):
    """The attachment of the application on screen; its bytes are fetched only when needed."""

    def __init__(self, fetch: Fetch, parent: QWidget | None = None, roomy: bool = False) -> None:
        super().__init__(parent)
        self._fetch = fetch  # fetch(callback): the page asks the worker for (name, bytes)
        self._info: dict | None = None
        self._data: tuple[str, bytes] | None = None
        self._code = ""
        self.label = QLabel(self.tr("No document attached to this application."))
        style.role(self.label, "muted")
        self.zoom_out = QPushButton("−")
        self.zoom_out.setToolTip(self.tr("Smaller (Ctrl+minus, or Ctrl+wheel)"))
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setToolTip(self.tr("Larger (Ctrl+plus, or Ctrl+wheel)"))
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.setToolTip(self.tr("The page as wide as the pane"))
        for b in (self.zoom_out, self.zoom_in):
            b.setFixedWidth(b.fontMetrics().horizontalAdvance("+") * 3 + 16)
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / 1.25))
        self.zoom_in.clicked.connect(lambda: self.zoom(1.25))
        self.fit_button.clicked.connect(self.fit_width)
        self.open_button = QPushButton(self.tr("Open in viewer"))
        self.open_button.setToolTip(self.tr("Open the document in your PDF viewer"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.open_button.clicked.connect(self._open_external)
        self.save_button.clicked.connect(self._save_copy)
        bar = QHBoxLayout()
        bar.addWidget(self.label, 1)
        for b in (self.zoom_out, self.zoom_in, self.fit_button):
            bar.addWidget(b)
        bar.addWidget(self.open_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        self.view = None
        if HAS_QTPDF:
            self._pdf = QPdfDocument(self)
            self._buffer: QBuffer | None = None
            self.view = QPdfView(self)
            self.view.setDocument(self._pdf)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setAccessibleName(self.tr("The document"))
            self.view.viewport().installEventFilter(self)
            layout.addWidget(self.view, 1)
            for keys, factor in (("Ctrl++", 1.25), ("Ctrl+=", 1.25), ("Ctrl+-", 0.8)):
                sc = QShortcut(QKeySequence(keys), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(lambda f=factor: self.zoom(f))
        else:
            # Without QtPdf a roomy pane (the certificates' preview) says plainly what to do.
            self.hint = QLabel("")
            style.role(self.hint, "empty")
            self.hint.setWordWrap(True)
            self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.hint.setVisible(roomy)
            self._roomy = roomy
            layout.addWidget(self.hint, 1 if roomy else 0)
            if not roomy:
                layout.addStretch(1)
        self._show_buttons(False)

    @property
    def embedded(self) -> bool:
        """True when the document is rendered in the app (QtPdf is installed)."""
        return self.view is not None

    def set_document(self, code: str, info: dict | None,
                     data: tuple[str, bytes] | None = None) -> None:
        """The application ``code``'s document info (file name, size), or None; ``data`` (its
        name and bytes) when the caller has them already, so they are not fetched again."""
        self._code, self._info, self._data = code, info, data
        if info is None:
            if self.view is None and self._roomy:
                self.hint.setText("")
            self.label.setText(self.tr("No document attached to this application."))
            self._show_buttons(False)
            if self.view is not None:
                self._pdf.close()
                self.view.hide()  # no grey page-less viewer: the summary takes the room
            return
        self.label.setText(self.tr("Document: {file}").format(file=info["filename"]) +
                           f" · {_size(info['size'])}")
        self._show_buttons(True)
        if self.view is None and self._roomy:
            self.hint.setText(f"{info['filename']}\n\n" + self.tr(
                "Press “Open in viewer” to look at it in your PDF viewer."))
        if self.view is not None:
            self.view.show()
            self._with_data(self._load_into_view)

    def _show_buttons(self, on: bool) -> None:
        self.open_button.setVisible(on)
        self.save_button.setVisible(on)
        for b in (self.zoom_out, self.zoom_in, self.fit_button):
            b.setVisible(on and self.view is not None)

    def zoom(self, factor: float) -> None:
        """Zoom the document by ``factor`` (from whatever it shows now), 25% to 800%."""
        if self.view is None:
            return
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._fitted_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(current * factor, 0.25), 8.0))

    def _fitted_factor(self) -> float:
        """The zoom that "fit width" shows now (QPdfView does not report it)."""
        if self.view is None or self._pdf.pageCount() == 0:
            return 1.0
        page = self._pdf.pagePointSize(0).width() * self.logicalDpiX() / 72
        return max(self.view.viewport().width() - 12, 50) / max(page, 1)

    def fit_width(self) -> None:
        if self.view is not None:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001
        if (self.view is not None and obj is self.view.viewport()
                and event.type() == QEvent.Type.Wheel
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
            return True
        return super().eventFilter(obj, event)

    def _with_data(self, then: Callable[[tuple[str, bytes]], None]) -> None:
        if self._data is not None:
            then(self._data)
            return
        code = self._code

        def arrived(data: tuple[str, bytes] | None) -> None:
            if data is None or code != self._code:
                return
            self._data = data
            then(data)

        self._fetch(arrived)

    def _load_into_view(self, data: tuple[str, bytes]) -> None:
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data[1]))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf.load(self._buffer)

    def _open_external(self) -> None:
        def write(data: tuple[str, bytes]) -> None:
            folder = Path(tempfile.mkdtemp(prefix="wego-doc-"))
            path = folder / Path(data[0]).name
            path.write_bytes(data[1])
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                # No viewer registered on this machine: never a silent nothing.
                QMessageBox.information(
                    self, self.tr("No PDF viewer here"),
                    self.tr("No program to show PDF files could be started on this computer. A "
                            "copy of the document is at:\n\n{path}\n\nOpen it from there, or "
                            "use “Save a copy…” to keep it where you like.").format(path=path))

        self._with_data(write)

    def _save_copy(self) -> None:
        def save(data: tuple[str, bytes]) -> None:
            name = files.save_file(self, "documents", self.tr("Save the document"),
                                   Path(data[0]).name, self.tr("PDF documents (*.pdf)"),
                                   suffixes=(".pdf",))
            if name:
                try:
                    Path(name).write_bytes(data[1])
                except OSError as exc:
                    QMessageBox.warning(self, self.tr("Not saved"), f"{name}: {exc.strerror}")

        self._with_data(save)

    def sizeHint(self):  # noqa: N802, ANN201
        hint = super().sizeHint()
        if self.view is None:
            hint.setHeight(self.fontMetrics().height() * 2)
        return hint

