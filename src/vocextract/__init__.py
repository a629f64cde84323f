"""vocextract: numbers, years, countries and organisations from raw texts, as validated Parquet tables."""

__version__ = "0.1.0"
