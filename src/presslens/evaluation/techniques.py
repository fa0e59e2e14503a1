"""The two SemEval-2020 Task 11 metrics, written from the task's definition, and the evaluation runs.

Span identification (SI), after Da San Martino et al. (EMNLP 2019): for predicted spans S and
gold spans T of a document, each a set of character offsets,

    C(s, t, h) = |s ∩ t| / h
    P(S, T) = 1/|S| Σ_s Σ_t C(s, t, |s|)      R(S, T) = 1/|T| Σ_s Σ_t C(s, t, |t|)

summed over all documents (|S| and |T| counted over the whole corpus), F1 their harmonic mean.
Overlapping spans on the same side are merged first, as the official scorer does for SI, so a
character is never credited twice.

Technique classification (TC): the system labels the gold spans; micro-averaged precision,
recall and F1 over (article, start, end, technique) tuples. A span carrying several gold labels
is matched label by label, so predicting one label for it credits at most one of them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sklearn.model_selection import GroupKFold

from presslens.rhetoric.ptc import PTCArticle

Spans = dict[str, list[tuple[int, int]]]


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def span_identification(predicted: Spans, gold: Spans) -> dict[str, float]:
    precision_sum = recall_sum = 0.0
    predicted_count = gold_count = 0
    for article in set(predicted) | set(gold):
        ours, theirs = merge(predicted.get(article, [])), merge(gold.get(article, []))
        predicted_count += len(ours)
        gold_count += len(theirs)
        for s_start, s_end in ours:
            for t_start, t_end in theirs:
                overlap = min(s_end, t_end) - max(s_start, t_start)
                if overlap > 0:
                    precision_sum += overlap / (s_end - s_start)
                    recall_sum += overlap / (t_end - t_start)
    precision = precision_sum / predicted_count if predicted_count else 0.0
    recall = recall_sum / gold_count if gold_count else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def technique_classification(predicted: list[tuple], gold: list[tuple]) -> dict[str, float]:
    """Tuples are (article, technique, start, end)."""
    remaining = Counter(gold)
    correct = 0
    for item in predicted:
        if remaining[item] > 0:
            remaining[item] -= 1
            correct += 1
    precision = correct / len(predicted) if predicted else 0.0
    recall = correct / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


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
    from presslens.rhetoric.techniques import train

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
