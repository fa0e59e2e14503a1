"""Same-story clustering: articles about the same real-world event, across outlets.

Articles are TF-IDF vectors of their words in which capitalised words and numbers (names, places,
dates, figures) count three times, compared by cosine and grouped by complete-linkage
agglomerative clustering cut at a distance threshold. Two events of the same kind (two
earthquakes, two rehab stays of one star) share topic words but not their specific names, places,
dates and figures; the extra weight and complete linkage (every pair in a story must be close)
keep them apart. In a corpus the clustering runs per time window (docs/SCALING.md), so its cost is
quadratic in the window's size, not the corpus's.
"""

from __future__ import annotations

import re

from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics.pairwise import cosine_distances

# Chosen on ECB+; two-fold cross-validation over its topics is in docs/EVALUATION.md.
DEFAULT_THRESHOLD = 0.9
_WORD = re.compile(r"\b\w\w+\b")
_NAME_OR_NUMBER = re.compile(r"[A-Z][a-z]+|\d[\d,.]*")
_SPECIFIC_WEIGHT = 3
_MIN_FOR_MAX_DF = 20


def terms(text: str) -> list[str]:
    """Lower-cased content words, with names and numbers repeated so that they weigh more."""
    found = [w for w in _WORD.findall(text) if w.lower() not in ENGLISH_STOP_WORDS]
    specific = [w.lower() for w in found if _NAME_OR_NUMBER.fullmatch(w)]
    return [w.lower() for w in found] + specific * (_SPECIFIC_WEIGHT - 1)


def cluster_texts(texts: list[str], threshold: float = DEFAULT_THRESHOLD) -> list[int]:
    """A story label per text; texts closer than ``threshold`` (cosine distance) may share one."""
    if len(texts) < 2:
        return list(range(len(texts)))
    # Words in over half of the articles say nothing about the event, but only in a window large
    # enough for "half" to mean that.
    max_df = 0.5 if len(texts) >= _MIN_FOR_MAX_DF else 1.0
    vectors = TfidfVectorizer(analyzer=terms, sublinear_tf=True, max_df=max_df).fit_transform(texts)
    distances = cosine_distances(vectors)
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="complete", distance_threshold=threshold
    )
    return model.fit_predict(distances).tolist()


def stories_table(connection, limit: int) -> tuple[list[str], list[tuple]]:
    """Cluster the stored articles window by window; rows for stories with several articles."""
    windows = connection.execute(
        "SELECT DISTINCT time_window FROM minhash_bands ORDER BY time_window NULLS LAST"
    ).fetchall()
    rows = []
    for (window,) in windows:
        articles = connection.execute(
            """SELECT a.id, coalesce(a.title, ''), coalesce(a.outlet, '(unknown)'), a.published, a.text
               FROM articles a WHERE a.id IN (SELECT article_id FROM minhash_bands
                                               WHERE time_window IS NOT DISTINCT FROM ? AND band = 0)
               ORDER BY a.published NULLS LAST, a.id""",
            [window],
        ).fetchall()
        labels = cluster_texts([f"{title}\n{text}" for _, title, _, _, text in articles])
        members: dict[int, list[tuple]] = {}
        for label, article in zip(labels, articles, strict=True):
            members.setdefault(label, []).append(article)
        for group in members.values():
            if len(group) < 2:
                continue
            outlets = sorted({outlet for _, _, outlet, _, _ in group})
            first = min((published for *_, published, _ in group if published), default=None)
            headline = next((title for _, title, *_ in group if title), group[0][4][:80])
            rows.append((headline, len(group), len(outlets), ", ".join(outlets), first,
                         ", ".join(article_id for article_id, *_ in group)))
    rows.sort(key=lambda row: (-row[1], str(row[4])))
    return ["story", "articles", "outlets", "outlet names", "first published", "article ids"], rows[:limit]
