"""The review report: escaping, nesting, files, offsets, and the pages in a real browser."""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from vocextract.cli import main
from vocextract.pipeline import Summary, Tally, run, run_markdown
from vocextract.ownership import PAGES_DIR
from vocextract.report import page_name, write_report
from vocextract.report.marks import Span, escape_text, highlight
from vocextract.report.pages import blocks, document_text
from vocextract.settings import Settings
from vocextract.tables import Tables

from .conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
ARTIFACTS = ROOT / "test-artifacts"

ALPHA = (
    "In 2019 the University of Kenya enrolled more than 3,500 students.\r\n"
    "About 12% came from Nepal; the Lakeside Polytechnic Trust paid USD 40 million."
)
HOSTILE = 'Beware <script>window.__pwned=1</script> and <b>bold</b> & "quotes" in 2020 from Peru.'
DOCS = {"alpha": ("alpha.txt", ALPHA), "hostile": ("hostile.txt", HOSTILE), "scan": ("scan.pdf", "")}
PDF_ERROR = "unsupported format .pdf: convert it to text first"


def _mention(doc: str, needle: str, kind: str, **fields) -> dict:
    """A mention row whose offsets are found in the made-up text, so they are right by construction."""
    text = DOCS[doc][1]
    start = text.index(needle)
    return {
        "mention_id": f"{kind}-{doc}-{start}", "doc_id": doc, "start": start, "end": start + len(needle),
        "text": needle, "sentence_start": 0, "sentence_end": len(text), "section": "body", "source": "extractor", **fields,
    }


def _frames() -> dict[str, pd.DataFrame]:
    documents = [
        {"doc_id": d, "path": name, "name": name, "sha256": "0" * 64, "encoding": None if not text else "utf-8",
         "n_chars": len(text), "n_words": len(text.split()), "status": "ok" if text else "failed",
         "error": None if text else PDF_ERROR, "text": text}
        for d, (name, text) in DOCS.items()
    ]
    number = {"value_high": None, "qualifier": None, "quantified": None}
    return {
        "documents": pd.DataFrame(documents),
        "numbers": pd.DataFrame([
            _mention("alpha", "more than 3,500", "n", **number | {"value": 3500.0, "unit": "count", "qualifier": "more_than", "quantified": "students"}),
            _mention("alpha", "About 12%", "n", **number | {"value": 12.0, "unit": "percent", "qualifier": "about"}),
            _mention("alpha", "USD 40 million", "n", **number | {"value": 4e7, "unit": "USD"}),
        ]),
        "years": pd.DataFrame([_mention("alpha", "2019", "y", value=2019), _mention("hostile", "2020", "y", value=2020)]),
        "countries": pd.DataFrame([
            _mention("alpha", "Kenya", "c", iso3="KEN", iso2="KE", country="Kenya", form="name"),
            _mention("alpha", "Nepal", "c", iso3="NPL", iso2="NP", country="Nepal", form="name"),
            _mention("hostile", "Peru", "c", iso3="PER", iso2="PE", country="Peru", form="name"),
        ]),
        "organisations": pd.DataFrame([
            _mention("alpha", "University of Kenya", "o", name="University of Kenya", org_type="education"),
            _mention("alpha", "Lakeside Polytechnic Trust", "o", name="Lakeside Polytechnic Trust", org_type="other"),
            _mention("hostile", "<b>bold</b>", "o", name='<b>bold</b> "Trust"', org_type="other"),
        ]),
        "rejects": pd.DataFrame([{"table": "numbers", "doc_id": "hostile", "mention_id": None, "check": "finite",
                                  "column": "value", "row": '{"text": "<img src=x onerror=alert(1)>"}'}]),
    }


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """Made-up tables in an output folder, and the report written from them."""
    out = tmp_path_factory.mktemp("out")
    frames = _frames()
    for table, df in frames.items():
        df.to_parquet(out / f"{table}.parquet")
    return {"out": out, "frames": frames, "index": write_report(out)}


