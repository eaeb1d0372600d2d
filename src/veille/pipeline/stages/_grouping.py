"""Within-document grouping of cleaned mentions into entities (used by the entities stage).

Links, in order: gazetteer places by place; equal name keys; an acronym and the expansion it
follows (``Union européenne (UE)``); a first name cut off from its surname by a bracket
(``Alexandre) Loukachenko``); spellings with one transliteration key (``LUKASHENKO`` /
``Loukachenko``); full names differing only in a transliterated first name; a lone surname with
the one full name ending with it (two ``Martin`` in one document leave a lone ``Martin`` alone);
a bare acronym with the one multi-word name whose initials it is.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from veille.gazetteer import Place
from veille.model import ENTITY_TYPES, Entity, Mention
from veille.names import GENERATIONS, LATIN_LETTER, display_name, entity_id, name_key, translit_key, translit_similarity

__all__ = ["Item", "group_items", "initials"]

_BRACKET_GAP = re.compile(r"^[\s)\]]*\)[\s)\]]*$|^\s+$")
_ACRONYM = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ0-9&]{1,9}$")
_SPLIT = re.compile(r"[\s'’-]+")
_STOP = frozenset({"de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "en", "a", "au", "aux", "sur", "the", "of", "and", "for"})
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "du", "la", "le", "da", "di", "dos", "del", "al", "el", "bin", "ben", "ibn", "ter", "zu"})
#: Surnames this similar (Jaro-Winkler on transliteration keys) are spellings of one name.
SURNAME_SIMILARITY = 0.93


@dataclass(slots=True)
class Item:
    """One cleaned mention before grouping."""

    start: int
    end: int
    label: str
    surface: str
    #: The name without a qualifying country adjective (``Garde nationale`` for ``... russe``).
    base: str
    place: Place | None = None
    qualifier: Place | None = None
    after_place_prep: bool = False
    #: Span of the expansion this acronym follows in brackets.
    acronym_of: tuple[int, int] | None = None
    #: A full name made by joining this first name to the surname after it.
    joined: str | None = None
    #: Canonical name of the listed organisation this names (``ONU`` → ``Organisation des Nations unies``).
    known: str | None = None
    #: A club written as its town (``l'attaquant de Lyon``): an organisation apart from the town.
    club: bool = False
    #: A monarch's one name (``le sultan Ibrahim``): a given name, never a namesake's surname.
    regnal: bool = False



class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def initials(name: str) -> str:
    """``Union européenne`` → ``UE``; small words are skipped (``Organisation des Nations unies`` → ``ONU``)."""
    words = [w for w in _SPLIT.split(name_key(name)) if w and w not in _STOP]
    return "".join(w[0] for w in words).upper()


def _tokens(item: Item) -> list[str]:
    return name_key(item.joined or item.base).split()


def _given(tokens: list[str]) -> list[str]:
    """Given names of a person's name tokens: all but the surname, without particles."""
    return [t for t in tokens[:-1] if t not in _PARTICLES]


def _same_surname(a: str, b: str) -> bool:
    """One surname in two spellings (``Loukachenko``/``Loukachenka``), not ``Petrov``/``Petrova``.

    A name that is the other plus a suffix is a different (often related) person's: a feminine
    form or a patronymic ending, so prefixes never count as near matches.
    """
    if a == b:
        return True
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return True
    if ka.startswith(kb) or kb.startswith(ka) or _gendered_pair(ka, kb):
        return False
    return len(ka) >= 5 and ka[0] == kb[0] and translit_similarity(a, b) >= SURNAME_SIMILARITY


_FEMININE_END = re.compile(r"(?:aia|aja|aya|ia|a)$")
_MASCULINE_END = re.compile(r"(?:ii|ij|iy|i|y)$")


