"""Reading and extraction in supervised worker processes, so that one document can cost only itself.

A worker sets itself up once (the model, for extraction), then handles the documents it is
sent one by one and sends each result back as soon as it has it. The supervisor gives every
document at most `Settings.document_seconds`: past that, the document fails "timed out", its
worker is killed and replaced, and the rest of its batch goes to the next free worker. A
worker that dies (the kernel's out-of-memory killer, a crash in native code) costs the
document it was on one retry alone in a fresh worker; a second death fails that document
with the cause. Each worker's address space is capped at `worker_memory_mb`, so a document
that needs more fails alone ("out of memory") instead of starving the machine.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol
from multiprocessing.connection import Connection, wait

from .errors import VocextractError, WorkerStartError
from .settings import Settings

if TYPE_CHECKING:
    from .extract import Extracted, Source


@dataclass(frozen=True)
class Failed:
    """A document whose extraction did not finish, and why."""

    reason: str


OnDone = Callable[[str, Any], None]


def extract_one(source: Source, settings: Settings) -> Extracted | Failed:
    """One document's extraction; an error inside it fails the document, not the run.

    The extractors are imported here, not at the top: a worker that only reads files then
    starts without loading spaCy.
    """
    from .extract import extract_sources

    try:
        return extract_sources([source], settings)[0][1]
    except MemoryError:
        return Failed(
            f"out of memory while extracting (a worker may use {settings.worker_memory_mb:,} MB, "
            "worker_memory_mb): split the document or raise the limit"
        )
    except VocextractError:
        raise
    except Exception as exc:
        return Failed(f"extraction failed ({type(exc).__name__}: {exc}); please report it with the file")


class Job(Protocol):
    """What a worker does: set up once, then turn each item it is sent into an outcome."""

    doing: str

    def setup(self) -> None:
        """Called once in each new worker before its first item: the one-off cost (loading the model),
        which must not count against a document's time limit."""
        ...

    def key(self, item: Any) -> str:
        """The id an item's outcome is reported under (`on_done(key, outcome)`); it also names an item
        that timed out or killed its worker."""
        ...

    def __call__(self, item: Any) -> Any: ...


@dataclass(frozen=True)
class ExtractJob:
    """Extract (doc_id, text, furniture) sources, the model loaded once per worker."""

    settings: Settings
    doing = "extracting"

    def setup(self) -> None:
        """Load the model and warm every extractor's one-off set-up (matchers, reference
        data) on a line of text, so a document's time limit measures the document."""
        from .extract import extract_sources

        extract_sources([("warm-up", "In 2020 the Kenya Technical College trained 4,500 welders.", ())], self.settings)

    def key(self, source: Source) -> str:
        """The source's doc_id: results are gathered by document."""
        return source[0]

    def __call__(self, source: Source) -> Extracted | Failed:
        return extract_one(source, self.settings)



def _serve(conn: Connection, job: Job, memory_mb: int) -> None:
    """A worker's life: cap its memory, set up, say so, then handle what it is sent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, memory_mb * 2**20))
    try:
        job.setup()
    except Exception as exc:
        conn.send(("fatal", str(exc)))
        return
    conn.send(("ready", None))
    while (items := conn.recv()) is not None:
        for item in items:
            conn.send((job.key(item), job(item)))


@dataclass
class _Slot:
    """One worker process and the documents it was sent and has not answered yet."""

    process: multiprocessing.process.BaseProcess
    conn: Connection
    ready: bool = False
    pending: list = field(default_factory=list)
    alone: bool = False
    deadline: float = math.inf

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@contextlib.contextmanager
def one_thread_per_worker() -> Iterator[None]:
    """Worker processes started inside get one BLAS/OpenMP thread each (unless the user set
    these variables): with a process per core, numpy's own threads fight over the same cores
    (measured on 2 cores: 2 workers 1.43x one worker with them, 1.77x without)."""
    unset = [name for name in THREAD_VARIABLES if name not in os.environ]
    os.environ.update(dict.fromkeys(unset, "1"))
    try:
        yield
    finally:
        for name in unset:
            os.environ.pop(name, None)


def _death(process: multiprocessing.process.BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        name = signal.Signals(-code).name
        return f"killed by {name}" + (", most likely out of memory" if name == "SIGKILL" else "")
    return f"exit status {code}"


def supervise(batches: list[list], job: Job, settings: Settings, workers: int, on_done: OnDone) -> None:
    """Every item of `batches` handled by `job` on `workers` processes; `on_done(key, outcome)`
    is called once per item, in the order results arrive."""
    context = multiprocessing.get_context("spawn")
    limit = settings.document_seconds or math.inf
    todo: deque[tuple[list, bool]] = deque((list(b), False) for b in batches if b)

    def start() -> _Slot:
        parent, child = context.Pipe()
        with one_thread_per_worker():
            process = context.Process(target=_serve, args=(child, job, settings.worker_memory_mb), daemon=True)
            process.start()
        child.close()
        return _Slot(process, parent)

    def lost(slot: _Slot, timed_out: bool) -> _Slot:
        key, rest = job.key(slot.pending[0]), slot.pending[1:]
        if rest:
            todo.appendleft((rest, False))
        if timed_out:
            on_done(key, Failed(
                f"timed out: {job.doing} it took over {settings.document_seconds:,} s (document_seconds); "
                "split the document or raise the limit"
            ))
        elif slot.alone:
            on_done(key, Failed(
                f"the worker {job.doing} it died twice ({_death(slot.process)}); split the document, "
                f"or raise worker_memory_mb ({settings.worker_memory_mb:,} MB)"
            ))
        else:
            todo.appendleft((slot.pending[:1], True))
        slot.stop()
        return start()

    def hear(slot: _Slot) -> None:
        """Take every message the worker has sent; raise if it could not start at all."""
        while slot.conn.poll():
            key, value = slot.conn.recv()
            if key == "fatal":
                raise WorkerStartError(value)
            if key == "ready":
                slot.ready = True
                continue
            slot.pending.pop(0)
            on_done(key, value)
            slot.deadline = time.monotonic() + limit

    slots = [start() for _ in range(min(workers, len(todo)))]
    try:
        while todo or any(s.pending for s in slots):
            for slot in slots:
                if slot.ready and not slot.pending and todo:
                    slot.pending, slot.alone = todo.popleft()
                    slot.conn.send(slot.pending)
                    slot.deadline = time.monotonic() + limit
            waiting = min((s.deadline for s in slots if s.pending), default=math.inf) - time.monotonic()
            wait([s.conn for s in slots] + [s.process.sentinel for s in slots],
                 None if waiting == math.inf else max(waiting, 0))
            for i, slot in enumerate(slots):
                alive = slot.process.is_alive()
                with contextlib.suppress(EOFError, OSError):
                    hear(slot)
                if not alive and not slot.ready:
                    raise WorkerStartError(f"a worker process could not start ({_death(slot.process)})")
                if slot.pending and (not alive or time.monotonic() >= slot.deadline):
                    slots[i] = lost(slot, timed_out=alive)
                elif not alive:
                    slot.stop()
                    slots[i] = start()
    finally:
        for slot in slots:
            slot.stop()
