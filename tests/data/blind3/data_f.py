# Blind set 3, articles F01-F12 (written and annotated by hand; see ../blind/README.md for conventions).
#
# Texts are invented for this set. Real public figures appear, but the events are partly made up and
# every quote is invented or paraphrased: none of them may be cited as a real statement. Invented
# people: Carlos Ferreira (f02), Choi Eun-ha (f05), Anne Ricard (f07), Claire Vasseur and Jonas Weber
# (f11), and the bylines / author bios inside boilerplate.
#
# General NOTE decisions (apply to every article; the case-specific ones sit next to the case):
# NOTE: ages ("77 ans", "61 ans", "47 ans", "25 ans") are annotated, as TimeML does, as DURATION P<n>Y.
# NOTE: a demonym (or a country / city name) that only occurs inside another entity's longer name
#       ("indien" in "département météorologique indien", "France" in "Banque de France") is not listed,
#       by the same rule as nested mentions. Demonyms are listed when they occur on their own at least once.
# NOTE: a nationality noun or adjective before a name ("le Slovène Tadej Pogacar", "l'Italien Marco
#       Pantani") is not a role; a party label alone ("le démocrate Lee Jae-myung") is not a role either.
# NOTE: in a postposed reporting clause, a framing phrase of the journalist that opens the sentence
#       ("Sur le terrain,", "Au Nigeria, l'insécurité ne faiblit pas :") is left out of the quote text.
# NOTE: a reported infinitive that contains a quoted fragment (a accusé X d'avoir « ... », a promis de
#       revenir « pour gagner ») is annotated as a direct quote of the fragment only.
# NOTE: crossheads (intertitles inside the article, such as "LULA EN CHEF D'ORCHESTRE" in f10) are part
#       of the article body and are annotated; pasted headlines of other stories are boilerplate.
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------------------------------------------
# f01 - wire dispatch: Ukraine / Russia (Riyadh talks, front, sanctions)
A(
    id="f01",
    published="2025-02-19",
    title="Ukraine : Kiev refuse tout accord « dans son dos », nouvelles frappes sur Kharkiv",
    text="""Publié le 19/02/2025 à 09h12 · Mis à jour à 11h40

KIEV (AFP) – Le président ukrainien Volodymyr Zelensky a affirmé ce matin que son pays ne reconnaîtrait « aucun accord conclu dans son dos », au lendemain de la rencontre à Riyad entre des délégations américaine et russe, la première à ce niveau depuis trois ans.

Le ministre russe des Affaires étrangères, Sergueï Lavrov, s'est dit « très satisfait » de quatre heures et demie de discussions avec le secrétaire d'État américain Marco Rubio. « Nous ne nous sommes pas seulement écoutés, nous nous sommes entendus », a-t-il déclaré, selon une transcription publiée par son ministère.

Le chef de la diplomatie ukrainienne, Andriï Sybiha, a rappelé que « rien ne peut être décidé sur l'Ukraine sans l'Ukraine ». Pour Zelensky, Moscou « cherche à gagner du temps » et Kiev n'enverra personne à une réunion « dont le menu a été écrit ailleurs ».

LA BOURSE DE MOSCOU S'ENVOLE APRÈS LES DISCUSSIONS DE RIYAD

Sur le terrain, une attaque de drones a touché dans la nuit de mardi à mercredi un immeuble du centre de Kharkiv, faisant deux morts et neuf blessés, a indiqué le gouverneur de la région de Kharkiv, Oleh Synegoubov. Selon le ministère russe de la Défense, les troupes russes ont « libéré » la localité de Novoandriïvka, dans la région de Zaporijjia, ce que Kiev n'a pas confirmé.

À Bruxelles, les Vingt-Sept doivent adopter lundi prochain, jour du troisième anniversaire de l'invasion, un seizième paquet de sanctions visant l'aluminium russe et la « flotte fantôme » de pétroliers. « Ce n'est pas le moment de relâcher la pression », a écrit sur X la présidente de la Commission européenne, Ursula von der Leyen.

© AFP 2025 – Reproduction et rediffusion interdites sans autorisation écrite""",
    boilerplate=[
        "Publié le 19/02/2025 à 09h12 · Mis à jour à 11h40",
        "LA BOURSE DE MOSCOU S'ENVOLE APRÈS LES DISCUSSIONS DE RIYAD",
        "© AFP 2025 – Reproduction et rediffusion interdites sans autorisation écrite",
    ],
    quotes=[
        ("son pays ne reconnaîtrait « aucun accord conclu dans son dos »", "mixed", "Volodymyr Zelensky"),
        ("très satisfait", "direct", "Sergueï Lavrov"),
        ("Nous ne nous sommes pas seulement écoutés, nous nous sommes entendus", "direct", "Sergueï Lavrov"),
        ("« rien ne peut être décidé sur l'Ukraine sans l'Ukraine »", "mixed", "Andriï Sybiha"),
        ("Moscou « cherche à gagner du temps » et Kiev n'enverra personne à une réunion « dont le menu a été écrit ailleurs »",
         "mixed", "Volodymyr Zelensky"),
        # NOTE: "Sur le terrain," is the journalist's framing and is left out.
        ("une attaque de drones a touché dans la nuit de mardi à mercredi un immeuble du centre de Kharkiv, faisant deux morts et neuf blessés",
         "indirect", "Oleh Synegoubov"),
        # NOTE: "ce que Kiev n'a pas confirmé" is the journalist's comment, not part of the ministry's claim.
        ("les troupes russes ont « libéré » la localité de Novoandriïvka, dans la région de Zaporijjia", "mixed",
         "ministère russe de la Défense"),
        ("Ce n'est pas le moment de relâcher la pression", "direct", "Ursula von der Leyen"),
    ],
    # NOTE: "flotte fantôme" is a technical term in the journalist's voice (scare quotes).
    not_quotes=["flotte fantôme"],
    times=[
        ("ce matin", "TIME", "2025-02-19TMO"),
        ("lendemain", "DATE", "2025-02-19"),
        ("trois ans", "DURATION", "P3Y"),
        # NOTE: "quatre heures et demie" has no fractional hour in the value format: PT270M.
        ("quatre heures et demie", "DURATION", "PT270M"),
        # NOTE: "la nuit de mardi à mercredi" is one TIME, anchored on the night that starts on Tuesday.
        ("la nuit de mardi à mercredi", "TIME", "2025-02-18TNI"),
        ("lundi prochain", "DATE", "2025-02-24"),
    ],
    entities=[
        ("L:kyiv", "LOC", ["KIEV", "Kiev"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("L:ukraine", "LOC", ["Ukraine"], ["ukrainien", "ukrainienne"]),
        ("P:zelensky", "PER", ["Volodymyr Zelensky", "Zelensky"], []),
        ("L:riyadh", "LOC", ["Riyad"], []),
        ("L:usa", "LOC", [], ["américaine", "américain"]),
        ("L:russia", "LOC", [], ["russe", "russes"]),
        ("P:lavrov", "PER", ["Sergueï Lavrov"], []),
        ("P:marco_rubio", "PER", ["Marco Rubio"], []),
        ("P:andrii_sybiha", "PER", ["Andriï Sybiha"], []),
        ("L:moscow", "LOC", ["Moscou"], []),
        ("L:kharkiv", "LOC", ["Kharkiv"], []),
        ("L:kharkiv_oblast", "LOC", ["région de Kharkiv"], []),
        ("P:oleh_syniehubov", "PER", ["Oleh Synegoubov"], []),
        ("O:russia_defence_ministry", "ORG", ["ministère russe de la Défense"], []),
        ("L:novoandriivka_zaporizhzhia", "LOC", ["Novoandriïvka"], []),
        ("L:zaporizhzhia_oblast", "LOC", ["région de Zaporijjia"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        # NOTE: "les Vingt-Sept" (the 27 member states acting together) is taken as a mention of O:eu.
        ("O:eu", "ORG", ["Vingt-Sept"], []),
        ("O:x_twitter", "ORG", ["X"], []),
        ("O:european_commission", "ORG", ["Commission européenne"], []),
        ("P:von_der_leyen", "PER", ["Ursula von der Leyen"], []),
    ],
    roles=[
        ("P:zelensky", "président", "L:ukraine"),
        ("P:lavrov", "ministre des Affaires étrangères", "L:russia"),
        ("P:marco_rubio", "secrétaire d'État", "L:usa"),
        ("P:andrii_sybiha", "chef de la diplomatie", "L:ukraine"),
        ("P:oleh_syniehubov", "gouverneur", "L:kharkiv_oblast"),
        ("P:von_der_leyen", "présidente", "O:european_commission"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f02 - portrait: Lula elected for a third term
A(
    id="f02",
    published="2022-10-31",
    title="Lula, l'indestructible",
    text="""PORTRAIT

Luiz Inácio Lula da Silva, dimanche soir, devant ses partisans à São Paulo. © Nelson Almeida / AFP

Il avait promis de revenir, et il est revenu. À 77 ans, Luiz Inácio Lula da Silva a été élu dimanche pour un troisième mandat à la tête du Brésil, avec 50,9 % des voix contre 49,1 % pour le président sortant Jair Bolsonaro, au terme de la campagne la plus polarisée depuis le retour de la démocratie, en 1985.

L'ancien métallurgiste a connu la gloire puis la chute : deux mandats de 2003 à 2010, puis une condamnation pour corruption et 580 jours de prison à Curitiba, dont il est sorti il y a trois ans, avant l'annulation de ses peines par la Cour suprême en mars 2021. « Ils ont essayé de m'enterrer vivant, et me voilà », a lancé Lula devant la foule réunie sur l'avenue Paulista, à São Paulo.

À ses côtés, sa femme, la sociologue Rosângela da Silva, dite « Janja », et son colistier Geraldo Alckmin, ancien gouverneur de São Paulo, ex-rival devenu allié. Loin des années 1980, quand ses adversaires surnommaient le syndicaliste barbu « le crapaud ».

Le chemin s'annonce escarpé. Bolsonaro n'avait toujours pas reconnu sa défaite lundi matin, et son fils Eduardo Bolsonaro, député fédéral, a dénoncé des « anomalies » sans en préciser aucune. Pour le politologue Carlos Ferreira, de l'université de Brasília, le nouveau président « hérite d'un pays coupé en deux » et devra composer avec un Congrès dominé par la droite.

Lula da Silva sera investi le 1er janvier à Brasília. « Le Brésil est de retour, a-t-il promis. Nous allons remettre le pays dans le monde. »

À lire aussi → Présidentielle brésilienne : la Bourse de São Paulo salue l'alternance""",
    boilerplate=[
        "PORTRAIT",
        "Luiz Inácio Lula da Silva, dimanche soir, devant ses partisans à São Paulo. © Nelson Almeida / AFP",
        "À lire aussi → Présidentielle brésilienne : la Bourse de São Paulo salue l'alternance",
    ],
    quotes=[
        ("Ils ont essayé de m'enterrer vivant, et me voilà", "direct", "Luiz Inácio Lula da Silva"),
        ("anomalies", "direct", "Eduardo Bolsonaro"),
        ("le nouveau président « hérite d'un pays coupé en deux » et devra composer avec un Congrès dominé par la droite",
         "mixed", "Carlos Ferreira"),
        # incise inside the marks: two direct quotes
        ("Le Brésil est de retour", "direct", "Luiz Inácio Lula da Silva"),
        ("Nous allons remettre le pays dans le monde.", "direct", "Luiz Inácio Lula da Silva"),
    ],
    # nicknames
    not_quotes=["Janja", "le crapaud"],
    times=[
        ("77 ans", "DURATION", "P77Y"),
        ("dimanche", "DATE", "2022-10-30"),
        ("1985", "DATE", "1985"),
        ("2003", "DATE", "2003"),
        ("2010", "DATE", "2010"),
        ("580 jours", "DURATION", "P580D"),
        ("il y a trois ans", "DATE", "2019"),
        ("mars 2021", "DATE", "2021-03"),
        ("années 1980", "DATE", "198"),
        ("lundi matin", "TIME", "2022-10-31TMO"),
        ("le 1er janvier", "DATE", "2023-01-01"),
    ],
    entities=[
        ("P:lula", "PER", ["Luiz Inácio Lula da Silva", "Lula", "Lula da Silva"], []),
        ("L:brazil", "LOC", ["Brésil"], []),
        ("P:bolsonaro", "PER", ["Jair Bolsonaro", "Bolsonaro"], []),
        ("L:curitiba", "LOC", ["Curitiba"], []),
        ("O:brazil_supreme_court", "ORG", ["Cour suprême"], []),
        ("L:avenida_paulista", "LOC", ["avenue Paulista"], []),
        # NOTE: "São Paulo" is the city at "l'avenue Paulista, à São Paulo" and the state in
        # "ancien gouverneur de São Paulo" (a governor heads a state): two entities, one surface form.
        ("L:sao_paulo", "LOC", ["São Paulo"], []),
        ("L:sao_paulo_state", "LOC", ["São Paulo"], []),
        ("P:rosangela_da_silva", "PER", ["Rosângela da Silva", "Janja"], []),
        ("P:geraldo_alckmin", "PER", ["Geraldo Alckmin"], []),
        ("P:eduardo_bolsonaro", "PER", ["Eduardo Bolsonaro"], []),
        ("P:carlos_ferreira_unb", "PER", ["Carlos Ferreira"], []),
        ("O:unb", "ORG", ["université de Brasília"], []),
        ("O:brazil_congress", "ORG", ["Congrès"], []),
        ("L:brasilia", "LOC", ["Brasília"], []),
    ],
    roles=[
        # NOTE: "L'ancien métallurgiste" and "le syndicaliste barbu" are anaphoric descriptions standing for
        # Lula, not titles placed before his name or in apposition: no role.
        ("P:bolsonaro", "président sortant", "L:brazil"),
        ("P:rosangela_da_silva", "sociologue", None),
        # NOTE: "colistier" attaches to a person (Lula), not to a country or organisation: of = None.
        ("P:geraldo_alckmin", "colistier", None),
        ("P:geraldo_alckmin", "ancien gouverneur", "L:sao_paulo_state"),
        ("P:eduardo_bolsonaro", "député fédéral", "L:brazil"),
        ("P:carlos_ferreira_unb", "politologue", "O:unb"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f03 - agency brief with several short paragraphs: India
A(
    id="f03",
    published="2023-03-02",
    title="Inde : les brèves du jour",
    text="""INDE EXPRESS – Les brèves de la rédaction Asie

DIPLOMATIE. Le ministre russe des Affaires étrangères, Sergei Lavrov, a accusé jeudi à New Delhi les Occidentaux d'avoir « transformé le G20 en tribune contre la Russie ». Le chef de la diplomatie indienne, Subrahmanyam Jaishankar, hôte de la réunion, a reconnu que les ministres n'étaient « pas parvenus à s'entendre » sur la guerre en Ukraine. M. Lavrov participera vendredi au forum Raisina Dialogue.

SPORT. Le Premier ministre Narendra Modi assistera jeudi prochain, aux côtés du chef du gouvernement australien, Anthony Albanese, à l'ouverture du quatrième test-match Inde–Australie, au stade Narendra-Modi d'Ahmedabad, le plus grand stade de cricket du monde. L'opposition dénonce un « culte de la personnalité ».

POLITIQUE. En tournée au Royaume-Uni cette semaine, le député Rahul Gandhi a affirmé à Cambridge que « la démocratie indienne est attaquée » et qu'il était lui-même « sous surveillance ». Le BJP, au pouvoir, l'accuse de « dénigrer l'Inde à l'étranger », un mois après l'interdiction du documentaire « India: The Modi Question ». Sa mère, Sonia Gandhi, ex-présidente du parti du Congrès, avait laissé entendre samedi dernier à Raipur qu'elle pourrait se retirer de la vie politique.

MÉTÉO. Le département météorologique indien (IMD) a averti mercredi que le printemps serait « anormalement chaud » dans le nord-ouest du pays. Le mercure a atteint 39 °C à Bhuj, au Gujarat, le févr. 27. Février a été le plus chaud depuis 1901, d'après ses relevés.

PAKISTAN : LE FMI RÉCLAME DE NOUVELLES HAUSSES D'IMPÔTS AVANT TOUT DÉCAISSEMENT

Newsletter Asie : chaque vendredi, l'essentiel du continent dans votre boîte. S'inscrire""",
    boilerplate=[
        "INDE EXPRESS – Les brèves de la rédaction Asie",
        "PAKISTAN : LE FMI RÉCLAME DE NOUVELLES HAUSSES D'IMPÔTS AVANT TOUT DÉCAISSEMENT",
        "Newsletter Asie : chaque vendredi, l'essentiel du continent dans votre boîte. S'inscrire",
    ],
    quotes=[
        ("transformé le G20 en tribune contre la Russie", "direct", "Sergei Lavrov"),
        ("les ministres n'étaient « pas parvenus à s'entendre » sur la guerre en Ukraine", "mixed",
         "Subrahmanyam Jaishankar"),
        # NOTE: speaker never named beyond "L'opposition": the description is the speaker.
        ("culte de la personnalité", "direct", "l'opposition"),
        ("« la démocratie indienne est attaquée » et qu'il était lui-même « sous surveillance »", "mixed", "Rahul Gandhi"),
        ("dénigrer l'Inde à l'étranger", "direct", "BJP"),
        # NOTE: "laisser entendre que" is treated as a speech verb.
        ("elle pourrait se retirer de la vie politique", "indirect", "Sonia Gandhi"),
        ("le printemps serait « anormalement chaud » dans le nord-ouest du pays", "mixed",
         "département météorologique indien"),
        ("Février a été le plus chaud depuis 1901", "indirect", "département météorologique indien"),
    ],
    # title of a work
    not_quotes=["India: The Modi Question"],
    times=[
        ("jeudi", "DATE", "2023-03-02"),
        ("vendredi", "DATE", "2023-03-03"),
        ("jeudi prochain", "DATE", "2023-03-09"),
        ("cette semaine", "DATE", "2023-W09"),
        # NOTE: "un mois après l'interdiction" is anchored on the ban (late January): a duration of one month.
        ("un mois", "DURATION", "P1M"),
        ("samedi dernier", "DATE", "2023-02-25"),
        ("mercredi", "DATE", "2023-03-01"),
        ("le printemps", "DATE", "2023-SP"),
        ("le févr. 27", "DATE", "2023-02-27"),
        ("Février", "DATE", "2023-02"),
        ("1901", "DATE", "1901"),
    ],
    entities=[
        ("L:russia", "LOC", ["Russie"], ["russe"]),
        # NOTE: "les Occidentaux" (the West) names no country or organisation: not annotated.
        ("P:lavrov", "PER", ["Sergei Lavrov", "Lavrov"], []),
        ("L:new_delhi", "LOC", ["New Delhi"], []),
        ("O:g20", "ORG", ["G20"], []),
        ("L:india", "LOC", ["Inde"], ["indienne"]),
        ("P:jaishankar", "PER", ["Subrahmanyam Jaishankar"], []),
        ("L:ukraine", "LOC", ["Ukraine"], []),
        ("M:raisina_dialogue", "MISC", ["Raisina Dialogue"], []),
        ("P:modi", "PER", ["Narendra Modi"], []),
        ("L:australia", "LOC", ["Australie"], ["australien"]),
        ("P:albanese", "PER", ["Anthony Albanese"], []),
        ("L:narendra_modi_stadium", "LOC", ["stade Narendra-Modi"], []),
        ("L:ahmedabad", "LOC", ["Ahmedabad"], []),
        ("L:uk", "LOC", ["Royaume-Uni"], []),
        ("P:rahul_gandhi", "PER", ["Rahul Gandhi"], []),
        ("L:cambridge_uk", "LOC", ["Cambridge"], []),
        ("O:bjp", "ORG", ["BJP"], []),
        # NOTE: the title of the documentary is a MISC entity (and a not_quote); "Modi" nested in it is not
        # listed for P:modi (see hard negatives).
        ("M:india_the_modi_question", "MISC", ["India: The Modi Question"], []),
        ("P:sonia_gandhi", "PER", ["Sonia Gandhi"], []),
        ("O:inc", "ORG", ["parti du Congrès"], []),
        ("L:raipur", "LOC", ["Raipur"], []),
        ("O:imd", "ORG", ["département météorologique indien", "IMD"], []),
        ("L:bhuj", "LOC", ["Bhuj"], []),
        ("L:gujarat", "LOC", ["Gujarat"], []),
    ],
    roles=[
        ("P:lavrov", "ministre des Affaires étrangères", "L:russia"),
        ("P:jaishankar", "chef de la diplomatie", "L:india"),
        ("P:modi", "Premier ministre", "L:india"),
        ("P:albanese", "chef du gouvernement", "L:australia"),
        # NOTE: "député" of India, implied by the country the article is about.
        ("P:rahul_gandhi", "député", "L:india"),
        # NOTE: "ex-" is kept like "ancien".
        ("P:sonia_gandhi", "ex-présidente", "O:inc"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f04 - wire dispatch: China / Taiwan drills
A(
    id="f04",
    published="2024-05-24",
    title="Taïwan : Pékin prolonge ses manœuvres, Taipei dénonce une « provocation »",
    text="""TAIPEI (Reuters) – La Chine a poursuivi vendredi les vastes manœuvres militaires entamées la veille autour de Taïwan, baptisées « Joint Sword-2024A », que Pékin présente comme une « sévère punition » des « forces séparatistes » de l'île.

Selon le ministre taïwanais de la Défense, Wellington Koo, 49 avions de combat et 19 navires de guerre ont été repérés entre 6 heures jeudi et 6 heures vendredi, dont 35 appareils ayant franchi la ligne médiane du détroit. Des garde-côtes chinois ont pour la première fois patrouillé près des îles de Kinmen et Matsu, a ajouté le ministre. Taïwan signale chaque jour des incursions, mais rarement de cette ampleur.

PARTAGER : Facebook | X | LinkedIn | Envoyer par e-mail

« Je me tiendrai en première ligne avec nos soldats pour défendre la démocratie », a déclaré le président taïwanais Lai Ching-te (賴清德), en visite sur une base de Taoyuan. Investi lundi, William Lai avait appelé Pékin à « cesser ses intimidations » dans son discours inaugural, que la Chine a qualifié d'« aveu d'indépendance ».

À Pékin, le porte-parole du ministère chinois des Affaires étrangères, Wang Wenbin, a estimé que les « indépendantistes » se heurteraient « à un mur ». De son côté, le député taïwanais Wang Ting-yu, du Parti démocrate progressiste (DPP), a jugé que ces exercices visaient surtout à « tester » la nouvelle administration, « comme en août 2022 », après la visite de l'ancienne présidente de la Chambre américaine des représentants Nancy Pelosi.

JAPON : LA BANQUE CENTRALE LAISSE SES TAUX INCHANGÉS MALGRÉ LA CHUTE DU YEN

(Reportage Lin Mei-hua ; version française Camille Raynaud, édité par Paul Garnier)""",
    boilerplate=[
        "PARTAGER : Facebook | X | LinkedIn | Envoyer par e-mail",
        "JAPON : LA BANQUE CENTRALE LAISSE SES TAUX INCHANGÉS MALGRÉ LA CHUTE DU YEN",
        "(Reportage Lin Mei-hua ; version française Camille Raynaud, édité par Paul Garnier)",
    ],
    quotes=[
        # NOTE: two fragments of Beijing's own wording after "que Pékin présente comme": two direct quotes.
        ("sévère punition", "direct", "Pékin"),
        ("forces séparatistes", "direct", "Pékin"),
        ("49 avions de combat et 19 navires de guerre ont été repérés entre 6 heures jeudi et 6 heures vendredi, dont 35 appareils ayant franchi la ligne médiane du détroit",
         "indirect", "Wellington Koo"),
        ("Des garde-côtes chinois ont pour la première fois patrouillé près des îles de Kinmen et Matsu", "indirect",
         "Wellington Koo"),
        ("Je me tiendrai en première ligne avec nos soldats pour défendre la démocratie", "direct", "Lai Ching-te"),
        ("cesser ses intimidations", "direct", "Lai Ching-te"),
        ("aveu d'indépendance", "direct", "Chine"),
        ("les « indépendantistes » se heurteraient « à un mur »", "mixed", "Wang Wenbin"),
        ("ces exercices visaient surtout à « tester » la nouvelle administration, « comme en août 2022 », après la visite de l'ancienne présidente de la Chambre américaine des représentants Nancy Pelosi",
         "mixed", "Wang Ting-yu"),
    ],
    # name of a military operation
    not_quotes=["Joint Sword-2024A"],
    times=[
        ("vendredi", "DATE", "2024-05-24"),
        ("la veille", "DATE", "2024-05-23"),
        # NOTE: a clock time followed by its day is one TIME expression.
        ("6 heures jeudi", "TIME", "2024-05-23T06:00"),
        ("6 heures vendredi", "TIME", "2024-05-24T06:00"),
        ("chaque jour", "SET", "P1D"),
        ("lundi", "DATE", "2024-05-20"),
        ("août 2022", "DATE", "2022-08"),
    ],
    entities=[
        ("L:taipei", "LOC", ["TAIPEI"], []),
        ("O:reuters", "ORG", ["Reuters"], []),
        ("L:china", "LOC", ["Chine"], ["chinois"]),
        ("L:taiwan", "LOC", ["Taïwan"], ["taïwanais"]),
        ("M:joint_sword_2024a", "MISC", ["Joint Sword-2024A"], []),
        ("L:beijing", "LOC", ["Pékin"], []),
        ("P:wellington_koo", "PER", ["Wellington Koo"], []),
        ("L:kinmen", "LOC", ["Kinmen"], []),
        ("L:matsu", "LOC", ["Matsu"], []),
        ("P:lai_ching_te", "PER", ["Lai Ching-te", "賴清德", "William Lai"], []),
        ("L:taoyuan", "LOC", ["Taoyuan"], []),
        ("O:china_mfa", "ORG", ["ministère chinois des Affaires étrangères"], []),
        ("P:wang_wenbin", "PER", ["Wang Wenbin"], []),
        ("P:wang_ting_yu", "PER", ["Wang Ting-yu"], []),
        ("O:dpp", "ORG", ["Parti démocrate progressiste", "DPP"], []),
        ("O:us_house", "ORG", ["Chambre américaine des représentants"], []),
        ("P:nancy_pelosi", "PER", ["Nancy Pelosi"], []),
    ],
    roles=[
        ("P:wellington_koo", "ministre de la Défense", "L:taiwan"),
        ("P:lai_ching_te", "président", "L:taiwan"),
        ("P:wang_wenbin", "porte-parole", "O:china_mfa"),
        ("P:wang_ting_yu", "député", "L:taiwan"),
        ("P:nancy_pelosi", "ancienne présidente", "O:us_house"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f05 - weekly long-form analysis: South Korea after the election of Lee Jae-myung
A(
    id="f05",
    published="2025-06-07",
    title="Corée du Sud : Lee Jae-myung, l'élu d'un pays à vif",
    text="""Article réservé à nos abonnés · Lecture 5 min

Il aura fallu six mois, une loi martiale avortée et une destitution pour que la Corée du Sud tourne la page de l'ex-président Yoon Suk Yeol. Élu Juin 3, 2025 avec 49,4 % des voix, le démocrate Lee Jae-myung a prêté serment dès le lendemain, sans période de transition. « Je serai le président de tous, y compris de ceux qui ne m'ont pas choisi », a-t-il promis devant l'Assemblée nationale.

Son adversaire conservateur, l'ancien ministre du Travail Kim Moon-soo, a reconnu sa défaite dans la nuit, affirmant qu'il « respectait le choix du peuple ». Yoon, lui, est toujours jugé pour « insurrection » à Séoul, tout comme son ex-ministre de la Défense, le général Kim Yong-hyun. Son avocat, Me Yoon Kap-keun, dénonce un « procès politique ».

Au nord de la zone démilitarisée, Pyongyang observe. Le dirigeant nord-coréen Kim Jong-un n'a pas commenté le scrutin, mais sa sœur, Kim Yo-jong, avait balayé en mars toute idée de dialogue : ‹ Peu importe qui gouverne à Séoul, notre position ne changera pas ›, écrivait-elle dans un communiqué de l'agence officielle KCNA.

À Tokyo, le Premier ministre japonais Shigeru Ishiba a salué « un partenaire indispensable » et proposé une rencontre « dans les prochaines semaines ». Pour Choi Eun-ha, chercheuse à l'Institut Asan, le nouveau président « jouera l'équilibre » : « Il ne rompra ni avec Washington ni avec Tokyo, mais il voudra reparler à Pékin. »

Le président Lee, 61 ans, ira-t-il au sommet du G7 au Canada, du 15 au 17 juin ? Le bureau présidentiel a indiqué jeudi qu'aucune décision n'était prise.

Cet article est paru dans notre édition datée du 7 juin. Abonnez-vous dès 1 € le premier mois.""",
    boilerplate=[
        "Article réservé à nos abonnés · Lecture 5 min",
        "Cet article est paru dans notre édition datée du 7 juin. Abonnez-vous dès 1 € le premier mois.",
    ],
    quotes=[
        ("Je serai le président de tous, y compris de ceux qui ne m'ont pas choisi", "direct", "Lee Jae-myung"),
        ("il « respectait le choix du peuple »", "mixed", "Kim Moon-soo"),
        ("procès politique", "direct", "Yoon Kap-keun"),
        # ‹ › marks; "écrivait-elle dans un communiqué de l'agence officielle KCNA" is a source attribution.
        ("Peu importe qui gouverne à Séoul, notre position ne changera pas", "direct", "Kim Yo-jong"),
        ("un partenaire indispensable", "direct", "Shigeru Ishiba"),
        ("dans les prochaines semaines", "direct", "Shigeru Ishiba"),
        ("le nouveau président « jouera l'équilibre »", "mixed", "Choi Eun-ha"),
        # after a colon, no new cue: same speaker
        ("Il ne rompra ni avec Washington ni avec Tokyo, mais il voudra reparler à Pékin.", "direct", "Choi Eun-ha"),
        # NOTE: the presidential office is never named as an entity: the description is the speaker.
        ("aucune décision n'était prise", "indirect", "le bureau présidentiel"),
    ],
    # legal charge
    not_quotes=["insurrection"],
    times=[
        ("six mois", "DURATION", "P6M"),
        ("Juin 3, 2025", "DATE", "2025-06-03"),
        ("le lendemain", "DATE", "2025-06-04"),
        # NOTE: "dans la nuit" after the election day: the night of 3 June.
        ("la nuit", "TIME", "2025-06-03TNI"),
        ("mars", "DATE", "2025-03"),
        ("les prochaines semaines", "DATE", "FUTURE_REF"),
        ("61 ans", "DURATION", "P61Y"),
        # NOTE: "du 15 au 17 juin" is two DATEs; the bare "15" takes its month and year from "17 juin".
        ("15", "DATE", "2025-06-15"),
        ("17 juin", "DATE", "2025-06-17"),
        ("jeudi", "DATE", "2025-06-05"),
    ],
    entities=[
        ("L:south_korea", "LOC", ["Corée du Sud"], []),
        ("P:yoon_suk_yeol", "PER", ["Yoon Suk Yeol", "Yoon"], []),
        ("P:lee_jae_myung", "PER", ["Lee Jae-myung", "Lee"], []),
        ("O:kr_national_assembly", "ORG", ["Assemblée nationale"], []),
        ("P:kim_moon_soo", "PER", ["Kim Moon-soo"], []),
        ("L:seoul", "LOC", ["Séoul"], []),
        ("P:kim_yong_hyun", "PER", ["Kim Yong-hyun"], []),
        ("P:yoon_kap_keun", "PER", ["Yoon Kap-keun"], []),
        # NOTE: "la zone démilitarisée" (the inter-Korean DMZ) is a specific place: LOC.
        ("L:korean_dmz", "LOC", ["zone démilitarisée"], []),
        ("L:pyongyang", "LOC", ["Pyongyang"], []),
        ("L:north_korea", "LOC", [], ["nord-coréen"]),
        ("P:kim_jong_un", "PER", ["Kim Jong-un"], []),
        ("P:kim_yo_jong", "PER", ["Kim Yo-jong"], []),
        ("O:kcna", "ORG", ["KCNA"], []),
        ("L:tokyo", "LOC", ["Tokyo"], []),
        ("L:japan", "LOC", [], ["japonais"]),
        ("P:shigeru_ishiba", "PER", ["Shigeru Ishiba"], []),
        ("P:choi_eun_ha_asan", "PER", ["Choi Eun-ha"], []),
        ("O:asan_institute", "ORG", ["Institut Asan"], []),
        ("L:washington", "LOC", ["Washington"], []),
        ("L:beijing", "LOC", ["Pékin"], []),
        ("O:g7", "ORG", ["G7"], []),
        ("L:canada", "LOC", ["Canada"], []),
    ],
    roles=[
        ("P:yoon_suk_yeol", "ex-président", "L:south_korea"),
        ("P:kim_moon_soo", "ancien ministre du Travail", "L:south_korea"),
        # NOTE: "le général" is a rank (not a role); "ex-ministre de la Défense" is one.
        ("P:kim_yong_hyun", "ex-ministre de la Défense", "L:south_korea"),
        # NOTE: "Me" is an honorific; "avocat" (occupation) is the role.
        ("P:yoon_kap_keun", "avocat", None),
        ("P:kim_jong_un", "dirigeant", "L:north_korea"),
        ("P:shigeru_ishiba", "Premier ministre", "L:japan"),
        ("P:choi_eun_ha_asan", "chercheuse", "O:asan_institute"),
        ("P:lee_jae_myung", "président", "L:south_korea"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f06 - web page with cookie banner, share buttons, newsletter box, "Les plus lus" and author bio: WHO
# NOTE: this layout is required to hold five furniture lines (cookie banner, share buttons, newsletter,
# "Les plus lus", author bio), one more than the usual 2-4.
A(
    id="f06",
    published="2025-05-20",
    title="L'OMS adopte un accord historique sur les pandémies, sans les États-Unis",
    text="""Ce site utilise des cookies pour mesurer l'audience. Accepter | Refuser

GENÈVE – Après plus de trois ans de négociations, les États membres de l'Organisation mondiale de la santé (OMS) ont adopté ce mardi à Genève le premier accord international sur la prévention des pandémies. Le texte avait été approuvé la veille en commission par 124 voix pour, aucune contre et 11 abstentions.

“C'est une victoire pour la santé publique, pour la science et pour l'action multilatérale”, s'est félicité le directeur général de l'OMS, Tedros Adhanom Ghebreyesus. Le Dr Tedros a toutefois reconnu que le monde restait « aussi vulnérable » qu'en 2020.

Facebook · X · WhatsApp · Copier le lien

Les États-Unis, qui ont annoncé leur retrait de l'organisation le jan. 20, jour de l'investiture de Donald Trump, imités le mois suivant par l'Argentine, n'ont pas pris part au vote. Dans une vidéo, le ministre américain de la Santé, Robert F. Kennedy Jr, a qualifié l'OMS de « moribonde », estimant que l'accord « gravait dans le marbre ses échecs ». Le ministre français de la Santé, Yannick Neuder, a jugé que l'Europe devait « combler le vide » laissé par Washington.

Reste à négocier d'ici à mai 2026 une annexe sur le partage des agents pathogènes, baptisée « PABS ». Pour la négociatrice sud-africaine Precious Matsoso, qui a coprésidé les discussions, c'est « un bon accord, pas un accord parfait ». Le secrétaire général de l'ONU, António Guterres, a salué dans un message « un signal d'espoir pour le multilatéralisme ».

📩 La lettre Santé, chaque jeudi dans votre boîte mail. S'inscrire

Les plus lus : 1. Orages : dix départements en vigilance · 2. Retraites : ce qui change en juillet

Claire Delmas, journaliste au service Santé, suit l'OMS depuis Genève.""",
    boilerplate=[
        "Ce site utilise des cookies pour mesurer l'audience. Accepter | Refuser",
        "Facebook · X · WhatsApp · Copier le lien",
        "📩 La lettre Santé, chaque jeudi dans votre boîte mail. S'inscrire",
        "Les plus lus : 1. Orages : dix départements en vigilance · 2. Retraites : ce qui change en juillet",
        "Claire Delmas, journaliste au service Santé, suit l'OMS depuis Genève.",
    ],
    quotes=[
        ("C'est une victoire pour la santé publique, pour la science et pour l'action multilatérale", "direct",
         "Tedros Adhanom Ghebreyesus"),
        ("le monde restait « aussi vulnérable » qu'en 2020", "mixed", "Tedros Adhanom Ghebreyesus"),
        ("moribonde", "direct", "Robert F. Kennedy Jr"),
        ("l'accord « gravait dans le marbre ses échecs »", "mixed", "Robert F. Kennedy Jr"),
        ("l'Europe devait « combler le vide » laissé par Washington", "mixed", "Yannick Neuder"),
        ("c'est « un bon accord, pas un accord parfait »", "mixed", "Precious Matsoso"),
        ("un signal d'espoir pour le multilatéralisme", "direct", "António Guterres"),
    ],
    # name of a mechanism (technical term)
    not_quotes=["PABS"],
    times=[
        ("trois ans", "DURATION", "P3Y"),
        ("ce mardi", "DATE", "2025-05-20"),
        ("la veille", "DATE", "2025-05-19"),
        ("2020", "DATE", "2020"),
        ("le jan. 20", "DATE", "2025-01-20"),
        ("le mois suivant", "DATE", "2025-02"),
        ("mai 2026", "DATE", "2026-05"),
    ],
    entities=[
        ("L:geneva", "LOC", ["GENÈVE", "Genève"], []),
        ("O:who", "ORG", ["Organisation mondiale de la santé", "OMS"], []),
        ("P:tedros", "PER", ["Tedros Adhanom Ghebreyesus", "Tedros"], []),
        ("L:usa", "LOC", ["États-Unis"], ["américain"]),
        ("P:donald_trump", "PER", ["Donald Trump"], []),
        ("L:argentina", "LOC", ["Argentine"], []),
        ("P:rfk_jr", "PER", ["Robert F. Kennedy Jr"], []),
        ("L:france", "LOC", [], ["français"]),
        ("P:yannick_neuder", "PER", ["Yannick Neuder"], []),
        # NOTE: "l'Europe" here is the continent / its states as a whole, not the EU as an institution: LOC.
        ("L:europe", "LOC", ["Europe"], []),
        ("L:washington", "LOC", ["Washington"], []),
        ("M:pabs", "MISC", ["PABS"], []),
        ("L:south_africa", "LOC", [], ["sud-africaine"]),
        ("P:precious_matsoso", "PER", ["Precious Matsoso"], []),
        ("O:un", "ORG", ["ONU"], []),
        ("P:guterres", "PER", ["António Guterres"], []),
    ],
    roles=[
        # NOTE: "Dr" is an honorific, not a role.
        ("P:tedros", "directeur général", "O:who"),
        ("P:rfk_jr", "ministre de la Santé", "L:usa"),
        ("P:yannick_neuder", "ministre de la Santé", "L:france"),
        ("P:precious_matsoso", "négociatrice", "L:south_africa"),
        ("P:guterres", "secrétaire général", "O:un"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f07 - economy wire with a market ticker: ECB rate cut, EU sanctions
A(
    id="f07",
    published="2025-06-06",
    title="La BCE baisse encore ses taux et prépare une pause",
    text="""Marchés | CAC 40 7 804,65 (+0,41 %) | Euro/dollar 1,1438 | Brent 65,30 $

FRANCFORT, 6 juin (Reuters) – La Banque centrale européenne a abaissé jeudi ses taux directeurs pour la huitième fois depuis juin 2024, ramenant celui de la facilité de dépôt à 2 %. Sa présidente, Christine Lagarde, a laissé entendre que la pause était proche : "Nous arrivons à la fin d'un cycle de politique monétaire", a-t-elle déclaré devant la presse.

L'inflation en zone euro est tombée à 1,9 % sur un an en mai, sous l'objectif de 2 %, selon Eurostat. Pour l'économiste Anne Ricard, de la banque Natixis, la BCE marquera une pause sur juillet 24, date de sa prochaine réunion, "avant peut-être un dernier geste à l'automne". L'institution se réunit toutes les six semaines.

À Bruxelles, la présidente de la Commission, Ursula Von der Leyen, présentera mardi un dix-huitième paquet de sanctions contre Moscou, avec un plafond abaissé à 45 dollars pour le baril de pétrole russe. « Nous devons frapper là où ça fait mal », a-t-elle expliqué après un entretien avec le président ukrainien Wolodymyr Selenskyj, qui a réclamé que l'UE « ne tremble pas » face aux réticences de la Hongrie et de la Slovaquie.

À Paris, le gouverneur de la Banque de France, François Villeroy de Galhau, a estimé sur BFM Business que la baisse des taux était « une bonne nouvelle pour les ménages et les entreprises ».

LIVRET A : LE TAUX POURRAIT TOMBER À 1,7 % AU 1ER AOÛT""",
    boilerplate=[
        "Marchés | CAC 40 7 804,65 (+0,41 %) | Euro/dollar 1,1438 | Brent 65,30 $",
        "LIVRET A : LE TAUX POURRAIT TOMBER À 1,7 % AU 1ER AOÛT",
    ],
    quotes=[
        ("la pause était proche", "indirect", "Christine Lagarde"),
        # " " marks, after a colon
        ("Nous arrivons à la fin d'un cycle de politique monétaire", "direct", "Christine Lagarde"),
        ("L'inflation en zone euro est tombée à 1,9 % sur un an en mai, sous l'objectif de 2 %", "indirect", "Eurostat"),
        ('la BCE marquera une pause sur juillet 24, date de sa prochaine réunion, "avant peut-être un dernier geste à l\'automne"',
         "mixed", "Anne Ricard"),
        ("Nous devons frapper là où ça fait mal", "direct", "Ursula Von der Leyen"),
        ("l'UE « ne tremble pas » face aux réticences de la Hongrie et de la Slovaquie", "mixed", "Wolodymyr Selenskyj"),
        ("la baisse des taux était « une bonne nouvelle pour les ménages et les entreprises »", "mixed",
         "François Villeroy de Galhau"),
    ],
    not_quotes=[],
    times=[
        ("6 juin", "DATE", "2025-06-06"),
        ("jeudi", "DATE", "2025-06-05"),
        ("juin 2024", "DATE", "2024-06"),
        # NOTE: "sur un an" (year on year) is annotated as the duration "un an".
        ("un an", "DURATION", "P1Y"),
        ("mai", "DATE", "2025-05"),
        # NOTE: "sur juillet 24" is a translation of "on July 24": "sur" is the preposition, left out.
        ("juillet 24", "DATE", "2025-07-24"),
        ("l'automne", "DATE", "2025-FA"),
        ("toutes les six semaines", "SET", "P6W"),
        ("mardi", "DATE", "2025-06-10"),
    ],
    entities=[
        ("L:frankfurt", "LOC", ["FRANCFORT"], []),
        ("O:reuters", "ORG", ["Reuters"], []),
        ("O:ecb", "ORG", ["Banque centrale européenne", "BCE"], []),
        ("P:lagarde", "PER", ["Christine Lagarde"], []),
        ("L:eurozone", "LOC", ["zone euro"], []),
        ("O:eurostat", "ORG", ["Eurostat"], []),
        ("P:anne_ricard_natixis", "PER", ["Anne Ricard"], []),
        ("O:natixis", "ORG", ["Natixis"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("O:european_commission", "ORG", ["Commission"], []),
        ("P:von_der_leyen", "PER", ["Ursula Von der Leyen"], []),
        ("L:moscow", "LOC", ["Moscou"], []),
        ("L:russia", "LOC", [], ["russe"]),
        # NOTE: German romanisation of Zelensky, as left by a translated German wire.
        ("P:zelensky", "PER", ["Wolodymyr Selenskyj"], []),
        ("L:ukraine", "LOC", [], ["ukrainien"]),
        ("O:eu", "ORG", ["UE"], []),
        ("L:hungary", "LOC", ["Hongrie"], []),
        ("L:slovakia", "LOC", ["Slovaquie"], []),
        ("L:paris", "LOC", ["Paris"], []),
        ("O:banque_de_france", "ORG", ["Banque de France"], []),
        ("P:villeroy", "PER", ["François Villeroy de Galhau"], []),
        ("O:bfm_business", "ORG", ["BFM Business"], []),
    ],
    roles=[
        ("P:lagarde", "présidente", "O:ecb"),
        ("P:anne_ricard_natixis", "économiste", "O:natixis"),
        ("P:von_der_leyen", "présidente", "O:european_commission"),
        ("P:zelensky", "président", "L:ukraine"),
        ("P:villeroy", "gouverneur", "O:banque_de_france"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f08 - wire dispatch: Sahel juntas leave ECOWAS, Nigeria
A(
    id="f08",
    published="2024-01-29",
    title="Mali, Burkina Faso et Niger claquent la porte de la Cédéao",
    text="""NIAMEY (AFP) – Les régimes militaires du Mali, du Burkina Faso et du Niger ont annoncé dimanche leur retrait « sans délai » de la Communauté économique des États de l'Afrique de l'Ouest (Cédéao), une organisation qu'ils accusent d'être « instrumentalisée par des puissances étrangères ».

Dans un communiqué conjoint lu à la télévision nationale nigérienne, le colonel Amadou Abdramane, porte-parole du régime de Niamey, a dénoncé des sanctions « illégales, illégitimes et inhumaines » imposées après le coup d'État du juillet dernier 26. Deux jours plus tard, le général Abdourahamane Tiani s'était proclamé chef de la junte. « Nous sommes des pays souverains et nous le resterons «, a renchéri lundi le Premier ministre nigérien Ali Mahamane Lamine Zeine.

► À lire également : Au Burkina Faso, deux radios étrangères suspendues pour « propagande »

À Abuja, la Cédéao a affirmé qu'elle n'avait « reçu aucune notification formelle » et restait « disposée à trouver une solution négociée ». Le président nigérian Bola Ahmed Tinubu, qui s'était entretenu la semaine dernière avec le président sénégalais Macky Sall, doit réunir les chefs d'État de la région le mois prochain, selon un conseiller de la présidence.

Au Nigeria, l'insécurité ne faiblit pas : dans l'État du Niger, au centre-ouest du pays, des hommes armés ont enlevé samedi soir une trentaine de villageois à Kuchi, a indiqué le porte-parole de la police de l'État, Wasiu Abiodun.

Cette rupture parachève l'éloignement des trois pays de l'ancienne puissance coloniale. Le président français Emmanuel Macron avait annoncé en septembre le départ des 1 500 soldats français du Niger, achevé le 22 déc., tandis que Moscou multiplie les accords de défense avec Bamako et Ouagadougou.

MALI : LA JUNTE MET FIN À L'ACCORD DE PAIX D'ALGER""",
    boilerplate=[
        "► À lire également : Au Burkina Faso, deux radios étrangères suspendues pour « propagande »",
        "MALI : LA JUNTE MET FIN À L'ACCORD DE PAIX D'ALGER",
    ],
    quotes=[
        # NOTE: the speaker is the three regimes together, never named as one entity: the description is used.
        ("sans délai", "direct", "les régimes militaires du Mali, du Burkina Faso et du Niger"),
        ("instrumentalisée par des puissances étrangères", "direct",
         "les régimes militaires du Mali, du Burkina Faso et du Niger"),
        # nominal cue "Dans un communiqué conjoint ..."
        ("illégales, illégitimes et inhumaines", "direct", "Amadou Abdramane"),
        # wrong-way closing mark « ... «
        ("Nous sommes des pays souverains et nous le resterons", "direct", "Ali Mahamane Lamine Zeine"),
        ("elle n'avait « reçu aucune notification formelle » et restait « disposée à trouver une solution négociée »",
         "mixed", "Communauté économique des États de l'Afrique de l'Ouest"),
        ("Le président nigérian Bola Ahmed Tinubu, qui s'était entretenu la semaine dernière avec le président sénégalais Macky Sall, doit réunir les chefs d'État de la région le mois prochain",
         "indirect", "un conseiller de la présidence"),
        ("dans l'État du Niger, au centre-ouest du pays, des hommes armés ont enlevé samedi soir une trentaine de villageois à Kuchi",
         "indirect", "Wasiu Abiodun"),
    ],
    not_quotes=[],
    times=[
        ("dimanche", "DATE", "2024-01-28"),
        # NOTE: damaged date: the day number is stranded after "juillet dernier" (= 26 July 2023).
        ("juillet dernier 26", "DATE", "2023-07-26"),
        ("Deux jours plus tard", "DATE", "2023-07-28"),
        ("lundi", "DATE", "2024-01-29"),
        ("la semaine dernière", "DATE", "2024-W04"),
        ("le mois prochain", "DATE", "2024-02"),
        ("samedi soir", "TIME", "2024-01-27TEV"),
        ("septembre", "DATE", "2023-09"),
        ("le 22 déc.", "DATE", "2023-12-22"),
    ],
    entities=[
        ("L:niamey", "LOC", ["NIAMEY", "Niamey"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("L:mali", "LOC", ["Mali"], []),
        ("L:burkina_faso", "LOC", ["Burkina Faso"], []),
        ("L:niger", "LOC", ["Niger"], ["nigérienne", "nigérien"]),
        ("O:ecowas", "ORG", ["Communauté économique des États de l'Afrique de l'Ouest", "Cédéao"], []),
        ("P:amadou_abdramane", "PER", ["Amadou Abdramane"], []),
        ("P:tiani", "PER", ["Abdourahamane Tiani"], []),
        ("P:lamine_zeine", "PER", ["Ali Mahamane Lamine Zeine"], []),
        ("L:abuja", "LOC", ["Abuja"], []),
        ("L:nigeria", "LOC", ["Nigeria"], ["nigérian"]),
        ("P:tinubu", "PER", ["Bola Ahmed Tinubu"], []),
        ("L:senegal", "LOC", [], ["sénégalais"]),
        ("P:macky_sall", "PER", ["Macky Sall"], []),
        # NOTE: "État du Niger" (a state of Nigeria) is a different place from the country L:niger.
        ("L:niger_state", "LOC", ["État du Niger"], []),
        ("L:kuchi", "LOC", ["Kuchi"], []),
        ("P:wasiu_abiodun", "PER", ["Wasiu Abiodun"], []),
        ("L:france", "LOC", [], ["français"]),
        ("P:macron", "PER", ["Emmanuel Macron"], []),
        ("L:moscow", "LOC", ["Moscou"], []),
        ("L:bamako", "LOC", ["Bamako"], []),
        ("L:ouagadougou", "LOC", ["Ouagadougou"], []),
    ],
    roles=[
        # NOTE: "colonel" is a rank, not a role. "porte-parole du régime de Niamey": of = the metonymic
        # capital, with the city's id (README convention for metonymic capitals).
        ("P:amadou_abdramane", "porte-parole", "L:niamey"),
        # NOTE: "général" is a rank; "chef de la junte" (a function) is a role, of Niger by context.
        ("P:tiani", "chef de la junte", "L:niger"),
        ("P:lamine_zeine", "Premier ministre", "L:niger"),
        ("P:tinubu", "président", "L:nigeria"),
        ("P:macky_sall", "président", "L:senegal"),
        ("P:wasiu_abiodun", "porte-parole de la police", "L:niger_state"),
        ("P:macron", "président", "L:france"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f09 - wire dispatch: Kenyan police land in Haiti
A(
    id="f09",
    published="2024-06-26",
    title="Haïti : les premiers policiers kényans sont arrivés à Port-au-Prince",
    text="""Mis à jour le 26/06/2024 à 07:58

PORT-AU-PRINCE, 26 juin (AFP) – Quelque 400 policiers kényans, premier contingent de la Mission multinationale d'appui à la sécurité (MMAS) autorisée par les Nations unies, ont atterri hier en fin de matinée à l'aéroport international Toussaint-Louverture, resté fermé près de trois mois à cause des gangs.

“Vous n'êtes pas seuls, nous sommes venus pour rester jusqu'à ce que le travail soit fait », a lancé sur le tarmac leur commandant, Godfrey Otunge, accueilli par le Premier ministre Garry Conille. Ce dernier a promis que la police haïtienne, épaulée par les Kényans, allait « reprendre le pays quartier par quartier ».

Lundi, à Nairobi, le président kényan William Ruto avait salué une « mission pour l'humanité », malgré une décision de justice contestant le déploiement. La coalition de gangs « Viv Ansanm » a lancé ses attaques coordonnées le févr. 29. Les gangs contrôlent aujourd'hui environ 80 % de la capitale, selon l'ONU.

CUBA : LA HAVANE FACE À DES COUPURES D'ÉLECTRICITÉ RECORD

Leur chef le plus connu, l'ancien policier Jimmy Chérizier, dit « Barbecue », a prévenu dans une vidéo qu'il combattrait « toute force d'occupation ». Dans le pays de Toussaint Louverture, première république noire, indépendante de la France depuis 1804, la présence de troupes étrangères réveille de mauvais souvenirs.

Le président du Conseil présidentiel de transition, Edgard Leblanc Fils, doit réunir en fin de semaine les ministres concernés. Pour l'Organisation mondiale de la santé, le retour du choléra dans les camps de déplacés est « une bombe à retardement ».""",
    boilerplate=[
        "Mis à jour le 26/06/2024 à 07:58",
        "CUBA : LA HAVANE FACE À DES COUPURES D'ÉLECTRICITÉ RECORD",
    ],
    quotes=[
        # mismatched marks “ ... »
        ("Vous n'êtes pas seuls, nous sommes venus pour rester jusqu'à ce que le travail soit fait", "direct",
         "Godfrey Otunge"),
        ("la police haïtienne, épaulée par les Kényans, allait « reprendre le pays quartier par quartier »", "mixed",
         "Garry Conille"),
        ("mission pour l'humanité", "direct", "William Ruto"),
        ("Les gangs contrôlent aujourd'hui environ 80 % de la capitale", "indirect", "Nations unies"),
        ("il combattrait « toute force d'occupation »", "mixed", "Jimmy Chérizier"),
        ("le retour du choléra dans les camps de déplacés est « une bombe à retardement »", "mixed",
         "Organisation mondiale de la santé"),
    ],
    # name of a gang coalition; a nickname
    not_quotes=["Viv Ansanm", "Barbecue"],
    times=[
        ("26 juin", "DATE", "2024-06-26"),
        # NOTE: "hier en fin de matinée" is one TIME (yesterday, late morning -> TMO).
        ("hier en fin de matinée", "TIME", "2024-06-25TMO"),
        ("trois mois", "DURATION", "P3M"),
        ("Lundi", "DATE", "2024-06-24"),
        ("le févr. 29", "DATE", "2024-02-29"),
        ("aujourd'hui", "DATE", "2024-06-26"),
        ("1804", "DATE", "1804"),
        # NOTE: "en fin de semaine" -> "fin de semaine", the current ISO week.
        ("fin de semaine", "DATE", "2024-W26"),
    ],
    entities=[
        ("L:port_au_prince", "LOC", ["PORT-AU-PRINCE"], []),
        ("O:afp", "ORG", ["AFP"], []),
        ("L:kenya", "LOC", [], ["kényans", "Kényans", "kényan"]),
        ("O:mmas", "ORG", ["Mission multinationale d'appui à la sécurité", "MMAS"], []),
        ("O:un", "ORG", ["Nations unies", "ONU"], []),
        ("L:toussaint_louverture_airport", "LOC", ["aéroport international Toussaint-Louverture"], []),
        ("P:godfrey_otunge", "PER", ["Godfrey Otunge"], []),
        ("P:garry_conille", "PER", ["Garry Conille"], []),
        ("L:haiti", "LOC", [], ["haïtienne"]),
        ("L:nairobi", "LOC", ["Nairobi"], []),
        ("P:william_ruto", "PER", ["William Ruto"], []),
        ("O:viv_ansanm", "ORG", ["Viv Ansanm"], []),
        ("P:jimmy_cherizier", "PER", ["Jimmy Chérizier", "Barbecue"], []),
        ("P:toussaint_louverture", "PER", ["Toussaint Louverture"], []),
        ("L:france", "LOC", ["France"], []),
        ("O:haiti_transition_council", "ORG", ["Conseil présidentiel de transition"], []),
        ("P:edgard_leblanc_fils", "PER", ["Edgard Leblanc Fils"], []),
        ("O:who", "ORG", ["Organisation mondiale de la santé"], []),
    ],
    roles=[
        # NOTE: "leur commandant" (of the Kenyan contingent): of = Kenya, implied by "policiers kényans".
        ("P:godfrey_otunge", "commandant", "L:kenya"),
        ("P:garry_conille", "Premier ministre", "L:haiti"),
        ("P:william_ruto", "président", "L:kenya"),
        ("P:jimmy_cherizier", "ancien policier", None),
        ("P:edgard_leblanc_fils", "président", "O:haiti_transition_council"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f10 - long-form with a live-blog header: COP30 leaders' summit in Belém
A(
    id="f10",
    published="2025-11-08",
    title="COP30 : à Belém, Lula veut faire payer la protection des forêts",
    text="""EN DIRECT | COP30 : suivez jour après jour le sommet de Belém

BELÉM (Brésil) – Dans la capitale du Pará, saturée de délégations, où des paquebots logent les négociateurs, le président brésilien Luiz Inacio Lula da Silva a ouvert jeudi le sommet des chefs d'État qui précède la COP30. « L'Amazonie n'est pas un décor. Le temps des promesses est terminé », a lancé Lula devant une soixantaine de dirigeants. Dehors, des militants autochtones scandaient « Notre forêt n'est pas à vendre ».

LULA EN CHEF D'ORCHESTRE

Le chef de l'État y a lancé le Fonds Forêts tropicales pour toujours (TFFF), destiné à rémunérer les pays qui protègent leurs forêts, avec l'ambition de lever 125 milliards de dollars d'ici 2035. La Norvège a promis 3 milliards sur dix ans ; la France du président Emmanuel Macron, jusqu'à 500 millions d'euros, « sous conditions », a précisé l'Élysée.

Absent, Donald Trump n'a envoyé aucune délégation américaine de haut niveau. « Chaque dixième de degré compte », a averti le secrétaire général des Nations unies, António Guterres, pour qui un dépassement temporaire de 1,5 °C est « désormais inévitable ».

La présidente de la Commission européenne, Ursula von der Leyen, a assuré que l'UE garderait « son cap » : une baisse de 90 % de ses émissions en 2040, objectif arraché mercredi à Bruxelles par les ministres de l'Environnement. Le ministre brésilien des Finances, Fernando Haddad, a rappelé que le fonds devait réunir 25 milliards de dollars publics « avant la fin de l'an prochain ».

Fondée en 1616 par des colons portugais, Belém est l'homonyme du quartier de Belém, à Lisbonne, d'où partaient les caravelles. Les négociations s'ouvriront lundi, le 11/10, pour deux semaines.

Cet article vous est offert. Pour soutenir notre journalisme climatique, abonnez-vous.""",
    boilerplate=[
        "EN DIRECT | COP30 : suivez jour après jour le sommet de Belém",
        "Cet article vous est offert. Pour soutenir notre journalisme climatique, abonnez-vous.",
    ],
    quotes=[
        ("L'Amazonie n'est pas un décor. Le temps des promesses est terminé", "direct", "Luiz Inacio Lula da Silva"),
        # NOTE: a fragment followed by a postposed reporting clause ("« ... », a précisé l'Élysée"): direct.
        ("sous conditions", "direct", "Élysée"),
        ("Chaque dixième de degré compte", "direct", "António Guterres"),
        # "pour qui" is read like "pour X,": mixed
        ("un dépassement temporaire de 1,5 °C est « désormais inévitable »", "mixed", "António Guterres"),
        # NOTE: the part after the colon is the journalist's gloss, not part of the quote.
        ("l'UE garderait « son cap »", "mixed", "Ursula von der Leyen"),
        ("le fonds devait réunir 25 milliards de dollars publics « avant la fin de l'an prochain »", "mixed",
         "Fernando Haddad"),
    ],
    # slogan chanted by protesters
    not_quotes=["Notre forêt n'est pas à vendre"],
    times=[
        ("jeudi", "DATE", "2025-11-06"),
        ("2035", "DATE", "2035"),
        ("dix ans", "DURATION", "P10Y"),
        ("2040", "DATE", "2040"),
        ("mercredi", "DATE", "2025-11-05"),
        ("la fin de l'an prochain", "DATE", "2026"),
        ("1616", "DATE", "1616"),
        ("lundi", "DATE", "2025-11-10"),
        # NOTE: "le 11/10" is a US-order date left by the translation; "lundi" and the COP calendar make it
        # 10 November, not 11 October.
        ("le 11/10", "DATE", "2025-11-10"),
        ("deux semaines", "DURATION", "P2W"),
    ],
    entities=[
        ("L:belem", "LOC", ["BELÉM", "Belém"], []),
        ("L:brazil", "LOC", ["Brésil"], ["brésilien"]),
        ("L:para", "LOC", ["Pará"], []),
        ("P:lula", "PER", ["Luiz Inacio Lula da Silva", "Lula", "LULA"], []),
        ("M:cop30", "MISC", ["COP30"], []),
        ("L:amazon", "LOC", ["Amazonie"], []),
        ("M:tfff", "MISC", ["Fonds Forêts tropicales pour toujours", "TFFF"], []),
        ("L:norway", "LOC", ["Norvège"], []),
        ("L:france", "LOC", ["France"], []),
        ("P:macron", "PER", ["Emmanuel Macron"], []),
        ("O:elysee", "ORG", ["Élysée"], []),
        ("P:donald_trump", "PER", ["Donald Trump"], []),
        ("L:usa", "LOC", [], ["américaine"]),
        ("O:un", "ORG", ["Nations unies"], []),
        ("P:guterres", "PER", ["António Guterres"], []),
        ("O:european_commission", "ORG", ["Commission européenne"], []),
        ("P:von_der_leyen", "PER", ["Ursula von der Leyen"], []),
        ("O:eu", "ORG", ["UE"], []),
        ("L:brussels", "LOC", ["Bruxelles"], []),
        ("P:haddad", "PER", ["Fernando Haddad"], []),
        # NOTE: "quartier de Belém, à Lisbonne" is the Lisbon district, a different place from the city.
        ("L:belem_lisbon", "LOC", ["Belém"], []),
        ("L:lisbon", "LOC", ["Lisbonne"], []),
        ("L:portugal", "LOC", [], ["portugais"]),
    ],
    roles=[
        ("P:lula", "président", "L:brazil"),
        # NOTE: "la France du président Emmanuel Macron": title before the name, of = France.
        ("P:macron", "président", "L:france"),
        ("P:guterres", "secrétaire général", "O:un"),
        ("P:von_der_leyen", "présidente", "O:european_commission"),
        ("P:haddad", "ministre des Finances", "L:brazil"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f11 - science story: FLASH radiotherapy at the Institut Curie
A(
    id="f11",
    published="2021-10-17",
    title="Cancer : la radiothérapie « flash » franchit une étape à l'Institut Curie",
    text="""Accueil › Sciences › Médecine

ORSAY (Essonne) – Une dose de rayons délivrée quasi instantanément, au lieu de plusieurs minutes : c'est le principe de la radiothérapie « flash », que l'Institut Curie vient de tester sur des patients atteints de tumeurs de la peau. Les premiers résultats, présentés mardi à Paris, sont « très encourageants », selon l'équipe.

« Nous avons obtenu le même contrôle de la tumeur avec beaucoup moins de brûlures sur la peau saine, explique le Dr Claire Vasseur, 47 ans, radiothérapeute et coordinatrice de l'essai. Sur les 24 patients suivis pendant six mois, aucun n'a présenté d'effet secondaire grave.

« Mais il faut rester modeste : ce n'est qu'une première étape, et les tumeurs profondes posent d'autres problèmes. »

L'idée est née à Orsay il y a une dizaine d'années, dans les laboratoires de l'institut fondé en 1909 autour de la physicienne Marie Curie, deux fois lauréate du prix Nobel, la première fois en 1903 avec son mari Pierre Curie. Chaque année, l'établissement soigne plus de 13 000 patients.

ESPACE : LA SONDE LUCY S'ENVOLE VERS LES ASTÉROÏDES TROYENS

À Heidelberg, le physicien allemand Jonas Weber, du Centre allemand de recherche sur le cancer (DKFZ), salue „une avancée réelle“ tout en jugeant „prématuré“ de parler de révolution. Selon l'Organisation mondiale de la santé, le cancer a causé près de 10 millions de décès dans le monde en 2020.

Un second essai, sur des tumeurs du cerveau, doit débuter au printemps prochain. La ministre de l'Enseignement supérieur et de la Recherche, Frédérique Vidal, a annoncé jeudi 12 millions d'euros sur trois ans pour la recherche sur le cancer en France.

Réagir (12) · Partager""",
    boilerplate=[
        "Accueil › Sciences › Médecine",
        "ESPACE : LA SONDE LUCY S'ENVOLE VERS LES ASTÉROÏDES TROYENS",
        "Réagir (12) · Partager",
    ],
    quotes=[
        # NOTE: "l'équipe" (the trial team) is never named: the description is the speaker.
        ("Les premiers résultats, présentés mardi à Paris, sont « très encourageants »", "mixed", "l'équipe"),
        # incise inside the marks, then the quote continues over a paragraph break and is reopened with «
        ("Nous avons obtenu le même contrôle de la tumeur avec beaucoup moins de brûlures sur la peau saine", "direct",
         "Claire Vasseur"),
        ("Sur les 24 patients suivis pendant six mois, aucun n'a présenté d'effet secondaire grave.\n\n« Mais il faut rester modeste : ce n'est qu'une première étape, et les tumeurs profondes posent d'autres problèmes.",
         "direct", "Claire Vasseur"),
        # „ “ marks
        ("une avancée réelle", "direct", "Jonas Weber"),
        ("prématuré", "direct", "Jonas Weber"),
        ("le cancer a causé près de 10 millions de décès dans le monde en 2020", "indirect",
         "Organisation mondiale de la santé"),
    ],
    # technical term in the journalist's voice
    not_quotes=["flash"],
    times=[
        ("plusieurs minutes", "DURATION", "PTXM"),
        ("mardi", "DATE", "2021-10-12"),
        ("47 ans", "DURATION", "P47Y"),
        ("six mois", "DURATION", "P6M"),
        # NOTE: "il y a une dizaine d'années" (about ten years ago) -> the approximate year 2011, not the decade.
        ("il y a une dizaine d'années", "DATE", "2011"),
        ("1909", "DATE", "1909"),
        ("1903", "DATE", "1903"),
        ("Chaque année", "SET", "P1Y"),
        ("2020", "DATE", "2020"),
        ("printemps prochain", "DATE", "2022-SP"),
        ("jeudi", "DATE", "2021-10-14"),
        ("trois ans", "DURATION", "P3Y"),
    ],
    entities=[
        ("L:orsay", "LOC", ["ORSAY", "Orsay"], []),
        ("L:essonne", "LOC", ["Essonne"], []),
        ("O:institut_curie", "ORG", ["Institut Curie"], []),
        ("L:paris", "LOC", ["Paris"], []),
        ("P:claire_vasseur", "PER", ["Claire Vasseur"], []),
        ("P:marie_curie", "PER", ["Marie Curie"], []),
        ("M:nobel_prize", "MISC", ["prix Nobel"], []),
        ("P:pierre_curie", "PER", ["Pierre Curie"], []),
        ("L:heidelberg", "LOC", ["Heidelberg"], []),
        ("L:germany", "LOC", [], ["allemand"]),
        ("P:jonas_weber_dkfz", "PER", ["Jonas Weber"], []),
        ("O:dkfz", "ORG", ["Centre allemand de recherche sur le cancer", "DKFZ"], []),
        ("O:who", "ORG", ["Organisation mondiale de la santé"], []),
        ("P:frederique_vidal", "PER", ["Frédérique Vidal"], []),
        ("L:france", "LOC", ["France"], []),
    ],
    roles=[
        # NOTE: "Dr" is an honorific. Occupations without a complement get of = None even when the
        # employer is plausible (the text never says she works at the Institut Curie).
        ("P:claire_vasseur", "radiothérapeute", None),
        ("P:claire_vasseur", "coordinatrice de l'essai", None),
        ("P:marie_curie", "physicienne", None),
        ("P:jonas_weber_dkfz", "physicien", "O:dkfz"),
        ("P:frederique_vidal", "ministre de l'Enseignement supérieur et de la Recherche", "L:france"),
    ],
)


# ---------------------------------------------------------------------------------------------------
# f12 - sports page: last stage of the Tour de France 2024 in Nice
A(
    id="f12",
    published="2024-07-22",
    title="Tour de France : Pogacar, le sacre à Nice",
    text="""Par Julien Morel, envoyé spécial à Nice · Publié le 22/07/2024 à 06h30

NICE – Il ne s'est même pas contenté de gagner. Dimanche, pour la première arrivée du Tour de France hors de Paris depuis sa création en 1903, le Slovène Tadej Pogačar a remporté le contre-la-montre entre Monaco et Nice, sa sixième victoire d'étape, et s'est offert un troisième maillot jaune avec plus de six minutes d'avance sur le Danois Jonas Vingegaard, vainqueur l'an dernier.

« Gagner le Giro et le Tour la même année, c'était un rêve d'enfant, a-t-il soufflé, les yeux rougis. Maintenant, je veux juste rentrer à la maison et dormir une semaine.

À 25 ans, le coureur d'UAE Team Emirates réussit le premier doublé Giro-Tour depuis l'Italien Marco Pantani en 1998. « On n'a jamais vu un tel niveau », a résumé Mauro Gianetti, le patron de l'équipe émiratie. Pour le directeur du Tour, Christian Prudhomme, POGACAR est « le coureur le plus complet de sa génération, peut-être de l'histoire ». Le Premier ministre slovène, Robert Golob, a salué sur X « un héros national ».

VIDÉO – Revivez le chrono final en 3 minutes

Vingegaard, revenu d'une lourde chute au Tour du Pays basque en avril, s'est dit « fier » de sa deuxième place. Troisième, le Belge Remco Evenepoel a promis de revenir « pour gagner » l'an prochain, mais il pense déjà aux Jeux olympiques de Paris, l'autre rendez-vous de cet été, dont le contre-la-montre aura lieu samedi.

« Nice n'oubliera pas cette journée », a assuré à Nice-Matin le maire de la ville, Christian Estrosi. « Nous sommes prêts à accueillir de nouveau le Grand Départ. »""",
    boilerplate=[
        "Par Julien Morel, envoyé spécial à Nice · Publié le 22/07/2024 à 06h30",
        "VIDÉO – Revivez le chrono final en 3 minutes",
    ],
    quotes=[
        ("Gagner le Giro et le Tour la même année, c'était un rêve d'enfant", "direct", "Tadej Pogačar"),
        # unclosed quote: runs to the end of its paragraph
        ("Maintenant, je veux juste rentrer à la maison et dormir une semaine.", "direct", "Tadej Pogačar"),
        ("On n'a jamais vu un tel niveau", "direct", "Mauro Gianetti"),
        ("POGACAR est « le coureur le plus complet de sa génération, peut-être de l'histoire »", "mixed",
         "Christian Prudhomme"),
        ("un héros national", "direct", "Robert Golob"),
        ("fier", "direct", "Jonas Vingegaard"),
        ("pour gagner", "direct", "Remco Evenepoel"),
        ("Nice n'oubliera pas cette journée", "direct", "Christian Estrosi"),
        # no cue: follows the previous speaker
        # NOTE: "le Grand Départ" is the generic name of the Tour's opening stages, no edition named: no entity.
        ("Nous sommes prêts à accueillir de nouveau le Grand Départ.", "direct", "Christian Estrosi"),
    ],
    not_quotes=[],
    times=[
        ("Dimanche", "DATE", "2024-07-21"),
        ("1903", "DATE", "1903"),
        ("six minutes", "DURATION", "PT6M"),
        ("l'an dernier", "DATE", "2023"),
        ("la même année", "DATE", "2024"),
        ("Maintenant", "DATE", "PRESENT_REF"),
        ("une semaine", "DURATION", "P1W"),
        ("25 ans", "DURATION", "P25Y"),
        ("1998", "DATE", "1998"),
        ("avril", "DATE", "2024-04"),
        ("l'an prochain", "DATE", "2025"),
        ("cet été", "DATE", "2024-SU"),
        ("samedi", "DATE", "2024-07-27"),
        # NOTE: inside Estrosi's quote, "cette journée" is the day of the final stage (Sunday).
        ("cette journée", "DATE", "2024-07-21"),
    ],
    entities=[
        ("L:nice", "LOC", ["NICE", "Nice"], []),
        ("M:tour_de_france", "MISC", ["Tour de France", "Tour"], []),
        ("L:paris", "LOC", ["Paris"], []),
        ("L:slovenia", "LOC", [], ["Slovène", "slovène"]),
        # NOTE: ALL-CAPS surname without the diacritic, left by the source's house style.
        ("P:pogacar", "PER", ["Tadej Pogačar", "POGACAR"], []),
        ("L:monaco", "LOC", ["Monaco"], []),
        ("L:denmark", "LOC", [], ["Danois"]),
        ("P:vingegaard", "PER", ["Jonas Vingegaard", "Vingegaard"], []),
        ("M:giro", "MISC", ["Giro"], []),
        ("O:uae_team_emirates", "ORG", ["UAE Team Emirates"], []),
        ("L:italy", "LOC", [], ["Italien"]),
        ("P:pantani", "PER", ["Marco Pantani"], []),
        ("P:mauro_gianetti", "PER", ["Mauro Gianetti"], []),
        ("L:uae", "LOC", [], ["émiratie"]),
        ("P:prudhomme", "PER", ["Christian Prudhomme"], []),
        ("P:robert_golob", "PER", ["Robert Golob"], []),
        ("O:x_twitter", "ORG", ["X"], []),
        ("M:itzulia", "MISC", ["Tour du Pays basque"], []),
        ("L:belgium", "LOC", [], ["Belge"]),
        ("P:evenepoel", "PER", ["Remco Evenepoel"], []),
        ("M:paris_2024", "MISC", ["Jeux olympiques de Paris"], []),
        ("O:nice_matin", "ORG", ["Nice-Matin"], []),
        ("P:estrosi", "PER", ["Christian Estrosi"], []),
    ],
    roles=[
        # NOTE: "le patron de l'équipe émiratie": the team is UAE Team Emirates, named in the sentence before.
        ("P:mauro_gianetti", "patron", "O:uae_team_emirates"),
        # NOTE: "directeur du Tour": of = the event (MISC), the only entity the complement names.
        ("P:prudhomme", "directeur", "M:tour_de_france"),
        ("P:robert_golob", "Premier ministre", "L:slovenia"),
        ("P:estrosi", "maire", "L:nice"),
    ],
)


SPEAKER_OVERRIDES = {}


# ---------------------------------------------------------------------------------------------------
# HARD NEGATIVES (pairs that must NOT be linked)
#  1. Two places, one name (city vs region): L:kharkiv (city) != L:kharkiv_oblast, "région de Kharkiv" (f01).
#  2. Two places, one surface form: L:sao_paulo (city) != L:sao_paulo_state, both "São Paulo" (f02).
#  3. Relatives: P:bolsonaro (Jair) != P:eduardo_bolsonaro, father and son; bare "Bolsonaro" = Jair (f02).
#  4. Relatives sharing a surname: P:lula ("Lula da Silva") != P:rosangela_da_silva ("Rosângela da Silva",
#     "Janja"), husband and wife (f02).
#  5. Person vs place: P:modi != L:narendra_modi_stadium, "stade Narendra-Modi" (f03); "Modi" also sits inside
#     the documentary title M:india_the_modi_question.
#  6. Relatives: P:rahul_gandhi != P:sonia_gandhi, son and mother (f03).
#  7. Same surname, different countries: P:wang_wenbin (China) != P:wang_ting_yu (Taiwan) (f04).
#  8. Relatives: P:kim_jong_un != P:kim_yo_jong, brother and sister (f05).
#  9. Same surname, different countries: P:kim_moon_soo (South Korea) != P:kim_jong_un (North Korea) (f05).
# 10. Same surname, same country, unrelated: P:kim_moon_soo != P:kim_yong_hyun (f05).
# 11. Same surname, same country, unrelated: P:yoon_suk_yeol ("Yoon") != P:yoon_kap_keun, his lawyer (f05).
# 12. Two places, one name: L:niger (the country) != L:niger_state, "État du Niger" in Nigeria (f08);
#     the demonyms "nigérien(ne)" (Niger) and "nigérian" (Nigeria) must not be swapped.
# 13. Person vs place: P:toussaint_louverture != L:toussaint_louverture_airport,
#     "aéroport international Toussaint-Louverture" (f09).
# 14. Two places, one surface form: L:belem (Brazilian city) != L:belem_lisbon (Lisbon district), both "Belém" (f10).
# 15. Relatives: P:marie_curie != P:pierre_curie, wife and husband (f11).
# 16. Person vs foundation: P:marie_curie (and P:pierre_curie) != O:institut_curie (f11).
# 17. Newspaper vs city: O:nice_matin ("Nice-Matin") != L:nice (f12).
# 18. Event vs city: M:paris_2024 ("Jeux olympiques de Paris") != L:paris (f12).
# Role distractors: "président" of O:haiti_transition_council (Edgard Leblanc Fils, f09) vs "président" of a
# country; two "ministre de la Santé" of different countries in f06 (L:usa, L:france).
