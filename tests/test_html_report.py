"""The self-contained HTML report: structure, accessibility hooks and escaping of untrusted text."""

from __future__ import annotations

import pytest
from conftest import ROOT
from safety import PAYLOADS, assert_inert
from typer.testing import CliRunner

import presslens
from presslens.cli import app
from presslens.model import ArticleMetadata
from presslens.report.html import content_security_policy, paragraph_runs, render_report, safe_link
from presslens.report.layers import Highlight, Layer


def _highlight(id_: str, start: int, end: int) -> Highlight:
    return Highlight(id=id_, start=start, end=end, classes="quote", label=id_, details=())


def test_runs_nest_overlapping_highlights_and_cross_paragraphs():
    text = "abcdef\nghij"
    outer = Layer("a", "A", "", [_highlight("x", 1, 9)])
    inner = Layer("b", "B", "", [_highlight("y", 3, 5)])
    paragraphs = paragraph_runs(text, [outer, inner])
    assert ["".join(r.text for r in runs) for runs in paragraphs] == ["abcdef", "ghij"]
    flat = [(r.text, [h.id for h in r.marks], sorted(r.opens)) for runs in paragraphs for r in runs]
    assert flat == [
        ("a", [], []), ("bc", ["x"], ["x"]), ("de", ["x", "y"], ["y"]), ("f", ["x"], []),
        ("gh", ["x"], []), ("ij", [], []),
    ]


def test_seed_report_marks_every_quote_in_its_speakers_colour(seed_analysis):
    tree = assert_inert(render_report(seed_analysis))
    sevimlisoy = next(s for s in seed_analysis.speakers if s.canonical_name == "Alp Sevimlisoy")
    own = [a for a in seed_analysis.attributions if a.speaker_id == sevimlisoy.id]
    marks = tree.xpath(f"//mark[contains(@class,'quote')][@data-speaker='{sevimlisoy.id}'][@id]")
    assert len(marks) == len(own) >= 8
    assert len({m.get("class").split()[2] for m in marks}) == 1  # one colour class
    assert all(m.get("tabindex") == "0" and m.get("aria-describedby") for m in marks)
    card = tree.xpath(f"//section[contains(@class,'card')][@data-speaker='{sevimlisoy.id}']")[0]
    assert card.xpath(".//h3")[0].text_content() == "Alp Sevimlisoy"
    assert card.xpath(".//dd[@class='quote-count']")[0].text == str(len(own))
    assert "millennium fellow" in card.text_content()
    assert len(card.xpath(".//ol[@class='quote-links']/li/a")) == len(own)
    for mark in marks:  # every hover/focus target has its detail rows
        detail = tree.get_element_by_id(mark.get("aria-describedby"))
        assert "Alp Sevimlisoy" in detail.text_content()
    assert tree.xpath("//main") and tree.xpath("//nav[@aria-label='Layers']") and tree.xpath("//aside")
    assert len(tree.xpath("//input[@type='checkbox'][@data-layer]")) == 7
    assert "MailOnline" in tree.xpath("//section[@class='provenance']")[0].text_content()


def test_report_text_is_the_analysed_text(seed_analysis):
    tree = assert_inert(render_report(seed_analysis))
    shown = "\n".join(p.text_content() for p in tree.xpath("//article[@class='text']/p"))
    expected = "\n".join(line for line in seed_analysis.text.split("\n") if line)
    assert shown == expected


def test_report_loads_nothing():
    policy = content_security_policy()
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy


@pytest.mark.parametrize("payload", PAYLOADS)
def test_untrusted_text_and_metadata_stay_text(nlp, payload):
    text = f'The minister said: "{payload}" and {payload} was called a “{payload}”.\n{payload}'
    metadata = ArticleMetadata(title=payload, author=payload, site_name=payload, url=payload,
                               date=payload, source_path=payload)
    analysis = presslens.analyze(text, metadata)
    tree = assert_inert(render_report(analysis))
    assert tree.xpath("//h1")[0].text_content() == payload
    assert payload in tree.xpath("//article")[0].text_content()


def test_only_web_urls_become_links():
    assert safe_link("https://example.org/a") == "https://example.org/a"
    assert safe_link(" JavaScript:alert(1)") is None
    assert safe_link("data:text/html,x") is None


def test_cli_writes_html_report(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["analyze", str(ROOT / "examples" / "seed-article.txt"),
                                      "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert_inert(out.read_text(encoding="utf-8"))


def test_cli_writes_one_report_per_record(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text('{"text": "\\"Yes,\\" she said."}\n{"text": "No, he said."}\n', "utf-8")
    result = CliRunner().invoke(app, ["analyze", str(records), "-f", "html", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.glob("*.html")) == ["article-0001.html", "article-0002.html"]
    refused = CliRunner().invoke(app, ["analyze", str(records), "-f", "html"])
    assert refused.exit_code == 2 and "directory" in refused.output
