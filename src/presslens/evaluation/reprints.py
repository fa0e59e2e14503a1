"""A reprint-detection evaluation set built from real article texts with known derivations.

Each *family* is a real PolNeAR article (the original) and one derived copy of a known kind:

- ``verbatim``: the same text under another outlet;
- ``trimmed``: the last third cut and the remaining paragraphs re-ordered;
- ``relede``: a new opening paragraph and the outlet's boilerplate around the text;
- ``rewrite``: quotes cut or shortened, every other sentence reworded (words dropped and
  swapped, so no long run survives), a new opening.

The origin is told by a cue in the copy ("originally published by X"), by dates, or not at all
(those pairs count for detection, not for direction). Negatives are other PolNeAR articles of the
same campaign season and the ECB+ documents: independent reports of the same events, which share
names, facts and often quotes, but not text. Both corpora also hold real wire copies (ECB+
18_5ecb and 18_13ecb are one AP story), which are not independent: before generation, a text
sharing at least ``_SOURCE_OVERLAP`` of its 8-word shingles with an earlier text is left out, an
exact test independent of the detector's MinHash. Everything is generated from a fixed seed.
The set runs through the same signatures, DuckDB candidate join and alignment as ``corpus add``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import duckdb

from presslens.corpus.reprints import Article, detect
from presslens.corpus.signatures import parse_date, signature_of, words
from presslens.corpus.store import insert_rows
from presslens.evaluation.stories import read_ecbplus

KINDS = ("verbatim", "trimmed", "relede", "rewrite")
ORIGIN_CLUES = ("cue", "date", "none")
_OUTLETS = ["Northern Ledger", "Capital Courier", "Harbor Times", "Valley Sentinel", "Metro Dispatch",
            "Evening Chronicle", "Coastal Herald", "Prairie Post", "Summit Gazette", "River Journal"]
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]")
_SOURCE_OVERLAP = 0.2


def independent(texts: list[str]) -> list[str]:
    """Drop texts that copy an earlier one (exact 8-word shingle containment)."""
    owner: dict[tuple[str, ...], int] = {}
    kept = []
    for number, text in enumerate(texts):
        tokens = words(text)
        grams = {tuple(tokens[i:i + 8]) for i in range(len(tokens) - 7)}
        shared = sum(1 for gram in grams if gram in owner)
        if grams and shared / len(grams) < _SOURCE_OVERLAP:
            kept.append(text)
        for gram in grams:
            owner.setdefault(gram, number)
    return kept


@dataclass(frozen=True)
class Family:
    original: str
    copy: str
    kind: str
    clue: str


def _rewrite_sentence(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    if len(words) < 6:
        return sentence
    kept = [w for k, w in enumerate(words) if k % 5 != 2]  # drop every fifth word
    for k in range(1, len(kept) - 1, 6):  # swap neighbours now and then
        kept[k], kept[k + 1] = kept[k + 1], kept[k]
    return " ".join(kept)


def derive(text: str, kind: str, outlet: str, cite: str | None, rng: random.Random) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    credit = f"This article was originally published by {cite}." if cite else ""
    if kind == "verbatim":
        body = paragraphs
    elif kind == "trimmed":
        body = paragraphs[: max(1, (2 * len(paragraphs)) // 3)]
        head, tail = body[:1], body[1:]
        rng.shuffle(tail)
        body = head + tail
    elif kind == "relede":
        lede = f"{outlet} brings you the latest on a story that readers have been following closely."
        body = [lede, *paragraphs, f"Sign up for the {outlet} newsletter. © {outlet}. All rights reserved."]
    else:
        body = [f"Here is what you need to know, from the {outlet} politics desk."]
        for paragraph in paragraphs:
            sentences = []
            for k, sentence in enumerate(_SENTENCE.split(paragraph)):
                if _QUOTE.search(sentence):
                    if rng.random() < 0.5:
                        continue
                    sentence = _QUOTE.sub(lambda m: " ".join(m.group().split()[:4]) + "”", sentence)
                sentences.append(_rewrite_sentence(sentence, rng) if k % 2 else sentence)
            if sentences:
                body.append(" ".join(sentences))
    return "\n".join([*body, credit] if credit else body)


def build(polnear_text: Path, ecbplus: Path | None, families: int = 200, seed: int = 13):
    """The generated articles, the gold reprint pairs, and the gold original per decidable pair."""
    rng = random.Random(seed)
    paths = sorted(polnear_text.glob("*.txt"))
    rng.shuffle(paths)
    texts = independent([p.read_text(encoding="utf-8") for p in paths])
    texts = [text for text in texts if len(text.split()) > 150]
    originals, negatives = texts[:families], texts[families: 2 * families]
    articles: list[Article] = []
    gold: dict[frozenset[str], str | None] = {}
    kinds: dict[frozenset[str], str] = {}
    day = date(2016, 9, 1)
    for number, text in enumerate(originals):
        kind, clue = KINDS[number % len(KINDS)], ORIGIN_CLUES[(number // len(KINDS)) % len(ORIGIN_CLUES)]
        source_outlet, copy_outlet = rng.sample(_OUTLETS, 2)
        published = day + timedelta(days=rng.randrange(60))
        later = published + timedelta(days=1 + rng.randrange(3))
        original = Article(f"orig-{number}", text, source_outlet,
                           published.isoformat() if clue == "date" else None)
        copy = Article(f"copy-{number}", derive(text, kind, copy_outlet,
                                                source_outlet if clue == "cue" else None, rng),
                       copy_outlet, later.isoformat() if clue == "date" else None)
        articles += [original, copy]
        pair = frozenset({original.id, copy.id})
        gold[pair] = original.id if clue != "none" else None
        kinds[pair] = kind
    for number, text in enumerate(negatives):
        articles.append(Article(f"other-{number}", text, rng.choice(_OUTLETS),
                                (day + timedelta(days=rng.randrange(60))).isoformat()))
    if ecbplus is not None:
        names, ecb_texts, _ = read_ecbplus(ecbplus)
        kept = set(independent(texts[: 2 * families] + ecb_texts))
        articles += [Article(f"ecb-{name}", text, None, None)
                     for name, text in zip(names, ecb_texts, strict=True) if text in kept]
    return articles, gold, kinds


def _load(articles: list[Article]) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(":memory:")
    connection.execute("CREATE TABLE articles (id VARCHAR, text VARCHAR, outlet VARCHAR, published DATE)")
    connection.execute("CREATE TABLE minhash_bands (article_id VARCHAR, time_window INTEGER, "
                       "band SMALLINT, bucket BIGINT)")
    insert_rows(connection, "articles", [[a.id, a.text, a.outlet, parse_date(a.published)] for a in articles])
    rows = []
    for article in articles:
        signature = signature_of(article.text, parse_date(article.published))
        rows += [[article.id, signature.window, band, key] for band, key in enumerate(signature.band_keys)]
    insert_rows(connection, "minhash_bands", rows)
    return connection


def evaluate(polnear_text: Path, ecbplus: Path | None, families: int = 200, seed: int = 13) -> dict:
    articles, gold, kinds = build(polnear_text, ecbplus, families, seed)
    found = {frozenset({r.left.id, r.right.id}): r for r in detect(_load(articles))}
    true_positive = [pair for pair in found if pair in gold]
    decidable = [pair for pair in true_positive if gold[pair] is not None]
    correct = [pair for pair in decidable if found[pair].original == gold[pair]]
    by_kind = {kind: round(sum(1 for p in true_positive if kinds[p] == kind)
                           / sum(1 for p in gold if kinds[p] == kind), 4) for kind in KINDS}
    return {
        "articles": len(articles),
        "gold_pairs": len(gold),
        "found_pairs": len(found),
        "precision": round(len(true_positive) / len(found), 4) if found else 0.0,
        "recall": round(len(true_positive) / len(gold), 4),
        "recall_by_kind": by_kind,
        "direction_decidable": len(decidable),
        "direction_accuracy": round(len(correct) / len(decidable), 4) if decidable else 0.0,
        "false_pairs": sorted(sorted(pair) for pair in found if pair not in gold)[:20],
    }
