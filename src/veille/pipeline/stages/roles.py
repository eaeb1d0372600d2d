"""Roles: titles the text gives to people (``le ministre biélorusse des Affaires étrangères X``).

Two constructions, read off the text around each person mention, within its sentence:

- a title right before the name: ``le Premier ministre russe Mikhail Mishustin``,
  ``le ministre russe du Développement numérique, Maksut Shadayev``;
- an apposition right after it: ``Maksut Shadayev, ministre russe du Développement numérique,``,
  ``X, président de la Commission européenne,``.

The title keeps the text's wording (``chef de la diplomatie`` stays so; ``nouveau``/``actuel``
and qualifiers after the head such as ``renversé`` are left out; ``ancien``/``ex-`` are kept as
written) and its portfolio (``ministre des Affaires étrangères``); the country adjective moves to ``of``
as the country's entity (adding a ``DEMONYM`` mention to that entity, so roles assigns entities
too). A ``de ...`` complement naming an entity of the document or a gazetteer place
(``président du Kazakhstan``, ``porte-parole du Kremlin``) becomes ``of`` as well. ``son
homologue biélorusse X`` takes the title of the role just before it in the sentence. Role
start/end cover the title text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from veille.gazetteer import SOVEREIGN_OF, city_country, demonym_country, lookup_place, lookup_region
from veille.model import Document, Entity, Role
from veille.names import name_key
from veille.pipeline.registry import stage
from veille.pipeline.stages._country import DATELINE, CountryEvidence, demonym_forms, paragraph_start
from veille.pipeline.stages._titles import (
    RoleSyntax,
    TitleMatch,
    TitlePatterns,
    is_cabinet_secretary,
    match_ending_at,
    opens_on_portfolio,
    parse_title,
    pos_lookup,
    title_patterns,
)
from veille.pipeline.stages.entities import DEMONYM_LABEL, add_place_mentions
from veille.settings import Settings

__all__ = ["find_roles", "make_roles"]

_SPACES = re.compile(r"\s+")


class _Spans:
    """Entity lookup by character offset (non-person mentions, for ``of``)."""

    def __init__(self, entities: tuple[Entity, ...], facility_nouns: frozenset[str] = frozenset(), text: str = ""):
        self.facility_nouns = facility_nouns
        self.text = text
        self._by_surface: dict[str, Entity] | None = None
        self.items = sorted(
            (m.start, m.end, e) for e in entities for m in e.mentions if m.label != DEMONYM_LABEL and e.type != "PER"
        )
        self.persons = [(m.start, m.end) for e in entities if e.type == "PER" for m in e.mentions]
        self.starts = [s for s, _, _ in self.items]
        self.ending = {e: ent for _, e, ent in self.items}
        self.orgs_by_key = {name_key(e.name): e for e in entities if e.type == "ORG"}

    def org_id(self, name: str) -> str | None:
        """The id of the document's organisation called ``name`` (folded), or None."""
        org = self.orgs_by_key.get(name_key(name))
        return org.id if org is not None else None

    def named(self, surface: str) -> Entity | None:
        """The non-person entity one of whose mentions reads ``surface`` (folded), or None.
        Built on first use: most documents never ask."""
        if self._by_surface is None:
            self._by_surface = {}
            for s, e, ent in self.items:
                self._by_surface.setdefault(name_key(self.text[s:e]), ent)
            for _, _, ent in self.items:
                self._by_surface.setdefault(name_key(ent.name), ent)
        return self._by_surface.get(name_key(surface))

    def country_before(self, text: str, at: int, lang: str, syn: RoleSyntax) -> str | None:
        """The country whose mention ends right before ``du``/``de la`` at ``at`` (``la France
        du président X``), or None."""
        m = syn.of_before.search(text, max(0, at - 8), at)
        if m is None:
            return None
        ent = self.ending.get(m.start())
        if ent is None or ent.type != "LOC":
            return None
        place = lookup_place(ent.name, lang)
        return ent.id if place is not None and place.kind == "country" else None

    def has_person(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.persons)

    def latest_named(self, noun: str, before: int, text: str, pats: TitlePatterns) -> Entity | None:
        """The organisation mentioned last before ``before`` whose name starts with ``noun``; for
        ``du club``, a club last named through its players (``les joueurs d'Anderlecht``) comes
        first: the story's club, not the opponent whose name starts with ``Club``."""
        key = name_key(noun)
        found = club = None
        for s, _, ent in self.items:
            if s >= before:
                break
            if ent.type == "ORG" and name_key(ent.name).startswith(key):
                found = ent
            if key == "club" and ent.type == "ORG" and match_ending_at(pats.club_before, text, s) is not None:
                club = ent
        return club or found

    def story_org(self, before: int) -> Entity | None:
        """The organisation the text names most before ``before``; the first named of equals:
        the story's own body (``le président de l'organisation`` in a story that opens on the
        SADC and later quotes the IMF: the SADC)."""
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        by_id: dict[str, Entity] = {}
        for i in range(bisect_left(self.starts, before)):
            s, _, ent = self.items[i]
            if ent.type == "ORG":
                counts[ent.id] = counts.get(ent.id, 0) + 1
                first.setdefault(ent.id, s)
                by_id[ent.id] = ent
        if not counts:
            return None
        return by_id[max(counts, key=lambda i: (counts[i], -first[i]))]

    def latest_town(self, before: int, lang: str, lo: int = 0) -> Entity | None:
        """The place named last in ``[lo, before)`` that is no country (``le maire de la ville``)."""
        def town(ent: Entity) -> bool:
            place = lookup_place(ent.name, lang)
            if place is None and self._facility(ent.name):
                return False  # ``le boulevard Atatürk``, ``le stade X``: a place in a town, no town
            # A known city whatever its label (a dateline NER calls an organisation).
            return (ent.type == "LOC" and (place is None or place.kind not in ("country", "seat", "region"))) or (
                place is not None and place.kind == "city")

        return self._last(lo, before, town)

    def _facility(self, name: str) -> bool:
        low = name.lower()
        return any(low.startswith(noun + " ") for noun in self.facility_nouns)

    def latest_region(self, lo: int, before: int, lang: str, pats: TitlePatterns) -> Entity | None:
        """The state, province or région named last in ``[lo, before)``: a place named with its
        region noun (``l'État de Rio de Janeiro``), or an ISO 3166-2 region that is no town or
        country of the same name (``le Minas Gerais``; ``Paris`` is a département too)."""
        def region(ent: Entity) -> bool:
            if ent.type != "LOC":
                return False
            if pats.region_name.match(ent.name):
                return True
            place = lookup_place(ent.name, lang)
            if place is not None:
                # An overseas territory is its prefect's or governor's region (``La Réunion``).
                return place.kind == "region" or (place.kind == "country" and place.code in SOVEREIGN_OF)
            return lookup_region(ent.name, lang) is not None and city_country(ent.name) is None

        return self._last(lo, before, region)

    def first_country(self, lo: int, before: int, lang: str) -> Entity | None:
        """The country whose mention starts first in ``[lo, before)``."""
        return self._first(lo, before, lambda ent: _is_country(ent, lang))

    def orgs_in(self, lo: int, before: int) -> dict[str, Entity]:
        """The organisations with a mention starting in ``[lo, before)``, by id."""
        return {self.items[i][2].id: self.items[i][2] for i in range(bisect_left(self.starts, lo), bisect_left(self.starts, before))
                if self.items[i][2].type == "ORG"}

    def paragraph_org(self, text: str, at: int) -> Entity | None:
        """The one organisation the paragraph names before ``at`` (several, or none: None)."""
        found = self.orgs_in(paragraph_start(text, at), at)
        return next(iter(found.values())) if len(found) == 1 else None

    def first_org(self, lo: int, before: int) -> Entity | None:
        """The organisation mentioned first in ``[lo, before)``."""
        return self._first(lo, before, lambda ent: ent.type == "ORG")

    def _first(self, lo: int, before: int, keep) -> Entity | None:
        """The entity of the first mention starting in ``[lo, before)`` that ``keep`` accepts."""
        for i in range(bisect_left(self.starts, lo), bisect_left(self.starts, before)):
            if keep(self.items[i][2]):
                return self.items[i][2]
        return None

    def latest_org(self, lo: int, before: int) -> Entity | None:
        """The organisation mentioned last in ``[lo, before)``."""
        return self._last(lo, before, lambda ent: ent.type == "ORG")

    def _last(self, lo: int, before: int, keep) -> Entity | None:
        """The entity of the last mention starting in ``[lo, before)`` that ``keep`` accepts."""
        for i in range(bisect_left(self.starts, before) - 1, bisect_left(self.starts, lo) - 1, -1):
            if keep(self.items[i][2]):
                return self.items[i][2]
        return None

    def mentions_at(self, start: int) -> list[tuple[int, int, Entity]]:
        """The non-person mentions starting exactly at ``start`` (start, end, entity)."""
        at, found = bisect_left(self.starts, start), []
        while at < len(self.items) and self.items[at][0] == start:
            found.append(self.items[at])
            at += 1
        return found

    def starting_at(self, lo: int, hi: int) -> Entity | None:
        """A non-person entity whose mention starts in ``[lo, hi)``."""
        for s, _, ent in self.items:
            if s >= hi:
                break
            if s >= lo:
                return ent
        return None

    def inside(self, start: int, end: int) -> Entity | None:
        for s, e, ent in self.items:
            if s >= end:
                break
            # A mention inside the complement and flush with one of its ends, or one that starts
            # with it and runs on (``du Wall`` + ``Street Journal``).
            if s == start or (s >= start and e == end):
                # The longest of the mentions starting there: ``Chambre de commerce`` (a place to
                # NER) and ``Chambre de commerce de Cúcuta`` (the body) both may.
                return self.mentions_at(s)[-1][2] if s == start else ent  # sorted by end: the last is the longest
        return None


