"""Human curation of canonical entities, with an audit trail and undo.

Every function takes the store, the entities (by id or by any name they are known under) and
``who``; it changes only the rows (and, for a split, the stored documents) of the entities
involved, records a ``curation_log`` row (who, when, what, before, after) plus what undo needs
(the prior JSON of rewritten documents, the list of documents a merge touched), and stores the decision in the index tables so that re-analysis re-applies it (see
:mod:`veille.resolve.documents`). ``undo`` restores the prior state of one action.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import datetime, timezone
from typing import Any, Iterable

import orjson

from veille.errors import NotFound, VeilleError
from veille.model import Document
from veille.names import name_key
from veille.resolve.index import CANON_TABLES, CanonIndex
from veille.resolve.keys import phonetic_key
from veille.resolve.lookup import _conn, _display, find_entity, parse_mention
from veille.resolve.rewrite import carve_mentions
from veille.resolve.show import curation_log, show_entity

__all__ = [
    "merge", "split", "rename", "alias_add", "alias_remove", "undo", "show_entity", "curation_log",
    "find_entity", "parse_mention",
]



def _affected_docs(conn: sqlite3.Connection, ids: Iterable[str]) -> list[str]:
    ids = list(ids)
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT doc_id FROM mentions WHERE entity_id IN ({marks}) UNION SELECT doc_id FROM quotes WHERE speaker_entity"
        f' IN ({marks}) UNION SELECT doc_id FROM roles WHERE person IN ({marks}) OR "of" IN ({marks})', ids * 4,
    ).fetchall()
    return sorted(r[0] for r in rows)


def _load(store: Any, doc_ids: list[str]) -> list[Document]:
    return [store.get(d) for d in doc_ids]


# -- snapshots and the log ------------------------------------------------------------------
def _snapshot(conn: sqlite3.Connection, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out = {}
    for table, columns in CANON_TABLES.items():
        where = " OR ".join(f'"{c}" IN ({",".join("?" * len(ids))})' for c in columns)
        out[table] = [dict(r) for r in conn.execute(f"SELECT * FROM {table} WHERE {where}", ids * len(columns))]
    return out


def _restore(conn: sqlite3.Connection, ids: list[str], snapshot: dict[str, list[dict[str, Any]]]) -> None:
    for table, columns in CANON_TABLES.items():
        where = " OR ".join(f'"{c}" IN ({",".join("?" * len(ids))})' for c in columns)
        conn.execute(f"DELETE FROM {table} WHERE {where}", ids * len(columns))
        for row in snapshot.get(table, []):
            cols = list(row)
            conn.execute(f"INSERT OR REPLACE INTO {table} ({','.join(chr(34) + c + chr(34) for c in cols)})"
                         f" VALUES ({','.join('?' * len(cols))})", [row[c] for c in cols])


def _begin_action(conn, who, action, args, ids, doc_ids) -> int:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    before = {"canon": _snapshot(conn, ids), "names": {i: _display(conn, i) for i in ids}}
    cur = conn.execute(
        "INSERT INTO curation_log (at, who, action, args, entities, before, after) VALUES (?,?,?,?,?,?,?)",
        (now, who, action, orjson.dumps(args).decode(), orjson.dumps(ids).decode(), orjson.dumps(before).decode(), "{}"),
    )
    action_id = cur.lastrowid
    if doc_ids:
        marks = ",".join("?" * len(doc_ids))
        conn.execute(f"INSERT INTO curation_snapshots (action_id, doc_id, data) SELECT ?, id, data FROM documents"
                     f" WHERE id IN ({marks})", [action_id, *doc_ids])
    return action_id


def _end_action(conn, action_id: int, ids: list[str], summary: dict[str, Any]) -> None:
    after = {"names": {i: _display(conn, i) for i in ids}, **summary}
    conn.execute("UPDATE curation_log SET after = ? WHERE id = ?", (orjson.dumps(after).decode(), action_id))


def _write(store: Any, conn: sqlite3.Connection, docs: list[Document]) -> None:
    # Inside the caller's transaction, so the log, the index and the documents change together.
    store.rewrite(conn, docs)


def _set_speaker_names(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    """Quote rows (and their search index) name a linked speaker by the entity's display name."""
    for canon_id in ids:
        name = _display(conn, canon_id)
        if name is None:
            continue
        rids = [r[0] for r in conn.execute("SELECT rid FROM quotes WHERE speaker_entity = ?", (canon_id,))]
        conn.execute("UPDATE quotes SET speaker_name = ? WHERE speaker_entity = ?", (name, canon_id))
        conn.executemany("UPDATE quotes_fts SET speaker = ? WHERE rowid = ?", [(name, r) for r in rids])


