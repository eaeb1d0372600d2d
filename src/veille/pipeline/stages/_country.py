"""Which country a bare national title refers to (``Le Premier ministre X`` in an article about Georgia).

The press writes the country once (``le Premier ministre géorgien``) or only through the story
(a dateline, the capital, other officials' adjectives) and then drops it: ``La présidente X``,
``le ministre des Affaires étrangères Y``. A reader supplies the country; so do we, only when the
evidence is clear. The title takes the document's country: the country whose mentions (its
name, its country adjectives, the gazetteer cities in it and, for a place the tagger found
that the gazetteer lacks, the country of the GeoNames city of that name, ``TITLE_WEIGHT`` for the headline's
kicker) number at least ``MIN_MENTIONS`` and at least ``DOMINANCE`` times those of any other
country; or, when two countries share the story, the one it leads with (see ``_dominant``).
Never when the title's own clause names, before the title, a place of another country (``il se
rendra à Kiev pour rencontrer le président X`` in an article about Poland keeps None). A nearer signal (the last country named before the title) was tried and
dropped: ``le président français a reçu le président X`` would give X the wrong country.
The country must be an entity of the document (its id is the role's ``of``); the role is marked
``of_inferred`` and the resolver does not use it to tell namesakes apart.

Known limit: a foreign leader given a bare title in an article about another country
(``le président Emmanuel Macron`` in a story about Ukraine, no other place in the clause) takes
the article's country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from veille.gazetteer import SOVEREIGN_OF, Place, city_country, demonym_country, get_gazetteer, lookup_place, namesake_area_of
from veille.pipeline.stages._titles import title_patterns

__all__ = ["DATELINE", "CountryEvidence", "DOMINANCE", "MIN_MENTIONS", "demonym_forms", "paragraph_start", "text_demonyms"]

# A dateline opening a paragraph: ``ALGER –``, ``NEW YORK (Nations unies) –``, ``KIEV, 25 février (Reuters) –``.
DATELINE = re.compile(r"(?m)^([A-ZÀ-Þ][A-ZÀ-Þ'’ -]{1,30}[A-ZÀ-Þ])(?=(?:,[^–—\n]{0,40})?(?:\s*\([^()\n]{1,40}\))?\s*[–—-]\s)")


_WORDS = re.compile(r"[^\W\d_][\w-]*")


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding offset ``at`` starts (paragraphs are split by a blank line)."""
    return text.rfind("\n\n", 0, at) + 1


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

_TITLE_WORDS = re.compile(r"[\w'’-]+")


def title_places(title: str, lang: str = "fr") -> list[Place]:
    """Countries and cities a headline names, in order (``RDC : le M23 ...``, ``Haïti : les
    policiers kényans arrivent à Port-au-Prince``): the longest gazetteer name starting at each
    capitalised word (up to four words, ``Corée du Sud``), and the country adjectives."""
    words = list(_TITLE_WORDS.finditer(title))
    found: list[tuple[int, Place]] = []
    i = 0
    while i < len(words):
        hit = None
        if words[i].group()[:1].isupper():
            for n in range(min(4, len(words) - i), 0, -1):
                place = lookup_place(title[words[i].start() : words[i + n - 1].end()], lang)
                if place is not None:
                    hit = (n, place)  # the longest name wins: ``Amérique du Sud`` is no ``Amérique``
                    break
        if hit is not None:
            if hit[1].kind in ("country", "city", "seat"):
                found.append((words[i].start(), hit[1]))
            i += hit[0]
        else:
            i += 1
    found.extend((start, place) for start, _, place in text_demonyms(title, lang))
    return [place for _, place in sorted(found, key=lambda f: f[0])]


#: How much more often the document's country must be named than the next one.
DOMINANCE = 1.5
MIN_MENTIONS = 2
_KICKER = re.compile(r"^\s*([^:–—|]{2,40}?)\s*(?::|\s[–—|]\s)")
#: A country the headline's kicker names counts as this many mentions: it says whose story it is.
TITLE_WEIGHT = 2


