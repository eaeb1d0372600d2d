"""The analysis pipeline: ordered stages over :class:`veille.model.Document`."""

from veille.pipeline.core import Pipeline, DEFAULT_STAGES
from veille.pipeline.registry import stage, get_stage, registered_stages

__all__ = ["Pipeline", "DEFAULT_STAGES", "stage", "get_stage", "registered_stages"]
