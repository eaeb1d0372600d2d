"""The SQLite store: idempotent batched writes, accent-insensitive ranked search, filters,
schema versioning, clear errors on locked/read-only databases, crash consistency."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from veille.errors import NotFound, StoreError
from veille.model import Document, Entity, Mention, Quote, Span, Speaker, TimeMention, content_hash
from veille.storage import open_store
from veille.storage.sqlite import SQLiteStore, fts_query


def make(doc_id, text, published=None, entities=(), quotes=(), times=()):
    return Document(id=doc_id, text=text, raw=text, published=published, content_hash=content_hash(text),
                    sentences=(Span(0, len(text)),), entities=entities, quotes=quotes, times=times, lang="fr",
                    analyzed=True)


def sample_docs():
    t1 = "La frontière entre la Pologne et le Bélarus est fermée, a déclaré Jan Kowalski."
    t2 = "À l'Élysée, le président a reçu son homologue ; la FRONTIÈRE reste un sujet."
    t3 = "Rien à voir ici : un match de football."
    jan = Entity("ent_jan", "Jan Kowalski", "PER", (Mention(t1.index("Jan"), t1.index("Jan") + 12, "PER"),))
    q = Quote(0, t1.index(","), "indirect", Speaker("ent_jan", "Jan Kowalski"), Span(t1.index("a déclaré"), t1.index("a déclaré") + 9))
    return [
        make("a", t1, "2023-05-01", entities=(jan,), quotes=(q,), times=()),
        make("b", t2, "2024-01-15"),
        make("c", t3, "2022-03-03"),
    ]


@pytest.fixture
def store():
    s = open_store("memory://")
    yield s
    s.close()


def test_put_many_is_idempotent(store):
    docs = sample_docs()
    assert store.put_many(docs).stored == ["a", "b", "c"]
    again = store.put_many(docs)
    assert again.stored == [] and again.unchanged == ["a", "b", "c"]
    assert store.stats()["documents"] == 3 and store.stats()["mentions"] == 1


def test_force_rewrites_without_duplicating_rows(store):
    docs = sample_docs()
    store.put_many(docs)
    assert store.put_many(docs, force=True).stored == ["a", "b", "c"]
    stats = store.stats()
    assert stats["documents"] == 3 and stats["mentions"] == 1 and stats["quotes"] == 1


def test_get_round_trips_the_document(store):
    docs = sample_docs()
    store.put_many(docs)
    assert store.get("a") == docs[0]
    with pytest.raises(NotFound):
        store.get("zzz")


def test_search_ignores_accents_and_case_and_highlights(store):
    store.put_many(sample_docs())
    hits = store.search("frontiere")
    assert {h.id for h in hits} == {"a", "b"}
    assert all("[" in h.snippet and "]" in h.snippet for h in hits)
    assert [h.id for h in store.search("elysee")] == ["b"]


def test_search_filters_by_date_and_entity(store):
    store.put_many(sample_docs())
    assert [h.id for h in store.search("frontière", since="2024-01-01")] == ["b"]
    assert [h.id for h in store.search("frontière", until="2023-12-31")] == ["a"]
    assert [h.id for h in store.search("frontière", entity="kowalski")] == ["a"]


def test_search_survives_fts_syntax_characters(store):
    store.put_many(sample_docs())
    for q in ('l\'UE "', "AND OR", "frontière -", "(", "*"):
        store.search(q)  # never raises


def test_fts_query_quotes_plain_words_and_matches_plurals():
    assert fts_query("frontières Russie UE") == '"frontière"* "Russie"* "UE"'


def test_plural_query_finds_the_singular(store):
    store.put_many(sample_docs())
    assert {h.id for h in store.search("frontieres")} == {"a", "b"}


def test_quotes_by_speaker_any_spelling(store):
    store.put_many(sample_docs())
    rows = store.quotes(speaker="KOWALSKI")
    assert len(rows) == 1 and rows[0]["speaker_name"] == "Jan Kowalski" and rows[0]["kind"] == "indirect"


def test_schema_version_is_recorded_and_newer_is_refused(tmp_path):
    path = tmp_path / "v.db"
    s = SQLiteStore(path)
    assert s.schema_version() == 2
    s.conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    s.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_read_only_database_gives_a_clear_error_and_keeps_data(tmp_path):
    if os.geteuid() == 0:
        # root ignores file permissions; use SQLite's own read-only mode instead.
        path = tmp_path / "ro.db"
        s = SQLiteStore(path)
        s.put_many(sample_docs()[:1])
        s.close()
        s = SQLiteStore(path)
        s.conn.execute("PRAGMA query_only = ON")
    else:
        path = tmp_path / "ro.db"
        s = SQLiteStore(path)
        s.put_many(sample_docs()[:1])
        s.close()
        os.chmod(path, 0o444)
        s = SQLiteStore(path)
    with pytest.raises(StoreError) as err:
        s.put_many(sample_docs()[1:])
    assert "\n" not in str(err.value)
    assert s.count() == 1


def test_locked_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "l.db"
    s = SQLiteStore(path)
    s.conn.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            s.put_many(sample_docs())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert s.count() == 0


def test_older_schema_is_migrated_in_place(tmp_path):
    path = tmp_path / "old.db"
    s = SQLiteStore(path)
    s.put_many(sample_docs())
    s.conn.execute("DROP INDEX roles_doc")
    s.conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    s.close()
    s = SQLiteStore(path)
    assert s.schema_version() == 2 and s.count() == 3
    assert s.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'roles_doc'").fetchone()


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="folder"):
        SQLiteStore(tmp_path / "nope" / "x.db")


def test_kill_9_mid_write_leaves_whole_documents_only(tmp_path):
    """A writer killed inside a batch transaction leaves no partial document."""
    path = tmp_path / "k.db"
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {os.path.dirname(__file__)!r})
        from test_storage_sqlite import sample_docs
        from veille.storage.sqlite import SQLiteStore
        s = SQLiteStore({str(path)!r})
        s.put_many(sample_docs()[:1])
        import veille.storage.sqlite as mod
        real = mod.SQLiteStore._insert
        def dying(self, conn, doc):
            real(self, conn, doc)
            if doc.id == "b":
                os.kill(os.getpid(), signal.SIGKILL)
        mod.SQLiteStore._insert = dying
        s.put_many(sample_docs()[1:])
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    s = SQLiteStore(path)
    assert s.document_ids() == ["a"]
    assert s.stats()["mentions"] == 1
    # Running the same batch again completes it exactly as an uninterrupted run would.
    s.put_many(sample_docs())
    fresh = open_store("memory://")
    fresh.put_many(sample_docs())
    assert s.stats() == fresh.stats()
    assert [d.to_dict() for d in s.iter_documents()] == [d.to_dict() for d in fresh.iter_documents()]
