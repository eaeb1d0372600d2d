"""Resolving one document's entities to canonical entities.

Order matters: places and organisations first, then full person names, then lone surnames, so
that the ambiguous mentions are decided with the document's already-resolved entities as context.
Curation decisions stored in the index (pinned mentions, blocked variants, manual aliases,
redirects of merged entities) are applied here, which is how they survive re-analysis.
"""

from __future__ import annotations

import logging

from veille.model import Document, Entity
from veille.names import name_key
from veille.resolve.index import CanonIndex
from veille.resolve.keys import acronym_key, is_generic, person_name, phonetic_key
from veille.resolve.matcher import Profile, choose, score
from veille.resolve.rewrite import carve_mentions, remap_document

__all__ = ["resolve_document"]

log = logging.getLogger(__name__)

_PASS = {"LOC": 0, "ORG": 1, "MISC": 1}
_DEMONYM = "DEMONYM"  # label of country-adjective mentions (veille.pipeline.stages.entities)


def _place(surfaces: list[str], countries_only: bool = False) -> tuple[str, str] | None:
    """(place id, canonical name) from the gazetteer for the first surface it knows; with
    ``countries_only``, only a country counts."""
    try:
        from veille.gazetteer import lookup_place
    except ImportError:  # the gazetteer is optional for the resolver
        return None
    for s in surfaces:
        place = lookup_place(s)
        if place is not None and (not countries_only or place.kind == "country"):
            return getattr(place, "id", None) or f"{place.kind}:{place.code}:{name_key(place.name)}", place.name
    return None


def _namesake_area(doc: Document, entity: Entity):
    """The other country's region or country a mention of this town is placed in, if any
    (see :func:`veille.gazetteer.namesake_area`)."""
    try:
        from veille.gazetteer import namesake_area_of
    except ImportError:
        return None
    not_places = tuple((m.start, m.end) for e in doc.entities if e.type in ("PER", "ORG") for m in e.mentions)
    return namesake_area_of(doc.text, ((m.start, m.end) for m in entity.mentions), doc.lang or "fr", not_places)


def _country_of_place(index: CanonIndex, doc: Document, entity_id: str, mapping: dict[str, str]) -> str:
    """The canonical id that stands for the country of a role's place: the place's own for a
    country or an unknown place; for a town or region the gazetteer places in a country, that
    country's (``sénateur de Floride`` and ``secrétaire d'État américain`` are one country's
    posts, not two namesakes'), when the store already knows the country."""
    own = mapping[entity_id]
    entity = doc.entity(entity_id)
    try:
        from veille.gazetteer import country_of_code, lookup_place, lookup_region
    except ImportError:
        return own
    lang = doc.lang or "fr"
    place = (lookup_place(entity.name, lang) or lookup_region(entity.name, lang)) if entity is not None else None
    if place is None and entity is not None:
        # ``l'oblast de Charkiw``: a region named after its town is in the town's country.
        marked = _region_names(doc, entity, [entity.name], lang)
        place = next((p for p in (lookup_place(s, lang) for s in marked) if p is not None), None)
    if place is None or place.kind == "country":
        return own
    country = country_of_code(place.code, lang)
    if country is None:
        return own
    row = index.conn.execute("SELECT id FROM canon_entities WHERE place = ? LIMIT 1", (country.id,)).fetchone()
    return index.follow(row[0]) if row is not None else f"country:{place.code}"


def _country_evidence(doc: Document, entity: Entity) -> dict[str, int]:
    """Mentions per country code of the document's other places (countries, their adjectives,
    gazetteer towns and regions): where the story is."""
    try:
        from veille.gazetteer import lookup_place, lookup_region
    except ImportError:
        return {}
    lang = doc.lang or "fr"
    counts: dict[str, int] = {}
    for other in doc.entities:
        if other.type != "LOC" or other.id == entity.id:
            continue
        place = lookup_place(other.name, lang) or lookup_region(other.name, lang)
        if place is not None:
            counts[place.code] = counts.get(place.code, 0) + len(other.mentions)
    return counts


def _region_names(doc: Document, entity: Entity, surfaces: list[str], lang: str) -> list[str]:
    """The entity's names that the text marks as a region's: after a region noun (``l'État de |
    New York``, ``la province de | Córdoba``) or starting with one (``État de Géorgie``, the noun
    dropped). Empty when nothing marks them."""
    try:
        from veille.pipeline.stages._titles import match_ending_at, title_patterns
    except ImportError:
        return []
    pats = title_patterns(lang)
    if pats is None:
        return []
    names = [s[m.end():] for s in surfaces if (m := pats.region_name.match(s)) is not None]
    names += [doc.text[m.start:m.end] for m in entity.mentions
              if m.label != _DEMONYM and match_ending_at(pats.region_before, doc.text, m.start) is not None]
    return names


