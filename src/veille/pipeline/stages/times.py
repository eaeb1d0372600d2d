"""Times: every date, time, duration and recurrence, normalised to TimeML/ISO-8601 values.

The language pack's grammar (``get_pack(lang).resources["times"]["scan"]``) finds the expressions
and says what their words mean; this stage turns them into calendar values:

- absolute dates keep their value; a date without a year takes the publication year, moved a
  year back or forward when the governing verb is past or future (``a commencé le 5 mai``);
- deictic ones (``hier``, ``mercredi``, ``le mois dernier``) count from the publication date,
  a bare weekday going back for a past-tense verb, forward for a future one, else to the nearest;
- anaphoric ones (``le lendemain``, ``le mois suivant``, ``Le 27,``) count from the last date
  mentioned;
- with no publication date, one is inferred from a dateline (``Publié le 18/05/2023``) or the
  latest full date in the text, and ``published_inferred`` says so; failing that, values that
  need an anchor stay None rather than being guessed.

``anchor`` on each mention says what a value was computed from: ``published``, ``inferred``,
``previous`` or None (nothing needed).
"""

from __future__ import annotations

import calendar
import logging
import re
from datetime import date, timedelta
from typing import Any, Callable

from veille.lang import get_pack
from veille.model import Document, TimeMention
from veille.pipeline.registry import stage
from veille.settings import Settings

__all__ = ["make_times", "tag_times", "sentence_when", "verb_tense", "infer_published"]

log = logging.getLogger(__name__)

_AUX_TENSE = ("aux:tense", "aux")
#: A stranded day number must follow its month closely (``... août. 9 élections``).
_STRANDED_MAX_GAP = 80
#: How many infinitives up a chain (``veut pouvoir partir``) the tense is looked for.
_MAX_CHAIN = 6
#: How far (tokens) to look for a verb when the parse attaches none to the expression.
_NEARBY_TOKENS = 25
#: A date without a year moves to the previous or next year only when the tense contradicts
#: it by more than this (a past event dated a few days after publication is a late update).
_YEAR_SHIFT_MIN_DAYS = 7
_SINCE_BEFORE = re.compile(r"\bdepuis\s*$", re.IGNORECASE)
#: Verbs of obligation and intention whose infinitive looks ahead of their own tense.
_PROSPECTIVE = frozenset({"devoir", "compter", "prévoir", "entendre", "espérer", "vouloir", "promettre", "envisager"})
#: A month named without a year this close after a year belongs to that year.
_YEAR_CONTEXT = 100


def sentence_when(doc: Document, offset: int) -> str | None:
    """The value of the first DATE/TIME mention in the sentence holding ``offset``, else the
    publication date. Quotes and entity mentions get their ``when`` from here."""
    sent = doc.sentence_at(offset)
    if sent is not None:
        for tm in doc.times:
            if tm.start >= sent.end:
                break
            if tm.start >= sent.start and tm.type in ("DATE", "TIME") and tm.value and _is_calendar(tm.value):
                return tm.value
    return doc.published


def _is_calendar(value: str) -> bool:
    return value[:1].isdigit() and not value.startswith("XXXX")


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date(int(value[0:4]), int(value[5:7]), int(value[8:10]))
    except (ValueError, IndexError):
        return None


# -- verb tense ---------------------------------------------------------------------------


def verb_tense(token: Any, planned: frozenset[str] = frozenset()) -> int | None:
    """-1 past, +1 future, 0 present, None unknown, for the verb governing ``token``.

    When the parse attaches no verb (a weekday parsed as a sentence of its own, a headline),
    the nearest verb before the next full stop decides, else the nearest one before it.
    ``planned`` are participles (lemmas or forms) announcing a planned event (``prévue``).
    """
    tense = _governing_tense(token, planned)
    if tense is None:
        tense = _nearby_tense(token, planned)
    return tense


