"""The `vocextract` command: a thin layer over the library and the Prefect flow."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from pathlib import Path

from . import __version__, stopping
from .errors import InputDirError, VocextractError
from .mention_types import NAMES
from .settings import DEFAULT_MODEL, Settings


def _settings(args) -> Settings:
    """Settings from the command line; `--rules-only` without `--types` means every type but ORG."""
    default = tuple(t for t in NAMES if t != "ORG") if args.rules_only else NAMES
    types = tuple(t.strip().upper() for t in args.types.split(",")) if args.types else default
    limits = {name: getattr(args, name) for name in ("workers", "document_seconds", "worker_memory_mb", "partition_mb") if hasattr(args, name)}
    if getattr(args, "exclude", None):
        limits["exclude"] = tuple(args.exclude)
    return Settings(model=args.model, types=types, rules_only=args.rules_only, **limits)


def cmd_eval(args) -> int:
    """`vocextract eval`: score the gold texts' extraction, and its facts where fact gold exists. A
    gold text that cannot be read is an error, not a document of misses; exit 1 when macro-F1 is
    below `--min-macro`."""
    from .evaluate import fact_scores_text, gold_chunks, load_fact_gold, load_gold, macro_f1, mention_scores_text, predict, score_all, score_facts
    from .ingest import read_document
    from .nlp import load_pipeline

    settings = _settings(args)
    if args.corrections:
        return _eval_review(args, settings)
    if args.gold_dir is None:
        raise VocextractError("give a gold folder (vocextract eval GOLD_DIR) or a review (vocextract eval --corrections FILE)")
    gold = load_gold(args.gold_dir, args.chunks.split(",") if args.chunks else None)
    texts_dir = Path(args.texts) if args.texts else Path(args.gold_dir).parent / "corpus"
    if not texts_dir.is_dir():
        texts_dir = Path("raw")
    nlp = load_pipeline(settings.model, settings.rules_only)
    documents = {}
    for name in sorted(gold.ranges):
        doc = read_document(texts_dir / name, texts_dir, settings)
        if not doc.ok:
            raise VocextractError(f"cannot read gold text {texts_dir / name}: {doc.error}")
        documents[name] = doc
    texts = {name: doc.text for name, doc in documents.items()}
    predictions = predict(((name, doc.text, doc.furniture) for name, doc in documents.items()), nlp, settings)
    results = score_all(gold, predictions)
    print(mention_scores_text(results, texts, args.verbose))
    facts = load_fact_gold(args.gold_dir, args.chunks.split(",") if args.chunks else sorted(gold_chunks(args.gold_dir)))
    if facts:
        print()
        print(fact_scores_text(score_facts(facts, predictions), args.verbose))
    return 0 if macro_f1(results) >= args.min_macro else 1


def _eval_review(args, settings: Settings) -> int:
    """`vocextract eval --corrections FILE [--out OUT_DIR]`: the run's extraction of the reviewed
    documents scored against the reviewer's decisions (see `evaluate.review_scores`)."""
    from .corrections import read
    from .evaluate import macro_f1, mention_scores_text, review_scores
    from .nlp import load_pipeline

    corrections = read(args.corrections)
    results, texts = review_scores(args.out, corrections, load_pipeline(settings.model, settings.rules_only), settings)
    if not texts:
        raise VocextractError(f"no document of the run in {args.out} has a decision in {args.corrections}")
    print(f"{len(texts)} reviewed documents")
    print(mention_scores_text(results, texts, args.verbose))
    return 0 if macro_f1(results) >= args.min_macro else 1


def cmd_run(args) -> int:
    """`vocextract run`: the same Prefect flow the UI runs, given one `Settings`. The two folders
    named on the command line join the allowed roots (the user chose them); exit 1 when a file
    failed or a row was rejected."""
    from .cluster import local_workers
    from .corrections import read as read_corrections
    from .flow import run_flow, summary_of
    from .nlp import model_version
    from .paths import allowed_roots

    settings = _settings(args)
    if not args.raw_dir.is_dir():
        raise InputDirError(args.raw_dir)
    model_version(settings.model)
    roots = allowed_roots() + (args.raw_dir.resolve(), args.out.resolve())
    if args.corrections:
        read_corrections(args.corrections)
        roots += (args.corrections.resolve().parent,)
    if args.dask:
        local_workers(args.dask)
    cluster = {"runner": "dask", "dask_address": args.dask} if args.dask else {}
    summary = summary_of(run_flow(settings, args.raw_dir, args.out, roots, full=args.full, replace=args.replace,
                                  corrections=args.corrections, return_state=True, **cluster))
    print(summary.text())
    return 0 if summary.clean else 1


