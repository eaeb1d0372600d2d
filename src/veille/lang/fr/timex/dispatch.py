"""Which rules can start on which character: a FIRST-set computation over parsed regexes.

The combined regex tries every rule, in order, at each place an expression may start, and most
rules fail on the first character. Knowing each rule's possible first characters, the grammar
compiles a combined regex for each of the most common first characters holding only the rules
that can start there (same order, so the same rule wins), and the scan tries only those.

The sets are supersets: anything not understood (a ``\\w`` class, a negated set, a rule that can
match the empty string) counts as "any character", which keeps the rule in every regex.
"""

from __future__ import annotations

from re import _constants as sre_c  # the parser's opcodes (stable in CPython 3.11-3.13)
from re import _parser as sre_parse

__all__ = ["ANY", "first_chars", "dispatch_char"]

#: Stands for "any character may start a match".
ANY = None
#: Digits all map to this one key.
_DIGIT = "0"
_MAX_RANGE = 600


def dispatch_char(ch: str) -> str:
    """The key a text character is looked up under: lower case, any digit as ``0``."""
    return _DIGIT if ch.isdigit() else ch.lower()


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased characters a match of ``pattern`` can start with, or ANY."""
    chars, nullable = _first(sre_parse.parse(pattern, flags))
    if chars is ANY or nullable:
        return ANY
    return frozenset(chars)


def _first(seq) -> tuple[set[str] | None, bool]:
    """(first characters or ANY, whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, av in seq:
        chars, nullable = _first_item(op, av)
        if chars is ANY:
            return ANY, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op, av) -> tuple[set[str] | None, bool]:  # noqa: C901 - one case per opcode
    if op is sre_c.LITERAL:
        return {dispatch_char(chr(av))}, False
    if op is sre_c.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is sre_c.LITERAL:
                chars.add(dispatch_char(chr(iav)))
            elif iop is sre_c.RANGE and iav[1] - iav[0] < _MAX_RANGE:
                chars |= {dispatch_char(chr(x)) for x in range(iav[0], iav[1] + 1)}
            elif iop is sre_c.CATEGORY and iav is sre_c.CATEGORY_DIGIT:
                chars.add(_DIGIT)
            else:
                return ANY, False
        return chars, False
    if op is sre_c.BRANCH:
        chars, nullable = set(), False
        for alt in av[1]:
            sub, sub_nullable = _first(alt)
            if sub is ANY:
                return ANY, False
            chars |= sub
            nullable = nullable or sub_nullable
        return chars, nullable
    if op is sre_c.SUBPATTERN:
        return _first(av[3])
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        chars, nullable = _first(sub)
        return chars, nullable or lo == 0
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return set(), True  # zero-width: the next item decides (ignoring its check keeps a superset)
    return ANY, False
