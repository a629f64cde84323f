"""Charts as inline SVG, with their labels and values written out."""

from __future__ import annotations

from html import escape

from ..output import Digest, most

TOP = 20


def _figure(title: str, svg: str, width: int, height: int) -> str:
    """A captioned chart; an empty one says so instead of drawing nothing."""
    if not svg:
        return f'<figure><figcaption>{escape(title)}</figcaption><p class="muted">none</p></figure>'
    return (
        f"<figure><figcaption>{escape(title)}</figcaption>"
        f'<svg width="{width}" height="{height}" role="img" aria-label="{escape(title)}">{svg}</svg></figure>'
    )


def bar_chart(items: list[tuple[str, int]], css: str, title: str) -> str:
    """Horizontal bars with their labels and values written out (readable without colour)."""
    row, label_w, bar_w = 20, 190, 300
    top = max((n for _, n in items), default=1)
    bars = []
    for i, (label, n) in enumerate(items):
        y, w = i * row, max(1, round(bar_w * n / top))
        short = label if len(label) <= 28 else label[:27] + "…"
        bars.append(
            f'<g><title>{escape(label)}: {n:,}</title>'
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{escape(short)}</text>'
            f'<rect class="{css}" x="{label_w}" y="{y + 3}" width="{w}" height="{row - 6}"/>'
            f'<text x="{label_w + w + 4}" y="{y + 14}">{n:,}</text></g>'
        )
    return _figure(title, "".join(bars), label_w + bar_w + 60, row * len(items))


def column_chart(counts: dict[int, int], css: str, title: str) -> str:
    """Columns along a continuous axis of years (gaps shown as empty), labelled from the first
    year on at least 40 px apart."""
    if not counts:
        return _figure(title, "", 0, 0)
    first, last = min(counts), max(counts)
    span = last - first + 1
    col, height, base = max(4, min(24, 540 // span)), 160, 180
    step = next(s for s in (1, 2, 5, 10, 20, 50) if s * col >= 40)
    top = max(counts.values())
    parts = [f'<text x="0" y="12">{top:,}</text><line x1="30" y1="{base}" x2="{30 + col * span}" y2="{base}" stroke="#1a1a1a"/>']
    for i, year in enumerate(range(first, last + 1)):
        n, x = counts.get(year, 0), 30 + i * col
        h = round(height * n / top)
        parts.append(f'<rect class="{css}" x="{x}" y="{base - h}" width="{col - 1}" height="{h}"><title>{year}: {n:,}</title></rect>')
        if i % step == 0:
            parts.append(f'<text x="{x}" y="{base + 14}">{year}</text>')
    return _figure(title, "".join(parts), 60 + col * span, base + 20)


def charts(digest: Digest) -> str:
    """The index page's charts: mentions per country (top `TOP`), years mentioned, units of numbers."""
    return '<div class="charts">' + "".join([
        bar_chart(most(digest.countries, TOP), "bar-country", f"Mentions per country (top {TOP})"),
        column_chart(dict(digest.years), "bar-year", "Years mentioned"),
        bar_chart(most(digest.units, TOP), "bar-number", "Units of numbers"),
    ]) + "</div>"
