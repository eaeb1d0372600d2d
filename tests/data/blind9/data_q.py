# Blind gold set, articles q01-q12 (written and annotated by hand by one helper annotator).
# Format: same as data_a.py. quotes = (text, kind, speaker); times = (text, type, value);
# entities = (gold, type, mentions, demonyms); roles = (person, title, of).
#
# Invented people: Levan Tsiklaouri (analyst), Rita Lourenço (economist), Tomás Nhantumbo
#   (World Bank economist), Ingrid Halvorsen (political scientist), Dana Whitfield (former
#   spokeswoman of Eric Adams), Slim Ayari (UGTT spokesman), Nadia Ferrand (CGT shop steward),
#   Thierry Lagarde (CEO of Valtrane), Michel Roussel (mediator), Antoine Vasseur (lawyer),
#   Julie Ravel (FFN technical director), Xavier Marchand as an "ancien nageur international" is
#   real-ish (Léon Marchand's father) but the scene is invented.
# Invented bodies: Institut caucasien de prospective (Tbilisi), Valtrane (car-parts maker in
#   Maubeuge) and its CSE. The Sadakhlo bridge agreement, the Maputo memorandum, the Valtrane
#   strike and most scenes are invented. EVERY QUOTE IS INVENTED.
#
# NOTE: titles are given without their demonym; portfolios stay in the title ("ministre des
#   Finances"); the complement naming the body or place the title attaches to goes to `of`
#   ("directrice générale du FMI" -> title "directrice générale", of O:imf; "gouverneur de la
#   province de Buenos Aires" -> "gouverneur", of L:buenos_aires_province).
# NOTE: "ancien/ancienne", "ex-", "vice-", "par intérim", ordinals ("troisième vice-présidente",
#   "premier président") are kept in the title.
# NOTE: when a title names a person as its complement ("son entraîneur" = Marchand's coach, "son
#   ancienne porte-parole" = Eric Adams's, "l'avocat du CSE"), `of` points at that person or
#   body when it is an annotated entity of the article.
# NOTE: an appointment ("a été nommé mardi ministre des Finances", "nommée à la tête du
#   gouvernement") gives the role it names; "à la tête du gouvernement" restating "Première
#   ministre" is not a second role.
# NOTE: coordinated titles ("Les ministres des Affaires étrangères X et Y", "Les gouverneurs X
#   (Córdoba) et Y (Santa Fe)") give one role per person, with the `of` each one's context gives.
# NOTE: "déléguée syndicale CGT" -> of O:cgt (the union), not the employer Valtrane.
# NOTE: kinship words (fils, fille, père, cousin) and political labels (républicain,
#   travailliste, péroniste, opposant) are not roles. "sultan de Johor" is a role (of L:johor).
# NOTE: "ville de Buenos Aires" / "BUENOS AIRES" = L:buenos_aires_city; "province de Buenos
#   Aires" = L:buenos_aires_province (hard negative). "État de New York" = L:new_york_state,
#   "New York" / "NEW YORK" = L:new_york_city (hard negative).
# NOTE: "Córdoba" is the Argentine province in q06 (L:cordoba_province) and the Andalusian city
#   in q02 (L:cordoba_spain): same string, different entities.
# NOTE: "Géorgie" is the country in q01 (L:georgia) and the US state in q07 (L:georgia_us_state).
# NOTE: hard negatives by name: P:joao_lourenco (Angola) != P:rita_lourenco (Portugal);
#   P:vera_daves_de_sousa (Angola) != P:rebelo_de_sousa (Portugal); P:emmerson_mnangagwa !=
#   P:david_mnangagwa (father/son); P:andrew_cuomo != P:mario_cuomo (son/father); P:jorge_macri
#   != P:mauricio_macri (cousins); P:joseph_aoun != P:michel_aoun (unrelated); P:anwar_ibrahim
#   != P:nurul_izzah_anwar (father/daughter) != P:ibrahim_iskandar (sultan); P:lee_hsien_loong !=
#   P:lee_kuan_yew (son/father); P:leon_marchand != P:xavier_marchand (son/father); persons vs
#   places: P:agostinho_neto != L:luanda_airport ("aéroport international Agostinho-Neto"),
#   P:kenneth_kaunda != L:lusaka_airport, P:rafic_hariri != L:beirut_airport; P:georgieva is a
#   person, not Georgia.
# NOTE: "sommet de Bucarest" is one MISC (the 2008 NATO summit); "Bucarest" nested in it is not
#   listed separately. "corridor de Lobito" is a facility (LOC), with "Lobito" nested in it.
# NOTE: "zone économique spéciale Johor-Singapour" is a LOC (an area); "Johor" and "Singapour"
#   also occur on their own.
# NOTE: "Maison Blanche" and "Trésor" are ORG (institutions); "Washington", "Damas", "Bruxelles",
#   "Luanda", "Maputo", "Stockholm", "Oslo" used metonymically keep the city's LOC id.
# NOTE: "Bleus" (France swimming team) is an ORG (national team by nickname).
# NOTE: "aujourd'hui ministre senior" and "la période actuelle" = PRESENT_REF; "la prochaine
#   décennie" = decade 203.
# NOTE: demonyms nested inside an organisation's name ("Union générale tunisienne du travail",
#   "Fédération française de natation") are not listed as demonyms.
# NOTE: joint statements are avoided; "jugé « encourageant » par son président" is a direct
#   fragment of that president.
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- q01
A(id="q01", published="2025-09-18",
  title="Géorgie-Arménie : Pachinian à Tbilissi pour relancer le transit vers la mer Noire",
  text="""
TBILISSI – Le Premier ministre arménien Nikol Pachinian a été reçu mercredi à Tbilissi par le chef du gouvernement géorgien, Irakli Kobakhidze, pour une visite de deux jours consacrée au transit et à l'énergie.

Les deux hommes ont signé un accord sur la modernisation du pont de Sadakhlo, principal point de passage entre les deux pays. « La Géorgie n'est pas un couloir, c'est un partenaire », a déclaré M. Kobakhidze lors d'une conférence de presse commune.

Selon Nikol Pashinyan, l'Arménie veut « diversifier ses routes » vers la mer Noire et l'Europe, au moment où Erevan prend ses distances avec Moscou.

Lire aussi : Arménie-Azerbaïdjan : un accord de paix paraphé à la Maison Blanche

Les ministres des Affaires étrangères Ararat Mirzoyan et Maka Botchorichvili ont paraphé un second texte sur la circulation des camions. La ministre géorgienne, nommée à ce poste en février 2024, a salué un « voisinage exemplaire ».

Le président Mikheïl Kavelachvili, investi en décembre 2024, n'a pas rencontré le visiteur. L'ancienne présidente Salomé Zourabichvili, qui ne reconnaît pas sa légitimité, a estimé sur Facebook que le Rêve géorgien « isole le pays de l'Otan et de l'Union européenne ».

L'Alliance atlantique avait promis en 2008, au sommet de Bucarest, que la Géorgie deviendrait membre, avait rappelé l'an dernier son ancien secrétaire général Jens Stoltenberg.

Pour Levan Tsiklaouri, analyste à l'Institut caucasien de prospective, cette visite « montre que Pachinian a besoin de la Géorgie plus que jamais ».

ABONNEZ-VOUS À NOTRE LETTRE D'INFORMATION « CAUCASE EXPRESS »

Partager sur Facebook - Partager sur X - Copier le lien
""",
  boilerplate=["Lire aussi : Arménie-Azerbaïdjan : un accord de paix paraphé à la Maison Blanche",
               "ABONNEZ-VOUS À NOTRE LETTRE D'INFORMATION « CAUCASE EXPRESS »",
               "Partager sur Facebook - Partager sur X - Copier le lien"],
  quotes=[
      ("La Géorgie n'est pas un couloir, c'est un partenaire", "direct", "Irakli Kobakhidze"),
      ("l'Arménie veut « diversifier ses routes » vers la mer Noire et l'Europe, au moment où Erevan prend ses distances avec Moscou", "mixed", "Nikol Pachinian"),
      ("voisinage exemplaire", "direct", "Maka Botchorichvili"),
      ("le Rêve géorgien « isole le pays de l'Otan et de l'Union européenne »", "mixed", "Salomé Zourabichvili"),
      ("L'Alliance atlantique avait promis en 2008, au sommet de Bucarest, que la Géorgie deviendrait membre", "indirect", "Jens Stoltenberg"),
      ("cette visite « montre que Pachinian a besoin de la Géorgie plus que jamais »", "mixed", "Levan Tsiklaouri"),
  ],
  not_quotes=[],
  times=[
      ("mercredi", "DATE", "2025-09-17"),
      ("deux jours", "DURATION", "P2D"),
      ("février 2024", "DATE", "2024-02"),
      ("décembre 2024", "DATE", "2024-12"),
      ("2008", "DATE", "2008"),
      ("l'an dernier", "DATE", "2024"),
  ],
  entities=[
      ("P:pashinyan", "PER", ["Nikol Pachinian", "Nikol Pashinyan", "Pachinian"], []),
      ("P:kobakhidze", "PER", ["Irakli Kobakhidze", "Kobakhidze"], []),
      ("P:mirzoyan", "PER", ["Ararat Mirzoyan"], []),
      ("P:botchorichvili", "PER", ["Maka Botchorichvili"], []),
      ("P:kavelashvili", "PER", ["Mikheïl Kavelachvili"], []),
      ("P:zourabichvili", "PER", ["Salomé Zourabichvili"], []),
      ("P:stoltenberg", "PER", ["Jens Stoltenberg"], []),
      ("P:levan_tsiklaouri", "PER", ["Levan Tsiklaouri"], []),
      ("L:tbilisi", "LOC", ["TBILISSI", "Tbilissi"], []),
      ("L:georgia", "LOC", ["Géorgie"], ["géorgien", "géorgienne"]),
      ("L:armenia", "LOC", ["Arménie"], ["arménien"]),
      ("L:sadakhlo_bridge", "LOC", ["pont de Sadakhlo"], []),
      ("L:black_sea", "LOC", ["mer Noire"], []),
      ("L:europe", "LOC", ["Europe"], []),
      ("L:yerevan", "LOC", ["Erevan"], []),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("O:facebook", "ORG", ["Facebook"], []),
      ("O:georgian_dream", "ORG", ["Rêve géorgien"], []),
      ("O:nato", "ORG", ["Otan", "Alliance atlantique"], []),
      ("O:eu", "ORG", ["Union européenne"], []),
      ("M:nato_bucharest_summit_2008", "MISC", ["sommet de Bucarest"], []),
      ("O:institut_caucasien_prospective", "ORG", ["Institut caucasien de prospective"], []),
  ],
  roles=[
      ("P:pashinyan", "Premier ministre", "L:armenia"),
      ("P:kobakhidze", "chef du gouvernement", "L:georgia"),
      ("P:mirzoyan", "ministre des Affaires étrangères", "L:armenia"),
      ("P:botchorichvili", "ministre des Affaires étrangères", "L:georgia"),
      ("P:kavelashvili", "président", "L:georgia"),
      ("P:zourabichvili", "ancienne présidente", "L:georgia"),
      ("P:stoltenberg", "ancien secrétaire général", "O:nato"),
      ("P:levan_tsiklaouri", "analyste", "O:institut_caucasien_prospective"),
  ])

