# Blind articles r01-r12 (written and annotated by hand, same conventions as README.md).
#
# Invented people: Aïgerim Saparova (r01), Rachel Martin (r02), Koffi Amenyo (r03),
#   Hery Rakotomalala (r04), Salma Haddad (r09), Hélène Darcourt, Nassima Belkacem (r10),
#   Thierry Gourvès, Nathalie Le Bihan, Julien Léon (r11), Mawuli Adzoyi (r12).
# Invented bodies: Steppe Analytics (r01), Harbour Economics (r02),
#   Institut jordanien d'études stratégiques (r09).
# Real people appear, but the events are partly invented and EVERY QUOTE IS INVENTED.
#
# NOTE: titles are given without their demonym; "ancien/ancienne", "vice-", "par intérim",
#   "sortant" are kept in the title.
# NOTE: "of" may point at a PER for "l'avocat de X" (r08 Yoon Gap-keun -> P:yoon_suk_yeol,
#   r10 Hélène Darcourt -> P:sansal), since the brief lists "l'avocat de Z" as a role.
# NOTE: r01 "Devenu en février chef de la diplomatie kazakhe, Yermek Kocherbaïev" -> role
#   (chef de la diplomatie, L:kazakhstan): title inside a fronted phrase.
# NOTE: r01 "l'ancien président Noursoultan Nazarbaïev": of = L:kazakhstan, implied by context.
# NOTE: r01 Kallas "haute représentante de l'UE pour les affaires étrangères" -> title
#   "haute représentante pour les affaires étrangères", of O:eu (the "de l'UE" is the of).
# NOTE: r02 Hilary Benn "secrétaire d'État pour l'Irlande du Nord": the portfolio stays in the
#   title and of = L:uk ("Côté britannique"), not L:northern_ireland.
# NOTE: r02 "sa vice-Première ministre Emma Little-Pengelly": "sa" refers to O'Neill, but the
#   post is that of Northern Ireland, so of = L:northern_ireland.
# NOTE: r02 Simon Harris has two roles; the second ("ministre des Affaires étrangères") is
#   introduced by "qui occupe également le poste de".
# NOTE: r03 "père de l'indépendance" style epithets and kinship ("son père") are not roles.
# NOTE: r04 "Le chef du gouvernement mauricien, qui a retrouvé le pouvoir ..., Navin Ramgoolam":
#   title separated from the name by a clause. "père de l'indépendance" (Seewoosagur) is not a role.
# NOTE: r05 Siim Kallas "ancien commissaire européen": title "ancien commissaire", of O:eu
#   ("européen" read as the EU's adjective, UE being annotated in the article).
# NOTE: r05 "Venu en voisin, son Premier ministre, Petteri Orpo": "son" = Stubb's -> L:finland.
# NOTE: r06 "(Rio de Janeiro)" after Cláudio Castro is the state, L:rio_de_janeiro_state;
#   "État de São Paulo" (L:sao_paulo_state) and "ville de São Paulo" (L:sao_paulo_city) differ.
# NOTE: r06 "le jeune gouverneur" (no name) gives no second role.
# NOTE: r07 "M. K. Stalin" is the name as written (the "M." is an initial, not an honorific).
# NOTE: r07 "Le dirigeant du DMK" is a coreferent description of Stalin away from the name: no role.
# NOTE: r07 "ministre en chef sortant" keeps "sortant" in the title.
# NOTE: r08 Han Duck-soo "qui assure l'intérim à la tête de l'État": no title string, so only
#   "Premier ministre" is annotated. "l'ancien président" inside "L'avocat de l'ancien président"
#   is not annotated as a role of Yoon (no name next to it).
# NOTE: r09 "son ministre Ahmed Attaf": title "ministre" (no portfolio), of L:algeria.
# NOTE: r09 "le chef de la diplomatie Ayman Safadi": of = L:jordan from context.
# NOTE: r10 "le président Abdelmadjid Tebboune": bare title, of = L:algeria from context.
# NOTE: r10 "au lendemain de la visite" = day of the reshuffle (dimanche 2025-09-14).
# NOTE: r10 "l'écrivain Boualem Sansal": occupation, of null.
# NOTE: r11 Nathalie Le Bihan "secrétaire de la CGT du CHBA": of = O:cgt (the local section is
#   not a separate entity). "lundi à 14 heures" -> two times (DATE lundi, TIME 14 heures).
# NOTE: r11 speaker "la direction" = the hospital's management -> O:chba (SPEAKER_OVERRIDES).
# NOTE: r11 Lappartient "président du conseil départemental du Morbihan" -> title "président",
#   of O:morbihan_council (Morbihan occurs alone only in the boilerplate).
# NOTE: r12 "nommé en mars à la tête de la Fédération kazakhe de cyclisme" -> title "président"
#   (the head of a federation), a soft call.
# NOTE: r12 "le sélectionneur Thomas Voeckler" and "son capitaine, Julian Alaphilippe": of =
#   L:france, from "Côté français" (no team is named).
# NOTE: vague "désormais" (r03) and "(trop) longtemps" (r02, r05, r09) are not annotated as times.
# NOTE: r12 "le Breton, également président du CNOSF": apposition to a description of Lappartient.
#
# Hard negatives (must NOT be linked):
#   P:kallas != P:siim_kallas (daughter/father, r05); P:navin_ramgoolam != P:seewoosagur_ramgoolam
#   != L:ssr_airport (r04); P:faure_gnassingbe != P:gnassingbe_eyadema != L:lome_airport (r03);
#   P:mk_stalin != P:joseph_stalin, P:revanth_reddy != P:jagan_reddy (r07); P:kim_moon_soo !=
#   P:kim_keon_hee != P:kim_jong_un, P:yoon_suk_yeol != P:yoon_gap_keun (r08); P:micheal_martin
#   (Ireland) != P:rachel_martin (UK) (r02); P:fuad_hussein (Iraq) != P:crown_prince_hussein
#   (Jordan) (r09); P:boumediene != L:algiers_airport (r10); L:sao_paulo_state != L:sao_paulo_city,
#   P:helder_barbalho != P:jader_barbalho (r06); P:marylise_leon != P:julien_leon (r11);
#   O:astana_team (r12) != L:astana (r01); P:nazarbayev != L:astana "Nour-Soultan" (r01);
#   O:dmp (r03) != O:dmk (r07).
ARTICLES = []


def A(**kw):
    ARTICLES.append(kw)


SPEAKER_OVERRIDES = {
    ("r11", "la direction"): "O:chba",
}


