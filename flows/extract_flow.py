"""The deployment entry point: what `prefect deploy` and `python flows/extract_flow.py` point at.

The flow itself lives in the package (`vocextract.flow`), so the CLI, the tests and a
deployment all run the same code.
"""

from vocextract.flow import extract_flow

__all__ = ["extract_flow"]

if __name__ == "__main__":
    extract_flow()
