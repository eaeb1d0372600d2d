"""Scale-out: analyse archives of millions of articles on a distributed engine.

:func:`process_batch` is the pure unit of work any engine can call (records in, analysed
document dicts out, the pipeline loaded once per process); :mod:`veille.scale.ray_job` runs it on
Ray Data. Results are loaded into a store with ``veille load``.
"""

from veille.scale.batch import process_batch

__all__ = ["process_batch"]
