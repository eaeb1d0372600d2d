"""``veille eval entities``: cross-document entity linking.

Two parts:

- **Test set** (``tests/data/entity_variants.jsonl``, a ``dev`` split the rules were designed on
  and a ``test`` split written after they were frozen, sources in ``tests/data/SOURCES.md``): short
  documents naming well-known people, places and organisations in French, English, German,
  Polish and Cyrillic spellings, plus hard negatives (relatives sharing a surname, namesakes in
  different countries, a person and a place with one name, near-identical names). Each document
  is built directly (no spaCy), resolved into an in-memory store as ``api.ingest`` does, and
  scored pairwise over entity pairs from *different* documents: precision, recall, F1, and every
  false merge listed.
- **Seeds** (``../shared/seeds``, when present with the spaCy model): both articles are analysed
  by the pipeline and resolved; checks that the Lukashenko mentions of both resolve to one
  entity, Biélorussie/Bélarus to one, and Poutine/Vladimir Poutine to one.
"""

from __future__ import annotations

import itertools
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

import orjson

from veille.eval.entity_docs import build_document
from veille.names import name_key

__all__ = ["evaluate_entities", "evaluate_test_set", "evaluate_seeds", "format_entities_report", "load_variants",
           "score_linking", "DEFAULT_VARIANTS"]

log = logging.getLogger(__name__)

DEFAULT_VARIANTS = Path(__file__).resolve().parents[3] / "tests" / "data" / "entity_variants.jsonl"
_SEED_FILES = {"000": ("000_d1bb4bcd9d03387c.txt", "2023-05-18"), "001": ("001_43d6ccf5b65a2c6e.txt", "2020-11-24")}
# Surface groups that must each be one entity across the two seeds (compared by name key).
_SEED_GROUPS = {
    "Lukashenko": ("loukachenko", "lukashenko", "alexandre loukachenko", "alexander lukashenko"),
    "Belarus": ("bielorussie", "belarus"),
    "Putin": ("poutine", "vladimir poutine"),
}


def load_variants(path: Path | None = None) -> list[dict[str, Any]]:
    path = Path(path or DEFAULT_VARIANTS)
    if not path.exists():
        from veille.errors import EvalDataMissing

        raise EvalDataMissing(f"entity test set not found at {path} (it ships in the source tree's tests/data)")
    with open(path, encoding="utf-8") as f:
        return [orjson.loads(line) for line in f if line.strip()]


def _open_memory_store():
    from veille.storage import open_store

    return open_store("memory://")


def score_linking(records: list[tuple[str, str, str, str]]) -> dict[str, Any]:
    """Pairwise scores over ``(doc, surface, gold, predicted)`` records, pairs across documents."""
    tp = fp = fn = 0
    false_merges: list[dict[str, str]] = []
    missed: dict[str, int] = defaultdict(int)
    for a, b in itertools.combinations(records, 2):
        if a[0] == b[0]:
            continue
        same_gold, same_pred = a[2] == b[2], a[3] == b[3]
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            false_merges.append({"a": a[1], "b": b[1], "gold_a": a[2], "gold_b": b[2]})
        elif same_gold:
            fn += 1
            missed[f"{a[1]} / {b[1]}"] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs_true": tp + fn, "tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
            "false_merges": false_merges, "missed_examples": sorted(missed)[:40]}


def evaluate_test_set(path: Path | None = None, batch_size: int = 16) -> dict[str, Any]:
    from veille.resolve import resolve_documents

    items = load_variants(path)
    store = _open_memory_store()
    records: list[tuple[str, str, str, str, str]] = []
    docs, expected = [], []
    for item in items:
        ents = [{"name": e["name"], "type": e["type"]} for e in item["entities"]]
        doc = build_document(item["doc"], ents, roles=item.get("roles", ()), published=item.get("published"))
        docs.append(doc)
        expected.append(item)
    for start in range(0, len(docs), batch_size):
        batch = resolve_documents(store, docs[start : start + batch_size])
        store.put_many(batch)
        for doc, item in zip(batch, expected[start : start + batch_size]):
            by_surface = {}
            for e in doc.entities:
                for m in e.mentions:
                    by_surface.setdefault(doc.text[m.start : m.end], e.id)
            for e in item["entities"]:
                records.append((doc.id, e["name"], e["gold"], by_surface[e["name"]], item.get("split", "dev")))
    result = score_linking([r[:4] for r in records])
    result["splits"] = {
        split: score_linking([r[:4] for r in records if r[4] == split]) for split in sorted({r[4] for r in records})
    }
    result["documents"] = len(docs)
    result["mentions"] = len(records)
    result["entities_gold"] = len({r[2] for r in records})
    result["entities_predicted"] = len({r[3] for r in records})
    hard = [i for i in items if i.get("note")]
    result["hard_negative_documents"] = len(hard)
    store.close()
    return result


