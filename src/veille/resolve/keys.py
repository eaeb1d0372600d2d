"""Name keys robust to transliteration, used to match entities across documents.

The French, English, German and Polish presses romanise the same Slavic name differently
(``Loukachenko``, ``Lukashenko``, ``Lukaschenko``, ``Łukaszenka``, ``Лукашенко``). Rather than
guess the source spelling, every surface is folded to ASCII (anyascii handles Cyrillic, Greek
and diacritics) and then rewritten into a coarse *phonetic skeleton* in which the competing
romanisations of one sound coincide: ``ch/sh/sch/sz/cz/kh/tch`` → ``x``, ``w`` → ``v``,
``ou`` → ``u``, ``j/y`` → ``i``, a French mute final ``e`` is dropped, and so on. The skeleton is a
blocking and comparison key, never shown to users; the matcher still compares skeletons with an
edit-distance score, so the rules only need to bring variants close, not make them equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from veille.names import GENERATIONS

__all__ = [
    "GENERIC_HEADS",
    "PersonName",
    "fold",
    "tokens",
    "phonetic",
    "phonetic_key",
    "person_name",
    "is_generic",
    "acronym_key",
    "reset_caches",
]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Cyrillic soft and hard signs come out of anyascii as apostrophes, which would split a word.
_SIGNS = re.compile(r"[ьъЬЪ]")
# Letters whose plain ASCII fold loses the sound the other romanisations spell out: Polish ż/ź
# (zh), ś (sh), ć (ch); the Azerbaijani schwa is written a in Russian-derived spellings (Aliyev).
_LETTERS = str.maketrans({"ż": "zh", "Ż": "Zh", "ź": "zh", "Ź": "Zh", "ś": "sh", "Ś": "Sh", "ć": "ch", "Ć": "Ch",
                          "ə": "a", "Ə": "A"})
# Honorifics and titles that sometimes stay inside a name span (``M. Poutine``, ``Dr Smith``).
_HONORIFICS = frozenset(
    "m mm mme mmes mlle mr mrs ms dr pr prof sir lord dame monsieur madame president presidente general".split()
)
# Name particles: dropped for comparison so ``al-Assad`` ~ ``Assad``, ``de Gaulle`` ~ ``Gaulle``.
_PARTICLES = frozenset("de du des d da di del della van von der den ter al el ben bin ibn la le".split())

# Small words an acronym skips: ``Organisation du traité de l'Atlantique nord`` → OTAN.
_ACRONYM_SKIP = _PARTICLES | frozenset("l et en au aux a pour sur of the and for in on".split())
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")

# Heads of generic institution names: ``ministère de la Défense`` exists in every country, so
# such a name alone is as ambiguous as a lone surname (the matcher then asks for context).
GENERIC_HEADS = frozenset(
    "ministere ministry ministerium gouvernement government regierung parlement parliament armee army police"
    " garde guard ambassade embassy tribunal cour court conseil council presidence presidency".split()
)
# Bodies every country has under a short common name (``la Banque centrale``, ``l'Assemblée
# nationale``, ``le Sénat``): generic only in two words or fewer (``Banque centrale européenne``
# names one bank).
SHORT_GENERIC_HEADS = frozenset("banque bank assemblee senat senate commission autorite agence comite parquet chambre".split())

# Ordered rewrites on folded lower-case ASCII. Longest clusters first: each rule sees the output
# of the previous ones. ``x`` stands for the whole hushing/velar-fricative class (French ch, English
# sh and kh, German sch and ch, Polish sz, cz and ch) because the same letter pair means different
# sounds in different romanisations (``ch`` is /ʃ/ in French, /x/ in German and Polish).
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"x", "ks"),  # Alexandre ~ Aleksandr (before ``x`` becomes the fricative class)
        (r"schtsch|shtch|chtch|shch|szcz|sch|tsch|tch|sz|cz|sh|ch|kh|zh|rz", "x"),
        (r"j(?=i)", "x"),  # French j before i: Prigojine ~ Prigozhin, Jirinovski ~ Zhirinovsky
        (r"ck|qu|q", "k"),
        (r"c(?=[eiy])", "ts"),  # Polish/German c before a front vowel: Cichanouska ~ Tsikhanouskaya
        (r"c", "k"),  # Moscou ~ Moskva
        (r"tz|ts|dz", "c"),
        (r"ph", "f"),
        (r"th", "t"),
        (r"gh", "g"),
        (r"g(?:u)(?=[eiy])", "g"),  # French ``gu`` keeps g hard: Sergueï ~ Sergei
        (r"w", "v"),
        (r"z", "s"),  # Zelensky ~ Selenskyj (German s), Zełenski
        (r"[yj]", "i"),
        (r"ou", "u"),  # French ou: Poutine ~ Putin, Loukachenko ~ Lukashenko
        (r"o[uv](?=[^aeiou]|$)", "u"),  # Belarusian ў: Tsikhanouskaya ~ Tikhanovskaya; Lavrov ~ Lawrow
        (r"(?<=[a-z])h(?![aeiou])", ""),  # silent h after a letter and before a consonant
        (r"ii+", "i"),  # Zelenskyy ~ Zelenski; Aliyev ~ Aliev
        (r"ei|ie", "i"),  # Sergei ~ Siergiej ~ Serguei
        (r"(?<=.{3})aia$", "a"),  # feminine -aya/-aïa/-aja ~ Polish -a
        (r"(?<=.{3})e$", ""),  # French mute e: Poutine ~ Putin, Alexandre ~ Aleksandr
        (r"(.)\1+", r"\1"),  # doubled letters
    )
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """``Łukaszenka`` → ``lukaszenka``; ``Лукашенко`` → ``lukashenko``: ASCII, lower case, words
    separated by single spaces (hyphens and apostrophes split words)."""
    return _NON_ALNUM.sub(" ", anyascii(_SIGNS.sub("", text).translate(_LETTERS)).lower()).strip()


@lru_cache(maxsize=65536)
def phonetic(token: str) -> str:
    """The skeleton of one folded word (see module docstring)."""
    out = token
    for pattern, repl in _REWRITES:
        out = pattern.sub(repl, out)
    return out


def tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name without honorifics and particles (kept if nothing else is left)."""
    words = fold(name).split()
    kept = [w for w in words if w not in _HONORIFICS and w not in _PARTICLES]
    return tuple(kept or [w for w in words if w not in _HONORIFICS] or words)


