"""French time vocabulary as data: words mapped to the calendar units they name.

Keys are lower-case and accent-exact as written in French news; the grammar builds its regexes
from these tables, so adding a spelling here is enough for the tagger to accept it.
"""

from __future__ import annotations

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}
#: Abbreviations are only read with their full stop (``nov.``): bare ``sept`` is the number seven.
MONTH_ABBREVIATIONS = {
    "janv.": 1, "jan.": 1, "févr.": 2, "fév.": 2, "fevr.": 2, "fev.": 2, "feb.": 2, "mar.": 3,
    "avr.": 4, "apr.": 4, "juil.": 7, "jul.": 7, "jun.": 6, "aug.": 8, "sept.": 9, "sep.": 9,
    "oct.": 10, "nov.": 11, "déc.": 12, "dec.": 12,
}
#: English month names left by machine translation (``May 5``); matched capitalised only.
MONTHS_EN = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}

WEEKDAYS = {"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7}

#: Part of the day -> TimeML suffix (or a clock time).
DAY_PARTS = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "apres-midi": "AF", "soir": "EV",
    "soirée": "EV", "nuit": "NI", "midi": "12:00", "minuit": "24:00",
}

#: ``eté``: capitals often lose their accent (``Eté comme hiver``).
SEASONS = {"printemps": "SP", "été": "SU", "ete": "SU", "eté": "SU", "automne": "FA", "hiver": "WI"}

#: Calendar unit words -> (ISO designator, multiplier, is a time-of-day unit).
UNITS = {
    "seconde": ("S", 1, True), "secondes": ("S", 1, True),
    "minute": ("M", 1, True), "minutes": ("M", 1, True),
    "heure": ("H", 1, True), "heures": ("H", 1, True),
    "jour": ("D", 1, False), "jours": ("D", 1, False),
    "journée": ("D", 1, False), "journées": ("D", 1, False),
    "semaine": ("W", 1, False), "semaines": ("W", 1, False),
    "quinzaine": ("D", 15, False),
    "mois": ("M", 1, False),
    "trimestre": ("M", 3, False), "trimestres": ("M", 3, False),
    "semestre": ("M", 6, False), "semestres": ("M", 6, False),
    "an": ("Y", 1, False), "ans": ("Y", 1, False),
    "année": ("Y", 1, False), "années": ("Y", 1, False),
    "décennie": ("Y", 10, False), "décennies": ("Y", 10, False),
    "siècle": ("Y", 100, False), "siècles": ("Y", 100, False),
    "millénaire": ("Y", 1000, False), "millénaires": ("Y", 1000, False),
}

#: Nouns that are durations by themselves.
DURATION_NOUNS = {"quinquennat": "P5Y", "septennat": "P7Y", "biennale": "P2Y"}

#: Relative words -> (direction, anchored on): ``dernier`` counts from the publication date,
#: ``précédent`` from the last date mentioned.
RELATIVE = {
    "dernier": (-1, "dct"), "dernière": (-1, "dct"), "derniers": (-1, "dct"), "dernières": (-1, "dct"),
    "passé": (-1, "dct"), "passée": (-1, "dct"),
    "prochain": (1, "dct"), "prochaine": (1, "dct"),
    "précédent": (-1, "prev"), "précédente": (-1, "prev"),
    "suivant": (1, "prev"), "suivante": (1, "prev"),
    "en cours": (0, "dct"), "-ci": (0, "dct"), "-là": (0, "prev"),
}

#: Days named relative to the publication date.
DEICTIC_DAYS = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "après-demain": 2}

#: Days named relative to the last date mentioned.
ANAPHORIC_DAYS = {
    "l'avant-veille": -2, "la veille": -1, "le lendemain": 1, "lendemain": 1, "le surlendemain": 2,
    "le même jour": 0, "ce jour-là": 0, "le jour même": 0, "ce même jour": 0,
}

