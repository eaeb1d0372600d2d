"""Entities: named-entity mentions grouped into one entity per real thing within a document.

Mentions come from the parse's NER (PER/LOC/ORG/MISC) and are cleaned before grouping:

- quotes, brackets, leading articles and honorifics (``M.``) are trimmed; a leading title is
  trimmed too (``président Loukachenko`` → ``Loukachenko``), and a span that is only a title
  (``Premier ministre russe``, tagged MISC) is dropped: titles belong to the roles stage;
- nationality nouns (``Russes``) and capitalised common words at a sentence start
  (``Manifestations``, when the word is not a proper noun) are dropped;
- institution names that NER misses or cuts (``ministère biélorusse de l'Intérieur``) are added
  from the title lexicon's institution heads;
- ``Union européenne (UE)`` adds the acronym as a mention, and later bare ``UE`` join it;
- bodies of the gazetteer's organisation list (``ONU``, ``Nations unies``) take its canonical
  name, and their acronyms are found where NER missed them (``de l'ONU pour la Birmanie``).

Grouping (``veille.pipeline.stages._grouping``) then links spellings within the document. Places
known to the gazetteer get its canonical name and id, so ``Bélarus`` and ``Biélorussie`` are one
entity everywhere; a country adjective qualifying an organisation (``la Garde nationale russe``)
adds a ``DEMONYM`` mention to that country's entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache

from veille.gazetteer import (
    Place,
    city_country,
    country_names,
    demonym_country,
    lookup_organisation,
    lookup_place,
    lookup_region,
    namesake_area,
    organisation_acronyms,
)
from veille.model import Document, Entity
from veille.names import LATIN_LETTER, LEADING_ARTICLES, name_key, translit_key
from veille.pipeline.registry import stage
from veille.pipeline.stages._country import DATELINE, demonym_forms
from veille.pipeline.stages._grouping import Item, group_items
from veille.pipeline.stages._missed_names import (
    CHEZ_FRAME,
    GAP_AFTER_TITLE,
    extend_name_left,
    extend_name_right,
    names_after_titles,
    names_before_appositions,
    names_with_known_surnames,
)
from veille.pipeline.stages._titles import (
    ACRONYM_WORD,
    TitlePatterns,
    match_ending_at,
    opens_on_portfolio,
    parse_title,
    pos_lookup,
    title_patterns,
)
from veille.settings import Settings

__all__ = ["Item", "extract_items", "make_entities", "DEMONYM_LABEL"]

#: Mention label of a country adjective linked to its country (not an NER mention).
DEMONYM_LABEL = "DEMONYM"
_LABELS = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "MISC": "MISC"}
_EDGE = set(" \t\n\"'«»“”‘’()[],.;:!?–—-")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-ZÀ-Þ][A-ZÀ-Þ0-9&]{1,9})\s*\)")
_LOWER_WORD = re.compile(r"(?<![\w-])[^\W\d_A-ZÀ-Þ][^\W\d_]*(?![\w-])")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_HONORIFIC_BEFORE = re.compile(r"(?<![\w-])(?:Dr|Pr|Mme|Mgr|Me|M\.)\.?\s+$")
_COMPLEMENT_PREP = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)")
# An acronym then a lower-case word: NER ran a body's span over what follows it.
_LEAD_ACRONYM = re.compile(r"([A-ZÀ-Þ][A-ZÀ-Þa-z]{1,9})\s+(?=[a-zß-ÿ])")
# A capitalised word then another capitalised word: a nationality noun before a name.
_NATIONALITY_PREFIX = re.compile(r"([A-ZÀ-Þ][a-zß-ÿ]+(?:-[a-zß-ÿ]+)?)\s+(?=[A-ZÀ-Þ])")


def _trim(text: str, start: int, end: int, person: bool = False) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        if text[end - 1] == "." and _is_initial(text, start, end - 1):
            break  # ``J. B.``: the period belongs to the initial
        end -= 1
    m = LEADING_ARTICLES.match(text, start, end)
    # In a person's span a capitalised article is part of the name (``Le Pen``, ``Le Maire``), and
    # a capitalised ``Les`` starts a name (``Les Républicains``, ``Les Échos``).
    if m and m.end() < end and text[m.end()].isupper() and not (person and text[start].isupper()) \
            and not text.startswith("Les", start):
        start = m.end()
    return start, end


def _is_initial(text: str, start: int, at: int) -> bool:
    """Whether ``text[at - 1]`` is a lone capital letter (an initial) inside ``[start, at)``."""
    return at - 1 >= start and text[at - 1].isupper() and (at - 2 < start or not text[at - 2].isalpha())


def _last_place_complement(text: str, start: int, end: int, pats: TitlePatterns) -> tuple[int, int] | None:
    """The span of the last ``de ...`` complement of a title phrase when it is a gazetteer place."""
    last = None
    for chunk in pats.chunk.finditer(text, start, end):
        last = chunk.span("np")
    if last is not None and last[1] == end and lookup_place(text[last[0]:last[1]]) is not None:
        return last
    return None


def _strip_prefixes(text: str, start: int, end: int, pats: TitlePatterns, person: bool) -> tuple[int, int, bool]:
    """Drop honorifics and leading title phrases; (start, end) collapses when only a title is left.

    A person span is kept whole when nothing capitalised would be left (``Le Maire``). The flag
    says whether a title or honorific was dropped in front of a name: that name is a person's.
    """
    stripped = False
    for _ in range(3):
        span = text[start:end]
        m = pats.honorific.match(span) or pats.at_start.match(span)
        if not m or m.end() == 0:
            break
        new_start, new_end = _trim(text, start + m.end(), end, person)
        if person and not any(c.isupper() for c in text[new_start:new_end]):
            if text[start:start + 1].islower() and new_start >= new_end:
                # ``président de la République`` tagged as a person: a title, no one's name.
                return start, start, False
            break
        if new_start >= new_end and not person:
            # ``gouverneure de New York`` tagged as one place: the title goes, its place stays.
            place = _last_place_complement(text, start, end, pats)
            if place is not None:
                return place[0], place[1], False
        start, end = new_start, new_end
        stripped = True
        if start >= end:
            break
    return start, end, stripped and any(c.isupper() for c in text[start:end])


_APPOSED = re.compile(r"[ ]?,[ ]?")
_PLACE_TAIL = re.compile(r"(?:\s+(?:du|de\s+l['’]|de\s+la|de))?\s+[a-zß-ÿ][\w-]+(?![\w-])")
_LEADING_AND = re.compile(r"(?:et|ou)\s+(?=[a-zß-ÿ])")
def _apposed_title(text: str, end: int, title_starts: set[int]) -> bool:
    """Whether a title in apposition follows the span ending at ``end`` (``X, porte-parole de ...``)."""
    apposed = _APPOSED.match(text, end)
    return apposed is not None and apposed.end() in title_starts


_TWO_CAPITALISED = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:[ ][A-ZÀ-Þ][\w'’-]+){1,2}")
_ONE_NAME = re.compile(r"[A-ZÀ-Þ][\w-]+")
_CHEZ = re.compile(r"(?<![\w-])chez\s+$")


def _portfolio_spans(text: str, pats: TitlePatterns, lang: str, pos_at):
    """Title heads and ministers' portfolios (``ministre de l'Intérieur``: no entity in there),
    the whole title phrases, the acronyms a title is of (``le PDG de LKAB``), and the gazetteer
    towns and countries a complement names (``porte-parole du régime de Niamey``)."""
    spans, titles, acronyms, places = [], [], [], []
    for m in pats.anywhere.finditer(text):
        tm = parse_title(m, text, pats, lang, pos_at)
        titles.append((tm.start, tm.end))
        spans.append((m.start("head"), m.end("head")))
        portfolio = opens_on_portfolio(tm, text, pats)
        if portfolio:
            first = tm.complements[0]
            if lookup_place(text[first[0] : first[1]], lang) is None:
                spans.append(first)
        body_head = tm.head.removeprefix("ancien ").removeprefix("ancienne ").lower() in pats.resources.get("body_heads", ())
        for i, c in enumerate(tm.complements):
            if portfolio and i == 0:
                continue
            place = lookup_place(text[c[0] : c[1]], lang)
            if place is not None and place.kind in ("country", "city"):
                places.append((c[0], c[1], place))
            if ACRONYM_WORD.fullmatch(text, c[0], c[1]):
                acronyms.append((c[0], c[1], False))
            elif (body_head or _CHEZ.search(text, max(0, c[0] - 6), c[0])) and _ONE_NAME.fullmatch(text, c[0], c[1]) \
                    and lookup_place(text[c[0] : c[1]], lang) is None:
                # ``analyste chez Maybank``: who one works at is a firm, never a person.
                acronyms.append((c[0], c[1], True))
    # ``les présidents russe et américain, X et Y``: both names hold the plural title, the
    # second as much as the first (NER often calls it a place: ``Prak Sokhonn``).
    for m in pats.distributive.finditer(text):
        pair = _TWO_NAMES.match(text, m.end())
        if pair is not None:
            titles.append((m.start(), m.end()))
            titles.append((pair.start("et"), pair.end("et")))
    return spans, titles, acronyms, places


_TWO_NAMES = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}(?P<et>\s+et\s+)(?=[A-ZÀ-Þ])")


def _title_acronyms(text: str, acronyms: list[tuple[int, int, bool]], items: list[Item]) -> list[Item]:
    # Each entry: (start, end, is_body): with ``is_body``, a one-word complement that is a body
    # whatever NER says (after a body's head or ``chez``); else an acronym.
    """A body named by an acronym after a title that NER did not tag (``le PDG de LKAB``), or
    tagged as a miscellany (``le président de l'ANIE``): an organisation. So is a one-word name
    after the head of a body, whatever NER says (``le directeur général de Rosatom``: a company's
    director is no person's)."""
    out = []
    for start, end, is_body in acronyms:
        same = [it for it in items if it.start == start and it.end == end]
        if same:
            for it in same:
                if it.label == "MISC" or (is_body and it.label == "PER"):
                    it.label = "ORG"
            continue
        if not is_body and not _covered(items, start, end):
            out.append(Item(start, end, "ORG", text[start:end], text[start:end]))
    return out


@dataclass(slots=True)
class _Context:
    text: str
    lang: str
    pats: TitlePatterns
    not_names: frozenset[str]
    place_preps: frozenset[str]
    lower_words: frozenset[str]
    #: Common nouns whose following capitalised words are a body's name (``l'équipe X``).
    body_nouns: frozenset[str] = frozenset()
    #: Common nouns of places named after people (``stade``, ``rue``, ``aéroport``).
    facility_nouns: frozenset[str] = frozenset()


def _qualifier(text: str, start: int, end: int, lang: str) -> tuple[str, Place | None, tuple[int, int] | None]:
    """An organisation's country adjective (``Garde nationale russe``): base name, country, span."""
    words = list(_WORD.finditer(text, start, end))
    for w in words[1:]:
        if w.group().islower():
            place = demonym_country(w.group(), lang)
            if place is not None and place.kind == "country":
                base = (text[start : w.start()].rstrip() + " " + text[w.end() : end].lstrip()).strip()
                return base, place, w.span()
    return text[start:end], None, None


def _is_junk(ctx: _Context, surface: str, key: str) -> bool:
    if not key or key in ctx.not_names or sum(c.isalpha() for c in surface) < 2:
        return True
    if not any(c.isupper() for c in surface) or "\n" in surface:
        return True
    return demonym_country(surface, ctx.lang) is not None and lookup_place(surface, ctx.lang) is None


def _is_common_word(ctx: _Context, surface: str, tokens) -> bool:
    """A capitalised common word opening a sentence (``Manifestations``), unless it is a name."""
    if len(tokens) == 1:
        tok = tokens[0]
        first = tok.is_sent_start or (tok.i > 0 and tok.nbor(-1).is_punct and tok.nbor(-1).is_sent_start)
        # A capitalised common word opening a sentence: NER often tags it, the tagger does not
        # call it a proper noun, or the document writes it in lower case elsewhere.
        return first and (tok.pos_ != "PROPN" or surface.lower() in ctx.lower_words)
    return False


def extract_items(doc: Document) -> tuple[list[Item], list[tuple[int, int, Place]]]:
    """Cleaned mentions (as grouping items) and the country adjectives qualifying them."""
    text, sdoc = doc.text, doc.parse
    lang = doc.lang or "fr"
    pats = title_patterns(lang)
    res = pats.resources if pats else {}
    ctx = _Context(
        text,
        lang,
        pats,  # type: ignore[arg-type]
        frozenset(res.get("not_names", ())),
        frozenset(res.get("place_prepositions", ())),
        frozenset(_LOWER_WORD.findall(text)),
        frozenset(res.get("body_name_nouns", ())),
        frozenset(res.get("facility_nouns", ())),
    )
    items: list[Item] = []
    demonyms: list[tuple[int, int, Place]] = []
    taken: list[tuple[int, int]] = []
    inside_titles: list[tuple[int, int]] = []
    title_phrases: list[tuple[int, int]] = []
    title_acronyms: list[tuple[int, int]] = []
    title_places: list[tuple[int, int, Place]] = []
    maybe_common: list[int] = []

    if pats is not None:
        # Institution names first: an NER fragment inside one (``Intérieur``) is dropped.
        pos_at = pos_lookup(sdoc)
        inside_titles, title_phrases, title_acronyms, title_places = _portfolio_spans(text, pats, lang, pos_at)
        for m in pats.institution.finditer(text):
            start, end, base, place, dspans = _institution(text, m, pats, lang, pos_at)
            if end <= start:
                continue
            items.append(Item(start, end, "ORG", text[start:end], base, None, place))
            taken.append((start, end))
            demonyms.extend((d0, d1, place) for d0, d1 in dspans)

    title_starts = {t_start for t_start, _ in title_phrases}
    for ent_start, ent_end, ent_label in _ner_spans(sdoc, text, lang):
        label = _LABELS.get(ent_label)
        if label is None:
            continue
        person = label == "PER"
        start, end = _trim(text, ent_start, ent_end, person)
        titled = False
        if pats is not None and not person:
            if pats.plural_before_names.fullmatch(text[start:end]):
                continue  # ``les ministres des Affaires étrangères``: a plural title, no body's name
            named = _after_plural_title(text, start, end, pats)
            if named is not None:
                # ``ministres des Affaires étrangères Ararat X`` tagged as a body: the first of
                # the names the plural title introduces (its surname may lie past the span).
                start, label, person = named, "PER", True
                rest = _NEXT_CAP_WORD.match(text, end) if " " not in text[start:end] else None
                end = rest.end() if rest is not None else end
        if pats is not None:
            start, end, titled = _strip_prefixes(text, start, end, pats, person)
            coordinated = _LEADING_AND.match(text, start, end) if titled else None
            if coordinated is not None:
                # ``Le Premier ministre et ministre des Affaires étrangères qatari`` read as a
                # name: a second, coordinated title goes too.
                start, end, titled = _strip_prefixes(text, coordinated.end(), end, pats, person)
            # ``Dr Tedros Adhanom Ghebreyesus`` tagged as a body: an honorific before the span
            # makes it a person's name.
            titled = titled or bool(_HONORIFIC_BEFORE.search(text, max(0, start - 6), start))
        if label == "ORG" and pats is not None and text[start:end] in pats.resources.get("council_nouns", ()):
            # ``le Conseil`` + ``de souveraineté``, ``le Conseil`` + ``présidentiel de transition``:
            # NER tagged the noun alone; two councils of one story must not become one.
            end = _body_name_end(sdoc, end)
        lead = _LEAD_ACRONYM.match(text, start, end)
        acronyms = _acronym_pattern(lang)
        if lead and not person and acronyms is not None and acronyms.fullmatch(lead.group(1)):
            end = lead.end(1)  # ``ONU pour le Yémen``: the body is the listed acronym
        nationality = _NATIONALITY_PREFIX.match(text, start, end)
        if nationality and nationality.end() < end:
            # ``la Kényane Faith Kipyegon``, ``le Belge Hans Kluge``: a nationality noun before a
            # name gives the person's country and is no part of the name (NER often runs the
            # span over it, or calls the whole a place).
            word = nationality.group(1)
            country = demonym_country(word, lang)
            if country is not None and lookup_place(word, lang) is None:
                demonyms.append((nationality.start(1), nationality.end(1), country))
                start = nationality.end()
                if label in ("LOC", "MISC") and lookup_place(text[start:end], lang) is None:
                    label, person = "PER", True
        longer = _PLACE_TAIL.match(text, end) if not person else None
        if longer is not None and lookup_place(text[start:longer.end()], lang) is not None:
            # ``Amérique`` + ``latine``, ``Asie`` + ``centrale``: NER stopped short of the place's
            # lower-case half, and the first word alone names another place.
            end = longer.end()
        if end - start < 2 or any(s < end and start < e for s, e in taken):
            continue
        # What follows a title or an honorific (``le président kazakh X``, ``l'OMS, X``) is the
        # person holding it, whatever label NER gave it; a known place is left alone.
        if not person and (titled or any(GAP_AFTER_TITLE.fullmatch(text, t_end, start) for _, t_end in title_phrases)):
            # An acronym there is a party or a body (``sénateur RPR de Savoie``), not a name.
            if lookup_place(text[start:end], lang) is None and not text[start:end].isupper():
                label, person = "PER", True
        if person and not titled and CHEZ_FRAME.search(text, max(0, start - 40), start) and text.startswith(",", end):
            # ``Chez Groupama-FDJ, le manager X``: the clause opens on a firm or a team.
            label, person = "ORG", False
        apposed = _APPOSED.match(text, end)
        if not person and apposed is not None and apposed.end() in title_starts and _TWO_CAPITALISED.fullmatch(text, start, end) \
                and lookup_place(text[start:end], lang) is None and lookup_organisation(text[start:end], lang) is None:
            # ``Leila Naderi, chercheuse à l'Institut …`` tagged as a body: a bare title apposed
            # to a name of two capitalised words makes it a person's (not ``Washington, le
            # porte-parole …``: an article there opens another clause).
            label, person = "PER", True
        for t_start, t_end in inside_titles:
            # Only a minister's portfolio or a head: ``correspondant du Wall`` must not cut
            # ``Wall Street Journal``.
            if t_start <= start < t_end < end:
                # NER ran a title's tail into the name after it (``Défense Władysław X``):
                # what follows a title is the person holding it.
                prep = _COMPLEMENT_PREP.match(text, t_end, end)
                if prep:
                    # ``procureure de la | République de Lille``: what follows the head is its
                    # complement (a place or a body), not a name.
                    start, end = _trim(text, prep.end(), end)
                    break
                start, end = _trim(text, t_end, end, True)
                label, person = "PER", True
                break
        if not person and any(s <= start and end <= e for s, e in inside_titles):
            continue
        # Any label: NER calls ``Ankara Mansur Yavaş`` a person and ``Istanbul Ekrem X`` a body.
        crossing = next(((t0, t1) for t0, t1 in title_phrases if t0 < start < t1 < end
                         and text[t1:end].strip()[:1].isupper()), None)
        inner_end = _trim(text, start, crossing[1])[1] if crossing is not None else start
        place = lookup_place(text[start:inner_end], lang) if inner_end - start >= 2 else None
        body = lookup_organisation(text[start:inner_end], lang) if inner_end - start >= 2 and place is None else None
        # One unknown word, then a full name (not ``All | Blacks``): the word is the title's
        # complement when the title makes it one.
        lone_word = crossing is not None and place is None and body is None and pats is not None \
            and " " not in text[start:inner_end].strip() and len(text[crossing[1]:end].split()) >= 2
        # ``le capitaine des Wallabies Harry Wilson`` tagged as one span: a player's team.
        club = lone_word and match_ending_at(pats.club_before, text, start) is not None
        # ``l'ancien gouverneur de l'État de Kogi Yahaya Bello`` tagged as one span: a region.
        # ``la députée LFI de Seine-Saint-Denis Clémentine X``: a département or state the
        # gazetteer knows as a region.
        region = lone_word and not club and (match_ending_at(pats.region_before, text, start) is not None
                                             or lookup_region(text[start:inner_end], lang) is not None)
        # ``le député RN Jordan X``: the party acronym the title phrase ends on.
        party = crossing is not None and place is None and body is None and bool(ACRONYM_WORD.fullmatch(text, start, inner_end)) \
            and len(text[crossing[1]:end].split()) >= 2
        if crossing is not None and (place is not None or body is not None or club or region or party):
            # ``le maire d'Istanbul Ekrem X``, ``le secrétaire général de l'OTAN Jens X`` tagged
            # as one span: the title's complement is a place or a listed body (kept as its own
            # mention), then comes the person holding the title. Not ``correspondant du Wall``
            # + ``Street Journal``: ``Wall`` is neither.
            inner = text[start:inner_end]
            if place is not None or region:
                items.append(Item(start, inner_end, "LOC", inner, inner, place))
            elif club or party:
                items.append(Item(start, inner_end, "ORG", inner, inner))
            else:
                items.append(Item(start, inner_end, "ORG", inner, body.name, known=body.name))  # type: ignore[union-attr]
            start, end = _trim(text, crossing[1], end, True)
            label, person = "PER", True
        if person and pats is not None and " " not in text[start:end].strip() \
                and pats.territory_before.search(text, max(0, start - 30), start):
            # ``le gouverneur d'Antioquia``, ``la maire de Bello``: a mayor's or a governor's
            # complement is a place, whatever label NER gave the word.
            label, person = "LOC", False
        if person:
            wider = extend_name_left(sdoc, start, pats, text)
            if not any(t0 <= wider < t1 for t0, t1 in title_phrases):
                start = wider  # not back into a title (``chargé des Outre-mer | Manuel Valls``)
            end = extend_name_right(sdoc, end, text, start)
        surface = text[start:end]
        if _is_junk(ctx, surface, name_key(surface)):
            continue
        tokens = [t for t in sdoc.char_span(start, end, alignment_mode="expand") or () if not t.is_space]
        if _is_common_word(ctx, surface, tokens):
            maybe_common.append(len(items))
        prev = sdoc[tokens[0].i - 1].lower_ if tokens and tokens[0].i > 0 else ""
        if prev in ctx.facility_nouns and not titled:
            # ``le stade Léopold-Sédar-Senghor``, ``le mausolée Habib-Bourguiba``, ``rue Jean-Jaurès``:
            # a facility named after someone is a place, and its noun is part of its name.
            start, label, person = sdoc[tokens[0].i - 1].idx, "LOC", False
            surface = text[start:end]
            prev = sdoc[tokens[0].i - 2].lower_ if tokens[0].i > 1 else ""
        if label in ("ORG", "MISC") and surface.isupper() and lookup_place(surface, lang) is not None:
            label = "LOC"  # a dateline (``ISTANBUL (AFP) –``) tagged as an organisation
        if label in ("PER", "MISC") and not titled and tokens and tokens[0].i > 1 and _lower_nationality_noun(sdoc, tokens[0].i, lang):
            # ``le russe Rosatom``, ``le chinois CNNC``: a nationality written in lower case as a
            # noun names a company or a team; a person's is capitalised (``le Russe X``).
            label = "ORG"
        if label == "PER" and prev in ctx.body_nouns and not titled and not _apposed_title(text, end, title_starts):
            # ``l'équipe Soudal Quick-Step``, ``le cabinet Oxford Economics``: what a body's
            # common noun introduces is its name, whatever label NER gave it. Not a name with a
            # title in apposition (``le secrétaire général du cabinet X, porte-parole du
            # gouvernement,``): a body takes no person's title.
            label = "ORG"
        place = _place_of(surface, label, prev, ctx)
        base, qual, dspan = (surface, None, None)
        if place is None and label in ("ORG", "MISC"):
            base, qual, dspan = _qualifier(text, start, end, lang)
            if dspan:
                demonyms.append((dspan[0], dspan[1], qual))  # type: ignore[arg-type]
        # ``à Washington`` may be the city; ``à Poutine`` (tagged PER, no such place) is the man.
        # After ``de`` too when NER says LOC (``le maire de Nancy`` is not Yves Nancy): a missed
        # merge costs a curator one command, a false one mixes two people.
        locative = (prev in ctx.place_preps or (label == "LOC" and prev in ("de", "d'", "d’"))) and (
            label == "LOC" or lookup_place(surface, lang) is not None
        )
        known = lookup_organisation(surface, lang) if place is None and label != "PER" else None
        if known is not None:
            label, base = "ORG", known.name
        # ``le sultan Ibrahim``, ``le roi Charles``: a monarch's one name is a given name, never
        # the surname of a namesake (``Anwar Ibrahim`` in the same story is another man).
        regnal = label == "PER" and " " not in surface.strip() and prev in ctx.pats.resources.get("monarch_styles", ())
        items.append(Item(start, end, label, surface, base, place, qual, locative, known=known.name if known else None,
                          regnal=regnal))
        acr = _ACRONYM_AFTER.match(text, end)
        if acr and label != "PER" and (" " in surface.strip() or name_key(surface)[:1] == name_key(acr.group(1))[:1]):
            # A one-word name takes only an acronym of its own initial: ``ISTANBUL (AFP)`` is a
            # dateline and its agency.
            a_start, a_end = acr.span(1)
            listed = lookup_organisation(acr.group(1), lang)
            if listed is not None and name_key(surface).endswith(" " + name_key(listed.name)):
                # ``la Commission de l'Union africaine (UA)``: the acronym is the listed body the
                # name ends with, not the whole name (the Commission is not the Union).
                items.append(Item(a_start, a_end, "ORG", acr.group(1), listed.name, known=listed.name))
                continue
            items.append(Item(a_start, a_end, label, acr.group(1), acr.group(1), None, qual, acronym_of=(start, end)))
    if maybe_common:
        # A sentence-initial word stays when the document uses it as a name elsewhere
        # (``NAVALNY reste...`` after ``Alexeï Navalny``).
        drop = set(maybe_common)
        known = {translit_key(w) for i, it in enumerate(items) if i not in drop for w in it.surface.split()}
        items = [it for i, it in enumerate(items) if i not in drop or translit_key(it.surface) in known]
    items.extend(_listed_acronyms(text, items, lang))
    items.extend(_title_acronyms(text, title_acronyms, items))
    items.extend(_datelines(text, items, lang))
    items.extend(_missed_countries(text, items, lang))
    # ``porte-parole du régime de Niamey``: a title's town or country NER did not tag.
    items.extend(Item(s0, e0, "LOC", text[s0:e0], text[s0:e0], place, after_place_prep=True)
                 for s0, e0, place in title_places if not _covered(items, s0, e0))
    items.extend(_territories_after_heads(text, items, pats, lang))
    items.extend(_bodies_after_nouns(text, items, ctx.body_nouns, title_starts))
    items = _foreign_script_names(text, _native_spellings(text, items), lang)
    items.extend(names_after_titles(doc, title_phrases, items, lang))
    items.extend(names_before_appositions(doc, title_phrases, items, lang))
    items.extend(names_with_known_surnames(doc, items))
    _papers_in_frames(text, items, pats)
    _places_read_as_persons(items, lang)
    _namesake_towns(text, items, lang)
    return _add_bare_acronyms(text, _clubs(text, _regions(text, items, pats, lang), pats, lang)), demonyms


@lru_cache(maxsize=8)
def _acronym_pattern(lang: str) -> re.Pattern[str] | None:
    acronyms = organisation_acronyms(lang)
    if not acronyms:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True)) + r")(?![\w-])")