def _merge_rows(conn: sqlite3.Connection, a: str, b: str) -> None:
    """Merge by UPDATEs of the derived rows. The documents' JSON is left as stored: reads follow
    ``canon_redirect`` (see ``SQLiteStore._current``), so a merge costs the rows it moves, not a
    rewrite of every document that mentions the entity."""
    conn.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (a, b))
    conn.execute('UPDATE roles SET person = ? WHERE person = ?', (a, b))
    conn.execute('UPDATE roles SET "of" = ? WHERE "of" = ?', (a, b))
    conn.execute("UPDATE quotes SET speaker_entity = ? WHERE speaker_entity = ?", (a, b))
    _set_speaker_names(conn, [a])


def _unmerge_rows(conn: sqlite3.Connection, a: str, b: str, action_id: int) -> int:
    """Undo :func:`_merge_rows` once the canonical tables are restored: a derived row always
    equals its document's stored id followed through ``canon_redirect``, so the rows of ``a``
    whose stored id now leads to ``b`` go back to ``b`` (set-wise, through a temporary table).
    Only the documents the merge touched are read; those re-analysed since store ``a`` itself
    and keep it."""
    to_b = {b} | {r[0] for r in conn.execute("SELECT from_id FROM canon_redirect WHERE to_id = ?", (b,))}
    spans: list[tuple[str, str, int, int]] = []
    docs: set[str] = set()
    for doc_id, blob in conn.execute("SELECT d.id, d.data FROM curation_documents c JOIN documents d ON d.id = c.doc_id"
                                     " WHERE c.action_id = ?", (action_id,)).fetchall():
        data = orjson.loads(blob)
        found = (
            [("m", doc_id, m["start"], m["end"]) for e in data.get("entities", ()) if e["id"] in to_b for m in e["mentions"]]
            + [("q", doc_id, q["start"], q["end"]) for q in data.get("quotes", ())
               if (q.get("speaker") or {}).get("entity") in to_b]
            + [("p", doc_id, r["start"], r["end"]) for r in data.get("roles", ()) if r.get("person") in to_b]
            + [("o", doc_id, r["start"], r["end"]) for r in data.get("roles", ()) if r.get("of") in to_b]
        )
        if found:
            docs.add(doc_id)
            spans += found
    conn.execute('CREATE TEMP TABLE IF NOT EXISTS _spans (kind TEXT, doc_id TEXT, start INTEGER, "end" INTEGER,'
                 ' PRIMARY KEY (kind, doc_id, start, "end"))')
    conn.execute("DELETE FROM _spans")
    conn.executemany("INSERT OR IGNORE INTO _spans VALUES (?,?,?,?)", spans)
    span = "(SELECT 1 FROM _spans s WHERE s.kind = ? AND s.doc_id = {t}.doc_id AND s.start = {t}.start AND s.\"end\" = {t}.\"end\")"
    conn.execute(f"UPDATE mentions SET entity_id = ? WHERE entity_id = ? AND EXISTS {span.format(t='mentions')}", (b, a, "m"))
    conn.execute(f"UPDATE roles SET person = ? WHERE person = ? AND EXISTS {span.format(t='roles')}", (b, a, "p"))
    conn.execute(f'UPDATE roles SET "of" = ? WHERE "of" = ? AND EXISTS {span.format(t="roles")}', (b, a, "o"))
    conn.execute(f"UPDATE quotes SET speaker_entity = ? WHERE speaker_entity = ? AND EXISTS {span.format(t='quotes')}",
                 (b, a, "q"))
    conn.execute("DELETE FROM _spans")
    _set_speaker_names(conn, [a, b])
    return len(docs)


def _ensure_canon(conn, canon_id: str) -> None:
    """Entities stored before the resolver existed get a canonical row on first curation."""
    if conn.execute("SELECT 1 FROM canon_entities WHERE id = ?", (canon_id,)).fetchone():
        return
    row = conn.execute("SELECT name, type FROM entities WHERE id = ?", (canon_id,)).fetchone()
    if row is None:
        raise NotFound(f"no entity {canon_id!r}")
    conn.execute("INSERT INTO canon_entities (id, name, type) VALUES (?,?,?)", (canon_id, row[0], row[1]))
    index = CanonIndex(conn)
    variants = [r[0] for r in conn.execute("SELECT DISTINCT text FROM mentions WHERE entity_id = ?", (canon_id,))]
    index.add_aliases(canon_id, row[1], variants or [row[0]])


