"""The Python API: the one facade the CLI and any web layer call.

Verbs: :func:`analyze`, :func:`analyze_file`, :func:`ingest`, :func:`search`, :func:`get`,
:func:`export`, :func:`stats`, :func:`entities`, :func:`quotes`, :func:`timeline`. Heavy imports
(spaCy, trafilatura) happen inside functions so ``import veille`` stays light.
"""

from __future__ import annotations

import csv
import logging
import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

import orjson

from veille.errors import InvalidInput, VeilleError
from veille.model import Document
from veille.settings import Settings, load_settings
from veille.storage.base import SearchHit, Store, open_store

__all__ = [
    "analyze",
    "analyze_file",
    "ingest",
    "IngestReport",
    "open_store",
    "search",
    "get",
    "export",
    "stats",
    "entities",
    "quotes",
    "timeline",
    "EXPORT_FORMATS",
    "evaluate",
    "load",
    "scale_out",
    "entity_show",
    "entity_merge",
    "entity_split",
    "entity_rename",
    "entity_alias",
    "entity_undo",
    "entity_log",
]

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("jsonl", "csv", "ftm")


def _pipeline(settings: Settings):
    from veille.pipeline import Pipeline

    return Pipeline.shared(settings)


def analyze(
    text_or_html: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    lang: str | None = None,
    settings: Settings | None = None,
) -> Document:
    """Analyse one article given as text or HTML and return the Document (nothing is stored)."""
    from veille.ingest import make_document
    from veille.ingest.extract import html_to_document, looks_like_html

    settings = settings or load_settings(on_error="raise")
    if looks_like_html(text_or_html):
        doc = html_to_document(text_or_html, source=url or "<html>", url=url, title=title, published=published,
                               lang=lang)
    else:
        doc = make_document(text_or_html, source=url or "<text>", title=title, published=published, url=url, lang=lang)
    return _pipeline(settings).run(doc)


def analyze_file(path: str | Path, *, published: str | None = None, settings: Settings | None = None) -> list[Document]:
    """Analyse every article in a file (a JSONL, WARC or feed file may hold several)."""
    from veille.ingest import iter_inputs

    settings = settings or load_settings(on_error="raise")
    docs = []
    for item in iter_inputs([path], max_bytes=settings.max_bytes, published=published):
        if isinstance(item, InvalidInput):
            raise item
        docs.append(item)
    return list(_pipeline(settings).run_many(docs))


@dataclass
class IngestReport:
    ingested: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    not_analyzed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        return {
            "ingested": self.ingested,
            "unchanged": self.unchanged,
            "failed": [{"source": s, "error": e} for s, e in self.failed],
            "not_analyzed": [{"id": i, "lang": lang} for i, lang in self.not_analyzed],
        }


