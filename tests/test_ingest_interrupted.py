"""An ingest interrupted between batches (Ctrl-C) keeps whole documents only, and running it
again completes it to exactly the store an uninterrupted run gives."""

import pytest

from conftest import SAMPLES
from veille import api


def _snapshot(store):
    return sorted((d.id, repr(d.to_dict())) for d in store.iter_documents())


def test_interrupted_ingest_completes_on_rerun(pipeline):
    reference = api.open_store("memory://")
    assert api.ingest([SAMPLES], reference, batch_size=2).ok

    store = api.open_store("memory://")
    seen = {"n": 0}

    def interrupt(n):
        seen["n"] += n
        if seen["n"] >= 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        api.ingest([SAMPLES], store, batch_size=2, progress=interrupt)
    partial = store.stats()["documents"]
    assert 0 < partial < reference.stats()["documents"]

    again = api.ingest([SAMPLES], store, batch_size=2)
    assert again.ok and again.unchanged == partial
    assert _snapshot(store) == _snapshot(reference)
    assert store.stats() == reference.stats()
