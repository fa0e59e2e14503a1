"""The per-article speaker registry: who each source is, under one canonical name.

Names come from spaCy's entities after two general corrections: a surname that the article also
uses with an honorific ("Mr Sevimlisoy") marks the words ending in it as a person even inside a
longer organisation entity, and names used as media ("Writing for Spiked") are organisations.
Pronouns resolve to the nearest earlier speaker of a compatible kind; descriptions ("the
expert") to a speaker whose role shares their head noun, else to the nearest named speaker,
looking back first and, for ledes that describe before they name, then forward.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from presslens.attribution import lexicon
from presslens.model import Mention, MentionKind, Span, Speaker, SpeakerKind

_PERSON_LABELS = {"PERSON"}
_ORG_LABELS = {"ORG", "GPE", "FAC"}
_ROLE_PREPOSITIONS = {"at", "of", "for", "with", "from"}
# An indefinite description brings in a new referent ("said one City analyst, who asked not to
# be named"); only a definite one ("the analyst") can be someone already in the article.
_INDEFINITE_DETERMINERS = frozenset(["a", "an", "one", "another"])
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

    @property
    def canonical(self) -> str:
        if self.names:
            return max(self.names, key=lambda n: (len(n.split()), len(n)))
        # Unnamed: its first description up to a comma ("one City analyst", not the same words
        # with ", who asked not to be named"; "A spokesperson for TriMet", not "the spokesperson").
        described = sorted((m.span.start, m.span.text) for m in self.mentions if m.kind is not MentionKind.pronoun)
        if described:
            return described[0][1].split(",")[0].strip()
        return self.mentions[0].span.text if self.mentions else ""


def _words(text: str) -> list[str]:
    return text.split()


def _clean_name(text: str) -> str:
    text = text.strip(" ,.;:")
    for suffix in ("’s", "'s", "’", "'"):
        text = text.removesuffix(suffix)
    return text


def _without_article(name: str) -> str:
    """"the Institute for Fiscal Studies" as the role splitter sees it, articles dropped."""
    return name[4:] if name.lower().startswith("the ") else name


def _surname_evidence(doc: Doc) -> set[str]:
    surnames = set()
    for token in doc[:-1]:
        if token.lower_ in lexicon.HONORIFICS and token.nbor(1).text[:1].isupper():
            surnames.add(token.nbor(1).text)
    return surnames


def find_names(doc: Doc, media_names: set[str]) -> list[Name]:
    """Entities as people and organisations, with spaCy's typical boundary mistakes corrected."""
    surnames = _surname_evidence(doc)
    names: list[Name] = []
    for ent in doc.ents:
        if ent.label_ not in _PERSON_LABELS | _ORG_LABELS:
            continue
        text = _clean_name(ent.text)
        words = _words(text)
        if not words:
            continue
        start = ent.start_char
        if ent.label_ not in _PERSON_LABELS and len(words) >= 3 and words[-1] in surnames:
            person = " ".join(words[-2:])
            split = start + text.rfind(person)
            names.append(Name(start, split - 1, text[: split - start].strip(), SpeakerKind.organisation))
            names.append(Name(split, split + len(person), person, SpeakerKind.person))
            continue
        preceded = ent.start > 0 and doc[ent.start - 1].lower_ in lexicon.HONORIFICS
        if text in media_names:
            kind = SpeakerKind.organisation
        elif ent.label_ in _PERSON_LABELS or preceded or words[-1] in surnames:
            kind = SpeakerKind.person
        else:
            kind = SpeakerKind.organisation
        names.append(Name(start, start + len(text), text, kind))
    return names


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


def _mention_starts(cluster: _Cluster) -> list[int]:
    return [m.span.start for m in cluster.mentions]


def _quoted_at(cluster: _Cluster) -> list[int]:
    return cluster.quoted_at


