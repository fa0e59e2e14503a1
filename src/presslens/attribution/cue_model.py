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
the role model out of it, unless :mod:`presslens.attribution.content_choice` prefers the role
model's content; see ``find_frames``. Training: ``presslens train attribution``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite
from spacy.tokens import Doc

from presslens.attribution import content_choice, lexicon
from presslens.attribution.content_edges import ARTIFACT as EDGES_ARTIFACT
from presslens.attribution.content_edges import ContentEdges
from presslens.attribution.linear import LinearModel
from presslens.attribution.parse_arrays import ParseArrays, parse_arrays
from presslens.attribution.quotes import Quote

CUE_ARTIFACT = "attribution_cues.crfsuite"
ROLE_ARTIFACT = "attribution_roles.crfsuite"
CUE_TAG = "CUE"
ROLE_TAGS = {"Source": "S", "Content": "C"}
_CHILD_DEPS = frozenset(("ccomp", "nsubj", "dobj", "xcomp", "prep", "agent", "nsubjpass", "dative", "advcl"))
_DISTANCE_BUCKETS = (1, 2, 3, 5, 8, 12, 20, 35)
_ROLE_BASE_KEYS = ("w", "l", "p", "t", "d", "q", "sp", "cg")
_ROLE_PREFIXES = tuple((name, name + ":") for name in _ROLE_BASE_KEYS)
# (offset, its word, part-of-speech, lemma and quoted keys): the cue model's window of neighbours
_NEIGHBOUR_KEYS = tuple(
    (offset, f"{offset}w", f"{offset}p", f"{offset}l" if abs(offset) == 1 else "", f"{offset}q")
    for offset in (-2, -1, 1, 2)
)
_TRAINING = {"c1": 0.3, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}

TokenRange = tuple[int, int]  # first token index, one past the last


@dataclass(frozen=True)
class DocFeatures:
    """A document's words as lists and each word's own features, shared by both models: by name
    (``rows``), and those the role model reads as the ``name:value`` strings a tagger reads
    (``role_items``). python-crfsuite joins a dict's names and values into such strings for every
    row it tags, and a word's own features recur in the role rows of every cue near it; made once,
    they cut the role model's tagging time by a third."""

    parse: ParseArrays
    rows: list[dict[str, str]]
    role_items: list[list[str]]


def token_features(doc: Doc, quotes: list[Quote]) -> DocFeatures:
    """Per-word features shared by both models, computed once per document."""
    parse = parse_arrays(doc)
    quoted = [False] * len(doc)
    for quote in quotes:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is not None:
            quoted[span.start : span.end] = [True] * len(span)
    rows = [_token_features(parse, i, quoted[i]) for i in range(len(doc))]
    return DocFeatures(parse, rows, [[prefix + row[name] for name, prefix in _ROLE_PREFIXES] for row in rows])


def _token_features(parse: ParseArrays, i: int, quoted: bool) -> dict[str, str]:
    lower, lemma, dep, head = parse.lower[i], parse.lemma[i], parse.dep[i], parse.head[i]
    head_lemma = parse.lemma[head]
    features = {
        "w": lower, "l": lemma, "p": parse.pos[i], "t": parse.tag[i], "d": dep,
        "hl": head_lemma, "hp": parse.pos[head], "dhl": dep + "|" + head_lemma,
        "q": "True" if quoted else "False", "sp": "True" if lemma in lexicon.SPEECH_VERBS else "False",
        "cg": "True" if lemma in lexicon.COGNITION_VERBS else "False",
        "cn": "True" if lemma in lexicon.COMMUNICATION_NOUNS else "False",
        "suf": lower[-3:],
    }
    for child in parse.children[i]:
        child_dep = parse.dep[child]
        if child_dep in _CHILD_DEPS:
            features["k_" + child_dep] = "1"
            if child_dep == "prep":
                features["kp_" + parse.lower[child]] = "1"
    return features


def _sentence_features(base: list[dict[str, str]], start: int, end: int) -> list[dict[str, str]]:
    rows = []
    for i in range(start, end):
        own = base[i]
        row = dict(own)
        for offset, word, pos, lemma, quoted in _NEIGHBOUR_KEYS:
            j = i + offset
            if not start <= j < end:
                row[word] = "<edge>"
                continue
            neighbour = base[j]
            row[word], row[pos] = neighbour["w"], neighbour["p"]
            if lemma:
                row[lemma], row[quoted] = neighbour["l"], neighbour["q"]
        row["bi"] = (base[i - 1]["w"] if i > start else "<s>") + "_" + own["w"]
        rows.append(row)
    return rows


