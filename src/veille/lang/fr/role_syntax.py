"""The French words around a title and a name that the roles stage reads.

The roles stage (``veille.pipeline.stages.roles``) is written over these entries, not over French
words: another language adds a module like this one to its pack. Each ``*_pattern`` entry is a
regular-expression source, compiled once per language by ``title_patterns``; case-insensitive
parts carry their own ``(?i:...)``. The other entries are word lists.
"""

from __future__ import annotations

ROLE_SYNTAX = {
    # ``de``/``du``/``d'`` right after a complement's common noun (``la province | de Buenos Aires``).
    "of_name_pattern": r"\s+(?:de\s+|d['’]\s*|du\s+)",
    # ``du``/``de la``/``de l'`` ending right before a title (``la France | du président X``).
    "of_before_pattern": r"\s+(?:du|de\s+la|de\s+l['’])\s*$",
    # The preposition before a title's first complement (searched in the text between them).
    "complement_preposition_pattern": r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’]|chez|à\s+l['’]|à\s+la|au|aux)\s*$",
    # An indefinite article before a title (``un conseiller du président``): no definite post.
    "indefinite_pattern": r"(?i:(?:^|\s)(?:un|une|des)\s+$)",
    # A noun governing the title through ``de`` (``l'avocat du | maire``): ``noun`` then the preposition.
    "of_governor_pattern": r"(?<![\w-])(?P<noun>[^\W\d_][\w-]*)\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*$",
    # The word just before a name's comma (``son collègue ghanéen, | X``), group 1.
    "adjective_before_name_pattern": r"(?<![\w-])([^\W\d_][\w-]*)\s*,\s*$",
    # Between two coordinated titles of one person (``président et | chef de l'État``).
    # Also ``devenu``: ``X, ancien policier devenu chef de la coalition Y``, both posts.
    "coordinated_title_pattern": r"\s+(?:et|devenue?s?)\s+(?:(?:le|la|l['’])\s*)?",
    # Between a possessive post and a second title of the same person (``Son chef, | l'ancien
    # ministre des Finances X``).
    "apposed_title_pattern": r"\s*,\s*(?:le|la|l['’])\s*",
    # After a bare national title's name, a report of what a country will do (``le ministre du
    # Travail X a indiqué mercredi que | la France soutiendrait``): the speaker's country. The
    # name, a few words and a reporting verb, then ``que`` and the country's article.
    "reported_country_pattern": r"[^.;!?«»]{0,60}?\s(?:a|avait|ont|avaient)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:indiqué|annoncé|assuré|déclaré|affirmé|promis|précisé|confirmé|rappelé|répété)"
                                r"\s+(?:[\w-]+\s+){0,3}?que\s+(?:la\s+|le\s+|l['’]\s*)?",
    # Between two coordinated names.
    "coordinated_name_pattern": r"\s+et\s+",
    # ``le premier président du pays``: the country is the story's.
    "of_country_noun_pattern": r"\s+(?:du\s+pays|de\s+la\s+nation)(?![\w-])",
    # Between a title and the name: commas, or a circumstance or brief closed by a comma (``en exil,``,
    # ``pour la Birmanie,``, ``auprès des Nations unies,``).
    "gap_pattern": r"(?:\s+(?:en|dans|à|au|aux|pour|auprès\s+d(?:e|es|u))\s+[^\s,.;:!?()«»]+(?:\s+[^\s,.;:!?()«»]+){0,4}\s*,)?[\s,(]*$",
    # A clause opening on a body (``Chez | Groupama-FDJ, le manager X``), its name up to a comma.
    # Also a place-like frame on a body (``Au Parlement européen, la présidente X``, ``À l'ONU, le
    # secrétaire général Y``): the stage takes it only when an organisation's name follows.
    "body_frame_pattern": r"\s*(?:Chez(?:\s+(?:les|le|la|l['’]))?|Au\s+sein\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
                          r"|Au|Aux|[ÀA]\s+la|[ÀA]\s+l['’])\s*",
    # A state body named with its country adjective (``le gouvernement allemand``), group 1.
    "state_body_of_pattern": r"(?i:(?<![\w-])(?:gouvernement|ministère|présidence|armée|diplomatie|exécutif|cabinet)\s+"
                             r"([a-zß-ÿ][\w-]+)(?![\w-]))",
    # ``, du cabinet Y`` / ``, de Y`` right after a name: the body the person is with.
    "body_after_pattern": r"\s*,\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|chez\s+)",
    # A complement the title grammar did not read (``maire du 7e arrondissement``): no town to infer.
    "unparsed_complement_pattern": r"\s+(?:de|du|des|d['’])\s*\w",
    # A definite article after a name's comma (``X, le ministre``), a closing quote allowed before it.
    "determiner_pattern": r"(?i:\s*[»”]?\s*,\s*(?:le|la|l['’]))",
    # National government posts (not a territory's own: ``le président de Région``, ``le préfet``).
    "government_pattern": r"(?:ancien(?:ne)?\s+|ex-|vice-)?(?:ministre|Premier\s+ministre|Première\s+ministre|"
                          r"secrétaire\s+d['’]État|chef(?:fe)?\s+de\s+l['’]État|chef(?:fe)?\s+du\s+gouvernement|"
                          r"président(?:e)?\s+de\s+la\s+République)(?![\w-])",
    # Between a name and the post it is given: ``a été (ré)élu``, ``est nommée``, ``vient d'être
    # désigné``, with an optional day or month and ``au poste de`` / ``à la tête de``.
    # Also a participle after the name's comma (``X, nommé en 2024 entraîneur de Y``), and an
    # oath (``X a prêté serment jeudi comme 111e maire de Y``), the ordinal left out.
    "appointed_as_pattern": (
        r"(?:(?:\s+(?:a|avait|aurait|ont|avaient|sera|serait|est|sont|était|vient\s+d['’]être|venait\s+d['’]être"
        r"|s['’](?:est|était|étaient|sont))\s+(?:été\s+)?"
        r"|\s*,\s*)"
        r"(?:ré)?(?:élu|nommé|proclamé|désigné|investi|reconduit|intronisé)(?:e|s|es)?"
        r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|officiellement|triomphalement|"
        r"en\s+\d{4}|en\s+[a-zéû]+(?:\s+\d{4})?|le\s+\d{1,2}(?:er)?\s+[a-zéû]+(?:\s+\d{4})?|"
        r"(?:la\s+semaine|le\s+mois|l['’]an|l['’]année)\s+dernière?|cette\s+semaine|ce\s+mois-ci|cette\s+année))?\s+(?:au\s+poste\s+d['’]\s*|au\s+poste\s+de\s+)?"
        r"|\s+(?:a|avait|ont|avaient|va|doit)\s+prêt(?:é|er|era)\s+serment(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?"
        r"(?:\s+[\w'’-]+){0,4}?\s+(?:comme|en\s+tant\s+que)\s+(?:\d{1,3}(?:e|er|ème|eme)\s+)?)"
    ),
    # A verb that gives its object a post, right before the name (``a nommé | X comme ...``,
    # ``a reconduit | X au poste de capitaine``), and what stands between the name and the post.
    "appointing_verb_pattern": r"(?<![\w-])(?:nomm|désign|choisi|confirm|reconduit|promu|install|investi|intronis)(?:é|e)?(?:e|s|es)?"
                               r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|officiellement))?\s+$",
    "object_post_pattern": r"\s+(?:au\s+poste\s+d['’]\s*|au\s+poste\s+de\s+|comme\s+|en\s+tant\s+que\s+)",
    # Heads of a government or a region's executive, whose cabinet a possessive post belongs to.
    "leader_of_government_pattern": r"(?:Premier|Première|premier|première)\s+ministre|présidente?|chancelière?|"
                                    r"cheffe?\s+(?:de\s+l['’]État|du\s+gouvernement)|ministre-présidente?|gouverneure?|"
                                    r"émir|roi|reine|sultan|prince\s+héritier",
    # Qualifiers that date a post's holder and that the title leaves out.
    "dating_pattern": r"(?i:(?<![\w-])(?:sortante?|élue?|réélue?|intérim|intérimaire|déchue?|renversée?|destituée?|"
                      r"démissionnaire|futur|future|nouveau|nouvelle|désignée?)(?![\w-]))",
    # A post the text calls the nation's (``sélectionneur national``, ``entraîneuse nationale``):
    # the adjective right after the head; ``directrice technique nationale`` is a federation's.
    "national_post_pattern": r"^(?:(?:ancien|ancienne|futur|future)\s+)?[\w'’-]+\s(?:national|nationale)$",
    # A trip's words before a place (``se rendre en | Chine``): the place is visited, not the story's.
    "destination_pattern": r"(?<![\w-])(?:rendre|rend|rendra|rendront|rendait|rendu|rendue|visite|voyage|tournée|déplacement|"
                           r"escale|partir|partira|arrivera|attendu|attendue)\s+(?:en|au|aux|à|dans|vers)\s+"
                           r"(?:l['’]\s*|la\s+|le\s+|les\s+)?$",
    # A relative ``dont`` after a body's or a country's name, before a title (``Le FMI, dont | la
    # directrice générale X``): the title is that body's.
    "whose_pattern": r"\s*,\s*dont\s+(?:(?:le|la|les|l['’])\s*)?$",
    # Between coordinated names after a plural title, each perhaps followed by its place in
    # brackets (``X (Buenos Aires) | et | Y (Entre Ríos)``): group ``place`` is the bracket's content.
    "name_list_gap_pattern": r"\s*(?:\((?P<place>[^()\n]{1,40})\))?\s*(?P<sep>,|et(?=\s))\s*",
    "name_place_pattern": r"\s*\((?P<place>[^()\n]{1,40})\)",
    # Nouns for the town the story is in (``le maire de la ville``): the place named last.
    "town_nouns": frozenset({"ville", "commune", "municipalité", "mairie", "cité"}),
    # Nouns for the region the story named last (``le président de la région``).
    "region_nouns": frozenset({"région", "province", "région autonome"}),
    # A title complement that makes the post a region's own (``président | de la région autonome``,
    # ``Premier ministre | du gouvernement régional``, ``président | du comité populaire
    # provincial``): the region the story names, not the country. Not a mere adjective of a
    # portfolio (``la commission du développement régional``).
    "regional_complement_pattern": r"(?i:\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)(?:région|province|"
                                   r"(?:gouvernement|conseil|comité|assemblée|parlement|exécutif)(?:\s+[\w-]+)?\s+"
                                   r"(?:régional|régionale|provincial|provinciale))(?![\w-]))",
    # Nouns for a body the story named before under its own name (``le secrétaire général de la
    # centrale`` after ``l'UGTT``, ``le président de l'organisation`` after ``la Cédéao``): the
    # organisation named last, when none is named after the noun.
    "body_nouns": frozenset({"organisation", "agence", "centrale", "syndicat", "confédération", "fédération",
                             "alliance", "institution", "formation"}),
    # A body's own organ named with its parent (``la Commission de la CEDEAO``, ``le Conseil
    # d'administration de Bouygues``): the organ joins the title, the parent is ``of``. Group
    # ``organ`` is the organ's noun, ``parent`` the rest, matched against a body's name.
    "sub_body_pattern": r"(?i:(?P<organ>commission|conseil(?:\s+d['’]administration)?|comité|bureau|secrétariat|direction)"
                        r"\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*))(?P<parent>\S.*)$",
    # ``son homologue biélorusse X``: the head that takes the title of the role before it.
    "counterpart_head": "homologue",
    # Modifiers that date a head, left out when comparing posts (``l'ancien ministre`` = ``ministre``).
    "dating_prefixes": ("ancien ", "ancienne ", "futur ", "future ", "ex-"),
    # Ordinals that do not change a head's level (``le premier président``, ``la dernière présidente``).
    "rank_prefixes": ("premier ", "première ", "dernier ", "dernière "),
    # Feminine words of a post and their masculine (one post whoever holds it).
    "feminine_words": {"première": "premier", "présidente": "président", "cheffe": "chef",
                       "ministre-présidente": "ministre-président"},
}
