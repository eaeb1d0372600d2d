"""Scale-out: the engine-neutral batch function, loading analysed output, and the Ray job."""

import json

import pytest

from conftest import SAMPLES
from veille import api
from veille.scale import process_batch


def test_process_batch_keeps_order_and_reports_bad_records(pipeline):
    records = [
        {"id": "r1", "text": "Le maire de Nantes, Claire Morel, a annoncé lundi un plan vélo.", "published": "2024-04-08"},
        {"id": "r2"},
        {"id": "r3", "text": "Officials in Riga said the grid switch went smoothly."},
    ]
    out = process_batch(records)
    assert [d.get("id") for d in out] == ["r1", "r2", "r3"]
    assert out[1]["error"].endswith("no 'text' or 'html' field with content")
    assert out[0]["analyzed"] is True and out[2]["analyzed"] is False
    assert any(e["name"] == "Claire Morel" for e in out[0]["entities"])


def test_load_stores_analysed_documents_without_reanalysing(tmp_path, pipeline):
    source = api.open_store("memory://")
    assert api.ingest([SAMPLES], source).ok
    exported = tmp_path / "export.jsonl"
    with open(exported, "w", encoding="utf-8") as out:
        api.export(source, out, "jsonl")
    with open(exported, "a", encoding="utf-8") as out:
        out.write("{not json\n")
    target = api.open_store("memory://")
    report = api.load([exported], target)
    assert report.ingested == source.stats()["documents"]
    assert len(report.failed) == 1 and ":" in report.failed[0][0]
    assert [d.to_dict() for d in target.iter_documents()] == [d.to_dict() for d in source.iter_documents()]
    again = api.load([exported], target)
    assert again.ingested == 0


def test_ray_job_end_to_end(tmp_path, pipeline):
    pytest.importorskip("ray", reason="the optional 'scale' extra (Ray) is not installed")
    archive = tmp_path / "in.jsonl"
    archive.write_text((SAMPLES / "07_depeches.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    api.scale_out([str(archive)], str(tmp_path / "out"), workers=1, batch_size=8)
    store = api.open_store("memory://")
    report = api.load([tmp_path / "out"], store)
    assert report.ok and report.ingested == 2
    assert store.stats()["analyzed"] == 1
