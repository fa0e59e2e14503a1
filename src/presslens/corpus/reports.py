"""The questions users ask of a corpus, as SQL over the store (see docs/CORPUS.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Report:
    title: str
    sql: str


REPORTS = {
    "speakers": Report(
        "Who is quoted most, and by which outlets",
        """
        SELECT speaker, count(*) AS quotes, count(DISTINCT a.article_id) AS articles,
               count(DISTINCT coalesce(ar.outlet, '(unknown)')) AS outlets,
               string_agg(DISTINCT coalesce(ar.outlet, '(unknown)'), ', ') AS quoted_by
        FROM attributions a JOIN articles ar ON ar.id = a.article_id
        WHERE speaker IS NOT NULL
        GROUP BY speaker ORDER BY quotes DESC, speaker LIMIT ?
        """,
    ),
    "outlets": Report(
        "Which outlets quote whom",
        """
        WITH counts AS (
            SELECT coalesce(ar.outlet, '(unknown)') AS outlet, a.speaker, count(*) AS quotes
            FROM attributions a JOIN articles ar ON ar.id = a.article_id
            WHERE a.speaker IS NOT NULL GROUP BY ALL
        )
        SELECT outlet, sum(quotes)::INTEGER AS quotes, count(*) AS speakers,
               string_agg(speaker || ' (' || quotes || ')', ', ' ORDER BY quotes DESC, speaker)
                   FILTER (WHERE rank <= 5) AS most_quoted
        FROM (SELECT *, row_number() OVER (PARTITION BY outlet ORDER BY quotes DESC, speaker) AS rank
              FROM counts)
        GROUP BY outlet ORDER BY quotes DESC, outlet LIMIT ?
        """,
    ),
    "claims": Report(
        "Check-worthy claims by outlet and kind",
        """
        SELECT coalesce(ar.outlet, '(unknown)') AS outlet, c.kind, count(*) AS claims,
               count(*) FILTER (WHERE len(c.hedges) > 0) AS hedged,
               round(avg(c.checkworthiness), 2) AS mean_score
        FROM claims c JOIN articles ar ON ar.id = c.article_id
        GROUP BY ALL ORDER BY claims DESC, outlet LIMIT ?
        """,
    ),
    "techniques": Report(
        "Persuasion profile per outlet: techniques per 1,000 words",
        """
        WITH words AS (SELECT coalesce(outlet, '(unknown)') AS outlet, sum(words) AS words, count(*) AS articles
                       FROM articles GROUP BY ALL)
        SELECT w.outlet, w.articles, t.technique, count(*) AS spans,
               round(1000.0 * count(*) / w.words, 2) AS per_1000_words
        FROM techniques t JOIN articles ar ON ar.id = t.article_id
        JOIN words w ON w.outlet = coalesce(ar.outlet, '(unknown)')
        GROUP BY w.outlet, w.articles, w.words, t.technique ORDER BY w.outlet, spans DESC LIMIT ?
        """,
    ),
    "quotes": Report(
        "Direct quotes carried by more than one article",
        """
        SELECT speaker, content, count(DISTINCT article_id) AS articles,
               string_agg(DISTINCT coalesce(ar.outlet, '(unknown)'), ', ') AS outlets
        FROM attributions a JOIN articles ar ON ar.id = a.article_id
        WHERE type = 'direct'
        GROUP BY speaker, content HAVING count(DISTINCT article_id) > 1
        ORDER BY articles DESC, speaker LIMIT ?
        """,
    ),
}
