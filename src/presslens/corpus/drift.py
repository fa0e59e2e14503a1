"""Quote drift: the same quote across articles, aligned word by word, its variants classified.

Only the quoted words count (the text inside quotation marks, or the whole content when it has
none), so a paraphrase around the same quoted phrase still matches and a different quote in the
same narrative does not. Two quotes are the same quote when an alignment of their words
(difflib's matching blocks) covers at least ``MATCH_SHARE`` of the shorter one's words and of its
content words, with an unbroken run of at least ``MIN_RUN`` words; quotes shorter than that must
appear whole in the other. The variant says what happened to it
on the way: ``verbatim``; ``trimmed`` (words cut, none added) or ``extended``; ``changed_meaning``
(a negation or a hedge appears or disappears); ``reattributed`` (credited to someone else); or
``paraphrased`` (reworded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import Enum

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

MATCH_SHARE = 0.7
CONTENT_SHARE = 0.6
MIN_RUN = 4
_WORD = re.compile(r"\w+(?:['’]\w+)?")
_QUOTED = re.compile(r"[\"“](.+?)[\"”]", re.DOTALL)
NEGATIONS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot"}
HEDGES = {"may", "might", "could", "perhaps", "possibly", "probably", "likely", "reportedly",
          "allegedly", "apparently", "seemingly", "somewhat", "maybe"}


_FUNCTION_WORDS = ENGLISH_STOP_WORDS | {"don't", "i'm", "it's", "we're", "you're", "that's", "can't",
                                        "won't", "isn't", "i've", "we've", "he's", "she's", "going"}


class VariantKind(str, Enum):
    verbatim = "verbatim"
    trimmed = "trimmed"
    extended = "extended"
    paraphrased = "paraphrased"
    reattributed = "reattributed"
    changed_meaning = "changed_meaning"


@dataclass(frozen=True)
class Quote:
    article_id: str
    text: str
    speaker: str | None = None
    published: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Variant:
    kind: VariantKind
    overlap: float
    detail: str
    aligned: list[tuple[str, str, str]]  # (operation, words of the first, words of the second)


def quote_words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def quoted_words(text: str) -> list[str]:
    """The words inside quotation marks, or all words when nothing is quoted."""
    segments = _QUOTED.findall(text)
    return quote_words(" ".join(segments) if segments else text)


def _markers(words: list[str]) -> tuple[bool, set[str]]:
    negated = any(w in NEGATIONS or w.endswith("n't") for w in words)
    return negated, {w for w in words if w in HEDGES}


def same_speaker(first: str | None, second: str | None) -> bool:
    """Unknown speakers never contradict; known ones match on any shared name word."""
    if not first or not second:
        return True
    return bool(set(quote_words(first)) & set(quote_words(second)) - {"the", "mr", "mrs", "ms", "dr"})


def compare(first: Quote, second: Quote) -> Variant | None:
    """How ``second`` renders ``first``, or None when they are not the same quote."""
    a, b = quoted_words(first.text), quoted_words(second.text)
    shorter = min(len(a), len(b))
    if shorter == 0:
        return None
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    matched = sum(block.size for block in blocks)
    longest = max((block.size for block in blocks), default=0)
    if shorter < MIN_RUN:  # a short phrase: only the same phrase is the same quote
        if a != b:
            return None
    elif longest < MIN_RUN or matched / shorter < MATCH_SHARE:
        return None
    content = [w for w in (a if len(a) <= len(b) else b) if w not in _FUNCTION_WORDS]
    shared = {a[block.a + k] for block in blocks for k in range(block.size)}
    if content and sum(1 for w in content if w in shared) / len(content) < CONTENT_SHARE:
        return None
    overlap = matched / shorter
    aligned = [(op, " ".join(a[i1:i2]), " ".join(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes()]
    (neg_a, hedges_a), (neg_b, hedges_b) = _markers(a), _markers(b)
    if not same_speaker(first.speaker, second.speaker):
        kind, detail = VariantKind.reattributed, f"{first.speaker} -> {second.speaker}"
    elif neg_a != neg_b:
        kind, detail = VariantKind.changed_meaning, "negation " + ("dropped" if neg_a else "added")
    elif hedges_a != hedges_b:
        kind = VariantKind.changed_meaning
        detail = f"hedge {' '.join(sorted(hedges_a ^ hedges_b))} " + ("dropped" if hedges_a - hedges_b else "added")
    elif a == b:
        kind, detail = VariantKind.verbatim, ""
    elif matched == len(b):
        kind, detail = VariantKind.trimmed, f"{len(a) - len(b)} words cut"
    elif matched == len(a):
        kind, detail = VariantKind.extended, f"{len(b) - len(a)} words added"
    else:
        kind, detail = VariantKind.paraphrased, f"{matched} of {max(len(a), len(b))} words kept"
    return Variant(kind, round(overlap, 3), detail, aligned)


def history(quote: Quote, others: list[Quote]) -> list[tuple[Quote, Variant]]:
    """Every rendering of ``quote`` among ``others``, oldest first (undated last)."""
    found = [(other, variant) for other in others if other.article_id != quote.article_id
             and (variant := compare(quote, other)) is not None]
    return sorted(found, key=lambda pair: (pair[0].published is None, pair[0].published or ""))
