"""Name keys: the normalised forms used to compare names (case, accents, punctuation).

Shared by in-document grouping, cross-document resolution and the store, so that the same
surface form always gives the same key everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
import hashlib

__all__ = ["name_key", "display_name", "entity_id", "reset_caches", "LEADING_ARTICLES"]

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_EDGE_JUNK = re.compile(r"^[\s\"'«»“”‘’()\[\],.;:!?–—-]+|[\s\"'«»“”‘’()\[\],.;:!?–—-]+$")
#: Determiners that spaCy often includes at the start of a French entity span.
LEADING_ARTICLES = re.compile(r"(?:(?:le|la|les|du|des|de la|de l['’]|de|l['’]|d['’]|au|aux)\s*)", re.IGNORECASE)


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


def reset_caches() -> None:
    name_key.cache_clear()
