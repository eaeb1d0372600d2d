"""NER evaluation: veille's entity mentions, and spaCy's raw NER, against French gold corpora.

Corpora are read from ``<shared>/eval`` at run time (never copied into the project):

``hipe-dev`` / ``hipe-test``
    CLEF-HIPE-2020 French v1.4 TSV, column ``NE-COARSE-LIT`` (IOB2). Label mapping:
    ``pers``→PER, ``loc``→LOC, ``org``→ORG, ``prod``→MISC (HIPE's ``prod`` is media and doctrines,
    much narrower than spaCy's MISC, so MISC precision is low by construction); ``time`` is not an
    entity type of ours: its gold spans are neither scored nor penalised (a prediction that only
    overlaps a ``time`` span is left out, see ``ignored_predictions``).
``europeana``
    Europeana Newspapers NER, French BnF part: ``TOKEN TAG`` lines, IOB1, PER/LOC/ORG only.
    Predicted MISC is not scored there (``unscored_predictions``). The file has no document or
    sentence breaks, so it is cut into pseudo-documents of about :data:`IOB_DOC_TOKENS` tokens,
    after a sentence-final token and never inside an entity.

Text is rebuilt from the tokens: HIPE's ``NoSpaceAfter`` is respected, ``EndOfLine`` (a printed
column line, mid-sentence as often as not) becomes a space, and each HIPE document is one text.
HIPE v1.4 tokens are already de-hyphenated. Europeana has no spacing information, so French
typography is approximated (no space before ``, . ) ]``, none after ``( [`` or an elided ``l'``).
Each token goes through the clean stage's :func:`normalize_text` (NFC, invisible characters
dropped), which is what ``clean`` does to real input. The line-level part of ``clean`` (boilerplate
lines, paragraph re-joining) is skipped: it would move offsets, and these corpora have no lines
and no web boilerplate. The stages run are :data:`STAGES` on ``Document(text=rebuilt, lang="fr")``.

Scoring: *strict* counts a prediction correct when span and type equal a gold mention's; *partial*
when it overlaps a gold mention of the same type, matched one-to-one (largest overlap first), so
``tp + fp`` is the number of predictions and ``tp + fn`` the number of gold mentions in both modes.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from veille.errors import EvalDataMissing, VeilleError
from veille.pipeline.stages.clean import normalize_text

__all__ = [
    "CORPORA",
    "STAGES",
    "GoldSpan",
    "GoldDocument",
    "read_hipe",
    "read_iob",
    "load_corpus",
    "score_documents",
    "evaluate_ner",
    "format_ner_report",
]

log = logging.getLogger(__name__)

#: Corpus name → path under ``<shared>/eval``.
CORPORA = {
    "hipe-dev": "hipe2020-fr/HIPE-data-v1.4-dev-fr.tsv",
    "hipe-test": "hipe2020-fr/HIPE-data-v1.4-test-fr.tsv",
    "europeana": "europeana-ner-fr-bnf/enp_FR.bnf.bio",
}
STAGES = ("language", "parse", "sentences", "entities")
TYPES = ("PER", "LOC", "ORG", "MISC")
CORE_TYPES = ("PER", "LOC", "ORG")
MATCHES = ("strict", "partial")
SYSTEMS = ("spacy", "veille")
HIPE_LABELS = {"pers": "PER", "loc": "LOC", "org": "ORG", "prod": "MISC"}
HIPE_IGNORED = frozenset({"time"})
IOB_LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
SPACY_LABELS = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "MISC": "MISC"}
IOB_DOC_TOKENS = 400
IOB_MAX_TOKENS = 800

_DOC_ID = re.compile(r"^#\s*document_id\s*=\s*(\S+)")
_SENT_END = frozenset({".", "!", "?", "…"})
_NO_SPACE_BEFORE = frozenset({",", ".", ")", "]", "…"})
_NO_SPACE_AFTER = frozenset({"(", "["})
_ELISION = re.compile(r"[A-Za-zÀ-ÿ]['’]$")


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    type: str


@dataclass(slots=True)
class GoldDocument:
    """A rebuilt text with its gold mentions; ``ignored`` holds spans of unscored gold labels."""

    id: str
    text: str
    tokens: int
    spans: list[GoldSpan]
    ignored: list[GoldSpan] = field(default_factory=list)


class _Builder:
    """Joins tokens into a text and yields each token's character offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.space = False

    def add(self, token: str, space_after: bool) -> tuple[int, int]:
        token = normalize_text(token).strip()
        if not token:
            return self.pos, self.pos
        if self.parts and self.space:
            self.parts.append(" ")
            self.pos += 1
        start = self.pos
        self.parts.append(token)
        self.pos += len(token)
        self.space = space_after
        return start, self.pos

    def text(self) -> str:
        return "".join(self.parts)


