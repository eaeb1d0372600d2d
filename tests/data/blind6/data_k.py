# Blind gold set, articles k01-k12 (written and annotated by hand by an independent annotator).
#
# All quotes are INVENTED. Events are partly invented. Real public figures appear; the following
# people and bodies are INVENTED: Héctor Cruz Villatoro, Danilo Xicará, Marisol Gómez / Red Frontera Sur,
# Camilo Peñaranda, Laura Sarmiento, Andrés Lozano Pinzón, Julio Cárdenas, Rodolfo Tafur, Rosa Fernández,
# Carla Medina, Valentina Rojas / Banco Austral, Paula Ibáñez, Ana Lilia Campos, Dilan Hawrami /
# Centre d'études stratégiques de Souleimaniye, Erdal Yavaş, Leila Naderi / Institut genevois d'études
# sur le Golfe, Yerlan Akbarov, Jasur Kholmatov, Aïgerim Seitkali / Institut d'Asie centrale d'Almaty,
# Nurlan Dauletov, Kim Min-seo, Noah Benhamou, Lucas Hoffmann, Samir Lahlou, Nathalie Schaeffer /
# Groupement hospitalier Alsace-Nord, Claire Delaunay, Thierry Kléber, Marc Hummel, Gérard Ritzenthaler.
#
# HARD NEGATIVES (must NOT be linked):
#  1. Places, three-way (k01): L:mexico "Mexique" (country) != L:mexico_city "Mexico" (city, also metonymic)
#     != L:estado_de_mexico "État de Mexico" (state). "Mexico" is nested inside "État de Mexico".
#  2. Country vs city (k01): L:guatemala "Guatemala" != L:guatemala_city "Ciudad de Guatemala".
#  3. Person vs place (k02): P:simon_bolivar "Simón Bolívar" != L:puente_simon_bolivar
#     "pont international Simón-Bolívar".
#  4. State vs river (k02): L:tachira_state "État de Táchira" != L:tachira_river "Táchira"
#     (and != L:san_antonio_del_tachira, the town).
#  5. Relatives (k03): P:alberto_fujimori != P:keiko_fujimori (daughter) != P:kenji_fujimori (son).
#  6. Same surname, different countries (k03 / k04): P:rosa_fernandez (Peru, invented) != P:alberto_fernandez
#     (Argentina).
#  7. Same surname, same country, unrelated (k04): P:alberto_fernandez != P:cfk "Cristina Fernández de Kirchner".
#  8. Region vs city (k04): L:jujuy (province) != L:san_salvador_de_jujuy (city).
#  9. Relatives (k05): P:masrour_barzani != P:nechirvan_barzani (cousin) != P:masoud_barzani (father).
# 10. Same first name, different spelling, different people (k05): P:masoud_barzani "Massoud Barzani"
#     != P:pezeshkian "Masoud Pezeshkian" (k05) / "Massoud Pezeshkian" (k07).
# 11. Relatives (k06): P:mansur_yavas != P:erdal_yavas (his brother, invented).
# 12. Person vs street (k06): P:ataturk "Mustafa Kemal Atatürk" != L:boulevard_ataturk "boulevard Atatürk".
# 13. Two regions with the same name (k05, k07): L:kurdistan_region (Iraqi Kurdistan) != L:kurdistan_province_iran
#     (Iranian province). Both use the bare form "Kurdistan" in k07.
# 14. Relatives (k07): P:ali_larijani != P:sadegh_larijani (brothers).
# 15. Relatives (k08): P:mirziyoyev != P:saida_mirziyoyeva (his daughter).
# 16. Region vs city (k08): L:tashkent_region "région de Tachkent" != L:tashkent "TACHKENT" / "Tachkent".
# 17. Same surname, different countries (k09): P:kim_jong_un (North Korea) != P:kim_min_seo (South Korea, invented).
# 18. Prefecture vs city (k09): L:nara_prefecture "préfecture de Nara" != L:nara "NARA" / "Nara".
# 19. Relatives with the same name (k10): P:marcos_jr "Ferdinand Marcos Jr." / "Bongbong"
#     != P:ferdinand_marcos_sr "Ferdinand Marcos" (his father). k09's "Ferdinand Marcos fils" = P:marcos_jr.
# 20. Relatives (k10): P:sara_duterte != P:rodrigo_duterte (father and daughter).
# 21. City vs club (k11): L:strasbourg "Strasbourg" != O:rc_strasbourg "Racing Club de Strasbourg" / "Racing" /
#     "Strasbourg" (the bare form is used for both in k11). L:strasbourg is also in k12.
# 22. City vs club (k11): L:istanbul "Istanbul" != O:basaksehir "İstanbul Başakşehir". L:istanbul also in k06.
# 23. Person vs place (k12): P:thierry_kleber (union leader, invented) != L:place_kleber "place Kléber".
# 24. Town vs its hospital (k12): L:saverne "SAVERNE" / "Saverne" != O:hopital_saverne "hôpital de Saverne".
# 25. Region vs body (k12): L:grand_est "Grand Est" != O:ars_grand_est "ARS Grand Est"; L:alsace != O:cea.
# Not hard negatives, for the record: metonymic capitals ("demandé à Mexico" in k01, "Tachkent avait obtenu" in
# k08, "Manille", "Pékin", "Nancy") carry the city's id, as the README's convention says.
#
# Role distractors: two different "ancien président" of the Philippines in k10 (Ferdinand Marcos, Rodrigo
# Duterte); two "ministre de l'Économie" in k04 (Chile, Argentina) plus an "ancien" one; "président" of a country
# vs "président" of a body (Congrès, CHP, club, CeA, Conseil de discernement) throughout.
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- k01  (wire dispatch)
# NOTE: "Mexico" in "demandé à Mexico d'envoyer des médecins" is the metonymic capital -> L:mexico_city.
# NOTE: "mañanera" (name of the morning press conference) is a not_quote.
# NOTE: "lendemain" (au lendemain) and "Le lendemain de la rencontre" both refer to the day after Monday's meeting.
A(id="k01", published="2025-02-12",
  title="Mexique : des milliers de migrants quittent Tapachula malgré l'accord avec le Guatemala",
  text="""
TAPACHULA (Mexique) – Plus de 2 000 migrants ont quitté mardi la ville frontalière de Tapachula, dans l'État du Chiapas, pour remonter vers le nord, a indiqué l'Institut national des migrations (INM), au lendemain d'une rencontre entre la présidente mexicaine Claudia Sheinbaum et le président guatémaltèque Bernardo Arévalo.

« Nous ne fermerons pas la frontière, mais nous ne laisserons pas les passeurs décider à notre place «, a déclaré Mme Sheinbaum lors de sa conférence de presse matinale, la « mañanera ».

Le ministre des Affaires étrangères Juan Ramón de la Fuente a précisé que les deux pays allaient ouvrir un « corridor humanitaire » surveillé par la Garde nationale.

ÉTATS-UNIS : UNE TEMPÊTE DE NEIGE PARALYSE CHICAGO

Le gouverneur du Chiapas, Eduardo Ramírez Aguilar, réclame des fonds fédéraux. Selon lui, les refuges de la région « débordent depuis le mois dernier ». Le maire de Tapachula, Héctor Cruz Villatoro, a dénoncé une « crise oubliée » et demandé à Mexico d'envoyer des médecins.

À Ciudad de Guatemala, le ministre guatémaltèque de l'Intérieur Danilo Xicará a assuré que 300 policiers seraient déployés le long du fleuve Suchiate « dès la semaine prochaine ». Le lendemain de la rencontre, M. Arévalo avait toutefois reconnu que le Guatemala « manquait de moyens ».

Lire aussi : Au Honduras, une nouvelle caravane quitte San Pedro Sula

Pour Marisol Gómez, coordinatrice de l'ONG Red Frontera Sur, ces mesures « ne font que déplacer le problème vers l'État de Mexico et les banlieues de la capitale ».

L'ancien commissaire de l'INM Francisco Garduño, poursuivi après l'incendie d'un centre de rétention à Ciudad Juárez en mars 2023, doit être entendu par un juge le mars 3, 2025.

Recevez nos alertes : téléchargez l'application gratuite
""",
  boilerplate=["ÉTATS-UNIS : UNE TEMPÊTE DE NEIGE PARALYSE CHICAGO",
               "Lire aussi : Au Honduras, une nouvelle caravane quitte San Pedro Sula",
               "Recevez nos alertes : téléchargez l'application gratuite"],
  quotes=[
      ("Plus de 2 000 migrants ont quitté mardi la ville frontalière de Tapachula, dans l'État du Chiapas, pour remonter vers le nord", "indirect", "l'Institut national des migrations"),
      ("Nous ne fermerons pas la frontière, mais nous ne laisserons pas les passeurs décider à notre place", "direct", "Claudia Sheinbaum"),
      ("les deux pays allaient ouvrir un « corridor humanitaire » surveillé par la Garde nationale", "mixed", "Juan Ramón de la Fuente"),
      ("les refuges de la région « débordent depuis le mois dernier »", "mixed", "Eduardo Ramírez Aguilar"),
      ("crise oubliée", "direct", "Héctor Cruz Villatoro"),
      ("300 policiers seraient déployés le long du fleuve Suchiate « dès la semaine prochaine »", "mixed", "Danilo Xicará"),
      ("le Guatemala « manquait de moyens »", "mixed", "Bernardo Arévalo"),
      ("ces mesures « ne font que déplacer le problème vers l'État de Mexico et les banlieues de la capitale »", "mixed", "Marisol Gómez"),
  ],
  not_quotes=["mañanera"],
  times=[
      ("mardi", "DATE", "2025-02-11"),
      ("lendemain", "DATE", "2025-02-11"),
      ("le mois dernier", "DATE", "2025-01"),
      ("la semaine prochaine", "DATE", "2025-W08"),
      ("Le lendemain", "DATE", "2025-02-11"),
      ("mars 2023", "DATE", "2023-03"),
      ("le mars 3, 2025", "DATE", "2025-03-03"),
  ],
  entities=[
      ("L:tapachula", "LOC", ["TAPACHULA", "Tapachula"], []),
      ("L:mexico", "LOC", ["Mexique"], ["mexicaine"]),
      ("L:chiapas", "LOC", ["Chiapas"], []),
      ("O:inm", "ORG", ["Institut national des migrations", "INM"], []),
      ("P:sheinbaum", "PER", ["Claudia Sheinbaum", "Sheinbaum"], []),
      ("L:guatemala", "LOC", ["Guatemala"], ["guatémaltèque"]),
      ("P:arevalo", "PER", ["Bernardo Arévalo", "Arévalo"], []),
      ("P:de_la_fuente", "PER", ["Juan Ramón de la Fuente"], []),
      ("O:guardia_nacional_mx", "ORG", ["Garde nationale"], []),
      ("P:eduardo_ramirez", "PER", ["Eduardo Ramírez Aguilar"], []),
      ("P:cruz_villatoro", "PER", ["Héctor Cruz Villatoro"], []),
      ("L:mexico_city", "LOC", ["Mexico"], []),
      ("L:guatemala_city", "LOC", ["Ciudad de Guatemala"], []),
      ("P:xicara", "PER", ["Danilo Xicará"], []),
      ("L:suchiate", "LOC", ["Suchiate"], []),
      ("P:marisol_gomez", "PER", ["Marisol Gómez"], []),
      ("O:red_frontera_sur", "ORG", ["Red Frontera Sur"], []),
      ("L:estado_de_mexico", "LOC", ["État de Mexico"], []),
      ("P:garduno", "PER", ["Francisco Garduño"], []),
      ("L:ciudad_juarez", "LOC", ["Ciudad Juárez"], []),
  ],
  roles=[
      ("P:sheinbaum", "présidente", "L:mexico"),
      ("P:arevalo", "président", "L:guatemala"),
      # NOTE: no demonym; Mexico is implied by the story and annotated.
      ("P:de_la_fuente", "ministre des Affaires étrangères", "L:mexico"),
      ("P:eduardo_ramirez", "gouverneur", "L:chiapas"),
      ("P:cruz_villatoro", "maire", "L:tapachula"),
      ("P:xicara", "ministre de l'Intérieur", "L:guatemala"),
      ("P:marisol_gomez", "coordinatrice", "O:red_frontera_sur"),
      ("P:garduno", "ancien commissaire", "O:inm"),
  ])


