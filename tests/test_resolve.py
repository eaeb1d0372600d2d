"""Cross-document resolution: transliteration keys, matching rules, the canonical index, seeds."""

from __future__ import annotations

import pytest

from veille.eval.entities import evaluate_test_set, score_linking
from veille.eval.entity_docs import build_document
from veille.names import name_key
from veille.resolve import resolve_documents
from veille.resolve.keys import person_name, phonetic, phonetic_key, fold
from veille.resolve.matcher import Candidate, Profile, _person_score, choose, score
from veille.storage import open_store


@pytest.mark.parametrize("variants", [
    ["Loukachenko", "Lukashenko", "Lukaschenko", "LUKASHENKO", "Лукашенко"],
    ["Zelensky", "Zelenskyy", "Zelenski", "Selenskyj", "Zełenski", "Зеленський"],
    ["Navalny", "Nawalny", "Навальный", "Navalnyï"],
    ["Michoustine", "Mishustin", "Mischustin", "Miszustin", "Мишустин"],
    ["Prigojine", "Prigozhin", "Prigoschin", "Prigożyn"],
    ["Chostakovitch", "Shostakovich", "Schostakowitsch", "Szostakowicz"],
])
def test_romanisations_share_one_skeleton(variants):
    assert len({phonetic_key(v) for v in variants}) == 1


def test_fold_and_word_order():
    assert fold("Łukaszenka") == "lukaszenka"
    assert phonetic_key("Loukachenko Alexandre") == phonetic_key("Aleksandr Lukashenko")
    assert person_name("LUKASHENKO Alexander").surname == phonetic("lukashenko")
    assert person_name("A. Loukachenko").initials == (True,)
    assert person_name("Charles de Gaulle").surname == "gaul"


def _person(name: str, type_: str = "PER", **kw) -> Profile:
    return Profile(type=type_, name=name, pkeys=frozenset({phonetic_key(name)}), person=person_name(name),
                   main=phonetic_key(name), **kw)


def _cand(name: str, type_: str = "PER", **kw) -> Candidate:
    return Candidate(id="c", name=name, type=type_, pkeys=frozenset({phonetic_key(name)}), persons=(person_name(name),), **kw)


@pytest.mark.parametrize("a, b", [
    ("Ilham Aliyev", "Heydar Aliyev"),
    ("George W. Bush", "George H. W. Bush"),
    ("Kim Jong-un", "Kim Jong-il"),
    ("Alexei Navalny", "Yulia Navalnaya"),
    ("Dmitry Medvedev", "Viktor Medvedchuk"),
    ("Ferdinand Marcos père", "Ferdinand Marcos Jr"),
    ("Ferdinand Marcos", "Ferdinand Marcos fils"),
])
def test_relatives_and_near_namesakes_never_match(a, b):
    assert score(_person(a), _cand(b)) is None


def test_type_and_country_vetoes():
    assert score(_person("Washington", "PER"), _cand("Washington", "LOC")) is None
    # A gazetteer place and an organisation that is no place, spelt alike (a town and its club).
    town = Profile(type="LOC", name="Lyon", pkeys=frozenset({phonetic_key("Lyon")}), main=phonetic_key("Lyon"), place="fr:lyon")
    assert score(town, Candidate(id="c", name="Lyon", type="ORG", pkeys=frozenset({phonetic_key("Lyon")}))) is None
    assert score(town, Candidate(id="c", name="Lyon", type="ORG", pkeys=frozenset({phonetic_key("Lyon")}), place="fr:lyon"))
    # A fuzzy name match is refused when the two hold roles in different countries.
    profile = _person("Sergei Ivanov", countries=frozenset({"ru"}))
    assert score(profile, _cand("Sergey Ivanow", countries={"bg": 1})) is None
    assert score(profile, _cand("Sergey Ivanow", countries={"ru": 1})) is not None


def test_score_linking_counts_cross_document_pairs_only():
    records = [("d1", "A", "x", "1"), ("d2", "B", "x", "1"), ("d3", "C", "y", "1"), ("d3", "D", "x", "2")]
    result = score_linking(records)
    assert (result["tp"], result["fp"], result["fn"]) == (1, 2, 2)
    assert len(result["false_merges"]) == 2


def test_test_set_meets_the_bars():
    result = evaluate_test_set()
    assert result["false_merges"] == []
    for split in ("dev", "test"):
        assert result["splits"][split]["f1"] >= 0.90, split


