# Blind set 3, articles e01-e12 (written and annotated by hand; see ../blind/README.md for conventions).
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# General NOTE decisions for this file (cases the README does not settle):
# NOTE: role titles: the demonym AND a complement that names the `of` entity are left out of the
#   title ("maire de Caudan" -> "maire", of L:caudan; "délégué CGT" -> "délégué", of O:cgt;
#   "président de la FNSEA" -> "président", of O:fnsea). A complement that is not an annotated
#   entity stays in the title ("ministre de l'Économie", "avocate de la famille").
# NOTE: demonyms of cities (Montbrisonnais, nantais, Toulousains) and of Europe (Européens,
#   européenne) are not listed: the README restricts demonyms to country-derived forms.
# NOTE: "(AFP)" in a dateline is annotated as a mention of O:afp.
# NOTE: "la fin de l'année" is given the value of the year (TIMEX3 mod END is not in the format).
# NOTE: when a company is quoted through "la direction", the speaker is the company's name.


# --------------------------------------------------------------------------------------------
A(
    id="e01",
    published="2021-10-05",
    title="Montbrison : Hélène Vircondelet élue maire au terme d'une séance houleuse",
    text="""Publié le 05/10/2021 à 06h48 | Mis à jour le 05/10/2021 à 10h15

Par Nadia Ferrand

Il aura fallu une élection partielle et une « nuit des longs couteaux ». Lundi soir, le conseil municipal de Montbrison a élu Hélène Vircondelet, ancienne adjointe aux finances, au poste de maire par 19 voix contre 14. Elle succède à Bernard Chazal, démissionnaire en juillet pour raisons de santé.

« Je serai la maire de tous les Montbrisonnais », a lancé la nouvelle édile, avant de promettre un audit des comptes « d'ici à la fin de l'année ».

Le chef de file de l'opposition, Marc-Antoine Goutte (divers droite), a dénoncé un « hold-up démocratique ». Il rappelle que sa liste était arrivée en tête au premier tour, le 26 septembre, avec 41 % des voix. Pour lui, l'alliance nouée avec les écologistes avant le second tour, dimanche, « ne tiendra pas six mois ».

Le préfet de la Loire, Alain Roustan, a indiqué que le recours annoncé par M. Goutte serait examiné « dans les délais habituels » par le tribunal administratif de Lyon. La juridiction dispose de trois mois pour statuer.

Dans le public, l'ancien maire Bernard Chazal n'a pas pris la parole. Son fils, Julien Chazal, conseiller municipal d'opposition, s'est dit « peiné » par le ton des débats. « Mon père a servi cette ville pendant vingt ans. On lui doit un peu de respect », a-t-il glissé à la sortie.

Dès ce mardi matin, au lendemain de son élection, Mme Vircondelet a réuni ses adjoints. Sarah Benmansour, tête de liste écologiste, devient première adjointe chargée de l'urbanisme. Le prochain conseil est fixé au jeudi 14 octobre.

La nouvelle maire, ceinte de l'écharpe tricolore. Photo Le Courrier du Forez/N.F.

14 commentaires | Tags : Municipales, Montbrison""",
    boilerplate=[
        "Publié le 05/10/2021 à 06h48 | Mis à jour le 05/10/2021 à 10h15",
        "Par Nadia Ferrand",
        "La nouvelle maire, ceinte de l'écharpe tricolore. Photo Le Courrier du Forez/N.F.",
        "14 commentaires | Tags : Municipales, Montbrison",
    ],
    quotes=[
        ("Je serai la maire de tous les Montbrisonnais", "direct", "Hélène Vircondelet"),
        ("d'ici à la fin de l'année", "direct", "Hélène Vircondelet"),
        ("hold-up démocratique", "direct", "Marc-Antoine Goutte"),
        ("sa liste était arrivée en tête au premier tour, le 26 septembre, avec 41 % des voix", "indirect", "Marc-Antoine Goutte"),
        ("l'alliance nouée avec les écologistes avant le second tour, dimanche, « ne tiendra pas six mois »", "mixed", "Marc-Antoine Goutte"),
        ("le recours annoncé par M. Goutte serait examiné « dans les délais habituels » par le tribunal administratif de Lyon", "mixed", "Alain Roustan"),
        ("peiné", "direct", "Julien Chazal"),
        ("Mon père a servi cette ville pendant vingt ans. On lui doit un peu de respect", "direct", "Julien Chazal"),
    ],
    # NOTE: "nuit des longs couteaux" is an idiom in guillemets in the journalist's own voice: a not_quote,
    # and it is not a time expression.
    not_quotes=["nuit des longs couteaux"],
    times=[
        ("Lundi soir", "TIME", "2021-10-04TEV"),
        ("juillet", "DATE", "2021-07"),
        ("la fin de l'année", "DATE", "2021"),
        ("le 26 septembre", "DATE", "2021-09-26"),
        ("dimanche", "DATE", "2021-10-03"),
        ("six mois", "DURATION", "P6M"),
        ("trois mois", "DURATION", "P3M"),
        ("vingt ans", "DURATION", "P20Y"),
        ("ce mardi matin", "TIME", "2021-10-05TMO"),
        ("lendemain", "DATE", "2021-10-05"),
        ("jeudi 14 octobre", "DATE", "2021-10-14"),
    ],
    entities=[
        ("L:montbrison", "LOC", ["Montbrison"], []),
        ("P:helene_vircondelet", "PER", ["Hélène Vircondelet", "Vircondelet"], []),
        ("P:bernard_chazal", "PER", ["Bernard Chazal"], []),
        ("P:marc_antoine_goutte", "PER", ["Marc-Antoine Goutte", "Goutte"], []),
        ("P:alain_roustan", "PER", ["Alain Roustan"], []),
        ("L:loire", "LOC", ["Loire"], []),
        ("O:ta_lyon", "ORG", ["tribunal administratif de Lyon"], []),
        ("P:julien_chazal", "PER", ["Julien Chazal"], []),
        ("P:sarah_benmansour", "PER", ["Sarah Benmansour"], []),
    ],
    # NOTE: "chef de file de l'opposition" and the council posts take `of` = the town, implied by the article.
    # NOTE: "tête de liste écologiste" is kept as a role: "écologiste" is a party label, not a demonym.
    roles=[
        ("P:helene_vircondelet", "ancienne adjointe aux finances", "L:montbrison"),
        ("P:helene_vircondelet", "maire", "L:montbrison"),
        ("P:marc_antoine_goutte", "chef de file de l'opposition", "L:montbrison"),
        ("P:alain_roustan", "préfet", "L:loire"),
        ("P:bernard_chazal", "ancien maire", "L:montbrison"),
        ("P:julien_chazal", "conseiller municipal d'opposition", "L:montbrison"),
        ("P:sarah_benmansour", "tête de liste écologiste", None),
        ("P:sarah_benmansour", "première adjointe chargée de l'urbanisme", "L:montbrison"),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e02",
    published="2023-02-16",
    title="Mort d'un ouvrier à Courbevoie : deux ans avec sursis requis contre le PDG de Lamblin Construction",
    text="""Partager sur Facebook · Partager sur X · Copier le lien

NANTERRE (AFP) – Deux ans de prison avec sursis et 150.000 euros d'amende ont été requis mercredi devant le tribunal correctionnel de Nanterre contre Frédéric Lamblin, PDG de l'entreprise de BTP Lamblin Construction, jugé pour « homicide involontaire » après la mort d'un ouvrier sur un chantier de Courbevoie (Hauts-de-Seine).

Le juin 14, 2021, Mamadou Diallo, ouvrier intérimaire, avait chuté de douze mètres d'un échafaudage dépourvu de garde-corps. Selon l'inspection du travail, les protections avaient été démontées « pour gagner du temps » la veille de l'accident.

« Ce n'est pas un accident, a lancé à l'audience le procureur de la République de Nanterre, Pascal Verdier. C'est une économie. » Le magistrat a fustigé « une culture de l'urgence où la vie d'un homme pèse moins qu'un délai de livraison ».

Me Laure Castagné, avocate de la famille, a salué des réquisitions « à la hauteur ». La veuve de la victime, Aïssata Diallo, présente chaque jour d'audience depuis lundi, n'a pas souhaité s'exprimer.

La défense a plaidé la relaxe. Pour Me Olivier Benhamou, avocat de M. Lamblin, son client « n'était pas sur le chantier » et la responsabilité incombe au sous-traitant. « On cherche un coupable à la hauteur du drame, pas le bon coupable », a-t-il ajouté, rappelant que l'entreprise, fondée en 1978 par Roger Lamblin, le père du prévenu, n'avait « jamais connu d'accident mortel ».

Chez Lamblin, la direction assure par écrit que les règles de sécurité ont été « renforcées » depuis le drame. Le jugement a été mis en délibéré au 30 mars.

LIRE AUSSI – Chantier du Grand Paris Express : l'enquête relancée

GRÈVE À LA RATP : TRAFIC PERTURBÉ JEUDI""",
    boilerplate=[
        "Partager sur Facebook · Partager sur X · Copier le lien",
        "LIRE AUSSI – Chantier du Grand Paris Express : l'enquête relancée",
        "GRÈVE À LA RATP : TRAFIC PERTURBÉ JEUDI",
    ],
    quotes=[
        # NOTE: "Selon l'inspection du travail" names a body that is not a proper name: speaker kept as description.
        ("les protections avaient été démontées « pour gagner du temps » la veille de l'accident", "mixed", "l'inspection du travail"),
        # NOTE: incise inside the marks: two direct quotes, same speaker; the final period sits inside.
        ("Ce n'est pas un accident", "direct", "Pascal Verdier"),
        ("C'est une économie.", "direct", "Pascal Verdier"),
        ("une culture de l'urgence où la vie d'un homme pèse moins qu'un délai de livraison", "direct", "Pascal Verdier"),
        ("à la hauteur", "direct", "Laure Castagné"),
        ("son client « n'était pas sur le chantier » et la responsabilité incombe au sous-traitant", "mixed", "Olivier Benhamou"),
        ("On cherche un coupable à la hauteur du drame, pas le bon coupable", "direct", "Olivier Benhamou"),
        ("l'entreprise, fondée en 1978 par Roger Lamblin, le père du prévenu, n'avait « jamais connu d'accident mortel »", "mixed", "Olivier Benhamou"),
        # NOTE: "Chez Lamblin, la direction assure ..." -> speaker is the company (see general NOTE).
        ("les règles de sécurité ont été « renforcées » depuis le drame", "mixed", "Lamblin Construction"),
    ],
    not_quotes=["homicide involontaire"],
    times=[
        ("Deux ans", "DURATION", "P2Y"),
        ("mercredi", "DATE", "2023-02-15"),
        ("Le juin 14, 2021", "DATE", "2021-06-14"),
        ("la veille", "DATE", "2021-06-13"),
        ("chaque jour", "SET", "P1D"),
        ("lundi", "DATE", "2023-02-13"),
        ("1978", "DATE", "1978"),
        ("30 mars", "DATE", "2023-03-30"),
    ],
    entities=[
        ("L:nanterre", "LOC", ["NANTERRE", "Nanterre"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("O:tc_nanterre", "ORG", ["tribunal correctionnel de Nanterre"], []),
        # NOTE: bare "Lamblin" is the accused in "M. Lamblin" and the company in "Chez Lamblin".
        ("P:frederic_lamblin", "PER", ["Frédéric Lamblin", "Lamblin"], []),
        ("O:lamblin_construction", "ORG", ["Lamblin Construction", "Lamblin"], []),
        ("L:courbevoie", "LOC", ["Courbevoie"], []),
        ("L:hauts_de_seine", "LOC", ["Hauts-de-Seine"], []),
        ("P:mamadou_diallo", "PER", ["Mamadou Diallo"], []),
        ("P:pascal_verdier", "PER", ["Pascal Verdier"], []),
        ("P:laure_castagne", "PER", ["Laure Castagné"], []),
        ("P:aissata_diallo", "PER", ["Aïssata Diallo"], []),
        ("P:olivier_benhamou", "PER", ["Olivier Benhamou"], []),
        ("P:roger_lamblin", "PER", ["Roger Lamblin"], []),
    ],
    # NOTE: "procureur de la République de Nanterre": "de Nanterre" names the `of` place, so the title
    # is "procureur de la République". "La veuve", "le père du prévenu" are kinship, not roles.
    roles=[
        ("P:frederic_lamblin", "PDG", "O:lamblin_construction"),
        ("P:mamadou_diallo", "ouvrier intérimaire", None),
        ("P:pascal_verdier", "procureur de la République", "L:nanterre"),
        ("P:laure_castagne", "avocate de la famille", None),
        ("P:olivier_benhamou", "avocat de M. Lamblin", None),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e03",
    published="2021-04-29",
    title="Caudan : à la Fonderie de Bretagne, la grève entre dans son quatrième jour",
    text="""Réservé aux abonnés

Les grévistes devant l'entrée du site, mercredi. Photo Ouest-Armor/Y.L.C.

Les fours sont à l'arrêt depuis lundi, trois semaines après l'annonce de la cession, faite le 5 avril. À Caudan, près de Lorient, quelque 300 salariés de la Fonderie de Bretagne, l'une des dernières fonderies automobiles de France, exigent des garanties sur l'avenir du site, que Renault veut céder d'ici l'été. Une banderole « Pas touche à notre fonderie » barre l'entrée, et une assemblée générale se tient tous les jours devant les grilles.

« On ne lâchera rien tant qu'on n'aura pas un repreneur sérieux sur la table «, martèle Maël Le Goff, délégué CGT, entré à la fonderie il y a vingt-deux ans. Il accuse la direction de « jouer la montre ».

Dans un communiqué publié mercredi, Renault indique que « plusieurs marques d'intérêt » ont été reçues et qu'aucune fermeture n'est « envisagée à ce stade ». Le directeur général du groupe, Luca de Meo, avait jugé en mars la fonderie « non stratégique ».

Le ministre de l'Économie Bruno Le Maire a promis ce jeudi de recevoir les syndicats « dans les prochains jours ». Le maire de Caudan, Gérard Le Bihan, se dit « inquiet pour tout le bassin » : selon lui, près de 1.500 emplois indirects dépendent du site.

Interrogé lors d'un déplacement dans le Morbihan il y a deux semaines, le chef de l'État Emmanuel Macron avait assuré que l'État serait « aux côtés » des salariés.

Lire aussi. Hennebont : les Forges rachetées par un fonds allemand

L'ACTU EN CONTINU • BELLE-ÎLE : UN RANDONNEUR SECOURU PAR HÉLICOPTÈRE""",
    boilerplate=[
        "Réservé aux abonnés",
        "Les grévistes devant l'entrée du site, mercredi. Photo Ouest-Armor/Y.L.C.",
        "Lire aussi. Hennebont : les Forges rachetées par un fonds allemand",
        "L'ACTU EN CONTINU • BELLE-ÎLE : UN RANDONNEUR SECOURU PAR HÉLICOPTÈRE",
    ],
    quotes=[
        # wrong-way closing mark (« … «)
        ("On ne lâchera rien tant qu'on n'aura pas un repreneur sérieux sur la table", "direct", "Maël Le Goff"),
        ("jouer la montre", "direct", "Maël Le Goff"),
        ("« plusieurs marques d'intérêt » ont été reçues et qu'aucune fermeture n'est « envisagée à ce stade »", "mixed", "Renault"),
        ("non stratégique", "direct", "Luca de Meo"),
        ("dans les prochains jours", "direct", "Bruno Le Maire"),
        ("inquiet pour tout le bassin", "direct", "Gérard Le Bihan"),
        ("près de 1.500 emplois indirects dépendent du site", "indirect", "Gérard Le Bihan"),
        ("l'État serait « aux côtés » des salariés", "mixed", "Emmanuel Macron"),
    ],
    not_quotes=["Pas touche à notre fonderie"],
    times=[
        ("lundi", "DATE", "2021-04-26"),
        # NOTE: "trois semaines après l'annonce": anaphoric, resolved from "le 5 avril" (= the Monday the
        # strike began); the text leaves out the event noun, like "lendemain" in the README.
        ("trois semaines après", "DATE", "2021-04-26"),
        ("le 5 avril", "DATE", "2021-04-05"),
        ("l'été", "DATE", "2021-SU"),
        ("tous les jours", "SET", "P1D"),
        ("il y a vingt-deux ans", "DATE", "1999"),
        ("mercredi", "DATE", "2021-04-28"),
        ("mars", "DATE", "2021-03"),
        ("ce jeudi", "DATE", "2021-04-29"),
        ("les prochains jours", "DATE", "FUTURE_REF"),
        # NOTE: "il y a deux semaines" is given the ISO week two weeks before publication.
        ("il y a deux semaines", "DATE", "2021-W15"),
    ],
    entities=[
        ("L:caudan", "LOC", ["Caudan"], []),
        ("L:lorient", "LOC", ["Lorient"], []),
        ("O:fonderie_de_bretagne", "ORG", ["Fonderie de Bretagne"], []),
        ("L:france", "LOC", ["France"], []),
        ("O:renault", "ORG", ["Renault"], []),
        ("P:mael_le_goff", "PER", ["Maël Le Goff"], []),
        ("O:cgt", "ORG", ["CGT"], []),
        ("P:luca_de_meo", "PER", ["Luca de Meo"], []),
        # NOTE: "Le Maire" (surname) next to "Le maire de Caudan" (title): only the name is a mention.
        ("P:bruno_le_maire", "PER", ["Bruno Le Maire"], []),
        ("P:gerard_le_bihan", "PER", ["Gérard Le Bihan"], []),
        ("L:morbihan", "LOC", ["Morbihan"], []),
        ("P:macron", "PER", ["Emmanuel Macron"], []),
    ],
    # NOTE: "du groupe" in "directeur général du groupe" refers back to Renault: of = O:renault.
    roles=[
        ("P:mael_le_goff", "délégué", "O:cgt"),
        ("P:luca_de_meo", "directeur général", "O:renault"),
        ("P:bruno_le_maire", "ministre de l'Économie", "L:france"),
        ("P:gerard_le_bihan", "maire", "L:caudan"),
        ("P:macron", "chef de l'État", "L:france"),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e04",
    published="2024-11-18",
    title="EN DIRECT – Mercosur : les agriculteurs dans la rue, Macron inflexible à Rio",
    text="""DIRECT | Mis à jour il y a 3 min

🔔 Activez les notifications pour suivre ce direct

07h52 – Premiers tracteurs devant la préfecture de la Drôme, à Valence. « Les oranges de Valence, en Espagne, on sait faire avec. Le bœuf brésilien aux hormones, c'est non », lance Grégory Chardon, président de la FDSEA de la Drôme.

09h15 – La FNSEA revendique « 80 points de blocage » dès ce matin. Son président, Arnaud Rousseau, prévient que la mobilisation durera « aussi longtemps qu'il le faudra ».

10h40 – Depuis Rio de Janeiro, où s'ouvre le sommet du G20, le président Macron réaffirme que la France « ne signera pas en l'état » l'accord entre l'UE et le Mercosur. Le président brésilien Luiz Inacio Lula da Silva, hôte du sommet, souhaite au contraire une signature « avant la fin de l'année ».

11h58 – À Bruxelles, la Commission européenne assure que les « clauses de sauvegarde » protégeront les filières sensibles. Pour sa présidente Ursula von der Leyen, l'accord reste « une opportunité historique ».

13h30 – La ministre de l'Agriculture Annie Genevard recevra les syndicats mercredi. Sur RTL, elle a estimé que « la colère est légitime » mais que l'exécutif « ne peut pas tout ».

15h05 – Dans le Var, une « opération escargot » ralentit l'A8. Le préfet de la Drôme annonce que les barrages de Valence seront levés « au plus tard demain soir ».

16h20 – Les agriculteurs espagnols, qui défilaient déjà la semaine dernière à Valence, rejoindront le mouvement le déc. 10, selon l'organisation Asaja.""",
    boilerplate=[
        "DIRECT | Mis à jour il y a 3 min",
        "🔔 Activez les notifications pour suivre ce direct",
    ],
    quotes=[
        ("Les oranges de Valence, en Espagne, on sait faire avec. Le bœuf brésilien aux hormones, c'est non", "direct", "Grégory Chardon"),
        ("80 points de blocage", "direct", "FNSEA"),
        ("la mobilisation durera « aussi longtemps qu'il le faudra »", "mixed", "Arnaud Rousseau"),
        ("la France « ne signera pas en l'état » l'accord entre l'UE et le Mercosur", "mixed", "Macron"),
        ("avant la fin de l'année", "direct", "Luiz Inacio Lula da Silva"),
        ("les « clauses de sauvegarde » protégeront les filières sensibles", "mixed", "Commission européenne"),
        ("l'accord reste « une opportunité historique »", "mixed", "Ursula von der Leyen"),
        ("« la colère est légitime » mais que l'exécutif « ne peut pas tout »", "mixed", "Annie Genevard"),
        ("les barrages de Valence seront levés « au plus tard demain soir »", "mixed", "le préfet de la Drôme"),
        ("Les agriculteurs espagnols, qui défilaient déjà la semaine dernière à Valence, rejoindront le mouvement le déc. 10", "indirect", "Asaja"),
    ],
    # NOTE: "opération escargot" is a generic protest term in guillemets in the journalist's voice.
    not_quotes=["opération escargot"],
    # NOTE: live-blog time stamps are TIME expressions on the publication day.
    times=[
        ("07h52", "TIME", "2024-11-18T07:52"),
        ("09h15", "TIME", "2024-11-18T09:15"),
        ("ce matin", "TIME", "2024-11-18TMO"),
        ("10h40", "TIME", "2024-11-18T10:40"),
        ("la fin de l'année", "DATE", "2024"),
        ("11h58", "TIME", "2024-11-18T11:58"),
        ("13h30", "TIME", "2024-11-18T13:30"),
        ("mercredi", "DATE", "2024-11-20"),
        ("15h05", "TIME", "2024-11-18T15:05"),
        ("demain soir", "TIME", "2024-11-19TEV"),
        ("16h20", "TIME", "2024-11-18T16:20"),
        ("la semaine dernière", "DATE", "2024-W46"),
        ("le déc. 10", "DATE", "2024-12-10"),
    ],
    entities=[
        ("L:drome", "LOC", ["Drôme"], []),
        # NOTE: "Valence" is the Drôme prefecture in the 07h52 and 15h05 entries, and Valencia (Spain)
        # in the quote ("de Valence, en Espagne") and in the 16h20 entry (Spanish farmers).
        ("L:valence_drome", "LOC", ["Valence"], []),
        ("L:valence_spain", "LOC", ["Valence"], []),
        ("L:spain", "LOC", ["Espagne"], ["espagnols"]),
        ("L:brazil", "LOC", [], ["brésilien"]),
        ("P:gregory_chardon", "PER", ["Grégory Chardon"], []),
        ("O:fdsea_drome", "ORG", ["FDSEA de la Drôme"], []),
        ("O:fnsea", "ORG", ["FNSEA"], []),
        ("P:arnaud_rousseau", "PER", ["Arnaud Rousseau"], []),
        ("L:rio_de_janeiro", "LOC", ["Rio de Janeiro"], []),
        ("O:g20", "ORG", ["G20"], []),
        ("P:macron", "PER", ["Macron"], []),
        ("L:france", "LOC", ["France"], []),
        ("O:eu", "ORG", ["UE"], []),
        ("O:mercosur", "ORG", ["Mercosur"], []),
        ("P:lula", "PER", ["Luiz Inacio Lula da Silva"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("O:european_commission", "ORG", ["Commission européenne"], []),
        ("P:von_der_leyen", "PER", ["Ursula von der Leyen"], []),
        ("P:annie_genevard", "PER", ["Annie Genevard"], []),
        ("O:rtl", "ORG", ["RTL"], []),
        ("L:var", "LOC", ["Var"], []),
        ("L:a8_motorway", "LOC", ["A8"], []),
        ("O:asaja", "ORG", ["Asaja"], []),
    ],
    # NOTE: "Son président, Arnaud Rousseau": "Son" refers to the FNSEA, so of = O:fnsea.
    roles=[
        ("P:gregory_chardon", "président", "O:fdsea_drome"),
        ("P:arnaud_rousseau", "président", "O:fnsea"),
        ("P:macron", "président", "L:france"),
        ("P:lula", "président", "L:brazil"),
        ("P:von_der_leyen", "présidente", "O:european_commission"),
        ("P:annie_genevard", "ministre de l'Agriculture", "L:france"),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e05",
    published="2022-07-06",
    title="« On fait du tri à la porte » : la cheffe des urgences de Laval se confie",
    text="""Propos recueillis par Thomas Guérin | Publié le 06/07/22 à 18:05

Depuis le 1er juillet, les urgences du centre hospitalier de Laval (Mayenne) n'acceptent plus de patients de nuit sans appel préalable au 15, comme une centaine de services en France. Son directeur, Jean-Luc Ravaud, parle d'« une solution d'urgence, pas d'un modèle ». Le Dr Isabelle Marchetti, 51 ans, cheffe du service, répond à nos questions, alors que le nouveau ministre de la Santé, François Braun, lui-même ancien urgentiste, a été nommé lundi.

Combien de patients avez-vous dû réorienter depuis le début du mois ?

Une quarantaine depuis vendredi, vers la médecine de ville ou vers l'hôpital de Mayenne. Il nous manque sept urgentistes sur vingt-deux. On fait du tri à la porte, ce n'est pas notre métier.

Le ministre a promis une « mission flash ». Qu'en attendez-vous ?

Des moyens, pas un rapport de plus. L'ARS nous a assuré la semaine dernière que deux intérimaires arriveraient en août. Un confrère de Laval, au Québec, nous rejoint pour trois mois. C'est du bricolage, et Marc Noizet, président de Samu-Urgences de France, le répète depuis des mois.

L'Organisation mondiale de la santé alerte sur une nouvelle vague de Covid. Êtes-vous prêts pour cet été ?

Non. Si le variant BA.5 flambe comme à Paris, nous ne tiendrons pas jusqu'à la rentrée. À Laval, les soignants ont déjà renoncé à une partie de leurs congés de juillet.

Cet entretien a été relu et amendé par l'intéressée.

À lire aussi sur notre site : Château-Gontier, le Smur en sursis cet été""",
    boilerplate=[
        "Propos recueillis par Thomas Guérin | Publié le 06/07/22 à 18:05",
        "Cet entretien a été relu et amendé par l'intéressée.",
        "À lire aussi sur notre site : Château-Gontier, le Smur en sursis cet été",
    ],
    # NOTE: interview layout. Each answer paragraph is one direct quote by the interviewee, with no marks,
    # taken whole (final period included, as it closes the speaker's own words). The journalist's
    # questions are not annotated as quotes. Reported speech inside an answer is annotated as well
    # (the ARS clause), so quotes may overlap.
    quotes=[
        ("une solution d'urgence, pas d'un modèle", "direct", "Jean-Luc Ravaud"),
        ("Une quarantaine depuis vendredi, vers la médecine de ville ou vers l'hôpital de Mayenne. Il nous manque sept urgentistes sur vingt-deux. On fait du tri à la porte, ce n'est pas notre métier.", "direct", "Isabelle Marchetti"),
        ("Des moyens, pas un rapport de plus. L'ARS nous a assuré la semaine dernière que deux intérimaires arriveraient en août. Un confrère de Laval, au Québec, nous rejoint pour trois mois. C'est du bricolage, et Marc Noizet, président de Samu-Urgences de France, le répète depuis des mois.", "direct", "Isabelle Marchetti"),
        ("deux intérimaires arriveraient en août", "indirect", "ARS"),
        ("Non. Si le variant BA.5 flambe comme à Paris, nous ne tiendrons pas jusqu'à la rentrée. À Laval, les soignants ont déjà renoncé à une partie de leurs congés de juillet.", "direct", "Isabelle Marchetti"),
    ],
    # NOTE: "mission flash" is the name of the minister's programme (quoted by the journalist in a
    # question), so a not_quote rather than a fragment of the minister's speech.
    not_quotes=["mission flash"],
    # NOTE: "de nuit" (a shift, not a date) is not annotated. The age "51 ans" is not annotated as a time
    # (an attribute of a person, not a TIMEX3 the project extracts).
    times=[
        ("le 1er juillet", "DATE", "2022-07-01"),
        ("lundi", "DATE", "2022-07-04"),
        ("le début du mois", "DATE", "2022-07"),
        ("vendredi", "DATE", "2022-07-01"),
        ("la semaine dernière", "DATE", "2022-W26"),
        ("août", "DATE", "2022-08"),
        ("trois mois", "DURATION", "P3M"),
        ("des mois", "DURATION", "PXM"),
        ("cet été", "DATE", "2022-SU"),
        ("la rentrée", "DATE", "2022-09"),
        ("juillet", "DATE", "2022-07"),
    ],
    entities=[
        ("O:ch_laval", "ORG", ["centre hospitalier de Laval"], []),
        ("L:laval_mayenne", "LOC", ["Laval"], []),
        # NOTE: "Mayenne" is the département in "(Mayenne)" and the town in "l'hôpital de Mayenne".
        ("L:mayenne_departement", "LOC", ["Mayenne"], []),
        ("L:mayenne_town", "LOC", ["Mayenne"], []),
        ("L:france", "LOC", ["France"], []),
        ("P:jean_luc_ravaud", "PER", ["Jean-Luc Ravaud"], []),
        ("P:isabelle_marchetti", "PER", ["Isabelle Marchetti"], []),
        ("P:francois_braun", "PER", ["François Braun"], []),
        ("O:ars_pays_de_la_loire", "ORG", ["ARS"], []),
        ("L:laval_quebec", "LOC", ["Laval"], []),
        ("L:quebec", "LOC", ["Québec"], []),
        ("P:marc_noizet", "PER", ["Marc Noizet"], []),
        ("O:samu_urgences_de_france", "ORG", ["Samu-Urgences de France"], []),
        ("O:who", "ORG", ["Organisation mondiale de la santé"], []),
        ("L:paris", "LOC", ["Paris"], []),
    ],
    # NOTE: "Le Dr Isabelle Marchetti": Dr is an honorific, not a role; "cheffe du service" is.
    roles=[
        ("P:jean_luc_ravaud", "directeur", "O:ch_laval"),
        ("P:isabelle_marchetti", "cheffe du service", "O:ch_laval"),
        ("P:francois_braun", "ministre de la Santé", "L:france"),
        ("P:francois_braun", "ancien urgentiste", None),
        ("P:marc_noizet", "président", "O:samu_urgences_de_france"),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e06",
    published="2024-09-04",
    title="Italie : Giorgia Meloni fait bloc autour de sa sœur Arianna",
    text="""NEWSLETTER – Recevez chaque matin l'essentiel de l'actualité internationale. Je m'inscris

ROME (AFP) – La présidente du Conseil italien Giorgia Meloni, au pouvoir depuis près de deux ans, a dénoncé mardi une « opération de boue » visant sa sœur aînée Arianna Meloni, responsable du secrétariat politique de Fratelli d'Italia, après des informations de presse évoquant une possible enquête pour trafic d'influence.

"Qu'on s'en prenne à moi, c'est le jeu. Qu'on s'en prenne à ma famille pour m'atteindre, c'est indigne", a écrit la cheffe du gouvernement sur X, assurant que sa sœur n'avait « jamais occupé la moindre fonction publique ».

Le quotidien Il Giornale, pourtant proche de la majorité, avait affirmé dimanche que des magistrats de Rome s'apprêtaient à ouvrir une procédure. Le parquet a démenti lundi soir, indiquant qu'« aucune enquête » ne visait Mme Meloni.

Sur le plateau de « Porta a Porta », le ministre de l'Agriculture Francesco Lollobrigida, époux d'Arianna Meloni et petit-neveu de l'actrice Gina Lollobrigida, a fustigé une « chasse aux sorcières ». Le vice-président du Conseil Matteo Salvini a, lui, appelé à « laisser travailler la justice ».

Dans l'opposition, la secrétaire du Parti démocrate Elly Schlein a réclamé « de la transparence, pas des attaques contre la presse ». Pour l'ancien président du Conseil Giuseppe Conte, chef du Mouvement 5 étoiles, la famille Meloni « confond l'État et le parti ».

L'affaire tombe mal pour Rome, qui doit transmettre d'ici au 20 Sept son plan budgétaire à Bruxelles, sous l'œil de la Commission d'Ursula Von der Leyen et de la BCE. Mme Meloni doit s'exprimer en fin de semaine devant la presse étrangère.

INONDATIONS EN ÉMILIE-ROMAGNE : L'ÉTAT D'URGENCE PROLONGÉ DE SIX MOIS

© Agence France-Presse""",
    boilerplate=[
        "NEWSLETTER – Recevez chaque matin l'essentiel de l'actualité internationale. Je m'inscris",
        "INONDATIONS EN ÉMILIE-ROMAGNE : L'ÉTAT D'URGENCE PROLONGÉ DE SIX MOIS",
        "© Agence France-Presse",
    ],
    quotes=[
        ("opération de boue", "direct", "Giorgia Meloni"),
        ("Qu'on s'en prenne à moi, c'est le jeu. Qu'on s'en prenne à ma famille pour m'atteindre, c'est indigne", "direct", "Giorgia Meloni"),
        ("sa sœur n'avait « jamais occupé la moindre fonction publique »", "mixed", "Giorgia Meloni"),
        ("des magistrats de Rome s'apprêtaient à ouvrir une procédure", "indirect", "Il Giornale"),
        ("« aucune enquête » ne visait Mme Meloni", "mixed", "le parquet"),
        ("chasse aux sorcières", "direct", "Francesco Lollobrigida"),
        ("laisser travailler la justice", "direct", "Matteo Salvini"),
        ("de la transparence, pas des attaques contre la presse", "direct", "Elly Schlein"),
        ("la famille Meloni « confond l'État et le parti »", "mixed", "Giuseppe Conte"),
    ],
    not_quotes=["Porta a Porta"],
    times=[
        ("deux ans", "DURATION", "P2Y"),
        ("mardi", "DATE", "2024-09-03"),
        ("dimanche", "DATE", "2024-09-01"),
        ("lundi soir", "TIME", "2024-09-02TEV"),
        ("20 Sept", "DATE", "2024-09-20"),
        # NOTE: "en fin de semaine" -> the current ISO week (no weekend value in the format).
        ("fin de semaine", "DATE", "2024-W36"),
    ],
    entities=[
        ("L:rome", "LOC", ["ROME", "Rome"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("L:italy", "LOC", [], ["italien"]),
        # NOTE: "Mme Meloni" is Arianna in the paragraph on the prosecutor's denial, and Giorgia in the
        # last paragraph; "la famille Meloni" is neither. Both sisters carry the form "Meloni".
        ("P:meloni", "PER", ["Giorgia Meloni", "Meloni"], []),
        ("P:arianna_meloni", "PER", ["Arianna Meloni", "Meloni"], []),
        ("O:fratelli_d_italia", "ORG", ["Fratelli d'Italia"], []),
        ("O:x_social_network", "ORG", ["X"], []),
        ("O:il_giornale", "ORG", ["Il Giornale"], []),
        ("M:porta_a_porta", "MISC", ["Porta a Porta"], []),
        ("P:francesco_lollobrigida", "PER", ["Francesco Lollobrigida"], []),
        ("P:gina_lollobrigida", "PER", ["Gina Lollobrigida"], []),
        ("P:matteo_salvini", "PER", ["Matteo Salvini"], []),
        ("O:partito_democratico", "ORG", ["Parti démocrate"], []),
        ("P:elly_schlein", "PER", ["Elly Schlein"], []),
        ("P:giuseppe_conte", "PER", ["Giuseppe Conte"], []),
        ("O:m5s", "ORG", ["Mouvement 5 étoiles"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("O:european_commission", "ORG", ["Commission"], []),
        ("P:von_der_leyen", "PER", ["Ursula Von der Leyen"], []),
        ("O:ecb", "ORG", ["BCE"], []),
    ],
    # NOTE: "présidente du Conseil italien": the demonym sits on "Conseil"; title "présidente du Conseil",
    # of L:italy. Kinship ("sœur", "époux", "petit-neveu") is not a role; "actrice" is an occupation.
    roles=[
        ("P:meloni", "présidente du Conseil", "L:italy"),
        ("P:arianna_meloni", "responsable du secrétariat politique", "O:fratelli_d_italia"),
        ("P:francesco_lollobrigida", "ministre de l'Agriculture", "L:italy"),
        ("P:gina_lollobrigida", "actrice", None),
        ("P:matteo_salvini", "vice-président du Conseil", "L:italy"),
        ("P:elly_schlein", "secrétaire", "O:partito_democratico"),
        ("P:giuseppe_conte", "ancien président du Conseil", "L:italy"),
        ("P:giuseppe_conte", "chef", "O:m5s"),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e07",
    published="2025-10-04",
    title="Berlin : Friedrich Merz veut « arrimer l'Europe à elle-même »",
    text="""International › Europe › Allemagne

Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous dès 1 € le premier mois.

BERLIN – Devant la fondation Konrad-Adenauer, proche de son parti, le chancelier allemand Friedrich Merz a appelé mardi soir les Européens à « cesser d'attendre Washington » pour assurer leur défense. « Adenauer a arrimé l'Allemagne à l'Ouest. Notre génération doit arrimer l'Europe à elle-même.

« Cela suppose une dette commune pour notre défense, et je sais ce que ce mot coûte à un chrétien-démocrate », a lancé le dirigeant conservateur.

M. Merz, évincé en 2002 de la présidence du groupe CDU au Bundestag par Angela Merkel, a cité à plusieurs reprises Konrad Adenauer, premier chancelier de la RFA de 1949 à 1963.

Le président français Emmanuel Macron, attendu à Berlin lundi prochain, défend depuis 2017 l'idée d'une « autonomie stratégique » européenne. L'Élysée a salué un discours « courageux ». D'après le quotidien Handelsblatt, Paris et Berlin préparent un fonds commun pour l'industrie de défense.

À Bruxelles, la présidente de la Commission européenne Ursula von der Leyen a jugé que l'Union « ne peut plus se permettre d'être naïve ». Plus réservé, le vice-chancelier et ministre des Finances Lars Klingbeil (SPD) a rappelé que le frein à l'endettement restait « la loi ».

„Wir brauchen Europa“, a résumé dans la salle l'ancien chef de la chancellerie Helge Braun. La coprésidente de l'AfD Alice Weidel a dénoncé, elle, un ‹ discours de vassal ›.

Sur le même sujet : Défense européenne, le grand malentendu franco-allemand

MODE : À MILAN, UNE FASHION WEEK SOUS LE SIGNE DE LA SOBRIÉTÉ""",
    boilerplate=[
        "International › Europe › Allemagne",
        "Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous dès 1 € le premier mois.",
        "Sur le même sujet : Défense européenne, le grand malentendu franco-allemand",
        "MODE : À MILAN, UNE FASHION WEEK SOUS LE SIGNE DE LA SOBRIÉTÉ",
    ],
    quotes=[
        ("cesser d'attendre Washington", "direct", "Friedrich Merz"),
        # quote continued over a paragraph break and reopened with «: one quote
        ("Adenauer a arrimé l'Allemagne à l'Ouest. Notre génération doit arrimer l'Europe à elle-même.\n\n« Cela suppose une dette commune pour notre défense, et je sais ce que ce mot coûte à un chrétien-démocrate", "direct", "Friedrich Merz"),
        ("courageux", "direct", "l'Élysée"),
        ("Paris et Berlin préparent un fonds commun pour l'industrie de défense", "indirect", "Handelsblatt"),
        ("l'Union « ne peut plus se permettre d'être naïve »", "mixed", "Ursula von der Leyen"),
        ("le frein à l'endettement restait « la loi »", "mixed", "Lars Klingbeil"),
        ("Wir brauchen Europa", "direct", "Helge Braun"),
        ("discours de vassal", "direct", "Alice Weidel"),
    ],
    # NOTE: "autonomie stratégique" names a doctrine the journalist attributes to Macron without a
    # speech act ("défend l'idée d'une « … »"): a technical term, so a not_quote.
    not_quotes=["autonomie stratégique"],
    times=[
        ("mardi soir", "TIME", "2025-09-30TEV"),
        ("2002", "DATE", "2002"),
        ("1949", "DATE", "1949"),
        ("1963", "DATE", "1963"),
        ("lundi prochain", "DATE", "2025-10-06"),
        ("2017", "DATE", "2017"),
    ],
    entities=[
        ("L:berlin", "LOC", ["BERLIN", "Berlin"], []),
        # NOTE: "Konrad-Adenauer" inside the foundation's name is not a mention of the chancellor.
        ("O:konrad_adenauer_foundation", "ORG", ["fondation Konrad-Adenauer"], []),
        ("P:merz", "PER", ["Friedrich Merz", "Merz"], []),
        # NOTE: "RFA" (the Federal Republic, 1949) is taken as L:germany.
        ("L:germany", "LOC", ["Allemagne", "RFA"], ["allemand"]),
        ("L:washington", "LOC", ["Washington"], []),
        ("L:europe", "LOC", ["Europe"], []),
        ("O:cdu", "ORG", ["CDU"], []),
        ("O:bundestag", "ORG", ["Bundestag"], []),
        ("P:merkel", "PER", ["Angela Merkel"], []),
        ("P:konrad_adenauer", "PER", ["Konrad Adenauer", "Adenauer"], []),
        ("P:macron", "PER", ["Emmanuel Macron"], []),
        ("L:france", "LOC", [], ["français"]),
        # NOTE: the Élysée is a LOC facility (presidential palace), used metonymically as speaker.
        ("L:elysee", "LOC", ["Élysée"], []),
        ("O:handelsblatt", "ORG", ["Handelsblatt"], []),
        ("L:paris", "LOC", ["Paris"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("O:european_commission", "ORG", ["Commission européenne"], []),
        ("P:von_der_leyen", "PER", ["Ursula von der Leyen"], []),
        # NOTE: "l'Union" alone = the European Union.
        ("O:eu", "ORG", ["Union"], []),
        ("P:klingbeil", "PER", ["Lars Klingbeil"], []),
        ("O:spd", "ORG", ["SPD"], []),
        ("P:helge_braun", "PER", ["Helge Braun"], []),
        ("O:afd", "ORG", ["AfD"], []),
        ("P:alice_weidel", "PER", ["Alice Weidel"], []),
    ],
    # NOTE: "ancien chef de la chancellerie": the chancellery is German, of = L:germany (implied).
    roles=[
        ("P:merz", "chancelier", "L:germany"),
        ("P:konrad_adenauer", "premier chancelier", "L:germany"),
        ("P:macron", "président", "L:france"),
        ("P:von_der_leyen", "présidente", "O:european_commission"),
        ("P:klingbeil", "vice-chancelier", "L:germany"),
        ("P:klingbeil", "ministre des Finances", "L:germany"),
        ("P:helge_braun", "ancien chef de la chancellerie", "L:germany"),
        ("P:alice_weidel", "coprésidente", "O:afd"),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e08",
    published="2025-04-30",
    title="Panne géante : Madrid et Lisbonne cherchent toujours la cause du black-out",
    text="""Annonce – La suite de l'article après cette publicité

MADRID (AFP) – Le chef du gouvernement espagnol Pedro Sánchez a exclu mercredi devant le Congrès la piste d'une cyberattaque « à ce stade », tout en promettant que « toutes les responsabilités » seraient établies. Un premier rapport sera remis le mois prochain, a-t-il ajouté.

La coupure, survenue le avr. lundi 28 à 12h33, a privé d'électricité quelque 55 millions de personnes pendant près de dix heures. Selon le gestionnaire du réseau, Red Eléctrica, la disparition de 15 gigawatts de production s'est produite « de façon quasi instantanée ».

La présidente de Red Eléctrica, Beatriz Corredor, a reconnu mardi sur la radio Cadena SER qu'un tel effondrement « n'était prévu dans aucun scénario ». Pour la vice-présidente et ministre de la Transition écologique Sara Aagesen, « aucune hypothèse n'est écartée ».

Au Portugal, le Premier ministre Luís Montenegro réclame un audit européen indépendant. “Nous ne pouvons pas dépendre d'un seul point de connexion avec le reste de l'Europe”, a déclaré M. Montenegro, qui juge la situation « inacceptable ». Un black-out comparable avait frappé le Monténégro, la Bosnie et l'Albanie en juin 2024.

À Bruxelles, le président du Conseil européen, le Portugais António Costa, a assuré que l'UE accélérerait les interconnexions avec la France, « goulot d'étranglement » de la péninsule.

À Séville, les files d'attente devant les supermarchés ont « rappelé le confinement », a raconté Rubén Sánchez, porte-parole de l'association de consommateurs Facua. M. Sánchez réclame des indemnisations avant l'été.

En poursuivant votre navigation, vous acceptez l'utilisation de cookies à des fins de mesure d'audience.

LIGUE DES CHAMPIONS : LE BARÇA RENVERSANT FACE À L'INTER""",
    boilerplate=[
        "Annonce – La suite de l'article après cette publicité",
        "En poursuivant votre navigation, vous acceptez l'utilisation de cookies à des fins de mesure d'audience.",
        "LIGUE DES CHAMPIONS : LE BARÇA RENVERSANT FACE À L'INTER",
    ],
    quotes=[
        ("à ce stade", "direct", "Pedro Sánchez"),
        ("« toutes les responsabilités » seraient établies", "mixed", "Pedro Sánchez"),
        ("Un premier rapport sera remis le mois prochain", "indirect", "Pedro Sánchez"),
        ("la disparition de 15 gigawatts de production s'est produite « de façon quasi instantanée »", "mixed", "Red Eléctrica"),
        ("un tel effondrement « n'était prévu dans aucun scénario »", "mixed", "Beatriz Corredor"),
        ("« aucune hypothèse n'est écartée »", "mixed", "Sara Aagesen"),
        ("Nous ne pouvons pas dépendre d'un seul point de connexion avec le reste de l'Europe", "direct", "Luís Montenegro"),
        ("inacceptable", "direct", "Luís Montenegro"),
        ("l'UE accélérerait les interconnexions avec la France, « goulot d'étranglement » de la péninsule", "mixed", "António Costa"),
        ("À Séville, les files d'attente devant les supermarchés ont « rappelé le confinement »", "mixed", "Rubén Sánchez"),
    ],
    not_quotes=[],
    times=[
        ("mercredi", "DATE", "2025-04-30"),
        ("le mois prochain", "DATE", "2025-05"),
        # NOTE: damaged date "le avr. lundi 28" (month, then weekday, then stranded day) and the clock
        # time that follows are two annotations.
        ("le avr. lundi 28", "DATE", "2025-04-28"),
        ("12h33", "TIME", "2025-04-28T12:33"),
        ("dix heures", "DURATION", "PT10H"),
        ("mardi", "DATE", "2025-04-29"),
        ("juin 2024", "DATE", "2024-06"),
        ("l'été", "DATE", "2025-SU"),
    ],
    entities=[
        ("L:madrid", "LOC", ["MADRID"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("L:spain", "LOC", [], ["espagnol"]),
        # NOTE: "M. Sánchez" (last paragraph) is Rubén, not the head of government.
        ("P:pedro_sanchez", "PER", ["Pedro Sánchez"], []),
        ("O:congreso_diputados", "ORG", ["Congrès"], []),
        ("O:red_electrica", "ORG", ["Red Eléctrica"], []),
        ("P:beatriz_corredor", "PER", ["Beatriz Corredor"], []),
        ("O:cadena_ser", "ORG", ["Cadena SER"], []),
        ("P:sara_aagesen", "PER", ["Sara Aagesen"], []),
        ("L:portugal", "LOC", ["Portugal"], ["Portugais"]),
        ("P:luis_montenegro", "PER", ["Luís Montenegro", "Montenegro"], []),
        ("L:europe", "LOC", ["Europe"], []),
        ("L:montenegro", "LOC", ["Monténégro"], []),
        ("L:bosnia", "LOC", ["Bosnie"], []),
        ("L:albania", "LOC", ["Albanie"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("O:european_council", "ORG", ["Conseil européen"], []),
        ("P:antonio_costa", "PER", ["António Costa"], []),
        ("O:eu", "ORG", ["UE"], []),
        ("L:france", "LOC", ["France"], []),
        ("L:seville", "LOC", ["Séville"], []),
        ("P:ruben_sanchez", "PER", ["Rubén Sánchez", "Sánchez"], []),
        ("O:facua", "ORG", ["Facua"], []),
    ],
    # NOTE: "le Portugais António Costa" is a demonym noun, not a title; his role comes from
    # "président du Conseil européen".
    roles=[
        ("P:pedro_sanchez", "chef du gouvernement", "L:spain"),
        ("P:beatriz_corredor", "présidente", "O:red_electrica"),
        ("P:sara_aagesen", "vice-présidente", "L:spain"),
        ("P:sara_aagesen", "ministre de la Transition écologique", "L:spain"),
        ("P:luis_montenegro", "Premier ministre", "L:portugal"),
        ("P:antonio_costa", "président", "O:european_council"),
        ("P:ruben_sanchez", "porte-parole", "O:facua"),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e09",
    published="2025-10-10",
    title="DIRECT. Gaza : le cessez-le-feu est entré en vigueur, Trump attendu lundi en Israël",
    text="""Live mis à jour en continu – Rafraîchir la page

Vos réactions (212) ▸

12h05 – Le cessez-le-feu est officiellement entré en vigueur à midi, heure locale, a annoncé l'armée israélienne. Des milliers de déplacés ont aussitôt repris la route du nord de la bande de Gaza.

12h40 – Dans une allocution télévisée, le Premier ministre Benyamin Netanyahou a assuré que « tous nos otages, vivants et morts » rentreraient « dans les 72 heures ». « Le Hamas a compris qu'il n'avait plus le choix », a-t-il ajouté.

13h15 – Le Forum des familles d'otages salue « un jour que nous attendions depuis 734 jours ». Un rassemblement est prévu ce soir sur la « place des Otages », à Tel-Aviv, où les familles manifestent chaque samedi depuis deux ans.

14h02 – Le secrétaire général de l'ONU, António Guterres, appelle à un afflux « massif et immédiat » d'aide humanitaire à Gaza. Selon le Times of Israel, 600 camions par jour pourraient entrer dans l'enclave dès dimanche.

14h30 – Dans un communiqué, le Hamas assure que la liste des prisonniers palestiniens à libérer a été remise aux médiateurs égyptiens et qataris.

15h30 – Le président américain Donald Trump sera lundi en Israël, où il doit s'adresser à la Knesset avant un sommet en Egypte. Son avion se posera à l'aéroport Ben-Gourion « vers 9 heures », a précisé la Maison Blanche.

16h45 – Pour l'éditorialiste Nahum Barnea, interrogé par la radio publique Kan, la scène a « quelque chose de l'euphorie de 1948, du temps de David Ben Gourion ». Le président Isaac Herzog a, lui, demandé « de la retenue dans les célébrations ».""",
    boilerplate=[
        "Live mis à jour en continu – Rafraîchir la page",
        "Vos réactions (212) ▸",
    ],
    quotes=[
        # NOTE: "l'armée israélienne" is not annotated as an entity here (no proper name): description speaker.
        ("Le cessez-le-feu est officiellement entré en vigueur à midi, heure locale", "indirect", "l'armée israélienne"),
        ("« tous nos otages, vivants et morts » rentreraient « dans les 72 heures »", "mixed", "Benyamin Netanyahou"),
        ("Le Hamas a compris qu'il n'avait plus le choix", "direct", "Benyamin Netanyahou"),
        ("un jour que nous attendions depuis 734 jours", "direct", "Forum des familles d'otages"),
        ("massif et immédiat", "direct", "António Guterres"),
        ("600 camions par jour pourraient entrer dans l'enclave dès dimanche", "indirect", "Times of Israel"),
        ("la liste des prisonniers palestiniens à libérer a été remise aux médiateurs égyptiens et qataris", "indirect", "Hamas"),
        ("Son avion se posera à l'aéroport Ben-Gourion « vers 9 heures »", "mixed", "la Maison Blanche"),
        ("la scène a « quelque chose de l'euphorie de 1948, du temps de David Ben Gourion »", "mixed", "Nahum Barnea"),
        ("de la retenue dans les célébrations", "direct", "Isaac Herzog"),
    ],
    # NOTE: "place des Otages" is the nickname of a square, in guillemets: a not_quote and a LOC mention.
    not_quotes=["place des Otages"],
    times=[
        ("12h05", "TIME", "2025-10-10T12:05"),
        ("midi", "TIME", "2025-10-10T12:00"),
        ("12h40", "TIME", "2025-10-10T12:40"),
        ("les 72 heures", "DURATION", "PT72H"),
        ("13h15", "TIME", "2025-10-10T13:15"),
        ("734 jours", "DURATION", "P734D"),
        ("ce soir", "TIME", "2025-10-10TEV"),
        ("chaque samedi", "SET", "XXXX-WXX-6"),
        ("deux ans", "DURATION", "P2Y"),
        ("14h02", "TIME", "2025-10-10T14:02"),
        ("par jour", "SET", "P1D"),
        ("dimanche", "DATE", "2025-10-12"),
        ("14h30", "TIME", "2025-10-10T14:30"),
        ("15h30", "TIME", "2025-10-10T15:30"),
        ("lundi", "DATE", "2025-10-13"),
        ("9 heures", "TIME", "2025-10-13T09:00"),
        ("16h45", "TIME", "2025-10-10T16:45"),
        ("1948", "DATE", "1948"),
    ],
    entities=[
        ("L:israel", "LOC", ["Israël"], ["israélienne"]),
        ("L:gaza_strip", "LOC", ["bande de Gaza", "Gaza"], []),
        ("P:netanyahu", "PER", ["Benyamin Netanyahou"], []),
        ("O:hamas", "ORG", ["Hamas"], []),
        ("O:hostages_families_forum", "ORG", ["Forum des familles d'otages"], []),
        ("L:hostages_square_tel_aviv", "LOC", ["place des Otages"], []),
        ("L:tel_aviv", "LOC", ["Tel-Aviv"], []),
        ("O:un", "ORG", ["ONU"], []),
        ("P:guterres", "PER", ["António Guterres"], []),
        # NOTE: "Israel" inside "Times of Israel" is not a mention of the country.
        ("O:times_of_israel", "ORG", ["Times of Israel"], []),
        ("L:usa", "LOC", [], ["américain"]),
        ("P:trump", "PER", ["Donald Trump"], []),
        ("O:knesset", "ORG", ["Knesset"], []),
        ("L:egypt", "LOC", ["Egypte"], ["égyptiens"]),
        ("L:qatar", "LOC", [], ["qataris"]),
        ("L:palestine", "LOC", [], ["palestiniens"]),
        ("L:ben_gurion_airport", "LOC", ["aéroport Ben-Gourion"], []),
        ("L:white_house", "LOC", ["Maison Blanche"], []),
        ("P:nahum_barnea", "PER", ["Nahum Barnea"], []),
        ("O:kan", "ORG", ["Kan"], []),
        ("P:ben_gurion", "PER", ["David Ben Gourion"], []),
        ("P:herzog", "PER", ["Isaac Herzog"], []),
    ],
    # NOTE: "Le président Isaac Herzog": of = L:israel, implied by the article.
    roles=[
        ("P:netanyahu", "Premier ministre", "L:israel"),
        ("P:guterres", "secrétaire général", "O:un"),
        ("P:trump", "président", "L:usa"),
        ("P:nahum_barnea", "éditorialiste", None),
        ("P:herzog", "président", "L:israel"),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e10",
    published="2025-08-08",
    title="Liban : le gouvernement engage le désarmement du Hezbollah, colère du mouvement chiite",
    text="""Télécharger l'application • Suivez-nous sur WhatsApp

BEYROUTH (AFP) – Le gouvernement libanais a chargé mardi l'armée de préparer d'ici la fin de l'année le désarmement du Hezbollah. Deux jours plus tard, le Conseil des ministres en a approuvé les objectifs, a annoncé le ministre de l'Information Paul Morcos. L'armée, commandée par le général Rodolphe Haykal, doit remettre sa feuille de route d'ici fin août.

Le président Joseph Aoun, élu le 9 janv. dernier, avait promis lors de son investiture que seul l'Etat détiendrait les armes. “Ce n'est pas une décision contre une communauté, c'est une décision pour le Liban », a-t-il répété mardi, selon la présidence. « L'armée sera la seule à défendre nos frontières. »

Son prédécesseur et homonyme, l'ancien président Michel Aoun, allié historique du Hezbollah, s'est dit « surpris par la précipitation ».

Le secrétaire général du Hezbollah, Naïm Qassem, a rejeté « toute remise des armes tant qu'Israël occupe nos terres », et le mouvement chiite a qualifié la décision de « péché ». Pour le Premier ministre Nawaf Salam, « le temps des doubles loyautés est révolu ».

À Jérusalem, le bureau de Benjamin Netanyahu a salué « un premier pas », tout en prévenant qu'Israël continuerait de frapper « partout où c'est nécessaire ». Selon le Jerusalem Post, l'armée israélienne a mené ces derniers jours une dizaine de frappes dans le sud du Liban.

Le chef de la diplomatie iranienne Abbas Araghchi a dénoncé un plan « dicté par Washington ». À Moscou, le ministre russe des Affaires étrangères Sergueï Lavrov a appelé à « respecter la souveraineté libanaise ».

Lire la suite de notre dossier Proche-Orient ›

SYRIE : NOUVEAUX AFFRONTEMENTS MEURTRIERS DANS LA RÉGION DE SOUEÏDA""",
    boilerplate=[
        "Télécharger l'application • Suivez-nous sur WhatsApp",
        "Lire la suite de notre dossier Proche-Orient ›",
        "SYRIE : NOUVEAUX AFFRONTEMENTS MEURTRIERS DANS LA RÉGION DE SOUEÏDA",
    ],
    quotes=[
        ("Deux jours plus tard, le Conseil des ministres en a approuvé les objectifs", "indirect", "Paul Morcos"),
        ("seul l'Etat détiendrait les armes", "indirect", "Joseph Aoun"),
        # mismatched marks (“ … »); the next quote has no cue and follows the previous speaker.
        ("Ce n'est pas une décision contre une communauté, c'est une décision pour le Liban", "direct", "Joseph Aoun"),
        ("L'armée sera la seule à défendre nos frontières.", "direct", "Joseph Aoun"),
        ("surpris par la précipitation", "direct", "Michel Aoun"),
        ("toute remise des armes tant qu'Israël occupe nos terres", "direct", "Naïm Qassem"),
        ("péché", "direct", "Hezbollah"),
        ("« le temps des doubles loyautés est révolu »", "mixed", "Nawaf Salam"),
        # NOTE: the prime minister's office speaks for him: description speaker, linked to P:netanyahu
        # through SPEAKER_OVERRIDES.
        ("un premier pas", "direct", "le bureau de Benjamin Netanyahu"),
        ("Israël continuerait de frapper « partout où c'est nécessaire »", "mixed", "le bureau de Benjamin Netanyahu"),
        ("l'armée israélienne a mené ces derniers jours une dizaine de frappes dans le sud du Liban", "indirect", "Jerusalem Post"),
        ("dicté par Washington", "direct", "Abbas Araghchi"),
        ("respecter la souveraineté libanaise", "direct", "Sergueï Lavrov"),
    ],
    not_quotes=[],
    times=[
        ("mardi", "DATE", "2025-08-05"),
        ("la fin de l'année", "DATE", "2025"),
        ("Deux jours plus tard", "DATE", "2025-08-07"),
        ("fin août", "DATE", "2025-08"),
        ("le 9 janv. dernier", "DATE", "2025-01-09"),
        ("mardi", "DATE", "2025-08-05"),
        ("ces derniers jours", "DATE", "PAST_REF"),
    ],
    entities=[
        ("L:beirut", "LOC", ["BEYROUTH"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("L:lebanon", "LOC", ["Liban"], ["libanais", "libanaise"]),
        ("O:hezbollah", "ORG", ["Hezbollah"], []),
        ("O:lebanon_council_of_ministers", "ORG", ["Conseil des ministres"], []),
        ("P:paul_morcos", "PER", ["Paul Morcos"], []),
        # NOTE: "le général Rodolphe Haykal": a rank only ("commandée par" gives no title noun): no role.
        ("P:rodolphe_haykal", "PER", ["Rodolphe Haykal"], []),
        ("P:joseph_aoun", "PER", ["Joseph Aoun"], []),
        ("P:michel_aoun", "PER", ["Michel Aoun"], []),
        ("P:naim_qassem", "PER", ["Naïm Qassem"], []),
        ("L:israel", "LOC", ["Israël"], ["israélienne"]),
        ("P:nawaf_salam", "PER", ["Nawaf Salam"], []),
        ("L:jerusalem", "LOC", ["Jérusalem"], []),
        ("P:netanyahu", "PER", ["Benjamin Netanyahu"], []),
        ("O:jerusalem_post", "ORG", ["Jerusalem Post"], []),
        ("L:iran", "LOC", [], ["iranienne"]),
        ("P:abbas_araghchi", "PER", ["Abbas Araghchi"], []),
        ("L:washington", "LOC", ["Washington"], []),
        ("L:moscow", "LOC", ["Moscou"], []),
        ("L:russia", "LOC", [], ["russe"]),
        ("P:lavrov", "PER", ["Sergueï Lavrov"], []),
    ],
    roles=[
        ("P:paul_morcos", "ministre de l'Information", "L:lebanon"),
        ("P:joseph_aoun", "président", "L:lebanon"),
        ("P:michel_aoun", "ancien président", "L:lebanon"),
        ("P:naim_qassem", "secrétaire général", "O:hezbollah"),
        ("P:nawaf_salam", "Premier ministre", "L:lebanon"),
        ("P:abbas_araghchi", "chef de la diplomatie", "L:iran"),
        ("P:lavrov", "ministre des Affaires étrangères", "L:russia"),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e11",
    published="2025-06-05",
    title="La BCE baisse encore ses taux, UniCredit relance le feuilleton Commerzbank",
    text="""CAC 40 +0,41 % | DAX +0,20 % | EUR/USD 1,1445

FRANCFORT – La Banque centrale européenne a réduit jeudi son taux de dépôt d'un quart de point, à 2 %. C'est sa huitième baisse depuis juin 2024, l'institution n'ayant marqué une pause que le mois suivant. « Nous sommes en bonne position », a estimé sa présidente Christine Lagarde, laissant entrevoir une pause le juil. 24, lors de la prochaine réunion du conseil des gouverneurs, qui se tient toutes les six semaines.

Le gouverneur de la Banque de France, François Villeroy de Galhau, a jugé que l'inflation, retombée à 1,9 % en mai, était désormais « sous contrôle ». Plus prudent, le président de la Bundesbank Joachim Nagel a mis en garde contre « tout automatisme ». Selon les économistes de BNP Paribas, la BCE pourrait encore baisser ses taux en septembre.

À Rome, la présidente du Conseil Georgia Meloni a salué une décision « qui va dans le bon sens », tout en estimant que la BCE avait « trop tardé » pour les ménages italiens.

Le même jour, le PDG d'UniCredit, Andrea Orcel, a indiqué que la banque italienne, qui détient près de 28 % de Commerzbank, n'excluait plus une offre « dans les douze prochains mois ». Réponse immédiate de Berlin : „Eine feindliche Übernahme ist für uns nicht akzeptabel“, a réagi le chancelier Friedrich MERZ, qui avait qualifié l'an dernier l'approche italienne d'« inamicale ».

La directrice générale de la deuxième banque privée allemande, Bettina Orlopp, ne cache pas son agacement. « Nous nous portons très bien tout seuls », insiste-t-elle.

Marie Lenoir, journaliste au service Économie.

Sur le même thème : Crédit immobilier, les taux repassent sous les 3 %""",
    boilerplate=[
        "CAC 40 +0,41 % | DAX +0,20 % | EUR/USD 1,1445",
        "Marie Lenoir, journaliste au service Économie.",
        "Sur le même thème : Crédit immobilier, les taux repassent sous les 3 %",
    ],
    quotes=[
        ("Nous sommes en bonne position", "direct", "Christine Lagarde"),
        ("l'inflation, retombée à 1,9 % en mai, était désormais « sous contrôle »", "mixed", "François Villeroy de Galhau"),
        ("tout automatisme", "direct", "Joachim Nagel"),
        ("la BCE pourrait encore baisser ses taux en septembre", "indirect", "les économistes de BNP Paribas"),
        ("qui va dans le bon sens", "direct", "Georgia Meloni"),
        ("la BCE avait « trop tardé » pour les ménages italiens", "mixed", "Georgia Meloni"),
        ("la banque italienne, qui détient près de 28 % de Commerzbank, n'excluait plus une offre « dans les douze prochains mois »", "mixed", "Andrea Orcel"),
        ("Eine feindliche Übernahme ist für uns nicht akzeptabel", "direct", "Friedrich MERZ"),
        ("inamicale", "direct", "Friedrich MERZ"),
        ("Nous nous portons très bien tout seuls", "direct", "Bettina Orlopp"),
    ],
    not_quotes=[],
    times=[
        ("jeudi", "DATE", "2025-06-05"),
        ("juin 2024", "DATE", "2024-06"),
        ("le mois suivant", "DATE", "2024-07"),
        ("le juil. 24", "DATE", "2025-07-24"),
        ("toutes les six semaines", "SET", "P6W"),
        ("mai", "DATE", "2025-05"),
        ("septembre", "DATE", "2025-09"),
        ("Le même jour", "DATE", "2025-06-05"),
        ("les douze prochains mois", "DURATION", "P12M"),
        ("l'an dernier", "DATE", "2024"),
    ],
    entities=[
        ("L:frankfurt", "LOC", ["FRANCFORT"], []),
        ("O:ecb", "ORG", ["Banque centrale européenne", "BCE"], []),
        ("P:christine_lagarde", "PER", ["Christine Lagarde"], []),
        # NOTE: "France" inside "Banque de France" is not a mention of L:france.
        ("O:banque_de_france", "ORG", ["Banque de France"], []),
        ("P:francois_villeroy_de_galhau", "PER", ["François Villeroy de Galhau"], []),
        ("O:bundesbank", "ORG", ["Bundesbank"], []),
        ("P:joachim_nagel", "PER", ["Joachim Nagel"], []),
        ("O:bnp_paribas", "ORG", ["BNP Paribas"], []),
        ("L:rome", "LOC", ["Rome"], []),
        ("P:meloni", "PER", ["Georgia Meloni"], []),
        ("L:italy", "LOC", [], ["italiens", "italienne"]),
        ("O:unicredit", "ORG", ["UniCredit"], []),
        ("P:andrea_orcel", "PER", ["Andrea Orcel"], []),
        ("O:commerzbank", "ORG", ["Commerzbank"], []),
        ("L:berlin", "LOC", ["Berlin"], []),
        ("P:merz", "PER", ["Friedrich MERZ"], []),
        ("L:germany", "LOC", [], ["allemande"]),
        ("P:bettina_orlopp", "PER", ["Bettina Orlopp"], []),
    ],
    # NOTE: "présidente du Conseil Georgia Meloni" has no demonym; of = L:italy, implied (Rome, italiens).
    # NOTE: "La directrice générale de la deuxième banque privée allemande": the bank is Commerzbank,
    # so of = O:commerzbank, not L:germany.
    roles=[
        ("P:christine_lagarde", "présidente", "O:ecb"),
        ("P:francois_villeroy_de_galhau", "gouverneur", "O:banque_de_france"),
        ("P:joachim_nagel", "président", "O:bundesbank"),
        ("P:meloni", "présidente du Conseil", "L:italy"),
        ("P:andrea_orcel", "PDG", "O:unicredit"),
        ("P:merz", "chancelier", "L:germany"),
        ("P:bettina_orlopp", "directrice générale", "O:commerzbank"),
    ],
)


# --------------------------------------------------------------------------------------------
A(
    id="e12",
    published="2023-04-30",
    title="Coupe de France : Toulouse écrase Nantes (5-1) et s'offre un premier trophée depuis 1957",
    text="""Réagir (37) | Partager

Les Toulousains soulèvent le trophée au Stade de France. Photo FRANCK FIFE / AFP

SAINT-DENIS – Il n'y a pas eu de match. Hier soir, au Stade de France, Toulouse a balayé le FC Nantes 5-1 en finale de la Coupe de France, après avoir mené 4-0 au bout d'une demi-heure. Tenant du titre, Nantes n'a jamais existé. Les « Violets » remportent leur premier grand trophée depuis 1957. Pour le président toulousain Damien Comolli, ce titre récompense trois ans de reconstruction.

« On a pris une gifle. Je prends tout pour moi », a reconnu l'entraîneur nantais Antoine Kombouaré. Le technicien, sous contrat jusqu'en juin 2024, a éludé la question de son avenir : « Ce n'est pas le moment, on verra après le maintien.

En tribune, le président du FC Nantes, Waldemar Kita, a quitté son siège dès le troisième but. Son fils Franck Kita, directeur général du club, a assuré à l'AFP que l'actionnaire « ne lâchera pas » les Canaris, qui doivent encore assurer leur maintien en Ligue 1 d'ici le 3 juin.

« Quelle soirée ! Toulouse peut être fière », a réagi sur Twitter le maire de Toulouse, Jean-Luc Moudenc, qui recevra les joueurs au Capitole mardi. À Nantes, la maire Johanna Rolland a salué « le parcours » des Canaris.

Emmanuel Macron, sifflé à son arrivée sur fond de réforme des retraites, est descendu saluer les deux vestiaires, selon l'Elysée.

Tags : Coupe de France · FC Nantes · Toulouse FC

▶ VIDÉO – Les buts de la finale en 90 secondes""",
    boilerplate=[
        "Réagir (37) | Partager",
        "Les Toulousains soulèvent le trophée au Stade de France. Photo FRANCK FIFE / AFP",
        "Tags : Coupe de France · FC Nantes · Toulouse FC",
        "▶ VIDÉO – Les buts de la finale en 90 secondes",
    ],
    quotes=[
        ("ce titre récompense trois ans de reconstruction", "indirect", "Damien Comolli"),
        ("On a pris une gifle. Je prends tout pour moi", "direct", "Antoine Kombouaré"),
        # Unclosed quote after a colon: runs to the end of the paragraph.
        ("Ce n'est pas le moment, on verra après le maintien.", "direct", "Antoine Kombouaré"),
        ("l'actionnaire « ne lâchera pas » les Canaris", "mixed", "Franck Kita"),
        ("Quelle soirée ! Toulouse peut être fière", "direct", "Jean-Luc Moudenc"),
        ("le parcours", "direct", "Johanna Rolland"),
        ("Emmanuel Macron, sifflé à son arrivée sur fond de réforme des retraites, est descendu saluer les deux vestiaires", "indirect", "l'Elysée"),
    ],
    # NOTE: "Violets" is the club's nickname in guillemets: a not_quote and a mention of O:toulouse_fc.
    not_quotes=["Violets"],
    times=[
        ("Hier soir", "TIME", "2023-04-29TEV"),
        ("une demi-heure", "DURATION", "PT30M"),
        ("1957", "DATE", "1957"),
        ("trois ans", "DURATION", "P3Y"),
        ("juin 2024", "DATE", "2024-06"),
        ("le 3 juin", "DATE", "2023-06-03"),
        ("mardi", "DATE", "2023-05-02"),
    ],
    entities=[
        ("L:saint_denis", "LOC", ["SAINT-DENIS"], []),
        ("L:stade_de_france", "LOC", ["Stade de France"], []),
        # NOTE: "Toulouse" is the club in "Toulouse a balayé", the city in "maire de Toulouse" and in
        # Moudenc's "Toulouse peut être fière". "Nantes" alone is the club in "Nantes n'a jamais existé"
        # and the city in "À Nantes".
        ("O:toulouse_fc", "ORG", ["Toulouse", "Violets"], []),
        ("O:fc_nantes", "ORG", ["FC Nantes", "Nantes", "Canaris"], []),
        ("M:coupe_de_france", "MISC", ["Coupe de France"], []),
        ("P:damien_comolli", "PER", ["Damien Comolli"], []),
        ("P:antoine_kombouare", "PER", ["Antoine Kombouaré"], []),
        ("P:waldemar_kita", "PER", ["Waldemar Kita"], []),
        ("P:franck_kita", "PER", ["Franck Kita"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("M:ligue_1", "MISC", ["Ligue 1"], []),
        ("L:toulouse", "LOC", ["Toulouse"], []),
        ("P:jean_luc_moudenc", "PER", ["Jean-Luc Moudenc"], []),
        ("O:twitter", "ORG", ["Twitter"], []),
        ("L:capitole_toulouse", "LOC", ["Capitole"], []),
        ("L:nantes", "LOC", ["Nantes"], []),
        ("P:johanna_rolland", "PER", ["Johanna Rolland"], []),
        ("P:macron", "PER", ["Emmanuel Macron"], []),
        ("L:elysee", "LOC", ["Elysée"], []),
    ],
    # NOTE: "l'entraîneur nantais": the adjective names the club here, so of = O:fc_nantes.
    # NOTE: "la maire Johanna Rolland" after "À Nantes": of = L:nantes (implied).
    roles=[
        ("P:damien_comolli", "président", "O:toulouse_fc"),
        ("P:antoine_kombouare", "entraîneur", "O:fc_nantes"),
        ("P:waldemar_kita", "président", "O:fc_nantes"),
        ("P:franck_kita", "directeur général", "O:fc_nantes"),
        ("P:jean_luc_moudenc", "maire", "L:toulouse"),
        ("P:johanna_rolland", "maire", "L:nantes"),
    ],
)


SPEAKER_OVERRIDES = {
    ("e10", "le bureau de Benjamin Netanyahu"): "P:netanyahu",
    ("e11", "les économistes de BNP Paribas"): "O:bnp_paribas",
}


# Hard negatives (pairs that must NOT be linked):
#  1. e01  P:bernard_chazal        != P:julien_chazal          relatives (father and son)
#  2. e02  P:frederic_lamblin      != P:roger_lamblin          relatives (son and father)
#  3. e02  P:frederic_lamblin      != O:lamblin_construction   person vs company; bare "Lamblin" for both
#  4. e02  P:mamadou_diallo        != P:aissata_diallo         relatives (husband and widow)
#  5. e03  P:bruno_le_maire        vs "Le maire de Caudan"     surname vs common-noun title (no entity pair,
#                                                              listed as a distractor only)
#  6. e04  L:valence_drome         != L:valence_spain          two places with one name ("Valence")
#  7. e05  L:laval_mayenne         != L:laval_quebec           two places with one name ("Laval")
#  8. e05  L:mayenne_departement   != L:mayenne_town           two places with one name ("Mayenne")
#  9. e05/e07 P:francois_braun     != P:helge_braun            same surname, different countries (FR / DE)
# 10. e06  P:meloni                != P:arianna_meloni         relatives (sisters); "Mme Meloni" for both
# 11. e06  P:francesco_lollobrigida != P:gina_lollobrigida     relatives (great-nephew and great-aunt)
# 12. e07  P:konrad_adenauer       != O:konrad_adenauer_foundation  person vs foundation named after him
# 13. e08  P:pedro_sanchez         != P:ruben_sanchez          same surname, same country, unrelated
# 14. e08  P:luis_montenegro       != L:montenegro             person vs country ("Montenegro"/"Monténégro")
# 15. e09  P:ben_gurion            != L:ben_gurion_airport     person vs airport named after him
# 16. e09  O:times_of_israel       != L:israel                 newspaper named after a country
# 17. e10  P:joseph_aoun           != P:michel_aoun            same surname, same country, unrelated
# 18. e10  O:jerusalem_post        != L:jerusalem              newspaper named after a city
# 19. e12  O:fc_nantes             != L:nantes                 club vs city ("Nantes")
# 20. e12  O:toulouse_fc           != L:toulouse               club vs city ("Toulouse")
# 21. e12  P:waldemar_kita         != P:franck_kita            relatives (father and son)
# Cross-file entity ids used here: P:macron (e03 e04 e07 e12), P:meloni (e06 e11), P:merz (e07 e11),
# P:netanyahu (e09 e10), P:von_der_leyen (e04 e06 e07), P:lula (e04), P:lavrov (e10), L:france,
# L:italy, L:germany, L:israel, L:russia, L:brazil, O:eu, O:un, O:who, O:ecb.
