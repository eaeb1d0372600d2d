"""French time-expression grammar: one combined regex, compiled once, scanned in one pass.

Each rule is a named regex built from the lexicon. All rules are joined into one alternation
(earlier rules win at the same position, so longer forms come first) and the text is scanned once;
a hit is then re-matched by its own rule's regex to read the named parts, and turned into a
:class:`Timex`: what the words say (``mardi soir``: weekday 2, evening), not yet a calendar value.
Resolving against the publication date, the previous date and the verb tense is the stage's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.lang.fr.timex import lexicon as lx
from veille.lang.fr.timex.dispatch import ANY, dispatch_char, first_chars
from veille.lang.fr.timex.rules import _FLAGS, _RULES, MON_EN, _key

__all__ = ["Timex", "scan", "scan_everywhere", "RULE_NAMES"]


@dataclass(slots=True)
class Timex:
    """A time expression as the words state it. ``kind`` says how the stage must resolve it:

    ``literal`` (``value`` is final), ``calendar`` (year/month/day/season, year possibly missing),
    ``shift`` (``offset`` ``unit``s from the publication date or the previous date, per ``base``),
    ``weekday``, ``clock`` (hour on the date in context), ``day_only`` and ``stranded_day`` (a day
    number whose month comes from the previous date).
    """

    start: int
    end: int
    type: str
    kind: str
    rule: str
    value: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    weekday: int | None = None
    direction: int | None = None
    offset: int = 0
    unit: str | None = None
    base: str = "dct"
    part: str | None = None
    mod: str | None = None
    #: ``le mercredi``: a recurrence when the verb is in the present, else one day.
    habitual: bool = False



RULE_NAMES = tuple(name for name, _ in _RULES)
_STRIP_NAMES = re.compile(r"\(\?P<\w+>")
_BACKREF = re.compile(r"\(\?P=\w+\)")


def _unnamed(pattern: str) -> str:
    # Backreferences only live inside their own rule; the combined scan accepts any separator
    # there and the rule's own regex checks it.
    return _BACKREF.sub("[/.-]", _STRIP_NAMES.sub("(?:", pattern))


_RULE_RES = {name: re.compile(f"(?:{pat})(?!\\w)", _FLAGS) for name, pat in _RULES}
_MASTER = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{_unnamed(pat)})" for name, pat in _RULES) + r")(?![\w])",
    _FLAGS,
)
#: First characters common enough to get a combined regex of their own (digits count as ``0``);
#: any other character uses one regex with the rules that can start on the remaining ones.
_DISPATCHED = "0ldcap"


def _combined(rules) -> re.Pattern:
    body = "|".join(f"(?P<{name}>{_unnamed(pat)})" for name, pat in rules)
    return re.compile(r"(?<!\w)(?:" + body + r")(?![\w])", _FLAGS)


def _dispatch_table() -> tuple[dict[str, re.Pattern], re.Pattern]:
    """For each dispatched character, the combined regex of the rules (in order) that can start
    with it; and, for any other character, the one of the rules that can start elsewhere."""
    firsts = [(name, pat, first_chars(_unnamed(pat), _FLAGS)) for name, pat in _RULES]

    def rules_for(chars: set[str]):
        return [(n, p) for n, p, f in firsts if f is ANY or f & chars]

    others = set().union(*(f for _, _, f in firsts if f is not ANY)) - set(_DISPATCHED)
    return {ch: _combined(rules_for({ch})) for ch in _DISPATCHED}, _combined(rules_for(others))


_BY_FIRST_CHAR, _OTHER_START = _dispatch_table()
_KEY_WORDS = (
    list(lx.MONTHS) + list(lx.MONTH_ABBREVIATIONS) + [w + "s" for w in lx.WEEKDAYS] + list(lx.WEEKDAYS)
    + list(lx.DAY_PARTS) + list(lx.SEASONS) + list(lx.UNITS) + list(lx.DEICTIC_DAYS) + list(lx.ANAPHORIC_DAYS)
    + list(lx.REFERENCES) + list(lx.DURATION_NOUNS)
    + ["veille", "avant-veille", "surlendemain", "annuel", "annuelle", "annuels", "annuelles", "semestriel",
       "semestrielle", "trimestriel", "trimestrielle", "hebdomadaires", "week", "weekend"]
    + list(lx.FIXED_FEASTS) + list(lx.EASTER_FEASTS)
    + list(lx.APPROX_NUMERALS) + list(lx.FREQUENCY_WORDS) + list(lx.DAY_PART_NOUNS) + ["ici", "présent", "époque", "temps", "quart", "quarts"] + list(lx.TIME_ADJECTIVES)
)
_STOP = frozenset("à l le la les de d ce par pour en nos".split())
#: Single words that every expression contains at least one of (lower case; digits are keys too).
_KEYSET = frozenset(
    # Keys are found as whole words, so a hyphenated key is found by its last part.
    w.split("-")[-1] for phrase in _KEY_WORDS for w in re.split(r"[\s'’]+", phrase.lower().rstrip("."))
    if w and w not in _STOP
)


def _trie(words) -> str:
    """An alternation of ``words`` factored by common prefixes: the regex engine then rejects
    most positions on their first character instead of trying every word."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(root)


