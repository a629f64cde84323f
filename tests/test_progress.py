"""A run's progress: its rate, the time left, and how often a long run logs it."""

import pytest

from vocextract.progress import EVERY_SECONDS, Pace, duration


@pytest.mark.parametrize(
    "seconds, text",
    [
        pytest.param(0.4, "0 s", id="under-a-second"),
        pytest.param(45, "45 s", id="seconds"),
        pytest.param(125, "2 min 05 s", id="minutes"),
        pytest.param(12_000, "3 h 20 min", id="hours"),
    ],
)
def test_a_duration_reads_at_a_glance(seconds, text):
    assert duration(seconds) == text


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_the_rate_is_measured_from_the_first_document_so_cached_ones_do_not_inflate_it():
    """40 documents came from the cache, then one finished; four more in two seconds make
    2 documents/s, and the 55 still to do about 28 s."""
    clock = Clock()
    pace = Pace(clock)
    assert pace.text(41, 100) == ""
    clock.now += 2
    assert pace.text(45, 100) == "2 documents/s, about 28 s left"
    clock.now += 1
    assert pace.text(100, 100) == "19.7 documents/s", "59 documents in 3 s, none left"


def test_a_short_run_logs_every_document():
    pace = Pace(Clock())
    assert all(pace.due(i, 20) for i in range(1, 21))


def test_a_long_run_logs_once_per_percent_the_last_document_and_after_a_quiet_spell():
    clock = Clock()
    pace = Pace(clock)
    logged = [i for i in range(1, 1001) if pace.due(i, 1000)]
    assert logged == [1, *range(10, 1001, 10)]
    clock.now += EVERY_SECONDS
    assert pace.due(1000, 100_000), "a slow run still says it is alive"
    assert not pace.due(1001, 100_000)
