"""Cleaning: normalisation and boilerplate removal, on written lines and on the seeds."""

import pytest

from veille.lang import get_pack
from veille.pipeline.stages.clean import clean_text, is_caps_headline, normalize_text

RULES = get_pack("fr").boilerplate


def clean(raw, title=None):
    return clean_text(raw, title, RULES)


@pytest.mark.parametrize(
    "line, reason",
    [
        ("CLIQUEZ ICI POUR TÉLÉCHARGER NOTRE APPLICATION", "call-to-action"),
        ("Cliquez ici pour recevoir nos alertes", "call-to-action"),
        ("Lire aussi : Le budget 2025 en dix questions", "related-link"),
        ("À lire aussi - Les agriculteurs bloquent l'A7", "related-link"),
        ("Abonnez-vous à notre lettre d'information", "subscription-prompt"),
        ("16h20", "live-timestamp"),
        ("Activez les alertes pour suivre notre direct", "call-to-action"),
        ("Recevez chaque lundi notre lettre Économie", "subscription-prompt"),
        ("EN DIRECT | Mis à jour le 3 févr. 2025 à 08h10", "byline"),
        ("Retrouvez toutes nos interviews dans la rubrique Débats", "related-link"),
        ("Cet entretien a été mené par téléphone.", "editorial-note"),
        ("Suivez-nous sur Instagram", "social-prompt"),
        ("© Le Quotidien du Sud 2024", "credit"),
        ("Crédits photos : Jeanne Martin / Agence Sud", "credit"),
        ("Il vous reste 72 % de cet article à lire.", "paywall"),
        ("Pour lire la suite, abonnez-vous dès 1 € le premier mois", "paywall"),
        ("LE PREMIER MINISTRE ANNONCE UN REMANIEMENT AVANT L'ÉTÉ", "pasted-headline"),
        ("Partager : Facebook · X · Copier le lien", "social-prompt"),
        ("Facebook | Telegram | E-mail", "share-buttons"),
        ("Vous aimez notre travail ? Suivez-nous sur Bluesky et Threads", "social-prompt"),
        ("Toute l'actualité régionale en direct sur notre application", "call-to-action"),
        ("Sur le même thème : La grève des contrôleurs se durcit · Trafic perturbé jeudi", "related-link"),
        ("Nos articles sur ce sujet : Le port de Sète en chiffres", "related-link"),
        ("VIDÉO – Les images de l'incendie du marché couvert", "media-teaser"),
        ("EN IMAGES : la fête des Lumières sous la neige", "media-teaser"),
        ("Par Marc-Antoine Rivière, correspondant à Bruxelles", "byline"),
        ("Par Léa Fontaine | Publié le 03/02/2025 à 17h40", "byline"),
        ("(Version française Hugo Blanc, édité par Nadia Roux)", "credit"),
        ("(Avec AFP et Reuters)", "credit"),
        ("Lecture : 4 min", "reading-time"),
        ("Écouter cet article", "share-buttons"),
        ("Voir les 12 commentaires", "comments"),
        ("Mots-clés : Sénégal, élections, Sonko", "tags"),
        ("Source : ministère de l'Intérieur", "credit"),
        ("La rédaction avec AFP", "byline"),
        ("Propos recueillis par Julie Martin", "byline"),
        ("Les plus lus : Le prix de l'essence à la pompe", "related-link"),
        ("ENTRETIEN", "section-label"),
        ("EN DIRECT | Municipales : suivez la soirée électorale", "section-label"),
        ("MONDE EXPRESS – Les brèves de la rédaction Afrique", "section-label"),
        ("Contenu réservé à nos abonnés · Lecture 6 min", "paywall"),
        ("Cet article est paru dans notre édition du 3 mars. Abonnez-vous dès 2 €.", "editorial-note"),
        ("✉️ La lettre Éco, chaque lundi dans votre boîte mail. S'inscrire", "subscription-prompt"),
        ("► Lire également : Le port de Dakar en grève", "related-link"),
        ("Accueil › Monde › Afrique", "navigation"),
        ("Bourse | CAC 40 7 412,10 (-0,32 %) | Euro/dollar 1,0841", "ticker"),
        ("Commenter (8) · Partager · Imprimer", "share-buttons"),
        ("Le président devant ses partisans, dimanche à Dakar. © Jean Dupuis / AFP", "credit"),
        ("Paul Garnier, journaliste au service Économie, suit les marchés depuis Paris.", "author-bio"),
    ],
)
def test_boilerplate_line_is_removed_with_its_reason(line, reason):
    text, removed = clean(f"Premier paragraphe de l'article.\n{line}\nDernier paragraphe.")
    assert line not in text
    assert [(b.text, b.reason) for b in removed] == [(line, reason)]
    assert text == "Premier paragraphe de l'article.\n\nDernier paragraphe."