@lru_cache(maxsize=65536)
def phonetic_key(name: str) -> str:
    """Word-order-free skeleton of a whole name: ``Loukachenko Alexandre`` and
    ``Aleksandr Lukashenko`` give the same key."""
    return " ".join(sorted(phonetic(t) for t in tokens(name)))


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split into given names and surname, as skeletons.

    ``initials`` marks which given names were written as a single letter (``A. Loukachenko``).
    """

    given: tuple[str, ...]
    surname: str
    initials: tuple[bool, ...]
    #: ``jr`` or ``sr`` when the name carries a generation (``Marcos fils``, ``Marcos Jr.``).
    generation: str = ""

    @property
    def full(self) -> bool:
        return bool(self.given)


@lru_cache(maxsize=65536)
def person_name(name: str) -> PersonName:
    """Split a person's name: an all-caps word among mixed-case ones is the surname
    (``LUKASHENKO Alexander``), otherwise the last word is."""
    # A hyphenated given name is one name (``Jean-Marie`` is not ``Marie``, nor the ``Marine`` of
    # another Le Pen); the last word still splits at its hyphens (``Okonjo-Iweala``, and the
    # Korean ``Kim Jong-un``, whose last part is all the surname test may compare).
    raw = [w for w in re.split(r"\s+", name.strip()) if w and w.strip("-")]
    if raw:
        raw = raw[:-1] + [w for w in raw[-1].split("-") if w]
    words = [(w, fold(w)) for w in raw]
    words = [(w, f) for w, f in words if f and f not in _HONORIFICS]
    named = [(w, f) for w, f in words if f not in _PARTICLES] or words
    generation = ""
    if len(named) > 2 and named[-1][1] in GENERATIONS:
        # ``Ferdinand Marcos fils`` is ``Ferdinand Marcos Jr``, and never his father.
        generation = GENERATIONS[named[-1][1]]
        named = named[:-1]
    if not named:
        return PersonName((), "", ())
    caps = [i for i, (w, f) in enumerate(named) if len(f) > 1 and w.isupper()]
    mixed = any(not w.isupper() for w, _ in named)
    index = caps[-1] if (caps and mixed and len(caps) < len(named)) else len(named) - 1
    surname_words = [f for w, f in [named[index]]]
    given = [f for i, (w, f) in enumerate(named) if i != index]
    surname = " ".join(phonetic(p) for w in surname_words for p in w.split())
    given_keys = tuple("".join(phonetic(p) for p in g.split()) for g in given)
    initials = tuple(len(g.replace(" ", "")) == 1 for g in given)
    return PersonName(given_keys, surname, initials, generation)


def is_generic(name: str) -> bool:
    """``Ministère de l'Intérieur`` but not ``Ministère biélorusse de l'Intérieur``: a generic
    head, no qualifier naming a country (a qualified name has a capitalised or demonym word)."""
    words = fold(name).split()
    if not words or not (words[0] in GENERIC_HEADS or (words[0] in SHORT_GENERIC_HEADS and len(words) <= 2)):
        return False
    try:
        from veille.gazetteer import demonym_country, lookup_place
    except ImportError:
        return True
    raw = [w.strip(".,;:()") for w in re.split(r"[\s'’]+", name)]
    # A country (demonym or place name), a supranational scope (``Commission européenne``) or an
    # acronym (``de l'ONU``) qualifies the name.
    return not any(demonym_country(w) or fold(w) in _SCOPES or (i > 0 and w[:1].isupper() and (w.isupper() or lookup_place(w)))
                   for i, w in enumerate(raw) if len(w) > 1)


_SCOPES = frozenset("europeen europeenne europeens europeennes africain africaine mondial mondiale"
                    " international internationale onusien onusienne".split())


@lru_cache(maxsize=65536)
def acronym_key(name: str) -> tuple[str, str] | None:
    """``("A", "ue")`` for the acronym ``UE``; ``("a", "ue")`` for the expansion ``Union
    européenne`` (``Banque centrale européenne`` → ``("a", "bce")``); None otherwise. An
    acronym only ever matches an expansion, never another acronym or expansion."""
    stripped = name.strip()
    if _ACRONYM.match(stripped):
        return "A", stripped.lower()
    words = [w for w in fold(stripped).split() if w not in _ACRONYM_SKIP]
    if 3 <= len(words) <= 6 or (len(words) == 2 and stripped[:1].isupper()):
        return "a", "".join(w[0] for w in words)
    return None


def reset_caches() -> None:
    fold.cache_clear()
    phonetic.cache_clear()
    phonetic_key.cache_clear()
    person_name.cache_clear()
    acronym_key.cache_clear()
