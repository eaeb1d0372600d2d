"""French titles, honorifics and name-context words, as data for the entities and roles stages.

Each title head is a regular-expression fragment (matched case-insensitively, longest first) and
the normalised title it stands for. A role's title is the normalised head plus its portfolio
(``ministre`` + ``des Affaires étrangères``); the country adjective (``russe``) is not part of the
title, it becomes the role's ``of``.
"""

from __future__ import annotations

from veille.lang.fr.role_syntax import ROLE_SYNTAX

_COUNCIL_END = r"(?=\s+(?:des\s+ministres|italien)(?![\w-])|\s*[,.;:)»]|(?-i:\s+[A-ZÀ-Þ])|$)"

#: (pattern, normalised title). Feminine forms map to themselves; synonyms to one title.
TITLE_HEADS: tuple[tuple[str, str], ...] = (
    (r"vice-premier\s+ministre", "vice-Premier ministre"),
    (r"vice-première\s+ministre", "vice-Première ministre"),
    (r"premier\s+ministre", "Premier ministre"),
    # Italy's head of government (``la présidente du Conseil italien Giorgia Meloni``), not the
    # head of any other council (``du Conseil européen``, ``du Conseil d'État``): only before
    # ``italien``, ``des ministres``, a name, punctuation or the end.
    (r"président\s+du\s+Conseil" + _COUNCIL_END, "président du Conseil"),
    (r"présidente\s+du\s+Conseil" + _COUNCIL_END, "présidente du Conseil"),
    # A state's or province's head of government (Malaysia, India, Pakistan, Australia's territories).
    (r"ministre\s+en\s+chef", "ministre en chef"),
    (r"première\s+ministre", "Première ministre"),
    # Kept as written, like every title (annotators write the title the text gives); a reader
    # or a query treats it as the foreign minister's.
    (r"chef\s+de\s+la\s+diplomatie", "chef de la diplomatie"),
    (r"cheffe\s+de\s+la\s+diplomatie", "cheffe de la diplomatie"),
    (r"chef\s+de\s+l['’]\s?[ée]tat", "chef de l'État"),
    (r"cheffe\s+de\s+l['’]\s?[ée]tat", "cheffe de l'État"),
    (r"chef\s+du\s+gouvernement", "chef du gouvernement"),
    (r"cheffe\s+du\s+gouvernement", "cheffe du gouvernement"),
    (r"chef\s+d['’]\s?[ée]tat-major", "chef d'état-major"),
    (r"chef\s+de\s+l['’]\s?opposition", "chef de l'opposition"),
    (r"cheffe\s+de\s+l['’]\s?opposition", "cheffe de l'opposition"),
    (r"chef\s+de\s+file", "chef de file"),
    (r"cheffe\s+de\s+file", "cheffe de file"),
    # As written: ``PDG`` and its long form are two wordings, and a title keeps the text's.
    (r"président-directeur\s+général", "président-directeur général"),
    (r"présidente-directrice\s+générale", "présidente-directrice générale"),
    (r"p\.?-?d\.?g\.?", "PDG"),
    (r"vice-président", "vice-président"),
    (r"vice-présidente", "vice-présidente"),
    (r"président", "président"),
    (r"présidente", "présidente"),
    (r"vice-ministre", "vice-ministre"),
    (r"ministre", "ministre"),
    (r"secrétaire\s+d['’]\s?[ée]tat", "secrétaire d'État"),
    (r"secrétaire\s+général\s+adjoint", "secrétaire général adjoint"),
    (r"secrétaire\s+générale\s+adjointe", "secrétaire générale adjointe"),
    (r"secrétaire\s+général", "secrétaire général"),
    (r"secrétaire\s+générale", "secrétaire générale"),
    (r"premier\s+secrétaire", "premier secrétaire"),
    (r"secrétaire", "secrétaire"),
    (r"porte-parole", "porte-parole"),
    (r"directeur\s+général", "directeur général"),
    (r"directrice\s+générale", "directrice générale"),
    (r"directeur", "directeur"),
    (r"directrice", "directrice"),
    (r"ambassadeur", "ambassadeur"),
    (r"ambassadrice", "ambassadrice"),
    (r"haut\s+représentant", "haut représentant"),
    (r"haute\s+représentante", "haute représentante"),
    (r"commissaire\s+européen", "commissaire européen"),
    (r"commissaire\s+européenne", "commissaire européenne"),
    (r"eurodéputé", "eurodéputé"),
    (r"eurodéputée", "eurodéputée"),
    (r"commissaire", "commissaire"),
    (r"chancelier", "chancelier"),
    (r"chancelière", "chancelière"),
    (r"gouverneur", "gouverneur"),
    (r"gouverneure", "gouverneure"),
    (r"maire", "maire"),
    (r"mairesse", "mairesse"),
    (r"akim", "akim"),
    (r"hokim", "hokim"),  # Uzbekistan's governor of a region or mayor of a town
    (r"wali", "wali"),
    (r"juge\s+d['’]instruction", "juge d'instruction"),
    (r"juge", "juge"),
    # The head of state (``le président de la République Emmanuel Macron``); not the start of a
    # country's name (``président de la République démocratique du Congo``).
    (r"président\s+de\s+la\s+République(?![\w-]|\s+(?:démocratique|islamique|populaire|tchèque|dominicaine|arabe|fédérale|centrafricaine|slovaque|turque|du\s|de\s|d['’]))", "président de la République"),
    (r"présidente\s+de\s+la\s+République(?![\w-]|\s+(?:démocratique|islamique|populaire|tchèque|dominicaine|arabe|fédérale|centrafricaine|slovaque|turque|du\s|de\s|d['’]))", "présidente de la République"),
    (r"procureur\s+de\s+la\s+République", "procureur de la République"),
    (r"procureure\s+de\s+la\s+République", "procureure de la République"),
    # A country's chief prosecutor (Peru's ``Fiscal de la Nación``): national, like a minister.
    (r"procureur\s+de\s+la\s+Nation", "procureur de la Nation"),
    (r"procureure\s+de\s+la\s+Nation", "procureure de la Nation"),
    (r"procureur\s+général", "procureur général"),
    (r"procureure\s+générale", "procureure générale"),
    (r"procureur", "procureur"),
    (r"procureure", "procureure"),
    (r"député\s+européen", "député européen"),
    (r"députée\s+européenne", "députée européenne"),
    (r"député", "député"),
    (r"députée", "députée"),
    (r"eurodéputé", "eurodéputé"),
    (r"eurodéputée", "eurodéputée"),
    (r"assistant\s+parlementaire", "assistant parlementaire"),
    (r"assistante\s+parlementaire", "assistante parlementaire"),
    (r"sénateur", "sénateur"),
    (r"sénatrice", "sénatrice"),
    # A head of government's own adviser: the country's post (``le conseiller à la sécurité nationale X``).
    (r"conseiller\s+à\s+la\s+sécurité\s+nationale", "conseiller à la sécurité nationale"),
    (r"conseillère\s+à\s+la\s+sécurité\s+nationale", "conseillère à la sécurité nationale"),
    (r"conseiller", "conseiller"),
    (r"conseillère", "conseillère"),
    (r"dirigeant", "dirigeant"),
    (r"dirigeante", "dirigeante"),
    (r"leader", "leader"),
    (r"chef", "chef"),
    (r"cheffe", "cheffe"),
    (r"patron", "patron"),
    (r"patronne", "patronne"),
    (r"fondateur", "fondateur"),
    (r"fondatrice", "fondatrice"),
    (r"général", "général"),
    (r"colonel", "colonel"),
    (r"lieutenant-colonel", "lieutenant-colonel"),
    (r"commandant\s+en\s+chef", "commandant en chef"),
    (r"commandant", "commandant"),
    # A cycling team's road captain (``le capitaine de route X``): a team post, not a rank.
    (r"capitaine\s+de\s+route", "capitaine de route"),
    (r"capitaine", "capitaine"),
    (r"amiral", "amiral"),
    (r"maréchal", "maréchal"),
    (r"roi", "roi"),
    (r"reine", "reine"),
    (r"prince\s+héritier", "prince héritier"),
    (r"princesse\s+héritière", "princesse héritière"),
    (r"prince", "prince"),
    (r"princesse", "princesse"),
    (r"émir", "émir"),
    # A ruler of a state (``le sultan de Johor``); before a lone name it is also a style (RANKS).
    (r"sultan", "sultan"),
    (r"pape", "pape"),
    (r"patriarche", "patriarche"),
    (r"opposant", "opposant"),
    (r"opposante", "opposante"),
    (r"candidat", "candidat"),
    (r"candidate", "candidate"),
    (r"militant", "militant"),
    (r"militante", "militante"),
    (r"journaliste", "journaliste"),
    (r"correspondant", "correspondant"),
    (r"correspondante", "correspondante"),
    (r"rédacteur\s+en\s+chef", "rédacteur en chef"),
    (r"rédactrice\s+en\s+chef", "rédactrice en chef"),
    (r"envoyé\s+spécial", "envoyé spécial"),
    (r"envoyée\s+spéciale", "envoyée spéciale"),
    (r"avocat", "avocat"),
    (r"avocate", "avocate"),
    (r"homologue", "homologue"),
    # Representatives, deputies and local office.
    (r"représentant\s+spécial", "représentant spécial"),
    (r"représentante\s+spéciale", "représentante spéciale"),
    (r"représentant", "représentant"),
    (r"représentante", "représentante"),
    (r"adjoint", "adjoint"),
    (r"adjointe", "adjointe"),
    (r"préfet", "préfet"),
    (r"préfète", "préfète"),
    (r"conseiller\s+municipal", "conseiller municipal"),
    (r"conseillère\s+municipale", "conseillère municipale"),
    (r"responsable", "responsable"),
    (r"présentateur", "présentateur"),
    (r"présentatrice", "présentatrice"),
    # Occupations the press writes before a name or in apposition (``le blogueur X``,
    # ``X, analyste chez Y``); the body they work for becomes ``of`` like any complement.
    (r"blogueur", "blogueur"),
    (r"blogueuse", "blogueuse"),
    (r"analyste", "analyste"),
    (r"chercheur", "chercheur"),
    (r"chercheuse", "chercheuse"),
    (r"économiste", "économiste"),
    (r"politologue", "politologue"),
    (r"essayiste", "essayiste"),
    (r"éditorialiste", "éditorialiste"),
    (r"chroniqueur", "chroniqueur"),
    (r"chroniqueuse", "chroniqueuse"),
    (r"écrivain", "écrivain"),
    (r"écrivaine", "écrivaine"),
    (r"romancier", "romancier"),
    (r"romancière", "romancière"),
    (r"historien", "historien"),
    (r"historienne", "historienne"),
    (r"sociologue", "sociologue"),
    (r"milliardaire", "milliardaire"),
    (r"homme\s+d['’]\s?affaires", "homme d'affaires"),
    (r"femme\s+d['’]\s?affaires", "femme d'affaires"),
    (r"entrepreneur", "entrepreneur"),
    (r"entrepreneuse", "entrepreneuse"),
    (r"syndicaliste", "syndicaliste"),
    (r"activiste", "activiste"),
    (r"dissident", "dissident"),
    (r"dissidente", "dissidente"),
    (r"médecin", "médecin"),
    (r"épidémiologiste", "épidémiologiste"),
    (r"professeur", "professeur"),
    (r"professeure", "professeure"),
    (r"législateur", "législateur"),
    (r"législatrice", "législatrice"),
    (r"enseignant", "enseignant"),
    (r"enseignante", "enseignante"),
    (r"sélectionneur", "sélectionneur"),
    (r"sélectionneuse", "sélectionneuse"),
    (r"entraîneur", "entraîneur"),
    (r"entraîneuse", "entraîneuse"),
    (r"attaquant", "attaquant"),
    (r"attaquante", "attaquante"),
    (r"défenseur", "défenseur"),
    (r"milieu\s+de\s+terrain", "milieu de terrain"),
    (r"gardien\s+de\s+but", "gardien de but"),
    (r"ailier", "ailier"),
    (r"ailière", "ailière"),
    (r"meneur\s+de\s+jeu", "meneur de jeu"),
    (r"meneuse\s+de\s+jeu", "meneuse de jeu"),
    # Rugby positions (``Son ouvreur X``, ``le demi de mêlée du Stade toulousain Y``).
    (r"ouvreur", "ouvreur"),
    (r"demi\s+de\s+mêlée", "demi de mêlée"),
    (r"demi\s+d['’]ouverture", "demi d'ouverture"),
    (r"talonneur", "talonneur"),
    (r"footballeur", "footballeur"),
    (r"footballeuse", "footballeuse"),
    (r"joueur", "joueur"),
    (r"joueuse", "joueuse"),
    (r"coureur", "coureur"),
    (r"coureuse", "coureuse"),
    (r"cycliste", "cycliste"),
    (r"sprinteur", "sprinteur"),
    (r"sprinteuse", "sprinteuse"),
    (r"athlète", "athlète"),
    (r"champion", "champion"),
    (r"championne", "championne"),
    # More occupations and offices (coordinators, local office in Belgium, clergy, sport).
    (r"physicien", "physicien"),
    (r"physicienne", "physicienne"),
    (r"astrophysicien", "astrophysicien"),
    (r"astrophysicienne", "astrophysicienne"),
    (r"chimiste", "chimiste"),
    (r"biologiste", "biologiste"),
    (r"mathématicien", "mathématicien"),
    (r"mathématicienne", "mathématicienne"),
    (r"astronome", "astronome"),
    (r"astronaute", "astronaute"),
    (r"radiothérapeute", "radiothérapeute"),
    (r"oncologue", "oncologue"),
    (r"cancérologue", "cancérologue"),
    (r"cardiologue", "cardiologue"),
    (r"neurologue", "neurologue"),
    (r"policier", "policier"),
    (r"policière", "policière"),
    (r"gendarme", "gendarme"),
    (r"soldat", "soldat"),
    (r"militaire", "militaire"),
    (r"colistier", "colistier"),
    (r"colistière", "colistière"),
    (r"coordinateur", "coordinateur"),
    (r"coordinatrice", "coordinatrice"),
    (r"médiateur", "médiateur"),
    (r"médiatrice", "médiatrice"),
    (r"négociateur", "négociateur"),
    (r"négociatrice", "négociatrice"),
    (r"délégué", "délégué"),
    (r"déléguée", "déléguée"),
    (r"haut-commissaire", "haut-commissaire"),
    (r"haut\s+commissaire", "haut-commissaire"),
    (r"inspecteur\s+général", "inspecteur général"),
    (r"inspectrice\s+générale", "inspectrice générale"),
    (r"magistrat", "magistrat"),
    (r"magistrate", "magistrate"),
    (r"bâtonnier", "bâtonnier"),
    (r"bâtonnière", "bâtonnière"),
    (r"recteur", "recteur"),
    (r"rectrice", "rectrice"),
    (r"doyen", "doyen"),
    (r"doyenne", "doyenne"),
    (r"consul", "consul"),
    (r"consule", "consule"),
    (r"chargé\s+d['’]\s?affaires", "chargé d'affaires"),
    (r"chargée\s+d['’]\s?affaires", "chargée d'affaires"),
    (r"échevin", "échevin"),
    (r"échevine", "échevine"),
    (r"bourgmestre", "bourgmestre"),
    (r"trésorier", "trésorier"),
    (r"trésorière", "trésorière"),
    (r"administrateur", "administrateur"),
    (r"administratrice", "administratrice"),
    (r"gérant", "gérant"),
    (r"gérante", "gérante"),
    (r"coprésident", "coprésident"),
    (r"coprésidente", "coprésidente"),
    (r"cofondateur", "cofondateur"),
    (r"cofondatrice", "cofondatrice"),
    (r"président-fondateur", "président-fondateur"),
    (r"expert", "expert"),
    (r"experte", "experte"),
    (r"consultant", "consultant"),
    (r"consultante", "consultante"),
    (r"spécialiste", "spécialiste"),
    (r"virologue", "virologue"),
    (r"infectiologue", "infectiologue"),
    (r"pédiatre", "pédiatre"),
    (r"chirurgien", "chirurgien"),
    (r"chirurgienne", "chirurgienne"),
    (r"psychiatre", "psychiatre"),
    (r"climatologue", "climatologue"),
    (r"géologue", "géologue"),
    (r"météorologue", "météorologue"),
    (r"sismologue", "sismologue"),
    (r"volcanologue", "volcanologue"),
    (r"hydrologue", "hydrologue"),
    (r"géographe", "géographe"),
    (r"philosophe", "philosophe"),
    (r"anthropologue", "anthropologue"),
    (r"démographe", "démographe"),
    (r"juriste", "juriste"),
    (r"constitutionnaliste", "constitutionnaliste"),
    (r"commerçant", "commerçant"),
    (r"commerçante", "commerçante"),
    (r"agriculteur", "agriculteur"),
    (r"agricultrice", "agricultrice"),
    (r"éleveur", "éleveur"),
    (r"éleveuse", "éleveuse"),
    (r"viticulteur", "viticulteur"),
    (r"viticultrice", "viticultrice"),
    (r"pêcheur", "pêcheur"),
    (r"ingénieur", "ingénieur"),
    (r"ingénieure", "ingénieure"),
    (r"architecte", "architecte"),
    (r"acteur", "acteur"),
    (r"actrice", "actrice"),
    (r"chanteur", "chanteur"),
    (r"chanteuse", "chanteuse"),
    (r"réalisateur", "réalisateur"),
    (r"réalisatrice", "réalisatrice"),
    (r"producteur", "producteur"),
    (r"productrice", "productrice"),
    (r"animateur", "animateur"),
    (r"animatrice", "animatrice"),
    (r"photographe", "photographe"),
    (r"artiste", "artiste"),
    (r"marathonien", "marathonien"),
    (r"marathonienne", "marathonienne"),
    (r"perchiste", "perchiste"),
    (r"nageur", "nageur"),
    (r"nageuse", "nageuse"),
    (r"boxeur", "boxeur"),
    (r"boxeuse", "boxeuse"),
    (r"judoka", "judoka"),
    (r"rugbyman", "rugbyman"),
    (r"handballeur", "handballeur"),
    (r"handballeuse", "handballeuse"),
    (r"basketteur", "basketteur"),
    (r"basketteuse", "basketteuse"),
    (r"skieur", "skieur"),
    (r"skieuse", "skieuse"),
    (r"biathlète", "biathlète"),
    (r"tennisman", "tennisman"),
    (r"tenniswoman", "tenniswoman"),
    (r"pilote", "pilote"),
    (r"skipper", "skipper"),
    (r"navigatrice", "navigatrice"),
    (r"manager", "manager"),
    # A player's or an artist's agent (``L'agent du joueur, X``).
    (r"agent", "agent"),
    (r"agente", "agente"),
    (r"coach", "coach"),
    (r"arbitre", "arbitre"),
    (r"capitaine\s+de\s+corvette", "capitaine de corvette"),
    (r"évêque", "évêque"),
    (r"archevêque", "archevêque"),
    (r"cardinal", "cardinal"),
    (r"imam", "imam"),
    (r"rabbin", "rabbin"),
    (r"pasteur", "pasteur"),
    (r"pasteure", "pasteure"),
    # More occupations and posts the press writes before a name or in apposition.
    (r"envoyé\s+spécial", "envoyé spécial"), (r"envoyée\s+spéciale", "envoyée spéciale"),
    (r"envoyé", "envoyé"), (r"envoyée", "envoyée"), (r"émissaire", "émissaire"), (r"diplomate", "diplomate"),
    (r"rapporteur", "rapporteur"), (r"rapporteure", "rapporteure"), (r"rapporteuse", "rapporteuse"),
    (r"ministre-président", "ministre-président"), (r"ministre-présidente", "ministre-présidente"),
    (r"sous-préfet", "sous-préfet"), (r"sous-préfète", "sous-préfète"), (r"député-maire", "député-maire"),
    (r"sénateur-maire", "sénateur-maire"), (r"parlementaire", "parlementaire"), (r"lobbyiste", "lobbyiste"),
    (r"notaire", "notaire"), (r"infirmier", "infirmier"), (r"infirmière", "infirmière"),
    (r"aide-soignant", "aide-soignant"), (r"aide-soignante", "aide-soignante"), (r"sage-femme", "sage-femme"),
    (r"pharmacien", "pharmacien"), (r"pharmacienne", "pharmacienne"), (r"vétérinaire", "vétérinaire"),
    (r"psychologue", "psychologue"), (r"secouriste", "secouriste"), (r"pompier", "pompier"), (r"pompière", "pompière"),
    (r"douanier", "douanier"), (r"douanière", "douanière"), (r"inspecteur", "inspecteur"), (r"inspectrice", "inspectrice"),
    (r"officier", "officier"), (r"commandante", "commandante"),
    (r"banquier", "banquier"), (r"banquière", "banquière"), (r"investisseur", "investisseur"),
    (r"investisseuse", "investisseuse"), (r"trader", "trader"), (r"courtier", "courtier"), (r"courtière", "courtière"),
    (r"armateur", "armateur"), (r"actionnaire", "actionnaire"), (r"comptable", "comptable"), (r"stratège", "stratège"),
    (r"organisateur", "organisateur"), (r"organisatrice", "organisatrice"), (r"contrôleur", "contrôleur"),
    (r"ouvrier", "ouvrier"), (r"ouvrière", "ouvrière"), (r"instituteur", "instituteur"), (r"institutrice", "institutrice"),
    (r"chauffeur", "chauffeur"), (r"urbaniste", "urbaniste"), (r"généticien", "généticien"),
    (r"généticienne", "généticienne"), (r"archéologue", "archéologue"), (r"glaciologue", "glaciologue"),
    (r"linguiste", "linguiste"), (r"traducteur", "traducteur"), (r"traductrice", "traductrice"),
    (r"poète", "poète"), (r"poétesse", "poétesse"), (r"cinéaste", "cinéaste"), (r"rappeur", "rappeur"),
    (r"rappeuse", "rappeuse"), (r"reporter", "reporter"), (r"influenceur", "influenceur"),
    (r"influenceuse", "influenceuse"), (r"alpiniste", "alpiniste"), (r"navigateur", "navigateur"),
    (r"gymnaste", "gymnaste"), (r"patineur", "patineur"), (r"patineuse", "patineuse"), (r"golfeur", "golfeur"),
    (r"golfeuse", "golfeuse"), (r"jockey", "jockey"),
    (r"grand\s+mufti", "grand mufti"),
    (r"mufti", "mufti"),
    (r"ayatollah", "ayatollah"),
    (r"guide\s+suprême", "guide suprême"),
    (r"métropolite", "métropolite"),
    (r"vice-chancelier", "vice-chancelier"),
    (r"vice-chancelière", "vice-chancelière"),
    (r"vice-gouverneur", "vice-gouverneur"),
    (r"vice-gouverneure", "vice-gouverneure"),
    (r"gouverneure\s+générale", "gouverneure générale"),
    (r"gouverneur\s+général", "gouverneur général"),
    (r"présidente\s+déléguée", "présidente déléguée"),
)

