"""Direct quotes from quotation marks: one linear pass, robust to broken and hostile typography.

The scanner reads the text once, mark by mark, keeping a small state (open or not, nesting
depth, the opening mark). It never searches backwards, so thousands of marks cost thousands of
steps. French conventions and the breakages of scraped, machine-translated news it handles:

- ``« … »``, ``“ … ”``, ``‹ … ›``, ``„ … “``, straight ``" … "``, nested quotes;
- a quote running over paragraphs re-opens with ``«`` at each new paragraph;
- a quote closed by the wrong mark (``… avec l’Ukraine « , a déclaré X``): an opening mark that
  no text follows (punctuation, the end of the paragraph or an attribution comes next) closes;
- an unclosed quote ends at the attribution inside it or at the end of its paragraph: it never
  swallows the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.lang.fr.cues import CueLexicon

__all__ = ["Marked", "scan_quotes", "incise_at", "Incise"]

_MARKS = re.compile(r"[«»“”„‹›\"\n]")
_OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
_CLOSERS = {"»", "”", "›"}
_FAMILY = {"«": "«", "»": "«", "‹": "«", "›": "«", "“": "“", "”": "“", "„": "“", '"': '"'}
#: What may follow a closing mark but never an opening one.
_CLOSING_CONTEXT = set(",.;:!?)]…-–—")
_WORD = re.compile(r"[\w’'-]+")
_INVERSION = re.compile(r"(?:-t)?-(?:il|elle|on|ils|elles|je|tu|nous|vous)$")
#: Reflexive pronouns before a reporting verb (``s’écria``, ``se disait``, ``m’écriai-je``).
_REFLEXIVE_WORDS = frozenset(("se", "me", "te", "nous", "vous"))
_ELIDED_REFLEXIVE = re.compile(r"^[smt]['’]")
_SPACE = re.compile(r"[ \t]*")
_HAS_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Marked:
    """A quoted passage: ``start``/``end`` bound the words inside the marks (marks excluded)."""

    start: int
    end: int
    #: False when no closing mark was found (ended at an attribution or paragraph end).
    closed: bool
    #: True when the quote runs over at least one paragraph break.
    multi_paragraph: bool = False


@dataclass(frozen=True, slots=True)
class Incise:
    """A reporting verb found on the surface: ``a déclaré``, ``souligne-t-elle``, ``dit-il``."""

    start: int  # first character of the auxiliary or verb
    end: int  # end of the verb (inversion suffix included)
    verb_start: int
    lemma: str
    inverted_pronoun: str | None  # "il"/"elle"/... when the subject is the hyphenated pronoun
    pronoun_start: int | None = None  # where that pronoun is written


def incise_at(text: str, pos: int, lex: CueLexicon, limit: int | None = None) -> Incise | None:
    """A reporting verb starting at ``pos`` (after optional spaces): ``[aux] verb[-t-il]``.

    Cheap and bounded: it reads at most two words, so calling it at every mark stays linear.
    """
    end_limit = len(text) if limit is None else limit
    m = _SPACE.match(text, pos)
    first = _WORD.match(text, m.end(), end_limit)
    if not first:
        return None
    word = first.group().lower()
    start = first.start()
    if word in _REFLEXIVE_WORDS:
        nxt = _SPACE.match(text, first.end())
        first = _WORD.match(text, nxt.end(), end_limit)
        if not first:
            return None
        word = first.group().lower()
    elif _ELIDED_REFLEXIVE.match(word) and word not in lex.auxiliaries:
        word = word[2:]
    verb = first
    pronoun = None
    pronoun_start = None
    if word in lex.auxiliaries or _INVERSION.sub("", word) in lex.auxiliaries:
        inv = _INVERSION.search(word)
        if inv:
            pronoun = inv.group().rsplit("-", 1)[1]
            pronoun_start = first.end() - len(pronoun)
        nxt = _SPACE.match(text, first.end())
        second = _WORD.match(text, nxt.end(), end_limit)
        if not second:
            return None
        verb = second
        word = second.group().lower()
        if _ELIDED_REFLEXIVE.match(word):
            word = word[2:]
    inv = _INVERSION.search(word)
    if inv and pronoun is None:
        pronoun = inv.group().rsplit("-", 1)[1]
        pronoun_start = verb.end() - len(pronoun)
        word = word[: inv.start()]
    elif inv:
        word = word[: inv.start()]
    lemma = lex.forms.get(word)
    if lemma is None:
        return None
    if pronoun is None and verb is first and word.endswith("ant"):
        return None  # ``, estimant que …``: a participial clause, not an inverted incise
    following = _WORD.match(text, _SPACE.match(text, verb.end()).end(), end_limit)
    if following is not None and following.group().lower() in ("que", "qu'", "qu’"):
        return None  # an incise is followed by its subject, never by a que-clause
    return Incise(start, verb.end(), verb.start(), lemma, pronoun, pronoun_start)


def _next_visible(text: str, pos: int) -> str:
    """The next character after ``pos`` that is not a space ("" at the end, "\\n" at a break)."""
    n = len(text)
    while pos < n and text[pos] in " \t":
        pos += 1
    return text[pos] if pos < n else ""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _attribution_cut(text: str, start: int, end: int, lex: CueLexicon) -> int:
    """Where an unclosed quote should stop: before the first ``, a déclaré X`` inside it."""
    pos = start
    while True:
        comma = text.find(",", pos, end)
        if comma < 0:
            return end
        inc = incise_at(text, comma + 1, lex, end)
        if inc is not None and inc.lemma not in lex.incise_only:
            return comma
        pos = comma + 1


def scan_quotes(text: str, lex: CueLexicon) -> list[Marked]:
    """All quoted passages of ``text`` in order (see the module docstring for the rules)."""
    out: list[Marked] = []
    open_at = -1  # index just after the opening mark, -1 when no quote is open
    family = ""
    depth = 0
    multi = False
    segment_start = -1  # start of the quote's current paragraph
    opener = ""  # the mark that opened the quote (``„`` is closed by ``“``, an opener elsewhere)
    inner_at = -1  # where a second opener of the same family came, at depth 1 (maybe a wrong-way closer)

    def close(end: int, closed: bool) -> None:
        nonlocal open_at, depth, multi, inner_at
        if not closed and depth > 1 and inner_at > open_at:
            # ``« … à se retirer « du territoire congolais.`` and no ``»`` before the paragraph
            # ends: the second opener was the closer, written the wrong way round.
            end, closed = inner_at, True
        inner_at = -1
        if not closed:
            end = _attribution_cut(text, segment_start, end, lex)
        s, e = _trim(text, open_at, end)
        if e > s and _HAS_WORD.search(text, s, e):
            out.append(Marked(s, e, closed, multi))
        open_at, depth, multi = -1, 0, False

    for m in _MARKS.finditer(text):
        ch = m.group()
        pos = m.start()
        after = m.end()
        if ch == "\n":
            if open_at < 0:
                continue
            if after < len(text) and text[after] == "\n":
                continue  # a paragraph break is decided at its last newline
            # Look past the whole break for the next paragraph's first character.
            nxt = after
            while nxt < len(text) and text[nxt] in " \t\n":
                nxt += 1
            if nxt < len(text) and _FAMILY.get(text[nxt]) == family and text[nxt] not in _CLOSERS:
                multi = True  # French convention: the quote goes on, re-opened at each paragraph
                segment_start = nxt + 1
                depth = 1
                continue
            close(pos, closed=False)
            continue
        if open_at >= 0 and pos < segment_start:
            continue  # the re-opening mark of a continued quote, already consumed
        nxt_ch = _next_visible(text, after)
        dangling = nxt_ch == "" or nxt_ch == "\n" or nxt_ch in _CLOSING_CONTEXT
        if ch == '"':
            if open_at >= 0 and family == '"' and depth == 1:
                close(pos, closed=True)
            elif open_at >= 0 and depth > 1 and dangling:
                depth -= 1
            elif not dangling and (pos == 0 or not text[pos - 1].isalnum()):
                if open_at < 0:
                    open_at, family, depth, segment_start, opener = after, '"', 1, after, ch
                else:
                    depth += 1
            continue
        if ch in _CLOSERS:
            if open_at < 0:
                continue  # stray closer
            if depth > 1:
                depth -= 1
            else:
                close(pos, closed=True)
            continue
        # An opening mark (« “ „ ‹).
        if open_at < 0:
            if dangling:
                continue  # a stray mark with nothing to open
            open_at, family, depth, segment_start, opener = after, _FAMILY[ch], 1, after, ch
            continue
        if opener == "„" and ch == "“" and depth == 1:
            close(pos, closed=True)  # ``„une avancée réelle“ tout en …``: German-style pair
            continue
        if depth == 1 and _FAMILY[ch] == family:
            inner_at = pos
        if dangling or (depth == 1 and incise_at(text, after, lex) is not None):
            # The wrong mark used as a closer: `… l’Ukraine « , a déclaré X`.
            if depth > 1:
                depth -= 1
            else:
                close(pos, closed=True)
            continue
        depth += 1
    if open_at >= 0:
        close(len(text), closed=False)
    return out
