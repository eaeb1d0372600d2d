"""The one data model of veille.

Every pipeline stage takes a :class:`Document` and returns a new one (``dataclasses.replace``);
nothing here is mutated after construction. Spans hold character offsets into ``Document.text``,
never copies of it: the text of a span is derived when the document is serialised, so offsets
and text can never disagree.

The JSON shape written by :meth:`Document.to_dict` is the project's public contract (see
``schema/document.schema.json``); :meth:`Document.from_dict` reads it back losslessly.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Iterable

__all__ = [
    "ENTITY_TYPES",
    "QUOTE_KINDS",
    "TIME_TYPES",
    "Span",
    "Boilerplate",
    "Mention",
    "Entity",
    "Speaker",
    "Quote",
    "TimeMention",
    "Role",
    "Document",
    "content_hash",
]

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
QUOTE_KINDS = ("direct", "indirect", "mixed")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")


def content_hash(text: str) -> str:
    """Stable hash of an article's content, used to detect re-ingestion of the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Span:
    """A character range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def to_dict(self, text: str) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": text[self.start : self.end]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Span":
        return cls(int(data["start"]), int(data["end"]))


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A line removed from the article body, kept so the user can see what was dropped and why."""

    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Boilerplate":
        return cls(data["text"], data["reason"])


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in the text. ``label`` is the NER label that produced it."""

    start: int
    end: int
    label: str = ""

    def to_dict(self, text: str) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": text[self.start : self.end]}
        # The label says how the mention was found (PER/LOC/… from NER, DEMONYM for a country
        # adjective such as "russe"); keeping it lets readers tell names from adjectives.
        if self.label:
            data["label"] = self.label
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], label: str = "") -> "Mention":
        return cls(int(data["start"]), int(data["end"]), data.get("label", label))


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or other named thing, with all its mentions in one document.

    ``id`` is stable across documents for the same real-world entity (see ``resolve``);
    ``name`` is the canonical display name; ``variants`` are other surface forms seen.
    """

    id: str
    name: str
    type: str
    mentions: tuple[Mention, ...] = ()
    variants: tuple[str, ...] = ()

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.to_dict(text) for m in self.mentions],
            "variants": list(self.variants),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Entity":
        return cls(
            id=data["id"],
            name=data["name"],
            type=data["type"],
            mentions=tuple(Mention.from_dict(m, data["type"]) for m in data.get("mentions", ())),
            variants=tuple(data.get("variants", ())),
        )


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who made a statement: the resolved entity id (or None) and the name as the text gives it.

    ``start``/``end`` locate the speaker's words in the text when they are there (a pronoun or a
    description such as ``le porte-parole``), else they are None.
    """

    entity: str | None
    name: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"entity": self.entity, "name": self.name}
        if self.start is not None:
            data["start"], data["end"] = self.start, self.end
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Speaker":
        return cls(data.get("entity"), data.get("name", ""), data.get("start"), data.get("end"))


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement reported in the article: direct, indirect or mixed, with speaker and cue."""

    start: int
    end: int
    kind: str
    speaker: Speaker | None = None
    cue: Span | None = None
    when: str | None = None

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else {"entity": None, "name": ""},
            "cue": self.cue.to_dict(text) if self.cue else None,
            "when": self.when,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quote":
        speaker = data.get("speaker")
        cue = data.get("cue")
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            kind=data["kind"],
            speaker=Speaker.from_dict(speaker) if speaker else None,
            cue=Span.from_dict(cue) if cue else None,
            when=data.get("when"),
        )


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression normalised TimeML-style: ``type`` in TIME_TYPES, ``value`` ISO-8601-ish.

    ``anchor`` says what a relative value was computed from: ``published``, ``previous`` (the
    last date mentioned), ``inferred`` or None for absolute expressions.
    """

    start: int
    end: int
    type: str
    value: str | None
    anchor: str | None = None

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
            "type": self.type,
            "value": self.value,
            "anchor": self.anchor,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TimeMention":
        return cls(int(data["start"]), int(data["end"]), data["type"], data.get("value"), data.get("anchor"))


@dataclass(frozen=True, slots=True)
class Role:
    """A title a person holds according to the text: ``person`` and ``of`` are entity ids.

    ``of_inferred``: the text does not say ``of`` at the title; it is the story's country
    (``le Premier ministre X`` in an article about Senegal). Shown as such, and never used to
    tell two namesakes apart.
    """

    person: str
    title: str
    of: str | None
    start: int
    end: int
    of_inferred: bool = False

    def to_dict(self, text: str) -> dict[str, Any]:
        out = {
            "person": self.person,
            "title": self.title,
            "of": self.of,
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
        }
        if self.of_inferred:
            out["of_inferred"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Role":
        return cls(data["person"], data["title"], data.get("of"), int(data["start"]), int(data["end"]),
                   bool(data.get("of_inferred", False)))


def _spans(items: Iterable[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple(Span.from_dict(i) for i in items)


@dataclass(frozen=True, slots=True)
class Document:
    """An article and everything extracted from it.

    ``raw`` is the text as ingested (before cleaning); ``text`` is the clean body that every
    offset indexes into. ``parse`` is the transient spaCy ``Doc`` shared between stages of one
    run; it is never serialised or compared.
    """

    id: str
    text: str
    source: str = ""
    title: str | None = None
    lang: str | None = None
    published: str | None = None
    url: str | None = None
    raw: str | None = None
    content_hash: str = ""
    published_inferred: bool = False
    analyzed: bool = False
    boilerplate: tuple[Boilerplate, ...] = ()
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeMention, ...] = ()
    roles: tuple[Role, ...] = ()
    errors: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False)
    parse: Any = field(default=None, compare=False, repr=False)

    def replace(self, **changes: Any) -> "Document":
        return dataclasses.replace(self, **changes)

    def span_text(self, span: Span | Mention | Quote | TimeMention | Role) -> str:
        return self.text[span.start : span.end]

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing ``offset`` (binary search over sorted sentence spans)."""
        sents = self.sentences
        lo, hi = 0, len(sents)
        while lo < hi:
            mid = (lo + hi) // 2
            if sents[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(sents) and sents[lo].start <= offset:
            return sents[lo]
        return None

    def entity(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def to_dict(self) -> dict[str, Any]:
        text = self.text
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "lang": self.lang,
            "published": self.published,
            "published_inferred": self.published_inferred,
            "url": self.url,
            "content_hash": self.content_hash,
            "analyzed": self.analyzed,
            "text": text,
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "entities": [e.to_dict(text) for e in self.entities],
            "quotes": [q.to_dict(text) for q in self.quotes],
            "times": [t.to_dict(text) for t in self.times],
            "roles": [r.to_dict(text) for r in self.roles],
            "errors": list(self.errors),
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        return cls(
            id=data["id"],
            text=data["text"],
            source=data.get("source", ""),
            title=data.get("title"),
            lang=data.get("lang"),
            published=data.get("published"),
            url=data.get("url"),
            content_hash=data.get("content_hash", ""),
            published_inferred=bool(data.get("published_inferred", False)),
            analyzed=bool(data.get("analyzed", False)),
            boilerplate=tuple(Boilerplate.from_dict(b) for b in data.get("boilerplate", ())),
            sentences=_spans(data.get("sentences", ())),
            entities=tuple(Entity.from_dict(e) for e in data.get("entities", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            times=tuple(TimeMention.from_dict(t) for t in data.get("times", ())),
            roles=tuple(Role.from_dict(r) for r in data.get("roles", ())),
            errors=tuple(data.get("errors", ())),
            meta=dict(data.get("meta", {})),
        )
