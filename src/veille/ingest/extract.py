"""HTML to article text and metadata, with trafilatura.

The main text comes from trafilatura in precision mode first (it keeps less page furniture:
F 0.939 against 0.928 with defaults on the French pages of trafilatura's own benchmark, see
``veille eval html``); only when that finds nothing is the page tried again in the default,
recall-oriented mode, the same "fall back only if the previous step under-delivered" cascade
trafilatura uses internally. Paragraphs are separated by ``"\\n"``, which the clean stage keeps.

Feed entries carry HTML fragments that are already the article (no page around them):
:func:`html_fragment_to_text` turns those into text without trafilatura's page heuristics,
which would throw a short fragment away.
"""

from __future__ import annotations

import html as html_lib
import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from veille.errors import InvalidInput
from veille.ingest.dates import to_iso_date
from veille.ingest.decode import decode_html
from veille.ingest.documents import make_document
from veille.model import Document

__all__ = [
    "ExtractedPage",
    "extract_html",
    "html_to_document",
    "html_fragment_to_text",
    "looks_like_html",
    "MIN_ARTICLE_WORDS",
]

LOGGER = logging.getLogger(__name__)

#: Fewer words than this is a menu, a cookie notice or an error page, not an article.
MIN_ARTICLE_WORDS = 12
# Options of trafilatura's own benchmark (tests/eval_common.py): comments are not the article,
# tables are (figures in news are often tables), formatting markup is not wanted in plain text.
_TRAFILATURA_OPTIONS = {"include_comments": False, "include_tables": True, "include_formatting": False}
# htmldate's extensive search guesses from any year on the page: a footer's "© 2024" becomes
# 2024-01-01. A wrong publication date silently shifts every relative date ("hier", "mardi")
# the times stage resolves, while a missing one is visible and can be given by hand, so only
# the page's explicit date markup is trusted. On the French benchmark pages this finds 23
# dates instead of 25 (15 instead of 16 of the 18 gold dates right) and never loads
# dateparser, which cost seconds on first use.
_DATE_OPTIONS = {"original_date": True, "extensive_search": False}
_LIBXML_MAX_DEPTH = 255
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b", re.I | re.S)
_WORD = re.compile(r"\w+")
_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
    "section", "article", "pre", "figcaption", "dd", "dt", "table", "header", "footer", "hr",
)
_DROPPED_TAGS = ("script", "style", "noscript", "iframe", "template", "object", "embed", "svg")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    """What an HTML page yields: the article text and the metadata trafilatura found."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    sitename: str | None = None
    mode: str = "precision"


def looks_like_html(data: str | bytes) -> bool:
    """True when the content opens like an HTML document (for input without a file suffix)."""
    head = data[:2048]
    if isinstance(head, str):
        head = head.encode("utf-8", "ignore")
    return bool(_HTML_START.match(head))


def _enough_words(text: str | None, min_words: int) -> bool:
    if not text:
        return False
    count = 0
    for _ in _WORD.finditer(text):
        count += 1
        if count >= min_words:
            return True
    return False


def _too_deep(html: str | bytes) -> bool:
    """libxml2 stops building the tree below 255 levels and drops the text there; say so
    instead of a bare "no article" (only called on failure, so the second parse is cheap)."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(html, parser=parser)
    except (ValueError, TypeError, lxml.etree.LxmlError):
        return False
    return any("Excessive depth" in entry.message for entry in parser.error_log)


def _without_title_line(text: str, title: str | None) -> str:
    """The body without a first line that repeats the title (the page's ``<h1>``): the title
    is kept in ``Document.title``, and a second copy would double its entity mentions."""
    if not title:
        return text
    first, newline, rest = text.lstrip().partition("\n")
    if newline and rest.strip() and _SPACES.sub(" ", first).strip().casefold() == _SPACES.sub(" ", title).strip().casefold():
        return rest.lstrip("\n")
    return text


def extract_html(
    html: str | bytes,
    *,
    url: str | None = None,
    path: str | None = None,
    favor_precision: bool = True,
    fallback: bool = True,
    min_words: int = MIN_ARTICLE_WORDS,
) -> ExtractedPage:
    """Extract the article of one HTML page.

    ``favor_precision`` picks trafilatura's precision mode for the first pass; ``fallback``
    retries in default mode when the first pass finds no article. Raises
    :class:`~veille.errors.InvalidInput` (naming ``path``) when no article text is found.
    """
    import trafilatura

    passes = [("precision", True), ("default", False)] if favor_precision else [("default", False)]
    if not fallback:
        passes = passes[:1]
    for mode, precision in passes:
        try:
            result = trafilatura.bare_extraction(
                html,
                url=url,
                favor_precision=precision,
                with_metadata=True,
                date_extraction_params={**_DATE_OPTIONS, "max_date": date.today().isoformat()},
                **_TRAFILATURA_OPTIONS,
            )
        except (ValueError, TypeError, RecursionError, MemoryError) as exc:
            # trafilatura guards most parser failures itself; what escapes is a refusal of
            # this page, never a reason to stop a batch.
            LOGGER.warning("trafilatura failed on %s: %s", path or url or "<html>", exc)
            result = None
        if result is not None and _enough_words(result.text, min_words):
            return ExtractedPage(
                text=result.text,
                title=(result.title or "").strip() or None,
                published=to_iso_date(result.date),
                url=result.url or url,
                author=result.author,
                sitename=result.sitename,
                mode=mode,
            )
    if _too_deep(html):
        raise InvalidInput(f"HTML nested deeper than {_LIBXML_MAX_DEPTH} levels: no article text found", path=path)
    raise InvalidInput("no article text found in the HTML", path=path)


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content), one line per block element."""
    if "<" not in fragment:
        return html_lib.unescape(fragment).strip()
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        return ""
    for element in list(root.iter(*_DROPPED_TAGS)):
        element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "")
    text = _SPACES.sub(" ", root.text_content())
    lines = (line.strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n", "\n".join(line for line in lines if line)).strip()


def html_to_document(
    html: str | bytes,
    *,
    source: str,
    path: str | None = None,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    fallback_published: str | None = None,
    fallback_from: str = "crawl-date",
    lang: str | None = None,
    meta: dict[str, Any] | None = None,
    favor_precision: bool = True,
) -> Document:
    """A Document from one HTML page. Values given by the caller (``title``, ``published``)
    win over what the page says; ``fallback_published`` (a crawl date) is used only when the
    page has no date of its own (``fallback_from`` says where it came from)."""
    info = dict(meta or {})
    if isinstance(html, bytes):
        html, note = decode_html(html, path or source)
        if note:
            info["encoding_note"] = note
    page = extract_html(html, url=url, path=path or source, favor_precision=favor_precision)
    text = _without_title_line(page.text, title or page.title)
    info["format"] = info.get("format", "html")
    info["extraction"] = f"trafilatura/{page.mode}"
    for key in ("author", "sitename"):
        value = getattr(page, key)
        if value:
            info[key] = value
    if published:
        info["published_from"] = "given"
    elif page.published:
        info["published_from"] = "page"
    elif fallback_published:
        info["published_from"] = fallback_from
    return make_document(
        text,
        source=source,
        id=id,
        title=title or page.title,
        published=published or page.published or fallback_published,
        url=url or page.url,
        lang=lang,
        meta=info,
    )