#: Heads of institution names that NER often misses or cuts (``ministère biélorusse de l'Intérieur``).
INSTITUTION_HEADS = (r"ministère", r"ministère\s+public")

#: Common nouns naming an organisation already named in the text (``porte-parole du ministère``):
#: the title's ``of`` is then the latest organisation of the document whose name starts so.
ORGANISATION_NOUNS = (
    "ministère", "gouvernement", "présidence", "parti", "groupe", "organisation", "commission",
    "conseil", "banque", "agence", "mouvement", "syndicat", "centrale", "confédération", "comité", "fondation", "entreprise", "société",
    # Bodies a title serves, written in lower case (``chef de la junte``, ``président de la
    # transition``, ``chef de l'administration présidentielle``, ``porte-parole du département``).
    "opposition", "junte", "transition", "administration", "bureau", "cabinet", "département",
    "institut", "équipe", "sélection", "armée", "police", "diplomatie", "université", "fédération",
    "assemblée", "municipalité", "mairie", "préfecture", "région", "ville", "commune", "club", "cour",
    "tribunal", "délégation", "mission", "service", "direction", "cellule", "rédaction", "coalition",
    "hôpital", "clinique", "école", "lycée", "collège", "musée", "théâtre", "orchestre", "festival", "journal",
    "quotidien", "chaîne", "radio", "compagnie", "laboratoire", "centre", "observatoire", "parlement", "sénat",
    "chambre", "parquet", "syndicat", "association", "ong", "fonds", "conseil régional", "conseil municipal",
    "province", "canton", "district", "comté", "territoire", "gouvernorat", "wilaya", "oblast", "collectif",
    "coopérative", "ONG", "site", "magazine", "média", "revue", "hebdomadaire", "portail",
    "groupe parlementaire", "plateforme", "alliance",
)