def _namesake_reading(doc: Document, entity: Entity, surfaces: list[str]) -> str | None:
    """The place id of a name two countries' places share, read from the story: ``Géorgie`` in a
    story about the United States is the state, not the country; ``Córdoba`` among Argentine
    places is the province, and in Andalusia another place. None for a name no region shares.

    The region's reading wins when the story's other places point to the region's country at
    least twice and more than to the gazetteer place's (its own country adjectives count for the
    latter); a region-only name otherwise is keyed as not the region, so that the two readings
    never merge."""
    try:
        from veille.gazetteer import lookup_place, lookup_region
    except ImportError:
        return None
    lang = doc.lang or "fr"
    marked = _region_names(doc, entity, surfaces, lang)
    region = next((r for r in (lookup_region(s, lang) for s in [*marked, *surfaces]) if r is not None), None)
    if region is None:
        # ``la région de Kharkiv`` and ``l'oblast de Charkiw``: a region the text names after its
        # town, whatever the noun or the spelling; the town's own entry tells it is one region
        # (and not the town: the key differs from the town's).
        town = next((p for p in (lookup_place(s, lang) for s in marked) if p is not None and p.kind == "city"), None)
        return f"region-of:{town.id}" if town is not None else None
    region_key = f"region:{region.code}:{name_key(region.name)}"
    if marked:
        return region_key  # ``l'État de New York``, ``la province de Córdoba``: the text says which
    place = next((p for p in (lookup_place(s, lang) for s in surfaces) if p is not None), None)
    if place is not None and place.code == region.code:
        return None  # ``Mexico``, the city and the state: one country either way
    evidence = _country_evidence(doc, entity)
    own = evidence.get(place.code, 0) if place is not None else 0
    if place is not None and place.kind == "country":
        own += sum(1 for m in entity.mentions if m.label == _DEMONYM)
    home = evidence.get(region.code, 0)
    if home >= 2 and home > own:
        return region_key
    if place is not None:
        return None  # the gazetteer's place, as usual
    # A region-only name in a story that does not point to the region's country: the other
    # reading (``Kurdistan`` in a story about Iraq is not Iran's province), one entity whatever
    # country the story is in. (Requiring the region's country to lead the count as well kept
    # two Sahel stories together but merged the Iraqi and Iranian Kurdistans: not worth it.)
    return f"place:{name_key(region.name)}@not-{region.code}"


def _surfaces(doc: Document, entity: Entity) -> list[str]:
    # Country adjectives the roles stage adds as mentions (``biélorusse``) are not names.
    mentions = (doc.text[m.start:m.end] for m in entity.mentions if m.label != _DEMONYM)
    variants = [v for v in entity.variants if v.strip() and (not v.islower() or entity.type == "PER")]
    seen = dict.fromkeys([entity.name, *variants, *mentions])
    return [s for s in seen if s.strip()]


def _profile(doc: Document, entity: Entity) -> Profile:
    surfaces = _surfaces(doc, entity)
    pkeys = frozenset(k for k in (phonetic_key(s) for s in surfaces) if k)
    person = place = None
    name = entity.name
    main = max(surfaces, key=lambda s: (len(phonetic_key(s).split()), s == entity.name))
    if entity.type == "PER":
        # The fullest spelling carries the given names.
        person = person_name(main)
    else:
        # An organisation named like a town (a club: ``l'attaquant de Lyon``) is not the town; the
        # entities stage already made a place of every name it found used as one, and of a
        # country used for its government (``la Russie a annoncé``).
        found = _place(surfaces, countries_only=entity.type == "ORG")
        reading = _namesake_reading(doc, entity, surfaces) if entity.type == "LOC" else None
        if reading is not None:
            place, name = reading, entity.name
        elif found:
            place, name = found
            area = _namesake_area(doc, entity)
            if area is not None:
                # ``London (Ontario)``: a namesake of the gazetteer's town, one per country.
                place, name = f"{place}@{area.code}", entity.name
    generic = entity.type in ("ORG", "MISC") and not place and is_generic(main)
    acronyms = frozenset()
    if entity.type in ("ORG", "MISC"):
        acronyms = frozenset(a for a in (acronym_key(s) for s in surfaces) if a)
    return Profile(type=entity.type, name=name, pkeys=pkeys, person=person, place=place, main=phonetic_key(main),
                   generic=generic, acronyms=acronyms)


