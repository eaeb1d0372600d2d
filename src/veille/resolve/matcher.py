"""Scoring a document's entity against candidate canonical entities.

Names decide whether two entities *can* be the same (type compatibility, surname and given-name
compatibility on transliteration skeletons); context decides between several that can, and is
required whenever the name alone is ambiguous (a lone surname). Any doubt leaves the entity
unmerged: a missed merge is one curation command away, while a false merge silently mixes two
people's statements.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from veille.resolve.keys import PersonName

__all__ = ["Profile", "Candidate", "Match", "score", "choose", "types_compatible"]

#: Minimum skeleton similarity (rapidfuzz Indel ratio, 0–100) for two surnames to be variants.
SURNAME_MIN = 87.0
#: Minimum for given names (``aleksandr`` ~ ``alaksandr``, ``mixail`` ~ ``mixal``).
GIVEN_MIN = 78.0
#: Minimum for whole non-person names (organisations, places not in the gazetteer).
NAME_MIN = 92.0
#: Keys this short must match exactly (``un`` vs ``il``; ``UE`` vs ``UA``).
SHORT = 5


@dataclass(slots=True)
class Profile:
    """What is known about one entity of the document being resolved."""

    type: str
    name: str
    pkeys: frozenset[str]
    person: PersonName | None = None
    place: str | None = None
    countries: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    #: The key of the fullest name; an exact match on it beats one on a shorter variant.
    main: str = ""
    #: A generic institution name (``ministère de la Défense``): needs context like a surname.
    generic: bool = False
    #: Acronym keys of an organisation's names: ``("A", "ue")`` for ``UE``, ``("a", "ue")`` for
    #: ``Union européenne`` (see :func:`veille.resolve.keys.acronym_key`).
    acronyms: frozenset[tuple[str, str]] = frozenset()

    @property
    def partial(self) -> bool:
        """A lone surname or a generic institution name: ambiguous by itself."""
        if self.person is not None:
            return not self.person.full
        return self.generic


@dataclass(slots=True)
class Candidate:
    """A canonical entity as the matcher sees it."""

    id: str
    name: str
    type: str
    pkeys: frozenset[str]
    manual_pkeys: frozenset[str] = frozenset()
    persons: tuple[PersonName, ...] = ()
    place: str | None = None
    countries: dict[str, int] = field(default_factory=dict)
    context: dict[str, int] = field(default_factory=dict)
    blocked: frozenset[str] = frozenset()
    acronyms: frozenset[tuple[str, str]] = frozenset()

    @property
    def full(self) -> bool:
        return any(p.full for p in self.persons)


@dataclass(slots=True)
class Match:
    candidate: Candidate
    score: float
    exact: bool
    support: int
    #: Only an acronym links them (``UE`` ~ ``Union européenne``): shared context is required.
    weak: bool = False


def types_compatible(a: str, b: str) -> bool:
    if a == b or "MISC" in (a, b):
        return True
    # Countries are tagged LOC or ORG depending on the sentence (``la Russie a annoncé``).
    return {a, b} == {"LOC", "ORG"}


def _given_compatible(a: PersonName, b: PersonName) -> float | None:
    """Similarity of given names in [0, 1], 0.85 when one side has none, None if they clash."""
    if not a.given or not b.given:
        return 0.85
    # Two sets of middle names must agree in number: George W. Bush vs George H. W. Bush.
    if len(a.given) > 1 and len(b.given) > 1 and len(a.given) != len(b.given):
        return None
    short, long_ = (a, b) if len(a.given) <= len(b.given) else (b, a)
    used: set[int] = set()
    total = 0.0
    for i, g in enumerate(short.given):
        best, best_j = 0.0, -1
        for j, h in enumerate(long_.given):
            if j in used:
                continue
            if short.initials[i] or long_.initials[j]:
                sim = 90.0 if g[:1] == h[:1] else 0.0
            elif min(len(g), len(h)) <= 2:
                sim = 100.0 if g == h else 0.0
            else:
                sim = fuzz.ratio(g, h)
            if sim > best:
                best, best_j = sim, j
        if best < GIVEN_MIN:
            return None
        used.add(best_j)
        total += best
    return total / (100.0 * len(short.given))


def _second_surname(a: PersonName, b: PersonName) -> bool:
    """``Claudia Sheinbaum`` ~ ``Claudia Sheinbaum Pardo``: the longer name is the shorter one
    with a second (Spanish or Portuguese maternal) surname after it, every other word equal."""
    short, long_ = (a, b) if len(a.given) < len(b.given) else (b, a)
    return (len(short.given) >= 1 and len(long_.given) == len(short.given) + 1 and not any(short.initials)
            and long_.given[: len(short.given)] == short.given and long_.given[-1] == short.surname
            and len(short.surname) >= SHORT)


def _person_score(a: PersonName, b: PersonName) -> float | None:
    if not a.surname or not b.surname:
        return None
    if a.generation != b.generation:
        # The son is not the father; and a name without its generation may be either (a story
        # about the son names the father ``Ferdinand Marcos`` too): only the same one links.
        return None
    if min(len(a.surname), len(b.surname)) < SHORT:
        surname = 100.0 if a.surname == b.surname else 0.0
    else:
        # ``Araghchi`` ~ ``Araqchi``: the uvular written q or gh (the skeleton's k or g).
        surname = max(fuzz.ratio(a.surname, b.surname),
                      fuzz.ratio(a.surname.replace("g", "k"), b.surname.replace("g", "k")))
    if surname < SURNAME_MIN and _second_surname(a, b):
        return 0.88  # close, not certain: merged only with shared context (see :func:`choose`)
    if surname < SURNAME_MIN:
        return None
    given = _given_compatible(a, b)
    if given is None:
        return None
    return 0.6 * surname / 100.0 + 0.4 * given


def _support(profile: Profile, cand: Candidate) -> int:
    """Shared context: co-occurring canonical entities and countries of the person's roles."""
    shared = sum(1 for c in profile.context if c in cand.context)
    shared += 2 * sum(1 for c in profile.countries if c in cand.countries)
    return shared


