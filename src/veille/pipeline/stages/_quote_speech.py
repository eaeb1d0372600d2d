"""Reported (indirect) speech: the patterns that report what someone said without quoting them.

- ``X a déclaré que …`` / ``X estime qu’…``: a cue verb followed by a que-clause; the speaker is
  the verb's subject from the dependency parse;
- ``…, a déclaré X.`` / ``…, affirme-t-elle.``: a clause followed by an inverted incise;
- ``Selon X, …`` / ``D’après X, …`` / ``…, selon X.`` / ``Pour X, …`` (``pour`` only with a
  person as X, since ``pour`` is mostly not a source).

Each finding is the reported content span, its cue and its speaker; the stage decides the kind.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Iterable

from veille.lang.fr.cues import CueLexicon
from veille.model import Document, Span, Speaker
from veille.pipeline.stages._quote_marks import Incise, incise_at
from veille.pipeline.stages._quote_speaker import SpeakerResolver

__all__ = ["Report", "subject_speaker", "incise_speaker", "find_reports", "source_pattern"]

_QUE = frozenset(("que", "qu'", "qu’"))
_CLAUSE_STOP = set("«»“”\".;:!?\n")
_TRAILING = " \t\n,;:.!?"
_RELATIVE = frozenset(("lequel", "laquelle", "lesquels", "lesquelles", "moi", "nous", "toi", "vous", "que", "qu'"))
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[«“\"A-ZÀ-Ý])")
_SOURCE_STOP = re.compile(r"[,;:.!?«»\n(]")
_MAX_SOURCE_CHARS = 120
_CLAUSE_WINDOW = 40
_FINAL = frozenset((".", "!", "?", "…", ";", ":", "»", "”"))
_RELATIVE = frozenset(("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "où"))
_CONNECTORS = frozenset("mais et or pourtant toutefois cependant ainsi enfin toujours aussi donc".split())


@dataclass(frozen=True, slots=True)
class Report:
    start: int
    end: int
    cue: Span
    speaker: Speaker | None
    pattern: str  # "que", "incise", "source"


def source_pattern(lex: CueLexicon) -> re.Pattern[str]:
    words = sorted(lex.prepositions, key=len, reverse=True)
    alts = "|".join(re.escape(w).replace("['’]", "['’]").replace("'", "['’]").replace("’", "['’]") for w in words)
    return re.compile(rf"(?<![\w'’-])(?:{alts})\s+", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRAILING:
        start += 1
    # The parser sometimes runs a sentence on into the next one (``… Belgrade. « Notre …``).
    stop = _SENTENCE_END.search(text, start, end)
    if stop:
        end = stop.start() + 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def subject_speaker(res: SpeakerResolver, tok: Any) -> Speaker | None:
    """The speaker named by the subject of cue verb ``tok`` (following ``conj`` to the first
    verb when the cue shares its subject: ``X est arrivé et a déclaré que``)."""
    seen = 0
    first = tok
    while tok is not None and seen < 4:
        seen += 1
        # ``expl:subj``: the parser's label for ``il`` before some verbs (``Il estime que``).
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
        if not subjects:
            # The parser sometimes hangs the subject on the auxiliary when an incise splits
            # them from the participle (``X a, pour sa part, salué …``).
            subjects = [s for c in tok.children if c.dep_.startswith("aux")
                        for s in c.children if s.dep_ in ("nsubj", "nsubj:pass")]
        best: Speaker | None = None
        for subj in subjects:
            if subj.lower_ in ("-t", "t"):
                continue
            if res.token_in_quote(subj):
                continue  # the quoted words are never their own speaker
            if subj.lower_ == "qui" and tok.dep_ == "acl:relcl" and tok.head.i != tok.i:
                # ``le président X, qui a réclamé que …``: the relative pronoun's antecedent.
                subj = tok.head
            start, end = res.phrase_of_token(subj)
            if subj.lower_.lstrip("-") in res.lex.pronouns:
                start, end = subj.idx, subj.idx + len(subj)
            spk = res.from_phrase(start, end)
            if spk is not None and (best is None or (spk.entity and not best.entity)):
                best = spk
        if best is not None:
            return best
        # A shared subject: ``X est arrivé et a déclaré que`` (conj), ``X a réagi en
        # assurant que`` (a gerund or participle clause attached to the main verb).
        shares = tok.dep_ == "conj" or (tok.dep_ in ("advcl", "xcomp") and tok.morph.get("VerbForm") in (["Part"], ["Ger"]))
        if shares and tok.head is not tok:
            tok = tok.head
            continue
        break
    if first.dep_ == "conj":
        # ``X a dénoncé un accord « signé … » et prédit que …``: the parser hung the second verb
        # on a participle inside the quote; the coordination is with the clause's main verb.
        root = first
        for _ in range(12):  # up the tree (``Token.sent`` would scan the whole sentence)
            if root.head.i == root.i:
                break
            root = root.head
        if root.i < first.i and root.pos_ == "VERB" and root.i != tok.i:
            for subj in root.children:
                if subj.dep_ in ("nsubj", "nsubj:pass") and not res.token_in_quote(subj):
                    spk = res.from_phrase(*res.phrase_of_token(subj))
                    if spk is not None:
                        return spk
    return _preceding_subject(res, first)


def _preceding_subject(res: SpeakerResolver, cue: Any) -> Speaker | None:
    """When the parse gives the cue no subject: the closest pronoun or person before it in the
    same clause (nothing is taken across a quote, a ``que`` or the sentence start)."""
    # The clause start: the sentence start, looked for in a bounded window (``Token.sent``
    # scans the whole sentence, too slow on pathological input).
    sdoc = cue.doc
    lo = max(cue.i - _CLAUSE_WINDOW, 0)
    first = next((t.i for t in reversed(sdoc[lo : cue.i + 1]) if t.is_sent_start), lo)
    # The parser sometimes starts a sentence inside a name (``… Wolodymyr | Selenskyj a salué``):
    # a sentence start not preceded by final punctuation or a line break is no clause start.
    while first > lo and sdoc[first - 1].text not in _FINAL and "\n" not in sdoc[first - 1].whitespace_ + sdoc[first - 1].text:
        first = next((t.i for t in reversed(sdoc[lo:first]) if t.is_sent_start), lo)
    window = sdoc[first : cue.i]
    # The words between the last comma and the cue, auxiliaries and reflexives left out.
    tail = []
    for t in reversed(window):
        if t.text in ",;:«»“”\"()":
            break
        tail.append(t)
    tail.reverse()
    before = [t for t in tail if t.pos_ != "AUX" and t.lower_ not in ("se", "s'", "s’")]
    if not before and len(tail) < len(window):
        # ``X, qui n’était pas invité, a qualifié …``: the subject stands before a relative
        # clause set off by commas.
        inner = window[: len(window) - len(tail) - 1]
        opening = next((k for k in range(len(inner) - 1, -1, -1) if inner[k].text == ","), None)
        if opening is not None and opening + 1 < len(inner) and inner[opening + 1].lower_ in _RELATIVE:
            np = [t for t in inner[:opening] if t.text not in ",;:«»“”\"()"]
            if np and not any(t.pos_ in ("VERB", "AUX") for t in np):
                spk = res.from_phrase(np[0].idx, np[-1].idx + len(np[-1]), strict=True)
                if spk is not None:
                    return spk
    if before and not any(t.pos_ == "VERB" for t in before):
        # Only a noun phrase before the cue (the parser lost the subject relation).
        spk = res.from_phrase(before[0].idx, before[-1].idx + len(before[-1]), strict=True)
        if spk is not None:
            return spk
    for tok in reversed(window):
        low = tok.lower_
        if tok.text in "«»“”\"" or low in _QUE or tok.text in ";:":
            return None
        if tok.text == ",":
            break  # not across a comma: that may be another clause's subject
        if tok.pos_ == "PRON" and low in res.lex.pronouns and low not in ("lui",):
            return res.resolve_pronoun(tok.idx, tok.idx + len(tok), res.lex.pronouns[low])
        if tok.pos_ == "PROPN":
            spk = res.from_phrase(tok.idx, tok.idx + len(tok), strict=True)
            ent = res.doc.entity(spk.entity) if spk is not None and spk.entity else None
            if ent is not None and ent.type == "PER":  # a person, not a place in a relative clause
                return spk
    return _sentence_subject(res, sdoc[first : cue.i])


def _sentence_subject(res: SpeakerResolver, window: Any) -> Speaker | None:
    """Last resort for a cue the parse left without subject: the subject of the sentence's root
    (``Le rapport …, remis à X, dresse …, en jugeant « … »``), else the first person named
    before any finite verb (``Conseiller politique, X, qui …, a avancé``)."""
    for tok in window:
        if tok.dep_ == "ROOT" and not res.token_in_quote(tok):
            for child in tok.children:
                if child.dep_.startswith("nsubj") and child.i < tok.i and not res.token_in_quote(child):
                    spk = res.from_phrase(*res.phrase_of_token(child), strict=True)
                    if spk is not None:
                        return spk
            break
    for tok in window:
        if tok.morph.get("VerbForm") == ["Fin"]:
            return None
        if tok.pos_ == "PROPN" and (tok.i == 0 or tok.doc[tok.i - 1].pos_ != "ADP"):
            spk = res.from_phrase(tok.idx, tok.idx + len(tok), strict=True)
            ent = res.doc.entity(spk.entity) if spk is not None and spk.entity else None
            if ent is not None and ent.type == "PER":
                return spk
    return None


def incise_speaker(res: SpeakerResolver, inc: Incise, limit: int, strict: bool = True) -> Speaker | None:
    """The speaker of an inverted incise: ``-t-elle`` or the words after the verb.

    ``strict`` where the words after the verb could be its object (``, a annoncé sa démission``)
    rather than its inverted subject; after a closing quote mark they can only be the subject."""
    if inc.inverted_pronoun and inc.pronoun_start is not None:
        gender = res.lex.pronouns.get(inc.inverted_pronoun)
        return res.resolve_pronoun(inc.pronoun_start, inc.pronoun_start + len(inc.inverted_pronoun), gender)
    phrase = res.phrase_after(inc.end, limit)
    if phrase is not None:
        spk = res.from_phrase(*phrase, strict=strict)
        if spk is not None:
            return spk
    return None


def _sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    sent = doc.sentence_at(offset)
    if sent is None:
        return offset, offset
    return sent.start, sent.end


def _que_clauses(doc: Document, res: SpeakerResolver, lex: CueLexicon, blocked: Any) -> Iterable[Report]:
    sdoc = doc.parse
    n = len(sdoc)
    for tok in sdoc:
        lemma = lex.verb_lemma(tok.text, tok.lemma_)
        if lemma is None and tok.lower_ == "savoir" and tok.i > 0 and sdoc[tok.i - 1].lemma_ == "faire":
            lemma = "faire savoir"  # ``X a fait savoir que …``
        if lemma is None or lemma in lex.incise_only or tok.pos_ in ("ADP", "DET", "PRON", "PROPN"):
            continue
        if tok.pos_ == "NOUN" and not (tok.i + 1 < n and sdoc[tok.i + 1].lower_ in _QUE):
            continue  # ``juge`` the noun, unless ``juge que`` shows the verb the tagger missed
        if blocked(tok.idx):
            continue
        inf = _infinitive_after(sdoc, tok.i)
        if inf is not None and not blocked(inf.idx):
            # ``X a reconnu avoir menti``, ``X a promis de revenir``: the infinitive clause.
            s_start, s_end = _sentence_bounds(doc, tok.idx)
            start, end = _trim(doc.text, inf.idx, max(s_end, inf.idx))
            if end - start >= 3:
                yield Report(start, end, Span(tok.idx, tok.idx + len(tok)), subject_speaker(res, tok), "que")
            continue
        j = tok.i + 1
        que = None
        while j < n and j <= tok.i + 12:
            t = sdoc[j]
            if t.is_sent_start or t.text in _CLAUSE_STOP:
                break
            if t.lower_ in _QUE:
                que = t
                break
            if t.pos_ == "VERB" and t.dep_ != "nsubj":
                break
            j += 1
        if que is None or que.i + 1 >= n:
            continue
        s_start, s_end = _sentence_bounds(doc, tok.idx)
        start, end = _trim(doc.text, que.idx + len(que), max(s_end, que.idx + len(que)))
        if end - start < 3:
            continue
        speaker = subject_speaker(res, tok)
        if speaker is None and lemma == "faire savoir":
            speaker = subject_speaker(res, sdoc[tok.i - 1])
        if speaker is None:
            continue  # ``Considérant que …``: reasoning with no source is not a report
        yield Report(start, end, Span(tok.idx, tok.idx + len(tok)), speaker, "que")


def _infinitive_after(sdoc: Any, i: int) -> Any:
    """The infinitive complementing the verb at ``i`` (``a assuré être``, ``a promis de venir``)."""
    j = i + 1
    n = len(sdoc)
    while j < n and j <= i + 3 and (sdoc[j].pos_ == "ADV" or sdoc[j].lower_ in ("de", "d'", "d’", "ne", "n'", "n’")):
        j += 1
    if j < n and sdoc[j].pos_ in ("VERB", "AUX") and sdoc[j].morph.get("VerbForm") == ["Inf"] \
            and sdoc[j].head.i == i:
        return sdoc[j]
    return None


def _incise_reports(doc: Document, res: SpeakerResolver, lex: CueLexicon, blocked: Any) -> Iterable[Report]:
    text = doc.text
    pos = text.find(",")
    while pos >= 0:
        comma = pos
        pos = text.find(",", comma + 1)
        inc = incise_at(text, comma + 1, lex)
        if inc is None or inc.lemma in lex.incise_only or blocked(comma):
            continue
        # The parser sometimes ends a sentence at the incise comma: take the start of the
        # clause's sentence and the end of the incise's sentence.
        s_start, _ = _sentence_bounds(doc, max(comma - 1, 0))
        _, s_end = _sentence_bounds(doc, inc.verb_start)
        if s_end <= comma:
            s_end = text.find("\n", comma)
            s_end = len(text) if s_end < 0 else s_end
        start, end = _trim(text, s_start, comma)
        if end - start < 12 or text[end - 1] in "»”\"«“‹›„" or blocked(end - 1):
            continue  # a direct quote's attribution, handled with the quote
        # The clause before the comma must be a clause: it has a finite verb of its own.
        first, last = res.token_index(start), res.token_index(end - 1)
        if not any(t.morph.get("VerbForm") == ["Fin"] for t in doc.parse[first : last + 1]):
            continue
        verb = doc.parse[res.token_index(inc.verb_start)]
        if not inc.inverted_pronoun and any(c.dep_ in ("nsubj", "nsubj:pass") and c.idx < comma for c in verb.children):
            continue  # ``Les supporters ont, pour la première fois, demandé …``: not an incise
        speaker = incise_speaker(res, inc, s_end)
        if speaker is None:
            continue
        yield Report(start, end, Span(inc.verb_start, inc.end), speaker, "incise")


def _source_reports(
    doc: Document, res: SpeakerResolver, lex: CueLexicon, pattern: re.Pattern[str], blocked: Any
) -> Iterable[Report]:
    text = doc.text
    for m in pattern.finditer(text):
        if blocked(m.start()):
            continue
        prep = re.sub(r"\s+", " ", m.group().strip().lower()).replace("’", "'")
        opts = lex.prepositions.get(prep) or lex.prepositions.get(prep.replace("'", "’")) or {}
        s_start, s_end = _sentence_bounds(doc, m.start())
        # The source: the words after the preposition, up to the comma or the sentence end.
        # The source phrase is short: bound the search so many ``selon`` stay linear.
        found_stop = _SOURCE_STOP.search(text, m.end(), min(s_end, m.end() + _MAX_SOURCE_CHARS))
        stop = found_stop.start() if found_stop else min(s_end, m.end() + _MAX_SOURCE_CHARS)
        first_word = text[m.end() : stop].split(" ", 1)[0].lower()
        if first_word in _RELATIVE or stop <= m.end():
            continue
        speaker = res.from_phrase(m.end(), stop, strict=True)
        if speaker is None:
            continue
        head = text[max(s_start, m.start() - 20) : m.start()].strip(" ,").lower().split()
        if m.start() - s_start > 20:
            head.append("…")  # a long prefix: ``content, selon X``
        initial = not head or (len(head) == 1 and head[0] in _CONNECTORS)
        if opts.get("person_only"):
            # ``pour`` is mostly not a source: only ``Pour X, …`` opening the sentence, with a
            # person or an organisation (``Pour l’UNAPEI, …``) as X.
            ent = doc.entity(speaker.entity) if speaker.entity else None
            pronoun = text[m.end() : stop].strip().lower() in lex.pronouns
            titled = res.title_in(text[m.end() : stop].lower()) is not None
            if not initial or not ((ent is not None and ent.type in ("PER", "ORG")) or pronoun or titled):
                continue
        elif not initial and text[max(s_start, m.start() - 2) : m.start()].strip() != ",":
            continue  # ``content, selon X``: the source is set off by a comma
        if initial:
            # ``Selon X, content.``
            if stop >= s_end or text[stop] != ",":
                continue
            start, end = _trim(text, stop + 1, s_end)
        else:
            # ``content, selon X.`` (or ``content, selon X, more content.``)
            start, end = _trim(text, s_start, m.start())
            if _reports_own_speech(res, lex, start, end):
                # ``Y a souhaité « plein succès » à Z, selon son entourage``: the clause already
                # reports Y's words; ``selon X`` says where the journalist had them from.
                continue
            if stop < s_end - 1 and text[stop] == ",":
                _, end = _trim(text, s_start, s_end)
        if end - start < 8:
            continue
        yield Report(start, end, Span(m.start(), m.start() + len(m.group().rstrip())), speaker, "source")


def _reports_own_speech(res: SpeakerResolver, lex: CueLexicon, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a reporting verb whose subject is inside it."""
    first, last = res.token_index(start), res.token_index(max(start, end - 1))
    quoted = any(mark in res.text[start:end] for mark in "«“\"")
    for tok in res.sdoc[first : last + 1]:
        lemma = lex.verb_lemma(tok.text, tok.lemma_)
        if tok.pos_ != "VERB" or not lemma:
            continue
        if lemma in lex.belief and not quoted and not any(c.dep_ == "ccomp" for c in tok.children):
            continue  # ``Y souhaite la paix, selon X``: a stance, only X's report of it
        if any(c.dep_.startswith("nsubj") and start <= c.idx < end for c in tok.children):
            return True
    return False


def find_reports(
    doc: Document, res: SpeakerResolver, lex: CueLexicon, pattern: re.Pattern[str], blocked: Any
) -> list[Report]:
    """All reported-speech findings, at most one per sentence span (the first pattern wins)."""
    found: list[Report] = []  # kept sorted and non-overlapping
    starts: list[int] = []
    for gen in (
        _que_clauses(doc, res, lex, blocked),
        _incise_reports(doc, res, lex, blocked),
        _source_reports(doc, res, lex, pattern, blocked),
    ):
        for rep in gen:
            i = bisect.bisect_left(starts, rep.start)
            if i > 0 and found[i - 1].end > rep.start:
                continue
            if i < len(found) and found[i].start < rep.end:
                continue
            found.insert(i, rep)
            starts.insert(i, rep.start)
    return found
