"""School breaks, per-municipality overrides and the phase windows between breaks.

Expected breaks come from refcal (DOMAIN.md §5 [I]): summer = Saturday of ISO week 26 -> Sunday
of ISO week 32 (date.fromisocalendar); Christmas = 20 Dec -> 3 Jan. A phase window is the days
strictly between two breaks; its working days are counted day by day with refcal.
"""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import refcal
import rorkit

SUMMER, CHRISTMAS = rorkit.BreakKind.summer, rorkit.BreakKind.christmas
SPRING, AUTUMN = rorkit.Season.spring, rorkit.Season.autumn
D = dt.timedelta
YEARS = range(refcal.MIN_YEAR, refcal.MAX_YEAR + 1)
TONDER = "550"  # Tønder, whose real 2024/25 and 2025/26 breaks are in DOMAIN.md §5


def _default(kind, year):
    return (refcal.default_summer_break if kind == SUMMER else refcal.default_christmas_break)(year)


def _expected_windows(year, brk, customary=True):
    """[(season, first, last, working_days)] from a break function brk(kind, year) -> (f, l)."""
    spring = (brk(CHRISTMAS, year - 1)[1] + D(days=1), brk(SUMMER, year)[0] - D(days=1))
    autumn = (brk(SUMMER, year)[1] + D(days=1), brk(CHRISTMAS, year)[0] - D(days=1))
    return [(season, f, l, refcal.count_working_days(f, l, customary))
            for season, (f, l) in ((SPRING, spring), (AUTUMN, autumn))]


def _as_tuples(windows):
    return [(w.season, w.first, w.last, w.working_days) for w in windows]


# --- defaults -------------------------------------------------------------------------------


def test_default_breaks_every_year():
    cal = rorkit.Calendar()
    wrong = []
    for year in YEARS:
        for kind in (SUMMER, CHRISTMAS):
            b = cal.school_break(kind, year)
            if (b.kind, b.year, (b.first, b.last), b.overridden) != (kind, year, _default(kind, year), False):
                wrong.append(b)
    assert wrong == []


@pytest.mark.parametrize(
    "year, summer",
    # Hand-checked against a calendar: ISO week 26 Saturday / week 32 Sunday.
    [(2024, (dt.date(2024, 6, 29), dt.date(2024, 8, 11))),
     (2025, (dt.date(2025, 6, 28), dt.date(2025, 8, 10))),
     (2026, (dt.date(2026, 6, 27), dt.date(2026, 8, 9))),
     (2027, (dt.date(2027, 7, 3), dt.date(2027, 8, 15)))],
)
def test_default_summer_examples(year, summer):
    b = rorkit.Calendar().school_break(SUMMER, year)
    assert (b.first, b.last) == summer
    assert b.first.isoweekday() == 6 and b.last.isoweekday() == 7


def test_default_phase_windows_every_year():
    # Both rule sets: the customary days off change the counts (grundlovsdag is in spring).
    for customary in (True, False):
        cal = rorkit.Calendar(customary_days_off=customary)
        wrong = []
        for year in YEARS:
            got = cal.phase_windows(year)
            if [w.year for w in got] != [year, year] or \
                    _as_tuples(got) != _expected_windows(year, _default, customary):
                wrong.append(got)
        assert wrong == [], customary


def test_phase_windows_2026_by_hand():
    # Christmas 2025 ends Sat 3 Jan 2026; summer 2026 starts Sat 27 Jun: spring 4 Jan - 26 Jun.
    # Summer ends Sun 9 Aug; Christmas starts 20 Dec: autumn 10 Aug - 19 Dec.
    spring, autumn = rorkit.Calendar().phase_windows(2026)
    assert (spring.season, spring.first, spring.last) == (SPRING, dt.date(2026, 1, 4), dt.date(2026, 6, 26))
    assert (autumn.season, autumn.first, autumn.last) == (AUTUMN, dt.date(2026, 8, 10), dt.date(2026, 12, 19))
    # Spring: 25 full weeks Mon 5 Jan - Fri 26 Jun = 125 weekdays, minus skærtorsdag 2 Apr,
    # langfredag 3 Apr, 2. påskedag 6 Apr, Kr. himmelfart 14 May, 2. pinsedag 25 May, grundlovsdag
    # Fri 5 Jun = 119.
    assert spring.working_days == 119
    # Autumn: Mon 10 Aug - Fri 18 Dec = 19 weeks = 95 weekdays, no holidays.
    assert autumn.working_days == 95


