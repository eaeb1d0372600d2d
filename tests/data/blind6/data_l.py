# Blind test articles l01-l12 (written and annotated by hand by an independent annotator).
#
# Real public figures appear, but the events are partly invented and EVERY QUOTE IS INVENTED.
#
# Invented people: Francesca Lauro (l01), Montserrat Vidal (l02), Joaquim Barros Leitão and his
#   daughter Inês Barros Leitão (l03), Martine Dujardin, Joost van Dalen (l04), Tomasz Wrona,
#   Marta Zielińska (l05), Ioana Mureșan (l06), Zsófia Kertész (l07), Ayesha Qureshi (l08),
#   Gebremeskel Tadesse, Henok Ayele (l09), Samira El Fassi, Youssef Benkirane (l10),
#   Sophie Verhaegen (l11), Claire Vandamme, Anne-Laure Wattez, Rudy Lemaire (l12).
# Invented bodies: Institut d'études danubiennes (l07), banque Indus Capital (l08),
#   collectif Voix de Kaboul (l11), Flandre Hydrogène (l12).
#
# Conventions applied to roles (judgement calls, see also the NOTEs per article):
# - When the complement of a title names the `of` entity itself ("président de la région Campanie",
#   "secrétaire général de l'Otan"), the title is given without that complement ("président",
#   "secrétaire général"). When the complement is a portfolio ("ministre de la Défense"), it stays.
# - Demonyms are dropped from titles; "ancien/ancienne", "adjoint", "par intérim" are kept.
# - Titles in the plural ("les procureurs adjoints X et Y") are given in the singular form that fits
#   each person.
#
# Cross-document clusters with differing surface forms (same gold id):
#   P:georgieva (l08 "Kristalina Gueorguieva" / l10 "Kristalina Georgieva")
#   P:viktor_orban (l05 "Viktor Orban" / l07 "Viktor Orbán", "Orbán")
#   P:tusk (l05 "TUSK", "Donald Tusk" / l07 "Donald Tusk", "Tusk")
#   P:rutte (l04 "Mark Rutte", "Rutte" / l05 "RUTTE", "Mark Rutte")
#   P:kaja_kallas (l05 "Kaja Kallas" / l06 "Kaja Kallas", "Kallas")
#   P:akhundzada (l08 "Haibatullah Akhundzada", "Akhoundzada" / l11 "Hibatullah Akhundzada", "Akhundzada")
#   P:sanchez (l02 "Pedro Sánchez", "Sánchez" / l03 "Pedro Sanchez")
#   P:muttaqi (l08 "Amir Khan Muttaqi" / l11 "Amir Khan Mottaki")
#   O:imf (l08 "FMI" / l10 "Fonds monétaire international", "FMI")
#   O:nato (l04 "Otan" / l05 "OTAN", "Alliance atlantique")
#   O:icc (l08 "Cour pénale internationale" / l11 "Cour pénale internationale", "CPI", "Cour")
#   L:kabul (l08 "Kaboul" / l11 "Kabul")
#   O:eu (l05 "Union européenne" / l06 "UE" / l07 "UE")
#
# HARD NEGATIVES (must NOT be linked):
#  1. Relatives: P:kaja_kallas != P:siim_kallas, daughter and father, both former Estonian prime
#     ministers (l05; "Kallas" alone in l06 = Kaja).
#  2. Relatives: P:shehbaz_sharif != P:nawaz_sharif, brothers (l08).
#  3. Relatives: P:joaquim_barros_leitao != P:ines_barros_leitao, father and daughter (l03).
#  4. Same surname, different countries: P:viktor_orban (Hungary, l05 "Viktor Orban", l07)
#     != P:ludovic_orban (Romania, l06).
#  5. Same surname, different countries: P:karim_khan (UK, "Khan" alone in l11) != P:nazhat_shameem_khan
#     (Fiji, l11) != P:imran_khan (Pakistan, l08); "Khan" is also inside P:muttaqi's name (l08, l11).
#  6. Same surname, same country, unrelated: P:abdelilah_benkirane != P:youssef_benkirane (l10).
#  7. Person vs country: P:luis_montenegro ("Montenegro", l03) != L:montenegro (the country,
#     written "Montenegro" without accent, l07).
#  8. Person vs stadium: P:pierre_mauroy != L:stade_pierre_mauroy (l12).
#  9. Person vs stadium: P:daniel_arap_moi != L:moi_stadium ("Moi International Sports Centre", l09).
# 10. City vs club: L:porto != O:fc_porto (l03; "Porto" alone = the city, the club is "FC Porto" / "Dragons").
# 11. City vs club: L:lille != O:losc ("Lille" alone is used for both in l12); L:brest is not
#     annotated, "Brest" in l12 = O:stade_brestois.
# 12. Region vs same-named country: L:luxembourg_province ("province de Luxembourg", Belgium)
#     != L:luxembourg (the Grand Duchy, "Luxembourg" alone) (l04).
# 13. Person vs demonym: P:peter_magyar ("Péter Magyar") != the demonym "magyare" of L:hungary (l07).
# 14. Person vs person (first name = surname): P:xavier_bertrand ("Bertrand" alone) != P:bertrand_gaume (l12).
# 15. Metonymic capital vs organisation: L:brussels ("Bruxelles", l04 l05 l06 l07) is the city id, not O:eu.

ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- l01  (wire dispatch, Italy)
# NOTE: « illégitimes » is a fragment of the ruling, attributed to the Court -> direct.
# NOTE: "autonomie différenciée" is the name of the reform in the journalist's voice -> not_quote.
# NOTE: "la soirée" = the evening of the ruling (jeudi), not of "le lendemain".
# NOTE: Meloni's title "présidente du Conseil" -> of L:italy, implied (Italy annotated via "italienne").
A(id="l01", published="2024-11-16",
  title="Italie : la Cour constitutionnelle retoque la réforme de l'autonomie des régions",
  text="""
ROME – La Cour constitutionnelle italienne a jugé jeudi « illégitimes » sept dispositions de la loi sur l'« autonomie différenciée », la réforme qui permet aux régions de réclamer de nouvelles compétences, un revers pour la présidente du Conseil Giorgia Meloni et ses alliés de la Ligue.

Le président de la Cour constitutionnelle Augusto Barbera a expliqué que l'arrêt ne supprimait pas la loi mais en fixait « les limites », et que le Parlement devrait revoir le texte.

Le ministre des Affaires régionales Roberto Calderoli, père de la réforme, s'est dit « serein ». « Nous corrigerons ce qu'il faut corriger, la réforme continue «, a-t-il déclaré le lendemain devant la presse.

LIRE AUSSI – MIGRANTS : LES CENTRES ITALIENS EN ALBANIE DE NOUVEAU VIDES

Le président de la région Campanie, Vincenzo De Luca, qui avait saisi la Cour avec la Toscane et la Sardaigne, a salué « une victoire de l'unité nationale ». À l'inverse, le gouverneur de Vénétie Luca Zaia a estimé que les juges avaient « freiné, pas enterré » l'autonomie.

Selon le ministre de l'Économie Giancarlo Giorgetti, le coût de la mesure reste « soutenable » pour les comptes publics. La secrétaire du Parti démocrate, Elly Schlein, a rappelé que l'opposition avait déposé le sept. 12 plus de 500 000 signatures pour un référendum abrogatif.

Pour Francesca Lauro, constitutionnaliste à l'université de Bologne, l'arrêt « renvoie la balle au Parlement », qui devra réécrire les critères de financement d'ici l'été prochain.

Le maire de Naples, Gaetano Manfredi, ancien ministre de l'Université, a réclamé un « fonds de péréquation » pour le Sud, tandis que l'entourage de Mme Meloni assurait dans la soirée que la majorité « respectera la décision des juges ».

TÉLÉCHARGEZ NOTRE APPLICATION ET ACTIVEZ LES ALERTES
""",
  boilerplate=["LIRE AUSSI – MIGRANTS : LES CENTRES ITALIENS EN ALBANIE DE NOUVEAU VIDES",
               "TÉLÉCHARGEZ NOTRE APPLICATION ET ACTIVEZ LES ALERTES"],
  quotes=[
      ("illégitimes", "direct", "Cour constitutionnelle"),
      ("l'arrêt ne supprimait pas la loi mais en fixait « les limites », et que le Parlement devrait revoir le texte", "mixed", "Augusto Barbera"),
      ("serein", "direct", "Roberto Calderoli"),
      ("Nous corrigerons ce qu'il faut corriger, la réforme continue", "direct", "Roberto Calderoli"),
      ("une victoire de l'unité nationale", "direct", "Vincenzo De Luca"),
      ("les juges avaient « freiné, pas enterré » l'autonomie", "mixed", "Luca Zaia"),
      ("le coût de la mesure reste « soutenable » pour les comptes publics", "mixed", "Giancarlo Giorgetti"),
      ("l'opposition avait déposé le sept. 12 plus de 500 000 signatures pour un référendum abrogatif", "indirect", "Elly Schlein"),
      ("l'arrêt « renvoie la balle au Parlement », qui devra réécrire les critères de financement d'ici l'été prochain", "mixed", "Francesca Lauro"),
      ("fonds de péréquation", "direct", "Gaetano Manfredi"),
      ("la majorité « respectera la décision des juges »", "mixed", "l'entourage de Mme Meloni"),
  ],
  not_quotes=["autonomie différenciée"],
  times=[
      ("jeudi", "DATE", "2024-11-14"),
      ("le lendemain", "DATE", "2024-11-15"),
      ("le sept. 12", "DATE", "2024-09-12"),
      ("l'été prochain", "DATE", "2025-SU"),
      ("la soirée", "TIME", "2024-11-14TEV"),
  ],
  entities=[
      ("L:rome", "LOC", ["ROME"], []),
      ("O:italy_constitutional_court", "ORG", ["Cour constitutionnelle", "Cour"], []),
      ("L:italy", "LOC", [], ["italienne"]),
      ("P:meloni", "PER", ["Giorgia Meloni", "Meloni"], []),
      ("O:lega", "ORG", ["Ligue"], []),
      ("P:barbera", "PER", ["Augusto Barbera"], []),
      ("O:italy_parliament", "ORG", ["Parlement"], []),
      ("P:calderoli", "PER", ["Roberto Calderoli"], []),
      ("L:campania", "LOC", ["Campanie"], []),
      ("P:de_luca", "PER", ["Vincenzo De Luca"], []),
      ("L:tuscany", "LOC", ["Toscane"], []),
      ("L:sardinia", "LOC", ["Sardaigne"], []),
      ("L:veneto", "LOC", ["Vénétie"], []),
      ("P:zaia", "PER", ["Luca Zaia"], []),
      ("P:giorgetti", "PER", ["Giancarlo Giorgetti"], []),
      ("O:pd_italy", "ORG", ["Parti démocrate"], []),
      ("P:schlein", "PER", ["Elly Schlein"], []),
      ("P:francesca_lauro", "PER", ["Francesca Lauro"], []),
      ("O:university_bologna", "ORG", ["université de Bologne"], []),
      ("P:manfredi", "PER", ["Gaetano Manfredi"], []),
      ("L:naples", "LOC", ["Naples"], []),
  ],
  roles=[
      ("P:meloni", "présidente du Conseil", "L:italy"),
      ("P:barbera", "président", "O:italy_constitutional_court"),
      ("P:calderoli", "ministre des Affaires régionales", "L:italy"),
      ("P:de_luca", "président", "L:campania"),
      ("P:zaia", "gouverneur", "L:veneto"),
      ("P:giorgetti", "ministre de l'Économie", "L:italy"),
      ("P:schlein", "secrétaire", "O:pd_italy"),
      ("P:francesca_lauro", "constitutionnaliste", "O:university_bologna"),
      ("P:manfredi", "maire", "L:naples"),
      ("P:manfredi", "ancien ministre de l'Université", "L:italy"),
  ])