def _is_country(ent: Entity, lang: str) -> bool:
    place = lookup_place(ent.name, lang) if ent.type == "LOC" else None
    return place is not None and place.kind == "country"


def _prep_text(text: str, prev_end: int, comp_start: int) -> str:
    prep = _SPACES.sub(" ", text[prev_end:comp_start].strip()).replace("’", "'")
    return prep if prep.endswith("'") else prep + " "


def _resolve(tm: TitleMatch, text: str, pats: TitlePatterns, spans: _Spans, lang: str) -> tuple[str, str | None]:
    """(title, of entity id) of a parsed title phrase."""
    title = tm.head
    of: str | None = None
    portfolio_open = opens_on_portfolio(tm, text, pats)
    prev_end = None
    of_span: tuple[int, int] | None = None
    for i, (s, e) in enumerate(tm.complements):
        ent = spans.inside(s, e)
        if ent is not None and ent.type in ("PER", "MISC") and " " not in ent.name and not ent.name.isupper() \
                and not (i == 0 and tm.head.split()[-1] in pats.resources["territory_heads"]):
            # ``avocate de Bernard``: NER's MISC on a lone capitalised word is mostly a first
            # name, and a relation to a person is not a title's body; keep the head.
            break
        noun = pats.org_noun.match(text, s, e)
        if ent is None and noun and noun.end() == e:
            # ``sprinteur de l'équipe Y``, ``analyste de la banque Z``: the body named right
            # after the common noun; else ``porte-parole du ministère``: the ministry the text
            # named before.
            # ``gouverneur de la province de Buenos Aires``: or after ``de`` (the next chunk).
            of_name = pats.syntax.of_name.match(text, e)
            word = noun.group().lower()
            ent = (spans.starting_at(e + 1, e + 2) or (spans.starting_at(of_name.end(), of_name.end() + 1) if of_name else None)
                   or (spans.latest_town(s, lang) if word in pats.syntax.town_nouns
                       else spans.latest_named(noun.group(), s, text, pats)))
            if ent is None and word in pats.syntax.region_nouns:
                # ``le président de la région`` in a story about Campania: that region.
                ent = spans.latest_region(max(0, s - _TOWN_WINDOW), s, lang, pats)
            if ent is None and word in pats.syntax.body_nouns:
                # ``le secrétaire général de la centrale`` after ``l'UGTT``: the body the
                # story is about among those just named.
                ent = spans.story_org(s)
        elif ent is None and noun and noun.end() < e:
            # ``avocate au cabinet Marin & Lopez``: the body's name starts after its common noun
            # and runs on past what the title grammar read (``&``, digits).
            name_at = _skip_spaces(text, noun.end())
            named = spans.starting_at(name_at, name_at + 1)
            ent = named if named is not None and named.type == "ORG" else None
        place = lookup_place(text[s:e], lang)
        if of is None and (place is not None and place.kind == "country" or (ent is not None and not (portfolio_open and i == 0))):
            of = ent.id if ent is not None else place.id  # type: ignore[union-attr]
            of_span = (s, e) if ent is not None and ent.type == "ORG" and i == 0 else None
            continue
        if spans.has_person(s, e):
            # ``avocat de Moreau``: a relation to a person, not a title's body; keep the head.
            break
        if of is None:
            # Still part of the title: a portfolio (``des Affaires étrangères``) or a body the
            # document does not name as an entity.
            start_prep = prev_end if prev_end is not None else _head_end(text, tm, s, pats.syntax)
            title = f"{title} {_prep_text(text, start_prep, s)}{_SPACES.sub(' ', text[s:e]).replace('’', chr(39))}"
        prev_end = e
    if of is None and tm.country is not None:
        of = tm.country.id
    elif of_span is not None:
        title, of = _organ_of(title, of, of_span, text, tm, spans, pats.syntax)
    return title, of


