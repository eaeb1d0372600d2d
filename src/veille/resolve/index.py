"""The canonical entity index: its own tables in the store's SQLite database.

- ``canon_entities``: one row per real-world entity (display name, type, gazetteer place,
  countries of its roles and co-occurring entities as small JSON count maps).
- ``canon_aliases``: every surface variant seen for an entity, with its name key and
  transliteration key; ``manual`` rows were added by a curator, ``seen`` counts documents.
- ``canon_keys``: blocking keys (a person's surname skeleton, a whole-name skeleton otherwise)
  used to find candidates, exactly or fuzzily.
- ``canon_redirect`` (merged ids), ``canon_pins`` (mentions a curator moved by hand) and
  ``canon_blocks`` (variants a curator removed) hold curation decisions so that re-analysis
  re-applies them; ``curation_log``, ``curation_snapshots`` (documents' JSON before an action that
  rewrites them) and ``curation_documents`` (documents a merge touched) are the audit trail and undo data.
"""

from __future__ import annotations

import sqlite3
from typing import Iterable

import orjson
from rapidfuzz import fuzz, process

from veille.names import LATIN_LETTER, entity_id, name_key
from veille.resolve.keys import acronym_key, fold, person_name, phonetic_key
from veille.resolve.matcher import SURNAME_MIN, Candidate, Profile

__all__ = ["ensure_schema", "CanonIndex", "CANON_TABLES"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS canon_entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, place TEXT,
    named INTEGER NOT NULL DEFAULT 0, countries TEXT NOT NULL DEFAULT '{}', context TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS canon_entities_place ON canon_entities(place);
CREATE TABLE IF NOT EXISTS canon_aliases (
    canon_id TEXT NOT NULL, variant TEXT NOT NULL, vkey TEXT NOT NULL, pkey TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0, manual INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (canon_id, variant)
);
CREATE INDEX IF NOT EXISTS canon_aliases_vkey ON canon_aliases(vkey);
CREATE INDEX IF NOT EXISTS canon_aliases_pkey ON canon_aliases(pkey);
CREATE TABLE IF NOT EXISTS canon_keys (canon_id TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
    PRIMARY KEY (kind, key, canon_id));
CREATE INDEX IF NOT EXISTS canon_keys_canon ON canon_keys(canon_id);
CREATE TABLE IF NOT EXISTS canon_redirect (from_id TEXT PRIMARY KEY, to_id TEXT NOT NULL, action_id INTEGER);
CREATE INDEX IF NOT EXISTS canon_redirect_to ON canon_redirect(to_id);
CREATE TABLE IF NOT EXISTS canon_pins (doc_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    canon_id TEXT NOT NULL, action_id INTEGER, text TEXT, PRIMARY KEY (doc_id, start, "end"));
CREATE INDEX IF NOT EXISTS canon_pins_canon ON canon_pins(canon_id);
CREATE TABLE IF NOT EXISTS canon_blocks (canon_id TEXT NOT NULL, pkey TEXT NOT NULL, action_id INTEGER,
    PRIMARY KEY (canon_id, pkey));
CREATE TABLE IF NOT EXISTS curation_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT, action TEXT NOT NULL, args TEXT NOT NULL,
    entities TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL, undone_by INTEGER
);
CREATE TABLE IF NOT EXISTS curation_snapshots (action_id INTEGER NOT NULL, doc_id TEXT NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (action_id, doc_id));
CREATE TABLE IF NOT EXISTS curation_documents (action_id INTEGER NOT NULL, doc_id TEXT NOT NULL,
    PRIMARY KEY (action_id, doc_id));
"""
#: Tables holding per-entity rows, with the column naming the entity (for snapshots and undo).
CANON_TABLES = {
    "canon_entities": ("id",),
    "canon_aliases": ("canon_id",),
    "canon_keys": ("canon_id",),
    "canon_redirect": ("from_id", "to_id"),
    "canon_pins": ("canon_id",),
    "canon_blocks": ("canon_id",),
    "entities": ("id",),
}
_CONTEXT_KEEP = 60


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the resolver's tables if this store has not used the resolver yet."""
    # The newest table: a store made before it existed gets it (every statement is IF NOT EXISTS).
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='curation_documents'").fetchone()
    if exists:
        return
    for statement in _SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)


def _loads(blob: str | None) -> dict[str, int]:
    return orjson.loads(blob) if blob else {}


