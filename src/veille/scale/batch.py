"""The engine-neutral unit of work: a batch of input records to a batch of analysed documents."""

from __future__ import annotations

from typing import Any

from veille.errors import InvalidInput
from veille.model import Document
from veille.settings import Settings, load_settings

__all__ = ["process_batch"]


def _pipeline(settings: Settings):
    # Engines call process_batch many times per worker process: the model must load once per
    # process and never travel between processes (spaCy issue #13506).
    from veille.pipeline import Pipeline

    return Pipeline.shared(settings)


def process_batch(records: list[dict[str, Any]], settings: Settings | None = None) -> list[dict[str, Any]]:
    """Analyse ``records`` and return ``Document.to_dict()`` for each, in order (plus ``raw``).

    Pure apart from the per-process model cache: no store, no I/O. A record that cannot be read
    comes back as ``{"id", "source", "error"}`` so one bad record never fails its batch.
    """
    settings = settings or load_settings()
    docs: list[Document] = []
    slots: list[int | dict[str, Any]] = []
    from veille.ingest.jsonl import record_document

    for n, record in enumerate(records):
        try:
            docs.append(record_document(record, where=f"record {n}"))
            slots.append(len(docs) - 1)
        except InvalidInput as exc:
            rid = record.get("id") if isinstance(record, dict) else None
            slots.append({"id": rid, "source": exc.path, "error": exc.one_line()})
    done = _pipeline(settings).run_batch(docs) if docs else []
    out = []
    for slot in slots:
        if isinstance(slot, dict):
            out.append(slot)
        else:
            doc = done[slot]
            data = doc.to_dict()
            data["raw"] = doc.raw
            out.append(data)
    return out
