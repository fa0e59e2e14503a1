"""The per-article speaker registry: who each source is, under one canonical name.

Names come from spaCy's entities after two general corrections: a surname that the article also
uses with an honorific ("Mr Sevimlisoy") marks the words ending in it as a person even inside a
longer organisation entity, and names used as media ("Writing for Spiked") are organisations.
Pronouns resolve to the nearest earlier speaker of a compatible kind; descriptions ("the
expert") to a speaker whose role shares their head noun, else to the nearest named speaker,
looking back first and, for ledes that describe before they name, then forward.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from presslens.attribution import lexicon
from presslens.attribution.quotes import QUOTE_MARKS
from presslens.attribution.spans import without_dateline
from presslens.model import Mention, MentionKind, Span, Speaker, SpeakerKind

_PERSON_LABELS = {"PERSON"}
# Descriptions a narrative subject may be of someone already named ("The GOP nominee visited ...").
_DESCRIBED_POSTS = lexicon.OFFICE_NOUNS | lexicon.CANDIDACY_NOUNS
# Posts someone holds, which a description names one holder of ("the senator"), unlike "the star"
# or "the journalist".
_POSTS = (_DESCRIBED_POSTS | lexicon.LEGISLATORS) - {"candidate", "contender"}  # many run at once
# Words before a surname that are no first name ("Mr.", "Sen.").
_NOT_FIRST_NAMES = lexicon.HONORIFICS | lexicon.OFFICE_NOUNS
_FIRST_NAMES = lexicon.FEMALE_FIRST_NAMES | lexicon.MALE_FIRST_NAMES
# A word written as only a person's is: "Iampaglia, who graduated", "Podliska himself asked".
_PERSON_CUE = re.compile(r"\b([^\W\d_]+)(?:(?:['’]s)?,\s+who|\s+(?:him|her)self)\b")
# Nouns that can name a person, beside the endings such nouns have.
_PERSON_WORDS = (lexicon.PERSON_NOUNS | lexicon.OFFICE_NOUNS | lexicon.STAFF_NOUNS | lexicon.CANDIDACY_NOUNS
                 | lexicon.LEGISLATORS | lexicon.PARTIES | set(lexicon.ROLE_GENDER))
# Verbs of saying that go on from what their speaker said before ("he added").
_CONTINUING_VERBS = frozenset(["add", "continue"])
_BACKGROUND_MARKERS = frozenset(["after", "before", "when", "while", "since", "because", "as", "until",
                                 "if", "unless", "although", "though", "once", "than"])
# Verbs whose object takes a complement ("to hold Snyder accountable"), read by the parser as
# that object's own clause: the object is acted on, no topic.
_OBJECT_COMPLEMENT_VERBS = frozenset(["hold", "make", "keep", "leave", "find", "consider", "render", "deem"])
_ORG_LABELS = {"ORG", "GPE", "FAC"}
_ROLE_PREPOSITIONS = {"at", "of", "for", "with", "from"}
# First and second persons outside any report: the article's own voice, or its reader.
_VOICES = {"i": ("the author", SpeakerKind.person), "we": ("the authors", SpeakerKind.group),
           "you": ("the reader", SpeakerKind.generic)}
_OFFICE_VERBS = frozenset(["elect", "appoint", "name", "nominate", "install", "choose", "select", "become",
                           "serve", "swear", "confirm", "reelect", "re-elect"])
_PRONOUN_KINDS = {
    "person": (SpeakerKind.person,),
    "group": (SpeakerKind.group, SpeakerKind.organisation, SpeakerKind.generic),
    "organisation": (SpeakerKind.organisation, SpeakerKind.thing),
}
_PAIR_WORDS = frozenset(["pair", "two", "both", "couple", "duo"])
_COPULAS = frozenset(["be", "remain", "become"])  # verbs whose predicate noun describes their subject
_NOT_NAME_LABELS = frozenset(["PRODUCT", "NORP", "FAC", "EVENT", "LAW", "LANGUAGE"])
_RELATIVE_OPENING = re.compile(r",\s*(?:who|whose|which)\b", re.IGNORECASE)
_KIN_GENDER = {"wife": "f", "husband": "m", "daughter": "f", "son": "m", "mother": "f", "father": "m",
               "sister": "f", "brother": "m", "widow": "f", "widower": "m"}
_KINSHIP_REACH = 60  # characters either side of a full name where a word of kinship ties it to a namesake
_NAMESAKE_REACH = 600  # characters after a namesake's full name in which a bare family name is theirs
# An indefinite description brings in a new referent ("said one City analyst, who asked not to
# be named"); only a definite one ("the analyst") can be someone already in the article.
_INDEFINITE_DETERMINERS = frozenset(["a", "an", "one", "another"])
_DETERMINERS = _INDEFINITE_DETERMINERS | {"the"}
_HYPOTHETICAL_MODALS = frozenset(["would", "could", "might", "may"])
_RELATIVE_CLAUSE = re.compile(r"\s(?:who|whose|whom|which|that)\s", re.IGNORECASE)
# A party and home state after a politician's name (", R-Iowa", "(D-Calif.)").
_PARTY_STATE = re.compile(r",?\s*\(?[RDI]-([A-Z][a-z]+(?: [A-Z][a-z]+)?)(\.?)")
_STATE_IN_PARENTHESES = re.compile(r"\s*\(([A-Z][a-z]+)\.?\)")  # "Marco Rubio (Fla.)"
_GROUP_MEMBER_LEADS = ("including", "such as", "like", "among them", "and")


@dataclass
class Name:
    start: int
    end: int
    text: str
    kind: SpeakerKind


@dataclass
class _Cluster:
    kind: SpeakerKind
    names: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    quoted_at: list[int] = field(default_factory=list)
    label: str | None = None  # who an unquoted "I" or "you" is: the author, the reader
    members: list[_Cluster] = field(default_factory=list)  # the people of "Geller and Spencer"

    @property
    def canonical(self) -> str:
        if self.label:
            return self.label
        if self.members:
            return " and ".join(_clean_name(member.canonical) for member in self.members)
        if self.names:
            # The full name the article uses most ("Hillary Clinton", not a one-off "Crooked
            # Hillary Clinton" inside a quotation), then the longest.
            def preference(name: str) -> tuple:
                words = len(_without_honorifics(name.split()))
                return words > 1, self.names.count(name), words, len(name)

            return max(self.names, key=preference)
        # Unnamed: its first description up to a comma ("one City analyst", not the same words
        # with ", who asked not to be named"; "A spokesperson for TriMet", not "the spokesperson").
        described = sorted((m.span.start, m.span.text) for m in self.mentions if m.kind is not MentionKind.pronoun)
        if described:
            return described[0][1].split(",")[0].strip()
        return self.mentions[0].span.text if self.mentions else ""


def _words(text: str) -> list[str]:
    return text.split()


def _clean_name(text: str) -> str:
    if text.count("(") > text.count(")"):  # "The World Health Organization (WHO"
        text = text[: text.rfind("(")]
    closing = max(text.rfind(mark) for mark in '"\u201d\u00bb')  # not an apostrophe: "O’Malley"
    if 0 <= closing < len(text) - 1:  # "paranoia,”Clinton said", no space after the quotation
        text = text[closing + 1 :]
    text = text.strip(" ,;:")
    if text.endswith(".") and text.split()[-1].lower() not in lexicon.NAME_SUFFIXES:
        text = text.rstrip(".").rstrip()  # a sentence's full stop, not "Jr."'s
    for suffix in ("’s", "'s", "’", "'"):
        text = text.removesuffix(suffix)
    return text


def _without_honorifics(words: list[str]) -> list[str]:
    """"Mr Sevimlisoy" as ["Sevimlisoy"], "Archbishop Jeanbart" as ["Jeanbart"]: an honorific or
    a title is no first name, and "Joseph R. Biden Jr." ends in "Biden"."""
    kept = [w for w in words if w.lower() not in lexicon.HONORIFICS]
    while len(kept) > 1 and kept[-1].lower().strip(",") in lexicon.NAME_SUFFIXES:
        kept = kept[:-1]
    while len(kept) > 1 and _full_form(kept[0].lower().rstrip(".")) in lexicon.OFFICE_NOUNS:
        kept = kept[1:]
    return kept or words[-1:]


def _hyphenated(token: Token) -> bool:
    """Part of a hyphenated word ("three-term", "71-year-old")."""
    doc = token.doc
    return (token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_) or (
        token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_)


def _ranked_by_hyphen(token: Token) -> bool:
    """Part of a hyphenated word that opens with a rank ("vice-presidential", "ex-senator"): a
    title's words, unlike a career's ("three-term")."""
    doc, first = token.doc, token.i
    while first > 1 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_:
        first -= 2
    return doc[first].lower_ in lexicon.RANK_WORDS


def _full_form(word: str) -> str:
    """"gov" -> "governor", "gop" -> "republican"."""
    return lexicon.TITLE_ABBREVIATIONS.get(word) or lexicon.PARTY_NAMES.get(word) or word


def _expanded(words) -> set[str]:
    """Title words with their full forms and singulars added ("Morning Joe hosts Joe Scarborough
    and Mika Brzezinski": each is a host), and "lawmaker" for any member of a legislature."""
    singulars = {w[:-1] for w in words if len(w) > 3 and w.endswith("s") and not w.endswith("ss")}
    expanded = set(words) | singulars | {_full_form(w) for w in set(words) | singulars}  # "Sens." holds "senator"
    return expanded | lexicon.LEGISLATOR_NOUNS if expanded & lexicon.LEGISLATORS else expanded


def _holds_title(words: set[str], head: str, modifiers: set[str]) -> bool:
    """Whether title words (a role, or the words before a name, with their full forms) hold the
    description's head noun, all its other title words, and no rank it lacks ("vice", "former":
    the vice president is not the president)."""
    return head in words and modifiers <= words and not (words & _ranks(head)) - modifiers


def _ranks(head: str) -> frozenset[str]:
    """The rank words that set a title apart from one with this head: a former president is no
    president, but a former pollster is still "the pollster" (no post, but a trade)."""
    return lexicon.RANK_WORDS if head in _POSTS else lexicon.RANK_WORDS - {"former", "ex"}


def _titled_otherwise(titles: list[set[str]], head: str, modifiers: set[str]) -> bool:
    """Known by another office than the description's ("Rep." for "the president"), or by the
    same office of another kind ("health minister" for "the prime minister": each has a word the
    other lacks), or known by a post that no one is elected to ("spokesman", "analyst") when the
    description is an office or a candidacy, or by an office outside party politics ("Justice")
    when it is a candidacy, or of another rank ("vice presidential nominee" for "the presidential
    nominee"). Any other description ("the expert") fits anyone."""
    with_head = [{_full_form(w) for w in words} for words in titles if head in words]
    if with_head:  # compared in full forms: "Rep." is no word that "the congressman" lacks
        return all((words - modifiers - {head} - lexicon.PARTIES - lexicon.RANK_WORDS - lexicon.LEGISLATOR_NOUNS
                    and modifiers - words - lexicon.PARTIES)
                   or (words & _ranks(head)) != (modifiers & _ranks(head)) for words in with_head)
    # Nor is a spokesman or an analyst "the congressman", nor they or a judge "the GOP candidate".
    barred = lexicon.OFFICE_NOUNS | lexicon.STAFF_NOUNS if head in lexicon.OFFICE_NOUNS else (
        lexicon.STAFF_NOUNS | lexicon.NONPARTISAN_OFFICES if head in lexicon.CANDIDACY_NOUNS else frozenset())
    return any(words & barred for words in titles)


def _of_other_party(titles: list[set[str]], modifiers: set[str]) -> bool:
    """The description names a party ("the GOP nominee") and the person's titles another."""
    wanted = modifiers & lexicon.PARTIES
    known = set().union(*titles) & lexicon.PARTIES
    return bool(wanted and known) and not wanted & known


def _without_article(name: str) -> str:
    """"the Institute for Fiscal Studies" as the role splitter sees it, articles dropped."""
    return name[4:] if name.lower().startswith("the ") else name


def _lede_end(text: str) -> int:
    """Where the lede ends: at the third paragraph that holds a sentence (a headline has no full
    stop), so the lede is the first two."""
    seen, offset = 0, 0
    for paragraph in text.split("\n"):
        if paragraph.rstrip().endswith((".", "\u201d", '"', "'", "\u2019")):
            seen += 1
            if seen == 3:
                return offset
        offset += len(paragraph) + 1
    return len(text) + 1


def _surname_evidence(doc: Doc) -> set[str]:
    """Words written after an honorific or a capitalised title ("Mr Sevimlisoy", "Archbishop
    Jeanbart", "Sen. Cruz"): a name ending in one is a person's, whatever the NER said."""
    surnames = set()
    for token in doc[:-1]:
        if not token.nbor(1).text[:1].isupper():
            continue
        title = _full_form(token.lower_.rstrip("."))
        # not a title word inside an organisation's name ("the General Assembly")
        titled = token.text[:1].isupper() and title in lexicon.OFFICE_NOUNS and \
            token.ent_type_ in ("", "PERSON") and token.nbor(1).ent_type_ in ("", "PERSON")
        if token.lower_ in lexicon.HONORIFICS or titled:
            surnames.add(token.nbor(1).text)
    return surnames


def _plural_phrase(span: SpacySpan) -> bool:
    """Capitalised words ending in a plural ("Charleston Church Shooting Survivors" in a title-case
    heading): people, but no one person. (Surnames ending in "s" are often tagged plural too:
    "Sanders", "Dottie Deans"; a person the NER found is one.)"""
    return len(span) > 1 and span[-1].tag_ == "NNPS"


def _plural_names(doc: Doc) -> set[str]:
    """Capitalised plurals written as a people, with "the" or a quantifier ("the Whigs", "most
    Whigs", "the Clintons"): a party or a family, no one person, though the NER may tag the word
    as one. (A surname ending in "s" is tagged plural too, but takes no article: "Sanders said",
    "the Sanders campaign".)"""
    return {token.text for token in doc if token.tag_ in ("NNS", "NNPS") and token.text[:1].isupper()
            and token.dep_ != "compound" and any(
                c.dep_ in ("det", "amod") and (c.lower_ == "the" or c.lower_ in lexicon.GENERIC_DETERMINERS)
                for c in token.children if c.i < token.i)}


def _written_alone(doc: Doc, ent: SpacySpan) -> bool:
    """Whether the entity's last word stands alone as a name elsewhere, between words that are
    not capitalised ("... by Grimes since she said"): a surname, as a place's or a body's last
    word ("Mason City", "Rose Bowl") is not."""
    word = ent[-1].text
    return any(
        token.text == word and not ent.start <= token.i < ent.end
        and not (token.i > 0 and doc[token.i - 1].text[:1].isupper() and not doc[token.i - 1].is_sent_start)
        and not (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())
        for token in doc)


def _shouted(text: str) -> bool:
    """Words set in capitals throughout, as a heading is: no sign of a name (a transcript's
    single-word "PENCE:" is one)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(text.split()) > 1 and all(ch.isupper() for ch in letters)


def _is_thing(root: Token) -> bool:
    """A source head that names no one: a document, a record, an abstract noun; in a title-case
    headline, one owned by someone ("Schlafly's Final Column Explains ...")."""
    lemma = root.lemma_.lower()
    owned_title = root.pos_ == "PROPN" and any(c.dep_ == "poss" for c in root.children)
    if (root.pos_ != "NOUN" and not owned_title) or lemma in lexicon.NOT_THINGS or lemma in lexicon.ORGANISATION_NOUNS:
        return False
    return lemma in lexicon.THING_NOUNS or lemma.endswith(lexicon.THING_ENDINGS)


def _object_of_imperative(noun: Token) -> bool:
    """Whether a noun is what a sentence with no subject bids its reader look at ("Consider Jeb
    Bush", "Just look at House Speaker Paul D. Ryan"): the sentence is about it."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if verb is None or verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return False
    opening = verb.sent[: verb.i - verb.sent.start]  # only "Just", "And" or punctuation before the verb
    return all(t.dep_ in ("advmod", "cc", "punct") for t in opening) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in verb.children)


def _named_as_topic(noun: Token) -> bool:
    """Whether a noun is what an "as for" or "as to" phrase turns to ("As for Trump, he was ..."),
    or what "when it comes to" does, or owns it ("when it comes to Mr. Sanders's proudest
    legislative moments, it is the losses that stand out. // He was among 25 senators ...")."""
    if noun.dep_ == "poss" and noun.head.dep_ == "pobj":
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "to"):
        return False
    turn = noun.head.head
    return (turn.lower_ == "as" and turn.dep_ == "prep") or (
        noun.head.lower_ == "to" and turn.lemma_ == "come" and any(c.lower_ == "it" for c in turn.children))


