"""Checks that a rendered page is inert: untrusted text never became markup or a request."""

from __future__ import annotations

from pathlib import Path

import lxml.html

PAYLOADS = [
    line for line in (Path(__file__).parent / "fixtures" / "injection-payloads.txt")
    .read_text(encoding="utf-8").splitlines() if line.strip()
]
_FORBIDDEN_TAGS = {"img", "iframe", "svg", "object", "embed", "base", "link", "math", "frame"}


def assert_inert(page: str) -> lxml.html.HtmlElement:
    """One script (ours), one style (ours), no handlers, no loads, links only in-page or http(s)."""
    from presslens.report.html import asset

    tree = lxml.html.document_fromstring(page)
    scripts = tree.xpath("//script")
    assert len(scripts) == 1 and scripts[0].text == asset("report.js")
    styles = tree.xpath("//style")
    assert len(styles) == 1 and styles[0].text == asset("report.css")
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag not in _FORBIDDEN_TAGS, element.tag
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            assert name not in {"style", "src", "srcdoc", "formaction"}, (element.tag, name)
            if name == "href":
                assert value.startswith(("#", "/", "http://", "https://")), value
    metas = tree.xpath("//meta[@http-equiv]")
    assert [m.get("http-equiv") for m in metas] == ["Content-Security-Policy"]
    return tree