# ---------------------------------------------------------------- k02  (live blog)
# NOTE: the river and the state share the form "Táchira" (the state is always written "État de Táchira").
# NOTE: Peñaranda's quote is unclosed: it runs to the end of its paragraph.
# NOTE: "la fin de l'année" inside Benedetti's quote = 2023 (value at year granularity).
A(id="k02", published="2023-06-15",
  title="EN DIRECT – Frontière Colombie-Venezuela : les camions reviennent sur le pont Simón-Bolívar",
  text="""
08h05 – Le pont international Simón-Bolívar, qui relie Cúcuta à San Antonio del Táchira, a rouvert ce matin aux camions de marchandises, une première depuis 2015, selon Migración Colombia.

09h40 – Le président colombien Gustavo Petro est arrivé sur place. « Cette frontière a été une cicatrice ; aujourd'hui, elle redevient un pont », a-t-il lancé devant les douaniers, en invoquant l'héritage de Simón Bolívar.

PUBLICITÉ

10h15 – Côté vénézuélien, le gouverneur de l'État de Táchira, Freddy Bernal, a affirmé que 400 camions attendaient déjà de traverser.

10h50 – Le président Nicolás Maduro n'a pas fait le déplacement. Dans un message diffusé par la télévision publique VTV, il a salué « une victoire de la diplomatie bolivarienne ».

Lire aussi : Cúcuta, la ville qui vit au rythme du bolivar

12h05 – L'ambassadeur de Colombie à Caracas, Armando Benedetti, a estimé que les échanges pourraient atteindre 1,2 milliard de dollars « d'ici la fin de l'année ».

12h40 – Le maire de Cúcuta, Camilo Peñaranda, reste prudent : « Les contrebandiers, eux, n'ont jamais attendu de décret pour traverser le fleuve Táchira à gué. Les habitants veulent des emplois, pas des cérémonies.

13h20 – Selon Laura Sarmiento, présidente de la Chambre de commerce de Cúcuta, près de 60 % des commerces de la ville ont fermé entre 2015 et 2022.

14h00 – Le ministre colombien du Commerce, Germán Umaña, a annoncé qu'un second passage, le pont Atanasio-Girardot, serait ouvert aux camions le mois prochain.

14h35 – Le directeur de Migración Colombia, Andrés Lozano Pinzón, a averti que les contrôles sanitaires « resteront stricts » pendant les premières semaines.

Suivez notre direct sur l'application et activez les notifications
""",
  boilerplate=["PUBLICITÉ",
               "Lire aussi : Cúcuta, la ville qui vit au rythme du bolivar",
               "Suivez notre direct sur l'application et activez les notifications"],
  quotes=[
      ("Le pont international Simón-Bolívar, qui relie Cúcuta à San Antonio del Táchira, a rouvert ce matin aux camions de marchandises, une première depuis 2015", "indirect", "Migración Colombia"),
      ("Cette frontière a été une cicatrice ; aujourd'hui, elle redevient un pont", "direct", "Gustavo Petro"),
      ("400 camions attendaient déjà de traverser", "indirect", "Freddy Bernal"),
      ("une victoire de la diplomatie bolivarienne", "direct", "Nicolás Maduro"),
      ("les échanges pourraient atteindre 1,2 milliard de dollars « d'ici la fin de l'année »", "mixed", "Armando Benedetti"),
      ("Les contrebandiers, eux, n'ont jamais attendu de décret pour traverser le fleuve Táchira à gué. Les habitants veulent des emplois, pas des cérémonies.", "direct", "Camilo Peñaranda"),
      ("près de 60 % des commerces de la ville ont fermé entre 2015 et 2022", "indirect", "Laura Sarmiento"),
      ("un second passage, le pont Atanasio-Girardot, serait ouvert aux camions le mois prochain", "indirect", "Germán Umaña"),
      ("les contrôles sanitaires « resteront stricts » pendant les premières semaines", "mixed", "Andrés Lozano Pinzón"),
  ],
  not_quotes=[],
  times=[
      ("08h05", "TIME", "2023-06-15T08:05"),
      ("ce matin", "TIME", "2023-06-15TMO"),
      ("2015", "DATE", "2015"),
      ("09h40", "TIME", "2023-06-15T09:40"),
      ("aujourd'hui", "DATE", "2023-06-15"),
      ("10h15", "TIME", "2023-06-15T10:15"),
      ("10h50", "TIME", "2023-06-15T10:50"),
      ("12h05", "TIME", "2023-06-15T12:05"),
      ("la fin de l'année", "DATE", "2023"),
      ("12h40", "TIME", "2023-06-15T12:40"),
      ("13h20", "TIME", "2023-06-15T13:20"),
      ("2015", "DATE", "2015"),
      ("2022", "DATE", "2022"),
      ("14h00", "TIME", "2023-06-15T14:00"),
      ("le mois prochain", "DATE", "2023-07"),
      ("14h35", "TIME", "2023-06-15T14:35"),
      ("les premières semaines", "DURATION", "PXW"),
  ],
  entities=[
      ("L:puente_simon_bolivar", "LOC", ["pont international Simón-Bolívar"], []),
      ("L:cucuta", "LOC", ["Cúcuta"], []),
      ("L:san_antonio_del_tachira", "LOC", ["San Antonio del Táchira"], []),
      ("O:migracion_colombia", "ORG", ["Migración Colombia"], []),
      ("P:petro", "PER", ["Gustavo Petro"], []),
      ("L:colombia", "LOC", ["Colombie"], ["colombien"]),
      ("P:simon_bolivar", "PER", ["Simón Bolívar"], []),
      ("L:venezuela", "LOC", [], ["vénézuélien"]),
      ("L:tachira_state", "LOC", ["État de Táchira"], []),
      ("P:freddy_bernal", "PER", ["Freddy Bernal"], []),
      ("P:maduro", "PER", ["Nicolás Maduro"], []),
      ("O:vtv", "ORG", ["VTV"], []),
      ("L:caracas", "LOC", ["Caracas"], []),
      ("P:benedetti", "PER", ["Armando Benedetti"], []),
      ("P:penaranda", "PER", ["Camilo Peñaranda"], []),
      ("L:tachira_river", "LOC", ["Táchira"], []),
      ("P:laura_sarmiento", "PER", ["Laura Sarmiento"], []),
      ("O:cc_cucuta", "ORG", ["Chambre de commerce de Cúcuta"], []),
      ("P:umana", "PER", ["Germán Umaña"], []),
      ("L:puente_atanasio_girardot", "LOC", ["pont Atanasio-Girardot"], []),
      ("P:lozano_pinzon", "PER", ["Andrés Lozano Pinzón"], []),
  ],
  roles=[
      ("P:petro", "président", "L:colombia"),
      ("P:freddy_bernal", "gouverneur", "L:tachira_state"),
      # NOTE: bare "président"; Venezuela implied ("Côté vénézuélien") and annotated by its demonym.
      ("P:maduro", "président", "L:venezuela"),
      ("P:benedetti", "ambassadeur", "L:colombia"),
      ("P:penaranda", "maire", "L:cucuta"),
      ("P:laura_sarmiento", "présidente", "O:cc_cucuta"),
      ("P:umana", "ministre du Commerce", "L:colombia"),
      ("P:lozano_pinzon", "directeur", "O:migracion_colombia"),
  ])


