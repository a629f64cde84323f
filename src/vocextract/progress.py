"""A run's progress as people read it: how far, how fast, how long still.

The flow tells every finished document to a `Pace`. On a terminal a tqdm bar shows the count,
the rate and the time left, and only failed documents are also logged; elsewhere (a run from
the Prefect UI, a log file) each document is a log line while a run is short, and on a long run
one line per percent or per `EVERY_SECONDS`, each with the rate and the time left, so a run of
100,000 documents does not write 100,000 lines.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

EVERY_DOCUMENT = 100
EVERY_SECONDS = 10.0


def duration(seconds: float) -> str:
    """ "45 s", "2 min 05 s", "3 h 20 min": a time left as a reader takes it in at a glance."""
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


@dataclass
class Pace:
    """Documents per second and time left, measured from the first document told: the ones
    reused from the cache are counted in before it and cost no time, so they must not make
    the rate look higher than extraction runs."""

    clock: Callable[[], float] = time.monotonic
    _first: tuple[float, int] | None = field(default=None, init=False)
    _logged: tuple[float, int] = field(default=(float("-inf"), 0), init=False)

    def rate(self, done: int) -> float | None:
        """Documents per second since the first document told, once there are two to measure."""
        now = self.clock()
        if self._first is None:
            self._first = (now, done)
            return None
        since, first = self._first
        return (done - first) / (now - since) if done > first and now > since else None

    def text(self, done: int, total: int) -> str:
        """ "3.1 documents/s, about 2 min 31 s left", or "" before a rate can be measured."""
        rate = self.rate(done)
        if rate is None:
            return ""
        left = f", about {duration((total - done) / rate)} left" if done < total else ""
        return f"{rate:.3g} documents/s{left}"

    def due(self, done: int, total: int) -> bool:
        """Whether this document gets a log line: every one of a short run, else the last one,
        the first past each percent, and one at least every `EVERY_SECONDS`."""
        now = self.clock()
        last_time, last_done = self._logged
        percent = max(1, total // 100)
        due = (total <= EVERY_DOCUMENT or done >= total or done // percent > last_done // percent
               or now - last_time >= EVERY_SECONDS)
        if due:
            self._logged = (now, done)
        return due
