"""Raw Documents from what a reader found: ids, content hashes, titles, record dates."""

from __future__ import annotations

import re
from typing import Any

from veille.errors import InvalidInput
from veille.ingest.dates import to_iso_date
from veille.model import Document, content_hash

__all__ = ["make_document", "looks_like_title", "split_title", "checked_date"]

_TITLE_END = re.compile(r"[.!?…:;,]$")


def looks_like_title(line: str) -> bool:
    """A first line is a title when it is short and does not end like a sentence."""
    line = line.strip()
    return 0 < len(line) <= 160 and len(line.split()) <= 25 and not _TITLE_END.search(line)


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, body)``: the first line is the title when it looks like one and a body follows."""
    first, _, rest = text.lstrip("\ufeff\n\r \t").partition("\n")
    if rest.strip() and looks_like_title(first):
        return first.strip(), rest
    return None, text


def make_document(
    raw: str,
    *,
    source: str,
    id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    lang: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Document:
    """A raw document; its id is given or derived from the content, so re-ingestion is a no-op.

    The hash covers title and text only: the same article read from a .txt, a JSONL line or
    a feed gets the same id, whatever file or record it came from.
    """
    digest = content_hash((title or "") + "\n" + raw)
    return Document(
        id=str(id) if id not in (None, "") else digest[:16],
        text=raw,
        raw=raw,
        source=source,
        title=title,
        published=published,
        url=url,
        lang=lang,
        content_hash=digest,
        meta=dict(meta or {}),
    )


def checked_date(value: Any, *, path: str) -> str | None:
    """An ISO date from a record's own date field; a value that is present but unreadable is
    an error of that record, not something to drop silently."""
    if value in (None, ""):
        return None
    iso = to_iso_date(str(value))
    if iso is None:
        raise InvalidInput(f"'published' is not a date: {str(value)[:40]!r}", path=path)
    return iso
