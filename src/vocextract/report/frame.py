"""The page shell every report page shares: inline styles and script under a strict policy,
tables and the legend that is also the filter."""

from __future__ import annotations

import hashlib
from base64 import b64encode
from functools import cache
from html import escape
from importlib.resources import files
from string import Template

from ..mention_types import BY_NAME, NAMES


@cache
def _asset(name: str) -> str:
    return files("vocextract.templates").joinpath(name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    """The CSP source expression admitting exactly this inline block."""
    return "sha256-" + b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def page(title: str, body: str) -> str:
    """A complete, self-contained page: the shared template with style and script inline."""
    style, script = _asset("report.css"), _asset("report.js")
    return Template(_asset("page.html")).substitute(
        title=escape(title),
        body=body,
        style=style,
        script=script,
        style_hash=_csp_hash(style),
        script_hash=_csp_hash(script),
    )


def html_table(
    headers: list[str], rows: list[list[str]], numeric: set[int] = frozenset(), attrs: str = "", row_attrs: list[str] | None = None
) -> str:
    """An HTML table; cells arrive already escaped, so callers decide what is markup."""

    def cell(tag: str, i: int, content: str) -> str:
        return f'<{tag}{" class=n" if i in numeric else ""}>{content}</{tag}>'

    head = "".join(cell("th", i, escape(h)) for i, h in enumerate(headers))
    trs = row_attrs or [""] * len(rows)
    body = "".join(f"<tr{a}>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row, a in zip(rows, trs))
    return f"<table{attrs}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def legend(counts: dict[str, int]) -> str:
    """The legend, which is also the filter: a checkbox per type with its swatch and name."""
    items = [
        f'<label><input type="checkbox" checked data-filter="{t}"> '
        f'<span class="swatch t-{t}">{BY_NAME[t].label}</span> <span class="muted">{counts.get(t, 0)}</span></label>'
        for t in NAMES
    ]
    items.append('<label><input type="checkbox" id="show-tags"> type labels on marks</label>')
    return '<div class="toolbar" role="group" aria-label="Mention types shown">' + "".join(items) + "</div>"