# ---------------------------------------------------------------- k03  (court report)
# NOTE: Kenji Fujimori "ancien député" and Rosa Fernández "députée": `of` = the Congress, which is annotated
#       ("Au Congrès péruvien"); a stricter reading would give null.
# NOTE: "L'avocat de l'ancien chef de l'État, Julio Cárdenas": the title attaches to a person, not a country or
#       organisation, so `of` is null.
# NOTE: "D'après l'Institut national pénitentiaire, ..." is an indirect quote of that body.
# NOTE: "Le déc. 5" is a damaged date (the Tribunal's ruling); "février" = February 2023 (earlier that year).
A(id="k03", published="2023-12-07",
  title="Pérou : Alberto Fujimori libéré, la Cour interaméricaine désavouée",
  text="""
LIMA – L'ancien président Alberto Fujimori a quitté mercredi soir la prison de Barbadillo, après que le Tribunal constitutionnel a ordonné, Le déc. 5, le rétablissement de la grâce humanitaire qui lui avait été accordée en 2017.

À la sortie, sa fille Keiko Fujimori, cheffe du parti Fuerza Popular, a remercié « tous ceux qui n'ont jamais cessé d'y croire ». Son frère, l'ancien député Kenji Fujimori, se tenait à ses côtés. D'après l'Institut national pénitentiaire, le détenu a été conduit au domicile de sa fille.

L'avocat de l'ancien chef de l'État, Julio Cárdenas, a expliqué que son client serait soigné à domicile et « ne fera aucune déclaration politique ».

BRÉSIL : LULA PROMET DE RELANCER LE FONDS AMAZONIE

La Cour interaméricaine des droits de l'homme avait pourtant demandé à Lima de suspendre toute libération. « L'exécutif se conformera à la décision des juges », a répondu le porte-parole du gouvernement, Rodolfo Tafur, au nom de la présidente Dina Boluarte.

Au Congrès péruvien, le président de l'assemblée, Alejandro Soto, a salué « un geste d'humanité ». La députée de gauche Rosa Fernández a dénoncé au contraire « une gifle aux familles de Barrios Altos et de La Cantuta ».

Lire aussi : Pérou : le Congrès rejette une nouvelle motion de destitution

Ce même Congrès avait déclaré en février persona non grata le président colombien Gustavo Petro Urrego, qui avait qualifié Mme Boluarte de « dirigeante sans mandat ».

Selon Carla Medina, professeure de droit à l'Université pontificale catholique du Pérou, la décision « ouvre une crise durable avec le système interaméricain ». La prochaine audience, consacrée à l'indemnisation des victimes, est fixée au 14 décembre.

PARTAGEZ CET ARTICLE SUR FACEBOOK
""",
  boilerplate=["BRÉSIL : LULA PROMET DE RELANCER LE FONDS AMAZONIE",
               "Lire aussi : Pérou : le Congrès rejette une nouvelle motion de destitution",
               "PARTAGEZ CET ARTICLE SUR FACEBOOK"],
  quotes=[
      ("tous ceux qui n'ont jamais cessé d'y croire", "direct", "Keiko Fujimori"),
      ("le détenu a été conduit au domicile de sa fille", "indirect", "l'Institut national pénitentiaire"),
      ("son client serait soigné à domicile et « ne fera aucune déclaration politique »", "mixed", "Julio Cárdenas"),
      ("L'exécutif se conformera à la décision des juges", "direct", "Rodolfo Tafur"),
      ("un geste d'humanité", "direct", "Alejandro Soto"),
      ("une gifle aux familles de Barrios Altos et de La Cantuta", "direct", "Rosa Fernández"),
      ("dirigeante sans mandat", "direct", "Gustavo Petro Urrego"),
      ("la décision « ouvre une crise durable avec le système interaméricain »", "mixed", "Carla Medina"),
  ],
  not_quotes=[],
  times=[
      ("mercredi soir", "TIME", "2023-12-06TEV"),
      ("Le déc. 5", "DATE", "2023-12-05"),
      ("2017", "DATE", "2017"),
      ("février", "DATE", "2023-02"),
      ("14 décembre", "DATE", "2023-12-14"),
  ],
  entities=[
      ("L:lima", "LOC", ["LIMA", "Lima"], []),
      ("P:alberto_fujimori", "PER", ["Alberto Fujimori"], []),
      ("L:barbadillo", "LOC", ["Barbadillo"], []),
      ("O:tc_peru", "ORG", ["Tribunal constitutionnel"], []),
      ("P:keiko_fujimori", "PER", ["Keiko Fujimori"], []),
      ("O:fuerza_popular", "ORG", ["Fuerza Popular"], []),
      ("P:kenji_fujimori", "PER", ["Kenji Fujimori"], []),
      ("O:inpe", "ORG", ["Institut national pénitentiaire"], []),
      ("P:julio_cardenas", "PER", ["Julio Cárdenas"], []),
      ("O:corte_idh", "ORG", ["Cour interaméricaine des droits de l'homme"], []),
      ("P:tafur", "PER", ["Rodolfo Tafur"], []),
      ("P:boluarte", "PER", ["Dina Boluarte", "Boluarte"], []),
      ("O:congreso_peru", "ORG", ["Congrès"], []),
      ("L:peru", "LOC", [], ["péruvien"]),
      ("P:alejandro_soto", "PER", ["Alejandro Soto"], []),
      ("P:rosa_fernandez", "PER", ["Rosa Fernández"], []),
      ("L:barrios_altos", "LOC", ["Barrios Altos"], []),
      ("L:la_cantuta", "LOC", ["La Cantuta"], []),
      ("P:petro", "PER", ["Gustavo Petro Urrego"], []),
      ("L:colombia", "LOC", [], ["colombien"]),
      ("P:carla_medina", "PER", ["Carla Medina"], []),
      ("O:pucp", "ORG", ["Université pontificale catholique du Pérou"], []),
  ],
  roles=[
      ("P:alberto_fujimori", "ancien président", "L:peru"),
      ("P:keiko_fujimori", "cheffe", "O:fuerza_popular"),
      ("P:kenji_fujimori", "ancien député", "O:congreso_peru"),
      ("P:julio_cardenas", "avocat", None),
      ("P:tafur", "porte-parole du gouvernement", "L:peru"),
      ("P:boluarte", "présidente", "L:peru"),
      ("P:alejandro_soto", "président", "O:congreso_peru"),
      ("P:rosa_fernandez", "députée", "O:congreso_peru"),
      ("P:petro", "président", "L:colombia"),
      ("P:carla_medina", "professeure de droit", "O:pucp"),
  ])


