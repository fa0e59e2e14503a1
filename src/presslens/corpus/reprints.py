"""Reprint and rewrite detection: candidate pairs from LSH bands, confirmed by passage alignment.

Candidates are pairs sharing a MinHash band key within neighbouring time windows (SQL joins in
DuckDB, one pair of windows at a time). Each candidate is aligned: shared passages are maximal runs of at least
``MIN_PASSAGE_WORDS`` identical words, found in any order (so trimmed and re-ordered copies
align), and the pair is a reprint when the passages cover enough of the shorter article outside
quotation marks. Independent reports of one event often repeat the same quotes, so quoted words
do not count towards the decision. Direction comes from explicit cues in the text first
("originally published by X", "(AP)", "Speaking to X"), then from publication dates.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

MIN_PASSAGE_WORDS = 8
MIN_SHARE = 0.3  # of the shorter article's words outside quotes, tuned on the generated dev set
_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"[\"“][^\"“”]{0,2000}[\"”]")
_CUES = [
    re.compile(r"originally (?:featured|published|appeared|ran)(?: as per:?| by| in| on| at)?\s+"
               r"(?:the )?(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})"),
    re.compile(r"first (?:reported|published) (?:by|in|on) (?:the )?(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})"),
    re.compile(r"(?:Speaking|speaking|Writing|writing) (?:to|for|in) (?:the )?(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})"),
    re.compile(r"\btold (?:the )?(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})"),
    re.compile(r"\((?P<name>AP|AFP|Reuters|PA|UPI|Bloomberg|dpa|ANSA|EFE)\)"),
    re.compile(r"(?:Source|Via|Courtesy of|Republished from|Reprinted from|Copyright):?\s+(?:the )?"
               r"(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})"),
]

# Candidates between two partitions of the band table: one time window against itself or its
# neighbour (undated articles form their own partition and meet every window). Each query's hash
# join holds two windows' band keys, never the whole corpus's.
PARTITION_CANDIDATES_SQL = """
SELECT DISTINCT least(a.article_id, b.article_id) AS left_id, greatest(a.article_id, b.article_id) AS right_id
FROM (SELECT * FROM minhash_bands WHERE time_window IS NOT DISTINCT FROM $left) a
JOIN (SELECT * FROM minhash_bands WHERE time_window IS NOT DISTINCT FROM $right) b
  ON a.band = b.band AND a.bucket = b.bucket AND a.article_id <> b.article_id
