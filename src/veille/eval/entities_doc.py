"""Within-document entity evaluation: B³ clustering and role correctness.

The test set (``data/entities_doc_fr.json``) holds short texts written for veille, each with
its gold entity clusters (surface forms) and gold roles; gold for the two seed articles is given
as surface forms only and the seed texts are read from ``../shared/seeds`` when present.

Gold mentions are every word-bounded occurrence of a cluster's surfaces, longest first (so
``Sikorski`` inside ``Radosław Sikorski`` is one mention); ``Washington#2`` means the second
occurrence of ``Washington`` left once longer names are taken. A gold mention takes the predicted
entity of the predicted mention that overlaps it most; an unmatched gold mention counts as a
singleton. B³ is computed over gold mentions. A false merge is a predicted entity holding gold
mentions of two gold clusters.

Roles compare (person entity, title, of entity) triples: a predicted triple with ``of`` None is
dropped when the same person and title also has an ``of``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from veille.gazetteer import lookup_place
from veille.model import Document

__all__ = ["DATASET", "load_dataset", "gold_mentions", "b_cubed", "evaluate", "DocScore", "format_report"]

DATASET = Path(__file__).parent / "data" / "entities_doc_fr.json"
SEED_PUBLISHED = {"000": "2023-05-18", "001": "2020-11-24"}
_OCC = re.compile(r"^(?P<surface>.*?)(?:#(?P<n>\d+))?$")


def load_dataset(path: Path | None = None) -> dict[str, Any]:
    return json.loads((path or DATASET).read_text(encoding="utf-8"))


def gold_mentions(text: str, clusters: list[list[str]]) -> list[tuple[int, int, int]]:
    """(start, end, cluster index) of every gold mention, longest surfaces first."""
    wanted = []
    for ci, surfaces in enumerate(clusters):
        for s in surfaces:
            m = _OCC.match(s)
            wanted.append((m.group("surface"), int(m.group("n")) if m.group("n") else None, ci))
    wanted.sort(key=lambda w: -len(w[0]))
    taken: list[tuple[int, int, int]] = []
    for surface, nth, ci in wanted:
        pattern = re.compile(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])")
        free = [m for m in pattern.finditer(text) if not any(s < m.end() and m.start() < e for s, e, _ in taken)]
        if nth is not None:
            free = free[nth - 1 : nth]
        taken.extend((m.start(), m.end(), ci) for m in free)
    return sorted(taken)


def b_cubed(gold: list[int], pred: list[int]) -> tuple[float, float, float]:
    """B³ precision, recall and F1 for mentions labelled with gold and predicted cluster ids."""
    n = len(gold)
    if n == 0:
        return 1.0, 1.0, 1.0
    p_sum = r_sum = 0.0
    for i in range(n):
        same_pred = [j for j in range(n) if pred[j] == pred[i]]
        same_gold = [j for j in range(n) if gold[j] == gold[i]]
        both = sum(1 for j in same_pred if gold[j] == gold[i])
        p_sum += both / len(same_pred)
        r_sum += both / len(same_gold)
    p, r = p_sum / n, r_sum / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class DocScore:
    id: str
    gold: list[int]
    pred: list[int]
    false_merges: list[str]
    roles_gold: int
    roles_right: int
    roles_predicted: int
    misses: list[str] = field(default_factory=list)
    split: str = "dev"


def _entity_at(doc: Document, start: int, end: int):
    best, best_overlap = None, 0
    for ent in doc.entities:
        for m in ent.mentions:
            if m.label == "DEMONYM":
                continue
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = ent, overlap
    return best


def _gold_entity_id(doc: Document, surface: str | None) -> str | None:
    if surface is None:
        return None
    m = re.search(r"(?<![\w-])" + re.escape(surface) + r"(?![\w-])", doc.text)
    if m:
        ent = _entity_at(doc, m.start(), m.end())
        if ent is not None:
            return ent.id
    place = lookup_place(surface, doc.lang or "fr")
    return place.id if place else f"missing:{surface}"


def score_document(doc_id: str, doc: Document, clusters: list[list[str]], roles: list[dict[str, Any]]) -> DocScore:
    mentions = gold_mentions(doc.text, clusters)
    gold, pred, seen = [], [], {}
    for k, (start, end, ci) in enumerate(mentions):
        gold.append(ci)
        ent = _entity_at(doc, start, end)
        pred.append(seen.setdefault(ent.id, len(seen)) if ent is not None else -1 - k)
    merges = []
    for pid in set(p for p in pred if p >= 0):
        cis = {gold[k] for k in range(len(gold)) if pred[k] == pid}
        if len(cis) > 1:
            merges.append(" + ".join(clusters[c][0] for c in sorted(cis)))

    predicted = {(r.person, r.title, r.of) for r in doc.roles}
    predicted = {t for t in predicted if t[2] is not None or not any(o[:2] == t[:2] and o[2] for o in predicted)}
    right, misses = 0, []
    for g in roles:
        person = _gold_entity_id(doc, g["person"])
        triple = (person, g["title"], _gold_entity_id(doc, g.get("of")))
        if triple in predicted:
            right += 1
        else:
            got = [(r.title, r.of and (doc.entity(r.of).name if doc.entity(r.of) else r.of)) for r in doc.roles if r.person == person]
            misses.append(f"{g['person']}: want {g['title']!r} of {g.get('of')!r}, got {got}")
    return DocScore(doc_id, gold, pred, merges, len(roles), right, len(predicted), misses)


def evaluate(run: Callable[..., Document], dataset: dict[str, Any] | None = None, seeds_dir: Path | None = None) -> dict[str, Any]:
    """Score ``run(text, published=..., title=...) -> Document`` on the written set and the seeds."""
    dataset = dataset or load_dataset()
    scores: list[DocScore] = []
    for d in dataset["documents"]:
        score = score_document(d["id"], run(d["text"]), d["clusters"], d.get("roles", []))
        score.split = d.get("split", "dev")
        scores.append(score)
    if seeds_dir is not None:
        for s in dataset.get("seeds", []):
            path = next(iter(sorted(seeds_dir.glob(f"{s['seed']}_*.txt"))), None)
            if path is None:
                continue
            text = path.read_text(encoding="utf-8")
            title = None
            if s["seed"] == "001":
                title, text = text.split("\n", 1)
            doc = run(text, published=SEED_PUBLISHED.get(s["seed"]), title=title)
            score = score_document("seed-" + s["seed"], doc, s["clusters"], s.get("roles", []))
            score.split = "seeds"
            scores.append(score)
    result = summarise(scores)
    result["by_split"] = {
        split: {k: v for k, v in summarise([s for s in scores if s.split == split]).items() if k != "per_document"}
        for split in dict.fromkeys(s.split for s in scores)
    }
    return result


def summarise(scores: list[DocScore]) -> dict[str, Any]:
    per_doc = []
    p_sum = r_sum = n_sum = 0.0
    for sc in scores:
        p, r, f = b_cubed(sc.gold, sc.pred)
        n = len(sc.gold)
        p_sum, r_sum, n_sum = p_sum + p * n, r_sum + r * n, n_sum + n
        per_doc.append({"id": sc.id, "split": sc.split, "b3": [round(p, 3), round(r, 3), round(f, 3)], "false_merges": sc.false_merges, "role_misses": sc.misses})
    p = p_sum / n_sum if n_sum else 1.0
    r = r_sum / n_sum if n_sum else 1.0
    roles_gold = sum(s.roles_gold for s in scores)
    roles_right = sum(s.roles_right for s in scores)
    roles_pred = sum(s.roles_predicted for s in scores)
    return {
        "documents": len(scores),
        "mentions": int(n_sum),
        "b3_precision": round(p, 4),
        "b3_recall": round(r, 4),
        "b3_f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
        "false_merges": sum(len(s.false_merges) for s in scores),
        "roles_gold": roles_gold,
        "roles_right": roles_right,
        "roles_predicted": roles_pred,
        "per_document": per_doc,
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"documents {result['documents']}, gold mentions {result['mentions']}",
        f"B3 P {result['b3_precision']:.3f} R {result['b3_recall']:.3f} F1 {result['b3_f1']:.3f}; false merges {result['false_merges']}",
        f"roles right {result['roles_right']}/{result['roles_gold']} (predicted triples {result['roles_predicted']})",
    ]
    for split, r in result.get("by_split", {}).items():
        lines.append(
            f"  [{split}] docs {r['documents']}, B3 F1 {r['b3_f1']:.3f} (P {r['b3_precision']:.3f} R {r['b3_recall']:.3f}), "
            f"false merges {r['false_merges']}, roles {r['roles_right']}/{r['roles_gold']} (predicted {r['roles_predicted']})"
        )
    for d in result["per_document"]:
        extra = "; ".join(d["false_merges"] + d["role_misses"])
        lines.append(f"  {d['split']:<8} {d['id']:<20} B3 {d['b3']} {extra}")
    return "\n".join(lines)


def main() -> None:  # pragma: no cover - CLI printer
    from veille.model import content_hash
    from veille.pipeline import Pipeline
    from veille.settings import shared_dir

    pipeline = Pipeline(on_error="raise")

    def run(text: str, published: str | None = None, title: str | None = None) -> Document:
        return pipeline.run(Document(id=content_hash(text)[:16], text=text, raw=text, published=published, title=title))

    shared = shared_dir()
    print(format_report(evaluate(run, seeds_dir=shared / "seeds" if shared else None)))


if __name__ == "__main__":  # pragma: no cover
    main()


def evaluate_within_documents(shared: Path | None = None) -> dict[str, Any]:
    """``veille eval entities --within-doc``: the written set and the seeds through the default
    pipeline (B³ clustering, false merges, roles)."""
    from veille import api
    from veille.settings import shared_dir

    shared = shared or shared_dir()
    seeds = shared / "seeds" if shared and (shared / "seeds").is_dir() else None
    return evaluate(lambda text, published=None, title=None: api.analyze(text, published=published, title=title),
                    seeds_dir=seeds)