def test_lone_surname_needs_context_and_picks_the_right_relative():
    store = open_store("memory://")
    docs = [
        build_document("a", [{"name": "Ilham Aliyev"}, {"name": "Bakou", "type": "LOC"}, {"name": "Erevan", "type": "LOC"}]),
        build_document("b", [{"name": "Heydar Aliyev"}, {"name": "Moscou", "type": "LOC"}]),
        build_document("c", [{"name": "Aliyev"}, {"name": "Bakou", "type": "LOC"}]),
        build_document("d", [{"name": "Aliyev"}]),
    ]
    out = resolve_documents(store, docs)
    ids = [{name_key(e.name): e.id for e in d.entities} for d in out]
    assert ids[2]["ilham aliyev"] == ids[0]["ilham aliyev"]  # shared context: Baku
    assert ids[0]["ilham aliyev"] != ids[1]["heydar aliyev"]
    lone = [e for e in out[3].entities][0]
    assert lone.id not in (ids[0]["ilham aliyev"], ids[1]["heydar aliyev"])  # no context: left alone


def test_resolution_rewrites_roles_and_quotes_and_merges_duplicates_within_a_document():
    store = open_store("memory://")
    first = build_document("a", [{"name": "Vladimir Poutine"}, {"name": "Russie", "type": "LOC"}])
    second = build_document("b", [{"name": "Poutine"}, {"name": "Vladimir Putin"}, {"name": "Russland", "type": "LOC"}],
                            roles=[{"person": 0, "title": "président", "of": 2}], quotes=[0])
    a, b = resolve_documents(store, [first, second])
    putin = a.entities[0].id
    assert [e.id for e in b.entities].count(putin) == 1
    merged = b.entity(putin)
    assert {b.text[m.start:m.end] for m in merged.mentions} == {"Poutine", "Vladimir Putin"}
    russia = a.entities[1].id
    assert b.roles[0].person == putin and b.roles[0].of == russia
    assert b.quotes[0].speaker.entity == putin
    assert merged.name == "Vladimir Poutine"


def test_seeds_resolve_variants_to_one_entity(seed_doc):
    store = open_store("memory://")
    d0, d1 = resolve_documents(store, [seed_doc("000"), seed_doc("001")])

    def ids(keys):
        return {e.id for d in (d0, d1) for e in d.entities for m in e.mentions if name_key(d.text[m.start:m.end]) in keys}

    lukashenko = ids({"loukachenko", "lukashenko", "alexandre loukachenko"})
    assert len(lukashenko) == 1
    assert lukashenko <= {e.id for e in d0.entities} and lukashenko <= {e.id for e in d1.entities}
    assert len(ids({"bielorussie", "belarus"})) == 1
    assert len(ids({"poutine", "vladimir poutine"})) == 1


# Short articles written for this test (not taken from any corpus).
_ARTICLES = {
    "a1": ("2021-02-02", "L'opposant russe Alexeï Navalny a été condamné mardi à Moscou. Selon ses avocats, Navalny "
                         "fera appel de la décision. Le Kremlin n'a pas commenté."),
    "a2": ("2021-02-03", "Alexei Navalny, principal opposant au président russe Vladimir Poutine, reste détenu. Sa femme, "
                         "Ioulia Navalnaïa, a quitté la Russie."),
    "a3": ("2024-02-20", "Ioulia Navalnaïa a promis mardi de poursuivre le combat de son mari. Elle s'exprimait à "
                         "Bruxelles devant les ministres européens."),
    "a4": ("2023-09-20", "Le président azerbaïdjanais Ilham Aliev a annoncé la fin de l'opération militaire au "
                         "Haut-Karabakh. Bakou affirme contrôler la région."),
    "a5": ("2023-05-10", "Le père de l'actuel président, Heydar Aliev, a dirigé l'Azerbaïdjan jusqu'en 2003. Une statue "
                         "de Heydar Aliev a été inaugurée à Bakou."),
    "a6": ("2022-07-04", "George Washington reste le premier président des États-Unis. À Washington, les "
                         "commémorations ont attiré des milliers de personnes."),
    "a7": ("2023-05-18", "Le président biélorusse Alexandre Loukachenko a rencontré à Minsk le ministre russe de la "
                         "Défense, Sergueï Choïgou. LUKASHENKO a salué une alliance solide avec la Russie."),
    "a8": ("2023-06-01", "Selon Minsk, Lukashenko s'est entretenu avec Vladimir Putin au téléphone. Le dirigeant "
                         "bélarusse a évoqué la sécurité du Bélarus."),
}