def test_customary_days_change_the_window_count():
    # Grundlovsdag 2025 is Thursday 5 June, inside the spring window.
    on = rorkit.Calendar(customary_days_off=True).phase_windows(2025)[0].working_days
    off = rorkit.Calendar(customary_days_off=False).phase_windows(2025)[0].working_days
    assert off == on + 1


# --- phase_window_at / next_phase_window -----------------------------------------------------


def _model_window_at(day, brk):
    for year in (day.year - 1, day.year, day.year + 1):
        for season, f, l, _ in _expected_windows(year, brk):
            if day <= l:
                return year, season, f, l
    raise AssertionError("unreachable")


@given(st.dates(min_value=refcal.FIRST_DAY, max_value=dt.date(2200, 12, 19)))
def test_phase_window_at_contains_or_follows(day):
    w = rorkit.Calendar().phase_window_at(day)
    assert (w.year, w.season, w.first, w.last) == _model_window_at(day, _default)
    assert day <= w.last


@pytest.mark.parametrize(
    "day, expected_first",
    [(dt.date(2026, 7, 15), dt.date(2026, 8, 10)),    # summer break -> autumn window
     (dt.date(2026, 6, 27), dt.date(2026, 8, 10)),    # first day of summer break
     (dt.date(2026, 8, 9), dt.date(2026, 8, 10)),     # last day of summer break
     (dt.date(2026, 12, 20), dt.date(2027, 1, 4)),    # Christmas break -> next year's spring
     (dt.date(2026, 12, 31), dt.date(2027, 1, 4)),
     (dt.date(2027, 1, 3), dt.date(2027, 1, 4)),      # still Christmas 2026, in January
     (dt.date(2026, 8, 10), dt.date(2026, 8, 10)),    # first day of a window: that window
     (dt.date(2026, 12, 19), dt.date(2026, 8, 10))],  # last day of a window: that window
)
def test_phase_window_at_examples(day, expected_first):
    assert rorkit.Calendar().phase_window_at(day).first == expected_first


def test_phase_window_at_after_the_last_window_is_out_of_range():
    # In Christmas 2200 the next window would be spring 2201, outside 1900-2200.
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.Calendar().phase_window_at(dt.date(2200, 12, 25))


def test_next_phase_window_walks_the_years():
    cal = rorkit.Calendar()
    w = cal.phase_windows(2020)[0]
    for _ in range(20):
        nxt = cal.next_phase_window(w)
        assert nxt.first > w.last
        assert nxt.season != w.season
        assert nxt.year == (w.year + 1 if w.season == AUTUMN else w.year)
        assert nxt == cal.phase_windows(nxt.year)[0 if nxt.season == SPRING else 1]
        w = nxt


# --- overrides -------------------------------------------------------------------------------

# Tønder's published breaks (DOMAIN.md §5): summer 1 Jul - 9 Aug 2024, Christmas 20 Dec 2024 -
# 1 Jan 2025, summer 30 Jun - 8 Aug 2025, Christmas 20 Dec 2025 - 2 Jan 2026.
TONDER_BREAKS = {
    (SUMMER, 2024): (dt.date(2024, 7, 1), dt.date(2024, 8, 9)),
    (CHRISTMAS, 2024): (dt.date(2024, 12, 20), dt.date(2025, 1, 1)),
    (SUMMER, 2025): (dt.date(2025, 6, 30), dt.date(2025, 8, 8)),
    (CHRISTMAS, 2025): (dt.date(2025, 12, 20), dt.date(2026, 1, 2)),
}


