"""The ``veille`` command line: a thin shell over :mod:`veille.api`.

Each command parses its arguments, makes one API call and prints the result. A
:class:`~veille.errors.VeilleError` becomes one line on stderr and exit code 1; bad usage exits 2.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any, Callable, List, Optional

import typer

from veille import api
from veille.errors import VeilleError

app = typer.Typer(
    help="veille: who said what, who did what, to whom, when and where, from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score veille against the annotated corpora in ../shared/eval.", no_args_is_help=True)
entity_app = typer.Typer(help="Inspect and curate canonical entities (every change is logged and undoable).",
                         no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(entity_app, name="entity")

DB_OPTION = typer.Option("veille.db", "--db", envvar="VEILLE_DB", help="SQLite database file (or store URL).")


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _guard(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except VeilleError as exc:
        _fail(exc.one_line())
    except KeyboardInterrupt:
        _fail("interrupted; documents already stored are complete, run the same command again to finish", 130)


def _echo_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _store(db: str):
    return _guard(lambda: api.open_store(db))


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files or folders (txt, html, jsonl, warc, rss/atom)."),
    db: str = DB_OPTION,
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for inputs that lack one."),
    force: bool = typer.Option(False, "--force", help="Re-analyse documents already stored unchanged."),
    workers: int = typer.Option(1, min=1, help="Analysis processes."),
    batch_size: int = typer.Option(32, min=1, help="Documents per batch (and per transaction)."),
    max_bytes: int = typer.Option(20_000_000, min=1, help="Refuse files larger than this."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read, analyse and store articles; re-ingesting the same content changes nothing."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    store = _store(db)
    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  disable=quiet or not sys.stderr.isatty(), console=None, transient=True) as bar:
        task = bar.add_task("ingest", total=None)
        report = _guard(lambda: api.ingest(
            paths, store, published=published, force=force, workers=workers, batch_size=batch_size,
            max_bytes=max_bytes, progress=lambda n: bar.advance(task, n)))
    store.close()
    for source, error in report.failed:
        typer.echo(f"failed: {source}: {error}", err=True)
    summary = f"ingested {report.ingested}, unchanged {report.unchanged}, failed {len(report.failed)}"
    if report.not_analyzed:
        langs = sorted({lang for _, lang in report.not_analyzed})
        summary += f"; {len(report.not_analyzed)} stored but not analysed (language: {', '.join(langs)})"
    typer.echo(summary)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def analyze(
    path: Path = typer.Argument(..., help="An article file (txt, html, jsonl, warc, rss)."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD)."),
) -> None:
    """Print the analysed document(s) as JSON; nothing is stored."""
    docs = _guard(lambda: api.analyze_file(path, published=published))
    data = [d.to_dict() for d in docs]
    _echo_json(data[0] if len(data) == 1 else data)


@app.command()
def search(
    query: str = typer.Argument(..., help="Words to find (accents and case are ignored)."),
    db: str = DB_OPTION,
    entity: Optional[str] = typer.Option(None, help="Only documents mentioning this entity."),
    since: Optional[str] = typer.Option(None, help="Published on or after this date."),
    until: Optional[str] = typer.Option(None, help="Published on or before this date."),
    limit: int = typer.Option(20, min=1),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Ranked full-text search with highlighted snippets."""
    store = _store(db)
    hits = _guard(lambda: api.search(store, query, entity=entity, since=since, until=until, limit=limit))
    if as_json:
        _echo_json([dataclasses.asdict(h) for h in hits])
        return
    if not hits:
        typer.echo("no match")
    for h in hits:
        typer.echo(f"{h.id}  {h.published or '----------'}  {h.title or h.source}")
        typer.echo(f"    {h.snippet.strip()}")


@app.command()
def show(doc_id: str = typer.Argument(...), db: str = DB_OPTION) -> None:
    """Print one stored document as JSON."""
    store = _store(db)
    _echo_json(_guard(lambda: api.get(store, doc_id)).to_dict())