_BODY_ADJECTIVES = re.compile(
    r"(?:\s+[a-zß-ÿ][a-zß-ÿ-]{2,}(?:al|ale|aux|ique|ic|ier|ière|aire|if|ive|ien|ienne|ais|aise|ois|oise|"
    r"ande|el|elle|é|ée|eux|euse|ile|ine|ain|aine|ane))(?![\w-]){1,2}")
_NAME_WORDS = re.compile(r"\s+((?:[^\W\d_a-zß-ÿ][\w'’-]*)(?:\s+(?:[^\W\d_a-zß-ÿ][\w'’-]*)){0,3})")


_NATIVE_AFTER = re.compile(r"\s*\(\s*([^\W\d_][^()\n]{1,60}?)\s*\)")
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])((?:[A-ZÀ-Þ][\w'’-]+\s+){1,3}[A-ZÀ-Þ][\w'’-]+)\s*\(\s*$")


def _papers_in_frames(text: str, items: list[Item], pats: TitlePatterns | None) -> None:
    """``Dans Al-Masry Al-Youm, l'éditorialiste X``: the name a clause opens on before a press
    occupation is the paper, whatever label NER gave it."""
    if pats is None:
        return
    heads = pats.resources.get("media_heads", ())
    for it in items:
        if it.label not in ("PER", "LOC") or it.place is not None:
            continue
        lo = max(0, it.start - 12)
        frame = next((m for m in pats.media_frame.finditer(text, lo, it.start) if m.end() == it.start), None)
        before = text[max(0, frame.start() - 3):frame.start()].rstrip() if frame is not None else ""
        if frame is None or (before and before[-1] not in ".!?»:"):
            continue  # only at the start of a sentence
        after = _AFTER_FRAME.match(text, it.end)
        if after and after.group(1).lower() in heads:
            it.label = "ORG"


_AFTER_FRAME = re.compile(r"\s*,\s*(?:le|la|l['’]|les)\s*([\w'’-]+(?:\s+(?:en\s+chef|spécial|spéciale|politique))?)", re.I)


def _native_spellings(text: str, items: list[Item]) -> list[Item]:
    """A name in another script in brackets right after a person's name is that person's own
    spelling (``Eva Kaïli (Εύα Καϊλή)``, ``al-Sissi (عبد الفتاح السيسي)``): one entity, whether
    NER tagged it on its own or missed it."""
    out = list(items)
    for it in items:
        if it.label == "PER" and not LATIN_LETTER.search(it.surface):
            # ``Eva Kaïli (Εύα Καϊλή)`` with only the bracketed spelling tagged: the words
            # before the bracket are the name NER missed.
            before = _NAME_BEFORE_BRACKET.search(text, max(0, it.start - 60), it.start)
            if before is not None and not any(o.start < before.end(1) and before.start(1) < o.end for o in out):
                latin = text[before.start(1):before.end(1)]
                out.append(Item(before.start(1), before.end(1), "PER", latin, latin))
                it.base = latin
            continue
        if it.label != "PER":
            continue
        m = _NATIVE_AFTER.match(text, it.end)
        if m is None or LATIN_LETTER.search(m.group(1)) or not any(c.isalpha() for c in m.group(1)):
            continue
        start, end = m.span(1)
        for other in [o for o in out if o.start < end and start < o.end]:
            out.remove(other)
        out.append(Item(start, end, "PER", text[start:end], it.joined or it.base))
    return out


#: One to four capitalised words in a cased script other than Latin (Cyrillic, Greek):
#: ``Александр Лукашенко``, ``Εύα Καϊλή``.
_CASED_FOREIGN_NAME = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐЎΑ-ΩΆ-Ώ][а-яёіїєґўα-ωά-ώ'’-]+(?:\s+[А-ЯЁІЇЄҐЎΑ-ΩΆ-Ώ][а-яёіїєґўα-ωά-ώ'’-]+){0,3}(?![\w-])")


