import json

import pytest

from presslens.errors import InputError
from presslens.ingest import load_bytes
from presslens.ingest.normalize import normalise


def test_normalise_keeps_map_to_original():
    raw = "He said ``yes''\r\nand\u00a0left\u200b."
    result = normalise(raw)
    assert result.text == "He said \u201cyes\u201d\nand left."
    for index, char in enumerate(result.text):
        original = raw[result.to_original(index)]
        assert original == char or (char, original) in {("\u201c", "`"), ("\u201d", "'"), ("\n", "\r"), (" ", "\u00a0")}
    assert raw[result.to_original(result.text.index("left")) :].startswith("left")


def test_span_ending_on_a_two_character_quote_at_the_end_keeps_both_marks():
    raw = "He said ''we won.''"
    result = normalise(raw)
    start = result.text.index("\u201c")
    assert raw[result.to_original(start) : result.to_original(len(result.text))] == "''we won.''"


def test_mojibake_is_repaired_and_mapped_back_to_the_characters_it_replaces():
    raw = "\u00e2\u20ac\u0153We are honest people,\u00e2\u20ac\u009d Pe\u00c3\u00b1a Nieto said in Canc\u00c3\u00ban."
    result = normalise(raw)
    assert result.text == "\u201cWe are honest people,\u201d Pe\u00f1a Nieto said in Canc\u00fan."
    name = result.text.index("Pe\u00f1a")
    assert raw[result.to_original(name) : result.to_original(name + len("Pe\u00f1a Nieto"))] == "Pe\u00c3\u00b1a Nieto"
    assert raw[result.to_original(0) : result.to_original(1)] == "\u00e2\u20ac\u0153"


def test_honest_accents_and_other_scripts_are_no_mojibake():
    for text in ("Se\u00f1or Fran\u00e7ois Hollande a d\u00e9clar\u00e9", "\u00c2ge et \u00e2me", "\u041c\u043e\u0441\u043a\u0432\u0430 \u00a9 2016"):
        assert normalise(text).text == text.replace("\u00a0", " ")


def test_a_long_run_without_a_space_is_no_word_to_repair():
    blob = "x" * 500 + "\u00c3\u00b1"
    assert normalise(blob).text == blob


def test_plain_text_utf8_and_latin1():
    text = "Caf\u00e9 owner Zo\u00eb Smith said the prices would rise."
    assert load_bytes(text.encode("utf-8"))[0].text == text
    latin = load_bytes(text.encode("latin-1"))[0]
    assert latin.text == text
    assert latin.metadata.encoding and latin.metadata.encoding != "utf-8"


def test_html_main_text_and_metadata():
    html = (
        "<html><head><title>Budget row</title><meta name='author' content='Jo Bloggs'>"
        "<meta property='og:site_name' content='The Daily Example'></head><body>"
        "<nav>Home | World</nav><article><h1>Budget row deepens</h1>"
        + "<p>The minister said the budget would be balanced by next year, despite the warnings.</p>" * 3
        + "</article><footer>Cookie policy</footer></body></html>"
    )
    article = load_bytes(html.encode(), "page.html")[0]
    assert "minister said the budget" in article.text
    assert "Cookie policy" not in article.text
    assert article.metadata.author == "Jo Bloggs"
    assert article.metadata.input_format.value == "html"


def test_jsonl_records_with_metadata():
    lines = [
        {"text": "The mayor said the bridge would reopen.", "url": "https://a.example/1", "outlet": "A"},
        {"content": "Officials said nothing.", "title": "Second"},
    ]
    data = "\n".join(json.dumps(r) for r in lines).encode()
    articles = load_bytes(data, "records.jsonl")
    assert [a.metadata.site_name for a in articles] == ["A", None]
    assert articles[1].metadata.title == "Second"


def test_json_record_without_text_is_a_clear_error():
    with pytest.raises(InputError, match="no text field"):
        load_bytes(b'{"title": "x"}', "a.json")


def test_doubled_apostrophes_open_and_close_quotes():
    from presslens.ingest.normalize import normalise

    text = normalise("He said: ''We will win,'' she added. ''Yes.'' Rock 'n' roll's fine.").text
    assert text == "He said: \u201cWe will win,\u201d she added. \u201cYes.\u201d Rock 'n' roll's fine."
