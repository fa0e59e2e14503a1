"""Training the learnt attribution models from PolNeAR: the cue and role CRFs, the content
choice between the parse rules and the role model, and the content-edge scorers (``presslens
train attribution``)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc

from presslens.attribution import content_choice, content_edges, linear
from presslens.attribution.cue_model import (
    CUE_ARTIFACT,
    ROLE_ARTIFACT,
    CueModel,
    Gold,
    TrainingDoc,
    fit_cue_tagger,
    fit_role_tagger,
    open_models,
    open_tagger,
    tag_roles,
    token_features,
)
from presslens.attribution.frames import find_frames, frame_at, rival_content
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
            learnt = tag_roles(tagger, example.doc, example.features, cue).get("Content")
            rival = rival_content(example.doc, text, frame, learnt)
            gold = attribution.get("Content")
            if rival is not None and (frame.content == gold) != (rival == gold):
                features = content_choice.choice_features(text, head, frame.cue, frame.content, rival)
                pairs.append((features, rival == gold))
    return pairs


def _fit_models(examples: list[TrainingDoc], out_dir: Path) -> dict:
    """The cue and role CRFs and the content choice. The content choice is fitted on
    cross-fitted role-model output: each half of the documents is tagged by a role model trained
    on the other half, so it learns how the role model errs on unseen text."""
    counts = {
        "sentences": fit_cue_tagger(examples, out_dir / CUE_ARTIFACT),
        "attributions": fit_role_tagger(examples, out_dir / ROLE_ARTIFACT),
    }
    choice_pairs: list[tuple[dict[str, float], bool]] = []
    with tempfile.TemporaryDirectory() as scratch:
        for held_out, (train_half, tag_half) in enumerate(_halves(examples)):
            path = Path(scratch) / f"roles-{held_out}.crfsuite"
            if any(True for example in train_half for _ in example.gold_cues()):
                fit_role_tagger(train_half, path)
                choice_pairs += _choice_examples(tag_half, path)
    linear.save(content_choice.fit(choice_pairs), out_dir / content_choice.ARTIFACT)
    counts["content_choice_examples"] = len(choice_pairs)
    return counts


def _halves(examples: list[TrainingDoc]) -> tuple[tuple[list[TrainingDoc], list[TrainingDoc]], ...]:
    """(fit on, apply to) for each half of the documents in turn."""
    first, second = examples[0::2], examples[1::2]
    return (second, first), (first, second)


def _edge_examples(examples: list[TrainingDoc], model: CueModel) -> tuple[list, list]:
    """Start and end examples of every content ``model`` predicts for a gold cue."""
    starts, ends = [], []
    for example in examples:
        text = example.doc.text
        gold = {a["Cue"]: a["Content"] for a in example.gold if "Cue" in a and "Content" in a}
        for frame in find_frames(example.doc, text, example.quotes, model):
            if frame.cue in gold:
                found = content_edges.edge_examples(example.doc, example.features.parse, frame.content, frame.cue,
                                                    frame.cue_head.i, gold[frame.cue])
                starts += found[0]
                ends += found[1]
    return starts, ends


def train(parsed: Iterable[tuple[Doc, list[Quote], list[Gold]]], out_dir: Path) -> dict:
    """Fit every learnt attribution model on parsed documents with gold attributions (character
    spans by role in the document's text) and write them to ``out_dir``. The content-edge
    scorers are fitted on the contents that models fitted on one half of the documents predict
    for the other half."""
    examples = [TrainingDoc(doc, quotes, token_features(doc, quotes), gold) for doc, quotes, gold in parsed]
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {"documents": len(examples), **_fit_models(examples, out_dir)}
    starts, ends = [], []
    with tempfile.TemporaryDirectory() as scratch:
        for held_out, (train_half, tag_half) in enumerate(_halves(examples)):
            half_dir = Path(scratch) / f"half-{held_out}"
            half_dir.mkdir()
            if any(True for example in train_half for _ in example.gold_cues()):
                _fit_models(train_half, half_dir)
                found = _edge_examples(tag_half, open_models(half_dir))
                starts += found[0]
                ends += found[1]
    content_edges.fit(starts, ends).save(out_dir / content_edges.ARTIFACT)
    counts["content_edge_examples"] = len(starts) + len(ends)
    return counts


def train_polnear(pairs: list[tuple[Path, Path]], out_dir: Path) -> dict:
    """Parse PolNeAR (text, annotation) pairs and fit every learnt attribution model on them."""
    examples = list(read_polnear(pairs))
    docs = parse_many(shared_pipeline(), (article.text for article, _ in examples))
    return train(((doc, top_level(find_quotes(doc.text)), gold) for doc, (_, gold) in zip(docs, examples)), out_dir)
