# Blind test articles g01-g12 (written and annotated by hand; same conventions as README.md).
#
# How written: new texts written for this set by one annotator (a helper session, an AI model)
# that had not seen the system; it read only the set's README.md and build.py, and data_a.py for
# the Python layout. The texts imitate machine-translated, scraped French news (page furniture
# pasted inside the text, damaged dates, broken quotation marks). Publication dates run from
# 2023-11-15 to 2025-08-23. Real public figures appear, but the events are partly made up and
# EVERY QUOTE IS INVENTED: do not cite any of them as a real statement.
#
# Invented people: Héctor Luna Zamudio, Gabriel Ortega, Rocío Valdés (g01); Lorena Restrepo Uribe,
# Mauricio Herrera, Lucía Cárdenas (g02); Ximena Rojas (g03); Aïgerim Seitkali, Bolat Jaksylykov,
# Hélène Dorval (byline) (g04); Lena Vesterlund, Olle Vesterlund, Anna-Karin Niia, Clara Vinet and
# Johan Lindqvist (byline, credit) (g05); Karim Haddad (g06); Abdirahman Jama Farah, Faysal Warsame
# (g07); Ramon Dizon Castro, Aurora Villanueva (g08); Lê Thị Hồng Nhung, Nguyễn Văn Tú, Y Ngông
# Kbuôr, Thomas Ranc (byline) (g09); Rachel Ng (g10); Pascal Grandjean, Martin Steiger (g11);
# Marie Arques, Thierry Vasseur, Élodie Caron (byline) (g12). Where an invented person holds a real
# post (a mayor, a port director, a spokesperson), the post holder is fictitious.
# Invented bodies: Análisis Bajío, collectif Agua Digna (g01); Andes Minería Consultores (g03);
# institut Dala (g04); Gulf Meridian Capital (g06); Horn Policy Institute (g07); coopérative
# Sầu Riêng Xanh (g09); the newspaper "Le Courrier des Prairies" (g10, boilerplate only).
#
# NOTE decisions (general):
# - Roles: `title` is the text's wording without the country adjective and without the body that
#   is the `of` ("le PDG de Codelco" -> "PDG", of O:codelco; "la présidente de la Confédération"
#   -> "présidente", of L:switzerland; "président du conseil départemental du Pas-de-Calais" ->
#   "président", of the council O:...). A complement that is no annotated entity stays in the title
#   ("procureur de la Nation", "président du comité populaire provincial"). A person with two
#   titles gets two roles. Relatives ("son demi-frère", "fille de l'ancien président", "son père")
#   get no kinship role; only their own post or occupation is a role.
#   Nationality adjectives that are not the `of` (the Argentine coach of Chile, g03) are ignored.
#   Only titles before the name or in apposition make roles, not later anaphoric descriptions.
# - Q&A interview (g04): the interviewee's answers carry no quotation marks and are NOT annotated
#   as quotes; only speech she reports (que-clauses, guillemets) is.
# - Live-blog timestamps ("15h05") standing alone as paragraphs are page furniture: boilerplate,
#   not TIME annotations.
# - Regional demonyms are not used; demonyms are only for countries.
# - A not_quote needs « », " " or “ ” marks (the validator checks for them), so the „ “ marks are
#   used for a direct quote (g09), never for a nickname.
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- g01  (wire dispatch, Mexico)
A(id="g01", published="2025-03-12",
  title="Mexique : Sheinbaum débloque un plan d'urgence pour l'eau de la capitale",
  text="""
MEXICO, 12 mars (AFP) – La présidente mexicaine Claudia Sheinbaum a annoncé mardi un plan d'urgence de 1,2 milliard de pesos pour le système Cutzamala, qui fournit l'eau potable de près de six millions d'habitants de Mexico et de l'État de Mexico.

« Nous ne laisserons aucun quartier sans eau cet été. Pas un seul », a-t-elle déclaré au Palais national lors de la « mañanera », la conférence de presse héritée de son prédécesseur, l'ancien président Andrés Manuel López Obrador.

Delfina Gómez, gouverneure de l'État de Mexico, a assuré que les coupures tournantes seraient levées « d'ici la fin du mois d'avril ». Le directeur de la Commission nationale de l'eau (Conagua), Efraín Morales, a précisé que le remplissage des barrages atteignait 38 % le mars. 10, 2025, contre 41 % un an plus tôt.

Partager : WhatsApp | Facebook | X

À Valle de Bravo, dont le lac de retenue est tombé sous les 30 %, le maire Héctor Luna Zamudio réclame des compensations pour les pêcheurs et les loueurs de bateaux. « On nous demande des sacrifices depuis trois ans et personne ne vient voir », a déploré M. LUNA ZAMUDIO.

Selon l'économiste Gabriel Ortega, du cabinet Análisis Bajío, la sécheresse pourrait coûter 0,3 point de croissance au Mexique en 2025.

LIRE AUSSI | Sécheresse : Monterrey rationne l'eau pour la troisième année consécutive

Sheinbaum doit recevoir jeudi Rocío Valdés, porte-parole du collectif Agua Digna, qui regroupe des habitants d'Ecatepec ravitaillés par camion-citerne chaque semaine. « Nous payons l'eau des camions trois fois plus cher que celle du robinet », a-t-elle confié à l'AFP.
""",
  boilerplate=["Partager : WhatsApp | Facebook | X",
               "LIRE AUSSI | Sécheresse : Monterrey rationne l'eau pour la troisième année consécutive"],
  quotes=[
      ("Nous ne laisserons aucun quartier sans eau cet été. Pas un seul", "direct", "Claudia Sheinbaum"),
      ("les coupures tournantes seraient levées « d'ici la fin du mois d'avril »", "mixed", "Delfina Gómez"),
      ("le remplissage des barrages atteignait 38 % le mars. 10, 2025, contre 41 % un an plus tôt", "indirect", "Efraín Morales"),
      ("On nous demande des sacrifices depuis trois ans et personne ne vient voir", "direct", "Héctor Luna Zamudio"),
      ("la sécheresse pourrait coûter 0,3 point de croissance au Mexique en 2025", "indirect", "Gabriel Ortega"),
      ("Nous payons l'eau des camions trois fois plus cher que celle du robinet", "direct", "Rocío Valdés"),
  ],
  not_quotes=["mañanera"],
  times=[
      ("12 mars", "DATE", "2025-03-12"),
      ("mardi", "DATE", "2025-03-11"),
      ("cet été", "DATE", "2025-SU"),
      ("la fin du mois d'avril", "DATE", "2025-04"),
      ("le mars. 10, 2025", "DATE", "2025-03-10"),
      ("un an plus tôt", "DATE", "2024-03-10"),
      ("trois ans", "DURATION", "P3Y"),
      ("2025", "DATE", "2025"),
      ("jeudi", "DATE", "2025-03-13"),
      ("chaque semaine", "SET", "P1W"),
  ],
  entities=[
      ("P:claudia_sheinbaum", "PER", ["Claudia Sheinbaum", "Sheinbaum"], []),
      ("P:andres_manuel_lopez_obrador", "PER", ["Andrés Manuel López Obrador"], []),
      ("P:delfina_gomez", "PER", ["Delfina Gómez"], []),
      ("P:efrain_morales", "PER", ["Efraín Morales"], []),
      ("P:hector_luna_zamudio", "PER", ["Héctor Luna Zamudio", "LUNA ZAMUDIO"], []),
      ("P:gabriel_ortega", "PER", ["Gabriel Ortega"], []),
      ("P:rocio_valdes", "PER", ["Rocío Valdés"], []),
      ("L:mexico", "LOC", ["Mexique"], ["mexicaine"]),
      ("L:mexico_city", "LOC", ["MEXICO", "Mexico"], []),
      ("L:mexico_state", "LOC", ["État de Mexico"], []),
      ("L:cutzamala_system", "LOC", ["Cutzamala"], []),
      ("L:palacio_nacional_mexico", "LOC", ["Palais national"], []),
      ("L:valle_de_bravo", "LOC", ["Valle de Bravo"], []),
      ("L:ecatepec", "LOC", ["Ecatepec"], []),
      ("O:afp", "ORG", ["AFP"], []),
      ("O:conagua", "ORG", ["Commission nationale de l'eau", "Conagua"], []),
      ("O:analisis_bajio", "ORG", ["Análisis Bajío"], []),
      ("O:agua_digna", "ORG", ["Agua Digna"], []),
  ],
  roles=[
      ("P:claudia_sheinbaum", "présidente", "L:mexico"),
      ("P:andres_manuel_lopez_obrador", "ancien président", "L:mexico"),
      ("P:delfina_gomez", "gouverneure", "L:mexico_state"),
      ("P:efrain_morales", "directeur", "O:conagua"),
      ("P:hector_luna_zamudio", "maire", "L:valle_de_bravo"),
      ("P:gabriel_ortega", "économiste", "O:analisis_bajio"),
      ("P:rocio_valdes", "porte-parole", "O:agua_digna"),
  ])