#: Vague references TimeML writes as PRESENT_REF / PAST_REF / FUTURE_REF.
REFERENCES = {
    "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "désormais": "PRESENT_REF",
    "à présent": "PRESENT_REF", "pour l'instant": "PRESENT_REF", "pour le moment": "PRESENT_REF",
    "en ce moment": "PRESENT_REF", "de nos jours": "PRESENT_REF", "à l'heure actuelle": "PRESENT_REF",
    "autrefois": "PAST_REF", "jadis": "PAST_REF", "naguère": "PAST_REF", "auparavant": "PAST_REF",
    "par le passé": "PAST_REF", "précédemment": "PAST_REF",
    "à l'avenir": "FUTURE_REF", "prochainement": "FUTURE_REF", "dorénavant": "PRESENT_REF",
    # The guide's own example ``récemment`` is PAST_REF. (Its ``le futur`` is left out: the
    # annotated news tag no ``vers le futur``.)
    "récemment": "PAST_REF", "dernièrement": "PAST_REF",
    "ces derniers temps": "PAST_REF", "ces temps-ci": "PRESENT_REF",
}

#: Words before an expression that make it vaguer or bounded; kept inside the extent, as
#: TimeML does, and reported as a TimeML ``mod``.
MODIFIERS = {
    "environ": "APPROX", "près de": "APPROX", "quelque": "APPROX", "presque": "APPROX",
    "plus de": "MORE_THAN", "moins de": "LESS_THAN", "au moins": "EQUAL_OR_MORE",
    "au plus": "EQUAL_OR_LESS", "pas moins de": "EQUAL_OR_MORE", "pas moins d'": "EQUAL_OR_MORE",
    "plus d'": "MORE_THAN", "moins d'": "LESS_THAN", "près d'": "APPROX",
}
#: Position inside a period: ``début mai``, ``la fin de l'année``.
PERIOD_POSITIONS = {"début": "START", "fin": "END", "milieu": "MID", "mi-": "MID", "courant": None}

#: Vague quantities: ``plusieurs jours`` is PXD.
VAGUE_QUANTITIES = (
    "quelques", "plusieurs", "des", "de nombreuses", "de nombreux", "nombreuses", "nombreux",
    "de longues", "de longs", "de longues et longues",
)

#: Approximate numerals: ``une dizaine d'années`` is P10Y, approximately.
APPROX_NUMERALS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
    # ``des dizaines d'années``: vague (PXY).
    "dizaines": 10, "centaines": 100,
}

#: Adjectives and adverbs of frequency (the guide's ``journalier``, ``hebdomadaire``): SET values.
FREQUENCY_WORDS = {
    # Not ``quotidien(ne)``: in news it is mostly the newspaper (``la presse quotidienne``).
    "quotidiennement": "P1D", "journalier": "P1D", "journalière": "P1D", "journaliers": "P1D",
    "journalières": "P1D", "hebdomadaire": "P1W", "hebdomadaires": "P1W", "hebdomadairement": "P1W",
    "mensuel": "P1M", "mensuelle": "P1M", "mensuels": "P1M", "mensuelles": "P1M", "mensuellement": "P1M",
    "bimensuel": "P2W", "bimensuelle": "P2W", "trimestriel": "P3M", "trimestrielle": "P3M",
    "trimestriels": "P3M", "trimestrielles": "P3M", "semestriel": "P6M", "semestrielle": "P6M",
    "semestriels": "P6M", "semestrielles": "P6M", "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y",
    "annuelles": "P1Y", "annuellement": "P1Y",
}
#: Adjectives naming a part of the day or a season (the guide's ``estival``): value, type.
TIME_ADJECTIVES = {
    "nocturne": ("TNI", "TIME"), "nocturnes": ("TNI", "TIME"), "matinal": ("TMO", "TIME"),
    "matinale": ("TMO", "TIME"), "matinaux": ("TMO", "TIME"), "matinales": ("TMO", "TIME"),
    "estival": ("XXXX-SU", "DATE"), "estivale": ("XXXX-SU", "DATE"), "estivaux": ("XXXX-SU", "DATE"),
    "estivales": ("XXXX-SU", "DATE"), "hivernal": ("XXXX-WI", "DATE"), "hivernale": ("XXXX-WI", "DATE"),
    "hivernaux": ("XXXX-WI", "DATE"), "hivernales": ("XXXX-WI", "DATE"), "printanier": ("XXXX-SP", "DATE"),
    "printanière": ("XXXX-SP", "DATE"), "automnal": ("XXXX-FA", "DATE"), "automnale": ("XXXX-FA", "DATE"),
}

#: Words before a frequency adjective that make it a noun (``le quotidien``: a newspaper).
DETERMINERS = frozenset("le la les l un une des du au aux ce cet cette ces son sa ses leur leurs notre nos votre".split())