def test_french_articles_through_the_pipeline(analyze):
    store = open_store("memory://")
    docs = resolve_documents(store, [analyze(text, published=date) for date, text in _ARTICLES.values()])

    def ids(surface_key: str) -> set[str]:
        return {e.id for d in docs for e in d.entities for m in e.mentions
                if name_key(d.text[m.start:m.end]) == surface_key}

    navalny = ids("alexei navalny") | ids("navalny")
    assert len(navalny) == 1
    assert len(ids("ioulia navalnaia")) == 1 and not ids("ioulia navalnaia") & navalny
    assert len(ids("vladimir poutine") | ids("vladimir putin")) == 1
    assert len(ids("alexandre loukachenko") | ids("lukashenko")) == 1
    assert len(ids("bielorusse") | ids("belarus")) == 1  # the country of a role and the country named
    assert ids("ilham aliev") and ids("heydar aliev") and not ids("ilham aliev") & ids("heydar aliev")
    assert ids("washington") and not ids("washington") & ids("george washington")


def test_acronyms_join_their_expansion_only_with_context():
    store = open_store("memory://")
    docs = [
        build_document("a", [{"name": "Organisation du traité de l'Atlantique nord", "type": "ORG"},
                             {"name": "Bruxelles", "type": "LOC"}]),
        build_document("b", [{"name": "OTAN", "type": "ORG"}, {"name": "Bruxelles", "type": "LOC"}]),
        build_document("c", [{"name": "BCE", "type": "ORG"}]),
        build_document("d", [{"name": "Banque centrale européenne", "type": "ORG"}]),
        build_document("e", [{"name": "Garde nationale", "type": "ORG"}, {"name": "Kiev", "type": "LOC"}]),
        build_document("f", [{"name": "GN", "type": "ORG"}, {"name": "Gouvernement néerlandais", "type": "ORG"},
                             {"name": "Kiev", "type": "LOC"}]),
    ]
    out = resolve_documents(store, docs)
    assert out[0].entities[0].id == out[1].entities[0].id
    assert out[1].entities[0].name == "Organisation du traité de l'Atlantique nord"
    assert out[2].entities[0].id != out[3].entities[0].id  # no shared context: not linked
    garde = out[4].entities[0].id
    assert out[5].entity(garde) is not None  # GN joins the expansion seen with the same context
    assert sum(e.id == garde for e in out[5].entities) == 1  # but another expansion with the same letters does not


def test_lone_surname_that_is_a_place_is_never_merged():
    store = open_store("memory://")
    docs = [
        build_document("a", [{"name": "George Washington"}, {"name": "États-Unis", "type": "LOC"}]),
        build_document("b", [{"name": "Washington"}, {"name": "États-Unis", "type": "LOC"}]),
    ]
    a, b = resolve_documents(store, docs)
    assert a.entities[0].id != b.entities[0].id


def test_a_failing_document_keeps_its_ids_and_the_batch_goes_on(monkeypatch):
    import veille.resolve.documents as documents

    real = documents.resolve_document

    def flaky(index, doc):
        if doc.id == "bad":
            index.create(documents.Profile(type="PER", name="Half Written", pkeys=frozenset()))
            raise RuntimeError("boom")
        return real(index, doc)

    monkeypatch.setattr(documents, "resolve_document", flaky)
    store = open_store("memory://")
    bad = build_document("bad", [{"name": "Vladimir Poutine"}])
    good = build_document("good", [{"name": "Vladimir Putin"}])
    out = resolve_documents(store, [bad, good])
    assert out[0] == bad
    assert out[1].entities[0].name == "Vladimir Putin"
    assert store.conn.execute("SELECT count(*) FROM canon_entities WHERE name = 'Half Written'").fetchone()[0] == 0