def _singled_out(noun: Token) -> bool:
    """Whether a noun is what its sentence singles out, though parsed as a complement or an
    object: the complement of an "it was ... who" sentence ("it was Mr. Trump who particularly
    seemed like a different candidate") or of a "be" with no subject of its own, which follows
    the phrase put first ("Rushing to Melania Trump's defense was Manafort"), or a name stressed
    with "himself" or "herself" ("no direct word from Donald Trump himself")."""
    if any(c.lower_ in ("himself", "herself") and c.dep_ in ("appos", "npadvmod") for c in noun.children):
        return True
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in noun.head.children):
        return True
    return _impersonal(noun.head) and any(
        c.dep_ == "relcl" and any(s.dep_ in ("nsubj", "nsubjpass") and s.tag_ == "WP" for s in c.children)
        for c in noun.children)


def _impersonal(clause: Token) -> bool:
    """Whether a clause's subject is an empty "it" or "there" ("it is surprising", "there was")."""
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "there") for c in clause.children)


def _verb_after(phrase: Token) -> bool:
    """Whether a verb follows a phrase right away: then it is that verb's subject, whatever the
    parse says ("... with hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential
    candidate stated", parsed as Brzezinski's appositive)."""
    after = phrase.right_edge.i + 1
    return after < len(phrase.doc) and phrase.doc[after].pos_ in ("VERB", "AUX")


def _names_a_person(root: Token) -> bool:
    """Whether a described source's head can name a person ("the senator", "an aide", "the
    Texan"), by the project's lists of people and offices and the endings of such nouns."""
    return root.pos_ != "NOUN" or _person_word(_full_form(root.lemma_.lower()))


def _person_word(word: str) -> bool:
    """Whether a lower-case noun is one for a person, by the project's lists of people and
    offices and the endings of such nouns ("pollster", "senator", not "border")."""
    return word in _PERSON_WORDS or (word.endswith(lexicon.PERSON_ENDINGS) and word not in lexicon.NOT_PERSON_NOUNS)


