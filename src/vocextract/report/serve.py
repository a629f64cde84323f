"""The report over HTTP on this machine: browsers refuse `file://` links from a web page such as
the Prefect UI's artifact, and some refuse local files altogether.

Only the report is served (`report.html` and the pages under `report/`), read through the
output folder's fixed links, so a rerun's new set is what the next request gets; the tables,
the cache and anything else in the folder are not reachable.
"""

from __future__ import annotations

from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ..errors import NoTablesError, VocextractError
from ..ownership import PAGES_DIR, REPORT_NAME


class _ReportOnly(SimpleHTTPRequestHandler):
    """Files of the report, nothing else: any other path is a 404, and no folder is listed."""

    def send_head(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path == "/":
            self.send_response(302)
            self.send_header("Location", "/" + REPORT_NAME)
            self.end_headers()
            return None
        parts = path.strip("/").split("/")
        page = len(parts) == 2 and parts[0] == PAGES_DIR and parts[1].endswith(".html") and ".." not in parts
        if path != "/" + REPORT_NAME and not page:
            self.send_error(404, "only the review report is served here")
            return None
        return super().send_head()

    def log_message(self, format, *args):
        """Quiet: one line per request would bury the address the user needs."""


def report_server(out_dir: Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """An HTTP server (not yet serving) for the report of `out_dir`; port 0 takes a free one.

    Raises NoTablesError when the folder has no report yet, and VocextractError when the port
    cannot be had.
    """
    out = Path(out_dir).resolve()
    if not (out / REPORT_NAME).is_file():
        raise NoTablesError(out)
    try:
        return ThreadingHTTPServer((host, port), partial(_ReportOnly, directory=str(out)))
    except OSError as exc:
        raise VocextractError(
            f"cannot serve the report on {host}:{port}: {exc.strerror or exc}; choose another port with --port"
        ) from exc


def address(server: ThreadingHTTPServer) -> str:
    """The report's address on `server`."""
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/{REPORT_NAME}"
