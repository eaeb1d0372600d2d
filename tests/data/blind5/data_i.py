# Blind test articles i01-i12 (written and annotated by hand by an independent annotator).
#
# Real public figures appear, but the events are partly invented and EVERY QUOTE IS INVENTED.
# Invented people: Chinedu Okafor (i01, economist, University of Lagos), Mame Diarra Fall (i02,
#   jurist, UCAD), Hany Mansour (i03, editorialist), Grâce Mbuyi (i04, journalist at Congo Check),
#   Jean-Baptiste Habimana (i04, researcher, University of Rwanda), Nurul Hidayah (i05, analyst at
#   Maybank), Eleni Kyprianou and her daughter Maria Kyprianou (i08), Ingrid Haugland (i09, economist
#   at DNB), Beatriz Moraes Lins (i10, political scientist, FGV), and, in bylines only, Camille Duret
#   (i10) and Nathalie Grondin (i11).
# Invented bodies: the law firm Demetriou & Associés (i08); the fact-check desk "Vérif'" (i04 byline).
# Invented events: the viral video and the fake Trump post (i04), the Perth score (i07), the
#   Stubb visit and VG poll (i09), the Quaest figure (i10); other events are real but embellished.
# Real public figures appear throughout; none of their quotes is real.
#
# Cross-document entities (same id = same real-world entity): P:trump (i04 i06 i09 i10),
#   L:brussels (i05 i09 i11 i12), O:european_parliament (i08 i11 i12), P:kaili (i08 i12),
#   P:putin (i08 i09), P:anwar_ibrahim, L:malaysia, L:kuala_lumpur (i05 i06), P:lula, P:prabowo,
#   O:brics, L:rio_de_janeiro, L:brazil (i05 i10), O:ecowas (i01 i02), O:african_union, O:un (i03 i04),
#   P:omarjee, L:reunion (i11 i12), P:mitsotakis, L:greece, L:athens (i08 i12), L:morocco (i02 i12),
#   L:washington (i04 i10), L:usa (i04 i06), L:indonesia (i05 i10).
# Cross-document hard negatives: O:rapid_support_forces "RSF" (i03) ≠ O:reporters_sans_frontieres
#   "RSF" (i04); P:olayemi_cardoso (i01) ≠ P:fernando_henrique_cardoso (i10); P:yahaya_bello (i01) ≠
#   P:huguette_bello (i11); P:ibrahim_mahama (i01) ≠ P:anwar_ibrahim (i05 i06) ≠ P:sultan_ibrahim (i05);
#   L:rio_de_janeiro (i05 i10) ≠ L:rio_de_janeiro_state (i10); L:niger ≠
#   L:nigeria (i01).
#
# Layout conventions follow tests/data/blind/README.md. Judgement calls are recorded as
# `# NOTE:` lines next to the article they concern.
#
# NOTE (general): roles come only from titles placed before the name and from appositions.
#   A title given in a relative clause after the name ("X, qui dirige la banque centrale
#   depuis 2023,") is NOT annotated as a role (README: only pre-nominal titles and appositions).
# NOTE (general): an appointment or election in an apposition ("Y, élue maire de Z en 2020,")
#   is an apposition and is annotated as a role; a predicate ("X a été nommée ministre") is
#   annotated only when the same person also carries the title before the name or in apposition.
# NOTE (general): a title given through a demonym of an institution ("porte-parole de la
#   présidence nigériane") gets the country as `of`, since the institution is not a named entity.
ARTICLES = []

SPEAKER_OVERRIDES = {}


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------- i01  (wire dispatch, dateline)
# NOTE: Olayemi Cardoso's title comes only from "qui dirige la Banque centrale du Nigeria (CBN)
#   depuis 2023" -> no role (relative clause). He is a hard negative of P:fernando_henrique_cardoso (i10).
# NOTE: "Mahama" alone = John Dramani Mahama; his brother Ibrahim Mahama is a separate entity.
# NOTE: Bayo Onanuga "porte-parole de la présidence nigériane" -> title "porte-parole de la présidence",
#   of L:nigeria (the demonym; the presidency is not a named entity).
A(id="i01", published="2025-03-12",
  title="Nigeria-Ghana : Tinubu et Mahama promettent de relancer le commerce ouest-africain",
  text="""
ABUJA – Le président nigérian Bola Ahmed Tinubu a reçu mardi le président ghanéen John Dramani Mahama pour une visite consacrée au commerce et à l'avenir de la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO), fragilisée par le départ du Mali, du Burkina Faso et du Niger.

« Le Ghana et le Nigeria ne sont pas des rivaux, nous sommes des frères qui se disputent parfois la même assiette de jollof », a lancé M. Mahama à la villa d'Aso Rock.

Selon Bayo Onanuga, porte-parole de la présidence nigériane, les deux dirigeants ont convenu de créer un comité mixte sur les droits de douane d'ici la fin du mois de juin.

ZAMFARA : DES HOMMES ARMÉS ENLÈVENT UNE QUARANTAINE D'ÉLÈVES

Le ministre nigérian des Finances Wale Edun a plaidé pour une « monnaie commune réaliste », tandis que son collègue ghanéen, Cassiel Ato Forson, ministre des Finances, a rappelé qu'Accra voulait d'abord « stabiliser le cedi ». Olayemi Cardoso, qui dirige la Banque centrale du Nigeria (CBN) depuis 2023, assistait aux entretiens.

Un protocole sur le gaz signé le nov. 2, 2023 par l'ancien président Nana Akufo-Addo est resté lettre morte, d'après un diplomate ghanéen.

Le frère cadet du chef de l'État ghanéen, l'homme d'affaires Ibrahim Mahama, faisait partie de la délégation, ce qui a suscité des critiques à Accra.

Pour Chinedu Okafor, économiste à l'université de Lagos, « la vraie question reste la contrebande à la frontière béninoise ».

À Abuja, la visite a été éclipsée par la comparution, le même jour, de l'ancien gouverneur de l'État de Kogi Yahaya Bello devant la Haute Cour fédérale.

Lire aussi : Nigeria : le naira au plus bas face au dollar

Par notre correspondant, avec AFP — Photo : Kola Sulaimon / AFP
""",
  boilerplate=["ZAMFARA : DES HOMMES ARMÉS ENLÈVENT UNE QUARANTAINE D'ÉLÈVES",
               "Lire aussi : Nigeria : le naira au plus bas face au dollar",
               "Par notre correspondant, avec AFP — Photo : Kola Sulaimon / AFP"],
  quotes=[
      ("Le Ghana et le Nigeria ne sont pas des rivaux, nous sommes des frères qui se disputent parfois la même assiette de jollof", "direct", "John Dramani Mahama"),
      ("les deux dirigeants ont convenu de créer un comité mixte sur les droits de douane d'ici la fin du mois de juin", "indirect", "Bayo Onanuga"),
      ("monnaie commune réaliste", "direct", "Wale Edun"),
      ("Accra voulait d'abord « stabiliser le cedi »", "mixed", "Cassiel Ato Forson"),
      ("Un protocole sur le gaz signé le nov. 2, 2023 par l'ancien président Nana Akufo-Addo est resté lettre morte", "indirect", "un diplomate ghanéen"),
      ("« la vraie question reste la contrebande à la frontière béninoise »", "mixed", "Chinedu Okafor"),
  ],
  not_quotes=[],
  times=[
      ("mardi", "DATE", "2025-03-11"),
      ("la fin du mois de juin", "DATE", "2025-06"),
      ("2023", "DATE", "2023"),
      ("le nov. 2, 2023", "DATE", "2023-11-02"),
      ("le même jour", "DATE", "2025-03-11"),
  ],
  entities=[
      ("L:abuja", "LOC", ["ABUJA", "Abuja"], []),
      ("P:tinubu", "PER", ["Bola Ahmed Tinubu"], []),
      ("L:nigeria", "LOC", ["Nigeria"], ["nigérian", "nigériane"]),
      ("P:john_mahama", "PER", ["John Dramani Mahama", "Mahama"], []),
      ("L:ghana", "LOC", ["Ghana"], ["ghanéen"]),
      ("O:ecowas", "ORG", ["Communauté économique des États de l'Afrique de l'Ouest", "CEDEAO"], []),
      ("L:mali", "LOC", ["Mali"], []),
      ("L:burkina_faso", "LOC", ["Burkina Faso"], []),
      ("L:niger", "LOC", ["Niger"], []),
      ("L:aso_rock", "LOC", ["Aso Rock"], []),
      ("P:onanuga", "PER", ["Bayo Onanuga"], []),
      ("P:wale_edun", "PER", ["Wale Edun"], []),
      ("P:ato_forson", "PER", ["Cassiel Ato Forson"], []),
      ("L:accra", "LOC", ["Accra"], []),
      ("P:olayemi_cardoso", "PER", ["Olayemi Cardoso"], []),
      ("O:central_bank_of_nigeria", "ORG", ["Banque centrale du Nigeria", "CBN"], []),
      ("P:akufo_addo", "PER", ["Nana Akufo-Addo"], []),
      ("P:ibrahim_mahama", "PER", ["Ibrahim Mahama"], []),
      ("P:chinedu_okafor", "PER", ["Chinedu Okafor"], []),
      ("O:university_of_lagos", "ORG", ["université de Lagos"], []),
      ("L:benin", "LOC", [], ["béninoise"]),
      ("P:yahaya_bello", "PER", ["Yahaya Bello"], []),
      ("L:kogi", "LOC", ["État de Kogi"], []),
      ("O:nigeria_federal_high_court", "ORG", ["Haute Cour fédérale"], []),
  ],
  roles=[
      ("P:tinubu", "président", "L:nigeria"),
      ("P:john_mahama", "président", "L:ghana"),
      ("P:onanuga", "porte-parole de la présidence", "L:nigeria"),
      ("P:wale_edun", "ministre des Finances", "L:nigeria"),
      ("P:ato_forson", "ministre des Finances", "L:ghana"),
      ("P:akufo_addo", "ancien président", "L:ghana"),
      ("P:ibrahim_mahama", "homme d'affaires", None),
      ("P:chinedu_okafor", "économiste", "O:university_of_lagos"),
      ("P:yahaya_bello", "ancien gouverneur", "L:kogi"),
  ])


