"""Analysed documents built from lists of names, for the entity-linking test set and benchmark.

Cross-document resolution only needs what the pipeline hands it: entities with mentions,
variants, roles and quote speakers. Building those directly from a description lets the test set
and the benchmark exercise the resolver without spaCy, with exactly the variants intended.
"""

from __future__ import annotations

from typing import Any

from veille.model import Document, Entity, Mention, Quote, Role, Speaker, content_hash
from veille.names import display_name, entity_id, name_key

__all__ = ["build_document"]


def build_document(doc_id: str, entities: list[dict[str, Any]], *, roles: list[dict[str, Any]] = (),
                   quotes: list[int] = (), published: str | None = None, title: str | None = None) -> Document:
    """A document whose text lists each entity's surfaces as sentences.

    ``entities``: ``{"name": str, "type": "PER"|"LOC"|"ORG"|"MISC", "variants": [str, ...]}``; the
    name and each variant become one mention of a single in-document entity (as the entities
    stage would have grouped them). ``roles``: ``{"person": i, "title": str, "of": j|None}`` with
    indexes into ``entities``. ``quotes``: indexes of entities that are quoted once each.
    """
    parts: list[str] = []
    pos = 0
    built: list[Entity] = []
    for item in entities:
        etype = item.get("type", "PER")
        surfaces = [item["name"], *item.get("variants", ())]
        mentions = []
        for surface in surfaces:
            sentence = f"On parle de {surface}. "
            start = pos + len("On parle de ")
            mentions.append(Mention(start, start + len(surface), etype))
            parts.append(sentence)
            pos += len(sentence)
        name = display_name(max(surfaces, key=lambda s: len(name_key(s))))
        built.append(Entity(entity_id(etype, name_key(name)), name, etype, tuple(mentions), tuple(sorted(set(surfaces)))))
    text = "".join(parts)
    role_objs = []
    for r in roles:
        person = built[r["person"]]
        of = built[r["of"]].id if r.get("of") is not None else None
        m = person.mentions[0]
        role_objs.append(Role(person.id, r["title"], of, m.start, m.end))
    quote_objs = []
    for i in quotes:
        m = built[i].mentions[0]
        quote_objs.append(Quote(m.start, m.end, "direct", Speaker(built[i].id, built[i].name)))
    # Two entities of one document may share a local id (same name twice in the list): merge.
    merged: dict[str, Entity] = {}
    for e in built:
        if e.id in merged:
            prev = merged[e.id]
            e = Entity(e.id, prev.name, prev.type, prev.mentions + e.mentions, tuple(sorted(set(prev.variants + e.variants))))
        merged[e.id] = e
    return Document(
        id=doc_id, text=text, title=title, lang="fr", published=published, content_hash=content_hash(doc_id + text),
        analyzed=True, entities=tuple(merged.values()), roles=tuple(role_objs), quotes=tuple(quote_objs),
    )
