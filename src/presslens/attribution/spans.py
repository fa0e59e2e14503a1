"""Runs of tokens as character spans, with the edges PolNeAR draws: no edge punctuation, no
closing full stop. Every attribution span (source, cue, content) passes through here."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

_EDGE_PUNCT = set(",;:-\u2013\u2014()[]")


def char_range(tokens: list[Token] | Span) -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def trim(tokens: list[Token]) -> list[Token]:
    """Drop edge punctuation and spaces, keeping quotation marks and balanced brackets."""
    while tokens and (tokens[0].is_space or tokens[0].text in _EDGE_PUNCT or tokens[0].text == "."):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_space or tokens[-1].text in _EDGE_PUNCT):
        if tokens[-1].text in ")]" and any(t.text in "([" for t in tokens):
            break
        tokens = tokens[:-1]
    return tokens


def subtree(token: Token) -> list[Token]:
    return trim(list(token.subtree))


def span_root(tokens: list[Token]) -> Token:
    inside = set(tokens)
    return next((t for t in tokens if t.head not in inside or t.head == t), tokens[-1])


def without_full_stop(tokens: list[Token]) -> list[Token]:
    """Without the sentence's closing full stop, which PolNeAR leaves out of reported content
    (inside a quotation it sits before the closing mark and stays)."""
    return tokens[:-1] if len(tokens) > 1 and tokens[-1].text == "." else tokens


_DATELINE = re.compile(r"[A-Z][A-Z.,' ]+(?:\([A-Za-z.]+\) ?)?(?:\s*[\u2015\u2014\u2013]+|\s+-+)\s*")


def without_dateline(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A content opening with the story's dateline ("WASHINGTON ― Donald Trump's ...", "LOS
    ANGELES (UPI) — ...", "CLEVELAND - Donald Trump"; a hyphen only when spaced, not "NATO-led")
    starts after it: where the story was filed is nobody's words, nor part of anybody's name."""
    match = _DATELINE.match(text, span[0], span[1])
    if match is None or match.end() >= span[1] or len(match.group().split()) > 6 \
            or sum(ch.isalpha() for ch in match.group()) < 3:  # "I — I don't know"
        return span
    return match.end(), span[1]
