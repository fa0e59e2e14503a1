"""Quote matching across articles against the hand-labelled pairs in ``datasets/``.

Each line holds two attribution contents from different PolNeAR articles and whether they render
the same quote (see datasets/README.md for how the pairs were drawn and labelled). A pair is
predicted to match when :func:`presslens.corpus.drift.compare` returns a variant.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from presslens.corpus.drift import Quote, compare


def evaluate(path: Path) -> dict:
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    errors = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        pair = json.loads(line)
        variant = compare(Quote(pair["first_article"], pair["first"]), Quote(pair["second_article"], pair["second"]))
        predicted, gold = variant is not None, bool(pair["same_quote"])
        counts[f"{'t' if predicted == gold else 'f'}{'p' if predicted else 'n'}"] += 1
        if variant is not None and gold:
            kinds[variant.kind.value] += 1
        if predicted != gold:
            errors.append({"gold": gold, "first": pair["first"][:120], "second": pair["second"][:120]})
    precision = counts["tp"] / ((counts["tp"] + counts["fp"]) or 1)
    recall = counts["tp"] / ((counts["tp"] + counts["fn"]) or 1)
    return {
        "pairs": sum(counts.values()),
        "same_quote_pairs": counts["tp"] + counts["fn"],
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / ((precision + recall) or 1), 4),
        "variants_of_matched": dict(kinds),
        "errors": errors,
    }
