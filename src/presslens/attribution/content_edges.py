"""Where a report's content starts and ends, re-scored word by word.

The parse rules and the role model each put a content's edges where a clause or a quotation
begins and ends; where the small parser hangs a trailing "and ..." or a closing participle on the
wrong word, or PolNeAR's habit differs from the rule ("said Monday" / "said"), the edge is a few
words off. Two logistic regressions score the word boundaries near each edge, in its sentences
and paragraph, as its start and as its end, from the words on both sides, their parse, where
the cue and its constituents begin and end, and how far the boundary is from the current edge;
an edge moves to the boundary that scores best. They are fitted on contents predicted by cross-fitting (each half
of the training articles analysed with models trained on the other half), so they learn how the
earlier steps err on unseen text; fitted on their own training articles they learn nothing, as
those contents are mostly right already.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from presslens.attribution import linear
from presslens.attribution.linear import LinearModel

ARTIFACT = "attribution_content_edges.json"
_REACH = 40  # words either side of the current edge that may become the edge


def _word(token: Token) -> str:
    """Function words and marks by their text, other words by their part of speech."""
    return token.lower_ if token.is_stop or token.is_punct or token.is_quote else token.pos_


def _distance(steps: int) -> str:
    return str(steps) if abs(steps) <= 3 else ("near" if abs(steps) <= 10 else "far") + ("+" if steps > 0 else "-")


def _relation(token: Token, cue_head: Token) -> str:
    """How a word stands to the cue's head in the parse."""
    if token.i == cue_head.i:
        return "cue"
    if cue_head.left_edge.i <= token.i <= cue_head.right_edge.i and cue_head in token.ancestors:
        return "under_cue"
    return "above_cue" if token in cue_head.ancestors else "apart"


def _common(token: Token, current: Token, cue: tuple[int, int], cue_head: Token) -> dict[str, float]:
    """What a start and an end candidate share: the word, its parse, its distance from the current
    edge and its place against the cue; pairs with "current" let the model learn where the current
    edge is usually right."""
    here = "cur" if token.i == current.i else "other"
    word = _word(token)
    return {
        f"w={word}": 1.0,
        f"pos={token.pos_}": 1.0,
        f"dep={token.dep_}": 1.0,
        f"d={_distance(token.i - current.i)}": 1.0,
        f"side={'before' if token.idx < cue[0] else 'after'}": 1.0,
        f"rel={_relation(token, cue_head)}": 1.0,
        f"ent={token.ent_type_ or '-'}": 1.0,
        f"{here}&w={word}": 1.0,
        f"{here}&cue={cue_head.lemma_.lower()}": 1.0,
        f"{here}&quoted={token.is_quote}": 1.0,
    }


def start_features(token: Token, current: Token, cue: tuple[int, int], cue_head: Token) -> dict[str, float]:
    """The content starting at ``token`` where it now starts at ``current``."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    features = _common(token, current, cue, cue_head)
    features[f"prev={_word(before) if before is not None else '<s>'}"] = 1.0
    if token.i == current.i:
        features["current"] = 1.0
        features[f"cur&prev={_word(before) if before is not None else '<s>'}"] = 1.0
    if token.is_sent_start:
        features["sentence_start"] = 1.0
    if before is not None and before.idx + len(before) == cue[1]:
        features["right_after_cue"] = 1.0
    for child in cue_head.children:
        if child.left_edge.i == token.i and child.idx >= cue[1]:
            features[f"opens={child.dep_}"] = 1.0
    if token.left_edge.i == token.i and token.dep_ in ("nsubj", "mark", "advmod", "prep"):
        features[f"opens_clause_as={token.dep_}"] = 1.0
    return features


def end_features(token: Token, current: Token, cue: tuple[int, int], cue_head: Token) -> dict[str, float]:
    """The content ending with ``token`` where it now ends with ``current``."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    beyond = doc[token.i + 2] if token.i + 2 < len(doc) else None
    following = _word(after) if after is not None else "</s>"
    features = _common(token, current, cue, cue_head)
    features[f"next={following}"] = 1.0
    features[f"next_ent={after.ent_type_ or '-' if after is not None else '</s>'}"] = 1.0
    features[f"next2={following}_{_word(beyond) if beyond is not None else '</s>'}"] = 1.0
    if token.i == current.i:
        features["current"] = 1.0
        features[f"cur&next={following}"] = 1.0
    if after is None or after.is_sent_start or (after.is_punct and after.i + 1 == after.sent.end):
        features["sentence_end"] = 1.0
    if after is not None and after.idx == cue[0]:
        features["right_before_cue"] = 1.0
    for child in cue_head.children:
        if child.right_edge.i == token.i:
            features[f"closes={child.dep_}"] = 1.0
    if token.head.right_edge.i == token.i and token.head.i != token.i:
        features[f"closes_phrase_of={token.head.dep_}"] = 1.0
    return features


