"""Who said it: turn the words that name a source into a :class:`Speaker` linked to an entity.

A source phrase is what the parse or a pattern gives: ``Sergueï Aleinik``, ``elle``,
``le porte-parole du Kremlin``, ``l’agence Interfax``. In order of trust:

1. a person entity mentioned inside the phrase;
2. a pronoun: the nearest preceding person mention of compatible gender outside quotes;
3. a description (a title such as ``le ministre``): a person the text gave that title, from
   ``doc.roles`` when the roles stage filled them, else from the title words written right
   before or after a name; unresolved, the description itself is kept as the name;
4. another named entity (``Interfax``, ``le Kremlin``) or a proper noun the NER missed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from veille.lang.fr.cues import CueLexicon
from veille.model import Document, Entity, Mention, Speaker
from veille.names import name_key

__all__ = ["SpeakerResolver", "STOP_PREPOSITIONS"]

#: Prepositions that end a source phrase (``a déclaré X aux journalistes``); ``de`` does not,
#: since titles take complements (``le ministre des Affaires étrangères``).
STOP_PREPOSITIONS = frozenset(
    "à aux au devant lors dans sur après avant pendant en par pour avec chez depuis selon contre vers "
    "dès jeudi lundi mardi mercredi vendredi samedi dimanche hier mais et alors qui que qu'".split()
)
_TEMPORAL = frozenset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui demain matin soir "
    "midi encore également aussi ensuite enfin alors déjà ainsi récemment notamment".split()
)
_PHRASE_END = set(",.;:!?«»“”\"()[]—–\n")
_TOPIC = re.compile(r"\bQuant (?:à|au|aux) ([^,.;:]{2,80}),\s*$")
_HONORIFICS = frozenset(("m.", "mme", "me", "mlle", "dr", "mgr", "pr", "maître", "docteur"))
_LEADING_DET = re.compile(r"(?:(?:le|la|les|l['’]|un|une|des|du|de la|de l['’])\s*)?", re.IGNORECASE)
_ELIDED = re.compile(r"\b([ldjnmst]['’])")
_DEFINITE = frozenset(("le", "la", "les", "l", "ce", "cette"))
_FEM_MARKERS = frozenset(("la", "mme", "madame", "mlle", "cette", "une"))
_MASC_MARKERS = frozenset(("le", "m.", "monsieur", "ce", "un"))
# ``M. X``, ``Mme X``, ``Me X``: an honorific then one or two capitalised words.
_HONORIFIC_NAME = re.compile(r"(M\.|Mme|Mlle|Me|Dr|Mgr|Pr)\s+([A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)?)")
_WORD = re.compile(r"[\w’'-]+")
_SENTENCE_STOP = re.compile(r"[.!?]\s")
_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:à|au|aux|dans|vers|près\s+de|depuis)\s+$")
# ``le Belge``, ``la Kényane``: a definite, capitalised nationality noun before a name.
_NATIONALITY = re.compile(r"(?:le|la|l['’])\s*[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")
# The rest of a hyphenated word the tokenizer cut off (``Celui`` | ``-ci``).
_HYPHEN_TAIL = re.compile(r"-\w+")
# A possessive phrase (``Son supérieur``): it names someone by relation, like a title.
_POSSESSIVE = re.compile(r"(?i:son|sa|leur)\s+\w")
# A comma, or an acronym in parentheses then a comma (``Le chef du Front (FFS), X, a dit``).
_APPOSITION = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s*")
#: Tokens of a sentence searched for its subject (subjects come early; bounded for long input).
_SUBJECT_WINDOW = 60
_ELISION = re.compile(r"^[ldjnmstc]['’]")
#: A preposition that makes what follows a complement rather than the head of a phrase.
_COMPLEMENT = re.compile(r"(?:^|[\s'’])(?:de|du|des|d|à|au|aux|pour|sur|dans|en|avec|contre|chez)(?:[\s'’]|$)")


# ``de``/``du``/``des``/``d’`` opening a complement inside a phrase.
_OF_COMPLEMENT = re.compile(r"(?:^|\s)(?:de|du|des|d['’])(?:\s|(?<=['’]))")
_FORMER = frozenset("ancien ancienne anciens anciennes ex sortant sortante sortants précédent précédente défunt défunte feu".split())
_CURRENT = frozenset("nouveau nouvel nouvelle nouveaux nouvelles actuel actuelle futur future élu élue".split())


def _tense(low: str) -> bool | None:
    """True for a former holder (``l’ancien``, ``ex-``, ``sortant``), False for a current or
    new one (``le nouveau``, ``l’actuel``), None when the words say neither."""
    words = set(re.findall(r"[\w]+", low.replace("’", " ").replace("'", " ")))
    if words & _FORMER or re.search(r"\bex-", low):
        return True
    if words & _CURRENT:
        return False
    return None


@lru_cache(maxsize=256)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word or phrase."""
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words))