def _gendered_pair(ka: str, kb: str) -> bool:
    """The feminine and masculine forms of one Slavic surname (``-skaya``/``-ski``): a wife and
    her husband, a daughter and her father, never one person."""
    for fem, masc in ((ka, kb), (kb, ka)):
        f, m = _FEMININE_END.search(fem), _MASCULINE_END.search(masc)
        if f and m and not _FEMININE_END.search(masc) and fem[: f.start()] == masc[: m.start()]:
            return True
    return False


def _compatible_first(a: list[str], b: list[str]) -> bool:
    """First names that may be one person's: equal, an initial, or one transliterated name.

    ``Jean``/``Jeanne`` share a transliteration key but one is the other plus a suffix: two
    people (relatives often share a surname), so prefixes do not count as variants.
    """
    if not a or not b:
        return True
    fa, fb = a[0], b[0]
    if fa == fb:
        return True
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    if fa.startswith(fb) or fb.startswith(fa):
        return False
    return translit_key(fa) == translit_key(fb)


def _company_like(item: Item) -> bool:
    """A word NER tagged as an organisation, written in mixed case (NER tags ALL-CAPS surnames
    ``ORG`` at will, so those do not count)."""
    return item.label == "ORG" and not item.surface.isupper()


def _is_personish(item: Item) -> bool:
    return item.place is None and item.acronym_of is None and item.label in ("PER", "MISC", "LOC", "ORG")


