# Blind test articles h01-h12 (a fourth set, written and annotated by hand by one helper session).
#
# How written: twelve new texts made to read like machine-translated, scraped French online news
# (wire dispatches, live blogs, a press review, news briefs, an interview in questions and answers,
# portraits, regional dailies). Page furniture (share prompts, "Lire aussi", cookie banner, bylines,
# photo credits, live-blog timestamps, pasted headlines) sits inside the text and is listed verbatim
# in `boilerplate`. Real public figures appear, but the events are partly made up and EVERY quote is
# invented: none may be cited as a real statement.
#
# Invented people: Milica Jovanović, Jelena Marković (h01); Kerem Demirtaş, Selin Aksoy (h02);
# Reza Tavakoli (h03); Farah Qureshi, Julien Marchal (h04); Nadia Benkirane, Salma Benkirane,
# Hassan Amrani (h05); Hélène Mbarga, Pierre-Olivier Garnier, Jean-Rémy Mba, Serge Ndong Obiang (h06);
# Marc Lejeune, Josiane Lambert, Julie Mertens, Olivier Fraipont, Thomas Delvaux, Sophie Collard,
# Marie Delhaye (h07); Zsófia Kertész, Bálint Szabó (h08); Kenji Watanabe, Yuko Sato (h09);
# Rebecca Hollis, Carmen Ruiz (h10); Gérard Pellegrin, Christophe Amiel, Anne Rolland,
# Nathalie Brignoles, Claire Vasseur, Hélène Castaing (h11); Tendai Moyo (h12); Claire Dumont (h03).
# Invented bodies: Centre d'études monétaires de Belgrade (h01); Institut de Lahore pour les
# politiques publiques (h04); coopérative Tifawin (h05); Hydrosol (h07); Ligue des électeurs
# hispaniques d'Austin (h10); Var Logis, Provence Bâti Services (h11); club de natation de
# Borrowdale (h12).
#
# General NOTE decisions:
# - Roles: `title` is the text's wording of the post, without the country adjective and without
#   the body ("gouverneur" for "le gouverneur de la Banque centrale du Kosovo"); a portfolio or
#   remit that is part of the post is kept ("ministre de l'Intérieur", "échevine des Travaux",
#   "représentant spécial pour le dialogue entre Belgrade et Pristina"). "ancien/ancienne" and
#   "sortant" are kept. Ranks (général) and honorifics (Me, Mme, M.) are not roles. Relatives
#   ("l'épouse du maire", "fils de", "fille de") are not roles.
# - Predicative posts that are the news itself ("élue présidente du CIO", "Nommé ministre de
#   l'Agriculture") are annotated as roles.
# - `of` = the country/region/town/organisation the post attaches to, through a demonym, a
#   complement or clear implication from the story (a bare "le ministre de l'Intérieur" in a
#   Turkish story -> L:turkey). A lawyer's client, a coach's pupil or a workplace that is only a
#   place ("bijoutier au Grand Bazar") give of = null.
# - Demonyms: besides country adjectives, region adjectives used to build a title ("wallon") are
#   attached to the region's LOC id; "serbes" of the Serb minority in Kosovo is attached to
#   L:serbia.
# - Interview answers (h04) are not in quotation marks and are not annotated as quotes; speech
#   reported inside them (que-clauses, selon) is.
# - "Selon les résultats provisoires lus par X" (h06) and "a demandé que" (h09) are taken as
#   reporting clauses; "dit avoir ... « fragment »" is a direct fragment.
# - Deictics in a direct quote whose time of speech the text states are resolved against it
#   (h08 "samedi" said jeudi; h12 "aujourd'hui").
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# Speakers given as a description that still denote an annotated entity.
SPEAKER_OVERRIDES = {
    ("h08", "les organisateurs"): "O:budapest_pride",
}


# ---------------------------------------------------------------- h01  (wire dispatch)
A(id="h01", published="2024-02-02",
  title="Kosovo : Kurti défend la fin du dinar, Belgrade crie à la provocation",
  text="""
PRISTINA, 2 févr. (AFP) – Le Premier ministre kosovar Albin Kurti a défendu vendredi l'interdiction des paiements en dinars serbes, entrée en vigueur la veille, en affirmant qu'il s'agissait d'une mesure « technique » et non d'une sanction contre la minorité serbe.

« Il n'y a qu'une monnaie légale au Kosovo, c'est l'euro, et cela vaut pour Pristina comme pour Mitrovica », a déclaré M. Kurti.

À Belgrade, le président serbe Aleksandar Vučić a dénoncé une « provocation » et a promis que la Serbie continuerait de verser les salaires et les pensions des Serbes du Kosovo. Aleksandar Vucic a convoqué dans la soirée le Conseil de sécurité nationale.

PARTAGER SUR FACEBOOK PARTAGER SUR X

Le gouverneur de la Banque centrale du Kosovo, Ahmet Ismaili, a rappelé que le règlement avait été publié le janv. 18 et que les banques avaient eu « largement le temps » de s'adapter.

Selon Petar Petković, directeur du Bureau du gouvernement serbe pour le Kosovo, plusieurs centaines de retraités ont fait la queue jeudi devant les rares guichets encore ouverts.

Lire aussi | Kosovo : saisie record de cigarettes

À Mitrovica-Nord, Milica Jovanović, ancienne ouvrière du complexe minier de Trepča, ne décolère pas. « Depuis hier, je ne sais pas comment payer mes médicaments. On nous traite comme des étrangers chez nous », confie Milica Jovanovic.

Pour l'économiste Jelena Marković, du Centre d'études monétaires de Belgrade, le dinar « restera la monnaie de la vie quotidienne » dans les municipalités serbes.

Le représentant spécial de l'Union européenne pour le dialogue entre Belgrade et Pristina, Miroslav Lajčák, est attendu au Kosovo la semaine prochaine. VUČIĆ a fait savoir qu'il ne le recevrait pas sans « des garanties écrites ».

Photo : Luan Berisha / AFP
""",
  boilerplate=["PARTAGER SUR FACEBOOK PARTAGER SUR X",
               "Lire aussi | Kosovo : saisie record de cigarettes",
               "Photo : Luan Berisha / AFP"],
  quotes=[
      ("il s'agissait d'une mesure « technique » et non d'une sanction contre la minorité serbe", "mixed", "Albin Kurti"),
      ("Il n'y a qu'une monnaie légale au Kosovo, c'est l'euro, et cela vaut pour Pristina comme pour Mitrovica", "direct", "Albin Kurti"),
      ("provocation", "direct", "Aleksandar Vučić"),
      ("la Serbie continuerait de verser les salaires et les pensions des Serbes du Kosovo", "indirect", "Aleksandar Vučić"),
      ("le règlement avait été publié le janv. 18 et que les banques avaient eu « largement le temps » de s'adapter", "mixed", "Ahmet Ismaili"),
      ("plusieurs centaines de retraités ont fait la queue jeudi devant les rares guichets encore ouverts", "indirect", "Petar Petković"),
      ("Depuis hier, je ne sais pas comment payer mes médicaments. On nous traite comme des étrangers chez nous", "direct", "Milica Jovanović"),
      ("le dinar « restera la monnaie de la vie quotidienne » dans les municipalités serbes", "mixed", "Jelena Marković"),
      ("il ne le recevrait pas sans « des garanties écrites »", "mixed", "Aleksandar Vučić"),
  ],
  not_quotes=[],
  times=[
      ("2 févr.", "DATE", "2024-02-02"),
      ("vendredi", "DATE", "2024-02-02"),
      ("la veille", "DATE", "2024-02-01"),
      ("la soirée", "TIME", "2024-02-02TEV"),
      ("le janv. 18", "DATE", "2024-01-18"),
      ("jeudi", "DATE", "2024-02-01"),
      ("hier", "DATE", "2024-02-01"),
      ("la semaine prochaine", "DATE", "2024-W06"),
  ],
  entities=[
      ("L:pristina", "LOC", ["PRISTINA", "Pristina"], []),
      ("O:afp", "ORG", ["AFP"], []),
      ("L:kosovo", "LOC", ["Kosovo"], ["kosovar"]),
      ("P:albin_kurti", "PER", ["Albin Kurti", "Kurti"], []),
      ("L:serbia", "LOC", ["Serbie"], ["serbes", "serbe", "Serbes"]),
      ("L:mitrovica", "LOC", ["Mitrovica"], []),
      ("L:belgrade", "LOC", ["Belgrade"], []),
      ("P:aleksandar_vucic", "PER", ["Aleksandar Vučić", "Aleksandar Vucic", "VUČIĆ"], []),
      ("O:serbia_national_security_council", "ORG", ["Conseil de sécurité nationale"], []),
      ("O:central_bank_of_kosovo", "ORG", ["Banque centrale du Kosovo"], []),
      ("P:ahmet_ismaili", "PER", ["Ahmet Ismaili"], []),
      ("P:petar_petkovic", "PER", ["Petar Petković"], []),
      ("O:serbia_office_for_kosovo", "ORG", ["Bureau du gouvernement serbe pour le Kosovo"], []),
      ("L:north_mitrovica", "LOC", ["Mitrovica-Nord"], []),
      ("P:milica_jovanovic", "PER", ["Milica Jovanović", "Milica Jovanovic"], []),
      ("O:trepca", "ORG", ["Trepča"], []),
      ("P:jelena_markovic", "PER", ["Jelena Marković"], []),
      ("O:belgrade_monetary_studies_centre", "ORG", ["Centre d'études monétaires de Belgrade"], []),
      ("O:eu", "ORG", ["Union européenne"], []),
      ("P:miroslav_lajcak", "PER", ["Miroslav Lajčák"], []),
  ],
  roles=[
      ("P:albin_kurti", "Premier ministre", "L:kosovo"),
      ("P:aleksandar_vucic", "président", "L:serbia"),
      ("P:ahmet_ismaili", "gouverneur", "O:central_bank_of_kosovo"),
      ("P:petar_petkovic", "directeur", "O:serbia_office_for_kosovo"),
      ("P:milica_jovanovic", "ancienne ouvrière", "O:trepca"),
      ("P:jelena_markovic", "économiste", "O:belgrade_monetary_studies_centre"),
      ("P:miroslav_lajcak", "représentant spécial pour le dialogue entre Belgrade et Pristina", "O:eu"),
  ])

