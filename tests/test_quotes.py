from presslens.attribution.quotes import find_quotes, top_level


def _texts(text):
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_styles():
    assert _texts("\u201cA,\u201d he said.") == ["\u201cA,\u201d"]
    assert _texts('"A," he said.') == ['"A,"']
    assert _texts("\u00abA\u00bb, dit-il.") == ["\u00abA\u00bb"]
    assert _texts("He said \u2018A\u2019.") == ["\u2018A\u2019"]


def test_apostrophes_are_not_quotes():
    assert _texts("It\u2019s the players\u2019 view and it's Tom's.") == []


def test_nested_quotes():
    text = "\u201cThey say \u2018that\u2019s that\u2019 and go,\u201d she said."
    quotes = find_quotes(text)
    assert [(q.depth, text[q.start : q.end]) for q in quotes] == [
        (0, "\u201cThey say \u2018that\u2019s that\u2019 and go,\u201d"),
        (1, "\u2018that\u2019s that\u2019"),
    ]
    assert len(top_level(quotes)) == 1


def test_multi_paragraph_quote():
    text = "She said: \u201cFirst paragraph.\n\u201cSecond paragraph.\u201d\nNext."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end].endswith("Second paragraph.\u201d")


def test_unclosed_quote_runs_to_paragraph_end():
    text = "He said \u201cno end here\nNew paragraph."
    (quote,) = find_quotes(text)
    assert not quote.closed
    assert text[quote.start : quote.end] == "\u201cno end here"


def test_quote_laid_out_one_sentence_per_line_runs_to_its_closing_mark():
    text = 'Vaz said: "I welcome the ban.\nThis is right.\nHate has no stage here."\nNext line.'
    (quote,) = find_quotes(text)
    assert quote.closed and text[quote.start : quote.end].endswith('no stage here."')


def test_unclosed_line_followed_by_a_new_quotation_stays_unclosed():
    text = 'He said "no end here\nThen she said "yes" and left.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ['"no end here', '"yes"']
    assert not quotes[0].closed


def test_sentence_per_line_quote_continues_into_a_paragraph_opened_with_a_mark():
    text = '"First line.\nSecond line.\n\n"Next paragraph."\nAfter.'
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end].endswith('Next paragraph."')


def test_an_opening_mark_printed_for_a_closing_one_closes_the_quotation():
    text = "Chuck Todd was shocked. \u201cDo you want to be associated with a fascist?\u201c he asked. \u201cNo.\u201d"
    assert _texts(text) == ["\u201cDo you want to be associated with a fascist?\u201c", "\u201cNo.\u201d"]
