# Blind test articles o01-o12 (written and annotated by hand, same format and conventions as data_a.py).
#
# NOTE: every event and every quote in o01-o12 is invented; real public figures appear in made-up
#       situations (dates, meetings, statements are fiction). Do not cite any of it as real.
# NOTE: invented people: Park Min-seo (o01), Yuki Tanaka (o01), Lucía Ferreyra (o02),
#       Kwame Asante-Boateng (o03), Chinedu Okafor (o03), Mariam Koné (o04), Leila Farahani (o08),
#       Patrick Lemoine (o12), Julien Marchetti (o12).
# NOTE: invented bodies: EcoAndes (o02), Lagos Risk Partners (o03), Centre d'études stratégiques de
#       Bamako (o04); the OIT report « Chantiers sous surveillance » (o12) is invented too.
# NOTE: role titles drop the demonym and the complement that gives `of` ("la directrice générale du
#       Fonds monétaire international" -> "directrice générale", O:imf); portfolio complements stay
#       ("ministre de l'Économie"); "ancien", "ex-", "adjointe", "par intérim", "sortant",
#       "en affaires courantes", "destitué" are kept in the title.
# NOTE: coordinated titles ("le vice-Premier ministre et ministre des Affaires étrangères X") give one
#       role per title.
# NOTE: possessive titles: when the possessor is a country or body, `of` is that entity
#       ("La Lituanie ... Sa ministre de la Défense"); when it is a head of state or government
#       ("Son porte-parole" of Lee / Milei, "Sa ministre" of Legault), `of` is the country or
#       province that person governs (judgement call).
# NOTE: "son homologue ghanéen" (o03) and "son homologue burkinabè" (o04) are annotated with the
#       title of the person they are compared with (président, Premier ministre): judgement call.
# NOTE: implied titles: Grandi "haut-commissaire" in o08 ("Il succédera ... à Filippo Grandi"),
#       Laurent Berger "secrétaire général" of the CFDT in o12 ("qui succédera à Laurent Berger"),
#       Tinubu "président" of the Cédéao in o03 ("qui préside la Cédéao"): soft.
# NOTE: "nommé / arrivé à la tête de X" gives the title "chef" (o09, Barham Saleh).
# NOTE: sports: "sélectionneur" takes as `of` what the text names: the team (XV de France, All Blacks)
#       or the country ("sélectionneur irlandais", "l'Argentine du sélectionneur", "le Japon du
#       sélectionneur"). "demi de mêlée" and "ouvreur" are kept as occupations with their club.
# NOTE: ranks (colonel, général, capitaine of a junta leader, ayatollah) are not roles; "capitaine" of
#       a rugby team is one.
# NOTE: "Commission de la CEDEAO" (o04) is not a separate entity: its president gets `of` O:ecowas.
#       "délégué syndical central CFDT de Bouygues Construction" (o12) gets `of` the company.
# NOTE: region-derived adjectives (flamand, wallon, Campaniens) are listed as demonyms of the region,
#       like country demonyms. "québécois" occurs only inside party names and is not listed.
# NOTE: the slogan « Cristina libre » (o02) is a not_quote; the "Cristina" inside it is not listed
#       as a mention. "trop longtemps" (o06) is not annotated as a time.
# NOTE: cross-document ids (same id, other spellings): P:georgieva (o02 o03 o09), O:imf (o02 o03 o09),
#       P:tinubu, O:ecowas, P:ibrahim_traore, P:goita (o03 o04), O:unhcr (o04 o08 o09), P:grandi (o04 o08),
#       P:barham_salih (o08 o09), O:un (o04 o08 o12), P:erdogan (o08 o09), O:eu (o02 o06 o10),
#       P:tusk, P:kaja_kallas (o06 o10), O:nato (o06 o09 o10), P:rutte (o09 o10), P:trump (o01 o07 o10),
#       P:macron (o07 o12), L:brussels (o06 o09), P:meloni (o02 o05), O:tf1 (o11 o12), plus countries.
# NOTE: hard negatives (distinct ids): P:kim_jong_un / P:kim_yo_jong (siblings) / P:kim_moon_soo
#       (South Korean, same surname) in o01; P:cfk / P:nestor_kirchner / P:maximo_kirchner in o02;
#       P:ibrahim_traore / P:kjm_traore and P:abdoulaye_maiga / P:choguel_maiga in o04;
#       P:vincenzo_de_luca / P:piero_de_luca and P:attilio_fontana / P:lorenzo_fontana in o05;
#       P:alexander_de_croo / P:herman_de_croo and L:brussels / L:brussels_region in o06;
#       P:justin_trudeau / P:pierre_elliott_trudeau / L:yul (aéroport Montréal-Trudeau),
#       L:quebec (province) / L:quebec_city ("Québec" for both) in o07;
#       O:qc_national_assembly (o07) / O:pl_national_assembly (o10), both "Assemblée nationale";
#       P:khomeini / L:ikia (aéroport Imam-Khomeini) and P:nechirvan_barzani / P:masrour_barzani in o08;
#       P:jaroslaw_kaczynski / P:lech_kaczynski and P:kaja_kallas / P:siim_kallas in o10;
#       O:stade_toulousain / L:toulouse ("Toulouse" for both), P:andy_farrell / P:owen_farrell,
#       P:scott_barrett / P:jordie_barrett in o11;
#       O:bouygues / O:bouygues_construction / P:martin_bouygues / P:francis_bouygues in o12.
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- o01
A(id="o01", published="2026-01-14",
  title="Japon-Corée du Sud : à Nara, Takaichi et Lee veulent « tourner la page »",
  text="""
NARA – La Première ministre japonaise Sanae Takaichi a reçu mardi le président sud-coréen Lee Jae-myung dans sa ville natale de Nara, premier sommet bilatéral de l'année entre les deux voisins.

« Nous ne pouvons plus nous permettre de regarder le passé avec colère.

« Notre région a besoin d'une Corée et d'un Japon qui avancent ensemble », a déclaré Mme Takaichi.

Le chef de l'État sud-coréen, arrivé la veille à l'aéroport du Kansai, a estimé que les deux pays devaient « tourner la page sans déchirer le livre ». Son porte-parole, Park Min-seo, a précisé que la question des travailleurs forcés serait abordée lors d'une prochaine réunion à Séoul.

TÉLÉCHARGEZ NOTRE APPLICATION POUR NE RIEN MANQUER DE L'ACTUALITÉ EN ASIE

Le chef de la diplomatie japonaise, Toshimitsu Motegi, et le ministre sud-coréen des Affaires étrangères Cho Hyun ont signé un accord sur l'échange de renseignements. Selon Yuki Tanaka, chercheuse à l'Institut japonais des affaires internationales, Tokyo veut « verrouiller » le rapprochement avant les élections locales sud-coréennes de juin.

Pyongyang a tiré le janv. 4, 2026 un missile balistique. Le dirigeant nord-coréen Kim Jong Un a supervisé le tir, selon l'agence KCNA. Sa sœur Kim Yo Jong, vice-directrice d'un département du Parti du travail, a qualifié le sommet de « mascarade ».

À Séoul, Kim Moon-soo, ancien ministre du Travail et candidat du Parti du pouvoir au peuple à la présidentielle de juin 2025, a dénoncé des « concessions sans contrepartie ». L'ancien président Yoon Suk Yeol, dont le procès reprend la semaine prochaine, n'a pas réagi.

Lire aussi : Corée du Sud : la Banque de Corée maintient son taux directeur

Le secrétaire général du cabinet Minoru Kihara, porte-parole du gouvernement japonais, a indiqué mercredi matin que Tokyo informerait le président américain Donald Trump de l'accord.
""",
  boilerplate=["TÉLÉCHARGEZ NOTRE APPLICATION POUR NE RIEN MANQUER DE L'ACTUALITÉ EN ASIE",
               "Lire aussi : Corée du Sud : la Banque de Corée maintient son taux directeur"],
  quotes=[
      ("Nous ne pouvons plus nous permettre de regarder le passé avec colère.\n\n« Notre région a besoin d'une Corée et d'un Japon qui avancent ensemble", "direct", "Sanae Takaichi"),
      ("les deux pays devaient « tourner la page sans déchirer le livre »", "mixed", "Lee Jae-myung"),
      ("la question des travailleurs forcés serait abordée lors d'une prochaine réunion à Séoul", "indirect", "Park Min-seo"),
      ("Tokyo veut « verrouiller » le rapprochement avant les élections locales sud-coréennes de juin", "mixed", "Yuki Tanaka"),
      ("Le dirigeant nord-coréen Kim Jong Un a supervisé le tir", "indirect", "KCNA"),
      ("mascarade", "direct", "Kim Yo Jong"),
      ("concessions sans contrepartie", "direct", "Kim Moon-soo"),
      ("Tokyo informerait le président américain Donald Trump de l'accord", "indirect", "Minoru Kihara"),
  ],
  not_quotes=[],
  times=[
      ("mardi", "DATE", "2026-01-13"),
      ("l'année", "DATE", "2026"),
      ("la veille", "DATE", "2026-01-12"),
      ("juin", "DATE", "2026-06"),
      ("le janv. 4, 2026", "DATE", "2026-01-04"),
      ("juin 2025", "DATE", "2025-06"),
      ("la semaine prochaine", "DATE", "2026-W04"),
      ("mercredi matin", "TIME", "2026-01-14TMO"),
  ],
  entities=[
      ("L:nara", "LOC", ["NARA", "Nara"], []),
      ("L:japan", "LOC", ["Japon"], ["japonaise", "japonais"]),
      ("P:takaichi", "PER", ["Sanae Takaichi", "Takaichi"], []),
      ("L:south_korea", "LOC", ["Corée"], ["sud-coréen", "sud-coréennes"]),
      ("P:lee_jae_myung", "PER", ["Lee Jae-myung"], []),
      ("L:kansai_airport", "LOC", ["aéroport du Kansai"], []),
      ("P:park_min_seo", "PER", ["Park Min-seo"], []),
      ("L:seoul", "LOC", ["Séoul"], []),
      ("P:motegi", "PER", ["Toshimitsu Motegi"], []),
      ("P:cho_hyun", "PER", ["Cho Hyun"], []),
      ("P:yuki_tanaka", "PER", ["Yuki Tanaka"], []),
      ("O:jiia", "ORG", ["Institut japonais des affaires internationales"], []),
      ("L:tokyo", "LOC", ["Tokyo"], []),
      ("L:pyongyang", "LOC", ["Pyongyang"], []),
      ("L:north_korea", "LOC", [], ["nord-coréen"]),
      ("P:kim_jong_un", "PER", ["Kim Jong Un"], []),
      ("O:kcna", "ORG", ["KCNA"], []),
      ("P:kim_yo_jong", "PER", ["Kim Yo Jong"], []),
      ("O:wpk", "ORG", ["Parti du travail"], []),
      ("P:kim_moon_soo", "PER", ["Kim Moon-soo"], []),
      ("O:ppp_korea", "ORG", ["Parti du pouvoir au peuple"], []),
      ("P:yoon_suk_yeol", "PER", ["Yoon Suk Yeol"], []),
      ("P:kihara", "PER", ["Minoru Kihara"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("P:trump", "PER", ["Donald Trump"], []),
  ],
  roles=[
      ("P:takaichi", "Première ministre", "L:japan"),
      ("P:lee_jae_myung", "président", "L:south_korea"),
      ("P:lee_jae_myung", "chef de l'État", "L:south_korea"),
      ("P:park_min_seo", "porte-parole", "L:south_korea"),
      ("P:motegi", "chef de la diplomatie", "L:japan"),
      ("P:cho_hyun", "ministre des Affaires étrangères", "L:south_korea"),
      ("P:yuki_tanaka", "chercheuse", "O:jiia"),
      ("P:kim_jong_un", "dirigeant", "L:north_korea"),
      ("P:kim_yo_jong", "vice-directrice d'un département", "O:wpk"),
      ("P:kim_moon_soo", "ancien ministre du Travail", "L:south_korea"),
      ("P:kim_moon_soo", "candidat", "O:ppp_korea"),
      ("P:yoon_suk_yeol", "ancien président", "L:south_korea"),
      ("P:kihara", "secrétaire général du cabinet", "L:japan"),
      ("P:kihara", "porte-parole du gouvernement", "L:japan"),
      ("P:trump", "président", "L:usa"),
  ])


# ---------------------------------------------------------------- o02
A(id="o02", published="2025-07-04",
  title="Mercosur : Lula rend visite à Cristina Kirchner, Milei s'agace",
  text="""
BUENOS AIRES – Le président brésilien Luiz Inácio Lula da Silva a rendu visite jeudi à l'ex-présidente argentine Cristina Fernández de Kirchner, assignée à résidence depuis sa condamnation définitive le juin. 10, 2025, en marge du sommet du Mercosur.

« Je suis venu voir une amie, pas défier un gouvernement », a assuré Lula à la sortie, devant des militants qui scandaient « Cristina libre ».

Veuve de l'ancien président Néstor Kirchner, mort en 2010, l'ex-cheffe de l'État purge une peine de six ans pour corruption. Son fils Máximo Kirchner, député péroniste, a remercié le visiteur « au nom de toute la famille ».

REGARDEZ NOTRE DIRECT ET ABONNEZ-VOUS À LA CHAÎNE

Le chef de l'État argentin, Javier Milei, n'a pas caché son irritation. Son porte-parole, Manuel Adorni, élu en mai législateur de la ville de Buenos Aires, a affirmé que la visite relevait “d'une ingérence dans une affaire judiciaire”.

Le ministre brésilien des Finances Fernando Haddad et Luis Caputo, ministre de l'Économie de Milei, ont surtout parlé des droits de douane américains. Lula, désormais président en exercice du Mercosur, veut conclure l'accord avec l'Union européenne « avant la fin de l'année ».

Lire aussi | Argentine : le FMI débloque une nouvelle tranche de 2 milliards de dollars

La directrice générale du Fonds monétaire international, Kristalina Georgieva, a salué mercredi les « progrès remarquables » du programme de Buenos Aires. Pour Lucía Ferreyra, économiste chez EcoAndes, le peso restera fragile tant que les réserves de la Banque centrale de la République argentine resteront faibles.

Milei, proche de la présidente du Conseil italien Giorgia Meloni, doit se rendre à Rome le mois prochain.
""",
  boilerplate=["REGARDEZ NOTRE DIRECT ET ABONNEZ-VOUS À LA CHAÎNE",
               "Lire aussi | Argentine : le FMI débloque une nouvelle tranche de 2 milliards de dollars"],
  quotes=[
      ("Je suis venu voir une amie, pas défier un gouvernement", "direct", "Luiz Inácio Lula da Silva"),
      ("au nom de toute la famille", "direct", "Máximo Kirchner"),
      ("la visite relevait “d'une ingérence dans une affaire judiciaire”", "mixed", "Manuel Adorni"),
      ("avant la fin de l'année", "direct", "Luiz Inácio Lula da Silva"),
      ("progrès remarquables", "direct", "Kristalina Georgieva"),
      ("le peso restera fragile tant que les réserves de la Banque centrale de la République argentine resteront faibles", "indirect", "Lucía Ferreyra"),
  ],
  not_quotes=["Cristina libre"],
  times=[
      ("jeudi", "DATE", "2025-07-03"),
      ("le juin. 10, 2025", "DATE", "2025-06-10"),
      ("2010", "DATE", "2010"),
      ("six ans", "DURATION", "P6Y"),
      ("mai", "DATE", "2025-05"),
      ("la fin de l'année", "DATE", "2025"),
      ("mercredi", "DATE", "2025-07-02"),
      ("le mois prochain", "DATE", "2025-08"),
  ],
  entities=[
      ("L:buenos_aires", "LOC", ["BUENOS AIRES", "Buenos Aires"], []),
      ("P:lula", "PER", ["Luiz Inácio Lula da Silva", "Lula"], []),
      ("L:brazil", "LOC", [], ["brésilien"]),
      ("P:cfk", "PER", ["Cristina Fernández de Kirchner"], []),
      ("L:argentina", "LOC", [], ["argentine", "argentin"]),
      ("O:mercosur", "ORG", ["Mercosur"], []),
      ("P:nestor_kirchner", "PER", ["Néstor Kirchner"], []),
      ("P:maximo_kirchner", "PER", ["Máximo Kirchner"], []),
      ("P:milei", "PER", ["Javier Milei", "Milei"], []),
      ("P:adorni", "PER", ["Manuel Adorni"], []),
      ("P:haddad", "PER", ["Fernando Haddad"], []),
      ("P:caputo", "PER", ["Luis Caputo"], []),
      ("L:usa", "LOC", [], ["américains"]),
      ("O:eu", "ORG", ["Union européenne"], []),
      ("P:georgieva", "PER", ["Kristalina Georgieva"], []),
      ("O:imf", "ORG", ["Fonds monétaire international"], []),
      ("P:lucia_ferreyra", "PER", ["Lucía Ferreyra"], []),
      ("O:ecoandes", "ORG", ["EcoAndes"], []),
      ("O:bcra", "ORG", ["Banque centrale de la République argentine"], []),
      ("P:meloni", "PER", ["Giorgia Meloni"], []),
      ("L:italy", "LOC", [], ["italien"]),
      ("L:rome", "LOC", ["Rome"], []),
  ],
  roles=[
      ("P:lula", "président", "L:brazil"),
      ("P:lula", "président en exercice", "O:mercosur"),
      ("P:cfk", "ex-présidente", "L:argentina"),
      ("P:cfk", "ex-cheffe de l'État", "L:argentina"),
      ("P:nestor_kirchner", "ancien président", "L:argentina"),
      ("P:maximo_kirchner", "député", "L:argentina"),
      ("P:milei", "chef de l'État", "L:argentina"),
      ("P:adorni", "porte-parole", "L:argentina"),
      ("P:adorni", "législateur", "L:buenos_aires"),
      ("P:haddad", "ministre des Finances", "L:brazil"),
      ("P:caputo", "ministre de l'Économie", "L:argentina"),
      ("P:georgieva", "directrice générale", "O:imf"),
      ("P:lucia_ferreyra", "économiste", "O:ecoandes"),
      ("P:meloni", "présidente du Conseil", "L:italy"),
  ])


# ---------------------------------------------------------------- o03
A(id="o03", published="2025-03-12",
  title="Nigeria-Ghana : Tinubu charge Mahama de renouer avec les juntes du Sahel",
  text="""
ABUJA – Le président nigérian Bola Ahmed Tinubu a reçu mardi à la Villa d'Aso son homologue ghanéen John Dramani Mahama, revenu au pouvoir le 7 janvier après huit années dans l'opposition.

Tinubu, qui préside la Cédéao depuis juillet 2023, a confié au dirigeant ghanéen une mission de bons offices auprès des chefs des juntes burkinabè et malienne, le capitaine Ibrahim Traore et le général Assimi Goita. « Le Ghana parle à tout le monde, c'est notre force », a déclaré Mahama, selon un communiqué de ses services.

Nommé en février envoyé spécial pour le Sahel, Kwame Asante-Boateng doit se rendre à Ouagadougou puis à Bamako avant la fin du mois. Le chef de la diplomatie ghanéenne, Samuel Okudzeto Ablakwa, a souligné que son pays « ne choisira pas entre ses voisins ».

NIGERIA : DEUX MORTS DANS L'EFFONDREMENT D'UN IMMEUBLE À KANO

Côté nigérian, le vice-président Kashim Shettima et le ministre des Affaires étrangères Yusuf Tuggar assistaient à l'entretien, tout comme le conseiller à la sécurité nationale, Nuhu Ribadu. Celui-ci a indiqué que les attaques jihadistes à la frontière nord avaient doublé l'an dernier. Le programme « Renewed Hope » du chef de l'État prévoit 2 000 recrutements dans l'armée.

La patronne du FMI, Kristalina Gueorguieva, est attendue à Accra le mars. Le 20 pour une revue du programme. Le ministre ghanéen des Finances, Cassiel Ato Forson, a promis « zéro nouvelle dette cachée ». Selon Chinedu Okafor, analyste chez Lagos Risk Partners, Abuja a besoin d'Accra pour éviter « un divorce définitif » avec le Sahel.

Le gouverneur de l'État de Lagos s'est félicité de l'accord sur l'autoroute côtière entre Lagos et Abidjan. Babajide Sanwo-Olu a estimé que le chantier créerait 30 000 emplois.

Lire aussi : Ghana : la vice-présidente Opoku-Agyemang en visite à Londres
""",
  boilerplate=["NIGERIA : DEUX MORTS DANS L'EFFONDREMENT D'UN IMMEUBLE À KANO",
               "Lire aussi : Ghana : la vice-présidente Opoku-Agyemang en visite à Londres"],
  quotes=[
      ("Le Ghana parle à tout le monde, c'est notre force", "direct", "John Dramani Mahama"),
      ("son pays « ne choisira pas entre ses voisins »", "mixed", "Samuel Okudzeto Ablakwa"),
      ("les attaques jihadistes à la frontière nord avaient doublé l'an dernier", "indirect", "Nuhu Ribadu"),
      ("zéro nouvelle dette cachée", "direct", "Cassiel Ato Forson"),
      ("Abuja a besoin d'Accra pour éviter « un divorce définitif » avec le Sahel", "mixed", "Chinedu Okafor"),
      ("le chantier créerait 30 000 emplois", "indirect", "Babajide Sanwo-Olu"),
  ],
  not_quotes=["Renewed Hope"],
  times=[
      ("mardi", "DATE", "2025-03-11"),
      ("le 7 janvier", "DATE", "2025-01-07"),
      ("huit années", "DURATION", "P8Y"),
      ("juillet 2023", "DATE", "2023-07"),
      ("février", "DATE", "2025-02"),
      ("la fin du mois", "DATE", "2025-03"),
      ("l'an dernier", "DATE", "2024"),
      ("le mars. Le 20", "DATE", "2025-03-20"),
  ],
  entities=[
      ("L:abuja", "LOC", ["ABUJA", "Abuja"], []),
      ("P:tinubu", "PER", ["Bola Ahmed Tinubu", "Tinubu"], []),
      ("L:nigeria", "LOC", [], ["nigérian"]),
      ("L:aso_villa", "LOC", ["Villa d'Aso"], []),
      ("P:mahama", "PER", ["John Dramani Mahama", "Mahama"], []),
      ("L:ghana", "LOC", ["Ghana"], ["ghanéen", "ghanéenne"]),
      ("O:ecowas", "ORG", ["Cédéao"], []),
      ("L:burkina_faso", "LOC", [], ["burkinabè"]),
      ("L:mali", "LOC", [], ["malienne"]),
      ("P:ibrahim_traore", "PER", ["Ibrahim Traore"], []),
      ("P:goita", "PER", ["Assimi Goita"], []),
      ("L:sahel", "LOC", ["Sahel"], []),
      ("P:asante_boateng", "PER", ["Kwame Asante-Boateng"], []),
      ("L:ouagadougou", "LOC", ["Ouagadougou"], []),
      ("L:bamako", "LOC", ["Bamako"], []),
      ("P:ablakwa", "PER", ["Samuel Okudzeto Ablakwa"], []),
      ("P:shettima", "PER", ["Kashim Shettima"], []),
      ("P:tuggar", "PER", ["Yusuf Tuggar"], []),
      ("P:ribadu", "PER", ["Nuhu Ribadu"], []),
      ("M:renewed_hope", "MISC", ["Renewed Hope"], []),
      ("O:imf", "ORG", ["FMI"], []),
      ("P:georgieva", "PER", ["Kristalina Gueorguieva"], []),
      ("L:accra", "LOC", ["Accra"], []),
      ("P:ato_forson", "PER", ["Cassiel Ato Forson"], []),
      ("P:okafor", "PER", ["Chinedu Okafor"], []),
      ("O:lagos_risk_partners", "ORG", ["Lagos Risk Partners"], []),
      ("L:lagos_state", "LOC", ["État de Lagos"], []),
      ("L:lagos", "LOC", ["Lagos"], []),
      ("L:abidjan", "LOC", ["Abidjan"], []),
      ("P:sanwo_olu", "PER", ["Babajide Sanwo-Olu"], []),
  ],
  roles=[
      ("P:tinubu", "président", "L:nigeria"),
      ("P:mahama", "président", "L:ghana"),
      ("P:mahama", "dirigeant", "L:ghana"),
      ("P:tinubu", "président", "O:ecowas"),
      ("P:ibrahim_traore", "chef de la junte", "L:burkina_faso"),
      ("P:goita", "chef de la junte", "L:mali"),
      ("P:asante_boateng", "envoyé spécial pour le Sahel", "L:ghana"),
      ("P:ablakwa", "chef de la diplomatie", "L:ghana"),
      ("P:shettima", "vice-président", "L:nigeria"),
      ("P:tuggar", "ministre des Affaires étrangères", "L:nigeria"),
      ("P:ribadu", "conseiller à la sécurité nationale", "L:nigeria"),
      ("P:georgieva", "patronne", "O:imf"),
      ("P:ato_forson", "ministre des Finances", "L:ghana"),
      ("P:okafor", "analyste", "O:lagos_risk_partners"),
      ("P:sanwo_olu", "gouverneur", "L:lagos_state"),
  ])


# ---------------------------------------------------------------- o04
A(id="o04", published="2024-02-01",
  title="Sahel : Bamako et Ouagadougou confirment leur départ de la CEDEAO",
  text="""
BAMAKO – Les autorités de transition du Mali et du Burkina Faso ont confirmé mercredi leur retrait « sans délai » de la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO), après l'annonce conjointe faite avec le Niger Le janv. Le 28.

Le président de la transition malienne, le colonel Assimi Goïta, a reçu dans la soirée le ministre burkinabè des Affaires étrangères, Karamoko Jean-Marie Traoré, qui n'a aucun lien de parenté avec le chef de l'État burkinabè, le capitaine Ibrahim Traoré.

« Nous ne reviendrons pas dans une organisation qui a voulu nous affamer «, a lancé le diplomate à sa sortie du palais de Koulouba.

Le ministre d'État, ministre de l'Administration territoriale et porte-parole du gouvernement malien, le colonel Abdoulaye Maïga, a assuré que les frontières resteraient ouvertes aux commerçants. Le Premier ministre Choguel Kokalla Maïga et son homologue burkinabè Apollinaire Joachimson Kyélem de Tambèla se retrouveront à Ouagadougou la semaine prochaine, a précisé le chef de la diplomatie malienne, Abdoulaye Diop.

SUIVEZ-NOUS SUR WHATSAPP POUR RECEVOIR L'ESSENTIEL DE L'INFO

À Abuja, le président de la Commission de la CEDEAO, Omar Alieu Touray, a regretté une décision « précipitée ». Le président en exercice de l'organisation, le Nigérian Bola TINUBU, a promis que « la porte restera ouverte ».

Selon le Haut-Commissariat des Nations unies pour les réfugiés (HCR), plus de deux millions de Burkinabè ont fui leurs foyers. Le haut-commissaire Filippo Grandi, en visite à Dori le mois dernier, avait appelé à « ne pas oublier le Sahel ». La mission de l'ONU, la Minusma, est partie en décembre.

Pour Mariam Koné, chercheuse au Centre d'études stratégiques de Bamako, la rupture avec la CEDEAO « isole d'abord les populations ».

Lire aussi : MALI : LA JUNTE SUSPEND LES ACTIVITÉS DES PARTIS POLITIQUES
""",
  boilerplate=["SUIVEZ-NOUS SUR WHATSAPP POUR RECEVOIR L'ESSENTIEL DE L'INFO",
               "Lire aussi : MALI : LA JUNTE SUSPEND LES ACTIVITÉS DES PARTIS POLITIQUES"],
  quotes=[
      ("sans délai", "direct", "Les autorités de transition du Mali et du Burkina Faso"),
      ("Nous ne reviendrons pas dans une organisation qui a voulu nous affamer", "direct", "Karamoko Jean-Marie Traoré"),
      ("les frontières resteraient ouvertes aux commerçants", "indirect", "Abdoulaye Maïga"),
      ("Le Premier ministre Choguel Kokalla Maïga et son homologue burkinabè Apollinaire Joachimson Kyélem de Tambèla se retrouveront à Ouagadougou la semaine prochaine", "indirect", "Abdoulaye Diop"),
      ("précipitée", "direct", "Omar Alieu Touray"),
      ("« la porte restera ouverte »", "mixed", "Bola TINUBU"),
      ("plus de deux millions de Burkinabè ont fui leurs foyers", "indirect", "Haut-Commissariat des Nations unies pour les réfugiés"),
      ("ne pas oublier le Sahel", "direct", "Filippo Grandi"),
      ("la rupture avec la CEDEAO « isole d'abord les populations »", "mixed", "Mariam Koné"),
  ],
  not_quotes=[],
  times=[
      ("mercredi", "DATE", "2024-01-31"),
      ("Le janv. Le 28", "DATE", "2024-01-28"),
      ("la soirée", "TIME", "2024-01-31TEV"),
      ("la semaine prochaine", "DATE", "2024-W06"),
      ("le mois dernier", "DATE", "2024-01"),
      ("décembre", "DATE", "2023-12"),
  ],
  entities=[
      ("L:bamako", "LOC", ["BAMAKO"], []),
      ("L:mali", "LOC", ["Mali"], ["malienne", "malien"]),
      ("L:burkina_faso", "LOC", ["Burkina Faso"], ["burkinabè", "Burkinabè"]),
      ("O:ecowas", "ORG", ["Communauté économique des États de l'Afrique de l'Ouest", "CEDEAO"], []),
      ("L:niger", "LOC", ["Niger"], []),
      ("P:goita", "PER", ["Assimi Goïta"], []),
      ("P:kjm_traore", "PER", ["Karamoko Jean-Marie Traoré"], []),
      ("P:ibrahim_traore", "PER", ["Ibrahim Traoré"], []),
      ("L:koulouba", "LOC", ["palais de Koulouba"], []),
      ("P:abdoulaye_maiga", "PER", ["Abdoulaye Maïga"], []),
      ("P:choguel_maiga", "PER", ["Choguel Kokalla Maïga"], []),
      ("P:kyelem", "PER", ["Apollinaire Joachimson Kyélem de Tambèla"], []),
      ("L:ouagadougou", "LOC", ["Ouagadougou"], []),
      ("P:abdoulaye_diop", "PER", ["Abdoulaye Diop"], []),
      ("L:abuja", "LOC", ["Abuja"], []),
      ("P:touray", "PER", ["Omar Alieu Touray"], []),
      ("P:tinubu", "PER", ["Bola TINUBU"], []),
      ("L:nigeria", "LOC", [], ["Nigérian"]),
      ("O:unhcr", "ORG", ["Haut-Commissariat des Nations unies pour les réfugiés", "HCR"], []),
      ("P:grandi", "PER", ["Filippo Grandi"], []),
      ("L:dori", "LOC", ["Dori"], []),
      ("L:sahel", "LOC", ["Sahel"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("O:minusma", "ORG", ["Minusma"], []),
      ("P:mariam_kone", "PER", ["Mariam Koné"], []),
      ("O:cesb", "ORG", ["Centre d'études stratégiques de Bamako"], []),
  ],
  roles=[
      ("P:goita", "président de la transition", "L:mali"),
      ("P:kjm_traore", "ministre des Affaires étrangères", "L:burkina_faso"),
      ("P:ibrahim_traore", "chef de l'État", "L:burkina_faso"),
      ("P:abdoulaye_maiga", "ministre d'État", "L:mali"),
      ("P:abdoulaye_maiga", "ministre de l'Administration territoriale", "L:mali"),
      ("P:abdoulaye_maiga", "porte-parole du gouvernement", "L:mali"),
      ("P:choguel_maiga", "Premier ministre", "L:mali"),
      ("P:kyelem", "Premier ministre", "L:burkina_faso"),
      ("P:abdoulaye_diop", "chef de la diplomatie", "L:mali"),
      ("P:touray", "président de la Commission", "O:ecowas"),
      ("P:tinubu", "président en exercice", "O:ecowas"),
      ("P:grandi", "haut-commissaire", "O:unhcr"),
      ("P:mariam_kone", "chercheuse", "O:cesb"),
  ])


# ---------------------------------------------------------------- o05
A(id="o05", published="2025-12-02",
  title="Italie : Roberto Fico prend la Campanie, les régions pressent Rome",
  text="""
ROME – Vainqueur du scrutin du 24 novembre en Campanie, Roberto Fico a été proclamé lundi président de la région par la cour d'appel de Naples. L'ancien président de la Chambre des députés, figure du Mouvement 5 étoiles, succède à Vincenzo De Luca, président sortant qui gouvernait la région depuis 2015.

"Je serai le président de tous les Campaniens, y compris de ceux qui n'ont pas voté pour moi", a déclaré M. Fico devant le palais Santa Lucia, siège de l'exécutif régional.

Son prédécesseur s'est montré moins conciliant. Vincenzo De Luca a estimé que la coalition de centre-gauche lui devait « au moins un merci ». Son fils Piero De Luca, député et secrétaire régional du Parti démocrate, a tenté d'apaiser la polémique.

PARTAGEZ CET ARTICLE SUR FACEBOOK ET X

À Milan, le président de la Lombardie, Attilio Fontana, a demandé que le gouvernement accélère l'« autonomie différenciée ». Rien à voir avec Lorenzo Fontana, président de la Chambre des députés, même si les deux hommes appartiennent à la Ligue.

Le ministre des Affaires régionales Roberto Calderoli a promis un décret « avant Noël ». Selon le président de la région Sicile, Renato Schifani, le Mezzogiorno risque pourtant de « payer la facture des régions riches ». Palerme réclame 1,2 milliard d'euros pour ses hôpitaux.

La présidente du Conseil a réagi plus vite. Mme Meloni a appelé M. Fico mardi matin pour le féliciter, selon le palais Chigi. Le ministre italien de l'Économie Giancarlo Giorgetti recevra les présidents de région jeudi. Massimiliano Fedriga, président de la Conférence des régions et du Frioul-Vénétie Julienne, a salué « un dialogue enfin possible ».

Lire aussi : ITALIE : LE VÉSUVE SOUS SURVEILLANCE APRÈS UNE SÉRIE DE SÉISMES
""",
  boilerplate=["PARTAGEZ CET ARTICLE SUR FACEBOOK ET X",
               "Lire aussi : ITALIE : LE VÉSUVE SOUS SURVEILLANCE APRÈS UNE SÉRIE DE SÉISMES"],
  quotes=[
      ("Je serai le président de tous les Campaniens, y compris de ceux qui n'ont pas voté pour moi", "direct", "Roberto Fico"),
      ("la coalition de centre-gauche lui devait « au moins un merci »", "mixed", "Vincenzo De Luca"),
      ("le gouvernement accélère l'« autonomie différenciée »", "mixed", "Attilio Fontana"),
      ("avant Noël", "direct", "Roberto Calderoli"),
      ("le Mezzogiorno risque pourtant de « payer la facture des régions riches »", "mixed", "Renato Schifani"),
      ("Mme Meloni a appelé M. Fico mardi matin pour le féliciter", "indirect", "palais Chigi"),
      ("un dialogue enfin possible", "direct", "Massimiliano Fedriga"),
  ],
  not_quotes=[],
  times=[
      ("24 novembre", "DATE", "2025-11-24"),
      ("lundi", "DATE", "2025-12-01"),
      ("2015", "DATE", "2015"),
      ("Noël", "DATE", "2025-12-25"),
      ("mardi matin", "TIME", "2025-12-02TMO"),
      ("jeudi", "DATE", "2025-12-04"),
  ],
  entities=[
      ("L:rome", "LOC", ["ROME"], []),
      ("L:campania", "LOC", ["Campanie"], ["Campaniens"]),
      ("P:fico", "PER", ["Roberto Fico", "Fico"], []),
      ("O:naples_court_of_appeal", "ORG", ["cour d'appel de Naples"], []),
      ("O:it_chamber", "ORG", ["Chambre des députés"], []),
      ("O:m5s", "ORG", ["Mouvement 5 étoiles"], []),
      ("P:vincenzo_de_luca", "PER", ["Vincenzo De Luca"], []),
      ("L:palazzo_santa_lucia", "LOC", ["palais Santa Lucia"], []),
      ("P:piero_de_luca", "PER", ["Piero De Luca"], []),
      ("O:pd_italy", "ORG", ["Parti démocrate"], []),
      ("L:milan", "LOC", ["Milan"], []),
      ("L:lombardy", "LOC", ["Lombardie"], []),
      ("P:attilio_fontana", "PER", ["Attilio Fontana"], []),
      ("P:lorenzo_fontana", "PER", ["Lorenzo Fontana"], []),
      ("O:lega", "ORG", ["Ligue"], []),
      ("P:calderoli", "PER", ["Roberto Calderoli"], []),
      ("L:sicily", "LOC", ["Sicile"], []),
      ("P:schifani", "PER", ["Renato Schifani"], []),
      ("L:mezzogiorno", "LOC", ["Mezzogiorno"], []),
      ("L:palermo", "LOC", ["Palerme"], []),
      ("P:meloni", "PER", ["Meloni"], []),
      ("L:palazzo_chigi", "LOC", ["palais Chigi"], []),
      ("L:italy", "LOC", [], ["italien"]),
      ("P:giorgetti", "PER", ["Giancarlo Giorgetti"], []),
      ("P:fedriga", "PER", ["Massimiliano Fedriga"], []),
      ("O:conf_regions_italy", "ORG", ["Conférence des régions"], []),
      ("L:friuli_venezia_giulia", "LOC", ["Frioul-Vénétie Julienne"], []),
  ],
  roles=[
      ("P:fico", "président", "L:campania"),
      ("P:fico", "ancien président", "O:it_chamber"),
      ("P:vincenzo_de_luca", "président sortant", "L:campania"),
      ("P:piero_de_luca", "député", "O:it_chamber"),
      ("P:piero_de_luca", "secrétaire régional", "O:pd_italy"),
      ("P:attilio_fontana", "président", "L:lombardy"),
      ("P:lorenzo_fontana", "président", "O:it_chamber"),
      ("P:calderoli", "ministre des Affaires régionales", "L:italy"),
      ("P:schifani", "président", "L:sicily"),
      ("P:meloni", "présidente du Conseil", "L:italy"),
      ("P:giorgetti", "ministre de l'Économie", "L:italy"),
      ("P:fedriga", "président", "O:conf_regions_italy"),
      ("P:fedriga", "président", "L:friuli_venezia_giulia"),
  ])


# ---------------------------------------------------------------- o06
A(id="o06", published="2025-03-20",
  title="Belgique : De Wever promet 2 % pour la défense, les régions grincent",
  text="""
BRUXELLES – Le Premier ministre Bart De Wever a promis jeudi à ses partenaires que la Belgique consacrerait « dès cette année » 2 % de son PIB à la défense, à l'ouverture du sommet de l'Union européenne.

« Nous avons été le mauvais élève de l'Otan pendant trop longtemps », a reconnu le chef du gouvernement fédéral, premier nationaliste flamand à ce poste.

Le vice-Premier ministre et ministre des Affaires étrangères Maxime Prévot présentera le plan vendredi devant la Chambre, a précisé son cabinet. Le ministre de la Défense, Theo Francken (N-VA), évoque l'achat de onze F-35 supplémentaires.

Lire aussi : Grève nationale : la FGTB et la CSC appellent à manifester le 31 mars

Dans les régions, l'accueil est contrasté. Le ministre-président flamand Matthias Diependaele a salué un “signal fort ». Le chef du gouvernement wallon, qui s'exprimait depuis Namur après une rencontre avec les syndicats, Adrien Dolimont, a averti que la Wallonie n'avait « pas un euro de trop ». À la Région de Bruxelles-Capitale, toujours sans nouvel exécutif neuf mois après les élections, le ministre-président en affaires courantes Rudi Vervoort n'a pas commenté.

Thierry Bodson, président de la FGTB, a dénoncé des « chars payés par les pensions ». Ann Vermorgen, présidente de la CSC, a annoncé que la grève du 31 mars était maintenue.

L'ancien Premier ministre Alexander De Croo, redevenu simple député, soutient l'effort. Son père, Herman De Croo, ancien président de la Chambre, a jugé sur la VRT que « l'histoire lui donnera raison ».

Au sommet, la cheffe de la diplomatie européenne, l'Estonienne Kallas, a salué « un exemple à suivre », tout comme le Premier ministre polonais Tusk.

TÉLÉCHARGEZ L'APP 7SUR7 ET ACTIVEZ LES NOTIFICATIONS
""",
  boilerplate=["Lire aussi : Grève nationale : la FGTB et la CSC appellent à manifester le 31 mars",
               "TÉLÉCHARGEZ L'APP 7SUR7 ET ACTIVEZ LES NOTIFICATIONS"],
  quotes=[
      ("la Belgique consacrerait « dès cette année » 2 % de son PIB à la défense", "mixed", "Bart De Wever"),
      ("Nous avons été le mauvais élève de l'Otan pendant trop longtemps", "direct", "Bart De Wever"),
      ("Le vice-Premier ministre et ministre des Affaires étrangères Maxime Prévot présentera le plan vendredi devant la Chambre", "indirect", "son cabinet"),
      ("signal fort", "direct", "Matthias Diependaele"),
      ("la Wallonie n'avait « pas un euro de trop »", "mixed", "Adrien Dolimont"),
      ("chars payés par les pensions", "direct", "Thierry Bodson"),
      ("la grève du 31 mars était maintenue", "indirect", "Ann Vermorgen"),
      ("« l'histoire lui donnera raison »", "mixed", "Herman De Croo"),
      ("un exemple à suivre", "direct", "Kallas"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2025-03-20"),
      ("cette année", "DATE", "2025"),
      ("vendredi", "DATE", "2025-03-21"),
      ("neuf mois", "DURATION", "P9M"),
      ("31 mars", "DATE", "2025-03-31"),
  ],
  entities=[
      ("L:brussels", "LOC", ["BRUXELLES"], []),
      ("P:de_wever", "PER", ["Bart De Wever"], []),
      ("L:belgium", "LOC", ["Belgique"], []),
      ("O:eu", "ORG", ["Union européenne"], []),
      ("O:nato", "ORG", ["Otan"], []),
      ("L:flanders", "LOC", [], ["flamand"]),
      ("P:prevot", "PER", ["Maxime Prévot"], []),
      ("O:be_chamber", "ORG", ["Chambre"], []),
      ("P:francken", "PER", ["Theo Francken"], []),
      ("O:nva", "ORG", ["N-VA"], []),
      ("M:f35", "MISC", ["F-35"], []),
      ("P:diependaele", "PER", ["Matthias Diependaele"], []),
      ("L:namur", "LOC", ["Namur"], []),
      ("P:dolimont", "PER", ["Adrien Dolimont"], []),
      ("L:wallonia", "LOC", ["Wallonie"], ["wallon"]),
      ("L:brussels_region", "LOC", ["Région de Bruxelles-Capitale"], []),
      ("P:vervoort", "PER", ["Rudi Vervoort"], []),
      ("P:bodson", "PER", ["Thierry Bodson"], []),
      ("O:fgtb", "ORG", ["FGTB"], []),
      ("P:vermorgen", "PER", ["Ann Vermorgen"], []),
      ("O:csc", "ORG", ["CSC"], []),
      ("P:alexander_de_croo", "PER", ["Alexander De Croo"], []),
      ("P:herman_de_croo", "PER", ["Herman De Croo"], []),
      ("O:vrt", "ORG", ["VRT"], []),
      ("P:kaja_kallas", "PER", ["Kallas"], []),
      ("L:estonia", "LOC", [], ["Estonienne"]),
      ("P:tusk", "PER", ["Tusk"], []),
      ("L:poland", "LOC", [], ["polonais"]),
  ],
  roles=[
      ("P:de_wever", "Premier ministre", "L:belgium"),
      ("P:de_wever", "chef du gouvernement fédéral", "L:belgium"),
      ("P:prevot", "vice-Premier ministre", "L:belgium"),
      ("P:prevot", "ministre des Affaires étrangères", "L:belgium"),
      ("P:francken", "ministre de la Défense", "L:belgium"),
      ("P:diependaele", "ministre-président", "L:flanders"),
      ("P:dolimont", "chef du gouvernement", "L:wallonia"),
      ("P:vervoort", "ministre-président en affaires courantes", "L:brussels_region"),
      ("P:bodson", "président", "O:fgtb"),
      ("P:vermorgen", "présidente", "O:csc"),
      ("P:alexander_de_croo", "ancien Premier ministre", "L:belgium"),
      ("P:alexander_de_croo", "député", "O:be_chamber"),
      ("P:herman_de_croo", "ancien président", "O:be_chamber"),
      ("P:kaja_kallas", "cheffe de la diplomatie", "O:eu"),
      ("P:tusk", "Premier ministre", "L:poland"),
  ])


# ---------------------------------------------------------------- o07
A(id="o07", published="2025-05-28",
  title="Discours du Trône : Charles III à Ottawa, Québec réclame des gestes",
  text="""
OTTAWA – Pour la première fois depuis 1977, un monarque a prononcé mardi le discours du Trône. Le roi Charles III, accompagné de la reine Camilla, a promis un Canada « fort et libre » face aux droits de douane imposés par le président américain Trump.

Le premier ministre Mark Carney, vainqueur des élections du 28 avril, a salué « un moment d'unité nationale ». La gouverneure générale Mary Simon avait accueilli le couple royal la veille devant le Parlement.

Assis au troisième rang, l'ancien premier ministre Justin Trudeau n'a pas pris la parole. Son père, Pierre Elliott Trudeau, lui-même ancien premier ministre, avait rapatrié la Constitution en 1982 sans l'accord du Québec, un souvenir encore vif à l'Assemblée nationale.

ÉTATS-UNIS : UN JUGE BLOQUE LES NOUVEAUX TARIFS SUR L'ACIER

À Québec, le premier ministre François Legault a dit souhaiter « des gestes concrets, pas des symboles ». Sa ministre des Relations internationales et de la Francophonie, Martine Biron, a rappelé que la province réclamait « depuis des années » plus de pouvoirs en immigration.

Le chef du Parti québécois, Paul St-Pierre Plamondon, a dénoncé une « mascarade coloniale ». Yves-François Blanchet, chef du Bloc québécois, a boudé la cérémonie, comme ses 22 députés.

Valérie Plante, mairesse de Montréal, a indiqué que le roi ne visiterait pas la métropole. Le couple repartira mercredi soir de l'aéroport Montréal-Trudeau, a confirmé Rideau Hall.

Le président français Emmanuel Macron a salué sur X « un beau message à nos cousins ».

Recevez nos alertes : inscrivez-vous à l'infolettre du matin
""",
  boilerplate=["ÉTATS-UNIS : UN JUGE BLOQUE LES NOUVEAUX TARIFS SUR L'ACIER",
               "Recevez nos alertes : inscrivez-vous à l'infolettre du matin"],
  quotes=[
      ("fort et libre", "direct", "Charles III"),
      ("un moment d'unité nationale", "direct", "Mark Carney"),
      ("des gestes concrets, pas des symboles", "direct", "François Legault"),
      ("la province réclamait « depuis des années » plus de pouvoirs en immigration", "mixed", "Martine Biron"),
      ("mascarade coloniale", "direct", "Paul St-Pierre Plamondon"),
      ("le roi ne visiterait pas la métropole", "indirect", "Valérie Plante"),
      ("Le couple repartira mercredi soir de l'aéroport Montréal-Trudeau", "indirect", "Rideau Hall"),
      ("un beau message à nos cousins", "direct", "Emmanuel Macron"),
  ],
  not_quotes=[],
  times=[
      ("1977", "DATE", "1977"),
      ("mardi", "DATE", "2025-05-27"),
      ("28 avril", "DATE", "2025-04-28"),
      ("la veille", "DATE", "2025-05-26"),
      ("1982", "DATE", "1982"),
      ("des années", "DURATION", "PXY"),
      ("mercredi soir", "TIME", "2025-05-28TEV"),
  ],
  entities=[
      ("L:ottawa", "LOC", ["OTTAWA"], []),
      ("P:charles_iii", "PER", ["Charles III"], []),
      ("P:camilla", "PER", ["Camilla"], []),
      ("L:canada", "LOC", ["Canada"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("P:trump", "PER", ["Trump"], []),
      ("P:carney", "PER", ["Mark Carney"], []),
      ("P:mary_simon", "PER", ["Mary Simon"], []),
      ("O:canada_parliament", "ORG", ["Parlement"], []),
      ("P:justin_trudeau", "PER", ["Justin Trudeau"], []),
      ("P:pierre_elliott_trudeau", "PER", ["Pierre Elliott Trudeau"], []),
      ("L:quebec", "LOC", ["Québec"], []),
      ("O:qc_national_assembly", "ORG", ["Assemblée nationale"], []),
      ("L:quebec_city", "LOC", ["Québec"], []),
      ("P:legault", "PER", ["François Legault"], []),
      ("P:biron", "PER", ["Martine Biron"], []),
      ("O:parti_quebecois", "ORG", ["Parti québécois"], []),
      ("P:st_pierre_plamondon", "PER", ["Paul St-Pierre Plamondon"], []),
      ("P:blanchet", "PER", ["Yves-François Blanchet"], []),
      ("O:bloc_quebecois", "ORG", ["Bloc québécois"], []),
      ("P:plante", "PER", ["Valérie Plante"], []),
      ("L:montreal", "LOC", ["Montréal"], []),
      ("L:yul", "LOC", ["aéroport Montréal-Trudeau"], []),
      ("L:rideau_hall", "LOC", ["Rideau Hall"], []),
      ("P:macron", "PER", ["Emmanuel Macron"], []),
      ("L:france", "LOC", [], ["français"]),
      ("O:x_social", "ORG", ["X"], []),
  ],
  roles=[
      ("P:charles_iii", "roi", "L:canada"),
      ("P:camilla", "reine", "L:canada"),
      ("P:trump", "président", "L:usa"),
      ("P:carney", "premier ministre", "L:canada"),
      ("P:mary_simon", "gouverneure générale", "L:canada"),
      ("P:justin_trudeau", "ancien premier ministre", "L:canada"),
      ("P:pierre_elliott_trudeau", "ancien premier ministre", "L:canada"),
      ("P:legault", "premier ministre", "L:quebec"),
      ("P:biron", "ministre des Relations internationales et de la Francophonie", "L:quebec"),
      ("P:st_pierre_plamondon", "chef", "O:parti_quebecois"),
      ("P:blanchet", "chef", "O:bloc_quebecois"),
      ("P:plante", "mairesse", "L:montreal"),
      ("P:macron", "président", "L:france"),
  ])


# ---------------------------------------------------------------- o08
A(id="o08", published="2025-12-18",
  title="Iran-Irak : al-Soudani à Téhéran, Barham Salih élu à la tête du HCR",
  text="""
TÉHÉRAN – Le Premier ministre irakien sortant Mohammed Chia al-Soudani a été reçu mercredi par le président iranien Massoud Pezeshkian, un mois après les législatives irakiennes du 11 novembre.

“L'Irak ne sera ni une base contre l'Iran, ni une province de l'Iran”, a lancé M. al-Soudani à son arrivée à l'aéroport Imam-Khomeini, selon la télévision d'État irakienne.

Le Guide suprême Ali Khamenei, qui a succédé en 1989 à l'ayatollah Rouhollah Khomeini, l'a reçu dans la soirée. Le ministère iranien des Affaires étrangères s'est voulu rassurant : son porte-parole, Esmaïl Baghaï, a assuré que Téhéran « respecte pleinement la souveraineté » de son voisin. Le chef de la diplomatie, Abbas Araghchi, est attendu à Bagdad en janvier.

IRAN : LA MONNAIE NATIONALE ATTEINT UN NOUVEAU PLANCHER FACE AU DOLLAR

Le vice-Premier ministre et ministre irakien des Affaires étrangères Fouad Hussein a estimé que le désarmement des factions armées « prendra du temps ».

Au Kurdistan, le président de la région autonome, Nechirvan Barzani, a demandé que Bagdad verse sans délai les salaires des fonctionnaires. Son cousin Masrour Barzani, Premier ministre du gouvernement régional, espère la reprise des exportations de brut via la Turquie, promise pour le printemps par le président turc Recep Tayyip Erdogan.

Le président irakien Abdel Latif Rachid a par ailleurs félicité l'ancien chef de l'État Barham Salih, élu la semaine dernière haut-commissaire des Nations unies pour les réfugiés par l'Assemblée générale, à New York. Il succédera le 1er janvier à Filippo Grandi. Selon le HCR, plus de 1,2 million d'Afghans ont quitté l'Iran depuis janvier.

Pour Leila Farahani, politologue à l'université de Téhéran, Bagdad reste « le poumon économique » d'un Iran sous sanctions.

Lire aussi : Irak : Moqtada al-Sadr appelle au boycott du nouveau Parlement
""",
  boilerplate=["IRAN : LA MONNAIE NATIONALE ATTEINT UN NOUVEAU PLANCHER FACE AU DOLLAR",
               "Lire aussi : Irak : Moqtada al-Sadr appelle au boycott du nouveau Parlement"],
  quotes=[
      ("L'Irak ne sera ni une base contre l'Iran, ni une province de l'Iran", "direct", "Mohammed Chia al-Soudani"),
      ("Téhéran « respecte pleinement la souveraineté » de son voisin", "mixed", "Esmaïl Baghaï"),
      ("le désarmement des factions armées « prendra du temps »", "mixed", "Fouad Hussein"),
      ("Bagdad verse sans délai les salaires des fonctionnaires", "indirect", "Nechirvan Barzani"),
      ("plus de 1,2 million d'Afghans ont quitté l'Iran depuis janvier", "indirect", "HCR"),
      ("Bagdad reste « le poumon économique » d'un Iran sous sanctions", "mixed", "Leila Farahani"),
  ],
  not_quotes=[],
  times=[
      ("mercredi", "DATE", "2025-12-17"),
      ("un mois", "DURATION", "P1M"),
      ("11 novembre", "DATE", "2025-11-11"),
      ("1989", "DATE", "1989"),
      ("la soirée", "TIME", "2025-12-17TEV"),
      ("janvier", "DATE", "2026-01"),
      ("le printemps", "DATE", "2026-SP"),
      ("la semaine dernière", "DATE", "2025-W50"),
      ("le 1er janvier", "DATE", "2026-01-01"),
      ("janvier", "DATE", "2025-01"),
  ],
  entities=[
      ("L:tehran", "LOC", ["TÉHÉRAN", "Téhéran"], []),
      ("P:sudani", "PER", ["Mohammed Chia al-Soudani", "al-Soudani"], []),
      ("L:iraq", "LOC", ["Irak"], ["irakien", "irakiennes", "irakienne"]),
      ("P:pezeshkian", "PER", ["Massoud Pezeshkian"], []),
      ("L:iran", "LOC", ["Iran"], ["iranien"]),
      ("L:ikia", "LOC", ["aéroport Imam-Khomeini"], []),
      ("P:khamenei", "PER", ["Ali Khamenei"], []),
      ("P:khomeini", "PER", ["Rouhollah Khomeini"], []),
      ("O:iran_mfa", "ORG", ["ministère iranien des Affaires étrangères"], []),
      ("P:baghaei", "PER", ["Esmaïl Baghaï"], []),
      ("P:araghchi", "PER", ["Abbas Araghchi"], []),
      ("L:baghdad", "LOC", ["Bagdad"], []),
      ("P:fuad_hussein", "PER", ["Fouad Hussein"], []),
      ("L:kurdistan", "LOC", ["Kurdistan"], []),
      ("P:nechirvan_barzani", "PER", ["Nechirvan Barzani"], []),
      ("P:masrour_barzani", "PER", ["Masrour Barzani"], []),
      ("L:turkey", "LOC", ["Turquie"], ["turc"]),
      ("P:erdogan", "PER", ["Recep Tayyip Erdogan"], []),
      ("P:rashid", "PER", ["Abdel Latif Rachid"], []),
      ("P:barham_salih", "PER", ["Barham Salih"], []),
      ("O:un", "ORG", ["Nations unies"], []),
      ("O:unga", "ORG", ["Assemblée générale"], []),
      ("L:new_york", "LOC", ["New York"], []),
      ("P:grandi", "PER", ["Filippo Grandi"], []),
      ("O:unhcr", "ORG", ["HCR"], []),
      ("L:afghanistan", "LOC", [], ["Afghans"]),
      ("P:farahani", "PER", ["Leila Farahani"], []),
      ("O:univ_tehran", "ORG", ["université de Téhéran"], []),
  ],
  roles=[
      ("P:sudani", "Premier ministre sortant", "L:iraq"),
      ("P:pezeshkian", "président", "L:iran"),
      ("P:khamenei", "Guide suprême", "L:iran"),
      ("P:baghaei", "porte-parole", "O:iran_mfa"),
      ("P:araghchi", "chef de la diplomatie", "L:iran"),
      ("P:fuad_hussein", "vice-Premier ministre", "L:iraq"),
      ("P:fuad_hussein", "ministre des Affaires étrangères", "L:iraq"),
      ("P:nechirvan_barzani", "président", "L:kurdistan"),
      ("P:masrour_barzani", "Premier ministre du gouvernement régional", "L:kurdistan"),
      ("P:erdogan", "président", "L:turkey"),
      ("P:rashid", "président", "L:iraq"),
      ("P:barham_salih", "ancien chef de l'État", "L:iraq"),
      ("P:barham_salih", "haut-commissaire pour les réfugiés", "O:unhcr"),
      ("P:grandi", "haut-commissaire", "O:unhcr"),
      ("P:farahani", "politologue", "O:univ_tehran"),
  ])


# ---------------------------------------------------------------- o09
A(id="o09", published="2026-02-10",
  title="Turquie : Erdoğan défend sa politique, l'opposition dénonce un « régime d'exception »",
  text="""
ANKARA – Le président Recep Tayyip Erdoğan a défendu lundi sa politique économique, au lendemain d'une nouvelle manifestation de l'opposition à Istanbul.

« La Turquie n'a de leçons à recevoir de personne, a lancé M. Erdoğan devant les députés de l'AKP au Parlement. Ni de Bruxelles ni de Washington. »

Le chef du CHP, Özgür Özel, a répliqué que le pays vivait "sous un régime d'exception". Maire destitué d'Istanbul et candidat désigné du parti à la présidentielle, Ekrem İmamoğlu est incarcéré depuis mars 2025. Son procès reprend le févr. 16, 2026. À la mairie, le maire par intérim Nuri Aslan expédie les affaires courantes.

TURQUIE : UN SÉISME DE MAGNITUDE 5,1 SECOUE LA PROVINCE DE MALATYA

Le ministre des Finances Mehmet Şimşek, ancien économiste chez Merrill Lynch, a promis une inflation « à un chiffre » d'ici 2027. Le FMI a relevé sa prévision de croissance pour cette année. Sa directrice générale, Mme Georgieva, juge toutefois les taux réels « encore trop bas ».

Le chef de la diplomatie Hakan Fidan, ancien patron du MIT, le service de renseignement, recevra jeudi le secrétaire général de l'OTAN, Mark Rutte, pour préparer le sommet de l'Alliance prévu en juillet à Ankara.

À Gaziantep, l'ancien président irakien Barham Saleh, arrivé le mois dernier à la tête de l'UNHCR, a rencontré des familles syriennes prêtes au retour. Selon l'agence onusienne, plus de 550 000 Syriens sont rentrés chez eux depuis la chute de l'ex-président Bachar al-Assad en décembre 2024.

Lire aussi – Syrie : Ahmed al-Charaa reçu à Ankara par Erdoğan

PUBLICITÉ
""",
  boilerplate=["TURQUIE : UN SÉISME DE MAGNITUDE 5,1 SECOUE LA PROVINCE DE MALATYA",
               "Lire aussi – Syrie : Ahmed al-Charaa reçu à Ankara par Erdoğan",
               "PUBLICITÉ"],
  quotes=[
      ("La Turquie n'a de leçons à recevoir de personne", "direct", "Recep Tayyip Erdoğan"),
      ("Ni de Bruxelles ni de Washington.", "direct", "Recep Tayyip Erdoğan"),
      ("le pays vivait \"sous un régime d'exception\"", "mixed", "Özgür Özel"),
      ("à un chiffre", "direct", "Mehmet Şimşek"),
      ("encore trop bas", "direct", "Georgieva"),
      ("plus de 550 000 Syriens sont rentrés chez eux depuis la chute de l'ex-président Bachar al-Assad en décembre 2024", "indirect", "UNHCR"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2026-02-09"),
      ("lendemain", "DATE", "2026-02-09"),
      ("mars 2025", "DATE", "2025-03"),
      ("le févr. 16, 2026", "DATE", "2026-02-16"),
      ("2027", "DATE", "2027"),
      ("cette année", "DATE", "2026"),
      ("jeudi", "DATE", "2026-02-12"),
      ("juillet", "DATE", "2026-07"),
      ("le mois dernier", "DATE", "2026-01"),
      ("décembre 2024", "DATE", "2024-12"),
  ],
  entities=[
      ("L:ankara", "LOC", ["ANKARA", "Ankara"], []),
      ("P:erdogan", "PER", ["Recep Tayyip Erdoğan", "Erdoğan"], []),
      ("L:istanbul", "LOC", ["Istanbul"], []),
      ("L:turkey", "LOC", ["Turquie"], []),
      ("O:akp", "ORG", ["AKP"], []),
      ("O:tbmm", "ORG", ["Parlement"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("O:chp", "ORG", ["CHP"], []),
      ("P:ozel", "PER", ["Özgür Özel"], []),
      ("P:imamoglu", "PER", ["Ekrem İmamoğlu"], []),
      ("P:nuri_aslan", "PER", ["Nuri Aslan"], []),
      ("P:simsek", "PER", ["Mehmet Şimşek"], []),
      ("O:merrill_lynch", "ORG", ["Merrill Lynch"], []),
      ("O:imf", "ORG", ["FMI"], []),
      ("P:georgieva", "PER", ["Georgieva"], []),
      ("P:fidan", "PER", ["Hakan Fidan"], []),
      ("O:mit", "ORG", ["MIT"], []),
      ("O:nato", "ORG", ["OTAN", "Alliance"], []),
      ("P:rutte", "PER", ["Mark Rutte"], []),
      ("L:gaziantep", "LOC", ["Gaziantep"], []),
      ("L:iraq", "LOC", [], ["irakien"]),
      ("P:barham_salih", "PER", ["Barham Saleh"], []),
      ("O:unhcr", "ORG", ["UNHCR"], []),
      ("L:syria", "LOC", [], ["syriennes", "Syriens"]),
      ("P:assad", "PER", ["Bachar al-Assad"], []),
  ],
  roles=[
      ("P:erdogan", "président", "L:turkey"),
      ("P:ozel", "chef", "O:chp"),
      ("P:imamoglu", "maire destitué", "L:istanbul"),
      ("P:imamoglu", "candidat désigné", "O:chp"),
      ("P:nuri_aslan", "maire par intérim", "L:istanbul"),
      ("P:simsek", "ministre des Finances", "L:turkey"),
      ("P:simsek", "ancien économiste", "O:merrill_lynch"),
      ("P:georgieva", "directrice générale", "O:imf"),
      ("P:fidan", "chef de la diplomatie", "L:turkey"),
      ("P:fidan", "ancien patron", "O:mit"),
      ("P:rutte", "secrétaire général", "O:nato"),
      ("P:barham_salih", "ancien président", "L:iraq"),
      ("P:barham_salih", "chef", "O:unhcr"),
      ("P:assad", "ex-président", "L:syria"),
  ])


# ---------------------------------------------------------------- o10
A(id="o10", published="2025-08-07",
  title="Pologne : Nawrocki investi, les Baltes scrutent Varsovie",
  text="""
VARSOVIE – L'historien conservateur Karol Nawrocki a prêté serment mercredi devant l'Assemblée nationale et devient le nouveau président de la Pologne. Ancien directeur de l'Institut de la mémoire nationale, il succède à Andrzej Duda, président sortant après deux mandats.

„Je serai la voix des Polonais qui ne se reconnaissent pas dans ce gouvernement“, a-t-il déclaré sous les applaudissements des élus du PiS.

Le Premier ministre Donald Tusk n'a pas applaudi. Selon son entourage, le gouvernement « ne se laissera pas bloquer » par les vetos présidentiels.

Le chef du PiS, Jarosław Kaczyński, s'est ensuite recueilli sur la tombe de son frère jumeau Lech Kaczyński, président mort dans l'accident de Smolensk en 2010.

LIRE AUSSI – ÉLECTRICITÉ : LES PRIX BAISSENT EN ESTONIE POUR LA PREMIÈRE FOIS DEPUIS 2021

Le vice-Premier ministre et ministre de la Défense Władysław Kosiniak-Kamysz a promis que les fortifications à la frontière biélorusse seraient achevées « avant l'hiver ». Le programme « Bouclier Est » coûtera 10 milliards de zlotys.

La Lituanie était représentée par son président, Gitanas Nausėda. Sa ministre de la Défense, Dovilė Šakalienė, a réclamé une brigade allemande supplémentaire. La Première ministre lettone Evika Siliņa et le Premier ministre estonien Kristen Michal ont publié un communiqué commun.

La haute représentante de l'UE, Kaja Kallas, ancienne cheffe du gouvernement estonien, a salué « la continuité de l'engagement polonais ». Son père Siim Kallas, ex-Premier ministre et ex-commissaire européen, avait assisté en 2005 à l'investiture de Lech Kaczyński.

Le secrétaire général de l'Organisation du traité de l'Atlantique nord, M. Rutte, a appelé Varsovie à rester « la colonne vertébrale du flanc est ». Donald TRUMP a félicité le nouveau président par téléphone, selon la chancellerie.
""",
  boilerplate=["LIRE AUSSI – ÉLECTRICITÉ : LES PRIX BAISSENT EN ESTONIE POUR LA PREMIÈRE FOIS DEPUIS 2021"],
  quotes=[
      ("Je serai la voix des Polonais qui ne se reconnaissent pas dans ce gouvernement", "direct", "Karol Nawrocki"),
      ("le gouvernement « ne se laissera pas bloquer » par les vetos présidentiels", "mixed", "son entourage"),
      ("les fortifications à la frontière biélorusse seraient achevées « avant l'hiver »", "mixed", "Władysław Kosiniak-Kamysz"),
      ("la continuité de l'engagement polonais", "direct", "Kaja Kallas"),
      ("la colonne vertébrale du flanc est", "direct", "Rutte"),
      ("Donald TRUMP a félicité le nouveau président par téléphone", "indirect", "la chancellerie"),
  ],
  not_quotes=["Bouclier Est"],
  times=[
      ("mercredi", "DATE", "2025-08-06"),
      ("2010", "DATE", "2010"),
      ("l'hiver", "DATE", "2025-WI"),
      ("2005", "DATE", "2005"),
  ],
  entities=[
      ("L:warsaw", "LOC", ["VARSOVIE", "Varsovie"], []),
      ("P:nawrocki", "PER", ["Karol Nawrocki"], []),
      ("O:pl_national_assembly", "ORG", ["Assemblée nationale"], []),
      ("L:poland", "LOC", ["Pologne"], ["Polonais", "polonais"]),
      ("O:ipn", "ORG", ["Institut de la mémoire nationale"], []),
      ("P:duda", "PER", ["Andrzej Duda"], []),
      ("O:pis", "ORG", ["PiS"], []),
      ("P:tusk", "PER", ["Donald Tusk"], []),
      ("P:jaroslaw_kaczynski", "PER", ["Jarosław Kaczyński"], []),
      ("P:lech_kaczynski", "PER", ["Lech Kaczyński"], []),
      ("L:smolensk", "LOC", ["Smolensk"], []),
      ("P:kosiniak_kamysz", "PER", ["Władysław Kosiniak-Kamysz"], []),
      ("L:belarus", "LOC", [], ["biélorusse"]),
      ("M:east_shield", "MISC", ["Bouclier Est"], []),
      ("L:lithuania", "LOC", ["Lituanie"], []),
      ("P:nauseda", "PER", ["Gitanas Nausėda"], []),
      ("P:sakaliene", "PER", ["Dovilė Šakalienė"], []),
      ("L:germany", "LOC", [], ["allemande"]),
      ("P:silina", "PER", ["Evika Siliņa"], []),
      ("L:latvia", "LOC", [], ["lettone"]),
      ("P:michal", "PER", ["Kristen Michal"], []),
      ("L:estonia", "LOC", [], ["estonien"]),
      ("O:eu", "ORG", ["UE"], []),
      ("P:kaja_kallas", "PER", ["Kaja Kallas"], []),
      ("P:siim_kallas", "PER", ["Siim Kallas"], []),
      ("O:nato", "ORG", ["Organisation du traité de l'Atlantique nord"], []),
      ("P:rutte", "PER", ["Rutte"], []),
      ("P:trump", "PER", ["Donald TRUMP"], []),
  ],
  roles=[
      ("P:nawrocki", "historien", None),
      ("P:nawrocki", "président", "L:poland"),
      ("P:nawrocki", "ancien directeur", "O:ipn"),
      ("P:duda", "président sortant", "L:poland"),
      ("P:tusk", "Premier ministre", "L:poland"),
      ("P:jaroslaw_kaczynski", "chef", "O:pis"),
      ("P:lech_kaczynski", "président", "L:poland"),
      ("P:kosiniak_kamysz", "vice-Premier ministre", "L:poland"),
      ("P:kosiniak_kamysz", "ministre de la Défense", "L:poland"),
      ("P:nauseda", "président", "L:lithuania"),
      ("P:sakaliene", "ministre de la Défense", "L:lithuania"),
      ("P:silina", "Première ministre", "L:latvia"),
      ("P:michal", "Premier ministre", "L:estonia"),
      ("P:kaja_kallas", "haute représentante", "O:eu"),
      ("P:kaja_kallas", "ancienne cheffe du gouvernement", "L:estonia"),
      ("P:siim_kallas", "ex-Premier ministre", "L:estonia"),
      ("P:siim_kallas", "ex-commissaire", "O:eu"),
      ("P:rutte", "secrétaire général", "O:nato"),
  ])


# ---------------------------------------------------------------- o11
A(id="o11", published="2024-11-13",
  title="XV de France : Dupont capitaine face aux All Blacks, les clubs grognent",
  text="""
MARCOUSSIS – À trois jours du choc face à la Nouvelle-Zélande, samedi au Stade de France, le sélectionneur du XV de France Fabien Galthié a confirmé Antoine Dupont au poste de capitaine.

« Antoine est revenu des Jeux avec une faim incroyable. Il tire tout le groupe vers le haut », a souri le technicien, en référence au titre olympique à sept du demi de mêlée du Stade toulousain, cet été à Paris.

Les Bleus restent sur une large victoire face au Japon du sélectionneur Eddie Jones, samedi dernier. Chez les All Blacks, le sélectionneur Scott Robertson a reconduit Scott Barrett comme capitaine, aux côtés de son frère Jordie Barrett.

TÉLÉCHARGEZ L'APPLI ET SUIVEZ LE MATCH EN DIRECT

À Toulouse, le ton est moins enthousiaste. Le président du club, Didier Lacroix, a demandé que ses internationaux soient « rendus dès dimanche soir ». L'entraîneur de Toulouse, Ugo Mola, a rappelé que le Top 14 reprenait le 23 novembre.

Jacky Lorenzetti, président du Racing 92, regrette lui aussi le calendrier. Son ouvreur Owen Farrell, fils du sélectionneur irlandais Andy Farrell, est forfait pour plusieurs semaines. L'Irlande reçoit vendredi à Dublin l'Argentine du sélectionneur Felipe Contepomi, adversaire des Bleus le nov. 22.

Pour Ronan O'Gara, manager de La Rochelle, « le rugby français est le meilleur du monde, mais il tue ses joueurs ».

Le président de la Fédération française de rugby, Florian Grill, a promis un accord avec la Ligue nationale de rugby « d'ici Noël ». Le match sera diffusé samedi à 21h10 sur TF1.

Lire aussi : TOP 14 : LE STADE FRANÇAIS LIMOGE SON ENTRAÎNEUR
""",
  boilerplate=["TÉLÉCHARGEZ L'APPLI ET SUIVEZ LE MATCH EN DIRECT",
               "Lire aussi : TOP 14 : LE STADE FRANÇAIS LIMOGE SON ENTRAÎNEUR"],
  quotes=[
      ("Antoine est revenu des Jeux avec une faim incroyable. Il tire tout le groupe vers le haut", "direct", "Fabien Galthié"),
      ("ses internationaux soient « rendus dès dimanche soir »", "mixed", "Didier Lacroix"),
      ("le Top 14 reprenait le 23 novembre", "indirect", "Ugo Mola"),
      ("« le rugby français est le meilleur du monde, mais il tue ses joueurs »", "mixed", "Ronan O'Gara"),
      ("d'ici Noël", "direct", "Florian Grill"),
  ],
  not_quotes=[],
  times=[
      ("trois jours", "DURATION", "P3D"),
      ("samedi", "DATE", "2024-11-16"),
      ("cet été", "DATE", "2024-SU"),
      ("samedi dernier", "DATE", "2024-11-09"),
      ("dimanche soir", "TIME", "2024-11-17TEV"),
      ("le 23 novembre", "DATE", "2024-11-23"),
      ("plusieurs semaines", "DURATION", "PXW"),
      ("vendredi", "DATE", "2024-11-15"),
      ("le nov. 22", "DATE", "2024-11-22"),
      ("Noël", "DATE", "2024-12-25"),
      ("samedi", "DATE", "2024-11-16"),
      ("21h10", "TIME", "2024-11-16T21:10"),
  ],
  entities=[
      ("L:marcoussis", "LOC", ["MARCOUSSIS"], []),
      ("L:new_zealand", "LOC", ["Nouvelle-Zélande"], []),
      ("L:stade_de_france", "LOC", ["Stade de France"], []),
      ("P:galthie", "PER", ["Fabien Galthié"], []),
      ("O:xv_de_france", "ORG", ["XV de France", "Bleus"], []),
      ("P:dupont", "PER", ["Antoine Dupont", "Antoine"], []),
      ("M:paris_2024", "MISC", ["Jeux"], []),
      ("O:stade_toulousain", "ORG", ["Stade toulousain", "Toulouse"], []),
      ("L:paris", "LOC", ["Paris"], []),
      ("L:japan", "LOC", ["Japon"], []),
      ("P:eddie_jones", "PER", ["Eddie Jones"], []),
      ("O:all_blacks", "ORG", ["All Blacks"], []),
      ("P:scott_robertson", "PER", ["Scott Robertson"], []),
      ("P:scott_barrett", "PER", ["Scott Barrett"], []),
      ("P:jordie_barrett", "PER", ["Jordie Barrett"], []),
      ("L:toulouse", "LOC", ["Toulouse"], []),
      ("P:lacroix", "PER", ["Didier Lacroix"], []),
      ("P:mola", "PER", ["Ugo Mola"], []),
      ("M:top14", "MISC", ["Top 14"], []),
      ("P:lorenzetti", "PER", ["Jacky Lorenzetti"], []),
      ("O:racing92", "ORG", ["Racing 92"], []),
      ("P:owen_farrell", "PER", ["Owen Farrell"], []),
      ("P:andy_farrell", "PER", ["Andy Farrell"], []),
      ("L:ireland", "LOC", ["Irlande"], ["irlandais"]),
      ("L:dublin", "LOC", ["Dublin"], []),
      ("L:argentina", "LOC", ["Argentine"], []),
      ("P:contepomi", "PER", ["Felipe Contepomi"], []),
      ("P:ogara", "PER", ["Ronan O'Gara"], []),
      ("O:stade_rochelais", "ORG", ["La Rochelle"], []),
      ("L:france", "LOC", [], ["français"]),
      ("O:ffr", "ORG", ["Fédération française de rugby"], []),
      ("P:grill", "PER", ["Florian Grill"], []),
      ("O:lnr", "ORG", ["Ligue nationale de rugby"], []),
      ("O:tf1", "ORG", ["TF1"], []),
  ],
  roles=[
      ("P:galthie", "sélectionneur", "O:xv_de_france"),
      ("P:dupont", "capitaine", "O:xv_de_france"),
      ("P:dupont", "demi de mêlée", "O:stade_toulousain"),
      ("P:eddie_jones", "sélectionneur", "L:japan"),
      ("P:scott_robertson", "sélectionneur", "O:all_blacks"),
      ("P:scott_barrett", "capitaine", "O:all_blacks"),
      ("P:lacroix", "président", "O:stade_toulousain"),
      ("P:mola", "entraîneur", "O:stade_toulousain"),
      ("P:lorenzetti", "président", "O:racing92"),
      ("P:owen_farrell", "ouvreur", "O:racing92"),
      ("P:andy_farrell", "sélectionneur", "L:ireland"),
      ("P:contepomi", "sélectionneur", "L:argentina"),
      ("P:ogara", "manager", "O:stade_rochelais"),
      ("P:grill", "président", "O:ffr"),
  ])


# ---------------------------------------------------------------- o12
A(id="o12", published="2023-06-14",
  title="Qatar : l'OIT épingle une filiale de Bouygues, les syndicats montent au créneau",
  text="""
GENÈVE – L'Organisation internationale du travail (OIT) a épinglé mardi, dans un rapport intitulé « Chantiers sous surveillance », les conditions de travail sur plusieurs sites au Qatar, dont celui d'une filiale de Bouygues.

« Les promesses faites avant la Coupe du monde n'ont pas toutes été tenues », a déclaré le directeur général de l'agence de l'ONU, Gilbert Houngbo, ancien Premier ministre du Togo.

À Paris, le groupe conteste. Le président du conseil d'administration, Martin Bouygues, fils du fondateur Francis Bouygues, a assuré que les ouvriers de Bouygues Construction avaient été « payés et logés selon les standards européens ». Le directeur général, Olivier Roussat, recevra les syndicats jeudi.

BOURSE : LE CAC 40 TERMINE EN HAUSSE, PORTÉ PAR LE LUXE

Marylise Léon, secrétaire générale adjointe de la CFDT, qui succédera à Laurent Berger le 21 juin, réclame un audit indépendant. Élue en mars secrétaire générale de la CGT, Sophie Binet a dénoncé un système où « les profits restent à Paris et les risques au Qatar.

Le délégué syndical central CFDT de Bouygues Construction, Patrick Lemoine, parle d'une « gifle » pour les salariés. Le ministre du Travail Olivier Dussopt a indiqué mercredi matin que la France soutiendrait une convention de l'OIT sur la sous-traitance. L'Élysée a fait savoir que le président Macron n'interviendrait pas.

Selon Julien Marchetti, analyste chez Oddo BHF, le dossier pèsera peu sur le titre, membre du CAC 40, qui a cédé 0,8 %. Rodolphe Belmer, directeur général de TF1, autre filiale du groupe, a défendu le traitement du sujet par la chaîne.

Recevez chaque matin notre newsletter Économie
""",
  boilerplate=["BOURSE : LE CAC 40 TERMINE EN HAUSSE, PORTÉ PAR LE LUXE",
               "Recevez chaque matin notre newsletter Économie"],
  quotes=[
      ("Les promesses faites avant la Coupe du monde n'ont pas toutes été tenues", "direct", "Gilbert Houngbo"),
      ("les ouvriers de Bouygues Construction avaient été « payés et logés selon les standards européens »", "mixed", "Martin Bouygues"),
      ("les profits restent à Paris et les risques au Qatar.", "direct", "Sophie Binet"),
      ("gifle", "direct", "Patrick Lemoine"),
      ("la France soutiendrait une convention de l'OIT sur la sous-traitance", "indirect", "Olivier Dussopt"),
      ("le président Macron n'interviendrait pas", "indirect", "Élysée"),
      ("le dossier pèsera peu sur le titre, membre du CAC 40, qui a cédé 0,8 %", "indirect", "Julien Marchetti"),
  ],
  not_quotes=["Chantiers sous surveillance"],
  times=[
      ("mardi", "DATE", "2023-06-13"),
      ("jeudi", "DATE", "2023-06-15"),
      ("le 21 juin", "DATE", "2023-06-21"),
      ("mars", "DATE", "2023-03"),
      ("mercredi matin", "TIME", "2023-06-14TMO"),
  ],
  entities=[
      ("L:geneva", "LOC", ["GENÈVE"], []),
      ("O:ilo", "ORG", ["Organisation internationale du travail", "OIT"], []),
      ("L:qatar", "LOC", ["Qatar"], []),
      ("O:bouygues", "ORG", ["Bouygues"], []),
      ("M:world_cup_2022", "MISC", ["Coupe du monde"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("P:houngbo", "PER", ["Gilbert Houngbo"], []),
      ("L:togo", "LOC", ["Togo"], []),
      ("L:paris", "LOC", ["Paris"], []),
      ("P:martin_bouygues", "PER", ["Martin Bouygues"], []),
      ("P:francis_bouygues", "PER", ["Francis Bouygues"], []),
      ("O:bouygues_construction", "ORG", ["Bouygues Construction"], []),
      ("P:roussat", "PER", ["Olivier Roussat"], []),
      ("P:leon", "PER", ["Marylise Léon"], []),
      ("O:cfdt", "ORG", ["CFDT"], []),
      ("P:berger", "PER", ["Laurent Berger"], []),
      ("O:cgt", "ORG", ["CGT"], []),
      ("P:binet", "PER", ["Sophie Binet"], []),
      ("P:lemoine", "PER", ["Patrick Lemoine"], []),
      ("P:dussopt", "PER", ["Olivier Dussopt"], []),
      ("L:france", "LOC", ["France"], []),
      ("L:elysee", "LOC", ["Élysée"], []),
      ("P:macron", "PER", ["Macron"], []),
      ("P:marchetti", "PER", ["Julien Marchetti"], []),
      ("O:oddo_bhf", "ORG", ["Oddo BHF"], []),
      ("M:cac40", "MISC", ["CAC 40"], []),
      ("P:belmer", "PER", ["Rodolphe Belmer"], []),
      ("O:tf1", "ORG", ["TF1"], []),
  ],
  roles=[
      ("P:houngbo", "directeur général", "O:ilo"),
      ("P:houngbo", "ancien Premier ministre", "L:togo"),
      ("P:martin_bouygues", "président du conseil d'administration", "O:bouygues"),
      ("P:francis_bouygues", "fondateur", "O:bouygues"),
      ("P:roussat", "directeur général", "O:bouygues"),
      ("P:leon", "secrétaire générale adjointe", "O:cfdt"),
      ("P:berger", "secrétaire général", "O:cfdt"),
      ("P:binet", "secrétaire générale", "O:cgt"),
      ("P:lemoine", "délégué syndical central", "O:bouygues_construction"),
      ("P:dussopt", "ministre du Travail", "L:france"),
      ("P:macron", "président", "L:france"),
      ("P:marchetti", "analyste", "O:oddo_bhf"),
      ("P:belmer", "directeur général", "O:tf1"),
  ])
