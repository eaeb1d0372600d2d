"""Lines that scraped French news carries but that are not the article.

Each rule is a regex matched against a whole stripped line, with the reason recorded in
``Document.boilerplate``. Rules describe general page furniture (calls to action, related-article
teasers, share buttons, credits), not strings of any one article.
"""

import re

_I = re.IGNORECASE

_WIDGET = r"(r[ée]agir|partager|commenter|imprimer|envoyer|enregistrer|favoris|copier\s+le\s+lien|s['’]abonner)"
_NETWORK = r"(facebook|twitter|x|linkedin|whatsapp|telegram|bluesky|messenger|threads|pinterest|e-?mail|imprimer|copier\s+le\s+lien)"
# A capitalised name word, case-sensitive inside the case-insensitive rules.
_NAME = r"(?-i:[A-ZÀ-ÖØ-Ý][\w’'.-]+)"

# (pattern, reason). Anchored at line start: these prompts open the line they sit on.
_RULES = [
    (r"(cliquez|cliquer|appuyez|touchez)\s+(ici|sur ce lien)\b.*", "call-to-action"),
    (r"(t[ée]l[ée]chargez|obtenez|installez)\s+(notre|l['’])\s*app(lication|li)?\b.*", "call-to-action"),
    (r"(abonnez[- ]vous|inscrivez[- ]vous|s['’]abonner|je m['’]abonne|d[ée]j[àa] abonn[ée])\b.*", "subscription-prompt"),
    (r"(recevez|recevoir)\s+(chaque\s+\w+\s+)?(notre|nos|la)\s+(newsletter|lettre).*", "subscription-prompt"),
    (r"(activez|activer)\s+(les\s+)?(notifications|alertes)\b.{0,120}", "call-to-action"),
    # A live blog's entry time alone on its line (``15h05``, ``14:32``): page furniture, not a fact.
    (r"\d{1,2}\s*[h:]\s*\d{2}", "live-timestamp"),
    (r"(?-i:DIRECT|EN DIRECT|LIVE)\s*[|–—-]\s*(publi[ée]|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour)\b.{0,100}", "byline"),
    (r"retrouvez\s+(tous|toutes)\s+nos\s+.{0,120}", "related-link"),
    (r"newsletter\b.{0,80}", "subscription-prompt"),
    # A short line that asks the reader to follow the outlet, wherever the prompt sits in it
    # (``Vous aimez nos articles ? Suivez-nous sur …``).
    (r".{0,80}?\b(suivez[- ]nous|rejoignez[- ]nous|retrouvez[- ]nous)\s+sur\b.{0,120}", "social-prompt"),
    (r".{0,100}?\b(sur|dans|via)\s+notre\s+(application|appli|app)\b.{0,80}", "call-to-action"),
    (r"(partager|partagez)(\s*:|\s+(sur|cet article|l['’]article|via)\b).{0,160}", "social-prompt"),
    (rf"{_NETWORK}(\s*[|•·/,]\s*{_NETWORK})+\s*", "share-buttons"),
    (r"(à\s+lire\s+aussi|a\s+lire\s+aussi|lire\s+aussi|([àa]\s+)?lire\s+[ée]galement|lire\s+la\s+suite|voir\s+aussi|"
     r"voir\s+[ée]galement|sur\s+le\s+m[êe]me\s+(sujet|th[èe]me)|dans\s+la\s+m[êe]me\s+rubrique|à\s+voir\s+aussi|"
     r"notre\s+dossier|nos\s+articles|articles?\s+(li[ée]s|associ[ée]s|sugg[ée]r[ée]s)|les\s+plus\s+lus|"
     r"[àa]\s+d[ée]couvrir|en\s+savoir\s+plus)\b.*", "related-link"),
    # A media teaser: an upper-case label, a dash or colon, a short line with no sentence end
    # (``VIDÉO – Revivez la cérémonie``, ``EN IMAGES : …``).
    (r"(?-i:VID[ÉE]O|PHOTOS?|EN IMAGES|DIAPORAMA|INFOGRAPHIE|PODCAST|AUDIO|REPLAY|DIRECT|Vid[ée]o|Photos|En images|"
     r"Diaporama|Infographie|Podcast|Replay)\s*[–—:|-]\s*[^.!?]{0,150}[^.!?…\s]", "media-teaser"),
    (r"(publicit[ée]|advertisement|contenu\s+sponsoris[ée])\s*", "advertising"),
    (r"(©|\(c\)|copyright\b|tous\s+droits\s+r[ée]serv[ée]s).*", "credit"),
    (r"(cr[ée]dits?\s+photos?|photos?\s*:|📷).{0,120}", "credit"),
    (r"(pour\s+(lire|acc[ée]der\s+[àa]|d[ée]bloquer)\s+(la\s+suite|l['’]int[ée]gralit[ée]|cet\s+article|en\s+illimit[ée])|"
     r"(cet\s+)?(article|contenu)\s+(est\s+)?r[ée]serv[ée]\s+(aux|[àa]\s+nos)\s+abonn[ée]s|il\s+vous\s+reste\s+\d+\s*%\s+de\s+cet\s+article).{0,160}", "paywall"),
    (r"(cet article|cette d[ée]p[êe]che|cet entretien|cette interview)\s+(a\s+[ée]t[ée]\s+|est\s+)?(traduit|publi[ée]|paru|extrait|vous\s+est\s+offert|r[ée]alis[ée]e?|men[ée]e?|recueilli).{0,200}", "editorial-note"),
    (r"(vous\s+avez\s+aim[ée]\s+cet\s+article|votre\s+avis\s+nous\s+int[ée]resse|r[ée]agissez).*", "call-to-action"),
    (r"(publi[ée]|mis\s+[àa]\s+jour|mise\s+[àa]\s+jour)\s+le\s+.{0,100}", "byline"),
    (r"par\s+(\w[\w’'.-]*\s+){0,3}\w[\w’'.-]*(\s*(,|avec|et)\s+(\w[\w’'.-]*\s*){1,4})?", "byline"),
    # ``Par Anne Vasseur, envoyée spéciale à …`` / ``Par A. B | Publié le …``: a capitalised name
    # after ``Par`` (``Par ailleurs, …`` is not one), then a short tail with no sentence end.
    (rf"par\s+{_NAME}(\s+({_NAME}|de|du|d['’]|von|van|le|la|ben|el)){{0,4}}(\s*[,|–—-]\s*[^.!?]{{0,120}}[^.!?\s])?", "byline"),
    # Wire credits in parentheses: ``(Version française X, édité par Y)``, ``(Avec AFP)``.
    (r"\((version\s+fran[çc]aise|[ée]dit[ée]\s+par|[ée]dition|r[ée]dig[ée]\s+par|r[ée]daction|reportage|avec|"
     r"traduction|traduit\s+par|adaptation)\b[^()]{0,160}\)", "credit"),
    (r"(accepter|refuser)\s+(les\s+)?cookies.*|.*\bcookies\b.{0,60}(accepter|param[ée]trer).*", "cookie-banner"),
    # Reading furniture: reading time, listen/print/comment buttons, tags, sources, legends.
    (r"(temps\s+de\s+)?lecture\s*:?\s*\d+\s*(min|minutes?)\b.{0,40}|\d+\s*min(utes)?\s+de\s+lecture.{0,40}", "reading-time"),
    # A line of page widgets (``Réagir (12) · Partager``, ``Imprimer | Envoyer``).
    (rf"{_WIDGET}(\s*\(\d+\))?(\s*[|•·/,]\s*{_WIDGET}(\s*\(\d+\))?)+\s*|r[ée]agir\s*\(\d+\)", "share-buttons"),
    # Navigation: a breadcrumb (``Accueil › Sciences › Médecine``).
    (r"(?!.*«)[^.!?›»>]{1,40}(\s*[›»>]\s*[^.!?›»>]{1,40}){2,}", "navigation"),
    # A ticker: several ``|``-separated fields holding figures (``CAC 40 7 804,65 (+0,41 %) | …``).
    (r"(?=(?:[^|]*\|){2})(?=(?:\D*\d){4})[^.!?]{0,200}[^.!?\s]", "ticker"),
    # A newsletter box, wherever its prompt sits in the line.
    (r".{0,120}?\b(s['’]inscrire|inscrivez[- ]vous|dans\s+votre\s+bo[îi]te(\s+(mail|e-mail|aux\s+lettres|de\s+r[ée]ception))?)\b.{0,80}", "subscription-prompt"),
    # A rubric label alone on its line, or opening a short teaser (``PORTRAIT``, ``EN DIRECT | …``).
    (r"(?-i:PORTRAIT|ANALYSE|ENTRETIEN|REPORTAGE|D[ÉE]CRYPTAGE|TRIBUNE|[ÉE]DITO|[ÉE]DITORIAL|EXCLUSIF|ENQU[ÊE]TE|"
     r"CHRONIQUE|INTERVIEW|LIVE|EN\s+DIRECT|DIRECT|ALERTE|INFO|BR[ÈE]VES?|FOCUS|L['’]ESSENTIEL)"
     r"(\s*[–—:|-]\s*[^.!?]{0,150}[^.!?…\s])?", "section-label"),
    # A rubric header: capitalised words, a dash, a short tail with no sentence end
    # (``INDE EXPRESS – Les brèves de la rédaction``); a dateline's paragraph ends a sentence.
    (r"(?-i:[A-ZÀ-Þ][A-ZÀ-Þ'’ ]{2,30})\s+[–—|]\s+[^.!?]{0,100}[^.!?…»\s]", "section-label"),
    # A photo caption ending on its credit (``…, à São Paulo. © Nelson Almeida / AFP``).
    (r".{0,240}(©|\(\s*photo\b|cr[ée]dit\s+photo|photo\s*:)\s*[^.!?]{0,80}", "credit"),
    # An author's bio (``Claire Delmas, journaliste au service Santé, suit l'OMS depuis Genève.``).
    (rf"{_NAME}(\s+{_NAME}){{0,3}},\s+(journaliste|reporter|correspondante?|r[ée]dact(eur|rice)|envoy[ée]e?\s+sp[ée]ciale?)\b[^.!?]{{0,80}},"
     r"\s+(suit|couvre|travaille|s['’]int[ée]resse|est\s+sp[ée]cialiste|a\s+rejoint)\b[^!?]{0,120}", "author-bio"),
    (r"([ée]couter|imprimer|commenter|signaler|offrir)\s+(cet\s+article|l['’]article|ce\s+contenu)\b.{0,60}", "share-buttons"),
    (r"(voir|lire|afficher)\s+(les\s+)?(\d+\s+)?(commentaires?|r[ée]actions?)\b.{0,40}|\d+\s+commentaires?", "comments"),
    (r"(mots[- ]cl[ée]s|tags?|sujets?|th[èe]mes?|rubriques?|cat[ée]gories?)\s*:.{0,200}", "tags"),
    (r"(sources?|l[ée]gende|illustration|image|vid[ée]o|cr[ée]dit)\s*:\s*.{0,120}", "credit"),
    (r"(la\s+r[ée]daction|r[ée]daction)(\s+(avec|et)\s+[\w .&-]{1,40})?|(avec|par)\s+(l['’])?(AFP|Reuters|AP|Belga|ATS|Ansa|DPA)(\s*(et|,)\s*[\w .-]{1,30})?", "byline"),
    (rf"(propos\s+recueillis|article\s+r[ée]dig[ée]|un\s+article|texte)\s+(par|de)\s+{_NAME}[^.!?]{{0,80}}", "byline"),
    (r"(contenus?\s+sponsoris[ée]s?|sponsoris[ée]|nos\s+partenaires|vous\s+pourriez\s+(aussi\s+)?aimer|"
     r"les\s+plus\s+(lus|partag[ée]s|comment[ée]s)|derni[èe]res\s+actualit[ée]s|[àa]\s+la\s+une|fil\s+info)\b.{0,160}", "related-link"),
]

BOILERPLATE_RULES = tuple((re.compile(p + r"$", _I), reason) for p, reason in _RULES)