# ---------------------------------------------------------------- i02  (parliamentary report)
# NOTE: two different people named Amadou Ba: the Pastef deputy (P:amadou_ba_pastef) and the former
#   Prime Minister (P:amadou_ba_pm). Both have the mention "Amadou Ba"; the quote is the deputy's
#   (SPEAKER_OVERRIDES).
# NOTE: "le député Amadou Ba (Pastef)": the party is in parentheses, not a complement; `of` is the
#   Assemblée nationale, clearly implied.
# NOTE: "Premier ministre", "chef de l'État", "ministre de la Justice" are bare titles -> of L:senegal,
#   which is annotated through the demonym "sénégalaise".
# NOTE: "Dakar" inside "université Cheikh-Anta-Diop de Dakar" is nested; it is listed because it
#   also occurs alone ("Dakar accueille").
# NOTE: Aïssata Tall Sall and Macky Sall share a surname and are not related.
# NOTE: « marathon » is a scare quote in the journalist's voice -> not_quote.
SPEAKER_OVERRIDES[("i02", "Amadou Ba")] = "P:amadou_ba_pastef"
A(id="i02", published="2025-04-03",
  title="Sénégal : l'Assemblée adopte la loi d'interprétation de l'amnistie",
  text="""
DAKAR – L'Assemblée nationale sénégalaise a adopté mercredi soir, par 126 voix contre 20, la proposition de loi portant interprétation de la loi d'amnistie de mars 2024, au terme d'une séance « marathon » de plus de dix heures.

Le texte a été déposé par le député Amadou Ba (Pastef), à ne pas confondre avec l'ancien Premier ministre Amadou Ba, candidat malheureux à la présidentielle. Selon le parlementaire, la loi « ne couvrira pas les actes de torture ni les assassinats » commis entre 2021 et 2024.

Le président de l'Assemblée, El Malick Ndiaye, a dû suspendre la séance à deux reprises. « Nous ne sommes pas ici pour régler des comptes, mais pour rendre justice aux familles », a-t-il lancé vers minuit.

LIRE AUSSI – Casamance : retour des déplacés dans la région de Ziguinchor

Aïssata Tall Sall, présidente du groupe parlementaire Takku Wallu Sénégal, a dénoncé une « loi de vengeance » visant l'ancien président Macky Sall, qui vit au Maroc depuis avril 2024. Le ministre de la Justice, Ousmane Diagne, a assuré que le gouvernement « respectera la décision du Conseil constitutionnel » si l'opposition saisit les sages.

Le Premier ministre Ousmane Sonko, absent de l'hémicycle, a salué sur les réseaux sociaux un « jour historique ». Le chef de l'État Bassirou Diomaye Faye doit promulguer le texte dans les quinze jours.

Pour Mame Diarra Fall, juriste à l'université Cheikh-Anta-Diop de Dakar, le texte risque « d'ouvrir une boîte de Pandore ». Le vote intervient alors que Dakar accueille la semaine prochaine une réunion ministérielle de la CEDEAO.

Recevez chaque matin l'essentiel de l'actualité africaine : inscrivez-vous à notre newsletter
""",
  boilerplate=["LIRE AUSSI – Casamance : retour des déplacés dans la région de Ziguinchor",
               "Recevez chaque matin l'essentiel de l'actualité africaine : inscrivez-vous à notre newsletter"],
  quotes=[
      ("la loi « ne couvrira pas les actes de torture ni les assassinats » commis entre 2021 et 2024", "mixed", "Amadou Ba"),
      ("Nous ne sommes pas ici pour régler des comptes, mais pour rendre justice aux familles", "direct", "El Malick Ndiaye"),
      ("loi de vengeance", "direct", "Aïssata Tall Sall"),
      ("le gouvernement « respectera la décision du Conseil constitutionnel » si l'opposition saisit les sages", "mixed", "Ousmane Diagne"),
      ("jour historique", "direct", "Ousmane Sonko"),
      ("le texte risque « d'ouvrir une boîte de Pandore »", "mixed", "Mame Diarra Fall"),
  ],
  not_quotes=["marathon"],
  times=[
      ("mercredi soir", "TIME", "2025-04-02TEV"),
      ("mars 2024", "DATE", "2024-03"),
      ("dix heures", "DURATION", "PT10H"),
      ("2021", "DATE", "2021"),
      ("2024", "DATE", "2024"),
      ("minuit", "TIME", "2025-04-03T00:00"),
      ("avril 2024", "DATE", "2024-04"),
      ("quinze jours", "DURATION", "P15D"),
      ("la semaine prochaine", "DATE", "2025-W15"),
  ],
  entities=[
      ("L:dakar", "LOC", ["DAKAR", "Dakar"], []),
      ("O:senegal_national_assembly", "ORG", ["Assemblée nationale", "Assemblée"], []),
      ("L:senegal", "LOC", [], ["sénégalaise"]),
      ("P:amadou_ba_pastef", "PER", ["Amadou Ba"], []),
      ("O:pastef", "ORG", ["Pastef"], []),
      ("P:amadou_ba_pm", "PER", ["Amadou Ba"], []),
      ("P:el_malick_ndiaye", "PER", ["El Malick Ndiaye"], []),
      ("P:aissata_tall_sall", "PER", ["Aïssata Tall Sall"], []),
      ("O:takku_wallu", "ORG", ["Takku Wallu Sénégal"], []),
      ("P:macky_sall", "PER", ["Macky Sall"], []),
      ("L:morocco", "LOC", ["Maroc"], []),
      ("P:ousmane_diagne", "PER", ["Ousmane Diagne"], []),
      ("O:senegal_constitutional_council", "ORG", ["Conseil constitutionnel"], []),
      ("P:sonko", "PER", ["Ousmane Sonko"], []),
      ("P:diomaye_faye", "PER", ["Bassirou Diomaye Faye"], []),
      ("P:mame_diarra_fall", "PER", ["Mame Diarra Fall"], []),
      ("O:ucad", "ORG", ["université Cheikh-Anta-Diop de Dakar"], []),
      ("O:ecowas", "ORG", ["CEDEAO"], []),
  ],
  roles=[
      ("P:amadou_ba_pastef", "député", "O:senegal_national_assembly"),
      ("P:amadou_ba_pm", "ancien Premier ministre", "L:senegal"),
      ("P:el_malick_ndiaye", "président", "O:senegal_national_assembly"),
      ("P:aissata_tall_sall", "présidente", "O:takku_wallu"),
      ("P:macky_sall", "ancien président", "L:senegal"),
      ("P:ousmane_diagne", "ministre de la Justice", "L:senegal"),
      ("P:sonko", "Premier ministre", "L:senegal"),
      ("P:diomaye_faye", "chef de l'État", "L:senegal"),
      ("P:mame_diarra_fall", "juriste", "O:ucad"),
  ])


