"""A stop requested by SIGTERM, kept so that no handler in between can lose it.

The CLI turns SIGTERM into `Terminated`, a KeyboardInterrupt, so that every `finally` runs:
the staged tables are dropped, the previous ones stay and Prefect's temporary server stops.
During a flow run Prefect swaps in a SIGTERM handler of its own whose `TerminationSignal` its
engines handle; once in a while (a signal landing as a task finishes) it is lost on the way
and the run would go on to publish. So the request is also written down here, by the CLI's
handler and by a watch laid over Prefect's, and a run asks `raise_if_requested` before it
publishes anything. A signal belongs to the process, so the record does too.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that every `finally` runs."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@dataclass
class _Request:
    signum: int | None = None


REQUEST = _Request()


def _on_sigterm(signum: int, frame) -> None:
    REQUEST.signum = signum
    raise Terminated(signum)


@contextlib.contextmanager
def listening() -> Iterator[_Request]:
    """SIGTERM raises `Terminated` and is remembered while inside; the request starts empty."""
    REQUEST.signum = None
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        yield REQUEST
    finally:
        signal.signal(signal.SIGTERM, previous)


def watch() -> None:
    """Lay a watch over the SIGTERM handler installed now (Prefect's, inside a flow run): it
    remembers the request, then lets that handler act. Outside the main thread, where no
    handler can be set, it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        return
    current = signal.getsignal(signal.SIGTERM)
    if getattr(current, "remembers_stops", False):
        return

    def remembering(signum: int, frame) -> None:
        REQUEST.signum = signum
        if callable(current):
            current(signum, frame)
        elif current != signal.SIG_IGN:
            raise Terminated(signum)

    remembering.remembers_stops = True
    signal.signal(signal.SIGTERM, remembering)


def raise_if_requested() -> None:
    """Raise `Terminated` if a stop was requested, however its signal was handled."""
    if REQUEST.signum is not None:
        raise Terminated(REQUEST.signum)
