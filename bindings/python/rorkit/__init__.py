"""rorkit: recovery-oriented rehabilitation in Danish municipal social psychiatry.

The compiled core (``rorkit._rorkit``) does the work; this package re-exports it and adds
pure-Python conveniences (pandas frames). Dates are ``datetime.date``.
"""

from __future__ import annotations

from . import errors
from ._rorkit import (
    ABI_VERSION,
    BreakKind,
    Calendar,
    CalendarEvent,
    Holiday,
    HolidayKind,
    Municipality,
    PhaseWindow,
    Region,
    SchoolBreak,
    Season,
    __version__,
    add_working_days,
    count_working_days,
    easter_sunday,
    find_municipality,
    find_region,
    from_iso_week,
    holiday_on,
    holidays,
    is_working_day,
    iso_week,
    iso_weekday,
    municipalities,
    regions,
    status_str,
    to_ical,
)
from .errors import *  # noqa: F401,F403  (the exception classes)
from .frames import holidays_frame, municipalities_frame

__all__ = [
    "ABI_VERSION", "BreakKind", "Calendar", "CalendarEvent", "Holiday", "HolidayKind",
    "Municipality", "PhaseWindow", "Region", "SchoolBreak", "Season", "__version__",
    "add_working_days", "count_working_days", "easter_sunday", "find_municipality",
    "find_region", "from_iso_week", "holiday_on", "holidays", "holidays_frame",
    "is_working_day", "iso_week", "iso_weekday", "municipalities", "municipalities_frame",
    "regions", "status_str", "to_ical", "errors",
] + errors.__all__