# -- actions --------------------------------------------------------------------------------
def merge(store: Any, target: str, other: str, who: str | None = None) -> dict[str, Any]:
    """Merge ``other`` into ``target``: ``target``'s id survives, ``other``'s redirects to it, and
    ``other``'s variants become curated aliases of ``target`` (later documents follow them)."""
    a, b = find_entity(store, target), find_entity(store, other)
    if a == b:
        raise VeilleError(f"{target!r} and {other!r} are already one entity ({a})")
    conn = store.conn
    with store.transaction():
        _ensure_canon(conn, a)
        _ensure_canon(conn, b)
        doc_ids = _affected_docs(conn, [b])
        # No document snapshot: a merge leaves the documents' JSON as stored (undo re-derives
        # the rows from it), which is what keeps merging two frequent entities interactive.
        action = _begin_action(conn, who, "merge", {"target": target, "other": other}, [a, b], [])
        conn.executemany("INSERT INTO curation_documents (action_id, doc_id) VALUES (?, ?)",
                         [(action, d) for d in doc_ids])
        conn.execute(
            "INSERT INTO canon_aliases (canon_id, variant, vkey, pkey, seen, manual) SELECT ?, variant, vkey, pkey, seen,"
            " 1 FROM canon_aliases WHERE canon_id = ? ON CONFLICT(canon_id, variant) DO UPDATE SET"
            " seen = seen + excluded.seen, manual = max(manual, excluded.manual)", (a, b))
        conn.execute("DELETE FROM canon_aliases WHERE canon_id = ?", (b,))
        conn.execute("INSERT OR IGNORE INTO canon_keys (canon_id, kind, key) SELECT ?, kind, key FROM canon_keys"
                     " WHERE canon_id = ?", (a, b))
        conn.execute("DELETE FROM canon_keys WHERE canon_id = ?", (b,))
        rows = {r["id"]: r for r in conn.execute("SELECT * FROM canon_entities WHERE id IN (?, ?)", (a, b))}
        merged = {}
        for col in ("countries", "context"):
            counts = Counter(orjson.loads(rows[a][col])) + Counter(orjson.loads(rows[b][col]))
            counts.pop(a, None)
            counts.pop(b, None)
            merged[col] = orjson.dumps(dict(counts)).decode()
        conn.execute("UPDATE canon_entities SET countries = ?, context = ? WHERE id = ?",
                     (merged["countries"], merged["context"], a))
        conn.execute("DELETE FROM canon_entities WHERE id = ?", (b,))
        conn.execute("UPDATE canon_redirect SET to_id = ? WHERE to_id = ?", (a, b))
        conn.execute("INSERT OR REPLACE INTO canon_redirect (from_id, to_id, action_id) VALUES (?,?,?)", (b, a, action))
        conn.execute("UPDATE canon_pins SET canon_id = ? WHERE canon_id = ?", (a, b))
        conn.execute("DELETE FROM canon_blocks WHERE canon_id = ?", (b,))
        conn.execute("DELETE FROM entities WHERE id = ?", (b,))
        name = _display(conn, a)
        _merge_rows(conn, a, b)
        _end_action(conn, action, [a, b], {"documents": len(doc_ids)})
    return {"action": action, "entity": a, "merged": b, "name": name, "documents": len(doc_ids)}


