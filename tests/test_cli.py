"""The CLI end to end on the bundled samples: ingest, idempotence, search, export, exit codes."""

import json

import pytest
from typer.testing import CliRunner

from veille.cli import app
from conftest import SAMPLES

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory, pipeline):
    path = tmp_path_factory.mktemp("cli") / "veille.db"
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", str(path), "-q"])
    assert result.exit_code == 0, result.output
    return path


def test_ingest_summary_counts_everything(db):
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db)]).output)
    assert stats["documents"] >= 5
    assert stats["analyzed"] >= 5


def test_reingest_changes_nothing(db):
    before = runner.invoke(app, ["export", "--db", str(db)]).output
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--db", str(db), "-q"])
    assert result.exit_code == 0
    assert "ingested 0," in result.output
    assert runner.invoke(app, ["export", "--db", str(db)]).output == before


def test_search_is_accent_insensitive(db):
    result = runner.invoke(app, ["search", "frontiere", "--db", str(db)])
    assert result.exit_code == 0
    assert "[frontière]" in result.output


def test_export_validates_against_the_schema(db):
    jsonschema = pytest.importorskip("jsonschema")
    from importlib.resources import files

    schema = json.loads(files("veille").joinpath("schema/document.schema.json").read_text())
    lines = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl"]).output.splitlines()
    assert len(lines) >= 5
    for line in lines:
        doc = json.loads(line)
        jsonschema.validate(doc, schema)
        for key in ("entities",):
            for ent in doc[key]:
                for m in ent["mentions"]:
                    assert doc["text"][m["start"]:m["end"]] == m["text"]


def test_export_csv_has_one_row_per_document(db):
    import csv
    import io

    out = runner.invoke(app, ["export", "--db", str(db), "--format", "csv"]).output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == json.loads(runner.invoke(app, ["stats", "--db", str(db)]).output)["documents"]
    json.loads(rows[0]["entities"])


def test_missing_path_fails_with_one_line_and_exit_1(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "absent.txt"), "--db", str(tmp_path / "x.db"), "-q"])
    assert result.exit_code == 1
    assert "absent.txt" in result.output and "no such file" in result.output


def test_bad_usage_exits_2(tmp_path):
    assert runner.invoke(app, ["search"]).exit_code == 2


def test_show_unknown_document_exits_1(db):
    result = runner.invoke(app, ["show", "nope-not-here", "--db", str(db)])
    assert result.exit_code == 1 and "no document" in result.output


def test_analyze_prints_the_contract(tmp_path, pipeline):
    f = tmp_path / "a.txt"
    f.write_text("Un titre court\nLe maire de Lyon, Paul Girard, a déclaré jeudi que le projet serait prêt.\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f), "--published", "2024-03-07"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["title"] == "Un titre court"
    assert doc["published"] == "2024-03-07"
    assert any(e["name"] == "Paul Girard" for e in doc["entities"])