@app.command()
def entities(
    name: Optional[str] = typer.Argument(None, help="Filter by name (any spelling seen)."),
    db: str = DB_OPTION,
    type: Optional[str] = typer.Option(None, "--type", help="PER, ORG, LOC or MISC."),
    limit: int = typer.Option(50, min=1),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List entities with mention and document counts and their spellings."""
    store = _store(db)
    rows = _guard(lambda: api.entities(store, name, type=type, limit=limit))
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        variants = ", ".join(f"{v} ({n})" for v, n in r["variants"].items())
        typer.echo(f"{r['type']:<4} {r['name']:<35} {r['mentions']:>4} mentions {r['documents']:>3} docs  {r['id']}  [{variants}]")


@app.command()
def stats(db: str = DB_OPTION) -> None:
    """Counts of documents and of everything extracted."""
    store = _store(db)
    _echo_json(_guard(lambda: api.stats(store)))


@app.command()
def export(
    db: str = DB_OPTION,
    format: str = typer.Option("jsonl", "--format", help="jsonl, csv or ftm (FollowTheMoney entities)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
) -> None:
    """Write every stored document in the JSON contract (or CSV / FollowTheMoney)."""
    store = _store(db)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as out:
            n = _guard(lambda: api.export(store, out, format))
        typer.echo(f"exported {n} documents to {output}", err=True)
    else:
        _guard(lambda: api.export(store, sys.stdout, format))


@app.command()
def quotes(
    db: str = DB_OPTION,
    speaker: Optional[str] = typer.Option(None, help="Speaker name (any spelling seen)."),
    query: Optional[str] = typer.Option(None, help="Words in the quote."),
    since: Optional[str] = typer.Option(None),
    until: Optional[str] = typer.Option(None),
    limit: int = typer.Option(100, min=1),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Quotes with speaker, date, document and the sentence they come from."""
    store = _store(db)
    rows = _guard(lambda: api.quotes(store, speaker=speaker, query=query, since=since, until=until, limit=limit))
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        typer.echo("no quote")
    for r in rows:
        typer.echo(f"{r['when'] or '----------'}  {r['speaker_name'] or '?'} [{r['kind']}]  ({r['doc_id']})")
        typer.echo(f"    {r['text']}")


@app.command()
def timeline(
    db: str = DB_OPTION,
    entity: Optional[str] = typer.Option(None, help="Only sentences mentioning this entity."),
    since: Optional[str] = typer.Option(None),
    until: Optional[str] = typer.Option(None),
    limit: int = typer.Option(500, min=1),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Dated statements in order: date, sentence, document."""
    store = _store(db)
    rows = _guard(lambda: api.timeline(store, entity=entity, since=since, until=until, limit=limit))
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        typer.echo(f"{r['when']:<12} {r['sentence']}  ({r['doc_id']})")


@app.command()
def load(
    paths: List[Path] = typer.Argument(..., help="JSON lines of analysed documents (files or folders)."),
    db: str = DB_OPTION,
    force: bool = typer.Option(False, "--force", help="Overwrite documents already stored unchanged."),
) -> None:
    """Store documents analysed elsewhere (scale-out output or another store's export)."""
    store = _store(db)
    report = _guard(lambda: api.load(paths, store, force=force))
    for source, error in report.failed:
        typer.echo(f"failed: {source}: {error}", err=True)
    typer.echo(f"loaded {report.ingested}, unchanged {report.unchanged}, failed {len(report.failed)}")
    if report.failed:
        raise typer.Exit(1)


@app.command("scale-out")
def scale_out(
    inputs: List[str] = typer.Argument(..., help="JSON Lines archives (one article per line)."),
    output: str = typer.Option(..., "--output", "-o", help="Folder for the analysed JSON lines."),
    address: Optional[str] = typer.Option(None, help="Ray cluster address ('auto' to join a running cluster)."),
    workers: int = typer.Option(2, min=1, help="Ray workers (one model each)."),
    batch_size: int = typer.Option(32, min=1),
) -> None:
    """Analyse archives on Ray Data (extra 'scale'); then `veille load OUTPUT`."""
    result = _guard(lambda: api.scale_out(inputs, output, address=address, workers=workers, batch_size=batch_size))
    typer.echo(f"analysed into {result['output']}; store it with: veille load {result['output']} --db DB")


@app.command()
def serve(
    db: str = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Interface to listen on (local by default)."),
    port: int = typer.Option(8000, help="Port."),
) -> None:
    """Serve the web UI and the JSON API (/api/...) over a store."""
    try:
        import uvicorn

        from veille.web.app import create_app
    except ImportError:
        _fail('the web extra is not installed: pip install -e ".[web]"')
    _store(db).close()  # fail early, with one line, on a bad database
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


WHO_OPTION = typer.Option(None, "--who", envvar="VEILLE_USER", help="Who makes the change (audit log); default $USER.")


def _who(who: Optional[str]) -> str:
    import getpass

    return who or getpass.getuser()


@entity_app.command("show")
def entity_show(name: str = typer.Argument(..., help="Entity id or any spelling."), db: str = DB_OPTION,
                as_json: bool = typer.Option(False, "--json")) -> None:
    """Variants with counts, types, roles over time, documents, quote count, history."""
    store = _store(db)
    info = _guard(lambda: api.entity_show(store, name))
    if as_json:
        _echo_json(info)
        return
    typer.echo(f"{info['name']}  [{info['type']}]  {info['id']}")
    typer.echo("  spellings: " + ", ".join(f"{v} ({n})" for v, n in info["variants"].items()))
    typer.echo(f"  {info['mentions']} mentions in {info['document_count']} documents, {info['quotes']} quotes")
    for r in info["roles"]:
        of = f" ({r['of_name']})" if r.get("of_name") else ""
        typer.echo(f"  {r['when'] or '----------'}  {r['title']}{of}  [{r['doc_id']}]")
    for h in info["history"]:
        typer.echo(f"  #{h['id']} {h['at']} {h['who']}: {h['action']} {h.get('args', '')}")


@entity_app.command("merge")
def entity_merge(target: str = typer.Argument(..., help="Entity kept (id or name)."),
                 other: str = typer.Argument(..., help="Entity merged into it (id or name)."),
                 db: str = DB_OPTION, who: Optional[str] = WHO_OPTION) -> None:
    """Merge OTHER into TARGET (all their mentions, quotes and roles)."""
    store = _store(db)
    _echo_json(_guard(lambda: api.entity_merge(store, target, other, who=_who(who))))


@entity_app.command("split")
def entity_split(entity: str = typer.Argument(...),
                 mentions: List[str] = typer.Option(..., "--mentions", help="DOC:START-END, repeatable."),
                 name: Optional[str] = typer.Option(None, help="Name of the new entity."),
                 db: str = DB_OPTION, who: Optional[str] = WHO_OPTION) -> None:
    """Move the given mentions of ENTITY to a new entity."""
    store = _store(db)
    _echo_json(_guard(lambda: api.entity_split(store, entity, mentions, name=name, who=_who(who))))


@entity_app.command("rename")
def entity_rename(entity: str = typer.Argument(...), name: str = typer.Argument(..., help="New display name."),
                  db: str = DB_OPTION, who: Optional[str] = WHO_OPTION) -> None:
    """Give an entity a new display name."""
    store = _store(db)
    _echo_json(_guard(lambda: api.entity_rename(store, entity, name, who=_who(who))))


@entity_app.command("alias")
def entity_alias(action: str = typer.Argument(..., help="add or remove"), entity: str = typer.Argument(...),
                 alias: str = typer.Argument(..., help="A spelling that always means this entity (or never, with remove)."),
                 db: str = DB_OPTION, who: Optional[str] = WHO_OPTION) -> None:
    """Add or remove a spelling of an entity; applied to stored and future documents."""
    store = _store(db)
    _echo_json(_guard(lambda: api.entity_alias(store, action, entity, alias, who=_who(who))))


@entity_app.command("undo")
def entity_undo(action_id: Optional[int] = typer.Argument(None, help="Action number (default: the last one)."),
                db: str = DB_OPTION, who: Optional[str] = WHO_OPTION) -> None:
    """Revert a curation action."""
    store = _store(db)
    _echo_json(_guard(lambda: api.entity_undo(store, action_id, who=_who(who))))


@entity_app.command("log")
def entity_log(entity: Optional[str] = typer.Argument(None), db: str = DB_OPTION,
               limit: int = typer.Option(50, min=1)) -> None:
    """The audit log of curation actions: who, when, what."""
    store = _store(db)
    _echo_json(_guard(lambda: api.entity_log(store, entity=entity, limit=limit)))


def _run_eval(task: str, as_json: bool, **options: Any) -> None:
    result, report = _guard(lambda: api.evaluate(task, **options))
    if as_json:
        _echo_json(result)
    else:
        typer.echo(report)


JSON_OPTION = typer.Option(False, "--json", help="Print the figures as JSON.")


@eval_app.command("ner")
def eval_ner(
    corpus: str = typer.Option("hipe-dev", help="hipe-dev, hipe-test or europeana."),
    limit: Optional[int] = typer.Option(None, help="Score only the first N documents."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Entity mentions: P/R/F1 per type, strict and partial, on the French NER corpora."""
    _run_eval("ner", as_json, corpus=corpus, limit=limit)


@eval_app.command("html")
def eval_html(as_json: bool = JSON_OPTION) -> None:
    """HTML main-text extraction on the French pages of trafilatura's evaluation set."""
    _run_eval("html", as_json)


@eval_app.command("quotes")
def eval_quotes(
    corpus: str = typer.Option("dev", help="dev, heldout, heldout2 (our annotated articles), ftb1999 (our quote "
                               "annotation of the 1999 French TimeBank articles) or aads (direct speech in fiction)."),
    split: Optional[str] = typer.Option(None, help="For aads: test, val, straight_talk or all."),
    limit: Optional[int] = typer.Option(None, help="Score only the first N documents."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Quote detection P/R/F1 by kind, and speaker accuracy."""
    _run_eval("quotes", as_json, corpus=corpus, limit=limit, split=split)


@eval_app.command("times")
def eval_times(
    split: str = typer.Option("dev", help="dev (1999 documents) or test (2002-2003: report only, never tune)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Time expressions on French TimeBank: extent strict/relaxed P/R/F1, value F1, type accuracy."""
    _run_eval("times", as_json, split=split)


@eval_app.command("entities")
def eval_entities(
    within_doc: bool = typer.Option(False, "--within-doc", help="Score grouping inside documents (B³) and roles instead."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Cross-document entity linking (pairwise P/R/F1, false merges) and the seeds' identities."""
    _run_eval("entities-doc" if within_doc else "entities", as_json)


@eval_app.command("blind")
def eval_blind(
    split: str = typer.Option("test", help="dev (b01-b12 / d01-d12 / f01-f12, may be read to find error kinds) or"
                                           " test (b13-b24 / c01-c12 / e01-e12, score only)."),
    set_name: str = typer.Option("blind", "--set", help="blind, blind2, ... blind9 (24 articles each, written in turn)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Every capability end to end on articles annotated independently of the rules."""
    _run_eval("blind", as_json, split=split, set=set_name)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
