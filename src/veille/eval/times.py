"""Time-expression evaluation on French TimeBank 1.1, scored like TempEval-3.

The corpus is read from ``<shared>/eval/fr-timebank/Data/*.tml`` at run time. Each file gives the
article (the ``TEXT`` element, tags removed, XML entities decoded) with inline ``TIMEX3`` gold
spans, and the creation time (``DCT``), used as the publication date; the DCT's own TIMEX3 sits
outside ``TEXT`` and is not scored. Splits follow the document dates: ``dev`` is 1999 (the only
part rules may be tuned on), ``test`` is 2002 and 2003.

The stages run are :data:`STAGES` on ``Document(text=TEXT, lang="fr", published=DCT)``; the
``clean`` stage is skipped because it would move offsets (the corpus text is already clean).

Scores (TempEval-3): *strict* extent match means equal offsets, *relaxed* means overlap, matched
one-to-one (largest overlap first). Precision, recall and F1 are given for both. Over relaxed
matches, ``value`` F1 counts a hit when the normalised values are equal (P over predictions, R over
gold), and ``type`` accuracy is the share of matches with the gold type.
"""

from __future__ import annotations

import html
import logging
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veille.errors import EvalDataMissing, VeilleError
from veille.settings import shared_dir

__all__ = ["STAGES", "SPLITS", "GoldTimex", "TmlDocument", "read_tml", "load_split", "score", "evaluate_times", "format_times_report"]

log = logging.getLogger(__name__)

STAGES = ("parse", "sentences", "times")
#: Split name -> document-name prefixes (document names start with their date).
SPLITS = {"dev": ("1999",), "test": ("2002", "2003"), "all": ("1999", "2002", "2003")}
_CORPUS = "fr-timebank/Data"
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)/?>", re.S)
#: Mismatches listed in the dev report, to read what went wrong.
MAX_LISTED = 60


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TmlDocument:
    name: str
    text: str
    dct: str | None
    gold: tuple[GoldTimex, ...]


