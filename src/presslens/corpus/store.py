"""The embedded DuckDB corpus store: articles, speakers, attributions, signatures, provenance.

Each batch of analysed articles is written in one transaction, so a run killed at any moment (kill
-9 included) leaves whole articles or none; articles are keyed by content hash, so the restarted
run skips what is stored and re-adding anything is a no-op. The schema is documented in
docs/CORPUS.md.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb

from presslens.corpus.reprints import Reprint
from presslens.corpus.signatures import Signature
from presslens.model import Analysis

STORE_VERSION = "1"
# DuckDB spills joins and sorts to disk beyond this, which keeps memory flat as the corpus grows.
MEMORY_LIMIT = "512MB"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    origin VARCHAR,
    title VARCHAR,
    outlet VARCHAR,
    url VARCHAR,
    author VARCHAR,
    published DATE,
    words INTEGER,
    text VARCHAR,
    analysis JSON,
    added_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS speakers (
    article_id VARCHAR, speaker_id VARCHAR, name VARCHAR, kind VARCHAR,
    roles VARCHAR[], affiliations VARCHAR[], mentions INTEGER,
    PRIMARY KEY (article_id, speaker_id)
);
CREATE TABLE IF NOT EXISTS attributions (
    article_id VARCHAR, attribution_id VARCHAR, speaker_id VARCHAR, speaker VARCHAR,
    type VARCHAR, cue VARCHAR, source VARCHAR, content VARCHAR,
    content_start INTEGER, content_end INTEGER,
    medium_kind VARCHAR, medium_name VARCHAR, confidence DOUBLE,
    PRIMARY KEY (article_id, attribution_id)
);
CREATE TABLE IF NOT EXISTS provenance_notes (
    article_id VARCHAR, kind VARCHAR, name VARCHAR, start_char INTEGER, end_char INTEGER
);
CREATE TABLE IF NOT EXISTS claims (
    article_id VARCHAR, claim_id VARCHAR, kind VARCHAR, checkworthiness DOUBLE, text VARCHAR,
    start_char INTEGER, end_char INTEGER, speaker VARCHAR, hedges VARCHAR[], quantities JSON,
    PRIMARY KEY (article_id, claim_id)
);
CREATE TABLE IF NOT EXISTS techniques (
    article_id VARCHAR, technique_id VARCHAR, technique VARCHAR, score DOUBLE, text VARCHAR,
    start_char INTEGER, end_char INTEGER, cues VARCHAR[],
    PRIMARY KEY (article_id, technique_id)
);
CREATE TABLE IF NOT EXISTS minhash_bands (
    article_id VARCHAR, time_window INTEGER, band SMALLINT, bucket BIGINT
);
CREATE TABLE IF NOT EXISTS reprints (
    left_id VARCHAR, right_id VARCHAR, original_id VARCHAR, basis VARCHAR,
    share_left DOUBLE, share_right DOUBLE, passages JSON,
    PRIMARY KEY (left_id, right_id)
);
CREATE TABLE IF NOT EXISTS rejected (
    origin VARCHAR PRIMARY KEY, reason VARCHAR, rejected_at TIMESTAMP DEFAULT current_timestamp
);
"""
TABLES = ("articles", "speakers", "attributions", "provenance_notes", "claims", "techniques",
          "minhash_bands", "reprints", "rejected")


@dataclass(frozen=True)
class StoredArticle:
    """What the store keeps of one analysed article."""

    id: str
    origin: str
    analysis: Analysis
    published: date | None
    signature: Signature