def group_items(text: str, items: list[Item]) -> list[Entity]:
    unique: dict[tuple[int, int], Item] = {}
    for it in items:
        # NER may tag an acronym the extraction also read after its expansion: keep the link.
        if (it.start, it.end) not in unique or it.acronym_of is not None:
            unique[(it.start, it.end)] = it
    items = sorted(unique.values(), key=lambda it: it.start)
    uf = _UnionFind(len(items))
    index = {(it.start, it.end): i for i, it in enumerate(items)}

    by_key: dict[str, int] = {}
    for i, it in enumerate(items):
        key = ("place:" + it.place.id) if it.place else name_key(it.base) + (f"|{it.qualifier.code}" if it.qualifier else "")
        if it.club:
            key = "club:" + key
        if key in by_key:
            uf.union(i, by_key[key])
        else:
            by_key[key] = i

    # ``Garde nationale`` joins ``Garde nationale russe`` when the document qualifies it one way only.
    qualified: dict[str, set[str]] = defaultdict(set)
    for key in by_key:
        if "|" in key:
            qualified[key.split("|", 1)[0]].add(key)
    for base, keys in qualified.items():
        if base in by_key and len(keys) == 1:
            uf.union(by_key[base], by_key[next(iter(keys))])

    for i, it in enumerate(items):
        if it.acronym_of is not None and it.acronym_of in index:
            uf.union(i, index[it.acronym_of])

    # A first name cut from its surname by a bracket: ``(Le président Alexandre) Loukachenko``.
    for a, b in zip(items, items[1:]):
        if (
            a.label in ("PER", "MISC")
            and b.label == "PER"
            and " " not in a.surface
            and b.place is None
            and _BRACKET_GAP.match(text[a.end : b.start])
        ):
            a.joined = f"{a.surface} {b.surface}"
            uf.union(index[(a.start, a.end)], index[(b.start, b.end)])

    persons = [i for i, it in enumerate(items) if _is_personish(it)]
    # Multi-token person names with compatible first names and one surname.
    # NER often calls a foreign-script or unusual full name MISC (``Дмитрий Песков``).
    full = [i for i in persons if (items[i].label in ("PER", "MISC") or items[i].joined) and _given(_tokens(items[i]))]
    for x, i in enumerate(full):
        ti = _tokens(items[i])
        for j in full[x + 1 :]:
            tj = _tokens(items[j])
            if uf.find(i) != uf.find(j) and _same_surname(ti[-1], tj[-1]) and _compatible_first(_given(ti), _given(tj)):
                uf.union(i, j)

    # Surname-only mentions with one transliteration key (``LUKASHENKO`` / ``Loukachenko``).
    singles = [i for i in persons if not _given(_tokens(items[i]))]
    # Not words tagged as organisations: ``Sikorsky`` tagged ORG is the company, not ``Sikorski``
    # spelt another way (exact spellings were linked above by name key). NER often tags a
    # foreign surname LOC, so those still count.
    by_translit: dict[str, int] = {}
    capitals = []
    for i in singles:
        if items[i].after_place_prep or _company_like(items[i]):
            continue
        if _ACRONYM.match(items[i].surface):
            capitals.append(i)
            continue
        tk = translit_key(items[i].base)
        if tk in by_translit:
            uf.union(i, by_translit[tk])
        else:
            by_translit[tk] = i
    for i in capitals:
        # A word in capitals may be an acronym; it is a surname when it spells one a person's
        # mixed-case mention has (``LUKASHENKO`` beside ``Loukachenko``, whatever NER called it).
        j = by_translit.get(translit_key(items[i].base))
        if j is not None and items[j].label == "PER":
            uf.union(i, j)

    # A lone surname joins the one full-name cluster ending with it.
    for i in singles:
        it = items[i]
        if it.after_place_prep or it.regnal or it.label not in ("PER", "MISC", "LOC", "ORG"):
            continue
        word = _tokens(it)[-1]
        # The one full name with this very surname wins over spelling variants of it
        # (``Tsikhanouskaya`` with ``Sviatlana Tsikhanouskaya``, not with a relative's form).
        roots = {uf.find(j) for j in full if _tokens(items[j])[-1] == word}
        if not roots and not _company_like(it):
            # A spelling variant, except for a word tagged as an organisation: a company spelt
            # like a surname (``Sikorsky`` the maker, ``Sikorski`` the minister) is not one.
            roots = {uf.find(j) for j in full if _same_surname(word, _tokens(items[j])[-1])}
        if len(roots) == 1:
            uf.union(i, roots.pop())

    # A full name that another full name extends by one last word (``Edmundo González`` /
    # ``Edmundo González Urrutia``), or two or more words that end another (``González
    # Urrutia``): a double
    # surname written in full or in part. Only when a single longer name fits.
    for i in full:
        ti = _tokens(items[i])
        if len(ti) < 2 or ti[0] in _PARTICLES:
            continue
        roots = set()
        for j in full:
            tj = _tokens(items[j])
            if len(tj) == len(ti) + 1 and tj[:-1] == ti and tj[-1] in GENERATIONS:
                continue  # ``Ferdinand Marcos`` beside ``Ferdinand Marcos Jr``: the father
            if (len(tj) == len(ti) + 1 and tj[:-1] == ti) or (len(tj) > len(ti) and tj[-len(ti):] == ti):
                roots.add(uf.find(j))
        roots.discard(uf.find(i))
        if len(roots) == 1:
            uf.union(i, roots.pop())

    # A lone word that is the first word of one full name and no one's surname: a surname
    # written first (``Kim`` for ``Kim Jong-un``) or a given name used alone.
    for i in singles:
        it = items[i]
        if it.after_place_prep or it.label != "PER" or uf.find(i) in {uf.find(j) for j in full}:
            continue
        word = _tokens(it)[-1]
        if any(_same_surname(word, _tokens(items[j])[-1]) for j in full):
            continue
        roots = {uf.find(j) for j in full if _tokens(items[j])[0] == word}
        if not roots:
            # The first word of a surname with a particle (``Lula`` for ``Luiz Inácio Lula da
            # Silva``, ``Sánchez`` for ``Pedro Sánchez de Castro``).
            roots = {uf.find(j) for j in full
                     if any(t == word and nxt in _PARTICLES for t, nxt in zip(_tokens(items[j])[1:-1], _tokens(items[j])[2:]))}
        if len(roots) == 1:
            uf.union(i, roots.pop())

    # A body's first word alone, capitalised, for the one body of the document it starts
    # (``le Parlement`` after ``le Parlement européen``, ``l'Assemblée`` after ``l'Assemblée
    # nationale``); with two such bodies it names neither.
    bodies = [j for j, other in enumerate(items) if other.label == "ORG" and other.place is None and " " in other.base.strip()]
    for i, it in enumerate(items):
        if it.label not in ("ORG", "MISC") or it.place is not None or " " in it.base.strip() or it.surface.isupper():
            continue
        word = name_key(it.base)
        roots = {uf.find(j) for j in bodies if name_key(items[j].base).split()[0] == word}
        roots.discard(uf.find(i))
        if len(roots) == 1:
            uf.union(i, roots.pop())

    # A bare acronym and the one multi-word name it abbreviates.
    for i, it in enumerate(items):
        if it.place is None and _ACRONYM.match(it.surface):
            roots = {
                uf.find(j)
                for j, other in enumerate(items)
                if other.place is None and other.label != "PER" and " " in other.base and initials(other.base) == it.surface
            }
            roots.discard(uf.find(i))
            if len(roots) == 1:
                uf.union(i, roots.pop())

    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        clusters[uf.find(i)].append(i)
    by_id: dict[str, Entity] = {}
    for members in clusters.values():
        ent = _entity(text, [items[i] for i in members])
        if ent.id in by_id:
            # Same type and canonical name (a place spelt two ways the gazetteer knows, say):
            # one id per document, so one entity.
            old = by_id[ent.id]
            mentions = tuple(sorted(old.mentions + ent.mentions, key=lambda m: m.start))
            ent = Entity(old.id, old.name, old.type, mentions, tuple(sorted(set(old.variants) | set(ent.variants))))
        by_id[ent.id] = ent
    return sorted(by_id.values(), key=lambda e: e.mentions[0].start)


