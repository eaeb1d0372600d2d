"""veille: turn news articles into a verified, searchable record of who said what, when and where.

The public API is re-exported here; importing ``veille`` loads no NLP model, web server or
HTML parser (those load on first use).
"""

import logging

from veille.api import analyze, analyze_file, export, ingest, open_store, quotes, search, stats, timeline
from veille.errors import InvalidDocument, InvalidInput, NotFound, StageError, StoreError, VeilleError
from veille.model import Boilerplate, Document, Entity, Mention, Quote, Role, Span, Speaker, TimeMention

__version__ = "0.1.0"

__all__ = [
    "analyze",
    "analyze_file",
    "ingest",
    "open_store",
    "search",
    "export",
    "stats",
    "quotes",
    "timeline",
    "Document",
    "Span",
    "Boilerplate",
    "Mention",
    "Entity",
    "Speaker",
    "Quote",
    "TimeMention",
    "Role",
    "VeilleError",
    "InvalidInput",
    "InvalidDocument",
    "StageError",
    "StoreError",
    "NotFound",
    "__version__",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