_KEY_RE = re.compile(
    rf"(?<!\w)(?:\d\w*|{_trie(_KEYSET)}|{MON_EN}|(?-i:[XVI]{{1,5}})(?:e|è|ème|eme))(?!\w)", _FLAGS
)
#: Words that may open an expression before its key word (``il y a plus de deux ans``).
_PREFIX_WORDS = frozenset(
    "le la les l' ce cet cette ces du de des d' au aux un une et il y a plus moins près environ pas "
    "quelque quelques presque plusieurs nombreuses nombreux tous toutes chaque fin début milieu mi "
    "même nuit demi derniers dernières prochains prochaines premiers premières pour par à en nos "
    "après avant mi saint premier 1er deuxième second troisième quatrième 2e 3e 4e fois certains "
    "certaines bonne longues longs toute dernière dernier prochain courant ou".split()
) | frozenset(lx.NUMBER_WORDS) | frozenset(lx.APPROX_NUMERALS) | frozenset(lx.ORDINALS)
_MAX_PREFIX_WORDS = 7
_PREV_TOKEN = re.compile(r"(?<![\w-])([\w-]+['’]?)\s*$")
_PRECEDING_WORD = re.compile(r"([\w'’]+)\s*$")
_FOLLOWING_WORD = re.compile(r"\s*([^\s]+)")
_COUNT_NOUNS = frozenset(lx.COUNT_NOUNS_AFTER_YEAR)
_CLOCK_PREPS = frozenset(lx.CLOCK_PREPOSITIONS)
_ROMAN = {"I": 1, "V": 5, "X": 10}
_ORDINALS = lx.ORDINALS
_AGE_BEFORE = re.compile(r"(?:[,(]\s*|âgée?s?\s+d(?:e\s+|['’])|l['’]âge\s+d(?:e\s+|['’])|\d\s*(?:-|à)\s*)$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*(?:[,.;)]|qui\b|et\b)", re.IGNORECASE)
_BACKWARD_BEFORE = re.compile(r"\bdepuis(?:\s+(?:le|ce))?\s*$", re.IGNORECASE)
_FORWARD_BEFORE = re.compile(r"(?:jusqu['’](?:au|à)|d['’]ici(?:\s+(?:au|à|le))?|à\s+partir\s+du|à\s+compter\s+du)\s*$", re.IGNORECASE)


def scan(text: str) -> list[Timex]:
    """Every time expression in ``text``, in order, non-overlapping.

    Every rule contains a key word (a digit, a month, a unit, ``hier``...). One pass finds the
    keys; the combined regex is then tried only where an expression holding a key could start:
    at the key, or at the start of the run of prefix words just before it (``il y a plus de``).
    """
    out: list[Timex] = []
    last_end = 0
    for key in _KEY_RE.finditer(text):
        ks = key.start()
        if ks < last_end:
            continue
        for start in _candidate_starts(text, ks, last_end):
            if start < last_end:
                continue
            tx = _match_at(text, start, ks)
            if tx is not None:
                out.append(tx)
                last_end = tx.end
                if tx.end > ks:
                    break
                # A key-less expression before the key (``deux`` in ``deux ou trois jours``):
                # the key's own expression may still start further on.
    return out


def scan_everywhere(text: str) -> list[Timex]:
    """The same expressions as :func:`scan`, trying the combined regex at every position
    (slower; kept as the reference the fast scan is tested against)."""
    out: list[Timex] = []
    pos, n = 0, len(text)
    while pos < n:
        m = _MASTER.search(text, pos)
        if m is None:
            break
        tx = _match_at(text, m.start(), m.start())
        if tx is None:
            pos = m.start() + 1  # let a shorter or later rule have this stretch
            continue
        out.append(tx)
        pos = tx.end
    return out