def _organ_of(title: str, of: str, span: tuple[int, int], text: str, tm: TitleMatch, spans: _Spans,
              syn: RoleSyntax) -> tuple[str, str]:
    """``président de la Commission de la CEDEAO``: the title holds the organ (``président de la
    Commission``) and ``of`` is the parent body, when the document names that body on its own
    too: a reader follows the organisation, not its commission. Else ``(title, of)`` unchanged."""
    s = span[0]
    e = max((end for _, end, ent in spans.mentions_at(s) if ent.id == of), default=span[1])  # the body's whole name
    organ = syn.sub_body.match(_SPACES.sub(" ", text[s:e]))
    parent = spans.named(organ.group("parent")) if organ is not None else None
    if parent is None or parent.id == of or parent.type not in ("ORG", "LOC"):
        return title, of
    return f"{title} {_prep_text(text, _head_end(text, tm, s, syn), s)}{organ.group('organ')}", parent.id


def _head_end(text: str, tm: TitleMatch, comp_start: int, syn: RoleSyntax) -> int:
    """Where the preposition before the first complement starts (after head or adjective)."""
    cut = tm.start
    for d_start, d_end in tm.demonyms:
        if d_end <= comp_start:
            cut = max(cut, d_end)
    m = syn.complement_preposition.search(text[cut:comp_start])
    return cut + m.start() if m else comp_start


# Not the point of an honorific or an initial (``, M. Wong,``, ``J. Smith``): no clause ends there.
_CLAUSE_END = re.compile(r"(?<![^\w][A-Z])(?<![^\w]MM)\.|[!?;\n]")
_WINDOW = 300


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    before = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    after = _CLAUSE_END.search(text, end, min(len(text), end + _WINDOW))
    return (before[-1] if before else lo), (after.start() if after else min(len(text), end + _WINDOW))


_BODY_FRAME_END = re.compile(r"\s*,")


def _paragraph_frame(text: str, before: int, spans: _Spans, syn: RoleSyntax) -> str | None:
    """The organisation a ``Chez X,`` frame opened, earlier in the paragraph than ``before``, when
    no other organisation is named between; else None."""
    for m in _CLAUSE_START.finditer(text, paragraph_start(text, before), before):
        frame = syn.body_frame.match(text, m.end(), before)
        named = next((x for x in spans.mentions_at(frame.end()) if x[2].type == "ORG"), None) if frame else None
        if named is not None and _BODY_FRAME_END.match(text, named[1]):
            others = set(spans.orgs_in(named[1], before)) - {named[2].id}
            return named[2].id if not others else None
    return None


# Where a paragraph's sentences start: the paragraph's start or after a sentence's end.
_CLAUSE_START = re.compile(r"(?:^|(?<=[.!?»])\s+)", re.M)


def _leads(head: str, pats: TitlePatterns) -> bool:
    """Whether a head after ``son``/``sa``/``leur`` names the leader of a body or team."""
    head = _bare(head, pats.syntax)
    return head in pats.resources["leader_heads"] or head in pats.resources.get("team_heads", ())


def subject_lookup(sdoc):
    """``subject_of(at) -> (start, end) | None``: the subject a possessive at ``at`` refers to.

    ``Le fonds Mubadala, qui finance l'équipe UAE Team Emirates, ouvre un bureau. Son directeur
    général, X``: *son* is the previous sentence's subject, not the body named last. The subject is
    the first ``nsubj`` of the possessive's sentence before it, else of the sentence before; its
    span is the subject's subtree (a relative clause included: the head noun comes first).
    """
    if sdoc is None or not len(sdoc):
        return lambda at: None
    sentences = [(s.start_char, s.end_char, s) for s in sdoc.sents]
    starts = [s0 for s0, _, _ in sentences]

    def first_subject(sent, before: int):
        for tok in sent:
            if tok.idx >= before:
                return None
            if tok.dep_.startswith("nsubj") and tok.pos_ in ("NOUN", "PROPN"):
                right = tok.right_edge
                return tok.left_edge.idx, min(before, right.idx + len(right))
        return None

    def subject_of(at: int):
        i = bisect_left(starts, at + 1) - 1
        if i < 0:
            return None
        own = first_subject(sentences[i][2], at)
        if own is not None or i == 0:
            return own
        return first_subject(sentences[i - 1][2], at)

    return subject_of


def _possessive(text: str, at: int, pats: TitlePatterns) -> bool:
    before = text[max(0, at - 8) : at].rstrip().lower()
    return any(before.endswith(p) and (len(before) == len(p) or not before[-len(p) - 1].isalpha()) for p in pats.resources["possessives"])




