"""Quoted pieces: the spans a quote is made of, before anyone is attributed.

A quotation-mark span is cut at the reporting incises inside it (``« A, a-t-il dit, B »`` is
two pieces of one statement) and dialogue turns opened by dashes (``— Oui, dit-elle.``, also
``--`` in plain-text sources) are found paragraph by paragraph. Everything here is linear in the
text: one regex pass per span, bounded look-backs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from veille.lang.fr.cues import CueLexicon
from veille.model import Speaker, Span
from veille.pipeline.stages._quote_marks import Incise, incise_at

__all__ = ["Piece", "paragraph_starts", "split_at_incises", "dialogue_pieces"]

_TURN_DASH = re.compile(r"(--|[—–])([ \t\u00a0]?)")
_HAS_WORD = re.compile(r"\w")
_INCISE_LEAD = re.compile(r"[,!?…]")
_INCISE_END = re.compile(r"[,.;]")


@dataclass(slots=True)
class Piece:
    start: int
    end: int
    incise: Incise | None = None
    speaker: Speaker | None = None
    cue: Span | None = None
    attributed: str = ""  # "incise", "colon", "cue", "context" or ""
    fragment: bool = False  # embedded in a sentence rather than starting it
    dialogue: bool = False  # a dash-opened dialogue turn: speech whatever its length
    mixed_start: int | None = None  # where the paraphrase around a quoted fragment starts


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _previous_paragraph(text: str, start: int) -> int:
    """Start of the non-empty paragraph before the one starting at ``start`` (-1 if none)."""
    end = start - 1
    while end >= 0 and text[end] in "\n \t":
        end -= 1
    if end < 0:
        return -1
    return text.rfind("\n", 0, end) + 1


def split_at_incises(text: str, start: int, end: int, lex: CueLexicon) -> list[Piece]:
    """``« A, a-t-il dit, B »`` is two pieces of one statement around the reporting incise."""
    pieces: list[Piece] = []
    seg = start
    for m in _INCISE_LEAD.finditer(text, start, end):
        hit = m.start()
        if hit < seg:
            continue
        inc = incise_at(text, hit + 1, lex, end)
        if inc is None:
            continue
        after = _INCISE_END.search(text, inc.end, min(end, inc.end + 80))
        close = after.start() if after else -1
        if close < 0 or close + 1 >= end:
            continue
        pieces.append(Piece(seg, hit + (text[hit] != ","), incise=inc))
        seg = close + 1
    pieces.append(Piece(seg, end))
    out = []
    for p in pieces:
        s, e = p.start, p.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1] in " \t\n,":
            e -= 1
        if e > s:
            out.append(Piece(s, e, incise=p.incise))
    # Later pieces share the incise of the first one (one statement, one speaker).
    first_incise = next((p.incise for p in out if p.incise), None)
    for p in out:
        if p.incise is None:
            p.incise = first_incise
    return out


def _turn_pieces(text: str, start: int, end: int, lex: CueLexicon) -> tuple[list[Piece], bool]:
    """The speech of one dialogue turn ``[start, end)``, cut at its incises; whether it has one.

    An incise that is not followed by more speech (``— Oui, dit-elle en souriant.``) ends the
    turn's speech: what follows it is narration."""
    pieces = split_at_incises(text, start, end, lex)
    has_incise = any(pc.incise for pc in pieces)
    if pieces:
        last = pieces[-1]
        for m in _INCISE_LEAD.finditer(text, last.start, last.end):
            inc = incise_at(text, m.start() + 1, lex, end)
            if inc is None:
                continue
            last.end = m.start() + (text[m.start()] != ",")
            for pc in pieces:
                pc.incise = pc.incise or inc
            has_incise = True
            break
    pieces = [pc for pc in pieces if pc.end > pc.start and _HAS_WORD.search(text, pc.start, pc.end)]
    return pieces, has_incise


def _turn_starts(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """Dashes opening a dialogue turn in a paragraph: at its start, or after a sentence end or a
    colon (``Il dit : – Oui. – Non ?``), never inside a sentence (``la réforme – attendue –``).
    Each is ``(position, character before it or "", dash width)``; ``--`` stands for a dash in
    plain-text sources."""
    out = []
    for m in _TURN_DASH.finditer(text, start, end):
        hit = m.start()
        width = len(m.group(1))
        if width == 1 and not m.group(2):
            continue  # ``–`` glued to a word is a hyphen-like dash, not a turn
        back = hit - 1
        while back >= start and text[back] in " \t\u00a0":
            back -= 1
        if back < start:
            out.append((hit, "", width))
        elif text[back] in ".!?…:»":
            out.append((hit, text[back], width))
    return out


def dialogue_pieces(text: str, paragraphs: list[int], covered: Any, lex: CueLexicon) -> list[Piece]:
    """Dialogue turns opened by a dash (``— Oui, dit-il.``).

    In news a dash at a paragraph start may be a list item, so such a turn counts when the
    exchange shows it is dialogue: a reporting incise, a dash paragraph next to it, another turn
    in the same paragraph, or a colon introducing it. Inside a paragraph of narration, a dash
    after a sentence opens a turn only with a reporting incise or next to another turn."""
    out: list[Piece] = []
    dash_paras: set[int] = set()
    candidates = []
    for p in paragraphs:
        end = text.find("\n", p)
        end = len(text) if end < 0 else end
        if end <= p or covered(p):
            continue
        turns = [t for t in _turn_starts(text, p, end) if not covered(t[0])]
        if not turns:
            continue
        if turns[0][1] == "":
            dash_paras.add(p)
        candidates.append((p, end, turns))
    before_dash = {_previous_paragraph(text, q) for q in dash_paras}
    for p, end, turns in candidates:
        prev = _previous_paragraph(text, p)
        neighbour = prev in dash_paras or p in before_dash
        # ``Elle ajouta :`` closing the paragraph before introduces the turn.
        introduced = prev >= 0 and text[:p].rstrip().endswith(":")
        opens_paragraph = turns[0][1] in ("", ":")
        accepted = neighbour or introduced or len(turns) > 1 or any(t[1] == ":" for t in turns)
        found: list[Piece] = []
        for k, (d, before, width) in enumerate(turns):
            stop = turns[k + 1][0] if k + 1 < len(turns) else end
            pieces, has_incise = _turn_pieces(text, d + width, stop, lex)
            if before not in ("", ":") and not opens_paragraph and not has_incise and len(turns) < 2:
                continue
            accepted = accepted or has_incise
            found.extend(pieces)
        if accepted:
            for pc in found:
                pc.dialogue = True
            out.extend(found)
    return out