def _candidate_starts(text: str, ks: int, floor: int) -> list[int]:
    """Where an expression holding the key at ``ks`` may start, farthest first."""
    starts = [ks]
    pos = ks
    for _ in range(_MAX_PREFIX_WORDS):
        m = _PREV_TOKEN.search(text, max(floor, pos - 24), pos)
        if m is None:
            break
        word = _key(m.group(1))
        if not all(part in _PREFIX_WORDS for part in word.rstrip("-").split("-")) and word not in _PREFIX_WORDS:
            break
        pos = m.start(1)
        starts.append(pos)
    starts.reverse()
    return starts


#: Rules whose expression holds no key word of its own: found from the key that follows.
_KEYLESS_RULES = frozenset({"duration_range_start"})


def _match_at(text: str, start: int, key_start: int) -> Timex | None:
    # Only the rules that can start with this character are tried (same order, same winner).
    m = _BY_FIRST_CHAR.get(dispatch_char(text[start]), _OTHER_START).match(text, start) if start < len(text) else None
    if m is None or (m.end() <= key_start and m.lastgroup not in _KEYLESS_RULES):
        return None
    rule = m.lastgroup
    # No endpos: lookaheads (``Le 27,``) must see past the hit.
    sub = _RULE_RES[rule].match(text, start) if rule else None
    tx = _interpret(rule, sub, text) if sub else None
    if tx is not None and tx.direction is None and tx.kind in ("calendar", "weekday"):
        if _FORWARD_BEFORE.search(text, max(0, tx.start - 25), tx.start):
            # ``jusqu'au 30 juin``, ``d'ici lundi``: a deadline, never moved back a year.
            tx.direction = 0 if tx.kind == "calendar" else 1
        elif _BACKWARD_BEFORE.search(text, max(0, tx.start - 12), tx.start):
            tx.direction = -1  # ``depuis mardi``: a day already past
    return tx


def _number(words: str | None) -> float | None:
    if not words:
        return None
    s = re.sub(r"(?<=\d)[  ](?=\d{3})", "", words.strip()).replace(",", ".")
    try:
        return float(s) if "." in s else int(s)
    except ValueError:
        pass
    total, current = 0, 0
    for w in re.split(r"[-\s]+", _key(s)):
        if w == "et":
            continue
        v = lx.NUMBER_WORDS.get(w)
        if v is None:
            return None
        if v == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif v == 100:
            current = max(current, 1) * 100
        elif w in ("vingt", "vingts") and current == 4:  # quatre-vingt(s)
            current = 80
        else:
            current += v
    return total + current


def _month(word: str) -> int | None:
    k = _key(word)
    return lx.MONTHS.get(k) or lx.MONTH_ABBREVIATIONS.get(k) or lx.MONTHS_EN.get(word.strip())


def _day(word: str) -> int:
    k = _key(word)
    return 1 if k in ("1er", "premier") else int(k)


def _year(word: str | None) -> int | None:
    if not word:
        return None
    digits = word.strip("'’ ")
    y = int(digits)
    if len(digits) == 2:
        y += 1900 if y >= 30 else 2000
    return y


def _part(word: str | None) -> str | None:
    return lx.DAY_PARTS.get(_key(word)) if word else None


def _duration_value(num: float | None, unit_word: str, vague: bool, half: bool = False) -> str | None:
    designator, mult, timeish = lx.UNITS[_key(unit_word)]
    prefix = "PT" if timeish else "P"
    if vague or num is None:
        return f"{prefix}X{designator}"
    amount = num * mult + (0.5 * mult if half else 0)
    if amount != int(amount):
        if designator == "Y" and (amount * 12) == int(amount * 12):
            return f"P{int(amount * 12)}M"
        if designator == "H":  # the guide: ``deux heures et demie`` is PT2.5H
            return f"PT{amount:g}H"
        return f"{prefix}{amount:g}{designator}"
    return f"{prefix}{int(amount)}{designator}"


def _shift_unit(unit_word: str) -> tuple[str, int]:
    designator, mult, timeish = lx.UNITS[_key(unit_word)]
    if timeish:
        return "D", 0
    if designator == "M" and mult in (3, 6):
        return "M", mult
    if designator == "Y" and mult == 100:  # ``il y a deux siècles``: a century, not a year
        return "C", 1
    return designator, mult


def _word_before(text: str, start: int) -> str:
    m = _PRECEDING_WORD.search(text, max(0, start - 30), start)
    return _key(m.group(1)) if m else ""


