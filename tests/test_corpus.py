"""The corpus store: adding, idempotence, crash safety, reports, read-only SQL, export, Dask."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import duckdb
import pytest
from conftest import ROOT
from safety import assert_inert
from typer.testing import CliRunner

from presslens.cli import app

SEED = (ROOT / "examples" / "seed-article.txt").read_text(encoding="utf-8")


def _variants(count: int, seed: int = 3) -> list[str]:
    """Distinct articles made of the seed's paragraphs in shuffled order, each with its own lede."""
    rng = random.Random(seed)
    paragraphs = [p for p in SEED.split("\n") if p.strip()]
    texts = []
    for number in range(count):
        body = rng.sample(paragraphs, k=len(paragraphs) // 2)
        texts.append(f"Report number {number} from the news desk, filed today.\n" + "\n".join(body))
    return texts


@pytest.fixture()
def corpus_dir(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    copy = "Our correspondent reports.\n" + "\n".join(SEED.split("\n")[2:]).replace(
        "I can’t see a future for Putin", "I see a future for Putin")
    records = [
        {"text": SEED, "outlet": "Daily Express", "title": "Putin faces break-up of Russia",
         "date": "2022-10-06"},
        {"text": copy + "\nThis article was originally published by the Daily Express.",
         "outlet": "Aggregator Daily", "date": "2022-10-10", "url": "https://aggregator.example/a"},
        {"text": '"We will rebuild," the mayor said on Monday. The council agreed.',
         "outlet": "Town Crier", "date": "2022-10-09"},
        {"no_text": "x"},
    ]
    (folder / "records.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    return folder


def _invoke(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def _query(db, sql: str):
    with duckdb.connect(str(db), read_only=True) as connection:
        return connection.execute(sql).fetchall()


def test_add_is_idempotent_and_keeps_rejects(nlp, corpus_dir, tmp_path):
    db = tmp_path / "c.duckdb"
    first = _invoke("corpus", "add", str(corpus_dir), "--db", str(db))
    assert "added 3" in first.output and "rejected 2" in first.output
    again = _invoke("corpus", "add", str(corpus_dir), "--db", str(db))
    assert "added 0, already stored 3" in again.output
    assert _query(db, "SELECT count(*) FROM articles") == [(3,)]
    reasons = dict(_query(db, "SELECT origin, reason FROM rejected"))
    assert any("binary" in origin for origin in reasons) and any(":4" in origin for origin in reasons)
    outlets = {row[0] for row in _query(db, "SELECT outlet FROM articles")}
    assert {"Aggregator Daily", "Town Crier"} <= outlets
    [(_, count)] = _query(db, "SELECT speaker, count(*) FROM attributions WHERE speaker = "
                                 "'Alp Sevimlisoy' AND article_id IN (SELECT id FROM articles "
                                 "WHERE outlet = 'Daily Express') GROUP BY speaker")
    assert count >= 8
    # Every article has all of its band keys: nothing half-written.
    assert _query(db, "SELECT DISTINCT count(*) FROM minhash_bands GROUP BY article_id") == [(42,)]
    assert _query(db, "SELECT count(*) > 0 FROM claims WHERE 'reportedly' IN hedges") == [(True,)]


def test_reprint_found_with_direction(nlp, corpus_dir, tmp_path):
    db = tmp_path / "c.duckdb"
    _invoke("corpus", "add", str(corpus_dir), "--db", str(db))
    [(original, basis, copy_outlet)] = _query(db, """
        SELECT r.original_id, r.basis, c.outlet FROM reprints r
        JOIN articles c ON c.id = CASE WHEN r.original_id = r.left_id THEN r.right_id ELSE r.left_id END""")
    assert basis in {"cue", "date"} and copy_outlet == "Aggregator Daily"
    assert _query(db, f"SELECT outlet FROM articles WHERE id = '{original}'") == [("Daily Express",)]


def test_provenance_shows_chain_and_quote_drift(nlp, corpus_dir, tmp_path):
    db = tmp_path / "c.duckdb"
    _invoke("corpus", "add", str(corpus_dir), "--db", str(db))
    [(original,)] = _query(db, "SELECT id FROM articles WHERE outlet = 'Daily Express'")
    report = tmp_path / "lineage.html"
    result = CliRunner().invoke(app, ["corpus", "provenance", original[:10], "--db", str(db),
                                      "--html", str(report)])
    assert result.exit_code == 0, result.output
    assert "Original source: " + original in result.output
    tree = assert_inert(report.read_text(encoding="utf-8"))
    lineage = tree.xpath("//section[@class='lineage']")[0].text_content()
    assert "changed meaning (negation dropped)" in lineage and "Aggregator Daily" in lineage
    missing = CliRunner().invoke(app, ["corpus", "provenance", "zzzz", "--db", str(db)])
    assert missing.exit_code == 2 and "no single article" in missing.output


def test_reports_sql_and_export(nlp, corpus_dir, tmp_path):
    db = tmp_path / "c.duckdb"
    _invoke("corpus", "add", str(corpus_dir), "--db", str(db))
    assert "Alp Sevimlisoy" in _invoke("corpus", "report", "speakers", "--db", str(db)).output
    assert "Aggregator Daily" in _invoke("corpus", "report", "outlets", "--db", str(db)).output
    _invoke("corpus", "report", "quotes", "--db", str(db))
    _invoke("corpus", "report", "claims", "--db", str(db))
    assert "Loaded_Language" in _invoke("corpus", "report", "techniques", "--db", str(db)).output
    _invoke("corpus", "report", "stories", "--db", str(db))
    from presslens.corpus.stories import stories_table

    with duckdb.connect(str(db), read_only=True) as connection:
        _, [story] = stories_table(connection, 10)
    assert story[:4] == ("Putin faces break-up of Russia", 2, 2, "Aggregator Daily, Daily Express")
    out = _invoke("corpus", "sql", "SELECT count(*) AS n FROM articles", "--db", str(db)).output
    assert "3" in out
    for forbidden in ("DELETE FROM articles", f"COPY articles TO '{tmp_path / 'x.csv'}'",
                      "SELECT * FROM read_csv('/etc/passwd')"):
        result = CliRunner().invoke(app, ["corpus", "sql", forbidden, "--db", str(db)])
        assert result.exit_code == 2 and "query failed" in result.output
    for fmt in ("parquet", "jsonl", "csv"):
        _invoke("corpus", "export", "--format", fmt, "--out", str(tmp_path / fmt), "--db", str(db))
        assert (tmp_path / fmt / f"articles.{fmt}").stat().st_size > 0
    assert _query(db, f"SELECT count(*) FROM '{tmp_path / 'parquet' / 'articles.parquet'}'") == [(3,)]


def test_missing_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["corpus", "report", "speakers", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "cannot open" in result.output


def _stored_articles(db) -> int:
    """Articles a killed run left stored: none where it died before making its tables."""
    if not db.exists():
        return 0
    tables = _query(db, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'articles'")
    return _query(db, "SELECT count(*) FROM articles")[0][0] if tables[0][0] else 0


def test_killed_runs_store_every_article_exactly_once(nlp, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    texts = _variants(60)
    for number, text in enumerate(texts):
        (folder / f"{number:03d}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "c.duckdb"
    command = [sys.executable, "-m", "presslens", "corpus", "add", str(folder), "--db", str(db),
               "--batch-size", "2"]
    killed_mid_run = False
    for wait in (4, 5, 6, 7, 8, 9, 10, 12):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(wait)
        if process.poll() is not None:
            break
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        stored = _stored_articles(db)
        killed_mid_run |= 0 < stored < len(texts)
        if killed_mid_run:
            break
    assert killed_mid_run, "no kill landed in the middle of the run"
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert _query(db, "SELECT count(*), count(DISTINCT id) FROM articles") == [(60, 60)]
    assert _query(db, "SELECT count(DISTINCT article_id) FROM minhash_bands") == [(60,)]
    assert _query(db, "SELECT count(*) FROM minhash_bands") == [(60 * 42,)]
    assert _query(db, "SELECT count(*) FROM attributions WHERE article_id NOT IN "
                      "(SELECT id FROM articles)") == [(0,)]


def test_dask_engine_on_a_local_cluster(nlp, corpus_dir, tmp_path):
    from distributed import LocalCluster

    db = tmp_path / "c.duckdb"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        _invoke("corpus", "add", str(corpus_dir), "--db", str(db), "--engine", "dask",
                "--scheduler", cluster.scheduler_address)
    assert _query(db, "SELECT count(*) FROM articles") == [(3,)]
    result = CliRunner().invoke(app, ["corpus", "add", str(corpus_dir), "--db", str(db), "--engine", "dask"])
    assert result.exit_code == 2 and "--scheduler" in result.output