def _foreign_script_names(text: str, items: list[Item], lang: str) -> list[Item]:
    """``items`` with the names written in Cyrillic or Greek that NER (trained on French) misses
    or cuts wrong (``a écrit Александр Лукашенко sur Telegram``: a place, then a miscellany
    running into the French words): each run of capitalised words is one name, a place when
    the gazetteer knows it by itself or romanised (``Москва``), else a person. A bracketed
    spelling already joined to its Latin name stays. Grouping then joins the others to the
    Latin spellings of the same name by their romanised keys."""
    from anyascii import anyascii

    out = list(items)
    for m in _CASED_FOREIGN_NAME.finditer(text):
        start, end = m.span()
        inside = [it for it in out if it.start < end and start < it.end]
        if any(it.start == start and it.end == end and it.label in ("PER", "LOC") for it in inside):
            continue  # already read as this very name (``Eva Kaïli (Εύα Καϊλή)``)
        for it in inside:
            out.remove(it)
        place = lookup_place(m.group(), lang) or lookup_place(anyascii(m.group()), lang)
        out.append(Item(start, end, "LOC" if place is not None else "PER", m.group(),
                        _given_then_surname(m.group()) if place is None else m.group(), place))
    return out


#: A Russian, Ukrainian or Belarusian patronymic (``Сиймовна``, ``Григорьевич``).
_PATRONYMIC = re.compile(r"(?:вич|вна|ич|ична|івна|ьевич|ьевна)$")


