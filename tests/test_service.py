"""Against a real Prefect server: serve the deployment, run it as the UI's Run button does."""

import os
import socket
import subprocess
import sys
import time

import httpx
import pandas as pd
import pytest

from .conftest import ROOT

BIN = os.path.dirname(sys.executable)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"
BAD_DOCS = {"good.txt": "In 2022 Chile trained 80 welders.", "deck.ppt": "not a supported format"}
DOCS = {
    "a.txt": "In 2021 the Riverside Polytechnic trained 450 students from Ghana.",
    "b.txt": "By 2023, 12% of graduates of the Hillview Technical Institute worked in Peru.",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(predicate, seconds: float, what: str):
    deadline = time.time() + seconds
    while time.time() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def _get(url: str):
    try:
        return httpx.get(url, timeout=5)
    except httpx.HTTPError:
        return None


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """A Prefect server on a free loopback port and `vocextract serve` registered with it."""
    home = tmp_path_factory.mktemp("prefect-home")
    project = tmp_path_factory.mktemp("project")
    for folder, files in (("raw", DOCS), ("raw-bad", BAD_DOCS)):
        (project / folder).mkdir()
        for name, text in files.items():
            (project / folder / name).write_text(text)
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_API_HOST": "127.0.0.1",
        "PREFECT_SERVER_API_PORT": str(port),
        "PREFECT_UI_API_URL": api,
    }
    env.pop("VOCEXTRACT_ALLOWED_ROOTS", None)
    logs = open(home / "server.log", "w")
    server = subprocess.Popen(
        [os.path.join(BIN, "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=logs, stderr=subprocess.STDOUT, cwd=home,
    )
    serve = None
    try:
        _wait(lambda: (r := _get(f"{api}/health")) is not None and r.status_code == 200, 120, "the Prefect server")
        serve = subprocess.Popen(
            [os.path.join(BIN, "vocextract"), "serve", "--name", "test"],
            env=env, stdout=logs, stderr=subprocess.STDOUT, cwd=project,
        )

        def deployment():
            r = _get(f"{api}/deployments/name/vocextract/test")
            return r.json() if r is not None and r.status_code == 200 else None

        yield {"api": api, "project": project, "deployment": _wait(deployment, 120, "the deployment"), "port": port}
    finally:
        for proc in (serve, server):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()
        logs.close()


def _run_and_wait(api: str, deployment_id: str, parameters: dict) -> dict:
    def created():
        r = httpx.post(f"{api}/deployments/{deployment_id}/create_flow_run", json={"parameters": parameters}, timeout=10)
        return r if r.status_code != 503 else None

    r = _wait(created, 60, "the server to accept a run (it answers 503 while busy)")
    r.raise_for_status()
    run_id = r.json()["id"]

    def finished():
        run = httpx.get(f"{api}/flow_runs/{run_id}", timeout=5).json()
        return run if run["state_type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED") else None

    return _wait(finished, 240, "the flow run")


def test_deployment_has_a_schedule_and_a_typed_form(served):
    dep = served["deployment"]
    assert dep["schedules"] and dep["schedules"][0]["schedule"]["cron"] == "0 6 * * *"
    props = dep["parameter_openapi_schema"]["properties"]
    assert {"input_dir", "output_dir", "model", "types", "workers", "runner", "full"} <= set(props)
    assert props["runner"].get("enum") == ["process", "thread", "dask"] or "process" in str(props["runner"])
    assert props["input_dir"]["default"] == "raw"
    assert "allowed roots" in props["input_dir"]["description"]


def test_ui_style_run_completes_with_tables_and_artifacts(served):
    api, project = served["api"], served["project"]
    run = _run_and_wait(api, served["deployment"]["id"], {"input_dir": "raw", "output_dir": "out"})
    assert run["state_type"] == "COMPLETED", run["state"]
    docs = pd.read_parquet(project / "out" / "documents.parquet")
    assert sorted(docs["path"]) == sorted(DOCS)
    assert len(pd.read_parquet(project / "out" / "years.parquet")) == 2
    artifacts = httpx.post(
        f"{api}/artifacts/filter", json={"artifacts": {"flow_run_id": {"any_": [run["id"]]}}}, timeout=10
    ).json()
    keys = {a["key"]: a for a in artifacts}
    assert {"vocextract-run-report", "vocextract-documents"} <= set(keys)
    assert "| documents | processed | reused |" in keys["vocextract-run-report"]["data"]
    assert "documents processed" in run["state"]["message"]
    assert "--serve" in keys["vocextract-run-report"]["data"]


def test_a_run_with_a_failed_document_ends_failed_and_still_writes_the_others(served):
    api, project = served["api"], served["project"]
    run = _run_and_wait(api, served["deployment"]["id"], {"input_dir": "raw-bad", "output_dir": "out-bad"})
    assert run["state_type"] == "FAILED", run["state"]
    assert "1 of 2 documents failed (deck.ppt)" in run["state"]["message"]
    docs = pd.read_parquet(project / "out-bad" / "documents.parquet").set_index("path")
    assert docs.loc["good.txt", "status"] == "ok" and docs.loc["deck.ppt", "status"] == "failed"
    assert len(pd.read_parquet(project / "out-bad" / "numbers.parquet")) == 1


def test_a_run_asking_for_a_path_outside_the_roots_fails_clearly(served):
    run = _run_and_wait(served["api"], served["deployment"]["id"], {"input_dir": "../../etc", "output_dir": "out"})
    assert run["state_type"] == "FAILED"
    assert "outside the allowed folders" in run["state"]["message"]


def test_the_scheduler_plans_runs_from_the_cron_schedule(served):
    """Guards the pinned server stack: a broken scheduler (as with SQLAlchemy 2.1) plans nothing."""
    query = {"deployments": {"id": {"any_": [served["deployment"]["id"]]}}, "flow_runs": {"state": {"type": {"any_": ["SCHEDULED"]}}}}

    def scheduled():
        r = httpx.post(f"{served['api']}/flow_runs/filter", json=query, timeout=10)
        return r.json() if r.status_code == 200 and r.json() else None

    runs = _wait(scheduled, 120, "scheduled runs")
    assert all(run["expected_start_time"][11:16] == "06:00" for run in runs)


@pytest.mark.skipif(
    not os.path.exists(CHROMIUM) and os.environ.get("CI") != "true",
    reason="Debian's chromium is not installed (.ci/run installs it)",
)
def test_run_started_from_the_prefect_ui_completes(served):
    """A real browser: open the deployment's page, Run > Quick run, see the run complete."""
    from playwright.sync_api import expect, sync_playwright

    ui, api, dep = f"http://127.0.0.1:{served['port']}", served["api"], served["deployment"]
    manual = {"deployments": {"id": {"any_": [dep["id"]]}}, "flow_runs": {"state": {"type": {"not_any_": ["SCHEDULED"]}}}}
    before = {r["id"] for r in httpx.post(f"{api}/flow_runs/filter", json=manual, timeout=10).json()}
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{ui}/deployments", wait_until="networkidle")
        page.get_by_role("link", name="test", exact=True).click()
        page.wait_for_url(f"**/deployments/deployment/{dep['id']}")
        page.get_by_role("button", name="Run", exact=True).click()
        page.get_by_text("Quick run", exact=True).click()

        def new_run():
            runs = httpx.post(f"{api}/flow_runs/filter", json=manual, timeout=10).json()
            fresh = [r for r in runs if r["id"] not in before]
            return fresh[0] if fresh and fresh[0]["state_type"] in ("COMPLETED", "FAILED", "CRASHED") else None

        run = _wait(new_run, 240, "the run started from the UI")
        page.goto(f"{ui}/runs/flow-run/{run['id']}", wait_until="networkidle")
        expect(page.get_by_text("Completed", exact=True).first).to_be_visible(timeout=30_000)
        page.screenshot(path=str(ARTIFACTS / "prefect-ui-run.png"))
        browser.close()
    assert run["state_type"] == "COMPLETED"