# ---------------------------------------------------------------- g02  (live blog, Colombia)
A(id="g02", published="2025-05-21",
  title="EN DIRECT - Colombie : le glissement de terrain de Bello fait au moins 14 morts",
  text="""
Publié le 21/05/2025 à 07h58 · Mis à jour le 21/05/2025 à 15h20

Un pan de colline s'est effondré dans la nuit de mardi sur un quartier populaire de Bello, commune voisine de Medellín, dans le département d'Antioquia. Suivez avec nous l'évolution de la situation.

15h05

Le président Gustavo Petro a atterri à Medellín. Sur les réseaux sociaux, le chef de l'État a écrit qu'« aucune famille ne sera laissée seule » et a décrété l'état de calamité publique pour six mois.

13h40

Le ministre colombien de la Défense Pedro Sánchez a indiqué que 600 militaires et policiers participaient aux recherches. Selon lui, 14 corps ont été retirés des décombres et 23 personnes restent portées disparues.

Le gouverneur d'Antioquia, Andrés Julián Rendón, opposant déclaré au gouvernement, s'en est pris à Bogota : "Nous avons demandé des engins lourds il y a deux semaines. Rien n'est arrivé, rien !"

11h15

RENDÓN et le maire de Medellín, Federico Gutiérrez, ont ouvert deux refuges dans des écoles. La maire de Bello, Lorena Restrepo Uribe, a décrété trois jours de deuil municipal.

L'ancien président Álvaro Uribe, natif de Medellín, a réclamé une « intervention immédiate de l'armée », un message partagé des milliers de fois.

Activez les notifications pour ne rien manquer de notre direct

09h30

Pour le géologue Mauricio Herrera, de l'université d'Antioquia, les pluies de la semaine dernière ont saturé des sols déjà fragilisés par des constructions illégales. Lucía Cárdenas, porte-parole de la Croix-Rouge colombienne, demande aux familles de ne pas rentrer chez elles avant ce soir.
""",
  boilerplate=["Publié le 21/05/2025 à 07h58 · Mis à jour le 21/05/2025 à 15h20",
               "15h05", "13h40", "11h15", "09h30",
               "Activez les notifications pour ne rien manquer de notre direct"],
  quotes=[
      ("« aucune famille ne sera laissée seule »", "mixed", "Gustavo Petro"),
      ("600 militaires et policiers participaient aux recherches", "indirect", "Pedro Sánchez"),
      ("14 corps ont été retirés des décombres et 23 personnes restent portées disparues", "indirect", "Pedro Sánchez"),
      ("Nous avons demandé des engins lourds il y a deux semaines. Rien n'est arrivé, rien !", "direct", "Andrés Julián Rendón"),
      ("intervention immédiate de l'armée", "direct", "Álvaro Uribe"),
      ("les pluies de la semaine dernière ont saturé des sols déjà fragilisés par des constructions illégales", "indirect", "Mauricio Herrera"),
  ],
  not_quotes=[],
  times=[
      ("la nuit de mardi", "TIME", "2025-05-20TNI"),
      ("six mois", "DURATION", "P6M"),
      ("il y a deux semaines", "DATE", "2025-W19"),
      ("trois jours", "DURATION", "P3D"),
      ("la semaine dernière", "DATE", "2025-W20"),
      ("ce soir", "TIME", "2025-05-21TEV"),
  ],
  entities=[
      ("P:gustavo_petro", "PER", ["Gustavo Petro"], []),
      ("P:pedro_arnulfo_sanchez", "PER", ["Pedro Sánchez"], []),
      ("P:andres_julian_rendon", "PER", ["Andrés Julián Rendón", "RENDÓN"], []),
      ("P:federico_gutierrez", "PER", ["Federico Gutiérrez"], []),
      ("P:lorena_restrepo_uribe", "PER", ["Lorena Restrepo Uribe"], []),
      ("P:alvaro_uribe", "PER", ["Álvaro Uribe"], []),
      ("P:mauricio_herrera", "PER", ["Mauricio Herrera"], []),
      ("P:lucia_cardenas", "PER", ["Lucía Cárdenas"], []),
      ("L:colombia", "LOC", [], ["colombien", "colombienne"]),
      ("L:bello", "LOC", ["Bello"], []),
      ("L:medellin", "LOC", ["Medellín"], []),
      ("L:antioquia", "LOC", ["Antioquia"], []),
      ("L:bogota", "LOC", ["Bogota"], []),
      ("O:university_of_antioquia", "ORG", ["université d'Antioquia"], []),
      ("O:colombian_red_cross", "ORG", ["Croix-Rouge colombienne"], []),
  ],
  roles=[
      ("P:gustavo_petro", "président", "L:colombia"),
      ("P:pedro_arnulfo_sanchez", "ministre de la Défense", "L:colombia"),
      ("P:andres_julian_rendon", "gouverneur", "L:antioquia"),
      ("P:federico_gutierrez", "maire", "L:medellin"),
      ("P:lorena_restrepo_uribe", "maire", "L:bello"),
      ("P:alvaro_uribe", "ancien président", "L:colombia"),
      ("P:mauricio_herrera", "géologue", "O:university_of_antioquia"),
      ("P:lucia_cardenas", "porte-parole", "O:colombian_red_cross"),
  ])

# ---------------------------------------------------------------- g03  (news briefs, Peru / Chile)
A(id="g03", published="2024-04-03",
  title="Amérique du Sud : l'essentiel de l'actualité de ce mercredi",
  text="""
REVUE DE PRESSE – Les brèves Amériques de la rédaction

PÉROU – Le parquet a perquisitionné samedi le domicile de la présidente péruvienne Dina Boluarte à Lima, dans l'affaire surnommée « Rolexgate » par la presse locale. Le Premier ministre Gustavo Adrianzén a dénoncé une “atteinte disproportionnée à la fonction présidentielle ». Selon le procureur de la Nation, Juan Carlos Villena, la cheffe de l'État sera entendue le avr. 5. L'ancien président Martín Vizcarra a estimé que Boluarte « ne tiendra pas jusqu'en 2026 ».

Lire aussi : Au Pérou, six présidents en huit ans

CHILI – Après les incendies de février qui ont fait 137 morts, le gouverneur de la région de Valparaíso, Rodrigo Mundaca, accuse l'État central de « lenteur ». La maire de Viña del Mar, Macarena Ripamonti, a indiqué que 2 000 logements restaient à reconstruire. Le président chilien Gabriel Boric est attendu à Valparaíso vendredi.

FOOTBALL – Le sélectionneur argentin du Chili, Ricardo Gareca, ancien entraîneur du Pérou, a dévoilé mardi une liste élargie de 40 joueurs en vue de la Copa América. « Je veux des joueurs qui ont faim », a lancé GARECA, qui retrouvera son ancienne équipe en juin.

Cet article vous est offert. Abonnez-vous pour 1 € le premier mois.

CUIVRE – Selon l'analyste Ximena Rojas, du cabinet Andes Minería Consultores, la production de Codelco a reculé de 3 % en mars. Le PDG de Codelco, Rubén Alvarado, se veut rassurant : « Le pire est derrière nous. »
""",
  boilerplate=["REVUE DE PRESSE – Les brèves Amériques de la rédaction",
               "Lire aussi : Au Pérou, six présidents en huit ans",
               "Cet article vous est offert. Abonnez-vous pour 1 € le premier mois."],
  quotes=[
      ("atteinte disproportionnée à la fonction présidentielle", "direct", "Gustavo Adrianzén"),
      ("la cheffe de l'État sera entendue le avr. 5", "indirect", "Juan Carlos Villena"),
      ("Boluarte « ne tiendra pas jusqu'en 2026 »", "mixed", "Martín Vizcarra"),
      ("lenteur", "direct", "Rodrigo Mundaca"),
      ("2 000 logements restaient à reconstruire", "indirect", "Macarena Ripamonti"),
      ("Je veux des joueurs qui ont faim", "direct", "Ricardo Gareca"),
      ("la production de Codelco a reculé de 3 % en mars", "indirect", "Ximena Rojas"),
      ("Le pire est derrière nous.", "direct", "Rubén Alvarado"),
  ],
  not_quotes=["Rolexgate"],
  times=[
      ("samedi", "DATE", "2024-03-30"),
      ("le avr. 5", "DATE", "2024-04-05"),
      ("2026", "DATE", "2026"),
      ("février", "DATE", "2024-02"),
      ("vendredi", "DATE", "2024-04-05"),
      ("mardi", "DATE", "2024-04-02"),
      ("juin", "DATE", "2024-06"),
      ("mars", "DATE", "2024-03"),
  ],
  entities=[
      ("P:dina_boluarte", "PER", ["Dina Boluarte", "Boluarte"], []),
      ("P:gustavo_adrianzen", "PER", ["Gustavo Adrianzén"], []),
      ("P:juan_carlos_villena", "PER", ["Juan Carlos Villena"], []),
      ("P:martin_vizcarra", "PER", ["Martín Vizcarra"], []),
      ("P:rodrigo_mundaca", "PER", ["Rodrigo Mundaca"], []),
      ("P:macarena_ripamonti", "PER", ["Macarena Ripamonti"], []),
      ("P:gabriel_boric", "PER", ["Gabriel Boric"], []),
      ("P:ricardo_gareca", "PER", ["Ricardo Gareca", "GARECA"], []),
      ("P:ximena_rojas", "PER", ["Ximena Rojas"], []),
      ("P:ruben_alvarado", "PER", ["Rubén Alvarado"], []),
      ("L:peru", "LOC", ["PÉROU", "Pérou"], ["péruvienne"]),
      ("L:lima", "LOC", ["Lima"], []),
      ("L:chile", "LOC", ["CHILI", "Chili"], ["chilien"]),
      ("L:argentina", "LOC", [], ["argentin"]),
      ("L:valparaiso_region", "LOC", ["région de Valparaíso"], []),
      ("L:valparaiso", "LOC", ["Valparaíso"], []),
      ("L:vina_del_mar", "LOC", ["Viña del Mar"], []),
      ("M:copa_america_2024", "MISC", ["Copa América"], []),
      ("O:andes_mineria_consultores", "ORG", ["Andes Minería Consultores"], []),
      ("O:codelco", "ORG", ["Codelco"], []),
  ],
  roles=[
      ("P:dina_boluarte", "présidente", "L:peru"),
      ("P:gustavo_adrianzen", "Premier ministre", "L:peru"),
      ("P:juan_carlos_villena", "procureur de la Nation", "L:peru"),
      ("P:martin_vizcarra", "ancien président", "L:peru"),
      ("P:rodrigo_mundaca", "gouverneur", "L:valparaiso_region"),
      ("P:macarena_ripamonti", "maire", "L:vina_del_mar"),
      ("P:gabriel_boric", "président", "L:chile"),
      ("P:ricardo_gareca", "sélectionneur", "L:chile"),
      ("P:ricardo_gareca", "ancien entraîneur", "L:peru"),
      ("P:ximena_rojas", "analyste", "O:andes_mineria_consultores"),
      ("P:ruben_alvarado", "PDG", "O:codelco"),
  ])