def _with_missed_name_parts(ent: SpacySpan) -> SpacySpan:
    """A person's name the NER cut short: the capitalised proper nouns right after it ("Judge
    [Brett] Kavanaugh"), and a known first name right before it ("Committee Chair Debbie
    [Wasserman Schultz]"), outside any other entity, belong to it."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and not doc[end].ent_type_ and doc[end].is_alpha:
        end += 1
    if start > 0 and doc[start - 1].tag_ == "NNP" and not doc[start - 1].ent_type_ \
            and doc[start - 1].lower_ in _FIRST_NAMES:
        start -= 1
    return SpacySpan(doc, start, end, label=ent.label) if (start, end) != (ent.start, ent.end) else ent


def _office_taken(subject: Token) -> Token | None:
    """The office a person is said to hold or take ("Khan was elected as mayor of London", "she
    became prime minister"): the noun after "as", or the complement of "become"."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in _OFFICE_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            noun = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if noun is not None:
                return noun
        if child.dep_ in ("attr", "oprd") and child.pos_ == "NOUN" and verb.lemma_ == "become":
            return child
    return None


def _misspelt(word: str, name: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped, the first kept, in words
    of five letters or more ("McLenney" for "McClenney", "Wines" for "Wimes", "Bryne" for
    "Byrne")."""
    if min(len(word), len(name)) < 5 or word[0] != name[0] or abs(len(word) - len(name)) > 1:
        return False
    if len(word) == len(name):
        differ = [k for k, (a, b) in enumerate(zip(word, name)) if a != b]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                     and word[differ[0]] == name[differ[1]] and word[differ[1]] == name[differ[0]])
    short, long = sorted((word, name), key=len)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def _misspelt_surname(word: str, surnames: Iterable[str]) -> str | None:
    """The one of ``surnames`` (lower case) that a lower-case word misspells, if exactly one."""
    near = {s for s in surnames if _misspelt(word, s)}
    return near.pop() if len(near) == 1 else None


def _misspelling_of_one(word: str, surnames: set[str]) -> bool:
    """A single word misspelling exactly one of the surnames, and not their plural ("the
    Clintons" is a family)."""
    if " " in word or any(word.endswith(end) and word[: -len(end)] in surnames for end in ("s", "es")):
        return False
    return _misspelt_surname(word.lower(), {s.lower() for s in surnames}) is not None


def _names_a_company(ent: SpacySpan) -> bool:
    """"the Gannett newspaper chain", "the Acme company": a name modifying a company noun names
    that company, whatever label the NER gave it; so does such a noun itself in capitals ("the USA
    TODAY NETWORK" tagged as a person "NETWORK")."""
    token = ent.root
    if token.lower_ in lexicon.ORGANISATION_NOUNS and token.text.isupper():
        return True
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
        if token.lemma_.lower() in lexicon.COMPANY_NOUNS:
            return True
    return False


def _name_part(ent: SpacySpan) -> SpacySpan:
    """The name in an entity that runs on over a comma into lower-case words or an age ("Ivanka
    Trump, the Republican presidential nominee's eldest daughter", "Schiff, 56, who has served
    ..." tagged as one organisation), or into a headline's verb ("Obama Says", "Stephen Paddock
    LEFT"): what follows describes the name or tells what it did. A modal verb before the name
    opens a question ("Will Sanders come down ...?"), a preposition or an adjective a headline
    ("Beneath Clinton's wins, ...", "Top Clinton adviser sent ..."); a story's dateline opens the
    text ("CLEVELAND - Donald Trump painted ...")."""
    end = next((t.i for t in ent[1:-1] if t.text == "," and (t.nbor().text[:1].islower() or t.nbor().like_num)),
               ent.end)
    start = ent.start
    dateline_end = ent.start_char + without_dateline(ent.text, (0, len(ent.text)))[0]  # not Doc.text: built per access
    while start < end - 1 and ent.doc[start].idx < dateline_end:
        start += 1
    # "Will Sanders come down ...?", "Beneath Clinton's", a headline's "Top Clinton adviser"
    while end - start > 1 and (ent.doc[start].tag_ in ("MD", "IN") or (
            ent.doc[start].tag_ in ("JJ", "RB", "VBD") and ent.doc[start].lower_ not in _FIRST_NAMES)):
        start += 1
    while end - start > 2 and ent.label_ == "PERSON" and ent.doc[start].lower_ in _PERSON_WORDS:
        start += 1  # a title opening a sentence, capitalised and taken into the name ("Founder Beverly Bond")
    shouted = ent.doc[start].text.isupper()
    while end - start > 1 and (ent.doc[end - 1].tag_ in ("VBZ", "VBD", "VBP", "MD", "DT") or (
            not shouted and ent.doc[end - 1].text.isupper() and len(ent.doc[end - 1]) > 1)):
        end -= 1
    return ent if (start, end) == (ent.start, ent.end) else SpacySpan(ent.doc, start, end, label=ent.label)


def _first_name_gender(words: list[str]) -> str | None:
    """m / f from the first of several name words, where it is a known first name."""
    first = words[0].lower() if len(words) > 1 else ""
    return "f" if first in lexicon.FEMALE_FIRST_NAMES else "m" if first in lexicon.MALE_FIRST_NAMES else None


def _names_a_side(words: list[str]) -> bool:
    """A person's name made the name of their campaign or entourage ("Team Trump")."""
    return len(words) == 2 and words[0].lower() in lexicon.SIDE_WORDS


def _relative_named(ent: SpacySpan, entities: tuple[SpacySpan, ...]) -> str | None:
    """The family name a first name alone takes from the one whose relative it names ("Clinton's
    husband, Bill," is Bill Clinton; "Aubrey Pelletier hoisted a sign. Her father, Brad, ..." is
    Brad Pelletier: a possessive pronoun stands for the last person named in full in its
    sentence or the one before), or None."""
    head = ent.root.head
    if len(ent) != 1 or ent.root.dep_ != "appos" or head.lemma_.lower() not in lexicon.KINSHIP_NOUNS \
            or (ent[0].lower_ not in _FIRST_NAMES and ent.label_ not in _PERSON_LABELS):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.pos_ == "PROPN":
        return owner.text
    if owner.lower_ not in ("his", "her"):
        return None
    sentence = owner.sent
    since = owner.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    named = [e for e in entities if e.label_ in _PERSON_LABELS and len(e) > 1 and since <= e.start and e.end <= owner.i]
    return named[-1][-1].text if named else None


def find_names(doc: Doc, text: str, media_names: set[str]) -> list[Name]:
    """Entities as people and organisations, with spaCy's typical boundary mistakes corrected
    (``text`` is the doc's, passed in: ``Doc.text`` joins every token at each access)."""
    surnames = _surname_evidence(doc)
    plurals = _plural_names(doc)
    # A possessor inside an entity is a person named in full elsewhere ("Schlafly's Final Column
    # Explains Why She ..." tagged as one organisation, beside "Phyllis Schlafly"): the name is hers.
    entities = doc.ents  # rebuilt by spaCy at each access
    full_names = {ent[-1].text for ent in entities if ent.label_ in _PERSON_LABELS and len(ent) > 1}
    not_people = _places_and_bodies_tagged_as_people(entities, full_names | surnames)
    names: list[Name] = []
    for ent in entities:
        if ent.label_ not in _PERSON_LABELS | _ORG_LABELS:
            continue
        owner = next((t for t in ent[1:-1] if t.tag_ == "POS" and t.nbor(-1).text in full_names), None)
        if owner is not None:
            names.append(Name(ent.start_char, owner.idx, doc[ent.start : owner.i].text, SpeakerKind.person))
            continue
        ent = _name_part(ent)
        if ent.label_ in _PERSON_LABELS:
            ent = _with_missed_name_parts(ent)
        cleaned = _clean_name(ent.text)
        words = _words(cleaned)
        if not any(ch.isalpha() for ch in cleaned) or (ent.label_ in _PERSON_LABELS and any(ch.isdigit() for ch in cleaned)) \
                or text[ent.start_char - 1 : ent.start_char] == "#":
            continue  # "Matthew 15:14" is a verse, not a person; an emoji flag or a hashtag ("#Justdoit") is no name
        if len(words) == 1 and _full_form(cleaned.lower().rstrip(".")) in lexicon.OFFICE_NOUNS \
                and cleaned not in full_names:
            continue  # a headline's "Justice vows to ...": an office alone names no one (but "Jim Justice")
        if ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in lexicon.THING_NOUNS:
            continue  # "her 2003 book, Living History,": a work's title
        if ent.root.dep_ == "poss" and ent.root.head.text in ("Day", "Eve"):
            continue  # "on Valentine's Day": a holiday
        if text[ent.end_char : ent.end_char + 1] == "-" and text[ent.end_char + 1 : ent.end_char + 2].islower() \
                and ent.text not in full_names | surnames:
            continue  # "Oscar-winner": a word's first part (not "a Johnson-backed lawsuit" of Gary Johnson's)
        start = ent.start_char
        relative = _relative_named(ent, entities)
        if relative is not None:
            names.append(Name(start, start + len(cleaned), f"{cleaned} {relative}", SpeakerKind.person))
            continue
        # "... Ranking Democrat Dianne Feinstein" tagged as one body: the person at its end, whose
        # surname is written alone elsewhere or who is tagged with a party and state ("(R-Kans.)")
        if ent.label_ not in _PERSON_LABELS and len(words) >= 3 and (words[-1] in surnames or (
                words[-2].lower() in _FIRST_NAMES and _PARTY_STATE.match(text, ent.end_char))):
            person = " ".join(words[-2:])
            split = start + cleaned.rfind(person)
            names.append(Name(start, split - 1, cleaned[: split - start].strip(), SpeakerKind.organisation))
            names.append(Name(split, split + len(person), person, SpeakerKind.person))
            continue
        # a headline's "GOP Rep McCaul Announces ...", tagged as one body: a party's and an office's
        # words before the surname of a person named in full elsewhere are no part of the name
        if ent.label_ not in _PERSON_LABELS and len(words) >= 2 and words[-1] in full_names and all(
                _full_form(w.lower().rstrip(".")) in lexicon.OFFICE_NOUNS | lexicon.PARTIES for w in words[:-1]):
            split = start + cleaned.rfind(words[-1])
            names.append(Name(split, split + len(words[-1]), words[-1], SpeakerKind.person))
            continue
        preceded = ent.start > 0 and doc[ent.start - 1].lower_ in lexicon.HONORIFICS
        # a person, though the NER said a body: a first name and a surname written alone
        # elsewhere (not "Todd asked Pence", a clause the NER ran together), or a name a person
        # noun describes ("Concord resident Whit Symms")
        before = doc[ent.start - 1] if ent.start > 0 else None
        named_as_person = ent.label_ in _ORG_LABELS and 2 <= len(words) <= 3 and (
            (words[0].lower() in _FIRST_NAMES and _written_alone(doc, ent) and all(w[:1].isupper() for w in words))
            or (before is not None and before.dep_ == "compound" and before.head == ent.root
                and before.pos_ == "NOUN" and before.lemma_.lower() in _PERSON_WORDS)
            # a first name and a surname set beside a person noun ("Former Hewlett-Packard CEO Carly Fiorina")
            or (before is not None and words[0].lower() in _FIRST_NAMES and ent.root.dep_ == "appos"
                and ent.root.head == before and _person_word(before.lemma_.lower())))
        # "the lobby of Trump Tower", tagged as a person: a building named after someone
        building = len(words) > 1 and words[-1].lower() in lexicon.BUILDING_NOUNS and words[-2] in full_names | surnames
        if cleaned in media_names or cleaned.lower() in lexicon.SOCIAL_PLATFORMS or _names_a_company(ent) or building \
                or _names_a_side(words) or (len(words) == 1 and (cleaned in plurals or cleaned in not_people)):
            kind = SpeakerKind.organisation
        elif (ent.label_ in _PERSON_LABELS or named_as_person
              or ((preceded or words[-1] in surnames) and not _plural_phrase(ent))) \
                and words[0].lower() not in ("the", "a", "an"):
            # not a heading: "The Gap Goes On:", "Charleston Church Shooting Survivors Explain ..."
            kind = SpeakerKind.person
        else:
            kind = SpeakerKind.organisation
        names.append(Name(start, start + len(cleaned), cleaned, kind))
    written_as_people = {match.group(1) for match in _PERSON_CUE.finditer(text)}
    for name in names:  # "said Iampaglia, who graduated", "Podliska himself asked": only people
        words = _words(name.text)
        if name.kind is SpeakerKind.organisation and len(words) <= 3 and name.text not in media_names \
                and all(w[:1].isupper() and w.isalpha() for w in words) and words[-1] in written_as_people:
            name.kind = SpeakerKind.person
    # A single word the NER took for an organisation in one place ("Trump and Clinton point out
    # ..." in a headline) is a person where a person's name ends with it elsewhere, and so is a
    # person's whole name ("North Carolina's Ada Fisher" after "RNC member Ada Fisher") and a
    # misspelling of one person's surname ("Sharption said", after "Al Sharpton").
    people = {n.text for n in names if n.kind is SpeakerKind.person}
    surnames = {_words(n)[-1] for n in people}
    people |= surnames
    for name in names:
        if name.kind is SpeakerKind.organisation and name.text not in media_names and (
                name.text in people or _misspelling_of_one(name.text, surnames)):
            name.kind = SpeakerKind.person
    names = _without_headline_words(names, text)
    return sorted(names + _surnames_missed(doc, names), key=lambda n: n.start)


def _places_and_bodies_tagged_as_people(entities: tuple[SpacySpan, ...], people: set[str]) -> set[str]:
    """Single words the NER tags as a person but that are a place or a body: tagged as a place at
    least twice and more often than as a person ("Clarkston became his home" tagged a person
    once, beside nine "in Clarkston" tagged a place), or opening an organisation's name ("Clinton
    told Fox in the interview", beside "Fox News Sunday"), and that end no person's full name nor
    follow an honorific or a title."""
    labels: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for ent in entities:
        if len(ent) == 1:
            labels[ent.text][ent.label_] += 1
    openers = {ent[0].text for ent in entities if ent.label_ == "ORG" and len(ent) > 1}
    return {word for word, seen in labels.items() if word not in people and (
        (seen["GPE"] + seen["LOC"] >= 2 and seen["GPE"] + seen["LOC"] > seen["PERSON"]) or word in openers)}


def _without_headline_words(names: list[Name], text: str) -> list[Name]:
    """A surname the NER ran on into the next words of a headline ("Clinton Plan for Taxes Is
    Expansive", "Clinton Breaks With Obama", "Trump Addresses Munich Attack", which it may take
    for an organisation) is that surname, a person's: where it is the surname of another person
    named in full, the word after it is no one's name, and the line is in title case."""
    people = {n.text: _words(n.text) for n in names if n.kind is SpeakerKind.person}
    surname_of: defaultdict[str, set[str]] = defaultdict(set)
    word_of: defaultdict[str, set[str]] = defaultdict(set)
    for person, words in people.items():
        if len(words) > 1:
            surname_of[words[-1]].add(person)
        for word in words:
            word_of[word].add(person)

    def headline_word(name: Name) -> bool:  # "Obama Claims Hillary ...": a name further on is no bar
        words = _words(name.text) if name.kind in (SpeakerKind.person, SpeakerKind.organisation) else []
        if len(words) < 2 or words[0].lower() in _FIRST_NAMES or not surname_of[words[0]] - {name.text} \
                or word_of[words[1]] - {name.text}:
            return False
        line_end = text.find("\n", name.end)
        line = text[text.rfind("\n", 0, name.start) + 1:line_end if line_end >= 0 else len(text)]
        long_words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
        return len(long_words) > 2 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)

    return [Name(n.start, n.start + len(_words(n.text)[0]), _words(n.text)[0], SpeakerKind.person) if headline_word(n)
            else n for n in names]


def _surnames_missed(doc: Doc, names: list[Name]) -> list[Name]:
    """Every other place a person's surname is written as a name where the NER saw none ("Oz
    took Trump through ..." after "Oz's show"; "Sanders is burrowing in", tagged as a plural
    noun; a headline's "Trump fires up G.O.P. base", tagged as a common noun), with the first
    name written before it ("Mehmet Oz"); not inside another kind of entity ("Trump Tower"). A
    word opening the sentence is a first name only where it is a known one: its capital says
    nothing there ("Absent Sanders' plan, ...")."""
    surnames = {_words(n.text)[-1] for n in names if n.kind is SpeakerKind.person}
    taken = [(n.start, n.end) for n in names]
    missed = []
    for token in doc:
        if token.text not in surnames or token.tag_ not in ("NNP", "NNPS", "NNS", "NN") \
                or (token.ent_type_ and not _misread_alone(token)) or len(token) < 2 \
                or any(a <= token.idx < b for a, b in taken):
            continue
        first = token
        while first.i > 0 and doc[first.i - 1].head == token and doc[first.i - 1].dep_ == "compound" \
                and doc[first.i - 1].tag_ == "NNP" and not doc[first.i - 1].ent_type_ \
                and _full_form(doc[first.i - 1].lower_.rstrip(".")) not in _NOT_FIRST_NAMES \
                and not (doc[first.i - 1].is_sent_start and doc[first.i - 1].lower_ not in _FIRST_NAMES):
            first = doc[first.i - 1]
        text = doc[first.i : token.i + 1].text
        kind = SpeakerKind.organisation if _names_a_side(_words(text)) else SpeakerKind.person
        missed.append(Name(first.idx, token.idx + len(token), text, kind))
    return missed


def _misread_alone(token: Token) -> bool:
    """Whether the NER made a word alone an entity of a kind no person's name is ("Ahead of the
    March 1 contests, Rubio assumed ...", Rubio tagged as a product), not part of a longer one
    ("Trump Tower")."""
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    return alone and token.ent_type_ in _NOT_NAME_LABELS


def _named_main_subject_before(sentence: SpacySpan, before: int) -> bool:
    """Whether the sentence's main clause has a named subject before word ``before`` (not a
    subordinate clause the parser took for the main one: "While Obama had ...")."""
    main = sentence.root
    return not any(c.dep_ == "mark" for c in main.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" and c.i < before for c in main.children)


def _namesakes(text: str, names: list[Name]) -> dict[str, list[tuple[int, int, list[str]]]]:
    """Family names that several people named in full share with no word of kinship near any of
    those names and no first names of both genders ("Libertarian presidential candidate Gary
    Johnson's doctor", "Homeland Security Secretary Jeh Johnson"; not "his daughter Ivanka
    Trump", nor "Bill Clinton" beside "Hillary Clinton"): unrelated namesakes, each with where
    they are named in full (start, end, words)."""
    named: defaultdict[str, list[tuple[int, int, list[str]]]] = defaultdict(list)
    related: set[str] = set()
    for name in names:
        words = _without_honorifics(_words(name.text))
        if name.kind is not SpeakerKind.person or len(words) < 2:
            continue
        key = words[-1].lower()
        named[key].append((name.start, name.end, words))
        around = text[max(0, name.start - _KINSHIP_REACH):name.end + _KINSHIP_REACH].lower()
        if any(word in lexicon.KINSHIP_NOUNS for word in re.findall(r"[a-z]+", around)):
            related.add(key)
    return {key: found for key, found in named.items()
            if key not in related and len({words[0].lower() for _, _, words in found}) > 1
            and len({_first_name_gender(words) for _, _, words in found} - {None}) < 2}


def _namesake_named_just_before(named: list[tuple[int, list[str]]], at: int | None,
                                gender: str | None) -> list[str] | None:
    """The name of the namesake named in full last before ``at`` (of ``gender``, where an
    honorific gives one), where that is at most ``_NAMESAKE_REACH`` characters before; else None."""
    if at is None:
        return None
    before = [(start, words) for start, words in named
              if start < at and (gender is None or _first_name_gender(words) in (None, gender))]
    if not before or at - before[-1][0] > _NAMESAKE_REACH:
        return None
    return before[-1][1]


def _who_clause(token: Token) -> bool:
    """A relative clause whose subject is its relative pronoun ("who backs Cruz")."""
    return token.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                                         for c in token.children)


def _person_named_at(clusters: list[_Cluster], position: int) -> _Cluster | None:
    """The person one of whose mentions by name or description (not a pronoun) holds ``position``."""
    return next((c for c in clusters if c.kind is SpeakerKind.person and any(
        m.span.start <= position < m.span.end for m in c.mentions if m.kind is not MentionKind.pronoun)), None)


def _understood_subject(phrase: Token) -> bool:
    """A participle's phrase with no subject or conjunction of its own ("Asked about ...",
    "Speaking to reporters ..."), whose subject is that of the clause it opens."""
    return phrase.dep_ == "advcl" and phrase.tag_ in ("VBN", "VBG") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in phrase.children)


def _latest_before(
    clusters: list[_Cluster], position: int, positions: Callable[[_Cluster], Iterable[int]]
) -> _Cluster | None:
    """The cluster with a position before ``position`` nearest to it (the first one on ties)."""
    best, best_at = None, -1
    for cluster in clusters:
        at = max((p for p in positions(cluster) if p < position), default=-1)
        if at > best_at:
            best, best_at = cluster, at
    return best


def _named_mention_starts(cluster: _Cluster) -> list[int]:
    return [m.span.start for m in cluster.mentions if m.kind is not MentionKind.pronoun]


def _mention_starts(cluster: _Cluster) -> list[int]:
    return [m.span.start for m in cluster.mentions]


def _role_and_affiliation(text: str, names: list[Name]) -> tuple[str | None, str | None]:
    """Split "millennium fellow at think-tank Atlantic Council" into role and affiliation; a
    relative clause is no part of either ("activist whose lawsuits have ...")."""
    text = _RELATIVE_CLAUSE.split(text, maxsplit=1)[0]
    words = [
        w
        for w in _words(text.strip(" ,"))
        if w.lower() not in _DETERMINERS and w.lower() not in lexicon.HONORIFICS
    ]
    if not words:
        return None, None
    joined = " ".join(words)
    organisations = [_without_article(n.text) for n in names if n.kind is SpeakerKind.organisation]
    ending = [name for name in organisations if name and joined.endswith(name) and len(words) - len(name.split()) <= 1]
    if ending:  # "(think-)tank Atlantic Council Alp Sevimlisoy": an affiliation written before the name
        return None, max(ending, key=len)
    affiliation = None
    for k, word in enumerate(words):
        if word.endswith(("’s", "'s")) and word[:1].isupper():
            affiliation = _clean_name(" ".join(words[: k + 1]))
            words = words[k + 1 :]
            break
    for k, word in enumerate(words):
        if word.lower() in _ROLE_PREPOSITIONS and k > 0:
            tail = " ".join(words[k + 1 :])
            bare = (_without_article(n.text) for n in names)
            known = [name for name in bare if name and name in tail]
            if known:
                affiliation = max(known, key=len)
            else:
                capitals = [w for w in words[k + 1 :] if w[:1].isupper()]
                affiliation = " ".join(capitals) or tail
            words = words[:k]
            break
    role = " ".join(words).strip(" ,") or None
    return role, affiliation


class Registry:
    """Builds speakers from attribution sources and named entities, in text order."""

    def __init__(self, doc: Doc, text: str, names: list[Name],
                 reports: list[tuple[tuple[int, int] | None, tuple[int, int]]] = ()):
        self.doc = doc
        self.text = text  # the doc's, passed in: Doc.text joins every token at each access
        self.names = names
        people = [_words(n.text) for n in names if n.kind is SpeakerKind.person]
        self._full_names = [words for words in map(_without_honorifics, people) if len(words) > 1]
        self._namesakes = _namesakes(text, names)
        self.clusters: list[_Cluster] = []
        self._by_key: dict[str, _Cluster] = {}
        self._key_gender: dict[str, str] = {}  # the gender the first of a key's names to show one gave
        self._groups: dict[tuple[int, ...], _Cluster] = {}
        # What people are reported to have said: a name mentioned in there ("the end of Putin's
        # reign") is talked about, not the one a following "he said" refers to.
        self.reports = list(reports)  # (the words naming each speaker, what they said)
        self.contents = [content for _, content in self.reports]
        self._in_content = bytearray(len(text) + 1)  # per character: inside some report's content
        for start, end in self.contents:
            self._in_content[start:end] = b"\x01" * (end - start)
        self._reported: dict[int, bool] = {}
        self._name_genders: dict[tuple[int, int], str | None] = {}
        self._lower_case_words = {t.text for t in doc if t.text.islower()}
        self._lede_end = _lede_end(text)
        self._name_words = {word for name in names for word in _words(name.text)}
        self._subjects: dict[tuple[int, int], bool] = {}

    def _is_misread_name(self, root: Token) -> bool:
        """A capitalised noun with no determiner that the tagger took for a common noun: a word
        of a name found elsewhere ("Pence: ..." above "Mike Pence"), a person's surname however
        spelt ("Wines believes" after "Leslie Wimes"), or a singular never written in lower case
        in the article ("The Latest: Trump urges ..."); a known person's surname whatever the
        tagger took it for ("Trump openly admires ..." read as a verb)."""
        if not root.text[:1].isupper() or any(c.dep_ in ("det", "poss") for c in root.children):
            return False
        if root.tag_ not in ("NN", "NNS"):
            return root.pos_ in ("VERB", "ADJ", "ADV", "X") and self._is_known_person([root.text])
        return (root.text in self._name_words or (root.tag_ == "NN" and root.lower_ not in self._lower_case_words)
                or self._is_known_person([root.text]))

    def _is_known_person(self, words: list[str]) -> bool:
        """Whether these words name a person already registered (however spelt)."""
        cluster = self._by_key.get(self._person_key(words))
        return cluster is not None and cluster.kind is SpeakerKind.person

    @staticmethod
    def _family_member(family: list[list[str]], gender: str | None) -> list[str]:
        """Whom a bare family name shared by several people stands for: the first named of those
        of the gender its honorific gives ("Mr. Obama" is not Michelle Obama, named first). The
        first named, not the last: "Trump" after "Ivanka Trump said ..." is still Donald Trump."""
        return next((w for w in family if gender is None or _first_name_gender(w) in (None, gender)), family[0])

    def _member_in_paragraph(self, key: str, at: int | None) -> list[str] | None:
        """The words of the family member last named in full as a subject before ``at`` in its
        paragraph ("Bill Clinton spoke with voters ... a woman asked for a photo and Clinton
        said"): the paragraph is about that one, unless an honorific gives the bare name another
        gender ("Mrs. Abedini" after "Saeed Abedini"). Paragraphs that open with a quotation
        continue the one before them ("Patricia Smith, mother of Benghazi victim Sean Smith,
        rejected Clinton's claim. // “She lied to me,” Smith said.")."""
        if at is None:
            return None
        paragraph = opening = self.text.rfind("\n", 0, at)
        while opening > 0 and self.text[opening + 1 : opening + 2] in QUOTE_MARKS:
            end = opening  # back over the blank lines to the end of the paragraph before
            while end > 0 and self.text[end - 1] == "\n":
                end -= 1
            opening = self.text.rfind("\n", 0, end)
        named = [n for n in self.names if n.kind is SpeakerKind.person and opening < n.start < at
                 and len(words := _without_honorifics(_words(n.text))) > 1 and words[-1].lower() == key]
        # before the paragraph, only a subject named as such ("Eric Trump's comments came after his
        # father unveiled ... // “...,” Trump tweeted." is the father's)
        latest = max((n for n in named if self._is_subject(n.start, n.end)
                      and (n.start > paragraph or self._named_subject(n))), key=lambda n: n.start, default=None)
        return _without_honorifics(_words(latest.text)) if latest else None

    def _named_subject(self, name: Name) -> bool:
        """Whether a name is itself the subject of its clause, not its subject's owner."""
        span = self.doc.char_span(name.start, name.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.dep_ in ("nsubj", "nsubjpass")

    def _person_key(self, words: list[str], gender: str | None = None, at: int | None = None) -> str:
        """People are keyed by their last name, or by their whole name where the article names
        two people of one family ("Donald Trump", "Ivana Trump"); a bare family name, after an
        honorific of ``gender``, is then one of them (``_family_member``), or, written ``at`` a
        place just after one of several unrelated namesakes ("Gary Johnson", "Jeh Johnson") was
        named in full as a topic, that one. A single word that starts exactly one full name in the
        article and ends none is that person's (a family name written first, as in "Xi Jinping"
        ... "Xi", or a first name), and so is one inside the full names of one person only, as the
        first of two family names is ("Ms. Acosta" for "Melba Acosta Febo")."""
        words = _without_honorifics(words)
        key = words[-1].lower()
        family = [w for w in self._full_names if w[-1].lower() == key]
        shared = len({w[0].lower() for w in family}) > 1
        if len(words) > 1:
            if not shared:
                return key
            # "Crooked Hillary Clinton" is "Hillary Clinton": the shortest full name it ends with.
            endings = [w for w in family if [x.lower() for x in words[-len(w):]] == [x.lower() for x in w]]
            return " ".join(min(endings, key=len, default=words)).lower()
        # a namesake named in passing ("a teacher's aide, Anne Marie Murphy, who was gunned down")
        # does not take the family name from the one the article is about
        topics = [(start, words) for start, end, words in self._namesakes.get(key, []) if self._is_subject(start, end)]
        namesake = _namesake_named_just_before(topics, at, gender)
        if shared and namesake is not None:
            return " ".join(namesake).lower()
        if shared and (member := self._member_in_paragraph(key, at)) is not None \
                and (gender is None or _first_name_gender(member) == gender):
            return self._person_key(member)
        if shared:
            return " ".join(self._family_member(family, gender)).lower()
        starting = {tuple(w) for w in self._full_names if w[0].lower() == key}
        if len({w[-1].lower() for w in starting}) == 1 and not family:
            # that full name's own key: its whole name where its family is shared ("Freddy" is
            # "Freddy Trump", not "Donald Trump")
            return self._person_key(list(min(starting, key=len)))
        if not family and not starting:
            # "Ms. Acosta" for "Melba Acosta Febo": the first of two family names
            inner = {tuple(w) for w in self._full_names if key in (x.lower() for x in w[1:-1])}
            if len({w[-1].lower() for w in inner}) == 1:
                return self._person_key(list(min(inner, key=len)))
            # "Wines" for "Leslie Wimes": a misspelt surname
            return _misspelt_surname(key, {w[-1].lower() for w in self._full_names}) or key
        return key

    def _cluster_for_name(self, name: Name) -> _Cluster:
        words = _words(name.text)
        gender = self._honorific_gender(name.start, words)
        key = self._person_key(words, gender, name.start) if name.kind is SpeakerKind.person else name.text.lower()
        if name.kind is SpeakerKind.person:
            gender = gender or _first_name_gender(_without_honorifics(words))
            known = self._key_gender.get(key)
            if gender and known and gender != known:
                # "Mr. Obama" and "the first lady, Michelle Obama" in one article: two people
                key = f"{key} ({gender})"
            elif gender:
                self._key_gender[key] = gender
        cluster = self._by_key.get(key)
        if cluster is None:
            cluster = _Cluster(kind=name.kind)
            self.clusters.append(cluster)
            self._by_key[key] = cluster
        if name.kind is SpeakerKind.person and cluster.kind is SpeakerKind.organisation:
            cluster.kind = SpeakerKind.person  # "Trump" tagged as an organisation in a headline
        if len(words) > 1 or not cluster.names:
            cluster.names.append(name.text)
        return cluster

    def add_entity_mentions(self) -> None:
        for name in self.names:
            cluster = self._cluster_for_name(name)
            kind = MentionKind.name if len(_words(name.text)) > 1 else MentionKind.surname
            self._add_mention(cluster, name.start, name.end, kind)
            if name.kind is SpeakerKind.person:
                self._add_roles(cluster, *self._described_around(name))
        # People named together as a subject ("Pamela Geller and Robert Spencer co-founded ...")
        # are also a group that "they" or "the pair" may continue.
        for token in self.doc:
            if token.dep_ in ("nsubj", "nsubjpass") and self._outside_contents(token.idx):
                self._coordinated_group(token)

    def _person_at(self, token: Token) -> Name | None:
        return next((n for n in self.names if n.kind is SpeakerKind.person and n.start <= token.idx < n.end), None)

    def _names_person(self, token: Token) -> bool:
        """Whether a word is (in) a person's name, by the NER or by ``find_names``'s corrections
        ("Trump's Son", which the NER takes for a body)."""
        return token.ent_type_ == "PERSON" or self._person_at(token) is not None

    def _coordinated_group(self, root: Token) -> _Cluster | None:
        """The group of two or more people a coordinated phrase names ("Ms Geller and Mr
        Spencer"), registered once per set of people; None unless every conjunct is a person."""
        conjuncts = [root, *(t for t in root.conjuncts if t.i > root.i)]
        if len(conjuncts) < 2:  # most subjects: no scan of the names
            return None
        people = [self._person_at(t) for t in conjuncts]
        if any(p is None for p in people):
            return None
        members = [self._cluster_for_name(p) for p in people]
        if len({id(m) for m in members}) < len(members):
            return None
        key = tuple(sorted(id(m) for m in members))
        group = self._groups.get(key)
        if group is None:
            group = _Cluster(kind=SpeakerKind.group, members=members)
            self._groups[key] = group
            self.clusters.append(group)
        self._add_mention(group, people[0].start, people[-1].end, MentionKind.name)
        return group

    def _described_around(self, name: Name) -> tuple[str, str]:
        """The words that describe a person named outside any source, in the two forms
        ``_add_roles`` reads: a title before the name ("The economist Paul Johnson", "Labour's
        shadow chancellor, Rachel Reeves") and an appositive after it ("Paul Johnson, director of
        the Institute for Fiscal Studies,")."""
        span = self.doc.char_span(name.start, name.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return "", ""
        root = span.root
        if root.dep_ == "compound":  # "a memorable Hillary Clinton ad" names no one's title
            return "", ""
        before = ""
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < span.start:
            before = self._title_before(root.head, root.head.i + 1)
        elif root.left_edge.i < span.start:
            before = self._title_before(root, span.start)
        after = ""
        described = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i
                     and not _verb_after(c)]
        if described:
            phrase = described[0]
            after = ", " + self.text[phrase.left_edge.idx : phrase.right_edge.idx + len(phrase.right_edge)]
        elif (office := _office_taken(root)) is not None:
            after = ", " + self._title_before(office, office.i + 1)
        return before, after

    def _add_mention(self, cluster: _Cluster, start: int, end: int, kind: MentionKind) -> None:
        if all(m.span.start != start or m.span.end != end for m in cluster.mentions):
            cluster.mentions.append(Mention(span=Span(start=start, end=end, text=self.text[start:end]), kind=kind))

    def _name_in(self, start: int, end: int, root: Token) -> Name | None:
        # Names inside a relative clause of a named source ("Christie, who has campaigned for
        # Donald Trump, ...") or one that opens with "who" ("The influential delegate, who backs
        # Cruz") are about someone else; in "a speech Mrs. Clinton delivered" the clause names the
        # speaker.
        # A name that owns, modifies or complements a described source is not the source:
        # "Garcia Zarate's defense attorneys", "Sanders aides", "a spokesman for Clinton", "a
        # former classmate from Judge Kavanaugh's time" (a bare title, "millennium fellow at
        # think-tank Atlantic Council Alp Sevimlisoy", may be misparsed around its name), "people
        # with direct knowledge of Gates' work"; nor is one that owns a named source ("Sanders's
        # hometown Burlington Free Press").
        # A person named last, after a comma, is the one described, however the parser attached
        # the name ("The director of the European Centre, Ina Kirsch,"), but not one closing a
        # relative clause ("Huffman, who does not support Grayson's opponent, Murphy,").
        closing = self.text[start:end].rstrip(" ,")
        last = next((n for n in self.names if n.kind is SpeakerKind.person and n.end == start + len(closing)
                     and self.text[start:n.start].rstrip().endswith(",")
                     and not _RELATIVE_OPENING.search(self.text, start, n.start)), None)
        if last is not None:
            return last
        determined = any(c.dep_ == "det" for c in root.children)
        noun = root.pos_ == "NOUN" or self._capitalised_person_noun(root)
        clauses = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in root.children
                   if (c.dep_ in ("relcl", "acl") and root.pos_ == "PROPN") or c.dep_ == "poss"
                   or (noun and (c.dep_ == "compound" or (
                       c.dep_ == "prep" and (determined or c.lower_ in ("for", "to", "with")))))]
        clauses += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in root.subtree if _who_clause(c)]
        inside = [n for n in self.names if n.start >= start and n.end <= end
                  and not any(a <= n.start < b for a, b in clauses)]
        covering = [n for n in inside if n.start <= root.idx < n.end]
        people = [n for n in inside if n.kind is SpeakerKind.person]
        if covering and covering[0].kind is SpeakerKind.person:
            return covering[0]
        return people[-1] if people else (covering[0] if covering else None)

    def _antecedent_of_relative(self, pronoun: Token) -> Name | None:
        """The person named in the noun phrase a relative clause hangs on, where the relative
        pronoun is not right after the name ("an academic named Eric Kingson, who is running for
        Congress and who worked the crowd"): the clause's head phrase, up to the clause."""
        clause = pronoun.head
        while clause.dep_ == "conj":
            clause = clause.head
        if clause.dep_ != "relcl":
            return None
        phrase_start, clause_start = clause.head.left_edge.idx, clause.left_edge.idx
        return next((n for n in reversed(self.names) if n.kind is SpeakerKind.person
                     and phrase_start <= n.start and n.end <= clause_start), None)

    def _capitalised_person_noun(self, root: Token) -> bool:
        """A title-case headline's word for a person ("Former Clinton Pollster Says ..."), which
        the tagger takes for a name: someone described, not named."""
        lower = root.lower_
        # "Trump's Son Says", which the NER tags as a body
        kin = lower in lexicon.KINSHIP_NOUNS and any(c.dep_ == "poss" for c in root.children)
        return root.pos_ == "PROPN" and (not root.ent_type_ or kin) and lower not in _FIRST_NAMES \
            and _person_word(lower) and not self._is_known_person([root.text])

    def _title_before(self, head: Token, stop: int) -> str:
        """The title words right before token ``stop`` inside ``head``'s phrase, with ``head``
        itself where it comes before ``stop``: nouns, names and adjectives that modify it
        ("Labour's shadow chancellor", "Manhattan Supreme Court Justice"), not an age, a
        participle or a word outside the phrase ("68-year-old", "agreed with")."""
        first = stop
        while first > head.left_edge.i:
            token = self.doc[first - 1]
            if token.i != head.i and not (
                token.dep_ in ("compound", "amod", "nmod", "poss", "case")
                and token.pos_ in ("NOUN", "PROPN", "ADJ", "PART")
                and not any(ch.isdigit() for ch in token.text) and token.tag_ not in ("VBG", "VBN")
            ):
                break
            first -= 1
        if first >= stop:
            return ""
        last = self.doc[stop - 1]
        return self.text[self.doc[first].idx : last.idx + len(last)]

    def add_source(self, start: int, end: int, root: Token) -> tuple[_Cluster | None, str]:
        """Register one attribution source; return its cluster (None until resolved) and kind."""
        if root.ent_type_ in ("DATE", "TIME"):  # "Broaddrick Sunday night recounted": a time the
            # parser made the head of the name before it
            root = next((c for c in root.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"
                         and c.idx >= start), root)
        named = [c for c in root.children if c.dep_ == "compound" and c.ent_type_ and c.i < root.i]
        if named and root.pos_ == "NOUN" and root.lemma_.lower() in lexicon.ORGANISATION_NOUNS:
            # "The Trump administration", "the Clinton campaign": the body, not the person
            first = min(named, key=lambda t: t.i).left_edge
            phrase = (first.idx, root.idx + len(root))
            cluster = self._cluster_for_name(Name(*phrase, self.text[slice(*phrase)], SpeakerKind.organisation))
            self._add_mention(cluster, start, end, MentionKind.name)
            cluster.quoted_at.append(start)
            return cluster, "name"
        opening = self.doc.char_span(start, end, alignment_mode="expand")
        if root.tag_ == "WP" or (opening is not None and len(opening) and opening[0].tag_ == "WP"):
            # "Kagan — who was a leading architect of the surge — supports ...", "Murphy (who was
            # always in favor ...)": a relative pronoun (or a source opening with one) stands for
            # the name just before it
            named = next((n for n in self.names
                          if n.end <= start and not self.text[n.end:start].strip(" ,(\u2014\u2013-")), None) \
                or self._antecedent_of_relative(opening[0] if opening is not None and len(opening) else root)
            if named is not None:
                cluster = self._cluster_for_name(named)
                self._add_mention(cluster, start, end, MentionKind.pronoun)
                cluster.quoted_at.append(start)
                return cluster, "name"
        described = self._subject_of_predicate_noun(root)
        if described is not None:
            self._add_mention(described, start, end, MentionKind.description)
            described.quoted_at.append(start)
            return described, "description"
        if _is_thing(root) and (root.pos_ == "PROPN" or not any(c.dep_ == "poss" for c in root.children)) \
                and self._person_at(root) is None:  # not a name tagged as a noun ("Sharption said")
            # "links shared by Thomas Wictor", "a report by the agency": the thing speaks; but a
            # person's own words are theirs ("according to a post from Arianna Huffington")
            author = next((p for c in root.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                           for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "PERSON"), None) \
                if root.lemma_.lower() in lexicon.SAID_THINGS else None
            if author is not None:
                return self._possessor(author), "name"
            return self._new_cluster(SpeakerKind.thing, start, end, MentionKind.description), "thing"
        first = root
        while first.dep_ == "conj":  # "Govs. Jeb Bush and Chris Christie, who say ...": all of them
            first = first.head
        group = self._coordinated_group(first)
        if group is not None:
            group.quoted_at.append(start)
            return group, "name"
        name = self._name_in(start, end, root)
        if name is not None:
            cluster = self._cluster_for_name(name)
            kind = MentionKind.name if len(_words(name.text)) > 1 else MentionKind.surname
            self._add_mention(cluster, start, end, kind)
            self._add_roles(cluster, self.text[start : name.start], self._appositive_after(name.end, end))
            cluster.quoted_at.append(start)
            return cluster, "name"
        lower = root.lower_
        if lower in _VOICES and self._outside_contents(start):
            return self._voice(lower, start, end), "pronoun"
        if lower in lexicon.PRONOUNS:
            return None, "pronoun"
        if lower == "another" or ((lower in ("one", "each", "either", "neither") or root.pos_ == "NUM") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in root.children
        )):  # "One of the women says", "Another said ...": someone not named before
            kind = SpeakerKind.person if lower in ("one", "another") else SpeakerKind.group
            return self._new_cluster(kind, start, end, MentionKind.description), "description"
        if root.lower_ in lexicon.OFFICE_NOUNS and (any(c.dep_ == "det" for c in root.children)
                                                   or self.text[start:end] == root.text
                                                   or all(c.dep_ in ("compound", "amod") and c.ent_type_ != "PERSON"
                                                          and not self._is_known_person([c.text])
                                                          for c in root.children if c.idx >= start)):
            # "The Pope", "the President", a headline's "Lawmaker", "CNN President" or "Federal
            # Judge": an office, whatever modifies it, unless a person's name does
            return None, "description"
        if self._is_misread_name(root):
            return self._named_source(start, end), "name"
        if root.lemma_.lower() in lexicon.SAID_THINGS and any(c.dep_ == "poss" for c in root.children):
            return None, "description"  # "Mr. Trump's returns", "his remarks": their owner's, resolved later
        dets = {c.lower_ for c in root.children if c.dep_ in ("det", "amod", "nummod")}
        # A bare plural is generic ("Critics say") unless someone's ("Garcia Zarate's defense
        # attorneys", "Sanders aides") or tied to someone ("lawyers for Donald and Ivana Trump").
        tied = any(c.dep_ == "poss" or (c.dep_ == "compound" and c.text[:1].isupper())
                   or (c.dep_ == "prep" and c.lower_ in ("for", "to", "of", "at", "with"))
                   for c in root.children)
        if lower in lexicon.GENERIC_DETERMINERS or dets & lexicon.GENERIC_DETERMINERS or (
            root.tag_ == "NNS" and not dets and root.pos_ == "NOUN" and not tied
        ):
            return self._new_cluster(SpeakerKind.generic, start, end, MentionKind.generic), "generic"
        if lower in _PAIR_WORDS:  # "the pair", "both": the people last named together
            pair = _latest_before([g for g in self._groups.values() if len(g.members) == 2], start, _mention_starts)
            if pair is not None:
                self._add_mention(pair, start, end, MentionKind.description)
                pair.quoted_at.append(start)
                return pair, "group"
        if root.lemma_ in lexicon.COLLECTIVE_NOUNS or root.tag_ == "NNS":
            return self._new_cluster(SpeakerKind.group, start, end, MentionKind.description), "group"
        if (_full_form(lower) in lexicon.PARTIES or root.ent_type_ == "NORP") and root.tag_ in ("NN", "NNP") and dets:
            return None, "description"  # "The Republican", "the Texan": a party's member, described
        if root.pos_ == "PROPN" and _shouted(self.text[start:end]):
            # a heading in capitals ("FELLOW DOCTORS DON'T WANT TO ..."), whose every word the
            # tagger takes for a name: read as the common words they are
            if lower.endswith("s") and not lower.endswith("ss"):
                return self._new_cluster(SpeakerKind.group, start, end, MentionKind.description), "group"
            return None, "description"
        if root.pos_ == "PROPN" and root.ent_type_ == "WORK_OF_ART" and start > 0 \
                and self.text[start - 1] in QUOTE_MARKS:
            # a quoted title or slogan ("“Make America Great Again” resonated with him")
            return self._new_cluster(SpeakerKind.thing, start, end, MentionKind.description), "thing"
        if root.pos_ == "PROPN" and not self._capitalised_person_noun(root):
            return self._named_source(start, end), "name"
        return None, "description"

    def _appositive_after(self, start: int, end: int) -> str:
        """The words after a name in a source, unless an adjective describing the name opens them
        ("Chris Christie, eager all evening to jab senators for failing ...,"): how the person
        was, not a title ("senators" would make him one)."""
        after = self.doc.char_span(start, end, alignment_mode="expand")
        first = next((t for t in after if not t.is_punct), None) if after is not None else None
        if first is not None and first.pos_ == "ADJ" and first.dep_ == "amod" and first.head.i < first.i:
            return ""
        return self.text[start:end]

    def _subject_of_predicate_noun(self, root: Token) -> _Cluster | None:
        """The named person a source describes as the predicate of "is", "remains" or "becomes"
        ("LeVell is a black man on a mission to change ...", "Gore remains one of the last
        Democratic Party luminaries not to ..."): not someone new."""
        verb = root.head
        if root.dep_ != "attr" or verb.lemma_ not in _COPULAS:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < root.i), None)
        if subject is None:
            return None
        return _person_named_at(self.clusters, subject.idx)

    def _named_source(self, start: int, end: int) -> _Cluster:
        """A source that is a name spaCy's NER missed: two to four capitalised words are a person,
        unless the first is an article ("The Republican", "The Post"). An appositive after a
        comma, an emphatic reflexive ("Trump himself") and a phrase naming no one after the name
        ("Trump at the time said"; "Bank of America" keeps its "of") are no part of it."""
        comma = self.text.find(",", start, end)  # "Schiff, 56, who has served ...": the name is before it
        end = comma if comma > start else end
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) > 1:
            root = span.root
            cut = next((c.i for c in root.children if c.dep_ == "prep" and root.i < c.i < span.end
                        and not any(t.pos_ == "PROPN" for t in c.subtree)), span.end)
            if span[cut - span.start - 1].tag_ == "PRP":
                cut -= 1
            span = span[: cut - span.start]
            end = span[-1].idx + len(span[-1])
        name = Name(start, end, _clean_name(self.text[start:end]), SpeakerKind.organisation)
        words = _words(name.text)
        if span is not None and _plural_phrase(span):
            name.kind = SpeakerKind.group  # a heading's "Charleston Church Shooting Survivors"
        elif 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[0].lower() not in ("the", "a", "an"):
            name.kind = SpeakerKind.person
        elif len(words) == 1 and self._is_known_person(words):
            name.kind = SpeakerKind.person  # a surname the NER missed, or misspelt

        cluster = self._cluster_for_name(name)
        self._add_mention(cluster, start, end, MentionKind.name)
        cluster.quoted_at.append(start)
        return cluster

    def _voice(self, pronoun: str, start: int, end: int) -> _Cluster:
        """The one behind an "I", "we" or "you" that no one is quoted saying: the article's author
        (an opinion piece, a petition) or its reader ("You also agree to this site's terms")."""
        label, kind = _VOICES[pronoun]
        cluster = self._by_key.get("\0" + label)
        if cluster is None:
            cluster = _Cluster(kind=kind, label=label)
            self.clusters.append(cluster)
            self._by_key["\0" + label] = cluster
        self._add_mention(cluster, start, end, MentionKind.pronoun)
        return cluster

    def _new_cluster(self, kind: SpeakerKind, start: int, end: int, mention: MentionKind) -> _Cluster:
        """A new entry for an unnamed source, unless the words starting there are already one:
        two attributions can share a source ("a group of councillors wrote ..., calling on ...",
        "one analyst, who asked not to be named" and its relative pronoun's antecedent); not a
        name opening it ("Bennett's younger sister" is not Bennett)."""
        cluster = next((c for c in self.clusters if c.kind is kind and any(
            m.span.start == start and m.kind not in (MentionKind.name, MentionKind.surname) for m in c.mentions)), None)
        if cluster is None:
            cluster = _Cluster(kind=kind)
            self.clusters.append(cluster)
        self._add_mention(cluster, start, end, mention)
        cluster.quoted_at.append(start)
        return cluster

    def _add_roles(self, cluster: _Cluster, before: str, after: str) -> None:
        appositive = after.strip(" ,").split(",")[0] if after.startswith(",") else ""
        if appositive.lower().startswith(("who ", "which ", "whose ", "that ")):
            appositive = ""
        # "others, including Portland State University professor": the title is what follows
        # the last comma and a word that picks one out of a group.
        title = before.split(",")[-1].strip()
        for lead in _GROUP_MEMBER_LEADS:
            title = title.removeprefix(lead + " ") if title.lower().startswith(lead + " ") else title
        for text in (title, appositive):
            role, affiliation = _role_and_affiliation(text, self.names)
            if role and role.split()[0].strip(",.").isdigit():
                # "Maria Alvarez, 54,": an age, not a role; nor is a count ("swept by Cruz 34 delegates")
                role = None
            if role and role not in cluster.roles and not role.lower().startswith(("who ", "which ")):
                cluster.roles.append(role)
            if affiliation and affiliation not in cluster.affiliations:
                cluster.affiliations.append(affiliation)

    def resolve_description(self, start: int, end: int, root: Token, known_only: bool = False) -> _Cluster | None:
        """The person or body a description stands for; someone new where no one fits. With
        ``known_only``, only a named person who holds its title, else None, and no role is learnt
        from it."""
        head = _full_form(root.lemma_.lower())  # "the congressman" holds the office of "Rep."
        possessor = next((c for c in root.children if c.dep_ == "poss"), None)
        if possessor is not None and head in lexicon.SAID_THINGS:
            return self._possessor(possessor)
        is_org = head in lexicon.ORGANISATION_NOUNS
        if _is_thing(root) or not (is_org or _names_a_person(root)):
            # "Trump's photo shows": the photo, not Trump; "The RealClearPolitics rolling average
            # of polls shows": no one
            return self._new_cluster(SpeakerKind.thing, start, end, MentionKind.description)
        gender = lexicon.ROLE_GENDER.get(root.lower_)
        # Whoever reports words that hold the description, in its sentence, is someone else
        # ("According to Carlson, the owner of the tape maintains ...").
        sentence = root.sent
        reporters = [speaker for speaker, (a, b) in self.reports if speaker and a <= start < b
                     and sentence.start_char <= speaker[0] < sentence.end_char]
        named = [
            c
            for c in self.clusters
            if (c.kind is SpeakerKind.organisation) == is_org and c.names
            and c.kind in (SpeakerKind.person, SpeakerKind.organisation)
            and (gender is None or self._gender(c) in {None, gender})  # "the mother of three"
            # nor is anyone the description itself names ("The influential delegate ..., who backs Cruz,")
            and not any(start < m.span.start < end and m.kind in (MentionKind.name, MentionKind.surname)
                        for m in c.mentions)
        ]
        candidates = [c for c in named if not any(a <= m.span.start < b for m in c.mentions for a, b in reporters)]
        # The description's title words must all be in a role or beside a name: "the expert" is
        # the "national security expert", "the prime minister" is not the "health minister".
        # Hyphenated descriptions of a career ("three-term", "71-year-old") are no title words,
        # unless they open with a rank ("the vice-presidential nominee" is no presidential one).
        # Nor is where an office is held ("the Indiana governor", "the New York state attorney
        # general" for "Attorney General Eric Schneiderman").
        modifiers = {t.lower_ for t in root.children
                     if t.dep_ in ("compound", "amod") and t.i < root.i and t.is_alpha
                     and (not _hyphenated(t) or _ranked_by_hyphen(t))
                     and t.ent_type_ not in ("GPE", "LOC") and t.lower_ not in lexicon.JURISDICTION_WORDS}
        modifiers = {_full_form(w) for w in modifiers - lexicon.TIME_MODIFIERS}
        # Before a seat or a candidacy, a lower-case adjective no one in the article holds as a
        # title word describes a manner, not the office ("The famously gruff senator" is the
        # senator from Vermont); other offices are named with adjectives ("the prime minister").
        if head in lexicon.LEGISLATORS | lexicon.CANDIDACY_NOUNS:
            held = {w for c in named for words in self._title_words(c) for w in words}
            modifiers -= {t.lower_ for t in root.children if t.dep_ == "amod" and t.pos_ == "ADJ"
                          and t.text.islower() and t.lower_ not in held | lexicon.PARTIES | lexicon.RANK_WORDS}
        places = {t.lower_ for t in root.children
                  if t.dep_ in ("compound", "amod") and t.i < root.i and t.ent_type_ in ("GPE", "LOC")}
        if head in lexicon.PARTIES:  # "the Democrat" is of a party as "the Democratic nominee" is
            modifiers.add(head)
        # a party the parser hangs on as a noun modifier ("The GOP presidential candidate")
        modifiers |= {_full_form(t.lower_) for t in root.children if t.dep_ == "nmod" and t.i < root.i} & lexicon.PARTIES
        same_head = [
            c
            for c in self.clusters
            if (c.kind is SpeakerKind.organisation) == is_org
            and c.kind in (SpeakerKind.person, SpeakerKind.organisation) and any(
                m.kind is MentionKind.description and m.span.start < start
                and root.lower_ in m.span.text.lower().split(",")[0].split()
                for m in c.mentions
            )
        ]
        indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE_DETERMINERS for c in root.children)
        if indefinite and root.dep_ == "nsubj" and any(
                (c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS) or (c.dep_ == "mark" and c.lower_ == "for")
                for c in root.head.children):
            # "a reader would now ask", "it is unusual for a sitting justice to weigh in": anyone,
            # not someone a later pronoun can continue
            return self._new_cluster(SpeakerKind.generic, start, end, MentionKind.generic)
        if indefinite:
            # Someone new ("said one City analyst, who asked not to be named"), except in the
            # lede, which describes before it names ("A national security expert has given a
            # brutal assessment ..." above "Alp Sevimlisoy ... said").
            chosen = self._named_later(candidates, start) if self._in_lede(start) else None
        elif is_org:
            chosen = _latest_before(candidates, start, _mention_starts)
        else:
            # "her daughter", "whose husband", "Trump's lawyer", "the former vice president's
            # spokeswoman": tied to a person (not "the British capital's new mayor")
            tied = possessor is not None and (
                possessor.lower_ in lexicon.PRONOUN_GENDER or possessor.tag_ == "WP$" or self._names_person(possessor)
                or (possessor.pos_ == "NOUN" and _names_a_person(possessor)))
            relative = self._relative(head, possessor, candidates) if tied else None
            candidates, same_head = self._outside_governing_clause(root, start, candidates, same_head)
            # "When the moderator pointed out that Trump hadn't answered the question, the
            # candidate said ...": the one an opening clause has as a subject, as for a pronoun
            opening = None if tied or known_only else self._subject_in_opening_phrase(root, candidates)
            apposed = None if tied else self._named_just_before(start, root, candidates)
            if relative is not None:
                chosen = relative
            elif apposed is not None:
                chosen = apposed
            elif opening is not None and not _titled_otherwise(
                    [_expanded(words) for words in self._title_words(opening)], head, modifiers):
                chosen = opening
            else:
                # "this CNN reporter" points back to one who holds the title, as "her lawyer" does
                pointing = any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in root.children)
                chosen = self._described_person(named, candidates, same_head, head, modifiers, places, start,
                                                titled_only=tied or known_only or pointing)
        if chosen is None and known_only:
            return None
        if chosen is None:
            kind = SpeakerKind.organisation if is_org else SpeakerKind.person
            cluster = self._new_cluster(kind, start, end, MentionKind.description)
            # "A spokesperson for TriMet, the regional transit agency,": the words before the
            # comma; the appositive after it describes TriMet.
            self._add_roles(cluster, self.text[start:end].split(",")[0], "")
            return cluster
        self._add_mention(chosen, start, end, MentionKind.description)
        role, _ = _role_and_affiliation(self.text[start:end], self.names)
        role = role and role.split(",")[0].split(" in ")[0]  # not "lawyer, who has advised ..."
        if role and root.pos_ == "NOUN" and len(role.split()) > 1 and role not in chosen.roles and not known_only:
            chosen.roles.append(role)
        chosen.quoted_at.append(start)
        return chosen

    def _named_just_before(self, start: int, root: Token, candidates: list[_Cluster]) -> _Cluster | None:
        """The person whose name the description follows after a comma, in apposition ("more
        radical upheaval than Clinton, the 68-year-old former secretary of state bidding to ...",
        however the parser hangs it), unless the description opens a clause of its own
        ("According to Carlson, the owner of the tape maintains ...", "with hosts Joe Scarborough
        and Mika Brzezinski, the Democratic presidential candidate stated")."""
        before = self.text[:start].rstrip()
        if not before.endswith(",") or root.dep_ in ("nsubj", "nsubjpass") or _verb_after(root):
            return None
        name_end = len(before.rstrip(",").rstrip())
        return next((c for c in candidates if c.kind is SpeakerKind.person and any(
            m.span.end == name_end and m.kind in (MentionKind.name, MentionKind.surname) for m in c.mentions)), None)

    def _relative(self, head: str, possessor: Token, candidates: list[_Cluster]) -> _Cluster | None:
        """"Donald Trump's eldest daughter" after "Ivanka Trump"; "... repeated word for word by his
        wife", after "Bill Clinton" and "Hillary Clinton": the one person of the relative's gender
        who shares a family name with the named possessor, or with someone else of the possessive
        pronoun's gender ("her daughter" is not herself); named before, else named after ("his
        son said ... // Eric Trump, son of the front-runner, ...")."""
        gender = _KIN_GENDER.get(head)
        if gender is None or (possessor.lower_ not in lexicon.PRONOUN_GENDER and not self._names_person(possessor)):
            return None

        def surnames(cluster: _Cluster) -> set[str]:
            return {words[-1] for words in map(_without_honorifics, map(_words, cluster.names)) if len(words) > 1}

        owner_gender = lexicon.PRONOUN_GENDER.get(possessor.lower_)
        owners = [c for c in self.clusters if c.kind is SpeakerKind.person and self._gender(c) == owner_gender] \
            if owner_gender else []
        # whom the pronoun most likely stands for, as for a pronoun with nothing else to go on:
        # not their own relative ("his son" is not the father in focus)
        owner = _latest_before(owners, possessor.idx, self._salient_at) if owner_gender else None

        def families(relative: _Cluster) -> set[str]:
            if owner_gender is None:
                return {possessor.text}
            return {name for c in owners if c is not relative for name in surnames(c)}

        fitting = [c for c in candidates if c.kind is SpeakerKind.person and self._gender(c) == gender
                   and c is not owner and surnames(c) & families(c) and _person_named_at([c], possessor.idx) is None]
        before = [c for c in fitting if any(m.span.start < possessor.idx for m in c.mentions)]
        # one named before, else one named only after ("his son said ... // Eric Trump, son of")
        chosen = before or fitting
        return chosen[0] if len(chosen) == 1 else None

    def add_described_subjects(self, sources: list[tuple[int, int]]) -> None:
        """"The GOP candidate proposes ...": a definite description of an office or a candidacy
        as a subject outside reported content, and no source, is a mention of someone already
        named who fits it, so that a pronoun after it continues that person."""
        for token in self.doc:
            if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN" or \
                    _full_form(token.lemma_.lower()) not in _DESCRIBED_POSTS \
                    or any(c.dep_ == "appos" for c in token.children):  # "The health minister, Sarah Okafor,"
                continue
            start, end = token.left_edge.idx, token.idx + len(token)
            if self.text[start:end].split()[0].lower() == "the" and self._outside_contents(start) \
                    and self._is_subject(start, end) and not any(a <= token.idx < b for a, b in sources):
                self.resolve_description(start, end, token, known_only=True)

    def _outside_governing_clause(self, root: Token, start: int, candidates: list[_Cluster],
                                  same_head: list[_Cluster]) -> tuple[list[_Cluster], list[_Cluster]]:
        """A description that is the subject of a clause of time or reason is not the subject of
        the clause it modifies, but most often someone named before it in the sentence ("Mr.
        Trump took on Hillary Clinton on Sunday after the Democratic front-runner had said ...")."""
        clause = root.head
        if root.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
            return candidates, same_head
        subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return candidates, same_head
        governing = [c for c in candidates if any(m.span.start <= subject.idx < m.span.end for m in c.mentions)]
        others = [c for c in candidates if c not in governing]
        sentence_start = root.sent.start_char
        here = [c for c in others if c.kind is SpeakerKind.person
                and any(sentence_start <= p < start for p in _named_mention_starts(c))]
        return here or others, [c for c in same_head if c not in governing]

    def _described_person(self, named: list[_Cluster], candidates: list[_Cluster], same_head: list[_Cluster],
                          head: str, modifiers: set[str], places: set[str], start: int,
                          titled_only: bool) -> _Cluster | None:
        """The person a definite description ("the senator", "the GOP nominee") stands for: the
        last one named before it holding its title, whoever reports it ("Rep. Adam Schiff called
        on ... -- meddling the California congressman said is ..."); else, among ``candidates``
        (the named who do not report it), one described before with the same noun ("a
        spokesperson for TriMet" for "the spokesperson"); else the person last quoted or named as a
        subject, as for a pronoun, unless known by another office or party ("the president" is
        not "Rep. Adam Schiff", "the GOP nominee" not "Democrat Hillary Clinton"), preferring
        those who share a title word other than a party (many share a party: "The Republican
        incumbent" is the senator just quoted, not a Republican nominee named before); else a
        title holder named only after it ("The New York state attorney general is confirming ...
        // But Attorney General Eric Schneiderman ...";
        after the person in focus: "Marco Rubio stressed defense issues. // The Florida senator
        told reporters ..." is Rubio, not a senator named later); else the person last named. A title holder from another place than the
        description's is not it ("The Florida senator" is not "Sen. Joni Ernst, R-Iowa"). With
        ``titled_only`` (one tied to someone, "her daughter", "his lawyer"), only a person who
        holds that title."""
        titles = {id(c): [_expanded(words) for words in self._title_words(c)] for c in named}
        titled = [c for c in named if any(_holds_title(words, head, modifiers) for words in titles[id(c)])
                  and not self._placed_elsewhere(c, titles[id(c)], places)]
        chosen = _latest_before(titled, start, _mention_starts)
        unplaced = bool(places) and chosen is not None and not self._homes(chosen, titles[id(chosen)])
        if chosen is not None and not titled_only and (head not in _POSTS or unplaced):
            # A word that is no post ("the star", "the actress") is shared by many in a list
            # article, and "the Vermont senator" need not be the senator of no known state.
            in_focus = self._in_focus_since(chosen, candidates, titles, head, modifiers, start)
            if in_focus is not None:
                return in_focus
        if chosen is not None or titled_only:
            return chosen or self._nearest(titled, start)
        same_head = [c for c in same_head if not _titled_otherwise(titles.get(id(c), []), head, modifiers)
                     and not _of_other_party(titles.get(id(c), []), modifiers)
                     and not self._placed_elsewhere(c, titles.get(id(c), []), places)]
        if same_head:
            # nor is "The Ohio governor" one called "the governor" long before, of no known state
            unplaced = bool(places) and not self._homes(same_head[0], titles.get(id(same_head[0]), []))
            return (unplaced and self._in_focus_since(same_head[0], candidates, titles, head, modifiers, start)) \
                or same_head[0]
        fitting = [c for c in candidates if c.kind is SpeakerKind.person
                   and not _titled_otherwise(titles[id(c)], head, modifiers)
                   and not _of_other_party(titles[id(c)], modifiers)
                   and not self._placed_elsewhere(c, titles[id(c)], places)]
        shared = modifiers if head in lexicon.PARTIES else modifiers - lexicon.PARTIES
        sharing = [c for c in fitting if any(shared & words for words in titles[id(c)])] or fitting
        chosen = _latest_before(sharing, start, self._salient_at)
        if chosen is None and head in lexicon.PARTIES:  # a party's member named only later is no
            # reason to pass over the one in focus ("... a partial reversal for the Wisconsin
            # Republican", after Paul Ryan's words, before "Chairman Reince Priebus")
            chosen = _latest_before(fitting, start, self._salient_at)
        if chosen is None and titled:  # one who holds the title, named later ("The New York state
            # attorney general is confirming ... // But Attorney General Eric Schneiderman ...")
            chosen = self._nearest(titled, start)
        if chosen is None and self._in_lede(start):  # a lede describes before it names
            chosen = self._named_later(sharing, start)
        # One who shares a title word but is named only later is no reason to pass over the
        # person in focus (a Democratic "presidential contender" named after "The GOP
        # presidential candidate" who followed Ted Cruz).
        known = [c for c in sharing if any(p < start for p in _mention_starts(c))] or fitting
        if chosen is None:
            chosen = _latest_before(known, start, self._salient_at)
        if chosen is None:  # no one quoted or a subject yet: the last person named ("Donald Trump's divorce")
            chosen = _latest_before(known, start, self._names_outside_contents)
        return chosen

    def _in_focus_since(self, described: _Cluster, candidates: list[_Cluster], titles: dict[int, list[set[str]]],
                        head: str, modifiers: set[str], start: int) -> _Cluster | None:
        """The person holding no other title in focus since ``described`` was last mentioned
        before a description at ``start``, if anyone: the one the description then stands for;
        not one in focus only in the description's own sentence ("But Trump has one thing in
        common with Chinese people, the columnist suggested")."""
        opening = self.doc.char_span(start, start + 1, alignment_mode="expand")
        sentence_start = opening.sent.start_char if opening is not None else start
        in_focus = _latest_before([c for c in candidates if c.kind is SpeakerKind.person
                                   and not _titled_otherwise(titles.get(id(c), []), head, modifiers)],
                                  sentence_start, self._salient_at)
        if in_focus is not None and self._in_focus_at(in_focus, sentence_start) > max(
                (p for p in _mention_starts(described) if p < start), default=-1):
            return in_focus
        return None

    @cached_property
    def _place_words(self) -> set[str]:
        """The words of the article's places, read only where a description names a place."""
        return {t.lower_ for ent in self.doc.ents if ent.label_ in ("GPE", "LOC") for t in ent if not t.is_stop}

    def _homes(self, cluster: _Cluster, titles: list[set[str]]) -> set[str]:
        """Where a person is known to be of: a place in the words before their name ("Iowa Sen.
        Joni Ernst"), in how they are described ("Sanders, the senator from Vermont,"; not in a
        relative clause, "Rubio, who leads in Iowa polls") or in a party-state tag or a state in
        parentheses after their name (", R-Iowa", "(Fla.)")."""
        # never a word of their own name, which the NER may tag as a place ("Sanders" as a place)
        places = self._place_words - {w.lower() for name in cluster.names for w in _words(name)}
        homes = {w for words in titles for w in words if w in places}
        for mention in cluster.mentions:
            if mention.kind is MentionKind.pronoun:
                continue
            described = _RELATIVE_CLAUSE.split(mention.span.text)[0]
            homes.update(w for w in (w.strip(",.()").lower() for w in described.split()) if w in places)
            if mention.kind not in (MentionKind.name, MentionKind.surname):
                continue
            tag = _PARTY_STATE.match(self.text, mention.span.end) or _STATE_IN_PARENTHESES.match(self.text, mention.span.end)
            state = tag.group(1).lower() if tag is not None else ""
            if state in lexicon.STATE_ABBREVIATIONS:  # "Fla." is "florida", "Ky." "kentucky"
                homes.add(lexicon.STATE_ABBREVIATIONS[state])
            elif tag is not None and tag.re is _PARTY_STATE and not (tag.group(2) and len(state) <= 3):
                homes.update(state.split())  # "R-Iowa", "D-New York"
        return homes

    def _placed_elsewhere(self, cluster: _Cluster, titles: list[set[str]], places: set[str]) -> bool:
        """Whether a person is known to be of somewhere other than ``places``."""
        if not places:
            return False
        homes = self._homes(cluster, titles)
        return bool(homes) and not any(place.startswith(home) for place in places for home in homes)

    def _title_words(self, cluster: _Cluster) -> list[list[str]]:
        """Each role of a person, and the words of the phrase just before each mention of them
        ("New Jersey Gov. Chris Christie"; not "agreed with" in "The judge agreed with Ivana
        Trump")."""
        titles = [[w.strip(".,()") for w in role.lower().split()] for role in cluster.roles]
        for mention in cluster.mentions:
            if mention.kind not in (MentionKind.name, MentionKind.surname):
                continue
            span = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is not None and len(span) and span.root.left_edge.i < span.start and span.root.dep_ != "compound":
                words = self._title_before(span.root, span.start).split()
                titles.append([w.strip(".,()").lower() for w in words])
            elif span is not None and len(span) and span.root.dep_ == "conj":
                titles.append(self._plural_title_before(span.root.head))
        return titles

    def _plural_title_before(self, head: Token) -> list[str]:
        """A plural title before the first of coordinated names ("Sens. Rand Paul (Ky.) and Marco
        Rubio (Fla.)", "Govs. Jeb Bush and Chris Christie"): each name holds it."""
        first = self._person_at(head)
        opening = self.doc.char_span(first.start, first.end, alignment_mode="expand") if first else None
        if opening is None or not len(opening):
            return []
        words = [w.strip(".,()").lower() for w in self._title_before(head, opening.start).split()]
        return words if words and words[-1].endswith("s") and not words[-1].endswith("ss") else []

    def _salient_at(self, cluster: _Cluster) -> list[int]:
        """Where a person was last in focus: quoted, or named as a sentence subject, outside
        reported content (in "Earnest said that Obama has long called for ...", Obama is
        reported on; a following "He said" is still Earnest)."""
        quoted = [p for p in cluster.quoted_at if not self._reported_on(p)]
        return [*quoted, *self._mentions_outside_contents(cluster)]

    def _reported_on(self, position: int) -> bool:
        """Inside what someone else is reported to say (a quotation joined across its own
        speaker tag holds that tag; it is not reported on)."""
        if position not in self._reported:
            self._reported[position] = any(a <= position < b and not (speaker and speaker[0] <= position < speaker[1])
                                           for speaker, (a, b) in self.reports)
        return self._reported[position]

    @staticmethod
    def _nearest(clusters: list[_Cluster], position: int) -> _Cluster | None:
        """The one mentioned last before ``position``, else the first mentioned after it."""
        before = _latest_before(clusters, position, _mention_starts)
        if before is not None:
            return before
        after = [(min(_mention_starts(c)), c) for c in clusters if c.mentions]
        return min(after, key=lambda pair: pair[0])[1] if after else None

    @staticmethod
    def _named_later(candidates: list[_Cluster], position: int) -> _Cluster | None:
        """The first person quoted after ``position``."""
        after = [(min(c.quoted_at), c) for c in candidates if c.quoted_at and c.kind is SpeakerKind.person]
        return min(after, key=lambda pair: pair[0])[1] if after else None

    def _in_lede(self, position: int) -> bool:
        return position < self._lede_end

    def _possessor(self, token: Token) -> _Cluster:
        """Whose point, plan or statement it is: a name ("Sanders's"), else a pronoun ("her")."""
        start, end = token.idx, token.idx + len(token)
        if token.lower_ in lexicon.PRONOUNS:
            return self.resolve_pronoun(start, end, token)
        name = self._name_in(token.left_edge.idx, end, token)
        if name is not None:
            cluster = self._cluster_for_name(name)
            cluster.quoted_at.append(start)
            return cluster
        return self._named_source(token.left_edge.idx, end)

    def resolve_pronoun(self, start: int, end: int, root: Token) -> _Cluster:
        # not the one its verb is told to ("..., he told Hannity"): no one tells themself
        addressees = [t for t in root.head.children if t.dep_ in ("dobj", "dative") and t.pos_ == "PROPN"] \
            if root.dep_ == "nsubj" and root.head.lemma_ in lexicon.ADDRESSING_VERBS else []
        compatible = [c for c in self._compatible(root) if not any(
            _person_named_at([c], t.idx) is not None for t in addressees)]
        # The one whose report holds the pronoun, in its sentence ("Levin said he has spoken
        # with ..."); else the nearest earlier speaker, or person named as a sentence subject
        # outside reported content ("Former governor Ed Rendell was even more resolute. '...,' he
        # said."), whichever comes later: subjects are what a following pronoun most often continues.
        continued = self._tag_after_report(start, root, compatible)
        cluster = continued or self._owner_of_antecedent(root, compatible) \
            or self._reporter_of(start, root, compatible) or self._owner_of_subject(root, compatible) \
            or self._named_subject_of_main_clause(root, compatible) or self._subject_after(root, compatible) \
            or self._subject_in_opening_phrase(root, compatible) or self._introduced_in_own_report(start, compatible) \
            or self._object_of_subjectless_sentence(root, compatible) or _latest_before(compatible, start, self._salient_at)
        if continued is None:
            cluster = self._subject_of_paraphrase(start, root, compatible, cluster) \
                or self._reported_on_since_focus(start, root, compatible, cluster) \
                or self._named_since_focus_moved(start, root, compatible, cluster) or cluster
            cluster = self._other_than_named_in_own_quote(start, compatible, cluster)
        if cluster is None or (self._gender(cluster) is None and continued is None):
            cluster = self._fitting_gender_in_sentence(start, root, compatible, cluster) \
                or self._fitting_subject_before(start, root, compatible, cluster) or cluster
        if cluster is not None and not cluster.names and self._gender(cluster) is None and root.tag_ == "PRP$":
            # "her claim that she ...", after "A campaign aide later clarified ...": an owner is
            # the one of the pronoun's gender in focus before the unnamed speaker
            gender = lexicon.PRONOUN_GENDER.get(root.lower_)
            fitting = [c for c in compatible if c.names and self._gender(c) == gender]
            cluster = _latest_before(fitting, start, self._salient_at) or cluster
        if cluster is None:  # the parse found no subject: the nearest compatible name before it,
            # outside reports if there is one ("... a strong supporter of Trump's presidential
            # campaign. He acknowledged her backing", where a cue was found in "supporter")
            named = [c for c in compatible if c.names]
            cluster = _latest_before(named, start, self._names_outside_contents) \
                or _latest_before(named, start, _named_mention_starts)
        if cluster is None and self._in_lede(start):  # a lede may name its person after the pronoun
            # ("Sanders faces tough sell ... // He needs to persuade ...", the headline's "Sanders" untagged)
            cluster = self._named_later([c for c in compatible if c.names], start)
        if cluster is None:
            cluster = _Cluster(kind=_PRONOUN_KINDS[lexicon.PRONOUNS[root.lower_]][0])
            self.clusters.append(cluster)
        self._add_mention(cluster, start, end, MentionKind.pronoun)
        cluster.quoted_at.append(start)
        return cluster

    def _owner_of_subject(self, pronoun: Token, compatible: list[_Cluster]) -> _Cluster | None:
        """A possessive pronoun after the clause's subject, or a subject pronoun in a clause under
        it, where that subject is a thing a named person owns ("part of Sanders' pitch is his
        insistence that ...", "Mr. Cruz's success ... reflects how he has methodically pursued
        ..."): the pronoun is that owner's, not the one in focus before the sentence."""
        if pronoun.tag_ != "PRP$" and pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        # the nearest clause's subject, past the pronoun's own and a same pronoun's ("how he has
        # pursued ... since he announced")
        subjects = (next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c != pronoun
                          and c.lower_ != pronoun.lower_), None) for t in pronoun.ancestors)
        subject = next((c for c in subjects if c is not None), None)
        if subject is None or subject.i > pronoun.i or self._person_at(subject) is not None:
            return None  # nor where the subject is someone ("Holt's colleague Matt Lauer ... after he asked")
        owners = [t for t in subject.subtree if t.pos_ == "PROPN" and (t.dep_ == "poss" or (
            t.dep_ == "nmod" and any(c.dep_ == "case" for c in t.children)))]  # "Sanders' pitch"
        people = [c for c in compatible if c.kind is SpeakerKind.person and c.names]
        return next((found for owner in owners if (found := _person_named_at(people, owner.idx)) is not None), None)

    def _owner_of_antecedent(self, pronoun: Token, compatible: list[_Cluster]) -> _Cluster | None:
        """The subject pronoun of a relative clause opening with a preposition on a thing a named
        person owns ("seized upon Mr. Trump's RT appearance, in which he said ..."): that owner,
        whoever was in focus or reports it (not in "against Mr. Ryan's trade legislation - which
        he once supported", where the clause's own subject acts on the thing)."""
        clause = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" or not any(
                c.dep_ == "prep" and any(w.tag_ == "WDT" for w in c.children) for c in clause.children):
            return None
        owner = next((c for c in clause.head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        people = [c for c in compatible if c.kind is SpeakerKind.person and c.names]
        return _person_named_at(people, owner.idx) if owner is not None else None

    def _subject_after(self, pronoun: Token, compatible: list[_Cluster]) -> _Cluster | None:
        """The named subject of the clause that a phrase holding the pronoun leads into ("In what
        he acknowledged as a news conference-ending 'rant,' President Obama took a whack at ..."):
        a pronoun in an opening phrase or clause looks ahead to that clause's subject (not past a
        colon or a semicolon, which the parser may hang a whole clause over)."""
        phrase = pronoun
        while phrase.head.i != phrase.i:
            clause = phrase.head
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if phrase.dep_ in ("advcl", "prep") and subject is not None and phrase.right_edge.i < subject.i:
                if any(t.text in (":", ";") for t in self.doc[pronoun.i : subject.i]):
                    return None  # two clauses a colon joins ("she released a plan: Obama adopted it")
                start, end = subject.left_edge.idx, subject.idx + len(subject)
                return next((c for c in compatible if c.kind is SpeakerKind.person
                             and any(start <= m.span.start < end for m in c.mentions)), None)
            phrase = clause
        return None

    def _subject_in_opening_phrase(self, pronoun: Token, compatible: list[_Cluster]) -> _Cluster | None:
        """A subject pronoun after an opening phrase or clause whose own subject is a person
        named there ("In an example of how sensitive Obama is about his legacy, he used ..."), or
        that names its topic ("As for Trump, he was strangely subdued"): the pronoun continues
        that person, not the one in focus before the sentence. Not a participle's phrase, whose
        own subject is the pronoun ("Asked about her vote in the event that Clinton faces Trump,
        she replied")."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        named = [c for c in compatible if c.kind is SpeakerKind.person and c.names]
        found = None
        for phrase in pronoun.head.children:
            if phrase.dep_ not in ("prep", "advcl") or phrase.right_edge.i >= pronoun.i or _understood_subject(phrase):
                continue
            for token in phrase.subtree:
                topic = _named_as_topic(token) and token.head.head == phrase
                if (token.dep_ in ("nsubj", "nsubjpass") or topic) and token.pos_ == "PROPN":
                    found = _person_named_at(named, token.idx) or found
        return found

    def _object_of_subjectless_sentence(self, pronoun: Token, compatible: list[_Cluster]) -> _Cluster | None:
        """A subject pronoun in a clause under a sentence whose subject is no one ("That left Sen.
        Ted Cruz of Texas center stage ... -- so much so that he accused the moderators ..."): the
        person of its gender the sentence's verb acts on is the one it is about, not the one in
        focus before it."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ == "ROOT":
            return None
        verb = pronoun.sent.root
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i > pronoun.i or not (
                subject.lower_ in ("that", "this", "it") or (subject.pos_ == "NOUN" and not _names_a_person(subject))):
            return None
        gender = lexicon.PRONOUN_GENDER.get(pronoun.lower_)
        objects = [c for v in (verb, *(c for c in verb.children if c.dep_ == "conj")) for c in v.children
                   if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i < pronoun.i]
        people = [c for c in compatible if c.kind is SpeakerKind.person and c.names and self._gender(c) == gender]
        return next((found for noun in objects if (found := _person_named_at(people, noun.idx)) is not None), None)

    def _other_than_named_in_own_quote(self, start: int, compatible: list[_Cluster],
                                       chosen: _Cluster | None) -> _Cluster | None:
        """One a pronoun's own quotation names by title and surname ("... whether Senator
        Sanders's message and his campaign could go toe to toe ..., and I think in Iowa he proved
        that we could," he said) is talked about, not talking: the speaker is the one in focus
        before who is not named there (his campaign manager, quoted before)."""
        if chosen is None:
            return chosen
        quoted = [(a, b) for a, b in self._reported_by(start) if self.text[a] in QUOTE_MARKS]

        def titled_in_quote(cluster: _Cluster) -> bool:
            return any(a <= m.span.start < b and m.kind in (MentionKind.name, MentionKind.surname)
                       and (_words(self.text[a : m.span.start]) or [""])[-1].lower() in _NOT_FIRST_NAMES
                       for m in cluster.mentions for a, b in quoted)

        if not titled_in_quote(chosen):
            return chosen
        others = [c for c in compatible if c.kind is SpeakerKind.person and not titled_in_quote(c)]
        return _latest_before(others, start, self._salient_at) or chosen

    def _reported_by(self, start: int) -> list[tuple[int, int]]:
        """What the source starting at ``start`` is reported saying."""
        return [content for speaker, content in self.reports if speaker and speaker[0] == start]

    def _introduced_in_own_report(self, start: int, compatible: list[_Cluster]) -> _Cluster | None:
        """The person first named, in full and as its subject, in what the pronoun itself is
        reported saying before it ("Former Rep. Chris Shays (R-Conn.) was pro John Kasich ..., he
        said"): someone introduced there is not merely talked about, as one named before would be
        (nor as a bare surname is: "''Obama doesn't get along with Putin,'' he said"). Not in a
        quotation, where the speaker is "I" and anyone named is someone else ("George W. Bush got
        half a million fewer votes than Al Gore in 2000," he points out)."""
        for a, b in self._reported_by(start):
            if b > start or self.text[a] in QUOTE_MARKS:
                continue
            for cluster in compatible:
                first = min((m for m in cluster.mentions if m.kind is not MentionKind.pronoun),
                            key=lambda mention: mention.span.start, default=None)
                if cluster.kind is SpeakerKind.person and first is not None and first.kind is MentionKind.name \
                        and a <= first.span.start < b and self._is_subject(first.span.start, first.span.end):
                    return cluster
        return None

    def _in_focus_at(self, cluster: _Cluster, position: int) -> int:
        """Where ``cluster`` was last in focus before ``position`` (-1: never)."""
        return max((p for p in self._salient_at(cluster) if p < position), default=-1)

    def _subject_of_paraphrase(self, start: int, pronoun: Token, compatible: list[_Cluster],
                               in_focus: _Cluster | None) -> _Cluster | None:
        """Where whoever was in focus was last so before the pronoun's paragraph: the person of
        the pronoun's gender named last as a subject in a paraphrase (a report in the writer's
        words) before it, the pronoun's own ("In Louisville on March 1, Ms. Nwanguma was shocked by
        the reaction ..., she said", a paragraph after a spokeswoman spoke) or, where the one in
        focus is not named again in the paragraph, anyone's ("The Clinton campaign must relish
        every moment Trump opens his mouth. [...] The things he wants ...", after a paragraph on
        Romney). A new paragraph that names someone first and then goes on with a pronoun is about
        that person; in a quotation the speaker may name anyone ("'Obama had will.i.am,' he said").
        Not for one who "added" or "continued": that goes on from whoever spoke before ("Mr.
        Trump fits that bill for many people, he added", after Mr. Gidley's quotation)."""
        if pronoun.head.lemma_ in _CONTINUING_VERBS:
            return None
        gender = lexicon.PRONOUN_GENDER.get(pronoun.lower_)
        paragraph_start = self.text.rfind("\n", 0, start)
        if in_focus is None or gender is None or \
                self._in_focus_at(in_focus, start) > paragraph_start:
            return None
        named_again = any(paragraph_start < m.span.start < start for m in in_focus.mentions
                          if m.kind is not MentionKind.pronoun)
        # nor what a participle opening the pronoun's clause holds: its subject is the pronoun
        opening = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in pronoun.head.children
                   if c.i < pronoun.i and _understood_subject(c)]
        paraphrases = [(a, b) for speaker, (a, b) in self.reports
                       if b <= start and self.text[a] not in QUOTE_MARKS
                       and ((speaker and speaker[0] == start) or (paragraph_start < a and not named_again))
                       and not any(low <= a < high for low, high in opening)]

        fitting = [c for c in compatible if c is not in_focus and c.kind is SpeakerKind.person
                   and self._gender(c) == gender]
        return _latest_before(fitting, start, lambda cluster: self._named_subject_within(cluster, paraphrases))

    def _reported_on_since_focus(self, start: int, pronoun: Token, compatible: list[_Cluster],
                                 in_focus: _Cluster | None) -> _Cluster | None:
        """Where someone the pronoun cannot stand for has since reported, in the pronoun's
        paragraph and in the writer's words, on a person not known to be of another gender as the
        subject of that report, the last before the pronoun: that person ("Turkish President
        Recep Tayyip Erdogan has repeatedly called on ... the Turkish government declared Oksuz
        was a leader of the plot. He was briefly detained. He denounced the coup attempt"; not
        after "The network said it would send Ms. Martin ...", whose subject is no person). With
        no one in focus, any such report in the paragraph counts. A report moves the focus to
        whom it is about."""
        if lexicon.PRONOUN_GENDER.get(pronoun.lower_) is None:
            return None
        focus_at = self._in_focus_at(in_focus, start) if in_focus is not None else -1
        since = max(focus_at, self.text.rfind("\n", 0, start))
        speaking = [m.span for c in compatible for m in c.mentions]
        paraphrases = [(a, b) for speaker, (a, b) in self.reports
                       if speaker and since < speaker[0] < start and b <= start and self.text[a] not in QUOTE_MARKS
                       and not any(span.start <= speaker[0] < span.end for span in speaking)
                       and not self._reported_on(speaker[0])]  # not "his family, most of whom thought ..."
        paraphrases = [max(paraphrases)] if paraphrases else []

        people = [c for c in compatible if c.kind is SpeakerKind.person]
        return _latest_before(people, start, lambda cluster: self._named_subject_within(cluster, paraphrases)) \
            if paraphrases else None

    def _named_subject_within(self, cluster: _Cluster, spans: list[tuple[int, int]]) -> list[int]:
        """Where a person is named, as a subject, inside any of ``spans`` (reports in the writer's words)."""
        return [m.span.start for m in cluster.mentions if m.kind in (MentionKind.name, MentionKind.surname)
                and any(a <= m.span.start < b for a, b in spans) and self._is_subject(m.span.start, m.span.end)]

    def _named_since_focus_moved(self, start: int, pronoun: Token, compatible: list[_Cluster],
                                 in_focus: _Cluster | None) -> _Cluster | None:
        """Where someone the pronoun cannot stand for has since been a subject, of any clause: the
        person known to be of its gender named last after that, in the pronoun's paragraph,
        outside what anyone is reported saying and not as a modifier ("the Obama administration").
        "Bush offered a retort. // ... as Clinton sharpened her knife to bloody Sanders. He has
        attacked Clinton ...": Sanders, not Bush."""
        gender = lexicon.PRONOUN_GENDER.get(pronoun.lower_)
        if in_focus is None or gender is None:
            return None
        focus_at = self._in_focus_at(in_focus, start)
        paragraph_start = self.text.rfind("\n", 0, start)

        def as_subject(cluster: _Cluster) -> list[int]:  # of any clause: "as Clinton sharpened ..."
            return [m.span.start for m in cluster.mentions if m.kind is not MentionKind.pronoun
                    and focus_at < m.span.start < start  # only these can have moved the focus
                    and (span := self.doc.char_span(m.span.start, m.span.end, alignment_mode="expand"))
                    and span.root.dep_ in ("nsubj", "nsubjpass")]

        people = [c for c in self.clusters if c.kind is SpeakerKind.person and c not in compatible]
        moved = _latest_before(people, start, as_subject)
        moved_at = max((p for p in as_subject(moved) if p < start), default=-1) if moved else -1
        if moved_at <= focus_at:
            return None

        def named_since(cluster: _Cluster) -> list[int]:
            return [m.span.start for m in cluster.mentions if m.kind is not MentionKind.pronoun
                    and max(moved_at, paragraph_start) < m.span.start < start
                    and self._outside_contents(m.span.start) and not self._modifies_another(m.span)]

        fitting = [c for c in compatible if c.kind is SpeakerKind.person and self._gender(c) == gender]
        return _latest_before(fitting, start, named_since)

    def _modifies_another(self, span: Span) -> bool:
        """Whether a name only modifies another noun ("Trump" in "Trump campaign manager")."""
        parsed = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        return parsed is not None and len(parsed) > 0 and parsed.root.dep_ == "compound"

    def _fitting_gender_in_sentence(self, start: int, pronoun: Token, compatible: list[_Cluster],
                                    in_focus: _Cluster | None, reach_back: bool = False) -> _Cluster | None:
        """Where no one, or someone of unknown gender, is in focus: the person known to be of the
        pronoun's gender named last before it in its own sentence ("... showing an ailing Hillary
        Clinton stumbling to a van (her campaign later disclosed ...)"), or, with ``reach_back``,
        in the sentence before it in its paragraph ("... less confident in Mrs. Clinton. Her
        tentative embrace ..."); not in what the pronoun itself is reported saying ("People like
        Scott, he said.") nor as a word of another's title ("Former Trump campaign manager Corey
        Lewandowski ... whether he can comment")."""
        gender = lexicon.PRONOUN_GENDER.get(pronoun.lower_)
        if gender is None:
            return None
        sentence_start = pronoun.sent.start_char
        if reach_back and pronoun.sent.start > 0:
            before = self.doc[pronoun.sent.start - 1].sent
            if "\n" not in self.text[before.start_char : sentence_start]:
                sentence_start = before.start_char
        own = self._reported_by(start)

        def named_before(cluster: _Cluster) -> list[int]:
            return [m.span.start for m in cluster.mentions if m.kind is not MentionKind.pronoun
                    and sentence_start <= m.span.start < start and not any(a <= m.span.start < b for a, b in own)
                    and not self._modifies_another(m.span)]

        fitting = [c for c in compatible if c is not in_focus and named_before(c) and self._gender(c) == gender]
        return _latest_before(fitting, start, named_before)

    def _fitting_subject_before(self, start: int, pronoun: Token, compatible: list[_Cluster],
                                in_focus: _Cluster | None) -> _Cluster | None:
        """A sentence's subject pronoun after a sentence whose first subject is known to be of the
        pronoun's gender, where the one in focus last is someone of unknown gender the sentence
        goes on to ("..., she issued a detailed plan ...: President Obama later adopted a similar
        approach. She has ..."): that subject, for a gendered pronoun rarely passes over the
        one it is known to fit for one it may not."""
        gender = lexicon.PRONOUN_GENDER.get(pronoun.lower_)
        if gender is None or in_focus is None or pronoun.dep_ not in ("nsubj", "nsubjpass") \
                or pronoun.head != pronoun.sent.root or pronoun.sent.start == 0:
            return None
        before = self.doc[pronoun.sent.start - 1].sent
        if "\n" in self.text[before.start_char : pronoun.sent.start_char]:
            return None
        # its first subject of a main clause (or of one the parser hung under the last: "..., she
        # issued a plan: Obama later adopted ...", parsed with "adopted" as the root)
        subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass")
                        and t.head.dep_ in ("ROOT", "ccomp", "conj", "parataxis", "advcl")), None)
        if subject is None or not any(subject.idx < p < before.end_char for p in self._salient_at(in_focus)):
            return None
        return next((c for c in compatible if c is not in_focus and c.kind is SpeakerKind.person and c.names
                     and self._gender(c) == gender and subject.idx in self._salient_at(c)), None)

    def _compatible(self, pronoun: Token) -> list[_Cluster]:
        """The speakers a pronoun can stand for: of its kind, and not of the other gender."""
        kinds = _PRONOUN_KINDS[lexicon.PRONOUNS[pronoun.lower_]]
        gender = lexicon.PRONOUN_GENDER.get(pronoun.lower_)
        return [c for c in self.clusters if c.kind in kinds and (gender is None or self._gender(c) in {None, gender})]

    def add_pronoun_mentions(self, quotes: list[tuple[int, int]]) -> None:
        """Every "he", "she", "his", "her" outside quotation marks and outside the sources, as a
        mention of the person named last before it, once every source is resolved: the registry
        then holds each person's whole chain ("She has faced a number of controversies"), not only
        the pronouns that introduce a quote. A source pronoun most often continues the last
        speaker; any other pronoun, the last person named ("a letter accusing him", after "wrote
        Putin"), whether quoted or not, and someone known only by a description ("Her daughter")
        only where no named person of its gender comes before. A pronoun opening its sentence as
        its subject ("She also chronicles ...") continues the last one in focus, quoted or a
        subject, before anyone merely named since ("the police killings of Trayvon Martin"), and
        so does a possessive with no one named before it in its sentence ("All ran counter to his
        earlier statements", after "Trump offered defenses of Lewandowski"); one under a subject a
        named person owns is that owner's ("Mr. Cruz's success ... reflects how he has ..."), and
        the subject of a clause after its main clause, or joined to it, is that clause's named
        subject ("Cruz campaigned in Rubio's Miami backyard as he looked ..."). One who is of no
        known gender gives way to a person of the pronoun's gender named in its sentence or the one before
        ("... less confident in Mrs. Clinton. Her tentative embrace ..."); for a source pronoun
        only its own sentence is read so (reaching back lost more sources than it won).
        These mentions make no one more salient, so the sources resolve the same with or without
        them."""
        taken = {m.span.start for c in self.clusters for m in c.mentions}
        for token in self.doc:
            start = token.idx
            if token.lower_ not in lexicon.PRONOUN_GENDER or token.pos_ != "PRON" or start in taken \
                    or any(s <= start < e for s, e in quotes):
                continue
            compatible = self._compatible(token)
            named = [c for c in compatible if c.names] or compatible
            sentence_start = token.sent.start_char
            opens = (token.dep_ in ("nsubj", "nsubjpass") and token.i == token.sent.start) or (
                token.tag_ == "PRP$" and not any(sentence_start <= p < start for c in named for p in _named_mention_starts(c)))
            cluster = self._governing_subject(token) or self._owner_of_subject(token, named) \
                or self._named_subject_of_main_clause(token, named) \
                or (opens and _latest_before(named, start, self._salient_at)) \
                or _latest_before(named, start, _named_mention_starts)
            if cluster is not None and self._gender(cluster) is None:
                cluster = self._fitting_gender_in_sentence(start, token, named, cluster, reach_back=True) or cluster
            if cluster is not None:
                self._add_mention(cluster, start, start + len(token), MentionKind.pronoun)

    def _named_subject_of_main_clause(self, pronoun: Token, compatible: list[_Cluster]) -> _Cluster | None:
        """The subject pronoun of an adverbial clause after its main clause, or of a clause joined
        to it ("Cruz campaigned in Rubio's Miami backyard as he looked to make inroads", "Sanders
        let Kingson speak first, and then ... he spent"): the main clause's named subject, not the
        one named last."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ not in ("advcl", "conj") or clause.head.i > pronoun.i:
            return None
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if subject is None:
            return None
        people = [c for c in compatible if c.kind is SpeakerKind.person]
        return _person_named_at(people, subject.idx)

    def _governing_subject(self, pronoun: Token) -> _Cluster | None:
        """Whom a relative clause's subject pronoun stands for where a clause it hangs under has a
        pronoun of its gender as subject: that pronoun's person ("He declared that ... Donald Trump
        would have a path to nomination, which he declared a total disaster"; "he could not resist
        taking swipes at Marco Rubio, who he dubbed ..."), not the one named last."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "relcl":
            return None
        gender = lexicon.PRONOUN_GENDER[pronoun.lower_]
        for governor in pronoun.head.ancestors:
            subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.i < pronoun.i and subject.pos_ == "PRON" \
                    and lexicon.PRONOUN_GENDER.get(subject.lower_) == gender:
                return next((c for c in self.clusters if any(m.span.start == subject.idx for m in c.mentions)), None)
        return None

    def _tag_after_report(self, start: int, root: Token, compatible: list[_Cluster]) -> _Cluster | None:
        """A pronoun's speaker tag just after the comma that ends another report in its sentence
        continues that report's speaker, whatever gender is known ("Robby Mook acknowledged [...]
        had split the first two contests, which is an outcome, he said, ..."; a sentence the
        parser opened at that comma is still the sentence before it)."""
        sentence = root.sent
        first = sentence.start_char
        if sentence.start > 0 and self.text[max(0, first - 20):first].rstrip()[-1:] == ",":
            first = self.doc[sentence.start - 1].sent.start_char
        speaker = next((speaker for speaker, (a, b) in self.reports if speaker and b <= start
                        and self.text[b:start].strip() == "," and first <= speaker[0] < b), None)
        # the one the source's words were resolved to: "Clinton campaign manager Robby Mook" is Mook
        return next((c for c in compatible if any((m.span.start, m.span.end) == speaker for m in c.mentions)),
                    None) if speaker else None

    def _reporter_of(self, start: int, root: Token, compatible: list[_Cluster]) -> _Cluster | None:
        """The one whose report, in the pronoun's sentence, holds the pronoun."""
        sentence = root.sent
        spans = [speaker for speaker, (a, b) in self.reports
                 if speaker and a <= start < b and sentence.start_char <= speaker[0] < sentence.end_char]
        for speaker in sorted(spans, key=lambda span: -span[0]):
            found = next((c for c in compatible
                          if any(speaker[0] <= m.span.start < speaker[1] for m in c.mentions)), None)
            if found is not None:
                return found
        return None

    def _honorific_gender(self, start: int, words: list[str]) -> str | None:
        """m / f from an honorific opening a name's words or just before them ("Mr. Obama")."""
        before = self.text[max(0, start - 6):start].split()
        return (lexicon.HONORIFIC_GENDER.get(before[-1].lower()) if before else None) or \
            lexicon.HONORIFIC_GENDER.get(words[0].lower())

    def _gender(self, cluster: _Cluster) -> str | None:
        """m / f from a gendered role noun ("widow", "congresswoman"), an honorific before a
        mention, a first name, or else an earlier pronoun (the weakest: it may itself have been
        resolved wrongly)."""
        for role in cluster.roles:
            found = next((lexicon.ROLE_GENDER[w] for w in role.lower().split() if w in lexicon.ROLE_GENDER), None)
            if found:
                return found
        for mention in cluster.mentions:
            if mention.kind is not MentionKind.pronoun:
                found = self._name_gender(mention)
                if found:
                    return found
        pronouns = (lexicon.PRONOUN_GENDER.get(m.span.text.lower()) for m in cluster.mentions
                    if m.kind is MentionKind.pronoun)
        said_of_self = (self._said_of_self.get(m.span.start) for m in cluster.mentions if m.kind is not MentionKind.pronoun)
        return next((g for g in pronouns if g), None) or next((g for g in said_of_self if g), None)

    @cached_property
    def _said_of_self(self) -> dict[int, str]:
        """m / f of the "he" or "she" that opens what a named speaker is reported to say, by where
        the speaker is named ("Symms said he has been impressed"): who is said to speak of "he"
        there most often means themselves, where no one else is named before it in its sentence
        ("Greenberg noted that Hillary Clinton has been able to rebound and said she can do so
        again"); never a quotation's, whose "He" is someone else's, nor that of words reported
        before the speaker is named ("He promised to defeat Randolph ..., Frankel said", where
        "He" points back to someone named earlier)."""
        found = {}
        for speaker, (a, b) in self.reports:
            words = self.doc.char_span(a, b, alignment_mode="expand") if speaker and speaker[0] < a else None
            first = next((t for t in words if t.lower_ != "that"), None) if words else None
            if first is None or first.lower_ not in ("he", "she") or first.dep_ not in ("nsubj", "nsubjpass"):
                continue
            opening = first.sent.start_char
            if not any(opening <= n.start < first.idx and not speaker[0] <= n.start < speaker[1]
                       and n.kind is SpeakerKind.person for n in self.names):
                found[speaker[0]] = lexicon.PRONOUN_GENDER[first.lower_]
        return found

    def _name_gender(self, mention: Mention) -> str | None:
        """m / f from the honorific or first name of a mention, read once per mention: every
        pronoun asks the gender of every speaker."""
        key = (mention.span.start, mention.span.end)
        if key not in self._name_genders:
            words = mention.span.text.split()
            found = self._honorific_gender(mention.span.start, words)
            if found is None and len(words) > 1 and words[1][:1].isupper():  # not "Joseph and other parents"
                found = _first_name_gender(words)
            self._name_genders[key] = found
        return self._name_genders[key]

    def _outside_contents(self, position: int) -> bool:
        return not self._in_content[position]

    def _mentions_outside_contents(self, cluster: _Cluster) -> list[int]:
        return [m.span.start for m in cluster.mentions
                if m.kind is not MentionKind.pronoun and self._is_subject(m.span.start, m.span.end)
                and self._outside_contents(m.span.start)]

    def _names_outside_contents(self, cluster: _Cluster) -> list[int]:
        """Name mentions outside reported content, in any role in their sentence."""
        return [m.span.start for m in cluster.mentions
                if m.kind in (MentionKind.name, MentionKind.surname) and self._outside_contents(m.span.start)]

    def _is_subject(self, start: int, end: int) -> bool:
        """Whether the words at ``start:end`` name the topic of their clause (read once per span:
        every salience question asks it of every mention)."""
        known = self._subjects.get((start, end))
        if known is None:
            known = self._subjects[(start, end)] = self._reads_as_subject(start, end)
        return known

    def _reads_as_subject(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        sentence = span[0].sent
        paragraph = self.text[self.text.rfind("\n", 0, start) + 1 : start]
        if paragraph.rfind("(") > paragraph.rfind(")"):
            return False  # an aside ("(As BuzzFeed News first reported, Mr. Trump voiced ...)")
        before = self.text[max(0, start - 20):start].split()[-1:] or [""]
        titled = _full_form(before[0].lower().rstrip(".").removesuffix("s")) in lexicon.OFFICE_NOUNS
        if span[0].is_sent_start and len(sentence) > 5 and any(t.pos_ == "VERB" for t in sentence) and not titled:
            # a name opening a sentence (not a heading, nor one the tokenizer cut after an
            # abbreviated title: "particularly Govs. Jeb Bush and Chris Christie, who say") is its
            # topic, however parsed
            return True
        rest = [t for t in sentence if not span.start <= t.i < span.end and not t.is_space]
        if rest and rest[0].like_num and rest[0].i < span.start and all(t.is_punct or t.like_num for t in rest):
            return True  # a list's numbered item naming a person ("3. Ted Cruz. The senator from Texas ...")
        root = span.root
        if any(c.dep_ == "appos" and c.tag_ == "NN" and not _verb_after(c)
               and (len(span) > 1 or any(d.dep_ == "det" for d in c.children)) for c in root.children) \
                and not _named_main_subject_before(sentence, span.start):
            # "..., which concerns Henry Crespo, president of ...", "For Major, a retiree ...":
            # someone introduced (not a list misread as apposition: "it's Gov. Pat McCrory, the
            # North Carolina Department", "the same Dirty Dancing, 98 Degrees and Justin
            # Timberlake posters"; a surname alone only with "a" or "the" before the noun), unless
            # the sentence's own named subject comes first ("George Zimmerman is selling the gun he
            # used to kill Trayvon Martin, an unarmed black teenager,": Zimmerman stays the topic)
            return True
        if root.dep_ == "appos":  # "Kazakhstan's foreign minister, Erlan Idrissov, plays down ..."
            root = root.head
        while root.dep_ == "conj" and root.head.pos_ in ("PROPN", "PRON"):  # "he and Mr. Trump still speak"
            root = root.head
        if root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass") and not _names_a_person(root.head):
            root = root.head  # "President Obama's job approval rating stands at 53%": his, the topic
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ in ("nsubj", "nsubjpass") \
                and not _names_a_person(root.head.head):
            root = root.head.head  # "Footage of Al-Awlaki again appears": his, the topic
        if _object_of_imperative(root) or _named_as_topic(root) or _singled_out(root) \
                or self._introduced_by_no_one(span):
            return True
        # the subject of a clause of time, reason, condition or comparison ("hours after Trump
        # unleashed ...", "more rules than Mr. Perot did"), or of what a relative clause's subject
        # thinks ("his family, most of whom thought Obama had no shot"), or an object given a
        # complement ("trying to hold Snyder accountable"), is no topic, unless the clause it
        # hangs on is about no one ("it is surprising because Trump has not ...")
        clause = root.head
        background = any(c.dep_ == "mark" and c.lower_ in _BACKGROUND_MARKERS for c in clause.children) \
            and not _impersonal(clause.head)
        complement = clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_ in _OBJECT_COMPLEMENT_VERBS \
            and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)
        return root.dep_ in {"nsubj", "nsubjpass"} and not (
            clause.dep_ == "pcomp" or background or complement or (clause.dep_ == "ccomp" and clause.head.dep_ == "relcl"))

    def _introduced_by_no_one(self, span: SpacySpan) -> bool:
        """A person named in full for the first time, not as the subject, in a sentence whose
        subject is many people or a thing ("some of his supporters saw a culprit in Alison
        Lundergan Grimes.", "the Republicans again turned to a Western conservative, Ronald
        Reagan."): the one person the sentence brings in, so the topic of what follows."""
        if len(span) < 2 or span.root.pos_ != "PROPN" or any(t.text == "," for t in span) \
                or self.text.find(span.text) != span.start_char or span.root.dep_ == "conj" \
                or any(c.dep_ == "conj" for c in span.root.children):  # one person, named by name
            return False
        token = span.root.head if span.root.dep_ == "appos" else span.root
        if token.dep_ == "pobj":  # "saw a culprit in ...", "turned to ..."
            token = token.head.head
        if token.dep_ in ("dobj", "dative", "attr", "oprd"):
            token = token.head
        if token != span.sent.root:  # not an argument of the main verb ("at the home of investor ...")
            return False
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and all(
            s.tag_ in ("NNS", "NNPS") or s.lower_ in lexicon.GENERIC_DETERMINERS
            or (s.pos_ == "NOUN" and not _names_a_person(s)) for s in subjects)

    def speakers(self) -> tuple[list[Speaker], dict[int, str]]:
        """Final speakers, quoted ones first, and a map from cluster identity to speaker id."""
        ordered = sorted(
            (c for c in self.clusters if c.mentions),
            key=lambda c: (not c.quoted_at, min(m.span.start for m in c.mentions)),
        )
        ids: dict[int, str] = {}
        speakers = []
        for number, cluster in enumerate(ordered, start=1):
            ids[id(cluster)] = f"S{number}"
            speakers.append(
                Speaker(
                    id=f"S{number}",
                    canonical_name=_clean_name(cluster.canonical),
                    kind=cluster.kind,
                    roles=cluster.roles,
                    affiliations=cluster.affiliations,
                    mentions=sorted(cluster.mentions, key=lambda m: m.span.start),
                )
            )
        return speakers, ids
