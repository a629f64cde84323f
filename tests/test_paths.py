import os

import pytest

from vocextract.errors import PathNotAllowedError
from vocextract.paths import ROOTS_VARIABLE, allowed_roots, confine


@pytest.fixture
def root(tmp_path):
    (tmp_path / "project" / "raw").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "project" / "escape").symlink_to(tmp_path / "elsewhere")
    return tmp_path / "project"


@pytest.mark.parametrize(
    "given, ok",
    [
        pytest.param("raw", True, id="inside"),
        pytest.param("output/new", True, id="inside-not-yet-existing"),
        pytest.param("../elsewhere", False, id="dot-dot"),
        pytest.param("raw/../../elsewhere", False, id="dot-dot-inside-path"),
        pytest.param("/etc", False, id="absolute-elsewhere"),
        pytest.param("escape", False, id="symlink-out"),
    ],
)
def test_confine(root, monkeypatch, given, ok):
    monkeypatch.chdir(root)
    roots = (root.resolve(),)
    if ok:
        assert confine("input_dir", given, roots).is_relative_to(root.resolve())
    else:
        with pytest.raises(PathNotAllowedError, match="outside the allowed folders"):
            confine("input_dir", given, roots)


def test_roots_default_to_the_working_directory(tmp_path):
    assert allowed_roots({}, cwd=tmp_path) == (tmp_path.resolve(),)


def test_roots_from_the_serving_environment(tmp_path):
    env = {ROOTS_VARIABLE: os.pathsep.join([str(tmp_path / "a"), str(tmp_path / "b")])}
    assert allowed_roots(env) == ((tmp_path / "a").resolve(), (tmp_path / "b").resolve())
