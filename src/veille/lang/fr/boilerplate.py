"""Lines that scraped French news carries but that are not the article.

Each rule is a regex matched against a whole stripped line, with the reason recorded in
``Document.boilerplate``. Rules describe general page furniture (calls to action, related-article
teasers, share buttons, credits), not strings of any one article.
"""

import re

_I = re.IGNORECASE

# (pattern, reason). Anchored at line start: these prompts open the line they sit on.
_RULES = [
    (r"(cliquez|cliquer|appuyez|touchez)\s+(ici|sur ce lien)\b.*", "call-to-action"),
    (r"(t[ée]l[ée]chargez|obtenez|installez)\s+(notre|l['’])\s*app(lication|li)?\b.*", "call-to-action"),
    (r"(abonnez[- ]vous|inscrivez[- ]vous|s['’]abonner|je m['’]abonne|d[ée]j[àa] abonn[ée])\b.*", "subscription-prompt"),
    (r"(recevez|recevoir)\s+(notre|nos|la)\s+(newsletter|lettre).*", "subscription-prompt"),
    (r"newsletter\b.{0,80}", "subscription-prompt"),
    (r"(suivez[- ]nous|rejoignez[- ]nous|retrouvez[- ]nous)\s+sur\b.*", "social-prompt"),
    (r"(partager|partagez)\s+(sur|cet article|l['’]article|via)\b.*", "social-prompt"),
    (r"(facebook|twitter|x|linkedin|whatsapp|e-?mail|imprimer)(\s*[|•·/,]\s*(facebook|twitter|x|linkedin|whatsapp|e-?mail|imprimer))+\s*", "share-buttons"),
    (r"(à\s+lire\s+aussi|a\s+lire\s+aussi|lire\s+aussi|lire\s+la\s+suite|voir\s+aussi|sur\s+le\s+même\s+sujet|à\s+voir\s+aussi|notre\s+dossier)\b.*", "related-link"),
    (r"(publicit[ée]|advertisement|contenu\s+sponsoris[ée])\s*", "advertising"),
    (r"(©|\(c\)|copyright\b|tous\s+droits\s+r[ée]serv[ée]s).*", "credit"),
    (r"(cr[ée]dits?\s+photos?|photos?\s*:|📷).{0,120}", "credit"),
    (r"(pour\s+(lire|acc[ée]der\s+[àa]|d[ée]bloquer)\s+(la\s+suite|l['’]int[ée]gralit[ée]|cet\s+article|en\s+illimit[ée])|"
     r"cet\s+article\s+est\s+r[ée]serv[ée]\s+aux\s+abonn[ée]s|il\s+vous\s+reste\s+\d+\s*%\s+de\s+cet\s+article).{0,160}", "paywall"),
    (r"(cet article|cette d[ée]p[êe]che)\s+(a\s+[ée]t[ée]\s+)?(traduit|publi[ée]).{0,160}", "editorial-note"),
    (r"(vous\s+avez\s+aim[ée]\s+cet\s+article|votre\s+avis\s+nous\s+int[ée]resse|r[ée]agissez).*", "call-to-action"),
    (r"(publi[ée]|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour)\s+le\s+.{0,100}", "byline"),
    (r"par\s+(\w[\w’'.-]*\s+){0,3}\w[\w’'.-]*(\s*(,|avec|et)\s+(\w[\w’'.-]*\s*){1,4})?", "byline"),
    (r"(accepter|refuser)\s+(les\s+)?cookies.*|.*\bcookies\b.{0,60}(accepter|param[ée]trer).*", "cookie-banner"),
]

BOILERPLATE_RULES = tuple((re.compile(p + r"$", _I), reason) for p, reason in _RULES)
