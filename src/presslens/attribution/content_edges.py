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

from spacy.tokens import Doc, Span

from presslens.attribution import linear
from presslens.attribution.linear import LinearModel
from presslens.attribution.parse_arrays import ParseArrays

ARTIFACT = "attribution_content_edges.json"
_REACH = 40  # words either side of the current edge that may become the edge
Examples = list[tuple[dict[str, float], bool]]  # (features, right) per candidate boundary


@dataclass(frozen=True)
class CueSite:
    """A report's cue in its document's parse: what every candidate edge is scored against."""

    parse: ParseArrays
    cue: tuple[int, int]  # characters
    head: int
    below: frozenset[int]  # words under the cue's head, within the edges the parser stored for it
    above: frozenset[int]  # words the cue's head hangs from

    @classmethod
    def of(cls, parse: ParseArrays, cue: tuple[int, int], head: int) -> CueSite:
        low, high = parse.left_edge[head], parse.right_edge[head]
        below = frozenset(i for i in parse.subtree(head) if i != head and low <= i <= high)
        return cls(parse, cue, head, below, frozenset(parse.ancestors(head)))


def _word(parse: ParseArrays, i: int) -> str:
    """Function words and marks by their text, other words by their part of speech."""
    return parse.lower[i] if parse.is_stop[i] or parse.is_punct[i] or parse.is_quote[i] else parse.pos[i]


def _distance(steps: int) -> str:
    return str(steps) if abs(steps) <= 3 else ("near" if abs(steps) <= 10 else "far") + ("+" if steps > 0 else "-")


def _relation(site: CueSite, i: int) -> str:
    """How a word stands to the cue's head in the parse."""
    if i == site.head:
        return "cue"
    if i in site.below:
        return "under_cue"
    return "above_cue" if i in site.above else "apart"


def _common(site: CueSite, i: int, current: int) -> dict[str, float]:
    """What a start and an end candidate share: the word, its parse, its distance from the current
    edge and its place against the cue; pairs with "current" let the model learn where the current
    edge is usually right."""
    parse = site.parse
    here = "cur" if i == current else "other"
    word = _word(parse, i)
    return {
        f"w={word}": 1.0,
        f"pos={parse.pos[i]}": 1.0,
        f"dep={parse.dep[i]}": 1.0,
        f"d={_distance(i - current)}": 1.0,
        f"side={'before' if parse.idx[i] < site.cue[0] else 'after'}": 1.0,
        f"rel={_relation(site, i)}": 1.0,
        f"ent={parse.ent_type[i] or '-'}": 1.0,
        f"{here}&w={word}": 1.0,
        f"{here}&cue={parse.lemma[site.head]}": 1.0,
        f"{here}&quoted={parse.is_quote[i]}": 1.0,
    }


def start_features(site: CueSite, i: int, current: int) -> dict[str, float]:
    """The content starting at word ``i`` where it now starts at word ``current``."""
    parse = site.parse
    previous = _word(parse, i - 1) if i > 0 else "<s>"
    features = _common(site, i, current)
    features[f"prev={previous}"] = 1.0
    if i == current:
        features["current"] = 1.0
        features[f"cur&prev={previous}"] = 1.0
    if parse.is_sent_start[i]:
        features["sentence_start"] = 1.0
    if i > 0 and parse.end(i - 1) == site.cue[1]:
        features["right_after_cue"] = 1.0
    for child in parse.children[site.head]:
        if parse.left_edge[child] == i and parse.idx[child] >= site.cue[1]:
            features[f"opens={parse.dep[child]}"] = 1.0
    if parse.left_edge[i] == i and parse.dep[i] in ("nsubj", "mark", "advmod", "prep"):
        features[f"opens_clause_as={parse.dep[i]}"] = 1.0
    return features


