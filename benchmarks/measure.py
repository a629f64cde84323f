"""One measurement per process: `python benchmarks/measure.py KIND JSON_ARGS`, result as JSON on stdout.

The harness (run.py) starts every measurement as its own process so that each starts cold
in the same way and its peak memory (whole process tree, sampled by the harness) belongs to
that measurement alone. The spaCy model is loaded before the clock starts wherever it is
loaded once per run anyway, so the figures compare the work, not a one-off model load; the
load time is reported beside them.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from vocextract.nlp import load_pipeline
from vocextract.settings import Settings

# pipeline, evaluate and export are imported where used: worker processes are spawned and
# re-import this script, and should start as light as they do under the `vocextract` command.

GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "gold"


def warm(settings: Settings) -> float:
    """Load the model (cached per process) and say how long it took."""
    started = time.perf_counter()
    load_pipeline(settings.model, settings.rules_only)
    return time.perf_counter() - started


def texts_of(input_dir: Path, settings: Settings) -> dict[str, str]:
    """Decoded texts of a folder, by relative path, through our own ingest (same texts everywhere)."""
    from vocextract import pipeline

    return {d.path: d.text for d in pipeline.ingest(input_dir, settings) if d.ok}


def words(texts) -> int:
    """Whitespace words, as documents.n_words counts them."""
    return sum(len(t.split()) for t in texts)


def pipe(input_dir: str, processes: int = 1) -> dict:
    """Baseline: raw `nlp.pipe` with the same model and components (our org_ruler included);
    with 2 `processes` (spaCy forks workers that share the loaded model, one text at a time)
    it is the machine's ceiling for parallel parsing."""
    settings = Settings(workers=1)
    load = warm(settings)
    texts = list(texts_of(Path(input_dir), settings).values())
    nlp = load_pipeline(settings.model, settings.rules_only)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=processes, batch_size=1 if processes > 1 else 1000):
        pass
    return {"seconds": time.perf_counter() - started, "words": words(texts), "docs": len(texts), "model_load": load}


def run(input_dir: str, out_dir: str, workers: int, full: bool, rules_only: bool = False) -> dict:
    """The whole pipeline without Prefect: ingest, extract (cached), validate, write."""
    from vocextract import pipeline

    settings = Settings(workers=workers, **(RULES_ONLY if rules_only else {}))
    load = warm(settings)
    started = time.perf_counter()
    summary = pipeline.run(Path(input_dir), Path(out_dir), settings, full=full, replace=True)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "words": words(texts_of(Path(input_dir), settings).values()),
            "docs": summary.processed, "reused": summary.reused, "rejects": summary.rejects, "model_load": load,
            "failed": summary.failed}


RULES_ONLY = {"rules_only": True, "types": ("NUMBER", "YEAR", "COUNTRY")}


def partitioned(input_dir: str, out_dir: str, partition_mb: float, rules_only: bool = False) -> dict:
    """The pipeline on 2 workers reusing the cache a full run filled, in partitions of
    `partition_mb`: what the driver (this process, which never loads the model) holds at its
    peak, the texts and rows of a partition or of the whole corpus."""
    import resource

    from vocextract import pipeline
    from vocextract.ownership import read_manifest

    settings = Settings(workers=2, partition_mb=partition_mb, **(RULES_ONLY if rules_only else {}))
    started = time.perf_counter()
    summary = pipeline.run(Path(input_dir), Path(out_dir), settings, review=True, replace=True)
    return {"seconds": time.perf_counter() - started, "docs": summary.processed, "reused": summary.reused,
            "rows": sum(summary.rows.values()), "partitions": read_manifest(Path(out_dir))["partitions"],
            "driver_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def flow(input_dir: str, out_dir: str, warmup_dir: str, workers: int, runner: str) -> dict:
    """The Prefect flow, timed after a one-document warm-up flow started Prefect's ephemeral server.

    The warm-up time is returned apart: it is paid once per process, not per document.
    """
    from vocextract.flow import extract_flow

    os.environ["VOCEXTRACT_ALLOWED_ROOTS"] = os.pathsep.join(
        str(Path(p).resolve().parent) for p in (input_dir, out_dir, warmup_dir))
    started = time.perf_counter()
    extract_flow(warmup_dir, str(Path(out_dir).with_name(Path(out_dir).name + "-warmup")), workers=1, full=True, replace=True)
    warmup = time.perf_counter() - started
    started = time.perf_counter()
    result = extract_flow(input_dir, out_dir, workers=workers, runner=runner, full=True, replace=True)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "warmup": warmup, "docs": result["processed"], "reused": result["reused"],
            "words": words(texts_of(Path(input_dir), Settings()).values())}


