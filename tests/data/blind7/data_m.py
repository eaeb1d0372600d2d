# Blind test articles m01-m12 (written and annotated by hand by a single annotator).
#
# Real public figures appear, but the events are partly invented and EVERY QUOTE IS INVENTED.
# Invented people and bodies: Karim Haddad / Institut libanais d'études stratégiques (m02);
# Nadia Ferhat / Crédit Méridional (m03); Anita Gurung, Rohan Mehta (m04); Fiona McLeod (m07);
# Elias Mwakyusa, Neema Mwakyusa (m09); Marie-Claude Pierre-Louis (m10); the Grand Prix des
# Calanques and Lucien Arnaud (m11); Patrick Giordano, Christine Aubanel, Jean-Marc Ristori,
# the Compagnie Corse-Continent (CCC), Sandrine Orsoni and the cabinet Orsoni-Bianchi (m12).
#
# Hard negatives (must NOT be linked):
#  1. Relatives: P:saad_hariri != P:rafic_hariri, son and father (m02).
#  2. Person vs place: P:rafic_hariri != L:beirut_airport, "aéroport international Rafic-Hariri" (m02).
#  3. Person vs place: P:israel_katz ("Israël Katz") != L:israel ("Israël") (m02).
#  4. Relatives: P:mbs != P:abdelaziz_ben_salmane, half-brothers sharing "ben Salmane" (m03).
#  5. Relatives: P:tamim != P:mohammed_ben_abdelrahmane, both "Al Thani" (m03).
#  6. Look-alike names: P:mbs ("Mohammed ben Salmane", "MBS") != P:mbz ("Mohammed ben Zayed", "MBZ") (m03).
#  7. Team vs country: O:uae_team_emirates != L:uae (m03, m11).
#  8. Same surname, different countries: P:amit_shah (India) != P:balendra_shah (Nepal) (m04).
#  9. Same surname, different places: P:jimmy_lai (Hong Kong) != P:lai_ching_te (Taiwan) (m05;
#     bare "Lai" = Jimmy Lai). P:lai_ching_te is "William Lai" in m06.
# 10. Relatives: P:jimmy_lai != P:sebastien_lai, father and son (m05).
# 11. Relatives: P:andrew_cuomo != P:mario_cuomo, son and father (m06; bare "Cuomo" = Andrew).
# 12. State vs city: L:new_york_state != L:new_york_city; bare "New York" is used for both in m06
#     ("sénateur de New York" = the state, "escale à New York" = the city). L:new_york_city is also in m03.
# 13. Person vs magazine: P:kate_forbes != O:forbes; bare "Forbes" is used for both in m07.
# 14. Person vs place: P:willy_brandt != L:ber_airport, "aéroport Willy-Brandt" (m08).
# 15. Region vs city: L:kharkiv_oblast ("région de Kharkiv", "oblast de Charkiw") != L:kharkiv (m01, m08).
# 16. Person vs place: P:mkapa != L:mkapa_stadium, "stade Benjamin-Mkapa" (m09).
# 17. Relatives: P:elias_mwakyusa != P:neema_mwakyusa, father and daughter (m09).
# 18. Person vs place: P:toussaint_louverture != L:pap_airport, "aéroport Toussaint-Louverture" (m10).
# 19. Relatives: P:fidel_castro != P:raul_castro, brothers (m10).
# 20. City vs club: L:marseille != O:om; bare "Marseille" is used for both in m12. L:marseille is also in m11.
# 21. Person vs law firm: P:sandrine_orsoni != O:orsoni_bianchi, "cabinet Orsoni-Bianchi" (m12).
# Role distractors: "secrétaire d'État" is P:rubio (m02, m06) and P:blinken (m10); P:rubio is
# "sénateur" of L:florida in m10 (2024). "gouverneur" is P:syniehubov (Kharkiv region) and P:lysak in m01.
# "Mario Cuomo avait dirigé l'État" (m06), "Swinney dirigeait le SNP" (m07), "Irfaan Ali, qui préside la
# Caricom" (m10) and "Esther Toh, qui préside le collège" (m05) are deliberately NOT roles.
#
# General NOTES:
# NOTE: titles are given without the demonym and without the complement that names the `of` entity
#   ("gouverneur de la région de Kharkiv" -> "gouverneur", of L:kharkiv_oblast); portfolios stay
#   ("ministre des Affaires étrangères"). "ancien", "ex-", "sortant" are kept.
# NOTE: "prince", "cheikh", "général", "Me", "Mme" are honorifics/ranks, not roles.
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- m01 (live blog)
# NOTE: "Mykolaïv" in "administration militaire régionale de Mykolaïv" denotes the oblast -> L:mykolaiv_oblast.
# NOTE: Lysak is "le gouverneur" with only the city of Dnipro named: the region he governs is not
#   annotated, so `of` is null (the city would be wrong).
# NOTE: Kornelius is "Son porte-parole" after "Le gouvernement allemand": `of` = L:germany (the
#   government is not a named entity); the speaker "le gouvernement allemand" stays a description.
# NOTE: "chancelier Merz" has no demonym; L:germany is annotated in the article, so `of` = L:germany.
# NOTE: "SYNIEHUBOV :" heads the 16h30 entry; the quote is his, speaker = fullest name.
A(id="m01", published="2025-06-04",
  title="EN DIRECT – Guerre en Ukraine : Kharkiv sous les drones, le gouverneur ordonne des évacuations",
  text="""
EN DIRECT – Mis à jour le juin 4, 2025 à 18h40

07h15 – Onze drones et trois missiles ont visé la nuit dernière Kharkiv, deuxième ville d'Ukraine. Le gouverneur de la région de Kharkiv, Oleh Syniehubov, a indiqué sur Telegram que deux civils avaient été tués et que « plusieurs immeubles du quartier de Saltivka sont en feu ».

08h02 – Le maire de Kharkiv, Igor Terekhov, a dénoncé une « terreur méthodique » contre les habitants. Selon lui, les écoles de la ville resteront fermées jusqu'à la fin de la semaine.

RUSSIE : UN INCENDIE GÉANT DANS UNE RAFFINERIE DE LA RÉGION DE RIAZAN

09h30 – Vitali Kim, chef de l'administration militaire régionale de Mykolaïv, fait état de coupures d'électricité dans trois districts. « Nos équipes réparent, mais l'ennemi frappe encore les mêmes sous-stations «, a écrit le responsable.

10h45 – Le ministre des Affaires étrangères, Andrii Sybiha, réclame des Patriot supplémentaires. Kiev « ne peut pas protéger chaque ville avec des promesses », a-t-il martelé, ajoutant qu'une demande formelle serait transmise à Berlin le lendemain.

Lire aussi : Ukraine : à Odessa, les habitants s'habituent aux nuits sans sommeil

12h20 – Le gouvernement allemand a promis mercredi « une réponse rapide ». Son porte-parole, Stefan Kornelius, a précisé que le dossier serait abordé lors de la visite du chancelier Merz à Kiev, prévue le mois prochain, avec le Premier ministre ukrainien Denys Chmyhal.

14h05 – À Dnipro, le gouverneur Serhiy Lysak annonce la réouverture d'un pont endommagé en avril. La première vice-Première ministre et ministre de l'Économie, Ioulia Svyrydenko, est attendue dans la région vendredi.

16h30 – SYNIEHUBOV : « Nous tiendrons, comme nous tenons depuis trois ans », a résumé en fin de journée le gouverneur, qui a fait évacuer quatre villages.
""",
  boilerplate=["RUSSIE : UN INCENDIE GÉANT DANS UNE RAFFINERIE DE LA RÉGION DE RIAZAN",
               "Lire aussi : Ukraine : à Odessa, les habitants s'habituent aux nuits sans sommeil"],
  quotes=[
      ("deux civils avaient été tués et que « plusieurs immeubles du quartier de Saltivka sont en feu »", "mixed", "Oleh Syniehubov"),
      ("terreur méthodique", "direct", "Igor Terekhov"),
      ("les écoles de la ville resteront fermées jusqu'à la fin de la semaine", "indirect", "Igor Terekhov"),
      ("Nos équipes réparent, mais l'ennemi frappe encore les mêmes sous-stations", "direct", "Vitali Kim"),
      ("ne peut pas protéger chaque ville avec des promesses", "direct", "Andrii Sybiha"),
      ("une demande formelle serait transmise à Berlin le lendemain", "indirect", "Andrii Sybiha"),
      ("une réponse rapide", "direct", "le gouvernement allemand"),
      ("le dossier serait abordé lors de la visite du chancelier Merz à Kiev, prévue le mois prochain, avec le Premier ministre ukrainien Denys Chmyhal", "indirect", "Stefan Kornelius"),
      ("Nous tiendrons, comme nous tenons depuis trois ans", "direct", "Oleh Syniehubov"),
  ],
  not_quotes=[],
  times=[
      ("le juin 4, 2025", "DATE", "2025-06-04"),
      ("18h40", "TIME", "2025-06-04T18:40"),
      ("07h15", "TIME", "2025-06-04T07:15"),
      ("la nuit dernière", "TIME", "2025-06-03TNI"),
      ("08h02", "TIME", "2025-06-04T08:02"),
      ("la fin de la semaine", "DATE", "2025-W23"),
      ("09h30", "TIME", "2025-06-04T09:30"),
      ("10h45", "TIME", "2025-06-04T10:45"),
      ("le lendemain", "DATE", "2025-06-05"),
      ("12h20", "TIME", "2025-06-04T12:20"),
      ("mercredi", "DATE", "2025-06-04"),
      ("le mois prochain", "DATE", "2025-07"),
      ("14h05", "TIME", "2025-06-04T14:05"),
      ("avril", "DATE", "2025-04"),
      ("vendredi", "DATE", "2025-06-06"),
      ("16h30", "TIME", "2025-06-04T16:30"),
      ("trois ans", "DURATION", "P3Y"),
      ("fin de journée", "TIME", "2025-06-04TEV"),
  ],
  entities=[
      ("L:kharkiv", "LOC", ["Kharkiv"], []),
      ("L:ukraine", "LOC", ["Ukraine"], ["ukrainien"]),
      ("L:kharkiv_oblast", "LOC", ["région de Kharkiv"], []),
      ("P:syniehubov", "PER", ["Oleh Syniehubov", "SYNIEHUBOV"], []),
      ("O:telegram", "ORG", ["Telegram"], []),
      ("L:saltivka", "LOC", ["Saltivka"], []),
      ("P:terekhov", "PER", ["Igor Terekhov"], []),
      ("P:vitali_kim", "PER", ["Vitali Kim"], []),
      ("L:mykolaiv_oblast", "LOC", ["Mykolaïv"], []),
      ("P:sybiha", "PER", ["Andrii Sybiha"], []),
      ("L:kyiv", "LOC", ["Kiev"], []),
      ("M:patriot", "MISC", ["Patriot"], []),
      ("L:berlin", "LOC", ["Berlin"], []),
      ("L:germany", "LOC", [], ["allemand"]),
      ("P:kornelius", "PER", ["Stefan Kornelius"], []),
      ("P:merz", "PER", ["Merz"], []),
      ("P:shmyhal", "PER", ["Denys Chmyhal"], []),
      ("L:dnipro", "LOC", ["Dnipro"], []),
      ("P:lysak", "PER", ["Serhiy Lysak"], []),
      ("P:svyrydenko", "PER", ["Ioulia Svyrydenko"], []),
  ],
  roles=[
      ("P:syniehubov", "gouverneur", "L:kharkiv_oblast"),
      ("P:terekhov", "maire", "L:kharkiv"),
      ("P:vitali_kim", "chef de l'administration militaire régionale", "L:mykolaiv_oblast"),
      ("P:sybiha", "ministre des Affaires étrangères", "L:ukraine"),
      ("P:kornelius", "porte-parole", "L:germany"),
      ("P:merz", "chancelier", "L:germany"),
      ("P:shmyhal", "Premier ministre", "L:ukraine"),
      ("P:lysak", "gouverneur", None),
      ("P:svyrydenko", "première vice-Première ministre", "L:ukraine"),
      ("P:svyrydenko", "ministre de l'Économie", "L:ukraine"),
  ])