#: An aide's posts: ``son porte-parole, X`` after a leader serves the leader's country or body.
AIDE_HEADS = frozenset(
    {"porte-parole", "conseiller", "conseillère", "chef de cabinet", "cheffe de cabinet", "directeur de cabinet",
     "directrice de cabinet", "envoyé spécial", "envoyée spéciale", "émissaire", "ambassadeur", "ambassadrice"}
)

#: Posts only some countries have (world knowledge the text leaves out): ``la visite du
#: chancelier Merz à Kiev`` in a story about Ukraine is Germany's chancellor, or Austria's.
COUNTRY_SPECIFIC_HEADS = {
    "chancelier": ("DE", "AT"), "chancelière": ("DE", "AT"),
    "vice-chancelier": ("DE", "AT"), "vice-chancelière": ("DE", "AT"),
    "guide suprême": ("IR",),
    "président du Conseil": ("IT",), "présidente du Conseil": ("IT",),
    # Bare, with no portfolio: the American post (or the Holy See's); a French or Belgian
    # secrétaire d'État is always named with a portfolio (``chargé du Numérique``).
    "secrétaire d'État": ("US", "VA"),
}

#: Heads whose first ``de ...`` complement is a portfolio that belongs to the title
#: (``ministre de l'Intérieur``) rather than the body the person serves (``président de Y``).
PORTFOLIO_HEADS = frozenset(
    {"ministre", "vice-ministre", "secrétaire d'État", "commissaire", "commissaire européen", "commissaire européenne",
     "vice-Premier ministre", "échevin", "échevine"}
)