def _role_and_affiliation(text: str, names: list[Name]) -> tuple[str | None, str | None]:
    """Split "millennium fellow at think-tank Atlantic Council" into role and affiliation."""
    words = [
        w
        for w in _words(text.strip(" ,"))
        if w.lower() not in _INDEFINITE_DETERMINERS | {"the"} and w.lower() not in lexicon.HONORIFICS
    ]
    if not words:
        return None, None
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

    def __init__(self, doc: Doc, text: str, names: list[Name], contents: list[tuple[int, int]] = ()):
        self.doc = doc
        self.text = text  # the doc's, passed in: Doc.text joins every token at each access
        self.names = names
        people = [_words(n.text) for n in names if n.kind is SpeakerKind.person]
        self._full_names = [words for words in people if len(words) > 1]
        self.clusters: list[_Cluster] = []
        self._by_key: dict[str, _Cluster] = {}
        # What people are reported to have said: a name mentioned in there ("the end of Putin's
        # reign") is talked about, not the one a following "he said" refers to.
        self.contents = list(contents)
        self._lower_case_words = {t.text for t in doc if t.text.islower()}
        self._name_words = {word for name in names for word in _words(name.text)}

    def _is_misread_name(self, root: Token) -> bool:
        """A capitalised noun with no determiner that the tagger took for a common noun: a word
        of a name found elsewhere ("Pence: ..." above "Mike Pence"), or a singular never written
        in lower case in the article ("The Latest: Trump urges ...")."""
        if root.tag_ not in ("NN", "NNS") or not root.text[:1].isupper():
            return False
        if any(c.dep_ in ("det", "poss") for c in root.children):
            return False
        return root.text in self._name_words or (root.tag_ == "NN" and root.lower_ not in self._lower_case_words)

    def _person_key(self, words: list[str]) -> str:
        """People are keyed by their last name; a single word that starts exactly one full name
        in the article and ends none is that person's (a family name written first, as in "Xi
        Jinping" ... "Xi", or a first name)."""
        key = words[-1].lower()
        if len(words) > 1:
            return key
        starting = {w[-1].lower() for w in self._full_names if w[0].lower() == key}
        if len(starting) == 1 and not any(w[-1].lower() == key for w in self._full_names):
            return starting.pop()
        return key

    def _cluster_for_name(self, name: Name) -> _Cluster:
        words = _words(name.text)
        key = self._person_key(words) if name.kind is SpeakerKind.person else name.text.lower()
        cluster = self._by_key.get(key)
        if cluster is None:
            cluster = _Cluster(kind=name.kind)
            self.clusters.append(cluster)
            self._by_key[key] = cluster
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

    def _described_around(self, name: Name) -> tuple[str, str]:
        """The words that describe a person named outside any source, in the two forms
        ``_add_roles`` reads: a title before the name ("The economist Paul Johnson", "Labour's
        shadow chancellor, Rachel Reeves") and an appositive after it ("Paul Johnson, director of
        the Institute for Fiscal Studies,")."""
        span = self.doc.char_span(name.start, name.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return "", ""
        root = span.root
        before = ""
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < span.start:
            before = self._noun_phrase_text(root.head, root.head.i + 1)
        elif root.left_edge.i < span.start:
            before = self._noun_phrase_text(root, span.start)
        after = ""
        described = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i]
        if described:
            phrase = described[0]
            after = ", " + self.text[phrase.left_edge.idx : phrase.right_edge.idx + len(phrase.right_edge)]
        return before, after

    def _add_mention(self, cluster: _Cluster, start: int, end: int, kind: MentionKind) -> None:
        span = Span(start=start, end=end, text=self.text[start:end])
        if all(m.span != span for m in cluster.mentions):
            cluster.mentions.append(Mention(span=span, kind=kind))

    def _name_in(self, start: int, end: int, root: Token) -> Name | None:
        # Names inside a relative clause of a named source ("Christie, who has campaigned for
        # Donald Trump, ...") are about someone else; in "a speech Mrs. Clinton delivered" the
        # clause names the speaker.
        clauses = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in root.children
                   if c.dep_ in ("relcl", "acl") and root.pos_ == "PROPN"]
        inside = [n for n in self.names if n.start >= start and n.end <= end
                  and not any(a <= n.start < b for a, b in clauses)]
        covering = [n for n in inside if n.start <= root.idx < n.end]
        people = [n for n in inside if n.kind is SpeakerKind.person]
        if covering and covering[0].kind is SpeakerKind.person:
            return covering[0]
        return people[-1] if people else (covering[0] if covering else None)

    def _noun_phrase_text(self, head: Token, stop: int) -> str:
        """The words of ``head``'s phrase from its left edge to token ``stop``, without a leading
        conjunction, adverb or punctuation ("But Labour's shadow chancellor")."""
        start = head.left_edge.i
        while start < stop and self.doc[start].dep_ in ("cc", "punct", "advmod", "prep", "mark", "preconj"):
            start += 1
        if start >= stop:
            return ""
        last = self.doc[stop - 1]
        return self.text[self.doc[start].idx : last.idx + len(last)]

    def add_source(self, start: int, end: int, root: Token) -> tuple[_Cluster | None, str]:
        """Register one attribution source; return its cluster (None until resolved) and kind."""
        name = self._name_in(start, end, root)
        if name is not None:
            cluster = self._cluster_for_name(name)
            kind = MentionKind.name if len(_words(name.text)) > 1 else MentionKind.surname
            self._add_mention(cluster, start, end, kind)
            self._add_roles(cluster, self.text[start : name.start], self.text[name.end : end])
            cluster.quoted_at.append(start)
            return cluster, "name"
        lower = root.lower_
        if lower in lexicon.PRONOUNS:
            return None, "pronoun"
        if self._is_misread_name(root):
            return self._named_source(start, end), "name"
        dets = {c.lower_ for c in root.children if c.dep_ in ("det", "amod", "nummod")}
        if lower in lexicon.GENERIC_DETERMINERS or dets & lexicon.GENERIC_DETERMINERS or (
            root.tag_ == "NNS" and not dets and root.pos_ == "NOUN"
        ):
            return self._new_cluster(SpeakerKind.generic, start, end, MentionKind.generic), "generic"
        if root.lemma_ in lexicon.COLLECTIVE_NOUNS or root.tag_ == "NNS":
            return self._new_cluster(SpeakerKind.group, start, end, MentionKind.description), "group"
        if root.pos_ == "PROPN":
            return self._named_source(start, end), "name"
        return None, "description"

    def _named_source(self, start: int, end: int) -> _Cluster:
        """A source that is a name spaCy's NER missed: two to four capitalised words are a person."""
        name = Name(start, end, _clean_name(self.text[start:end]), SpeakerKind.organisation)
        words = _words(name.text)
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            name.kind = SpeakerKind.person
        cluster = self._cluster_for_name(name)
        self._add_mention(cluster, start, end, MentionKind.name)
        cluster.quoted_at.append(start)
        return cluster

    def _new_cluster(self, kind: SpeakerKind, start: int, end: int, mention: MentionKind) -> _Cluster:
        """A new entry for an unnamed source, unless the words starting there are already one:
        two attributions can share a source ("a group of councillors wrote ..., calling on ...",
        "one analyst, who asked not to be named" and its relative pronoun's antecedent)."""
        cluster = next((c for c in self.clusters if c.kind is kind
                        and any(m.span.start == start for m in c.mentions)), None)
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
            if role and any(ch.isdigit() for ch in role) and not any(ch.isalpha() for ch in role):
                role = None  # "Maria Alvarez, 54,": an age, not a role
            if role and role not in cluster.roles and not role.lower().startswith(("who ", "which ")):
                cluster.roles.append(role)
            if affiliation and affiliation not in cluster.affiliations:
                cluster.affiliations.append(affiliation)

    def resolve_description(self, start: int, end: int, root: Token) -> _Cluster:
        head = root.lemma_.lower()
        is_org = head in lexicon.ORGANISATION_NOUNS
        candidates = [
            c
            for c in self.clusters
            if (c.kind is SpeakerKind.organisation) == is_org and c.names
            and c.kind in (SpeakerKind.person, SpeakerKind.organisation)
        ]
        described = [c for c in candidates if any(head in r.lower().split() for r in c.roles)]
        same_head = [
            c
            for c in self.clusters
            if (c.kind is SpeakerKind.organisation) == is_org
            and c.kind in (SpeakerKind.person, SpeakerKind.organisation) and any(
                m.kind is MentionKind.description
                and root.lower_ in m.span.text.lower().split(",")[0].split()
                for m in c.mentions
            )
        ]
        indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE_DETERMINERS for c in root.children)
        if indefinite:
            # Someone new ("said one City analyst, who asked not to be named"), except in the
            # lede, which describes before it names ("A national security expert has given a
            # brutal assessment ..." above "Alp Sevimlisoy ... said").
            chosen = self._named_later(candidates, start) if self._in_lede(start) else None
        elif is_org:
            chosen = _latest_before(candidates, start, _mention_starts)
        else:
            chosen = (described or same_head or self._titled(candidates, head) or [None])[0]
            if chosen is None:
                chosen = self._nearest_quoted(candidates, start)
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
        if role and root.pos_ == "NOUN" and len(role.split()) > 1 and role not in chosen.roles:
            chosen.roles.append(role)
        chosen.quoted_at.append(start)
        return chosen

    def _titled(self, candidates: list[_Cluster], head: str) -> list[_Cluster]:
        """People whose name follows the description's title ("New Jersey Gov. Chris Christie" for
        "the governor"), abbreviated or not."""
        titled = []
        for cluster in candidates:
            for mention in cluster.mentions:
                line = self.text[max(0, mention.span.start - 40) : mention.span.end].split("\n")[-1]
                words = [w.strip(".,").lower() for w in line.split()]
                if any(w == head or lexicon.TITLE_ABBREVIATIONS.get(w) == head for w in words):
                    titled.append(cluster)
                    break
        return titled

    def _nearest_quoted(self, candidates: list[_Cluster], position: int) -> _Cluster | None:
        quoted = [c for c in candidates if c.quoted_at and c.kind is SpeakerKind.person]
        before = _latest_before(quoted, position, _quoted_at)
        return before if before is not None else self._named_later(candidates, position)

    @staticmethod
    def _named_later(candidates: list[_Cluster], position: int) -> _Cluster | None:
        """The first person quoted after ``position``."""
        after = [(min(c.quoted_at), c) for c in candidates if c.quoted_at and c.kind is SpeakerKind.person]
        return min(after, key=lambda pair: pair[0])[1] if after else None

    def _in_lede(self, position: int) -> bool:
        """Within the first two paragraphs that hold a sentence (a headline has no full stop)."""
        seen = 0
        offset = 0
        for paragraph in self.text.split("\n"):
            end = offset + len(paragraph)
            if paragraph.rstrip().endswith((".", "\u201d", '"', "'", "\u2019")):
                seen += 1
            if position < end:
                return seen <= 2
            offset = end + 1
        return False

    def resolve_pronoun(self, start: int, end: int, root: Token) -> _Cluster:
        wanted = lexicon.PRONOUNS[root.lower_]
        kinds = {
            "person": (SpeakerKind.person,),
            "group": (SpeakerKind.group, SpeakerKind.organisation, SpeakerKind.generic),
            "organisation": (SpeakerKind.organisation,),
        }[wanted]
        gender = lexicon.PRONOUN_GENDER.get(root.lower_)
        compatible = [c for c in self.clusters if c.kind in kinds
                      and (gender is None or self._gender(c) in {None, gender})]
        # The nearest earlier speaker, or person named as a sentence subject outside reported
        # content ("Former governor Ed Rendell was even more resolute. '...,' he said."), whichever
        # comes later: subjects are what a following pronoun most often continues.
        cluster = _latest_before(
            compatible, start, lambda c: [*c.quoted_at, *self._mentions_outside_contents(c)]
        )
        if cluster is None:  # the parse found no subject: the nearest compatible name before it
            named = [c for c in compatible if c.names]
            cluster = _latest_before(named, start, self._names_outside_contents)
        if cluster is None:
            cluster = _Cluster(kind=kinds[0])
            self.clusters.append(cluster)
        self._add_mention(cluster, start, end, MentionKind.pronoun)
        cluster.quoted_at.append(start)
        return cluster

    def _gender(self, cluster: _Cluster) -> str | None:
        """m / f from a gendered role noun ("widow", "congresswoman"), an honorific before a
        mention, an earlier pronoun, or a first name."""
        for role in cluster.roles:
            found = next((lexicon.ROLE_GENDER[w] for w in role.lower().split() if w in lexicon.ROLE_GENDER), None)
            if found:
                return found
        for mention in cluster.mentions:
            if mention.kind is MentionKind.pronoun:
                found = lexicon.PRONOUN_GENDER.get(mention.span.text.lower())
            else:
                before = self.text[max(0, mention.span.start - 6):mention.span.start].split()
                first = mention.span.text.split()[0].lower()
                found = (lexicon.HONORIFIC_GENDER.get(before[-1].lower()) if before else None) or \
                    lexicon.HONORIFIC_GENDER.get(first)
                if found is None and len(mention.span.text.split()) > 1:
                    found = "f" if first in lexicon.FEMALE_FIRST_NAMES else (
                        "m" if first in lexicon.MALE_FIRST_NAMES else None)
            if found:
                return found
        return None

    def _mentions_outside_contents(self, cluster: _Cluster) -> list[int]:
        return [m.span.start for m in cluster.mentions
                if m.kind is not MentionKind.pronoun and self._is_subject(m.span.start, m.span.end)
                and not any(s <= m.span.start < e for s, e in self.contents)]

    def _names_outside_contents(self, cluster: _Cluster) -> list[int]:
        """Name mentions outside reported content, in any role in their sentence."""
        return [m.span.start for m in cluster.mentions
                if m.kind in (MentionKind.name, MentionKind.surname)
                and not any(s <= m.span.start < e for s, e in self.contents)]

    def _is_subject(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        root = span.root
        if root.dep_ == "appos":  # "Kazakhstan's foreign minister, Erlan Idrissov, plays down ..."
            root = root.head
        return root.dep_ in {"nsubj", "nsubjpass"}

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
