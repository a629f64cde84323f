"""Every error the user can meet, each saying what went wrong and how to fix it."""


class VocextractError(Exception):
    """Base class: the CLI prints these without a traceback."""


class ReadError(VocextractError, ValueError):
    """A file that cannot give text; the message says why and what to do about it. The run
    records it as the file's failure and goes on."""


class SettingsError(VocextractError, ValueError):
    """A setting with a value the pipeline cannot use."""


class InputDirError(VocextractError):
    def __init__(self, path):
        super().__init__(
            f"input directory {path} does not exist or is not a directory; "
            "pass the folder that holds your texts (default: raw/)"
        )


class ModelNotFoundError(VocextractError):
    def __init__(self, model):
        super().__init__(
            f"spaCy model {model!r} is not installed; install the pinned model with "
            "`python3 dev.py setup` or pass another installed model with --model"
        )


class OutputDirError(VocextractError):
    def __init__(self, path, reason):
        super().__init__(f"cannot write to output directory {path}: {reason}")


class NoTablesError(VocextractError):
    def __init__(self, path):
        super().__init__(
            f"no tables found in {path}; run `vocextract run RAW_DIR --out {path}` first"
        )


class GoldError(VocextractError):
    def __init__(self, path, reason):
        super().__init__(f"gold directory {path} is not usable: {reason}")


class OutputLockedError(VocextractError):
    def __init__(self, path):
        super().__init__(
            f"another vocextract run is writing to {path}; wait for it to finish, "
            "or write to another folder with --out"
        )


class PathNotAllowedError(VocextractError):
    def __init__(self, what, path, roots):
        super().__init__(
            f"{what} {path} is outside the allowed folders ({', '.join(map(str, roots))}); "
            "use a folder inside them, or add a root to VOCEXTRACT_ALLOWED_ROOTS where the flow is served"
        )


class OutputNotOursError(VocextractError):
    def __init__(self, path, found):
        super().__init__(
            f"output directory {path} holds files vocextract did not write ({', '.join(found)}, …) "
            "and no vocextract marker; a run writes only into a new or empty folder or one an "
            "earlier run wrote, so that it never deletes your files: choose such a folder with --out"
        )


class OutputHoldsInputError(VocextractError):
    def __init__(self, out, source):
        where = "is the input folder" if out == source else f"contains the input folder {source}"
        super().__init__(
            f"output directory {out} {where}; the tables must go elsewhere "
            "(a folder inside the input is fine: the input walk leaves it out), e.g. --out output"
        )


class WorkerStartError(VocextractError):
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