# ---------------------------------------------------------------- g04  (interview Q&A, Kazakhstan / Uzbekistan)
A(id="g04", published="2024-10-09",
  title="« Le oui au nucléaire n'est pas un chèque en blanc » : entretien avec la chercheuse Aïgerim Seitkali",
  text="""
ENTRETIEN – Propos recueillis par Hélène Dorval

Dimanche, 71 % des électeurs kazakhs ont approuvé par référendum la construction d'une première centrale nucléaire, près du village d'Ülken, au bord du lac Balkhach. Aïgerim Seitkali, chercheuse à l'institut Dala d'Almaty, décrypte un scrutin que l'opposition a qualifié de « formalité ».

Le résultat vous a-t-il surprise ?

Non. Le président Kassym-Jomart Tokaïev avait fait de ce vote une affaire personnelle. Il a répété pendant des semaines que le pays « manquerait d'électricité dès 2030 » sans l'atome. La participation, 63 %, reste modeste.

Qui construira la centrale ?

Rien n'est tranché. Le ministre de l'Énergie, Almassadam Satkaliev, a indiqué la semaine dernière que trois candidats restaient en lice : le russe Rosatom, le chinois CNNC et le français EDF. Le directeur général de Rosatom, Alexeï Likhatchev, était à Astana le sept. 26 pour défendre son offre. Mon sentiment est que Moscou part favori, mais Pékin pèse de plus en plus.

Et l'Ouzbékistan voisin ?

Tachkent a signé en mai avec Rosatom pour une petite centrale modulaire, et le président ouzbek Chavkat Mirzioïev en a fait une vitrine. Chez nous, l'ancien président Noursoultan Nazarbaïev promettait déjà une centrale dans les années 1990 ; aucune n'a vu le jour.

Les habitants d'Ülken sont-ils inquiets ?

Partagés. L'akim du district de Jambyl, Bolat Jaksylykov, promet des emplois et une école neuve. Mais quand j'y étais en août, une éleveuse m'a dit : « On nous parle de mégawatts, personne ne nous parle du lac. Si le Balkhach baisse encore, nous partirons

Cet entretien a été réalisé par visioconférence. Retrouvez tous nos entretiens dans la rubrique Idées.
""",
  boilerplate=["ENTRETIEN – Propos recueillis par Hélène Dorval",
               "Cet entretien a été réalisé par visioconférence. Retrouvez tous nos entretiens dans la rubrique Idées."],
  quotes=[
      ("formalité", "direct", "l'opposition"),
      ("le pays « manquerait d'électricité dès 2030 » sans l'atome", "mixed", "Kassym-Jomart Tokaïev"),
      ("trois candidats restaient en lice : le russe Rosatom, le chinois CNNC et le français EDF", "indirect", "Almassadam Satkaliev"),
      ("On nous parle de mégawatts, personne ne nous parle du lac. Si le Balkhach baisse encore, nous partirons", "direct", "une éleveuse"),
  ],
  not_quotes=[],
  times=[
      ("Dimanche", "DATE", "2024-10-06"),
      ("des semaines", "DURATION", "PXW"),
      ("2030", "DATE", "2030"),
      ("la semaine dernière", "DATE", "2024-W40"),
      ("le sept. 26", "DATE", "2024-09-26"),
      ("mai", "DATE", "2024-05"),
      ("les années 1990", "DATE", "199"),
      ("août", "DATE", "2024-08"),
  ],
  entities=[
      ("P:aigerim_seitkali", "PER", ["Aïgerim Seitkali"], []),
      ("P:tokayev", "PER", ["Kassym-Jomart Tokaïev"], []),
      ("P:almassadam_satkaliyev", "PER", ["Almassadam Satkaliev"], []),
      ("P:alexei_likhachev", "PER", ["Alexeï Likhatchev"], []),
      ("P:shavkat_mirziyoyev", "PER", ["Chavkat Mirzioïev"], []),
      ("P:nursultan_nazarbayev", "PER", ["Noursoultan Nazarbaïev"], []),
      ("P:bolat_jaksylykov", "PER", ["Bolat Jaksylykov"], []),
      ("L:kazakhstan", "LOC", [], ["kazakhs"]),
      ("L:ulken", "LOC", ["Ülken"], []),
      ("L:lake_balkhash", "LOC", ["lac Balkhach", "Balkhach"], []),
      ("L:almaty", "LOC", ["Almaty"], []),
      ("L:astana", "LOC", ["Astana"], []),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("L:beijing", "LOC", ["Pékin"], []),
      ("L:russia", "LOC", [], ["russe"]),
      ("L:china", "LOC", [], ["chinois"]),
      ("L:france", "LOC", [], ["français"]),
      ("L:uzbekistan", "LOC", ["Ouzbékistan"], ["ouzbek"]),
      ("L:tashkent", "LOC", ["Tachkent"], []),
      ("L:jambyl_district_almaty", "LOC", ["district de Jambyl"], []),
      ("O:dala_institute", "ORG", ["institut Dala"], []),
      ("O:rosatom", "ORG", ["Rosatom"], []),
      ("O:cnnc", "ORG", ["CNNC"], []),
      ("O:edf", "ORG", ["EDF"], []),
  ],
  roles=[
      ("P:aigerim_seitkali", "chercheuse", "O:dala_institute"),
      ("P:tokayev", "président", "L:kazakhstan"),
      ("P:almassadam_satkaliyev", "ministre de l'Énergie", "L:kazakhstan"),
      ("P:alexei_likhachev", "directeur général", "O:rosatom"),
      ("P:shavkat_mirziyoyev", "président", "L:uzbekistan"),
      ("P:nursultan_nazarbayev", "ancien président", "L:kazakhstan"),
      ("P:bolat_jaksylykov", "akim", "L:jambyl_district_almaty"),
  ])

