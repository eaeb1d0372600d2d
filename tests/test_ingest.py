"""Ingestion of every input format: txt, html, jsonl, warc(.gz), rss/atom, folders.

Static inputs written for these tests live in tests/fixtures/ingest/; WARC archives and
encoded text are built here at test time.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from veille.errors import InvalidInput
from veille.ingest import iter_inputs, make_document, read_text_file
from veille.ingest.dates import to_iso_date
from veille.ingest.extract import html_fragment_to_text, looks_like_html
from veille.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
BODY = (
    "Le conseil régional a présenté mardi un plan de soutien aux agriculteurs touchés par la sécheresse.\n"
    "Le président de la région a promis une aide d'urgence avant la fin du mois."
)


def read_all(*paths, **kwargs) -> tuple[list[Document], list[InvalidInput]]:
    docs, errors = [], []
    for item in iter_inputs(paths, **kwargs):
        (errors if isinstance(item, InvalidInput) else docs).append(item)
    return docs, errors


def warc_record(uri: str, body: bytes, *, content_type: str = "text/html; charset=utf-8",
                status: str = "200 OK", date: str = "2023-05-18T10:00:00Z", record_id: str = "1") -> bytes:
    http = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\nWARC-Date: {date}\r\n"
        f"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def article_html(date_meta: bool = True) -> bytes:
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    if not date_meta:
        html = "\n".join(line for line in html.splitlines() if "published_time" not in line)
        html = html.replace("publié le 5 mars 2024", "")
    return html.encode("utf-8")


# -- txt -----------------------------------------------------------------------------------


def test_txt_first_line_is_title_when_it_looks_like_one(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Sécheresse : la région débloque une aide\n" + BODY, encoding="utf-8")
    doc = read_text_file(path, max_bytes=10_000)
    assert doc.title == "Sécheresse : la région débloque une aide"
    assert doc.raw == BODY and doc.text == doc.raw
    assert doc.source == str(path)
    assert doc.meta["format"] == "txt" and "encoding_note" not in doc.meta


def test_txt_first_sentence_is_not_a_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    doc = read_text_file(path, max_bytes=10_000, published="2023-05-18")
    assert doc.title is None
    assert doc.raw.startswith("Le conseil régional")
    assert doc.published == "2023-05-18"


@pytest.mark.parametrize("encoding, expected", [("cp1252", "cp1252"), ("latin-1", "latin-1")])
def test_txt_legacy_encoding_is_decoded_and_said(tmp_path, encoding, expected):
    text = "L'été dernier, le maire a reçu les élus à Noël.\nDeuxième paragraphe, très court."
    if encoding == "cp1252":
        text += " Coût : 50 € « environ »…"
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_text_file(path, max_bytes=10_000)
    assert doc.raw == text
    assert doc.meta["encoding_note"].startswith(f"decoded as {expected}")


def test_txt_cyrillic_cp1251_is_detected_not_read_as_cp1252(tmp_path):
    text = "Министр заявил, что переговоры продолжатся на следующей неделе в Москве."
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    doc = read_text_file(path, max_bytes=10_000)
    assert doc.raw == text
    assert "cp1251" in doc.meta["encoding_note"]


def test_txt_utf8_bom_and_utf16_bom(tmp_path):
    (tmp_path / "bom8.txt").write_bytes(b"\xef\xbb\xbf" + BODY.encode("utf-8"))
    (tmp_path / "bom16.txt").write_bytes(BODY.encode("utf-16"))
    doc8 = read_text_file(tmp_path / "bom8.txt", max_bytes=10_000)
    doc16 = read_text_file(tmp_path / "bom16.txt", max_bytes=10_000)
    assert doc8.raw == BODY and "encoding_note" not in doc8.meta
    assert doc16.raw == BODY and doc16.meta["encoding_note"].startswith("decoded as utf-16")


def test_same_content_same_id_whatever_the_file(tmp_path):
    (tmp_path / "one.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "copy.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "other.txt").write_text(BODY + " Une phrase de plus.", encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert not errors
    by_name = {Path(d.source).name: d for d in docs}
    assert by_name["one.txt"].id == by_name["copy.txt"].id
    assert by_name["one.txt"].content_hash == by_name["copy.txt"].content_hash
    assert by_name["other.txt"].id != by_name["one.txt"].id
    again, _ = read_all(tmp_path)
    assert [d.id for d in again] == [d.id for d in docs]


def test_make_document_keeps_a_given_id_and_hashes_title_and_text():
    given = make_document("Texte.", source="x", id="abc")
    assert given.id == "abc"
    assert make_document("Texte.", source="x", title="A").id != make_document("Texte.", source="x", title="B").id
    assert make_document("Texte.", source="a").id == make_document("Texte.", source="b").id


# -- html ----------------------------------------------------------------------------------


def test_html_article_text_title_date_url():
    docs, errors = read_all(FIXTURES / "article.html")
    assert not errors and len(docs) == 1
    doc = docs[0]
    assert doc.title == "Le conseil municipal de Vernelles vote le budget des écoles"
    assert doc.published == "2024-03-05"
    assert doc.url == "https://journal-exemple.fr/local/vernelles-budget-ecoles"
    assert "adopté à une large majorité" in doc.raw
    assert "Les travaux doivent commencer" in doc.raw
    # Paragraphs stay separate lines, in order.
    lines = doc.raw.split("\n")
    assert len(lines) >= 4
    assert lines.index(next(l for l in lines if l.startswith("« Nous avons"))) > 0
    # Page furniture is not article text, and the title is not repeated in the body.
    for furniture in ("Accueil", "Mentions légales", "Accepter les cookies", "nouveau gymnase", "Tous droits"):
        assert furniture not in doc.raw
    assert not doc.raw.startswith(doc.title)
    assert doc.meta["format"] == "html" and doc.meta["published_from"] == "page"


def test_html_date_given_by_hand_wins(tmp_path):
    docs, _ = read_all(FIXTURES / "article.html", published="2024-03-06")
    assert docs[0].published == "2024-03-06"
    assert docs[0].meta["published_from"] == "given"


@pytest.mark.parametrize("declaration", ["", '<meta charset="iso-8859-1">'])
def test_html_in_cp1252_is_decoded_like_a_browser_would(tmp_path, declaration):
    paragraph = "<p>L'été dernier, le président a déclaré à Noël que l'économie irait mieux : 50 € de plus.</p>"
    html = f"<html><head>{declaration}<title>Économie</title></head><body><article>{paragraph * 4}</article></body></html>"
    path = tmp_path / "old.html"
    path.write_bytes(html.encode("cp1252"))
    doc = read_all(path)[0][0]
    assert doc.title == "Économie"
    assert "a déclaré à Noël" in doc.raw and "50 €" in doc.raw
    # A guess is said; a charset the page declares is not a problem worth a note.
    assert ("encoding_note" in doc.meta) == (declaration == "")


def test_html_without_suffix_is_sniffed(tmp_path):
    path = tmp_path / "page"
    path.write_bytes(article_html())
    docs, errors = read_all(path)
    assert not errors and docs[0].meta["format"] == "html"


def test_looks_like_html():
    assert looks_like_html(b"<!DOCTYPE html><html><body>")
    assert looks_like_html("  <!-- x --><html>")
    assert not looks_like_html("Le <b>texte</b> brut.")


def test_html_fragment_to_text_keeps_blocks_drops_scripts():
    text = html_fragment_to_text("<p>Un &amp; deux.</p><p>Trois<br>quatre <b>gras</b></p><script>alert(1)</script>fin")
    assert text == "Un & deux.\nTrois\nquatre gras\nfin"


# -- jsonl ---------------------------------------------------------------------------------


def test_jsonl_records_and_a_bad_line_in_the_middle(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "dep-1", "text": BODY, "title": "Sécheresse", "published": "2023-05-18",
                    "url": "https://ex.fr/1", "lang": "fr", "source": "agence"}),
        '{"id": "dep-2", "text": "coupé',
        "",
        json.dumps({"html": article_html().decode("utf-8"), "url": "https://ex.fr/2"}),
        json.dumps({"text": "Titre sans point\n" + BODY, "published": "lun., 03 nov. 2025 10:00:00 +0100"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = read_all(path)
    assert len(docs) == 3 and len(errors) == 1
    assert str(errors[0]).startswith(f"[V001] {path}:2: malformed JSON")
    first, from_html, untitled = docs
    assert (first.id, first.title, first.published, first.url, first.lang, first.source) == (
        "dep-1", "Sécheresse", "2023-05-18", "https://ex.fr/1", "fr", "agence")
    assert first.raw == BODY
    assert from_html.url == "https://ex.fr/2" and from_html.published == "2024-03-05"
    assert from_html.source == f"{path}:4" and "large majorité" in from_html.raw
    assert untitled.title == "Titre sans point" and untitled.published == "2025-11-03"


def test_jsonl_record_problems_name_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        "\n".join([
            json.dumps([1, 2]),
            json.dumps({"title": "rien"}),
            json.dumps({"text": BODY, "published": "bientôt"}),
            json.dumps({"text": BODY, "title": 12}),
            json.dumps({"html": "<html><body><nav>Menu</nav></body></html>"}),
        ]) + "\n",
        encoding="utf-8",
    )
    _, errors = read_all(path)
    messages = [str(e) for e in errors]
    assert messages == [
        f"[V001] {path}:1: expected a JSON object, got list",
        f"[V001] {path}:2: no 'text' or 'html' field with content",
        f"[V001] {path}:3: 'published' is not a date: 'bientôt'",
        f"[V001] {path}:4: 'title' must be a string, got int",
        f"[V001] {path}:5: no article text found in the HTML",
    ]


def test_jsonl_cap_applies_per_line(tmp_path):
    path = tmp_path / "big.jsonl"
    small = json.dumps({"text": BODY})
    big = json.dumps({"text": "mot " * 5000})
    path.write_text(f"{big}\n{small}\n", encoding="utf-8")
    docs, errors = read_all(path, max_bytes=2_000)
    assert len(docs) == 1 and docs[0].raw == BODY
    assert str(errors[0]) == f"[V001] {path}:1: line is over the 2000-byte cap (--max-bytes)"


# -- warc ----------------------------------------------------------------------------------


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_html_responses_become_documents(tmp_path, compressed):
    records = [
        warc_record("https://ex.fr/article", article_html(date_meta=False), record_id="a"),
        warc_record("https://ex.fr/logo.png", b"\x89PNG\r\n", content_type="image/png", record_id="b"),
        warc_record("https://ex.fr/old", b"<html></html>", status="301 Moved Permanently", record_id="c"),
        warc_record("https://ex.fr/dated", article_html(date_meta=True), record_id="d"),
    ]
    if compressed:
        path = tmp_path / "crawl.warc.gz"
        path.write_bytes(b"".join(gzip.compress(r) for r in records))
    else:
        path = tmp_path / "crawl.warc"
        path.write_bytes(b"".join(records))
    docs, errors = read_all(path)
    assert not errors
    assert [d.url for d in docs] == ["https://ex.fr/article", "https://ex.fr/dated"]
    undated, dated = docs
    assert undated.source == f"{path}#https://ex.fr/article"
    assert undated.published == "2023-05-18" and undated.meta["published_from"] == "crawl-date"
    assert dated.published == "2024-03-05"
    assert "large majorité" in undated.raw
    # Same article, same content: same id, whichever record it came from.
    assert undated.id == dated.id


def test_warc_gzip_encoded_payload_is_decoded(tmp_path):
    body = gzip.compress(article_html())
    record = warc_record("https://ex.fr/gz", body, content_type="text/html; charset=utf-8")
    record = record.replace(b"Content-Type: text/html", b"Content-Encoding: gzip\r\nContent-Type: text/html")
    # The WARC Content-Length counts the added header line.
    extra = len(b"Content-Encoding: gzip\r\n")
    head, _, rest = record.partition(b"Content-Length: ")
    length, _, tail = rest.partition(b"\r\n")
    record = head + b"Content-Length: " + str(int(length) + extra).encode() + b"\r\n" + tail
    path = tmp_path / "gz.warc"
    path.write_bytes(record)
    docs, errors = read_all(path)
    assert not errors and "large majorité" in docs[0].raw


def test_warc_record_without_article_and_archive_without_html(tmp_path):
    path = tmp_path / "menu.warc.gz"
    path.write_bytes(gzip.compress(warc_record("https://ex.fr/", b"<html><body><nav>Accueil</nav></body></html>")))
    _, errors = read_all(path)
    assert [str(e) for e in errors] == [f"[V001] {path}#https://ex.fr/: no article text found in the HTML"]
    images = tmp_path / "images.warc.gz"
    images.write_bytes(gzip.compress(warc_record("https://ex.fr/a.png", b"\x89PNG", content_type="image/png")))
    _, errors = read_all(images)
    assert [str(e) for e in errors] == [f"[V001] {images}: no HTML pages among its 1 response records"]


# -- feeds ---------------------------------------------------------------------------------


def test_rss_entries_french_dates_and_an_empty_entry():
    path = FIXTURES / "feed.rss"
    docs, errors = read_all(path)
    assert [d.title for d in docs] == [
        "Les pompiers de Sauvigny inaugurent leur nouvelle caserne",
        "Marché de Noël : les exposants tirent un bilan mitigé",
    ]
    first, second = docs
    assert first.published == "2025-11-03"  # feedparser leaves this French date unparsed
    assert first.meta["feed_field"] == "content" and "dix-huit mois" in first.raw
    assert first.url == "https://journal-exemple.fr/local/sauvigny-caserne" and first.lang == "fr"
    assert first.source == f"{path}#1"
    # The publisher's own calendar day, not shifted to UTC.
    assert second.published == "2025-12-29"
    assert second.raw == "Les exposants du marché de Noël de Vernelles regrettent une fréquentation en baisse.\nLa mairie promet une nouvelle formule."
    assert [str(e) for e in errors] == [f"[V001] {path}#3: entry has no content or summary"]


def test_atom_entry():
    docs, errors = read_all(FIXTURES / "feed.atom")
    assert not errors and len(docs) == 1
    doc = docs[0]
    assert doc.published == "2025-02-09"
    assert doc.url == "https://blog-exemple.fr/2025/02/bibliotheque"
    assert doc.raw == "La bibliothèque Jeanne-Barret de Vernelles a rouvert samedi.\nLes lecteurs découvrent une salle agrandie."


def test_xml_file_that_is_not_a_feed(tmp_path):
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><catalogue><livre>Un</livre></catalogue>", encoding="utf-8")
    _, errors = read_all(path)
    assert len(errors) == 1 and str(errors[0]).startswith(f"[V001] {path}: ")
    assert "feed" in str(errors[0])


# -- folders -------------------------------------------------------------------------------


def test_folder_is_walked_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b" / "deep" / "c.htm").write_bytes(article_html())
    (tmp_path / "b" / "d.jsonl").write_text(json.dumps({"text": BODY + " Autre."}) + "\n", encoding="utf-8")
    (tmp_path / "b" / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".cache" / "e.txt").write_text(BODY + " Caché.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY + " Caché aussi.", encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert not errors
    # A folder's files in name order, then its subfolders in name order.
    assert [Path(d.source.split(":")[0]).name for d in docs] == ["a.txt", "d.jsonl", "c.htm"]


def test_a_single_path_is_not_iterated_character_by_character(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    assert [d.source for d in iter_inputs(str(path))] == [str(path)]
    assert [d.source for d in iter_inputs(path)] == [str(path)]


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, expected",
    [
        ("lun., 03 nov. 2025 10:00:00 +0100", "2025-11-03"),
        ("jeu., 29 févr. 2024 08:00:00 GMT", "2024-02-29"),
        ("Mon, 03 Nov 2025 00:30:00 +0100", "2025-11-03"),
        ("2025-11-03T23:30:00-05:00", "2025-11-03"),
        ("1er janvier 2024", "2024-01-01"),
        ("mardi 12 août 2025", "2025-08-12"),
        ("31/12/2023", "2023-12-31"),
        ("20231105", "2023-11-05"),
        ("2023-02-30", None),
        ("hier", None),
        ("", None),
        (None, None),
    ],
)
def test_to_iso_date(value, expected):
    assert to_iso_date(value) == expected
