"""Benchmark: entity resolution and curation on a store with 100,000+ mentions.

A synthetic corpus (no spaCy): a pool of generated people (given name + surname), places and
organisations, each written in several romanisation styles (``ou``/``u``, ``ch``/``sh``/``sch``,
``w``/``v``, ``-ï``/``-y``/``-yj``, all-caps, lone surname), drawn with Zipf-like popularity into
short documents of ``--entities`` entities each. The documents go through
``resolve_documents`` then ``put_many`` in batches, as ``api.ingest`` does, into a SQLite file.

Then it times, on that store:

- lookup: ``show_entity(store, name)`` for names drawn from the corpus (variants, types, roles,
  documents, quote count) and ``find_entity`` alone;
- merge: ``merge(store, A, B)`` of two entities of typical popularity (median documents) and of
  two of the most frequent ones, each followed by ``undo`` (also timed);

and prints medians and 95th percentiles in milliseconds. Target: a merge or a lookup < 100 ms.

Usage::

    python bench/bench_entities.py                       # 100k+ mentions in a temporary file
    python bench/bench_entities.py --docs 2000 --db /tmp/small.db
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from veille.eval.entity_docs import build_document
from veille.resolve import curation, resolve_documents
from veille.storage.sqlite import SQLiteStore

_SYL = ["ka", "lo", "mi", "sha", "ver", "to", "ne", "dru", "vi", "ko", "za", "pe", "rin", "go", "le", "bo", "sta",
        "tchi", "no", "va", "ro", "dim", "ser", "gei", "ya", "lu", "fe", "dor", "ni", "ma"]
_SUFFIX = ["enko", "ov", "ev", "ine", "sky", "ski", "uk", "ich", "ova", "enka", "in", "ets"]
_GIVEN = ["Alexandre", "Sergueï", "Mikhaïl", "Dmitri", "Olga", "Svetlana", "Iouri", "Andreï", "Natalia", "Pavel",
          "Viktor", "Ivan", "Anna", "Maria", "Oleg", "Igor", "Boris", "Elena", "Nikolaï", "Tatiana"]
_STYLES = [  # romanisation styles applied to a French-style spelling
    lambda s: s,
    lambda s: s.replace("ou", "u").replace("tch", "ch").replace("ch", "sh").replace("ï", "y"),
    lambda s: s.replace("ou", "u").replace("tch", "tsch").replace("ch", "sch").replace("v", "w").replace("ï", "j"),
    lambda s: s.replace("ou", "u").replace("tch", "cz").replace("ch", "sz").replace("v", "w").replace("ï", "j"),
    lambda s: s.upper(),
]


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(1, 2))).capitalize() + rng.choice(_SUFFIX)


def make_pool(rng: random.Random, persons: int, places: int, orgs: int) -> list[dict]:
    pool, seen = [], set()
    while len(pool) < persons:
        given, surname = rng.choice(_GIVEN), _surname(rng)
        if (given, surname) in seen:
            continue
        seen.add((given, surname))
        pool.append({"type": "PER", "given": given, "surname": surname})
    for i in range(places):
        pool.append({"type": "LOC", "name": _surname(rng).replace("enko", "grad").capitalize() + ("sk" if i % 2 else "")})
    for _ in range(orgs):
        pool.append({"type": "ORG", "name": "Groupe " + _surname(rng)})
    return pool


def _surface(rng: random.Random, item: dict) -> dict:
    style = rng.choice(_STYLES)
    if item["type"] != "PER":
        return {"name": item["name"], "type": item["type"]}
    full = style(f"{item['given']} {item['surname']}")
    variants = [style(item["surname"])] if rng.random() < 0.7 else []
    return {"name": full, "type": "PER", "variants": variants}


def build_store(path: Path, docs: int, per_doc: int, seed: int = 7, batch: int = 200) -> tuple[SQLiteStore, dict]:
    rng = random.Random(seed)
    pool = make_pool(rng, persons=max(500, docs // 2), places=300, orgs=400)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(pool))]
    rng.shuffle(pool)
    store = SQLiteStore(path)
    t_resolve = t_store = 0.0
    for start in range(0, docs, batch):
        chunk = []
        for n in range(start, min(docs, start + batch)):
            picks = {id(x): x for x in rng.choices(pool, weights=weights, k=per_doc)}.values()
            ents = [_surface(rng, item) for item in picks]
            roles = [{"person": 0, "title": "ministre", "of": None}] if ents and ents[0]["type"] == "PER" else []
            chunk.append(build_document(f"doc{n:06d}", ents, roles=roles, quotes=[0] if roles else [],
                                        published=f"20{10 + n % 14:02d}-0{1 + n % 9}-1{n % 9}"))
        t0 = time.perf_counter()
        chunk = resolve_documents(store, chunk)
        t1 = time.perf_counter()
        store.put_many(chunk)
        t_store += time.perf_counter() - t1
        t_resolve += t1 - t0
    stats = {
        "documents": store.count(),
        "mentions": store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0],
        "canonical_entities": store.conn.execute("SELECT count(*) FROM canon_entities").fetchone()[0],
        "resolve_s": round(t_resolve, 1),
        "store_s": round(t_store, 1),
    }
    return store, stats


def _ms(samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(0.95 * len(samples)))]
    return f"median {1000 * statistics.median(samples):.1f} ms, p95 {1000 * p95:.1f} ms, max {1000 * samples[-1]:.1f} ms (n={len(samples)})"


def _timed(fn, *args, **kw):
    t0 = time.perf_counter()
    out = fn(*args, **kw)
    return time.perf_counter() - t0, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=7500)
    parser.add_argument("--entities", type=int, default=9, help="entities per document")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file (default: a temporary one)")
    parser.add_argument("--samples", type=int, default=30)
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    path = args.db or Path(tmp.name) / "bench.db"
    store, stats = build_store(path, args.docs, args.entities)
    print(f"store: {stats}")
    print(f"resolution: {stats['mentions'] / max(stats['resolve_s'], 1e-9):,.0f} mentions/s")
    rng = random.Random(11)
    conn = store.conn
    by_docs = [(r[0], r[1]) for r in conn.execute(
        "SELECT entity_id, count(DISTINCT doc_id) AS n FROM mentions GROUP BY entity_id ORDER BY n")]
    names = [r[0] for r in conn.execute("SELECT text FROM mentions WHERE rowid % 97 = 0 LIMIT 2000")]
    lookups, finds = [], []
    for name in rng.sample(names, min(args.samples, len(names))):
        try:
            dt, _ = _timed(curation.find_entity, store, name)
            finds.append(dt)
            dt, _ = _timed(curation.show_entity, store, name)
            lookups.append(dt)
        except Exception:  # an ambiguous surname: the CLI would list candidates
            continue
    print(f"find_entity: {_ms(finds)}")
    print(f"show_entity (lookup): {_ms(lookups)}")
    mid = len(by_docs) // 2
    typical = [e for e, _ in by_docs[mid - args.samples: mid + args.samples]]
    top = [e for e, _ in by_docs[-6:]]
    for label, ids, rounds in (("typical", typical, args.samples), ("most frequent", top, 3)):
        merges, undos, docs = [], [], []
        for i in range(rounds):
            a, b = ids[2 * i % len(ids)], ids[(2 * i + 1) % len(ids)]
            dt, result = _timed(curation.merge, store, a, b, who="bench")
            merges.append(dt)
            docs.append(result["documents"])
            dt, _ = _timed(curation.undo, store)
            undos.append(dt)
        print(f"merge ({label}, {statistics.median(docs):.0f} documents touched): {_ms(merges)}")
        print(f"undo  ({label}): {_ms(undos)}")
    store.close()


if __name__ == "__main__":
    main()
