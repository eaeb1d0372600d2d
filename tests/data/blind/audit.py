"""Audit helper: lists candidate time words, quote marks and capitalised tokens not covered by annotations."""
import json, re
TIME_RE = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janv\.?|janvier|févr\.?|février|mars|avril|mai|juin|juillet|août|sept\.?|septembre|oct\.?|octobre|nov\.?|novembre|déc\.?|décembre|\d{4}|ans?|mois|semaines?|jours?|heures?|hier|aujourd'hui|demain|lendemain|veille|matin|soir|nuit|printemps|été|automne|hiver|prochain\w*|dernier\w*|actuellement|maintenant|année|depuis)\b", re.I)
for line in open("articles.jsonl", encoding="utf-8"):
    r = json.loads(line)
    t = r["text"]
    bp = [(t.find(b), t.find(b)+len(b)) for b in r["boilerplate"]]
    cov = [0]*len(t)
    def mark(s, arr):
        i = t.find(s)
        while i >= 0:
            for k in range(i, i+len(s)): arr[k] = 1
            i = t.find(s, i+1)
    for x in r["times"]: mark(x["text"], cov)
    for a, b in bp:
        for k in range(a, b): cov[k] = 1
    miss = [m.group(0) + "@" + t[max(0,m.start()-25):m.end()+15].replace("\n"," ") for m in TIME_RE.finditer(t) if not cov[m.start()]]
    qc = [0]*len(t)
    for q in r["quotes"]: mark(q["text"], qc)
    for q in r["not_quotes"]: mark(q, qc)
    for a, b in bp:
        for k in range(a, b): qc[k] = 1
    marks = [t[max(0,m.start()-20):m.end()+20].replace("\n"," ") for m in re.finditer(r"[«»“”\"„]", t) if not qc[min(len(t)-1,m.start()+2)] and not qc[max(0,m.start()-2)]]
    ec = [0]*len(t)
    for e in r["entities"]:
        for m in e["mentions"] + e["demonyms"]: mark(m, ec)
    for a, b in bp:
        for k in range(a, b): ec[k] = 1
    caps = sorted({m.group(0) for m in re.finditer(r"\b[A-ZÉÈÀÂÎÔÛÇ][\w'’\-]+", t) if not ec[m.start()]})
    print("==", r["id"])
    print("  TIME?", miss)
    print("  MARKS?", marks)
    print("  CAPS?", caps)
