"""Interleaved timing: every contender of a case measured round by round, in shuffled order."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Mapping
from typing import Any

#: Aim of one timed batch of calls, in seconds: long enough for the clock, short enough to
#: interleave often.
BATCH_SECONDS = 0.02


class Sample:
    """Per-call times of one contender on one case, in µs, one per round."""

    def __init__(self, times: list[float]) -> None:
        self.times = times

    @property
    def median(self) -> float:
        """The median per-call time in µs."""
        return statistics.median(self.times)

    @property
    def spread(self) -> float:
        """The interquartile range relative to the median (0.05 is ±2.5 %)."""
        if len(self.times) < 4:
            return 0.0
        low, _, high = statistics.quantiles(self.times, n=4)
        return (high - low) / self.median


def _calls_per_batch(action: Callable[[], Any]) -> int:
    start = time.perf_counter()
    action()  # also warms caches and lazy imports
    once = max(time.perf_counter() - start, 1e-7)
    return max(1, int(BATCH_SECONDS / once))


def measure(
    contenders: Mapping[str, Callable[[bytes], Any]], body: bytes, rounds: int, seed: int = 17
) -> dict[str, Sample]:
    """Time each contender on ``body``: ``rounds`` rounds, contenders shuffled in each round."""
    actions = {label: (lambda f=f: f(body)) for label, f in contenders.items()}
    batches = {label: _calls_per_batch(action) for label, action in actions.items()}
    times: dict[str, list[float]] = {label: [] for label in actions}
    order = list(actions)
    shuffle = random.Random(seed).shuffle
    clock = time.process_time  # CPU time: other processes on a shared machine do not count
    for _ in range(rounds):
        shuffle(order)
        for label in order:
            action, number = actions[label], batches[label]
            start = clock()
            for _ in range(number):
                action()
            times[label].append((clock() - start) / number * 1e6)
    return {label: Sample(values) for label, values in times.items()}
