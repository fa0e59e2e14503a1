"""The persuasion-technique model: a token tagger finds the spans, a span classifier names them.

Both are linear models over human-readable features, so every decision can be explained by the
features that weighed most: the reason given for a span lists its strongest cue words.

- Span identification: a linear-chain CRF (python-crfsuite) tags each sentence's words B/I/O
  from each word's form and the forms around it (two words each side), its shape and its place
  in the sentence; runs of words whose marginal probability of being inside a span reaches the
  threshold become spans. The threshold is chosen by span-identification F1 on a fifth of the
  training articles held out from a first fit, then the tagger is refitted on all of them.
- Technique classification: a span is classified from its words and character n-grams, the
  words just before and after it, its length, and whether the same words recur in the article
  (the mark of Repetition).

Trained on the Propaganda Techniques Corpus by ``presslens train techniques`` (fixed seeds;
:mod:`presslens.rhetoric.training`).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import joblib
import numpy as np
import pycrfsuite
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, HashingVectorizer
from sklearn.linear_model import LogisticRegression

ARTIFACT = "techniques.joblib"
_TOKEN = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]")
_SENTENCE_END = {".", "!", "?"}
_WINDOW = 2


def _analyzer(features: list[str]) -> list[str]:
    return features


# Feature lists in, 2^18 hashed columns out; stateless, so one instance serves training and scoring.
HASHER = HashingVectorizer(analyzer=_analyzer, n_features=2**18, alternate_sign=False, norm="l2")


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "UPPER"
    if word[:1].isupper():
        return "Title"
    if word.isdigit():
        return "digit"
    return "lower" if word.isalpha() else "other"


def token_features(words: list[str]) -> list[list[str]]:
    """One feature list per word: the word and its neighbours, shapes, sentence position."""
    lowered = [w.lower() for w in words]
    features, since_start = [], 0
    for k, word in enumerate(words):
        row = [f"w={lowered[k]}", f"shape={_shape(word)}", f"pos={min(since_start, 5)}"]
        for offset in range(-_WINDOW, _WINDOW + 1):
            if offset and 0 <= k + offset < len(words):
                row.append(f"w{offset:+d}={lowered[k + offset]}")
        row.append(f"bigram={lowered[k - 1] if k else '<s>'}_{lowered[k]}")
        features.append(row)
        since_start = 0 if word in _SENTENCE_END else since_start + 1
    return features


def span_features(text: str, start: int, end: int) -> list[str]:
    inside = [t for t, _, _ in tokens(text[start:end])]
    lowered = [w.lower() for w in inside]
    before = [t.lower() for t, _, _ in tokens(text[max(0, start - 60):start])][-3:]
    after = [t.lower() for t, _, _ in tokens(text[end:end + 60])][:3]
    phrase = " ".join(lowered)
    repeats = text.lower().count(text[start:end].lower()) if end > start else 0
    features = [f"w={w}" for w in lowered] + [f"b={a}_{b}" for a, b in zip(lowered, lowered[1:], strict=False)]
    if lowered:  # how a span opens and closes ("so-called ...", "... hoax") tells techniques apart
        features += [f"first={lowered[0]}", f"last={lowered[-1]}"]
    features += [f"L={w}" for w in before] + [f"R={w}" for w in after]
    features += [f"len={min(len(inside), 12)}", f"repeats={min(repeats, 3)}"]
    features += [f"c={phrase[i:i + 4]}" for i in range(max(0, len(phrase) - 3))]
    if text[max(0, start - 1):start] in {'"', "“"} or text[end:end + 1] in {'"', "”"}:
        features.append("quoted")
    if inside and all(w[:1].isupper() for w in inside if w.isalpha()):
        features.append("all_title")
    return features


def sentences(words: list[str]) -> list[range]:
    """Word index ranges of the sentences, cut after sentence-final punctuation."""
    ranges, first = [], 0
    for k, word in enumerate(words):
        if word in _SENTENCE_END:
            ranges.append(range(first, k + 1))
            first = k + 1
    if first < len(words):
        ranges.append(range(first, len(words)))
    return ranges


def inside_probabilities(tagger: pycrfsuite.Tagger, words: list[str]) -> list[float]:
    """Each word's marginal probability of lying inside a technique span."""
    features = token_features(words)
    probabilities: list[float] = []
    for sentence in sentences(words):
        tagger.set([features[k] for k in sentence])
        probabilities += [1.0 - tagger.marginal("O", j) for j in range(len(sentence))]
    return probabilities