# ---------------------------------------------------------------- g05  (portrait, Sweden)
A(id="g05", published="2025-08-23",
  title="Portrait – Lena Vesterlund, la maire qui déménage une ville entière",
  text="""
Par notre correspondante en Scandinavie, Clara Vinet – Photo : Johan Lindqvist / TT

KIRUNA (Suède) – Lena Vesterlund, maire de Kiruna, n'aime pas les caméras. Pourtant, Le août. Le 19, elle se tenait au premier rang quand l'église en bois de 1912, hissée sur des remorques géantes, a parcouru cinq kilomètres vers le nouveau centre-ville, sous les yeux du roi Charles XVI Gustave.

Fille de mineur, elle a grandi à quelques centaines de mètres de la fosse de LKAB, la compagnie minière publique dont l'extension oblige depuis vingt ans à déplacer la ville. Son père, Olle Vesterlund, ancien foreur de LKAB, se souvient d'une enfant « qui posait trop de questions aux ingénieurs ».

« On ne déplace pas des maisons, on déplace des souvenirs, dit-elle. Il faut que les gens puissent pleurer un peu.

« Mais il faut aussi qu'ils aient un toit chaud cet hiver. »

Le PDG de LKAB, Jan Moström, salue chez Mme Vesterlund une élue « pragmatique ». La ministre suédoise de l'Énergie Ebba Busch a affirmé que l'État financerait « jusqu'au dernier logement ». Le Premier ministre Ulf Kristersson, venu mardi, a promis que Kiruna resterait « la capitale du fer de l'Europe ».

Recevez chaque dimanche notre lettre Grand Nord

Tout le monde n'est pas convaincu. Anna-Karin Niia, éleveuse de rennes et élue au Parlement sami, rappelle que les nouvelles voies ferrées coupent les routes de migration des troupeaux. Selon elle, la municipalité « n'a jamais vraiment consulté » les éleveurs. VESTERLUND répond qu'un accord sur les pâturages sera signé avant l'automne.
""",
  boilerplate=["Par notre correspondante en Scandinavie, Clara Vinet – Photo : Johan Lindqvist / TT",
               "Recevez chaque dimanche notre lettre Grand Nord"],
  quotes=[
      ("qui posait trop de questions aux ingénieurs", "direct", "Olle Vesterlund"),
      ("On ne déplace pas des maisons, on déplace des souvenirs", "direct", "Lena Vesterlund"),
      ("Il faut que les gens puissent pleurer un peu.\n\n« Mais il faut aussi qu'ils aient un toit chaud cet hiver.", "direct", "Lena Vesterlund"),
      ("pragmatique", "direct", "Jan Moström"),
      ("l'État financerait « jusqu'au dernier logement »", "mixed", "Ebba Busch"),
      ("Kiruna resterait « la capitale du fer de l'Europe »", "mixed", "Ulf Kristersson"),
      ("les nouvelles voies ferrées coupent les routes de migration des troupeaux", "indirect", "Anna-Karin Niia"),
      ("la municipalité « n'a jamais vraiment consulté » les éleveurs", "mixed", "Anna-Karin Niia"),
      ("un accord sur les pâturages sera signé avant l'automne", "indirect", "Lena Vesterlund"),
  ],
  not_quotes=[],
  times=[
      ("Le août. Le 19", "DATE", "2025-08-19"),
      ("1912", "DATE", "1912"),
      ("vingt ans", "DURATION", "P20Y"),
      ("cet hiver", "DATE", "2025-WI"),
      ("mardi", "DATE", "2025-08-19"),
      ("l'automne", "DATE", "2025-FA"),
  ],
  entities=[
      ("P:lena_vesterlund", "PER", ["Lena Vesterlund", "Vesterlund", "VESTERLUND"], []),
      ("P:olle_vesterlund", "PER", ["Olle Vesterlund"], []),
      ("P:carl_xvi_gustaf", "PER", ["Charles XVI Gustave"], []),
      ("P:jan_mostrom", "PER", ["Jan Moström"], []),
      ("P:ebba_busch", "PER", ["Ebba Busch"], []),
      ("P:ulf_kristersson", "PER", ["Ulf Kristersson"], []),
      ("P:anna_karin_niia", "PER", ["Anna-Karin Niia"], []),
      ("L:kiruna", "LOC", ["KIRUNA", "Kiruna"], []),
      ("L:sweden", "LOC", ["Suède"], ["suédoise"]),
      ("L:europe", "LOC", ["Europe"], []),
      ("O:lkab", "ORG", ["LKAB"], []),
      ("O:sami_parliament_sweden", "ORG", ["Parlement sami"], []),
  ],
  roles=[
      ("P:lena_vesterlund", "maire", "L:kiruna"),
      ("P:carl_xvi_gustaf", "roi", "L:sweden"),
      ("P:olle_vesterlund", "ancien foreur", "O:lkab"),
      ("P:jan_mostrom", "PDG", "O:lkab"),
      ("P:ebba_busch", "ministre de l'Énergie", "L:sweden"),
      ("P:ulf_kristersson", "Premier ministre", "L:sweden"),
      ("P:anna_karin_niia", "éleveuse de rennes", None),
      ("P:anna_karin_niia", "élue", "O:sami_parliament_sweden"),
  ])

# ---------------------------------------------------------------- g06  (wire dispatch, Qatar / Saudi Arabia / UAE)
A(id="g06", published="2023-12-06",
  title="Golfe : à Doha, le CCG réclame un cessez-le-feu durable à Gaza",
  text="""
DOHA, 6 déc. (Reuters) – Les dirigeants des six monarchies du Conseil de coopération du Golfe (CCG), réunis mardi à Doha, ont réclamé un cessez-le-feu « permanent » à Gaza, en présence du président turc Recep Tayyip Erdogan, invité d'honneur du sommet.

L'émir du Qatar, Tamim ben Hamad Al Thani, a estimé en ouverture que « la communauté internationale a échoué à protéger les civils ». Son Premier ministre et ministre des Affaires étrangères, Mohammed ben Abderrahmane Al Thani, a précisé que Doha poursuivait sa médiation entre le Hamas et Israël.

PARTAGER SUR FACEBOOK – PARTAGER SUR X

L'Arabie saoudite était représentée par le prince héritier et Premier ministre Mohammed ben Salmane, accompagné de son demi-frère, le ministre de l'Énergie Abdelaziz ben Salmane. Interrogé en marge du sommet, ce dernier a défendu les baisses de production décidées la semaine dernière par l'Opep+ : « Nous ne visons pas un prix, nous visons la stabilité «, a-t-il lancé.

Le président émirien Mohammed ben Zayed, dont le pays accueille jusqu'au 12 décembre la COP28 à Dubaï, n'a pas pris la parole en séance. Selon un diplomate du Golfe, MBZ a quitté Doha avant le dîner officiel.

Le secrétaire général du CCG, Jassem Mohamed Albudaiwi, a annoncé qu'un visa touristique unifié serait lancé « avant la fin de 2024 ». Pour l'économiste Karim Haddad, de la banque Gulf Meridian Capital, ce visa « pourrait doper le tourisme de 15 % » dans la région.

À LIRE AUSSI – COP28 : Sultan Al Jaber sous le feu des critiques
""",
  boilerplate=["PARTAGER SUR FACEBOOK – PARTAGER SUR X",
               "À LIRE AUSSI – COP28 : Sultan Al Jaber sous le feu des critiques"],
  quotes=[
      ("permanent", "direct", "Conseil de coopération du Golfe"),
      ("« la communauté internationale a échoué à protéger les civils »", "mixed", "Tamim ben Hamad Al Thani"),
      ("Doha poursuivait sa médiation entre le Hamas et Israël", "indirect", "Mohammed ben Abderrahmane Al Thani"),
      ("Nous ne visons pas un prix, nous visons la stabilité", "direct", "Abdelaziz ben Salmane"),
      ("MBZ a quitté Doha avant le dîner officiel", "indirect", "un diplomate du Golfe"),
      ("un visa touristique unifié serait lancé « avant la fin de 2024 »", "mixed", "Jassem Mohamed Albudaiwi"),
      ("ce visa « pourrait doper le tourisme de 15 % » dans la région", "mixed", "Karim Haddad"),
  ],
  not_quotes=[],
  times=[
      ("6 déc.", "DATE", "2023-12-06"),
      ("mardi", "DATE", "2023-12-05"),
      ("la semaine dernière", "DATE", "2023-W48"),
      ("12 décembre", "DATE", "2023-12-12"),
      ("la fin de 2024", "DATE", "2024"),
  ],
  entities=[
      ("P:erdogan", "PER", ["Recep Tayyip Erdogan"], []),
      ("P:tamim_bin_hamad_al_thani", "PER", ["Tamim ben Hamad Al Thani"], []),
      ("P:mohammed_bin_abdulrahman_al_thani", "PER", ["Mohammed ben Abderrahmane Al Thani"], []),
      ("P:mohammed_bin_salman", "PER", ["Mohammed ben Salmane"], []),
      ("P:abdulaziz_bin_salman", "PER", ["Abdelaziz ben Salmane"], []),
      ("P:mohammed_bin_zayed", "PER", ["Mohammed ben Zayed", "MBZ"], []),
      ("P:jasem_albudaiwi", "PER", ["Jassem Mohamed Albudaiwi"], []),
      ("P:karim_haddad", "PER", ["Karim Haddad"], []),
      ("L:doha", "LOC", ["DOHA", "Doha"], []),
      ("L:gaza", "LOC", ["Gaza"], []),
      ("L:turkey", "LOC", [], ["turc"]),
      ("L:qatar", "LOC", ["Qatar"], []),
      ("L:israel", "LOC", ["Israël"], []),
      ("L:saudi_arabia", "LOC", ["Arabie saoudite"], []),
      ("L:uae", "LOC", [], ["émirien"]),
      ("L:dubai", "LOC", ["Dubaï"], []),
      ("L:gulf", "LOC", ["Golfe"], []),
      ("O:reuters", "ORG", ["Reuters"], []),
      ("O:gcc", "ORG", ["Conseil de coopération du Golfe", "CCG"], []),
      ("O:hamas", "ORG", ["Hamas"], []),
      ("O:opec_plus", "ORG", ["Opep+"], []),
      ("O:gulf_meridian_capital", "ORG", ["Gulf Meridian Capital"], []),
      ("M:cop28", "MISC", ["COP28"], []),
  ],
  roles=[
      ("P:erdogan", "président", "L:turkey"),
      ("P:tamim_bin_hamad_al_thani", "émir", "L:qatar"),
      ("P:mohammed_bin_abdulrahman_al_thani", "Premier ministre", "L:qatar"),
      ("P:mohammed_bin_abdulrahman_al_thani", "ministre des Affaires étrangères", "L:qatar"),
      ("P:mohammed_bin_salman", "prince héritier", "L:saudi_arabia"),
      ("P:mohammed_bin_salman", "Premier ministre", "L:saudi_arabia"),
      ("P:abdulaziz_bin_salman", "ministre de l'Énergie", "L:saudi_arabia"),
      ("P:mohammed_bin_zayed", "président", "L:uae"),
      ("P:jasem_albudaiwi", "secrétaire général", "O:gcc"),
      ("P:karim_haddad", "économiste", "O:gulf_meridian_capital"),
  ])