# ---------------------------------------------------------------- h02  (live blog)
A(id="h02", published="2025-03-23",
  title="DIRECT. Turquie : le maire d'Istanbul incarcéré, l'opposition vote en masse",
  text="""
EN DIRECT | Page actualisée automatiquement

18h40

Le ministère turc de l'Intérieur a annoncé la suspension du maire d'Istanbul, Ekrem İmamoğlu, quelques heures après qu'un tribunal a ordonné ce dimanche son incarcération pour « corruption ». Le ministre de l'Intérieur Ali Yerlikaya a précisé qu'aucun administrateur ne serait nommé « à ce stade ».

17h55

Sur le réseau social X, IMAMOGLU a dénoncé une « exécution sans procès » et appelé ses partisans à « ne pas céder au désespoir ». « Je ne me plierai pas. Cette nation a vaincu pire », a-t-il écrit.

16h20

Le président du CHP, Özgür Özel, a affirmé que plus de 1,6 million de membres avaient voté depuis ce matin à la primaire du parti, qui doit désigner Ekrem Imamoglu candidat à la présidentielle. Selon Özel, des urnes « de solidarité » ont été ouvertes aux non-membres dans toute la Turquie.

PUBLICITÉ

15h05

Le président turc Recep Tayyip Erdoğan a dénoncé un « théâtre de rue ». Il a assuré que la justice turque était « indépendante » et que les manifestations ne seraient pas tolérées.

Devant le palais de justice de Çağlayan, Dilek İmamoğlu, l'épouse du maire, s'est adressée à la foule : « Ils ont emprisonné un homme, pas une idée.

12h30

Pour le politologue Kerem Demirtaş, de l'université Bilgi d'Istanbul, le pouvoir « sous-estime la colère d'une génération » qui n'a connu qu'Erdogan. Me Selin Aksoy, avocate de l'édile, a indiqué que la défense ferait appel dès lundi.

09h10

La police a interpellé 343 personnes lors des rassemblements de la nuit dernière à Istanbul, Ankara et Izmir, a indiqué le ministre Yerlikaya. Le gouverneur d'Istanbul, Davut Gül, a prolongé de quatre jours l'interdiction de tout rassemblement.
""",
  boilerplate=["EN DIRECT | Page actualisée automatiquement",
               "18h40", "17h55", "16h20", "PUBLICITÉ", "15h05", "12h30", "09h10"],
  quotes=[
      ("aucun administrateur ne serait nommé « à ce stade »", "mixed", "Ali Yerlikaya"),
      ("exécution sans procès", "direct", "Ekrem İmamoğlu"),
      ("ne pas céder au désespoir", "direct", "Ekrem İmamoğlu"),
      ("Je ne me plierai pas. Cette nation a vaincu pire", "direct", "Ekrem İmamoğlu"),
      ("plus de 1,6 million de membres avaient voté depuis ce matin à la primaire du parti, qui doit désigner Ekrem Imamoglu candidat à la présidentielle", "indirect", "Özgür Özel"),
      ("des urnes « de solidarité » ont été ouvertes aux non-membres dans toute la Turquie", "mixed", "Özgür Özel"),
      ("théâtre de rue", "direct", "Recep Tayyip Erdoğan"),
      ("la justice turque était « indépendante » et que les manifestations ne seraient pas tolérées", "mixed", "Recep Tayyip Erdoğan"),
      ("Ils ont emprisonné un homme, pas une idée.", "direct", "Dilek İmamoğlu"),
      ("le pouvoir « sous-estime la colère d'une génération » qui n'a connu qu'Erdogan", "mixed", "Kerem Demirtaş"),
      ("la défense ferait appel dès lundi", "indirect", "Selin Aksoy"),
      ("La police a interpellé 343 personnes lors des rassemblements de la nuit dernière à Istanbul, Ankara et Izmir", "indirect", "Ali Yerlikaya"),
  ],
  not_quotes=["corruption"],
  times=[
      ("quelques heures", "DURATION", "PTXH"),
      ("ce dimanche", "DATE", "2025-03-23"),
      ("ce matin", "TIME", "2025-03-23TMO"),
      ("lundi", "DATE", "2025-03-24"),
      ("la nuit dernière", "TIME", "2025-03-22TNI"),
      ("quatre jours", "DURATION", "P4D"),
  ],
  entities=[
      ("O:turkey_interior_ministry", "ORG", ["ministère turc de l'Intérieur"], []),
      ("L:turkey", "LOC", ["Turquie"], ["turc", "turque"]),
      ("L:istanbul", "LOC", ["Istanbul"], []),
      ("P:ekrem_imamoglu", "PER", ["Ekrem İmamoğlu", "IMAMOGLU", "Ekrem Imamoglu"], []),
      ("P:ali_yerlikaya", "PER", ["Ali Yerlikaya", "Yerlikaya"], []),
      ("O:x", "ORG", ["X"], []),
      ("O:chp", "ORG", ["CHP"], []),
      ("P:ozgur_ozel", "PER", ["Özgür Özel", "Özel"], []),
      ("P:erdogan", "PER", ["Recep Tayyip Erdoğan", "Erdogan"], []),
      ("L:caglayan_courthouse", "LOC", ["palais de justice de Çağlayan"], []),
      ("P:dilek_imamoglu", "PER", ["Dilek İmamoğlu"], []),
      ("P:kerem_demirtas", "PER", ["Kerem Demirtaş"], []),
      ("O:bilgi_university", "ORG", ["université Bilgi"], []),
      ("P:selin_aksoy", "PER", ["Selin Aksoy"], []),
      ("L:ankara", "LOC", ["Ankara"], []),
      ("L:izmir", "LOC", ["Izmir"], []),
      ("P:davut_gul", "PER", ["Davut Gül"], []),
  ],
  roles=[
      ("P:ekrem_imamoglu", "maire", "L:istanbul"),
      ("P:ali_yerlikaya", "ministre de l'Intérieur", "L:turkey"),
      ("P:ozgur_ozel", "président", "O:chp"),
      ("P:erdogan", "président", "L:turkey"),
      ("P:kerem_demirtas", "politologue", "O:bilgi_university"),
      ("P:selin_aksoy", "avocate", None),
      ("P:davut_gul", "gouverneur", "L:istanbul"),
  ])