# ---------------------------------------------------------------- k04  (business brief)
# NOTE: section labels "CHILI –", "ARGENTINE –", "MEXIQUE –" are body text (datelines), so they are mentions.
# NOTE: "du programme du président Javier Milei" sits outside the marks but inside Massa's reported clause;
#       the quote is mixed and Milei's role is still annotated.
# NOTE: Alberto Fernández and Cristina Fernández de Kirchner share a surname but are not related.
# NOTE: "la fin de l'année" = 2025; "juillet" = July 2025.
A(id="k04", published="2025-04-10",
  title="Lithium : Santiago accélère, Buenos Aires mise sur la déréglementation, Mexico nationalise",
  text="""
CHILI – Le ministre de l'Économie Nicolás Grau a annoncé lundi que l'alliance entre le groupe public Codelco et SQM pour le lithium du salar d'Atacama serait opérationnelle « sans nouveau retard ». Selon Valentina Rojas, économiste chez Banco Austral à Santiago, la production chilienne pourrait doubler d'ici 2030. La directrice lithium de Codelco, Paula Ibáñez, a précisé que les premiers contrats seraient signés « avant juillet ».

Recevez chaque matin notre newsletter Éco & Marchés

ARGENTINE – Le ministre argentin de l'Économie, Luis Caputo, a assuré mercredi que l'inflation mensuelle passerait « durablement sous les 2 % ». Son prédécesseur, l'ancien ministre de l'Économie Sergio Massa, a jugé sur Radio Mitre que « la récession est le vrai prix » du programme du président Javier Milei.

Le gouverneur de la province de Jujuy, Carlos Sadir, réclame de son côté une part des redevances sur le lithium extrait au nord de San Salvador de Jujuy, la capitale provinciale. L'ancien président Alberto Fernández et l'ancienne vice-présidente Cristina Fernández de Kirchner, tous deux visés par la justice, n'ont pas réagi.

LIRE AUSSI – Bolivie : le gouvernement relance ses appels d'offres sur le lithium

MEXIQUE – La présidente Claudia Sheinbaum Pardo a confirmé que la société publique LitioMx resterait la seule autorisée à exploiter le minerai. « Le lithium appartient à la nation, pas aux spéculateurs », a lancé Sheinbaum Pardo. La directrice générale de LitioMx, Ana Lilia Campos, a promis que le premier partenariat serait signé « avant la fin de l'année ».
""",
  boilerplate=["Recevez chaque matin notre newsletter Éco & Marchés",
               "LIRE AUSSI – Bolivie : le gouvernement relance ses appels d'offres sur le lithium"],
  quotes=[
      ("l'alliance entre le groupe public Codelco et SQM pour le lithium du salar d'Atacama serait opérationnelle « sans nouveau retard »", "mixed", "Nicolás Grau"),
      ("la production chilienne pourrait doubler d'ici 2030", "indirect", "Valentina Rojas"),
      ("les premiers contrats seraient signés « avant juillet »", "mixed", "Paula Ibáñez"),
      ("l'inflation mensuelle passerait « durablement sous les 2 % »", "mixed", "Luis Caputo"),
      ("« la récession est le vrai prix » du programme du président Javier Milei", "mixed", "Sergio Massa"),
      ("la société publique LitioMx resterait la seule autorisée à exploiter le minerai", "indirect", "Claudia Sheinbaum Pardo"),
      ("Le lithium appartient à la nation, pas aux spéculateurs", "direct", "Claudia Sheinbaum Pardo"),
      ("le premier partenariat serait signé « avant la fin de l'année »", "mixed", "Ana Lilia Campos"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2025-04-07"),
      ("2030", "DATE", "2030"),
      ("juillet", "DATE", "2025-07"),
      ("mercredi", "DATE", "2025-04-09"),
      ("la fin de l'année", "DATE", "2025"),
  ],
  entities=[
      ("L:chile", "LOC", ["CHILI"], ["chilienne"]),
      ("P:nicolas_grau", "PER", ["Nicolás Grau"], []),
      ("O:codelco", "ORG", ["Codelco"], []),
      ("O:sqm", "ORG", ["SQM"], []),
      ("L:salar_de_atacama", "LOC", ["salar d'Atacama"], []),
      ("P:valentina_rojas", "PER", ["Valentina Rojas"], []),
      ("O:banco_austral", "ORG", ["Banco Austral"], []),
      ("L:santiago", "LOC", ["Santiago"], []),
      ("P:paula_ibanez", "PER", ["Paula Ibáñez"], []),
      ("L:argentina", "LOC", ["ARGENTINE"], ["argentin"]),
      ("P:caputo", "PER", ["Luis Caputo"], []),
      ("P:massa", "PER", ["Sergio Massa"], []),
      ("O:radio_mitre", "ORG", ["Radio Mitre"], []),
      ("P:milei", "PER", ["Javier Milei"], []),
      ("L:jujuy", "LOC", ["Jujuy"], []),
      ("P:sadir", "PER", ["Carlos Sadir"], []),
      ("L:san_salvador_de_jujuy", "LOC", ["San Salvador de Jujuy"], []),
      ("P:alberto_fernandez", "PER", ["Alberto Fernández"], []),
      ("P:cfk", "PER", ["Cristina Fernández de Kirchner"], []),
      ("L:mexico", "LOC", ["MEXIQUE"], []),
      ("P:sheinbaum", "PER", ["Claudia Sheinbaum Pardo", "Sheinbaum Pardo"], []),
      ("O:litiomx", "ORG", ["LitioMx"], []),
      ("P:ana_lilia_campos", "PER", ["Ana Lilia Campos"], []),
  ],
  roles=[
      # NOTE: no demonym; Chile implied by the "CHILI –" section and annotated.
      ("P:nicolas_grau", "ministre de l'Économie", "L:chile"),
      ("P:valentina_rojas", "économiste", "O:banco_austral"),
      ("P:paula_ibanez", "directrice lithium", "O:codelco"),
      ("P:caputo", "ministre de l'Économie", "L:argentina"),
      ("P:massa", "ancien ministre de l'Économie", "L:argentina"),
      ("P:milei", "président", "L:argentina"),
      ("P:sadir", "gouverneur", "L:jujuy"),
      ("P:alberto_fernandez", "ancien président", "L:argentina"),
      ("P:cfk", "ancienne vice-présidente", "L:argentina"),
      ("P:sheinbaum", "présidente", "L:mexico"),
      ("P:ana_lilia_campos", "directrice générale", "O:litiomx"),
  ])


# ---------------------------------------------------------------- k05  (wire dispatch)
# NOTE: "Irakiens" (noun) and "irakien" are demonyms of L:iraq; "kurde" is not a country demonym and is left out.
# NOTE: "Kurdistan" (alone in "Kurdistan irakien") = L:kurdistan_region; nested in GRK / PDK names.
# NOTE: Nechirvan Barzani "président de la région" -> `of` = L:kurdistan_region (complement "de la région").
# NOTE: Kamal Mohammed's ministry belongs to the regional government ("Côté kurde") -> `of` = O:krg.
# NOTE: "deux ans et demi" = P30M (the regex has no fractional years); the pipeline stopped in March 2023.
# NOTE: "l'an dernier" = 2024 (Pezeshkian's first trip abroad, September 2024).
A(id="k05", published="2025-09-29",
  title="Irak : le pétrole kurde coule de nouveau vers la Turquie",
  text="""
ERBIL (Irak) – Le pétrole du Kurdistan irakien coule de nouveau vers le port turc de Ceyhan. Les exportations par l'oléoduc qui relie Kirkouk à la Méditerranée ont repris samedi, après deux ans et demi d'interruption, a confirmé dimanche le ministère irakien du Pétrole.

Le Premier ministre du gouvernement régional du Kurdistan (GRK), Masrour Barzani, a salué « une journée historique pour tous les Irakiens ». Son cousin Nechirvan Barzani, président de la région, s'est entretenu au téléphone avec le président turc Recep Tayyip Erdogan. Le père de Masrour, Massoud Barzani, chef historique du Parti démocratique du Kurdistan (PDK), ne s'est pas exprimé.

LIRE AUSSI – Syrie : Damas et les forces kurdes signent un accord sur le barrage de Tichrine

À Bagdad, le Premier ministre Mohammed Chia al-Soudani a estimé que l'accord « protège la souveraineté économique » du pays. Le ministre du Pétrole, Hayan Abdel-Ghani, a précisé que 180 000 barils par jour transiteraient dans un premier temps.

Côté kurde, le ministre des Ressources naturelles par intérim, Kamal Mohammed, a parlé d'un « premier pas » et assuré que les contrats seraient publiés « le mois prochain ». Le gouverneur de Kirkouk, Rebwar Taha, réclame pour sa province une partie des revenus.

Selon Dilan Hawrami, analyste au Centre d'études stratégiques de Souleimaniye, le retour du brut kurde « reste suspendu à la paie des fonctionnaires », qui attendent leurs salaires depuis trois mois.

Le sept. Le 30, le chef de la diplomatie iranienne Abbas Araqchi est attendu à Bagdad. L'an dernier, le président Masoud Pezeshkian avait choisi l'Irak pour sa première visite à l'étranger.

Téléchargez notre application pour suivre l'actualité du Moyen-Orient en temps réel
""",
  boilerplate=["LIRE AUSSI – Syrie : Damas et les forces kurdes signent un accord sur le barrage de Tichrine",
               "Téléchargez notre application pour suivre l'actualité du Moyen-Orient en temps réel"],
  quotes=[
      ("Les exportations par l'oléoduc qui relie Kirkouk à la Méditerranée ont repris samedi, après deux ans et demi d'interruption", "indirect", "le ministère irakien du Pétrole"),
      ("une journée historique pour tous les Irakiens", "direct", "Masrour Barzani"),
      ("l'accord « protège la souveraineté économique » du pays", "mixed", "Mohammed Chia al-Soudani"),
      ("180 000 barils par jour transiteraient dans un premier temps", "indirect", "Hayan Abdel-Ghani"),
      ("premier pas", "direct", "Kamal Mohammed"),
      ("les contrats seraient publiés « le mois prochain »", "mixed", "Kamal Mohammed"),
      ("le retour du brut kurde « reste suspendu à la paie des fonctionnaires », qui attendent leurs salaires depuis trois mois", "mixed", "Dilan Hawrami"),
  ],
  not_quotes=[],
  times=[
      ("samedi", "DATE", "2025-09-27"),
      ("deux ans et demi", "DURATION", "P30M"),
      ("dimanche", "DATE", "2025-09-28"),
      ("par jour", "SET", "P1D"),
      ("le mois prochain", "DATE", "2025-10"),
      ("trois mois", "DURATION", "P3M"),
      ("Le sept. Le 30", "DATE", "2025-09-30"),
      ("L'an dernier", "DATE", "2024"),
  ],
  entities=[
      ("L:erbil", "LOC", ["ERBIL"], []),
      ("L:iraq", "LOC", ["Irak"], ["irakien", "Irakiens"]),
      ("L:kurdistan_region", "LOC", ["Kurdistan"], []),
      ("L:ceyhan", "LOC", ["Ceyhan"], []),
      ("L:turkey", "LOC", [], ["turc"]),
      ("L:kirkuk", "LOC", ["Kirkouk"], []),
      ("L:mediterranean", "LOC", ["Méditerranée"], []),
      ("O:iraq_oil_ministry", "ORG", ["ministère irakien du Pétrole"], []),
      ("O:krg", "ORG", ["gouvernement régional du Kurdistan", "GRK"], []),
      ("P:masrour_barzani", "PER", ["Masrour Barzani", "Masrour"], []),
      ("P:nechirvan_barzani", "PER", ["Nechirvan Barzani"], []),
      ("P:erdogan", "PER", ["Recep Tayyip Erdogan"], []),
      ("P:masoud_barzani", "PER", ["Massoud Barzani"], []),
      ("O:kdp", "ORG", ["Parti démocratique du Kurdistan", "PDK"], []),
      ("L:baghdad", "LOC", ["Bagdad"], []),
      ("P:soudani", "PER", ["Mohammed Chia al-Soudani"], []),
      ("P:abdel_ghani", "PER", ["Hayan Abdel-Ghani"], []),
      ("P:kamal_mohammed", "PER", ["Kamal Mohammed"], []),
      ("P:rebwar_taha", "PER", ["Rebwar Taha"], []),
      ("P:dilan_hawrami", "PER", ["Dilan Hawrami"], []),
      ("O:cess_souleimaniye", "ORG", ["Centre d'études stratégiques de Souleimaniye"], []),
      ("L:iran", "LOC", [], ["iranienne"]),
      ("P:araghchi", "PER", ["Abbas Araqchi"], []),
      ("P:pezeshkian", "PER", ["Masoud Pezeshkian"], []),
  ],
  roles=[
      ("P:masrour_barzani", "Premier ministre", "O:krg"),
      ("P:nechirvan_barzani", "président", "L:kurdistan_region"),
      ("P:erdogan", "président", "L:turkey"),
      ("P:masoud_barzani", "chef historique", "O:kdp"),
      # NOTE: bare "Premier ministre" "À Bagdad": Iraq implied and annotated.
      ("P:soudani", "Premier ministre", "L:iraq"),
      ("P:abdel_ghani", "ministre du Pétrole", "L:iraq"),
      ("P:kamal_mohammed", "ministre des Ressources naturelles par intérim", "O:krg"),
      ("P:rebwar_taha", "gouverneur", "L:kirkuk"),
      ("P:dilan_hawrami", "analyste", "O:cess_souleimaniye"),
      ("P:araghchi", "chef de la diplomatie", "L:iran"),
      ("P:pezeshkian", "président", "L:iran"),
  ])


# ---------------------------------------------------------------- k06  (portrait)
# NOTE: "refuse de « jouer au héros »" and "le présente comme « le candidat naturel »": short quoted fragments
#       attributed outside a que-clause -> direct.
# NOTE: İmamoğlu is "le maire" of Istanbul although jailed (and suspended); the role is kept.
# NOTE: Yavaş has two roles: "maire" (élu maire d'Ankara) and the occupation "ancien avocat" (of null).
# NOTE: "samedi" = the coming Saturday (the rally is "prévu"), 2025-06-14; "mars" = March 2025.
A(id="k06", published="2025-06-12",
  title="Portrait – Mansur Yavaş, le maire d'Ankara qui ne hausse jamais le ton",
  text="""
Il parle lentement, sourit peu et refuse de « jouer au héros ». Depuis que le maire d'Istanbul, Ekrem İmamoğlu, a été incarcéré en mars, Mansur Yavaş est devenu le visage le plus scruté du premier parti d'opposition de Türkiye.

Ancien avocat, élu maire d'Ankara en 2019 puis réélu en mars 2024, cet ancien militant nationaliste a rejoint le Parti républicain du peuple (CHP) sur le tard. « Je ne suis l'homme d'aucun clan «, répète-t-il. Le président du CHP, Özgür Özel, le présente comme « le candidat naturel » si İmamoğlu restait empêché.

ÉTATS-UNIS : LA FED MAINTIENT SES TAUX INCHANGÉS

Le pouvoir, lui, accentue la pression. Le ministre de l'Intérieur Ali Yerlikaya a évoqué mardi des « irrégularités » dans les appels d'offres de la municipalité. Selon le ministre de la Justice Yılmaz Tunç, la justice turque « travaille en toute indépendance ». Le gouverneur d'Ankara, Vasip Şahin, nommé par le pouvoir central, a interdit le rassemblement prévu samedi sur le boulevard Atatürk.

Le président Recep Tayyip Erdoğan, lui, ne prononce jamais son nom en public.

Lire aussi : Istanbul : des milliers de manifestants devant l'hôtel de ville

Son frère cadet, l'avocat Erdal Yavaş, assure que le maire « ne s'accorde plus aucun repos ». L'ancien maire Melih Gökçek, figure locale de l'AKP, ironise sur « un gestionnaire devenu prophète ».

Dans son bureau, sous un portrait de Mustafa Kemal Atatürk, Mansur Yavaş promet que la capitale « tiendra bon ». Ses proches jurent qu'il n'a jamais demandé à être candidat. Ses adversaires, eux, notent qu'il n'a jamais dit non.

Abonnez-vous à notre newsletter Turquie et Moyen-Orient
""",
  boilerplate=["ÉTATS-UNIS : LA FED MAINTIENT SES TAUX INCHANGÉS",
               "Lire aussi : Istanbul : des milliers de manifestants devant l'hôtel de ville",
               "Abonnez-vous à notre newsletter Turquie et Moyen-Orient"],
  quotes=[
      ("jouer au héros", "direct", "Mansur Yavaş"),
      ("Je ne suis l'homme d'aucun clan", "direct", "Mansur Yavaş"),
      ("le candidat naturel", "direct", "Özgür Özel"),
      ("irrégularités", "direct", "Ali Yerlikaya"),
      ("la justice turque « travaille en toute indépendance »", "mixed", "Yılmaz Tunç"),
      ("le maire « ne s'accorde plus aucun repos »", "mixed", "Erdal Yavaş"),
      ("un gestionnaire devenu prophète", "direct", "Melih Gökçek"),
      ("la capitale « tiendra bon »", "mixed", "Mansur Yavaş"),
  ],
  not_quotes=[],
  times=[
      ("mars", "DATE", "2025-03"),
      ("2019", "DATE", "2019"),
      ("mars 2024", "DATE", "2024-03"),
      ("mardi", "DATE", "2025-06-10"),
      ("samedi", "DATE", "2025-06-14"),
  ],
  entities=[
      ("L:istanbul", "LOC", ["Istanbul"], []),
      ("P:imamoglu", "PER", ["Ekrem İmamoğlu", "İmamoğlu"], []),
      ("P:mansur_yavas", "PER", ["Mansur Yavaş"], []),
      ("L:turkey", "LOC", ["Türkiye"], ["turque"]),
      ("L:ankara", "LOC", ["Ankara"], []),
      ("O:chp", "ORG", ["Parti républicain du peuple", "CHP"], []),
      ("P:ozel", "PER", ["Özgür Özel"], []),
      ("P:yerlikaya", "PER", ["Ali Yerlikaya"], []),
      ("P:tunc", "PER", ["Yılmaz Tunç"], []),
      ("P:vasip_sahin", "PER", ["Vasip Şahin"], []),
      ("L:boulevard_ataturk", "LOC", ["boulevard Atatürk"], []),
      ("P:erdogan", "PER", ["Recep Tayyip Erdoğan"], []),
      ("P:erdal_yavas", "PER", ["Erdal Yavaş"], []),
      ("P:melih_gokcek", "PER", ["Melih Gökçek"], []),
      ("O:akp", "ORG", ["AKP"], []),
      ("P:ataturk", "PER", ["Mustafa Kemal Atatürk"], []),
  ],
  roles=[
      ("P:imamoglu", "maire", "L:istanbul"),
      ("P:mansur_yavas", "ancien avocat", None),
      ("P:mansur_yavas", "maire", "L:ankara"),
      ("P:ozel", "président", "O:chp"),
      # NOTE: no demonym on the title; Turkey implied ("Le pouvoir") and annotated.
      ("P:yerlikaya", "ministre de l'Intérieur", "L:turkey"),
      ("P:tunc", "ministre de la Justice", "L:turkey"),
      ("P:vasip_sahin", "gouverneur", "L:ankara"),
      ("P:erdogan", "président", "L:turkey"),
      ("P:erdal_yavas", "avocat", None),
      # NOTE: "L'ancien maire" of Ankara (implied by the portrait; Ankara annotated).
      ("P:melih_gokcek", "ancien maire", "L:ankara"),
  ])


# ---------------------------------------------------------------- k07  (Q&A interview)
# NOTE: the interviewee's answers carry no quotation marks and are NOT annotated as quotes (judgement call);
#       speech that she reports from others inside her answers is annotated.
# NOTE: "Selon l'agence Tasnim, le guide a jugé que « ... »": Tasnim is a source attribution, not a speaker;
#       the que-clause is entirely inside the marks -> mixed, speaker Khamenei.
# NOTE: "politique du voisinage" is in the journalist's question (name of a policy) -> not_quote.
# NOTE: the bare form "Kurdistan" is used both for the Iranian province and for Iraqi Kurdistan (hard negative).
# NOTE: "porte-parole de la diplomatie iranienne": `of` = L:iran (demonym); the ministry is not named.
# NOTE: "l'hiver" = winter 2025 (2025-WI); "août" = August 2025; "La semaine dernière" = 2025-W46.
A(id="k07", published="2025-11-20",
  title="« Téhéran joue la montre » : entretien avec la chercheuse Leila Naderi",
  text="""
Leila Naderi, chercheuse à l'Institut genevois d'études sur le Golfe, décrypte l'offensive diplomatique de l'Iran depuis la guerre de juin.

Question : Le ministre des Affaires étrangères Abbas Araghchi (عباس عراقچی) multiplie les voyages. Que cherche-t-il ?

LEILA NADERI : Il veut montrer que la République islamique n'est pas isolée. La semaine dernière, il était à Bagdad, où le Premier ministre irakien Mohammed Shia al-Sudani lui a assuré que l'Iraq « ne servira de base contre aucun voisin ». Puis Araghchi a filé à Tachkent, reçu par le président ouzbek Shavkat Mirziyoyev.

Question : Est-ce la fin de la « politique du voisinage » ?

LEILA NADERI : Au contraire. Mais le dossier nucléaire bloque tout. Le directeur général de l'AIEA, Rafael Grossi, répète que ses inspecteurs n'ont plus accès au site de Fordo. Le porte-parole de la diplomatie iranienne, Esmaïl Baghaï, parle de « coopération suspendue, pas rompue ». Tout se décide autour d'Ali Larijani, nommé secrétaire du Conseil suprême de sécurité nationale en août, à ne pas confondre avec son frère Sadegh Larijani, président du Conseil de discernement.

Inscrivez-vous à notre newsletter Moyen-Orient

Question : Et le guide suprême Ali Khamenei ?

LEILA NADERI : Selon l'agence Tasnim, le guide a jugé que « parler n'est pas céder ». Le président Massoud Pezeshkian, lui, veut des résultats économiques avant l'hiver. Les tensions restent vives à l'ouest : le mois dernier, les Gardiens de la révolution ont encore frappé depuis la province du Kurdistan des groupes installés au Kurdistan irakien.
""",
  boilerplate=["Inscrivez-vous à notre newsletter Moyen-Orient"],
  quotes=[
      ("l'Iraq « ne servira de base contre aucun voisin »", "mixed", "Mohammed Shia al-Sudani"),
      ("ses inspecteurs n'ont plus accès au site de Fordo", "indirect", "Rafael Grossi"),
      ("coopération suspendue, pas rompue", "direct", "Esmaïl Baghaï"),
      ("« parler n'est pas céder »", "mixed", "Ali Khamenei"),
  ],
  not_quotes=["politique du voisinage"],
  times=[
      ("juin", "DATE", "2025-06"),
      ("La semaine dernière", "DATE", "2025-W46"),
      ("août", "DATE", "2025-08"),
      ("l'hiver", "DATE", "2025-WI"),
      ("le mois dernier", "DATE", "2025-10"),
  ],
  entities=[
      ("P:leila_naderi", "PER", ["Leila Naderi", "LEILA NADERI"], []),
      ("O:igeg", "ORG", ["Institut genevois d'études sur le Golfe"], []),
      ("L:iran", "LOC", ["Iran", "République islamique"], ["iranienne"]),
      ("P:araghchi", "PER", ["Abbas Araghchi", "عباس عراقچی", "Araghchi"], []),
      ("L:baghdad", "LOC", ["Bagdad"], []),
      ("L:iraq", "LOC", ["Iraq"], ["irakien"]),
      ("P:soudani", "PER", ["Mohammed Shia al-Sudani"], []),
      ("L:tashkent", "LOC", ["Tachkent"], []),
      ("L:uzbekistan", "LOC", [], ["ouzbek"]),
      ("P:mirziyoyev", "PER", ["Shavkat Mirziyoyev"], []),
      ("O:iaea", "ORG", ["AIEA"], []),
      ("P:grossi", "PER", ["Rafael Grossi"], []),
      ("L:fordo", "LOC", ["Fordo"], []),
      ("P:baghaei", "PER", ["Esmaïl Baghaï"], []),
      ("P:ali_larijani", "PER", ["Ali Larijani"], []),
      ("O:snsc_iran", "ORG", ["Conseil suprême de sécurité nationale"], []),
      ("P:sadegh_larijani", "PER", ["Sadegh Larijani"], []),
      ("O:expediency_council", "ORG", ["Conseil de discernement"], []),
      ("P:khamenei", "PER", ["Ali Khamenei"], []),
      ("O:tasnim", "ORG", ["Tasnim"], []),
      ("P:pezeshkian", "PER", ["Massoud Pezeshkian"], []),
      ("O:irgc", "ORG", ["Gardiens de la révolution"], []),
      ("L:kurdistan_province_iran", "LOC", ["Kurdistan"], []),
      ("L:kurdistan_region", "LOC", ["Kurdistan"], []),
  ],
  roles=[
      ("P:leila_naderi", "chercheuse", "O:igeg"),
      ("P:araghchi", "ministre des Affaires étrangères", "L:iran"),
      ("P:soudani", "Premier ministre", "L:iraq"),
      ("P:mirziyoyev", "président", "L:uzbekistan"),
      ("P:grossi", "directeur général", "O:iaea"),
      ("P:baghaei", "porte-parole de la diplomatie", "L:iran"),
      ("P:ali_larijani", "secrétaire", "O:snsc_iran"),
      ("P:sadegh_larijani", "président", "O:expediency_council"),
      ("P:khamenei", "guide suprême", "L:iran"),
      ("P:pezeshkian", "président", "L:iran"),
  ])


# ---------------------------------------------------------------- k08  (wire dispatch)
# NOTE: the Cyrillic signature « Шавкат Мирзиёев » is a not_quote and a mention of P:mirziyoyev.
# NOTE: ", selon un communiqué de la présidence ouzbèke" is a postposed reporting clause -> indirect quote.
# NOTE: "Tachkent" in Dauletov's quote is the metonymic capital (L:tashkent), not L:tashkent_region.
# NOTE: "hokim" (regional governor) is a role with `of` = the region.
# NOTE: "le printemps" = spring 2025; "Le nov. 28" is damaged (2024-11-28).
A(id="k08", published="2024-11-14",
  title="Ouzbékistan-Kazakhstan : un accord historique sur les eaux du Syr-Daria",
  text="""
TACHKENT – Le président ouzbek Chavkat Mirzioïev et le Premier ministre kazakh Olzhas Bektenov ont signé mercredi un accord sur le partage des eaux du Syr-Daria, selon un communiqué de la présidence ouzbèke.

Le texte, paraphé « Шавкат Мирзиёев » au bas de la dernière page, prévoit la construction de deux réservoirs d'ici 2027. « L'eau ne doit plus être une source de conflit entre nos peuples », a déclaré M. Mirzioïev, lors d'une cérémonie à laquelle assistait sa fille Saida Mirziyoyeva, cheffe de l'administration présidentielle.

KAZAKHSTAN : INCENDIE DANS UNE RAFFINERIE PRÈS DE CHYMKENT

Le vice-ministre kazakh de l'Énergie, Yerlan Akbarov, a précisé que les livraisons de gaz vers l'Ouzbékistan reprendraient « dès le 1er décembre ». Le ministre ouzbek des Affaires étrangères Bakhtiyor Saïdov a parlé d'une « nouvelle ère régionale ».

Lire aussi | Ouzbékistan : le nouveau code électoral adopté au Parlement

Le hokim de la région de Tachkent, Jasur Kholmatov, a promis que les agriculteurs recevraient 15 % d'eau en plus « dès le printemps ». Dans les champs de coton, on reste sceptique : les coupures ont été fréquentes l'été dernier.

Pour Aïgerim Seitkali, économiste à l'Institut d'Asie centrale d'Almaty, l'accord « arrive avec dix ans de retard ». L'ancien ministre kazakh de l'Agriculture Nurlan Dauletov a, lui, estimé que Tachkent avait « obtenu l'essentiel » en échange de promesses.

Les deux délégations doivent se retrouver Le nov. 28 à Bichkek, où le Kirghizistan, qui contrôle l'amont du fleuve, réclame d'être associé au mécanisme.

Suivez-nous sur Telegram
""",
  boilerplate=["KAZAKHSTAN : INCENDIE DANS UNE RAFFINERIE PRÈS DE CHYMKENT",
               "Lire aussi | Ouzbékistan : le nouveau code électoral adopté au Parlement",
               "Suivez-nous sur Telegram"],
  quotes=[
      ("Le président ouzbek Chavkat Mirzioïev et le Premier ministre kazakh Olzhas Bektenov ont signé mercredi un accord sur le partage des eaux du Syr-Daria", "indirect", "la présidence ouzbèke"),
      ("L'eau ne doit plus être une source de conflit entre nos peuples", "direct", "Chavkat Mirzioïev"),
      ("les livraisons de gaz vers l'Ouzbékistan reprendraient « dès le 1er décembre »", "mixed", "Yerlan Akbarov"),
      ("nouvelle ère régionale", "direct", "Bakhtiyor Saïdov"),
      ("les agriculteurs recevraient 15 % d'eau en plus « dès le printemps »", "mixed", "Jasur Kholmatov"),
      ("l'accord « arrive avec dix ans de retard »", "mixed", "Aïgerim Seitkali"),
      ("Tachkent avait « obtenu l'essentiel » en échange de promesses", "mixed", "Nurlan Dauletov"),
  ],
  not_quotes=["Шавкат Мирзиёев"],
  times=[
      ("mercredi", "DATE", "2024-11-13"),
      ("2027", "DATE", "2027"),
      ("le 1er décembre", "DATE", "2024-12-01"),
      ("le printemps", "DATE", "2025-SP"),
      ("l'été dernier", "DATE", "2024-SU"),
      ("dix ans", "DURATION", "P10Y"),
      ("Le nov. 28", "DATE", "2024-11-28"),
  ],
  entities=[
      ("L:tashkent", "LOC", ["TACHKENT", "Tachkent"], []),
      ("L:uzbekistan", "LOC", ["Ouzbékistan"], ["ouzbek", "ouzbèke"]),
      ("P:mirziyoyev", "PER", ["Chavkat Mirzioïev", "Mirzioïev", "Шавкат Мирзиёев"], []),
      ("L:kazakhstan", "LOC", [], ["kazakh"]),
      ("P:bektenov", "PER", ["Olzhas Bektenov"], []),
      ("L:syr_darya", "LOC", ["Syr-Daria"], []),
      ("P:saida_mirziyoyeva", "PER", ["Saida Mirziyoyeva"], []),
      ("P:yerlan_akbarov", "PER", ["Yerlan Akbarov"], []),
      ("P:saidov", "PER", ["Bakhtiyor Saïdov"], []),
      ("L:tashkent_region", "LOC", ["région de Tachkent"], []),
      ("P:jasur_kholmatov", "PER", ["Jasur Kholmatov"], []),
      ("P:aigerim_seitkali", "PER", ["Aïgerim Seitkali"], []),
      ("O:iaca_almaty", "ORG", ["Institut d'Asie centrale d'Almaty"], []),
      ("P:nurlan_dauletov", "PER", ["Nurlan Dauletov"], []),
      ("L:bishkek", "LOC", ["Bichkek"], []),
      ("L:kyrgyzstan", "LOC", ["Kirghizistan"], []),
  ],
  roles=[
      ("P:mirziyoyev", "président", "L:uzbekistan"),
      ("P:bektenov", "Premier ministre", "L:kazakhstan"),
      # NOTE: Uzbekistan implied (daughter of the Uzbek president; Uzbekistan annotated).
      ("P:saida_mirziyoyeva", "cheffe de l'administration présidentielle", "L:uzbekistan"),
      ("P:yerlan_akbarov", "vice-ministre de l'Énergie", "L:kazakhstan"),
      ("P:saidov", "ministre des Affaires étrangères", "L:uzbekistan"),
      ("P:jasur_kholmatov", "hokim", "L:tashkent_region"),
      ("P:aigerim_seitkali", "économiste", "O:iaca_almaty"),
      ("P:nurlan_dauletov", "ancien ministre de l'Agriculture", "L:kazakhstan"),
  ])


# ---------------------------------------------------------------- k09  ("ce qu'il faut retenir")
# NOTE: "diplomatie de la navette" (name of a policy, journalist's voice) -> not_quote.
# NOTE: "deux fois par an" is a SET (P1Y; the frequency is not encoded by the value format).
# NOTE: "mer de Chine du Sud" = L:south_china_sea (k10 writes "mer de Chine méridionale").
# NOTE: "Ferdinand Marcos fils" = P:marcos_jr (k10), not his father.
# NOTE: the numbered sub-headings ("1. ...") are part of the article, not boilerplate.
A(id="k09", published="2026-01-14",
  title="Sommet de Nara : ce qu'il faut retenir de la rencontre Takaichi-Lee",
  text="""
NARA (Japon) – La Première ministre japonaise Sanae Takaichi (高市早苗) a reçu mardi le président sud-coréen Lee Jae-myung (이재명) dans sa ville natale de Nara, pour un sommet de deux jours. Voici ce qu'il faut retenir.

1. Une « diplomatie de la navette » relancée. Les deux dirigeants ont promis de se voir « au moins deux fois par an », a indiqué le secrétaire général du gouvernement japonais, Minoru Kihara. Le gouverneur de la préfecture de Nara, Makoto Yamashita, leur a offert une lanterne de bronze.

2. Le passé en sourdine. Interrogé sur le sanctuaire Yasukuni, M. Lee a répondu : « Nous ne laisserons pas l'histoire prendre l'avenir en otage «.

Suivez toute l'actualité internationale sur notre application

3. Pyongyang dans le viseur. Selon le ministre sud-coréen des Affaires étrangères Cho Hyun, les deux pays partageront en temps réel leurs données sur les tirs de missiles du dirigeant nord-coréen Kim Jong-un.

CHINE : LA CROISSANCE RALENTIT AU QUATRIÈME TRIMESTRE

4. Un œil sur la mer de Chine du Sud. Le ministre japonais des Affaires étrangères, Toshimitsu Motegi, a jugé la situation « préoccupante » et annoncé que Mme Takaichi se rendrait à Manille le mois prochain pour rencontrer le président philippin Ferdinand Marcos fils.

5. Des experts prudents. Pour Kim Min-seo, chercheuse à l'Institut Asan de Séoul, « la relation reste à la merci d'un changement de gouvernement à Tokyo ou à Séoul ». Le conseiller sud-coréen à la sécurité nationale, Wi Sung-lac, est attendu à Tokyo la semaine prochaine pour préparer la suite.
""",
  boilerplate=["Suivez toute l'actualité internationale sur notre application",
               "CHINE : LA CROISSANCE RALENTIT AU QUATRIÈME TRIMESTRE"],
  quotes=[
      ("Les deux dirigeants ont promis de se voir « au moins deux fois par an »", "mixed", "Minoru Kihara"),
      ("Nous ne laisserons pas l'histoire prendre l'avenir en otage", "direct", "Lee Jae-myung"),
      ("les deux pays partageront en temps réel leurs données sur les tirs de missiles du dirigeant nord-coréen Kim Jong-un", "indirect", "Cho Hyun"),
      ("préoccupante", "direct", "Toshimitsu Motegi"),
      ("Mme Takaichi se rendrait à Manille le mois prochain pour rencontrer le président philippin Ferdinand Marcos fils", "indirect", "Toshimitsu Motegi"),
      ("« la relation reste à la merci d'un changement de gouvernement à Tokyo ou à Séoul »", "mixed", "Kim Min-seo"),
  ],
  not_quotes=["diplomatie de la navette"],
  times=[
      ("mardi", "DATE", "2026-01-13"),
      ("deux jours", "DURATION", "P2D"),
      ("deux fois par an", "SET", "P1Y"),
      ("le mois prochain", "DATE", "2026-02"),
      ("la semaine prochaine", "DATE", "2026-W04"),
  ],
  entities=[
      ("L:nara", "LOC", ["NARA", "Nara"], []),
      ("L:japan", "LOC", ["Japon"], ["japonaise", "japonais"]),
      ("P:takaichi", "PER", ["Sanae Takaichi", "高市早苗", "Takaichi"], []),
      ("L:south_korea", "LOC", [], ["sud-coréen"]),
      ("P:lee_jae_myung", "PER", ["Lee Jae-myung", "이재명", "Lee"], []),
      ("P:kihara", "PER", ["Minoru Kihara"], []),
      ("L:nara_prefecture", "LOC", ["préfecture de Nara"], []),
      ("P:makoto_yamashita", "PER", ["Makoto Yamashita"], []),
      ("L:yasukuni", "LOC", ["Yasukuni"], []),
      ("L:pyongyang", "LOC", ["Pyongyang"], []),
      ("P:cho_hyun", "PER", ["Cho Hyun"], []),
      ("L:north_korea", "LOC", [], ["nord-coréen"]),
      ("P:kim_jong_un", "PER", ["Kim Jong-un"], []),
      ("L:south_china_sea", "LOC", ["mer de Chine du Sud"], []),
      ("P:motegi", "PER", ["Toshimitsu Motegi"], []),
      ("L:manila", "LOC", ["Manille"], []),
      ("L:philippines", "LOC", [], ["philippin"]),
      ("P:marcos_jr", "PER", ["Ferdinand Marcos fils"], []),
      ("P:kim_min_seo", "PER", ["Kim Min-seo"], []),
      ("O:asan_institute", "ORG", ["Institut Asan"], []),
      ("L:seoul", "LOC", ["Séoul"], []),
      ("L:tokyo", "LOC", ["Tokyo"], []),
      ("P:wi_sung_lac", "PER", ["Wi Sung-lac"], []),
  ],
  roles=[
      ("P:takaichi", "Première ministre", "L:japan"),
      ("P:lee_jae_myung", "président", "L:south_korea"),
      ("P:kihara", "secrétaire général du gouvernement", "L:japan"),
      ("P:makoto_yamashita", "gouverneur", "L:nara_prefecture"),
      ("P:cho_hyun", "ministre des Affaires étrangères", "L:south_korea"),
      ("P:kim_jong_un", "dirigeant", "L:north_korea"),
      ("P:motegi", "ministre des Affaires étrangères", "L:japan"),
      ("P:marcos_jr", "président", "L:philippines"),
      ("P:kim_min_seo", "chercheuse", "O:asan_institute"),
      ("P:wi_sung_lac", "conseiller à la sécurité nationale", "L:south_korea"),
  ])


# ---------------------------------------------------------------- k10  (press review)
# NOTE: newspapers are the speakers of their editorials; "cité par le Philippine Star" is a source attribution.
# NOTE: "Bongbong" is a nickname: a not_quote and a mention of P:marcos_jr.
# NOTE: "Ferdinand Marcos" alone = the father (P:ferdinand_marcos_sr); the son is "Ferdinand Marcos Jr." / "Bongbong".
# NOTE: "porte-parole des garde-côtes philippins": the coast guard is not named as an entity, `of` = L:philippines.
# NOTE: "selon qui le Vietnam « ... »" treated like "selon X," -> mixed.
# NOTE: Asahi's quote uses straight double quotes; "TAKAICHI" (ALL-CAPS) = P:takaichi.
A(id="k10", published="2026-02-12",
  title="Revue de presse – Mer de Chine : Manille et Hanoï serrent les rangs",
  text="""
REVUE DE PRESSE – Les journaux d'Asie du Sud-Est reviennent ce jeudi sur la visite à Manille de la Première ministre japonaise Sanae TAKAICHI et sur le nouvel incident survenu près du récif de Second Thomas, que les Philippins appellent Ayungin.

Pour le Philippine Daily Inquirer, l'accord de défense signé avec Tokyo « change l'équation » face à Pékin. Le président Ferdinand Marcos Jr., que tout le pays surnomme « Bongbong », y promet que son pays ne cédera « pas un centimètre carré ». Le quotidien rappelle que son père, l'ancien président Ferdinand Marcos, avait lui aussi courtisé le Japon.

La vice-présidente Sara Duterte, dont le père, l'ancien président Rodrigo Duterte, est détenu à La Haye, juge la visite « inutile ».

NOUVEAU : RECEVEZ LA REVUE DE PRESSE CHAQUE MATIN PAR E-MAIL

À Hanoï, le Tuổi Trẻ salue la « patience stratégique » du secrétaire général du Parti communiste vietnamien, Tô Lâm, et cite le Premier ministre Pham Minh Chinh, selon qui le Vietnam « ne choisira pas de camp ».

Lire aussi : Taïwan : Pékin multiplie les manœuvres aériennes

Le Global Times, proche de Pékin, accuse Manille de « jouer avec le feu » en mer de Chine méridionale. Le porte-parole des garde-côtes philippins, Jay Tarriela, affirme que deux navires chinois ont utilisé des canons à eau lundi. Cité par le Philippine Star, le secrétaire à la Défense Gilberto Teodoro juge que « la diplomatie seule ne suffit plus ».

L'Asahi Shimbun, enfin, estime que TAKAICHI "prend un risque calculé" en défiant ouvertement la Chine, au risque de fragiliser sa majorité.
""",
  boilerplate=["NOUVEAU : RECEVEZ LA REVUE DE PRESSE CHAQUE MATIN PAR E-MAIL",
               "Lire aussi : Taïwan : Pékin multiplie les manœuvres aériennes"],
  quotes=[
      ("l'accord de défense signé avec Tokyo « change l'équation » face à Pékin", "mixed", "Philippine Daily Inquirer"),
      ("son pays ne cédera « pas un centimètre carré »", "mixed", "Ferdinand Marcos Jr."),
      ("son père, l'ancien président Ferdinand Marcos, avait lui aussi courtisé le Japon", "indirect", "Philippine Daily Inquirer"),
      ("inutile", "direct", "Sara Duterte"),
      ("patience stratégique", "direct", "Tuổi Trẻ"),
      ("le Vietnam « ne choisira pas de camp »", "mixed", "Pham Minh Chinh"),
      ("jouer avec le feu", "direct", "Global Times"),
      ("deux navires chinois ont utilisé des canons à eau lundi", "indirect", "Jay Tarriela"),
      ("« la diplomatie seule ne suffit plus »", "mixed", "Gilberto Teodoro"),
      ("TAKAICHI \"prend un risque calculé\" en défiant ouvertement la Chine, au risque de fragiliser sa majorité", "mixed", "Asahi Shimbun"),
  ],
  not_quotes=["Bongbong"],
  times=[
      ("ce jeudi", "DATE", "2026-02-12"),
      ("lundi", "DATE", "2026-02-09"),
  ],
  entities=[
      ("L:southeast_asia", "LOC", ["Asie du Sud-Est"], []),
      ("L:manila", "LOC", ["Manille"], []),
      ("L:japan", "LOC", ["Japon"], ["japonaise"]),
      ("P:takaichi", "PER", ["Sanae TAKAICHI", "TAKAICHI"], []),
      ("L:second_thomas_shoal", "LOC", ["Second Thomas", "Ayungin"], []),
      ("L:philippines", "LOC", [], ["Philippins", "philippins"]),
      ("O:inquirer", "ORG", ["Philippine Daily Inquirer"], []),
      ("L:tokyo", "LOC", ["Tokyo"], []),
      ("L:beijing", "LOC", ["Pékin"], []),
      ("P:marcos_jr", "PER", ["Ferdinand Marcos Jr.", "Bongbong"], []),
      ("P:ferdinand_marcos_sr", "PER", ["Ferdinand Marcos"], []),
      ("P:sara_duterte", "PER", ["Sara Duterte"], []),
      ("P:rodrigo_duterte", "PER", ["Rodrigo Duterte"], []),
      ("L:the_hague", "LOC", ["La Haye"], []),
      ("L:hanoi", "LOC", ["Hanoï"], []),
      ("O:tuoi_tre", "ORG", ["Tuổi Trẻ"], []),
      ("O:cpv", "ORG", ["Parti communiste vietnamien"], []),
      ("P:to_lam", "PER", ["Tô Lâm"], []),
      ("P:pham_minh_chinh", "PER", ["Pham Minh Chinh"], []),
      ("L:vietnam", "LOC", ["Vietnam"], []),
      ("O:global_times", "ORG", ["Global Times"], []),
      ("L:south_china_sea", "LOC", ["mer de Chine méridionale"], []),
      ("P:tarriela", "PER", ["Jay Tarriela"], []),
      ("L:china", "LOC", ["Chine"], ["chinois"]),
      ("O:philstar", "ORG", ["Philippine Star"], []),
      ("P:teodoro", "PER", ["Gilberto Teodoro"], []),
      ("O:asahi", "ORG", ["Asahi Shimbun"], []),
  ],
  roles=[
      ("P:takaichi", "Première ministre", "L:japan"),
      ("P:marcos_jr", "président", "L:philippines"),
      ("P:ferdinand_marcos_sr", "ancien président", "L:philippines"),
      ("P:sara_duterte", "vice-présidente", "L:philippines"),
      ("P:rodrigo_duterte", "ancien président", "L:philippines"),
      ("P:to_lam", "secrétaire général", "O:cpv"),
      # NOTE: bare "Premier ministre"; Vietnam implied and annotated.
      ("P:pham_minh_chinh", "Premier ministre", "L:vietnam"),
      ("P:tarriela", "porte-parole des garde-côtes", "L:philippines"),
      ("P:teodoro", "secrétaire à la Défense", "L:philippines"),
  ])


# ---------------------------------------------------------------- k11  (sports report)
# NOTE: "a annoncé le club turc" -> the speaker is the club, named earlier: Galatasaray.
# NOTE: the bare form "Strasbourg" is used for the club ("Strasbourg encaisse ...") and for the city
#       ("maire écologiste de Strasbourg"): both entities list it (hard negative).
# NOTE: "attaquant" (playing position) is not annotated as a role; "capitaine" (team captain) is.
# NOTE: "L'agent du joueur, Samir Lahlou": attached to a person, `of` null.
# NOTE: "le président strasbourgeois Marc Keller": "strasbourgeois" points at the club here (club president).
# NOTE: "Côté français" gives the demonym for L:france (Barsacq's `of`).
# NOTE: "le août 2, 2022" is a damaged date.
A(id="k11", published="2025-08-21",
  title="Mercato : Noah Benhamou quitte Strasbourg pour Galatasaray",
  text="""
Le feuilleton a pris fin mercredi soir. L'attaquant Noah Benhamou quitte le Racing Club de Strasbourg pour Galatasaray contre 28 millions d'euros, bonus compris, a annoncé le club turc sur son site officiel.

« Noah voulait jouer la Ligue des champions, nous n'avions pas le droit de bloquer un garçon de cette qualité », a expliqué le président strasbourgeois Marc Keller. Arrivé au club le août 2, 2022, l'international espoirs était sous contrat jusqu'en juin 2029. Strasbourg encaisse ainsi la plus grosse vente de son histoire.

L'entraîneur du Racing, Liam Rosenior, a reconnu que le départ « fait mal à l'équipe ». Le capitaine alsacien, Lucas Hoffmann, a dit « adieu à un frère » sur les réseaux sociaux.

TRANSFERTS : TOUTES LES OFFICIELLES DU JOUR

À Istanbul, l'entraîneur de Galatasaray, Okan Buruk, s'est félicité d'un « profil rare ». Le président du club, Dursun Özbek, a précisé que le joueur passerait sa visite médicale jeudi. Le club a devancé l'İstanbul Başakşehir, également sur les rangs. L'agent du joueur, Samir Lahlou, a confirmé que Chelsea s'était aussi renseigné.

Le ministre turc de la Jeunesse et des Sports, Osman Aşkın Bak, a salué « un signal fort pour le football en Turquie ».

Côté français, la ministre des Sports, Marie Barsacq, interrogée sur la fuite des talents de Ligue 1, a estimé que les clubs devaient « mieux protéger leurs centres de formation ». La maire écologiste de Strasbourg, Jeanne Barseghian, espère que la somme servira à achever la rénovation du stade de la Meinau.

Retrouvez tous nos directs foot sur l'appli
""",
  boilerplate=["TRANSFERTS : TOUTES LES OFFICIELLES DU JOUR",
               "Retrouvez tous nos directs foot sur l'appli"],
  quotes=[
      ("L'attaquant Noah Benhamou quitte le Racing Club de Strasbourg pour Galatasaray contre 28 millions d'euros, bonus compris", "indirect", "Galatasaray"),
      ("Noah voulait jouer la Ligue des champions, nous n'avions pas le droit de bloquer un garçon de cette qualité", "direct", "Marc Keller"),
      ("le départ « fait mal à l'équipe »", "mixed", "Liam Rosenior"),
      ("adieu à un frère", "direct", "Lucas Hoffmann"),
      ("profil rare", "direct", "Okan Buruk"),
      ("le joueur passerait sa visite médicale jeudi", "indirect", "Dursun Özbek"),
      ("Chelsea s'était aussi renseigné", "indirect", "Samir Lahlou"),
      ("un signal fort pour le football en Turquie", "direct", "Osman Aşkın Bak"),
      ("les clubs devaient « mieux protéger leurs centres de formation »", "mixed", "Marie Barsacq"),
  ],
  not_quotes=[],
  times=[
      ("mercredi soir", "TIME", "2025-08-20TEV"),
      ("le août 2, 2022", "DATE", "2022-08-02"),
      ("juin 2029", "DATE", "2029-06"),
      ("jeudi", "DATE", "2025-08-21"),
  ],
  entities=[
      ("P:noah_benhamou", "PER", ["Noah Benhamou", "Noah"], []),
      ("O:rc_strasbourg", "ORG", ["Racing Club de Strasbourg", "Racing", "Strasbourg"], []),
      ("O:galatasaray", "ORG", ["Galatasaray"], []),
      ("L:turkey", "LOC", ["Turquie"], ["turc"]),
      ("M:champions_league", "MISC", ["Ligue des champions"], []),
      ("P:marc_keller", "PER", ["Marc Keller"], []),
      ("P:rosenior", "PER", ["Liam Rosenior"], []),
      ("P:lucas_hoffmann", "PER", ["Lucas Hoffmann"], []),
      ("L:istanbul", "LOC", ["Istanbul"], []),
      ("P:okan_buruk", "PER", ["Okan Buruk"], []),
      ("P:dursun_ozbek", "PER", ["Dursun Özbek"], []),
      ("O:basaksehir", "ORG", ["İstanbul Başakşehir"], []),
      ("P:samir_lahlou", "PER", ["Samir Lahlou"], []),
      ("O:chelsea", "ORG", ["Chelsea"], []),
      ("P:osman_askin_bak", "PER", ["Osman Aşkın Bak"], []),
      ("L:france", "LOC", [], ["français"]),
      ("P:barsacq", "PER", ["Marie Barsacq"], []),
      ("M:ligue_1", "MISC", ["Ligue 1"], []),
      ("L:strasbourg", "LOC", ["Strasbourg"], []),
      ("P:barseghian", "PER", ["Jeanne Barseghian"], []),
      ("L:stade_meinau", "LOC", ["stade de la Meinau"], []),
  ],
  roles=[
      ("P:marc_keller", "président", "O:rc_strasbourg"),
      ("P:rosenior", "entraîneur", "O:rc_strasbourg"),
      # NOTE: "Le capitaine alsacien": the club is implied (annotated).
      ("P:lucas_hoffmann", "capitaine", "O:rc_strasbourg"),
      ("P:okan_buruk", "entraîneur", "O:galatasaray"),
      ("P:dursun_ozbek", "président", "O:galatasaray"),
      ("P:samir_lahlou", "agent", None),
      ("P:osman_askin_bak", "ministre de la Jeunesse et des Sports", "L:turkey"),
      ("P:barsacq", "ministre des Sports", "L:france"),
      ("P:barseghian", "maire", "L:strasbourg"),
  ])


# ---------------------------------------------------------------- k12  (regional daily)
# NOTE: "Nancy" = seat of the ARS Grand Est, used metonymically -> L:nancy.
# NOTE: "hôpital de Saverne" is annotated as an ORG (O:hopital_saverne); "Saverne" alone = the town.
# NOTE: "Grand Est" is nested in "ARS Grand Est" and occurs alone in "région Grand Est".
# NOTE: Thierry Kléber (person) vs "place Kléber" (square): hard negative.
# NOTE: "samedi" = the coming Saturday, 2025-11-08; "le oct. 20" is a damaged date.
# NOTE: "l'État" inside Delaunay's quote (the French State) is left unannotated (common-noun use).
# NOTE: "infirmière de nuit" is a job description, not a time expression; the nurse is an unnamed speaker.
A(id="k12", published="2025-11-06",
  title="Bas-Rhin : bras de fer autour des urgences de Saverne",
  text="""
SAVERNE – Le service des urgences de l'hôpital de Saverne sera « régulé » à partir du 1er décembre : les patients devront appeler le 15 avant de s'y présenter, a confirmé mardi la directrice du Groupement hospitalier Alsace-Nord, Nathalie Schaeffer.

La décision passe mal. Le président de la Collectivité européenne d'Alsace (CeA), Frédéric Bierry, dénonce « une décision prise à Nancy, loin du terrain ». La préfète du Bas-Rhin, Claire Delaunay, a assuré que l'État « suivra la situation au jour le jour ».

Selon l'ARS Grand Est, 14 postes d'urgentistes sur 22 sont vacants dans le secteur.

VIDÉO. Strasbourg : les images du marché de Noël en préparation

Le maire de Saverne, Marc Hummel, a affirmé que 3 000 habitants avaient déjà signé la pétition lancée le oct. 20. L'ancien directeur de l'hôpital de Saverne, Gérard Ritzenthaler, parle d'un « scénario écrit d'avance ».

Pour Thierry Kléber, secrétaire départemental de la CGT Santé, « c'est la mort lente de l'hôpital public ». Le syndicaliste appelle à un rassemblement samedi place Kléber, à Strasbourg, devant les grilles de l'Aubette.

Interrogée, Mme Barseghian, maire de Strasbourg, a prévenu que les Hôpitaux universitaires de Strasbourg « ne pourront pas absorber seuls » les patients du nord de l'Alsace. Le président de la région Grand Est, Franck Leroy, n'a pas souhaité réagir.

Dans les couloirs, le personnel oscille entre colère et lassitude. « On nous parle de régulation, mais on ferme, tout simplement », souffle une infirmière de nuit, qui préfère rester anonyme.

Abonnez-vous à l'édition numérique à partir de 1 € le premier mois
""",
  boilerplate=["VIDÉO. Strasbourg : les images du marché de Noël en préparation",
               "Abonnez-vous à l'édition numérique à partir de 1 € le premier mois"],
  quotes=[
      ("Le service des urgences de l'hôpital de Saverne sera « régulé » à partir du 1er décembre : les patients devront appeler le 15 avant de s'y présenter", "mixed", "Nathalie Schaeffer"),
      ("une décision prise à Nancy, loin du terrain", "direct", "Frédéric Bierry"),
      ("l'État « suivra la situation au jour le jour »", "mixed", "Claire Delaunay"),
      ("14 postes d'urgentistes sur 22 sont vacants dans le secteur", "indirect", "ARS Grand Est"),
      ("3 000 habitants avaient déjà signé la pétition lancée le oct. 20", "indirect", "Marc Hummel"),
      ("scénario écrit d'avance", "direct", "Gérard Ritzenthaler"),
      ("« c'est la mort lente de l'hôpital public »", "mixed", "Thierry Kléber"),
      ("les Hôpitaux universitaires de Strasbourg « ne pourront pas absorber seuls » les patients du nord de l'Alsace", "mixed", "Jeanne Barseghian"),
      ("On nous parle de régulation, mais on ferme, tout simplement", "direct", "une infirmière de nuit"),
  ],
  not_quotes=[],
  times=[
      ("1er décembre", "DATE", "2025-12-01"),
      ("mardi", "DATE", "2025-11-04"),
      ("le oct. 20", "DATE", "2025-10-20"),
      ("samedi", "DATE", "2025-11-08"),
  ],
  entities=[
      ("L:saverne", "LOC", ["SAVERNE", "Saverne"], []),
      ("O:hopital_saverne", "ORG", ["hôpital de Saverne"], []),
      ("O:ghan", "ORG", ["Groupement hospitalier Alsace-Nord"], []),
      ("P:nathalie_schaeffer", "PER", ["Nathalie Schaeffer"], []),
      ("O:cea", "ORG", ["Collectivité européenne d'Alsace", "CeA"], []),
      ("P:bierry", "PER", ["Frédéric Bierry"], []),
      ("L:nancy", "LOC", ["Nancy"], []),
      ("L:bas_rhin", "LOC", ["Bas-Rhin"], []),
      ("P:claire_delaunay", "PER", ["Claire Delaunay"], []),
      ("O:ars_grand_est", "ORG", ["ARS Grand Est"], []),
      ("P:marc_hummel", "PER", ["Marc Hummel"], []),
      ("P:ritzenthaler", "PER", ["Gérard Ritzenthaler"], []),
      ("P:thierry_kleber", "PER", ["Thierry Kléber"], []),
      ("O:cgt_sante", "ORG", ["CGT Santé"], []),
      ("L:place_kleber", "LOC", ["place Kléber"], []),
      ("L:strasbourg", "LOC", ["Strasbourg"], []),
      ("L:aubette", "LOC", ["Aubette"], []),
      ("P:barseghian", "PER", ["Barseghian"], []),
      ("O:hus", "ORG", ["Hôpitaux universitaires de Strasbourg"], []),
      ("L:alsace", "LOC", ["Alsace"], []),
      ("L:grand_est", "LOC", ["Grand Est"], []),
      ("P:franck_leroy", "PER", ["Franck Leroy"], []),
  ],
  roles=[
      ("P:nathalie_schaeffer", "directrice", "O:ghan"),
      ("P:bierry", "président", "O:cea"),
      ("P:claire_delaunay", "préfète", "L:bas_rhin"),
      ("P:marc_hummel", "maire", "L:saverne"),
      ("P:ritzenthaler", "ancien directeur", "O:hopital_saverne"),
      ("P:thierry_kleber", "secrétaire départemental", "O:cgt_sante"),
      ("P:barseghian", "maire", "L:strasbourg"),
      ("P:franck_leroy", "président", "L:grand_est"),
  ])
