"""A parsed document's words as plain lists, read from spaCy once.

The learnt steps of attribution look at thousands of words per document, many of them several
times: the cue tagger every word, the role tagger every word of a window round each cue, the
content-edge scorers every word near each content edge. Each look through spaCy's ``Token``
makes a new Python object, and those made up a third of the attribution layer's time; these
lists are read with one ``Doc.to_array`` and looked up by word index.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import (
    DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_QUOTE, IS_SPACE, IS_STOP, LEMMA, LENGTH, LOWER, POS, SENT_START, TAG,
)
from spacy.tokens import Doc

_STRINGS = (LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE)
_NUMBERS = (HEAD, IDX, LENGTH, SENT_START, IS_STOP, IS_PUNCT, IS_QUOTE, IS_SPACE)


@dataclass(frozen=True)
class ParseArrays:
    """Per word (by index): its text's forms, its parse and where it stands. ``lemma`` is
    lower-cased, ``head`` an absolute index (a root is its own head), ``sentence_start`` and
    ``sentence_end`` bound the word's sentence, ``left_edge`` and ``right_edge`` are those the
    parser stored, and ``line_break`` says whether the word or the space after it holds a
    newline."""

    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent_type: list[str]
    head: list[int]
    idx: list[int]
    length: list[int]
    is_sent_start: list[bool]
    is_stop: list[bool]
    is_punct: list[bool]
    is_quote: list[bool]
    is_space: list[bool]
    children: list[list[int]]
    left_edge: list[int]
    right_edge: list[int]
    sentence_start: list[int]
    sentence_end: list[int]
    line_break: list[bool]

    def ancestors(self, i: int) -> Iterator[int]:
        """The words above word ``i`` in the parse, nearest first."""
        while self.head[i] != i:
            i = self.head[i]
            yield i

    def subtree(self, i: int) -> list[int]:
        """Word ``i`` and every word below it, in text order."""
        found, stack = [], [i]
        while stack:
            word = stack.pop()
            found.append(word)
            stack.extend(self.children[word])
        return sorted(found)

    def sentences(self) -> list[tuple[int, int]]:
        """(first word, one past the last) of each sentence, in order."""
        starts = (i for i, start in enumerate(self.sentence_start) if start == i)
        return [(start, self.sentence_end[start]) for start in starts]

    def end(self, i: int) -> int:
        """The character offset just after word ``i``."""
        return self.idx[i] + self.length[i]


def _decoded(doc: Doc, keys: list[int]) -> list[str]:
    """The strings of a column of string-store keys (or symbols, as parts of speech are)."""
    names = {key: doc.vocab.strings[key] for key in set(keys)}
    return [names[key] for key in keys]


def parse_arrays(doc: Doc) -> ParseArrays:
    """The document's words as lists; the document needs a dependency parse."""
    size = len(doc)
    keys = doc.to_array(list(_STRINGS)).reshape(size, len(_STRINGS)).T.tolist()
    lower, lemma, pos, tag, dep, ent_type = (_decoded(doc, column) for column in keys)
    numbers = doc.to_array(list(_NUMBERS)).astype(np.int64).reshape(size, len(_NUMBERS)).T
    relative_head, idx, length, sent_start, is_stop, is_punct, is_quote, is_space = numbers
    positions = np.arange(size)
    head = (positions + relative_head).tolist()
    children: list[list[int]] = [[] for _ in range(size)]
    for i, h in enumerate(head):
        if h != i:
            children[h].append(i)
    # The parser's own edges: after it re-attaches a word they can lag behind the tree, and the
    # learnt models were trained on them as they are.
    left_edge = [token.left_edge.i for token in doc]
    right_edge = [token.right_edge.i for token in doc]
    starts = (sent_start == 1) | (positions == 0)
    sentence_start = np.maximum.accumulate(np.where(starts, positions, 0))
    ends = np.append(np.flatnonzero(starts)[1:], size)
    return ParseArrays(
        lower=lower, lemma=[value.lower() for value in lemma], pos=pos, tag=tag, dep=dep, ent_type=ent_type,
        head=head, idx=idx.tolist(), length=length.tolist(), is_sent_start=(sent_start == 1).tolist(),
        is_stop=(is_stop != 0).tolist(), is_punct=(is_punct != 0).tolist(),
        is_quote=(is_quote != 0).tolist(), is_space=(is_space != 0).tolist(),
        children=children, left_edge=left_edge, right_edge=right_edge,
        sentence_start=sentence_start.tolist(), sentence_end=ends[np.cumsum(starts) - 1].tolist(),
        line_break=["\n" in word for word in lower],  # a word's trailing space is one " ", never a newline
    )