#: Heads that, after a possessive (``sa présidente``), name the leader of the organisation the
#: text spoke of just before.
LEADER_HEADS = frozenset(
    {"président", "présidente", "directeur", "directrice", "directeur général", "directrice générale",
     "secrétaire général", "secrétaire générale", "porte-parole", "PDG", "président-directeur général", "présidente-directrice générale", "patron", "patronne",
     "dirigeant", "dirigeante", "chef", "cheffe", "fondateur", "fondatrice", "rédacteur en chef", "rédactrice en chef",
     # ``Leur commandant en chef, X``, ``Son directeur sportif, Y``.
     "commandant", "commandante", "commandant en chef", "manager", "manager général", "directeur sportif",
     "coordinateur", "coordinatrice", "responsable", "vice-président", "vice-présidente", "directeur adjoint",
     "directrice adjointe", "gouverneur", "gouverneure"}
)
#: Plural titles shared out over two countries and two names (``les présidents russe et
#: américain, X et Y``; ``aux chefs de la diplomatie thaïlandaise et cambodgienne, X et Y``):
#: plural -> the singular each holder gets.
PLURAL_HEADS = {
    "présidents": "président", "présidentes": "présidente", "vice-présidents": "vice-président",
    "Premiers ministres": "Premier ministre", "ministres": "ministre", "vice-ministres": "vice-ministre",
    "chefs de la diplomatie": "chef de la diplomatie", "chefs d'État": "chef d'État",
    "chefs de l'État": "chef de l'État", "chefs du gouvernement": "chef du gouvernement",
    "chefs de gouvernement": "chef de gouvernement", "secrétaires d'État": "secrétaire d'État",
    "ambassadeurs": "ambassadeur", "chanceliers": "chancelier", "rois": "roi",
    "gouverneurs": "gouverneur", "maires": "maire", "députés": "député", "sénateurs": "sénateur",
    "ministres-présidents": "ministre-président", "secrétaires généraux": "secrétaire général",
}

