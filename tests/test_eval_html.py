"""``veille eval html``: the scorer's arithmetic on synthetic pages, then the real gate.

The synthetic corpus (pages written here) checks the counting and the report; the last test
runs the trafilatura-eval French pages from ../shared and holds the HTML path to F >= 0.93.
"""

from __future__ import annotations

import json

import pytest

from veille.errors import EvalDataMissing
from veille.eval.html import TARGET_F, count_segments, evaluate_html, format_html_report

ITEM = {"with": ["premier  segment", "second segment"], "without": ["menu du site", "cookies"]}
ARTICLE = (
    "<html><head><title>Un conseil municipal agité</title></head><body>"
    "<nav>Menu du site : Accueil, Sport, Culture, Contact, Archives</nav><article><h1>Un conseil municipal agité</h1>"
    + "".join(
        f"<p>Paragraphe {n} : les élus de la commune ont débattu longuement du budget des écoles et des cantines.</p>"
        for n in range(5)
    )
    + "</article><footer>Mentions légales et gestion des cookies du journal</footer></body></html>"
)


def test_count_segments_like_trafilatura():
    # "with" found = TP, missing = FN; "without" found = FP, absent = TN; whitespace normalised.
    assert count_segments(ITEM, "le premier segment\n et le menu du site") == (1, 1, 1, 1)
    assert count_segments(ITEM, "premier segment, second   segment") == (2, 0, 0, 2)
    # A failed extraction misses every "with" and keeps no "without".
    assert count_segments(ITEM, None) == (0, 0, 2, 2)


def make_corpus(tmp_path, pages: dict[str, tuple[str, dict]]):
    corpus = tmp_path / "eval" / "trafilatura-eval"
    (corpus / "html_fr").mkdir(parents=True)
    evaldata = {}
    for name, (html, item) in pages.items():
        if html is not None:
            (corpus / "html_fr" / name).write_text(html, encoding="utf-8")
        evaldata[f"https://exemple.fr/{name}"] = {"file": name, **item}
    (corpus / "evaldata_fr.json").write_text(json.dumps(evaldata), encoding="utf-8")
    return tmp_path


def test_evaluate_html_on_a_synthetic_corpus(tmp_path):
    shared = make_corpus(tmp_path, {
        "conseil.html": (ARTICLE, {
            "with": ["Paragraphe 0 : les élus", "budget des écoles et des cantines"],
            "without": ["Menu du site", "Mentions légales", "un segment absent de la page"],
        }),
        "vide.html": ("<html><body><nav>Accueil</nav></body></html>", {"with": ["un texte"], "without": ["Accueil"]}),
        "absente.html": (None, {"with": ["rien"], "without": ["rien non plus"]}),
    })
    result = evaluate_html(shared)
    assert result["pages"] == 2 and result["missing_pages"] == 1
    ours = result["systems"]["veille (extract + clean)"]
    # The article page: both "with" found, no "without" kept; the menu-only page: refused,
    # so its "with" is missed and its "without" absent.
    assert (ours["tp"], ours["fp"], ours["fn"], ours["tn"]) == (2, 0, 1, 4)
    assert ours["failed_pages"] == 1
    assert ours["precision"] == 1.0 and ours["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert ours["f"] == pytest.approx(0.8, abs=1e-4)
    assert result["veille_f"] == ours["f"] and result["meets_target"] is False
    assert set(result["systems"]) == {"trafilatura (defaults)", "trafilatura (favor_precision)", "veille (extract + clean)"}
    report = format_html_report(result)
    assert "veille F = 0.800 (BELOW the target F >= 0.93)" in report
    assert "1 annotated pages had no HTML file" in report


def test_evaluate_html_details_and_no_clean(tmp_path):
    shared = make_corpus(tmp_path, {
        "conseil.html": (ARTICLE, {"with": ["Paragraphe 1 :", "une phrase jamais écrite"], "without": ["Paragraphe 4"]}),
    })
    result = evaluate_html(shared, clean=False, details=True)
    assert "veille (extract)" in result["systems"]
    errors = result["errors"]["veille (extract)"]
    assert errors == [{
        "url": "https://exemple.fr/conseil.html",
        "missed": ["une phrase jamais écrite"],
        "kept_boilerplate": ["Paragraphe 4"],
    }]


def test_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(EvalDataMissing, match="trafilatura-eval"):
        evaluate_html(tmp_path)


def test_french_benchmark_pages_reach_the_target(eval_dir):
    if not (eval_dir / "trafilatura-eval" / "evaldata_fr.json").is_file():
        pytest.skip("../shared/eval/trafilatura-eval is absent")
    result = evaluate_html(eval_dir.parent)
    assert result["pages"] >= 20
    ours = result["systems"]["veille (extract + clean)"]
    assert ours["f"] >= TARGET_F, format_html_report(result)
    # The clean stage must not cost recall against extraction alone.
    alone = result["systems"]["trafilatura (favor_precision)"]
    assert ours["recall"] >= alone["recall"]