def _given_then_surname(name: str) -> str:
    """``Каллас Кая Сиймовна`` (an official list's order: surname, given name, patronymic) or
    ``Кая Сиймовна Каллас`` → ``Кая Каллас``: the order and words the press's spelling has, so
    that the grouping joins it to ``Kaja Kallas``. Other names unchanged."""
    words = name.split()
    if len(words) != 3:
        return name
    if _PATRONYMIC.search(words[2]):
        return f"{words[1]} {words[0]}"
    if _PATRONYMIC.search(words[1]):
        return f"{words[0]} {words[2]}"
    return name


def _bodies_after_nouns(text: str, items: list[Item], body_nouns: frozenset[str], title_starts: set[int]) -> list[Item]:
    """A name NER missed, or read in part as a person's, right after a body's common noun (``la
    coopérative Sầu Riêng Xanh``): the body's name, an organisation. ``items`` loses the parts.
    Not a person's name with a title in apposition (``du cabinet X, porte-parole de ...``)."""
    if not body_nouns:
        return []
    out = []
    for m in _body_noun_pattern(body_nouns).finditer(text):
        name = _NAME_WORDS.match(text, m.end())
        if name is None:
            # ``la compagnie nationale Petronas``, ``le constructeur automobile chinois BYD``: one
            # or two adjectives between the noun and the name.
            adjectives = _BODY_ADJECTIVES.match(text, m.end())
            name = _NAME_WORDS.match(text, adjectives.end()) if adjectives else None
        if name is None:
            continue
        start, end = name.span(1)
        inside = [it for it in items if it.start < end and start < it.end]
        if any(it.label == "PER" for it in inside) and _apposed_title(text, end, title_starts):
            continue
        if any(it.start < start or it.end > end or it.label not in ("PER", "MISC") or it.place is not None for it in inside):
            continue
        # NER's person or miscellany on part of the name (``Sầu | Riêng Xanh``) gives way to it.
        for it in inside:
            items.remove(it)
        out.append(Item(start, end, "ORG", text[start:end], text[start:end]))
    return out