#: Team posts that, after a possessive (``Son capitaine X``), serve the team the text spoke of just before.
TEAM_HEADS = frozenset(
    {"capitaine", "entraîneur", "entraîneuse", "sélectionneur", "sélectionneuse", "joueur", "joueuse",
     "attaquant", "attaquante", "défenseur", "gardien", "ailier", "ailière", "buteur", "meneur de jeu",
     "meneuse de jeu", "capitaine de route", "ouvreur", "demi de mêlée", "demi d'ouverture", "talonneur"}
)
POSSESSIVES = ("son", "sa", "leur")

#: Words before a head that are kept in the title (``ancien président``).
TITLE_MODIFIERS = (r"ex-", r"vice-", r"sous-", r"co-", r"ancien(?:ne)?\s+", r"nouvel(?:le)?\s+", r"nouveau\s+", r"futur(?:e)?\s+", r"actuel(?:le)?\s+",
                   # ``le premier président du pays``, ``la dernière reine``: kept (not ``Premier ministre``).
                   r"premi(?:er|ère)\s+(?!ministre|secrétaire)", r"derni(?:er|ère)\s+")

#: Modifiers matched but left out of the title: they date the role, they do not change it
#: (``le nouveau ministre`` is a ``ministre``). ``ancien``/``ex-`` and ``futur`` stay: a former
#: or future holder does not hold the post now; they are kept as written (``ex-président``).
DROPPED_MODIFIERS = frozenset({"nouvel", "nouvelle", "nouveau", "actuel", "actuelle"})

#: Adjectives written right after a head that are part of the post (``directrice régionale de
#: l'OMS``, ``représentant permanent``, ``ministre délégué``): kept in the title.
TITLE_ADJECTIVES = (
    r"régionale?", r"régionaux", r"exécuti(?:f|ve)", r"adjointe?", r"déléguée?", r"permanente?",
    r"principale?", r"nationale?", r"fédérale?", r"municipale?", r"départementale?", r"intérimaire",
    r"parlementaire", r"sporti(?:f|ve)", r"financière?", r"financier", r"technique\s+nationale?", r"technique", r"médicale?", r"médicaux",
    r"spéciale?", r"honoraire", r"général(?:e)?", r"syndicale?", r"syndicaux",
)

#: Participles and adjectives written right after a head that qualify its holder, not the post
#: (``le président renversé X``, ``la présidente sortante``): matched, then left out of the title.
POST_HEAD_QUALIFIERS = (
    r"renversée?", r"déchue?", r"destituée?", r"sortante?", r"élue?", r"réélue?", r"démissionnaire",
    r"désignée?", r"en\s+exil", r"par\s+intérim", r"en\s+exercice", r"en\s+poste", r"déposée?", r"évincée?",
    # ``le ministre délégué chargé de l'Industrie X``, ``le ministre d'État chargé des Outre-mer X``
    r"(?:délégué(?:e)?\s+)?chargée?\s+(?:de\s+la\s+|de\s+l['’]\s*|des\s+|du\s+|de\s+)[A-ZÀ-Þ][\w'’-]*",
    # A political affiliation is the holder's, not the post's: ``la maire écologiste de
    # Strasbourg X``, ``la députée de gauche X``, ``le sénateur républicain de l'Ohio X``,
    # ``l'eurodéputé LR X`` (a party acronym, upper case only).
    r"écologiste", r"socialiste", r"communiste", r"centriste", r"travailliste", r"démocrate",
    r"républicaine?", r"conservat(?:eur|rice)", r"libérale?", r"insoumise?", r"indépendante?",
    r"nationaliste", r"populiste", r"souverainiste", r"progressiste", r"social-démocrate",
    r"de\s+(?:gauche|droite)", r"du\s+centre", r"d['’]extrême[\s-](?:droite|gauche)", r"d['’]opposition",
    r"(?-i:[A-ZÀ-Þ]{2,5})",
)