# ---------------------------------------------------------------- q02
A(id="q02", published="2025-04-30",
  title="Panne géante : Madrid et Lisbonne exigent des réponses, Red Eléctrica sur la sellette",
  text="""
Par Elena Ruiz, correspondante à Madrid

Publié le 30/04/2025 à 07h12, mis à jour à 09h40

MADRID – Deux jours après la panne d'électricité géante qui a plongé l'Espagne et le Portugal dans le noir, le chef du gouvernement espagnol Pedro Sánchez a promis mardi soir « toute la lumière » sur ses causes.

Le courant a été coupé lundi à 12 h 33 sur presque toute la péninsule Ibérique. À Córdoba, en Andalousie, des centaines de voyageurs sont restés bloqués plusieurs heures dans des trains à grande vitesse, selon la compagnie Renfe.

La troisième vice-présidente et ministre de la Transition écologique, Sara Aagesen, a déclaré qu'« aucune hypothèse n'est écartée », y compris celle d'une cyberattaque. Beatriz Corredor, présidente de Redeia, maison mère du gestionnaire Red Eléctrica, a au contraire exclu toute piste criminelle.

Lire aussi | Espagne : les Baléares veulent limiter l'arrivée des touristes

À Lisbonne, le Premier ministre Luís Montenegro, en campagne pour les législatives du 18 mai, a annoncé une commission d'enquête indépendante. Le président de la République, Marcelo Rebelo de Sousa, a appelé à « ne pas chercher de coupable à l'étranger ».

La ministre portugaise de l'Environnement et de l'Énergie, Maria da Graça Carvalho, a reconnu que le pays dépendait « trop » des importations espagnoles.

Pour l'économiste Rita Lourenço, de l'Université nouvelle de Lisbonne, « l'Europe a découvert cette semaine que l'île énergétique ibérique n'était pas un slogan ». M. Sánchez doit s'exprimer devant le Congrès des députés le 7 mai.

Téléchargez notre application pour recevoir les alertes en temps réel
""",
  boilerplate=["Par Elena Ruiz, correspondante à Madrid",
               "Publié le 30/04/2025 à 07h12, mis à jour à 09h40",
               "Lire aussi | Espagne : les Baléares veulent limiter l'arrivée des touristes",
               "Téléchargez notre application pour recevoir les alertes en temps réel"],
  quotes=[
      ("toute la lumière", "direct", "Pedro Sánchez"),
      ("À Córdoba, en Andalousie, des centaines de voyageurs sont restés bloqués plusieurs heures dans des trains à grande vitesse", "indirect", "Renfe"),
      ("« aucune hypothèse n'est écartée », y compris celle d'une cyberattaque", "mixed", "Sara Aagesen"),
      ("ne pas chercher de coupable à l'étranger", "direct", "Marcelo Rebelo de Sousa"),
      ("le pays dépendait « trop » des importations espagnoles", "mixed", "Maria da Graça Carvalho"),
      ("« l'Europe a découvert cette semaine que l'île énergétique ibérique n'était pas un slogan »", "mixed", "Rita Lourenço"),
  ],
  not_quotes=[],
  times=[
      ("Deux jours", "DURATION", "P2D"),
      ("mardi soir", "TIME", "2025-04-29TEV"),
      ("lundi", "DATE", "2025-04-28"),
      ("12 h 33", "TIME", "2025-04-28T12:33"),
      ("plusieurs heures", "DURATION", "PTXH"),
      ("18 mai", "DATE", "2025-05-18"),
      ("cette semaine", "DATE", "2025-W18"),
      ("le 7 mai", "DATE", "2025-05-07"),
  ],
  entities=[
      ("P:sanchez", "PER", ["Pedro Sánchez", "Sánchez"], []),
      ("P:aagesen", "PER", ["Sara Aagesen"], []),
      ("P:beatriz_corredor", "PER", ["Beatriz Corredor"], []),
      ("P:montenegro", "PER", ["Luís Montenegro"], []),
      ("P:rebelo_de_sousa", "PER", ["Marcelo Rebelo de Sousa"], []),
      ("P:graca_carvalho", "PER", ["Maria da Graça Carvalho"], []),
      ("P:rita_lourenco", "PER", ["Rita Lourenço"], []),
      ("L:madrid", "LOC", ["MADRID"], []),
      ("L:spain", "LOC", ["Espagne"], ["espagnol", "espagnoles"]),
      ("L:portugal", "LOC", ["Portugal"], ["portugaise"]),
      ("L:iberian_peninsula", "LOC", ["péninsule Ibérique"], []),
      ("L:cordoba_spain", "LOC", ["Córdoba"], []),
      ("L:andalusia", "LOC", ["Andalousie"], []),
      ("L:lisbon", "LOC", ["Lisbonne"], []),
      ("L:europe", "LOC", ["Europe"], []),
      ("O:renfe", "ORG", ["Renfe"], []),
      ("O:redeia", "ORG", ["Redeia"], []),
      ("O:red_electrica", "ORG", ["Red Eléctrica"], []),
      ("O:nova_university_lisbon", "ORG", ["Université nouvelle de Lisbonne"], []),
      ("O:congreso_diputados", "ORG", ["Congrès des députés"], []),
  ],
  roles=[
      ("P:sanchez", "chef du gouvernement", "L:spain"),
      ("P:aagesen", "troisième vice-présidente", "L:spain"),
      ("P:aagesen", "ministre de la Transition écologique", "L:spain"),
      ("P:beatriz_corredor", "présidente", "O:redeia"),
      ("P:montenegro", "Premier ministre", "L:portugal"),
      ("P:rebelo_de_sousa", "président de la République", "L:portugal"),
      ("P:graca_carvalho", "ministre de l'Environnement et de l'Énergie", "L:portugal"),
      ("P:rita_lourenco", "économiste", "O:nova_university_lisbon"),
  ])

