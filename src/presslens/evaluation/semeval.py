"""The two SemEval-2020 Task 11 metrics, written from the task's definition.

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
