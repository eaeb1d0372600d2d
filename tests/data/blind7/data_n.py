# Blind test articles n01-n12 (written and annotated by hand by a single annotator).
# Events are partly invented; EVERY quote (direct, indirect, mixed) is invented.
#
# Invented people: Guennadi Loukine, Pavel Orlov, Ioulia Mardanova, Ekaterina Vorontsova (n01);
#   Rami Haddad (n02); Mona Badawi (n03); Farhana Karim (n04); Tom Brennan, Sarah Whitfield (n05);
#   Julie Makwa (n06); Walter Egger, Claudia Egger, Anne-Laure Rochat (n07); Lucía Ortega (n08);
#   Faly Rakotomanana, Celso Macuácua, Hery Ramanantsoa (n09); Ramiro Cedeño, Mariela Andrade,
#   Julio Paredes, Esteban Vera (n10); Sabine Leclerc, Jérôme Castellan, Anli Madi (n12).
# Invented bodies: cabinet Orlov & Partenaires, institut Rospolitika (n01); Fondation Egger (n07);
#   cabinet Paredes & Asociados (n10); operation « Bouclier lagon » (n12, a not_quote).
#
# Cross-document clusters (same gold id, different surface forms), among others:
#   P:putin (n01 Vladimir Poutine / n02 Poutine / n04 Vladimir Putin), P:peskov (n01 Dmitri Peskov /
#   n02 Dmitry Peskov), P:abdallah_ii (n02 Abdallah II, Abdallah / n03 Abdullah II), P:sissi
#   (n02 Abdel Fattah al-Sissi / n03 Abdel Fattah al-Sisi), P:georgieva (n03 Kristalina Georgieva /
#   n09 Kristalina Gueorguieva, Gueorguieva), P:charles_iii (n05 Charles III / n06 Charles III,
#   Charles), P:trump (n06 Donald Trump / n10 Donald Trump, TRUMP), P:toto_wolff (n07 Toto Wolff /
#   n11 Torger Christian Wolff, Toto, Wolff), P:ayuso (n08 Isabel Díaz Ayuso / n11 Isabel Diaz Ayuso),
#   P:rajoelina (n09 Andry Rajoelina / n12 RAJOELINA), P:macron (n09 Emmanuel Macron / n12 Macron),
#   O:imf (n03 Fonds monétaire international, FMI, Fonds / n09 FMI), L:madrid_region
#   (n08 Communauté de Madrid / n11 région de Madrid), L:moscow (n01 MOSCOU, Moscou / n02 / n04),
#   O:kremlin (n01 n02 n04), L:jordan (n02 n03), L:madagascar (n09 demonym only / n12 Madagascar),
#   L:austria, L:switzerland (n07 n11), O:mercedes_f1 (n07 n11), L:washington (n03 n09 n10),
#   L:paris (n09 n12), L:russia, L:egypt, L:usa, L:canada, L:spain, O:x.
#
# Hard negatives (must NOT be linked):
#   1. L:kursk_oblast ("région de Koursk") != L:kursk, the city ("ville de Koursk") (n01): region vs
#      same-named city.
#   2. P:pavel_orlov != O:orlov_partenaires, his eponymous firm (n01).
#   3. P:king_hussein (late king, "Hussein") != P:crown_prince_hussein ("Hussein ben Abdallah"),
#      grandfather and grandson (n02); both != L:king_hussein_bridge ("pont du Roi-Hussein").
#   4. P:abdallah_ii (king of Jordan, n02 n03) != P:hassan_abdalla (Egyptian central bank governor, n03).
#   5. P:mujibur_rahman (father of Sheikh Hasina) != P:tarique_rahman (BNP), same surname, unrelated
#      (n04); P:hasina and P:mujibur_rahman are relatives sharing "Sheikh".
#   6. L:dhaka ("Dacca") != O:dhaka_tribune (n04).
#   7. P:roger_cook (premier of Western Australia) != L:cook_islands ("îles Cook") (n05).
#   8. L:western_australia ("Australie-Occidentale") != L:australia (n05): state vs country.
#   9. L:victoria_state (Australian state, n05) != L:victoria_bc (capital of British Columbia, n06).
#  10. P:doug_ford != P:rob_ford, brothers (n06); both != O:ford_motor ("l'usine Ford"). The bare
#      form "Ford" is used both for Doug Ford ("M. Ford") and for the carmaker in n06.
#  11. P:walter_egger != P:claudia_egger, father and daughter (n07); both != O:egger_foundation.
#  12. L:st_gallen (city) != L:st_gallen_canton ("canton de Saint-Gall") (n07).
#  13. L:seville (city) != O:real_betis ("Betis Séville", the club) (n08).
#  14. L:madrid (city; metonym for the central government, n08) != L:madrid_region
#      ("Communauté de Madrid", n08; "région de Madrid", n11).
#  15. P:juanma_moreno (Andalusia, n08) != P:lenin_moreno (Ecuador, n10): same surname, different
#      countries.
#  16. P:daniel_noboa != P:alvaro_noboa, son and father (n10).
#  17. P:max_verstappen != P:jos_verstappen ("Jos"), son and father (n11).
#  18. P:lawrence_stroll != P:lance_stroll, father and son (n11).
#  19. P:mark_mateschitz != P:dietrich_mateschitz, son and father (n11).
#  20. O:red_bull_racing ("Red Bull Racing", "Red Bull") != O:red_bull_gmbh ("Red Bull GmbH") !=
#      L:red_bull_ring (n11).
#  21. P:younoussa_bamana != L:lycee_bamana ("lycée Younoussa-Bamana") (n12).
#  22. L:madagascar != O:gen_z_madagascar (n09); L:place_13_mai ("place du 13-Mai") is a place, not
#      a time (n09).
#  23. L:mayotte != O:chm ("Centre hospitalier de Mayotte") (n12).
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# Speakers given as a description that still denote an annotated entity.
SPEAKER_OVERRIDES = {}


