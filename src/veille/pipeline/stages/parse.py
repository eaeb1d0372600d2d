"""Parse: run spaCy once per document and keep the ``Doc`` on ``doc.parse`` for later stages.

The model of each language pack is loaded once per process and fed through ``nlp.pipe`` in
batches. Paragraph breaks are forced to be sentence breaks before the parser runs, so a sentence
never spans two paragraphs (scraped text often lacks the final full stop of a paragraph).
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from veille.errors import StageError
from veille.lang import get_pack
from veille.model import Document
from veille.pipeline.registry import stage
from veille.settings import Settings

__all__ = ["load_nlp", "make_parse", "UNUSED_COMPONENTS"]

log = logging.getLogger(__name__)

#: Components no veille stage reads. ``senter`` duplicates the parser's sentence boundaries.
UNUSED_COMPONENTS = ("senter",)
_BREAK_COMPONENT = "veille_paragraph_breaks"


def _register_component() -> None:
    from spacy.language import Language

    if Language.has_factory(_BREAK_COMPONENT):
        return

    @Language.component(_BREAK_COMPONENT)
    def paragraph_breaks(sdoc):
        for tok in sdoc[1:]:
            prev = sdoc[tok.i - 1]
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                tok.is_sent_start = True
        return sdoc


@lru_cache(maxsize=None)
def load_nlp(models: tuple[str, ...]) -> Any:
    """Load the first importable spaCy package of ``models`` (once per process)."""
    import spacy

    _register_component()
    errors = []
    for name in models:
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        except OSError as exc:
            errors.append(f"{name}: {exc}")
            continue
        first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[-1]
        nlp.add_pipe(_BREAK_COMPONENT, before=first)
        # Long scraped pages are fine; the cap only guards memory on absurd input.
        nlp.max_length = 2_000_000
        log.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
        return nlp
    raise StageError("no spaCy model could be loaded: " + "; ".join(errors), stage="parse")


class _Parser:
    def __init__(self, settings: Settings):
        self.settings = settings

    def _nlp(self, lang: str | None):
        pack = get_pack(lang)
        if pack is None:
            raise StageError(f"no language pack for {lang!r}", stage="parse")
        models = pack.spacy_models
        if lang == "fr" and self.settings.spacy_model not in models:
            models = (self.settings.spacy_model,) + models
        elif lang == "fr":
            models = (self.settings.spacy_model,) + tuple(m for m in models if m != self.settings.spacy_model)
        return load_nlp(models)

    def __call__(self, doc: Document) -> Document:
        return doc.replace(parse=self._nlp(doc.lang)(doc.text))

    def pipe(self, docs: list[Document]) -> list[Document]:
        out: list[Document | None] = [None] * len(docs)
        by_lang: dict[str | None, list[int]] = {}
        for i, d in enumerate(docs):
            by_lang.setdefault(d.lang, []).append(i)
        for lang, idx in by_lang.items():
            nlp = self._nlp(lang)
            parsed = nlp.pipe((docs[i].text for i in idx), batch_size=self.settings.batch_size)
            for i, sdoc in zip(idx, parsed):
                out[i] = docs[i].replace(parse=sdoc)
        return out  # type: ignore[return-value]


@stage("parse", requires=("text", "lang"), assigns=("parse",))
def make_parse(settings: Settings):
    """Tokenise, tag, parse and recognise entities with the language's spaCy model."""
    return _Parser(settings)
