"""FastAPI application: JSON under ``/api/``, HTML pages through Jinja2 templates.

Routes only parse parameters, call :mod:`veille.api` and render; no SQL or NLP lives here.
Each request thread gets its own store connection (SQLite connections are not shared across
threads), opened lazily and reused by that thread.
"""


import dataclasses
import threading
from pathlib import Path
from typing import Any

from veille import api
from veille.errors import VeilleError

__all__ = ["create_app"]

_HERE = Path(__file__).parent


def create_app(db: str):
    from fastapi import FastAPI, Request
    from fastapi.responses import HTMLResponse, JSONResponse
    from fastapi.staticfiles import StaticFiles
    from fastapi.templating import Jinja2Templates
    from markupsafe import escape

    app = FastAPI(title="veille", description="Who said what, when and where, from news articles.")
    templates = Jinja2Templates(directory=str(_HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")
    local = threading.local()

    def store():
        if getattr(local, "store", None) is None:
            local.store = api.open_store(db)
        return local.store

    @app.exception_handler(VeilleError)
    async def veille_error(request: Request, exc: VeilleError):
        if request.url.path.startswith("/api/"):
            return JSONResponse(exc.to_dict(), status_code=exc.status)
        return templates.TemplateResponse(request, "error.html", {"error": exc.one_line()}, status_code=exc.status)

    # -- JSON API ---------------------------------------------------------------------------
    @app.get("/api/search")
    def api_search(q: str, entity: str | None = None, since: str | None = None, until: str | None = None,
                   limit: int = 20) -> dict[str, Any]:
        hits = api.search(store(), q, entity=entity, since=since, until=until, limit=limit)
        return {"ok": True, "hits": [dataclasses.asdict(h) for h in hits]}

    @app.get("/api/documents/{doc_id}")
    def api_document(doc_id: str) -> dict[str, Any]:
        return {"ok": True, "document": api.get(store(), doc_id).to_dict()}

    @app.get("/api/entities")
    def api_entities(name: str | None = None, type: str | None = None, limit: int = 100) -> dict[str, Any]:
        return {"ok": True, "entities": api.entities(store(), name, type=type, limit=limit)}

    @app.get("/api/quotes")
    def api_quotes(speaker: str | None = None, q: str | None = None, since: str | None = None,
                   until: str | None = None, limit: int = 100) -> dict[str, Any]:
        rows = api.quotes(store(), speaker=speaker, query=q, since=since, until=until, limit=limit)
        return {"ok": True, "quotes": rows}

    @app.get("/api/timeline")
    def api_timeline(entity: str | None = None, since: str | None = None, until: str | None = None,
                     limit: int = 500) -> dict[str, Any]:
        return {"ok": True, "timeline": api.timeline(store(), entity=entity, since=since, until=until, limit=limit)}

    @app.get("/api/stats")
    def api_stats() -> dict[str, Any]:
        return {"ok": True, "stats": api.stats(store())}

    # -- HTML -------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def page_search(request: Request, q: str = "", entity: str = "", since: str = "", until: str = ""):
        hits = api.search(store(), q, entity=entity or None, since=since or None, until=until or None,
                          highlight=("\x02", "\x03")) if q else []
        # Escape the snippet first, then turn the private markers into <mark>: article text
        # can never inject markup.
        hits = [(h, str(escape(h.snippet)).replace("\x02", "<mark>").replace("\x03", "</mark>")) for h in hits]
        return templates.TemplateResponse(request, "search.html", {
            "q": q, "entity": entity, "since": since, "until": until, "hits": hits, "stats": api.stats(store())})

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def page_document(request: Request, doc_id: str):
        doc = api.get(store(), doc_id)
        return templates.TemplateResponse(request, "document.html", {"doc": doc, "segments": _segments(doc)})

    @app.get("/entities", response_class=HTMLResponse)
    def page_entities(request: Request, name: str = "", type: str = ""):
        rows = api.entities(store(), name or None, type=type or None, limit=200)
        return templates.TemplateResponse(request, "entities.html", {"rows": rows, "name": name, "type": type})

    @app.get("/quotes", response_class=HTMLResponse)
    def page_quotes(request: Request, speaker: str = "", q: str = ""):
        rows = api.quotes(store(), speaker=speaker or None, query=q or None, limit=300)
        return templates.TemplateResponse(request, "quotes.html", {"rows": rows, "speaker": speaker, "q": q})

    @app.get("/timeline", response_class=HTMLResponse)
    def page_timeline(request: Request, entity: str = ""):
        rows = api.timeline(store(), entity=entity or None, limit=500)
        return templates.TemplateResponse(request, "timeline.html", {"rows": rows, "entity": entity})

    return app


def _segments(doc) -> list[tuple[str, str | None, str | None]]:
    """The text cut into (text, css class, tooltip) pieces so entities, quotes and times can be
    highlighted; spans are offsets, so the page shows exactly what each fact points at."""
    marks: list[tuple[int, int, str, str]] = []
    for e in doc.entities:
        for m in e.mentions:
            marks.append((m.start, m.end, f"ent ent-{e.type}", f"{e.type}: {e.name}"))
    for t in doc.times:
        marks.append((t.start, t.end, "time", f"{t.type} {t.value}"))
    # Quotes can contain entities and times: they are shown as paragraph-level underlines of
    # their own, so the inline pieces here only carry entity and time marks.
    marks.sort()
    out, pos = [], 0
    for start, end, css, tip in marks:
        if start < pos:
            continue
        out.append((doc.text[pos:start], None, None))
        out.append((doc.text[start:end], css, tip))
        pos = end
    out.append((doc.text[pos:], None, None))
    return out