def numbers_ours(input_dir: str, rules_only: bool) -> dict:
    """Our NUMBER extraction alone on the texts, timed and scored: with the spaCy parse, or
    `rules_only` (tokenizer and sentence splitter, no statistical model)."""
    from vocextract.evaluate import predict

    settings = Settings(workers=1, types=("NUMBER",), rules_only=rules_only)
    load = warm(settings)
    texts = texts_of(Path(input_dir), settings)
    nlp = load_pipeline(settings.model, settings.rules_only)
    started = time.perf_counter()
    predictions = predict(((name, text, ()) for name, text in texts.items()), nlp, settings)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "words": words(texts.values()), "model_load": load} | number_score(predictions)


def numbers_quantulum(input_dir: str) -> dict:
    """quantulum3 on the same texts, its quantities mapped to our NUMBER records, timed and scored."""
    import warnings

    warnings.simplefilter("ignore")
    started = time.perf_counter()
    from quantulum3 import parser

    load = time.perf_counter() - started
    texts = texts_of(Path(input_dir), Settings())
    started = time.perf_counter()
    predictions = [quantulum_record(name, text, q) for name, text in texts.items() for q in parser.parse(text)]
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "words": words(texts.values()), "model_load": load} | number_score(predictions)


def quantulum_record(doc: str, text: str, quantity) -> dict:
    """A quantulum3 Quantity as a NUMBER record; the unit mapping is best effort (see README)."""
    from vocextract.export import to_record

    start, end = quantity.span
    unit = quantity.unit
    if unit.name == "percentage":
        kind = "percent"
    elif unit.entity.name == "currency":
        kind = getattr(unit, "currency_code", None) or "other"
    elif unit.entity.name == "time":
        kind = "duration"
    elif unit.entity.name == "dimensionless":
        kind = "count"
    else:
        kind = "other"
    fields = {"value": float(quantity.value), "value_high": None, "unit": kind, "qualifier": None}
    return to_record(doc, "NUMBER", start, end, text[start:end], fields)


def number_score(predictions: list[dict]) -> dict:
    """Precision, recall and F1 on the dev gold's NUMBER mentions (vocextract.evaluate)."""
    from vocextract.evaluate import load_gold, score_all

    score = score_all(load_gold(GOLD), predictions)["NUMBER"][0]
    return {"precision": score.precision, "recall": score.recall, "f1": score.f1, "tp": score.tp,
            "fp": score.fp, "fn": score.fn}


def profile(input_dir: str, report: str) -> dict:
    """pyinstrument over the one-worker extraction of the texts (the hot path), report to a file."""
    from vocextract import batching, pipeline

    from pyinstrument import Profiler

    settings = Settings(workers=1)
    warm(settings)
    documents = [d for d in pipeline.ingest(Path(input_dir), settings) if d.ok]
    profiler = Profiler(interval=0.005)
    profiler.start()
    batching.extract_batch(documents, settings)
    profiler.stop()
    Path(report).write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    return {"seconds": profiler.last_session.duration, "report": report}


KINDS = {"pipe": pipe, "run": run, "flow": flow, "partitioned": partitioned, "numbers_ours": numbers_ours,
         "numbers_quantulum": numbers_quantulum, "profile": profile}

if __name__ == "__main__":
    sys.path.append(str(Path(__file__).resolve().parent.parent))
    result = KINDS[sys.argv[1]](**json.loads(sys.argv[2]))
    print(json.dumps(result))
