"""FollowTheMoney export: schemata, references between lines, variants as aliases."""

from __future__ import annotations

import io

import orjson

from veille.eval.entity_docs import build_document
from veille.export_ftm import export_ftm
from veille.resolve import resolve_documents
from veille.storage import open_store


def test_export_ftm_lines_reference_each_other():
    store = open_store("memory://")
    docs = [
        build_document("a", [{"name": "Vladimir Poutine", "variants": ["Poutine"]}, {"name": "Russie", "type": "LOC"},
                             {"name": "Gazprom", "type": "ORG"}], roles=[{"person": 0, "title": "président", "of": 1}],
                       published="2023-05-18"),
        build_document("b", [{"name": "Vladimir Putin"}, {"name": "Russland", "type": "LOC"}], published="2020-11-24"),
    ]
    store.put_many(resolve_documents(store, docs))
    buf = io.StringIO()
    count = export_ftm(store, buf)
    lines = [orjson.loads(line) for line in buf.getvalue().splitlines()]
    assert count == len(lines)
    by_schema: dict[str, list[dict]] = {}
    for line in lines:
        assert set(line) == {"id", "schema", "properties"}
        assert all(isinstance(v, list) for v in line["properties"].values())
        by_schema.setdefault(line["schema"], []).append(line)
    ids = {line["id"] for line in lines}
    (putin,) = by_schema["Person"]
    assert putin["properties"]["name"] == ["Vladimir Poutine"]
    assert set(putin["properties"]["alias"]) == {"Poutine", "Vladimir Putin"}
    assert {a["properties"]["full"][0] for a in by_schema["Address"]} == {"Russie"}
    assert by_schema["Address"][0]["properties"]["country"] == ["ru"]
    assert len(by_schema["Article"]) == 2 and len(by_schema["Organization"]) == 1
    for mention in by_schema["Mention"]:
        assert mention["properties"]["document"][0] in ids and mention["properties"]["resolved"][0] in ids
    (occupancy,) = by_schema["Occupancy"]
    assert occupancy["properties"]["holder"] == [putin["id"]]
    assert occupancy["properties"]["post"][0] in {p["id"] for p in by_schema["Position"]}
    assert occupancy["properties"]["startDate"] == ["2023-05-18"]
