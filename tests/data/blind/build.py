"""Build and validate a blind gold set: its data_*.py -> articles.jsonl, stats.json.

Run: python3 build.py [SET_DIR]   (default: this folder; exits non-zero on any validation error)

Each data module holds ``ARTICLES`` and may hold ``SPEAKER_OVERRIDES`` (speakers given as a
description that still denote an annotated entity). The same validator serves every set, so a
second set written later follows exactly the rules of the first.
"""
import collections
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET_DIR = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE


def _load_modules(folder):
    mods = []
    for path in sorted(folder.glob("data_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods.append(mod)
    return mods


MODULES = _load_modules(SET_DIR)

KINDS = {"direct", "indirect", "mixed"}
TTYPES = {"DATE", "TIME", "DURATION", "SET"}
ETYPES = {"PER", "LOC", "ORG", "MISC"}
VALUE_RE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|\d{3,4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?|-W\d{2}|-(SP|SU|FA|WI))?"
    r"|XXXX-\d{2}-\d{2}|XXXX-WXX-\d"
    r"|P(\d+|X)(Y|M|W|D)|PT(\d+|X)(H|M))$")
PREFIX_TYPE = {"P": "PER", "L": "LOC", "O": "ORG", "M": "MISC"}

errors = []


def err(aid, msg):
    errors.append(f"{aid}: {msg}")


def occurrences(text, s, word=True):
    """Start offsets of s in text (word-bounded at alphanumeric edges when word=True)."""
    out, i = [], text.find(s)
    while i >= 0:
        ok = True
        if word:
            if s[0].isalnum() and i > 0 and text[i - 1].isalnum():
                ok = False
            j = i + len(s)
            if s[-1].isalnum() and j < len(text) and text[j].isalnum():
                ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1)
    return out


def body_spans(text, boilerplate):
    """Char ranges of boilerplate paragraphs, to check that annotations sit outside them."""
    spans = []
    for b in boilerplate:
        for i in occurrences(text, b, word=False):
            spans.append((i, i + len(b)))
    return spans


def outside(spans, i, n):
    return all(not (a <= i and i + n <= b) for a, b in spans)


# Speakers given as a description that still denotes an annotated entity.
SPEAKER_OVERRIDES = {k: v for m in MODULES for k, v in getattr(m, "SPEAKER_OVERRIDES", {}).items()}
ARTICLE_RE = re.compile(r"^(le |la |les |l'|un |une )", re.I)


def speaker_gold(aid, speaker, entities):
    """Gold id of the speaker when the speaker string is (an article + ) a mention of an entity."""
    if (aid, speaker) in SPEAKER_OVERRIDES:
        return SPEAKER_OVERRIDES[(aid, speaker)]
    bare = ARTICLE_RE.sub("", speaker)
    for gold, _, mentions, _ in entities:
        if speaker in mentions or bare in mentions:
            return gold
    return None