@lru_cache(maxsize=8)
def _title_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    # One pass over a phrase instead of one substring test per title; titles are matched as
    # whole words (after a space or a hyphen: ``porte-parole``, ``vice-président``).
    alts = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"(?<=[ -])({alts})(?= )")


class SpeakerResolver:
    """Resolves source phrases of one document (build one per document)."""

    def __init__(self, doc: Document, lex: CueLexicon, quoted: list[tuple[int, int]]):
        self.doc = doc
        self.text = doc.text
        self.sdoc = doc.parse
        self.lex = lex
        self.tok_starts = [t.idx for t in self.sdoc]
        rows = sorted((m.start, m.end, e) for e in doc.entities for m in e.mentions)
        self.mentions: list[tuple[int, int, Entity]] = rows
        self.mention_starts = [r[0] for r in rows]
        self.persons = sorted([r for r in rows if r[2].type == "PER"] + self._unlinked_persons(rows),
                              key=lambda r: (r[0], r[1]))
        self.person_starts = [r[0] for r in self.persons]
        self.quoted = sorted(quoted)
        self.sent_starts = [sent.start for sent in doc.sentences]
        self.quoted_starts = [q[0] for q in self.quoted]
        self._genders: dict[str, str | None] = {}
        self.title_pattern = _title_pattern(tuple(sorted(lex.titles, key=len, reverse=True)))

    def _unlinked_persons(self, rows: list[tuple[int, int, Entity]]) -> list[tuple[int, int, Entity]]:
        """Proper-noun subjects the NER missed (``L’ancienne championne Olga X a dit``): they can
        be a pronoun's antecedent, with no entity id."""
        covered = {i for s, e, ent in rows if ent.type != "MISC" for i in range(s, e)}
        misc = {i: (s, e, ent) for s, e, ent in rows if ent.type == "MISC" for i in range(s, e)}
        out = []
        for tok in self.sdoc:
            if tok.pos_ != "PROPN" or not tok.dep_.startswith("nsubj") or tok.idx in covered:
                continue
            if tok.i > 0 and self.sdoc[tok.i - 1].pos_ == "ADP":
                continue  # ``rassemblés à Saraçhane``: a subject never follows a preposition
            if tok.idx in misc:
                # A subject the NER called MISC (``Bernard affirme``) is most likely a person.
                out.append(misc[tok.idx])
                continue
            left = tok.i
            while left > 0 and self.sdoc[left - 1].pos_ == "PROPN" and self.sdoc[left - 1].idx not in covered:
                left -= 1
            right = tok.i
            while right + 1 < len(self.sdoc) and self.sdoc[right + 1].dep_ == "flat:name":
                right += 1
            start, end = self.sdoc[left].idx, self.sdoc[right].idx + len(self.sdoc[right])
            name = self.text[start:end]
            out.append((start, end, Entity("", name, "PER", (Mention(start, end, "PER"),))))
        return out

    # -- positions -------------------------------------------------------------------------
    def token_index(self, offset: int) -> int:
        """Index of the token containing (or starting after) character ``offset``."""
        i = bisect.bisect_right(self.tok_starts, offset) - 1
        return max(i, 0)

    def in_quote(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, start) - 1
        return i >= 0 and self.quoted[i][0] <= start and end <= self.quoted[i][1]

    def token_in_quote(self, tok: Any) -> bool:
        return self.in_quote(tok.idx, tok.idx + len(tok))

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions overlapping ``[start, end)`` (a phrase cut by the parse may end mid-name)."""
        i = max(bisect.bisect_left(self.mention_starts, start) - 1, 0)
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            if self.mentions[i][1] > start:
                out.append(self.mentions[i])
            i += 1
        return out

    # -- phrases ---------------------------------------------------------------------------
    def phrase_after(self, offset: int, limit: int) -> tuple[int, int] | None:
        """The source phrase of an inverted incise: the words after the verb, up to punctuation
        or a preposition that starts an adjunct (``a déclaré mercredi le ministre X à Moscou``)."""
        i = self.token_index(offset)
        sdoc = self.sdoc
        n = len(sdoc)
        while i < n and sdoc[i].idx < offset:
            i += 1
        # Skip adverbs and dates between the verb and its subject.
        while i < n and sdoc[i].idx < limit and (sdoc[i].lower_ in _TEMPORAL or sdoc[i].pos_ == "ADV"):
            i += 1
        start = i
        while i < n and sdoc[i].idx < limit:
            tok = sdoc[i]
            if tok.text in _PHRASE_END or "\n" in tok.text or (i > start and tok.lower_ in STOP_PREPOSITIONS):
                break
            if tok.pos_ in ("VERB", "AUX", "SCONJ") and i > start and tok.lower_ not in self.lex.titles:
                break
            i += 1
        if i == start:
            return None
        return sdoc[start].idx, sdoc[i - 1].idx + len(sdoc[i - 1])

    def phrase_of_token(self, tok: Any) -> tuple[int, int]:
        """The noun phrase headed by ``tok``: its subtree, cut at a comma or a relative clause."""
        left = tok.left_edge.i
        right = tok.i
        for t in self.sdoc[tok.i + 1 : tok.right_edge.i + 1]:
            if t.text in _PHRASE_END or t.lower_ in ("qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle"):
                break
            right = t.i
        # Never start inside a quote mark or on punctuation.
        while left < tok.i and self.sdoc[left].text in _PHRASE_END:
            left += 1
        return self.sdoc[left].idx, self.sdoc[right].idx + len(self.sdoc[right])

    # -- resolution ------------------------------------------------------------------------
    def from_phrase(self, start: int, end: int, strict: bool = False) -> Speaker | None:
        """A speaker for the words ``text[start:end]`` (see the module docstring for the order).

        ``strict`` accepts only phrases that can name a source (an entity, a pronoun, a title,
        a proper noun or a source noun such as ``les autorités``), not any noun phrase: it is
        used where the same words could be an object (``, a annoncé sa démission``)."""
        text = self.text
        while start < end and (text[start].isspace() or text[start] in _PHRASE_END):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _PHRASE_END):
            end -= 1
        if end <= start:
            return None
        phrase = text[start:end]
        # A name counts when it heads the phrase: after a title (``le ministre russe X``) or an
        # agent ``par``, not inside a complement (``l’ambassade d’Espagne``, ``la retraite de X``).
        mentions = [r for r in self.mentions_in(start, end) if self._heads(start, r[0])]
        # ``M. X``: the fuller-named person, over a surname-only entity or a mistyped mention.
        honoured = self._honorific_surname(phrase, start)
        for ms, me, ent in mentions:
            if ent.type == "PER":
                if honoured is not None and len(honoured.name.split()) > len(ent.name.split()):
                    return self._speaker(honoured, start, end)
                return self._speaker(ent, ms, me)
        if honoured is not None:
            return self._speaker(honoured, start, end)
        # A title takes the name in apposition (``Le président lituanien, X,``); a phrase
        # that is itself a name does not (``Pour l’Espagne, X, …``).
        head = start + len(_LEADING_DET.match(text, start, end).group())
        # ``Son supérieur, le ministre X,``: a possessive phrase names someone by relation.
        described = self.title_in(phrase.lower()) is not None or any(
            _ELISION.sub("", w) in self.lex.source_nouns for w in _WORD.findall(phrase.lower())) \
            or _POSSESSIVE.match(phrase) is not None
        named = any(ms <= head for ms, _, _ in mentions) and not described
        appositive = self.apposition(end) if described and not named else None
        if appositive is not None:
            return self._speaker(appositive[2], start, end)
        low = phrase.lower()
        words = [_ELISION.sub("", w) for w in _WORD.findall(low)]
        if not words:
            return None
        joined = _HYPHEN_TAIL.match(self.text, end)
        if joined is not None and f"{low}{joined.group().lower()}" in self.lex.pronouns:
            low, end = f"{low}{joined.group().lower()}", joined.end()  # the tokenizer cut ``Celui-ci``
        if low in self.lex.pronouns or (len(words) == 1 and words[0] in self.lex.pronouns):
            return self.resolve_pronoun(start, end, self.lex.pronouns.get(low, self.lex.pronouns.get(words[0])))
        title = self.title_in(low)
        if title is not None and not self._title_in_complement(low):
            return self.resolve_description(start, end, title)
        if title is not None:
            # ``le cabinet du maire``, ``l’entourage du président``: the title names someone
            # else than the source; the phrase itself is the source.
            return Speaker(None, phrase, start, end)
        if mentions:
            ms, me, ent = mentions[0]
            return Speaker(ent.id, ent.name, ms, me)
        i = self.token_index(start)
        toks = [t for t in self.sdoc[i : self.token_index(end - 1) + 1]]
        propn = [t for t in toks if t.pos_ == "PROPN" or (t.text[:1].isupper() and not t.is_sent_start and t.pos_ != "DET")]
        if propn or any(w in self.lex.source_nouns for w in words):
            if not propn and len(words) <= 3 and words[0] in _DEFINITE:
                # ``le ministère`` after ``le ministère français des Affaires étrangères``.
                org = self._organisation_named(words[-1], start)
                if org is not None:
                    return Speaker(org.id, org.name, start, end)
            return Speaker(None, phrase, start, end)
        if not strict and len(words) <= 6:
            return Speaker(None, phrase, start, end)  # ``l’un d’eux``: a source, unnamed
        return None

    def _honorific_surname(self, phrase: str, start: int) -> Entity | None:
        """``M. X`` / ``Mme X``: the person of the document whose name ends with that surname.

        The NER often misses or mistypes a bare surname after an honorific (tagged LOC), while
        the full name was recognised earlier; the honorific says it is a person."""
        m = _HONORIFIC_NAME.fullmatch(phrase.strip())
        if m is None:
            return None
        key = name_key(m.group(2))
        if not key:
            return None
        last = key.split()[-1:]
        found = [e for e in self.doc.entities if e.type == "PER" and name_key(e.name).split()[-1:] == last]
        if len(found) <= 1:
            return found[0] if found else None
        # Namesakes (a father and son): the one with a role in the text, else the one named last.
        titled = {r.person for r in self.doc.roles}
        with_role = [e for e in found if e.id in titled]
        if len(with_role) == 1:
            return with_role[0]
        before = [(m.start, e) for e in found for m in e.mentions if m.start < start]
        return max(before, key=lambda r: r[0])[1] if before else None

    def _heads(self, start: int, mention_start: int) -> bool:
        prefix = self.text[start:mention_start].lower()
        if not _COMPLEMENT.search(prefix):
            return True
        return self.title_in(prefix.strip()) is not None

    def apposition(self, end: int) -> tuple[int, int, Entity] | None:
        """A person named in apposition right after a phrase: ``Son avocate, Me X, a dit``."""
        m = _APPOSITION.match(self.text, end)
        if not m:
            return None
        comma = self.text.find(",", m.end(), m.end() + 90)
        stop = comma if comma >= 0 else m.end() + 40
        for row in self.mentions_in(m.end(), min(stop, m.end() + 60)):
            # ``Son avocate, Me X, a dit``: the name right after the comma, after an honorific,
            # a title (``, l’ancien Premier ministre néerlandais X,``) or a definite nationality
            # (``, le Belge X,``); and set off by a comma or the sentence end after it
            # (``Selon la tradition, X est …`` and ``, remis à M. X,`` are no appositions).
            after = self.text[row[1] : row[1] + 2].strip()
            between = self.text[m.end() : row[0]].strip().lower()
            if between and between not in _HONORIFICS and self.title_in(between) is None \
                    and not _NATIONALITY.fullmatch(self.text[m.end() : row[0]].strip()):
                continue
            if row[2].type == "PER" and row[0] >= m.end() and (not after or after[0] in ",.;!?"):
                return row
        return None

    @staticmethod
    def _speaker(ent: Entity, start: int, end: int) -> Speaker:
        # Persons the NER missed (see ``_unlinked_persons``) carry no entity id.
        return Speaker(ent.id or None, ent.name, start, end)

    def _organisation_named(self, head: str, before: int) -> Entity | None:
        """The nearest organisation mentioned before ``before`` whose name contains ``head``."""
        i = bisect.bisect_left(self.mention_starts, before) - 1
        seen = 0
        while i >= 0 and seen < 50:
            ms, me, ent = self.mentions[i]
            i -= 1
            seen += 1
            if ent.type == "ORG" and head in name_key(self.text[ms:me]).split():
                return ent
        return None

    def title_in(self, low: str) -> str | None:
        """The longest title word written in ``low`` (lower case), if any."""
        padded = f" {_ELIDED.sub(lambda m: m.group(1) + ' ', low)} "
        best = None
        for m in self.title_pattern.finditer(padded):
            if best is None or len(m.group(1)) > len(best):
                best = m.group(1)
        return best

    def gender(self, ent: Entity) -> str | None:
        key = ent.id or ent.name
        if key in self._genders:
            return self._genders[key]
        votes = {"Masc": 0, "Fem": 0}
        sdoc = self.sdoc
        # Only determiners, honorifics and titles around a mention count: the tagger's gender
        # for proper nouns is unreliable (``Nathalie`` tagged masculine).
        for m in ent.mentions:
            i = self.token_index(m.start)
            if i > 0 and sdoc[i - 1].pos_ == "ADP":
                continue  # ``l’avocate de X``: the words before belong to someone else
            for j in range(max(0, i - 6), i):
                w = sdoc[j].lower_
                title_gender = self.lex.titles.get(w)
                # A determiner counts right before the name or before a title right before it
                # (``la présidente X``), not inside a complement (``ministre de la Santé, X``).
                det_here = j == i - 1 or (j == i - 2 and sdoc[i - 1].lower_ in self.lex.titles)
                if title_gender == "Fem" or (w in _FEM_MARKERS and det_here):
                    votes["Fem"] += 1
                elif title_gender == "Masc" or (w in _MASC_MARKERS and det_here):
                    votes["Masc"] += 1
        if votes["Masc"] == votes["Fem"]:
            result = None
        else:
            result = "Masc" if votes["Masc"] > votes["Fem"] else "Fem"
        self._genders[key] = result
        return result

    def resolve_pronoun(self, start: int, end: int, gender: str | None) -> Speaker:
        """The nearest person mentioned before ``start`` (outside quotes) of compatible gender."""
        word = self.text[start:end]
        bare = word.lower().lstrip("-").replace("t-", "")
        if bare in ("ils", "elles"):
            plural = self._previous_subject(start, None, plural=True)
            return replace(plural, start=start, end=end) if plural else Speaker(None, bare, start, end)
        if bare in ("on", "je", "tu", "nous", "vous"):
            return Speaker(None, word.lstrip("-"), start, end)
        latter = bare in self.lex.latter_pronouns
        topic = _TOPIC.search(self.text, max(0, start - 120), start) if not latter else None
        if topic and "." not in self.text[topic.end() : start]:
            # ``Quant au chef du Sinn Fein, il a estimé``: the pronoun takes up the topic.
            spk = self.from_phrase(topic.start(1), topic.end(1))
            if spk is not None:
                return replace(spk, start=start, end=end)
        # ``Celui-ci``, ``ce dernier``: the person named last, not the previous sentence's subject.
        own = self._own_sentence_subject(start, gender) if not latter else None
        if own is not None:
            # ``Sa présidente, X, a laissé entendre : « … », a-t-elle déclaré``: the person who
            # is the subject earlier in the pronoun's own sentence.
            return replace(own, start=start, end=end)
        salient = self._previous_subject(start, gender) if not latter else None
        if salient is not None:
            return replace(salient, start=start, end=end)
        i = bisect.bisect_left(self.person_starts, start) - 1
        while i >= 0:
            ms, me, ent = self.persons[i]
            i -= 1
            if self.in_quote(ms, me) or _LOCATIVE_BEFORE.search(self.text, max(0, ms - 8), ms):
                continue  # ``rassemblés à Saraçhane`` (tagged PER): a place, or at best a bystander
            g = self.gender(ent)
            if gender is None or g is None or g == gender:
                return self._speaker(ent, start, end)
        return Speaker(None, word.lstrip("-"), start, end)

    def _own_sentence_subject(self, start: int, gender: str | None) -> Speaker | None:
        """The nearest person subject before ``start`` in its own sentence, outside quotes."""
        k = bisect.bisect_right(self.sent_starts, start) - 1
        if k < 0:
            return None
        first = self.token_index(self.doc.sentences[k].start)
        last = self.token_index(start)
        for tok in reversed(self.sdoc[max(first, last - _SUBJECT_WINDOW) : last]):
            if not tok.dep_.startswith("nsubj") or tok.pos_ == "PRON" or self.token_in_quote(tok):
                continue
            spk = self.from_phrase(*self.phrase_of_token(tok), strict=True)
            ent = self.doc.entity(spk.entity) if spk is not None and spk.entity else None
            if ent is not None and ent.type == "PER":
                g = self.gender(ent)
                if gender is None or g is None or g == gender:
                    return spk
        return None

    def _previous_subject(self, start: int, gender: str | None, plural: bool = False) -> Speaker | None:
        """The subject of the previous sentence when it can be what ``il``/``elle`` refers to:
        a person, or a titled or source noun phrase (``La direction … Elle a précisé``).

        Subjects are the most salient antecedents; looking at them first keeps a person named
        in passing (an object, a complement) from stealing the pronoun."""
        # Sentences from the document's spans (a spaCy ``Token.sent`` costs a scan each time).
        k = bisect.bisect_right(self.sent_starts, start) - 1
        for back in (1, 2):
            if k - back < 0:
                return None
            sent = self.doc.sentences[k - back]
            first = self.token_index(sent.start)
            last = min(self.token_index(max(sent.end - 1, sent.start)), first + _SUBJECT_WINDOW)
            # The source of a reporting verb first (``…, a annoncé X.``), then the main subject.
            subjects = [t for t in self.sdoc[first : last + 1]
                        if t.dep_.startswith("nsubj") and not self.token_in_quote(t)]
            reporting = [t for t in subjects if self.lex.verb_lemma(t.head.text, t.head.lemma_)]
            for tok in reporting + [t for t in subjects if t not in reporting]:
                if tok.head.dep_ != "ROOT" and tok not in reporting:
                    continue
                is_plural = tok.morph.get("Number") == ["Plur"] or (plural and any(
                    t.pos_ == "NOUN" and t.morph.get("Number") == ["Plur"] for t in tok.subtree))
                if tok.pos_ == "PRON" or is_plural != plural:
                    return None
                if plural:
                    # ``Des délégués … ont appelé … « … », ont-ils souligné``.
                    return self.from_phrase(*self.phrase_of_token(tok), strict=True)
                spk = self.from_phrase(*self.phrase_of_token(tok), strict=True)
                if spk is None:
                    return None
                ent = self.doc.entity(spk.entity) if spk.entity else None
                if ent is not None and ent.type == "PER":
                    g = self.gender(ent)
                    return spk if gender is None or g is None or g == gender else None
                if tok.pos_ == "NOUN":
                    # A titled or source noun, or any definite person-like noun of the right
                    # gender (``l’ancienne locataire … a-t-elle répété``).
                    g = tok.morph.get("Gender")
                    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE | {"l'", "l’"} for c in tok.children)
                    known = tok.lower_ in self.lex.titles or tok.lower_ in self.lex.source_nouns
                    if (known or definite) and (gender is None or not g or g[0] == gender):
                        return spk
                return None
        return None

    def _title_in_complement(self, low: str) -> bool:
        """Whether ``title`` sits only inside a ``de`` complement of a head that is no title."""
        body = low[len(_LEADING_DET.match(low).group()):]
        cut = _OF_COMPLEMENT.search(body)
        if cut is None:
            return False
        head = body[: cut.start()]
        return bool(_WORD.findall(head)) and self.title_in(head) is None

    def resolve_description(self, start: int, end: int, title: str) -> Speaker:
        """A person the text gave ``title``; the description itself when none is found.

        Titles are matched as whole words (``chef`` is not ``cheffe``), a gendered description
        skips persons of the other gender, and a description's tense qualifier must agree with
        the title it matches: ``le nouveau Premier ministre`` is not ``l’ancien Premier ministre X``,
        and an unqualified ``le président`` prefers a serving president to a former one."""
        phrase = self.text[start:end]
        low = phrase.lower()
        former = _tense(low)
        # ``le chef du gouvernement`` is how a text re-names its ``Premier ministre``.
        titles = {title}
        for written, same in self.lex.title_synonyms.items():
            if written in low:
                titles.update(same)
                low = low.replace(written, " ")
        body = phrase[len(_LEADING_DET.match(phrase).group()):]
        qualifiers = [w for w in re.findall(r"[A-ZÀ-Ý][\w’'-]+", body)
                      if w.lower() in low and w.lower() not in titles]
        # A demonym or a body inside the description (``le président ukrainien``, ``le
        # représentant de l’OMS``) must be the role's ``of``.
        bodies = {ent.id for ms, me, ent in self.mentions_in(start, end) if ent.type in ("LOC", "ORG") and ent.id}
        gender = self.lex.titles.get(title)
        det = phrase.split(" ", 1)[0].lower()
        if det in ("la", "cette", "une"):
            gender = "Fem"
        title_words = _words_pattern(tuple(sorted(titles)))
        # Candidates in order of preference, each with its own tense; the first whose tense
        # agrees wins, an unqualified description falling back to a former holder.
        candidates: list[tuple[Entity, bool | None]] = []
        for role in sorted(self.doc.roles, key=lambda r: -r.start):
            if role.start > end or not title_words.search(self._role_titles(role.title)):
                continue
            if bodies and role.of not in bodies:
                continue
            ent = self.doc.entity(role.person)
            if ent is None:
                continue
            g = self.gender(ent)
            if gender and g and g != gender:
                continue
            written = self.text[role.start : role.end].lower()
            if bodies or all(q.lower() in written for q in qualifiers):
                candidates.append((ent, _tense(f"{written} {role.title.lower()} {self._before(role.start)}")))
        i = bisect.bisect_left(self.person_starts, start) - 1
        while i >= 0:
            ms, me, ent = self.persons[i]
            i -= 1
            if self.in_quote(ms, me):
                continue
            window = self._title_window(ms, me).lower()
            if not title_words.search(window):
                continue
            if any(q.lower() not in window for q in qualifiers):
                continue
            g = self.gender(ent)
            if gender and g and g != gender:
                continue
            candidates.append((ent, _tense(window)))
        for ent, tense in candidates:
            if tense is not True if not former else tense is True:
                return self._speaker(ent, start, end)
        if former is None and candidates:
            return self._speaker(candidates[0][0], start, end)
        if det in ("le", "la", "l'", "l’") or phrase.lower().startswith(("l'", "l’")):
            # A definite description naming no one the text titled so: the person the previous
            # sentence was about (``Laurent Fabius se dit … Le président de l’Assemblée juge``).
            salient = self._previous_subject(start, gender)
            if salient is not None and salient.entity:
                return replace(salient, start=start, end=end)
        return Speaker(None, phrase, start, end)

    def _before(self, offset: int) -> str:
        """The few words before a role's title (``l’ancien`` is not always part of it)."""
        return self.text[max(0, offset - 14) : offset].lower()

    def _role_titles(self, title: str) -> str:
        """A role's title with the periphrases it is also known by (``chef de la diplomatie``
        is a ``ministre des affaires étrangères``), for substring tests."""
        low = title.lower()
        extra = [" ".join(same) for written, same in self.lex.title_synonyms.items() if written in low]
        return " | ".join([low, *extra])

    def _title_window(self, ms: int, me: int) -> str:
        """Words written right around a person mention: ``le ministre russe X`` or ``X, le ministre``."""
        text = self.text
        before = text[max(0, ms - 90) : ms]
        cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("« "))
        if cut >= 0:
            before = before[cut + 1 :]
        after = text[me : me + 80]
        if after.startswith(","):
            stop = _SENTENCE_STOP.search(after)
            after = after[: stop.start()] if stop else after
            comma = after.find(",", 1)
            after = after[: comma] if comma > 0 else after
        else:
            after = ""
        return f"{before} {after}"
