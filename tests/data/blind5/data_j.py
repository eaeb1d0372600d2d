# Blind gold set, articles j01-j12 (written and annotated by hand, following
# /work/main/tests/data/blind/README.md; validated with build.py).
#
# Topics: Algeria/Tunisia (j01), Cameroon/Chad (j02), South Africa (j03),
# Bangladesh/Sri Lanka (j04), Mongolia (j05), Czech Republic/Slovakia (j06),
# Bulgaria (j07), Ireland/Northern Ireland (j08), Bolivia/Ecuador (j09),
# Canada (j10), New Caledonia (j11), Occitanie municipal council + car-plant strike (j12).
#
# Real public figures appear, but the events are partly made up and EVERY QUOTE IS INVENTED.
# Invented people: Lamia Ferchichi, Nadia Ouali (j01); Serge Mbarga (byline), Issa Ngarta,
# Adoum Djibrine (j02); Thandeka Mokoena (j03); Farhana Rahman (j04); Bolormaa Tsend (j05);
# Radka Holubova (j06); Siobhan Carey (j08); Ruben Caceres, Marcela Suarez, Veronica Aguirre (j09);
# Julie Martin (j10); Emile Wadrawane, Marie-Claire Wadrawane (j11); Sophie Carrere, Thierry Combes,
# Marc Fabre, Patrick Vayssettes, Nadia Bousquet, Jean-Louis Bories (photo credit) (j12).
# Invented bodies: the car-parts maker Autelis and its Villefranche-de-Rouergue plant (j12).
# Invented or partly invented events: the Cameroon-Chad friendly (j02), the fake Ramaphosa video (j03),
# the Saied-Tebboune agreements (j01), the Bratislava hearing (j06), the Wadrawane obituary (j11),
# the Autelis strike and council motion (j12); details elsewhere are simplified.
#
# NOTE: bylines and photo credits ("Par Serge Mbarga — Photo : Fécafoot", "Photo DDM – ...",
#       "Photo : ... / Getty Images") are page chrome and are listed as boilerplate, so they carry
#       no annotation.
# NOTE: "X, qui dirige ... depuis ..." / "X, qui dirigeait le gouvernement en 2022" (Kiril Petkov, j07)
#       is a relative clause, neither a title before the name nor an apposition: no role is annotated.
# NOTE: appointments and elections in apposition ("Catherine Connolly, élue présidente de l'Irlande
#       le mois dernier,"; "Y, élue en 2020,") are annotated as roles with the title they confer.
#       A participle that only says "élue Renaissance" (party label, j12) is not a role.
# NOTE: qualifiers of the tenure are kept in the title, like "ancien": "chef du gouvernement par intérim"
#       (j04), "chef par intérim" (j10), "ministre des Finances démissionnaire" (j07), "ex-chef de la
#       police" (j04). "alors président du FLNKS" (j11) gives title "président" (held at the time told).
# NOTE: a nationality adjective on a title that has its own complement does not set `of`:
#       "le sélectionneur belge des Lions, Marc Brys" -> of = O:lions_indomptables (belge is his
#       nationality, L:belgium only as a demonym). "Le capitaine camerounais Vincent Aboubakar" has no
#       complement, so `of` follows the demonym: L:cameroon.
# NOTE: an occupation whose complement is a person ("l'avocate de M. Babiš", "ancienne collaboratrice de
#       M. Babiš") gets that person as `of` (the README speaks of country or organisation; this is the
#       literal complement).
# NOTE: portfolio complements stay in the title and `of` is the country ("ministre de l'Électricité et de
#       l'Énergie", "porte-parole de la présidence", "secrétaire d'État à l'Irlande du Nord",
#       "porte-parole du ministère des Affaires étrangères"). Lower-case ministries, "la présidence",
#       "la fédération", "la municipalité" are not annotated as entities.
# NOTE: Q&A answers in j08 are not inside quotation marks, so they are not annotated as quotes; only the
#       reported speech inside them is.
# NOTE: institutions named by their seat when they speak (Kremlin, Élysée) are ORG; the palace where a
#       meeting happens (palais d'El Mouradia) is LOC.
# NOTE: "accord du Vendredi saint" (j08) is a MISC name; its "Vendredi" is not a time.
# NOTE: "70e anniversaire" (j01) and match periods ("juste avant la pause", j02) are not annotated as times.
# NOTE: demonyms are listed only for countries (README); regional adjectives (québécois, calédonienne in
#       names) are not used as demonyms. "européenne" in "Banque centrale européenne" / "Commission
#       européenne" is part of a name. "euro"/"zone euro"/"lev" (currencies) are not entities.
# NOTE: cross-document hard negatives: L:london (j08) vs L:london_ontario (j10); M:windsor_framework (j08)
#       vs L:windsor_ontario (j10); P:micheal_martin (j08) vs P:julie_martin (j10); O:icc (j05) vs
#       O:ict_bangladesh (j04); O:vazrazhdane "Renaissance" (j07) vs O:renaissance_fr (j12).
# NOTE: the same surface form can belong to two entities in one article: "Santa Cruz" (city vs department,
#       j09), "Rodez" (city vs football club, j12), "Ford" (Doug Ford vs the carmaker, j10). "Radev" alone
#       in j07 is Dimitar Radev (the portrait's subject), not Roumen Radev.
# NOTE: "Nid de cigogne" (translation of the farm's name in guillemets) and the Cyrillic signature
#       "Димитър Радев" / caption "В. Путин, У. Хүрэлсүх" are not_quotes and still mentions.
# NOTE: "Stormont" = O:ni_assembly; "Chambre"/"Communes" = O:house_of_commons; "Cour" (capitalised,
#       inside Abdallah's reported clause) = O:icc.
# NOTE: the reported infinitive with a quoted fragment ("a promis d'« user de tous les leviers »") is a
#       direct quote of the fragment; "a appelé ses partisans à « ne pas relayer ce faux »" likewise.
# NOTE: speakers that are documents or bodies: "un rapport des Nations unies" -> O:un (override);
#       "la municipalité" of Nelson Mandela Bay -> L:nelson_mandela_bay (override, metonymy as for capitals).

ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


SPEAKER_OVERRIDES = {
    ("j04", "un rapport des Nations unies"): "O:un",
    ("j03", "la municipalité"): "L:nelson_mandela_bay",
}


# ---------------------------------------------------------------- j01 (wire dispatch)
A(id="j01", published="2024-11-02",
  title="Algérie-Tunisie : Kaïs Saïed à Alger pour le 70e anniversaire du 1er-Novembre",
  text="""
ALGER (AFP) – Le président tunisien Kaïs Saïed a assisté vendredi à Alger au grand défilé militaire marquant le 70e anniversaire du déclenchement de la guerre d'indépendance, le 1er novembre 1954, aux côtés du président algérien Abdelmadjid Tebboune, réélu en septembre pour un second mandat.

Les deux chefs d'État se sont ensuite entretenus pendant plus de deux heures au palais d'El Mouradia. La présidence algérienne a fait état dans un communiqué d'une « convergence totale des positions » sur la Libye et la sécurité des frontières.

« L'Algérie et la Tunisie partagent le même destin, et aucune pression extérieure ne nous divisera », a déclaré M. Saïed à la presse, sans préciser à quelles pressions il faisait allusion.

LIRE AUSSI – Migrants : Rome et Tunis signent un nouvel accord de réadmission

Samedi matin, le Premier ministre algérien Nadir Larbaoui et le chef du gouvernement tunisien Kamel Maddouri ont signé cinq accords de coopération. Le PDG du groupe public Sonatrach, Rachid Hachichi, a indiqué que les livraisons de gaz vers la Tunisie augmenteraient de 10 % dès janvier.

Selon Lamia Ferchichi, politologue à l'université de Tunis El Manar, Tunis « n'a plus guère d'autre allié » depuis que M. Saïed a rejeté en 2023 un prêt de 1,9 milliard de dollars du Fonds monétaire international (FMI).

Pour Nadia Ouali, journaliste au quotidien El Watan, Alger veut aussi montrer qu'elle n'est pas isolée, alors que ses relations avec Paris restent tendues depuis que le président français Emmanuel Macron a reconnu en juillet la souveraineté marocaine sur le Sahara occidental.

Suivez toute l'actualité du Maghreb sur notre application
""",
  boilerplate=["LIRE AUSSI – Migrants : Rome et Tunis signent un nouvel accord de réadmission",
               "Suivez toute l'actualité du Maghreb sur notre application"],
  quotes=[
      ("convergence totale des positions", "direct", "la présidence algérienne"),
      ("L'Algérie et la Tunisie partagent le même destin, et aucune pression extérieure ne nous divisera", "direct", "Kaïs Saïed"),
      ("les livraisons de gaz vers la Tunisie augmenteraient de 10 % dès janvier", "indirect", "Rachid Hachichi"),
      ("Tunis « n'a plus guère d'autre allié » depuis que M. Saïed a rejeté en 2023 un prêt de 1,9 milliard de dollars du Fonds monétaire international (FMI)", "mixed", "Lamia Ferchichi"),
      ("Alger veut aussi montrer qu'elle n'est pas isolée, alors que ses relations avec Paris restent tendues depuis que le président français Emmanuel Macron a reconnu en juillet la souveraineté marocaine sur le Sahara occidental", "indirect", "Nadia Ouali"),
  ],
  not_quotes=[],
  times=[
      ("vendredi", "DATE", "2024-11-01"),
      ("le 1er novembre 1954", "DATE", "1954-11-01"),
      ("septembre", "DATE", "2024-09"),
      ("deux heures", "DURATION", "PT2H"),
      ("Samedi matin", "TIME", "2024-11-02TMO"),
      ("janvier", "DATE", "2025-01"),
      ("2023", "DATE", "2023"),
      ("juillet", "DATE", "2024-07"),
  ],
  entities=[
      ("O:afp", "ORG", ["AFP"], []),
      ("L:algiers", "LOC", ["ALGER", "Alger"], []),
      ("P:kais_saied", "PER", ["Kaïs Saïed", "Saïed"], []),
      ("L:tunisia", "LOC", ["Tunisie"], ["tunisien"]),
      ("P:tebboune", "PER", ["Abdelmadjid Tebboune"], []),
      ("L:algeria", "LOC", ["Algérie"], ["algérien", "algérienne"]),
      ("L:el_mouradia_palace", "LOC", ["palais d'El Mouradia"], []),
      ("L:libya", "LOC", ["Libye"], []),
      ("P:nadir_larbaoui", "PER", ["Nadir Larbaoui"], []),
      ("P:kamel_maddouri", "PER", ["Kamel Maddouri"], []),
      ("O:sonatrach", "ORG", ["Sonatrach"], []),
      ("P:rachid_hachichi", "PER", ["Rachid Hachichi"], []),
      ("P:lamia_ferchichi", "PER", ["Lamia Ferchichi"], []),
      ("O:univ_tunis_el_manar", "ORG", ["université de Tunis El Manar"], []),
      ("L:tunis", "LOC", ["Tunis"], []),
      ("O:imf", "ORG", ["Fonds monétaire international", "FMI"], []),
      ("P:nadia_ouali", "PER", ["Nadia Ouali"], []),
      ("O:el_watan", "ORG", ["El Watan"], []),
      ("L:paris", "LOC", ["Paris"], []),
      ("P:macron", "PER", ["Emmanuel Macron"], []),
      ("L:france", "LOC", [], ["français"]),
      ("L:morocco", "LOC", [], ["marocaine"]),
      ("L:western_sahara", "LOC", ["Sahara occidental"], []),
  ],
  roles=[
      ("P:kais_saied", "président", "L:tunisia"),
      ("P:tebboune", "président", "L:algeria"),
      ("P:nadir_larbaoui", "Premier ministre", "L:algeria"),
      ("P:kamel_maddouri", "chef du gouvernement", "L:tunisia"),
      ("P:rachid_hachichi", "PDG", "O:sonatrach"),
      ("P:lamia_ferchichi", "politologue", "O:univ_tunis_el_manar"),
      ("P:nadia_ouali", "journaliste", "O:el_watan"),
      ("P:macron", "président", "L:france"),
  ])
