"""A SIGTERM is remembered whichever handler meets it (stopping.py)."""

import signal

import pytest

from vocextract import stopping


class Lost(BaseException):
    pass


def _losing_handler(signum, frame):
    raise Lost()


def test_a_stop_met_by_another_handler_and_lost_is_still_remembered():
    with stopping.listening():
        signal.signal(signal.SIGTERM, _losing_handler)
        stopping.watch()
        try:
            signal.raise_signal(signal.SIGTERM)
        except Lost:
            pass
        with pytest.raises(stopping.Terminated):
            stopping.raise_if_requested()


def test_listening_starts_with_no_request_and_restores_the_handler():
    before = signal.getsignal(signal.SIGTERM)
    with stopping.listening():
        with pytest.raises(stopping.Terminated):
            signal.raise_signal(signal.SIGTERM)
    with stopping.listening() as request:
        assert request.signum is None
        stopping.raise_if_requested()
    assert signal.getsignal(signal.SIGTERM) is before


def test_watching_twice_lays_one_watch():
    with stopping.listening():
        stopping.watch()
        once = signal.getsignal(signal.SIGTERM)
        stopping.watch()
        assert signal.getsignal(signal.SIGTERM) is once