def split(store: Any, entity: str, mentions: Iterable[str | tuple[str, int, int]], name: str | None = None,
          who: str | None = None) -> dict[str, Any]:
    """Move the given mentions (``DOC:START-END``, also comma-separated) of ``entity`` to a new entity."""
    a = find_entity(store, entity)
    spans = [parse_mention(part) for m in mentions if isinstance(m, str) for part in m.split(",") if part.strip()]
    spans += [tuple(m) for m in mentions if not isinstance(m, str)]
    if not spans:
        raise VeilleError("split needs at least one mention (DOC:START-END)")
    conn = store.conn
    texts: list[str] = []
    for doc_id, start, end in spans:
        row = conn.execute('SELECT text FROM mentions WHERE doc_id = ? AND start = ? AND "end" = ? AND entity_id = ?',
                           (doc_id, start, end, a)).fetchone()
        if row is None:
            raise VeilleError(f"{doc_id}:{start}-{end} is not a mention of {a}")
        texts.append(row[0])
    with store.transaction():
        _ensure_canon(conn, a)
        index = CanonIndex(conn)
        etype = conn.execute("SELECT type FROM canon_entities WHERE id = ?", (a,)).fetchone()[0]
        new_name = name or Counter(texts).most_common(1)[0][0]
        c = index.new_id(etype, new_name)
        doc_ids = sorted({d for d, _, _ in spans})
        action = _begin_action(conn, who, "split", {"entity": entity, "mentions": [f"{d}:{s}-{e}" for d, s, e in spans],
                                                    "name": name}, [a, c], doc_ids)
        conn.execute("INSERT INTO canon_entities (id, name, type, named) VALUES (?,?,?,?)", (c, new_name, etype, int(bool(name))))
        if name:
            # Only the curator's name: the moved surfaces also name the original entity, and the
            # pins (not an alias) are what keep these mentions here on re-analysis.
            index.add_aliases(c, etype, [name], manual=True)
        conn.executemany('INSERT OR REPLACE INTO canon_pins (doc_id, start, "end", canon_id, action_id, text)'
                         " VALUES (?,?,?,?,?,?)", [(d, s, e, c, action, t) for (d, s, e), t in zip(spans, texts)])
        docs = []
        for doc in _load(store, doc_ids):
            own = {(s, e) for d, s, e in spans if d == doc.id}
            docs.append(carve_mentions(doc, a, own, c, new_name))
        _write(store, conn, docs)
        _end_action(conn, action, [a, c], {"documents": len(doc_ids), "mentions": len(spans)})
    return {"action": action, "entity": a, "new": c, "name": new_name, "mentions": len(spans)}


def rename(store: Any, entity: str, name: str, who: str | None = None) -> dict[str, Any]:
    """Give ``entity`` a new display name (kept as a manual alias, so lookups find it)."""
    a = find_entity(store, entity)
    if not name.strip():
        raise VeilleError("the new name is empty")
    conn = store.conn
    with store.transaction():
        _ensure_canon(conn, a)
        doc_ids = _affected_docs(conn, [a])
        # Reads take display names from the canonical tables: no document is rewritten.
        action = _begin_action(conn, who, "rename", {"entity": entity, "name": name}, [a], [])
        etype = conn.execute("SELECT type FROM canon_entities WHERE id = ?", (a,)).fetchone()[0]
        conn.execute("UPDATE canon_entities SET name = ?, named = 1 WHERE id = ?", (name, a))
        conn.execute("UPDATE entities SET name = ?, key = ? WHERE id = ?", (name, name_key(name), a))
        CanonIndex(conn).add_aliases(a, etype, [name], manual=True)
        _set_speaker_names(conn, [a])
        _end_action(conn, action, [a], {"documents": len(doc_ids)})
    return {"action": action, "entity": a, "name": name, "documents": len(doc_ids)}


def alias_add(store: Any, entity: str, alias: str, who: str | None = None) -> dict[str, Any]:
    """Declare ``alias`` a name of ``entity``: later documents using it resolve to the entity."""
    a = find_entity(store, entity)
    if not phonetic_key(alias):
        raise VeilleError(f"alias {alias!r} has no letters")
    conn = store.conn
    with store.transaction():
        _ensure_canon(conn, a)
        action = _begin_action(conn, who, "alias-add", {"entity": entity, "alias": alias}, [a], [])
        etype = conn.execute("SELECT type FROM canon_entities WHERE id = ?", (a,)).fetchone()[0]
        conn.execute("DELETE FROM canon_blocks WHERE canon_id = ? AND pkey = ?", (a, phonetic_key(alias)))
        CanonIndex(conn).add_aliases(a, etype, [alias], manual=True)
        _end_action(conn, action, [a], {})
    return {"action": action, "entity": a, "alias": alias}


