"""The self-contained HTML report: the article with its layers highlighted, speaker cards, provenance.

The page has no external resources at all: CSS and script are inlined and pinned by hash in the
Content-Security-Policy, so a saved report opens offline and cannot be made to load anything.
Article text, titles and metadata are untrusted; they only ever reach the page through Jinja2's
autoescaping, and the script moves existing DOM nodes around, never parses strings as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from urllib.parse import urlsplit

import jinja2

from presslens import __version__
from presslens.model import Analysis, Speaker
from presslens.report.layers import Highlight, Layer, build_layers, speaker_colours

_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Run:
    """A stretch of text with the same open highlights; ``opens`` are those starting here."""

    text: str
    marks: tuple[Highlight, ...]
    opens: frozenset[str]


@dataclass(frozen=True)
class SpeakerCard:
    speaker: Speaker
    colour: str
    quote_ids: list[str]
    mentions: list[tuple[str, int]]


def paragraph_runs(text: str, layers: list[Layer]) -> list[list[Run]]:
    """Cut the text into paragraphs (non-empty lines) and each into runs of equal highlighting.

    Highlights may overlap and cross paragraph breaks; each run lists the highlights covering it,
    outermost layer first, so the template can nest ``<mark>`` elements correctly.
    """
    order = {id(h): (rank, h.start, -h.end) for rank, layer in enumerate(layers)
             for h in layer.highlights}
    highlights = sorted((h for layer in layers for h in layer.highlights), key=lambda h: order[id(h)])
    opened: set[str] = set()
    paragraphs = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        inside = [h for h in highlights if h.start < end and h.end > start and h.end > h.start]
        cuts = sorted({start, end} | {p for h in inside for p in (h.start, h.end) if start < p < end})
        runs = []
        for left, right in pairwise(cuts):
            marks = tuple(h for h in inside if h.start <= left and h.end >= right)
            opens = frozenset(h.id for h in marks if h.id not in opened)
            opened |= opens
            runs.append(Run(text[left:right], marks, opens))
        paragraphs.append(runs)
    return paragraphs


def speaker_cards(analysis: Analysis) -> list[SpeakerCard]:
    """Cards for quoted speakers first (in order of first quote), then everyone else mentioned."""
    colours = speaker_colours(analysis)
    quoted = sorted(analysis.speakers, key=lambda s: list(colours).index(s.id) if s.id in colours
                    else len(colours))
    cards = []
    for speaker in quoted:
        counts: dict[str, int] = {}
        for mention in speaker.mentions:
            counts[mention.span.text] = counts.get(mention.span.text, 0) + 1
        quote_ids = [f"q-{a.id}" for a in analysis.attributions if a.speaker_id == speaker.id]
        cards.append(SpeakerCard(speaker, colours.get(speaker.id, "sp-none"), quote_ids,
                                 sorted(counts.items(), key=lambda item: -item[1])))
    return cards


def safe_link(url: str | None) -> str | None:
    """Only http(s) URLs become links; anything else (javascript:, data:) is shown as text."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in {"http", "https"} else None


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("presslens.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(safe_link=safe_link, version=__version__)
    return environment


@cache
def asset(name: str) -> str:
    return resources.files("presslens.report").joinpath("templates", name).read_text("utf-8")


def _digest(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()


def content_security_policy(form_action: str = "'none'") -> str:
    """The page's CSP: nothing may load; only our own inline style and script run.

    This is the policy a ``<meta>`` tag can carry; the app's response header adds what only a
    header can say (``frame-ancestors``).
    """
    return "; ".join([
        "default-src 'none'",
        f"script-src '{_digest(asset('report.js'))}'",
        f"style-src '{_digest(asset('report.css'))}'",
        "img-src data:",
        "base-uri 'none'",
        f"form-action {form_action}",
    ])


def render_page(template: str, analysis: Analysis | None, **context: object) -> str:
    """Render one of the HTML templates around an analysis (or none: the app's empty form)."""
    layers = build_layers(analysis) if analysis else []
    return _environment().get_template(template).render(
        analysis=analysis,
        layers=layers,
        paragraphs=paragraph_runs(analysis.text, layers) if analysis else [],
        cards=speaker_cards(analysis) if analysis else [],
        css=asset("report.css"),
        script=asset("report.js"),
        **context,
    )


def render_report(analysis: Analysis, lineage: object | None = None) -> str:
    """The standalone report file of ``presslens analyze --format html``; with a corpus lineage
    (``presslens corpus provenance --html``) it adds the article's reprint chain and quote histories."""
    return render_page("report.html.j2", analysis, csp=content_security_policy(), lineage=lineage)
