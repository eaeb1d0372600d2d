"""Name keys: the normalised forms used to compare names (case, accents, punctuation).

Shared by in-document grouping, cross-document resolution and the store, so that the same
surface form always gives the same key everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
import hashlib

__all__ = ["name_key", "translit_key", "translit_similarity", "display_name", "entity_id", "reset_caches", "LEADING_ARTICLES",
           "GENERATIONS", "LATIN_LETTERS", "LATIN_LETTER"]

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_EDGE_JUNK = re.compile(r"^[\s\"'«»“”‘’()\[\],.;:!?–—-]+|[\s\"'«»“”‘’()\[\],.;:!?–—-]+$")
#: Determiners that spaCy often includes at the start of a French entity span.
# A whole article: ``les États-Unis`` loses ``les``, not ``le`` (words need a space after them,
# elisions may have none).
LEADING_ARTICLES = re.compile(r"(?:(?:les|le|la|des|du|de\s+la|de|aux|au)\s+|(?:de\s+l|l|d)['’]\s*)", re.IGNORECASE)
#: A generation written after a person's name, French and English (name key -> ``jr``/``sr``):
#: ``Marcos fils`` is ``Marcos Jr``, is no double surname, and is never his father.
GENERATIONS = {"fils": "jr", "jr": "jr", "junior": "jr", "pere": "sr", "sr": "sr", "senior": "sr"}
#: The letters of the Latin script, as a character-class body; and one such letter. A name
#: written in them is in a French reader's script (``Лукашенко`` is not).
LATIN_LETTERS = "A-Za-zÀ-ÖØ-öø-ɏ"
LATIN_LETTER = re.compile(f"[{LATIN_LETTERS}]")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """``Sergueï  ALEINIK`` → ``serguei aleinik``: casefolded, accents and punctuation removed."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped.casefold().replace("’", "'")).strip().replace("_", " ")


def strip_edges(text: str) -> str:
    return _EDGE_JUNK.sub("", text)


def display_name(surface: str) -> str:
    """A readable name from a surface form: all-caps words are title-cased (``LUKASHENKO``)."""
    words = surface.split()
    out = []
    for w in words:
        if len(w) > 3 and w.isupper():
            w = w.capitalize()
        out.append(w)
    return " ".join(out)


def entity_id(entity_type: str, key: str) -> str:
    """A stable id for an entity of ``entity_type`` whose canonical name has ``key``."""
    return "ent_" + hashlib.blake2b(f"{entity_type}:{key}".encode(), digest_size=8).hexdigest()


# Romanisation conventions differ by language (French ``ou``/``ch``/``kh``, English ``u``/``sh``,
# German ``sch``/``w``, Polish ``sz``/``cz``/``w``): these rewrites map them onto one spelling so
# that ``Loukachenko``, ``LUKASHENKO`` and ``Lukaschenko`` share a key. Order matters: longer
# clusters first. ``S`` stands for every sh/ch-like sound (French ``ch`` is English ``sh``).
_TRANSLIT_RULES = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"shch|chtch|schtsch|szcz|sch|tsch|tch|sh|sz|cz|ch", "S"),
        (r"kh", "h"),
        (r"zh|j(?=[aeiou])", "y"),
        (r"x", "ks"),
        (r"ck|q", "k"),
        (r"ph", "f"),
        (r"w", "v"),
        (r"ou", "u"),
        (r"gu(?=[eiy])", "g"),
        (r"y|j", "i"),
        (r"([a-zS])\1+", r"\1"),
        (r"(?<=[^aeiou ])e\b", ""),
    )
)


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A key robust to transliteration: ``Loukachenko``, ``LUKASHENKO``, ``Лукашенко`` → ``lukaSenko``.

    Any script is first romanised with anyascii, then casefolded and rewritten by
    ``_TRANSLIT_RULES``. Equal keys are strong evidence of one name; compare unequal keys with
    :func:`translit_similarity`.
    """
    from anyascii import anyascii

    key = name_key(anyascii(name)).lower()
    for pattern, repl in _TRANSLIT_RULES:
        key = pattern.sub(repl, key)
    return key


@lru_cache(maxsize=65536)
def translit_similarity(a: str, b: str) -> float:
    """Jaro-Winkler similarity (0..1) of the transliteration keys of two names."""
    from rapidfuzz.distance import JaroWinkler

    return JaroWinkler.similarity(translit_key(a), translit_key(b))


def reset_caches() -> None:
    name_key.cache_clear()
    translit_key.cache_clear()
    translit_similarity.cache_clear()
