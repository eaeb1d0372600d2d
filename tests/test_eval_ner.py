"""NER evaluation: corpus readers, text rebuilding and the strict/partial scorer's arithmetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.errors import EvalDataMissing, VeilleError
from veille.eval.ner import (
    CORE_TYPES,
    GoldDocument,
    GoldSpan,
    _summarise,
    evaluate_ner,
    format_ner_report,
    read_hipe,
    read_iob,
    score_documents,
)

HEADER = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC"


def _hipe_row(token: str, tag: str = "O", misc: str = "_") -> str:
    return "\t".join([token, tag, "O", "O", "O", "O", "O", "_", "_", misc])


# Two invented documents: a person with a title, a place, a newspaper (prod), a date (time),
# a line end inside a sentence and a token glued to its successor.
HIPE_DOCS = [
    (
        "doc-a",
        [
            ("Hier", "B-time", "_"),
            ("soir", "I-time", "_"),
            ("M", "B-pers", "NoSpaceAfter"),
            (".", "I-pers", "_"),
            ("Albert", "I-pers", "_"),
            ("Tissot", "I-pers", "EndOfLine"),
            ("a", "O", "_"),
            ("quitté", "O", "_"),
            ("Genève", "B-loc", "NoSpaceAfter"),
            (",", "O", "_"),
            ("dit", "O", "_"),
            ("le", "O", "_"),
            ("Courrier", "B-prod", "_"),
            ("du", "I-prod", "_"),
            ("Soir", "I-prod", "NoSpaceAfter"),
            (".", "O", "EndOfLine|PySBDSegment"),
        ],
    ),
    (
        "doc-b",
        [
            ("La", "O", "_"),
            ("Banque", "B-org", "_"),
            ("cantonale", "I-org", "_"),
            ("de", "O", "_"),
            ("Berne", "B-loc", "_"),
            ("Lausanne", "B-loc", "NoSpaceAfter"),
            ("-", "O", "EndOfLine|NoSpaceAfter"),
            ("Sion", "B-loc", "NoSpaceAfter"),
            (".", "O", "_"),
        ],
    ),
]


def _write_hipe(path: Path) -> Path:
    lines = [HEADER]
    for doc_id, rows in HIPE_DOCS:
        lines += ["# language = fr", "# newspaper = XYZ", "# date = 1900-01-01", f"# document_id = {doc_id}"]
        lines += [_hipe_row(*row) for row in rows]
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _texts(doc: GoldDocument) -> list[tuple[str, str]]:
    return [(doc.text[s.start : s.end], s.type) for s in doc.spans]


def test_hipe_reader_rebuilds_text_and_maps_labels(tmp_path):
    docs = read_hipe(_write_hipe(tmp_path / "h.tsv"))
    assert [d.id for d in docs] == ["doc-a", "doc-b"]
    a, b = docs
    assert a.text == "Hier soir M. Albert Tissot a quitté Genève, dit le Courrier du Soir."
    assert a.tokens == 16
    assert _texts(a) == [("M. Albert Tissot", "PER"), ("Genève", "LOC"), ("Courrier du Soir", "MISC")]
    assert [(a.text[s.start : s.end], s.type) for s in a.ignored] == [("Hier soir", "time")]
    # B- after B- of the same label starts a new mention; EndOfLine with NoSpaceAfter glues.
    assert b.text == "La Banque cantonale de Berne Lausanne-Sion."
    assert _texts(b) == [("Banque cantonale", "ORG"), ("Berne", "LOC"), ("Lausanne", "LOC"), ("Sion", "LOC")]


def test_iob1_reader_groups_runs_and_cuts_documents_outside_entities(tmp_path):
    rows = [
        ("Le", "O"), ("préfet", "O"), ("Jean", "I-PER"), ("Morel", "I-PER"), ("Paul", "B-PER"),
        ("Roux", "I-PER"), ("visite", "O"), ("l'", "O"), ("usine", "O"), ("de", "O"), ("Saint", "I-LOC"),
        ("-", "I-LOC"), ("Malo", "I-LOC"), (".", "O"),
        ("La", "O"), ("Compagnie", "I-ORG"), ("Lebon", "I-ORG"), ("(", "O"), ("Nantes", "I-LOC"), (")", "O"),
        ("paie", "O"), (",", "O"), ("dit", "O"), ("Morel", "I-PER"), (".", "O"),
    ]
    path = tmp_path / "c.bio"
    path.write_text("".join(f"{t} {g}\n" for t, g in rows), encoding="utf-8")

    whole = read_iob(path, doc_tokens=1000)
    assert len(whole) == 1
    assert whole[0].text == (
        "Le préfet Jean Morel Paul Roux visite l'usine de Saint - Malo. La Compagnie Lebon (Nantes) paie, dit Morel."
    )
    assert _texts(whole[0]) == [
        ("Jean Morel", "PER"), ("Paul Roux", "PER"), ("Saint - Malo", "LOC"),
        ("Compagnie Lebon", "ORG"), ("Nantes", "LOC"), ("Morel", "PER"),
    ]

    # Cut after the first sentence end once 5 tokens are reached.
    parts = read_iob(path, doc_tokens=5)
    assert [p.tokens for p in parts] == [14, 11]
    assert parts[1].text.startswith("La Compagnie")
    assert _texts(parts[1])[0] == ("Compagnie Lebon", "ORG")

    # A hard cap never splits an entity: the cut waits for the next O tag.
    capped = read_iob(path, doc_tokens=100, max_tokens=3)
    assert all(not p.text.startswith(("Morel", "Roux", "-", "Malo", "Lebon")) for p in capped)
    assert sum(len(p.spans) for p in capped) == 6


def _doc(spans, ignored=()):
    return GoldDocument("d", "x" * 200, 10, list(spans), list(ignored))


def test_strict_and_partial_counts():
    gold = [
        GoldSpan(0, 10, "PER"),  # exact hit
        GoldSpan(20, 30, "PER"),  # overlapped by a shorter prediction
        GoldSpan(40, 50, "LOC"),  # predicted with the wrong type
        GoldSpan(60, 70, "ORG"),  # missed
        GoldSpan(80, 90, "LOC"),  # two overlapping predictions: only one may match
    ]
    pred = [
        GoldSpan(0, 10, "PER"),
        GoldSpan(22, 30, "PER"),
        GoldSpan(40, 50, "ORG"),
        GoldSpan(80, 84, "LOC"),
        GoldSpan(85, 95, "LOC"),
        GoldSpan(100, 110, "PER"),  # spurious
    ]
    counts = score_documents([(_doc(gold), pred)], types=("PER", "LOC", "ORG", "MISC"))
    assert counts["strict"]["PER"] == {"tp": 1, "fp": 2, "fn": 1}
    assert counts["partial"]["PER"] == {"tp": 2, "fp": 1, "fn": 0}
    assert counts["strict"]["LOC"] == {"tp": 0, "fp": 2, "fn": 2}
    assert counts["partial"]["LOC"] == {"tp": 1, "fp": 1, "fn": 1}
    assert counts["strict"]["ORG"] == {"tp": 0, "fp": 1, "fn": 1}
    assert counts["partial"]["ORG"] == {"tp": 0, "fp": 1, "fn": 1}
    assert counts["partial"]["MISC"] == {"tp": 0, "fp": 0, "fn": 0}

    table = _summarise(counts, ("PER", "LOC", "ORG", "MISC"))
    per = table["partial"]["PER"]
    assert (per["p"], per["r"], per["f1"]) == (round(2 / 3, 4), 1.0, 0.8)
    micro = table["strict"]["micro"]
    assert (micro["tp"], micro["fp"], micro["fn"]) == (1, 5, 4)
    assert (micro["p"], micro["r"]) == (round(1 / 6, 4), 0.2)
    assert micro["f1"] == round(2 * (1 / 6) * 0.2 / (1 / 6 + 0.2), 4)
    assert table["partial"]["micro"]["tp"] == 3
    assert table["strict"]["micro-PER/LOC/ORG"]["tp"] == 1


def test_partial_matching_prefers_the_largest_overlap():
    gold = [GoldSpan(0, 10, "PER"), GoldSpan(12, 20, "PER")]
    pred = [GoldSpan(5, 18, "PER")]  # overlaps both: 5 chars of the first, 6 of the second
    counts = score_documents([(_doc(gold), pred)], types=("PER",))
    assert counts["partial"]["PER"] == {"tp": 1, "fp": 0, "fn": 1}


def test_unscored_types_and_ignored_gold_regions_are_not_false_positives():
    gold = [GoldSpan(0, 10, "PER")]
    ignored = [GoldSpan(30, 40, "time")]
    pred = [
        GoldSpan(0, 10, "PER"),
        GoldSpan(30, 35, "MISC"),  # on an ignored time span
        GoldSpan(50, 60, "MISC"),  # a plain false positive
        GoldSpan(70, 80, "LOC"),  # not scored (types below leave LOC out)
    ]
    counts = score_documents([(_doc(gold, ignored), pred)], types=("PER", "MISC"))
    assert counts["strict"]["MISC"] == {"tp": 0, "fp": 1, "fn": 0}
    assert counts["ignored_predictions"] == 1
    assert counts["unscored_predictions"] == 1
    table = _summarise(counts, ("PER", "MISC"))
    assert "micro-PER/LOC/ORG" in table["strict"]
    core = score_documents([(_doc(gold, ignored), pred)], types=CORE_TYPES)
    assert set(_summarise(core, CORE_TYPES)["strict"]) == {"PER", "LOC", "ORG", "micro"}
    assert core["unscored_predictions"] == 2  # both MISC predictions


def test_unknown_corpus_and_missing_file(tmp_path):
    with pytest.raises(VeilleError):
        evaluate_ner("conll2003", shared=tmp_path)
    with pytest.raises(EvalDataMissing):
        evaluate_ner("europeana", shared=tmp_path)


def _check_structure(result: dict, types: list[str]) -> None:
    assert result["types"] == types
    for system in ("spacy", "veille"):
        scores = result["systems"][system]
        for match in ("strict", "partial"):
            for t in types:
                cell = scores[match][t]
                assert cell["tp"] + cell["fn"] == result["gold"][t]
                assert 0.0 <= cell["p"] <= 1.0 and 0.0 <= cell["r"] <= 1.0
            assert scores[match]["micro"]["tp"] == sum(scores[match][t]["tp"] for t in types)
        # Both modes score the same predictions; partial can only find more matches.
        for t in types:
            strict, partial = scores["strict"][t], scores["partial"][t]
            assert strict["tp"] + strict["fp"] == partial["tp"] + partial["fp"]
            assert partial["tp"] >= strict["tp"]


def test_evaluate_ner_on_a_synthetic_corpus(tmp_path, pipeline):
    _write_hipe(tmp_path / "eval" / "hipe2020-fr" / "HIPE-data-v1.4-dev-fr.tsv")
    result = evaluate_ner("hipe-dev", shared=tmp_path)
    assert result["documents"] == 2 and result["tokens"] == 25
    assert result["gold"] == {"PER": 1, "LOC": 4, "ORG": 1, "MISC": 1}
    assert result["ignored_gold"] == {"time": 1}
    _check_structure(result, ["PER", "LOC", "ORG", "MISC"])
    report = format_ner_report(result)
    assert "veille  partial  micro" in report and "spacy   strict   PER" in report


def test_evaluate_ner_on_hipe_dev_sample(eval_dir, pipeline):
    result = evaluate_ner("hipe-dev", shared=eval_dir, limit=2)
    assert result["documents"] == 2
    assert sum(result["gold"].values()) > 0
    _check_structure(result, ["PER", "LOC", "ORG", "MISC"])
    # On real newspaper text spaCy finds persons and places.
    assert result["systems"]["veille"]["partial"]["micro"]["tp"] > 0
    assert "hipe-dev" in format_ner_report({"corpora": [result], "seconds": 1.0})