def _body_after_name(text: str, end: int, limit: int, pats: TitlePatterns, spans: _Spans) -> str | None:
    """The organisation of ``, du cabinet Y`` / ``, de Y`` right after a name, or None."""
    m = pats.syntax.body_after.match(text, end, limit)
    if not m:
        return None
    # The organisation's name starts right there, or after a common noun (``du cabinet Y``),
    # which NER may or may not include in the name.
    starts = {m.end()}
    noun = pats.org_noun.match(text, m.end(), limit)
    if noun:
        starts.add(noun.end() + 1)
    last = max(starts)
    for s, _, ent in spans.items:
        if s > last:
            break
        # NER often calls a university or an institute a place: after ``, de l'`` a name that
        # opens with a body's noun (``université d'Alger``) is the body.
        if s in starts and (ent.type == "ORG" or (s == m.end() and pats.org_noun.match(ent.name.lower()))
                            or (noun and s == noun.end() + 1)):
            return ent.id  # ``du cabinet Andes Consultores`` whatever label NER gave the name
    return None


_TOWN_WINDOW = 600


_NEXT_WORD = re.compile(r"\s+(?=\w)")


def _acronym_after(text: str, start: int, end: int, spans: _Spans) -> str | None:
    """The organisation whose acronym ends a title with no complement, only a space before it
    (``déléguée syndicale CGT``, ``secrétaire général FO``; the title grammar reads it as a
    trailing word), or None. An acronym only: a capitalised word there is mostly a name."""
    for s, e, ent in spans.items[bisect_left(spans.starts, start + 1) :]:
        if s > end + 1:
            break
        if text[s - 1] == " " and ent.type == "ORG" and text[s:e].isupper() \
                and (e == len(text) or not text[e].isalnum()):
            return ent.id
    return None


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \u00a0":
        at += 1
    return at


def _starts_a_clause(text: str, a: re.Match, pos_at) -> bool:
    """Whether a definite title after a name's comma is the subject of the next clause: a verb
    follows it straight, with no comma to close an apposition."""
    gap = _NEXT_WORD.match(text, a.end())
    return gap is not None and pos_at(gap.end()) in ("VERB", "AUX")


def _bare(head: str, syn: RoleSyntax) -> str:
    """The head without the modifiers that date it (``ancien``, ``futur``, ``ex-``)."""
    for mod in syn.dating_prefixes:
        head = head.removeprefix(mod)
    return head




def _post_key(title: str, syn: RoleSyntax) -> str:
    """A post whoever holds it, now or before (``l'ex-Première ministre`` = ``Premier ministre``)."""
    return " ".join(syn.feminine_words.get(w, w) for w in _bare(title.lower(), syn).split())


def _story_town(text: str, clause_start: int, at: int, spans: _Spans, lang: str, pats: TitlePatterns) -> Entity | None:
    """The town a bare municipal title refers to, or None."""
    frame = pats.place_frame.match(text, clause_start, at)
    if frame is not None:
        ent = spans.starting_at(frame.end(), frame.end() + 1)
        if ent is not None and ent.type == "LOC":
            place = lookup_place(ent.name, lang)
            return ent if place is None or place.kind == "city" else None
    for m in DATELINE.finditer(text, 0, at):
        ent = spans.starting_at(m.start(1), m.start(1) + 1)
        place = lookup_place(ent.name, lang) if ent is not None else None
        if ent is not None and ent.type == "LOC" and (place is None or place.kind == "city"):
            return ent  # the dateline's town
    return spans.latest_town(at, lang, lo=max(0, at - _TOWN_WINDOW))


def _regional(title: str, tm: TitleMatch, syn: RoleSyntax) -> bool:
    """Whether the title's complement makes it a region's own post (``de la région autonome``)."""
    return syn.regional_complement.match(title, len(tm.head)) is not None


@lru_cache(maxsize=4)
def _org_nouns(lang: str) -> frozenset[str]:
    """The one-word organisation nouns of the language's pack (``club``, ``commission``)."""
    pats = title_patterns(lang)
    return frozenset(n for n in pats.resources.get("organisation_nouns", ()) if " " not in n) if pats else frozenset()


def _national(tm: TitleMatch, title: str, text: str, pats: TitlePatterns, lang: str) -> bool:
    """A head of national government or opposition, whose bare form implies the country."""
    national = pats.resources.get("national_heads", frozenset())
    body_words = pats.resources.get("national_body_words", frozenset())
    written = re.split(r"[\s'’]+", title[len(tm.head):])
    lowered = [w.lower() for w in written]
    if any(w in _org_nouns(lang) and w not in body_words for w in written) and not any(w in body_words for w in written):
        # ``le président du club, X``, ``la présidente de la commission, Y``: the head of a body
        # the text names in lower case, not of the country (a portfolio is capitalised).
        return False
    bare = _bare(tm.head, pats.syntax)
    for mod in pats.syntax.rank_prefixes:
        bare = bare.removeprefix(mod)
    # A post adjective does not change the level: ``ministre fédéral``, ``député fédéral``.
    if bare in national or bare.rsplit(" ", 1)[0] in national:
        return True
    if is_cabinet_secretary(tm, text):
        return True  # ``le secrétaire à la Défense X``, ``la secrétaire au Trésor Y``: a cabinet post
    if not tm.complements and pats.syntax.national_post.search(title):
        return True  # ``le sélectionneur national X``: the country's own team or service
    return any(w in body_words for w in lowered)




@lru_cache(maxsize=None)
def _singular_heads(lang: str) -> dict[str, str]:
    """Name key of a plural title -> its singular head. The plural patterns match case and
    apostrophes loosely (``Chefs d’État``), so plurals are compared by name key."""
    pats = title_patterns(lang)
    return {name_key(plural): sing for plural, sing in pats.resources["plural_heads"].items()} if pats else {}


def _distributed_roles(text: str, pats: TitlePatterns, lang: str, persons, roles: dict, demonyms: list) -> None:
    """``les présidents russe et américain, Vladimir Poutine et Donald Trump``: a plural title
    shared out in order, the first country to the first name, the second to the second."""
    by_start = {s: (e, ent) for s, e, ent in persons}
    for m in pats.distributive.finditer(text):
        first = by_start.get(m.end())
        if first is None:
            continue
        gap = pats.syntax.coordinated_name.match(text, first[0])
        second = by_start.get(gap.end()) if gap else None  # NER may have missed the second name
        port = m.group("port") or m.group("port2") or ""
        title = _singular_heads(lang)[name_key(m.group("plural"))]
        title = f"{title}{_SPACES.sub(' ', port).replace('’', chr(39))}"
        for found, dem in ((first, "dem1"), (second, "dem2")):
            if found is None:
                continue
            ent = found[1]
            place = demonym_country(m.group(dem), lang)
            if place is None or any(r.person == ent.id and m.start() <= r.start < m.end() for r in roles.values()):
                continue
            roles[(ent.id, m.start())] = Role(ent.id, title, place.id, m.start(), m.end())
            demonyms.append((m.start(dem), m.end(dem), place))