# ---------------------------------------------------------------- r01
A(id="r01", published="2025-04-16",
  title="Kazakhstan-Azerbaïdjan : Aliev et Tokaïev misent sur le « corridor médian »",
  text="""
ASTANA – Le président azerbaïdjanais Ilham Aliev a été reçu mardi à Astana par le président kazakh Kassym-Jomart Tokaïev, pour une visite d'État de deux jours consacrée au transport de marchandises à travers la mer Caspienne.

Les deux dirigeants ont signé une douzaine d'accords, dont un sur le développement du « corridor médian », la route commerciale qui relie la Chine à l'Europe en contournant la Russie. « Le Kazakhstan et l'Azerbaïdjan ne sont plus seulement voisins par la Caspienne, ils sont partenaires par le destin », a déclaré M. Tokaïev lors d'une conférence de presse commune.

LIRE AUSSI – Ouzbékistan : le prix du gaz augmente de 20 % au 1er mai

Le ministre azerbaïdjanais des Affaires étrangères, Djeyhoun Baïramov, a indiqué que le volume de fret entre les ports d'Aktaou et de Bakou devait doubler d'ici 2027. Devenu en février chef de la diplomatie kazakhe, Yermek Kocherbaïev a pour sa part évoqué « un tournant historique ».

Aliyev a aussi déposé une gerbe devant le monument de l'Indépendance, dans une capitale qui s'est appelée Nour-Soultan entre 2019 et 2022, en l'honneur de l'ancien président Noursoultan Nazarbaïev.

Pour Aïgerim Saparova, analyste au cabinet Steppe Analytics d'Almaty, les Européens « regardent enfin vers l'est ». La haute représentante de l'UE pour les affaires étrangères, Kaja Kallas, est attendue dans la région le mois prochain.

Suivez toute l'actualité internationale sur notre application

Publié le 16/04/2025 à 09h12
""",
  boilerplate=["LIRE AUSSI – Ouzbékistan : le prix du gaz augmente de 20 % au 1er mai",
               "Suivez toute l'actualité internationale sur notre application",
               "Publié le 16/04/2025 à 09h12"],
  quotes=[
      ("Le Kazakhstan et l'Azerbaïdjan ne sont plus seulement voisins par la Caspienne, ils sont partenaires par le destin", "direct", "Kassym-Jomart Tokaïev"),
      ("le volume de fret entre les ports d'Aktaou et de Bakou devait doubler d'ici 2027", "indirect", "Djeyhoun Baïramov"),
      ("un tournant historique", "direct", "Yermek Kocherbaïev"),
      ("les Européens « regardent enfin vers l'est »", "mixed", "Aïgerim Saparova"),
  ],
  not_quotes=["corridor médian"],
  times=[
      ("mardi", "DATE", "2025-04-15"),
      ("deux jours", "DURATION", "P2D"),
      ("2027", "DATE", "2027"),
      ("février", "DATE", "2025-02"),
      ("2019", "DATE", "2019"),
      ("2022", "DATE", "2022"),
      ("le mois prochain", "DATE", "2025-05"),
  ],
  entities=[
      ("L:astana", "LOC", ["ASTANA", "Astana", "Nour-Soultan"], []),
      ("L:azerbaijan", "LOC", ["Azerbaïdjan"], ["azerbaïdjanais"]),
      ("P:ilham_aliyev", "PER", ["Ilham Aliev", "Aliyev"], []),
      ("L:kazakhstan", "LOC", ["Kazakhstan"], ["kazakh", "kazakhe"]),
      ("P:tokayev", "PER", ["Kassym-Jomart Tokaïev", "Tokaïev"], []),
      ("L:caspian_sea", "LOC", ["mer Caspienne", "Caspienne"], []),
      ("L:china", "LOC", ["Chine"], []),
      ("L:europe", "LOC", ["Europe"], []),
      ("L:russia", "LOC", ["Russie"], []),
      ("P:bayramov", "PER", ["Djeyhoun Baïramov"], []),
      ("L:aktau", "LOC", ["Aktaou"], []),
      ("L:baku", "LOC", ["Bakou"], []),
      ("P:kosherbayev", "PER", ["Yermek Kocherbaïev"], []),
      ("L:astana_independence_monument", "LOC", ["monument de l'Indépendance"], []),
      ("P:nazarbayev", "PER", ["Noursoultan Nazarbaïev"], []),
      ("P:aigerim_saparova", "PER", ["Aïgerim Saparova"], []),
      ("O:steppe_analytics", "ORG", ["Steppe Analytics"], []),
      ("L:almaty", "LOC", ["Almaty"], []),
      ("O:eu", "ORG", ["UE"], []),
      ("P:kallas", "PER", ["Kaja Kallas"], []),
  ],
  roles=[
      ("P:ilham_aliyev", "président", "L:azerbaijan"),
      ("P:tokayev", "président", "L:kazakhstan"),
      ("P:bayramov", "ministre des Affaires étrangères", "L:azerbaijan"),
      ("P:kosherbayev", "chef de la diplomatie", "L:kazakhstan"),
      ("P:nazarbayev", "ancien président", "L:kazakhstan"),
      ("P:aigerim_saparova", "analyste", "O:steppe_analytics"),
      ("P:kallas", "haute représentante pour les affaires étrangères", "O:eu"),
  ])


# ---------------------------------------------------------------- r02
A(id="r02", published="2025-03-04",
  title="Londres et Dublin promettent une « nouvelle ère » après le sommet de Liverpool",
  text="""
Le Premier ministre britannique Keir Starmer et le Taoiseach Micheál Martin se sont retrouvés lundi à Liverpool pour le premier sommet entre les deux pays, censé tourner la page de dix années de méfiance nées du Brexit.

« Nous avons trop longtemps laissé la politique nous diviser. Aujourd'hui, nous parlons d'énergie, de sécurité et de nos jeunes », a affirmé M. Martin à la sortie du déjeuner.

PARTAGER SUR X

Le vice-Premier ministre irlandais, Simon Harris, qui occupe également le poste de ministre des Affaires étrangères, a annoncé qu'un accord sur la mobilité des étudiants serait signé avant l'été. Côté britannique, le secrétaire d'État pour l'Irlande du Nord Hilary Benn a assuré que le gouvernement « ne laisserait aucune frontière réapparaître en mer d'Irlande ».

La Première ministre d'Irlande du Nord, Michelle O'Neill, et sa vice-Première ministre Emma Little-Pengelly ont été associées à une partie des discussions. Pour la présidente du Sinn Féin, Mary Lou McDonald, le sommet « ne remplace pas un débat sur la réunification ».

LIRE AUSSI | Pays de Galles : la sécheresse menace les réservoirs

Selon Rachel Martin, économiste du cabinet londonien Harbour Economics, les échanges entre les deux îles ont progressé de 6 % l'an dernier. Micheal Martin a invité Starmer à se rendre à Dublin en septembre.

Inscrivez-vous à notre newsletter Europe

Par la rédaction, avec AFP
""",
  boilerplate=["PARTAGER SUR X",
               "LIRE AUSSI | Pays de Galles : la sécheresse menace les réservoirs",
               "Inscrivez-vous à notre newsletter Europe",
               "Par la rédaction, avec AFP"],
  quotes=[
      ("Nous avons trop longtemps laissé la politique nous diviser. Aujourd'hui, nous parlons d'énergie, de sécurité et de nos jeunes", "direct", "Micheál Martin"),
      ("un accord sur la mobilité des étudiants serait signé avant l'été", "indirect", "Simon Harris"),
      ("le gouvernement « ne laisserait aucune frontière réapparaître en mer d'Irlande »", "mixed", "Hilary Benn"),
      ("le sommet « ne remplace pas un débat sur la réunification »", "mixed", "Mary Lou McDonald"),
      ("les échanges entre les deux îles ont progressé de 6 % l'an dernier", "indirect", "Rachel Martin"),
  ],
  not_quotes=[],
  times=[
      ("lundi", "DATE", "2025-03-03"),
      ("dix années", "DURATION", "P10Y"),
      ("Aujourd'hui", "DATE", "2025-03-03"),
      ("l'été", "DATE", "2025-SU"),
      ("l'an dernier", "DATE", "2024"),
      ("septembre", "DATE", "2025-09"),
  ],
  entities=[
      ("L:uk", "LOC", [], ["britannique"]),
      ("P:starmer", "PER", ["Keir Starmer", "Starmer"], []),
      ("P:micheal_martin", "PER", ["Micheál Martin", "Martin", "Micheal Martin"], []),
      ("L:liverpool", "LOC", ["Liverpool"], []),
      ("M:brexit", "MISC", ["Brexit"], []),
      ("L:ireland", "LOC", [], ["irlandais"]),
      ("P:simon_harris", "PER", ["Simon Harris"], []),
      ("L:northern_ireland", "LOC", ["Irlande du Nord"], []),
      ("P:hilary_benn", "PER", ["Hilary Benn"], []),
      ("L:irish_sea", "LOC", ["mer d'Irlande"], []),
      ("P:michelle_oneill", "PER", ["Michelle O'Neill"], []),
      ("P:little_pengelly", "PER", ["Emma Little-Pengelly"], []),
      ("O:sinn_fein", "ORG", ["Sinn Féin"], []),
      ("P:mary_lou_mcdonald", "PER", ["Mary Lou McDonald"], []),
      ("P:rachel_martin", "PER", ["Rachel Martin"], []),
      ("O:harbour_economics", "ORG", ["Harbour Economics"], []),
      ("L:dublin", "LOC", ["Dublin"], []),
  ],
  roles=[
      ("P:starmer", "Premier ministre", "L:uk"),
      ("P:micheal_martin", "Taoiseach", "L:ireland"),
      ("P:simon_harris", "vice-Premier ministre", "L:ireland"),
      ("P:simon_harris", "ministre des Affaires étrangères", "L:ireland"),
      ("P:hilary_benn", "secrétaire d'État pour l'Irlande du Nord", "L:uk"),
      ("P:michelle_oneill", "Première ministre", "L:northern_ireland"),
      ("P:little_pengelly", "vice-Première ministre", "L:northern_ireland"),
      ("P:mary_lou_mcdonald", "présidente", "O:sinn_fein"),
      ("P:rachel_martin", "économiste", "O:harbour_economics"),
  ])


