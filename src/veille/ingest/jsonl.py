"""JSON Lines: one article per line, ``{"id", "text" | "html", "title", "url", "published",
"lang", "source"}``. A bad line is reported as ``file:line`` and the rest of the file is read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from veille.errors import InvalidInput
from veille.ingest.decode import looks_binary
from veille.ingest.documents import checked_date, make_document, split_title
from veille.ingest.extract import html_to_document
from veille.model import Document

__all__ = ["read_jsonl", "record_document"]

_STRING_FIELDS = ("title", "url", "lang", "source")
_CHUNK = 1 << 20


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)``; bytes is None for a line over ``max_bytes``, which is skipped
    without ever holding more than ``max_bytes`` of it in memory."""
    lineno = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(_CHUNK)
            yield lineno, None
            continue
        yield lineno, line


def record_document(record: Any, *, where: str, published: str | None = None) -> Document:
    """A Document from one decoded JSON record; ``where`` (``file:line``) names it in errors
    and is its source unless the record names one. ``published`` is used when the record
    has no date of its own."""
    if not isinstance(record, dict):
        raise InvalidInput(f"expected a JSON object, got {type(record).__name__}", path=where)
    for key in _STRING_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InvalidInput(f"'{key}' must be a string, got {type(record[key]).__name__}", path=where)
    doc_id = record.get("id")
    if doc_id is not None and not isinstance(doc_id, (str, int)):
        raise InvalidInput(f"'id' must be a string or an integer, got {type(doc_id).__name__}", path=where)
    source = record.get("source") or where
    date = checked_date(record.get("published"), path=where) or published
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        title = record.get("title")
        if "title" not in record:
            title, text = split_title(text)
        return make_document(
            text,
            source=source,
            id=doc_id,
            title=title,
            published=date,
            url=record.get("url"),
            lang=record.get("lang"),
            meta={"format": "jsonl"},
        )
    if isinstance(html, str) and html.strip():
        return html_to_document(
            html,
            source=source,
            path=where,
            id=doc_id,
            url=record.get("url"),
            title=record.get("title"),
            published=date,
            lang=record.get("lang"),
            meta={"format": "jsonl+html"},
        )
    raise InvalidInput("no 'text' or 'html' field with content", path=where)


def read_jsonl(path: Path, *, max_bytes: int, published: str | None = None) -> Iterator[Document | InvalidInput]:
    """Each line's Document, or an InvalidInput for that line. ``max_bytes`` caps one line."""
    records = 0
    with path.open("rb") as handle:
        if looks_binary(handle.read(8192)):
            # One line for the file, not one "malformed JSON" per line of a binary blob.
            yield InvalidInput("binary file (NUL or control bytes), not JSON Lines", path=str(path))
            return
        handle.seek(0)
        for lineno, line in _lines(handle, max_bytes):
            where = f"{path}:{lineno}"
            if line is None:
                yield InvalidInput(f"line is over the {max_bytes}-byte cap (--max-bytes)", path=where)
                continue
            if not line.strip():
                continue
            records += 1
            try:
                record = json.loads(line.decode("utf-8-sig"))
            except UnicodeDecodeError as exc:
                yield InvalidInput(f"not UTF-8 (byte {exc.start} of the line)", path=where)
                continue
            except json.JSONDecodeError as exc:
                yield InvalidInput(f"malformed JSON: {exc.msg} at column {exc.colno}", path=where)
                continue
            except RecursionError:
                yield InvalidInput("malformed JSON: nested too deep", path=where)
                continue
            try:
                yield record_document(record, where=where, published=published)
            except InvalidInput as exc:
                yield exc
    if records == 0:
        yield InvalidInput("empty file (no JSON lines)", path=str(path))
