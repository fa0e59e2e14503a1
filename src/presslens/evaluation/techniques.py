"""Evaluation runs for persuasion techniques: scoring a model on PTC articles with the task's two
metrics (:mod:`presslens.evaluation.semeval`), article-grouped cross-validation, and writing
predictions in the task's own file formats."""

from __future__ import annotations

from pathlib import Path

from sklearn.model_selection import GroupKFold

from presslens.evaluation.semeval import Spans, span_identification, technique_classification
from presslens.rhetoric.ptc import PTCArticle
from presslens.rhetoric.training import train


def _gold(articles: list[PTCArticle]) -> tuple[Spans, list[tuple]]:
    spans = {a.id: list(a.spans) or [(s, e) for _, s, e in a.techniques] for a in articles}
    labels = [(a.id, technique, s, e) for a in articles for technique, s, e in a.techniques]
    return spans, labels


def _predict(model, articles: list[PTCArticle]) -> tuple[Spans, list[tuple]]:
    spans = {a.id: [(s, e) for s, e, _ in model.find_spans(a.text)] for a in articles}
    labels = []
    for article in articles:
        spans_of_article = [(s, e) for _, s, e in article.techniques]
        labels += [(article.id, technique, s, e) for (s, e), (technique, _, _)
                   in zip(spans_of_article, model.classify_all(article.text, spans_of_article), strict=True)]
    return spans, labels


def score(model, articles: list[PTCArticle]) -> dict:
    gold_spans, gold_labels = _gold(articles)
    spans, labels = _predict(model, articles)
    return {"articles": len(articles), "si": span_identification(spans, gold_spans),
            "tc": technique_classification(labels, gold_labels)}


def cross_validate(articles: list[PTCArticle], folds: int = 5) -> dict:
    """Article-grouped k-fold: each fold's model never saw the articles it is scored on."""
    all_spans: Spans = {}
    all_labels: list[tuple] = []
    per_fold = []
    splitter = GroupKFold(n_splits=folds)
    ids = [a.id for a in articles]
    for train_index, test_index in splitter.split(ids, groups=ids):
        model = train([articles[i] for i in train_index])
        test = [articles[i] for i in test_index]
        spans, labels = _predict(model, test)
        all_spans.update(spans)
        all_labels += labels
        per_fold.append(score(model, test))
    gold_spans, gold_labels = _gold(articles)
    return {
        "articles": len(articles),
        "folds": folds,
        "si": span_identification(all_spans, gold_spans),
        "tc": technique_classification(all_labels, gold_labels),
        "per_fold": [{"si_f1": f["si"]["f1"], "tc_f1": f["tc"]["f1"]} for f in per_fold],
    }


def write_predictions(model, articles: list[PTCArticle], out: Path) -> None:
    """The task's own formats: ``ID START END`` (SI) and ``ID TECHNIQUE START END`` (TC)."""
    out.mkdir(parents=True, exist_ok=True)
    spans, labels = _predict(model, articles)
    (out / "predictions-task1-SI.txt").write_text(
        "".join(f"{a}\t{s}\t{e}\n" for a in sorted(spans) for s, e in sorted(spans[a])), "utf-8")
    (out / "predictions-task2-TC.txt").write_text(
        "".join(f"{a}\t{t}\t{s}\t{e}\n" for a, t, s, e in labels), "utf-8")
