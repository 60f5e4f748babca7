"""The one database worker: every piece of database work in the app runs here, in order.

Shaped after Anki's operations and Orange3's concurrent tasks: the GUI submits a function and
two callbacks; the function runs on a single background thread (so SQLite never sees two writers
from this app and the window never waits on the disk) and the callbacks run back on the GUI
thread, carried there by a queued signal. A function never touches a widget.

Long jobs take a progress callback: it reports (done, total) to the GUI and raises
:class:`Cancelled` once the user has pressed Cancel, which rolls the job's transaction back.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from PySide6.QtCore import QObject, Signal

from wego_awards.db import Database
from wego_awards.progress import Progress

T = TypeVar("T")


class Cancelled(Exception):
    """The user cancelled a long job; whatever it had started was rolled back."""


@dataclass(eq=False)
class Task:
    """One submitted job: what the GUI holds to follow its progress or cancel it."""

    id: int
    label: str
    generation: int
    done: Callable[[Any], object] | None = None  # its value is ignored
    failed: Callable[[BaseException], object] | None = None
    progress: Progress | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)
    _relay: _Relay | None = None

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Called by the job on the worker thread; raises Cancelled once cancel() was asked."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._relay is not None:
            self._relay.progressed.emit(self, int(done), int(total))


def _keep_trace(exc: BaseException) -> None:
    """Remember where an unexpected error came from, for the log the error dialog points to."""
    with contextlib.suppress(AttributeError):  # an exception type with __slots__
        exc.__wego_trace__ = traceback.format_exc()  # type: ignore[attr-defined]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive here queued."""

    finished = Signal(object, bool, object)
    progressed = Signal(object, int, int)


class DbWorker(QObject):
    """A single background thread owning the open :class:`Database`.

    ``submit(fn, *args)`` runs ``fn(db, *args)`` there. Results of jobs submitted before another
    database was opened are dropped, so a slow answer never lands in the wrong edition.
    """

    busy_changed = Signal(bool)
    failed = Signal(object)  # an error no callback took: the window shows it in words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wego-db")
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._relay.progressed.connect(self._progress)
        self._ids = itertools.count(1)
        self._pending = 0
        self._generation = 0
        self._db: Database | None = None  # touched on the worker thread only
        self._closed = False

    @property
    def generation(self) -> int:
        """Which database's answers are delivered: it moves on each open and close, and an
        answer about an earlier one is never delivered (neither ``done`` nor ``failed``)."""
        return self._generation

    # --- submitting ---------------------------------------------------------------------------

    def submit(self, fn: Callable[..., T], *args: Any, done: Callable[[T], object] | None = None,
               failed: Callable[[BaseException], object] | None = None,
               progress: Progress | None = None, label: str = "",
               with_progress: bool = False, **kwargs: Any) -> Task:
        """Run ``fn(db, *args, **kwargs)`` on the worker; ``done(result)`` or ``failed(error)``
        on the GUI thread. With ``with_progress`` the job gets ``progress=task.report``."""
        task = Task(next(self._ids), label or getattr(fn, "__name__", "job"), self._generation,
                    done, failed, progress, _relay=self._relay)
        if with_progress:
            kwargs["progress"] = task.report

        def job() -> None:
            try:
                if self._db is None:
                    from wego_awards.errors import Refused

                    raise Refused("no edition is open")
                value = fn(self._db, *args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - carried to the GUI, shown in words
                _keep_trace(exc)
                self._relay.finished.emit(task, False, exc)
            else:
                self._relay.finished.emit(task, True, value)

        self._start(job)
        return task

    @overload
    def open(self, opener: Callable[[], Database], *, done: Callable[[T], object] | None = None,
             failed: Callable[[BaseException], object] | None = None,
             then: Callable[[Database], T]) -> Task: ...

    @overload
    def open(self, opener: Callable[[], Database], *,
             done: Callable[[None], object] | None = None,
             failed: Callable[[BaseException], object] | None = None,
             then: None = None) -> Task: ...

    def open(self, opener: Callable[[], Database], *,
             done: Callable[[Any], object] | None = None,
             failed: Callable[[BaseException], object] | None = None,
             then: Callable[[Database], object] | None = None) -> Task:
        """Close the open database (if any) and open another with ``opener()`` on the worker;
        ``then(db)`` runs there next and its result goes to ``done``."""
        self._generation += 1
        task = Task(next(self._ids), "open", self._generation, done, failed, _relay=self._relay)

        def job() -> None:
            try:
                if self._db is not None:
                    self._db.close()
                    self._db = None
                db = opener()
                try:
                    value = then(db) if then else None
                except BaseException:
                    db.close()
                    raise
                self._db = db
            except BaseException as exc:  # noqa: BLE001
                _keep_trace(exc)
                self._relay.finished.emit(task, False, exc)
            else:
                self._relay.finished.emit(task, True, value)

        self._start(job)
        return task

    def close_database(self) -> None:
        """Close the open database once the jobs before this one are done."""
        self._generation += 1

        def job() -> None:
            if self._db is not None:
                self._db.close()
                self._db = None

        self._executor.submit(job)

    def _start(self, job: Callable[[], None]) -> None:
        if self._closed:
            return  # the window is closing: a late timer's job has nowhere to go
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._executor.submit(job)

    # --- delivering on the GUI thread ---------------------------------------------------------

    def _deliver(self, task: Task, ok: bool, value: object) -> None:
        self._pending -= 1
        try:
            if task.generation != self._generation:
                # An answer about a database that is no longer open: its widgets are gone, but
                # a failure (a score that could not be saved) must still reach the person.
                if not ok and not isinstance(value, Cancelled):
                    self.failed.emit(value)
                return
            if ok:
                if task.done is not None:
                    task.done(value)
            elif task.failed is not None and isinstance(value, BaseException):
                task.failed(value)
            elif not isinstance(value, Cancelled):
                self.failed.emit(value)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def _progress(self, task: Task, done: int, total: int) -> None:
        if task.progress is not None and task.generation == self._generation:
            task.progress(done, total)

    # --- state --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while any job is queued, running, or its answer not yet delivered."""
        return self._pending > 0

    def shutdown(self) -> None:
        """Finish every job already submitted (no saved score is ever dropped), then close."""
        if self._closed:
            return
        self.close_database()
        self._closed = True
        self._executor.shutdown(wait=True)