@lru_cache(maxsize=8)
def _body_noun_pattern(body_nouns: frozenset[str]) -> re.Pattern[str]:
    # As written in running text: lower case (a capitalised ``Banque`` starts a name itself),
    # short ones in capitals too (``l'ONG``).
    forms = set(body_nouns) | {w.upper() for w in body_nouns if len(w) <= 4}
    words = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


# What follows an unknown capitalised dateline word when it is a place: a wire credit or a date
# (``CHOLET (AFP) –``, ``TARBES, 12 mars –``), not a kicker (``EXCLUSIF –``, ``VIDÉO –``).
_DATELINE_CREDIT = re.compile(r"\s*(?:\([^()\n]{1,40}\)|,\s*\d)")


def _covered(items: list[Item], start: int, end: int) -> bool:
    """Whether a mention already overlaps ``[start, end)``: a name found past NER stays out there."""
    return any(it.start < end and start < it.end for it in items)


def _datelines(text: str, items: list[Item], lang: str) -> list[Item]:
    """Datelines NER missed (``ALGER –``, ``PORT-AU-PRINCE (AFP) –``): a place mention."""
    out = []
    for m in DATELINE.finditer(text):
        start, end = m.span(1)
        if _covered(items, start, end):
            continue
        place = lookup_place(m.group(1), lang)
        # A town the gazetteer only knows by its country (``CHOLET –``, ``SANTOS –``) is a
        # dateline as much as a capital is.
        if place is None and not _DATELINE_CREDIT.match(text, end) and city_country(m.group(1)) is None:
            continue
        out.append(Item(start, end, "LOC", m.group(1), m.group(1), place, after_place_prep=True))
    return out


