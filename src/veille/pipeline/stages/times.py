"""Times: placeholder registration until the times stage lands (fills nothing yet)."""

from veille.model import Document
from veille.pipeline.registry import stage
from veille.settings import Settings


@stage("times", requires=("parse", "sentences", "entities"), assigns=("times",))
def make_times(settings: Settings):
    """Times (not implemented yet)."""

    def times(doc: Document) -> Document:
        return doc

    return times
