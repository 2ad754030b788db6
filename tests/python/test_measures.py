"""Outcome measures from Python: instruments, score, reliable_change, Measurement, series and the
pandas/numpy views (numpy 2 / pandas 3 and numpy 1.26 / pandas 2.2).

Expected values are worked by hand from DOMAIN.md §7, as in tests/cpp/measures: WHO-5 = item sum
x 4; ORS, SRS, QPR-15 = item sum; Brief INSPIRE-O = item mean x 25; multi-area = item mean; a
missing item is replaced by the answered items' mean. Jacobson-Truax: S_diff = sqrt(2) x sd x
sqrt(1 - r); with the default parameters S_diff = documented change / 1.96.
"""

from __future__ import annotations

import copy
import datetime as dt
import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import rorkit

ID = rorkit.InstrumentId
BAND = rorkit.ScoreBand
CHANGE = rorkit.ChangeClass

# (instrument, item count, item min, item max, whole numbers) for the hypothesis strategies.
SCALES = {
    ID.who5: (5, 0, 5, True),
    ID.ors: (4, 0, 10, False),
    ID.srs: (4, 0, 10, False),
    ID.qpr15: (15, 0, 4, True),
    ID.inspire_o: (5, 0, 4, True),
    ID.multi_area: (6, 1, 10, True),
}


# ---- instruments --------------------------------------------------------------------------------

def test_instruments_table():
    table = rorkit.instruments()
    assert [i.code for i in table] == ["who5", "ors", "srs", "qpr15", "inspire_o", "multi_area"]
    assert [i.id for i in table] == list(SCALES)
    who5 = table[0]
    assert (who5.name, who5.item_count, who5.item_min, who5.item_max) == (
        "WHO-5 Well-Being Index", 5, 0, 5)
    assert (who5.score_min, who5.score_max, who5.cutoff) == (0, 100, 50)
    assert who5.at_or_below_cutoff_is_clinical and who5.integer_items
    assert who5.reliable_change_points == 10
    assert who5.source
    assert table[3].cutoff is None  # QPR-15
    assert table[3].max_missing_default == 2
    assert table[2].at_or_below_cutoff_is_clinical is False  # SRS: below 36
    assert table[1].integer_items is False  # ORS
    assert "InstrumentInfo('who5'" in repr(who5)


@pytest.mark.parametrize("code, expected", [
    ("who5", ID.who5), ("WHO-5", ID.who5), ("ors", ID.ors), ("SRS", ID.srs), ("QPR-15", ID.qpr15),
    ("inspire-o", ID.inspire_o), ("Inspire_O", ID.inspire_o), ("multi-area", ID.multi_area),
    (ID.multi_area, ID.multi_area),
])
def test_instrument_lookup(code, expected):
    assert rorkit.instrument(code).id == expected


def test_unknown_instrument():
    with pytest.raises(rorkit.NotFoundError, match='"phq9"'):
        rorkit.instrument("phq9")
    with pytest.raises(LookupError):
        rorkit.score("phq9", [1])
    with pytest.raises(TypeError, match="InstrumentId or a code string"):
        rorkit.score(1, [1, 1, 1, 1, 1])


# ---- score --------------------------------------------------------------------------------------

