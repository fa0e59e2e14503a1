"""An article's lineage in the store: its reprint chain, original source, and its quotes' histories."""

from __future__ import annotations

from dataclasses import dataclass, field

from presslens.corpus.drift import Quote, Variant, history

_QUOTE_TYPES = ("direct", "mixed", "floating")
_ANCHOR_WORDS = 4


@dataclass
class Lineage:
    article: tuple  # (id, title, outlet, published)
    edges: list[tuple] = field(default_factory=list)  # (original, copy, basis, share_left, share_right)
    originals: list[str] = field(default_factory=list)
    quotes: list[tuple[Quote, list[tuple[Quote, Variant]]]] = field(default_factory=list)


def chain(connection, article_id: str) -> list[tuple]:
    """Every reprint edge reachable from the article, following pairs in both directions."""
    seen, frontier, edges = {article_id}, [article_id], []
    while frontier:
        rows = connection.execute(
            """SELECT left_id, right_id, original_id, basis, share_left, share_right FROM reprints
               WHERE left_id IN (SELECT unnest(?)) OR right_id IN (SELECT unnest(?))""",
            [frontier, frontier],
        ).fetchall()
        frontier = []
        for row in rows:
            if row not in edges:
                edges.append(row)
            for node in row[:2]:
                if node not in seen:
                    seen.add(node)
                    frontier.append(node)
    return edges


def _anchors(text: str) -> list[str]:
    tokens = text.strip("\"“”'‘’ ").lower().split()
    if len(tokens) <= _ANCHOR_WORDS:
        return [" ".join(tokens)] if tokens else []
    starts = {0, (len(tokens) - _ANCHOR_WORDS) // 2, len(tokens) - _ANCHOR_WORDS}
    return [" ".join(tokens[s:s + _ANCHOR_WORDS]).strip("\"“”'‘’,.") for s in sorted(starts)]


def _candidates(connection, quote: Quote) -> list[Quote]:
    anchors = _anchors(quote.text)
    if not anchors:
        return []
    matches = " OR ".join(["contains(lower(a.content), ?)"] * len(anchors))
    rows = connection.execute(
        f"""SELECT a.article_id, a.content, a.speaker, ar.published, ar.outlet
            FROM attributions a JOIN articles ar ON ar.id = a.article_id
            WHERE a.article_id <> ? AND a.type IN {_QUOTE_TYPES}
              AND ({matches} OR (a.speaker IS NOT NULL AND a.speaker = ?))""",
        [quote.article_id, *anchors, quote.speaker],
    ).fetchall()
    return [Quote(r[0], r[1], r[2], r[3].isoformat() if r[3] else None, r[4]) for r in rows]


def lineage(connection, article_id: str) -> Lineage | None:
    article = connection.execute(
        "SELECT id, title, outlet, published FROM articles WHERE id = ? OR id LIKE ? || '%' LIMIT 2",
        [article_id, article_id],
    ).fetchall()
    if len(article) != 1:
        return None
    result = Lineage(article[0])
    article_id = article[0][0]
    result.edges = chain(connection, article_id)
    copies = {left if original == right else right for left, right, original, *_ in result.edges if original}
    nodes = {node for edge in result.edges for node in edge[:2]} or {article_id}
    result.originals = sorted(nodes - copies) if any(e[2] for e in result.edges) else []
    published = article[0][3].isoformat() if article[0][3] else None
    for content, speaker in connection.execute(
        f"SELECT content, speaker FROM attributions WHERE article_id = ? AND type IN {_QUOTE_TYPES} "
        "ORDER BY content_start",
        [article_id],
    ).fetchall():
        quote = Quote(article_id, content, speaker, published, article[0][2])
        result.quotes.append((quote, history(quote, _candidates(connection, quote))))
    return result