def _plural_title_roles(text: str, pats: TitlePatterns, lang: str, persons, spans: _Spans, roles: dict, demonyms: list,
                        implied: list) -> None:
    """``Les gouverneurs Axel Kicillof (Buenos Aires) et Rogelio Frigerio (Entre Ríos)``, ``les
    ministres des Affaires étrangères X et Y``: a plural title before coordinated names gives each
    name the singular post; a place or body in brackets after a name is that name's ``of``, else
    the title's country adjective, else (a national post) the story's country, as for a bare title."""
    syn = pats.syntax
    single = _singular_heads(lang)
    by_start = {s: (e, ent) for s, e, ent in persons}
    for start, end, ent in persons:
        m = pats.plural_before_names.search(text, max(0, start - 120), start)
        if m is None:
            continue
        chain, at, closed = [(start, end, ent)], end, False
        while not closed:
            gap = syn.name_list_gap.match(text, at)
            after = by_start.get(gap.end()) if gap is not None else None
            if after is None:
                break
            chain.append((gap.end(), *after))
            closed, at = gap.group("sep") != ",", after[0]
        if not closed:
            continue  # ``Les ministres X, Y`` with no ``et``: no list, perhaps an apposition
        head = single.get(name_key(m.group("plural")))
        if head is None:
            continue
        title = f"{head}{_SPACES.sub(' ', m.group('port') or '').replace('’', chr(39))}"
        dem = "dem0" if m.group("dem0") else "dem"
        country = demonym_country(m.group(dem), lang) if m.group(dem) else None
        # ``Les ministres des Affaires étrangères X et Y``: a post one person holds per country,
        # held by two, is two countries' post; the story's country would be wrong for one.
        shared = title in pats.resources.get("single_holder_heads", ()) or bool(m.group("port")) and len(chain) > 1
        national = head in pats.resources.get("national_heads", ()) and not shared
        for s_, e_, person in chain:
            if (person.id, m.start()) in roles or any(r.person == person.id and m.start() <= r.start < e_ for r in roles.values()):
                continue
            bracket = syn.name_place.match(text, e_)
            named = spans.starting_at(bracket.start("place"), bracket.end("place")) if bracket is not None else None
            if named is not None and named.type in ("LOC", "ORG"):
                of = named.id
            elif country is not None:
                of = country.id
                demonyms.append((m.start(dem), m.end(dem), country))
            else:
                of = None
                if national:
                    implied.append((person.id, m.start(), *_clause_bounds(text, s_, e_)))
            roles[(person.id, m.start())] = Role(person.id, title, of, m.start(), m.end("plural"))