@pytest.mark.parametrize("instrument, items, raw, score, band", [
    ("who5", [0, 0, 0, 0, 0], 0, 0, BAND.clinical),
    ("who5", [5, 5, 5, 5, 5], 25, 100, BAND.non_clinical),
    ("who5", [3, 3, 2, 3, 1], 12, 48, BAND.clinical),           # raw 12 < 13
    ("who5", [3, 4, 2, 3, 1], 13, 52, BAND.non_clinical),
    ("ors", [6.5, 6.5, 6.5, 5.5], 25, 25, BAND.clinical),       # <= 25
    ("ors", [10, 10, 10, 10], 40, 40, BAND.non_clinical),
    ("srs", [9, 9, 9, 9], 36, 36, BAND.non_clinical),           # 36 is fine
    ("srs", [9, 9, 9, 8.5], 35.5, 35.5, BAND.clinical),
    ("qpr15", [3, 2, 3, 4, 2, 3, 3, 2, 1, 3, 2, 3, 4, 3, 2], 40, 40, BAND.none),
    ("qpr15", [4] * 15, 60, 60, BAND.none),
    ("inspire_o", [2, 2, 2, 2, 2], 10, 50, BAND.non_clinical),  # mean 2 x 25
    ("inspire_o", [2, 2, 2, 2, 1], 9, 45, BAND.clinical),
    ("inspire_o", [4, 4, 4, 4, 4], 20, 100, BAND.non_clinical),
    ("multi_area", [4, 6, 7], 17, 17 / 3, BAND.none),
    ("multi_area", [1], 1, 1, BAND.none),
])
def test_score_values(instrument, items, raw, score, band):
    s = rorkit.score(instrument, items)
    assert s.raw == pytest.approx(raw)
    assert s.score == pytest.approx(score)
    assert float(s) == pytest.approx(score)
    assert s.band == band
    assert s.answered == len(items)
    assert s.prorated is False
    assert s.instrument == rorkit.instrument(instrument).id
    assert s.interpretation


def test_score_interpretation_and_repr():
    s = rorkit.score(ID.who5, [3, 3, 2, 3, 1])
    assert "poor well-being" in s.interpretation
    assert repr(s) == "Score(who5: 48, clinical)"
    p = rorkit.score("ors", [4, None, 4, 4], max_missing=1)
    assert repr(p) == "Score(ors: 16, clinical, prorated)"


def test_missing_items_with_none_and_nan():
    # 4 + 3 + 3 + 2 = 12 over 4: mean 3, raw 15, score 60.
    for items in ([4, None, 3, 3, 2], [4, math.nan, 3, 3, 2], np.array([4, np.nan, 3, 3, 2])):
        s = rorkit.score("who5", items, max_missing=1)
        assert (s.answered, s.prorated, s.raw, s.score) == (4, True, 15, 60)
    with pytest.raises(rorkit.MissingItemsError,
                       match=r"^WHO-5: 1 of 5 items missing \(item 2\); at most 0 may be missing$"):
        rorkit.score("who5", [4, None, 3, 3, 2])


def test_qpr15_prorates_two_missing_by_default():
    # Items 2 and 7 (a 2 and a 3) of the typical answers missing: 35 over 13, x 15 = 525/13.
    items = [3, None, 3, 4, 2, 3, None, 2, 1, 3, 2, 3, 4, 3, 2]
    s = rorkit.score("qpr15", items)
    assert s.answered == 13
    assert s.raw == pytest.approx(525 / 13)
    items[14] = None
    with pytest.raises(rorkit.MissingItemsError, match=r"items 2, 7, 15"):
        rorkit.score("qpr15", items)
    assert rorkit.score("qpr15", items, max_missing=3).raw == pytest.approx(33 / 12 * 15)
    with pytest.raises(rorkit.MissingItemsError, match="all 15 items are missing"):
        rorkit.score("qpr15", [None] * 15, max_missing=15)


def test_numpy_inputs():
    assert rorkit.score("who5", np.array([3, 4, 2, 3, 1], dtype=np.int64)).score == 52
    assert rorkit.score("who5", np.array([3, 4, 2, 3, 1], dtype=np.float32)).score == 52
    assert rorkit.score("ors", np.arange(4, dtype=np.uint8)).score == 6  # 0+1+2+3
    # A non-contiguous view is fine.
    assert rorkit.score("who5", np.array([3, 9, 4, 9, 2, 9, 3, 9, 1, 9])[::2]).score == 52
    # Object arrays are read element by element, None meaning missing.
    assert rorkit.score("who5", np.array([4, None, 3, 3, 2], dtype=object),
                        max_missing=1).score == 60
    with pytest.raises(rorkit.InvalidArgumentError, match="one-dimensional"):
        rorkit.score("who5", np.zeros((5, 1)))