def test_a_short_common_body_name_links_only_with_shared_context():
    store = open_store("memory://")
    docs = [
        build_document("ar", [{"name": "Banque centrale", "type": "ORG"}, {"name": "Argentine", "type": "LOC"},
                              {"name": "Buenos Aires", "type": "LOC"}]),
        build_document("tr", [{"name": "Banque centrale", "type": "ORG"}, {"name": "Turquie", "type": "LOC"},
                              {"name": "Ankara", "type": "LOC"}]),
        build_document("eu1", [{"name": "Commission européenne", "type": "ORG"}]),
        build_document("eu2", [{"name": "Commission européenne", "type": "ORG"}]),
    ]
    ar, tr, eu1, eu2 = resolve_documents(store, docs)
    assert ar.entities[0].id != tr.entities[0].id  # two countries' central banks
    assert eu1.entities[0].id == eu2.entities[0].id  # one Commission, whatever the context


def test_a_club_named_like_its_town_is_not_the_town(analyze):
    # ``l'ancien attaquant de Lyon`` is the club, here and in every other document; the city of
    # another story stays the city. Within one document, the commune and its club stay apart.
    store = open_store("memory://")
    club, city, both = resolve_documents(store, [
        analyze("Karim Benzema, ancien attaquant de Lyon, a signé au Qatar. Le club a confirmé."),
        analyze("À Lyon, la ville a inauguré un tramway. Lyon attend 2 millions de visiteurs."),
        analyze("La commune d'Anderlecht lance une campagne. Les joueurs d'Anderlecht porteront un maillot "
                "spécial, a indiqué le RSC Anderlecht. Le directeur médical du club, Jan Vermeulen, a confirmé."),
    ])
    (club_lyon,) = [e for e in club.entities if e.name == "Lyon"]
    (city_lyon,) = [e for e in city.entities if e.name == "Lyon"]
    assert club_lyon.type == "ORG" and city_lyon.type == "LOC" and club_lyon.id != city_lyon.id
    commune = next(e for e in both.entities if e.name == "Anderlecht")
    rsc = next(e for e in both.entities if e.name == "RSC Anderlecht")
    assert commune.type == "LOC" and rsc.id != commune.id
    assert {both.text[m.start:m.end] for m in rsc.mentions} == {"Anderlecht", "RSC Anderlecht"}
    name = {e.id: e.name for e in both.entities}
    (role,) = [r for r in both.roles if name.get(r.person) == "Jan Vermeulen"]
    assert name[role.of] == "RSC Anderlecht"  # ``du club``: the story's club, named through its players


def test_a_namesake_town_in_another_country_is_not_the_capital(analyze):
    # ``London (Ontario)`` is not the British capital, in its own story or in another's; two
    # stories about the Canadian town, however they place it, are one town.
    store = open_store("memory://")
    capital, ontario, again = resolve_documents(store, [
        analyze("À Londres, le Premier ministre britannique a présenté mardi son budget."),
        analyze("Le maire de London (Ontario), Josh Morgan, a annoncé un plan. À London, la police enquête."),
        analyze("La ville de London, en Ontario, a voté mercredi un nouveau budget."),
    ])

    def town(doc):
        (entity,) = [e for e in doc.entities if e.name in ("Londres", "London")]
        return entity

    assert town(capital).id != town(ontario).id
    assert town(ontario).name == "London" and len(town(ontario).mentions) == 2
    assert town(again).id == town(ontario).id


def test_a_monarchs_one_name_is_not_a_namesakes_surname(analyze):
    store = open_store("memory://")
    a, b = resolve_documents(store, [
        analyze("Le Premier ministre malaisien Anwar Ibrahim a été reçu lundi par le roi, le sultan Ibrahim, "
                "au palais. À la sortie, Anwar a parlé."),
        analyze("Le Premier ministre malaisien Anwar Ibrahim a salué la trêve à Kuala Lumpur."),
    ])
    king = next(e for e in a.entities if e.name == "Ibrahim")
    anwar = next(e for e in a.entities if e.name == "Anwar Ibrahim")
    assert king.id != anwar.id
    assert anwar.id in {e.id for e in b.entities} and king.id not in {e.id for e in b.entities}


def test_a_bodys_first_word_alone_is_that_body_unless_two_start_with_it(analyze):
    doc = analyze("Le Parlement européen a voté jeudi. Le Parlement a aussi suspendu la commission.")
    (parliament,) = [e for e in doc.entities if e.name == "Parlement européen"]
    assert {doc.text[m.start:m.end] for m in parliament.mentions} == {"Parlement européen", "Parlement"}
    doc = analyze("Le Conseil constitutionnel et le Conseil d'État ont siégé. Le Conseil a tranché.")
    assert not any({doc.text[m.start:m.end] for m in e.mentions} >= {"Conseil", "Conseil constitutionnel"}
                   for e in doc.entities)


