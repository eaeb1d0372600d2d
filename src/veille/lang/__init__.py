"""Language packs: everything language-specific that the pipeline needs, as data.

A language is added by adding a package ``veille.lang.<code>`` (or an entry point in the
``veille.languages`` group) that exposes a module-level ``PACK = LanguagePack(...)``. Stages never
hard-code French; they ask :func:`get_pack` for the rules of ``doc.lang``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Any

__all__ = ["LanguagePack", "get_pack", "has_pack"]


@dataclass(frozen=True)
class LanguagePack:
    code: str
    #: spaCy packages to try, best first (the first importable one is used).
    spacy_models: tuple[str, ...]
    #: Line-level boilerplate rules: (compiled regex, reason).
    boilerplate: tuple[Any, ...] = ()
    #: Anything else a stage needs (cue lexicon, time rules, titles...), keyed by stage name.
    resources: dict[str, Any] = field(default_factory=dict)


@lru_cache(maxsize=None)
def get_pack(code: str | None) -> LanguagePack | None:
    if not code:
        return None
    try:
        module = importlib.import_module(f"veille.lang.{code}")
        return module.PACK
    except ModuleNotFoundError:
        pass
    for ep in entry_points(group="veille.languages"):
        if ep.name == code:
            return ep.load()
    return None


def has_pack(code: str | None) -> bool:
    return get_pack(code) is not None
