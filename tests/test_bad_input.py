"""Bad input gets a clear message and a non-zero exit, or a valid empty analysis; never a traceback."""

import json

import pytest
from typer.testing import CliRunner

from presslens.cli import app

runner = CliRunner()


def _run(tmp_path, name, data, *args):
    path = tmp_path / name
    path.write_bytes(data)
    return runner.invoke(app, ["analyze", str(path), *args])


def _assert_clear_error(result, words):
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert words in result.output


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  "])
def test_empty_or_whitespace(tmp_path, data):
    _assert_clear_error(_run(tmp_path, "empty.txt", data), "empty")


def test_binary(tmp_path):
    _assert_clear_error(_run(tmp_path, "x.txt", bytes(range(256)) * 20), "binary")


def test_missing_file(tmp_path):
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    _assert_clear_error(result, "cannot read")


def test_non_utf8_text_is_analysed(tmp_path):
    text = "Le ministre Andr\u00e9 Dupont said the reform would pass."
    result = _run(tmp_path, "fr.txt", text.encode("cp1252"), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "Andr\u00e9 Dupont" in json.loads(result.output)["text"]


def test_five_megabyte_article(tmp_path):
    data = ("The official said the plan would work. " * 130_000).encode()
    assert len(data) > 5_000_000
    _assert_clear_error(_run(tmp_path, "huge.txt", data), "limit")


def test_html_without_article_body(tmp_path):
    html = b"<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>"
    _assert_clear_error(_run(tmp_path, "empty.html", html), "no article body")


def test_malformed_html(tmp_path):
    html = b"<html><body><p>The senator said <b>the vote <i>would pass</p></div></span>" * 10
    result = _run(tmp_path, "bad.html", html, "--format", "json")
    assert result.exit_code in (0, 2)
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "text",
    [
        'He said "this never ends.\nThe minister said: "We will win.',
        "\u201cOpen quote and nothing else\n\u201d\u201d\u201c stray marks \u2019\u2018",
        '"""""',
    ],
)
def test_odd_quotation_marks_give_a_valid_analysis(tmp_path, text):
    result = _run(tmp_path, "odd.txt", text.encode(), "--format", "json")
    assert result.exit_code == 0, result.output
    analysis = json.loads(result.output)
    for attribution in analysis["attributions"]:
        span = attribution["content"]
        assert analysis["text"][span["start"] : span["end"]] == span["text"]


def test_invalid_jsonl(tmp_path):
    _assert_clear_error(_run(tmp_path, "x.jsonl", b'{"text": "a"}\n{broken'), "invalid JSON")


def test_stdin(tmp_path):
    result = runner.invoke(app, ["analyze", "-", "--format", "json"], input="The mayor said the bridge would reopen.")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["attributions"][0]["cue"]["text"] == "said"
