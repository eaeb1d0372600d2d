"""Finding canonical entities by id or by any name they are known under."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from veille.errors import NotFound, VeilleError
from veille.names import name_key
from veille.resolve.index import CanonIndex, ensure_schema
from veille.resolve.keys import phonetic_key

__all__ = ["find_entity", "parse_mention", "alias_entity_ids"]

_MENTION = re.compile(r"^(?P<doc>[^:]+):(?P<start>\d+)-(?P<end>\d+)$")


def _conn(store: Any) -> sqlite3.Connection:
    ensure_schema(store.conn)
    return store.conn


def find_entity(store: Any, ref: str) -> str:
    """The canonical id for ``ref``: an entity id, or a name or variant it is known under.
    Raises NotFound, or VeilleError listing the candidates when the name is ambiguous."""
    conn = _conn(store)
    index = CanonIndex(conn)
    ref = ref.strip()
    if conn.execute("SELECT 1 FROM canon_entities WHERE id = ? UNION ALL SELECT 1 FROM canon_redirect WHERE from_id = ?"
                    " UNION ALL SELECT 1 FROM entities WHERE id = ?", (ref, ref, ref)).fetchone():
        return index.follow(ref)
    ids: list[str] = []
    for column, key in (("vkey", name_key(ref)), ("pkey", phonetic_key(ref))):
        if not key:
            continue
        ids = list(dict.fromkeys(index.follow(r[0]) for r in conn.execute(
            f"SELECT canon_id FROM canon_aliases WHERE {column} = ? ORDER BY manual DESC, seen DESC", (key,))))
        if ids:
            break
    if not ids:
        ids = list(store.entity_ids_for(ref)) if hasattr(store, "entity_ids_for") else []
    if not ids:
        raise NotFound(f"no entity known as {ref!r}")
    if len(ids) > 1:
        named = [i for i in ids if name_key(index.name_of(i) or "") == name_key(ref)]
        if len(named) == 1:
            return named[0]
        listing = ", ".join(f"{i} ({index.name_of(i) or '?'})" for i in ids[:10])
        raise VeilleError(f"{ref!r} is ambiguous: {listing}; use an entity id", details={"candidates": ids})
    return ids[0]


def parse_mention(text: str) -> tuple[str, int, int]:
    """``DOC:START-END`` → (doc id, start, end)."""
    m = _MENTION.match(text.strip())
    if not m:
        raise VeilleError(f"mention {text!r} is not DOC:START-END")
    return m["doc"], int(m["start"]), int(m["end"])


def _display(conn, canon_id: str) -> str | None:
    row = conn.execute("SELECT name FROM canon_entities WHERE id = ? UNION ALL SELECT name FROM entities WHERE id = ?",
                       (canon_id, canon_id)).fetchone()
    return row[0] if row else None




def alias_entity_ids(conn: sqlite3.Connection, name: str) -> list[str]:
    """Canonical ids known under ``name`` as a curated or seen alias (merged ids followed);
    empty when the resolver never ran on this store. For the store's ``entity_ids_for``."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'canon_aliases'").fetchone():
        return []
    rows = conn.execute(
        "SELECT DISTINCT coalesce(r.to_id, a.canon_id) FROM canon_aliases a"
        " LEFT JOIN canon_redirect r ON r.from_id = a.canon_id WHERE a.vkey = ?", (name_key(name),),
    ).fetchall()
    return [r[0] for r in rows]