@pytest.fixture
def tonder_calendar():
    cal = rorkit.Calendar()
    for (kind, year), (first, last) in TONDER_BREAKS.items():
        cal.set_school_break(TONDER, kind, year, first, last)
    return cal


def _tonder_break(kind, year):
    return TONDER_BREAKS.get((kind, year)) or _default(kind, year)


def test_override_sets_the_break(tonder_calendar):
    assert tonder_calendar.override_count == 4
    for (kind, year), dates in TONDER_BREAKS.items():
        b = tonder_calendar.school_break(kind, year, TONDER)
        assert (b.kind, b.year, (b.first, b.last), b.overridden) == (kind, year, dates, True)


@pytest.mark.parametrize("query", ["550", "0550", "Tønder", "TØNDER", "toender", "Tønder Kommune"])
def test_override_is_found_by_any_spelling(tonder_calendar, query):
    b = tonder_calendar.school_break(SUMMER, 2024, query)
    assert (b.first, b.last) == TONDER_BREAKS[(SUMMER, 2024)]


def test_override_affects_only_that_municipality(tonder_calendar):
    for m in rorkit.municipalities():
        if m.code == 550:
            continue
        for kind, year in TONDER_BREAKS:
            b = tonder_calendar.school_break(kind, year, m.code3)
            assert ((b.first, b.last), b.overridden) == (_default(kind, year), False), m
        assert _as_tuples(tonder_calendar.phase_windows(2025, m.code3)) == \
            _expected_windows(2025, _default)
    # ...and not the default calendar either.
    assert _as_tuples(tonder_calendar.phase_windows(2025)) == _expected_windows(2025, _default)


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_override_windows(tonder_calendar, year):
    got = tonder_calendar.phase_windows(year, TONDER)
    assert _as_tuples(got) == _expected_windows(year, _tonder_break)


def test_override_windows_by_hand(tonder_calendar):
    # Autumn 2024 in Tønder: Sat 10 Aug - Thu 19 Dec 2024; working days Mon 12 Aug - Fri 13 Dec
    # (18 weeks = 90) + Mon 16 - Thu 19 Dec (4) = 94, no holidays in between.
    autumn = tonder_calendar.phase_windows(2024, "Tønder")[1]
    assert (autumn.first, autumn.last, autumn.working_days) == \
        (dt.date(2024, 8, 10), dt.date(2024, 12, 19), 94)


def test_phase_window_at_uses_the_override(tonder_calendar):
    # 2 Jan 2025 is after Tønder's Christmas break (ends 1 Jan) but inside the default one.
    assert tonder_calendar.phase_window_at(dt.date(2025, 1, 2), TONDER).first == dt.date(2025, 1, 2)
    assert tonder_calendar.phase_window_at(dt.date(2025, 1, 2)).first == dt.date(2025, 1, 4)
    w = tonder_calendar.phase_windows(2025, TONDER)[1]
    assert tonder_calendar.next_phase_window(w, TONDER).first == dt.date(2026, 1, 3)
    assert tonder_calendar.next_phase_window(w).first == dt.date(2026, 1, 4)


def test_clear_school_break(tonder_calendar):
    assert tonder_calendar.clear_school_break("Tønder", SUMMER, 2024) is True
    assert tonder_calendar.clear_school_break(TONDER, SUMMER, 2024) is False
    assert tonder_calendar.override_count == 3
    b = tonder_calendar.school_break(SUMMER, 2024, TONDER)
    assert ((b.first, b.last), b.overridden) == (_default(SUMMER, 2024), False)


