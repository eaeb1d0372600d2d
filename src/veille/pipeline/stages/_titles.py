"""Title phrases (``le ministre biélorusse des Affaires étrangères``), shared by entities and roles.

Patterns are built once per language from the pack's ``titles`` resources and the gazetteer's
demonyms. A title phrase is: optional modifier (``ancien``), a head (``ministre``), an optional
country adjective, up to two ``de ...`` complements (a portfolio or the body served) and an
optional trailing country adjective (``le chef de la diplomatie russe``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from veille.gazetteer import Place, demonym_country, get_gazetteer
from veille.lang import get_pack

__all__ = ["ACRONYM_WORD", "RoleSyntax", "TitlePatterns", "TitleMatch", "has_portfolio", "is_cabinet_secretary", "opens_on_acronym_body", "opens_on_portfolio", "title_patterns", "parse_title", "pos_lookup"]

_UPPER = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ"
_LOWER = "a-zß-öø-ÿłśżźćń"
# ``chez`` and ``à l'`` introduce the body an occupation works for (``analyste chez X``,
# ``chercheuse à l'Institut Y``).
_PREP = r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|chez\s+|à\s+l['’]\s*|à\s+la\s+|au\s+)"
_CAP_WORD = rf"[{_UPPER}][\w-]*"
# A lower-case word that is not a preposition, article or ``et`` (those start a new chunk).
# Months and weekdays end a title (``nommé ministre des Finances | en février``).
_TIME_WORDS = (r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
               r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche")
_LOW_WORD = rf"(?!(?:de|des|du|d|la|le|les|l|et|à|au|aux|en(?=\s+(?:{_TIME_WORDS}|\d))|par|dans|avec|depuis|{_TIME_WORDS})(?![\w-]))[{_LOWER}][\w-]*(?![\w'’-])"
# A complement: preposition, a capitalised word, then lower-case words or ``et de X`` chunks.
# ``ambassadeur de France en Russie``: where a post is, inside the complement.
_POST = r"(?:en|au|aux)"
# The words of a complement after its first: ``et de X``, ``en X``, lower-case words, and a
# lower-case ``de`` phrase inside a body's name (``Union générale tunisienne du travail``,
# ``Front des forces socialistes``, ``Fédération française de football``).
_INNER = rf"(?:(?:del|da|do|dos|das|di|van|von|der)\s+{_CAP_WORD}|et\s+{_PREP}?{_CAP_WORD}|{_POST}\s+{_CAP_WORD}|(?:du|des|de\s+la|de\s+l['’]|d['’]|de(?=\s))\s*{_LOW_WORD}|{_LOW_WORD})"
_COMP = rf"{_PREP}{_CAP_WORD}(?:\s+{_INNER}){{0,5}}"


def _comp(first_word: str) -> str:
    """A ``de ...`` complement whose noun phrase starts with ``first_word``."""
    return rf"{_PREP}(?:{first_word})(?:\s+{_INNER}){{0,5}}"


def _chunk(first_word: str) -> re.Pattern[str]:
    return re.compile(rf"\s+(?P<prep>{_PREP})(?P<np>(?:{first_word})(?:\s+{_INNER}){{0,5}})")
#: What may follow a trailing country adjective inside a complement: a circumstance
#: (``de l'opposition biélorusse en exil``), which is neither portfolio nor country.
_CIRCUMSTANCE = re.compile(r"\s+(?:en|dans|à|au|aux)\s+[^\s,.;:!?()«»]+(?:\s+[^\s,.;:!?()«»]+){0,3}\s*$")
_LOW_WORD_RE = re.compile(rf"(?<![\w'’-]){_LOW_WORD}")
# The preposition between a region's noun and its place name.
_OF_PLACE = r"(?:de\s+l['’]\s*|de\s+|du\s+|d['’]\s*)"
_GLUE = frozenset({"et", "de", "des", "du", "la", "le", "les", "d", "l", "en", "au", "aux",
                   "del", "da", "do", "dos", "das", "di", "van", "von", "der"})
_DANGLING = re.compile(rf"(?:\s+(?:et|de\s+la|de\s+l['’]|du|des|de|d['’]))*\s*$")


_PARTICIPLE = re.compile(r"(?:é|i|u)e?s?$")
_CAPITAL_BEFORE = re.compile(rf"[{_UPPER}][\w-]*\s+$")


def _name_participle(text: str, w: re.Match[str]) -> bool:
    """A participle right after a capitalised word belongs to a body's name (``Nations unies``,
    ``Émirats arabes unis``), whatever the tagger says; a verb after a portfolio does not
    (``ministre des Finances a annoncé``: ``a`` is no participle)."""
    return bool(_PARTICIPLE.search(w.group())) and len(w.group()) > 3 and \
        _CAPITAL_BEFORE.search(text, max(0, w.start() - 40), w.start()) is not None


@dataclass(frozen=True)
class RoleSyntax:
    """The words around a title and a name that the roles stage reads, compiled from the pack's
    ``role_syntax`` entries (see ``veille.lang.fr.role_syntax`` for what each one matches)."""

    of_name: re.Pattern[str]
    of_before: re.Pattern[str]
    complement_preposition: re.Pattern[str]
    indefinite: re.Pattern[str]
    of_governor: re.Pattern[str]
    adjective_before_name: re.Pattern[str]
    coordinated_title: re.Pattern[str]
    apposed_title: re.Pattern[str]
    appointing_verb: re.Pattern[str]
    object_post: re.Pattern[str]
    coordinated_name: re.Pattern[str]
    of_country_noun: re.Pattern[str]
    gap: re.Pattern[str]
    body_frame: re.Pattern[str]
    state_body_of: re.Pattern[str]
    body_after: re.Pattern[str]
    unparsed_complement: re.Pattern[str]
    determiner: re.Pattern[str]
    government: re.Pattern[str]
    appointed_as: re.Pattern[str]
    leader_of_government: re.Pattern[str]
    dating: re.Pattern[str]
    national_post: re.Pattern[str]
    destination: re.Pattern[str]
    whose: re.Pattern[str]
    name_list_gap: re.Pattern[str]
    name_place: re.Pattern[str]
    sub_body: re.Pattern[str]
    reported_country: re.Pattern[str]
    regional_complement: re.Pattern[str]
    town_nouns: frozenset[str]
    region_nouns: frozenset[str]
    body_nouns: frozenset[str]
    counterpart_head: str
    dating_prefixes: tuple[str, ...]
    rank_prefixes: tuple[str, ...]
    feminine_words: dict[str, str]

    @classmethod
    def compile(cls, entries: dict[str, Any]) -> RoleSyntax:
        return cls(**{k.removesuffix("_pattern"): re.compile(v) if k.endswith("_pattern") else v for k, v in entries.items()})


@dataclass(frozen=True)
class TitlePatterns:
    phrase: str
    #: A title phrase that ends right where a name starts (pre-nominal title).
    before_name: re.Pattern[str]
    #: ``, title phrase`` right after a name (apposition), ended by punctuation or a verb.
    after_name: re.Pattern[str]
    #: A title phrase anywhere (to find portfolios NER tags as organisations).
    anywhere: re.Pattern[str]
    #: A title phrase at the start of an NER span (to trim it off).
    at_start: re.Pattern[str]
    honorific: re.Pattern[str]
    #: An institution name built like a title (``ministère biélorusse de l'Intérieur``).
    institution: re.Pattern[str]
    heads: tuple[tuple[re.Pattern[str], str], ...]
    resources: dict[str, Any]
    #: One ``de ...`` complement inside a matched phrase.
    chunk: re.Pattern[str]
    #: A complement that is a common noun for an organisation (``du ministère``).
    org_noun: re.Pattern[str]
    #: A region noun and its preposition right before a place (``la province de | Buenos Aires``).
    region_before: re.Pattern[str]
    #: The same at the start of a region's name (``région de Kharkiv``).
    region_name: re.Pattern[str]
    #: A territorial head and its preposition right before a place (``la maire de | Bello``).
    territory_before: re.Pattern[str]
    territory_after: re.Pattern[str]
    #: A body's noun and its preposition right before its town (``l'université de | Sfax``).
    body_before: re.Pattern[str]
    #: A player's or coach's noun and its preposition right before a club (``l'attaquant de | Lyon``).
    club_before: re.Pattern[str]
    #: A clause opening on a paper (``Dans Le | Temps, l'éditorialiste X``).
    media_frame: re.Pattern[str]
    #: A clause opening on a side (``Côté | français, …``): group 1 is the country adjective.
    side_frame: re.Pattern[str]
    #: ``accompagné de``: a companion of the person before.
    accompanied: re.Pattern[str]
    #: A clause opening on a place (``À | Bello, …``).
    place_frame: re.Pattern[str]
    #: The same with the place (group 1) up to its comma (``À Kigali,``).
    place_clause: re.Pattern[str]
    #: ``représentée par le |``: the title that follows serves the place before.
    represented: re.Pattern[str]
    #: A plural title shared by two countries (``les présidents russe et américain,``): groups
    #: ``plural``, ``port`` (a portfolio before or after the adjectives), ``dem1``, ``dem2``.
    distributive: re.Pattern[str]
    #: A plural title right before coordinated names (``Les gouverneurs | X (Buenos Aires) et Y``):
    #: groups ``plural``, ``port`` and ``dem0`` or ``dem`` (the adjective before or after ``port``).
    plural_before_names: re.Pattern[str]
    #: The words around a title and a name that the roles stage reads.
    syntax: RoleSyntax


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A parsed title phrase: normalised title, ``of`` place from a demonym, complement spans."""

    title: str
    start: int
    end: int
    country: Place | None
    #: (start, end) of each ``de ...`` complement noun phrase (after the preposition).
    complements: tuple[tuple[int, int], ...]
    #: (start, end) of the country adjectives used.
    demonyms: tuple[tuple[int, int], ...]
    head: str
    head_start: int


