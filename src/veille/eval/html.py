"""``veille eval html``: main-text extraction scored on trafilatura's benchmark, French pages.

The corpus is ``../shared/eval/trafilatura-eval`` (``evaldata_fr.json`` + ``html_fr/``): for
each page, segments that must appear in the extracted text ("with") and boilerplate that must
not ("without"). Scoring follows trafilatura's ``tests/eval_common.py``: after whitespace
normalisation, a "with" segment found is a true positive and missing a false negative; a
"without" segment found is a false positive and absent a true negative. A page whose
extraction fails counts as a full miss. Precision = TP/(TP+FP), recall = TP/(TP+FN),
accuracy = (TP+TN)/all, F = 2TP/(2TP+FP+FN).

Three systems are scored on the same pages: trafilatura alone with the benchmark's options
(defaults, then ``favor_precision``), and veille's HTML path as ingestion runs it:
:func:`veille.ingest.extract.html_to_document`, then the clean stage's boilerplate removal.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from statistics import median
from pathlib import Path
from typing import Any, Callable

from veille.errors import EvalDataMissing, InvalidInput

__all__ = ["evaluate_html", "format_html_report", "count_segments", "TARGET_F"]

#: Issue 3: the HTML path must reach this F on the French pages.
TARGET_F = 0.93
_CORPUS = Path("eval") / "trafilatura-eval"
_WHITESPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def count_segments(item: dict[str, Any], output: str | None) -> tuple[int, int, int, int]:
    """``(tp, fp, fn, tn)`` of one page: whitespace-normalised substring matching."""
    if output is None:
        tp = fp = 0
    else:
        found = _norm(output)
        tp = sum(1 for seg in item["with"] if _norm(seg) in found)
        fp = sum(1 for seg in item["without"] if _norm(seg) in found)
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


@dataclass
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    failures: int = 0
    seconds: list[float] = field(default_factory=list)

    def add(self, counts: tuple[int, int, int, int]) -> None:
        self.tp += counts[0]
        self.fp += counts[1]
        self.fn += counts[2]
        self.tn += counts[3]

    def scores(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        total = self.tp + self.fp + self.fn + self.tn
        denom = 2 * self.tp + self.fp + self.fn
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "accuracy": round((self.tp + self.tn) / total, 4) if total else 0.0,
            "f": round(2 * self.tp / denom, 4) if denom else 0.0,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "failed_pages": self.failures,
            # The median, because the first pages pay one-time lazy loads (htmldate loads
            # dateparser's locales on its first fuzzy date) that a long ingest amortises.
            "ms_per_page": round(1000 * median(self.seconds), 1) if self.seconds else 0.0,
        }


# Options of trafilatura's own benchmark runs (tests/eval_common.py EXTRACT_OPTS).
_BENCH_OPTIONS = {"include_comments": False, "include_tables": True, "include_formatting": False}


def _trafilatura(favor_precision: bool) -> Callable[[bytes], str | None]:
    import trafilatura

    def run(html: bytes) -> str | None:
        return trafilatura.extract(html, favor_precision=favor_precision, **_BENCH_OPTIONS)

    return run


def _veille(favor_precision: bool, clean: bool) -> Callable[[bytes], str | None]:
    from veille.ingest.extract import html_to_document
    from veille.lang import get_pack
    from veille.pipeline.stages.clean import clean_text

    rules = get_pack("fr").boilerplate

    def run(html: bytes) -> str | None:
        try:
            doc = html_to_document(html, source="<eval>", favor_precision=favor_precision)
        except InvalidInput:
            return None
        if not clean:
            return doc.raw
        text, _removed = clean_text(doc.raw, doc.title, rules)
        return text

    return run


def _load(shared: Path | None) -> tuple[Path, dict[str, dict[str, Any]]]:
    if shared is None:
        from veille.settings import shared_dir

        shared = shared_dir()
    corpus = Path(shared) / _CORPUS if shared is not None else None
    if corpus is None or not (corpus / "evaldata_fr.json").is_file():
        raise EvalDataMissing("trafilatura-eval (evaldata_fr.json + html_fr/) not found", path=str(corpus or _CORPUS))
    with (corpus / "evaldata_fr.json").open(encoding="utf-8") as handle:
        return corpus, json.load(handle)


def evaluate_html(shared: Path | None = None, *, favor_precision: bool = True, **options: Any) -> dict[str, Any]:
    """Score trafilatura alone and veille's HTML path on the French benchmark pages.

    ``favor_precision`` is the mode veille's path starts in (ingestion's default);
    ``clean=False`` scores extraction without the clean stage; ``details=True`` adds, per
    page, the segments each system got wrong (for error analysis, not for tuning rules).
    """
    corpus, evaldata = _load(shared)
    clean = bool(options.get("clean", True))
    systems: dict[str, Callable[[bytes], str | None]] = {
        "trafilatura (defaults)": _trafilatura(False),
        "trafilatura (favor_precision)": _trafilatura(True),
        "veille (extract + clean)" if clean else "veille (extract)": _veille(favor_precision, clean),
    }
    counts = {name: _Counts() for name in systems}
    errors: dict[str, list[dict[str, Any]]] = {name: [] for name in systems}
    pages = missing = 0
    for url, item in evaldata.items():
        path = corpus / "html_fr" / item["file"]
        if not path.is_file():
            missing += 1
            continue
        html = path.read_bytes()
        pages += 1
        for name, run in systems.items():
            started = time.perf_counter()
            try:
                output = run(html)
            except Exception:  # a crash counts as a full miss, as in trafilatura's benchmark
                output = None
            counts[name].seconds.append(time.perf_counter() - started)
            if output is None:
                counts[name].failures += 1
            page_counts = count_segments(item, output)
            counts[name].add(page_counts)
            if options.get("details") and (page_counts[1] or page_counts[2]):
                found = _norm(output or "")
                errors[name].append({
                    "url": url,
                    "missed": [s for s in item["with"] if _norm(s) not in found],
                    "kept_boilerplate": [s for s in item["without"] if _norm(s) in found],
                })
    if pages == 0:
        raise EvalDataMissing("no page of evaldata_fr.json found under html_fr/", path=str(corpus))
    result: dict[str, Any] = {
        "corpus": str(corpus),
        "pages": pages,
        "missing_pages": missing,
        "segments": {
            "with": sum(len(i["with"]) for i in evaldata.values()),
            "without": sum(len(i["without"]) for i in evaldata.values()),
        },
        "options": {"favor_precision": favor_precision, "clean": clean},
        "target_f": TARGET_F,
        "systems": {name: c.scores() for name, c in counts.items()},
    }
    ours = result["systems"][next(reversed(systems))]
    result["veille_f"] = ours["f"]
    result["meets_target"] = ours["f"] >= TARGET_F
    if options.get("details"):
        result["errors"] = errors
    return result


def format_html_report(result: dict[str, Any]) -> str:
    """A plain-text table of the figures returned by :func:`evaluate_html`."""
    lines = [
        f"HTML main-text extraction, trafilatura benchmark, French pages: {result['pages']} pages, "
        f"{result['segments']['with']} must-have / {result['segments']['without']} must-not-have segments",
        "",
        f"{'system':<32}{'P':>7}{'R':>7}{'acc':>7}{'F':>7}{'TP':>5}{'FP':>5}{'FN':>5}{'TN':>5}{'fail':>6}{'median ms':>11}",
    ]
    for name, s in result["systems"].items():
        lines.append(
            f"{name:<32}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['accuracy']:>7.3f}{s['f']:>7.3f}"
            f"{s['tp']:>5}{s['fp']:>5}{s['fn']:>5}{s['tn']:>5}{s['failed_pages']:>6}{s['ms_per_page']:>11.1f}"
        )
    verdict = "meets" if result["meets_target"] else "BELOW"
    lines += ["", f"veille F = {result['veille_f']:.3f} ({verdict} the target F >= {result['target_f']:.2f})"]
    if result.get("missing_pages"):
        lines.append(f"{result['missing_pages']} annotated pages had no HTML file and were skipped")
    return "\n".join(lines)