def _nearby_tense(token: Any, planned: frozenset[str]) -> int | None:
    doc = token.doc
    for step in (1, -1):
        i = token.i + step
        for _ in range(_NEARBY_TOKENS):
            if i < 0 or i >= len(doc) or doc[i].text in (".", "!", "?") or "\n" in doc[i].text:
                break
            tok = doc[i]
            if tok.pos_ in ("VERB", "AUX") and not tok.dep_.startswith("aux"):
                tense = _tense_of(tok, planned)
                if tense is not None:
                    return tense
            i += step
    return None


def _governing_tense(token: Any, planned: frozenset[str]) -> int | None:
    tok = token
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _AUX_TENSE and tok.dep_ != "aux:pass":
            break
        if tok.head.i == tok.i:  # spaCy makes a new Token per access: compare indices
            return None
        tok = tok.head
    else:
        return None
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    tense = _tense_of(tok, planned)
    if tense is None and tok.sent.root.i != tok.i and tok.sent.root.pos_ in ("VERB", "AUX"):
        tense = _tense_of(tok.sent.root, planned)
    return tense


def _tense_of(verb: Any, planned: frozenset[str], depth: int = 0) -> int | None:
    morph = verb.morph
    tense, form, mood = morph.get("Tense"), morph.get("VerbForm"), morph.get("Mood")
    auxes = [c for c in verb.children if c.dep_ in ("aux:tense", "aux", "aux:pass", "cop")]
    if auxes:
        aux_tenses = [a.morph.get("Tense") for a in auxes]
        aux_moods = [a.morph.get("Mood") for a in auxes]
        if any("Fut" in t for t in aux_tenses):
            return 1
        if any("Imp" in t or "Past" in t for t in aux_tenses):
            return -1
        if any(a.dep_ in ("aux:tense", "aux", "cop") for a in auxes) and "Past" in tense:
            return 1 if any("Cnd" in m for m in aux_moods) and not any(a.lemma_ == "avoir" for a in auxes) else -1
        return 0
    if "Part" in form:
        # No auxiliary: ``le bilan publié dimanche`` is done, ``la réunion prévue lundi`` is planned.
        if "Past" not in tense:
            return None
        return 1 if verb.lemma_.lower() in planned or verb.lower_ in planned else -1
    if "Inf" in form:
        head = verb.head
        if head.i != verb.i and head.lemma_ == "aller" and "Pres" in head.morph.get("Tense"):
            return 1
        if head.i != verb.i and head.lemma_ in _PROSPECTIVE and depth < _MAX_CHAIN:
            # An obligation or plan points ahead of the modal's own tense: ``doit débuter
            # dimanche`` is to come; ``devait ouvrir avant le 1er mai`` (a past modal) may be
            # either side of publication: read as present, the date stays nearest to it.
            modal = _tense_of(head, planned, depth + 1)
            return 1 if modal is not None and modal >= 0 else 0
        if head.i != verb.i and head.pos_ in ("VERB", "AUX") and depth < _MAX_CHAIN:
            return _tense_of(head, planned, depth + 1)
        return None
    if "Fut" in tense or "Cnd" in mood:
        return 1
    if "Past" in tense or "Imp" in tense:
        return -1
    if "Pres" in tense:
        for child in verb.children:
            if verb.lemma_ == "aller" and "Inf" in child.morph.get("VerbForm"):
                return 1
        return 0
    return None


