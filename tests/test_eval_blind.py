"""The blind evaluation runs end to end and its floors cannot drop silently.

Floors are the figures measured when the set was added (see the issue notes); raising them is
fine, lowering one is a regression to justify in the commit that does it.
"""

import pytest

from veille.eval.blind import BLIND_PATH, BLIND_SETS, evaluate_blind, format_blind_report

FLOORS = {
    # measured on the score-only half (b13-b24) when the set was added, raised since
    "quotes_f1": 0.95,
    "times_relaxed_f1": 0.95,
    "entity_mentions_f1": 0.95,
    "speaker_accuracy": 0.85,
    "roles": 0.62,
    "false_merges": 1,  # O:olympique_lyonnais ~ L:lyon, a club written as its city (not fixed)
}
#: The second set's score-only half (c01-c12), measured when it was added (2026-12-02).
FLOORS_2 = {
    "quotes_f1": 0.92,
    "times_relaxed_f1": 0.92,
    "entity_mentions_f1": 0.94,
    "speaker_accuracy": 0.73,
    "roles": 0.62,
    "false_merges": 0,
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
    assert result["boilerplate"]["article_lines_removed"] == 0
    assert len(result["entities"]["false_merges"]) <= floors["false_merges"]


def test_floors(result):
    _check(result, FLOORS)


def test_floors_second_set(pipeline):
    path = BLIND_SETS["blind2"][0]
    if not path.exists():
        pytest.skip(f"{path} is absent")
    _check(evaluate_blind("test", set="blind2"), FLOORS_2)