def _resolve_one(index: CanonIndex, profile: Profile, surfaces: list[str], in_doc: set[str],
                 exclude: set[str]) -> str:
    if profile.partial and profile.type == "PER" and _place(surfaces):
        # A lone ``Washington`` or ``Lincoln`` tagged as a person may well be the place: no merge.
        return index.create(profile)
    matches = []
    for cid in index.candidate_ids(profile, surfaces) - exclude:
        cand = index.candidate(cid)
        if cand is None:
            continue
        match = score(profile, cand)
        if match is not None:
            if cid in in_doc:
                match.support += 2  # the same document is the strongest context there is
            matches.append(match)
    best = choose(profile, matches)
    if best is not None:
        return best.candidate.id
    return index.create(profile)


def resolve_document(index: CanonIndex, doc: Document) -> Document:
    """``doc`` with canonical entity ids; the index learns its variants and context."""
    if not doc.entities:
        return doc
    forced: dict[str, str] = {}
    pins = index.pins(doc.id, doc.text)
    if pins:
        for entity in list(doc.entities):
            targets: dict[str, set[tuple[int, int]]] = {}
            for m in entity.mentions:
                target = pins.get((m.start, m.end))
                if target is not None:
                    targets.setdefault(target, set()).add((m.start, m.end))
            for target, spans in targets.items():
                doc = carve_mentions(doc, entity.id, spans, target, index.name_of(target) or entity.name)
                forced[target] = target
    entities = [e for e in doc.entities if e.id not in forced]
    profiles = {e.id: _profile(doc, e) for e in entities}
    local_types = {e.id: e.type for e in doc.entities}

    def order(e: Entity) -> tuple[int, int]:
        p = profiles[e.id]
        if p.type == "PER":
            return (3 if p.partial else 2, e.mentions[0].start if e.mentions else 0)
        return (_PASS.get(p.type, 1), e.mentions[0].start if e.mentions else 0)

    mapping: dict[str, str] = dict(forced)
    resolved: set[str] = set(forced.values())
    taken_by: dict[str, str] = {}
    full_surnames: dict[str, str] = {}
    for entity in sorted(entities, key=order):
        profile = profiles[entity.id]
        profile.context = frozenset(resolved)
        profile.countries = frozenset(
            _country_of_place(index, doc, r.of, mapping) for r in doc.roles
            # A country inferred from the story is no evidence of who the person is.
            if r.person == entity.id and not r.of_inferred and r.of in mapping and local_types.get(r.of) == "LOC"
        )
        surfaces = _surfaces(doc, entity)
        # The entities stage kept this entity apart from the document's others; one of another
        # type is a different thing (the commune of Anderlecht and its club ``RSC Anderlecht``).
        kept_apart = {c for c, t in taken_by.items() if t != entity.type}
        if profile.partial and profile.person is not None:
            # A lone name the entities stage kept apart from a full name of this document
            # ending with it (``le sultan Ibrahim`` beside ``Anwar Ibrahim``): it had a reason,
            # since it joins a lone surname to the one full name ending with it, spelt alike,
            # otherwise (a variant spelling, ``Poutine`` beside ``Vladimir Putin``, may still join).
            lone = name_key(entity.name)
            kept_apart |= {c for c, last in full_surnames.items() if last == lone}
        cid = _resolve_one(index, profile, surfaces, resolved, kept_apart)
        # Variants a curator removed from that entity go elsewhere.
        blocked = {r[0] for r in index.conn.execute("SELECT pkey FROM canon_blocks WHERE canon_id = ?", (cid,))}
        if blocked:
            spans_by_surface: dict[str, set[tuple[int, int]]] = {}
            for m in entity.mentions:
                surface = doc.text[m.start:m.end]
                if phonetic_key(surface) in blocked:
                    spans_by_surface.setdefault(surface, set()).add((m.start, m.end))
            for surface, spans in spans_by_surface.items():
                sub = Profile(type=entity.type, name=surface, pkeys=frozenset({phonetic_key(surface)}),
                              person=person_name(surface) if entity.type == "PER" else None,
                              context=profile.context)
                other = _resolve_one(index, sub, [surface], resolved, {cid})
                doc = carve_mentions(doc, entity.id, spans, other, index.name_of(other) or surface)
                mapping[other] = other
                resolved.add(other)
                index.add_aliases(other, entity.type, [surface])
            surfaces = [s for s in surfaces if phonetic_key(s) not in blocked]
        mapping[entity.id] = cid
        resolved.add(cid)
        taken_by.setdefault(cid, entity.type)
        if profile.person is not None and not profile.partial:
            full_surnames[cid] = name_key(entity.name).split()[-1]
        index.add_aliases(cid, entity.type, surfaces)
    for entity in entities:
        profile = profiles[entity.id]
        index.observe(mapping[entity.id], profile, resolved)
    names = {cid: index.name_of(cid) or "" for cid in resolved}
    names = {k: v for k, v in names.items() if v}
    return remap_document(doc, mapping, names)

