"""Attribution frames from the dependency parse: a cue, its source and its content.

A frame is the syntactic skeleton of one attribution before speakers are resolved. Cues are
reporting and cognition verbs, light-verb phrases ("gave an assessment"), "according to", and
passive agents ("observed by"); sources come from subjects, agents and "according to" objects,
or are inherited along participles and conjunctions ("..., adding that ..."); content is the
clausal complement, object or quotation, extended to whole quotations it starts inside
(:mod:`presslens.attribution.content` draws its edges).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from presslens.attribution import lexicon
from presslens.attribution.content import (
    adjacent_quote,
    content_tokens,
    extend_over_quotes,
    inverted_subject,
    join_split_quote,
    learnt_content,
    paragraph_after_colon,
    sentence_around_tag,
    snap_to_quotes,
    without_trailing_adjunct,
)
from presslens.attribution.content_choice import choice_features
from presslens.attribution.content_edges import ContentEdges
from presslens.attribution.cue_model import CueModel, DocFeatures, TokenRange, token_features
from presslens.attribution.layout import label_attributions, signed_quotes
from presslens.attribution.parse_arrays import ParseArrays
from presslens.attribution.quotes import Quote
from presslens.attribution.spans import char_range, span_root, trim, without_dateline, without_full_stop

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_INHERITING_DEPS = {"advcl", "conj", "xcomp", "acl", "pcomp", "relcl", "dep"}
_DATELINE_DASHES = {"\u2014", "\u2015", "--"}
_DASHES = _DATELINE_DASHES | {"\u2013", "-"}
_LOOSE_DEPS = ("dep", "npadvmod", "nmod")  # how the parser hangs a name it could not attach


@dataclass
class Frame:
    """One attribution skeleton; offsets are characters into the document text."""

    cue: tuple[int, int]
    cue_head: Token
    content: tuple[int, int]
    source: tuple[int, int] | None
    source_root: Token | None
    according_to: bool = False
    inherited_source: bool = False
    confidence: float = 0.8
    verbatim: bool = False  # the speaker's own words without quotation marks (a transcript)
    antecedent: tuple[int, int] | None = None  # what a relative pronoun source stands for
    inverted_tag: bool = False  # "Said Ellis: “...”": the quotation after the tag is the content

    @property
    def speaker_span(self) -> tuple[int, int] | None:
        """The words the speaker is resolved from: the source, or the noun phrase a relative
        pronoun source ("who") stands for."""
        return self.antecedent or self.source


def _in_quote(token: Token, quotes: list[Quote]) -> bool:
    return any(q.start < token.idx < q.end - 1 for q in quotes)


def _is_light_verb_cue(token: Token) -> Token | None:
    if token.lemma_ not in lexicon.LIGHT_VERBS:
        return None
    return next(
        (c for c in token.children if c.dep_ == "dobj" and c.lemma_ in lexicon.COMMUNICATION_NOUNS),
        None,
    )


def _is_medium_clause(token: Token) -> bool:
    """"Speaking to MailOnline", "Writing for Spiked", "Writing in The Times": the medium of a
    statement, not one."""
    return (
        token.lemma_ in lexicon.MEDIUM_VERBS
        and token.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("nsubj", "ccomp") for c in token.children)
        and any(c.dep_ == "prep" and (c.lower_ in ("to", "for", "with") or (c.lower_ == "in" and token.lemma_ == "write"))
                for c in token.children)
    )


def _inside_name(token: Token) -> bool:
    """A capitalised word inside a named entity and not opening its sentence is part of a name
    ("campaigners Hope Not Hate"), whatever its part of speech; in a headline set in title case
    every word is capitalised ("Trump Says ...")."""
    if not (token.ent_type_ and token.text[:1].isupper() and not token.is_sent_start):
        return False
    words = [t for t in token.sent if t.is_alpha]
    return sum(t.text[:1].isupper() for t in words) * 2 < len(words)


def _is_reporting(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or token.tag_ == "MD":
        return False
    if lemma in lexicon.SPEECH_VERBS:
        return True
    if lemma in lexicon.COGNITION_VERBS:
        return any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
    return _is_light_verb_cue(token) is not None


def _source(token: Token) -> tuple[Token | None, bool]:
    """The source's head token and whether it was inherited from a governing verb."""
    for child in token.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0], False
    inverted = inverted_subject(token)
    if inverted is not None:
        return inverted, False
    for child in token.children:
        if child.dep_ in _SUBJECTS and child.dep_ != "nsubjpass" and child.lower_ != "it":
            if child.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                return child, True
            return _named_before_dash(child) or child, False
    fallback: Token | None = None
    current, steps = token, 0
    while current.dep_ in _INHERITING_DEPS | {"ccomp"} and current.head != current and steps < 5:
        current, steps = current.head, steps + 1
        if current.dep_ == "prep" and current.pos_ == "ADP":  # "began by saying", "aside from saying"
            current = current.head
        if current.pos_ in ("NOUN", "PROPN") and current.dep_ in ("dobj", "pobj", "attr"):
            current = current.head
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is None or subject.lower_ == "it":
            continue
        if _is_reporting(current):
            return subject, True
        if fallback is None and token.dep_ != "ccomp" and steps == 1:
            fallback = _subject_after_quotation(subject, token) or subject
    return fallback, fallback is not None


