"""The blind evaluation runs end to end and its floors cannot drop silently.

Floors are the figures measured when the set was added (see the issue notes); raising them is
fine, lowering one is a regression to justify in the commit that does it.
"""

import pytest

from veille.eval.blind import BLIND_PATH, BLIND_SETS, evaluate_blind, format_blind_report

FLOORS = {
    # measured on the score-only half (b13-b24) when the set was added, raised since
    "quotes_f1": 0.97,
    "times_relaxed_f1": 0.97,
    "entity_mentions_f1": 0.96,
    "speaker_accuracy": 0.88,
    "roles": 0.73,
    "false_merges": 0,  # O:olympique_lyonnais ~ L:lyon is gone: a club written as its town is the club
}
#: The second set's score-only half (c01-c12), measured when it was added (2026-12-02).
FLOORS_2 = {
    "quotes_f1": 0.92,
    "times_relaxed_f1": 0.92,
    "entity_mentions_f1": 0.94,
    "speaker_accuracy": 0.80,
    "roles": 0.64,
    "false_merges": 0,
}
#: The third set's score-only half (e01-e12), measured when it was added (2026-12-02).
FLOORS_3 = {
    "quotes_f1": 0.90,
    "times_relaxed_f1": 0.94,
    "entity_mentions_f1": 0.92,
    "speaker_accuracy": 0.76,
    "roles": 0.58,
    "false_merges": 0,
}

#: The fourth set's score-only half (h01-h12), measured when it was added (2026-12-02).
FLOORS_4 = {
    "quotes_f1": 0.95,
    "times_relaxed_f1": 0.96,
    "entity_mentions_f1": 0.93,
    "speaker_accuracy": 0.79,
    "roles": 0.60,
    "false_merges": 0,
}

#: The fifth set's score-only half (j01-j12), measured when it was added (2026-12-02). The false
#: merge is London ~ London (Ontario); three article lines are taken for page furniture.
FLOORS_5 = {
    "quotes_f1": 0.90,
    "times_relaxed_f1": 0.98,
    "entity_mentions_f1": 0.96,
    "speaker_accuracy": 0.75,
    "roles": 0.53,
    "false_merges": 1,
    "article_lines_removed": 3,
}
#: Sets 6 and 7 were scored the day they were added, before any rule was drawn from their dev
#: halves (test roles 0.653 and 0.576); the floors sit a little under today's figures.
FLOORS_6 = {
    "quotes_f1": 0.95,
    "times_relaxed_f1": 0.97,
    "entity_mentions_f1": 0.95,
    "speaker_accuracy": 0.83,
    "roles": 0.66,
    "false_merges": 1,
    "article_lines_removed": 0,
}
FLOORS_7 = {
    "quotes_f1": 0.93,
    "times_relaxed_f1": 0.93,
    "entity_mentions_f1": 0.95,
    "speaker_accuracy": 0.75,
    "roles": 0.56,
    "false_merges": 0,
    "article_lines_removed": 0,
}

#: Set 8 was scored the day it was added, before anything was read from it (test roles 0.577).
FLOORS_8 = {
    "quotes_f1": 0.95,
    "times_relaxed_f1": 0.93,
    "entity_mentions_f1": 0.95,
    "speaker_accuracy": 0.83,
    "roles": 0.56,
    "false_merges": 1,
    "article_lines_removed": 0,
}

#: Set 9 scored 0.673 on its test half when added (2026-12-03); after the rules drawn from its dev
#: half the next day, 0.762 (the floors sit a little under).
FLOORS_9 = {
    "quotes_f1": 0.91,
    "times_relaxed_f1": 0.93,
    "entity_mentions_f1": 0.94,
    "speaker_accuracy": 0.82,
    "roles": 0.74,
    "false_merges": 1,
    "article_lines_removed": 0,
}


@pytest.fixture(scope="module")
def result(pipeline):
    if not BLIND_PATH.exists():
        pytest.skip(f"{BLIND_PATH} is absent")
    return evaluate_blind("test")


def test_report_prints_every_capability(result):
    report = format_blind_report(result)
    for word in ("quotes all", "times extent strict", "entity mentions", "roles right", "boilerplate"):
        assert word in report


def _check(result, floors):
    assert result["quotes"]["all"]["f1"] >= floors["quotes_f1"]
    assert result["times"]["relaxed"]["f1"] >= floors["times_relaxed_f1"]
    assert result["entities"]["mentions"]["f1"] >= floors["entity_mentions_f1"]
    assert result["quotes"]["speaker_accuracy"] >= floors["speaker_accuracy"]
    assert result["roles"]["accuracy"] >= floors["roles"]
    assert result["boilerplate"]["article_lines_removed"] <= floors.get("article_lines_removed", 0)
    assert len(result["entities"]["false_merges"]) <= floors["false_merges"]


def test_floors(result):
    _check(result, FLOORS)


@pytest.mark.parametrize("name, floors", [("blind2", FLOORS_2), ("blind3", FLOORS_3), ("blind4", FLOORS_4),
                                            ("blind5", FLOORS_5), ("blind6", FLOORS_6), ("blind7", FLOORS_7),
                                            ("blind8", FLOORS_8), ("blind9", FLOORS_9)])
def test_floors_later_sets(pipeline, name, floors):
    path = BLIND_SETS[name][0]
    if not path.exists():
        pytest.skip(f"{path} is absent")
    _check(evaluate_blind("test", set=name), floors)
