"""A throwaway in-process store for tests and dry runs.

It is SQLite's ``:memory:`` database behind the same class as the default store rather than a
dict-backed twin: tests then exercise the real SQL and FTS5 paths, and there is one
implementation of search to keep correct instead of two.
"""

from __future__ import annotations

from veille.storage.sqlite import SQLiteStore

__all__ = ["MemoryStore"]


class MemoryStore(SQLiteStore):
    def __init__(self, url: str = "memory://"):
        super().__init__(":memory:")
