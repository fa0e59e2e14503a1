"""Hedges: words that weaken a claim ("reportedly", "allegedly", "it is believed").

The lexicon is the project's own. Matching is on lower-cased token sequences, so "Reportedly"
and "reportedly" both count, and "may" is a hedge only as a modal verb (not the month).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

HEDGE_PHRASES = [
    "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "seemingly", "ostensibly",
    "it is believed", "it is thought", "it is understood", "it is claimed", "it is alleged",
    "is believed to", "are believed to", "is thought to", "are thought to", "is said to", "are said to",
    "is understood to", "are understood to", "is alleged to", "are alleged to",
    "sources say", "sources said", "according to reports", "unconfirmed reports", "it appears",
    "possibly", "perhaps", "probably", "likely", "unlikely", "arguably", "presumably",
    "estimated", "an estimated", "roughly", "approximately", "around", "about", "some",
    "might", "may", "could", "can",
]
_BY_FIRST: dict[str, list[list[str]]] = {}
for phrase in sorted(HEDGE_PHRASES, key=lambda p: -len(p.split())):
    words = phrase.split()
    _BY_FIRST.setdefault(words[0], []).append(words)
# Approximators hedge numbers, modals hedge verbs: only in those positions.
_BEFORE_NUMBER = {"around", "about", "some", "roughly", "approximately", "estimated", "an"}
_MODALS = {"might", "may", "could", "can"}


def find_hedges(sentence: SpacySpan) -> list[tuple[int, int]]:
    """Character ranges of the hedges in a sentence."""
    found = []
    tokens = list(sentence)
    k = 0
    while k < len(tokens):
        token = tokens[k]
        match = None
        for words in _BY_FIRST.get(token.lower_, ()):
            window = [t.lower_ for t in tokens[k:k + len(words)]]
            if window == words:
                match = words
                break
        if match is None or not _fits(tokens, k, match):
            k += 1
            continue
        end = tokens[k + len(match) - 1]
        found.append((token.idx, end.idx + len(end.text)))
        k += len(match)
    return found


def _fits(tokens: list, k: int, words: list[str]) -> bool:
    following = tokens[k + len(words)] if k + len(words) < len(tokens) else None
    if words[0] in _BEFORE_NUMBER and len(words) <= 2 and words[-1] in _BEFORE_NUMBER:
        return following is not None and following.like_num
    if words == ["likely"] or words == ["unlikely"]:
        return tokens[k].pos_ in {"ADJ", "ADV"}
    if len(words) == 1 and words[0] in _MODALS:
        return tokens[k].tag_ == "MD"
    return True