@lru_cache(maxsize=8)
def _country_pattern(lang: str) -> tuple[re.Pattern[str] | None, dict[str, Place]]:
    names = dict(country_names(lang))
    if not names:
        return None, {}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # After an article or a preposition (``de l'Irlande``, ``au Tchad``, ``à Chypre``), and not
    # run into another capitalised word (``Maurice Papon``, ``Salvador Allende``).
    pattern = re.compile(
        r"(?:(?<![\w-])(?:l['’]|la|le|les|de|d['’]|du|des|en|au|aux|à|et|vers|pour|par|avec|contre)\s*)"
        r"(" + alternatives + r")(?![\w-])(?!\s+[A-ZÀ-Þ])",
        re.IGNORECASE,
    )
    return pattern, names


def _missed_countries(text: str, items: list[Item], lang: str) -> list[Item]:
    """Countries NER did not tag (``ancien sélectionneur de l'Irlande``): a title's ``of`` and
    the story's country need the entity."""
    pattern, names = _country_pattern(lang)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        start, end = m.span(1)
        place = names.get(m.group(1))
        if place is None or _covered(items, start, end):
            continue  # the name as written (capitalised), and only where no mention is
        out.append(Item(start, end, "LOC", m.group(1), m.group(1), place, after_place_prep=True))
    return out


#: The capitalised words after a territory head's ``de`` (``ministre-président de Saxe``).
_TERRITORY_WORDS = re.compile(r"[A-ZÀ-Þ][\w'’]*(?:[- ](?:[A-ZÀ-Þ][\w'’]*|de|du|des|sur|en)){0,3}")


def _territories_after_heads(text: str, items: list[Item], pats: TitlePatterns | None, lang: str) -> list[Item]:
    """The region or place a territory's head governs, where NER tagged nothing (``le
    ministre-président de Saxe``, ``la gouverneure de Guanajuato``): the title's ``of`` needs it.
    The longest run of the capitalised words there that the gazetteer knows, as a region first."""
    if pats is None:
        return []
    out = []
    for m in pats.territory_after.finditer(text):
        words = _TERRITORY_WORDS.match(text, m.end())
        if words is None or _covered(items, words.start(), words.end()):
            continue
        surface = words.group()
        while surface:
            place = lookup_region(surface, lang) or lookup_place(surface, lang)
            if place is not None and place.kind != "seat":
                end = words.start() + len(surface)
                out.append(Item(words.start(), end, "LOC", surface, surface, place, after_place_prep=True))
                break
            cut = max(surface.rfind(" "), surface.rfind("-"))
            surface = surface[:cut] if cut > 0 else ""
    return out