def test_setting_again_replaces(tonder_calendar):
    tonder_calendar.set_school_break("0550", SUMMER, 2024, dt.date(2024, 6, 29), dt.date(2024, 8, 4))
    assert tonder_calendar.override_count == 4
    b = tonder_calendar.school_break(SUMMER, 2024, TONDER)
    assert (b.first, b.last) == (dt.date(2024, 6, 29), dt.date(2024, 8, 4))


@pytest.mark.parametrize(
    "kind, year, first, last",
    # The limits in school_breaks.hpp: summer starts in May-August of its year; Christmas starts
    # 15 Nov - 31 Dec and ends by 31 Jan; one day between neighbouring breaks is enough.
    [(SUMMER, 2026, dt.date(2026, 5, 1), dt.date(2026, 5, 1)),
     (SUMMER, 2026, dt.date(2026, 8, 31), dt.date(2026, 9, 30)),
     (SUMMER, 2026, dt.date(2026, 6, 1), dt.date(2026, 12, 18)),   # 19 Dec is the gap
     (CHRISTMAS, 2026, dt.date(2026, 11, 15), dt.date(2027, 1, 31)),
     (CHRISTMAS, 2026, dt.date(2026, 12, 31), dt.date(2026, 12, 31)),
     (CHRISTMAS, 2026, dt.date(2026, 12, 1), dt.date(2027, 1, 8))],
)
def test_boundary_overrides_are_accepted(kind, year, first, last):
    cal = rorkit.Calendar()
    cal.set_school_break("101", kind, year, first, last)
    b = cal.school_break(kind, year, "101")
    assert (b.first, b.last, b.overridden) == (first, last, True)


def test_one_free_day_is_required_between_overrides():
    cal = rorkit.Calendar()
    cal.set_school_break("101", SUMMER, 2026, dt.date(2026, 6, 27), dt.date(2026, 11, 30))
    with pytest.raises(rorkit.InvalidSchoolBreakError):  # touches: no free day
        cal.set_school_break("101", CHRISTMAS, 2026, dt.date(2026, 12, 1), dt.date(2027, 1, 3))
    cal.set_school_break("101", CHRISTMAS, 2026, dt.date(2026, 12, 2), dt.date(2027, 1, 3))
    with pytest.raises(rorkit.InvalidSchoolBreakError):
        cal.set_school_break("101", SUMMER, 2026, dt.date(2026, 6, 27), dt.date(2026, 12, 1))
    cal.set_school_break("101", SUMMER, 2026, dt.date(2026, 6, 27), dt.date(2026, 11, 30))
    autumn = cal.phase_windows(2026, "101")[1]
    assert (autumn.first, autumn.last, autumn.working_days) == \
        (dt.date(2026, 12, 1), dt.date(2026, 12, 1), 1)  # Tuesday 1 December


def test_one_day_window_between_overrides():
    cal = rorkit.Calendar()
    cal.set_school_break("101", CHRISTMAS, 2026, dt.date(2026, 11, 15), dt.date(2027, 1, 3))
    cal.set_school_break("101", SUMMER, 2026, dt.date(2026, 8, 31), dt.date(2026, 11, 13))
    autumn = cal.phase_windows(2026, "101")[1]
    # Saturday 14 Nov 2026 alone: a window of one day and no working days.
    assert (autumn.first, autumn.last, autumn.working_days) == \
        (dt.date(2026, 11, 14), dt.date(2026, 11, 14), 0)
    # A date in the summer break: the next window is that one day.
    assert cal.phase_window_at(dt.date(2026, 10, 1), "101") == autumn