def match_ending_at(pattern: re.Pattern[str], text: str, at: int, window: int = 40) -> re.Match[str] | None:
    """The match of ``pattern`` in the ``window`` characters before ``at`` that ends exactly at
    ``at`` (``l'université de | Sfax``), or None. The patterns end on ``$``, so the search
    finds the one match that can end there."""
    m = pattern.search(text, max(0, at - window), at)
    return m if m is not None and m.end() == at else None


def has_portfolio(head: str, pats: TitlePatterns) -> bool:
    """Whether a head's first ``de ...`` complement is a portfolio (``ministre de l'Intérieur``,
    ``ancien ministre de la Santé``), not the body or place served (``Première ministre de
    l'Alberta``: a head of government has no portfolio)."""
    heads = pats.resources["portfolio_heads"]
    if head in heads:
        return True
    words = head.split()
    return words[-1] in heads and not head.endswith(("Premier ministre", "Première ministre"))


#: A body's acronym as written (``LKAB``, ``INM``, ``AT&T``).
ACRONYM_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9&]{1,7}")
_PLURAL_OF = re.compile(r"des\s+$")


def opens_on_acronym_body(tm: TitleMatch, text: str) -> bool:
    """Whether the title's first complement is a body's acronym (``l'ancien commissaire de l'INM
    X``), which no portfolio is; a plural one is (``le ministre des TIC``, ``des PME``)."""
    if not tm.complements:
        return False
    s, e = tm.complements[0]
    return bool(ACRONYM_WORD.fullmatch(text, s, e)) and not _PLURAL_OF.search(text, max(0, s - 6), s)


