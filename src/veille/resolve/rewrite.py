"""Rewriting a document's entity ids consistently (entities, quote speakers, roles).

Used by the resolver (document-local ids → canonical ids) and by curation (merge, split,
rename). Entities that end up with the same id are merged into one, so a document never lists an
entity twice.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Mapping

from veille.model import Document, Entity, Mention, Quote

__all__ = ["remap_document", "carve_mentions"]


def _merge(group: list[Entity], new_id: str, name: str | None) -> Entity:
    mentions = sorted({(m.start, m.end): m for e in group for m in e.mentions}.values(), key=lambda m: (m.start, m.end))
    variants = tuple(sorted({v for e in group for v in (e.variants or (e.name,))}))
    types = Counter()
    for e in group:
        types[e.type] += len(e.mentions) or 1
    etype = max(types, key=lambda t: (types[t], t == "PER"))
    return Entity(id=new_id, name=name or group[0].name, type=etype, mentions=tuple(mentions), variants=variants)


def remap_document(doc: Document, mapping: Mapping[str, str], names: Mapping[str, str] | None = None) -> Document:
    """Replace entity ids by ``mapping`` (ids absent from it are kept) and display names by
    ``names`` (keyed by the new id)."""
    names = names or {}
    groups: dict[str, list[Entity]] = {}
    for e in doc.entities:
        groups.setdefault(mapping.get(e.id, e.id), []).append(e)
    entities = [_merge(g, new_id, names.get(new_id)) for new_id, g in groups.items()]
    entities.sort(key=lambda e: (e.mentions[0].start if e.mentions else -1, e.id))

    def sub(entity: str | None) -> str | None:
        return mapping.get(entity, entity) if entity else entity

    quotes = tuple(
        q.__class__(q.start, q.end, q.kind, q.speaker.__class__(sub(q.speaker.entity), q.speaker.name, q.speaker.start,
                                                                   q.speaker.end), q.cue, q.when)
        if q.speaker and q.speaker.entity in mapping else q
        for q in doc.quotes
    )
    roles = tuple(replace(r, person=sub(r.person) or r.person, of=sub(r.of)) for r in doc.roles)
    return doc.replace(entities=tuple(entities), quotes=quotes, roles=roles)


def _inside(span_start: int | None, span_end: int | None, mentions: list[Mention]) -> bool:
    if span_start is None or span_end is None:
        return False
    return any(m.start < span_end and span_start < m.end for m in mentions)


def carve_mentions(doc: Document, entity_id: str, spans: set[tuple[int, int]], new_id: str, new_name: str) -> Document:
    """Move the mentions of ``entity_id`` at ``spans`` to a new entity ``new_id``; roles and quote
    speakers whose span covers a moved mention follow it (all of them when every mention moved)."""
    entity = doc.entity(entity_id)
    if entity is None:
        return doc
    moved = [m for m in entity.mentions if (m.start, m.end) in spans]
    if not moved:
        return doc
    kept = [m for m in entity.mentions if (m.start, m.end) not in spans]
    text = doc.text
    carved = Entity(new_id, new_name, entity.type, tuple(moved), tuple(sorted({text[m.start:m.end] for m in moved})))
    entities = [e for e in doc.entities if e.id != entity_id and e.id != new_id]
    previous = doc.entity(new_id)
    if previous is not None:
        carved = _merge([previous, carved], new_id, new_name)
    entities.append(carved)
    if kept:
        entities.append(Entity(entity.id, entity.name, entity.type, tuple(kept),
                               tuple(sorted({text[m.start:m.end] for m in kept}))))
    entities.sort(key=lambda e: (e.mentions[0].start if e.mentions else -1, e.id))
    everything = not kept

    def follows(start: int | None, end: int | None) -> bool:
        return everything or _inside(start, end, moved)

    quotes = []
    for q in doc.quotes:
        if q.speaker and q.speaker.entity == entity_id and follows(q.speaker.start, q.speaker.end):
            q = Quote(q.start, q.end, q.kind, q.speaker.__class__(new_id, q.speaker.name, q.speaker.start, q.speaker.end),
                      q.cue, q.when)
        quotes.append(q)
    roles = []
    for r in doc.roles:
        person = new_id if r.person == entity_id and follows(r.start, r.end) else r.person
        of = new_id if r.of == entity_id and follows(r.start, r.end) else r.of
        roles.append(replace(r, person=person, of=of))
    return doc.replace(entities=tuple(entities), quotes=tuple(quotes), roles=tuple(roles))