INVALID_OVERRIDES = [
    # (kind, year, first, last, expected error); "101" København unless a municipality is named.
    (SUMMER, 2026, dt.date(2026, 8, 9), dt.date(2026, 6, 27), rorkit.DateOrderError),
    (CHRISTMAS, 2026, dt.date(2027, 1, 3), dt.date(2026, 12, 20), rorkit.DateOrderError),
    (SUMMER, 2026, dt.date(2026, 4, 30), dt.date(2026, 8, 9), rorkit.InvalidSchoolBreakError),
    (SUMMER, 2026, dt.date(2026, 9, 1), dt.date(2026, 9, 9), rorkit.InvalidSchoolBreakError),
    (SUMMER, 2027, dt.date(2026, 6, 27), dt.date(2026, 8, 9), rorkit.InvalidSchoolBreakError),
    (CHRISTMAS, 2026, dt.date(2026, 11, 14), dt.date(2027, 1, 3), rorkit.InvalidSchoolBreakError),
    (CHRISTMAS, 2026, dt.date(2026, 12, 20), dt.date(2027, 2, 1), rorkit.InvalidSchoolBreakError),
    (CHRISTMAS, 2025, dt.date(2026, 12, 20), dt.date(2027, 1, 3), rorkit.InvalidSchoolBreakError),
    # Touching the default Christmas break (starts 20 Dec): no day in between.
    (SUMMER, 2026, dt.date(2026, 6, 27), dt.date(2026, 12, 19), rorkit.InvalidSchoolBreakError),
    (SUMMER, 2026, dt.date(2026, 6, 27), dt.date(2027, 1, 10), rorkit.InvalidSchoolBreakError),
    # Touching the summer override the fixture below sets (ends 2026-11-30).
    (CHRISTMAS, 2026, dt.date(2026, 12, 1), dt.date(2027, 1, 3), rorkit.InvalidSchoolBreakError),
    (CHRISTMAS, 2026, dt.date(2026, 11, 20), dt.date(2027, 1, 3), rorkit.InvalidSchoolBreakError),
    (SUMMER, 1899, dt.date(1899, 6, 24), dt.date(1899, 8, 6), rorkit.YearOutOfRangeError),
    (SUMMER, 2201, dt.date(2201, 6, 24), dt.date(2201, 8, 6), rorkit.YearOutOfRangeError),
]


@pytest.mark.parametrize("kind, year, first, last, error", INVALID_OVERRIDES)
def test_invalid_override_raises_and_leaves_calendar_unchanged(kind, year, first, last, error):
    cal = rorkit.Calendar()
    cal.set_school_break("101", SUMMER, 2026, dt.date(2026, 7, 1), dt.date(2026, 11, 30))
    before, deep_before = copy.copy(cal), copy.deepcopy(cal)
    assert before == cal and before is not cal
    with pytest.raises(error):
        cal.set_school_break("101", kind, year, first, last)
    assert cal == before == deep_before
    assert cal.override_count == 1
    b = cal.school_break(SUMMER, 2026, "101")
    assert (b.first, b.last) == (dt.date(2026, 7, 1), dt.date(2026, 11, 30))


@pytest.mark.parametrize("municipality", ["999", "411", "Christiansø", "Atlantis", ""])
def test_override_for_unknown_municipality(municipality):
    cal = rorkit.Calendar()
    with pytest.raises(rorkit.NotFoundError):
        cal.set_school_break(municipality, SUMMER, 2026, dt.date(2026, 6, 27), dt.date(2026, 8, 9))
    assert cal == rorkit.Calendar()


def test_unknown_municipality_in_queries():
    cal = rorkit.Calendar()
    with pytest.raises(rorkit.NotFoundError):
        cal.school_break(SUMMER, 2026, "Atlantis")
    with pytest.raises(rorkit.NotFoundError):
        cal.phase_windows(2026, "Atlantis")


def test_copies_are_independent(tonder_calendar):
    clone = copy.deepcopy(tonder_calendar)
    assert clone == tonder_calendar
    clone.clear_school_break(TONDER, SUMMER, 2024)
    assert clone != tonder_calendar
    assert tonder_calendar.override_count == 4


def test_calendar_equality_includes_the_rules():
    assert rorkit.Calendar() == rorkit.Calendar(customary_days_off=True)
    assert rorkit.Calendar() != rorkit.Calendar(customary_days_off=False)


