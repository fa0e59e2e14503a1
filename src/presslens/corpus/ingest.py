"""``corpus add``: analyse new articles on local processes or a Dask cluster and store them.

The driver reads the inputs lazily, drops articles already stored, sends batches to the engine
with a bounded number in flight, and writes each finished batch in one transaction. Only the
driver touches the database, so a Dask cluster needs nothing but presslens installed on its
workers.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from presslens.corpus.reprints import detect
from presslens.corpus.signatures import parse_date, signature_of
from presslens.corpus.sources import CorpusItem
from presslens.corpus.store import Store, StoredArticle


class Engine(Protocol):
    """What both engines offer: submit a function call, get something with ``.result()``."""

    def submit(self, function: Callable[..., Any], *args: Any) -> Any: ...

    def close(self) -> None: ...


def analyse_batch(items: list[CorpusItem]) -> list[StoredArticle]:
    """Runs on a worker: parse, analyse and sign a batch of articles."""
    from presslens.pipeline import analyze_articles

    analyses = analyze_articles([item.article for item in items])
    stored = []
    for item, analysis in zip(items, analyses, strict=True):
        published = parse_date(analysis.metadata.date)
        stored.append(StoredArticle(item.article_id, item.origin, analysis, published,
                                    signature_of(analysis.text, published)))
    return stored


def _load_pipeline() -> None:
    from presslens.nlp import shared_pipeline

    shared_pipeline()


class InProcess:
    """One process: run each call at once (no pickling, no second copy of the model)."""

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        future: Future = Future()
        future.set_result(function(*args))
        return future

    def close(self) -> None:
        pass


class LocalProcesses:
    """N worker processes, each loading the spaCy pipeline once."""

    def __init__(self, workers: int) -> None:
        self.pool = ProcessPoolExecutor(workers, initializer=_load_pipeline)

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        return self.pool.submit(function, *args)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class DaskCluster:
    """A Dask distributed cluster at ``scheduler`` (an address such as tcp://host:8786)."""

    def __init__(self, scheduler: str) -> None:
        from distributed import Client

        self.client = Client(scheduler)

    def submit(self, function: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(function, *args, pure=False)

    def close(self) -> None:
        self.client.close()


def make_engine(kind: str, workers: int, scheduler: str | None) -> Engine:
    if kind == "dask":
        if not scheduler:
            raise ValueError("--engine dask needs --scheduler ADDRESS")
        return DaskCluster(scheduler)
    return InProcess() if workers <= 1 else LocalProcesses(workers)


@dataclass
class AddSummary:
    added_ids: list[str] = field(default_factory=list)
    reprints: int = 0
    already_stored: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)


def _batches(items: Iterable[CorpusItem], size: int) -> Iterator[list[CorpusItem]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def add_items(
    store: Store,
    items: Iterable[CorpusItem],
    engine: Engine,
    batch_size: int = 16,
    in_flight: int = 4,
    progress: Callable[[int], None] = lambda done: None,
) -> AddSummary:
    """Analyse and store every new article of ``items``; ``progress`` gets items handled."""
    summary = AddSummary()
    pending: deque[tuple[Any, list[tuple[str, str]], int]] = deque()

    def finish_one() -> None:
        future, rejected, handled = pending.popleft()
        summary.added_ids += store.add(future.result(), rejected)
        progress(handled)

    for batch in _batches(items, batch_size):
        rejected = [(item.origin, item.error or "") for item in batch if item.article is None]
        summary.rejected.extend(rejected)
        readable = [item for item in batch if item.article is not None]
        stored = store.known(item.article_id for item in readable)
        fresh: dict[str, CorpusItem] = {}
        for item in readable:
            if item.article_id in stored or item.article_id in fresh:
                summary.already_stored += 1
            else:
                fresh[item.article_id] = item
        pending.append((engine.submit(analyse_batch, list(fresh.values())), rejected, len(batch)))
        while len(pending) >= in_flight:
            finish_one()
    while pending:
        finish_one()
    if summary.added_ids:
        summary.reprints = store.save_reprints(detect(store.connection, summary.added_ids))
    return summary
