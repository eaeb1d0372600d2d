"""Gazetteer: places (countries, regions, cities) and the demonyms that point to countries.

Language-neutral: each language pack names its data directory under ``resources["gazetteer"]``
(see ``veille.lang.fr``), holding three tab-separated files:

- ``countries.tsv``: generated from CLDR territory names (``scripts/build_countries.py``);
- ``exonyms.tsv``: hand-written press exonyms, extra country aliases, cities and regions;
- ``demonyms.tsv``: country adjectives (``biélorusse``, ``russes``, ``bélarusienne``);
- ``regions.tsv`` (optional): first-level and départment-level subdivisions (states, provinces,
  Länder) generated from ISO 3166-2 (``scripts/build_regions.py``); looked up apart from the
  places (:func:`lookup_region`), because many share their name with a town or a person;
- ``organisations.tsv`` (optional): international bodies the press names by acronym (``ONU``,
  ``Nations unies``, ``Organisation des Nations unies``: one body).

Surfaces are compared by :func:`veille.names.name_key` (case, accents and punctuation do not
matter) after dropping a leading article (``la Russie``). Data loads lazily, once per language.
A country's entity id is ``entity_id("LOC", name_key(place.name))`` (:func:`place_entity_id`),
so ``Bélarus`` and ``Biélorussie`` get the same id in every document.
"""

from __future__ import annotations

import gzip
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from veille.lang import get_pack
from veille.names import LEADING_ARTICLES, entity_id, name_key

__all__ = [
    "Place",
    "Organisation",
    "Gazetteer",
    "lookup_place",
    "lookup_organisation",
    "organisation_acronyms",
    "demonym_country",
    "place_entity_id",
    "get_gazetteer",
    "reset_caches",
    "city_country",
    "lookup_region",
    "namesake_area",
    "namesake_area_of",
]

log = logging.getLogger(__name__)

PLACE_KINDS = ("country", "region", "city", "seat")


@dataclass(frozen=True, slots=True)
class Place:
    """A place: canonical (display) name in the pack's language, ISO country code, kind, aliases."""

    name: str
    code: str
    kind: str
    aliases: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return place_entity_id(self)


@dataclass(frozen=True, slots=True)
class Organisation:
    """A well-known body: canonical name in the pack's language, its acronyms and other names."""

    name: str
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


#: Territories whose national government is another country's (ISO codes): a minister in a
#: story about La Réunion is France's, one in a story about Puerto Rico the United States'.
SOVEREIGN_OF = {
    **dict.fromkeys(("RE", "GP", "MQ", "YT", "GF", "NC", "PF", "PM", "WF", "BL", "MF", "TF"), "FR"),
    **dict.fromkeys(("PR", "GU", "VI", "AS", "MP"), "US"),
    **dict.fromkeys(("GL", "FO"), "DK"),
    **dict.fromkeys(("AW", "CW", "SX", "BQ"), "NL"),
    **dict.fromkeys(("BM", "GI", "KY", "FK", "VG", "MS", "TC", "AI", "SH", "IM", "JE", "GG"), "GB"),
    **dict.fromkeys(("HK", "MO"), "CN"),
}


def place_entity_id(place: Place) -> str:
    """The entity id every document gives this place."""
    return entity_id("LOC", name_key(place.name))


def _rows(path: Path):
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


def _by_name(index: dict[str, Place], surface: str) -> Place | None:
    """The place ``index`` keys by ``surface``'s name key, with or without a leading article (``la Russie``)."""
    place = index.get(name_key(surface))
    if place is None:
        m = LEADING_ARTICLES.match(surface)
        if m and m.end() < len(surface):
            place = index.get(name_key(surface[m.end() :]))
    return place


def _plurals(form: str) -> tuple[str, ...]:
    return (form,) if form.endswith(("s", "x")) else (form, form + "s")