# -- calendar arithmetic ------------------------------------------------------------------


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _week(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _with_part(day_value: str, part: str | None) -> str:
    if not part:
        return day_value
    return f"{day_value}T{part}"


class _Resolver:
    """Walks one document's expressions in order, keeping the last date mentioned."""

    def __init__(self, doc: Document, dct: date | None, dct_anchor: str, rules: dict[str, Any]):
        self.doc = doc
        self.person_nouns = rules.get("person_nouns", frozenset())
        self.person_suffixes = tuple(rules.get("person_suffixes", ()))
        self.planned = frozenset(rules.get("planned", ()))
        self.time_nouns = frozenset(rules.get("time_nouns", ()))
        self.dct = dct
        self.dct_anchor = dct_anchor
        self.prev: tuple[date, str, int] | None = None  # (date, granularity D/W/M/Y, end offset)
        self.story: tuple[date, str, int] | None = None  # the last date the story moved to (see remember)
        self.sdoc = doc.parse

    # -- context ----------------------------------------------------------------------
    def tense(self, tx: Any) -> int | None:
        if self.sdoc is None:
            return None
        span = self.sdoc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return verb_tense(span.root, self.planned)

    def is_count(self, tx: Any) -> bool:
        """A four-digit number that counts things (``2000 manifestants``), not a year."""
        if self.sdoc is None:
            return False
        span = self.sdoc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        tok = span[0]
        return tok.dep_ == "nummod" and tok.head.lemma_.lower() not in self.time_nouns and tok.head.i > tok.i

    def is_age(self, tx: Any) -> bool:
        """``un chauffeur de 38 ans``: years attached to a noun for a person give an age."""
        if self.sdoc is None or not tx.value or not tx.value.endswith("Y") or tx.mod:
            return False
        span = self.sdoc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        prep = [c for c in root.children if c.dep_ == "case"]
        if not prep or prep[0].lower_ not in ("de", "d'", "d’"):
            return False
        head = root.head
        # ``un chauffeur de bus de 38 ans``: the age may hang on a noun that hangs on the person.
        for _ in range(2):
            if head.pos_ not in ("NOUN", "PROPN"):
                return False
            lemma = head.lemma_.lower()
            if head.pos_ == "PROPN" or lemma in self.person_nouns or lemma.endswith(self.person_suffixes):
                return True
            if head.dep_ != "nmod" or head.head.i == head.i:
                return False
            head = head.head
        return False

    def base(self, tx: Any, gran: str) -> tuple[date | None, str | None]:
        prev = self.story
        if tx.base == "prev" and prev is not None and _GRAN_RANK[prev[1]] <= _GRAN_RANK[gran]:
            return prev[0], "previous"
        if tx.base == "prev" and prev is not None:
            return None, None
        return self.dct, (self.dct_anchor if self.dct else None)

    def remember(self, d: date, gran: str, tx: Any) -> None:
        self.prev = (d, gran, tx.end)
        # ``depuis le 15 avril 2023``: the start of an ongoing state is background, not the
        # time the story moves to: ``la veille`` after it still means the eve of the news.
        # (A stranded day still reads its month from ``prev``.)
        if not _SINCE_BEFORE.search(self.doc.text, max(0, tx.start - 16), tx.start):
            self.story = self.prev

    # -- resolution -------------------------------------------------------------------
    def resolve(self, tx: Any) -> tuple[str | None, str | None] | None:
        """(value, anchor), or None when the expression turns out not to be one."""
        kind = tx.kind
        if kind == "literal":
            if tx.type == "DURATION" and self.is_age(tx):
                return None
            return tx.value, None
        if kind == "calendar":
            return self.calendar(tx)
        if kind == "shift":
            return self.shift(tx)
        if kind == "weekday":
            return self.weekday(tx)
        if kind == "clock":
            return self.clock(tx)
        if kind == "day_only":
            return self.day_only(tx)
        if kind == "year_part":  # ``au premier trimestre``: this year's
            if self.dct is None:
                return f"XXXX-{tx.value}", None
            return f"{self.dct.year}-{tx.value}", self.dct_anchor
        if kind == "feast":
            return self.feast(tx)
        if kind == "weekend":
            return self.weekend(tx)
        if kind == "weekday_day":
            return self.weekday_day(tx)
        if kind == "day_part":
            return self.day_part(tx)
        if kind == "stranded_day":
            prev = self.prev
            if prev is None or prev[1] != "M" or tx.start - prev[2] > _STRANDED_MAX_GAP:
                return None
            return self.day_only(tx)
        return None

    def calendar(self, tx: Any):
        if tx.rule == "year" and self.is_count(tx):
            return None
        if tx.season:
            year = tx.year
            anchor = None
            if year is None and tx.habitual and self.dct is not None:
                tense = self.tense(tx)
                if tense in (-1, 1):
                    start, end = _SEASON_MONTHS[tx.season]
                    year = self.dct.year
                    if tense == -1 and start > self.dct.month:
                        year -= 1
                    elif tense == 1 and end < self.dct.month:
                        year += 1
                    return f"{year}-{tx.season}", self.dct_anchor
            if year is None:
                if tx.direction is None or self.dct is None:
                    return f"XXXX-{tx.season}", None
                year, anchor = self.dct.year + (tx.direction if tx.direction in (-1, 1) else 0), self.dct_anchor
            return f"{year}-{tx.season}", anchor
        if tx.month is None:  # a year
            self.remember(date(tx.year, 1, 1), "Y", tx)
            return f"{tx.year:04d}", None
        year, anchor = tx.year, None
        if year is None and tx.day is None and self.prev is not None and self.prev[1] == "Y" \
                and tx.start - self.prev[2] <= _YEAR_CONTEXT:
            year, anchor = self.prev[0].year, "previous"  # ``en 97 (en janvier ..., en octobre ...)``
        if year is None:
            year, anchor = self.guess_year(tx)
        if year is None and tx.unit == "W":
            return "XXXX-WXX", None
        if year is None:
            value = f"XXXX-{tx.month:02d}" + (f"-{tx.day:02d}" if tx.day else "")
            return _with_part(value, tx.part) if tx.day else value, None
        if tx.day is None:
            self.remember(date(year, tx.month, 1), "M", tx)
            return f"{year:04d}-{tx.month:02d}", anchor
        day = calendar.monthrange(year, tx.month)[1] if tx.day == -1 else tx.day
        try:
            d = date(year, tx.month, day)
        except ValueError:
            return None
        if tx.unit == "W":  # ``la dernière semaine d'août``
            self.remember(d, "W", tx)
            return _week(d), anchor
        self.remember(d, "D", tx)
        return _with_part(d.isoformat(), tx.part), anchor

    def guess_year(self, tx: Any) -> tuple[int | None, str | None]:
        """The year of a date given without one: the publication year, moved by the tense."""
        if self.dct is None:
            if self.prev is not None:
                return self.prev[0].year, "previous"
            return None, None
        dct = self.dct
        direction = tx.direction if tx.direction is not None else self.tense(tx)
        year = dct.year
        day = tx.day or 1
        try:
            cand = date(year, tx.month, day)
        except ValueError:
            cand = date(year, tx.month, 28)
        if tx.day is not None and tx.weekday is not None:
            # ``lundi 15 avril``: the year, next to publication, where that date is that weekday.
            for y in (dct.year, dct.year - 1, dct.year + 1):
                try:
                    if date(y, tx.month, tx.day).isoweekday() == tx.weekday:
                        return y, self.dct_anchor
                except ValueError:
                    continue
        if tx.day is None:
            contradicts = cand.month != dct.month
        else:
            contradicts = abs((cand - dct).days) > _YEAR_SHIFT_MIN_DAYS
        if direction == -1 and cand > dct and contradicts:
            year -= 1
        elif direction == 1 and cand < dct and contradicts:
            year += 1
        return year, self.dct_anchor

    def shift(self, tx: Any):
        unit = tx.unit
        base, anchor = self.base(tx, "D" if unit == "D" else "W" if unit in ("W", "WE") else "M" if unit in ("M", "Q", "H") else "Y")
        if base is None:
            return None, None
        if unit == "C":  # ``le siècle dernier``: TimeML writes centuries ``19XX`` in this corpus
            return f"{base.year // 100 + tx.offset:02d}XX", anchor
        if base is None:
            return None, None
        if unit == "D":
            d = base + timedelta(days=tx.offset)
            self.remember(d, "D", tx)
            return _with_part(d.isoformat(), tx.part), anchor
        if unit in ("W", "WE"):
            d = base + timedelta(weeks=tx.offset)
            self.remember(d, "W", tx)
            return _week(d) + ("-WE" if unit == "WE" else ""), anchor
        if unit == "M":
            d = _add_months(base.replace(day=1), tx.offset)
            self.remember(d, "M", tx)
            return f"{d.year:04d}-{d.month:02d}", anchor
        if unit == "Q":
            q = (base.month - 1) // 3 + tx.offset
            y, q = base.year + q // 4, q % 4
            return f"{y:04d}-Q{q + 1}", anchor
        if unit == "H":
            h = (base.month - 1) // 6 + tx.offset
            y, h = base.year + h // 2, h % 2
            return f"{y:04d}-H{h + 1}", anchor
        year = base.year + tx.offset
        self.remember(date(year, 1, 1), "Y", tx)
        return f"{year:04d}", anchor

    def weekday(self, tx: Any):
        if tx.habitual and tx.direction is None and self.tense(tx) == 0:
            tx.type = "SET"  # ``le marché a lieu le mercredi``
            return f"XXXX-WXX-{tx.weekday}", None
        base, anchor = self.base(tx, "D")
        if base is None:
            return f"XXXX-WXX-{tx.weekday}" + (f"T{tx.part}" if tx.part else ""), None
        diff = tx.weekday - base.isoweekday()  # -6..6
        direction = tx.direction
        explicit = direction in (-1, 1)
        if direction is None or direction == 0:
            tense = self.tense(tx)
            # ``ce mardi`` follows the verb but, with a present tense, means the nearest one.
            direction = None if direction == 0 and tense in (0, None) else tense
        if direction == -1:
            delta = diff - 7 if diff > 0 or (explicit and diff == 0) else diff
        elif direction in (0, 1):
            # News reports past events in past tenses; a weekday under a present-tense verb
            # (``le comité vous invite dimanche``) is coming.
            delta = diff + 7 if diff < 0 or (explicit and diff == 0) else diff
        else:  # unknown: the nearest such day
            delta = diff - 7 if diff > 3 else diff + 7 if diff < -3 else diff
        d = base + timedelta(days=delta)
        self.remember(d, "D", tx)
        return _with_part(d.isoformat(), tx.part), anchor

    def weekend(self, tx: Any):
        """``le week-end``: the one just past under a past verb, the coming one otherwise; a
        habit (present tense) stays unanchored."""
        tense = self.tense(tx)
        if tense == 0 or self.dct is None:
            return "XXXX-WXX-WE", None
        base, anchor = self.base(tx, "D")
        diff = 6 - base.isoweekday()
        if tense == -1:
            delta = diff - 7 if diff > 0 else diff
        else:
            delta = diff + 7 if diff < -1 else diff
        return _week(base + timedelta(days=delta)) + "-WE", anchor

    def weekday_day(self, tx: Any):
        """``samedi 18``: the month, around the date in context, whose 18th is a Saturday."""
        if self.prev is not None and self.prev[1] in ("D", "M") and tx.base == "prev":
            ref, anchor = self.prev[0], "previous"
        elif self.dct is not None:
            ref, anchor = self.dct, self.dct_anchor
        else:
            return f"XXXX-XX-{tx.day:02d}", None
        best = None
        for months in (0, -1, 1, -2, 2):
            first = _add_months(ref.replace(day=1), months)
            try:
                cand = first.replace(day=tx.day)
            except ValueError:
                continue
            if cand.isoweekday() == tx.weekday and (best is None or abs((cand - ref).days) < abs((best - ref).days)):
                best = cand
        if best is None:
            return self.weekday(tx)
        self.remember(best, "D", tx)
        return best.isoformat(), anchor

    def day_part(self, tx: Any):
        """``dans la soirée``: that part of the day last mentioned, else of the publication day."""
        if self.prev is not None and self.prev[1] == "D":
            return f"{self.prev[0].isoformat()}T{tx.part}", "previous"
        if self.dct is not None:
            return f"{self.dct.isoformat()}T{tx.part}", self.dct_anchor
        return f"XXXX-XX-XXT{tx.part}", None

    def feast(self, tx: Any):
        """A movable feast, ``offset`` days after Easter Sunday of the year in context."""
        year, anchor = tx.year, None
        if year is None:
            if self.dct is None:
                return None, None
            year, anchor = self.dct.year, self.dct_anchor
            tense = self.tense(tx) if tx.direction is None else tx.direction
            this_year = _easter(year) + timedelta(days=tx.offset)
            if tense == -1 and this_year > self.dct + timedelta(days=_YEAR_SHIFT_MIN_DAYS):
                year -= 1
            elif tense == 1 and this_year < self.dct - timedelta(days=_YEAR_SHIFT_MIN_DAYS):
                year += 1
        d = _easter(year) + timedelta(days=tx.offset)
        self.remember(d, "D", tx)
        return d.isoformat(), anchor

    def clock(self, tx: Any):
        if self.prev is not None and self.prev[1] == "D":
            return f"{self.prev[0].isoformat()}T{tx.part}", "previous"
        if self.dct is not None:
            return f"{self.dct.isoformat()}T{tx.part}", self.dct_anchor
        return f"XXXX-XX-XXT{tx.part}", None

    def day_only(self, tx: Any):
        if self.prev is not None and self.prev[1] in ("D", "M"):
            ref, anchor = self.prev[0], "previous"
        elif self.dct is not None:
            ref, anchor = self.dct, self.dct_anchor
        else:
            return f"XXXX-XX-{tx.day:02d}", None
        try:
            d = ref.replace(day=tx.day)
        except ValueError:
            return None
        self.remember(d, "D", tx)
        return d.isoformat(), anchor


_GRAN_RANK = {"D": 0, "W": 1, "M": 2, "Y": 3}
#: First and last month of each season within its year (winter counted from December).
_SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 12)}


