"""Person names NER missed or cut, recovered from the parse around titles (entities stage).

French news names people next to their titles: ``le président kazakh X``, ``X, président du
Kazakhstan``. Capitalised proper nouns in those places become person mentions when no mention
covers them, and a person span NER cut short is extended over adjacent proper nouns.
"""

from __future__ import annotations

import re

from veille.gazetteer import demonym_country, lookup_place, organisation_acronyms
from veille.model import Document
from veille.pipeline.stages._grouping import Item
from veille.pipeline.stages._titles import TitlePatterns

__all__ = ["CHEZ_FRAME", "GAP_AFTER_TITLE", "extend_name_left", "extend_name_right", "names_after_titles",
           "names_before_appositions", "names_with_known_surnames"]

GAP_AFTER_TITLE = re.compile(r"[ ]?,?[ ]?")  # between a title and its holder's name
_SENTENCE_PUNCT = frozenset({".", "!", "?", "…", ":", ";", "«", '"', "("})


# The second half of a hyphenated surname NER cut off (``Ngozi Okonjo`` + ``-Iweala``).
_HYPHEN_REST = re.compile(r"-[A-ZÀ-Þ][a-zß-ÿ]+(?![\w-])")
_CAPS_SURNAME = re.compile(r" ([A-ZÀ-Þ]{3,}(?:-[A-ZÀ-Þ]{2,})?)(?![\w-])")


def extend_name_right(sdoc, end: int, text: str | None = None, start: int | None = None) -> int:
    """Extend a person span over capitalised proper nouns NER left out (``Alexeï`` + ``Navalny``),
    or over the rest of a hyphenated surname (``-Iweala``)."""
    if text is not None:
        rest = _HYPHEN_REST.match(text, end)
        if rest is not None:
            return rest.end()
        caps = _CAPS_SURNAME.match(text, end)
        if caps is not None and start is not None and not any(c.isspace() for c in text[start:end]) \
                and caps.group(1) not in organisation_acronyms():
            # ``Sanae TAKAICHI``: a lone given name, then the surname in capitals NER left out.
            return caps.end()
    span = sdoc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return end
    i = span[-1].i + 1
    for _ in range(2):
        if i >= len(sdoc):
            break
        tok, prev = sdoc[i], sdoc[i - 1]
        if prev.whitespace_ != " " or tok.ent_iob_ != "O" or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            break
        end = tok.idx + len(tok.text)
        i += 1
    return end


_HYPHEN_HALF = re.compile(r"(?<![\w-])[A-ZÀ-Þ][a-zß-ÿ]+-$")


def extend_name_left(sdoc, start: int, pats: TitlePatterns | None, text: str) -> int:
    """Extend a person span over a given name NER left out (``Bruno`` + ``Le Maire``), or the
    first half of a hyphenated given name (``Anna-`` + ``Karin Niia``)."""
    # ``text`` is the document's: ``sdoc.text`` would rebuild the string at every call.
    hyphen = _HYPHEN_HALF.search(text, max(0, start - 20), start)
    if hyphen is not None:
        return hyphen.start()
    span = sdoc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return start
    i = span[0].i - 1
    if i < 0:
        return start
    tok = sdoc[i]
    if (
        tok.whitespace_ == " "
        and tok.ent_iob_ == "O"
        and tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and not (i > 0 and sdoc[i - 1].text in _SENTENCE_PUNCT)
        and not (pats and pats.at_start.match(tok.text))
    ):
        return tok.idx
    return start


_BEFORE_APPOSITION = re.compile(r"(?:[ ]?,[ ]?(?:(?i:le|la|l['’]|un|une)\s*)?)$")


def names_before_appositions(doc: Document, titles: list[tuple[int, int]], items: list[Item], lang: str) -> list[Item]:
    """A person NER missed right before an apposed title (``Kassym-Jomart Tokaïev, président du...``)."""
    text, sdoc = doc.text, doc.parse
    covered = [(it.start, it.end) for it in items]
    out = []
    for t_start, _ in titles:
        gap = _BEFORE_APPOSITION.search(text, max(0, t_start - 8), t_start)
        if gap is None:
            continue
        end = gap.start()
        span = sdoc.char_span(max(0, end - 1), end, alignment_mode="expand")
        if span is None or any(s < end and end - 1 < e for s, e in covered):
            continue
        i, start, words, after_particle = span[-1].i, end, 0, False
        while i >= 0 and words < 4:
            tok = sdoc[i]
            if tok.text == "-" and i > 0 and not tok.whitespace_ and not sdoc[i - 1].whitespace_ and words:
                start, i = tok.idx, i - 1  # a hyphenated given name (``Kassym-Jomart``)
                continue
            # ``Marine Le Pen``: a capitalised particle between two names is kept, and the given
            # name before it whatever the tagger calls it (a sentence-initial ``Marine`` is a NOUN).
            particle = (words and tok.lower_ in _NAME_PARTICLES and tok.text[:1].isupper() and i > 0
                        and sdoc[i - 1].text[:1].isupper() and sdoc[i - 1].pos_ in ("PROPN", "X", "NOUN"))
            pos_ok = tok.pos_ in ("PROPN", "X") or (after_particle and tok.pos_ == "NOUN")
            after_particle = bool(particle)
            if not (tok.text[:1].isupper() and pos_ok and tok.ent_iob_ == "O") and not particle:
                break
            if i + 1 < len(sdoc) and tok.idx + len(tok.text) < start and not tok.whitespace_:
                break
            start, words = tok.idx, words + 1
            i -= 1
        surface = text[start:end]
        if words == 0 or lookup_place(surface, lang) is not None or demonym_country(surface, lang) is not None:
            continue
        # ``Chez Groupama-FDJ, le manager X``: a clause opening on ``Chez`` names a firm or a team.
        label = "ORG" if CHEZ_FRAME.search(text, max(0, start - 40), start) else "PER"
        out.append(Item(start, end, label, surface, surface))
        covered.append((start, end))
    return out


