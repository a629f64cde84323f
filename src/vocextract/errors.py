"""Every error the user can meet, each saying what went wrong and how to fix it."""


class VocextractError(Exception):
    """Base class: the CLI prints these without a traceback."""


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
