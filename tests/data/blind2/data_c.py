# Blind set 2, articles c01-c12 (written and annotated by hand; see ../blind/README.md for conventions).
#
# Decisions where the README is silent are marked "# NOTE:" next to the case. The general ones:
# NOTE: ages ("Mihai Sandu, 47 ans,") are annotated as DURATION P<n>Y, as TimeML does for ages.
# NOTE: a wire-agency name in a dateline ("BELGRADE (AFP) –") is an ORG mention of the agency.
# NOTE: ethnic demonyms ("manifestants serbes" in Kosovo, "maires albanais") go to the country the
#       word derives from (L:serbia, L:albania), like the national ones.
# NOTE: "européen(ne)(s)" is listed as a demonym of O:eu when it means the Union (chef de la diplomatie
#       européenne, aides européennes, ex-commissaire européen); it is not a country, but it is the
#       entity a role's `of` attaches to.
# NOTE: in a title with a complement, the complement is the `of` and leaves the title when it names an
#       annotated entity ("président du Sénat" -> "président", O:senat); a portfolio or a body that is
#       not annotated stays in the title ("ministre des Finances", "porte-parole du gouvernement").
# NOTE: French national roles get of=None when France itself is never annotated in the article
#       (c10), following "Otherwise it is null".
# NOTE: winters are valued by the year in which they begin (l'hiver 2021-2022 -> 2021-WI).
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------------------------------------
A(
    id="c01",
    published="2023-06-13",
    title="Serbie : le FMI salue les réformes, Belgrade promet de contenir l'inflation",
    text="""Publié le 13/06/2023 à 09h12, mis à jour à 11h40

BELGRADE (AFP) – Le ministre serbe des Finances Siniša Mali a affirmé lundi que l'inflation « reculera sous les 10 % d'ici la fin de l'année », au terme d'une visite d'une mission du Fonds monétaire international (FMI) dans la capitale serbe.

Le chef de la mission, Donal McGettigan, a jugé la trajectoire budgétaire « crédible », tout en appelant à « accélérer » la restructuration d'Elektroprivreda Srbije (EPS), l'électricien public, lourdement déficitaire depuis l'hiver 2021-2022. Le Fonds fera le point chaque trimestre.

Selon M. Mali, la Serbie n'aura pas besoin de tirer sur la ligne de crédit de 2,4 milliards d'euros accordée en décembre dernier. « Nous avons les réserves les plus élevées de notre histoire », a-t-il insisté devant la presse.

Le ministre Siniša Mali lors d'une conférence de presse à Belgrade. (Photo : AFP)

Le président Aleksandar Vučić, qui a reçu les experts du Fonds dans la soirée, a de son côté annoncé que les retraites seraient revalorisées de 5,5 % dès octobre. Il a rejeté les critiques de l'opposition, qui dénonce une « campagne électorale permanente ».

La gouverneure de la Banque nationale de Serbie, Jorgovanka Tabaković, a pour sa part prévenu que les taux resteraient élevés aussi longtemps que nécessaire. Le comité monétaire se réunira jeudi, et une délégation de la Commission européenne est attendue en fin de semaine.

Pour l'économiste Ivana Radenković, ces chiffres « masquent » l'effondrement du pouvoir d'achat. Les prix alimentaires ont bondi de 20 % en un an, a-t-elle rappelé.

Partager :

À lire aussi : Lithium : à Loznica, les habitants ne veulent pas de la mine de Rio Tinto""",
    boilerplate=[
        "Publié le 13/06/2023 à 09h12, mis à jour à 11h40",
        "Le ministre Siniša Mali lors d'une conférence de presse à Belgrade. (Photo : AFP)",
        "Partager :",
        "À lire aussi : Lithium : à Loznica, les habitants ne veulent pas de la mine de Rio Tinto",
    ],
    quotes=[
        ("l'inflation « reculera sous les 10 % d'ici la fin de l'année »", "mixed", "Siniša Mali"),
        ("crédible", "direct", "Donal McGettigan"),
        ("accélérer", "direct", "Donal McGettigan"),
        ("la Serbie n'aura pas besoin de tirer sur la ligne de crédit de 2,4 milliards d'euros accordée en décembre dernier", "indirect", "Siniša Mali"),
        ("Nous avons les réserves les plus élevées de notre histoire", "direct", "Siniša Mali"),
        ("les retraites seraient revalorisées de 5,5 % dès octobre", "indirect", "Aleksandar Vučić"),
        # NOTE: "l'opposition, qui dénonce une « … »": a fragment attributed to a collective speaker
        # that is never named; direct, with the description as speaker.
        ("campagne électorale permanente", "direct", "l'opposition"),
        ("les taux resteraient élevés aussi longtemps que nécessaire", "indirect", "Jorgovanka Tabaković"),
        ("ces chiffres « masquent » l'effondrement du pouvoir d'achat", "mixed", "Ivana Radenković"),
        ("Les prix alimentaires ont bondi de 20 % en un an", "indirect", "Ivana Radenković"),
    ],
    not_quotes=[],
    times=[
        ("lundi", "DATE", "2023-06-12"),
        # NOTE: "la fin de l'année" inside the quote: the year (2023); TIMEX3 has no room for mod=END here.
        ("la fin de l'année", "DATE", "2023"),
        ("l'hiver 2021-2022", "DATE", "2021-WI"),
        ("chaque trimestre", "SET", "P3M"),
        ("décembre dernier", "DATE", "2022-12"),
        # NOTE: "dans la soirée" = the evening of the Monday just mentioned.
        ("la soirée", "TIME", "2023-06-12TEV"),
        ("octobre", "DATE", "2023-10"),
        ("jeudi", "DATE", "2023-06-15"),
        # NOTE: "en fin de semaine" -> the current ISO week; the value grammar has no weekend (-WE) form.
        ("fin de semaine", "DATE", "2023-W24"),
        ("un an", "DURATION", "P1Y"),
    ],
    entities=[
        ("L:belgrade", "LOC", ["BELGRADE"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("P:sinisa_mali", "PER", ["Siniša Mali", "Mali"], []),
        ("L:serbia", "LOC", ["Serbie"], ["serbe"]),
        ("O:imf", "ORG", ["Fonds monétaire international", "FMI", "Fonds"], []),
        ("P:mcgettigan", "PER", ["Donal McGettigan"], []),
        ("O:eps", "ORG", ["Elektroprivreda Srbije", "EPS"], []),
        ("P:vucic", "PER", ["Aleksandar Vučić"], []),
        ("O:nbs", "ORG", ["Banque nationale de Serbie"], []),
        ("P:tabakovic", "PER", ["Jorgovanka Tabaković"], []),
        ("O:european_commission", "ORG", ["Commission européenne"], []),
        ("P:radenkovic", "PER", ["Ivana Radenković"], []),
    ],
    roles=[
        ("P:sinisa_mali", "ministre des Finances", "L:serbia"),
        # NOTE: "Le chef de la mission, X," -> the mission is the IMF's (of = O:imf, implied).
        ("P:mcgettigan", "chef de la mission", "O:imf"),
        ("P:vucic", "président", "L:serbia"),
        ("P:tabakovic", "gouverneure", "O:nbs"),
        ("P:radenkovic", "économiste", None),
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c02",
    published="2023-05-31",
    title="Nord du Kosovo : l'Otan envoie des renforts après les heurts de Zvečan",
    text="""Par Jelena Marković, correspondante à Belgrade

Trente soldats de la Kfor, la force de l'Otan au Kosovo, ont été blessés lundi à Zvečan, dans le nord du pays, lors d'affrontements avec des manifestants serbes qui contestaient l'installation de maires albanais élus avec 3,5 % de participation.

Le secrétaire général de l'Alliance, Jens Stoltenberg, a qualifié ces violences d'« inacceptables » et annoncé mardi l'envoi de 700 militaires supplémentaires. „Nous ne laisserons pas le nord du Kosovo basculer dans le chaos“, a-t-il ajouté depuis Oslo.

À Belgrade, le président Aleksandar Vucic a placé l'armée en état d'alerte et accusé le Premier ministre kosovar Albin Kurti d'avoir « provoqué » la crise. “Kurti porte seul la responsabilité de chaque goutte de sang versée», a lancé M. Vucic lundi soir, avant de réunir le Conseil de sécurité nationale à 22 h.

Cet article est réservé aux abonnés. Il vous reste 70 % à découvrir.

Pour Pristina, les manifestations ont été « orchestrées » depuis la Serbie. Le chef du gouvernement kosovar a toutefois fait savoir qu'il était prêt à organiser de nouvelles élections dans les quatre communes du nord « dès que les conditions seront réunies ».

Le chef de la diplomatie européenne, Josep Borrell, qui pilote le « plan franco-allemand » de normalisation, a convoqué les deux parties à Bruxelles la semaine prochaine. D'après un diplomate occidental, Washington et Paris ont « perdu patience » avec M. Kurti, dont le refus de créer l'Association des municipalités serbes bloque le dialogue depuis 2013.

Hier, le ministre serbe de la Défense, Miloš Vučević, a inspecté la caserne de Sremska Mitrovica, en Voïvodine, à 300 kilomètres de Mitrovica, la ville divisée du Kosovo, où un habitant résumait l'angoisse générale : « On dort tout habillés. Personne ne sait ce qui va se passer.""",
    boilerplate=[
        "Par Jelena Marković, correspondante à Belgrade",
        "Cet article est réservé aux abonnés. Il vous reste 70 % à découvrir.",
    ],
    quotes=[
        ("inacceptables", "direct", "Jens Stoltenberg"),
        ("Nous ne laisserons pas le nord du Kosovo basculer dans le chaos", "direct", "Jens Stoltenberg"),
        ("provoqué", "direct", "Aleksandar Vucic"),
        ("Kurti porte seul la responsabilité de chaque goutte de sang versée", "direct", "Aleksandar Vucic"),
        ("les manifestations ont été « orchestrées » depuis la Serbie", "mixed", "Pristina"),
        # NOTE: "fait savoir que" is treated as a speech verb.
        ("il était prêt à organiser de nouvelles élections dans les quatre communes du nord « dès que les conditions seront réunies »", "mixed", "Albin Kurti"),
        ("Washington et Paris ont « perdu patience » avec M. Kurti, dont le refus de créer l'Association des municipalités serbes bloque le dialogue depuis 2013", "mixed", "un diplomate occidental"),
        # Unclosed quote after a colon: it runs to the end of the paragraph (final period included).
        ("On dort tout habillés. Personne ne sait ce qui va se passer.", "direct", "un habitant"),
    ],
    # NOTE: the « plan franco-allemand » is the name of a diplomatic plan in the journalist's voice.
    not_quotes=["plan franco-allemand"],
    times=[
        ("lundi", "DATE", "2023-05-29"),
        ("mardi", "DATE", "2023-05-30"),
        ("lundi soir", "TIME", "2023-05-29TEV"),
        ("22 h", "TIME", "2023-05-29T22:00"),
        ("la semaine prochaine", "DATE", "2023-W23"),
        ("2013", "DATE", "2013"),
        ("Hier", "DATE", "2023-05-30"),
    ],
    entities=[
        ("O:kfor", "ORG", ["Kfor"], []),
        # NOTE: "l'Alliance" (capitalised, = NATO) is listed as a mention form of O:nato.
        ("O:nato", "ORG", ["Otan", "Alliance"], []),
        ("L:kosovo", "LOC", ["Kosovo"], ["kosovar"]),
        ("L:zvecan", "LOC", ["Zvečan"], []),
        ("L:serbia", "LOC", ["Serbie"], ["serbes", "serbe"]),
        ("L:albania", "LOC", [], ["albanais"]),
        ("P:stoltenberg", "PER", ["Jens Stoltenberg"], []),
        ("L:oslo", "LOC", ["Oslo"], []),
        ("L:belgrade", "LOC", ["Belgrade"], []),
        ("P:vucic", "PER", ["Aleksandar Vucic", "Vucic"], []),
        ("P:kurti", "PER", ["Albin Kurti", "Kurti"], []),
        ("O:serbia_security_council", "ORG", ["Conseil de sécurité nationale"], []),
        ("L:pristina", "LOC", ["Pristina"], []),
        ("O:eu", "ORG", [], ["européenne"]),
        ("P:borrell", "PER", ["Josep Borrell"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("L:washington", "LOC", ["Washington"], []),
        ("L:paris", "LOC", ["Paris"], []),
        ("O:association_serb_municipalities", "ORG", ["Association des municipalités serbes"], []),
        ("P:vucevic", "PER", ["Miloš Vučević"], []),
        ("L:sremska_mitrovica", "LOC", ["Sremska Mitrovica"], []),
        ("L:vojvodina", "LOC", ["Voïvodine"], []),
        ("L:mitrovica", "LOC", ["Mitrovica"], []),
    ],
    roles=[
        ("P:stoltenberg", "secrétaire général", "O:nato"),
        ("P:vucic", "président", "L:serbia"),
        ("P:kurti", "Premier ministre", "L:kosovo"),
        ("P:borrell", "chef de la diplomatie", "O:eu"),
        ("P:vucevic", "ministre de la Défense", "L:serbia"),
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c03",
    published="2025-03-01",
    title="Bosnie : condamné, Milorad Dodik défie la justice et menace de faire sécession",
    text="""VIDÉO – Les images du rassemblement de Banja Luka

SARAJEVO (Reuters) – Le président de la Republika Srpska, Milorad Dodik, a promis jeudi de « ne jamais reconnaître » le verdict de la Cour de Bosnie-Herzégovine, qui l'a condamné la veille à un an de prison et à six ans d'inéligibilité pour avoir ignoré les décisions du haut représentant international.

Son avocat, Me Nenad Ilić, a indiqué qu'un appel serait déposé « lundi au plus tard ».

Devant des milliers de partisans réunis à Banja Luka, M. Dodik, qui brandissait déjà la menace d'une sécession il y a trois ans, a affirmé que les lois de l'État central cesseraient de s'appliquer dans l'entité serbe « dans les trente jours ». « C'est la fin de la Bosnie des accords de Dayton », a-t-il lancé sous les cris de « Ne damo Srpsku ».

© Reuters

Le haut représentant Christian Schmidt a dénoncé une « attaque frontale contre l'ordre constitutionnel ». Pour le diplomate allemand, la communauté internationale « ne peut pas rester spectatrice ».

À Belgrade, Aleksandar Vučić a reçu M. Dodik dès vendredi et dit « comprendre » sa colère. Dans un communiqué signé « Александар Вучић », la présidence serbe a assuré que Belgrade « ne laissera jamais tomber » les Serbes de Bosnie. À Budapest, le Premier ministre hongrois Viktor Orban a estimé que la condamnation relevait d'une « chasse aux sorcières politique ».

Au Monténégro voisin, le président Jakov Milatović a qualifié le verdict de « légal mais dangereux ». À Sarajevo, le derby entre le FK Sarajevo et le Željezničar, prévu dimanche à 17 heures, a été reporté par précaution : Sarajevo jouera finalement le 12 mars.""",
    boilerplate=[
        "VIDÉO – Les images du rassemblement de Banja Luka",
        "© Reuters",
    ],
    quotes=[
        # NOTE: "a promis de « … »": a reported infinitive whose content is a quoted fragment -> direct.
        ("ne jamais reconnaître", "direct", "Milorad Dodik"),
        ("un appel serait déposé « lundi au plus tard »", "mixed", "Nenad Ilić"),
        ("les lois de l'État central cesseraient de s'appliquer dans l'entité serbe « dans les trente jours »", "mixed", "Milorad Dodik"),
        ("C'est la fin de la Bosnie des accords de Dayton", "direct", "Milorad Dodik"),
        ("attaque frontale contre l'ordre constitutionnel", "direct", "Christian Schmidt"),
        ("la communauté internationale « ne peut pas rester spectatrice »", "mixed", "Christian Schmidt"),
        ("comprendre", "direct", "Aleksandar Vučić"),
        # NOTE: the presidency's statement, signed by Vučić, keeps the presidency as speaker (no entity,
        # no override): the body is not annotated and the signature is not the speaker.
        ("Belgrade « ne laissera jamais tomber » les Serbes de Bosnie", "mixed", "la présidence serbe"),
        ("la condamnation relevait d'une « chasse aux sorcières politique »", "mixed", "Viktor Orban"),
        ("légal mais dangereux", "direct", "Jakov Milatović"),
    ],
    # Slogan chanted by the crowd; Cyrillic signature (also a mention of P:vucic).
    not_quotes=["Ne damo Srpsku", "Александар Вучић"],
    times=[
        ("jeudi", "DATE", "2025-02-27"),
        ("la veille", "DATE", "2025-02-26"),
        ("un an", "DURATION", "P1Y"),
        ("six ans", "DURATION", "P6Y"),
        ("lundi", "DATE", "2025-03-03"),
        ("il y a trois ans", "DATE", "2022"),
        ("les trente jours", "DURATION", "P30D"),
        ("vendredi", "DATE", "2025-02-28"),
        ("dimanche", "DATE", "2025-03-02"),
        ("17 heures", "TIME", "2025-03-02T17:00"),
        ("le 12 mars", "DATE", "2025-03-12"),
    ],
    entities=[
        ("L:sarajevo", "LOC", ["SARAJEVO", "Sarajevo"], []),
        ("O:reuters", "ORG", ["Reuters"], []),
        ("L:republika_srpska", "LOC", ["Republika Srpska"], []),
        ("P:dodik", "PER", ["Milorad Dodik", "Dodik"], []),
        ("O:court_bih", "ORG", ["Cour de Bosnie-Herzégovine"], []),
        ("P:nenad_ilic", "PER", ["Nenad Ilić"], []),
        ("L:banja_luka", "LOC", ["Banja Luka"], []),
        ("L:serbia", "LOC", [], ["serbe", "Serbes"]),
        ("L:bosnia", "LOC", ["Bosnie"], []),
        ("M:dayton_accords", "MISC", ["accords de Dayton"], []),
        ("P:schmidt", "PER", ["Christian Schmidt"], []),
        ("L:germany", "LOC", [], ["allemand"]),
        # "Belgrade" twice: the city, and the metonymic capital in the presidency's statement.
        ("L:belgrade", "LOC", ["Belgrade"], []),
        ("P:vucic", "PER", ["Aleksandar Vučić", "Александар Вучић"], []),
        ("L:budapest", "LOC", ["Budapest"], []),
        ("L:hungary", "LOC", [], ["hongrois"]),
        ("P:orban", "PER", ["Viktor Orban"], []),
        ("L:montenegro", "LOC", ["Monténégro"], []),
        ("P:milatovic", "PER", ["Jakov Milatović"], []),
        # "Sarajevo jouera" = the club; "À Sarajevo" = the city (hard negative).
        ("O:fk_sarajevo", "ORG", ["FK Sarajevo", "Sarajevo"], []),
        ("O:zeljeznicar", "ORG", ["Željezničar"], []),
    ],
    roles=[
        ("P:dodik", "président", "L:republika_srpska"),
        ("P:nenad_ilic", "avocat", None),
        # NOTE: the High Representative's office is for Bosnia (of implied by the article's country).
        ("P:schmidt", "haut représentant", "L:bosnia"),
        ("P:orban", "Premier ministre", "L:hungary"),
        ("P:milatovic", "président", "L:montenegro"),
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c04",
    published="2025-01-02",
    title="Transnistrie : privée de gaz russe, la région séparatiste coupe le chauffage",
    text="""Publié le 02/01/2025 à 07h30, mis à jour à 10h05

CHISINAU (AFP) – Plus de 1 500 immeubles de Tiraspol étaient privés de chauffage jeudi matin en Transnistrie, au lendemain de l'arrêt des livraisons du géant russe Gazprom via l'Ukraine, a annoncé l'opérateur local Tirasteploenergo. La région recevait jusque-là 5,7 millions de mètres cubes de gaz par jour.

Le dirigeant séparatiste Vadim Krasnoselski a accusé Chisinau et Kiev d'« asphyxier » la population et affirmé que les réserves de charbon de la centrale de Kuciurgan tiendraient « cinquante jours, pas plus ».

La présidente moldave Maia Sandu a dénoncé mercredi un « chantage énergétique » du Kremlin. « Moscou veut utiliser la Transnistrie pour déstabiliser toute la Moldavie avant les législatives de septembre «, a-t-elle écrit sur X. Le porte-parole du Kremlin, Dmitri Peskov, a répliqué que la faute incombait « entièrement » à Kiev.

Le Premier ministre Dorin Recean assure que la rive droite du Dniestr est entièrement couverte grâce au gaz acheté sur les marchés européens et à l'électricité importée de Roumanie. Selon le ministre de l'Énergie, Victor Parlicov, les tarifs n'augmenteront pas avant le mois prochain.

Une partie de ce courant arrive par les lignes à haute tension venues de Iași, capitale historique de la Moldavie, la région roumaine voisine. Le gestionnaire roumain Transelectrica s'est dit prêt à doubler les volumes « pendant tout l'hiver ».

Recevez chaque matin l'essentiel de l'actualité : inscrivez-vous à notre newsletter

Sur le même sujet : Moldavie : Maia Sandu réélue face au candidat prorusse | Gaz : l'Ukraine ne renouvellera pas l'accord de transit avec Gazprom | Roumanie : la présidentielle annulée""",
    boilerplate=[
        "Publié le 02/01/2025 à 07h30, mis à jour à 10h05",
        "Recevez chaque matin l'essentiel de l'actualité : inscrivez-vous à notre newsletter",
        "Sur le même sujet : Moldavie : Maia Sandu réélue face au candidat prorusse | Gaz : l'Ukraine ne renouvellera pas l'accord de transit avec Gazprom | Roumanie : la présidentielle annulée",
    ],
    quotes=[
        # Postposed reporting clause with a company as speaker.
        ("Plus de 1 500 immeubles de Tiraspol étaient privés de chauffage jeudi matin en Transnistrie, au lendemain de l'arrêt des livraisons du géant russe Gazprom via l'Ukraine", "indirect", "Tirasteploenergo"),
        ("asphyxier", "direct", "Vadim Krasnoselski"),
        ("les réserves de charbon de la centrale de Kuciurgan tiendraient « cinquante jours, pas plus »", "mixed", "Vadim Krasnoselski"),
        ("chantage énergétique", "direct", "Maia Sandu"),
        # Wrong-way closing mark « … «.
        ("Moscou veut utiliser la Transnistrie pour déstabiliser toute la Moldavie avant les législatives de septembre", "direct", "Maia Sandu"),
        ("la faute incombait « entièrement » à Kiev", "mixed", "Dmitri Peskov"),
        ("la rive droite du Dniestr est entièrement couverte grâce au gaz acheté sur les marchés européens et à l'électricité importée de Roumanie", "indirect", "Dorin Recean"),
        ("les tarifs n'augmenteront pas avant le mois prochain", "indirect", "Victor Parlicov"),
        # NOTE: "s'est dit prêt à … « … »": quoted fragment in a reported infinitive -> direct.
        ("pendant tout l'hiver", "direct", "Transelectrica"),
    ],
    not_quotes=[],
    times=[
        ("jeudi matin", "TIME", "2025-01-02TMO"),
        ("lendemain", "DATE", "2025-01-02"),
        ("par jour", "SET", "P1D"),
        ("cinquante jours", "DURATION", "P50D"),
        ("mercredi", "DATE", "2025-01-01"),
        ("septembre", "DATE", "2025-09"),
        ("le mois prochain", "DATE", "2025-02"),
        # NOTE: "pendant tout l'hiver" = the current winter, valued as a DATE (2024-WI), not a duration.
        ("tout l'hiver", "DATE", "2024-WI"),
    ],
    entities=[
        ("L:chisinau", "LOC", ["CHISINAU", "Chisinau"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("L:tiraspol", "LOC", ["Tiraspol"], []),
        ("L:transnistria", "LOC", ["Transnistrie"], []),
        ("L:russia", "LOC", [], ["russe"]),
        ("O:gazprom", "ORG", ["Gazprom"], []),
        ("L:ukraine", "LOC", ["Ukraine"], []),
        ("O:tirasteploenergo", "ORG", ["Tirasteploenergo"], []),
        ("P:krasnoselski", "PER", ["Vadim Krasnoselski"], []),
        ("L:kyiv", "LOC", ["Kiev"], []),
        # NOTE: "la centrale de Kuciurgan": the plant (a facility, LOC), mention = its name.
        ("L:kuciurgan_power_plant", "LOC", ["Kuciurgan"], []),
        ("L:moldova", "LOC", ["Moldavie"], ["moldave"]),
        ("P:sandu", "PER", ["Maia Sandu"], []),
        ("O:kremlin", "ORG", ["Kremlin"], []),
        ("L:moscow", "LOC", ["Moscou"], []),
        ("O:x_social_network", "ORG", ["X"], []),
        ("P:peskov", "PER", ["Dmitri Peskov"], []),
        ("P:recean", "PER", ["Dorin Recean"], []),
        ("L:dniester", "LOC", ["Dniestr"], []),
        ("L:romania", "LOC", ["Roumanie"], ["roumaine", "roumain"]),
        ("P:parlicov", "PER", ["Victor Parlicov"], []),
        ("L:iasi", "LOC", ["Iași"], []),
        # "Moldavie" in the Iași sentence = the Romanian historical region (hard negative).
        ("L:moldavia_romania", "LOC", ["Moldavie"], []),
        ("O:transelectrica", "ORG", ["Transelectrica"], []),
    ],
    roles=[
        # NOTE: "dirigeant séparatiste": "séparatiste" is not a demonym and stays in the title.
        ("P:krasnoselski", "dirigeant séparatiste", "L:transnistria"),
        ("P:sandu", "présidente", "L:moldova"),
        ("P:peskov", "porte-parole", "O:kremlin"),
        ("P:recean", "Premier ministre", "L:moldova"),
        ("P:parlicov", "ministre de l'Énergie", "L:moldova"),
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c05",
    published="2024-06-04",
    title="Dacia va produire un nouveau SUV à Mioveni, la Moldavie voisine veut sa part",
    text="""Le constructeur Dacia, filiale roumaine de Renault, produira à partir de janvier 2026 un SUV compact dans son usine historique de Mioveni, près de Pitești, a confirmé lundi le directeur général de la marque, Denis Le Vot. Les premières livraisons sont prévues le mois suivant.

(Photo : Dacia)

L'investissement, de 500 millions d'euros sur trois ans, doit créer 1 200 emplois et porter la capacité à 350 000 véhicules par an. « C'est un signal fort pour toute l'industrie roumaine », s'est félicité le Premier ministre Marcel Ciolacu, venu sur place. Le PDG de Renault, Luca de Meo, a parlé d'un « pari sur la compétitivité de l'Europe de l'Est ».

BOURSE : LE CAC 40 TERMINE EN BAISSE, STELLANTIS RECULE DE 3 %

Le groupe fondé par Louis Renault en 1899 rappelle que Dacia a vendu 658 000 véhicules l'an dernier, un record. Mais au Sindicatul Autoturisme Dacia (SAD), le ton est plus prudent. Son secrétaire général, Mihai Sandu, 47 ans, a expliqué que les salariés attendaient « des garanties écrites » sur les salaires, gelés depuis janvier. Une première réunion avec la direction a tourné court la semaine dernière.

La Moldavie voisine espère elle aussi en profiter. Selon la présidente Maia Sandu, qui visitait vendredi une usine de faisceaux électriques à Bălți, « un fournisseur sur cinq de Dacia pourrait bientôt être moldave ». Chișinău promet aux investisseurs une exonération d'impôt de dix ans.

Pour l'analyste Radu Ionescu, du cabinet bucarestois Frontier Auto, Dacia « reste tributaire des aides européennes à l'électrique », un point faible si Bruxelles durcit ses règles l'an prochain.

Partager : Facebook · X · LinkedIn · E-mail""",
    boilerplate=[
        "(Photo : Dacia)",
        "BOURSE : LE CAC 40 TERMINE EN BAISSE, STELLANTIS RECULE DE 3 %",
        "Partager : Facebook · X · LinkedIn · E-mail",
    ],
    quotes=[
        ("Le constructeur Dacia, filiale roumaine de Renault, produira à partir de janvier 2026 un SUV compact dans son usine historique de Mioveni, près de Pitești", "indirect", "Denis Le Vot"),
        ("C'est un signal fort pour toute l'industrie roumaine", "direct", "Marcel Ciolacu"),
        ("pari sur la compétitivité de l'Europe de l'Est", "direct", "Luca de Meo"),
        # Speaker given as a description of the company ("Le groupe fondé par Louis Renault").
        ("Dacia a vendu 658 000 véhicules l'an dernier, un record", "indirect", "Renault"),
        ("les salariés attendaient « des garanties écrites » sur les salaires, gelés depuis janvier", "mixed", "Mihai Sandu"),
        # NOTE: "Selon X, « … »" with the whole clause in guillemets -> mixed, marks included
        # (as for "a rappelé que « … »").
        ("« un fournisseur sur cinq de Dacia pourrait bientôt être moldave »", "mixed", "Maia Sandu"),
        ("Dacia « reste tributaire des aides européennes à l'électrique », un point faible si Bruxelles durcit ses règles l'an prochain", "mixed", "Radu Ionescu"),
    ],
    not_quotes=[],
    times=[
        ("janvier 2026", "DATE", "2026-01"),
        ("lundi", "DATE", "2024-06-03"),
        ("le mois suivant", "DATE", "2026-02"),
        ("trois ans", "DURATION", "P3Y"),
        ("par an", "SET", "P1Y"),
        ("1899", "DATE", "1899"),
        ("l'an dernier", "DATE", "2023"),
        ("47 ans", "DURATION", "P47Y"),
        ("janvier", "DATE", "2024-01"),
        ("la semaine dernière", "DATE", "2024-W22"),
        ("vendredi", "DATE", "2024-05-31"),
        # NOTE: "bientôt" (inside the quote) = FUTURE_REF, like "prochainement" in the first set.
        ("bientôt", "DATE", "FUTURE_REF"),
        ("dix ans", "DURATION", "P10Y"),
        # NOTE: inside Ionescu's mixed quote; the time of speech is not given, so published is used.
        ("l'an prochain", "DATE", "2025"),
    ],
    entities=[
        ("O:dacia", "ORG", ["Dacia"], []),
        ("L:romania", "LOC", [], ["roumaine"]),
        ("O:renault", "ORG", ["Renault"], []),
        ("L:mioveni", "LOC", ["Mioveni"], []),
        ("L:pitesti", "LOC", ["Pitești"], []),
        ("P:le_vot", "PER", ["Denis Le Vot"], []),
        ("P:ciolacu", "PER", ["Marcel Ciolacu"], []),
        ("P:de_meo", "PER", ["Luca de Meo"], []),
        ("L:eastern_europe", "LOC", ["Europe de l'Est"], []),
        ("P:louis_renault", "PER", ["Louis Renault"], []),
        ("O:sindicatul_dacia", "ORG", ["Sindicatul Autoturisme Dacia", "SAD"], []),
        ("P:mihai_sandu", "PER", ["Mihai Sandu"], []),
        ("L:moldova", "LOC", ["Moldavie"], ["moldave"]),
        ("P:sandu", "PER", ["Maia Sandu"], []),
        ("L:balti", "LOC", ["Bălți"], []),
        # Metonymic capital (the Moldovan government).
        ("L:chisinau", "LOC", ["Chișinău"], []),
        ("P:ionescu", "PER", ["Radu Ionescu"], []),
        # NOTE: city adjective "bucarestois" listed as a demonym of the city.
        ("L:bucharest", "LOC", [], ["bucarestois"]),
        ("O:frontier_auto", "ORG", ["Frontier Auto"], []),
        ("O:eu", "ORG", [], ["européennes"]),
        ("L:brussels", "LOC", ["Bruxelles"], []),
    ],
    roles=[
        ("P:le_vot", "directeur général", "O:dacia"),
        ("P:ciolacu", "Premier ministre", "L:romania"),
        ("P:de_meo", "PDG", "O:renault"),
        # "Son secrétaire général, Mihai Sandu, 47 ans," -> of = the union just named.
        ("P:mihai_sandu", "secrétaire général", "O:sindicatul_dacia"),
        ("P:sandu", "présidente", "L:moldova"),
        ("P:ionescu", "analyste", "O:frontier_auto"),
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c06",
    published="2025-03-20",
    title="Turquie : après l'arrestation d'Ekrem İmamoğlu, la livre plonge et la rue gronde",
    text="""Nous utilisons des cookies pour améliorer votre expérience. Accepter | Paramétrer

ISTANBUL – Au lendemain de l'arrestation du maire d'Istanbul Ekrem İmamoğlu, principal rival du président Recep Tayyip Erdoğan, des milliers de manifestants se sont de nouveau rassemblés jeudi soir devant l'hôtel de ville, dans le quartier de Saraçhane, malgré l'interdiction de tout rassemblement pendant quatre jours.

Interpellé mercredi à l'aube dans une enquête pour « corruption » et « terrorisme », l'édile, 54 ans, dénonce un « coup d'État contre le prochain président ». « Je ne plierai pas. », avait-il écrit sur X avant d'être emmené.

Le chef de l'État a démenti que la justice soit aux ordres. « La Turquie n'est pas un pays où l'on gouverne par la rue », a lancé M. Erdogan, qui a qualifié le CHP, le parti fondé par Mustafa Kemal Atatürk, de « réseau de pillage ». Son fils cadet, Bilal Erdoğan, a accusé l'opposition de « jouer avec le feu ».

Le président du CHP, Özgür Özel, a appelé à manifester « partout, pacifiquement, chaque soir ». Des cortèges ont aussi convergé vers le Centre culturel Atatürk, place Taksim. Il y a six ans, M. İmamoğlu avait déjà arraché la mairie à l'AKP à deux reprises.

Sur les marchés, la livre turque a chuté de 12 % mercredi. Réuni en urgence ce matin, le comité de la Banque centrale de la République de Turquie (TCMB), présidé par le gouverneur Fatih Karahan, a relevé son taux de prêt à 46 %. Selon le ministre des Finances Mehmet Şimşek, les fondamentaux restent solides.

À lire aussi : Qui est Ekrem İmamoğlu, le maire qui défie Erdogan ?""",
    boilerplate=[
        "Nous utilisons des cookies pour améliorer votre expérience. Accepter | Paramétrer",
        "À lire aussi : Qui est Ekrem İmamoğlu, le maire qui défie Erdogan ?",
    ],
    quotes=[
        ("coup d'État contre le prochain président", "direct", "Ekrem İmamoğlu"),
        ("Je ne plierai pas.", "direct", "Ekrem İmamoğlu"),
        ("la justice soit aux ordres", "indirect", "Recep Tayyip Erdoğan"),
        ("La Turquie n'est pas un pays où l'on gouverne par la rue", "direct", "Recep Tayyip Erdoğan"),
        ("réseau de pillage", "direct", "Recep Tayyip Erdoğan"),
        ("jouer avec le feu", "direct", "Bilal Erdoğan"),
        ("partout, pacifiquement, chaque soir", "direct", "Özgür Özel"),
        ("les fondamentaux restent solides", "indirect", "Mehmet Şimşek"),
    ],
    # Legal charges.
    not_quotes=["corruption", "terrorisme"],
    times=[
        ("lendemain", "DATE", "2025-03-20"),
        ("jeudi soir", "TIME", "2025-03-20TEV"),
        ("quatre jours", "DURATION", "P4D"),
        ("mercredi", "DATE", "2025-03-19"),
        ("l'aube", "TIME", "2025-03-19TMO"),
        ("54 ans", "DURATION", "P54Y"),
        # NOTE: "chaque soir" -> SET P1D (the value grammar has no evening-set form).
        ("chaque soir", "SET", "P1D"),
        ("Il y a six ans", "DATE", "2019"),
        ("mercredi", "DATE", "2025-03-19"),
        ("ce matin", "TIME", "2025-03-20TMO"),
    ],
    entities=[
        ("L:istanbul", "LOC", ["ISTANBUL", "Istanbul"], []),
        ("P:imamoglu", "PER", ["Ekrem İmamoğlu", "İmamoğlu"], []),
        ("P:erdogan", "PER", ["Recep Tayyip Erdoğan", "Erdogan"], []),
        ("L:sarachane", "LOC", ["Saraçhane"], []),
        ("O:x_social_network", "ORG", ["X"], []),
        ("L:turkey", "LOC", ["Turquie"], ["turque"]),
        ("O:chp", "ORG", ["CHP"], []),
        ("P:ataturk", "PER", ["Mustafa Kemal Atatürk"], []),
        ("P:bilal_erdogan", "PER", ["Bilal Erdoğan"], []),
        ("P:ozel", "PER", ["Özgür Özel"], []),
        ("L:ataturk_cultural_centre", "LOC", ["Centre culturel Atatürk"], []),
        ("L:taksim", "LOC", ["Taksim"], []),
        ("O:akp", "ORG", ["AKP"], []),
        ("O:tcmb", "ORG", ["Banque centrale de la République de Turquie", "TCMB"], []),
        ("P:karahan", "PER", ["Fatih Karahan"], []),
        ("P:simsek", "PER", ["Mehmet Şimşek"], []),
    ],
    roles=[
        ("P:imamoglu", "maire", "L:istanbul"),
        ("P:erdogan", "président", "L:turkey"),
        ("P:ozel", "président", "O:chp"),
        ("P:karahan", "gouverneur", "O:tcmb"),
        ("P:simsek", "ministre des Finances", "L:turkey"),
        # NOTE: "Son fils cadet, Bilal Erdoğan," is kinship, not a role.
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c07",
    published="2024-07-08",
    title="Hongrie : la « mission de paix » de Viktor Orbán irrite Bruxelles",
    text="""Par Anna Kovács, envoyée spéciale à Budapest | Publié le 08/07/2024 à 06h00

Moins d'une semaine après le début de la présidence hongroise du Conseil de l'UE, le Premier ministre Viktor Orbán a fait ce que ses partenaires redoutaient : vendredi, il était à Moscou, reçu par Vladimir Poutine. Trois jours plus tôt, il avait rencontré Volodymyr Zelensky à Kiev.

Sur la chaîne publique M1, Orbán Viktor a justifié samedi cette « mission de paix » : „La paix ne viendra pas toute seule, il faut aller la chercher“. Il a assuré qu'il ne parlait « au nom de personne d'autre que la Hongrie ».

La réaction des Vingt-Sept a été immédiate. La Première ministre estonienne Kaja Kallas, désignée pour devenir cheffe de la diplomatie européenne, a dénoncé une visite qui « exploite » la présidence tournante. Pour le président du Conseil européen, Charles Michel, « la présidence tournante n'a aucun mandat pour dialoguer avec la Russie au nom de l'UE ».

À Budapest, l'opposition a saisi l'occasion. Péter Magyar, chef du parti Tisza, arrivé deuxième aux européennes du mois de juin. 9, a estimé que M. Orbán « isole le pays » et qu'il « joue avec la sécurité des Hongrois ».

Le nom du mouvement ne doit rien au hasard : la Tisza, deuxième fleuve du pays, traverse les campagnes où domine le Fidesz. Autre sujet de polémique, Gáspár Orbán, le fils du Premier ministre, a conduit l'an dernier une mission militaire hongroise au Tchad que l'opposition juge « opaque ».

ORBÁN À KIEV : « UN CESSEZ-LE-FEU ACCÉLÉRERAIT LES NÉGOCIATIONS »

Le chef de la diplomatie hongroise, Péter Szijjártó, a annoncé que le Premier ministre se rendrait mercredi à Washington pour le sommet de l'Otan. Budapest espère accueillir cet été une conférence de paix, a-t-il ajouté.""",
    boilerplate=[
        "Par Anna Kovács, envoyée spéciale à Budapest | Publié le 08/07/2024 à 06h00",
        "ORBÁN À KIEV : « UN CESSEZ-LE-FEU ACCÉLÉRERAIT LES NÉGOCIATIONS »",
    ],
    quotes=[
        # „ “ after a colon, attributed by the preceding clause.
        ("La paix ne viendra pas toute seule, il faut aller la chercher", "direct", "Viktor Orbán"),
        ("il ne parlait « au nom de personne d'autre que la Hongrie »", "mixed", "Viktor Orbán"),
        ("exploite", "direct", "Kaja Kallas"),
        ("« la présidence tournante n'a aucun mandat pour dialoguer avec la Russie au nom de l'UE »", "mixed", "Charles Michel"),
        ("M. Orbán « isole le pays » et qu'il « joue avec la sécurité des Hongrois »", "mixed", "Péter Magyar"),
        ("opaque", "direct", "l'opposition"),
        ("le Premier ministre se rendrait mercredi à Washington pour le sommet de l'Otan", "indirect", "Péter Szijjártó"),
        ("Budapest espère accueillir cet été une conférence de paix", "indirect", "Péter Szijjártó"),
    ],
    # NOTE: "cette « mission de paix »" is Orbán's label, taken up in the journalist's voice: a scare quote.
    not_quotes=["mission de paix"],
    times=[
        ("une semaine", "DURATION", "P1W"),
        ("vendredi", "DATE", "2024-07-05"),
        ("Trois jours plus tôt", "DATE", "2024-07-02"),
        ("samedi", "DATE", "2024-07-06"),
        # Damaged: the day number is stranded after "juin." ("du mois de juin. 9").
        ("mois de juin. 9", "DATE", "2024-06-09"),
        ("l'an dernier", "DATE", "2023"),
        ("mercredi", "DATE", "2024-07-10"),
        ("cet été", "DATE", "2024-SU"),
    ],
    entities=[
        ("L:hungary", "LOC", ["Hongrie"], ["hongroise", "Hongrois"]),
        ("O:eu_council", "ORG", ["Conseil de l'UE"], []),
        # NOTE: "les Vingt-Sept" (the member states as a body) is listed as a form of O:eu.
        ("O:eu", "ORG", ["UE", "Vingt-Sept"], ["européenne"]),
        ("P:orban", "PER", ["Viktor Orbán", "Orbán Viktor", "Orbán"], []),
        ("L:moscow", "LOC", ["Moscou"], []),
        ("P:putin", "PER", ["Vladimir Poutine"], []),
        ("P:zelensky", "PER", ["Volodymyr Zelensky"], []),
        ("L:kyiv", "LOC", ["Kiev"], []),
        ("O:m1", "ORG", ["M1"], []),
        ("L:estonia", "LOC", [], ["estonienne"]),
        ("P:kallas", "PER", ["Kaja Kallas"], []),
        ("O:european_council", "ORG", ["Conseil européen"], []),
        ("P:michel", "PER", ["Charles Michel"], []),
        ("L:russia", "LOC", ["Russie"], []),
        ("L:budapest", "LOC", ["Budapest"], []),
        ("P:magyar", "PER", ["Péter Magyar"], []),
        ("O:tisza_party", "ORG", ["Tisza"], []),
        # "la Tisza, deuxième fleuve du pays" (hard negative with the party).
        ("L:tisza_river", "LOC", ["Tisza"], []),
        ("O:fidesz", "ORG", ["Fidesz"], []),
        ("P:gaspar_orban", "PER", ["Gáspár Orbán"], []),
        ("L:chad", "LOC", ["Tchad"], []),
        ("P:szijjarto", "PER", ["Péter Szijjártó"], []),
        ("L:washington", "LOC", ["Washington"], []),
        ("O:nato", "ORG", ["Otan"], []),
    ],
    roles=[
        ("P:orban", "Premier ministre", "L:hungary"),
        # NOTE: "désignée pour devenir cheffe de la diplomatie européenne" is a future office, not a
        # role held at the time; only "Première ministre" is annotated.
        ("P:kallas", "Première ministre", "L:estonia"),
        ("P:michel", "président", "O:european_council"),
        ("P:magyar", "chef", "O:tisza_party"),
        ("P:szijjarto", "chef de la diplomatie", "L:hungary"),
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c08",
    published="2024-12-27",
    title="Baltique : l'Estonie et la Finlande soupçonnent un navire de la « flotte fantôme » russe",
    text="""TALLINN (AFP) – Le Premier ministre estonien Kristen Michal a affirmé jeudi que l'avarie du câble électrique Estlink 2, survenue la veille, relevait d'un « schéma » d'attaques contre les infrastructures de la Baltique et que Tallinn demanderait « des mesures concrètes » à l'Otan.

Selon l'opérateur Elering, la panne a été détectée le déc. 25 à 12h26, heure locale. Les garde-côtes finlandais ont arraisonné le pétrolier Eagle S, battant pavillon des îles Cook, soupçonné d'avoir arraché le câble avec son ancre. Pour le président finlandais Alexander Stubb, le navire appartient à la « flotte fantôme » que la Russie utilise pour contourner les sanctions.

Le pétrolier Eagle S au large de Porvoo. (Photo : Lehtikuva via AFP)

À Bruxelles, la cheffe de la diplomatie de l'Union européenne, Kaja Kallas, a promis de nouvelles sanctions. « Chaque incident de ce type doit avoir un coût », a déclaré Mme Kallas, ajoutant que la flotte de l'ombre « menace notre sécurité et notre environnement ».

Son père, Siim Kallas, lui-même ancien chef du gouvernement et ex-commissaire européen, a estimé sur la radio ERR que l'Europe avait « fermé les yeux » sur ces navires.

Le secrétaire général de l'Otan, Mark Rutte, a indiqué que l'Alliance était prête à renforcer sa présence en mer Baltique. Les patrouilles débuteront « dans les prochaines semaines », a précisé un porte-parole.

À Narva, ville frontalière à majorité russophone séparée de la Russie par la Narva, les gardes-frontières sont en alerte depuis 2022. L'approvisionnement du pays reste assuré « jusqu'à l'été » grâce au câble Estlink 1, assure Elering.

Lire également : Câbles sous-marins, la guerre invisible de la Baltique · Finlande : Alexander Stubb veut plus de moyens pour la marine · Otan : Mark Rutte attendu à Tallinn""",
    boilerplate=[
        "Le pétrolier Eagle S au large de Porvoo. (Photo : Lehtikuva via AFP)",
        "Lire également : Câbles sous-marins, la guerre invisible de la Baltique · Finlande : Alexander Stubb veut plus de moyens pour la marine · Otan : Mark Rutte attendu à Tallinn",
    ],
    quotes=[
        ("l'avarie du câble électrique Estlink 2, survenue la veille, relevait d'un « schéma » d'attaques contre les infrastructures de la Baltique et que Tallinn demanderait « des mesures concrètes » à l'Otan", "mixed", "Kristen Michal"),
        ("la panne a été détectée le déc. 25 à 12h26, heure locale", "indirect", "Elering"),
        # Scare quote inside reported speech -> mixed, not a not_quote.
        ("le navire appartient à la « flotte fantôme » que la Russie utilise pour contourner les sanctions", "mixed", "Alexander Stubb"),
        ("Chaque incident de ce type doit avoir un coût", "direct", "Kaja Kallas"),
        ("la flotte de l'ombre « menace notre sécurité et notre environnement »", "mixed", "Kaja Kallas"),
        ("l'Europe avait « fermé les yeux » sur ces navires", "mixed", "Siim Kallas"),
        ("l'Alliance était prête à renforcer sa présence en mer Baltique", "indirect", "Mark Rutte"),
        # NOTE: an unnamed NATO spokesperson: description kept, no speaker_gold (a person, not NATO).
        ("Les patrouilles débuteront « dans les prochaines semaines »", "mixed", "un porte-parole"),
        ("L'approvisionnement du pays reste assuré « jusqu'à l'été » grâce au câble Estlink 1", "mixed", "Elering"),
    ],
    not_quotes=[],
    times=[
        ("jeudi", "DATE", "2024-12-26"),
        ("la veille", "DATE", "2024-12-25"),
        ("le déc. 25", "DATE", "2024-12-25"),
        ("12h26", "TIME", "2024-12-25T12:26"),
        ("les prochaines semaines", "DATE", "FUTURE_REF"),
        ("2022", "DATE", "2022"),
        ("l'été", "DATE", "2025-SU"),
    ],
    entities=[
        ("L:tallinn", "LOC", ["TALLINN", "Tallinn"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("P:michal", "PER", ["Kristen Michal"], []),
        ("L:estonia", "LOC", [], ["estonien"]),
        # NOTE: submarine cables are facilities (LOC), like airports and stadiums.
        ("L:estlink2", "LOC", ["Estlink 2"], []),
        ("L:baltic_sea", "LOC", ["Baltique", "mer Baltique"], []),
        ("O:nato", "ORG", ["Otan", "Alliance"], []),
        ("O:elering", "ORG", ["Elering"], []),
        ("L:finland", "LOC", [], ["finlandais"]),
        # NOTE: a ship's name is MISC (a vehicle, like the helicopter model of the first set).
        ("M:eagle_s", "MISC", ["Eagle S"], []),
        ("L:cook_islands", "LOC", ["îles Cook"], []),
        ("P:stubb", "PER", ["Alexander Stubb"], []),
        ("L:russia", "LOC", ["Russie"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("O:eu", "ORG", ["Union européenne"], ["européen"]),
        # "Mme Kallas" = Kaja (hard negative with her father Siim).
        ("P:kallas", "PER", ["Kaja Kallas", "Kallas"], []),
        ("P:siim_kallas", "PER", ["Siim Kallas"], []),
        ("O:err", "ORG", ["ERR"], []),
        ("L:europe", "LOC", ["Europe"], []),
        ("P:rutte", "PER", ["Mark Rutte"], []),
        ("L:narva", "LOC", ["Narva"], []),
        # "séparée de la Russie par la Narva" = the river (hard negative with the city).
        ("L:narva_river", "LOC", ["Narva"], []),
        ("L:estlink1", "LOC", ["Estlink 1"], []),
    ],
    roles=[
        ("P:michal", "Premier ministre", "L:estonia"),
        ("P:stubb", "président", "L:finland"),
        ("P:kallas", "cheffe de la diplomatie", "O:eu"),
        # Apposition with two titles; the first is implied Estonian (father of an Estonian, "estonien").
        ("P:siim_kallas", "ancien chef du gouvernement", "L:estonia"),
        ("P:siim_kallas", "ex-commissaire", "O:eu"),
        ("P:rutte", "secrétaire général", "O:nato"),
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c09",
    published="2023-07-10",
    title="Ouzbékistan : Chavkat Mirzioïev réélu avec 87 % des voix",
    text="""Mis en ligne le 10.07.2023 - 09:41

TACHKENT, 10 juillet (Reuters) – Le président ouzbek Chavkat Mirzioïev a été réélu avec 87,05 % des voix lors de la présidentielle anticipée de le juillet 9, 2023, a annoncé lundi le président de la Commission électorale centrale (CEC), Zayniddin Nizamkhodjaev. La participation a atteint 79,8 %.

Ce scrutin, avancé après la réforme constitutionnelle adoptée par référendum Le avr. Le 30, porte le mandat présidentiel à sept ans et permet à Shavkat Mirziyoyev, au pouvoir depuis 2016, de rester en fonction potentiellement jusqu'en 2037.

Dans un rapport préliminaire, les observateurs de l'OSCE ont relevé que le scrutin s'était déroulé « sans réelle concurrence » et que les libertés fondamentales restaient « limitées ». Les trois autres candidats ont recueilli chacun moins de 5 %.

« Le peuple a choisi la stabilité et la poursuite des réformes », a déclaré M. Mirziyoev dimanche soir devant ses partisans, promettant de doubler le PIB d'ici 2030. Puis, face aux caméras : « Personne ne reviendra en arrière. »

Sa fille aînée, Saida Mirziyoyeva, conseillère à la présidence, apparaît depuis février comme l'une des figures les plus influentes du régime, selon plusieurs diplomates.

Le président turc Recep Tayyip Erdogan a été parmi les premiers à féliciter son « cher frère », suivi du Kazakh Kassym-Jomart Tokaïev et de Vladimir Poutine. M. Erdoğan est attendu à l'automne à Tachkent, où il atterrira à l'aéroport international Islam-Karimov, baptisé du nom du premier président du pays, Islam Karimov, mort en 2016 après vingt-cinq ans au pouvoir.

Suivez-nous sur Telegram et WhatsApp pour ne rien manquer de l'actualité d'Asie centrale""",
    boilerplate=[
        "Mis en ligne le 10.07.2023 - 09:41",
        "Suivez-nous sur Telegram et WhatsApp pour ne rien manquer de l'actualité d'Asie centrale",
    ],
    quotes=[
        ("Le président ouzbek Chavkat Mirzioïev a été réélu avec 87,05 % des voix lors de la présidentielle anticipée de le juillet 9, 2023", "indirect", "Zayniddin Nizamkhodjaev"),
        # NOTE: "relever que" (to note that) is treated as a speech verb; the observers denote the OSCE
        # (override below).
        ("le scrutin s'était déroulé « sans réelle concurrence » et que les libertés fondamentales restaient « limitées »", "mixed", "les observateurs de l'OSCE"),
        ("Le peuple a choisi la stabilité et la poursuite des réformes", "direct", "Chavkat Mirzioïev"),
        # No speech verb: introduced by a colon after the previous speaker's quote.
        ("Personne ne reviendra en arrière.", "direct", "Chavkat Mirzioïev"),
        # Postposed "selon X".
        ("Sa fille aînée, Saida Mirziyoyeva, conseillère à la présidence, apparaît depuis février comme l'une des figures les plus influentes du régime", "indirect", "plusieurs diplomates"),
        ("cher frère", "direct", "Recep Tayyip Erdogan"),
    ],
    not_quotes=[],
    times=[
        # The dateline's date stays in the text and is annotated.
        ("10 juillet", "DATE", "2023-07-10"),
        ("le juillet 9, 2023", "DATE", "2023-07-09"),
        ("lundi", "DATE", "2023-07-10"),
        ("Le avr. Le 30", "DATE", "2023-04-30"),
        ("sept ans", "DURATION", "P7Y"),
        ("2016", "DATE", "2016"),
        ("2037", "DATE", "2037"),
        ("dimanche soir", "TIME", "2023-07-09TEV"),
        ("2030", "DATE", "2030"),
        ("février", "DATE", "2023-02"),
        ("l'automne", "DATE", "2023-FA"),
        ("2016", "DATE", "2016"),
        ("vingt-cinq ans", "DURATION", "P25Y"),
    ],
    entities=[
        ("L:tashkent", "LOC", ["TACHKENT", "Tachkent"], []),
        ("O:reuters", "ORG", ["Reuters"], []),
        ("L:uzbekistan", "LOC", [], ["ouzbek"]),
        ("P:mirziyoyev", "PER", ["Chavkat Mirzioïev", "Shavkat Mirziyoyev", "Mirziyoev"], []),
        ("O:uzbekistan_cec", "ORG", ["Commission électorale centrale", "CEC"], []),
        ("P:nizamkhodjaev", "PER", ["Zayniddin Nizamkhodjaev"], []),
        ("O:osce", "ORG", ["OSCE"], []),
        ("P:saida_mirziyoyeva", "PER", ["Saida Mirziyoyeva"], []),
        ("L:turkey", "LOC", [], ["turc"]),
        ("P:erdogan", "PER", ["Recep Tayyip Erdogan", "Erdoğan"], []),
        ("L:kazakhstan", "LOC", [], ["Kazakh"]),
        ("P:tokayev", "PER", ["Kassym-Jomart Tokaïev"], []),
        ("P:putin", "PER", ["Vladimir Poutine"], []),
        ("L:tashkent_airport", "LOC", ["aéroport international Islam-Karimov"], []),
        ("P:karimov", "PER", ["Islam Karimov"], []),
    ],
    roles=[
        ("P:mirziyoyev", "président", "L:uzbekistan"),
        ("P:nizamkhodjaev", "président", "O:uzbekistan_cec"),
        # NOTE: "conseillère à la présidence": the presidency is not an annotated entity, so the
        # complement stays in the title; of = the country (implied).
        ("P:saida_mirziyoyeva", "conseillère à la présidence", "L:uzbekistan"),
        ("P:erdogan", "président", "L:turkey"),
        ("P:karimov", "premier président", "L:uzbekistan"),
        # NOTE: "le Kazakh Kassym-Jomart Tokaïev": a demonym noun before the name is not a role.
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c10",
    published="2024-01-12",
    title="Gouvernement Attal : premier Conseil des ministres, la droite sénatoriale réservée",
    text="""Publié aujourd'hui à 08h15 · Lecture 3 min

Le premier Conseil des ministres du gouvernement Attal se tient ce vendredi à 10 heures à l'Élysée, au lendemain de l'annonce d'une équipe resserrée de quatorze ministres. « Ce gouvernement sera celui de l'action », a promis le Premier ministre Gabriel Attal, 34 ans, nommé mardi par le président Emmanuel Macron.

La surprise est venue de Rachida Dati, maire du 7e arrondissement de Paris, nommée à la Culture. « J'assume totalement », a-t-elle répondu jeudi soir sur TF1. Le président de LR, Éric Ciotti, a affirmé que Mme Dati « s'est placée d'elle-même en dehors » du parti.

MER ROUGE : LES HOUTHIS REVENDIQUENT UNE NOUVELLE ATTAQUE CONTRE UN CARGO

Au Palais du Luxembourg, le président du Sénat Gérard Larcher a prévenu que la majorité sénatoriale jugerait le gouvernement sur pièces. La présidente de l'Assemblée nationale, Yaël Braun-Pivet, a salué pour sa part "une équipe de combat".

Côté opposition, la présidente du groupe RN, Marine Le Pen, a raillé un « casting » pour les européennes de juin. Elle a assuré que « le RN est aux portes du pouvoir » et que la nomination du plus jeune Premier ministre de la Ve République « ne changera rien ». Son père, Jean-Marie Le Pen, fondateur du Front national, n'a pas réagi.

La nouvelle porte-parole du gouvernement, Prisca Thevenot, rendra compte des échanges à l'issue du Conseil. Les ministres délégués seront nommés la semaine prochaine. Le Conseil se réunira ensuite chaque mercredi.

Newsletter Politique : chaque vendredi, le meilleur de nos analyses. Je m'inscris""",
    boilerplate=[
        "Publié aujourd'hui à 08h15 · Lecture 3 min",
        "MER ROUGE : LES HOUTHIS REVENDIQUENT UNE NOUVELLE ATTAQUE CONTRE UN CARGO",
        "Newsletter Politique : chaque vendredi, le meilleur de nos analyses. Je m'inscris",
    ],
    quotes=[
        ("Ce gouvernement sera celui de l'action", "direct", "Gabriel Attal"),
        ("J'assume totalement", "direct", "Rachida Dati"),
        ("Mme Dati « s'est placée d'elle-même en dehors » du parti", "mixed", "Éric Ciotti"),
        ("la majorité sénatoriale jugerait le gouvernement sur pièces", "indirect", "Gérard Larcher"),
        # Straight double quotes.
        ("une équipe de combat", "direct", "Yaël Braun-Pivet"),
        ("casting", "direct", "Marine Le Pen"),
        # Coordinated que-clauses, the first wholly inside guillemets: one mixed quote.
        ("« le RN est aux portes du pouvoir » et que la nomination du plus jeune Premier ministre de la Ve République « ne changera rien »", "mixed", "Marine Le Pen"),
    ],
    not_quotes=[],
    times=[
        ("ce vendredi", "DATE", "2024-01-12"),
        ("10 heures", "TIME", "2024-01-12T10:00"),
        # "au lendemain de l'annonce" (Thursday evening) = the publication day.
        ("lendemain", "DATE", "2024-01-12"),
        ("34 ans", "DURATION", "P34Y"),
        ("mardi", "DATE", "2024-01-09"),
        ("jeudi soir", "TIME", "2024-01-11TEV"),
        ("juin", "DATE", "2024-06"),
        ("la semaine prochaine", "DATE", "2024-W03"),
        ("chaque mercredi", "SET", "XXXX-WXX-3"),
    ],
    entities=[
        ("O:council_of_ministers", "ORG", ["Conseil des ministres", "Conseil"], []),
        # NOTE: "gouvernement Attal": the government is not annotated as an entity, so "Attal" is a
        # form of the person.
        ("P:attal", "PER", ["Gabriel Attal", "Attal"], []),
        ("L:elysee", "LOC", ["Élysée"], []),
        ("P:macron", "PER", ["Emmanuel Macron"], []),
        ("P:dati", "PER", ["Rachida Dati", "Dati"], []),
        ("L:paris", "LOC", ["Paris"], []),
        ("O:tf1", "ORG", ["TF1"], []),
        ("O:lr", "ORG", ["LR"], []),
        ("P:ciotti", "PER", ["Éric Ciotti"], []),
        ("L:luxembourg_palace", "LOC", ["Palais du Luxembourg"], []),
        ("O:senat", "ORG", ["Sénat"], []),
        ("P:larcher", "PER", ["Gérard Larcher"], []),
        ("O:assemblee_nationale", "ORG", ["Assemblée nationale"], []),
        ("P:braun_pivet", "PER", ["Yaël Braun-Pivet"], []),
        ("O:rn", "ORG", ["RN"], []),
        ("P:marine_le_pen", "PER", ["Marine Le Pen"], []),
        ("P:jean_marie_le_pen", "PER", ["Jean-Marie Le Pen"], []),
        ("O:front_national", "ORG", ["Front national"], []),
        ("P:thevenot", "PER", ["Prisca Thevenot"], []),
        # NOTE: "la Culture" (a portfolio) and "la Ve République" (a regime) are not annotated.
    ],
    roles=[
        ("P:attal", "Premier ministre", None),
        ("P:macron", "président", None),
        # NOTE: the arrondissement is not annotated; it stays in the title, of = the city.
        ("P:dati", "maire du 7e arrondissement", "L:paris"),
        ("P:ciotti", "président", "O:lr"),
        ("P:larcher", "président", "O:senat"),
        ("P:braun_pivet", "présidente", "O:assemblee_nationale"),
        # NOTE: "présidente du groupe RN": the parliamentary group is not an entity; the party is the of.
        ("P:marine_le_pen", "présidente du groupe", "O:rn"),
        ("P:jean_marie_le_pen", "fondateur", "O:front_national"),
        ("P:thevenot", "porte-parole du gouvernement", None),
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c11",
    published="2022-11-23",
    title="Nanterre : le faux artisan de la rénovation énergétique jugé pour escroquerie",
    text="""Hauts-de-Seine › Nanterre

Par Camille Roux | Le 23 novembre 2022 à 19h48

Quatre ans de prison, dont deux avec sursis, ont été requis mardi devant le tribunal correctionnel de Nanterre contre Karim Haddad, 41 ans, gérant de la société Rénov'Habitat 92, jugé pour avoir escroqué 186 retraités entre 2019 et 2021 grâce au dispositif « Coup de pouce chauffage ».

« Vous saviez que ces gens ne comprenaient pas ce qu'ils signaient », a lancé la juge Claire Vasseur au prévenu. ‹ Il m'a dit que l'État payait tout ›, a témoigné Lucienne, 83 ans, venue de Rueil-Malmaison. Sa plainte, déposée le 2 mars 2021, a été suivie de dizaines d'autres ; trois semaines après, la société était liquidée.

Nadia Haddad, présidente de l'association Seniors en colère et sans lien de parenté avec le prévenu, a affirmé que le préjudice dépassait largement les 2,3 millions d'euros retenus par l'enquête.

Pour le substitut du procureur Julien Morel, le prévenu a « industrialisé la fraude ». Il a également requis une interdiction de gérer pendant dix ans et la confiscation de deux appartements à Nanterre.

Son avocate, Me Sophie Bernard, a plaidé la relaxe, estimant que son client avait été « dépassé » par la croissance de l'entreprise. « Il n'a jamais voulu voler qui que ce soit, a-t-elle insisté. Il s'est laissé déborder par le succès.

« Il rembourse déjà, chaque mois, une partie des sommes. »

Le jugement sera rendu le 14 décembre. L'audience reprend ce mercredi après-midi avec l'audition de l'ancien associé du prévenu.

Réagir (12)""",
    boilerplate=[
        "Hauts-de-Seine › Nanterre",
        "Par Camille Roux | Le 23 novembre 2022 à 19h48",
        "Réagir (12)",
    ],
    quotes=[
        ("Vous saviez que ces gens ne comprenaient pas ce qu'ils signaient", "direct", "Claire Vasseur"),
        # NOTE: marks ‹ › follow the rule for every other mark. The que-clause inside this direct
        # quote (what the defendant said) is not annotated separately.
        ("Il m'a dit que l'État payait tout", "direct", "Lucienne"),
        ("le préjudice dépassait largement les 2,3 millions d'euros retenus par l'enquête", "indirect", "Nadia Haddad"),
        ("le prévenu a « industrialisé la fraude »", "mixed", "Julien Morel"),
        ("son client avait été « dépassé » par la croissance de l'entreprise", "mixed", "Sophie Bernard"),
        # Incise inside the marks, and the second part continues over a paragraph break (reopened with «).
        ("Il n'a jamais voulu voler qui que ce soit", "direct", "Sophie Bernard"),
        ("Il s'est laissé déborder par le succès.\n\n« Il rembourse déjà, chaque mois, une partie des sommes.", "direct", "Sophie Bernard"),
    ],
    # Name of a public aid programme.
    not_quotes=["Coup de pouce chauffage"],
    times=[
        ("Quatre ans", "DURATION", "P4Y"),
        ("mardi", "DATE", "2022-11-22"),
        ("41 ans", "DURATION", "P41Y"),
        ("2019", "DATE", "2019"),
        ("2021", "DATE", "2021"),
        ("83 ans", "DURATION", "P83Y"),
        ("le 2 mars 2021", "DATE", "2021-03-02"),
        ("trois semaines après", "DATE", "2021-03-23"),
        ("dix ans", "DURATION", "P10Y"),
        # Inside the quote.
        ("chaque mois", "SET", "P1M"),
        ("le 14 décembre", "DATE", "2022-12-14"),
        ("ce mercredi après-midi", "TIME", "2022-11-23TAF"),
    ],
    entities=[
        ("O:tribunal_nanterre", "ORG", ["tribunal correctionnel de Nanterre"], []),
        ("P:karim_haddad", "PER", ["Karim Haddad"], []),
        ("O:renov_habitat_92", "ORG", ["Rénov'Habitat 92"], []),
        ("M:coup_de_pouce_chauffage", "MISC", ["Coup de pouce chauffage"], []),
        ("P:vasseur", "PER", ["Claire Vasseur"], []),
        # NOTE: a witness named by her first name only is still a PER entity.
        ("P:lucienne", "PER", ["Lucienne"], []),
        ("L:rueil_malmaison", "LOC", ["Rueil-Malmaison"], []),
        ("P:nadia_haddad", "PER", ["Nadia Haddad"], []),
        ("O:seniors_en_colere", "ORG", ["Seniors en colère"], []),
        ("P:morel", "PER", ["Julien Morel"], []),
        ("L:nanterre", "LOC", ["Nanterre"], []),
        ("P:bernard", "PER", ["Sophie Bernard"], []),
        # NOTE: "l'État" inside Lucienne's quote is generic and not annotated as L:france.
    ],
    roles=[
        ("P:karim_haddad", "gérant", "O:renov_habitat_92"),
        ("P:vasseur", "juge", "O:tribunal_nanterre"),
        ("P:nadia_haddad", "présidente", "O:seniors_en_colere"),
        ("P:morel", "substitut du procureur", None),
        ("P:bernard", "avocate", None),
    ],
)

# ---------------------------------------------------------------------------------------------
A(
    id="c12",
    published="2021-11-28",
    title="Top 14 : le Stade toulousain renverse La Rochelle dans un Ernest-Wallon en fusion",
    text="""Sport › Rugby › Top 14

Toulouse - La Rochelle : 27-18 (mi-temps : 13-10)

(Photo : DDM, Xavier de Fenoyl)

Menés à la pause, les Rouge et Noir ont fait plier samedi soir les Maritimes, six mois après la finale de la Coupe des champions remportée face aux mêmes adversaires à Twickenham.

« On a montré du caractère. À la mi-temps, personne n'a paniqué », a résumé l'entraîneur du Stade toulousain, Ugo Mola. Il a annoncé qu'Antoine Dupont, capitaine du XV de France, touché à l'épaule, passerait des examens lundi. Le demi de mêlée s'est voulu rassurant : “Ce n'est rien de grave, je serai là contre Clermont”.

Le manager irlandais de La Rochelle, Ronan O'Gara, a fustigé « l'arbitrage » de Mathieu Raynal, tout en admettant que ses joueurs avaient « manqué de discipline ». Le capitaine Grégory Alldritt a reconnu que la mêlée avait souffert pendant quatre-vingts minutes.

Devant 18 754 spectateurs, le maire de Toulouse, Jean-Luc Moudenc, a confirmé que la ville financerait l'agrandissement du stade Ernest-Wallon « d'ici à 2025 ». Toulouse accueillera aussi des matchs de la Coupe du monde 2023.

Les Rouge et Noir se déplaceront à Clermont samedi prochain, le déc. 4, à 21 h 05.

Abonnez-vous pour 1 € le premier mois et soutenez l'information locale""",
    boilerplate=[
        "Sport › Rugby › Top 14",
        "(Photo : DDM, Xavier de Fenoyl)",
        "Abonnez-vous pour 1 € le premier mois et soutenez l'information locale",
    ],
    quotes=[
        ("On a montré du caractère. À la mi-temps, personne n'a paniqué", "direct", "Ugo Mola"),
        ("Antoine Dupont, capitaine du XV de France, touché à l'épaule, passerait des examens lundi", "indirect", "Ugo Mola"),
        # Speaker given by a description (his position on the pitch).
        ("Ce n'est rien de grave, je serai là contre Clermont", "direct", "Antoine Dupont"),
        ("l'arbitrage", "direct", "Ronan O'Gara"),
        ("ses joueurs avaient « manqué de discipline »", "mixed", "Ronan O'Gara"),
        ("la mêlée avait souffert pendant quatre-vingts minutes", "indirect", "Grégory Alldritt"),
        ("la ville financerait l'agrandissement du stade Ernest-Wallon « d'ici à 2025 »", "mixed", "Jean-Luc Moudenc"),
    ],
    not_quotes=[],
    times=[
        ("samedi soir", "TIME", "2021-11-27TEV"),
        ("six mois", "DURATION", "P6M"),
        ("lundi", "DATE", "2021-11-29"),
        ("quatre-vingts minutes", "DURATION", "PT80M"),
        ("2025", "DATE", "2025"),
        # "2023" in "Coupe du monde 2023" is part of an event's name and is not annotated.
        ("samedi prochain", "DATE", "2021-12-04"),
        ("le déc. 4", "DATE", "2021-12-04"),
        ("21 h 05", "TIME", "2021-12-04T21:05"),
    ],
    entities=[
        # Score line: "Toulouse" and "La Rochelle" are the clubs.
        ("O:stade_toulousain", "ORG", ["Toulouse", "Rouge et Noir", "Stade toulousain"], []),
        ("O:stade_rochelais", "ORG", ["La Rochelle", "Maritimes"], []),
        ("M:champions_cup", "MISC", ["Coupe des champions"], []),
        ("L:twickenham", "LOC", ["Twickenham"], []),
        ("P:mola", "PER", ["Ugo Mola"], []),
        ("P:dupont", "PER", ["Antoine Dupont"], []),
        ("O:xv_de_france", "ORG", ["XV de France"], []),
        # "contre Clermont" = the club (ASM Clermont Auvergne); "à Clermont" = the city.
        ("O:asm_clermont", "ORG", ["Clermont"], []),
        ("L:clermont_ferrand", "LOC", ["Clermont"], []),
        ("L:ireland", "LOC", [], ["irlandais"]),
        ("P:ogara", "PER", ["Ronan O'Gara"], []),
        ("P:raynal", "PER", ["Mathieu Raynal"], []),
        ("P:alldritt", "PER", ["Grégory Alldritt"], []),
        # "maire de Toulouse", "Toulouse accueillera" = the city.
        ("L:toulouse", "LOC", ["Toulouse"], []),
        ("P:moudenc", "PER", ["Jean-Luc Moudenc"], []),
        ("L:stade_ernest_wallon", "LOC", ["stade Ernest-Wallon"], []),
        ("M:rugby_world_cup_2023", "MISC", ["Coupe du monde 2023"], []),
    ],
    roles=[
        ("P:mola", "entraîneur", "O:stade_toulousain"),
        ("P:dupont", "capitaine", "O:xv_de_france"),
        # NOTE: "le manager irlandais de La Rochelle": the demonym gives his nationality, the
        # complement gives the `of` (the club), so of = O:stade_rochelais, not L:ireland.
        ("P:ogara", "manager", "O:stade_rochelais"),
        # "Le capitaine Grégory Alldritt": team captain (a function, not a rank), of implied.
        ("P:alldritt", "capitaine", "O:stade_rochelais"),
        ("P:moudenc", "maire", "L:toulouse"),
    ],
)


# Speakers given as a description that still denote an annotated entity.
SPEAKER_OVERRIDES = {
    ("c09", "les observateurs de l'OSCE"): "O:osce",
}

# ---------------------------------------------------------------------------------------------
# Hard negatives (must NOT be linked):
#  1. Relatives: P:kallas (Kaja) != P:siim_kallas, daughter and father (c08; "Mme Kallas" = Kaja).
#  2. Relatives: P:erdogan != P:bilal_erdogan, father and son (c06; "Erdogan" alone = Recep Tayyip).
#  3. Relatives: P:orban != P:gaspar_orban, father and son (c07; "M. Orbán" = Viktor).
#  4. Relatives: P:mirziyoyev != P:saida_mirziyoyeva, father and daughter (c09).
#  5. Relatives: P:marine_le_pen != P:jean_marie_le_pen, daughter and father (c10).
#  6. Same surname, different countries: P:sandu (Maia Sandu, Moldova) != P:mihai_sandu (Romanian
#     union leader) (c05; P:sandu also in c04).
#  7. Same surname, same country, unrelated: P:karim_haddad != P:nadia_haddad (c11).
#  8. Person vs company: P:louis_renault != O:renault (c05; "Renault" alone = the company).
#  9. Person vs building: P:ataturk != L:ataturk_cultural_centre, "Centre culturel Atatürk" (c06).
# 10. Person vs airport: P:karimov != L:tashkent_airport, "aéroport international Islam-Karimov" (c09).
# 11. City vs football club: L:sarajevo != O:fk_sarajevo; bare "Sarajevo" is used for both (c03).
# 12. City vs rugby club: L:toulouse != O:stade_toulousain; bare "Toulouse" is used for both (c12).
# 13. City vs rugby club: L:clermont_ferrand != O:asm_clermont; bare "Clermont" for both (c12).
# 14. Party vs river: O:tisza_party != L:tisza_river; bare "Tisza" for both (c07).
# 15. Two places: L:narva (city) != L:narva_river; bare "Narva" for both (c08).
# 16. Two places: L:moldova (the country) != L:moldavia_romania (the Romanian region); bare
#     "Moldavie" for both (c04; L:moldova also in c05).
# 17. Two places: L:mitrovica (Kosovo) != L:sremska_mitrovica (Serbia); "Mitrovica" is nested in
#     the second (c02).
# Distractors that are not pairs above: P:vucic (Vučić/Vucic) vs P:vucevic (Miloš Vučević), c02, two
# different Serbian politicians with near-identical surnames; "Mali" (P:sinisa_mali, c01) is also the
# name of a country that does not appear in the set.
