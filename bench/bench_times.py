"""Benchmark the times stage against ``dateparser.search_dates`` on the French TimeBank texts.

One run measures, on the same texts:

- the ``times`` stage alone, given documents already parsed (what it adds to a pipeline run);
- the grammar scan alone (the rule-matching cost, no resolution);
- ``dateparser.search_dates(text, languages=["fr"])``;
- every stage of the default pipeline, to give the times stage's share of the whole.

Usage: ``python bench/bench_times.py [--repeat N] [--split all|dev|test]``. Timing only: the
texts come from ../shared/eval/fr-timebank and nothing is scored here.
"""

from __future__ import annotations

import argparse
import time
import warnings

from veille.eval.times import load_split
from veille.lang import get_pack
from veille.model import Document
from veille.pipeline.core import DEFAULT_STAGES
from veille.pipeline.registry import get_stage
from veille.settings import load_settings


def _best(fn, repeat: int) -> float:
    """Best wall time of ``repeat`` runs of ``fn()`` (the least disturbed by other load)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--split", default="all")
    args = ap.parse_args()

    tmls = load_split(args.split)
    texts = [t.text for t in tmls]
    chars = sum(map(len, texts))
    settings = load_settings()
    docs = [Document(id=t.name, text=t.text, raw=t.text, lang="fr", published=t.dct, analyzed=True) for t in tmls]

    # Every default stage in order, timed one by one, on the same batch.
    stage_seconds: dict[str, float] = {}
    current = docs
    for name in DEFAULT_STAGES:
        fn = get_stage(name).factory(settings)
        t0 = time.perf_counter()
        pipe = getattr(fn, "pipe", None)
        current = pipe(current) if pipe is not None else [fn(d) for d in current]
        stage_seconds[name] = time.perf_counter() - t0
    parsed = current  # still carries the spaCy parse: the pipeline drops it only at the end

    times_fn = get_stage("times").factory(settings)
    stage_time = _best(lambda: [times_fn(d) for d in parsed], args.repeat)
    scan = get_pack("fr").resources["times"]["scan"]
    scan_time = _best(lambda: [scan(t) for t in texts], args.repeat)

    import dateparser.search

    warnings.filterwarnings("ignore")
    dateparser.search.search_dates(texts[0], languages=["fr"])  # loads its language data once
    dp_found = sum(len(dateparser.search.search_dates(t, languages=["fr"]) or ()) for t in texts)
    # Best of the same number of runs as ours, so other load on the machine favours neither.
    dp_time = _best(lambda: [dateparser.search.search_dates(t, languages=["fr"]) for t in texts], args.repeat)

    ours_found = sum(len(d.times) for d in parsed)
    total = sum(stage_seconds.values())
    print(f"French TimeBank ({args.split}): {len(texts)} texts, {chars} characters")
    print(f"{'':34}{'seconds':>10}{'ms/text':>10}{'found':>8}")
    print(f"{'times stage (parsed docs)':34}{stage_time:>10.4f}{1000 * stage_time / len(texts):>10.3f}{ours_found:>8}")
    print(f"{'grammar scan only':34}{scan_time:>10.4f}{1000 * scan_time / len(texts):>10.3f}")
    print(f"{'dateparser.search_dates(fr)':34}{dp_time:>10.4f}{1000 * dp_time / len(texts):>10.3f}{dp_found:>8}")
    print()
    print(f"speed-up, times stage vs dateparser: {dp_time / stage_time:.1f}x")
    print(f"speed-up, grammar scan vs dateparser: {dp_time / scan_time:.1f}x")
    print()
    print("full default pipeline, per stage (one pass):")
    for name, sec in stage_seconds.items():
        print(f"  {name:<12}{sec:>9.3f} s  {100 * sec / total:5.1f} %")
    print(f"  {'total':<12}{total:>9.3f} s")
    print(f"times stage share of the pipeline: {100 * stage_seconds['times'] / total:.2f} %")


if __name__ == "__main__":
    main()