_CABINET_PREP = re.compile(r"(?:à\s+la|à\s+l['’]|au|aux)\s*$")


def opens_on_portfolio(tm: TitleMatch, text: str, pats: TitlePatterns) -> bool:
    """Whether the title's first complement is a portfolio: a minister's (``ministre de
    l'Intérieur``; not a body's acronym) or a cabinet secretary's (``secrétaire à la Sécurité
    intérieure``, ``au Trésor``)."""
    if not tm.complements:
        return False
    if has_portfolio(tm.head, pats):
        return not opens_on_acronym_body(tm, text)
    return is_cabinet_secretary(tm, text)


def is_cabinet_secretary(tm: TitleMatch, text: str) -> bool:
    """A secretary with a portfolio after ``à la``/``au`` (``le secrétaire au Trésor``): a
    cabinet post (United States, Philippines, Mexico), not a body's secretary."""
    if not tm.complements or tm.head.split()[-1] != "secrétaire":
        return False
    s = tm.complements[0][0]
    return bool(_CABINET_PREP.search(text, max(0, s - 8), s))


def pos_lookup(sdoc):
    """``pos_at(offset) -> str | None``: the part of speech of the token starting at ``offset``.

    Reads token offsets as one array instead of creating a Token per word; only the few
    offsets asked about become Token objects.
    """
    from spacy.attrs import IDX

    starts = sdoc.to_array([IDX]).tolist() if len(sdoc) else []
    index = {start: i for i, start in enumerate(starts)}

    def pos_at(offset: int) -> str | None:
        i = index.get(offset)
        return sdoc[i].pos_ if i is not None else None

    return pos_at


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=None)
def title_patterns(lang: str = "fr") -> TitlePatterns | None:
    pack = get_pack(lang)
    res = pack.resources.get("titles") if pack else None
    gaz = get_gazetteer(lang)
    if res is None or gaz is None:
        return None
    heads = [p for p, _ in res["title_heads"]]
    nouns = _alternation(list(res.get("organisation_nouns", ())))
    # A place of several capitalised words is one complement (``de New York``, ``du Costa Rica``):
    # its second word is no first name of the person after the title.
    multi = sorted({n for p in gaz.places for n in (p.name, *p.aliases) if " " in n and n[:1].isupper()}, key=len, reverse=True)
    place_words = rf"(?:{'|'.join(re.escape(n) for n in multi)})(?![\w-])|" if multi else ""
    # A body's common noun may be followed by its name (``de l'équipe Soudal Quick-Step``).
    # The noun first: ``de l'ONG Fight Impunity`` is one complement, not ``ONG``.
    first_word = rf"{place_words}(?:{nouns})(?![\w-])(?:\s+{_CAP_WORD}){{0,3}}|{_CAP_WORD}" if nouns else place_words + _CAP_WORD
    comp = _comp(first_word)
    dem_forms = set(gaz.demonym_surfaces())
    dem_forms |= {_strip_accents(f) for f in dem_forms}
    dem = rf"(?:{_alternation([re.escape(f) for f in dem_forms])})(?![\w-])"
    # Not inside a word or a compound (``vice-président`` is its own head), except after ``ex-``.
    # Two heads joined by a hyphen are one compound post (``bourgmestre-gouverneur``,
    # ``sénateur-maire``), written as the text has it.
    # After a hyphenated modifier (``ex-``, ``vice-``) the head may start inside the word.
    after_prefix = "".join(rf"(?<={m})|" for m in res["title_modifiers"] if m.endswith("-"))
    head = rf"(?:{after_prefix}(?<![\w-]))(?:{_alternation(heads)})(?:-(?:{_alternation(heads)}))?(?![\w-])"
    mods = "|".join(res["title_modifiers"])
    quals = _alternation(list(res.get("post_head_qualifiers", ())))
    post = rf"(?:\s+(?P<post>(?i:{quals}))(?![\w-]))?" if quals else ""
    adjs = _alternation(list(res.get("title_adjectives", ())))
    post = (rf"(?:\s+(?P<adj>(?i:{adjs}))(?![\w-]))?" if adjs else "") + post
    # ``le Premier ministre thaïlandais par intérim, X``: the qualifier after the country.
    post2 = rf"(?:\s+(?P<post2>(?i:{quals}))(?![\w-]))?" if quals else ""
    # Only the lexicon parts are case-insensitive: a complement must start with a real capital.
    # A lower-case portfolio is part of the title when a capitalised complement follows it
    # (``le chef des affaires humanitaires de l'ONU``, ``la directrice des opérations de X``).
    not_body = rf"(?!(?:{nouns})(?![\w-]))" if nouns else ""
    # Or a state's lower-case body qualified by its country (``le porte-parole des garde-côtes
    # philippins``; not ``journaliste de la minorité polonaise``: a minority is no state's body).
    state_bodies = _alternation(list(res.get("state_body_nouns", ()))) or r"(?!)"
    # Or one lower-case noun right before the name's comma (``le directeur de l'épreuve, X``):
    # the title's own complement, a thing the text names no further. Not another title
    # (``l'avocat du maire, X``: a relation to a person, read by the roles stage).
    # Not ``du pays`` (``le premier président du pays, X``): the roles stage reads it as the story's country.
    country_noun = res["role_syntax"]["of_country_noun_pattern"]
    low_portfolio = (rf"(?:(?!{country_noun})\s+(?P<low>{_PREP}{not_body}{_LOW_WORD}(?:\s+{_LOW_WORD}){{0,2}}(?=\s+{_PREP}{_CAP_WORD})"
                     rf"|{_PREP}(?i:{state_bodies})(?![\w-])(?=\s+(?i:{dem}))"
                     rf"|{_PREP}{not_body}(?!(?i:{head})){_LOW_WORD}(?=\s*,\s*(?:[{_UPPER}]|$))))?")
    # A party label in parentheses after the head (``maire (LR) de Cholet``) keeps the complement.
    party = r"(?:\s*\([^()\n,]{1,15}\))?"
    # ``le ministre des Ressources naturelles par intérim, X``: an acting post, after its portfolio.
    post3 = rf"(?:\s+(?P<post3>(?i:{_alternation(list(res.get('post_portfolio_qualifiers', ())))})))?" \
        if res.get("post_portfolio_qualifiers") else ""
    phrase_cs = (
        rf"(?P<mod>(?i:{mods}))?(?P<head>(?i:{head})){post}{party}{low_portfolio}(?:\s+(?P<dem1>(?i:{dem})){post2})?"
        rf"(?P<comp>(?:\s+{comp}){{0,2}})(?:\s+(?P<dem2>(?i:{dem})))?{post3}"
    )
    given = rf"(?:\s+(?P<given>{_CAP_WORD}))?"
    # Between a title and the name: a short place, brief or circumstance closed by a comma (``la
    # cheffe de l'opposition en exil, X``, ``le représentant de l'OMS à Genève, X``, ``l'envoyée
    # de l'ONU pour la Birmanie, X``), or a military rank
    # (``le chef de la junte, le général X``). Both keep the title attached to the name.
    # Also an acronym in parentheses (``le secrétaire général du Front (FFS), X``), and after the
    # comma an honorific (``, le Dr X``) or a nationality noun (``, le Belge X``).
    ranks = _alternation(list(res.get("ranks", ())))
    # ``cheikh`` without an article too (``le Premier ministre qatari, cheikh X``).
    honor = r"(?:Dr|Pr|Me|Mgr|M\.|Mme|Mlle|[Cc]heikha?(?=\s))\.?"
    nationality = rf"[{_UPPER}][{_LOWER}]+(?:-[{_LOWER}]+)?"
    det = r"(?i:le|la|l['’])\s*"
    after_comma = rf"(?:\s*{det}(?:(?i:{ranks})(?![\w-])|{honor}|{nationality}(?=\s))|\s*{honor})"
    # The rest of a body's name may come before its acronym (``de la Compagnie | Corse-Continent
    # (CCC), X``): capitalised words the complement grammar does not take.
    paren = rf"(?:\s+{_CAP_WORD}){{0,3}}\s*\([^()\n]{{1,40}}\)\s*,"
    tail = (
        rf"(?P<tail>\s+(?:en|dans|à|au|aux|pour|auprès\s+d(?:e|es|u))\s+[^\s,.;:!?()«»]+(?:\s+[^\s,.;:!?()«»]+){{0,4}}\s*,"
        rf"{after_comma}?"
        rf"|{paren}{after_comma}?"
        # ``Le chef du gouvernement wallon, qui s'exprimait depuis Namur, X``: a relative clause.
        rf"|\s*,\s*qui\s+[^\s,.;:!?()«»]+(?:\s+[^\s,.;:!?()«»]+){{0,12}}\s*,"
        rf"|\s*,{after_comma})?"
    )
    honor = "|".join(res["honorifics"])
    regions = _alternation(list(res.get("region_nouns", ()))) or r"(?!)"
    territories = _alternation(list(res.get("territory_heads", ()))) or r"(?!)"
    territory_of = rf"(?<![\w-])(?i:{territories})\s+(?:de\s+|d['’]\s*|du\s+)"
    town_bodies = "|".join(res.get("town_body_nouns", ())) or r"(?!)"
    frames = "|".join(res.get("place_frames", ())) or r"(?!)"
    appointed = "|".join(res.get("appointment_participles", ())) or r"(?!)"
    adverbs = "|".join(res.get("apposition_adverbs", ())) or r"(?!)"
    copulas = _alternation(list(res.get("relative_copulas", ()))) or r"(?!)"
    members = "|".join(res.get("club_member_nouns", ())) or r"(?!)"
    represented = "|".join(res.get("represented_by", ())) or r"(?!)"
    articles = "|".join(res.get("articles", ())) or r"(?!)"
    plurals = _alternation([re.escape(p).replace("'", "['’]") for p in res.get("plural_heads", {})]) or r"(?!)"
    return TitlePatterns(
        phrase=phrase_cs,
        # ``Le premier président du pays, X``: the country noun (the story's country) may end the
        # phrase; the roles stage reads it after the title.
        before_name=re.compile(rf"(?:{phrase_cs})(?:{country_noun})?{tail}{given}\s*[,(]?\s*$"),
        # ``X, 41 ans, échevine de …``: an age may stand between the name and the title.
        # A closing quote may end a quotation on the name (``« l'esprit de X », le premier président``).
        # ``X, élue maire de Y en 2020,``: an appointment's participle before the title;
        # ``X, également vice-Premier ministre``: an adverb; ``X, qui fut le premier président``: a
        # relative whose verb is a copula.
        after_name=re.compile(rf"\s*[»”)]?\s*,\s*(?:\d{{1,3}}\s+ans\s*,\s*)?(?:(?:{copulas})\s+)?(?:(?:{adverbs})\s+)?(?:(?:{appointed})\s+)?(?:(?i:le|la|l['’]|un|une|son|sa|leur)\s*)?(?:{phrase_cs})"),
        anywhere=re.compile(phrase_cs),
        at_start=re.compile(rf"^(?:(?i:le|la|l['’]|les)\s*)?(?:{phrase_cs})(?:\s+|$)"),
        honorific=re.compile(rf"^(?:{honor})(?:\s+|$)"),
        institution=re.compile(
            rf"(?P<mod>)(?<![\w-])(?P<head>(?i:{_alternation(list(res['institution_heads']))}))(?![\w-])"
            rf"(?:\s+(?P<dem1>(?i:{dem})))?(?P<comp>(?:\s+{_COMP}){{1}})(?:\s+(?P<dem2>(?i:{dem})))?"
        ),
        heads=tuple((re.compile(rf"(?i:{p})$"), norm) for p, norm in res["title_heads"]),
        resources=res,
        chunk=_chunk(first_word),
        org_noun=re.compile(rf"(?:{nouns})(?![\w-])" if nouns else r"(?!)"),
        region_before=re.compile(rf"(?:(?<![\w-])(?i:{regions})|(?<![\w-])État)\s+{_OF_PLACE}$"),
        region_name=re.compile(rf"^(?:{regions}|État)\s+{_OF_PLACE}"),
        territory_before=re.compile(territory_of + "$"),
        territory_after=re.compile(territory_of),
        body_before=re.compile(rf"(?<![\w-])(?i:{town_bodies})\s+(?:de\s+l['’]\s*|de\s+|du\s+|d['’]\s*)$"),
        club_before=re.compile(rf"(?<![\w-])(?i:{members})\s+(?:de\s+|du\s+|des\s+|d['’]\s*)$"),
        media_frame=re.compile(res.get("media_frame", r"(?!)")),
        side_frame=re.compile(res.get("side_frame", r"(?!)")),
        accompanied=re.compile(res.get("accompanied_by", r"(?!)")),
        place_frame=re.compile(rf"\s*(?:{frames})\s+(?=[A-ZÀ-Þ])"),
        place_clause=re.compile(rf"\s*(?:{frames})\s+([A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){{0,3}}?)\s*,"),
        represented=re.compile(rf"(?:{represented})\s+(?:(?:{articles})\s*)?"),
        plural_before_names=re.compile(
            # The adjective before or after the portfolio (``les ministres brésiliens des Finances``).
            rf"(?<![\w-])(?P<plural>(?i:{plurals}))(?![\w-])(?:\s+(?P<dem0>(?i:{dem})))?(?P<port>\s+{comp})?"
            rf"(?(dem0)|(?:\s+(?P<dem>(?i:{dem})))?)\s*,?\s*$"
        ),
        distributive=re.compile(
            rf"(?<![\w-])(?P<plural>(?i:{plurals}))(?![\w-])(?P<port>\s+{comp})?\s+(?P<dem1>(?i:{dem}))\s+et\s+"
            rf"(?P<dem2>(?i:{dem}))(?(port)|(?P<port2>\s+{comp})?)\s*,?\s*"
        ),
       syntax=RoleSyntax.compile(res["role_syntax"]),
    )


