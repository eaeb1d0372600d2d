"""Issue 3 acceptance on the seed articles (read from ../shared/seeds at run time)."""

import pytest

from conftest import SEED_FILES, SEED_PUBLISHED


@pytest.fixture(scope="module")
def seeds(shared, pipeline):
    from veille import api

    out = {}
    for name, fname in SEED_FILES.items():
        path = shared / "seeds" / fname
        if not path.exists():
            pytest.skip(f"{path} is absent")
        (doc,) = api.analyze_file(path, published=SEED_PUBLISHED[name])
        out[name] = doc
    return out


def test_seed_001_first_line_is_the_title_and_000_has_none(seeds, seed_text):
    assert seeds["001"].title == seed_text("001").splitlines()[0].strip()
    assert seeds["000"].title is None
    assert seeds["000"].text.startswith(seed_text("000").splitlines()[0].strip()[:40])


def test_no_boilerplate_line_in_the_text(seeds):
    for doc in seeds.values():
        for b in doc.boilerplate:
            assert b.text not in doc.text
        for line in doc.text.split("\n"):
            letters = [c for c in line if c.isalpha()]
            assert not letters or sum(c.isupper() for c in letters) / len(letters) < 0.5, line


def test_seed_000_boilerplate_lines_are_listed_with_reasons(seeds):
    removed = seeds["000"].boilerplate
    assert len(removed) == 3
    assert all(b.reason for b in removed)
    assert any(b.text.startswith("CLIQUEZ ICI") for b in removed)


def test_no_fact_comes_from_boilerplate(seeds):
    doc = seeds["000"]
    extracted = [doc.text[m.start:m.end] for e in doc.entities for m in e.mentions]
    extracted += [doc.text[q.start:q.end] for q in doc.quotes] + [doc.text[t.start:t.end] for t in doc.times]
    assert not any("LUKASHENKO" in x or "FOX NEWS" in x for x in extracted)


def test_reingesting_seeds_changes_nothing(shared, pipeline):
    from veille import api

    store = api.open_store("memory://")
    first = api.ingest([shared / "seeds"], store, published="2023-05-18")
    assert first.ingested == 2 and first.ok
    before = [d.to_dict() for d in store.iter_documents()]
    second = api.ingest([shared / "seeds"], store, published="2023-05-18")
    assert second.ingested == 0 and second.unchanged == 2
    assert [d.to_dict() for d in store.iter_documents()] == before