#: A state's bodies written in lower case, whose country adjective gives the title's ``of``
#: (``le porte-parole de l'armée israélienne X``, ``le chef de la junte nigérienne X``).
STATE_BODY_NOUNS = (
    r"armée(?:\s+de\s+l['’]air|\s+de\s+terre)?", r"forces\s+armées", r"police(?:\s+nationale)?", r"gendarmerie",
    r"marine", r"garde-côtes", r"garde\s+nationale", r"douanes?", r"diplomatie", r"présidence", r"gouvernement",
    r"justice", r"(?:services\s+de\s+)?renseignement", r"état-major", r"junte", r"aviation\s+civile", r"exécutif",
)

#: Posts one person holds at a time in a country: a second holder in one story is another
#: country's (``le président colombien X`` ... ``le président Y``).
SINGLE_HOLDER_HEADS = frozenset(
    {"président", "présidente", "Premier ministre", "Première ministre", "chef de l'État", "cheffe de l'État",
     "chef du gouvernement", "cheffe du gouvernement", "chancelier", "chancelière", "roi", "reine", "émir",
     "guide suprême", "président de la République", "présidente de la République"}
)

#: Qualifiers written after a portfolio (``ministre des Ressources naturelles par intérim``),
#: matched and left out of the title.
POST_PORTFOLIO_QUALIFIERS = (r"désignée?", r"en\s+exil", r"par\s+intérim", r"en\s+exercice", r"sortante?", r"démissionnaire", r"intérimaire")

#: Words after which a title's ``of`` may be inferred from the document's country (see
#: roles._infer_country): heads of national government and of a country's opposition.
NATIONAL_HEADS = frozenset(
    {"président", "présidente", "vice-président", "vice-présidente", "Premier ministre", "Première ministre",
     "vice-Premier ministre", "vice-Première ministre", "ministre", "vice-ministre", "secrétaire d'État", "chef de l'État", "cheffe de l'État",
     "chef du gouvernement", "cheffe du gouvernement", "chef de l'opposition", "cheffe de l'opposition",
     "chancelier", "chancelière", "vice-chancelier", "vice-chancelière", "chef de la diplomatie", "cheffe de la diplomatie",
     # Members of a national parliament: the country, when the story is about one.
     "député", "députée", "sénateur", "sénatrice",
     # The Crown's representative in a Commonwealth realm (Canada, Australia, New Zealand).
     "gouverneur général", "gouverneure générale", "président du Conseil", "présidente du Conseil",
     "conseiller à la sécurité nationale", "conseillère à la sécurité nationale",
     # Monarchs and heads of state by other names.
     "roi", "reine", "prince héritier", "princesse héritière", "émir", "guide suprême", "président de la République",
     "présidente de la République", "procureur de la Nation", "procureure de la Nation"}
)

#: Words of a title's complement that name a national body (``chef de l'administration
#: présidentielle``, ``chef de la junte``): such a title also takes the document's country.
NATIONAL_BODY_WORDS = frozenset(
    {"présidentiel", "présidentielle", "présidence", "gouvernement", "junte", "transition", "opposition",
     "diplomatie", "armée", "état-major"}
)

#: Common nouns after which capitalised words name a body, not a person (``l'équipe X``,
#: ``le cabinet Y``): NER's PER label there is overruled to ORG. Not ``groupe`` or ``fonds``:
#: ``le président du groupe Jean Dupont`` more often names a person after them.
BODY_NAME_NOUNS = frozenset(
    {"équipe", "club", "société", "entreprise", "cabinet", "banque", "institut", "fondation",
     "compagnie", "constructeur", "firme", "chaîne", "quotidien", "hebdomadaire", "journal", "agence",
     "association", "ong", "laboratoire", "think tank", "start-up", "holding", "fédération", "centre", "collectif",
     "coopérative", "syndicat", "fonds", "conglomérat", "assureur", "opérateur",
     # Political bodies: ``le groupe parlementaire Benno Bokk Yakaar``, ``le parti Rewmi``.
     "parti", "groupe", "groupe parlementaire", "mouvement", "coalition", "plateforme", "alliance"}
)

#: Common nouns of places often named after a person (``le stade Alassane-Ouattara``, ``rue
#: Jean-Jaurès``): a name right after one is the place's, not the person's.
FACILITY_NOUNS = frozenset(
    {"stade", "aéroport", "mausolée", "rue", "avenue", "boulevard", "place", "quai", "pont", "gare", "port",
     "parc", "palais", "salle", "square", "allée", "esplanade", "mémorial", "monument", "statue", "barrage",
     "tunnel", "autoroute", "cimetière", "basilique", "cathédrale", "église", "mosquée", "lycée", "collège",
     "hôpital", "centre hospitalier", "musée", "complexe", "amphithéâtre", "campus", "pavillon", "stade olympique"}
)

#: Nouns of kinship or closeness that govern a title (``la sœur du chef de l'État, X``): the
#: apposition then names the relative, not the title's holder. Title heads govern too
#: (``l'avocat du maire, X``); any other noun does not (``aux côtés du chef du gouvernement, X``).
RELATION_NOUNS = frozenset(
    {"fils", "fille", "frère", "sœur", "soeur", "père", "mère", "épouse", "époux", "mari", "femme", "veuve", "veuf",
     "neveu", "nièce", "oncle", "tante", "cousin", "cousine", "petit-fils", "petite-fille", "gendre", "belle-fille",
     "beau-frère", "belle-sœur", "compagne", "compagnon", "conjoint", "conjointe", "proche", "ami", "amie", "bras droit"}
)

#: Heads whose ``de`` complement is a place (``la maire de Bello``, ``le gouverneur d'Antioquia``):
#: a lone word there is no person, whatever NER says.
TERRITORY_HEADS = frozenset(
    {"maire", "mairesse", "gouverneur", "gouverneure", "préfet", "préfète", "sous-préfet", "sous-préfète",
     "bourgmestre", "akim", "hokim", "wali", "ministre-président", "ministre-présidente", "ministre en chef", "sultan"}
)

#: Municipal posts whose bare form implies the town of the story (``le maire X`` in a story
#: datelined ``CHOLET –``).
LOCAL_HEADS = frozenset(
    {"maire", "mairesse", "maire adjoint", "maire adjointe", "premier adjoint", "première adjointe",
     "conseiller municipal", "conseillère municipale", "bourgmestre", "échevin", "échevine"}
)