# ---------------------------------------------------------------- r03
A(id="r03", published="2025-05-05",
  title="Togo : Ouattara à Lomé pour l'investiture de Faure Gnassingbé comme président du Conseil",
  text="""
LOMÉ – Le président ivoirien Alassane Ouattara est arrivé samedi soir à l'aéroport international Gnassingbé-Eyadéma de Lomé pour assister à la prestation de serment de Faure Gnassingbé, désormais président du Conseil des ministres du Togo en vertu de la nouvelle Constitution.

Cette réforme, adoptée en 2024, transforme le pays en régime parlementaire. Le nouveau président de la République, Jean-Lucien Savi de Tové, élu par le Parlement, n'a plus qu'un rôle honorifique. Faure Essozimna Gnassingbé, au pouvoir depuis 2005 après la mort de son père Gnassingbé Eyadéma, n'est soumis à aucune limite de mandat, dénonce l'opposition.

« La Côte d'Ivoire et le Togo sont deux poumons d'un même corps », a lancé ADO devant la presse, sans répondre aux questions sur sa propre candidature à la présidentielle d'octobre.

À LIRE AUSSI : CAN 2025 : LES ÉLÉPHANTS CONNAISSENT LEURS ADVERSAIRES

Le ministre ivoirien de l'Économie et des Finances Adama Coulibaly, qui faisait partie de la délégation, a indiqué que les échanges entre les deux pays avaient atteint 600 milliards de francs CFA. Brigitte Adjamagbo-Johnson, coordinatrice de la coalition d'opposition Dynamique pour la majorité du peuple (DMP), a qualifié la cérémonie de « coup d'État constitutionnel ».

L'avocat de la coalition, Me Koffi Amenyo, a précisé qu'un recours serait déposé devant la Cour de justice de la Cédéao.

Téléchargez gratuitement l'application Afrique Matin

Publié le 05 mai 2025 à 07h40 | Mis à jour à 10h02
""",
  boilerplate=["À LIRE AUSSI : CAN 2025 : LES ÉLÉPHANTS CONNAISSENT LEURS ADVERSAIRES",
               "Téléchargez gratuitement l'application Afrique Matin",
               "Publié le 05 mai 2025 à 07h40 | Mis à jour à 10h02"],
  quotes=[
      ("Faure Essozimna Gnassingbé, au pouvoir depuis 2005 après la mort de son père Gnassingbé Eyadéma, n'est soumis à aucune limite de mandat", "indirect", "l'opposition"),
      ("La Côte d'Ivoire et le Togo sont deux poumons d'un même corps", "direct", "Alassane Ouattara"),
      ("les échanges entre les deux pays avaient atteint 600 milliards de francs CFA", "indirect", "Adama Coulibaly"),
      ("coup d'État constitutionnel", "direct", "Brigitte Adjamagbo-Johnson"),
      ("un recours serait déposé devant la Cour de justice de la Cédéao", "indirect", "Koffi Amenyo"),
  ],
  not_quotes=[],
  times=[
      ("samedi soir", "TIME", "2025-05-03TEV"),
      ("2024", "DATE", "2024"),
      ("2005", "DATE", "2005"),
      ("octobre", "DATE", "2025-10"),
  ],
  entities=[
      ("L:lome", "LOC", ["LOMÉ", "Lomé"], []),
      ("L:cote_divoire", "LOC", ["Côte d'Ivoire"], ["ivoirien"]),
      ("P:ouattara", "PER", ["Alassane Ouattara", "ADO"], []),
      ("L:lome_airport", "LOC", ["aéroport international Gnassingbé-Eyadéma"], []),
      ("P:faure_gnassingbe", "PER", ["Faure Gnassingbé", "Faure Essozimna Gnassingbé"], []),
      ("L:togo", "LOC", ["Togo"], []),
      ("P:savi_de_tove", "PER", ["Jean-Lucien Savi de Tové"], []),
      ("O:togo_parliament", "ORG", ["Parlement"], []),
      ("P:gnassingbe_eyadema", "PER", ["Gnassingbé Eyadéma"], []),
      ("P:adama_coulibaly", "PER", ["Adama Coulibaly"], []),
      ("P:adjamagbo_johnson", "PER", ["Brigitte Adjamagbo-Johnson"], []),
      ("O:dmp", "ORG", ["Dynamique pour la majorité du peuple", "DMP"], []),
      ("P:koffi_amenyo", "PER", ["Koffi Amenyo"], []),
      ("O:ecowas_court", "ORG", ["Cour de justice de la Cédéao"], []),
  ],
  roles=[
      ("P:ouattara", "président", "L:cote_divoire"),
      ("P:faure_gnassingbe", "président du Conseil des ministres", "L:togo"),
      ("P:savi_de_tove", "président de la République", "L:togo"),
      ("P:adama_coulibaly", "ministre de l'Économie et des Finances", "L:cote_divoire"),
      ("P:adjamagbo_johnson", "coordinatrice", "O:dmp"),
      ("P:koffi_amenyo", "avocat", "O:dmp"),
  ])


# ---------------------------------------------------------------- r04
A(id="r04", published="2025-03-12",
  title="Maurice : Modi invité d'honneur de la fête nationale, Madagascar salue l'accord avec le FMI",
  text="""
PORT-LOUIS – Le Premier ministre indien Narendra Modi a atterri mardi à l'aéroport international Sir Seewoosagur Ramgoolam pour participer, ce mercredi, aux célébrations de la fête nationale mauricienne, dont il est l'invité d'honneur.

Le chef du gouvernement mauricien, qui a retrouvé le pouvoir en novembre après cinq ans dans l'opposition, Navin Ramgoolam, l'a accueilli au pied de la passerelle. Il est le fils de Seewoosagur Ramgoolam, père de l'indépendance de 1968, dont l'aéroport porte le nom.

« L'Inde n'est pas un partenaire parmi d'autres, c'est de la famille », a déclaré M. Ramgoolam. Selon le président de la République, Dharam Gokhool, une dizaine d'accords doivent être signés, notamment sur la surveillance maritime.

LIRE AUSSI : Réunion : alerte cyclonique levée à Saint-Denis

À Antananarivo, le président malgache Andry Rajoelina a salué un « signal de confiance » après l'accord conclu la semaine dernière avec le Fonds monétaire international. La directrice générale du FMI, Kristalina Gueorguieva, avait estimé en janvier que Madagascar « devait accélérer les réformes dans le secteur de l'électricité ».

Le Premier ministre malgache Christian Ntsay a été chargé de piloter ce chantier. Un économiste de la Banque mondiale à Antananarivo, Hery Rakotomalala, juge qu'il faudra « au moins trois ans » pour redresser la compagnie publique Jirama.

Recevez l'essentiel de l'actualité de l'océan Indien chaque matin
""",
  boilerplate=["LIRE AUSSI : Réunion : alerte cyclonique levée à Saint-Denis",
               "Recevez l'essentiel de l'actualité de l'océan Indien chaque matin"],
  quotes=[
      ("L'Inde n'est pas un partenaire parmi d'autres, c'est de la famille", "direct", "Navin Ramgoolam"),
      ("une dizaine d'accords doivent être signés, notamment sur la surveillance maritime", "indirect", "Dharam Gokhool"),
      ("signal de confiance", "direct", "Andry Rajoelina"),
      ("Madagascar « devait accélérer les réformes dans le secteur de l'électricité »", "mixed", "Kristalina Gueorguieva"),
      ("il faudra « au moins trois ans » pour redresser la compagnie publique Jirama", "mixed", "Hery Rakotomalala"),
  ],
  not_quotes=[],
  times=[
      ("mardi", "DATE", "2025-03-11"),
      ("ce mercredi", "DATE", "2025-03-12"),
      ("novembre", "DATE", "2024-11"),
      ("cinq ans", "DURATION", "P5Y"),
      ("1968", "DATE", "1968"),
      ("la semaine dernière", "DATE", "2025-W10"),
      ("janvier", "DATE", "2025-01"),
      ("trois ans", "DURATION", "P3Y"),
  ],
  entities=[
      ("L:port_louis", "LOC", ["PORT-LOUIS"], []),
      ("L:india", "LOC", ["Inde"], ["indien"]),
      ("P:modi", "PER", ["Narendra Modi"], []),
      ("L:ssr_airport", "LOC", ["aéroport international Sir Seewoosagur Ramgoolam"], []),
      ("L:mauritius", "LOC", [], ["mauricienne", "mauricien"]),
      ("P:navin_ramgoolam", "PER", ["Navin Ramgoolam", "Ramgoolam"], []),
      ("P:seewoosagur_ramgoolam", "PER", ["Seewoosagur Ramgoolam"], []),
      ("P:dharam_gokhool", "PER", ["Dharam Gokhool"], []),
      ("L:antananarivo", "LOC", ["Antananarivo"], []),
      ("L:madagascar", "LOC", ["Madagascar"], ["malgache"]),
      ("P:rajoelina", "PER", ["Andry Rajoelina"], []),
      ("O:imf", "ORG", ["Fonds monétaire international", "FMI"], []),
      ("P:georgieva", "PER", ["Kristalina Gueorguieva"], []),
      ("P:christian_ntsay", "PER", ["Christian Ntsay"], []),
      ("O:world_bank", "ORG", ["Banque mondiale"], []),
      ("P:hery_rakotomalala", "PER", ["Hery Rakotomalala"], []),
      ("O:jirama", "ORG", ["Jirama"], []),
  ],
  roles=[
      ("P:modi", "Premier ministre", "L:india"),
      ("P:navin_ramgoolam", "chef du gouvernement", "L:mauritius"),
      ("P:dharam_gokhool", "président de la République", "L:mauritius"),
      ("P:rajoelina", "président", "L:madagascar"),
      ("P:georgieva", "directrice générale", "O:imf"),
      ("P:christian_ntsay", "Premier ministre", "L:madagascar"),
      ("P:hery_rakotomalala", "économiste", "O:world_bank"),
  ])


