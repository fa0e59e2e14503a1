"""The claims layer: hedges, quantities, kinds, the seed's claims, training and evaluation."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, require_shared
from typer.testing import CliRunner

import presslens
from presslens.claims.checkworthiness import load, parsed_views
from presslens.claims.quantities import parse_value
from presslens.cli import app
from presslens.model import ClaimKind


def _claim_containing(analysis, words: str):
    return next(c for c in analysis.claims if words in c.span.text)


def test_seed_claims_are_found_with_hedges_numbers_and_speakers(seed_analysis):
    signed_up = _claim_containing(seed_analysis, "have reportedly signed up")
    assert signed_up.kind is ClaimKind.statistic
    assert [h.text for h in signed_up.hedges] == ["reportedly"]
    assert (signed_up.quantities[0].value, signed_up.quantities[0].unit) == (200_000, "man")
    moved = _claim_containing(seed_analysis, "have moved to Kazakhstan")
    assert moved.quantities[0].value == 200_000
    recognise = _claim_containing(seed_analysis, "does not formally recognise")
    assert seed_analysis.speaker(recognise.speaker_id).canonical_name == "Kazakhstan"
    letter = _claim_containing(seed_analysis, "wrote Putin a letter")
    assert letter.kind is ClaimKind.action_or_statement
    _claim_containing(seed_analysis, "has been arrested for protesting the war")
    for claim in seed_analysis.claims:
        assert seed_analysis.text[claim.span.start:claim.span.end] == claim.span.text
        assert claim.checkworthiness >= seed_analysis.checkworthiness_threshold
    assert len(seed_analysis.sentences) > len(seed_analysis.claims)


@pytest.mark.parametrize("text, value", [("200,000", 200_000), ("£1.5bn", 1.5e9), ("four", 4),
                                         ("3.5 million", 3.5e6), ("40%", 40), ("zero-sum", None)])
def test_quantity_values(text, value):
    assert parse_value(text) == value


def test_hedges_only_in_their_place(nlp):
    analysis = presslens.analyze(
        "The minister allegedly took about 2,000 dollars in May. It is believed the bank may close. "
        "Prices rose because the central bank raised interest rates by 2 percent last year."
    )
    hedges = {h.text for c in analysis.claims for h in c.hedges}
    assert {"allegedly", "about"} <= hedges and "May" not in hedges
    causal = [c for c in analysis.claims if "because" in c.span.text]
    assert not causal or causal[0].kind in {ClaimKind.causal, ClaimKind.statistic}


def test_empty_text_has_no_sentences(nlp):
    analysis = presslens.analyze("   ")
    assert analysis.sentences == [] and analysis.claims == []


def test_train_command_writes_a_loadable_model(tmp_path):
    out = tmp_path / "model.joblib"
    result = CliRunner().invoke(app, ["train", "checkworthy", "--data", str(FIXTURES / "checkworthy"),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    model = load(str(out))
    assert 0 < model.threshold < 1 and len(model.scores(parsed_views(["Unemployment fell to 4 percent."]))) == 1
    scored = CliRunner().invoke(app, ["eval", "checkworthy", "--gold",
                                      str(FIXTURES / "checkworthy" / "tiny_dev.tsv"), "--model", str(out), "--json"])
    assert scored.exit_code == 0 and json.loads(scored.output)["sentences"] == 20


def test_eval_checkworthy_on_dev_test():
    gold = require_shared("data", "checkworthy", "CT24_checkworthy_english_dev-test.tsv")
    result = CliRunner().invoke(app, ["eval", "checkworthy", "--gold", str(gold), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["f1"] >= 0.7


def _prediction(analysis, words: str):
    return next(p for p in analysis.predictions if words in p.outcome.text)


@pytest.mark.parametrize("words, holder, condition, certainty", [
    ("lead to the end of Putin’s reign", "Alp Sevimlisoy", None, 0.95),
    ("Russia itself could be carved up", "Alp Sevimlisoy", "in the event of a military defeat", 0.40),
    ("parts of Russia will look to separate", "Alp Sevimlisoy", "if Putin fails to achieve victory in Ukraine", 0.85),
    ("collapse will come from infighting", "Alp Sevimlisoy", None, 0.75),
    ("would also spell the demise", "Alp Sevimlisoy", None, 0.65),
    ("not be able to survive a real military defeat", "Grigory Yudin", None, 0.65),
    ("may encourage him to do the unthinkable", "some", None, 0.35),
])
def test_seed_predictions(seed_analysis, words, holder, condition, certainty):
    prediction = _prediction(seed_analysis, words)
    assert seed_analysis.speaker(prediction.holder_speaker_id).canonical_name == holder
    assert (prediction.condition.text if prediction.condition else None) == condition
    assert prediction.certainty == certainty


@pytest.mark.parametrize("sentence", [
    "So why would Trump even go down that road.",
    "He could not resist pointing it out.",
    "No sane person would want that.",
    "The best approach may be to wait for his successor.",
    "He would have won the race.",
    "I would say the cost of doing nothing is far higher.",
])
def test_not_predictions(nlp, sentence):
    assert presslens.analyze(sentence).predictions == []


def test_prediction_horizon_and_article_holder(nlp):
    [prediction] = presslens.analyze("Prices will rise by the end of 2027.").predictions
    assert prediction.holder_speaker_id is None and prediction.horizon.text == "by the end of 2027"


def test_eval_predictions_on_labelled_sentences():
    result = CliRunner().invoke(app, ["eval", "predictions", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["sentences"] == 60 and scores["recall"] >= 0.8


def test_training_on_malformed_tsvs_is_a_clear_error(tmp_path):
    for split in ("x_train.tsv", "x_dev.tsv"):
        (tmp_path / split).write_text("a\tb\n1\t2\n", "utf-8")
    result = CliRunner().invoke(app, ["train", "checkworthy", "--data", str(tmp_path), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "cannot train" in result.output


@pytest.mark.parametrize("sentence", [
    "It's unclear whether any of those methods will work here.",
    "If the plan rejected single mothers, black families would be especially affected.",
    "They thought that a speech by the president would do it.",
])
def test_open_questions_hypotheticals_and_past_beliefs_are_no_predictions(sentence):
    assert presslens.analyze(sentence).predictions == []


def test_a_reported_effect_on_some_people_is_a_prediction():
    analysis = presslens.analyze("Some average Americans would see their taxes go up under the plan, analysts said.")
    assert [p.cue.text for p in analysis.predictions] == ["would"]
