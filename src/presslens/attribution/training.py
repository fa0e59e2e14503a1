"""Training the learnt attribution models from PolNeAR: the cue and role CRFs and the content
choice between the parse rules and the role model (``presslens train attribution``)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc

from presslens.attribution import content_choice
from presslens.attribution.cue_model import (
    CUE_ARTIFACT,
    ROLE_ARTIFACT,
    Gold,
    TrainingDoc,
    fit_cue_tagger,
    fit_role_tagger,
    open_tagger,
    tag_roles,
    token_features,
)
from presslens.attribution.frames import frame_at, rival_content
from presslens.attribution.quotes import Quote, find_quotes, top_level
from presslens.evaluation.brat import read_polnear
from presslens.nlp import parse_many, shared_pipeline


def _choice_examples(examples: list[TrainingDoc], role_tagger_path: Path) -> list[tuple[dict[str, float], bool]]:
    """(features, role model right) for each gold cue where exactly one of the rules' content and
    its rival from the role model matches the gold content."""
    tagger = open_tagger(role_tagger_path)
    pairs = []
    for example in examples:
        text = example.doc.text
        for cue, attribution in example.gold_cues():
            head = example.doc[slice(*cue)].root
            frame = frame_at(head, example.quotes, text)
            if frame is None:
                continue
            learnt = tag_roles(tagger, example.doc, example.base, cue).get("Content")
            rival = rival_content(example.doc, text, frame, learnt)
            gold = attribution.get("Content")
            if rival is not None and (frame.content == gold) != (rival == gold):
                features = content_choice.choice_features(text, head, frame.cue, frame.content, rival)
                pairs.append((features, rival == gold))
    return pairs


def train(parsed: Iterable[tuple[Doc, list[Quote], list[Gold]]], out_dir: Path) -> dict:
    """Fit every learnt attribution model on parsed documents with gold attributions (character
    spans by role in the document's text) and write them to ``out_dir``. The content choice is
    fitted on cross-fitted role-model output: each half of the documents is tagged by a role
    model trained on the other half, so it learns how the role model errs on unseen text."""
    examples = [TrainingDoc(doc, quotes, token_features(doc, quotes), gold) for doc, quotes, gold in parsed]
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {
        "documents": len(examples),
        "sentences": fit_cue_tagger(examples, out_dir / CUE_ARTIFACT),
        "attributions": fit_role_tagger(examples, out_dir / ROLE_ARTIFACT),
    }
    halves = [examples[0::2], examples[1::2]]
    choice_pairs: list[tuple[dict[str, float], bool]] = []
    with tempfile.TemporaryDirectory() as scratch:
        for held_out, (train_half, tag_half) in enumerate(((halves[1], halves[0]), (halves[0], halves[1]))):
            path = Path(scratch) / f"roles-{held_out}.crfsuite"
            if any(True for example in train_half for _ in example.gold_cues()):
                fit_role_tagger(train_half, path)
                choice_pairs += _choice_examples(tag_half, path)
    content_choice.fit(choice_pairs).save(out_dir / content_choice.ARTIFACT)
    counts["content_choice_examples"] = len(choice_pairs)
    return counts


def train_polnear(pairs: list[tuple[Path, Path]], out_dir: Path) -> dict:
    """Parse PolNeAR (text, annotation) pairs and fit every learnt attribution model on them."""
    examples = list(read_polnear(pairs))
    docs = parse_many(shared_pipeline(), (article.text for article, _ in examples))
    return train(((doc, top_level(find_quotes(doc.text)), gold) for doc, (_, gold) in zip(docs, examples)), out_dir)
