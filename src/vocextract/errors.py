"""Every error the user can meet, each saying what went wrong and how to fix it."""


class VocextractError(Exception):
    """Base class: the CLI prints these without a traceback."""


class ReadError(VocextractError, ValueError):
    """A file that cannot give text; the message says why and what to do about it. The run
    records it as the file's failure and goes on."""


class SettingsError(VocextractError, ValueError):
    """A setting with a value the pipeline cannot use."""


class InputDirError(VocextractError):
    """Raised when the input folder of a run does not exist or is not a folder, before anything is
    read."""

    def __init__(self, path):
        super().__init__(
            f"input directory {path} does not exist or is not a directory; "
            "pass the folder that holds your texts (default: raw/)"
        )


class ModelNotFoundError(VocextractError):
    """Raised when the spaCy model the settings name is not installed: on loading it, or on reading
    its version for the cache key and the manifest."""

    def __init__(self, model):
        super().__init__(
            f"spaCy model {model!r} is not installed; install the pinned model with "
            "`python3 dev.py setup` or pass another installed model with --model"
        )


class OutputDirError(VocextractError):
    """Raised when the output folder cannot be used: it cannot be created, locked or written (a full
    disk, a file in the way), or a path in it that should be ours is a link or a stray file."""

    def __init__(self, path, reason):
        super().__init__(f"cannot write to output directory {path}: {reason}")


class NoTablesError(VocextractError):
    """Raised when `export` or `report` is pointed at a folder with no run's tables in it."""

    def __init__(self, path):
        super().__init__(
            f"no tables found in {path}; run `vocextract run RAW_DIR --out {path}` first"
        )


class GoldError(VocextractError):
    """Raised by `vocextract eval` when the gold folder has no chunks.json, or a chunk asked for is
    not listed in it."""

    def __init__(self, path, reason):
        super().__init__(f"gold directory {path} is not usable: {reason}")


class CorrectionsError(VocextractError):
    """Raised when a corrections file (`run --corrections`, `eval --corrections`) cannot be read or
    holds a line that is no decision."""

    def __init__(self, path, reason):
        super().__init__(
            f"corrections file {path} is not usable: {reason}; export it again from the review report "
            "(its records are gold records with `decision`, `mention_id` and `sha256`)"
        )


class OutputLockedError(VocextractError):
    """Raised when another run holds the output folder's lock: two runs writing one folder would
    mix their sets."""

    def __init__(self, path):
        super().__init__(
            f"another vocextract run is writing to {path}; wait for it to finish, "
            "or write to another folder with --out"
        )


class PathNotAllowedError(VocextractError):
    """Raised when the flow is given an input or output folder outside the allowed roots: a user of
    the Prefect UI may type any path, and the flow must not read or write beyond them."""

    def __init__(self, what, path, roots):
        super().__init__(
            f"{what} {path} is outside the allowed folders ({', '.join(map(str, roots))}); "
            "use a folder inside them, or add a root to VOCEXTRACT_ALLOWED_ROOTS where the flow is served"
        )


class OutputNotOursError(VocextractError):
    """Raised when the output folder holds files of someone else's and no vocextract marker: a run
    writes its sets there and later removes them, so it refuses rather than risk deleting others'."""

    def __init__(self, path, found):
        super().__init__(
            f"output directory {path} holds files vocextract did not write ({', '.join(found)}, …) "
            "and no vocextract marker; a run writes only into a new or empty folder or one an "
            "earlier run wrote, so that it never deletes your files: choose such a folder with --out"
        )


class OutputHoldsInputError(VocextractError):
    """Raised when the output folder is the input folder or contains it: once marked as ours, it
    would be left out of the input walk, and the texts with it."""

    def __init__(self, out, source):
        where = "is the input folder" if out == source else f"contains the input folder {source}"
        super().__init__(
            f"output directory {out} {where}; the tables must go elsewhere "
            "(a folder inside the input is fine: the input walk leaves it out), e.g. --out output"
        )


class OutputOfOtherInputError(VocextractError):
    """Raised when the output folder's live tables came from another input folder: a run replaces
    the whole set, so the tables of that folder would be lost without a word."""

    def __init__(self, out, previous, source):
        super().__init__(
            f"output directory {out} holds the tables of {previous}, not of {source}; this run would "
            "replace them: write to another folder with --out, or pass --replace (the flow form's "
            "`replace`) to replace them"
        )


class DocumentsFailedError(VocextractError):
    """A finished run in which documents failed. The flow's Failed state carries it, with the
    run's result on `result`: a caller of the flow gets a clear error, and the tables of the
    other documents are written all the same."""

    def __init__(self, message, result):
        super().__init__(message)
        self.result = result

    def __reduce__(self):
        return type(self), (str(self), self.result)


class ClusterError(VocextractError):
    """Raised when the Dask cluster a run was sent to cannot be used: a bad address, a scheduler
    that does not answer, or one with no workers."""

    def __init__(self, address, reason):
        super().__init__(
            f"cannot use the Dask cluster {address!r}: {reason}; start one with `dask scheduler` and "
            "`dask worker ADDRESS`, pass its address (tcp://host:8786), or use --dask local:N for one on this machine"
        )


class ServiceError(VocextractError):
    """Raised by `vocextract serve` before it serves: no reachable Prefect server, or a deployment
    definition or option it cannot use; the message says which and how to fix it."""


class WorkerStartError(VocextractError):
    """Raised when a worker process cannot start or set up (most often the model does not load
    within `worker_memory_mb`): unlike a worker dying on a document, this ends the run."""

    def __init__(self, reason):
        super().__init__(
            f"cannot start an extraction worker: {reason}; check that the model loads "
            "(`python3 dev.py setup`) and that worker_memory_mb leaves room for it"
        )


class MalformedTableError(VocextractError):
    """A table whose frame as a whole fails its schema (a missing column, a wrong dtype): not
    a bad row of the user's text, which goes to the rejects table, but a fault of ours."""

    def __init__(self, table, problems):
        super().__init__(
            f"table {table}: its frame as a whole is malformed ({problems}); this is a bug in vocextract, "
            "not in your texts: please report it with the input that caused it"
        )