class Marks(HTMLParser):
    """The text of every mark (fragments joined) and the text of the document's #text block."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.texts: dict[str, str] = defaultdict(str)
        self.types: dict[str, str] = {}
        self.body = ""
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div":
            self.stack.append(("text" if attrs.get("id") == "text" else "div", None))
        elif tag == "mark":
            self.stack.append(("mark", attrs["data-id"]))
            self.types[attrs["data-id"]] = attrs["data-type"]

    def handle_endtag(self, tag):
        if tag in ("div", "mark"):
            self.stack.pop()

    def handle_data(self, data):
        if any(kind == "text" for kind, _ in self.stack):
            self.body += data
        for kind, mention in self.stack:
            if kind == "mark":
                self.texts[mention] += data


def _shape(html: str) -> str:
    """Marks reduced to their type, to compare structure without attribute noise."""
    return re.sub(r'<mark class="m t-(\w+)"[^>]*>', r"<\1>", html)


def _span(start, end, kind, mention_id=None):
    return Span(start, end, kind, mention_id or f"{kind}{start}", (f"{kind} tip",))


def _expected_marks(frames: dict[str, pd.DataFrame], doc_id: str) -> dict[str, tuple[str, str]]:
    kinds = {"numbers": "NUMBER", "years": "YEAR", "countries": "COUNTRY", "organisations": "ORG"}
    return {
        row.mention_id: (kinds[table], row.text)
        for table, kind in kinds.items()
        for row in frames[table][frames[table]["doc_id"] == doc_id].itertuples()
    }


# ---------------------------------------------------------------- unit


def test_nested_mentions_render_as_nested_marks():
    text = "the University of Kenya opened"
    html = highlight(text, [_span(18, 23, "COUNTRY"), _span(4, 23, "ORG")])
    assert _shape(html) == "the <ORG>University of <COUNTRY>Kenya</mark></mark> opened"


def test_a_crossing_mention_is_split_and_still_nests():
    html = highlight("abcdefghijklmno", [_span(0, 10, "ORG", "a"), _span(5, 15, "NUMBER", "b")])
    assert _shape(html) == "<ORG>abcde<NUMBER>fghij</mark></mark><NUMBER>klmno</mark>"
    assert html.count('id="m-b"') == 1, "only the first fragment is the jump target"
    assert Marks(f'<div id="text">{html}</div>').texts == {"a": "abcdefghij", "b": "fghijklmno"}


def test_same_span_of_two_types_nests_in_a_fixed_order():
    html = highlight("2020", [_span(0, 4, "YEAR"), _span(0, 4, "NUMBER")])
    assert _shape(html) == "<NUMBER><YEAR>2020</mark></mark>"


def test_long_text_is_cut_into_blocks_between_mentions():
    text = "".join(f"Item {i} is in Kenya.\n\n" for i in range(3000)) + "Tail"
    spans = [_span(m.start(), m.end(), "COUNTRY") for m in re.finditer("Kenya", text)]
    across = text.index("Kenya.\n\nItem 1500")
    spans.append(_span(across, across + 15, "ORG", "across"))
    pieces = blocks(text, spans, size=1000)
    assert len(pieces) > 40 and pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a < b == c for (a, b), (c, _) in zip(pieces, pieces[1:]))
    assert not any(a < s.start < b < s.end for a, b in pieces for s in spans)
    marks = Marks(document_text(text, spans))
    assert marks.body == text
    assert all(marks.texts[s.mention_id] == text[s.start : s.end] for s in spans)


def test_document_text_is_escaped_and_keeps_every_character():
    text = 'x <script>alert(1)</script> & "q"\r\nnext\rlast'
    html = escape_text(text)
    assert "<script" not in html and "&lt;script&gt;" in html
    assert html.endswith("&#13;\nnext&#13;<br>last"), "CR survives the parser; a lone CR still breaks the line"
    assert Marks(f'<div id="text">{html}</div>').body == text


def test_tooltip_attribute_cannot_break_out():
    html = highlight("ab", [Span(0, 2, "ORG", "m1", ('x" onmouseover="alert(1)',))])
    assert 'data-tip="x&quot; onmouseover=&quot;alert(1)"' in html


def test_report_writes_the_index_and_one_page_per_document(report):
    out = report["out"]
    assert report["index"] == out / "report.html"
    assert sorted(p.name for p in (out / PAGES_DIR).iterdir()) == sorted(f"{d}.html" for d in DOCS)


def test_pages_are_self_contained(report):
    out = report["out"]
    for path in [out / "report.html", *(out / PAGES_DIR).glob("*.html")]:
        html = path.read_text(encoding="utf-8")
        assert "Content-Security-Policy" in html and "default-src 'none'" in html
        assert not re.search(r"<(script|img|link|iframe)[^>]+(src|href)=", html), path
        assert "http://" not in html and "https://" not in html


def test_every_mark_is_the_tables_text(report):
    frames, out = report["frames"], report["out"]
    for doc in frames["documents"].itertuples():
        if doc.status != "ok":
            continue
        marks = Marks((out / page_name(doc.doc_id)).read_text(encoding="utf-8"))
        assert marks.body == doc.text
        assert {m: (marks.types[m], t) for m, t in marks.texts.items()} == _expected_marks(frames, doc.doc_id)


def test_hostile_text_stays_text(report):
    html = (report["out"] / page_name("hostile")).read_text(encoding="utf-8")
    assert "<script>window" not in html and "<b>bold" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    index = report["index"].read_text(encoding="utf-8")
    assert "<img src=x" not in index and "&lt;img src=x onerror=alert(1)&gt;" in index


def test_index_shows_overview_rejects_and_failed_documents(report):
    index = report["index"].read_text(encoding="utf-8")
    for heading in ("Rows per table", "Mentions per country", "Years mentioned", "Units of numbers", "Top organisations", "Rejects"):
        assert heading in index
    assert index.count("<svg") == 3
    assert f"failed: {PDF_ERROR}" in index
    assert f'href="{page_name("scan")}"' in index
    assert PDF_ERROR in (report["out"] / page_name("scan")).read_text(encoding="utf-8")


def test_writing_the_report_deletes_nothing(report, tmp_path):
    """Stale pages are the run's clean-up to delete (from the manifests), never the report's:
    a page it did not write may be the user's."""
    frames = _frames()
    frames["documents"] = frames["documents"][frames["documents"]["doc_id"] != "scan"]
    for table, df in frames.items():
        df.to_parquet(tmp_path / f"{table}.parquet")
    (tmp_path / PAGES_DIR).mkdir()
    (tmp_path / page_name("gone")).write_text("old")
    write_report(tmp_path)
    assert sorted(p.stem for p in (tmp_path / PAGES_DIR).iterdir()) == ["alpha", "gone", "hostile"]
    assert (tmp_path / page_name("gone")).read_text() == "old"


