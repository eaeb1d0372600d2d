"""Gazetteer: CLDR country names, hand-written exonyms and demonyms; transliteration keys."""

from __future__ import annotations

import pytest

from veille.gazetteer import city_country, demonym_country, lookup_region, get_gazetteer, lookup_place, namesake_area, place_entity_id
from veille.names import entity_id, name_key, translit_key, translit_similarity


@pytest.mark.parametrize("surface", ["Biélorussie", "Bélarus", "Belarus", "BELARUS", "la Biélorussie", "Białoruś"])
def test_belarus_spellings_are_one_country(surface):
    place = lookup_place(surface)
    assert place is not None
    assert (place.code, place.kind, place.name) == ("BY", "country", "Biélorussie")
    assert place.id == entity_id("LOC", name_key("Biélorussie"))


@pytest.mark.parametrize(
    "surface, code, kind, name",
    [
        ("Russland", "RU", "country", "Russie"),  # German CLDR name
        ("Rosja", "RU", "country", "Russie"),  # Polish CLDR name
        ("United Kingdom", "GB", "country", "Royaume-Uni"),
        ("Grande-Bretagne", "GB", "country", "Royaume-Uni"),
        ("Moscow", "RU", "city", "Moscou"),
        ("Sochi", "RU", "city", "Sotchi"),
        ("Kyiv", "UA", "city", "Kiev"),
        ("Warszawa", "PL", "city", "Varsovie"),
        ("Europe de l'Est", "151", "region", "Europe de l'Est"),
    ],
)
def test_lookup_place(surface, code, kind, name):
    place = lookup_place(surface)
    assert place is not None and (place.code, place.kind, place.name) == (code, kind, name)


def test_unknown_and_organisations_are_not_places():
    assert lookup_place("Loukachenko") is None
    # CLDR lists the EU and the UN among territories; they are organisations.
    assert lookup_place("Union européenne") is None
    assert lookup_place("Nations Unies") is None


def test_city_canonical_name_wins_over_foreign_country_alias():
    # ``Mexico`` is the English name of Mexique but the French name of the city.
    assert lookup_place("Mexico").kind == "city"
    assert lookup_place("Mexique").kind == "country"


@pytest.mark.parametrize("text, code", [
    ("Le conseil de London (Ontario) a voté.", "CA"),
    ("Le maire de London, en Ontario, a parlé.", "CA"),
    ("Le maire de London, Ontario, a parlé.", "CA"),
    ("Elle vit à London, dans l'Ontario, depuis 2010.", "CA"),
    ("Elle vit à London, en Ontario, au Canada.", "CA"),
    # A list of places, the same country, a town or a credit after the comma: no namesake.
    ("Des rassemblements à London, en France et en Allemagne.", None),
    ("Des rassemblements à London, Paris et Berlin.", None),
    ("Il vit à London, en Angleterre.", None),
    ("London (AFP) - Le gouvernement a annoncé.", None),
    # A region's name that runs on into its sentence, or into a longer name, is no qualifier.
    ("À London, Hidalgo a répondu mardi.", None),
    ("À London, Victoria Beckham a défilé.", None),
])
def test_a_town_placed_in_another_countrys_region_is_a_namesake(text, code):
    town = lookup_place("London")
    area = namesake_area(text, text.index("London") + len("London"), town)
    assert (area.code if area else None) == code


@pytest.mark.parametrize(
    "word, code",
    [
        ("biélorusse", "BY"),
        ("biélorusses", "BY"),
        ("bélarusienne", "BY"),
        ("Bélarussiennes", "BY"),
        ("russe", "RU"),
        ("russes", "RU"),
        ("ukrainiennes", "UA"),
        ("polonais", "PL"),
        ("géorgienne", "GE"),
        ("grecques", "GR"),
    ],
)
def test_demonyms(word, code):
    place = demonym_country(word)
    assert place is not None and place.code == code and place.kind == "country"


def test_demonym_points_to_the_same_entity_as_the_country_name():
    assert demonym_country("bélarusienne").id == lookup_place("Bélarus").id == place_entity_id(lookup_place("Biélorussie"))


def test_non_demonyms():
    for word in ("ministre", "nationale", "européenne", "Loukachenko"):
        assert demonym_country(word) is None