# ---------------------------------------------------------------- l02  (court report, Spain/Catalonia)
# NOTE: the direct quote of Boye runs over a paragraph break and is reopened with «.
# NOTE: "l'avocat de M. Puigdemont, Gonzalo Boye": `of` = P:puigdemont (the client); a person
#   rather than an organisation, soft.
# NOTE: Llarena's "juge" -> of the Tribunal suprême, implied by "au Tribunal suprême" just before.
# NOTE: "Parlement" in Boye's quote = the Spanish Cortes (O:cortes).
A(id="l02", published="2025-07-03",
  title="Amnistie : le juge Llarena maintient le mandat d'arrêt contre Puigdemont",
  text="""
MADRID – Audience tendue, mercredi, au Tribunal suprême. Le juge Pablo Llarena a refusé d'appliquer la loi d'amnistie au détournement de fonds reproché à l'ancien président de la Generalitat Carles Puigdemont, qui reste visé par un mandat d'arrêt en Espagne.

L'avocat de M. Puigdemont, Gonzalo Boye, a dénoncé une « rébellion judiciaire » contre le Tribunal constitutionnel, qui avait validé le texte Le juin. 26. « Le juge se place au-dessus de la Constitution et au-dessus du Parlement.

« Nous irons devant la justice européenne s'il le faut », a-t-il lancé à la sortie de la salle.

Le président du Tribunal constitutionnel, Cándido Conde-Pumpido, avait pourtant rappelé que l'amnistie était « une décision politique légitime du législateur ». Selon le procureur général de l'État, Álvaro García Ortiz, l'ordonnance du juge « contredit la lettre de la loi ».

Lire aussi | Incendies : la Catalogne placée en alerte maximale

À Barcelone, le président de la Generalitat, Salvador Illa, a appelé au « calme institutionnel », tandis que Miriam Nogueras, porte-parole de Junts au Congrès, a jugé que « l'Espagne n'a jamais tourné la page de 2017 ».

Le ministre de la Justice Félix Bolaños a déclaré que le gouvernement « respecte toutes les décisions » mais qu'il attendait l'avis de la Cour de justice de l'Union européenne, prévu après l'été. Le chef du gouvernement espagnol Pedro Sánchez, dont la majorité dépend des sept députés de Junts, n'a pas réagi.

Pour Montserrat Vidal, professeure de droit pénal à l'université Pompeu Fabra, le bras de fer « peut durer des années ». Carles Puigdemont, installé à Waterloo depuis près de huit ans, a écrit que « la justice espagnole n'a pas fini de faire honte à l'Europe », ajoutant que M. Sánchez « le savait ».
""",
  boilerplate=["Lire aussi | Incendies : la Catalogne placée en alerte maximale"],
  quotes=[
      ("rébellion judiciaire", "direct", "Gonzalo Boye"),
      ("Le juge se place au-dessus de la Constitution et au-dessus du Parlement.\n\n« Nous irons devant la justice européenne s'il le faut", "direct", "Gonzalo Boye"),
      ("l'amnistie était « une décision politique légitime du législateur »", "mixed", "Cándido Conde-Pumpido"),
      ("l'ordonnance du juge « contredit la lettre de la loi »", "mixed", "Álvaro García Ortiz"),
      ("calme institutionnel", "direct", "Salvador Illa"),
      ("« l'Espagne n'a jamais tourné la page de 2017 »", "mixed", "Miriam Nogueras"),
      ("le gouvernement « respecte toutes les décisions » mais qu'il attendait l'avis de la Cour de justice de l'Union européenne, prévu après l'été", "mixed", "Félix Bolaños"),
      ("le bras de fer « peut durer des années »", "mixed", "Montserrat Vidal"),
      ("« la justice espagnole n'a pas fini de faire honte à l'Europe »", "mixed", "Carles Puigdemont"),
      ("M. Sánchez « le savait »", "mixed", "Carles Puigdemont"),
  ],
  not_quotes=[],
  times=[
      ("mercredi", "DATE", "2025-07-02"),
      ("Le juin. 26", "DATE", "2025-06-26"),
      ("2017", "DATE", "2017"),
      ("l'été", "DATE", "2025-SU"),
      ("des années", "DURATION", "PXY"),
      ("huit ans", "DURATION", "P8Y"),
  ],
  entities=[
      ("L:madrid", "LOC", ["MADRID"], []),
      ("O:spain_supreme_court", "ORG", ["Tribunal suprême"], []),
      ("P:llarena", "PER", ["Pablo Llarena"], []),
      ("O:generalitat", "ORG", ["Generalitat"], []),
      ("P:puigdemont", "PER", ["Carles Puigdemont", "Puigdemont"], []),
      ("L:spain", "LOC", ["Espagne"], ["espagnol", "espagnole"]),
      ("P:boye", "PER", ["Gonzalo Boye"], []),
      ("O:spain_constitutional_court", "ORG", ["Tribunal constitutionnel"], []),
      ("O:cortes", "ORG", ["Parlement"], []),
      ("P:conde_pumpido", "PER", ["Cándido Conde-Pumpido"], []),
      ("P:garcia_ortiz", "PER", ["Álvaro García Ortiz"], []),
      ("L:barcelona", "LOC", ["Barcelone"], []),
      ("P:illa", "PER", ["Salvador Illa"], []),
      ("P:nogueras", "PER", ["Miriam Nogueras"], []),
      ("O:junts", "ORG", ["Junts"], []),
      ("O:spain_congress", "ORG", ["Congrès"], []),
      ("P:bolanos", "PER", ["Félix Bolaños"], []),
      ("O:cjeu", "ORG", ["Cour de justice de l'Union européenne"], []),
      ("P:sanchez", "PER", ["Pedro Sánchez", "Sánchez"], []),
      ("P:montserrat_vidal", "PER", ["Montserrat Vidal"], []),
      ("O:upf", "ORG", ["université Pompeu Fabra"], []),
      ("L:waterloo", "LOC", ["Waterloo"], []),
      ("L:europe", "LOC", ["Europe"], []),
  ],
  roles=[
      ("P:llarena", "juge", "O:spain_supreme_court"),
      ("P:puigdemont", "ancien président", "O:generalitat"),
      ("P:boye", "avocat", "P:puigdemont"),
      ("P:conde_pumpido", "président", "O:spain_constitutional_court"),
      ("P:garcia_ortiz", "procureur général de l'État", "L:spain"),
      ("P:illa", "président", "O:generalitat"),
      ("P:nogueras", "porte-parole", "O:junts"),
      ("P:bolanos", "ministre de la Justice", "L:spain"),
      ("P:sanchez", "chef du gouvernement", "L:spain"),
      ("P:montserrat_vidal", "professeure de droit pénal", "O:upf"),
  ])