def read_tml(path: Path) -> TmlDocument:
    """The plain text of ``TEXT`` and its TIMEX3 spans as character offsets into it."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = _DCT.search(raw)
    if m:
        dct = dict(_ATTR.findall(m.group(1))).get("value")
    try:
        body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    except ValueError as exc:
        raise VeilleError(f"no TEXT element in {path.name}", path=str(path)) from exc
    out: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold = []
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name, attrs, selfclosing = tag.groups()
        if name != "TIMEX3":
            continue
        if closing:
            if open_timex:
                start, a = open_timex.pop()
                gold.append(GoldTimex(start, length, a.get("type", ""), a.get("value", "")))
        elif not selfclosing:
            open_timex.append((length, dict(_ATTR.findall(attrs))))
    out.append(html.unescape(body[pos:]))
    gold.sort(key=lambda g: g.start)
    return TmlDocument(path.stem, "".join(out), dct, tuple(gold))


def load_split(split: str, shared: Path | None = None) -> list[TmlDocument]:
    if split not in SPLITS:
        raise VeilleError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    root = shared or shared_dir()
    data = root / "eval" / _CORPUS if root else None
    if data is None or not data.is_dir():
        raise EvalDataMissing(f"French TimeBank not found under {data or '../shared/eval'}")
    files = sorted(p for p in data.glob("*.tml") if p.name.startswith(SPLITS[split]))
    return [read_tml(p) for p in files]


def _match(gold: list[GoldTimex], pred: list[Any], strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index): equal spans, or largest overlap first."""
    if strict:
        where = {(g.start, g.end): i for i, g in enumerate(gold)}
        return [(where[(p.start, p.end)], j) for j, p in enumerate(pred) if (p.start, p.end) in where]
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                cands.append((-overlap, i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def score(pairs: list[tuple[TmlDocument, Any]], list_errors: bool = False) -> dict[str, Any]:
    """TempEval-3 figures over (gold document, analysed Document) pairs."""
    n_gold = n_pred = strict_tp = relaxed_tp = value_tp = type_tp = 0
    errors: list[dict[str, Any]] = []
    for tml, doc in pairs:
        gold, pred = list(tml.gold), list(doc.times)
        n_gold += len(gold)
        n_pred += len(pred)
        strict_tp += len(_match(gold, pred, strict=True))
        relaxed = _match(gold, pred, strict=False)
        relaxed_tp += len(relaxed)
        matched_g = {i for i, _ in relaxed}
        matched_p = {j for _, j in relaxed}
        for i, j in relaxed:
            g, p = gold[i], pred[j]
            value_tp += p.value == g.value
            type_tp += p.type == g.type
            if list_errors and (p.value != g.value or p.type != g.type or (p.start, p.end) != (g.start, g.end)):
                errors.append({"doc": tml.name, "gold": tml.text[g.start : g.end], "gold_type": g.type,
                               "gold_value": g.value, "pred": doc.text[p.start : p.end], "type": p.type,
                               "value": p.value})
        if list_errors:
            errors += [{"doc": tml.name, "gold": tml.text[g.start : g.end], "gold_type": g.type, "gold_value": g.value,
                        "pred": None} for i, g in enumerate(gold) if i not in matched_g]
            errors += [{"doc": tml.name, "gold": None, "pred": doc.text[p.start : p.end], "type": p.type,
                        "value": p.value} for j, p in enumerate(pred) if j not in matched_p]
    result: dict[str, Any] = {
        "documents": len(pairs),
        "gold": n_gold,
        "predicted": n_pred,
        "strict": _prf(strict_tp, n_pred, n_gold),
        "relaxed": _prf(relaxed_tp, n_pred, n_gold),
        "value": _prf(value_tp, n_pred, n_gold),
        "type_accuracy": round(type_tp / relaxed_tp, 4) if relaxed_tp else 0.0,
    }
    if list_errors:
        result["errors"] = errors
    return result


def evaluate_times(split: str = "dev", shared: Path | None = None) -> dict[str, Any]:
    """Score the times stage on one split of French TimeBank (``dev``, ``test`` or ``all``).

    Mismatches are listed for ``dev`` only: the test split is for reporting, not for reading.
    """
    from veille.model import Document
    from veille.pipeline import Pipeline

    tmls = load_split(split, shared)
    pipeline = Pipeline(stages=STAGES, on_error="raise")
    docs = [Document(id=t.name, text=t.text, raw=t.text, lang="fr", published=t.dct, analyzed=True) for t in tmls]
    started = time.perf_counter()
    analysed = list(pipeline.run_many(docs))
    elapsed = time.perf_counter() - started
    result = score(list(zip(tmls, analysed)), list_errors=split == "dev")
    result.update(split=split, seconds=round(elapsed, 2))
    result["baseline"] = {"system": "HeidelTime (French TimeBank 1.1, published)", "strict_f1": 0.860,
                          "relaxed_f1": 0.910, "value_f1": 0.736}
    return result


def format_times_report(result: dict[str, Any]) -> str:
    """A printable table of the figures (and, for dev, the mismatches)."""
    base = result.get("baseline", {})
    lines = [
        f"French TimeBank 1.1, split {result.get('split')}: {result['documents']} documents, "
        f"{result['gold']} gold TIMEX3, {result['predicted']} predicted ({result.get('seconds', 0)} s with parsing)",
        "",
        f"{'measure':<18}{'P':>8}{'R':>8}{'F1':>8}{'HeidelTime F1':>16}",
    ]
    for key, label, ref in (("strict", "extent strict", "strict_f1"), ("relaxed", "extent relaxed", "relaxed_f1"),
                            ("value", "value", "value_f1")):
        s = result[key]
        lines.append(f"{label:<18}{s['p']:>8.3f}{s['r']:>8.3f}{s['f1']:>8.3f}{base.get(ref, float('nan')):>16.3f}")
    lines.append(f"{'type accuracy':<18}{'':>16}{result['type_accuracy']:>8.3f}")
    errors = result.get("errors")
    if errors:
        lines += ["", f"mismatches ({len(errors)}, first {MAX_LISTED}):"]
        for e in errors[:MAX_LISTED]:
            gold = f"{e['gold']!r} {e.get('gold_type', '')} {e.get('gold_value', '')}" if e.get("gold") is not None else "-"
            pred = f"{e['pred']!r} {e.get('type', '')} {e.get('value', '')}" if e.get("pred") is not None else "-"
            lines.append(f"  {e['doc']}: gold {gold} | got {pred}")
    return "\n".join(lines)
