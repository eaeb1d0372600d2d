"""Publication dates as sources write them, to ISO ``YYYY-MM-DD``.

Feeds from French CMSs localise RFC 822 dates (``lun., 03 nov. 2025 10:00:00 +0100``), which
feedparser leaves unparsed; JSONL exports and WARC headers carry ISO 8601. Month names come
from CLDR through babel, so the same code reads any locale listed in ``DATE_LOCALES``. The date
is the one written (local to the publisher), not shifted to UTC: an article published at 00:30
in Paris was published that day.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache

__all__ = ["to_iso_date", "DATE_LOCALES"]

#: Locales whose month names are recognised in written dates.
DATE_LOCALES = ("fr", "en", "de", "es", "it", "pt", "nl")

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_ISO_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:er|º|\.)?\s+(?:de\s+)?([^\W\d_]{3,}\.?)\s+(?:de\s+)?(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([^\W\d_]{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_NUMERIC_DMY = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Folded month name or abbreviation → month number, over DATE_LOCALES; names that mean
    different months in two locales are dropped rather than guessed."""
    from babel.dates import get_month_names

    found: dict[str, set[int]] = {}
    for locale in DATE_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    found.setdefault(_fold(name), set()).add(number)
    return {name: months.pop() for name, months in found.items() if len(months) == 1 and len(name) >= 3}


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def to_iso_date(value: str | None) -> str | None:
    """The calendar date in ``value`` as ``YYYY-MM-DD``, or None when none can be read."""
    if not value:
        return None
    value = str(value).strip()
    if match := _ISO.match(value) or _ISO_COMPACT.match(value):
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    months = _month_numbers()
    if (match := _DAY_MONTH_YEAR.search(value)) and (month := months.get(_fold(match[2]))):
        return _valid(int(match[3]), month, int(match[1]))
    if (match := _MONTH_DAY_YEAR.search(value)) and (month := months.get(_fold(match[1]))):
        return _valid(int(match[3]), month, int(match[2]))
    if match := _NUMERIC_DMY.match(value):
        # Day first: the European order, which is what French sources write.
        return _valid(int(match[3]), int(match[2]), int(match[1]))
    return None
