"""Numbers in a claim, with their values and units, from spaCy's numeric entities."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

NUMERIC_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3}
_CURRENCIES = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "dollar": "USD", "dollars": "USD",
               "pound": "GBP", "pounds": "GBP", "euro": "EUR", "euros": "EUR", "rouble": "RUB",
               "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "yen": "JPY"}
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50, "hundred": 100, "dozen": 12, "half": 0.5}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def parse_value(text: str) -> float | None:
    """"200,000" -> 200000, "£1.5bn" -> 1.5e9, "four" -> 4; None when there is no number."""
    lowered = text.lower()
    match = _NUMBER.search(lowered)
    if match:
        digits = match.group()
        digits = digits.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits) else digits.replace(",", ".")
        try:
            value = float(digits)
        except ValueError:
            return None
    else:
        words = [w for w in re.findall(r"[a-z]+", lowered) if w in _WORDS]
        if not words:
            return None
        value = float(_WORDS[words[0]])
    for word, scale in _SCALES.items():
        if re.search(rf"(?<![a-z]){word}\b", lowered[match.end():] if match else lowered):
            return value * scale
    return value


def _unit(entity: SpacySpan) -> str | None:
    if entity.label_ == "PERCENT":
        return "%"
    if entity.label_ == "MONEY":
        for token in entity:
            currency = _CURRENCIES.get(token.lower_) or _CURRENCIES.get(token.text)
            if currency:
                return currency
        previous = entity.doc[entity.start - 1] if entity.start > 0 else None
        return _CURRENCIES.get(previous.text) if previous is not None else None
    if entity.label_ == "QUANTITY":
        words = [t.text for t in entity if not t.like_num and t.lower_ not in _SCALES]
        return " ".join(words) or None
    root = entity.root
    if root.dep_ == "nummod" and root.head.pos_ in {"NOUN", "PROPN"}:
        return root.head.lemma_.lower() if root.head.pos_ == "NOUN" else root.head.text
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head.lemma_.lower()
    return None


def find_quantities(entities: list[SpacySpan]) -> list[tuple[int, int, float | None, str | None]]:
    """(start, end, value, unit) for every numeric entity whose number parses ("zero-sum" does
    not), among a sentence's ``entities`` (taken from one read of ``Doc.ents``, which spaCy
    rebuilds at every access)."""
    found = []
    for entity in entities:
        value = parse_value(entity.text) if entity.label_ in NUMERIC_LABELS else None
        if value is not None:
            found.append((entity.start_char, entity.end_char, value, _unit(entity)))
    return found
