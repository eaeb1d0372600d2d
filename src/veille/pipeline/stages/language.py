"""Language: identify the document language with py3langid (its model ships in the wheel).

A language given by the input (JSONL ``lang``, ``--lang``) is trusted. ``doc.analyzed`` is set
when the language has a pack and is in ``settings.analyzed_languages``; other documents are
stored and searchable but skip the analysis stages.
"""

from __future__ import annotations

import re
from functools import lru_cache

from veille.lang import has_pack
from veille.model import Document
from veille.names import LATIN_LETTER, LATIN_LETTERS
from veille.pipeline.registry import stage
from veille.settings import Settings

__all__ = ["detect_language", "make_language"]

_SAMPLE_CHARS = 4000


#: Languages the identifier may not answer: regional, creole, classical or constructed languages with
#: next to no news of their own, which a short French or English text is often taken for
#: (``Le ministre biélorusse X a reçu mardi des diplomates.`` was Walloon at 0.28).
_NOT_NEWS_LANGUAGES = frozenset({"wa", "br", "oc", "an", "la", "eo", "vo", "lb", "lij", "ext", "gcf", "gcr"})


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier

    identifier = _load_identifier(norm_probs=True)
    identifier.set_languages([c for c in identifier.nb_classes if c not in _NOT_NEWS_LANGUAGES])
    return identifier


#: A word with no Latin letter (``Александр``, ``عباس``, ``黎智英``).
_NON_LATIN_WORD = re.compile(rf"[^\s{LATIN_LETTERS}]*[^\W\d_{LATIN_LETTERS}][^\s{LATIN_LETTERS}]*")


def detect_language(text: str) -> tuple[str | None, float]:
    """Return (ISO 639-1 code, probability); (None, 0.0) when there is nothing to judge.

    A text written mostly in the Latin script is judged on its Latin words only: a French story
    that quotes a name in Cyrillic (``a écrit Александр Лукашенко``) is French, not Tajik (the
    byte n-grams of a few Cyrillic words outweigh a paragraph of French)."""
    sample = text[:_SAMPLE_CHARS]
    letters = sum(c.isalpha() for c in sample)
    if letters < 3:
        return None, 0.0
    if len(LATIN_LETTER.findall(sample)) >= 0.6 * letters:
        sample = _NON_LATIN_WORD.sub(" ", sample)
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
