"""The ``presslens`` command line: analyse articles, evaluate, publish the schema."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from presslens.errors import InputError
from presslens.ingest import DEFAULT_MAX_CHARS, load_bytes, load_path

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
eval_app = typer.Typer(no_args_is_help=True, help="Score presslens against gold corpora.")
app.add_typer(eval_app, name="eval")
_stderr = Console(stderr=True)


class OutputFormat(str, Enum):
    summary = "summary"
    json = "json"


def _fail(message: str, code: int = 2) -> None:
    _stderr.print(f"[bold red]error:[/] {message}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@app.command()
def analyze(
    article: str = typer.Argument("-", help="A .txt, .html or .json/.jsonl file; '-' reads stdin."),
    output_format: OutputFormat = typer.Option(OutputFormat.summary, "--format", "-f"),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, help="Refuse longer articles."),
) -> None:
    """Who said what in an article: speakers, quotes, cues, media, provenance."""
    from presslens.pipeline import analyze_articles
    from presslens.report.terminal import print_summary

    try:
        if article == "-":
            articles = load_bytes(sys.stdin.buffer.read(), None, max_chars)
        else:
            articles = load_path(Path(article), max_chars)
        analyses = list(analyze_articles(articles))
    except InputError as error:
        _fail(str(error))
        return
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        if output_format is OutputFormat.json:
            if len(analyses) == 1:
                stream.write(analyses[0].model_dump_json(indent=2) + "\n")
            else:
                stream.write(json.dumps([a.model_dump(mode="json") for a in analyses], indent=2) + "\n")
        else:
            console = Console(file=stream, width=None if output is None else 120)
            for analysis in analyses:
                print_summary(analysis, console)
    finally:
        if output:
            stream.close()


@app.command()
def schema(output: Path | None = typer.Option(None, "--output", "-o")) -> None:
    """Print the JSON Schema of the analysis document."""
    from presslens.model import SCHEMA_VERSION, Analysis

    document = Analysis.model_json_schema()
    document["$id"] = f"https://presslens.invalid/schema/analysis-{SCHEMA_VERSION}.json"
    document["version"] = SCHEMA_VERSION
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


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
        _fail(f"{gold} does not hold text/ and attributions/ directories")
    scores = evaluate(gold, predictions, limit)
    if as_json:
        sys.stdout.write(json.dumps(scores, indent=2) + "\n")
    else:
        Console().print(format_table(scores))