def infer_published(doc: Document, scan: Callable[[str], list]) -> date | None:
    """A document date from a dateline among the removed boilerplate lines, else the latest
    full date (day, month and year all written) in the text."""
    for line in doc.boilerplate:
        if line.reason != "byline":
            continue
        for tx in scan(line.text):
            if tx.kind == "calendar" and tx.year and tx.month and tx.day:
                try:
                    return date(tx.year, tx.month, tx.day)
                except ValueError:
                    continue
    best = None
    for tx in scan(doc.text):
        if tx.kind == "calendar" and tx.year and tx.month and tx.day:
            try:
                d = date(tx.year, tx.month, tx.day)
            except ValueError:
                continue
            best = d if best is None or d > best else best
    return best


def tag_times(doc: Document, rules: dict[str, Any]) -> Document:
    """The document with ``times`` filled (and ``published`` inferred when it was missing).

    ``rules`` is a language pack's ``resources["times"]``: ``scan(text)`` and its lexicons.
    """
    scan = rules["scan"]
    dct = _parse_date(doc.published)
    changes: dict[str, Any] = {}
    anchor = "published"
    if dct is None and not doc.published:
        dct = infer_published(doc, scan)
        if dct is not None:
            anchor = "inferred"
            changes.update(published=dct.isoformat(), published_inferred=True)
    resolver = _Resolver(doc, dct, anchor, rules)
    mentions = []
    for tx in scan(doc.text):
        resolved = resolver.resolve(tx)
        if resolved is None:
            continue
        value, how = resolved
        mentions.append(TimeMention(tx.start, tx.end, tx.type, value, how))
    return doc.replace(times=tuple(mentions), **changes)


@stage("times", requires=("parse", "sentences"), assigns=("times", "published", "published_inferred"))
def make_times(settings: Settings):
    """Time expressions normalised to TimeML values, anchored on the publication date."""

    def times(doc: Document) -> Document:
        pack = get_pack(doc.lang)
        rules = pack.resources.get("times") if pack is not None else None
        if rules is None:
            log.debug("no time rules for language %r", doc.lang)
            return doc
        return tag_times(doc, rules)

    return times