def end_features(site: CueSite, i: int, current: int) -> dict[str, float]:
    """The content ending with word ``i`` where it now ends with word ``current``."""
    parse = site.parse
    size = len(parse.lower)
    after = i + 1 if i + 1 < size else None
    following = _word(parse, after) if after is not None else "</s>"
    features = _common(site, i, current)
    features[f"next={following}"] = 1.0
    features[f"next_ent={parse.ent_type[after] or '-' if after is not None else '</s>'}"] = 1.0
    features[f"next2={following}_{_word(parse, i + 2) if i + 2 < size else '</s>'}"] = 1.0
    if i == current:
        features["current"] = 1.0
        features[f"cur&next={following}"] = 1.0
    if after is None or parse.is_sent_start[after] \
            or (parse.is_punct[after] and after + 1 == parse.sentence_end[after]):
        features["sentence_end"] = 1.0
    if after is not None and parse.idx[after] == site.cue[0]:
        features["right_before_cue"] = 1.0
    for child in parse.children[site.head]:
        if parse.right_edge[child] == i:
            features[f"closes={parse.dep[child]}"] = 1.0
    head = parse.head[i]
    if parse.right_edge[head] == i and head != i:
        features[f"closes_phrase_of={parse.dep[head]}"] = 1.0
    return features


def _is_quotation(parse: ParseArrays, span: Span) -> bool:
    """A content that is a whole quotation: its own marks are its exact edges."""
    return parse.is_quote[span.start] and parse.is_quote[span.end - 1]


def candidates(site: CueSite, span: Span, edge: int) -> list[int]:
    """Words of the content's sentences within reach of one of its edges, in the edge's paragraph
    and on its side of the cue, that may become that edge (a content never takes in its own cue
    or another paragraph by moving)."""
    parse, (cue_start, cue_end) = site.parse, site.cue
    low = max(parse.sentence_start[span.start], edge - _REACH)
    high = min(parse.sentence_end[span.end - 1], edge + _REACH + 1)
    for k in range(edge - 1, low - 1, -1):
        if parse.line_break[k]:
            low = k + 1
            break
    for k in range(edge, high):
        if parse.line_break[k]:
            high = k + 1
            break
    before_cue = parse.idx[edge] < cue_start
    return [i for i in range(low, high) if not parse.is_space[i] and (parse.idx[i] < cue_start) == before_cue
            and not cue_start <= parse.idx[i] < cue_end]


@dataclass
class ContentEdges:
    """The start and end scorers (positive: the content's edge belongs there)."""

    start: LinearModel
    end: LinearModel

    def adjust(self, doc: Doc, parse: ParseArrays, content: tuple[int, int], cue: tuple[int, int],
               cue_head: int) -> tuple[int, int]:
        """``content`` with each edge moved to the boundary that scores best (the current one on
        ties). A margin the others must beat only lost right edges in cross-fitted trials."""
        span = doc.char_span(*content, alignment_mode="expand")
        if span is None or not len(span) or _is_quotation(parse, span):
            return content
        site = CueSite.of(parse, cue, cue_head)
        first, last = span.start, span.end - 1
        starts = candidates(site, span, first)
        if not starts:
            return content
        start = max(starts, key=lambda i: (self.start.score(start_features(site, i, first)), i == first))
        ends = [i for i in candidates(site, span, last) if i >= start]
        if not ends:
            return content
        end = max(ends, key=lambda i: (self.end.score(end_features(site, i, last)), i == last))
        return parse.idx[start], parse.end(end)

    def save(self, path: Path) -> None:
        linear.save({"start": self.start, "end": self.end}, path)

    @classmethod
    def load(cls, path: Path) -> ContentEdges | None:
        """The scorers in ``path``; None where there are none (models being cross-fitted)."""
        if not path.exists():
            return None
        stored = linear.load(path)
        return cls(LinearModel.from_json(stored["start"]), LinearModel.from_json(stored["end"]))


def edge_examples(doc: Doc, parse: ParseArrays, content: tuple[int, int], cue: tuple[int, int], cue_head: int,
                  gold: tuple[int, int]) -> tuple[Examples, Examples]:
    """(start examples, end examples) of one predicted content against its gold content: every
    candidate boundary, right where the gold edge is; none for an edge out of reach."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or not len(span) or _is_quotation(parse, span):
        return [], []
    site = CueSite.of(parse, cue, cue_head)
    first, last = span.start, span.end - 1
    starts = [(start_features(site, i, first), parse.idx[i] == gold[0]) for i in candidates(site, span, first)]
    ends = [(end_features(site, i, last), parse.end(i) == gold[1]) for i in candidates(site, span, last)]
    return (starts if any(right for _, right in starts) else [],
            ends if any(right for _, right in ends) else [])


def fit(starts: Examples, ends: Examples) -> ContentEdges:
    return ContentEdges(linear.fit(starts, default=0.0), linear.fit(ends, default=0.0))
