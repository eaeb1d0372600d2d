"""Language: identify the document language with py3langid (its model ships in the wheel).

A language given by the input (JSONL ``lang``, ``--lang``) is trusted. ``doc.analyzed`` is set
when the language has a pack and is in ``settings.analyzed_languages``; other documents are
stored and searchable but skip the analysis stages.
"""

from __future__ import annotations

from functools import lru_cache

from veille.lang import has_pack
from veille.model import Document
from veille.pipeline.registry import stage
from veille.settings import Settings

__all__ = ["detect_language", "make_language"]

_SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """Return (ISO 639-1 code, probability); (None, 0.0) when there is nothing to judge."""
    sample = text[:_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < 3:
        return None, 0.0
    code, prob = _identifier().classify(sample)
    return code, float(prob)


@stage("language", requires=("text",), assigns=("lang", "analyzed"), analysis=False)
def make_language(settings: Settings):
    """Identify the language; mark documents in an analysed language for the NLP stages."""
    wanted = frozenset(settings.analyzed_languages)

    def language(doc: Document) -> Document:
        lang = doc.lang
        meta = doc.meta
        if not lang:
            lang, prob = detect_language(doc.text)
            meta = {**meta, "lang_probability": round(prob, 3)}
        analyzed = bool(lang in wanted and has_pack(lang) and doc.text.strip())
        return doc.replace(lang=lang, analyzed=analyzed, meta=meta)

    return language
