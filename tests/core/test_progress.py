"""One Progress for all long work, and its sub-ranges: a task of steps moves the bar once from
0 to the end."""

from __future__ import annotations

import pytest

from wego_awards.progress import SCALE, part


def test_steps_move_one_bar_from_start_to_end():
    seen: list[tuple[int, int]] = []
    first = part(lambda d, t: seen.append((d, t)), 0.0, 0.25)
    second = part(lambda d, t: seen.append((d, t)), 0.25, 1.0)
    for n in range(1, 5):
        first(n, 4)
    for n in range(1, 4):
        second(n, 3)
    shares = [d / t for d, t in seen]
    assert shares == sorted(shares) and shares[0] > 0 and shares[-1] == 1.0
    assert all(t == SCALE for _, t in seen)
    assert shares[3] == 0.25  # the end of the first step is the start of the second


def test_no_bar_no_part_and_a_part_stays_within_the_whole():
    assert part(None, 0, 1) is None
    with pytest.raises(ValueError, match="within 0..1"):
        part(lambda d, t: None, 0.5, 1.5)
    seen: list[tuple[int, int]] = []
    step = part(lambda d, t: seen.append((d, t)), 0.2, 0.4)
    step(7, 5)  # more than the total: held at the end of the part
    step(0, 0)  # nothing to do: the part is done
    assert seen == [(400, SCALE), (400, SCALE)]
