"""ISO 8601 weeks and weekdays against Python's own datetime.date.isocalendar()."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import refcal
import rorkit

# rorkit's date arithmetic covers years 1400-9999 (Boost.Date_Time, include/rorkit/calendar/
# date_math.hpp); from_iso_week needs whole ISO years inside that, so ISO years 1401-9998.
ARITH_DATES = st.dates(min_value=dt.date(1400, 1, 1), max_value=dt.date(9999, 12, 31))


def test_every_day_1900_to_2200():
    wrong = []
    for day in refcal.days(refcal.FIRST_DAY, refcal.LAST_DAY):
        iso = day.isocalendar()
        if rorkit.iso_week(day) != (iso[0], iso[1]) or rorkit.iso_weekday(day) != iso[2]:
            wrong.append(day)
    assert wrong == []


@given(ARITH_DATES)
def test_iso_week_matches_isocalendar(day):
    iso = day.isocalendar()
    assert rorkit.iso_week(day) == (iso[0], iso[1])
    assert rorkit.iso_weekday(day) == iso[2]


@given(st.integers(1401, 9998), st.integers(1, 53), st.integers(1, 7))
def test_from_iso_week_matches_fromisocalendar(year, week, weekday):
    try:
        expected = dt.date.fromisocalendar(year, week, weekday)
    except ValueError:  # week 53 in a 52-week year
        with pytest.raises(rorkit.InvalidArgumentError):
            rorkit.from_iso_week(year, week, weekday)
        return
    assert rorkit.from_iso_week(year, week, weekday) == expected


@given(st.dates(min_value=dt.date(1401, 1, 10), max_value=dt.date(9998, 12, 20)))
def test_round_trip(day):
    year, week = rorkit.iso_week(day)
    assert rorkit.from_iso_week(year, week, rorkit.iso_weekday(day)) == day


@pytest.mark.parametrize(
    "day, expected",
    # Known edge cases: 2021-01-03 is in week 53 of 2020; 2024-12-30 is in week 1 of 2025;
    # 2026-01-01 (a Thursday) starts week 1 of 2026.
    [(dt.date(2021, 1, 3), (2020, 53)), (dt.date(2024, 12, 30), (2025, 1)),
     (dt.date(2026, 1, 1), (2026, 1)), (dt.date(2027, 1, 1), (2026, 53))],
)
def test_year_boundaries(day, expected):
    assert rorkit.iso_week(day) == expected


@pytest.mark.parametrize("year, week, weekday",
                         [(2021, 53, 1), (2026, 54, 1), (2026, 0, 1), (2026, 1, 0), (2026, 1, 8)])
def test_from_iso_week_rejects_impossible_weeks(year, week, weekday):
    with pytest.raises(rorkit.InvalidArgumentError):
        rorkit.from_iso_week(year, week, weekday)


def test_iso_week_accepts_iso_strings():
    assert rorkit.iso_week("2026-06-27") == (2026, 26)
    assert rorkit.iso_weekday("2026-06-27") == 6


def test_dates_before_1400_are_out_of_range():
    with pytest.raises(rorkit.OutOfRangeError):
        rorkit.iso_week(dt.date(1399, 12, 31))
