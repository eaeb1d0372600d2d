"""Quotes: every statement reported in an article, its kind, its speaker and when it was made.

Direct quotes come from quotation marks (:mod:`._quote_marks`, linear and robust to broken
marks) and from dialogue dashes; reported speech from cue verbs, incises and ``selon X``
(:mod:`._quote_speech`); speakers from the parse, pronouns and titles (:mod:`._quote_speaker`).
The cue lexicon is the language pack's ``resources["quotes"]``, so another language plugs in
its own data.

What is not speech is left out: scare quotes and short terms (``un « anti-guerre » photo``),
titles and names in quotation marks, and quoted fragments inside a noun phrase with no reporting
cue in their sentence. A quoted fragment inside reported speech makes that report ``mixed``.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import replace
from typing import Any

from veille.lang import get_pack
from veille.lang.fr.cues import CueLexicon
from veille.model import Document, Entity, Quote, Span, Speaker
from veille.names import name_key
from veille.pipeline.registry import stage
from veille.pipeline.stages._quote_marks import Incise, incise_at, scan_quotes
from veille.pipeline.stages._quote_pieces import Piece, dialogue_pieces, paragraph_starts, split_at_incises
from veille.pipeline.stages._quote_speaker import SpeakerResolver
from veille.pipeline.stages._quote_speech import find_reports, incise_speaker, source_pattern, subject_speaker
from veille.pipeline.stages.times import sentence_when
from veille.settings import Settings

__all__ = ["extract_quotes", "make_quotes", "matches_speaker"]

log = logging.getLogger(__name__)

_AFTER_QUOTE = re.compile(r"[ \t»”›\"«“‹„]*([,!?…]?)")
_WORDS = re.compile(r"[\w’'-]+")
_GAP_STOP = re.compile(r"[.!?;:\n]")
_COLON_AFTER = re.compile(r"[ \t»”›\"]*:")
_CLOSING_MARK = re.compile(r"\s*[»”›\"]")
# Between two coordinated fragments: ``» et des «``, ``», une « ``, ``» ou de «``.
_COORDINATED = re.compile(r"[\s»”›\"]*(?:,|et|ou|puis|ainsi\s+que|mais\s+aussi)\s+(?:[\w’'-]+\s+){0,3}[«“\"‹„]\s*$")
#: Short quoted pieces are terms, names or scare quotes unless a cue attributes them.
_MIN_UNATTRIBUTED_WORDS = 4
#: How many tokens before a quote are searched for its reporting verb.
_CUE_WINDOW = 60
# A que-clause (or a reported ``selon``) between a cue and a fragment: the fragment is inside
# reported speech.
_QUE_BETWEEN = re.compile(r"\b(?:que|qu['’]|selon|d['’]après)", re.IGNORECASE)


def _colon_speaker(doc: Document, res: SpeakerResolver, lex: CueLexicon, seg_start: int, colon: int,
                   previous: Piece | None = None):
    """``X a déclaré : « … »`` / ``Dans un communiqué, X affirme : « … »``: the cue before the colon."""
    sdoc = doc.parse
    first, last = res.token_index(seg_start), res.token_index(colon)
    cue_tok = None
    for tok in sdoc[first:last]:
        if lex.verb_lemma(tok.text, tok.lemma_) and tok.pos_ not in ("NOUN", "ADP", "DET", "PRON"):
            cue_tok = tok
    if cue_tok is not None:
        spk = subject_speaker(res, cue_tok)
        if spk is None and previous is not None and previous.speaker is not None and previous.end >= seg_start:
            # ``« A », a reconnu X, avant d’ajouter : « B »``: the same speaker goes on.
            spk = previous.speaker
        if spk is None:
            phrase = res.phrase_after(cue_tok.idx + len(cue_tok), colon)
            spk = res.from_phrase(*phrase, strict=True) if phrase else None
        return spk, Span(cue_tok.idx, cue_tok.idx + len(cue_tok))
    # No verb: a statement noun (``Déclaration du ministre :``) or a person as the clause subject
    # (``Sa cofondatrice, X, ne cache pas son ambition :``).
    for tok in sdoc[first:last]:
        if tok.dep_ in ("nsubj", "ROOT") and tok.lower_ not in lex.nouns:
            spk = res.from_phrase(*res.phrase_of_token(tok), strict=True)
            if spk is not None and spk.entity:
                return spk, None
            if tok.dep_ == "nsubj":
                right = tok.right_edge
                persons = [r for r in res.mentions_in(tok.left_edge.idx, right.idx + len(right)) if r[2].type == "PER"]
                if len(persons) == 1:
                    return Speaker(persons[0][2].id, persons[0][2].name, persons[0][0], persons[0][1]), None
        if tok.lower_ in lex.nouns:
            for child in tok.children:
                if child.dep_ in ("nmod", "obl") and child.i > tok.i:
                    spk = res.from_phrase(*res.phrase_of_token(child), strict=True)
                    if spk is not None:
                        return spk, Span(tok.idx, tok.idx + len(tok))
    return None, None


def _is_cue(lex: CueLexicon, tok: Any) -> bool:
    """A reporting verb used as a verb (not ``les mesures annoncées``, not a noun)."""
    lemma = lex.verb_lemma(tok.text, tok.lemma_)
    if not lemma or lemma in lex.incise_only or tok.pos_ in ("ADP", "DET", "PRON", "PROPN"):
        return False
    if tok.pos_ == "NOUN" and (tok.i == 0 or tok.doc[tok.i - 1].pos_ in ("DET", "ADP", "ADJ", "NUM")):
        return False  # ``le juge``; but ``Eurazeo juge le pari`` is the verb the tagger missed
    return not (tok.dep_ in ("acl", "amod") and tok.morph.get("VerbForm") == ["Part"])


def _sentence_before_is_cue(doc: Document, res: SpeakerResolver, lex: CueLexicon, start: int) -> Any:
    """``X, le patron du camping, confirme. « … »``: a reporting verb ending the sentence just
    before the quote (in the same paragraph) introduces it. Returns that verb token or None."""
    i = res.token_index(start) - 1
    sdoc = doc.parse
    while i >= 0 and (sdoc[i].is_punct or sdoc[i].is_space):
        if "\n" in sdoc[i].text or "\n" in sdoc[i].whitespace_:
            return None
        i -= 1
    if i < 0 or "\n" in doc.text[sdoc[i].idx : start]:
        return None
    for j in (i, i - 1):
        if j >= 0 and _is_cue(lex, sdoc[j]) and sdoc[j].pos_ == "VERB":
            return sdoc[j]
    return None


def _subject_after_colon(doc: Document, res: SpeakerResolver, colon: int) -> Speaker | None:
    """``« … » : le substitut X a requis la sévérité``: the clause after the colon names the
    speaker as its subject."""
    i = res.token_index(colon) + 1
    sdoc = doc.parse
    for tok in sdoc[i : i + 15]:
        if "\n" in tok.text or tok.text in "«»“”\"":
            return None
        if tok.dep_.startswith("nsubj") and tok.head.pos_ in ("VERB", "AUX"):
            spk = res.from_phrase(*res.phrase_of_token(tok), strict=True)
            return spk if spk is not None and (spk.entity or res.title_in(spk.name.lower())) else None
    return None


def _attribute(doc: Document, res: SpeakerResolver, lex: CueLexicon, piece: Piece, blocked: Any,
               seg_start: int, previous: Piece | None) -> None:
    text = doc.text
    sent = doc.sentence_at(piece.start)
    before = text[seg_start : piece.start].rstrip(" «“\"‹„—–")
    opens = not before.strip() or before.rstrip().endswith((".", "!", "?", "…", "»", "”", ":"))
    # 0. The rest of a statement split by its incise: ``« A », a-t-il dit, « B »``.
    if previous is not None and previous.incise is not None and piece.incise is None and previous.attributed:
        gap = text[previous.end : piece.start]
        if previous.incise.verb_start >= previous.end and len(gap) < 120 and not _GAP_STOP.search(gap):
            piece.incise, piece.speaker, piece.cue = previous.incise, previous.speaker, previous.cue
            piece.attributed = "incise"
            return
    # 1. An incise right after the closing mark (``», a déclaré X``) or inside the quote.
    after_mark = None
    if piece.incise is None:
        m = _AFTER_QUOTE.match(text, piece.end)
        if m.group(1) or m.end() > piece.end:
            inc = incise_at(text, m.end(), lex)
            if inc is not None and not _has_preposed_subject(res, inc, piece.start):
                piece.incise = inc
                after_mark = m
    if piece.incise is not None:
        # The source phrase ends at punctuation; the paragraph end only bounds the search.
        limit = text.find("\n", piece.incise.end)
        limit = len(text) if limit < 0 else limit
        piece.speaker = incise_speaker(res, piece.incise, limit, strict=False)
        if piece.speaker is None:
            tok = res.sdoc[res.token_index(piece.incise.verb_start)]
            piece.speaker = subject_speaker(res, tok)
        piece.cue = Span(piece.incise.verb_start, piece.incise.end)
        piece.attributed = "incise"
        if after_mark is not None and not opens and "\n" not in text[seg_start : piece.end]:
            # ``M. X «faisait une erreur», a expliqué Mme Y``: the sentence paraphrases around
            # the quoted words, so the statement is mixed and starts with the sentence.
            piece.fragment = True
            paragraph = text.rfind("\n", 0, piece.start) + 1
            piece.mixed_start = max(paragraph, sent.start if sent else seg_start)
        return
    # 1b. ``« … » : le substitut X a requis …``.
    colon_after = _COLON_AFTER.match(text, piece.end)
    if colon_after and opens:
        spk = _subject_after_colon(doc, res, colon_after.end() - 1)
        if spk is not None:
            piece.speaker, piece.attributed = spk, "colon"
            return
    # 2. Introduced by a colon.
    if before.endswith(":"):
        colon = seg_start + len(before) - 1
        colon_sent = doc.sentence_at(colon)
        spk, cue = _colon_speaker(doc, res, lex, max(seg_start, colon_sent.start if colon_sent else seg_start), colon,
                                  previous)
        piece.attributed = "colon"
        piece.speaker, piece.cue = spk, cue
        return
    piece.fragment = not opens
    # 2b. Introduced by the sentence before: ``X confirme. « … »``.
    if not piece.fragment:
        tok = _sentence_before_is_cue(doc, res, lex, piece.start)
        if tok is not None:
            piece.speaker = subject_speaker(res, tok)
            piece.cue = Span(tok.idx, tok.idx + len(tok))
            piece.attributed = "colon"
            return
    # 2c. A fragment coordinated with the previous one (``a dénoncé des « A » et des « B »``)
    # shares its cue and speaker.
    if previous is not None and previous.attributed in ("cue", "fragment") and previous.cue is not None \
            and sent is not None and previous.start >= sent.start and _COORDINATED.match(text, previous.end, piece.start):
        piece.speaker, piece.cue, piece.attributed = previous.speaker, previous.cue, "cue"
        return
    # 3. A cue verb earlier in the same sentence (``X a affirmé que « … »``).
    if sent is not None:
        first, last = res.token_index(max(sent.start, seg_start)), res.token_index(piece.start)
        first = max(first, last - _CUE_WINDOW)  # bounded: a quote-riddled sentence stays linear
        for tok in reversed(doc.parse[first:last]):
            if _is_cue(lex, tok):
                if blocked(tok.idx):
                    continue
                piece.speaker = subject_speaker(res, tok)
                if piece.speaker is None and previous is not None and previous.cue is not None \
                        and previous.cue.start <= tok.idx < previous.cue.end:
                    # ``« A », a averti X, pour qui … « B »``: the verb that attributed the
                    # previous quote (through its incise) speaks for this one too.
                    piece.speaker = previous.speaker
                piece.cue = Span(tok.idx, tok.idx + len(tok))
                piece.attributed = "cue"
                return


def _has_preposed_subject(res: SpeakerResolver, inc: Incise, quote_start: int) -> bool:
    """``l’Otan « qui … », a lancé des avions``: the verb after the quote has its subject before
    the quote, so it is the main clause, not an incise."""
    if inc.inverted_pronoun:
        return False
    tok = res.sdoc[res.token_index(inc.verb_start)]
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.idx < quote_start for c in tok.children)


def extract_quotes(doc: Document, lex: CueLexicon) -> list[Quote]:
    """The quotes of an analysed document (``doc.parse`` must be set)."""
    text = doc.text
    paragraphs = paragraph_starts(text)
    marked = scan_quotes(text, lex)
    pieces: list[Piece] = []
    for m in marked:
        pieces.extend(split_at_incises(text, m.start, m.end, lex))
    spans = sorted((m.start, m.end) for m in marked)
    starts = [s for s, _ in spans]

    def covered(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and spans[i][0] <= offset < spans[i][1]

    dialogue = dialogue_pieces(text, paragraphs, covered, lex)
    pieces.extend(dialogue)
    pieces.sort(key=lambda p: p.start)
    # Text inside quotation marks (incises included) is not the journalist's reporting.
    quoted = sorted(spans + [(p.start, p.end) for p in dialogue])
    q_starts = [s for s, _ in quoted]

    def blocked(offset: int) -> bool:
        i = bisect.bisect_right(q_starts, offset) - 1
        return i >= 0 and quoted[i][0] <= offset < quoted[i][1]

    res = SpeakerResolver(doc, lex, quoted)
    # Direct pieces: attribute each, then keep what is speech.
    direct: list[Piece] = []
    last: Piece | None = None
    previous: Piece | None = None
    for piece in pieces:
        para = bisect.bisect_right(paragraphs, piece.start) - 1
        seg_start = max(paragraphs[para], previous.end if previous and previous.end <= piece.start else 0)
        _attribute(doc, res, lex, piece, blocked, seg_start, previous)
        previous = piece
        n_words = len(_WORDS.findall(text[piece.start : piece.end]))
        if not piece.attributed:
            if not piece.dialogue and (piece.fragment or n_words < _MIN_UNATTRIBUTED_WORDS):
                continue  # a term, a title, a scare quote: the journalist's words
            if last is not None and last.speaker is not None:
                last_para = bisect.bisect_right(paragraphs, last.start) - 1
                if para - last_para <= 2:  # this paragraph or the one before ("\n\n" counts 2)
                    piece.speaker, piece.attributed = last.speaker, "context"
        elif piece.attributed == "cue" and piece.fragment:
            # ``X a dénoncé une « trahison »``: a paraphrase carrying a quoted fragment, unless
            # the fragment is a short capitalised name or title (``a présenté « Funkoverload »``).
            if n_words <= _MIN_UNATTRIBUTED_WORDS and text[piece.start].isupper():
                continue
            piece.attributed = "fragment"
        direct.append(piece)
        if piece.attributed in ("incise", "colon", "cue", "context", "fragment"):
            last = piece

    when_by_sentence: dict[int, str | None] = {}

    def when(offset: int) -> str | None:
        # ``sentence_when`` scans the document's times; once per sentence is enough.
        sent = doc.sentence_at(offset)
        key = sent.start if sent is not None else -1
        if key not in when_by_sentence:
            when_by_sentence[key] = sentence_when(doc, offset)
        return when_by_sentence[key]

    reports = find_reports(doc, res, lex, source_pattern(lex), blocked)
    # ``Pour X, l’objectif est clair : « … »``: the source introduces the quote, not a report.
    kept_reports = []
    direct_starts = [p.start for p in direct]
    for rep in reports:
        if rep.pattern == "source":
            k = bisect.bisect_right(direct_starts, rep.start)
            nxt = direct[k] if k < len(direct) else None
            lead = text[rep.start : nxt.start].rstrip(" \t«“\"‹„") if nxt is not None else ""
            if nxt is not None and nxt.start <= rep.end + 4 and lead.endswith(":"):
                if nxt.speaker is None or nxt.attributed == "colon":
                    nxt.speaker, nxt.cue = rep.speaker, rep.cue
                continue
        kept_reports.append(rep)
    reports = kept_reports
    quotes: list[Quote] = []
    absorbed: set[int] = set()
    direct_ids = {id(p): k for k, p in enumerate(direct)}
    piece_starts = [p.start for p in pieces]
    for rep in reports:
        start, end, kind = rep.start, rep.end, "indirect"
        lo, hi = bisect.bisect_left(piece_starts, start), bisect.bisect_left(piece_starts, end)
        for piece in pieces[lo:hi]:
            # Any quoted words inside a report make it mixed, kept as a quote of their own or
            # not (``L’OTAN a accueilli … avec «beaucoup de précaution», selon X``).
            if piece.start >= start and piece.end <= end:
                kind = "mixed"
                if id(piece) in direct_ids:
                    absorbed.add(direct_ids[id(piece)])
            elif start <= piece.start < end < piece.end:
                end = piece.start  # a quote that opens inside the report and runs beyond it
                while end > start and text[end - 1] in " «“\"‹„":
                    end -= 1
        if len(_WORDS.findall(text[start:end])) < 2:
            continue
        quotes.append(Quote(start, end, kind, rep.speaker, rep.cue, when(start)))
    for k, piece in enumerate(direct):
        if k in absorbed:
            continue
        if piece.attributed == "fragment" and piece.cue is not None and piece.mixed_start is None \
                and not _QUE_BETWEEN.search(text, piece.cue.end, piece.start):
            # ``X a dénoncé une « trahison »``, ``a qualifié le verdict de « farce »``: the quoted
            # words are the object of the speech verb, not inside a reported clause: the
            # speaker's own words, a direct quote (a que-clause around them makes it mixed).
            quotes.append(Quote(piece.start, piece.end, "direct", piece.speaker, piece.cue, when(piece.start)))
            continue
        if piece.mixed_start is not None or (piece.attributed == "fragment" and piece.cue is not None):
            # The mixed quote runs from the cue verb's complement (or the sentence start, for a
            # fragment attributed by an incise) to the closing mark.
            start = piece.mixed_start if piece.mixed_start is not None else piece.cue.end
            while start < piece.start and text[start].isspace():
                start += 1
            close = _CLOSING_MARK.match(text, piece.end)
            end = close.end() if close else piece.end
            quotes.append(Quote(start, end, "mixed", piece.speaker, piece.cue, when(start)))
            continue
        quotes.append(Quote(piece.start, piece.end, "direct", piece.speaker, piece.cue, when(piece.start)))
    quotes.sort(key=lambda q: (q.start, q.end))
    return _carry_speakers(doc, lex, res, quotes, paragraphs)


_DETERMINER = re.compile(r"^(?:le|la|les|l['’]|ce|cette|son|sa|leur)\s*", re.IGNORECASE)


def _stands_for_previous(lex: CueLexicon, res: SpeakerResolver, text: str, quote: Quote) -> bool:
    """Whether an unresolved speaker phrase stands for whoever was quoted just before:
    a written statement as subject (``Le texte ajoute : « … »``), a pronoun nothing else
    resolved, or a definite description carrying on a statement (``a poursuivi le diplomate``)."""
    name = quote.speaker.name.strip()
    low = name.lower()
    head = _WORDS.findall(_DETERMINER.sub("", low))
    if head and head[0] in lex.document_nouns and _DETERMINER.match(low):
        return True
    if low in ("il", "elle"):
        return True
    if quote.cue is None or not _DETERMINER.match(low):
        return False
    cue_words = _WORDS.findall(text[quote.cue.start : quote.cue.end].lower())
    continues = any(lex.forms.get(w) in lex.continuation_verbs for w in cue_words)
    return continues and (res.title_in(low) is not None or len(head) <= 3)


def _carry_speakers(doc: Document, lex: CueLexicon, res: SpeakerResolver, quotes: list[Quote],
                    paragraphs: list[int]) -> list[Quote]:
    """Give a quote whose speaker phrase stands for the previous speaker (see
    :func:`_stands_for_previous`) that speaker, when the previous quote is near (this paragraph
    or the one before) and its speaker is a resolved entity; the phrase keeps its offsets."""
    out: list[Quote] = []
    prev: tuple[Quote, int] | None = None
    for quote in quotes:
        para = bisect.bisect_right(paragraphs, quote.start) - 1
        spk = quote.speaker
        if spk is not None and not spk.entity and prev is not None and para - prev[1] <= 2:
            before = prev[0].speaker
            if before is not None and before.entity and _stands_for_previous(lex, res, doc.text, quote):
                quote = replace(quote, speaker=Speaker(before.entity, before.name, spk.start, spk.end))
        out.append(quote)
        prev = (quote, para)
    return out


def matches_speaker(query: str, speaker: Speaker | None, entity: Entity | None = None) -> bool:
    """Whether a ``--speaker`` query names this quote's speaker: the query's words (accents and
    case ignored) all occur in the speaker's name, its entity's name or one of its variants, so
    ``Loukachenko`` finds ``Alexandre Loukachenko`` and ``porte-parole`` an unresolved
    ``le porte-parole du Kremlin``. A store can pre-filter in SQL and confirm with this."""
    if speaker is None:
        return False
    wanted = set(name_key(query).split())
    if not wanted:
        return False
    names = [speaker.name]
    if entity is not None:
        names += [entity.name, *entity.variants]
    return any(wanted <= set(name_key(n).split()) for n in names if n)


@stage("quotes", requires=("parse", "sentences", "entities", "roles"), assigns=("quotes",))
def make_quotes(settings: Settings):
    """Direct, indirect and mixed quotes with their speakers, cues and dates."""

    def quotes(doc: Document) -> Document:
        pack = get_pack(doc.lang)
        lex = pack.resources.get("quotes") if pack else None
        if lex is None or doc.parse is None:
            return doc.replace(quotes=())
        return doc.replace(quotes=tuple(extract_quotes(doc, lex)))

    return quotes
