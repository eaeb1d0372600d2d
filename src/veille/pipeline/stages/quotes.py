"""Quotes: placeholder registration until the quotes stage lands (fills nothing yet)."""

from veille.model import Document
from veille.pipeline.registry import stage
from veille.settings import Settings


@stage("quotes", requires=("parse", "sentences", "entities"), assigns=("quotes",))
def make_quotes(settings: Settings):
    """Quotes (not implemented yet)."""

    def quotes(doc: Document) -> Document:
        return doc

    return quotes
