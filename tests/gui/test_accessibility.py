"""A screen reader can read the app: every control a person can reach has a name.

The name is what Qt's accessibility layer hands to AT-SPI (the same interface Orca reads):
the control's accessible name, its text, or the label it is the buddy of. A control that can
take the keyboard focus and has none of these is read as "unlabelled", and fails here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.gui.conftest import WAIT_MS
from ui.mainwindow import VIEWS

pytestmark = pytest.mark.gui


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or w.focusPolicy() == w.focusPolicy().NoFocus:
            continue
        if w.objectName().startswith("qt_"):  # Qt's own inner parts (scroll bars' buttons)
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if isinstance(w, QAbstractButton) and w.text().strip():
            name = name or w.text()
        if not (name or "").strip():
            missing.append(f"{type(w).__name__} {w.objectName()!r} in "
                           f"{type(w.parent()).__name__}")
    return missing


def test_every_control_of_every_view_has_a_name(qtbot, make_window, demo_path):
    window = make_window(demo_path, "applications")
    QAccessible.setActive(True)
    missing = []
    for view in VIEWS:
        window.show_view(view)
        qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
        if view == "scoring":
            window.scoring.set_judge("J1")
            qtbot.waitUntil(window.is_ready, timeout=WAIT_MS)
        missing += [f"{view}: {m}" for m in _unnamed(window)]
    assert not missing, "\n".join(sorted(set(missing)))


def _tab_chain(start: QWidget, n: int) -> list[QWidget]:
    """The widgets Tab visits from ``start``: Qt's focus chain, less what cannot take Tab."""
    chain, w = [start], start
    while len(chain) < n:
        w = w.nextInFocusChain()
        if w is start:
            break
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisible() and w.isEnabled():
            chain.append(w)
    return chain


def test_the_tab_order_follows_the_layout_in_the_scoring_form(qtbot, make_window, demo_path):
    window = make_window(demo_path, "scoring", "J1")
    page = window.scoring
    qtbot.waitUntil(page.is_ready, timeout=WAIT_MS)
    scales = [row.scale for row in page.form.rows.values()]
    chain = _tab_chain(scales[0], len(scales) + 1)
    assert chain[:len(scales)] == scales  # criterion after criterion, top to bottom
    assert chain[len(scales)] is page.form.comment  # then the comment


def test_the_dialogs_controls_have_names(qtbot, make_window, demo_path):
    from ui.forms import ConflictDialog, RecordDialog
    from ui.importer import ImportDialog

    window = make_window(demo_path, "applications")
    QAccessible.setActive(True)
    missing = []
    for action, kind in (("import", ImportDialog), ("add", RecordDialog),
                         ("declare-conflict", ConflictDialog)):
        window.actions_by_name[action].trigger()
        qtbot.waitUntil(lambda k=kind: window.findChild(k) is not None, timeout=WAIT_MS)
        dialog = window.findChild(kind)
        qtbot.waitUntil(lambda d=dialog: not window.worker.busy, timeout=WAIT_MS)
        missing += [f"{action}: {m}" for m in _unnamed(dialog)]
        dialog.reject()
        dialog.deleteLater()
        qtbot.waitUntil(lambda k=kind: window.findChild(k) is None, timeout=WAIT_MS)
    assert not missing, "\n".join(sorted(set(missing)))
