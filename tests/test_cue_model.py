"""The learnt attribution cues and roles: training, loading, decoding and what they add."""

from conftest import FIXTURES
from typer.testing import CliRunner

import presslens
from presslens.attribution.content_edges import ContentEdges
from presslens.attribution.cue_model import _runs, load_cue_model, token_features
from presslens.attribution.parse_arrays import parse_arrays
from presslens.attribution.linear import LinearModel
from presslens.attribution.quotes import find_quotes, top_level
from presslens.cli import app
from presslens.evaluation.brat import gold_files, read_polnear
from presslens.ingest import article_from_text


def test_runs_start_at_b_and_continue_over_adjacent_i():
    labels = ["O", "B-CUE", "I-CUE", "O", "I-CUE", "B-CUE", "B-CUE", "I-CUE"]
    assert _runs(labels, "CUE") == [(1, 3), (4, 5), (5, 6), (6, 8)]
    assert _runs(["B-S", "I-C", "I-C"], "C") == [(1, 3)]


def test_gold_offsets_map_into_the_normalised_text():
    article = article_from_text("He said ''no deal'' today.\r\nShe agreed.")
    to_normalised = article.normalised.to_normalised
    assert article.text[to_normalised(8) : to_normalised(19)] == "\u201cno deal\u201d"
    [(article, gold)] = list(read_polnear(gold_files(FIXTURES / "brat")))
    assert [article.text[slice(*g["Cue"])] for g in gold] == ["said", "fear"]


def test_training_writes_models_that_load_and_tag(tmp_path, nlp):
    result = CliRunner().invoke(app, ["train", "attribution", "--data", str(FIXTURES / "brat"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    model = load_cue_model(str(tmp_path))
    assert model.content_edges is not None  # the content-edge scorers were fitted and saved too
    doc = nlp("The mayor said the bridge would reopen.")
    cues = model.cues(token_features(doc, top_level(find_quotes(doc.text))))
    assert [(doc[a:b].text, 0 < p <= 1) for (a, b), p in cues] == [("said", True)]


def test_training_needs_a_polnear_layout(tmp_path):
    result = CliRunner().invoke(app, ["train", "attribution", "--data", str(tmp_path), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "no PolNeAR" in result.output


def test_learnt_cues_go_beyond_the_lexicon():
    """"shows" and "attacked" are in no word list: the model learnt them as cues."""
    analysis = presslens.analyze(
        "A new study by Harvard researchers shows that wages fell by 3 percent last year. "
        "Trump attacked Clinton for her handling of the email scandal."
    )
    found = {(a.cue.text, a.source.text) for a in analysis.attributions}
    assert ("shows", "A new study by Harvard researchers") in found
    assert ("attacked", "Trump") in found
    assert all(0 < a.confidence <= 1 for a in analysis.attributions)


def test_training_without_any_attribution_is_a_clear_error(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text("Nothing is attributed here.", "utf-8")
    (tmp_path / "attributions" / "a_x.ann").write_text("", "utf-8")
    result = CliRunner().invoke(app, ["train", "attribution", "--data", str(tmp_path), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "cannot train" in result.output


def test_analyses_in_threads_agree_with_one_at_a_time():
    """The CRF taggers keep state between tag() and marginal(): they are used under a lock."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "A new study shows that wages fell. \u201cIt is bad,\u201d the mayor said.",
        "Officials believe the fire was started deliberately, according to Reuters.",
    ] * 4
    alone = [presslens.analyze(t).model_dump_json() for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda t: presslens.analyze(t).model_dump_json(), texts))
    assert together == alone


def test_content_edges_move_to_the_boundary_that_scores_best(tmp_path, nlp):
    """Scorers that favour the current start and a sentence's end carry a content cut short by
    a misattached clause to the end of its sentence, and survive a save and a load."""
    doc = nlp("The mayor said the bridge would reopen and traffic would flow again.")
    text = doc.text
    cue = (text.index("said"), text.index("said") + 4)
    content = (text.index("the bridge"), text.index("reopen") + len("reopen"))
    edges = ContentEdges(LinearModel({"current": 2.0}, 0.0), LinearModel({"current": 1.0, "sentence_end": 3.0}, 0.0))
    edges.save(tmp_path / "edges.json")
    loaded = ContentEdges.load(tmp_path / "edges.json")
    parse = parse_arrays(doc)
    moved = loaded.adjust(doc, parse, content, cue, 2)
    assert text[slice(*moved)] == "the bridge would reopen and traffic would flow again"
    kept = ContentEdges(LinearModel({}, 0.0), LinearModel({}, 0.0)).adjust(doc, parse, content, cue, 2)
    assert kept == content  # where nothing was learnt, the edges stay
    assert ContentEdges.load(tmp_path / "missing.json") is None


def test_parse_arrays_read_the_parse_as_spacy_gives_it(nlp):
    """The lists the learnt steps read agree with spaCy's tokens word for word."""
    doc = nlp("The mayor said the bridge, closed since May, would reopen.\n\n“Soon,” she added.")
    parse = parse_arrays(doc)
    for token in doc:
        i = token.i
        assert (parse.lower[i], parse.lemma[i], parse.pos[i], parse.tag[i], parse.dep[i], parse.ent_type[i]) == (
            token.lower_, token.lemma_.lower(), token.pos_, token.tag_, token.dep_, token.ent_type_)
        assert (parse.head[i], parse.idx[i], parse.end(i), parse.is_quote[i], parse.is_punct[i]) == (
            token.head.i, token.idx, token.idx + len(token), token.is_quote, token.is_punct)
        assert parse.children[i] == [c.i for c in token.children]
        assert (parse.left_edge[i], parse.right_edge[i]) == (token.left_edge.i, token.right_edge.i)
        assert (parse.sentence_start[i], parse.sentence_end[i]) == (token.sent.start, token.sent.end)
        assert list(parse.ancestors(i)) == [a.i for a in token.ancestors]
        assert parse.subtree(i) == sorted(t.i for t in token.subtree)
        assert parse.line_break[i] == ("\n" in token.text_with_ws)
    assert parse.sentences() == [(s.start, s.end) for s in doc.sents]
    assert parse_arrays(nlp("")).sentences() == []