def _listed_acronyms(text: str, items: list[Item], lang: str) -> list[Item]:
    """Acronyms of listed bodies NER did not tag (``de l'ONU pour la Birmanie``)."""
    pattern = _acronym_pattern(lang)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        if _covered(items, m.start(), m.end()):
            continue
        org = lookup_organisation(m.group(), lang)
        if org is not None:
            out.append(Item(m.start(), m.end(), "ORG", m.group(), org.name, known=org.name))
    for m in _WORD_ACRONYM.finditer(text):
        # ``la Cédéao``, ``l'Otan``: a listed acronym written as a word after its article.
        start, end = m.span(1)
        if _covered(items, start, end) or _covered(out, start, end):
            continue
        org = lookup_organisation(m.group(1), lang)
        if org is not None:
            out.append(Item(start, end, "ORG", m.group(1), org.name, known=org.name))
    return out


#: A capitalised word of four to eight letters after an article: an acronym written as a word?
_WORD_ACRONYM = re.compile(r"(?<![\w-])(?:l['’]|[Ll]a |[Ll]e |[Dd]e la |[Dd]u )([A-ZÀ-Þ][a-zß-ÿ]{3,7})(?![\w'’-])")


def _regions(text: str, items: list[Item], pats: TitlePatterns | None, lang: str) -> list[Item]:
    """Places named after a region noun become that region (``région de Kharkiv``), its own
    entity: the governor of the province of Buenos Aires does not govern the city. Places after
    a body's noun become the body (``université de Sfax``), whatever label NER gave a known
    place there (``l'université de Brasília`` with ``Brasília`` a person)."""
    if pats is None:
        return items
    for it in items:
        if it.label != "LOC" and it.place is None and lookup_place(it.surface, lang) is None:
            continue
        m, label = match_ending_at(pats.region_before, text, it.start, 45), "LOC"
        if m is None:
            m, label = match_ending_at(pats.body_before, text, it.start, 45), "ORG"
        if m is None:
            continue
        it.start, it.place, it.label, it.after_place_prep = m.start(), None, label, False
        it.surface = it.base = text[m.start():it.end]
    return items


def _places_read_as_persons(items: list[Item], lang: str) -> None:
    """A lone word NER calls a person that is a known country or city (``imposés par
    Washington``, ``Moscou affirme``) is the place (its government, by metonymy), unless the
    document names a person with that surname (``Denzel Washington``)."""
    surnames = {name_key(it.surface.split()[-1]) for it in items if it.label == "PER" and " " in it.surface.strip()}
    for it in items:
        if it.label != "PER" or " " in it.surface.strip() or name_key(it.surface) in surnames:
            continue
        place = lookup_place(it.surface, lang)
        if place is not None and place.kind in ("country", "city", "seat"):
            it.label, it.place = "LOC", place


def _namesake_towns(text: str, items: list[Item], lang: str) -> None:
    """A town the document places in another country's region (``London (Ontario)``, ``Paris,
    Texas``) is not the gazetteer's town of that name: every mention of that name in the
    document loses the gazetteer place and groups apart, keyed by the other country."""
    elsewhere: dict[str, Place] = {}
    not_places = tuple((it.start, it.end) for it in items if it.label in ("PER", "ORG") and it.place is None)
    for it in items:
        if it.place is not None:
            area = namesake_area(text, it.end, it.place, lang, not_places)
            if area is not None:
                elsewhere.setdefault(name_key(it.surface), area)
    if not elsewhere:
        return
    for it in items:
        area = elsewhere.get(name_key(it.surface))
        if area is not None and it.place is not None and it.place.kind in ("city", "seat"):
            it.place, it.label, it.qualifier = None, "LOC", area


def _lower_nationality_noun(sdoc, i: int, lang: str) -> bool:
    """Whether the tokens before token ``i`` are an article and a lower-case nationality
    (``le russe | Rosatom``)."""
    word, article = sdoc[i - 1].text, sdoc[i - 2].lower_
    return word.islower() and word in demonym_forms(lang) and article in ("le", "la", "l'", "l’")


def _clubs(text: str, items: list[Item], pats: TitlePatterns | None, lang: str) -> list[Item]:
    """A town after a player's or a coach's noun is the club (``l'ancien attaquant de Lyon``,
    ``les joueurs d'Anderlecht``): the press names clubs by their towns. The club is an
    organisation apart from the town, joined to the club the text names in full (``RSC
    Anderlecht``) when there is one. A country stays a country (``l'entraîneur du Pérou``)."""
    if pats is None:
        return items
    full = [it for it in items if it.label == "ORG" and it.place is None and " " in it.base.strip()]
    for it in items:
        if it.label not in ("LOC", "ORG", "MISC") or " " in it.base.strip() or it.known is not None:
            continue
        if it.place is not None and it.place.kind not in ("city", "region"):
            continue
        if match_ending_at(pats.club_before, text, it.start) is None:
            continue
        key = name_key(it.base)
        named = next((o for o in full if name_key(o.base).endswith(" " + key)), None)
        it.label, it.place, it.after_place_prep = "ORG", None, False
        if named is not None:
            it.base = named.base
        else:
            it.club = True
    return items


# A hyphen then a capitalised word, no space: the rest of a hyphenated name (``Okonjo|-Iweala``).
_HYPHEN_TAIL = re.compile(r"-[A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)*")


def _ner_spans(sdoc, text: str, lang: str = "fr") -> list[tuple[int, int, str]]:
    """NER spans as (start, end, label); two person spans one space apart are one name (the
    model splits an unfamiliar name: ``Kais`` | ``Saied``)."""
    spans: list[tuple[int, int, str]] = []
    swallowed = -1
    for ent in sdoc.ents:
        if ent.start_char < swallowed:
            continue  # the rest of the hyphenated name before it
        hyphen = _HYPHEN_TAIL.match(text, ent.end_char)
        if hyphen is not None:
            # ``Ngozi Okonjo`` | ``-Iweala``: the model cut a hyphenated surname at its hyphen
            # (the tokenizer splits it); the name runs on to the word after it.
            longer = sdoc.char_span(ent.start_char, hyphen.end(), label=ent.label_, alignment_mode="expand")
            if longer is not None:
                ent, swallowed = longer, longer.end_char
        if spans and ent.label_ == "PER" and spans[-1][2] == "PER" and text[spans[-1][1]:ent.start_char] == " " \
                and " " not in text[spans[-1][0]:spans[-1][1]] and " " not in ent.text:
            spans[-1] = (spans[-1][0], ent.end_char, "PER")
            continue
        cut = _RUN_ON.search(text, ent.start_char, ent.end_char) if ent.label_ != "PER" else None
        if cut is not None and cut.end() < ent.end_char:
            # ``quitte le Racing Club de Strasbourg pour Galatasaray`` tagged as one body: ``pour``
            # before a capitalised name joins two names (a body's own ``pour`` is followed by an
            # article: ``Organisation pour la sécurité``).
            spans.append((ent.start_char, cut.start(), ent.label_))
            spans.append((cut.end(), ent.end_char, ent.label_))
            continue
        end = ent.end_char
        dangling = _DANGLING_DE.search(text, ent.start_char, end) if ent.label_ != "PER" else None
        if dangling is not None:
            # ``l'État de | New York Andrew Cuomo``: NER stopped on the preposition; the place
            # that follows (the longest run of capitalised words the gazetteer knows) ends the
            # name, else the preposition is dropped.
            end = _place_after(text, end, lang) or dangling.start()
        spans.append((ent.start_char, end, ent.label_))
    return spans


