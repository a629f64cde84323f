"""Paths that arrive as flow parameters (from the Prefect UI) are untrusted input.

They are resolved (following symlinks and "..") and must land inside one of the allowed
roots, which come from where the flow is served, never from the parameters themselves.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import PathNotAllowedError

ROOTS_VARIABLE = "VOCEXTRACT_ALLOWED_ROOTS"


def allowed_roots(environ: dict[str, str] | os._Environ = os.environ, cwd: Path | None = None) -> tuple[Path, ...]:
    """The configured roots (`VOCEXTRACT_ALLOWED_ROOTS`, os.pathsep-separated), else the working directory."""
    configured = [r for r in environ.get(ROOTS_VARIABLE, "").split(os.pathsep) if r.strip()]
    return tuple(Path(r).resolve() for r in configured) or ((cwd or Path.cwd()).resolve(),)


def confine(what: str, path: str | Path, roots: tuple[Path, ...]) -> Path:
    """`path` resolved, if it lies inside a root; else a clear refusal."""
    resolved = Path(path).expanduser().resolve()
    if not any(resolved == root or resolved.is_relative_to(root) for root in roots):
        raise PathNotAllowedError(what, path, roots)
    return resolved
