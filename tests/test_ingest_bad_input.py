"""Bad and hostile input: each problem is one clear line naming the file; nothing raises.

Hostile inputs are built here at test time (deep nesting, a 200 kB line, control and bidi
characters, thousands of quote marks) and go through the readers and the full pipeline.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from veille.errors import InvalidInput
from veille.ingest import iter_inputs
from veille.model import Document

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SENTENCE = "Le ministre a rencontré les représentants des syndicats à Lyon mardi matin. "
PARAGRAPHS = "".join(f"<p>{SENTENCE * 3}</p>" for _ in range(4))
# Bidi overrides and isolates, zero-width characters, C0 controls and an ANSI escape.
INVISIBLE = "\u202e\u2066\u2069\u200b\u200f\x00\x07\x1b[31m\x0c"


def read_all(*paths, **kwargs) -> tuple[list[Document], list[InvalidInput]]:
    docs, errors = [], []
    for item in iter_inputs(paths, **kwargs):
        (errors if isinstance(item, InvalidInput) else docs).append(item)
    return docs, errors


def only_error(path: Path, **kwargs) -> str:
    docs, errors = read_all(path, **kwargs)
    assert not docs and len(errors) == 1, (docs, errors)
    message = str(errors[0])
    assert "\n" not in message and message.startswith(f"[V001] {path}")
    return message


def nested_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + PARAGRAPHS + "</div>" * depth + "</body></html>"


# -- each problem, one line ----------------------------------------------------------------


def test_missing_path(tmp_path):
    assert only_error(tmp_path / "absent.txt") == f"[V001] {tmp_path / 'absent.txt'}: no such file or directory"


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.rss", "empty.jsonl"])
def test_empty_files(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    assert "empty file" in only_error(path)


def test_whitespace_only_text(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t \n", encoding="utf-8")
    assert "empty file" in only_error(path)


@pytest.mark.parametrize("name", ["photo.txt", "photo.html", "photo.jsonl", "photo.rss", "photo"])
def test_binary_files(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert "binary file" in only_error(path)


@pytest.mark.parametrize("name", ["big.txt", "big.html", "big.rss"])
def test_file_over_the_size_cap(tmp_path, name):
    path = tmp_path / name
    path.write_text(SENTENCE * 100, encoding="utf-8")
    size = path.stat().st_size
    message = only_error(path, max_bytes=1_000)
    assert message == f"[V001] {path}: file is {size} bytes, over the 1000-byte cap (--max-bytes)"


def test_html_with_no_article(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>Accueil</title></head><body><nav><a href='/'>Accueil</a> <a href='/c'>Contact</a>"
        "</nav><footer>© 2024</footer></body></html>",
        encoding="utf-8",
    )
    assert only_error(path) == f"[V001] {path}: no article text found in the HTML"


def test_malformed_feed(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><item><title>Ouvert", encoding="utf-8")
    assert "not a valid RSS/Atom feed" in only_error(path)


def test_truncated_and_garbage_warc(tmp_path):
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://ex.fr/\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"
    )
    truncated = tmp_path / "cut.warc.gz"
    truncated.write_bytes(gzip.compress(record)[:40])
    garbage = tmp_path / "garbage.warc"
    garbage.write_text("ceci n'est pas une archive WARC\n" * 20, encoding="utf-8")
    for path in (truncated, garbage):
        message = only_error(path)
        assert "WARC" in message


def test_jsonl_nested_thousands_deep_and_binary_line(tmp_path):
    path = tmp_path / "deep.jsonl"
    good = json.dumps({"text": SENTENCE * 2})
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + good + "\n", encoding="utf-8")
    docs, errors = read_all(path)
    assert len(docs) == 1
    assert len(errors) == 1 and str(errors[0]).startswith(f"[V001] {path}:1: ")


def test_jsonl_line_not_utf8(tmp_path):
    path = tmp_path / "latin.jsonl"
    path.write_bytes('{"text": "L\'été à Noël, très bien."}\n'.encode("cp1252") + json.dumps({"text": SENTENCE}).encode() + b"\n")
    docs, errors = read_all(path)
    assert len(docs) == 1
    assert str(errors[0]).startswith(f"[V001] {path}:1: not UTF-8")


def test_a_batch_with_every_problem_still_reads_the_good_files(tmp_path):
    (tmp_path / "good.txt").write_text(SENTENCE * 3, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "deep.html").write_text(nested_html(5_000), encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text("{oops\n" + json.dumps({"text": SENTENCE + "Autre."}) + "\n", encoding="utf-8")
    (tmp_path / "huge.txt").write_text(SENTENCE * 50, encoding="utf-8")
    docs, errors = read_all(tmp_path, tmp_path / "missing", max_bytes=2_000)
    assert sorted(Path(d.source.split(":")[0]).name for d in docs) == ["good.txt", "lines.jsonl"]
    assert len(errors) == 6
    for error in errors:
        assert "\n" not in str(error) and str(tmp_path) in str(error)


# -- hostile input: readers ----------------------------------------------------------------


@pytest.mark.parametrize("depth", [300, 5_000, 50_000])
def test_html_nested_thousands_deep_is_refused_cleanly(tmp_path, depth):
    path = tmp_path / "deep.html"
    path.write_text(nested_html(depth), encoding="utf-8")
    assert only_error(path) == f"[V001] {path}: HTML nested deeper than 255 levels: no article text found"


def test_html_nested_within_the_parser_limit_is_read(tmp_path):
    path = tmp_path / "nested.html"
    path.write_text(nested_html(100), encoding="utf-8")
    docs, errors = read_all(path)
    assert not errors and "représentants des syndicats" in docs[0].raw


def test_200kb_single_line_text_and_html(tmp_path):
    line = SENTENCE * (200_000 // len(SENTENCE))
    (tmp_path / "line.txt").write_text(line, encoding="utf-8")
    (tmp_path / "line.html").write_text(f"<html><body><article><p>{line}</p></article></body></html>", encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert not errors and len(docs) == 2
    for doc in docs:
        assert len(doc.raw) > 190_000 and "\n" not in doc.raw.strip()


def test_control_and_bidi_characters_are_read_as_text(tmp_path):
    path = tmp_path / "tricks.txt"
    path.write_text((SENTENCE + INVISIBLE) * 5, encoding="utf-8")
    docs, errors = read_all(path)
    assert not errors
    assert "\u202e" in docs[0].raw  # the reader keeps them; the clean stage removes them


# -- hostile input: the full pipeline -------------------------------------------------------


def test_pipeline_on_a_200kb_single_line(analyze):
    doc = analyze(SENTENCE * (200_000 // len(SENTENCE)), published="2024-03-05")
    assert len(doc.text) > 190_000
    assert len(doc.sentences) > 100
    assert all(0 <= s.start < s.end <= len(doc.text) for s in doc.sentences)


def test_pipeline_strips_control_and_bidi_characters(analyze):
    doc = analyze((f"Le maire{INVISIBLE} de Lyon a déclaré{INVISIBLE} qu'il viendrait. ") * 20, published="2024-03-05")
    for char in INVISIBLE.replace("[31m", ""):
        assert char not in doc.text
    for ent in doc.entities:
        for m in ent.mentions:
            assert doc.text[m.start : m.end].strip()


@pytest.mark.parametrize(
    "text",
    [
        "Il a dit « " * 3_000 + "fin.",
        '"' * 5_000,
        "« » “ ” \" ' " * 2_000 + "Le maire a déclaré : « Nous allons agir. »",
        "» Le ministre a affirmé « " * 1_000,
    ],
    ids=["unbalanced-guillemets", "only-quote-marks", "every-kind-of-mark", "reversed-guillemets"],
)
def test_pipeline_on_thousands_of_quote_marks(analyze, text):
    doc = analyze(text, published="2024-03-05")
    for quote in doc.quotes:
        assert 0 <= quote.start < quote.end <= len(doc.text)


def test_pipeline_on_hostile_files_after_ingestion(tmp_path, analyze):
    (tmp_path / "tricks.txt").write_text((SENTENCE + INVISIBLE) * 5, encoding="utf-8")
    (tmp_path / "deep.html").write_text(nested_html(5_000), encoding="utf-8")
    (tmp_path / "ok.html").write_text(nested_html(50), encoding="utf-8")
    docs, errors = read_all(tmp_path)
    assert [Path(e.path).name for e in errors] == ["deep.html"]
    for doc in docs:
        result = analyze(doc.raw, published="2024-03-05", title=doc.title)
        assert "Lyon" in result.text and "\u202e" not in result.text
