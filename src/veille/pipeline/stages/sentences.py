"""Sentences: sentence spans from the parse (paragraph breaks are always sentence breaks)."""

from __future__ import annotations

from veille.model import Document, Span
from veille.pipeline.registry import stage
from veille.settings import Settings

__all__ = ["make_sentences"]


@stage("sentences", requires=("parse",), assigns=("sentences",))
def make_sentences(settings: Settings):
    """Sentence spans, trimmed of surrounding whitespace."""

    def sentences(doc: Document) -> Document:
        text = doc.text
        spans = []
        for sent in doc.parse.sents:
            start, end = sent.start_char, sent.end_char
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append(Span(start, end))
        return doc.replace(sentences=tuple(spans))

    return sentences