def _interpret(rule: str, m: re.Match, text: str) -> Timex | None:  # noqa: C901 - a rule table
    g = m.groupdict()
    s, e = m.start(), m.end()
    if rule in ("iso_date", "ymd_date", "numeric_date", "numeric_day_month", "en_date", "en_date_fr", "en_date_le"):
        month = _month(g["month"]) if not g["month"].isdigit() else int(g["month"])
        day, year = _day(g["day"]), _year(g.get("year"))
        if rule == "numeric_date" and g["sep"] == "." and g["year"] and len(g["year"]) == 2 \
                and not (len(g["day"]) == len(g["month"]) == 2):
            return None  # ``5.5.23`` is more often a score or a version; the guide's ``10.11.07`` is a date
        return Timex(s, e, "DATE", "calendar", rule, year=year, month=month, day=day)
    if rule == "range_start":
        tx = Timex(s, e, "DATE", "calendar", rule, year=_year(g["year"]), month=_month(g["month"]), day=_day(g["day"]))
        tx.weekday = lx.WEEKDAYS[_key(g["wd"])] if g["wd"] else None
        return tx
    if rule == "colon_clock":
        return Timex(s, e, "TIME", "clock", rule, part=f"{int(g['hour']):02d}:{g['minute']}")
    if rule == "quarter_hour":
        mod = lx.MODIFIERS.get(_key(g["mod"])) if g["mod"] else None
        return Timex(s, e, "DURATION", "literal", rule, value="PT15M" if _key(g["num"]) == "un" else "PT45M", mod=mod)
    if rule == "month_week":
        rank = _key(g["ord"])
        return Timex(s, e, "DATE", "calendar", rule, year=_year(g["year"]), month=_month(g["month"]),
                     day=-1 if rank == "dernière" else 1 + 7 * (lx.ORDINALS[rank] - 1), unit="W")
    if rule == "short_year":
        return Timex(s, e, "DATE", "calendar", rule, year=_year(g["year"]))
    if rule == "dmy":
        mgroup = "month" if g["month"] else "hmonth"
        month, year = _month(g[mgroup]), _year(g["year"])
        if year and "," in text[m.end(mgroup) : m.start("year")]:
            nxt = _FOLLOWING_WORD.match(text, m.end("year"))
            after = _key(nxt.group(1)).strip(".,;:!?)") if nxt else ""
            if after in _COUNT_NOUNS or (after[-1:] in ("s", "x") and after.isalpha()):
                # ``le 5 mai, 2000 personnes``: a count after the date, not its year.
                e, year = m.end(mgroup), None
        tx = Timex(s, e, "DATE", "calendar", rule, year=year, month=month, day=_day(g["day"]))
        if g["wd"]:
            tx.weekday = lx.WEEKDAYS[_key(g["wd"])]
        if g["rel"]:
            tx.direction = -1 if _key(g["rel"]) == "dernier" else 1
        return _with_time(tx, g)
    if rule == "month_year":
        return Timex(s, e, "DATE", "calendar", rule, year=_year(g["year"]), month=_month(g["month"]))
    if rule == "decade":
        d = g["decade"]
        if not d[0].isdigit():  # ``les années soixante``
            value = f"19{lx.DECADE_WORDS[_key(d)]}X"
        else:
            value = (d[:3] if len(d) == 4 else "19" + d[0]) + "X"
        return Timex(s, e, "DATE", "literal", rule, value=value, mod=_pos(g["pos"]))
    if rule == "century":
        n = int(g["roman"]) if g["roman"].isdigit() else _roman(g["roman"])
        if not n or n > 21:
            return None
        return Timex(s, e, "DATE", "literal", rule, value=f"{n - 1:02d}XX", mod=_pos(g["pos"]))
    if rule == "millennium":
        word = _key(g["ord"])
        n = lx.ORDINALS.get(word) or (int(word.rstrip("èmé")) if word[0].isdigit() else _roman(word.rstrip("èmé").upper()))
        return Timex(s, e, "DATE", "literal", rule, value=str(n - 1)) if 0 < n <= 3 else None
    if rule == "period_position":
        mod = _pos(g["pos"])
        if g["month"]:
            return Timex(s, e, "DATE", "calendar", rule, year=_year(g["year"]), month=_month(g["month"]), mod=mod)
        if g["year2"]:
            return Timex(s, e, "DATE", "calendar", rule, year=_year(g["year2"]), mod=mod)
        unit = {"année": "Y", "semaine": "W", "mois": "M"}[_key(g["unit"])]
        offset, base = _relative(g["rel"]) if g["rel"] else (0, "dct")
        return Timex(s, e, "DATE", "shift", rule, unit=unit, offset=offset, base=base, mod=mod)
    if rule == "feast":
        k = _key(g["feast"])
        if k in lx.FIXED_FEASTS:
            month, day = lx.FIXED_FEASTS[k]
            return Timex(s, e, "DATE", "calendar", rule, year=_year(g["year"]), month=month, day=day)
        return Timex(s, e, "DATE", "feast", rule, year=_year(g["year"]), offset=lx.EASTER_FEASTS[k])
    if rule == "year_part":
        n = _ORDINALS[_key(g["ord"])]
        unit = "Q" if _key(g["unit"]) == "trimestre" else "H"
        if unit == "H" and n > 2:
            return None
        if g["year"]:
            return Timex(s, e, "DATE", "literal", rule, value=f"{_year(g['year'])}-{unit}{n}")
        return Timex(s, e, "DATE", "year_part", rule, value=f"{unit}{n}")
    if rule == "night_of":
        if g["day"]:  # ``la nuit du 12 au 13 mai``
            month = _month(g["month1"] or g["month"])
            return Timex(s, e, "TIME", "calendar", rule, year=_year(g["year"]), month=month, day=_day(g["day"]), part="NI")
        return Timex(s, e, "TIME", "weekday", rule, weekday=lx.WEEKDAYS[_key(g["wd"])], part="NI")
    if rule == "deictic":
        offset = lx.DEICTIC_DAYS[_key(g["dword"])]
        tx = Timex(s, e, "DATE", "shift", rule, unit="D", offset=offset, mod=_pos(g["pos"]))
        return _with_time(tx, g)
    if rule == "this_part":
        return Timex(s, e, "TIME", "shift", rule, unit="D", offset=0, part=_part(g["part"]))
    if rule == "anaphoric_day":
        offset = lx.ANAPHORIC_DAYS[_key(g["aword"])]
        tx = Timex(s, e, "DATE", "shift", rule, unit="D", offset=offset, base="prev")
        return _with_time(tx, g)
    if rule == "year_word":
        return Timex(s, e, "DATE", "calendar", rule, year=_year(g["year"]))
    if rule in ("this_unit", "rel_unit"):
        unit = _key(g["unit"])
        rel = g.get("rel2") or g.get("rel")
        offset, base = _relative(rel) if rel else (0, "dct")
        code, mult = {"semaine": ("W", 1), "mois": ("M", 1), "année": ("Y", 1), "an": ("Y", 1),
                      "week-end": ("WE", 1), "weekend": ("WE", 1), "trimestre": ("Q", 1), "semestre": ("H", 1),
                      "siècle": ("C", 1)}[unit]
        return Timex(s, e, "DATE", "shift", rule, unit=code, offset=offset * mult, base=base)
    if rule in ("ago", "later"):
        num = None if g.get("vague") else _number(g["num"])
        unit, mult = _shift_unit(g["unit"])
        ago = rule == "ago"
        if num is None or num != int(num):
            value = "PAST_REF" if ago or "tôt" in g["dir"] or "aupar" in g["dir"] else "FUTURE_REF"
            return Timex(s, e, "DATE", "literal", rule, value=value)
        sign = -1 if ago or not _key(g["dir"]).startswith("plus tard") else 1
        return Timex(s, e, "DATE", "shift", rule, unit=unit, offset=sign * int(num) * mult, base="dct" if ago else "prev")
    if rule == "weekend":
        return Timex(s, e, "DATE", "weekend", rule, weekday=6)
    if rule == "weekday_clock":
        part = f"{int(g['hour']):02d}:{int(g['minute'] or 0):02d}"
        return Timex(s, e, "TIME", "weekday", rule, weekday=lx.WEEKDAYS[_key(g["wd"])], part=part)
    if rule == "weekday_day":
        nxt = _FOLLOWING_WORD.match(text, e)
        after = _key(nxt.group(1)).strip(".,;:!?)") if nxt else ""
        if len(after) > 3 and after.isalpha() and after[-1] in "sx" and after not in ("puis", "dans", "sous", "vers", "avec"):
            # ``lundi 5 blessés``: a count after the weekday, which stands alone
            return Timex(s, m.end("wd"), "DATE", "weekday", "weekday", weekday=lx.WEEKDAYS[_key(g["wd"])])
        return Timex(s, e, "DATE", "weekday_day", rule, weekday=lx.WEEKDAYS[_key(g["wd"])], day=_day(g["day"]))
    if rule == "epoch":
        return Timex(s, e, "TIME", "literal", rule, value="PAST_REF")
    if rule == "present_after":
        return Timex(s, e, "TIME", "literal", rule, value="PRESENT_REF")
    if rule in ("ici", "this_day"):
        return Timex(s, e, "DATE", "shift", rule, unit="D", offset=0)
    if rule == "clock_day":
        hour = int(g["hour"]) + (12 if g["half"] and "matin" not in g["half"].lower() and int(g["hour"]) < 12 else 0)
        part = f"{hour:02d}:{int(g['minute'] or 0):02d}"
        if g["dword"]:
            return Timex(s, e, "TIME", "shift", rule, unit="D", offset=lx.DEICTIC_DAYS[_key(g["dword"])], part=part)
        return Timex(s, e, "TIME", "weekday", rule, weekday=lx.WEEKDAYS[_key(g["wd"])], part=part)
    if rule == "spelled_clock":
        hour, minute = lx.CLOCK_HOUR_WORDS[_key(g["hw"])], 0
        frac = _key(g["frac"] or "")
        minute = {"et demie": 30, "trente": 30, "et quart": 15, "quinze": 15, "moins le quart": -15}.get(frac, 0)
        if minute < 0:
            hour, minute = hour - 1, 45
        if g["half"] and "matin" not in g["half"].lower() and hour < 12:
            hour += 12
        return Timex(s, e, "TIME", "clock", rule, part=f"{hour:02d}:{minute:02d}")
    if rule == "day_part":
        part_word = _key(g["part"])
        if part_word in ("journée", "nuit") and not g["day"] and _EVENT_AFTER_PART.match(text, e):
            return None  # ``la journée de la femme``, ``la nuit des temps``: a name or an event
        before = "" if g["pos"] or text[s : s + 2].lower() in ("le", "la", "l'", "l’", "to") else _word_before(text, s)
        if before == "en" and part_word not in ("soirée", "matinée", "journée", "pleine nuit", "pleine journée"):
            return None  # ``en soir`` is not French; ``en nuit`` neither
        if before == "au" and part_word != "petit matin":
            return None  # ``au soir`` alone: only after a day (``la veille au soir``), read there
        part = lx.DAY_PART_NOUNS[part_word]
        if g["month"]:  # ``le soir du 12 mai``
            tx = Timex(s, e, "TIME", "calendar", rule, year=_year(g["year"]), month=_month(g["month"]), day=_day(g["day"]), part=part)
            if g["wd"]:
                tx.weekday = lx.WEEKDAYS[_key(g["wd"])]
            return tx
        return Timex(s, e, "TIME", "day_part", rule, part=part, mod=_pos(g["pos"]))
    if rule == "coming_duration":
        num = _number(g["num"])
        return Timex(s, e, "DURATION", "literal", rule, value=_duration_value(num, g["unit"], num is None))
    if rule == "approx_duration":
        if _key(g["unit"]) in ("ans", "années") and (_is_age(text, s, e) or _after_person(text, s)):
            return None
        vague = _key(g["det"]) in ("des", "plusieurs")
        num = None if vague else lx.APPROX_NUMERALS[_key(g["approx"])]
        mod = lx.MODIFIERS.get(_key(g["mod"])) if g["mod"] else (None if vague else "APPROX")
        return Timex(s, e, "DURATION", "literal", rule, value=_duration_value(num, g["unit"], vague), mod=mod)
    if rule == "times_per":
        return Timex(s, e, "SET", "literal", rule, value=_duration_value(1, g["unit"], False))
    if rule == "weekday":
        if re.match(r"\s+saint\b", text[e : e + 7], re.IGNORECASE):
            return None  # ``l'accord du Vendredi saint``: a name
        tx = Timex(s, e, "DATE", "weekday", rule, weekday=lx.WEEKDAYS[_key(g["wd"])])
        if g["rel"]:
            tx.direction, tx.base = _relative(g["rel"])
            tx.direction = tx.direction or None
        if text[s:e].lower().startswith("ce"):
            tx.direction = 0
        elif text[s : s + 3].lower() == "le " and not g["rel"] and not g["part"]:
            tx.habitual = True
        return _with_time(tx, g)
    if rule == "reference":
        if re.search(r"jusqu['’]$", text[max(0, s - 7) : s], re.IGNORECASE):
            return None  # ``jusqu'à présent``: the preposition stays out, ``present_after`` takes it
        return Timex(s, e, "TIME", "literal", rule, value=lx.REFERENCES[_key(m.group(0))])
    if rule == "last_night":
        return Timex(s, e, "TIME", "shift", rule, unit="D", offset=-1, part="NI")
    if rule == "clock":
        hour, minute = int(g["hour"]), int(g["minute"] or 0)
        if g["half"] and "matin" not in g["half"].lower() and hour < 12:
            hour += 12  # ``8 heures du soir``
        spelled = "eure" in m.group(0).lower()
        if spelled and _word_before(text, s) not in _CLOCK_PREPS:
            return Timex(s, e, "DURATION", "literal", rule, value=f"PT{hour}H" + (f"{minute}M" if minute else ""))
        return Timex(s, e, "TIME", "clock", rule, part=f"{hour:02d}:{minute:02d}")
    if rule == "clock_word":
        if _word_before(text, s) not in _CLOCK_PREPS and _word_before(text, s) not in ("partir", "vers"):
            return None
        return Timex(s, e, "TIME", "clock", rule, part=lx.DAY_PARTS[_key(g["word"])])
    if rule == "half_duration":
        return Timex(s, e, "DURATION", "literal", rule, value=_duration_value(0.5, g["unit"], False))
    if rule == "recent_duration":
        num = _number(g["num"] or g["num2"])
        return Timex(s, e, "DURATION", "literal", rule, value=_duration_value(num, g["unit"], num is None))
    if rule == "duration":
        vague = bool(g["vague"])
        num = None if vague else _number(g["num"])
        if not vague and num is None:
            return None
        if vague and _key(g["vague"]) == "des" and _key(g["unit"]) not in ("années", "mois", "semaines", "jours", "heures", "siècles", "décennies"):
            return None
        unit = _key(g["unit"])
        if vague and unit == "années" and re.match(r"\s+\d", text[e : e + 3]):
            return None  # ``des années 1880``: a decade, read by its own rule
        if not g["mod"] and not vague and _key(g["num"]) in ("un", "une") and unit in ("jour", "seconde"):
            return None  # ``un jour`` is "some day", ``une seconde`` mostly the ordinal
        if unit == "quinzaine" and re.match(r"\s+d(?:e\s|['’])", text[e : e + 4]):
            return None  # ``une quinzaine de personnes``
        if unit in ("an", "ans") and _is_age(text, s, e):
            return None
        mod = lx.MODIFIERS.get(_key(g["mod"])) if g["mod"] else None
        return Timex(s, e, "DURATION", "literal", rule, value=_duration_value(num, g["unit"], vague, bool(g["half"])), mod=mod)
    if rule == "duration_noun":
        return Timex(s, e, "DURATION", "literal", rule, value=lx.DURATION_NOUNS[_key(m.group(0))])
    if rule == "set":
        if g["wd"]:
            return Timex(s, e, "SET", "literal", rule, value=f"XXXX-WXX-{lx.WEEKDAYS[_key(g['wd'])]}")
        if g["part"]:
            part = _key(g["part"]).rstrip("s")
            suffix = {"matin": "TMO", "soir": "TEV", "nuit": "TNI", "week-end": "WE"}[part]
            return Timex(s, e, "SET", "literal", rule, value="XXXX-WXX-WE" if suffix == "WE" else f"XXXX-XX-XX{suffix}")
        num = _number(g["num"]) if g["num"] else 1
        return Timex(s, e, "SET", "literal", rule, value=_duration_value(num, g["unit"], num is None))
    if rule == "per_unit":
        return Timex(s, e, "SET", "literal", rule, value=_duration_value(1, g["unit"], False))
    if rule == "time_adjective":
        value, ttype = lx.TIME_ADJECTIVES[_key(g["tadj"])]
        return Timex(s, e, ttype, "literal", rule, value=value)
    if rule == "duration_range_start":
        num = _number(g["num"])
        unit = _key(g["unit"])
        if num is None or (unit in ("ans", "an") and (_is_age(text, s, e) or _after_person(text, s)
                                                     or _word_before(text, s) in ("les", "des", "aux", "ces"))):
            return None  # ages, and age groups: ``les 6-16 ans``
        return Timex(s, e, "DURATION", "literal", rule, value=_duration_value(num, g["unit"], False))
    if rule == "set_adjective":
        k = _key(g["adj"])
        if not k.endswith("ment") and _word_before(text, s) in lx.DETERMINERS:
            return None  # ``le quotidien``, ``un hebdomadaire``: a newspaper
        return Timex(s, e, "SET", "literal", rule, value=lx.FREQUENCY_WORDS[k])
    if rule == "year":
        return _bare_year(s, e, g, text)
    if rule == "season":
        season = lx.SEASONS[_key(g["season"])]
        if season == "SU" and not (g["det"] or g["year"] or g["rel"]):
            # ``été`` is mostly the participle of ``être``: accept it after ``en`` or opening a
            # sentence (``Été comme hiver``), where no auxiliary can precede it.
            if _word_before(text, s) != "en" and not (text[s].isupper() and _sentence_start(text, s)):
                return None
        tx = Timex(s, e, "DATE", "calendar", rule, year=_year(g["year"]), season=season)
        if g["rel"]:
            tx.direction, tx.base = _relative(g["rel"])
        elif g["det"]:
            tx.direction = 0  # ``l'automne``, ``cet été``: this year's (a bare ``été`` is generic)
        elif _word_before(text, s) in ("au", "en") and not g["year"]:
            tx.habitual = True  # ``au printemps``: generic under a present verb, else the nearest one
        return tx
    if rule == "month_coord":
        return Timex(s, e, "DATE", "calendar", rule, year=_year(g["year"]), month=_month(g["month"]))
    if rule == "month_alone":
        word = g["month"]
        if word[0].isupper() and m.start("month") == s and not _sentence_start(text, s):
            return None  # French months are lower case: ``la planète Mars``, a name
        tx = Timex(s, e, "DATE", "calendar", rule, month=_month(g["month"]))
        if g["rel"]:
            tx.direction = -1 if _key(g["rel"]) in ("dernier", "passé") else 1
        return tx
    if rule == "day_bare":
        return Timex(s, e, "DATE", "day_only", rule, day=_day(g["day"]), base="prev")
    if rule == "stranded_day":
        nxt = _FOLLOWING_WORD.match(text, e)
        if nxt and _key(nxt.group(1)).strip(".,;") in lx.UNITS:
            return None
        return Timex(s, e, "DATE", "stranded_day", rule, day=int(g["day"]), base="prev")
    return None


