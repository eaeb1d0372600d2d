"""The default store: one SQLite file, WAL, FTS5 full-text search, nothing to install.

Each document is written with all its extracted rows in the same transaction as the rest of its
batch, so a crash or ``kill -9`` mid-ingest leaves either the whole document or none of it.
Full-text search uses FTS5 with ``unicode61 remove_diacritics 2``: ``frontiere`` finds
``frontière`` and ``ELYSEE`` finds ``Élysée``.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

import orjson

from veille.errors import NotFound, StoreError
from veille.model import Document
from veille.names import name_key
from veille.storage.base import PutReport, SearchHit, SCHEMA_VERSION

__all__ = ["SQLiteStore", "fts_query"]

log = logging.getLogger(__name__)

_TOKENIZER = "unicode61 remove_diacritics 2"
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    rid INTEGER PRIMARY KEY,
    id TEXT UNIQUE NOT NULL,
    source TEXT, title TEXT, lang TEXT, published TEXT, published_inferred INTEGER,
    url TEXT, content_hash TEXT, analyzed INTEGER,
    text TEXT NOT NULL, raw TEXT, data BLOB NOT NULL, ingested_at TEXT
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE TABLE IF NOT EXISTS entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id TEXT NOT NULL, entity_id TEXT NOT NULL, start INTEGER, "end" INTEGER,
    text TEXT, key TEXT, label TEXT, when_ TEXT
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_key ON mentions(key);
CREATE TABLE IF NOT EXISTS quotes (
    rid INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, start INTEGER, "end" INTEGER, text TEXT, kind TEXT,
    speaker_entity TEXT, speaker_name TEXT, cue TEXT, when_ TEXT, sentence TEXT
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity);
CREATE TABLE IF NOT EXISTS times (
    doc_id TEXT NOT NULL, start INTEGER, "end" INTEGER, text TEXT, type TEXT, value TEXT, sentence TEXT
);
CREATE INDEX IF NOT EXISTS times_doc ON times(doc_id);
CREATE TABLE IF NOT EXISTS roles (
    doc_id TEXT NOT NULL, person TEXT, title TEXT, "of" TEXT, start INTEGER, "end" INTEGER, when_ TEXT
);
CREATE INDEX IF NOT EXISTS roles_person ON roles(person);
CREATE INDEX IF NOT EXISTS roles_doc ON roles(doc_id);
CREATE TABLE IF NOT EXISTS boilerplate (doc_id TEXT NOT NULL, text TEXT, reason TEXT);
CREATE INDEX IF NOT EXISTS boilerplate_doc ON boilerplate(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(title, text, tokenize='{_TOKENIZER}');
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, speaker, tokenize='{_TOKENIZER}');
"""
_CHILD_TABLES = ("mentions", "quotes", "times", "roles", "boilerplate")
# Bound parameters per statement: under SQLite's historical default limit of 999.
_MAX_VARS = 900
_FTS_OPERATORS = re.compile(r'"|\b(AND|OR|NOT|NEAR)\b|\*')
_WORD = re.compile(r"\w+", re.UNICODE)
# Migrations from version N to N+1, run in order inside one transaction.
_MIGRATIONS: dict[int, str] = {
    # v2: re-ingesting a document deletes its roles by doc_id; without this index every
    # re-ingest scanned the whole roles table.
    1: "CREATE INDEX IF NOT EXISTS roles_doc ON roles(doc_id)",
}


_PLURAL = re.compile(r"(?<=\w{3})(?:s|x)$", re.IGNORECASE)


def _term(word: str) -> str:
    # SQLite has no French stemmer: a plural ending is dropped and the rest matched as a prefix,
    # so ``frontières`` finds ``frontière`` and ``frontières``. Short words stay exact so that
    # ``UE`` does not match every word starting with "ue".
    if len(word) < 5:
        return f'"{word}"'
    return f'"{_PLURAL.sub("", word)}"*'


def fts_query(query: str) -> str:
    """User text to an FTS5 query: plain words are ANDed and quoted (so ``l'UE`` or ``-`` never
    raise a syntax error); queries that use FTS operators are passed through."""
    if _FTS_OPERATORS.search(query):
        return query
    return " ".join(_term(w) for w in _WORD.findall(query))


def _sentence(doc: Document, start: int) -> str:
    span = doc.sentence_at(start)
    return doc.text[span.start : span.end] if span else ""