def test_a_run_without_mentions_still_reports(tmp_path):
    frames = _frames()
    frames["documents"] = frames["documents"][frames["documents"]["doc_id"] == "scan"]
    for table, df in frames.items():
        (df if table == "documents" else df.iloc[0:0]).to_parquet(tmp_path / f"{table}.parquet")
    index = write_report(tmp_path).read_text(encoding="utf-8")
    assert index.count('<p class="muted">none</p>') == 4 and PDF_ERROR in index


def test_a_run_of_a_text_without_numbers_writes_its_report(tmp_path):
    """Tables written with no rows read back as Arrow columns of no chunks, which pandas
    cannot join (the NUMBER marks join the facts): the run with its report failed."""
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Nothing here is counted.")
    settings = Settings(workers=1, document_seconds=0, rules_only=True, types=("NUMBER", "YEAR", "COUNTRY"))
    summary = run(tmp_path / "raw", tmp_path / "out", settings, review=True)
    assert summary.rows["numbers"] == 0
    assert "Nothing here is counted." in next((tmp_path / "out" / PAGES_DIR).glob("*.html")).read_text(encoding="utf-8")


def test_report_command(report, capsys):
    assert main(["report", str(report["out"])]) == 0
    assert capsys.readouterr().out.strip() == str(report["out"] / "report.html")


