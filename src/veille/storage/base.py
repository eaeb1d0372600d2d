"""The Store interface. The pipeline never touches storage; the API moves documents in and out.

Backends register under the ``veille.stores`` entry-point group (sqlite and memory are built in)
and are opened by URL with :func:`open_store`: a plain path or ``sqlite:///path`` for SQLite,
``memory://`` for a throwaway in-process store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Iterable, Iterator, Protocol, runtime_checkable

from veille.errors import StoreError
from veille.model import Document

__all__ = ["Store", "PutReport", "SearchHit", "open_store", "SCHEMA_VERSION"]

SCHEMA_VERSION = 2


@dataclass
class PutReport:
    stored: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    title: str | None
    published: str | None
    source: str
    snippet: str
    score: float


@runtime_checkable
class Store(Protocol):
    def put_many(self, docs: Iterable[Document], *, force: bool = False) -> PutReport: ...

    def has(self, doc_id: str, content_hash: str) -> bool: ...

    def get(self, doc_id: str) -> Document: ...

    def iter_documents(self) -> Iterator[Document]: ...

    def search(
        self,
        query: str,
        *,
        entity: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
    ) -> list[SearchHit]: ...

    def find_entities(self, name: str | None = None, *, type: str | None = None, limit: int = 100) -> list[dict[str, Any]]: ...

    def quotes(
        self,
        *,
        speaker: str | None = None,
        query: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
    ) -> list[dict[str, Any]]: ...

    def timeline(self, *, entity: str | None = None, since: str | None = None, until: str | None = None, limit: int = 500) -> list[dict[str, Any]]: ...

    def stats(self) -> dict[str, Any]: ...

    def close(self) -> None: ...


def open_store(url: str) -> Store:
    """Open a store by URL or path (``veille.db``, ``sqlite:///x.db``, ``memory://``)."""
    url = str(url)
    scheme = url.split("://", 1)[0] if "://" in url else "sqlite"
    if scheme == "sqlite":
        path = url.split("://", 1)[1] if "://" in url else url
        if path.startswith("/") and url.startswith("sqlite:///"):
            path = path  # sqlite:///abs/path keeps its leading slash
        from veille.storage.sqlite import SQLiteStore

        return SQLiteStore(path)
    if scheme == "memory":
        from veille.storage.memory import MemoryStore

        return MemoryStore()
    for ep in entry_points(group="veille.stores"):
        if ep.name == scheme:
            return ep.load()(url)
    raise StoreError(f"no store backend for {scheme!r} URLs (known: sqlite, memory)", path=url)