def test_the_first_word_of_a_surname_with_a_particle(analyze):
    doc = analyze("Le président brésilien Luiz Inácio Lula da Silva a répondu jeudi aux droits de douane. "
                  "Lula a promis une riposte mesurée et a convoqué ses ministres.")
    (lula,) = [e for e in doc.entities if e.type == "PER"]
    assert {doc.text[m.start:m.end] for m in lula.mentions} == {"Luiz Inácio Lula da Silva", "Lula"}


def test_a_name_a_country_and_a_state_share_is_read_from_the_story(analyze):
    # ``Géorgie`` among American places is the state, not the Caucasian country; the country
    # keeps its own stories; a region noun before the name settles it on its own.
    store = open_store("memory://")
    caucasus, state, again, named = resolve_documents(store, [
        analyze("À Tbilissi, le gouvernement géorgien a reçu mardi le ministre arménien. La Géorgie veut rejoindre l'Union européenne."),
        analyze("Aux États-Unis, la Géorgie a voté. Après la Floride et le Texas, la Géorgie tient ses primaires à Atlanta."),
        analyze("Le Texas et la Floride observent la Géorgie, où l'on vote mardi à Atlanta."),
        analyze("Un ouragan a frappé l'État de Géorgie, puis la côte."),
    ])

    def georgia(doc):
        (entity,) = [e for e in doc.entities if e.name == "Géorgie"]
        return entity

    assert georgia(state).id == georgia(again).id == georgia(named).id
    assert georgia(caucasus).id != georgia(state).id


def test_generations_second_surnames_and_q_or_gh():
    # ``fils`` is ``Jr``; the uvular of Persian names is written q or gh.
    assert score(_person("Ferdinand Marcos fils"), _cand("Ferdinand Marcos Jr")).score == 1.0
    assert score(_person("Abbas Araqchi"), _cand("Abbas Araghchi")) is not None
    # A second (maternal) surname: close, not certain, so it links only with shared context.
    match = score(_person("Claudia Sheinbaum Pardo"), _cand("Claudia Sheinbaum"))
    assert match is not None and match.score < 0.9
    assert choose(_person("Claudia Sheinbaum Pardo"), [match]) is None
    match.support = 1
    assert choose(_person("Claudia Sheinbaum Pardo"), [match]) is match


def test_second_surnames_and_transliterations_reach_each_other_across_documents(analyze):
    store = open_store("memory://")
    docs = resolve_documents(store, [
        analyze("MEXICO – La présidente mexicaine Claudia Sheinbaum a reçu mardi le Premier ministre canadien à Mexico."),
        analyze("La présidente Claudia Sheinbaum Pardo a salué mercredi à Mexico l'accord avec le Canada sur le Mexique."),
        analyze("TÉHÉRAN – Le ministre iranien des Affaires étrangères Abbas Araqchi a reçu son homologue omanais."),
        analyze("Le chef de la diplomatie iranienne, Abbas Araghchi, s'est rendu jeudi à Mascate, à Oman."),
    ])

    def person(doc, start):
        (entity,) = [e for e in doc.entities if e.type == "PER" and e.name.startswith(start)]
        return entity.id

    assert person(docs[0], "Claudia") == person(docs[1], "Claudia")
    assert person(docs[2], "Abbas") == person(docs[3], "Abbas")


def test_a_name_beside_its_juniors_is_the_father(analyze):
    doc = analyze("Le président Ferdinand Marcos Jr. a parlé. Son père, l'ancien président Ferdinand Marcos, avait "
                  "courtisé le Japon.")
    names = sorted(e.name for e in doc.entities if e.type == "PER")
    assert names == ["Ferdinand Marcos", "Ferdinand Marcos Jr"]


def test_a_post_in_a_state_and_one_in_its_country_are_one_countrys(analyze):
    # The namesake veto compares countries: a Florida senator and an American secretary of
    # state may be one man.
    store = open_store("memory://")
    docs = resolve_documents(store, [
        analyze("WASHINGTON – Le secrétaire d'État américain Marco Rubio a appelé mardi à la retenue au Venezuela."),
        analyze("MIAMI – Le sénateur de Floride Marco Rubio réclame des sanctions contre Caracas et le Venezuela."),
    ])
    ids = {e.id for d in docs for e in d.entities if e.name == "Marco Rubio"}
    assert len(ids) == 1