# -- worker processes -------------------------------------------------------------------
def _worker_init(settings: Settings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    _pipeline(settings)  # load the model before the first batch arrives


def _worker_run(batch: list[Document]) -> list[Document]:
    return _pipeline(_WORKER_SETTINGS).run_batch(batch)


_WORKER_SETTINGS: Settings | None = None


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _resolve(store: Store, docs: list[Document]) -> list[Document]:
    """Map document-local entity ids to the store's canonical entities (when available)."""
    try:
        from veille.resolve import resolve_documents
    except ImportError:
        return docs
    return resolve_documents(store, docs)


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    published: str | None = None,
    force: bool = False,
    workers: int = 1,
    batch_size: int | None = None,
    max_bytes: int | None = None,
    settings: Settings | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Read, analyse and store articles. Each batch is stored in one transaction, so an
    interrupted run leaves whole documents only, and running it again completes it."""
    from veille.ingest import iter_inputs

    settings = settings or load_settings()
    size = batch_size or settings.batch_size
    report = IngestReport()

    def todo() -> Iterator[Document]:
        for item in iter_inputs(paths, max_bytes=max_bytes or settings.max_bytes, published=published):
            if isinstance(item, InvalidInput):
                report.failed.append((item.path or "", item.message))
                if progress:
                    progress(1)
                continue
            if not force and store.has(item.id, item.content_hash):
                report.unchanged += 1
                if progress:
                    progress(1)
                continue
            yield item

    def handle(done: list[Document]) -> None:
        done = _resolve(store, done)
        put = store.put_many(done, force=force)
        report.ingested += len(put.stored)
        report.unchanged += len(put.unchanged)
        for doc in done:
            if doc.errors:
                report.failed.append((doc.source or doc.id, "; ".join(doc.errors)))
            if not doc.analyzed:
                report.not_analyzed.append((doc.id, doc.lang or "unknown"))
        if progress:
            progress(len(done))

    if workers <= 1:
        pipeline = _pipeline(settings)
        for batch in _batches(todo(), size):
            handle(pipeline.run_batch(batch))
    else:
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(workers, initializer=_worker_init, initargs=(settings,)) as pool:
            for done in pool.imap(_worker_run, _batches(todo(), size)):
                handle(done)
    return report


def load(paths: Iterable[str | Path], store: Store, *, force: bool = False, batch_size: int = 200) -> IngestReport:
    """Store documents that were analysed elsewhere (``veille scale-out`` output, or
    ``veille export --format jsonl`` of another store): JSON lines of Document dicts, or of
    ``{"document": "<json>"}`` rows as Ray writes them. Nothing is re-analysed."""
    report = IngestReport()
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files += sorted(f for f in path.rglob("*") if f.is_file() and f.suffix in (".json", ".jsonl"))
        elif path.exists():
            files.append(path)
        else:
            report.failed.append((str(path), "no such file or directory"))

    def docs() -> Iterator[Document]:
        for f in files:
            with open(f, "rb") as handle:
                for lineno, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    where = f"{f}:{lineno}"
                    try:
                        data = orjson.loads(line)
                        if isinstance(data.get("document"), str):
                            data = orjson.loads(data["document"])
                        if "error" in data and "text" not in data:
                            report.failed.append((data.get("source") or where, data["error"]))
                            continue
                        doc = Document.from_dict(data)
                    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
                        report.failed.append((where, f"not an analysed document: {exc}"))
                        continue
                    yield doc.replace(raw=data.get("raw"))

    for batch in _batches(docs(), batch_size):
        put = store.put_many(_resolve(store, batch), force=force)
        report.ingested += len(put.stored)
        report.unchanged += len(put.unchanged)
    return report


def scale_out(inputs: list[str], output: str, *, address: str | None = None, workers: int = 2,
              batch_size: int = 32) -> dict[str, Any]:
    """Analyse JSON Lines archives on Ray (extra ``scale``); load the result with :func:`load`."""
    try:
        from veille.scale.ray_job import run_ray
    except ImportError as exc:
        raise VeilleError(f'the scale extra is not installed (pip install -e ".[scale]"): {exc}') from exc
    return run_ray(inputs, output, address=address, workers=workers, batch_size=batch_size)


# -- entity curation (every change is logged, re-applied on re-ingest, and undoable) ----------
def entity_show(store: Store, name: str) -> dict[str, Any]:
    from veille.resolve.curation import show_entity

    return show_entity(store, name)


def entity_merge(store: Store, target: str, other: str, *, who: str | None = None) -> dict[str, Any]:
    from veille.resolve.curation import merge

    return merge(store, target, other, who=who)


def entity_split(store: Store, entity: str, mentions: list[str], *, name: str | None = None,
                 who: str | None = None) -> dict[str, Any]:
    from veille.resolve.curation import split

    return split(store, entity, mentions, name=name, who=who)


def entity_rename(store: Store, entity: str, name: str, *, who: str | None = None) -> dict[str, Any]:
    from veille.resolve.curation import rename

    return rename(store, entity, name, who=who)


def entity_alias(store: Store, action: str, entity: str, alias: str, *, who: str | None = None) -> dict[str, Any]:
    from veille.resolve.curation import alias_add, alias_remove

    if action not in ("add", "remove"):
        raise VeilleError(f"alias action must be 'add' or 'remove', not {action!r}")
    return (alias_add if action == "add" else alias_remove)(store, entity, alias, who=who)


def entity_undo(store: Store, action_id: int | None = None, *, who: str | None = None) -> dict[str, Any]:
    from veille.resolve.curation import undo

    return undo(store, action_id, who=who)


def entity_log(store: Store, *, entity: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    from veille.resolve.curation import curation_log

    return curation_log(store, limit=limit, entity=entity)


def search(store: Store, query: str, **filters: Any) -> list[SearchHit]:
    return store.search(query, **filters)


def get(store: Store, doc_id: str) -> Document:
    return store.get(doc_id)


def stats(store: Store) -> dict[str, Any]:
    return store.stats()


def entities(store: Store, name: str | None = None, *, type: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    return store.find_entities(name, type=type, limit=limit)


def quotes(store: Store, **filters: Any) -> list[dict[str, Any]]:
    return store.quotes(**filters)


def timeline(store: Store, **filters: Any) -> list[dict[str, Any]]:
    return store.timeline(**filters)


_CSV_LISTS = ("boilerplate", "entities", "quotes", "times", "roles")


def export(store: Store, out: IO[str], format: str = "jsonl") -> int:
    """Write every stored document to ``out`` in the JSON contract; returns the count."""
    if format not in EXPORT_FORMATS:
        raise VeilleError(f"unknown export format {format!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if format == "ftm":
        from veille.export_ftm import export_ftm

        return export_ftm(store, out)
    count = 0
    writer = None
    for doc in store.iter_documents():
        data = doc.to_dict()
        if format == "jsonl":
            out.write(orjson.dumps(data).decode() + "\n")
        else:
            row = {k: (orjson.dumps(v).decode() if isinstance(v, (list, dict)) else v) for k, v in data.items()}
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
        count += 1
    return count


# -- evaluation -------------------------------------------------------------------------
#: task -> (module, scoring function, report function)
_EVALUATIONS = {
    "ner": ("veille.eval.ner", "evaluate_ner", "format_ner_report"),
    "html": ("veille.eval.html", "evaluate_html", "format_html_report"),
    "quotes": ("veille.eval.quotes", "evaluate_quotes", "format_quotes_report"),
    "times": ("veille.eval.times", "evaluate_times", "format_times_report"),
    "entities": ("veille.eval.entities", "evaluate_entities", "format_entities_report"),
    "entities-doc": ("veille.eval.entities_doc", "evaluate_within_documents", "format_report"),
    "blind": ("veille.eval.blind", "evaluate_blind", "format_blind_report"),
}


def evaluate(task: str, **options: Any) -> tuple[dict[str, Any], str]:
    """Run one evaluation against ../shared/eval; returns (figures, printable report)."""
    import importlib

    if task not in _EVALUATIONS:
        raise VeilleError(f"unknown evaluation {task!r}; choose one of {', '.join(_EVALUATIONS)}")
    module_name, score_name, report_name = _EVALUATIONS[task]
    module = importlib.import_module(module_name)
    result = getattr(module, score_name)(**{k: v for k, v in options.items() if v is not None})
    return result, getattr(module, report_name)(result)