WHERE $all OR a.article_id IN (SELECT unnest($new)) OR b.article_id IN (SELECT unnest($new))
"""


def partitions(connection, new_ids: list[str] | None) -> list[tuple[int | None, int | None]]:
    """The (window, window) pairs whose candidates must be sought, touching new articles only."""
    if new_ids is None:
        touched = {row[0] for row in connection.execute("SELECT DISTINCT time_window FROM minhash_bands").fetchall()}
    else:
        touched = {row[0] for row in connection.execute(
            "SELECT DISTINCT time_window FROM minhash_bands WHERE article_id IN (SELECT unnest(?)) AND band = 0",
            [new_ids]).fetchall()}
    existing = {row[0] for row in connection.execute("SELECT DISTINCT time_window FROM minhash_bands").fetchall()}
    pairs: set[tuple[int | None, int | None]] = set()
    for window in touched:
        if window is None:
            pairs |= {(None, other) for other in existing}
            continue
        pairs.add((window, window))
        pairs |= {tuple(sorted((window, n))) for n in (window - 1, window + 1) if n in existing}
        if None in existing:
            pairs.add((None, window))
    return sorted(pairs, key=lambda pair: (pair[0] is None, pair[0] or 0, pair[1] is None, pair[1] or 0))


def candidate_pairs(connection, new_ids: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """Pairs sharing a band key within neighbouring windows, one partition at a time."""
    stream = connection.cursor()  # a second cursor, so callers can query while pairs stream
    for left, right in partitions(connection, new_ids):  # disjoint: no pair comes twice
        stream.execute(PARTITION_CANDIDATES_SQL,
                       {"left": left, "right": right, "all": new_ids is None, "new": new_ids or []})
        while rows := stream.fetchmany(10_000):
            yield from rows


@dataclass(frozen=True)
class Passage:
    """A shared run of words: character ranges in the left and the right text."""

    left_start: int
    left_end: int
    right_start: int
    right_end: int
    words: int


@dataclass(frozen=True)
class Alignment:
    passages: list[Passage]
    share_left: float
    share_right: float
    unquoted_share: float


@dataclass(frozen=True)
class Article:
    """What reprint detection needs of an article."""

    id: str
    text: str
    outlet: str | None = None
    published: str | None = None  # ISO date


def _tokens(text: str) -> tuple[list[str], list[tuple[int, int]], list[bool]]:
    quoted = [False] * (len(text) + 1)
    for match in _QUOTED.finditer(text):
        quoted[match.start():match.end()] = [True] * (match.end() - match.start())
    words, spans, inside = [], [], []
    for match in _WORD.finditer(text):
        words.append(match.group().lower())
        spans.append(match.span())
        inside.append(quoted[match.start()])
    return words, spans, inside


def align(left: str, right: str) -> Alignment:
    """Maximal shared word runs, in any order, each at least MIN_PASSAGE_WORDS long."""
    left_words, left_spans, left_quoted = _tokens(left)
    right_words, right_spans, right_quoted = _tokens(right)
    n = MIN_PASSAGE_WORDS
    anchors: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(right_words) - n + 1):
        anchors.setdefault(tuple(right_words[j:j + n]), []).append(j)
    passages: list[Passage] = []
    used_left, used_right = [False] * len(left_words), [False] * len(right_words)
    i = 0
    while i <= len(left_words) - n:
        best_j, best_length = -1, 0
        for j in anchors.get(tuple(left_words[i:i + n]), ()):
            if used_right[j]:
                continue
            length = n
            while (i + length < len(left_words) and j + length < len(right_words)
                   and left_words[i + length] == right_words[j + length]):
                length += 1
            if length > best_length:
                best_j, best_length = j, length
        if best_length == 0:
            i += 1
            continue
        used_left[i:i + best_length] = [True] * best_length
        used_right[best_j:best_j + best_length] = [True] * best_length
        passages.append(Passage(left_spans[i][0], left_spans[i + best_length - 1][1],
                                right_spans[best_j][0], right_spans[best_j + best_length - 1][1],
                                best_length))
        i += best_length
    used, quoted = (used_left, left_quoted) if len(left_words) <= len(right_words) \
        else (used_right, right_quoted)
    unquoted = sum(1 for q in quoted if not q)
    unquoted_shared = sum(1 for u, q in zip(used, quoted, strict=True) if u and not q)
    return Alignment(
        passages,
        sum(used_left) / (len(left_words) or 1),
        sum(used_right) / (len(right_words) or 1),
        unquoted_shared / unquoted if unquoted else 0.0,
    )


def is_reprint(alignment: Alignment) -> bool:
    return alignment.unquoted_share >= MIN_SHARE


def cited_sources(text: str) -> list[str]:
    """Names the text credits as an earlier source ("originally published by X", "(AP)")."""
    return [match["name"].strip(" .") for pattern in _CUES for match in pattern.finditer(text)]


def _names_match(cited: str, outlet: str | None) -> bool:
    if not outlet:
        return False
    a, b = cited.lower(), outlet.lower()
    return a in b or b in a


def direction(left: Article, right: Article) -> tuple[str, str] | None:
    """(original id, basis) where a cue or the dates decide it, else None."""
    right_cites_left = any(_names_match(name, left.outlet) for name in cited_sources(right.text))
    left_cites_right = any(_names_match(name, right.outlet) for name in cited_sources(left.text))
    if right_cites_left != left_cites_right:
        return (left.id, "cue") if right_cites_left else (right.id, "cue")
    if left.published and right.published and left.published != right.published:
        return (left.id, "date") if left.published < right.published else (right.id, "date")
    return None


@dataclass(frozen=True)
class Reprint:
    left: Article
    right: Article
    alignment: Alignment
    original: str | None
    basis: str | None


def confirm(left: Article, right: Article) -> Reprint | None:
    """Align a candidate pair; a Reprint with its direction if it is one."""
    alignment = align(left.text, right.text)
    if not is_reprint(alignment):
        return None
    decided = direction(left, right)
    return Reprint(left, right, alignment, *(decided or (None, None)))


def detect(connection, new_ids: list[str] | None = None, chunk: int = 2000) -> Iterator[Reprint]:
    """Reprint pairs among stored articles (only pairs touching ``new_ids`` when given).

    Candidates stream from the join ``chunk`` pairs at a time and only those pairs' texts are
    loaded, so memory stays bounded however many candidates there are.
    """
    pairs = candidate_pairs(connection, new_ids)
    while part := list(itertools.islice(pairs, chunk)):
        needed = sorted({article_id for pair in part for article_id in pair})
        articles = {
            row[0]: Article(row[0], row[1], row[2], row[3].isoformat() if row[3] else None)
            for row in connection.execute(
                "SELECT id, text, outlet, published FROM articles WHERE id IN (SELECT unnest(?))", [needed]
            ).fetchall()
        }
        for left, right in part:
            reprint = confirm(articles[left], articles[right])
            if reprint is not None:
                yield reprint
