"""Find the input files and read each into the text every offset refers to.

The reader of each format (`readers/`) makes that text once; it is never altered afterwards:
offsets in every table are `str` indices into exactly this string. For plain text it is the
decoded file, as `open(path, encoding=..., newline="").read()` would give it.
"""

from __future__ import annotations

import hashlib
import os
import stat
from fnmatch import fnmatchcase
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from .errors import InputDirError
from .ownership import MARKER
from .readers import Limits, Page, format_of, read
from .settings import Settings


@dataclass(frozen=True)
class Document:
    """A file as the run knows it: its id, path and hash (what the cache keys on), its text and
    furniture when it could be read, and the reason it failed when not, so that every input
    file is accounted for in the outputs."""
    doc_id: str
    path: str
    name: str
    sha256: str
    encoding: str | None
    text: str
    status: str
    error: str | None
    format: str | None = None
    pages: tuple[Page, ...] = ()
    furniture: tuple[tuple[int, int], ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the file was read: only these are extracted and counted as processed; a failed one
        still gets its documents row."""
        return self.status == "ok"


def stable_id(*parts: object) -> str:
    """A short id that depends only on its parts, so reruns give the same ids."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


class Found(NamedTuple):
    """A path under the input folder, and why it cannot be read (None when it can be tried), or
    the rule that excluded it from the run (a file or a whole folder, never read)."""

    path: Path
    problem: str | None = None
    excluded: str | None = None


IGNORE_FILE = ".vocextractignore"


def exclusion_rules(root: Path, patterns: tuple[str, ...]) -> list[tuple[str, str]]:
    """The glob patterns that keep files out of a run, each with where it was given: `patterns`
    (`--exclude`, the UI's `exclude`), then the lines of the input folder's `.vocextractignore`
    (blank lines and lines opening with "#" skipped)."""
    rules = [(p, "--exclude") for p in patterns if p.strip()]
    file = Path(root) / IGNORE_FILE
    if file.is_file():
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
        rules += [(line.strip(), f"{IGNORE_FILE} line {n}") for n, line in enumerate(lines, 1)
                  if line.strip() and not line.lstrip().startswith("#")]
    return rules


def excluded_by(rel: str, is_dir: bool, rules: list[tuple[str, str]]) -> str | None:
    """Which rule excludes a path relative to the input folder, as gitignore reads a pattern:
    one without a "/" matches a file's or folder's name at any depth ("SOURCES.md", "*.bak",
    "drafts"), one with a "/" the path from the input folder ("notes/2024/*.txt"); a
    trailing "/" matches folders only. Matching is case-sensitive."""
    name = rel.rsplit("/", 1)[-1]
    for pattern, origin in rules:
        if pattern.endswith("/") and not is_dir:
            continue
        glob = pattern.strip("/") if "/" in pattern.rstrip("/") else pattern.rstrip("/")
        if fnmatchcase(rel if "/" in pattern.rstrip("/") else name, glob):
            return f"{origin}: {pattern}"
    return None


MAX_DEPTH = 64
MAX_PATH_CHARS = 4096


def discover(input_dir: Path, settings: Settings) -> list[Found]:
    """Every file under `input_dir`, recursively, in a stable order; it never raises for a path.

    Files of other formats are returned too, so that they are recorded as unsupported
    rather than silently skipped; so are files and folders an exclusion rule matches (see
    `excluded_by`), marked with the rule and never read or walked. Hidden files (".git",
    ".DS_Store", the `.vocextractignore` itself) are left out, and so
    are vocextract output folders inside the input (a run would otherwise read its own
    report pages back as input). The walk keeps its own stack (no recursion limit), does not
    follow links to folders (no loops), and turns what it cannot list, a folder nested too
    deep, a name that is not UTF-8 or a path too long into entries with their problem.
    """
    root = Path(input_dir)
    if not root.is_dir():
        raise InputDirError(root)
    rules = exclusion_rules(root, settings.exclude)
    found: list[Found] = []
    stack = [(root, 0)]
    while stack:
        folder, depth = stack.pop()
        if (folder / MARKER).exists():
            continue
        try:
            with os.scandir(folder) as listing:
                entries = [e for e in listing if not e.name.startswith(".")]
        except OSError as exc:
            found.append(Found(folder, f"cannot list this folder: {exc.strerror or exc}; its files were not read"))
            continue
        for entry in entries:
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            rule = excluded_by(printable(path.relative_to(root).as_posix()), is_dir, rules) if rules else None
            if rule:
                found.append(Found(path, excluded=rule))
            elif is_dir and depth + 1 >= MAX_DEPTH:
                found.append(Found(path, f"folder nested over {MAX_DEPTH} levels deep: not read; move its files up"))
            elif is_dir:
                stack.append((path, depth + 1))
                if path.suffix.lower() in settings.suffixes:
                    found.append(Found(path))
            else:
                found.append(Found(path, _name_problem(path)))
    return sorted(found, key=lambda f: os.fsencode(f.path))


def _name_problem(path: Path) -> str | None:
    """What makes a path unusable as a row's name: bytes that are not UTF-8, or its length."""
    if not _is_utf8(str(path)):
        return "file name is not valid UTF-8: rename the file"
    if len(str(path)) > MAX_PATH_CHARS:
        return f"path longer than {MAX_PATH_CHARS:,} characters: move or rename the file"
    return None


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def printable(rel: str) -> str:
    """A relative path fit for a table: undecodable bytes shown as escapes."""
    return rel if _is_utf8(rel) else os.fsencode(rel).decode("utf-8", "backslashreplace")


def skipped(
    path: Path, input_dir: Path, error: str, sha: str = "", encoding: str | None = None, fmt: str | None = None
) -> Document:
    """A failed Document for `path`, saying why."""
    rel = printable(Path(path).relative_to(input_dir).as_posix())
    return Document(stable_id(rel), rel, printable(Path(path).name), sha, encoding, "", "failed", error, fmt)


def read_document(path: Path, input_dir: Path, settings: Settings) -> Document:
    """Read one file with its format's reader; any problem becomes a failed Document, never an exception."""
    rel = Path(path).relative_to(input_dir).as_posix()
    suffix = Path(path).suffix
    fmt = format_of(suffix) if suffix.lower() in settings.suffixes else None

    def failed(error: str, sha: str = "", encoding: str | None = None) -> Document:
        return skipped(path, input_dir, error, sha, encoding, fmt)

    if problem := _name_problem(Path(path)):
        return failed(problem)
    try:
        target = Path(path).resolve()
        mode = os.stat(path).st_mode if target.exists() else None
    except (OSError, RuntimeError):
        return failed("a symbolic link that loops or cannot be followed: not read")
    if mode is None and Path(path).is_symlink():
        return failed("a symbolic link to nothing: its target is missing")
    if not target.is_relative_to(Path(input_dir).resolve()):
        return failed("refused: a symbolic link that points outside the input directory")
    if mode is not None and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        return failed("not a regular file (a pipe, socket or device): skipped, as reading it could block forever")
    if suffix.lower() not in settings.suffixes:
        return failed(
            f"unsupported format {suffix or '(no extension)'}: "
            f"convert it to one of {', '.join(settings.suffixes)} first"
        )
    try:
        size = Path(path).stat().st_size
        if size > settings.max_file_bytes:
            return failed(
                f"file too large ({size:,} bytes > max_file_bytes {settings.max_file_bytes:,}); "
                "split it or raise the limit"
            )
        data = Path(path).read_bytes()
    except IsADirectoryError:
        return failed("a directory named like a text file: nothing to read")
    except FileNotFoundError:
        return failed("file vanished before it could be read (deleted or moved during the run)")
    except OSError as exc:
        return failed(f"cannot read file: {exc.strerror or exc}")
    sha = hashlib.sha256(data).hexdigest()
    try:
        got = read(suffix, data, Limits(settings.max_expanded_bytes, settings.max_text_chars))
    except ValueError as exc:
        return failed(str(exc), sha)
    if not got.text.strip():
        return failed("empty file: no text to extract from", sha, got.encoding)
    if len(got.text) > settings.max_text_chars:
        return failed(
            f"text too long ({len(got.text):,} characters > max_text_chars {settings.max_text_chars:,}; "
            f"the file is {len(data):,} bytes): split it or raise the limit",
            sha,
            got.encoding,
        )
    return Document(stable_id(rel), rel, Path(path).name, sha, got.encoding, got.text, "ok", None, fmt, got.pages, got.furniture)


ISOLATED_FORMATS = ("pdf", "docx", "pptx", "html")


def isolated(path: Path, settings: Settings) -> bool:
    """Read in a worker process (under the time and memory limits) rather than here: the
    formats whose parsers can expand a small file or run long. Plain text is decoded here."""
    return bool(settings.document_seconds) and Path(path).suffix.lower() in settings.suffixes and format_of(
        Path(path).suffix
    ) in ISOLATED_FORMATS


@dataclass(frozen=True)
class ReadJob:
    """A worker's job (see `workers.supervise`): read files of the input folder into Documents."""

    input_dir: Path
    settings: Settings
    doing = "reading"

    def setup(self) -> None:
        """Nothing to set up: reading needs no model, so a reading worker is ready at once."""
        pass

    def key(self, path: Path) -> str:
        """The path as a string: the key `pipeline.ingest` files each Document (or failure) under."""
        return str(path)

    def __call__(self, path: Path) -> Document:
        return read_document(path, self.input_dir, self.settings)
