"""The web app: API contract, limits, clear 4xx errors, security headers, inert pages."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from safety import PAYLOADS, assert_inert

from presslens.web.app import ServerSettings, create_app

LIMIT = 200_000


@pytest.fixture(scope="module")
def client(nlp):
    with TestClient(create_app(ServerSettings(max_body_bytes=LIMIT, max_chars=50_000))) as client:
        yield client


def test_health(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok" and response.json()["schema_version"]


def test_analyze_returns_the_analysis_document(client):
    response = client.post("/api/analyze", json={
        "text": '"We will not resign," the minister told the BBC.', "metadata": {"title": "T"}})
    assert response.status_code == 200
    document = response.json()
    assert document["metadata"]["title"] == "T"
    [attribution] = document["attributions"]
    assert attribution["type"] == "direct" and attribution["cue"]["text"] == "told"


def test_analyze_html_page_keeps_page_metadata(client):
    page = ("<html><head><title>Budget row</title></head><body><article><p>"
            "The mayor said the budget was balanced, according to officials.</p></article></body></html>")
    response = client.post("/api/analyze", json={"text": page, "format": "html"})
    assert response.status_code == 200
    assert response.json()["metadata"]["input_format"] == "html"
    assert response.json()["attributions"]


def test_openapi_document_is_served(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert set(paths) == {"/api/health", "/api/analyze"}


@pytest.mark.parametrize("body, status", [
    ({"text": "<html><body><nav>menu</nav></body></html>", "format": "html"}, 400),
    ({"text": 42}, 422),
    ({"txt": "x"}, 422),
    ({"text": "x", "format": "pdf"}, 422),
    ({"text": "a" * 60_000}, 400),
])
def test_bad_requests_get_a_clear_4xx(client, body, status):
    response = client.post("/api/analyze", json=body)
    assert response.status_code == status
    assert response.json()["detail"]


def test_empty_text_is_a_valid_empty_analysis(client):
    response = client.post("/api/analyze", json={"text": "   "})
    assert response.status_code == 200 and response.json()["attributions"] == []


def test_unpaired_surrogates_are_refused(client):
    response = client.post("/api/analyze", content=b'{"text": "\\ud800 said"}',
                           headers={"content-type": "application/json"})
    assert response.status_code == 422


def test_oversized_requests_get_413(client):
    response = client.post("/api/analyze", json={"text": "a" * (LIMIT + 10)})
    assert response.status_code == 413 and "limit" in response.json()["detail"]

    def chunks():  # no Content-Length: the limit must still hold
        for _ in range(LIMIT // 1000 + 5):
            yield b"a" * 1000

    response = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_security_headers_on_every_response(client):
    for response in (client.get("/"), client.get("/api/health"), client.get("/missing")):
        assert "default-src 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_form_page_and_example(client):
    assert_inert(client.get("/").text)
    page = client.get("/example")
    assert page.status_code == 200
    tree = assert_inert(page.text)
    assert "Alp Sevimlisoy" in [h.text_content() for h in tree.xpath("//aside//h3")]


def test_form_accepts_text_and_files(client):
    pasted = client.post("/", data={"text": 'The senator said: "We will vote no."'})
    assert pasted.status_code == 200 and assert_inert(pasted.text).xpath("//mark[@data-speaker]")
    page = b"<html><body><article><p>The mayor said the budget was balanced.</p></article></body></html>"
    uploaded = client.post("/", files={"file": ("page.html", page, "text/html")})
    assert uploaded.status_code == 200 and "The mayor" in uploaded.text


@pytest.mark.parametrize("upload", [b"", b"\x00\x01\x02\xff" * 100, b"<html><body></body></html>"])
def test_form_bad_input_shows_the_form_with_a_message(client, upload):
    response = client.post("/", files={"file": ("x.html", upload, "text/html")})
    assert response.status_code == 400
    tree = assert_inert(response.text)
    assert tree.xpath("//p[@role='alert']")[0].text_content().startswith("Cannot analyse")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_injected_text_is_inert_in_the_app(client, payload):
    response = client.post("/", data={"text": f'She said: "{payload}" {payload}'})
    assert response.status_code == 200
    tree = assert_inert(response.text)
    assert tree.xpath("//textarea")[0].text is None or payload not in tree.xpath("//textarea")[0].text