# ---------------------------------------------------------------- h03  (news briefs)
A(id="h03", published="2025-04-14",
  title="Iran : ce qu'il faut retenir après le premier round de Mascate",
  text="""
Par Claire Dumont | Publié le avr. 14, 2025 à 07h30

L'IRAN EN BREF

Nucléaire. Le ministre iranien des Affaires étrangères, Abbas Araghchi, a qualifié de « constructives » les discussions indirectes tenues samedi à Mascate avec l'émissaire américain Steve Witkoff. Selon le chef de la diplomatie omanaise, Badr al-Boussaïdi, les deux hommes se sont brièvement parlé « en sa présence » à la fin de la rencontre. Un deuxième cycle est prévu samedi prochain à Rome. M. Araqchi doit rendre compte mardi devant le Parlement.

Réactions. Le porte-parole du ministère des Affaires étrangères, Esmaïl Baghaei, a prévenu que l'Iran ne négocierait « ni sous la menace, ni sur ses capacités de défense ». Le président Massoud Pezeshkian a estimé dimanche qu'un accord était « à portée de main » si Washington renonçait à ses « exigences excessives ».

Presse. Le quotidien réformateur Shargh titre sur « l'heure de la diplomatie », tandis que Kayhan, dont le directeur Hossein Shariatmadari est nommé par le Guide suprême Ali Khamenei, met en garde contre « la naïveté ».

Monnaie. Le rial a regagné près de 10 % face au dollar depuis la semaine dernière sur le marché libre de Téhéran. Le gouverneur de la Banque centrale, Mohammad Reza Farzin, a assuré que l'institution « ne laissera pas les spéculateurs dicter le cours ». Reza Tavakoli, bijoutier au Grand Bazar, reste prudent : “Les prix ont baissé hier, mais personne n'achète. Tout le monde attend Rome”.

Visites. Le directeur général de l'AIEA, Rafael Grossi, est attendu à Téhéran « dans les prochains jours », a indiqué l'agence onusienne. Le ministre saoudien de la Défense, Khaled ben Salmane, doit quant à lui être reçu jeudi par PEZESHKIAN.

Recevez chaque matin notre newsletter Moyen-Orient
""",
  boilerplate=["Par Claire Dumont | Publié le avr. 14, 2025 à 07h30",
               "L'IRAN EN BREF",
               "Recevez chaque matin notre newsletter Moyen-Orient"],
  quotes=[
      ("constructives", "direct", "Abbas Araghchi"),
      ("les deux hommes se sont brièvement parlé « en sa présence » à la fin de la rencontre", "mixed", "Badr al-Boussaïdi"),
      ("l'Iran ne négocierait « ni sous la menace, ni sur ses capacités de défense »", "mixed", "Esmaïl Baghaei"),
      ("un accord était « à portée de main » si Washington renonçait à ses « exigences excessives »", "mixed", "Massoud Pezeshkian"),
      ("l'heure de la diplomatie", "direct", "Shargh"),
      ("la naïveté", "direct", "Kayhan"),
      ("l'institution « ne laissera pas les spéculateurs dicter le cours »", "mixed", "Mohammad Reza Farzin"),
      ("Les prix ont baissé hier, mais personne n'achète. Tout le monde attend Rome", "direct", "Reza Tavakoli"),
      ("Le directeur général de l'AIEA, Rafael Grossi, est attendu à Téhéran « dans les prochains jours »", "mixed", "AIEA"),
  ],
  not_quotes=[],
  times=[
      ("samedi", "DATE", "2025-04-12"),
      ("samedi prochain", "DATE", "2025-04-19"),
      ("mardi", "DATE", "2025-04-15"),
      ("dimanche", "DATE", "2025-04-13"),
      ("la semaine dernière", "DATE", "2025-W15"),
      ("hier", "DATE", "2025-04-13"),
      ("les prochains jours", "DATE", "FUTURE_REF"),
      ("jeudi", "DATE", "2025-04-17"),
  ],
  entities=[
      ("L:iran", "LOC", ["Iran"], ["iranien"]),
      ("P:abbas_araghchi", "PER", ["Abbas Araghchi", "Araqchi"], []),
      ("L:muscat", "LOC", ["Mascate"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("P:steve_witkoff", "PER", ["Steve Witkoff"], []),
      ("L:oman", "LOC", [], ["omanaise"]),
      ("P:badr_albusaidi", "PER", ["Badr al-Boussaïdi"], []),
      ("L:rome", "LOC", ["Rome"], []),
      ("O:iran_parliament", "ORG", ["Parlement"], []),
      ("O:iran_mfa", "ORG", ["ministère des Affaires étrangères"], []),
      ("P:esmaeil_baghaei", "PER", ["Esmaïl Baghaei"], []),
      ("P:masoud_pezeshkian", "PER", ["Massoud Pezeshkian", "PEZESHKIAN"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("O:shargh", "ORG", ["Shargh"], []),
      ("O:kayhan", "ORG", ["Kayhan"], []),
      ("P:hossein_shariatmadari", "PER", ["Hossein Shariatmadari"], []),
      ("P:ali_khamenei", "PER", ["Ali Khamenei"], []),
      ("L:tehran", "LOC", ["Téhéran"], []),
      ("O:central_bank_of_iran", "ORG", ["Banque centrale"], []),
      ("P:mohammad_reza_farzin", "PER", ["Mohammad Reza Farzin"], []),
      ("P:reza_tavakoli", "PER", ["Reza Tavakoli"], []),
      ("L:tehran_grand_bazaar", "LOC", ["Grand Bazar"], []),
      ("O:iaea", "ORG", ["AIEA"], []),
      ("P:rafael_grossi", "PER", ["Rafael Grossi"], []),
      ("L:saudi_arabia", "LOC", [], ["saoudien"]),
      ("P:khalid_bin_salman", "PER", ["Khaled ben Salmane"], []),
  ],
  roles=[
      ("P:abbas_araghchi", "ministre des Affaires étrangères", "L:iran"),
      ("P:steve_witkoff", "émissaire", "L:usa"),
      ("P:badr_albusaidi", "chef de la diplomatie", "L:oman"),
      ("P:esmaeil_baghaei", "porte-parole", "O:iran_mfa"),
      ("P:masoud_pezeshkian", "président", "L:iran"),
      ("P:hossein_shariatmadari", "directeur", "O:kayhan"),
      ("P:ali_khamenei", "Guide suprême", "L:iran"),
      ("P:mohammad_reza_farzin", "gouverneur", "O:central_bank_of_iran"),
      ("P:reza_tavakoli", "bijoutier", None),
      ("P:rafael_grossi", "directeur général", "O:iaea"),
      ("P:khalid_bin_salman", "ministre de la Défense", "L:saudi_arabia"),
  ])

# ---------------------------------------------------------------- h04  (interview, Q&A)
A(id="h04", published="2024-10-03",
  title="« Le FMI ne sauvera pas le Pakistan à sa place » : entretien avec l'économiste Farah Qureshi",
  text="""
Propos recueillis par Julien Marchal, à Islamabad

Le conseil d'administration du FMI a approuvé le sept. 25 un nouveau « mécanisme élargi de crédit » de 7 milliards de dollars pour le Pakistan. Farah Qureshi, économiste en chef de l'Institut de Lahore pour les politiques publiques, décrypte l'accord.

Ce programme est-il celui de la dernière chance ?

On le dit à chaque fois. Le Premier ministre Shehbaz Sharif a promis que ce serait « le dernier », mais son frère aîné, l'ancien Premier ministre Nawaz Sharif, tenait le même discours en 2013. La différence, c'est que le ministre des Finances Muhammad Aurangzeb, ancien patron de la banque HBL, parle le langage du Fonds.

Qu'exige le FMI en échange ?

Une hausse des recettes fiscales d'environ trois points de PIB d'ici trois ans. Kristalina Georgieva, la directrice générale du FMI, a répété la semaine dernière que le pays devait « élargir l'assiette » plutôt qu'augmenter la TVA. La ministre en chef du Pendjab, Maryam Nawaz, fille de Nawaz Sharif, a annoncé un impôt sur le revenu agricole.

Et la situation politique ?

C'est l'inconnue. L'ancien Premier ministre Imran Khan est toujours en prison et son parti, le PTI, appelle à manifester vendredi à Islamabad. Le chef de l'armée, Asim Munir, a assuré aux investisseurs du Golfe que la stabilité était « garantie ». Je n'en suis pas si sûre : tant que Khan restera derrière les barreaux, la rue restera imprévisible, et Shahbaz Sharif le sait.

Que peut faire la banque centrale ?

Le gouverneur de la Banque d'État du Pakistan, Jameel Ahmad, a ramené le taux directeur de 22 % à 17,5 % depuis juin. Selon lui, l'inflation pourrait passer sous les 7 % d'ici la fin de l'année.
""",
  boilerplate=["Propos recueillis par Julien Marchal, à Islamabad"],
  quotes=[
      ("ce serait « le dernier »", "mixed", "Shehbaz Sharif"),
      ("le pays devait « élargir l'assiette » plutôt qu'augmenter la TVA", "mixed", "Kristalina Georgieva"),
      ("la stabilité était « garantie »", "mixed", "Asim Munir"),
      ("l'inflation pourrait passer sous les 7 % d'ici la fin de l'année", "indirect", "Jameel Ahmad"),
  ],
  not_quotes=["mécanisme élargi de crédit"],
  times=[
      ("le sept. 25", "DATE", "2024-09-25"),
      ("2013", "DATE", "2013"),
      ("trois ans", "DURATION", "P3Y"),
      ("la semaine dernière", "DATE", "2024-W39"),
      ("vendredi", "DATE", "2024-10-04"),
      ("juin", "DATE", "2024-06"),
      ("la fin de l'année", "DATE", "2024-12"),
  ],
  entities=[
      ("O:imf", "ORG", ["FMI", "Fonds"], []),
      ("L:pakistan", "LOC", ["Pakistan"], []),
      ("P:farah_qureshi", "PER", ["Farah Qureshi"], []),
      ("O:lahore_public_policy_institute", "ORG", ["Institut de Lahore pour les politiques publiques"], []),
      ("P:shehbaz_sharif", "PER", ["Shehbaz Sharif", "Shahbaz Sharif"], []),
      ("P:nawaz_sharif", "PER", ["Nawaz Sharif"], []),
      ("P:muhammad_aurangzeb", "PER", ["Muhammad Aurangzeb"], []),
      ("O:hbl", "ORG", ["HBL"], []),
      ("P:kristalina_georgieva", "PER", ["Kristalina Georgieva"], []),
      ("L:punjab_pakistan", "LOC", ["Pendjab"], []),
      ("P:maryam_nawaz", "PER", ["Maryam Nawaz"], []),
      ("P:imran_khan", "PER", ["Imran Khan", "Khan"], []),
      ("O:pti", "ORG", ["PTI"], []),
      ("L:islamabad", "LOC", ["Islamabad"], []),
      ("P:asim_munir", "PER", ["Asim Munir"], []),
      ("L:gulf", "LOC", ["Golfe"], []),
      ("O:state_bank_of_pakistan", "ORG", ["Banque d'État du Pakistan"], []),
      ("P:jameel_ahmad", "PER", ["Jameel Ahmad"], []),
  ],
  roles=[
      ("P:farah_qureshi", "économiste en chef", "O:lahore_public_policy_institute"),
      ("P:shehbaz_sharif", "Premier ministre", "L:pakistan"),
      ("P:nawaz_sharif", "ancien Premier ministre", "L:pakistan"),
      ("P:muhammad_aurangzeb", "ministre des Finances", "L:pakistan"),
      ("P:muhammad_aurangzeb", "ancien patron", "O:hbl"),
      ("P:kristalina_georgieva", "directrice générale", "O:imf"),
      ("P:maryam_nawaz", "ministre en chef", "L:punjab_pakistan"),
      ("P:imran_khan", "ancien Premier ministre", "L:pakistan"),
      ("P:asim_munir", "chef de l'armée", "L:pakistan"),
      ("P:jameel_ahmad", "gouverneur", "O:state_bank_of_pakistan"),
  ])

# ---------------------------------------------------------------- h05  (portrait)
A(id="h05", published="2024-09-08",
  title="Un an après le séisme, Nadia Benkirane, la reine de l'argan d'Asni",
  text="""
Abonnez-vous à notre newsletter Maghreb, chaque vendredi dans votre boîte mail

Nadia Benkirane ne compte plus les allers-retours entre Asni et Marrakech. Dans la nuit du 8 septembre 2023, le séisme d'Al Haouz a détruit la moitié des ateliers de Tifawin, la coopérative d'huile d'argan qu'elle préside depuis 2016.

« La terre a grondé, puis plus rien. Au matin, il ne restait que les cuves, intactes, au milieu des pierres », raconte la présidente de Tifawin, qui emploie 42 femmes.

Sans lien de parenté avec l'ancien chef du gouvernement Abdelilah Benkirane, elle s'amuse qu'on lui pose encore la question. « Mon seul parti, c'est l'argan », tranche Mme Benkirane.

Nadia Benkirane dans l'atelier reconstruit de la coopérative. Photo DR

Les aides ont mis des mois à arriver. Le chef du gouvernement Aziz Akhannouch avait annoncé il y a un an une enveloppe de 120 milliards de dirhams sur cinq ans. « On a reçu les premiers 20 000 dirhams en novembre, le reste en mars », précise-t-elle.

Le roi Mohammed VI s'était rendu au chevet des blessés à l'hôpital universitaire Mohammed-VI de Marrakech dès le 12 septembre. Un an plus tard, le gouverneur de la province d'Al Haouz, Hassan Amrani, assure que les maisons des villages d'Al Haouz « seront presque toutes reconstruites avant l'hiver ».

Sa fille, Salma Benkirane, ingénieure à l'OCP à Safi, a créé le site de vente en ligne de la coopérative. Et en juin, Fatima Zahra Mansouri, maire de Marrakech et ministre de l'Aménagement du territoire, a inauguré à Guéliz un marché solidaire où Tifawin tient un stand.

« Ici, les femmes ont reconstruit avant les murs », résume Nadia Benkirane, qui rêve de faire connaître l'argan marocain dans toute l'Europe.
""",
  boilerplate=["Abonnez-vous à notre newsletter Maghreb, chaque vendredi dans votre boîte mail",
               "Nadia Benkirane dans l'atelier reconstruit de la coopérative. Photo DR"],
  quotes=[
      ("La terre a grondé, puis plus rien. Au matin, il ne restait que les cuves, intactes, au milieu des pierres", "direct", "Nadia Benkirane"),
      ("Mon seul parti, c'est l'argan", "direct", "Nadia Benkirane"),
      ("On a reçu les premiers 20 000 dirhams en novembre, le reste en mars", "direct", "Nadia Benkirane"),
      ("les maisons des villages d'Al Haouz « seront presque toutes reconstruites avant l'hiver »", "mixed", "Hassan Amrani"),
      ("Ici, les femmes ont reconstruit avant les murs", "direct", "Nadia Benkirane"),
  ],
  not_quotes=[],
  times=[
      ("la nuit du 8 septembre 2023", "TIME", "2023-09-08TNI"),
      ("2016", "DATE", "2016"),
      ("matin", "TIME", "2023-09-09TMO"),
      ("des mois", "DURATION", "PXM"),
      ("il y a un an", "DATE", "2023-09"),
      ("cinq ans", "DURATION", "P5Y"),
      ("novembre", "DATE", "2023-11"),
      ("mars", "DATE", "2024-03"),
      ("le 12 septembre", "DATE", "2023-09-12"),
      ("Un an plus tard", "DATE", "2024-09"),
      ("l'hiver", "DATE", "2024-WI"),
      ("juin", "DATE", "2024-06"),
  ],
  entities=[
      ("P:nadia_benkirane", "PER", ["Nadia Benkirane", "Benkirane"], []),
      ("L:asni", "LOC", ["Asni"], []),
      ("L:marrakech", "LOC", ["Marrakech"], []),
      ("M:al_haouz_earthquake", "MISC", ["séisme d'Al Haouz"], []),
      ("O:tifawin", "ORG", ["Tifawin"], []),
      ("P:abdelilah_benkirane", "PER", ["Abdelilah Benkirane"], []),
      ("P:aziz_akhannouch", "PER", ["Aziz Akhannouch"], []),
      ("P:mohammed_vi", "PER", ["Mohammed VI"], []),
      ("L:chu_mohammed_vi_marrakech", "LOC", ["hôpital universitaire Mohammed-VI"], []),
      ("L:al_haouz_province", "LOC", ["Al Haouz"], []),
      ("P:hassan_amrani", "PER", ["Hassan Amrani"], []),
      ("P:salma_benkirane", "PER", ["Salma Benkirane"], []),
      ("O:ocp", "ORG", ["OCP"], []),
      ("L:safi", "LOC", ["Safi"], []),
      ("P:fatima_zahra_mansouri", "PER", ["Fatima Zahra Mansouri"], []),
      ("L:gueliz", "LOC", ["Guéliz"], []),
      ("L:morocco", "LOC", [], ["marocain"]),
      ("L:europe", "LOC", ["Europe"], []),
  ],
  roles=[
      ("P:nadia_benkirane", "présidente", "O:tifawin"),
      ("P:abdelilah_benkirane", "ancien chef du gouvernement", "L:morocco"),
      ("P:aziz_akhannouch", "chef du gouvernement", "L:morocco"),
      ("P:mohammed_vi", "roi", "L:morocco"),
      ("P:hassan_amrani", "gouverneur", "L:al_haouz_province"),
      ("P:salma_benkirane", "ingénieure", "O:ocp"),
      ("P:fatima_zahra_mansouri", "maire", "L:marrakech"),
      ("P:fatima_zahra_mansouri", "ministre de l'Aménagement du territoire", "L:morocco"),
  ])

# ---------------------------------------------------------------- h06  (national daily, correspondent)
A(id="h06", published="2025-04-15",
  title="Gabon : Oligui Nguema triomphe, l'opposition crie au « plébiscite »",
  text="""
De notre correspondant à Libreville, Serge Ndong Obiang

Depuis la présidentielle du 12 avril, Libreville vit au rythme des klaxons. Le président de la transition, Brice Clotaire Oligui Nguema, a été déclaré vainqueur dès dimanche avec 90,35 % des voix, selon les résultats provisoires lus par le ministre de l'Intérieur, Hermann Immongault.

« Le Gabon a tourné la page de la peur », a lancé le général Oligui Nguéma lundi soir devant ses partisans réunis au stade de l'Amitié.

Son principal adversaire, l'ancien Premier ministre Alain-Claude Bilie-By-Nze, a dénoncé un « plébiscite organisé » et affirmé que le taux de participation annoncé, 70,4 %, était « impossible ». BILIE-BY-NZE n'exclut pas de saisir la Cour constitutionnelle.

LIRE AUSSI : Gabon : la nouvelle Constitution adoptée par référendum

Selon la cheffe de la mission d'observation de la CEEAC, la Camerounaise Hélène Mbarga, le scrutin s'est déroulé « dans le calme », malgré des retards à l'ouverture des bureaux à Port-Gentil.

Ancien chef de la Garde républicaine, OLIGUI avait renversé le 30 août 2023 l'ancien président Ali Bongo Ondimba. L'épouse de ce dernier, Sylvia Bongo, et leur fils Noureddin Bongo Valentin sont toujours détenus, a rappelé leur avocat, Me Pierre-Olivier Garnier.

Dans les quartiers populaires, l'électorat gabonais attend surtout des routes et du courant. À Owendo, Jean-Rémy Mba, chauffeur de taxi, résume l'humeur : « On a voté pour la route et l'électricité. L'an prochain, on jugera. »

L'investiture est prévue le mai. 3.

Retrouvez toute l'actualité africaine sur notre application
""",
  boilerplate=["De notre correspondant à Libreville, Serge Ndong Obiang",
               "LIRE AUSSI : Gabon : la nouvelle Constitution adoptée par référendum",
               "Retrouvez toute l'actualité africaine sur notre application"],
  quotes=[
      ("Le président de la transition, Brice Clotaire Oligui Nguema, a été déclaré vainqueur dès dimanche avec 90,35 % des voix", "indirect", "Hermann Immongault"),
      ("Le Gabon a tourné la page de la peur", "direct", "Brice Clotaire Oligui Nguema"),
      ("plébiscite organisé", "direct", "Alain-Claude Bilie-By-Nze"),
      ("le taux de participation annoncé, 70,4 %, était « impossible »", "mixed", "Alain-Claude Bilie-By-Nze"),
      ("le scrutin s'est déroulé « dans le calme », malgré des retards à l'ouverture des bureaux à Port-Gentil", "mixed", "Hélène Mbarga"),
      ("L'épouse de ce dernier, Sylvia Bongo, et leur fils Noureddin Bongo Valentin sont toujours détenus", "indirect", "Pierre-Olivier Garnier"),
      ("On a voté pour la route et l'électricité. L'an prochain, on jugera.", "direct", "Jean-Rémy Mba"),
  ],
  not_quotes=[],
  times=[
      ("12 avril", "DATE", "2025-04-12"),
      ("dimanche", "DATE", "2025-04-13"),
      ("lundi soir", "TIME", "2025-04-14TEV"),
      ("le 30 août 2023", "DATE", "2023-08-30"),
      ("L'an prochain", "DATE", "2026"),
      ("le mai. 3", "DATE", "2025-05-03"),
  ],
  entities=[
      ("L:libreville", "LOC", ["Libreville"], []),
      ("P:oligui_nguema", "PER", ["Brice Clotaire Oligui Nguema", "Oligui Nguéma", "OLIGUI"], []),
      ("P:hermann_immongault", "PER", ["Hermann Immongault"], []),
      ("L:gabon", "LOC", ["Gabon"], ["gabonais"]),
      ("L:stade_amitie_libreville", "LOC", ["stade de l'Amitié"], []),
      ("P:bilie_by_nze", "PER", ["Alain-Claude Bilie-By-Nze", "BILIE-BY-NZE"], []),
      ("O:gabon_constitutional_court", "ORG", ["Cour constitutionnelle"], []),
      ("O:ceeac", "ORG", ["CEEAC"], []),
      ("L:cameroon", "LOC", [], ["Camerounaise"]),
      ("P:helene_mbarga", "PER", ["Hélène Mbarga"], []),
      ("L:port_gentil", "LOC", ["Port-Gentil"], []),
      ("O:gabon_republican_guard", "ORG", ["Garde républicaine"], []),
      ("P:ali_bongo", "PER", ["Ali Bongo Ondimba"], []),
      ("P:sylvia_bongo", "PER", ["Sylvia Bongo"], []),
      ("P:noureddin_bongo", "PER", ["Noureddin Bongo Valentin"], []),
      ("P:pierre_olivier_garnier", "PER", ["Pierre-Olivier Garnier"], []),
      ("L:owendo", "LOC", ["Owendo"], []),
      ("P:jean_remy_mba", "PER", ["Jean-Rémy Mba"], []),
  ],
  roles=[
      ("P:oligui_nguema", "président de la transition", "L:gabon"),
      ("P:hermann_immongault", "ministre de l'Intérieur", "L:gabon"),
      ("P:bilie_by_nze", "ancien Premier ministre", "L:gabon"),
      ("P:helene_mbarga", "cheffe de la mission d'observation", "O:ceeac"),
      ("P:oligui_nguema", "ancien chef", "O:gabon_republican_guard"),
      ("P:ali_bongo", "ancien président", "L:gabon"),
      ("P:pierre_olivier_garnier", "avocat", None),
      ("P:jean_remy_mba", "chauffeur de taxi", None),
  ])

# ---------------------------------------------------------------- h07  (regional daily)
A(id="h07", published="2023-07-14",
  title="Vesdre : deux ans après la crue, Pepinster attend toujours ses maisons",
  text="""
Nous utilisons des cookies pour améliorer votre expérience. Accepter et fermer | Paramétrer

PEPINSTER – Deux ans jour pour jour après la crue meurtrière de la Vesdre, une cinquantaine d'habitants se sont rassemblés vendredi matin devant la nouvelle passerelle de la rue Neuve. Le bourgmestre de Pepinster, Marc Lejeune, a reconnu que « beaucoup trop de familles » vivaient encore dans des logements provisoires.

« On nous avait promis une maison pour l'hiver 2022, lance Josiane Lambert, une riveraine. Nous sommes en été 2023 et je dors toujours dans un conteneur. »

Le ministre-président wallon Adrien Dolimont, présent à la cérémonie, a annoncé que la Région débloquerait 40 millions d'euros supplémentaires pour le bassin de la Vesdre, « le plus meurtri de Wallonie ». Selon Julie Mertens, commissaire spéciale à la reconstruction, 312 dossiers d'indemnisation restent pourtant bloqués chez les assureurs.

Par Marie Delhaye, correspondante en Wallonie

En aval, à Trooz, le village de Fraipont attend toujours la reconstruction de son pont. À Limbourg, le bourgmestre Olivier Fraipont a salué les équipes de protection civile venues de la province de Limbourg, « des voisins flamands qui n'ont jamais lâché ».

Pour l'ingénieur Thomas Delvaux, du bureau d'études Hydrosol, les nouveaux bassins d'orage « n'empêcheront pas une crue comme celle de 2021 », mais ils la ralentiront.

Le gouverneur de la province de Liège, Hervé Jamar, a rappelé que le plan d'alerte avait été entièrement revu l'an dernier. L'échevine des Travaux de Pepinster, Sophie Collard, promet quant à elle la fin des chantiers de la rue Neuve « avant la Toussaint ».

Vous avez une info ? Écrivez-nous sur WhatsApp
""",
  boilerplate=["Nous utilisons des cookies pour améliorer votre expérience. Accepter et fermer | Paramétrer",
               "Par Marie Delhaye, correspondante en Wallonie",
               "Vous avez une info ? Écrivez-nous sur WhatsApp"],
  quotes=[
      ("« beaucoup trop de familles » vivaient encore dans des logements provisoires", "mixed", "Marc Lejeune"),
      ("On nous avait promis une maison pour l'hiver 2022", "direct", "Josiane Lambert"),
      ("Nous sommes en été 2023 et je dors toujours dans un conteneur.", "direct", "Josiane Lambert"),
      ("la Région débloquerait 40 millions d'euros supplémentaires pour le bassin de la Vesdre, « le plus meurtri de Wallonie »", "mixed", "Adrien Dolimont"),
      ("312 dossiers d'indemnisation restent pourtant bloqués chez les assureurs", "indirect", "Julie Mertens"),
      ("des voisins flamands qui n'ont jamais lâché", "direct", "Olivier Fraipont"),
      ("les nouveaux bassins d'orage « n'empêcheront pas une crue comme celle de 2021 », mais ils la ralentiront", "mixed", "Thomas Delvaux"),
      ("le plan d'alerte avait été entièrement revu l'an dernier", "indirect", "Hervé Jamar"),
      ("avant la Toussaint", "direct", "Sophie Collard"),
  ],
  not_quotes=[],
  times=[
      ("Deux ans", "DURATION", "P2Y"),
      ("vendredi matin", "TIME", "2023-07-14TMO"),
      ("l'hiver 2022", "DATE", "2022-WI"),
      ("été 2023", "DATE", "2023-SU"),
      ("2021", "DATE", "2021"),
      ("l'an dernier", "DATE", "2022"),
      ("la Toussaint", "DATE", "2023-11-01"),
  ],
  entities=[
      ("L:pepinster", "LOC", ["PEPINSTER", "Pepinster"], []),
      ("L:vesdre", "LOC", ["Vesdre"], []),
      ("L:rue_neuve_pepinster", "LOC", ["rue Neuve"], []),
      ("P:marc_lejeune", "PER", ["Marc Lejeune"], []),
      ("P:josiane_lambert", "PER", ["Josiane Lambert"], []),
      ("L:wallonia", "LOC", ["Région", "Wallonie"], ["wallon"]),
      ("P:adrien_dolimont", "PER", ["Adrien Dolimont"], []),
      ("P:julie_mertens", "PER", ["Julie Mertens"], []),
      ("L:trooz", "LOC", ["Trooz"], []),
      ("L:fraipont", "LOC", ["Fraipont"], []),
      ("L:limbourg", "LOC", ["Limbourg"], []),
      ("P:olivier_fraipont", "PER", ["Olivier Fraipont"], []),
      ("L:limburg_province", "LOC", ["province de Limbourg"], []),
      ("P:thomas_delvaux", "PER", ["Thomas Delvaux"], []),
      ("O:hydrosol", "ORG", ["Hydrosol"], []),
      ("L:liege_province", "LOC", ["province de Liège"], []),
      ("P:herve_jamar", "PER", ["Hervé Jamar"], []),
      ("P:sophie_collard", "PER", ["Sophie Collard"], []),
  ],
  roles=[
      ("P:marc_lejeune", "bourgmestre", "L:pepinster"),
      ("P:adrien_dolimont", "ministre-président", "L:wallonia"),
      ("P:julie_mertens", "commissaire spéciale à la reconstruction", "L:wallonia"),
      ("P:olivier_fraipont", "bourgmestre", "L:limbourg"),
      ("P:thomas_delvaux", "ingénieur", "O:hydrosol"),
      ("P:herve_jamar", "gouverneur", "L:liege_province"),
      ("P:sophie_collard", "échevine des Travaux", "L:pepinster"),
  ])

# ---------------------------------------------------------------- h08  (press review)
A(id="h08", published="2025-06-29",
  title="Revue de presse : la Budapest Pride divise les journaux hongrois",
  text="""
REVUE DE PRESSE | Chaque dimanche, le regard des journaux d'Europe centrale

Au lendemain d'une Budapest Pride historique, la presse hongroise se déchire. Selon le décompte des organisateurs, entre 180 000 et 200 000 personnes ont défilé samedi dans la capitale, malgré l'interdiction prononcée par la police.

Le quotidien de gauche Népszava salue en une « la plus grande manifestation pour la liberté depuis 1989 ». Son éditorialiste Zsófia Kertész estime que le maire écologiste de Budapest, Gergely Karácsony, a « humilié » le gouvernement en transformant le défilé en événement municipal.

Ton opposé dans Magyar Nemzet, proche du Fidesz, qui parle d'un « cirque financé par Bruxelles ». Le journal cite le ministre de la Justice Bence Tuzson, selon qui les organisateurs s'exposent à « jusqu'à un an de prison ».

Le Premier ministre hongrois Viktor Orbán avait prévenu vendredi que la police ne disperserait pas la marche, mais que ses participants en subiraient « les conséquences juridiques ».

Lire aussi : Hongrie : la loi anti-Pride adoptée en moins de 24 heures

Sur le site 444, on s'amuse plutôt de l'absence de Péter Magyar. Le chef du parti Tisza, favori des sondages, avait prévenu jeudi sur RTL Klub : „Je ne serai pas à Budapest samedi, je serai là où l'on parle des hôpitaux.” Pour le portail, Magyar « refuse de tomber dans le piège d'Orban ».

Hadja Lahbib, commissaire à l'Égalité au sein de la Commission européenne et ancienne cheffe de la diplomatie belge, a défilé en tête du cortège. Elle a déclaré que « l'Europe ne laissera aucune de ses capitales interdire l'amour ». Le porte-parole de la Budapest Pride, Bálint Szabó, promet « une Pride l'an prochain, avec ou sans loi ».
""",
  boilerplate=["REVUE DE PRESSE | Chaque dimanche, le regard des journaux d'Europe centrale",
               "Lire aussi : Hongrie : la loi anti-Pride adoptée en moins de 24 heures"],
  quotes=[
      ("entre 180 000 et 200 000 personnes ont défilé samedi dans la capitale, malgré l'interdiction prononcée par la police", "indirect", "les organisateurs"),
      ("la plus grande manifestation pour la liberté depuis 1989", "direct", "Népszava"),
      ("le maire écologiste de Budapest, Gergely Karácsony, a « humilié » le gouvernement en transformant le défilé en événement municipal", "mixed", "Zsófia Kertész"),
      ("cirque financé par Bruxelles", "direct", "Magyar Nemzet"),
      ("les organisateurs s'exposent à « jusqu'à un an de prison »", "mixed", "Bence Tuzson"),
      ("la police ne disperserait pas la marche, mais que ses participants en subiraient « les conséquences juridiques »", "mixed", "Viktor Orbán"),
      ("Je ne serai pas à Budapest samedi, je serai là où l'on parle des hôpitaux.", "direct", "Péter Magyar"),
      ("Magyar « refuse de tomber dans le piège d'Orban »", "mixed", "444"),
      ("« l'Europe ne laissera aucune de ses capitales interdire l'amour »", "mixed", "Hadja Lahbib"),
      ("une Pride l'an prochain, avec ou sans loi", "direct", "Bálint Szabó"),
  ],
  not_quotes=[],
  times=[
      ("lendemain", "DATE", "2025-06-29"),
      ("samedi", "DATE", "2025-06-28"),
      ("1989", "DATE", "1989"),
      ("un an", "DURATION", "P1Y"),
      ("vendredi", "DATE", "2025-06-27"),
      ("jeudi", "DATE", "2025-06-26"),
      ("samedi", "DATE", "2025-06-28"),
      ("l'an prochain", "DATE", "2026"),
  ],
  entities=[
      ("O:budapest_pride", "ORG", ["Budapest Pride"], []),
      ("L:hungary", "LOC", [], ["hongroise", "hongrois"]),
      ("O:nepszava", "ORG", ["Népszava"], []),
      ("P:zsofia_kertesz", "PER", ["Zsófia Kertész"], []),
      ("L:budapest", "LOC", ["Budapest"], []),
      ("P:gergely_karacsony", "PER", ["Gergely Karácsony"], []),
      ("O:magyar_nemzet", "ORG", ["Magyar Nemzet"], []),
      ("O:fidesz", "ORG", ["Fidesz"], []),
      ("L:brussels", "LOC", ["Bruxelles"], []),
      ("P:bence_tuzson", "PER", ["Bence Tuzson"], []),
      ("P:viktor_orban", "PER", ["Viktor Orbán", "Orban"], []),
      ("O:444", "ORG", ["444"], []),
      ("P:peter_magyar", "PER", ["Péter Magyar", "Magyar"], []),
      ("O:tisza", "ORG", ["Tisza"], []),
      ("O:rtl_klub", "ORG", ["RTL Klub"], []),
      ("P:hadja_lahbib", "PER", ["Hadja Lahbib"], []),
      ("O:european_commission", "ORG", ["Commission européenne"], []),
      ("L:belgium", "LOC", [], ["belge"]),
      ("L:europe", "LOC", ["Europe"], []),
      ("P:balint_szabo", "PER", ["Bálint Szabó"], []),
  ],
  roles=[
      ("P:zsofia_kertesz", "éditorialiste", "O:nepszava"),
      ("P:gergely_karacsony", "maire", "L:budapest"),
      ("P:bence_tuzson", "ministre de la Justice", "L:hungary"),
      ("P:viktor_orban", "Premier ministre", "L:hungary"),
      ("P:peter_magyar", "chef", "O:tisza"),
      ("P:hadja_lahbib", "commissaire à l'Égalité", "O:european_commission"),
      ("P:hadja_lahbib", "ancienne cheffe de la diplomatie", "L:belgium"),
      ("P:balint_szabo", "porte-parole", "O:budapest_pride"),
  ])

# ---------------------------------------------------------------- h09  (portrait)
A(id="h09", published="2025-05-22",
  title="Shinjiro Koizumi, l'héritier chargé d'éteindre la crise du riz",
  text="""
Mis à jour le 22/05/2025 à 06:12 | Lecture 4 min

Shinjiro Koizumi a hérité d'un nom célèbre et d'un sens aigu de la formule. Nommé mercredi ministre de l'Agriculture par le Premier ministre Shigeru Ishiba, le fils de l'ancien Premier ministre Junichiro Koizumi remplace Taku Eto, contraint à la démission après avoir affirmé qu'il n'avait « jamais acheté de riz » puisque ses soutiens lui en offraient.

« Je ferai baisser les prix, quitte à bousculer les habitudes du ministère », a promis jeudi matin le nouveau ministre devant la presse. Au Japon, le sac de 5 kilos de riz a presque doublé en un an, pour dépasser 4 200 yens dans les supermarchés japonais.

Ancien ministre de l'Environnement, battu par Ishiba lors de la course à la présidence du Parti libéral-démocrate (PLD) en septembre dernier, KOIZUMI cultive une image de réformateur pressé. Son père l'a résumé d'une formule sur la chaîne NHK : « Il devra écouter les paysans avant les bureaucrates. »

MÉTÉO : UN TYPHON MENACE OKINAWA CE WEEK-END

À Nagaoka, dans la préfecture de Niigata, le riziculteur Kenji Watanabe se méfie des « promesses de Tokyo ». « Le riz des stocks d'urgence, c'est bien pour les supermarchés.

« Nous, il nous faut un prix stable pour la récolte de l'automne », dit-il.

Le gouverneur de la préfecture, Hideyo Hanazumi, a demandé que les premiers lots soient expédiés dès la semaine prochaine depuis les entrepôts de Niigata.

Pour l'analyste Yuko Sato, de Mizuho Securities, les prix « ne reculeront pas durablement avant l'été », quelle que soit l'énergie du ministre. M. Koizumi, lui, promet de « casser les prix ».
""",
  boilerplate=["Mis à jour le 22/05/2025 à 06:12 | Lecture 4 min",
               "MÉTÉO : UN TYPHON MENACE OKINAWA CE WEEK-END"],
  quotes=[
      ("il n'avait « jamais acheté de riz » puisque ses soutiens lui en offraient", "mixed", "Taku Eto"),
      ("Je ferai baisser les prix, quitte à bousculer les habitudes du ministère", "direct", "Shinjiro Koizumi"),
      ("Il devra écouter les paysans avant les bureaucrates.", "direct", "Junichiro Koizumi"),
      ("promesses de Tokyo", "direct", "Kenji Watanabe"),
      ("Le riz des stocks d'urgence, c'est bien pour les supermarchés.\n\n« Nous, il nous faut un prix stable pour la récolte de l'automne", "direct", "Kenji Watanabe"),
      ("les premiers lots soient expédiés dès la semaine prochaine depuis les entrepôts de Niigata", "indirect", "Hideyo Hanazumi"),
      ("les prix « ne reculeront pas durablement avant l'été », quelle que soit l'énergie du ministre", "mixed", "Yuko Sato"),
      ("casser les prix", "direct", "Shinjiro Koizumi"),
  ],
  not_quotes=[],
  times=[
      ("mercredi", "DATE", "2025-05-21"),
      ("jeudi matin", "TIME", "2025-05-22TMO"),
      ("un an", "DURATION", "P1Y"),
      ("septembre dernier", "DATE", "2024-09"),
      ("l'automne", "DATE", "2025-FA"),
      ("la semaine prochaine", "DATE", "2025-W22"),
      ("l'été", "DATE", "2025-SU"),
  ],
  entities=[
      ("P:shinjiro_koizumi", "PER", ["Shinjiro Koizumi", "KOIZUMI", "Koizumi"], []),
      ("P:shigeru_ishiba", "PER", ["Shigeru Ishiba", "Ishiba"], []),
      ("P:junichiro_koizumi", "PER", ["Junichiro Koizumi"], []),
      ("P:taku_eto", "PER", ["Taku Eto"], []),
      ("L:japan", "LOC", ["Japon"], ["japonais"]),
      ("O:ldp_japan", "ORG", ["Parti libéral-démocrate", "PLD"], []),
      ("O:nhk", "ORG", ["NHK"], []),
      ("L:nagaoka", "LOC", ["Nagaoka"], []),
      ("L:niigata_prefecture", "LOC", ["préfecture de Niigata"], []),
      ("L:niigata", "LOC", ["Niigata"], []),
      ("P:kenji_watanabe", "PER", ["Kenji Watanabe"], []),
      ("L:tokyo", "LOC", ["Tokyo"], []),
      ("P:hideyo_hanazumi", "PER", ["Hideyo Hanazumi"], []),
      ("P:yuko_sato", "PER", ["Yuko Sato"], []),
      ("O:mizuho_securities", "ORG", ["Mizuho Securities"], []),
  ],
  roles=[
      ("P:shinjiro_koizumi", "ministre de l'Agriculture", "L:japan"),
      ("P:shigeru_ishiba", "Premier ministre", "L:japan"),
      ("P:junichiro_koizumi", "ancien Premier ministre", "L:japan"),
      ("P:shinjiro_koizumi", "ancien ministre de l'Environnement", "L:japan"),
      ("P:kenji_watanabe", "riziculteur", None),
      ("P:hideyo_hanazumi", "gouverneur", "L:niigata_prefecture"),
      ("P:yuko_sato", "analyste", "O:mizuho_securities"),
  ])

# ---------------------------------------------------------------- h10  (live blog)
A(id="h10", published="2025-08-05",
  title="EN DIRECT – Texas : Abbott veut destituer le chef des démocrates en fuite",
  text="""
EN DIRECT | Mis à jour il y a 4 minutes

14:32

Le gouverneur du Texas, Greg Abbott, a saisi la Cour suprême du Texas pour obtenir la destitution de Gene Wu, chef de la minorité démocrate à la Chambre des représentants du Texas. Dans un communiqué, il accuse l'élu de Houston d'avoir « abandonné son poste ».

13:05

Réfugiés depuis dimanche dans la banlieue de Chicago, une cinquantaine d'élus démocrates ont passé la nuit dans un hôtel sous protection policière. JB Pritzker, gouverneur de l'Illinois, a assuré qu'ils resteraient « aussi longtemps qu'il le faudra » et que l'Illinois ne livrerait « personne ».

11:40

Le président de la Chambre, le républicain Dustin Burrows, a signé lundi soir des mandats d'arrêt civils contre les absents. “Le quorum sera rétabli, d'une manière ou d'une autre », a-t-il écrit sur X. La session extraordinaire, ouverte le juil. 21, doit s'achever Le août. Le 19.

10:15

Le procureur général de l'État, Ken Paxton, a promis de « traquer » les fugitifs. Pour la politologue Rebecca Hollis, de l'université Rice, à Houston, la nouvelle carte « pourrait coûter cinq sièges aux démocrates » lors des élections de mi-mandat de 2026.

09:02

À Washington, le président Donald Trump a affirmé que le Texas avait « droit » à cinq sièges supplémentaires au Congrès américain. M. Abbott a remercié la Maison-Blanche pour son « soutien sans faille ».

08:30

À Austin, devant le Capitole, Carmen Ruiz, présidente de la Ligue des électeurs hispaniques d'Austin, dénonce un « vol en plein jour ». « Ils redessinent nos quartiers pour faire taire nos voix », dit-elle.

Partagez cet article : Facebook | X | LinkedIn | E-mail
""",
  boilerplate=["EN DIRECT | Mis à jour il y a 4 minutes",
               "14:32", "13:05", "11:40", "10:15", "09:02", "08:30",
               "Partagez cet article : Facebook | X | LinkedIn | E-mail"],
  quotes=[
      ("abandonné son poste", "direct", "Greg Abbott"),
      ("ils resteraient « aussi longtemps qu'il le faudra » et que l'Illinois ne livrerait « personne »", "mixed", "JB Pritzker"),
      ("Le quorum sera rétabli, d'une manière ou d'une autre", "direct", "Dustin Burrows"),
      ("traquer", "direct", "Ken Paxton"),
      ("la nouvelle carte « pourrait coûter cinq sièges aux démocrates » lors des élections de mi-mandat de 2026", "mixed", "Rebecca Hollis"),
      ("le Texas avait « droit » à cinq sièges supplémentaires au Congrès américain", "mixed", "Donald Trump"),
      ("soutien sans faille", "direct", "Greg Abbott"),
      ("vol en plein jour", "direct", "Carmen Ruiz"),
      ("Ils redessinent nos quartiers pour faire taire nos voix", "direct", "Carmen Ruiz"),
  ],
  not_quotes=[],
  times=[
      ("dimanche", "DATE", "2025-08-03"),
      ("la nuit", "TIME", "2025-08-04TNI"),
      ("lundi soir", "TIME", "2025-08-04TEV"),
      ("le juil. 21", "DATE", "2025-07-21"),
      ("Le août. Le 19", "DATE", "2025-08-19"),
      ("2026", "DATE", "2026"),
  ],
  entities=[
      ("L:texas", "LOC", ["Texas"], []),
      ("P:greg_abbott", "PER", ["Greg Abbott", "Abbott"], []),
      ("O:texas_supreme_court", "ORG", ["Cour suprême du Texas"], []),
      ("P:gene_wu", "PER", ["Gene Wu"], []),
      ("O:texas_house", "ORG", ["Chambre des représentants du Texas", "Chambre"], []),
      ("L:houston", "LOC", ["Houston"], []),
      ("L:chicago", "LOC", ["Chicago"], []),
      ("P:jb_pritzker", "PER", ["JB Pritzker"], []),
      ("L:illinois", "LOC", ["Illinois"], []),
      ("P:dustin_burrows", "PER", ["Dustin Burrows"], []),
      ("O:x", "ORG", ["X"], []),
      ("P:ken_paxton", "PER", ["Ken Paxton"], []),
      ("P:rebecca_hollis", "PER", ["Rebecca Hollis"], []),
      ("O:rice_university", "ORG", ["université Rice"], []),
      ("L:washington", "LOC", ["Washington"], []),
      ("P:donald_trump", "PER", ["Donald Trump"], []),
      ("O:us_congress", "ORG", ["Congrès"], []),
      ("L:usa", "LOC", [], ["américain"]),
      ("O:white_house", "ORG", ["Maison-Blanche"], []),
      ("L:austin", "LOC", ["Austin"], []),
      ("L:texas_capitol", "LOC", ["Capitole"], []),
      ("P:carmen_ruiz", "PER", ["Carmen Ruiz"], []),
      ("O:austin_hispanic_voters_league", "ORG", ["Ligue des électeurs hispaniques d'Austin"], []),
  ],
  roles=[
      ("P:greg_abbott", "gouverneur", "L:texas"),
      ("P:gene_wu", "chef de la minorité démocrate", "O:texas_house"),
      ("P:jb_pritzker", "gouverneur", "L:illinois"),
      ("P:dustin_burrows", "président", "O:texas_house"),
      ("P:ken_paxton", "procureur général", "L:texas"),
      ("P:rebecca_hollis", "politologue", "O:rice_university"),
      ("P:donald_trump", "président", "L:usa"),
      ("P:carmen_ruiz", "présidente", "O:austin_hispanic_voters_league"),
  ])

# ---------------------------------------------------------------- h11  (regional daily, court)
A(id="h11", published="2022-11-18",
  title="Toulon : l'ex-patron de Var Logis jugé pour favoritisme",
  text="""
Cet article vous est offert. Pour soutenir l'information locale, abonnez-vous.

TOULON – Le procès de l'ancien directeur général de l'office HLM Var Logis, Gérard Pellegrin, s'est ouvert le nov. 17, 2022 devant le tribunal correctionnel de Toulon. Il est poursuivi pour « favoritisme » et « prise illégale d'intérêts » pour onze marchés de rénovation entre 2016 et 2019.

À ses côtés comparaissait Christophe Amiel, ancien adjoint à l'urbanisme de Brignoles, soupçonné d'avoir orienté les appels d'offres vers la société de son beau-frère, Provence Bâti Services.

« Je n'ai jamais touché un centime. J'ai signé ce qu'on me présentait «, a répété M. Pellegrin à la barre. Interrogé par la présidente du tribunal, Anne Rolland, il a reconnu « des négligences » mais contesté tout « système ».

Témoin clé de l'accusation, Nathalie Brignoles, ancienne comptable de Var Logis, a raconté que les devis « arrivaient déjà remplis » sur son bureau. Mme Brignoles, qui a quitté l'office en 2020, dit avoir alerté sa hiérarchie « au moins trois fois ».

Lire aussi : Toulon : le chantier du port de plaisance prend encore du retard

Dans son réquisitoire, la procureure adjointe de Toulon, Claire Vasseur, a estimé que les deux prévenus avaient « organisé l'opacité ». Elle a requis trois ans de prison dont un avec sursis contre Gérard PELLEGRIN et cinq ans d'inéligibilité contre l'ancien élu.

L'avocate de M. Pellegrin, Me Hélène Castaing, a plaidé la relaxe, affirmant que son client avait servi de « bouc émissaire » à une gestion collective.

La région Provence-Alpes-Côte d'Azur s'est constituée partie civile. Son président, Renaud Muselier, avait indiqué mercredi qu'il attendait « une décision exemplaire ». Le jugement a été mis en délibéré au janv. 12.
""",
  boilerplate=["Cet article vous est offert. Pour soutenir l'information locale, abonnez-vous.",
               "Lire aussi : Toulon : le chantier du port de plaisance prend encore du retard"],
  quotes=[
      ("Je n'ai jamais touché un centime. J'ai signé ce qu'on me présentait", "direct", "Gérard Pellegrin"),
      ("des négligences", "direct", "Gérard Pellegrin"),
      ("système", "direct", "Gérard Pellegrin"),
      ("les devis « arrivaient déjà remplis » sur son bureau", "mixed", "Nathalie Brignoles"),
      ("au moins trois fois", "direct", "Nathalie Brignoles"),
      ("les deux prévenus avaient « organisé l'opacité »", "mixed", "Claire Vasseur"),
      ("son client avait servi de « bouc émissaire » à une gestion collective", "mixed", "Hélène Castaing"),
      ("il attendait « une décision exemplaire »", "mixed", "Renaud Muselier"),
  ],
  not_quotes=["favoritisme", "prise illégale d'intérêts"],
  times=[
      ("le nov. 17, 2022", "DATE", "2022-11-17"),
      ("2016", "DATE", "2016"),
      ("2019", "DATE", "2019"),
      ("2020", "DATE", "2020"),
      ("trois ans", "DURATION", "P3Y"),
      ("cinq ans", "DURATION", "P5Y"),
      ("mercredi", "DATE", "2022-11-16"),
      ("janv. 12", "DATE", "2023-01-12"),
  ],
  entities=[
      ("L:toulon", "LOC", ["TOULON", "Toulon"], []),
      ("O:var_logis", "ORG", ["Var Logis"], []),
      ("P:gerard_pellegrin", "PER", ["Gérard Pellegrin", "Pellegrin", "Gérard PELLEGRIN"], []),
      ("O:toulon_criminal_court", "ORG", ["tribunal correctionnel de Toulon"], []),
      ("P:christophe_amiel", "PER", ["Christophe Amiel"], []),
      ("L:brignoles", "LOC", ["Brignoles"], []),
      ("O:provence_bati_services", "ORG", ["Provence Bâti Services"], []),
      ("P:anne_rolland", "PER", ["Anne Rolland"], []),
      ("P:nathalie_brignoles", "PER", ["Nathalie Brignoles", "Brignoles"], []),
      ("P:claire_vasseur", "PER", ["Claire Vasseur"], []),
      ("P:helene_castaing", "PER", ["Hélène Castaing"], []),
      ("L:paca", "LOC", ["Provence-Alpes-Côte d'Azur"], []),
      ("P:renaud_muselier", "PER", ["Renaud Muselier"], []),
  ],
  roles=[
      ("P:gerard_pellegrin", "ancien directeur général", "O:var_logis"),
      ("P:christophe_amiel", "ancien adjoint à l'urbanisme", "L:brignoles"),
      ("P:anne_rolland", "présidente", "O:toulon_criminal_court"),
      ("P:nathalie_brignoles", "ancienne comptable", "O:var_logis"),
      ("P:claire_vasseur", "procureure adjointe", "L:toulon"),
      ("P:helene_castaing", "avocate", None),
      ("P:renaud_muselier", "président", "L:paca"),
  ])

# ---------------------------------------------------------------- h12  (wire dispatch, sports body)
A(id="h12", published="2025-03-20",
  title="CIO : Kirsty Coventry, première femme élue à la tête du mouvement olympique",
  text="""
COSTA NAVARINO (Grèce), 20 mars (AFP) – L'ancienne nageuse zimbabwéenne Kirsty Coventry a été élue jeudi présidente du Comité international olympique (CIO), devenant la première femme et la première Africaine à diriger l'institution en 131 ans d'histoire.

Elle a obtenu 49 voix sur 97 dès le premier tour, loin devant l'Espagnol Juan Antonio Samaranch Salisachs, vice-président du CIO et fils de l'ancien président de l'institution Juan Antonio Samaranch, et le Britannique Sebastian Coe, président de World Athletics.

« Ce n'est pas seulement un plafond de verre qui a été brisé aujourd'hui », a déclaré Kirsty COVENTRY devant les membres réunis dans le Péloponnèse.

Le président sortant Thomas Bach, qui dirigeait le CIO depuis 2013, a salué « un choix clair et un grand jour pour le mouvement olympique ». Le CIO a précisé qu'elle succéderait à Bach le 23 juin.

Le Français David Lappartient, président de l'Union cycliste internationale (UCI), n'a recueilli que quatre voix. Selon Sebastian Coe, la nouvelle présidente devra trancher « très vite » la question des athlètes transgenres et celle de la Russie.

Vous souhaitez recevoir nos alertes sport ? Activez les notifications

À Harare, le président zimbabwéen Emmerson Mnangagwa a salué sur X « une fierté pour toute l'Afrique ». Son ministre de l'Information, Jenfan Muswere, a affirmé que "tout le pays" était "fier de sa fille". Ministre des Sports du Zimbabwe depuis 2018, Coventry devra quitter le gouvernement.

Tendai Moyo, entraîneur au club de natation de Borrowdale, se souvient d'une adolescente « qui nageait chaque matin avant l'école ».
""",
  boilerplate=["Vous souhaitez recevoir nos alertes sport ? Activez les notifications"],
  quotes=[
      ("Ce n'est pas seulement un plafond de verre qui a été brisé aujourd'hui", "direct", "Kirsty Coventry"),
      ("un choix clair et un grand jour pour le mouvement olympique", "direct", "Thomas Bach"),
      ("elle succéderait à Bach le 23 juin", "indirect", "Comité international olympique"),
      ("la nouvelle présidente devra trancher « très vite » la question des athlètes transgenres et celle de la Russie", "mixed", "Sebastian Coe"),
      ("une fierté pour toute l'Afrique", "direct", "Emmerson Mnangagwa"),
      ('"tout le pays" était "fier de sa fille"', "mixed", "Jenfan Muswere"),
      ("qui nageait chaque matin avant l'école", "direct", "Tendai Moyo"),
  ],
  not_quotes=[],
  times=[
      ("20 mars", "DATE", "2025-03-20"),
      ("jeudi", "DATE", "2025-03-20"),
      ("131 ans", "DURATION", "P131Y"),
      ("aujourd'hui", "DATE", "2025-03-20"),
      ("2013", "DATE", "2013"),
      ("le 23 juin", "DATE", "2025-06-23"),
      ("2018", "DATE", "2018"),
      ("chaque matin", "SET", "P1D"),
  ],
  entities=[
      ("L:costa_navarino", "LOC", ["COSTA NAVARINO"], []),
      ("L:greece", "LOC", ["Grèce"], []),
      ("O:afp", "ORG", ["AFP"], []),
      ("P:kirsty_coventry", "PER", ["Kirsty Coventry", "Kirsty COVENTRY", "Coventry"], []),
      ("L:zimbabwe", "LOC", ["Zimbabwe"], ["zimbabwéenne", "zimbabwéen"]),
      ("O:ioc", "ORG", ["Comité international olympique", "CIO"], []),
      ("L:africa", "LOC", ["Afrique"], ["Africaine"]),
      ("L:spain", "LOC", [], ["Espagnol"]),
      ("P:samaranch_jr", "PER", ["Juan Antonio Samaranch Salisachs"], []),
      ("P:samaranch_sr", "PER", ["Juan Antonio Samaranch"], []),
      ("L:uk", "LOC", [], ["Britannique"]),
      ("P:sebastian_coe", "PER", ["Sebastian Coe"], []),
      ("O:world_athletics", "ORG", ["World Athletics"], []),
      ("L:peloponnese", "LOC", ["Péloponnèse"], []),
      ("P:thomas_bach", "PER", ["Thomas Bach", "Bach"], []),
      ("L:france", "LOC", [], ["Français"]),
      ("P:david_lappartient", "PER", ["David Lappartient"], []),
      ("O:uci", "ORG", ["Union cycliste internationale", "UCI"], []),
      ("L:russia", "LOC", ["Russie"], []),
      ("L:harare", "LOC", ["Harare"], []),
      ("P:emmerson_mnangagwa", "PER", ["Emmerson Mnangagwa"], []),
      ("O:x", "ORG", ["X"], []),
      ("P:jenfan_muswere", "PER", ["Jenfan Muswere"], []),
      ("P:tendai_moyo", "PER", ["Tendai Moyo"], []),
      ("O:borrowdale_swimming_club", "ORG", ["club de natation de Borrowdale"], []),
  ],
  roles=[
      ("P:kirsty_coventry", "ancienne nageuse", "L:zimbabwe"),
      ("P:kirsty_coventry", "présidente", "O:ioc"),
      ("P:samaranch_jr", "vice-président", "O:ioc"),
      ("P:samaranch_sr", "ancien président", "O:ioc"),
      ("P:sebastian_coe", "président", "O:world_athletics"),
      ("P:thomas_bach", "président sortant", "O:ioc"),
      ("P:david_lappartient", "président", "O:uci"),
      ("P:emmerson_mnangagwa", "président", "L:zimbabwe"),
      ("P:jenfan_muswere", "ministre de l'Information", "L:zimbabwe"),
      ("P:kirsty_coventry", "ministre des Sports", "L:zimbabwe"),
      ("P:tendai_moyo", "entraîneur", "O:borrowdale_swimming_club"),
  ])
