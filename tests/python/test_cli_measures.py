"""`rorkit measure ...`, run as a subprocess (RORKIT_CLI, set by ctest).

Exit codes: 0 ok, 2 usage error, 3 bad input ("rorkit: error: ... [status]" on stderr, nothing on
stdout). Scores are worked by hand as in test_measures.py and compared with the Python API.
"""

from __future__ import annotations

import json

import pytest

import rorkit




def test_who5_text(run):
    # 3 + 4 + 2 + 3 + 1 = 13 -> 52: the first score above the cut-off.
    r = run("measure", "who5", "3", "4", "2", "3", "1")
    assert (r.code, r.err) == (0, "")
    assert r.out == "52  well-being above the screening cut-off (score > 50)\n"
    assert r.out.split("  ", 1)[1].strip() == rorkit.score("who5", [3, 4, 2, 3, 1]).interpretation


@pytest.mark.parametrize("args, line", [
    (["ors", "6.5", "6.5", "6.5", "5.5"], "25  clinical range (score <= 25)"),
    (["ors", "6,5", "6,5", "6,5", "5,5"], "25  clinical range (score <= 25)"),  # decimal comma
    (["srs", "9", "9", "9", "8.5"], "35.5  alliance concern (score < 36): talk about the session"),
    (["qpr15"] + ["4"] * 15, "60  no cut-off; higher means more recovery (0-60)"),
    (["inspire-o", "2", "2", "2", "2", "2"],
     "50  personal recovery at or above the cut-off (score >= 50)"),
    (["multi-area", "4", "6", "7"], "5.67  no cut-off; mean of the areas (1-10), higher is better"),
    (["who5", "0", "0", "0", "0", "0"],
     "0  poor well-being (score <= 50): consider screening for depression"),
])
def test_instruments_text(run, args, line):
    r = run("measure", *args)
    assert (r.code, r.err, r.out) == (0, "", line + "\n")


def test_missing_items(run):
    # "-" and "NA" are missing; WHO-5 allows none unless --max-missing says so.
    r = run("measure", "who5", "4", "-", "3", "3", "2")
    assert r.code == 3 and r.out == ""
    assert r.err == ("rorkit: error: WHO-5: 1 of 5 items missing (item 2); at most 0 may be "
                     "missing [too many items missing]\n")
    # 4 + 3 + 3 + 2 = 12 over 4 -> raw 15 -> 60.
    for token in ("-", "NA"):
        r = run("measure", "who5", "4", token, "3", "3", "2", "--max-missing", "1")
        assert (r.code, r.err) == (0, "")
        assert r.out == ("60  well-being above the screening cut-off (score > 50)  "
                         "(prorated from 4 of 5 items)\n")
    # QPR-15 prorates two by default: 14 threes and one missing -> 42 over 14 x 15 = 45.
    r = run("measure", "qpr15", *(["3"] * 14), "NA")
    assert r.out.startswith("45  ") and "(prorated from 14 of 15 items)" in r.out
    r = run("measure", "qpr15", *(["3"] * 12), "-", "-", "-")
    assert r.code == 3 and "3 of 15 items missing (items 13, 14, 15)" in r.err


def test_json(run):
    r = run("measure", "who5", "3", "NA", "2", "3", "1", "--max-missing", "1", "--json")
    assert (r.code, r.err) == (0, "")
    doc = json.loads(r.out)
    # 3 + 2 + 3 + 1 = 9 over 4 -> raw 11.25 -> 45.
    assert doc == {
        "instrument": "who5", "name": "WHO-5 Well-Being Index", "items": [3, None, 2, 3, 1],
        "answered": 4, "prorated": True, "raw": 11.25, "score": 45, "score_min": 0,
        "score_max": 100, "cutoff": 50, "band": "clinical",
        "interpretation": "poor well-being (score <= 50): consider screening for depression",
    }
    api = rorkit.score("who5", [3, None, 2, 3, 1], max_missing=1)
    assert (doc["raw"], doc["score"], doc["band"]) == (api.raw, api.score, api.band.name)


