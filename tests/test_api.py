"""The Python API facade: analyze() on text and on HTML, analyze_file() errors."""

import pytest

import veille
from conftest import SAMPLES


def test_analyze_text_fills_the_contract(pipeline):
    doc = veille.analyze("La maire de Lille, Sophie Renard, a déclaré lundi que le tramway serait prolongé.",
                         published="2024-02-14")
    data = doc.to_dict()
    assert data["published"] == "2024-02-14" and data["lang"] == "fr"
    assert any(e["name"] == "Sophie Renard" and e["type"] == "PER" for e in data["entities"])
    for key in ("boilerplate", "entities", "quotes", "times", "roles"):
        assert isinstance(data[key], list)


def test_analyze_html_extracts_title_date_and_drops_page_furniture(pipeline):
    html = (SAMPLES / "06_pologne_frontiere.html").read_text(encoding="utf-8")
    doc = veille.analyze(html)
    assert doc.title == "La Pologne renforce sa frontière avec le Bélarus"
    assert doc.published == "2024-06-12"
    assert "Tous droits réservés" not in doc.text and "Accueil" not in doc.text
    assert "5 000 soldats" in doc.text


def test_analyze_file_names_the_file_on_bad_input(tmp_path, pipeline):
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    with pytest.raises(veille.InvalidInput) as err:
        veille.analyze_file(empty)
    assert "vide.txt" in str(err.value) and "\n" not in str(err.value)
