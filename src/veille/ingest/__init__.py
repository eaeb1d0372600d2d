"""Ingestion: turn files (txt, html, jsonl, warc, rss/atom, folders) into raw Documents.

``iter_inputs`` yields, for each article found, a :class:`~veille.model.Document` whose ``raw``
holds the text as read (``text`` equals ``raw`` until the clean stage runs), or an
:class:`~veille.errors.InvalidInput` naming the file (and line/record) and the problem. It never
raises for bad input, so one bad file cannot stop a batch. ``html_to_document`` is the HTML path
on its own (for ``veille.analyze`` given HTML); ``looks_like_html`` tells HTML from text.
"""

from veille.ingest.documents import looks_like_title, make_document
from veille.ingest.extract import extract_html, html_to_document, looks_like_html
from veille.ingest.readers import SUPPORTED_SUFFIXES, iter_inputs, read_html_file, read_text_file

__all__ = [
    "iter_inputs",
    "read_text_file",
    "read_html_file",
    "make_document",
    "html_to_document",
    "extract_html",
    "looks_like_html",
    "looks_like_title",
    "SUPPORTED_SUFFIXES",
]
