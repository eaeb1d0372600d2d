"""Which country a bare national title refers to (``Le Premier ministre X`` in an article about Georgia).

The press writes the country once (``le Premier ministre géorgien``) or only through the story
(a dateline, the capital, other officials' adjectives) and then drops it: ``La présidente X``,
``le ministre des Affaires étrangères Y``. A reader supplies the country; so do we, only when the
evidence is unambiguous. The title takes the document's country: the country whose mentions (its name, its country adjectives, the
gazetteer cities in it) number at least ``MIN_MENTIONS`` and at least ``DOMINANCE`` times those
of any other country; never when the title's own clause names, before the title, a place of
another country (``il se rendra à Kiev pour rencontrer le président X`` in an article about
Poland keeps None). A nearer signal (the last country named before the title) was tried and
dropped: ``le président français a reçu le président X`` would give X the wrong country.
The country must be an entity of the document (its id is the role's ``of``).

Known limit: a foreign leader given a bare title in an article about another country
(``le président Emmanuel Macron`` in a story about Ukraine, no other place in the clause) takes
the article's country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from veille.gazetteer import Place, demonym_country, get_gazetteer, lookup_place

__all__ = ["CountryEvidence", "DOMINANCE", "MIN_MENTIONS", "demonym_forms", "text_demonyms"]

# A dateline opening a paragraph: ``ALGER –``, ``NEW YORK (Nations unies) –``, ``KIEV, 25 février (Reuters) –``.
_DATELINE = re.compile(r"(?m)^([A-ZÀ-Þ][A-ZÀ-Þ'’ -]{1,30}[A-ZÀ-Þ])(?=(?:,[^–—\n]{0,40})?(?:\s*\([^()\n]{1,40}\))?\s*[–—-]\s)")


_WORDS = re.compile(r"[^\W\d_][\w-]*")


@lru_cache(maxsize=4)
def demonym_forms(lang: str) -> frozenset[str]:
    """Every demonym form, folded to lower case (no form has a space: one word each)."""
    gaz = get_gazetteer(lang)
    return frozenset(f.lower() for f in gaz.demonym_surfaces()) if gaz is not None else frozenset()


def text_demonyms(text: str, lang: str = "fr") -> list[tuple[int, int, Place]]:
    """Every country adjective or nationality noun in ``text`` (``le peso argentin``, ``les
    Algériens``) with its country: evidence of what the article is about. One pass over the
    words with a set lookup (a regex alternation of the 750 forms cost 2 ms an article)."""
    forms = demonym_forms(lang)
    out = []
    for m in _WORDS.finditer(text):
        if m.group().lower() not in forms:
            continue
        place = demonym_country(m.group(), lang)
        if place is not None and place.kind == "country":
            out.append((m.start(), m.end(), place))
    return out

#: How much more often the document's country must be named than the next one.
DOMINANCE = 1.5
MIN_MENTIONS = 2


class CountryEvidence:
    """Country mentions of one document: (offset, country code), and each country's entity id."""

    def __init__(self, entities, demonyms: list[tuple[int, int, Place]], lang: str = "fr", text: str | None = None):
        """``demonyms``: country adjectives already linked (in titles); with ``text``, every
        other country adjective and the datelines (``ALGER –``) count too."""
        self.marks: list[tuple[int, str]] = []
        self.ids: dict[str, str] = {}
        #: Country adjectives of the text by country code, for a country no entity names yet.
        self.adjectives: dict[str, list[tuple[int, int, Place]]] = {}
        for ent in entities:
            if ent.type != "LOC":
                continue
            place = lookup_place(ent.name, lang)
            if place is None or place.kind not in ("country", "city"):
                continue
            self.marks.extend((m.start, place.code) for m in ent.mentions)
            if place.kind == "country" and place.id == ent.id:
                self.ids[place.code] = ent.id
        seen = {at for at, _ in self.marks}
        for start, _, place in demonyms:
            if start not in seen:
                self.marks.append((start, place.code))
                seen.add(start)
            self.ids.setdefault(place.code, place.id)
        if text is not None:
            for start, end, place in text_demonyms(text, lang):
                self.adjectives.setdefault(place.code, []).append((start, end, place))
                if start not in seen:
                    self.marks.append((start, place.code))
                    seen.add(start)
            for m in _DATELINE.finditer(text):
                place = lookup_place(m.group(1), lang)
                if place is not None and place.kind in ("country", "city") and m.start() not in seen:
                    self.marks.append((m.start(), place.code))
        self.marks.sort()
        self.dominant = self._dominant()

    def _dominant(self) -> str | None:
        counts: dict[str, int] = {}
        for _, code in self.marks:
            counts[code] = counts.get(code, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.values(), reverse=True)
        top = ranked[0]
        second = ranked[1] if len(ranked) > 1 else 0
        if top < MIN_MENTIONS or top < DOMINANCE * second:
            return None
        return next(code for code, n in counts.items() if n == top)

    def country_for(self, at: int, clause_start: int, clause_end: int) -> str | None:
        """The country entity id a national title at ``at`` refers to, or None. A country the
        text names only through adjectives gets its id from the gazetteer: the caller adds
        those adjectives (``self.adjectives[code]``) as the entity's mentions."""
        code = self.dominant
        if code is None:
            return None
        if code not in self.ids and self.adjectives.get(code):
            self.ids[code] = self.adjectives[code][0][2].id
        if code not in self.ids:
            return None
        if any(clause_start <= pos < at and other != code for pos, other in self.marks):
            return None
        return self.ids[code]
