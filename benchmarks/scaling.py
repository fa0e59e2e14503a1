"""How the provenance step grows with the corpus: time per article and peak memory at several sizes.

    python benchmarks/scaling.py --sizes 2000 8000 32000 [--per-day 2740] [--json]

Each size runs in a fresh process on a generated corpus built from real texts: every article is
20 sentences drawn from the pool of PolNeAR and ECB+ sentences (so articles share the odd
sentence, as real news does), 5% are reprints of an earlier article (verbatim, trimmed or with a
new lede), and dates advance by ``--per-day`` articles a day (2,740 a day is one million a year).
It times the provenance step as ``corpus add`` runs it (MinHash signatures, band keys into
DuckDB, the candidate join, passage alignment of the candidates). Its memory is read in a fresh
process that opens the finished store and runs the whole candidate join and alignment over it,
as ``corpus add`` does after a batch: peak resident memory above the process's own baseline
(Python, DuckDB and presslens imported). In the same run it times ``analyze`` on 30 of the
articles, so the provenance cost is reported as a share of the analysis cost. The fit over the
sizes is extrapolated to one million articles (see docs/SCALING.md).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def sentence_pool() -> list[str]:
    from presslens.evaluation.stories import read_ecbplus

    texts = [p.read_text(encoding="utf-8") for split in ("train", "dev")
             for p in sorted((SHARED / "polnear" / split / "text").glob("*.txt"))]
    texts += read_ecbplus(SHARED / "ecbplus")[1]
    return [s.strip() for t in texts for s in _SENTENCE.split(t.replace("\n", " ")) if len(s.split()) >= 6]


def generate(size: int, per_day: int, seed: int = 7) -> list[tuple[str, str, str, date]]:
    from presslens.evaluation.reprints import KINDS, derive

    rng = random.Random(seed)
    pool = sentence_pool()
    start = date(2020, 1, 1)
    articles: list[tuple[str, str, str, date]] = []
    for number in range(size):
        day = start + timedelta(days=number // per_day)
        if articles and rng.random() < 0.05:
            _, base, _, _ = articles[rng.randrange(max(0, len(articles) - per_day * 3), len(articles))]
            text = derive(base, rng.choice(KINDS[:3]), "Outlet", None, rng)
        else:
            text = "\n".join(" ".join(rng.sample(pool, 4)) for _ in range(5))
        articles.append((f"a{number:08d}", text, f"Outlet {number % 50}", day))
    return articles


def measure(size: int, per_day: int, memory_limit: str) -> dict:
    """One size, in this (fresh) process."""
    import duckdb

    from presslens.corpus.reprints import candidate_pairs, detect
    from presslens.corpus.signatures import signature_of
    from presslens.corpus.store import insert_rows
    from presslens.ingest import article_from_text
    from presslens.pipeline import analyze_articles

    articles = generate(size, per_day)
    with tempfile.TemporaryDirectory() as folder:
        connection = duckdb.connect(str(Path(folder) / "bench.duckdb"))
        connection.execute(f"SET memory_limit = '{memory_limit}'")
        connection.execute("CREATE TABLE articles (id VARCHAR, text VARCHAR, outlet VARCHAR, published DATE)")
        connection.execute("CREATE TABLE minhash_bands (article_id VARCHAR, time_window INTEGER, "
                           "band SMALLINT, bucket BIGINT)")
        clock = time.perf_counter()
        for offset in range(0, size, 1000):
            chunk = articles[offset:offset + 1000]
            rows = []
            for article_id, text, _, day in chunk:
                signature = signature_of(text, day)
                rows += [(article_id, signature.window, band, key) for band, key in enumerate(signature.band_keys)]
            insert_rows(connection, "articles", [list(a) for a in chunk])
            insert_rows(connection, "minhash_bands", rows)
        signing = time.perf_counter() - clock
        clock = time.perf_counter()
        pairs = sum(1 for _ in candidate_pairs(connection))
        joining = time.perf_counter() - clock
        clock = time.perf_counter()
        confirmed = sum(1 for _ in detect(connection))  # joins again, then aligns what it found
        aligning = time.perf_counter() - clock - joining
        connection.close()
        probe = json.loads(subprocess.run(
            [sys.executable, __file__, "--probe", str(Path(folder) / "bench.duckdb"), "--memory-limit", memory_limit],
            check=True, capture_output=True, text=True).stdout)
    sample = [article_from_text(text) for _, text, _, _ in articles[:30]]
    list(analyze_articles(sample[:2]))  # load and warm the pipeline
    clock = time.perf_counter()
    list(analyze_articles(sample))
    analysis_per_article = (time.perf_counter() - clock) / len(sample)
    provenance = signing + joining + aligning
    return {
        "articles": size,
        "candidate_pairs": pairs,
        "reprint_pairs": confirmed,
        "seconds": {"signatures_and_store": round(signing, 2), "candidate_join": round(joining, 2),
                    "alignment": round(aligning, 2)},
        "provenance_ms_per_article": round(1000 * provenance / size, 3),
        "analysis_ms_per_article": round(1000 * analysis_per_article, 1),
        "provenance_share_of_analysis": round(provenance / size / analysis_per_article, 4),
        "provenance_rss_mb": probe["provenance_rss_mb"],
    }


def probe(path: str, memory_limit: str) -> dict:
    """In a fresh process: peak memory of the candidate join and alignment over a finished store."""
    import duckdb

    from presslens.corpus.reprints import detect

    baseline = _status_kb("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # Linux: restart the peak (VmHWM) from here
    connection = duckdb.connect(path, read_only=True)
    connection.execute(f"SET memory_limit = '{memory_limit}'")
    found = sum(1 for _ in detect(connection))
    return {"reprint_pairs": found, "provenance_rss_mb": round((_status_kb("VmHWM") - baseline) / 1024)}


def _status_kb(field: str) -> int:
    status = Path("/proc/self/status").read_text()
    return int(status.split(f"{field}:")[1].split()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 8000, 32000])
    parser.add_argument("--per-day", type=int, default=2740)
    parser.add_argument("--memory-limit", default="1GB", help="DuckDB's memory_limit (the store uses 512MB).")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size here
    parser.add_argument("--probe", help=argparse.SUPPRESS)  # internal: measure memory on a store
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe(args.probe, args.memory_limit)))
        return
    if args.one:
        print(json.dumps(measure(args.one, args.per_day, args.memory_limit)))
        return
    results = []
    for size in args.sizes:
        output = subprocess.run([sys.executable, __file__, "--one", str(size), "--per-day", str(args.per_day),
                                 "--memory-limit", args.memory_limit],
                                check=True, capture_output=True, text=True).stdout
        results.append(json.loads(output.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), file=sys.stderr)
    first, last = results[0], results[-1]
    slope = (last["provenance_rss_mb"] - first["provenance_rss_mb"]) / (last["articles"] - first["articles"])
    print(json.dumps({
        "per_day": args.per_day,
        "duckdb_memory_limit": args.memory_limit,
        "runs": results,
        "rss_mb_per_1000_articles": round(slope * 1000, 2),
        "provenance_rss_mb_extrapolated_to_1M": round(last["provenance_rss_mb"]
                                                      + slope * (1_000_000 - last["articles"])),
    }, indent=2))


if __name__ == "__main__":
    main()