def _named_before_dash(subject: Token) -> Token | None:
    """"Clinton campaign Chairman John Podesta — Bill Clinton's former White House chief of
    staff — offered ...": after a long run of words before a name, the parser may take the
    appositive set off by dashes for the subject and hang the name loose on the verb; the source
    is the name."""
    doc, start = subject.doc, subject.left_edge.i
    if start < 2 or doc[start - 1].text not in _DASHES:
        return None
    name = doc[start - 2]
    if name.head != subject.head or name.dep_ not in _LOOSE_DEPS or name.ent_type_ != "PERSON":
        return None
    return name


def _dash_appositive(root: Token) -> list[Token]:
    """The appositive ``_named_before_dash`` passed over, from its opening dash, to be kept in the
    source (its closing dash is added as any appositive's closing mark is)."""
    doc, end = root.doc, root.right_edge.i
    if root.dep_ not in _LOOSE_DEPS or end + 2 >= len(doc) or doc[end + 1].text not in _DASHES:
        return []
    subject = next((c for c in root.head.children if c.dep_ in _SUBJECTS and c.left_edge.i == end + 2), None)
    return list(doc[end + 1 : subject.right_edge.i + 1]) if subject is not None else []


def _subject_after_quotation(subject: Token, cue: Token) -> Token | None:
    """Where the parser made a speaker tag's verb a conjunct of the quotation's verb ("'..., I would
    have been sitting in Siberia,' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said"),
    the subject in the tag, between the quotation's closing mark and the verb, not the quotation's."""
    marks = [t.i for t in cue.doc[subject.i + 1 : cue.i] if t.is_quote]
    if not marks:
        return None
    return next((t for t in cue.doc[marks[-1] + 1 : cue.i] if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN")), None)


_INVERTED_TAG_WORDS = 12


def _inverted_tag_source(token: Token) -> list[Token] | None:
    """"Said Ellis: “...”", "Added one Republican strategist, “...”": a verb of saying opening its
    sentence names its speaker before the colon or comma that leads into a quotation. The small
    parser reads such a tag as a noun phrase ("Said" a compound of "Ellis") or the speaker as an
    object, so the speaker is read from the words."""
    doc = token.doc
    if token.i != token.sent.start or not token.text[:1].isupper() or token.tag_ not in ("VBD", "VBZ") \
            or any(c.dep_ in _SUBJECTS for c in token.children):
        return None
    for k in range(token.i + 1, min(token.i + 1 + _INVERTED_TAG_WORDS, len(doc) - 1)):
        if doc[k].text in (":", ","):
            following = doc[k + 1]
            if following.is_quote and following.is_left_punct and k > token.i + 1:
                return trim(list(doc[token.i + 1 : k]))
            if doc[k].text == ":":
                return None
    return None


def _trailing_clause(root: Token, subtree: list[Token]) -> Token | None:
    """A participle set off by a comma that closes the source's phrase ("Trump, speaking to a
    veterans group,", "Clinton, clearly frustrated,"): what the speaker was doing, which PolNeAR
    leaves out of the source. (Closing relative clauses, "Biden, who served ...", it leaves out
    about as often as it keeps, on train, so they stay.)"""
    last = max((t.i for t in subtree if not t.is_punct), default=root.i)
    for token in subtree:
        start = token.left_edge.i
        if (
            token.dep_ == "acl" and start > root.i and token.doc[start - 1].text == ","
            and token.right_edge.i >= last
        ):
            return token
    return None


_FOCUS_WORDS = frozenset(["even", "also"])


def _source_tokens(root: Token) -> list[Token]:
    if root.pos_ == "ADP":  # "Of Carson, Levine, who ..., said": the parser's subject is the preposition
        root = next((c for c in root.children if c.dep_ == "pobj"), root)
    fronted = [
        c for c in root.children if c.i < root.i and any(t.tag_ in ("VBG", "VBN") for t in c.subtree)
        and any(t.text == "," for t in root.doc[c.right_edge.i : root.i])
    ]
    skip = {t for c in fronted for t in c.subtree}
    subtree = list(root.subtree)
    closing = _trailing_clause(root, subtree)
    if closing is not None:
        skip.update(root.doc[closing.left_edge.i - 1 : closing.right_edge.i + 1])
    tokens = trim([t for t in subtree if t not in skip])
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    if tokens and tokens[0].tag_ in ("VBG", "VBN") and commas:  # a misparsed "Writing for X, Y"
        tokens = trim(tokens[commas[0] + 1 :])
    dashes = [k for k, t in enumerate(tokens) if t.text in _DATELINE_DASHES]
    if dashes and dashes[-1] < len(tokens) - 1 and tokens[dashes[-1]].i < root.i:
        # "FLINT, Mich., Oct. 4 (UPI) — Bill Clinton" (not "Rep. Lois Frankel — like Reid, ... —")
        tokens = trim(tokens[dashes[-1] + 1 :])
    if tokens:  # "CLEVELAND - Donald Trump" (read from the span's text: Doc.text is built per access)
        phrase = root.doc[tokens[0].i : tokens[-1].i + 1].text
        dateline_end = tokens[0].idx + without_dateline(phrase, (0, len(phrase)))[0]
        tokens = [t for t in tokens if t.idx >= dateline_end]
    before_root = [k for k, t in enumerate(tokens) if t.text == "," and t.i < root.i]
    if before_root:  # a phrase misattached before the name: "(after) the election, Minyon Moore"
        tokens = trim(tokens[before_root[-1] + 1 :])
    while len(tokens) > 1 and tokens[0].lower_ in _FOCUS_WORDS and tokens[0].dep_ in ("advmod", "preconj", "predet", "det"):
        tokens = tokens[1:]  # "Even China, Pyongyang's only ally," (PolNeAR keeps "Both", "Only")
    tokens += _dash_appositive(root)
    marks = [k for k, t in enumerate(tokens) if t.is_quote]
    if len(marks) == 1 and marks[0] in (0, len(tokens) - 1):  # a quotation's stray mark
        tokens = trim(tokens[1:] if marks[0] == 0 else tokens[:-1])
    if tokens and tokens[-1].i + 1 < len(root.doc):
        after = root.doc[tokens[-1].i + 1]
        opened = {t.text for t in tokens} & ({","} | _DASHES)
        if after.text in opened:  # an appositive's closing comma or dash belongs to the source
            tokens = tokens + [after]
    return tokens


_CUE_ADVERBS = frozenset(["also", "then", "still", "repeatedly", "again", "further", "later", "previously", "once"])


def _cue_tokens(token: Token, light_noun: Token | None, content: list[Token]) -> list[Token]:
    """The cue with its auxiliaries, particle, the preposition introducing its content, a colon
    before a quotation and a bare weekday ("has also said", "called for", "said Friday")."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].head == token and (
        doc[start - 1].dep_ in ("aux", "auxpass", "neg")
        or (doc[start - 1].dep_ == "advmod" and doc[start - 1].lower_ in _CUE_ADVERBS)
    ):
        start -= 1
    end = light_noun.i if light_noun is not None else token.i
    following = doc[end + 1] if end + 1 < len(doc) else None
    while following is not None and following.head == token and (
        following.dep_ == "prt"
        or (following.dep_ == "npadvmod" and following.lower_ in lexicon.WEEKDAYS)
        or (following.dep_ == "prep" and content and content[0].head == following)
        or following.text == ":"
    ):
        end = following.i
        following = doc[end + 1] if end + 1 < len(doc) else None
    return list(doc[start : end + 1])


def _subject_read_as_appositive(source: Token, clause_head: Token) -> Token | None:
    """The clause's subject where the parser hung it on the source as an appositive ("According
    to Rep. Trey Gowdy, Congressional probing of the Benghazi scandal was ...", with "was" left
    without a subject): an appositive ending just before a verb that has no subject of its own."""
    if clause_head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause_head.children):
        return None
    appositive = next((c for c in source.children if c.dep_ == "appos"), None)
    if appositive is None or appositive.right_edge.i >= clause_head.i:
        return None
    between = source.doc[appositive.right_edge.i + 1 : clause_head.i]
    return appositive if all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in between) else None


def _according_to_frames(doc: Doc, quotes: list[Quote]) -> list[Frame]:
    frames = []
    for token in doc:
        if token.lower_ != "according" or _in_quote(token, quotes):
            continue
        to = token.nbor(1) if token.i + 1 < len(doc) else None
        if to is None or to.lower_ != "to":
            continue
        objects = [c for c in to.children if c.dep_ == "pobj"] or [
            c for c in token.children if c.dep_ == "pobj"
        ]
        if not objects:
            continue
        phrase = token if token.head != token else to
        clause_head = phrase.head if phrase.dep_ == "prep" else phrase.head
        while clause_head.dep_ not in ("ROOT", "ccomp", "conj") and clause_head.head != clause_head:
            clause_head = clause_head.head
        subject = _subject_read_as_appositive(objects[0], clause_head)
        phrase_end = subject.left_edge.i - 1 if subject is not None else max(objects[0].right_edge.i, to.i)
        content = [t for t in clause_head.subtree if not token.i <= t.i <= phrase_end]
        content = trim([t for t in content if t.i < token.i] or content)
        content = trim(without_full_stop(content))
        if not content:
            continue
        source = _source_tokens(objects[0])
        if subject is not None:
            source = trim([t for t in source if t.i < subject.left_edge.i])
        frames.append(
            Frame(
                cue=char_range([token, to]),
                cue_head=token,
                content=snap_to_quotes(char_range(trim(content)), quotes),
                source=char_range(source),
                source_root=objects[0],
                according_to=True,
                confidence=0.85,
            )
        )
    return frames


def _layout_frames(doc: Doc, text: str, quotes: list[Quote]) -> list[Frame]:
    """Frames for attributions marked by layout (:mod:`presslens.attribution.layout`); a label
    counts as a speaker when a word of it is part of a person's or organisation's name elsewhere."""
    named: dict[str, list[int]] = {}
    for entity in doc.ents:
        if entity.label_ in ("PERSON", "ORG"):
            for token in entity:
                named.setdefault(token.lower_, []).append(token.idx)
    frames = []
    for found in label_attributions(text, named) + signed_quotes(text, quotes):
        source = doc.char_span(*found.source, alignment_mode="expand")
        cue = doc.char_span(*found.cue, alignment_mode="expand")
        if source is None or cue is None or not len(source) or not len(cue):
            continue
        frames.append(Frame(found.cue, cue.root, found.content, found.source, source.root, confidence=0.7,
                            verbatim=found.verbatim))
    return frames


def frame_at(token: Token, quotes: list[Quote], text: str) -> Frame | None:
    """The frame a cue verb (or light verb) heads, from the parse; None without content or source."""
    light_noun = _is_light_verb_cue(token)
    inverted = _inverted_tag_source(token)
    if inverted:  # the quotation after the tag's colon or comma
        opening = token.doc[inverted[-1].i + 2].idx
        content, quote = [], next((q for q in quotes if q.start == opening), None)
    else:
        content, quote = content_tokens(token, light_noun), adjacent_quote(token, quotes, text)
        if quote is None and inverted_subject(token) is not None and sentence_around_tag(token) is not None:
            content = []  # "The museum, said Mr. Obama, would ...": the sentence, not the clause after the tag
    confidence = 0.8
    if content:
        span = snap_to_quotes(char_range(content), quotes)
    elif quote is not None:
        span, confidence = (quote.start, quote.end), 0.75
    elif (following := paragraph_after_colon(token, text)) is not None:
        span, confidence = following, 0.7
    elif (around := sentence_around_tag(token)) is not None:
        span, confidence = around, 0.7
    else:
        return None
    span = join_split_quote(token, extend_over_quotes(token, span, quotes, text), quotes, text)
    root, inherited = (span_root(inverted), False) if inverted else _source(token)
    if root is None and not any(c.dep_ in ("nsubjpass", "expl") for c in token.children):
        return None
    source = antecedent = None
    if root is not None and root.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        # "Mr. Kamin, who emphasized that ...": the source is "who", the speaker Mr. Kamin
        pronoun, source, root = root, char_range([root]), token.head
        while pronoun.lower_ == "who" and root.dep_ == "pobj" and root.head.dep_ == "prep" \
                and (root.ent_type_ in ("ORG", "GPE") or root.lemma_.lower() in lexicon.ORGANISATION_NOUNS):
            # "Vaz, chairman of the committee, who ...": a person, not the committee; but not from
            # people ("the mirror image of the Tea Party Republicans who oppose ...")
            root = root.head.head
        named = [c for c in root.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i < token.i]
        if named:  # "the third- and fourth-most delegates - Sen. Marco Rubio of Florida, who ...": Rubio
            root = named[-1]
        while root.dep_ == "appos" and not named:  # "Robert Kamin, a tax lawyer, who ...": the lawyer is Kamin
            root = root.head
        clause = range(token.left_edge.i, token.right_edge.i + 1)
        tokens = trim([t for t in _source_tokens(root) if t.i not in clause])
        antecedent = char_range(tokens) if tokens else None
    elif root is not None:
        tokens = inverted or _source_tokens(root)
        if not tokens:
            return None
        source, root = char_range(tokens), span_root(tokens)
    return Frame(
        cue=char_range(_cue_tokens(token, light_noun, content)),
        cue_head=token,
        content=span,
        source=source,
        source_root=root,
        inherited_source=inherited,
        confidence=confidence if root is not None else confidence - 0.2,
        antecedent=antecedent,
        inverted_tag=bool(inverted),
    )


def _learnt_frame(model: CueModel, doc: Doc, features: DocFeatures, cue: TokenRange) -> Frame | None:
    """A frame from the role model, for cues the parse rules cannot read (nouns, punctuation,
    verbs whose content the parse does not attach). Without a source it is no frame: PolNeAR
    also marks sourceless cues ("so-called", "reportedly"), which presslens reports as scare
    quotes and hedges, so that every attribution has a speaker."""
    roles = model.roles(doc, features, cue)
    if "Content" not in roles or "Source" not in roles:
        return None
    source = list(doc[slice(*roles["Source"])])
    return Frame(
        cue=char_range(doc[slice(*cue)]),
        cue_head=doc[slice(*cue)].root,
        content=char_range(learnt_content(doc, roles["Content"])),
        source=char_range(source),
        source_root=span_root(source),
        confidence=0.6,
    )


def _rule_frame(model: CueModel, doc: Doc, text: str, features: DocFeatures, cue: TokenRange,
               quotes: list[Quote]) -> Frame | None:
    """The parse rules' frame for a cue, with the role model's content instead of the rules'
    where the content choice prefers it and it lies in the cue's paragraph (the rules' reach
    across paragraphs, for quotations that continue, is beyond the role model's window)."""
    head = doc[slice(*cue)].root
    frame = frame_at(head, quotes, text)
    if frame is None:
        return None
    if frame.inverted_tag or inverted_subject(head) is not None:
        return frame  # a tag naming its speaker after the verb: the rules read it whole
    learnt = model.roles(doc, features, cue).get("Content")
    alternative = rival_content(doc, text, frame, learnt)
    if alternative is not None:
        features = choice_features(text, head, frame.cue, frame.content, alternative)
        if model.content_choice.score(features) > 0:  # the role model's content is preferred
            frame.content = alternative
    return frame


def rival_content(doc: Doc, text: str, frame: Frame, learnt: TokenRange | None) -> tuple[int, int] | None:
    """The role model's content as a rival to the rules' for the content choice (in training and
    at run time alike): None where it agrees with the rules, leaves the cue's paragraph, or takes
    in a word that governs the cue which the rules' content leaves out ("The expert suggested
    that ... – but ..., he added that ...": what he added cannot hold "suggested"), or lies beyond
    such a word."""
    if learnt is None:
        return None
    chars = char_range(learnt_content(doc, learnt))
    reach = min(chars[0], frame.cue[0]), max(chars[1], frame.cue[1])
    if chars == frame.content or "\n" in text[reach[0] : reach[1]]:
        return None
    cue_start, cue_end = frame.cue
    for governor in frame.cue_head.ancestors:
        if chars[0] <= governor.idx < chars[1] and not frame.content[0] <= governor.idx < frame.content[1]:
            return None
        if chars[1] <= governor.idx < cue_start or cue_end <= governor.idx < chars[0]:
            return None  # the governor's own report ("Vaz, who had called for ..., said: “...”")
    return chars


def _source_before_cue(doc: Doc, frame: Frame) -> None:
    """A learnt cue may take in the thing said that heads the source the parse gave it
    ("Clinton's [response was]:", "his best [response]"): the source is then its owner, as
    in the speaker registry."""
    root = frame.source_root
    if frame.source is None or root is None or not frame.cue[0] <= root.idx < frame.cue[1] \
            or root.lemma_.lower() not in lexicon.SAID_THINGS:
        return
    owner = next((c for c in root.children if c.dep_ == "poss" and c.idx < frame.cue[0]), None)
    if owner is not None:
        kept = trim(list(owner.subtree))
        frame.source, frame.source_root = char_range(kept), span_root(kept)


def _speaker_in_recording(frame: Frame) -> None:
    """"A video of Christie talking candidly ...": a participle cue hung on a recording of someone
    reports that someone, not the recording (the parse or the role model gives the recording)."""
    root, head = frame.source_root, frame.cue_head
    if frame.source is None or root is None or root.lemma_.lower() not in lexicon.RECORDING_NOUNS \
            or head.tag_ not in ("VBG", "VBN") or head.i < root.i:
        return
    shown = next((o for p in root.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
    if shown is None or shown.i > head.i or shown.pos_ not in ("PROPN", "PRON"):
        return
    kept = trim([t for t in shown.subtree if t.i < head.i])
    frame.source, frame.source_root = char_range(kept), span_root(kept)


def _moved_edges(doc: Doc, parse: ParseArrays, frame: Frame, edges: ContentEdges) -> tuple[int, int]:
    """The content as the content-edge scorers would draw it, unless that takes in a word
    governing the cue ("Ban Ki-moon condemned what he called ...": what he called cannot hold
    "condemned", as for the role model's rival), and except an end carried over a closing phrase
    of time or medium only ("announced his candidacy [in June 2015]"): when and how it was said
    stays out, as the rules leave it."""
    start, end = edges.adjust(doc, parse, frame.content, frame.cue, frame.cue_head.i)
    old_start, old_end = frame.content
    if any(start <= t.idx < end and not old_start <= t.idx < old_end for t in frame.cue_head.ancestors):
        return frame.content
    if end > old_end:
        span = doc.char_span(start, end, alignment_mode="expand")
        kept = without_trailing_adjunct(list(span)) if span is not None else []
        if kept and char_range(kept)[1] <= old_end:
            end = old_end
    return start, end


def find_frames(doc: Doc, text: str, quotes: list[Quote], model: CueModel) -> list[Frame]:
    """All attribution frames of a document (whose ``text`` is passed in because ``Doc.text``
    joins every token at each access), in text order.

    Cues come from the cue model, from "according to" and from the reporting verbs the lexicon
    knows (the model misses some of those, light-verb phrases above all). A cue whose head the
    parse rules read (a reporting verb with a subject and a complement) gets the rules' source
    and, unless the content choice prefers the role model's, their content; other cues get the
    role model's; the content-edge scorers then move contents' edges where they score better
    elsewhere. A learnt cue's confidence is its frame's times the cue model's probability.
    """
    top = [q for q in quotes if q.depth == 0]
    frames = _according_to_frames(doc, top) + _layout_frames(doc, text, top)

    def free(cue: tuple[int, int], head: Token) -> bool:
        return not (
            _in_quote(head, top)
            or _inside_name(head)
            or _is_medium_clause(head)
            or any(f.cue[0] < cue[1] and cue[0] < f.cue[1] for f in frames)
        )

    features = token_features(doc, top)
    for cue, probability in model.cues(features):
        head, cue_chars = doc[slice(*cue)].root, char_range(doc[slice(*cue)])
        if not free(cue_chars, head):
            continue
        frame = _rule_frame(model, doc, text, features, cue, top) or _learnt_frame(model, doc, features, cue)
        if frame is not None:
            frame.cue, frame.confidence = cue_chars, frame.confidence * probability
            _source_before_cue(doc, frame)
            _speaker_in_recording(frame)
            frames.append(frame)
    verbs = (doc[i] for i, pos in enumerate(features.parse.pos) if pos in ("VERB", "AUX"))  # what may report
    for token in verbs:
        if _is_reporting(token) and free(char_range([token]), token):
            frame = _rule_frame(model, doc, text, features, (token.i, token.i + 1), top)
            if frame is not None:
                frames.append(frame)
    frames.sort(key=lambda f: f.cue[0])
    for frame in frames:
        frame.content = without_dateline(text, frame.content)
    _end_before_coordinated_reports(frames, text, top)
    _start_after_leading_tag(frames, text)
    if model.content_edges is not None:
        for frame in frames:
            frame.content = _moved_edges(doc, features.parse, frame, model.content_edges)
    return _drop_nested(frames)


def _end_before_coordinated_reports(frames: list[Frame], text: str, quotes: list[Quote]) -> None:
    """"He said it was opposed to the test and warned North Korea ...": a verb of saying joined by
    "and" or "but" that cues an attribution of its own starts a new report, though the parse hangs
    it inside the first one's content; the first content ends before the conjunction."""
    for other in frames:
        head = other.cue_head
        if head.dep_ != "conj" or head.lemma_.lower() not in lexicon.SPEECH_VERBS or _in_quote(head, quotes):
            continue
        cut = head.left_edge.i
        doc = head.doc
        while cut > 0 and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].text == ","):
            cut -= 1
        if cut == head.left_edge.i or cut == 0:
            continue
        end = doc[cut - 1].idx + len(doc[cut - 1])
        for frame in frames:
            if frame is not other and frame.content[0] < end < frame.content[1] and frame.cue[1] <= end:
                frame.content = (frame.content[0], end)


def _start_after_leading_tag(frames: list[Frame], text: str) -> None:
    """"Sen. Claire McCaskill scolded him: “...,” she said.": a content before its cue that
    holds another report's cue and, closing with it, that report's quotation is the quotation;
    the parse hangs the leading tag's clause on the closing tag. ("According to" reports the
    whole sentence, nested report and all.)"""
    for frame in frames:
        if frame.content[1] > frame.cue[0] or frame.according_to:
            continue
        for other in frames:
            if other is not frame and frame.content[0] <= other.cue[0] and other.cue[1] <= other.content[0] \
                    and abs(other.content[1] - frame.content[1]) <= 2 and other.content[0] > frame.content[0] \
                    and text[other.content[0]] in "\u201c\"":
                frame.content = (other.content[0], frame.content[1])


def _participle_report(frame: Frame, outer: Frame) -> bool:
    """"It attacked Trump, saying he ...": a participle of saying set off by a comma after
    another cue is a report of its own (PolNeAR marks both), not part of the first's content."""
    head = frame.cue_head
    return (
        head.dep_ == "advcl" and head.head == outer.cue_head and head.tag_ == "VBG"
        and head.lemma_.lower() in lexicon.SPEECH_VERBS and head.i > 0 and head.doc[head.i - 1].text == ","
    )


def _drop_nested(frames: list[Frame]) -> list[Frame]:
    """Drop a frame whose cue sits inside another frame's content and shares its source, unless
    it is a participle report of its own. That one ends the other's content before its comma
    where the content follows the other's cue; a quotation before the cue (“...,” she said,
    adding that .... “...”) keeps its continuation, as PolNeAR marks it."""
    kept = []
    for frame in frames:
        nested = False
        for outer in frames:
            if outer is frame or not outer.content[0] <= frame.cue[0] < outer.content[1]:
                continue
            if _participle_report(frame, outer):
                comma = frame.cue_head.doc[frame.cue_head.i - 1]
                if outer.cue[1] <= outer.content[0] < comma.idx:
                    outer.content = (outer.content[0], comma.idx)
            elif frame.inherited_source and outer.source == frame.source:
                nested = True
        if not nested:
            kept.append(frame)
    return kept