def _spans(offsets: list[tuple[int, int]], tags: list[str], labels: dict[str, str], ignored: frozenset[str]):
    """Mentions from IOB1 or IOB2 tags: ``B-x`` or an ``I-x`` after another label opens one."""
    kept: list[GoldSpan] = []
    dropped: list[GoldSpan] = []
    runs: list[tuple[str, int, int]] = []  # (label, first token, last token)
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if prefix not in ("B", "I") or not label:
            continue
        if prefix == "I" and runs and runs[-1][0] == label and runs[-1][2] == i - 1:
            runs[-1] = (label, runs[-1][1], i)
        else:
            runs.append((label, i, i))
    for label, first, last in runs:
        spans = [offsets[j] for j in range(first, last + 1) if offsets[j][1] > offsets[j][0]]
        if not spans:
            continue
        if label in labels:
            kept.append(GoldSpan(spans[0][0], spans[-1][1], labels[label]))
        else:
            if label not in ignored:
                log.warning("unknown gold label %r treated as ignored", label)
            dropped.append(GoldSpan(spans[0][0], spans[-1][1], label))
    return kept, dropped


def read_hipe(path: Path) -> list[GoldDocument]:
    """HIPE TSV: one document per ``# document_id`` comment; coarse literal labels."""
    docs: list[GoldDocument] = []
    doc_id: str | None = None
    rows: list[tuple[str, str, str]] = []
    cols = {"TOKEN": 0, "NE-COARSE-LIT": 1, "MISC": 9}

    def flush() -> None:
        if doc_id is not None and rows:
            docs.append(_hipe_document(doc_id, rows))

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#") and "\t" not in line:
                match = _DOC_ID.match(line)
                if match:
                    flush()
                    doc_id, rows = match.group(1), []
                continue
            fields = line.split("\t")
            if fields[0] == "TOKEN":
                cols = {name: i for i, name in enumerate(fields)}
                continue
            if doc_id is None:
                doc_id = f"{path.stem}-{len(docs)}"
            get = lambda name: fields[cols[name]] if cols[name] < len(fields) else ""  # noqa: E731
            rows.append((get("TOKEN"), get("NE-COARSE-LIT"), get("MISC")))
    flush()
    return docs


def _hipe_document(doc_id: str, rows: list[tuple[str, str, str]]) -> GoldDocument:
    builder = _Builder()
    offsets = [builder.add(token, "NoSpaceAfter" not in misc.split("|")) for token, _, misc in rows]
    spans, ignored = _spans(offsets, [tag for _, tag, _ in rows], HIPE_LABELS, HIPE_IGNORED)
    return GoldDocument(doc_id, builder.text(), len(rows), spans, ignored)


def read_iob(path: Path, doc_tokens: int = IOB_DOC_TOKENS, max_tokens: int = IOB_MAX_TOKENS) -> list[GoldDocument]:
    """``TOKEN TAG`` lines (IOB1 or IOB2), cut into pseudo-documents of about ``doc_tokens``.

    A cut falls after a sentence-final token once ``doc_tokens`` is reached, or anywhere outside
    an entity once ``max_tokens`` is; a blank line counts as a sentence end, ``-DOCSTART-`` as a
    document break.
    """
    docs: list[GoldDocument] = []
    rows: list[tuple[str, str]] = []
    sentence_end = False

    def flush() -> None:
        if rows:
            docs.append(_iob_document(f"{path.stem}-{len(docs):04d}", rows))

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            fields = line.split()
            if not fields:
                sentence_end = True
                continue
            if fields[0] == "-DOCSTART-":
                flush()
                rows, sentence_end = [], False
                continue
            token, tag = fields[0], fields[-1] if len(fields) > 1 else "O"
            if rows and tag == "O" and (
                (len(rows) >= doc_tokens and (sentence_end or rows[-1][0] in _SENT_END)) or len(rows) >= max_tokens
            ):
                flush()
                rows = []
            rows.append((token, tag))
            sentence_end = False
    flush()
    return docs


def _iob_document(doc_id: str, rows: list[tuple[str, str]]) -> GoldDocument:
    builder = _Builder()
    offsets = []
    for i, (token, _) in enumerate(rows):
        nxt = rows[i + 1][0] if i + 1 < len(rows) else ""
        space = not (token in _NO_SPACE_AFTER or _ELISION.search(token) or nxt in _NO_SPACE_BEFORE)
        offsets.append(builder.add(token, space))
    spans, ignored = _spans(offsets, [tag for _, tag in rows], IOB_LABELS, frozenset())
    return GoldDocument(doc_id, builder.text(), len(rows), spans, ignored)


# --- scoring -----------------------------------------------------------------------------------