class Gazetteer:
    """Places and demonyms of one language, indexed by name key."""

    def __init__(self, data_dir: Path):
        self.places: list[Place] = []
        self._by_key: dict[str, Place] = {}
        self._by_demonym: dict[str, Place] = {}
        self._demonym_surfaces: list[str] = []
        #: Acronyms as written (case matters: ``ONU``, ``Unesco``) and name keys of the names.
        self._org_by_acronym: dict[str, Organisation] = {}
        self._org_by_key: dict[str, Organisation] = {}
        self._region_by_key: dict[str, Place] = {}
        self._load(data_dir)
        self._load_organisations(data_dir)
        self._load_regions(data_dir)

    def _load_regions(self, data_dir: Path) -> None:
        for code, name, *rest in _rows(data_dir / "regions.tsv"):
            place = Place(name, code, "region", tuple(a for a in (rest[0] if rest else "").split("|") if a))
            for n in (place.name, *place.aliases):
                if name_key(n):
                    self._region_by_key.setdefault(name_key(n), place)

    def region(self, surface: str) -> Place | None:
        return _by_name(self._region_by_key, surface)

    def _load_organisations(self, data_dir: Path) -> None:
        for acronyms, name, *rest in _rows(data_dir / "organisations.tsv"):
            org = Organisation(name, tuple(a for a in acronyms.split("|") if a),
                               tuple(a for a in (rest[0] if rest else "").split("|") if a))
            for a in org.acronyms:
                self._org_by_acronym.setdefault(a, org)
            for n in (org.name, *org.aliases):
                if name_key(n):
                    self._org_by_key.setdefault(name_key(n), org)

    def organisation(self, surface: str) -> Organisation | None:
        stripped = surface.strip()
        org = self._org_by_acronym.get(stripped) or self._org_by_key.get(name_key(stripped))
        if org is None:
            m = LEADING_ARTICLES.match(stripped)
            if m and m.end() < len(stripped):
                org = self._org_by_key.get(name_key(stripped[m.end():]))
        if org is None and 4 <= len(stripped) <= 8 and stripped.isalpha() and stripped[0].isupper() \
                and stripped[1:].islower():
            # An acronym written as a word, the house style of much of the French press
            # (``l'Otan``, ``la Cédéao``, ``l'Unesco``): the listed acronym without accents.
            org = self._org_by_acronym.get(name_key(stripped).upper())
        return org

    def organisation_acronyms(self) -> tuple[str, ...]:
        return tuple(self._org_by_acronym)

    def _load(self, data_dir: Path) -> None:
        countries: dict[str, tuple[str, str, list[str]]] = {}
        for code, kind, canonical, *rest in _rows(data_dir / "countries.tsv"):
            countries[code] = (kind, canonical, [a for a in (rest[0] if rest else "").split("|") if a])
        cities: list[tuple[str, str, str, list[str]]] = []
        for code, kind, canonical, *rest in _rows(data_dir / "exonyms.tsv"):
            aliases = [a for a in (rest[0] if rest else "").split("|") if a]
            if kind == "country":
                old_kind, old_name, old_aliases = countries.get(code, ("country", canonical, []))
                name = canonical or old_name
                # Hand-written aliases go first: they are the forms the French press uses.
                merged = [a for a in dict.fromkeys(aliases + old_aliases + [old_name]) if a != name]
                countries[code] = ("country", name, merged)
            else:
                cities.append((code, kind, canonical, aliases))

        by_code: dict[str, Place] = {}
        for code, (kind, name, aliases) in countries.items():
            place = Place(name, code, kind, tuple(aliases))
            by_code[code] = place
            self.places.append(place)
        city_places = [Place(name, code, kind, tuple(aliases)) for code, kind, name, aliases in cities]
        self.places.extend(city_places)

        # Priority when two places share a key: canonical names first (countries, then cities),
        # then aliases in the same order; the first one indexed wins.
        for place in self.places:
            self._by_key.setdefault(name_key(place.name), place)
        for place in self.places:
            for alias in place.aliases:
                key = name_key(alias)
                if key:
                    self._by_key.setdefault(key, place)

        by_region = {(p.code, p.name): p for p in city_places if p.kind == "region"}
        for code, forms_field, *_ in _rows(data_dir / "demonyms.tsv"):
            # ``GB:Écosse``: a region's adjective, for a region row of exonyms.tsv.
            place = by_region.get(tuple(code.split(":", 1))) if ":" in code else by_code.get(code)  # type: ignore[arg-type]
            if place is None:
                log.warning("demonym row for unknown territory %s", code)
                continue
            for form in forms_field.split("|"):
                for variant in _plurals(form.strip()):
                    self._by_demonym.setdefault(name_key(variant), place)
                    self._demonym_surfaces.append(variant)
        log.debug("gazetteer: %d places, %d keys, %d demonyms", len(self.places), len(self._by_key), len(self._by_demonym))

    def lookup(self, surface: str) -> Place | None:
        return _by_name(self._by_key, surface)

    def demonym(self, word: str) -> Place | None:
        return self._by_demonym.get(name_key(word))

    def demonym_surfaces(self) -> tuple[str, ...]:
        """Every demonym form as written in the data (with accents, plurals included)."""
        return tuple(self._demonym_surfaces)