# ---------------------------------------------------------------- m02 (wire dispatch)
# NOTE: the Salam quote opens with “ and closes with » (mismatched marks).
# NOTE: Haddad's quote is never closed: it runs to the end of its paragraph; the final "." sits
#   inside the (missing) marks and is kept.
# NOTE: "Leur nouveau commandant en chef" is possessive after naming the FAL -> of O:lebanese_army.
# NOTE: Ortagus's "émissaire adjointe pour le Proche-Orient" has no complement; L:usa is annotated
#   in the article and she is presented right after Rubio in Washington -> of L:usa (soft).
# NOTE: "Sud" (south Lebanon) is annotated as a region.
A(id="m02", published="2025-03-20",
  title="Liban : Nawaf Salam exige le retrait israélien des cinq collines",
  text="""
BEYROUTH – Le Premier ministre libanais Nawaf Salam a réclamé jeudi le retrait « sans condition » des troupes israéliennes encore déployées sur cinq collines du Sud, au lendemain de frappes qui ont fait quatre morts près de Nabatiyé.

“Le Liban a respecté chacun de ses engagements. Israël, lui, continue de bombarder », a-t-il déclaré après un entretien avec le président Joseph Aoun au palais de Baabda.

Le ministre israélien de la Défense, Israël Katz, avait averti la veille que l'armée frapperait « partout où le Hezbollah se réarme ». Les cibles étaient des dépôts de roquettes, a assuré un responsable militaire israélien sous couvert d'anonymat.

CISJORDANIE : UN COLON TUÉ PRÈS DE NAPLOUSE

Le secrétaire général du Hezbollah, Naïm Qassem, a rétorqué que le mouvement « n'a pas tiré une seule balle » depuis le cessez-le-feu de novembre 2024.

À Washington, le secrétaire d'État américain Marco Rubio a appelé les deux parties « à la retenue ». L'émissaire adjointe pour le Proche-Orient, Morgan Ortagus, est attendue à Beyrouth la semaine prochaine pour discuter du déploiement des Forces armées libanaises (FAL) dans le Sud. Leur nouveau commandant en chef, Rodolphe Haykal, nommé la semaine dernière, a promis « des résultats visibles avant l'été ».

L'ancien Premier ministre Saad Hariri, fils de Rafic Hariri, assassiné en 2005, a appelé à l'unité depuis Abou Dhabi. Son entourage a indiqué qu'il s'était entretenu mardi avec le prince héritier saoudien Mohammed bin Salman.

À l'aéroport international Rafic-Hariri, les vols ont repris normalement. Karim Haddad, chercheur à l'Institut libanais d'études stratégiques, résume : « La fenêtre diplomatique se referme vite, et personne à Beyrouth ne veut le dire tout haut.

Lire aussi | Liban : la reconstruction du Sud chiffrée à 11 milliards de dollars par la Banque mondiale
""",
  boilerplate=["CISJORDANIE : UN COLON TUÉ PRÈS DE NAPLOUSE",
               "Lire aussi | Liban : la reconstruction du Sud chiffrée à 11 milliards de dollars par la Banque mondiale"],
  quotes=[
      ("sans condition", "direct", "Nawaf Salam"),
      ("Le Liban a respecté chacun de ses engagements. Israël, lui, continue de bombarder", "direct", "Nawaf Salam"),
      ("l'armée frapperait « partout où le Hezbollah se réarme »", "mixed", "Israël Katz"),
      ("Les cibles étaient des dépôts de roquettes", "indirect", "un responsable militaire israélien"),
      ("le mouvement « n'a pas tiré une seule balle » depuis le cessez-le-feu de novembre 2024", "mixed", "Naïm Qassem"),
      ("à la retenue", "direct", "Marco Rubio"),
      ("des résultats visibles avant l'été", "direct", "Rodolphe Haykal"),
      ("il s'était entretenu mardi avec le prince héritier saoudien Mohammed bin Salman", "indirect", "son entourage"),
      ("La fenêtre diplomatique se referme vite, et personne à Beyrouth ne veut le dire tout haut.", "direct", "Karim Haddad"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2025-03-20"),
      ("lendemain", "DATE", "2025-03-20"),
      ("la veille", "DATE", "2025-03-19"),
      ("novembre 2024", "DATE", "2024-11"),
      ("la semaine prochaine", "DATE", "2025-W13"),
      ("la semaine dernière", "DATE", "2025-W11"),
      ("l'été", "DATE", "2025-SU"),
      ("2005", "DATE", "2005"),
      ("mardi", "DATE", "2025-03-18"),
  ],
  entities=[
      ("L:beirut", "LOC", ["BEYROUTH", "Beyrouth"], []),
      ("L:lebanon", "LOC", ["Liban"], ["libanais"]),
      ("P:nawaf_salam", "PER", ["Nawaf Salam"], []),
      ("L:israel", "LOC", ["Israël"], ["israéliennes", "israélien"]),
      ("L:south_lebanon", "LOC", ["Sud"], []),
      ("L:nabatieh", "LOC", ["Nabatiyé"], []),
      ("P:joseph_aoun", "PER", ["Joseph Aoun"], []),
      ("L:baabda_palace", "LOC", ["palais de Baabda"], []),
      ("P:israel_katz", "PER", ["Israël Katz"], []),
      ("O:hezbollah", "ORG", ["Hezbollah"], []),
      ("P:naim_qassem", "PER", ["Naïm Qassem"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("P:rubio", "PER", ["Marco Rubio"], []),
      ("P:ortagus", "PER", ["Morgan Ortagus"], []),
      ("L:middle_east", "LOC", ["Proche-Orient"], []),
      ("O:lebanese_army", "ORG", ["Forces armées libanaises", "FAL"], []),
      ("P:haykal", "PER", ["Rodolphe Haykal"], []),
      ("P:saad_hariri", "PER", ["Saad Hariri"], []),
      ("P:rafic_hariri", "PER", ["Rafic Hariri"], []),
      ("L:abu_dhabi", "LOC", ["Abou Dhabi"], []),
      ("L:saudi_arabia", "LOC", [], ["saoudien"]),
      ("P:mbs", "PER", ["Mohammed bin Salman"], []),
      ("L:beirut_airport", "LOC", ["aéroport international Rafic-Hariri"], []),
      ("P:karim_haddad", "PER", ["Karim Haddad"], []),
      ("O:iles", "ORG", ["Institut libanais d'études stratégiques"], []),
  ],
  roles=[
      ("P:nawaf_salam", "Premier ministre", "L:lebanon"),
      ("P:joseph_aoun", "président", "L:lebanon"),
      ("P:israel_katz", "ministre de la Défense", "L:israel"),
      ("P:naim_qassem", "secrétaire général", "O:hezbollah"),
      ("P:rubio", "secrétaire d'État", "L:usa"),
      ("P:ortagus", "émissaire adjointe pour le Proche-Orient", "L:usa"),
      ("P:haykal", "commandant en chef", "O:lebanese_army"),
      ("P:saad_hariri", "ancien Premier ministre", "L:lebanon"),
      ("P:mbs", "prince héritier", "L:saudi_arabia"),
      ("P:karim_haddad", "chercheur", "O:iles"),
  ])

# ---------------------------------------------------------------- m03 (business brief)
# NOTE: "a promis jeudi de porter ... « au-delà de 600 milliards de dollars »": a reported infinitive
#   with a quoted fragment; only the fragment is annotated, as direct.
# NOTE: "MBS" (unquoted) is a mention of P:mbs; "MBZ" is in guillemets after "dit": a nickname,
#   so it is a not_quote and also a mention of P:mbz.
# NOTE: "Sur les marchés, ..." is the journalist's voice; only the postposed "selon les données de
#   Bloomberg" clause is a quote.
A(id="m03", published="2025-05-16",
  title="Golfe : après la tournée de Trump, Riyad, Doha et Abou Dhabi rivalisent de milliards",
  text="""
RIYAD – Le prince héritier Mohammed ben Salmane a promis jeudi de porter les investissements saoudiens aux États-Unis « au-delà de 600 milliards de dollars », en marge de la tournée régionale du président américain Donald Trump.

Selon Nadia Ferhat, économiste chez Crédit Méridional à Genève, l'annonce « relève autant de la diplomatie que de la finance ». Le royaume doit composer avec un baril sous les 65 dollars, a-t-elle rappelé.

Le demi-frère de MBS, le prince Abdelaziz ben Salmane, ministre de l'Énergie, a de son côté assuré que l'Opep+ « ne se laissera dicter aucun prix ».

ABONNEZ-VOUS À NOTRE NEWSLETTER MOYEN-ORIENT ÉCO

À Doha, l'émir Tamim ben Hamad Al Thani a signé mercredi une commande de 160 appareils Boeing. Le Premier ministre et ministre des Affaires étrangères qatari, cheikh Mohammed ben Abdelrahmane Al Thani, y voit « un partenariat pour une génération ».

Aux Émirats arabes unis, le président Mohammed ben Zayed, dit « MBZ », a reçu Donald Trump ce matin à Abou Dhabi. Le fonds souverain Mubadala, qui finance l'équipe cycliste UAE Team Emirates du Slovène Tadej Pogacar, annonce l'ouverture d'un bureau à New York. Son directeur général, Khaldoon Al Mubarak, évoque « des milliards, pas des millions ».

Dans la foulée, Riyad a reçu le chef du gouvernement libanais Nawaf Sallam, venu plaider pour une aide à la reconstruction, tandis que le Premier ministre indien Narendra Modi est attendu dans le Golfe le mois prochain.

Sur les marchés, la séquence reste floue : l'indice Tadawul a perdu 1,2 % depuis lundi, selon les données de Bloomberg.

Lire aussi : Pétrole : l'Opep+ surprend les marchés avec une nouvelle hausse de production
""",
  boilerplate=["ABONNEZ-VOUS À NOTRE NEWSLETTER MOYEN-ORIENT ÉCO",
               "Lire aussi : Pétrole : l'Opep+ surprend les marchés avec une nouvelle hausse de production"],
  quotes=[
      ("au-delà de 600 milliards de dollars", "direct", "Mohammed ben Salmane"),
      ("l'annonce « relève autant de la diplomatie que de la finance »", "mixed", "Nadia Ferhat"),
      ("Le royaume doit composer avec un baril sous les 65 dollars", "indirect", "Nadia Ferhat"),
      ("l'Opep+ « ne se laissera dicter aucun prix »", "mixed", "Abdelaziz ben Salmane"),
      ("un partenariat pour une génération", "direct", "Mohammed ben Abdelrahmane Al Thani"),
      ("des milliards, pas des millions", "direct", "Khaldoon Al Mubarak"),
      ("l'indice Tadawul a perdu 1,2 % depuis lundi", "indirect", "Bloomberg"),
  ],
  not_quotes=["MBZ"],
  times=[
      ("jeudi", "DATE", "2025-05-15"),
      ("mercredi", "DATE", "2025-05-14"),
      ("ce matin", "TIME", "2025-05-16TMO"),
      ("le mois prochain", "DATE", "2025-06"),
      ("lundi", "DATE", "2025-05-12"),
  ],
  entities=[
      ("L:riyadh", "LOC", ["RIYAD", "Riyad"], []),
      ("P:mbs", "PER", ["Mohammed ben Salmane", "MBS"], []),
      ("L:saudi_arabia", "LOC", [], ["saoudiens"]),
      ("L:usa", "LOC", ["États-Unis"], ["américain"]),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("P:nadia_ferhat", "PER", ["Nadia Ferhat"], []),
      ("O:credit_meridional", "ORG", ["Crédit Méridional"], []),
      ("L:geneva", "LOC", ["Genève"], []),
      ("P:abdelaziz_ben_salmane", "PER", ["Abdelaziz ben Salmane"], []),
      ("O:opec_plus", "ORG", ["Opep+"], []),
      ("L:doha", "LOC", ["Doha"], []),
      ("P:tamim", "PER", ["Tamim ben Hamad Al Thani"], []),
      ("O:boeing", "ORG", ["Boeing"], []),
      ("L:qatar", "LOC", [], ["qatari"]),
      ("P:mohammed_ben_abdelrahmane", "PER", ["Mohammed ben Abdelrahmane Al Thani"], []),
      ("L:uae", "LOC", ["Émirats arabes unis"], []),
      ("P:mbz", "PER", ["Mohammed ben Zayed", "MBZ"], []),
      ("L:abu_dhabi", "LOC", ["Abou Dhabi"], []),
      ("O:mubadala", "ORG", ["Mubadala"], []),
      ("O:uae_team_emirates", "ORG", ["UAE Team Emirates"], []),
      ("L:slovenia", "LOC", [], ["Slovène"]),
      ("P:pogacar", "PER", ["Tadej Pogacar"], []),
      ("L:new_york_city", "LOC", ["New York"], []),
      ("P:khaldoon", "PER", ["Khaldoon Al Mubarak"], []),
      ("L:lebanon", "LOC", [], ["libanais"]),
      ("P:nawaf_salam", "PER", ["Nawaf Sallam"], []),
      ("L:india", "LOC", [], ["indien"]),
      ("P:modi", "PER", ["Narendra Modi"], []),
      ("L:gulf", "LOC", ["Golfe"], []),
      ("O:tadawul", "ORG", ["Tadawul"], []),
      ("O:bloomberg", "ORG", ["Bloomberg"], []),
  ],
  roles=[
      ("P:mbs", "prince héritier", "L:saudi_arabia"),
      ("P:trump", "président", "L:usa"),
      ("P:nadia_ferhat", "économiste", "O:credit_meridional"),
      ("P:abdelaziz_ben_salmane", "ministre de l'Énergie", "L:saudi_arabia"),
      ("P:tamim", "émir", "L:qatar"),
      ("P:mohammed_ben_abdelrahmane", "Premier ministre", "L:qatar"),
      ("P:mohammed_ben_abdelrahmane", "ministre des Affaires étrangères", "L:qatar"),
      ("P:mbz", "président", "L:uae"),
      ("P:khaldoon", "directeur général", "O:mubadala"),
      ("P:nawaf_salam", "chef du gouvernement", "L:lebanon"),
      ("P:modi", "Premier ministre", "L:india"),
  ])

# ---------------------------------------------------------------- m04 (press review)
# NOTE: the Kantipur headline (Devanagari) and its French gloss are titles of a work -> not_quotes;
#   "नरेन्द्र मोदी" inside it is still a mention of P:modi (like a Cyrillic signature).
# NOTE: "« l'homme des frontières fermées »" is Nagarik's own phrase about Shah -> direct, speaker Nagarik.
# NOTE: "précise le journal" refers back to The Himalayan Times -> speaker The Himalayan Times.
# NOTE: "l'éditorialiste Anita Gurung" is separated from "dans le Kathmandu Post" by the verb; the
#   employer is that paper -> of O:kathmandu_post.
# NOTE: "ancien rappeur" is an occupation with no employer -> of null.
A(id="m04", published="2024-06-10",
  title="Revue de presse : l'Inde de Modi III vue depuis Katmandou",
  text="""
REVUE DE PRESSE – Au lendemain de la prestation de serment de Narendra Modi pour un troisième mandat, la presse népalaise oscille entre soulagement et méfiance. Le Premier ministre népalais Pushpa Kamal Dahal, surnommé « Prachanda », assistait dimanche soir à la cérémonie à New Delhi, aux côtés des dirigeants du Sri Lanka et du Bangladesh. Le juin. 9, la cérémonie au Rashtrapati Bhavan a réuni plus de 8 000 invités.

Le quotidien Kantipur titre sobrement « नरेन्द्र मोदी फेरि » (« Narendra Modi, encore »). « Modi reste Modi, mais il a désormais besoin de ses alliés », écrit dans le Kathmandu Post l'éditorialiste Anita Gurung, qui estime que New Delhi sera « moins arrogant » avec ses petits voisins.

APPLE DÉVOILE SON IPHONE PLIABLE : CE QUE L'ON SAIT

Nagarik s'inquiète surtout du maintien probable du ministre de l'Intérieur, Amit Shah, « l'homme des frontières fermées ». Sans lien de parenté avec lui, le maire de Katmandou, Balendra Shah, que tout Katmandou appelle Balen, ancien rappeur, a de nouveau accroché dans son bureau la carte du « Grand Népal », qui inclut le Lipulekh revendiqué par l'Inde.

Interrogé par The Himalayan Times, le vice-Premier ministre et ministre des Affaires étrangères, Narayan Kaji Shrestha, a assuré que le différend serait « réglé par le dialogue et non par les cartes ». Le président Ram Chandra Paudel doit se rendre en Inde l'automne prochain, précise le journal.

Selon The Hindu, le chef de la diplomatie indienne Subrahmanyam Jaishankar devrait conserver son poste. Pour Rohan Mehta, chercheur à l'Observer Research Foundation, un cercle de réflexion de New Delhi, Katmandou « joue la montre » en attendant de voir ce que Pékin proposera.

Recevez chaque lundi notre revue de presse asiatique : inscrivez-vous à la newsletter
""",
  boilerplate=["APPLE DÉVOILE SON IPHONE PLIABLE : CE QUE L'ON SAIT",
               "Recevez chaque lundi notre revue de presse asiatique : inscrivez-vous à la newsletter"],
  quotes=[
      ("Modi reste Modi, mais il a désormais besoin de ses alliés", "direct", "Anita Gurung"),
      ("New Delhi sera « moins arrogant » avec ses petits voisins", "mixed", "Anita Gurung"),
      ("l'homme des frontières fermées", "direct", "Nagarik"),
      ("le différend serait « réglé par le dialogue et non par les cartes »", "mixed", "Narayan Kaji Shrestha"),
      ("Le président Ram Chandra Paudel doit se rendre en Inde l'automne prochain", "indirect", "The Himalayan Times"),
      ("le chef de la diplomatie indienne Subrahmanyam Jaishankar devrait conserver son poste", "indirect", "The Hindu"),
      ("Katmandou « joue la montre » en attendant de voir ce que Pékin proposera", "mixed", "Rohan Mehta"),
  ],
  not_quotes=["Prachanda", "नरेन्द्र मोदी फेरि", "Narendra Modi, encore", "Grand Népal"],
  times=[
      ("lendemain", "DATE", "2024-06-10"),
      ("dimanche soir", "TIME", "2024-06-09TEV"),
      ("Le juin. 9", "DATE", "2024-06-09"),
      ("l'automne prochain", "DATE", "2024-FA"),
  ],
  entities=[
      ("P:modi", "PER", ["Narendra Modi", "Modi", "नरेन्द्र मोदी"], []),
      ("L:nepal", "LOC", [], ["népalaise", "népalais"]),
      ("P:dahal", "PER", ["Pushpa Kamal Dahal", "Prachanda"], []),
      ("L:new_delhi", "LOC", ["New Delhi"], []),
      ("L:sri_lanka", "LOC", ["Sri Lanka"], []),
      ("L:bangladesh", "LOC", ["Bangladesh"], []),
      ("L:rashtrapati_bhavan", "LOC", ["Rashtrapati Bhavan"], []),
      ("O:kantipur", "ORG", ["Kantipur"], []),
      ("O:kathmandu_post", "ORG", ["Kathmandu Post"], []),
      ("P:anita_gurung", "PER", ["Anita Gurung"], []),
      ("O:nagarik", "ORG", ["Nagarik"], []),
      ("P:amit_shah", "PER", ["Amit Shah"], []),
      ("L:kathmandu", "LOC", ["Katmandou"], []),
      ("P:balendra_shah", "PER", ["Balendra Shah", "Balen"], []),
      ("L:lipulekh", "LOC", ["Lipulekh"], []),
      ("L:india", "LOC", ["Inde"], ["indienne"]),
      ("O:himalayan_times", "ORG", ["The Himalayan Times"], []),
      ("P:shrestha", "PER", ["Narayan Kaji Shrestha"], []),
      ("P:paudel", "PER", ["Ram Chandra Paudel"], []),
      ("O:the_hindu", "ORG", ["The Hindu"], []),
      ("P:jaishankar", "PER", ["Subrahmanyam Jaishankar"], []),
      ("P:rohan_mehta", "PER", ["Rohan Mehta"], []),
      ("O:orf", "ORG", ["Observer Research Foundation"], []),
      ("L:beijing", "LOC", ["Pékin"], []),
  ],
  roles=[
      ("P:dahal", "Premier ministre", "L:nepal"),
      ("P:anita_gurung", "éditorialiste", "O:kathmandu_post"),
      ("P:amit_shah", "ministre de l'Intérieur", "L:india"),
      ("P:balendra_shah", "maire", "L:kathmandu"),
      ("P:balendra_shah", "ancien rappeur", None),
      ("P:shrestha", "vice-Premier ministre", "L:nepal"),
      ("P:shrestha", "ministre des Affaires étrangères", "L:nepal"),
      ("P:paudel", "président", "L:nepal"),
      ("P:jaishankar", "chef de la diplomatie", "L:india"),
      ("P:rohan_mehta", "chercheur", "O:orf"),
  ])

# ---------------------------------------------------------------- m05 (court report)
# NOTE: Pang is "l'avocat de Jimmy Lai": the title attaches to a person, not a country or
#   organisation -> of null. "le procureur Anthony Chau" has no complement -> of null.
# NOTE: "La juge Esther Toh, qui préside le collège": "juge" is the role, of O:hk_high_court (the
#   court is named just before); "qui préside" is not a title.
# NOTE: John Lee's que-clause is entirely inside guillemets -> mixed, marks kept.
# NOTE: "l'ancien patron de presse" is an anaphoric description of Jimmy Lai, not attached to
#   his name -> no role.
# NOTE: bare "Lai" = Jimmy Lai; the president is always "Lai Ching-te" here.
A(id="m05", published="2025-08-20",
  title="Hong Kong : la défense de Jimmy Lai plaide l'acquittement, Taipei et Pékin s'invectivent",
  text="""
HONG KONG – « Mon client n'a jamais été l'agent de qui que ce soit », a plaidé mardi Robert Pang, l'avocat de Jimmy Lai, devant les trois juges de la Haute Cour chargés du dossier. Le fondateur du quotidien prodémocratie Apple Daily, 黎智英 pour la presse chinoise, est poursuivi pour « collusion avec des forces étrangères » en vertu de la loi sur la sécurité nationale imposée par Pékin en juin 2020.

La juge Esther Toh, qui préside le collège, a interrompu la défense à plusieurs reprises. Selon le procureur Anthony Chau, les appels de Lai à des sanctions américaines « ne laissent aucun doute » sur son intention. L'accusé, détenu depuis près de cinq ans, encourt la prison à vie.

TYPHON : L'OBSERVATOIRE DE HONG KONG HISSE LE SIGNAL 8

Son fils, Sebastien Lai, qui mène campagne depuis Londres, a dénoncé « une parodie de justice ». Le chef de l'exécutif hongkongais, John Lee, a répliqué le soir même que « personne n'est au-dessus de la loi, pas même un milliardaire ».

À Taipei, le président Lai Ching-te (賴清德) a appelé Pékin à « libérer immédiatement » l'ancien patron de presse. Le ministre du Conseil des affaires continentales, Chiu Chui-cheng, a ajouté que Taïwan « n'oubliera pas » les prisonniers de Hong Kong.

Le Bureau des affaires de Taïwan, à Pékin, a fustigé une « ingérence grossière ». Son porte-parole, Chen Binhua, a accusé Lai Ching-te de « jouer avec le feu ».

Le président américain Donald Trump a répété la semaine dernière qu'il « parlerait » du dossier avec Xi Jinping. Les plaidoiries doivent s'achever d'ici vendredi ; le verdict n'est pas attendu avant plusieurs mois.

TÉLÉCHARGEZ NOTRE APPLICATION POUR SUIVRE LE PROCÈS EN DIRECT
""",
  boilerplate=["TYPHON : L'OBSERVATOIRE DE HONG KONG HISSE LE SIGNAL 8",
               "TÉLÉCHARGEZ NOTRE APPLICATION POUR SUIVRE LE PROCÈS EN DIRECT"],
  quotes=[
      ("Mon client n'a jamais été l'agent de qui que ce soit", "direct", "Robert Pang"),
      ("les appels de Lai à des sanctions américaines « ne laissent aucun doute » sur son intention", "mixed", "Anthony Chau"),
      ("une parodie de justice", "direct", "Sebastien Lai"),
      ("« personne n'est au-dessus de la loi, pas même un milliardaire »", "mixed", "John Lee"),
      ("libérer immédiatement", "direct", "Lai Ching-te"),
      ("Taïwan « n'oubliera pas » les prisonniers de Hong Kong", "mixed", "Chiu Chui-cheng"),
      ("ingérence grossière", "direct", "Bureau des affaires de Taïwan"),
      ("jouer avec le feu", "direct", "Chen Binhua"),
      ("il « parlerait » du dossier avec Xi Jinping", "mixed", "Donald Trump"),
  ],
  not_quotes=["collusion avec des forces étrangères"],
  times=[
      ("mardi", "DATE", "2025-08-19"),
      ("juin 2020", "DATE", "2020-06"),
      ("cinq ans", "DURATION", "P5Y"),
      ("le soir même", "TIME", "2025-08-19TEV"),
      ("la semaine dernière", "DATE", "2025-W33"),
      ("vendredi", "DATE", "2025-08-22"),
      ("plusieurs mois", "DURATION", "PXM"),
  ],
  entities=[
      ("L:hong_kong", "LOC", ["HONG KONG", "Hong Kong"], ["hongkongais"]),
      ("P:robert_pang", "PER", ["Robert Pang"], []),
      ("P:jimmy_lai", "PER", ["Jimmy Lai", "黎智英", "Lai"], []),
      ("O:hk_high_court", "ORG", ["Haute Cour"], []),
      ("O:apple_daily", "ORG", ["Apple Daily"], []),
      ("L:china", "LOC", [], ["chinoise"]),
      ("L:beijing", "LOC", ["Pékin"], []),
      ("P:esther_toh", "PER", ["Esther Toh"], []),
      ("P:anthony_chau", "PER", ["Anthony Chau"], []),
      ("L:usa", "LOC", [], ["américaines", "américain"]),
      ("P:sebastien_lai", "PER", ["Sebastien Lai"], []),
      ("L:london", "LOC", ["Londres"], []),
      ("P:john_lee", "PER", ["John Lee"], []),
      ("L:taipei", "LOC", ["Taipei"], []),
      ("P:lai_ching_te", "PER", ["Lai Ching-te", "賴清德"], []),
      ("O:mac", "ORG", ["Conseil des affaires continentales"], []),
      ("P:chiu_chui_cheng", "PER", ["Chiu Chui-cheng"], []),
      ("L:taiwan", "LOC", ["Taïwan"], []),
      ("O:tao", "ORG", ["Bureau des affaires de Taïwan"], []),
      ("P:chen_binhua", "PER", ["Chen Binhua"], []),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("P:xi_jinping", "PER", ["Xi Jinping"], []),
  ],
  roles=[
      ("P:robert_pang", "avocat", None),
      ("P:jimmy_lai", "fondateur", "O:apple_daily"),
      ("P:esther_toh", "juge", "O:hk_high_court"),
      ("P:anthony_chau", "procureur", None),
      ("P:john_lee", "chef de l'exécutif", "L:hong_kong"),
      ("P:lai_ching_te", "président", "L:taiwan"),
      ("P:chiu_chui_cheng", "ministre", "O:mac"),
      ("P:chen_binhua", "porte-parole", "O:tao"),
      ("P:trump", "président", "L:usa"),
  ])

# ---------------------------------------------------------------- m06 ("ce qu'il faut retenir")
# NOTE: bare "New York" is the state in "sénateur de New York" and the city in "escale à New York";
#   both ids list the form "New York".
# NOTE: "L'administration Trump": "Trump" is annotated as a mention of P:trump.
# NOTE: "Le maire sortant, Eric Adams": "la mairie" of the city is in the text and L:new_york_city is
#   annotated -> of L:new_york_city; "sortant" is kept like "ancien".
# NOTE: "député de l'Assemblée de l'État": the Assembly is annotated as O:ny_state_assembly.
# NOTE: "novembre" inside Cuomo's quote is resolved from his speech on Monday 2025-07-28 -> 2025-11.
A(id="m06", published="2025-07-30",
  title="Ce qu'il faut retenir de la semaine politique aux États-Unis",
  text="""
CE QU'IL FAUT RETENIR – L'essentiel de l'actualité politique américaine en cinq points.

1. Cuomo s'accroche. L'ancien gouverneur de l'État de New York Andrew Cuomo, battu le mois dernier à la primaire démocrate par le député de l'Assemblée de l'État Zohran Mamdani, maintient sa candidature indépendante à la mairie. « Les New-Yorkais méritent un vrai choix en novembre », a-t-il lancé lundi dans le Bronx. Son père, Mario Cuomo, avait dirigé l'État de 1983 à 1994. Le maire sortant, Eric Adams, se présente lui aussi sans étiquette.

2. Albany contre Washington. La gouverneure Kathy Hochul a dénoncé mardi « un chantage fédéral » après la menace de la secrétaire à la Sécurité intérieure, Kristi Noem, de suspendre des fonds antiterroristes destinés à l'État. L'ancienne gouverneure du Dakota du Sud juge que l'État « protège les clandestins ».

POURQUOI LES PRIX DE L'ESSENCE REMONTENT EN PLEIN ÉTÉ

3. Taïwan, l'escale refusée. L'administration Trump a refusé une escale à New York au président taïwanais William Lai, qui devait se rendre en Amérique latine le mois prochain, selon le Financial Times. Le secrétaire d'État Marco Rubio a démenti toute « concession à Pékin ».

4. Schumer hausse le ton. Le chef de la minorité démocrate au Sénat, Chuck Schumer, sénateur de New York depuis 1999, a jugé « indécent » le gel de crédits votés par le Congrès.

5. La Fed sous pression. Le président Donald Trump a de nouveau réclamé une baisse des taux avant la décision de la Réserve fédérale, ce mercredi, qualifiant son président, Jerome Powell, de « frein à la croissance ».

RECEVEZ NOTRE NEWSLETTER « US POLITIQUE » CHAQUE JEUDI
""",
  boilerplate=["POURQUOI LES PRIX DE L'ESSENCE REMONTENT EN PLEIN ÉTÉ",
               "RECEVEZ NOTRE NEWSLETTER « US POLITIQUE » CHAQUE JEUDI"],
  quotes=[
      ("Les New-Yorkais méritent un vrai choix en novembre", "direct", "Andrew Cuomo"),
      ("un chantage fédéral", "direct", "Kathy Hochul"),
      ("l'État « protège les clandestins »", "mixed", "Kristi Noem"),
      ("L'administration Trump a refusé une escale à New York au président taïwanais William Lai, qui devait se rendre en Amérique latine le mois prochain", "indirect", "Financial Times"),
      ("concession à Pékin", "direct", "Marco Rubio"),
      ("indécent", "direct", "Chuck Schumer"),
      ("frein à la croissance", "direct", "Donald Trump"),
  ],
  not_quotes=[],
  times=[
      ("le mois dernier", "DATE", "2025-06"),
      ("novembre", "DATE", "2025-11"),
      ("lundi", "DATE", "2025-07-28"),
      ("1983", "DATE", "1983"),
      ("1994", "DATE", "1994"),
      ("mardi", "DATE", "2025-07-29"),
      ("le mois prochain", "DATE", "2025-08"),
      ("1999", "DATE", "1999"),
      ("ce mercredi", "DATE", "2025-07-30"),
  ],
  entities=[
      ("L:usa", "LOC", [], ["américaine"]),
      ("P:andrew_cuomo", "PER", ["Andrew Cuomo", "Cuomo"], []),
      ("L:new_york_state", "LOC", ["État de New York", "New York"], []),
      ("P:mamdani", "PER", ["Zohran Mamdani"], []),
      ("O:ny_state_assembly", "ORG", ["Assemblée de l'État"], []),
      ("L:bronx", "LOC", ["Bronx"], []),
      ("P:mario_cuomo", "PER", ["Mario Cuomo"], []),
      ("P:eric_adams", "PER", ["Eric Adams"], []),
      ("L:albany", "LOC", ["Albany"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("P:hochul", "PER", ["Kathy Hochul"], []),
      ("P:noem", "PER", ["Kristi Noem"], []),
      ("L:south_dakota", "LOC", ["Dakota du Sud"], []),
      ("L:taiwan", "LOC", ["Taïwan"], ["taïwanais"]),
      ("P:trump", "PER", ["Trump", "Donald Trump"], []),
      ("L:new_york_city", "LOC", ["New York"], []),
      ("P:lai_ching_te", "PER", ["William Lai"], []),
      ("L:latin_america", "LOC", ["Amérique latine"], []),
      ("O:financial_times", "ORG", ["Financial Times"], []),
      ("P:rubio", "PER", ["Marco Rubio"], []),
      ("L:beijing", "LOC", ["Pékin"], []),
      ("P:schumer", "PER", ["Schumer", "Chuck Schumer"], []),
      ("O:us_senate", "ORG", ["Sénat"], []),
      ("O:us_congress", "ORG", ["Congrès"], []),
      ("O:fed", "ORG", ["Fed", "Réserve fédérale"], []),
      ("P:powell", "PER", ["Jerome Powell"], []),
  ],
  roles=[
      ("P:andrew_cuomo", "ancien gouverneur", "L:new_york_state"),
      ("P:mamdani", "député", "O:ny_state_assembly"),
      ("P:eric_adams", "maire sortant", "L:new_york_city"),
      ("P:hochul", "gouverneure", "L:new_york_state"),
      ("P:noem", "secrétaire à la Sécurité intérieure", "L:usa"),
      ("P:noem", "ancienne gouverneure", "L:south_dakota"),
      ("P:lai_ching_te", "président", "L:taiwan"),
      ("P:rubio", "secrétaire d'État", "L:usa"),
      ("P:schumer", "chef de la minorité démocrate", "O:us_senate"),
      ("P:schumer", "sénateur", "L:new_york_state"),
      ("P:trump", "président", "L:usa"),
      ("P:powell", "président", "O:fed"),
  ])

# ---------------------------------------------------------------- m07 (portrait)
# NOTE: "John" in Forbes's quote is Swinney's first name -> a mention form of P:swinney.
# NOTE: "Mme Forbes" -> form "Forbes" of P:kate_forbes; "le magazine Forbes" -> O:forbes (hard negative).
# NOTE: "sa vice-première ministre et secrétaire à l'Économie": coordinated titles, possessive
#   referring to Swinney, Scotland implied (annotated) -> two roles of L:scotland.
# NOTE: "« femmes à suivre »" is the name of the magazine's list -> not_quote; « Frankly » is a book title.
# NOTE: "Son ministre chargé de l'Écosse" after Starmer: the UK government post -> of L:uk.
# NOTE: Sarwar's que-clause is entirely inside guillemets -> mixed with marks.
# NOTE: "mai" in Sarwar's quote is May 2026, the same election as "mai prochain".
A(id="m07", published="2025-11-19",
  title="Portrait : John Swinney, l'art d'ennuyer ses adversaires",
  text="""
PORTRAIT – ÉDIMBOURG. Il n'a jamais aimé les projecteurs. Dix-huit mois après avoir succédé à Humza Yousaf, le premier ministre écossais John Swinney aborde la campagne des élections de mai prochain avec un atout inattendu : l'ennui qu'il inspire à ses adversaires.

“John est le seul à qui les électeurs confieraient leurs clés de voiture”, sourit Kate Forbes, sa vice-première ministre et secrétaire à l'Économie, que le magazine Forbes classait l'an dernier parmi les « femmes à suivre » du continent. Mme Forbes, longtemps sa rivale, est devenue sa plus fidèle alliée.

Fils d'un garagiste d'Édimbourg, Swinney dirigeait déjà le SNP de 2000 à 2004, avant de céder la place à Alex Salmond. La mort de l'ancien premier ministre Alex Salmond, en octobre 2024, l'a profondément marqué, confient ses proches.

Lire aussi : Écosse : le prix du whisky menacé par les droits de douane américains

À Londres, le Premier ministre britannique Keir Starmer se garde de l'attaquer de front. Son ministre chargé de l'Écosse, Douglas Alexander, a toutefois estimé la semaine dernière que le SNP « vit sur le souvenir d'Alex Salmond ». Le chef du Labour écossais, Anas Sarwar, promet que « l'ère Swinney s'achèvera en mai ».

Pour Fiona McLeod, politologue à l'université de Strathclyde, Swinney « a transformé la prudence en programme ». Elle rappelle qu'en juin il avait été reçu à Berlin par le chancelier allemand Friedrich Merz pour défendre l'éolien offshore écossais, « sans une seule photo officielle ».

L'ex-première ministre Nicola Sturgeon, qui vient de publier ses mémoires, « Frankly », le décrit comme « l'homme le plus têtu d'Écosse ».

SUIVEZ-NOUS SUR INSTAGRAM ET TIKTOK
""",
  boilerplate=["Lire aussi : Écosse : le prix du whisky menacé par les droits de douane américains",
               "SUIVEZ-NOUS SUR INSTAGRAM ET TIKTOK"],
  quotes=[
      ("John est le seul à qui les électeurs confieraient leurs clés de voiture", "direct", "Kate Forbes"),
      ("La mort de l'ancien premier ministre Alex Salmond, en octobre 2024, l'a profondément marqué", "indirect", "ses proches"),
      ("le SNP « vit sur le souvenir d'Alex Salmond »", "mixed", "Douglas Alexander"),
      ("« l'ère Swinney s'achèvera en mai »", "mixed", "Anas Sarwar"),
      ("Swinney « a transformé la prudence en programme »", "mixed", "Fiona McLeod"),
      ("en juin il avait été reçu à Berlin par le chancelier allemand Friedrich Merz pour défendre l'éolien offshore écossais, « sans une seule photo officielle »", "mixed", "Fiona McLeod"),
      ("l'homme le plus têtu d'Écosse", "direct", "Nicola Sturgeon"),
  ],
  not_quotes=["femmes à suivre", "Frankly"],
  times=[
      ("Dix-huit mois", "DURATION", "P18M"),
      ("mai prochain", "DATE", "2026-05"),
      ("l'an dernier", "DATE", "2024"),
      ("2000", "DATE", "2000"),
      ("2004", "DATE", "2004"),
      ("octobre 2024", "DATE", "2024-10"),
      ("la semaine dernière", "DATE", "2025-W46"),
      ("mai", "DATE", "2026-05"),
      ("juin", "DATE", "2025-06"),
  ],
  entities=[
      ("L:edinburgh", "LOC", ["ÉDIMBOURG", "Édimbourg"], []),
      ("P:humza_yousaf", "PER", ["Humza Yousaf"], []),
      ("L:scotland", "LOC", ["Écosse"], ["écossais"]),
      ("P:swinney", "PER", ["John Swinney", "Swinney", "John"], []),
      ("P:kate_forbes", "PER", ["Kate Forbes", "Forbes"], []),
      ("O:forbes", "ORG", ["Forbes"], []),
      ("O:snp", "ORG", ["SNP"], []),
      ("P:salmond", "PER", ["Alex Salmond"], []),
      ("L:london", "LOC", ["Londres"], []),
      ("L:uk", "LOC", [], ["britannique"]),
      ("P:starmer", "PER", ["Keir Starmer"], []),
      ("P:douglas_alexander", "PER", ["Douglas Alexander"], []),
      ("O:scottish_labour", "ORG", ["Labour"], []),
      ("P:sarwar", "PER", ["Anas Sarwar"], []),
      ("P:fiona_mcleod", "PER", ["Fiona McLeod"], []),
      ("O:strathclyde_university", "ORG", ["université de Strathclyde"], []),
      ("L:berlin", "LOC", ["Berlin"], []),
      ("L:germany", "LOC", [], ["allemand"]),
      ("P:merz", "PER", ["Friedrich Merz"], []),
      ("P:sturgeon", "PER", ["Nicola Sturgeon"], []),
  ],
  roles=[
      ("P:swinney", "premier ministre", "L:scotland"),
      ("P:kate_forbes", "vice-première ministre", "L:scotland"),
      ("P:kate_forbes", "secrétaire à l'Économie", "L:scotland"),
      ("P:salmond", "ancien premier ministre", "L:scotland"),
      ("P:starmer", "Premier ministre", "L:uk"),
      ("P:douglas_alexander", "ministre chargé de l'Écosse", "L:uk"),
      ("P:sarwar", "chef", "O:scottish_labour"),
      ("P:fiona_mcleod", "politologue", "O:strathclyde_university"),
      ("P:merz", "chancelier", "L:germany"),
      ("P:sturgeon", "ex-première ministre", "L:scotland"),
  ])

# ---------------------------------------------------------------- m08 (press review, German press)
# NOTE: German transliterations (Charkiw, Oleh Synjehubow, Andrij Sybiha) are kept as the review
#   translates German papers; they are the same gold ids as in m01.
# NOTE: "saxon" is an adjective of a Land, not of a country; it is listed as a demonym of L:saxony
#   because it gives the `of` of Kretschmer's title.
# NOTE: "rapporte la Süddeutsche Zeitung" after Söder's direct quote is a source attribution, not a quote.
# NOTE: the Tagesspiegel's phrase in guillemets is the paper's own words -> direct, speaker Tagesspiegel.
# NOTE: "Berlin" is the city/Land in "bourgmestre-gouverneur de Berlin" and the metonymic federal
#   government in "Berlin livrera" -> one id, L:berlin (capital metonymy uses the city's id).
A(id="m08", published="2025-10-08",
  title="Revue de presse allemande : Söder contre Berlin, Wadephul à Kharkiv",
  text="""
REVUE DE PRESSE – Le oct. Le 8, les quotidiens allemands s'intéressent autant aux querelles entre Länder qu'à la guerre en Ukraine.

« La Bavière n'est pas le distributeur automatique de la République », aurait lancé le ministre-président de Bavière, Markus Söder (CSU), devant les cadres de son parti, rapporte la Süddeutsche Zeitung. Le vice-chancelier et ministre des Finances Lars Klingbeil (SPD) lui répond que la caisse fédérale est « vide ». Le ministre-président de Hesse, Boris Rhein (CDU), soutiendrait discrètement la Bavière, note le Handelsblatt.

NEWSLETTER – Recevez chaque matin l'essentiel de l'actualité européenne

À Dresde, le ministre-président saxon Michael Kretschmer (CDU) a de nouveau plaidé pour « reprendre le dialogue avec Moscou ». Le chancelier Friedrich Merz a jugé l'idée « naïve ».

Die Welt consacre sa une au ministre fédéral des Affaires étrangères, Johann Wadephul, arrivé lundi à Charkiw, où l'a accueilli le gouverneur de l'oblast de Charkiw, Oleh Synjehubow. Le chef de la diplomatie ukrainienne, Andrij Sybiha, l'accompagnait. Selon Die Welt, Berlin livrera deux systèmes Iris-T supplémentaires d'ici à la fin de l'année.

Le Tagesspiegel, enfin, s'amuse de voir le bourgmestre-gouverneur de Berlin, Kai Wegner, inaugurer pour la troisième fois un terminal de l'aéroport Willy-Brandt, baptisé du nom de l'ancien chancelier Willy Brandt : « le symbole d'une capitale qui fête ses retards ».

Merz recevra jeudi le Premier ministre britannique Keir Starmer à la chancellerie, pour parler défense et migrations. Le porte-parole du gouvernement, Stefan Kornelius, a confirmé la visite.

SCHOLZ PUBLIE SES MÉMOIRES : « JE NE REGRETTE RIEN »
""",
  boilerplate=["NEWSLETTER – Recevez chaque matin l'essentiel de l'actualité européenne",
               "SCHOLZ PUBLIE SES MÉMOIRES : « JE NE REGRETTE RIEN »"],
  quotes=[
      ("La Bavière n'est pas le distributeur automatique de la République", "direct", "Markus Söder"),
      ("la caisse fédérale est « vide »", "mixed", "Lars Klingbeil"),
      ("Le ministre-président de Hesse, Boris Rhein (CDU), soutiendrait discrètement la Bavière", "indirect", "Handelsblatt"),
      ("reprendre le dialogue avec Moscou", "direct", "Michael Kretschmer"),
      ("naïve", "direct", "Friedrich Merz"),
      ("Berlin livrera deux systèmes Iris-T supplémentaires d'ici à la fin de l'année", "indirect", "Die Welt"),
      ("le symbole d'une capitale qui fête ses retards", "direct", "Tagesspiegel"),
  ],
  not_quotes=[],
  times=[
      ("Le oct. Le 8", "DATE", "2025-10-08"),
      ("lundi", "DATE", "2025-10-06"),
      ("la fin de l'année", "DATE", "2025"),
      ("jeudi", "DATE", "2025-10-09"),
  ],
  entities=[
      ("L:germany", "LOC", [], ["allemands"]),
      ("L:ukraine", "LOC", ["Ukraine"], ["ukrainienne"]),
      ("L:bavaria", "LOC", ["Bavière"], []),
      ("P:soder", "PER", ["Markus Söder"], []),
      ("O:csu", "ORG", ["CSU"], []),
      ("O:sueddeutsche_zeitung", "ORG", ["Süddeutsche Zeitung"], []),
      ("P:klingbeil", "PER", ["Lars Klingbeil"], []),
      ("O:spd", "ORG", ["SPD"], []),
      ("L:hesse", "LOC", ["Hesse"], []),
      ("P:boris_rhein", "PER", ["Boris Rhein"], []),
      ("O:handelsblatt", "ORG", ["Handelsblatt"], []),
      ("P:kornelius", "PER", ["Stefan Kornelius"], []),
      ("L:dresden", "LOC", ["Dresde"], []),
      ("L:saxony", "LOC", [], ["saxon"]),
      ("P:kretschmer", "PER", ["Michael Kretschmer"], []),
      ("O:cdu", "ORG", ["CDU"], []),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("P:merz", "PER", ["Friedrich Merz", "Merz"], []),
      ("O:die_welt", "ORG", ["Die Welt"], []),
      ("P:wadephul", "PER", ["Johann Wadephul"], []),
      ("L:kharkiv", "LOC", ["Charkiw"], []),
      ("L:kharkiv_oblast", "LOC", ["oblast de Charkiw"], []),
      ("P:syniehubov", "PER", ["Oleh Synjehubow"], []),
      ("P:sybiha", "PER", ["Andrij Sybiha"], []),
      ("L:berlin", "LOC", ["Berlin"], []),
      ("M:iris_t", "MISC", ["Iris-T"], []),
      ("O:tagesspiegel", "ORG", ["Tagesspiegel"], []),
      ("P:kai_wegner", "PER", ["Kai Wegner"], []),
      ("L:ber_airport", "LOC", ["aéroport Willy-Brandt"], []),
      ("P:willy_brandt", "PER", ["Willy Brandt"], []),
      ("L:uk", "LOC", [], ["britannique"]),
      ("P:starmer", "PER", ["Keir Starmer"], []),
  ],
  roles=[
      ("P:soder", "ministre-président", "L:bavaria"),
      ("P:klingbeil", "vice-chancelier", "L:germany"),
      ("P:klingbeil", "ministre des Finances", "L:germany"),
      ("P:kretschmer", "ministre-président", "L:saxony"),
      ("P:merz", "chancelier", "L:germany"),
      ("P:wadephul", "ministre fédéral des Affaires étrangères", "L:germany"),
      ("P:syniehubov", "gouverneur", "L:kharkiv_oblast"),
      ("P:sybiha", "chef de la diplomatie", "L:ukraine"),
      ("P:kai_wegner", "bourgmestre-gouverneur", "L:berlin"),
      ("P:willy_brandt", "ancien chancelier", "L:germany"),
      ("P:starmer", "Premier ministre", "L:uk"),
      ("P:boris_rhein", "ministre-président", "L:hesse"),
      ("P:kornelius", "porte-parole du gouvernement", "L:germany"),
  ])

# ---------------------------------------------------------------- m09 (obituary)
# NOTE: "qui le nomma en 1977 directeur général de la Tazara" is an appointment -> role of O:tazara.
# NOTE: "Mwalimu" is Nyerere's nickname in guillemets -> not_quote and mention of P:nyerere.
# NOTE: "Sous l'ancien président Benjamin Mkapa": Tanzania implied (annotated) -> of L:tanzania.
# NOTE: "le porte-parole du gouvernement, Gerson Msigwa": the government is not a named entity;
#   the title keeps "du gouvernement" and `of` = L:tanzania (implied).
# NOTE: "députée de Mbeya": her constituency -> of L:mbeya (like "sénateur de New York").
# NOTE: "« Un bâtisseur ... » : c'est ainsi que la présidente ... lui a rendu hommage" -> direct.
# NOTE: the last paragraph's speaker "le ministère des Transports" is a description (no entity).
A(id="m09", published="2025-02-19",
  title="Nécrologie : Elias Mwakyusa, l'homme du rail entre Dar es Salaam et le lac Victoria",
  text="""
NÉCROLOGIE – L'ancien ministre tanzanien des Transports Elias Mwakyusa est mort dimanche à Dar es Salaam des suites d'une longue maladie, a annoncé sa famille.

Né en 1948 à Mbeya, ce fils d'instituteur avait été repéré par Julius Nyerere, le « Mwalimu », qui le nomma en 1977 directeur général de la Tazara, la compagnie ferroviaire tanzano-zambienne. Sous l'ancien président Benjamin Mkapa, il pilota ensuite la modernisation du port de Dar es Salaam.

« Un bâtisseur qui ne parlait jamais de lui-même » : c'est ainsi que la présidente Samia Suluhu Hassan lui a rendu hommage mardi. Les drapeaux resteront en berne pendant trois jours, a précisé le porte-parole du gouvernement, Gerson Msigwa.

Lire aussi : Ouganda : à Kampala, la flambée des prix du carburant inquiète les taxis-motos

À Kampala, le président ougandais Yoweri Museveni, qui avait négocié avec lui dans les années 1990 le projet de liaison ferroviaire vers le lac Victoria, a salué « un frère de lutte, têtu comme une locomotive ». Son fils, le général Muhoozi Kainerugaba, chef des Forces de défense du peuple ougandais (UPDF), a publié un message de condoléances sur X.

Sa fille, Neema Mwakyusa, députée de Mbeya, a indiqué que les obsèques auraient lieu samedi dans le village familial. L'opposant Tundu Lissu, président du Chadema, a lui aussi salué un homme « honnête dans un système qui ne l'était pas ».

Une cérémonie officielle est prévue jeudi au stade Benjamin-Mkapa, selon le ministère des Transports.

TÉLÉCHARGEZ L'APPLICATION ET ACTIVEZ LES NOTIFICATIONS
""",
  boilerplate=["Lire aussi : Ouganda : à Kampala, la flambée des prix du carburant inquiète les taxis-motos",
               "TÉLÉCHARGEZ L'APPLICATION ET ACTIVEZ LES NOTIFICATIONS"],
  quotes=[
      ("L'ancien ministre tanzanien des Transports Elias Mwakyusa est mort dimanche à Dar es Salaam des suites d'une longue maladie", "indirect", "sa famille"),
      ("Un bâtisseur qui ne parlait jamais de lui-même", "direct", "Samia Suluhu Hassan"),
      ("Les drapeaux resteront en berne pendant trois jours", "indirect", "Gerson Msigwa"),
      ("un frère de lutte, têtu comme une locomotive", "direct", "Yoweri Museveni"),
      ("les obsèques auraient lieu samedi dans le village familial", "indirect", "Neema Mwakyusa"),
      ("honnête dans un système qui ne l'était pas", "direct", "Tundu Lissu"),
      ("Une cérémonie officielle est prévue jeudi au stade Benjamin-Mkapa", "indirect", "le ministère des Transports"),
  ],
  not_quotes=["Mwalimu"],
  times=[
      ("dimanche", "DATE", "2025-02-16"),
      ("1948", "DATE", "1948"),
      ("1977", "DATE", "1977"),
      ("mardi", "DATE", "2025-02-18"),
      ("trois jours", "DURATION", "P3D"),
      ("les années 1990", "DATE", "199"),
      ("samedi", "DATE", "2025-02-22"),
      ("jeudi", "DATE", "2025-02-20"),
  ],
  entities=[
      ("L:tanzania", "LOC", [], ["tanzanien"]),
      ("P:elias_mwakyusa", "PER", ["Elias Mwakyusa"], []),
      ("L:dar_es_salaam", "LOC", ["Dar es Salaam"], []),
      ("L:mbeya", "LOC", ["Mbeya"], []),
      ("P:nyerere", "PER", ["Julius Nyerere", "Mwalimu"], []),
      ("O:tazara", "ORG", ["Tazara"], []),
      ("P:mkapa", "PER", ["Benjamin Mkapa"], []),
      ("P:samia_suluhu_hassan", "PER", ["Samia Suluhu Hassan"], []),
      ("P:msigwa", "PER", ["Gerson Msigwa"], []),
      ("L:kampala", "LOC", ["Kampala"], []),
      ("L:uganda", "LOC", [], ["ougandais"]),
      ("P:museveni", "PER", ["Yoweri Museveni"], []),
      ("L:lake_victoria", "LOC", ["lac Victoria"], []),
      ("P:muhoozi", "PER", ["Muhoozi Kainerugaba"], []),
      ("O:updf", "ORG", ["Forces de défense du peuple ougandais", "UPDF"], []),
      ("O:x", "ORG", ["X"], []),
      ("P:neema_mwakyusa", "PER", ["Neema Mwakyusa"], []),
      ("P:tundu_lissu", "PER", ["Tundu Lissu"], []),
      ("O:chadema", "ORG", ["Chadema"], []),
      ("L:mkapa_stadium", "LOC", ["stade Benjamin-Mkapa"], []),
  ],
  roles=[
      ("P:elias_mwakyusa", "ancien ministre des Transports", "L:tanzania"),
      ("P:elias_mwakyusa", "directeur général", "O:tazara"),
      ("P:mkapa", "ancien président", "L:tanzania"),
      ("P:samia_suluhu_hassan", "présidente", "L:tanzania"),
      ("P:msigwa", "porte-parole du gouvernement", "L:tanzania"),
      ("P:museveni", "président", "L:uganda"),
      ("P:muhoozi", "chef", "O:updf"),
      ("P:neema_mwakyusa", "députée", "L:mbeya"),
      ("P:tundu_lissu", "président", "O:chadema"),
  ])

# ---------------------------------------------------------------- m10 (Q&A interview)
# NOTE: the interviewee's answers (after "M.-C. P.-L. :") are not in quotation marks and are not
#   annotated as quotes; only speech she reports inside them is. "M.-C. P.-L." (her initials) is
#   listed as a mention form of P:pierre_louis.
# NOTE: « transition » in her last answer is a scare quote in the interviewee's own (narrating)
#   voice -> not_quote (soft).
# NOTE: "Selon lui, « ... »": the whole clause is in guillemets -> mixed with marks, speaker Rubio.
# NOTE: "Le sénateur de Floride Marco Rubio" (2024): same gold id as the secrétaire d'État of m02/m06.
# NOTE: "l'historienne" is an occupation without employer -> of null; "professeure à l'université
#   d'État d'Haïti" -> of O:ueh. "ancien policier" -> of null.
A(id="m10", published="2024-03-14",
  title="« Haïti paie aussi l'isolement de Cuba » : entretien avec l'historienne Marie-Claude Pierre-Louis",
  text="""
ENTRETIEN – Alors que le Premier ministre haïtien Ariel Henry a annoncé lundi sa démission depuis Porto Rico, l'historienne Marie-Claude Pierre-Louis, professeure à l'université d'État d'Haïti, revient sur les destins croisés de Port-au-Prince et de La Havane depuis Toussaint Louverture.

Les gangs ont attaqué l'aéroport Toussaint-Louverture la semaine dernière. Comment en est-on arrivé là ?

M.-C. P.-L. : Par un effondrement que personne n'a voulu voir. Jimmy Chérizier, dit « Barbecue », ancien policier devenu chef de la coalition Viv Ansanm, avait prévenu que « le pays brûlera jusqu'au bout » si Henry restait. Les Haïtiens l'ont cru. Washington, non.

Quel rôle joue Cuba ?

M.-C. P.-L. : Discret mais constant. Depuis 1998, des centaines de médecins cubains exercent en Haïti. Le président Miguel Díaz-Canel l'a rappelé le mars 3, 2024, assurant que La Havane « n'abandonnera pas ses frères haïtiens ». Fidel Castro avait envoyé les premières brigades ; son frère Raúl Castro, ancien premier secrétaire du Parti communiste de Cuba, les a maintenues.

Et les États-Unis ?

M.-C. P.-L. : Ils hésitent. Le sénateur de Floride Marco Rubio réclame depuis des années un durcissement de l'embargo. Selon lui, « chaque dollar envoyé à Cuba finit dans les poches des militaires ». Le secrétaire d'État Antony Blinken, lui, a promis lundi à Kingston une aide supplémentaire pour la mission kényane. Le président guyanien Irfaan Ali, qui préside la Caricom, parle d'une « dernière chance ».

Lire aussi : Haïti : qui sont les neuf membres du futur conseil présidentiel ?

Le futur conseil présidentiel peut-il réussir ?

M.-C. P.-L. : Elle le doit. Sinon, l'an prochain, nous parlerons encore de « transition ».
""",
  boilerplate=["Lire aussi : Haïti : qui sont les neuf membres du futur conseil présidentiel ?"],
  quotes=[
      ("« le pays brûlera jusqu'au bout » si Henry restait", "mixed", "Jimmy Chérizier"),
      ("La Havane « n'abandonnera pas ses frères haïtiens »", "mixed", "Miguel Díaz-Canel"),
      ("« chaque dollar envoyé à Cuba finit dans les poches des militaires »", "mixed", "Marco Rubio"),
      ("dernière chance", "direct", "Irfaan Ali"),
  ],
  not_quotes=["Barbecue", "transition"],
  times=[
      ("lundi", "DATE", "2024-03-11"),
      ("la semaine dernière", "DATE", "2024-W10"),
      ("1998", "DATE", "1998"),
      ("le mars 3, 2024", "DATE", "2024-03-03"),
      ("des années", "DURATION", "PXY"),
      ("lundi", "DATE", "2024-03-11"),
      ("l'an prochain", "DATE", "2025"),
  ],
  entities=[
      ("L:haiti", "LOC", ["Haïti"], ["haïtien", "Haïtiens", "haïtiens"]),
      ("P:ariel_henry", "PER", ["Ariel Henry", "Henry"], []),
      ("L:puerto_rico", "LOC", ["Porto Rico"], []),
      ("P:pierre_louis", "PER", ["Marie-Claude Pierre-Louis", "M.-C. P.-L."], []),
      ("O:ueh", "ORG", ["université d'État d'Haïti"], []),
      ("L:port_au_prince", "LOC", ["Port-au-Prince"], []),
      ("L:havana", "LOC", ["La Havane"], []),
      ("P:toussaint_louverture", "PER", ["Toussaint Louverture"], []),
      ("L:pap_airport", "LOC", ["aéroport Toussaint-Louverture"], []),
      ("P:cherizier", "PER", ["Jimmy Chérizier", "Barbecue"], []),
      ("O:viv_ansanm", "ORG", ["Viv Ansanm"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("L:cuba", "LOC", ["Cuba"], ["cubains"]),
      ("P:diaz_canel", "PER", ["Miguel Díaz-Canel"], []),
      ("P:fidel_castro", "PER", ["Fidel Castro"], []),
      ("P:raul_castro", "PER", ["Raúl Castro"], []),
      ("O:pcc", "ORG", ["Parti communiste de Cuba"], []),
      ("L:usa", "LOC", ["États-Unis"], []),
      ("L:florida", "LOC", ["Floride"], []),
      ("P:rubio", "PER", ["Marco Rubio"], []),
      ("P:blinken", "PER", ["Antony Blinken"], []),
      ("L:kingston", "LOC", ["Kingston"], []),
      ("L:kenya", "LOC", [], ["kényane"]),
      ("L:guyana", "LOC", [], ["guyanien"]),
      ("P:irfaan_ali", "PER", ["Irfaan Ali"], []),
      ("O:caricom", "ORG", ["Caricom"], []),
  ],
  roles=[
      ("P:ariel_henry", "Premier ministre", "L:haiti"),
      ("P:pierre_louis", "historienne", None),
      ("P:pierre_louis", "professeure", "O:ueh"),
      ("P:cherizier", "ancien policier", None),
      ("P:cherizier", "chef", "O:viv_ansanm"),
      ("P:diaz_canel", "président", "L:cuba"),
      ("P:raul_castro", "ancien premier secrétaire", "O:pcc"),
      ("P:rubio", "sénateur", "L:florida"),
      ("P:blinken", "secrétaire d'État", "L:usa"),
      ("P:irfaan_ali", "président", "L:guyana"),
  ])

# ---------------------------------------------------------------- m11 (sports report)
# NOTE: the Pogačar quote uses straight " " marks.
# NOTE: "le triple vainqueur du Tour de France" is a description, not a role.
# NOTE: "Le Slovène" and "le Français" are noun demonyms (L:slovenia, L:france); "l'équipe émiratie"
#   gives a demonym of L:uae, but the team itself is O:uae_team_emirates (hard negative).
# NOTE: "Selon son directeur sportif, ..." is possessive after "l'équipe émiratie" -> of the team.
# NOTE: "le sélectionneur national Thomas Voeckler": "national" points to France, annotated through
#   "Français" -> of L:france (soft; the national team itself is not named).
# NOTE: "Thomas Voeckler y voit un candidat sérieux" has no speech verb -> not a quote.
# NOTE: "Le directeur de l'épreuve": the race is a MISC event, not a country or organisation -> of null.
A(id="m11", published="2025-02-03",
  title="Cyclisme : Pogacar s'envole vers Notre-Dame-de-la-Garde, Grégoire deuxième",
  text="""
MARSEILLE – Tadej Pogačar a remporté dimanche la première édition du Grand Prix des Calanques, au terme d'une attaque lancée dans la montée de Notre-Dame-de-la-Garde. Le Slovène d'UAE Team Emirates-XRG a devancé d'une minute le Français Romain Grégoire (Groupama-FDJ). L'Espagnol Juan Ayuso, son coéquipier, complète le podium.

"Je voulais gagner ici, devant ce public qui vit le vélo comme le foot", a confié le triple vainqueur du Tour de France, acclamé sur le Vieux-Port.

FOOTBALL : L'OM ARRACHE LE NUL À LENS DANS LES ARRÊTS DE JEU

Le manager général de l'équipe émiratie, Mauro Gianetti, a précisé que son leader ne disputerait pas Paris-Nice. Selon son directeur sportif, Joxean Fernández Matxín, le programme jusqu'au printemps « ne bougera plus ».

Chez Groupama-FDJ, le manager Marc Madiot s'est dit « fier mais frustré ». Le capitaine de route David Gaudu, victime d'une chute en début de course, a abandonné. Julien Pinot, entraîneur de Groupama-FDJ et frère de l'ancien coureur Thibaut Pinot, parle d'« une journée à oublier ». Frédéric Grappe, directeur de la performance de l'équipe, estime que Grégoire « n'a jamais été aussi fort en février ».

Présent sur la ligne, le sélectionneur national Thomas Voeckler y voit un candidat sérieux pour les Mondiaux. Le président de la Fédération française de cyclisme (FFC), Michel Callot, a salué « une fête populaire ».

Le maire de Marseille, Benoît Payan, a promis que la course reviendrait « l'an prochain, et pour longtemps ». Le directeur de l'épreuve, Lucien Arnaud, revendique 80 000 spectateurs sur le parcours.

PARTAGER SUR FACEBOOK

TÉLÉCHARGEZ L'APPLI POUR SUIVRE TOUTES LES COURSES EN DIRECT
""",
  boilerplate=["FOOTBALL : L'OM ARRACHE LE NUL À LENS DANS LES ARRÊTS DE JEU",
               "PARTAGER SUR FACEBOOK",
               "TÉLÉCHARGEZ L'APPLI POUR SUIVRE TOUTES LES COURSES EN DIRECT"],
  quotes=[
      ("Je voulais gagner ici, devant ce public qui vit le vélo comme le foot", "direct", "Tadej Pogačar"),
      ("son leader ne disputerait pas Paris-Nice", "indirect", "Mauro Gianetti"),
      ("le programme jusqu'au printemps « ne bougera plus »", "mixed", "Joxean Fernández Matxín"),
      ("fier mais frustré", "direct", "Marc Madiot"),
      ("une journée à oublier", "direct", "Julien Pinot"),
      ("Grégoire « n'a jamais été aussi fort en février »", "mixed", "Frédéric Grappe"),
      ("une fête populaire", "direct", "Michel Callot"),
      ("la course reviendrait « l'an prochain, et pour longtemps »", "mixed", "Benoît Payan"),
  ],
  not_quotes=[],
  times=[
      ("dimanche", "DATE", "2025-02-02"),
      ("une minute", "DURATION", "PT1M"),
      ("printemps", "DATE", "2025-SP"),
      ("février", "DATE", "2025-02"),
      ("l'an prochain", "DATE", "2026"),
  ],
  entities=[
      ("L:marseille", "LOC", ["MARSEILLE", "Marseille"], []),
      ("P:pogacar", "PER", ["Tadej Pogačar"], []),
      ("M:gp_calanques", "MISC", ["Grand Prix des Calanques"], []),
      ("L:notre_dame_de_la_garde", "LOC", ["Notre-Dame-de-la-Garde"], []),
      ("L:slovenia", "LOC", [], ["Slovène"]),
      ("O:uae_team_emirates", "ORG", ["UAE Team Emirates-XRG"], []),
      ("L:france", "LOC", [], ["Français"]),
      ("P:romain_gregoire", "PER", ["Romain Grégoire", "Grégoire"], []),
      ("O:groupama_fdj", "ORG", ["Groupama-FDJ"], []),
      ("M:tour_de_france", "MISC", ["Tour de France"], []),
      ("L:vieux_port", "LOC", ["Vieux-Port"], []),
      ("L:uae", "LOC", [], ["émiratie"]),
      ("P:gianetti", "PER", ["Mauro Gianetti"], []),
      ("M:paris_nice", "MISC", ["Paris-Nice"], []),
      ("P:matxin", "PER", ["Joxean Fernández Matxín"], []),
      ("P:madiot", "PER", ["Marc Madiot"], []),
      ("P:gaudu", "PER", ["David Gaudu"], []),
      ("L:spain", "LOC", [], ["Espagnol"]),
      ("P:juan_ayuso", "PER", ["Juan Ayuso"], []),
      ("P:julien_pinot", "PER", ["Julien Pinot"], []),
      ("P:thibaut_pinot", "PER", ["Thibaut Pinot"], []),
      ("P:grappe", "PER", ["Frédéric Grappe"], []),
      ("P:voeckler", "PER", ["Thomas Voeckler"], []),
      ("M:worlds", "MISC", ["Mondiaux"], []),
      ("O:ffc", "ORG", ["Fédération française de cyclisme", "FFC"], []),
      ("P:callot", "PER", ["Michel Callot"], []),
      ("P:payan", "PER", ["Benoît Payan"], []),
      ("P:lucien_arnaud", "PER", ["Lucien Arnaud"], []),
  ],
  roles=[
      ("P:gianetti", "manager général", "O:uae_team_emirates"),
      ("P:matxin", "directeur sportif", "O:uae_team_emirates"),
      ("P:madiot", "manager", "O:groupama_fdj"),
      ("P:gaudu", "capitaine de route", "O:groupama_fdj"),
      ("P:grappe", "directeur de la performance", "O:groupama_fdj"),
      ("P:julien_pinot", "entraîneur", "O:groupama_fdj"),
      ("P:thibaut_pinot", "ancien coureur", None),
      ("P:voeckler", "sélectionneur national", "L:france"),
      ("P:callot", "président", "O:ffc"),
      ("P:payan", "maire", "L:marseille"),
      ("P:lucien_arnaud", "directeur de l'épreuve", None),
  ])

# ---------------------------------------------------------------- m12 (regional daily)
# NOTE: bare "Marseille" = the city in "le maire de Marseille" and = the club in "Même Marseille
#   s'en mêle : l'OM ..." -> listed for both L:marseille and O:om (hard negative).
# NOTE: "corse" (terminal corse) is the adjective of the region -> demonym of L:corsica.
# NOTE: "la nuit" in Giordano's quote is generic (night shifts), not a time reference -> not annotated.
# NOTE: Muselier's que-clause is entirely inside guillemets -> mixed with marks.
# NOTE: "a annoncé son président, Pablo Longoria" is possessive after naming the club -> of O:om;
#   the clause before it is a postposed indirect quote.
# NOTE: "Le maire socialiste" is a second reference, not a new role.
A(id="m12", published="2024-10-09",
  title="Port de Marseille : les dockers bloquent les ferries pour la Corse",
  text="""
MARSEILLE – Aucun ferry n'a quitté la gare maritime de la Joliette depuis lundi. À l'appel de la CGT, dockers et agents portuaires bloquent les accès au terminal corse pour protester contre la réorganisation des équipes de nuit.

« On nous demande de travailler plus, la nuit, pour le même salaire. C'est non », a tonné mardi Patrick Giordano, secrétaire général du syndicat CGT des dockers du port.

La directrice générale du Grand port maritime de Marseille (GPMM), Christine Aubanel, assure que le projet « n'entraînera aucune perte de revenu » et qu'une réunion aura lieu jeudi. Le préfet des Bouches-du-Rhône, Georges-François Leclerc, recevra les deux parties. Aucune évacuation n'est envisagée « à ce stade », a indiqué la préfecture.

Lire aussi : Marseille : le tramway prolongé jusqu'à la Castellane

À Ajaccio, le président du conseil exécutif de Corse, Gilles Simeoni, dénonce une « prise d'otages de l'île ». Le président de la région Provence-Alpes-Côte d'Azur, Renaud Muselier, lui a répondu sur X que « la Corse n'est pas la seule à souffrir ».

Selon le maire de Marseille, Benoit Payan, près de 4 000 passagers ont vu leur traversée annulée. Le maire socialiste accuse l'État de « regarder ailleurs ».

Le directeur général de la Compagnie Corse-Continent (CCC), Jean-Marc Ristori, chiffre les pertes à 300 000 euros par jour. Me Sandrine Orsoni, avocate au cabinet Orsoni-Bianchi, qui défend la compagnie, a déposé un référé devant le tribunal judiciaire de Marseille.

Même Marseille s'en mêle : l'OM offrira des places pour le match de dimanche au Vélodrome aux passagers bloqués, a annoncé son président, Pablo Longoria.

VOUS AVEZ AIMÉ CET ARTICLE ? ABONNEZ-VOUS À NOTRE NEWSLETTER
""",
  boilerplate=["Lire aussi : Marseille : le tramway prolongé jusqu'à la Castellane",
               "VOUS AVEZ AIMÉ CET ARTICLE ? ABONNEZ-VOUS À NOTRE NEWSLETTER"],
  quotes=[
      ("On nous demande de travailler plus, la nuit, pour le même salaire. C'est non", "direct", "Patrick Giordano"),
      ("le projet « n'entraînera aucune perte de revenu » et qu'une réunion aura lieu jeudi", "mixed", "Christine Aubanel"),
      ("Aucune évacuation n'est envisagée « à ce stade »", "mixed", "la préfecture"),
      ("prise d'otages de l'île", "direct", "Gilles Simeoni"),
      ("« la Corse n'est pas la seule à souffrir »", "mixed", "Renaud Muselier"),
      ("près de 4 000 passagers ont vu leur traversée annulée", "indirect", "Benoit Payan"),
      ("regarder ailleurs", "direct", "Benoit Payan"),
      ("l'OM offrira des places pour le match de dimanche au Vélodrome aux passagers bloqués", "indirect", "Pablo Longoria"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2024-10-07"),
      ("mardi", "DATE", "2024-10-08"),
      ("jeudi", "DATE", "2024-10-10"),
      ("par jour", "SET", "P1D"),
      ("dimanche", "DATE", "2024-10-13"),
  ],
  entities=[
      ("L:marseille", "LOC", ["MARSEILLE", "Marseille"], []),
      ("L:joliette_terminal", "LOC", ["gare maritime de la Joliette"], []),
      ("O:cgt", "ORG", ["CGT"], []),
      ("L:corsica", "LOC", ["Corse"], ["corse"]),
      ("P:giordano", "PER", ["Patrick Giordano"], []),
      ("O:cgt_dockers", "ORG", ["syndicat CGT des dockers du port"], []),
      ("O:gpmm", "ORG", ["Grand port maritime de Marseille", "GPMM"], []),
      ("P:aubanel", "PER", ["Christine Aubanel"], []),
      ("L:bouches_du_rhone", "LOC", ["Bouches-du-Rhône"], []),
      ("P:leclerc", "PER", ["Georges-François Leclerc"], []),
      ("L:ajaccio", "LOC", ["Ajaccio"], []),
      ("P:simeoni", "PER", ["Gilles Simeoni"], []),
      ("L:paca", "LOC", ["Provence-Alpes-Côte d'Azur"], []),
      ("P:muselier", "PER", ["Renaud Muselier"], []),
      ("O:x", "ORG", ["X"], []),
      ("P:payan", "PER", ["Benoit Payan"], []),
      ("O:ccc", "ORG", ["Compagnie Corse-Continent", "CCC"], []),
      ("P:ristori", "PER", ["Jean-Marc Ristori"], []),
      ("P:sandrine_orsoni", "PER", ["Sandrine Orsoni"], []),
      ("O:orsoni_bianchi", "ORG", ["cabinet Orsoni-Bianchi"], []),
      ("O:tj_marseille", "ORG", ["tribunal judiciaire de Marseille"], []),
      ("O:om", "ORG", ["Marseille", "OM"], []),
      ("L:velodrome", "LOC", ["Vélodrome"], []),
      ("P:longoria", "PER", ["Pablo Longoria"], []),
  ],
  roles=[
      ("P:giordano", "secrétaire général", "O:cgt_dockers"),
      ("P:aubanel", "directrice générale", "O:gpmm"),
      ("P:leclerc", "préfet", "L:bouches_du_rhone"),
      ("P:simeoni", "président du conseil exécutif", "L:corsica"),
      ("P:muselier", "président", "L:paca"),
      ("P:payan", "maire", "L:marseille"),
      ("P:ristori", "directeur général", "O:ccc"),
      ("P:sandrine_orsoni", "avocate", "O:orsoni_bianchi"),
      ("P:longoria", "président", "O:om"),
  ])
