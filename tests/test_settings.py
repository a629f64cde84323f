"""Settings: the knobs of a run, checked when made."""

import pytest

from vocextract.errors import SettingsError
from vocextract.settings import Settings


@pytest.mark.parametrize(
    "workers, cores, count, noted",
    [
        pytest.param(0, 2, 2, False, id="zero-means-one-per-core"),
        pytest.param(1, 2, 1, False, id="fewer-than-the-cores-kept"),
        pytest.param(2, 2, 2, False, id="as-many-as-the-cores-kept"),
        pytest.param(10_000, 2, 2, True, id="more-than-the-cores-lowered-with-a-note"),
    ],
)
def test_workers_are_capped_at_the_cores(monkeypatch, workers, cores, count, noted):
    monkeypatch.setattr("os.cpu_count", lambda: cores)
    settings = Settings(workers=workers)
    assert settings.worker_count == count
    assert (settings.workers_note is not None) is noted
    if noted:
        assert "lowered to 2" in settings.workers_note


@pytest.mark.parametrize(
    "kwargs, message",
    [
        pytest.param({"workers": -1}, "workers must be 0", id="negative-workers"),
        pytest.param({"rules_only": True}, "rules_only cannot find ORG", id="rules-only-with-org"),
        pytest.param({"types": ("NUMBER", "PERSON")}, "unknown mention type", id="unknown-type"),
        pytest.param({"partition_mb": 0}, "partition_mb must be more than 0", id="empty-partitions"),
    ],
)
def test_bad_settings_say_how_to_fix_them(kwargs, message):
    with pytest.raises(SettingsError, match=message):
        Settings(**kwargs)
