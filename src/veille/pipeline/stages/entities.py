"""Entities: named-entity mentions grouped into one entity per name within a document.

Mentions come from the parse's NER (PER/LOC/ORG/MISC). Grouping is case- and accent-insensitive;
a person's surname alone (``Aleinik``) joins the full name seen elsewhere in the document
(``Sergueï Aleinik``) when exactly one full name ends with it. Entity ids come from
``names.entity_id`` so the same normalised name gets the same id in every document; the store's
resolver may later map them to a canonical entity across spellings.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from veille.model import ENTITY_TYPES, Entity, Mention, Document
from veille.names import LEADING_ARTICLES, display_name, entity_id, name_key
from veille.pipeline.registry import stage
from veille.settings import Settings

__all__ = ["extract_mentions", "group_mentions", "make_entities"]

_LABELS = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "MISC": "MISC"}
_EDGE = set(" \t\n\"'«»“”‘’()[],.;:!?–—-")


def _trim(text: str, start: int, end: int, strip_articles: bool) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if strip_articles:
        m = LEADING_ARTICLES.match(text, start, end)
        if m and m.end() < end and text[m.end()].isupper():
            start = m.end()
    return start, end


def extract_mentions(doc: Document) -> list[Mention]:
    """NER spans trimmed of quotes, brackets and leading articles; junk spans dropped."""
    text = doc.text
    out = []
    for ent in doc.parse.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char, strip_articles=True)
        surface = text[start:end]
        # A name has at least one capital letter and two letters; spaCy's French MISC in
        # particular fires on lower-case words and stray punctuation.
        if end - start < 2 or not any(c.isupper() for c in surface) or sum(c.isalpha() for c in surface) < 2:
            continue
        if "\n" in surface:
            continue
        out.append(Mention(start, end, label))
    return out


def group_mentions(text: str, mentions: list[Mention]) -> list[Entity]:
    """One entity per normalised name; surnames join the single full name that ends with them."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[name_key(text[m.start : m.end])].append(m)

    # Multi-word person names, indexed by their last word, to attach lone surnames.
    person_keys = [k for k, ms in groups.items() if " " in k and _vote(ms) == "PER"]
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in person_keys:
        by_last[k.rsplit(" ", 1)[1]].append(k)
    for k in list(groups):
        if " " in k:
            continue
        owners = by_last.get(k, [])
        if len(owners) == 1 and _vote(groups[k]) in ("PER", "MISC", "LOC", "ORG"):
            # Only a surname-like single word joins; a lone place name that happens to be
            # someone's surname stays a place when it is clearly tagged LOC more often.
            if _vote(groups[k]) == "LOC" and Counter(m.label for m in groups[k])["LOC"] > 1:
                continue
            groups[owners[0]].extend(groups.pop(k))

    entities = []
    for key, ms in groups.items():
        ms.sort(key=lambda m: m.start)
        etype = _vote(ms)
        surfaces = Counter(text[m.start : m.end] for m in ms)
        name = display_name(max(surfaces, key=lambda s: (len(name_key(s)), not s.isupper(), surfaces[s])))
        entities.append(
            Entity(
                id=entity_id(etype, name_key(name)),
                name=name,
                type=etype,
                mentions=tuple(ms),
                variants=tuple(sorted(surfaces)),
            )
        )
    entities.sort(key=lambda e: e.mentions[0].start)
    return entities


def _vote(mentions: list[Mention]) -> str:
    counts = Counter(m.label for m in mentions)
    # PER beats the rest on ties: spaCy's French model under-tags persons in long names.
    return max(ENTITY_TYPES, key=lambda t: (counts.get(t, 0), t == "PER"))


@stage("entities", requires=("parse", "text"), assigns=("entities",))
def make_entities(settings: Settings):
    """Entity mentions grouped per name within the document."""

    def entities(doc: Document) -> Document:
        return doc.replace(entities=tuple(group_mentions(doc.text, extract_mentions(doc))))

    return entities