def find_roles(doc: Document) -> tuple[list[Role], list[tuple[int, int, object]]]:
    """Roles of the document's persons and the country adjectives they used."""
    lang = doc.lang or "fr"
    pats = title_patterns(lang)
    if pats is None or doc.parse is None:
        return [], []
    syn = pats.syntax
    text = doc.text
    pos_at = pos_lookup(doc.parse)
    subject_of = subject_lookup(doc.parse)
    spans = _Spans(doc.entities, frozenset(pats.resources.get("facility_nouns", ())), text)
    persons = sorted((m.start, m.end, e) for e in doc.entities if e.type == "PER" for m in e.mentions)
    person_starts = {s: e.id for s, _, e in persons}
    roles: dict[tuple[str, int], Role] = {}
    demonyms: list[tuple[int, int, object]] = []
    last_in_sentence: dict[int, Role] = {}
    implied: list[tuple[str, int, int, int]] = []
    for start, end, ent in persons:
        # Clause bounds from punctuation, not the parser's sentences: the parser sometimes cuts
        # a sentence between a title and the name (``L'opposant russe | Alexeï Navalny``).
        s0, s1 = _clause_bounds(text, start, end)
        found = []
        possessed: set[int] = set()
        m = pats.before_name.search(text, s0, start)
        if m and m.end() == start:
            tm = parse_title(m, text, pats, lang, pos_at)
            # The title must run up to the name: ``le ministre des Finances a annoncé que X``
            # is cut at the verb and is not X's title.
            gap_end = m.start("given") if m.group("given") else start
            gap_start = m.end("tail") if m.group("tail") else tm.end
            country_noun = syn.of_country_noun.match(text, gap_start)
            if country_noun is not None and country_noun.end() <= gap_end:
                gap_start = country_noun.end()  # ``le premier président du pays, X``
            given_is_place = m.group("given") and lookup_place(m.group("given"), lang) is not None
            if given_is_place and not m.group("tail") and tm.complements and not text[tm.end:m.start("given")].strip():
                # ``le milieu de terrain du Real Madrid Jude X``: the place word ends the body's
                # name (``Real Madrid``), it is no first name.
                given_is_place, gap_start, gap_end = False, m.end("given"), start
            if syn.gap.match(text, gap_start, gap_end) and not given_is_place:
                governor = syn.of_governor.search(text, max(s0, tm.start - 40), tm.start) if "," in text[tm.end:start] else None
                if governor is not None and syn.indefinite.search(text, max(s0, governor.start() - 6), governor.start()):
                    governor = None  # ``un conseiller du président, X``: an unnamed adviser; X is the president
                head = pats.anywhere.match(text, governor.start("noun")) if governor is not None else None
                if head is not None and head.end() < governor.end("noun"):
                    head = None
                if governor is not None and head is None and governor.group("noun").lower() not in pats.resources["relation_nouns"]:
                    governor = None  # ``aux côtés du chef du gouvernement, X``: X is the chief
                if governor is not None:
                    # ``l'avocat du maire, X``, ``la sœur du chef de l'État, X``: the apposition
                    # names whoever the definite phrase names; the title is that of the governing
                    # noun when it is one (``avocat``), else nobody's.
                    if head is not None:
                        found.append(parse_title(head, text, pats, lang, pos_at))
                else:
                    found.append(tm)
                    # ``la vice-première ministre et ministre des Transports, X``: both posts.
                    for other in pats.anywhere.finditer(text, max(s0, tm.start - 80), tm.start):
                        if syn.coordinated_title.fullmatch(text, other.end(), tm.start):
                            first = parse_title(other, text, pats, lang, pos_at)
                            if first.country is None and tm.country is not None and not first.complements:
                                # ``Le Premier ministre et ministre des Affaires étrangères qatari``:
                                # the adjective after the pair is both posts' country.
                                first = replace(first, country=tm.country)
                            found.append(first)
                            break
                    # ``Son chef, l'ancien ministre des Finances X``: the possessive post is the
                    # person's too (the body or team just named), besides the title before the name.
                    for other in pats.anywhere.finditer(text, max(s0, tm.start - 60), tm.start):
                        if syn.apposed_title.fullmatch(text, other.end(), tm.start) and _possessive(text, other.start(), pats):
                            found.append(parse_title(other, text, pats, lang, pos_at))
                            break
        a = pats.after_name.match(text, end, s1)
        if a and syn.determiner.match(text, a.start()):
            # A definite title after the comma may belong to what follows, not to this name:
            # the next clause's subject (``Selon X, la cheffe de l'État sera entendue``), or the
            # person it runs into (``D'après Asharq Al-Awsat, l'ancien Premier ministre
            # soudanais Abdallah Hamdok``).
            if _starts_a_clause(text, a, pos_at) or person_starts.get(_skip_spaces(text, a.end())) not in (None, ent.id):
                a = None
        if a:
            tm = parse_title(a, text, pats, lang, pos_at)
            # After a comma, a bare head the tagger reads as a verb (``X, juge que...``) is no
            # title; with a complement or a country it is (``X, correspondant du Monde``).
            if tm.complements or tm.demonyms or pos_at(tm.head_start) not in ("VERB", "AUX"):
                found.append(tm)
                # ``X, ancien Premier ministre et secrétaire général de Renaissance,``: both posts.
                more = syn.coordinated_title.match(text, tm.end, s1)
                second = pats.anywhere.match(text, more.end(), s1) if more else None
                if second is not None:
                    found.append(parse_title(second, text, pats, lang, pos_at))
                    if _possessive(text, tm.start, pats):
                        possessed.add(found[-1].start)  # ``X, sa vice-première ministre et secrétaire à l'Économie``
        if not a:
            # ``X a été proclamé lundi président de la région``, ``Y est élue maire de Z``: the
            # post an appointment or an election gives, as a predicate of the name; with a title
            # before the name, a second post (``L'ancien secrétaire général de l'OTAN X a été
            # nommé ministre des Finances``).
            appointed = syn.appointed_as.match(text, end, s1)
            post = pats.anywhere.match(text, appointed.end(), s1) if appointed else None
            if post is None and syn.appointing_verb.search(text, max(s0, start - 40), start) is not None:
                # ``Galthié a confirmé X au poste de capitaine``, ``a nommé Y comme Premier
                # ministre``: the post the verb gives its object.
                given = syn.object_post.match(text, end, s1)
                post = pats.anywhere.match(text, given.end(), s1) if given else None
            if post is not None:
                found.append(parse_title(post, text, pats, lang, pos_at))
        for tm in found:
            title, of = _resolve(tm, text, pats, spans, lang)
            possessive = tm.start in possessed or _possessive(text, tm.start, pats)
            subject = subject_of(tm.start) if possessive else None  # what ``son``/``sa`` refers back to
            if of is None:
                # ``Le Hezbollah, dont le secrétaire général Naïm Qassem refuse...``: the body
                # or country the relative clause hangs on.
                whose = syn.whose.search(text, max(0, tm.start - 24), tm.start)
                owner = spans.ending.get(whose.start()) if whose is not None else None
                if owner is not None and (owner.type == "ORG" or _is_country(owner, lang)):
                    of = owner.id
            if of is None and not tm.complements:
                # ``X, déléguée syndicale CGT,``: the body's acronym right after the head, no
                # preposition between.
                of = _acronym_after(text, tm.start, tm.end, spans)
            if of is None and not tm.complements and tm.start < start:
                # ``l'analyste X, du cabinet Y``: the body comes after the name.
                of = _body_after_name(text, end, s1, pats, spans)
            if of is None and _possessive(text, tm.start, pats) and _leads(tm.head, pats):
                # ``Le Parlement européen a voté. Sa présidente, X, ...``: the body just named;
                # ``Son capitaine X``: the team; ``Le gouvernement allemand a promis ... Son
                # porte-parole, X``: the country of the state body named, whichever is nearer.
                lo = max(0, tm.start - _WINDOW)
                # The subject's body or state body when it names one, else the nearest named.
                org = spans.first_org(*subject) if subject is not None else None
                state = syn.state_body_of.search(text, *subject) if subject is not None and org is None else None
                if org is None and state is None:
                    org = spans.latest_org(lo, tm.start)
                    for state in syn.state_body_of.finditer(text, lo, tm.start):
                        pass
                country = demonym_country(state.group(1), lang) if state is not None else None
                org_at = max((m.start for m in org.mentions if m.start < tm.start), default=-1) if org is not None else -1
                if country is not None and state.start() > org_at:
                    of = country.id
                    demonyms.append((state.start(1), state.end(1), country))
                else:
                    of = org.id if org is not None else None
            if tm.head == syn.counterpart_head:
                prev = last_in_sentence.get(s0)
                if prev is None or prev.person == ent.id:
                    continue
                title = prev.title
            union = pats.resources.get("union_adjectives", {}).get(name_key(title.rsplit(None, 1)[-1])) \
                if " " in title else None
            if of is None and union:
                # ``la cheffe de la diplomatie européenne X``: the Union's post, not a country's.
                of = spans.org_id(union)
            member = pats.resources.get("member_bodies", {}).get(name_key(_bare(tm.head, syn)))
            if of is None and member and (not tm.complements or opens_on_portfolio(tm, text, pats)):
                # ``l'ancienne députée européenne X``, ``la commissaire européenne à la
                # Concurrence Y``: the body the title is a seat in (the portfolio aside).
                of = spans.org_id(member)
            seat_body = member or union
            of_country_noun = of is None and syn.of_country_noun.match(text, tm.end) is not None
            # A seat in a body (``député européen``) is no country's post.
            national = _national(tm, title, text, pats, lang) and not seat_body
            if of is None and possessive and (national or _bare(tm.head, syn) in pats.resources.get("aide_heads", ())):
                # ``John Swinney ... Kate Forbes, sa vice-première ministre``: a cabinet post of the
                # head of government named just before is in that leader's country or region;
                # so is an aide's (``Le chef de l'État argentin, Javier Milei, ... Son
                # porte-parole, Manuel Adorni``).
                # The possessor is the subject's person when it holds a post, else the leader
                # named last (``L'émir du Qatar, X, a estimé... Son Premier ministre, Y``).
                owners = {e.id for s_, _, e in persons if subject is not None and subject[0] <= s_ < subject[1]} - {ent.id}
                held_before = [r for r in roles.values() if r.person != ent.id and r.of is not None
                               and tm.start - _WINDOW <= r.start < tm.start]
                leader = next((r for r in held_before if r.person in owners), None)
                if leader is None and subject is not None:
                    # ``Le chef de l'État péruvien a réagi... Sa conseillère, X``: the subject is a
                    # title that names its country or body itself.
                    owner = pats.anywhere.search(text, *subject)
                    if owner is not None and owner.start() < tm.start:
                        owner_tm = parse_title(owner, text, pats, lang, pos_at)
                        of = _resolve(owner_tm, text, pats, spans, lang)[1]
                        if owner_tm.country is not None and of == owner_tm.country.id:
                            demonyms.extend((d0, d1, owner_tm.country) for d0, d1 in owner_tm.demonyms)
                    elif owner is None:
                        # ``La Lituanie était représentée par son président. Sa ministre de la
                        # Défense, X``: the subject is the country itself.
                        country = spans.first_country(*subject, lang)
                        of = country.id if country is not None else None
                if of is None:
                    leader = leader or max((r for r in held_before if syn.leader_of_government.fullmatch(_bare(r.title, syn))),
                                           key=lambda r: r.start, default=None)
                    of = leader.of if leader is not None else None
            if of is None and (national or (not tm.complements and _bare(tm.head, syn) in pats.resources.get("team_heads", ()))):
                # ``la France du président X``, ``face au Japon du sélectionneur Y``: the country
                # the phrase hangs on (a national team's coach or captain too).
                of = spans.country_before(text, tm.start, lang, syn)
                if of is None and tm.start >= end:
                    # ``son collègue ghanéen, X, ministre des Finances``: the country adjective
                    # just before the name is the person's, so the apposition's.
                    before = syn.adjective_before_name.search(text, max(s0, start - 40), start)
                    place = demonym_country(before.group(1), lang) if before else None
                    if place is not None:
                        of = place.id
                        demonyms.append((before.start(1), before.end(1), place))
            inferred = False
            if of is None and not tm.complements and _bare(tm.head, syn) in pats.resources["local_heads"] \
                    and not syn.unparsed_complement.match(text, tm.end):
                # ``À Valle de Bravo, ... le maire X``, ``CHOLET – ... le maire X``: the town
                # the story is in (the clause's opening place, the dateline, else the last named).
                town = _story_town(text, s0, tm.start, spans, lang, pats)
                of, inferred = (town.id, True) if town is not None else (None, False)
            if of is None and not tm.complements and _bare(tm.head, syn) in pats.resources.get("regional_heads", ()) \
                    and not syn.unparsed_complement.match(text, tm.end):
                # ``Dans l'État de Rio de Janeiro, le gouverneur X``: the region the story names last.
                region = spans.latest_region(max(0, tm.start - _TOWN_WINDOW), tm.start, lang, pats)
                of, inferred = (region.id, True) if region is not None else (None, False)
            if of is None and tm.complements and _regional(title, tm, syn):
                # ``Au Kurdistan, le président de la région autonome X``: the region the story
                # names last; none named, no country either (the post is not the country's).
                region = spans.latest_region(max(0, tm.start - _TOWN_WINDOW), tm.start, lang, pats)
                of, inferred = (region.id, True) if region is not None else (None, False)
                national = of_country_noun = False
            if of is None and not tm.complements and not _possessive(text, tm.start, pats):
                # ``Chez Groupama-FDJ, le manager X``, ``Au sein de la CGT, la secrétaire Y``: the
                # body the clause opens on.
                frame = syn.body_frame.match(text, s0, tm.start)
                named = next((m for m in spans.mentions_at(frame.end()) if m[2].type == "ORG"), None) if frame else None
                if named is not None and _BODY_FRAME_END.match(text, named[1]):
                    of = named[2].id
                elif _leads(tm.head, pats) and not national:
                    # ``Chez Groupama-FDJ, le manager X s'est dit fier. Le capitaine de route Y a
                    # abandonné.``: a team's or a body's post in the paragraph a body frame opened.
                    of = _paragraph_frame(text, s0, spans, syn)
            if of is None and not national and title.lower() in pats.resources.get("body_officers", ()) \
                    and not _possessive(text, tm.start, pats) and not syn.unparsed_complement.match(text, tm.end):
                # ``Le Haut-Commissariat (HCR) ... Le haut-commissaire X``, ``À Paris, le groupe
                # Bouygues conteste. Le directeur général, Y, ...``: the one body the paragraph named.
                body = spans.paragraph_org(text, tm.start)
                of = body.id if body is not None else None
            if of is None and not tm.complements and _bare(tm.head, syn) in pats.resources.get("media_heads", ()):
                # ``Dans Le Temps, l'éditorialiste X``: the paper the clause opens on.
                frame = pats.media_frame.match(text, s0, tm.start)
                paper = spans.starting_at(frame.end(), frame.end() + 1) if frame else None
                if paper is not None and paper.type in ("ORG", "MISC"):
                    of = paper.id
            role = Role(ent.id, title, of, tm.start, tm.end, inferred)
            if (ent.id, tm.start) not in roles:
                roles[(ent.id, tm.start)] = role
                if of is None and (of_country_noun or national):
                    implied.append((ent.id, tm.start, s0, s1))
                last_in_sentence[s0] = role
                if tm.country is not None and of == tm.country.id:
                    demonyms.extend((d0, d1, tm.country) for d0, d1 in tm.demonyms)
    _plural_title_roles(text, pats, lang, persons, spans, roles, demonyms, implied)
    _distributed_roles(text, pats, lang, persons, roles, demonyms)
    if implied:
        # A bare national title (``le Premier ministre X``) takes the document's country.
        evidence = CountryEvidence(doc.entities, demonyms, lang, text, doc.title)
        known = {e.id for e in doc.entities} | {place.id for _, _, place in demonyms}  # type: ignore[attr-defined]
        # A post one person holds at a time (``le président colombien X``): another person's
        # bare ``le président Y`` in the same story is another country's.
        single = pats.resources.get("single_holder_heads", frozenset())
        # Not when either is dated by a qualifier the title leaves out (``le président sortant``,
        # ``le nouveau président``): two holders in turn.
        def current(role: Role) -> bool:
            return role.title in single and not syn.dating.search(text, role.start, role.end)

        held = {(r.title, r.of): r.person for r in roles.values() if r.of is not None and not r.of_inferred and current(r)}
        code_of = {ent_id: code for code, ent_id in evidence.ids.items()}
        specific = pats.resources.get("country_specific_heads", {})
        # A region's own post the story names with its adjective (``le premier ministre écossais
        # X``): the same bare post of another person (``l'ancien premier ministre Y``) is that
        # region's too, unless the story also names the country's holder of it.
        regions = {place.id: place for _, _, place in demonyms if place.kind == "region"}  # type: ignore[attr-defined]
        regional: dict[str, set[str]] = {}
        national_posts: set[tuple[str, str]] = set()
        for r in roles.values():
            if r.of is not None and not r.of_inferred:
                if r.of in regions:
                    regional.setdefault(_post_key(r.title, syn), set()).add(r.of)
                else:
                    national_posts.add((_post_key(r.title, syn), r.of))
        countries = set(code_of)
        for pid, at, s0, s1 in implied:
            # ``Le ministre singapourien du Commerce, X, également vice-Premier ministre``: a
            # second bare post of a person whose title in the same clause names a country is
            # that country's.
            own_country = next((r.of for r in roles.values() if r.person == pid and r.of in countries
                                and not r.of_inferred and s0 <= r.start < s1), None)
            if own_country is None:
                # ``le président biélorusse X ... Le président X a ajouté``: the same post the text
                # gave the person with its country elsewhere is that country's.
                # The very title, dating words included: ``l'ancienne présidente X`` is not the
                # president of the party she now leads.
                same = roles[(pid, at)].title.lower()
                own_country = next((r.of for r in roles.values() if r.person == pid and r.of is not None
                                    and not r.of_inferred and r.title.lower() == same), None)
            if own_country is not None:
                roles[(pid, at)] = replace(roles[(pid, at)], of=own_country, of_inferred=True)
                continue
            reported = syn.reported_country.match(text, roles[(pid, at)].end, s1)
            country = next((e for _, _, e in spans.mentions_at(reported.end()) if _is_country(e, lang)), None) \
                if reported is not None else None
            if country is not None:
                # ``Le ministre du Travail X a indiqué que la France soutiendrait ...`` in a story
                # about Qatar: the country the speaker reports for is the speaker's.
                roles[(pid, at)] = replace(roles[(pid, at)], of=country.id, of_inferred=True)
                continue
            of = evidence.country_for(at, s0, s1)
            title = roles[(pid, at)].title
            post = _post_key(title, syn)
            own = regional.get(post, set())
            if of is not None and len(own) == 1 and (post, of) not in national_posts:
                region = regions[next(iter(own))]
                if code_of.get(of) == region.code:
                    roles[(pid, at)] = replace(roles[(pid, at)], of=region.id, of_inferred=True)
                    continue
            if of is not None and syn.government.match(title):
                # ``le ministre chargé des Outre-mer X`` in a story about La Réunion: France's.
                of = evidence.sovereign(of) or of
            allowed = specific.get(_bare(title, syn))
            role = roles[(pid, at)]
            if allowed is not None and _SPACES.sub(" ", text[role.start : role.end]).replace("’", "'").lower() != title.lower():
                # ``le secrétaire d'État chargé du Numérique X``: a qualifier the title leaves
                # out makes it another post than the bare one.
                allowed = None
            if allowed is not None and code_of.get(of) not in allowed:
                # A post only some countries have: the one of them the story names, if one.
                named = [c for c in allowed if evidence.entity_id(c) is not None]
                of = evidence.entity_id(named[0]) if len(named) == 1 else None
            if of is not None and held.get((title, of), pid) != pid and current(roles[(pid, at)]):
                taken = {code_of.get(of)} | {code_of.get(o) for (t, o), p in held.items() if t == title and p != pid}
                of = evidence.next_country({c for c in taken if c is not None})
            if of is not None:
                roles[(pid, at)] = replace(roles[(pid, at)], of=of, of_inferred=True)
                if of not in known:
                    # Named only through adjectives (``le peso argentin``): they become the
                    # country entity's mentions, so ``of`` points at an entity of the document.
                    demonyms.extend(evidence.adjectives_of(of))
                    known.add(of)
    return sorted(roles.values(), key=lambda r: r.start), demonyms


@stage("roles", requires=("parse", "sentences", "entities"), assigns=("roles", "entities"))
def make_roles(settings: Settings):
    """Titles attached to people (pre-nominal titles and appositions), with the country or body."""
    for lang in settings.analyzed_languages:
        title_patterns(lang)  # compiled once at load time (shared with the entities stage)
        demonym_forms(lang)

    def roles(doc: Document) -> Document:
        found, demonyms = find_roles(doc)
        entities = add_place_mentions(list(doc.entities), demonyms)  # type: ignore[arg-type]
        return doc.replace(roles=tuple(found), entities=tuple(entities))

    return roles
