"""Vietnamese organisation names, in a Vietnamese text: a head that comes first ("Bộ",
"Trung tâm") and a name whose words are capitalised at their first syllable only ("Bộ Tài
chính", "Trung tâm Lao động ngoài nước", "Bộ Lao động - Thương binh và Xã hội"), up to
punctuation or a syllable that follows a name and is never inside one
(`patterns/org_vietnamese_breaks.tsv`)."""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from ...patterns import load_lexicon
from ..language import language_of

_MAX_WORDS = 14
_JOINERS = frozenset({"và", "-", "–"})
_AT = "tại"


@functools.cache
def _heads() -> dict[tuple[str, ...], str]:
    return {tuple(head.split()): kind for head, kind in load_lexicon("org_heads_vietnamese.tsv").items()}


def vietnamese_names(doc: Doc) -> dict[tuple[int, int], str]:
    """(start, end) of each Vietnamese name -> its kind. The name's first word after the head
    is capitalised ("Bộ này" names nothing); "và" or a dash joins two fields; "tại" and a
    capitalised place close a mission's name ("Sứ quán Pháp tại Việt Nam")."""
    if language_of(doc.text) != "vi":
        return {}
    found = {}
    longest = max(map(len, _heads()))
    for t in doc:
        size = next((n for n in range(longest, 0, -1) if tuple(x.text for x in doc[t.i : t.i + n]) in _heads()), 0)
        if not size or t.i + size >= len(doc) or not _capitalised(doc[t.i + size]):
            continue
        end = _name_end(doc, t.i + size)
        found[(t.i, end)] = _heads()[tuple(x.text for x in doc[t.i : t.i + size])]
    return found


def _name_end(doc: Doc, k: int) -> int:
    breaks = set(load_lexicon("org_vietnamese_breaks.tsv")) | _JOINERS | {_AT}
    end, placed = k, False
    while end < len(doc) and end - k < _MAX_WORDS and "\n" not in doc[end - 1].text_with_ws:
        t = doc[end]
        nxt = doc[end + 1] if end + 1 < len(doc) else None
        if nxt is not None and _capitalised(nxt) and (t.text in _JOINERS or t.text == _AT and not placed):
            placed = placed or t.text == _AT
            end += 2
        elif _capitalised(t) or t.is_alpha and t.is_lower and t.text not in breaks and not placed:
            end += 1
        else:
            break
    return end


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper()
