"""Training the persuasion-technique model on PTC articles: the span CRF, its threshold and the
technique classifier. Kept apart from :mod:`presslens.rhetoric.techniques`, which only loads and
applies the model, because choosing the threshold needs the task's own scorer."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pycrfsuite
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from spacy.tokens import Doc

from presslens.evaluation.semeval import span_identification
from presslens.nlp import parse_many, shared_pipeline
from presslens.rhetoric.ptc import PTCArticle
from presslens.rhetoric.techniques import (
    TechniqueModel,
    inside_probabilities,
    runs,
    sentences,
    span_matrix,
    span_rows,
    token_features,
    tokens,
)

_THRESHOLDS = (0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3)
_THRESHOLD_FOLDS = 3
_CRF = {"c1": 0.1, "c2": 0.01, "max_iterations": 100}
# The classifier's inverse regularisation, chosen by article-grouped 5-fold accuracy on gold spans
# (C 1: 0.545, 4: 0.584, 16: 0.591, 32: 0.590, 64: 0.589; docs/MODELS.md).
_CLASSIFIER_C = 16.0


def parse_articles(articles: list[PTCArticle]) -> list[Doc]:
    """Each article's text parsed by the shared spaCy pipeline: the model reads tags, lemmas and
    entities, as it does inside ``analyze``."""
    return list(parse_many(shared_pipeline(), [article.text for article in articles]))


def _fit_tagger(articles: list[PTCArticle], docs: list[Doc]) -> bytes:
    trainer = pycrfsuite.Trainer(verbose=False)
    for article, doc in zip(articles, docs, strict=True):
        found = tokens(article.text)
        gold = article.gold_spans
        inside = [any(s <= start < e for s, e in gold) for _, start, _ in found]
        features = token_features(doc, found)
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


def _choose_threshold(articles: list[PTCArticle], docs: list[Doc]) -> float:
    """The threshold with the best span-identification F1 (the task's own measure) over
    out-of-fold predictions: taggers fitted on two thirds of the articles mark the remaining
    third, three times over. (A single held-out fifth proved too few articles: its best
    threshold sat far from the best one on unseen articles.) 0.05 when there are too few."""
    if len(articles) < _THRESHOLD_FOLDS:
        return 0.05
    ids = [article.id for article in articles]
    held_out = []
    for fitted, marked in GroupKFold(n_splits=_THRESHOLD_FOLDS).split(ids, groups=ids):
        # crfsuite reads the model in place, without a copy: the bytes must outlive the tagger.
        model_bytes = _fit_tagger([articles[k] for k in fitted], [docs[k] for k in fitted])
        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(model_bytes)
        for k in marked:
            found = tokens(articles[k].text)
            held_out.append((articles[k], found, inside_probabilities(tagger, docs[k], found)))
    gold = {a.id: a.gold_spans for a, _, _ in held_out}

    def f1(threshold: float) -> float:
        predicted = {a.id: [(s, e) for s, e, _ in runs(found, p, threshold)] for a, found, p in held_out}
        return span_identification(predicted, gold)["f1"]

    return max(_THRESHOLDS, key=f1)


def train(articles: list[PTCArticle], docs: list[Doc] | None = None) -> TechniqueModel:
    """Fit both models on PTC articles, parsed as ``docs`` (parsed here when not given);
    deterministic: L-BFGS for the CRF, lbfgs with a fixed random_state for the classifier."""
    docs = docs if docs is not None else parse_articles(articles)
    rows: list[list[str]] = []
    texts: list[str] = []
    labels: list[str] = []
    for article, doc in zip(articles, docs, strict=True):
        spans = [(start, end) for _, start, end in article.techniques]
        rows += span_rows(doc, article.text, spans)
        texts += [article.text[start:end] for start, end in spans]
        labels += [technique for technique, _, _ in article.techniques]
    classifier = LogisticRegression(C=_CLASSIFIER_C, max_iter=300, random_state=0)
    classifier.fit(span_matrix(rows, texts), labels)
    return TechniqueModel(_fit_tagger(articles, docs), classifier, _choose_threshold(articles, docs))
