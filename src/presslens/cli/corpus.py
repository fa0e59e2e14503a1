"""``presslens corpus ...``: build a DuckDB corpus store and ask it questions."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import duckdb
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from presslens.cli.app import app, fail, stderr
from presslens.ingest import DEFAULT_MAX_CHARS

corpus_app = typer.Typer(no_args_is_help=True, help="Store many articles in DuckDB and query them.")
app.add_typer(corpus_app, name="corpus")
DB_OPTION = typer.Option(Path("presslens.duckdb"), "--db", help="The corpus database file.")


class EngineKind(str, Enum):
    local = "local"
    dask = "dask"


class ExportFormat(str, Enum):
    parquet = "parquet"
    jsonl = "jsonl"
    csv = "csv"


class ReportName(str, Enum):
    speakers = "speakers"
    outlets = "outlets"
    quotes = "quotes"
    claims = "claims"
    techniques = "techniques"
    stories = "stories"


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f} articles/s" if task.speed else "- articles/s")


def _open(db: Path, read_only: bool):
    from presslens.corpus.store import Store

    try:
        return Store(db, read_only=read_only)
    except (FileNotFoundError, duckdb.Error) as error:
        fail(f"cannot open {db}: {error}")


def print_rows(columns: list[str], rows: list[tuple], title: str | None = None) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(Text("" if value is None else str(value)) for value in row))
    Console().print(table)


@corpus_app.command("add")
def add(
    inputs: list[str] = typer.Argument(..., help="Folders, .txt/.html/.json/.jsonl files, or '-'."),
    db: Path = DB_OPTION,
    workers: int = typer.Option(1, min=1, help="Local worker processes."),
    engine: EngineKind = typer.Option(EngineKind.local, help="local processes or a Dask cluster."),
    scheduler: str | None = typer.Option(None, help="Dask scheduler address, with --engine dask."),
    batch_size: int = typer.Option(16, min=1, help="Articles per task and per transaction."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, help="Reject longer articles."),
) -> None:
    """Analyse and store every article not stored yet; safe to kill and run again."""
    from presslens.corpus.ingest import add_items, make_engine
    from presslens.corpus.sources import count_inputs, iter_items

    store = _open(db, read_only=False)
    try:
        runner = make_engine(engine.value, workers, scheduler)
    except (ValueError, OSError) as error:
        store.close()
        fail(str(error))
        return
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
               TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn()]
    try:
        with Progress(*columns, console=stderr, transient=False) as progress:
            task = progress.add_task("analysing", total=count_inputs(inputs))
            summary = add_items(store, iter_items(inputs, max_chars), runner, batch_size,
                                in_flight=2 * workers,
                                progress=lambda done: progress.advance(task, done))
        total = store.count()
    finally:
        runner.close()
        store.close()
    stderr.print(f"added {len(summary.added_ids)}, already stored {summary.already_stored}, "
                 f"rejected {len(summary.rejected)}, reprint pairs found {summary.reprints}; "
                 f"{total} articles in {db}", highlight=False)
    for origin, reason in summary.rejected[:10]:
        stderr.print(Text(f"  rejected {origin}: {reason}"))
    if len(summary.rejected) > 10:
        stderr.print(f"  ... and {len(summary.rejected) - 10} more: SELECT * FROM rejected")


@corpus_app.command("export")
def export(
    out: Path = typer.Option(..., "--out", "-o", help="Directory to write one file per table into."),
    output_format: ExportFormat = typer.Option(ExportFormat.parquet, "--format", "-f"),
    db: Path = DB_OPTION,
) -> None:
    """Write every table of the store as Parquet, JSON Lines or CSV files."""
    from presslens.corpus.store import TABLES

    store = _open(db, read_only=True)
    out.mkdir(parents=True, exist_ok=True)
    options = {"parquet": "FORMAT parquet", "jsonl": "FORMAT json", "csv": "FORMAT csv, HEADER"}
    try:
        for table in TABLES:
            target = out / f"{table}.{output_format.value}"
            quoted = str(target).replace("'", "''")
            store.connection.execute(f"COPY {table} TO '{quoted}' ({options[output_format.value]})")
            stderr.print(f"wrote {target}", highlight=False)
    except duckdb.Error as error:
        fail(f"cannot export from {db} to {out}: {error}")
    finally:
        store.close()


@corpus_app.command("sql")
def sql(
    query: str = typer.Argument(..., help="A read-only SQL query over the store's tables."),
    db: Path = DB_OPTION,
    limit: int = typer.Option(1000, help="Print at most this many rows."),
) -> None:
    """Run a read-only query; the database is opened read-only and file access is off."""
    store = _open(db, read_only=True)
    try:
        store.connection.execute("SET enable_external_access = false")
        result = store.connection.execute(query)
        columns = [d[0] for d in result.description or []]
        rows = result.fetchmany(limit)
    except duckdb.Error as error:
        fail(f"query failed: {error}")
        return
    finally:
        store.close()
    print_rows(columns, rows)


@corpus_app.command("report")
def report(
    name: ReportName = typer.Argument(..., help="speakers, outlets, quotes, claims, techniques or stories."),
    db: Path = DB_OPTION,
    limit: int = typer.Option(50, help="Rows to show."),
) -> None:
    """The questions users ask: who is quoted most, which outlets quote whom, which stories."""
    from presslens.corpus.reports import REPORTS

    store = _open(db, read_only=True)
    try:
        if name is ReportName.stories:
            from presslens.corpus.stories import stories_table

            columns, rows = stories_table(store.connection, limit)
            title = "Stories covered by more than one article"
        else:
            chosen = REPORTS[name.value]
            result = store.connection.execute(chosen.sql, [limit])
            columns, rows, title = [d[0] for d in result.description], result.fetchall(), chosen.title
    except duckdb.Error as error:
        fail(f"cannot report {name.value} from {db} (a store from an older presslens? add to a new "
             f"one): {error}")
        return
    finally:
        store.close()
    print_rows(columns, rows, title)
    if not rows:
        sys.stderr.write("nothing to report yet\n")


def _preview(text: str, size: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


@corpus_app.command("provenance")
def provenance(
    article_id: str = typer.Argument(..., help="An article id (or a unique prefix of one)."),
    db: Path = DB_OPTION,
    html: Path | None = typer.Option(None, "--html", help="Also write the article's HTML report, "
                                     "with its reprint chain and quote histories, to this file."),
) -> None:
    """An article's reprint chain, its original source, and where each of its quotes appeared."""
    from presslens.corpus.lineage import lineage

    store = _open(db, read_only=True)
    try:
        found = lineage(store.connection, article_id)
        notes = store.connection.execute(
            "SELECT kind, name FROM provenance_notes WHERE article_id = ?", [found.article[0] if found else ""]
        ).fetchall()
        analyses = dict(store.analyses([found.article[0]])) if found and html else {}
    finally:
        store.close()
    if found is None:
        fail(f"no single article with id {article_id} in {db}")
        return
    if html:
        from presslens.report.html import render_report

        html.write_text(render_report(analyses[found.article[0]], found), encoding="utf-8")
        stderr.print(f"wrote {html}", highlight=False)
    console = Console()
    identifier, title, outlet, published = found.article
    console.print(Text(f"{identifier}  {title or '(untitled)'}  {outlet or '(unknown outlet)'}  "
                       f"{published or '(undated)'}", style="bold"))
    for kind, name in notes:
        console.print(Text(f"  the text says: {kind.replace('_', ' ')} {name}"))
    if found.edges:
        print_rows(["left", "right", "original", "decided by", "share of left", "share of right"],
                   found.edges, "Reprint chain")
        console.print(Text("Original source: " + (", ".join(found.originals) or "undecided")))
    else:
        console.print("No reprints or copies of this article in the store.")
    for quote, renderings in found.quotes:
        rows = [(other.outlet or "?", other.published or "?", other.article_id[:12], variant.kind.value,
                 variant.detail, _preview(other.text, 60)) for other, variant in renderings]
        dated = [q.published for q in [quote, *(o for o, _ in renderings)] if q.published]
        first = min(dated) if dated else "undated"
        print_rows(["outlet", "date", "article", "variant", "detail", "text"], rows,
                   f"“{_preview(quote.text)}” ({quote.speaker or 'unresolved'}; first seen {first})")
