"""Danish holidays and Easter, checked against the `holidays` package, dateutil and refcal."""

from __future__ import annotations

import datetime as dt

import holidays as holidays_pkg
import pytest
from dateutil.easter import easter

import refcal
import rorkit

YEARS = range(refcal.MIN_YEAR, refcal.MAX_YEAR + 1)

# The `holidays` package (0.109) covers Denmark from 1771 up to its default end year 2100
# (holidays.Denmark.end_year): for 2101-2200 it returns nothing, so the comparison with it runs on
# the overlap 1900-2100 and refcal (below) covers all of 1900-2200.
PKG_LAST_YEAR = min(refcal.MAX_YEAR, getattr(holidays_pkg.Denmark, "end_year", 2100))
PKG_YEARS = range(refcal.MIN_YEAR, PKG_LAST_YEAR + 1)

# The package's Danish names (language="da") -> rorkit ids. Category "public" are the helligdage;
# category "optional" holds grundlovsdag, juleaftensdag and nytårsaften (rorkit's customary days
# off) plus 1 May "Arbejdernes kampdag", which is not on the closing-day list (DOMAIN.md §5,
# ft.dk) and which rorkit does not model, so it is left out of the comparison.
PKG_PUBLIC = {
    "Nytårsdag": "nytaarsdag",
    "Skærtorsdag": "skaertorsdag",
    "Langfredag": "langfredag",
    "Påskedag": "paaskedag",
    "Anden påskedag": "anden_paaskedag",
    "Store bededag": "store_bededag",
    "Kristi himmelfartsdag": "kristi_himmelfartsdag",
    "Pinsedag": "pinsedag",
    "Anden pinsedag": "anden_pinsedag",
    "Juledag": "juledag",
    "Anden juledag": "anden_juledag",
}
PKG_OPTIONAL = {
    "Grundlovsdag": "grundlovsdag",
    "Juleaftensdag": "juleaftensdag",
    "Nytårsaften": "nytaarsaftensdag",
}
PKG_NOT_MODELLED = {"Arbejdernes kampdag"}


def _rorkit_set(year):
    return {(h.date, h.id, h.kind.name) for h in rorkit.holidays(year)}


def _package_set(year):
    out = set()
    for category, names, kind in (("public", PKG_PUBLIC, refcal.PUBLIC),
                                  ("optional", PKG_OPTIONAL, refcal.CUSTOMARY)):
        table = holidays_pkg.country_holidays("DK", years=year, categories=(category,),
                                              language="da")
        for day in table:
            for name in table.get_list(day):
                if name in PKG_NOT_MODELLED:
                    continue
                out.add((day, names[name], kind))  # KeyError = a name we don't know: look
    return out


def test_package_covers_the_overlap():
    # Guard against the comparison below silently comparing empty sets.
    assert PKG_LAST_YEAR >= 2100
    assert len(_package_set(PKG_LAST_YEAR)) >= 13


def test_holidays_match_the_holidays_package_1900_to_2100():
    mismatches = {}
    for year in PKG_YEARS:
        ours, theirs = _rorkit_set(year), _package_set(year)
        if ours != theirs:
            mismatches[year] = (sorted(ours - theirs), sorted(theirs - ours))
    assert mismatches == {}


def test_holidays_match_the_reference_rules_1900_to_2200():
    mismatches = {}
    for year in YEARS:
        ours = sorted((h.date, h.id, h.kind.name) for h in rorkit.holidays(year))
        if ours != list(refcal.holidays(year)):
            mismatches[year] = ours
    assert mismatches == {}


def test_easter_matches_dateutil_1900_to_2200():
    wrong = {y: rorkit.easter_sunday(y) for y in YEARS if rorkit.easter_sunday(y) != easter(y)}
    assert wrong == {}


def test_easter_matches_dateutil_over_the_whole_gregorian_range():
    # easter_sunday is computed (holidays.hpp), and works beyond the calendar's 1900-2200: it
    # accepts the Gregorian years 1583-9999 (the Python docstring says 1900-2200).
    wrong = [y for y in range(1583, 10000) if rorkit.easter_sunday(y) != easter(y)]
    assert wrong == []


@pytest.mark.parametrize("year", [1582, 0, -1, 10000, 2**31 - 1, -(2**31)])
def test_easter_outside_the_gregorian_range(year):
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.easter_sunday(year)


@pytest.mark.parametrize(
    "year, expected",
    # Well-known Easter Sundays: the earliest (22 March, 2285 is out of range; 1913, 2008 = 23
    # March) and the latest possible date (25 April: 1943, 2038).
    [(1913, dt.date(1913, 3, 23)), (1943, dt.date(1943, 4, 25)), (2008, dt.date(2008, 3, 23)),
     (2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20)), (2038, dt.date(2038, 4, 25))],
)
def test_easter_known_dates(year, expected):
    assert rorkit.easter_sunday(year) == expected


def test_holidays_are_ordered_by_date():
    for year in YEARS:
        dates = [h.date for h in rorkit.holidays(year)]
        assert dates == sorted(dates), year
        assert {d.year for d in dates} == {year}