def test_report_command_without_tables(tmp_path, capsys):
    assert main(["report", str(tmp_path)]) == 2
    assert "no tables found" in capsys.readouterr().err


def test_run_report_links_the_review_report(report):
    frames = report["frames"]
    summary = Summary(documents=3, processed=2, failed={}, rows={}, rejects=0, seconds=1.0, out_dir=str(report["out"]))
    text = run_markdown(summary, Tally.of([], Tables(frames)), review=report["index"])
    assert f"Review report: `{report['index']}`" in text
    assert f"`vocextract report {report['out']} --serve`" in text
    assert "file://" not in text, "browsers refuse file links from a web page such as the Prefect UI"


def test_the_ui_s_document_table_shows_failed_documents_first_and_no_more_than_its_limit(report):
    from vocextract.pipeline import document_counts

    rows = document_counts(Tally.of([], Tables(report["frames"])), limit=2)
    assert [row["path"] for row in rows] == ["scan.pdf", "alpha.txt"]
    assert rows[0]["error"] == PDF_ERROR and rows[1]["numbers"] > 0


def test_run_report_counts_rejected_rows_by_check(report):
    summary = Summary(documents=3, processed=3, failed={}, rows={}, rejects=3, seconds=1.0, out_dir="out",
                      reject_checks={"numbers: value_in_range": 2, "years: year_in_text": 1})
    text = run_markdown(summary, Tally.of([], Tables(report["frames"])))
    assert "| numbers: value_in_range | 2 |\n| years: year_in_text | 1 |" in text


def _fetch(url: str) -> tuple[int, str]:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def test_report_server_serves_the_report_and_nothing_else(report):
    import threading

    from vocextract.report.serve import address, report_server

    (report["out"] / "notes.txt").write_text("private")
    server = report_server(report["out"])
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = address(server)
        base = url.rsplit("/", 1)[0]
        status, index = _fetch(url)
        assert status == 200 and "<html" in index.lower()
        page = page_name(report["frames"]["documents"]["doc_id"].iloc[0])
        assert _fetch(f"{base}/{page}")[0] == 200
        assert _fetch(base + "/")[1] == index, "the root leads to the report"
        for path in ("notes.txt", "documents.parquet", "report/", "report/../notes.txt", "..%2fnotes.txt"):
            assert _fetch(f"{base}/{path}")[0] == 404, path
    finally:
        server.shutdown()
        server.server_close()


def test_report_serve_without_a_report_is_one_clear_line(tmp_path, capsys):
    assert main(["report", str(tmp_path), "--serve", "--port", "0"]) == 2
    assert "no tables found" in capsys.readouterr().err