def _overlap(a: GoldSpan, b: GoldSpan) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _partial_matches(gold: list[GoldSpan], pred: list[GoldSpan]) -> int:
    """One-to-one matching of same-type overlapping spans, largest overlap first."""
    pairs = sorted(
        ((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if _overlap(g, p) > 0),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
    return len(used_gold)


def _new_counts(types: Iterable[str]) -> dict[str, dict[str, dict[str, int]]]:
    return {m: {t: {"tp": 0, "fp": 0, "fn": 0} for t in types} for m in MATCHES}


def score_documents(
    pairs: Iterable[tuple[GoldDocument, list[GoldSpan]]], types: tuple[str, ...] = TYPES
) -> dict[str, Any]:
    """Score predictions against gold: ``{"strict"|"partial": {type: {tp, fp, fn}}}`` plus
    ``unscored_predictions`` (a type the corpus does not annotate) and ``ignored_predictions``
    (only overlapping gold spans of an unscored label such as HIPE ``time``)."""
    counts = _new_counts(types)
    unscored = ignored_preds = 0
    for gold_doc, pred in pairs:
        for etype in types:
            gold = [g for g in gold_doc.spans if g.type == etype]
            mine = []
            for p in pred:
                if p.type != etype:
                    continue
                if not any(_overlap(p, g) > 0 for g in gold) and any(_overlap(p, z) > 0 for z in gold_doc.ignored):
                    ignored_preds += 1
                    continue
                mine.append(p)
            strict = sum((Counter((g.start, g.end) for g in gold) & Counter((p.start, p.end) for p in mine)).values())
            partial = _partial_matches(gold, mine)
            for match, tp in (("strict", strict), ("partial", partial)):
                cell = counts[match][etype]
                cell["tp"] += tp
                cell["fp"] += len(mine) - tp
                cell["fn"] += len(gold) - tp
        unscored += sum(1 for p in pred if p.type not in types)
    return {**counts, "unscored_predictions": unscored, "ignored_predictions": ignored_preds}


def _prf(cell: dict[str, int]) -> dict[str, float | int]:
    tp, fp, fn = cell["tp"], cell["fp"], cell["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


def _summarise(counts: dict[str, Any], types: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for match in MATCHES:
        table = {t: _prf(counts[match][t]) for t in types}
        for name, group in (("micro", types), ("micro-PER/LOC/ORG", CORE_TYPES)):
            group = tuple(t for t in group if t in types)
            if name != "micro" and group == types:
                continue
            total = {k: sum(counts[match][t][k] for t in group) for k in ("tp", "fp", "fn")}
            table[name] = _prf(total)
        out[match] = table
    out["unscored_predictions"] = counts["unscored_predictions"]
    out["ignored_predictions"] = counts["ignored_predictions"]
    return out


# --- running -----------------------------------------------------------------------------------


def _load_stages() -> list[Any]:
    """The callables of veille's :data:`STAGES`, with the spaCy model loaded (warm-up run)."""
    from veille.pipeline import Pipeline

    pipeline = Pipeline(stages=STAGES, on_error="raise")  # checks the stage contracts
    # Pipeline.run_batch drops the spaCy parse after the last stage, and the raw NER is read
    # from it, so the same registered stage callables are applied here directly.
    stages = [info.factory(pipeline.settings) for info in pipeline.infos]
    _run_stages(stages, [GoldDocument("warm-up", "Le maire de Paris.", 4, [])])
    return stages


def _run_stages(stages: list[Any], batch: list[GoldDocument]) -> list[Any]:
    from veille.model import Document

    out = [Document(id=g.id, text=g.text, lang="fr", source="eval") for g in batch]
    for fn in stages:
        pipe = getattr(fn, "pipe", None)
        out = list(pipe(out)) if pipe is not None and len(out) > 1 else [fn(d) for d in out]
    return out


def _predict(
    stages: list[Any], docs: list[GoldDocument], batch_size: int
) -> Iterator[tuple[GoldDocument, list[GoldSpan], list[GoldSpan]]]:
    """Run veille's :data:`STAGES` and yield (gold, spaCy's raw mentions, veille's mentions)."""
    for i in range(0, len(docs), batch_size):
        batch = docs[i : i + batch_size]
        for gold, doc in zip(batch, _run_stages(stages, batch)):
            if not doc.analyzed:
                raise VeilleError(f"document {gold.id} was not analysed (lang={doc.lang!r})")
            raw = [
                GoldSpan(e.start_char, e.end_char, SPACY_LABELS[e.label_])
                for e in doc.parse.ents
                if e.label_ in SPACY_LABELS
            ]
            # Country adjectives linked to their country are not name mentions.
            ours = [GoldSpan(m.start, m.end, ent.type) for ent in doc.entities for m in ent.mentions
                    if m.label != "DEMONYM"]
            yield gold, raw, ours


def _eval_dir(shared: Path | None) -> Path:
    if shared is None:
        from veille.settings import shared_dir

        shared = shared_dir()
        if shared is None:
            raise EvalDataMissing("../shared is absent (set VEILLE_SHARED)")
    shared = Path(shared)
    return shared / "eval" if (shared / "eval").is_dir() else shared


def load_corpus(corpus: str, shared: Path | None = None) -> tuple[list[GoldDocument], tuple[str, ...], Path]:
    """Gold documents of ``corpus``, the entity types it annotates, and its path."""
    if corpus not in CORPORA:
        raise VeilleError(f"unknown NER corpus {corpus!r}; known: {', '.join(CORPORA)}, all")
    path = _eval_dir(shared) / CORPORA[corpus]
    if not path.is_file():
        raise EvalDataMissing(f"corpus file is absent: {path}", path=str(path))
    if corpus.startswith("hipe"):
        return read_hipe(path), TYPES, path
    return read_iob(path), CORE_TYPES, path


def evaluate_ner(corpus: str, shared: Path | None = None, limit: int | None = None) -> dict[str, Any]:
    """Score spaCy's raw NER and veille's entity mentions on ``corpus`` (or ``"all"``).

    ``limit`` keeps the first N documents of each corpus. ``shared`` is ``../shared`` or its
    ``eval`` folder (found automatically when None).
    """
    if corpus == "all":
        started = time.perf_counter()
        results = [evaluate_ner(name, shared, limit) for name in CORPORA]
        return {"corpora": results, "seconds": round(time.perf_counter() - started, 2)}
    started = time.perf_counter()
    docs, types, path = load_corpus(corpus, shared)
    if limit is not None:
        docs = docs[:limit]
    gold_counts = Counter(s.type for d in docs for s in d.spans)
    ignored_counts = Counter(s.type for d in docs for s in d.ignored)
    stages = _load_stages()
    nlp_started = time.perf_counter()
    raw_pairs: list[tuple[GoldDocument, list[GoldSpan]]] = []
    our_pairs: list[tuple[GoldDocument, list[GoldSpan]]] = []
    for gold, raw, ours in _predict(stages, docs, batch_size=32):
        raw_pairs.append((gold, raw))
        our_pairs.append((gold, ours))
    nlp_seconds = time.perf_counter() - nlp_started
    tokens = sum(d.tokens for d in docs)
    return {
        "corpus": corpus,
        "path": str(path),
        "documents": len(docs),
        "tokens": tokens,
        "limit": limit,
        "types": list(types),
        "gold": {t: gold_counts.get(t, 0) for t in types},
        "ignored_gold": dict(sorted(ignored_counts.items())),
        "systems": {
            "spacy": _summarise(score_documents(raw_pairs, types), types),
            "veille": _summarise(score_documents(our_pairs, types), types),
        },
        "seconds": round(time.perf_counter() - started, 2),
        "nlp_seconds": round(nlp_seconds, 2),
        "tokens_per_second": round(tokens / nlp_seconds) if nlp_seconds else None,
    }


def format_ner_report(result: dict[str, Any]) -> str:
    """A plain-text table of a result of :func:`evaluate_ner` (one corpus or ``all``)."""
    if "corpora" in result:
        parts = [format_ner_report(r) for r in result["corpora"]]
        return "\n\n".join(parts) + f"\n\nall corpora: {result['seconds']:.1f} s"
    lines = [
        f"NER — {result['corpus']}: {result['documents']} documents, {result['tokens']:,} tokens"
        + (f" (limit {result['limit']})" if result["limit"] is not None else "")
        + f", {result['seconds']:.1f} s ({result['tokens_per_second'] or 0:,} tokens/s through the stages, model load excluded)",
        "gold mentions: " + ", ".join(f"{t} {n}" for t, n in result["gold"].items())
        + (
            "; not scored: " + ", ".join(f"{t} {n}" for t, n in result["ignored_gold"].items())
            if result["ignored_gold"]
            else ""
        ),
        "spacy = raw doc.parse.ents; veille = Entity.mentions typed by Entity.type (trimmed, filtered, grouped)",
        "",
        f"{'system':<7} {'match':<8} {'type':<18} {'P':>6} {'R':>6} {'F1':>6} {'TP':>6} {'FP':>6} {'FN':>6}",
    ]
    for system in SYSTEMS:
        scores = result["systems"][system]
        for match in MATCHES:
            for row, cell in scores[match].items():
                lines.append(
                    f"{system:<7} {match:<8} {row:<18} {cell['p']:>6.3f} {cell['r']:>6.3f} {cell['f1']:>6.3f} "
                    f"{cell['tp']:>6} {cell['fp']:>6} {cell['fn']:>6}"
                )
        lines.append(
            f"{system:<7} predictions not scored: {scores['unscored_predictions']} of an unannotated type, "
            f"{scores['ignored_predictions']} only on unscored gold spans"
        )
    return "\n".join(lines)
