"""Working days: a day-by-day reference (refcal) plus properties that must hold for any dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import refcal
import rorkit

DATES = st.dates(min_value=refcal.FIRST_DAY, max_value=refcal.LAST_DAY)
# Mostly ordinary dates, sometimes right at the ends of the supported years.
EDGE_DATES = st.one_of(
    DATES,
    st.integers(0, 25).map(lambda i: refcal.FIRST_DAY + dt.timedelta(days=i)),
    st.integers(0, 25).map(lambda i: refcal.LAST_DAY - dt.timedelta(days=i)),
)
CUSTOMARY = st.booleans()
D = dt.timedelta


def test_every_day_1900_to_2200_matches_reference():
    wrong = [
        (day, customary)
        for day in refcal.days(refcal.FIRST_DAY, refcal.LAST_DAY)
        for customary in (True, False)
        if rorkit.is_working_day(day, customary) != refcal.is_working_day(day, customary)
    ]
    assert wrong == []


def test_whole_range_count():
    # Same reference, one call over all 301 years.
    for customary in (True, False):
        assert rorkit.count_working_days(refcal.FIRST_DAY, refcal.LAST_DAY, customary) == \
            refcal.count_working_days(refcal.FIRST_DAY, refcal.LAST_DAY, customary)


@given(EDGE_DATES, st.integers(-60, 60), CUSTOMARY)
def test_add_working_days_matches_reference(day, n, customary):
    expected = refcal.add_working_days(day, n, customary)
    if expected is None:
        with pytest.raises(rorkit.YearOutOfRangeError):
            rorkit.add_working_days(day, n, customary)
    else:
        assert rorkit.add_working_days(day, n, customary) == expected


@given(EDGE_DATES, st.integers(0, 120), CUSTOMARY)
def test_count_working_days_matches_reference(first, length, customary):
    last = first + D(days=length)
    assume(last <= refcal.LAST_DAY)
    assert rorkit.count_working_days(first, last, customary) == \
        refcal.count_working_days(first, last, customary)


@given(DATES, st.integers(1, 400), CUSTOMARY)
def test_add_then_count_forward(day, n, customary):
    try:
        result = rorkit.add_working_days(day, n, customary)
    except rorkit.YearOutOfRangeError:
        assume(False)
    # The n-th working day strictly after `day`: exactly n working days in (day, result].
    assert result > day
    assert rorkit.is_working_day(result, customary)
    assert rorkit.count_working_days(day + D(days=1), result, customary) == n


@given(DATES, st.integers(1, 400), CUSTOMARY)
def test_add_then_count_backward(day, n, customary):
    try:
        result = rorkit.add_working_days(day, -n, customary)
    except rorkit.YearOutOfRangeError:
        assume(False)
    assert result < day
    assert rorkit.is_working_day(result, customary)
    assert rorkit.count_working_days(result, day - D(days=1), customary) == n


@given(DATES, st.integers(0, 800), st.integers(0, 800), CUSTOMARY)
def test_count_is_additive(a, ab, bc, customary):
    b, c = a + D(days=ab), a + D(days=ab + bc)
    assume(c <= refcal.LAST_DAY and b < c)
    whole = rorkit.count_working_days(a, c, customary)
    assert whole == rorkit.count_working_days(a, b, customary) + \
        rorkit.count_working_days(b + D(days=1), c, customary)


@given(DATES, CUSTOMARY)
def test_single_day_count_is_is_working_day(day, customary):
    assert rorkit.count_working_days(day, day, customary) == int(rorkit.is_working_day(day, customary))


@given(DATES, CUSTOMARY)
def test_zero_returns_the_date_itself(day, customary):
    # n == 0: the date itself, whether or not it is a working day (workdays.hpp).
    assert rorkit.add_working_days(day, 0, customary) == day


@given(DATES)
def test_customary_days_off_only_ever_remove_working_days(day):
    if rorkit.is_working_day(day, True):
        assert rorkit.is_working_day(day, False)


@pytest.mark.parametrize(
    "day",
    # 2025: grundlovsdag Thu 5 Jun, juleaftensdag Wed 24 Dec, nytårsaftensdag Wed 31 Dec.
    [dt.date(2025, 6, 5), dt.date(2025, 12, 24), dt.date(2025, 12, 31)],
)
def test_customary_switch(day):
    assert not rorkit.is_working_day(day)
    assert not rorkit.is_working_day(day, customary_days_off=True)
    assert rorkit.is_working_day(day, customary_days_off=False)
    assert rorkit.Calendar(customary_days_off=False).is_working_day(day)
    assert not rorkit.Calendar().is_working_day(day)


def test_hand_counted_examples():
    # January 2025: 23 weekdays, minus nytårsdag (Wed 1 Jan) = 22.
    assert rorkit.count_working_days(dt.date(2025, 1, 1), dt.date(2025, 1, 31)) == 22
    # December 2025: 23 weekdays; off: 24 (Wed), 25 (Thu), 26 (Fri), 31 (Wed) -> 19, or 21 when
    # the customary days 24 and 31 are working days.
    assert rorkit.count_working_days(dt.date(2025, 12, 1), dt.date(2025, 12, 31)) == 19
    assert rorkit.count_working_days(dt.date(2025, 12, 1), dt.date(2025, 12, 31), False) == 21
    # Tue 23 Dec 2025 + 1 working day: 24-28 Dec are off, so Mon 29 Dec.
    assert rorkit.add_working_days(dt.date(2025, 12, 23), 1) == dt.date(2025, 12, 29)
    assert rorkit.add_working_days(dt.date(2025, 12, 23), 1, False) == dt.date(2025, 12, 24)
    # Easter 2025 (20 Apr): Wed 16 Apr + 1 skips skærtorsdag, langfredag, weekend, 2. påskedag.
    assert rorkit.add_working_days(dt.date(2025, 4, 16), 1) == dt.date(2025, 4, 22)
    assert rorkit.add_working_days(dt.date(2025, 4, 22), -1) == dt.date(2025, 4, 16)


def test_iso_strings_are_accepted():
    assert rorkit.count_working_days("2025-01-01", "2025-01-31") == 22
    assert rorkit.add_working_days("2025-12-23", 1) == dt.date(2025, 12, 29)
    assert rorkit.is_working_day("2025-12-29") is True


def test_last_before_first_is_a_date_order_error():
    with pytest.raises(rorkit.DateOrderError):
        rorkit.count_working_days(dt.date(2025, 1, 2), dt.date(2025, 1, 1))
    with pytest.raises(rorkit.DateOrderError):
        rorkit.Calendar().count_working_days(dt.date(2025, 1, 2), dt.date(2025, 1, 1))


@pytest.mark.parametrize("day", [dt.date(1899, 12, 31), dt.date(2201, 1, 1), dt.date(1, 1, 1),
                                 dt.date(9999, 12, 31)])
def test_years_outside_1900_2200(day):
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.is_working_day(day)
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.add_working_days(day, 1)
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.count_working_days(day, day)


def test_count_across_the_range_end_is_rejected():
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.count_working_days(dt.date(2200, 12, 1), dt.date(2201, 1, 5))
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.count_working_days(dt.date(1899, 12, 1), dt.date(1900, 1, 5))


def test_walking_off_the_end_is_rejected():
    # 2200-12-30 (Tue) is the last working day of the range: 31 Dec is nytårsaftensdag.
    assert rorkit.add_working_days(dt.date(2200, 12, 29), 1) == dt.date(2200, 12, 30)
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.add_working_days(dt.date(2200, 12, 30), 1)
    # 1900-01-02 (Tue) is the first: 1 Jan is nytårsdag.
    assert rorkit.add_working_days(dt.date(1900, 1, 3), -1) == dt.date(1900, 1, 2)
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.add_working_days(dt.date(1900, 1, 2), -1)


@pytest.mark.parametrize("n", [10**6, 2**62, 2**63 - 1, -(2**63)])
def test_huge_n_fails_fast(n):
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.add_working_days(dt.date(2025, 1, 1), n)


def test_n_beyond_int64_is_a_type_error():
    with pytest.raises(TypeError):
        rorkit.add_working_days(dt.date(2025, 1, 1), 2**63)


@given(DATES, st.integers(-30, 30), st.integers(0, 60), CUSTOMARY)
def test_calendar_methods_agree_with_functions(day, n, length, customary):
    cal = rorkit.Calendar(customary_days_off=customary)
    assert cal.customary_days_off is customary
    assert cal.is_working_day(day) == rorkit.is_working_day(day, customary)
    last = day + D(days=length)
    assume(last <= refcal.LAST_DAY)
    assert cal.count_working_days(day, last) == rorkit.count_working_days(day, last, customary)
    try:
        expected = rorkit.add_working_days(day, n, customary)
    except rorkit.YearOutOfRangeError:
        with pytest.raises(rorkit.YearOutOfRangeError):
            cal.add_working_days(day, n)
    else:
        assert cal.add_working_days(day, n) == expected
