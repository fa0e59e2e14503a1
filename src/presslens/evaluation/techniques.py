"""Evaluation runs for persuasion techniques: scoring a model on PTC articles with the task's two
metrics (:mod:`presslens.evaluation.semeval`), with its predictions in the task's own file formats,
and article-grouped cross-validation."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sklearn.model_selection import GroupKFold
from spacy.tokens import Doc

from presslens.evaluation.semeval import Spans, span_identification, technique_classification
from presslens.rhetoric.ptc import PTCArticle
from presslens.rhetoric.techniques import TechniqueModel
from presslens.rhetoric.training import train


def _gold(articles: list[PTCArticle]) -> tuple[Spans, list[tuple]]:
    spans = {a.id: a.gold_spans for a in articles}
    labels = [(a.id, technique, s, e) for a in articles for technique, s, e in a.techniques]
    return spans, labels


def predict(model: TechniqueModel, articles: list[PTCArticle], docs: list[Doc]) -> tuple[Spans, list[tuple]]:
    """The spans the model finds (SI) and a technique for each gold span (TC)."""
    spans, labels = {}, []
    for article, doc in zip(articles, docs, strict=True):
        spans[article.id] = [(s, e) for s, e, _ in model.find_spans(doc, article.text)]
        given = [(s, e) for _, s, e in article.techniques]
        copies: Counter[tuple[int, int]] = Counter()
        for span, choices in zip(given, model.ranked(doc, article.text, given), strict=True):
            labels.append((article.id, choices[min(copies[span], len(choices) - 1)], *span))
            copies[span] += 1
    return spans, labels


def score(
    model: TechniqueModel, articles: list[PTCArticle], docs: list[Doc], out: Path | None = None
) -> dict:
    """Both metrics for ``model`` on parsed articles; with ``out``, the predictions are also
    written there in the task's own formats: ``ID START END`` (SI), ``ID TECHNIQUE START END`` (TC)."""
    gold_spans, gold_labels = _gold(articles)
    spans, labels = predict(model, articles, docs)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "predictions-task1-SI.txt").write_text(
            "".join(f"{a}\t{s}\t{e}\n" for a in sorted(spans) for s, e in sorted(spans[a])), "utf-8")
        (out / "predictions-task2-TC.txt").write_text(
            "".join(f"{a}\t{t}\t{s}\t{e}\n" for a, t, s, e in labels), "utf-8")
    return {"articles": len(articles), "si": span_identification(spans, gold_spans),
            "tc": technique_classification(labels, gold_labels)}


def cross_validate(articles: list[PTCArticle], docs: list[Doc], folds: int = 5) -> dict:
    """Article-grouped k-fold: each fold's model never saw the articles it is scored on."""
    all_spans: Spans = {}
    all_labels: list[tuple] = []
    per_fold = []
    splitter = GroupKFold(n_splits=folds)
    ids = [a.id for a in articles]
    for train_index, test_index in splitter.split(ids, groups=ids):
        model = train([articles[i] for i in train_index], [docs[i] for i in train_index])
        test, test_docs = [articles[i] for i in test_index], [docs[i] for i in test_index]
        spans, labels = predict(model, test, test_docs)
        all_spans.update(spans)
        all_labels += labels
        gold_spans, gold_labels = _gold(test)
        per_fold.append({"si_f1": span_identification(spans, gold_spans)["f1"],
                         "tc_f1": technique_classification(labels, gold_labels)["f1"],
                         "threshold": model.threshold, "floor": model.floor})
    gold_spans, gold_labels = _gold(articles)
    return {
        "articles": len(articles),
        "folds": folds,
        "si": span_identification(all_spans, gold_spans),
        "tc": technique_classification(all_labels, gold_labels),
        "per_fold": per_fold,
    }
