"""French temporal expressions: lexicon and grammar, compiled once at import.

The stage reads this through the language pack (``get_pack("fr").resources["times"]``), so a
language with its own ``timex`` package plugs into the same stage.
"""

from veille.lang.fr.timex.grammar import RULE_NAMES, Timex, scan
from veille.lang.fr.timex.lexicon import PERSON_NOUNS, PERSON_SUFFIXES, PLANNED_PARTICIPLES, TIME_NOUNS

__all__ = ["TIMES", "Timex", "scan", "RULE_NAMES"]

#: What the pack exposes to the ``times`` stage.
TIMES = {
    "scan": scan,
    "person_nouns": PERSON_NOUNS,
    "person_suffixes": PERSON_SUFFIXES,
    "planned": PLANNED_PARTICIPLES,
    "time_nouns": TIME_NOUNS,
}
