# Blind test articles p01-p12 (written and annotated by hand, same format as data_a.py).
#
# NOTE: All events are made up or rearranged, and EVERY quote is invented. Real public figures
# NOTE: appear with titles that were plausible at the publication date, but nothing they "say" here is real.
# NOTE: Invented people and bodies: Tran Thi Minh Hang and the Institut d'études maritimes de Hanoï (p01);
# NOTE: Raúl Quispe Mamani (regional governor of Tacna), Jorge Castillo (mayor of Arica),
# NOTE: Camila Fuenzalida and the consultancy Pulso Andino (p02); Aïssatou Diallo (mayor of Kédougou) (p04);
# NOTE: Hélène Vaudry (prefect of the Pas-de-Calais) and Jean-Marc Bertrand (mayor of Étaples) (p12).
#
# NOTE: Judgement calls:
# NOTE: - "son homologue X" is given the same title as the person it mirrors, with the homologue's
# NOTE:   own country as `of` (Manalo p01, Boluarte/Gervasi p02, Taye p03, Bah/Kouyaté p04, Fidan p05,
# NOTE:   Villarreal p07, Jacobsen p11). Kouyaté's full title is longer; "ministre des Affaires étrangères" is used.
# NOTE: - Titles derived from a verb are kept as roles when the text clearly implies the post:
# NOTE:   Ulutaş "que commande" -> commandant of KFOR (p09); Nawaz Sharif "préside la Ligue musulmane"
# NOTE:   -> président of PML-N (p08); Bolojan "avait assuré l'intérim de la présidence" -> président par
# NOTE:   intérim (p10); Gíslason "l'Allemagne d'Alfreð Gíslason" -> sélectionneur of Germany (p11);
# NOTE:   Mem "son coéquipier au Barça, l'arrière" -> arrière of FC Barcelone (p11).
# NOTE: - A bare title that refers back to an already-titled person and repeats the same post in other
# NOTE:   words is added as its own role when the wording differs (Abiy "chef du gouvernement" p03,
# NOTE:   Lars Løkke Rasmussen "chef de la diplomatie" p06); identical repeats are not duplicated.
# NOTE: - Commissions of regional bodies are not separate entities: "président de la Commission de
# NOTE:   l'UA / de la CEDEAO" -> title "président de la Commission", of the union (p03, p04).
# NOTE:   The European Commission is an entity of its own (O:european_commission), as in common usage.
# NOTE: - "sélectionneur" with no complement takes the team (O:france_team, p11); "homologue danois"
# NOTE:   takes the country (L:denmark).
# NOTE: - Ranks and honorifics are not roles and are left out of mentions: général, maréchal,
# NOTE:   mollah, commodore (Doumbouya, Munir, Yaqoob, Omar, Ulutaş). "opposant", "figure de
# NOTE:   l'opposition", "homme du match", "meilleur buteur" are not treated as titles. "homme
# NOTE:   d'affaires", "oligarque", "curé", "chercheuse", "analyste", "consultant" are occupations (roles).
# NOTE: - L:northern_cyprus carries the demonym "chypriote-turc" (Tatar's "dirigeant", p05).
# NOTE: - Ministers of the Taliban government take L:afghanistan; the spokesman of the "Émirat
# NOTE:   islamique" takes that body (O:islamic_emirate), as the text names it (p08).
# NOTE: - "Maison-Blanche" (p07) is a facility LOC used metonymically as a speaker.
# NOTE: - "à domicile" (p06) and "Grito" (p07) are journalist's-voice scare quotes / event name: not_quotes.
# NOTE: - "dix ans plus tôt" (p01) is anaphoric to 1986 -> 1976; "la fin de l'année" / "la fin du
# NOTE:   mois" get the year / month value; "il y a près de dix ans" -> 2015.
# NOTE: Cross-document ids (same entity, other spellings): O:un (ONU / Organisation des Nations unies),
# NOTE: P:guterres (António Guterres / Antonio Guterres / Guterres), O:imf (FMI / Fonds monétaire
# NOTE: international), O:nato (OTAN / Alliance atlantique / Alliance), P:rutte (Mark Rutte / Rutte),
# NOTE: P:erdogan (Erdoğan / Erdogan), L:turkey (Turquie / turc), P:von_der_leyen (von der Leyen /
# NOTE: Von der Leyen), O:european_commission (Commission européenne / Commission), P:kallas (Kaja
# NOTE: Kallas / Kallas), O:eu (UE / Union européenne), P:putin (Vladimir Poutine / Vladimir Putin),
# NOTE: L:russia (russe / Russie), L:usa (américain / Etats-Unis), P:trump (Donald Trump / TRUMP),
# NOTE: P:amlo (Andrés Manuel López Obrador / López Obrador), L:mexico (mexicain / Mexique),
# NOTE: L:denmark (danoise / Danemark), P:frederiksen, O:african_union (Union africaine / UA),
# NOTE: L:france (français / France), P:macron (Emmanuel Macron / Macron), L:moscow, L:london,
# NOTE: L:brussels, L:ankara.
# NOTE: Hard negatives (distinct ids): P:marcos_jr / P:marcos_sr; P:rodrigo_duterte / P:sara_duterte;
# NOTE: P:jorge_castillo (Chile) / P:pedro_castillo (Peru); P:uhuru_kenyatta / P:jomo_kenyatta /
# NOTE: L:jkia; P:aissatou_diallo (Senegal) / P:cellou_dalein_diallo (Guinea);
# NOTE: P:kyriakos_mitsotakis / P:konstantinos_mitsotakis; P:evangelos_venizelos / L:athens_airport;
# NOTE: P:lars_lokke_rasmussen / P:anders_fogh_rasmussen; L:hidalgo_state / P:miguel_hidalgo;
# NOTE: P:shehbaz_sharif / P:nawaz_sharif; P:imran_khan (Pakistan) / P:sadiq_khan (UK);
# NOTE: P:yaqoob / P:mullah_omar; P:vucic / P:andrej_vucic; P:calin_georgescu / P:florin_georgescu;
# NOTE: P:nikola_karabatic / P:luka_karabatic; P:emil_nielsen (p11) / P:jens_frederik_nielsen (p06);
# NOTE: P:xavier_bertrand / P:jean_marc_bertrand; L:calais / L:pas_de_calais.
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- p01
A(id="p01", published="2022-11-25",
  title="Mer de Chine : Hanoï et Manille promettent de « tenir bon » face à Pékin",
  text="""
MANILLE – Le président philippin Ferdinand Marcos Jr a reçu jeudi au palais de Malacañang le Premier ministre vietnamien Pham Minh Chinh, venu pour deux jours parler de garde-côtes et de la mer de Chine méridionale.

« Nous ne sommes pas des rivaux, nous sommes des voisins qui ont le même problème », a déclaré M. Marcos devant la presse, sans nommer la Chine. Son père, l'ancien président Ferdinand Marcos, chassé du pouvoir en 1986, avait signé dix ans plus tôt l'établissement des relations diplomatiques avec Hanoï, rappelle le site de la présidence.

TÉLÉCHARGEZ NOTRE APPLICATION POUR NE RIEN MANQUER DE L'ACTUALITÉ EN ASIE

Le ministre vietnamien des Affaires étrangères, Bui Thanh Son, a signé avec son homologue Enrique Manalo un protocole sur des patrouilles conjointes. Selon le secrétaire à la Défense par intérim, Jose Faustino Jr, les deux marines feront un premier exercice « avant la fin de l'année ».

À Pékin, la porte-parole du ministère chinois des Affaires étrangères, Mao Ning, a dénoncé une « petite alliance » et prévenu que la Chine « défendra chaque rocher ». La veille de la visite, deux navires philippins avaient été visés au canon à eau près du banc Second Thomas, d'après le porte-parole des garde-côtes, Armand Balilo.

AFFAIRE DES « NARCO-LISTES » : L'ANCIEN CHEF DE LA POLICE ENTENDU PAR LE SÉNAT

Pour Tran Thi Minh Hang, chercheuse à l'Institut d'études maritimes de Hanoï, le rapprochement reste « fragile ». Manille et Hanoï se disputent toujours plusieurs îlots des Spratleys, rappelle-t-elle. L'ancien président Rodrigo Duterte, qui avait misé sur Pékin, a jugé que son successeur « joue avec le feu ». Sa fille, la vice-présidente et secrétaire à l'Éducation Sara Duterte, n'a pas commenté.

Lire aussi | Indonésie : le volcan Semeru de nouveau en éruption
""",
  boilerplate=["TÉLÉCHARGEZ NOTRE APPLICATION POUR NE RIEN MANQUER DE L'ACTUALITÉ EN ASIE",
               "AFFAIRE DES « NARCO-LISTES » : L'ANCIEN CHEF DE LA POLICE ENTENDU PAR LE SÉNAT",
               "Lire aussi | Indonésie : le volcan Semeru de nouveau en éruption"],
  quotes=[
      ("Nous ne sommes pas des rivaux, nous sommes des voisins qui ont le même problème", "direct", "Ferdinand Marcos Jr"),
      ("Son père, l'ancien président Ferdinand Marcos, chassé du pouvoir en 1986, avait signé dix ans plus tôt l'établissement des relations diplomatiques avec Hanoï", "indirect", "le site de la présidence"),
      ("les deux marines feront un premier exercice « avant la fin de l'année »", "mixed", "Jose Faustino Jr"),
      ("petite alliance", "direct", "Mao Ning"),
      ("la Chine « défendra chaque rocher »", "mixed", "Mao Ning"),
      ("La veille de la visite, deux navires philippins avaient été visés au canon à eau près du banc Second Thomas", "indirect", "Armand Balilo"),
      ("le rapprochement reste « fragile »", "mixed", "Tran Thi Minh Hang"),
      ("Manille et Hanoï se disputent toujours plusieurs îlots des Spratleys", "indirect", "Tran Thi Minh Hang"),
      ("son successeur « joue avec le feu »", "mixed", "Rodrigo Duterte"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2022-11-24"),
      ("deux jours", "DURATION", "P2D"),
      ("1986", "DATE", "1986"),
      ("dix ans plus tôt", "DATE", "1976"),
      ("la fin de l'année", "DATE", "2022"),
      ("La veille", "DATE", "2022-11-23"),
  ],
  entities=[
      ("L:manila", "LOC", ["MANILLE", "Manille"], []),
      ("L:philippines", "LOC", [], ["philippin", "philippins"]),
      ("P:marcos_jr", "PER", ["Ferdinand Marcos Jr", "Marcos"], []),
      ("L:malacanang", "LOC", ["palais de Malacañang"], []),
      ("L:vietnam", "LOC", [], ["vietnamien"]),
      ("P:pham_minh_chinh", "PER", ["Pham Minh Chinh"], []),
      ("L:south_china_sea", "LOC", ["mer de Chine méridionale"], []),
      ("L:china", "LOC", ["Chine"], ["chinois"]),
      ("P:marcos_sr", "PER", ["Ferdinand Marcos"], []),
      ("L:hanoi", "LOC", ["Hanoï"], []),
      ("P:bui_thanh_son", "PER", ["Bui Thanh Son"], []),
      ("P:manalo", "PER", ["Enrique Manalo"], []),
      ("P:faustino", "PER", ["Jose Faustino Jr"], []),
      ("L:beijing", "LOC", ["Pékin"], []),
      ("P:mao_ning", "PER", ["Mao Ning"], []),
      ("L:second_thomas_shoal", "LOC", ["banc Second Thomas"], []),
      ("P:balilo", "PER", ["Armand Balilo"], []),
      ("P:tran_thi_minh_hang", "PER", ["Tran Thi Minh Hang"], []),
      ("O:hanoi_maritime_institute", "ORG", ["Institut d'études maritimes de Hanoï"], []),
      ("L:spratly", "LOC", ["Spratleys"], []),
      ("P:rodrigo_duterte", "PER", ["Rodrigo Duterte"], []),
      ("P:sara_duterte", "PER", ["Sara Duterte"], []),
  ],
  roles=[
      ("P:marcos_jr", "président", "L:philippines"),
      ("P:pham_minh_chinh", "Premier ministre", "L:vietnam"),
      ("P:marcos_sr", "ancien président", "L:philippines"),
      ("P:bui_thanh_son", "ministre des Affaires étrangères", "L:vietnam"),
      ("P:manalo", "ministre des Affaires étrangères", "L:philippines"),
      ("P:faustino", "secrétaire à la Défense par intérim", "L:philippines"),
      ("P:mao_ning", "porte-parole du ministère des Affaires étrangères", "L:china"),
      ("P:balilo", "porte-parole des garde-côtes", "L:philippines"),
      ("P:tran_thi_minh_hang", "chercheuse", "O:hanoi_maritime_institute"),
      ("P:rodrigo_duterte", "ancien président", "L:philippines"),
      ("P:sara_duterte", "vice-présidente", "L:philippines"),
      ("P:sara_duterte", "secrétaire à l'Éducation", "L:philippines"),
  ])


# ---------------------------------------------------------------- p02
A(id="p02", published="2023-05-02",
  title="Frontière Chili-Pérou : Boric et Boluarte se renvoient la responsabilité des migrants bloqués",
  text="""
SANTIAGO – Des centaines de migrants vénézuéliens attendent toujours, sous des tentes, de pouvoir traverser vers le Pérou depuis la région chilienne d'Arica et Parinacota, où le gouvernement a prolongé le lundi l'état d'exception pour 90 jours.

« Le Chili n'est pas une salle d'attente », a lancé mardi matin le président Gabriel Boric, en visite à Arica. Son homologue péruvienne, Dina Boluarte, avait accusé la veille Santiago de « repousser le problème » vers Tacna.

INSCRIVEZ-VOUS À NOTRE NEWSLETTER AMÉRIQUE LATINE, CHAQUE VENDREDI DANS VOTRE BOÎTE MAIL

La ministre chilienne de l'Intérieur, Carolina Tohá, a assuré que 400 militaires supplémentaires seraient déployés à la frontière. Côté péruvien, le président du Conseil des ministres, Alberto Otárola, a indiqué que Lima ne laisserait « passer personne sans papiers ».

Le gouverneur régional de Tacna, Raúl Quispe Mamani, réclame un « corridor humanitaire » : « On ne peut pas laisser des enfants dormir dans le désert”, a-t-il dit à l'AFP. À Arica, le maire Jorge Castillo – sans lien avec l'ancien président péruvien Pedro Castillo, détenu à Lima – dénonce l'« abandon » de l'État central.

Pour Camila Fuenzalida, analyste chez Pulso Andino, un cabinet de conseil de Santiago, les deux capitales « jouent la montre ». Le chef de la diplomatie chilienne, Alberto van Klaveren, doit rencontrer jeudi son homologue Ana Cecilia Gervasi. Le avr. Le 27, le Haut-Commissariat des Nations unies pour les réfugiés (HCR) avait compté plus de 1 200 personnes au poste de Chacalluta. Le président mexicain Andrés Manuel López Obrador a proposé d'envoyer des avions.

Lire aussi : Bolivie, la pénurie de carburant paralyse La Paz
""",
  boilerplate=["INSCRIVEZ-VOUS À NOTRE NEWSLETTER AMÉRIQUE LATINE, CHAQUE VENDREDI DANS VOTRE BOÎTE MAIL",
               "Lire aussi : Bolivie, la pénurie de carburant paralyse La Paz"],
  quotes=[
      ("Le Chili n'est pas une salle d'attente", "direct", "Gabriel Boric"),
      ("repousser le problème", "direct", "Dina Boluarte"),
      ("400 militaires supplémentaires seraient déployés à la frontière", "indirect", "Carolina Tohá"),
      ("Lima ne laisserait « passer personne sans papiers »", "mixed", "Alberto Otárola"),
      ("corridor humanitaire", "direct", "Raúl Quispe Mamani"),
      ("On ne peut pas laisser des enfants dormir dans le désert", "direct", "Raúl Quispe Mamani"),
      ("abandon", "direct", "Jorge Castillo"),
      ("les deux capitales « jouent la montre »", "mixed", "Camila Fuenzalida"),
  ],
  not_quotes=[],
  times=[
      ("le lundi", "DATE", "2023-05-01"),
      ("90 jours", "DURATION", "P90D"),
      ("mardi matin", "TIME", "2023-05-02TMO"),
      ("la veille", "DATE", "2023-05-01"),
      ("jeudi", "DATE", "2023-05-04"),
      ("Le avr. Le 27", "DATE", "2023-04-27"),
  ],
  entities=[
      ("L:santiago", "LOC", ["SANTIAGO", "Santiago"], []),
      ("L:venezuela", "LOC", [], ["vénézuéliens"]),
      ("L:peru", "LOC", ["Pérou"], ["péruvienne", "péruvien"]),
      ("L:chile", "LOC", ["Chili"], ["chilienne"]),
      ("L:arica_parinacota", "LOC", ["Arica et Parinacota"], []),
      ("P:boric", "PER", ["Gabriel Boric"], []),
      ("L:arica", "LOC", ["Arica"], []),
      ("P:boluarte", "PER", ["Dina Boluarte"], []),
      ("L:tacna", "LOC", ["Tacna"], []),
      ("P:toha", "PER", ["Carolina Tohá"], []),
      ("P:otarola", "PER", ["Alberto Otárola"], []),
      ("L:lima", "LOC", ["Lima"], []),
      ("P:quispe_mamani", "PER", ["Raúl Quispe Mamani"], []),
      ("O:afp", "ORG", ["AFP"], []),
      ("P:jorge_castillo", "PER", ["Jorge Castillo"], []),
      ("P:pedro_castillo", "PER", ["Pedro Castillo"], []),
      ("P:fuenzalida", "PER", ["Camila Fuenzalida"], []),
      ("O:pulso_andino", "ORG", ["Pulso Andino"], []),
      ("P:van_klaveren", "PER", ["Alberto van Klaveren"], []),
      ("P:gervasi", "PER", ["Ana Cecilia Gervasi"], []),
      ("O:unhcr", "ORG", ["Haut-Commissariat des Nations unies pour les réfugiés", "HCR"], []),
      ("L:chacalluta", "LOC", ["poste de Chacalluta"], []),
      ("L:mexico", "LOC", [], ["mexicain"]),
      ("P:amlo", "PER", ["Andrés Manuel López Obrador"], []),
  ],
  roles=[
      ("P:boric", "président", "L:chile"),
      ("P:boluarte", "présidente", "L:peru"),
      ("P:toha", "ministre de l'Intérieur", "L:chile"),
      ("P:otarola", "président du Conseil des ministres", "L:peru"),
      ("P:quispe_mamani", "gouverneur régional", "L:tacna"),
      ("P:jorge_castillo", "maire", "L:arica"),
      ("P:pedro_castillo", "ancien président", "L:peru"),
      ("P:fuenzalida", "analyste", "O:pulso_andino"),
      ("P:van_klaveren", "chef de la diplomatie", "L:chile"),
      ("P:gervasi", "cheffe de la diplomatie", "L:peru"),
      ("P:amlo", "président", "L:mexico"),
  ])


# ---------------------------------------------------------------- p03
A(id="p03", published="2024-03-05",
  title="Port de Lamu : Nairobi ouvre ses quais à l'Éthiopie, Mogadiscio s'inquiète",
  text="""
NAIROBI – Le Premier ministre éthiopien Abiy Ahmed a atterri lundi soir à l'aéroport international Jomo-Kenyatta pour une visite de trois jours, sa première au Kenya depuis le début de la crise en mer Rouge.

Reçu mardi par le président William Ruto à State House, le chef du gouvernement éthiopien doit signer un accord donnant à son pays un accès au port de Lamu pour une durée de 30 ans. « L'Éthiopie ne restera pas prisonnière de sa géographie », a dit M. Abiy devant les journalistes.

PARTAGER SUR FACEBOOK

Le Premier secrétaire de cabinet et ministre des Affaires étrangères, Musalia Mudavadi, a précisé que le Kenya garderait « le contrôle total » des quais. Son homologue éthiopien, Taye Atske Selassie, a estimé pour sa part que le projet créerait 40 000 emplois d'ici 2030.

L'ancien président kényan Uhuru Kenyatta, fils du premier chef de l'État, Jomo Kenyatta, et devenu envoyé de l'Union africaine pour la Corne de l'Afrique, a salué un « pas vers la paix ». Le président de la Commission de l'UA, Moussa Faki Mahamat, s'était fait représenter.

SOUDAN : À EL-FASHER, LES HÔPITAUX À COURT DE TOUT

À Mogadiscio, le ministère somalien des Affaires étrangères a dénoncé dans un communiqué un accord « conclu dans le dos de la région ». Stéphane Dujarric, porte-parole du secrétaire général de l'ONU António Guterres, avait appelé mercredi dernier à « la retenue de tous ». Selon le FMI, la dette extérieure éthiopienne dépasse 28 milliards de dollars.
""",
  boilerplate=["PARTAGER SUR FACEBOOK",
               "SOUDAN : À EL-FASHER, LES HÔPITAUX À COURT DE TOUT"],
  quotes=[
      ("L'Éthiopie ne restera pas prisonnière de sa géographie", "direct", "Abiy Ahmed"),
      ("le Kenya garderait « le contrôle total » des quais", "mixed", "Musalia Mudavadi"),
      ("le projet créerait 40 000 emplois d'ici 2030", "indirect", "Taye Atske Selassie"),
      ("pas vers la paix", "direct", "Uhuru Kenyatta"),
      ("conclu dans le dos de la région", "direct", "le ministère somalien des Affaires étrangères"),
      ("la retenue de tous", "direct", "Stéphane Dujarric"),
      ("la dette extérieure éthiopienne dépasse 28 milliards de dollars", "indirect", "FMI"),
  ],
  not_quotes=[],
  times=[
      ("lundi soir", "TIME", "2024-03-04TEV"),
      ("trois jours", "DURATION", "P3D"),
      ("mardi", "DATE", "2024-03-05"),
      ("30 ans", "DURATION", "P30Y"),
      ("2030", "DATE", "2030"),
      ("mercredi dernier", "DATE", "2024-02-28"),
  ],
  entities=[
      ("L:nairobi", "LOC", ["NAIROBI"], []),
      ("L:ethiopia", "LOC", ["Éthiopie"], ["éthiopien", "éthiopienne"]),
      ("P:abiy", "PER", ["Abiy Ahmed", "Abiy"], []),
      ("L:jkia", "LOC", ["aéroport international Jomo-Kenyatta"], []),
      ("L:kenya", "LOC", ["Kenya"], ["kényan"]),
      ("L:red_sea", "LOC", ["mer Rouge"], []),
      ("P:ruto", "PER", ["William Ruto"], []),
      ("L:state_house_nairobi", "LOC", ["State House"], []),
      ("L:lamu_port", "LOC", ["port de Lamu"], []),
      ("P:mudavadi", "PER", ["Musalia Mudavadi"], []),
      ("P:taye_atske_selassie", "PER", ["Taye Atske Selassie"], []),
      ("P:uhuru_kenyatta", "PER", ["Uhuru Kenyatta"], []),
      ("P:jomo_kenyatta", "PER", ["Jomo Kenyatta"], []),
      ("O:african_union", "ORG", ["Union africaine", "UA"], []),
      ("L:horn_of_africa", "LOC", ["Corne de l'Afrique"], []),
      ("P:faki", "PER", ["Moussa Faki Mahamat"], []),
      ("L:mogadishu", "LOC", ["Mogadiscio"], []),
      ("L:somalia", "LOC", [], ["somalien"]),
      ("P:dujarric", "PER", ["Stéphane Dujarric"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("P:guterres", "PER", ["António Guterres"], []),
      ("O:imf", "ORG", ["FMI"], []),
  ],
  roles=[
      ("P:abiy", "Premier ministre", "L:ethiopia"),
      ("P:abiy", "chef du gouvernement", "L:ethiopia"),
      ("P:ruto", "président", "L:kenya"),
      ("P:mudavadi", "Premier secrétaire de cabinet", "L:kenya"),
      ("P:mudavadi", "ministre des Affaires étrangères", "L:kenya"),
      ("P:taye_atske_selassie", "ministre des Affaires étrangères", "L:ethiopia"),
      ("P:uhuru_kenyatta", "ancien président", "L:kenya"),
      ("P:uhuru_kenyatta", "envoyé pour la Corne de l'Afrique", "O:african_union"),
      ("P:jomo_kenyatta", "premier chef de l'État", "L:kenya"),
      ("P:faki", "président de la Commission", "O:african_union"),
      ("P:dujarric", "porte-parole du secrétaire général", "O:un"),
      ("P:guterres", "secrétaire général", "O:un"),
  ])


# ---------------------------------------------------------------- p04
A(id="p04", published="2025-04-23",
  title="Sénégal-Guinée : Sonko à Conakry pour relancer la route Tambacounda-Labé",
  text="""
CONAKRY – Le Premier ministre sénégalais Ousmane Sonko est arrivé ce mercredi dans la capitale guinéenne, accueilli à l'aéroport Ahmed-Sékou-Touré par son homologue Amadou Oury Bah. Il porte un message du président Bassirou Diomaye Faye au général Mamadi Doumbouya, président de la transition.

« Entre Dakar et Conakry, il n'y a pas de frontière dans les cœurs », a lancé M. Sonko, également président du parti Pastef, à sa descente d'avion. Selon son entourage, les deux gouvernements doivent signer jeudi un accord sur le bitumage de la route Tambacounda-Labé, longue de 450 kilomètres.

TÉLÉCHARGEZ NOTRE APPLICATION ET RESTEZ INFORMÉ 24H/24

La ministre de l'Intégration africaine et des Affaires étrangères, Yassine Fall, a rappelé que ce tronçon avait été promis il y a près de dix ans. Son homologue guinéen, Morissanda Kouyaté, compte sur un prêt de la Banque africaine de développement (BAD).

À Kédougou, ville frontalière, la maire Aïssatou Diallo espère « la fin des camions couchés dans les ravins ». Elle n'a aucun lien avec l'opposant guinéen Cellou Dalein Diallo, chef de l'UFDG, qui a dénoncé depuis son exil à Abidjan une visite « qui blanchit la junte ».

MALI : LA JUNTE SUSPEND DEUX CHAÎNES DE TÉLÉVISION FRANÇAISES

Le président de la Commission de la CEDEAO, Omar Alieu Touray, a salué dans un communiqué « un exemple d'intégration », alors que l'UA vient de lever ses sanctions contre Conakry. Dakar, qui a obtenu le départ progressif des soldats français, reste en froid avec Paris : le président Emmanuel Macron n'a pas été invité aux célébrations du 4 avril.
""",
  boilerplate=["TÉLÉCHARGEZ NOTRE APPLICATION ET RESTEZ INFORMÉ 24H/24",
               "MALI : LA JUNTE SUSPEND DEUX CHAÎNES DE TÉLÉVISION FRANÇAISES"],
  quotes=[
      ("Entre Dakar et Conakry, il n'y a pas de frontière dans les cœurs", "direct", "Ousmane Sonko"),
      ("les deux gouvernements doivent signer jeudi un accord sur le bitumage de la route Tambacounda-Labé, longue de 450 kilomètres", "indirect", "l'entourage d'Ousmane Sonko"),
      ("ce tronçon avait été promis il y a près de dix ans", "indirect", "Yassine Fall"),
      ("la fin des camions couchés dans les ravins", "direct", "Aïssatou Diallo"),
      ("qui blanchit la junte", "direct", "Cellou Dalein Diallo"),
      ("un exemple d'intégration", "direct", "Omar Alieu Touray"),
  ],
  not_quotes=[],
  times=[
      ("ce mercredi", "DATE", "2025-04-23"),
      ("jeudi", "DATE", "2025-04-24"),
      ("il y a près de dix ans", "DATE", "2015"),
      ("4 avril", "DATE", "2025-04-04"),
  ],
  entities=[
      ("L:conakry", "LOC", ["CONAKRY", "Conakry"], []),
      ("L:senegal", "LOC", [], ["sénégalais"]),
      ("P:sonko", "PER", ["Ousmane Sonko", "Sonko"], []),
      ("L:guinea", "LOC", [], ["guinéenne", "guinéen"]),
      ("L:conakry_airport", "LOC", ["aéroport Ahmed-Sékou-Touré"], []),
      ("P:bah_oury", "PER", ["Amadou Oury Bah"], []),
      ("P:diomaye_faye", "PER", ["Bassirou Diomaye Faye"], []),
      ("P:doumbouya", "PER", ["Mamadi Doumbouya"], []),
      ("L:dakar", "LOC", ["Dakar"], []),
      ("O:pastef", "ORG", ["Pastef"], []),
      ("L:route_tambacounda_labe", "LOC", ["route Tambacounda-Labé"], []),
      ("P:yassine_fall", "PER", ["Yassine Fall"], []),
      ("P:kouyate", "PER", ["Morissanda Kouyaté"], []),
      ("O:afdb", "ORG", ["Banque africaine de développement", "BAD"], []),
      ("L:kedougou", "LOC", ["Kédougou"], []),
      ("P:aissatou_diallo", "PER", ["Aïssatou Diallo"], []),
      ("P:cellou_dalein_diallo", "PER", ["Cellou Dalein Diallo"], []),
      ("O:ufdg", "ORG", ["UFDG"], []),
      ("L:abidjan", "LOC", ["Abidjan"], []),
      ("O:ecowas", "ORG", ["CEDEAO"], []),
      ("P:touray", "PER", ["Omar Alieu Touray"], []),
      ("O:african_union", "ORG", ["UA"], []),
      ("L:france", "LOC", [], ["français"]),
      ("L:paris", "LOC", ["Paris"], []),
      ("P:macron", "PER", ["Emmanuel Macron"], []),
  ],
  roles=[
      ("P:sonko", "Premier ministre", "L:senegal"),
      ("P:sonko", "président du parti", "O:pastef"),
      ("P:bah_oury", "Premier ministre", "L:guinea"),
      ("P:diomaye_faye", "président", "L:senegal"),
      ("P:doumbouya", "président de la transition", "L:guinea"),
      ("P:yassine_fall", "ministre de l'Intégration africaine et des Affaires étrangères", "L:senegal"),
      ("P:kouyate", "ministre des Affaires étrangères", "L:guinea"),
      ("P:aissatou_diallo", "maire", "L:kedougou"),
      ("P:cellou_dalein_diallo", "chef", "O:ufdg"),
      ("P:touray", "président de la Commission", "O:ecowas"),
      ("P:macron", "président", "L:france"),
  ])


# ---------------------------------------------------------------- p05
A(id="p05", published="2024-10-18",
  title="Câble électrique Grèce-Chypre : Athènes et Nicosie tiennent bon, Ankara menace",
  text="""
ATHÈNES – Malgré les mises en garde de la Turquie, le Premier ministre grec Kyriakos Mitsotakis a affirmé jeudi, aux côtés du président chypriote Nikos Christodoulides, que le câble sous-marin Great Sea Interconnector « ira jusqu'au bout ».

« Nous ne demanderons la permission à personne pour poser un câble dans nos eaux », a insisté M. Mitsotakis. Son père, l'ancien Premier ministre Konstantinos Mitsotakis, avait lui-même négocié avec Ankara dans les années 1990.

RECEVEZ GRATUITEMENT NOTRE NEWSLETTER « EUROPE » CHAQUE MATIN

À Ankara, le président Recep Tayyip Erdoğan a prévenu qu'« aucun navire ne travaillera sans l'accord des Chypriotes turcs ». Le dirigeant chypriote-turc Ersin Tatar a parlé d'une « provocation «. Le ministre grec des Finances Kostis Hatzidakis chiffre le projet à 1,9 milliard d'euros.

Pour l'ancien ministre des Finances Evangelos Venizelos, qui s'exprimait mardi à l'aéroport Eleftherios-Venizelos, Athènes « sous-estime » le risque militaire. Le chef de la diplomatie grecque, Giorgos Gerapetritis, doit s'entretenir la semaine prochaine avec son homologue turc Hakan Fidan.

Lire aussi – Incendies : l'Eubée de nouveau en alerte rouge

À Bruxelles, la présidente de la Commission européenne, Ursula von der Leyen, a qualifié le câble de « projet d'intérêt commun ». Le président chypriote a, lui, demandé à l'envoyée personnelle de l'ONU, María Ángela Holguín, de relancer les pourparlers sur la réunification de l'île.
""",
  boilerplate=["RECEVEZ GRATUITEMENT NOTRE NEWSLETTER « EUROPE » CHAQUE MATIN",
               "Lire aussi – Incendies : l'Eubée de nouveau en alerte rouge"],
  quotes=[
      ("le câble sous-marin Great Sea Interconnector « ira jusqu'au bout »", "mixed", "Kyriakos Mitsotakis"),
      ("Nous ne demanderons la permission à personne pour poser un câble dans nos eaux", "direct", "Kyriakos Mitsotakis"),
      ("« aucun navire ne travaillera sans l'accord des Chypriotes turcs »", "mixed", "Recep Tayyip Erdoğan"),
      ("provocation", "direct", "Ersin Tatar"),
      ("Athènes « sous-estime » le risque militaire", "mixed", "Evangelos Venizelos"),
      ("projet d'intérêt commun", "direct", "Ursula von der Leyen"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2024-10-17"),
      ("les années 1990", "DATE", "199"),
      ("mardi", "DATE", "2024-10-15"),
      ("la semaine prochaine", "DATE", "2024-W43"),
  ],
  entities=[
      ("L:athens", "LOC", ["ATHÈNES", "Athènes"], []),
      ("L:turkey", "LOC", ["Turquie"], ["turc"]),
      ("L:greece", "LOC", [], ["grec", "grecque"]),
      ("P:kyriakos_mitsotakis", "PER", ["Kyriakos Mitsotakis", "Mitsotakis"], []),
      ("L:cyprus", "LOC", [], ["chypriote"]),
      ("P:christodoulides", "PER", ["Nikos Christodoulides"], []),
      ("M:great_sea_interconnector", "MISC", ["Great Sea Interconnector"], []),
      ("P:konstantinos_mitsotakis", "PER", ["Konstantinos Mitsotakis"], []),
      ("L:ankara", "LOC", ["Ankara"], []),
      ("P:erdogan", "PER", ["Recep Tayyip Erdoğan"], []),
      ("L:northern_cyprus", "LOC", [], ["chypriote-turc"]),
      ("P:tatar", "PER", ["Ersin Tatar"], []),
      ("P:hatzidakis", "PER", ["Kostis Hatzidakis"], []),
      ("P:evangelos_venizelos", "PER", ["Evangelos Venizelos"], []),
      ("L:athens_airport", "LOC", ["aéroport Eleftherios-Venizelos"], []),
      ("P:gerapetritis", "PER", ["Giorgos Gerapetritis"], []),
      ("P:fidan", "PER", ["Hakan Fidan"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("O:european_commission", "ORG", ["Commission européenne"], []),
      ("P:von_der_leyen", "PER", ["Ursula von der Leyen"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("P:holguin", "PER", ["María Ángela Holguín"], []),
  ],
  roles=[
      ("P:kyriakos_mitsotakis", "Premier ministre", "L:greece"),
      ("P:christodoulides", "président", "L:cyprus"),
      ("P:konstantinos_mitsotakis", "ancien Premier ministre", "L:greece"),
      ("P:erdogan", "président", "L:turkey"),
      ("P:tatar", "dirigeant", "L:northern_cyprus"),
      ("P:hatzidakis", "ministre des Finances", "L:greece"),
      ("P:evangelos_venizelos", "ancien ministre des Finances", "L:greece"),
      ("P:gerapetritis", "chef de la diplomatie", "L:greece"),
      ("P:fidan", "chef de la diplomatie", "L:turkey"),
      ("P:von_der_leyen", "présidente", "O:european_commission"),
      ("P:holguin", "envoyée personnelle", "O:un"),
  ])


# ---------------------------------------------------------------- p06
A(id="p06", published="2025-06-23",
  title="Sommet de l'OTAN à La Haye : Copenhague et les Pays-Bas font front sur le Groenland",
  text="""
LA HAYE – À deux jours du sommet de l'Alliance atlantique, la Première ministre danoise Mette Frederiksen a été reçue dimanche par le chef du gouvernement néerlandais Dick Schoof au Catshuis, sa résidence officielle.

« Le Groenland n'est pas à vendre et ne le sera jamais », a répété Mme Frederiksen, dans une allusion au président américain Donald Trump. Son ministre des Affaires étrangères, Lars Løkke Rasmussen, a précisé que Copenhague consacrerait 3,5 % de son PIB à la défense d'ici 2030.

ACTIVEZ LES NOTIFICATIONS POUR SUIVRE LE SOMMET EN DIRECT

Le vice-Premier ministre et ministre de la Défense danois Troels Lund Poulsen a annoncé l'achat de deux frégates. L'ancien Premier ministre et ex-secrétaire général de l'OTAN Anders Fogh Rasmussen, sans lien de parenté avec le chef de la diplomatie, a jugé dans une tribune que l'Europe « dort encore ».

Côté néerlandais, le secrétaire général de l'Alliance, Mark Rutte, ancien Premier ministre, recevra mardi et mercredi les délégations comme un hôte « à domicile ». Le chef du Parti pour la liberté (PVV), Geert Wilders, qui a fait tomber la coalition au début du mois, a estimé que Schoof « parle au nom d'un gouvernement mort ».

FOOTBALL : L'AJAX ANNONCE L'ARRIVÉE D'UN NOUVEL ENTRAÎNEUR

Le roi Willem-Alexander offrira mardi soir un dîner aux chefs d'État et de gouvernement au palais Huis ten Bosch. Le Premier ministre groenlandais, Jens-Frederik Nielsen, n'a pas été convié, a regretté son porte-parole.
""",
  boilerplate=["ACTIVEZ LES NOTIFICATIONS POUR SUIVRE LE SOMMET EN DIRECT",
               "FOOTBALL : L'AJAX ANNONCE L'ARRIVÉE D'UN NOUVEL ENTRAÎNEUR"],
  quotes=[
      ("Le Groenland n'est pas à vendre et ne le sera jamais", "direct", "Mette Frederiksen"),
      ("Copenhague consacrerait 3,5 % de son PIB à la défense d'ici 2030", "indirect", "Lars Løkke Rasmussen"),
      ("l'Europe « dort encore »", "mixed", "Anders Fogh Rasmussen"),
      ("Schoof « parle au nom d'un gouvernement mort »", "mixed", "Geert Wilders"),
      ("Le Premier ministre groenlandais, Jens-Frederik Nielsen, n'a pas été convié", "indirect", "le porte-parole de Jens-Frederik Nielsen"),
  ],
  not_quotes=["à domicile"],
  times=[
      ("deux jours", "DURATION", "P2D"),
      ("dimanche", "DATE", "2025-06-22"),
      ("2030", "DATE", "2030"),
      ("mardi", "DATE", "2025-06-24"),
      ("mercredi", "DATE", "2025-06-25"),
      ("début du mois", "DATE", "2025-06"),
      ("mardi soir", "TIME", "2025-06-24TEV"),
  ],
  entities=[
      ("L:the_hague", "LOC", ["LA HAYE"], []),
      ("O:nato", "ORG", ["Alliance atlantique", "OTAN", "Alliance"], []),
      ("L:denmark", "LOC", [], ["danoise", "danois"]),
      ("P:frederiksen", "PER", ["Mette Frederiksen", "Frederiksen"], []),
      ("L:netherlands", "LOC", [], ["néerlandais"]),
      ("P:schoof", "PER", ["Dick Schoof", "Schoof"], []),
      ("L:catshuis", "LOC", ["Catshuis"], []),
      ("L:greenland", "LOC", ["Groenland"], ["groenlandais"]),
      ("L:usa", "LOC", [], ["américain"]),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("P:lars_lokke_rasmussen", "PER", ["Lars Løkke Rasmussen"], []),
      ("L:copenhagen", "LOC", ["Copenhague"], []),
      ("P:poulsen", "PER", ["Troels Lund Poulsen"], []),
      ("P:anders_fogh_rasmussen", "PER", ["Anders Fogh Rasmussen"], []),
      ("L:europe", "LOC", ["Europe"], []),
      ("P:rutte", "PER", ["Mark Rutte"], []),
      ("O:pvv", "ORG", ["Parti pour la liberté", "PVV"], []),
      ("P:wilders", "PER", ["Geert Wilders"], []),
      ("P:willem_alexander", "PER", ["Willem-Alexander"], []),
      ("L:huis_ten_bosch", "LOC", ["palais Huis ten Bosch"], []),
      ("P:jens_frederik_nielsen", "PER", ["Jens-Frederik Nielsen"], []),
  ],
  roles=[
      ("P:frederiksen", "Première ministre", "L:denmark"),
      ("P:schoof", "chef du gouvernement", "L:netherlands"),
      ("P:trump", "président", "L:usa"),
      ("P:lars_lokke_rasmussen", "ministre des Affaires étrangères", "L:denmark"),
      ("P:lars_lokke_rasmussen", "chef de la diplomatie", "L:denmark"),
      ("P:poulsen", "vice-Premier ministre", "L:denmark"),
      ("P:poulsen", "ministre de la Défense", "L:denmark"),
      ("P:anders_fogh_rasmussen", "ancien Premier ministre", "L:denmark"),
      ("P:anders_fogh_rasmussen", "ex-secrétaire général", "O:nato"),
      ("P:rutte", "secrétaire général", "O:nato"),
      ("P:rutte", "ancien Premier ministre", "L:netherlands"),
      ("P:wilders", "chef", "O:pvv"),
      ("P:willem_alexander", "roi", "L:netherlands"),
      ("P:jens_frederik_nielsen", "Premier ministre", "L:greenland"),
  ])


# ---------------------------------------------------------------- p07
A(id="p07", published="2025-09-15",
  title="Mexique : Sheinbaum réunit les gouverneurs avant le « Grito », la sécurité au menu",
  text="""
MEXICO – La présidente Claudia Sheinbaum a réuni ce lundi au Palais national les 31 gouverneurs du Mexique et la cheffe du gouvernement de la capitale, Clara Brugada, pour un conseil de sécurité extraordinaire.

« Aucun État ne sera laissé seul face aux cartels », a promis SHEINBAUM, la veille de la fête de l'indépendance du 16 septembre. Le secrétaire à la Sécurité, Omar García Harfuch, a présenté un bilan : 1 800 arrestations depuis janvier dans le seul Sinaloa, dont le gouverneur Rubén Rocha Moya est contesté.

PUBLICITÉ

Le gouverneur de Nuevo León, Samuel García, figure de l'opposition, a exigé « de l'argent, pas des discours ». Son homologue du Tamaulipas, Américo Villarreal, a assuré que les routes vers les Etats-Unis étaient « sous contrôle ».

Le gouverneur de Hidalgo, Julio Menchaca, présidera mardi le « Grito » à Pachuca, comme le veut la tradition lancée en 1810 par le curé Miguel Hidalgo. À Veracruz, la gouverneure Rocío Nahle, ex-ministre de l'Énergie de l'ancien président López Obrador, a annulé les festivités.

LIRE AUSSI – Guatemala : évasion massive dans une prison de la capitale

Le président américain Donald Trump a répété vendredi que Washington imposerait des droits de douane de 30 % au Mexique « si rien ne bouge d'ici Noël ». Selon la Maison-Blanche, TRUMP et Sheinbaum se parleront « avant la fin du mois ».
""",
  boilerplate=["PUBLICITÉ",
               "LIRE AUSSI – Guatemala : évasion massive dans une prison de la capitale"],
  quotes=[
      ("Aucun État ne sera laissé seul face aux cartels", "direct", "Claudia Sheinbaum"),
      ("de l'argent, pas des discours", "direct", "Samuel García"),
      ("les routes vers les Etats-Unis étaient « sous contrôle »", "mixed", "Américo Villarreal"),
      ("Washington imposerait des droits de douane de 30 % au Mexique « si rien ne bouge d'ici Noël »", "mixed", "Donald Trump"),
      ("TRUMP et Sheinbaum se parleront « avant la fin du mois »", "mixed", "la Maison-Blanche"),
  ],
  not_quotes=["Grito"],
  times=[
      ("ce lundi", "DATE", "2025-09-15"),
      ("la veille", "DATE", "2025-09-15"),
      ("16 septembre", "DATE", "2025-09-16"),
      ("janvier", "DATE", "2025-01"),
      ("mardi", "DATE", "2025-09-16"),
      ("1810", "DATE", "1810"),
      ("vendredi", "DATE", "2025-09-12"),
      ("Noël", "DATE", "2025-12-25"),
      ("la fin du mois", "DATE", "2025-09"),
  ],
  entities=[
      ("L:mexico_city", "LOC", ["MEXICO"], []),
      ("P:sheinbaum", "PER", ["Claudia Sheinbaum", "SHEINBAUM", "Sheinbaum"], []),
      ("L:palacio_nacional", "LOC", ["Palais national"], []),
      ("L:mexico", "LOC", ["Mexique"], []),
      ("P:brugada", "PER", ["Clara Brugada"], []),
      ("P:garcia_harfuch", "PER", ["Omar García Harfuch"], []),
      ("L:sinaloa", "LOC", ["Sinaloa"], []),
      ("P:rocha_moya", "PER", ["Rubén Rocha Moya"], []),
      ("L:nuevo_leon", "LOC", ["Nuevo León"], []),
      ("P:samuel_garcia", "PER", ["Samuel García"], []),
      ("L:tamaulipas", "LOC", ["Tamaulipas"], []),
      ("P:villarreal", "PER", ["Américo Villarreal"], []),
      ("L:usa", "LOC", ["Etats-Unis"], ["américain"]),
      ("L:hidalgo_state", "LOC", ["Hidalgo"], []),
      ("P:menchaca", "PER", ["Julio Menchaca"], []),
      ("L:pachuca", "LOC", ["Pachuca"], []),
      ("P:miguel_hidalgo", "PER", ["Miguel Hidalgo"], []),
      ("L:veracruz", "LOC", ["Veracruz"], []),
      ("P:nahle", "PER", ["Rocío Nahle"], []),
      ("P:amlo", "PER", ["López Obrador"], []),
      ("P:trump", "PER", ["Donald Trump", "TRUMP"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("L:white_house", "LOC", ["Maison-Blanche"], []),
  ],
  roles=[
      ("P:sheinbaum", "présidente", "L:mexico"),
      ("P:brugada", "cheffe du gouvernement de la capitale", "L:mexico_city"),
      ("P:garcia_harfuch", "secrétaire à la Sécurité", "L:mexico"),
      ("P:rocha_moya", "gouverneur", "L:sinaloa"),
      ("P:samuel_garcia", "gouverneur", "L:nuevo_leon"),
      ("P:villarreal", "gouverneur", "L:tamaulipas"),
      ("P:menchaca", "gouverneur", "L:hidalgo_state"),
      ("P:miguel_hidalgo", "curé", None),
      ("P:nahle", "gouverneure", "L:veracruz"),
      ("P:nahle", "ex-ministre de l'Énergie", "L:mexico"),
      ("P:amlo", "ancien président", "L:mexico"),
      ("P:trump", "président", "L:usa"),
  ])


# ---------------------------------------------------------------- p08
A(id="p08", published="2025-10-21",
  title="Pakistan-Afghanistan : après Doha, une trêve fragile le long de la ligne Durand",
  text="""
ISLAMABAD – Le vice-Premier ministre et ministre des Affaires étrangères pakistanais, Ishaq Dar, a affirmé lundi que le cessez-le-feu conclu à Doha « tiendra tant que Kaboul tiendra ses promesses ». Les combats de la mi-octobre avaient fait plusieurs dizaines de morts le long de la ligne Durand.

Le porte-parole de l'Émirat islamique, Zabihullah Mujahid, a répondu que l'Afghanistan « n'a jamais envoyé un seul combattant » au Pakistan. Le ministre afghan de la Défense, le mollah Mohammad Yaqoob, fils du fondateur du mouvement taliban, le mollah Omar, conduisait la délégation à Doha.

SUIVEZ-NOUS SUR WHATSAPP : REJOIGNEZ NOTRE CHAÎNE

Le Premier ministre Shehbaz Sharif, dont le frère aîné, l'ancien Premier ministre Nawaz Sharif, préside toujours la Ligue musulmane (PML-N), a réuni mardi matin à Rawalpindi le chef de l'armée, le maréchal Asim Munir. Islamabad exige « des garanties écrites », a fait savoir son bureau. Le ministre de la Défense, Khawaja Asif, a déclaré que « la patience a des limites ».

INDE : UN TRAIN DÉRAILLE AU BENGALE, AU MOINS DOUZE MORTS

Dans la province de Khyber Pakhtunkhwa, le nouveau ministre en chef Sohail Afridi, issu du PTI de l'ex-Premier ministre emprisonné Imran Khan, réclame la réouverture du poste de Torkham, fermé depuis le oct. 12, 2025. Le maire de Londres, Sadiq Khan, sans rapport avec le fondateur du PTI, a appelé la diaspora au calme.

Le secrétaire général de l'ONU, Antonio Guterres, a salué “un premier pas”. D'après le Fonds monétaire international, le commerce bilatéral a chuté de 40 % en deux semaines.
""",
  boilerplate=["SUIVEZ-NOUS SUR WHATSAPP : REJOIGNEZ NOTRE CHAÎNE",
               "INDE : UN TRAIN DÉRAILLE AU BENGALE, AU MOINS DOUZE MORTS"],
  quotes=[
      ("le cessez-le-feu conclu à Doha « tiendra tant que Kaboul tiendra ses promesses »", "mixed", "Ishaq Dar"),
      ("l'Afghanistan « n'a jamais envoyé un seul combattant » au Pakistan", "mixed", "Zabihullah Mujahid"),
      ("Islamabad exige « des garanties écrites »", "mixed", "le bureau de Shehbaz Sharif"),
      ("« la patience a des limites »", "mixed", "Khawaja Asif"),
      ("un premier pas", "direct", "Antonio Guterres"),
      ("le commerce bilatéral a chuté de 40 % en deux semaines", "indirect", "Fonds monétaire international"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2025-10-20"),
      ("la mi-octobre", "DATE", "2025-10"),
      ("mardi matin", "TIME", "2025-10-21TMO"),
      ("le oct. 12, 2025", "DATE", "2025-10-12"),
      ("deux semaines", "DURATION", "P2W"),
  ],
  entities=[
      ("L:islamabad", "LOC", ["ISLAMABAD", "Islamabad"], []),
      ("L:pakistan", "LOC", ["Pakistan"], ["pakistanais"]),
      ("P:ishaq_dar", "PER", ["Ishaq Dar"], []),
      ("L:doha", "LOC", ["Doha"], []),
      ("L:kabul", "LOC", ["Kaboul"], []),
      ("L:durand_line", "LOC", ["ligne Durand"], []),
      ("O:islamic_emirate", "ORG", ["Émirat islamique"], []),
      ("P:mujahid", "PER", ["Zabihullah Mujahid"], []),
      ("L:afghanistan", "LOC", ["Afghanistan"], ["afghan"]),
      ("P:yaqoob", "PER", ["Mohammad Yaqoob"], []),
      ("P:mullah_omar", "PER", ["Omar"], []),
      ("P:shehbaz_sharif", "PER", ["Shehbaz Sharif"], []),
      ("P:nawaz_sharif", "PER", ["Nawaz Sharif"], []),
      ("O:pml_n", "ORG", ["Ligue musulmane", "PML-N"], []),
      ("L:rawalpindi", "LOC", ["Rawalpindi"], []),
      ("P:asim_munir", "PER", ["Asim Munir"], []),
      ("P:khawaja_asif", "PER", ["Khawaja Asif"], []),
      ("L:khyber_pakhtunkhwa", "LOC", ["Khyber Pakhtunkhwa"], []),
      ("P:sohail_afridi", "PER", ["Sohail Afridi"], []),
      ("O:pti", "ORG", ["PTI"], []),
      ("P:imran_khan", "PER", ["Imran Khan"], []),
      ("L:torkham", "LOC", ["poste de Torkham"], []),
      ("L:london", "LOC", ["Londres"], []),
      ("P:sadiq_khan", "PER", ["Sadiq Khan"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("P:guterres", "PER", ["Antonio Guterres"], []),
      ("O:imf", "ORG", ["Fonds monétaire international"], []),
  ],
  roles=[
      ("P:ishaq_dar", "vice-Premier ministre", "L:pakistan"),
      ("P:ishaq_dar", "ministre des Affaires étrangères", "L:pakistan"),
      ("P:mujahid", "porte-parole", "O:islamic_emirate"),
      ("P:yaqoob", "ministre de la Défense", "L:afghanistan"),
      ("P:mullah_omar", "fondateur du mouvement taliban", None),
      ("P:shehbaz_sharif", "Premier ministre", "L:pakistan"),
      ("P:nawaz_sharif", "ancien Premier ministre", "L:pakistan"),
      ("P:nawaz_sharif", "président", "O:pml_n"),
      ("P:asim_munir", "chef de l'armée", "L:pakistan"),
      ("P:khawaja_asif", "ministre de la Défense", "L:pakistan"),
      ("P:sohail_afridi", "ministre en chef", "L:khyber_pakhtunkhwa"),
      ("P:imran_khan", "ex-Premier ministre", "L:pakistan"),
      ("P:imran_khan", "fondateur", "O:pti"),
      ("P:sadiq_khan", "maire", "L:london"),
      ("P:guterres", "secrétaire général", "O:un"),
  ])


# ---------------------------------------------------------------- p09
A(id="p09", published="2025-05-20",
  title="Kosovo : nouvelle poussée de tension à Mitrovica, l'OTAN renforce la KFOR",
  text="""
BELGRADE – Le président serbe Aleksandar Vučić a accusé lundi le Premier ministre kosovar par intérim Albin Kurti de vouloir « chasser les Serbes du nord », au lendemain de l'arrestation de trois policiers serbes près du pont de Mitrovica.

„Nous ne laisserons pas notre peuple sans protection“, a-t-il lancé depuis la présidence, aux côtés de son frère Andrej Vučić, homme d'affaires souvent visé par l'opposition. À Pristina, la présidente Vjosa Osmani a répliqué que « la souveraineté du Kosovo n'est pas négociable ».

TÉLÉCHARGEZ NOTRE APPLI : TOUTE L'INFO DES BALKANS EN TEMPS RÉEL

Le patron de l'OTAN, Mark Rutte, a annoncé l'envoi de 300 soldats supplémentaires au sein de la KFOR, que commande le général turc Özkan Ulutaş. Rutte a estimé que la situation était « la plus tendue depuis 2023 ». À Ankara, le président Recep Tayyip Erdogan a proposé sa médiation.

Le Premier ministre serbe Đuro Macut et la présidente du Parlement, Ana Brnabić, ex-cheffe du gouvernement, se rendront jeudi dans le nord. La cheffe de la diplomatie de l'UE, Kaja Kallas, a appelé les deux parties à « revenir à la table ». Son représentant spécial pour le dialogue Belgrade-Pristina, Peter Sørensen, est attendu à Mitrovica.

BOSNIE : DODIK DE NOUVEAU CONVOQUÉ PAR LA JUSTICE

Selon le chef de la diplomatie serbe, Marko Đurić, Moscou « suit la situation de très près ». Le président russe Vladimir Poutine avait dénoncé le mai. 9, lors du défilé de la Victoire, une « provocation occidentale ». Le chef de l'Organisation des Nations unies, M. Guterres, s'est dit « préoccupé ».
""",
  boilerplate=["TÉLÉCHARGEZ NOTRE APPLI : TOUTE L'INFO DES BALKANS EN TEMPS RÉEL",
               "BOSNIE : DODIK DE NOUVEAU CONVOQUÉ PAR LA JUSTICE"],
  quotes=[
      ("chasser les Serbes du nord", "direct", "Aleksandar Vučić"),
      ("Nous ne laisserons pas notre peuple sans protection", "direct", "Aleksandar Vučić"),
      ("« la souveraineté du Kosovo n'est pas négociable »", "mixed", "Vjosa Osmani"),
      ("la situation était « la plus tendue depuis 2023 »", "mixed", "Mark Rutte"),
      ("revenir à la table", "direct", "Kaja Kallas"),
      ("Moscou « suit la situation de très près »", "mixed", "Marko Đurić"),
      ("provocation occidentale", "direct", "Vladimir Poutine"),
      ("préoccupé", "direct", "Guterres"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2025-05-19"),
      ("lendemain", "DATE", "2025-05-19"),
      ("2023", "DATE", "2023"),
      ("jeudi", "DATE", "2025-05-22"),
      ("le mai. 9", "DATE", "2025-05-09"),
  ],
  entities=[
      ("L:belgrade", "LOC", ["BELGRADE"], []),
      ("L:serbia", "LOC", [], ["serbe", "Serbes", "serbes"]),
      ("P:vucic", "PER", ["Aleksandar Vučić"], []),
      ("L:kosovo", "LOC", ["Kosovo"], ["kosovar"]),
      ("P:kurti", "PER", ["Albin Kurti"], []),
      ("L:mitrovica_bridge", "LOC", ["pont de Mitrovica"], []),
      ("L:mitrovica", "LOC", ["Mitrovica"], []),
      ("P:andrej_vucic", "PER", ["Andrej Vučić"], []),
      ("L:pristina", "LOC", ["Pristina"], []),
      ("P:osmani", "PER", ["Vjosa Osmani"], []),
      ("O:nato", "ORG", ["OTAN"], []),
      ("P:rutte", "PER", ["Mark Rutte", "Rutte"], []),
      ("O:kfor", "ORG", ["KFOR"], []),
      ("L:turkey", "LOC", [], ["turc"]),
      ("P:ulutas", "PER", ["Özkan Ulutaş"], []),
      ("L:ankara", "LOC", ["Ankara"], []),
      ("P:erdogan", "PER", ["Recep Tayyip Erdogan"], []),
      ("P:macut", "PER", ["Đuro Macut"], []),
      ("O:serbia_parliament", "ORG", ["Parlement"], []),
      ("P:brnabic", "PER", ["Ana Brnabić"], []),
      ("O:eu", "ORG", ["UE"], []),
      ("P:kallas", "PER", ["Kaja Kallas"], []),
      ("P:sorensen", "PER", ["Peter Sørensen"], []),
      ("P:djuric", "PER", ["Marko Đurić"], []),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("L:russia", "LOC", [], ["russe"]),
      ("P:putin", "PER", ["Vladimir Poutine"], []),
      ("O:un", "ORG", ["Organisation des Nations unies"], []),
      ("P:guterres", "PER", ["Guterres"], []),
  ],
  roles=[
      ("P:vucic", "président", "L:serbia"),
      ("P:kurti", "Premier ministre par intérim", "L:kosovo"),
      ("P:andrej_vucic", "homme d'affaires", None),
      ("P:osmani", "présidente", "L:kosovo"),
      ("P:rutte", "patron", "O:nato"),
      ("P:ulutas", "commandant", "O:kfor"),
      ("P:erdogan", "président", "L:turkey"),
      ("P:macut", "Premier ministre", "L:serbia"),
      ("P:brnabic", "présidente", "O:serbia_parliament"),
      ("P:brnabic", "ex-cheffe du gouvernement", "L:serbia"),
      ("P:kallas", "cheffe de la diplomatie", "O:eu"),
      ("P:sorensen", "représentant spécial pour le dialogue Belgrade-Pristina", "O:eu"),
      ("P:djuric", "chef de la diplomatie", "L:serbia"),
      ("P:putin", "président", "L:russia"),
      ("P:guterres", "chef", "O:un"),
  ])


# ---------------------------------------------------------------- p10
A(id="p10", published="2025-08-27",
  title="Moldavie : à Chișinău, Nicușor Dan promet un « bouclier » roumain avant les législatives",
  text="""
CHIȘINĂU – Le président roumain Nicușor Dan, ancien maire de Bucarest élu en mai à la tête de l'État, a été reçu mercredi par la présidente moldave Maia Sandu, pour la fête de l'indépendance de la Moldavie.

« La frontière entre nos deux pays ne sera jamais un mur », a déclaré M. Dan devant le Parlement. Selon Mme Sandu, la Russie a dépensé « plus de 100 millions d'euros » pour acheter des voix avant les législatives du 28 septembre.

ABONNEZ-VOUS POUR 1 € LE PREMIER MOIS ET SOUTENEZ UNE INFORMATION INDÉPENDANTE

Le Premier ministre roumain Ilie Bolojan, qui avait assuré l'intérim de la présidence de février à mai, a promis 200 millions d'euros pour l'interconnexion électrique. Sa ministre des Affaires étrangères, Oana Țoiu, accompagnait la délégation, de même que le maire par intérim de Bucarest, Stelian Bujduveanu.

Côté moldave, le vice-Premier ministre et chef de la diplomatie Mihai Popșoi a qualifié la visite de « message à Moscou ». Le Premier ministre Dorin Recean a rappelé que l'ex-gouverneure de Gagaouzie Evghenia Guțul, proche de l'oligarque en fuite Ilan Shor, avait été condamnée ce mois-ci à sept ans de prison.

UKRAINE : NUIT D'ATTAQUES DE DRONES SUR ODESSA

À Bruxelles, la présidente de la Commission européenne Ursula Von der Leyen a salué « un voisin courageux » sur la route de l'Union européenne, et la cheffe de la diplomatie de l'UE, Mme Kallas, a accusé le président russe Vladimir Putin de mener une « guerre hybride ». À Bucarest, Călin Georgescu, écarté de la présidentielle, a dénoncé une « trahison » ; il n'a aucun lien avec Florin Georgescu, premier vice-gouverneur de la Banque nationale de Roumanie.
""",
  boilerplate=["ABONNEZ-VOUS POUR 1 € LE PREMIER MOIS ET SOUTENEZ UNE INFORMATION INDÉPENDANTE",
               "UKRAINE : NUIT D'ATTAQUES DE DRONES SUR ODESSA"],
  quotes=[
      ("La frontière entre nos deux pays ne sera jamais un mur", "direct", "Nicușor Dan"),
      ("la Russie a dépensé « plus de 100 millions d'euros » pour acheter des voix avant les législatives du 28 septembre", "mixed", "Maia Sandu"),
      ("message à Moscou", "direct", "Mihai Popșoi"),
      ("l'ex-gouverneure de Gagaouzie Evghenia Guțul, proche de l'oligarque en fuite Ilan Shor, avait été condamnée ce mois-ci à sept ans de prison", "indirect", "Dorin Recean"),
      ("un voisin courageux", "direct", "Ursula Von der Leyen"),
      ("guerre hybride", "direct", "Kallas"),
      ("trahison", "direct", "Călin Georgescu"),
  ],
  not_quotes=[],
  times=[
      ("mai", "DATE", "2025-05"),
      ("mercredi", "DATE", "2025-08-27"),
      ("28 septembre", "DATE", "2025-09-28"),
      ("février", "DATE", "2025-02"),
      ("mai", "DATE", "2025-05"),
      ("ce mois-ci", "DATE", "2025-08"),
      ("sept ans", "DURATION", "P7Y"),
  ],
  entities=[
      ("L:chisinau", "LOC", ["CHIȘINĂU"], []),
      ("L:romania", "LOC", [], ["roumain"]),
      ("P:nicusor_dan", "PER", ["Nicușor Dan", "Dan"], []),
      ("L:bucharest", "LOC", ["Bucarest"], []),
      ("L:moldova", "LOC", ["Moldavie"], ["moldave"]),
      ("P:sandu", "PER", ["Maia Sandu", "Sandu"], []),
      ("O:moldova_parliament", "ORG", ["Parlement"], []),
      ("L:russia", "LOC", ["Russie"], ["russe"]),
      ("P:bolojan", "PER", ["Ilie Bolojan"], []),
      ("P:toiu", "PER", ["Oana Țoiu"], []),
      ("P:bujduveanu", "PER", ["Stelian Bujduveanu"], []),
      ("P:popsoi", "PER", ["Mihai Popșoi"], []),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("P:recean", "PER", ["Dorin Recean"], []),
      ("L:gagauzia", "LOC", ["Gagaouzie"], []),
      ("P:gutul", "PER", ["Evghenia Guțul"], []),
      ("P:shor", "PER", ["Ilan Shor"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("O:european_commission", "ORG", ["Commission européenne"], []),
      ("P:von_der_leyen", "PER", ["Ursula Von der Leyen"], []),
      ("O:eu", "ORG", ["Union européenne", "UE"], []),
      ("P:kallas", "PER", ["Kallas"], []),
      ("P:putin", "PER", ["Vladimir Putin"], []),
      ("P:calin_georgescu", "PER", ["Călin Georgescu"], []),
      ("P:florin_georgescu", "PER", ["Florin Georgescu"], []),
      ("O:bnr", "ORG", ["Banque nationale de Roumanie"], []),
  ],
  roles=[
      ("P:nicusor_dan", "président", "L:romania"),
      ("P:nicusor_dan", "ancien maire", "L:bucharest"),
      ("P:sandu", "présidente", "L:moldova"),
      ("P:bolojan", "Premier ministre", "L:romania"),
      ("P:bolojan", "président par intérim", "L:romania"),
      ("P:toiu", "ministre des Affaires étrangères", "L:romania"),
      ("P:bujduveanu", "maire par intérim", "L:bucharest"),
      ("P:popsoi", "vice-Premier ministre", "L:moldova"),
      ("P:popsoi", "chef de la diplomatie", "L:moldova"),
      ("P:recean", "Premier ministre", "L:moldova"),
      ("P:gutul", "ex-gouverneure", "L:gagauzia"),
      ("P:shor", "oligarque", None),
      ("P:von_der_leyen", "présidente", "O:european_commission"),
      ("P:kallas", "cheffe de la diplomatie", "O:eu"),
      ("P:putin", "président", "L:russia"),
      ("P:florin_georgescu", "premier vice-gouverneur", "O:bnr"),
  ])


# ---------------------------------------------------------------- p11
A(id="p11", published="2026-01-31",
  title="Euro de handball : les Bleus s'inclinent face au Danemark, Gille « fier malgré tout »",
  text="""
HERNING – L'équipe de France a été battue vendredi soir par le Danemark (31-27) en demi-finale de l'Euro, devant 15 000 spectateurs acquis à la cause danoise et la Première ministre Mette Frederiksen, à la Jyske Bank Boxen. Les Bleus joueront dimanche le match pour la troisième place.

« Nous avons perdu contre la meilleure équipe du monde, pas contre un arbitre », a tranché le sélectionneur Guillaume Gille, en poste depuis 2020. Son homologue danois Nikolaj Jacobsen, entraîneur des champions du monde en titre, a salué « une équipe de France qui ne lâche jamais ».

TÉLÉCHARGEZ L'APPLI SPORT ET REVIVEZ TOUS LES BUTS EN VIDÉO

Mathias Gidsel, arrière droit des Füchse Berlin, a inscrit neuf buts. Le gardien du FC Barcelone Emil Nielsen, élu homme du match, a repoussé deux jets de 7 mètres dans les dix dernières minutes. "Nielsen a été un mur", a reconnu son coéquipier au Barça, l'arrière Dika Mem, meilleur buteur français avec huit réalisations.

FOOTBALL : MBAPPÉ FORFAIT POUR LE CLASSICO DE DIMANCHE

Le président de la Fédération française de handball, Philippe Bana, a confirmé que le contrat de Gille courait jusqu'aux Jeux de Los Angeles en 2028. L'ancien capitaine des Bleus Nikola Karabatic, consultant pour beIN Sports, a regretté « un manque de fraîcheur », tandis que son frère Luka Karabatic, pivot du Paris Saint-Germain, a défendu le groupe.

Le président de l'EHF, Michael Wiederer, remettra dimanche le trophée au vainqueur de la finale entre le Danemark et l'Allemagne d'Alfreð Gíslason.
""",
  boilerplate=["TÉLÉCHARGEZ L'APPLI SPORT ET REVIVEZ TOUS LES BUTS EN VIDÉO",
               "FOOTBALL : MBAPPÉ FORFAIT POUR LE CLASSICO DE DIMANCHE"],
  quotes=[
      ("Nous avons perdu contre la meilleure équipe du monde, pas contre un arbitre", "direct", "Guillaume Gille"),
      ("une équipe de France qui ne lâche jamais", "direct", "Nikolaj Jacobsen"),
      ("Nielsen a été un mur", "direct", "Dika Mem"),
      ("le contrat de Gille courait jusqu'aux Jeux de Los Angeles en 2028", "indirect", "Philippe Bana"),
      ("un manque de fraîcheur", "direct", "Nikola Karabatic"),
  ],
  not_quotes=[],
  times=[
      ("vendredi soir", "TIME", "2026-01-30TEV"),
      ("dimanche", "DATE", "2026-02-01"),
      ("2020", "DATE", "2020"),
      ("les dix dernières minutes", "DURATION", "PT10M"),
      ("2028", "DATE", "2028"),
      ("dimanche", "DATE", "2026-02-01"),
  ],
  entities=[
      ("L:herning", "LOC", ["HERNING"], []),
      ("O:france_team", "ORG", ["équipe de France", "Bleus"], []),
      ("L:denmark", "LOC", ["Danemark"], ["danoise", "danois"]),
      ("M:euro_handball_2026", "MISC", ["Euro"], []),
      ("P:frederiksen", "PER", ["Mette Frederiksen"], []),
      ("L:jyske_bank_boxen", "LOC", ["Jyske Bank Boxen"], []),
      ("P:gille", "PER", ["Guillaume Gille", "Gille"], []),
      ("P:jacobsen", "PER", ["Nikolaj Jacobsen"], []),
      ("P:gidsel", "PER", ["Mathias Gidsel"], []),
      ("O:fuchse_berlin", "ORG", ["Füchse Berlin"], []),
      ("O:fc_barcelona", "ORG", ["FC Barcelone", "Barça"], []),
      ("P:emil_nielsen", "PER", ["Emil Nielsen", "Nielsen"], []),
      ("P:mem", "PER", ["Dika Mem"], []),
      ("L:france", "LOC", [], ["français"]),
      ("O:ffhb", "ORG", ["Fédération française de handball"], []),
      ("P:bana", "PER", ["Philippe Bana"], []),
      ("M:la2028", "MISC", ["Jeux de Los Angeles"], []),
      ("P:nikola_karabatic", "PER", ["Nikola Karabatic"], []),
      ("O:bein_sports", "ORG", ["beIN Sports"], []),
      ("P:luka_karabatic", "PER", ["Luka Karabatic"], []),
      ("O:psg_handball", "ORG", ["Paris Saint-Germain"], []),
      ("O:ehf", "ORG", ["EHF"], []),
      ("P:wiederer", "PER", ["Michael Wiederer"], []),
      ("L:germany", "LOC", ["Allemagne"], []),
      ("P:gislason", "PER", ["Alfreð Gíslason"], []),
  ],
  roles=[
      ("P:frederiksen", "Première ministre", "L:denmark"),
      ("P:gille", "sélectionneur", "O:france_team"),
      ("P:jacobsen", "sélectionneur", "L:denmark"),
      ("P:jacobsen", "entraîneur des champions du monde en titre", "L:denmark"),
      ("P:gidsel", "arrière droit", "O:fuchse_berlin"),
      ("P:emil_nielsen", "gardien", "O:fc_barcelona"),
      ("P:mem", "arrière", "O:fc_barcelona"),
      ("P:bana", "président", "O:ffhb"),
      ("P:nikola_karabatic", "ancien capitaine", "O:france_team"),
      ("P:nikola_karabatic", "consultant", "O:bein_sports"),
      ("P:luka_karabatic", "pivot", "O:psg_handball"),
      ("P:wiederer", "président", "O:ehf"),
      ("P:gislason", "sélectionneur", "L:germany"),
  ])


# ---------------------------------------------------------------- p12
A(id="p12", published="2025-04-10",
  title="Littoral : Frontex s'installe à Calais, Xavier Bertrand réclame « des actes »",
  text="""
LILLE – L'Agence européenne de garde-frontières et de garde-côtes (Frontex) va déployer pour la première fois une équipe permanente sur le littoral du Pas-de-Calais, a annoncé mercredi son directeur exécutif, Hans Leijtens, en visite à Calais.

Le président du conseil régional des Hauts-de-France, Xavier Bertrand, qui réclamait ce dispositif depuis 2021, a salué « une victoire du bon sens » mais prévenu que la région « ne paiera pas à la place de l'État ». La maire de Calais, Natacha Bouchart, estime que l'annonce arrive « avec dix ans de retard ».

Lire aussi : Lens, le stade Bollaert-Delelis accueillera un concert géant cet été

Le ministre de l'Intérieur, Bruno Retailleau, est attendu vendredi à Dunkerque, où le maire Patrice Vergriete, ancien ministre des Transports, réclame « des moyens, pas des drones ». La préfète du Pas-de-Calais, Hélène Vaudry, nommée il y a six mois, a indiqué que 1 200 traversées avaient été empêchées depuis janvier.

Le maire de Boulogne-sur-Mer se montre plus réservé. Pour Frédéric Cuvillier, lui aussi ex-ministre des Transports, Frontex « ne remplacera jamais une vraie politique migratoire de l'Union européenne ». Jean-Marc Bertrand, maire d'Étaples et sans lien avec le président de région, craint un « effet ventouse ».

À Londres, la ministre britannique de l'Intérieur, Yvette Cooper, a promis de « partager le fardeau » avec la France. Le président Macron et le Premier ministre Keir Starmer en discuteront en juillet. Le commissaire européen aux Affaires intérieures, Magnus Brunner, sera à Calais le avr. 24, a précisé la Commission.

ACTIVEZ LES ALERTES POUR RECEVOIR L'ESSENTIEL DE L'ACTU DES HAUTS-DE-FRANCE
""",
  boilerplate=["Lire aussi : Lens, le stade Bollaert-Delelis accueillera un concert géant cet été",
               "ACTIVEZ LES ALERTES POUR RECEVOIR L'ESSENTIEL DE L'ACTU DES HAUTS-DE-FRANCE"],
  quotes=[
      ("L'Agence européenne de garde-frontières et de garde-côtes (Frontex) va déployer pour la première fois une équipe permanente sur le littoral du Pas-de-Calais", "indirect", "Hans Leijtens"),
      ("une victoire du bon sens", "direct", "Xavier Bertrand"),
      ("la région « ne paiera pas à la place de l'État »", "mixed", "Xavier Bertrand"),
      ("l'annonce arrive « avec dix ans de retard »", "mixed", "Natacha Bouchart"),
      ("des moyens, pas des drones", "direct", "Patrice Vergriete"),
      ("1 200 traversées avaient été empêchées depuis janvier", "indirect", "Hélène Vaudry"),
      ("Frontex « ne remplacera jamais une vraie politique migratoire de l'Union européenne »", "mixed", "Frédéric Cuvillier"),
      ("effet ventouse", "direct", "Jean-Marc Bertrand"),
      ("partager le fardeau", "direct", "Yvette Cooper"),
      ("Le commissaire européen aux Affaires intérieures, Magnus Brunner, sera à Calais le avr. 24", "indirect", "la Commission"),
  ],
  not_quotes=[],
  times=[
      ("mercredi", "DATE", "2025-04-09"),
      ("2021", "DATE", "2021"),
      ("dix ans", "DURATION", "P10Y"),
      ("vendredi", "DATE", "2025-04-11"),
      ("il y a six mois", "DATE", "2024-10"),
      ("janvier", "DATE", "2025-01"),
      ("juillet", "DATE", "2025-07"),
      ("le avr. 24", "DATE", "2025-04-24"),
  ],
  entities=[
      ("L:lille", "LOC", ["LILLE"], []),
      ("O:frontex", "ORG", ["Agence européenne de garde-frontières et de garde-côtes", "Frontex"], []),
      ("L:pas_de_calais", "LOC", ["Pas-de-Calais"], []),
      ("P:leijtens", "PER", ["Hans Leijtens"], []),
      ("L:calais", "LOC", ["Calais"], []),
      ("L:hauts_de_france", "LOC", ["Hauts-de-France"], []),
      ("P:xavier_bertrand", "PER", ["Xavier Bertrand"], []),
      ("P:bouchart", "PER", ["Natacha Bouchart"], []),
      ("P:retailleau", "PER", ["Bruno Retailleau"], []),
      ("L:dunkirk", "LOC", ["Dunkerque"], []),
      ("P:vergriete", "PER", ["Patrice Vergriete"], []),
      ("P:vaudry", "PER", ["Hélène Vaudry"], []),
      ("L:boulogne_sur_mer", "LOC", ["Boulogne-sur-Mer"], []),
      ("P:cuvillier", "PER", ["Frédéric Cuvillier"], []),
      ("O:eu", "ORG", ["Union européenne"], []),
      ("P:jean_marc_bertrand", "PER", ["Jean-Marc Bertrand"], []),
      ("L:etaples", "LOC", ["Étaples"], []),
      ("L:london", "LOC", ["Londres"], []),
      ("L:uk", "LOC", [], ["britannique"]),
      ("P:cooper", "PER", ["Yvette Cooper"], []),
      ("L:france", "LOC", ["France"], []),
      ("P:macron", "PER", ["Macron"], []),
      ("P:starmer", "PER", ["Keir Starmer"], []),
      ("P:brunner", "PER", ["Magnus Brunner"], []),
      ("O:european_commission", "ORG", ["Commission"], []),
  ],
  roles=[
      ("P:leijtens", "directeur exécutif", "O:frontex"),
      ("P:xavier_bertrand", "président du conseil régional", "L:hauts_de_france"),
      ("P:bouchart", "maire", "L:calais"),
      ("P:retailleau", "ministre de l'Intérieur", "L:france"),
      ("P:vergriete", "maire", "L:dunkirk"),
      ("P:vergriete", "ancien ministre des Transports", "L:france"),
      ("P:vaudry", "préfète", "L:pas_de_calais"),
      ("P:cuvillier", "maire", "L:boulogne_sur_mer"),
      ("P:cuvillier", "ex-ministre des Transports", "L:france"),
      ("P:jean_marc_bertrand", "maire", "L:etaples"),
      ("P:cooper", "ministre de l'Intérieur", "L:uk"),
      ("P:macron", "président", "L:france"),
      ("P:starmer", "Premier ministre", "L:uk"),
      ("P:brunner", "commissaire aux Affaires intérieures", "O:european_commission"),
  ])