def _line_break(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def _is_quotation(span: Span) -> bool:
    """A content that is a whole quotation: its own marks are its exact edges."""
    return span[0].is_quote and span[-1].is_quote


def candidates(span: Span, edge: Token, cue: tuple[int, int]) -> list[Token]:
    """Words of the content's sentences within reach of one of its edges, in the edge's paragraph
    and on its side of the cue, that may become that edge (a content never takes in its own cue
    or another paragraph by moving)."""
    doc = span.doc
    low = max(span[0].sent.start, edge.i - _REACH)
    high = min(span[-1].sent.end, edge.i + _REACH + 1)
    for k in range(edge.i - 1, low - 1, -1):
        if _line_break(doc[k]):
            low = k + 1
            break
    for k in range(edge.i, high):
        if _line_break(doc[k]):
            high = k + 1
            break
    before_cue = edge.idx < cue[0]
    return [t for t in doc[low:high] if not t.is_space and (t.idx < cue[0]) == before_cue
            and not cue[0] <= t.idx < cue[1]]


@dataclass
class ContentEdges:
    """The start and end scorers (positive: the content's edge belongs there)."""

    start: LinearModel
    end: LinearModel

    def adjust(self, doc: Doc, content: tuple[int, int], cue: tuple[int, int], cue_head: Token) -> tuple[int, int]:
        """``content`` with each edge moved to the boundary that scores best (the current one on
        ties). A margin the others must beat only lost right edges in cross-fitted trials."""
        span = doc.char_span(*content, alignment_mode="expand")
        if span is None or not len(span):
            return content
        if _is_quotation(span):
            return content
        first, last = span[0], span[-1]
        starts = candidates(span, first, cue)
        if not starts:
            return content
        start = max(starts, key=lambda t: (self.start.score(start_features(t, first, cue, cue_head)), t.i == first.i))
        ends = [t for t in candidates(span, last, cue) if t.i >= start.i]
        if not ends:
            return content
        end = max(ends, key=lambda t: (self.end.score(end_features(t, last, cue, cue_head)), t.i == last.i))
        return start.idx, end.idx + len(end)

    def save(self, path: Path) -> None:
        linear.save({"start": self.start, "end": self.end}, path)

    @classmethod
    def load(cls, path: Path) -> ContentEdges | None:
        """The scorers in ``path``; None where there are none (models being cross-fitted)."""
        if not path.exists():
            return None
        stored = linear.load(path)
        return cls(LinearModel.from_json(stored["start"]), LinearModel.from_json(stored["end"]))


def edge_examples(doc: Doc, content: tuple[int, int], cue: tuple[int, int], cue_head: Token,
                  gold: tuple[int, int]) -> tuple[list[tuple[dict[str, float], bool]], list[tuple[dict[str, float], bool]]]:
    """(start examples, end examples) of one predicted content against its gold content: every
    candidate boundary, right where the gold edge is; none for an edge out of reach."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or not len(span) or _is_quotation(span):
        return [], []
    starts = [(start_features(t, span[0], cue, cue_head), t.idx == gold[0]) for t in candidates(span, span[0], cue)]
    ends = [(end_features(t, span[-1], cue, cue_head), t.idx + len(t) == gold[1])
            for t in candidates(span, span[-1], cue)]
    return (starts if any(right for _, right in starts) else [],
            ends if any(right for _, right in ends) else [])


def fit(starts: list[tuple[dict[str, float], bool]], ends: list[tuple[dict[str, float], bool]]) -> ContentEdges:
    return ContentEdges(linear.fit(starts, default=0.0), linear.fit(ends, default=0.0))
