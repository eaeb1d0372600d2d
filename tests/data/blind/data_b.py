# Blind test articles b13-b24 (written and annotated by hand; see README.md).
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- b13
A(id="b13", published="2023-09-17",
  title="Sahel : le Mali, le Burkina Faso et le Niger scellent une alliance de défense",
  text="""
BAMAKO – Les dirigeants des juntes au pouvoir au Mali, au Burkina Faso et au Niger ont signé samedi à Bamako la charte du Liptako-Gourma, qui institue une « Alliance des États du Sahel » (AES), un pacte de défense mutuelle.

« Toute atteinte à la souveraineté et à l'intégrité du territoire d'une ou plusieurs parties contractantes sera considérée comme une agression contre les autres parties », stipule l'article 6 de la charte.

Le colonel Assimi Goita, président de la transition malienne, a salué sur X une alliance conclue « au bénéfice des populations ». Ses homologues, le capitaine Ibrahim Traoré et le général Abdourahamane Tiani, étaient représentés par leurs ministres de la Défense.

SÉISME AU MAROC : LE BILAN DÉPASSE LES 2 900 MORTS

Le juin. 16, le chef de la diplomatie malienne, Abdoulaye Diop, avait exigé devant le Conseil de sécurité de l'ONU le retrait « sans délai » de la Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali (Minusma). Au Niger, le coup d'État est survenu le mois de juillet. 26 soldats de la garde présidentielle avaient alors retenu le président Mohamed Bazoum dans sa résidence, où il se trouve toujours. Le capitaine TRAORÉ avait été le premier à soutenir les putschistes de Niamey.

À Bamako, l'essayiste Aminata Traoré, ancienne ministre malienne de la Culture, a salué « un acte de souveraineté ».

Pour la chercheuse Fatoumata Sangaré, de l'Institut d'études sahéliennes de Dakar, cette alliance est « d'abord un message adressé à la CEDEAO », qui menace toujours d'intervenir militairement au Niger. Elle estime que les trois pays pourraient aller jusqu'à quitter l'organisation régionale l'an prochain.
""",
  boilerplate=["SÉISME AU MAROC : LE BILAN DÉPASSE LES 2 900 MORTS"],
  quotes=[
      ("Toute atteinte à la souveraineté et à l'intégrité du territoire d'une ou plusieurs parties contractantes sera considérée comme une agression contre les autres parties", "direct", "la charte du Liptako-Gourma"),
      ("au bénéfice des populations", "direct", "Assimi Goita"),
      ("sans délai", "direct", "Abdoulaye Diop"),
      ("un acte de souveraineté", "direct", "Aminata Traoré"),
      ("cette alliance est « d'abord un message adressé à la CEDEAO », qui menace toujours d'intervenir militairement au Niger", "mixed", "Fatoumata Sangaré"),
      ("les trois pays pourraient aller jusqu'à quitter l'organisation régionale l'an prochain", "indirect", "Fatoumata Sangaré"),
  ],
  not_quotes=["Alliance des États du Sahel"],
  times=[
      ("samedi", "DATE", "2023-09-16"),
      ("Le juin. 16", "DATE", "2023-06-16"),
      ("le mois de juillet. 26", "DATE", "2023-07-26"),
      ("l'an prochain", "DATE", "2024"),
  ],
  entities=[
      ("L:bamako", "LOC", ["BAMAKO", "Bamako"], []),
      ("L:mali", "LOC", ["Mali"], ["malienne"]),
      ("L:burkina_faso", "LOC", ["Burkina Faso"], []),
      ("L:niger", "LOC", ["Niger"], []),
      ("L:liptako_gourma", "LOC", ["Liptako-Gourma"], []),
      ("O:aes", "ORG", ["Alliance des États du Sahel", "AES"], []),
      ("P:goita", "PER", ["Assimi Goita"], []),
      ("O:x", "ORG", ["X"], []),
      ("P:ibrahim_traore", "PER", ["Ibrahim Traoré", "TRAORÉ"], []),
      ("P:tiani", "PER", ["Abdourahamane Tiani"], []),
      ("P:diop", "PER", ["Abdoulaye Diop"], []),
      ("O:un_security_council", "ORG", ["Conseil de sécurité"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("O:minusma", "ORG", ["Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali", "Minusma"], []),
      ("P:bazoum", "PER", ["Mohamed Bazoum"], []),
      ("L:niamey", "LOC", ["Niamey"], []),
      ("P:aminata_traore", "PER", ["Aminata Traoré"], []),
      ("P:sangare", "PER", ["Fatoumata Sangaré"], []),
      ("O:institut_etudes_saheliennes", "ORG", ["Institut d'études sahéliennes"], []),
      ("L:dakar", "LOC", ["Dakar"], []),
      ("O:ecowas", "ORG", ["CEDEAO"], []),
  ],
  roles=[
      ("P:goita", "président de la transition", "L:mali"),
      ("P:diop", "chef de la diplomatie", "L:mali"),
      ("P:bazoum", "président", "L:niger"),
      ("P:aminata_traore", "essayiste", None),
      ("P:aminata_traore", "ancienne ministre de la Culture", "L:mali"),
      ("P:sangare", "chercheuse", "O:institut_etudes_saheliennes"),
  ])

# ---------------------------------------------------------------- b14
A(id="b14", published="2024-09-09",
  title="Venezuela : l'opposant Edmundo González en exil en Espagne",
  text="""
MADRID – L'opposant vénézuélien Edmundo Gonzalez Urrutia, qui revendique la victoire à la présidentielle du 28 juillet, est arrivé dimanche en Espagne à bord d'un avion de l'armée de l'air espagnole, après plus d'un mois passé dans la clandestinité.

La vice-présidente du Venezuela, Delcy Rodríguez, avait annoncé samedi soir que l'opposant avait quitté le pays après avoir « volontairement » demandé l'asile, et que Caracas lui avait accordé un sauf-conduit « pour la tranquillité et la paix politique du pays ».

« Sa vie était en danger, et les menaces, les convocations et les mandats d'arrêt ne faisaient que se multiplier », a réagi sur X la cheffe de l'opposition, Maria Corina Machado, qui reste, elle, au Venezuela. MACHADO a promis que González Urrutia prêterait serment comme président le 10 janvier à Caracas.

OURAGAN FRANCINE : LA LOUISIANE SE PRÉPARE AU PIRE

Newsletter Amériques : inscrivez-vous gratuitement

Le président de l'Assemblée nationale, Jorge Rodríguez, frère de la vice-présidente, a pour sa part estimé que le départ de l'opposant « clôt un chapitre ».

Le chef de la diplomatie espagnole, José Manuel Albares, a souligné que Madrid avait accordé l'asile « pour des raisons humanitaires » et que l'Espagne ne reconnaissait pas pour autant la victoire de Nicolás Maduro.
""",
  boilerplate=["OURAGAN FRANCINE : LA LOUISIANE SE PRÉPARE AU PIRE",
               "Newsletter Amériques : inscrivez-vous gratuitement"],
  quotes=[
      ("l'opposant avait quitté le pays après avoir « volontairement » demandé l'asile, et que Caracas lui avait accordé un sauf-conduit « pour la tranquillité et la paix politique du pays »", "mixed", "Delcy Rodríguez"),
      ("Sa vie était en danger, et les menaces, les convocations et les mandats d'arrêt ne faisaient que se multiplier", "direct", "Maria Corina Machado"),
      ("González Urrutia prêterait serment comme président le 10 janvier à Caracas", "indirect", "Maria Corina Machado"),
      ("le départ de l'opposant « clôt un chapitre »", "mixed", "Jorge Rodríguez"),
      ("Madrid avait accordé l'asile « pour des raisons humanitaires » et que l'Espagne ne reconnaissait pas pour autant la victoire de Nicolás Maduro", "mixed", "José Manuel Albares"),
  ],
  not_quotes=[],
  times=[
      ("28 juillet", "DATE", "2024-07-28"),
      ("dimanche", "DATE", "2024-09-08"),
      ("un mois", "DURATION", "P1M"),
      ("samedi soir", "TIME", "2024-09-07TEV"),
      ("le 10 janvier", "DATE", "2025-01-10"),
  ],
  entities=[
      ("L:madrid", "LOC", ["MADRID", "Madrid"], []),
      ("L:venezuela", "LOC", ["Venezuela"], ["vénézuélien"]),
      ("P:gonzalez_urrutia", "PER", ["Edmundo Gonzalez Urrutia", "González Urrutia"], []),
      ("L:spain", "LOC", ["Espagne"], ["espagnole"]),
      ("P:delcy_rodriguez", "PER", ["Delcy Rodríguez"], []),
      ("L:caracas", "LOC", ["Caracas"], []),
      ("O:x", "ORG", ["X"], []),
      ("P:machado", "PER", ["Maria Corina Machado", "MACHADO"], []),
      ("P:jorge_rodriguez", "PER", ["Jorge Rodríguez"], []),
      ("O:venezuela_national_assembly", "ORG", ["Assemblée nationale"], []),
      ("P:albares", "PER", ["José Manuel Albares"], []),
      ("P:maduro", "PER", ["Nicolás Maduro"], []),
  ],
  roles=[
      ("P:delcy_rodriguez", "vice-présidente", "L:venezuela"),
      ("P:machado", "cheffe de l'opposition", "L:venezuela"),
      ("P:jorge_rodriguez", "président", "O:venezuela_national_assembly"),
      ("P:albares", "chef de la diplomatie", "L:spain"),
  ])

# ---------------------------------------------------------------- b15
A(id="b15", published="2023-12-14",
  title="Lannilis : la future médiathèque s'installera rue Charles-de-Gaulle",
  text="""
Le conseil municipal de Lannilis (Finistère) a approuvé mardi soir, à l'unanimité, le projet de médiathèque qui doit s'installer dans l'ancien bureau de poste de la rue Charles-de-Gaulle, fermé depuis le mars 3, 2021.

« C'est un dossier que nous portons depuis trois ans. La poste était vide, le centre-bourg se vidait, il fallait agir », a expliqué le maire, Jean-Pierre Morvan, à l'issue de la séance.

Le coût des travaux est estimé à 1,8 million d'euros, dont 40 % financés par l'État et la région Bretagne. Selon l'adjointe à la culture, Maëlle Le Gall, l'ouverture est prévue « au plus tard à l'automne 2025 ».

BREST : UN HOMME INTERPELLÉ APRÈS UN VOL À MAIN ARMÉE

Jean-Pierre MORVAN, élu depuis 2014, n'a pas caché son attachement au lieu : « Mon grand-père y venait chaque semaine toucher sa pension. Le général de Gaulle lui-même était passé devant en 1969, en se rendant à Quimper. »

L'opposition, menée par Yannick Corre, a voté le projet mais a demandé que la commune organise une réunion publique « avant la fin janvier ». Le maire a promis qu'elle se tiendrait le lendemain de la cérémonie des vœux, prévue le 12 janvier.

Cet article vous a intéressé ? Inscrivez-vous à notre newsletter locale
""",
  boilerplate=["BREST : UN HOMME INTERPELLÉ APRÈS UN VOL À MAIN ARMÉE",
               "Cet article vous a intéressé ? Inscrivez-vous à notre newsletter locale"],
  quotes=[
      ("C'est un dossier que nous portons depuis trois ans. La poste était vide, le centre-bourg se vidait, il fallait agir", "direct", "Jean-Pierre Morvan"),
      ("l'ouverture est prévue « au plus tard à l'automne 2025 »", "mixed", "Maëlle Le Gall"),
      ("Mon grand-père y venait chaque semaine toucher sa pension. Le général de Gaulle lui-même était passé devant en 1969, en se rendant à Quimper.", "direct", "Jean-Pierre Morvan"),
      ("la commune organise une réunion publique « avant la fin janvier »", "mixed", "l'opposition"),
      ("elle se tiendrait le lendemain de la cérémonie des vœux, prévue le 12 janvier", "indirect", "Jean-Pierre Morvan"),
  ],
  not_quotes=[],
  times=[
      ("mardi soir", "TIME", "2023-12-12TEV"),
      ("le mars 3, 2021", "DATE", "2021-03-03"),
      ("trois ans", "DURATION", "P3Y"),
      ("l'automne 2025", "DATE", "2025-FA"),
      ("2014", "DATE", "2014"),
      ("chaque semaine", "SET", "P1W"),
      ("1969", "DATE", "1969"),
      ("la fin janvier", "DATE", "2024-01"),
      ("le lendemain", "DATE", "2024-01-13"),
      ("le 12 janvier", "DATE", "2024-01-12"),
  ],
  entities=[
      ("L:lannilis", "LOC", ["Lannilis"], []),
      ("L:finistere", "LOC", ["Finistère"], []),
      ("L:rue_charles_de_gaulle_lannilis", "LOC", ["rue Charles-de-Gaulle"], []),
      ("P:jean_pierre_morvan", "PER", ["Jean-Pierre Morvan", "Jean-Pierre MORVAN"], []),
      ("L:bretagne", "LOC", ["Bretagne"], []),
      ("P:le_gall", "PER", ["Maëlle Le Gall"], []),
      ("P:de_gaulle", "PER", ["de Gaulle"], []),
      ("L:quimper", "LOC", ["Quimper"], []),
      ("P:corre", "PER", ["Yannick Corre"], []),
  ],
  roles=[
      ("P:jean_pierre_morvan", "maire", "L:lannilis"),
      ("P:le_gall", "adjointe à la culture", "L:lannilis"),
  ])

# ---------------------------------------------------------------- b16
A(id="b16", published="2024-10-28",
  title="Géorgie : la présidente refuse de reconnaître la victoire du Rêve géorgien",
  text="""
La présidente géorgienne Salome Zurabishvili a appelé dimanche soir ses compatriotes à manifester lundi devant le Parlement, à Tbilissi, affirmant que les législatives de samedi avaient été « totalement falsifiées ».

« Je ne reconnais pas ces élections. Les reconnaître reviendrait à accepter la subordination de la Géorgie à la Russie », a-t-elle déclaré lors d'une conférence de presse.

Selon la commission électorale centrale (CEC), le Rêve géorgien, fondé par le milliardaire Bidzina Ivanichvili, a obtenu 53,9 % des voix, contre 48 % lors des précédentes législatives, il y a quatre ans.

Le Premier ministre Irakli Kobakhidzé a rejeté toute accusation de fraude et promis que le nouveau gouvernement poursuivrait l'intégration européenne « dans le respect de nos valeurs ».

Lire aussi : Moldavie : le « oui » à l'UE l'emporte d'une courte tête

Dans leur rapport préliminaire publié dimanche, les observateurs de l'OSCE (Organisation pour la sécurité et la coopération en Europe) ont relevé « des cas d'achat de voix et de pressions sur les électeurs ». Le ministre de l'Intérieur, Vakhtang Gomelaouri, a prévenu que toute tentative de « déstabilisation » serait réprimée.

Le Premier ministre hongrois Viktor Orbán, attendu lundi à Tbilissi, a été le premier dirigeant européen à féliciter KOBAKHIDZE.
""",
  boilerplate=["Lire aussi : Moldavie : le « oui » à l'UE l'emporte d'une courte tête"],
  quotes=[
      ("les législatives de samedi avaient été « totalement falsifiées »", "mixed", "Salome Zurabishvili"),
      ("Je ne reconnais pas ces élections. Les reconnaître reviendrait à accepter la subordination de la Géorgie à la Russie", "direct", "Salome Zurabishvili"),
      ("le Rêve géorgien, fondé par le milliardaire Bidzina Ivanichvili, a obtenu 53,9 % des voix, contre 48 % lors des précédentes législatives, il y a quatre ans", "indirect", "commission électorale centrale"),
      ("le nouveau gouvernement poursuivrait l'intégration européenne « dans le respect de nos valeurs »", "mixed", "Irakli Kobakhidzé"),
      ("des cas d'achat de voix et de pressions sur les électeurs", "direct", "les observateurs de l'OSCE"),
      ("toute tentative de « déstabilisation » serait réprimée", "mixed", "Vakhtang Gomelaouri"),
  ],
  not_quotes=[],
  times=[
      ("dimanche soir", "TIME", "2024-10-27TEV"),
      ("lundi", "DATE", "2024-10-28"),
      ("samedi", "DATE", "2024-10-26"),
      ("il y a quatre ans", "DATE", "2020"),
      ("dimanche", "DATE", "2024-10-27"),
      ("lundi", "DATE", "2024-10-28"),
  ],
  entities=[
      ("P:zourabichvili", "PER", ["Salome Zurabishvili"], []),
      ("L:georgia", "LOC", ["Géorgie"], ["géorgienne"]),
      ("O:georgia_parliament", "ORG", ["Parlement"], []),
      ("L:tbilisi", "LOC", ["Tbilissi"], []),
      ("L:russia", "LOC", ["Russie"], []),
      ("O:georgia_cec", "ORG", ["commission électorale centrale", "CEC"], []),
      ("O:georgian_dream", "ORG", ["Rêve géorgien"], []),
      ("P:ivanishvili", "PER", ["Bidzina Ivanichvili"], []),
      ("P:kobakhidze", "PER", ["Irakli Kobakhidzé", "KOBAKHIDZE"], []),
      ("O:osce", "ORG", ["OSCE", "Organisation pour la sécurité et la coopération en Europe"], []),
      ("P:gomelauri", "PER", ["Vakhtang Gomelaouri"], []),
      ("P:orban", "PER", ["Viktor Orbán"], []),
      ("L:hungary", "LOC", [], ["hongrois"]),
  ],
  roles=[
      ("P:zourabichvili", "présidente", "L:georgia"),
      ("P:ivanishvili", "milliardaire", None),
      ("P:kobakhidze", "Premier ministre", "L:georgia"),
      ("P:gomelauri", "ministre de l'Intérieur", "L:georgia"),
      ("P:orban", "Premier ministre", "L:hungary"),
  ])

# ---------------------------------------------------------------- b17
A(id="b17", published="2024-01-16",
  title="Liban : Safadi à Beyrouth pour tenter d'éviter l'embrasement",
  text="""
BEYROUTH – Le ministre jordanien des Affaires étrangères, Ayman Safadi, s'est entretenu lundi à Beyrouth avec le Premier ministre libanais sortant, Najib Mikati, sur les moyens d'éviter une extension du conflit à la frontière sud du Liban.

“Le Liban ne veut pas la guerre, mais il ne peut pas rester les bras croisés face aux violations quotidiennes de sa souveraineté”, a déclaré Nagib Miqati à l'issue de l'entretien, selon un communiqué de ses services.

Selon M. Safadi, la communauté internationale doit « faire pression sur Israël pour qu'il cesse son agression contre Gaza », condition à ses yeux de toute désescalade régionale.

MER ROUGE : LES HOUTHIS VISENT UN CARGO AMÉRICAIN AU LARGE DU YÉMEN

Le oct. Le 8, au lendemain de l'attaque du Hamas contre Israël, le Hezbollah a ouvert un front dans le sud du Liban en soutien à Gaza. Depuis, plus de 190 personnes ont été tuées côté libanais, dont au moins 25 civils, selon un décompte de l'AFP. Les échanges de tirs ont lieu presque chaque jour.

Dans un communiqué, le ministère israélien de la Défense a prévenu que l'armée était prête à « agir » si la diplomatie échouait.

Milliardaire, M. Mikati a fondé dans les années 1980 avec son frère aîné, Taha Mikati, le groupe de télécommunications M1.

Suivez-nous sur WhatsApp pour ne rien manquer de l'actualité
""",
  boilerplate=["MER ROUGE : LES HOUTHIS VISENT UN CARGO AMÉRICAIN AU LARGE DU YÉMEN",
               "Suivez-nous sur WhatsApp pour ne rien manquer de l'actualité"],
  quotes=[
      ("Le Liban ne veut pas la guerre, mais il ne peut pas rester les bras croisés face aux violations quotidiennes de sa souveraineté", "direct", "Najib Mikati"),
      ("la communauté internationale doit « faire pression sur Israël pour qu'il cesse son agression contre Gaza », condition à ses yeux de toute désescalade régionale", "mixed", "Ayman Safadi"),
      ("Depuis, plus de 190 personnes ont été tuées côté libanais, dont au moins 25 civils", "indirect", "AFP"),
      ("l'armée était prête à « agir » si la diplomatie échouait", "mixed", "le ministère israélien de la Défense"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2024-01-15"),
      ("Le oct. Le 8", "DATE", "2023-10-08"),
      ("lendemain", "DATE", "2023-10-08"),
      ("chaque jour", "SET", "P1D"),
      ("les années 1980", "DATE", "198"),
  ],
  entities=[
      ("L:beirut", "LOC", ["BEYROUTH", "Beyrouth"], []),
      ("P:safadi", "PER", ["Ayman Safadi", "Safadi"], []),
      ("L:jordan", "LOC", [], ["jordanien"]),
      ("P:mikati", "PER", ["Najib Mikati", "Nagib Miqati", "Mikati"], []),
      ("L:lebanon", "LOC", ["Liban"], ["libanais"]),
      ("L:israel", "LOC", ["Israël"], ["israélien"]),
      ("L:gaza", "LOC", ["Gaza"], []),
      ("O:hamas", "ORG", ["Hamas"], []),
      ("O:hezbollah", "ORG", ["Hezbollah"], []),
      ("O:afp", "ORG", ["AFP"], []),
      ("O:israel_mod", "ORG", ["ministère israélien de la Défense"], []),
      ("P:taha_mikati", "PER", ["Taha Mikati"], []),
      ("O:m1_group", "ORG", ["M1"], []),
  ],
  roles=[
      ("P:safadi", "ministre des Affaires étrangères", "L:jordan"),
      ("P:mikati", "Premier ministre", "L:lebanon"),
  ])

# ---------------------------------------------------------------- b18
A(id="b18", published="2024-01-19",
  title="Choléra : la Zambie reçoit 1,4 million de doses de vaccin",
  text="""
LUSAKA – Face à une épidémie de choléra qui a fait plus de 400 morts depuis le mois d'octobre, la Zambie a reçu jeudi 1,4 million de doses de vaccin oral, a annoncé l'Organisation mondiale de la Santé.

Le président zambien Hakainde Hichilema, qui a ordonné le janv. 12 la transformation du stade national des Héros de Lusaka en centre de traitement, a appelé la population à « ne pas céder à la panique ».

Selon la directrice régionale de l'OMS pour l'Afrique, Matshidiso Moeti, le continent traverse « l'une des pires vagues de choléra de son histoire », avec des flambées simultanées au Zimbabwe, au Mozambique et au Malawi.

CAN 2024 : LE SÉNÉGAL ENTAME LA DÉFENSE DE SON TITRE PAR UNE LARGE VICTOIRE

« Les stocks mondiaux de vaccins restent extrêmement limités. Nous sommes contraints de n'administrer qu'une seule dose au lieu de deux depuis octobre 2022 », a rappelé le directeur général de l'organisation, Tedros Ghebreyesus, lors de son point de presse de mercredi à Genève.

La ministre zambienne de la Santé, Sylvia Masebo, a indiqué que les écoles, dont la rentrée a été repoussée de trois semaines, rouvriraient le 29 janvier.

Le Dr Tedros a ajouté que l'OMS avait débloqué 500 000 dollars de son fonds d'urgence. Il a conclu : « Le choléra est une maladie de la pauvreté. On ne le vaincra pas seulement avec des vaccins, mais avec de l'eau potable et des latrines.

Retrouvez tous nos articles Santé sur notre application
""",
  boilerplate=["CAN 2024 : LE SÉNÉGAL ENTAME LA DÉFENSE DE SON TITRE PAR UNE LARGE VICTOIRE",
               "Retrouvez tous nos articles Santé sur notre application"],
  quotes=[
      ("Face à une épidémie de choléra qui a fait plus de 400 morts depuis le mois d'octobre, la Zambie a reçu jeudi 1,4 million de doses de vaccin oral", "indirect", "Organisation mondiale de la Santé"),
      ("ne pas céder à la panique", "direct", "Hakainde Hichilema"),
      ("le continent traverse « l'une des pires vagues de choléra de son histoire », avec des flambées simultanées au Zimbabwe, au Mozambique et au Malawi", "mixed", "Matshidiso Moeti"),
      ("Les stocks mondiaux de vaccins restent extrêmement limités. Nous sommes contraints de n'administrer qu'une seule dose au lieu de deux depuis octobre 2022", "direct", "Tedros Ghebreyesus"),
      ("les écoles, dont la rentrée a été repoussée de trois semaines, rouvriraient le 29 janvier", "indirect", "Sylvia Masebo"),
      ("l'OMS avait débloqué 500 000 dollars de son fonds d'urgence", "indirect", "Tedros Ghebreyesus"),
      ("Le choléra est une maladie de la pauvreté. On ne le vaincra pas seulement avec des vaccins, mais avec de l'eau potable et des latrines.", "direct", "Tedros Ghebreyesus"),
  ],
  not_quotes=[],
  times=[
      ("le mois d'octobre", "DATE", "2023-10"),
      ("jeudi", "DATE", "2024-01-18"),
      ("le janv. 12", "DATE", "2024-01-12"),
      ("octobre 2022", "DATE", "2022-10"),
      ("mercredi", "DATE", "2024-01-17"),
      ("trois semaines", "DURATION", "P3W"),
      ("le 29 janvier", "DATE", "2024-01-29"),
  ],
  entities=[
      ("L:lusaka", "LOC", ["LUSAKA", "Lusaka"], []),
      ("L:zambia", "LOC", ["Zambie"], ["zambien", "zambienne"]),
      ("O:who", "ORG", ["Organisation mondiale de la Santé", "OMS"], []),
      ("P:hichilema", "PER", ["Hakainde Hichilema"], []),
      ("L:national_heroes_stadium", "LOC", ["stade national des Héros"], []),
      ("P:moeti", "PER", ["Matshidiso Moeti"], []),
      ("L:africa", "LOC", ["Afrique"], []),
      ("L:zimbabwe", "LOC", ["Zimbabwe"], []),
      ("L:mozambique", "LOC", ["Mozambique"], []),
      ("L:malawi", "LOC", ["Malawi"], []),
      ("P:tedros", "PER", ["Tedros Ghebreyesus", "Tedros"], []),
      ("L:geneva", "LOC", ["Genève"], []),
      ("P:masebo", "PER", ["Sylvia Masebo"], []),
  ],
  roles=[
      ("P:hichilema", "président", "L:zambia"),
      ("P:moeti", "directrice régionale", "O:who"),
      ("P:tedros", "directeur général", "O:who"),
      ("P:masebo", "ministre de la Santé", "L:zambia"),
  ])

# ---------------------------------------------------------------- b19
A(id="b19", published="2024-01-17",
  title="CAN 2024 : le Burkina Faso s'impose au bout du suspense face à la Mauritanie",
  text="""
Bouaké (Côte d'Ivoire) – Le Burkina Faso a arraché mardi soir sa première victoire dans la Coupe d'Afrique des nations (CAN) face à la Mauritanie (1-0), grâce à un penalty transformé dans le temps additionnel par son capitaine, Bertrand Traoré.

Longtemps bousculés par des Mourabitounes accrocheurs, les « Étalons » ont obtenu ce penalty après une faute sur Mohamed Konaté. B. Traoré, ancien attaquant de Lyon et d'Aston Villa, ne s'est pas fait prier.

« On savait que ce serait un match piège. Les garçons ont montré du caractère jusqu'au bout », a déclaré le sélectionneur français des Burkinabè, Hubert Velud, en conférence de presse.

Lire aussi : CAN 2024 : l'Algérie accrochée par l'Angola

À Ouagadougou, le président de la transition, le capitaine Ibrahim Traoré, a salué sur les réseaux sociaux « une victoire de la résilience ». Il a ajouté que « tout le peuple burkinabè » était derrière son équipe.

Finaliste en 2013, le Burkina Faso affrontera l'Algérie samedi, toujours à Bouaké. La compétition se poursuit jusqu'au 11 février.
""",
  boilerplate=["Lire aussi : CAN 2024 : l'Algérie accrochée par l'Angola"],
  quotes=[
      ("On savait que ce serait un match piège. Les garçons ont montré du caractère jusqu'au bout", "direct", "Hubert Velud"),
      ("une victoire de la résilience", "direct", "Ibrahim Traoré"),
      ("« tout le peuple burkinabè » était derrière son équipe", "mixed", "Ibrahim Traoré"),
  ],
  not_quotes=["Étalons"],
  times=[
      ("mardi soir", "TIME", "2024-01-16TEV"),
      ("2013", "DATE", "2013"),
      ("samedi", "DATE", "2024-01-20"),
      ("11 février", "DATE", "2024-02-11"),
  ],
  entities=[
      ("L:bouake", "LOC", ["Bouaké"], []),
      ("L:cote_divoire", "LOC", ["Côte d'Ivoire"], []),
      ("L:burkina_faso", "LOC", ["Burkina Faso"], ["Burkinabè", "burkinabè"]),
      ("M:can_2024", "MISC", ["Coupe d'Afrique des nations", "CAN"], []),
      ("L:mauritania", "LOC", ["Mauritanie"], []),
      ("P:bertrand_traore", "PER", ["Bertrand Traoré", "B. Traoré"], []),
      ("O:mauritania_national_team", "ORG", ["Mourabitounes"], []),
      ("O:burkina_national_team", "ORG", ["Étalons"], []),
      ("P:mohamed_konate", "PER", ["Mohamed Konaté"], []),
      ("O:olympique_lyonnais", "ORG", ["Lyon"], []),
      ("O:aston_villa", "ORG", ["Aston Villa"], []),
      ("L:france", "LOC", [], ["français"]),
      ("P:velud", "PER", ["Hubert Velud"], []),
      ("L:ouagadougou", "LOC", ["Ouagadougou"], []),
      ("P:ibrahim_traore", "PER", ["Ibrahim Traoré"], []),
      ("L:algeria", "LOC", ["Algérie"], []),
  ],
  roles=[
      ("P:bertrand_traore", "capitaine", "O:burkina_national_team"),
      ("P:velud", "sélectionneur", "O:burkina_national_team"),
      ("P:ibrahim_traore", "président de la transition", "L:burkina_faso"),
  ])

# ---------------------------------------------------------------- b20
A(id="b20", published="2024-07-04",
  title="Tour de France : Cavendish, 35 victoires d'étape et un record pour l'éternité",
  text="""
SAINT-VULBAS – Mark Cavendish est entré dans l'histoire du Tour de France. Le sprinteur britannique de l'équipe Astana Qazaqstan a remporté mercredi la 5e étape, entre Saint-Jean-de-Maurienne et Saint-Vulbas, et signé sa 35e victoire sur la Grande Boucle, effaçant le record qu'il partageait avec Eddy Merckx.

« Je n'arrive pas à y croire. Cette victoire, je la dédie à ma femme, à mes enfants et à toute l'équipe qui a cru en moi », a lâché le Britannique, en larmes, au micro de France Télévisions.

Le manager général d'Astana, Alexandre Vinokourov, a reconnu qu'il avait « pris un risque » en convainquant le coureur de repousser sa retraite d'un an. Depuis Astana, le président kazakh Kassym-Jomart Tokayev a adressé ses félicitations au coureur, estimant que cette victoire faisait « honneur au sport kazakh ».

TOUR DE FRANCE : LE PROFIL DE LA 6E ÉTAPE

Regardez le résumé vidéo de l'étape sur notre application

Merckx, qui avait établi sa marque entre 1969 et 1975, a salué sur la chaîne belge RTBF « un immense champion ». Le documentaire « Never Enough », diffusé l'an dernier sur Netflix, racontait déjà la quête obsessionnelle de ce record.

Le « Manx Missile », qui dispute le Tour presque tous les ans depuis 2008, courra sa dernière étape le 21 juillet à Nice, l'arrivée étant exceptionnellement jugée hors de Paris cette année en raison des Jeux olympiques.
""",
  boilerplate=["TOUR DE FRANCE : LE PROFIL DE LA 6E ÉTAPE",
               "Regardez le résumé vidéo de l'étape sur notre application"],
  quotes=[
      ("Je n'arrive pas à y croire. Cette victoire, je la dédie à ma femme, à mes enfants et à toute l'équipe qui a cru en moi", "direct", "Mark Cavendish"),
      ("il avait « pris un risque » en convainquant le coureur de repousser sa retraite d'un an", "mixed", "Alexandre Vinokourov"),
      ("cette victoire faisait « honneur au sport kazakh »", "mixed", "Kassym-Jomart Tokayev"),
      ("un immense champion", "direct", "Eddy Merckx"),
  ],
  not_quotes=["Never Enough", "Manx Missile"],
  times=[
      ("mercredi", "DATE", "2024-07-03"),
      ("un an", "DURATION", "P1Y"),
      ("1969", "DATE", "1969"),
      ("1975", "DATE", "1975"),
      ("l'an dernier", "DATE", "2023"),
      ("tous les ans", "SET", "P1Y"),
      ("2008", "DATE", "2008"),
      ("le 21 juillet", "DATE", "2024-07-21"),
      ("cette année", "DATE", "2024"),
  ],
  entities=[
      ("L:saint_vulbas", "LOC", ["SAINT-VULBAS", "Saint-Vulbas"], []),
      ("P:cavendish", "PER", ["Mark Cavendish", "Cavendish", "Manx Missile"], []),
      ("M:tour_de_france", "MISC", ["Tour de France", "Grande Boucle", "Tour"], []),
      ("L:united_kingdom", "LOC", [], ["britannique", "Britannique"]),
      ("O:astana_team", "ORG", ["Astana Qazaqstan", "Astana"], []),
      ("L:astana", "LOC", ["Astana"], []),
      ("L:saint_jean_de_maurienne", "LOC", ["Saint-Jean-de-Maurienne"], []),
      ("P:merckx", "PER", ["Eddy Merckx", "Merckx"], []),
      ("O:france_televisions", "ORG", ["France Télévisions"], []),
      ("P:vinokourov", "PER", ["Alexandre Vinokourov"], []),
      ("P:tokayev", "PER", ["Kassym-Jomart Tokayev"], []),
      ("L:kazakhstan", "LOC", [], ["kazakh"]),
      ("O:rtbf", "ORG", ["RTBF"], []),
      ("L:belgium", "LOC", [], ["belge"]),
      ("M:never_enough", "MISC", ["Never Enough"], []),
      ("O:netflix", "ORG", ["Netflix"], []),
      ("L:nice", "LOC", ["Nice"], []),
      ("L:paris", "LOC", ["Paris"], []),
      ("M:olympics_2024", "MISC", ["Jeux olympiques"], []),
  ],
  roles=[
      ("P:cavendish", "sprinteur", "O:astana_team"),
      ("P:vinokourov", "manager général", "O:astana_team"),
      ("P:tokayev", "président", "L:kazakhstan"),
  ])

# ---------------------------------------------------------------- b21
A(id="b21", published="2024-06-07",
  title="La BCE baisse ses taux pour la première fois depuis 2019",
  text="""
FRANCFORT – La Banque centrale européenne (BCE) a abaissé hier ses taux directeurs d'un quart de point, une première depuis septembre 2019, tout en se gardant de promettre d'autres baisses. La décision a été rendue publique à 14 h 15.

« Nous ne nous engageons pas à l'avance sur une trajectoire de taux particulière », a prévenu sa présidente, Christine Lagarde, lors de la conférence de presse qui a suivi la réunion du conseil des gouverneurs. Elle a reconnu que l'inflation resterait « au-dessus de l'objectif une bonne partie de l'année prochaine ».

Le taux de dépôt passe ainsi de 4 % à 3,75 %, après avoir été maintenu à un niveau record pendant neuf mois. Selon le gouverneur de la Banque de France, François Villeroy de Galhau, d'autres baisses restent possibles « d'ici la fin de l'année ».

BOURSE : LE CAC 40 TERMINE LA SÉANCE EN HAUSSE

En France, l'Insee (Institut national de la statistique et des études économiques) a confirmé ce matin que les prix à la consommation avaient augmenté de 2,3 % sur un an en mai.

Outre-Atlantique, la Réserve fédérale américaine (Fed), qui se réunit la semaine prochaine, devrait laisser ses taux inchangés. L'économie américaine reste dynamique, portée notamment par les investissements industriels dans l'État de Géorgie, où le sud-coréen Hyundai achève une usine géante de véhicules électriques, ont souligné les analystes d'ING dans une note. Le gouverneur de la Géorgie, Brian Kemp, a estimé la semaine dernière que le projet créerait « plus de 8 000 emplois ».
""",
  boilerplate=["BOURSE : LE CAC 40 TERMINE LA SÉANCE EN HAUSSE"],
  quotes=[
      ("Nous ne nous engageons pas à l'avance sur une trajectoire de taux particulière", "direct", "Christine Lagarde"),
      ("l'inflation resterait « au-dessus de l'objectif une bonne partie de l'année prochaine »", "mixed", "Christine Lagarde"),
      ("d'autres baisses restent possibles « d'ici la fin de l'année »", "mixed", "François Villeroy de Galhau"),
      ("les prix à la consommation avaient augmenté de 2,3 % sur un an en mai", "indirect", "Insee"),
      ("L'économie américaine reste dynamique, portée notamment par les investissements industriels dans l'État de Géorgie, où le sud-coréen Hyundai achève une usine géante de véhicules électriques", "indirect", "les analystes d'ING"),
      ("le projet créerait « plus de 8 000 emplois »", "mixed", "Brian Kemp"),
  ],
  not_quotes=[],
  times=[
      ("hier", "DATE", "2024-06-06"),
      ("septembre 2019", "DATE", "2019-09"),
      ("14 h 15", "TIME", "2024-06-06T14:15"),
      ("l'année prochaine", "DATE", "2025"),
      ("neuf mois", "DURATION", "P9M"),
      ("la fin de l'année", "DATE", "2024"),
      ("ce matin", "TIME", "2024-06-07TMO"),
      ("un an", "DURATION", "P1Y"),
      ("mai", "DATE", "2024-05"),
      ("la semaine prochaine", "DATE", "2024-W24"),
      ("la semaine dernière", "DATE", "2024-W22"),
  ],
  entities=[
      ("L:frankfurt", "LOC", ["FRANCFORT"], []),
      ("O:ecb", "ORG", ["Banque centrale européenne", "BCE"], []),
      ("P:lagarde", "PER", ["Christine Lagarde"], []),
      ("O:banque_de_france", "ORG", ["Banque de France"], []),
      ("P:villeroy_de_galhau", "PER", ["François Villeroy de Galhau"], []),
      ("L:france", "LOC", ["France"], []),
      ("O:insee", "ORG", ["Insee", "Institut national de la statistique et des études économiques"], []),
      ("O:fed", "ORG", ["Réserve fédérale américaine", "Fed"], []),
      ("L:usa", "LOC", [], ["américaine"]),
      ("L:georgia_us_state", "LOC", ["État de Géorgie", "Géorgie"], []),
      ("L:south_korea", "LOC", [], ["sud-coréen"]),
      ("O:hyundai", "ORG", ["Hyundai"], []),
      ("O:ing", "ORG", ["ING"], []),
      ("P:kemp", "PER", ["Brian Kemp"], []),
  ],
  roles=[
      ("P:lagarde", "présidente", "O:ecb"),
      ("P:villeroy_de_galhau", "gouverneur", "O:banque_de_france"),
      ("P:kemp", "gouverneur", "L:georgia_us_state"),
  ])

# ---------------------------------------------------------------- b22
A(id="b22", published="2024-02-12",
  title="CAN 2024 : la Côte d'Ivoire sacrée championne d'Afrique",
  text="""
ABIDJAN – La Côte d'Ivoire a remporté dimanche soir la troisième Coupe d'Afrique des nations (CAN) de son histoire, après les sacres de 1992 et 2015, en battant le Nigeria (2-1) en finale au stade Alassane-Ouattara d'Ebimpé, devant le chef de l'État Alassane Ouattara.

Menés à la pause après un but de William Troost-Ekong, les Éléphants ont renversé la situation grâce à Franck Kessié puis à Sébastien Haller, en fin de match.

« Ce titre, c'est pour tout un peuple, a insisté le sélectionneur Emerse Faé. Il y a un mois, on était morts, et aujourd'hui on est champions d'Afrique. »

PUBLICITÉ

Le sélectionneur portugais du Nigeria, José Peseiro, a reconnu que ses joueurs avaient « manqué de fraîcheur ». Le gouvernement ivoirien a décrété la journée de lundi chômée et payée, et le président Ouattara doit recevoir les joueurs au palais présidentiel.

Lire aussi : CAN 2024 : les plus beaux buts de la compétition en vidéo

« Depuis l'époque de Félix Houphouët-Boigny, le pays n'avait jamais connu une telle communion », a estimé l'éditorialiste Aya Kouassi. Dès ce matin, les premiers supporters nigérians quittaient Abidjan par l'aéroport Félix-Houphouët-Boigny, drapeaux en berne.
""",
  boilerplate=["PUBLICITÉ",
               "Lire aussi : CAN 2024 : les plus beaux buts de la compétition en vidéo"],
  quotes=[
      ("Ce titre, c'est pour tout un peuple", "direct", "Emerse Faé"),
      ("Il y a un mois, on était morts, et aujourd'hui on est champions d'Afrique.", "direct", "Emerse Faé"),
      ("ses joueurs avaient « manqué de fraîcheur »", "mixed", "José Peseiro"),
      ("Depuis l'époque de Félix Houphouët-Boigny, le pays n'avait jamais connu une telle communion", "direct", "Aya Kouassi"),
  ],
  not_quotes=[],
  times=[
      ("dimanche soir", "TIME", "2024-02-11TEV"),
      ("1992", "DATE", "1992"),
      ("2015", "DATE", "2015"),
      ("Il y a un mois", "DATE", "2024-01"),
      ("aujourd'hui", "DATE", "2024-02-11"),
      ("la journée de lundi", "DATE", "2024-02-12"),
      ("ce matin", "TIME", "2024-02-12TMO"),
  ],
  entities=[
      ("L:abidjan", "LOC", ["ABIDJAN", "Abidjan"], []),
      ("L:cote_divoire", "LOC", ["Côte d'Ivoire"], ["ivoirien"]),
      ("M:can_2024", "MISC", ["Coupe d'Afrique des nations", "CAN"], []),
      ("L:nigeria", "LOC", ["Nigeria"], ["nigérians"]),
      ("L:stade_alassane_ouattara", "LOC", ["stade Alassane-Ouattara"], []),
      ("L:ebimpe", "LOC", ["Ebimpé"], []),
      ("P:ouattara", "PER", ["Alassane Ouattara", "Ouattara"], []),
      ("P:troost_ekong", "PER", ["William Troost-Ekong"], []),
      ("O:cote_divoire_national_team", "ORG", ["Éléphants"], []),
      ("P:kessie", "PER", ["Franck Kessié"], []),
      ("P:haller", "PER", ["Sébastien Haller"], []),
      ("P:fae", "PER", ["Emerse Faé"], []),
      ("L:africa", "LOC", ["Afrique"], []),
      ("P:peseiro", "PER", ["José Peseiro"], []),
      ("L:portugal", "LOC", [], ["portugais"]),
      ("P:houphouet_boigny", "PER", ["Félix Houphouët-Boigny"], []),
      ("P:aya_kouassi", "PER", ["Aya Kouassi"], []),
      ("L:abidjan_airport", "LOC", ["aéroport Félix-Houphouët-Boigny"], []),
  ],
  roles=[
      ("P:ouattara", "chef de l'État", "L:cote_divoire"),
      ("P:ouattara", "président", "L:cote_divoire"),
      ("P:fae", "sélectionneur", "O:cote_divoire_national_team"),
      ("P:peseiro", "sélectionneur", "L:nigeria"),
      ("P:aya_kouassi", "éditorialiste", None),
  ])

# ---------------------------------------------------------------- b23
A(id="b23", published="2024-11-22",
  title="Nièvre : un bus médical pour les villages du Morvan",
  text="""
Un cabinet médical sur roues. Depuis ce lundi, un bus aménagé sillonne les communes du Morvan pour offrir des consultations aux habitants privés de médecin traitant. Le véhicule s'arrête désormais chaque mardi à Lormes et chaque jeudi à Montsauche-les-Settons.

« Ici, certains patients n'ont pas vu de généraliste depuis deux ans. Ce n'est plus acceptable dans la France de 2024 », a souligné la préfète de la Nièvre, Sylvie Morvan, lors de l'inauguration à Château-Chinon.

Lundi, 23 patients ont été reçus à Château-Chinon. Trois jours plus tard, à Montsauche-les-Settons, la file d'attente débordait sur la place de l'église.

LIRE AUSSI – Dijon : le CHU recrute 150 infirmiers

Le projet, financé par l'Agence régionale de santé (ARS) de Bourgogne-Franche-Comté et le conseil départemental, a été lancé il y a dix-huit mois. Le bus avait été testé pendant deux semaines en septembre. Selon l'ARS, près de 12 000 habitants du massif n'ont pas de médecin traitant.

Deux médecins retraités et une infirmière se relaient à bord. Le Dr Henri Bazin, qui a exercé pendant 40 ans à Autun, explique qu'il a « repris du service par devoir ».

La préfète Morvan a annoncé qu'un deuxième bus serait mis en service le mois prochain dans le sud du département. Le maire de Lormes, Fabrice Gaudry, s'est dit « soulagé », mais a rappelé que « rien ne remplacera un médecin installé ».
""",
  boilerplate=["LIRE AUSSI – Dijon : le CHU recrute 150 infirmiers"],
  quotes=[
      ("Ici, certains patients n'ont pas vu de généraliste depuis deux ans. Ce n'est plus acceptable dans la France de 2024", "direct", "Sylvie Morvan"),
      ("près de 12 000 habitants du massif n'ont pas de médecin traitant", "indirect", "Agence régionale de santé"),
      ("il a « repris du service par devoir »", "mixed", "Henri Bazin"),
      ("un deuxième bus serait mis en service le mois prochain dans le sud du département", "indirect", "Sylvie Morvan"),
      ("soulagé", "direct", "Fabrice Gaudry"),
      ("« rien ne remplacera un médecin installé »", "mixed", "Fabrice Gaudry"),
  ],
  not_quotes=[],
  times=[
      ("ce lundi", "DATE", "2024-11-18"),
      ("chaque mardi", "SET", "XXXX-WXX-2"),
      ("chaque jeudi", "SET", "XXXX-WXX-4"),
      ("deux ans", "DURATION", "P2Y"),
      ("2024", "DATE", "2024"),
      ("Lundi", "DATE", "2024-11-18"),
      ("Trois jours plus tard", "DATE", "2024-11-21"),
      ("il y a dix-huit mois", "DATE", "2023-05"),
      ("deux semaines", "DURATION", "P2W"),
      ("septembre", "DATE", "2024-09"),
      ("40 ans", "DURATION", "P40Y"),
      ("le mois prochain", "DATE", "2024-12"),
  ],
  entities=[
      ("L:morvan", "LOC", ["Morvan"], []),
      ("L:lormes", "LOC", ["Lormes"], []),
      ("L:montsauche_les_settons", "LOC", ["Montsauche-les-Settons"], []),
      ("L:france", "LOC", ["France"], []),
      ("L:nievre", "LOC", ["Nièvre"], []),
      ("P:sylvie_morvan", "PER", ["Sylvie Morvan", "Morvan"], []),
      ("L:chateau_chinon", "LOC", ["Château-Chinon"], []),
      ("O:ars_bourgogne_franche_comte", "ORG", ["Agence régionale de santé", "ARS"], []),
      ("L:bourgogne_franche_comte", "LOC", ["Bourgogne-Franche-Comté"], []),
      ("P:henri_bazin", "PER", ["Henri Bazin"], []),
      ("L:autun", "LOC", ["Autun"], []),
      ("P:gaudry", "PER", ["Fabrice Gaudry"], []),
  ],
  roles=[
      ("P:sylvie_morvan", "préfète", "L:nievre"),
      ("P:gaudry", "maire", "L:lormes"),
  ])

# ---------------------------------------------------------------- b24
A(id="b24", published="2024-10-03",
  title="Lyon : trois ans de prison pour une escroquerie à MaPrimeRénov'",
  text="""
Le tribunal correctionnel de Lyon a condamné mercredi le gérant d'une entreprise de rénovation énergétique basée à Vienne (Isère), Karim Benali, à trois ans de prison, dont deux avec sursis, pour une escroquerie à l'aide publique « MaPrimeRénov' » portant sur près de 1,2 million d'euros.

Entre 2020 et 2022, la société avait déposé plus de 300 dossiers au nom de particuliers, souvent âgés, sans jamais réaliser les travaux promis. L'Agence nationale de l'habitat (Anah) avait porté plainte en janvier 2023 ; une perquisition avait eu lieu le mois suivant au siège de l'entreprise.

« Mon client reconnaît des erreurs de gestion, pas une volonté de frauder », a plaidé son avocate, Me Florence Vienne. Elle a estimé que la peine était « disproportionnée » au regard du casier judiciaire vierge du prévenu. Me Vienne a annoncé qu'elle ferait appel.

MÉTÉO : VIGILANCE ORANGE AUX ORAGES DANS LE RHÔNE ET L'ISÈRE

La procureure, Anne-Sophie Mercier, avait requis quatre ans de prison. Pour le ministère public, le prévenu a « sciemment ciblé des personnes vulnérables ».

À Lyon, une dizaine de victimes assistaient à l'audience. Une retraitée de Givors a expliqué qu'un démarcheur s'était présenté chez elle le sept. 14, 2021, et qu'elle n'avait « plus jamais eu de nouvelles ».

Le tribunal a également prononcé une interdiction de gérer pendant dix ans. L'audience sur les intérêts civils se tiendra l'an prochain.
""",
  boilerplate=["MÉTÉO : VIGILANCE ORANGE AUX ORAGES DANS LE RHÔNE ET L'ISÈRE"],
  quotes=[
      ("Mon client reconnaît des erreurs de gestion, pas une volonté de frauder", "direct", "Florence Vienne"),
      ("la peine était « disproportionnée » au regard du casier judiciaire vierge du prévenu", "mixed", "Florence Vienne"),
      ("elle ferait appel", "indirect", "Florence Vienne"),
      ("le prévenu a « sciemment ciblé des personnes vulnérables »", "mixed", "le ministère public"),
      ("un démarcheur s'était présenté chez elle le sept. 14, 2021, et qu'elle n'avait « plus jamais eu de nouvelles »", "mixed", "une retraitée de Givors"),
  ],
  not_quotes=["MaPrimeRénov'"],
  times=[
      ("mercredi", "DATE", "2024-10-02"),
      ("trois ans", "DURATION", "P3Y"),
      ("2020", "DATE", "2020"),
      ("2022", "DATE", "2022"),
      ("janvier 2023", "DATE", "2023-01"),
      ("le mois suivant", "DATE", "2023-02"),
      ("quatre ans", "DURATION", "P4Y"),
      ("le sept. 14, 2021", "DATE", "2021-09-14"),
      ("dix ans", "DURATION", "P10Y"),
      ("l'an prochain", "DATE", "2025"),
  ],
  entities=[
      ("O:tribunal_correctionnel_lyon", "ORG", ["tribunal correctionnel de Lyon"], []),
      ("L:lyon", "LOC", ["Lyon"], []),
      ("L:vienne_isere", "LOC", ["Vienne"], []),
      ("L:isere", "LOC", ["Isère"], []),
      ("P:karim_benali", "PER", ["Karim Benali"], []),
      ("M:maprimerenov", "MISC", ["MaPrimeRénov'"], []),
      ("O:anah", "ORG", ["Agence nationale de l'habitat", "Anah"], []),
      ("P:florence_vienne", "PER", ["Florence Vienne", "Vienne"], []),
      ("P:anne_sophie_mercier", "PER", ["Anne-Sophie Mercier"], []),
      ("L:givors", "LOC", ["Givors"], []),
  ],
  roles=[
      ("P:karim_benali", "gérant", None),
      ("P:florence_vienne", "avocate", None),
      ("P:anne_sophie_mercier", "procureure", None),
  ])


# Speakers given as a description that still denotes an annotated entity (read by build.py).
SPEAKER_OVERRIDES = {
    ("b16", "les observateurs de l'OSCE"): "O:osce",
    ("b21", "les analystes d'ING"): "O:ing",
}
