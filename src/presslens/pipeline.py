"""``analyze``: one article (or many) from text to a typed :class:`Analysis`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language

from presslens.attribution.component import analysis_of
from presslens.claims.extract import add_claims_to_many
from presslens.claims.predictions import add_predictions
from presslens.ingest import Article, article_from_text
from presslens.model import Analysis, ArticleMetadata
from presslens.nlp import parse_many, shared_pipeline
from presslens.rhetoric.extract import add_techniques

_CLAIM_BATCH = 32  # articles whose sentences are scored together


def analyze_articles(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 256
) -> Iterator[Analysis]:
    """Analyse articles in order, parsing them in batches and scoring the sentences of up to
    ``_CLAIM_BATCH`` articles at a time."""
    nlp = nlp or shared_pipeline()
    articles = list(articles)
    parsed = zip(articles, parse_many(nlp, (a.text for a in articles), batch_size))
    while chunk := list(islice(parsed, _CLAIM_BATCH)):
        with_claims = add_claims_to_many([(doc, analysis_of(doc)) for _, doc in chunk])
        for (article, doc), analysis in zip(chunk, with_claims, strict=True):
            analysis = add_techniques(doc, add_predictions(doc, analysis))
            analysis.metadata = article.metadata
            yield analysis


def analyze(text: str, metadata: ArticleMetadata | None = None, nlp: Language | None = None) -> Analysis:
    """Analyse one article given as text; whitespace-only text gives an empty analysis."""
    return next(analyze_articles([article_from_text(text, metadata)], nlp))
