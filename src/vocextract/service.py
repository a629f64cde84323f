"""`vocextract serve`: the flow as a deployment on a Prefect server the UI can reach, with its
schedules and default parameters from the project's deployment definition (`prefect.yaml`).

`Flow.serve` registers the deployment anew on every start, schedules included, so a schedule
that lives only in the server (added in the UI) is replaced when `serve` restarts. Schedules
therefore live in `prefect.yaml`, read on every start, and survive restarts; command-line
options override it for one start. Without a server, Prefect would run a temporary one in
this process that no browser knows of: `serve` refuses, unless asked to start a local server
(`--local-server`), which it then starts with the API and the UI on the same port.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ServiceError

DEFINITION = "prefect.yaml"
DEFAULT_CRON = "0 6 * * *"
SERVER_START_SECONDS = 120


@dataclass(frozen=True)
class Schedule:
    """One cron schedule of the deployment, in its time zone, with parameters of its own."""

    cron: str
    timezone: str = "UTC"
    parameters: dict = field(default_factory=dict)
    active: bool = True


@dataclass(frozen=True)
class Deployment:
    """What `serve` registers: the deployment's name, its default parameters and its schedules."""

    name: str
    parameters: dict
    schedules: tuple[Schedule, ...]


def read_definition(path: Path, name: str) -> dict:
    """The entry named `name` under `deployments:` in the definition file, {} when the file is
    absent or has no such entry.

    Raises ServiceError for a file that is not YAML or not laid out as Prefect's.
    """
    import yaml

    if not Path(path).is_file():
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ServiceError(f"cannot read {path}: {exc}") from exc
    entries = data.get("deployments") if isinstance(data, dict) else None
    if entries is None:
        return {}
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ServiceError(f"{path}: `deployments` must be a list of mappings, as in Prefect's prefect.yaml")
    return next((e for e in entries if e.get("name") == name), {})


def deployment(entry: dict, name: str, overrides: dict, cron: str | None, timezone: str | None) -> Deployment:
    """The deployment from the definition's entry, the command line's overrides on top: its
    parameters, and its schedules (`--cron`/`--timezone` replace the file's with one; with
    neither, the daily default at 06:00 UTC).

    Raises ServiceError for a parameter the flow does not take or a malformed schedule.
    """
    parameters = {**(entry.get("parameters") or {}), **overrides}
    _check_parameters(parameters, "parameters")
    if cron is not None or not entry.get("schedules"):
        schedules = (Schedule(cron or DEFAULT_CRON, timezone or "UTC"),) if cron != "" else ()
    else:
        schedules = tuple(_schedule(s, timezone) for s in entry["schedules"])
    return Deployment(name, parameters, schedules)


def _schedule(given, timezone: str | None) -> Schedule:
    if not isinstance(given, dict) or not isinstance(given.get("cron"), str):
        raise ServiceError(f"a schedule in {DEFINITION} needs a `cron` line (e.g. cron: \"0 6 * * *\"), not {given!r}")
    unknown = set(given) - {"cron", "timezone", "parameters", "active"}
    if unknown:
        raise ServiceError(f"a schedule in {DEFINITION} has keys vocextract does not read: {', '.join(sorted(unknown))}")
    parameters = given.get("parameters") or {}
    _check_parameters(parameters, f"the schedule {given['cron']!r}")
    return Schedule(given["cron"], timezone or given.get("timezone") or "UTC", parameters, bool(given.get("active", True)))


def _check_parameters(parameters: dict, where: str) -> None:
    from .flow import extract_flow

    known = set(inspect.signature(extract_flow.fn).parameters)
    unknown = sorted(set(parameters) - known)
    if unknown:
        raise ServiceError(f"{where}: the flow takes no parameter {', '.join(unknown)}; it takes {', '.join(sorted(known))}")


def parse_settings(pairs: list[str]) -> dict:
    """`--set KEY=VALUE` pairs as parameters; VALUE is read as JSON where it is JSON (numbers,
    true/false, lists), else taken as text."""
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ServiceError(f"--set takes KEY=VALUE, not {pair!r}")
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def api_url() -> str | None:
    """The Prefect API this process talks to (PREFECT_API_URL, from the environment or profile)."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None


def check_api(url: str | None) -> str:
    """`url` if a Prefect server answers there.

    Raises ServiceError when no server is configured or none answers.
    """
    if not url:
        raise ServiceError(
            "no Prefect server configured: serve needs one the UI can reach. Start one with "
            "`prefect server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api, or pass "
            "--local-server to have serve start one on this machine"
        )
    if not _healthy(url):
        raise ServiceError(f"no Prefect server answers at PREFECT_API_URL={url}; start it, or correct the URL")
    return url


def _healthy(url: str) -> bool:
    import httpx

    try:
        return httpx.get(url.rstrip("/") + "/health", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


@contextlib.contextmanager
def local_server(port: int, home: Path) -> Iterator[str]:
    """A Prefect server on 127.0.0.1:`port` for as long as the context lasts, its database and log
    in `home`, its UI told where its API is (on another port than 4200 it would look on 4200);
    yields the API's URL.

    Raises ServiceError when it does not answer within `SERVER_START_SECONDS`.
    """
    url = f"http://127.0.0.1:{port}/api"
    if _healthy(url):
        raise ServiceError(f"a Prefect server already answers on port {port}: set PREFECT_API_URL={url} instead of --local-server")
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_API_URL": url, "PREFECT_UI_API_URL": url, "PREFECT_SERVER_API_HOST": "127.0.0.1",
           "PREFECT_SERVER_API_PORT": str(port), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    home.mkdir(parents=True, exist_ok=True)
    prefect = Path(sys.executable).with_name("prefect")
    with open(home / "server.log", "ab") as log:
        server = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + SERVER_START_SECONDS
        while not _healthy(url):
            if server.poll() is not None or time.time() > deadline:
                raise ServiceError(f"the local Prefect server did not start on port {port}; see {home / 'server.log'}")
            time.sleep(0.5)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def serve(plan: Deployment, url: str) -> None:
    """Register the deployment with the server at `url` and run its flow runs until stopped."""
    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from .flow import extract_flow

    schedules = [Cron(s.cron, timezone=s.timezone, parameters=s.parameters, active=s.active) for s in plan.schedules]
    with temporary_settings(updates={PREFECT_API_URL: url}):
        extract_flow.serve(
            name=plan.name,
            schedules=schedules,
            parameters=plan.parameters,
            description="Extract numbers, years, countries and organisations from a folder of texts.",
            tags=["vocextract"],
        )
