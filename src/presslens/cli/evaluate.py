"""``presslens eval ...``: score each analysis layer against gold corpora."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from presslens.cli.app import app, fail

eval_app = typer.Typer(no_args_is_help=True, help="Score presslens against gold corpora.")
app.add_typer(eval_app, name="eval")


@eval_app.command("attribution")
def eval_attribution(
    gold: Path = typer.Option(..., "--gold", help="A PolNeAR-layout directory (text/, attributions/)."),
    predictions: Path | None = typer.Option(None, "--predictions", help="Write predicted .ann files here."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    limit: int | None = typer.Option(None, help="Score only the first N articles."),
) -> None:
    """Precision, recall and F1 of Source, Cue and Content spans against brat gold."""
    from presslens.evaluation.attribution import evaluate, format_table

    if not (gold / "text").is_dir() or not (gold / "attributions").is_dir():
        fail(f"{gold} does not hold text/ and attributions/ directories")
    scores = evaluate(gold, predictions, limit)
    if as_json:
        sys.stdout.write(json.dumps(scores, indent=2) + "\n")
    else:
        Console().print(format_table(scores))
