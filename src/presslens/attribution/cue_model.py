"""Attribution cues, sources and contents learnt from PolNeAR with two linear-chain CRFs.

The parse rules of :mod:`presslens.attribution.frames` know verbs of saying and thinking; PolNeAR's
annotators also mark findings ("shows"), plans, stances ("attacked"), nouns ("an agreement") and
punctuation (the dash before a signed quote). Two CRFs (python-crfsuite) learn that from
``polnear/train``:

* the **cue model** tags cue words (B/I/O) sentence by sentence, from the words, lemmas, parse
  labels, lexicon flags and whether a word is quoted, around each word;
* the **role model** tags, for one cue, its source and content (B/I-S, B/I-C) in a window of the
  cue's sentence and one sentence either side, from the same token features plus each word's
  position and dependency path relative to the cue.

Where the parse rules give a frame for a cue's head they are more exact on boundaries and keep
the role model out of it; see ``find_frames``. Training: ``presslens train attribution``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc, Token

from presslens.attribution import lexicon
from presslens.attribution.quotes import Quote

CUE_ARTIFACT = "attribution_cues.crfsuite"
ROLE_ARTIFACT = "attribution_roles.crfsuite"
CUE_TAG = "CUE"
ROLE_TAGS = {"Source": "S", "Content": "C"}
_CHILD_DEPS = ("ccomp", "nsubj", "dobj", "xcomp", "prep", "agent", "nsubjpass", "dative", "advcl")
_DISTANCE_BUCKETS = (1, 2, 3, 5, 8, 12, 20, 35)
_TRAINING = {"c1": 0.3, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}

TokenRange = tuple[int, int]  # first token index, one past the last


def token_features(doc: Doc, quotes: list[Quote]) -> list[dict[str, str]]:
    """Per-token features shared by both models, computed once per document."""
    quoted = [False] * len(doc)
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        for token in span or ():
            quoted[token.i] = True
    return [_token_features(token, quoted[token.i]) for token in doc]


def _token_features(token: Token, quoted: bool) -> dict[str, str]:
    lemma = token.lemma_.lower()
    head_lemma = token.head.lemma_.lower()
    features = {
        "w": token.lower_, "l": lemma, "p": token.pos_, "t": token.tag_, "d": token.dep_,
        "hl": head_lemma, "hp": token.head.pos_, "dhl": f"{token.dep_}|{head_lemma}",
        "q": str(quoted), "sp": str(lemma in lexicon.SPEECH_VERBS),
        "cg": str(lemma in lexicon.COGNITION_VERBS), "cn": str(lemma in lexicon.COMMUNICATION_NOUNS),
        "suf": token.lower_[-3:],
    }
    for child in token.children:
        if child.dep_ in _CHILD_DEPS:
            features["k_" + child.dep_] = "1"
        if child.dep_ == "prep":
            features["kp_" + child.lower_] = "1"
    return features


def _sentence_features(base: list[dict[str, str]], start: int, end: int) -> list[dict[str, str]]:
    rows = []
    for i in range(start, end):
        row = dict(base[i])
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if not start <= j < end:
                row[f"{offset}w"] = "<edge>"
                continue
            row[f"{offset}w"], row[f"{offset}p"] = base[j]["w"], base[j]["p"]
            if abs(offset) == 1:
                row[f"{offset}l"], row[f"{offset}q"] = base[j]["l"], base[j]["q"]
        row["bi"] = (base[i - 1]["w"] if i > start else "<s>") + "_" + base[i]["w"]
        rows.append(row)
    return rows


def _bucket(distance: int) -> str:
    return next((str(b) for b in _DISTANCE_BUCKETS if distance <= b), "far")


def role_window(doc: Doc, cue: TokenRange) -> TokenRange:
    """The cue's sentence(s) and one sentence either side: where 99% of PolNeAR sources and 94%
    of contents lie (contents beyond it are long quotations running over several sentences)."""
    start, end = doc[cue[0]].sent.start, doc[cue[1] - 1].sent.end
    if start > 0:
        start = doc[start - 1].sent.start
    if end < len(doc):
        end = doc[end].sent.end
    return start, end


def _role_features(doc: Doc, base: list[dict[str, str]], cue: TokenRange, window: TokenRange) -> list[dict[str, str]]:
    head = doc[cue[0] : cue[1]].root
    sentence = doc[cue[0]].sent.start, doc[cue[1] - 1].sent.end
    path = {t.i: child.dep_ for child in head.children for t in child.subtree}
    ancestors = {a.i for a in head.ancestors}
    head_lemma = head.lemma_.lower()

    def relation(i: int) -> str:
        return path.get(i, "anc" if i in ancestors else "none")

    rows = []
    for i in range(*window):
        token = doc[i]
        row = {key: base[i][key] for key in ("w", "l", "p", "t", "d", "q", "sp", "cg")}
        where = "L" + _bucket(cue[0] - i) if i < cue[0] else "R" + _bucket(i - cue[1] + 1) if i >= cue[1] else "C"
        row.update(
            rel=where, so="0" if sentence[0] <= i < sentence[1] else "-" if i < sentence[0] else "+",
            anc=relation(i), rel_anc=where[0] + relation(i), hl_cue=head_lemma, cuep=head.pos_,
            isdep=f"{token.head.i == head.i}{token.dep_}", qrel=row["q"] + where[0],
        )
        for offset in (-1, 1):
            j = i + offset
            if window[0] <= j < window[1]:
                row[f"{offset}w"], row[f"{offset}p"], row[f"{offset}q"] = base[j]["w"], base[j]["p"], base[j]["q"]
                row[f"{offset}anc"] = relation(j)
            else:
                row[f"{offset}w"] = "<edge>"
        rows.append(row)
    return rows


def _runs(labels: list[str], tag: str) -> list[TokenRange]:
    """Token runs labelled ``B-tag`` or ``I-tag``: a B starts one, an I continues (or starts) one."""
    runs: list[list[int]] = []
    for k, label in enumerate(labels):
        if label[2:] != tag:
            continue
        if runs and runs[-1][1] == k and label.startswith("I-"):
            runs[-1][1] = k + 1
        else:
            runs.append([k, k + 1])
    return [(a, b) for a, b in runs]


@dataclass
class CueModel:
    """The two trained taggers; ``load_cue_model`` opens the committed ones once per process."""

    cue_tagger: pycrfsuite.Tagger
    role_tagger: pycrfsuite.Tagger

    def cues(self, doc: Doc, base: list[dict[str, str]]) -> list[tuple[TokenRange, float]]:
        """Cue token ranges with the model's marginal probability of their first word."""
        found = []
        for sentence in doc.sents:
            labels = self.cue_tagger.tag(_sentence_features(base, sentence.start, sentence.end))
            for first, last in _runs(labels, CUE_TAG):
                probability = self.cue_tagger.marginal(labels[first], first)
                found.append(((sentence.start + first, sentence.start + last), probability))
        return found

    def roles(self, doc: Doc, base: list[dict[str, str]], cue: TokenRange) -> dict[str, TokenRange]:
        """Source and content of one cue: the longest run tagged with each role."""
        window = role_window(doc, cue)
        labels = self.role_tagger.tag(_role_features(doc, base, cue, window))
        found = {}
        for role, tag in ROLE_TAGS.items():
            runs = _runs(labels, tag)
            if runs:
                first, last = max(runs, key=lambda run: run[1] - run[0])
                found[role] = (window[0] + first, window[0] + last)
        return found


