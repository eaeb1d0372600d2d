"""The data model: to_dict/from_dict round-trips, offsets-only spans, sentence lookup."""

from hypothesis import given, strategies as st

from veille.model import Boilerplate, Document, Entity, Mention, Quote, Role, Span, Speaker, TimeMention


def _doc() -> Document:
    text = "Le ministre Jean Dupont a déclaré mardi : « Tout va bien »."
    return Document(
        id="d1",
        text=text,
        source="x.txt",
        title="Titre",
        lang="fr",
        published="2024-01-02",
        boilerplate=(Boilerplate("CLIQUEZ ICI", "call-to-action"),),
        sentences=(Span(0, len(text)),),
        entities=(Entity("ent_1", "Jean Dupont", "PER", (Mention(12, 23, "PER"),), ("Jean Dupont",)),),
        quotes=(Quote(42, 58, "direct", Speaker("ent_1", "Jean Dupont", 12, 23), Span(24, 33), "2024-01-02"),),
        times=(TimeMention(34, 39, "DATE", "2024-01-02", "published"),),
        roles=(Role("ent_1", "ministre", None, 3, 11),),
    )


def test_round_trip_keeps_every_field():
    doc = _doc()
    assert Document.from_dict(doc.to_dict()) == doc


def test_span_text_is_derived_from_offsets():
    data = _doc().to_dict()
    assert data["entities"][0]["mentions"][0]["text"] == "Jean Dupont"
    assert data["quotes"][0]["text"] == "« Tout va bien »"[:16]
    assert data["times"][0]["text"] == "mardi"
    assert data["roles"][0]["text"] == "ministre"


def test_contract_lists_are_present_and_empty_when_unfilled():
    data = Document(id="x", text="abc").to_dict()
    for key in ("boilerplate", "entities", "quotes", "times", "roles"):
        assert data[key] == []
    assert data["published"] is None and data["title"] is None


def test_sentence_at_finds_the_containing_sentence():
    doc = Document(id="x", text="Un. Deux. Trois.", sentences=(Span(0, 3), Span(4, 9), Span(10, 16)))
    assert doc.sentence_at(0) == Span(0, 3)
    assert doc.sentence_at(5) == Span(4, 9)
    assert doc.sentence_at(15) == Span(10, 16)
    assert doc.sentence_at(3) is None  # the space between sentences


@given(
    text=st.text(min_size=1, max_size=200),
    bounds=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=5),
    title=st.one_of(st.none(), st.text(max_size=30)),
)
def test_round_trip_property(text, bounds, title):
    spans = tuple(Mention(min(a, b) % len(text), max(a, b) % len(text) + 1, "LOC") for a, b in bounds)
    doc = Document(
        id="p",
        text=text,
        title=title,
        entities=(Entity("e", "n", "LOC", spans),) if spans else (),
        times=tuple(TimeMention(m.start, m.end, "DATE", None) for m in spans),
    )
    assert Document.from_dict(doc.to_dict()) == doc


def test_an_inferred_of_round_trips_and_is_written_only_when_true():
    doc = _doc().replace(roles=(Role("ent_1", "ministre", "ent_2", 3, 11, of_inferred=True),
                                Role("ent_1", "maire", None, 3, 11)))
    data = doc.to_dict()
    assert data["roles"][0]["of_inferred"] is True and "of_inferred" not in data["roles"][1]
    assert Document.from_dict(data) == doc
