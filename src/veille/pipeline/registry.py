"""The stage registry. Built-in stages register through the same path third parties use.

A stage is registered with :func:`stage` on a *factory*: ``factory(settings) -> callable`` where
the callable maps a Document to a new Document. A factory may return an object that also has
``pipe(list[Document]) -> list[Document]`` to process a batch at once (the spaCy stage does).
Third-party stages are declared under the ``veille.stages`` entry-point group; entry points and
built-ins are loaded lazily, once.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any, Callable

from veille.errors import StageError

__all__ = ["StageInfo", "stage", "get_stage", "registered_stages", "BUILTIN_STAGE_MODULES"]

log = logging.getLogger(__name__)

# Modules whose import registers the built-in stages (the "default plugins").
BUILTIN_STAGE_MODULES = (
    "veille.pipeline.stages.clean",
    "veille.pipeline.stages.language",
    "veille.pipeline.stages.parse",
    "veille.pipeline.stages.sentences",
    "veille.pipeline.stages.entities",
    "veille.pipeline.stages.roles",
    "veille.pipeline.stages.times",
    "veille.pipeline.stages.quotes",
)


@dataclass(frozen=True, slots=True)
class StageInfo:
    name: str
    factory: Callable[..., Any]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    #: Run only on documents in an analysed language (``doc.analyzed``).
    analysis: bool = True
    description: str = ""


_REGISTRY: dict[str, StageInfo] = {}
_LOADED = False


def stage(
    name: str,
    *,
    requires: tuple[str, ...] = (),
    assigns: tuple[str, ...] = (),
    analysis: bool = True,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a stage factory under ``name``."""

    def decorate(factory: Callable[..., Any]) -> Callable[..., Any]:
        doc = (factory.__doc__ or "").strip().splitlines()
        _REGISTRY[name] = StageInfo(name, factory, tuple(requires), tuple(assigns), analysis, doc[0] if doc else "")
        return factory

    return decorate


def _ensure_loaded() -> None:
    global _LOADED
    if _LOADED:
        return
    _LOADED = True
    for module in BUILTIN_STAGE_MODULES:
        importlib.import_module(module)
    for ep in entry_points(group="veille.stages"):
        if ep.name in _REGISTRY:
            continue
        try:
            ep.load()
        except Exception as exc:  # a broken plugin must not take the built-ins down
            log.warning("could not load stage plugin %s: %s", ep.name, exc)


def get_stage(name: str) -> StageInfo:
    _ensure_loaded()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise StageError(f"unknown stage; known: {', '.join(sorted(_REGISTRY))}", stage=name) from None


def registered_stages() -> dict[str, StageInfo]:
    _ensure_loaded()
    return dict(_REGISTRY)