#: Titles that make their holder a member of one body (bare title, folded by name_key -> the
#: body's name): ``l'ancienne députée européenne X`` sits in the Parliament, not in a country;
#: the body must be an entity of the document. A country adjective still wins (``l'eurodéputée
#: grecque X``: Greece).
MEMBER_BODIES = {
    "depute europeen": "Parlement européen", "deputee europeenne": "Parlement européen",
    "eurodepute": "Parlement européen", "eurodeputee": "Parlement européen",
    "commissaire": "Commission européenne", "commissaire europeen": "Commission européenne",
    "commissaire europeenne": "Commission européenne",
}

#: A title's last word that names a union of states as its country adjective would
#: (``la cheffe de la diplomatie européenne X``): folded word -> the union's name, which must be
#: an entity of the document. Never a country's post by inference.
UNION_ADJECTIVES = {"europeen": "Union européenne", "europeenne": "Union européenne",
                    "africain": "Union africaine", "africaine": "Union africaine"}

#: A body's first noun that NER often tags alone (``le Conseil | de souveraineté``): its name runs
#: on over the lower-case words after it (the entities stage reads them from the parse).
COUNCIL_NOUNS = frozenset({"Conseil", "Comité", "Commission", "Cour", "Tribunal", "Haut-Conseil", "Autorité"})

#: Heads of a state, province or département (``le gouverneur X``, ``la préfète Y``): bare, they
#: serve the region the story names, as a bare mayor serves its town.
REGIONAL_HEADS = frozenset({"gouverneur", "gouverneure", "vice-gouverneur", "vice-gouverneure", "préfet", "préfète",
                            "ministre en chef"})

#: Nouns that make the place named after them a region of its own (``la province de Buenos
#: Aires``, ``la région de Kharkiv``); ``État`` counts only with its capital (``l'État de São Paulo``).
REGION_NOUNS = ("province", "région", "oblast", "gouvernorat", "wilaya", "canton", "comté", "district", "territoire")

#: Military ranks that may stand between a title and the name (``le chef de la junte, le
#: général X``): the title still reaches the name.
RANKS = (r"général", r"générale", r"colonel", r"colonelle", r"lieutenant-colonel", r"commandant", r"capitaine",
         r"amiral", r"maréchal", r"lieutenant", r"sergent", r"major",
         # Styles of a monarch, not posts (``le roi, le sultan Ibrahim``).
         r"sultan", r"cheikh")

#: Honorifics dropped from the start of a person's name span.
HONORIFICS = (r"M\.", r"MM\.", r"Mme", r"Mmes", r"Mlle", r"Me", r"Dr", r"Mgr", r"Pr", r"Monsieur", r"Madame", r"Sir")

#: Capitalised words that NER tags but that are not names in French running text.
NOT_NAMES = frozenset(
    {"etat", "etats", "gouvernement", "president", "ministre", "premier ministre", "seigneur", "internet",
     "m", "mm", "mme", "mmes", "mlle", "mgr", "me", "dr", "s m"}
)

#: Words before a single capitalised word that make it a place, not a person's surname.
PLACE_PREPOSITIONS = frozenset({"à", "a", "au", "aux", "en", "vers", "depuis", "dans", "près", "via"})