# NOTE j01: "la présidence algérienne" is a lower-case description, not an entity: speaker_gold null.
# NOTE j01: "réélu en septembre pour un second mandat" repeats the role président (not a new triple).


# ---------------------------------------------------------------- j02 (sports report)
A(id="j02", published="2024-12-04",
  title="Football : les Lions indomptables s'imposent à N'Djamena",
  text="""
N'DJAMENA – Les Lions indomptables du Cameroun ont battu mardi soir les Sao du Tchad (2-0) en match amical au stade Idriss-Mahamat-Ouya, devant près de 20 000 spectateurs et en présence du président tchadien Mahamat Idriss Déby.

Par Serge Mbarga — Photo : Fécafoot

Le capitaine camerounais Vincent Aboubakar a ouvert le score juste avant la pause, avant que Bryan Mbeumo, ailier de Brentford, ne double la mise en seconde période.

“On est venus chercher de la confiance avant les éliminatoires, et on l'a trouvée », a réagi le sélectionneur belge des Lions, Marc Brys. Il a assuré que son groupe « progressait match après match ».

CAN 2025 : LE MAROC DÉVOILE LES SIX STADES DU TOURNOI

En face, l'entraîneur des Sao, Issa Ngarta, a regretté « un manque de réalisme » de ses attaquants. Le président de la Fédération tchadienne de football association (FTFA), Adoum Djibrine, a promis que l'équipe disputerait au moins six matchs l'an prochain.

Présent en tribune, le président de la Fédération camerounaise de football (Fécafoot), Samuel Eto'o, a estimé que cette victoire devait « faire taire les critiques » après les tensions de cet automne entre la fédération et le ministère des Sports.

Le chef de l'État tchadien, fils de l'ancien président Idriss Déby Itno, mort au front en 2021, a salué « une fête du football africain ». Le match s'est tenu alors que N'Djamena a annoncé jeudi dernier la fin de son accord de défense avec la France.

Partagez cet article sur WhatsApp
""",
  boilerplate=["Par Serge Mbarga — Photo : Fécafoot",
               "CAN 2025 : LE MAROC DÉVOILE LES SIX STADES DU TOURNOI",
               "Partagez cet article sur WhatsApp"],
  quotes=[
      ("On est venus chercher de la confiance avant les éliminatoires, et on l'a trouvée", "direct", "Marc Brys"),
      ("son groupe « progressait match après match »", "mixed", "Marc Brys"),
      ("un manque de réalisme", "direct", "Issa Ngarta"),
      ("l'équipe disputerait au moins six matchs l'an prochain", "indirect", "Adoum Djibrine"),
      ("cette victoire devait « faire taire les critiques » après les tensions de cet automne entre la fédération et le ministère des Sports", "mixed", "Samuel Eto'o"),
      ("une fête du football africain", "direct", "Mahamat Idriss Déby"),
  ],
  not_quotes=[],
  times=[
      ("mardi soir", "TIME", "2024-12-03TEV"),
      ("l'an prochain", "DATE", "2025"),
      ("cet automne", "DATE", "2024-FA"),
      ("2021", "DATE", "2021"),
      ("jeudi dernier", "DATE", "2024-11-28"),
  ],
  entities=[
      ("L:ndjamena", "LOC", ["N'DJAMENA", "N'Djamena"], []),
      ("O:lions_indomptables", "ORG", ["Lions indomptables", "Lions"], []),
      ("L:cameroon", "LOC", ["Cameroun"], ["camerounais"]),
      ("O:sao", "ORG", ["Sao"], []),
      ("L:chad", "LOC", ["Tchad"], ["tchadien"]),
      ("L:stade_idriss_mahamat_ouya", "LOC", ["stade Idriss-Mahamat-Ouya"], []),
      ("P:mahamat_deby", "PER", ["Mahamat Idriss Déby"], []),
      ("P:vincent_aboubakar", "PER", ["Vincent Aboubakar"], []),
      ("P:bryan_mbeumo", "PER", ["Bryan Mbeumo"], []),
      ("O:brentford", "ORG", ["Brentford"], []),
      ("P:marc_brys", "PER", ["Marc Brys"], []),
      ("L:belgium", "LOC", [], ["belge"]),
      ("P:issa_ngarta", "PER", ["Issa Ngarta"], []),
      ("O:ftfa", "ORG", ["Fédération tchadienne de football association", "FTFA"], []),
      ("P:adoum_djibrine", "PER", ["Adoum Djibrine"], []),
      ("O:fecafoot", "ORG", ["Fédération camerounaise de football", "Fécafoot"], []),
      ("P:etoo", "PER", ["Samuel Eto'o"], []),
      ("P:idriss_deby", "PER", ["Idriss Déby Itno"], []),
      ("L:france", "LOC", ["France"], []),
  ],
  roles=[
      ("P:mahamat_deby", "président", "L:chad"),
      ("P:vincent_aboubakar", "capitaine", "L:cameroon"),
      ("P:bryan_mbeumo", "ailier", "O:brentford"),
      ("P:marc_brys", "sélectionneur", "O:lions_indomptables"),
      ("P:issa_ngarta", "entraîneur", "O:sao"),
      ("P:adoum_djibrine", "président", "O:ftfa"),
      ("P:etoo", "président", "O:fecafoot"),
      ("P:idriss_deby", "ancien président", "L:chad"),
  ])
# NOTE j02: hard negatives inside the article: P:mahamat_deby (son) / P:idriss_deby (father) /
#       L:stade_idriss_mahamat_ouya (stadium named after a third person). "camerounaise"/"tchadienne"
#       occur only inside federation names, so they are not listed as demonyms.
# NOTE j02: the mismatched marks “ … » follow the README rule (text between the marks).
# NOTE j02: "Le chef de l'État tchadien" is a title-only mention (no name attached): no extra role.


# ---------------------------------------------------------------- j03 (fact-check)
A(id="j03", published="2025-07-16",
  title="Non, Cyril Ramaphosa n'a pas annoncé le retour des coupures de courant",
  text="""
Une vidéo vue plus de deux millions de fois depuis dimanche montre le président sud-africain Cyril Ramaphosa annonçant le retour des délestages au « stade 8 », le niveau le plus sévère. Elle est truquée.

L'AFFIRMATION

Sur TikTok et X, des comptes proches du parti uMkhonto weSizwe (MK) de l'ancien président Jacob Zuma assurent que le chef de l'État « a avoué l'effondrement d'Eskom ». La rumeur circule deux mois après la rencontre tendue, à la Maison Blanche, entre M. Ramaphosa et le président américain Donald Trump.

NOTRE VÉRIFICATION

Les images proviennent d'un discours prononcé le janv. 12, 2023, au plus fort de la crise énergétique. La bande-son a été générée par intelligence artificielle, selon Thandeka Mokoena, chercheuse en criminalistique numérique à l'université du Witwatersrand.

Interrogé par l'AFP, le porte-parole de la présidence, Vincent Magwenya, a dénoncé « une manipulation grossière destinée à semer la panique ». Le ministre de l'Électricité et de l'Énergie, Kgosientsho Ramokgopa, a lui aussi démenti toute reprise des coupures.

Le directeur général d'Eskom, Dan Marokane, a rappelé mercredi que le réseau avait tenu « sans un seul délestage » depuis quatre mois. La coupure subie lundi par des habitants de Nelson Mandela Bay, métropole qui porte le nom de Nelson Mandela, était due à une panne locale, a précisé la municipalité.

John Steenhuisen, chef de l'Alliance démocratique (DA) et ministre de l'Agriculture, a appelé ses partisans à « ne pas relayer ce faux ».

VERDICT : FAUX. La vidéo est un montage.

Vous avez repéré une info douteuse ? Écrivez-nous sur WhatsApp

PARTAGER SUR FACEBOOK
""",
  boilerplate=["Vous avez repéré une info douteuse ? Écrivez-nous sur WhatsApp",
               "PARTAGER SUR FACEBOOK"],
  quotes=[
      ("le chef de l'État « a avoué l'effondrement d'Eskom »", "mixed", "des comptes proches du parti uMkhonto weSizwe (MK)"),
      ("La bande-son a été générée par intelligence artificielle", "indirect", "Thandeka Mokoena"),
      ("une manipulation grossière destinée à semer la panique", "direct", "Vincent Magwenya"),
      ("le réseau avait tenu « sans un seul délestage » depuis quatre mois", "mixed", "Dan Marokane"),
      ("La coupure subie lundi par des habitants de Nelson Mandela Bay, métropole qui porte le nom de Nelson Mandela, était due à une panne locale", "indirect", "la municipalité"),
      ("ne pas relayer ce faux", "direct", "John Steenhuisen"),
  ],
  not_quotes=["stade 8"],
  times=[
      ("dimanche", "DATE", "2025-07-13"),
      ("deux mois", "DURATION", "P2M"),
      ("le janv. 12, 2023", "DATE", "2023-01-12"),
      ("mercredi", "DATE", "2025-07-16"),
      ("quatre mois", "DURATION", "P4M"),
      ("lundi", "DATE", "2025-07-14"),
  ],
  entities=[
      ("P:ramaphosa", "PER", ["Cyril Ramaphosa", "Ramaphosa"], []),
      ("L:south_africa", "LOC", [], ["sud-africain"]),
      ("O:tiktok", "ORG", ["TikTok"], []),
      ("O:x_platform", "ORG", ["X"], []),
      ("O:mk_party", "ORG", ["uMkhonto weSizwe", "MK"], []),
      ("P:jacob_zuma", "PER", ["Jacob Zuma"], []),
      ("O:eskom", "ORG", ["Eskom"], []),
      ("L:white_house", "LOC", ["Maison Blanche"], []),
      ("L:united_states", "LOC", [], ["américain"]),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("P:thandeka_mokoena", "PER", ["Thandeka Mokoena"], []),
      ("O:wits_university", "ORG", ["université du Witwatersrand"], []),
      ("O:afp", "ORG", ["AFP"], []),
      ("P:vincent_magwenya", "PER", ["Vincent Magwenya"], []),
      ("P:ramokgopa", "PER", ["Kgosientsho Ramokgopa"], []),
      ("P:dan_marokane", "PER", ["Dan Marokane"], []),
      ("L:nelson_mandela_bay", "LOC", ["Nelson Mandela Bay"], []),
      ("P:nelson_mandela", "PER", ["Nelson Mandela"], []),
      ("P:steenhuisen", "PER", ["John Steenhuisen"], []),
      ("O:democratic_alliance", "ORG", ["Alliance démocratique", "DA"], []),
  ],
  roles=[
      ("P:ramaphosa", "président", "L:south_africa"),
      ("P:jacob_zuma", "ancien président", "L:south_africa"),
      ("P:trump", "président", "L:united_states"),
      ("P:thandeka_mokoena", "chercheuse en criminalistique numérique", "O:wits_university"),
      ("P:vincent_magwenya", "porte-parole de la présidence", "L:south_africa"),
      ("P:ramokgopa", "ministre de l'Électricité et de l'Énergie", "L:south_africa"),
      ("P:dan_marokane", "directeur général", "O:eskom"),
      ("P:steenhuisen", "chef", "O:democratic_alliance"),
      ("P:steenhuisen", "ministre de l'Agriculture", "L:south_africa"),
  ])