_BUCKETS = [next((str(b) for b in _DISTANCE_BUCKETS if d <= b), "far") for d in range(_DISTANCE_BUCKETS[-1] + 1)]


def _bucket(distance: int) -> str:
    return _BUCKETS[distance] if distance < len(_BUCKETS) else "far"


def role_window(parse: ParseArrays, cue: TokenRange, paragraph_only: bool = False) -> TokenRange:
    """The cue's sentence(s) and one sentence either side: where 99% of PolNeAR sources and 94%
    of contents lie (contents beyond it are long quotations running over several sentences).
    The role model is trained on such windows; ``paragraph_only`` keeps to the cue's paragraph,
    as presslens tags at run time (see ``CueModel.roles``)."""
    start, end = parse.sentence_start[cue[0]], parse.sentence_end[cue[1] - 1]
    if start > 0:
        start = parse.sentence_start[start - 1]
    if end < len(parse.lower):
        end = parse.sentence_end[end]
    if paragraph_only:
        breaks = parse.line_break
        start = next((k + 1 for k in range(cue[0] - 1, start - 1, -1) if breaks[k]), start)
        end = next((k + 1 for k in range(cue[1], end) if breaks[k]), end)
    return start, end


def _role_features(doc: Doc, features: DocFeatures, cue: TokenRange, window: TokenRange) -> list[list[str]]:
    parse, base = features.parse, features.rows
    head = doc[cue[0] : cue[1]].root.i
    sentence = parse.sentence_start[cue[0]], parse.sentence_end[cue[1] - 1]
    path = {t: parse.dep[child] for child in parse.children[head] for t in parse.subtree(child)}
    ancestors = set(parse.ancestors(head))
    relations = [path.get(i, "anc" if i in ancestors else "none") for i in range(*window)]
    shared = ["hl_cue:" + parse.lemma[head], "cuep:" + parse.pos[head]]
    last = len(relations) - 1
    rows = []
    for k, i in enumerate(range(*window)):
        own = base[i]
        where = "L" + _bucket(cue[0] - i) if i < cue[0] else "R" + _bucket(i - cue[1] + 1) if i >= cue[1] else "C"
        row = features.role_items[i] + shared
        row.append("rel:" + where)
        row.append("so:" + ("0" if sentence[0] <= i < sentence[1] else "-" if i < sentence[0] else "+"))
        row.append("anc:" + relations[k])
        row.append("rel_anc:" + where[0] + relations[k])
        row.append("isdep:" + ("True" if parse.head[i] == head else "False") + own["d"])
        row.append("qrel:" + own["q"] + where[0])
        if k > 0:
            neighbour = base[i - 1]
            row += ("-1w:" + neighbour["w"], "-1p:" + neighbour["p"], "-1q:" + neighbour["q"],
                    "-1anc:" + relations[k - 1])
        else:
            row.append("-1w:<edge>")
        if k < last:
            neighbour = base[i + 1]
            row += ("1w:" + neighbour["w"], "1p:" + neighbour["p"], "1q:" + neighbour["q"],
                    "1anc:" + relations[k + 1])
        else:
            row.append("1w:<edge>")
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
    """The trained taggers, content choice and content-edge scorers; ``load_cue_model`` opens
    the committed ones once per process."""

    cue_tagger: pycrfsuite.Tagger
    role_tagger: pycrfsuite.Tagger
    content_choice: LinearModel
    content_edges: ContentEdges | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def cues(self, features: DocFeatures) -> list[tuple[TokenRange, float]]:
        """Cue token ranges with the model's marginal probability of their first word."""
        found = []
        for start, end in features.parse.sentences():
            rows = _sentence_features(features.rows, start, end)
            with self._lock:  # tag() then marginal() on the same tagger state
                labels = self.cue_tagger.tag(rows)
                marked = [(run, self.cue_tagger.marginal(labels[run[0]], run[0])) for run in _runs(labels, CUE_TAG)]
            for (first, last), probability in marked:
                found.append(((start + first, start + last), probability))
        return found

    def roles(self, doc: Doc, features: DocFeatures, cue: TokenRange) -> dict[str, TokenRange]:
        """Source and content of one cue, tagged within its paragraph: a content the parse rules
        read is only ever replaced by one in the cue's paragraph (``frames.rival_content``), and
        news paragraphs are often a sentence long, so this tags 42% fewer words per cue than
        the training windows, for the same dev scores (docs/EVALUATION.md)."""
        return tag_roles(self.role_tagger, doc, features, cue, paragraph_only=True)


