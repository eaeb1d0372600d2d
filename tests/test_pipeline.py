"""Pipeline contracts: stage order checks, return-type checks, failure policies."""

import pytest

from veille.errors import StageError
from veille.model import Document
from veille.pipeline import Pipeline, registered_stages, stage


@stage("test_upper", requires=("text",), assigns=("text",), analysis=False)
def _make_upper(settings):
    def upper(doc):
        return doc.replace(text=doc.text.upper())

    return upper


@stage("test_broken", requires=("text",), assigns=("text",), analysis=False)
def _make_broken(settings):
    def broken(doc):
        return {"not": "a document"}

    return broken


@stage("test_raises", requires=("text",), assigns=("text",), analysis=False)
def _make_raises(settings):
    def raises(doc):
        raise ValueError("boom")

    return raises


def test_builtin_stages_are_registered():
    names = set(registered_stages())
    assert {"clean", "language", "parse", "sentences", "entities", "roles", "times", "quotes"} <= names


def test_unknown_stage_is_named():
    with pytest.raises(StageError, match="nope"):
        Pipeline(["nope"])


def test_order_is_checked_when_built():
    with pytest.raises(StageError, match="Stage 'sentences'.*parse"):
        Pipeline(["clean", "sentences"])


def test_stage_returning_a_non_document_is_named():
    with pytest.raises(StageError, match="test_broken.*not a Document"):
        Pipeline(["test_broken"], on_error="raise").run(Document(id="x", text="a"))


def test_raise_policy_wraps_the_error_with_the_stage_name():
    with pytest.raises(StageError, match="test_raises.*boom"):
        Pipeline(["test_raises"], on_error="raise").run(Document(id="x", text="a"))


def test_record_policy_keeps_going_and_records_the_error():
    out = Pipeline(["test_raises", "test_upper"], on_error="record").run(Document(id="x", text="abc"))
    assert out.text == "ABC"
    assert len(out.errors) == 1 and "boom" in out.errors[0]


def test_run_many_keeps_order_across_batches():
    docs = [Document(id=str(i), text=f"t{i}") for i in range(7)]
    out = list(Pipeline(["test_upper"]).run_many(docs, batch_size=3))
    assert [d.id for d in out] == [str(i) for i in range(7)]
    assert [d.text for d in out] == [f"T{i}" for i in range(7)]


def test_analysis_stages_skip_documents_not_in_an_analysed_language(analyze):
    doc = analyze("The Baltic states joined the European power grid on Saturday, officials said in Tallinn.")
    assert doc.lang == "en" and not doc.analyzed
    assert doc.entities == () and doc.sentences == ()


def test_a_french_story_quoting_a_name_in_cyrillic_is_french():
    from veille.pipeline.stages.language import detect_language

    lang, _ = detect_language("« Nous tiendrons », a écrit Александр Кузнецов sur Telegram, selon la présidence "
                              "biélorusse. Il est à Москва.")
    assert lang == "fr"
    lang, _ = detect_language("Президент заявил во вторник, что страна готова к переговорам с соседями.")
    assert lang == "ru"


def test_a_short_french_sentence_is_not_taken_for_a_regional_language():
    from veille.pipeline.stages.language import detect_language

    assert detect_language("GOMEL – Le ministre Dmitri Kouznetsov a reçu mardi des diplomates.")[0] == "fr"
