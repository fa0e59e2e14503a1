"""General attribution patterns beyond the seed."""

import pytest

import presslens
from presslens.attribution import lexicon
from presslens.model import SpeakerKind


def _speakers_by_cue(text):
    """Each attribution's speaker, keyed by the cue's words (the last one wins on repeats)."""
    analysis = presslens.analyze(text)
    return {a.cue.text: analysis.speaker(a.speaker_id) for a in analysis.attributions if a.cue}


def _holder_of_mention(analysis, start):
    """The speaker one of whose mentions starts at ``start``."""
    return next(s for s in analysis.speakers if any(m.span.start == start for m in s.mentions))


def _one(text):
    analysis = presslens.analyze(text)
    assert analysis.attributions, analysis
    return analysis, analysis.attributions[0]


def test_quote_first_order():
    analysis, a = _one("\u201cWe will not back down,\u201d the mayor said.")
    assert a.type.value == "direct" and a.cue.text == "said"
    assert a.source.text == "the mayor"


def test_speaker_first_colon():
    analysis, a = _one('Jane Doe said: "The plan is dead."')
    assert a.type.value == "direct"
    assert analysis.speaker(a.speaker_id).canonical_name == "Jane Doe"


def test_indirect_and_pronoun_resolution():
    analysis = presslens.analyze(
        "Senator Maria Lopez spoke on Monday. She warned that the bill would fail."
    )
    warned = next(a for a in analysis.attributions if a.cue.text == "warned")
    assert warned.type.value == "indirect"
    assert analysis.speaker(warned.speaker_id).canonical_name == "Maria Lopez"


def test_according_to_and_medium():
    analysis = presslens.analyze(
        "The factory will close next year, according to Reuters. "
        "Speaking to the BBC, union leader Tom Hale said the workers were shocked."
    )
    according = next(a for a in analysis.attributions if a.type.value == "according_to")
    assert analysis.speaker(according.speaker_id).canonical_name == "Reuters"
    said = next(a for a in analysis.attributions if a.cue.text == "said")
    assert said.medium is not None and said.medium.kind.value == "interview"
    assert said.medium.name == "the BBC"


def test_floating_quote_continues_previous_speaker():
    analysis = presslens.analyze(
        "\u201cWe are ready,\u201d said coach Anna Berg.\n\u201cThe team has trained all year for this match.\u201d"
    )
    floating = [a for a in analysis.attributions if a.type.value == "floating"]
    assert floating and analysis.speaker(floating[0].speaker_id).canonical_name == "Anna Berg"


@pytest.mark.parametrize("text", ["", "   ", "No quotes and nobody speaks here."])
def test_empty_analysis(text):
    assert presslens.analyze(text).attributions == []


def test_spacy_component(nlp):
    """Users add the registered component to their own pipeline by name."""
    import copy

    import presslens.attribution.component  # noqa: F401  (registers the factory)

    pipeline = copy.deepcopy(nlp)
    pipeline.add_pipe("presslens_attribution", last=True)
    doc = pipeline("The minister said the talks had failed.")
    assert doc._.presslens.attributions[0].cue.text == "said"


@pytest.mark.parametrize("split, labels, sources", [("train", "speaker_resolution.jsonl", 58),
                                                     ("dev", "speaker_resolution_dev.jsonl", 52),
                                                     ("dev", "speaker_descriptions_dev.jsonl", 19),
                                                     ("train", "speaker_descriptions_train.jsonl", 28)])