def test_every_demonym_row_names_a_known_country():
    gaz = get_gazetteer("fr")
    assert gaz is not None
    codes = {p.code for p in gaz.places if p.kind == "country"}
    assert {demonym_country(w).code for w in gaz.demonym_surfaces()} <= codes


@pytest.mark.parametrize(
    "a, b",
    [
        ("Loukachenko", "LUKASHENKO"),  # French vs English romanisation, all caps
        ("Loukachenka", "Łukaszenka"),  # Belarusian form, French vs Polish
        ("Лукашенко", "Lukaschenko"),  # Cyrillic vs German
        ("Poutine", "Putin"),
        ("Путин", "Poutine"),
        ("Khrouchtchev", "Khrushchev"),
        ("Navalnyï", "Nawalny"),
        ("Sergueï", "Sergey"),
        ("Mikhaïl", "Mikhail"),
        ("Michoustine", "Mishustin"),
    ],
)
def test_translit_key_matches_romanisations(a, b):
    assert translit_key(a) == translit_key(b)


@pytest.mark.parametrize("a, b", [("Martin", "Morin"), ("Jean", "Paul"), ("Poutine", "Pouchkine"), ("Ivanov", "Ivanova")])
def test_translit_key_keeps_different_names_apart(a, b):
    assert translit_key(a) != translit_key(b)


def test_translit_similarity_is_graded():
    assert translit_similarity("Zelensky", "Selenskyj") > 0.9
    assert translit_similarity("Loukachenko", "Poutine") < 0.7


def test_capitals_are_known_with_their_country():
    for name, code in (("Port-au-Prince", "HT"), ("Niamey", "NE"), ("Mogadiscio", "SO"), ("Hanoï", "VN"),
                       ("Oulan-Bator", "MN"), ("Bogota", "CO"), ("Bogotá", "CO")):
        place = lookup_place(name)
        assert place is not None and place.kind == "city" and place.code == code, name


def test_listed_organisations_by_acronym_and_name():
    from veille.gazetteer import lookup_organisation

    assert lookup_organisation("ONU").name == "Organisation des Nations unies"
    assert lookup_organisation("les Nations unies").name == "Organisation des Nations unies"
    assert lookup_organisation("Onu") is None  # acronyms match as written
    assert lookup_organisation("CPI") is None  # two readings in French news: not listed


def test_seats_of_power_point_to_their_country():
    for name, code in (("Élysée", "FR"), ("le Kremlin", "RU"), ("la Maison-Blanche", "US")):
        place = lookup_place(name)
        assert place is not None and place.kind == "seat" and place.code == code, name


def test_geonames_cities_tell_a_country_but_are_no_places():
    assert city_country("Limassol") == "CY" and city_country("Tromsø") == "NO"
    assert city_country("Cambridge") is None  # a UK and a US city of like size: the name does not tell
    assert city_country("Atlantide") is None
    # Kept out of lookup_place: a town's name is often a person's or a club's (Santos).
    assert lookup_place("Limassol") is None


def test_iso_regions_are_looked_up_apart_from_places():
    assert lookup_region("la Bavière").code == "DE" and lookup_region("Bayern").code == "DE"
    assert lookup_region("Minas Gerais").kind == "region" and lookup_region("Californie").code == "US"
    assert lookup_region("Atlantide") is None
    assert lookup_place("Minas Gerais") is None  # ``Hidalgo``, ``Santander``: regions that are people too


def test_the_twenty_seven_is_the_european_union():
    from veille.gazetteer import lookup_organisation

    assert lookup_organisation("Vingt-Sept").name == "Union européenne"


def test_caches_can_be_reset():
    from veille.gazetteer import lookup_region, reset_caches

    reset_caches()
    assert lookup_region("Bavière") is not None


def test_an_acronym_written_as_a_word_is_the_listed_body():
    from veille.gazetteer import lookup_organisation

    assert lookup_organisation("Otan").name == lookup_organisation("OTAN").name
    assert lookup_organisation("Cédéao").name == lookup_organisation("CEDEAO").name
    assert lookup_organisation("Paris") is None and lookup_organisation("Onu") is None