# ---------------------------------------------------------------- g07  (wire dispatch, Somalia / Ethiopia)
A(id="g07", published="2024-01-03",
  title="Corne de l'Afrique : Mogadiscio dénonce l'accord portuaire entre l'Éthiopie et le Somaliland",
  text="""
MOGADISCIO, 3 janv. 2024 (AP) – Le président somalien Hassan Cheikh Mohamoud a promis mardi de défendre « chaque centimètre » du territoire national, au lendemain de la signature d'un protocole d'accord entre l'Éthiopie et le Somaliland, région sécessionniste du nord du pays.

Signé le janv. 1er à Addis-Abeba par le Premier ministre éthiopien Abiy Ahmed et le président du Somaliland, Muse Bihi Abdi, le texte offre à l'Éthiopie, privée de littoral, un accès à la mer Rouge via le port de Berbera pour cinquante ans. En échange, selon Muse Bihi Abdi, Addis-Abeba reconnaîtra « à terme » l'indépendance du Somaliland.

Lire aussi | Corne de l'Afrique : l'Éthiopie, géant enclavé en quête d'un port

“Cet accord est nul et non avenu”, a tranché mercredi matin le Premier ministre somalien Hamza Abdi Barre, qui a rappelé l'ambassadeur de Somalie à Addis-Abeba. “Aucun pouce de notre terre n'est à vendre. Aucun”, a-t-il ajouté devant le Parlement.

ÉLECTIONS À TAÏWAN : PÉKIN MET EN GARDE WASHINGTON

Le porte-parole du ministère éthiopien des Affaires étrangères, Meles Alem, a affirmé que l'accord « ne viole aucune loi internationale ». À Berbera, le directeur du port, Abdirahman Jama Farah, se félicite d'un texte qui « changera la ville ».

Pour Faysal Warsame, analyste au Horn Policy Institute de Nairobi, Mogadiscio « n'a pas les moyens militaires de ses menaces » mais peut compter sur l'Égypte. Hassan Sheikh Mohamud est attendu à Asmara la semaine prochaine. Le président de la Commission de l'Union africaine, Moussa Faki Mahamat, a appelé les deux voisins « au calme et à la retenue ».
""",
  boilerplate=["Lire aussi | Corne de l'Afrique : l'Éthiopie, géant enclavé en quête d'un port",
               "ÉLECTIONS À TAÏWAN : PÉKIN MET EN GARDE WASHINGTON"],
  quotes=[
      ("chaque centimètre", "direct", "Hassan Cheikh Mohamoud"),
      ("Addis-Abeba reconnaîtra « à terme » l'indépendance du Somaliland", "mixed", "Muse Bihi Abdi"),
      ("Cet accord est nul et non avenu", "direct", "Hamza Abdi Barre"),
      ("Aucun pouce de notre terre n'est à vendre. Aucun", "direct", "Hamza Abdi Barre"),
      ("l'accord « ne viole aucune loi internationale »", "mixed", "Meles Alem"),
      ("changera la ville", "direct", "Abdirahman Jama Farah"),
      ("Mogadiscio « n'a pas les moyens militaires de ses menaces » mais peut compter sur l'Égypte", "mixed", "Faysal Warsame"),
      ("au calme et à la retenue", "direct", "Moussa Faki Mahamat"),
  ],
  not_quotes=[],
  times=[
      ("3 janv. 2024", "DATE", "2024-01-03"),
      ("mardi", "DATE", "2024-01-02"),
      ("lendemain", "DATE", "2024-01-02"),
      ("le janv. 1er", "DATE", "2024-01-01"),
      ("cinquante ans", "DURATION", "P50Y"),
      ("mercredi matin", "TIME", "2024-01-03TMO"),
      ("la semaine prochaine", "DATE", "2024-W02"),
  ],
  entities=[
      ("P:hassan_sheikh_mohamud", "PER", ["Hassan Cheikh Mohamoud", "Hassan Sheikh Mohamud"], []),
      ("P:abiy_ahmed", "PER", ["Abiy Ahmed"], []),
      ("P:muse_bihi_abdi", "PER", ["Muse Bihi Abdi"], []),
      ("P:hamza_abdi_barre", "PER", ["Hamza Abdi Barre"], []),
      ("P:meles_alem", "PER", ["Meles Alem"], []),
      ("P:abdirahman_jama_farah", "PER", ["Abdirahman Jama Farah"], []),
      ("P:faysal_warsame", "PER", ["Faysal Warsame"], []),
      ("P:moussa_faki_mahamat", "PER", ["Moussa Faki Mahamat"], []),
      ("L:mogadishu", "LOC", ["MOGADISCIO", "Mogadiscio"], []),
      ("L:somalia", "LOC", ["Somalie"], ["somalien"]),
      ("L:ethiopia", "LOC", ["Éthiopie"], ["éthiopien"]),
      ("L:somaliland", "LOC", ["Somaliland"], []),
      ("L:addis_ababa", "LOC", ["Addis-Abeba"], []),
      ("L:red_sea", "LOC", ["mer Rouge"], []),
      ("L:berbera_port", "LOC", ["port de Berbera"], []),
      ("L:berbera", "LOC", ["Berbera"], []),
      ("L:nairobi", "LOC", ["Nairobi"], []),
      ("L:egypt", "LOC", ["Égypte"], []),
      ("L:asmara", "LOC", ["Asmara"], []),
      ("O:ap", "ORG", ["AP"], []),
      ("O:somalia_parliament", "ORG", ["Parlement"], []),
      ("O:ethiopia_mfa", "ORG", ["ministère éthiopien des Affaires étrangères"], []),
      ("O:horn_policy_institute", "ORG", ["Horn Policy Institute"], []),
      ("O:au_commission", "ORG", ["Commission de l'Union africaine"], []),
  ],
  roles=[
      ("P:hassan_sheikh_mohamud", "président", "L:somalia"),
      ("P:abiy_ahmed", "Premier ministre", "L:ethiopia"),
      ("P:muse_bihi_abdi", "président", "L:somaliland"),
      ("P:hamza_abdi_barre", "Premier ministre", "L:somalia"),
      ("P:meles_alem", "porte-parole", "O:ethiopia_mfa"),
      ("P:abdirahman_jama_farah", "directeur", "L:berbera_port"),
      ("P:faysal_warsame", "analyste", "O:horn_policy_institute"),
      ("P:moussa_faki_mahamat", "président", "O:au_commission"),
  ])