@pytest.mark.parametrize("args, items", [
    (["ors", "4.3", "5.1", "6.2", "3.9"], [4.3, 5.1, 6.2, 3.9]),
    (["srs", "10", "10", "9.5", "10"], [10, 10, 9.5, 10]),
    (["qpr15", "3", "2", "3", "4", "2", "3", "3", "2", "1", "3", "2", "3", "4", "3", "2"],
     [3, 2, 3, 4, 2, 3, 3, 2, 1, 3, 2, 3, 4, 3, 2]),
    (["inspire-o", "3", "4", "2", "3", "3"], [3, 4, 2, 3, 3]),
    (["multi-area", "4", "6", "7", "9"], [4, 6, 7, 9]),
])
def test_json_matches_the_api(run, args, items):
    r = run("measure", *args, "--json")
    assert r.code == 0
    doc = json.loads(r.out)
    api = rorkit.score(doc["instrument"], items)
    assert doc["score"] == pytest.approx(api.score)
    assert doc["raw"] == pytest.approx(api.raw)
    assert doc["band"] == api.band.name
    assert doc["interpretation"] == api.interpretation
    assert doc["cutoff"] == rorkit.instrument(doc["instrument"]).cutoff


@pytest.mark.parametrize("args, message", [
    (["who5", "1", "2", "3"], "WHO-5 has 5 items, got 3 [invalid argument]"),
    (["who5"], "WHO-5 has 5 items, got 0 [invalid argument]"),
    (["ors", "1", "2", "3", "4", "5"], "ORS has 4 items, got 5 [invalid argument]"),
    (["qpr15", "1"], "QPR-15 has 15 items, got 1 [invalid argument]"),
    (["multi-area"], "multi-area scale takes 1-100 areas, got 0 [invalid argument]"),
    (["who5", "1", "2", "6", "4", "5"],
     "WHO-5 item 3 is 6; allowed: whole numbers 0-5 [item out of range]"),
    (["who5", "1", "2", "3", "4", "-1"],
     "WHO-5 item 5 is -1; allowed: whole numbers 0-5 [item out of range]"),
    (["ors", "1", "10.5", "3", "4"], "ORS item 2 is 10.5; allowed: 0-10 [item out of range]"),
    (["inspire-o", "1", "1", "1", "1", "2.5"],
     "Brief INSPIRE-O item 5 is 2.5; allowed: whole numbers 0-4 [item out of range]"),
    (["multi-area", "11"], "multi-area scale item 1 is 11; allowed: whole numbers 1-10 "
                           "[item out of range]"),
    (["who5", "1", "2", "abc", "4", "5"],
     'item 3 "abc" is not a number (write - or NA for a missing item) [parse error]'),
    (["who5", "1", "2", "3", "4", "5", "--max-missing", "-1"],
     "max_missing is -1; it must be 0 or more [invalid argument]"),
])
def test_errors_exit_3(run, args, message):
    r = run("measure", *args)
    assert r.code == 3
    assert r.out == ""
    assert r.err == f"rorkit: error: {message}\n"


def test_usage_errors_exit_2(run):
    assert run("measure").code == 2
    assert run("measure", "phq9", "1").code == 2
    assert run("measure", "who5", "1", "2", "3", "4", "5", "--max-missing", "x").code == 2


def test_change(run):
    # WHO-5 44 -> 56: +12, RCI 12 / (10 / 1.96) = 2.352, across the cut-off.
    r = run("measure", "change", "who5", "44", "56")
    assert (r.code, r.err) == (0, "")
    assert r.out == "44 -> 56  difference 12, RCI 2.35  recovered\n"
    r = run("measure", "change", "inspire-o", "75", "50", "--json")
    doc = json.loads(r.out)
    # -25 / (8 / 1.96) = -6.125.
    assert doc["classification"] == "reliably_deteriorated"
    assert doc["rci"] == pytest.approx(-6.125)
    assert doc["difference"] == -25
    r = run("measure", "change", "who5", "40", "101")
    assert r.code == 3
    assert "after is 101, outside the WHO-5 score range 0-100 [out of range]" in r.err


def test_list(run):
    r = run("measure", "list")
    assert r.code == 0
    lines = r.out.splitlines()
    assert len(lines) == len(rorkit.instruments()) == 6
    assert lines[0] == "who5        WHO-5 Well-Being Index  (score 0-100, cut-off 50, change 10)"
    assert lines[3].startswith("qpr15 ") and "cut-off" not in lines[3]