def test_a_one_word_work_or_platform_links_to_its_own_kind():
    # ``Facebook`` tagged MISC in two stories: the same platform, not a surname needing context.
    facebook = Profile(type="MISC", name="Facebook", pkeys=frozenset({phonetic_key("Facebook")}), main=phonetic_key("Facebook"))
    cand = Candidate(id="c", name="Facebook", type="MISC", pkeys=frozenset({phonetic_key("Facebook")}),
                     persons=(person_name("Facebook"),))
    assert choose(facebook, [score(facebook, cand)]) is not None
    # A lone surname tagged MISC still needs context to join a person known by surname only.
    trump = Profile(type="MISC", name="Trump", pkeys=frozenset({phonetic_key("Trump")}), main=phonetic_key("Trump"))
    surname_only = Candidate(id="p", name="Trump", type="PER", pkeys=frozenset({phonetic_key("Trump")}),
                             persons=(person_name("Trump"),))
    assert choose(trump, [score(trump, surname_only)]) is None


def test_a_region_named_after_its_town_is_one_region_whatever_the_noun_and_spelling(analyze):
    # ``la région de Kharkiv`` and ``l'oblast de Charkiw`` are one region (not the town), so its
    # governor, spelt the English and the German way, is one person too.
    store = open_store("memory://")
    first, second = resolve_documents(store, [
        analyze("KIEV – Le gouverneur de la région de Kharkiv, Oleh Syniehubov, a ordonné des évacuations. "
                "La ville de Kharkiv est bombardée."),
        analyze("BERLIN – Le gouverneur de l'oblast de Charkiw, Oleh Synjehubow, a ordonné des évacuations."),
    ])
    region = lambda doc: next(e for e in doc.entities if e.name.startswith(("région", "oblast")))
    governor = lambda doc: next(e for e in doc.entities if e.type == "PER")
    assert region(first).id == region(second).id
    assert region(first).id != next(e for e in first.entities if e.name == "Kharkiv").id
    assert governor(first).id == governor(second).id


def test_a_region_named_after_its_town_is_in_the_towns_country(analyze):
    store = open_store("memory://")
    first, second = resolve_documents(store, [
        analyze("KIEV – Le ministre ukrainien de l'Intérieur Ihor Klymenko a visité le front. L'Ukraine résiste."),
        analyze("KIEV – Le gouverneur de l'oblast de Kherson, Ihor Klymenko, a ordonné des évacuations."),
    ])
    person = lambda doc: next(e for e in doc.entities if e.type == "PER")
    assert person(first).id == person(second).id


def test_a_name_first_seen_in_cyrillic_is_shown_in_latin_once_the_store_sees_it(analyze):
    store = open_store("memory://")
    first, second = resolve_documents(store, [
        analyze("MINSK – « Nous tiendrons », a écrit Дмитрий Кузнецов sur Telegram, selon la présidence biélorusse."),
        analyze("MINSK – Le ministre biélorusse Dmitri Kouznetsov a reçu mardi des diplomates."),
    ])
    person = lambda doc: next(e for e in doc.entities if e.type == "PER")
    assert person(first).id == person(second).id
    assert person(second).name == "Dmitri Kouznetsov"


def test_a_hyphenated_given_name_is_one_name_so_relatives_stay_apart(analyze):
    # ``Jean-Marie`` contains ``Marie``, close to ``Marine``: compared whole, father and daughter
    # are two people, in one story and across stories.
    assert _person_score(person_name("Marine Lefranc"), person_name("Jean-Marie Lefranc")) is None
    store = open_store("memory://")
    first, second = resolve_documents(store, [
        analyze("La députée Marine Lefranc a été condamnée. Son père Jean-Marie Lefranc est mort en janvier."),
        analyze("Jean-Marie Lefranc, fondateur du parti, est mort à 96 ans."),
    ])
    ids = {e.name: e.id for e in first.entities if e.type == "PER"}
    assert ids["Marine Lefranc"] != ids["Jean-Marie Lefranc"]
    assert next(e for e in second.entities if e.type == "PER").id == ids["Jean-Marie Lefranc"]