def cmd_serve(args) -> int:
    """`vocextract serve`: the flow as a deployment the Prefect UI shows and runs on schedule, its
    schedules and defaults from the project's `prefect.yaml`, the options on top (see `service`)."""
    from . import service

    overrides = service.parse_settings(args.set)
    overrides |= {k: v for k, v in (("input_dir", args.input), ("output_dir", args.output)) if v is not None}
    entry = service.read_definition(args.definition, args.name)
    plan = service.deployment(entry, args.name, overrides, args.cron, args.timezone)
    with contextlib.ExitStack() as stack:
        if args.local_server:
            url = stack.enter_context(service.local_server(args.port, Path(args.definition).resolve().parent / ".prefect"))
            print(f"Prefect UI at {url.removesuffix('/api')}", flush=True)
        else:
            url = service.check_api(service.api_url())
        service.serve(plan, url)
    return 0


def cmd_export(args) -> int:
    """`vocextract export`: every mention of the live tables in `out_dir` as JSONL on stdout, the
    one format there is."""
    from .export import records_from_tables, write_jsonl

    if args.format != "jsonl":
        raise VocextractError(f"unknown export format {args.format!r}; the supported format is jsonl")
    try:
        write_jsonl(records_from_tables(args.out_dir), sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise VocextractError(f"cannot write the export to standard output: {exc.strerror or exc}") from exc
    return 0


def cmd_schema(args) -> int:
    """`vocextract schema`: the README's table reference, generated from the schemas so that it
    cannot drift from what a run writes."""
    from .schemas import markdown_docs

    print(markdown_docs())
    return 0


def cmd_report(args) -> int:
    """`vocextract report`: (re)write the HTML review report of the live set in `out_dir` and print
    its path; `--serve` serves it on a local port until stopped, `--open` shows it in a web browser."""
    from .report import write_report
    from .report.serve import address, report_server

    path = write_report(args.out_dir)
    print(path)
    server = report_server(args.out_dir, port=args.port) if args.serve else None
    url = address(server) if server else path.absolute().as_uri()
    if args.open:
        import webbrowser

        webbrowser.open(url)
    if server:
        print(f"serving the report at {url} (Ctrl+C to stop)", flush=True)
        with server, contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The command line, one sub-command per job; each takes the options its job needs and no
    more."""
    parser = argparse.ArgumentParser(prog="vocextract", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p):
        p.add_argument("--model", default=DEFAULT_MODEL, help="installed spaCy model (default: %(default)s)")
        p.add_argument("--types", default="", help="comma-separated mention types (default: all)")
        p.add_argument(
            "--rules-only",
            action="store_true",
            help="skip the statistical model: about 10x faster; NUMBER, YEAR and COUNTRY only, "
            "facts without the quantified noun phrase",
        )

    p = sub.add_parser("run", help="extract from every text in a folder into Parquet tables")
    p.add_argument("raw_dir", nargs="?", type=Path, default=Path("raw"), help="folder of texts (default: raw)")
    p.add_argument("--out", type=Path, default=Path("output"), help="folder for the tables (default: output)")
    p.add_argument("--workers", type=int, default=0, help="processes to extract with (default: one per core)")
    p.add_argument("--full", action="store_true", help="ignore cached results and redo every document")
    p.add_argument("--dask", metavar="ADDRESS", default="",
                   help="extract on a Dask cluster: its scheduler's address (tcp://host:8786), "
                   "or local:N to start one of N worker processes on this machine")
    p.add_argument("--replace", action="store_true",
                   help="replace the tables in --out even when they came from another input folder")
    p.add_argument("--document-seconds", type=int, default=Settings.document_seconds,
                   help="a document taking longer to extract fails 'timed out'; 0: no limit (default: %(default)s)")
    p.add_argument("--worker-memory-mb", type=int, default=Settings.worker_memory_mb,
                   help="memory limit of each extraction worker process (default: %(default)s)")
    p.add_argument("--partition-mb", type=float, default=Settings.partition_mb,
                   help="input MB read, extracted and written at a time; a larger corpus is written as "
                   "tables of parts, one per partition, so memory stays bounded (default: %(default)s)")
    p.add_argument("--corrections", type=Path, default=None, metavar="FILE",
                   help="apply a reviewer's decisions exported from the report (JSONL): rejected rows go to "
                   "rejects, fixed and added ones into the tables with source 'review'")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="leave out files or folders matching GLOB, as a line of the input folder's .vocextractignore "
                   "would (repeatable): 'notes', '*.bak', 'drafts/2024/*'")
    common(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("serve", help="serve the flow as a Prefect deployment with its schedules")
    p.add_argument("--name", default="vocextract", help="deployment name (default: %(default)s)")
    p.add_argument("--definition", type=Path, default=Path("prefect.yaml"),
                   help="deployment definition with the schedules and default parameters (default: %(default)s)")
    p.add_argument("--input", default=None, help="default input folder of runs (overrides the definition)")
    p.add_argument("--output", default=None, help="default output folder of runs (overrides the definition)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="default for another flow parameter, e.g. --set workers=2 (repeatable)")
    p.add_argument("--cron", default=None,
                   help="one cron schedule instead of the definition's, '' for none (default: the definition's, "
                   "else daily at 06:00)")
    p.add_argument("--timezone", default=None, help="time zone of the schedules, e.g. Europe/Berlin (default: UTC)")
    p.add_argument("--local-server", action="store_true",
                   help="start a Prefect server on this machine for as long as serve runs (else PREFECT_API_URL must "
                   "point at a running one)")
    p.add_argument("--port", type=int, default=4200, help="port of --local-server's API and UI (default: %(default)s)")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("export", help="print every mention of a run's tables")
    p.add_argument("out_dir", type=Path, nargs="?", default=Path("output"), help="folder of the tables (default: output)")
    p.add_argument("--format", default="jsonl", help="output format (jsonl)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("schema", help="print the table reference (Markdown), generated from the schemas")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("report", help="write the review report (HTML) of a run's tables next to them")
    p.add_argument("out_dir", type=Path, nargs="?", default=Path("output"), help="folder of the tables (default: output)")
    p.add_argument("--open", action="store_true", help="open the report in a web browser")
    p.add_argument("--serve", action="store_true", help="serve the report on this machine until stopped (Ctrl+C)")
    p.add_argument("--port", type=int, default=8765, help="port for --serve; 0 takes a free one (default: %(default)s)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("eval", help="score the extraction against gold annotations")
    p.add_argument("gold_dir", type=Path, nargs="?", default=None, help="folder with chunks.json and chunks/*.jsonl")
    p.add_argument("--corrections", type=Path, default=None, metavar="FILE",
                   help="score the run in --out against a review exported from its report, instead of gold")
    p.add_argument("--out", type=Path, default=Path("output"), help="the run --corrections judges (default: output)")
    p.add_argument("--chunks", default="", help="comma-separated chunk names (default: all)")
    p.add_argument("--texts", default="", help="folder of the gold texts (default: GOLD_DIR/../corpus, else raw/)")
    p.add_argument("-v", "--verbose", action="store_true", help="list false positives and misses in context")
    p.add_argument("--min-macro", type=float, default=0.0, help="exit 1 if macro-F1 is below this")
    common(p)
    p.set_defaults(func=cmd_eval)
    return parser


def _signal_behind(exc: BaseException) -> int | None:
    """The termination signal an error was raised while handling, if any. During a flow run
    Prefect replaces our SIGTERM handler with its own, whose `TerminationSignal` its task
    engine can turn into an error of its own ("Task run is not set")."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        signum = getattr(cause, "signum", None) or getattr(cause, "signal", None)
        if isinstance(cause, KeyboardInterrupt) or type(cause).__name__ == "TerminationSignal":
            return int(signum) if isinstance(signum, int) else signal.SIGINT
        cause = cause.__cause__ or cause.__context__
    return None


def _stopped(signum: int) -> int:
    print(f"vocextract: stopped by {signal.Signals(signum).name}; the previous tables are left as they were",
          file=sys.stderr)
    return 128 + signum


def _reader_gone() -> int:
    """`vocextract export … | head`: the reader took what it wanted and closed the pipe. As `cat`
    does, stop quietly with the status of a SIGPIPE; stdout goes to the null device first, so
    the interpreter's final flush of the closed pipe cannot print a traceback after all."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 128 + signal.SIGPIPE


def main(argv: list[str] | None = None) -> int:
    """The `vocextract` command: parse, run, and turn every failure into an exit status and a
    message saying how to fix it (2 for an error of use, 130/143 for a requested stop)
    rather than a traceback."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    args = build_parser().parse_args(argv)
    with stopping.listening() as request:
        try:
            status = args.func(args)
            return _stopped(request.signum) if request.signum is not None else status
        except VocextractError as exc:
            if request.signum is not None:
                return _stopped(request.signum)
            print(f"vocextract: error: {exc}", file=sys.stderr)
            return 2
        except KeyboardInterrupt as exc:
            return _stopped(getattr(exc, "signum", signal.SIGINT))
        except BrokenPipeError:
            return _reader_gone()
        except Exception as exc:
            signum = request.signum or _signal_behind(exc)
            if signum is None:
                raise
            return _stopped(signum)


if __name__ == "__main__":
    sys.exit(main())
