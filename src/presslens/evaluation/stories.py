"""Same-story clustering against ECB+: B-cubed precision/recall/F1 and the adjusted Rand index.

The gold story of a document is its topic plus its half (``ecb`` or ``ecbplus``): each ECB+ topic
holds two different events of the same kind. Texts are rebuilt from the token XML; the source URL
that opens ``ecbplus`` documents is dropped, since real article text carries none.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from lxml import etree
from sklearn.metrics import adjusted_rand_score

from presslens.corpus.stories import cluster_texts

_NAME = re.compile(r"^(\d+)_\d+(ecbplus|ecb)\.xml$")


def read_ecbplus(directory: Path) -> tuple[list[str], list[str], list[str]]:
    """Document names, texts and gold story labels of every document under ``directory``."""
    names, texts, gold = [], [], []
    for path in sorted(directory.rglob("*.xml")):
        match = _NAME.match(path.name)
        if not match:
            continue
        sentences: dict[int, list[str]] = {}
        for token in etree.parse(str(path)).getroot().iter("token"):
            sentences.setdefault(int(token.get("sentence")), []).append(token.text or "")
        ordered = [" ".join(tokens) for _, tokens in sorted(sentences.items())]
        if ordered and ordered[0].startswith("http"):
            ordered = ordered[1:]
        names.append(path.name)
        texts.append("\n".join(ordered))
        gold.append(f"{match[1]}{match[2]}")
    return names, texts, gold


def bcubed(predicted: list, gold: list) -> dict[str, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998), averaged over items."""
    pairs = Counter(zip(predicted, gold, strict=True))
    predicted_sizes, gold_sizes = Counter(predicted), Counter(gold)
    n = len(gold)
    precision = sum(pairs[(p, g)] / predicted_sizes[p] for p, g in zip(predicted, gold, strict=True)) / n
    recall = sum(pairs[(p, g)] / gold_sizes[g] for p, g in zip(predicted, gold, strict=True)) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def score(predicted: list, gold: list) -> dict[str, float]:
    return {**bcubed(predicted, gold), "ari": adjusted_rand_score(gold, predicted)}


THRESHOLD_GRID = [round(0.80 + 0.01 * step, 2) for step in range(16)]


def _subset(texts: list[str], gold: list[str], keep: list[bool]) -> tuple[list[str], list[str]]:
    return [t for t, k in zip(texts, keep, strict=True) if k], [g for g, k in zip(gold, keep, strict=True) if k]


def cross_validate(texts: list[str], gold: list[str]) -> dict:
    """Two folds by topic parity: pick the threshold on one half of the topics, score the other."""
    parity = [int(re.match(r"\d+", label)[0]) % 2 == 0 for label in gold]
    folds = []
    for held_out in (True, False):
        tune = _subset(texts, gold, [p != held_out for p in parity])
        test = _subset(texts, gold, [p == held_out for p in parity])
        best = max(THRESHOLD_GRID, key=lambda t: bcubed(cluster_texts(tune[0], t), tune[1])["f1"])
        folds.append({"threshold": best, **score(cluster_texts(test[0], best), test[1])})
    return {
        "folds": [{k: round(v, 4) for k, v in fold.items()} for fold in folds],
        **{key: round(sum(f[key] for f in folds) / 2, 4) for key in ("precision", "recall", "f1", "ari")},
    }


def evaluate(directory: Path, threshold: float, folds: bool = True) -> dict:
    names, texts, gold = read_ecbplus(directory)
    predicted = cluster_texts(texts, threshold)
    result = {
        "documents": len(names),
        "gold_stories": len(set(gold)),
        "predicted_stories": len(set(predicted)),
        "threshold": threshold,
        **{key: round(value, 4) for key, value in score(predicted, gold).items()},
    }
    if folds:
        result["cross_validated"] = cross_validate(texts, gold)
    return result