#: Parts of the day spoken of with a determiner (``dans la soirée``, ``le matin``); ``journée`` is
#: the whole day (TimeML ``DT``).
DAY_PART_NOUNS = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "apres-midi": "AF", "soir": "EV",
    "soirée": "EV", "nuit": "NI", "journée": "DT",
    # ``au petit matin``, ``en pleine nuit``: their adjective belongs to the expression.
    "petit matin": "MO", "pleine nuit": "NI", "pleine journée": "DT", "fin de matinée": "MO",
}

#: Spelled hours of a clock time (``à deux heures du matin``).
CLOCK_HOUR_WORDS = {
    "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "vingt et une": 21, "vingt-deux": 22,
    "vingt-trois": 23,
}
#: Decades written in words: ``les années soixante``.
DECADE_WORDS = {
    "vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7,
    "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9,
}
ORDINALS = {
    "premier": 1, "première": 1, "1er": 1, "deuxième": 2, "2e": 2, "second": 2, "seconde": 2,
    "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4,
}

NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}

#: Nouns after a four-digit number that make it a count, not a year (``1500 personnes``).
COUNT_NOUNS_AFTER_YEAR = (
    "%", "€", "$", "euros", "euro", "dollars", "francs", "personnes", "habitants", "km", "kilomètres",
    "mètres", "m", "tonnes", "hommes", "femmes", "enfants", "soldats", "morts", "victimes", "voix",
    "emplois", "salariés", "points", "exemplaires", "places", "logements", "litres", "hectares",
)

#: Words before a bare number that introduce a clock time (``à 8 heures``), not a duration.
CLOCK_PREPOSITIONS = ("à", "vers", "dès", "jusqu'à", "jusqu’à", "avant", "après", "de", "entre", "et", "depuis")

#: Nouns for people: ``un chauffeur de 38 ans`` gives an age, not a duration.
PERSON_NOUNS = frozenset(
    "homme femme fille fils garçon enfant bébé jeune adolescent adolescente mère père frère sœur "
    "retraité retraitée individu suspect victime personne conducteur conductrice automobiliste "
    "motard piéton passant mineur majeur patient patiente élève candidat candidate député "
    "sénateur ministre président présidente dirigeant militant militante soldat policier "
    "gendarme habitant habitante ressortissant ressortissante détenu détenue prévenu prévenue "
    "mari épouse compagnon compagne veuve veuf célibataire couple ado quadragénaire".split()
)
#: Endings of nouns for people by trade or origin (``électricien``, ``chauffeur``, ``Britannique``).
PERSON_SUFFIXES = ("ien", "ienne", "eur", "euse", "rice", "iste", "ier", "ière", "ais", "aise", "ois", "oise", "ain", "aine", "ique")

#: Feasts on a fixed day: (month, day).
FIXED_FEASTS = {
    "noël": (12, 25), "la toussaint": (11, 1), "le nouvel an": (1, 1), "le jour de l'an": (1, 1),
    "la saint-sylvestre": (12, 31), "le réveillon": (12, 24), "la saint-valentin": (2, 14),
    "le 14 juillet": (7, 14), "l'assomption": (8, 15), "la fête du travail": (5, 1),
    "la saint-nicolas": (12, 6), "la chandeleur": (2, 2), "la saint-jean": (6, 24), "l'épiphanie": (1, 6),
    "la sainte-catherine": (11, 25), "la fête de la musique": (6, 21), "l'armistice": (11, 11),
}
#: Movable feasts: days after Easter Sunday.
EASTER_FEASTS = {
    "pâques": 0, "le lundi de pâques": 1, "le vendredi saint": -2, "l'ascension": 39,
    "la pentecôte": 49, "le lundi de pentecôte": 50, "le mardi gras": -47, "le mercredi des cendres": -46,
}

#: Participles that, without an auxiliary, announce a planned event (``la réunion prévue lundi``).
PLANNED_PARTICIPLES = frozenset(
    "prévoir prévu prévue prévus prévues programmer programmé programmée programmés programmées "
    "planifier planifié planifiée attendre attendu attendue attendus attendues fixer fixé fixée "
    "envisager envisagé envisagée".split()
)

#: Nouns a year may be counted with and still be a year (``l'année 2001``, ``été 2020``).
TIME_NOUNS = frozenset("an année mois été printemps automne hiver saison début fin".split())