_OF_WORDS = frozenset({"de", "du", "des", "d'", "d’"})


def _body_name_end(sdoc, end: int) -> int:
    """Where a body's name that starts with a bare noun ends: over lower-case adjectives and
    ``de`` + a lower-case noun or adjective (``présidentiel de transition``, ``de souveraineté``),
    at most four words; a capitalised word, a verb or punctuation stops it."""
    span = sdoc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return end
    i, words, best = span[-1].i + 1, 0, end
    while i < len(sdoc) and words < 4:
        tok = sdoc[i]
        if tok.pos_ == "ADJ" and tok.text.islower():
            best, words, i = tok.idx + len(tok.text), words + 1, i + 1
            continue
        if tok.lower_ in _OF_WORDS:
            j = i + 1
            if j < len(sdoc) and sdoc[j].lower_ in ("la", "l'", "l’"):
                j += 1
            if j < len(sdoc) and sdoc[j].text.islower() and sdoc[j].pos_ in ("NOUN", "ADJ"):
                best, words, i = sdoc[j].idx + len(sdoc[j].text), words + 1, j + 1
                continue
        break
    return best


def _after_plural_title(text: str, start: int, end: int, pats: TitlePatterns) -> int | None:
    """Where the name starts in a span that opens on a plural title (``ministres des Affaires
    étrangères | Ararat X``), or None."""
    for word in _CAP_WORD_START.finditer(text, start + 1, end):
        if pats.plural_before_names.fullmatch(text, start, word.start()) and (
                len(text[word.start():end].split()) >= 2 or _NEXT_CAP_WORD.match(text, end)):
            return word.start()
    return None


_CAP_WORD_START = re.compile(r"(?<=\s)[A-ZÀ-Þ]")
_NEXT_CAP_WORD = re.compile(r" [A-ZÀ-Þ][\w'’-]+")
_DANGLING_DE = re.compile(r"\s+(?:de|du|des|d['’])\s*$")
_CAP_RUN = re.compile(r"\s*([A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3})")


def _place_after(text: str, at: int, lang: str) -> int | None:
    """The end of the longest gazetteer place or region that starts right after ``at``."""
    m = _CAP_RUN.match(text, at)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group(1)))
    for n in range(len(words), 0, -1):
        name = m.group(1)[: words[n - 1].end()]
        if lookup_place(name, lang) is not None or lookup_region(name, lang) is not None:
            return m.start(1) + len(name)
    return None


_RUN_ON = re.compile(r"\s+(?:pour|contre|face\s+à|après|avant)\s+(?=[A-ZÀ-Þ])")


def _add_bare_acronyms(text: str, items: list[Item]) -> list[Item]:
    """Later occurrences of an acronym introduced in brackets, when NER missed them."""
    acronyms = {it.surface: it for it in items if it.acronym_of is not None}
    if not acronyms:
        return items
    spans = {(it.start, it.end) for it in items}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in acronyms) + r")(?![\w-])")
    for m in pattern.finditer(text):
        if m.span() in spans or any(it.start <= m.start() < it.end for it in items):
            continue
        src = acronyms[m.group()]
        items.append(Item(m.start(), m.end(), src.label, m.group(), m.group(), None, src.qualifier, acronym_of=src.acronym_of))
    return items


def _institution(text: str, m: re.Match[str], pats: TitlePatterns, lang: str, pos_at) -> tuple[int, int, str, Place | None, list[tuple[int, int]]]:
    """Span, base name (without country adjectives), country and adjective spans of an institution."""
    tm = parse_title(m, text, pats, lang, pos_at)
    start, end = m.start("head"), tm.end
    if not tm.complements:
        return start, start, "", None, []
    pieces, cursor = [], start
    for d_start, d_end in sorted(tm.demonyms):
        pieces.append(text[cursor:d_start].strip())
        cursor = d_end
    pieces.append(text[cursor:end].strip())
    return start, end, " ".join(p for p in pieces if p), tm.country, list(tm.demonyms)


def _place_of(surface: str, label: str, prev: str, ctx: _Context) -> Place | None:
    """The gazetteer place a mention names, when its label and context allow it."""
    place = lookup_place(surface, ctx.lang)
    if place is None:
        return None
    if label == "LOC":
        return place
    if label in ("ORG", "MISC") and place.kind == "country":
        return place  # ``la Russie a annoncé``: a country used for its government
    if prev in ctx.place_preps:
        return place  # ``à Washington`` tagged PER
    return None


def add_place_mentions(entities: list[Entity], additions: list[tuple[int, int, Place]]) -> list[Entity]:
    """Add country-adjective mentions to their country's entity, creating it when absent."""
    from veille.model import Mention

    if not additions:
        return entities
    by_id = {e.id: i for i, e in enumerate(entities)}
    out = list(entities)
    for start, end, place in additions:
        mention = Mention(start, end, DEMONYM_LABEL)
        i = by_id.get(place.id)
        if i is None:
            out.append(Entity(place.id, place.name, "LOC", (mention,), ()))
            by_id[place.id] = len(out) - 1
            continue
        ent = out[i]
        if any(m.start == start and m.end == end for m in ent.mentions):
            continue
        mentions = tuple(sorted(ent.mentions + (mention,), key=lambda m: m.start))
        out[i] = Entity(ent.id, ent.name, ent.type, mentions, ent.variants)
    out.sort(key=lambda e: e.mentions[0].start)
    return out


@stage("entities", requires=("parse", "text"), assigns=("entities",))
def make_entities(settings: Settings):
    """Entity mentions grouped per real entity within the document (names, places, acronyms)."""
    for lang in settings.analyzed_languages:
        title_patterns(lang)  # compiled once here, with the models, not inside the first batch
        _acronym_pattern(lang)

    def entities(doc: Document) -> Document:
        items, demonyms = extract_items(doc)
        grouped = group_items(doc.text, items)
        return doc.replace(entities=tuple(add_place_mentions(grouped, demonyms)))

    return entities