def _open(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@lru_cache(maxsize=4)
def load_cue_model(directory: str | None = None) -> CueModel:
    """The models in ``directory``, or the committed ones shipped with the package."""
    if directory is not None:
        return CueModel(_open(Path(directory) / CUE_ARTIFACT), _open(Path(directory) / ROLE_ARTIFACT))
    with resources.as_file(resources.files("presslens").joinpath("models")) as packaged:
        return CueModel(_open(packaged / CUE_ARTIFACT), _open(packaged / ROLE_ARTIFACT))


def _tokens_of(doc: Doc, span: tuple[int, int], within: TokenRange) -> list[int]:
    """Indices of the non-space tokens in ``within`` that overlap a character span."""
    return [
        i for i in range(*within)
        if doc[i].idx < span[1] and doc[i].idx + len(doc[i]) > span[0] and not doc[i].is_space
    ]


def _bio(indices: list[int], tag: str, labels: list[str], offset: int) -> None:
    for k, i in enumerate(indices):
        labels[i - offset] = ("B-" if k == 0 else "I-") + tag


def train(examples: Iterable[tuple[Doc, list[Quote], list[dict[str, tuple[int, int]]]]], out_dir: Path) -> dict:
    """Fit both CRFs on parsed documents with gold attributions (character spans by role in the
    document's text) and write them to ``out_dir``; returns counts of what was learnt from."""
    cue_trainer, role_trainer = pycrfsuite.Trainer(verbose=False), pycrfsuite.Trainer(verbose=False)
    counts = {"documents": 0, "sentences": 0, "attributions": 0}
    for doc, quotes, gold in examples:
        base = token_features(doc, quotes)
        counts["documents"] += 1
        for sentence in doc.sents:
            labels = ["O"] * len(sentence)
            for attribution in gold:
                if "Cue" in attribution:
                    cue = _tokens_of(doc, attribution["Cue"], (sentence.start, sentence.end))
                    _bio(cue, CUE_TAG, labels, sentence.start)
            cue_trainer.append(_sentence_features(base, sentence.start, sentence.end), labels)
            counts["sentences"] += 1
        for attribution in gold:
            cue = _tokens_of(doc, attribution["Cue"], (0, len(doc))) if "Cue" in attribution else []
            if not cue:
                continue
            cue_range = (cue[0], cue[-1] + 1)
            window = role_window(doc, cue_range)
            labels = ["O"] * (window[1] - window[0])
            for role, tag in ROLE_TAGS.items():
                if role in attribution:
                    _bio(_tokens_of(doc, attribution[role], window), tag, labels, window[0])
            role_trainer.append(_role_features(doc, base, cue_range, window), labels)
            counts["attributions"] += 1
    out_dir.mkdir(parents=True, exist_ok=True)
    for trainer, name in ((cue_trainer, CUE_ARTIFACT), (role_trainer, ROLE_ARTIFACT)):
        trainer.set_params(_TRAINING)
        trainer.train(str(out_dir / name))
    return counts
