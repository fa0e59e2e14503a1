"""Training the persuasion-technique model on PTC articles: the span CRF, its threshold and the
technique classifier. Kept apart from :mod:`presslens.rhetoric.techniques`, which only loads and
applies the model, because choosing the threshold needs the task's own scorer."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pycrfsuite
from sklearn.linear_model import LogisticRegression

from presslens.evaluation.semeval import span_identification
from presslens.rhetoric.ptc import PTCArticle
from presslens.rhetoric.techniques import (
    HASHER,
    TechniqueModel,
    inside_probabilities,
    runs,
    sentences,
    span_features,
    token_features,
    tokens,
)

_THRESHOLDS = (0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3)
_CRF = {"c1": 0.1, "c2": 0.01, "max_iterations": 100}


def _fit_tagger(articles: list[PTCArticle]) -> bytes:
    trainer = pycrfsuite.Trainer(verbose=False)
    for article in articles:
        found = tokens(article.text)
        gold = article.spans or [(s, e) for _, s, e in article.techniques]
        inside = [any(s <= start < e for s, e in gold) for _, start, _ in found]
        features = token_features([w for w, _, _ in found])
        for sentence in sentences([w for w, _, _ in found]):
            labels = [
                ("I" if k > sentence.start and inside[k - 1] else "B") if inside[k] else "O" for k in sentence
            ]
            trainer.append([features[k] for k in sentence], labels)
    trainer.set_params(_CRF)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "spans.crfsuite"
        trainer.train(str(path))
        return path.read_bytes()


def _choose_threshold(articles: list[PTCArticle]) -> float:
    """The threshold with the best span-identification F1 (the task's own measure) on the last
    fifth of the articles (by id) for a tagger fitted on the rest; 0.05 when there are too few."""
    ordered = sorted(articles, key=lambda a: a.id)
    cut = int(len(ordered) * 0.8)
    if cut == 0 or cut == len(ordered):
        return 0.05
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(_fit_tagger(ordered[:cut]))
    held_out = []
    for article in ordered[cut:]:
        found = tokens(article.text)
        held_out.append((article, found, inside_probabilities(tagger, [w for w, _, _ in found])))
    gold = {a.id: list(a.spans) or [(s, e) for _, s, e in a.techniques] for a, _, _ in held_out}

    def f1(threshold: float) -> float:
        predicted = {a.id: [(s, e) for s, e, _ in runs(found, p, threshold)] for a, found, p in held_out}
        return span_identification(predicted, gold)["f1"]

    return max(_THRESHOLDS, key=f1)


def train(articles: list[PTCArticle]) -> TechniqueModel:
    """Fit both models on PTC articles (deterministic: L-BFGS for the CRF, lbfgs with a fixed
    random_state for the classifier)."""
    span_rows, span_labels = [], []
    for article in articles:
        for technique, start, end in article.techniques:
            span_rows.append(span_features(article.text, start, end))
            span_labels.append(technique)
    classifier = LogisticRegression(C=4.0, max_iter=300, random_state=0)
    classifier.fit(HASHER.transform(span_rows), span_labels)
    return TechniqueModel(_fit_tagger(articles), classifier, _choose_threshold(articles))
