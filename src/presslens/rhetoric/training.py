"""Training the persuasion-technique model on PTC articles: the span CRF, its threshold, the
sentence filter and its floor, and the technique classifier. Kept apart from
:mod:`presslens.rhetoric.techniques`, which only loads and applies the model, because choosing
the threshold and the floor needs the task's own scorer."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pycrfsuite
from scipy.sparse import csr_matrix, vstack
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
    sentence_matrix,
    sentences,
    silenced,
    span_matrix,
    span_rows,
    token_features,
    tokens,
)

_THRESHOLDS = (0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3)
_THRESHOLD_FOLDS = 3
# Floors of the sentence filter's chance under which a sentence is left unflagged (0: none is).
_FLOORS = (0.0, 0.2, 0.25, 0.3, 0.35, 0.4)
_FILTER_C = 1.0
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


def _held_out_marginals(articles: list[PTCArticle], docs: list[Doc]) -> list[tuple[PTCArticle, list, list[float]]]:
    """Each article's words and inside-probabilities from a tagger that never saw it: taggers
    fitted on two thirds of the articles mark the remaining third, three times over. (A single
    held-out fifth proved too few articles: its best threshold sat far from the best one on
    unseen articles.)"""
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
    return held_out


def _sentence_examples(held_out: list) -> tuple[list[list[range]], csr_matrix, np.ndarray, np.ndarray]:
    """The sentence filter's rows over the held-out marginals, whether each sentence overlaps a
    gold span, and each row's article (as its place in ``held_out``)."""
    ranges, matrices, labels, owners = [], [], [], []
    for place, (article, found, probabilities) in enumerate(held_out):
        sentence_ranges, matrix = sentence_matrix(article.text, found, probabilities)
        ranges.append(sentence_ranges)
        matrices.append(matrix)
        for sentence in sentence_ranges:
            start, end = found[sentence.start][1], found[sentence.stop - 1][2]
            labels.append(any(s < end and start < e for s, e in article.gold_spans))
            owners.append(place)
    return ranges, vstack(matrices, format="csr"), np.array(labels), np.array(owners)


def _fit_filter(matrix: csr_matrix, labels: np.ndarray) -> LogisticRegression | None:
    if len(set(labels.tolist())) < 2:
        return None
    return LogisticRegression(C=_FILTER_C, max_iter=500, random_state=0).fit(matrix, labels)


def _choose_cut(articles: list[PTCArticle], docs: list[Doc]) -> tuple[float, LogisticRegression | None, float]:
    """The tagger threshold and the sentence filter's floor with the best span-identification
    F1 (the task's own measure) over out-of-fold marks, and the filter fitted on all held-out
    sentences. The floor is scored with filters that never saw the sentences they judge
    (article-grouped thirds of the held-out articles), as the threshold is with taggers.
    (0.05, no filter, 0) when there are too few articles."""
    if len(articles) < _THRESHOLD_FOLDS:
        return 0.05, None, 0.0
    held_out = _held_out_marginals(articles, docs)
    ranges, matrix, labels, owners = _sentence_examples(held_out)
    chances = np.zeros(len(labels))
    for fitted, judged in GroupKFold(n_splits=_THRESHOLD_FOLDS).split(owners, groups=owners):
        sentence_filter = _fit_filter(matrix[fitted], labels[fitted])
        chances[judged] = sentence_filter.predict_proba(matrix[judged])[:, 1] if sentence_filter else 1.0
    gold = {article.id: article.gold_spans for article, _, _ in held_out}
    chances_of = [chances[owners == place] for place in range(len(held_out))]

    def f1(threshold: float, floor: float) -> float:
        predicted = {}
        for place, (article, found, probabilities) in enumerate(held_out):
            kept = silenced(probabilities, ranges[place], chances_of[place], floor)
            predicted[article.id] = [(s, e) for s, e, _ in runs(found, kept, threshold)]
        return span_identification(predicted, gold)["f1"]

    threshold, floor = max(((t, f) for f in _FLOORS for t in _THRESHOLDS), key=lambda cut: f1(*cut))
    return threshold, _fit_filter(matrix, labels), floor


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
    threshold, sentence_filter, floor = _choose_cut(articles, docs)
    return TechniqueModel(_fit_tagger(articles, docs), classifier, threshold, sentence_filter, floor)
