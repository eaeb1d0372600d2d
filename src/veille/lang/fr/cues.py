"""The French reporting-cue lexicon (``data/cues.json``) loaded into a :class:`CueLexicon`.

The lexicon is data so that another language pack can ship its own file with the same keys.
Regular ``-er`` verbs list only their lemma: their inflected forms (``déclare``, ``déclaré``,
``déclarait``...) are generated here, so an incise can be recognised from the surface text even
where the parser mis-tags the verb (``a-t-il martelé`` is often parsed as an adjective).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["CueLexicon", "load_cues", "lexicon_from_dict", "regular_er_forms", "CUES_PATH"]

CUES_PATH = Path(__file__).with_name("data") / "cues.json"

_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "er", "ait", "aient", "a", "èrent", "era", "eront",
               "erait", "eraient", "ant")


def regular_er_forms(lemma: str) -> set[str]:
    """Inflected forms of a regular first-group verb, with the ``-cer``/``-ger`` spelling rules
    (``annonça``, ``jugeait``): the soft consonant is kept before ``a``/``o``."""
    if not lemma.endswith("er") or " " in lemma:
        return set()
    stem = lemma[:-2]
    forms = set()
    for ending in _ER_ENDINGS:
        base = stem
        if ending[0] in "ao":
            if stem.endswith("c"):
                base = stem[:-1] + "ç"
            elif stem.endswith("g"):
                base = stem + "e"
        forms.add(base + ending)
    return forms


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Reporting cues of one language. All strings are lower case."""

    #: Verb lemmas that introduce reported speech.
    verbs: frozenset[str]
    #: Inflected form -> lemma, for recognising cues on the surface text.
    forms: dict[str, str]
    #: Lemmas that count only inverted after a quote (``reprit-il``).
    incise_only: frozenset[str]
    #: Opinion verbs (``estimer``): a cue only with a clause complement.
    belief: frozenset[str]
    #: Auxiliary forms that may precede an inverted participle (``a déclaré X``, ``a-t-il dit``).
    auxiliaries: frozenset[str]
    #: Nouns naming a statement (``communiqué``, ``déclaration``).
    nouns: frozenset[str]
    #: Prepositions introducing a source (``selon``) -> options (``person_only``).
    prepositions: dict[str, dict[str, Any]]
    #: Pronoun -> grammatical gender ("Masc", "Fem" or None).
    pronouns: dict[str, str | None]
    #: Person titles (``ministre``, ``porte-parole``) -> gender or None.
    titles: dict[str, str | None]
    #: Demonstratives that take up the person named last (``celui-ci``, ``ce dernier``).
    latter_pronouns: frozenset[str] = frozenset()
    #: Nouns that can head a source after ``selon`` (``les autorités``, ``un rapport``).
    source_nouns: frozenset[str] = frozenset()
    #: Periphrases for a title (``chef du gouvernement``) -> the titles they stand for.
    title_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Verbs that carry on a statement already begun (``a poursuivi le diplomate``): an
    #: unresolved description or pronoun as their subject is the speaker just quoted.
    continuation_verbs: frozenset[str] = frozenset()
    #: Nouns for a written statement (``Le texte ajoute : …``): as a subject they stand for
    #: the source of the statement quoted just before.
    document_nouns: frozenset[str] = frozenset()

    def verb_lemma(self, word: str, lemma: str = "") -> str | None:
        """The cue lemma of a token given its surface form and (possibly wrong) parser lemma."""
        low = word.lower()
        if lemma and lemma.lower() in self.verbs:
            return lemma.lower()
        return self.forms.get(low)


def lexicon_from_dict(data: dict[str, Any]) -> CueLexicon:
    verbs: set[str] = set()
    forms: dict[str, str] = {}
    incise_only: set[str] = set()
    belief: set[str] = set()
    for lemma, opts in data.get("verbs", {}).items():
        lemma = lemma.lower()
        verbs.add(lemma)
        for form in regular_er_forms(lemma) | {f.lower() for f in opts.get("forms", ())} | {lemma}:
            forms.setdefault(form, lemma)
        if opts.get("incise_only"):
            incise_only.add(lemma)
        if opts.get("belief"):
            belief.add(lemma)
    return CueLexicon(
        verbs=frozenset(verbs),
        forms=forms,
        incise_only=frozenset(incise_only),
        belief=frozenset(belief),
        auxiliaries=frozenset(a.lower() for a in data.get("auxiliaries", ())),
        nouns=frozenset(n.lower() for n in data.get("nouns", ())),
        prepositions={k.lower(): dict(v) for k, v in data.get("prepositions", {}).items()},
        pronouns={k.lower(): v for k, v in data.get("pronouns", {}).items()},
        titles={k.lower(): v for k, v in data.get("titles", {}).items()},
        latter_pronouns=frozenset(w.lower() for w in data.get("latter_pronouns", ())),
        source_nouns=frozenset(n.lower() for n in data.get("source_nouns", ())),
        title_synonyms={k.lower(): tuple(t.lower() for t in v) for k, v in data.get("title_synonyms", {}).items()},
        continuation_verbs=frozenset(v.lower() for v in data.get("continuation_verbs", ())),
        document_nouns=frozenset(n.lower() for n in data.get("document_nouns", ())),
    )


@lru_cache(maxsize=None)
def load_cues(path: str | Path = CUES_PATH) -> CueLexicon:
    """Read a cue lexicon file (JSON with the keys of ``data/cues.json``), once per path."""
    with open(path, encoding="utf-8") as fh:
        return lexicon_from_dict(json.load(fh))
