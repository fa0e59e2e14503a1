"""``presslens eval ...``: score each analysis layer against gold corpora."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from presslens.cli.app import app, fail

eval_app = typer.Typer(no_args_is_help=True, help="Score presslens against gold corpora.")
app.add_typer(eval_app, name="eval")


def _score_labelled(evaluate, gold: Path, *args) -> dict:
    """Score against one of the hand-labelled JSON Lines sets; a malformed file is a clear error."""
    try:
        return evaluate(gold, *args)
    except (json.JSONDecodeError, KeyError, TypeError, OSError) as error:
        fail(f"{gold} is not a labelled set this command reads ({type(error).__name__}: {error})")


def _show(scores: dict, as_json: bool, table: Table) -> None:
    """Every eval command prints its scores either as one JSON document or as a table."""
    if as_json:
        sys.stdout.write(json.dumps(scores, indent=2) + "\n")
    else:
        Console().print(table)


@eval_app.command("attribution")
def eval_attribution(
    gold: Path = typer.Option(..., "--gold", help="A PolNeAR-layout directory (text/, attributions/)."),
    predictions: Path | None = typer.Option(None, "--predictions", help="Write predicted .ann files here."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    limit: int | None = typer.Option(None, help="Score only the first N articles."),
    cross_validate: int = typer.Option(0, "--cross-validate", min=0,
                                       help="K > 1: train fresh models on K-1 folds, score the other (minutes per fold)."),
) -> None:
    """Precision, recall and F1 of Source, Cue and Content spans against brat gold."""
    from presslens.evaluation.attribution import evaluate, format_table

    if not (gold / "text").is_dir() or not (gold / "attributions").is_dir():
        fail(f"{gold} does not hold text/ and attributions/ directories")
    try:
        scores = evaluate(gold, predictions, limit, cross_validate)
    except ValueError as error:
        fail(str(error))
    _show(scores, as_json, format_table(scores))


@eval_app.command("stories")
def eval_stories(
    gold: Path = typer.Option(..., "--gold", help="The ECB+ directory (TOPIC/TOPIC_Necb[plus].xml)."),
    threshold: float | None = typer.Option(None, help="Cosine distance cut (default: the built-in)."),
    cross_validate: bool = typer.Option(True, help="Also two-fold cross-validate the threshold."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """B-cubed precision/recall/F1 and adjusted Rand index of same-story clustering on ECB+."""
    from presslens.corpus.stories import DEFAULT_THRESHOLD
    from presslens.evaluation.stories import evaluate

    if not gold.is_dir() or not any(gold.rglob("*ecb*.xml")):
        fail(f"{gold} holds no ECB+ documents (TOPIC/N_Mecb.xml, N_Mecbplus.xml)")
    scores = evaluate(gold, threshold or DEFAULT_THRESHOLD, cross_validate)
    table = Table(title=f"Same-story clustering, {scores['documents']} documents, "
                        f"{scores['gold_stories']} gold stories")
    for column in ("run", "threshold", "B3 precision", "B3 recall", "B3 F1", "ARI"):
        table.add_column(column)
    rows = [("all documents", scores)]
    if "cross_validated" in scores:
        rows += [(f"fold {n}", fold) for n, fold in enumerate(scores["cross_validated"]["folds"], 1)]
        rows.append(("2-fold mean", {**scores["cross_validated"], "threshold": "-"}))
    for name, row in rows:
        table.add_row(name, str(row["threshold"]), *(f"{row[k]:.3f}" for k in ("precision", "recall", "f1", "ari")))
    _show(scores, as_json, table)


@eval_app.command("reprints")
def eval_reprints(
    polnear: Path = typer.Option(..., "--polnear", help="A directory of real article .txt files "
                                 "(PolNeAR's train/text) to derive copies from."),
    ecbplus: Path | None = typer.Option(None, "--ecbplus", help="ECB+ directory: hard negatives."),
    families: int = typer.Option(200, min=4, help="Original-and-copy pairs to generate."),
    seed: int = typer.Option(13, help="Generator seed."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Precision/recall of reprint pairs and accuracy of their direction on a generated set."""
    from presslens.evaluation.reprints import evaluate

    if not any(polnear.glob("*.txt")):
        fail(f"{polnear} holds no .txt articles")
    scores = evaluate(polnear, ecbplus, families, seed)
    table = Table(title=f"Reprint detection, {scores['articles']} articles, {scores['gold_pairs']} gold pairs")
    for column in ("measure", "value"):
        table.add_column(column)
    for key in ("found_pairs", "precision", "recall", "direction_decidable", "direction_accuracy"):
        table.add_row(key.replace("_", " "), str(scores[key]))
    for kind, recall in scores["recall_by_kind"].items():
        table.add_row(f"recall, {kind} copies", str(recall))
    _show(scores, as_json, table)


