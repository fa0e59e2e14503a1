"""Throughput of ``analyze`` next to the bare spaCy pipeline on the same texts, in one run.

    python benchmarks/speed.py --corpus ../shared/data/polnear/dev/text [--workers N] [--repeat R] [--slice S]

Prints articles/s and words/s of the bare pipeline, of ingest + parse + the attribution layer
("who said what" alone) and of the whole ``analyze`` (with claims, predictions and persuasion
techniques), and the ratios of the latter two to bare spaCy. With ``--workers N`` every side
runs in N processes, each loading its own pipeline before the clock starts.

The sides take turns slice by slice (``--slice`` articles each), not corpus by corpus: the speed
of a shared machine drifts over the minute a pass takes, and a slow spell then falls on every
side alike instead of on whichever ran through it. A round's time for a side is the sum over its
slices; the best round of each side is kept, and every round's own ratios are printed too, as
the spread of the measure.
"""

from __future__ import annotations

import argparse
import json
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

_nlp = None


def _load() -> None:
    global _nlp
    from presslens.nlp import shared_pipeline

    _nlp = shared_pipeline()


def _bare(texts: list[str]) -> int:
    return sum(len(doc) for doc in _nlp.pipe(texts))


def _presslens(texts: list[str]) -> int:
    from presslens.ingest import article_from_text
    from presslens.pipeline import analyze_articles

    return sum(len(a.attributions) for a in analyze_articles([article_from_text(t) for t in texts], _nlp))


def _attribution_only(texts: list[str]) -> int:
    """Ingest, parse and the attribution layer: the "who said what" part of ``analyze``."""
    from presslens.attribution.component import analysis_of
    from presslens.ingest import article_from_text
    from presslens.nlp import parse_many

    articles = [article_from_text(t) for t in texts]
    return sum(len(analysis_of(doc).attributions) for doc in parse_many(_nlp, (a.text for a in articles)))


def _timed(function, texts: list[str], workers: int, pool) -> float:
    start = time.perf_counter()
    if workers == 1:
        function(texts)
    else:
        chunks = [texts[k::workers] for k in range(workers)]
        list(pool.map(function, chunks))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="Directory of .txt articles.")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="Rounds; the best of each side is kept.")
    parser.add_argument("--slice", type=int, default=32,
                        help="Articles each side runs in turn (at least analyze's claim batch, 32, by default).")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    if not texts:
        parser.error(f"{args.corpus} holds no .txt articles")
    words = sum(len(t.split()) for t in texts)
    pool = ProcessPoolExecutor(args.workers, initializer=_load) if args.workers > 1 else None
    _load()
    sides = {"spacy": _bare, "attribution_only": _attribution_only, "presslens": _presslens}
    for function in sides.values():  # every side's models loaded before the clock starts
        function(texts[:5])
        if pool:
            list(pool.map(function, [texts[:2]] * args.workers))
    step = max(1, args.slice)
    best = dict.fromkeys(sides, float("inf"))
    round_ratios = []
    for _ in range(args.repeat):
        spent = dict.fromkeys(sides, 0.0)
        for first in range(0, len(texts), step):
            part = texts[first:first + step]
            for name, function in sides.items():
                spent[name] += _timed(function, part, args.workers, pool)
        best = {name: min(best[name], spent[name]) for name in sides}
        round_ratios.append([round(spent["spacy"] / spent[name], 3) for name in ("attribution_only", "presslens")])
    result = {
        "articles": len(texts),
        "words": words,
        "workers": args.workers,
        **{
            name: {"seconds": round(s, 2), "articles_per_s": round(len(texts) / s, 1), "words_per_s": round(words / s)}
            for name, s in best.items()
        },
        "ratio_attribution_only_to_spacy": round(best["spacy"] / best["attribution_only"], 3),
        "ratio_presslens_to_spacy": round(best["spacy"] / best["presslens"], 3),
        "round_ratios_attribution_only_presslens": round_ratios,
    }
    print(json.dumps(result, indent=2))
    if pool:
        pool.shutdown()


if __name__ == "__main__":
    main()
