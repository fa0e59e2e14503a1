"""The FastAPI application behind ``presslens serve``.

One spaCy pipeline per worker process, loaded at start-up; analyses run in a worker thread (one at
a time per process, since the pipeline is CPU-bound and not meant to be shared between threads),
so the event loop keeps answering health checks and refusing oversized requests meanwhile. More
throughput comes from more worker processes (``--workers``).
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Annotated, Literal, TypeVar

import anyio
from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator

from presslens import __version__
from presslens.errors import InputError
from presslens.ingest import DEFAULT_MAX_CHARS, Article, article_from_text, load_bytes
from presslens.ingest.html import extract_html
from presslens.model import SCHEMA_VERSION, Analysis, ArticleMetadata
from presslens.nlp import shared_pipeline
from presslens.pipeline import analyze_articles
from presslens.report.html import content_security_policy, render_page
from presslens.web.middleware import BodySizeLimit, SecurityHeaders

T = TypeVar("T")
_METADATA_FIELD = Field(default=None, max_length=2048)


@dataclass(frozen=True)
class ServerSettings:
    """Limits of one server; ``from_env`` lets ``presslens serve`` hand them to worker processes."""

    max_body_bytes: int = 5_000_000
    max_chars: int = DEFAULT_MAX_CHARS

    @classmethod
    def from_env(cls) -> ServerSettings:
        return cls(
            max_body_bytes=int(os.environ.get("PRESSLENS_MAX_BODY_BYTES", cls.max_body_bytes)),
            max_chars=int(os.environ.get("PRESSLENS_MAX_CHARS", cls.max_chars)),
        )


class RequestMetadata(BaseModel):
    """What the caller knows about the article; HTML pages add what their meta tags say."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = _METADATA_FIELD
    author: str | None = _METADATA_FIELD
    date: str | None = _METADATA_FIELD
    site_name: str | None = _METADATA_FIELD
    url: str | None = _METADATA_FIELD


class AnalyzeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article: plain text, or a whole HTML page with format=html.")
    format: Literal["text", "html"] = "text"
    metadata: RequestMetadata = Field(default_factory=RequestMetadata)

    @field_validator("text")
    @classmethod
    def _encodable(cls, text: str) -> str:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError("the text holds unpaired surrogate characters") from error
        return text


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str = __version__
    schema_version: str = SCHEMA_VERSION
    spacy_model: str


class Problem(BaseModel):
    detail: str


def _article_of(request: AnalyzeRequest, max_chars: int) -> Article:
    given = request.metadata.model_dump(exclude_none=True)
    if request.format == "html":
        if len(request.text) > max_chars:
            raise InputError(f"the page has more than the limit of {max_chars:,} characters")
        text, metadata = extract_html(request.text)
        return article_from_text(text, metadata.model_copy(update=given), max_chars)
    return article_from_text(request.text, ArticleMetadata(**given), max_chars)


def _analyse(article: Article) -> Analysis:
    return next(analyze_articles([article]))


def _example_article(max_chars: int) -> Article:
    text = resources.files("presslens").joinpath("data", "example-article.txt").read_text("utf-8")
    return article_from_text(text, ArticleMetadata(source_path="example-article.txt"), max_chars)


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """Build the application; uvicorn calls this once in every worker process."""
    settings = settings or ServerSettings.from_env()
    limiter = anyio.CapacityLimiter(1)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await anyio.to_thread.run_sync(shared_pipeline)
        yield

    async def off_loop(work: Callable[[], T]) -> T:
        return await anyio.to_thread.run_sync(work, limiter=limiter)

    app = FastAPI(
        title="presslens",
        version=__version__,
        description="Who said what in a news article: speakers, quotes, cues, media, provenance.",
        lifespan=lifespan,
        docs_url=None,  # the interactive docs pull scripts from a CDN; the page must load nothing
        redoc_url=None,
    )
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeaders, content_security_policy=content_security_policy("'self'")
                       + "; frame-ancestors 'none'")
    page_context = {
        "csp": content_security_policy("'self'"),
        "lineage": None,
        "max_chars": settings.max_chars,
        "max_bytes_label": f"{settings.max_body_bytes / 1_000_000:g} MB",
    }

    def page(analysis: Analysis | None, status: int = 200, error: str = "", text: str = "") -> HTMLResponse:
        html = render_page("app.html.j2", analysis, error=error, submitted_text=text, **page_context)
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(InputError)
    async def input_error(request: Request, error: InputError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        # Name what is wrong without echoing the input back: it may be megabytes long, and it may
        # hold unpaired surrogates that cannot be encoded as UTF-8.
        problems = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                    for e in error.errors()]
        body = json.dumps({"detail": problems}, ensure_ascii=True, default=str)
        return Response(body, status_code=422, media_type="application/json")

    @app.get("/api/health", response_model=Health, tags=["api"])
    async def health() -> Health:
        """Liveness and versions; answers while an analysis is running."""
        nlp = shared_pipeline()
        return Health(spacy_model=f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}")

    @app.post(
        "/api/analyze",
        response_model=Analysis,
        tags=["api"],
        responses={400: {"model": Problem}, 413: {"model": Problem}},
    )
    async def analyze(request: AnalyzeRequest) -> Analysis:
        """Analyse one article; the response is the document described by docs/analysis.schema.json."""
        return await off_loop(lambda: _analyse(_article_of(request, settings.max_chars)))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home() -> HTMLResponse:
        return page(None)

    @app.get("/example", response_class=HTMLResponse, include_in_schema=False)
    async def example() -> HTMLResponse:
        analysis = await off_loop(lambda: _analyse(_example_article(settings.max_chars)))
        return await off_loop(lambda: page(analysis))

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def submit(
        text: Annotated[str, Form()] = "",
        file: Annotated[UploadFile | None, File()] = None,
    ) -> HTMLResponse:
        data, name = text.encode("utf-8", "replace"), None
        if file is not None and file.filename:
            data, name = await file.read(), file.filename
        try:
            articles = load_bytes(data, name, settings.max_chars)
            analysis = await off_loop(lambda: _analyse(articles[0]))
        except InputError as error:
            return page(None, 400, f"Cannot analyse this input: {error}.", text)
        return await off_loop(lambda: page(analysis))

    return app