# ---------------------------------------------------------------- g08  (live blog, Philippines)
A(id="g08", published="2024-11-17",
  title="DIRECT. Typhon Man-yi : les Philippines frappées par une nouvelle tempête",
  text="""
DIRECT | Mis à jour le 17 nov. 2024 à 12h40

Le super typhon Man-yi, baptisé « Pepito » aux Philippines, a touché terre samedi soir sur l'île de Catanduanes avant de frapper ce dimanche matin la province d'Aurora, sur l'île de Luçon. Voici les dernières informations.

12h35

Le président Ferdinand Marcos Jr a présidé une réunion de crise à Manille. « Nous avons prépositionné des vivres pour trois semaines », a-t-il assuré, tout en admettant que certaines zones restaient « injoignables ». L'ambassadrice des États-Unis, MaryKay Carlson, a annoncé une aide d'urgence de deux millions de dollars.

11h05

Selon Ramon Dizon Castro, porte-parole du Conseil national de gestion des risques de catastrophe (NDRRMC), plus de 650 000 personnes ont été évacuées depuis vendredi. Le gouverneur de Catanduanes, Joseph Cua, a décrit des villages « rasés » sur la côte est.

Téléchargez notre application pour recevoir les alertes de ce direct

09h50

La météorologue Aurora Villanueva, de l'agence Pagasa, a indiqué que les rafales avaient atteint 240 km/h à Virac dans la nuit. Elle prévoit un affaiblissement du typhon d'ici ce soir au-dessus de la mer de Chine méridionale.

08h20

La vice-présidente Sara Duterte, fille de l'ancien président Rodrigo Duterte et en conflit ouvert avec Marcos, ne s'est pas exprimée. Son entourage a indiqué qu'elle se trouvait à Davao.
""",
  boilerplate=["DIRECT | Mis à jour le 17 nov. 2024 à 12h40",
               "12h35", "11h05", "09h50", "08h20",
               "Téléchargez notre application pour recevoir les alertes de ce direct"],
  quotes=[
      ("Nous avons prépositionné des vivres pour trois semaines", "direct", "Ferdinand Marcos Jr"),
      ("certaines zones restaient « injoignables »", "mixed", "Ferdinand Marcos Jr"),
      ("plus de 650 000 personnes ont été évacuées depuis vendredi", "indirect", "Ramon Dizon Castro"),
      ("rasés", "direct", "Joseph Cua"),
      ("les rafales avaient atteint 240 km/h à Virac dans la nuit", "indirect", "Aurora Villanueva"),
      ("elle se trouvait à Davao", "indirect", "l'entourage de Sara Duterte"),
  ],
  not_quotes=["Pepito"],
  times=[
      ("samedi soir", "TIME", "2024-11-16TEV"),
      ("ce dimanche matin", "TIME", "2024-11-17TMO"),
      ("trois semaines", "DURATION", "P3W"),
      ("vendredi", "DATE", "2024-11-15"),
      ("la nuit", "TIME", "2024-11-16TNI"),
      ("ce soir", "TIME", "2024-11-17TEV"),
  ],
  entities=[
      ("P:ferdinand_marcos_jr", "PER", ["Ferdinand Marcos Jr", "Marcos"], []),
      ("P:marykay_carlson", "PER", ["MaryKay Carlson"], []),
      ("P:ramon_dizon_castro", "PER", ["Ramon Dizon Castro"], []),
      ("P:joseph_cua", "PER", ["Joseph Cua"], []),
      ("P:aurora_villanueva", "PER", ["Aurora Villanueva"], []),
      ("P:sara_duterte", "PER", ["Sara Duterte"], []),
      ("P:rodrigo_duterte", "PER", ["Rodrigo Duterte"], []),
      ("M:typhoon_man_yi_2024", "MISC", ["Man-yi", "Pepito"], []),
      ("L:philippines", "LOC", ["Philippines"], []),
      ("L:catanduanes", "LOC", ["Catanduanes"], []),
      ("L:aurora_province", "LOC", ["Aurora"], []),
      ("L:luzon", "LOC", ["Luçon"], []),
      ("L:manila", "LOC", ["Manille"], []),
      ("L:united_states", "LOC", ["États-Unis"], []),
      ("L:virac", "LOC", ["Virac"], []),
      ("L:south_china_sea", "LOC", ["mer de Chine méridionale"], []),
      ("L:davao", "LOC", ["Davao"], []),
      ("O:ndrrmc", "ORG", ["Conseil national de gestion des risques de catastrophe", "NDRRMC"], []),
      ("O:pagasa", "ORG", ["Pagasa"], []),
  ],
  roles=[
      ("P:ferdinand_marcos_jr", "président", "L:philippines"),
      ("P:marykay_carlson", "ambassadrice", "L:united_states"),
      ("P:ramon_dizon_castro", "porte-parole", "O:ndrrmc"),
      ("P:joseph_cua", "gouverneur", "L:catanduanes"),
      ("P:aurora_villanueva", "météorologue", "O:pagasa"),
      ("P:sara_duterte", "vice-présidente", "L:philippines"),
      ("P:rodrigo_duterte", "ancien président", "L:philippines"),
  ])

# ---------------------------------------------------------------- g09  (portrait, Vietnam)
A(id="g09", published="2025-06-14",
  title="Portrait. Lê Thị Hồng Nhung, la « reine du durian » de Dak Lak",
  text="""
Par Thomas Ranc, envoyé spécial | Publié le 14/06/2025 à 09h00

BUÔN MA THUỘT (Vietnam) – Lê Thị Hồng Nhung, présidente de la coopérative Sầu Riêng Xanh, inspecte chaque jour les fruits épineux qui ont fait sa fortune. La presse locale la surnomme « la reine du durian », un titre qu'elle balaie d'un revers de main.

Fille de planteurs de café de la province de Dak Lak, elle a fondé la coopérative en 2016 ; celle-ci réunit aujourd'hui 340 familles. Depuis l'ouverture du marché chinois au durian frais, en 2022, ses exportations ont été multipliées par six. „Sans la Chine, nous serions encore pauvres. Mais je ne veux pas dépendre d'un seul client“, explique Mme Nhung.

En avril, lors de la visite d'État du président chinois Xi Jinping à Hanoï, un protocole sanitaire a été signé pour le durian surgelé. Le Premier ministre Pham Minh Chinh a affirmé que la filière pourrait rapporter « cinq milliards de dollars dès cette année ».

Lire aussi : Vietnam : le robusta au plus haut depuis trente ans

Dans son salon, un portrait d'Hô Chi Minh côtoie deux photos : l'une avec l'ancien président Nguyễn Xuân Phúc, l'autre avec Tô Lâm, secrétaire général du Parti communiste vietnamien, prise lors d'une foire agricole à Hô Chi Minh-Ville. To Lam avait salué « une paysanne moderne ».

Nous utilisons des cookies pour améliorer votre expérience. Accepter | Paramétrer

Tout n'est pas rose. Selon Nguyễn Văn Tú, économiste à l'université nationale du Vietnam, la moitié des vergers de Dak Lak ont été plantés sur d'anciennes caféières, au risque d'épuiser les nappes. Y Ngông Kbuôr, président du comité populaire provincial, promet un plan d'irrigation d'ici 2027. Le Thi Hong Nhung, elle, a déjà creusé trois bassins.
""",
  boilerplate=["Par Thomas Ranc, envoyé spécial | Publié le 14/06/2025 à 09h00",
               "Lire aussi : Vietnam : le robusta au plus haut depuis trente ans",
               "Nous utilisons des cookies pour améliorer votre expérience. Accepter | Paramétrer"],
  quotes=[
      ("Sans la Chine, nous serions encore pauvres. Mais je ne veux pas dépendre d'un seul client", "direct", "Lê Thị Hồng Nhung"),
      ("la filière pourrait rapporter « cinq milliards de dollars dès cette année »", "mixed", "Pham Minh Chinh"),
      ("une paysanne moderne", "direct", "Tô Lâm"),
      ("la moitié des vergers de Dak Lak ont été plantés sur d'anciennes caféières, au risque d'épuiser les nappes", "indirect", "Nguyễn Văn Tú"),
  ],
  not_quotes=["la reine du durian"],
  times=[
      ("chaque jour", "SET", "P1D"),
      ("2016", "DATE", "2016"),
      ("aujourd'hui", "DATE", "2025-06-14"),
      ("2022", "DATE", "2022"),
      ("avril", "DATE", "2025-04"),
      ("cette année", "DATE", "2025"),
      ("2027", "DATE", "2027"),
  ],
  entities=[
      ("P:le_thi_hong_nhung", "PER", ["Lê Thị Hồng Nhung", "Nhung", "Le Thi Hong Nhung"], []),
      ("P:xi_jinping", "PER", ["Xi Jinping"], []),
      ("P:pham_minh_chinh", "PER", ["Pham Minh Chinh"], []),
      ("P:ho_chi_minh", "PER", ["Hô Chi Minh"], []),
      ("P:nguyen_xuan_phuc", "PER", ["Nguyễn Xuân Phúc"], []),
      ("P:to_lam", "PER", ["Tô Lâm", "To Lam"], []),
      ("P:nguyen_van_tu", "PER", ["Nguyễn Văn Tú"], []),
      ("P:y_ngong_kbuor", "PER", ["Y Ngông Kbuôr"], []),
      ("L:buon_ma_thuot", "LOC", ["BUÔN MA THUỘT"], []),
      ("L:vietnam", "LOC", ["Vietnam"], ["vietnamien"]),
      ("L:dak_lak", "LOC", ["Dak Lak"], []),
      ("L:china", "LOC", ["Chine"], ["chinois"]),
      ("L:hanoi", "LOC", ["Hanoï"], []),
      ("L:ho_chi_minh_city", "LOC", ["Hô Chi Minh-Ville"], []),
      ("O:sau_rieng_xanh", "ORG", ["Sầu Riêng Xanh"], []),
      ("O:communist_party_of_vietnam", "ORG", ["Parti communiste vietnamien"], []),
      ("O:vietnam_national_university", "ORG", ["université nationale du Vietnam"], []),
  ],
  roles=[
      ("P:le_thi_hong_nhung", "présidente", "O:sau_rieng_xanh"),
      ("P:xi_jinping", "président", "L:china"),
      ("P:pham_minh_chinh", "Premier ministre", "L:vietnam"),
      ("P:nguyen_xuan_phuc", "ancien président", "L:vietnam"),
      ("P:to_lam", "secrétaire général", "O:communist_party_of_vietnam"),
      ("P:nguyen_van_tu", "économiste", "O:vietnam_national_university"),
      ("P:y_ngong_kbuor", "président du comité populaire provincial", "L:dak_lak"),
  ])