class Store:
    """One DuckDB database file; use as a context manager."""

    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"no corpus database at {self.path}")
        self.connection = duckdb.connect(str(self.path), read_only=read_only)
        self.connection.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        if not read_only:
            self.connection.execute(_SCHEMA)
            self.connection.execute(
                "INSERT OR IGNORE INTO store_info VALUES ('store_version', ?)", [STORE_VERSION]
            )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def known(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        if not ids:
            return set()
        rows = self.connection.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids])
        return {row[0] for row in rows.fetchall()}

    def count(self, table: str = "articles") -> int:
        if table not in TABLES:
            raise ValueError(f"unknown table {table}")
        return self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def add(self, articles: list[StoredArticle], rejected: list[tuple[str, str]] = ()) -> list[str]:
        """Store a batch atomically; returns the ids of the articles that were new."""
        connection = self.connection
        connection.execute("BEGIN TRANSACTION")
        try:
            fresh = self._fresh(articles)
            for table, rows in _rows(fresh).items():
                insert_rows(connection, table, rows)
            if rejected:
                connection.executemany("INSERT OR REPLACE INTO rejected (origin, reason) VALUES (?, ?)",
                                       list(rejected))
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        return [item.id for item in fresh]

    def _fresh(self, articles: list[StoredArticle]) -> list[StoredArticle]:
        seen = self.known(a.id for a in articles)
        fresh = []
        for item in articles:
            if item.id not in seen:
                seen.add(item.id)
                fresh.append(item)
        return fresh

    def save_reprints(self, reprints: Iterable[Reprint], chunk: int = 1000) -> int:
        """Store reprint pairs as they are found; returns how many."""
        saved, rows = 0, []
        for reprint in itertools.chain(reprints, [None]):
            if reprint is not None:
                alignment = reprint.alignment
                rows.append([reprint.left.id, reprint.right.id, reprint.original, reprint.basis,
                             round(alignment.share_left, 4), round(alignment.share_right, 4),
                             json.dumps([[p.left_start, p.left_end, p.right_start, p.right_end]
                                         for p in alignment.passages])])
            if rows and (reprint is None or len(rows) >= chunk):
                self.connection.executemany("INSERT OR REPLACE INTO reprints VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                saved += len(rows)
                rows = []
        return saved

    def analyses(self, ids: Iterable[str]) -> Iterator[tuple[str, Analysis]]:
        rows = self.connection.execute(
            "SELECT id, analysis FROM articles WHERE id IN (SELECT unnest(?)) ORDER BY id", [list(ids)]
        ).fetchall()
        for article_id, document in rows:
            yield article_id, Analysis.model_validate_json(document)


def insert_rows(connection: duckdb.DuckDBPyConnection, table: str, rows: list[list]) -> None:
    """Insert many rows in one statement: each column goes in as one list and is unnested, which
    is orders of magnitude faster in DuckDB than ``executemany`` row by row."""
    if not rows:
        return
    columns = [list(column) for column in zip(*rows, strict=True)]
    placeholders = ", ".join("unnest(?)" for _ in columns)
    connection.execute(f"INSERT INTO {table} SELECT {placeholders}", columns)


def _rows(items: list[StoredArticle]) -> dict[str, list[list]]:
    """The rows of every table for a batch of articles."""
    tables: dict[str, list[list]] = {t: [] for t in ("articles", "speakers", "attributions",
                                                      "provenance_notes", "claims", "techniques",
                                                      "minhash_bands")}
    for item in items:
        analysis, meta = item.analysis, item.analysis.metadata
        tables["articles"].append([
            item.id, item.origin, meta.title, meta.site_name, meta.url, meta.author, item.published,
            len(analysis.text.split()), analysis.text, analysis.model_dump_json(), datetime.now(),
        ])
        tables["speakers"] += [
            [item.id, s.id, s.canonical_name, s.kind.value, s.roles, s.affiliations, len(s.mentions)]
            for s in analysis.speakers
        ]
        tables["attributions"] += [_attribution_row(item.id, analysis, a) for a in analysis.attributions]
        tables["provenance_notes"] += [
            [item.id, n.kind.value, n.name, n.span.start, n.span.end] for n in analysis.provenance
        ]
        tables["claims"] += [_claim_row(item.id, analysis, c) for c in analysis.claims]
        tables["techniques"] += [
            [item.id, t.id, t.technique, t.score, t.span.text, t.span.start, t.span.end, t.cues]
            for t in analysis.techniques
        ]
        tables["minhash_bands"] += [
            [item.id, item.signature.window, band, key] for band, key in enumerate(item.signature.band_keys)
        ]
    return tables


def _claim_row(article_id: str, analysis: Analysis, claim) -> list:
    speaker = analysis.speaker(claim.speaker_id)
    quantities = json.dumps([{"text": q.span.text, "value": q.value, "unit": q.unit} for q in claim.quantities])
    return [article_id, claim.id, claim.kind.value, claim.checkworthiness, claim.span.text, claim.span.start,
            claim.span.end, speaker.canonical_name if speaker else None, [h.text for h in claim.hedges],
            quantities]


def _attribution_row(article_id: str, analysis: Analysis, attribution) -> list:
    speaker = analysis.speaker(attribution.speaker_id)
    medium = attribution.medium
    return [
        article_id, attribution.id, attribution.speaker_id, speaker.canonical_name if speaker else None,
        attribution.type.value, attribution.cue.text if attribution.cue else None,
        attribution.source.text if attribution.source else None, attribution.content.text,
        attribution.content.start, attribution.content.end,
        medium.kind.value if medium else None, medium.name if medium else None, attribution.confidence,
    ]
