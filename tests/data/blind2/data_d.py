# Blind set 2, articles d01–d12 (written and annotated by hand; see ../blind/README.md for conventions).
#
# Articles d01-d12. All texts are invented for this set: real public figures appear, but the events are
# partly made up and every quote is invented or paraphrased. Invented people and bodies: Slim Jaziri,
# Amar Belkacemi, Fatou Ndiaye, Moustapha Kane, Amani Osman / Institut d'etudes de la Corne de l'Afrique,
# Lucia Ferreyra / Pampa Consultores, Marta Poder, Lucas Peeters, Sarah Lemaire, Jan Vermeulen,
# Daniel Kiplimo, Alain Tremblay; bylines and boilerplate names are invented too.
#
# General decisions where the README is silent (each is repeated in a NOTE next to its first case):
# - NOTE (dates): the article "le" in front of a day-date is kept ("le 1er mai", "le 14 juin"), as the
#   README says determiners are kept; contracted "du" is dropped ("du 24 mars" -> "24 mars").
# - NOTE (ages): "44 ans" etc. after a name are annotated as DURATION P44Y (TimeML treats ages as durations).
# - NOTE (of): a complement that names the `of` entity is dropped from the title ("directrice generale
#   du FMI" -> title "directrice generale", of O:imf); a portfolio complement is kept ("ministre de
#   l'Economie").
# - NOTE (marks): single guillemets (< >), reversed guillemets (>> ... <<) and straight quotes are treated
#   like any other pair of marks: the quote text is what lies between them.
# - NOTE (incise): with an incise inside the marks (<< A, a dit X. B >>), the first part is given without
#   the comma that introduces the incise.
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------------------------------------- d01
A(
    id="d01",
    published="2023-04-07",
    title="Tunisie : Kaïs Saïed rejette les « diktats » du FMI",
    text="""
Publié le 07/04/2023 à 09h12, mis à jour à 11h40

TUNIS (AFP) – Le président tunisien Kaïs Saïed a rejeté jeudi les conditions du Fonds monétaire international (FMI) pour un prêt de 1,9 milliard de dollars sur quatre ans, qualifiant les réformes de « diktats venus de l'étranger ».

« Nous n'accepterons pas que la paix sociale soit sacrifiée, a lancé M. Saïed à Monastir, devant le mausolée Habib-Bourguiba. L'alternative, c'est de compter sur nous-mêmes. » Il y commémorait la mort de l'ancien président Habib Bourguiba, disparu le 6 avril 2000. Depuis son « coup de force » de juillet 2021, il gouverne par décrets.

Selon un communiqué du palais de Carthage, il a reçu dans la soirée la cheffe du gouvernement, Najla Bouden, pour examiner « les alternatives possibles ».

Le ministre de l'Économie et de la Planification, Samir Saïed – sans lien de parenté avec le président –, avait pourtant assuré la semaine dernière qu'un accord restait « la seule voie crédible » pour rassurer les bailleurs.

LE PRIX DU PAIN FLAMBE À SFAX, LES BOULANGERS EN COLÈRE

Le secrétaire général de l'Union générale tunisienne du travail (UGTT), Noureddine Taboubi, a estimé que le gouvernement devait ouvrir « un vrai dialogue » avant le 1er mai.

À Washington, la directrice générale du FMI, Kristalina Georgieva, avait indiqué en mars que l'institution restait « prête à aider » la Tunisie.

Pour l'économiste Slim Jaziri, de l'université de Sfax, le pays « n'a pas de plan B » et pourrait faire défaut sur sa dette d'ici la fin de l'année.

À Bruxelles, un porte-parole de la Commission européenne a assuré que l'Union européenne suivait la situation « avec inquiétude ». Plus de 12 000 migrants ont gagné l'Italie depuis janvier.

Partager : Facebook · X · WhatsApp
""",
    boilerplate=[
        "Publié le 07/04/2023 à 09h12, mis à jour à 11h40",
        "LE PRIX DU PAIN FLAMBE À SFAX, LES BOULANGERS EN COLÈRE",
        "Partager : Facebook · X · WhatsApp",
    ],
    quotes=[
        ("diktats venus de l'étranger", "direct", "Kaïs Saïed"),
        ("Nous n'accepterons pas que la paix sociale soit sacrifiée", "direct", "Kaïs Saïed"),
        ("L'alternative, c'est de compter sur nous-mêmes.", "direct", "Kaïs Saïed"),
        # NOTE: a presidential palace speaking through a communiqué: speaker is the palace (metonymy).
        ("il a reçu dans la soirée la cheffe du gouvernement, Najla Bouden, pour examiner « les alternatives possibles »",
         "mixed", "palais de Carthage"),
        ("un accord restait « la seule voie crédible » pour rassurer les bailleurs", "mixed", "Samir Saïed"),
        ("le gouvernement devait ouvrir « un vrai dialogue » avant le 1er mai", "mixed", "Noureddine Taboubi"),
        ("l'institution restait « prête à aider » la Tunisie", "mixed", "Kristalina Georgieva"),
        ("le pays « n'a pas de plan B » et pourrait faire défaut sur sa dette d'ici la fin de l'année",
         "mixed", "Slim Jaziri"),
        # NOTE: the spokesperson is never named and is not the Commission itself: no override.
        ("l'Union européenne suivait la situation « avec inquiétude »", "mixed",
         "un porte-parole de la Commission européenne"),
    ],
    not_quotes=["coup de force"],
    times=[
        ("jeudi", "DATE", "2023-04-06"),
        ("quatre ans", "DURATION", "P4Y"),
        # NOTE (dates): the article "le" is kept in front of a day-date.
        ("le 6 avril 2000", "DATE", "2000-04-06"),
        ("juillet 2021", "DATE", "2021-07"),
        ("la soirée", "TIME", "2023-04-06TEV"),
        ("la semaine dernière", "DATE", "2023-W13"),
        ("le 1er mai", "DATE", "2023-05-01"),
        ("mars", "DATE", "2023-03"),
        # NOTE: "la fin de l'année" has no mod in the value format: the year is given.
        ("la fin de l'année", "DATE", "2023"),
        ("janvier", "DATE", "2023-01"),
    ],
    entities=[
        ("L:tunis", "LOC", ["TUNIS"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("P:saied", "PER", ["Kaïs Saïed", "Saïed"], []),
        ("L:tunisia", "LOC", ["Tunisie"], ["tunisien"]),
        ("O:imf", "ORG", ["Fonds monétaire international", "FMI"], []),
        ("L:monastir", "LOC", ["Monastir"], []),
        ("L:bourguiba_mausoleum", "LOC", ["mausolée Habib-Bourguiba"], []),
        ("P:habib_bourguiba", "PER", ["Habib Bourguiba"], []),
        ("L:carthage_palace", "LOC", ["palais de Carthage"], []),
        ("P:najla_bouden", "PER", ["Najla Bouden"], []),
        ("P:samir_saied", "PER", ["Samir Saïed"], []),
        ("O:ugtt", "ORG", ["Union générale tunisienne du travail", "UGTT"], []),
        ("P:noureddine_taboubi", "PER", ["Noureddine Taboubi"], []),
        ("L:washington", "LOC", ["Washington"], []),
        ("P:kristalina_georgieva", "PER", ["Kristalina Georgieva"], []),
        ("P:slim_jaziri", "PER", ["Slim Jaziri"], []),
        ("O:sfax_university", "ORG", ["université de Sfax"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("O:european_commission", "ORG", ["Commission européenne"], []),
        ("O:eu", "ORG", ["Union européenne"], []),
        ("L:italy", "LOC", ["Italie"], []),
    ],
    roles=[
        ("P:saied", "président", "L:tunisia"),
        ("P:habib_bourguiba", "ancien président", "L:tunisia"),
        ("P:najla_bouden", "cheffe du gouvernement", "L:tunisia"),
        ("P:samir_saied", "ministre de l'Économie et de la Planification", "L:tunisia"),
        # NOTE (of): the complement naming the of-entity is dropped from the title.
        ("P:noureddine_taboubi", "secrétaire général", "O:ugtt"),
        ("P:kristalina_georgieva", "directrice générale", "O:imf"),
        # NOTE: an occupation followed by "de l'université de X" takes the university as `of`.
        ("P:slim_jaziri", "économiste", "O:sfax_university"),
    ],
)

# ---------------------------------------------------------------------------------------------- d02
A(
    id="d02",
    published="2024-09-09",
    title="Présidentielle en Algérie : Tebboune réélu, ses rivaux dénoncent des chiffres « contradictoires »",
    text="""
Par Karim Ouali, correspondant à Alger

ALGER – Le président algérien Abdelmadjid Tebboune a été reconduit pour un second mandat de cinq ans. L'Autorité nationale indépendante des élections (ANIE) lui a attribué dimanche 94,65 % des suffrages exprimés lors du scrutin du samedi 7 septembre.

Le président de l'ANIE, Mohamed Charfi, a évoqué une participation « moyenne » de 48 %.

Dans un communiqué commun diffusé dans la nuit de dimanche à lundi, les directions de campagne des trois candidats ont dénoncé des « contradictions » et des « chiffres imprécis ».

Le premier secrétaire du Front des forces socialistes (FFS), Youcef Aouchiche, a affirmé que son parti « ne reconnaît pas » ces résultats. Abdelaali Hassani Cherif, président du Mouvement de la société pour la paix (MSP), a parlé d'une « mascarade » et soutenu que ses observateurs avaient été écartés de plusieurs bureaux de vote à Sétif.

La Cour constitutionnelle, saisie par les deux candidats, doit proclamer les résultats définitifs d'ici samedi. Selon le code électoral, elle dispose de dix jours pour statuer.

Sur le même sujet : Algérie, une campagne sans relief | Le Hirak, cinq ans après

Le président tunisien Kais Saied a appelé son homologue dimanche soir, tandis que le roi du Maroc Mohammed VI est resté silencieux : les relations entre les deux voisins sont rompues depuis août 2021.

"Le pouvoir voulait un plébiscite, il a obtenu un malaise", résume le sociologue Amar Belkacemi, de l'université d'Alger. « En 2019, le Hirak réclamait un changement de système. Cinq ans plus tard, l'abstention reste la seule forme de contestation tolérée.

Le chef de l'État, 78 ans, a promis dans son discours de victoire un « dialogue national » avant la fin de l'année.
""",
    boilerplate=[
        "Par Karim Ouali, correspondant à Alger",
        "Sur le même sujet : Algérie, une campagne sans relief | Le Hirak, cinq ans après",
    ],
    quotes=[
        ("moyenne", "direct", "Mohamed Charfi"),
        # NOTE: nominal attribution "Dans un communiqué commun, X ont dénoncé des « … »"; the speaker is
        # a group description that denotes no single annotated entity.
        ("contradictions", "direct", "les directions de campagne des trois candidats"),
        ("chiffres imprécis", "direct", "les directions de campagne des trois candidats"),
        ("son parti « ne reconnaît pas » ces résultats", "mixed", "Youcef Aouchiche"),
        ("mascarade", "direct", "Abdelaali Hassani Cherif"),
        ("ses observateurs avaient été écartés de plusieurs bureaux de vote à Sétif", "indirect",
         "Abdelaali Hassani Cherif"),
        # NOTE: "Selon le code électoral, …" is treated like any "selon X," clause, with the law as speaker.
        ("elle dispose de dix jours pour statuer", "indirect", "le code électoral"),
        ("Le pouvoir voulait un plébiscite, il a obtenu un malaise", "direct", "Amar Belkacemi"),
        # unclosed « : runs to the end of the paragraph
        ("En 2019, le Hirak réclamait un changement de système. Cinq ans plus tard, l'abstention reste la seule forme de contestation tolérée.",
         "direct", "Amar Belkacemi"),
        ("dialogue national", "direct", "Abdelmadjid Tebboune"),
    ],
    not_quotes=[],
    times=[
        ("cinq ans", "DURATION", "P5Y"),
        ("dimanche", "DATE", "2024-09-08"),
        ("samedi 7 septembre", "DATE", "2024-09-07"),
        ("la nuit de dimanche à lundi", "TIME", "2024-09-08TNI"),
        ("samedi", "DATE", "2024-09-14"),
        ("dix jours", "DURATION", "P10D"),
        ("dimanche soir", "TIME", "2024-09-08TEV"),
        ("août 2021", "DATE", "2021-08"),
        ("2019", "DATE", "2019"),
        ("Cinq ans plus tard", "DATE", "2024"),
        # NOTE (ages): an age is annotated as a DURATION.
        ("78 ans", "DURATION", "P78Y"),
        ("la fin de l'année", "DATE", "2024"),
    ],
    entities=[
        ("L:algiers", "LOC", ["ALGER"], []),
        ("L:algeria", "LOC", [], ["algérien"]),
        ("P:tebboune", "PER", ["Abdelmadjid Tebboune"], []),
        ("O:anie", "ORG", ["Autorité nationale indépendante des élections", "ANIE"], []),
        ("P:hassani_cherif", "PER", ["Abdelaali Hassani Cherif"], []),
        ("P:aouchiche", "PER", ["Youcef Aouchiche"], []),
        ("P:mohamed_charfi", "PER", ["Mohamed Charfi"], []),
        ("O:ffs", "ORG", ["Front des forces socialistes", "FFS"], []),
        ("O:msp", "ORG", ["Mouvement de la société pour la paix", "MSP"], []),
        ("L:setif", "LOC", ["Sétif"], []),
        ("O:dz_constitutional_court", "ORG", ["Cour constitutionnelle"], []),
        ("P:saied", "PER", ["Kais Saied"], []),
        ("L:tunisia", "LOC", [], ["tunisien"]),
        ("P:mohammed_vi", "PER", ["Mohammed VI"], []),
        ("L:morocco", "LOC", ["Maroc"], []),
        ("M:hirak", "MISC", ["Hirak"], []),
        ("P:amar_belkacemi", "PER", ["Amar Belkacemi"], []),
        ("O:univ_algiers", "ORG", ["université d'Alger"], []),
    ],
    roles=[
        ("P:tebboune", "président", "L:algeria"),
        ("P:mohamed_charfi", "président", "O:anie"),
        ("P:aouchiche", "premier secrétaire", "O:ffs"),
        ("P:hassani_cherif", "président", "O:msp"),
        ("P:saied", "président", "L:tunisia"),
        ("P:mohammed_vi", "roi", "L:morocco"),
        ("P:amar_belkacemi", "sociologue", "O:univ_algiers"),
    ],
)

# ---------------------------------------------------------------------------------------------- d03
A(
    id="d03",
    published="2024-04-03",
    title="Sénégal : Bassirou Diomaye Faye investi, Ousmane Sonko nommé Premier ministre",
    text="""
VIDÉO – Revivez la cérémonie d'investiture du nouveau président

DAKAR – Le nouveau président sénégalais, Bassirou Diomaye Faye, 44 ans, a prêté serment hier matin au centre des expositions de Diamniadio. Quelques heures plus tard, il a nommé Premier ministre son mentor, Ousmane Sonko.

“Je mesure l'ampleur de la tâche, a déclaré le chef de l'État dans son discours d'investiture. Le peuple sénégalais a choisi la rupture ; je ne le décevrai pas.”

© AFP

Le président sortant Macky Sall, qui a quitté le pays dans la soirée pour Marrakech, au Maroc, a souhaité « plein succès » à son successeur, selon son entourage. Son frère Aliou Sall, maire de Guédiawaye, a assuré que la famille « respectera le verdict des urnes ».

La veille, des milliers de partisans du Pastef s'étaient rassemblés au stade Léopold-Sédar-Senghor aux cris de « Diomaye mooy Sonko », le slogan de la campagne. « C'est notre deuxième indépendance », lançait Fatou Ndiaye, une commerçante de Pikine.

Ce site utilise des cookies. Accepter | Refuser

Le nouveau chef de l'État a aussi promis de renouer avec « l'esprit de Léopold Sédar Senghor », le premier président du pays, tout en réclamant une « souveraineté » pleine et entière face à la France.

L'ancien Premier ministre Amadou Ba, arrivé deuxième au scrutin du 24 mars avec 35,8 % des voix, assistait à la cérémonie. D'après le politologue Moustapha Kane, de l'université Cheikh-Anta-Diop, le nouveau pouvoir devra « aller vite » sur l'emploi des jeunes, sous peine de décevoir d'ici deux ans.

Le gouvernement sera formé d'ici la fin de la semaine et le premier Conseil des ministres se tiendra mardi prochain, a précisé le nouveau Premier ministre devant la presse.

LE PRIX DU RIZ EN HAUSSE DE 12 % À KAOLACK
""",
    boilerplate=[
        "VIDÉO – Revivez la cérémonie d'investiture du nouveau président",
        "© AFP",
        "Ce site utilise des cookies. Accepter | Refuser",
        "LE PRIX DU RIZ EN HAUSSE DE 12 % À KAOLACK",
    ],
    quotes=[
        ("Je mesure l'ampleur de la tâche", "direct", "Bassirou Diomaye Faye"),
        ("Le peuple sénégalais a choisi la rupture ; je ne le décevrai pas.", "direct", "Bassirou Diomaye Faye"),
        # "selon son entourage" names the source of the fragment: not a separate quote.
        ("plein succès", "direct", "Macky Sall"),
        ("la famille « respectera le verdict des urnes »", "mixed", "Aliou Sall"),
        ("C'est notre deuxième indépendance", "direct", "Fatou Ndiaye"),
        # reported infinitive "a promis de renouer avec « … »": the quoted fragment is direct
        ("l'esprit de Léopold Sédar Senghor", "direct", "Bassirou Diomaye Faye"),
        ("souveraineté", "direct", "Bassirou Diomaye Faye"),
        ("le nouveau pouvoir devra « aller vite » sur l'emploi des jeunes, sous peine de décevoir d'ici deux ans",
         "mixed", "Moustapha Kane"),
        ("Le gouvernement sera formé d'ici la fin de la semaine et le premier Conseil des ministres se tiendra mardi prochain",
         "indirect", "Ousmane Sonko"),
    ],
    not_quotes=["Diomaye mooy Sonko"],
    times=[
        ("44 ans", "DURATION", "P44Y"),
        ("hier matin", "TIME", "2024-04-02TMO"),
        # NOTE: "quelques heures plus tard" is anaphoric to the swearing-in; given as the day (DATE).
        ("Quelques heures plus tard", "DATE", "2024-04-02"),
        ("la soirée", "TIME", "2024-04-02TEV"),
        ("La veille", "DATE", "2024-04-01"),
        ("24 mars", "DATE", "2024-03-24"),
        ("deux ans", "DURATION", "P2Y"),
        ("la fin de la semaine", "DATE", "2024-W14"),
        ("mardi prochain", "DATE", "2024-04-09"),
    ],
    entities=[
        ("L:dakar", "LOC", ["DAKAR"], []),
        ("L:senegal", "LOC", [], ["sénégalais"]),
        ("P:faye", "PER", ["Bassirou Diomaye Faye"], []),
        ("L:diamniadio_expo", "LOC", ["centre des expositions de Diamniadio"], []),
        ("P:sonko", "PER", ["Ousmane Sonko"], []),
        ("P:macky_sall", "PER", ["Macky Sall"], []),
        ("L:marrakech", "LOC", ["Marrakech"], []),
        ("L:morocco", "LOC", ["Maroc"], []),
        ("P:aliou_sall", "PER", ["Aliou Sall"], []),
        ("L:guediawaye", "LOC", ["Guédiawaye"], []),
        ("O:pastef", "ORG", ["Pastef"], []),
        ("L:stade_senghor", "LOC", ["stade Léopold-Sédar-Senghor"], []),
        ("P:fatou_ndiaye", "PER", ["Fatou Ndiaye"], []),
        ("L:pikine", "LOC", ["Pikine"], []),
        ("P:senghor", "PER", ["Léopold Sédar Senghor"], []),
        ("L:france", "LOC", ["France"], []),
        ("P:amadou_ba", "PER", ["Amadou Ba"], []),
        ("P:moustapha_kane", "PER", ["Moustapha Kane"], []),
        ("O:ucad", "ORG", ["université Cheikh-Anta-Diop"], []),
    ],
    roles=[
        ("P:faye", "président", "L:senegal"),
        # NOTE: a title given as the predicate of "nommer" ("il a nommé Premier ministre … X") is a role.
        ("P:sonko", "Premier ministre", "L:senegal"),
        ("P:macky_sall", "président sortant", "L:senegal"),
        ("P:aliou_sall", "maire", "L:guediawaye"),
        # NOTE: "une commerçante de Pikine": "de Pikine" is where she lives, not what the title attaches to.
        ("P:fatou_ndiaye", "commerçante", None),
        ("P:senghor", "premier président", "L:senegal"),
        ("P:amadou_ba", "ancien Premier ministre", "L:senegal"),
        ("P:moustapha_kane", "politologue", "O:ucad"),
    ],
)

# ---------------------------------------------------------------------------------------------- d04
A(
    id="d04",
    published="2025-01-28",
    title="RDC : le M23 revendique le contrôle de Goma, Kinshasa dénonce une « déclaration de guerre »",
    text="""
KINSHASA, 28 janvier (Reuters) – Les rebelles du M23, que l'ONU accuse d'être soutenus par le Rwanda, ont affirmé lundi contrôler Goma, la principale ville de l'est de la RDC, après une offensive lancée au début du mois. Ils s'étaient emparés de Sake le 23 du mois de janvier.

Le porte-parole du gouvernement congolais, Patrick Muyaya, a qualifié l'entrée des rebelles de “déclaration de guerre » et assuré que l'armée « ne cédera pas un centimètre ».

Le président Félix Tshisekedi devait s'adresser à la nation dans la soirée du mardi, janv. 28, a indiqué la présidence.

© Reuters

À Kigali, le ministère rwandais des Affaires étrangères a accusé Kinshasa d'avoir « bombardé » le territoire rwandais et affirmé que le Rwanda prendrait « toutes les mesures nécessaires » pour se protéger. Le président rwandais Paul Kagame ne s'est pas exprimé.

À New York, le secrétaire général de l'ONU, Antonio Guterres, a exhorté les forces rwandaises à « cesser leur soutien au M23 et à se retirer « du territoire congolais. La cheffe de la Monusco, Bintou Keita, a indiqué que des Casques bleus avaient été blessés près de l'aéroport.

Fils de l'ancien Premier ministre Étienne Tshisekedi, mort en 2017, le chef de l'État avait promis lors de sa réélection, en décembre 2023, de ramener la paix en « quelques mois ».

Corneille Nangaa, coordinateur de l'Alliance Fleuve Congo (AFC), a appelé les habitants à « vaquer à leurs occupations » et promis une conférence de presse « dans les 48 heures ».

Selon un bilan de l'ONU publié mardi matin, au moins 17 personnes ont été tuées depuis dimanche et plus de 400 000 habitants ont fui depuis le 1er janvier.

(Version française Claire Martin, édité par Paul Durand)
""",
    boilerplate=[
        "© Reuters",
        "(Version française Claire Martin, édité par Paul Durand)",
    ],
    quotes=[
        # mismatched marks “ … »
        ("déclaration de guerre", "direct", "Patrick Muyaya"),
        ("l'armée « ne cédera pas un centimètre »", "mixed", "Patrick Muyaya"),
        # NOTE: "la présidence" is not an annotated entity (no proper name in the text): description kept.
        ("Le président Félix Tshisekedi devait s'adresser à la nation dans la soirée du mardi, janv. 28",
         "indirect", "la présidence"),
        ("bombardé", "direct", "ministère rwandais des Affaires étrangères"),
        ("le Rwanda prendrait « toutes les mesures nécessaires » pour se protéger", "mixed",
         "ministère rwandais des Affaires étrangères"),
        # wrong-way closing mark « … «
        ("cesser leur soutien au M23 et à se retirer", "direct", "Antonio Guterres"),
        ("des Casques bleus avaient été blessés près de l'aéroport", "indirect", "Bintou Keita"),
        ("quelques mois", "direct", "Félix Tshisekedi"),
        ("vaquer à leurs occupations", "direct", "Corneille Nangaa"),
        ("dans les 48 heures", "direct", "Corneille Nangaa"),
        ("au moins 17 personnes ont été tuées depuis dimanche et plus de 400 000 habitants ont fui depuis le 1er janvier",
         "indirect", "ONU"),
    ],
    not_quotes=[],
    times=[
        ("28 janvier", "DATE", "2025-01-28"),
        ("lundi", "DATE", "2025-01-27"),
        ("début du mois", "DATE", "2025-01"),
        # machine-translation damage: day number before its month with words in between
        ("le 23 du mois de janvier", "DATE", "2025-01-23"),
        ("la soirée du mardi, janv. 28", "TIME", "2025-01-28TEV"),
        ("2017", "DATE", "2017"),
        ("décembre 2023", "DATE", "2023-12"),
        ("quelques mois", "DURATION", "PXM"),
        ("les 48 heures", "DURATION", "PT48H"),
        ("mardi matin", "TIME", "2025-01-28TMO"),
        ("dimanche", "DATE", "2025-01-26"),
        ("le 1er janvier", "DATE", "2025-01-01"),
    ],
    entities=[
        ("L:kinshasa", "LOC", ["KINSHASA", "Kinshasa"], []),
        ("O:reuters", "ORG", ["Reuters"], []),
        ("O:m23", "ORG", ["M23"], []),
        ("O:un", "ORG", ["ONU"], []),
        ("L:rwanda", "LOC", ["Rwanda"], ["rwandais", "rwandaises"]),
        ("L:goma", "LOC", ["Goma"], []),
        ("L:drc", "LOC", ["RDC"], ["congolais"]),
        ("L:sake", "LOC", ["Sake"], []),
        ("P:patrick_muyaya", "PER", ["Patrick Muyaya"], []),
        ("P:felix_tshisekedi", "PER", ["Félix Tshisekedi"], []),
        ("L:kigali", "LOC", ["Kigali"], []),
        ("O:rwanda_mfa", "ORG", ["ministère rwandais des Affaires étrangères"], []),
        ("P:kagame", "PER", ["Paul Kagame"], []),
        ("L:new_york", "LOC", ["New York"], []),
        ("P:guterres", "PER", ["Antonio Guterres"], []),
        ("O:monusco", "ORG", ["Monusco"], []),
        ("P:bintou_keita", "PER", ["Bintou Keita"], []),
        ("P:etienne_tshisekedi", "PER", ["Étienne Tshisekedi"], []),
        ("P:corneille_nangaa", "PER", ["Corneille Nangaa"], []),
        ("O:afc", "ORG", ["Alliance Fleuve Congo", "AFC"], []),
    ],
    roles=[
        ("P:patrick_muyaya", "porte-parole du gouvernement", "L:drc"),
        ("P:felix_tshisekedi", "président", "L:drc"),
        ("P:kagame", "président", "L:rwanda"),
        ("P:guterres", "secrétaire général", "O:un"),
        ("P:bintou_keita", "cheffe", "O:monusco"),
        ("P:etienne_tshisekedi", "ancien Premier ministre", "L:drc"),
        ("P:corneille_nangaa", "coordinateur", "O:afc"),
    ],
)

# ---------------------------------------------------------------------------------------------- d05
A(
    id="d05",
    published="2025-04-15",
    title="Soudan : deux ans de guerre et une conférence à Londres sans les belligérants",
    text="""
Par Claire Fontaine, à Londres

LONDRES – Le Soudan est entré ce mardi dans sa troisième année de guerre ; la conférence de Londres s'est tenue sans les belligérants. Le conflit oppose depuis le avril 15, 2023 l'armée du général Abdel Fattah al-Burhane, président du Conseil de souveraineté, aux Forces de soutien rapide (FSR) de leur chef, Mohamed Hamdan Daglo, dit « Hemedti ».

"Le monde a détourné le regard", a déploré le ministre britannique des Affaires étrangères, David Lammy.

La haute représentante de l'UE pour les affaires étrangères, Kaja Kallas, a jugé que « ni l'une ni l'autre partie ne peut gagner militairement » et réclamé un cessez-le-feu « immédiat ». Le secrétaire général des Nations unies, Guterres, a averti que l'aide humanitaire « ne peut pas attendre la paix ».

PÉROU : LA PRÉSIDENTE VISÉE PAR UNE ENQUÊTE

Les FSR ont pris la veille le camp de Zamzam, près d'El-Facher, au Darfour. Plus de 400 000 personnes ont fui le camp en trois jours, d'après l'Organisation internationale pour les migrations (OIM). Selon les agences onusiennes, 25 millions de Soudanais souffrent de faim aiguë.

Le chef des affaires humanitaires de l'ONU, Tom Fletcher, a dénoncé des violences « d'une cruauté inouïe » et affirmé que les convois attendaient « depuis des semaines » à la frontière tchadienne. Les vivres n'arrivent qu'une fois par mois depuis l'hiver dernier.

À Port-Soudan, le ministère des Affaires étrangères a dénoncé une réunion « qui met sur un pied d'égalité un État souverain et une milice ». Le texte ajoute : « Le peuple soudanais n'a pas été consulté. »

Pour Amani Osman, chercheuse à l'Institut d'études de la Corne de l'Afrique, les deux généraux « misent encore sur une victoire totale », et la famine risque de s'étendre cet été.
""",
    boilerplate=[
        "Par Claire Fontaine, à Londres",
        "PÉROU : LA PRÉSIDENTE VISÉE PAR UNE ENQUÊTE",
    ],
    quotes=[
        ("Le monde a détourné le regard", "direct", "David Lammy"),
        # whole que-clause inside the marks: mixed, marks included
        ("« ni l'une ni l'autre partie ne peut gagner militairement »", "mixed", "Kaja Kallas"),
        ("immédiat", "direct", "Kaja Kallas"),
        ("l'aide humanitaire « ne peut pas attendre la paix »", "mixed", "Guterres"),
        ("Plus de 400 000 personnes ont fui le camp en trois jours", "indirect",
         "Organisation internationale pour les migrations"),
        # NOTE: "les agences onusiennes" is a group description that denotes the UN: SPEAKER_OVERRIDES.
        ("25 millions de Soudanais souffrent de faim aiguë", "indirect", "les agences onusiennes"),
        ("d'une cruauté inouïe", "direct", "Tom Fletcher"),
        ("les convois attendaient « depuis des semaines » à la frontière tchadienne",
         "mixed", "Tom Fletcher"),
        ("qui met sur un pied d'égalité un État souverain et une milice", "direct",
         "ministère des Affaires étrangères"),
        # "Le texte ajoute :" – the ministry's communiqué, speaker is the ministry
        ("Le peuple soudanais n'a pas été consulté.", "direct", "ministère des Affaires étrangères"),
        ("les deux généraux « misent encore sur une victoire totale », et la famine risque de s'étendre cet été",
         "mixed", "Amani Osman"),
    ],
    not_quotes=["Hemedti"],
    times=[
        # NOTE: "sa troisième année de guerre" (an ordinal period counted from an event) is not annotated.
        ("ce mardi", "DATE", "2025-04-15"),
        # machine-translation damage: English order
        ("le avril 15, 2023", "DATE", "2023-04-15"),
        ("la veille", "DATE", "2025-04-14"),
        ("trois jours", "DURATION", "P3D"),
        ("des semaines", "DURATION", "PXW"),
        ("une fois par mois", "SET", "P1M"),
        # NOTE: "l'hiver dernier" in April 2025 = winter 2024-2025, written 2024-WI.
        ("l'hiver dernier", "DATE", "2024-WI"),
        ("cet été", "DATE", "2025-SU"),
    ],
    entities=[
        ("L:london", "LOC", ["LONDRES", "Londres"], []),
        ("L:sudan", "LOC", ["Soudan"], ["Soudanais", "soudanais"]),
        ("P:burhane", "PER", ["Abdel Fattah al-Burhane"], []),
        ("O:sovereignty_council", "ORG", ["Conseil de souveraineté"], []),
        ("O:rsf", "ORG", ["Forces de soutien rapide", "FSR"], []),
        ("P:hemedti", "PER", ["Mohamed Hamdan Daglo", "Hemedti"], []),
        ("P:david_lammy", "PER", ["David Lammy"], []),
        ("L:uk", "LOC", [], ["britannique"]),
        ("P:kallas", "PER", ["Kaja Kallas"], []),
        ("O:eu", "ORG", ["UE"], []),
        ("P:guterres", "PER", ["Guterres"], []),
        ("O:un", "ORG", ["Nations unies", "ONU"], []),
        ("L:zamzam", "LOC", ["Zamzam"], []),
        ("L:el_fasher", "LOC", ["El-Facher"], []),
        ("L:darfur", "LOC", ["Darfour"], []),
        ("O:iom", "ORG", ["Organisation internationale pour les migrations", "OIM"], []),
        ("P:tom_fletcher", "PER", ["Tom Fletcher"], []),
        ("L:chad", "LOC", [], ["tchadienne"]),
        ("L:port_sudan", "LOC", ["Port-Soudan"], []),
        ("O:sudan_mfa", "ORG", ["ministère des Affaires étrangères"], []),
        ("P:amani_osman", "PER", ["Amani Osman"], []),
        ("O:horn_institute", "ORG", ["Institut d'études de la Corne de l'Afrique"], []),
    ],
    roles=[
        # "général" is a rank (not a role); the function that follows is one.
        ("P:burhane", "président", "O:sovereignty_council"),
        ("P:hemedti", "chef", "O:rsf"),
        ("P:david_lammy", "ministre des Affaires étrangères", "L:uk"),
        ("P:kallas", "haute représentante pour les affaires étrangères", "O:eu"),
        ("P:guterres", "secrétaire général", "O:un"),
        ("P:tom_fletcher", "chef des affaires humanitaires", "O:un"),
        ("P:amani_osman", "chercheuse", "O:horn_institute"),
    ],
)

# ---------------------------------------------------------------------------------------------- d06
A(
    id="d06",
    published="2021-02-27",
    title="À l'ONU, l'ambassadeur de Birmanie rompt avec la junte",
    text="""
Publié le 27/02/2021 à 08h15

NEW YORK (Nations unies) – L'ambassadeur de la Birmanie auprès des Nations unies, Kyaw Moe Tun, a rompu vendredi avec la junte au pouvoir depuis le coup d'État du 1er février, appelant l'Assemblée générale à utiliser « tous les moyens nécessaires » pour y mettre fin.

« Nous appelons à la fin immédiate du coup d'État militaire », a-t-il lancé, avant de lever trois doigts, signe de ralliement des manifestants emprunté à la saga « Hunger Games ».

« Le peuple a clairement exprimé sa volonté lors des élections de novembre dernier, a poursuivi le diplomate. Nous ne reculerons pas.

« Il est temps que la communauté internationale agisse. »

VIDÉO – Le salut à trois doigts de l'ambassadeur birman à l'ONU

Le secrétaire général des Nations unies, António GUTERRES, a promis de « tout faire » pour que le putsch « échoue ». Son porte-parole, Stéphane Dujarric, a précisé que l'ONU continuait de reconnaître Kyaw Moe Tun comme représentant légitime, « jusqu'à nouvel ordre ».

L'envoyée spéciale de l'ONU pour la Birmanie, Christine Schraner Burgener, a affirmé qu'au moins quatre manifestants avaient été tués depuis le coup. Elle a ajouté qu'elle comptait se rendre dans la région « dès que possible ».

La télévision d'État MRTV a annoncé samedi matin que l'ambassadeur avait été « limogé » pour avoir « trahi le pays ». Le chef de la junte, le général Min Aung Hlaing, avait justifié le putsch, le févr. 8, par des « fraudes massives » lors du scrutin remporté par la Ligue nationale pour la démocratie (LND).

La conseillère d'État Aung San Suu Kyi, 75 ans, fille du héros de l'indépendance, le général Aung San, est assignée à résidence à Naypyidaw depuis le 1er février.

Accepter les cookies
""",
    boilerplate=[
        "Publié le 27/02/2021 à 08h15",
        "VIDÉO – Le salut à trois doigts de l'ambassadeur birman à l'ONU",
        "Accepter les cookies",
    ],
    quotes=[
        ("tous les moyens nécessaires", "direct", "Kyaw Moe Tun"),
        ("Nous appelons à la fin immédiate du coup d'État militaire", "direct", "Kyaw Moe Tun"),
        ("Le peuple a clairement exprimé sa volonté lors des élections de novembre dernier", "direct",
         "Kyaw Moe Tun"),
        # continued over a paragraph break and reopened with «
        ("Nous ne reculerons pas.\n\n« Il est temps que la communauté internationale agisse.", "direct",
         "Kyaw Moe Tun"),
        ("tout faire", "direct", "António GUTERRES"),
        ("échoue", "direct", "António GUTERRES"),
        ("l'ONU continuait de reconnaître Kyaw Moe Tun comme représentant légitime, « jusqu'à nouvel ordre »",
         "mixed", "Stéphane Dujarric"),
        ("au moins quatre manifestants avaient été tués depuis le coup", "indirect", "Christine Schraner Burgener"),
        # NOTE: "dès que possible" and "jusqu'à nouvel ordre" are not annotated as times (no anchor, no extent).
        ("elle comptait se rendre dans la région « dès que possible »", "mixed", "Christine Schraner Burgener"),
        ("l'ambassadeur avait été « limogé » pour avoir « trahi le pays »", "mixed", "MRTV"),
        ("fraudes massives", "direct", "Min Aung Hlaing"),
    ],
    not_quotes=["Hunger Games"],
    times=[
        ("vendredi", "DATE", "2021-02-26"),
        ("1er février", "DATE", "2021-02-01"),
        # inside the quote, spoken on 2021-02-26: the November 2020 election
        ("novembre dernier", "DATE", "2020-11"),
        ("samedi matin", "TIME", "2021-02-27TMO"),
        # machine-translation damage: abbreviated month with stray point, English order
        ("le févr. 8", "DATE", "2021-02-08"),
        ("75 ans", "DURATION", "P75Y"),
        ("le 1er février", "DATE", "2021-02-01"),
    ],
    entities=[
        ("L:new_york", "LOC", ["NEW YORK"], []),
        ("O:un", "ORG", ["Nations unies", "ONU"], []),
        ("L:myanmar", "LOC", ["Birmanie"], []),
        ("P:kyaw_moe_tun", "PER", ["Kyaw Moe Tun"], []),
        ("O:unga", "ORG", ["Assemblée générale"], []),
        ("M:hunger_games", "MISC", ["Hunger Games"], []),
        # ALL-CAPS surname as some agencies write it
        ("P:guterres", "PER", ["António GUTERRES"], []),
        ("P:stephane_dujarric", "PER", ["Stéphane Dujarric"], []),
        ("P:schraner_burgener", "PER", ["Christine Schraner Burgener"], []),
        ("O:mrtv", "ORG", ["MRTV"], []),
        ("P:min_aung_hlaing", "PER", ["Min Aung Hlaing"], []),
        ("O:nld", "ORG", ["Ligue nationale pour la démocratie", "LND"], []),
        ("P:aung_san_suu_kyi", "PER", ["Aung San Suu Kyi"], []),
        ("P:aung_san", "PER", ["Aung San"], []),
        ("L:naypyidaw", "LOC", ["Naypyidaw"], []),
    ],
    roles=[
        ("P:kyaw_moe_tun", "ambassadeur auprès des Nations unies", "L:myanmar"),
        ("P:guterres", "secrétaire général", "O:un"),
        # NOTE: "Son porte-parole" (the secretary-general's): `of` is the organisation, O:un.
        ("P:stephane_dujarric", "porte-parole", "O:un"),
        ("P:schraner_burgener", "envoyée spéciale pour la Birmanie", "O:un"),
        ("P:min_aung_hlaing", "chef de la junte", "L:myanmar"),
        ("P:aung_san_suu_kyi", "conseillère d'État", "L:myanmar"),
        # NOTE: "le général Aung San" / "le général Min Aung Hlaing": rank, not a role.
    ],
)

# ---------------------------------------------------------------------------------------------- d07
A(
    id="d07",
    published="2025-04-14",
    title="Argentine : Milei lève le « cepo » après un nouvel accord avec le FMI",
    text="""
BUENOS AIRES – Depuis ce lundi, les Argentins peuvent acheter des dollars librement : le gouvernement du président Javier Milei a levé l'essentiel du « cepo », le contrôle des changes instauré en 2019. Vendredi, le Fonds monétaire international (FMI) avait approuvé un prêt de 20 milliards de dollars sur quatre ans.

“C'est la fin d'une anomalie qui a détruit l'épargne des Argentins”, a déclaré dimanche soir le ministre de l'Économie, Luis Caputo. Selon lui, la Banque centrale (BCRA) dispose désormais de réserves « suffisantes » pour éviter une dévaluation brutale.

« Le peso est libre », a écrit M. Milei sur X, en saluant « un jour historique ».

Crédit photo : AFP

La directrice générale du FMI, Kristalina Georgieva, a salué « la détermination remarquable » des autorités, tout en prévenant que l'inflation, retombée à 3,7 % sur un mois en mars, restait « la priorité absolue ».

À la Casa Rosada, l'annonce a été orchestrée par la sœur du chef de l'État, Karina Milei, secrétaire générale de la présidence. Surnommée « El Jefe » par son frère, elle pilote aussi la campagne de La Libertad Avanza pour les législatives du 26 octobre.

Le gouverneur de la province de Buenos Aires, Axel Kicillof, a dénoncé un accord « signé dans le dos du Congrès » et prédit que la dette « retombera sur nos enfants ». L'ancienne présidente Cristina Fernández de Kirchner, présidente du Parti justicialiste (PJ), a réagi : « Nous avons déjà vu ce film. »

Pour l'économiste Lucía Ferreyra, du cabinet Pampa Consultores, le peso pourrait perdre 20 % de sa valeur d'ici juin, mais « le risque d'un saut inflationniste reste limité ». Dans les bureaux de change de Buenos Aires, les files d'attente étaient modestes ce matin.

Newsletter Amériques : je m'inscris
""",
    boilerplate=[
        "Crédit photo : AFP",
        "Newsletter Amériques : je m'inscris",
    ],
    quotes=[
        ("C'est la fin d'une anomalie qui a détruit l'épargne des Argentins", "direct", "Luis Caputo"),
        ("la Banque centrale (BCRA) dispose désormais de réserves « suffisantes » pour éviter une dévaluation brutale",
         "mixed", "Luis Caputo"),
        ("Le peso est libre", "direct", "Javier Milei"),
        ("un jour historique", "direct", "Javier Milei"),
        ("la détermination remarquable", "direct", "Kristalina Georgieva"),
        ("l'inflation, retombée à 3,7 % sur un mois en mars, restait « la priorité absolue »", "mixed",
         "Kristalina Georgieva"),
        ("signé dans le dos du Congrès", "direct", "Axel Kicillof"),
        ("la dette « retombera sur nos enfants »", "mixed", "Axel Kicillof"),
        ("Nous avons déjà vu ce film.", "direct", "Cristina Fernández de Kirchner"),
        ("le peso pourrait perdre 20 % de sa valeur d'ici juin, mais « le risque d'un saut inflationniste reste limité »",
         "mixed", "Lucía Ferreyra"),
    ],
    # NOTE: « cepo » is the journalist's own term for the currency controls (technical term / nickname).
    not_quotes=["cepo", "El Jefe"],
    times=[
        ("ce lundi", "DATE", "2025-04-14"),
        ("2019", "DATE", "2019"),
        ("Vendredi", "DATE", "2025-04-11"),
        ("quatre ans", "DURATION", "P4Y"),
        ("dimanche soir", "TIME", "2025-04-13TEV"),
        # NOTE: "désormais" is annotated PRESENT_REF, like "actuellement" / "maintenant" in the first set.
        ("désormais", "DATE", "PRESENT_REF"),
        ("un mois", "DURATION", "P1M"),
        ("mars", "DATE", "2025-03"),
        ("26 octobre", "DATE", "2025-10-26"),
        ("juin", "DATE", "2025-06"),
        ("ce matin", "TIME", "2025-04-14TMO"),
        # NOTE: "un jour historique" is not a time expression.
    ],
    entities=[
        ("L:buenos_aires", "LOC", ["BUENOS AIRES", "Buenos Aires"], []),
        ("L:argentina", "LOC", [], ["Argentins"]),
        ("P:javier_milei", "PER", ["Javier Milei", "Milei"], []),
        ("O:imf", "ORG", ["Fonds monétaire international", "FMI"], []),
        ("P:luis_caputo", "PER", ["Luis Caputo"], []),
        ("O:bcra", "ORG", ["Banque centrale", "BCRA"], []),
        ("O:x_social", "ORG", ["X"], []),
        ("P:kristalina_georgieva", "PER", ["Kristalina Georgieva"], []),
        ("L:casa_rosada", "LOC", ["Casa Rosada"], []),
        ("P:karina_milei", "PER", ["Karina Milei", "El Jefe"], []),
        ("O:lla", "ORG", ["La Libertad Avanza"], []),
        ("L:buenos_aires_province", "LOC", ["province de Buenos Aires"], []),
        ("P:axel_kicillof", "PER", ["Axel Kicillof"], []),
        ("O:ar_congress", "ORG", ["Congrès"], []),
        ("P:cfk", "PER", ["Cristina Fernández de Kirchner"], []),
        ("O:pj", "ORG", ["Parti justicialiste", "PJ"], []),
        ("P:lucia_ferreyra", "PER", ["Lucía Ferreyra"], []),
        ("O:pampa_consultores", "ORG", ["Pampa Consultores"], []),
    ],
    roles=[
        ("P:javier_milei", "président", "L:argentina"),
        ("P:luis_caputo", "ministre de l'Économie", "L:argentina"),
        ("P:kristalina_georgieva", "directrice générale", "O:imf"),
        # NOTE: "la présidence" is not an entity; `of` is the country the article is about.
        ("P:karina_milei", "secrétaire générale de la présidence", "L:argentina"),
        ("P:axel_kicillof", "gouverneur", "L:buenos_aires_province"),
        ("P:cfk", "ancienne présidente", "L:argentina"),
        ("P:cfk", "présidente", "O:pj"),
        ("P:lucia_ferreyra", "économiste", "O:pampa_consultores"),
    ],
)

# ---------------------------------------------------------------------------------------------- d08
A(
    id="d08",
    published="2025-03-24",
    title="Turquie : Ekrem Imamoglu écroué, le CHP maintient sa primaire",
    text="""
Publié le 24/03/2025 à 07h58

ISTANBUL (AFP) – Le maire d'Istanbul Ekrem İmamoğlu, principal rival du président Recep Tayyip Erdoğan, a été placé en détention provisoire dimanche dans le cadre d'une enquête pour « corruption », après quatre jours de garde à vue.

Le même jour, près de 15 millions de personnes ont voté pour le désigner candidat du Parti républicain du peuple (CHP) à la prochaine présidentielle, selon le parti.

"Ce n'est plus une affaire judiciaire, c'est un coup d'État contre la prochaine élection", a lancé le président du CHP, Özgür Özel, devant des milliers de manifestants rassemblés dans la soirée à Saraçhane. Il a appelé à manifester « chaque soir ».

"Nous ne nous tairons pas. La rue est à nous tant que la justice ne l'est pas.

© AFP

Le président turc Recep Tayyip Erdogan avait dénoncé vendredi une « terreur de la rue » et accusé l'opposition de vouloir « semer le chaos ». « La Türkiye ne sera pas gouvernée depuis la rue », avait-il ajouté.

Le ministre de l'Intérieur, Ali Yerlikaya, a annoncé lundi matin que 1 133 personnes avaient été interpellées depuis mercredi. « Aucune tolérance ne sera accordée à ceux qui menacent l'ordre public », a prévenu le ministre.

Le rassemblement prévu samedi au stade olympique Atatürk a été interdit par le gouvernorat d'Istanbul, a indiqué l'avocat du maire, Mehmet Pehlivan. Dans les cortèges, on brandissait des portraits de Mustafa Kemal Atatürk.

La livre turque avait plongé de 11 % face au dollar le mercredi, mars 19, avant que la Banque centrale ne relève son taux au jour le jour à 46 % le lendemain. À Bruxelles, la Commission européenne a appelé Ankara à « respecter les valeurs démocratiques ».

CHILI : INCENDIES MEURTRIERS À VALPARAÍSO
""",
    boilerplate=[
        "Publié le 24/03/2025 à 07h58",
        "© AFP",
        "CHILI : INCENDIES MEURTRIERS À VALPARAÍSO",
    ],
    quotes=[
        # NOTE: postposed "…, selon le parti": the whole clause before the comma, sentence adverbial included;
        # "le parti" is the CHP, named in the article, so its fullest name is the speaker.
        ("Le même jour, près de 15 millions de personnes ont voté pour le désigner candidat du Parti républicain du peuple (CHP) à la prochaine présidentielle",
         "indirect", "Parti républicain du peuple"),
        ("Ce n'est plus une affaire judiciaire, c'est un coup d'État contre la prochaine élection", "direct",
         "Özgür Özel"),
        ("chaque soir", "direct", "Özgür Özel"),
        # no cue: follows the previous speaker; unclosed straight quote, runs to the end of the paragraph
        ("Nous ne nous tairons pas. La rue est à nous tant que la justice ne l'est pas.", "direct", "Özgür Özel"),
        ("terreur de la rue", "direct", "Recep Tayyip Erdoğan"),
        ("semer le chaos", "direct", "Recep Tayyip Erdoğan"),
        ("La Türkiye ne sera pas gouvernée depuis la rue", "direct", "Recep Tayyip Erdoğan"),
        ("1 133 personnes avaient été interpellées depuis mercredi", "indirect", "Ali Yerlikaya"),
        ("Aucune tolérance ne sera accordée à ceux qui menacent l'ordre public", "direct", "Ali Yerlikaya"),
        ("Le rassemblement prévu samedi au stade olympique Atatürk a été interdit par le gouvernorat d'Istanbul",
         "indirect", "Mehmet Pehlivan"),
        ("respecter les valeurs démocratiques", "direct", "Commission européenne"),
    ],
    not_quotes=["corruption"],
    times=[
        ("dimanche", "DATE", "2025-03-23"),
        ("quatre jours", "DURATION", "P4D"),
        ("Le même jour", "DATE", "2025-03-23"),
        ("la soirée", "TIME", "2025-03-23TEV"),
        # NOTE: "chaque soir" -> P1D (the value format has no XXXX-XX-XXTEV).
        ("chaque soir", "SET", "P1D"),
        ("vendredi", "DATE", "2025-03-21"),
        ("lundi matin", "TIME", "2025-03-24TMO"),
        ("mercredi", "DATE", "2025-03-19"),
        # "prévu samedi": the coming Saturday
        ("samedi", "DATE", "2025-03-29"),
        # machine-translation damage: English order without year
        ("le mercredi, mars 19", "DATE", "2025-03-19"),
        ("le lendemain", "DATE", "2025-03-20"),
        # NOTE: "au jour le jour" (overnight rate) is a technical term, not a time.
    ],
    entities=[
        ("L:istanbul", "LOC", ["ISTANBUL", "Istanbul"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("P:imamoglu", "PER", ["Ekrem İmamoğlu"], []),
        ("P:erdogan", "PER", ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"], []),
        ("O:chp", "ORG", ["Parti républicain du peuple", "CHP"], []),
        ("P:ozgur_ozel", "PER", ["Özgür Özel"], []),
        ("L:sarachane", "LOC", ["Saraçhane"], []),
        ("L:turkey", "LOC", ["Türkiye"], ["turc", "turque"]),
        ("P:ali_yerlikaya", "PER", ["Ali Yerlikaya"], []),
        ("L:ataturk_stadium", "LOC", ["stade olympique Atatürk"], []),
        ("O:istanbul_governorate", "ORG", ["gouvernorat d'Istanbul"], []),
        ("P:mehmet_pehlivan", "PER", ["Mehmet Pehlivan"], []),
        ("P:ataturk", "PER", ["Mustafa Kemal Atatürk"], []),
        ("O:cbrt", "ORG", ["Banque centrale"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("O:european_commission", "ORG", ["Commission européenne"], []),
        ("L:ankara", "LOC", ["Ankara"], []),
    ],
    roles=[
        ("P:imamoglu", "maire", "L:istanbul"),
        ("P:erdogan", "président", "L:turkey"),
        ("P:ozgur_ozel", "président", "O:chp"),
        ("P:ali_yerlikaya", "ministre de l'Intérieur", "L:turkey"),
        # NOTE: "l'avocat du maire": an occupation whose complement is a person, so `of` is None.
        ("P:mehmet_pehlivan", "avocat", None),
    ],
)

# ---------------------------------------------------------------------------------------------- d09
A(
    id="d09",
    published="2025-06-26",
    title="Au sommet de l'Otan, Kaja Kallas, la « dame de fer » de Tallinn devenue chef de la diplomatie européenne",
    text="""
Par Anne Vasseur, envoyée spéciale à La Haye

LA HAYE – En marge du sommet de l'OTAN qui s'est achevé hier à La Haye, la haute représentante de l'Union européenne pour les affaires étrangères, Kaja Kallas, a de nouveau mis en garde contre toute « normalisation » avec Moscou.

„La Russie n'est pas invincible, a-t-elle déclaré devant la presse. Elle ne comprend que la force.“

Moscou, qui l'a inscrite en février 2024 sur sa liste des personnes recherchées sous le nom de « Каллас Кая Сиймовна », l'accuse de « profaner » les monuments soviétiques. Celle que la presse russe surnomme la « dame de fer » de la Baltique ne s'en émeut guère.

Fille de Siim Kallas, ancien Premier ministre estonien et ex-vice-président de la Commission européenne, elle a elle-même dirigé le gouvernement de Tallinn de 2021 à 2024.

Au sommet, c'est pourtant le président turc, Recep Tayyip ERDOGAN, qui a volé la vedette en proposant d'accueillir la prochaine réunion des dirigeants à Ankara en 2026, et en répétant que la Turquie restait « un pont » entre l'Occident et la Russie.

Le secrétaire général de l'Alliance, l'ancien Premier ministre néerlandais Mark Rutte, a salué un engagement « historique » des alliés à consacrer 5 % de leur PIB à la défense d'ici 2035. Le Premier ministre estonien Kristen Michal a indiqué que son pays y consacrerait « dès l'an prochain » 5,4 % de sa richesse nationale.

Selon Marta Põder, analyste au Centre international pour la défense et la sécurité (ICDS) de Tallinn, Kallas « parle à Bruxelles comme elle parlait en Estonie il y a trois ans, au début de l'invasion de l'Ukraine ».

Partager : Facebook · X · LinkedIn · Copier le lien
""",
    boilerplate=[
        "Par Anne Vasseur, envoyée spéciale à La Haye",
        "Partager : Facebook · X · LinkedIn · Copier le lien",
    ],
    quotes=[
        ("normalisation", "direct", "Kaja Kallas"),
        # „ “ marks, incise inside
        ("La Russie n'est pas invincible", "direct", "Kaja Kallas"),
        ("Elle ne comprend que la force.", "direct", "Kaja Kallas"),
        ("profaner", "direct", "Moscou"),
        ("la Turquie restait « un pont » entre l'Occident et la Russie", "mixed", "Recep Tayyip ERDOGAN"),
        ("historique", "direct", "Mark Rutte"),
        ("son pays y consacrerait « dès l'an prochain » 5,4 % de sa richesse nationale", "mixed", "Kristen Michal"),
        ("Kallas « parle à Bruxelles comme elle parlait en Estonie il y a trois ans, au début de l'invasion de l'Ukraine »",
         "mixed", "Marta Põder"),
    ],
    # NOTE: the name on the Russian wanted list is a not_quote (like the Cyrillic signature in the first
    # set) and still a mention of P:kallas.
    not_quotes=["Каллас Кая Сиймовна", "dame de fer"],
    times=[
        ("hier", "DATE", "2025-06-25"),
        ("février 2024", "DATE", "2024-02"),
        ("2021", "DATE", "2021"),
        ("2024", "DATE", "2024"),
        ("2026", "DATE", "2026"),
        ("2035", "DATE", "2035"),
        ("l'an prochain", "DATE", "2026"),
        ("il y a trois ans", "DATE", "2022"),
    ],
    entities=[
        ("L:the_hague", "LOC", ["LA HAYE", "La Haye"], []),
        # NOTE: "l'Alliance" (capitalised) = NATO, like "Confédération" = Switzerland in the first set.
        ("O:nato", "ORG", ["OTAN", "Alliance"], []),
        ("O:eu", "ORG", ["Union européenne"], []),
        ("P:kallas", "PER", ["Kaja Kallas", "Каллас Кая Сиймовна", "Kallas"], []),
        ("L:moscow", "LOC", ["Moscou"], []),
        ("L:russia", "LOC", ["Russie"], ["russe"]),
        ("L:baltic", "LOC", ["Baltique"], []),
        ("P:siim_kallas", "PER", ["Siim Kallas"], []),
        ("L:estonia", "LOC", ["Estonie"], ["estonien"]),
        ("O:european_commission", "ORG", ["Commission européenne"], []),
        ("L:tallinn", "LOC", ["Tallinn"], []),
        ("P:erdogan", "PER", ["Recep Tayyip ERDOGAN"], []),
        ("L:turkey", "LOC", ["Turquie"], ["turc"]),
        ("L:ankara", "LOC", ["Ankara"], []),
        ("P:mark_rutte", "PER", ["Mark Rutte"], []),
        ("L:netherlands", "LOC", [], ["néerlandais"]),
        ("P:kristen_michal", "PER", ["Kristen Michal"], []),
        ("P:marta_poder", "PER", ["Marta Põder"], []),
        ("O:icds", "ORG", ["Centre international pour la défense et la sécurité", "ICDS"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("L:ukraine", "LOC", ["Ukraine"], []),
        # NOTE: "l'Occident" is a geopolitical notion, not annotated.
    ],
    roles=[
        ("P:kallas", "haute représentante pour les affaires étrangères", "O:eu"),
        ("P:siim_kallas", "ancien Premier ministre", "L:estonia"),
        ("P:siim_kallas", "ex-vice-président", "O:european_commission"),
        ("P:erdogan", "président", "L:turkey"),
        ("P:mark_rutte", "secrétaire général", "O:nato"),
        ("P:mark_rutte", "ancien Premier ministre", "L:netherlands"),
        ("P:kristen_michal", "Premier ministre", "L:estonia"),
        ("P:marta_poder", "analyste", "O:icds"),
    ],
)

# ---------------------------------------------------------------------------------------------- d10
A(
    id="d10",
    published="2026-03-14",
    title="Rougeole : Anderlecht lance une campagne de vaccination… au stade",
    text="""
Cet article est réservé aux abonnés.

Par Sophie Lambert | Publié le 14/03/2026 à 06h00

BRUXELLES – Trente-huit cas de rougeole ont été confirmés depuis le début de l'année dans la commune d'Anderlecht, contre quatre sur l'ensemble de l'année 2025, a annoncé jeudi l'institut de santé publique Sciensano.

« Le virus circule dans plusieurs écoles primaires, où la couverture vaccinale est insuffisante », a expliqué le Dr Lucas Peeters, épidémiologiste chez Sciensano. Selon lui, la seconde dose n'atteint pas 80 % des enfants dans certains quartiers, loin des 95 % recommandés par l'Organisation mondiale de la santé (OMS).

Une antenne de vaccination gratuite ouvrira samedi prochain au Lotto Park, de 14h à 18h, avant le match contre le Club Bruges, puis chaque mercredi après-midi jusqu'à la fin avril, a indiqué la commune d'Anderlecht, associée au RSC Anderlecht.

« Le stade, c'est l'endroit où l'on croise tous les parents du quartier », sourit Sarah Lemaire, 41 ans, échevine de la Santé d'Anderlecht. Les joueurs d'Anderlecht porteront samedi un maillot floqué du slogan « Une piqûre, pas de rougeole ».

Partager : Facebook | X | WhatsApp

Le ministre fédéral de la Santé, Frank Vandenbroucke, a jugé la situation « préoccupante mais maîtrisable » et rappelé que le vaccin restait gratuit pour tous les enfants en Belgique. Il présentera mardi un plan national de rattrapage vaccinal.

Le directeur régional de l'OMS pour l'Europe, le Belge Hans Kluge, avait averti l'an dernier que l'Europe avait connu en 2024 son plus grand nombre de cas « depuis plus de vingt-cinq ans ».

Le directeur médical du club, le Dr Jan Vermeulen, a précisé que tous les joueurs étaient vaccinés.

À lire aussi : la STIB renforce ses contrôles
""",
    boilerplate=[
        "Cet article est réservé aux abonnés.",
        "Par Sophie Lambert | Publié le 14/03/2026 à 06h00",
        "Partager : Facebook | X | WhatsApp",
        "À lire aussi : la STIB renforce ses contrôles",
    ],
    quotes=[
        ("Trente-huit cas de rougeole ont été confirmés depuis le début de l'année dans la commune d'Anderlecht, contre quatre sur l'ensemble de l'année 2025",
         "indirect", "Sciensano"),
        ("Le virus circule dans plusieurs écoles primaires, où la couverture vaccinale est insuffisante", "direct",
         "Lucas Peeters"),
        ("la seconde dose n'atteint pas 80 % des enfants dans certains quartiers, loin des 95 % recommandés par l'Organisation mondiale de la santé (OMS)",
         "indirect", "Lucas Peeters"),
        # NOTE: the municipality as a body; "Anderlecht" alone would be ambiguous with the club, so the
        # speaker is written "commune d'Anderlecht" and resolved by SPEAKER_OVERRIDES.
        ("Une antenne de vaccination gratuite ouvrira samedi prochain au Lotto Park, de 14h à 18h, avant le match contre le Club Bruges, puis chaque mercredi après-midi jusqu'à la fin avril",
         "indirect", "commune d'Anderlecht"),
        ("Le stade, c'est l'endroit où l'on croise tous les parents du quartier", "direct", "Sarah Lemaire"),
        ("préoccupante mais maîtrisable", "direct", "Frank Vandenbroucke"),
        ("le vaccin restait gratuit pour tous les enfants en Belgique", "indirect", "Frank Vandenbroucke"),
        ("l'Europe avait connu en 2024 son plus grand nombre de cas « depuis plus de vingt-cinq ans »", "mixed",
         "Hans Kluge"),
        ("tous les joueurs étaient vaccinés", "indirect", "Jan Vermeulen"),
    ],
    not_quotes=["Une piqûre, pas de rougeole"],
    times=[
        ("le début de l'année", "DATE", "2026"),
        ("l'année 2025", "DATE", "2025"),
        ("jeudi", "DATE", "2026-03-12"),
        ("samedi prochain", "DATE", "2026-03-21"),
        ("14h", "TIME", "2026-03-21T14:00"),
        ("18h", "TIME", "2026-03-21T18:00"),
        # NOTE: a weekly part of day; the value format only allows XXXX-WXX-3.
        ("chaque mercredi après-midi", "SET", "XXXX-WXX-3"),
        ("la fin avril", "DATE", "2026-04"),
        ("41 ans", "DURATION", "P41Y"),
        ("samedi", "DATE", "2026-03-21"),
        ("mardi", "DATE", "2026-03-17"),
        ("l'an dernier", "DATE", "2025"),
        ("2024", "DATE", "2024"),
        ("vingt-cinq ans", "DURATION", "P25Y"),
    ],
    entities=[
        ("L:brussels", "LOC", ["BRUXELLES"], []),
        ("L:anderlecht", "LOC", ["Anderlecht"], []),
        ("O:sciensano", "ORG", ["Sciensano"], []),
        ("P:lucas_peeters", "PER", ["Lucas Peeters"], []),
        ("O:who", "ORG", ["Organisation mondiale de la santé", "OMS"], []),
        ("L:lotto_park", "LOC", ["Lotto Park"], []),
        ("O:club_brugge", "ORG", ["Club Bruges"], []),
        # "Les joueurs d'Anderlecht" = the club; "échevine de la Santé d'Anderlecht" = the commune
        ("O:rsc_anderlecht", "ORG", ["RSC Anderlecht", "Anderlecht"], []),
        ("P:sarah_lemaire", "PER", ["Sarah Lemaire"], []),
        ("P:frank_vandenbroucke", "PER", ["Frank Vandenbroucke"], []),
        ("L:belgium", "LOC", ["Belgique"], ["Belge"]),
        ("P:hans_kluge", "PER", ["Hans Kluge"], []),
        ("L:europe", "LOC", ["Europe"], []),
        ("P:jan_vermeulen", "PER", ["Jan Vermeulen"], []),
    ],
    roles=[
        # "Dr" is an honorific; the occupation is the role
        ("P:lucas_peeters", "épidémiologiste", "O:sciensano"),
        ("P:sarah_lemaire", "échevine de la Santé", "L:anderlecht"),
        ("P:frank_vandenbroucke", "ministre fédéral de la Santé", "L:belgium"),
        ("P:hans_kluge", "directeur régional pour l'Europe", "O:who"),
        ("P:jan_vermeulen", "directeur médical", "O:rsc_anderlecht"),
        # NOTE: "le Belge Hans Kluge": a demonym noun before the name is not a title.
    ],
)

# ---------------------------------------------------------------------------------------------- d11
A(
    id="d11",
    published="2024-04-22",
    title="Athlétisme : Kipyegon et Kiplimo brillent au Kip Keino Classic",
    text="""
NAIROBI (Reuters) – La Kényane Faith Kipyegon, double championne olympique du 1 500 m, a remporté samedi la course reine du Kip Keino Classic au stade Nyayo de Nairobi, en 3 min 58 s 12, son meilleur chrono d'ouverture de saison.

“Je voulais tester ma forme avant Paris, a-t-elle confié. Les Jeux, c'est dans trois mois, et chaque course compte.”

© Reuters

Chez les hommes, l'Ougandais Jacob Kiplimo s'est imposé sur 10 000 m devant le Kényan Daniel Kiplimo – aucun lien de parenté –, au terme d'un sprint serré. D'après son manager, l'Ougandais visera le marathon de Londres l'an prochain.

Le marathonien Bernard Kipyegon, sans lien avec la championne, a déclaré forfait pour les sélections olympiques kényanes, prévues le 14 juin à Eldoret, en raison d'une blessure au tendon d'Achille. « Mon corps m'a dit stop », a-t-il expliqué sur Instagram.

Dans les tribunes, Eliud Kipchoge, accompagné de son entraîneur Patrick Sang, a rendu hommage à Kipchoge Keino, 84 ans, ancien président du Comité national olympique du Kenya, qui a donné son nom au meeting. »Il nous a tout appris. Voir ce stade plein chaque année, c'est sa victoire«, a déclaré Kipchoge.

Nos articles sur le même thème : Marathon de Boston : doublé éthiopien · Dopage : un Kényan suspendu six ans · Diamond League : le calendrier complet

Le président d'Athletics Kenya, Jackson Tuwei, a assuré que la fédération renforcerait ses contrôles antidopage « dès le mois prochain ». Plus de 70 athlètes kényans sont actuellement suspendus par l'Unité d'intégrité de l'athlétisme (AIU). Le ministre des Sports, Ababu Namwamba, a promis « une tolérance zéro ».

La prochaine étape du Continental Tour se tiendra à Gaborone, au Botswana, le sam. 27 avr., avant Turku, en Finlande, le 18th juin.

Partager cet article
""",
    boilerplate=[
        "© Reuters",
        "Nos articles sur le même thème : Marathon de Boston : doublé éthiopien · Dopage : un Kényan suspendu six ans · Diamond League : le calendrier complet",
        "Partager cet article",
    ],
    quotes=[
        ("Je voulais tester ma forme avant Paris", "direct", "Faith Kipyegon"),
        ("Les Jeux, c'est dans trois mois, et chaque course compte.", "direct", "Faith Kipyegon"),
        # NOTE: the manager is never named: the description is the speaker.
        ("l'Ougandais visera le marathon de Londres l'an prochain", "indirect", "son manager"),
        ("Mon corps m'a dit stop", "direct", "Bernard Kipyegon"),
        # reversed guillemets » … «; "Kipchoge" alone = Eliud
        ("Il nous a tout appris. Voir ce stade plein chaque année, c'est sa victoire", "direct", "Eliud Kipchoge"),
        ("la fédération renforcerait ses contrôles antidopage « dès le mois prochain »", "mixed", "Jackson Tuwei"),
        ("une tolérance zéro", "direct", "Ababu Namwamba"),
    ],
    not_quotes=[],
    times=[
        ("samedi", "DATE", "2024-04-20"),
        # NOTE: race times ("3 min 58 s 12") are performances, not time expressions: not annotated.
        ("trois mois", "DURATION", "P3M"),
        ("l'an prochain", "DATE", "2025"),
        ("le 14 juin", "DATE", "2024-06-14"),
        ("84 ans", "DURATION", "P84Y"),
        ("chaque année", "SET", "P1Y"),
        # spoken on Saturday 2024-04-20
        ("le mois prochain", "DATE", "2024-05"),
        ("actuellement", "DATE", "PRESENT_REF"),
        # machine-translation damage: abbreviated weekday and month; English ordinal left in place
        ("le sam. 27 avr.", "DATE", "2024-04-27"),
        ("le 18th juin", "DATE", "2024-06-18"),
    ],
    entities=[
        ("L:nairobi", "LOC", ["NAIROBI", "Nairobi"], []),
        ("O:reuters", "ORG", ["Reuters"], []),
        ("L:kenya", "LOC", [], ["Kényane", "Kényan", "kényanes", "kényans"]),
        ("P:faith_kipyegon", "PER", ["Faith Kipyegon"], []),
        ("M:kip_keino_classic", "MISC", ["Kip Keino Classic"], []),
        ("L:nyayo_stadium", "LOC", ["stade Nyayo"], []),
        # NOTE: "avant Paris" (= the Games) gets the city id, as metonymic capitals do; "Les Jeux" is the event.
        ("L:paris", "LOC", ["Paris"], []),
        ("M:paris_2024", "MISC", ["Jeux"], []),
        ("L:uganda", "LOC", [], ["Ougandais"]),
        ("P:jacob_kiplimo", "PER", ["Jacob Kiplimo"], []),
        ("P:daniel_kiplimo", "PER", ["Daniel Kiplimo"], []),
        ("M:london_marathon", "MISC", ["marathon de Londres"], []),
        ("P:bernard_kipyegon", "PER", ["Bernard Kipyegon"], []),
        ("L:eldoret", "LOC", ["Eldoret"], []),
        ("O:instagram", "ORG", ["Instagram"], []),
        ("P:eliud_kipchoge", "PER", ["Eliud Kipchoge", "Kipchoge"], []),
        ("P:patrick_sang", "PER", ["Patrick Sang"], []),
        ("P:kip_keino", "PER", ["Kipchoge Keino"], []),
        ("O:nock", "ORG", ["Comité national olympique du Kenya"], []),
        ("O:athletics_kenya", "ORG", ["Athletics Kenya"], []),
        ("P:jackson_tuwei", "PER", ["Jackson Tuwei"], []),
        ("O:aiu", "ORG", ["Unité d'intégrité de l'athlétisme", "AIU"], []),
        ("P:ababu_namwamba", "PER", ["Ababu Namwamba"], []),
        ("M:continental_tour", "MISC", ["Continental Tour"], []),
        ("L:gaborone", "LOC", ["Gaborone"], []),
        ("L:botswana", "LOC", ["Botswana"], []),
        ("L:turku", "LOC", ["Turku"], []),
        ("L:finland", "LOC", ["Finlande"], []),
    ],
    roles=[
        # NOTE: sporting honours ("double championne olympique") are not roles.
        ("P:bernard_kipyegon", "marathonien", None),
        # NOTE: "son entraîneur" (Eliud Kipchoge's coach): the complement is a person, so `of` is None.
        ("P:patrick_sang", "entraîneur", None),
        ("P:kip_keino", "ancien président", "O:nock"),
        ("P:jackson_tuwei", "président", "O:athletics_kenya"),
        ("P:ababu_namwamba", "ministre des Sports", "L:kenya"),
    ],
)

# ---------------------------------------------------------------------------------------------- d12
A(
    id="d12",
    published="2024-06-16",
    title="Tramway de Québec : la CDPQ recommande le projet, Legault se rallie",
    text="""
Photo : Archives Le Soleil

QUÉBEC – Après des mois de volte-face, le tramway de Québec verra bien le jour. Le premier ministre du Québec, François Legault, a confirmé mardi que son gouvernement financerait le projet, au lendemain de la publication du rapport de CDPQ Infra, filiale de la Caisse de dépôt et placement du Québec.

« Le tramway va se faire. Je l'ai dit aux gens de Québec : on a entendu le message », a déclaré M. Legault lors d'une conférence de presse à 13 h 30 à l'Assemblée nationale, reconnaissant avoir « mal géré » le dossier.

Le maire de Québec, Bruno Marchand, a salué « une victoire pour les citoyens » et assuré que les grands travaux commenceraient « au printemps 2025 ». « On a perdu un an, a-t-il toutefois regretté. On ne peut plus se permettre d'en perdre un autre. »

Abonnez-vous à notre infolettre

La vice-première ministre et ministre des Transports, Geneviève Guilbault, dont le gouvernement avait lâché le projet en novembre dernier, a expliqué que la facture, estimée à 7,6 milliards de dollars, serait partagée avec Ottawa.

Le chef parlementaire de Québec solidaire, Gabriel Nadeau-Dubois, a ironisé sur ‹ la conversion tardive › du premier ministre. Selon le Parti québécois, le gouvernement « a fait perdre du temps et de l'argent » aux Québécois.

Pour le chroniqueur du Journal de Québec Alain Tremblay, la saga laissera des traces : « La CAQ a payé cher ce feuilleton dans la Capitale-Nationale. »

Le conseil municipal adoptera jeudi une résolution pour accélérer les appels d'offres, selon le cabinet du maire. Un sondage Léger publié la semaine dernière indiquait que 58 % des résidants de la ville appuyaient le projet.

À lire aussi : REM de l'Est, entente Québec-Montréal
""",
    boilerplate=[
        "Photo : Archives Le Soleil",
        "Abonnez-vous à notre infolettre",
        "À lire aussi : REM de l'Est, entente Québec-Montréal",
    ],
    quotes=[
        ("Le tramway va se faire. Je l'ai dit aux gens de Québec : on a entendu le message", "direct",
         "François Legault"),
        ("mal géré", "direct", "François Legault"),
        ("une victoire pour les citoyens", "direct", "Bruno Marchand"),
        ("les grands travaux commenceraient « au printemps 2025 »", "mixed", "Bruno Marchand"),
        ("On a perdu un an", "direct", "Bruno Marchand"),
        ("On ne peut plus se permettre d'en perdre un autre.", "direct", "Bruno Marchand"),
        ("la facture, estimée à 7,6 milliards de dollars, serait partagée avec Ottawa", "indirect",
         "Geneviève Guilbault"),
        # single guillemets ‹ ›
        ("la conversion tardive", "direct", "Gabriel Nadeau-Dubois"),
        ("le gouvernement « a fait perdre du temps et de l'argent » aux Québécois", "mixed", "Parti québécois"),
        ("la saga laissera des traces", "indirect", "Alain Tremblay"),
        # after a colon, same speaker
        ("La CAQ a payé cher ce feuilleton dans la Capitale-Nationale.", "direct", "Alain Tremblay"),
        # NOTE: "le cabinet du maire" is the mayor's office, not the mayor: description, no override.
        ("Le conseil municipal adoptera jeudi une résolution pour accélérer les appels d'offres", "indirect",
         "le cabinet du maire"),
        # NOTE: a poll "indiquait que …" is reported content; the poll denotes the polling firm (override).
        ("58 % des résidants de la ville appuyaient le projet", "indirect", "un sondage Léger"),
    ],
    not_quotes=[],
    times=[
        ("des mois", "DURATION", "PXM"),
        ("mardi", "DATE", "2024-06-11"),
        # "au lendemain de la publication" (Monday 10 June)
        ("lendemain", "DATE", "2024-06-11"),
        ("13 h 30", "TIME", "2024-06-11T13:30"),
        ("printemps 2025", "DATE", "2025-SP"),
        ("un an", "DURATION", "P1Y"),
        ("novembre dernier", "DATE", "2023-11"),
        ("jeudi", "DATE", "2024-06-20"),
        ("la semaine dernière", "DATE", "2024-W23"),
    ],
    entities=[
        # "Québec" alone is the city ("maire de Québec", "gens de Québec") or the province
        # ("premier ministre du Québec"): two places, one name.
        ("L:quebec_city", "LOC", ["QUÉBEC", "Québec"], []),
        ("L:quebec_province", "LOC", ["Québec"], ["Québécois"]),
        ("M:quebec_tramway", "MISC", ["tramway de Québec"], []),
        ("P:legault", "PER", ["François Legault", "Legault"], []),
        ("O:cdpq_infra", "ORG", ["CDPQ Infra"], []),
        ("O:cdpq", "ORG", ["Caisse de dépôt et placement du Québec"], []),
        ("O:assnat", "ORG", ["Assemblée nationale"], []),
        ("P:bruno_marchand", "PER", ["Bruno Marchand"], []),
        ("P:genevieve_guilbault", "PER", ["Geneviève Guilbault"], []),
        ("L:ottawa", "LOC", ["Ottawa"], []),
        ("P:gnd", "PER", ["Gabriel Nadeau-Dubois"], []),
        ("O:qs", "ORG", ["Québec solidaire"], []),
        ("O:pq", "ORG", ["Parti québécois"], []),
        ("P:alain_tremblay", "PER", ["Alain Tremblay"], []),
        ("O:journal_de_quebec", "ORG", ["Journal de Québec"], []),
        ("O:caq", "ORG", ["CAQ"], []),
        ("L:capitale_nationale", "LOC", ["Capitale-Nationale"], []),
        ("O:leger", "ORG", ["Léger"], []),
    ],
    roles=[
        ("P:legault", "premier ministre", "L:quebec_province"),
        ("P:bruno_marchand", "maire", "L:quebec_city"),
        ("P:genevieve_guilbault", "vice-première ministre", "L:quebec_province"),
        ("P:genevieve_guilbault", "ministre des Transports", "L:quebec_province"),
        ("P:gnd", "chef parlementaire", "O:qs"),
        ("P:alain_tremblay", "chroniqueur", "O:journal_de_quebec"),
    ],
)


SPEAKER_OVERRIDES = {
    ("d05", "les agences onusiennes"): "O:un",
    ("d10", "commune d'Anderlecht"): "L:anderlecht",
    ("d12", "un sondage Léger"): "O:leger",
}

# ------------------------------------------------------------------------------------------------
# Hard negatives (must NOT be linked)
#  1. d01  P:saied (Kaïs Saïed, "M. Saïed") != P:samir_saied (economy minister): same surname, same
#          country, unrelated ("sans lien de parenté").
#  2. d01  P:habib_bourguiba != L:bourguiba_mausoleum ("mausolée Habib-Bourguiba"): person vs place.
#  3. d03  P:macky_sall != P:aliou_sall: brothers.
#  4. d03  P:senghor != L:stade_senghor ("stade Léopold-Sédar-Senghor"): person vs stadium.
#  5. d04  P:felix_tshisekedi != P:etienne_tshisekedi: son and father.
#  6. d06  P:aung_san_suu_kyi != P:aung_san: daughter and father; the father's name is a prefix of hers.
#  7. d07  P:javier_milei ("Milei", "M. Milei") != P:karina_milei: brother and sister.
#  8. d07  L:buenos_aires (the city, "Buenos Aires") != L:buenos_aires_province: two places, one name.
#  9. d08  P:ataturk != L:ataturk_stadium ("stade olympique Atatürk"): person vs stadium.
# 10. d09  P:kallas (Kaja; bare "Kallas" = Kaja) != P:siim_kallas: daughter and father.
# 11. d10  L:anderlecht (the commune) != O:rsc_anderlecht (the club): bare "Anderlecht" is used for both.
# 12. d11  P:faith_kipyegon != P:bernard_kipyegon: same surname, same country (Kenya), unrelated.
# 13. d11  P:jacob_kiplimo (Uganda) != P:daniel_kiplimo (Kenya): same surname, different countries.
# 14. d11  P:eliud_kipchoge ("Kipchoge") != P:kip_keino ("Kipchoge Keino"): one's surname is the
#          other's given name.
# 15. d11  P:kip_keino != M:kip_keino_classic: person vs the meeting named after him.
# 16. d12  L:quebec_city != L:quebec_province: two places, bare "Québec" used for both.
# 17. d12  O:journal_de_quebec != L:quebec_city: newspaper named after the city.
# 18. d07/d08  O:bcra (Argentina) != O:cbrt (Turkey): both are "Banque centrale" in the text (cross-article).
# 19. d04/d05  O:rwanda_mfa != O:sudan_mfa: two foreign ministries ("ministère … des Affaires étrangères").