@eval_app.command("drift")
def eval_drift(
    gold: Path = typer.Option(Path("datasets/quote_drift_pairs.jsonl"), "--gold",
                              help="JSON Lines of labelled quote pairs (first, second, same_quote)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores (and errors) as JSON."),
) -> None:
    """Precision/recall of matching the same quote across articles, on hand-labelled pairs."""
    from presslens.evaluation.drift import evaluate

    if not gold.is_file():
        fail(f"no labelled pairs at {gold}")
    scores = _score_labelled(evaluate, gold)
    table = Table(title=f"Quote matching, {scores['pairs']} labelled pairs, "
                        f"{scores['same_quote_pairs']} of the same quote")
    for column in ("precision", "recall", "F1", "variants of matched pairs"):
        table.add_column(column)
    variants = ", ".join(f"{k} {v}" for k, v in sorted(scores["variants_of_matched"].items()))
    table.add_row(f"{scores['precision']:.3f}", f"{scores['recall']:.3f}", f"{scores['f1']:.3f}", variants)
    _show(scores, as_json, table)


@eval_app.command("checkworthy")
def eval_checkworthy(
    gold: Path = typer.Option(..., "--gold", help="A CheckThat! TSV (Sentence_id, Text, class_label)."),
    model: Path | None = typer.Option(None, "--model", help="A trained model (default: the committed one)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Precision, recall and F1 of the Yes class of check-worthiness."""
    from presslens.claims.checkworthiness import evaluate, load

    if not gold.is_file():
        fail(f"no such file: {gold}")
    try:
        scores = evaluate(load(str(model) if model else None), gold)
    except (KeyError, ValueError) as error:
        fail(f"{gold} is not a CheckThat! TSV with Text and class_label columns ({error})")
        return
    table = Table(title=f"Check-worthiness, {scores['sentences']} sentences, {scores['yes']} Yes")
    for column in ("threshold", "precision (Yes)", "recall (Yes)", "F1 (Yes)"):
        table.add_column(column)
    table.add_row(str(scores["threshold"]), *(f"{scores[k]:.3f}" for k in ("precision", "recall", "f1")))
    _show(scores, as_json, table)


@eval_app.command("predictions")
def eval_predictions(
    gold: Path = typer.Option(Path("datasets/predictions_dev.jsonl"), "--gold",
                              help="JSON Lines of labelled sentences (text, is_prediction)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores (and errors) as JSON."),
) -> None:
    """Precision/recall of finding predictions, on hand-labelled sentences."""
    from presslens.evaluation.predictions import evaluate

    if not gold.is_file():
        fail(f"no labelled sentences at {gold}")
    scores = _score_labelled(evaluate, gold)
    table = Table(title=f"Predictions, {scores['sentences']} labelled sentences, {scores['predictions']} with one")
    for column in ("precision", "recall", "F1"):
        table.add_column(column)
    table.add_row(*(f"{scores[k]:.3f}" for k in ("precision", "recall", "f1")))
    _show(scores, as_json, table)


@eval_app.command("techniques")
def eval_techniques(
    gold: Path = typer.Option(..., "--gold", help="A PTC-layout folder (articles and label files)."),
    cross_validate: int = typer.Option(0, "--cross-validate", min=0,
                                       help="K > 1: article-grouped K-fold with fresh models (else the committed one)."),
    model: Path | None = typer.Option(None, "--model", help="A trained model (default: the committed one)."),
    predictions: Path | None = typer.Option(None, "--predictions",
                                            help="Write SI and TC predictions in the task's formats here."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """SemEval-2020 Task 11 span identification and technique classification scores."""
    from presslens.evaluation import techniques as scoring
    from presslens.rhetoric.ptc import read_ptc
    from presslens.rhetoric.techniques import load
    from presslens.rhetoric.training import parse_articles

    try:
        articles = read_ptc(gold)
    except FileNotFoundError as error:
        fail(str(error))
        return
    docs = parse_articles(articles)
    if cross_validate > 1:
        scores = scoring.cross_validate(articles, docs, cross_validate)
    else:
        scores = scoring.score(load(str(model) if model else None), articles, docs, predictions)
    title = f"Persuasion techniques, {scores['articles']} articles" + (
        f", {cross_validate}-fold article-grouped cross-validation" if cross_validate > 1 else "")
    table = Table(title=title)
    for column in ("task", "precision", "recall", "F1"):
        table.add_column(column)
    for task, name in (("si", "span identification"), ("tc", "technique classification (micro)")):
        table.add_row(name, *(f"{scores[task][k]:.3f}" for k in ("precision", "recall", "f1")))
    _show(scores, as_json, table)


@eval_app.command("speakers")
def eval_speakers(
    texts: Path = typer.Option(..., "--texts", help="PolNeAR train/text (the articles the labels point into)."),
    gold: Path = typer.Option(Path("datasets/speaker_resolution.jsonl"), "--gold",
                              help="JSON Lines of labelled sources (article, start, end, kind, speaker)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores (and errors) as JSON."),
) -> None:
    """Accuracy of the canonical speaker for pronoun, surname and description sources."""
    from presslens.evaluation.speakers import evaluate

    if not gold.is_file() or not texts.is_dir():
        fail(f"need labelled sources at {gold} and article texts in {texts}")
    scores = _score_labelled(evaluate, gold, texts)
    table = Table(title=f"Speaker resolution, {scores['sources']} labelled sources in {scores['articles']} articles")
    for column in ("source kind", "sources", "accuracy"):
        table.add_column(column)
    for kind, row in sorted(scores["by_kind"].items()):
        table.add_row(kind, str(row["sources"]), f"{row['accuracy']:.3f}")
    table.add_row("all", str(scores["sources"]), f"{scores['accuracy']:.3f}")
    _show(scores, as_json, table)
