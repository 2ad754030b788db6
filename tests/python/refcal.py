"""An independent reference for the Danish calendar, written for the tests (not from rorkit's code).

Sources (docs/DOMAIN.md §5):
* Easter Sunday: dateutil.easter.easter (Gregorian computus), not rorkit.easter_sunday.
* Offsets from Easter: skærtorsdag -3, langfredag -2, påskedag 0, 2. påskedag +1, store bededag
  +26 (years <= 2023 only; abolished from 2024 by Act no. 214 of 2023), Kristi himmelfartsdag +39,
  pinsedag +49, 2. pinsedag +50.
* Fixed public holidays: nytårsdag 1 Jan, juledag 25 Dec, 2. juledag 26 Dec.
* Customary days off (not helligdage): grundlovsdag 5 Jun, juleaftensdag 24 Dec, nytårsaftensdag
  31 Dec.
* School breaks [I]: summer = Saturday of ISO week 26 -> Sunday of ISO week 32; Christmas = 20 Dec
  -> 3 Jan of the next year.

The ids are rorkit's stable holiday ids (its public API), used here only as labels.
"""

from __future__ import annotations

import datetime as dt
import functools

from dateutil.easter import easter

MIN_YEAR = 1900
MAX_YEAR = 2200
FIRST_DAY = dt.date(MIN_YEAR, 1, 1)
LAST_DAY = dt.date(MAX_YEAR, 12, 31)
ONE_DAY = dt.timedelta(days=1)

PUBLIC = "public_holiday"
CUSTOMARY = "customary_day_off"

EASTER_OFFSETS = {
    "skaertorsdag": -3,
    "langfredag": -2,
    "paaskedag": 0,
    "anden_paaskedag": 1,
    "store_bededag": 26,
    "kristi_himmelfartsdag": 39,
    "pinsedag": 49,
    "anden_pinsedag": 50,
}
FIXED_PUBLIC = {"nytaarsdag": (1, 1), "juledag": (12, 25), "anden_juledag": (12, 26)}
FIXED_CUSTOMARY = {"grundlovsdag": (6, 5), "juleaftensdag": (12, 24), "nytaarsaftensdag": (12, 31)}
LAST_STORE_BEDEDAG_YEAR = 2023


@functools.lru_cache(maxsize=None)
def holidays(year: int) -> tuple[tuple[dt.date, str, str], ...]:
    """(date, id, kind) of every holiday and customary day off of a year, sorted by date, id."""
    sunday = easter(year)
    out = []
    for hid, offset in EASTER_OFFSETS.items():
        if hid == "store_bededag" and year > LAST_STORE_BEDEDAG_YEAR:
            continue
        out.append((sunday + dt.timedelta(days=offset), hid, PUBLIC))
    out += [(dt.date(year, m, d), hid, PUBLIC) for hid, (m, d) in FIXED_PUBLIC.items()]
    out += [(dt.date(year, m, d), hid, CUSTOMARY) for hid, (m, d) in FIXED_CUSTOMARY.items()]
    return tuple(sorted(out))


@functools.lru_cache(maxsize=None)
def _kinds_by_date(year: int) -> dict[dt.date, frozenset[str]]:
    kinds: dict[dt.date, set[str]] = {}
    for day, _, kind in holidays(year):
        kinds.setdefault(day, set()).add(kind)
    return {day: frozenset(k) for day, k in kinds.items()}


def is_working_day(day: dt.date, customary_days_off: bool = True) -> bool:
    """Monday-Friday, not a helligdag, and (by default) not a customary day off."""
    if day.isoweekday() > 5:
        return False
    kinds = _kinds_by_date(day.year).get(day, frozenset())
    if PUBLIC in kinds:
        return False
    return not (customary_days_off and CUSTOMARY in kinds)


def in_range(day: dt.date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


def count_working_days(first: dt.date, last: dt.date, customary_days_off: bool = True) -> int:
    """Day-by-day count over [first, last], both included."""
    return sum(
        is_working_day(first + dt.timedelta(days=i), customary_days_off)
        for i in range((last - first).days + 1)
    )


def add_working_days(day: dt.date, n: int, customary_days_off: bool = True) -> dt.date | None:
    """The n-th working day strictly after (n > 0) or before (n < 0) `day`, walking day by day;
    `day` itself for n == 0; None when the walk leaves 1900-2200."""
    step = ONE_DAY if n > 0 else -ONE_DAY
    remaining = abs(n)
    while remaining:
        day += step
        if not in_range(day):
            return None
        if is_working_day(day, customary_days_off):
            remaining -= 1
    return day


def default_summer_break(year: int) -> tuple[dt.date, dt.date]:
    return dt.date.fromisocalendar(year, 26, 6), dt.date.fromisocalendar(year, 32, 7)


def default_christmas_break(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 12, 20), dt.date(year + 1, 1, 3)


def days(first: dt.date, last: dt.date):
    """Every date in [first, last]."""
    for i in range((last - first).days + 1):
        yield first + dt.timedelta(days=i)
