"""How long work says how far it is: one callable, ``progress(done, total)``.

Every long task of the core (imports, packages, sheets, certificates, assignment, the bulk
writes) takes an optional ``progress`` of this one type; the command line turns it into a
terminal bar and the app into its progress window. A task made of steps hands each step
:func:`part`, a sub-range of the whole, so the bar moves once from 0 to the end instead of
starting again at each step.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
SCALE = 1000  # a sub-range reports in thousandths of the whole


def part(progress: Progress | None, start: float, stop: float) -> Progress | None:
    """The share ``start``..``stop`` (fractions of the whole, 0..1) of ``progress``: a step that
    reports its own (done, total) moves the whole from ``start`` to ``stop``."""
    if progress is None:
        return None
    if not 0.0 <= start <= stop <= 1.0:
        raise ValueError(f"a part of the work runs within 0..1, not {start}..{stop}")

    def report(done: int, total: int) -> None:
        share = start + (stop - start) * (min(done, total) / total if total > 0 else 1.0)
        progress(round(share * SCALE), SCALE)

    return report