# ---------------------------------------------------------------- l03  (obituary, Portugal)
# NOTE: unclosed quote of Inês Barros Leitão runs to the end of its paragraph; its final period is kept.
# NOTE: "Porto" alone is always the city here; the club is "FC Porto" / "Dragons" (hard negative 10).
# NOTE: "cathédrale de Porto" is a facility (L:porto_cathedral); "Porto" inside it is not listed again
#   for that reason, but "Porto" also occurs alone ("mort mercredi à Porto").
# NOTE: "les années 1980" -> decade value 198.
A(id="l03", published="2025-12-05",
  title="Joaquim Barros Leitão, l'homme de l'eau entre Lisbonne et Madrid, est mort",
  text="""
NÉCROLOGIE – Joaquim Barros Leitão, ancien ministre portugais de l'Agriculture et négociateur de la convention d'Albufeira sur les fleuves partagés avec l'Espagne, est mort mercredi à Porto. Né le mars 3, 1938 à Braga, cet ancien vice-président du FC Porto avait aidé le club dans les années 1980.

« C'était un homme de ponts, pas de murs », a salué le président de la République, Marcelo Rebelo de Sousa, dans un message publié jeudi soir. Le Premier ministre Luís Montenegro a décrété un deuil national samedi, jour des obsèques en la cathédrale de Porto. Membre fondateur du PSD, le parti de M. Montenegro, le défunt avait quitté la politique en 1999.

Depuis Madrid, le chef du gouvernement espagnol Pedro Sanchez a rendu hommage à « un ami de l'Espagne » qui avait « appris aux deux pays à partager la même eau ».

LIRE AUSSI – Lisbonne : la grève des transports perturbe les fêtes

Élu président du FC Porto en avril 2024, André Villas-Boas a rappelé que le défunt avait « sauvé le club de la faillite » en 1982. L'entraîneur des Dragons, Francesco Farioli, a fait observer un moment de recueillement à l'entraînement le lendemain.

Sa fille, Inês Barros Leitão, députée au Parlement européen, a confié à la radio TSF : « Il est parti sans bruit, comme il a vécu, entre ses livres et ses vignes du Douro.

Le maire de Porto, Pedro Duarte, a annoncé qu'une rue du quartier de la Ribeira porterait son nom, selon l'agence Lusa. Le secrétaire général du Parti socialiste, José Luís Carneiro, a salué « un adversaire loyal, qui ne mentait jamais ».

ACTIVEZ LES NOTIFICATIONS POUR NE RIEN MANQUER DE L'ACTUALITÉ
""",
  boilerplate=["LIRE AUSSI – Lisbonne : la grève des transports perturbe les fêtes",
               "ACTIVEZ LES NOTIFICATIONS POUR NE RIEN MANQUER DE L'ACTUALITÉ"],
  quotes=[
      ("C'était un homme de ponts, pas de murs", "direct", "Marcelo Rebelo de Sousa"),
      ("un ami de l'Espagne", "direct", "Pedro Sanchez"),
      ("appris aux deux pays à partager la même eau", "direct", "Pedro Sanchez"),
      ("le défunt avait « sauvé le club de la faillite » en 1982", "mixed", "André Villas-Boas"),
      ("Il est parti sans bruit, comme il a vécu, entre ses livres et ses vignes du Douro.", "direct", "Inês Barros Leitão"),
      ("une rue du quartier de la Ribeira porterait son nom", "indirect", "Pedro Duarte"),
      ("un adversaire loyal, qui ne mentait jamais", "direct", "José Luís Carneiro"),
  ],
  not_quotes=[],
  times=[
      ("mercredi", "DATE", "2025-12-03"),
      ("le mars 3, 1938", "DATE", "1938-03-03"),
      ("les années 1980", "DATE", "198"),
      ("jeudi soir", "TIME", "2025-12-04TEV"),
      ("samedi", "DATE", "2025-12-06"),
      ("1999", "DATE", "1999"),
      ("avril 2024", "DATE", "2024-04"),
      ("1982", "DATE", "1982"),
      ("le lendemain", "DATE", "2025-12-04"),
  ],
  entities=[
      ("P:joaquim_barros_leitao", "PER", ["Joaquim Barros Leitão"], []),
      ("L:portugal", "LOC", [], ["portugais"]),
      ("M:albufeira_convention", "MISC", ["convention d'Albufeira"], []),
      ("L:spain", "LOC", ["Espagne"], ["espagnol"]),
      ("L:porto", "LOC", ["Porto"], []),
      ("L:braga", "LOC", ["Braga"], []),
      ("O:fc_porto", "ORG", ["FC Porto", "Dragons"], []),
      ("P:rebelo_de_sousa", "PER", ["Marcelo Rebelo de Sousa"], []),
      ("P:luis_montenegro", "PER", ["Luís Montenegro", "Montenegro"], []),
      ("L:porto_cathedral", "LOC", ["cathédrale de Porto"], []),
      ("O:psd_portugal", "ORG", ["PSD"], []),
      ("L:madrid", "LOC", ["Madrid"], []),
      ("P:sanchez", "PER", ["Pedro Sanchez"], []),
      ("P:villas_boas", "PER", ["André Villas-Boas"], []),
      ("P:farioli", "PER", ["Francesco Farioli"], []),
      ("P:ines_barros_leitao", "PER", ["Inês Barros Leitão"], []),
      ("O:european_parliament", "ORG", ["Parlement européen"], []),
      ("O:tsf", "ORG", ["TSF"], []),
      ("L:douro", "LOC", ["Douro"], []),
      ("P:pedro_duarte", "PER", ["Pedro Duarte"], []),
      ("L:ribeira", "LOC", ["Ribeira"], []),
      ("O:lusa", "ORG", ["Lusa"], []),
      ("O:ps_portugal", "ORG", ["Parti socialiste"], []),
      ("P:carneiro", "PER", ["José Luís Carneiro"], []),
  ],
  roles=[
      ("P:joaquim_barros_leitao", "ancien ministre de l'Agriculture", "L:portugal"),
      ("P:joaquim_barros_leitao", "ancien vice-président", "O:fc_porto"),
      ("P:rebelo_de_sousa", "président de la République", "L:portugal"),
      ("P:luis_montenegro", "Premier ministre", "L:portugal"),
      ("P:sanchez", "chef du gouvernement", "L:spain"),
      ("P:villas_boas", "président", "O:fc_porto"),
      ("P:farioli", "entraîneur", "O:fc_porto"),
      ("P:ines_barros_leitao", "députée", "O:european_parliament"),
      ("P:pedro_duarte", "maire", "L:porto"),
      ("P:carneiro", "secrétaire général", "O:ps_portugal"),
  ])