# ---------------------------------------------------------------- i03  (press review)
# Invented: Hany Mansour (editorialist at Al-Masry Al-Youm).
# NOTE: two people share the given name "Abdel Fattah": al-Sissi (Egypt) and al-Burhane (Sudan).
# NOTE: O:rapid_support_forces has the forms "Forces de soutien rapide", "FSR" and "RSF" (English
#   acronym); it is a hard negative of O:reporters_sans_frontieres ("RSF", i04).
# NOTE: "selon le sigle anglais" is not a source attribution; it sits inside the Sudan Tribune clause.
# NOTE: "président de la Commission de l'Union africaine (UA)": the Commission is not annotated as a
#   separate entity; title "président de la Commission", of O:african_union.
# NOTE: "Hemedti" is a nickname: a not_quote and also a mention form.
# NOTE: Hany Mansour's quote runs over a paragraph break and is reopened with « -> one direct quote;
#   "cette année" inside it = 2025 (time of writing).
# NOTE: "Soudan" inside "Port-Soudan" is nested; L:sudan is listed with "Soudan" because it also
#   occurs alone ("partition du Soudan").
A(id="i03", published="2025-01-16",
  title="Revue de presse : la reprise de Wad Madani vue du Caire et de Port-Soudan",
  text="""
Revue de presse du jeudi 16 janvier.

La reprise de Wad Madani, chef-lieu de l'État d'Al-Jazira, par l'armée soudanaise fait la une de la presse régionale. Le quotidien égyptien Al-Ahram salue « une victoire de l'État sur les milices » et rappelle que le président Abdel Fattah al-Sissi (عبد الفتاح السيسي) avait reçu au Caire le mois dernier le chef de l'armée soudanaise Abdel Fattah al-Burhane, dont le gouvernement siège à Port-Soudan.

Selon le Sudan Tribune, les Forces de soutien rapide (FSR, ou RSF selon le sigle anglais) se sont retirées vers l'ouest dès Le janv. Le 11. Leur chef, Mohamed Hamdan Daglo, dit « Hemedti », a reconnu dans un message audio « une bataille perdue, pas la guerre ».

CAN 2025 : L'ÉGYPTE DE SALAH HÉRITE DU ZIMBABWE ET DE L'AFRIQUE DU SUD

Au Caire, le ministre égyptien des Affaires étrangères Badr Abdelatty a assuré que l'Égypte « ne tolérera aucune partition du Soudan ». Dans Al-Masry Al-Youm, l'éditorialiste Hany Mansour est plus sévère : « Sissi a misé sur un seul cheval, et ce cheval boite.

« Les colonnes de déplacés vers Assouan ne diminueront pas cette année », écrit-il.

Le secrétaire général adjoint de l'ONU aux affaires humanitaires, Tom Fletcher, cité par la BBC, a appelé à “ouvrir immédiatement les routes vers le Darfour ». Pour Moussa Faki Mahamat, président de la Commission de l'Union africaine (UA), seule une solution politique « inclusive » mettra fin à la guerre.

D'après Asharq Al-Awsat, l'ancien Premier ministre soudanais Abdallah Hamdok, président de la coalition civile Tagaddum, doit rencontrer des diplomates égyptiens la semaine prochaine.

Vous aimez notre revue de presse ? Partagez-la sur WhatsApp
""",
  boilerplate=["CAN 2025 : L'ÉGYPTE DE SALAH HÉRITE DU ZIMBABWE ET DE L'AFRIQUE DU SUD",
               "Vous aimez notre revue de presse ? Partagez-la sur WhatsApp"],
  quotes=[
      ("une victoire de l'État sur les milices", "direct", "Al-Ahram"),
      ("les Forces de soutien rapide (FSR, ou RSF selon le sigle anglais) se sont retirées vers l'ouest dès Le janv. Le 11", "indirect", "Sudan Tribune"),
      ("une bataille perdue, pas la guerre", "direct", "Mohamed Hamdan Daglo"),
      ("l'Égypte « ne tolérera aucune partition du Soudan »", "mixed", "Badr Abdelatty"),
      ("Sissi a misé sur un seul cheval, et ce cheval boite.\n\n« Les colonnes de déplacés vers Assouan ne diminueront pas cette année", "direct", "Hany Mansour"),
      ("ouvrir immédiatement les routes vers le Darfour", "direct", "Tom Fletcher"),
      ("seule une solution politique « inclusive » mettra fin à la guerre", "mixed", "Moussa Faki Mahamat"),
      ("l'ancien Premier ministre soudanais Abdallah Hamdok, président de la coalition civile Tagaddum, doit rencontrer des diplomates égyptiens la semaine prochaine", "indirect", "Asharq Al-Awsat"),
  ],
  not_quotes=["Hemedti"],
  times=[
      ("jeudi 16 janvier", "DATE", "2025-01-16"),
      ("le mois dernier", "DATE", "2024-12"),
      ("Le janv. Le 11", "DATE", "2025-01-11"),
      ("cette année", "DATE", "2025"),
      ("la semaine prochaine", "DATE", "2025-W04"),
  ],
  entities=[
      ("L:wad_madani", "LOC", ["Wad Madani"], []),
      ("L:al_jazira_state", "LOC", ["État d'Al-Jazira"], []),
      ("L:sudan", "LOC", ["Soudan"], ["soudanaise", "soudanais"]),
      ("L:egypt", "LOC", ["Égypte"], ["égyptien", "égyptiens"]),
      ("O:al_ahram", "ORG", ["Al-Ahram"], []),
      ("P:sisi", "PER", ["Abdel Fattah al-Sissi", "عبد الفتاح السيسي", "Sissi"], []),
      ("L:cairo", "LOC", ["Caire"], []),
      ("P:burhan", "PER", ["Abdel Fattah al-Burhane"], []),
      ("L:port_sudan", "LOC", ["Port-Soudan"], []),
      ("O:sudan_tribune", "ORG", ["Sudan Tribune"], []),
      ("O:rapid_support_forces", "ORG", ["Forces de soutien rapide", "FSR", "RSF"], []),
      ("P:hemedti", "PER", ["Mohamed Hamdan Daglo", "Hemedti"], []),
      ("P:abdelatty", "PER", ["Badr Abdelatty"], []),
      ("O:al_masry_al_youm", "ORG", ["Al-Masry Al-Youm"], []),
      ("P:hany_mansour", "PER", ["Hany Mansour"], []),
      ("L:aswan", "LOC", ["Assouan"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("P:tom_fletcher", "PER", ["Tom Fletcher"], []),
      ("O:bbc", "ORG", ["BBC"], []),
      ("L:darfur", "LOC", ["Darfour"], []),
      ("P:moussa_faki", "PER", ["Moussa Faki Mahamat"], []),
      ("O:african_union", "ORG", ["Union africaine", "UA"], []),
      ("O:asharq_al_awsat", "ORG", ["Asharq Al-Awsat"], []),
      ("P:hamdok", "PER", ["Abdallah Hamdok"], []),
      ("O:tagaddum", "ORG", ["Tagaddum"], []),
  ],
  roles=[
      ("P:sisi", "président", "L:egypt"),
      ("P:burhan", "chef de l'armée", "L:sudan"),
      ("P:hemedti", "chef", "O:rapid_support_forces"),
      ("P:abdelatty", "ministre des Affaires étrangères", "L:egypt"),
      ("P:hany_mansour", "éditorialiste", "O:al_masry_al_youm"),
      ("P:tom_fletcher", "secrétaire général adjoint aux affaires humanitaires", "O:un"),
      ("P:moussa_faki", "président de la Commission", "O:african_union"),
      ("P:hamdok", "ancien Premier ministre", "L:sudan"),
      ("P:hamdok", "président", "O:tagaddum"),
  ])


# ---------------------------------------------------------------- i04  (fact-check)
# Invented: Grâce Mbuyi (journalist at Congo Check), Jean-Baptiste Habimana (researcher, University of
#   Rwanda). The viral video and the fake Trump post are invented.
# NOTE: the fabricated sentence « Le Nord-Kivu appartient désormais au Rwanda » is annotated as a
#   direct quote with the speaker the video attributes it to (Paul Kagame): the annotation records
#   attribution, not authenticity.
# NOTE: "Une seconde publication attribuée à Donald Trump, affirmant que …": grammatically the
#   publication affirms -> speaker is that description (speaker_gold null).
# NOTE: "23 mars" inside "Mouvement du 23 mars" is part of an organisation's name -> not a time.
# NOTE: "selon l'analyse de Grâce Mbuyi" is a postposed attribution -> indirect quote.
# NOTE: O:reporters_sans_frontieres ("RSF") is a hard negative of O:rapid_support_forces ("RSF", i03).
# NOTE: "ministre de la Communication et porte-parole du gouvernement congolais Patrick Muyaya" ->
#   two roles, both of L:drc.
A(id="i04", published="2025-02-06",
  title="Vérification : non, Paul Kagame n'a pas annoncé l'annexion du Nord-Kivu",
  text="""
Par la cellule Vérif' — Temps de lecture : 3 min

CE QUI CIRCULE. Une vidéo partagée plus de 40 000 fois depuis lundi sur TikTok attribue au président rwandais Paul Kagame la phrase « Le Nord-Kivu appartient désormais au Rwanda ».

CE QUE NOUS AVONS VÉRIFIÉ. La séquence est extraite d'un discours prononcé le juil. 4, 2024 à Kigali, lors de la fête de la Libération, où le chef de l'État rwandais évoquait « la sécurité de nos frontières ». La voix a été modifiée par intelligence artificielle, selon l'analyse de Grâce Mbuyi, journaliste au site Congo Check.

Yolande Makolo, porte-parole du gouvernement rwandais, a qualifié la vidéo de « fabrication grossière ». À Kinshasa, le ministre de la Communication et porte-parole du gouvernement congolais Patrick Muyaya l'avait pourtant relayée mardi, avant de la supprimer. Contacté, M. Muyaya a reconnu qu'il « n'avait pas vérifié la source ».

Une seconde publication attribuée à Donald Trump, affirmant que Washington « reconnaît la souveraineté rwandaise » sur Goma, est également fausse : elle n'apparaît pas sur le compte du président américain.

CONTEXTE. Le Mouvement du 23 mars (M23) contrôle Goma depuis le 27 janvier. Selon un rapport d'experts de l'ONU, quelque 4 000 soldats rwandais combattent à ses côtés. Lawrence Kanyuka, porte-parole du M23, et Corneille Nangaa, coordinateur de l'Alliance Fleuve Congo (AFC), rejettent ce chiffre. Selon Reporters sans frontières (RSF), au moins trois journalistes ont été tués dans l'est de la RDC depuis janvier.

Le président congolais Félix Tshisekedi doit retrouver Paul Kagame samedi à Dar es-Salaam, lors d'un sommet régional soutenu par l'Union africaine. Pour Jean-Baptiste Habimana, chercheur à l'université du Rwanda, ces montages « prospèrent sur la peur ».

VERDICT : FAUX.

Vous avez repéré une information douteuse ? Écrivez-nous sur WhatsApp
""",
  boilerplate=["Par la cellule Vérif' — Temps de lecture : 3 min",
               "Vous avez repéré une information douteuse ? Écrivez-nous sur WhatsApp"],
  quotes=[
      ("Le Nord-Kivu appartient désormais au Rwanda", "direct", "Paul Kagame"),
      ("la sécurité de nos frontières", "direct", "Paul Kagame"),
      ("La voix a été modifiée par intelligence artificielle", "indirect", "Grâce Mbuyi"),
      ("fabrication grossière", "direct", "Yolande Makolo"),
      ("il « n'avait pas vérifié la source »", "mixed", "Patrick Muyaya"),
      ("Washington « reconnaît la souveraineté rwandaise » sur Goma", "mixed", "une seconde publication attribuée à Donald Trump"),
      ("quelque 4 000 soldats rwandais combattent à ses côtés", "indirect", "un rapport d'experts de l'ONU"),
      ("au moins trois journalistes ont été tués dans l'est de la RDC depuis janvier", "indirect", "Reporters sans frontières"),
      ("ces montages « prospèrent sur la peur »", "mixed", "Jean-Baptiste Habimana"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2025-02-03"),
      ("le juil. 4, 2024", "DATE", "2024-07-04"),
      ("mardi", "DATE", "2025-02-04"),
      ("le 27 janvier", "DATE", "2025-01-27"),
      ("janvier", "DATE", "2025-01"),
      ("samedi", "DATE", "2025-02-08"),
  ],
  entities=[
      ("O:tiktok", "ORG", ["TikTok"], []),
      ("P:kagame", "PER", ["Paul Kagame"], []),
      ("L:rwanda", "LOC", ["Rwanda"], ["rwandais", "rwandaise"]),
      ("L:north_kivu", "LOC", ["Nord-Kivu"], []),
      ("L:kigali", "LOC", ["Kigali"], []),
      ("M:rwanda_liberation_day", "MISC", ["fête de la Libération"], []),
      ("P:grace_mbuyi", "PER", ["Grâce Mbuyi"], []),
      ("O:congo_check", "ORG", ["Congo Check"], []),
      ("P:makolo", "PER", ["Yolande Makolo"], []),
      ("L:kinshasa", "LOC", ["Kinshasa"], []),
      ("P:muyaya", "PER", ["Patrick Muyaya", "Muyaya"], []),
      ("L:drc", "LOC", ["RDC"], ["congolais"]),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("L:goma", "LOC", ["Goma"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("O:m23", "ORG", ["Mouvement du 23 mars", "M23"], []),
      ("O:un", "ORG", ["ONU"], []),
      ("P:kanyuka", "PER", ["Lawrence Kanyuka"], []),
      ("P:nangaa", "PER", ["Corneille Nangaa"], []),
      ("O:afc", "ORG", ["Alliance Fleuve Congo", "AFC"], []),
      ("O:reporters_sans_frontieres", "ORG", ["Reporters sans frontières", "RSF"], []),
      ("P:tshisekedi", "PER", ["Félix Tshisekedi"], []),
      ("L:dar_es_salaam", "LOC", ["Dar es-Salaam"], []),
      ("O:african_union", "ORG", ["Union africaine"], []),
      ("P:habimana", "PER", ["Jean-Baptiste Habimana"], []),
      ("O:university_of_rwanda", "ORG", ["université du Rwanda"], []),
  ],
  roles=[
      ("P:kagame", "président", "L:rwanda"),
      ("P:grace_mbuyi", "journaliste", "O:congo_check"),
      ("P:makolo", "porte-parole du gouvernement", "L:rwanda"),
      ("P:muyaya", "ministre de la Communication", "L:drc"),
      ("P:muyaya", "porte-parole du gouvernement", "L:drc"),
      ("P:kanyuka", "porte-parole", "O:m23"),
      ("P:nangaa", "coordinateur", "O:afc"),
      ("P:tshisekedi", "président", "L:drc"),
      ("P:habimana", "chercheur", "O:university_of_rwanda"),
  ])


# ---------------------------------------------------------------- i05  (business brief)
# Invented: Nurul Hidayah (analyst at Maybank). The Petronas and Pertamina items are invented.
# NOTE: "le roi, le sultan Ibrahim": "sultan" is treated as an honorific and left out of the mention,
#   so the king's form is "Ibrahim". He is a hard negative of P:anwar_ibrahim ("Anwar Ibrahim",
#   "Anwar"), and of P:ibrahim_mahama (i01).
# NOTE: "le roi" is bare; of L:malaysia, clearly implied.
# NOTE: "au début du mois" -> "début du mois" (preposition+article dropped, as "au lendemain" -> "lendemain").
# NOTE: "son président-directeur général, Tengku Muhammad Taufik" -> of O:petronas (the possessive
#   refers back to Petronas).
A(id="i05", published="2025-07-15",
  title="Huile de palme : Jakarta et Kuala Lumpur serrent les rangs face à Bruxelles",
  text="""
ÉCONOMIE | EN BREF

JAKARTA – Le président indonésien Prabowo Subianto et la présidente de la Commission européenne, Ursula von der Leyen, ont annoncé dimanche à Bruxelles la conclusion d'un accord commercial qui supprimera la plupart des droits de douane d'ici 2027. Selon Airlangga Hartarto, ministre coordinateur des Affaires économiques, l'huile de palme indonésienne « entrera enfin sans barrière » sur le marché européen.

À Kuala Lumpur, le ministre malaisien des Plantations et des Matières premières, Johari Abdul Ghani, a salué « un précédent utile » et indiqué que la Malaisie espérait conclure un accord similaire avant la fin de l'année.

PENANG : UN FERRY S'ÉCHOUE, AUCUNE VICTIME

Le Premier ministre malaisien Anwar Ibrahim a été reçu lundi en audience par le roi, le sultan Ibrahim, à l'Istana Negara. À la sortie, Anwar a affirmé que la certification Malaysian Sustainable Palm Oil (MSPO) « vaut bien les normes européennes ».

Côté énergie, la compagnie nationale Petronas a vu son bénéfice net reculer de 22 % en un an, a indiqué son président-directeur général, Tengku Muhammad Taufik. En Indonésie, Simon Aloysius Mantiri, directeur général de Pertamina, a démenti que le groupe public envisage de vendre des parts de sa filiale géothermique.

Pour Nurul Hidayah, analyste chez Maybank, « le vrai test viendra en décembre ». Le règlement européen contre la déforestation doit alors entrer en application.

Les dirigeants des deux pays s'étaient déjà croisés au début du mois à Rio de Janeiro, au sommet des BRICS présidé par le président brésilien Luiz Inácio Lula da Silva.

Photo : Bay Ismoyo / AFP

Activez les notifications pour suivre les marchés en temps réel
""",
  boilerplate=["ÉCONOMIE | EN BREF",
               "PENANG : UN FERRY S'ÉCHOUE, AUCUNE VICTIME",
               "Photo : Bay Ismoyo / AFP",
               "Activez les notifications pour suivre les marchés en temps réel"],
  quotes=[
      ("l'huile de palme indonésienne « entrera enfin sans barrière » sur le marché européen", "mixed", "Airlangga Hartarto"),
      ("un précédent utile", "direct", "Johari Abdul Ghani"),
      ("la Malaisie espérait conclure un accord similaire avant la fin de l'année", "indirect", "Johari Abdul Ghani"),
      ("la certification Malaysian Sustainable Palm Oil (MSPO) « vaut bien les normes européennes »", "mixed", "Anwar Ibrahim"),
      ("la compagnie nationale Petronas a vu son bénéfice net reculer de 22 % en un an", "indirect", "Tengku Muhammad Taufik"),
      ("le groupe public envisage de vendre des parts de sa filiale géothermique", "indirect", "Simon Aloysius Mantiri"),
      ("« le vrai test viendra en décembre »", "mixed", "Nurul Hidayah"),
  ],
  not_quotes=[],
  times=[
      ("dimanche", "DATE", "2025-07-13"),
      ("2027", "DATE", "2027"),
      ("la fin de l'année", "DATE", "2025"),
      ("lundi", "DATE", "2025-07-14"),
      ("un an", "DURATION", "P1Y"),
      ("décembre", "DATE", "2025-12"),
      ("début du mois", "DATE", "2025-07"),
  ],
  entities=[
      ("L:jakarta", "LOC", ["JAKARTA"], []),
      ("P:prabowo", "PER", ["Prabowo Subianto"], []),
      ("L:indonesia", "LOC", ["Indonésie"], ["indonésien", "indonésienne"]),
      ("P:von_der_leyen", "PER", ["Ursula von der Leyen"], []),
      ("O:european_commission", "ORG", ["Commission européenne"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("P:airlangga", "PER", ["Airlangga Hartarto"], []),
      ("L:kuala_lumpur", "LOC", ["Kuala Lumpur"], []),
      ("P:johari_abdul_ghani", "PER", ["Johari Abdul Ghani"], []),
      ("L:malaysia", "LOC", ["Malaisie"], ["malaisien"]),
      ("P:anwar_ibrahim", "PER", ["Anwar Ibrahim", "Anwar"], []),
      ("P:sultan_ibrahim", "PER", ["Ibrahim"], []),
      ("L:istana_negara", "LOC", ["Istana Negara"], []),
      ("M:mspo", "MISC", ["Malaysian Sustainable Palm Oil", "MSPO"], []),
      ("O:petronas", "ORG", ["Petronas"], []),
      ("P:tengku_taufik", "PER", ["Tengku Muhammad Taufik"], []),
      ("P:mantiri", "PER", ["Simon Aloysius Mantiri"], []),
      ("O:pertamina", "ORG", ["Pertamina"], []),
      ("P:nurul_hidayah", "PER", ["Nurul Hidayah"], []),
      ("O:maybank", "ORG", ["Maybank"], []),
      ("L:rio_de_janeiro", "LOC", ["Rio de Janeiro"], []),
      ("O:brics", "ORG", ["BRICS"], []),
      ("P:lula", "PER", ["Luiz Inácio Lula da Silva"], []),
      ("L:brazil", "LOC", [], ["brésilien"]),
  ],
  roles=[
      ("P:prabowo", "président", "L:indonesia"),
      ("P:von_der_leyen", "présidente", "O:european_commission"),
      ("P:airlangga", "ministre coordinateur des Affaires économiques", "L:indonesia"),
      ("P:johari_abdul_ghani", "ministre des Plantations et des Matières premières", "L:malaysia"),
      ("P:anwar_ibrahim", "Premier ministre", "L:malaysia"),
      ("P:sultan_ibrahim", "roi", "L:malaysia"),
      ("P:tengku_taufik", "président-directeur général", "O:petronas"),
      ("P:mantiri", "directeur général", "O:pertamina"),
      ("P:nurul_hidayah", "analyste", "O:maybank"),
      ("P:lula", "président", "L:brazil"),
  ])


# ---------------------------------------------------------------- i06  (live blog)
# NOTE: relatives: Hun Sen (father) / Hun Manet (son); Thaksin Shinawatra (father) / Paetongtarn
#   Shinawatra (daughter). Separate entities each.
# NOTE: "Premier ministre thaïlandais par intérim" -> title "Premier ministre par intérim";
#   "Première ministre suspendue" keeps its qualifier like "ancienne".
# NOTE: "aux chefs de la diplomatie thaïlandaise et cambodgienne, Maris Sangiampongsa et Prak
#   Sokhonn" -> one role each, the demonyms distributed in order.
# NOTE: "province de Preah Vihear" (L:preah_vihear_province) and "temple de Preah Vihear"
#   (L:preah_vihear_temple): same name, two places (hard negative). Mention forms follow
#   "État de Kogi" (i01).
# NOTE: Hun Sen "accuse sur Facebook Bangkok d'avoir « agressé » le Cambodge" and Thaksin "appelle ses partisans au
#   « calme »": reported infinitive / noun phrase with a quoted fragment -> the fragment is a direct quote.
# NOTE: "à minuit" = midnight at the end of Monday 28 July -> 2025-07-29T00:00. "Ce soir" inside
#   Anwar's quote = the evening of the 28th (the entry is timed 18h40).
# NOTE: "Conseil de sécurité de l'ONU": "ONU" is nested and does not occur alone here, so O:un is not listed.
# NOTE: « triangle d'émeraude » is the journalist's scare quote -> not_quote.
A(id="i06", published="2025-07-28",
  title="EN DIRECT – Thaïlande-Cambodge : les deux voisins acceptent un cessez-le-feu",
  text="""
Ce direct est désormais terminé. Merci de l'avoir suivi.

18h40 – Le Premier ministre malaisien Anwar Ibrahim, président en exercice de l'Association des nations de l'Asie du Sud-Est (Asean), annonce à Putrajaya, près de Kuala Lumpur, que le cessez-le-feu entrera en vigueur à minuit. « Ce soir, deux voisins ont choisi de se parler plutôt que de se tirer dessus », déclare-t-il.

17h15 – Le Premier ministre thaïlandais par intérim, Phumtham Wechayachai, et le chef du gouvernement cambodgien, Hun Manet, se serrent la main. Selon un diplomate présent, la réunion a duré « à peine deux heures ».

THAÏLANDE : LE PRIX DU RIZ AU PLUS HAUT DEPUIS DIX ANS

15h30 – Le président américain Donald Trump affirme sur Truth Social avoir parlé aux deux dirigeants et qu'ils « veulent la paix ». Le secrétaire d'État Marco Rubio a téléphoné samedi aux chefs de la diplomatie thaïlandaise et cambodgienne, Maris Sangiampongsa et Prak Sokhonn, rappelle le département d'État.

13h00 – À Phnom Penh, Hun Sen, président du Sénat et père de Hun Manet, accuse sur Facebook Bangkok d'avoir « agressé » le Cambodge. En Thaïlande, l'ancien Premier ministre Thaksin Shinawatra (ทักษิณ ชินวัตร), père de la Première ministre suspendue Paetongtarn Shinawatra, appelle ses partisans au « calme ».

10h20 – Selon le ministère thaïlandais de la Santé, les combats ont fait 35 morts depuis jeudi. La porte-parole du ministère cambodgien de la Défense, Maly Socheata, affirme que l'artillerie thaïlandaise a visé la province de Preah Vihear, près du temple de Preah Vihear. Les tirs se concentrent aussi sur le « triangle d'émeraude », près du Laos.

08h45 – Le Conseil de sécurité de l'ONU, réuni vendredi à New York, avait appelé à la « retenue maximale ».

Suivez toute l'actualité internationale sur notre application
""",
  boilerplate=["Ce direct est désormais terminé. Merci de l'avoir suivi.",
               "THAÏLANDE : LE PRIX DU RIZ AU PLUS HAUT DEPUIS DIX ANS",
               "Suivez toute l'actualité internationale sur notre application"],
  quotes=[
      ("le cessez-le-feu entrera en vigueur à minuit", "indirect", "Anwar Ibrahim"),
      ("Ce soir, deux voisins ont choisi de se parler plutôt que de se tirer dessus", "direct", "Anwar Ibrahim"),
      ("la réunion a duré « à peine deux heures »", "mixed", "un diplomate présent"),
      ("ils « veulent la paix »", "mixed", "Donald Trump"),
      ("Le secrétaire d'État Marco Rubio a téléphoné samedi aux chefs de la diplomatie thaïlandaise et cambodgienne, Maris Sangiampongsa et Prak Sokhonn", "indirect", "le département d'État"),
      ("agressé", "direct", "Hun Sen"),
      ("calme", "direct", "Thaksin Shinawatra"),
      ("les combats ont fait 35 morts depuis jeudi", "indirect", "le ministère thaïlandais de la Santé"),
      ("l'artillerie thaïlandaise a visé la province de Preah Vihear, près du temple de Preah Vihear", "indirect", "Maly Socheata"),
      ("retenue maximale", "direct", "Conseil de sécurité de l'ONU"),
  ],
  not_quotes=["triangle d'émeraude"],
  times=[
      ("18h40", "TIME", "2025-07-28T18:40"),
      ("minuit", "TIME", "2025-07-29T00:00"),
      ("Ce soir", "TIME", "2025-07-28TEV"),
      ("17h15", "TIME", "2025-07-28T17:15"),
      ("deux heures", "DURATION", "PT2H"),
      ("15h30", "TIME", "2025-07-28T15:30"),
      ("samedi", "DATE", "2025-07-26"),
      ("13h00", "TIME", "2025-07-28T13:00"),
      ("10h20", "TIME", "2025-07-28T10:20"),
      ("jeudi", "DATE", "2025-07-24"),
      ("08h45", "TIME", "2025-07-28T08:45"),
      ("vendredi", "DATE", "2025-07-25"),
  ],
  entities=[
      ("P:anwar_ibrahim", "PER", ["Anwar Ibrahim"], []),
      ("L:malaysia", "LOC", [], ["malaisien"]),
      ("O:asean", "ORG", ["Association des nations de l'Asie du Sud-Est", "Asean"], []),
      ("L:putrajaya", "LOC", ["Putrajaya"], []),
      ("L:kuala_lumpur", "LOC", ["Kuala Lumpur"], []),
      ("P:phumtham", "PER", ["Phumtham Wechayachai"], []),
      ("L:thailand", "LOC", ["Thaïlande"], ["thaïlandais", "thaïlandaise"]),
      ("P:hun_manet", "PER", ["Hun Manet"], []),
      ("L:cambodia", "LOC", ["Cambodge"], ["cambodgien", "cambodgienne"]),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("O:truth_social", "ORG", ["Truth Social"], []),
      ("P:rubio", "PER", ["Marco Rubio"], []),
      ("P:maris", "PER", ["Maris Sangiampongsa"], []),
      ("P:prak_sokhonn", "PER", ["Prak Sokhonn"], []),
      ("O:us_state_department", "ORG", ["département d'État"], []),
      ("L:phnom_penh", "LOC", ["Phnom Penh"], []),
      ("P:hun_sen", "PER", ["Hun Sen"], []),
      ("O:cambodia_senate", "ORG", ["Sénat"], []),
      ("O:facebook", "ORG", ["Facebook"], []),
      ("L:bangkok", "LOC", ["Bangkok"], []),
      ("P:thaksin", "PER", ["Thaksin Shinawatra", "ทักษิณ ชินวัตร"], []),
      ("P:paetongtarn", "PER", ["Paetongtarn Shinawatra"], []),
      ("P:maly_socheata", "PER", ["Maly Socheata"], []),
      ("L:preah_vihear_province", "LOC", ["province de Preah Vihear"], []),
      ("L:preah_vihear_temple", "LOC", ["temple de Preah Vihear"], []),
      ("L:laos", "LOC", ["Laos"], []),
      ("O:un_security_council", "ORG", ["Conseil de sécurité de l'ONU"], []),
      ("L:new_york", "LOC", ["New York"], []),
  ],
  roles=[
      ("P:anwar_ibrahim", "Premier ministre", "L:malaysia"),
      ("P:anwar_ibrahim", "président en exercice", "O:asean"),
      ("P:phumtham", "Premier ministre par intérim", "L:thailand"),
      ("P:hun_manet", "chef du gouvernement", "L:cambodia"),
      ("P:trump", "président", "L:usa"),
      ("P:rubio", "secrétaire d'État", "L:usa"),
      ("P:maris", "chef de la diplomatie", "L:thailand"),
      ("P:prak_sokhonn", "chef de la diplomatie", "L:cambodia"),
      ("P:hun_sen", "président", "O:cambodia_senate"),
      ("P:thaksin", "ancien Premier ministre", "L:thailand"),
      ("P:paetongtarn", "Première ministre suspendue", "L:thailand"),
      ("P:maly_socheata", "porte-parole du ministère de la Défense", "L:cambodia"),
  ])


# ---------------------------------------------------------------- i07  (sports report)
# The score and all quotes are invented.
# NOTE: relatives: Scott, Beauden and Jordie Barrett are brothers (three entities). In
#   "Beauden et Jordie Barrett" the first name stands alone -> form "Beauden".
# NOTE: "Taranaki" is used for the region (L:taranaki, "originaires de Taranaki") and for the
#   provincial team (O:taranaki_rugby, "sous le maillot de Taranaki") -> hard negative.
# NOTE: "Son capitaine Scott Barrett": the possessive refers to the All Blacks' coach -> of O:all_blacks.
# NOTE: "Joe Schmidt, ancien sélectionneur de l'Irlande" -> of L:ireland (what the text names).
# NOTE: « Razor » is a nickname -> not_quote and mention of P:scott_robertson.
# NOTE: "la 50e minute" (match clock) is not annotated as a time: it has no TimeML value here.
# NOTE: the indirect quote "Joe Schmidt, ancien sélectionneur de l'Irlande, quittera son poste …, a-t-il
#   confirmé" names its own speaker as subject; the postposed clause still makes it indirect.
# NOTE: "il y a une semaine" and "la semaine dernière" -> 2025-W39 (publication Sunday 2025-10-05, W40).
A(id="i07", published="2025-10-05",
  title="Rugby : les Wallabies font enfin tomber les All Blacks à Perth",
  text="""
PERTH (Australie) – Les Wallabies ont enfin fait tomber les All Blacks. Devant 61 000 spectateurs à l'Optus Stadium, l'Australie s'est imposée 28 à 24 samedi soir, mettant fin à une série de huit défaites face à la Nouvelle-Zélande. La Bledisloe Cup reste toutefois à Auckland, les Néo-Zélandais ayant remporté le premier match à Eden Park il y a une semaine.

« Ce groupe a mangé beaucoup de poussière pour vivre une soirée pareille », a savouré le capitaine des Wallabies Harry Wilson, auteur du deuxième essai.

CYCLISME : LE TOUR DE LOMBARDIE SE DISPUTERA SOUS LA PLUIE

L'entraîneur des Wallabies, Joe Schmidt, a salué « quatre-vingts minutes de discipline ». Joe Schmidt, ancien sélectionneur de l'Irlande, quittera son poste à la fin de l'année, a-t-il confirmé.

Le sélectionneur des All Blacks, Scott Robertson, surnommé « Razor », a reconnu que son équipe avait « perdu la bataille des rucks ». Son capitaine Scott Barrett, sorti sur blessure à la 50e minute, sera absent plusieurs semaines, selon le staff.

Ses frères Beauden et Jordie Barrett ont disputé l'intégralité de la rencontre. Les trois frères, originaires de Taranaki, ont tous débuté sous le maillot de Taranaki. Beauden Barrett a été le meilleur réalisateur néo-zélandais avec quatorze points.

Dans les tribunes, le Premier ministre australien Anthony Albanese a chambré sur X le chef du gouvernement néo-zélandais, Christopher Luxon, qui avait promis « une raclée » la semaine dernière. Phil Waugh, directeur général de Rugby Australia, a annoncé que Perth accueillerait de nouveau un test en 2026.

Photo : Paul Kane / Getty Images

PARTAGER SUR FACEBOOK | PARTAGER SUR X
""",
  boilerplate=["CYCLISME : LE TOUR DE LOMBARDIE SE DISPUTERA SOUS LA PLUIE",
               "Photo : Paul Kane / Getty Images",
               "PARTAGER SUR FACEBOOK | PARTAGER SUR X"],
  quotes=[
      ("Ce groupe a mangé beaucoup de poussière pour vivre une soirée pareille", "direct", "Harry Wilson"),
      ("quatre-vingts minutes de discipline", "direct", "Joe Schmidt"),
      ("Joe Schmidt, ancien sélectionneur de l'Irlande, quittera son poste à la fin de l'année", "indirect", "Joe Schmidt"),
      ("son équipe avait « perdu la bataille des rucks »", "mixed", "Scott Robertson"),
      ("Son capitaine Scott Barrett, sorti sur blessure à la 50e minute, sera absent plusieurs semaines", "indirect", "le staff"),
      ("une raclée", "direct", "Christopher Luxon"),
      ("Perth accueillerait de nouveau un test en 2026", "indirect", "Phil Waugh"),
  ],
  not_quotes=["Razor"],
  times=[
      ("samedi soir", "TIME", "2025-10-04TEV"),
      ("il y a une semaine", "DATE", "2025-W39"),
      ("quatre-vingts minutes", "DURATION", "PT80M"),
      ("la fin de l'année", "DATE", "2025"),
      ("plusieurs semaines", "DURATION", "PXW"),
      ("la semaine dernière", "DATE", "2025-W39"),
      ("2026", "DATE", "2026"),
  ],
  entities=[
      ("L:perth", "LOC", ["PERTH", "Perth"], []),
      ("L:australia", "LOC", ["Australie"], ["australien"]),
      ("O:wallabies", "ORG", ["Wallabies"], []),
      ("O:all_blacks", "ORG", ["All Blacks"], []),
      ("L:optus_stadium", "LOC", ["Optus Stadium"], []),
      ("L:new_zealand", "LOC", ["Nouvelle-Zélande"], ["Néo-Zélandais", "néo-zélandais"]),
      ("M:bledisloe_cup", "MISC", ["Bledisloe Cup"], []),
      ("L:auckland", "LOC", ["Auckland"], []),
      ("L:eden_park", "LOC", ["Eden Park"], []),
      ("P:harry_wilson", "PER", ["Harry Wilson"], []),
      ("P:joe_schmidt", "PER", ["Joe Schmidt"], []),
      ("L:ireland", "LOC", ["Irlande"], []),
      ("P:scott_robertson", "PER", ["Scott Robertson", "Razor"], []),
      ("P:scott_barrett", "PER", ["Scott Barrett"], []),
      ("P:beauden_barrett", "PER", ["Beauden", "Beauden Barrett"], []),
      ("P:jordie_barrett", "PER", ["Jordie Barrett"], []),
      ("L:taranaki", "LOC", ["Taranaki"], []),
      ("O:taranaki_rugby", "ORG", ["Taranaki"], []),
      ("P:albanese", "PER", ["Anthony Albanese"], []),
      ("O:x", "ORG", ["X"], []),
      ("P:luxon", "PER", ["Christopher Luxon"], []),
      ("P:phil_waugh", "PER", ["Phil Waugh"], []),
      ("O:rugby_australia", "ORG", ["Rugby Australia"], []),
  ],
  roles=[
      ("P:harry_wilson", "capitaine", "O:wallabies"),
      ("P:joe_schmidt", "entraîneur", "O:wallabies"),
      ("P:joe_schmidt", "ancien sélectionneur", "L:ireland"),
      ("P:scott_robertson", "sélectionneur", "O:all_blacks"),
      ("P:scott_barrett", "capitaine", "O:all_blacks"),
      ("P:albanese", "Premier ministre", "L:australia"),
      ("P:luxon", "chef du gouvernement", "L:new_zealand"),
      ("P:phil_waugh", "directeur général", "O:rugby_australia"),
  ])


# ---------------------------------------------------------------- i08  (obituary)
# Invented: Eleni Kyprianou (former mayor of Limassol, former MEP) and her daughter Maria Kyprianou,
#   the law firm Demetriou & Associés. Real people around them (Spyros Kyprianou, Christodoulides,
#   Mitsotakis, Eva Kaili, Nicos Nicolaides) are given invented words.
# NOTE: same surname, same country, unrelated: P:eleni_kyprianou ≠ P:spyros_kyprianou (the text says
#   so); relatives: P:eleni_kyprianou / P:maria_kyprianou (mother, daughter). "Mme Kyprianou" = Eleni.
# NOTE: person vs place: P:makarios ("Makarios III") ≠ L:makarios_avenue ("avenue Makarios").
# NOTE: « dame de fer de Limassol » is a nickname -> not_quote and mention of P:eleni_kyprianou.
# NOTE: « passeports dorés » names a programme in the journalist's voice -> not_quote.
# NOTE: "ancienne députée européenne": "européenne" is not a country demonym; it stays in the title,
#   of O:european_parliament (annotated in the article).
# NOTE: "le maire Nicos Nicolaides" after "À Limassol" -> of L:limassol.
# NOTE: "Vladimir Putin" (English spelling) = P:putin (i09: Poutine, Cyrillic).
A(id="i08", published="2024-03-12",
  title="Nécrologie : Eleni Kyprianou, la « dame de fer de Limassol », est morte",
  text="""
NÉCROLOGIE

LIMASSOL – Eleni Kyprianou, ancienne maire de Limassol et ancienne députée européenne, est morte dimanche à Nicosie, a annoncé sa famille. Celle que la presse surnommait la « dame de fer de Limassol » était l'une des figures féminines les plus connues de la vie politique à Chypre.

Née en 1941 à Famagouste, elle avait fui la ville en août 1974, lors de l'invasion turque. Elle dirigea la mairie de Limassol de 1986 à 1996, puis siégea au Parlement européen de 2004 à 2009. Elle n'avait aucun lien de parenté avec l'ancien président Spyros Kyprianou.

GRÈCE : LES AGRICULTEURS BLOQUENT TOUJOURS L'AUTOROUTE ATHÈNES-THESSALONIQUE

Mme Kyprianou fut l'une des premières à dénoncer le programme des « passeports dorés », supprimé en 2020, dont avaient profité des proches de Vladimir Putin. Elle avait encore reçu des journalistes chez elle le févr. 28, 2024.

Le président chypriote Nikos Christodoulides (Νίκος Χριστοδουλίδης) a décrété un deuil de trois jours et salué « une femme libre, qui n'a jamais baissé la tête ». À Athènes, le Premier ministre grec Kyriakos Mitsotakis a estimé que l'hellénisme perdait « une voix rare ». La Grecque Eva Kaili, ex-vice-présidente du Parlement européen, a rendu hommage à « une mentor exigeante ».

« Elle voulait que l'on se souvienne de Famagouste, pas d'elle », a confié sa fille, Maria Kyprianou, avocate au cabinet Demetriou & Associés.

À Limassol, le maire Nicos Nicolaides a fait mettre en berne les drapeaux de l'hôtel de ville. Les obsèques seront célébrées jeudi en la cathédrale Saint-Jean de Nicosie. Le cortège remontera ensuite l'avenue Makarios, baptisée du nom de l'ancien président Makarios III.

Lire aussi | Chypre : les négociations de réunification au point mort

© Photo : Yiannis Kourtoglou / Reuters
""",
  boilerplate=["NÉCROLOGIE",
               "GRÈCE : LES AGRICULTEURS BLOQUENT TOUJOURS L'AUTOROUTE ATHÈNES-THESSALONIQUE",
               "Lire aussi | Chypre : les négociations de réunification au point mort",
               "© Photo : Yiannis Kourtoglou / Reuters"],
  quotes=[
      ("Eleni Kyprianou, ancienne maire de Limassol et ancienne députée européenne, est morte dimanche à Nicosie", "indirect", "sa famille"),
      ("une femme libre, qui n'a jamais baissé la tête", "direct", "Nikos Christodoulides"),
      ("l'hellénisme perdait « une voix rare »", "mixed", "Kyriakos Mitsotakis"),
      ("une mentor exigeante", "direct", "Eva Kaili"),
      ("Elle voulait que l'on se souvienne de Famagouste, pas d'elle", "direct", "Maria Kyprianou"),
  ],
  not_quotes=["dame de fer de Limassol", "passeports dorés"],
  times=[
      ("dimanche", "DATE", "2024-03-10"),
      ("1941", "DATE", "1941"),
      ("août 1974", "DATE", "1974-08"),
      ("1986", "DATE", "1986"),
      ("1996", "DATE", "1996"),
      ("2004", "DATE", "2004"),
      ("2009", "DATE", "2009"),
      ("2020", "DATE", "2020"),
      ("le févr. 28, 2024", "DATE", "2024-02-28"),
      ("trois jours", "DURATION", "P3D"),
      ("jeudi", "DATE", "2024-03-14"),
  ],
  entities=[
      ("L:limassol", "LOC", ["LIMASSOL", "Limassol"], []),
      ("P:eleni_kyprianou", "PER", ["Eleni Kyprianou", "dame de fer de Limassol", "Kyprianou"], []),
      ("O:european_parliament", "ORG", ["Parlement européen"], []),
      ("L:nicosia", "LOC", ["Nicosie"], []),
      ("L:cyprus", "LOC", ["Chypre"], ["chypriote"]),
      ("L:famagusta", "LOC", ["Famagouste"], []),
      ("L:turkey", "LOC", [], ["turque"]),
      ("P:spyros_kyprianou", "PER", ["Spyros Kyprianou"], []),
      ("P:putin", "PER", ["Vladimir Putin"], []),
      ("P:christodoulides", "PER", ["Nikos Christodoulides", "Νίκος Χριστοδουλίδης"], []),
      ("L:athens", "LOC", ["Athènes"], []),
      ("P:mitsotakis", "PER", ["Kyriakos Mitsotakis"], []),
      ("L:greece", "LOC", [], ["grec", "Grecque"]),
      ("P:kaili", "PER", ["Eva Kaili"], []),
      ("P:maria_kyprianou", "PER", ["Maria Kyprianou"], []),
      ("O:demetriou_associes", "ORG", ["Demetriou & Associés"], []),
      ("P:nicolaides", "PER", ["Nicos Nicolaides"], []),
      ("L:st_john_cathedral_nicosia", "LOC", ["cathédrale Saint-Jean de Nicosie"], []),
      ("L:makarios_avenue", "LOC", ["avenue Makarios"], []),
      ("P:makarios", "PER", ["Makarios III"], []),
  ],
  roles=[
      ("P:eleni_kyprianou", "ancienne maire", "L:limassol"),
      ("P:eleni_kyprianou", "ancienne députée européenne", "O:european_parliament"),
      ("P:spyros_kyprianou", "ancien président", "L:cyprus"),
      ("P:christodoulides", "président", "L:cyprus"),
      ("P:mitsotakis", "Premier ministre", "L:greece"),
      ("P:kaili", "ex-vice-présidente", "O:european_parliament"),
      ("P:maria_kyprianou", "avocate", "O:demetriou_associes"),
      ("P:nicolaides", "maire", "L:limassol"),
      ("P:makarios", "ancien président", "L:cyprus"),
  ])


# ---------------------------------------------------------------- i09  (portrait)
# Invented: Ingrid Haugland (economist at DNB). The poll, the visit and all quotes are invented.
# NOTE: relatives: Jens Stoltenberg / his father Thorvald Stoltenberg / his sister Camilla
#   Stoltenberg. "M. Stoltenberg" = Jens.
# NOTE: two countries in one story: the bare "le Premier ministre Jonas Gahr Støre" -> of L:norway
#   (portrait of a Norwegian minister); Petteri Orpo is "Premier ministre finlandais" -> L:finland.
# NOTE: "Jens" alone (inside Støre's quote, straight " " marks) is a mention of P:jens_stoltenberg.
# NOTE: spelling variants of P:store: "Jonas Gahr Støre", "Støre", "Jonas Gahr Store".
# NOTE: "nommé ministre des Finances en février" is an appointment in apposition -> role.
# NOTE: "Bodø" (L:bodo, the town) vs "Bodø/Glimt" (O:bodo_glimt, the club) -> hard negative.
# NOTE: Nicolai Tangen "dit travailler avec lui « sans friction »": reported infinitive with a quoted
#   fragment -> the fragment is a direct quote.
# NOTE: the poll attribution "selon un sondage publié lundi par le quotidien VG" -> speaker VG.
A(id="i09", published="2025-08-20",
  title="Portrait : Jens Stoltenberg, le retour gagnant de « l'oncle de la nation »",
  text="""
PORTRAIT

OSLO – Il a quitté le siège de l'OTAN à Bruxelles en octobre 2024. Six mois après son retour surprise au gouvernement, l'homme est devenu la personnalité la plus populaire de Norvège, selon un sondage publié lundi par le quotidien VG.

L'ancien secrétaire général de l'OTAN Jens Stoltenberg, nommé ministre des Finances en février par le Premier ministre Jonas Gahr Støre, a redonné des couleurs au Parti travailliste. "Jens est un atout, pas un rival", a assuré Jonas Gahr Store à la radio NRK.

Fils de Thorvald Stoltenberg, ancien ministre des Affaires étrangères mort en 2018, et frère de l'épidémiologiste Camilla Stoltenberg, il a grandi dans le sérail travailliste.

NORVÈGE : UN GLISSEMENT DE TERRAIN COUPE LA ROUTE E6 PRÈS DE TRONDHEIM

En juillet, Trump l'aurait appelé pour évoquer le prix Nobel de la paix, selon le journal Dagens Næringsliv. « Nous avons parlé de droits de douane », a répondu M. Stoltenberg.

Mercredi, il accompagnait M. Støre auprès du président finlandais Alexander Stubb, alors que le Kremlin de Vladimir Poutine (Владимир Путин) multiplie les manœuvres près de la péninsule de Kola. Selon M. Stubb, « le Grand Nord n'est plus une zone de paix garantie ». Le Premier ministre finlandais Petteri Orpo, resté à Helsinki, a salué « un signal envoyé à Moscou ».

Nicolai Tangen, directeur général de Norges Bank Investment Management (NBIM), dit travailler avec lui « sans friction ». Pour Ingrid Haugland, économiste à la banque DNB, « il rassure les marchés comme il rassurait les alliés ».

Supporter de Vålerenga, le club d'Oslo, il s'est affiché samedi à Bodø pour applaudir Bodø/Glimt, qui dispute les barrages de la Ligue des champions.

Cet article vous a plu ? Recevez nos portraits chaque dimanche par e-mail
""",
  boilerplate=["PORTRAIT",
               "NORVÈGE : UN GLISSEMENT DE TERRAIN COUPE LA ROUTE E6 PRÈS DE TRONDHEIM",
               "Cet article vous a plu ? Recevez nos portraits chaque dimanche par e-mail"],
  quotes=[
      ("Six mois après son retour surprise au gouvernement, l'homme est devenu la personnalité la plus populaire de Norvège", "indirect", "VG"),
      ("Jens est un atout, pas un rival", "direct", "Jonas Gahr Støre"),
      ("En juillet, Trump l'aurait appelé pour évoquer le prix Nobel de la paix", "indirect", "Dagens Næringsliv"),
      ("Nous avons parlé de droits de douane", "direct", "Jens Stoltenberg"),
      ("« le Grand Nord n'est plus une zone de paix garantie »", "mixed", "Alexander Stubb"),
      ("un signal envoyé à Moscou", "direct", "Petteri Orpo"),
      ("sans friction", "direct", "Nicolai Tangen"),
      ("« il rassure les marchés comme il rassurait les alliés »", "mixed", "Ingrid Haugland"),
  ],
  not_quotes=[],
  times=[
      ("octobre 2024", "DATE", "2024-10"),
      ("Six mois", "DURATION", "P6M"),
      ("lundi", "DATE", "2025-08-18"),
      ("février", "DATE", "2025-02"),
      ("2018", "DATE", "2018"),
      ("juillet", "DATE", "2025-07"),
      ("Mercredi", "DATE", "2025-08-20"),
      ("samedi", "DATE", "2025-08-16"),
  ],
  entities=[
      ("L:oslo", "LOC", ["OSLO", "Oslo"], []),
      ("O:nato", "ORG", ["OTAN"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("L:norway", "LOC", ["Norvège"], []),
      ("O:vg", "ORG", ["VG"], []),
      ("P:jens_stoltenberg", "PER", ["Jens Stoltenberg", "Stoltenberg", "Jens"], []),
      ("P:store", "PER", ["Jonas Gahr Støre", "Støre", "Jonas Gahr Store"], []),
      ("O:norway_labour_party", "ORG", ["Parti travailliste"], []),
      ("O:nrk", "ORG", ["NRK"], []),
      ("P:thorvald_stoltenberg", "PER", ["Thorvald Stoltenberg"], []),
      ("P:camilla_stoltenberg", "PER", ["Camilla Stoltenberg"], []),
      ("P:trump", "PER", ["Trump"], []),
      ("M:nobel_peace_prize", "MISC", ["prix Nobel de la paix"], []),
      ("O:dagens_naeringsliv", "ORG", ["Dagens Næringsliv"], []),
      ("P:stubb", "PER", ["Alexander Stubb", "Stubb"], []),
      ("L:finland", "LOC", [], ["finlandais"]),
      ("O:kremlin", "ORG", ["Kremlin"], []),
      ("P:putin", "PER", ["Vladimir Poutine", "Владимир Путин"], []),
      ("L:kola_peninsula", "LOC", ["péninsule de Kola"], []),
      ("L:high_north", "LOC", ["Grand Nord"], []),
      ("P:orpo", "PER", ["Petteri Orpo"], []),
      ("L:helsinki", "LOC", ["Helsinki"], []),
      ("L:moscow", "LOC", ["Moscou"], []),
      ("P:tangen", "PER", ["Nicolai Tangen"], []),
      ("O:nbim", "ORG", ["Norges Bank Investment Management", "NBIM"], []),
      ("P:ingrid_haugland", "PER", ["Ingrid Haugland"], []),
      ("O:dnb", "ORG", ["DNB"], []),
      ("O:valerenga", "ORG", ["Vålerenga"], []),
      ("L:bodo", "LOC", ["Bodø"], []),
      ("O:bodo_glimt", "ORG", ["Bodø/Glimt"], []),
      ("M:champions_league", "MISC", ["Ligue des champions"], []),
  ],
  roles=[
      ("P:jens_stoltenberg", "ancien secrétaire général", "O:nato"),
      ("P:jens_stoltenberg", "ministre des Finances", "L:norway"),
      ("P:store", "Premier ministre", "L:norway"),
      ("P:thorvald_stoltenberg", "ancien ministre des Affaires étrangères", "L:norway"),
      ("P:camilla_stoltenberg", "épidémiologiste", None),
      ("P:stubb", "président", "L:finland"),
      ("P:orpo", "Premier ministre", "L:finland"),
      ("P:tangen", "directeur général", "O:nbim"),
      ("P:ingrid_haugland", "économiste", "O:dnb"),
  ])


# ---------------------------------------------------------------- i10  (Q&A interview)
# Invented: Beatriz Moraes Lins (political scientist, FGV), Camille Duret (interviewer, byline only).
#   The Quaest poll figure and all quotes are invented.
# NOTE: the interviewee's unmarked answers are not annotated as quotes (no quotation marks and no
#   reporting verb: the README defines direct quotes by their marks). Speech the answers report from
#   others (Tarcísio, Haddad, Lula, Cardoso, the Quaest poll) is annotated with those speakers.
# NOTE: São Paulo: L:sao_paulo_state ("État de São Paulo", governed by Tarcísio) ≠ L:sao_paulo_city
#   ("ancien maire de São Paulo", Haddad). Rio: L:rio_de_janeiro (the city, BRICS summit, as in i05)
#   ≠ L:rio_de_janeiro_state ("État de Rio de Janeiro", Castro). Santos: L:santos (the port) ≠
#   O:santos_fc (Neymar's club, "l'attaquant de Santos").
# NOTE: "le gouverneur Cláudio Castro" after "Dans l'État de Rio de Janeiro" -> of L:rio_de_janeiro_state.
# NOTE: relatives: Jair and Eduardo Bolsonaro; "Bolsonaro" alone = Jair. Marina Silva is unrelated to
#   Lula da Silva (the text says so). P:fernando_henrique_cardoso ≠ P:olayemi_cardoso (i01).
# NOTE: "député fédéral" -> of L:brazil (the Chamber is not named).
A(id="i10", published="2025-08-12",
  title="« Les gouverneurs jouent déjà 2026 » : entretien sur la crise des droits de douane au Brésil",
  text="""
ENTRETIEN

Droits de douane de 50 % imposés par Washington, assignation à résidence de l'ancien président Jair Bolsonaro, course à 2026 : la politologue Beatriz Moraes Lins, chercheuse à la Fondation Getúlio Vargas (FGV), décrypte la crise de ce mois d'août.

Propos recueillis par Camille Duret

Les gouverneurs de droite ont-ils été surpris par Donald Trump ?

Oui. Tarcísio de Freitas, gouverneur de l'État de São Paulo, a d'abord remercié le député fédéral Eduardo Bolsonaro, fils de l'ancien président, avant de faire marche arrière. Il a déclaré que « les exportateurs paulistes ne paieront pas pour les querelles d'une famille ». Depuis, il fait campagne jusque sur le port de Santos.

Et le gouvernement fédéral ?

Le ministre des Finances Fernando Haddad, ancien maire de São Paulo, a assuré que Brasília ne répondrait « pas par la panique ». Lula a répété le 6 août que le Brésil « n'est la colonie de personne ». La ministre de l'Environnement Marina Silva, sans lien avec le président Luiz Inácio Lula da Silva, redoute un recul sur l'Amazonie.

LIRE AUSSI – Brésil : la Cour suprême maintient l'assignation à résidence de Bolsonaro

Qui en profite ?

Romeu Zema, le gouverneur du Minas Gerais, se voit déjà candidat. Dans l'État de Rio de Janeiro, le gouverneur Cláudio Castro défend Bolsonaro. Selon un sondage Quaest publié en juillet, aucun d'eux ne dépasse 10 % face à Lula.

Les BRICS peuvent-ils aider Brasília ?

Lula a reçu l'Indonésien Prabowo à Rio de Janeiro en juillet, mais la solidarité reste verbale. L'ancien président Fernando Henrique Cardoso a jugé dans la Folha de S.Paulo que le sommet avait été « une photo, pas une politique ». Même l'attaquant de Santos Neymar a posté un maillot jaune sur Instagram.
""",
  boilerplate=["ENTRETIEN",
               "Propos recueillis par Camille Duret",
               "LIRE AUSSI – Brésil : la Cour suprême maintient l'assignation à résidence de Bolsonaro"],
  quotes=[
      ("« les exportateurs paulistes ne paieront pas pour les querelles d'une famille »", "mixed", "Tarcísio de Freitas"),
      ("Brasília ne répondrait « pas par la panique »", "mixed", "Fernando Haddad"),
      ("le Brésil « n'est la colonie de personne »", "mixed", "Luiz Inácio Lula da Silva"),
      ("aucun d'eux ne dépasse 10 % face à Lula", "indirect", "Quaest"),
      ("le sommet avait été « une photo, pas une politique »", "mixed", "Fernando Henrique Cardoso"),
  ],
  not_quotes=[],
  times=[
      ("2026", "DATE", "2026"),
      ("ce mois d'août", "DATE", "2025-08"),
      ("le 6 août", "DATE", "2025-08-06"),
      ("juillet", "DATE", "2025-07"),
      ("juillet", "DATE", "2025-07"),
  ],
  entities=[
      ("L:washington", "LOC", ["Washington"], []),
      ("P:jair_bolsonaro", "PER", ["Jair Bolsonaro", "Bolsonaro"], []),
      ("P:beatriz_moraes_lins", "PER", ["Beatriz Moraes Lins"], []),
      ("O:fgv", "ORG", ["Fondation Getúlio Vargas", "FGV"], []),
      ("P:trump", "PER", ["Donald Trump"], []),
      ("P:tarcisio", "PER", ["Tarcísio de Freitas"], []),
      ("L:sao_paulo_state", "LOC", ["État de São Paulo"], []),
      ("P:eduardo_bolsonaro", "PER", ["Eduardo Bolsonaro"], []),
      ("L:santos", "LOC", ["Santos"], []),
      ("P:haddad", "PER", ["Fernando Haddad"], []),
      ("L:sao_paulo_city", "LOC", ["São Paulo"], []),
      ("L:brasilia", "LOC", ["Brasília"], []),
      ("P:lula", "PER", ["Lula", "Luiz Inácio Lula da Silva"], []),
      ("L:brazil", "LOC", ["Brésil"], []),
      ("P:marina_silva", "PER", ["Marina Silva"], []),
      ("L:amazon", "LOC", ["Amazonie"], []),
      ("P:zema", "PER", ["Romeu Zema"], []),
      ("L:minas_gerais", "LOC", ["Minas Gerais"], []),
      ("L:rio_de_janeiro_state", "LOC", ["État de Rio de Janeiro"], []),
      ("P:claudio_castro", "PER", ["Cláudio Castro"], []),
      ("O:quaest", "ORG", ["Quaest"], []),
      ("O:brics", "ORG", ["BRICS"], []),
      ("P:prabowo", "PER", ["Prabowo"], []),
      ("L:indonesia", "LOC", [], ["Indonésien"]),
      ("L:rio_de_janeiro", "LOC", ["Rio de Janeiro"], []),
      ("P:fernando_henrique_cardoso", "PER", ["Fernando Henrique Cardoso"], []),
      ("O:folha", "ORG", ["Folha de S.Paulo"], []),
      ("O:santos_fc", "ORG", ["Santos"], []),
      ("P:neymar", "PER", ["Neymar"], []),
      ("O:instagram", "ORG", ["Instagram"], []),
  ],
  roles=[
      ("P:jair_bolsonaro", "ancien président", "L:brazil"),
      ("P:beatriz_moraes_lins", "politologue", None),
      ("P:beatriz_moraes_lins", "chercheuse", "O:fgv"),
      ("P:tarcisio", "gouverneur", "L:sao_paulo_state"),
      ("P:eduardo_bolsonaro", "député fédéral", "L:brazil"),
      ("P:haddad", "ministre des Finances", "L:brazil"),
      ("P:haddad", "ancien maire", "L:sao_paulo_city"),
      ("P:marina_silva", "ministre de l'Environnement", "L:brazil"),
      ("P:lula", "président", "L:brazil"),
      ("P:zema", "gouverneur", "L:minas_gerais"),
      ("P:claudio_castro", "gouverneur", "L:rio_de_janeiro_state"),
      ("P:fernando_henrique_cardoso", "ancien président", "L:brazil"),
      ("P:neymar", "attaquant", "O:santos_fc"),
  ])


# ---------------------------------------------------------------- i11  (regional daily)
# Invented: the reporter in the byline (Nathalie Grondin). The visit details and all quotes are invented.
# NOTE: "réunionnais" is listed as a demonym of L:reunion although La Réunion is a French department
#   and region, not a country (it is the adjective the `of` of a role would be read from).
# NOTE: person vs place: P:roland_garros (the aviator) ≠ L:roland_garros_airport ("aéroport Roland-Garros").
# NOTE: "Au Port" = the commune Le Port (L:le_port, form "Port", as "au Caire" -> "Caire" in i03)
#   ≠ L:port_reunion ("Port Réunion", the harbour) -> confusable names.
# NOTE: bare titles in a local story: "le préfet Patrice Latron" -> of L:reunion; "le maire Olivier
#   Hoarau" after "Au Port" -> of L:le_port. "Ericka Bareigts, élue maire de Saint-Denis en 2020," ->
#   role (apposition).
# NOTE: "l'aviateur réunionnais Roland Garros": occupation before the name with a demonym -> of L:reunion.
# NOTE: P:huguette_bello ≠ P:yahaya_bello (i01): same surname, different countries.
# NOTE: « plan Marshall » is used as a metaphor inside Bello's words -> direct quote; the historical
#   Marshall Plan is not annotated as an entity.
# NOTE: Hoarau's quote is closed by a wrong-way « -> direct quote, text between the marks.
# NOTE: "Une semaine après le passage du cyclone" -> "Une semaine" DURATION (as "Six mois après", i09).
A(id="i11", published="2025-03-06",
  title="Après Garance, Manuel Valls promet « un accompagnement total » aux Réunionnais",
  text="""
Par Nathalie Grondin — Mis à jour il y a 2 h

SAINT-DENIS – Une semaine après le passage du cyclone Garance, qui a fait cinq morts et privé d'électricité la moitié de l'île, le ministre d'État chargé des Outre-mer Manuel Valls est arrivé mercredi à La Réunion pour une visite de deux jours.

Accueilli à l'aéroport Roland-Garros par le préfet Patrice Latron, il a promis que « la France sera là pour chaque famille, chaque planteur, chaque commerçant ». L'aéroport porte le nom de l'aviateur réunionnais Roland Garros, né à Saint-Denis en 1888.

La présidente de la Région Réunion, Huguette Bello, a réclamé un « plan Marshall » pour l'agriculture. Selon elle, 80 % des exploitations de canne ont été touchées. Cyrille Melchior, président du Département, a estimé que les dégâts dépassaient « le milliard d'euros ».

TÉLÉCHARGEZ NOTRE APPLICATION POUR RECEVOIR LES ALERTES MÉTÉO

Ericka Bareigts, élue maire de Saint-Denis en 2020, a rouvert les écoles mardi. Au Port, le maire Olivier Hoarau s'inquiète pour les dockers de Port Réunion, le grand port de l'île. « On ne peut pas laisser le port à l'arrêt une semaine de plus «, prévient-il.

À Bruxelles, le vice-président du Parlement européen Younous Omarjee a demandé l'activation du Fonds de solidarité de l'Union européenne. Il a indiqué que la demande serait déposée « dans les douze semaines ».

Dans les Hauts, à Cilaos, la route reste coupée, selon la préfecture.

Lire aussi : Cyclone Garance : la liste des routes fermées
""",
  boilerplate=["Par Nathalie Grondin — Mis à jour il y a 2 h",
               "TÉLÉCHARGEZ NOTRE APPLICATION POUR RECEVOIR LES ALERTES MÉTÉO",
               "Lire aussi : Cyclone Garance : la liste des routes fermées"],
  quotes=[
      ("« la France sera là pour chaque famille, chaque planteur, chaque commerçant »", "mixed", "Manuel Valls"),
      ("plan Marshall", "direct", "Huguette Bello"),
      ("80 % des exploitations de canne ont été touchées", "indirect", "Huguette Bello"),
      ("les dégâts dépassaient « le milliard d'euros »", "mixed", "Cyrille Melchior"),
      ("On ne peut pas laisser le port à l'arrêt une semaine de plus", "direct", "Olivier Hoarau"),
      ("la demande serait déposée « dans les douze semaines »", "mixed", "Younous Omarjee"),
      ("Dans les Hauts, à Cilaos, la route reste coupée", "indirect", "la préfecture"),
  ],
  not_quotes=[],
  times=[
      ("Une semaine", "DURATION", "P1W"),
      ("mercredi", "DATE", "2025-03-05"),
      ("deux jours", "DURATION", "P2D"),
      ("1888", "DATE", "1888"),
      ("2020", "DATE", "2020"),
      ("mardi", "DATE", "2025-03-04"),
      ("une semaine", "DURATION", "P1W"),
      ("douze semaines", "DURATION", "P12W"),
  ],
  entities=[
      ("L:saint_denis_reunion", "LOC", ["SAINT-DENIS", "Saint-Denis"], []),
      ("M:cyclone_garance", "MISC", ["Garance"], []),
      ("P:valls", "PER", ["Manuel Valls"], []),
      ("L:reunion", "LOC", ["La Réunion"], ["réunionnais"]),
      ("L:roland_garros_airport", "LOC", ["aéroport Roland-Garros"], []),
      ("P:latron", "PER", ["Patrice Latron"], []),
      ("L:france", "LOC", ["France"], []),
      ("P:roland_garros", "PER", ["Roland Garros"], []),
      ("O:region_reunion", "ORG", ["Région Réunion"], []),
      ("P:huguette_bello", "PER", ["Huguette Bello"], []),
      ("P:melchior", "PER", ["Cyrille Melchior"], []),
      ("O:reunion_department", "ORG", ["Département"], []),
      ("P:bareigts", "PER", ["Ericka Bareigts"], []),
      ("L:le_port", "LOC", ["Port"], []),
      ("P:olivier_hoarau", "PER", ["Olivier Hoarau"], []),
      ("L:port_reunion", "LOC", ["Port Réunion"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("O:european_parliament", "ORG", ["Parlement européen"], []),
      ("P:omarjee", "PER", ["Younous Omarjee"], []),
      ("M:eu_solidarity_fund", "MISC", ["Fonds de solidarité de l'Union européenne"], []),
      ("L:hauts_reunion", "LOC", ["Hauts"], []),
      ("L:cilaos", "LOC", ["Cilaos"], []),
  ],
  roles=[
      ("P:valls", "ministre d'État chargé des Outre-mer", "L:france"),
      ("P:latron", "préfet", "L:reunion"),
      ("P:roland_garros", "aviateur", "L:reunion"),
      ("P:huguette_bello", "présidente", "O:region_reunion"),
      ("P:melchior", "président", "O:reunion_department"),
      ("P:bareigts", "maire", "L:saint_denis_reunion"),
      ("P:olivier_hoarau", "maire", "L:le_port"),
      ("P:omarjee", "vice-président", "O:european_parliament"),
  ])


# ---------------------------------------------------------------- i12  (court report + EP committee)
# Real case (the "Qatargate" detentions of December 2022); the hearing details and ALL quotes are
#   invented.
# NOTE: relatives with spelling variants of one surname: P:kaili ("Eva Kaïli", "Εύα Καϊλή", "KAÏLI";
#   "Eva Kaili" in i08) ≠ her father P:alexandros_kailis ("Alexandros Kailis").
# NOTE: "KAÏLI CONTRE-ATTAQUE" is this article's own subheading, not a pasted headline -> body; its
#   ALL-CAPS name is a mention form.
# NOTE: "l'eurodéputée grecque Eva Kaïli" -> title "eurodéputée", of L:greece (the demonym, read
#   literally); "ancienne vice-présidente du Parlement européen" -> of O:european_parliament.
# NOTE: "Son avocat, Me Michalis Dimitrakopoulos": the lawyer of a person -> of null ("Me" left out).
# NOTE: "d'après des procès-verbaux cités par Le Soir" (postposed) -> speaker Le Soir.
# NOTE: "le parquet fédéral" is not annotated as an entity; it is a description speaker.
# NOTE: "À Athènes, le Premier ministre Kyriakos Mitsotakis" -> bare title, of L:greece.
# NOTE: Metsola "a promis des réformes « dès le mois prochain »": the fragment is a direct quote;
#   the time inside it is "le mois prochain" (signal "dès" left out) = 2023-01.
A(id="i12", published="2022-12-23",
  title="Qatargate : Eva Kaïli reste en détention, le Parlement européen sous pression",
  text="""
BRUXELLES – La chambre du conseil de Bruxelles a prolongé jeudi d'un mois la détention préventive de l'eurodéputée grecque Eva Kaïli (Εύα Καϊλή), ancienne vice-présidente du Parlement européen, soupçonnée de corruption au profit du Qatar.

Selon le parquet fédéral, 1,5 million d'euros en liquide ont été saisis, dont une partie dans une valise confiée au père de l'élue, Alexandros Kailis. Le parquet soupçonne aussi des ingérences du Maroc, ce que Rabat dément.

KAÏLI CONTRE-ATTAQUE

Son avocat, Me Michalis Dimitrakopoulos, a affirmé à la sortie de l'audience que sa cliente « n'a jamais été achetée par le Qatar ». Le compagnon de l'élue, Francesco Giorgi, assistant parlementaire au Parlement européen, a pourtant reconnu son rôle dans le réseau, d'après des procès-verbaux cités par Le Soir.

L'ancien eurodéputé italien Pier Antonio Panzeri, président de l'ONG Fight Impunity, reste lui aussi détenu. Le juge d'instruction belge Michel Claise doit les entendre à nouveau début janvier.

Au Parlement, la commission des libertés civiles (LIBE) a suspendu le vote sur la libéralisation des visas pour les Qataris. Son président, l'Espagnol Juan Fernando López Aguilar, a jugé « impossible de voter sous un tel soupçon ». Le Réunionnais Younous Omarjee, président de la commission du développement régional, réclame un registre de transparence « obligatoire et contraignant ».

Pour Michiel van Hulten, directeur de Transparency International EU, « Bruxelles a laissé entrer les valises par la grande porte ». La présidente du Parlement, Roberta Metsola, a promis des réformes « dès le mois prochain ». À Athènes, le Premier ministre Kyriakos Mitsotakis a qualifié l'affaire de « honte pour la Grèce ».

SUIVEZ-NOUS SUR LINKEDIN

Lire aussi : Mondial 2022 : l'Argentine sacrée au Qatar
""",
  boilerplate=["SUIVEZ-NOUS SUR LINKEDIN",
               "Lire aussi : Mondial 2022 : l'Argentine sacrée au Qatar"],
  quotes=[
      ("1,5 million d'euros en liquide ont été saisis, dont une partie dans une valise confiée au père de l'élue, Alexandros Kailis", "indirect", "le parquet fédéral"),
      ("sa cliente « n'a jamais été achetée par le Qatar »", "mixed", "Michalis Dimitrakopoulos"),
      ("Le compagnon de l'élue, Francesco Giorgi, assistant parlementaire au Parlement européen, a pourtant reconnu son rôle dans le réseau", "indirect", "Le Soir"),
      ("impossible de voter sous un tel soupçon", "direct", "Juan Fernando López Aguilar"),
      ("obligatoire et contraignant", "direct", "Younous Omarjee"),
      ("« Bruxelles a laissé entrer les valises par la grande porte »", "mixed", "Michiel van Hulten"),
      ("dès le mois prochain", "direct", "Roberta Metsola"),
      ("honte pour la Grèce", "direct", "Kyriakos Mitsotakis"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2022-12-22"),
      ("un mois", "DURATION", "P1M"),
      ("début janvier", "DATE", "2023-01"),
      ("le mois prochain", "DATE", "2023-01"),
  ],
  entities=[
      ("L:brussels", "LOC", ["BRUXELLES", "Bruxelles"], []),
      ("O:brussels_council_chamber", "ORG", ["chambre du conseil de Bruxelles"], []),
      ("P:kaili", "PER", ["Eva Kaïli", "Εύα Καϊλή", "KAÏLI"], []),
      ("L:greece", "LOC", ["Grèce"], ["grecque"]),
      ("O:european_parliament", "ORG", ["Parlement européen", "Parlement"], []),
      ("L:qatar", "LOC", ["Qatar"], ["Qataris"]),
      ("P:alexandros_kailis", "PER", ["Alexandros Kailis"], []),
      ("L:morocco", "LOC", ["Maroc"], []),
      ("L:rabat", "LOC", ["Rabat"], []),
      ("P:dimitrakopoulos", "PER", ["Michalis Dimitrakopoulos"], []),
      ("P:giorgi", "PER", ["Francesco Giorgi"], []),
      ("O:le_soir", "ORG", ["Le Soir"], []),
      ("P:panzeri", "PER", ["Pier Antonio Panzeri"], []),
      ("L:italy", "LOC", [], ["italien"]),
      ("O:fight_impunity", "ORG", ["Fight Impunity"], []),
      ("P:claise", "PER", ["Michel Claise"], []),
      ("L:belgium", "LOC", [], ["belge"]),
      ("O:libe_committee", "ORG", ["commission des libertés civiles", "LIBE"], []),
      ("P:lopez_aguilar", "PER", ["Juan Fernando López Aguilar"], []),
      ("L:spain", "LOC", [], ["Espagnol"]),
      ("L:reunion", "LOC", [], ["Réunionnais"]),
      ("P:omarjee", "PER", ["Younous Omarjee"], []),
      ("O:regi_committee", "ORG", ["commission du développement régional"], []),
      ("P:van_hulten", "PER", ["Michiel van Hulten"], []),
      ("O:transparency_international_eu", "ORG", ["Transparency International EU"], []),
      ("P:metsola", "PER", ["Roberta Metsola"], []),
      ("L:athens", "LOC", ["Athènes"], []),
      ("P:mitsotakis", "PER", ["Kyriakos Mitsotakis"], []),
  ],
  roles=[
      ("P:kaili", "eurodéputée", "L:greece"),
      ("P:kaili", "ancienne vice-présidente", "O:european_parliament"),
      ("P:dimitrakopoulos", "avocat", None),
      ("P:giorgi", "assistant parlementaire", "O:european_parliament"),
      ("P:panzeri", "ancien eurodéputé", "L:italy"),
      ("P:panzeri", "président", "O:fight_impunity"),
      ("P:claise", "juge d'instruction", "L:belgium"),
      ("P:lopez_aguilar", "président", "O:libe_committee"),
      ("P:omarjee", "président", "O:regi_committee"),
      ("P:van_hulten", "directeur", "O:transparency_international_eu"),
      ("P:metsola", "présidente", "O:european_parliament"),
      ("P:mitsotakis", "Premier ministre", "L:greece"),
  ])