# NOTE j03: « stade 8 » is a technical term in the journalist's voice -> not_quote.
# NOTE j03: P:nelson_mandela (person) vs L:nelson_mandela_bay (metropolis): hard negative; the
#       person's form also sits inside the place's name.
# NOTE j03: fact-check headings (L'AFFIRMATION, NOTRE VÉRIFICATION, VERDICT : FAUX) are part of the
#       article body, not boilerplate; they hold nothing to annotate.


# ---------------------------------------------------------------- j04 (press review)
A(id="j04", published="2025-11-18",
  title="Revue de presse : de Dacca à Colombo, les anciens dirigeants face à la justice",
  text="""
La presse bangladaise ne parlait que de cela mardi matin. La veille, le Tribunal pour les crimes internationaux (ICT) de Dacca a condamné à mort par contumace l'ancienne Première ministre Sheikh Hasina, réfugiée en Inde depuis août 2024, pour la répression du soulèvement étudiant.

« Justice est rendue aux familles.

« Mais une condamnation par défaut ne refermera pas la plaie », écrit The Daily Star.

Le quotidien Prothom Alo rappelle que l'accusée est la fille du père de l'indépendance, Sheikh Mujibur Rahman, et que sa maison-musée de Dhanmondi a été incendiée l'an dernier. Pour son éditorialiste Farhana Rahman, le chef du gouvernement par intérim, Muhammad Yunus, « joue sa crédibilité » avant les élections prévues en février.

Le fils de l'accusée, Sajeeb Wazed, a qualifié le verdict de « mascarade politique », selon l'Agence France-Presse. L'ancien ministre de l'Intérieur Asaduzzaman Khan Kamal a lui aussi été condamné à mort, tandis que l'ex-chef de la police Chowdhury Abdullah Al-Mamun a écopé de cinq ans de prison. Un rapport des Nations unies avait estimé en février que jusqu'à 1 400 personnes avaient été tuées pendant les manifestations de l'été 2024.

LIRE AUSSI – Sri Lanka : le FMI débloque une nouvelle tranche d'aide

À Colombo, la presse sri-lankaise fait le parallèle. Le Daily Mirror rappelle que l'ancien président Ranil Wickremesinghe a été arrêté en août pour l'usage présumé de fonds publics lors d'un voyage au Royaume-Uni. « Personne n'est plus au-dessus des lois », se félicite le journal, qui crédite le président Anura Kumara Dissanayake et sa Première ministre, Harini Amarasuriya.

The Island souligne que l'ancien président Gotabaya Rajapaksa, chassé par la rue en 2022, et son frère Mahinda, ancien Premier ministre, n'ont jamais été jugés. Dans les deux pays, sous programme du Fonds monétaire international, la rue attend davantage.
""",
  boilerplate=["LIRE AUSSI – Sri Lanka : le FMI débloque une nouvelle tranche d'aide"],
  quotes=[
      ("Justice est rendue aux familles.\n\n« Mais une condamnation par défaut ne refermera pas la plaie", "direct", "The Daily Star"),
      ("l'accusée est la fille du père de l'indépendance, Sheikh Mujibur Rahman, et que sa maison-musée de Dhanmondi a été incendiée l'an dernier", "indirect", "Prothom Alo"),
      ("le chef du gouvernement par intérim, Muhammad Yunus, « joue sa crédibilité » avant les élections prévues en février", "mixed", "Farhana Rahman"),
      ("mascarade politique", "direct", "Sajeeb Wazed"),
      ("jusqu'à 1 400 personnes avaient été tuées pendant les manifestations de l'été 2024", "indirect", "un rapport des Nations unies"),
      ("l'ancien président Ranil Wickremesinghe a été arrêté en août pour l'usage présumé de fonds publics lors d'un voyage au Royaume-Uni", "indirect", "Daily Mirror"),
      ("Personne n'est plus au-dessus des lois", "direct", "Daily Mirror"),
      ("l'ancien président Gotabaya Rajapaksa, chassé par la rue en 2022, et son frère Mahinda, ancien Premier ministre, n'ont jamais été jugés", "indirect", "The Island"),
  ],
  not_quotes=[],
  times=[
      ("mardi matin", "TIME", "2025-11-18TMO"),
      ("La veille", "DATE", "2025-11-17"),
      ("août 2024", "DATE", "2024-08"),
      ("l'an dernier", "DATE", "2024"),
      ("février", "DATE", "2026-02"),
      ("cinq ans", "DURATION", "P5Y"),
      ("février", "DATE", "2025-02"),
      ("l'été 2024", "DATE", "2024-SU"),
      ("août", "DATE", "2025-08"),
      ("2022", "DATE", "2022"),
  ],
  entities=[
      ("L:bangladesh", "LOC", [], ["bangladaise"]),
      ("O:ict_bangladesh", "ORG", ["Tribunal pour les crimes internationaux", "ICT"], []),
      ("L:dhaka", "LOC", ["Dacca"], []),
      ("P:sheikh_hasina", "PER", ["Sheikh Hasina"], []),
      ("L:india", "LOC", ["Inde"], []),
      ("O:daily_star_bd", "ORG", ["The Daily Star"], []),
      ("O:prothom_alo", "ORG", ["Prothom Alo"], []),
      ("P:sheikh_mujibur_rahman", "PER", ["Sheikh Mujibur Rahman"], []),
      ("L:dhanmondi", "LOC", ["Dhanmondi"], []),
      ("P:farhana_rahman", "PER", ["Farhana Rahman"], []),
      ("P:muhammad_yunus", "PER", ["Muhammad Yunus"], []),
      ("P:sajeeb_wazed", "PER", ["Sajeeb Wazed"], []),
      ("O:afp", "ORG", ["Agence France-Presse"], []),
      ("P:asaduzzaman_khan_kamal", "PER", ["Asaduzzaman Khan Kamal"], []),
      ("P:abdullah_al_mamun", "PER", ["Chowdhury Abdullah Al-Mamun"], []),
      ("O:un", "ORG", ["Nations unies"], []),
      ("L:colombo", "LOC", ["Colombo"], []),
      ("L:sri_lanka", "LOC", [], ["sri-lankaise"]),
      ("O:daily_mirror_lk", "ORG", ["Daily Mirror"], []),
      ("P:ranil_wickremesinghe", "PER", ["Ranil Wickremesinghe"], []),
      ("L:uk", "LOC", ["Royaume-Uni"], []),
      ("P:anura_kumara_dissanayake", "PER", ["Anura Kumara Dissanayake"], []),
      ("P:harini_amarasuriya", "PER", ["Harini Amarasuriya"], []),
      ("O:the_island", "ORG", ["The Island"], []),
      ("P:gotabaya_rajapaksa", "PER", ["Gotabaya Rajapaksa"], []),
      ("P:mahinda_rajapaksa", "PER", ["Mahinda"], []),
      ("O:imf", "ORG", ["Fonds monétaire international"], []),
  ],
  roles=[
      ("P:sheikh_hasina", "ancienne Première ministre", "L:bangladesh"),
      ("P:farhana_rahman", "éditorialiste", "O:prothom_alo"),
      ("P:muhammad_yunus", "chef du gouvernement par intérim", "L:bangladesh"),
      ("P:asaduzzaman_khan_kamal", "ancien ministre de l'Intérieur", "L:bangladesh"),
      ("P:abdullah_al_mamun", "ex-chef de la police", "L:bangladesh"),
      ("P:ranil_wickremesinghe", "ancien président", "L:sri_lanka"),
      ("P:anura_kumara_dissanayake", "président", "L:sri_lanka"),
      ("P:harini_amarasuriya", "Première ministre", "L:sri_lanka"),
      ("P:gotabaya_rajapaksa", "ancien président", "L:sri_lanka"),
      ("P:mahinda_rajapaksa", "ancien Premier ministre", "L:sri_lanka"),
  ])
# NOTE j04: The Daily Star quote runs over a paragraph break and is reopened with «: one quote (README b03 rule).
# NOTE j04: relatives: P:sheikh_hasina / P:sheikh_mujibur_rahman (daughter/father) / P:sajeeb_wazed (son);
#       P:gotabaya_rajapaksa / P:mahinda_rajapaksa (brothers; "Mahinda" alone). Same surname, unrelated:
#       P:farhana_rahman vs P:sheikh_mujibur_rahman.
# NOTE j04: O:ict_bangladesh (a Bangladeshi national court) is NOT the International Criminal Court (O:icc, j05).
# NOTE j04: "père de l'indépendance" is an epithet, not a title: no role for Sheikh Mujibur Rahman.
#       "le fils de l'accusée" is kinship: no role.
# NOTE j04: "mardi matin" is the morning of publication; "La veille" refers back to it (2025-11-17).


