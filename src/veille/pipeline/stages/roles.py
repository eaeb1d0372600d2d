"""Roles: placeholder registration until the roles stage lands (fills nothing yet)."""

from veille.model import Document
from veille.pipeline.registry import stage
from veille.settings import Settings


@stage("roles", requires=("parse", "sentences", "entities"), assigns=("roles",))
def make_roles(settings: Settings):
    """Roles (not implemented yet)."""

    def roles(doc: Document) -> Document:
        return doc

    return roles
