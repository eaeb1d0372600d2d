"""Analyse JSON Lines archives on Ray Data (optional extra ``scale``).

Each Ray worker builds one :class:`Analyzer` (so the spaCy model loads once per worker and is
never shipped between processes), and batches stream through :func:`process_batch` with Ray's
backpressure and retries. Join several machines with ``ray start --head`` on one and
``ray start --address=HEAD:6379`` on the others, then pass ``--address auto``.
Output: JSON lines of ``{"document": "<Document JSON>"}`` rows, loaded with ``veille load``.
"""

from __future__ import annotations

import logging
from typing import Any

import orjson

from veille.scale.batch import process_batch

__all__ = ["run_ray", "Analyzer"]

log = logging.getLogger(__name__)


class Analyzer:
    """A callable class for ``map_batches``: one pipeline per Ray actor."""

    def __init__(self) -> None:
        from veille.pipeline import Pipeline

        Pipeline.shared()

    def __call__(self, batch: Any) -> dict[str, list[str]]:
        records = batch.to_dict("records")
        # Ray turns missing JSON fields into NaN/None; drop them so records look like JSONL lines.
        clean = [{k: v for k, v in r.items() if isinstance(v, (str, int)) and not isinstance(v, bool)} for r in records]
        return {"document": [orjson.dumps(d).decode() for d in process_batch(clean)]}


def run_ray(
    inputs: list[str],
    output: str,
    *,
    address: str | None = None,
    workers: int = 2,
    batch_size: int = 32,
) -> dict[str, Any]:
    import ray

    ray.init(address=address, ignore_reinit_error=True, include_dashboard=False, log_to_driver=False)
    ds = ray.data.read_json(inputs, lines=True)
    analysed = ds.map_batches(Analyzer, batch_size=batch_size, batch_format="pandas", concurrency=workers, num_cpus=1)
    analysed.write_json(output)
    return {"inputs": inputs, "output": output, "workers": workers}