@lru_cache(maxsize=8)
def country_names(lang: str = "fr") -> tuple[tuple[str, Place], ...]:
    """(name, country) for every country's canonical name in ``lang`` (``Irlande``), to find
    those NER missed; not the aliases, which mix in other languages' forms (``Chad``)."""
    gaz = get_gazetteer(lang)
    if gaz is None:
        return ()
    return tuple((p.name, p) for p in gaz.places if p.kind == "country" and p.name[:1].isupper())


@lru_cache(maxsize=None)
def get_gazetteer(lang: str = "fr") -> Gazetteer | None:
    """The gazetteer of ``lang`` (loaded once), or None when its pack ships none."""
    pack = get_pack(lang)
    data_dir = pack.resources.get("gazetteer") if pack else None
    if data_dir is None:
        return None
    return Gazetteer(Path(data_dir))


@lru_cache(maxsize=65536)
def lookup_place(surface: str, lang: str = "fr") -> Place | None:
    """The place named ``surface`` (``Bélarus``, ``la Biélorussie``, ``Moscow``), or None."""
    gaz = get_gazetteer(lang)
    return gaz.lookup(surface) if gaz else None


@lru_cache(maxsize=1024)
def country_of_code(code: str, lang: str = "fr") -> Place | None:
    """The country place whose ISO code is ``code``, or None."""
    gaz = get_gazetteer(lang)
    if gaz is None:
        return None
    return next((p for p in gaz.places if p.kind == "country" and p.code == code), None)


@lru_cache(maxsize=65536)
def lookup_region(surface: str, lang: str = "fr") -> Place | None:
    """The state, province or département named ``surface`` (``Minas Gerais``, ``la Bavière``,
    ``Pas-de-Calais``), kind ``region``, or None. Not a :func:`lookup_place` place: ``Hidalgo``,
    ``Bolívar`` and ``Santander`` are people as often; use it only for a name the tagger
    already read as a place."""
    gaz = get_gazetteer(lang)
    return gaz.region(surface) if gaz else None


_CITIES = Path(__file__).resolve().parent / "data" / "cities.tsv.gz"


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    if not _CITIES.exists():
        return {}
    rows = gzip.decompress(_CITIES.read_bytes()).decode("utf-8").splitlines()
    fields = (row.split("\t", 2) for row in rows if row and not row.startswith("#"))
    return {name_key(name): code for name, code, _ in fields}


@lru_cache(maxsize=65536)
def city_country(surface: str) -> str | None:
    """The ISO country code of the GeoNames city named ``surface`` (``Limassol`` -> ``CY``), or None.

    Language-neutral (``data/cities.tsv.gz``, built by ``scripts/build_cities.py``: 31,000 names of
    cities of 15,000+ people). Deliberately kept out of :func:`lookup_place`: so many names also
    name people, clubs and common things (``Santos``, ``Florence``, ``Golfe``) that only a name
    the tagger already read as a place may be looked up here, and only as evidence of which
    country a story is in, never to merge an entity; the one place it makes one is a dateline
    (``CHOLET –`` opening a paragraph), a position only a town holds.
    """
    return _city_countries().get(name_key(surface))


@lru_cache(maxsize=65536)
def demonym_country(word: str, lang: str = "fr") -> Place | None:
    """The country a demonym or country adjective refers to (``biélorusses`` → Biélorussie)."""
    gaz = get_gazetteer(lang)
    return gaz.demonym(word) if gaz else None


@lru_cache(maxsize=65536)
def lookup_organisation(surface: str, lang: str = "fr") -> Organisation | None:
    """The well-known body ``surface`` names (``ONU``, ``les Nations unies``), or None."""
    gaz = get_gazetteer(lang)
    return gaz.organisation(surface) if gaz else None


@lru_cache(maxsize=8)
def organisation_acronyms(lang: str = "fr") -> tuple[str, ...]:
    """Every listed acronym as written (to find those NER missed)."""
    gaz = get_gazetteer(lang)
    return gaz.organisation_acronyms() if gaz else ()