def score(profile: Profile, cand: Candidate) -> Match | None:
    """How well ``cand`` fits ``profile``, or None when they cannot be the same entity."""
    if not types_compatible(profile.type, cand.type):
        return None
    pkeys = profile.pkeys - cand.blocked
    if not pkeys or profile.main in cand.blocked:
        return None  # the curator said this name is not that entity (other variants are carved off)
    if pkeys & cand.manual_pkeys:
        return Match(cand, 1.0, True, _support(profile, cand) + 1)
    if profile.place and cand.place:
        return Match(cand, 1.0, True, _support(profile, cand)) if profile.place == cand.place else None
    if bool(profile.place) != bool(cand.place) and profile.type != cand.type and "MISC" not in (profile.type, cand.type):
        # A gazetteer place and an organisation that is no place, spelt alike: a town and its
        # club (``Lyon``), a country and a company named after it.
        return None
    exact = bool(pkeys & cand.pkeys)
    if profile.type == "PER" and cand.type in ("PER", "MISC") and profile.person and cand.persons:
        best = None
        for person in cand.persons:
            value = _person_score(profile.person, person)
            if value is not None and (best is None or value > best):
                best = value
        if best is None and not exact:
            return None
        # An exact variant the entity is already known under (curated, or merged) still counts.
        value = 1.0 if exact and best is not None else (0.9 if exact else best)
    else:
        if exact:
            value = 1.0
        else:
            value = 0.0
            for a in pkeys:
                for b in cand.pkeys:
                    if min(len(a), len(b)) > SHORT:
                        value = max(value, fuzz.ratio(a, b) / 100.0)
            if value * 100.0 < NAME_MIN:
                # An acronym may join an expansion, an expansion a bare acronym; never one
                # expansion another through an acronym they happen to share.
                cand_expanded = any(k == "a" for k, _ in cand.acronyms)
                flipped = {("a" if k == "A" else "A", v) for k, v in profile.acronyms if k == "A" or not cand_expanded}
                if flipped & cand.acronyms and profile.type in ("ORG", "MISC"):
                    return Match(cand, 0.9, False, _support(profile, cand), weak=True)
                return None
    if exact and profile.main and profile.main not in cand.pkeys:
        value = min(value, 0.97)
    support = _support(profile, cand)
    # Roles in two different countries: two namesakes, however close (or equal) their names.
    if profile.countries and cand.countries and not (profile.countries & set(cand.countries)):
        return None
    return Match(cand, value, exact, support)


def choose(profile: Profile, matches: list[Match]) -> Match | None:
    """The one candidate to merge with, or None to create a new canonical entity."""
    matches = [m for m in matches if not m.weak or m.support > 0]
    if not matches:
        return None
    forced = [m for m in matches if m.candidate.manual_pkeys & profile.pkeys]
    if len(forced) == 1:
        return forced[0]
    if profile.partial:
        # A lone surname needs shared context, and one candidate must clearly have the most.
        ranked = sorted(matches, key=lambda m: (m.support, m.score), reverse=True)
        best = ranked[0]
        if best.support < 1:
            return None
        if len(ranked) > 1 and ranked[1].support == best.support and ranked[1].candidate.full and best.candidate.full:
            # Same context: only a clearly closer surname (exact vs fuzzy skeleton) decides.
            return best if best.score > ranked[1].score + 0.03 else None
        return best
    ranked = sorted(matches, key=lambda m: (m.exact, m.score, m.support), reverse=True)
    # A body or a work named like a lone surname (``Facebook`` tagged MISC, read as a possible
    # person) is not a surname to its own kind.
    full = [m for m in ranked if not m.candidate.persons or m.candidate.full
            or (profile.person is None and m.candidate.type == profile.type)]
    if full:
        best = full[0]
        rivals = [m for m in full[1:] if m.score >= best.score - 0.02]
        if rivals:
            # Two equally good namesakes: only context can tell them apart.
            top = max(m.support for m in [best, *rivals])
            winners = [m for m in [best, *rivals] if m.support == top]
            return winners[0] if len(winners) == 1 and top > 0 else None
        if best.exact or best.score >= 0.9 or (best.score >= 0.85 and best.support > 0):
            return best
        return None
    # Only surname-only canonical entities match a full name: join one only on shared context.
    best = max(ranked, key=lambda m: (m.support, m.score))
    return best if best.support > 0 else None