def runs(
    found: list[tuple[str, int, int]], probabilities: list[float], threshold: float
) -> list[tuple[int, int, float]]:
    """(start, end, mean probability) of each run of words at or above the threshold, within a
    sentence, that holds more than stop words ("to", "the")."""
    spans = []
    for sentence in sentences([w for w, _, _ in found]):
        k = sentence.start
        while k < sentence.stop:
            if probabilities[k] < threshold:
                k += 1
                continue
            first = k
            while k < sentence.stop and probabilities[k] >= threshold:
                k += 1
            words = [w.lower() for w, _, _ in found[first:k] if w[:1].isalnum()]
            if any(w not in ENGLISH_STOP_WORDS and len(w) > 1 for w in words):
                spans.append((found[first][1], found[k - 1][2], float(np.mean(probabilities[first:k]))))
    return spans


@dataclass
class TechniqueModel:
    """``tagger`` is the span CRF's model file, kept as bytes so the whole model is one artifact."""

    tagger: bytes
    classifier: LogisticRegression
    threshold: float
    _opened: pycrfsuite.Tagger | None = field(default=None, init=False, repr=False, compare=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict:
        return {"tagger": self.tagger, "classifier": self.classifier, "threshold": self.threshold}

    def __setstate__(self, state: dict) -> None:
        self.__init__(**state)

    def find_spans(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, score) of the spans the tagger marks."""
        found = tokens(text)
        if not found:
            return []
        with self._lock:  # set() then marginal(): one article at a time per tagger
            if self._opened is None:
                self._opened = pycrfsuite.Tagger()
                self._opened.open_inmemory(self.tagger)
            probabilities = inside_probabilities(self._opened, [w for w, _, _ in found])
        return runs(found, probabilities, self.threshold)

    def classify_all(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[str, float, list[str]]]:
        """(technique, probability, cue words that weighed most for it) for each span, in one pass."""
        if not spans:
            return []
        rows = [span_features(text, start, end) for start, end in spans]
        probabilities = self.classifier.predict_proba(HASHER.transform(rows))
        words = sorted({f for row in rows for f in row if f.startswith("w=")})
        column = dict(zip(words, HASHER.transform([[w] for w in words]).indices, strict=True))
        results = []
        for row, row_probabilities in zip(rows, probabilities, strict=True):
            best = int(np.argmax(row_probabilities))
            weights = self.classifier.coef_[best] if self.classifier.coef_.shape[0] > 1 else self.classifier.coef_[0]
            ranked = sorted({f for f in row if f.startswith("w=")}, key=lambda w: -weights[column[w]])
            cues = [w[2:] for w in ranked if weights[column[w]] > 0 and w[2:] not in ENGLISH_STOP_WORDS
                    and w[2:3].isalnum()][:3]
            results.append((str(self.classifier.classes_[best]), float(row_probabilities[best]), cues))
        return results


def save(model: TechniqueModel, path) -> None:
    """Classifier weights as float32 (half the size, same decisions), all compressed."""
    model.classifier.coef_ = model.classifier.coef_.astype(np.float32)
    joblib.dump(model, path, compress=3)


@lru_cache(maxsize=4)
def load(path: str | None = None) -> TechniqueModel:
    if path:
        model = joblib.load(path)
    else:
        with resources.as_file(resources.files("presslens").joinpath("models", ARTIFACT)) as packaged:
            model = joblib.load(packaged)
    model.classifier.coef_ = model.classifier.coef_.astype(np.float64)  # no upcast copy per call
    return model