# ---------------------------------------------------------------- g10  (regional daily, Alberta)
A(id="g10", published="2025-05-07",
  title="Alberta : Danielle Smith n'exclut plus un référendum sur l'indépendance en 2026",
  text="""
ACTUALITÉS PROVINCIALES | Le Courrier des Prairies | Édition d'Edmonton

EDMONTON – La première ministre de l'Alberta, Danielle Smith, a confirmé lundi qu'un référendum sur l'avenir de la province au sein du Canada pourrait se tenir en 2026 « si les citoyens le réclament ».

« Je ne suis pas séparatiste, a-t-elle insisté devant l'Assemblée législative. Mais je respecte la démocratie directe. »

À Ottawa, le premier ministre canadien Mark Carney a rappelé que « le Canada ne se négocie pas » et a annoncé qu'il rencontrerait les premiers ministres des provinces le mois prochain à Saskatoon.

HOCKEY : LES FLAMES SE SÉPARENT DE LEUR ENTRAÎNEUR ADJOINT

L'ancien vice-premier ministre Thomas Lukaszuk, qui a lancé la pétition « Forever Canadian », affirme avoir recueilli 40 000 signatures en une semaine. Selon lui, les séparatistes « surestiment leur poids ».

Le maire d'Edmonton, Amarjeet Sohi, a jugé le débat « toxique pour les investissements ». La mairesse de Calgary, Jyoti Gondek, a appelé au calme. L'économiste Rachel Ng, de l'Université de l'Alberta, estime qu'un référendum coûterait « des milliards en capitaux reportés ».

Abonnez-vous à notre infolettre du matin

Seule éclaircie mardi soir : la victoire des Oilers à Las Vegas, 4-2, avec deux passes du capitaine Connor McDavid. « La province avait besoin de ça », a souri MCDAVID.
""",
  boilerplate=["ACTUALITÉS PROVINCIALES | Le Courrier des Prairies | Édition d'Edmonton",
               "HOCKEY : LES FLAMES SE SÉPARENT DE LEUR ENTRAÎNEUR ADJOINT",
               "Abonnez-vous à notre infolettre du matin"],
  quotes=[
      ("un référendum sur l'avenir de la province au sein du Canada pourrait se tenir en 2026 « si les citoyens le réclament »", "mixed", "Danielle Smith"),
      ("Je ne suis pas séparatiste", "direct", "Danielle Smith"),
      ("Mais je respecte la démocratie directe.", "direct", "Danielle Smith"),
      ("« le Canada ne se négocie pas »", "mixed", "Mark Carney"),
      ("il rencontrerait les premiers ministres des provinces le mois prochain à Saskatoon", "indirect", "Mark Carney"),
      ("les séparatistes « surestiment leur poids »", "mixed", "Thomas Lukaszuk"),
      ("toxique pour les investissements", "direct", "Amarjeet Sohi"),
      ("un référendum coûterait « des milliards en capitaux reportés »", "mixed", "Rachel Ng"),
      ("La province avait besoin de ça", "direct", "Connor McDavid"),
  ],
  not_quotes=["Forever Canadian"],
  times=[
      ("lundi", "DATE", "2025-05-05"),
      ("2026", "DATE", "2026"),
      ("le mois prochain", "DATE", "2025-06"),
      ("une semaine", "DURATION", "P1W"),
      ("mardi soir", "TIME", "2025-05-06TEV"),
  ],
  entities=[
      ("P:danielle_smith", "PER", ["Danielle Smith"], []),
      ("P:mark_carney", "PER", ["Mark Carney"], []),
      ("P:thomas_lukaszuk", "PER", ["Thomas Lukaszuk"], []),
      ("P:amarjeet_sohi", "PER", ["Amarjeet Sohi"], []),
      ("P:jyoti_gondek", "PER", ["Jyoti Gondek"], []),
      ("P:rachel_ng", "PER", ["Rachel Ng"], []),
      ("P:connor_mcdavid", "PER", ["Connor McDavid", "MCDAVID"], []),
      ("L:edmonton", "LOC", ["EDMONTON", "Edmonton"], []),
      ("L:alberta", "LOC", ["Alberta"], []),
      ("L:canada", "LOC", ["Canada"], ["canadien"]),
      ("L:ottawa", "LOC", ["Ottawa"], []),
      ("L:saskatoon", "LOC", ["Saskatoon"], []),
      ("L:calgary", "LOC", ["Calgary"], []),
      ("L:las_vegas", "LOC", ["Las Vegas"], []),
      ("O:legislative_assembly_of_alberta", "ORG", ["Assemblée législative"], []),
      ("O:university_of_alberta", "ORG", ["Université de l'Alberta"], []),
      ("O:edmonton_oilers", "ORG", ["Oilers"], []),
  ],
  roles=[
      ("P:danielle_smith", "première ministre", "L:alberta"),
      ("P:mark_carney", "premier ministre", "L:canada"),
      ("P:thomas_lukaszuk", "ancien vice-premier ministre", "L:alberta"),
      ("P:amarjeet_sohi", "maire", "L:edmonton"),
      ("P:jyoti_gondek", "mairesse", "L:calgary"),
      ("P:rachel_ng", "économiste", "O:university_of_alberta"),
      ("P:connor_mcdavid", "capitaine", "O:edmonton_oilers"),
  ])