def test_eval_speakers_on_labelled_sources(split, labels, sources):
    import json

    from conftest import ROOT, require_shared
    from typer.testing import CliRunner

    from presslens.cli import app

    texts = require_shared("data", "polnear", split, "text")
    result = CliRunner().invoke(app, ["eval", "speakers", "--texts", str(texts), "--gold",
                                      str(ROOT / "datasets" / labels), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["sources"] == sources
    kind = "description" if "descriptions" in labels else "surname"
    assert scores["by_kind"][kind]["accuracy"] >= (0.6 if kind == "description" else 0.8)


def _speaker_of(text, cue):
    analysis = presslens.analyze(text)
    attribution = next(a for a in analysis.attributions if a.cue.text == cue)
    return analysis.speaker(attribution.speaker_id).canonical_name


def test_a_family_name_written_first_joins_the_full_name():
    assert _speaker_of("Chinese President Xi Jinping spoke on Monday. Later, Xi said trade would grow.", "said") \
        == "Xi Jinping"


def test_a_name_in_the_sources_relative_clause_is_not_the_speaker():
    text = ("Chris Christie spoke on Wednesday. Christie, who has campaigned for Donald Trump since "
            "February, said the comments were a disgrace.")
    assert _speaker_of(text, "said") == "Chris Christie"


def test_a_gendered_role_noun_tells_who_a_pronoun_is():
    text = ("Press secretary Josh Earnest defended the veto on Monday. \u201cIt is wrong,\u201d said "
            "9/11 widow Terry Strada.\n\nShe continued, \u201cWe have waited long enough.\u201d")
    assert _speaker_of(text, "continued") == "Terry Strada"


def test_speaker_in_the_middle_of_one_sentence():
    analysis, a = _one('"If you look back at the transcripts," Scott said, "I could have written those things."')
    assert a.type.value == "direct" and a.content.text.startswith('"If you') and a.content.text.endswith('things."')
    assert [q.text for q in a.quotes] == ['"If you look back at the transcripts,"', '"I could have written those things."']


def test_a_quotation_waiting_for_its_own_speaker_tag_is_not_taken_in():
    analysis = presslens.analyze("\u201cWe will win,\u201d he said. \u201cNobody doubts it,\u201d she replied.")
    assert [a.content.text for a in analysis.attributions] == ["\u201cWe will win,\u201d", "\u201cNobody doubts it,\u201d"]


def test_a_quotation_after_a_second_speaker_tag_in_a_new_sentence_is_not_joined_to_the_first():
    analysis = presslens.analyze("\u201cI assume she is right,\u201d said Paul Pillar, an analyst. But he added, "
                                 "\u201cI think the wisdom is correct.\u201d")
    assert [a.content.text for a in analysis.attributions] == ["\u201cI assume she is right,\u201d",
                                                               "\u201cI think the wisdom is correct.\u201d"]


def test_two_attributions_sharing_an_unnamed_source_share_its_entry():
    analysis = presslens.analyze(
        "A group of councillors in St Petersburg wrote a letter accusing him of treason, "
        "calling on him to step down."
    )
    groups = [s for s in analysis.speakers if s.canonical_name.startswith("A group of councillors")]
    assert len(groups) == 1


def test_a_colon_ending_its_paragraph_introduces_the_next_one():
    analysis = presslens.analyze(
        "New Jersey Gov. Chris Christie spoke on Wednesday.\n\nThe governor added:\n\n"
        "It is typical of her to blame the police first.\n\nOther officials disagreed."
    )
    added = next(a for a in analysis.attributions if a.cue.text.startswith("added"))
    # the paragraph, its full stop left to the content-edge model (PolNeAR mostly leaves it out)
    assert added.content.text.removesuffix(".") == "It is typical of her to blame the police first"
    assert analysis.speaker(added.speaker_id).canonical_name == "Chris Christie"


@pytest.mark.parametrize("sentence, source", [
    ("The museum, Mr. Obama said, would make visitors face uncomfortable truths.", "Mr. Obama"),
    ("The museum, said Mr. Obama, would make visitors face uncomfortable truths.", "Mr. Obama"),
])
def test_a_speaker_tag_inside_its_sentence_reports_the_whole_sentence(sentence, source):
    analysis = presslens.analyze(sentence)
    (a,) = analysis.attributions
    assert a.cue.text == "said" and a.source.text == source
    assert a.content.text == sentence.rstrip(".")


TRANSCRIPT = (
    "Chris Wallace questioned Mike Pence on Sunday.\n\n"
    "WALLACE: Let's start with the debate. Will she be there?\n\n"
    "PENCE: Well, look, she will not be attending the debate.\n\n"
    "The Latest: Officials urge voters to check polling places.\n\n"
    "Correction: An earlier version misstated the date."
)


def test_transcript_turns_name_their_speakers_in_capitals():
    analysis = presslens.analyze(TRANSCRIPT)
    turns = [a for a in analysis.attributions if a.cue.text == ":"]
    assert [(a.source.text, analysis.speaker(a.speaker_id).canonical_name, a.type.value) for a in turns] == [
        ("WALLACE", "Chris Wallace", "direct"),
        ("PENCE", "Mike Pence", "direct"),
    ]
    assert turns[1].content.text == "Well, look, she will not be attending the debate"


def test_a_headline_label_is_a_summary_and_a_section_label_is_nobody():
    analysis = presslens.analyze("Pence: Flowers Won't Be at Debate\n\nIndiana Gov. Mike Pence told reporters on "
                                 "Sunday that the debate would go ahead.\n\n"
                                 "The Latest: Officials urge voters to check polling places.")
    (label,) = [a for a in analysis.attributions if a.cue.text == ":"]
    assert label.source.text == "Pence" and label.type.value == "indirect"
    assert analysis.speaker(label.speaker_id).canonical_name == "Mike Pence"


def test_a_quotation_signed_with_a_dash_is_its_signers():
    analysis = presslens.analyze(
        "Readers shared their views.\n\n\u201cHe cannot answer a question without scaring people.\u201d "
        "\u2015 Esther Tapia\n\n\u201cThe most unqualified child to ever run.\u201d\u2015 Francisco Herrero."
    )
    signed = [(a.source.text, a.cue.text, a.type.value) for a in analysis.attributions if a.cue.text != "shared"]
    assert signed == [("Esther Tapia", "\u2015", "direct"), ("Francisco Herrero", "\u2015", "direct")]


def test_a_hyphen_opening_a_signature_line_is_no_part_of_the_name():
    analysis = presslens.analyze("Hillary Clinton spoke on Thursday.\n\n\"Great speech. She never quits.\"\n\n"
                                 "-President Obama, tweeting after Clinton's speech.")
    assert {s.canonical_name for s in analysis.speakers} == {"Hillary Clinton", "Obama"}


def test_a_capitalised_noun_the_tagger_misreads_is_a_name_not_a_description():
    text = "Hillary Clinton spoke on Monday.\n\nThe Latest: Trump urges supporters to monitor polling places."
    assert _speaker_of(text, "urges") == "Trump"


def test_a_relative_pronoun_source_is_who_and_the_speaker_is_its_antecedent():
    analysis = presslens.analyze("The plan was criticised by Robert Kamin, a tax lawyer, who emphasized that "
                                 "her proposals would simplify returns.")
    a = next(a for a in analysis.attributions if a.cue.text == "emphasized")
    assert a.source.text == "who"
    speaker = analysis.speaker(a.speaker_id)
    assert speaker.canonical_name == "Robert Kamin" and speaker.roles == ["tax lawyer"]


@pytest.mark.parametrize("text, cue, speaker", [
    ("The candidates with the most delegates - Sen. Marco Rubio of Florida, who suspended his campaign in March, and "
     "Ohio Gov. John Kasich - would be stronger.", "suspended", "Marco Rubio"),
    ("It is the losses that stand out, in the mirror image of the Tea Party Republicans who oppose large-scale "
     "legislation.", "oppose", "the Tea Party Republicans"),
    ("Keith Vaz, chairman of the committee, who called for a ban, spoke.", "called for", "Keith Vaz"),
])
def test_a_relative_pronoun_stands_for_the_person_or_people_just_before_it(text, cue, speaker):
    assert _speakers_by_cue(text)[cue].canonical_name == speaker


def test_a_capitalised_title_opening_a_sentence_is_a_role_not_part_of_the_name():
    analysis = presslens.analyze("Founder Beverly Bond said it was great. Spokeswoman Hua Chunying said her country "
                                 "was watching. Star Jones said yes.")
    assert {s.canonical_name: s.roles for s in analysis.speakers} == {
        "Beverly Bond": ["Founder"], "Hua Chunying": ["Spokeswoman"], "Star Jones": []}


def test_an_according_to_source_keeps_out_the_subject_read_as_its_appositive():
    analysis = presslens.analyze("According to Rep. Trey Gowdy, Congressional probing of the Benghazi scandal was "
                                 "partly responsible for the exposure of the email scandal.")
    a = next(a for a in analysis.attributions if a.type.value == "according_to")
    assert a.source.text == "Rep. Trey Gowdy"
    assert a.content.text.startswith("Congressional probing of the Benghazi scandal was")


def test_one_shown_in_a_recording_is_its_source_not_the_recording():
    analysis = presslens.analyze("A video of Christie talking candidly at a town hall about drug addiction went "
                                 "viral online last week. And his popularity in the state has improved.")
    a = next(a for a in analysis.attributions if a.cue.text.startswith("talking"))
    assert a.source.text == "Christie"
    assert analysis.speaker(a.speaker_id).canonical_name == "Christie"


@pytest.mark.parametrize("sentence, source, speaker", [
    # the parser takes the appositive for the subject and hangs the name loose on the verb
    ("And Clinton campaign Chairman John Podesta \u2014 Bill Clinton\u2019s former White House chief of staff "
     "\u2014 offered a slogan straight out of the 1990s.",
     "Clinton campaign Chairman John Podesta \u2014 Bill Clinton\u2019s former White House chief of staff \u2014",
     "John Podesta"),
    # a dash after the name opens an appositive, not a dateline
    ("Rep. Lois Frankel \u2014 like Reid, a supporter of Grayson\u2019s primary opponent, Rep. Patrick Murphy "
     "\u2014 recalled Grayson giving her the same line.",
     "Rep. Lois Frankel \u2014 like Reid, a supporter of Grayson\u2019s primary opponent, Rep. Patrick Murphy "
     "\u2014", "Lois Frankel"),
])
def test_an_appositive_set_off_by_dashes_stays_in_the_source_with_its_name(sentence, source, speaker):
    analysis = presslens.analyze(sentence)
    a = next(a for a in analysis.attributions if a.cue.text in ("offered", "recalled"))
    assert a.source.text == source
    assert analysis.speaker(a.speaker_id).canonical_name == speaker


def test_a_phrase_misattached_before_the_source_name_is_not_the_source():
    analysis = presslens.analyze("\u201cWe are confident,\u201d she said. After the election, Minyon Moore, "
                                 "a senior adviser to the Clinton campaign, called the result a disappointment.")
    a = next(a for a in analysis.attributions if a.cue.text == "called")
    assert a.source.text.startswith("Minyon Moore")


def test_a_preposition_the_parser_took_for_the_subject_is_not_the_source():
    analysis = presslens.analyze("Eric Levine spoke after Trump.\n\nOf Carson, Levine, who has given money to Marco "
                                 "Rubio, said, \u201cHe\u2019s flat-out scary.\u201d")
    a = next(a for a in analysis.attributions if a.cue.text == "said")
    assert a.source.text.startswith("Levine")
    assert analysis.speaker(a.speaker_id).canonical_name == "Eric Levine"


def test_a_long_speaker_tag_between_two_quotations_joins_them():
    analysis = presslens.analyze(
        "\u201cSome courses are adapting, others are just not,\u201d said Paul H. Chipok, a lawyer in Orlando "
        "who specializes in land-use and environmental issues. \u201cIt costs $100,000 a month to operate.\u201d"
    )
    a = next(a for a in analysis.attributions if a.cue.text == "said")
    assert a.content.text.startswith("\u201cSome courses") and a.content.text.endswith("to operate.\u201d")


def test_when_and_how_something_was_said_is_not_what_was_said():
    analysis = presslens.analyze("The senator announced his candidacy in June 2015.")
    a = next(a for a in analysis.attributions if a.cue.text == "announced")
    assert a.content.text == "his candidacy"


def test_according_to_content_leaves_out_the_full_stop():
    analysis = presslens.analyze("According to the poll, 52 percent of voters back the plan.")
    (a,) = analysis.attributions
    assert a.type.value == "according_to" and a.content.text == "52 percent of voters back the plan"


def test_a_signed_quotation_opened_with_the_wrong_mark_is_still_signed():
    analysis = presslens.analyze("Readers wrote in.\n\n\u201dFear. I am truly afraid of what comes next.\u201d \u2015 Edwin G. Monroy")
    (a,) = [a for a in analysis.attributions if a.cue.text == "\u2015"]
    assert a.source.text == "Edwin G. Monroy" and a.content.text.startswith("\u201dFear.")


def test_a_second_verb_of_saying_joined_by_and_starts_its_own_report():
    analysis = presslens.analyze("China said it was resolutely opposed to the test and warned North Korea "
                                 "to refrain from further actions.")
    said = next(a for a in analysis.attributions if a.cue.text == "said")
    assert said.content.text == "it was resolutely opposed to the test"


def test_what_a_coordinated_cue_reports_never_holds_the_verb_it_hangs_on():
    analysis = presslens.analyze(
        "The expert suggested that a loss in Ukraine would almost certainly lead to the end of Putin\u2019s "
        "reign \u2013 but in a particularly shocking analysis, he added that Russia itself could be carved up "
        "in the event of a military defeat."
    )
    added = next(a for a in analysis.attributions if a.cue.text == "added")
    assert added.content.text == "that Russia itself could be carved up in the event of a military defeat"


@pytest.mark.parametrize("text", [":", "PENCE:", "\u201d \u2015 Al Gore", "\u2015 Al Gore", "Mike Pence spoke. PENCE: :::: ::"])
def test_layout_shapes_without_words_are_no_attributions(text):
    assert [a for a in presslens.analyze(text).attributions if a.cue.text in (":", "\u2015")] == []


@pytest.fixture(scope="module")
def rates_decision(nlp):
    """A made-up article (tests/fixtures/articles) with a named speaker the parse misreads, an
    anonymous source, a newspaper as a medium and people described around their names."""
    from conftest import FIXTURES

    return presslens.analyze((FIXTURES / "articles" / "rates-decision.txt").read_text(encoding="utf-8"))


def _speaker_saying(analysis, words):
    attribution = next(a for a in analysis.attributions if words in a.content.text)
    return analysis.speaker(attribution.speaker_id)


def test_pronoun_resolves_to_a_name_the_parse_did_not_make_a_subject(rates_decision):
    # "Labour's shadow chancellor, Rachel Reeves, accused ..." parses as a verbless phrase.
    assert _speaker_saying(rates_decision, "Families are paying").canonical_name == "Rachel Reeves"


def test_an_indefinite_description_after_the_lede_is_someone_new(rates_decision):
    analyst = _speaker_saying(rates_decision, "finely balanced decision")
    assert analyst.canonical_name == "one City analyst"
    johnson = _speaker_saying(rates_decision, "would almost certainly")
    assert johnson.canonical_name == "Paul Johnson" and johnson.id != analyst.id
    said = [a for a in rates_decision.attributions if "finely balanced" in a.content.text]
    assert all(a.speaker_id == analyst.id for a in said)


def test_writing_in_a_newspaper_is_the_medium_not_a_cue(rates_decision):
    warned = next(a for a in rates_decision.attributions if a.cue and a.cue.text == "warned")
    assert warned.medium.kind.value == "writing" and warned.medium.name == "The Times"
    assert not any(a.cue and a.cue.text == "Writing" for a in rates_decision.attributions)


def test_roles_and_affiliations_from_titles_and_appositives_around_names(rates_decision):
    reeves = _speaker_saying(rates_decision, "Families are paying")
    assert "shadow chancellor" in reeves.roles and "Labour" in reeves.affiliations
    johnson = _speaker_saying(rates_decision, "would almost certainly")
    assert {"economist", "director"} <= set(johnson.roles)
    assert "Institute for Fiscal Studies" in johnson.affiliations


def test_a_definite_description_continues_an_unnamed_source_with_the_same_head(nlp):
    from conftest import FIXTURES

    analysis = presslens.analyze((FIXTURES / "articles" / "transit-vote.txt").read_text(encoding="utf-8"))
    spokesperson = _speaker_saying(analysis, "construction is expected")
    assert spokesperson.canonical_name == "A spokesperson for TriMet"
    assert spokesperson.roles == ["spokesperson"] and spokesperson.affiliations == ["TriMet"]
    assert _speaker_saying(analysis, "to comment on cost overruns").id == spokesperson.id
    alvarez = _speaker_saying(analysis, "through our living rooms")
    assert alvarez.canonical_name == "Maria Alvarez" and "54" not in alvarez.roles
    liu = _speaker_saying(analysis, "whole financial model collapses")
    assert liu.roles == ["Portland State University professor"]


def test_a_description_with_another_kind_of_the_same_office_is_someone_else(nlp):
    from conftest import FIXTURES

    analysis = presslens.analyze((FIXTURES / "articles" / "minister-resigns.txt").read_text(encoding="utf-8"))
    okafor = _speaker_saying(analysis, "acted with integrity")
    assert okafor.canonical_name == "Sarah Okafor" and okafor.roles == ["health minister"]
    thanked = next(a for a in analysis.attributions if a.cue and a.cue.text == "thanked")
    assert analysis.speaker(thanked.speaker_id).id != okafor.id


def test_descriptions_follow_titles_parties_and_families():
    analysis = presslens.analyze(
        "Republican nominee Donald Trump and Democrat Hillary Clinton met in Ohio. Lawyers for "
        "Ivana Trump filed papers. Manhattan Supreme Court Justice Frank Nervo rejected the request.\n\n"
        "Clinton said the debate was a success.\n\nThe GOP nominee said he had won.\n\n"
        "The judge said the files would stay sealed."
    )
    names = {a.cue.text + ":" + a.content.text[:12]: analysis.speaker(a.speaker_id).canonical_name
             for a in analysis.attributions if a.cue}
    assert names["said:he had won"] == "Donald Trump"
    assert names["said:the files wo"] == "Frank Nervo"
    assert {"Donald Trump", "Ivana Trump"} <= {s.canonical_name for s in analysis.speakers}


def test_a_possessor_speaks_for_its_point():
    analysis = presslens.analyze(
        "Bernie Sanders spoke in Ohio on Monday. Hillary Clinton was on track to win.\n\n"
        "Sanders's point was that the nominee would need the superdelegates."
    )
    point = next(a for a in analysis.attributions if "superdelegates" in a.content.text)
    assert analysis.speaker(point.speaker_id).canonical_name == "Bernie Sanders"


def test_a_family_keeps_two_people_and_a_nickname_joins_its_person():
    analysis = presslens.analyze(
        "Hillary Clinton spoke in Ohio. Bill Clinton joined her later.\n\n"
        "Trump tweeted that \u201cCrooked Hillary Clinton\u201d had lied.\n\n"
        "Clinton said the debate was a success. Hillary Clinton added that she would win."
    )
    names = {s.canonical_name for s in analysis.speakers}
    assert {"Hillary Clinton", "Bill Clinton"} <= names and "Crooked Hillary Clinton" not in names
    said = next(a for a in analysis.attributions if "debate was a success" in a.content.text)
    assert analysis.speaker(said.speaker_id).canonical_name == "Hillary Clinton"


def test_a_programme_told_is_the_medium_and_relative_clauses_are_no_role(nlp):
    from conftest import FIXTURES

    analysis = presslens.analyze((FIXTURES / "articles" / "data-breach.txt").read_text(encoding="utf-8"))
    told = next(a for a in analysis.attributions if a.cue and a.cue.text == "told")
    assert told.medium.kind.value == "interview" and told.medium.name == "the BBC's Today programme"
    schrems = _speaker_saying(analysis, "Look where that got us")
    assert schrems.canonical_name == "Max Schrems" and schrems.roles == ["Austrian activist"]


def test_a_count_after_a_name_is_no_role():
    analysis = presslens.analyze(
        "Ted Cruz, a senator from Texas, spoke on Monday. The frontrunner's campaign was throttled in Colorado, "
        "swept by Cruz 34 delegates to zero. Cruz said the rules were clear."
    )
    cruz = next(s for s in analysis.speakers if s.canonical_name == "Ted Cruz")
    assert not any(role.split()[0].isdigit() for role in cruz.roles)


def test_a_relative_clause_in_a_source_keeps_its_own_content_and_person():
    analysis = presslens.analyze(
        "Keith Vaz, chairman of the Home Affairs Select Committee, who had called for the bloggers "
        'to be banned from the UK, said: "I welcome the ban on both men."'
    )
    called = next(a for a in analysis.attributions if a.cue.text.endswith("called for"))
    assert called.content.text == "the bloggers to be banned from the UK"
    assert analysis.speaker(called.speaker_id).canonical_name == "Keith Vaz"
    said = next(a for a in analysis.attributions if a.cue.text.startswith("said"))
    assert said.content.text == '"I welcome the ban on both men."'


def test_a_capitalised_verb_inside_a_name_is_no_cue():
    analysis = presslens.analyze(
        "Anti-fascism campaigners Hope Not Hate had campaigned for the pair to be kept out of the UK."
    )
    assert all(a.cue is None or a.cue.text != "Hope" for a in analysis.attributions)


def test_sources_that_belong_to_a_person_are_not_that_person():
    names = _speakers_by_cue(
        "Senator Al Franken denied the claims on Thursday. One of the women says Franken grabbed her. "
        "Garcia Zarate's defense attorneys argued that the shooting was an accident."
    )
    assert names["says"].canonical_name == "One of the women" and names["says"].kind.value == "person"
    assert names["argued"].canonical_name == "Garcia Zarate's defense attorneys"
    assert names["argued"].kind.value == "group"


def test_a_name_modifying_a_company_noun_is_an_organisation_and_objects_are_no_medium():
    analysis = presslens.analyze(
        "The Gannett newspaper chain filed a motion, arguing the move was needed. "
        "A judge ordered the release of the detainee. The judge cited that letter in her ruling."
    )
    gannett = next(s for s in analysis.speakers if "Gannett" in s.canonical_name)
    assert gannett.kind.value == "organisation"
    ordered = next(a for a in analysis.attributions if a.cue.text == "ordered")
    assert ordered.medium is None


def test_a_body_named_after_a_person_speaks_for_itself():
    speakers = _speakers_by_cue(
        "Jim Acosta returned to work. The Trump administration sent a letter informing him that "
        "his badge was restored. Aides to Mr. Trump say that the president does not mind questions."
    )
    assert speakers["informing"].canonical_name == "Trump administration"
    assert speakers["informing"].kind.value == "organisation"
    assert speakers["say"].canonical_name == "Aides to Mr. Trump" and speakers["say"].kind.value == "group"


def test_documents_and_facts_are_things_and_a_reporter_is_not_the_one_reported_on():
    speakers = _speakers_by_cue(
        "Tucker Carlson aired the video on Monday. The next photo shows where the victim was found. "
        "According to Carlson, the owner of the tape maintains that investigators never asked for it."
    )
    assert speakers["shows"].kind.value == "thing"
    assert speakers["maintains"].canonical_name == "the owner of the tape"
    assert speakers["According to"].canonical_name == "Tucker Carlson"


def test_unquoted_first_and_second_persons_are_the_author_and_the_reader():
    analysis = presslens.analyze(
        "Dwight Hammond remains in jail. I completely agree with that assessment. "
        "You also agree to this site's terms."
    )
    speakers = {a.cue.text: analysis.speaker(a.speaker_id).canonical_name for a in analysis.attributions}
    assert speakers.get("completely agree with") == "the author"
    assert speakers.get("also agree to") == "the reader"


def test_titles_mark_surnames_and_offices_written_as_names():
    analysis = presslens.analyze(
        "Jean-Cl\u00e9ment Jeanbart, the Archbishop of Aleppo, gave an interview to a reporter. "
        "Archbishop Jeanbart said the media had failed. Pope Francis spoke on Sunday. "
        "The Pope said that peace was possible. Sanders aides argue that he can still win."
    )
    speakers = {a.source.text: analysis.speaker(a.speaker_id) for a in analysis.attributions if a.source}
    assert speakers["Archbishop Jeanbart"].canonical_name == "Jean-Cl\u00e9ment Jeanbart"
    assert speakers["Archbishop Jeanbart"].kind.value == "person"
    assert speakers["The Pope"].canonical_name == "Pope Francis"
    aides = speakers["Sanders aides"]
    assert aides.canonical_name == "Sanders aides" and aides.kind.value == "group"


def test_people_named_together_are_a_group_that_the_pair_and_they_continue():
    speakers = _speakers_by_cue(
        "Pamela Geller and Robert Spencer co-founded the group. On their blogs the pair called the ban "
        "\u201ca striking blow against freedom\u201d. Keith Vaz and Yvette Cooper said they welcomed it."
    )
    assert speakers["called"].canonical_name == "Pamela Geller and Robert Spencer"
    assert speakers["called"].kind.value == "group"
    assert speakers["said"].canonical_name == "Keith Vaz and Yvette Cooper"


def test_a_pronoun_takes_a_name_of_its_gender_and_the_reporter_of_its_words():
    speakers = _speakers_by_cue(
        "Hillary Clinton campaigned in Ohio. Rep. Sander Levin, a superdelegate supporting Clinton, "
        "said on Monday that the race was over.\n\n"
        "\u201cThe reality is that she will be the strongest president,\u201d he said.\n\n"
        "Senator Bernie Sanders told supporters that he would fight on."
    )
    assert speakers["said"].canonical_name == "Sander Levin"
    assert speakers["told"].canonical_name == "Bernie Sanders"


def test_misspelt_surnames_headline_organisations_and_introduced_people_resolve():
    speakers = _speakers_by_cue(
        "Trump and Clinton point out failings.\n\n"
        "Donald Trump spoke on Wednesday. Hillary Clinton said she would win.\n\n"
        "\u201cIt is panic mode,\u201d said Leslie Wimes, a Florida activist.\n\n"
        "Wines believes that the campaign took voters for granted.\n\n"
        "While Obama had many songs written about him, that has not happened for Clinton, which "
        "concerns Henry Crespo, president of the Florida caucus.\n\n"
        "\u201cNo one is writing songs for Hillary,\u201d he said."
    )
    assert speakers["believes"].canonical_name == "Leslie Wimes"
    assert speakers["said"].canonical_name == "Henry Crespo"
    assert speakers["point out"].kind.value == "group"


def test_a_determined_description_is_not_the_person_its_phrase_mentions():
    analysis = presslens.analyze(
        "Judge Brett Kavanaugh denied the claim.\n\nHe spoke on Monday.\n\nHe left on Tuesday.\n\n"
        "A former classmate from Judge Kavanaugh's time at Yale accused him of misconduct.\n\n"
        "The World Health Organization (WHO) said it was taking steps."
    )
    speakers = {a.cue.text: analysis.speaker(a.speaker_id).canonical_name for a in analysis.attributions}
    assert speakers["accused"].startswith("A former classmate")
    assert speakers["said"] == "The World Health Organization"


def test_an_organisation_written_before_a_name_is_an_affiliation_not_a_role():
    analysis = presslens.analyze(
        "Speaking to the BBC, senior fellow at think-tank Brookings Institution Jane Roe said: "
        "\u201cThe rates will rise.\u201d"
    )
    roe = next(s for s in analysis.speakers if s.canonical_name == "Jane Roe")
    assert "Brookings Institution" in roe.affiliations
    assert not any("Brookings" in role for role in roe.roles)


def test_a_dateline_is_no_part_of_the_content():
    analysis = presslens.analyze(
        "WASHINGTON \u2015 Donald Trump's obsession with the birth certificate is over, his campaign said."
    )
    said = next(a for a in analysis.attributions if a.cue.text == "said")
    assert said.content.text.startswith("Donald Trump")


def test_asked_if_has_the_question_as_content():
    analysis = presslens.analyze(
        "Asked if she believed Putin wanted Trump to win, Clinton said: \u201cI don't know.\u201d"
    )
    asked = next(a for a in analysis.attributions if a.cue.text == "Asked")
    assert asked.content.text == "if she believed Putin wanted Trump to win"


def test_an_office_taken_is_a_title_that_a_description_finds():
    speakers = _speakers_by_cue(
        "Jane Roe was elected as mayor of Springfield last week.\n\nJohn Doe spoke on Monday.\n\n"
        "The mayor said the budget was balanced."
    )
    assert speakers["said"].canonical_name == "Jane Roe"


def test_every_pronoun_outside_quotes_is_a_mention_of_the_person_named_last():
    analysis = presslens.analyze(
        "\u201cThe war is lost,\u201d said Tim Black, a columnist.\n\n"
        "Meanwhile, councillors wrote Vladimir Putin a letter accusing him of treason. "
        "Loretta Lynch has led the department since 2015. She has faced a number of controversies."
    )
    by_name = {s.canonical_name: s for s in analysis.speakers}
    putin = [(m.span.text, m.kind.value) for m in by_name["Vladimir Putin"].mentions]
    assert ("him", "pronoun") in putin
    assert "She" in [m.span.text for m in by_name["Loretta Lynch"].mentions]
    assert "him" not in [m.span.text for m in by_name["Tim Black"].mentions]
    # Every gendered pronoun the pass reads is one the registry knows the kind of ("hers").
    assert set(lexicon.PRONOUN_GENDER) <= set(lexicon.PRONOUNS)


def test_names_end_before_an_appositive_or_a_headline_verb_and_offices_match_their_titles():
    speakers = _speakers_by_cue(
        "Lawmaker urges retaliation on Russia.\n\n"
        "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, spoke on Wednesday. "
        "\u201cIt is troubling,\u201d said Schiff, 56, who has served on the committee for a decade.\n\n"
        "Jason Miller, a campaign spokesman, said the plan was fair. "
        "Ivanka Trump, the nominee's eldest daughter, noted the rule last week. "
        "Asked about fathers, the 34-year-old mother of three replied that the plan helped mothers.\n\n"
        "The California congressman said the attacks were designed to sow discord."
    )
    assert speakers["urges"].canonical_name == "Adam Schiff"
    assert speakers["noted"].canonical_name == "Ivanka Trump"
    assert speakers["replied"].canonical_name == "Ivanka Trump"
    assert speakers["said"].canonical_name == "Adam Schiff"


def test_a_headline_verb_is_no_part_of_a_name_and_a_title_is_no_person():
    analysis = presslens.analyze(
        "Obama Says Museum Will Tell of Suffering.\n\n"
        "Stephen Paddock LEFT A NOTE, police say.\n\n"
        "President Barack Obama said the museum would last. Police said Stephen Paddock acted alone.\n\n"
        "In her 2003 book, Living History, Hillary Clinton noted the clot."
    )
    names = {s.canonical_name for s in analysis.speakers}
    assert not {"Obama Says", "Stephen Paddock LEFT", "Living History"} & names


def test_a_participle_of_saying_after_another_cue_is_a_report_of_its_own():
    analysis = presslens.analyze(
        "The newspaper attacked Trump, saying he \u201chas offended Hispanics and women.\u201d"
    )
    by_cue = {a.cue.text: a for a in analysis.attributions}
    assert by_cue["attacked"].content.text == "Trump"
    assert by_cue["saying"].content.text.startswith("he \u201chas offended")
    assert analysis.speaker(by_cue["saying"].speaker_id).canonical_name == "The newspaper"


def test_a_gerund_after_a_preposition_reports_for_the_clause_subject():
    analysis, a = _one("Senator Jane Roe ended the hearing by saying that the bill would pass.")
    assert (a.cue.text, a.source.text) == ("saying", "Senator Jane Roe")
    assert a.content.text == "that the bill would pass"


def test_inverted_tags_and_closing_tags_without_quotation_marks():
    analysis = presslens.analyze(
        "Said Ellis: \u201cI don\u2019t get the sense she\u2019s interested.\u201d\n\n"
        "Said one Republican strategist: \u201cThis is a disaster.\u201d\n\n"
        "People like Scott, he said."
    )
    found = [(a.source.text, a.content.text) for a in analysis.attributions]
    assert ("Ellis", "\u201cI don\u2019t get the sense she\u2019s interested.\u201d") in found
    assert ("one Republican strategist", "\u201cThis is a disaster.\u201d") in found
    assert ("he", "People like Scott") in found


@pytest.mark.parametrize("text, source, cue, speaker", [
    pytest.param("Obama on Climate Change: The Trends Are 'Terrifying.'\n\n"
                 "Barack Obama spoke in Honolulu on Monday about the warming planet.",
                 "Obama", "on Climate Change:", "Barack Obama", id="a name"),
    pytest.param("CNN President On Trump: \u2018We Do Not Pay Candidates To Appear At Debates.\u2019\n\n"
                 "CNN President Jeff Zucker isn\u2019t kowtowing to Republican presidential candidate Donald Trump.",
                 "CNN President", "On Trump:", "Jeff Zucker", id="an office in title case, its holder named after"),
])
def test_a_headline_name_on_a_topic_is_a_label(text, source, cue, speaker):
    analysis = presslens.analyze(text)
    label = next(a for a in analysis.attributions if a.source and a.source.text == source)
    assert label.cue.text == cue
    assert analysis.speaker(label.speaker_id).canonical_name == speaker


@pytest.mark.parametrize("text, pronoun, speaker", [
    pytest.param("Donald Trump stood by Corey Lewandowski on Tuesday.\n\nAs the day went on, Trump offered increasingly "
                 "strident defenses of Lewandowski. All ran counter to his earlier statements that the contact never "
                 "occurred.", "his earlier", "Donald Trump",
                 id="a possessive with no one named before it in its sentence is the one in focus"),
    pytest.param("\u201cWe need to be incorporating those issues,\u201d said Kurt Walters, the campaign director at "
                 "Rootstrikers.\n\nSome of those same activists are less confident in Mrs. Clinton. Her tentative "
                 "embrace of a $15 minimum wage is a likely flashpoint.", "Her tentative", "Clinton",
                 id="one of the pronoun's gender named just before, over a focus of no known gender"),
    pytest.param("Ted Cruz and Marco Rubio are rivals in Florida.\n\nCruz campaigned in Rubio\u2019s Miami backyard on "
                 "Wednesday as he looked to make inroads with the influential Cuban-American bloc of voters in South "
                 "Florida that comprise Rubio\u2019s base.", "he looked", "Ted Cruz",
                 id="an adverbial clause's subject is its main clause's named subject"),
])
def test_a_pronoun_outside_the_sources_is_a_mention_of_the_one_it_continues(text, pronoun, speaker):
    analysis = presslens.analyze(text)
    assert _holder_of_mention(analysis, text.index(pronoun)).canonical_name == speaker


def test_the_owner_of_a_disclosure_is_its_source():
    analysis = presslens.analyze("Carly Fiorina spoke in Iowa. Fiorina delivered a pair of speeches in October, "
                                 "though her financial disclosure suggests she diverted the fees to charity.")
    a = next(a for a in analysis.attributions if a.content and a.content.text.startswith("she diverted"))
    assert a.source.text == "her" and analysis.speaker(a.speaker_id).canonical_name == "Carly Fiorina"


def test_a_relative_clause_s_pronoun_is_the_one_its_clause_hangs_under():
    text = ("Ted Cruz won Texas.\n\nHe declared that as long as the field remained divided, Donald Trump would have a "
            "path to the nomination, which he declared a total disaster for his party.\n\nTrump was introduced by Chris "
            "Christie. But he also could not resist taking swipes at Marco Rubio, who he dubbed the little senator.")
    analysis = presslens.analyze(text)
    assert _holder_of_mention(analysis, text.index("which he") + 6).canonical_name == "Ted Cruz"
    assert _holder_of_mention(analysis, text.index("who he") + 4) is _holder_of_mention(analysis, text.index("But he") + 4)


def test_a_majority_or_a_problem_is_no_one_a_pronoun_continues():
    speakers = _speakers_by_cue(
        "Mr. Obama said, a majority of Americans have come to believe that climate change is real. "
        "He acknowledged that his call had not been heard, and blamed a problem that demands a bipartisan response. "
        "He said progress was slow."
    )
    assert speakers["acknowledged"].canonical_name == "Obama"
    assert speakers["said"].canonical_name == "Obama"


def test_a_judge_is_not_the_nominee_and_a_description_takes_the_person_last_named():
    speakers = _speakers_by_cue(
        "A judge has rejected a request to unseal the file on Donald Trump's divorce.\n\n"
        "Manhattan Supreme Court Justice Frank Nervo rejected that argument in a ruling.\n\n"
        "\u201cThe court will not take an action that exceeds that limitation,\u201d Nervo wrote.\n\n"
        "Earlier this month, lawyers for Donald Trump filed papers opposing the unsealing.\n\n"
        "The GOP presidential nominee argued that the records should stay sealed."
    )
    assert speakers["argued"].canonical_name == "Donald Trump"


def test_a_phrase_opening_with_a_first_name_gives_no_gender_and_her_daughter_is_someone_else():
    analysis = presslens.analyze(
        "Amelize Joseph loves the public school that her daughter attends. Her daughter told us the chorus was fun.\n\n"
        "\u201cWe need the money,\u201d said Joseph, who has four children. On Thursday, Joseph and other "
        "parents said the state owed the schools money.\n\n"
        "That\u2019s why she says she is so frustrated.\n\n"
        "Keron Blair, executive director of AROS, called for more investment."
    )
    by_cue = {a.cue.text: analysis.speaker(a.speaker_id) for a in analysis.attributions}
    assert by_cue["says"].canonical_name.endswith("Joseph")
    assert by_cue["told"].canonical_name == "Her daughter"


def test_a_possessor_inside_a_headline_entity_is_the_person_named_in_full():
    text = ("Schlafly\u2019s Final Column Explains Why She Sees Reagan-like Qualities In Trump.\n\n"
            "Conservative icon Phyllis Schlafly, who died Monday at the age of 92, used her final column to praise him.")
    analysis = presslens.analyze(text)
    assert _holder_of_mention(analysis, text.index("She")).canonical_name == "Phyllis Schlafly"
    assert "Schlafly\u2019s Final Column" not in {s.canonical_name for s in analysis.speakers if s.kind == "person"}


def test_a_narrative_pronoun_continues_a_named_person_before_an_unnamed_description():
    text = ("Amelize Joseph loves the public school that her daughter attends. Her daughter told us the "
            "chorus was fun. That\u2019s why she marched on the state capitol.")
    analysis = presslens.analyze(text)
    she = text.index("she marched")
    holder = _holder_of_mention(analysis, she)
    assert holder.canonical_name.endswith("Joseph")


def test_a_known_surname_is_a_name_whatever_the_tagger_took_it_for():
    speakers = _speakers_by_cue(
        "Donald Trump spoke in Ohio on Monday.\n\n"
        "Trump openly praises Russian President Vladimir Putin as a \u201cstrong leader.\u201d"
    )
    assert speakers["openly praises"].canonical_name == "Donald Trump"


def test_someone_reported_on_inside_a_report_is_not_who_the_next_pronoun_continues():
    speakers = _speakers_by_cue(
        "White House spokesman Josh Earnest said Monday that President Barack Obama has long called "
        "for tax fairness. He noted that Obama hopes his successor will push for the same goals."
    )
    assert speakers["noted"].canonical_name == "Josh Earnest"


def test_a_speaker_tag_inside_a_joined_quotation_keeps_its_speaker_salient():
    speakers = _speakers_by_cue(
        "Bobby Scott was one of three members who voted against the act.\n\n"
        "\"There are a great many folks in Congress whose knowledge is thin,\" said Cornell William "
        "Brooks, president of the NAACP. \"We need people of substance.\"\n\n"
        "People like Scott, he noted."
    )
    assert speakers["noted"].canonical_name == "Cornell William Brooks"


def test_a_sentence_opening_she_continues_the_subject_and_a_suffix_is_no_surname():
    text = ("Sarah Jones said the film was overdue. Jones powerfully highlights the police killings "
            "of Trayvon Martin and Michael Brown. She also chronicles the deaths that followed.\n\n"
            "Vice President Joseph R. Biden Jr. spoke at Drexel.\n\n\u201cTell that to the janitor,\u201d Mr. Biden said.")
    analysis = presslens.analyze(text)
    she = text.index("She also")
    holder = _holder_of_mention(analysis, she)
    assert holder.canonical_name == "Sarah Jones"
    biden = next(a for a in analysis.attributions if a.source and a.source.text == "Mr. Biden")
    assert analysis.speaker(biden.speaker_id).canonical_name == "Joseph R. Biden Jr."


def test_a_speaker_tag_with_its_listener_and_time_set_off_by_commas_reports_its_sentence():
    analysis, a = _one("The difference now, he told me on Friday, is that he anchors a straight news program.")
    assert a.cue.text.startswith("told")
    assert a.content.text.startswith("The difference now")


def test_a_hypothetical_indefinite_source_is_anyone():
    analysis = presslens.analyze(
        "In normal times a reader would now ask: \u201cWhat is going on?\u201d\n\n"
        "Republicans seized upon Mr. Trump's appearance on the network, in which he said he doubted the evidence."
    )
    kinds = {a.source.text: analysis.speaker(a.speaker_id) for a in analysis.attributions if a.source}
    assert kinds["a reader"].kind.value == "generic"


def test_a_heading_in_capitals_is_no_persons_name():
    analysis = presslens.analyze(
        "FELLOW DOCTORS SAY HE IS WRONG\n\nSen. Claire McCaskill questioned him at the hearing.\n\n"
        "\u201cThe scientific community is against you,\u201d she said."
    )
    doctors = next(a for a in analysis.attributions if a.source and a.source.text == "FELLOW DOCTORS")
    assert analysis.speaker(doctors.speaker_id).kind.value == "group"
    said = next(a for a in analysis.attributions if a.cue.text == "said")
    assert analysis.speaker(said.speaker_id).canonical_name == "Claire McCaskill"


def test_a_closing_tag_after_a_leading_tag_takes_only_the_quotation():
    analysis = presslens.analyze(
        "Sen. Claire McCaskill warned him: \u201cThe scientific community is against you,\u201d she said."
    )
    said = next(a for a in analysis.attributions if a.cue.text == "said")
    assert said.content.text.startswith("\u201cThe scientific")
    assert analysis.speaker(said.speaker_id).canonical_name == "Claire McCaskill"


def test_a_surname_the_ner_missed_is_still_a_mention_of_its_person():
    text = "Dr. Mehmet Oz is a surgeon. Oz took Trump through a review of his health. Oz is hardly impartial."
    analysis = presslens.analyze(text)
    for later in (text.index("Oz took"), text.rindex("Oz is")):
        holder = _holder_of_mention(analysis, later)
        assert holder.canonical_name == "Mehmet Oz" and holder.kind.value == "person"


_GUN_PLAN = ("Hillary Clinton has made gun control central to her campaign.\n\nAfter a mass shooting in Oregon "
             "last year, she released a plan to expand background checks: President Obama later adopted a similar "
             "approach. She has also argued that Congress must ban assault weapons.")


@pytest.mark.parametrize("text, cue, speaker", [
    pytest.param("Donald Trump spoke in Ohio on Friday.\n\nHe says the microphone was broken.\n\n"
                 "The Republican is also urging his supporters to ask why.", "is also urging", "Donald Trump",
                 id="a party member in focus"),
    pytest.param("Mike Pence says too much is made of the tweets.\n\nThe running mate was speaking in Fort "
                 "Wayne, hours after Donald Trump sent a flurry of tweets.\n\nThe Indiana governor said the "
                 "media are to blame.", "said", "Mike Pence", id="not the subject of a clause of time"),
    pytest.param("The New York state attorney general says the foundation is not registered.\n\nBut "
                 "Attorney General Eric Schneiderman is not saying if any law was broken.", "says",
                 "Eric Schneiderman", id="a title held later, wherever the office is held"),
    pytest.param("Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President "
                 "Obama to retaliate against Russia for interference in the election -- meddling the California "
                 "congressman said is designed to \"sow discord\" in American politics.", "said", "Adam Schiff",
                 id="a title holder whose own report holds the description"),
    pytest.param("Donald Trump spoke in Iowa on Saturday.\n\nMr. Trump took on Hillary Clinton on Sunday after "
                 "the Democratic front-runner had said on Saturday evening that he was a recruiter.",
                 "had said on Saturday evening", "Hillary Clinton",
                 id="not the subject of the clause its own clause modifies"),
    pytest.param("Bernie Sanders is raising money for candidates.\n\nSanders\u2019 fundraising email to his "
                 "supporters notes that Jane Kim is a civil rights attorney.", "notes", "Bernie Sanders",
                 id="the author of a possessed message"),
    pytest.param("Former Texas Gov. Rick Perry endorsed Ted Cruz on Sunday.\n\n\u201cThe electorate doesn\u2019t "
                 "want that,\u201d the Texan said.", "said", "Rick Perry", id="a demonym"),
    pytest.param("Mehmet Oz interviewed the candidate on Thursday.\n\nA video showed an ailing Hillary Clinton "
                 "stumbling to a van (her campaign later disclosed that she has pneumonia).", "later disclosed",
                 "Hillary Clinton", id="the person of its gender named in its sentence"),
    pytest.param("Another GOP Figure Endorses Hillary Clinton.\n\nSome Republicans are endorsing Hillary Clinton.\n"
                 "Former Rep. Chris Shays (R-Conn.) was pro John Kasich while the Ohio governor was in the running, "
                 "he said Wednesday morning on MSNBC.", "said", "Chris Shays",
                 id="someone introduced in what the pronoun reports"),
    pytest.param("Former Trump campaign manager Corey Lewandowski has been hired as an analyst for CNN, but it is "
                 "not clear whether he can comment freely about his former boss.", "can comment freely about",
                 "Corey Lewandowski", id="not a name in another's title"),
    pytest.param("Donald Trump learned from his brother, Freddy Trump.\n\nFreddy was eager to make his mark.\n\n"
                 "Grow up, Donald scolded.\n\nFreddy said he wanted to fly.", "scolded", "Donald Trump",
                 id="a first name in a family of one surname"),
    pytest.param("Marco Rubio faced Charlie Crist in 2010.\n\nRubio\u2019s catch phrase in that election against "
                 "Crist was that Crist would do anything to win an election.",
                 "catch phrase in that election against Crist was", "Marco Rubio",
                 id="the author of a possessed phrase"),
    pytest.param("Vin Weber spoke first.\n\nThe director of the European Centre, Ina Kirsch, told the AP her "
                 "group never worked with Manafort.", "told", "Ina Kirsch", id="a name after a comma"),
    pytest.param("Rick Gates ran the project.\n\nPeople with direct knowledge of Gates' work said the firms "
                 "were paid.", "said", "People with direct knowledge of Gates' work", id="a name in a complement"),
    pytest.param("Bernie Sanders spoke in Vermont.\n\nSanders's hometown Burlington Free Press wrote that he "
                 "had lost.", "wrote", "Burlington Free Press", id="a possessor of a name"),
    pytest.param("CLEVELAND - Donald Trump painted a dire portrait of the nation.", "painted", "Donald Trump",
                 id="a name after the dateline"),
    pytest.param("Attorney General Loretta Lynch sued.\n\nLynch announced on Monday the DOJ lawsuit against the "
                 "state of North Carolina, it\u2019s Gov. Pat McCrory, the North Carolina Department of Public "
                 "Safety, and the University of North Carolina. \u201cWe are seeking a court order.\u201d She "
                 "further announced that the DOJ was retaining the right of curtailing federal funding.",
                 "announced", "Loretta Lynch", id="not a name followed by a list misread as apposition"),
    pytest.param("Kashiya Nwanguma went to a rally.\n\n\u201cIt was frightening,\u201d she said.\n\n"
                 "A campaign spokeswoman disputed her account.\n\nMr. Trump has berated guards.\n\n"
                 "In Louisville, Ms. Nwanguma was shocked by the reaction from supporters, she said later.",
                 "said", "Kashiya Nwanguma", id="the subject of the paraphrase it tags, in a new paragraph"),
    pytest.param("I see no future for this party with Donald Trump as its leader. Mitt Romney is spot on with "
                 "his assessment of the election.\n\nThe Hillary Clinton campaign must relish every moment Trump "
                 "opens his mouth. His ideas are foolish. The things he wants to accomplish appeal to the people, "
                 "but he has no clear vision.", "wants", "Donald Trump",
                 id="the subject of another's paraphrase in a new paragraph that leaves the one in focus"),
    pytest.param("Marco Rubio, who is third in many Iowa polls, stressed defense issues during an appearance "
                 "with Sen. Joni Ernst, R-Iowa.\n\nThe Florida senator told reporters he feels good about his "
                 "campaign.", "told", "Marco Rubio", id="not a title holder from another place"),
    pytest.param("Donald Trump was not at the summit.\n\nIn what he acknowledged as a news conference-ending "
                 "rant, President Obama took a whack at Trump's populist credentials.", "acknowledged as", "Obama",
                 id="the subject of the clause its opening phrase leads into"),
    pytest.param("President Obama's job approval rating in the latest poll stands at a robust 53%.\n\nWhile "
                 "Obama's popularity closely mirrors the second terms of Presidents Reagan and Clinton, it has been "
                 "150 days since he nominated Judge Merrick Garland.", "nominated", "Obama",
                 id="the owner of a subject"),
    pytest.param("Team Trump sees the convention as a second chance for Donald Trump to make a first impression "
                 "with women.\n\nTrump has begun to dial down the rhetoric. In somber comments, Trump called the "
                 "assault an attack on our country.", "called", "Donald Trump",
                 id="a surname is not the name of the person's side"),
    pytest.param("Hillary Clinton was told of the deaths.\n\nClinton\u2019s response was: \u201cIs he off "
                 "Conn or Wisconsin?\u201d", "response was:", "Hillary Clinton", id="the owner of a response"),
    pytest.param("Clinton's husband, Bill, hurled the kitchen sink at Sanders. But the former president showed "
                 "restraint Monday.", "showed", "Bill Clinton", id="a first name taking a relative's family name"),
    pytest.param("At a rally, Aubrey Pelletier hoisted a sign. Her father, Brad, 39, was worried.\n\n\u201cPeople are "
                 "afraid,\u201d he said.", "said", "Brad Pelletier",
                 id="a first name taking the family name of the one a possessive pronoun stands for"),
    pytest.param("Mitt Romney accused Obama of bungling the recovery. He pledged to do better.\n\nIn an example of "
                 "how sensitive Obama is about his legacy, he said the economy was strong.", "said", "Obama",
                 id="the subject named in an opening phrase"),
    pytest.param("Morton Blackwell, a committeeman from Virginia, spoke to AFP.\n\nThe influential delegate and "
                 "conservative activist, who backs Cruz, said the rules could change.", "said", "Morton Blackwell",
                 id="no one named in a who-clause of a description"),
    pytest.param("Ted Cruz is protesting Obama\u2019s executive actions by giving away a shotgun.\n\nThe GOP "
                 "presidential candidate sent out an email to supporters Tuesday inviting them to enter the contest.\n\n"
                 "Democratic presidential contender Hillary Clinton is offering her praise of the actions.",
                 "inviting", "Ted Cruz", id="not passed over for one sharing a title word named only later"),
    pytest.param("Beneath Clinton's wins, signs of trouble\n\nHillary Clinton set out to energize the party.\n\n"
                 "Mrs. Clinton spoke in Ohio. She said turnout would rise.", "said", "Hillary Clinton",
                 id="no headline preposition in a name"),
    pytest.param("Bernie Sanders campaigned in Iowa. Barack Obama stayed out of the race.\n\nAnd part of Sanders\u2019 "
                 "pitch, of course, is his insistence that progressive energy will bring out voters.", "insistence",
                 "Bernie Sanders", id="the owner of the thing the clause is about"),
    pytest.param("The volunteers are Eva Miller and Gloria Major.\n\nStephanie Formas, a spokeswoman, told reporters "
                 "the office opened in April.\n\nFor Major, a retiree and one of the volunteers, making calls is an "
                 "opportunity.\n\n\u201cBernie has a passionate speech,\u201d she said.", "said", "Gloria Major",
                 id="a surname introduced by an appositive with an article"),
    pytest.param("The National Diversity Coalition for Trump is not very large.\n\nThe group's Web page features a "
                 "photo gallery of men and women from many backgrounds.\n\nGeorgia businessman Bruce LeVell believes "
                 "that people don't really know the man.\n\nLeVell is a black man on a mission to change what he "
                 "thinks is an unfair perception that Trump is racist. He dismisses accusations that Trump has "
                 "exploited racial tensions.", "dismisses", "Bruce LeVell",
                 id="a predicate noun describes the named subject"),
    pytest.param("Al Gore, the former vice president, will skip the convention.\n\nCiting \u201cobligations in "
                 "Tennessee,\u201d the former vice president\u2019s spokeswoman told POLITICO that Gore plans to skip the "
                 "festivities.", "told",
                 "the former vice president\u2019s spokeswoman", id="the spokeswoman of someone described is not them"),
    pytest.param("Dahlys Hamilton chairs Hispanic Patriots for Trump.\n\nTrump spokesman Hope Hicks confirmed that the "
                 "group was created independently. \"They are not affiliated with the campaign,\" she said.", "said",
                 "Hope Hicks", id="a spokesman may be a woman"),
    pytest.param("Hillary Clinton spoke on Monday.\n\nShe is being caricatured as a calculating politician: Lady "
                 "Macbeth, now in her own play.\n\nMrs. Clinton's career has not taken a predictable route. She came "
                 "of age at Wellesley College, where she said her generation was different.", "said",
                 "Hillary Clinton", id="the owner of a subject that names no one is in focus"),
    pytest.param("Libertarian presidential candidate Gary Johnson\u2019s doctor is calling the candidate healthy.\n\n"
                 "Homeland Security Secretary Jeh Johnson says hackers are taking aim at state election officials.\n\n"
                 "Johnson tells MSNBC that at least one recent attempt was successful.", "tells", "Jeh Johnson",
                 id="a bare surname after an unrelated namesake's full name"),
    pytest.param("''The same plank in both platforms means a tougher attitude,'' Elaine C. Kamarck, a senior fellow "
                 "at the Brookings Institution, wrote in an analysis.\n\n''To date,'' she continued, ''there hasn't "
                 "been much interest in this.''\n\nOn the Democratic side, Mrs. Clinton -- whose husband signed the "
                 "bill that repealed the law -- has said that calls to bring it back are misguided.", "continued",
                 "Elaine C. Kamarck", id="whose husband is someone else, and no one's husband before"),
    pytest.param("Before Trump\u2019s appearance in the video, the cleric Anwar al-Awlaki speaks about America.\n\n"
                 "Donald Trump is shown calling for a shutdown. The crowd enthusiastically cheers Trump\u2019s words.\n\n"
                 "Footage of Al-Awlaki again appears. \u201cThe West will eventually turn against its Muslim "
                 "citizens,\u201d he says.", "says", "Anwar al-Awlaki", id="the one a subject of-phrase is about"),
    pytest.param("George Zimmerman is selling the gun he used to kill Trayvon Martin, an unarmed black teenager, "
                 "during a 2012 confrontation in Sanford, Florida.\n\u201cI\u2019m a free American,\u201d he told Fox 35 "
                 "in Orlando.", "told", "George Zimmerman", id="the named subject before someone introduced after"),
    pytest.param("Jeb Bush offered a retort on Twitter.\n\nThe Democratic side was hardly harmonious as Hillary "
                 "Clinton sharpened her knife to bloody Bernie Sanders. He has attacked Clinton repeatedly.",
                 "has attacked", "Bernie Sanders", id="the one of its gender named since the focus moved"),
    pytest.param("Adil Oksuz is the subject of a manhunt in Turkey.\n\nTurkish President Recep Tayyip Erdogan has "
                 "repeatedly called on the United States to extradite Gulen. In the wake of the coup attempt, the "
                 "Turkish government declared Oksuz was a leader of the plot. He was briefly detained. He "
                 "denounced the coup attempt.",
                 "denounced", "Adil Oksuz", id="the subject of a report made since the one in focus spoke"),
    pytest.param("Donald Trump spoke in Ohio. Paul Manafort suggested that this might be seen as condescending. "
                 "Trump himself said the controversy was good for him.",
                 "said", "Donald Trump", id="a name before an emphatic reflexive"),
    pytest.param("Donald Trump has called for a new low rate on pass-through income.\n\nMr. Trump's returns would "
                 "also shed light on how aggressive his accounting has been.",
                 "would also shed light on", "Donald Trump", id="the owner of things of theirs said in the plural"),
    pytest.param("Bernie Sanders spoke in Iowa on Monday.\n\nAbsent Sanders' campaign health care plan, which he has "
                 "not introduced, Clinton pointed to the nine different times Sanders has laid out a health care plan.",
                 "has not introduced", "Bernie Sanders", id="a capital opening a sentence before a surname"),
    pytest.param("Richard Viguerie spoke to Breitbart News.\n\n\u201cVoters consistently reject establishment "
                 "Republicans. George W. Bush got half a million fewer votes than Al Gore in 2000,\u201d he points out.",
                 "points out", "Richard Viguerie", id="no one introduced in a quotation is its speaker"),
    pytest.param("Mrs. Phyllis Schlafly had been a strong supporter of Donald Trump\u2019s presidential campaign. He "
                 "acknowledged her backing on Monday.",
                 "acknowledged", "Donald Trump", id="the name last written, in a report where it must be"),
    pytest.param("The questions began after an interview with Fox News's Chris Wallace that aired Sunday.\n\nSeveral "
                 "fact checkers have pointed out that Comey said only that her statements in a closed-door FBI "
                 "interview were truthful. He also said he was not qualified to weigh in on her public statements.",
                 "also said", "Comey", id="the subject of a report with no one in focus"),
    pytest.param("Jamal Simmons is a Democratic consultant. Simmons, an Obama supporter, said he saw the shift in "
                 "attitude in his own Detroit family, most of whom thought Obama had no shot with white America. "
                 "\u201cIt is challenging our assumptions,\u201d he said.",
                 "said", "Jamal Simmons", id="a report inside a report moves no focus"),
    pytest.param("Hillary Clinton said she had misspoken. A campaign aide later clarified that Clinton misspoke.\n\n"
                 "The comments came in answer to a question about inconsistencies between her claim that she never "
                 "sent classified information and the testimony.",
                 "claim", "Hillary Clinton", id="an owner before an unnamed speaker of unknown gender"),
    pytest.param("Christyn Gionfriddo, a Neptune, N.J., native and 2009 Centenary College graduate, is saddled with "
                 "about $92,000 in student loan debt. At 29 years old, she still lives in her childhood bedroom, walls "
                 "plastered with the same Dirty Dancing, 98 Degrees and Justin Timberlake posters from her tween "
                 "years.\n\n\"Who wants to live at home at 29?\" she said.",
                 "said", "Christyn Gionfriddo", id="a list misread as apposition introduces no one"),
    pytest.param("Sanders faces tough sell in getting superdelegates to switch.\n\nHe needs to persuade a good number "
                 "of Clinton supporters to back him.\n\nBernie Sanders said this week that the convention would be "
                 "contested.", "needs to persuade", "Bernie Sanders", id="a lede's pronoun before its person's name"),
    pytest.param("Former AG Mukasey at RNC: Clinton email scandal disqualifies her.\n\nFormer Attorney General Michael "
                 "Mukasey told delegates that Clinton should be disqualified. \u201cShe violated it,\u201d Mukasey "
                 "said.", "said", "Michael Mukasey", id="an abbreviated title is no first name"),
    pytest.param("A former staffer named Bradley Podliska sued the committee. Ware insists that Podliska himself asked "
                 "interns to take up partisan projects.\n\nPodliska also claims he was the only one punished.",
                 "also claims", "Bradley Podliska", id="a name taken for an organisation before himself"),
    pytest.param("Donald Trump spoke. Trump at the time said he\u2019d asked his people to look into it.",
                 "at the time said", "Donald Trump", id="a phrase of time after a name the NER missed"),
    pytest.param("\u201cOrange is the New Black\u201d star Selenis Leyva opened up about being described as a real "
                 "woman.\n\n10\nGeorge Lopez Talks About Late Night TV.\n\nComedian George Lopez stopped by HuffPost "
                 "Live this year. The star said the cancellation of his show was abrupt.",
                 "said", "George Lopez", id="a word that is no post goes to the one in focus since its holder"),
    pytest.param("WASHINGTON \u2014 Hillary Clinton doesn\u2019t recognize the bigotry of Donald Trump.\n\nIn an interview "
                 "with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential candidate "
                 "stated that Trump\u2019s comments do not fit.",
                 "stated", "Hillary Clinton", id="a subject the parse took for an appositive describes no one"),
    pytest.param("Speaking to CBS This Morning Monday, Florida Sen. Marco Rubio refrained from attacking his rivals, "
                 "particularly Govs. Jeb Bush and Chris Christie, who say the freshman senator doesn\u2019t have the "
                 "experience needed to be president.\n\nHe dismissed critique of his performance at Saturday\u2019s "
                 "debate.", "dismissed", "Marco Rubio", id="a relative clause of several people is theirs"),
    pytest.param("Paul ended his campaign last week, and Sen. Rand Paul said he would not endorse anyone.\n\n___.\n\n"
                 "Democratic presidential candidate Bernie Sanders is choosing not to respond to recent Clinton campaign "
                 "accusations. Instead, the Vermont senator said he would stick to his campaign message.",
                 "said", "Bernie Sanders", id="a place-named office is not a holder of no known place"),
    pytest.param("Gary Byrne, a former Secret Service agent for President Bill Clinton, has written a book.\n\n"
                 "\u201cShe simply lacks the temperament,\u201d Bryne said.",
                 "said", "Gary Byrne", id="a surname with two letters swapped"),
    pytest.param("Trump Addresses Munich Attack: \u2018This Cannot Continue.\u2019\n\nOn Friday, at least nine people "
                 "were killed in Munich.\n\nRepublican presidential nominee Donald Trump released a statement on Friday.",
                 ":", "Donald Trump", id="a headline's verb run into a surname taken for an organisation"),
    pytest.param("Bernie Sanders won in Wisconsin on Tuesday.\n\n\"It would seal the deal even more for Hillary "
                 "Clinton,\" said David Wasserman, an elections analyst at the Cook Political Report.\n\nWhatever the "
                 "outcome in New York's April 19 primary, the race is likely to wrap up in June, when California "
                 "votes.\n\nSanders is burrowing in for a floor fight. He's suggesting that delegates from states he "
                 "won should flip to his column.",
                 "'s suggesting", "Bernie Sanders", id="a surname tagged as a plural noun"),
    pytest.param("Ross Perot ran in 1992. Donald Trump spoke on Monday.\n\nMr. Trump has broken even more rules than "
                 "Mr. Perot did. He said on Tuesday that the rules were rigged.",
                 "said", "Donald Trump", id="the subject of a comparison is no topic"),
    pytest.param("BEIJING - Donald Trump won on Tuesday, and plenty of Chinese people enjoyed the show.\n\nSpokeswoman "
                 "Hua Chunying said her country was watching.\n\n\u201cTrump is very cute,\u201d one user wrote.\n\nAs "
                 "the paper noted, it is surprising because Trump has not always had good things to say about China. "
                 "Although he says he \u201cloves China,\u201d he also accuses it of stealing jobs.",
                 "also accuses", "Donald Trump", id="a clause of reason is the topic where the main clause is about no one"),
    pytest.param("Spokeswoman Hua Chunying said her country was watching. \u201cIt is great fun,\u201d one user wrote."
                 "\n\nAnother argued that Trump would win.",
                 "argued", "Another", id="another is someone new"),
    pytest.param("Donald Trump won on Tuesday.\n\n\u201cMany of his ideas are far from heartwarming,\u201d columnist "
                 "Ai Jun wrote in the piece.\n\nBut Trump has one thing in common with Chinese people, the columnist "
                 "suggested: \u201cHis winning streak is solid proof.\u201d",
                 "suggested:", "Ai Jun", id="no one in focus only in the description's own sentence"),
    pytest.param("Donald Trump hired Paul Manafort in March. Mr. Manafort rose in power.\n\nCorey Lewandowski has "
                 "denied that, and he and Mr. Trump still speak frequently, with the candidate seeking his advice.",
                 "seeking", "Donald Trump", id="a name coordinated with a subject is a subject"),
    pytest.param("Donald Trump spoke on Monday. That's a lot more than you can say for other Republicans. Just look at "
                 "House Speaker Paul D. Ryan. He has said he gets his ideas about monetary policy from a novel.",
                 "has said", "Paul D. Ryan", id="the one an imperative bids the reader look at"),
    pytest.param("Donald Trump and Ben Carson spoke. \u201cI was fine,\u201d Carson said.\n\nAnd as for Trump, he "
                 "told reporters the night was long.",
                 "told", "Donald Trump", id="the one an as-for phrase turns to"),
    pytest.param("Last month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he laughed.\n\nIt was "
                 "one of our more unusual exchanges in the seven years I've been covering the Vermont senator for the "
                 "USA TODAY NETWORK. Typically, he just interrupts me when I ask a question he doesn't like.\n\nI guess "
                 "we can all agree now that he was joking. He is backing Hillary Clinton, and he says he'll do "
                 "everything he can to help her.",
                 "says", "Bernie Sanders", id="an organisation noun in capitals taken for a person"),
    pytest.param("Nick Daniloff was freed in 1986, in a trade approved by Ronald Reagan.\n\n\u201cIf Reagan had gone "
                 "with Kemp, I would have been sitting in Siberia for a long time,\u201d Mr. Daniloff, now 81 and retired "
                 "in Cambridge, Mass., said by telephone this week.",
                 "said", "Nick Daniloff", id="a speaker tag parsed as a conjunct of the quotation's verb"),
    pytest.param("Bernie Sanders won New Hampshire.\n\nIn a memo released as polls closed Tuesday, Clinton campaign "
                 "manager Robby Mook acknowledged the former secretary of State and Sanders had split the first two "
                 "contests, which is an outcome, he said, \"we've long anticipated.\"",
                 "said", "Robby Mook", id="a tag just after a report's closing comma continues its speaker"),
    pytest.param("Jim Bennett spoke.\n\nBennett\u2019s younger sister went to school with one of Paradis\u2019 "
                 "daughters, and told stories of how both girls were in the Homecoming court, where Bennett\u2019s "
                 "sister Gale was crowned the queen.\n\n\u201cI have pictures of his sister at my house in our "
                 "scrapbooks,\u201d Paradis said.",
                 "told", "Gale Bennett", id="a relative named by a possessive is someone else"),
    pytest.param("Jim Smith spoke at the rally on Monday.\n\nIn 1980, the Republicans again turned to a Western "
                 "conservative, Ronald Reagan. He said the party had to change.", "said", "Ronald Reagan",
                 id="the one person a sentence about no one brings in is in focus"),
    pytest.param("Sen. Chris Murphy spoke on the floor for 15 hours.\n\nMurphy recalled the children and a teacher\u2019s "
                 "aide, Anne Marie Murphy, who was gunned down trying to protect them.\n\n\u201cIt doesn\u2019t take "
                 "courage to stand here,\u201d Murphy said.", "said", "Chris Murphy",
                 id="a namesake named in passing does not take the family name"),
    pytest.param("As Kentucky slid away from Sanders on Tuesday, some of his supporters saw a culprit in Alison "
                 "Lundergan Grimes.\n\n\u201cBetter watch out for illegal conduct by Grimes,\u201d one voter wrote.\n\n"
                 "Grimes told CNN that the count was fair.", "told", "Alison Lundergan Grimes",
                 id="a first name and a surname written alone elsewhere name a person"),
    pytest.param("Sen. Chris Murphy won in 2006.\n\nSenate campaign chairman Chuck Schumer said the party should mute "
                 "its anti-gun positions.\n\nIt worked, but Murphy (who was always in favor of strict gun controls, but "
                 "never focused on the issue) it exacted a great moral cost.", "was always in favor of", "Chris Murphy",
                 id="a relative pronoun in parentheses stands for the name before them"),
    pytest.param("F.B.I. director James B. Comey spoke on Tuesday.\n\nPerhaps Mr. Comey's most surprising suggestion "
                 "was that Mrs. Clinton had used her private email abroad.", "most surprising suggestion was",
                 "James B. Comey", id="the owner of a suggestion is its source"),
    pytest.param("At a rally here last week, Mike Pence showed the crowd a clip of Gov. Maggie Hassan.\n\n\u201cGovernor "
                 "Hassan, let me help you out,\u201d the Republican vice-presidential nominee riffed.\n\nSen. Kelly Ayotte "
                 "backed 2012 GOP presidential nominee Mitt Romney.", "riffed", "Mike Pence",
                 id="the vice-presidential nominee is no presidential nominee"),
    pytest.param("Mike Pence, the Republican vice-presidential nominee, spoke at a rally.\n\nSen. Kelly Ayotte was not "
                 "there.\n\n\u201cHow could I not say that?\u201d Ayotte said.\n\nThe Republican incumbent said that her "
                 "position is genuine.", "said", "Kelly Ayotte",
                 id="a shared party alone does not pass over the person in focus"),
    pytest.param("Ginsburg apologizes for Trump comments; \nJustice vows to be 'more circumspect' with her opinions.\n\n"
                 "Ruth Bader Ginsburg regrets her insults of Donald Trump.\n\nThe Supreme Court justice said she "
                 "regretted her remarks.", "vows", "Ruth Bader Ginsburg", id="an office written alone is no name"),
    pytest.param("Donald Trump is lagging behind Hillary Clinton in New Hampshire.\n\n\"I can't vote for Trump,\" said "
                 "Concord resident Whit Symms. \"He's an embarrassment.\"\n\nSymms, a conservative independent, went to "
                 "see Ayotte speak last week. Symms said he has been impressed by Ayotte in the past and liked the way she "
                 "responded to a question. But when it comes to her position on Trump, he is disappointed.\n\n\"She's a "
                 "fake,\" Symms said.", "is disappointed", "Whit Symms",
                 id="a speaker said to speak of he is a he"),
    pytest.param("Donald J. Trump spoke in South Carolina.\n\nHogan Gidley, a former executive director of the state "
                 "party, backs him.\n\n\u201cI need a candidate who\u2019s not going to lie to me,\u201d Mr. Gidley said.\n\n"
                 "Mr. Trump, who is not taking large donations from special interests, fits that bill for many people, "
                 "he added.", "added", "Hogan Gidley", id="he added goes on from the speaker before"),
    pytest.param("Trump fires up G.O.P. base, by pricking party's orthodoxy.\n\nABSTRACT.\n\nHis popularity, even after "
                 "he criticized President George W. Bush, shows how deeply the G.O.P. misjudged its voters.\n\nFULL "
                 "TEXT.\n\nMark Jebens, a veteran, was unfazed when Donald J. Trump said that Mr. Bush lied.",
                 "criticized", "Donald J. Trump", id="a surname the tagger took for a common noun is a name"),
    pytest.param("Hillary Clinton won Virginia.\n\nHer husband, former President Bill Clinton, greeted voters in Boston.\n\n"
                 "Bill Clinton spoke with voters outside the polling location. At one point, a woman asked for a photo "
                 "and Clinton said, \u201cas long as we\u2019re not violating any election laws.\u201d", "said",
                 "Bill Clinton", id="a family name is the relative its paragraph is about"),
    pytest.param("Top Clinton adviser sent 'top secret' messages to her private account.\n\nHillary Clinton's top national "
                 "security staffer Jake Sullivan was one of the authors of the messages.\n\n\u201cIt's a public statement! "
                 "Just email it,\u201d Clinton wrote.", "wrote", "Hillary Clinton",
                 id="a headline's adjective is no first name"),
    pytest.param("Speaker Paul Ryan criticised the FBI on Tuesday.\n\nRyan said that \u201cwe need more information.\u201d But "
                 "Ryan\u2019s language in the statement makes clear that he is being polite to the FBI.",
                 "language in the statement makes clear", "Paul Ryan", id="the owner of language is its source"),
    pytest.param("Federal Judge Says Clinton Aide Must Testify.\n\nU.S. District Judge Emmet G. Sullivan granted the "
                 "request on Tuesday.", "Says", "Emmet G. Sullivan", id="an office with a headline's modifier is no name"),
    pytest.param("Donald Trump stood by his decision to skip the debate, saying Fox News had treated him unfairly.\n\n"
                 "That left Sen. Ted Cruz of Texas center stage and fielding the most attacks from his rivals -- so "
                 "much so that he accused the moderators of asking too many questions.", "accused", "Ted Cruz",
                 id="a pronoun under a sentence with no one as subject is the one it acts on"),
    pytest.param("His campaign manager, Jeff Weaver, said Sanders believes those efforts will pay off. He should also get "
                 "a boost from the win Tuesday, Sanders said.\n\n\"There was a question about whether Senator Sanders's "
                 "message could go toe to toe with the Clinton organization, and I think in Iowa he proved that we "
                 "could,\" he said.", "said", "Jeff Weaver",
                 id="one the quotation names by title is not its speaker"),
    pytest.param("Melba Acosta Febo, the president of the bank, spoke on Monday.\n\nIn an interview, Ms. Acosta "
                 "acknowledged that the debt was confusing.", "acknowledged", "Melba Acosta Febo",
                 id="the first of two family names is the person's"),
    pytest.param("Juanita Broaddrick said Clinton raped her in 1978.\n\nOn that point, Broaddrick Sunday night "
                 "recounted an interaction with Hillary Clinton.", "Sunday night recounted", "Juanita Broaddrick",
                 id="a time parsed as the head of a name is no source"),
    pytest.param("\"We are going to build a wall,\" Donald Trump said.\n\nSean Hannity asked Trump how high the wall "
                 "would be.\n\n\"I think the height could be 35 to 45 feet,\" he told Hannity.", "told", "Donald Trump",
                 id="no one tells themself"),
    pytest.param("But Chris Christie, eager all evening to jab senators for failing to show leadership, attacked Rubio "
                 "for not answering the question.\n\nThe governor said Rubio was not ready.", "said", "Chris Christie",
                 id="an adjective after a name is no title"),
    pytest.param("Chris Christie said he would quarantine people.\n\nThe governor said such a quarantine was needed.\n\n"
                 "John Kasich said Saturday that immigrants should be allowed to stay.\n\nThe Ohio governor said the "
                 "U.S. needs to secure the border.", "said", "John Kasich",
                 id="a placed description is not one described long before of no known place"),
    pytest.param("Marco Rubio, a Republican presidential candidate, spoke first.\n\nDonald Trump said the wall would be "
                 "built. Trump said Mexico would pay for it.\n\nThe candidate said the wall would be beautiful.", "said",
                 "Donald Trump", id="the candidate is the one in focus, as many run"),
    pytest.param("Donald Trump said police are mistreated. FBI Director James Comey coined this term when he said crime "
                 "was rising.\n\nWhen the moderator pointed out that Trump hadn't answered the question, the candidate "
                 "said families sue.", "said", "Donald Trump", id="a description after an opening clause is its subject"),
    pytest.param("Sean Hannity said he is not a journalist. So there was Mr. Hannity last week, devoting one of his shows "
                 "to a meeting with Donald Trump. (As BuzzFeed News first reported, Mr. Trump voiced support for the war "
                 "in 2002.)\n\nOn other days, he has claimed that Hillary Clinton is hiding health problems.",
                 "has claimed", "Sean Hannity", id="a subject in an aside takes no focus"),
    pytest.param("Former Bill Clinton pollster Douglas Schoen was a guest on Hannity. Bernie Sanders is trailing Hillary "
                 "Clinton.\n\nSchoen wrote in an editorial that superdelegates may reconsider.\n\n\"A Sanders win in "
                 "California would underscore Mrs. Clinton's weakness.\"\n\nThe pollster even said Joe Biden could "
                 "step in.", "said", "Douglas Schoen", id="a former pollster is still the pollster"),
    pytest.param("Former Clinton Pollster Says Clinton Is In Trouble In California.\n\nFormer Bill Clinton pollster "
                 "Douglas Schoen was a guest on Fox News.", "Says", "Douglas Schoen",
                 id="a headline's capitalised person noun describes someone"),
    pytest.param("Bernie Sanders worked with Senator John McCain on a veterans bill.\n\n\"Given how liberal he is, it "
                 "made the work hard,\" Mr. McCain said.\n\nBut when it comes to Mr. Sanders's proudest legislative "
                 "moments, it is the losses that stand out.\n\nHe said no to the Iraq war.", "said", "Bernie Sanders",
                 id="what it comes to is the topic"),
    pytest.param("Emails show that CNN reporter Elise Labott coordinated with Clinton's staff.\n\nPhil Kerpen needled "
                 "the reporter, saying, \"A reporter who tweets on request!\"\n\nThis CNN reporter has revealed her "
                 "apparent bias on Twitter before.", "has revealed", "Elise Labott",
                 id="this reporter points back to one who holds the title"),
    pytest.param("Bernie Sanders called on Gov. Rick Snyder to resign.\n\nIn his statement Saturday, Sanders did go "
                 "further in trying to hold Snyder accountable.\n\n\u201cThere are no excuses,\u201d he said.", "said",
                 "Bernie Sanders", id="an object held accountable is no topic"),
    pytest.param("Al Sharpton spoke to Politico.\n\n\u201cBoth of them are great self-promoters,\u201d Sharpton said. "
                 "\u201cThey keep talking,\u201d Sharption added.", "added", "Al Sharpton",
                 id="a misspelt surname the tagger takes for a noun"),
    pytest.param("Bill Clinton\u2019s stock answer was \u201cI\u2019ll be alright.\u201d Hillary Clinton is the "
                 "nominee.\n\nThat answer will be echoed by his wife when she debates Trump, aides said. His wife "
                 "told reporters she was ready.", "told", "Hillary Clinton", id="his wife shares his family name"),
    pytest.param("Ivanka Trump spoke at the convention.\n\nDonald Trump\u2019s eldest daughter, 34, said the policy "
                 "would help working mothers.", "said", "Ivanka Trump",
                 id="a named man's daughter shares his family name"),
    pytest.param("Jared Huffman and Patrick Murphy are in Congress.\n\n\u201cGrayson is terrible,\u201d said "
                 "Huffman, who does not support Grayson\u2019s opponent, Murphy.", "said", "Jared Huffman",
                 id="a name closing a relative clause of the source is not the source"),
    pytest.param("Alan Grayson ran for the Senate. Lolita Grayson, his former wife, wrote to Politico.\n\nRep. Lois "
                 "Frankel recalled Grayson giving her the same line. At the time, she said, Grayson was trying to "
                 "get the delegation to pressure Randolph. He promised to defeat Randolph thanks to the Grayson "
                 "name, Frankel said.", "said", "Lois Frankel",
                 id="a he opening words reported before their speaker is named is someone else"),
    pytest.param("Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) clashed at the debate.\n\nRubio was asked by Fox "
                 "Business moderator Gerard Baker about his tax plan. The Florida senator said the credit would help "
                 "families.", "said", "Marco Rubio", id="a plural title holds for each name it heads"),
    pytest.param("Sen. Rand Paul (Ky.) and Sen. Marco Rubio (Fla.) clashed at the debate.\n\nRubio was asked by Fox "
                 "Business moderator Gerard Baker about his tax plan. The Florida senator said the credit would help "
                 "families.", "said", "Marco Rubio", id="a state abbreviated in parentheses is where one is from"),
    pytest.param("Trump\u2019s Son Says The Battle Will Be Unprecedented.\n\nEric Trump, son of the Republican "
                 "front-runner, talked politics on Fox.", "Says", "Eric Trump",
                 id="a named man's son named only after, in a headline"),
    pytest.param("Donald Trump spoke in Ohio. As Donald Trump began tweeting a new nickname for Hillary Clinton, his son "
                 "said The Donald is just getting started.\n\nEric Trump, son of the Republican front-runner, "
                 "talked politics on Fox.", "said", "Eric Trump", id="his son is not the father in focus"),
    pytest.param("Pastor Joseph Brown endorsed Ted Cruz on Sunday.\n\nMr. Cruz's success with evangelicals reflects "
                 "how he has pursued the Christian right since he announced his candidacy in March.", "announced",
                 "Ted Cruz", id="a subject pronoun under a subject a named person owns is theirs"),
    pytest.param("Bernie Sanders came to town. The crowd was smaller Friday, but they were not there for Sanders. The "
                 "senator was rallying for a 70-year-old academic named Eric Kingson, who is running for Congress and "
                 "who worked the crowd, praising \u201cBernie's integrity\u201d as he promised to defend Social Security.",
                 "praising", "Eric Kingson", id="a relative pronoun stands for the name its clause hangs on"),
    pytest.param("Bernie Sanders came to town with Eric Kingson.\n\nEric Kingson is one of the early beneficiaries of "
                 "Sanders's new role. On Friday night, Sanders let Kingson speak first, and then, still flanked by "
                 "Secret Service agents, he spent much of his own speech praising the candidate.",
                 "spent much of his own speech praising", "Bernie Sanders",
                 id="a subject pronoun of a joined clause continues the first clause's named subject"),
    pytest.param("Mr. Trump was poised to take most of the delegates, adding to his lead over Senator Ted Cruz of "
                 "Texas. Mr. Cruz came away with no delegates.\n\nThe two hometown winners beamed throughout their "
                 "victory speeches, but it was Mr. Trump who particularly seemed like a different candidate. As he spoke "
                 "in the lobby of Trump Tower, there were no freewheeling presentations of steaks. There was no "
                 "reference to \u201cLyin' Ted\u201d; he called his opponent \u201cSenator Cruz\u201d instead.",
                 "called", "Trump", id="the one an it-was-who sentence singles out is in focus"),
    pytest.param("Campaign chairman Paul Manafort arrived on Monday.\n\nSpeechwriter John McConnell drafted a speech "
                 "for Melania Trump.\n\nBy sunrise Tuesday, the campaign was in overdrive. Rushing to Melania Trump's "
                 "defense was Manafort, who by design is the face of the campaign. He told CNN the speech was hers.",
                 "told", "Paul Manafort", id="the one named after a phrase put first is in focus"),
    pytest.param("Newt Gingrich noted that Obama survived such criticism. \u201cIt's a little much,\u201d he said.\n\n"
                 "By late afternoon, there had been no direct word from Donald Trump himself. He wrote on Twitter that "
                 "the speech was a success.", "wrote on Twitter", "Donald Trump",
                 id="a name stressed with himself is in focus"),
    pytest.param("Four Americans died, among them information officer Sean Smith.\n\nLast week, Clinton insisted the "
                 "families were wrong. However, Patricia Smith, mother of Benghazi victim Sean Smith, forcefully "
                 "rejected Clinton\u2019s claim.\n\n\u201cWe were nose-to-nose at the coffin ceremony. She lied to "
                 "me,\u201d Smith said.", "said", "Patricia Smith",
                 id="a family name in a quotation's paragraph is the relative its introduction has as subject"),
    pytest.param("Donald Trump spoke on Monday.\n\nEd Schultz attacked the network. He criticised Mr. Trump's RT "
                 "appearance, in which he said he was skeptical of the intelligence officials.", "said",
                 "Donald Trump", id="the subject of an in-which clause on a thing a named person owns is the owner"),
    pytest.param("Vermont Sen. Bernie Sanders and Hillary Clinton, the former secretary of state, meet tonight.\n\nIn "
                 "the wake of her blowout loss in New Hampshire, Clinton\u2019s supporters need her to project the air of "
                 "an unshaken party leader.\n\nFor Sanders, the mission is different. Voters will be watching closely "
                 "to see if he can handle the spotlight.\n\nBut now Sanders has to step beyond these stump speech "
                 "staples to tell a fuller version of his life story. The famously gruff senator told reporters on "
                 "Wednesday that he was ready.", "told", "Bernie Sanders",
                 id="an adjective no one holds as a title word is no part of the title a description names"),
    pytest.param("Ted Cruz, a delegate from Texas, won the vote.\n\n\u201cWhat they\u2019ve been desperate to figure out is "
                 "some mechanism to change the rules,\u201d Morton Blackwell, the Republican National Committeeman from "
                 "Virginia, told AFP.\n\nThe influential delegate, who backs Cruz, warned of a \u201cferocious\u201d "
                 "battle ahead.", "warned of", "Morton Blackwell", id="a description is no one it names itself"),
    pytest.param("House Speaker Paul Ryan spoke on Thursday.\n\n\u201cI\u2019m just not ready to do that at this "
                 "point,\u201d Ryan said.\n\nThe Wisconsin Republican told CNN that Trump must unify the party.\n\nThe "
                 "win led Republican National Committee Chairman Reince Priebus to declare Trump the presumptive "
                 "nominee.", "told", "Paul Ryan", id="a party's member named only later does not pass over the one in focus"),
    pytest.param("Clinton sharpens focus on Sanders as N.Y. nears.\n\nHillary Clinton is keeping a lid on Bernie "
                 "Sanders' appeal in New York by touting her Senate record upstate.\n\nSanders may have his best chance "
                 "of challenging Clinton upstate, where he's pushing an offensive on fracking. Tuesday, the Vermont "
                 "senator opened a Rochester rally blasting Clinton for promoting fracking in other countries.",
                 "blasting", "Bernie Sanders", id="a person's own name is no place they are of"),
    pytest.param(_GUN_PLAN, "released a plan", "Hillary Clinton", id="a pronoun looks ahead to no subject past a colon"),
    pytest.param(_GUN_PLAN, "has also argued", "Hillary Clinton",
                 id="a gendered pronoun continues the subject known to fit over one of unknown gender after it"),
    pytest.param("Actress Susan Sarandon is not sure she can vote for Hillary Clinton.\n\nAsked about her own vote in "
                 "the event that Clinton faces Donald Trump, she replied: \u201cI don\u2019t know.\u201d", "replied:",
                 "Susan Sarandon", id="a participle's opening phrase names no one the subject pronoun continues"),
    pytest.param("Susan Sarandon spoke on Monday.\n\nShe said that Trump could lead to more upheaval than Clinton, "
                 "the 68-year-old former secretary of state bidding to make history.", "bidding", "Clinton",
                 id="a description set off after a name is that person"),
    pytest.param("Jeb Bush slipped in the polls.\n\n4. Ben Carson. The retired neurosurgeon slipped too.\n\n3. Ted "
                 "Cruz. The senator from Texas runs the best campaign in the field. He says he will win Iowa.", "says",
                 "Ted Cruz", id="a name standing alone as a list's item is in focus"),
    pytest.param("The Huffington Post said it would treat the campaign as news, according to a post from Arianna "
                 "Huffington.", "according to", "Arianna Huffington", id="a person's post is the person's words"),
])


def test_a_source_resolves_to_the_person_it_stands_for(text, cue, speaker):
    assert _speakers_by_cue(text)[cue].canonical_name == speaker


def test_a_headline_s_verb_and_determiner_are_no_part_of_a_name(nlp):
    from presslens.attribution.speakers import find_names
    text = "Breaking: Federal Judge Just Gave Hillary Some Of The Worst News \u2013 She\u2019s Going To HATE It."
    assert "Hillary" in [n.text for n in find_names(nlp(text), text, set())]


def test_a_surname_run_into_a_headline_s_verb_is_the_surname_whatever_name_comes_later(nlp):
    from presslens.attribution.speakers import find_names
    text = ("Obama Claims Hillary Most Qualified Presidential Candidate Ever, But \u2026.\n\nOne of the central claims "
            "of President Barack Obama\u2019s speech does not stand up. Hillary Clinton was there.")
    assert [n.text for n in find_names(nlp(text), text, set())][0] == "Obama"


def test_a_known_surname_the_ner_took_alone_for_a_product_is_a_name(nlp):
    from presslens.attribution.speakers import find_names
    text = ("Marco Rubio spoke. Ahead of the March 1 contests, Rubio assumed Trump\u2019s signature style, "
            "launching a barrage of insults.")
    assert [n.text for n in find_names(nlp(text), text, set())].count("Rubio") == 1


def test_a_party_and_an_office_before_a_known_surname_are_no_part_of_the_name(nlp):
    from presslens.attribution.speakers import find_names
    text = ("GOP Rep McCaul Announces Bill Revoking Hillary\u2019s Security Clearance.\n\nRep. Michael McCaul "
            "discussed legislation on Fox.")
    assert ("McCaul", SpeakerKind.person) in [(n.text, n.kind) for n in find_names(nlp(text), text, set())]


def test_a_capitalised_plural_with_an_article_is_no_person(nlp):
    from presslens.attribution.speakers import find_names
    text = ("In 1848, the Whigs went with a candidate who was invested in neither their party nor its principles. "
            "Most Whigs opposed the war, and the Whig party split.")
    doc = nlp(text)
    assert [n.kind for n in find_names(doc, text, set()) if n.text == "Whigs"] == [SpeakerKind.organisation]


def test_a_word_tagged_a_place_elsewhere_is_no_person(nlp):
    from presslens.attribution.speakers import find_names
    text = ("Syrians find a home in Clarkston.\n\nThey have lived in Clarkston for three months. \u201cThanks, "
            "Clarkston, for welcoming these refugees,\u201d said Asab Al-Tabchi. Soon, he found the area welcoming. "
            "He got a car and a job at the center, and Clarkston became his home.")
    doc = nlp(text)
    assert {n.kind for n in find_names(doc, text, set()) if n.text == "Clarkston"} == {SpeakerKind.organisation}


def test_a_first_name_and_surname_set_beside_a_person_noun_are_a_person(nlp):
    from presslens.attribution.speakers import find_names
    text = "Former Hewlett-Packard CEO Carly Fiorina named a Washington favorite as her guilty pleasure."
    doc = nlp(text)
    assert {n.kind for n in find_names(doc, text, set()) if n.text == "Carly Fiorina"} == {SpeakerKind.person}


def test_a_name_opening_a_hyphenated_word_is_no_person(nlp):
    from presslens.attribution.speakers import find_names
    text = "Liberal Oscar-winner Sarandon is not sure about Clinton over Trump."
    assert "Oscar" not in {n.text for n in find_names(nlp(text), text, set())}


def test_a_word_opening_an_organisation_s_name_elsewhere_is_no_person(nlp):
    from presslens.attribution.speakers import find_names
    text = ("Hillary Clinton said Russian intelligence services hacked the committee, in an interview with \u201cFox "
            "News Sunday.\u201d\n\u201cBut I think laying out the facts raises serious issues,\u201d Clinton told Fox in "
            "the interview, taped Saturday.")
    doc = nlp(text)
    assert [n.kind for n in find_names(doc, text, set()) if n.text == "Fox"] == [SpeakerKind.organisation]


def test_a_building_named_after_a_person_is_no_person(nlp):
    from presslens.attribution.speakers import find_names
    text = "Mr. Trump spoke. As he spoke in the lobby of Trump Tower, there were no freewheeling presentations."
    doc = nlp(text)
    assert [n.kind for n in find_names(doc, text, set()) if n.text == "Trump Tower"] == [SpeakerKind.organisation]


def test_a_name_a_person_noun_describes_is_a_person_s(nlp):
    from presslens.attribution.speakers import find_names
    text = ("\"I can't vote for Trump,\" said Concord resident Whit Symms. \"He's an embarrassment.\"\n\nSymms went "
            "to see Ayotte speak last week.")
    doc = nlp(text)
    assert [n.kind for n in find_names(doc, text, set()) if "Symms" in n.text] == [SpeakerKind.person] * 2


def test_a_person_tagged_with_party_and_state_ends_a_body_s_name(nlp):
    from presslens.attribution.speakers import find_names
    text = "House Intelligence Republican Mike Pompeo (R-Kans.) agreed with that point."
    doc = nlp(text)
    assert [(n.text, n.kind) for n in find_names(doc, text, set()) if "Pompeo" in n.text] == [
        ("Mike Pompeo", SpeakerKind.person)]


def test_a_hashtag_is_no_one_s_name(nlp):
    from presslens.attribution.speakers import find_names
    text = ("Then there\u2019s Axelrod.\n\n\u201cKind of bewildering as to why @Hillary Clinton folks are so explicitly, "
            "if anonymously, laying out her debate strategy a week out. #Justdoit,\u201d he wrote last October.")
    doc = nlp(text)
    assert [n.text for n in find_names(doc, text, set())] == ["Axelrod", "Clinton"]


def test_a_quoted_slogan_is_a_thing_no_pronoun_continues():
    text = ("Baltimore-area businessman Chandhok Jasdip Singh is the head of Sikh Americans for Trump.\n\nSingh, 47, "
            "voted for the Republican nominees in 2008 and 2012. He said he chose to come to the United States "
            "from India 30 years ago to study for a business degree because he thought it was the greatest country "
            "in the world. But he fears it has lost its swagger on the world stage. \"Make America Great Again\" "
            "resonated with him so much so that he wears a turban bearing those words.")
    assert _speakers_by_cue(text)["resonated with"].kind is SpeakerKind.thing


def test_a_name_written_against_a_closing_quotation_mark_is_the_name_alone():
    from presslens.attribution.speakers import _clean_name
    assert _clean_name("paranoia,\u201dClinton") == "Clinton"
    assert _clean_name("O\u2019Malley") == "O\u2019Malley"


def test_a_source_opening_with_who_stands_for_the_name_just_before_it(nlp):
    from presslens.attribution.speakers import Registry, find_names
    text = ("Fred Kagan spoke to Politico. Jeff Davis, a Pentagon spokesman, declined to comment.\n\nKagan \u2014 who "
            "was a leading architect of the surge \u2014 supports a larger military role.")
    doc = nlp(text)
    registry = Registry(doc, text, find_names(doc, text, set()))
    registry.add_entity_mentions()
    start = text.index("who")
    end = text.index(" \u2014 supports")
    root = next(t for t in doc if t.text == "was")  # the parse's root of "who was a leading architect ..."
    cluster, kind = registry.add_source(start, end, root)
    assert (cluster.canonical, kind) == ("Fred Kagan", "name")


def test_a_name_taken_for_an_organisation_is_a_person_where_who_follows_it():
    analysis = presslens.analyze(
        "For a short time, Vanessa Iampaglia considered selling her car to pay for college.\n\n"
        "\"I do well,\" said Iampaglia, who graduated in 2009. \"But I live with my mom.\""
    )
    speaker = analysis.speaker(next(a for a in analysis.attributions if a.cue.text == "said").speaker_id)
    assert (speaker.canonical_name, speaker.kind) == ("Vanessa Iampaglia", "person")


def test_a_described_subject_keeps_its_person_in_focus_for_the_next_pronoun():
    speakers = _speakers_by_cue(
        "Republican nominee Donald Trump unveiled a child-care plan on Tuesday.\n\n"
        "\"There's no legal way to exclude a single mother,\" economist Michael Tanner said.\n\n"
        "The Republican nominee visited a day-care centre in Ohio on Wednesday. He said the plan would help families."
    )
    assert speakers["said"].canonical_name == "Donald Trump"  # the last "said" is the "He said"


def test_a_title_case_heading_ending_in_a_plural_is_a_group():
    analysis = presslens.analyze(
        "Charleston Church Shooting Survivors Explain Why Clinton Offers Needed Change.\n\n"
        "Felicia Sanders spoke on Wednesday."
    )
    heading = next(s for s in analysis.speakers if s.canonical_name.startswith("Charleston Church"))
    assert heading.kind.value != "person"


def test_a_headline_question_modal_and_a_first_name_the_ner_missed_belong_to_no_name():
    analysis = presslens.analyze(
        "Game over. Will Sanders come down off the pique?\n\nBernie Sanders spoke on Tuesday.\n\nSanders now "
        "seeks the ouster of Democratic National Committee Chair Debbie Wasserman Schultz and other party "
        "officials as payback.\n\nHe vowed to \"continue the fight.\""
    )
    names = {s.canonical_name for s in analysis.speakers if s.kind.value == "person"}
    assert "Will Sanders" not in names and "Debbie Wasserman Schultz" in names
    assert _speakers_by_cue(analysis.text)["vowed"].canonical_name == "Bernie Sanders"


def test_a_family_name_with_an_honorific_of_the_other_gender_is_another_person():
    analysis = presslens.analyze(
        "President Obama spoke on Saturday. Mr. Obama said the election mattered.\n\nThe campaign plans to "
        "employ Mr. Obama and the first lady, Michelle Obama, in Florida.\n\n\"It is personal,\" Mr. Obama said."
    )
    said = [analysis.speaker(a.speaker_id).canonical_name for a in analysis.attributions if a.cue.text == "said"]
    assert said == ["Obama", "Obama"]
    assert any(s.canonical_name == "Michelle Obama" for s in analysis.speakers)


def test_a_headline_word_after_a_surname_is_no_part_of_the_name():
    analysis = presslens.analyze("Clinton Plan for Taxes Is Expansive but Complex.\n\nHillary Clinton has come up with one.")
    assert [s.canonical_name for s in analysis.speakers if s.kind.value == "person"] == ["Hillary Clinton"]


def test_a_holiday_named_for_someone_is_no_person():
    analysis = presslens.analyze(
        "Michael Bloomberg turned 74 on Valentine's Day. This would be his last shot at an office he has wanted."
    )
    assert not any(s.canonical_name == "Valentine" for s in analysis.speakers)
    assert _holder_of_mention(analysis, analysis.text.index("he has")).canonical_name == "Michael Bloomberg"


def test_a_persons_whole_name_tagged_as_an_organisation_elsewhere_is_still_that_person():
    analysis = presslens.analyze(
        "North Carolina RNC member Ada Fisher was in Cleveland.\n\nHelen Aguirre Ferre said Latino voters are "
        "receptive.\n\nAnd North Carolina\u2019s Ada Fisher, one of only a handful of African-American RNC "
        "members, said Trump will exceed expectations. \u201cI think Trump will do quite fine,\u201d she said."
    )
    fishers = [s for s in analysis.speakers if s.canonical_name == "Ada Fisher"]
    assert len(fishers) == 1 and fishers[0].kind.value == "person"


def test_a_definite_description_whose_head_names_no_person_is_a_thing():
    speakers = _speakers_by_cue(
        "\u201cWhy would you try to cozy up to George W. Bush?\u201d Allan Lichtman said.\n\n"
        "The latest average of national polls shows her lead at eight points."
    )
    assert speakers["shows"].kind.value == "thing"


@pytest.mark.parametrize("text, no_one_cue, kind, cue, speaker", [
    pytest.param("Justice Ruth Bader Ginsburg said last week that she did not want to think about it.\n\n"
                 "It is highly unusual for a sitting justice to say publicly that a candidate is unfit.\n\n"
                 "\u201cHe has no consistency about him,\u201d she said.", "to say publicly", "generic", "said",
                 "Ruth Bader Ginsburg", id="an indefinite subject of a for clause is anyone"),
    pytest.param("Joe Biden spoke in Scranton on Monday.\n\nA glimpse at the campaign suggests that voters are "
                 "tired.\n\nHe said the race was close.", "suggests", "thing", "said", "Joe Biden",
                 id="a description that names no person is a thing"),
])
def test_a_source_that_is_no_one_is_not_who_a_later_pronoun_continues(text, no_one_cue, kind, cue, speaker):
    speakers = _speakers_by_cue(text)
    assert speakers[no_one_cue].kind.value == kind
    assert speakers[cue].canonical_name == speaker
