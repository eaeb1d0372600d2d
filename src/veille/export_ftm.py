"""FollowTheMoney export: entities, articles, mentions and roles as FtM JSON lines.

Each line is ``{"id", "schema", "properties": {name: [values]}}``, the shape ``ftm`` tools and
Aleph read (``ftm validate``, ``ftm aggregate``, ``alephclient write-entities``). The mapping is
documented in ``docs/ftm.md``:

- a person → ``Person``; an organisation → ``Organization``; a place → ``Address``; another named
  thing → ``LegalEntity``; every surface variant seen becomes an ``alias``;
- a document → ``Article`` (title, bodyText, publishedAt, sourceUrl, language, and the names of the
  people, organisations and places it mentions);
- each (document, person-or-organisation) pair → ``Mention`` (``document`` → the Article,
  ``resolved`` → the entity, surface forms as ``personMentioned``/``companyMentioned``, the
  document's countries as ``contextCountry``);
- each role → ``Position`` (title and country) plus ``Occupancy`` (holder → Person, post →
  Position, ``startDate`` = the date the document gives for it).

Quotes have no FtM schema and are not exported (use the JSON export for them).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from typing import IO, Any

import orjson

__all__ = ["export_ftm", "SCHEMA_FOR_TYPE"]

SCHEMA_FOR_TYPE = {"PER": "Person", "ORG": "Organization", "LOC": "Address", "MISC": "LegalEntity"}
# ISO 639-1 (what the language stage writes) to the ISO 639-3 codes FtM's language type uses.
_LANG3 = {"fr": "fra", "en": "eng", "de": "deu", "es": "spa", "it": "ita", "pl": "pol", "ru": "rus", "uk": "ukr",
          "be": "bel", "pt": "por", "nl": "nld", "ar": "ara"}


def _id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:24]


def _country_code(name: str, cache: dict[str, str | None]) -> str | None:
    if name not in cache:
        code = None
        try:
            from veille.gazetteer import lookup_place

            place = lookup_place(name)
            if place is not None and len(place.code) == 2 and place.code.isalpha():
                code = place.code.lower()
        except ImportError:
            pass
        cache[name] = code
    return cache[name]


def _line(out: IO[str], entity_id: str, schema: str, props: dict[str, list[Any]]) -> None:
    clean = {k: sorted({str(v) for v in vs if v not in (None, "")}) for k, vs in props.items()}
    out.write(orjson.dumps({"id": entity_id, "schema": schema,
                            "properties": {k: v for k, v in clean.items() if v}}).decode() + "\n")


def export_ftm(store: Any, out: IO[str]) -> int:
    """Write the store as FtM entities to ``out``; returns the number of lines written."""
    conn = store.conn
    countries: dict[str, str | None] = {}
    names: dict[str, tuple[str, str]] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in conn.execute("SELECT DISTINCT m.entity_id, m.text, e.name, e.type FROM mentions m"
                            " JOIN entities e ON e.id = m.entity_id"):
        names[row[0]] = (row[2], row[3])
        aliases[row[0]].add(row[1])
    positions: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    for row in conn.execute('SELECT person, title, "of", when_ FROM roles WHERE person IS NOT NULL'):
        positions[row[0]].append((row[1], row[2], row[3]))
    count = 0
    seen_posts: set[str] = set()
    for entity_id, (name, etype) in names.items():
        schema = SCHEMA_FOR_TYPE.get(etype, "LegalEntity")
        props: dict[str, list[Any]] = {"name": [name], "alias": sorted(aliases[entity_id] - {name})}
        if schema == "Address":
            props = {"full": [name], "country": [_country_code(name, countries)], "alias": props["alias"]}
            del props["alias"]  # Address has no alias property; variants stay on the mentions
        elif schema == "Person":
            props["position"] = [t for t, _, _ in positions.get(entity_id, ())]
        _line(out, entity_id, schema, props)
        count += 1
    for person, roles in positions.items():
        if person not in names:
            continue
        for title, of, when in roles:
            of_name = names.get(of, ("", ""))[0] if of else ""
            post_id = "pos-" + _id(title, of or "")
            if post_id not in seen_posts:
                seen_posts.add(post_id)
                _line(out, post_id, "Position", {"name": [f"{title} ({of_name})" if of_name else title],
                                                 "country": [_country_code(of_name, countries) if of_name else None]})
                count += 1
            _line(out, "occ-" + _id(person, post_id, when or ""), "Occupancy",
                  {"holder": [person], "post": [post_id], "startDate": [when]})
            count += 1
    for doc in store.iter_documents():
        article_id = "doc-" + doc.id
        mentioned: dict[str, set[str]] = defaultdict(set)
        doc_countries = set()
        for e in doc.entities:
            surfaces = {doc.text[m.start : m.end] for m in e.mentions}
            mentioned[e.type].update(surfaces)
            if e.type == "LOC":
                doc_countries.add(_country_code(e.name, countries))
        _line(out, article_id, "Article", {
            "title": [doc.title], "bodyText": [doc.text], "publishedAt": [doc.published], "sourceUrl": [doc.url],
            "language": [_LANG3.get(doc.lang or "", None)], "peopleMentioned": sorted(mentioned["PER"]),
            "companiesMentioned": sorted(mentioned["ORG"]), "locationMentioned": sorted(mentioned["LOC"]),
            "detectedCountry": sorted(c for c in doc_countries if c),
        })
        count += 1
        for e in doc.entities:
            if e.type not in ("PER", "ORG", "MISC"):
                continue
            surfaces = sorted({doc.text[m.start : m.end] for m in e.mentions})
            key = "personMentioned" if e.type == "PER" else "companyMentioned"
            _line(out, "men-" + _id(doc.id, e.id), "Mention", {
                "document": [article_id], "resolved": [e.id], key: surfaces,
                "contextCountry": sorted(c for c in doc_countries if c),
            })
            count += 1
    return count
