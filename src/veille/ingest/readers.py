"""Readers per input format, dispatched on the file suffix, and the batch entry point.

=================  =====================================================  ===============
suffix             one Document per                                       ``--max-bytes``
=================  =====================================================  ===============
.txt               file (first line is the title when it looks like one)  file
.html .htm .xhtml  file (trafilatura: main text, title, date, url)        file
.jsonl .ndjson     line                                                   line
.warc .warc.gz     HTML response record                                   record
.rss .atom .xml    feed entry                                             file
=================  =====================================================  ===============

A file named explicitly with another suffix (or none) is sniffed: HTML, feed, else text.
Folders are walked recursively (a folder's files in name order, then its subfolders); there,
unknown suffixes and hidden files are skipped. A ``published`` date given by hand wins for single-article files (.txt, .html) and
fills in for records that carry no date of their own.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterable, Iterator

from veille.errors import InvalidInput
from veille.ingest.decode import decode_bytes, looks_binary
from veille.ingest.documents import looks_like_title, make_document, split_title
from veille.ingest.extract import html_to_document, looks_like_html
from veille.ingest.feeds import FEED_SUFFIXES, read_feed
from veille.ingest.jsonl import read_jsonl
from veille.ingest.warc import read_warc
from veille.model import Document

__all__ = ["iter_inputs", "read_text_file", "read_html_file", "make_document", "SUPPORTED_SUFFIXES", "looks_like_title"]

LOGGER = logging.getLogger(__name__)

_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    **{suffix: "feed" for suffix in FEED_SUFFIXES},
}
SUPPORTED_SUFFIXES = tuple(_FORMATS)
_FEED_START = (b"<rss", b"<feed", b"<rdf:rdf", b"<?xml")


def _format_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return _FORMATS.get(path.suffix.lower())


def _read_capped(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise InvalidInput(f"file is {size} bytes, over the {max_bytes}-byte cap (--max-bytes)", path=str(path))
    data = path.read_bytes()
    if not data.strip():
        raise InvalidInput("empty file", path=str(path))
    return data


def _text_document(
    data: bytes, path: Path, *, published: str | None, title: str | None, lang: str | None
) -> Document:
    text, note = decode_bytes(data, str(path))
    if not text.strip():
        raise InvalidInput("empty file (only whitespace)", path=str(path))
    meta: dict[str, str] = {"format": "txt"}
    if note:
        meta["encoding_note"] = note
        LOGGER.info("%s: %s", path, note)
    if title is None:
        title, text = split_title(text)
    return make_document(text, source=str(path), title=title, published=published, lang=lang, meta=meta)


def read_text_file(
    path: Path,
    *,
    max_bytes: int,
    published: str | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> Document:
    """One article from a text file. Not UTF-8 is decoded (cp1252/latin-1 or detected) and
    said in ``meta["encoding_note"]``; binary, empty or oversized files raise InvalidInput."""
    data = _read_capped(path, max_bytes)
    return _text_document(data, path, published=published, title=title, lang=lang)


def read_html_file(
    path: Path,
    *,
    max_bytes: int,
    published: str | None = None,
    title: str | None = None,
    lang: str | None = None,
    url: str | None = None,
) -> Document:
    """One article from an HTML page; raises InvalidInput when the page holds no article."""
    data = _read_capped(path, max_bytes)
    if looks_binary(data):
        raise InvalidInput("binary file (NUL or control bytes), not HTML", path=str(path))
    return html_to_document(data, source=str(path), url=url, title=title, published=published, lang=lang)


def _read_path(path: Path, *, max_bytes: int, published: str | None) -> Iterator[Document | InvalidInput]:
    kind = _format_of(path)
    if kind == "jsonl":
        yield from read_jsonl(path, max_bytes=max_bytes, published=published)
        return
    if kind == "warc":
        yield from read_warc(path, max_bytes=max_bytes, published=published)
        return
    data = _read_capped(path, max_bytes)
    if kind is None:
        head = data[:512].lstrip().lower()
        if looks_like_html(data):
            kind = "html"
        elif head.startswith(_FEED_START):
            kind = "feed"
        else:
            kind = "txt"
    if kind == "feed":
        if looks_binary(data):
            raise InvalidInput("binary file, not an RSS/Atom feed", path=str(path))
        yield from read_feed(path, data, published=published)
    elif kind == "html":
        if looks_binary(data):
            raise InvalidInput("binary file (NUL or control bytes), not HTML", path=str(path))
        yield html_to_document(data, source=str(path), published=published)
    else:
        yield _text_document(data, path, published=published, title=None, lang=None)


def _walk(paths: Iterable[str | Path]) -> Iterator[Path | InvalidInput]:
    if isinstance(paths, (str, Path)):
        paths = [paths]  # one path, not the characters of its name
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield InvalidInput("no such file or directory", path=str(path))
        elif path.is_dir():
            # os.walk does not follow symlinked folders, so a link cycle cannot loop forever.
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if not name.startswith(".") and _format_of(child) is not None:
                        yield child
        elif not path.is_file():
            yield InvalidInput("not a regular file", path=str(path))
        else:
            yield path


def iter_inputs(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = 20_000_000,
    published: str | None = None,
) -> Iterator[Document | InvalidInput]:
    """Every article found under ``paths``, in order, as a raw Document, or an InvalidInput
    (``str()`` is one line naming the file, line or record, and the problem). Never raises
    for bad input: one bad file cannot stop a batch."""
    for item in _walk(paths):
        if isinstance(item, InvalidInput):
            yield item
            continue
        try:
            yield from _read_path(item, max_bytes=max_bytes, published=published)
        except InvalidInput as exc:
            yield exc
        except OSError as exc:
            yield InvalidInput(f"cannot read: {exc.strerror or exc}", path=str(item))
        except (ValueError, RecursionError, MemoryError, LookupError) as exc:
            # A parser library choking on hostile input: refuse this file, keep the batch.
            LOGGER.debug("reader failed on %s", item, exc_info=True)
            yield InvalidInput(f"unreadable ({type(exc).__name__}: {str(exc)[:120]})", path=str(item))
