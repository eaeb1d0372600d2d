"""French time-expression rules: the named regexes the grammar joins into one scan.

Each rule is built from the lexicon. Order matters: at one position the first rule that matches
wins, so longer forms come first.
"""

from __future__ import annotations

import re

from veille.lang.fr.timex import lexicon as lx

# Shared with the grammar, which compiles them; underscored as they are no public API.
__all__ = ["_RULES", "_FLAGS", "_AP", "_alt", "_key", "MON_EN"]

_FLAGS = re.IGNORECASE | re.UNICODE
_AP = "['’]"


def _alt(words, case_sensitive: bool = False) -> str:
    """Alternation of ``words``, longest first, apostrophes and spaces made flexible."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        p = re.escape(w.replace("’", "'")).replace("'", _AP).replace(r"\ ", r"\s+")
        parts.append(p)
    body = "|".join(parts)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _key(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


MON_FR = _alt(lx.MONTHS)
MON_ABBR = _alt(lx.MONTH_ABBREVIATIONS)
MON_EN = _alt(lx.MONTHS_EN, case_sensitive=True)
MON_ALL = f"(?:{MON_ABBR}|{MON_FR}|{MON_EN})"
WD = _alt(lx.WEEKDAYS)
PARTS = _alt(lx.DAY_PARTS)
SEASON = _alt(lx.SEASONS)
UNIT = _alt(lx.UNITS)
NUMW = _alt(lx.NUMBER_WORDS)
NUM = rf"(?:\d{{1,3}}(?:[  ]\d{{3}})+|\d+(?:[.,]\d+)?|{NUMW}(?:(?:-|\s+)(?:et(?:-|\s+))?{NUMW})*)"
VAGUE = _alt(lx.VAGUE_QUANTITIES)
MOD = _alt(lx.MODIFIERS)
REL = _alt(lx.RELATIVE)
DAY = r"(?:1er|premier|3[01]|[12]\d|0?[1-9])"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
APPROX = _alt(lx.APPROX_NUMERALS)
FREQ = _alt(lx.FREQUENCY_WORDS)
DAY_PART = _alt(lx.DAY_PART_NOUNS)
CLOCK_WORD = _alt(lx.CLOCK_HOUR_WORDS)
DECADE_WORD = _alt(lx.DECADE_WORDS)
ORD = _alt(lx.ORDINALS)
#: A modifier is followed by a space, or glued by its apostrophe (``plus d'un an``).
MOD_SEP = r"(?:\s+|(?<=['’]))"
CLOCK = r"(?P<hour>[01]?\d|2[0-3])\s*h(?:eures?)?(?:\s*(?P<minute>[0-5]\d))?"

# (rule name, pattern). Order matters: at one position the first rule that matches wins.
_RULES: list[tuple[str, str]] = [
    ("iso_date", r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"),
    ("ymd_date", r"(?P<year>(?:19|20)\d\d)(?P<sep>[/.])(?P<month>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])(?![\d/.]\d)"),
    # ``le 12/05``: a day and month only after ``le`` (a bare ``1/2`` is a fraction).
    ("numeric_day_month", r"le\s+(?P<day>0?[1-9]|[12]\d|3[01])/(?P<month>0?[1-9]|1[0-2])(?![/\d])"),
    ("numeric_date", r"(?:le\s+)?(?P<day>0?[1-9]|[12]\d|3[01])(?P<sep>[/.-])(?P<month>0?[1-9]|1[0-2])(?P=sep)(?P<year>\d{4}|\d{2})(?![\d/.-]\d)"),
    # Machine-translated English order: ``le nov. 19, 2020``, ``May 5``.
    ("en_date", rf"(?:le\s+)?(?P<month>{MON_ABBR}|{MON_EN})\s*(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s*,\s*(?P<year>{YEAR4}))?"),
    ("en_date_fr", rf"(?:le\s+)?(?P<month>{MON_FR})\s+(?P<day>3[01]|[12]\d|0?[1-9])\s*,\s*(?P<year>{YEAR4})"),
    # ``le mai 5``: an article before a month is not French, so the number after it is its day.
    ("en_date_le", rf"le\s+(?P<month>{MON_FR})\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![.,]?\d|\s*(?:h\b|heures?|%|€))"),
    # ``du 19 au 23 juillet``: the first day takes the month written after the second.
    ("range_start", rf"(?:(?:le\s+)?(?P<wd>{WD})\s+)?(?P<day>{DAY})(?=\s+(?:au|et|à)\s+(?:le\s+)?(?:{WD}\s+)?{DAY}\s+(?P<month>{MON_ALL})(?:\s+(?P<year>{YEAR4}))?)"),
    ("dmy", rf"(?:(?:le|ce)\s+)?(?:(?P<wd>{WD})\s+)?(?P<day>{DAY})(?:\s+(?P<month>{MON_ALL})|-(?P<hmonth>{MON_FR}))"
            rf"(?:,?\s+(?P<year>{YEAR4}|{_AP}\d\d)(?!\d))?(?:\s+(?P<rel>dernier|prochain))?"
            rf"(?:\s+(?:au\s+|dans\s+la\s+|en\s+)?(?P<part>{PARTS}))?"),
    ("month_year", rf"(?:(?:le\s+)?mois\s+d(?:e\s+|{_AP})|le\s+)?(?P<month>{MON_ALL})\s+(?:de\s+l{_AP}année\s+)?(?P<year>{YEAR4}|[3-9]\d|{_AP}\d\d)"),
    ("decade", rf"(?:(?:la\s+|le\s+)?(?P<pos>début|fin|milieu)\s+des\s+)?(?:les\s+)?années\s+(?P<decade>(?:1[5-9]|20)?\d0|{DECADE_WORD})"),
    ("century", rf"(?:(?:la\s+)?(?P<pos>début|fin|milieu)\s+du\s+|le\s+)?(?P<roman>(?-i:[XVI]{{1,5}})|\d{{1,2}})(?:e|è|ème|eme)\s+siècle"),
    ("millennium", rf"(?:le\s+)?(?P<ord>{ORD}|(?-i:[XVI]{{1,4}})(?:e|ème)|\d(?:e|ème))\s+millénaire"),
    ("period_position", rf"(?:(?:la|le|ce|cette)\s+)?(?P<pos>début|fin|milieu|mi-|courant)\s*(?:de\s+la\s+|de\s+l{_AP}|du\s+mois\s+d(?:e\s+|{_AP})|du\s+|de\s+|d{_AP})?"
                        rf"(?:(?P<month>{MON_FR})(?:\s+(?P<year>{YEAR4}))?|(?P<year2>{YEAR4})|(?P<unit>année|semaine|mois)(?:\s+(?P<rel>{REL}))?)"),
    ("feast", rf"(?P<feast>{_alt(list(lx.FIXED_FEASTS) + list(lx.EASTER_FEASTS))})(?:\s+(?P<year>{YEAR4}))?"),
    ("year_part", rf"(?:le\s+)?(?P<ord>premier|1er|deuxième|2e|second|troisième|3e|quatrième|4e)\s+(?P<unit>trimestre|semestre)(?:\s+(?:de\s+l{_AP}année\s+)?(?P<year>{YEAR4}))?"),
    ("night_of", rf"la\s+nuit\s+(?:de|du)\s+(?:(?P<wd>{WD})(?:\s+(?:à|au)\s+{WD})?"
                 rf"|(?P<day>{DAY})(?:\s+(?P<month1>{MON_FR}))?\s+(?:au|à)\s+{DAY}\s+(?P<month>{MON_FR})(?:\s+(?P<year>{YEAR4}))?)"),
    ("deictic", rf"(?P<dword>avant-hier|après-demain|hier|aujourd{_AP}hui|demain)(?:\s+(?P<wd>{WD}))?"
                rf"(?:\s+(?:en\s+)?(?:(?P<pos>début|fin)\s+(?:de\s+|d{_AP}))?(?P<part>{PARTS}))?"),
    ("this_part", rf"(?:ce|cet|cette)\s+(?:même\s+)?(?P<part>matinée|matin|après-midi|soirée|soir|nuit)"),
    ("anaphoric_day", rf"(?P<aword>{_alt(lx.ANAPHORIC_DAYS)})(?:\s+(?:au\s+)?(?P<part>{PARTS}))?"),
    ("year_word", rf"l{_AP}an(?:née)?\s+(?P<year>{YEAR4})"),
    ("this_unit", rf"(?P<det>cette|cet|ce)\s+(?P<unit>semaine|mois|année|an|week-end|weekend|trimestre|semestre|siècle)(?:(?P<rel>-ci|-là)|\s+(?P<rel2>{REL}))?"),
    ("rel_unit", rf"(?:la|le|l{_AP})\s*(?P<unit>semaine|mois|année|an|week-end|weekend|trimestre|semestre|siècle)\s+(?P<rel>{REL})"),
    ("weekend", r"le\s+(?:week-end|weekend)"),
    # ``il y a deux ans`` is a date anchored on the publication day (issue 5: users sort timelines
    # on it), not the guide's bare DURATION ``deux ans``.
    ("ago", rf"il\s+y\s+a\s+(?:(?P<mod>{MOD})\s+)?(?:(?P<num>{NUM})|(?P<vague>{VAGUE}))\s+(?P<unit>{UNIT})"),
    ("later", rf"(?:(?P<num>{NUM})|(?P<vague>{VAGUE}))\s+(?P<unit>{UNIT})\s+(?P<dir>plus\s+tard|plus\s+tôt|auparavant)"),
    # ``samedi 20 h 30`` (a listing): weekday and clock with no preposition, one constituent.
    ("weekday_clock", rf"(?:(?:le|ce)\s+)?(?P<wd>{WD})\s+{CLOCK}"),
    # ``samedi 18``: a weekday and a day of the month in context.
    ("weekday_day", rf"(?:(?:le|ce)\s+)?(?P<wd>{WD})\s+(?P<day>{DAY})(?!\s*(?:{MON_ALL}|h\b|heures?|%|€|[.,/:-]?\d|ans?\b|jours?\b|et\s+{DAY}\s+{MON_ALL}))"),
    ("weekday", rf"(?:(?:le|ce|ce\s+même)\s+)?(?P<wd>{WD})(?:\s+(?P<part>{PARTS}))?(?:\s+(?P<rel>{REL}))?"),
    ("reference", _alt(lx.REFERENCES)),
    # ``à l'époque``, ``l'époque gallo-romaine``: a past period, its adjective included.
    ("epoch", rf"(?:l{_AP}|cette\s+)époque(?:\s+(?P<adj>[\w-]+(?:ique|aine|ienne|ale|oise|aise|ine|ère)))?(?![\w-])"),
    # ``jusqu'à présent``; ``d'ici la fin du mois``: French TimeBank tags ``ici`` as the document date.
    ("present_after", r"(?:(?<=jusqu'à\s)|(?<=jusqu’à\s))présent"),
    ("this_day", r"(?<=à\s)ce\s+jour(?![\w-])"),
    ("ici", r"(?:(?<=\bd')|(?<=\bd’)|(?<=jusqu')|(?<=jusqu’))ici(?=\s+(?:le|la|l['’]|à|au|aux|fin|début|mi-|demain|ce|cet|cette|\d|quelques|plusieurs|un|une|deux|trois|quatre|cinq|six|dix|là)\b)"),
    # ``4 h mardi``, ``22 h hier``: one constituent, one expression (the guide's ``à 11h, le 3 janvier``).
    ("clock_day", rf"{CLOCK}(?:\s+(?P<half>du\s+matin|du\s+soir|de\s+l{_AP}après-midi))?,?\s+(?:(?P<dword>avant-hier|hier|aujourd{_AP}hui|demain)|(?P<wd>{WD})(?!\s+{DAY}))"),
    # ``à 10:30``: a colon clock only after a clock preposition (else a score, a ratio).
    ("colon_clock", r"(?:(?<=\bà\s)|(?<=\bvers\s)|(?<=\bdès\s)|(?<=\bde\s))(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![:,.]?\d)"),
    ("clock", rf"{CLOCK}(?:\s+(?P<half>du\s+matin|du\s+soir|de\s+l{_AP}après-midi))?"),
    ("last_night", r"la\s+nuit\s+dernière"),
    ("clock_word", r"(?P<word>midi|minuit)"),
    ("spelled_clock", rf"(?:(?<=\bà\s)|(?<=\bvers\s)|(?<=\bdès\s))(?P<hw>{CLOCK_WORD})\s+heures?"
                      rf"(?:\s+(?P<frac>et\s+demie|et\s+quart|moins\s+le\s+quart|trente|quinze))?"
                      rf"(?:\s+(?P<half>du\s+matin|du\s+soir|de\s+l{_AP}après-midi))?"),
    # ``dans la soirée``, ``le matin``, ``en fin d'après-midi``, ``en soirée``: a part of the day in context.
    ("day_part", rf"(?:(?P<pos>début|fin|milieu)\s+(?:de\s+|d{_AP})|(?:le|la|l{_AP}|toute\s+la)\s*|(?<=\ben\s)|(?<=\bau\s))(?P<part>{DAY_PART})"
                 rf"(?:\s+(?P<same>même)|\s+(?:du|de)\s+(?:(?P<wd>{WD})\s+)?(?P<day>{DAY})\s+(?P<month>{MON_FR})(?:\s+(?P<year>{YEAR4}))?)?"),
    ("quarter_hour", rf"(?:(?P<mod>{MOD}){MOD_SEP})?(?P<num>un|trois)\s+quarts?\s+d{_AP}heure"),
    # ``la dernière semaine d'août``: a week named by its rank in a month.
    ("month_week", rf"la\s+(?P<ord>{ORD}|dernière)\s+semaine\s+d(?:e\s+|{_AP})(?P<month>{MON_FR})(?:\s+(?P<year>{YEAR4}))?"),
    ("half_duration", rf"(?:un|une)\s+demi-(?P<unit>{UNIT})"),
    ("recent_duration", rf"(?:ces|les|des)\s+(?:(?P<num>{NUM})\s+)?(?P<adj>derniers|dernières|prochains|prochaines)\s+(?:(?P<num2>{NUM})\s+)?(?P<unit>{UNIT})"),
    ("coming_duration", rf"(?:ces|les|des)\s+(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT})\s+(?:à\s+venir|qui\s+viennent|qui\s+suivent)"),
    ("approx_duration", rf"(?:(?P<mod>{MOD}){MOD_SEP})?(?P<det>une\s+(?:bonne\s+)?|des\s+|plusieurs\s+)(?P<approx>{APPROX})\s+d(?:e\s+|{_AP})(?P<unit>{UNIT})"),
    ("times_per", rf"(?P<num>{NUM}|plusieurs|quelques)\s+fois\s+par\s+(?P<unit>an|année|mois|semaine|jour|heure|minute|décennie|siècle)"),
    # ``deux ou trois jours``, ``cinq à six ans``: the first number takes the unit of the second.
    ("duration_range_start", rf"(?P<num>{NUM})(?=\s*(?:à|ou|-)\s*(?:{NUM})\s+(?P<unit>{UNIT})(?!\w))"),
    ("duration", rf"(?:(?P<mod>{MOD}){MOD_SEP})?(?:(?P<num>{NUM})|(?P<vague>{VAGUE}))\s+(?P<unit>{UNIT})(?:\s+et\s+(?P<half>demie?))?"),
    ("duration_noun", _alt(lx.DURATION_NOUNS)),
    ("set", rf"(?P<q>chaque|tous\s+les|toutes\s+les|certains|certaines)\s+(?:(?P<num>{NUM})\s+)?(?:(?P<unit>{UNIT})|(?P<wd>{WD})s?|(?P<part>matin|soir|nuit|week-end)s?)"),
    ("per_unit", r"(?<=\bpar\s)(?P<unit>an|année|jour|semaine|mois|heure|minute|trimestre|semestre|décennie|siècle)"),
    # ``une sortie nocturne``, ``la saison estivale``: adjectives of a part of the day or a season.
    ("time_adjective", rf"(?P<tadj>{_alt(lx.TIME_ADJECTIVES)})"),
    ("set_adjective", rf"(?P<adj>{FREQ})"),
    ("year", rf"(?P<year>{YEAR4})(?![.,]\d|\s*[%€$])"),
    ("short_year", rf"(?<=\ben\s)(?P<year>[4-9]\d|0\d)(?!\s*(?:[%€$]|{UNIT}(?!\w)|fois\b))"),
    ("season", rf"(?:(?P<det>l{_AP}|cet\s+|ce\s+))?(?P<season>{SEASON})(?:\s+(?:de\s+l{_AP}année\s+)?(?P<year>{YEAR4})|\s+(?P<rel>{REL}))?"),
    # ``en février et mai 2018``: the first month takes the year written after the second.
    ("month_coord", rf"(?P<month>{MON_FR})(?=\s*(?:et|ou|à|-)\s*{MON_FR}\s+(?P<year>{YEAR4}))"),
    ("month_alone", rf"(?:(?:le|ce)\s+(?:mois\s+d(?:e\s+|{_AP}))?|mois\s+d(?:e\s+|{_AP}))?(?P<month>{MON_FR})(?:\s+(?P<rel>dernier|prochain|passé))?"),
    # A day number standing for a date of the month in context: ``Le 27, ...``.
    ("day_bare", r"(?:le)\s+(?P<day>1er|3[01]|[12]\d|0?[1-9])(?=\s*,)"),
    # Machine-translation damage: a day number stranded at the start of the next sentence.
    ("stranded_day", r"(?<=[.!?]\s)(?P<day>3[01]|[12]\d|0?[1-9])(?=,?\s+[a-zà-ÿ])"),
]
