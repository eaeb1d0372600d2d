"""One error hierarchy. Every error has a stable code, a message and optional details.

Codes let users and tests refer to a failure without matching on prose
(``[V012] Stage 'quotes' needs 'sentences'``). Shells turn a :class:`VeilleError` into a
one-line message and exit code 1; JSON shells render ``{ok, error, errors, status}``.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "VeilleError",
    "InvalidInput",
    "InvalidDocument",
    "StageError",
    "StoreError",
    "NotFound",
    "EvalDataMissing",
]


class VeilleError(Exception):
    code = "V000"
    status = 500

    def __init__(self, message: str, *, path: str | None = None, details: dict[str, Any] | None = None):
        self.message = message
        self.path = path
        self.details = details or {}
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"[{self.code}] {where}{self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"ok": False, "error": self.one_line(), "errors": [self.message], "status": self.status}


class InvalidInput(VeilleError):
    """A file or record that cannot be read as an article (binary, empty, malformed, too big)."""

    code = "V001"
    status = 400


class InvalidDocument(VeilleError):
    """A document that does not satisfy the model (bad offsets, unknown type, bad JSON shape)."""

    code = "V002"
    status = 400


class StageError(VeilleError):
    """A pipeline stage failed or broke its contract; ``stage`` names it."""

    code = "V010"
    status = 500

    def __init__(self, message: str, *, stage: str, **kwargs: Any):
        self.stage = stage
        super().__init__(f"Stage '{stage}': {message}", **kwargs)


class StoreError(VeilleError):
    """The store cannot be opened or written (locked, read-only, wrong schema version)."""

    code = "V020"
    status = 503


class NotFound(VeilleError):
    code = "V030"
    status = 404


class EvalDataMissing(VeilleError):
    """An evaluation corpus under ../shared/eval is absent."""

    code = "V040"
    status = 404