def test_a_real_run_renders_with_exact_offsets(tmp_path):
    """The pipeline's own tables (CRLF, nested names) through the report: marks equal the rows."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "note.txt").write_bytes(
        b"In 2018 the Harbour Technical College of Chile trained 1,200 students.\r\n"
        b"By 2022 about 15% of them worked in Canada.\r\n"
    )
    run(raw, tmp_path / "out", Settings(workers=1))
    write_report(tmp_path / "out")
    frames = {t: pd.read_parquet(tmp_path / "out" / f"{t}.parquet") for t in ("documents", "numbers", "years", "countries", "organisations")}
    doc = frames["documents"].iloc[0]
    marks = Marks((tmp_path / "out" / page_name(doc.doc_id)).read_text(encoding="utf-8"))
    expected = _expected_marks(frames, doc.doc_id)
    assert marks.body == doc.text and len(expected) >= 5
    assert {m: (marks.types[m], t) for m, t in marks.texts.items()} == expected


# ---------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM) and os.environ.get("CI") != "true":
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    """A page that records every request and every script error, for the assertions below."""
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    seen = {"requests": [], "errors": []}
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))

    def go(path: Path):
        page.goto(path.as_uri())
        return page

    yield go, seen
    page.close()


MARK_TEXTS = """() => {
  const texts = {};
  document.querySelectorAll('mark.m').forEach(m => {
    texts[m.dataset.id] = [m.dataset.type, (texts[m.dataset.id] || ['', ''])[1] + m.textContent];
  });
  return texts;
}"""


def test_browser_highlights_and_tooltips_match_the_tables(report, open_page):
    go, seen = open_page
    frames = report["frames"]
    page = go(report["out"] / page_name("alpha"))
    assert page.locator("#text").text_content() == ALPHA
    assert {k: tuple(v) for k, v in page.evaluate(MARK_TEXTS).items()} == _expected_marks(frames, "alpha")
    for row in frames["numbers"][frames["numbers"]["doc_id"] == "alpha"].itertuples():
        page.focus(f"#m-{row.mention_id}")
        tip = page.locator("#tip .entry").first.inner_text()
        assert row.text in tip and f"unit: {row.unit}" in tip
        assert f"value: {row.value:,.15g}" in tip
        assert page.get_attribute(f"#m-{row.mention_id}", "aria-describedby") == "tip"
    page.hover("mark.t-COUNTRY >> text=Kenya")
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert "ISO code: KEN / KE" in tip.inner_text() and "type: education" in tip.inner_text(), "inner and outer mention"
    page.mouse.move(5, 5)
    assert tip.is_hidden()
    assert not seen["errors"] and all(url.startswith("file://") for url in seen["requests"])


def test_browser_filter_hides_a_type(report, open_page):
    go, _ = open_page
    page = go(report["out"] / page_name("alpha"))
    number, country = "mark.t-NUMBER >> nth=0", "mark.t-COUNTRY >> nth=0"
    tinted = page.eval_on_selector(number, "m => getComputedStyle(m).backgroundColor")
    page.uncheck("input[data-filter=NUMBER]")
    assert page.eval_on_selector(number, "m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert page.eval_on_selector(country, "m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    assert page.eval_on_selector(number, "m => m.tabIndex") == -1
    assert page.locator("nav.jump li.t-NUMBER").first.is_hidden()
    page.hover(number)
    assert page.locator("#tip").is_hidden(), "a hidden type shows no tooltip"
    page.check("input[data-filter=NUMBER]")
    assert page.eval_on_selector(number, "m => getComputedStyle(m).backgroundColor") == tinted


def test_browser_jump_list_focuses_the_mention(report, open_page):
    go, _ = open_page
    page = go(report["out"] / page_name("alpha"))
    target = report["frames"]["years"]["mention_id"].iloc[0]
    page.click(f'nav.jump a[href="#m-{target}"]')
    assert page.evaluate("document.activeElement.id") == f"m-{target}"
    assert "year: 2019" in page.locator("#tip").inner_text()


def test_browser_runs_no_script_from_a_document(report, open_page):
    go, seen = open_page
    page = go(report["out"] / page_name("hostile"))
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#text script, #text b").count() == 0
    assert page.locator("#text").text_content() == HOSTILE
    page.hover("mark.t-ORG")
    assert '<b>bold</b> "Trust"' in page.locator("#tip").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-hostile.png"))
    index = go(report["index"])
    assert index.evaluate("typeof window.__pwned") == "undefined"
    assert index.locator("img").count() == 0
    assert not seen["errors"]


def test_browser_index_links_documents_and_saves_a_screenshot(report, open_page):
    go, seen = open_page
    page = go(report["index"])
    assert page.locator("#documents tbody tr").count() == len(DOCS)
    assert PDF_ERROR in page.locator("#documents tr.failed").inner_text()
    page.fill("#doc-filter", "alpha")
    assert page.locator("#documents tbody tr:visible").count() == 1
    page.click("text=alpha.txt")
    page.hover("mark.t-COUNTRY >> text=Kenya")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-document.png"))
    go(report["index"]).screenshot(path=str(ARTIFACTS / "report-index.png"), full_page=True)
    assert not seen["errors"] and all(url.startswith("file://") for url in seen["requests"])


def test_report_serve_command_prints_an_address_that_serves_the_report(report):
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "vocextract.cli", "report", str(report["out"]), "--serve", "--port", "0"],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == str(report["out"] / "report.html")
        line = proc.stdout.readline()
        url = re.search(r"serving the report at (\S+)", line).group(1)
        status, html = _fetch(url)
        assert status == 200 and "<html" in html.lower()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


SELECT = """([needle, typeOf]) => {
  const box = document.getElementById('text');
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return true;
  }
  return false;
}"""

REVIEWED = "In 2021 the Qorvel Technical College trained 1,200 welders and 300 nurses in Kenya with Tembo.\n"


def test_browser_review_rejects_fixes_adds_exports_and_the_next_run_applies_it(tmp_path, browser, capsys):
    """The reviewer's round trip: on a document's page, reject "300", cut "1,200" to "200",
    add "Tembo" as an organisation, reload (the decisions stay), export; a run with that file
    shows all three, and `eval` scores the run against it."""
    from vocextract.corrections import REJECTED, read

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(REVIEWED, encoding="utf-8")
    out = tmp_path / "out"
    run(raw, out, Settings(workers=1), review=True)
    doc_id = pd.read_parquet(out / "documents.parquet")["doc_id"][0]
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((out / page_name(doc_id)).as_uri())
    page.evaluate("localStorage.clear()")
    page.reload()
    page.click("mark.t-NUMBER >> text=300")
    page.click("#review-reject")
    page.click("mark.t-NUMBER >> text=1,200")
    assert page.evaluate(SELECT, ["200", None])
    page.click("#review-span")
    assert page.evaluate(SELECT, ["Tembo", None])
    page.select_option("#review-type", "ORG")
    page.fill("#review-add-fields input[data-name=org_type]", "company")
    page.click("#review-add-button")
    page.reload()
    page.wait_for_function("document.querySelector('#review-count').innerText === '3'", timeout=10_000)
    assert page.inner_text("#review-count") == "3", "decisions survive a reload"
    assert "review-reject" in page.get_attribute("mark.t-NUMBER >> text=300", "class")
    with page.expect_download() as download:
        page.click("#review-export")
    review = tmp_path / "review.jsonl"
    download.value.save_as(review)
    page.close()
    assert not errors
    decisions = {d["decision"]: d for d in map(json.loads, review.read_text(encoding="utf-8").splitlines())}
    assert decisions["fix"]["text"] == "200" and decisions["add"]["text"] == "Tembo"
    assert REVIEWED[decisions["fix"]["start"] : decisions["fix"]["end"]] == "200"

    run(raw, out, Settings(workers=1), review=True, corrections=read(review))
    numbers = pd.read_parquet(out / "numbers.parquet")
    assert "300" not in set(numbers["text"]) and "200" in set(numbers.loc[numbers["source"] == "review", "text"])
    orgs = pd.read_parquet(out / "organisations.parquet")
    assert orgs.loc[orgs["source"] == "review", ["text", "org_type"]].values.tolist() == [["Tembo", "company"]]
    rejects = pd.read_parquet(out / "rejects.parquet")
    assert set(rejects.loc[rejects["check"] == REJECTED, "table"]) == {"numbers", "facts"}

    assert main(["eval", "--corrections", str(review), "--out", str(out)]) == 0
    lines = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines() if line.strip()}
    found = len(numbers) + 1
    assert lines["NUMBER"][1:4] == [str(found - 1), f"{(found - 1) / found:.3f}", "1.000"], (
        "the rejected number is the false positive; the cut span still overlaps its value")
    assert float(lines["ORG"][3]) < 1.0, "the added organisation is a miss"