# ---------------------------------------------------------------- j05 (live blog)
A(id="j05", published="2024-09-03",
  title="EN DIRECT – Vladimir Poutine en Mongolie malgré le mandat de la CPI",
  text="""
Rafraîchissez la page pour voir les dernières mises à jour

14h55 – Kiev dénonce. Le porte-parole du ministère ukrainien des Affaires étrangères, Gueorgui Tykhy, accuse Oulan-Bator d'avoir accueilli « un criminel recherché » et prévient que Kiev « en tirera les conséquences ».

13h10 – La Cour pénale internationale (CPI), qui a émis en mars 2023 un mandat d'arrêt contre le président russe Vladimir Poutine, rappelle que ses États membres « ont l'obligation » d'arrêter les personnes visées. Son porte-parole, Fadi El Abdallah, a indiqué que la Cour pourrait saisir l'Assemblée des États parties.

À LA UNE : INONDATIONS MEURTRIÈRES DANS LE NORD-EST DU NIGERIA

11h30 – Sur la place Sükhbaatar, devant la statue de Damdin Sükhbaatar, héros de la révolution de 1921, le président Oukhnaagiin Khurelsukh a accueilli son hôte avec une garde d'honneur vêtue à la mode de l'empire de Gengis Khan. Les services de M. Khürelsükh ont publié une photo des deux hommes légendée en cyrillique « В. Путин, У. Хүрэлсүх ».

10h45 – Selon le porte-parole du Kremlin, Dmitri Peskov, « il n'y a aucune inquiétude » au sujet du mandat. « Nous avons d'excellentes relations avec nos amis mongols », a-t-il déclaré à l'agence RIA Novosti.

9h20 – Le Premier ministre Luvsannamsrain Oyun-Erdene doit signer l'après-midi un accord sur l'approvisionnement en carburant. Pour Bolormaa Tsend, chercheuse à l'Université nationale de Mongolie, Ulaanbaatar « n'a pas le choix », coincée entre la Russie et la Chine et dépendante de Moscou pour 90 % de son essence.

8h00 – Le maire d'Oulan-Bator, Khishgee Nyambaatar, a fait fermer les artères du centre. M. Poutine, arrivé lundi soir à l'aéroport international Gengis-Khan, effectue en Mongolie sa première visite dans un pays membre de la CPI.

Cet article vous est offert. Abonnez-vous pour soutenir notre rédaction
""",
  boilerplate=["Rafraîchissez la page pour voir les dernières mises à jour",
               "À LA UNE : INONDATIONS MEURTRIÈRES DANS LE NORD-EST DU NIGERIA",
               "Cet article vous est offert. Abonnez-vous pour soutenir notre rédaction"],
  quotes=[
      ("un criminel recherché", "direct", "Gueorgui Tykhy"),
      ("Kiev « en tirera les conséquences »", "mixed", "Gueorgui Tykhy"),
      ("ses États membres « ont l'obligation » d'arrêter les personnes visées", "mixed", "la Cour pénale internationale"),
      ("la Cour pourrait saisir l'Assemblée des États parties", "indirect", "Fadi El Abdallah"),
      ("« il n'y a aucune inquiétude » au sujet du mandat", "mixed", "Dmitri Peskov"),
      ("Nous avons d'excellentes relations avec nos amis mongols", "direct", "Dmitri Peskov"),
      ("Ulaanbaatar « n'a pas le choix », coincée entre la Russie et la Chine et dépendante de Moscou pour 90 % de son essence", "mixed", "Bolormaa Tsend"),
  ],
  not_quotes=["В. Путин, У. Хүрэлсүх"],
  times=[
      ("14h55", "TIME", "2024-09-03T14:55"),
      ("13h10", "TIME", "2024-09-03T13:10"),
      ("mars 2023", "DATE", "2023-03"),
      ("11h30", "TIME", "2024-09-03T11:30"),
      ("1921", "DATE", "1921"),
      ("10h45", "TIME", "2024-09-03T10:45"),
      ("9h20", "TIME", "2024-09-03T09:20"),
      ("l'après-midi", "TIME", "2024-09-03TAF"),
      ("8h00", "TIME", "2024-09-03T08:00"),
      ("lundi soir", "TIME", "2024-09-02TEV"),
  ],
  entities=[
      ("L:kyiv", "LOC", ["Kiev"], []),
      ("L:ukraine", "LOC", [], ["ukrainien"]),
      ("P:tykhy", "PER", ["Gueorgui Tykhy"], []),
      ("L:ulaanbaatar", "LOC", ["Oulan-Bator", "Ulaanbaatar"], []),
      ("O:icc", "ORG", ["Cour pénale internationale", "CPI", "Cour"], []),
      ("P:putin", "PER", ["Vladimir Poutine", "Poutine", "В. Путин"], []),
      ("L:russia", "LOC", ["Russie"], ["russe"]),
      ("P:fadi_el_abdallah", "PER", ["Fadi El Abdallah"], []),
      ("O:icc_assembly_of_states_parties", "ORG", ["Assemblée des États parties"], []),
      ("L:sukhbaatar_square", "LOC", ["place Sükhbaatar"], []),
      ("P:damdin_sukhbaatar", "PER", ["Damdin Sükhbaatar"], []),
      ("P:khurelsukh", "PER", ["Oukhnaagiin Khurelsukh", "Khürelsükh", "У. Хүрэлсүх"], []),
      ("P:genghis_khan", "PER", ["Gengis Khan"], []),
      ("O:kremlin", "ORG", ["Kremlin"], []),
      ("P:peskov", "PER", ["Dmitri Peskov"], []),
      ("L:mongolia", "LOC", ["Mongolie"], ["mongols"]),
      ("O:ria_novosti", "ORG", ["RIA Novosti"], []),
      ("P:oyun_erdene", "PER", ["Luvsannamsrain Oyun-Erdene"], []),
      ("P:bolormaa_tsend", "PER", ["Bolormaa Tsend"], []),
      ("O:national_university_of_mongolia", "ORG", ["Université nationale de Mongolie"], []),
      ("L:china", "LOC", ["Chine"], []),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("P:nyambaatar", "PER", ["Khishgee Nyambaatar"], []),
      ("L:chinggis_khaan_airport", "LOC", ["aéroport international Gengis-Khan"], []),
  ],
  roles=[
      ("P:tykhy", "porte-parole du ministère des Affaires étrangères", "L:ukraine"),
      ("P:putin", "président", "L:russia"),
      ("P:fadi_el_abdallah", "porte-parole", "O:icc"),
      ("P:khurelsukh", "président", "L:mongolia"),
      ("P:peskov", "porte-parole", "O:kremlin"),
      ("P:oyun_erdene", "Premier ministre", "L:mongolia"),
      ("P:bolormaa_tsend", "chercheuse", "O:national_university_of_mongolia"),
      ("P:nyambaatar", "maire", "L:ulaanbaatar"),
  ])
# NOTE j05: live-blog clock times are TIME values on the publication day (2024-09-03).
# NOTE j05: "le président" (Khurelsukh) and "Le Premier ministre" (Oyun-Erdene) are bare titles whose
#       country only the story gives -> L:mongolia.
# NOTE j05: person vs place: P:genghis_khan vs L:chinggis_khaan_airport; P:damdin_sukhbaatar vs
#       L:sukhbaatar_square. "le chef du Kremlin" is not used; "héros de la révolution" is an epithet, no role.
# NOTE j05: Khurelsukh spelt three ways (Oukhnaagiin Khurelsukh, Khürelsükh, У. Хүрэлсүх); Ulaanbaatar two ways.


# ---------------------------------------------------------------- j06 (court report)
A(id="j06", published="2023-01-10",
  title="Tchéquie : Andrej Babiš acquitté dans l'affaire du « Nid de cigogne »",
  text="""
PRAGUE – Le tribunal municipal de Prague a acquitté lundi l'ancien Premier ministre tchèque Andrej Babiš, chef du mouvement ANO (Action des citoyens mécontents), poursuivi pour « fraude aux subventions » dans l'affaire du domaine Čapí hnízdo (« Nid de cigogne »), à quatre jours du premier tour de la présidentielle, où il est candidat.

Dossier Čapí hnízdo – prévenus : Andrej BABIŠ, Jana NAGYOVÁ

« Il n'a pas été démontré que les faits reprochés constituent une infraction pénale », a déclaré le juge Jan Šott en lisant le jugement. Le dossier portait sur une subvention de l'Union européenne de 50 millions de couronnes versée en 2008.

Sa coaccusée, Jana Nagyová, ancienne collaboratrice de M. Babiš devenue députée du mouvement ANO, a également été relaxée.

« Je l'ai toujours dit, c'était une affaire politique montée de toutes pièces «, s'est réjoui le milliardaire à la sortie de la salle.

Le procureur de Prague Jaroslav Šaroch a annoncé qu'il ferait appel. Selon l'avocate de M. Babiš, Radka Holubová, le dossier « n'aurait jamais dû arriver devant un juge ».

Lire aussi : Présidentielle tchèque, le duel Pavel-Babiš se précise

Le verdict tombe avant le scrutin de vendredi et samedi, où M. Babiš affronte notamment Petr Pavel, ancien président du comité militaire de l'OTAN, et Danuše Nerudová, ancienne rectrice de l'université Mendel de Brno. Le Premier ministre Petr Fiala n'a pas réagi.

Né en 1954 à Bratislava, M. Babiš reste par ailleurs visé en Slovaquie par une procédure liée à son inscription comme agent de la StB, la police politique communiste, dans les archives de l'Institut de la mémoire de la nation (ÚPN). Un tribunal de Bratislava doit se prononcer la semaine prochaine. Interrogée mardi, la présidente slovaque Zuzana Čaputová a évoqué « une affaire judiciaire étrangère ».
""",
  boilerplate=["Lire aussi : Présidentielle tchèque, le duel Pavel-Babiš se précise"],
  quotes=[
      ("Il n'a pas été démontré que les faits reprochés constituent une infraction pénale", "direct", "Jan Šott"),
      ("Je l'ai toujours dit, c'était une affaire politique montée de toutes pièces", "direct", "Andrej Babiš"),
      ("il ferait appel", "indirect", "Jaroslav Šaroch"),
      ("le dossier « n'aurait jamais dû arriver devant un juge »", "mixed", "Radka Holubová"),
      ("une affaire judiciaire étrangère", "direct", "Zuzana Čaputová"),
  ],
  not_quotes=["fraude aux subventions", "Nid de cigogne"],
  times=[
      ("lundi", "DATE", "2023-01-09"),
      ("quatre jours", "DURATION", "P4D"),
      ("2008", "DATE", "2008"),
      ("vendredi", "DATE", "2023-01-13"),
      ("samedi", "DATE", "2023-01-14"),
      ("1954", "DATE", "1954"),
      ("la semaine prochaine", "DATE", "2023-W03"),
      ("mardi", "DATE", "2023-01-10"),
  ],
  entities=[
      ("L:prague", "LOC", ["PRAGUE", "Prague"], []),
      ("O:prague_municipal_court", "ORG", ["tribunal municipal de Prague"], []),
      ("P:babis", "PER", ["Andrej Babiš", "Andrej BABIŠ", "Babiš"], []),
      ("L:czechia", "LOC", [], ["tchèque"]),
      ("O:ano", "ORG", ["ANO", "Action des citoyens mécontents"], []),
      ("L:capi_hnizdo", "LOC", ["Čapí hnízdo", "Nid de cigogne"], []),
      ("P:jana_nagyova", "PER", ["Jana NAGYOVÁ", "Jana Nagyová"], []),
      ("P:jan_sott", "PER", ["Jan Šott"], []),
      ("O:eu", "ORG", ["Union européenne"], []),
      ("P:jaroslav_saroch", "PER", ["Jaroslav Šaroch"], []),
      ("P:radka_holubova", "PER", ["Radka Holubová"], []),
      ("P:petr_pavel", "PER", ["Petr Pavel"], []),
      ("O:nato", "ORG", ["OTAN"], []),
      ("P:danuse_nerudova", "PER", ["Danuše Nerudová"], []),
      ("O:mendel_university", "ORG", ["université Mendel de Brno"], []),
      ("P:petr_fiala", "PER", ["Petr Fiala"], []),
      ("L:bratislava", "LOC", ["Bratislava"], []),
      ("L:slovakia", "LOC", ["Slovaquie"], ["slovaque"]),
      ("O:stb", "ORG", ["StB"], []),
      ("O:upn", "ORG", ["Institut de la mémoire de la nation", "ÚPN"], []),
      ("P:zuzana_caputova", "PER", ["Zuzana Čaputová"], []),
  ],
  roles=[
      ("P:babis", "ancien Premier ministre", "L:czechia"),
      ("P:babis", "chef", "O:ano"),
      ("P:jan_sott", "juge", "O:prague_municipal_court"),
      ("P:jana_nagyova", "ancienne collaboratrice", "P:babis"),
      ("P:jana_nagyova", "députée", "O:ano"),
      ("P:jaroslav_saroch", "procureur", "L:prague"),
      ("P:radka_holubova", "avocate", "P:babis"),
      ("P:petr_pavel", "ancien président du comité militaire", "O:nato"),
      ("P:danuse_nerudova", "ancienne rectrice", "O:mendel_university"),
      ("P:petr_fiala", "Premier ministre", "L:czechia"),
      ("P:zuzana_caputova", "présidente", "L:slovakia"),
  ])
