"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``): each entry is one article.

feedparser reads every RSS/Atom dialect and sanitises the entry HTML. The entry's full
content is preferred to its summary. Dates are read by :func:`~veille.ingest.dates.to_iso_date`
from the entry's own string, because feedparser leaves localised dates (``lun., 03 nov.
2025``) unparsed and shifts the ones it parses to UTC.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterator

from veille.errors import InvalidInput
from veille.ingest.dates import to_iso_date
from veille.ingest.extract import html_fragment_to_text
from veille.ingest.documents import make_document
from veille.model import Document

__all__ = ["read_feed", "FEED_SUFFIXES"]

LOGGER = logging.getLogger(__name__)

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _as_text(value: str, content_type: str | None) -> str:
    if content_type in _HTML_TYPES or "<" in value:
        return html_fragment_to_text(value)
    return value.strip()


def _entry_body(entry: Any) -> tuple[str, str]:
    """The entry's text and which field it came from (``content`` or ``summary``)."""
    contents = [c for c in entry.get("content") or () if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        text = _as_text(best["value"], best.get("type"))
        if text:
            return text, "content"
    summary = entry.get("summary") or ""
    detail = entry.get("summary_detail") or {}
    return _as_text(summary, detail.get("type")), "summary"


def _entry_date(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        if iso := to_iso_date(entry.get(key)):
            return iso
    return None


def read_feed(
    path: Path, data: bytes, *, published: str | None = None
) -> Iterator[Document | InvalidInput]:
    """Each entry's Document, or an InvalidInput naming ``path#N`` (N counts from 1).
    ``published`` is used for entries without a date of their own."""
    import feedparser

    # Bytes, never a str: feedparser treats a str as a URL or file name to open.
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            reason = str(parsed.get("bozo_exception", "")).strip() or "unreadable XML"
            yield InvalidInput(f"not a valid RSS/Atom feed: {reason}", path=str(path))
        else:
            yield InvalidInput("feed has no entries", path=str(path))
        return
    results = [_entry_document(path, number, entry, parsed, published) for number, entry in enumerate(parsed.entries, 1)]
    if parsed.bozo:
        reason = str(parsed.get("bozo_exception", "")).strip() or "unreadable XML"
        if not any(isinstance(r, Document) for r in results):
            # Entries recovered from broken XML with nothing in them: the file is the problem.
            yield InvalidInput(f"not a valid RSS/Atom feed: {reason}", path=str(path))
            return
        LOGGER.info("%s: feed is not well-formed, read leniently: %s", path, reason)
    yield from results


def _entry_document(path: Path, number: int, entry: Any, parsed: Any, published: str | None) -> Document | InvalidInput:
    where = f"{path}#{number}"
    text, field = _entry_body(entry)
    if not text:
        return InvalidInput("entry has no content or summary", path=where)
    title_detail = entry.get("title_detail") or {}
    title = _as_text(entry.get("title") or "", title_detail.get("type")) or None
    date = _entry_date(entry)
    meta = {"format": "feed", "feed_field": field}
    if entry.get("id"):
        meta["guid"] = entry["id"]
    if date or published:
        meta["published_from"] = "entry" if date else "given"
    return make_document(
        text,
        source=where,
        title=title,
        published=date or published,
        url=entry.get("link") or None,
        lang=(parsed.feed.get("language") or "").split("-")[0].lower() or None,
        meta=meta,
    )