def evaluate_seeds(shared: Path) -> dict[str, Any] | None:
    seeds = shared / "seeds"
    if not all((seeds / f).exists() for f, _ in _SEED_FILES.values()):
        return None
    try:
        from veille.pipeline import Pipeline
    except ImportError:
        return None
    from veille.model import Document, content_hash
    from veille.resolve import resolve_documents

    try:
        pipeline = Pipeline(on_error="raise")
    except Exception as exc:  # the spaCy model is an optional extra
        log.warning("seeds skipped: %s", exc)
        return None
    docs = []
    for name, (filename, published) in _SEED_FILES.items():
        text = (seeds / filename).read_text(encoding="utf-8")
        title = None
        if name == "001":
            title, text = text.split("\n", 1)
        docs.append(pipeline.run(Document(id=name, text=text, raw=text, title=title, published=published,
                                          content_hash=content_hash(text))))
    store = _open_memory_store()
    resolved = resolve_documents(store, docs)
    checks = {}
    for label, keys in _SEED_GROUPS.items():
        found: dict[str, set[str]] = defaultdict(set)
        for doc in resolved:
            for e in doc.entities:
                for m in e.mentions:
                    if name_key(doc.text[m.start : m.end]) in keys:
                        found[e.id].add(f"{doc.id}:{doc.text[m.start:m.end]}")
        docs_seen = {s.split(":", 1)[0] for v in found.values() for s in v}
        checks[label] = {"ok": len(found) == 1 and (label != "Lukashenko" or docs_seen == {"000", "001"}),
                         "entities": {k: sorted(v) for k, v in found.items()}}
    store.close()
    return {"checks": checks, "passed": sum(c["ok"] for c in checks.values()), "total": len(checks)}


def evaluate_entities(shared: Path | None = None, variants: Path | None = None) -> dict[str, Any]:
    """Cross-document linking on the test set, plus the seed checks when ``shared`` has them."""
    if shared is None:
        from veille.settings import shared_dir

        shared = shared_dir()
    result: dict[str, Any] = {"test_set": evaluate_test_set(variants)}
    result["seeds"] = evaluate_seeds(Path(shared)) if shared else None
    return result


def format_entities_report(result: dict[str, Any]) -> str:
    t = result["test_set"]
    lines = [
        "Cross-document entity linking (tests/data/entity_variants.jsonl)",
        f"  documents {t['documents']}, mentions {t['mentions']}, gold entities {t['entities_gold']},"
        f" predicted {t['entities_predicted']}",
        f"  pairwise P {t['precision']:.3f}  R {t['recall']:.3f}  F1 {t['f1']:.3f}"
        f"  (true pairs {t['pairs_true']}, tp {t['tp']}, fp {t['fp']}, fn {t['fn']})",
        f"  false merges: {len(t['false_merges'])}",
    ]
    for split, s in t.get("splits", {}).items():
        lines.append(f"  split {split}: P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                     f"  (true pairs {s['pairs_true']}, false merges {len(s['false_merges'])})")
    for fm in t["false_merges"][:20]:
        lines.append(f"    ✗ {fm['a']} ({fm['gold_a']}) = {fm['b']} ({fm['gold_b']})")
    if t["missed_examples"]:
        lines.append("  missed links (examples):")
        lines += [f"    - {m}" for m in t["missed_examples"][:15]]
    seeds = result.get("seeds")
    if seeds is None:
        lines.append("Seeds: skipped (../shared/seeds or the spaCy model is absent)")
    else:
        lines.append(f"Seeds: {seeds['passed']}/{seeds['total']} checks")
        for label, check in seeds["checks"].items():
            mark = "✓" if check["ok"] else "✗"
            lines.append(f"  {mark} {label}: {len(check['entities'])} entit{'y' if len(check['entities']) == 1 else 'ies'}"
                         f" {sorted(s for v in check['entities'].values() for s in v)}")
    return "\n".join(lines)