class CountryEvidence:
    """Country mentions of one document: (offset, country code), and each country's entity id."""

    def __init__(self, entities, demonyms: list[tuple[int, int, Place]], lang: str = "fr", text: str | None = None,
                 headline: str | None = None):
        """``demonyms``: country adjectives already linked (in titles); with ``text``, every
        other country adjective and the datelines (``ALGER –``) count too; with ``headline``,
        the countries it names count ``TITLE_WEIGHT`` times and come first."""
        self.marks: list[tuple[int, str]] = []
        self.ids: dict[str, str] = {}
        self.text, self.lang = text, lang
        #: The country of the dateline the text opens on (``OSLO –``), if any.
        self.dateline: str | None = None
        #: Every paragraph-opening dateline (offset, country code): a round-up of briefs
        #: (``PÉROU – ...``, then ``CHILI – ...``) gives each section its own country.
        self.datelines: list[tuple[int, str]] = []
        self.pats = pats = title_patterns(lang)
        #: Country adjectives of the text by country code, for a country no entity names yet.
        self.adjectives: dict[str, list[tuple[int, int, Place]]] = {}
        for ent in entities:
            if ent.type != "LOC":
                continue
            place = lookup_place(ent.name, lang)
            if place is None:
                # ``région de Kharkiv``: a region of the country its city is in.
                region = pats.region_name.match(ent.name) if pats is not None else None
                place = lookup_place(ent.name[region.end():], lang) if region else None
            if place is None:
                # A town the hand-written list does not know (``Limassol``, ``Kiruna``): the
                # GeoNames list tells its country; the tagger has already read it as a place.
                # (States and provinces were tried as well: no dev role gained, one story of
                # Armenia and Azerbaijan lost its lead when Nakhitchevan tied the count.)
                code = city_country(ent.name)
                if code is not None:
                    self.marks.extend((m.start, code) for m in ent.mentions)
                continue
            if place.kind not in ("country", "city", "seat"):
                continue
            code = place.code
            if place.kind != "country" and place.id != ent.id and text is not None:
                # A town the entities stage kept apart from the gazetteer's (``London (Ontario)``):
                # its country is the one the article places it in.
                area = namesake_area_of(text, ((m.start, m.end) for m in ent.mentions), lang)
                code = area.code if area is not None else code
            self.marks.extend((m.start, code) for m in ent.mentions)
            if place.kind == "country" and place.id == ent.id:
                self.ids[place.code] = ent.id
        seen = {at for at, _ in self.marks}
        #: Offsets of the country adjectives of titles (``le chef de l'armée soudanaise X``):
        #: they tell that person's country, not what a sentence is about.
        self.title_marks = {start for start, _, _ in demonyms}
        for start, _, place in demonyms:
            if start not in seen:
                self.marks.append((start, place.code))
                seen.add(start)
            if place.kind == "country":  # a region's adjective (``écossais``) is no country's id
                self.ids.setdefault(place.code, place.id)
        if text is not None:
            for start, end, place in text_demonyms(text, lang):
                self.adjectives.setdefault(place.code, []).append((start, end, place))
                if start not in seen:
                    self.marks.append((start, place.code))
                    seen.add(start)
            for m in DATELINE.finditer(text):
                place = lookup_place(m.group(1), lang)
                if place is not None and place.kind not in ("country", "city", "seat"):
                    continue
                code = place.code if place is not None else city_country(m.group(1))
                if code is None:
                    continue
                if m.start() not in seen:
                    self.marks.append((m.start(), code))
                self.datelines.append((m.start(), code))
                if self.dateline is None and not text[: m.start()].strip():
                    self.dateline = code  # where the story is filed from
        self.marks.sort()
        # Only the headline's kicker (``Haïti : ...``, ``RDC – ...``): the rest of a headline
        # often names where something happened, not whose story it is (``..., Aliev boude Grenade``).
        kicker = _KICKER.match(headline) if headline else None
        self.headline = [place.code for place in title_places(kicker.group(1), lang)] if kicker else []
        self.dominant = self._dominant()

    def _dominant(self) -> str | None:
        """The country named far more than any other; failing that, the story's lead country
        when it is named as often as any other: the first the headline's kicker names (``Corée
        du Sud : ...``), else the first in the text if no other country is named as often. A
        two-country story (Armenia and Azerbaijan, Korea and Japan) is told from the side it
        opens with."""
        counts: dict[str, int] = {}
        for _, code in self.marks:
            counts[code] = counts.get(code, 0) + 1
        for code in self.headline:
            counts[code] = counts.get(code, 0) + TITLE_WEIGHT
        if not counts:
            return None
        ranked = sorted(counts.values(), reverse=True)
        top = ranked[0]
        second = ranked[1] if len(ranked) > 1 else 0
        if len(counts) == 1:
            return next(iter(counts))  # the only country the story names, however briefly
        if top < MIN_MENTIONS:
            return None
        if top >= DOMINANCE * second:
            return next(code for code, n in counts.items() if n == top)
        if self.headline:
            lead = self.headline[0]
            return lead if counts[lead] == top else None
        if self.dateline is not None and counts.get(self.dateline) == top:
            return self.dateline  # a story filed from one of two countries named as often
        # No kicker: the first country named leads only when no other is named as often (a
        # text that names two countries equally from the first line gives no side), or when
        # it is the only one the opening paragraph names: the lead sets the scene.
        lead = self.marks[0][1] if self.marks else None
        if lead is None or counts[lead] != top:
            return None
        if top > second:
            return lead
        first_break = (self.text or "").find("\n\n", self.marks[0][0])
        if first_break < 0:
            return None  # one paragraph: no opening apart from the rest
        opening = {code for pos, code in self.marks if pos < first_break}
        return lead if opening == {lead} else None

    def country_for(self, at: int, clause_start: int, clause_end: int) -> str | None:
        """The country entity id a national title at ``at`` refers to, or None. A clause that
        opens on a place (``À Kigali, le ministre des Affaires étrangères X``) gives that place's
        country, whatever the story's; else the story's country, unless the clause names a place
        of another country before the title. In a round-up of briefs (datelines of several
        countries) the story is the brief's. A country the text names only through adjectives
        gets its id from the gazetteer: the caller adds them as the entity's mentions
        (:meth:`adjectives_of`)."""
        code = self._clause_country(at, clause_start)
        if code is None:
            # The story's country: the brief's own dateline in a round-up, else the dominant one.
            code = self._section_country(at) if len({c for _, c in self.datelines}) > 1 else None
            if code is None:
                code = self.dominant
            if code is None:
                code = self._sentence_country(at, clause_start, clause_end)
            if code is None:
                code = self._paragraph_country(at)
            if code is None:
                return None
            near = {other for pos, other in self.marks
                    if clause_start <= pos < at and not self._comma_between(pos, at)}
            if near - {code}:
                # ``pour rencontrer à Kiev le président X``: the place speaks for the title; one
                # set off by a comma is another item (``imposés par Washington, assignation à
                # résidence de l'ancien président X``).
                if len(near) == 1:
                    code = next(iter(near))
                else:
                    return None
        return self.entity_id(code)

    def entity_id(self, code: str) -> str | None:
        """The id of the country ``code`` names in this document, or None."""
        if code not in self.ids and self.adjectives.get(code):
            self.ids[code] = self.adjectives[code][0][2].id
        return self.ids.get(code)

    def sovereign(self, entity_id: str) -> str | None:
        """The id of the country whose government an overseas territory's (``La Réunion``:
        France) when the document names that country; else None."""
        code = next((c for c, i in self.ids.items() if i == entity_id), None)
        sovereign = SOVEREIGN_OF.get(code) if code is not None else None
        return self.entity_id(sovereign) if sovereign is not None else None

    def next_country(self, taken: set[str]) -> str | None:
        """The entity id of the country named most after those in ``taken`` (codes), when one
        clearly leads the rest and is named at least ``MIN_MENTIONS`` times; else None."""
        counts: dict[str, int] = {}
        for _, code in self.marks:
            if code not in taken:
                counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        if not ranked or ranked[0][1] < MIN_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return self.entity_id(ranked[0][0])

    def _comma_between(self, pos: int, at: int) -> bool:
        return self.text is not None and any(c in self.text[pos:at] for c in ",;")

    def _section_country(self, at: int) -> str | None:
        """In a text whose datelines name several countries, the country of the last one
        before ``at``: the brief the title is in."""
        code = None
        for pos, found in self.datelines:
            if pos > at:
                break
            code = found
        return code

    def _clause_country(self, at: int, clause_start: int) -> str | None:
        """The country code the title's own clause gives, or None: the place it opens on, or the
        country it says is represented (``L'Arabie saoudite était représentée par le prince
        héritier X``; a coordinated title may stand between: ``par le prince héritier et Premier
        ministre X``)."""
        pats = self.pats
        if self.text is None or pats is None:
            return None
        side = pats.side_frame.match(self.text, clause_start, at)
        country = demonym_country(side.group(1), self.lang) if side else None
        if country is not None:
            return country.code  # ``Côté français, la ministre des Sports X``
        frame = pats.place_clause.match(self.text, clause_start, at)
        if frame:
            # A frame on a known place that is no country or city (a region, a seat of power)
            # gives nothing; one on a word the gazetteer does not know lets the clause speak on.
            place = lookup_place(frame.group(1), self.lang)
            if place is not None:
                return place.code if place.kind in ("country", "city") else None
        represented = None
        for represented in pats.represented.finditer(self.text, clause_start, at):
            pass  # the last one, closest to the title
        if represented is None:
            return None
        if at - represented.end() > 40:
            # ``représentée par le prince X, accompagné de son ministre Y``: the delegation's
            # companion serves the same country.
            companion = None
            for companion in pats.accompanied.finditer(self.text, represented.end(), at):
                pass
            if companion is None or at - companion.end() > 40:
                return None
        before = {code for pos, code in self.marks if clause_start <= pos < represented.start()}
        return next(iter(before)) if len(before) == 1 else None

    def _sentence_country(self, at: int, clause_start: int, clause_end: int) -> str | None:
        """When the story has no country of its own: the one its title's sentence names more
        than any other (``Le quotidien égyptien X rappelle que le président Y avait reçu au
        Caire le chef de l'armée soudanaise``: Egypt twice, Sudan once)."""
        counts: dict[str, int] = {}
        for pos, code in self.marks:
            if clause_start <= pos < clause_end and pos != at and pos not in self.title_marks \
                    and not self._destination(pos):
                counts[code] = counts.get(code, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    def _paragraph_country(self, at: int) -> str | None:
        """When neither the story nor the title's sentence has a country: the one every place
        named earlier in the paragraph points to (``À Beyrouth, le président X a salué ... .
        L'ancien président Y ...``: the paragraph is set in Lebanon)."""
        if self.text is None:
            return None
        start = paragraph_start(self.text, at)
        codes = {code for pos, code in self.marks if start <= pos < at and pos not in self.title_marks
                 and not self._destination(pos)}
        return next(iter(codes)) if len(codes) == 1 else None

    def _destination(self, pos: int) -> bool:
        """Whether the place at ``pos`` is where someone goes (``doit se rendre en Inde``,
        ``la visite du chancelier à Kiev``... ``en visite au Japon``): another country's, not the
        traveller's."""
        return self.text is not None and self.pats is not None and self.pats.syntax.destination.search(self.text, max(0, pos - 40), pos) is not None

    def adjectives_of(self, entity_id: str) -> list[tuple[int, int, Place]]:
        """The text's country adjectives of the country whose entity id is ``entity_id``."""
        return [a for found in self.adjectives.values() for a in found if a[2].id == entity_id]