def test_pandas_inputs():
    pd = pytest.importorskip("pandas")
    assert rorkit.score("who5", pd.Series([4, None, 3, 3, 2]), max_missing=1).score == 60
    assert rorkit.score("who5", pd.array([4, None, 3, 3, 2], dtype="Int64"),
                        max_missing=1).score == 60


@pytest.mark.parametrize("instrument, items, message", [
    ("who5", [1, 2, 6, 4, 5], "WHO-5 item 3 is 6; allowed: whole numbers 0-5"),
    ("who5", [1, 2, 3, 4, 2.5], "WHO-5 item 5 is 2.5; allowed: whole numbers 0-5"),
    ("ors", [1, 10.5, 3, 4], "ORS item 2 is 10.5; allowed: 0-10"),
    ("srs", [-0.1, 1, 1, 1], "SRS item 1 is -0.1; allowed: 0-10"),
    ("qpr15", [2] * 11 + [5] + [2] * 3, "QPR-15 item 12 is 5; allowed: whole numbers 0-4"),
    ("inspire_o", [0, 0, 0, 0, 4.5], "Brief INSPIRE-O item 5 is 4.5; allowed: whole numbers 0-4"),
    ("multi_area", [5, 0], "multi-area scale item 2 is 0; allowed: whole numbers 1-10"),
    ("ors", [1, math.inf, 1, 1], "ORS item 2 is inf; allowed: 0-10"),
])
def test_item_out_of_range(instrument, items, message):
    with pytest.raises(rorkit.ItemOutOfRangeError) as info:
        rorkit.score(instrument, items)
    assert str(info.value) == message
    assert info.value.status == -302
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("instrument, items, message", [
    ("who5", [1, 2, 3, 4], "WHO-5 has 5 items, got 4"),
    ("ors", [1, 2, 3, 4, 5], "ORS has 4 items, got 5"),
    ("qpr15", [], "QPR-15 has 15 items, got 0"),
    ("multi_area", [], "multi-area scale takes 1-100 areas, got 0"),
    ("multi_area", [5] * 101, "multi-area scale takes 1-100 areas, got 101"),
])
def test_wrong_item_count(instrument, items, message):
    with pytest.raises(rorkit.InvalidArgumentError) as info:
        rorkit.score(instrument, items)
    assert str(info.value) == message


def test_bad_item_types_and_options():
    with pytest.raises(TypeError, match=r"items\[2\] is a str"):
        rorkit.score("who5", [1, 2, "3", 4, 5])
    with pytest.raises(TypeError, match="not a string"):
        rorkit.score("who5", "12345")
    with pytest.raises(rorkit.InvalidArgumentError, match="max_missing is -1"):
        rorkit.score("who5", [1, 2, 3, 4, 5], max_missing=-1)


# ---- bands, reliable change ---------------------------------------------------------------------

@pytest.mark.parametrize("instrument, score, band", [
    ("who5", 50, BAND.clinical), ("who5", 52, BAND.non_clinical), ("ors", 25, BAND.clinical),
    ("ors", 25.1, BAND.non_clinical), ("srs", 35.9, BAND.clinical), ("srs", 36, BAND.non_clinical),
    ("inspire_o", 45, BAND.clinical), ("inspire_o", 50, BAND.non_clinical), ("qpr15", 30, BAND.none),
])
def test_band_of(instrument, score, band):
    assert rorkit.band_of(instrument, score) == band