# ---------------------------------------------------------------- q03
A(id="q03", published="2025-06-26",
  title="Mozambique : cinquante ans d'indépendance, Lourenço et Rebelo de Sousa à Maputo",
  text="""
MAPUTO – Le Mozambique a célébré mercredi le cinquantième anniversaire de son indépendance en présence du président angolais João Lourenço et du chef de l'État portugais Rebelo de Sousa, accueillis par le président Daniel Chapo sur la place de l'Indépendance.

Investi en janvier après un scrutin contesté, Daniel Chapo a promis que « le Mozambique sera celui de la réconciliation ». Venâncio Mondlane, qui revendique toujours la victoire, a boycotté la cérémonie. L'ancien président Filipe Nyusi, qui a dirigé le pays de 2015 à janvier 2025, était présent.

Lire aussi : Angola : le kwanza poursuit sa glissade face au dollar

Luanda et Maputo ont signé un mémorandum sur l'énergie. La ministre angolaise des Finances, Vera Daves de Sousa, a indiqué que l'Angola ne solliciterait pas de nouveau programme du FMI « tant que le pétrole reste au-dessus de 60 dollars ».

M. Lourenço a aussi vanté le corridor de Lobito, la voie ferrée qui relie le port angolais à la Zambie et à la RDC, et dont le président zambien Hichilema attend « des milliers d'emplois ». Un économiste de la Banque mondiale, Tomás Nhantumbo, juge cependant que le projet « profitera d'abord aux exportateurs de cuivre ».

Le secrétaire exécutif de la SADC, Elias Magosi, a salué « un demi-siècle de souveraineté ».

Le chef de l'État angolais est rentré jeudi matin à Luanda, à l'aéroport international Agostinho-Neto, baptisé du nom du premier président du pays, Agostinho Neto.

Recevez chaque matin l'essentiel de l'actualité africaine – Je m'inscris

Partager : Facebook | X | WhatsApp
""",
  boilerplate=["Lire aussi : Angola : le kwanza poursuit sa glissade face au dollar",
               "Recevez chaque matin l'essentiel de l'actualité africaine – Je m'inscris",
               "Partager : Facebook | X | WhatsApp"],
  quotes=[
      ("« le Mozambique sera celui de la réconciliation »", "mixed", "Daniel Chapo"),
      ("l'Angola ne solliciterait pas de nouveau programme du FMI « tant que le pétrole reste au-dessus de 60 dollars »", "mixed", "Vera Daves de Sousa"),
      ("des milliers d'emplois", "direct", "Hichilema"),
      ("le projet « profitera d'abord aux exportateurs de cuivre »", "mixed", "Tomás Nhantumbo"),
      ("un demi-siècle de souveraineté", "direct", "Elias Magosi"),
  ],
  not_quotes=[],
  times=[
      ("mercredi", "DATE", "2025-06-25"),
      ("janvier", "DATE", "2025-01"),
      ("2015", "DATE", "2015"),
      ("janvier 2025", "DATE", "2025-01"),
      ("un demi-siècle", "DURATION", "P50Y"),
      ("jeudi matin", "TIME", "2025-06-26TMO"),
  ],
  entities=[
      ("P:joao_lourenco", "PER", ["João Lourenço", "Lourenço"], []),
      ("P:rebelo_de_sousa", "PER", ["Rebelo de Sousa"], []),
      ("P:daniel_chapo", "PER", ["Daniel Chapo"], []),
      ("P:venancio_mondlane", "PER", ["Venâncio Mondlane"], []),
      ("P:filipe_nyusi", "PER", ["Filipe Nyusi"], []),
      ("P:vera_daves_de_sousa", "PER", ["Vera Daves de Sousa"], []),
      ("P:hichilema", "PER", ["Hichilema"], []),
      ("P:tomas_nhantumbo", "PER", ["Tomás Nhantumbo"], []),
      ("P:elias_magosi", "PER", ["Elias Magosi"], []),
      ("P:agostinho_neto", "PER", ["Agostinho Neto"], []),
      ("L:maputo", "LOC", ["MAPUTO", "Maputo"], []),
      ("L:mozambique", "LOC", ["Mozambique"], []),
      ("L:angola", "LOC", ["Angola"], ["angolais", "angolaise"]),
      ("L:portugal", "LOC", [], ["portugais"]),
      ("L:independence_square_maputo", "LOC", ["place de l'Indépendance"], []),
      ("L:luanda", "LOC", ["Luanda"], []),
      ("L:lobito_corridor", "LOC", ["corridor de Lobito"], []),
      ("L:zambia", "LOC", ["Zambie"], ["zambien"]),
      ("L:drc", "LOC", ["RDC"], []),
      ("L:luanda_airport", "LOC", ["aéroport international Agostinho-Neto"], []),
      ("O:imf", "ORG", ["FMI"], []),
      ("O:world_bank", "ORG", ["Banque mondiale"], []),
      ("O:sadc", "ORG", ["SADC"], []),
  ],
  roles=[
      ("P:joao_lourenco", "président", "L:angola"),
      ("P:rebelo_de_sousa", "chef de l'État", "L:portugal"),
      ("P:daniel_chapo", "président", "L:mozambique"),
      ("P:filipe_nyusi", "ancien président", "L:mozambique"),
      ("P:vera_daves_de_sousa", "ministre des Finances", "L:angola"),
      ("P:hichilema", "président", "L:zambia"),
      ("P:tomas_nhantumbo", "économiste", "O:world_bank"),
      ("P:elias_magosi", "secrétaire exécutif", "O:sadc"),
      ("P:agostinho_neto", "premier président", "L:angola"),
  ])

