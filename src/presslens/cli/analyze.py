"""``presslens analyze``, ``schema`` and ``serve``: one article at a time, and the web app."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from presslens.cli.app import app, fail, stderr
from presslens.errors import InputError
from presslens.ingest import DEFAULT_MAX_CHARS, load_bytes, load_path


class OutputFormat(str, Enum):
    summary = "summary"
    json = "json"
    html = "html"


@app.command()
def analyze(
    article: str = typer.Argument("-", help="A .txt, .html or .json/.jsonl file; '-' reads stdin."),
    output_format: OutputFormat = typer.Option(OutputFormat.summary, "--format", "-f"),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, help="Refuse longer articles."),
) -> None:
    """Who said what in an article: speakers, quotes, cues, media, provenance.

    With --format html, -o names the report file; for an input of several records it names a
    directory that receives one report per record.
    """
    from presslens.pipeline import analyze_articles
    from presslens.report.terminal import print_summary

    try:
        if article == "-":
            articles = load_bytes(sys.stdin.buffer.read(), None, max_chars)
        else:
            articles = load_path(Path(article), max_chars)
        analyses = list(analyze_articles(articles))
    except InputError as error:
        fail(str(error))
        return
    if output_format is OutputFormat.html and len(analyses) > 1:
        _write_html_reports(analyses, output)
        return
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        if output_format is OutputFormat.html:
            from presslens.report.html import render_report

            stream.write(render_report(analyses[0]))
        elif output_format is OutputFormat.json:
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


def _write_html_reports(analyses: list, directory: Path | None) -> None:
    from presslens.report.html import render_report

    if directory is None or not directory.is_dir():
        fail(f"the input holds {len(analyses)} articles: give an existing directory with -o "
              "to receive one HTML report per article")
        return
    for number, analysis in enumerate(analyses, 1):
        (directory / f"article-{number:04d}.html").write_text(render_report(analysis), "utf-8")
    stderr.print(f"wrote {len(analyses)} reports to {directory}", highlight=False)


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


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="TCP port."),
    workers: int = typer.Option(1, min=1, help="Worker processes, each with its own pipeline."),
    max_body_bytes: int = typer.Option(5_000_000, help="Refuse larger requests with 413."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, help="Refuse longer articles."),
) -> None:
    """Run the web app: a page to paste or upload an article, and the JSON API under /api."""
    import os

    import uvicorn

    # Worker processes build the app from the environment (uvicorn imports a factory by name).
    os.environ["PRESSLENS_MAX_BODY_BYTES"] = str(max_body_bytes)
    os.environ["PRESSLENS_MAX_CHARS"] = str(max_chars)
    uvicorn.run("presslens.web.app:create_app", factory=True, host=host, port=port,
                workers=workers, log_level="info")