def test_acronyms_inside_sentences_are_kept():
    raw = "L'OTAN et l'UE ont réagi. La BCE maintient ses taux, selon l'AFP et le FMI."
    text, removed = clean(raw)
    assert text == raw and removed == ()


def test_the_articles_own_title_is_never_removed_even_in_capitals():
    title = "LA GARDE NATIONALE SE DÉPLOIE À LA FRONTIÈRE"
    text, removed = clean(f"{title}\nLe texte commence ici.", title=title)
    assert removed == ()
    assert title in text


def test_short_capitalised_line_is_not_a_headline():
    assert not is_caps_headline("ONU")
    assert not is_caps_headline("Le président de l'UE et l'OTAN se réunissent à Bruxelles")
    assert is_caps_headline("LA RUSSIE ANNONCE DES MANŒUVRES PRÈS DE LA FRONTIÈRE")


def test_control_bidi_and_zero_width_characters_are_dropped():
    raw = "Le\u202e ministre\u200b a\x00 parlé\u00a0:\u2066 oui\u2069."
    assert normalize_text(raw) == "Le ministre a parlé : oui."


def test_hard_wrapped_lines_are_joined_and_paragraphs_kept():
    raw = "Le gouvernement a annoncé une\nréforme des retraites.\n\nUn second paragraphe."
    text, _ = clean(raw)
    assert text == "Le gouvernement a annoncé une réforme des retraites.\n\nUn second paragraphe."


def test_seed_boilerplate_is_removed_and_listed(seed_text):
    text, removed = clean(seed_text("000"))
    reasons = {b.reason for b in removed}
    assert len(removed) == 3 and reasons == {"pasted-headline", "call-to-action"}
    for b in removed:
        assert b.text not in text
    assert "CLIQUEZ" not in text and "LUKASHENKO" not in text


def test_seed_without_boilerplate_loses_nothing(seed_text):
    raw = seed_text("001")
    title, body = raw.split("\n", 1)
    text, removed = clean(body, title=title)
    assert removed == ()
    assert text.replace("\n\n", "\n") == "\n".join(l.strip() for l in body.splitlines() if l.strip())


@pytest.mark.parametrize(
    "line",
    [
        "Par ailleurs, le ministre a annoncé une hausse des crédits de la défense.",
        "Par Moscou, il faut entendre ici le Kremlin et ses relais.",
        "Vidéo à l'appui, l'opposition accuse la police d'avoir frappé des manifestants.",
        "(Le président a répondu par écrit.)",
        "« Partager le pouvoir n'est pas une option », a martelé le chef de la junte.",
        "Sources : les chiffres de l'Insee montrent une baisse nette du chômage dans la région depuis trois ans, ce que conteste pourtant une large partie des syndicats locaux qui dénoncent une précarité croissante.",
        "Avec AFP, le ministère a confirmé l'information dans la soirée.",
        "Texte par texte, les députés ont examiné le budget.",
        "KIEV – Les sirènes ont retenti toute la nuit dans la capitale.",
        "Retour sur les revues « 1 » ou « 2 » où les chercheurs « placent » leurs articles",
        "| Une partie des salariés (17 %) travaille à temps partiel, soit 23 heures par semaine. | 2019 | 2020 |",
        "Paul Garnier, journaliste au Monde, a été arrêté samedi à Minsk.",
    ],
)
def test_article_lines_that_look_like_furniture_are_kept(line):
    text, removed = clean(f"Premier paragraphe de l'article.\n{line}\nDernier paragraphe.")
    assert removed == ()
    assert line in text


def test_a_sentence_with_a_time_is_not_a_timestamp():
    text, removed = clean("Le conseil s'est réuni à 16h20.\n\n16h20\n\nLe vote a eu lieu.")
    assert "Le conseil s'est réuni à 16h20." in text
    assert [b.text for b in removed if b.reason == "live-timestamp"] == ["16h20"]