def _normal_head(pats: TitlePatterns, head_text: str) -> str:
    compact = " ".join(head_text.split())
    for pattern, norm in pats.heads:
        if pattern.match(compact):
            return norm
    return compact.lower()


def parse_title(m: re.Match[str], text: str, pats: TitlePatterns, lang: str = "fr", pos_at=None) -> TitleMatch:
    """Turn a phrase match into a :class:`TitleMatch`.

    ``pos_at(offset) -> str | None`` gives the part of speech of the word at an offset; a
    lower-case complement word with a ``non_title_pos`` tag (a verb, a pronoun...) ends the
    complement there, so ``ministre des Finances a annoncé`` keeps ``des Finances`` only.
    """
    head = _normal_head(pats, m.group("head"))
    mod = " ".join(m.group("mod").split()).lower() if m.group("mod") else ""
    if mod and mod not in pats.resources.get("dropped_modifiers", ()):
        head = mod + ("" if mod.endswith("-") else " ") + head
    start = m.start("mod") if m.group("mod") else m.start("head")
    groups = m.re.groupindex
    if "adj" in groups and m.group("adj"):
        head = f"{head} {m.group('adj').lower()}"
    end = m.end("head")
    for g in ("adj", "post"):
        if g in groups and m.group(g):
            end = m.end(g)
    if "low" in groups and m.group("low"):
        head = f"{head} {' '.join(m.group('low').split())}".replace("’", "'")
        end = m.end("low")
    demonyms: list[tuple[int, int]] = []
    country = None
    for g in ("dem1", "dem2"):
        if m.group(g):
            place = demonym_country(m.group(g), lang)
            if place is not None:
                country = country or place
                demonyms.append(m.span(g))
                end = max(end, m.end(g))
    if "post2" in groups and m.group("post2"):
        end = max(end, m.end("post2"))
    comps: list[tuple[int, int]] = []
    if m.group("comp"):
        bad_pos = pats.resources["non_title_pos"]
        for chunk in pats.chunk.finditer(text, m.start("comp"), m.end("comp")):
            s, e = chunk.span("np")
            cut, by_demonym = e, False
            for w in _LOW_WORD_RE.finditer(text, s, e):
                if w.group() in _GLUE:
                    continue
                place = demonym_country(w.group(), lang)
                if place is not None and (w.end() == e or _CIRCUMSTANCE.match(text, w.end(), e)):
                    # A trailing country adjective belongs to ``of``, not to the portfolio.
                    country = country or place
                    demonyms.append(w.span())
                    cut = w.start()
                    # ``du ministère éthiopien | des Affaires étrangères``: the next complement
                    # still belongs to the title.
                    by_demonym = w.end() == e
                    break
                if pos_at is not None and pos_at(w.start()) in bad_pos and not _name_participle(text, w):
                    cut = w.start()
                    break
            cut = s + len(_DANGLING.sub("", text[s:cut]))
            if cut > s:
                comps.append((s, cut))
            if cut < e and not by_demonym:
                break
        if comps:
            end = max(end, comps[-1][1])
    end = max([end] + [d[1] for d in demonyms])
    if "post3" in groups and m.group("post3") and not text[end:m.start("post3")].strip():
        end = m.end("post3")
    return TitleMatch(head, start, end, country, tuple(comps), tuple(demonyms), head, m.start("head"))