# Random override attempts against a model of what must be accepted. Starts and ends are drawn
# either freely or right next to the limits (season bounds, 31 January, the neighbouring break),
# where off-by-one mistakes live.
NEAR = st.integers(-2, 2)
ATTEMPT = st.tuples(
    st.sampled_from([SUMMER, CHRISTMAS]),
    st.sampled_from([2025, 2026]),
    st.one_of(st.tuples(st.just("offset"), st.integers(0, 122)),
              st.tuples(st.sampled_from(["season_start", "season_end", "after_neighbour"]), NEAR)),
    st.one_of(st.tuples(st.just("length"), st.integers(0, 110)),
              st.tuples(st.sampled_from(["before_neighbour", "jan31"]), NEAR)),
    st.sampled_from(["461", "Odense", "odense", "0751"]),
)
CODES = {"461": 461, "Odense": 461, "odense": 461, "0751": 751}


def _attempt_dates(kind, year, start_spec, end_spec, brk):
    season = ((dt.date(year, 5, 1), dt.date(year, 8, 31)) if kind == SUMMER
              else (dt.date(year, 11, 15), dt.date(year, 12, 31)))
    how, k = start_spec
    if how == "offset":
        first = season[0] + D(days=min(k, (season[1] - season[0]).days))
    elif how == "season_start":
        first = season[0] + D(days=k)
    elif how == "season_end":
        first = season[1] + D(days=k)
    else:  # a Christmas break starting right after the summer break, or vice versa
        first = brk(SUMMER, year)[1] + D(days=2 + k) if kind == CHRISTMAS else season[0] + D(days=k)
    how, k = end_spec
    if how == "length":
        last = first + D(days=k)
    elif how == "jan31":
        last = dt.date(year + 1, 1, 31) + D(days=k)
    else:  # a summer break ending right before the Christmas break
        last = brk(CHRISTMAS, year)[0] - D(days=2 - k) if kind == SUMMER else first + D(days=k + 3)
    return season, first, last


@given(st.lists(ATTEMPT, min_size=1, max_size=10), st.booleans())
def test_random_overrides_follow_the_rules(attempts, customary):
    cal = rorkit.Calendar(customary_days_off=customary)
    model = {}  # (municipality code, kind, year) -> (first, last)

    def brk_for(code):
        return lambda kind, year: model.get((code, kind, year)) or _default(kind, year)

    for kind, year, start_spec, end_spec, who in attempts:
        code = CODES[who]
        brk = brk_for(code)
        season, first, last = _attempt_dates(kind, year, start_spec, end_spec, brk)
        # school_breaks.hpp: first <= last (else DateOrderError); the start inside its season;
        # Christmas ends by 31 Jan; at least one free day to the neighbouring break of the same
        # municipality (summer <-> Christmas of the same year; the others are months apart).
        if kind == SUMMER:
            gap_ok = last + D(days=1) < brk(CHRISTMAS, year)[0]
            end_ok = True
        else:
            gap_ok = brk(SUMMER, year)[1] + D(days=1) < first
            end_ok = last <= dt.date(year + 1, 1, 31)
        before = copy.copy(cal)
        if last < first:
            with pytest.raises(rorkit.DateOrderError):
                cal.set_school_break(who, kind, year, first, last)
        elif season[0] <= first <= season[1] and end_ok and gap_ok:
            cal.set_school_break(who, kind, year, first, last)
            model[(code, kind, year)] = (first, last)
            continue
        else:
            with pytest.raises(rorkit.InvalidSchoolBreakError):
                cal.set_school_break(who, kind, year, first, last)
        assert cal == before

    assert cal.override_count == len(model)
    for code in (461, 751, 101):
        for year in range(2024, 2029):
            got = _as_tuples(cal.phase_windows(year, str(code)))
            assert got == _expected_windows(year, brk_for(code), customary)
            assert all(f <= l for _, f, l, _ in got)