def _is_age(text: str, s: int, e: int) -> bool:
    """``Jean Dupont, 54 ans,``, ``âgé de 30 ans``, ``de 2 à 8 ans``: an age, not a duration."""
    before = text[max(0, s - 20) : s]
    if _AGE_BEFORE.search(before) and not before.rstrip().endswith(("(", ",")):
        return True
    return bool(re.search(r"[,(]\s*$", before) and _AGE_AFTER.match(text, e))


#: ``la journée de la femme``, ``la nuit des musées``, ``la journée portes ouvertes``: events.
_EVENT_AFTER_PART = re.compile(r"\s+(?:de|d['’]|du|des|portes|nationale|mondiale|internationale|citoyenne|continue)\b", re.IGNORECASE)
_PERSON_DE = re.compile(r"([\w-]+)\s+d(?:e\s+|['’])$")


def _after_person(text: str, s: int) -> bool:
    """``une femme d'une trentaine d'années``: years hung on a noun for a person give an age."""
    m = _PERSON_DE.search(text, max(0, s - 30), s)
    if m is None:
        return False
    word = _key(m.group(1))
    singular = word[:-1] if word[-1:] in ("s", "x") else word
    return any(w in lx.PERSON_NOUNS or w.endswith(lx.PERSON_SUFFIXES) for w in (word, singular))


