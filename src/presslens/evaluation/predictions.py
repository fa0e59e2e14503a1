"""Prediction detection against the hand-labelled sentences in ``datasets/predictions_dev.jsonl``.

Each line is one sentence from a PolNeAR dev article and whether it states a prediction (see
datasets/README.md). A sentence counts as predicted when ``analyze`` finds a prediction in it.
"""

from __future__ import annotations

import json
from pathlib import Path

from presslens.ingest import article_from_text
from presslens.pipeline import analyze_articles


def evaluate(path: Path) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    analyses = analyze_articles(article_from_text(r["text"]) for r in rows)
    tp = fp = fn = 0
    errors = []
    for row, analysis in zip(rows, analyses, strict=True):
        predicted, gold = bool(analysis.predictions), bool(row["is_prediction"])
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
        if predicted != gold:
            errors.append({"gold": gold, "text": row["text"]})
    precision = tp / ((tp + fp) or 1)
    recall = tp / ((tp + fn) or 1)
    return {
        "sentences": len(rows),
        "predictions": tp + fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / ((precision + recall) or 1), 4),
        "errors": errors,
    }