def test_default_rci_params():
    # sd = change / (1.96 x sqrt(2) x sqrt(1 - r)): WHO-5 10 / 1.108743 = 9.019219 (r 0.84).
    p = rorkit.default_rci_params("who5")
    assert (p.reliability, p.z) == (0.84, 1.96)
    assert p.sd == pytest.approx(9.019219, abs=1e-6)
    assert rorkit.default_rci_params(ID.ors).sd == pytest.approx(6.817889, abs=1e-6)
    assert rorkit.default_rci_params(ID.srs).sd == pytest.approx(5.207249, abs=1e-6)
    assert rorkit.default_rci_params(ID.inspire_o).sd == pytest.approx(5.554399, abs=1e-6)
    assert rorkit.default_rci_params(ID.multi_area).sd == pytest.approx(1.613407, abs=1e-6)
    assert repr(rorkit.RciParams(8, 0.91)) == "RciParams(sd=8, reliability=0.91, z=1.96)"


@pytest.mark.parametrize("instrument, before, after, rci, cls", [
    ("who5", 40, 50, 1.96, CHANGE.reliably_improved),    # exactly 10 points, still <= 50
    ("who5", 44, 56, 2.352, CHANGE.recovered),           # 12 / 5.102041
    ("who5", 48, 56, 1.568, CHANGE.no_reliable_change),
    ("who5", 60, 48, -2.352, CHANGE.reliably_deteriorated),
    ("ors", 22, 27, 1.96, CHANGE.recovered),
    ("srs", 31, 36, 1.96, CHANGE.recovered),
    ("qpr15", 10, 50, 15.68, CHANGE.reliably_improved),  # no cut-off: never recovered
    ("inspire_o", 40, 50, 2.45, CHANGE.recovered),       # 10 / (8 / 1.96)
    ("multi_area", 4, 6, 1.96, CHANGE.reliably_improved),
])
def test_reliable_change_defaults(instrument, before, after, rci, cls):
    rc = rorkit.reliable_change(instrument, before, after)
    assert rc.difference == pytest.approx(after - before)
    assert rc.rci == pytest.approx(rci)
    assert rc.classification == cls


def test_reliable_change_with_params():
    # sd 8, r 0.91: SE 2.4, S_diff 3.394113; ORS 20 -> 27: 7 / 3.394113 = 2.062395.
    rc = rorkit.reliable_change("ors", 20, 27, rorkit.RciParams(sd=8, reliability=0.91))
    assert rc.s_diff == pytest.approx(3.394113)
    assert rc.rci == pytest.approx(2.062395)
    assert rc.classification == CHANGE.recovered
    strict = rorkit.reliable_change("ors", 20, 27, rorkit.RciParams(8, 0.91, z=2.58))
    assert strict.classification == CHANGE.no_reliable_change
    assert "recovered" in repr(rc)


def test_reliable_change_errors():
    with pytest.raises(rorkit.OutOfRangeError,
                       match=r"^before is 101, outside the WHO-5 score range 0-100$"):
        rorkit.reliable_change("who5", 101, 50)
    with pytest.raises(rorkit.OutOfRangeError, match="after is nan|after is NaN"):
        rorkit.reliable_change("ors", 10, math.nan)
    with pytest.raises(rorkit.InvalidArgumentError, match="sd is 0"):
        rorkit.reliable_change("ors", 10, 20, rorkit.RciParams(0, 0.9))
    with pytest.raises(rorkit.InvalidArgumentError, match=r"reliability is 1; it must be in \[0, 1\)"):
        rorkit.reliable_change("ors", 10, 20, rorkit.RciParams(5, 1))
    with pytest.raises(rorkit.InvalidArgumentError, match="z is 0"):
        rorkit.reliable_change("ors", 10, 20, rorkit.RciParams(5, 0.9, 0))


# ---- Measurement and series ---------------------------------------------------------------------

def _m(instrument, date, items, id=""):
    return rorkit.Measurement(instrument, date, items, id=id, recorded_by="kontaktperson")