def _sentence_start(text: str, s: int) -> bool:
    before = text[max(0, s - 3) : s].strip()
    return not before or before[-1] in ".!?\n»"


def _with_time(tx: Timex, g: dict) -> Timex:
    if g.get("hour"):
        tx.type, tx.part = "TIME", f"{int(g['hour']):02d}:{int(g.get('minute') or 0):02d}"
    elif g.get("part"):
        tx.type, tx.part = "TIME", _part(g["part"])
    return tx


def _relative(word: str) -> tuple[int, str]:
    return lx.RELATIVE.get(_key(word), (0, "dct"))


def _pos(word: str | None) -> str | None:
    return lx.PERIOD_POSITIONS.get(_key(word)) if word else None


def _roman(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _bare_year(s: int, e: int, g: dict, text: str) -> Timex | None:
    year = int(g["year"])
    before = _word_before(text, s)
    nxt = _FOLLOWING_WORD.match(text, e)
    after = _key(nxt.group(1)).strip(".,;:)") if nxt else ""
    if after in _COUNT_NOUNS:
        return None
    if year < 1900 and before not in ("en", "depuis", "dès", "de", "à", "année", "an", "vers", "avant", "après", "jusqu'en"):
        return None
    if before in ("n°", "no", "numéro", "article", "page", "km", "+", "-") or text[max(0, s - 3) : s].rstrip().endswith("°"):
        return None
    return Timex(s, e, "DATE", "calendar", "year", year=year)
