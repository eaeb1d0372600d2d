# Blind test articles b01-b12 (written and annotated by hand; see README.md).
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- b01
A(id="b01", published="2023-08-09",
  title="Biélorussie : trois ans après la présidentielle, Tsikhanouskaya appelle à ne pas oublier les prisonniers",
  text="""
VILNIUS – La cheffe de l'opposition biélorusse en exil, Sviatlana Tsikhanouskaya, a appelé mercredi les pays occidentaux à maintenir la pression sur Minsk, trois ans jour pour jour après l'élection présidentielle contestée du 9 août 2020.

« Nous ne demandons pas la pitié, nous demandons la justice. Chaque jour, des gens sont arrêtés simplement pour un commentaire sur Internet », a déclaré Mme Tsikhanouskaya, surnommée la « présidente en exil » par ses partisans, devant quelques centaines de personnes réunies dans la capitale lituanienne.

Son mari, le blogueur Siarhei Tsikhanouski, a été condamné en décembre 2021 à 18 ans de prison. Selon son épouse, il n'a donné aucun signe de vie depuis le mois de mars.

HAWAÏ : UN INCENDIE RAVAGE LA VILLE DE LAHAINA

Svetlana Tikhanovskaïa, qui vit en Lituanie depuis l'été 2020, a ajouté que près de 1 500 prisonniers politiques étaient toujours détenus. Elle a promis qu'elle reviendrait à Minsk « le jour où les portes des prisons s'ouvriront ».

D'après le centre de défense des droits humains Viasna, au moins 30 personnes ont été condamnées depuis le début de l'été pour des commentaires en ligne.

Le ministère lituanien des Affaires étrangères a indiqué dans un communiqué que Vilnius continuerait d'accueillir les Biélorusses fuyant la répression. Le lendemain du scrutin, Sergueï Tikhanovski était déjà en détention depuis plus de deux mois.

TÉLÉCHARGEZ L'APPLICATION ET RECEVEZ NOS ALERTES EN DIRECT
""",
  boilerplate=["HAWAÏ : UN INCENDIE RAVAGE LA VILLE DE LAHAINA",
               "TÉLÉCHARGEZ L'APPLICATION ET RECEVEZ NOS ALERTES EN DIRECT"],
  quotes=[
      ("Nous ne demandons pas la pitié, nous demandons la justice. Chaque jour, des gens sont arrêtés simplement pour un commentaire sur Internet", "direct", "Sviatlana Tsikhanouskaya"),
      ("il n'a donné aucun signe de vie depuis le mois de mars", "indirect", "Sviatlana Tsikhanouskaya"),
      ("près de 1 500 prisonniers politiques étaient toujours détenus", "indirect", "Sviatlana Tsikhanouskaya"),
      ("elle reviendrait à Minsk « le jour où les portes des prisons s'ouvriront »", "mixed", "Sviatlana Tsikhanouskaya"),
      ("au moins 30 personnes ont été condamnées depuis le début de l'été pour des commentaires en ligne", "indirect", "Viasna"),
      ("Vilnius continuerait d'accueillir les Biélorusses fuyant la répression", "indirect", "le ministère lituanien des Affaires étrangères"),
  ],
  not_quotes=["présidente en exil"],
  times=[
      ("mercredi", "DATE", "2023-08-09"),
      ("trois ans", "DURATION", "P3Y"),
      ("9 août 2020", "DATE", "2020-08-09"),
      ("Chaque jour", "SET", "P1D"),
      ("décembre 2021", "DATE", "2021-12"),
      ("18 ans", "DURATION", "P18Y"),
      ("le mois de mars", "DATE", "2023-03"),
      ("l'été 2020", "DATE", "2020-SU"),
      ("le début de l'été", "DATE", "2023-SU"),
      ("Le lendemain", "DATE", "2020-08-10"),
      ("deux mois", "DURATION", "P2M"),
  ],
  entities=[
      ("P:tsikhanouskaya", "PER", ["Sviatlana Tsikhanouskaya", "Tsikhanouskaya", "Svetlana Tikhanovskaïa"], []),
      ("P:tsikhanouski", "PER", ["Siarhei Tsikhanouski", "Sergueï Tikhanovski"], []),
      ("L:belarus", "LOC", [], ["biélorusse", "Biélorusses"]),
      ("L:minsk", "LOC", ["Minsk"], []),
      ("L:vilnius", "LOC", ["VILNIUS", "Vilnius"], []),
      ("L:lithuania", "LOC", ["Lituanie"], ["lituanienne", "lituanien"]),
      ("O:viasna", "ORG", ["Viasna"], []),
      ("O:lithuania_mfa", "ORG", ["ministère lituanien des Affaires étrangères"], []),
  ],
  roles=[
      ("P:tsikhanouskaya", "cheffe de l'opposition", "L:belarus"),
      ("P:tsikhanouski", "blogueur", None),
  ])