# ---------------------------------------------------------------- r05
A(id="r05", published="2025-01-18",
  title="Câbles sous-marins : Finlandais et Estoniens veulent une Baltique sous surveillance",
  text="""
TALLINN – Les dirigeants des dix pays de la Force expéditionnaire conjointe (JEF), réunis jeudi à Tallinn, ont promis de mieux protéger les câbles sous-marins de la Baltique, trois semaines après l'avarie du câble électrique Estlink 2 entre la Finlande et l'Estonie.

« Nous ne laisserons pas la mer Baltique devenir un terrain de jeu pour la flotte fantôme », a lancé le Premier ministre estonien Kristen Michal, hôte du sommet. Le président finlandais Alexander Stubb a estimé que l'Otan devait « changer d'échelle » en mer.

PUBLICITÉ

Venu en voisin, son Premier ministre, Petteri Orpo, a annoncé que Helsinki financerait deux navires de surveillance supplémentaires d'ici 2026. Le chef du gouvernement britannique, Keir STARMER, a de son côté proposé de prolonger la mission de la Royal Navy jusqu'à l'été.

La cheffe de la diplomatie de l'UE, l'ancienne Première ministre estonienne Kaja Kallas, a participé au dîner de travail. Son père, Siim Kallas, lui-même ancien chef du gouvernement et ancien commissaire européen, a jugé dans un entretien à la radio ERR que « les Européens ont dormi trop longtemps ».

Lire aussi – Lettonie : Riga rouvre son musée de l'occupation

D'après Margus Tsahkna, ministre estonien des Affaires étrangères, les enquêteurs finlandais n'excluent pas une piste russe. L'ambassadeur russe à Tallinn a été convoqué vendredi.

Partager : Facebook · X · WhatsApp
""",
  boilerplate=["PUBLICITÉ",
               "Lire aussi – Lettonie : Riga rouvre son musée de l'occupation",
               "Partager : Facebook · X · WhatsApp"],
  quotes=[
      ("Nous ne laisserons pas la mer Baltique devenir un terrain de jeu pour la flotte fantôme", "direct", "Kristen Michal"),
      ("l'Otan devait « changer d'échelle » en mer", "mixed", "Alexander Stubb"),
      ("Helsinki financerait deux navires de surveillance supplémentaires d'ici 2026", "indirect", "Petteri Orpo"),
      ("« les Européens ont dormi trop longtemps »", "mixed", "Siim Kallas"),
      ("les enquêteurs finlandais n'excluent pas une piste russe", "indirect", "Margus Tsahkna"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2025-01-16"),
      ("trois semaines", "DURATION", "P3W"),
      ("2026", "DATE", "2026"),
      ("l'été", "DATE", "2025-SU"),
      ("vendredi", "DATE", "2025-01-17"),
  ],
  entities=[
      ("L:tallinn", "LOC", ["TALLINN", "Tallinn"], []),
      ("O:jef", "ORG", ["Force expéditionnaire conjointe", "JEF"], []),
      ("L:baltic_sea", "LOC", ["Baltique", "mer Baltique"], []),
      ("L:estlink_2", "LOC", ["Estlink 2"], []),
      ("L:finland", "LOC", ["Finlande"], ["finlandais"]),
      ("L:estonia", "LOC", ["Estonie"], ["estonien", "estonienne"]),
      ("P:kristen_michal", "PER", ["Kristen Michal"], []),
      ("P:stubb", "PER", ["Alexander Stubb"], []),
      ("O:nato", "ORG", ["Otan"], []),
      ("P:orpo", "PER", ["Petteri Orpo"], []),
      ("L:helsinki", "LOC", ["Helsinki"], []),
      ("L:uk", "LOC", [], ["britannique"]),
      ("P:starmer", "PER", ["Keir STARMER"], []),
      ("O:royal_navy", "ORG", ["Royal Navy"], []),
      ("O:eu", "ORG", ["UE"], []),
      ("P:kallas", "PER", ["Kaja Kallas"], []),
      ("P:siim_kallas", "PER", ["Siim Kallas"], []),
      ("O:err", "ORG", ["ERR"], []),
      ("P:tsahkna", "PER", ["Margus Tsahkna"], []),
      ("L:russia", "LOC", [], ["russe"]),
  ],
  roles=[
      ("P:kristen_michal", "Premier ministre", "L:estonia"),
      ("P:stubb", "président", "L:finland"),
      ("P:orpo", "Premier ministre", "L:finland"),
      ("P:starmer", "chef du gouvernement", "L:uk"),
      ("P:kallas", "cheffe de la diplomatie", "O:eu"),
      ("P:kallas", "ancienne Première ministre", "L:estonia"),
      ("P:siim_kallas", "ancien chef du gouvernement", "L:estonia"),
      ("P:siim_kallas", "ancien commissaire", "O:eu"),
      ("P:tsahkna", "ministre des Affaires étrangères", "L:estonia"),
  ])


# ---------------------------------------------------------------- r06
A(id="r06", published="2025-11-03",
  title="Brésil : à Belém, les gouverneurs divisés à l'approche de la COP30",
  text="""
BELÉM – À quelques jours de l'ouverture de la COP30, le gouverneur du Pará, Helder Barbalho, a fait visiter lundi aux journalistes le nouveau parc urbain construit sur les rives de la baie de Guajará. « Belém n'est pas une vitrine, c'est la preuve que l'Amazonie peut accueillir le monde », a-t-il assuré.

Fils du sénateur du Pará Jader Barbalho, le jeune gouverneur est souvent présenté comme un possible candidat à la vice-présidence en 2026. Le maire de Belém, Igor Normando, a reconnu que les travaux de voirie « ne seraient pas tous terminés » à temps.

LIRE AUSSI : Argentine : Milei remanie son gouvernement

Le président brésilien Luiz Inácio Lula da Silva doit accueillir jeudi une cinquantaine de chefs d'État, dont le président azerbaïdjanais Ilham Aliyev, dont le pays a accueilli la COP29. Lula a demandé aux gouverneurs de « parler d'une seule voix ».

Tous ne l'entendent pas ainsi. Tarcísio de Freitas, gouverneur de l'État de São Paulo et figure de la droite, devrait bouder l'événement et recevoir le même jour des investisseurs dans la ville de São Paulo. Les gouverneurs Jerônimo Rodrigues (Bahia) et Cláudio Castro (Rio de Janeiro) ont confirmé leur venue, selon le quotidien Folha de S.Paulo.

Cet article vous a plu ? Abonnez-vous à notre newsletter Amériques

Par notre correspondante à Belém, publié le 03/11/2025 à 18h05
""",
  boilerplate=["LIRE AUSSI : Argentine : Milei remanie son gouvernement",
               "Cet article vous a plu ? Abonnez-vous à notre newsletter Amériques",
               "Par notre correspondante à Belém, publié le 03/11/2025 à 18h05"],
  quotes=[
      ("Belém n'est pas une vitrine, c'est la preuve que l'Amazonie peut accueillir le monde", "direct", "Helder Barbalho"),
      ("les travaux de voirie « ne seraient pas tous terminés » à temps", "mixed", "Igor Normando"),
      ("parler d'une seule voix", "direct", "Luiz Inácio Lula da Silva"),
      ("Les gouverneurs Jerônimo Rodrigues (Bahia) et Cláudio Castro (Rio de Janeiro) ont confirmé leur venue", "indirect", "Folha de S.Paulo"),
  ],
  not_quotes=[],
  times=[
      ("quelques jours", "DURATION", "PXD"),
      ("lundi", "DATE", "2025-11-03"),
      ("2026", "DATE", "2026"),
      ("jeudi", "DATE", "2025-11-06"),
      ("le même jour", "DATE", "2025-11-06"),
  ],
  entities=[
      ("L:belem", "LOC", ["BELÉM", "Belém"], []),
      ("M:cop30", "MISC", ["COP30"], []),
      ("L:para", "LOC", ["Pará"], []),
      ("P:helder_barbalho", "PER", ["Helder Barbalho"], []),
      ("L:guajara_bay", "LOC", ["baie de Guajará"], []),
      ("L:amazon", "LOC", ["Amazonie"], []),
      ("P:jader_barbalho", "PER", ["Jader Barbalho"], []),
      ("P:igor_normando", "PER", ["Igor Normando"], []),
      ("L:brazil", "LOC", [], ["brésilien"]),
      ("P:lula", "PER", ["Luiz Inácio Lula da Silva", "Lula"], []),
      ("L:azerbaijan", "LOC", [], ["azerbaïdjanais"]),
      ("P:ilham_aliyev", "PER", ["Ilham Aliyev"], []),
      ("M:cop29", "MISC", ["COP29"], []),
      ("P:tarcisio_de_freitas", "PER", ["Tarcísio de Freitas"], []),
      ("L:sao_paulo_state", "LOC", ["État de São Paulo"], []),
      ("L:sao_paulo_city", "LOC", ["São Paulo"], []),
      ("P:jeronimo_rodrigues", "PER", ["Jerônimo Rodrigues"], []),
      ("L:bahia", "LOC", ["Bahia"], []),
      ("P:claudio_castro", "PER", ["Cláudio Castro"], []),
      ("L:rio_de_janeiro_state", "LOC", ["Rio de Janeiro"], []),
      ("O:folha_de_sao_paulo", "ORG", ["Folha de S.Paulo"], []),
  ],
  roles=[
      ("P:helder_barbalho", "gouverneur", "L:para"),
      ("P:jader_barbalho", "sénateur", "L:para"),
      ("P:igor_normando", "maire", "L:belem"),
      ("P:lula", "président", "L:brazil"),
      ("P:ilham_aliyev", "président", "L:azerbaijan"),
      ("P:tarcisio_de_freitas", "gouverneur", "L:sao_paulo_state"),
      ("P:jeronimo_rodrigues", "gouverneur", "L:bahia"),
      ("P:claudio_castro", "gouverneur", "L:rio_de_janeiro_state"),
  ])


# ---------------------------------------------------------------- r07
A(id="r07", published="2024-06-13",
  title="Inde : les États du Sud font payer à Modi sa majorité perdue",
  text="""
NEW DELHI – N. Chandrababu Naidu a prêté serment mercredi comme ministre en chef de l'Andhra Pradesh, à Amaravati, pour un quatrième mandat à la tête de cet État du sud de l'Inde, en présence du Premier ministre Narendra Modi.

Son parti, le Telugu Desam Party (TDP), est devenu un allié indispensable du BJP, qui a perdu sa majorité absolue à la Lok Sabha. « Nous ne sommes pas des faiseurs de rois, nous sommes des partenaires », a déclaré M. Naidu.

Le ministre en chef sortant Y. S. Jagan Mohan Reddy a reconnu sa défaite et promis une opposition « constructive ». Il ne faut pas le confondre avec son voisin Revanth Reddy, chef du gouvernement du Telangana depuis décembre, qui a assisté à la cérémonie.

Lire aussi : Mousson : le Kerala en alerte rouge

À Chennai, le ministre en chef du Tamil Nadu, M. K. Stalin, a estimé que les électeurs avaient « rappelé à Modi que l'Inde est une fédération ». Le dirigeant du DMK, dont le père, l'ancien ministre en chef Muthuvel Karunanidhi, lui a donné le prénom de Joseph Staline, mort quelques jours après sa naissance, a remporté les 39 sièges de son État.

Mamata Banerjee, la cheffe du gouvernement du Bengale-Occidental, a jugé quant à elle que le nouveau gouvernement était « faible et ne durera pas ».

Le président brésilien Luiz Inacio Lula da Silva a été parmi les premiers dirigeants étrangers à féliciter Narendra Damodardas Modi.

Téléchargez notre appli pour suivre l'Asie en direct
""",
  boilerplate=["Lire aussi : Mousson : le Kerala en alerte rouge",
               "Téléchargez notre appli pour suivre l'Asie en direct"],
  quotes=[
      ("Nous ne sommes pas des faiseurs de rois, nous sommes des partenaires", "direct", "N. Chandrababu Naidu"),
      ("constructive", "direct", "Y. S. Jagan Mohan Reddy"),
      ("les électeurs avaient « rappelé à Modi que l'Inde est une fédération »", "mixed", "M. K. Stalin"),
      ("le nouveau gouvernement était « faible et ne durera pas »", "mixed", "Mamata Banerjee"),
  ],
  not_quotes=[],
  times=[
      ("mercredi", "DATE", "2024-06-12"),
      ("décembre", "DATE", "2023-12"),
      ("quelques jours", "DURATION", "PXD"),
  ],
  entities=[
      ("L:new_delhi", "LOC", ["NEW DELHI"], []),
      ("P:chandrababu_naidu", "PER", ["N. Chandrababu Naidu", "Naidu"], []),
      ("L:andhra_pradesh", "LOC", ["Andhra Pradesh"], []),
      ("L:amaravati", "LOC", ["Amaravati"], []),
      ("L:india", "LOC", ["Inde"], []),
      ("P:modi", "PER", ["Narendra Modi", "Modi", "Narendra Damodardas Modi"], []),
      ("O:tdp", "ORG", ["Telugu Desam Party", "TDP"], []),
      ("O:bjp", "ORG", ["BJP"], []),
      ("O:lok_sabha", "ORG", ["Lok Sabha"], []),
      ("P:jagan_reddy", "PER", ["Y. S. Jagan Mohan Reddy"], []),
      ("P:revanth_reddy", "PER", ["Revanth Reddy"], []),
      ("L:telangana", "LOC", ["Telangana"], []),
      ("L:chennai", "LOC", ["Chennai"], []),
      ("L:tamil_nadu", "LOC", ["Tamil Nadu"], []),
      ("P:mk_stalin", "PER", ["M. K. Stalin"], []),
      ("O:dmk", "ORG", ["DMK"], []),
      ("P:karunanidhi", "PER", ["Muthuvel Karunanidhi"], []),
      ("P:joseph_stalin", "PER", ["Joseph Staline"], []),
      ("P:mamata_banerjee", "PER", ["Mamata Banerjee"], []),
      ("L:west_bengal", "LOC", ["Bengale-Occidental"], []),
      ("L:brazil", "LOC", [], ["brésilien"]),
      ("P:lula", "PER", ["Luiz Inacio Lula da Silva"], []),
  ],
  roles=[
      ("P:chandrababu_naidu", "ministre en chef", "L:andhra_pradesh"),
      ("P:modi", "Premier ministre", "L:india"),
      ("P:jagan_reddy", "ministre en chef sortant", "L:andhra_pradesh"),
      ("P:revanth_reddy", "chef du gouvernement", "L:telangana"),
      ("P:mk_stalin", "ministre en chef", "L:tamil_nadu"),
      ("P:karunanidhi", "ancien ministre en chef", "L:tamil_nadu"),
      ("P:mamata_banerjee", "cheffe du gouvernement", "L:west_bengal"),
      ("P:lula", "président", "L:brazil"),
  ])


# ---------------------------------------------------------------- r08
A(id="r08", published="2025-04-05",
  title="Corée du Sud : la Cour constitutionnelle confirme la destitution de Yoon",
  text="""
SÉOUL – La Cour constitutionnelle sud-coréenne a confirmé vendredi la destitution du président Yoon Suk Yeol, quatre mois après sa brève proclamation de la loi martiale. Les huit juges ont voté à l'unanimité.

« La décision est rendue au nom du peuple : le défendeur Yoon Suk-yeol est démis de ses fonctions », a lu le président par intérim de la Cour, Moon Hyung-bae, à 11h22.

CORÉE DU NORD : NOUVEL ESSAI DE MISSILE DE CROISIÈRE EN MER JAUNE

Le Premier ministre Han Duck-soo, qui assure l'intérim à la tête de l'État, a promis que l'élection présidentielle anticipée se tiendrait dans les 60 jours. Le chef du Parti démocrate, Lee Jae-myung, grand favori, a salué « la victoire des citoyens ». Au Parti du pouvoir au peuple (PPP), l'ancien ministre du Travail Kim Moon-soo, pressenti pour être candidat, a appelé au calme.

L'avocat de l'ancien président, Me Yoon Gap-keun, a dénoncé « une décision politique ». Sans lien de parenté avec son client, il défend aussi l'épouse de Yoon, Kim Keon-hee, visée par une enquête distincte.

À Pyongyang, l'agence officielle KCNA n'avait pas commenté samedi matin. Selon le ministère sud-coréen de l'Unification, le dirigeant nord-coréen Kim Jong-un « observe la situation en silence ».

Suivez-nous sur Instagram et TikTok
""",
  boilerplate=["CORÉE DU NORD : NOUVEL ESSAI DE MISSILE DE CROISIÈRE EN MER JAUNE",
               "Suivez-nous sur Instagram et TikTok"],
  quotes=[
      ("La décision est rendue au nom du peuple : le défendeur Yoon Suk-yeol est démis de ses fonctions", "direct", "Moon Hyung-bae"),
      ("l'élection présidentielle anticipée se tiendrait dans les 60 jours", "indirect", "Han Duck-soo"),
      ("la victoire des citoyens", "direct", "Lee Jae-myung"),
      ("une décision politique", "direct", "Yoon Gap-keun"),
      ("le dirigeant nord-coréen Kim Jong-un « observe la situation en silence »", "mixed", "le ministère sud-coréen de l'Unification"),
  ],
  not_quotes=[],
  times=[
      ("vendredi", "DATE", "2025-04-04"),
      ("quatre mois", "DURATION", "P4M"),
      ("11h22", "TIME", "2025-04-04T11:22"),
      ("les 60 jours", "DURATION", "P60D"),
      ("samedi matin", "TIME", "2025-04-05TMO"),
  ],
  entities=[
      ("L:seoul", "LOC", ["SÉOUL"], []),
      ("O:constitutional_court_korea", "ORG", ["Cour constitutionnelle", "Cour"], []),
      ("L:south_korea", "LOC", [], ["sud-coréenne", "sud-coréen"]),
      ("P:yoon_suk_yeol", "PER", ["Yoon Suk Yeol", "Yoon Suk-yeol", "Yoon"], []),
      ("P:moon_hyung_bae", "PER", ["Moon Hyung-bae"], []),
      ("P:han_duck_soo", "PER", ["Han Duck-soo"], []),
      ("O:democratic_party_korea", "ORG", ["Parti démocrate"], []),
      ("P:lee_jae_myung", "PER", ["Lee Jae-myung"], []),
      ("O:ppp", "ORG", ["Parti du pouvoir au peuple", "PPP"], []),
      ("P:kim_moon_soo", "PER", ["Kim Moon-soo"], []),
      ("P:yoon_gap_keun", "PER", ["Yoon Gap-keun"], []),
      ("P:kim_keon_hee", "PER", ["Kim Keon-hee"], []),
      ("L:pyongyang", "LOC", ["Pyongyang"], []),
      ("O:kcna", "ORG", ["KCNA"], []),
      ("L:north_korea", "LOC", [], ["nord-coréen"]),
      ("P:kim_jong_un", "PER", ["Kim Jong-un"], []),
  ],
  roles=[
      ("P:yoon_suk_yeol", "président", "L:south_korea"),
      ("P:moon_hyung_bae", "président par intérim", "O:constitutional_court_korea"),
      ("P:han_duck_soo", "Premier ministre", "L:south_korea"),
      ("P:lee_jae_myung", "chef", "O:democratic_party_korea"),
      ("P:kim_moon_soo", "ancien ministre du Travail", "L:south_korea"),
      ("P:yoon_gap_keun", "avocat", "P:yoon_suk_yeol"),
      ("P:kim_jong_un", "dirigeant", "L:north_korea"),
  ])


# ---------------------------------------------------------------- r09
A(id="r09", published="2025-05-18",
  title="Sommet arabe de Bagdad : la Jordanie et l'Irak relancent l'oléoduc Bassora-Aqaba",
  text="""
BAGDAD – Le roi Abdallah II de Jordanie a finalement renoncé à se rendre samedi au sommet de la Ligue arabe à Bagdad et s'y est fait représenter par son Premier ministre, Jafar Hassan, accompagné du chef de la diplomatie Ayman Safadi.

Le Premier ministre irakien Mohammed Chia al-Soudani, hôte de la réunion, a plaidé pour « un front arabe uni » face à la guerre à Gaza. « Bagdad a longtemps été un champ de bataille pour les autres. Aujourd'hui, elle redevient une capitale qui rassemble », a-t-il déclaré à l'ouverture.

LIRE AUSSI : Syrie : levée partielle des sanctions européennes

Son ministre des Affaires étrangères, Fouad Hussein, a annoncé que l'Irak et la Jordanie relanceraient le projet d'oléoduc entre Bassora et le port jordanien d'Aqaba, à l'arrêt depuis 2019. Il ne s'agit pas du prince héritier Hussein ben Abdallah, resté à Amman.

Le secrétaire général des Nations unies, António Guterres, et la haute représentante de l'Union européenne, Kaia Kallas, ont assisté à la séance inaugurale. Le président algérien Abdelmadjid Tebboune, représenté par son ministre Ahmed Attaf, a fait lire un message appelant à « la fin de l'impunité ».

Selon Salma Haddad, chercheuse à l'Institut jordanien d'études stratégiques, le sommet « a surtout servi à montrer que l'Irak est redevenu fréquentable ».

Publié le 18 mai 2025 à 08h30

Partager sur Facebook
""",
  boilerplate=["LIRE AUSSI : Syrie : levée partielle des sanctions européennes",
               "Publié le 18 mai 2025 à 08h30",
               "Partager sur Facebook"],
  quotes=[
      ("un front arabe uni", "direct", "Mohammed Chia al-Soudani"),
      ("Bagdad a longtemps été un champ de bataille pour les autres. Aujourd'hui, elle redevient une capitale qui rassemble", "direct", "Mohammed Chia al-Soudani"),
      ("l'Irak et la Jordanie relanceraient le projet d'oléoduc entre Bassora et le port jordanien d'Aqaba, à l'arrêt depuis 2019", "indirect", "Fouad Hussein"),
      ("la fin de l'impunité", "direct", "Abdelmadjid Tebboune"),
      ("le sommet « a surtout servi à montrer que l'Irak est redevenu fréquentable »", "mixed", "Salma Haddad"),
  ],
  not_quotes=[],
  times=[
      ("samedi", "DATE", "2025-05-17"),
      ("Aujourd'hui", "DATE", "2025-05-17"),
      ("2019", "DATE", "2019"),
  ],
  entities=[
      ("L:baghdad", "LOC", ["BAGDAD", "Bagdad"], []),
      ("P:abdullah_ii", "PER", ["Abdallah II"], []),
      ("L:jordan", "LOC", ["Jordanie"], ["jordanien"]),
      ("O:arab_league", "ORG", ["Ligue arabe"], []),
      ("P:jafar_hassan", "PER", ["Jafar Hassan"], []),
      ("P:safadi", "PER", ["Ayman Safadi"], []),
      ("L:iraq", "LOC", ["Irak"], ["irakien"]),
      ("P:al_sudani", "PER", ["Mohammed Chia al-Soudani"], []),
      ("L:gaza", "LOC", ["Gaza"], []),
      ("P:fuad_hussein", "PER", ["Fouad Hussein"], []),
      ("L:basra", "LOC", ["Bassora"], []),
      ("L:aqaba", "LOC", ["Aqaba"], []),
      ("P:crown_prince_hussein", "PER", ["Hussein ben Abdallah"], []),
      ("L:amman", "LOC", ["Amman"], []),
      ("O:un", "ORG", ["Nations unies"], []),
      ("P:guterres", "PER", ["António Guterres"], []),
      ("O:eu", "ORG", ["Union européenne"], []),
      ("P:kallas", "PER", ["Kaia Kallas"], []),
      ("L:algeria", "LOC", [], ["algérien"]),
      ("P:tebboune", "PER", ["Abdelmadjid Tebboune"], []),
      ("P:attaf", "PER", ["Ahmed Attaf"], []),
      ("P:salma_haddad", "PER", ["Salma Haddad"], []),
      ("O:jiss", "ORG", ["Institut jordanien d'études stratégiques"], []),
  ],
  roles=[
      ("P:abdullah_ii", "roi", "L:jordan"),
      ("P:jafar_hassan", "Premier ministre", "L:jordan"),
      ("P:safadi", "chef de la diplomatie", "L:jordan"),
      ("P:al_sudani", "Premier ministre", "L:iraq"),
      ("P:fuad_hussein", "ministre des Affaires étrangères", "L:iraq"),
      ("P:crown_prince_hussein", "prince héritier", "L:jordan"),
      ("P:guterres", "secrétaire général", "O:un"),
      ("P:kallas", "haute représentante", "O:eu"),
      ("P:tebboune", "président", "L:algeria"),
      ("P:attaf", "ministre", "L:algeria"),
      ("P:salma_haddad", "chercheuse", "O:jiss"),
  ])


# ---------------------------------------------------------------- r10
A(id="r10", published="2025-09-16",
  title="Algérie : Tebboune limoge son Premier ministre, Sifi Ghrieb assure l'intérim",
  text="""
ALGER – Le président Abdelmadjid Tebboune a mis fin dimanche aux fonctions du Premier ministre Nadir Larbaoui, a annoncé la présidence de la République dans un communiqué.

Le ministre de l'Industrie, Sifi Ghrieb, a été nommé Premier ministre par intérim. Cet ingénieur de formation, passé par le groupe public Sider El Hadjar, devra préparer la loi de finances 2026. « L'État attend des résultats, pas des discours », aurait déclaré TEBBOUNE lors de la passation, selon la télévision publique.

ALGÉRIE - FRANCE : LE DIALOGUE TOUJOURS AU POINT MORT

Ce remaniement intervient au lendemain de la visite à Alger du ministre jordanien des Affaires étrangères, Aymane Safadi, arrivé à l'aéroport Houari-Boumediene, qui porte le nom de l'ancien président Houari Boumediene. Reçu par le chef de l'État, il s'est ensuite entretenu avec son ministre des Affaires étrangères, Ahmed Attaf, qui a indiqué que les deux pays voulaient « doubler leurs échanges ».

Les relations entre l'Algérie et Paris restent glaciales. Le président français Emmanuel Macron a de nouveau demandé la libération de l'écrivain Boualem Sansal, condamné à cinq ans de prison. Pour Me Hélène Darcourt, l'avocate de M. Sansal, « chaque jour de détention est un jour de trop ».

Selon Nassima Belkacem, politologue à l'université d'Alger 3, le chef de l'État « veut reprendre la main avant l'hiver social ».

Recevez nos alertes sur l'Algérie

Par Karim T., le 15/09/2025 à 22h15
""",
  boilerplate=["ALGÉRIE - FRANCE : LE DIALOGUE TOUJOURS AU POINT MORT",
               "Recevez nos alertes sur l'Algérie",
               "Par Karim T., le 15/09/2025 à 22h15"],
  quotes=[
      ("Le président Abdelmadjid Tebboune a mis fin dimanche aux fonctions du Premier ministre Nadir Larbaoui", "indirect", "la présidence de la République"),
      ("L'État attend des résultats, pas des discours", "direct", "Abdelmadjid Tebboune"),
      ("les deux pays voulaient « doubler leurs échanges »", "mixed", "Ahmed Attaf"),
      ("« chaque jour de détention est un jour de trop »", "mixed", "Hélène Darcourt"),
      ("le chef de l'État « veut reprendre la main avant l'hiver social »", "mixed", "Nassima Belkacem"),
  ],
  not_quotes=[],
  times=[
      ("dimanche", "DATE", "2025-09-14"),
      ("2026", "DATE", "2026"),
      ("lendemain", "DATE", "2025-09-14"),
      ("cinq ans", "DURATION", "P5Y"),
      ("chaque jour", "SET", "P1D"),
      ("un jour", "DURATION", "P1D"),
      ("l'hiver", "DATE", "2025-WI"),
  ],
  entities=[
      ("L:algiers", "LOC", ["ALGER", "Alger"], []),
      ("P:tebboune", "PER", ["Abdelmadjid Tebboune", "TEBBOUNE"], []),
      ("P:larbaoui", "PER", ["Nadir Larbaoui"], []),
      ("O:algeria_presidency", "ORG", ["présidence de la République"], []),
      ("P:sifi_ghrieb", "PER", ["Sifi Ghrieb"], []),
      ("O:sider_el_hadjar", "ORG", ["Sider El Hadjar"], []),
      ("L:jordan", "LOC", [], ["jordanien"]),
      ("P:safadi", "PER", ["Aymane Safadi"], []),
      ("L:algiers_airport", "LOC", ["aéroport Houari-Boumediene"], []),
      ("P:boumediene", "PER", ["Houari Boumediene"], []),
      ("P:attaf", "PER", ["Ahmed Attaf"], []),
      ("L:algeria", "LOC", ["Algérie"], []),
      ("L:paris", "LOC", ["Paris"], []),
      ("L:france", "LOC", [], ["français"]),
      ("P:macron", "PER", ["Emmanuel Macron"], []),
      ("P:sansal", "PER", ["Boualem Sansal", "Sansal"], []),
      ("P:helene_darcourt", "PER", ["Hélène Darcourt"], []),
      ("P:nassima_belkacem", "PER", ["Nassima Belkacem"], []),
      ("O:univ_alger3", "ORG", ["université d'Alger 3"], []),
  ],
  roles=[
      ("P:tebboune", "président", "L:algeria"),
      ("P:larbaoui", "Premier ministre", "L:algeria"),
      ("P:sifi_ghrieb", "ministre de l'Industrie", "L:algeria"),
      ("P:sifi_ghrieb", "Premier ministre par intérim", "L:algeria"),
      ("P:safadi", "ministre des Affaires étrangères", "L:jordan"),
      ("P:boumediene", "ancien président", "L:algeria"),
      ("P:attaf", "ministre des Affaires étrangères", "L:algeria"),
      ("P:macron", "président", "L:france"),
      ("P:sansal", "écrivain", None),
      ("P:helene_darcourt", "avocate", "P:sansal"),
      ("P:nassima_belkacem", "politologue", "O:univ_alger3"),
  ])


# ---------------------------------------------------------------- r11
A(id="r11", published="2024-02-08",
  title="Vannes : les urgences du CHBA en « mode dégradé », les syndicats appellent à manifester",
  text="""
VANNES – Les urgences du centre hospitalier Bretagne Atlantique (CHBA) fonctionneront en « mode dégradé » jusqu'à dimanche, faute de médecins, a annoncé jeudi la direction.

Une intersyndicale CGT, SUD Santé et CFDT appelle à un rassemblement lundi à 14 heures devant l'hôpital Chubert. « On nous demande de trier les patients sur le parking. Ce n'est plus de l'hôpital, c'est de la survie », dénonce Nathalie Le Bihan, secrétaire de la CGT du CHBA.

LIRE AUSSI – Lorient : un chalutier saisi au large de Groix

Le directeur général de l'établissement, Thierry Gourvès, assure que douze postes de praticiens seront ouverts d'ici la fin de l'année. L'Université Bretagne Sud (UBS), dont la présidente, Virginie Dupont, siège au conseil de surveillance, propose d'accueillir des internes dès la rentrée.

Julien Léon, délégué SUD Santé, sans lien avec la patronne de la CFDT Marylise Léon, qui doit venir soutenir le mouvement, juge ces promesses « hors sol ».

Le président du conseil départemental du Morbihan, David Lappartient, également président de l'Union cycliste internationale, a débloqué une aide de 500 000 euros pour loger les soignants. Le maire de Vannes, David Robo, a dit « partager la colère ».

Abonnez-vous à Ouest Matin, la newsletter du Morbihan

Publié le 08/02/2024 à 18h40
""",
  boilerplate=["LIRE AUSSI – Lorient : un chalutier saisi au large de Groix",
               "Abonnez-vous à Ouest Matin, la newsletter du Morbihan",
               "Publié le 08/02/2024 à 18h40"],
  quotes=[
      ("Les urgences du centre hospitalier Bretagne Atlantique (CHBA) fonctionneront en « mode dégradé » jusqu'à dimanche, faute de médecins", "mixed", "la direction"),
      ("On nous demande de trier les patients sur le parking. Ce n'est plus de l'hôpital, c'est de la survie", "direct", "Nathalie Le Bihan"),
      ("douze postes de praticiens seront ouverts d'ici la fin de l'année", "indirect", "Thierry Gourvès"),
      ("hors sol", "direct", "Julien Léon"),
      ("partager la colère", "direct", "David Robo"),
  ],
  not_quotes=[],
  times=[
      ("dimanche", "DATE", "2024-02-11"),
      ("jeudi", "DATE", "2024-02-08"),
      ("lundi", "DATE", "2024-02-12"),
      ("14 heures", "TIME", "2024-02-12T14:00"),
      ("la fin de l'année", "DATE", "2024"),
      ("la rentrée", "DATE", "2024-09"),
  ],
  entities=[
      ("L:vannes", "LOC", ["VANNES", "Vannes"], []),
      ("O:chba", "ORG", ["centre hospitalier Bretagne Atlantique", "CHBA"], []),
      ("O:cgt", "ORG", ["CGT"], []),
      ("O:sud_sante", "ORG", ["SUD Santé"], []),
      ("O:cfdt", "ORG", ["CFDT"], []),
      ("L:hopital_chubert", "LOC", ["hôpital Chubert"], []),
      ("P:nathalie_le_bihan", "PER", ["Nathalie Le Bihan"], []),
      ("P:thierry_gourves", "PER", ["Thierry Gourvès"], []),
      ("O:ubs", "ORG", ["Université Bretagne Sud", "UBS"], []),
      ("P:virginie_dupont", "PER", ["Virginie Dupont"], []),
      ("P:julien_leon", "PER", ["Julien Léon"], []),
      ("P:marylise_leon", "PER", ["Marylise Léon"], []),
      ("O:morbihan_council", "ORG", ["conseil départemental du Morbihan"], []),
      ("P:lappartient", "PER", ["David Lappartient"], []),
      ("O:uci", "ORG", ["Union cycliste internationale"], []),
      ("P:david_robo", "PER", ["David Robo"], []),
  ],
  roles=[
      ("P:nathalie_le_bihan", "secrétaire", "O:cgt"),
      ("P:thierry_gourves", "directeur général", "O:chba"),
      ("P:virginie_dupont", "présidente", "O:ubs"),
      ("P:julien_leon", "délégué", "O:sud_sante"),
      ("P:marylise_leon", "patronne", "O:cfdt"),
      ("P:lappartient", "président", "O:morbihan_council"),
      ("P:lappartient", "président", "O:uci"),
      ("P:david_robo", "maire", "L:vannes"),
  ])


# ---------------------------------------------------------------- r12
A(id="r12", published="2025-09-26",
  title="Cyclisme : Lappartient réélu à la tête de l'UCI à Kigali",
  text="""
KIGALI – Seul candidat, le Français David Lappartient a été réélu jeudi président de l'UCI pour un troisième mandat de quatre ans, lors du congrès organisé en marge des Mondiaux de cyclisme sur route, les premiers jamais disputés en Afrique.

« Le vélo mondial ne peut plus se résumer à l'Europe », a lancé le Breton, également président du Comité national olympique et sportif français (CNOSF).

TOUR DE FRANCE 2026 : LE GRAND DÉPART DE BARCELONE SE PRÉCISE

Parmi les premiers à le féliciter, Alexandre Vinokourov, manager général de l'équipe Astana, a rappelé que le président kazakh Kassym-Jomart Tokayev avait promis de financer un centre d'entraînement continental. Ancien vainqueur de Liège-Bastogne-Liège, Vinokurov a été nommé en mars à la tête de la Fédération kazakhe de cyclisme.

Le Togo, représenté par Mawuli Adzoyi, président de la Fédération togolaise de cyclisme (FTC), espère accueillir les Mondiaux juniors en 2029. Selon lui, le chef de l'État Faure Gnassingbé « suit le dossier personnellement ».

Côté français, le sélectionneur Thomas Voeckler a dû composer sans son capitaine, Julian Alaphilippe, forfait. Le président de la Fédération française de cyclisme (FFC), Michel Callot, a qualifié la course de dimanche de « test grandeur nature ».

Retrouvez tous nos directs sur l'appli Sport+

PARTAGER SUR FACEBOOK
""",
  boilerplate=["TOUR DE FRANCE 2026 : LE GRAND DÉPART DE BARCELONE SE PRÉCISE",
               "Retrouvez tous nos directs sur l'appli Sport+",
               "PARTAGER SUR FACEBOOK"],
  quotes=[
      ("Le vélo mondial ne peut plus se résumer à l'Europe", "direct", "David Lappartient"),
      ("le président kazakh Kassym-Jomart Tokayev avait promis de financer un centre d'entraînement continental", "indirect", "Alexandre Vinokourov"),
      ("le chef de l'État Faure Gnassingbé « suit le dossier personnellement »", "mixed", "Mawuli Adzoyi"),
      ("test grandeur nature", "direct", "Michel Callot"),
  ],
  not_quotes=[],
  times=[
      ("jeudi", "DATE", "2025-09-25"),
      ("quatre ans", "DURATION", "P4Y"),
      ("mars", "DATE", "2025-03"),
      ("2029", "DATE", "2029"),
      ("dimanche", "DATE", "2025-09-28"),
  ],
  entities=[
      ("L:kigali", "LOC", ["KIGALI"], []),
      ("L:france", "LOC", [], ["Français", "français"]),
      ("P:lappartient", "PER", ["David Lappartient"], []),
      ("O:uci", "ORG", ["UCI"], []),
      ("M:road_worlds_2025", "MISC", ["Mondiaux de cyclisme sur route"], []),
      ("L:africa", "LOC", ["Afrique"], []),
      ("L:europe", "LOC", ["Europe"], []),
      ("O:cnosf", "ORG", ["Comité national olympique et sportif français", "CNOSF"], []),
      ("P:vinokourov", "PER", ["Alexandre Vinokourov", "Vinokurov"], []),
      ("O:astana_team", "ORG", ["Astana"], []),
      ("L:kazakhstan", "LOC", [], ["kazakh"]),
      ("P:tokayev", "PER", ["Kassym-Jomart Tokayev"], []),
      ("M:liege_bastogne_liege", "MISC", ["Liège-Bastogne-Liège"], []),
      ("O:kazakh_cycling_federation", "ORG", ["Fédération kazakhe de cyclisme"], []),
      ("L:togo", "LOC", ["Togo"], []),
      ("P:mawuli_adzoyi", "PER", ["Mawuli Adzoyi"], []),
      ("O:ftc", "ORG", ["Fédération togolaise de cyclisme", "FTC"], []),
      ("M:junior_worlds_2029", "MISC", ["Mondiaux juniors"], []),
      ("P:faure_gnassingbe", "PER", ["Faure Gnassingbé"], []),
      ("P:voeckler", "PER", ["Thomas Voeckler"], []),
      ("P:alaphilippe", "PER", ["Julian Alaphilippe"], []),
      ("O:ffc", "ORG", ["Fédération française de cyclisme", "FFC"], []),
      ("P:michel_callot", "PER", ["Michel Callot"], []),
  ],
  roles=[
      ("P:lappartient", "président", "O:uci"),
      ("P:lappartient", "président", "O:cnosf"),
      ("P:vinokourov", "manager général", "O:astana_team"),
      ("P:vinokourov", "président", "O:kazakh_cycling_federation"),
      ("P:tokayev", "président", "L:kazakhstan"),
      ("P:mawuli_adzoyi", "président", "O:ftc"),
      ("P:faure_gnassingbe", "chef de l'État", "L:togo"),
      ("P:voeckler", "sélectionneur", "L:france"),
      ("P:alaphilippe", "capitaine", "L:france"),
      ("P:michel_callot", "président", "O:ffc"),
  ])