def _entity_refs(doc: Document) -> Iterator[str]:
    """Every entity id a document refers to: its entities, quote speakers, role persons and ``of``."""
    for e in doc.entities:
        yield e.id
    for q in doc.quotes:
        if q.speaker and q.speaker.entity:
            yield q.speaker.entity
    for r in doc.roles:
        yield r.person
        if r.of:
            yield r.of


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _when(doc: Document, offset: int) -> str | None:
    try:
        from veille.pipeline.stages.times import sentence_when
    except ImportError:
        return doc.published
    return sentence_when(doc, offset)


class SQLiteStore:
    """SQLite-backed :class:`~veille.storage.base.Store`."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._has_canon = False
        try:
            if self.path != ":memory:":
                parent = Path(self.path).resolve().parent
                if not parent.is_dir():
                    raise StoreError("the folder for the database does not exist", path=self.path)
            self.conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._init_schema()
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    # -- errors ---------------------------------------------------------------------------
    def _error(self, exc: sqlite3.Error) -> StoreError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            msg = "database is locked by another process; try again when it has finished"
        elif "readonly" in text or "read-only" in text:
            msg = "database is read-only (check the file's permissions); nothing was written"
        elif "not a database" in text or "malformed" in text:
            msg = "file is not a veille SQLite database (or it is corrupt)"
        elif "unable to open" in text:
            msg = "cannot open the database file"
        else:
            msg = f"SQLite error: {text}"
        return StoreError(msg, path=self.path)

    # -- schema ---------------------------------------------------------------------------
    def _init_schema(self) -> None:
        row = None
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" not in str(exc):
                raise
        if row is None:
            with self._transaction():
                for statement in _SCHEMA.split(";\n"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            return
        version = int(row["value"])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"database schema version {version} is newer than this veille ({SCHEMA_VERSION}); upgrade veille",
                path=self.path,
            )
        if version < SCHEMA_VERSION:
            with self._transaction():
                for v in range(version, SCHEMA_VERSION):
                    for statement in _MIGRATIONS[v].split(";\n"):
                        if statement.strip():
                            self.conn.execute(statement)
                self.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))

    def schema_version(self) -> int:
        return int(self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])

    class _Tx:
        def __init__(self, conn: sqlite3.Connection):
            self.conn = conn

        def __enter__(self):
            self.conn.execute("BEGIN IMMEDIATE")
            return self.conn

        def __exit__(self, exc_type, exc, tb):
            if exc_type is None:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute("ROLLBACK")
            return False

    def _transaction(self) -> "SQLiteStore._Tx":
        return SQLiteStore._Tx(self.conn)

    def transaction(self) -> "SQLiteStore._Tx":
        """One write transaction (``with store.transaction() as conn: ...``); rolled back on error."""
        return self._transaction()

    # -- writes ---------------------------------------------------------------------------
    def has(self, doc_id: str, content_hash: str) -> bool:
        row = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None and row["content_hash"] == content_hash

    def put_many(self, docs: Iterable[Document], *, force: bool = False) -> PutReport:
        """Write a batch in one transaction. A document whose id and content hash are already
        stored is left alone unless ``force``."""
        report = PutReport()
        docs = list(docs)
        if not docs:
            return report
        try:
            with self._transaction() as conn:
                for doc in docs:
                    if not force and self.has(doc.id, doc.content_hash):
                        report.unchanged.append(doc.id)
                        continue
                    self._delete(conn, doc.id)
                    self._insert(conn, doc)
                    report.stored.append(doc.id)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        return report

    def rewrite(self, conn: sqlite3.Connection, docs: Iterable[Document]) -> None:
        """Replace stored documents inside the caller's transaction (curation uses it so that an
        action, its audit row and the documents it changes commit together)."""
        for doc in docs:
            self._delete(conn, doc.id)
            self._insert(conn, doc)

    def delete(self, doc_id: str) -> None:
        try:
            with self._transaction() as conn:
                self._delete(conn, doc_id)
        except sqlite3.Error as exc:
            raise self._error(exc) from exc

    def _delete(self, conn: sqlite3.Connection, doc_id: str) -> None:
        row = conn.execute("SELECT rid FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return
        conn.execute("DELETE FROM docs_fts WHERE rowid = ?", (row["rid"],))
        conn.execute("DELETE FROM quotes_fts WHERE rowid IN (SELECT rid FROM quotes WHERE doc_id = ?)", (doc_id,))
        for table in _CHILD_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def _insert(self, conn: sqlite3.Connection, doc: Document) -> None:
        data = doc.to_dict()
        del data["text"]  # stored once, in its own column
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        cur = conn.execute(
            "INSERT INTO documents (id, source, title, lang, published, published_inferred, url, content_hash,"
            " analyzed, text, raw, data, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.source, doc.title, doc.lang, doc.published, int(doc.published_inferred), doc.url,
             doc.content_hash, int(doc.analyzed), doc.text, doc.raw, orjson.dumps(data), now),
        )
        conn.execute("INSERT INTO docs_fts (rowid, title, text) VALUES (?, ?, ?)", (cur.lastrowid, doc.title or "", doc.text))
        text = doc.text
        names = {e.id: e.name for e in doc.entities}
        conn.executemany(
            "INSERT INTO entities (id, name, type, key) VALUES (?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, key = excluded.key",
            [(e.id, e.name, e.type, name_key(e.name)) for e in doc.entities],
        )
        conn.executemany(
            'INSERT INTO mentions (doc_id, entity_id, start, "end", text, key, label, when_) VALUES (?,?,?,?,?,?,?,?)',
            [
                (doc.id, e.id, m.start, m.end, text[m.start : m.end], name_key(text[m.start : m.end]), m.label or e.type,
                 _when(doc, m.start))
                for e in doc.entities
                for m in e.mentions
            ],
        )
        for q in doc.quotes:
            speaker_entity = q.speaker.entity if q.speaker else None
            speaker_name = (names.get(speaker_entity) if speaker_entity else None) or (q.speaker.name if q.speaker else "")
            qcur = conn.execute(
                'INSERT INTO quotes (doc_id, start, "end", text, kind, speaker_entity, speaker_name, cue, when_, sentence)'
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (doc.id, q.start, q.end, text[q.start : q.end], q.kind, speaker_entity, speaker_name,
                 text[q.cue.start : q.cue.end] if q.cue else None, q.when or _when(doc, q.start), _sentence(doc, q.start)),
            )
            conn.execute("INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?,?,?)",
                         (qcur.lastrowid, text[q.start : q.end], speaker_name))
        conn.executemany(
            'INSERT INTO times (doc_id, start, "end", text, type, value, sentence) VALUES (?,?,?,?,?,?,?)',
            [(doc.id, t.start, t.end, text[t.start : t.end], t.type, t.value, _sentence(doc, t.start)) for t in doc.times],
        )
        conn.executemany(
            'INSERT INTO roles (doc_id, person, title, "of", start, "end", when_) VALUES (?,?,?,?,?,?,?)',
            [(doc.id, r.person, r.title, r.of, r.start, r.end, _when(doc, r.start)) for r in doc.roles],
        )
        conn.executemany(
            "INSERT INTO boilerplate (doc_id, text, reason) VALUES (?,?,?)",
            [(doc.id, b.text, b.reason) for b in doc.boilerplate],
        )

    # -- reads ----------------------------------------------------------------------------
    def _row_to_doc(self, row: sqlite3.Row) -> Document:
        data = orjson.loads(row["data"])
        data["text"] = row["text"]
        doc = Document.from_dict(data)
        return doc.replace(raw=row["raw"])

    def _current(self, docs: list[Document]) -> list[Document]:
        """``docs`` with the entity ids and names the canonical layer gives them now.

        A curator's merge or rename changes the canonical tables and the derived rows only, not
        each stored document's JSON: merging two entities that thousands of documents mention
        must stay interactive. Reads therefore follow ``canon_redirect`` (merged ids, kept
        flattened) and take display names from ``canon_entities``; a document nothing changed
        is returned as stored. Stores the resolver never ran on have neither table."""
        if not self._canonical_tables():
            return docs
        ids = sorted({i for d in docs for i in _entity_refs(d)})
        if not ids:
            return docs
        redirect: dict[str, str] = {}
        names: dict[str, str] = {}
        for chunk in _chunks(ids, _MAX_VARS):
            marks = ",".join("?" * len(chunk))
            redirect.update(self.conn.execute(f"SELECT from_id, to_id FROM canon_redirect WHERE from_id IN ({marks})",
                                              chunk).fetchall())
        targets = sorted(set(ids) | set(redirect.values()))
        for chunk in _chunks(targets, _MAX_VARS):
            marks = ",".join("?" * len(chunk))
            names.update(self.conn.execute(f"SELECT id, name FROM canon_entities WHERE id IN ({marks})", chunk).fetchall())
        from veille.resolve.rewrite import remap_document

        out = []
        for doc in docs:
            mapping = {i: redirect[i] for i in _entity_refs(doc) if i in redirect}
            if mapping or any(names.get(e.id, e.name) != e.name for e in doc.entities):
                doc = remap_document(doc, mapping, names)
            out.append(doc)
        return out

    def _canonical_tables(self) -> bool:
        # Created once by the resolver and never dropped: remember a yes, ask again after a no.
        if not self._has_canon:
            self._has_canon = self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'canon_redirect'").fetchone() is not None
        return self._has_canon

    def get(self, doc_id: str) -> Document:
        row = self.conn.execute("SELECT text, raw, data FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            # Accept a unique id prefix, as users copy short ids from listings.
            rows = self.conn.execute(
                "SELECT text, raw, data FROM documents WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                (doc_id.replace("%", "\\%").replace("_", "\\_") + "%",),
            ).fetchall()
            if len(rows) != 1:
                raise NotFound(f"no document with id {doc_id!r}")
            row = rows[0]
        return self._current([self._row_to_doc(row)])[0]

    def iter_documents(self, *, batch: int = 200) -> Iterator[Document]:
        """All documents in insertion order, read in pages so memory stays flat."""
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT rid, text, raw, data FROM documents WHERE rid > ? ORDER BY rid LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            yield from self._current([self._row_to_doc(row) for row in rows])
            last = rows[-1]["rid"]

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rid")]

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def entity_ids_for(self, name: str) -> list[str]:
        """Entities whose canonical name or any mention has the same name key as ``name``,
        falling back to a key prefix/substring match."""
        key = name_key(name)
        if not key:
            return []
        rows = self.conn.execute(
            "SELECT id FROM entities WHERE key = ? UNION SELECT DISTINCT entity_id FROM mentions WHERE key = ?",
            (key, key),
        ).fetchall()
        ids = [r[0] for r in rows]
        # Curated aliases and merges live with the resolver; ask it too (a no-op on stores it
        # never touched).
        from veille.resolve.lookup import alias_entity_ids

        ids += [i for i in alias_entity_ids(self.conn, name) if i not in ids]
        if ids:
            return ids
        like = f"%{key}%"
        rows = self.conn.execute(
            "SELECT id FROM entities WHERE key LIKE ? UNION SELECT DISTINCT entity_id FROM mentions WHERE key LIKE ?",
            (like, like),
        ).fetchall()
        return [r[0] for r in rows]

    def _filters(self, entity: str | None, since: str | None, until: str | None, date_col: str, doc_col: str):
        clauses, params = [], []
        if entity:
            ids = self.entity_ids_for(entity)
            marks = ",".join("?" * len(ids)) or "NULL"
            clauses.append(f"{doc_col} IN (SELECT doc_id FROM mentions WHERE entity_id IN ({marks}))")
            params += ids
        if since:
            clauses.append(f"{date_col} >= ?")
            params.append(since)
        if until:
            # Dates are ISO strings of varying precision: '2023-05' <= until '2023-05-31'.
            clauses.append(f"substr({date_col}, 1, length(?)) <= ?")
            params += [until, until]
        return clauses, params

    def search(self, query: str, *, entity: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 20, highlight: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        clauses, params = self._filters(entity, since, until, "d.published", "d.id")
        where = " AND ".join(["docs_fts MATCH ?"] + clauses)
        sql = (
            "SELECT d.id, d.title, d.published, d.source,"
            f" snippet(docs_fts, 1, ?, ?, ' … ', 14) AS snippet, bm25(docs_fts, 4.0, 1.0) AS score"
            f" FROM docs_fts JOIN documents d ON d.rid = docs_fts.rowid WHERE {where} ORDER BY score LIMIT ?"
        )
        try:
            rows = self.conn.execute(sql, [highlight[0], highlight[1], match, *params, limit]).fetchall()
        except sqlite3.OperationalError:
            # A malformed expert query: fall back to the plain-word interpretation.
            match = " ".join(_term(w) for w in _WORD.findall(query))
            if not match:
                return []
            rows = self.conn.execute(sql, [highlight[0], highlight[1], match, *params, limit]).fetchall()
        return [SearchHit(r["id"], r["title"], r["published"], r["source"], r["snippet"], -r["score"]) for r in rows]

    def find_entities(self, name: str | None = None, *, type: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        clauses, params = [], []
        if name:
            ids = self.entity_ids_for(name)
            clauses.append(f"e.id IN ({','.join('?' * len(ids)) or 'NULL'})")
            params += ids
        if type:
            clauses.append("e.type = ?")
            params.append(type.upper())
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.conn.execute(
            f"SELECT e.id, e.name, e.type, count(m.entity_id) AS mentions, count(DISTINCT m.doc_id) AS documents"
            f" FROM entities e JOIN mentions m ON m.entity_id = e.id {where}"
            f" GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ?",
            [*params, limit],
        ).fetchall()
        out = []
        for r in rows:
            variants = self.conn.execute(
                "SELECT text, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY n DESC", (r["id"],)
            ).fetchall()
            out.append({**dict(r), "variants": {v["text"]: v["n"] for v in variants}})
        return out

    def quotes(self, *, speaker: str | None = None, query: str | None = None, since: str | None = None,
               until: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        clauses, params = self._filters(None, since, until, "q.when_", "q.doc_id")
        if speaker:
            ids = self.entity_ids_for(speaker)
            marks = ",".join("?" * len(ids)) or "NULL"
            clauses.append(f"(q.speaker_entity IN ({marks}) OR q.speaker_name LIKE ?)")
            params += ids + [f"%{speaker}%"]
        join = ""
        if query:
            match = fts_query(query)
            join = "JOIN quotes_fts f ON f.rowid = q.rid"
            clauses.append("quotes_fts MATCH ?")
            params.append(match)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.conn.execute(
            f"SELECT q.doc_id, q.start, q.\"end\", q.text, q.kind, q.speaker_entity, q.speaker_name, q.cue, q.when_ AS \"when\","
            f" q.sentence, d.title, d.published FROM quotes q {join} JOIN documents d ON d.id = q.doc_id {where}"
            f" ORDER BY q.when_ IS NULL, q.when_, q.doc_id, q.start LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [dict(r) for r in rows]

    def timeline(self, *, entity: str | None = None, since: str | None = None, until: str | None = None,
                 limit: int = 500) -> list[dict[str, Any]]:
        """Dated statements in order: each sentence with a time expression (DATE/TIME) plus quotes,
        restricted to sentences mentioning ``entity`` when given."""
        clauses, params = self._filters(None, since, until, "t.value", "t.doc_id")
        clauses.append("t.type IN ('DATE', 'TIME') AND t.value GLOB '[0-9][0-9][0-9]*'")
        if entity:
            ids = self.entity_ids_for(entity)
            marks = ",".join("?" * len(ids)) or "NULL"
            clauses.append(
                f"EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = t.doc_id AND m.entity_id IN ({marks})"
                f" AND instr(t.sentence, m.text) > 0)"
            )
            params += ids
        rows = self.conn.execute(
            f"SELECT t.value AS \"when\", t.text AS expression, t.sentence, t.doc_id, d.title FROM times t"
            f" JOIN documents d ON d.id = t.doc_id WHERE {' AND '.join(clauses)}"
            f" GROUP BY t.doc_id, t.sentence ORDER BY t.value, t.doc_id, t.start LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [dict(r) for r in rows]

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        langs = {r[0] or "unknown": r[1] for r in self.conn.execute("SELECT lang, count(*) FROM documents GROUP BY lang")}
        types = {r[0]: r[1] for r in self.conn.execute(
            "SELECT e.type, count(DISTINCT e.id) FROM entities e JOIN mentions m ON m.entity_id = e.id GROUP BY e.type")}
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "analyzed": one("SELECT count(*) FROM documents WHERE analyzed = 1"),
            "languages": langs,
            "entities": sum(types.values()),
            "entities_by_type": types,
            "mentions": one("SELECT count(*) FROM mentions"),
            "quotes": one("SELECT count(*) FROM quotes"),
            "times": one("SELECT count(*) FROM times"),
            "roles": one("SELECT count(*) FROM roles"),
            "boilerplate_lines": one("SELECT count(*) FROM boilerplate"),
            "schema_version": self.schema_version(),
        }

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