# ---------------------------------------------------------------- n01 (wire dispatch)
# NOTE: "son ancien vice-gouverneur" -> of = the Kursk region (clearly implied, annotated).
# NOTE: "leur avocat, Pavel Orlov, associé du cabinet ..." -> "avocat" has of=None (possessive of
#   the clients), "associé" has of = the firm.
# NOTE: "il promet des « audits »" is treated as a short quoted fragment (direct), not a scare quote.
# NOTE: Kirienko's title keeps "de l'administration présidentielle" (not an annotated body);
#   of = L:russia, implied.
A(id="n01", published="2025-04-17",
  title="Russie : l'ex-gouverneur de Koursk écroué, le Kremlin met les régions sous pression",
  text="""
MOSCOU – L'ancien gouverneur de la région de Koursk, Alexeï Smirnov, a été placé jeudi en détention provisoire pour deux mois par un tribunal de Moscou, nouvelle étape d'une purge qui frappe les administrations régionales russes depuis l'incursion ukrainienne de l'été 2024.

Selon le Comité d'enquête, M. Smirnov et son ancien vice-gouverneur, Guennadi Loukine, auraient détourné plus d'un milliard de roubles destinés aux fortifications frontalières. Les deux hommes contestent les faits, a indiqué leur avocat, Pavel Orlov, associé du cabinet Orlov & Partenaires.

Le porte-parole du Kremlin, Dmitri Peskov, a refusé de commenter « une affaire judiciaire en cours «, tout en assurant que le président Vladimir Poutine était « tenu informé ».

LIRE AUSSI – Guerre en Ukraine : ce que l'on sait des combats autour de Soudja

Limogé Le déc. Le 5, M. Smirnov avait été remplacé par l'ancien député de la Douma Alexandre Khinchtein, nommé gouverneur par intérim dans la foulée. « Personne n'est au-dessus de la loi, surtout pas ceux qui ont laissé la frontière sans défense », a écrit mercredi soir ce dernier sur Telegram, où il promet des « audits ».

Dans la ville de Koursk, la maire, Ioulia Mardanova, a salué une décision « attendue par les habitants ».

Au moins quatre vice-gouverneurs ont été arrêtés depuis janvier, selon un décompte du quotidien Kommersant. Le gouverneur de la région voisine de Belgorod, Viatcheslav Gladkov, essuie lui aussi les critiques des blogueurs militaires.

Pour Ekaterina Vorontsova, politologue à l'institut indépendant Rospolitika, les gouverneurs sont désormais « jugés sur la sécurité, plus sur l'économie ».

Le premier chef adjoint de l'administration présidentielle, Sergueï Kirienko, doit réunir les chefs de région le mois prochain à Moscou, a précisé l'agence TASS.

Suivez l'actualité en téléchargeant notre application
""",
  boilerplate=["LIRE AUSSI – Guerre en Ukraine : ce que l'on sait des combats autour de Soudja",
               "Suivez l'actualité en téléchargeant notre application"],
  quotes=[
      ("M. Smirnov et son ancien vice-gouverneur, Guennadi Loukine, auraient détourné plus d'un milliard de roubles destinés aux fortifications frontalières", "indirect", "le Comité d'enquête"),
      ("Les deux hommes contestent les faits", "indirect", "Pavel Orlov"),
      ("une affaire judiciaire en cours", "direct", "Dmitri Peskov"),
      ("le président Vladimir Poutine était « tenu informé »", "mixed", "Dmitri Peskov"),
      ("Personne n'est au-dessus de la loi, surtout pas ceux qui ont laissé la frontière sans défense", "direct", "Alexandre Khinchtein"),
      ("audits", "direct", "Alexandre Khinchtein"),
      ("attendue par les habitants", "direct", "Ioulia Mardanova"),
      ("Au moins quatre vice-gouverneurs ont été arrêtés depuis janvier", "indirect", "Kommersant"),
      ("les gouverneurs sont désormais « jugés sur la sécurité, plus sur l'économie »", "mixed", "Ekaterina Vorontsova"),
      ("Le premier chef adjoint de l'administration présidentielle, Sergueï Kirienko, doit réunir les chefs de région le mois prochain à Moscou", "indirect", "TASS"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2025-04-17"),
      ("deux mois", "DURATION", "P2M"),
      ("l'été 2024", "DATE", "2024-SU"),
      ("Le déc. Le 5", "DATE", "2024-12-05"),
      ("mercredi soir", "TIME", "2025-04-16TEV"),
      ("janvier", "DATE", "2025-01"),
      ("le mois prochain", "DATE", "2025-05"),
  ],
  entities=[
      ("L:moscow", "LOC", ["MOSCOU", "Moscou"], []),
      ("L:kursk_oblast", "LOC", ["région de Koursk"], []),
      ("L:kursk", "LOC", ["Koursk"], []),
      ("P:alexei_smirnov", "PER", ["Alexeï Smirnov", "Smirnov"], []),
      ("L:russia", "LOC", [], ["russes"]),
      ("L:ukraine", "LOC", [], ["ukrainienne"]),
      ("O:investigative_committee_ru", "ORG", ["Comité d'enquête"], []),
      ("P:loukine", "PER", ["Guennadi Loukine"], []),
      ("P:pavel_orlov", "PER", ["Pavel Orlov"], []),
      ("O:orlov_partenaires", "ORG", ["Orlov & Partenaires"], []),
      ("O:kremlin", "ORG", ["Kremlin"], []),
      ("P:peskov", "PER", ["Dmitri Peskov"], []),
      ("P:putin", "PER", ["Vladimir Poutine"], []),
      ("O:state_duma", "ORG", ["Douma"], []),
      ("P:khinshtein", "PER", ["Alexandre Khinchtein"], []),
      ("O:telegram", "ORG", ["Telegram"], []),
      ("P:mardanova", "PER", ["Ioulia Mardanova"], []),
      ("O:kommersant", "ORG", ["Kommersant"], []),
      ("L:belgorod_oblast", "LOC", ["Belgorod"], []),
      ("P:gladkov", "PER", ["Viatcheslav Gladkov"], []),
      ("P:vorontsova", "PER", ["Ekaterina Vorontsova"], []),
      ("O:rospolitika", "ORG", ["Rospolitika"], []),
      ("P:kiriyenko", "PER", ["Sergueï Kirienko"], []),
      ("O:tass", "ORG", ["TASS"], []),
  ],
  roles=[
      ("P:alexei_smirnov", "ancien gouverneur", "L:kursk_oblast"),
      ("P:loukine", "ancien vice-gouverneur", "L:kursk_oblast"),
      ("P:pavel_orlov", "avocat", None),
      ("P:pavel_orlov", "associé", "O:orlov_partenaires"),
      ("P:peskov", "porte-parole", "O:kremlin"),
      ("P:putin", "président", "L:russia"),
      ("P:khinshtein", "ancien député", "O:state_duma"),
      ("P:khinshtein", "gouverneur par intérim", "L:kursk_oblast"),
      ("P:mardanova", "maire", "L:kursk"),
      ("P:gladkov", "gouverneur", "L:belgorod_oblast"),
      ("P:vorontsova", "politologue", "O:rospolitika"),
      ("P:kiriyenko", "premier chef adjoint de l'administration présidentielle", "L:russia"),
  ])


# ---------------------------------------------------------------- n02 (live blog)
# NOTE: coordinated title "le vice-Premier ministre et ministre des Affaires étrangères jordanien"
#   gives two roles, both of L:jordan.
# NOTE: bare "Hussein" (feu le roi Hussein) = P:king_hussein; "Hussein ben Abdallah" = the crown prince.
# NOTE: "roi" and "prince héritier" of L:jordan are implied (Jordan annotated).
# NOTE: "selon son entourage" after a clause with a guillemeted fragment -> mixed, speaker is a
#   description (no gold).
A(id="n02", published="2025-01-07",
  title="EN DIRECT – Syrie : le chef de la diplomatie de Damas reçu à Amman",
  text="""
09h12 – Le ministre syrien des Affaires étrangères, Assaad al-Chaibani, est arrivé ce matin à Amman pour sa première visite en Jordanie, un mois après la chute de Bachar al-Assad. Il a été accueilli par le vice-Premier ministre et ministre des Affaires étrangères jordanien, Ayman Safadi.

09h40 – « La Jordanie a toujours été aux côtés du peuple syrien, et elle le restera «, a déclaré M. Safadi, promettant une aide « sans conditions ».

10h05 – Selon la télévision publique Al-Mamlaka, les deux hommes doivent évoquer la frontière, le captagon et le retour des réfugiés syriens.

NOTIFICATIONS : ACTIVEZ LES ALERTES DE NOTRE DIRECT

11h30 – Le roi Abdallah II recevra la délégation dans l'après-midi, en présence du prince héritier Hussein ben Abdallah, a indiqué la Cour royale hachémite dans un communiqué.

12h15 – Les camions d'aide passeront par le poste-frontière de Jaber, et non par le pont du Roi-Hussein, réservé à la Cisjordanie. L'ouvrage porte le nom du grand-père du prince héritier, feu le roi Hussein.

13h50 – À Moscou, le porte-parole du Kremlin, Dmitry Peskov, a répété que l'asile accordé à Bachar el-Assad était une décision « personnelle » du président russe Poutine et qu'il n'était « pas question » d'une extradition.

15h20 – Le président de transition syrien, Ahmed al-Charaa, a salué sur X « une page nouvelle » avec Amman. L'ancien chef de Hayat Tahrir al-Cham, longtemps connu sous le nom d'Abou Mohammed al-Joulani, doit se rendre en Jordanie « dans les prochaines semaines », selon son entourage.

16h45 – Le roi Abdallah s'est entretenu par téléphone avec le président égyptien Abdel Fattah al-Sissi, selon l'agence officielle Petra.

17h30 – Pour Rami Haddad, chercheur à l'université de Jordanie, Amman veut surtout « fermer le robinet du captagon ».
""",
  boilerplate=["NOTIFICATIONS : ACTIVEZ LES ALERTES DE NOTRE DIRECT"],
  quotes=[
      ("La Jordanie a toujours été aux côtés du peuple syrien, et elle le restera", "direct", "Ayman Safadi"),
      ("sans conditions", "direct", "Ayman Safadi"),
      ("les deux hommes doivent évoquer la frontière, le captagon et le retour des réfugiés syriens", "indirect", "Al-Mamlaka"),
      ("Le roi Abdallah II recevra la délégation dans l'après-midi, en présence du prince héritier Hussein ben Abdallah", "indirect", "la Cour royale hachémite"),
      ("l'asile accordé à Bachar el-Assad était une décision « personnelle » du président russe Poutine et qu'il n'était « pas question » d'une extradition", "mixed", "Dmitry Peskov"),
      ("une page nouvelle", "direct", "Ahmed al-Charaa"),
      ("L'ancien chef de Hayat Tahrir al-Cham, longtemps connu sous le nom d'Abou Mohammed al-Joulani, doit se rendre en Jordanie « dans les prochaines semaines »", "mixed", "son entourage"),
      ("Le roi Abdallah s'est entretenu par téléphone avec le président égyptien Abdel Fattah al-Sissi", "indirect", "Petra"),
      ("Amman veut surtout « fermer le robinet du captagon »", "mixed", "Rami Haddad"),
  ],
  not_quotes=[],
  times=[
      ("09h12", "TIME", "2025-01-07T09:12"),
      ("ce matin", "TIME", "2025-01-07TMO"),
      ("un mois", "DURATION", "P1M"),
      ("09h40", "TIME", "2025-01-07T09:40"),
      ("10h05", "TIME", "2025-01-07T10:05"),
      ("11h30", "TIME", "2025-01-07T11:30"),
      ("l'après-midi", "TIME", "2025-01-07TAF"),
      ("12h15", "TIME", "2025-01-07T12:15"),
      ("13h50", "TIME", "2025-01-07T13:50"),
      ("15h20", "TIME", "2025-01-07T15:20"),
      ("les prochaines semaines", "DATE", "FUTURE_REF"),
      ("16h45", "TIME", "2025-01-07T16:45"),
      ("17h30", "TIME", "2025-01-07T17:30"),
  ],
  entities=[
      ("L:syria", "LOC", [], ["syrien"]),
      ("P:chaibani", "PER", ["Assaad al-Chaibani"], []),
      ("L:amman", "LOC", ["Amman"], []),
      ("L:jordan", "LOC", ["Jordanie"], ["jordanien"]),
      ("P:assad", "PER", ["Bachar al-Assad", "Bachar el-Assad"], []),
      ("P:safadi", "PER", ["Ayman Safadi", "Safadi"], []),
      ("O:al_mamlaka", "ORG", ["Al-Mamlaka"], []),
      ("P:abdallah_ii", "PER", ["Abdallah II", "Abdallah"], []),
      ("P:crown_prince_hussein", "PER", ["Hussein ben Abdallah"], []),
      ("O:royal_hashemite_court", "ORG", ["Cour royale hachémite"], []),
      ("L:jaber_crossing", "LOC", ["Jaber"], []),
      ("L:king_hussein_bridge", "LOC", ["pont du Roi-Hussein"], []),
      ("L:west_bank", "LOC", ["Cisjordanie"], []),
      ("P:king_hussein", "PER", ["Hussein"], []),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("O:kremlin", "ORG", ["Kremlin"], []),
      ("P:peskov", "PER", ["Dmitry Peskov"], []),
      ("L:russia", "LOC", [], ["russe"]),
      ("P:putin", "PER", ["Poutine"], []),
      ("P:charaa", "PER", ["Ahmed al-Charaa", "Abou Mohammed al-Joulani"], []),
      ("O:x", "ORG", ["X"], []),
      ("O:hts", "ORG", ["Hayat Tahrir al-Cham"], []),
      ("L:egypt", "LOC", [], ["égyptien"]),
      ("P:sissi", "PER", ["Abdel Fattah al-Sissi"], []),
      ("O:petra", "ORG", ["Petra"], []),
      ("P:rami_haddad", "PER", ["Rami Haddad"], []),
      ("O:university_of_jordan", "ORG", ["université de Jordanie"], []),
  ],
  roles=[
      ("P:chaibani", "ministre des Affaires étrangères", "L:syria"),
      ("P:safadi", "vice-Premier ministre", "L:jordan"),
      ("P:safadi", "ministre des Affaires étrangères", "L:jordan"),
      ("P:abdallah_ii", "roi", "L:jordan"),
      ("P:crown_prince_hussein", "prince héritier", "L:jordan"),
      ("P:king_hussein", "roi", "L:jordan"),
      ("P:peskov", "porte-parole", "O:kremlin"),
      ("P:putin", "président", "L:russia"),
      ("P:charaa", "président de transition", "L:syria"),
      ("P:charaa", "ancien chef", "O:hts"),
      ("P:sissi", "président", "L:egypt"),
      ("P:rami_haddad", "chercheur", "O:university_of_jordan"),
  ])


# ---------------------------------------------------------------- n03 (business brief)
# NOTE: "le gouverneur de l'institution" -> of = O:cbe (the institution named just before).
# NOTE: "près de cinq ans" -> "cinq ans" (approximation signal left out, like "plus d'un mois").
# NOTE: "Fonds" alone (la directrice générale du Fonds) is listed as a mention of O:imf.
# NOTE: "le même jour" is anaphoric to "mardi".
# NOTE: P:hassan_abdalla (Egypt) is NOT P:abdallah_ii (Jordan), who also appears here.
A(id="n03", published="2025-04-18",
  title="Égypte : la Banque centrale baisse ses taux pour la première fois depuis 2020",
  text="""
LE CAIRE – La Banque centrale d'Égypte (CBE) a abaissé jeudi ses taux directeurs de 225 points de base, sa première baisse depuis près de cinq ans. Le taux de dépôt revient à 25 %.

« L'inflation reflue plus vite que prévu et les anticipations sont désormais ancrées », a justifié le gouverneur de l'institution, Hassan Abdalla, nommé en août 2022 après la démission surprise de l'ancien gouverneur Tarek Amer.

Le mouvement était attendu depuis le mars 6, 2024, jour où la livre avait perdu plus d'un tiers de sa valeur. Pour Mona Badawi, économiste chez EFG Hermes, la banque centrale « a enfin les mains libres », même si une nouvelle poussée des prix n'est pas exclue « d'ici l'été ».

LIRE AUSSI | Suez : les recettes du canal toujours plombées par les attaques en mer Rouge

Côté gouvernement, le ministre des Finances, Ahmed Kouchouk, a salué « un signal fort pour l'investissement » et assuré que l'excédent primaire atteindrait l'objectif fixé avec le Fonds monétaire international (FMI). Il avait succédé en juillet 2024 à l'ancien ministre des Finances Mohamed Maait.

La ministre de la Planification, du Développement économique et de la Coopération internationale, Rania al-Machat, défendra la semaine prochaine à Washington le prochain décaissement du FMI, soit environ 1,2 milliard de dollars.

La directrice générale du Fonds, Kristalina Georgieva, a répété mardi que l'Égypte devait accélérer le retrait de l'État et de l'armée de l'économie. Le président Abdel Fattah al-Sisi, qui recevait le même jour le roi Abdullah II de Jordanie, n'a pas commenté la décision.

Le Premier ministre Moustafa Madbouli avait promis en février que les prix des carburants ne bougeraient pas « avant l'automne ».

TÉLÉCHARGEZ NOTRE APPLI ÉCO ET SUIVEZ LES MARCHÉS EN TEMPS RÉEL
""",
  boilerplate=["LIRE AUSSI | Suez : les recettes du canal toujours plombées par les attaques en mer Rouge",
               "TÉLÉCHARGEZ NOTRE APPLI ÉCO ET SUIVEZ LES MARCHÉS EN TEMPS RÉEL"],
  quotes=[
      ("L'inflation reflue plus vite que prévu et les anticipations sont désormais ancrées", "direct", "Hassan Abdalla"),
      ("la banque centrale « a enfin les mains libres », même si une nouvelle poussée des prix n'est pas exclue « d'ici l'été »", "mixed", "Mona Badawi"),
      ("un signal fort pour l'investissement", "direct", "Ahmed Kouchouk"),
      ("l'excédent primaire atteindrait l'objectif fixé avec le Fonds monétaire international (FMI)", "indirect", "Ahmed Kouchouk"),
      ("l'Égypte devait accélérer le retrait de l'État et de l'armée de l'économie", "indirect", "Kristalina Georgieva"),
      ("les prix des carburants ne bougeraient pas « avant l'automne »", "mixed", "Moustafa Madbouli"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2025-04-17"),
      ("cinq ans", "DURATION", "P5Y"),
      ("août 2022", "DATE", "2022-08"),
      ("le mars 6, 2024", "DATE", "2024-03-06"),
      ("l'été", "DATE", "2025-SU"),
      ("juillet 2024", "DATE", "2024-07"),
      ("la semaine prochaine", "DATE", "2025-W17"),
      ("mardi", "DATE", "2025-04-15"),
      ("le même jour", "DATE", "2025-04-15"),
      ("février", "DATE", "2025-02"),
      ("l'automne", "DATE", "2025-FA"),
  ],
  entities=[
      ("L:cairo", "LOC", ["LE CAIRE"], []),
      ("O:cbe", "ORG", ["Banque centrale d'Égypte", "CBE"], []),
      ("L:egypt", "LOC", ["Égypte"], []),
      ("P:hassan_abdalla", "PER", ["Hassan Abdalla"], []),
      ("P:tarek_amer", "PER", ["Tarek Amer"], []),
      ("P:mona_badawi", "PER", ["Mona Badawi"], []),
      ("O:efg_hermes", "ORG", ["EFG Hermes"], []),
      ("P:kouchouk", "PER", ["Ahmed Kouchouk"], []),
      ("O:imf", "ORG", ["Fonds monétaire international", "FMI", "Fonds"], []),
      ("P:maait", "PER", ["Mohamed Maait"], []),
      ("P:machat", "PER", ["Rania al-Machat"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("P:georgieva", "PER", ["Kristalina Georgieva"], []),
      ("P:sissi", "PER", ["Abdel Fattah al-Sisi"], []),
      ("P:abdallah_ii", "PER", ["Abdullah II"], []),
      ("L:jordan", "LOC", ["Jordanie"], []),
      ("P:madbouly", "PER", ["Moustafa Madbouli"], []),
  ],
  roles=[
      ("P:hassan_abdalla", "gouverneur", "O:cbe"),
      ("P:tarek_amer", "ancien gouverneur", "O:cbe"),
      ("P:mona_badawi", "économiste", "O:efg_hermes"),
      ("P:kouchouk", "ministre des Finances", "L:egypt"),
      ("P:maait", "ancien ministre des Finances", "L:egypt"),
      ("P:machat", "ministre de la Planification, du Développement économique et de la Coopération internationale", "L:egypt"),
      ("P:georgieva", "directrice générale", "O:imf"),
      ("P:sissi", "président", "L:egypt"),
      ("P:abdallah_ii", "roi", "L:jordan"),
      ("P:madbouly", "Premier ministre", "L:egypt"),
  ])


# ---------------------------------------------------------------- n04 (press review)
# NOTE: Farhana Karim: "écrit dans The Daily Star l'éditorialiste ..." -> of = O:daily_star (employer
#   given by the sentence).
# NOTE: "pour qui X ..." and "selon qui X ..." are read like "pour X," / "selon X," (mixed here).
# NOTE: Yunus's and Hossain's titles keep their complements ("du gouvernement intérimaire", "aux
#   affaires étrangères"); of = L:bangladesh, implied.
# NOTE: the Bengali signature « শেখ হাসিনা » is a not_quote and a mention of P:hasina.
# NOTE: "le « père de la nation »" is an honorific nickname in the journalist's voice -> not_quote,
#   not a role.
A(id="n04", published="2024-11-21",
  title="Revue de presse : Dacca s'inquiète de la visite du chef de la junte birmane à Moscou",
  text="""
REVUE DE PRESSE – La presse bangladaise réagit ce jeudi à la visite à Moscou du chef de la junte birmane, le général Min Aung Hlaing, reçu mardi au Kremlin par le président russe Vladimir Putin.

« Chaque accord signé à Moscou prolonge l'exil des Rohingyas », écrit dans The Daily Star l'éditorialiste Farhana Karim, pour qui Dacca « a trop longtemps compté sur la Chine et la Russie pour raisonner Naypyidaw ».

Selon le quotidien Prothom Alo, le conseiller principal du gouvernement intérimaire, Muhammad Yunus, a réuni mercredi son conseiller aux affaires étrangères, Touhid Hossain, pour préparer une lettre à l'ONU.

NEWSLETTER – Recevez chaque matin notre sélection de la presse asiatique

Le Dhaka Tribune rappelle que plus d'un million de Rohingyas vivent toujours dans les camps de Cox's Bazar et que 60 000 nouveaux réfugiés sont arrivés au Bangladesh depuis l'été dernier.

L'ancienne Première ministre Sheikh Hasina, en exil en Inde depuis août 2024, n'est pas en reste : dans un message audio signé « শেখ হাসিনা » et diffusé par la Ligue Awami, elle accuse le gouvernement Yunus d'avoir « abandonné » la frontière. La fille de Sheikh Mujibur Rahman, le « père de la nation », fait pourtant l'objet d'un mandat d'arrêt à Dacca.

Son rival de toujours, le président par intérim du Parti nationaliste du Bangladesh (BNP), Tarique Rahman, a estimé depuis Londres que seules des élections « d'ici un an » rendraient au pays sa voix face à la Birmanie.

Côté birman, le média en exil The Irrawaddy cite le rapporteur spécial de l'ONU sur le Myanmar, Tom Andrews, selon qui la junte « se sert de Moscou comme d'un bouclier ».

LIRE AUSSI – Inde : la mousson arrive avec dix jours d'avance
""",
  boilerplate=["NEWSLETTER – Recevez chaque matin notre sélection de la presse asiatique",
               "LIRE AUSSI – Inde : la mousson arrive avec dix jours d'avance"],
  quotes=[
      ("Chaque accord signé à Moscou prolonge l'exil des Rohingyas", "direct", "Farhana Karim"),
      ("Dacca « a trop longtemps compté sur la Chine et la Russie pour raisonner Naypyidaw »", "mixed", "Farhana Karim"),
      ("le conseiller principal du gouvernement intérimaire, Muhammad Yunus, a réuni mercredi son conseiller aux affaires étrangères, Touhid Hossain, pour préparer une lettre à l'ONU", "indirect", "Prothom Alo"),
      ("plus d'un million de Rohingyas vivent toujours dans les camps de Cox's Bazar et que 60 000 nouveaux réfugiés sont arrivés au Bangladesh depuis l'été dernier", "indirect", "le Dhaka Tribune"),
      ("abandonné", "direct", "Sheikh Hasina"),
      ("seules des élections « d'ici un an » rendraient au pays sa voix face à la Birmanie", "mixed", "Tarique Rahman"),
      ("la junte « se sert de Moscou comme d'un bouclier »", "mixed", "Tom Andrews"),
  ],
  not_quotes=["শেখ হাসিনা", "père de la nation"],
  times=[
      ("ce jeudi", "DATE", "2024-11-21"),
      ("mardi", "DATE", "2024-11-19"),
      ("mercredi", "DATE", "2024-11-20"),
      ("l'été dernier", "DATE", "2024-SU"),
      ("août 2024", "DATE", "2024-08"),
      ("un an", "DURATION", "P1Y"),
  ],
  entities=[
      ("L:bangladesh", "LOC", ["Bangladesh"], ["bangladaise"]),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("L:myanmar", "LOC", ["Myanmar", "Birmanie"], ["birmane", "birman"]),
      ("P:min_aung_hlaing", "PER", ["Min Aung Hlaing"], []),
      ("O:kremlin", "ORG", ["Kremlin"], []),
      ("L:russia", "LOC", ["Russie"], ["russe"]),
      ("P:putin", "PER", ["Vladimir Putin"], []),
      ("O:daily_star_bd", "ORG", ["The Daily Star"], []),
      ("P:farhana_karim", "PER", ["Farhana Karim"], []),
      ("L:dhaka", "LOC", ["Dacca"], []),
      ("L:china", "LOC", ["Chine"], []),
      ("L:naypyidaw", "LOC", ["Naypyidaw"], []),
      ("O:prothom_alo", "ORG", ["Prothom Alo"], []),
      ("P:yunus", "PER", ["Muhammad Yunus", "Yunus"], []),
      ("P:touhid_hossain", "PER", ["Touhid Hossain"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("O:dhaka_tribune", "ORG", ["Dhaka Tribune"], []),
      ("L:coxs_bazar", "LOC", ["Cox's Bazar"], []),
      ("P:hasina", "PER", ["Sheikh Hasina", "শেখ হাসিনা"], []),
      ("L:india", "LOC", ["Inde"], []),
      ("O:awami_league", "ORG", ["Ligue Awami"], []),
      ("P:mujibur_rahman", "PER", ["Sheikh Mujibur Rahman"], []),
      ("O:bnp", "ORG", ["Parti nationaliste du Bangladesh", "BNP"], []),
      ("P:tarique_rahman", "PER", ["Tarique Rahman"], []),
      ("L:london", "LOC", ["Londres"], []),
      ("O:irrawaddy", "ORG", ["The Irrawaddy"], []),
      ("P:tom_andrews", "PER", ["Tom Andrews"], []),
  ],
  roles=[
      ("P:min_aung_hlaing", "chef de la junte", "L:myanmar"),
      ("P:putin", "président", "L:russia"),
      ("P:farhana_karim", "éditorialiste", "O:daily_star_bd"),
      ("P:yunus", "conseiller principal du gouvernement intérimaire", "L:bangladesh"),
      ("P:touhid_hossain", "conseiller aux affaires étrangères", "L:bangladesh"),
      ("P:hasina", "ancienne Première ministre", "L:bangladesh"),
      ("P:tarique_rahman", "président par intérim", "O:bnp"),
      ("P:tom_andrews", "rapporteur spécial", "O:un"),
  ])


# ---------------------------------------------------------------- n05 ("ce qu'il faut retenir")
# NOTE: state premiers: "Premier ministre"/"premier ministre"/"Première ministre" of the state.
# NOTE: "trésorier fédéral" keeps "fédéral" (not a demonym); of = L:australia, implied.
# NOTE: Charles III: "chef de l'État australien" (demonym) and "roi", both of L:australia; "roi" is
#   implied by the apposition (soft).
# NOTE: "TPS" (the goods and services tax) is annotated as MISC, like a public programme.
# NOTE: Roger Cook (person) vs "îles Cook" (place); "Victoria" alone = the state here.
A(id="n05", published="2025-12-13",
  title="Australie : ce qu'il faut retenir du cabinet national de Canberra",
  text="""
Ce qu'il faut retenir de la réunion du cabinet national, vendredi à Canberra, entre le gouvernement fédéral et les dirigeants des six États et deux territoires.

• Le bras de fer sur la TPS. Le Premier ministre de Nouvelle-Galles du Sud, Chris Minns, a de nouveau dénoncé un partage de la taxe sur les produits et services « injuste pour les familles de Sydney ». Le premier ministre d'Australie-Occidentale, le travailliste Roger Cook, a répliqué que Perth « ne rendra pas un dollar ».

• Albanese temporise. Le chef du gouvernement fédéral, Anthony Albanese, rentré la veille des îles Cook, a promis une « révision indépendante » du mécanisme d'ici le mois de juin.

NOUVELLE-ZÉLANDE : LE PREMIER MINISTRE ANNONCE UN REMANIEMENT SURPRISE

• Le Trésor prudent. Selon le trésorier fédéral Jim Chalmers, le budget restera déficitaire « au moins jusqu'en 2028 ».

• Victoria isolée. La Première ministre de l'État de Victoria, Jacinta Allan, a quitté la réunion avant la fin pour se rendre à Bendigo, touchée par des inondations, où le maire, Tom Brennan, réclame l'armée depuis trois jours.

• Le Queensland en retrait. David Crisafulli, Premier ministre libéral-national du Queensland, a fait savoir par son porte-parole qu'il ne signerait « rien avant Noël ».

• L'opposition en embuscade. La cheffe de l'opposition, Sussan Ley, a raillé un « sommet des selfies ».

• La Couronne s'invite. La gouverneure générale Sam Mostyn, qui représente le chef de l'État australien, le roi Charles III, recevra les dirigeants lundi à Government House.

• L'avis de l'experte. Pour Sarah Whitfield, économiste à l'université Monash, ce sommet « n'a rien réglé, il a seulement repoussé la facture ».

ABONNEZ-VOUS À NOTRE NEWSLETTER « PACIFIQUE » POUR NE RIEN MANQUER
""",
  boilerplate=["NOUVELLE-ZÉLANDE : LE PREMIER MINISTRE ANNONCE UN REMANIEMENT SURPRISE",
               "ABONNEZ-VOUS À NOTRE NEWSLETTER « PACIFIQUE » POUR NE RIEN MANQUER"],
  quotes=[
      ("injuste pour les familles de Sydney", "direct", "Chris Minns"),
      ("Perth « ne rendra pas un dollar »", "mixed", "Roger Cook"),
      ("révision indépendante", "direct", "Anthony Albanese"),
      ("le budget restera déficitaire « au moins jusqu'en 2028 »", "mixed", "Jim Chalmers"),
      ("il ne signerait « rien avant Noël »", "mixed", "David Crisafulli"),
      ("sommet des selfies", "direct", "Sussan Ley"),
      ("ce sommet « n'a rien réglé, il a seulement repoussé la facture »", "mixed", "Sarah Whitfield"),
  ],
  not_quotes=[],
  times=[
      ("vendredi", "DATE", "2025-12-12"),
      ("la veille", "DATE", "2025-12-11"),
      ("le mois de juin", "DATE", "2026-06"),
      ("2028", "DATE", "2028"),
      ("trois jours", "DURATION", "P3D"),
      ("Noël", "DATE", "2025-12-25"),
      ("lundi", "DATE", "2025-12-15"),
  ],
  entities=[
      ("L:canberra", "LOC", ["Canberra"], []),
      ("M:gst_australia", "MISC", ["TPS"], []),
      ("L:nsw", "LOC", ["Nouvelle-Galles du Sud"], []),
      ("P:minns", "PER", ["Chris Minns"], []),
      ("L:sydney", "LOC", ["Sydney"], []),
      ("L:western_australia", "LOC", ["Australie-Occidentale"], []),
      ("P:roger_cook", "PER", ["Roger Cook"], []),
      ("L:perth", "LOC", ["Perth"], []),
      ("P:albanese", "PER", ["Anthony Albanese", "Albanese"], []),
      ("L:cook_islands", "LOC", ["îles Cook"], []),
      ("P:chalmers", "PER", ["Jim Chalmers"], []),
      ("L:victoria_state", "LOC", ["État de Victoria", "Victoria"], []),
      ("P:jacinta_allan", "PER", ["Jacinta Allan"], []),
      ("L:bendigo", "LOC", ["Bendigo"], []),
      ("P:tom_brennan", "PER", ["Tom Brennan"], []),
      ("L:queensland", "LOC", ["Queensland"], []),
      ("P:crisafulli", "PER", ["David Crisafulli"], []),
      ("P:sussan_ley", "PER", ["Sussan Ley"], []),
      ("P:mostyn", "PER", ["Sam Mostyn"], []),
      ("L:australia", "LOC", [], ["australien"]),
      ("P:charles_iii", "PER", ["Charles III"], []),
      ("L:government_house_canberra", "LOC", ["Government House"], []),
      ("P:sarah_whitfield", "PER", ["Sarah Whitfield"], []),
      ("O:monash_university", "ORG", ["université Monash"], []),
  ],
  roles=[
      ("P:minns", "Premier ministre", "L:nsw"),
      ("P:roger_cook", "premier ministre", "L:western_australia"),
      ("P:albanese", "chef du gouvernement fédéral", "L:australia"),
      ("P:chalmers", "trésorier fédéral", "L:australia"),
      ("P:jacinta_allan", "Première ministre", "L:victoria_state"),
      ("P:tom_brennan", "maire", "L:bendigo"),
      ("P:crisafulli", "Premier ministre", "L:queensland"),
      ("P:sussan_ley", "cheffe de l'opposition", "L:australia"),
      ("P:mostyn", "gouverneure générale", "L:australia"),
      ("P:charles_iii", "chef de l'État", "L:australia"),
      ("P:charles_iii", "roi", "L:australia"),
      ("P:sarah_whitfield", "économiste", "O:monash_university"),
  ])


# ---------------------------------------------------------------- n06 (Q&A interview)
# NOTE: the interviewee's answers (no marks, no reporting verb) are not annotated as quotes; only
#   the speech she reports is.
# NOTE: "Doug Ford, qui a fait de ..., premier ministre de l'Ontario depuis 2018" -> title separated
#   from the name by a relative clause.
# NOTE: bare "Ford": "M. Ford" = P:doug_ford; "l'usine Ford" = O:ford_motor.
# NOTE: David Eby: "À Victoria, le premier ministre David Eby" in the answer about British Columbia ->
#   of = L:british_columbia (implied, soft).
# NOTE: "la politologue Julie Makwa, professeure à l'Université de Calgary": politologue of=None,
#   professeure of the university.
# NOTE: "Deux ou trois ans" -> vague duration PXY.
A(id="n06", published="2025-06-03",
  title="« Le front des provinces tiendra, mais pas éternellement »",
  text="""
ENTRETIEN – Au lendemain de la réunion des premiers ministres, lundi à Saskatoon, autour du premier ministre fédéral Mark Carney, la politologue Julie Makwa, professeure à l'Université de Calgary, décrypte les tensions entre Ottawa et les provinces.

Doug Ford et Danielle Smith semblaient aux antipodes lundi. Le front des provinces est-il fissuré ?

Oui et non. Doug Ford, qui a fait de la « forteresse Ontario » son slogan, premier ministre de l'Ontario depuis 2018, veut des représailles immédiates contre les droits de douane du président américain Donald Trump. La première ministre albertaine, Danielle Smith, refuse qu'on touche au pétrole. "Sans l'Alberta, il n'y a pas de front commun", m'a confié un de ses conseillers.

M. Ford joue-t-il aussi une carte personnelle ?

Évidemment. Le frère de feu Rob Ford, l'ancien maire de Toronto, sait que l'usine Ford d'Oakville et ses milliers d'emplois pèseront lourd aux prochaines élections.

Et Ottawa ?

Mark Carney joue l'arbitre. Il a promis de « faire tomber les barrières » entre provinces d'ici le 1er juillet. Le roi Charles, souverain du Canada, l'avait déjà rappelé le mai 27 dans le discours du Trône : Charles III avait parlé d'un pays « plus uni qu'il ne le croit ».

Et la Colombie-Britannique ?

À Victoria, le premier ministre David Eby craint surtout pour le bois d'œuvre. L'hôte de la réunion, le premier ministre de la Saskatchewan Scott Moe, a lui plaidé pour la potasse et le canola, estimant que l'Ouest « paie toujours l'addition ».

Le Canada peut-il tenir ?

Deux ou trois ans, oui. Au-delà, il faudra choisir entre les provinces et Washington.

LIRE AUSSI – Donald Trump menace de nouveaux droits de douane sur l'acier canadien

Recevez notre infolettre Amériques chaque vendredi
""",
  boilerplate=["LIRE AUSSI – Donald Trump menace de nouveaux droits de douane sur l'acier canadien",
               "Recevez notre infolettre Amériques chaque vendredi"],
  quotes=[
      ("Sans l'Alberta, il n'y a pas de front commun", "direct", "un de ses conseillers"),
      ("faire tomber les barrières", "direct", "Mark Carney"),
      ("plus uni qu'il ne le croit", "direct", "Charles III"),
      ("l'Ouest « paie toujours l'addition »", "mixed", "Scott Moe"),
  ],
  not_quotes=["forteresse Ontario"],
  times=[
      ("lendemain", "DATE", "2025-06-03"),
      ("lundi", "DATE", "2025-06-02"),
      ("lundi", "DATE", "2025-06-02"),
      ("2018", "DATE", "2018"),
      ("le 1er juillet", "DATE", "2025-07-01"),
      ("le mai 27", "DATE", "2025-05-27"),
      ("Deux ou trois ans", "DURATION", "PXY"),
  ],
  entities=[
      ("L:saskatoon", "LOC", ["Saskatoon"], []),
      ("P:carney", "PER", ["Mark Carney"], []),
      ("P:julie_makwa", "PER", ["Julie Makwa"], []),
      ("O:university_of_calgary", "ORG", ["Université de Calgary"], []),
      ("L:ottawa", "LOC", ["Ottawa"], []),
      ("P:doug_ford", "PER", ["Doug Ford", "Ford"], []),
      ("P:danielle_smith", "PER", ["Danielle Smith"], []),
      ("L:ontario", "LOC", ["Ontario"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("L:alberta", "LOC", ["Alberta"], ["albertaine"]),
      ("P:rob_ford", "PER", ["Rob Ford"], []),
      ("L:toronto", "LOC", ["Toronto"], []),
      ("O:ford_motor", "ORG", ["Ford"], []),
      ("L:oakville", "LOC", ["Oakville"], []),
      ("P:charles_iii", "PER", ["Charles", "Charles III"], []),
      ("L:canada", "LOC", ["Canada"], []),
      ("L:british_columbia", "LOC", ["Colombie-Britannique"], []),
      ("L:victoria_bc", "LOC", ["Victoria"], []),
      ("P:david_eby", "PER", ["David Eby"], []),
      ("L:saskatchewan", "LOC", ["Saskatchewan"], []),
      ("P:scott_moe", "PER", ["Scott Moe"], []),
      ("L:western_canada", "LOC", ["Ouest"], []),
      ("L:washington", "LOC", ["Washington"], []),
  ],
  roles=[
      ("P:carney", "premier ministre fédéral", "L:canada"),
      ("P:julie_makwa", "politologue", None),
      ("P:julie_makwa", "professeure", "O:university_of_calgary"),
      ("P:doug_ford", "premier ministre", "L:ontario"),
      ("P:trump", "président", "L:usa"),
      ("P:danielle_smith", "première ministre", "L:alberta"),
      ("P:rob_ford", "ancien maire", "L:toronto"),
      ("P:charles_iii", "souverain", "L:canada"),
      ("P:david_eby", "premier ministre", "L:british_columbia"),
      ("P:scott_moe", "premier ministre", "L:saskatchewan"),
  ])


# ---------------------------------------------------------------- n07 (obituary)
# NOTE: the opening death notice followed by "a annoncé sa famille" is a postposed indirect quote
#   (speaker a description).
# NOTE: "où il fut, pendant douze ans, conseiller d'État chargé des finances" -> title separated from
#   the name by a clause; of = the canton.
# NOTE: "président de la Confédération": "Confédération" = L:switzerland; the title keeps its
#   official complement.
# NOTE: "Son ministre des Affaires étrangères" (possessive, after the chancellor) -> of = L:austria.
# NOTE: "l'Autrichien Toto Wolff" -> nationality demonym, no role from it.
A(id="n07", published="2023-09-18",
  title="Mort de Walter Egger, le diplomate suisse qui rapprocha Berne et Vienne",
  text="""
NÉCROLOGIE – Walter Egger, ancien ambassadeur de Suisse en Autriche et artisan discret du rapprochement entre Berne et Vienne, est mort samedi à Saint-Gall, sa ville natale, a annoncé sa famille.

Né le mars 3, 1939 dans une famille de brodeurs, ce juriste de formation avait d'abord siégé au gouvernement du canton de Saint-Gall, où il fut, pendant douze ans, conseiller d'État chargé des finances, avant d'être nommé à Vienne en 1988 par le Conseil fédéral.

DIPLOMATIE : BERNE ET BRUXELLES RELANCENT LES NÉGOCIATIONS

« C'était un homme de ponts, pas de murs «, a réagi dimanche le président de la Confédération, Alain Berset, saluant « un serviteur discret de l'État ».

À Vienne, le chancelier Karl Nehammer a rappelé que le diplomate avait œuvré, dès la chute du rideau de fer, à l'ouverture des universités autrichiennes aux étudiants d'Europe de l'Est. Son ministre des Affaires étrangères, Alexander Schallenberg, a salué sur X « un Européen avant l'heure ». Le président autrichien, Alexander Van der Bellen, a adressé ses condoléances à la famille.

Parmi les hommages figure aussi celui de l'Autrichien Toto Wolff, directeur de l'écurie Mercedes, que le diplomate avait conseillé à ses débuts dans la finance : « Il m'a appris à négocier sans jamais élever la voix. »

Après sa retraite, en 2004, Walter Egger avait créé une fondation pour les échanges d'apprentis entre les deux pays. Sa fille, Claudia Egger, directrice de la Fondation Egger, a décrit un père « exigeant mais drôle ».

L'actuelle ambassadrice de Suisse à Vienne, Anne-Laure Rochat, a ouvert lundi un livre de condoléances. Les obsèques auront lieu vendredi en la cathédrale de Saint-Gall.

Lire aussi : Autriche, l'inflation reste au-dessus de 7 %
""",
  boilerplate=["DIPLOMATIE : BERNE ET BRUXELLES RELANCENT LES NÉGOCIATIONS",
               "Lire aussi : Autriche, l'inflation reste au-dessus de 7 %"],
  quotes=[
      ("Walter Egger, ancien ambassadeur de Suisse en Autriche et artisan discret du rapprochement entre Berne et Vienne, est mort samedi à Saint-Gall, sa ville natale", "indirect", "sa famille"),
      ("C'était un homme de ponts, pas de murs", "direct", "Alain Berset"),
      ("un serviteur discret de l'État", "direct", "Alain Berset"),
      ("le diplomate avait œuvré, dès la chute du rideau de fer, à l'ouverture des universités autrichiennes aux étudiants d'Europe de l'Est", "indirect", "Karl Nehammer"),
      ("un Européen avant l'heure", "direct", "Alexander Schallenberg"),
      ("Il m'a appris à négocier sans jamais élever la voix.", "direct", "Toto Wolff"),
      ("exigeant mais drôle", "direct", "Claudia Egger"),
  ],
  not_quotes=[],
  times=[
      ("samedi", "DATE", "2023-09-16"),
      ("le mars 3, 1939", "DATE", "1939-03-03"),
      ("douze ans", "DURATION", "P12Y"),
      ("1988", "DATE", "1988"),
      ("dimanche", "DATE", "2023-09-17"),
      ("2004", "DATE", "2004"),
      ("lundi", "DATE", "2023-09-18"),
      ("vendredi", "DATE", "2023-09-22"),
  ],
  entities=[
      ("P:walter_egger", "PER", ["Walter Egger"], []),
      ("L:switzerland", "LOC", ["Suisse", "Confédération"], []),
      ("L:austria", "LOC", ["Autriche"], ["autrichiennes", "autrichien", "Autrichien"]),
      ("L:bern", "LOC", ["Berne"], []),
      ("L:vienna", "LOC", ["Vienne"], []),
      ("L:st_gallen", "LOC", ["Saint-Gall"], []),
      ("L:st_gallen_canton", "LOC", ["canton de Saint-Gall"], []),
      ("O:swiss_federal_council", "ORG", ["Conseil fédéral"], []),
      ("P:berset", "PER", ["Alain Berset"], []),
      ("P:nehammer", "PER", ["Karl Nehammer"], []),
      ("L:eastern_europe", "LOC", ["Europe de l'Est"], []),
      ("P:schallenberg", "PER", ["Alexander Schallenberg"], []),
      ("O:x", "ORG", ["X"], []),
      ("P:van_der_bellen", "PER", ["Alexander Van der Bellen"], []),
      ("P:toto_wolff", "PER", ["Toto Wolff"], []),
      ("O:mercedes_f1", "ORG", ["Mercedes"], []),
      ("P:claudia_egger", "PER", ["Claudia Egger"], []),
      ("O:egger_foundation", "ORG", ["Fondation Egger"], []),
      ("P:rochat", "PER", ["Anne-Laure Rochat"], []),
      ("L:st_gallen_cathedral", "LOC", ["cathédrale de Saint-Gall"], []),
  ],
  roles=[
      ("P:walter_egger", "ancien ambassadeur", "L:switzerland"),
      ("P:walter_egger", "conseiller d'État chargé des finances", "L:st_gallen_canton"),
      ("P:berset", "président de la Confédération", "L:switzerland"),
      ("P:nehammer", "chancelier", "L:austria"),
      ("P:schallenberg", "ministre des Affaires étrangères", "L:austria"),
      ("P:van_der_bellen", "président", "L:austria"),
      ("P:toto_wolff", "directeur", "O:mercedes_f1"),
      ("P:claudia_egger", "directrice", "O:egger_foundation"),
      ("P:rochat", "ambassadrice", "L:switzerland"),
  ])


# ---------------------------------------------------------------- n08 (portrait)
# NOTE: "dirige la région la plus peuplée d'Espagne" is NOT a title (qui dirige ...).
# NOTE: « Juanma » is a nickname (not_quote) and a mention; « modération » is a scare quote in the
#   journalist's voice (not_quote).
# NOTE: "Cet ancien secrétaire d'État aux Services sociaux du gouvernement Rajoy" -> role of Moreno,
#   whose name is in the previous sentence; of = L:spain, implied (soft).
# NOTE: the lehendakari's title is explained by a dash incise; of = L:basque_country.
# NOTE: "Madrid" alone = L:madrid (metonym for the central government), not the region.
A(id="n08", published="2025-11-20",
  title="Juanma Moreno, le baron andalou qui tient tête à Madrid",
  text="""
PORTRAIT – À le voir arpenter les casetas de la Feria, à Séville, écharpe du Betis Séville au cou, on oublierait presque que cet homme affable, « Juanma » pour tous les Andalous, dirige la région la plus peuplée d'Espagne depuis le janv. 18, 2019.

Le président de la Junta de Andalucía, Juan Manuel Moreno Bonilla, réélu avec une majorité absolue en 2022, a fait de la « modération » sa marque. “Je ne suis l'ennemi de personne, mais je ne suis le vassal de personne non plus », confiait-il le mois dernier à la radio Cadena SER.

Cet ancien secrétaire d'État aux Services sociaux du gouvernement Rajoy affrontera au scrutin de juin prochain la première vice-présidente et ministre des Finances, María Jesús Montero, qui propose d'effacer une partie de la dette des régions. Moreno y voit « un cadeau empoisonné » destiné à acheter le soutien des indépendantistes de Catalogne.

LIRE AUSSI : Valence, un an après les inondations, la colère ne retombe pas

Au palais de San Telmo, on observe avec envie la méthode basque. Le lehendakari – le président du gouvernement régional du Pays basque –, Imanol Pradales, a arraché en octobre à Madrid un calendrier pour le transfert de la sécurité sociale, a fait savoir son cabinet.

Sa ligne agace pourtant dans son propre camp. La présidente de la Communauté de Madrid, Isabel Díaz Ayuso, a ironisé sur un « baron qui prend le thé avec Sánchez ». Le chef du gouvernement socialiste, Pedro Sánchez, lui, le qualifie de « meilleur allié de Vox ». Quant au président du Parti populaire (PP), Alberto Núñez Feijóo, il se garde de trancher.

Pour Lucía Ortega, politologue à l'université de Grenade, Moreno « joue la montre ».

Recevez chaque semaine notre lettre Europe du Sud
""",
  boilerplate=["LIRE AUSSI : Valence, un an après les inondations, la colère ne retombe pas",
               "Recevez chaque semaine notre lettre Europe du Sud"],
  quotes=[
      ("Je ne suis l'ennemi de personne, mais je ne suis le vassal de personne non plus", "direct", "Juan Manuel Moreno Bonilla"),
      ("un cadeau empoisonné", "direct", "Juan Manuel Moreno Bonilla"),
      ("Le lehendakari – le président du gouvernement régional du Pays basque –, Imanol Pradales, a arraché en octobre à Madrid un calendrier pour le transfert de la sécurité sociale", "indirect", "son cabinet"),
      ("baron qui prend le thé avec Sánchez", "direct", "Isabel Díaz Ayuso"),
      ("meilleur allié de Vox", "direct", "Pedro Sánchez"),
      ("Moreno « joue la montre »", "mixed", "Lucía Ortega"),
  ],
  not_quotes=["Juanma", "modération"],
  times=[
      ("le janv. 18, 2019", "DATE", "2019-01-18"),
      ("2022", "DATE", "2022"),
      ("le mois dernier", "DATE", "2025-10"),
      ("juin prochain", "DATE", "2026-06"),
      ("octobre", "DATE", "2025-10"),
  ],
  entities=[
      ("M:feria_de_abril", "MISC", ["Feria"], []),
      ("L:seville", "LOC", ["Séville"], []),
      ("O:real_betis", "ORG", ["Betis Séville"], []),
      ("P:juanma_moreno", "PER", ["Juanma", "Juan Manuel Moreno Bonilla", "Moreno"], []),
      ("L:andalusia", "LOC", [], ["Andalous"]),
      ("L:spain", "LOC", ["Espagne"], []),
      ("O:junta_andalucia", "ORG", ["Junta de Andalucía"], []),
      ("O:cadena_ser", "ORG", ["Cadena SER"], []),
      ("P:rajoy", "PER", ["Rajoy"], []),
      ("P:montero", "PER", ["María Jesús Montero"], []),
      ("L:catalonia", "LOC", ["Catalogne"], []),
      ("L:san_telmo_palace", "LOC", ["palais de San Telmo"], []),
      ("L:basque_country", "LOC", ["Pays basque"], ["basque"]),
      ("P:pradales", "PER", ["Imanol Pradales"], []),
      ("L:madrid", "LOC", ["Madrid"], []),
      ("L:madrid_region", "LOC", ["Communauté de Madrid"], []),
      ("P:ayuso", "PER", ["Isabel Díaz Ayuso"], []),
      ("P:sanchez", "PER", ["Pedro Sánchez", "Sánchez"], []),
      ("O:vox", "ORG", ["Vox"], []),
      ("O:pp_spain", "ORG", ["Parti populaire", "PP"], []),
      ("P:feijoo", "PER", ["Alberto Núñez Feijóo"], []),
      ("P:lucia_ortega", "PER", ["Lucía Ortega"], []),
      ("O:university_of_granada", "ORG", ["université de Grenade"], []),
  ],
  roles=[
      ("P:juanma_moreno", "président", "O:junta_andalucia"),
      ("P:juanma_moreno", "ancien secrétaire d'État aux Services sociaux", "L:spain"),
      ("P:montero", "première vice-présidente", "L:spain"),
      ("P:montero", "ministre des Finances", "L:spain"),
      ("P:pradales", "lehendakari", "L:basque_country"),
      ("P:ayuso", "présidente", "L:madrid_region"),
      ("P:sanchez", "chef du gouvernement", "L:spain"),
      ("P:feijoo", "président", "O:pp_spain"),
      ("P:lucia_ortega", "politologue", "O:university_of_granada"),
  ])


# ---------------------------------------------------------------- n09 (wire dispatch)
# NOTE: "investi président de la transition" (appointment) -> role, of = L:madagascar (demonym
#   "malgache" in the article); "colonel" is a rank, not a role.
# NOTE: "un Premier ministre civil, l'économiste Faly Rakotomanana, ancien cadre de la BAD" -> three
#   roles (Premier ministre of L:madagascar, économiste of None, ancien cadre of O:afdb).
# NOTE: "Le président déchu" -> title "président déchu" (like "ancien").
# NOTE: "Son porte-parole, Celso Macuácua" after naming the Frelimo -> of = O:frelimo.
# NOTE: "place du 13-Mai" is a place name; its date is not a time expression.
# NOTE: « Gen Z Madagascar » is a movement name (not_quote) and an ORG mention.
A(id="n09", published="2025-10-20",
  title="Madagascar : le colonel Randrianirina nomme un Premier ministre civil",
  text="""
ANTANANARIVO – Le colonel Michael Randrianirina, investi président de la transition Le oct. Le 17, a nommé dimanche un Premier ministre civil, l'économiste Faly Rakotomanana, ancien cadre de la Banque africaine de développement (BAD).

Le président déchu, Andry Rajoelina, a quitté le pays à bord d'un avion militaire français, selon une source diplomatique. À Paris, le président français Emmanuel Macron a assuré qu'il n'y avait eu « aucune ingérence » de la France et que Paris restait « aux côtés du peuple malgache ».

ALERTE INFO : RECEVEZ NOS NOTIFICATIONS AFRIQUE SUR WHATSAPP

« Nous ne laisserons pas le pays retomber dans l'ornière. La jeunesse a parlé, l'armée a écouté », a déclaré le nouveau chef de l'État devant les manifestants du mouvement « Gen Z Madagascar », place du 13-Mai, où la foule scandait le nom de son unité, le Capsat.

À Washington, la directrice générale du FMI, Kristalina Gueorguieva, a indiqué que le programme de 330 millions de dollars conclu l'an dernier était « suspendu, pas annulé ». Selon Gueorguieva, une mission pourrait revenir à Antananarivo « dès janvier ».

De l'autre côté du canal, au Mozambique, le président Daniel Chapo suit la situation de près. Le Frelimo, au pouvoir à Maputo depuis cinquante ans, redoute la contagion. Son porte-parole, Celso Macuácua, a estimé jeudi que la crise malgache rappelait « les heures sombres » des violences post-électorales de fin 2024.

Pour Hery Ramanantsoa, chercheur à l'université d'Antananarivo, les militaires « ont promis des élections d'ici deux ans, mais personne n'y croit vraiment ».

Lire aussi – Comores : l'opposition dénonce un « hold-up » législatif
""",
  boilerplate=["ALERTE INFO : RECEVEZ NOS NOTIFICATIONS AFRIQUE SUR WHATSAPP",
               "Lire aussi – Comores : l'opposition dénonce un « hold-up » législatif"],
  quotes=[
      ("Le président déchu, Andry Rajoelina, a quitté le pays à bord d'un avion militaire français", "indirect", "une source diplomatique"),
      ("il n'y avait eu « aucune ingérence » de la France et que Paris restait « aux côtés du peuple malgache »", "mixed", "Emmanuel Macron"),
      ("Nous ne laisserons pas le pays retomber dans l'ornière. La jeunesse a parlé, l'armée a écouté", "direct", "Michael Randrianirina"),
      ("le programme de 330 millions de dollars conclu l'an dernier était « suspendu, pas annulé »", "mixed", "Kristalina Gueorguieva"),
      ("une mission pourrait revenir à Antananarivo « dès janvier »", "mixed", "Kristalina Gueorguieva"),
      ("la crise malgache rappelait « les heures sombres » des violences post-électorales de fin 2024", "mixed", "Celso Macuácua"),
      ("les militaires « ont promis des élections d'ici deux ans, mais personne n'y croit vraiment »", "mixed", "Hery Ramanantsoa"),
  ],
  not_quotes=["Gen Z Madagascar"],
  times=[
      ("Le oct. Le 17", "DATE", "2025-10-17"),
      ("dimanche", "DATE", "2025-10-19"),
      ("l'an dernier", "DATE", "2024"),
      ("janvier", "DATE", "2026-01"),
      ("cinquante ans", "DURATION", "P50Y"),
      ("jeudi", "DATE", "2025-10-16"),
      ("fin 2024", "DATE", "2024"),
      ("deux ans", "DURATION", "P2Y"),
  ],
  entities=[
      ("L:antananarivo", "LOC", ["ANTANANARIVO", "Antananarivo"], []),
      ("P:randrianirina", "PER", ["Michael Randrianirina"], []),
      ("L:madagascar", "LOC", [], ["malgache"]),
      ("P:rakotomanana", "PER", ["Faly Rakotomanana"], []),
      ("O:afdb", "ORG", ["Banque africaine de développement", "BAD"], []),
      ("P:rajoelina", "PER", ["Andry Rajoelina"], []),
      ("L:france", "LOC", ["France"], ["français"]),
      ("L:paris", "LOC", ["Paris"], []),
      ("P:macron", "PER", ["Emmanuel Macron"], []),
      ("O:gen_z_madagascar", "ORG", ["Gen Z Madagascar"], []),
      ("L:place_13_mai", "LOC", ["place du 13-Mai"], []),
      ("O:capsat", "ORG", ["Capsat"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("O:imf", "ORG", ["FMI"], []),
      ("P:georgieva", "PER", ["Kristalina Gueorguieva", "Gueorguieva"], []),
      ("L:mozambique", "LOC", ["Mozambique"], []),
      ("P:chapo", "PER", ["Daniel Chapo"], []),
      ("O:frelimo", "ORG", ["Frelimo"], []),
      ("L:maputo", "LOC", ["Maputo"], []),
      ("P:macuacua", "PER", ["Celso Macuácua"], []),
      ("P:ramanantsoa", "PER", ["Hery Ramanantsoa"], []),
      ("O:university_of_antananarivo", "ORG", ["université d'Antananarivo"], []),
  ],
  roles=[
      ("P:randrianirina", "président de la transition", "L:madagascar"),
      ("P:rakotomanana", "Premier ministre", "L:madagascar"),
      ("P:rakotomanana", "économiste", None),
      ("P:rakotomanana", "ancien cadre", "O:afdb"),
      ("P:rajoelina", "président déchu", "L:madagascar"),
      ("P:macron", "président", "L:france"),
      ("P:georgieva", "directrice générale", "O:imf"),
      ("P:chapo", "président", "L:mozambique"),
      ("P:macuacua", "porte-parole", "O:frelimo"),
      ("P:ramanantsoa", "chercheur", "O:university_of_antananarivo"),
  ])


# ---------------------------------------------------------------- n10 (court report)
# NOTE: incise inside the marks (« A, a-t-il lancé, B. ») -> two direct quotes.
# NOTE: "a dénoncé un « procès politique » voulu, selon lui, par ..." -> only the fragment is
#   annotated (direct); the "selon lui" incise is not a separate quote (soft).
# NOTE: "Son avocat, Julio Paredes, du cabinet Paredes & Asociados" -> of = the firm.
# NOTE: "le milliardaire Álvaro Noboa, père de l'actuel chef de l'État" -> occupation, of None.
# NOTE: the placard slogan is a not_quote; "TRUMP" and "HONDURAS" inside it are still mentions.
# NOTE: "Le juge Esteban Vera" -> of = O:cnj, implied (the court annotated in the article).
A(id="n10", published="2025-12-05",
  title="Équateur : l'ex-préfet du Guayas jugé pour blanchiment au profit des Choneros",
  text="""
QUITO – Le procès de Ramiro Cedeño, ancien préfet de la province du Guayas, accusé d'avoir blanchi l'argent du gang Los Choneros, s'est ouvert jeudi devant la Cour nationale de justice, dans une salle placée sous haute surveillance, symbole d'un Équateur gangrené par le narcotrafic.

La procureure générale par intérim, Mariela Andrade, a requis trente ans de prison, estimant que l'accusé avait « mis la province au service des narcos ». Nommé préfet en 2019 par l'ancien président Lenín Moreno, M. Cedeño avait auparavant travaillé pour le groupe bananier du milliardaire Álvaro Noboa, père de l'actuel chef de l'État.

Son avocat, Julio Paredes, du cabinet Paredes & Asociados, a dénoncé un « procès politique » voulu, selon lui, par le président Daniel Noboa. « Si Washington peut gracier un ancien chef d'État condamné pour trafic de drogue, a-t-il lancé, qu'on ne vienne pas nous parler de morale. »

PUBLICITÉ

L'allusion vise l'ancien président hondurien Juan Orlando Hernández, condamné à New York en 2024 et gracié le 1er décembre par le président américain Donald Trump.

La décision a provoqué la colère à Tegucigalpa, où la présidente sortante, Xiomara Castro, dénonce une « ingérence » dans le dépouillement de la présidentielle du 30 novembre. Son époux, l'ancien président Manuel Zelaya, renversé en 2009, accuse l'ancien maire de Tegucigalpa Nasry Asfura, candidat de la droite, de vouloir « voler l'élection ». Devant le Congrès, des manifestants brandissaient lundi des pancartes « TRUMP, FUERA DE HONDURAS ».

Le juge Esteban Vera a suspendu l'audience jusqu'à mardi. Le verdict est attendu d'ici trois semaines, a précisé le service de presse de la Cour.

SUIVEZ-NOUS SUR INSTAGRAM ET TIKTOK
""",
  boilerplate=["PUBLICITÉ", "SUIVEZ-NOUS SUR INSTAGRAM ET TIKTOK"],
  quotes=[
      ("l'accusé avait « mis la province au service des narcos »", "mixed", "Mariela Andrade"),
      ("procès politique", "direct", "Julio Paredes"),
      ("Si Washington peut gracier un ancien chef d'État condamné pour trafic de drogue", "direct", "Julio Paredes"),
      ("qu'on ne vienne pas nous parler de morale.", "direct", "Julio Paredes"),
      ("ingérence", "direct", "Xiomara Castro"),
      ("voler l'élection", "direct", "Manuel Zelaya"),
      ("Le verdict est attendu d'ici trois semaines", "indirect", "le service de presse de la Cour"),
  ],
  not_quotes=["TRUMP, FUERA DE HONDURAS"],
  times=[
      ("jeudi", "DATE", "2025-12-04"),
      ("trente ans", "DURATION", "P30Y"),
      ("2019", "DATE", "2019"),
      ("2024", "DATE", "2024"),
      ("le 1er décembre", "DATE", "2025-12-01"),
      ("30 novembre", "DATE", "2025-11-30"),
      ("2009", "DATE", "2009"),
      ("lundi", "DATE", "2025-12-01"),
      ("mardi", "DATE", "2025-12-09"),
      ("trois semaines", "DURATION", "P3W"),
  ],
  entities=[
      ("L:quito", "LOC", ["QUITO"], []),
      ("P:cedeno", "PER", ["Ramiro Cedeño", "Cedeño"], []),
      ("L:guayas", "LOC", ["Guayas"], []),
      ("O:los_choneros", "ORG", ["Los Choneros"], []),
      ("O:cnj_ecuador", "ORG", ["Cour nationale de justice", "Cour"], []),
      ("L:ecuador", "LOC", ["Équateur"], []),
      ("P:mariela_andrade", "PER", ["Mariela Andrade"], []),
      ("P:lenin_moreno", "PER", ["Lenín Moreno"], []),
      ("P:alvaro_noboa", "PER", ["Álvaro Noboa"], []),
      ("P:julio_paredes", "PER", ["Julio Paredes"], []),
      ("O:paredes_asociados", "ORG", ["Paredes & Asociados"], []),
      ("P:daniel_noboa", "PER", ["Daniel Noboa"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("L:honduras", "LOC", ["HONDURAS"], ["hondurien"]),
      ("P:juan_orlando_hernandez", "PER", ["Juan Orlando Hernández"], []),
      ("L:new_york", "LOC", ["New York"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("P:trump", "PER", ["Donald Trump", "TRUMP"], []),
      ("L:tegucigalpa", "LOC", ["Tegucigalpa"], []),
      ("P:xiomara_castro", "PER", ["Xiomara Castro"], []),
      ("P:zelaya", "PER", ["Manuel Zelaya"], []),
      ("P:asfura", "PER", ["Nasry Asfura"], []),
      ("O:congress_honduras", "ORG", ["Congrès"], []),
      ("P:esteban_vera", "PER", ["Esteban Vera"], []),
  ],
  roles=[
      ("P:cedeno", "ancien préfet", "L:guayas"),
      ("P:mariela_andrade", "procureure générale par intérim", "L:ecuador"),
      ("P:lenin_moreno", "ancien président", "L:ecuador"),
      ("P:alvaro_noboa", "milliardaire", None),
      ("P:julio_paredes", "avocat", "O:paredes_asociados"),
      ("P:daniel_noboa", "président", "L:ecuador"),
      ("P:juan_orlando_hernandez", "ancien président", "L:honduras"),
      ("P:trump", "président", "L:usa"),
      ("P:xiomara_castro", "présidente sortante", "L:honduras"),
      ("P:zelaya", "ancien président", "L:honduras"),
      ("P:asfura", "ancien maire", "L:tegucigalpa"),
      ("P:esteban_vera", "juge", "O:cnj_ecuador"),
  ])


# ---------------------------------------------------------------- n11 (sports report)
# NOTE: "le pilote Red Bull" (speaker description) is not attached to the name -> no role.
# NOTE: coordinated "le directeur et copropriétaire de l'écurie, Torger Christian Wolff" -> two roles
#   of O:mercedes_f1; « Toto » is a nickname (not_quote) and a mention.
# NOTE: bare "Red Bull" = the team (O:red_bull_racing); "Red Bull GmbH" = the company; "Red Bull Ring"
#   = the circuit.
# NOTE: "Son père Jos, ancien pilote de F1" -> of None (F1 is an event/championship, MISC).
# NOTE: "le directeur du programme" / "Le directeur d'équipe" after "garage suisse d'Audi" -> of
#   O:audi_f1, implied.
# NOTE: "l'actionnaire majoritaire Mark Mateschitz" and "fondateur Dietrich Mateschitz" -> of
#   O:red_bull_gmbh, implied by the preceding "PDG de Red Bull GmbH".
A(id="n11", published="2026-06-29",
  title="F1 : Verstappen roi d'Autriche, Audi fête son premier podium",
  text="""
SPIELBERG (Autriche) – Max Verstappen a remporté dimanche le Grand Prix d'Autriche sur le Red Bull Ring, le circuit de ses patrons, devant George Russell et le jeune Brésilien Gabriel Bortoleto, auteur du premier podium de l'histoire d'Audi.

“C'est ici que tout a commencé pour moi, et c'est ici que je voulais répondre aux critiques”, a lancé le pilote Red Bull à la descente de voiture. Son père Jos, ancien pilote de F1, l'attendait au pied du podium.

Le directeur d'équipe de Red Bull Racing, Laurent Mekies, a estimé que la monoplace avait enfin « trouvé sa fenêtre », deux semaines après l'abandon de Barcelone.

FOOTBALL : LE PSG PROLONGE SON ENTRAÎNEUR JUSQU'EN 2029

Chez Mercedes, le directeur et copropriétaire de l'écurie, Torger Christian Wolff – « Toto » pour tout le paddock –, a félicité Russell mais reconnu que l'équipe « manquait encore d'un dixième au tour ».

La vraie fête était dans le garage suisse d'Audi, installé à Hinwil. Selon le directeur du programme, Mattia Binotto, ce podium « vaut plus qu'une victoire ». Le directeur d'équipe, Jonathan Wheatley, ancien de Red Bull, a promis d'offrir la tournée au village de Spielberg.

L'autre Brésilien attendu, Felipe Drugovich, pilote de réserve d'Aston Martin, n'a pas roulé. Le propriétaire de l'écurie britannique, le milliardaire Lawrence Stroll, a une nouvelle fois défendu son fils Lance Stroll, onzième : « Il progresse à chaque course », a-t-il assuré.

Dans le paddock, la présidente de la région de Madrid, Isabel Diaz Ayuso, venue promouvoir le Grand Prix de Madrid de septembre, a croisé le PDG de Red Bull GmbH, Oliver Mintzlaff, et l'actionnaire majoritaire Mark Mateschitz, fils du fondateur Dietrich Mateschitz.

Prochaine manche dimanche prochain à Silverstone.

TÉLÉCHARGEZ L'APPLI SPORT : TOUS LES RÉSULTATS EN DIRECT
""",
  boilerplate=["FOOTBALL : LE PSG PROLONGE SON ENTRAÎNEUR JUSQU'EN 2029",
               "TÉLÉCHARGEZ L'APPLI SPORT : TOUS LES RÉSULTATS EN DIRECT"],
  quotes=[
      ("C'est ici que tout a commencé pour moi, et c'est ici que je voulais répondre aux critiques", "direct", "Max Verstappen"),
      ("la monoplace avait enfin « trouvé sa fenêtre »", "mixed", "Laurent Mekies"),
      ("l'équipe « manquait encore d'un dixième au tour »", "mixed", "Torger Christian Wolff"),
      ("ce podium « vaut plus qu'une victoire »", "mixed", "Mattia Binotto"),
      ("Il progresse à chaque course", "direct", "Lawrence Stroll"),
  ],
  not_quotes=["Toto"],
  times=[
      ("dimanche", "DATE", "2026-06-28"),
      ("deux semaines", "DURATION", "P2W"),
      ("septembre", "DATE", "2026-09"),
      ("dimanche prochain", "DATE", "2026-07-05"),
  ],
  entities=[
      ("L:spielberg", "LOC", ["SPIELBERG", "Spielberg"], []),
      ("L:austria", "LOC", ["Autriche"], []),
      ("P:max_verstappen", "PER", ["Max Verstappen"], []),
      ("M:austrian_gp", "MISC", ["Grand Prix d'Autriche"], []),
      ("L:red_bull_ring", "LOC", ["Red Bull Ring"], []),
      ("P:george_russell", "PER", ["George Russell", "Russell"], []),
      ("L:brazil", "LOC", [], ["Brésilien"]),
      ("P:bortoleto", "PER", ["Gabriel Bortoleto"], []),
      ("O:audi_f1", "ORG", ["Audi"], []),
      ("O:red_bull_racing", "ORG", ["Red Bull Racing", "Red Bull"], []),
      ("P:jos_verstappen", "PER", ["Jos"], []),
      ("M:formula_one", "MISC", ["F1"], []),
      ("P:mekies", "PER", ["Laurent Mekies"], []),
      ("L:barcelona", "LOC", ["Barcelone"], []),
      ("O:mercedes_f1", "ORG", ["Mercedes"], []),
      ("P:toto_wolff", "PER", ["Torger Christian Wolff", "Toto"], []),
      ("L:switzerland", "LOC", [], ["suisse"]),
      ("L:hinwil", "LOC", ["Hinwil"], []),
      ("P:binotto", "PER", ["Mattia Binotto"], []),
      ("P:wheatley", "PER", ["Jonathan Wheatley"], []),
      ("P:drugovich", "PER", ["Felipe Drugovich"], []),
      ("O:aston_martin_f1", "ORG", ["Aston Martin"], []),
      ("L:uk", "LOC", [], ["britannique"]),
      ("P:lawrence_stroll", "PER", ["Lawrence Stroll"], []),
      ("P:lance_stroll", "PER", ["Lance Stroll"], []),
      ("L:madrid_region", "LOC", ["région de Madrid"], []),
      ("P:ayuso", "PER", ["Isabel Diaz Ayuso"], []),
      ("M:madrid_gp", "MISC", ["Grand Prix de Madrid"], []),
      ("O:red_bull_gmbh", "ORG", ["Red Bull GmbH"], []),
      ("P:mintzlaff", "PER", ["Oliver Mintzlaff"], []),
      ("P:mark_mateschitz", "PER", ["Mark Mateschitz"], []),
      ("P:dietrich_mateschitz", "PER", ["Dietrich Mateschitz"], []),
      ("L:silverstone", "LOC", ["Silverstone"], []),
  ],
  roles=[
      ("P:jos_verstappen", "ancien pilote", None),
      ("P:mekies", "directeur d'équipe", "O:red_bull_racing"),
      ("P:toto_wolff", "directeur", "O:mercedes_f1"),
      ("P:toto_wolff", "copropriétaire", "O:mercedes_f1"),
      ("P:binotto", "directeur du programme", "O:audi_f1"),
      ("P:wheatley", "directeur d'équipe", "O:audi_f1"),
      ("P:drugovich", "pilote de réserve", "O:aston_martin_f1"),
      ("P:lawrence_stroll", "propriétaire", "O:aston_martin_f1"),
      ("P:lawrence_stroll", "milliardaire", None),
      ("P:ayuso", "présidente", "L:madrid_region"),
      ("P:mintzlaff", "PDG", "O:red_bull_gmbh"),
      ("P:mark_mateschitz", "actionnaire majoritaire", "O:red_bull_gmbh"),
      ("P:dietrich_mateschitz", "fondateur", "O:red_bull_gmbh"),
  ])


# ---------------------------------------------------------------- n12 (regional daily)
# NOTE: the hospital director's quote runs over a paragraph break and is reopened with « -> one quote.
# NOTE: the union leader's quote is unclosed -> runs to the end of its paragraph.
# NOTE: "la directrice générale de l'établissement" -> of = O:chm (the hospital named before).
# NOTE: "Le président du conseil départemental" -> of = L:mayotte, implied.
# NOTE: "Aujourd'hui" inside the quote: no time of speech is given -> resolved against publication.
# NOTE: "la préfecture" as speaker is a description (no gold).
# NOTE: "Ambdilwahedou Soumaïla, réélu maire de Mamoudzou en 2020" -> election construction, role maire.
# NOTE: "le président Macron" inside the quote: France is not annotated in the article -> no role.
A(id="n12", published="2025-11-05",
  title="Mayotte : les urgences du CHM à nouveau fermées, la colère monte",
  text="""
MAYOTTE – Au Centre hospitalier de Mayotte (CHM), à Mamoudzou, le service des urgences a de nouveau fermé ses portes mardi soir, faute de médecins, alors que les arrivées de kwassa-kwassa depuis les Comores et Madagascar se multiplient depuis le mois dernier.

« Nous avons 140 patients pour 90 lits et un seul pédiatre de garde.

« Aujourd'hui, nous soignons aussi des Malgaches qui ont fui la crise », a expliqué la directrice générale de l'établissement, Sabine Leclerc.

Le préfet de Mayotte, Jérôme Castellan, a annoncé le lancement d'une opération baptisée « Bouclier lagon » et affirmé que « cinquante policiers supplémentaires » arriveraient avant la fin du mois. Dans un communiqué, la préfecture précise que 1 200 personnes ont été interpellées en mer depuis septembre.

À LA UNE : GUADELOUPE, LA GRÈVE DE L'EAU ENTRE DANS SA TROISIÈME SEMAINE

Le président du conseil départemental, Ben Issa Ousseni, réclame lui « un pont aérien sanitaire » vers La Réunion, dont la présidente de région, Huguette Bello, s'est dite « prête à aider ». Ambdilwahedou Soumaïla, réélu maire de Mamoudzou en 2020, a fait rouvrir un dispensaire de quartier.

Devant le lycée Younoussa-Bamana, le secrétaire général de la CGT-Ma, Anli Madi, a harangué les grévistes : « Younoussa Bamana, le père de la départementalisation, doit se retourner dans sa tombe. Paris nous oublie, et le président Macron le sait

Le passage par La Réunion de l'ancien président malgache RAJOELINA, exfiltré le mois dernier, n'a rien arrangé : à Moroni, le président comorien Azali Assoumani accuse Paris de « deux poids, deux mesures ».

Rendez-vous jeudi pour notre grand débat en direct sur Mayotte la 1ère.
""",
  boilerplate=["À LA UNE : GUADELOUPE, LA GRÈVE DE L'EAU ENTRE DANS SA TROISIÈME SEMAINE",
               "Rendez-vous jeudi pour notre grand débat en direct sur Mayotte la 1ère."],
  quotes=[
      ("Nous avons 140 patients pour 90 lits et un seul pédiatre de garde.\n\n« Aujourd'hui, nous soignons aussi des Malgaches qui ont fui la crise", "direct", "Sabine Leclerc"),
      ("« cinquante policiers supplémentaires » arriveraient avant la fin du mois", "mixed", "Jérôme Castellan"),
      ("1 200 personnes ont été interpellées en mer depuis septembre", "indirect", "la préfecture"),
      ("un pont aérien sanitaire", "direct", "Ben Issa Ousseni"),
      ("prête à aider", "direct", "Huguette Bello"),
      ("Younoussa Bamana, le père de la départementalisation, doit se retourner dans sa tombe. Paris nous oublie, et le président Macron le sait", "direct", "Anli Madi"),
      ("deux poids, deux mesures", "direct", "Azali Assoumani"),
  ],
  not_quotes=["Bouclier lagon"],
  times=[
      ("mardi soir", "TIME", "2025-11-04TEV"),
      ("le mois dernier", "DATE", "2025-10"),
      ("Aujourd'hui", "DATE", "2025-11-05"),
      ("la fin du mois", "DATE", "2025-11"),
      ("septembre", "DATE", "2025-09"),
      ("2020", "DATE", "2020"),
      ("le mois dernier", "DATE", "2025-10"),
  ],
  entities=[
      ("L:mayotte", "LOC", ["MAYOTTE", "Mayotte"], []),
      ("O:chm", "ORG", ["Centre hospitalier de Mayotte", "CHM"], []),
      ("L:mamoudzou", "LOC", ["Mamoudzou"], []),
      ("L:comoros", "LOC", ["Comores"], ["comorien"]),
      ("L:madagascar", "LOC", ["Madagascar"], ["Malgaches", "malgache"]),
      ("P:sabine_leclerc", "PER", ["Sabine Leclerc"], []),
      ("P:castellan", "PER", ["Jérôme Castellan"], []),
      ("P:ousseni", "PER", ["Ben Issa Ousseni"], []),
      ("L:reunion", "LOC", ["La Réunion"], []),
      ("P:bello", "PER", ["Huguette Bello"], []),
      ("P:soumaila", "PER", ["Ambdilwahedou Soumaïla"], []),
      ("L:lycee_bamana", "LOC", ["lycée Younoussa-Bamana"], []),
      ("O:cgt_ma", "ORG", ["CGT-Ma"], []),
      ("P:anli_madi", "PER", ["Anli Madi"], []),
      ("P:younoussa_bamana", "PER", ["Younoussa Bamana"], []),
      ("L:paris", "LOC", ["Paris"], []),
      ("P:macron", "PER", ["Macron"], []),
      ("P:rajoelina", "PER", ["RAJOELINA"], []),
      ("L:moroni", "LOC", ["Moroni"], []),
      ("P:azali", "PER", ["Azali Assoumani"], []),
  ],
  roles=[
      ("P:sabine_leclerc", "directrice générale", "O:chm"),
      ("P:castellan", "préfet", "L:mayotte"),
      ("P:ousseni", "président du conseil départemental", "L:mayotte"),
      ("P:bello", "présidente de région", "L:reunion"),
      ("P:soumaila", "maire", "L:mamoudzou"),
      ("P:anli_madi", "secrétaire général", "O:cgt_ma"),
      ("P:rajoelina", "ancien président", "L:madagascar"),
      ("P:azali", "président", "L:comoros"),
  ])
