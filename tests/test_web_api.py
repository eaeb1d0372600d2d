"""The JSON API and the HTML pages over a store built from the samples."""

import pytest

from conftest import SAMPLES

pytest.importorskip("fastapi")
pytest.importorskip("httpx")


@pytest.fixture(scope="module")
def client(tmp_path_factory, pipeline):
    from fastapi.testclient import TestClient

    from veille import api
    from veille.web.app import create_app

    db = tmp_path_factory.mktemp("web") / "veille.db"
    store = api.open_store(str(db))
    assert api.ingest([SAMPLES], store).ok
    store.close()
    return TestClient(create_app(str(db)))


def test_api_search(client):
    data = client.get("/api/search", params={"q": "frontiere"}).json()
    assert data["ok"] is True and data["hits"]
    assert "[" in data["hits"][0]["snippet"]


def test_api_document_and_not_found_shape(client):
    hit = client.get("/api/search", params={"q": "frontiere"}).json()["hits"][0]
    doc = client.get(f"/api/documents/{hit['id']}").json()["document"]
    assert doc["id"] == hit["id"] and "entities" in doc
    missing = client.get("/api/documents/not-a-document")
    assert missing.status_code == 404
    body = missing.json()
    assert set(body) == {"ok", "error", "errors", "status"} and body["ok"] is False and body["status"] == 404


def test_api_entities_stats_quotes_timeline(client):
    assert client.get("/api/entities", params={"type": "PER"}).json()["entities"]
    assert client.get("/api/stats").json()["stats"]["documents"] >= 5
    assert client.get("/api/quotes").json()["ok"]
    assert client.get("/api/timeline").json()["ok"]


def test_html_pages_render(client):
    for path in ("/", "/?q=frontiere", "/entities", "/quotes", "/timeline"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert "veille" in r.text
    hit = client.get("/api/search", params={"q": "frontiere"}).json()["hits"][0]
    page = client.get(f"/documents/{hit['id']}")
    assert page.status_code == 200 and 'class="ent' in page.text
    assert "<mark>" in client.get("/?q=frontiere").text