def test_measurement_value_semantics():
    a = rorkit.Measurement("who5", "2025-01-10", np.array([2, 2, np.nan, 1, 2]), id="a")
    assert a.instrument == ID.who5
    assert a.date == dt.date(2025, 1, 10)
    assert a.items == [2.0, 2.0, None, 1.0, 2.0]
    assert (a.id, a.recorded_by, a.areas) == ("a", "", [])
    b = copy.deepcopy(a)
    assert a == b and b is not a
    b.items = [2, 2, 2, 1, 2]
    assert a != b
    b.instrument = "ors"
    assert b.instrument == ID.ors
    with pytest.raises(TypeError):
        hash(a)
    assert repr(a) == "Measurement(who5, 2025-01-10, id='a')"
    multi = rorkit.Measurement(ID.multi_area, dt.date(2025, 1, 1), [4, 5],
                               areas=["bolig", "netværk"])
    assert multi.areas == ["bolig", "netværk"]
    with pytest.raises(rorkit.InvalidUtf8Error):
        rorkit.Measurement("who5", dt.date(2025, 1, 1), [1] * 5, id="\udc80")
    with pytest.raises(rorkit.InvalidDateError):
        rorkit.Measurement("who5", "2025-02-30", [1] * 5)


def test_series_order_and_baseline():
    ms = [
        _m("who5", dt.date(2025, 3, 1), [3, 3, 3, 3, 3], "m2"),   # 60
        _m("ors", dt.date(2025, 2, 1), [5, 5, 5, 5], "other"),    # skipped
        _m("who5", dt.date(2025, 1, 10), [2, 2, 2, 1, 2], "m1"),  # 36, the baseline
        _m("who5", dt.date(2025, 9, 1), [2, 2, 2, 2, 2], "m4"),   # 40
        _m("who5", dt.date(2025, 3, 1), [4, 4, 3, 4, 4], "m3"),   # 76, same date as m2
    ]
    points = rorkit.series(ms, "who5")
    assert [p.id for p in points] == ["m1", "m2", "m3", "m4"]
    assert [p.date for p in points] == [dt.date(2025, 1, 10), dt.date(2025, 3, 1),
                                        dt.date(2025, 3, 1), dt.date(2025, 9, 1)]
    assert [p.score.score for p in points] == [36, 60, 76, 40]
    assert [p.since_baseline.difference for p in points] == [0, 24, 40, 4]
    assert [p.since_baseline.rci for p in points] == pytest.approx([0, 4.704, 7.84, 0.784])
    assert [p.since_baseline.classification for p in points] == [
        CHANGE.no_reliable_change, CHANGE.recovered, CHANGE.recovered, CHANGE.no_reliable_change]
    assert repr(points[1]) == "SeriesPoint(2025-03-01, 60, recovered)"
    assert rorkit.series([], ID.who5) == []


def test_series_errors_name_the_measurement():
    ms = [_m("who5", "2025-01-10", [2, 2, 2, 1, 2], "m1"),
          _m("who5", "2025-03-01", [3, 9, 3, 3, 3], "m2")]
    with pytest.raises(rorkit.ItemOutOfRangeError,
                       match=r'^measurement "m2" \(2025-03-01\): WHO-5 item 2 is 9'):
        rorkit.series(ms, "who5")
    ms[1] = _m("who5", "2025-03-01", [3, None, 3, 3, 3])
    with pytest.raises(rorkit.MissingItemsError, match=r"^measurement at index 1 \(2025-03-01\)"):
        rorkit.series(ms, "who5")
    # 3 + 3 + 3 + 3 = 12 over 4 -> raw 15 -> 60.
    assert rorkit.series(ms, "who5", max_missing=1)[1].score.score == 60


