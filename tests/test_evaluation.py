import json

import pytest
from conftest import FIXTURES, require_shared
from typer.testing import CliRunner

from presslens.cli import app
from presslens.evaluation.attribution import _count_matches, evaluate
from presslens.evaluation.brat import read_ann

TEXT = "Alpha beta gamma delta."


def test_exact_and_overlap_matching_are_one_to_one():
    gold = [(0, 5), (6, 10)]
    assert _count_matches(gold, [(0, 5)], TEXT, exact=True) == 1
    assert _count_matches(gold, [(0, 10)], TEXT, exact=True) == 0
    assert _count_matches(gold, [(0, 10)], TEXT, exact=False) == 1
    assert _count_matches(gold, [(0, 5), (0, 5)], TEXT, exact=True) == 1


def test_a_span_without_words_overlaps_by_its_characters():
    text = "PENCE: Well, look."
    assert _count_matches([(5, 6)], [(5, 6)], text, exact=False) == 1
    assert _count_matches([(5, 6)], [(0, 5)], text, exact=False) == 0


def test_brat_events_may_precede_their_spans(tmp_path):
    path = tmp_path / "x.ann"
    path.write_text("E1\tAttribution:T2 Cue:T1\nT1\tCue 0 5\tAlpha\nT2\tAttribution 0 5\tAlpha\nT3\tContent 6 10;11 16\tbeta gamma\n")
    (record,) = read_ann(path)
    assert record.spans == {"Cue": (0, 5)}


def test_scores_and_predictions_on_a_mini_corpus(tmp_path):
    scores = evaluate(FIXTURES / "brat", tmp_path)
    said = scores["all"]["Cue/exact"]
    assert said["gold"] == 2 and said["tp"] >= 1
    assert scores["speech"]["Cue/exact"]["gold"] == 1
    written = (tmp_path / "mini_abcd.ann").read_text()
    assert "\tCue " in written and written.splitlines()[-1].startswith("E")


def test_cli_json_output():
    result = CliRunner().invoke(app, ["eval", "attribution", "--gold", str(FIXTURES / "brat"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["articles"] == 1


def _two_article_corpus(root):
    for sub in ("text", "attributions"):
        (root / sub).mkdir()
    for name in ("mini", "mini2"):
        (root / "text" / f"{name}.txt").write_text((FIXTURES / "brat" / "text" / "mini.txt").read_text())
        (root / "attributions" / f"{name}_abcd.ann").write_text(
            (FIXTURES / "brat" / "attributions" / "mini_abcd.ann").read_text())
    return root


def test_cross_validation_scores_every_article_with_models_trained_on_the_others(tmp_path):
    gold = _two_article_corpus(tmp_path)
    result = CliRunner().invoke(app, ["eval", "attribution", "--gold", str(gold), "--cross-validate", "2", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["cross_validated_folds"] == 2 and scores["all"]["Cue/exact"]["gold"] == 4
    assert scores["all"]["Cue/exact"]["tp"] >= 2  # "said" is learnt from the other article
    too_many = CliRunner().invoke(app, ["eval", "attribution", "--gold", str(gold), "--cross-validate", "3"])
    assert too_many.exit_code == 2 and "needs at least 3 articles" in too_many.output


def test_cli_rejects_a_directory_without_brat_layout(tmp_path):
    result = CliRunner().invoke(app, ["eval", "attribution", "--gold", str(tmp_path)])
    assert result.exit_code == 2 and "text/" in result.output


def test_polnear_dev_sample_runs():
    gold = require_shared("data", "polnear", "dev")
    scores = evaluate(gold, limit=3)
    assert scores["articles"] == 3 and scores["all"]["Cue/exact"]["pred"] > 0


@pytest.mark.parametrize("predicted, label, right", [
    ("Donald J. Trump", "Donald Trump", True),
    ("President Obama", "Barack Obama", True),
    ("Joseph R. Biden Jr.", "Joe Biden", True),
    ("Hillary Rodham Clinton", "Hillary Clinton", True),
    ("Nina Turner", "Turner", True),
    ("Michelle Obama", "Barack Obama", False),
    ("Team Trump", "Donald Trump", False),
    ("Obama Sees 'Personal Insult", "Barack Obama", False),
    ("Gary Johnson", "Jeh Johnson", False),
    (None, "Jeh Johnson", False),
])
def test_a_resolved_speaker_is_right_only_when_its_name_is_the_labelled_person(predicted, label, right):
    from presslens.evaluation.speakers import same_person

    assert same_person(predicted, label) is right


def test_a_labelled_source_resolves_to_the_speaker_it_opens_with_not_one_named_in_its_appositive():
    import presslens
    from presslens.evaluation.speakers import resolved_name

    text = ("Donald Trump said the rally was huge. Jared Sexton teaches writing.\n\nSexton, who has made something of a "
            "study of Trump rallies, drove home.")
    source = "Sexton, who has made something of a study of Trump rallies,"
    start = text.index(source)
    assert resolved_name(presslens.analyze(text), start, start + len(source), lambda offset: offset)[0] == "Jared Sexton"
