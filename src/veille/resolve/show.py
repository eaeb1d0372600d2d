"""Reading the canonical entities and the curation history (``veille entity show``/``log``)."""

from __future__ import annotations

from typing import Any

import orjson

from veille.errors import NotFound
from veille.resolve.lookup import _conn, _display, find_entity

__all__ = ["show_entity", "curation_log"]


def curation_log(store: Any, limit: int = 50, entity: str | None = None) -> list[dict[str, Any]]:
    """Audit log entries, newest first (optionally only those touching ``entity``)."""
    conn = _conn(store)
    rows = conn.execute("SELECT * FROM curation_log ORDER BY id DESC").fetchall()
    target = find_entity(store, entity) if entity else None
    out = []
    for r in rows:
        ids = orjson.loads(r["entities"])
        if target and target not in ids:
            continue
        out.append({"id": r["id"], "at": r["at"], "who": r["who"], "action": r["action"], "args": orjson.loads(r["args"]),
                    "entities": ids, "before": orjson.loads(r["before"]).get("names", {}),
                    "after": orjson.loads(r["after"]), "undone_by": r["undone_by"]})
        if len(out) >= limit:
            break
    return out


def show_entity(store: Any, name: str, *, documents_limit: int = 50) -> dict[str, Any]:
    """Everything known about one entity: variants with counts, types, roles over time
    (title, of, date), documents, quote count, merged ids and curation history."""
    conn = _conn(store)
    a = find_entity(store, name)
    canon = conn.execute("SELECT * FROM canon_entities WHERE id = ?", (a,)).fetchone()
    base = conn.execute("SELECT name, type FROM entities WHERE id = ?", (a,)).fetchone()
    if canon is None and base is None:
        raise NotFound(f"no entity {a!r}")
    variants = {r[0]: r[1] for r in conn.execute(
        "SELECT text, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY n DESC, text", (a,))}
    types = {r[0]: r[1] for r in conn.execute(
        "SELECT label, count(*) FROM mentions WHERE entity_id = ? GROUP BY label ORDER BY count(*) DESC", (a,))}
    # Roles over time: one row per (title, of) with the first and last dates it is reported.
    roles = [
        {"title": r["title"], "of": r["of"], "of_name": _display(conn, r["of"]) if r["of"] else None,
         "when": r["first"], "first": r["first"], "last": r["last"], "count": r["n"], "doc_id": r["doc_id"]}
        for r in conn.execute('SELECT title, "of", min(when_) AS first, max(when_) AS last, count(*) AS n,'
                              " min(doc_id) AS doc_id FROM roles WHERE person = ? GROUP BY title, \"of\""
                              " ORDER BY first IS NULL, first, title", (a,))
    ]
    docs = [dict(r) for r in conn.execute(
        "SELECT m.doc_id AS id, d.title, d.published, count(*) AS mentions FROM mentions m JOIN documents d"
        " ON d.id = m.doc_id WHERE m.entity_id = ? GROUP BY m.doc_id ORDER BY d.published IS NULL, d.published DESC"
        " LIMIT ?", (a, documents_limit))]
    n_docs = conn.execute("SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = ?", (a,)).fetchone()[0]
    quotes = conn.execute("SELECT count(*) FROM quotes WHERE speaker_entity = ?", (a,)).fetchone()[0]
    aliases = [dict(r) for r in conn.execute(
        "SELECT variant, seen, manual FROM canon_aliases WHERE canon_id = ? ORDER BY manual DESC, seen DESC", (a,))]
    merged = [r[0] for r in conn.execute("SELECT from_id FROM canon_redirect WHERE to_id = ?", (a,))]
    removed = [r[0] for r in conn.execute("SELECT pkey FROM canon_blocks WHERE canon_id = ?", (a,))]
    return {
        "id": a,
        "name": canon["name"] if canon else base["name"],
        "type": canon["type"] if canon else base["type"],
        "variants": variants,
        "mentions": sum(variants.values()),
        "types": types,
        "aliases": aliases,
        "removed_aliases": removed,
        "roles": roles,
        "documents": docs,
        "document_count": n_docs,
        "quotes": quotes,
        "merged_from": merged,
        "history": curation_log(store, limit=20, entity=a),
    }
