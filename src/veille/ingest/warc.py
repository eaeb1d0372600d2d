"""WARC archives (``.warc``, ``.warc.gz``): each HTML response record is one page.

Read with fastwarc (2× faster than warcio, see STACK.md). Only ``response`` records with a
2xx status and an HTML content type are pages; redirects, images and scripts are skipped
without a word, since a crawl is full of them. Payloads stored gzip- or chunk-encoded are
decoded by fastwarc (``auto_decode``). The page URL is ``WARC-Target-URI``; the
crawl date (``WARC-Date``) stands in for the publication date when the page gives none and
none was given by hand.
"""

from __future__ import annotations

import codecs
import logging
from pathlib import Path
from typing import Iterator

from veille.errors import InvalidInput
from veille.ingest.extract import html_to_document
from veille.model import Document

__all__ = ["read_warc", "HTML_TYPES"]

LOGGER = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def _charset(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def read_warc(path: Path, *, max_bytes: int, published: str | None = None) -> Iterator[Document | InvalidInput]:
    """Each HTML page's Document, or an InvalidInput naming ``path#URL``. ``max_bytes`` caps
    one record, not the archive (crawl archives are routinely gigabytes)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    responses = pages = 0
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(
                handle, record_types=WarcRecordType.response, parse_http=True, auto_decode="all"
            ):
                responses += 1
                content_type = (record.http_content_type or "").lower()
                status = record.http_headers.status_code if record.http_headers is not None else None
                if content_type not in HTML_TYPES or not (status and 200 <= status < 300):
                    continue
                pages += 1
                uri = record.headers.get("WARC-Target-URI") or None
                where = f"{path}#{uri or record.record_id}"
                body = record.reader.read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield InvalidInput(f"record is over the {max_bytes}-byte cap (--max-bytes)", path=where)
                    continue
                crawl_date = record.record_date.date().isoformat() if record.record_date else None
                charset = _charset(record.http_charset)
                html: str | bytes = body
                if charset:
                    html = body.decode(charset, errors="replace")
                try:
                    yield html_to_document(
                        html,
                        source=where,
                        url=uri,
                        fallback_published=published or crawl_date,
                        fallback_from="given" if published else "crawl-date",
                        meta={"format": "warc", "warc_record_id": record.record_id},
                    )
                except InvalidInput as exc:
                    yield exc
    except OSError as exc:
        yield InvalidInput(f"corrupt WARC after {responses} response records: {exc}", path=str(path))
        return
    if responses == 0:
        yield InvalidInput("no WARC response records found (not a WARC file, or truncated)", path=str(path))
    elif pages == 0:
        yield InvalidInput(f"no HTML pages among its {responses} response records", path=str(path))
