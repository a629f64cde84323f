"""Against a real Prefect server: serve the deployment, run it as the UI's Run button does."""

import os
import socket
import subprocess
import sys
import time
from datetime import datetime
from zoneinfo import ZoneInfo

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
DEFINITION = """
deployments:
  - name: test
    parameters: {input_dir: raw, output_dir: out, workers: 1}
    schedules:
      - cron: "0 6 * * *"
        timezone: Europe/Berlin
      - cron: "30 18 * * 5"
        timezone: Europe/Berlin
        parameters: {full: true}
"""
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
    (project / "prefect.yaml").write_text(DEFINITION)
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
    serve, state = None, {}
    try:
        _wait(lambda: (r := _get(f"{api}/health")) is not None and r.status_code == 200, 120, "the Prefect server")
        def start_serve():
            return subprocess.Popen([os.path.join(BIN, "vocextract"), "serve", "--name", "test"],
                                    env=env, stdout=logs, stderr=subprocess.STDOUT, cwd=project)

        serve = start_serve()
        state = {"api": api, "project": project, "deployment": _wait(lambda: _deployment(api), 120, "the deployment"),
                 "port": port}

        def restart():
            _stop(state["serve"])
            before = _deployment(api)["updated"]
            state["serve"] = start_serve()
            return _wait(lambda: (d := _deployment(api)) and d["updated"] != before and d, 120, "serve to register again")

        state |= {"serve": serve, "restart": restart}
        yield state
    finally:
        for proc in (state.get("serve") if serve else None, server):
            _stop(proc)
        logs.close()


def _deployment(api: str) -> dict | None:
    r = _get(f"{api}/deployments/name/vocextract/test")
    return r.json() if r is not None and r.status_code == 200 else None


def _stop(proc) -> None:
    if proc is None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


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


def _schedules(deployment: dict) -> list[tuple]:
    return sorted((s["schedule"]["cron"], s["schedule"]["timezone"], s["parameters"]) for s in deployment["schedules"])


DEFINED = [("0 6 * * *", "Europe/Berlin", {}), ("30 18 * * 5", "Europe/Berlin", {"full": True})]


def test_deployment_has_the_definitions_schedules_and_a_typed_form(served):
    dep = served["deployment"]
    assert _schedules(dep) == DEFINED
    assert dep["parameters"] == {"input_dir": "raw", "output_dir": "out", "workers": 1}
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
    berlin = [datetime.fromisoformat(run["expected_start_time"]).astimezone(ZoneInfo("Europe/Berlin")) for run in runs]
    assert {t.strftime("%H:%M") for t in berlin} <= {"06:00", "18:30"} and any(t.hour == 6 for t in berlin)


def test_a_schedule_added_in_the_ui_gives_way_and_the_definitions_survive_a_restart(served):
    """Schedules live in prefect.yaml: serve registers them again on every start."""
    api, dep = served["api"], served["deployment"]
    added = {"schedule": {"cron": "0 12 * * *", "timezone": "UTC"}, "active": True, "parameters": {"full": True}}
    httpx.post(f"{api}/deployments/{dep['id']}/schedules", json=[added], timeout=10).raise_for_status()
    assert len(_deployment(api)["schedules"]) == 3
    again = served["restart"]()
    assert _schedules(again) == DEFINED and again["id"] == dep["id"]


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


REFUSED = [
    pytest.param({}, [], "no Prefect server configured", id="no-server-configured"),
    pytest.param({"PREFECT_API_URL": "http://127.0.0.1:9/api"}, [], "no Prefect server answers", id="server-unreachable"),
    pytest.param({}, ["--set", "colour=red"], "the flow takes no parameter colour", id="unknown-parameter"),
    pytest.param({}, ["--set", "workers"], "--set takes KEY=VALUE", id="malformed-set"),
]


@pytest.mark.parametrize("env, argv, message", REFUSED)
def test_serve_refuses_to_start_where_no_ui_could_reach_it(tmp_path, env, argv, message):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    proc = subprocess.run([os.path.join(BIN, "vocextract"), "serve", *argv], cwd=tmp_path, capture_output=True, text=True,
                          env={**clean, "PREFECT_HOME": str(tmp_path / "home"), **env}, timeout=120)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def test_serve_with_a_local_server_as_the_readme_shows(tmp_path):
    """`vocextract serve --local-server --port P`: the server, its UI told where the API is, the deployment."""
    (tmp_path / "raw").mkdir()
    (tmp_path / "prefect.yaml").write_text(DEFINITION)
    port = _free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    proc = subprocess.Popen(
        [os.path.join(BIN, "vocextract"), "serve", "--name", "test", "--local-server", "--port", str(port), "--input", "raw"],
        cwd=tmp_path, env={**clean, "PREFECT_HOME": str(tmp_path / "home")}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    try:
        api = f"http://127.0.0.1:{port}/api"
        dep = _wait(lambda: _deployment(api), 180, "the deployment on the local server")
        assert _schedules(dep) == DEFINED and dep["parameters"]["input_dir"] == "raw"
        ui = _get(f"http://127.0.0.1:{port}/ui-settings")
        assert ui is not None and ui.json()["api_url"] == api, "the UI looks for the API on the server's own port"
    finally:
        _stop(proc)
