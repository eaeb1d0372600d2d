"""Cross-document entity resolution: one canonical entity per real person, place, organisation.

``resolve_documents(store, docs)`` is called by ``api.ingest`` after the pipeline and before the
documents are stored: it maps each document's local entity ids to canonical ids kept in the
store's own tables (see :mod:`veille.resolve.index`) and re-applies curators' decisions
(:mod:`veille.resolve.curation`), so they survive re-ingestion and ``--force`` re-analysis.
"""

from __future__ import annotations

import logging
from typing import Any

from veille.model import Document

__all__ = ["resolve_documents"]

log = logging.getLogger(__name__)


def resolve_documents(store: Any, docs: list[Document]) -> list[Document]:
    """``docs`` with canonical entity ids (entities, quote speakers, roles rewritten together).

    Documents are resolved in order, so later documents of a batch see the earlier ones."""
    from veille.resolve.documents import resolve_document
    from veille.resolve.index import CanonIndex, ensure_schema

    docs = list(docs)
    if not any(d.entities for d in docs):
        return docs
    conn = getattr(store, "conn", None)
    if conn is None or not hasattr(store, "transaction"):
        log.warning("store %s has no SQL connection: entities are not resolved across documents", type(store).__name__)
        return docs
    out = []
    with store.transaction():
        ensure_schema(conn)
        index = CanonIndex(conn)
        for doc in docs:
            # One savepoint per document: a failure leaves that document with its local ids
            # and the index without half of its updates, and the batch goes on.
            conn.execute("SAVEPOINT resolve_doc")
            try:
                out.append(resolve_document(index, doc))
            except Exception:
                conn.execute("ROLLBACK TO resolve_doc")
                index = CanonIndex(conn)  # drop caches that may hold rolled-back rows
                log.exception("entity resolution failed for document %s; its entities stay unresolved", doc.id)
                out.append(doc)
            conn.execute("RELEASE resolve_doc")
    log.debug("resolved entities of %d documents", len(out))
    return out