def build():
    arts = [a for m in MODULES for a in m.ARTICLES]
    out = []
    ids = [a["id"] for a in arts]
    if len(set(ids)) != len(ids):
        err("*", "duplicate ids")
    for a in arts:
        aid = a["id"]
        text = a["text"].strip("\n")
        paras = text.split("\n\n")
        if any(p != p.strip() or not p for p in paras):
            err(aid, "paragraph with stray whitespace / empty paragraph")
        nwords = len(text.split())
        if not 120 <= nwords <= 300:
            err(aid, f"word count {nwords} outside 120-300")
        bps = a["boilerplate"]
        for b in bps:
            if b not in paras:
                err(aid, f"boilerplate not a whole paragraph: {b!r}")
        bspans = body_spans(text, bps)

        def check_sub(s, what, word=True):
            occ = [i for i in occurrences(text, s, word) if outside(bspans, i, len(s))]
            if not occ:
                err(aid, f"{what} not found outside boilerplate: {s!r}")
            return occ

        for q in a["quotes"]:
            qt, kind, spk = q
            check_sub(qt, "quote", word=False)
            if kind not in KINDS:
                err(aid, f"bad kind {kind}")
            if not spk:
                err(aid, "empty speaker")
        for nq in a["not_quotes"]:
            occ = check_sub(nq, "not_quote", word=False)
            for i in occ:
                before, after = text[max(0, i - 2):i], text[i + len(nq):i + len(nq) + 2]
                if "«" not in before and '"' not in before and "“" not in before:
                    err(aid, f"not_quote without opening mark: {nq!r}")
        # times: each listed occurrence must exist; count must match occurrences not inside a longer time
        tcount = collections.Counter(t[0] for t in a["times"])
        ttexts = set(tcount)
        for t in a["times"]:
            tt, ty, val = t
            if ty not in TTYPES:
                err(aid, f"bad time type {ty}")
            if not VALUE_RE.match(val):
                err(aid, f"bad time value {val!r} for {tt!r}")
        for tt, n in tcount.items():
            occ = check_sub(tt, "time")
            longer = [o for o in ttexts if o != tt and tt in o]
            lspans = [(i, i + len(o)) for o in longer for i in occurrences(text, o)]
            free = [i for i in occ if all(not (s <= i and i + len(tt) <= e) for s, e in lspans)]
            if len(free) != n:
                err(aid, f"time {tt!r}: {n} annotation(s) but {len(free)} free occurrence(s) in body")
        golds = {}
        for e in a["entities"]:
            gold, ty, mentions, dems = e
            if gold in golds:
                err(aid, f"duplicate entity {gold}")
            golds[gold] = ty
            if ty not in ETYPES or PREFIX_TYPE[gold.split(":")[0]] != ty:
                err(aid, f"entity type mismatch {gold} {ty}")
            if not mentions and not dems:
                err(aid, f"entity without mentions {gold}")
            for m in mentions:
                check_sub(m, f"mention of {gold}")
            for d in dems:
                check_sub(d, f"demonym of {gold}")
        for r in a["roles"]:
            p, title, of = r
            if p not in golds or golds[p] != "PER":
                err(aid, f"role person {p} not a PER entity of the article")
            if of is not None and of not in golds:
                err(aid, f"role of {of} not an entity of the article")
            if not title:
                err(aid, "empty role title")
        rec = {
            "id": aid, "published": a["published"], "title": a["title"], "text": text,
            "boilerplate": bps,
            "quotes": [{"text": q[0], "kind": q[1], "speaker": q[2],
                        "speaker_gold": speaker_gold(aid, q[2], a["entities"])} for q in a["quotes"]],
            "not_quotes": a["not_quotes"],
            "times": [{"text": t[0], "type": t[1], "value": t[2]} for t in a["times"]],
            "entities": [{"gold": e[0], "type": e[1], "mentions": e[2], "demonyms": e[3]} for e in a["entities"]],
            "roles": [{"person": r[0], "title": r[1], "of": r[2]} for r in a["roles"]],
        }
        out.append((rec, nwords))
    return out


def stats(recs):
    s = {"articles": len(recs)}
    s["words_min_max"] = [min(n for _, n in recs), max(n for _, n in recs)]
    recs = [r for r, _ in recs]
    s["quotes_by_kind"] = dict(collections.Counter(q["kind"] for r in recs for q in r["quotes"]))
    s["quotes_total"] = sum(s["quotes_by_kind"].values())
    s["not_quotes"] = sum(len(r["not_quotes"]) for r in recs)
    s["times_by_type"] = dict(collections.Counter(t["type"] for r in recs for t in r["times"]))
    s["times_total"] = sum(s["times_by_type"].values())
    s["boilerplate_lines"] = sum(len(r["boilerplate"]) for r in recs)
    s["entity_annotations"] = sum(len(r["entities"]) for r in recs)
    s["entity_annotations_by_type"] = dict(collections.Counter(e["type"] for r in recs for e in r["entities"]))
    s["mention_forms"] = sum(len(e["mentions"]) for r in recs for e in r["entities"])
    s["demonym_forms"] = sum(len(e["demonyms"]) for r in recs for e in r["entities"])
    docs = collections.defaultdict(set)
    forms = collections.defaultdict(set)
    for r in recs:
        for e in r["entities"]:
            docs[e["gold"]].add(r["id"])
            forms[e["gold"]].update(e["mentions"])
    s["distinct_gold_entities"] = len(docs)
    cross = {g: sorted(d) for g, d in docs.items() if len(d) > 1}
    s["cross_document_clusters"] = len(cross)
    s["cross_document_clusters_PER"] = sum(1 for g in cross if g.startswith("P:"))
    s["cross_doc"] = {g: {"docs": cross[g], "forms": sorted(forms[g])} for g in sorted(cross)}
    s["roles"] = sum(len(r["roles"]) for r in recs)
    return s


if __name__ == "__main__":
    recs = build()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(SET_DIR / "articles.jsonl", "w", encoding="utf-8") as f:
        for r, _ in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    st = stats(recs)
    (SET_DIR / "stats.json").write_text(json.dumps(st, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps({k: v for k, v in st.items() if k != "cross_doc"}, ensure_ascii=False, indent=1))
