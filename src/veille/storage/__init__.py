"""Storage behind one interface: :func:`open_store` returns a :class:`Store`."""

from veille.storage.base import PutReport, SearchHit, Store, open_store

__all__ = ["Store", "PutReport", "SearchHit", "open_store"]