#: What may qualify a town's name right after it: ``(Ontario)``, ``, Texas``, ``, en Ontario``,
#: ``, dans l'Ontario``. Short lower-case words are the language's prepositions and articles.
_SMALL_WORDS = r"(?:[^\W\d_A-ZÀ-Þ][^\W\d_]{0,3}\s+|[^\W\d_A-ZÀ-Þ]['’]\s*)*"
_CAPITALISED_RUN = r"[A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*){0,3}"
_QUALIFIER_AFTER = re.compile(
    r"\s*(?:\(\s*(?P<bracket>[^()\n]{2,40}?)\s*\)"
    r"|,\s*" + _SMALL_WORDS + r"(?P<comma>" + _CAPITALISED_RUN + r"))"
)
#: A comma-set qualifier is set off at its end too (``London, Ontario, a voté``); one that runs
#: on into its sentence is its subject (``à Paris, Hidalgo a dit``), not a qualifier.
_SET_OFF = re.compile(r"\s*(?:[,.;:!?()»\n]|$)")
#: After a comma-set qualifier, another place in a list (``à Londres, en France et en Italie``):
#: the comma listed places, it did not qualify the town.
_LIST_AFTER = re.compile(
    r"\s*(?:,|\bet\b|\bou\b|\bpuis\b|\band\b|\bor\b)\s*" + _SMALL_WORDS + r"(" + _CAPITALISED_RUN + r")"
)


def _area(words: str, lang: str, prefixes: bool = True) -> Place | None:
    """The country or region ``words`` names (with ``prefixes``, its longest leading part that
    names one); never a town."""
    parts = words.split()
    for n in range(len(parts), 0 if prefixes else len(parts) - 1, -1):
        surface = " ".join(parts[:n])
        place = lookup_place(surface, lang)
        if place is not None:
            return place if place.kind in ("country", "region") else None
        region = lookup_region(surface, lang)
        if region is not None:
            return region
    return None


def namesake_area(text: str, end: int, place: Place, lang: str = "fr",
                  not_places: tuple[tuple[int, int], ...] = ()) -> Place | None:
    """Another country's region, or another country, written right after the town ``place``
    whose name ends at ``end`` (``London (Ontario)``, ``Paris, Texas``), or None.

    Such a town is a namesake of the gazetteer's (``London``, Ontario, is not the British
    capital) and must stay apart from it. A list of places after the comma is no qualifier
    (``à Londres, en Allemagne et en France``), nor a town (``Londres, Paris``), nor a name the
    tagger read as a person or a body (spans in ``not_places``: region names are people's too).
    """
    if place.kind not in ("city", "seat"):
        return None
    m = _QUALIFIER_AFTER.match(text, end)
    if m is None:
        return None
    group = "bracket" if m.group("bracket") else "comma"
    # After a comma the whole capitalised run must be the area: only its start being one is a
    # longer name (``Victoria Beckham``).
    area = _area(m.group(group), lang, prefixes=group == "bracket")
    if area is None or area.code == place.code:
        return None
    q_start, q_end = m.span(group)
    if any(s < q_end and q_start < e for s, e in not_places):
        return None
    if group == "comma":
        if not _SET_OFF.match(text, m.end()):
            return None
        listed = _LIST_AFTER.match(text, m.end())
        if listed:
            nxt = _area(listed.group(1), lang) or lookup_place(listed.group(1), lang)
            if nxt is None or nxt.code != area.code:
                return None
    return area


def namesake_area_of(text: str, spans, lang: str = "fr",
                     not_places: tuple[tuple[int, int], ...] = ()) -> Place | None:
    """:func:`namesake_area` for the first of an entity's mention ``spans`` (start, end) that
    names a gazetteer town and is placed elsewhere, or None."""
    for start, end in spans:
        town = lookup_place(text[start:end], lang)
        if town is not None:
            area = namesake_area(text, end, town, lang, not_places)
            if area is not None:
                return area
    return None


def reset_caches() -> None:
    get_gazetteer.cache_clear()
    lookup_organisation.cache_clear()
    lookup_place.cache_clear()
    demonym_country.cache_clear()
    lookup_region.cache_clear()
    country_of_code.cache_clear()
    organisation_acronyms.cache_clear()