def test_store_bededag_until_2023_only():
    # Abolished from 1 January 2024 (DOMAIN.md §5).
    for year in YEARS:
        ids = [h.id for h in rorkit.holidays(year)]
        assert ("store_bededag" in ids) == (year <= 2023), year


def test_store_bededag_dates_around_the_abolition():
    # 4th Friday after Easter: 2023-05-05 was the last one; 2024-04-26 is an ordinary Friday.
    h = rorkit.holiday_on(dt.date(2023, 5, 5))
    assert h is not None and h.id == "store_bededag" and h.kind == rorkit.HolidayKind.public_holiday
    assert rorkit.holiday_on(dt.date(2024, 4, 26)) is None
    assert rorkit.is_working_day(dt.date(2024, 4, 26))
    assert not rorkit.is_working_day(dt.date(2023, 5, 5))


def test_customary_days_off_are_exactly_the_three():
    for year in (1900, 2023, 2024, 2200):
        customary = {h.id for h in rorkit.holidays(year)
                     if h.kind == rorkit.HolidayKind.customary_day_off}
        assert customary == {"grundlovsdag", "juleaftensdag", "nytaarsaftensdag"}


# Danish names as on the closing-day list (ft.dk answer cited in DOMAIN.md §5) in their usual
# spelling; "2. påskedag" etc. is the common written form of "Anden påskedag".
DANISH_NAMES_2023 = {
    "nytaarsdag": (dt.date(2023, 1, 1), "Nytårsdag"),
    "skaertorsdag": (dt.date(2023, 4, 6), "Skærtorsdag"),
    "langfredag": (dt.date(2023, 4, 7), "Langfredag"),
    "paaskedag": (dt.date(2023, 4, 9), "Påskedag"),
    "anden_paaskedag": (dt.date(2023, 4, 10), "2. påskedag"),
    "store_bededag": (dt.date(2023, 5, 5), "Store bededag"),
    "kristi_himmelfartsdag": (dt.date(2023, 5, 18), "Kristi himmelfartsdag"),
    "pinsedag": (dt.date(2023, 5, 28), "Pinsedag"),
    "anden_pinsedag": (dt.date(2023, 5, 29), "2. pinsedag"),
    "grundlovsdag": (dt.date(2023, 6, 5), "Grundlovsdag"),
    "juleaftensdag": (dt.date(2023, 12, 24), "Juleaftensdag"),
    "juledag": (dt.date(2023, 12, 25), "Juledag"),
    "anden_juledag": (dt.date(2023, 12, 26), "2. juledag"),
    "nytaarsaftensdag": (dt.date(2023, 12, 31), "Nytårsaftensdag"),
}


def test_names_and_dates_2023():
    got = {h.id: (h.date, h.name_da) for h in rorkit.holidays(2023)}
    assert got == DANISH_NAMES_2023


def test_ids_and_english_names_are_distinct_and_nonempty():
    hs = rorkit.holidays(2023)
    assert len({h.id for h in hs}) == len({h.name_en for h in hs}) == len(hs)
    for h in hs:
        assert h.name_en.strip() and h.id.isascii() and h.id == h.id.lower()
        assert repr(h) == f"Holiday({h.date.isoformat()}, '{h.name_da}')"


def test_pinsedag_and_grundlovsdag_coincide_in_2022():
    # Easter 2022 = 17 April (dateutil), so pinsedag (+49) = 5 June = grundlovsdag: both listed.
    on_day = {h.id for h in rorkit.holidays(2022) if h.date == dt.date(2022, 6, 5)}
    assert on_day == {"pinsedag", "grundlovsdag"}
    assert rorkit.holiday_on(dt.date(2022, 6, 5)).id in on_day


def test_holiday_on_agrees_with_holidays():
    for year in range(2019, 2031):
        listed = {}
        for h in rorkit.holidays(year):
            listed.setdefault(h.date, []).append(h)
        for day in refcal.days(dt.date(year, 1, 1), dt.date(year, 12, 31)):
            found = rorkit.holiday_on(day)
            if day in listed:
                assert found in listed[day], day
            else:
                assert found is None, day


def test_holiday_on_accepts_iso_strings():
    assert rorkit.holiday_on("2025-12-25") == rorkit.holiday_on(dt.date(2025, 12, 25))
    assert rorkit.holiday_on("2025-12-25").id == "juledag"


def test_holiday_equality():
    a, b = rorkit.holidays(2025)[0], rorkit.holidays(2025)[0]
    assert a == b
    assert a != rorkit.holidays(2025)[1]


@pytest.mark.parametrize("year", [1899, 2201, 0, -1, 9999])
def test_years_outside_1900_2200_are_rejected(year):
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.holidays(year)


@pytest.mark.parametrize("day", [dt.date(1899, 12, 31), dt.date(2201, 1, 1)])
def test_holiday_on_outside_range(day):
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.holiday_on(day)


@pytest.mark.parametrize("year", [1900, 2200])
def test_range_ends_are_supported(year):
    assert len(rorkit.holidays(year)) == len(refcal.holidays(year))