def tag_roles(tagger: pycrfsuite.Tagger, doc: Doc, features: DocFeatures, cue: TokenRange,
              paragraph_only: bool = False) -> dict[str, TokenRange]:
    """Source and content of one cue: the longest run tagged with each role."""
    window = role_window(features.parse, cue, paragraph_only)
    labels = tagger.tag(_role_features(doc, features, cue, window))
    found = {}
    for role, tag in ROLE_TAGS.items():
        runs = _runs(labels, tag)
        if runs:
            first, last = max(runs, key=lambda run: run[1] - run[0])
            found[role] = (window[0] + first, window[0] + last)
    return found


def open_tagger(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def open_models(directory: Path) -> CueModel:
    return CueModel(
        open_tagger(directory / CUE_ARTIFACT),
        open_tagger(directory / ROLE_ARTIFACT),
        content_choice.load(directory / content_choice.ARTIFACT),
        ContentEdges.load(directory / EDGES_ARTIFACT),
    )


@lru_cache(maxsize=4)
def load_cue_model(directory: str | None = None) -> CueModel:
    """The models in ``directory``, or the committed ones shipped with the package."""
    if directory is not None:
        return open_models(Path(directory))
    with resources.as_file(resources.files("presslens").joinpath("models")) as packaged:
        return open_models(packaged)


def _tokens_of(doc: Doc, span: tuple[int, int], within: TokenRange) -> list[int]:
    """Indices of the non-space tokens in ``within`` that overlap a character span."""
    return [
        i for i in range(*within)
        if doc[i].idx < span[1] and doc[i].idx + len(doc[i]) > span[0] and not doc[i].is_space
    ]


def _bio(indices: list[int], tag: str, labels: list[str], offset: int) -> None:
    for k, i in enumerate(indices):
        labels[i - offset] = ("B-" if k == 0 else "I-") + tag


Gold = dict[str, tuple[int, int]]  # role -> character span in the document's text


@dataclass
class TrainingDoc:
    """A parsed document with its top-level quotations, word features and gold attributions."""

    doc: Doc
    quotes: list[Quote]
    features: DocFeatures
    gold: list[Gold]

    def gold_cues(self) -> Iterator[tuple[TokenRange, Gold]]:
        """Each gold attribution with a cue, with the cue's token range."""
        for attribution in self.gold:
            cue = _tokens_of(self.doc, attribution["Cue"], (0, len(self.doc))) if "Cue" in attribution else []
            if cue:
                yield (cue[0], cue[-1] + 1), attribution


def _fit(trainer: pycrfsuite.Trainer, path: Path, sequences: int) -> None:
    if not sequences:
        raise ValueError("no sentences or gold attribution cues to learn from")
    trainer.set_params(_TRAINING)
    trainer.train(str(path))


def fit_cue_tagger(examples: list[TrainingDoc], path: Path) -> int:
    """Train the cue CRF, sentence by sentence; returns the number of sentences."""
    trainer, sentences = pycrfsuite.Trainer(verbose=False), 0
    for example in examples:
        for start, end in example.features.parse.sentences():
            labels = ["O"] * (end - start)
            for attribution in example.gold:
                if "Cue" in attribution:
                    _bio(_tokens_of(example.doc, attribution["Cue"], (start, end)), CUE_TAG, labels, start)
            trainer.append(_sentence_features(example.features.rows, start, end), labels)
            sentences += 1
    _fit(trainer, path, sentences)
    return sentences


def fit_role_tagger(examples: list[TrainingDoc], path: Path) -> int:
    """Train the role CRF, one window per gold cue; returns the number of attributions."""
    trainer, attributions = pycrfsuite.Trainer(verbose=False), 0
    for example in examples:
        for cue, attribution in example.gold_cues():
            window = role_window(example.features.parse, cue)
            labels = ["O"] * (window[1] - window[0])
            for role, tag in ROLE_TAGS.items():
                if role in attribution:
                    _bio(_tokens_of(example.doc, attribution[role], window), tag, labels, window[0])
            trainer.append(_role_features(example.doc, example.features, cue, window), labels)
            attributions += 1
    _fit(trainer, path, attributions)
    return attributions