def _vote(labels: list[str], locative: bool = False) -> str:
    counts = Counter(labels)
    # PER beats the rest on ties: spaCy's French model under-tags persons in long names. Not
    # when a mention reads as a place (``à Bello``, ``la maire de Bello``): LOC wins that tie.
    favoured = "LOC" if locative else "PER"
    return max(ENTITY_TYPES, key=lambda t: (counts.get(t, 0), t == favoured))


def _entity(text: str, members: list[Item]) -> Entity:
    mentions = tuple(Mention(it.start, it.end, it.label) for it in members)
    surfaces = Counter(text[it.start : it.end] for it in members)
    place = next((it.place for it in members if it.place is not None), None)
    if place is not None:
        return Entity(place.id, place.name, "LOC", mentions, tuple(sorted(surfaces)))
    known = next((it.known for it in members if it.known), None)
    if known is not None:
        # A listed body takes its canonical name whatever the document calls it, so ``ONU`` here
        # and ``Nations unies`` there are one entity in every document.
        return Entity(entity_id("ORG", name_key(known)), known, "ORG", mentions, tuple(sorted(surfaces)))
    # NER labels a word in capitals at will (an interview's ``NADERI :`` speaker tags read as a
    # body): where the name is also written in mixed case, those mentions vote alone.
    voters = [it for it in members if not it.surface.isupper()] or members
    etype = _vote([it.label for it in voters], any(it.after_place_prep and it.label == "LOC" for it in members))
    candidates = Counter(surfaces)
    for it in members:
        if it.joined:
            candidates[it.joined] += 1

    def rank(s: str):
        n_words = len(name_key(s).split())
        acronym = bool(_ACRONYM.match(s))
        # The document's own script first: ``Eva Kaïli`` names the entity, not ``Εύα Καϊλή``.
        latin = bool(LATIN_LETTER.search(s))
        return (not acronym, latin, n_words if etype == "PER" else len(s) > 0, not s.isupper(), candidates[s], len(s), s)

    chosen = max(candidates, key=rank)
    # An organisation's acronym stays as written (``LKAB``, ``ANIE``); a shouted surname does not.
    name = chosen if etype in ("ORG", "MISC") and _ACRONYM.match(chosen) else display_name(chosen)
    return Entity(entity_id(etype, name_key(name)), name, etype, mentions, tuple(sorted(surfaces)))
