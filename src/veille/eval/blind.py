"""Blind evaluation on articles annotated by someone who never saw veille's rules.

``tests/data/blind/articles.jsonl`` holds short French news articles written and annotated
independently of the rule writers (see its README). Nothing in veille may be tuned on it: it is
the project's own stand-in for the held-out articles users will bring. One run scores every
capability end to end, through ingestion, the pipeline, the resolver and the store:

- boilerplate lines removed (recall) and article lines wrongly removed;
- quotes: detection P/R/F1 by kind and speaker accuracy (the quotes scorer);
- times: extent strict/relaxed P/R/F1, value and type accuracy over relaxed matches;
- entities: mention detection P/R/F1 over the annotated name forms, within-document pairwise
  clustering, cross-document pairwise linking with the number of false merges;
- roles: share of annotated (person, title, of) found.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from veille.errors import EvalDataMissing
from veille.names import name_key

__all__ = ["evaluate_blind", "format_blind_report", "BLIND_PATH"]

BLIND_PATH = Path(__file__).resolve().parents[3] / "tests" / "data" / "blind" / "articles.jsonl"


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "gold": n_gold, "predicted": n_pred}


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``surface`` in ``text``."""
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter > 0 else 0.0


def _load(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise EvalDataMissing(f"the blind set {path} is absent")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _analyse(items: list[dict[str, Any]]):
    """Articles through make_document → pipeline → resolver → store, as `veille ingest` does."""
    from veille import api
    from veille.ingest import make_document

    store = api.open_store("memory://")
    raw = [make_document(i["text"], source=i["id"], id=i["id"], title=i.get("title"), published=i.get("published"))
           for i in items]
    pipeline = api._pipeline(api.load_settings(on_error="raise"))
    docs = api._resolve(store, pipeline.run_batch(raw))
    store.put_many(docs)
    return [store.get(i["id"]) for i in items]


def _score_boilerplate(items, docs) -> dict[str, Any]:
    gold_n = found = wrong = removed_n = 0
    for item, doc in zip(items, docs):
        gold = {line.strip() for line in item.get("boilerplate", ())}
        removed = {b.text.strip() for b in doc.boilerplate}
        gold_n += len(gold)
        found += sum(1 for g in gold if g in removed and g not in doc.text)
        removed_n += len(removed)
        wrong += len(removed - gold)
    return {"gold_lines": gold_n, "removed_right": found, "recall": round(found / gold_n, 4) if gold_n else 0.0,
            "removed": removed_n, "article_lines_removed": wrong}


def _score_times(items, docs) -> dict[str, Any]:
    n_gold = n_pred = strict = relaxed_g = relaxed_p = value_ok = type_ok = 0
    errors = []
    for item, doc in zip(items, docs):
        text = doc.text
        gold, pos = [], 0
        for t in item.get("times", ()):
            at = text.find(t["text"], pos)
            if at < 0:
                at = text.find(t["text"])
            if at < 0:
                errors.append({"doc": item["id"], "gold": t["text"], "error": "gold text not in cleaned text"})
                continue
            gold.append(((at, at + len(t["text"])), t))
            pos = at + 1
        preds = [((t.start, t.end), t) for t in doc.times]
        n_gold += len(gold)
        n_pred += len(preds)
        used: set[int] = set()
        for span, g in gold:
            hit = next((i for i, (ps, _) in enumerate(preds) if i not in used and _overlaps(span, ps)), None)
            if hit is None:
                errors.append({"doc": item["id"], "gold": g["text"], "value": g["value"], "error": "missed"})
                continue
            used.add(hit)
            relaxed_g += 1
            pspan, p = preds[hit]
            strict += pspan == span
            value_ok += p.value == g["value"]
            type_ok += p.type == g["type"]
            if p.value != g["value"]:
                errors.append({"doc": item["id"], "gold": g["text"], "value": g["value"], "pred": text[p.start:p.end],
                               "pred_value": p.value, "error": "value"})
        relaxed_p += len(used)
        for i, (pspan, p) in enumerate(preds):
            if i not in used:
                errors.append({"doc": item["id"], "pred": text[p.start:p.end], "pred_value": p.value, "error": "spurious"})
    return {
        "strict": _prf(strict, n_pred, strict, n_gold),
        "relaxed": _prf(relaxed_p, n_pred, relaxed_g, n_gold),
        "value_accuracy": round(value_ok / relaxed_g, 4) if relaxed_g else 0.0,
        "value_f1": _prf(value_ok, n_pred, value_ok, n_gold)["f1"],
        "type_accuracy": round(type_ok / relaxed_g, 4) if relaxed_g else 0.0,
        "errors": errors,
    }


def _gold_occurrences(item, text) -> list[tuple[tuple[int, int], str, str]]:
    """(span, gold id, type) for every occurrence of every annotated name form (longest first,
    so ``Vladimir Zelensky`` is not also counted as ``Zelensky``)."""
    forms = sorted(((m, e["gold"], e["type"]) for e in item.get("entities", ()) for m in e.get("mentions", ())),
                   key=lambda f: -len(f[0]))
    taken: list[tuple[int, int]] = []
    out = []
    for surface, gid, etype in forms:
        for span in _occurrences(text, surface):
            if any(_overlaps(span, t) for t in taken):
                continue
            taken.append(span)
            out.append((span, gid, etype))
    return out


def _score_entities(items, docs) -> dict[str, Any]:
    det = [0, 0, 0, 0]  # tp_pred, n_pred, tp_gold, n_gold
    within = [0, 0, 0]  # pairs predicted together and gold together, predicted together, gold together
    # (doc, gold id) -> predicted canonical id by majority over its detected occurrences.
    linked: dict[tuple[str, str], str] = {}
    pred_to_gold: dict[str, Counter] = defaultdict(Counter)
    missed = []
    for item, doc in zip(items, docs):
        text = doc.text
        gold = _gold_occurrences(item, text)
        pred = [((m.start, m.end), e.id, e.type) for e in doc.entities for m in e.mentions if m.label != "DEMONYM"]
        adjectives = [((m.start, m.end), e.id) for e in doc.entities for m in e.mentions if m.label == "DEMONYM"]
        det[1] += len(pred)
        det[3] += len(gold)
        det[0] += sum(1 for ps, _, _ in pred if any(_overlaps(ps, gs) for gs, _, _ in gold))
        detected = []
        votes: dict[str, Counter] = defaultdict(Counter)
        for gs, gid, gtype in gold:
            # The predicted mention that covers this occurrence best (a place inside an
            # organisation's name must not stand for the organisation).
            scored = [(_iou(ps, gs), (ps, pid, ptype)) for ps, pid, ptype in pred if _overlaps(ps, gs)]
            scored = [x for x in scored if x[0] >= 0.5]
            hit = max(scored, key=lambda x: x[0])[1] if scored else None
            if hit is None:
                missed.append({"doc": item["id"], "gold": text[gs[0]:gs[1]], "type": gtype})
                continue
            det[2] += 1
            detected.append((gid, hit[1]))
            votes[gid][hit[1]] += 1
            pred_to_gold[hit[1]][gid] += 1
        # Country adjectives (``arménien``) are annotated apart from names: they do not count
        # as mentions to detect, but they tell which gold entity a predicted country is.
        for e in item.get("entities", ()):
            for form in e.get("demonyms", ()):
                for span in _occurrences(text, form):
                    for ps, pid in adjectives:
                        if _iou(ps, span) >= 0.5:
                            pred_to_gold[pid][e["gold"]] += 1
        for (g1, p1), (g2, p2) in itertools.combinations(detected, 2):
            within[0] += g1 == g2 and p1 == p2
            within[1] += p1 == p2
            within[2] += g1 == g2
        for gid, counter in votes.items():
            linked[(item["id"], gid)] = counter.most_common(1)[0][0]
    pairs_same_pred = pairs_same_gold = pairs_both = 0
    false_merges = []
    keys = sorted(linked)
    for (d1, g1), (d2, g2) in itertools.combinations(keys, 2):
        if d1 == d2:
            continue
        same_pred = linked[(d1, g1)] == linked[(d2, g2)]
        same_gold = g1 == g2
        pairs_same_pred += same_pred
        pairs_same_gold += same_gold
        pairs_both += same_pred and same_gold
        if same_pred and not same_gold:
            false_merges.append(f"{g1} ({d1}) ~ {g2} ({d2})")
    return {
        "mentions": _prf(det[0], det[1], det[2], det[3]),
        "within_document_pairs": _prf(within[0], within[1], within[0], within[2]),
        "cross_document_pairs": _prf(pairs_both, pairs_same_pred, pairs_both, pairs_same_gold),
        "false_merges": false_merges,
        "missed": missed,
        "_pred_to_gold": {p: c.most_common(1)[0][0] for p, c in pred_to_gold.items()},
    }


def _score_roles(items, docs, pred_to_gold: dict[str, str]) -> dict[str, Any]:
    n_gold = person_ok = full_ok = 0
    n_pred = 0
    errors = []
    for item, doc in zip(items, docs):
        preds = [(pred_to_gold.get(r.person), name_key(r.title), pred_to_gold.get(r.of) if r.of else None)
                 for r in doc.roles]
        n_pred += len(preds)
        for g in item.get("roles", ()):
            n_gold += 1
            gtitle = name_key(g["title"])
            mine = [p for p in preds if p[0] == g["person"]]
            titled = [p for p in mine if p[1] and (gtitle in p[1] or p[1] in gtitle)]
            if titled:
                person_ok += 1
                if any(p[2] == g.get("of") for p in titled):
                    full_ok += 1
                    continue
            errors.append({"doc": item["id"], "gold": g, "pred": [p for p in mine]})
    return {"gold": n_gold, "predicted": n_pred, "person_and_title": person_ok, "person_title_and_of": full_ok,
            "accuracy": round(full_ok / n_gold, 4) if n_gold else 0.0, "errors": errors}


def _speaker_accuracy(items, docs, pred_to_gold: dict[str, str]) -> tuple[float, list[dict[str, Any]]]:
    """Share of gold quotes found whose speaker is right: by name, or because the predicted
    speaker entity is the annotated one (``Tchiani`` is ``Abdourahamane Tiani``)."""
    from veille.eval.quotes import match_spans, speaker_matches

    right = total = 0
    errors = []
    for item, doc in zip(items, docs):
        gold = []
        for q in item.get("quotes", ()):
            at = doc.text.find(q["text"])
            if at >= 0:
                gold.append((at, at + len(q["text"]), q))
        preds = list(doc.quotes)
        matches = match_spans([(a, b) for a, b, _ in gold], [(q.start, q.end) for q in preds])
        total += len(gold)
        for gi, pi in matches.items():
            gq, pq = gold[gi][2], preds[pi]
            names = [pq.speaker.name] if pq.speaker else []
            entity = pq.speaker.entity if pq.speaker else None
            if entity and doc.entity(entity):
                names.append(doc.entity(entity).name)
            if speaker_matches(gq.get("speaker"), names) or (entity and pred_to_gold.get(entity) == gq.get("speaker_gold")):
                right += 1
            else:
                errors.append({"doc": item["id"], "quote": gq["text"][:80], "gold": gq.get("speaker"), "pred": names})
    return (round(right / total, 4) if total else 0.0), errors


#: Articles b01-b12 may be read to diagnose error kinds ("dev"); b13-b24 are only scored ("test").
SPLITS = {"dev": lambda i: i <= "b12", "test": lambda i: i > "b12", "all": lambda i: True}
#: The second set, written later by two other annotators who never saw the rules either:
#: d01-d12 may be read ("dev"), c01-c12 are only scored ("test").
SPLITS_2 = {"dev": lambda i: i.startswith("d"), "test": lambda i: i.startswith("c"), "all": lambda i: True}
#: The third set, likewise: f01-f12 may be read ("dev"), e01-e12 are only scored ("test").
SPLITS_3 = {"dev": lambda i: i.startswith("f"), "test": lambda i: i.startswith("e"), "all": lambda i: True}
#: The fourth set, written with roles as its priority: g01-g12 may be read ("dev"), h01-h12 are only scored ("test").
SPLITS_4 = {"dev": lambda i: i.startswith("g"), "test": lambda i: i.startswith("h"), "all": lambda i: True}
#: The fifth set, roles and linking first: i01-i12 may be read ("dev"), j01-j12 are only scored ("test").
SPLITS_5 = {"dev": lambda i: i.startswith("i"), "test": lambda i: i.startswith("j"), "all": lambda i: True}
#: The sixth set, likewise: k01-k12 may be read ("dev"), l01-l12 are only scored ("test").
SPLITS_6 = {"dev": lambda i: i.startswith("k"), "test": lambda i: i.startswith("l"), "all": lambda i: True}
#: The seventh set, likewise: m01-m12 may be read ("dev"), n01-n12 are only scored ("test").
SPLITS_7 = {"dev": lambda i: i.startswith("m"), "test": lambda i: i.startswith("n"), "all": lambda i: True}
#: The eighth set, likewise: o01-o12 may be read ("dev"), p01-p12 are only scored ("test").
SPLITS_8 = {"dev": lambda i: i.startswith("o"), "test": lambda i: i.startswith("p"), "all": lambda i: True}
#: The ninth set, likewise: q01-q12 may be read ("dev"), r01-r12 are only scored ("test").
SPLITS_9 = {"dev": lambda i: i.startswith("q"), "test": lambda i: i.startswith("r"), "all": lambda i: True}
#: set name -> (articles file, splits)
BLIND_SETS = {
    "blind": (BLIND_PATH, SPLITS),
    "blind2": (BLIND_PATH.parents[1] / "blind2" / "articles.jsonl", SPLITS_2),
    "blind3": (BLIND_PATH.parents[1] / "blind3" / "articles.jsonl", SPLITS_3),
    "blind4": (BLIND_PATH.parents[1] / "blind4" / "articles.jsonl", SPLITS_4),
    "blind5": (BLIND_PATH.parents[1] / "blind5" / "articles.jsonl", SPLITS_5),
    "blind6": (BLIND_PATH.parents[1] / "blind6" / "articles.jsonl", SPLITS_6),
    "blind7": (BLIND_PATH.parents[1] / "blind7" / "articles.jsonl", SPLITS_7),
    "blind8": (BLIND_PATH.parents[1] / "blind8" / "articles.jsonl", SPLITS_8),
    "blind9": (BLIND_PATH.parents[1] / "blind9" / "articles.jsonl", SPLITS_9),
}


def evaluate_blind(split: str = "test", path: Path | None = None, shared: Path | None = None,
                   set: str = "blind") -> dict[str, Any]:
    """Score every capability on the blind articles of ``split`` of ``set`` (``shared`` is
    unused: the sets ship with the project)."""
    from veille.eval.quotes import _score_dev as score_quotes

    if set not in BLIND_SETS:
        raise ValueError(f"set must be one of {', '.join(BLIND_SETS)}")
    default_path, splits = BLIND_SETS[set]
    if split not in splits:
        raise ValueError(f"split must be one of {', '.join(splits)}")
    items = [i for i in _load(path or default_path) if splits[split](i["id"])]
    docs = _analyse(items)
    entities = _score_entities(items, docs)
    pred_to_gold = entities.pop("_pred_to_gold")
    quotes = score_quotes(list(zip(items, docs)))
    quotes["speaker_accuracy"], quotes["speaker_errors"] = _speaker_accuracy(items, docs, pred_to_gold)
    not_quotes = sum(1 for item, doc in zip(items, docs) for nq in item.get("not_quotes", ())
                     for q in doc.quotes if doc.text[q.start:q.end].strip(" «»“”\"") == nq.strip(" «»“”\""))
    return {
        "set": set,
        "split": split,
        "articles": len(items),
        "boilerplate": _score_boilerplate(items, docs),
        "quotes": quotes,
        "scare_quotes_taken_as_speech": not_quotes,
        "times": _score_times(items, docs),
        "entities": entities,
        "roles": _score_roles(items, docs, pred_to_gold),
    }


def _row(name: str, m: dict[str, Any]) -> str:
    return f"{name:<34}{m['p']:>7.3f}{m['r']:>7.3f}{m['f1']:>7.3f}{m['gold']:>7}{m['predicted']:>7}"


def format_blind_report(result: dict[str, Any], errors: int = 0) -> str:
    q, t, e, r, b = result["quotes"], result["times"], result["entities"], result["roles"], result["boilerplate"]
    lines = [f"{result.get('set', 'blind')} set, split {result['split']}: {result['articles']} articles annotated independently of the rules", "",
             f"{'measure':<34}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    lines += [_row(f"quotes {k}", q[k]) for k in ("all", "direct", "indirect", "mixed")]
    lines += [_row("times extent strict", t["strict"]), _row("times extent relaxed", t["relaxed"]),
              _row("entity mentions", e["mentions"]), _row("entities within document (pairs)", e["within_document_pairs"]),
              _row("entities across documents (pairs)", e["cross_document_pairs"])]
    lines += [
        "",
        f"quote speaker accuracy: {q['speaker_accuracy']:.3f}   scare quotes taken as speech: {result['scare_quotes_taken_as_speech']}",
        f"times value F1: {t['value_f1']:.3f}   value accuracy (relaxed matches): {t['value_accuracy']:.3f}"
        f"   type accuracy: {t['type_accuracy']:.3f}",
        f"cross-document false merges: {len(e['false_merges'])}" + (f"  ({'; '.join(e['false_merges'][:5])})" if e["false_merges"] else ""),
        f"roles right (person, title, of): {r['person_title_and_of']}/{r['gold']} = {r['accuracy']:.3f}"
        f"   (person and title: {r['person_and_title']})",
        f"boilerplate lines removed: {b['removed_right']}/{b['gold_lines']}   article lines wrongly removed: {b['article_lines_removed']}",
    ]
    return "\n".join(lines)