#: A clause opening on ``Chez`` (``Chez | Groupama-FDJ, …``): what follows is a firm or a team.
CHEZ_FRAME = re.compile(r"(?:^|[.!?»]\s+|\n)Chez\s+$")
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "le", "la", "bin", "ben", "al", "el"})


def names_after_titles(doc: Document, titles: list[tuple[int, int]], items: list[Item], lang: str) -> list[Item]:
    """A person NER missed right after a title (``son homologue chinois Wang Yi``).

    A pre-nominal title is followed by the name of the person holding it: capitalised proper
    nouns there become a PER mention when no mention covers them already.
    """
    if not titles:
        return []
    text, sdoc = doc.text, doc.parse
    covered = [(it.start, it.end) for it in items]
    out = []
    for _, t_end in titles:
        start = t_end + GAP_AFTER_TITLE.match(text, t_end).end() - t_end
        if start >= len(text) or not text[start].isupper() or any(s <= start < e for s, e in covered):
            continue
        span = sdoc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            continue
        i, end, words = span[0].i, start, 0
        while i < len(sdoc) and words < 4:
            tok = sdoc[i]
            prev_space = bool(sdoc[i - 1].whitespace_) if i > 0 else True
            if tok.text == "-" and words and not tok.whitespace_ and not prev_space:
                i += 1  # a hyphenated name (``Kassym-Jomart``)
                continue
            # The tagger calls an unfamiliar capitalised first name an adjective (``Wolodymyr``).
            if tok.text[:1].isupper() and not tok.is_upper and tok.pos_ in ("PROPN", "X", "NOUN", "ADJ") and tok.ent_iob_ == "O" \
                    and demonym_country(tok.text, lang) is None:
                end, words = tok.idx + len(tok.text), words + 1
            elif words and tok.is_upper and len(tok.text) >= 3 and tok.is_alpha and tok.text not in organisation_acronyms(lang):
                # ``Sanae TAKAICHI``: a surname in capitals after the given name ends the name.
                end, words = tok.idx + len(tok.text), words + 1
                break
            elif not (tok.lower_ in _NAME_PARTICLES and i + 1 < len(sdoc) and sdoc[i + 1].text[:1].isupper()):
                break
            if not tok.whitespace_:
                break
            i += 1
        surface = text[start:end]
        if words == 0 or lookup_place(surface, lang) is not None or demonym_country(surface, lang) is not None:
            continue
        out.append(Item(start, end, "PER", surface, surface))
        covered.append((start, end))
    return out


def _surname(name: str) -> str | None:
    """The surname of a full name, its particle kept (``Jean-Marie Le Pen`` → ``Le Pen``)."""
    words = name.split()
    if len(words) < 2:
        return None
    if len(words) >= 3 and words[-2].lower() in _NAME_PARTICLES:
        return " ".join(words[-2:])
    return words[-1]


def names_with_known_surnames(doc: Document, items: list[Item]) -> list[Item]:
    """``Marine Le Pen`` NER missed in a story that names ``Jean-Marie Le Pen``: a capitalised
    proper noun right before a surname the document's persons carry is another person of that
    family (or the same one), never to be left out, or the surname alone would go to the
    relative NER did see."""
    text, sdoc = doc.text, doc.parse
    surnames = {s for it in items if it.label == "PER" and (s := _surname(it.surface)) and len(s) >= 3}
    if not surnames or sdoc is None:
        return []
    pattern = re.compile(r"(?<![\w-])([A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)\s+(?:"
                         + "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True)) + r")(?![\w-])")
    covered = [(it.start, it.end) for it in items]
    out = []
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        if any(s < end and start < e for s, e in covered):
            continue
        span = sdoc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if span is None or any(tok.pos_ not in ("PROPN", "X", "NOUN") for tok in span if tok.text != "-"):
            continue  # ``Le Pen``'s ``Son père`` or a sentence's first word is no given name
        out.append(Item(start, end, "PER", text[start:end], text[start:end]))
        covered.append((start, end))
    return out