# NOTE j06: the wrong-way closing mark « … « (Babiš) follows the README rule. Speaker: the fullest name
#       "Andrej Babiš", although the quote is introduced by "le milliardaire".
# NOTE j06: « fraude aux subventions » is a legal charge -> not_quote. « Nid de cigogne » is a
#       translated name in guillemets -> not_quote, and a mention of L:capi_hnizdo (a farm/resort: LOC).
# NOTE j06: the docket line "Dossier Čapí hnízdo – prévenus : ..." is part of the court report, not
#       boilerplate; it supplies the ALL-CAPS forms. "Brno" only occurs inside the university's name.
# NOTE j06: "le juge Jan Šott": `of` is the court annotated in the same article (clearly implied).
#       "Le procureur de Prague": `of` = L:prague (the complement). "le milliardaire": title-only, no role.
# NOTE j06: two Petrs (Pavel, Fiala) are different people; "Pavel" occurs only in boilerplate.


# ---------------------------------------------------------------- j07 (portrait)
A(id="j07", published="2025-12-31",
  title="Portrait : Dimitar Radev, l'homme qui a fait entrer la Bulgarie dans l'euro",
  text="""
SOFIA – À quelques heures du passage de la Bulgarie à l'euro, le 1er janvier, le gouverneur de la Banque nationale bulgare (BNB), Dimitar Radev, savoure un triomphe discret. Celui que la presse surnomme le « gardien du lev » signe toujours ses circulaires d'un sobre « Димитър Радев », en cyrillique.

Aucun lien de parenté avec le chef de l'État, Roumen Radev, avec qui les relations sont notoirement fraîches. Le président, qui réclamait un référendum sur la monnaie unique, a encore estimé mardi que l'adhésion se faisait « au pas de charge ».

Ancien vice-ministre des Finances, M. Radev a ferraillé dix ans pour l'entrée dans la zone euro. « Le lev a été stable pendant vingt-huit ans. L'euro, c'est la même discipline, avec une voix à la table, répète-t-il. Personne ne perdra un centime. »

Ses détracteurs lui reprochent d'avoir minimisé le risque d'inflation. Pour Kostadin Kostadinov, chef du parti Vazrajdane (Renaissance), réputé proche du Kremlin, le gouverneur « a vendu le lev à Bruxelles ».

LIRE AUSSI | Bulgarie : le gouvernement Jeliazkov emporté par la rue

Le gouvernement du Premier ministre Rossen Jeliazkov a démissionné le 11 décembre après des manifestations contre le budget 2026, le premier rédigé en euros. La ministre des Finances démissionnaire, Temenoujka Petkova, assure que la transition est « prête à 100 % ».

À Francfort, la présidente de la Banque centrale européenne (BCE), Christine Lagarde, a salué mercredi « un pays qui a tenu parole ». La présidente de la Commission européenne, Ursula von der Leyen, a promis une visite à Sofia en janvier.

« Il a été le seul à ne jamais douter », glisse Kiril Petkov, qui dirigeait le gouvernement en 2022.
""",
  boilerplate=["LIRE AUSSI | Bulgarie : le gouvernement Jeliazkov emporté par la rue"],
  quotes=[
      ("l'adhésion se faisait « au pas de charge »", "mixed", "Roumen Radev"),
      ("Le lev a été stable pendant vingt-huit ans. L'euro, c'est la même discipline, avec une voix à la table", "direct", "Dimitar Radev"),
      ("Personne ne perdra un centime.", "direct", "Dimitar Radev"),
      ("le gouverneur « a vendu le lev à Bruxelles »", "mixed", "Kostadin Kostadinov"),
      ("la transition est « prête à 100 % »", "mixed", "Temenoujka Petkova"),
      ("un pays qui a tenu parole", "direct", "Christine Lagarde"),
      ("Il a été le seul à ne jamais douter", "direct", "Kiril Petkov"),
  ],
  not_quotes=["gardien du lev", "Димитър Радев"],
  times=[
      ("quelques heures", "DURATION", "PTXH"),
      ("le 1er janvier", "DATE", "2026-01-01"),
      ("mardi", "DATE", "2025-12-30"),
      ("dix ans", "DURATION", "P10Y"),
      ("vingt-huit ans", "DURATION", "P28Y"),
      ("le 11 décembre", "DATE", "2025-12-11"),
      ("2026", "DATE", "2026"),
      ("mercredi", "DATE", "2025-12-31"),
      ("janvier", "DATE", "2026-01"),
      ("2022", "DATE", "2022"),
  ],
  entities=[
      ("L:sofia", "LOC", ["SOFIA", "Sofia"], []),
      ("L:bulgaria", "LOC", ["Bulgarie"], []),
      ("O:bnb", "ORG", ["Banque nationale bulgare", "BNB"], []),
      ("P:dimitar_radev", "PER", ["Dimitar Radev", "Димитър Радев", "Radev"], []),
      ("P:rumen_radev", "PER", ["Roumen Radev"], []),
      ("P:kostadinov", "PER", ["Kostadin Kostadinov"], []),
      ("O:vazrazhdane", "ORG", ["Vazrajdane", "Renaissance"], []),
      ("O:kremlin", "ORG", ["Kremlin"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("P:zhelyazkov", "PER", ["Rossen Jeliazkov"], []),
      ("P:temenuzhka_petkova", "PER", ["Temenoujka Petkova"], []),
      ("L:frankfurt", "LOC", ["Francfort"], []),
      ("O:ecb", "ORG", ["Banque centrale européenne", "BCE"], []),
      ("P:lagarde", "PER", ["Christine Lagarde"], []),
      ("O:european_commission", "ORG", ["Commission européenne"], []),
      ("P:von_der_leyen", "PER", ["Ursula von der Leyen"], []),
      ("P:kiril_petkov", "PER", ["Kiril Petkov"], []),
  ],
  roles=[
      ("P:dimitar_radev", "gouverneur", "O:bnb"),
      ("P:dimitar_radev", "ancien vice-ministre des Finances", "L:bulgaria"),
      ("P:rumen_radev", "chef de l'État", "L:bulgaria"),
      ("P:kostadinov", "chef", "O:vazrazhdane"),
      ("P:zhelyazkov", "Premier ministre", "L:bulgaria"),
      ("P:temenuzhka_petkova", "ministre des Finances démissionnaire", "L:bulgaria"),
      ("P:lagarde", "présidente", "O:ecb"),
      ("P:von_der_leyen", "présidente", "O:european_commission"),
  ])
# NOTE j07: two unrelated Radevs in one country: P:dimitar_radev (governor) vs P:rumen_radev (president).
#       The bare "M. Radev" / "Radev" is Dimitar. Confusable: P:kiril_petkov vs P:temenuzhka_petkova.
# NOTE j07: incise inside the marks (« A, répète-t-il. B ») -> two direct quotes, same speaker.
# NOTE j07: « gardien du lev » is a nickname in the journalist's voice -> not_quote. The Cyrillic
#       signature « Димитър Радев » is a not_quote and a mention.
# NOTE j07: Kiril Petkov "qui dirigeait le gouvernement en 2022" is a relative clause: no role (see header).
# NOTE j07: O:vazrazhdane's translated name "Renaissance" is NOT the French party Renaissance (j12).
# NOTE j07: "bulgare" occurs only inside "Banque nationale bulgare": not a demonym entry. "Le président"
#       (Roumen Radev) repeats his role; only "chef de l'État" is annotated (apposition with the name).


# ---------------------------------------------------------------- j08 (Q&A interview)
A(id="j08", published="2025-11-12",
  title="« Une présidente ne fera pas l'unité irlandaise, mais elle peut en parler »",
  text="""
BELFAST – Catherine Connolly, élue présidente de l'Irlande le mois dernier, a pris ses fonctions mardi à Dublin en promettant de parler de l'unité de l'île. Entretien avec Siobhán Carey, politologue à l'université Queen's de Belfast.

Inscrivez-vous à notre newsletter Europe

Que peut faire une présidente irlandaise sur ce dossier ?

Siobhán Carey : Constitutionnellement, presque rien. Le pouvoir est entre les mains du Taoiseach, Micheál Martin, et du Tánaiste, Simon Harris. Mais la voix compte : l'ancienne présidente Mary McAleese, originaire de Belfast, avait pesé sur le processus de paix.

Et à Stormont ?

S. Carey : La Première ministre Michelle O'Neill, vice-présidente du Sinn Féin, a déclaré la semaine dernière qu'un référendum était « possible d'ici 2030 ». Sa vice-Première ministre, Emma Little-Pengelly, a répondu que cette date relevait du « fantasme ». Le chef du Parti unioniste démocrate (DUP), Gavin Robinson, refuse d'en parler, quand la présidente du Sinn Féin, Mary Lou McDonald, veut un calendrier.

ROYAUME-UNI : LA BBC DANS LA TOURMENTE APRÈS LA DÉMISSION DE SON DIRECTEUR GÉNÉRAL

Londres peut-il bloquer ?

S. Carey : En vertu de l'accord du Vendredi saint de 1998, c'est le secrétaire d'État britannique à l'Irlande du Nord, Hilary Benn, qui décide d'un référendum, et le Premier ministre Keir Starmer n'est pas pressé. Le cadre de Windsor, conclu en 2023 entre l'ancien Premier ministre Rishi Sunak et Mme von der Leyen, a apaisé la question de la frontière avec l'UE. Mais à Derry, que les unionistes appellent Londonderry, la frontière reste une cicatrice.

Et Dublin ?

S. Carey : M. Martin a promis que son gouvernement « préparerait sérieusement » l'unité. C'est nouveau. Mais personne n'imagine un vote avant 2030.

Photo : Charles McQuillan / Getty Images
""",
  boilerplate=["Inscrivez-vous à notre newsletter Europe",
               "ROYAUME-UNI : LA BBC DANS LA TOURMENTE APRÈS LA DÉMISSION DE SON DIRECTEUR GÉNÉRAL",
               "Photo : Charles McQuillan / Getty Images"],
  quotes=[
      ("un référendum était « possible d'ici 2030 »", "mixed", "Michelle O'Neill"),
      ("cette date relevait du « fantasme »", "mixed", "Emma Little-Pengelly"),
      ("son gouvernement « préparerait sérieusement » l'unité", "mixed", "Micheál Martin"),
  ],
  not_quotes=[],
  times=[
      ("le mois dernier", "DATE", "2025-10"),
      ("mardi", "DATE", "2025-11-11"),
      ("la semaine dernière", "DATE", "2025-W45"),
      ("2030", "DATE", "2030"),
      ("1998", "DATE", "1998"),
      ("2023", "DATE", "2023"),
      ("2030", "DATE", "2030"),
  ],
  entities=[
      ("L:belfast", "LOC", ["BELFAST", "Belfast"], []),
      ("P:catherine_connolly", "PER", ["Catherine Connolly"], []),
      ("L:ireland", "LOC", ["Irlande"], ["irlandaise"]),
      ("L:dublin", "LOC", ["Dublin"], []),
      ("P:siobhan_carey", "PER", ["Siobhán Carey", "S. Carey"], []),
      ("O:queens_university_belfast", "ORG", ["université Queen's de Belfast"], []),
      ("P:micheal_martin", "PER", ["Micheál Martin", "Martin"], []),
      ("P:simon_harris", "PER", ["Simon Harris"], []),
      ("P:mary_mcaleese", "PER", ["Mary McAleese"], []),
      ("O:ni_assembly", "ORG", ["Stormont"], []),
      ("P:michelle_oneill", "PER", ["Michelle O'Neill"], []),
      ("O:sinn_fein", "ORG", ["Sinn Féin"], []),
      ("P:emma_little_pengelly", "PER", ["Emma Little-Pengelly"], []),
      ("O:dup", "ORG", ["Parti unioniste démocrate", "DUP"], []),
      ("P:gavin_robinson", "PER", ["Gavin Robinson"], []),
      ("P:mary_lou_mcdonald", "PER", ["Mary Lou McDonald"], []),
      ("L:london", "LOC", ["Londres"], []),
      ("M:good_friday_agreement", "MISC", ["accord du Vendredi saint"], []),
      ("L:uk", "LOC", [], ["britannique"]),
      ("L:northern_ireland", "LOC", ["Irlande du Nord"], []),
      ("P:hilary_benn", "PER", ["Hilary Benn"], []),
      ("P:keir_starmer", "PER", ["Keir Starmer"], []),
      ("M:windsor_framework", "MISC", ["cadre de Windsor"], []),
      ("P:rishi_sunak", "PER", ["Rishi Sunak"], []),
      ("P:von_der_leyen", "PER", ["von der Leyen"], []),
      ("O:eu", "ORG", ["UE"], []),
      ("L:derry", "LOC", ["Derry", "Londonderry"], []),
  ],
  roles=[
      ("P:catherine_connolly", "présidente", "L:ireland"),
      ("P:siobhan_carey", "politologue", "O:queens_university_belfast"),
      ("P:micheal_martin", "Taoiseach", "L:ireland"),
      ("P:simon_harris", "Tánaiste", "L:ireland"),
      ("P:mary_mcaleese", "ancienne présidente", "L:ireland"),
      ("P:michelle_oneill", "Première ministre", "L:northern_ireland"),
      ("P:michelle_oneill", "vice-présidente", "O:sinn_fein"),
      ("P:emma_little_pengelly", "vice-Première ministre", "L:northern_ireland"),
      ("P:gavin_robinson", "chef", "O:dup"),
      ("P:mary_lou_mcdonald", "présidente", "O:sinn_fein"),
      ("P:hilary_benn", "secrétaire d'État à l'Irlande du Nord", "L:uk"),
      ("P:keir_starmer", "Premier ministre", "L:uk"),
      ("P:rishi_sunak", "ancien Premier ministre", "L:uk"),
  ])
# NOTE j08: Taoiseach / Tánaiste are Irish titles kept as written; their `of` (Ireland) is implied by the story.
#       "Le Premier ministre Keir Starmer" and "l'ancien Premier ministre Rishi Sunak": `of` = L:uk,
#       implied by "Londres" / "britannique" in the same answer.
# NOTE j08: Q&A answers are unmarked: not quotes (header). "S. Carey" (speaker label) is kept as a form,
#       like "B. Traoré" in the README. Derry / Londonderry are two names of one city.
# NOTE j08: hard negatives across articles: L:london (Londres, j08) vs L:london_ontario (j10);
#       M:windsor_framework vs L:windsor_ontario (j10); P:micheal_martin ("Martin") vs P:julie_martin (j10).
# NOTE j08: "Irlande" also sits inside "Irlande du Nord"; both occur on their own.


# ---------------------------------------------------------------- j09 (business brief)
A(id="j09", published="2025-11-20",
  title="Économie en bref : Bolivie, Équateur",
  text="""
ÉCONOMIE EN BREF

BOLIVIE – Le FMI tend la main à Rodrigo Paz

LA PAZ – Le Fonds monétaire international est « prêt à accompagner » La Paz, a déclaré jeudi sa porte-parole, Julie Kozack, douze jours après l'investiture du président Rodrigo Paz. Le centriste, fils de l'ancien président Jaime Paz Zamora, hérite d'une grave pénurie de carburant et de dollars laissée par le gouvernement de Luis Arce.

M. Paz a promis de revoir les contrats de lithium signés avec le consortium chinois CBC et le russe Uranium One. Son vice-président, Edmand Lara, ancien policier, l'accuse déjà de « trahir » ses électeurs. Le président de Yacimientos Petrolíferos Fiscales Bolivianos (YPFB), Rubén Cáceres, a assuré que les files d'attente aux stations-service disparaîtraient « avant Noël ».

À Santa Cruz, poumon économique du pays, la présidente de la Cainco (Chambre d'industrie, de commerce, de services et de tourisme de Santa Cruz), Marcela Suárez, salue « un retour au réalisme ». Le département de Santa Cruz, premier producteur de soja, réclame depuis des années une autonomie fiscale.

Recevez chaque matin notre lettre Économie

ÉQUATEUR – Noboa désavoué dans les urnes

QUITO – Les Équatoriens ont rejeté Le nov. Le 16 la réforme qui aurait autorisé des bases militaires étrangères, un revers pour le président Daniel Noboa, fils du magnat de la banane Álvaro Noboa. Selon Verónica Aguirre, économiste à l'Université San Francisco de Quito (USFQ), les marchés « avaient parié sur un oui » et la dette équatorienne a reculé lundi. D'après l'AFP, le gouvernement maintiendra le programme de 5 milliards de dollars conclu avec le FMI l'an dernier.

PUBLICITÉ
""",
  boilerplate=["Recevez chaque matin notre lettre Économie", "PUBLICITÉ"],
  quotes=[
      ("Le Fonds monétaire international est « prêt à accompagner » La Paz", "mixed", "Julie Kozack"),
      ("trahir", "direct", "Edmand Lara"),
      ("les files d'attente aux stations-service disparaîtraient « avant Noël »", "mixed", "Rubén Cáceres"),
      ("un retour au réalisme", "direct", "Marcela Suárez"),
      ("les marchés « avaient parié sur un oui » et la dette équatorienne a reculé lundi", "mixed", "Verónica Aguirre"),
      ("le gouvernement maintiendra le programme de 5 milliards de dollars conclu avec le FMI l'an dernier", "indirect", "AFP"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2025-11-20"),
      ("douze jours", "DURATION", "P12D"),
      ("Noël", "DATE", "2025-12-25"),
      ("des années", "DURATION", "PXY"),
      ("Le nov. Le 16", "DATE", "2025-11-16"),
      ("lundi", "DATE", "2025-11-17"),
      ("l'an dernier", "DATE", "2024"),
  ],
  entities=[
      ("L:bolivia", "LOC", ["BOLIVIE"], []),
      ("O:imf", "ORG", ["FMI", "Fonds monétaire international"], []),
      ("P:rodrigo_paz", "PER", ["Rodrigo Paz", "Paz"], []),
      ("L:la_paz", "LOC", ["LA PAZ", "La Paz"], []),
      ("P:julie_kozack", "PER", ["Julie Kozack"], []),
      ("P:jaime_paz_zamora", "PER", ["Jaime Paz Zamora"], []),
      ("P:luis_arce", "PER", ["Luis Arce"], []),
      ("O:cbc_consortium", "ORG", ["CBC"], []),
      ("L:china", "LOC", [], ["chinois"]),
      ("O:uranium_one", "ORG", ["Uranium One"], []),
      ("L:russia", "LOC", [], ["russe"]),
      ("P:edmand_lara", "PER", ["Edmand Lara"], []),
      ("O:ypfb", "ORG", ["Yacimientos Petrolíferos Fiscales Bolivianos", "YPFB"], []),
      ("P:ruben_caceres", "PER", ["Rubén Cáceres"], []),
      ("L:santa_cruz_de_la_sierra", "LOC", ["Santa Cruz"], []),
      ("O:cainco", "ORG", ["Cainco", "Chambre d'industrie, de commerce, de services et de tourisme de Santa Cruz"], []),
      ("P:marcela_suarez", "PER", ["Marcela Suárez"], []),
      ("L:santa_cruz_department", "LOC", ["Santa Cruz"], []),
      ("L:ecuador", "LOC", ["ÉQUATEUR"], ["Équatoriens", "équatorienne"]),
      ("L:quito", "LOC", ["QUITO"], []),
      ("P:daniel_noboa", "PER", ["Daniel Noboa", "Noboa"], []),
      ("P:alvaro_noboa", "PER", ["Álvaro Noboa"], []),
      ("P:veronica_aguirre", "PER", ["Verónica Aguirre"], []),
      ("O:usfq", "ORG", ["Université San Francisco de Quito", "USFQ"], []),
      ("O:afp", "ORG", ["AFP"], []),
  ],
  roles=[
      ("P:julie_kozack", "porte-parole", "O:imf"),
      ("P:rodrigo_paz", "président", "L:bolivia"),
      ("P:jaime_paz_zamora", "ancien président", "L:bolivia"),
      ("P:edmand_lara", "vice-président", "L:bolivia"),
      ("P:edmand_lara", "ancien policier", None),
      ("P:ruben_caceres", "président", "O:ypfb"),
      ("P:marcela_suarez", "présidente", "O:cainco"),
      ("P:daniel_noboa", "président", "L:ecuador"),
      ("P:alvaro_noboa", "magnat de la banane", None),
      ("P:veronica_aguirre", "économiste", "O:usfq"),
  ])
# NOTE j09: the section subheads ("BOLIVIE – ...", "ÉQUATEUR – Noboa désavoué ...") and "ÉCONOMIE EN BREF"
#       are part of the brief, not boilerplate, so their names are mentions.
# NOTE j09: "La Paz" in Kozack's clause is a metonymic seat of government -> L:la_paz. Person vs place:
#       P:rodrigo_paz ("Paz") vs L:la_paz; relatives: P:rodrigo_paz / P:jaime_paz_zamora,
#       P:daniel_noboa / P:alvaro_noboa.
# NOTE j09: "Santa Cruz" is the city in "À Santa Cruz, poumon économique du pays" and the department in
#       "Le département de Santa Cruz": two LOC ids with the same form. The one inside Cainco's expansion
#       is nested and not counted.
# NOTE j09: "Son vice-président" -> `of` L:bolivia (the story's country). "ancien policier" and
#       "magnat de la banane" are occupations without an employer: `of` null.
# NOTE j09: "Noël" inside Cáceres's clause = 25 Dec 2025. "depuis des années" -> vague duration PXY.
# NOTE j09: "Bolivie" (mixed case) does not occur outside titles: only "BOLIVIE" is a form.


# ---------------------------------------------------------------- j10 (parliamentary report)
A(id="j10", published="2025-10-22",
  title="Ottawa : l'automobile enflamme la période des questions",
  text="""
OTTAWA – La période des questions a tourné mardi à la « guerre des tarifs » aux Communes, une semaine après l'annonce par Stellantis, le oct. 14, du transfert de la production de la Jeep Compass de Brampton vers l'Illinois.

"Le premier ministre a promis de se battre, il nous rapporte des emplois perdus", a lancé le chef de l'opposition officielle, Pierre Poilievre, revenu en Chambre en septembre après sa victoire dans Battle River–Crowfoot.

Le premier ministre Mark Carney a répliqué que son gouvernement « ne laissera tomber aucun travailleur de Brampton ni de Windsor » et que 2 milliards de dollars seraient réservés au secteur automobile canadien. Sa ministre de l'Industrie, Mélanie Joly, a assuré que Stellantis « devra rendre des comptes ».

Le chef du Bloc québécois, Yves-François Blanchet, et le chef par intérim du Nouveau Parti démocratique (NPD), Don Davies, ont réclamé une commission d'enquête. Le président de la Chambre, Francis Scarpaleggia, a dû rappeler les députés à l'ordre à deux reprises.

Lire aussi : Hockey – les Canadiens de Montréal filent vers un cinquième succès

À Toronto, le premier ministre de l'Ontario, Doug Ford, a exigé qu'Ottawa « cesse de négocier à genoux » avec Washington. Pour M. Ford, les 130 000 emplois du secteur dans la province sont menacés par les droits de douane imposés par le président américain Donald Trump. Ford, le constructeur, a pour sa part confirmé ses investissements à Oakville.

En Colombie-Britannique, le premier ministre David Eby plaide pour des débouchés vers l'Asie. Selon Julie Martin, économiste à l'Université de la Colombie-Britannique, le Pacte de l'automobile de 1965 « appartient définitivement au passé ». À London, en Ontario, le maire Josh Morgan a dénoncé « une saignée silencieuse ».
""",
  boilerplate=["Lire aussi : Hockey – les Canadiens de Montréal filent vers un cinquième succès"],
  quotes=[
      ("Le premier ministre a promis de se battre, il nous rapporte des emplois perdus", "direct", "Pierre Poilievre"),
      ("son gouvernement « ne laissera tomber aucun travailleur de Brampton ni de Windsor » et que 2 milliards de dollars seraient réservés au secteur automobile canadien", "mixed", "Mark Carney"),
      ("Stellantis « devra rendre des comptes »", "mixed", "Mélanie Joly"),
      ("Ottawa « cesse de négocier à genoux » avec Washington", "mixed", "Doug Ford"),
      ("les 130 000 emplois du secteur dans la province sont menacés par les droits de douane imposés par le président américain Donald Trump", "indirect", "Doug Ford"),
      ("le Pacte de l'automobile de 1965 « appartient définitivement au passé »", "mixed", "Julie Martin"),
      ("une saignée silencieuse", "direct", "Josh Morgan"),
  ],
  not_quotes=["guerre des tarifs"],
  times=[
      ("mardi", "DATE", "2025-10-21"),
      ("une semaine", "DURATION", "P1W"),
      ("le oct. 14", "DATE", "2025-10-14"),
      ("septembre", "DATE", "2025-09"),
      ("1965", "DATE", "1965"),
  ],
  entities=[
      ("L:ottawa", "LOC", ["OTTAWA", "Ottawa"], []),
      ("O:house_of_commons_canada", "ORG", ["Communes", "Chambre"], []),
      ("O:stellantis", "ORG", ["Stellantis"], []),
      ("M:jeep_compass", "MISC", ["Jeep Compass"], []),
      ("L:brampton", "LOC", ["Brampton"], []),
      ("L:illinois", "LOC", ["Illinois"], []),
      ("P:poilievre", "PER", ["Pierre Poilievre"], []),
      ("L:battle_river_crowfoot", "LOC", ["Battle River–Crowfoot"], []),
      ("P:mark_carney", "PER", ["Mark Carney"], []),
      ("L:windsor_ontario", "LOC", ["Windsor"], []),
      ("L:canada", "LOC", [], ["canadien"]),
      ("P:melanie_joly", "PER", ["Mélanie Joly"], []),
      ("O:bloc_quebecois", "ORG", ["Bloc québécois"], []),
      ("P:yves_francois_blanchet", "PER", ["Yves-François Blanchet"], []),
      ("O:ndp", "ORG", ["Nouveau Parti démocratique", "NPD"], []),
      ("P:don_davies", "PER", ["Don Davies"], []),
      ("P:francis_scarpaleggia", "PER", ["Francis Scarpaleggia"], []),
      ("L:toronto", "LOC", ["Toronto"], []),
      ("L:ontario", "LOC", ["Ontario"], []),
      ("P:doug_ford", "PER", ["Doug Ford", "Ford"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("L:united_states", "LOC", [], ["américain"]),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("O:ford_motor", "ORG", ["Ford"], []),
      ("L:oakville", "LOC", ["Oakville"], []),
      ("L:british_columbia", "LOC", ["Colombie-Britannique"], []),
      ("P:david_eby", "PER", ["David Eby"], []),
      ("L:asia", "LOC", ["Asie"], []),
      ("P:julie_martin", "PER", ["Julie Martin"], []),
      ("O:ubc", "ORG", ["Université de la Colombie-Britannique"], []),
      ("M:auto_pact", "MISC", ["Pacte de l'automobile"], []),
      ("L:london_ontario", "LOC", ["London"], []),
      ("P:josh_morgan", "PER", ["Josh Morgan"], []),
  ],
  roles=[
      ("P:poilievre", "chef de l'opposition officielle", "L:canada"),
      ("P:mark_carney", "premier ministre", "L:canada"),
      ("P:melanie_joly", "ministre de l'Industrie", "L:canada"),
      ("P:yves_francois_blanchet", "chef", "O:bloc_quebecois"),
      ("P:don_davies", "chef par intérim", "O:ndp"),
      ("P:francis_scarpaleggia", "président", "O:house_of_commons_canada"),
      ("P:doug_ford", "premier ministre", "L:ontario"),
      ("P:trump", "président", "L:united_states"),
      ("P:david_eby", "premier ministre", "L:british_columbia"),
      ("P:julie_martin", "économiste", "O:ubc"),
      ("P:josh_morgan", "maire", "L:london_ontario"),
  ])
# NOTE j10: Canadian usage "premier ministre" (lower case) is kept as written in the title field; the
#       federal one (Carney) -> L:canada, provincial ones -> the province ("de l'Ontario"; Eby: bare title,
#       province given by "En Colombie-Britannique").
# NOTE j10: « guerre des tarifs » is a scare quote in the journalist's voice -> not_quote. The straight
#       quotes "..." around Poilievre's words are a direct quote.
# NOTE j10: person vs company: P:doug_ford ("M. Ford") vs O:ford_motor ("Ford, le constructeur").
#       "Jeep Compass" is a car model -> MISC (like the README's helicopter model).
# NOTE j10: "Le président de la Chambre": `of` = the House (O:house_of_commons_canada), given by the complement.
#       "Sa ministre de l'Industrie" -> `of` L:canada (the federal government, via "canadien").
# NOTE j10: "le oct. 14" is a damaged date kept as written.


# ---------------------------------------------------------------- j11 (obituary)
A(id="j11", published="2026-01-13",
  title="Nécrologie : Émile Wadrawane, un artisan de la paix calédonienne",
  text="""
NOUMÉA – Émile Wadrawane, ancien maire de Ponérihouen et l'une des dernières figures de la génération des accords de Matignon, est mort dimanche à Nouméa. Né en 1941, il avait été de tous les combats du Front de libération nationale kanak et socialiste (FLNKS).

Instituteur de formation, il avait rejoint en 1977 l'Union calédonienne (UC) aux côtés de Jean-Marie Tjibaou, alors président du FLNKS, dont il devint l'un des plus proches conseillers. Le 26 juin 1988, il était dans la délégation qui scella à Paris la paix avec le chef du Rassemblement pour la Calédonie dans la République (RPCR), Jacques Lafleur, sous l'égide du Premier ministre français Michel Rocard. La semaine suivante, il défendait l'accord devant des militants hostiles.

« Émile savait parler aux broussards comme aux ministres. Sans lui, il n'y aurait peut-être pas eu de poignée de main », a confié lundi le député de la Nouvelle-Calédonie Emmanuel Tjibaou, fils de Jean-Marie et président de l'UC.

Maire de Ponérihouen de 1989 à 2008, Émile Wadrawane était resté une voix écoutée. Le président du gouvernement de la Nouvelle-Calédonie, Alcide Ponga, a salué « un bâtisseur de paix ». Le président Macron a adressé ses condoléances à la famille, selon l'Élysée.

NOUVELLE-CALÉDONIE : LE CONGRÈS ADOPTE SON BUDGET

Il avait plaidé jusqu'au bout pour que l'ONU reste « garante » du processus et qualifiait l'accord de Bougival, signé en juillet, de « pari risqué ». Ses obsèques auront lieu samedi au centre culturel Tjibaou, où sa fille, Marie-Claire Wadrawane, conseillère municipale de Nouméa, a ouvert un registre de condoléances.
""",
  boilerplate=["NOUVELLE-CALÉDONIE : LE CONGRÈS ADOPTE SON BUDGET"],
  quotes=[
      ("Émile savait parler aux broussards comme aux ministres. Sans lui, il n'y aurait peut-être pas eu de poignée de main", "direct", "Emmanuel Tjibaou"),
      ("un bâtisseur de paix", "direct", "Alcide Ponga"),
      ("Le président Macron a adressé ses condoléances à la famille", "indirect", "l'Élysée"),
      ("l'ONU reste « garante » du processus", "mixed", "Émile Wadrawane"),
      ("pari risqué", "direct", "Émile Wadrawane"),
  ],
  not_quotes=[],
  times=[
      ("dimanche", "DATE", "2026-01-11"),
      ("1941", "DATE", "1941"),
      ("1977", "DATE", "1977"),
      ("Le 26 juin 1988", "DATE", "1988-06-26"),
      ("La semaine suivante", "DATE", "1988-W26"),
      ("lundi", "DATE", "2026-01-12"),
      ("1989", "DATE", "1989"),
      ("2008", "DATE", "2008"),
      ("juillet", "DATE", "2025-07"),
      ("samedi", "DATE", "2026-01-17"),
  ],
  entities=[
      ("L:noumea", "LOC", ["NOUMÉA", "Nouméa"], []),
      ("P:emile_wadrawane", "PER", ["Émile Wadrawane", "Émile"], []),
      ("L:ponerihouen", "LOC", ["Ponérihouen"], []),
      ("M:matignon_accords", "MISC", ["accords de Matignon"], []),
      ("O:flnks", "ORG", ["Front de libération nationale kanak et socialiste", "FLNKS"], []),
      ("O:union_caledonienne", "ORG", ["Union calédonienne", "UC"], []),
      ("P:jean_marie_tjibaou", "PER", ["Jean-Marie Tjibaou", "Jean-Marie"], []),
      ("L:paris", "LOC", ["Paris"], []),
      ("O:rpcr", "ORG", ["Rassemblement pour la Calédonie dans la République", "RPCR"], []),
      ("P:jacques_lafleur", "PER", ["Jacques Lafleur"], []),
      ("L:france", "LOC", [], ["français"]),
      ("P:michel_rocard", "PER", ["Michel Rocard"], []),
      ("L:new_caledonia", "LOC", ["Nouvelle-Calédonie"], []),
      ("P:emmanuel_tjibaou", "PER", ["Emmanuel Tjibaou"], []),
      ("P:alcide_ponga", "PER", ["Alcide Ponga"], []),
      ("P:macron", "PER", ["Macron"], []),
      ("O:elysee", "ORG", ["Élysée"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("M:bougival_accord", "MISC", ["accord de Bougival"], []),
      ("L:centre_culturel_tjibaou", "LOC", ["centre culturel Tjibaou"], []),
      ("P:marie_claire_wadrawane", "PER", ["Marie-Claire Wadrawane"], []),
  ],
  roles=[
      ("P:emile_wadrawane", "ancien maire", "L:ponerihouen"),
      ("P:jean_marie_tjibaou", "président", "O:flnks"),
      ("P:jacques_lafleur", "chef", "O:rpcr"),
      ("P:michel_rocard", "Premier ministre", "L:france"),
      ("P:emmanuel_tjibaou", "député", "L:new_caledonia"),
      ("P:emmanuel_tjibaou", "président", "O:union_caledonienne"),
      ("P:alcide_ponga", "président du gouvernement", "L:new_caledonia"),
      ("P:macron", "président", "L:france"),
      ("P:marie_claire_wadrawane", "conseillère municipale", "L:noumea"),
  ])
# NOTE j11: "Maire de Ponérihouen de 1989 à 2008, Émile Wadrawane" restates the role already annotated as
#       "ancien maire" (first paragraph); no second triple. "Instituteur de formation, il" has no name: no role.
# NOTE j11: relatives and confusables: P:jean_marie_tjibaou (father) / P:emmanuel_tjibaou (son) /
#       L:centre_culturel_tjibaou (place); P:emile_wadrawane / P:marie_claire_wadrawane (father/daughter);
#       P:emmanuel_tjibaou is not P:macron ("Emmanuel Macron" in j01, "Macron" here).
#       "Nouméa", "Matignon", "Bougival" also sit inside MISC names.
# NOTE j11: "Calédonie" inside RPCR's expansion is nested (not L:new_caledonia). "Le président Macron" is a bare
#       title; `of` L:france via "français" in the same article.
# NOTE j11: "La semaine suivante" is anaphoric to 26 June 1988 (ISO week 25) -> 1988-W26.
# NOTE j11: the speaker "l'Élysée" of the postposed "selon" clause resolves to O:elysee.


# ---------------------------------------------------------------- j12 (regional daily)
A(id="j12", published="2023-11-23",
  title="Villefranche-de-Rouergue : le conseil municipal vote une motion de soutien aux grévistes d'Autelis",
  text="""
VILLEFRANCHE-DE-ROUERGUE. Le conseil municipal a voté lundi soir, à l'unanimité moins deux abstentions, une motion de soutien aux 420 salariés de l'usine Autelis, l'une des dernières fabriques de boîtes de vitesses de France, en grève depuis le 6 novembre contre la suppression annoncée d'une ligne d'assemblage.

Photo DDM – Jean-Louis Bories

La maire, Sophie Carrère, élue en 2020, a ouvert la séance devant une cinquantaine de grévistes. « Cette usine, c'est le cœur de la ville depuis les années 1970, a-t-elle lancé. Nous ne la laisserons pas partir en silence. »

Thierry Combes, délégué CGT du site, a détaillé les revendications : maintien des 85 emplois menacés et hausse de 150 euros. Selon lui, la direction « joue la montre » depuis trois semaines. Joint par téléphone, le directeur du site, Marc Fabre, a affirmé qu'« aucune décision définitive n'a été prise » et que le dialogue restait « ouvert ».

Dans l'opposition, le conseiller municipal Patrick Vayssettes (LR) a voté pour, tout en dénonçant « une motion d'affichage ». Dans la majorité, l'adjointe aux finances, Nadia Bousquet, élue Renaissance, s'est abstenue : pour elle, « la mairie n'a pas à se substituer aux syndicats ».

LIRE AUSSI. Rodez : la foire exposition fait le plein

Le dossier remonte jusqu'à Toulouse. La présidente de la région Occitanie, Carole Delga, qui a reçu une délégation jeudi dernier, a promis d'« user de tous les leviers », et le ministre délégué à l'Industrie, Roland Lescure, est attendu à Rodez la semaine prochaine. Dimanche, les supporters de Rodez avaient déployé au stade Paul-Lignon une banderole « Autelis vivra ».

Sur le parking, un ouvrier résume : « On tiendra jusqu'à Noël s'il le faut.

Cet article vous a plu ? Abonnez-vous à La Dépêche
""",
  boilerplate=["Photo DDM – Jean-Louis Bories",
               "LIRE AUSSI. Rodez : la foire exposition fait le plein",
               "Cet article vous a plu ? Abonnez-vous à La Dépêche"],
  quotes=[
      ("Cette usine, c'est le cœur de la ville depuis les années 1970", "direct", "Sophie Carrère"),
      ("Nous ne la laisserons pas partir en silence.", "direct", "Sophie Carrère"),
      ("la direction « joue la montre » depuis trois semaines", "mixed", "Thierry Combes"),
      ("« aucune décision définitive n'a été prise » et que le dialogue restait « ouvert »", "mixed", "Marc Fabre"),
      ("une motion d'affichage", "direct", "Patrick Vayssettes"),
      ("« la mairie n'a pas à se substituer aux syndicats »", "mixed", "Nadia Bousquet"),
      ("user de tous les leviers", "direct", "Carole Delga"),
      ("On tiendra jusqu'à Noël s'il le faut.", "direct", "un ouvrier"),
  ],
  not_quotes=["Autelis vivra"],
  times=[
      ("lundi soir", "TIME", "2023-11-20TEV"),
      ("le 6 novembre", "DATE", "2023-11-06"),
      ("2020", "DATE", "2020"),
      ("les années 1970", "DATE", "197"),
      ("trois semaines", "DURATION", "P3W"),
      ("jeudi dernier", "DATE", "2023-11-16"),
      ("la semaine prochaine", "DATE", "2023-W48"),
      ("Dimanche", "DATE", "2023-11-19"),
      ("Noël", "DATE", "2023-12-25"),
  ],
  entities=[
      ("L:villefranche_de_rouergue", "LOC", ["VILLEFRANCHE-DE-ROUERGUE"], []),
      ("O:autelis", "ORG", ["Autelis"], []),
      ("L:france", "LOC", ["France"], []),
      ("P:sophie_carrere", "PER", ["Sophie Carrère"], []),
      ("P:thierry_combes", "PER", ["Thierry Combes"], []),
      ("O:cgt", "ORG", ["CGT"], []),
      ("P:marc_fabre", "PER", ["Marc Fabre"], []),
      ("P:patrick_vayssettes", "PER", ["Patrick Vayssettes"], []),
      ("O:lr", "ORG", ["LR"], []),
      ("P:nadia_bousquet", "PER", ["Nadia Bousquet"], []),
      ("O:renaissance_fr", "ORG", ["Renaissance"], []),
      ("L:toulouse", "LOC", ["Toulouse"], []),
      ("L:occitanie", "LOC", ["Occitanie"], []),
      ("P:carole_delga", "PER", ["Carole Delga"], []),
      ("P:roland_lescure", "PER", ["Roland Lescure"], []),
      ("L:rodez", "LOC", ["Rodez"], []),
      ("O:rodez_af", "ORG", ["Rodez"], []),
      ("L:stade_paul_lignon", "LOC", ["stade Paul-Lignon"], []),
  ],
  roles=[
      ("P:sophie_carrere", "maire", "L:villefranche_de_rouergue"),
      ("P:thierry_combes", "délégué", "O:cgt"),
      ("P:marc_fabre", "directeur du site", "O:autelis"),
      ("P:patrick_vayssettes", "conseiller municipal", "L:villefranche_de_rouergue"),
      ("P:nadia_bousquet", "adjointe aux finances", "L:villefranche_de_rouergue"),
      ("P:carole_delga", "présidente", "L:occitanie"),
      ("P:roland_lescure", "ministre délégué à l'Industrie", "L:france"),
  ])
# NOTE j12: "La maire", "le conseiller municipal", "l'adjointe aux finances" are bare local titles: `of` is the
#       town of the story (dateline). "délégué CGT du site": title "délégué", `of` the union O:cgt.
#       "le directeur du site": `of` = O:autelis (the site is the Autelis plant).
# NOTE j12: incise inside the marks (Carrère) -> two direct quotes. The last body paragraph holds an
#       unclosed quote: it runs to the end of its paragraph (final period kept).
# NOTE j12: "Toulouse" (seat of the regional council) is metonymic -> L:toulouse. "Rodez" is the city in
#       "attendu à Rodez" and the football club (Rodez Aveyron Football) in "les supporters de Rodez".
# NOTE j12: « Autelis vivra » is a slogan -> not_quote; "Autelis" also occurs alone.
# NOTE j12: "pour elle, « ... »": the whole clause is inside guillemets -> mixed, text with its marks.
# NOTE j12: O:renaissance_fr (the French party) is NOT O:vazrazhdane, translated "Renaissance" in j07.
