"""The persuasion-technique model: a token tagger finds the spans, a span classifier names them.

Both are linear models over hashed, human-readable features, so every decision can be explained
by the features that weighed most: the reason given for a span lists its strongest cue words.

- Span identification: each word is classified in or out of a technique span from its own form
  and the forms around it (two words each side), its shape and its place in the sentence; runs of
  words above the threshold, bridged over one-word gaps, become spans.
- Technique classification: a span is classified from its words and character n-grams, the
  words just before and after it, its length, and whether the same words recur in the article
  (the mark of Repetition).

Trained on the Propaganda Techniques Corpus by ``presslens train techniques`` (fixed seeds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import joblib
import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, HashingVectorizer
from sklearn.linear_model import LogisticRegression

from presslens.rhetoric.ptc import PTCArticle

ARTIFACT = "techniques.joblib"
_TOKEN = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]")
_SENTENCE_END = {".", "!", "?"}
SPAN_THRESHOLD = 0.3  # chosen on one 230/61 split of the training articles
_WINDOW = 2


def _analyzer(features: list[str]) -> list[str]:
    return features


# Feature lists in, 2^18 hashed columns out; stateless, so one instance serves training and scoring.
_HASHER = HashingVectorizer(analyzer=_analyzer, n_features=2**18, alternate_sign=False, norm="l2")


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
    features += [f"L={w}" for w in before] + [f"R={w}" for w in after]
    features += [f"len={min(len(inside), 12)}", f"repeats={min(repeats, 3)}"]
    features += [f"c={phrase[i:i + 4]}" for i in range(max(0, len(phrase) - 3))]
    if text[max(0, start - 1):start] in {'"', "“"} or text[end:end + 1] in {'"', "”"}:
        features.append("quoted")
    if inside and all(w[:1].isupper() for w in inside if w.isalpha()):
        features.append("all_title")
    return features


@dataclass
class TechniqueModel:
    tagger: LogisticRegression
    classifier: LogisticRegression
    threshold: float = SPAN_THRESHOLD

    def find_spans(self, text: str) -> list[tuple[int, int, float]]:
        """(start, end, score) of the spans the tagger marks."""
        found = tokens(text)
        if not found:
            return []
        probabilities = self.tagger.predict_proba(_HASHER.transform(token_features([t for t, _, _ in found])))[:, 1]
        inside = probabilities >= self.threshold
        for k in range(1, len(inside) - 1):  # bridge one-word gaps
            if not inside[k] and inside[k - 1] and inside[k + 1]:
                inside[k] = True
        spans, k = [], 0
        while k < len(found):
            if not inside[k]:
                k += 1
                continue
            first = k
            while k < len(found) and inside[k]:
                k += 1
            words = [w.lower() for w, _, _ in found[first:k] if w[:1].isalnum()]
            if any(w not in ENGLISH_STOP_WORDS and len(w) > 1 for w in words):  # not just "to", "the"
                spans.append((found[first][1], found[k - 1][2], float(np.mean(probabilities[first:k]))))
        return spans

    def classify_all(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[str, float, list[str]]]:
        """(technique, probability, cue words that weighed most for it) for each span, in one pass."""
        if not spans:
            return []
        rows = [span_features(text, start, end) for start, end in spans]
        probabilities = self.classifier.predict_proba(_HASHER.transform(rows))
        words = sorted({f for row in rows for f in row if f.startswith("w=")})
        column = dict(zip(words, _HASHER.transform([[w] for w in words]).indices, strict=True))
        results = []
        for row, row_probabilities in zip(rows, probabilities, strict=True):
            best = int(np.argmax(row_probabilities))
            weights = self.classifier.coef_[best] if self.classifier.coef_.shape[0] > 1 else self.classifier.coef_[0]
            ranked = sorted({f for f in row if f.startswith("w=")}, key=lambda w: -weights[column[w]])
            cues = [w[2:] for w in ranked if weights[column[w]] > 0 and w[2:] not in ENGLISH_STOP_WORDS
                    and w[2:3].isalnum()][:3]
            results.append((str(self.classifier.classes_[best]), float(row_probabilities[best]), cues))
        return results


def train(articles: list[PTCArticle]) -> TechniqueModel:
    """Fit both models on PTC articles (deterministic: liblinear/lbfgs with fixed random_state)."""
    token_rows, token_labels = [], []
    span_rows, span_labels = [], []
    for article in articles:
        found = tokens(article.text)
        gold = article.spans or [(s, e) for _, s, e in article.techniques]
        inside = [any(s <= start < e for s, e in gold) for _, start, _ in found]
        token_rows += token_features([t for t, _, _ in found])
        token_labels += inside
        for technique, start, end in article.techniques:
            span_rows.append(span_features(article.text, start, end))
            span_labels.append(technique)
    tagger = LogisticRegression(C=0.5, max_iter=300, class_weight={False: 1.0, True: 2.5}, random_state=0)
    tagger.fit(_HASHER.transform(token_rows), token_labels)
    classifier = LogisticRegression(C=4.0, max_iter=300, random_state=0)
    classifier.fit(_HASHER.transform(span_rows), span_labels)
    return TechniqueModel(tagger, classifier)


def save(model: TechniqueModel, path) -> None:
    """Weights as float32 (half the size, same decisions) and compressed."""
    for estimator in (model.tagger, model.classifier):
        estimator.coef_ = estimator.coef_.astype(np.float32)
    joblib.dump(model, path, compress=3)


@lru_cache(maxsize=4)
def load(path: str | None = None) -> TechniqueModel:
    if path:
        model = joblib.load(path)
    else:
        with resources.as_file(resources.files("presslens").joinpath("models", ARTIFACT)) as packaged:
            model = joblib.load(packaged)
    for estimator in (model.tagger, model.classifier):  # float64 again: no upcast copy per call
        estimator.coef_ = estimator.coef_.astype(np.float64)
    return model
