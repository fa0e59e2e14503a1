"""Attribution scores in PolNeAR's terms: Source, Cue and Content spans, exact and overlap.

Spans are matched one to one within each article. *Exact* needs identical character extents
(discontinuous gold spans count by their whole extent); *overlap* needs at least one shared
word (or, for a span with no word, such as a colon cue, one shared character). Scores are
micro-averaged over articles, for all attributions and for the speech and writing subset:
attributions whose cue holds a verb of saying or writing (the project's ``SPEECH_VERBS``
lexicon, lemmatised by spaCy) or the phrase "according to".

Cross-validation scores a split with models trained afresh on its other folds (articles dealt
round-robin in name order), so the training split itself gives figures on unseen articles.
"""

from __future__ import annotations

import re
import tempfile
from functools import cache
from pathlib import Path

from rich.table import Table

from presslens.attribution.component import analysis_of
from presslens.attribution.cue_model import CueModel, open_models
from presslens.attribution.lexicon import SPEECH_VERBS
from presslens.attribution.training import train_polnear
from presslens.evaluation.brat import ROLES, BratAttribution, gold_files, read_ann, write_ann
from presslens.ingest import article_from_text
from presslens.model import Analysis
from presslens.nlp import parse_many, shared_pipeline

_WORD = re.compile(r"\w+")


def _words(span: tuple[int, int], text: str) -> set[int]:
    return {span[0] + m.start() for m in _WORD.finditer(text[span[0] : span[1]])}


def _overlaps(span: tuple[int, int], other: tuple[int, int], text: str) -> bool:
    """A shared word; spans without a word (a colon or a dash as the cue) need a shared character."""
    words, other_words = _words(span, text), _words(other, text)
    if words and other_words:
        return bool(words & other_words)
    return span[0] < other[1] and other[0] < span[1]


def _count_matches(gold: list[tuple[int, int]], predicted: list[tuple[int, int]], text: str, exact: bool) -> int:
    unused = list(gold)
    matched = 0
    for span in predicted:
        for candidate in unused:
            if (span == candidate) if exact else _overlaps(span, candidate, text):
                unused.remove(candidate)
                matched += 1
                break
    return matched


@cache
def is_speech(cue_text: str) -> bool:
    """Cached: the same cue texts recur across gold and predictions and across articles."""
    lowered = cue_text.lower()
    if "according to" in lowered:
        return True
    lemmas = {t.lemma_.lower() for t in shared_pipeline()(cue_text)}
    return bool(lemmas & SPEECH_VERBS)


def to_brat(analysis: Analysis, to_original) -> list[BratAttribution]:
    """Predicted attributions as brat records, offsets mapped back to the original text."""
    records = []
    for attribution in analysis.attributions:
        spans = {"Content": attribution.content}
        if attribution.cue is not None:
            spans["Cue"] = attribution.cue
        if attribution.source is not None:
            spans["Source"] = attribution.source
        records.append(
            BratAttribution(
                {role: (to_original(s.start), to_original(s.end)) for role, s in spans.items()},
                attribution.cue.text if attribution.cue else "",
            )
        )
    return records


def _empty_counts() -> dict[str, dict[str, dict[str, int]]]:
    return {
        subset: {f"{role}/{mode}": {"tp": 0, "gold": 0, "pred": 0} for role in ROLES for mode in ("exact", "overlap")}
        for subset in ("all", "speech")
    }


def evaluate(gold_dir: Path, predictions_dir: Path | None = None, limit: int | None = None,
             cross_validate: int = 0) -> dict:
    """Scores of the committed models on ``gold_dir``, or with ``cross_validate`` K > 1 of models
    trained on K-1 folds of it and scored on the remaining one, for each fold in turn."""
    pairs = gold_files(gold_dir)[:limit]
    if cross_validate > len(pairs):
        raise ValueError(f"{cross_validate}-fold cross-validation needs at least {cross_validate} articles, "
                         f"{gold_dir} has {len(pairs)}")
    counts = _empty_counts()
    if predictions_dir is not None:
        predictions_dir.mkdir(parents=True, exist_ok=True)
    if cross_validate > 1:
        for fold in range(cross_validate):
            with tempfile.TemporaryDirectory() as scratch:
                train_polnear([p for k, p in enumerate(pairs) if k % cross_validate != fold], Path(scratch))
                _count(pairs[fold::cross_validate], counts, predictions_dir, open_models(Path(scratch)))
    else:
        _count(pairs, counts, predictions_dir, None)
    scores: dict = {"articles": len(pairs), "gold_dir": str(gold_dir), "cross_validated_folds": cross_validate}
    for subset, cells in counts.items():
        scores[subset] = {}
        for key, cell in cells.items():
            precision = cell["tp"] / cell["pred"] if cell["pred"] else 0.0
            recall = cell["tp"] / cell["gold"] if cell["gold"] else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            scores[subset][key] = {
                **cell,
                "precision": round(100 * precision, 1),
                "recall": round(100 * recall, 1),
                "f1": round(100 * f1, 1),
            }
    return scores


def _count(pairs: list[tuple[Path, Path]], counts: dict, predictions_dir: Path | None,
           cue_model: CueModel | None) -> None:
    """Add the matches of the attribution layer's predictions on ``pairs`` to ``counts``."""
    texts = [p.read_text(encoding="utf-8") for p, _ in pairs]
    articles = [article_from_text(t) for t in texts]
    docs = parse_many(shared_pipeline(), (a.text for a in articles))
    for (_, ann_path), text, article, doc in zip(pairs, texts, articles, docs):
        predicted = to_brat(analysis_of(doc, cue_model), article.normalised.to_original)
        gold = read_ann(ann_path)
        if predictions_dir is not None:
            write_ann(predictions_dir / ann_path.name, predicted, text)
        for subset in ("all", "speech"):
            gold_set = gold if subset == "all" else [g for g in gold if is_speech(g.cue_text)]
            pred_set = predicted if subset == "all" else [p for p in predicted if is_speech(p.cue_text)]
            for role in ROLES:
                gold_spans = [g.spans[role] for g in gold_set if role in g.spans]
                pred_spans = [p.spans[role] for p in pred_set if role in p.spans]
                for mode in ("exact", "overlap"):
                    cell = counts[subset][f"{role}/{mode}"]
                    cell["tp"] += _count_matches(gold_spans, pred_spans, text, mode == "exact")
                    cell["gold"] += len(gold_spans)
                    cell["pred"] += len(pred_spans)


def format_table(scores: dict) -> Table:
    folds = scores["cross_validated_folds"]
    how = f", {folds}-fold cross-validation" if folds > 1 else ""
    table = Table(title=f"Attribution spans, {scores['articles']} articles ({scores['gold_dir']}{how})")
    for column in ("subset", "role", "match", "P", "R", "F1", "gold", "pred"):
        table.add_column(column)
    for subset in ("all", "speech"):
        for key, cell in scores[subset].items():
            role, mode = key.split("/")
            table.add_row(
                subset, role, mode, f"{cell['precision']:.1f}", f"{cell['recall']:.1f}",
                f"{cell['f1']:.1f}", str(cell["gold"]), str(cell["pred"]),
            )
    return table
