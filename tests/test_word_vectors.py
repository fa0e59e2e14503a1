"""Static word vectors for the technique classifier: vocabulary, build, lookup, the artifact."""

from __future__ import annotations

import numpy as np
from typer.testing import CliRunner

from presslens.cli import app
from presslens.rhetoric.word_vectors import build, load, save, vocabulary


def test_the_vocabulary_holds_recurring_words_and_lexicon_entries_but_no_numbers():
    words = vocabulary(["The hoax, the HOAX: 2016 and 2016.", "a one-off"], extra=["Disgrace", "not a word"])
    assert words == ["disgrace", "hoax", "the"]


def test_a_built_table_is_reduced_and_a_text_s_vector_is_the_unit_mean_of_its_known_words():
    rng = np.random.default_rng(0)
    words = [f"w{k}" for k in range(10)]
    vectors = build(words, lambda batch: rng.normal(size=(len(batch), 8)), dimensions=4)
    assert vectors.matrix.shape == (10, 4) and vectors.matrix.dtype == np.float16
    rows = vectors.of_texts(["W1 and w2", "nothing known", ""])
    expected = vectors.matrix[[1, 2]].astype(np.float32).mean(axis=0)
    assert np.allclose(rows[0], expected / np.linalg.norm(expected), atol=1e-3)
    assert not rows[1].any() and not rows[2].any() and rows.shape == (3, 4)


def test_a_saved_table_loads_back_and_the_committed_one_knows_loaded_words(tmp_path):
    vectors = build(["alpha", "beta", "gamma"], lambda batch: np.eye(3)[: len(batch)], dimensions=2)
    save(vectors, tmp_path / "v.npz")
    again = load(str(tmp_path / "v.npz"))
    assert again.words == ("alpha", "beta", "gamma") and np.allclose(again.matrix, vectors.matrix)
    committed = load()
    assert {"disgrace", "shameful", "traitor"} <= set(committed.index)
    disgrace, shameful, tuesday = committed.of_texts(["disgrace", "shameful", "tuesday"])
    assert disgrace @ shameful > disgrace @ tuesday  # what the vectors are for: words near in meaning


def test_building_word_vectors_without_the_extra_or_the_data_says_why(tmp_path):
    result = CliRunner().invoke(app, ["train", "word-vectors", "--data", str(tmp_path), "--out", str(tmp_path / "v.npz")])
    assert result.exit_code == 2 and ("vectors extra" in result.output or "no .txt or .tsv" in result.output)


def test_the_committed_technique_classifier_reads_the_committed_vectors():
    """Rebuilding the table with other dimensions without retraining the techniques would break
    every analysis: the classifier's columns are the hashed features then the vectors."""
    from presslens.rhetoric import techniques

    columns = techniques.load().classifier.coef_.shape[1]
    assert columns == techniques.HASHER.n_features + load().matrix.shape[1]