def blocking_keys(type_: str, variant: str) -> list[tuple[str, str]]:
    """``("s", surname skeleton)`` for persons, ``("n", whole-name skeleton)`` for the rest, and
    ``("a", acronym)`` for organisations (``UE`` and ``Union européenne`` share ``ue``)."""
    if type_ == "PER":
        name = person_name(variant)
        if not name.surname:
            return []
        keys = [("s", name.surname)]
        if "g" in name.surname:
            keys.append(("s", name.surname.replace("g", "k")))  # ``Araghchi`` ~ ``Araqchi`` (see matcher)
        if len(name.given) >= 2:
            keys.append(("s", name.given[-1]))  # ``Sheinbaum Pardo``: the first of two surnames
        return keys
    key = phonetic_key(variant)
    keys = [("n", key)] if key else []
    if type_ in ("ORG", "MISC"):
        acronym = acronym_key(variant)
        if acronym:
            keys.append(acronym)
    return keys


class CanonIndex:
    """Reads and updates the canonical tables through one connection (the caller's transaction)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        ensure_schema(conn)
        self._keys: dict[str, list[str]] | None = None
        self._key_sets: dict[str, set[str]] = {}
        # Candidates read during one resolution run; an entry is dropped whenever it changes.
        self._cands: dict[str, Candidate] = {}

    # -- candidates -----------------------------------------------------------------------
    def _fuzzy_keys(self, kind: str, key: str) -> list[str]:
        if self._keys is None:
            self._keys = {"s": [], "n": []}
            for row in self.conn.execute("SELECT DISTINCT kind, key FROM canon_keys"):
                self._keys.setdefault(row[0], []).append(row[1])
            self._key_sets = {k: set(v) for k, v in self._keys.items()}
        if len(key) <= 4 or kind in ("a", "A"):
            return []
        found = process.extract(key, self._keys.get(kind, []), scorer=fuzz.ratio, score_cutoff=SURNAME_MIN, limit=20)
        return [k for k, _, _ in found if k != key]

    def _remember_key(self, kind: str, key: str) -> None:
        if self._keys is not None and key not in self._key_sets.setdefault(kind, set()):
            self._key_sets[kind].add(key)
            self._keys.setdefault(kind, []).append(key)

    def candidate_ids(self, profile: Profile, variants: Iterable[str]) -> set[str]:
        ids: set[str] = set()
        pkeys = list(profile.pkeys)
        if pkeys:
            marks = ",".join("?" * len(pkeys))
            ids.update(r[0] for r in self.conn.execute(f"SELECT canon_id FROM canon_aliases WHERE pkey IN ({marks})", pkeys))
        if profile.place:
            ids.update(r[0] for r in self.conn.execute("SELECT id FROM canon_entities WHERE place = ?", (profile.place,)))
        known = bool(ids)
        keys = {k for v in variants for k in blocking_keys(profile.type, v)}
        exact_keys = list(keys)
        if not known:
            # Fuzzy blocking only for names never seen before: a known variant's entities are
            # already among the candidates.
            for kind, key in keys:
                exact_keys += [(kind, k) for k in self._fuzzy_keys(kind, key)]
        # An acronym looks for expansions and an expansion for acronyms.
        exact_keys = [({"a": "A", "A": "a"}.get(kind, kind), key) for kind, key in exact_keys]
        for kind, key in exact_keys:
            ids.update(r[0] for r in self.conn.execute("SELECT canon_id FROM canon_keys WHERE kind = ? AND key = ?", (kind, key)))
        return {self.follow(i) for i in ids}

    def follow(self, canon_id: str) -> str:
        """The surviving id after merges."""
        seen = set()
        while canon_id not in seen:
            seen.add(canon_id)
            row = self.conn.execute("SELECT to_id FROM canon_redirect WHERE from_id = ?", (canon_id,)).fetchone()
            if row is None:
                return canon_id
            canon_id = row[0]
        return canon_id

    def candidate(self, canon_id: str) -> Candidate | None:
        cached = self._cands.get(canon_id)
        if cached is None:
            cached = self._read_candidate(canon_id)
            if cached is not None:
                self._cands[canon_id] = cached
        return cached

    def _read_candidate(self, canon_id: str) -> Candidate | None:
        row = self.conn.execute("SELECT * FROM canon_entities WHERE id = ?", (canon_id,)).fetchone()
        if row is None:
            return None
        pkeys, manual, persons = set(), set(), []
        for a in self.conn.execute("SELECT variant, pkey, manual FROM canon_aliases WHERE canon_id = ?", (canon_id,)):
            pkeys.add(a["pkey"])
            if a["manual"]:
                manual.add(a["pkey"])
            if row["type"] in ("PER", "MISC"):
                persons.append(person_name(a["variant"]))
        acronyms = set()
        if row["type"] in ("ORG", "MISC"):
            acronyms = {(r[0], r[1]) for r in self.conn.execute(
                "SELECT kind, key FROM canon_keys WHERE canon_id = ? AND kind IN ('a', 'A')", (canon_id,))}
        blocked = {r[0] for r in self.conn.execute("SELECT pkey FROM canon_blocks WHERE canon_id = ?", (canon_id,))}
        # A full name stands for the entity; its bare surname adds nothing to compare with.
        full = [p for p in persons if p.full]
        return Candidate(
            id=row["id"], name=row["name"], type=row["type"], pkeys=frozenset(pkeys), manual_pkeys=frozenset(manual),
            persons=tuple(dict.fromkeys(full or persons)), place=row["place"], countries=_loads(row["countries"]),
            context=_loads(row["context"]), blocked=frozenset(blocked), acronyms=frozenset(acronyms),
        )

    def pins(self, doc_id: str, text: str) -> dict[tuple[int, int], str]:
        """Mentions of ``doc_id`` a curator moved, by span; a pin whose words are no longer at
        its offsets (the article changed) no longer applies."""
        rows = self.conn.execute('SELECT start, "end", canon_id, text FROM canon_pins WHERE doc_id = ?', (doc_id,))
        return {(r[0], r[1]): self.follow(r[2]) for r in rows if r[3] is None or text[r[0]:r[1]] == r[3]}

    def name_of(self, canon_id: str) -> str | None:
        row = self.conn.execute("SELECT name FROM canon_entities WHERE id = ?", (canon_id,)).fetchone()
        return row[0] if row else None

    # -- updates --------------------------------------------------------------------------
    def new_id(self, type_: str, name: str) -> str:
        key = name_key(name)
        cid = entity_id(type_, key)
        n = 1
        while self.conn.execute(
            "SELECT 1 FROM canon_entities WHERE id = ? UNION ALL SELECT 1 FROM canon_redirect WHERE from_id = ?", (cid, cid)
        ).fetchone():
            n += 1
            cid = entity_id(type_, f"{key}#{n}")
        return cid

    def create(self, profile: Profile, canon_id: str | None = None) -> str:
        cid = canon_id or self.new_id(profile.type, profile.name)
        self.conn.execute(
            "INSERT OR IGNORE INTO canon_entities (id, name, type, place) VALUES (?,?,?,?)",
            (cid, profile.name, profile.type, profile.place),
        )
        return cid

    def add_aliases(self, canon_id: str, type_: str, variants: Iterable[str], manual: bool = False) -> None:
        self._cands.pop(canon_id, None)
        rows, keys = [], set()
        for v in variants:
            pkey = phonetic_key(v)
            if not pkey:
                continue
            rows.append((canon_id, v, name_key(v), pkey, int(manual)))
            keys.update(blocking_keys(type_, v))
        self.conn.executemany(
            "INSERT INTO canon_aliases (canon_id, variant, vkey, pkey, seen, manual) VALUES (?,?,?,?,1,?)"
            " ON CONFLICT(canon_id, variant) DO UPDATE SET seen = seen + 1, manual = max(manual, excluded.manual)",
            rows,
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO canon_keys (canon_id, kind, key) VALUES (?,?,?)", [(canon_id, k, v) for k, v in keys]
        )
        for kind, key in keys:
            self._remember_key(kind, key)

    def observe(self, canon_id: str, profile: Profile, others: Iterable[str]) -> None:
        """Fold one document's evidence into the entity: name upgrade, countries, context."""
        self._cands.pop(canon_id, None)
        row = self.conn.execute("SELECT name, type, named, countries, context FROM canon_entities WHERE id = ?",
                                (canon_id,)).fetchone()
        if row is None:
            return
        name = row["name"]
        if not row["named"] and LATIN_LETTER.search(profile.name) and not LATIN_LETTER.search(name):
            # A name in the reader's script replaces one in another (``Александр Лукашенко`` →
            # ``Alexandre Loukachenko``): the page of an entity is read by a French user.
            name = profile.name
        elif not row["named"] and profile.type == "PER" and row["type"] in ("PER", "MISC"):
            # A fuller name replaces a bare surname as the display name.
            if len(profile.name.split()) > len(name.split()):
                name = profile.name
        elif not row["named"] and len(name.split()) == 1:
            # An expansion replaces a bare acronym (``OTAN`` → ``Organisation du traité ...``).
            expansion = acronym_key(profile.name)
            if expansion and expansion[0] == "a" and expansion[1] == fold(name):
                name = profile.name
        countries = _loads(row["countries"])
        for c in profile.countries:
            countries[c] = countries.get(c, 0) + 1
        context = _loads(row["context"])
        for c in others:
            if c != canon_id:
                context[c] = context.get(c, 0) + 1
        if len(context) > _CONTEXT_KEEP:
            context = dict(sorted(context.items(), key=lambda kv: -kv[1])[:_CONTEXT_KEEP])
        self.conn.execute(
            "UPDATE canon_entities SET name = ?, countries = ?, context = ? WHERE id = ?",
            (name, orjson.dumps(countries).decode(), orjson.dumps(context).decode(), canon_id),
        )
        if name != row["name"]:
            # The store keeps the first name it saw for an id; keep it in step with the index.
            self.conn.execute("UPDATE entities SET name = ?, key = ? WHERE id = ?", (name, name_key(name), canon_id))
