"""A regex alternation of literal terms, written as a trie.

Python's `re` tries the branches of `a|b|c` one after another at every position, so a list
of hundreds of number words, currencies or unit names costs hundreds of comparisons at each
word start. Sharing prefixes ("mil(?:lion(?:s)?|liard)") makes the same test a walk down one
path, and the match is the one the plain list sorted longest first would find: at a given
position the terms that match are prefixes of one another, so they lie on one path, tried
deepest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def alternation(terms: Iterable[str], space: str) -> str:
    """The terms as one alternation (no enclosing group), a space in a term matching `space`."""
    root: dict = {}
    for term in set(terms):
        if not term:
            continue
        node = root
        for char in term:
            node = node.setdefault(char, {})
        node[_END] = {}
    return "|".join(_branches(root, space, _depths(root)))


def _depths(root: dict) -> dict[int, int]:
    """The length of the longest term below each node, by the node's id: longer branches go
    first, as a list sorted longest first tries them."""
    depths: dict[int, int] = {}

    def walk(node: dict) -> int:
        depths[id(node)] = max((1 + walk(child) for key, child in node.items() if key), default=0)
        return depths[id(node)]

    walk(root)
    return depths


def _branches(node: dict, space: str, depths: dict[int, int]) -> list[str]:
    keys = sorted((k for k in node if k), key=lambda k: (-depths[id(node[k])], k))
    return [(space if k == " " else re.escape(k)) + _rest(node[k], space, depths) for k in keys]


def _rest(node: dict, space: str, depths: dict[int, int]) -> str:
    branches = _branches(node, space, depths)
    if not branches:
        return ""
    if _END in node:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
