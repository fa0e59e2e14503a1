"""Runs of tokens as character spans, with the edges PolNeAR draws: no edge punctuation, no
closing full stop. Every attribution span (source, cue, content) passes through here."""

from __future__ import annotations

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
