"""Clean: Unicode/whitespace normalisation and removal of boilerplate lines.

Input is ``doc.raw`` (the text as read); output is ``doc.text``, the clean body that every later
offset indexes into, plus ``doc.boilerplate``: each removed line with the reason it was removed.
Cleaning runs before any offset exists, so normalising here cannot break offsets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from veille.lang import get_pack
from veille.model import Boilerplate, Document
from veille.pipeline.registry import stage
from veille.settings import Settings

__all__ = ["normalize_text", "clean_text", "is_caps_headline", "make_clean"]

# Characters that carry no text: C0/C1 controls (but tab/newline), bidi overrides and isolates,
# zero-width characters, soft hyphen, BOM. Removing them defeats hidden-text tricks and keeps
# tokenisation stable.
_DROP = dict.fromkeys(
    [c for c in range(0x00, 0x20) if c not in (0x09, 0x0A, 0x0D)]
    + list(range(0x7F, 0xA0))
    + [0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A)),
    None,
)
# Exotic spaces become plain spaces; line/paragraph separators become newlines.
_SPACES = {c: " " for c in (0x09, 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
                            0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000)}
_NEWLINES = {0x0D: "\n", 0x2028: "\n", 0x2029: "\n", 0x0B: "\n", 0x0C: "\n", 0x85: "\n"}
_TRANSLATE = {**_DROP, **_SPACES, **_NEWLINES}
_MULTISPACE = re.compile(r" {2,}")
_LEADING_SYMBOLS = re.compile(r"^[^\w«“\"(\[©]+(?=\w)")
_SENTENCE_END = re.compile(r"[.!?…:»\"”)]\s*$")
_LOWER_START = re.compile(r"^[a-zà-ÿ0-9]")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_WORDS = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def normalize_text(raw: str) -> str:
    """NFC, drop invisible/control characters, unify spaces and newlines."""
    text = raw.replace("\r\n", "\n")
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    return text


def is_caps_headline(line: str) -> bool:
    """An all-caps line of several words: a headline (of this article or, inside the body,
    of another one pasted in by the scraper). Acronyms inside normal sentences do not qualify
    because the whole line must be upper case."""
    letters = _LETTERS.findall(line)
    if len(letters) < 12 or len(_WORDS.findall(line)) < 3:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.9


@lru_cache(maxsize=4096)
def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line.casefold()).strip()


def clean_text(raw: str, title: str | None, rules: tuple) -> tuple[str, tuple[Boilerplate, ...]]:
    """Return the clean body and the boilerplate lines removed from it."""
    text = normalize_text(raw)
    title_key = _key(normalize_text(title)) if title else None
    kept: list[str] = []
    removed: list[Boilerplate] = []
    for line in text.split("\n"):
        line = _MULTISPACE.sub(" ", line).strip()
        if not line:
            if kept and kept[-1] != "":
                kept.append("")  # paragraph break
            continue
        reason = None
        if title_key is None or _key(line) != title_key:
            # Bullets, arrows and emoji that open page furniture (``► À lire également``,
            # ``📩 La lettre…``) are no part of what the rules read.
            probe = _LEADING_SYMBOLS.sub("", line)
            for pattern, why in rules:
                if pattern.match(probe):
                    reason = why
                    break
            if reason is None and is_caps_headline(line):
                reason = "pasted-headline"
        if reason:
            removed.append(Boilerplate(line, reason))
            continue
        kept.append(line)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in kept + [""]:
        if line == "":
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        # A line that stops mid-sentence and whose successor starts in lower case is a hard
        # wrap, not a paragraph: join them. Otherwise each line is a paragraph (many scrapers
        # put one paragraph per line with no blank line between).
        if current and not (_SENTENCE_END.search(current[-1]) is None and _LOWER_START.match(line)):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
    return "\n\n".join(paragraphs), tuple(removed)


@stage("clean", assigns=("text", "boilerplate"), analysis=False)
def make_clean(settings: Settings):
    """Normalise Unicode and whitespace and move boilerplate lines out of the text."""
    fallback = get_pack("fr")

    def clean(doc: Document) -> Document:
        pack = get_pack(doc.lang) or fallback
        rules = pack.boilerplate if pack else ()
        raw = doc.raw if doc.raw is not None else doc.text
        text, removed = clean_text(raw, doc.title, rules)
        title = _MULTISPACE.sub(" ", normalize_text(doc.title)).strip() if doc.title else doc.title
        return doc.replace(text=text, boilerplate=removed, title=title or None)

    return clean