def alias_remove(store: Any, entity: str, alias: str, who: str | None = None) -> dict[str, Any]:
    """``alias`` does not name ``entity``: its mentions move to another (new) entity, now and
    whenever documents are re-analysed."""
    a = find_entity(store, entity)
    pkey = phonetic_key(alias)
    conn = store.conn
    rows = conn.execute("SELECT doc_id, start, \"end\", text FROM mentions WHERE entity_id = ?", (a,)).fetchall()
    spans = [(r[0], r[1], r[2]) for r in rows if phonetic_key(r[3]) == pkey]
    with store.transaction():
        _ensure_canon(conn, a)
        index = CanonIndex(conn)
        etype = conn.execute("SELECT type FROM canon_entities WHERE id = ?", (a,)).fetchone()[0]
        c = index.new_id(etype, alias) if spans else None
        doc_ids = sorted({d for d, _, _ in spans})
        action = _begin_action(conn, who, "alias-remove", {"entity": entity, "alias": alias}, [a] + ([c] if c else []),
                               doc_ids)
        conn.execute("DELETE FROM canon_aliases WHERE canon_id = ? AND pkey = ?", (a, pkey))
        conn.execute("INSERT OR REPLACE INTO canon_blocks (canon_id, pkey, action_id) VALUES (?,?,?)", (a, pkey, action))
        docs = []
        if c:
            conn.execute("INSERT INTO canon_entities (id, name, type) VALUES (?,?,?)", (c, alias, etype))
            index.add_aliases(c, etype, sorted({r[3] for r in rows if phonetic_key(r[3]) == pkey}))
            for doc in _load(store, doc_ids):
                docs.append(carve_mentions(doc, a, {(s, e) for d, s, e in spans if d == doc.id}, c, alias))
        _write(store, conn, docs)
        _end_action(conn, action, [a] + ([c] if c else []), {"documents": len(doc_ids), "mentions": len(spans)})
    return {"action": action, "entity": a, "alias": alias, "moved_to": c, "mentions": len(spans)}


def undo(store: Any, action_id: int | None = None, who: str | None = None) -> dict[str, Any]:
    """Revert the last action (or ``action_id``) that is not undone yet. Refuses when a later
    action touched the same entities (undo that one first)."""
    conn = _conn(store)
    if action_id is None:
        row = conn.execute("SELECT * FROM curation_log WHERE undone_by IS NULL AND action != 'undo'"
                           " ORDER BY id DESC LIMIT 1").fetchone()
    else:
        row = conn.execute("SELECT * FROM curation_log WHERE id = ?", (action_id,)).fetchone()
    if row is None:
        raise NotFound("nothing to undo" if action_id is None else f"no curation action {action_id}")
    if row["action"] == "undo" or row["undone_by"] is not None:
        raise VeilleError(f"action {row['id']} is {'an undo' if row['action'] == 'undo' else 'already undone'}")
    ids = orjson.loads(row["entities"])
    for later in conn.execute("SELECT id, entities FROM curation_log WHERE id > ? AND undone_by IS NULL"
                              " AND action != 'undo'", (row["id"],)):
        if set(orjson.loads(later["entities"])) & set(ids):
            raise VeilleError(f"action {later['id']} changed the same entities since; undo it first")
    before = orjson.loads(row["before"])
    with store.transaction():
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        cur = conn.execute(
            "INSERT INTO curation_log (at, who, action, args, entities, before, after) VALUES (?,?,?,?,?,?,?)",
            (now, who, "undo", orjson.dumps({"action": row["id"]}).decode(), row["entities"], "{}", "{}"))
        _restore(conn, ids, before["canon"])
        if row["action"] == "merge":
            restored = _unmerge_rows(conn, ids[0], ids[1], row["id"])
        else:
            docs = _snapshot_documents(conn, row["id"])
            _write(store, conn, docs)
            restored = len(docs)
            _set_speaker_names(conn, ids)
        conn.execute("UPDATE curation_log SET undone_by = ? WHERE id = ?", (cur.lastrowid, row["id"]))
    return {"action": cur.lastrowid, "undone": row["id"], "what": row["action"], "documents": restored}


def _snapshot_documents(conn: sqlite3.Connection, action_id: int) -> list[Document]:
    """The documents as they were before ``action_id`` (those not re-analysed since)."""
    docs = []
    for snap in conn.execute("SELECT s.data, d.text, d.raw, d.content_hash FROM curation_snapshots s"
                             " JOIN documents d ON d.id = s.doc_id WHERE s.action_id = ?", (action_id,)).fetchall():
        data = orjson.loads(snap["data"])
        if data.get("content_hash") != snap["content_hash"]:
            continue  # the article itself changed since; re-analysis already re-resolved it
        data["text"] = snap["text"]
        docs.append(Document.from_dict(data).replace(raw=snap["raw"]))
    return docs


