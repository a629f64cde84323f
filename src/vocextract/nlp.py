"""The spaCy pipeline: loaded once per process, fed long texts in paragraph-aligned chunks."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelNotFoundError
from .patterns import load_patterns

_PARAGRAPH = re.compile(r"\n[ \t]*\n")


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str, rules_only: bool = False) -> Language:
    """The model plus our rulers; cached so a process loads each model exactly once.

    `rules_only` keeps the model's tokenizer and replaces every statistical component with
    a rule-based sentence splitter: NUMBER, YEAR and COUNTRY rules read only tokens, so a
    scan for them runs about ten times faster (see `Settings.rules_only`).
    """
    try:
        nlp = spacy.load(model, exclude=_components(model) if rules_only else [])
    except OSError as exc:
        raise ModelNotFoundError(model) from exc
    _split_footnote_marks(nlp)
    _keep_weekdays(nlp)
    if rules_only:
        nlp.add_pipe("sentencizer")
        return nlp
    nlp.add_pipe("line_sentences", before="parser")
    ruler = nlp.add_pipe(
        "span_ruler",
        name="org_ruler",
        after="ner",
        config={"spans_key": "org_rules", "validate": True},
    )
    ruler.add_patterns(load_patterns("organisations.jsonl"))
    return nlp


@Language.component("line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """A line the cleaned text keeps (a heading, a list item, a table row: prose broken mid-
    sentence was joined by `textmap.clean`) starts a sentence, which the parser respects;
    left to itself it runs short unpunctuated lines together ("completions rose 8%\n
    cancellations fell 4%" parsed as one clause with one subject). Rows of a tab or pipe table
    are left to the parser: the table readers give their cells what they count. A short line
    of one sentence is kept whole ("• 206 training sites" is not three fragments)."""
    text = doc.text
    for token in doc[1:]:
        if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text and not token.is_space:
            above = text[text.rfind("\n", 0, text.rfind("\n", 0, token.idx)) + 1 : token.idx]
            line = text[token.idx : text.find("\n", token.idx) % (len(text) + 1)]
            if any(c in above + line for c in "\t|"):
                continue
            token.is_sent_start = True
            if len(line) < _SHORT_LINE and not _SENTENCE_END.search(line):
                for inner in doc[token.i + 1 :]:
                    if inner.idx >= token.idx + len(line):
                        break
                    inner.is_sent_start = False
    return doc


_SHORT_LINE = 80
_SENTENCE_END = re.compile(r"[.!?]\s+\S")


def _split_footnote_marks(nlp: Language) -> None:
    """ "(OECD)1", "Group.[4]", "S.A.[a]", "[25]Thailand": a footnote mark glued to a word is split
    from it, which the default tokenizer keeps as one token ("OECD)1", "Group.[4"). So are:
    a hyphen after an abbreviation ("U.S.-Honduras", "U.S.-accredited"); a bracket opened with
    no space before it ("University of Mexico(UNAM)", "Indochina(1904)", "X S.A.(XSA)"), or closed with
    a dash after it ("(XU)--then"); a quote
    glued between words ('established the"Sino-X Center"(hereinafter'); a label's colon with no
    space after it ("Organization:Hanoi University"); a possessive typed with a backtick
    ("Botswana`s"); the French article elided before a word ("l’Agence française …", "de
    l’industrie") and the Italian one with its preposition ("dell’Economia", "all’estero"); the
    elided "de" before a lower-case word ("d’appui", but "Côte d'Ivoire" stays whole); a word
    glued to the figure before it ("2014-06-26China", a list of dated headlines); a chart's
    legend whose labels and shares run together ("Saudi Arabia62%U.A.E. 9%Oman"); and an
    article or a small word glued to the name after it by a copy that lost its spaces
    ("theNational Energy Skills Centre", "anAviation Institute"); and a sentence's full stop after
    a name in mixed case that ends in a capital ("financed through KfW.", "by the MoE."), and the
    full stop and dash closing a Spanish dateline ("TEGUCIGALPA, HONDURAS.-"), and a comma
    glued to the citation marks after it ("Gwanda, Zimbabwe,[3][4] offering"), and a full stop
    with no space before the next sentence ("between China and ASEAN.And with", "Crafts
    (ZDH).The agreements"), and a double
    hyphen standing for a dash between words ("Talents for Indonesia--2nd Programme")."""
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[A-Za-z])`[sS]$", r"(?<=[a-z][A-Z])\.$", r"(?<=[A-Za-z])\.-$"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    prefixes = list(nlp.Defaults.prefixes) + [
        r"(?:[lL]|[dDaAnNsS]ell|[aAsS]ull|[aA]ll)['’](?=[A-Za-zÀ-ÖØ-öø-ÿ])", r"[dD]['’](?=[a-zà-öø-ÿ])",
        r"(?:the|an?|of|by|and)(?=[A-Z][a-z]{2,})",
    ]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    infixes = list(nlp.Defaults.infixes) + [
        r"(?<=[A-Za-z0-9%])[)\]](?=[0-9])",
        r"(?<=[A-Za-z0-9%)])\.(?=\[(?:[0-9]|[a-z](?:\]|$)))",
        r"\[(?=[0-9]|[a-z](?:\]|$))",
        r"(?<=[0-9])\](?=[A-Z])",
        r"(?<=[A-Z]\.)-(?=[A-Za-z])",
        r"(?<=[a-z])\((?=[A-Z0-9])",
        r"(?<=[A-Za-z0-9])\)(?=[-–—]|\.[A-Z][a-z]{2,})", r"(?<=\))(?:--|[-–—])(?=[A-Za-z])", r"(?<=\))\.(?=[A-Z][a-z]{2,})",
        r"(?<=[A-Z]\.)\((?=[A-Z0-9])",
        r"(?<=[a-z])[\"“”](?=[A-Z(])",
        r"(?<=[a-z]):(?=[A-Z][a-z])",
        r"(?<=[0-9])(?=[A-Z][a-z]{2,})",
        r"(?<=[0-9]%)(?=[A-Za-z])",
        r"(?<=[a-z])(?=[0-9]+(?:[.,][0-9]+)?%)",
        r"(?<=[A-Za-z]),(?=\[[0-9])",
        r"(?<=[A-Za-z]{2})\.(?=[A-Z][a-z]{2,})",
        r"(?<=[A-Za-z])--(?=[A-Za-z0-9])",
    ]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def _keep_weekdays(nlp: Language) -> None:
    """ "Wed., Sept. 18": the English tokenizer reads "Wed" as a contraction typed without its
    apostrophe ("We" "d."), which runs a weekday into the name before it; a weekday's
    abbreviation with its full stop is one word."""
    for day in ("Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri.", "Sat.", "Sun."):
        nlp.tokenizer.add_special_case(day, [{"ORTH": day}])


def _meta(model: str) -> dict:
    """The installed model's meta.json, read without loading the model."""
    try:
        path = Path(model) if Path(model).exists() else spacy.util.get_package_path(model)
        return spacy.util.get_model_meta(path)
    except (ImportError, OSError, ValueError) as exc:
        raise ModelNotFoundError(model) from exc


def _components(model: str) -> list[str]:
    """Every component the installed model ships (including disabled ones)."""
    return list(_meta(model).get("components", []))


def model_version(model: str) -> str:
    """The model's language, name and version, from its meta: the parent process of a run
    needs only this (for the cache key and the manifest), not the model itself."""
    meta = _meta(model)
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


def chunks(text: str, size: int) -> list[str]:
    """Consecutive pieces of `text`, cut only at paragraph breaks, each about `size` long.

    The pieces concatenate back to `text` exactly, so offsets in the joined Doc are offsets
    into `text`. A paragraph longer than `size` stays whole unless it exceeds spaCy's hard
    limit, in which case it is cut at the last space before the limit.
    """
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        cut = _paragraph_cut(text, start, size)
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _paragraph_cut(text: str, start: int, size: int) -> int:
    """The last paragraph end within `size` of `start`, else the first one after it, else a space."""
    cut = -1
    for m in _PARAGRAPH.finditer(text, start + 1):
        if m.end() - start > size and cut > start:
            break
        cut = m.end()
        if cut - start > size:
            break
    if start < cut <= start + 4 * size:
        return cut
    space = text.rfind(" ", start + 1, start + 4 * size)
    return space + 1 if space > start else min(len(text), start + 4 * size)


def parse(nlp: Language, text: str, chunk_chars: int) -> Doc:
    """Parse `text` as one Doc whose character offsets index `text`."""
    docs = list(nlp.pipe(chunks(text, chunk_chars), batch_size=16))
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