# ---------------------------------------------------------------- b02
A(id="b02", published="2024-02-25",
  title="Zelensky : 31 000 soldats ukrainiens tués depuis le début de la guerre",
  text="""
KIEV, 25 février (Reuters) – Le président ukrainien Volodymyr Zelensky a déclaré dimanche que 31 000 soldats ukrainiens avaient été tués depuis le début de l'invasion russe à grande échelle, il y a deux ans.

“Ce n'est pas 300 000, ce n'est pas 150 000, quoi que disent les propagandistes de Moscou”, a-t-il affirmé lors d'un forum organisé à Kiev sous le titre « Ukraine. Année 2024 ».

Zelensky a également reconnu que la situation sur le front restait « difficile » dans l'est du pays, après le retrait des troupes ukrainiennes d'Avdiivka la semaine dernière.

LIRE AUSSI : Guerre en Ukraine : ce que l'on sait de la chute d'Avdiivka

Le chef de l'administration présidentielle, Andriy Yermak, a assuré de son côté que l'Ukraine attendait « dans les prochaines semaines » un vote du Congrès américain sur une enveloppe de 60 milliards de dollars. « Sans cette aide, nous perdrons des vies », a prévenu M. Iermak.

Interrogé sur une éventuelle contre-offensive au printemps, M. Zelensky a répondu : “Nous avons un plan, et il sera mis en œuvre. Je ne vais pas vous en donner les détails aujourd'hui.

Selon le ministère ukrainien de la Défense, la production de drones a été multipliée par dix l'an dernier.

Vous aimez nos articles ? Suivez-nous sur Telegram et Google Actualités
""",
  boilerplate=["LIRE AUSSI : Guerre en Ukraine : ce que l'on sait de la chute d'Avdiivka",
               "Vous aimez nos articles ? Suivez-nous sur Telegram et Google Actualités"],
  quotes=[
      ("31 000 soldats ukrainiens avaient été tués depuis le début de l'invasion russe à grande échelle, il y a deux ans", "indirect", "Volodymyr Zelensky"),
      ("Ce n'est pas 300 000, ce n'est pas 150 000, quoi que disent les propagandistes de Moscou", "direct", "Volodymyr Zelensky"),
      ("la situation sur le front restait « difficile » dans l'est du pays, après le retrait des troupes ukrainiennes d'Avdiivka la semaine dernière", "mixed", "Volodymyr Zelensky"),
      ("l'Ukraine attendait « dans les prochaines semaines » un vote du Congrès américain sur une enveloppe de 60 milliards de dollars", "mixed", "Andriy Yermak"),
      ("Sans cette aide, nous perdrons des vies", "direct", "Andriy Yermak"),
      ("Nous avons un plan, et il sera mis en œuvre. Je ne vais pas vous en donner les détails aujourd'hui.", "direct", "Volodymyr Zelensky"),
      ("la production de drones a été multipliée par dix l'an dernier", "indirect", "le ministère ukrainien de la Défense"),
  ],
  not_quotes=["Ukraine. Année 2024"],
  times=[
      ("25 février", "DATE", "2024-02-25"),
      ("dimanche", "DATE", "2024-02-25"),
      ("il y a deux ans", "DATE", "2022"),
      ("la semaine dernière", "DATE", "2024-W07"),
      ("les prochaines semaines", "DATE", "FUTURE_REF"),
      ("printemps", "DATE", "2024-SP"),
      ("aujourd'hui", "DATE", "2024-02-25"),
      ("l'an dernier", "DATE", "2023"),
  ],
  entities=[
      ("P:zelensky", "PER", ["Volodymyr Zelensky", "Zelensky"], []),
      ("P:yermak", "PER", ["Andriy Yermak", "Iermak"], []),
      ("L:ukraine", "LOC", ["Ukraine"], ["ukrainien", "ukrainiens", "ukrainiennes"]),
      ("L:kyiv", "LOC", ["KIEV", "Kiev"], []),
      ("O:reuters", "ORG", ["Reuters"], []),
      ("L:russia", "LOC", [], ["russe"]),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("L:avdiivka", "LOC", ["Avdiivka"], []),
      ("O:us_congress", "ORG", ["Congrès américain"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("O:ukraine_mod", "ORG", ["ministère ukrainien de la Défense"], []),
  ],
  roles=[
      ("P:zelensky", "président", "L:ukraine"),
      ("P:yermak", "chef de l'administration présidentielle", "L:ukraine"),
  ])

# ---------------------------------------------------------------- b03
A(id="b03", published="2023-10-06",
  title="Karabakh : Pachinian dénonce un « nettoyage ethnique », Aliev boude Grenade",
  text="""
Le Premier ministre arménien Nikol Pachinian a affirmé jeudi à Grenade, en Espagne, que plus de 100 000 Arméniens avaient quitté le Haut-Karabakh depuis l'offensive éclair lancée par l'Azerbaïdjan le mois dernier.

"Il n'y a pratiquement plus d'Arméniens au Nagorny-Karabakh. C'est un nettoyage ethnique, et la communauté internationale a regardé cela se produire", a-t-il dit aux journalistes en marge du sommet de la Communauté politique européenne (CPE).

Le président azerbaïdjanais Ilham Aliev, qui devait rencontrer M. Pachinian en présence d'Emmanuel Macron, d'Olaf Scholz et du président du Conseil européen Charles Michel, a finalement renoncé à faire le déplacement. D'après l'agence de presse officielle azerbaïdjanaise APA, Bakou reproche à Paris son soutien militaire à Erevan.

« Nous restons prêts à signer un traité de paix d'ici la fin de l'année. Mais un traité ne se signe pas avec une chaise vide.

« Nous avons besoin de garanties, et nous en avons besoin maintenant », a poursuivi le chef du gouvernement arménien.

Lire aussi : Haut-Karabakh : la Croix-Rouge s'inquiète du sort des personnes disparues

Le ministre des Affaires étrangères Ararat Mirzoyan a précisé qu'Erevan n'avait reçu aucune proposition concrète de Bakou depuis le 19 septembre. Il a également rejeté le projet de « corridor de Zanguezour », qui relierait l'Azerbaïdjan à son exclave du Nakhitchevan à travers le sud de l'Arménie.
""",
  boilerplate=["Lire aussi : Haut-Karabakh : la Croix-Rouge s'inquiète du sort des personnes disparues"],
  quotes=[
      ("plus de 100 000 Arméniens avaient quitté le Haut-Karabakh depuis l'offensive éclair lancée par l'Azerbaïdjan le mois dernier", "indirect", "Nikol Pachinian"),
      ("Il n'y a pratiquement plus d'Arméniens au Nagorny-Karabakh. C'est un nettoyage ethnique, et la communauté internationale a regardé cela se produire", "direct", "Nikol Pachinian"),
      ("Bakou reproche à Paris son soutien militaire à Erevan", "indirect", "APA"),
      ("Nous restons prêts à signer un traité de paix d'ici la fin de l'année. Mais un traité ne se signe pas avec une chaise vide.\n\n« Nous avons besoin de garanties, et nous en avons besoin maintenant", "direct", "Nikol Pachinian"),
      ("Erevan n'avait reçu aucune proposition concrète de Bakou depuis le 19 septembre", "indirect", "Ararat Mirzoyan"),
  ],
  not_quotes=["corridor de Zanguezour"],
  times=[
      ("jeudi", "DATE", "2023-10-05"),
      ("le mois dernier", "DATE", "2023-09"),
      ("la fin de l'année", "DATE", "2023"),
      ("maintenant", "DATE", "PRESENT_REF"),
      ("le 19 septembre", "DATE", "2023-09-19"),
  ],
  entities=[
      ("P:pashinyan", "PER", ["Nikol Pachinian", "Pachinian"], []),
      ("L:armenia", "LOC", ["Arménie"], ["arménien", "Arméniens"]),
      ("L:granada", "LOC", ["Grenade"], []),
      ("L:spain", "LOC", ["Espagne"], []),
      ("L:karabakh", "LOC", ["Haut-Karabakh", "Nagorny-Karabakh"], []),
      ("L:azerbaijan", "LOC", ["Azerbaïdjan"], ["azerbaïdjanais", "azerbaïdjanaise"]),
      ("O:epc", "ORG", ["Communauté politique européenne", "CPE"], []),
      ("P:ilham_aliyev", "PER", ["Ilham Aliev"], []),
      ("P:macron", "PER", ["Emmanuel Macron"], []),
      ("P:scholz", "PER", ["Olaf Scholz"], []),
      ("O:european_council", "ORG", ["Conseil européen"], []),
      ("P:charles_michel", "PER", ["Charles Michel"], []),
      ("O:apa", "ORG", ["APA"], []),
      ("L:baku", "LOC", ["Bakou"], []),
      ("L:paris", "LOC", ["Paris"], []),
      ("L:yerevan", "LOC", ["Erevan"], []),
      ("P:mirzoyan", "PER", ["Ararat Mirzoyan"], []),
      ("L:zangezur", "LOC", ["Zanguezour"], []),
      ("L:nakhchivan", "LOC", ["Nakhitchevan"], []),
  ],
  roles=[
      ("P:pashinyan", "Premier ministre", "L:armenia"),
      ("P:ilham_aliyev", "président", "L:azerbaijan"),
      ("P:charles_michel", "président", "O:european_council"),
      ("P:mirzoyan", "ministre des Affaires étrangères", "L:armenia"),
  ])

# ---------------------------------------------------------------- b04
A(id="b04", published="2024-03-14",
  title="Le Kazakhstan veut doubler ses exportations de pétrole vers l'Europe",
  text="""
ASTANA – Le président kazakh Kassym-Jomart Tokaïev a demandé mardi au gouvernement de préparer un plan pour porter les exportations de brut vers l'Union européenne (UE) à plus de 20 millions de tonnes par an d'ici 2030.

« Nous devons diversifier nos routes. La dépendance à un seul oléoduc est un risque pour notre souveraineté «, a-t-il lancé lors d'une réunion élargie du gouvernement, selon la transcription publiée par la présidence.

Près de 80 % du pétrole kazakh transite actuellement par l'oléoduc du Consortium du pipeline caspien (CPC), qui relie le gisement de Tenguiz au port russe de Novorossiisk. Le ministre de l'Énergie, Almassadam Satkaliev, a précisé que la compagnie nationale KazMunayGas (KMG) étudiait une hausse des volumes transportés par tankers à travers la mer Caspienne, via Bakou.

PÉTROLE : LE BRENT REPASSE LA BARRE DES 84 DOLLARS

L'Organisation des pays exportateurs de pétrole et leurs alliés (OPEP+) ont reconduit au début du mois leurs réductions volontaires de production jusqu'à la fin juin. Le Kazakhstan, qui dépasse régulièrement son quota, s'est engagé à compenser cette surproduction, a indiqué le ministère dans un communiqué.

Pour l'analyste Daniyar Ospanov, du cabinet Eurasia Consulting à Almaty, le projet reste « ambitieux mais réaliste ». Il rappelle que les exportations par la route transcaspienne avaient déjà progressé l'an dernier.
""",
  boilerplate=["PÉTROLE : LE BRENT REPASSE LA BARRE DES 84 DOLLARS"],
  quotes=[
      ("Nous devons diversifier nos routes. La dépendance à un seul oléoduc est un risque pour notre souveraineté", "direct", "Kassym-Jomart Tokaïev"),
      ("la compagnie nationale KazMunayGas (KMG) étudiait une hausse des volumes transportés par tankers à travers la mer Caspienne, via Bakou", "indirect", "Almassadam Satkaliev"),
      ("Le Kazakhstan, qui dépasse régulièrement son quota, s'est engagé à compenser cette surproduction", "indirect", "le ministère de l'Énergie"),
      ("le projet reste « ambitieux mais réaliste »", "mixed", "Daniyar Ospanov"),
      ("les exportations par la route transcaspienne avaient déjà progressé l'an dernier", "indirect", "Daniyar Ospanov"),
  ],
  not_quotes=[],
  times=[
      ("mardi", "DATE", "2024-03-12"),
      ("par an", "SET", "P1Y"),
      ("2030", "DATE", "2030"),
      ("actuellement", "DATE", "PRESENT_REF"),
      ("début du mois", "DATE", "2024-03"),
      ("la fin juin", "DATE", "2024-06"),
      ("l'an dernier", "DATE", "2023"),
  ],
  entities=[
      ("L:astana", "LOC", ["ASTANA"], []),
      ("L:kazakhstan", "LOC", ["Kazakhstan"], ["kazakh"]),
      ("P:tokayev", "PER", ["Kassym-Jomart Tokaïev"], []),
      ("O:eu", "ORG", ["Union européenne", "UE"], []),
      ("O:cpc", "ORG", ["Consortium du pipeline caspien", "CPC"], []),
      ("L:tengiz", "LOC", ["Tenguiz"], []),
      ("L:russia", "LOC", [], ["russe"]),
      ("L:novorossiysk", "LOC", ["Novorossiisk"], []),
      ("P:satkaliev", "PER", ["Almassadam Satkaliev"], []),
      ("O:kmg", "ORG", ["KazMunayGas", "KMG"], []),
      ("L:caspian_sea", "LOC", ["mer Caspienne"], []),
      ("L:baku", "LOC", ["Bakou"], []),
      ("O:opec_plus", "ORG", ["Organisation des pays exportateurs de pétrole et leurs alliés", "OPEP+"], []),
      ("P:ospanov", "PER", ["Daniyar Ospanov"], []),
      ("O:eurasia_consulting", "ORG", ["Eurasia Consulting"], []),
      ("L:almaty", "LOC", ["Almaty"], []),
  ],
  roles=[
      ("P:tokayev", "président", "L:kazakhstan"),
      ("P:satkaliev", "ministre de l'Énergie", "L:kazakhstan"),
      ("P:ospanov", "analyste", "O:eurasia_consulting"),
  ])

# ---------------------------------------------------------------- b05
A(id="b05", published="2024-01-23",
  title=None,
  text="""
Varsovie (PAP) – Le nouveau chef de la diplomatie polonaise, Radosław Sikorski, a reçu lundi la dirigeante de l'opposition biélorusse Swiatłana Cichanouska, a annoncé le ministère des Affaires étrangères.

Selon le communiqué, les deux responsables ont évoqué le sort d'Andrzej Poczobut, journaliste de la minorité polonaise condamné en Biélorussie à huit ans de colonie pénitentiaire.

« La Pologne n'oubliera pas ses citoyens emprisonnés par le régime de Minsk », a écrit M. Sikorski sur X après la rencontre. Cichanouska a, pour sa part, salué le « soutien constant » de Varsovie et indiqué qu'elle se rendrait à Kiev le mois prochain pour y rencontrer le président Wołodymyr Zełenski.

Abonnez-vous à notre newsletter « Europe de l'Est » et recevez chaque vendredi l'essentiel de l'actualité

Surnommée « la Jeanne d'Arc biélorusse » par une partie de la presse occidentale, Mme Cichanouska vit en exil à Vilnius depuis août 2020.

Par ailleurs, le ministre a confirmé que Varsovie poursuivait les négociations avec l'américain Sikorsky, filiale de Lockheed Martin, pour l'achat d'hélicoptères Black Hawk destinés aux forces spéciales. Le contrat pourrait être signé « avant l'été », a-t-il ajouté.
""",
  boilerplate=["Abonnez-vous à notre newsletter « Europe de l'Est » et recevez chaque vendredi l'essentiel de l'actualité"],
  quotes=[
      ("Le nouveau chef de la diplomatie polonaise, Radosław Sikorski, a reçu lundi la dirigeante de l'opposition biélorusse Swiatłana Cichanouska", "indirect", "le ministère des Affaires étrangères"),
      ("les deux responsables ont évoqué le sort d'Andrzej Poczobut, journaliste de la minorité polonaise condamné en Biélorussie à huit ans de colonie pénitentiaire", "indirect", "le ministère des Affaires étrangères"),
      ("La Pologne n'oubliera pas ses citoyens emprisonnés par le régime de Minsk", "direct", "Radosław Sikorski"),
      ("soutien constant", "direct", "Swiatłana Cichanouska"),
      ("elle se rendrait à Kiev le mois prochain pour y rencontrer le président Wołodymyr Zełenski", "indirect", "Swiatłana Cichanouska"),
      ("Varsovie poursuivait les négociations avec l'américain Sikorsky, filiale de Lockheed Martin, pour l'achat d'hélicoptères Black Hawk destinés aux forces spéciales", "indirect", "Radosław Sikorski"),
      ("Le contrat pourrait être signé « avant l'été »", "mixed", "Radosław Sikorski"),
  ],
  not_quotes=["la Jeanne d'Arc biélorusse"],
  times=[
      ("lundi", "DATE", "2024-01-22"),
      ("huit ans", "DURATION", "P8Y"),
      ("le mois prochain", "DATE", "2024-02"),
      ("août 2020", "DATE", "2020-08"),
      ("l'été", "DATE", "2024-SU"),
  ],
  entities=[
      ("L:warsaw", "LOC", ["Varsovie"], []),
      ("O:pap", "ORG", ["PAP"], []),
      ("L:poland", "LOC", ["Pologne"], ["polonaise"]),
      ("P:sikorski", "PER", ["Radosław Sikorski", "Sikorski"], []),
      ("L:belarus", "LOC", ["Biélorussie"], ["biélorusse"]),
      ("P:tsikhanouskaya", "PER", ["Swiatłana Cichanouska", "Cichanouska"], []),
      ("O:poland_mfa", "ORG", ["ministère des Affaires étrangères"], []),
      ("P:poczobut", "PER", ["Andrzej Poczobut"], []),
      ("L:minsk", "LOC", ["Minsk"], []),
      ("O:x", "ORG", ["X"], []),
      ("L:kyiv", "LOC", ["Kiev"], []),
      ("P:zelensky", "PER", ["Wołodymyr Zełenski"], []),
      ("L:vilnius", "LOC", ["Vilnius"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("O:sikorsky", "ORG", ["Sikorsky"], []),
      ("O:lockheed_martin", "ORG", ["Lockheed Martin"], []),
      ("M:black_hawk", "MISC", ["Black Hawk"], []),
  ],
  roles=[
      ("P:sikorski", "chef de la diplomatie", "L:poland"),
      ("P:tsikhanouskaya", "dirigeante de l'opposition", "L:belarus"),
      ("P:poczobut", "journaliste", None),
      ("P:zelensky", "président", None),
  ])

# ---------------------------------------------------------------- b06
A(id="b06", published="2023-08-03",
  title="Niger : la junte rejette l'ultimatum de la CEDEAO",
  text="""
NIAMEY – Le chef de la junte nigérienne, le général Abdourahamane Tiani, a rejeté mercredi soir l'ultimatum lancé par la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO), qui exige le retour au pouvoir du président renversé Mohamed Bazoum d'ici dimanche.

Dans une allocution diffusée à la télévision nationale, le général Tchiani a dénoncé des sanctions « illégales, injustes et inhumaines » et prévenu que le Niger ne céderait à « aucune menace, d'où qu'elle vienne ».

CEDEAO : LES CHEFS D'ÉTAT-MAJOR RÉUNIS À ABUJA

Détenu avec sa famille dans sa résidence depuis le 26 juillet, M. Bazoum a appelé à l'aide dans une tribune publiée par le Washington Post. « Si ce coup d'État réussit, il aura des conséquences dévastatrices pour notre pays, notre région et le monde entier », écrit-il.

À Ouagadougou, le capitaine Ibrahim Traoré, qui dirige le Burkina Faso depuis septembre 2022, a averti que toute intervention militaire au Niger serait considérée comme « une déclaration de guerre » contre son pays. Bamako a tenu le même discours. Selon un conseiller du président de la transition malienne, Assimi Goïta, les deux pays « n'accepteront pas » qu'une force étrangère franchisse la frontière.

Devant l'ambassade de France à Niamey, plusieurs milliers de partisans du général TIANI se sont de nouveau rassemblés jeudi après-midi en scandant « Non à l'ingérence ».

TÉLÉCHARGEZ NOTRE APPLICATION POUR SUIVRE L'ACTUALITÉ AFRICAINE EN CONTINU
""",
  boilerplate=["CEDEAO : LES CHEFS D'ÉTAT-MAJOR RÉUNIS À ABUJA",
               "TÉLÉCHARGEZ NOTRE APPLICATION POUR SUIVRE L'ACTUALITÉ AFRICAINE EN CONTINU"],
  quotes=[
      ("illégales, injustes et inhumaines", "direct", "Abdourahamane Tiani"),
      ("le Niger ne céderait à « aucune menace, d'où qu'elle vienne »", "mixed", "Abdourahamane Tiani"),
      ("Si ce coup d'État réussit, il aura des conséquences dévastatrices pour notre pays, notre région et le monde entier", "direct", "Mohamed Bazoum"),
      ("toute intervention militaire au Niger serait considérée comme « une déclaration de guerre » contre son pays", "mixed", "Ibrahim Traoré"),
      ("les deux pays « n'accepteront pas » qu'une force étrangère franchisse la frontière", "mixed", "un conseiller du président de la transition malienne"),
  ],
  not_quotes=["Non à l'ingérence"],
  times=[
      ("mercredi soir", "TIME", "2023-08-02TEV"),
      ("dimanche", "DATE", "2023-08-06"),
      ("le 26 juillet", "DATE", "2023-07-26"),
      ("septembre 2022", "DATE", "2022-09"),
      ("jeudi après-midi", "TIME", "2023-08-03TAF"),
  ],
  entities=[
      ("L:niamey", "LOC", ["NIAMEY", "Niamey"], []),
      ("L:niger", "LOC", ["Niger"], ["nigérienne"]),
      ("P:tiani", "PER", ["Abdourahamane Tiani", "Tchiani", "TIANI"], []),
      ("O:ecowas", "ORG", ["Communauté économique des États de l'Afrique de l'Ouest", "CEDEAO"], []),
      ("P:bazoum", "PER", ["Mohamed Bazoum", "Bazoum"], []),
      ("O:washington_post", "ORG", ["Washington Post"], []),
      ("L:ouagadougou", "LOC", ["Ouagadougou"], []),
      ("P:ibrahim_traore", "PER", ["Ibrahim Traoré"], []),
      ("L:burkina_faso", "LOC", ["Burkina Faso"], []),
      ("L:bamako", "LOC", ["Bamako"], []),
      ("L:mali", "LOC", [], ["malienne"]),
      ("P:goita", "PER", ["Assimi Goïta"], []),
      ("L:france", "LOC", ["France"], []),
  ],
  roles=[
      ("P:tiani", "chef de la junte", "L:niger"),
      ("P:bazoum", "président", "L:niger"),
      ("P:goita", "président de la transition", "L:mali"),
  ])

# ---------------------------------------------------------------- b07
A(id="b07", published="2023-09-22",
  title="Azerbaïdjan : Aliyev promet de « réintégrer » les Arméniens du Karabakh",
  text="""
BAKOU, 21 sept. – Le président azerbaïdjanais Ilham Aliyev a affirmé que la souveraineté de son pays avait été « restaurée » sur l'ensemble du Karabakh, au lendemain de la reddition des forces séparatistes arméniennes.

Dans un discours à la nation retransmis mercredi soir, M. Aliyev a assuré que les Arméniens du Karabakh seraient « réintégrés » en tant que citoyens égaux. "Nous n'avons rien contre le peuple arménien. Notre opération visait uniquement les formations armées illégales", a-t-il déclaré.

Des représentants de Bakou et des Arméniens du Karabakh se sont rencontrés jeudi à Yevlakh, à quelque 300 kilomètres de la capitale. Selon la présidence azerbaïdjanaise, une nouvelle réunion aura lieu « très prochainement ».

Lire aussi : Arménie : des manifestants réclament la démission du gouvernement à Erevan

PARTAGER SUR FACEBOOK

Le Premier ministre arménien Nikol Pashinyan a démenti que son gouvernement ait participé à l'élaboration de l'accord de cessez-le-feu. PASHINYAN a toutefois estimé que l'Arménie devait se préparer à accueillir des dizaines de milliers de réfugiés.

L'aéroport international Heydar-Aliyev de Bakou, qui porte le nom du père de l'actuel chef de l'État, a accueilli jeudi un premier avion d'aide humanitaire turc. Heydar Aliyev a dirigé le pays de 1993 à 2003, avant que son fils ne lui succède.
""",
  boilerplate=["Lire aussi : Arménie : des manifestants réclament la démission du gouvernement à Erevan",
               "PARTAGER SUR FACEBOOK"],
  quotes=[
      ("la souveraineté de son pays avait été « restaurée » sur l'ensemble du Karabakh", "mixed", "Ilham Aliyev"),
      ("les Arméniens du Karabakh seraient « réintégrés » en tant que citoyens égaux", "mixed", "Ilham Aliyev"),
      ("Nous n'avons rien contre le peuple arménien. Notre opération visait uniquement les formations armées illégales", "direct", "Ilham Aliyev"),
      ("une nouvelle réunion aura lieu « très prochainement »", "mixed", "la présidence azerbaïdjanaise"),
      ("son gouvernement ait participé à l'élaboration de l'accord de cessez-le-feu", "indirect", "Nikol Pashinyan"),
      ("l'Arménie devait se préparer à accueillir des dizaines de milliers de réfugiés", "indirect", "Nikol Pashinyan"),
  ],
  not_quotes=[],
  times=[
      ("21 sept.", "DATE", "2023-09-21"),
      ("lendemain", "DATE", "2023-09-21"),
      ("mercredi soir", "TIME", "2023-09-20TEV"),
      ("jeudi", "DATE", "2023-09-21"),
      ("prochainement", "DATE", "FUTURE_REF"),
      ("jeudi", "DATE", "2023-09-21"),
      ("1993", "DATE", "1993"),
      ("2003", "DATE", "2003"),
  ],
  entities=[
      ("L:baku", "LOC", ["BAKOU", "Bakou"], []),
      ("L:azerbaijan", "LOC", [], ["azerbaïdjanais", "azerbaïdjanaise"]),
      ("P:ilham_aliyev", "PER", ["Ilham Aliyev", "Aliyev"], []),
      ("L:karabakh", "LOC", ["Karabakh"], []),
      ("L:armenia", "LOC", ["Arménie"], ["arméniennes", "Arméniens", "arménien"]),
      ("L:yevlakh", "LOC", ["Yevlakh"], []),
      ("P:pashinyan", "PER", ["Nikol Pashinyan", "PASHINYAN"], []),
      ("L:heydar_aliyev_airport", "LOC", ["aéroport international Heydar-Aliyev"], []),
      ("P:heydar_aliyev", "PER", ["Heydar Aliyev"], []),
      ("L:turkey", "LOC", [], ["turc"]),
  ],
  roles=[
      ("P:ilham_aliyev", "président", "L:azerbaijan"),
      ("P:pashinyan", "Premier ministre", "L:armenia"),
  ])

# ---------------------------------------------------------------- b08
A(id="b08", published="2024-07-30",
  title="Venezuela : l'opposition revendique la victoire, Maduro crie au « coup d'État »",
  text="""
CARACAS – L'opposition vénézuélienne a affirmé lundi qu'elle disposait des procès-verbaux prouvant la victoire de son candidat, Edmundo González Urrutia, à la présidentielle de dimanche.

« Nous avons de quoi prouver la vérité. Nous avons 73,2 % des procès-verbaux, et Edmundo González a obtenu 6,27 millions de voix, contre 2,75 millions pour Maduro », a déclaré la cheffe de l'opposition María Corina Machado lors d'une conférence de presse à Caracas.

Le Conseil national électoral (CNE), contrôlé par des proches du pouvoir, avait proclamé dans la nuit de dimanche à lundi la réélection de Nicolás Maduro pour un troisième mandat de six ans, avec 51,2 % des voix, sans publier le détail des résultats par bureau.

“Ils veulent imposer un coup d'État fasciste et contre-révolutionnaire, mais ils n'y arriveront pas», a lancé le chef de l'État chaviste devant ses partisans réunis au palais de Miraflores.

JO DE PARIS : LA FRANCE EN TÊTE DU TABLEAU DES MÉDAILLES

Plusieurs pays latino-américains, dont l'Argentine, le Chili et le Pérou, ont refusé de reconnaître les résultats. Le ministre vénézuélien des Affaires étrangères, Yván Gil, a annoncé lundi soir que Caracas retirait son personnel diplomatique de sept pays de la région.

Selon l'ONG Foro Penal, plus de 80 personnes ont été arrêtées depuis dimanche lors de manifestations.
""",
  boilerplate=["JO DE PARIS : LA FRANCE EN TÊTE DU TABLEAU DES MÉDAILLES"],
  quotes=[
      ("elle disposait des procès-verbaux prouvant la victoire de son candidat, Edmundo González Urrutia, à la présidentielle de dimanche", "indirect", "l'opposition vénézuélienne"),
      ("Nous avons de quoi prouver la vérité. Nous avons 73,2 % des procès-verbaux, et Edmundo González a obtenu 6,27 millions de voix, contre 2,75 millions pour Maduro", "direct", "María Corina Machado"),
      ("Ils veulent imposer un coup d'État fasciste et contre-révolutionnaire, mais ils n'y arriveront pas", "direct", "Nicolás Maduro"),
      ("Caracas retirait son personnel diplomatique de sept pays de la région", "indirect", "Yván Gil"),
      ("plus de 80 personnes ont été arrêtées depuis dimanche lors de manifestations", "indirect", "Foro Penal"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2024-07-29"),
      ("dimanche", "DATE", "2024-07-28"),
      ("la nuit de dimanche à lundi", "TIME", "2024-07-28TNI"),
      ("six ans", "DURATION", "P6Y"),
      ("lundi soir", "TIME", "2024-07-29TEV"),
      ("dimanche", "DATE", "2024-07-28"),
  ],
  entities=[
      ("L:caracas", "LOC", ["CARACAS", "Caracas"], []),
      ("L:venezuela", "LOC", [], ["vénézuélienne", "vénézuélien"]),
      ("P:gonzalez_urrutia", "PER", ["Edmundo González Urrutia", "Edmundo González"], []),
      ("P:machado", "PER", ["María Corina Machado"], []),
      ("O:cne_venezuela", "ORG", ["Conseil national électoral", "CNE"], []),
      ("P:maduro", "PER", ["Nicolás Maduro", "Maduro"], []),
      ("L:miraflores", "LOC", ["palais de Miraflores"], []),
      ("L:argentina", "LOC", ["Argentine"], []),
      ("L:chile", "LOC", ["Chili"], []),
      ("L:peru", "LOC", ["Pérou"], []),
      ("P:yvan_gil", "PER", ["Yván Gil"], []),
      ("O:foro_penal", "ORG", ["Foro Penal"], []),
  ],
  roles=[
      ("P:machado", "cheffe de l'opposition", "L:venezuela"),
      ("P:maduro", "chef de l'État", "L:venezuela"),
      ("P:yvan_gil", "ministre des Affaires étrangères", "L:venezuela"),
  ])

# ---------------------------------------------------------------- b09
A(id="b09", published="2024-06-16",
  title="Sommet pour la paix en Ukraine : une déclaration finale sans l'Inde ni l'Arabie saoudite",
  text="""
BÜRGENSTOCK (Suisse) – Plus de 80 pays réunis depuis samedi en Suisse pour la première « conférence sur la paix en Ukraine » ont adopté dimanche une déclaration finale appelant au respect de l'intégrité territoriale de l'Ukraine. Plusieurs grands pays du Sud, dont l'Inde, l'Arabie saoudite et l'Afrique du Sud, ne l'ont toutefois pas signée.

Le président ukrainien Wolodymyr Selenskyj a salué « un premier pas vers une paix juste et durable ». „La Russie n'est pas venue parce qu'elle ne veut pas la paix“, a déclaré Selenskyj devant la presse.

La présidente de la Confédération, Viola Amherd, a indiqué que la Suisse était prête à accueillir une deuxième conférence, mais que « la Russie devra, à un moment donné, être à la table ».

Lire aussi | Ukraine : une raffinerie russe en feu après une attaque de drones

Le chef du bureau présidentiel ukrainien, Andrij Jermak, a précisé que le prochain sommet pourrait se tenir « avant la fin de l'année », peut-être dans un pays du Golfe.

Dans un message publié le soir même sur sa chaîne Telegram et signé « Володимир Зеленський », le président ukrainien a remercié « chaque pays qui a choisi la paix plutôt que la peur ». Le Kremlin, qui n'était pas invité, a qualifié la rencontre de « perte de temps ».
""",
  boilerplate=["Lire aussi | Ukraine : une raffinerie russe en feu après une attaque de drones"],
  quotes=[
      ("un premier pas vers une paix juste et durable", "direct", "Wolodymyr Selenskyj"),
      ("La Russie n'est pas venue parce qu'elle ne veut pas la paix", "direct", "Wolodymyr Selenskyj"),
      ("la Suisse était prête à accueillir une deuxième conférence, mais que « la Russie devra, à un moment donné, être à la table »", "mixed", "Viola Amherd"),
      ("le prochain sommet pourrait se tenir « avant la fin de l'année », peut-être dans un pays du Golfe", "mixed", "Andrij Jermak"),
      ("chaque pays qui a choisi la paix plutôt que la peur", "direct", "Wolodymyr Selenskyj"),
      ("perte de temps", "direct", "Kremlin"),
  ],
  not_quotes=["conférence sur la paix en Ukraine", "Володимир Зеленський"],
  times=[
      ("samedi", "DATE", "2024-06-15"),
      ("dimanche", "DATE", "2024-06-16"),
      ("la fin de l'année", "DATE", "2024"),
      ("le soir même", "TIME", "2024-06-16TEV"),
  ],
  entities=[
      ("L:burgenstock", "LOC", ["BÜRGENSTOCK"], []),
      ("L:switzerland", "LOC", ["Suisse", "Confédération"], []),
      ("L:ukraine", "LOC", ["Ukraine"], ["ukrainien"]),
      ("L:india", "LOC", ["Inde"], []),
      ("L:saudi_arabia", "LOC", ["Arabie saoudite"], []),
      ("L:south_africa", "LOC", ["Afrique du Sud"], []),
      ("P:zelensky", "PER", ["Wolodymyr Selenskyj", "Selenskyj", "Володимир Зеленський"], []),
      ("L:russia", "LOC", ["Russie"], []),
      ("P:amherd", "PER", ["Viola Amherd"], []),
      ("P:yermak", "PER", ["Andrij Jermak"], []),
      ("L:gulf", "LOC", ["Golfe"], []),
      ("O:telegram", "ORG", ["Telegram"], []),
      ("O:kremlin", "ORG", ["Kremlin"], []),
  ],
  roles=[
      ("P:zelensky", "président", "L:ukraine"),
      ("P:amherd", "présidente de la Confédération", "L:switzerland"),
      ("P:yermak", "chef du bureau présidentiel", "L:ukraine"),
  ])

# ---------------------------------------------------------------- b10
A(id="b10", published="2024-08-30",
  title="Gaza : l'OMS obtient des « pauses humanitaires » pour vacciner contre la polio",
  text="""
GENÈVE – L'Organisation mondiale de la santé (OMS) a annoncé jeudi un accord de principe sur des « pauses humanitaires » de plusieurs heures dans la bande de Gaza afin de permettre la vaccination de quelque 640 000 enfants contre la poliomyélite.

La campagne doit débuter dimanche dans le centre du territoire, a précisé le représentant de l'OMS dans les territoires palestiniens, Rik Peeperkorn. Chaque pause durera neuf heures par jour, pendant trois jours consécutifs, avant que les équipes ne passent au sud puis au nord de l'enclave.

« Les enfants de Gaza ne peuvent pas attendre. La polio ne connaît ni frontières ni cessez-le-feu », a déclaré le directeur général de l'OMS, Tedros Adhanom Ghebreyesus, lors d'un point de presse à Genève.

MPOX : L'OMS DÉCLENCHE SON NIVEAU D'ALERTE MAXIMAL

Le premier cas de polio dans l'enclave depuis 25 ans a été confirmé le août 16, 2024, chez un nourrisson non vacciné. Selon le Dr Tedros, 1,2 million de doses de vaccin oral sont déjà arrivées sur place et 400 000 supplémentaires sont attendues. Il a toutefois rappelé que « la seule véritable solution est un cessez-le-feu ».

Le Fonds des Nations unies pour l'enfance (Unicef), qui participe à l'opération, mobilisera plus de 2 000 agents de santé. Dans un communiqué, le COGAT, l'organisme du ministère israélien de la Défense chargé des affaires civiles dans les territoires palestiniens, a confirmé que les pauses seraient respectées « dans des zones définies ».
""",
  boilerplate=["MPOX : L'OMS DÉCLENCHE SON NIVEAU D'ALERTE MAXIMAL"],
  quotes=[
      ("La campagne doit débuter dimanche dans le centre du territoire", "indirect", "Rik Peeperkorn"),
      ("Les enfants de Gaza ne peuvent pas attendre. La polio ne connaît ni frontières ni cessez-le-feu", "direct", "Tedros Adhanom Ghebreyesus"),
      ("1,2 million de doses de vaccin oral sont déjà arrivées sur place et 400 000 supplémentaires sont attendues", "indirect", "Tedros Adhanom Ghebreyesus"),
      ("« la seule véritable solution est un cessez-le-feu »", "mixed", "Tedros Adhanom Ghebreyesus"),
      ("les pauses seraient respectées « dans des zones définies »", "mixed", "COGAT"),
  ],
  not_quotes=["pauses humanitaires"],
  times=[
      ("jeudi", "DATE", "2024-08-29"),
      ("plusieurs heures", "DURATION", "PTXH"),
      ("dimanche", "DATE", "2024-09-01"),
      ("neuf heures", "DURATION", "PT9H"),
      ("par jour", "SET", "P1D"),
      ("trois jours", "DURATION", "P3D"),
      ("25 ans", "DURATION", "P25Y"),
      ("le août 16, 2024", "DATE", "2024-08-16"),
  ],
  entities=[
      ("L:geneva", "LOC", ["GENÈVE", "Genève"], []),
      ("O:who", "ORG", ["Organisation mondiale de la santé", "OMS"], []),
      ("L:gaza", "LOC", ["bande de Gaza", "Gaza"], []),
      ("L:palestinian_territories", "LOC", ["territoires palestiniens"], []),
      ("P:peeperkorn", "PER", ["Rik Peeperkorn"], []),
      ("P:tedros", "PER", ["Tedros Adhanom Ghebreyesus", "Tedros"], []),
      ("O:unicef", "ORG", ["Fonds des Nations unies pour l'enfance", "Unicef"], []),
      ("O:cogat", "ORG", ["COGAT"], []),
      ("O:israel_mod", "ORG", ["ministère israélien de la Défense"], []),
      ("L:israel", "LOC", [], ["israélien"]),
  ],
  roles=[
      ("P:peeperkorn", "représentant", "O:who"),
      ("P:tedros", "directeur général", "O:who"),
  ])

# ---------------------------------------------------------------- b11
A(id="b11", published="2024-05-15",
  title="Géorgie : le Parlement adopte la loi sur « l'influence étrangère »",
  text="""
TBILISSI – Le Parlement géorgien a adopté mardi en troisième et dernière lecture le projet de loi sur « la transparence de l'influence étrangère », surnommé « loi russe » par ses détracteurs, malgré des semaines de manifestations. Un premier texte similaire avait été retiré il y a un an sous la pression de la rue.

Le texte, voté par 84 voix contre 30, impose aux ONG et aux médias recevant plus de 20 % de financements de l'étranger de s'enregistrer comme « organisations poursuivant les intérêts d'une puissance étrangère ».

Le Premier ministre Irakli Kobakhidze a assuré que la loi visait uniquement à « garantir la transparence » et qu'elle n'avait « rien à voir avec la Russie ».

La présidente Salomé Zourabichvili, en conflit ouvert avec le parti au pouvoir, le Rêve géorgien, a annoncé qu'elle opposerait son veto. "Cette loi est contraire à notre Constitution et à la volonté de notre peuple d'adhérer à l'Union européenne", a-t-elle dit dans une allocution télévisée. Ce veto peut toutefois être levé par une majorité simple.

LIRE AUSSI : Moldavie : vers un référendum sur l'adhésion à l'UE le 20 octobre

Le ministre géorgien de l'Intérieur Vakhtang Gomelauri a, de son côté, affirmé que la police avait agi « dans le strict respect de la loi ». Selon le ministère, 63 personnes ont été interpellées depuis le mois dernier. Le mai. Le 11, des dizaines de milliers de personnes avaient encore défilé dans le centre de Tbilissi, drapeaux européens à la main.

Bruxelles a estimé que le texte compromettait la candidature de la Géorgie à l'UE, tandis que Washington a prévenu qu'il pourrait « réexaminer » ses relations avec Tbilissi.
""",
  boilerplate=["LIRE AUSSI : Moldavie : vers un référendum sur l'adhésion à l'UE le 20 octobre"],
  quotes=[
      ("la loi visait uniquement à « garantir la transparence » et qu'elle n'avait « rien à voir avec la Russie »", "mixed", "Irakli Kobakhidze"),
      ("elle opposerait son veto", "indirect", "Salomé Zourabichvili"),
      ("Cette loi est contraire à notre Constitution et à la volonté de notre peuple d'adhérer à l'Union européenne", "direct", "Salomé Zourabichvili"),
      ("la police avait agi « dans le strict respect de la loi »", "mixed", "Vakhtang Gomelauri"),
      ("63 personnes ont été interpellées depuis le mois dernier", "indirect", "le ministère de l'Intérieur"),
      ("le texte compromettait la candidature de la Géorgie à l'UE", "indirect", "Bruxelles"),
      ("il pourrait « réexaminer » ses relations avec Tbilissi", "mixed", "Washington"),
  ],
  not_quotes=["la transparence de l'influence étrangère", "loi russe",
              "organisations poursuivant les intérêts d'une puissance étrangère"],
  times=[
      ("mardi", "DATE", "2024-05-14"),
      ("des semaines", "DURATION", "PXW"),
      ("il y a un an", "DATE", "2023"),
      ("le mois dernier", "DATE", "2024-04"),
      ("Le mai. Le 11", "DATE", "2024-05-11"),
  ],
  entities=[
      ("L:tbilisi", "LOC", ["TBILISSI", "Tbilissi"], []),
      ("O:georgia_parliament", "ORG", ["Parlement"], []),
      ("L:georgia", "LOC", ["Géorgie"], ["géorgien"]),
      ("P:kobakhidze", "PER", ["Irakli Kobakhidze"], []),
      ("L:russia", "LOC", ["Russie"], []),
      ("P:zourabichvili", "PER", ["Salomé Zourabichvili"], []),
      ("O:georgian_dream", "ORG", ["Rêve géorgien"], []),
      ("O:eu", "ORG", ["Union européenne", "UE"], []),
      ("P:gomelauri", "PER", ["Vakhtang Gomelauri"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("L:washington", "LOC", ["Washington"], []),
  ],
  roles=[
      ("P:kobakhidze", "Premier ministre", "L:georgia"),
      ("P:zourabichvili", "présidente", "L:georgia"),
      ("P:gomelauri", "ministre de l'Intérieur", "L:georgia"),
  ])

# ---------------------------------------------------------------- b12
A(id="b12", published="2023-03-07",
  title="Biélorussie : l'opposante Tsikhanouskaya condamnée par contumace à 15 ans de prison",
  text="""
MINSK/VILNIUS (dpa) – Un tribunal de Minsk a condamné lundi par contumace la cheffe de file de l'opposition biélorusse en exil, Swetlana Tichanowskaja, à 15 ans de prison pour « complot visant à s'emparer du pouvoir » et « haute trahison ».

L'opposante, qui a fui en Lituanie après la présidentielle d'août 2020, a qualifié le verdict de « vengeance ». « Je ne pense pas à ma peine. Je pense aux milliers de prisonniers politiques, dont mon mari, qui ne verront pas leur famille ce printemps », a-t-elle écrit sur Twitter.

Son mari, Siarheï Tsikhanouski, arrêté il y a près de trois ans, purge déjà une peine de 18 ans de prison. Le procès de son épouse, ouvert le janv. 17, s'est tenu à huis clos ; sur le site du tribunal municipal de Minsk, l'affaire figurait simplement sous le nom de Светлана Тихановская.

Lire aussi : Biélorussie : l'opposition en exil face à ses divisions

Quatre proches collaborateurs de Tsikhanouskaya ont également été condamnés, dont l'ancien ministre de la Culture Pavel Latouchka, qui a écopé de 18 ans de colonie pénitentiaire.

Le porte-parole du département d'État américain, Ned Price, a dénoncé une « parodie de justice ». Il a ajouté que Washington continuerait de soutenir « le peuple biélorusse et ses aspirations démocratiques ».

Retrouvez toute l'actualité internationale sur notre application
""",
  boilerplate=["Lire aussi : Biélorussie : l'opposition en exil face à ses divisions",
               "Retrouvez toute l'actualité internationale sur notre application"],
  quotes=[
      ("vengeance", "direct", "Swetlana Tichanowskaja"),
      ("Je ne pense pas à ma peine. Je pense aux milliers de prisonniers politiques, dont mon mari, qui ne verront pas leur famille ce printemps", "direct", "Swetlana Tichanowskaja"),
      ("parodie de justice", "direct", "Ned Price"),
      ("Washington continuerait de soutenir « le peuple biélorusse et ses aspirations démocratiques »", "mixed", "Ned Price"),
  ],
  not_quotes=["complot visant à s'emparer du pouvoir", "haute trahison"],
  times=[
      ("lundi", "DATE", "2023-03-06"),
      ("15 ans", "DURATION", "P15Y"),
      ("août 2020", "DATE", "2020-08"),
      ("ce printemps", "DATE", "2023-SP"),
      ("il y a près de trois ans", "DATE", "2020"),
      ("18 ans", "DURATION", "P18Y"),
      ("le janv. 17", "DATE", "2023-01-17"),
      ("18 ans", "DURATION", "P18Y"),
  ],
  entities=[
      ("L:minsk", "LOC", ["MINSK", "Minsk"], []),
      ("L:vilnius", "LOC", ["VILNIUS"], []),
      ("O:dpa", "ORG", ["dpa"], []),
      ("L:belarus", "LOC", [], ["biélorusse"]),
      ("P:tsikhanouskaya", "PER", ["Swetlana Tichanowskaja", "Tsikhanouskaya", "Светлана Тихановская"], []),
      ("L:lithuania", "LOC", ["Lituanie"], []),
      ("O:twitter", "ORG", ["Twitter"], []),
      ("P:tsikhanouski", "PER", ["Siarheï Tsikhanouski"], []),
      ("O:minsk_city_court", "ORG", ["tribunal municipal de Minsk"], []),
      ("P:latushka", "PER", ["Pavel Latouchka"], []),
      ("O:us_state_dept", "ORG", ["département d'État américain"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("P:ned_price", "PER", ["Ned Price"], []),
      ("L:washington", "LOC", ["Washington"], []),
  ],
  roles=[
      ("P:tsikhanouskaya", "cheffe de file de l'opposition", "L:belarus"),
      ("P:latushka", "ancien ministre de la Culture", "L:belarus"),
      ("P:ned_price", "porte-parole", "O:us_state_dept"),
  ])
