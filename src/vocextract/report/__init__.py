"""The review report: the tables of a run as HTML pages a person can check by eye.

`write_report(out_dir)` writes `report.html` (corpus overview and document index) and one
page per document under `report/`. Every page is self-contained: styles, script and charts
(SVG) are inline and a Content-Security-Policy forbids any network load.

One page per document rather than one file with the whole corpus: the index stays small
whatever the corpus size, a page costs only its own document to load, and the highlighted
text is rendered here, in Python, where every piece of document text goes through
`html.escape` and the nesting of marks is unit-tested. The policy only admits the page's own
inline script (by hash), so even markup that slipped past escaping could not run.

The package is cut by what it makes: `marks` (mentions as nested, escaped marks with their
tooltips), `frame` (the page shell, its policy and the legend), `charts` (inline SVG),
`pages` (document pages, the index and writing them).
"""

from .pages import page_name, write_report

__all__ = ["page_name", "write_report"]