def test_series_frame_and_arrays():
    pd = pytest.importorskip("pandas")
    ms = [_m("ors", "2025-05-01", [9, 9, 9, 9], "late"),  # 36
          _m("ors", "2025-04-01", [5, 5, 5, 5], "a"),     # 20, baseline
          _m("ors", "2025-04-01", [4, 4, 4, 4], "b")]     # 16
    frame = rorkit.series_frame(ms, ID.ors)
    assert list(frame.columns) == ["id", "date", "score", "band", "difference", "rci",
                                   "classification"]
    assert frame["date"].dtype == np.dtype("datetime64[ns]")
    for column in ("score", "difference", "rci"):
        assert frame[column].dtype == np.float64
    for column in ("id", "band", "classification"):
        assert pd.api.types.is_string_dtype(frame[column]), column
    assert list(frame["id"]) == ["a", "b", "late"]
    assert list(frame["date"]) == [pd.Timestamp("2025-04-01")] * 2 + [pd.Timestamp("2025-05-01")]
    assert list(frame["score"]) == [20, 16, 36]
    assert list(frame["band"]) == ["clinical", "clinical", "non_clinical"]
    # -4 / 2.551020 = -1.568; +16 / 2.551020 = 6.272.
    assert list(frame["rci"]) == pytest.approx([0, -1.568, 6.272])
    assert list(frame["classification"]) == ["no_reliable_change", "no_reliable_change",
                                             "recovered"]

    arrays = rorkit.series_arrays(ms, "ors")
    assert arrays["date"].dtype == np.dtype("datetime64[D]")
    assert arrays["date"].tolist() == [dt.date(2025, 4, 1), dt.date(2025, 4, 1),
                                       dt.date(2025, 5, 1)]
    assert arrays["score"].dtype == np.float64
    assert arrays["score"].tolist() == [20, 16, 36]
    assert arrays["difference"].tolist() == [0, -4, 16]
    assert arrays["band"].tolist() == ["clinical", "clinical", "non_clinical"]
    assert arrays["classification"].tolist()[-1] == "recovered"
    assert arrays["id"].tolist() == ["a", "b", "late"]

    empty = rorkit.series_frame([], "ors")
    assert empty.shape == (0, 7)
    assert rorkit.series_arrays([], "ors")["score"].shape == (0,)


# ---- properties ---------------------------------------------------------------------------------

@st.composite
def responses(draw):
    """An instrument, a complete valid response, an item index and a larger value for it."""
    instrument = draw(st.sampled_from(sorted(SCALES, key=int)))
    count, lo, hi, whole = SCALES[instrument]
    value = st.integers(lo, hi) if whole else st.integers(lo * 10, hi * 10).map(lambda v: v / 10)
    items = draw(st.lists(value, min_size=count, max_size=count))
    index = draw(st.integers(0, count - 1))
    assume(items[index] < hi)
    larger = draw(value.filter(lambda v: v > items[index]))
    return instrument, items, index, larger


@given(responses())
def test_score_is_monotone_in_each_item(case):
    instrument, items, index, larger = case
    before = rorkit.score(instrument, items)
    raised = list(items)
    raised[index] = larger
    after = rorkit.score(instrument, raised)
    assert after.score > before.score
    assert after.raw > before.raw


@st.composite
def score_pairs(draw):
    instrument = draw(st.sampled_from(sorted(SCALES, key=int)))
    info = rorkit.instrument(instrument)
    value = st.floats(info.score_min, info.score_max, allow_nan=False)
    return instrument, draw(value), draw(value)


MIRROR = {CHANGE.no_reliable_change: {CHANGE.no_reliable_change},
          CHANGE.reliably_improved: {CHANGE.reliably_deteriorated},
          CHANGE.recovered: {CHANGE.reliably_deteriorated},
          CHANGE.reliably_deteriorated: {CHANGE.reliably_improved, CHANGE.recovered}}


@given(score_pairs())
def test_reliable_change_is_antisymmetric(case):
    instrument, a, b = case
    up = rorkit.reliable_change(instrument, a, b)
    down = rorkit.reliable_change(instrument, b, a)
    assert up.rci == -down.rci
    assert up.difference == -down.difference
    assert up.s_diff == down.s_diff
    assert down.classification in MIRROR[up.classification]
