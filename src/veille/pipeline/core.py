"""Pipeline: ordered, contract-checked stages run over documents in batches."""

from __future__ import annotations

import logging
from typing import Any, Iterable, Iterator

from veille.errors import StageError, VeilleError
from veille.model import Document
from veille.pipeline.registry import StageInfo, get_stage
from veille.settings import Settings, load_settings

__all__ = ["Pipeline", "DEFAULT_STAGES", "INPUT_FIELDS"]

log = logging.getLogger(__name__)

DEFAULT_STAGES = ("clean", "language", "parse", "sentences", "entities", "roles", "times", "quotes")

#: Document fields present before any stage runs.
INPUT_FIELDS = frozenset({"id", "source", "title", "published", "url", "raw", "text", "lang", "content_hash"})


class Pipeline:
    """Stages in order. Each stage's ``requires`` must be assigned by an earlier stage.

    ``on_error="raise"`` re-raises the first failure as :class:`StageError`;
    ``"record"`` puts the message on ``doc.errors``, logs it and carries on with the next stage.
    """

    def __init__(
        self,
        stages: Iterable[str] = DEFAULT_STAGES,
        settings: Settings | None = None,
        on_error: str | None = None,
    ):
        self.settings = settings or load_settings()
        self.on_error = on_error or self.settings.on_error
        if self.on_error not in ("raise", "record"):
            raise VeilleError(f"on_error must be 'raise' or 'record', not {self.on_error!r}")
        self.infos: list[StageInfo] = [get_stage(name) for name in stages]
        self._check_order()
        self._callables: list[Any] | None = None

    _shared: dict[tuple, "Pipeline"] = {}

    @classmethod
    def shared(cls, settings: Settings | None = None) -> "Pipeline":
        """The default pipeline for ``settings``, built once per process (so the model loads
        once per process however many callers ask for it)."""
        settings = settings or load_settings()
        key = (settings.spacy_model, settings.on_error, settings.batch_size, settings.analyzed_languages)
        if key not in cls._shared:
            cls._shared[key] = cls(settings=settings)
        return cls._shared[key]

    @property
    def names(self) -> list[str]:
        return [info.name for info in self.infos]

    def _check_order(self) -> None:
        available = set(INPUT_FIELDS)
        for info in self.infos:
            missing = [field for field in info.requires if field not in available]
            if missing:
                raise StageError(f"needs {', '.join(missing)}, which no earlier stage assigns", stage=info.name)
            available.update(info.assigns)

    def _stages(self) -> list[Any]:
        # Factories run once per pipeline (a model loads once per process), not at build time,
        # so building a pipeline to check it stays cheap.
        if self._callables is None:
            self._callables = [info.factory(self.settings) for info in self.infos]
        return self._callables

    def __call__(self, doc: Document) -> Document:
        return self.run(doc)

    def run(self, doc: Document) -> Document:
        return self.run_batch([doc])[0]

    def run_many(self, docs: Iterable[Document], batch_size: int | None = None) -> Iterator[Document]:
        """Stream documents through the pipeline, ``batch_size`` at a time, in input order."""
        size = batch_size or self.settings.batch_size
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)

    def run_batch(self, docs: list[Document]) -> list[Document]:
        out = list(docs)
        for info, fn in zip(self.infos, self._stages()):
            idx = [i for i, d in enumerate(out) if d.analyzed or not info.analysis]
            if not idx:
                continue
            todo = [out[i] for i in idx]
            results = self._apply(info, fn, todo)
            for i, res in zip(idx, results):
                out[i] = res
        # The parse is transient: drop it so documents are cheap to keep, pickle and store.
        return [d.replace(parse=None) if d.parse is not None else d for d in out]

    def _apply(self, info: StageInfo, fn: Any, docs: list[Document]) -> list[Document]:
        pipe = getattr(fn, "pipe", None)
        if pipe is not None and len(docs) > 1:
            try:
                results = list(pipe(docs))
                if len(results) != len(docs):
                    raise StageError("returned a batch of a different size", stage=info.name)
                return [self._check(info, r) for r in results]
            except Exception as exc:
                if self.on_error == "raise":
                    raise self._wrap(info, exc, docs[0]) from exc
                # Fall back to one at a time so one bad document does not fail its batch.
        return [self._one(info, fn, d) for d in docs]

    def _one(self, info: StageInfo, fn: Any, doc: Document) -> Document:
        try:
            return self._check(info, fn(doc))
        except Exception as exc:
            err = self._wrap(info, exc, doc)
            if self.on_error == "raise":
                raise err from exc
            log.warning("%s (document %s)", err.one_line(), doc.id)
            return doc.replace(errors=doc.errors + (err.message,))

    @staticmethod
    def _check(info: StageInfo, result: Any) -> Document:
        if not isinstance(result, Document):
            raise StageError(f"returned {type(result).__name__}, not a Document", stage=info.name)
        return result

    @staticmethod
    def _wrap(info: StageInfo, exc: Exception, doc: Document) -> StageError:
        if isinstance(exc, StageError):
            return exc
        return StageError(f"{type(exc).__name__}: {exc}", stage=info.name, path=doc.source or doc.id)
