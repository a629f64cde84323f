"""vocextract: numbers, years, countries and organisations from raw texts, as validated Parquet tables."""

from importlib.metadata import version

__version__ = version("vocextract")
