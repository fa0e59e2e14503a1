"""Across-article provenance: alignment, direction, quote variants, clustering metrics, evals."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT, require_shared
from typer.testing import CliRunner

from presslens.cli import app
from presslens.corpus.drift import Quote, VariantKind, compare
from presslens.corpus.reprints import Article, align, cited_sources, confirm, direction
from presslens.corpus.stories import cluster_texts
from presslens.evaluation.stories import bcubed

SEED = (ROOT / "examples" / "seed-article.txt").read_text(encoding="utf-8")


def test_alignment_finds_reordered_passages_and_ignores_shared_quotes():
    paragraphs = [p for p in SEED.split("\n") if p.strip()]
    reordered = "A new lede written by another desk.\n" + "\n".join(paragraphs[6:] + paragraphs[:4])
    alignment = align(SEED, reordered)
    assert len(alignment.passages) >= 2 and alignment.unquoted_share > 0.9
    for passage in alignment.passages:
        assert SEED[passage.left_start:passage.left_end].split() == \
            reordered[passage.right_start:passage.right_end].split()
    quote = '"I can\'t see a future for Putin if he loses the war, how do you go back to your people"'
    independent = [f"The minister spoke in Kyiv on Monday. {quote}, Mr Sevimlisoy said.",
                   f"Analysts in London were cautious. {quote}, the expert told MailOnline."]
    assert align(*independent).unquoted_share < 0.3


def test_direction_from_cues_then_dates():
    original = Article("a", "The story.", "Daily Express", "2022-10-06")
    copy = Article("b", "The story. This article was originally published by the Daily Express.",
                   "Aggregator", None)
    assert direction(original, copy) == ("a", "cue")
    assert direction(copy, original) == ("a", "cue")
    dated = Article("c", "The story.", "Other", "2022-10-01")
    assert direction(original, dated) == ("c", "date")
    assert direction(Article("x", "t"), Article("y", "t")) is None
    assert {"AP", "Reuters"} <= set(cited_sources("LONDON (Reuters) - ... (AP) ..."))
    assert "MailOnline" in cited_sources(SEED)


def test_confirm_rejects_unrelated_articles():
    other = "The council met on Tuesday to discuss the budget for parks and libraries next year. " * 5
    assert confirm(Article("a", SEED), Article("b", other)) is None


@pytest.mark.parametrize("first, second, kind", [
    ("“I can’t see a future for Putin,” he said.", "“I can’t see a future for Putin”", VariantKind.verbatim),
    ("“We should definitely support that and push for independence now”",
     "“We should definitely support that”", VariantKind.trimmed),
    ("“We should definitely support that”",
     "“We should definitely support that and push for independence now”", VariantKind.extended),
    ("“I can’t see a future for Putin after this war”", "“I see a future for Putin after this war”",
     VariantKind.changed_meaning),
    ("“Collapse will come from infighting in the services”",
     "“Collapse may come from infighting in the services”", VariantKind.changed_meaning),
    ("“The Ukrainians have the momentum and they are winning the war”",
     "“The Ukrainians have the momentum and are now clearly winning this war”", VariantKind.paraphrased),
])
def test_quote_variants(first, second, kind):
    variant = compare(Quote("a", first), Quote("b", second))
    assert variant is not None and variant.kind is kind


def test_reattributed_and_unrelated_quotes():
    first = Quote("a", "“The Ukrainians have the momentum – they are winning”", "Alp Sevimlisoy")
    moved = Quote("b", "“The Ukrainians have the momentum – they are winning”", "Tim Black")
    assert compare(first, moved).kind is VariantKind.reattributed
    assert compare(first, Quote("c", "“Taxes will go up next year for every household”")) is None
    assert compare(Quote("a", "a “rigged economy” where"), Quote("b", "a “rigged” process")) is None


def test_bcubed_on_hand_made_cases():
    assert bcubed([1, 1, 2, 2], ["a", "a", "b", "b"]) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    merged = bcubed([1, 1, 1, 1], ["a", "a", "b", "b"])
    assert merged["precision"] == 0.5 and merged["recall"] == 1.0
    split = bcubed([1, 2, 3, 4], ["a", "a", "b", "b"])
    assert split["precision"] == 1.0 and split["recall"] == 0.5


def test_clustering_keeps_two_events_of_one_kind_apart():
    quake_a = ["A magnitude 6.1 earthquake struck Aceh province in Indonesia on Tuesday, killing 12 people "
               "in Bener Meriah district, officials in Banda Aceh said.",
               "Rescuers in Aceh searched for survivors after Tuesday's 6.1 quake killed 12 in Bener Meriah.",
               "Indonesia: the 6.1 earthquake in Aceh left 12 dead in Bener Meriah, Banda Aceh officials say."]
    quake_b = ["A 7.2 earthquake hit Iran's Azerbaijan province near Tabriz on Saturday, killing 250 people "
               "in Ahar and Varzaqan, Tehran officials said.",
               "Rescuers near Tabriz dug through rubble after the 7.2 quake killed 250 in Ahar and Varzaqan.",
               "Iran: 250 dead in Ahar and Varzaqan after the 7.2 earthquake near Tabriz, Tehran says."]
    labels = cluster_texts(quake_a + quake_b)
    assert len(set(labels[:3])) == 1 and len(set(labels[3:])) == 1 and labels[0] != labels[3]


def _json(*args: str) -> dict:
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_eval_stories_on_ecbplus():
    scores = _json("eval", "stories", "--gold", str(require_shared("data", "ecbplus")), "--no-cross-validate")
    assert scores["documents"] == 982 and scores["f1"] >= 0.9


def test_eval_reprints_on_generated_set():
    polnear = require_shared("data", "polnear", "train", "text")
    scores = _json("eval", "reprints", "--polnear", str(polnear), "--families", "40")
    assert scores["precision"] >= 0.95 and scores["recall"] >= 0.9 and scores["direction_accuracy"] >= 0.9


def test_eval_drift_on_labelled_pairs():
    scores = _json("eval", "drift", "--gold", str(ROOT / "datasets" / "quote_drift_pairs.jsonl"))
    assert scores["pairs"] == 134 and scores["precision"] >= 0.8


@pytest.mark.parametrize("command", [["eval", "drift"], ["eval", "predictions"]])
@pytest.mark.parametrize("content", ["not json\n", '{"unexpected": 1}\n'])
def test_malformed_labelled_sets_are_clear_errors(tmp_path, command, content):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(app, [*command, "--gold", str(gold)])
    assert result.exit_code == 2 and "is not a labelled set" in result.output


def test_export_to_an_unwritable_place_is_a_clear_error(tmp_path):
    from presslens.corpus.store import Store

    db = tmp_path / "c.duckdb"
    Store(db).close()
    result = CliRunner().invoke(app, ["corpus", "export", "--out", str(tmp_path / "out"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    (tmp_path / "out" / "articles.parquet").unlink()
    (tmp_path / "out" / "articles.parquet").mkdir()  # a directory where the file must go
    failed = CliRunner().invoke(app, ["corpus", "export", "--out", str(tmp_path / "out"), "--db", str(db)])
    assert failed.exit_code == 2 and "cannot export" in failed.output