# ---------------------------------------------------------------- l04  (press review, Belgium/Netherlands)
# NOTE: "Au lendemain de la prestation de serment" -> `lendemain`, the day after the oath (2025-02-03).
# NOTE: newspapers are speakers (Le Soir, De Standaard). "Le quotidien rappelle que …" is resolved to
#   De Standaard, the fullest name.
# NOTE: « Arizona » (nickname of the coalition) sits inside De Standaard's reported clause -> the
#   clause is mixed, and "Arizona" is not a not_quote.
# NOTE: "pour qui « … »" (Rutte) is treated like "pour X," -> mixed, the whole clause in marks.
# NOTE: "Son chroniqueur Joost van Dalen": "son" = the NRC, so of = O:nrc.
# NOTE: "province de Luxembourg" (Belgian province) vs "au Luxembourg" (the country) -> hard negative 12.
A(id="l04", published="2025-02-04",
  title="Revue de presse : De Wever à la tête de la Belgique, les Pays-Bas regardent de près",
  text="""
REVUE DE PRESSE – Au lendemain de la prestation de serment du nouveau Premier ministre belge Bart De Wever, ancien bourgmestre d'Anvers, devant le roi Philippe, la presse du Benelux oscille entre soulagement et scepticisme.

« Un nationaliste flamand au 16, rue de la Loi : qui l'aurait cru ? », s'amuse Le Soir, dont l'éditorialiste Martine Dujardin estime que M. De Wever devra « rassurer les francophones » sans tarder.

L'Avenir, très lu dans la province de Luxembourg, relaie l'inquiétude du gouverneur Olivier Schmitz pour les 50 000 frontaliers qui partent chaque jour travailler au Luxembourg.

Côté flamand, De Standaard juge que le gouvernement « Arizona » devra d'abord « trouver 23 milliards ». Le quotidien rappelle que Theo Francken, nommé ministre de la Défense, veut porter l'effort militaire à 2 % du PIB dès cette année et que le nouveau ministre des Affaires étrangères, Maxime Prévot, se rendra la semaine prochaine à Kiev.

Lire aussi : Anvers, le port face à la cocaïne

Aux Pays-Bas, De Telegraaf s'intéresse surtout à l'effet De Wever sur la coalition du Premier ministre néerlandais Dick Schoof. Le chef du PVV, Geert Wilders, y affirme que « la Belgique montre qu'un nationaliste peut gouverner ».

Plus sobre, le NRC cite le secrétaire général de l'Otan Mark Rutte, ancien Premier ministre néerlandais, pour qui « Bruxelles et La Haye ont le même agenda : la défense ». Son chroniqueur Joost van Dalen y voit « un couple improbable, mais utile », tout en doutant que Rutte « ait encore l'oreille » de Wilders.

INSCRIVEZ-VOUS À NOTRE NEWSLETTER EUROPE
""",
  boilerplate=["Lire aussi : Anvers, le port face à la cocaïne",
               "INSCRIVEZ-VOUS À NOTRE NEWSLETTER EUROPE"],
  quotes=[
      ("Un nationaliste flamand au 16, rue de la Loi : qui l'aurait cru ?", "direct", "Le Soir"),
      ("M. De Wever devra « rassurer les francophones » sans tarder", "mixed", "Martine Dujardin"),
      ("le gouvernement « Arizona » devra d'abord « trouver 23 milliards »", "mixed", "De Standaard"),
      ("Theo Francken, nommé ministre de la Défense, veut porter l'effort militaire à 2 % du PIB dès cette année et que le nouveau ministre des Affaires étrangères, Maxime Prévot, se rendra la semaine prochaine à Kiev", "indirect", "De Standaard"),
      ("« la Belgique montre qu'un nationaliste peut gouverner »", "mixed", "Geert Wilders"),
      ("« Bruxelles et La Haye ont le même agenda : la défense »", "mixed", "Mark Rutte"),
      ("un couple improbable, mais utile", "direct", "Joost van Dalen"),
      ("Rutte « ait encore l'oreille » de Wilders", "mixed", "Joost van Dalen"),
  ],
  not_quotes=[],
  times=[
      ("lendemain", "DATE", "2025-02-04"),
      ("chaque jour", "SET", "P1D"),
      ("cette année", "DATE", "2025"),
      ("la semaine prochaine", "DATE", "2025-W07"),
  ],
  entities=[
      ("L:belgium", "LOC", ["Belgique"], ["belge"]),
      ("P:de_wever", "PER", ["Bart De Wever", "De Wever"], []),
      ("L:antwerp", "LOC", ["Anvers"], []),
      ("P:king_philippe", "PER", ["Philippe"], []),
      ("L:benelux", "LOC", ["Benelux"], []),
      ("L:rue_de_la_loi", "LOC", ["rue de la Loi"], []),
      ("O:le_soir", "ORG", ["Le Soir"], []),
      ("P:martine_dujardin", "PER", ["Martine Dujardin"], []),
      ("O:lavenir", "ORG", ["L'Avenir"], []),
      ("L:luxembourg_province", "LOC", ["province de Luxembourg"], []),
      ("P:olivier_schmitz", "PER", ["Olivier Schmitz"], []),
      ("L:luxembourg", "LOC", ["Luxembourg"], []),
      ("O:de_standaard", "ORG", ["De Standaard"], []),
      ("P:francken", "PER", ["Theo Francken"], []),
      ("P:prevot", "PER", ["Maxime Prévot"], []),
      ("L:kyiv", "LOC", ["Kiev"], []),
      ("L:netherlands", "LOC", ["Pays-Bas"], ["néerlandais"]),
      ("O:telegraaf", "ORG", ["De Telegraaf"], []),
      ("P:schoof", "PER", ["Dick Schoof"], []),
      ("O:pvv", "ORG", ["PVV"], []),
      ("P:wilders", "PER", ["Geert Wilders", "Wilders"], []),
      ("O:nrc", "ORG", ["NRC"], []),
      ("O:nato", "ORG", ["Otan"], []),
      ("P:rutte", "PER", ["Mark Rutte", "Rutte"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("L:the_hague", "LOC", ["La Haye"], []),
      ("P:joost_van_dalen", "PER", ["Joost van Dalen"], []),
  ],
  roles=[
      ("P:de_wever", "Premier ministre", "L:belgium"),
      ("P:de_wever", "ancien bourgmestre", "L:antwerp"),
      ("P:king_philippe", "roi", "L:belgium"),
      ("P:martine_dujardin", "éditorialiste", "O:le_soir"),
      ("P:olivier_schmitz", "gouverneur", "L:luxembourg_province"),
      ("P:francken", "ministre de la Défense", "L:belgium"),
      ("P:prevot", "ministre des Affaires étrangères", "L:belgium"),
      ("P:schoof", "Premier ministre", "L:netherlands"),
      ("P:wilders", "chef", "O:pvv"),
      ("P:rutte", "secrétaire général", "O:nato"),
      ("P:rutte", "ancien Premier ministre", "L:netherlands"),
      ("P:joost_van_dalen", "chroniqueur", "O:nrc"),
  ])


# ---------------------------------------------------------------- l05  (live blog, Poland/Baltics)
# NOTE: timestamps are TIME values on the publication day (the night of 9-10 September 2025).
# NOTE: "TUSK" and "RUTTE" at the head of live entries are body text (not pasted headlines) -> mentions.
# NOTE: "Viktor Orban" without accent = P:viktor_orban (hard negative 4 with Ludovic Orban, l06).
# NOTE: Siim Kallas, father of Kaja Kallas, also a former Estonian prime minister (hard negative 1).
# NOTE: "selon l'agence MTI" is a source attribution, not a separate quote.
A(id="l05", published="2025-09-10",
  title="EN DIRECT – Drones russes abattus au-dessus de la Pologne : Varsovie invoque l'article 4",
  text="""
06h40 – Des drones ont violé l'espace aérien polonais et plusieurs ont été abattus, a indiqué le Commandement opérationnel des forces armées. Son porte-parole, Tomasz Wrona, évoque « plus d'une dizaine » d'appareils.

08h15 – TUSK : « C'est la première fois que des drones sont abattus au-dessus du territoire d'un pays membre de l'OTAN », a déclaré le Premier ministre polonais Donald Tusk devant la Diète. Il précise que la Pologne a demandé l'activation de l'article 4 du traité.

09h30 – Le ministre polonais de la Défense Władysław Kosiniak-Kamysz affirme que l'armée était « prête » et que des débris ont été retrouvés près de Lublin. Le président Karol Nawrocki convoque le Conseil de sécurité nationale.

10h05 – RUTTE dénonce une action « totalement irresponsable ». Le secrétaire général de l'Alliance atlantique, Mark Rutte, réunit les ambassadeurs à Bruxelles.

SUIVEZ NOTRE DIRECT SUR L'APPLICATION

11h20 – Le président lituanien Gitanas Nausėda réclame un « mur antidrones » le long du flanc est.

12h00 – La cheffe de la diplomatie de l'Union européenne, Kaja Kallas, ancienne Première ministre estonienne, évoque « la violation la plus grave » de l'espace aérien européen depuis 2022. À Tallinn, son père Siim Kallas, lui aussi ancien Premier ministre, estime sur la radio ERR que « Moscou teste nos nerfs ».

13h10 – Le Premier ministre hongrois Viktor Orban a jugé la réaction polonaise « exagérée », selon l'agence MTI.

13h45 – Pour Marta Zielińska, analyste au Centre d'études orientales (OSW), la Russie « cherche la faille » de l'Alliance.
""",
  boilerplate=["SUIVEZ NOTRE DIRECT SUR L'APPLICATION"],
  quotes=[
      ("Des drones ont violé l'espace aérien polonais et plusieurs ont été abattus", "indirect", "le Commandement opérationnel des forces armées"),
      ("plus d'une dizaine", "direct", "Tomasz Wrona"),
      ("C'est la première fois que des drones sont abattus au-dessus du territoire d'un pays membre de l'OTAN", "direct", "Donald Tusk"),
      ("la Pologne a demandé l'activation de l'article 4 du traité", "indirect", "Donald Tusk"),
      ("l'armée était « prête » et que des débris ont été retrouvés près de Lublin", "mixed", "Władysław Kosiniak-Kamysz"),
      ("totalement irresponsable", "direct", "Mark Rutte"),
      ("mur antidrones", "direct", "Gitanas Nausėda"),
      ("la violation la plus grave", "direct", "Kaja Kallas"),
      ("« Moscou teste nos nerfs »", "mixed", "Siim Kallas"),
      ("exagérée", "direct", "Viktor Orban"),
      ("la Russie « cherche la faille » de l'Alliance", "mixed", "Marta Zielińska"),
  ],
  not_quotes=[],
  times=[
      ("06h40", "TIME", "2025-09-10T06:40"),
      ("08h15", "TIME", "2025-09-10T08:15"),
      ("09h30", "TIME", "2025-09-10T09:30"),
      ("10h05", "TIME", "2025-09-10T10:05"),
      ("11h20", "TIME", "2025-09-10T11:20"),
      ("12h00", "TIME", "2025-09-10T12:00"),
      ("2022", "DATE", "2022"),
      ("13h10", "TIME", "2025-09-10T13:10"),
      ("13h45", "TIME", "2025-09-10T13:45"),
  ],
  entities=[
      ("L:poland", "LOC", ["Pologne"], ["polonais", "polonaise"]),
      ("O:polish_operational_command", "ORG", ["Commandement opérationnel des forces armées"], []),
      ("P:tomasz_wrona", "PER", ["Tomasz Wrona"], []),
      ("P:tusk", "PER", ["TUSK", "Donald Tusk"], []),
      ("O:nato", "ORG", ["OTAN", "Alliance atlantique", "Alliance"], []),
      ("O:sejm", "ORG", ["Diète"], []),
      ("P:kosiniak_kamysz", "PER", ["Władysław Kosiniak-Kamysz"], []),
      ("L:lublin", "LOC", ["Lublin"], []),
      ("P:nawrocki", "PER", ["Karol Nawrocki"], []),
      ("O:poland_national_security_council", "ORG", ["Conseil de sécurité nationale"], []),
      ("P:rutte", "PER", ["RUTTE", "Mark Rutte"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("L:lithuania", "LOC", [], ["lituanien"]),
      ("P:nauseda", "PER", ["Gitanas Nausėda"], []),
      ("O:eu", "ORG", ["Union européenne"], []),
      ("P:kaja_kallas", "PER", ["Kaja Kallas"], []),
      ("L:estonia", "LOC", [], ["estonienne"]),
      ("L:tallinn", "LOC", ["Tallinn"], []),
      ("P:siim_kallas", "PER", ["Siim Kallas"], []),
      ("O:err", "ORG", ["ERR"], []),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("L:hungary", "LOC", [], ["hongrois"]),
      ("P:viktor_orban", "PER", ["Viktor Orban"], []),
      ("O:mti", "ORG", ["MTI"], []),
      ("P:marta_zielinska", "PER", ["Marta Zielińska"], []),
      ("O:osw", "ORG", ["Centre d'études orientales", "OSW"], []),
      ("L:russia", "LOC", ["Russie"], []),
  ],
  roles=[
      ("P:tomasz_wrona", "porte-parole", "O:polish_operational_command"),
      ("P:tusk", "Premier ministre", "L:poland"),
      ("P:kosiniak_kamysz", "ministre de la Défense", "L:poland"),
      ("P:nawrocki", "président", "L:poland"),
      ("P:rutte", "secrétaire général", "O:nato"),
      ("P:nauseda", "président", "L:lithuania"),
      ("P:kaja_kallas", "cheffe de la diplomatie", "O:eu"),
      ("P:kaja_kallas", "ancienne Première ministre", "L:estonia"),
      ("P:siim_kallas", "ancien Premier ministre", "L:estonia"),
      ("P:viktor_orban", "Premier ministre", "L:hungary"),
      ("P:marta_zielinska", "analyste", "O:osw"),
  ])


# ---------------------------------------------------------------- l06  (portrait, Romania/Moldova)
# NOTE: "Il y a dix ans" -> 2015 (whole expression kept).
# NOTE: "Nicușor Dan, maire de Bucarest, a été élu président de la Roumanie" -> two roles.
# NOTE: "Cour constitutionnelle" here is Romania's (O:romania_constitutional_court), not Italy's (l01).
# NOTE: "Kallas" alone = Kaja Kallas (P:kaja_kallas, cross-doc with l05).
# NOTE: "le mai. 26" damaged date for the inauguration (2025-05-26).
A(id="l06", published="2025-05-20",
  title="Portrait – Nicușor Dan, le mathématicien qui a battu l'extrême droite",
  text="""
PORTRAIT – Il y a dix ans, Nicușor Dan arpentait encore les tribunaux pour sauver de vieux immeubles de la démolition. Dimanche, Nicușor Dan, maire de Bucarest, a été élu président de la Roumanie avec près de 54 % des voix, face au chef de l'AUR George Simion.

« Il n'aime ni les micros ni les meetings, mais il ne lâche jamais un dossier », raconte Ioana Mureșan, sociologue à l'université Babeș-Bolyai. Né en 1969 à Făgăraș, ce mathématicien formé à l'École normale supérieure a bâti sa carrière politique sur la lutte contre les promoteurs.

Le scrutin de décembre 2024, annulé par la Cour constitutionnelle après des soupçons d'ingérence russe en faveur de Călin Georgescu, avait plongé le pays dans la crise. Le président par intérim Ilie Bolojan a salué lundi « une élection propre ».

LIRE AUSSI – BUCAREST : LA BOURSE S'ENVOLE APRÈS LE SCRUTIN

À Chișinău, la présidente moldave Maia Sandu a félicité « un ami de la Moldavie européenne », tandis que le Premier ministre moldave Dorin Recean a indiqué que les deux pays signeraient le mois prochain un accord sur l'énergie.

À Bruxelles, Kaja Kallas, cheffe de la diplomatie de l'UE, a estimé que les Roumains avaient « choisi l'Europe ». L'ancien Premier ministre roumain Ludovic Orban, qui s'était retiré de la course pour le soutenir, promet un président « qui ne criera pas ».

Son investiture est prévue le mai. 26. Selon son entourage, il se rendra d'abord à Chișinău, puis à Paris. Mme Kallas a prévenu que la Russie « ne renoncera pas » à peser sur la région.

NEWSLETTER – Recevez chaque matin l'essentiel de l'actualité internationale
""",
  boilerplate=["LIRE AUSSI – BUCAREST : LA BOURSE S'ENVOLE APRÈS LE SCRUTIN",
               "NEWSLETTER – Recevez chaque matin l'essentiel de l'actualité internationale"],
  quotes=[
      ("Il n'aime ni les micros ni les meetings, mais il ne lâche jamais un dossier", "direct", "Ioana Mureșan"),
      ("une élection propre", "direct", "Ilie Bolojan"),
      ("un ami de la Moldavie européenne", "direct", "Maia Sandu"),
      ("les deux pays signeraient le mois prochain un accord sur l'énergie", "indirect", "Dorin Recean"),
      ("les Roumains avaient « choisi l'Europe »", "mixed", "Kaja Kallas"),
      ("qui ne criera pas", "direct", "Ludovic Orban"),
      ("il se rendra d'abord à Chișinău, puis à Paris", "indirect", "son entourage"),
      ("la Russie « ne renoncera pas » à peser sur la région", "mixed", "Kaja Kallas"),
  ],
  not_quotes=[],
  times=[
      ("Il y a dix ans", "DATE", "2015"),
      ("Dimanche", "DATE", "2025-05-18"),
      ("1969", "DATE", "1969"),
      ("décembre 2024", "DATE", "2024-12"),
      ("lundi", "DATE", "2025-05-19"),
      ("le mois prochain", "DATE", "2025-06"),
      ("le mai. 26", "DATE", "2025-05-26"),
  ],
  entities=[
      ("P:nicusor_dan", "PER", ["Nicușor Dan"], []),
      ("L:bucharest", "LOC", ["Bucarest"], []),
      ("L:romania", "LOC", ["Roumanie"], ["Roumains", "roumain"]),
      ("O:aur", "ORG", ["AUR"], []),
      ("P:simion", "PER", ["George Simion"], []),
      ("P:ioana_muresan", "PER", ["Ioana Mureșan"], []),
      ("O:ubb", "ORG", ["université Babeș-Bolyai"], []),
      ("L:fagaras", "LOC", ["Făgăraș"], []),
      ("O:ens", "ORG", ["École normale supérieure"], []),
      ("O:romania_constitutional_court", "ORG", ["Cour constitutionnelle"], []),
      ("L:russia", "LOC", ["Russie"], ["russe"]),
      ("P:georgescu", "PER", ["Călin Georgescu"], []),
      ("P:bolojan", "PER", ["Ilie Bolojan"], []),
      ("L:chisinau", "LOC", ["Chișinău"], []),
      ("L:moldova", "LOC", ["Moldavie"], ["moldave"]),
      ("P:maia_sandu", "PER", ["Maia Sandu"], []),
      ("P:recean", "PER", ["Dorin Recean"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("P:kaja_kallas", "PER", ["Kaja Kallas", "Kallas"], []),
      ("O:eu", "ORG", ["UE"], []),
      ("L:europe", "LOC", ["Europe"], []),
      ("P:ludovic_orban", "PER", ["Ludovic Orban"], []),
      ("L:paris", "LOC", ["Paris"], []),
  ],
  roles=[
      ("P:nicusor_dan", "maire", "L:bucharest"),
      ("P:nicusor_dan", "président", "L:romania"),
      ("P:simion", "chef", "O:aur"),
      ("P:ioana_muresan", "sociologue", "O:ubb"),
      ("P:bolojan", "président par intérim", "L:romania"),
      ("P:maia_sandu", "présidente", "L:moldova"),
      ("P:recean", "Premier ministre", "L:moldova"),
      ("P:kaja_kallas", "cheffe de la diplomatie", "O:eu"),
      ("P:ludovic_orban", "ancien Premier ministre", "L:romania"),
  ])


# ---------------------------------------------------------------- l07  (Q&A interview, Hungary/Serbia)
# NOTE: the interviewee's answers carry no quotation marks, so they are not annotated as quotes;
#   only marked fragments and reported clauses inside them are.
# NOTE: "la minorité magyare" -> demonym of L:hungary; not P:peter_magyar (hard negative 13).
# NOTE: "Montenegro" (no accent, machine translation) = the country, L:montenegro; not
#   P:luis_montenegro of l03 (hard negative 7).
# NOTE: "Péter Magyar, ancien diplomate" -> occupation with no employer, of = null.
# NOTE: Vučević is "Premier ministre" at the time of his resignation (le janv. 28).
A(id="l07", published="2025-04-20",
  title="« Orbán et Vučić jouent la même partition » : entretien avec la politologue Zsófia Kertész",
  text="""
ENTRETIEN – Alors que les étudiants serbes manifestent depuis cinq mois et que le parti Tisza devance le Fidesz dans les sondages, la politologue Zsófia Kertész, de l'Institut d'études danubiennes, à Szeged, compare les deux régimes.

Question : Le Premier ministre hongrois Viktor Orbán et le président serbe Aleksandar Vučić se ressemblent-ils ?

Réponse : Ils partagent une méthode : contrôler les médias, puis gagner les élections. Orbán appelle Vučić « mon ami » depuis des années, et la minorité magyare de Voïvodine vote massivement pour lui. Quand le Premier ministre Miloš Vučević, ancien maire de Novi Sad, a démissionné le janv. 28, Belgrade a simplement changé de visage.

Question : Le nouveau Premier ministre serbe Đuro Macut peut-il calmer la rue ?

Réponse : Cet endocrinologue sans parti, investi mercredi par le Parlement, n'a aucune autonomie. La présidente du Parlement, Ana Brnabić, a d'ailleurs déclaré que le gouvernement « appliquera le programme du président ».

FOOTBALL : LE PARTIZAN LIMOGE SON ENTRAÎNEUR APRÈS LE DERBY

Question : Et en Hongrie ?

Réponse : Pour la première fois, Orbán a peur. Péter Magyar, ancien diplomate et chef de Tisza, remplit les places de province. Le président Tamás Sulyok devra fixer la date du scrutin, attendu au printemps 2026.

Question : L'Europe peut-elle peser ?

Réponse : Regardez la Pologne : le Premier ministre polonais Donald Tusk a montré qu'on pouvait démonter un système. Mais Bruxelles hésite, et le Montenegro voisin, candidat à l'UE, observe Belgrade avec inquiétude. Tusk l'a dit : « L'Europe n'est pas un guichet ».

RETROUVEZ TOUS NOS ENTRETIENS DANS LA NEWSLETTER DU DIMANCHE
""",
  boilerplate=["FOOTBALL : LE PARTIZAN LIMOGE SON ENTRAÎNEUR APRÈS LE DERBY",
               "RETROUVEZ TOUS NOS ENTRETIENS DANS LA NEWSLETTER DU DIMANCHE"],
  quotes=[
      ("mon ami", "direct", "Viktor Orbán"),
      ("le gouvernement « appliquera le programme du président »", "mixed", "Ana Brnabić"),
      ("L'Europe n'est pas un guichet", "direct", "Donald Tusk"),
  ],
  not_quotes=[],
  times=[
      ("cinq mois", "DURATION", "P5M"),
      ("des années", "DURATION", "PXY"),
      ("le janv. 28", "DATE", "2025-01-28"),
      ("mercredi", "DATE", "2025-04-16"),
      ("printemps 2026", "DATE", "2026-SP"),
  ],
  entities=[
      ("L:serbia", "LOC", [], ["serbes", "serbe"]),
      ("O:tisza", "ORG", ["Tisza"], []),
      ("O:fidesz", "ORG", ["Fidesz"], []),
      ("P:zsofia_kertesz", "PER", ["Zsófia Kertész"], []),
      ("O:institut_etudes_danubiennes", "ORG", ["Institut d'études danubiennes"], []),
      ("L:szeged", "LOC", ["Szeged"], []),
      ("L:hungary", "LOC", ["Hongrie"], ["hongrois", "magyare"]),
      ("P:viktor_orban", "PER", ["Viktor Orbán", "Orbán"], []),
      ("P:vucic", "PER", ["Aleksandar Vučić", "Vučić"], []),
      ("L:vojvodina", "LOC", ["Voïvodine"], []),
      ("P:vucevic", "PER", ["Miloš Vučević"], []),
      ("L:novi_sad", "LOC", ["Novi Sad"], []),
      ("L:belgrade", "LOC", ["Belgrade"], []),
      ("P:macut", "PER", ["Đuro Macut"], []),
      ("O:serbia_parliament", "ORG", ["Parlement"], []),
      ("P:brnabic", "PER", ["Ana Brnabić"], []),
      ("P:peter_magyar", "PER", ["Péter Magyar"], []),
      ("P:sulyok", "PER", ["Tamás Sulyok"], []),
      ("L:europe", "LOC", ["Europe"], []),
      ("L:poland", "LOC", ["Pologne"], ["polonais"]),
      ("P:tusk", "PER", ["Donald Tusk", "Tusk"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("L:montenegro", "LOC", ["Montenegro"], []),
      ("O:eu", "ORG", ["UE"], []),
  ],
  roles=[
      ("P:zsofia_kertesz", "politologue", "O:institut_etudes_danubiennes"),
      ("P:viktor_orban", "Premier ministre", "L:hungary"),
      ("P:vucic", "président", "L:serbia"),
      ("P:vucevic", "Premier ministre", "L:serbia"),
      ("P:vucevic", "ancien maire", "L:novi_sad"),
      ("P:macut", "Premier ministre", "L:serbia"),
      ("P:brnabic", "présidente", "O:serbia_parliament"),
      ("P:peter_magyar", "ancien diplomate", None),
      ("P:peter_magyar", "chef", "O:tisza"),
      ("P:sulyok", "président", "L:hungary"),
      ("P:tusk", "Premier ministre", "L:poland"),
  ])


# ---------------------------------------------------------------- l08  (live blog, Pakistan/Afghanistan)
# NOTE: "le mollah Mohammad Yaqoob": "mollah" is a religious honorific, left out of the mention.
# NOTE: O:taliban is mentioned as "talibans" (lower case, the usual French spelling); the adjective
#   "talibane" is listed as its demonym-like form and gives `of` for Muttaqi.
# NOTE: "Akhoundzada" (French transliteration) and "Haibatullah Akhundzada" = P:akhundzada (cross-doc l11).
# NOTE: "Amir Khan Muttaqi" contains "Khan" but is not P:imran_khan (hard negative 5).
# NOTE: the Qatari minister's sentence is a postposed reporting clause with a marked word -> mixed.
# NOTE: "selon son parti, le PTI" is a source attribution of Imran Khan's fragment.
A(id="l08", published="2025-10-19",
  title="EN DIRECT – Pakistan-Afghanistan : les négociations de Doha aboutissent à un cessez-le-feu",
  text="""
07h05 – Les délégations pakistanaise et afghane ont repris samedi soir leurs discussions à Doha, sous l'égide du Qatar et de la Turquie. Le ministre pakistanais de la Défense Khawaja Asif conduit la délégation d'Islamabad, face au ministre de la Défense par intérim des talibans, le mollah Mohammad Yaqoob.

08h30 – « Nous ne tolérerons plus aucune attaque venue du sol afghan », a déclaré le Premier ministre Shehbaz Sharif depuis Lahore, où il s'est entretenu avec son frère aîné Nawaz Sharif, ancien Premier ministre.

09h45 – Zabihullah Mujahid, porte-parole des talibans, assure que Kaboul « ne permet à personne d'utiliser son territoire » contre ses voisins. Selon lui, le chef suprême Haibatullah Akhundzada a personnellement validé le mandat de la délégation. Akhoundzada est visé depuis juillet par un mandat d'arrêt de la Cour pénale internationale.

ACTIVEZ LES ALERTES POUR SUIVRE NOTRE DIRECT

11h10 – Le chef de la diplomatie talibane Amir Khan Muttaqi, de retour d'Inde, a qualifié les pourparlers de « sérieux et respectueux ».

12h30 – Les deux parties ont accepté un cessez-le-feu « immédiat » et une nouvelle réunion le 25 octobre à Istanbul, a annoncé le ministre d'État qatari Mohammed Al-Khulaifi.

13h15 – Depuis sa prison, l'ancien Premier ministre Imran Khan dénonce une « trêve de façade », selon son parti, le PTI.

14h00 – La Bourse de Karachi bondit de 3 %. Pour Ayesha Qureshi, économiste à la banque Indus Capital, la trêve « rassure le FMI », dont la directrice générale Kristalina Gueorguieva doit valider le mois prochain une tranche de 1,2 milliard de dollars.
""",
  boilerplate=["ACTIVEZ LES ALERTES POUR SUIVRE NOTRE DIRECT"],
  quotes=[
      ("Nous ne tolérerons plus aucune attaque venue du sol afghan", "direct", "Shehbaz Sharif"),
      ("Kaboul « ne permet à personne d'utiliser son territoire » contre ses voisins", "mixed", "Zabihullah Mujahid"),
      ("le chef suprême Haibatullah Akhundzada a personnellement validé le mandat de la délégation", "indirect", "Zabihullah Mujahid"),
      ("sérieux et respectueux", "direct", "Amir Khan Muttaqi"),
      ("Les deux parties ont accepté un cessez-le-feu « immédiat » et une nouvelle réunion le 25 octobre à Istanbul", "mixed", "Mohammed Al-Khulaifi"),
      ("trêve de façade", "direct", "Imran Khan"),
      ("la trêve « rassure le FMI », dont la directrice générale Kristalina Gueorguieva doit valider le mois prochain une tranche de 1,2 milliard de dollars", "mixed", "Ayesha Qureshi"),
  ],
  not_quotes=[],
  times=[
      ("07h05", "TIME", "2025-10-19T07:05"),
      ("samedi soir", "TIME", "2025-10-18TEV"),
      ("08h30", "TIME", "2025-10-19T08:30"),
      ("09h45", "TIME", "2025-10-19T09:45"),
      ("juillet", "DATE", "2025-07"),
      ("11h10", "TIME", "2025-10-19T11:10"),
      ("12h30", "TIME", "2025-10-19T12:30"),
      ("le 25 octobre", "DATE", "2025-10-25"),
      ("13h15", "TIME", "2025-10-19T13:15"),
      ("14h00", "TIME", "2025-10-19T14:00"),
      ("le mois prochain", "DATE", "2025-11"),
  ],
  entities=[
      ("L:pakistan", "LOC", [], ["pakistanaise", "pakistanais"]),
      ("L:afghanistan", "LOC", [], ["afghane", "afghan"]),
      ("L:doha", "LOC", ["Doha"], []),
      ("L:qatar", "LOC", ["Qatar"], ["qatari"]),
      ("L:turkey", "LOC", ["Turquie"], []),
      ("P:khawaja_asif", "PER", ["Khawaja Asif"], []),
      ("L:islamabad", "LOC", ["Islamabad"], []),
      ("O:taliban", "ORG", ["talibans"], ["talibane"]),
      ("P:mohammad_yaqoob", "PER", ["Mohammad Yaqoob"], []),
      ("P:shehbaz_sharif", "PER", ["Shehbaz Sharif"], []),
      ("L:lahore", "LOC", ["Lahore"], []),
      ("P:nawaz_sharif", "PER", ["Nawaz Sharif"], []),
      ("P:zabihullah_mujahid", "PER", ["Zabihullah Mujahid"], []),
      ("L:kabul", "LOC", ["Kaboul"], []),
      ("P:akhundzada", "PER", ["Haibatullah Akhundzada", "Akhoundzada"], []),
      ("O:icc", "ORG", ["Cour pénale internationale"], []),
      ("P:muttaqi", "PER", ["Amir Khan Muttaqi"], []),
      ("L:india", "LOC", ["Inde"], []),
      ("L:istanbul", "LOC", ["Istanbul"], []),
      ("P:al_khulaifi", "PER", ["Mohammed Al-Khulaifi"], []),
      ("P:imran_khan", "PER", ["Imran Khan"], []),
      ("O:pti", "ORG", ["PTI"], []),
      ("O:psx", "ORG", ["Bourse de Karachi"], []),
      ("P:ayesha_qureshi", "PER", ["Ayesha Qureshi"], []),
      ("O:indus_capital", "ORG", ["Indus Capital"], []),
      ("O:imf", "ORG", ["FMI"], []),
      ("P:georgieva", "PER", ["Kristalina Gueorguieva"], []),
  ],
  roles=[
      ("P:khawaja_asif", "ministre de la Défense", "L:pakistan"),
      ("P:mohammad_yaqoob", "ministre de la Défense par intérim", "O:taliban"),
      ("P:shehbaz_sharif", "Premier ministre", "L:pakistan"),
      ("P:nawaz_sharif", "ancien Premier ministre", "L:pakistan"),
      ("P:zabihullah_mujahid", "porte-parole", "O:taliban"),
      ("P:akhundzada", "chef suprême", "O:taliban"),
      ("P:muttaqi", "chef de la diplomatie", "O:taliban"),
      ("P:al_khulaifi", "ministre d'État", "L:qatar"),
      ("P:imran_khan", "ancien Premier ministre", "L:pakistan"),
      ("P:ayesha_qureshi", "économiste", "O:indus_capital"),
      ("P:georgieva", "directrice générale", "O:imf"),
  ])


# ---------------------------------------------------------------- l09  (sports report, Kenya/Ethiopia)
# NOTE: "Moi International Sports Centre" (stadium) vs "Daniel arap Moi" (former president) -> hard negative 9.
# NOTE: "Stars" alone = O:harambee_stars; "Cranes" = Uganda's national team (nickname -> ORG).
# NOTE: "CAN 2027": the year inside the event name is not annotated as a time.
# NOTE: "Sud-Africain" is McCarthy's nationality, not his role's `of` (his role is with the Harambee Stars).
# NOTE: "la Fédération kényane de football": "kényane" is inside the organisation's name and is not
#   listed as a demonym; "kényan" (Ruto) is.
# NOTE: "mars" = March 2026 (the next March after publication).
A(id="l09", published="2025-11-18",
  title="Football : les Harambee Stars dominent les Walias à Kasarani",
  text="""
NAIROBI – Portés par 40 000 spectateurs, les Harambee Stars du Kenya ont battu les Walias éthiopiens (2-0) dimanche au Moi International Sports Centre, à Kasarani, en match amical préparatoire à la CAN 2027, que le pays co-organisera.

Le capitaine Michael Olunga a ouvert le score peu avant la pause, avant que l'attaquant de Gor Mahia Benson Omala ne double la mise de la tête, sur un centre venu de la gauche.

« Nous avons joué avec courage et discipline. Ce groupe peut aller loin «, a déclaré le sélectionneur des Harambee Stars, le Sud-Africain Benni McCarthy.

PUBLICITÉ

Côté éthiopien, le sélectionneur Gebremeskel Tadesse a reconnu que son équipe avait « manqué de fraîcheur », privée de son capitaine Henok Ayele, blessé. À Addis-Abeba, le Premier ministre éthiopien Abiy Ahmed a néanmoins salué la « combativité » des Walias.

Dans la tribune officielle, le président kényan William Ruto, accompagné du ministre des Sports Salim Mvurya, a promis que le nouveau stade Talanta « sera prêt » pour la CAN. Le gouverneur de Nairobi, Johnson Sakaja, a offert une prime de 1 million de shillings aux joueurs.

Le président de la Fédération kényane de football (FKF), Hussein Mohammed, a indiqué que les Stars affronteraient les Cranes ougandais en mars. L'enceinte de Kasarani porte le nom de l'ancien président Daniel arap Moi, au pouvoir de 1978 à 2002.

Pour McCarthy, arrivé en mars dernier, « le plus dur commence ». Le Kenya n'a plus battu l'Éthiopie à l'extérieur depuis 2011.

TÉLÉCHARGEZ L'APPLI ET NE RATEZ AUCUN MATCH
""",
  boilerplate=["PUBLICITÉ", "TÉLÉCHARGEZ L'APPLI ET NE RATEZ AUCUN MATCH"],
  quotes=[
      ("Nous avons joué avec courage et discipline. Ce groupe peut aller loin", "direct", "Benni McCarthy"),
      ("son équipe avait « manqué de fraîcheur »", "mixed", "Gebremeskel Tadesse"),
      ("combativité", "direct", "Abiy Ahmed"),
      ("le nouveau stade Talanta « sera prêt » pour la CAN", "mixed", "William Ruto"),
      ("les Stars affronteraient les Cranes ougandais en mars", "indirect", "Hussein Mohammed"),
      ("« le plus dur commence »", "mixed", "Benni McCarthy"),
  ],
  not_quotes=[],
  times=[
      ("dimanche", "DATE", "2025-11-16"),
      ("mars", "DATE", "2026-03"),
      ("1978", "DATE", "1978"),
      ("2002", "DATE", "2002"),
      ("mars dernier", "DATE", "2025-03"),
      ("2011", "DATE", "2011"),
  ],
  entities=[
      ("L:nairobi", "LOC", ["NAIROBI", "Nairobi"], []),
      ("O:harambee_stars", "ORG", ["Harambee Stars", "Stars"], []),
      ("L:kenya", "LOC", ["Kenya"], ["kényan"]),
      ("O:walias", "ORG", ["Walias"], []),
      ("L:ethiopia", "LOC", ["Éthiopie"], ["éthiopiens", "éthiopien"]),
      ("L:moi_stadium", "LOC", ["Moi International Sports Centre"], []),
      ("L:kasarani", "LOC", ["Kasarani"], []),
      ("M:can_2027", "MISC", ["CAN 2027", "CAN"], []),
      ("P:olunga", "PER", ["Michael Olunga"], []),
      ("O:gor_mahia", "ORG", ["Gor Mahia"], []),
      ("P:benson_omala", "PER", ["Benson Omala"], []),
      ("P:mccarthy", "PER", ["Benni McCarthy", "McCarthy"], []),
      ("L:south_africa", "LOC", [], ["Sud-Africain"]),
      ("P:gebremeskel_tadesse", "PER", ["Gebremeskel Tadesse"], []),
      ("P:henok_ayele", "PER", ["Henok Ayele"], []),
      ("L:addis_ababa", "LOC", ["Addis-Abeba"], []),
      ("P:abiy_ahmed", "PER", ["Abiy Ahmed"], []),
      ("P:ruto", "PER", ["William Ruto"], []),
      ("P:mvurya", "PER", ["Salim Mvurya"], []),
      ("L:talanta_stadium", "LOC", ["stade Talanta"], []),
      ("P:sakaja", "PER", ["Johnson Sakaja"], []),
      ("O:fkf", "ORG", ["Fédération kényane de football", "FKF"], []),
      ("P:hussein_mohammed", "PER", ["Hussein Mohammed"], []),
      ("O:uganda_cranes", "ORG", ["Cranes"], []),
      ("L:uganda", "LOC", [], ["ougandais"]),
      ("P:daniel_arap_moi", "PER", ["Daniel arap Moi"], []),
  ],
  roles=[
      ("P:olunga", "capitaine", "O:harambee_stars"),
      ("P:benson_omala", "attaquant", "O:gor_mahia"),
      ("P:mccarthy", "sélectionneur", "O:harambee_stars"),
      ("P:gebremeskel_tadesse", "sélectionneur", "O:walias"),
      ("P:henok_ayele", "capitaine", "O:walias"),
      ("P:abiy_ahmed", "Premier ministre", "L:ethiopia"),
      ("P:ruto", "président", "L:kenya"),
      ("P:mvurya", "ministre des Sports", "L:kenya"),
      ("P:sakaja", "gouverneur", "L:nairobi"),
      ("P:hussein_mohammed", "président", "O:fkf"),
      ("P:daniel_arap_moi", "ancien président", "L:kenya"),
  ])


# ---------------------------------------------------------------- l10  (business brief, Morocco)
# NOTE: "Le mars. Le 4" damaged date (2025-03-04).
# NOTE: "les prochaines semaines" inside the marks -> FUTURE_REF.
# NOTE: "le gouverneur de Bank Al-Maghrib" -> of O:bank_al_maghrib (central bank governor).
# NOTE: Youssef Benkirane (economist, invented) != Abdelilah Benkirane (hard negative 6).
A(id="l10", published="2025-03-06",
  title="Maroc : l'OCP affiche des résultats record et prépare une obligation verte",
  text="""
ÉCONOMIE – Le groupe public OCP a annoncé Le mars. Le 4 un chiffre d'affaires record de 97 milliards de dirhams pour 2024, porté par les engrais et la demande africaine.

« Nous avons doublé nos capacités d'engrais verts en deux ans », a affirmé le président-directeur général de l'OCP, Mostafa Terrab, lors d'une conférence à Casablanca. Selon la directrice générale adjointe chargée des finances, Samira El Fassi, le groupe émettra « dans les prochaines semaines » une obligation verte de 500 millions de dollars.

Le gouverneur de Bank Al-Maghrib, Abdellatif Jouahri, qui avait abaissé son taux directeur en décembre, a jugé la croissance « encore fragile ».

LIRE AUSSI – Tanger Med : le trafic de conteneurs dépasse les 10 millions

La ministre de l'Économie et des Finances Nadia Fettah Alaoui a indiqué que l'État ne réduirait pas sa participation de 95 % et que l'ONCF recevrait « une enveloppe exceptionnelle » pour la ligne à grande vitesse vers Marrakech. Le directeur général de l'ONCF, Mohamed Rabie Khlie, a assuré que les travaux seraient achevés avant la Coupe du monde 2030.

Le chef du gouvernement Aziz Akhannouch a salué mercredi au Parlement un « modèle de champion national ». L'ancien chef du gouvernement Abdelilah Benkirane, secrétaire général du PJD, a dénoncé de son côté « l'opacité » des comptes.

La directrice générale du Fonds monétaire international, Kristalina Georgieva, en visite à Rabat le mois dernier, avait salué « la résilience » de l'économie marocaine. Pour Youssef Benkirane, économiste chez Attijariwafa bank, le Maroc « a besoin de cette dette verte pour rassurer le FMI ».

Recevez notre lettre Éco chaque lundi : inscrivez-vous
""",
  boilerplate=["LIRE AUSSI – Tanger Med : le trafic de conteneurs dépasse les 10 millions",
               "Recevez notre lettre Éco chaque lundi : inscrivez-vous"],
  quotes=[
      ("Nous avons doublé nos capacités d'engrais verts en deux ans", "direct", "Mostafa Terrab"),
      ("le groupe émettra « dans les prochaines semaines » une obligation verte de 500 millions de dollars", "mixed", "Samira El Fassi"),
      ("encore fragile", "direct", "Abdellatif Jouahri"),
      ("l'État ne réduirait pas sa participation de 95 % et que l'ONCF recevrait « une enveloppe exceptionnelle » pour la ligne à grande vitesse vers Marrakech", "mixed", "Nadia Fettah Alaoui"),
      ("les travaux seraient achevés avant la Coupe du monde 2030", "indirect", "Mohamed Rabie Khlie"),
      ("modèle de champion national", "direct", "Aziz Akhannouch"),
      ("l'opacité", "direct", "Abdelilah Benkirane"),
      ("la résilience", "direct", "Kristalina Georgieva"),
      ("le Maroc « a besoin de cette dette verte pour rassurer le FMI »", "mixed", "Youssef Benkirane"),
  ],
  not_quotes=[],
  times=[
      ("Le mars. Le 4", "DATE", "2025-03-04"),
      ("2024", "DATE", "2024"),
      ("deux ans", "DURATION", "P2Y"),
      ("les prochaines semaines", "DATE", "FUTURE_REF"),
      ("décembre", "DATE", "2024-12"),
      ("mercredi", "DATE", "2025-03-05"),
      ("le mois dernier", "DATE", "2025-02"),
  ],
  entities=[
      ("O:ocp", "ORG", ["OCP"], []),
      ("P:terrab", "PER", ["Mostafa Terrab"], []),
      ("L:casablanca", "LOC", ["Casablanca"], []),
      ("P:samira_el_fassi", "PER", ["Samira El Fassi"], []),
      ("O:bank_al_maghrib", "ORG", ["Bank Al-Maghrib"], []),
      ("P:jouahri", "PER", ["Abdellatif Jouahri"], []),
      ("P:nadia_fettah", "PER", ["Nadia Fettah Alaoui"], []),
      ("O:oncf", "ORG", ["ONCF"], []),
      ("L:marrakech", "LOC", ["Marrakech"], []),
      ("P:khlie", "PER", ["Mohamed Rabie Khlie"], []),
      ("M:world_cup_2030", "MISC", ["Coupe du monde 2030"], []),
      ("P:akhannouch", "PER", ["Aziz Akhannouch"], []),
      ("O:morocco_parliament", "ORG", ["Parlement"], []),
      ("P:abdelilah_benkirane", "PER", ["Abdelilah Benkirane"], []),
      ("O:pjd", "ORG", ["PJD"], []),
      ("O:imf", "ORG", ["FMI", "Fonds monétaire international"], []),
      ("P:georgieva", "PER", ["Kristalina Georgieva"], []),
      ("L:morocco", "LOC", ["Maroc"], ["marocaine"]),
      ("L:rabat", "LOC", ["Rabat"], []),
      ("P:youssef_benkirane", "PER", ["Youssef Benkirane"], []),
      ("O:attijariwafa", "ORG", ["Attijariwafa bank"], []),
  ],
  roles=[
      ("P:terrab", "président-directeur général", "O:ocp"),
      ("P:samira_el_fassi", "directrice générale adjointe chargée des finances", "O:ocp"),
      ("P:jouahri", "gouverneur", "O:bank_al_maghrib"),
      ("P:nadia_fettah", "ministre de l'Économie et des Finances", "L:morocco"),
      ("P:khlie", "directeur général", "O:oncf"),
      ("P:akhannouch", "chef du gouvernement", "L:morocco"),
      ("P:abdelilah_benkirane", "ancien chef du gouvernement", "L:morocco"),
      ("P:abdelilah_benkirane", "secrétaire général", "O:pjd"),
      ("P:georgieva", "directrice générale", "O:imf"),
      ("P:youssef_benkirane", "économiste", "O:attijariwafa"),
  ])


# ---------------------------------------------------------------- l11  (wire dispatch, ICC)
# NOTE: « persécution fondée sur le genre » is the legal charge -> not_quote.
# NOTE: "Khan" alone = Karim Khan; Nazhat Shameem Khan is "Shameem Khan" (hard negative 5).
# NOTE: "les procureurs adjoints Mame Mandiaye Niang et Nazhat Shameem Khan" -> title in the singular
#   form for each ("procureur adjoint" / "procureure adjointe").
# NOTE: "Kabul" (English spelling) = L:kabul (cross-doc l08 "Kaboul"); "Kaboul" inside the invented
#   collective "Voix de Kaboul" is not a separate mention.
# NOTE: "la Japonaise Tomoko Akane" -> nationality; her role is présidente of the CPI.
A(id="l11", published="2025-07-09",
  title="La CPI émet des mandats d'arrêt contre le chef suprême des talibans",
  text="""
LA HAYE – La Cour pénale internationale (CPI) a émis mardi des mandats d'arrêt contre le chef suprême des talibans, Hibatullah Akhundzada, et le président de la Cour suprême afghane, Abdul Hakim Haqqani, pour « persécution fondée sur le genre ».

Les juges estiment qu'il existe « des motifs raisonnables de croire » que les deux hommes privent les femmes et les filles de leurs droits depuis août 2021, a indiqué la Cour dans un communiqué.

Le procureur Karim Khan étant en congé depuis mai, le dossier a été porté par les procureurs adjoints Mame Mandiaye Niang et Nazhat Shameem Khan. « C'est un message à toutes les Afghanes : vous n'êtes pas oubliées », a déclaré Mme Shameem Khan. M. Khan, qui conteste les accusations d'inconduite le visant, n'a pas commenté.

LIRE AUSSI – UKRAINE : NOUVELLE VAGUE DE FRAPPES SUR KIEV

La présidente de la CPI, la Japonaise Tomoko Akane, a rappelé que la Cour « ne dispose d'aucune police » et dépend de la coopération des 125 États parties.

À Kabul, le ministre des Affaires étrangères par intérim, Amir Khan Mottaki, a qualifié la décision de « propagande occidentale », selon l'agence Bakhtar. Le rapporteur spécial de l'ONU sur l'Afghanistan, Richard Bennett, a salué « un jour historique ».

Sophie Verhaegen, avocate du collectif Voix de Kaboul, a estimé que les États devront « choisir leur camp » si M. Akhundzada voyage à l'étranger. Elle a ajouté que plusieurs pays voisins accueillaient encore des responsables talibans « comme si de rien n'était ».

Partagez cet article sur les réseaux sociaux
""",
  boilerplate=["LIRE AUSSI – UKRAINE : NOUVELLE VAGUE DE FRAPPES SUR KIEV",
               "Partagez cet article sur les réseaux sociaux"],
  quotes=[
      ("il existe « des motifs raisonnables de croire » que les deux hommes privent les femmes et les filles de leurs droits depuis août 2021", "mixed", "Cour pénale internationale"),
      ("C'est un message à toutes les Afghanes : vous n'êtes pas oubliées", "direct", "Nazhat Shameem Khan"),
      ("la Cour « ne dispose d'aucune police » et dépend de la coopération des 125 États parties", "mixed", "Tomoko Akane"),
      ("propagande occidentale", "direct", "Amir Khan Mottaki"),
      ("un jour historique", "direct", "Richard Bennett"),
      ("les États devront « choisir leur camp » si M. Akhundzada voyage à l'étranger", "mixed", "Sophie Verhaegen"),
      ("plusieurs pays voisins accueillaient encore des responsables talibans « comme si de rien n'était »", "mixed", "Sophie Verhaegen"),
  ],
  not_quotes=["persécution fondée sur le genre"],
  times=[
      ("mardi", "DATE", "2025-07-08"),
      ("août 2021", "DATE", "2021-08"),
      ("mai", "DATE", "2025-05"),
  ],
  entities=[
      ("L:the_hague", "LOC", ["LA HAYE"], []),
      ("O:icc", "ORG", ["Cour pénale internationale", "CPI", "Cour"], []),
      ("O:taliban", "ORG", ["talibans"], []),
      ("P:akhundzada", "PER", ["Hibatullah Akhundzada", "Akhundzada"], []),
      ("O:afghan_supreme_court", "ORG", ["Cour suprême"], []),
      ("L:afghanistan", "LOC", ["Afghanistan"], ["afghane", "Afghanes"]),
      ("P:haqqani", "PER", ["Abdul Hakim Haqqani"], []),
      ("P:karim_khan", "PER", ["Karim Khan", "Khan"], []),
      ("P:niang", "PER", ["Mame Mandiaye Niang"], []),
      ("P:nazhat_shameem_khan", "PER", ["Nazhat Shameem Khan", "Shameem Khan"], []),
      ("P:akane", "PER", ["Tomoko Akane"], []),
      ("L:japan", "LOC", [], ["Japonaise"]),
      ("L:kabul", "LOC", ["Kabul"], []),
      ("P:muttaqi", "PER", ["Amir Khan Mottaki"], []),
      ("O:bakhtar", "ORG", ["Bakhtar"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("P:richard_bennett", "PER", ["Richard Bennett"], []),
      ("P:sophie_verhaegen", "PER", ["Sophie Verhaegen"], []),
      ("O:voix_de_kaboul", "ORG", ["Voix de Kaboul"], []),
  ],
  roles=[
      ("P:akhundzada", "chef suprême", "O:taliban"),
      ("P:haqqani", "président", "O:afghan_supreme_court"),
      ("P:karim_khan", "procureur", "O:icc"),
      ("P:niang", "procureur adjoint", "O:icc"),
      ("P:nazhat_shameem_khan", "procureure adjointe", "O:icc"),
      ("P:akane", "présidente", "O:icc"),
      ("P:muttaqi", "ministre des Affaires étrangères par intérim", "L:afghanistan"),
      ("P:richard_bennett", "rapporteur spécial", "O:un"),
      ("P:sophie_verhaegen", "avocate", "O:voix_de_kaboul"),
  ])


# ---------------------------------------------------------------- l12  (regional daily, Hauts-de-France)
# NOTE: "Lille" alone is used for the city (À Lille) and for the club ("Lille, dont l'entraîneur …")
#   -> listed under both L:lille and O:losc (hard negative 11). "Brest" = the club O:stade_brestois.
# NOTE: "M. Bertrand" = Xavier Bertrand, not the prefect Bertrand Gaume (hard negative 14).
# NOTE: Vergriete's "ancien ministre du Logement" and Mauroy's "ancien Premier ministre": France is not
#   annotated in the article -> of = null.
# NOTE: "Région" (capitalised) = the regional council, O:hdf_regional_council.
# NOTE: "la rentrée 2026" -> September 2026.
A(id="l12", published="2025-10-17",
  title="Dunkerque : la Région vote 40 millions pour l'usine d'électrolyseurs de Flandre Hydrogène",
  text="""
LILLE – Le conseil régional des Hauts-de-France a voté jeudi une aide de 40 millions d'euros à Flandre Hydrogène, qui prévoit d'ouvrir en 2027 une usine d'électrolyseurs à Dunkerque et d'y créer 900 emplois.

« C'est la plus grosse aide jamais accordée par la Région à une entreprise industrielle », a souligné le président de la région Hauts-de-France, Xavier Bertrand. Le RN s'est abstenu, ce que M. Bertrand a qualifié de « petit calcul ».

La PDG de Flandre Hydrogène, Claire Vandamme, ancienne ingénieure chez Alstom, a promis que « 80 % des emplois iront à des habitants du littoral ». Le maire de Dunkerque, Patrice Vergriete, ancien ministre du Logement, a salué « une revanche sur la désindustrialisation ». Selon le préfet du Nord, Bertrand Gaume, l'État instruira le permis « en moins d'un an ».

Lire aussi : Calais, les travaux du nouveau terminal ferry ont débuté

À Lille, le maire Arnaud Deslandes, successeur de l'ancienne maire Martine Aubry, a annoncé que le salon de recrutement se tiendrait le nov. 22 au stade Pierre-Mauroy, du nom de Pierre Mauroy, ancien Premier ministre. Le président du LOSC, Olivier Létang, a confirmé que le club serait « partenaire de l'opération ». Lille, dont l'entraîneur Bruno Génésio a visité le chantier mercredi, reçoit Brest dimanche.

La présidente de l'université du Littoral Côte d'Opale, Anne-Laure Wattez, a indiqué qu'une licence « hydrogène » ouvrirait à la rentrée 2026. Pour Rudy Lemaire, délégué de la CGT, « on ne remplace pas l'acier par des promesses ».

Retrouvez toute l'actualité de votre commune sur notre application
""",
  boilerplate=["Lire aussi : Calais, les travaux du nouveau terminal ferry ont débuté",
               "Retrouvez toute l'actualité de votre commune sur notre application"],
  quotes=[
      ("C'est la plus grosse aide jamais accordée par la Région à une entreprise industrielle", "direct", "Xavier Bertrand"),
      ("petit calcul", "direct", "Xavier Bertrand"),
      ("« 80 % des emplois iront à des habitants du littoral »", "mixed", "Claire Vandamme"),
      ("une revanche sur la désindustrialisation", "direct", "Patrice Vergriete"),
      ("l'État instruira le permis « en moins d'un an »", "mixed", "Bertrand Gaume"),
      ("le salon de recrutement se tiendrait le nov. 22 au stade Pierre-Mauroy", "indirect", "Arnaud Deslandes"),
      ("le club serait « partenaire de l'opération »", "mixed", "Olivier Létang"),
      ("une licence « hydrogène » ouvrirait à la rentrée 2026", "mixed", "Anne-Laure Wattez"),
      ("« on ne remplace pas l'acier par des promesses »", "mixed", "Rudy Lemaire"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2025-10-16"),
      ("2027", "DATE", "2027"),
      ("un an", "DURATION", "P1Y"),
      ("le nov. 22", "DATE", "2025-11-22"),
      ("mercredi", "DATE", "2025-10-15"),
      ("dimanche", "DATE", "2025-10-19"),
      ("la rentrée 2026", "DATE", "2026-09"),
  ],
  entities=[
      ("L:lille", "LOC", ["LILLE", "Lille"], []),
      ("O:hdf_regional_council", "ORG", ["conseil régional des Hauts-de-France", "Région"], []),
      ("L:hauts_de_france", "LOC", ["Hauts-de-France"], []),
      ("O:flandre_hydrogene", "ORG", ["Flandre Hydrogène"], []),
      ("L:dunkerque", "LOC", ["Dunkerque"], []),
      ("P:xavier_bertrand", "PER", ["Xavier Bertrand", "Bertrand"], []),
      ("O:rn", "ORG", ["RN"], []),
      ("P:claire_vandamme", "PER", ["Claire Vandamme"], []),
      ("O:alstom", "ORG", ["Alstom"], []),
      ("P:vergriete", "PER", ["Patrice Vergriete"], []),
      ("L:nord", "LOC", ["Nord"], []),
      ("P:bertrand_gaume", "PER", ["Bertrand Gaume"], []),
      ("P:deslandes", "PER", ["Arnaud Deslandes"], []),
      ("P:aubry", "PER", ["Martine Aubry"], []),
      ("L:stade_pierre_mauroy", "LOC", ["stade Pierre-Mauroy"], []),
      ("P:pierre_mauroy", "PER", ["Pierre Mauroy"], []),
      ("O:losc", "ORG", ["LOSC", "Lille"], []),
      ("P:letang", "PER", ["Olivier Létang"], []),
      ("P:genesio", "PER", ["Bruno Génésio"], []),
      ("O:stade_brestois", "ORG", ["Brest"], []),
      ("O:ulco", "ORG", ["université du Littoral Côte d'Opale"], []),
      ("P:anne_laure_wattez", "PER", ["Anne-Laure Wattez"], []),
      ("P:rudy_lemaire", "PER", ["Rudy Lemaire"], []),
      ("O:cgt", "ORG", ["CGT"], []),
  ],
  roles=[
      ("P:xavier_bertrand", "président", "L:hauts_de_france"),
      ("P:claire_vandamme", "PDG", "O:flandre_hydrogene"),
      ("P:claire_vandamme", "ancienne ingénieure", "O:alstom"),
      ("P:vergriete", "maire", "L:dunkerque"),
      ("P:vergriete", "ancien ministre du Logement", None),
      ("P:bertrand_gaume", "préfet", "L:nord"),
      ("P:deslandes", "maire", "L:lille"),
      ("P:aubry", "ancienne maire", "L:lille"),
      ("P:pierre_mauroy", "ancien Premier ministre", None),
      ("P:letang", "président", "O:losc"),
      ("P:genesio", "entraîneur", "O:losc"),
      ("P:anne_laure_wattez", "présidente", "O:ulco"),
      ("P:rudy_lemaire", "délégué", "O:cgt"),
  ])
