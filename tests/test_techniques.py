"""Persuasion techniques: the SemEval-2020 Task 11 scorers on hand-made cases, the model, the CLI."""

from __future__ import annotations

import json

from conftest import FIXTURES, require_shared
from typer.testing import CliRunner

from presslens.cli import app
from presslens.evaluation.semeval import merge, span_identification, technique_classification
from presslens.evaluation.techniques import predict
from presslens.rhetoric.ptc import PTCArticle
from presslens.rhetoric.techniques import (
    HASHER,
    copy_features,
    load,
    sentence_matrix,
    sentiment_entries,
    silenced,
    token_features,
    tokens,
)


def test_si_exact_and_partial_credit():
    assert span_identification({"a": [(0, 10)]}, {"a": [(0, 10)]}) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    # Half of the prediction lies in the gold span; it covers a quarter of the gold span.
    half = span_identification({"a": [(0, 10)]}, {"a": [(5, 25)]})
    assert half["precision"] == 0.5 and half["recall"] == 0.25
    # No overlap, and spans in different articles never match.
    assert span_identification({"a": [(0, 5)]}, {"a": [(5, 9)], "b": [(0, 5)]})["f1"] == 0.0


def test_si_merges_overlapping_spans_before_scoring():
    assert merge([(5, 10), (0, 6), (12, 14), (14, 15)]) == [(0, 10), (12, 15)]
    # Two overlapping predictions over one gold span are not credited twice.
    scores = span_identification({"a": [(0, 6), (4, 10)]}, {"a": [(0, 10)]})
    assert scores == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_tc_micro_f1_over_gold_spans():
    gold = [("a", "Loaded_Language", 0, 5), ("a", "Doubt", 0, 5), ("a", "Slogans", 10, 20)]
    predicted = [("a", "Doubt", 0, 5), ("a", "Slogans", 10, 20), ("a", "Slogans", 10, 20)]
    scores = technique_classification(predicted, gold)
    assert scores["precision"] == round(2 / 3, 4) and scores["recall"] == round(2 / 3, 4)


def test_seed_loaded_language_and_labels_are_flagged(seed_analysis):
    flagged = [t.span.text for t in seed_analysis.techniques]
    for phrase in ("brutal assessment", "sham referendums", "latest humiliation", "tyrant", "unthinkable"):
        assert any(phrase in span or span in phrase for span in flagged), phrase
    for technique in seed_analysis.techniques:
        assert technique.reason and seed_analysis.text[technique.span.start:technique.span.end] == technique.span.text


def test_reasons_name_the_sentiment_lexicon_entries(seed_analysis):
    assert sentiment_entries("a brutal assessment, the latest humiliation and a fine day") == [
        ("brutal", -3.1), ("humiliation", -2.7), ("fine", 0.8)]
    assert sentiment_entries("") == []
    brutal = next(t for t in seed_analysis.techniques if "brutal" in t.span.text)
    assert "sentiment lexicon (VADER): brutal -3.1" in brutal.reason


def test_train_and_eval_commands_on_a_tiny_corpus(tmp_path):
    out = tmp_path / "techniques.joblib"
    trained = CliRunner().invoke(app, ["train", "techniques", "--data", str(FIXTURES / "ptc"), "--out", str(out)])
    assert trained.exit_code == 0, trained.output
    predictions = tmp_path / "predictions"
    result = CliRunner().invoke(app, ["eval", "techniques", "--gold", str(FIXTURES / "ptc"), "--model", str(out),
                                      "--predictions", str(predictions), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["articles"] == 3 and scores["tc"]["f1"] > 0.5
    for line in (predictions / "predictions-task2-TC.txt").read_text().splitlines():
        article, technique, start, end = line.split("\t")
        assert article.startswith("9000000") and int(start) < int(end)
    missing = CliRunner().invoke(app, ["eval", "techniques", "--gold", str(tmp_path)])
    assert missing.exit_code == 2


def test_committed_model_scores_the_shared_articles():
    gold = require_shared("data", "ptc")
    result = CliRunner().invoke(app, ["eval", "techniques", "--gold", str(gold), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["tc"]["f1"] > 0.5  # training data: a smoke test, not a figure


def test_training_without_labels_is_a_clear_error(tmp_path):
    (tmp_path / "train-articles").mkdir()
    (tmp_path / "train-articles" / "article1.txt").write_text("Nothing labelled here.", "utf-8")
    result = CliRunner().invoke(app, ["train", "techniques", "--data", str(tmp_path), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "no technique labels" in result.output


def test_a_span_given_twice_takes_its_two_most_probable_techniques(nlp):
    text = "The corrupt elites will destroy our great nation."
    article = PTCArticle("1", text, techniques=[("Loaded_Language", 4, 11), ("Name_Calling,Labeling", 4, 11)])
    _, labels = predict(load(), [article], [nlp(text)])
    assert len({technique for _, technique, _, _ in labels}) == 2


def test_texts_of_fewer_words_than_the_tagger_window_are_tagged(nlp):
    """The tagger reads two words either side; texts shorter than that still get a feature row per word."""
    for text in ("Traitors", "Traitors !", "Shameful traitors !", "Shameful , cowardly traitors"):
        found = tokens(text)
        rows = token_features(nlp(text), found)
        assert len(rows) == len(found) and all(row[0].startswith("w=") for row in rows)
        assert load().find_spans(nlp(text), text) is not None


def test_a_phrase_flagged_again_is_marked_as_a_later_copy():
    """Case and punctuation aside; a span given twice at one place is one occurrence."""
    text = "Build the wall! They mocked us. BUILD THE WALL. Build the wall, again."
    spans = [(0, 14), (0, 14), (32, 46), (48, 62), (16, 30)]
    assert copy_features(text, spans) == [
        ["copies=first"], ["copies=first"], ["copies=later"], ["copies=later"], []]


def test_the_sentence_filter_silences_only_sentences_under_its_floor():
    text = "Shameful traitors ! The meeting is on Tuesday . Corrupt elites lie"
    found = tokens(text)
    probabilities = [0.5] * len(found)
    ranges, matrix = sentence_matrix(text, found, probabilities)
    assert [len(r) for r in ranges] == [3, 6, 3] and matrix.shape[0] == 3
    kept = silenced(probabilities, ranges, [0.9, 0.1, 0.3], floor=0.3)
    assert kept == [0.5] * 3 + [0.0] * 6 + [0.5] * 3
    no_words, empty = sentence_matrix("", [], [])
    assert no_words == [] and empty.shape == (0, matrix.shape[1])


def test_the_committed_model_filters_sentences_with_matching_columns():
    """The filter reads the hashed sentence features, the word vectors and four marginal
    columns: a rebuilt vector table without a retrained model would break every analysis."""
    model = load()
    assert model.sentence_filter is not None and 0 < model.floor < 1
    text = "They are traitors."
    _, matrix = sentence_matrix(text, tokens(text), [0.1] * len(tokens(text)))
    assert model.sentence_filter.coef_.shape[1] == matrix.shape[1] > HASHER.n_features
