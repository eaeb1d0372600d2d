"""Ingestion: turn files (txt, html, jsonl, warc, rss/atom, folders) into raw Documents.

``iter_inputs`` yields, for each article found, a :class:`~veille.model.Document` whose ``raw``
holds the text as read (``text`` equals ``raw`` until the clean stage runs), or an
:class:`~veille.errors.InvalidInput` naming the file (and line/record) and the problem. It never
raises for bad input, so one bad file cannot stop a batch.
"""

from veille.ingest.readers import iter_inputs, read_text_file, make_document, SUPPORTED_SUFFIXES

__all__ = ["iter_inputs", "read_text_file", "make_document", "SUPPORTED_SUFFIXES"]
