"""Speaker resolution against hand-labelled PolNeAR sources (``datasets/speaker_resolution.jsonl``).

Each line is a gold PolNeAR *Source* span that is a pronoun, a bare surname (with or without an
honorific) or a description, with the person it refers to, labelled by reading the article. The
resolved speaker is the one presslens gives the attribution whose source overlaps that span, or,
when it found no such attribution, the registry entry with a mention overlapping it. It is right
when its canonical name is the labelled person's (``same_person``): it carries the surname (the
last word of the label that is no suffix such as "Jr."), and every other word of it is a title,
an initial or a word of the label ("Donald J. Trump" and "President Obama" for "Barack Obama"; not
"Michelle Obama", "Team Trump" or a headline's "Obama Sees 'Personal Insult'").
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from presslens.attribution.lexicon import HONORIFICS, NAME_SUFFIXES, OFFICE_NOUNS, TITLE_ABBREVIATIONS
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
    # the speaker mentioned first in the span: its head, not a name in its appositive ("Sexton,
    # who has made something of a study of Trump rallies,")
    mentioned = [(mention.span.start, speaker.canonical_name) for speaker in analysis.speakers
                 for mention in speaker.mentions if _overlaps(mention.span)]
    if mentioned:
        return min(mentioned)[1], "mention"
    return None, "none"


_TITLE_WORDS = {w.rstrip(".") for w in HONORIFICS} | OFFICE_NOUNS | set(TITLE_ABBREVIATIONS)


def _name_words(name: str) -> list[str]:
    words = (w.strip(".,;:()\"'\u2018\u2019\u201c\u201d").lower() for w in name.replace("'s", "").replace("\u2019s", "").split())
    return [w for w in words if w and w not in NAME_SUFFIXES and w.rstrip(".") not in NAME_SUFFIXES]


def same_person(predicted: str | None, label: str) -> bool:
    """Whether a canonical name names the labelled person: the label's surname, and either its
    first name too (any middle name: "Hillary Rodham Clinton") or no word but titles, initials
    and the label's own words (a first name may be a short form: "Joseph" for "Joe"). A one-word
    label (a surname or first name alone) takes any name holding it."""
    if predicted is None:
        return False
    wanted, words = _name_words(label), _name_words(predicted)
    if not wanted or wanted[-1] not in words:
        return False
    if len(wanted) == 1 or wanted[0] in words:
        return True
    return all(w in wanted or w in _TITLE_WORDS or len(w) == 1 or w[:2] == wanted[0][:2] for w in words)


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
            right = same_person(predicted, row["speaker"])
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