#: Small words skipped when forming an acronym from an expansion (``Union européenne`` → UE).
ACRONYM_STOPWORDS = frozenset(
    {"de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "en", "à", "au", "aux", "sur", "the", "of", "and", "for"}
)

#: Bodies named after their town (``l'université de Sfax``, ``le tribunal correctionnel de Lyon``,
#: ``le CHU de Nantes``): NER tags only the town, and the body is the entity. Regex fragments.
TOWN_BODY_NOUNS = (
    r"université", r"universités", r"hôpital", r"CHU", r"centre\s+hospitalier(?:\s+universitaire)?",
    r"tribunal(?:\s+(?:judiciaire|administratif|correctionnel|de\s+commerce|de\s+grande\s+instance|municipal|militaire))?",
    r"cour\s+d['’]appel", r"cour\s+d['’]assises", r"parquet", r"barreau", r"lycée", r"préfecture", r"sous-préfecture",
    r"mairie", r"conseil\s+(?:départemental|régional|municipal)", r"chambre\s+de\s+commerce", r"diocèse",
    r"école\s+polytechnique", r"observatoire",
)

#: A body's own officers: written bare (``Le secrétaire exécutif X``, ``Le directeur général, Y,``),
#: they serve the one body the paragraph has named before them. Titles as the roles stage
#: writes them, lower case.
BODY_OFFICERS = frozenset({
    "pdg", "président-directeur général", "présidente-directrice générale", "directeur général", "directrice générale",
    "fondateur", "fondatrice", "cofondateur", "cofondatrice", "président du conseil d'administration",
    "présidente du conseil d'administration", "secrétaire exécutif", "secrétaire exécutive", "secrétaire général",
    "secrétaire générale", "directeur exécutif", "directrice exécutive", "haut-commissaire", "haute-commissaire",
})

#: Heads of a body, whose complement is never a person (``le directeur général de Rosatom``;
#: unlike ``l'avocat de X`` or ``le porte-parole de X``). Normalised heads, lower case.
BODY_HEADS = frozenset({
    "pdg", "président-directeur général", "présidente-directrice générale", "directeur général", "directrice générale",
    "directeur", "directrice", "patron", "patronne", "fondateur", "fondatrice", "cofondateur", "cofondatrice",
    "dirigeant", "dirigeante", "président", "présidente", "secrétaire général", "secrétaire générale",
    "administrateur", "administratrice", "directeur exécutif", "directrice exécutive", "vice-président", "vice-présidente",
})

#: Press occupations, whose paper a clause may open on (``Dans Le Temps, l'éditorialiste X``).
MEDIA_HEADS = frozenset({
    "éditorialiste", "chroniqueur", "chroniqueuse", "journaliste", "rédacteur en chef", "rédactrice en chef",
    "correspondant", "correspondante", "critique", "dessinateur", "dessinatrice", "caricaturiste", "reporter",
    "envoyé spécial", "envoyée spéciale", "éditorialiste politique",
})
#: What opens a clause on a paper (``Dans | Le Temps,``), the paper's article included. Regex.
#: A clause opening on a side (``Côté français, la ministre des Sports X``): the adjective
#: (group 1) is the country a bare national title there serves.
SIDE_FRAME = r"\s*(?:[Dd]u\s+)?[Cc]ôté\s+([^\W\d_][\w'’-]*)\s*,"
MEDIA_FRAME = r"\s*(?:Dans|Sur)\s+(?:(?:Le|La|Les|L['’])\s*)?"

#: A companion of a delegation (``représentée par X, accompagné de son ministre Y``). Regex.
ACCOMPANIED_BY = r"accompagné(?:e|s|es)?\s+(?:de|du|des|d['’])"

#: Participles of an appointment or election before an apposed title (``X, élue maire de Y en
#: 2020,``, ``X, nommé ministre des Finances en février``): the title is X's. Regex fragments.
APPOINTMENT_PARTICIPLES = (r"(?:ré)?élu(?:e|s|es)?", r"nommé(?:e|s|es)?", r"désigné(?:e|s|es)?", r"reconduit(?:e|s|es)?")

#: Adverbs between a name's comma and its title (``X, également vice-Premier ministre,``,
#: ``Y, aujourd'hui ministre senior``).
APPOSITION_ADVERBS = (r"également", r"aussi", r"aujourd['’]hui", r"désormais", r"actuellement", r"toujours",
                      r"lui-même", r"elle-même", r"par\s+ailleurs", r"jusqu['’]ici", r"alors")

#: A relative clause whose verb makes the title the name's (``X, qui fut le premier président
#: du pays``), read like an apposition.
RELATIVE_COPULAS = (r"qui\s+fut", r"qui\s+était", r"qui\s+est", r"qui\s+a\s+été", r"qui\s+avait\s+été",
                    r"qui\s+reste", r"qui\s+demeure", r"qui\s+devint", r"qui\s+est\s+devenue?")

#: Words before a monarch's one name (``le sultan Ibrahim``, ``le roi Charles``), lower case.
MONARCH_STYLES = frozenset({"sultan", "roi", "reine", "émir", "cheikh", "prince", "princesse", "pape", "empereur", "impératrice"})

#: Players and coaches, whose complement is a club even when it is written as its town
#: (``l'ancien attaquant de Lyon``, ``les joueurs d'Anderlecht``). Regex fragments.
CLUB_MEMBER_NOUNS = (
    r"attaquante?s?", r"milieux?(?:\s+de\s+terrain)?", r"défenseure?s?", r"gardien(?:ne)?s?(?:\s+de\s+but)?",
    r"joueu(?:r|se)s?", r"entraîneu(?:r|se)s?", r"ailiers?", r"buteu(?:r|se)s?", r"arrières?", r"demis?\s+de\s+mêlée",
    r"talonneurs?", r"ouvreurs?", r"capitaines?", r"meneu(?:r|se)s?\s+de\s+jeu", r"avant-centre", r"latéral(?:e)?\s+(?:droit|gauche)e?",
)

#: Words opening a clause on a place (``À Bello, le maire …``, ``Depuis Nairobi, le ministre …``):
#: a bare municipal title takes that town, a bare national title that place's country.
PLACE_FRAMES = (r"À", r"A", r"Au", r"Aux", r"En", r"Depuis")

#: ``X était représentée par le …``, ``X, par la voix de son …``: the title serves X. Regex fragments.
REPRESENTED_BY = (r"représenté(?:e|s|es)?\s+par", r"par\s+la\s+voix\s+d[eu]")
ARTICLES = (r"le", r"la", r"l['’]", r"son", r"sa", r"ses")

#: Part-of-speech tags a lower-case word inside a title's portfolio may not have
#: (``ministre des Finances a annoncé`` must not swallow the verb).
NON_TITLE_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "ADV", "NUM", "DET", "ADP"})

RESOURCES = {
    "title_heads": TITLE_HEADS,
    "institution_heads": INSTITUTION_HEADS,
    "organisation_nouns": ORGANISATION_NOUNS,
    "portfolio_heads": PORTFOLIO_HEADS,
    "leader_heads": LEADER_HEADS,
    "possessives": POSSESSIVES,
    "title_modifiers": TITLE_MODIFIERS,
    "dropped_modifiers": DROPPED_MODIFIERS,
    "post_head_qualifiers": POST_HEAD_QUALIFIERS,
    "post_portfolio_qualifiers": POST_PORTFOLIO_QUALIFIERS,
    "state_body_nouns": STATE_BODY_NOUNS,
    "single_holder_heads": SINGLE_HOLDER_HEADS,
    "country_specific_heads": COUNTRY_SPECIFIC_HEADS,
    "aide_heads": AIDE_HEADS,
    "title_adjectives": TITLE_ADJECTIVES,
    "national_heads": NATIONAL_HEADS,
    "body_name_nouns": BODY_NAME_NOUNS,
    "facility_nouns": FACILITY_NOUNS,
    "national_body_words": NATIONAL_BODY_WORDS,
    "ranks": RANKS,
    "relation_nouns": RELATION_NOUNS,
    "territory_heads": TERRITORY_HEADS,
    "local_heads": LOCAL_HEADS,
    "regional_heads": REGIONAL_HEADS,
    "plural_heads": PLURAL_HEADS,
    "team_heads": TEAM_HEADS,
    "body_officers": BODY_OFFICERS,
    "member_bodies": MEMBER_BODIES,
    "council_nouns": COUNCIL_NOUNS,
    "union_adjectives": UNION_ADJECTIVES,
    "region_nouns": REGION_NOUNS,
    "town_body_nouns": TOWN_BODY_NOUNS,
    "place_frames": PLACE_FRAMES,
    "club_member_nouns": CLUB_MEMBER_NOUNS,
    "body_heads": BODY_HEADS,
    "monarch_styles": MONARCH_STYLES,
    "appointment_participles": APPOINTMENT_PARTICIPLES,
    "apposition_adverbs": APPOSITION_ADVERBS,
    "relative_copulas": RELATIVE_COPULAS,
    "media_heads": MEDIA_HEADS,
    "media_frame": MEDIA_FRAME,
    "side_frame": SIDE_FRAME,
    "accompanied_by": ACCOMPANIED_BY,
    "represented_by": REPRESENTED_BY,
    "articles": ARTICLES,
    "honorifics": HONORIFICS,
    "not_names": NOT_NAMES,
    "place_prepositions": PLACE_PREPOSITIONS,
    "acronym_stopwords": ACRONYM_STOPWORDS,
    "non_title_pos": NON_TITLE_POS,
    "role_syntax": ROLE_SYNTAX,
}
