"""Speaker resolution against hand-labelled PolNeAR sources (``datasets/speaker_resolution.jsonl``).

Each line is a gold PolNeAR *Source* span that is a pronoun, a bare surname (with or without an
honorific) or a description, with the person it refers to, labelled by reading the article. The
resolved speaker is the one presslens gives the attribution whose source overlaps that span, or,
when it found no such attribution, the registry entry with a mention overlapping it. It is right
when it carries the labelled person's surname (the last word of the label that is no suffix such
as "Jr.").
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from presslens.attribution.lexicon import NAME_SUFFIXES
from presslens.ingest import article_from_text
from presslens.model import Analysis
from presslens.pipeline import analyze_articles


def resolved_name(analysis: Analysis, start: int, end: int, to_raw: Callable[[int], int]) -> tuple[str | None, str]:
    """(canonical name, how it was found: attribution / mention / none); ``start`` and ``end`` are
    offsets into the raw file, ``to_raw`` maps the analysis's offsets there."""

    def _overlaps(span) -> bool:
        return span is not None and to_raw(span.start) < end and start < to_raw(span.end)

    for attribution in analysis.attributions:
        if _overlaps(attribution.source):
            speaker = analysis.speaker(attribution.speaker_id)
            return (speaker.canonical_name if speaker else None), "attribution"
    for speaker in analysis.speakers:
        if any(_overlaps(mention.span) for mention in speaker.mentions):
            return speaker.canonical_name, "mention"
    return None, "none"


def evaluate(labels: Path, texts: Path) -> dict:
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_article: defaultdict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_article[row["article"]].append(row)
    names = sorted(by_article)
    articles = [article_from_text((texts / f"{name}.txt").read_text(encoding="utf-8")) for name in names]
    correct: Counter[str] = Counter()
    total: Counter[str] = Counter()
    found_by: Counter[str] = Counter()
    errors = []
    for name, article, analysis in zip(names, articles, analyze_articles(articles), strict=True):
        for row in by_article[name]:
            predicted, how = resolved_name(analysis, row["start"], row["end"], article.normalised.to_original)
            found_by[how] += 1
            key = [w for w in row["speaker"].lower().split() if w not in NAME_SUFFIXES][-1]
            right = predicted is not None and key in predicted.lower().replace("'s", "").split()
            total[row["kind"]] += 1
            correct[row["kind"]] += right
            if not right:
                errors.append({"source": row["source"], "gold": row["speaker"], "predicted": predicted, "how": how})
    return {
        "sources": sum(total.values()),
        "articles": len(names),
        "accuracy": round(sum(correct.values()) / (sum(total.values()) or 1), 4),
        "by_kind": {kind: {"sources": total[kind], "accuracy": round(correct[kind] / total[kind], 4)} for kind in total},
        "found_by": dict(found_by),
        "errors": errors,
    }