# ---------------------------------------------------------------- g11  (press review, Swiss federal politics)
A(id="g11", published="2025-06-16",
  title="Accords avec l'UE : la presse suisse divisée après le feu vert du Conseil fédéral",
  text="""
REVUE DE PRESSE | Ce que retiennent les journaux suisses

BERNE – Le Conseil fédéral a ouvert vendredi la consultation sur le paquet d'accords avec l'Union européenne, que la présidente de la Confédération Karin Keller-Sutter a qualifié de « meilleur compromis possible ». La presse reste partagée.

Dans Le Temps, l'éditorialiste Pascal Grandjean salue « un texte solide, mais mal vendu ». Il estime que le ministre des Affaires étrangères, Ignazio Cassis, « a trop longtemps laissé le terrain aux opposants ».

La NZZ am Sonntag donne la parole au président de l'UDC, Marcel Dettling, qui promet « une campagne sans relâche » jusqu'à la votation. "Berne veut nous soumettre à des juges étrangers. Le peuple dira non, et il le dira fort

Lire aussi – Accords bilatéraux : ce que contient le paquet de 1800 pages

À gauche, le coprésident du PS Cédric Wermuth se dit « prêt à soutenir » l'accord si la protection des salaires est garantie. Selon le politologue Martin Steiger, de l'Université de Zurich, le scrutin n'aura pas lieu avant 2027 et « tout reste ouvert ».

Cet article est réservé aux abonnés. Déjà abonné ? Se connecter

Côté européen, le commissaire Maroš Šefčovič, chargé du dossier à la Commission européenne, a assuré samedi au Tages-Anzeiger que Bruxelles « ne rouvrira pas » le texte. « La balle est dans le camp suisse », a-t-il ajouté. KELLER-SUTTER, elle, se donne jusqu'à l'automne pour convaincre les cantons.
""",
  boilerplate=["REVUE DE PRESSE | Ce que retiennent les journaux suisses",
               "Lire aussi – Accords bilatéraux : ce que contient le paquet de 1800 pages",
               "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter"],
  quotes=[
      ("meilleur compromis possible", "direct", "Karin Keller-Sutter"),
      ("un texte solide, mais mal vendu", "direct", "Pascal Grandjean"),
      ("le ministre des Affaires étrangères, Ignazio Cassis, « a trop longtemps laissé le terrain aux opposants »", "mixed", "Pascal Grandjean"),
      ("une campagne sans relâche", "direct", "Marcel Dettling"),
      ("Berne veut nous soumettre à des juges étrangers. Le peuple dira non, et il le dira fort", "direct", "Marcel Dettling"),
      ("prêt à soutenir", "direct", "Cédric Wermuth"),
      ("le scrutin n'aura pas lieu avant 2027 et « tout reste ouvert »", "mixed", "Martin Steiger"),
      ("Bruxelles « ne rouvrira pas » le texte", "mixed", "Maroš Šefčovič"),
      ("La balle est dans le camp suisse", "direct", "Maroš Šefčovič"),
  ],
  not_quotes=[],
  times=[
      ("vendredi", "DATE", "2025-06-13"),
      ("2027", "DATE", "2027"),
      ("samedi", "DATE", "2025-06-14"),
      ("l'automne", "DATE", "2025-FA"),
  ],
  entities=[
      ("P:karin_keller_sutter", "PER", ["Karin Keller-Sutter", "KELLER-SUTTER"], []),
      ("P:pascal_grandjean", "PER", ["Pascal Grandjean"], []),
      ("P:ignazio_cassis", "PER", ["Ignazio Cassis"], []),
      ("P:marcel_dettling", "PER", ["Marcel Dettling"], []),
      ("P:cedric_wermuth", "PER", ["Cédric Wermuth"], []),
      ("P:martin_steiger", "PER", ["Martin Steiger"], []),
      ("P:maros_sefcovic", "PER", ["Maroš Šefčovič"], []),
      ("L:bern", "LOC", ["BERNE", "Berne"], []),
      ("L:switzerland", "LOC", ["Confédération"], ["suisse"]),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("O:swiss_federal_council", "ORG", ["Conseil fédéral"], []),
      ("O:eu", "ORG", ["Union européenne"], []),
      ("O:le_temps", "ORG", ["Le Temps"], []),
      ("O:nzz_am_sonntag", "ORG", ["NZZ am Sonntag"], []),
      ("O:udc", "ORG", ["UDC"], []),
      ("O:ps_switzerland", "ORG", ["PS"], []),
      ("O:university_of_zurich", "ORG", ["Université de Zurich"], []),
      ("O:european_commission", "ORG", ["Commission européenne"], []),
      ("O:tages_anzeiger", "ORG", ["Tages-Anzeiger"], []),
  ],
  roles=[
      ("P:karin_keller_sutter", "présidente", "L:switzerland"),
      ("P:pascal_grandjean", "éditorialiste", "O:le_temps"),
      ("P:ignazio_cassis", "ministre des Affaires étrangères", "L:switzerland"),
      ("P:marcel_dettling", "président", "O:udc"),
      ("P:cedric_wermuth", "coprésident", "O:ps_switzerland"),
      ("P:martin_steiger", "politologue", "O:university_of_zurich"),
      ("P:maros_sefcovic", "commissaire", "O:european_commission"),
  ])

# ---------------------------------------------------------------- g12  (regional daily, Pas-de-Calais)
A(id="g12", published="2023-11-15",
  title="Inondations dans l'Audomarois : l'eau remonte, les élus réclament des moyens",
  text="""
PAS-DE-CALAIS | Publié le 15/11/2023 à 06h30 | Par Élodie Caron

SAINT-OMER – Au lendemain de la visite présidentielle, les habitants de l'Audomarois continuent de pomper. L'Aa est de nouveau sortie de son lit dans la nuit de lundi à mardi, inondant pour la deuxième fois depuis Le nov. Le 7 les rues d'Arques et de Blendecques.

Le préfet du Pas-de-Calais, Jacques Billant, a annoncé mardi que 7 000 foyers restaient privés d'électricité et que l'état de catastrophe naturelle serait publié au Journal officiel « d'ici la fin de la semaine ».

Hier, le président de la République Emmanuel Macron, accompagné du ministre de l'Intérieur Gérald Darmanin, avait promis « une réponse exceptionnelle » de l'État. « Nous ne laisserons pas le Pas-de-Calais seul face à l'eau », avait lancé le chef de l'État devant la salle des fêtes de Blendecques.

À LIRE AUSSI >> Inondations : comment obtenir l'aide d'urgence de l'État

Jean-Claude Leroy, président du conseil départemental du Pas-de-Calais, a chiffré les dégâts sur les routes à « au moins 50 millions d'euros » et réclamé un fonds spécial pour « le département le plus touché de France ». Le président de la région Hauts-de-France, Xavier Bertrand, a débloqué une aide d'urgence de 10 millions.

À Arques, l'agricultrice Marie Arques a perdu ses semis de blé. « Ici, on porte le nom de la commune et on en partage les malheurs », sourit-elle. Le maire de Blendecques, Thierry Vasseur, a indiqué que l'école Jean-Jaurès resterait fermée jusqu'au nov. 20.
""",
  boilerplate=["PAS-DE-CALAIS | Publié le 15/11/2023 à 06h30 | Par Élodie Caron",
               "À LIRE AUSSI >> Inondations : comment obtenir l'aide d'urgence de l'État"],
  quotes=[
      ("7 000 foyers restaient privés d'électricité et que l'état de catastrophe naturelle serait publié au Journal officiel « d'ici la fin de la semaine »", "mixed", "Jacques Billant"),
      ("une réponse exceptionnelle", "direct", "Emmanuel Macron"),
      ("Nous ne laisserons pas le Pas-de-Calais seul face à l'eau", "direct", "Emmanuel Macron"),
      ("au moins 50 millions d'euros", "direct", "Jean-Claude Leroy"),
      ("le département le plus touché de France", "direct", "Jean-Claude Leroy"),
      ("Ici, on porte le nom de la commune et on en partage les malheurs", "direct", "Marie Arques"),
      ("l'école Jean-Jaurès resterait fermée jusqu'au nov. 20", "indirect", "Thierry Vasseur"),
  ],
  not_quotes=[],
  times=[
      ("lendemain", "DATE", "2023-11-15"),
      ("la nuit de lundi à mardi", "TIME", "2023-11-13TNI"),
      ("Le nov. Le 7", "DATE", "2023-11-07"),
      ("mardi", "DATE", "2023-11-14"),
      ("la fin de la semaine", "DATE", "2023-W46"),
      ("Hier", "DATE", "2023-11-14"),
      ("nov. 20", "DATE", "2023-11-20"),
  ],
  entities=[
      ("P:jacques_billant", "PER", ["Jacques Billant"], []),
      ("P:emmanuel_macron", "PER", ["Emmanuel Macron"], []),
      ("P:gerald_darmanin", "PER", ["Gérald Darmanin"], []),
      ("P:jean_claude_leroy", "PER", ["Jean-Claude Leroy"], []),
      ("P:xavier_bertrand", "PER", ["Xavier Bertrand"], []),
      ("P:marie_arques", "PER", ["Marie Arques"], []),
      ("P:thierry_vasseur", "PER", ["Thierry Vasseur"], []),
      ("L:saint_omer", "LOC", ["SAINT-OMER"], []),
      ("L:audomarois", "LOC", ["Audomarois"], []),
      ("L:aa_river", "LOC", ["Aa"], []),
      ("L:arques", "LOC", ["Arques"], []),
      ("L:blendecques", "LOC", ["Blendecques"], []),
      ("L:pas_de_calais", "LOC", ["Pas-de-Calais"], []),
      ("L:france", "LOC", ["France"], []),
      ("L:hauts_de_france", "LOC", ["Hauts-de-France"], []),
      ("L:ecole_jean_jaures_blendecques", "LOC", ["école Jean-Jaurès"], []),
      ("O:journal_officiel", "ORG", ["Journal officiel"], []),
      ("O:pas_de_calais_departmental_council", "ORG", ["conseil départemental du Pas-de-Calais"], []),
  ],
  roles=[
      ("P:jacques_billant", "préfet", "L:pas_de_calais"),
      ("P:emmanuel_macron", "président de la République", "L:france"),
      ("P:gerald_darmanin", "ministre de l'Intérieur", "L:france"),
      ("P:jean_claude_leroy", "président", "O:pas_de_calais_departmental_council"),
      ("P:xavier_bertrand", "président", "L:hauts_de_france"),
      ("P:marie_arques", "agricultrice", None),
      ("P:thierry_vasseur", "maire", "L:blendecques"),
  ])

SPEAKER_OVERRIDES = {}