# ---------------------------------------------------------------- q04
A(id="q04", published="2024-08-19",
  title="SADC : à Harare, Mnangagwa prend la présidence tournante, Hichilema plaide pour la dette",
  text="""
HARARE – Le président zimbabwéen Emmerson Mnangagwa a pris samedi la présidence tournante de la Communauté de développement de l'Afrique australe (SADC), succédant au président angolais João LOURENÇO, lors d'un sommet organisé dans la capitale.

« L'Afrique australe doit financer elle-même son développement », a lancé M. Mnangagwa devant une quinzaine de chefs d'État.

Le président zambien Hakainde Hichilema, surnommé « HH » par ses partisans, a appelé les créanciers à « tenir parole » sur la restructuration de la dette de Lusaka, conclue avec le Fonds monétaire international et la Chine.

LIRE AUSSI – Zambie : la sécheresse fait chuter la production du barrage de Kariba

Selon son ministre des Finances, Situmbeko Musokotwane, la Zambie a besoin de 900 millions de dollars pour faire face à la sécheresse cette année. La directrice générale du FMI, Kristalina Georgieva, avait salué début août « les progrès » du pays.

Côté zimbabwéen, le vice-ministre des Finances David Mnangagwa, fils du chef de l'État, suit le dossier du ZiG, la monnaie lancée en avril. Son supérieur, le ministre Mthuli Ncube, a assuré que l'inflation était « sous contrôle ».

Le sommet a aussi évoqué le corridor de Lobito, que Washington finance en partie. Devenu président en exercice de l'organisation, M. Mnangagwa a remercié M. Lourenco pour « une année de travail ». Le secrétaire exécutif Elias Magosi a annoncé que le prochain sommet se tiendrait à Madagascar.

Les délégués zambiens sont repartis dimanche soir par l'aéroport international Kenneth-Kaunda de Lusaka, du nom de Kenneth Kaunda, qui fut le premier président du pays de 1964 à 1991.

Suivez-nous sur WhatsApp pour ne rien manquer de l'actualité
""",
  boilerplate=["LIRE AUSSI – Zambie : la sécheresse fait chuter la production du barrage de Kariba",
               "Suivez-nous sur WhatsApp pour ne rien manquer de l'actualité"],
  quotes=[
      ("L'Afrique australe doit financer elle-même son développement", "direct", "Emmerson Mnangagwa"),
      ("tenir parole", "direct", "Hakainde Hichilema"),
      ("la Zambie a besoin de 900 millions de dollars pour faire face à la sécheresse cette année", "indirect", "Situmbeko Musokotwane"),
      ("les progrès", "direct", "Kristalina Georgieva"),
      ("l'inflation était « sous contrôle »", "mixed", "Mthuli Ncube"),
      ("une année de travail", "direct", "Emmerson Mnangagwa"),
      ("le prochain sommet se tiendrait à Madagascar", "indirect", "Elias Magosi"),
  ],
  not_quotes=["HH"],
  times=[
      ("samedi", "DATE", "2024-08-17"),
      ("cette année", "DATE", "2024"),
      ("début août", "DATE", "2024-08"),
      ("avril", "DATE", "2024-04"),
      ("une année", "DURATION", "P1Y"),
      ("dimanche soir", "TIME", "2024-08-18TEV"),
      ("1964", "DATE", "1964"),
      ("1991", "DATE", "1991"),
  ],
  entities=[
      ("P:emmerson_mnangagwa", "PER", ["Emmerson Mnangagwa", "Mnangagwa"], []),
      ("P:joao_lourenco", "PER", ["João LOURENÇO", "Lourenco"], []),
      ("P:hichilema", "PER", ["Hakainde Hichilema", "HH"], []),
      ("P:musokotwane", "PER", ["Situmbeko Musokotwane"], []),
      ("P:georgieva", "PER", ["Kristalina Georgieva"], []),
      ("P:david_mnangagwa", "PER", ["David Mnangagwa"], []),
      ("P:mthuli_ncube", "PER", ["Mthuli Ncube"], []),
      ("P:elias_magosi", "PER", ["Elias Magosi"], []),
      ("P:kenneth_kaunda", "PER", ["Kenneth Kaunda"], []),
      ("L:harare", "LOC", ["HARARE"], []),
      ("L:zimbabwe", "LOC", [], ["zimbabwéen"]),
      ("L:angola", "LOC", [], ["angolais"]),
      ("L:southern_africa", "LOC", ["Afrique australe"], []),
      ("L:zambia", "LOC", ["Zambie"], ["zambien", "zambiens"]),
      ("L:lusaka", "LOC", ["Lusaka"], []),
      ("L:china", "LOC", ["Chine"], []),
      ("L:lobito_corridor", "LOC", ["corridor de Lobito"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("L:madagascar", "LOC", ["Madagascar"], []),
      ("L:lusaka_airport", "LOC", ["aéroport international Kenneth-Kaunda"], []),
      ("O:sadc", "ORG", ["Communauté de développement de l'Afrique australe", "SADC"], []),
      ("O:imf", "ORG", ["Fonds monétaire international", "FMI"], []),
      ("M:zig", "MISC", ["ZiG"], []),
  ],
  roles=[
      ("P:emmerson_mnangagwa", "président", "L:zimbabwe"),
      ("P:joao_lourenco", "président", "L:angola"),
      ("P:hichilema", "président", "L:zambia"),
      ("P:musokotwane", "ministre des Finances", "L:zambia"),
      ("P:georgieva", "directrice générale", "O:imf"),
      ("P:david_mnangagwa", "vice-ministre des Finances", "L:zimbabwe"),
      ("P:mthuli_ncube", "ministre", "L:zimbabwe"),
      ("P:emmerson_mnangagwa", "président en exercice", "O:sadc"),
      ("P:elias_magosi", "secrétaire exécutif", "O:sadc"),
      ("P:kenneth_kaunda", "premier président", "L:zambia"),
  ])

# ---------------------------------------------------------------- q05
A(id="q05", published="2025-02-05",
  title="Norvège : Jens Stoltenberg fait son retour au gouvernement, la Suède salue",
  text="""
OSLO – L'ancien secrétaire général de l'OTAN Jens Stoltenberg a été nommé mardi ministre des Finances de Norvège, une semaine après l'éclatement de la coalition du Premier ministre travailliste Jonas Gahr Støre.

Le Parti du centre avait claqué la porte le 30 janvier à propos des directives européennes sur l'énergie. Son chef, l'ancien ministre des Finances Trygve Slagsvold Vedum, a estimé que « les Norvégiens ne veulent pas de Bruxelles dans leurs factures ».

« Jens connaît les marchés et il connaît le monde. Dans la période actuelle, c'est un atout », a déclaré M. Gahr Støre lors d'une conférence de presse à Oslo.

Lire aussi : Suède : Stockholm annonce une hausse record du budget de la défense

À Stockholm, le Premier ministre suédois Ulf Kristersson a salué « un ami de la Suède », rappelant le rôle joué par M. Stoltenberg dans l'adhésion du pays à l'Alliance atlantique en mars 2024. Sa ministre des Affaires étrangères, Maria Malmer Stenergard, a précisé que Stockholm et Oslo comptaient renforcer leur coopération militaire dans le Grand Nord.

Le secrétaire général de l'OTAN, Mark Rutte, a pour sa part jugé que la Norvège gagnait « un ministre de poids ».

Pour la politologue Ingrid Halvorsen, de l'université d'Oslo, ce retour « peut sauver les travaillistes » avant les législatives du 8 septembre.

Vous avez aimé cet article ? Inscrivez-vous à notre newsletter Europe du Nord

PUBLICITÉ
""",
  boilerplate=["Lire aussi : Suède : Stockholm annonce une hausse record du budget de la défense",
               "Vous avez aimé cet article ? Inscrivez-vous à notre newsletter Europe du Nord",
               "PUBLICITÉ"],
  quotes=[
      ("« les Norvégiens ne veulent pas de Bruxelles dans leurs factures »", "mixed", "Trygve Slagsvold Vedum"),
      ("Jens connaît les marchés et il connaît le monde. Dans la période actuelle, c'est un atout", "direct", "Jonas Gahr Støre"),
      ("un ami de la Suède", "direct", "Ulf Kristersson"),
      ("Stockholm et Oslo comptaient renforcer leur coopération militaire dans le Grand Nord", "indirect", "Maria Malmer Stenergard"),
      ("la Norvège gagnait « un ministre de poids »", "mixed", "Mark Rutte"),
      ("ce retour « peut sauver les travaillistes » avant les législatives du 8 septembre", "mixed", "Ingrid Halvorsen"),
  ],
  not_quotes=[],
  times=[
      ("mardi", "DATE", "2025-02-04"),
      ("une semaine", "DURATION", "P1W"),
      ("le 30 janvier", "DATE", "2025-01-30"),
      ("la période actuelle", "DATE", "PRESENT_REF"),
      ("mars 2024", "DATE", "2024-03"),
      ("8 septembre", "DATE", "2025-09-08"),
  ],
  entities=[
      ("P:stoltenberg", "PER", ["Jens Stoltenberg", "Stoltenberg", "Jens"], []),
      ("P:gahr_store", "PER", ["Jonas Gahr Støre", "Gahr Støre"], []),
      ("P:vedum", "PER", ["Trygve Slagsvold Vedum"], []),
      ("P:kristersson", "PER", ["Ulf Kristersson"], []),
      ("P:malmer_stenergard", "PER", ["Maria Malmer Stenergard"], []),
      ("P:rutte", "PER", ["Mark Rutte"], []),
      ("P:ingrid_halvorsen", "PER", ["Ingrid Halvorsen"], []),
      ("L:oslo", "LOC", ["OSLO", "Oslo"], []),
      ("L:norway", "LOC", ["Norvège"], ["Norvégiens"]),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("L:stockholm", "LOC", ["Stockholm"], []),
      ("L:sweden", "LOC", ["Suède"], ["suédois"]),
      ("L:high_north", "LOC", ["Grand Nord"], []),
      ("O:nato", "ORG", ["OTAN", "Alliance atlantique"], []),
      ("O:centre_party_norway", "ORG", ["Parti du centre"], []),
      ("O:university_of_oslo", "ORG", ["université d'Oslo"], []),
  ],
  roles=[
      ("P:stoltenberg", "ancien secrétaire général", "O:nato"),
      ("P:stoltenberg", "ministre des Finances", "L:norway"),
      ("P:gahr_store", "Premier ministre", "L:norway"),
      ("P:vedum", "chef", "O:centre_party_norway"),
      ("P:vedum", "ancien ministre des Finances", "L:norway"),
      ("P:kristersson", "Premier ministre", "L:sweden"),
      ("P:malmer_stenergard", "ministre des Affaires étrangères", "L:sweden"),
      ("P:rutte", "secrétaire général", "O:nato"),
      ("P:ingrid_halvorsen", "politologue", "O:university_of_oslo"),
  ])

# ---------------------------------------------------------------- q06
A(id="q06", published="2025-10-28",
  title="Argentine : après sa victoire, Milei tend la main aux gouverneurs",
  text="""
BUENOS AIRES – Fort de sa victoire aux élections de mi-mandat de dimanche, le président argentin Javier Milei a convoqué pour jeudi les gouverneurs des provinces afin de négocier son budget 2026.

Le grand perdant du scrutin est Axel Kicillof, gouverneur de la province de Buenos Aires, où La Libertad Avanza de M. Milei a devancé de justesse Fuerza Patria. « Le peuple a parlé, mais la province ne se vendra pas », a réagi le gouverneur péroniste, qui se voit candidat en 2027.

Les gouverneurs Martín Llaryora (Córdoba) et Maximiliano Pullaro (Santa Fe), figures de l'alliance Provincias Unidas, se sont montrés plus prudents. Selon M. Llaryora, les provinces attendent « des gestes concrets » sur le partage des recettes fiscales.

Lire aussi : Uruguay : le président Orsi présente un plan contre l'insécurité

Le chef du gouvernement de la ville de Buenos Aires, Jorge Macri, cousin de l'ancien président Mauricio Macri, a officialisé son alliance avec le parti présidentiel.

Le ministre de l'Économie, Luis Caputo, a remercié Washington et le Trésor américain pour la ligne d'échange de 20 milliards de dollars accordée avant le vote. Donald Trump avait prévenu que cette aide dépendait d'une victoire de M. Milei. Le FMI, dont la directrice générale Kristalina Georgieva a salué un « vote de confiance », attend de nouvelles réformes.

À Madrid, où M. Milei avait qualifié en 2024 l'épouse du chef du gouvernement espagnol Pedro Sanchez de « corrompue », on s'abstenait de tout commentaire.

Cet article vous a été utile ? Partagez-le
""",
  boilerplate=["Lire aussi : Uruguay : le président Orsi présente un plan contre l'insécurité",
               "Cet article vous a été utile ? Partagez-le"],
  quotes=[
      ("Le peuple a parlé, mais la province ne se vendra pas", "direct", "Axel Kicillof"),
      ("les provinces attendent « des gestes concrets » sur le partage des recettes fiscales", "mixed", "Martín Llaryora"),
      ("cette aide dépendait d'une victoire de M. Milei", "indirect", "Donald Trump"),
      ("vote de confiance", "direct", "Kristalina Georgieva"),
      ("corrompue", "direct", "Javier Milei"),
  ],
  not_quotes=[],
  times=[
      ("dimanche", "DATE", "2025-10-26"),
      ("jeudi", "DATE", "2025-10-30"),
      ("2026", "DATE", "2026"),
      ("2027", "DATE", "2027"),
      ("2024", "DATE", "2024"),
  ],
  entities=[
      ("P:milei", "PER", ["Javier Milei", "Milei"], []),
      ("P:kicillof", "PER", ["Axel Kicillof"], []),
      ("P:llaryora", "PER", ["Martín Llaryora", "Llaryora"], []),
      ("P:pullaro", "PER", ["Maximiliano Pullaro"], []),
      ("P:jorge_macri", "PER", ["Jorge Macri"], []),
      ("P:mauricio_macri", "PER", ["Mauricio Macri"], []),
      ("P:luis_caputo", "PER", ["Luis Caputo"], []),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("P:georgieva", "PER", ["Kristalina Georgieva"], []),
      ("P:sanchez", "PER", ["Pedro Sanchez"], []),
      ("L:buenos_aires_city", "LOC", ["BUENOS AIRES", "ville de Buenos Aires"], []),
      ("L:argentina", "LOC", [], ["argentin"]),
      ("L:buenos_aires_province", "LOC", ["province de Buenos Aires"], []),
      ("L:cordoba_province", "LOC", ["Córdoba"], []),
      ("L:santa_fe_province", "LOC", ["Santa Fe"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("L:madrid", "LOC", ["Madrid"], []),
      ("L:spain", "LOC", [], ["espagnol"]),
      ("O:la_libertad_avanza", "ORG", ["La Libertad Avanza"], []),
      ("O:fuerza_patria", "ORG", ["Fuerza Patria"], []),
      ("O:provincias_unidas", "ORG", ["Provincias Unidas"], []),
      ("O:us_treasury", "ORG", ["Trésor"], []),
      ("O:imf", "ORG", ["FMI"], []),
  ],
  roles=[
      ("P:milei", "président", "L:argentina"),
      ("P:kicillof", "gouverneur", "L:buenos_aires_province"),
      ("P:llaryora", "gouverneur", "L:cordoba_province"),
      ("P:pullaro", "gouverneur", "L:santa_fe_province"),
      ("P:jorge_macri", "chef du gouvernement", "L:buenos_aires_city"),
      ("P:mauricio_macri", "ancien président", "L:argentina"),
      ("P:luis_caputo", "ministre de l'Économie", "L:argentina"),
      ("P:georgieva", "directrice générale", "O:imf"),
      ("P:sanchez", "chef du gouvernement", "L:spain"),
  ])

# ---------------------------------------------------------------- q07
A(id="q07", published="2026-01-02",
  title="New York : Zohran Mamdani investi maire, les gouverneurs démocrates en ordre de bataille face à Trump",
  text="""
NEW YORK – Zohran Mamdani a prêté serment jeudi peu après minuit comme 111e maire de New York, dans une station de métro désaffectée sous l'hôtel de ville.

La gouverneure de l'État de New York, Kathy Hochul, a promis de « travailler main dans la main » avec le nouvel élu, dont elle avait soutenu la candidature face à l'ancien gouverneur Andrew Cuomo. Battu en novembre, M. Cuomo, fils de l'ex-gouverneur Mario Cuomo, a brièvement assisté à la cérémonie publique.

« New York n'a pas peur de Washington », a lancé le maire dans son premier discours, visant le président américain Donald Trump, qui menace de couper les fonds fédéraux à la ville.

Lire aussi : Minneapolis : le maire Jacob Frey réélu pour un troisième mandat

En Californie, le gouverneur Gavin Newsom, qui ne cache pas ses ambitions pour 2028, a salué « une victoire de la démocratie locale ». La maire de Los Angeles, Karen Bass, a de son côté demandé à la Maison Blanche de retirer la Garde nationale de sa ville.

Plus prudent, le gouverneur républicain de Géorgie, Brian Kemp, dont le mandat s'achève dans un an, a estimé que les maires devaient « respecter la loi fédérale ».

L'ancien maire Eric Adams, qui avait renoncé à se représenter, n'a pas fait le déplacement. Selon son ancienne porte-parole, Dana Whitfield, il se trouvait en Floride.

Publié le 02/01/2026 à 06h05 - Mis à jour le 02/01/2026 à 08h30

Newsletter Monde : recevez chaque soir le meilleur de l'actualité internationale
""",
  boilerplate=["Lire aussi : Minneapolis : le maire Jacob Frey réélu pour un troisième mandat",
               "Publié le 02/01/2026 à 06h05 - Mis à jour le 02/01/2026 à 08h30",
               "Newsletter Monde : recevez chaque soir le meilleur de l'actualité internationale"],
  quotes=[
      ("travailler main dans la main", "direct", "Kathy Hochul"),
      ("New York n'a pas peur de Washington", "direct", "Zohran Mamdani"),
      ("une victoire de la démocratie locale", "direct", "Gavin Newsom"),
      ("les maires devaient « respecter la loi fédérale »", "mixed", "Brian Kemp"),
      ("il se trouvait en Floride", "indirect", "Dana Whitfield"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2026-01-01"),
      ("minuit", "TIME", "2026-01-01T00:00"),
      ("novembre", "DATE", "2025-11"),
      ("2028", "DATE", "2028"),
      ("un an", "DURATION", "P1Y"),
  ],
  entities=[
      ("P:mamdani", "PER", ["Zohran Mamdani"], []),
      ("P:hochul", "PER", ["Kathy Hochul"], []),
      ("P:andrew_cuomo", "PER", ["Andrew Cuomo", "Cuomo"], []),
      ("P:mario_cuomo", "PER", ["Mario Cuomo"], []),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("P:newsom", "PER", ["Gavin Newsom"], []),
      ("P:karen_bass", "PER", ["Karen Bass"], []),
      ("P:brian_kemp", "PER", ["Brian Kemp"], []),
      ("P:eric_adams", "PER", ["Eric Adams"], []),
      ("P:dana_whitfield", "PER", ["Dana Whitfield"], []),
      ("L:new_york_city", "LOC", ["NEW YORK", "New York"], []),
      ("L:new_york_state", "LOC", ["État de New York"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("L:california", "LOC", ["Californie"], []),
      ("L:los_angeles", "LOC", ["Los Angeles"], []),
      ("L:georgia_us_state", "LOC", ["Géorgie"], []),
      ("L:florida", "LOC", ["Floride"], []),
      ("O:white_house", "ORG", ["Maison Blanche"], []),
      ("O:us_national_guard", "ORG", ["Garde nationale"], []),
  ],
  roles=[
      ("P:mamdani", "maire", "L:new_york_city"),
      ("P:hochul", "gouverneure", "L:new_york_state"),
      ("P:andrew_cuomo", "ancien gouverneur", "L:new_york_state"),
      ("P:mario_cuomo", "ex-gouverneur", "L:new_york_state"),
      ("P:trump", "président", "L:usa"),
      ("P:newsom", "gouverneur", "L:california"),
      ("P:karen_bass", "maire", "L:los_angeles"),
      ("P:brian_kemp", "gouverneur", "L:georgia_us_state"),
      ("P:eric_adams", "ancien maire", "L:new_york_city"),
      ("P:dana_whitfield", "ancienne porte-parole", "P:eric_adams"),
  ])

# ---------------------------------------------------------------- q08
A(id="q08", published="2025-01-08",
  title="Singapour et la Malaisie signent l'accord sur la zone économique spéciale de Johor",
  text="""
PUTRAJAYA – Le Premier ministre malaisien Anwar Ibrahim et le chef du gouvernement singapourien, Lawrence Wong, ont signé mardi l'accord créant la zone économique spéciale Johor-Singapour, un projet discuté depuis près de deux ans.

« Ce n'est pas un cadeau fait à Singapour, c'est un investissement pour chaque Malaisien », a affirmé M. Anwar lors de la conférence de presse conjointe.

Le ministre en chef du Johor, Onn Hafiz Ghazi, a indiqué que l'État espérait « 20 000 emplois qualifiés » d'ici 2030. Le sultan de Johor, Ibrahim Iskandar, monté sur le trône de Malaisie en janvier 2024, a reçu les deux dirigeants dans la soirée.

Lire aussi : Malaisie : le roi Ibrahim réduit de moitié la peine de l'ancien Premier ministre Najib Razak

À Singapour, l'ancien Premier ministre Lee Hsien Loong, aujourd'hui ministre senior, a rappelé sur Facebook que son père, Lee Kuan Yew, avait « rêvé de ce pont économique » dès les années 1990.

Côté malaisien, la vice-présidente du Parti de la justice populaire (PKR), Nurul Izzah Anwar, fille du Premier ministre, a estimé que le projet devait « profiter d'abord aux habitants de Johor Bahru ».

Le ministre singapourien du Commerce, Gan Kim Yong, également vice-Premier ministre, a précisé que les premiers investissements étaient attendus « dès cette année ».

TÉLÉCHARGEZ NOTRE APPLI – ASIE EN DIRECT

Partager cet article : Facebook / LinkedIn / E-mail
""",
  boilerplate=["Lire aussi : Malaisie : le roi Ibrahim réduit de moitié la peine de l'ancien Premier ministre Najib Razak",
               "TÉLÉCHARGEZ NOTRE APPLI – ASIE EN DIRECT",
               "Partager cet article : Facebook / LinkedIn / E-mail"],
  quotes=[
      ("Ce n'est pas un cadeau fait à Singapour, c'est un investissement pour chaque Malaisien", "direct", "Anwar Ibrahim"),
      ("l'État espérait « 20 000 emplois qualifiés » d'ici 2030", "mixed", "Onn Hafiz Ghazi"),
      ("son père, Lee Kuan Yew, avait « rêvé de ce pont économique » dès les années 1990", "mixed", "Lee Hsien Loong"),
      ("le projet devait « profiter d'abord aux habitants de Johor Bahru »", "mixed", "Nurul Izzah Anwar"),
      ("les premiers investissements étaient attendus « dès cette année »", "mixed", "Gan Kim Yong"),
  ],
  not_quotes=[],
  times=[
      ("mardi", "DATE", "2025-01-07"),
      ("deux ans", "DURATION", "P2Y"),
      ("2030", "DATE", "2030"),
      ("janvier 2024", "DATE", "2024-01"),
      ("la soirée", "TIME", "2025-01-07TEV"),
      ("aujourd'hui", "DATE", "PRESENT_REF"),
      ("les années 1990", "DATE", "199"),
      ("cette année", "DATE", "2025"),
  ],
  entities=[
      ("P:anwar_ibrahim", "PER", ["Anwar Ibrahim", "Anwar"], []),
      ("P:lawrence_wong", "PER", ["Lawrence Wong"], []),
      ("P:onn_hafiz_ghazi", "PER", ["Onn Hafiz Ghazi"], []),
      ("P:ibrahim_iskandar", "PER", ["Ibrahim Iskandar"], []),
      ("P:lee_hsien_loong", "PER", ["Lee Hsien Loong"], []),
      ("P:lee_kuan_yew", "PER", ["Lee Kuan Yew"], []),
      ("P:nurul_izzah_anwar", "PER", ["Nurul Izzah Anwar"], []),
      ("P:gan_kim_yong", "PER", ["Gan Kim Yong"], []),
      ("L:putrajaya", "LOC", ["PUTRAJAYA"], []),
      ("L:malaysia", "LOC", ["Malaisie"], ["malaisien", "Malaisien"]),
      ("L:singapore", "LOC", ["Singapour"], ["singapourien"]),
      ("L:johor_singapore_sez", "LOC", ["zone économique spéciale Johor-Singapour"], []),
      ("L:johor", "LOC", ["Johor"], []),
      ("L:johor_bahru", "LOC", ["Johor Bahru"], []),
      ("O:facebook", "ORG", ["Facebook"], []),
      ("O:pkr", "ORG", ["Parti de la justice populaire", "PKR"], []),
  ],
  roles=[
      ("P:anwar_ibrahim", "Premier ministre", "L:malaysia"),
      ("P:lawrence_wong", "chef du gouvernement", "L:singapore"),
      ("P:onn_hafiz_ghazi", "ministre en chef", "L:johor"),
      ("P:ibrahim_iskandar", "sultan", "L:johor"),
      ("P:lee_hsien_loong", "ancien Premier ministre", "L:singapore"),
      ("P:lee_hsien_loong", "ministre senior", "L:singapore"),
      ("P:nurul_izzah_anwar", "vice-présidente", "O:pkr"),
      ("P:gan_kim_yong", "ministre du Commerce", "L:singapore"),
      ("P:gan_kim_yong", "vice-Premier ministre", "L:singapore"),
  ])

# ---------------------------------------------------------------- q09
A(id="q09", published="2025-04-15",
  title="Liban-Syrie : Nawaf Salam à Damas pour parler frontière et réfugiés",
  text="""
DAMAS – Le Premier ministre libanais Nawaf Salam s'est rendu lundi à Damas, où il a été reçu par le président syrien par intérim Ahmed al-Charaa, pour discuter de la démarcation de la frontière et du retour des réfugiés.

« Le Liban ne sera plus jamais une arrière-cour, ni pour Damas ni pour personne », a déclaré M. Salam à l'issue de l'entretien. Le chef de la diplomatie syrienne, Assaad al-Chaibani, a assuré que son pays voulait « tourner la page de l'ère de Bachar al-Assad ». Selon l'agence officielle Sana, Ahmad al-Sharaa a accepté la création d'un comité conjoint.

Lire aussi : Syrie : la livre syrienne regagne du terrain après la levée de sanctions

À Beyrouth, le président Joseph Aoun, élu en janvier après plus de deux ans de vacance du pouvoir, a salué « une nouvelle page ». L'ancien président Michel Aoun, sans lien de parenté, était un allié du Hezbollah.

Le Hezbollah, dont le secrétaire général Naïm Qassem refuse de désarmer, n'a pas commenté. L'émissaire adjointe américaine pour le Proche-Orient, Morgan Ortagus, attendue à Beyrouth la semaine prochaine, avait prévenu que l'administration Trump suivrait « de très près » le dossier de la frontière.

Le même jour, le Premier ministre arménien Nikol Pashinian a appelé M. Aoun pour évoquer la sécurité de la communauté arménienne du Liban.

M. Salam a regagné Beyrouth dans la soirée par l'aéroport Rafic-Hariri, du nom de l'ancien Premier ministre Rafic Hariri, assassiné en 2005.

Abonnez-vous pour lire la suite de nos analyses sur le Moyen-Orient
""",
  boilerplate=["Lire aussi : Syrie : la livre syrienne regagne du terrain après la levée de sanctions",
               "Abonnez-vous pour lire la suite de nos analyses sur le Moyen-Orient"],
  quotes=[
      ("Le Liban ne sera plus jamais une arrière-cour, ni pour Damas ni pour personne", "direct", "Nawaf Salam"),
      ("son pays voulait « tourner la page de l'ère de Bachar al-Assad »", "mixed", "Assaad al-Chaibani"),
      ("Ahmad al-Sharaa a accepté la création d'un comité conjoint", "indirect", "Sana"),
      ("une nouvelle page", "direct", "Joseph Aoun"),
      ("l'administration Trump suivrait « de très près » le dossier de la frontière", "mixed", "Morgan Ortagus"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2025-04-14"),
      ("janvier", "DATE", "2025-01"),
      ("deux ans", "DURATION", "P2Y"),
      ("la semaine prochaine", "DATE", "2025-W17"),
      ("Le même jour", "DATE", "2025-04-14"),
      ("la soirée", "TIME", "2025-04-14TEV"),
      ("2005", "DATE", "2005"),
  ],
  entities=[
      ("P:nawaf_salam", "PER", ["Nawaf Salam", "Salam"], []),
      ("P:al_sharaa", "PER", ["Ahmed al-Charaa", "Ahmad al-Sharaa"], []),
      ("P:al_shaibani", "PER", ["Assaad al-Chaibani"], []),
      ("P:bashar_al_assad", "PER", ["Bachar al-Assad"], []),
      ("P:joseph_aoun", "PER", ["Joseph Aoun", "Aoun"], []),
      ("P:michel_aoun", "PER", ["Michel Aoun"], []),
      ("P:naim_qassem", "PER", ["Naïm Qassem"], []),
      ("P:morgan_ortagus", "PER", ["Morgan Ortagus"], []),
      ("P:trump", "PER", ["Trump"], []),
      ("P:pashinyan", "PER", ["Nikol Pashinian"], []),
      ("P:rafic_hariri", "PER", ["Rafic Hariri"], []),
      ("L:damascus", "LOC", ["DAMAS", "Damas"], []),
      ("L:lebanon", "LOC", ["Liban"], ["libanais"]),
      ("L:syria", "LOC", [], ["syrien", "syrienne"]),
      ("L:beirut", "LOC", ["Beyrouth"], []),
      ("L:usa", "LOC", [], ["américaine"]),
      ("L:middle_east", "LOC", ["Proche-Orient"], []),
      ("L:armenia", "LOC", [], ["arménien", "arménienne"]),
      ("L:beirut_airport", "LOC", ["aéroport Rafic-Hariri"], []),
      ("O:sana", "ORG", ["Sana"], []),
      ("O:hezbollah", "ORG", ["Hezbollah"], []),
  ],
  roles=[
      ("P:nawaf_salam", "Premier ministre", "L:lebanon"),
      ("P:al_sharaa", "président par intérim", "L:syria"),
      ("P:al_shaibani", "chef de la diplomatie", "L:syria"),
      ("P:joseph_aoun", "président", "L:lebanon"),
      ("P:michel_aoun", "ancien président", "L:lebanon"),
      ("P:naim_qassem", "secrétaire général", "O:hezbollah"),
      ("P:morgan_ortagus", "émissaire adjointe pour le Proche-Orient", "L:usa"),
      ("P:pashinyan", "Premier ministre", "L:armenia"),
      ("P:rafic_hariri", "ancien Premier ministre", "L:lebanon"),
  ])

# ---------------------------------------------------------------- q10
A(id="q10", published="2025-08-22",
  title="Tunisie : l'UGTT descend dans la rue, Saïed dénonce des « lobbys »",
  text="""
TUNIS – Plusieurs milliers de syndicalistes ont défilé jeudi dans le centre de Tunis à l'appel de l'Union générale tunisienne du travail (UGTT), dont le siège avait été visé début août par des partisans du président tunisien Kaïs Saïed.

« Nous ne sommes pas des ennemis de l'État, nous sommes la mémoire de ce pays », a lancé le secrétaire général de la centrale, Noureddine Taboubi, devant le siège de la place Mohamed-Ali.

Le chef de l'État, qui gouverne par décrets depuis juillet 2021, avait dénoncé mercredi soir des « lobbys » voulant « affamer le peuple », sans nommer le syndicat. La Première ministre Sara Zaafrani Zenzri, nommée à la tête du gouvernement en mars, a promis que les augmentations salariales prévues en 2026 seraient « intégralement versées ».

Lire aussi : Tunisie : l'opposant Ahmed Néjib Chebbi condamné en appel

Selon Slim Ayari, porte-parole de l'UGTT, 40 000 personnes ont participé à la marche. Le ministère de l'Intérieur en a compté dix fois moins.

M. Saïed refuse depuis 2023 les conditions du Fonds monétaire international et de sa directrice générale, Mme Georgieva, et accuse la centrale de bloquer les réformes.

À Paris, la secrétaire générale de la CGT, Sophie Binet, a exprimé dans un communiqué la « solidarité totale » de la confédération française avec l'UGTT. Le syndicat tunisien, colauréat du prix Nobel de la paix en 2015, menace d'une grève générale.

Retrouvez toute l'actualité du Maghreb sur notre application mobile
""",
  boilerplate=["Lire aussi : Tunisie : l'opposant Ahmed Néjib Chebbi condamné en appel",
               "Retrouvez toute l'actualité du Maghreb sur notre application mobile"],
  quotes=[
      ("Nous ne sommes pas des ennemis de l'État, nous sommes la mémoire de ce pays", "direct", "Noureddine Taboubi"),
      ("lobbys", "direct", "Kaïs Saïed"),
      ("affamer le peuple", "direct", "Kaïs Saïed"),
      ("les augmentations salariales prévues en 2026 seraient « intégralement versées »", "mixed", "Sara Zaafrani Zenzri"),
      ("40 000 personnes ont participé à la marche", "indirect", "Slim Ayari"),
      ("solidarité totale", "direct", "Sophie Binet"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2025-08-21"),
      ("début août", "DATE", "2025-08"),
      ("juillet 2021", "DATE", "2021-07"),
      ("mercredi soir", "TIME", "2025-08-20TEV"),
      ("mars", "DATE", "2025-03"),
      ("2026", "DATE", "2026"),
      ("2023", "DATE", "2023"),
      ("2015", "DATE", "2015"),
  ],
  entities=[
      ("P:kais_saied", "PER", ["Kaïs Saïed", "Saïed"], []),
      ("P:taboubi", "PER", ["Noureddine Taboubi"], []),
      ("P:zaafrani_zenzri", "PER", ["Sara Zaafrani Zenzri"], []),
      ("P:slim_ayari", "PER", ["Slim Ayari"], []),
      ("P:georgieva", "PER", ["Georgieva"], []),
      ("P:binet", "PER", ["Sophie Binet"], []),
      ("L:tunis", "LOC", ["TUNIS", "Tunis"], []),
      ("L:tunisia", "LOC", [], ["tunisien"]),
      ("L:place_mohamed_ali", "LOC", ["place Mohamed-Ali"], []),
      ("L:paris", "LOC", ["Paris"], []),
      ("L:france", "LOC", [], ["française"]),
      ("O:ugtt", "ORG", ["Union générale tunisienne du travail", "UGTT"], []),
      ("O:tunisia_interior_ministry", "ORG", ["ministère de l'Intérieur"], []),
      ("O:imf", "ORG", ["Fonds monétaire international"], []),
      ("O:cgt", "ORG", ["CGT"], []),
      ("M:nobel_peace_prize", "MISC", ["prix Nobel de la paix"], []),
  ],
  roles=[
      ("P:kais_saied", "président", "L:tunisia"),
      ("P:taboubi", "secrétaire général", "O:ugtt"),
      ("P:zaafrani_zenzri", "Première ministre", "L:tunisia"),
      ("P:slim_ayari", "porte-parole", "O:ugtt"),
      ("P:georgieva", "directrice générale", "O:imf"),
      ("P:binet", "secrétaire générale", "O:cgt"),
  ])

# ---------------------------------------------------------------- q11
A(id="q11", published="2025-11-20",
  title="Nord : grève illimitée chez Valtrane, Sophie Binet attendue sur le piquet",
  text="""
MAUBEUGE (Nord) – Depuis lundi, la quasi-totalité des 600 salariés de l'équipementier automobile Valtrane sont en grève contre la fermeture annoncée d'une des deux lignes de l'usine de Maubeuge, l'une des dernières du secteur en France.

« On nous demande de sacrifier 180 emplois pour sauver les marges des actionnaires », dénonce Nadia Ferrand, déléguée syndicale CGT, au milieu des palettes et des braseros.

La direction a confirmé mercredi le projet. Dans un courrier aux salariés, le PDG de Valtrane, Thierry Lagarde, assure que « le site a un avenir », mais que la baisse des commandes de véhicules électriques impose « une adaptation ».

Lire aussi – Automobile : Stellantis annonce une pause de production à Mulhouse

La secrétaire générale de la Confédération générale du travail, qui s'était rendue la semaine dernière chez ArcelorMittal à Dunkerque, Sophie Binet, est attendue vendredi sur le piquet de grève. Pour Mme Binet, ce dossier illustre « l'échec de la politique de l'offre ».

Le ministre du Travail, Jean-Pierre Farandou, a demandé à la direction de « privilégier le dialogue » et a nommé un médiateur, l'ancien inspecteur du travail Michel Roussel. La CFDT, dont la secrétaire générale Marylise Léon réclame un moratoire sur les suppressions de postes dans l'automobile, soutient le mouvement.

L'avocat du CSE, Me Antoine Vasseur, a indiqué qu'il saisirait le tribunal judiciaire de Valenciennes faute de plan de reclassement d'ici fin décembre.

PARTAGER SUR FACEBOOK

PARTAGER SUR X
""",
  boilerplate=["Lire aussi – Automobile : Stellantis annonce une pause de production à Mulhouse",
               "PARTAGER SUR FACEBOOK",
               "PARTAGER SUR X"],
  quotes=[
      ("On nous demande de sacrifier 180 emplois pour sauver les marges des actionnaires", "direct", "Nadia Ferrand"),
      ("« le site a un avenir », mais que la baisse des commandes de véhicules électriques impose « une adaptation »", "mixed", "Thierry Lagarde"),
      ("ce dossier illustre « l'échec de la politique de l'offre »", "mixed", "Sophie Binet"),
      ("privilégier le dialogue", "direct", "Jean-Pierre Farandou"),
      ("il saisirait le tribunal judiciaire de Valenciennes faute de plan de reclassement d'ici fin décembre", "indirect", "Antoine Vasseur"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2025-11-17"),
      ("mercredi", "DATE", "2025-11-19"),
      ("la semaine dernière", "DATE", "2025-W46"),
      ("vendredi", "DATE", "2025-11-21"),
      ("fin décembre", "DATE", "2025-12"),
  ],
  entities=[
      ("P:nadia_ferrand", "PER", ["Nadia Ferrand"], []),
      ("P:thierry_lagarde", "PER", ["Thierry Lagarde"], []),
      ("P:binet", "PER", ["Sophie Binet", "Binet"], []),
      ("P:farandou", "PER", ["Jean-Pierre Farandou"], []),
      ("P:michel_roussel", "PER", ["Michel Roussel"], []),
      ("P:marylise_leon", "PER", ["Marylise Léon"], []),
      ("P:antoine_vasseur", "PER", ["Antoine Vasseur"], []),
      ("L:maubeuge", "LOC", ["MAUBEUGE", "Maubeuge"], []),
      ("L:nord", "LOC", ["Nord"], []),
      ("L:france", "LOC", ["France"], []),
      ("L:dunkerque", "LOC", ["Dunkerque"], []),
      ("O:valtrane", "ORG", ["Valtrane"], []),
      ("O:cgt", "ORG", ["CGT", "Confédération générale du travail"], []),
      ("O:arcelormittal", "ORG", ["ArcelorMittal"], []),
      ("O:cfdt", "ORG", ["CFDT"], []),
      ("O:valtrane_cse", "ORG", ["CSE"], []),
      ("O:tj_valenciennes", "ORG", ["tribunal judiciaire de Valenciennes"], []),
  ],
  roles=[
      ("P:nadia_ferrand", "déléguée syndicale", "O:cgt"),
      ("P:thierry_lagarde", "PDG", "O:valtrane"),
      ("P:binet", "secrétaire générale", "O:cgt"),
      ("P:farandou", "ministre du Travail", "L:france"),
      ("P:michel_roussel", "médiateur", None),
      ("P:michel_roussel", "ancien inspecteur du travail", None),
      ("P:marylise_leon", "secrétaire générale", "O:cfdt"),
      ("P:antoine_vasseur", "avocat", "O:valtrane_cse"),
  ])

# ---------------------------------------------------------------- q12
A(id="q12", published="2025-08-04",
  title="Mondiaux de natation : la France termine à Singapour avec un bilan « encourageant »",
  text="""
SINGAPOUR – Les Championnats du monde de natation se sont achevés dimanche à Singapour, et la France repart avec un bilan jugé « encourageant » par le président de la Fédération française de natation (FFN), Gilles Sezionale.

Léon Marchand, sacré sur 200 m quatre nages, a dominé la compétition malgré une préparation écourtée. « J'ai nagé pour le plaisir, pas pour le chrono », a confié le Toulousain. Dans les tribunes, son père Xavier Marchand, ancien nageur international, n'a pas caché son émotion.

Son entraîneur, l'Américain Bob Bowman, nommé en 2024 entraîneur de l'université du Texas, a estimé que son élève « n'a pas encore atteint son plafond ».

Lire aussi : Cyclisme : Pogacar remporte son quatrième Tour de France

La directrice technique nationale, Julie Ravel, nommée à ce poste en janvier, a défendu la jeunesse du groupe. La capitaine des Bleus, Béryl Gastaldello, a regretté « des relais manqués ». Chez les femmes, la Suédoise Sarah Sjöström a conservé son titre sur 50 m nage libre, seize ans après son premier titre mondial, à Rome.

Le président de World Aquatics, Husain Al-Musallam, a salué une organisation « irréprochable ». Lors de la cérémonie de clôture, le Premier ministre singapourien, M. Wong, a assuré que la cité-État voulait accueillir d'autres grands événements « dans la prochaine décennie ».

Suivez toute l'actualité des sports sur notre application – Notifications activées
""",
  boilerplate=["Lire aussi : Cyclisme : Pogacar remporte son quatrième Tour de France",
               "Suivez toute l'actualité des sports sur notre application – Notifications activées"],
  quotes=[
      ("encourageant", "direct", "Gilles Sezionale"),
      ("J'ai nagé pour le plaisir, pas pour le chrono", "direct", "Léon Marchand"),
      ("son élève « n'a pas encore atteint son plafond »", "mixed", "Bob Bowman"),
      ("des relais manqués", "direct", "Béryl Gastaldello"),
      ("irréprochable", "direct", "Husain Al-Musallam"),
      ("la cité-État voulait accueillir d'autres grands événements « dans la prochaine décennie »", "mixed", "Wong"),
  ],
  not_quotes=[],
  times=[
      ("dimanche", "DATE", "2025-08-03"),
      ("2024", "DATE", "2024"),
      ("janvier", "DATE", "2025-01"),
      ("seize ans", "DURATION", "P16Y"),
      ("la prochaine décennie", "DATE", "203"),
  ],
  entities=[
      ("P:gilles_sezionale", "PER", ["Gilles Sezionale"], []),
      ("P:leon_marchand", "PER", ["Léon Marchand"], []),
      ("P:xavier_marchand", "PER", ["Xavier Marchand"], []),
      ("P:bob_bowman", "PER", ["Bob Bowman"], []),
      ("P:julie_ravel", "PER", ["Julie Ravel"], []),
      ("P:gastaldello", "PER", ["Béryl Gastaldello"], []),
      ("P:sjostrom", "PER", ["Sarah Sjöström"], []),
      ("P:al_musallam", "PER", ["Husain Al-Musallam"], []),
      ("P:lawrence_wong", "PER", ["Wong"], []),
      ("L:singapore", "LOC", ["SINGAPOUR", "Singapour"], ["singapourien"]),
      ("L:france", "LOC", ["France"], []),
      ("L:usa", "LOC", [], ["Américain"]),
      ("L:sweden", "LOC", [], ["Suédoise"]),
      ("L:rome", "LOC", ["Rome"], []),
      ("M:world_aquatics_championships_2025", "MISC", ["Championnats du monde de natation"], []),
      ("O:ffn", "ORG", ["Fédération française de natation", "FFN"], []),
      ("O:university_of_texas", "ORG", ["université du Texas"], []),
      ("O:france_swimming_team", "ORG", ["Bleus"], []),
      ("O:world_aquatics", "ORG", ["World Aquatics"], []),
  ],
  roles=[
      ("P:gilles_sezionale", "président", "O:ffn"),
      ("P:xavier_marchand", "ancien nageur international", None),
      ("P:bob_bowman", "entraîneur", "P:leon_marchand"),
      ("P:bob_bowman", "entraîneur", "O:university_of_texas"),
      ("P:julie_ravel", "directrice technique nationale", "O:ffn"),
      ("P:gastaldello", "capitaine", "O:france_swimming_team"),
      ("P:al_musallam", "président", "O:world_aquatics"),
      ("P:lawrence_wong", "Premier ministre", "L:singapore"),
  ])
