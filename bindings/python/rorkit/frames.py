"""pandas views of rorkit's reference data and calendar (pandas is imported lazily)."""

from __future__ import annotations

import datetime as _dt

from . import _rorkit


def holidays_frame(first_year: int, last_year: int | None = None):
    """Holidays of one year or an inclusive range of years as a tidy DataFrame.

    Columns: date (datetime64[ns]), id, name_da, name_en, kind ('public_holiday' or
    'customary_day_off').
    """
    import pandas as pd

    last_year = first_year if last_year is None else last_year
    if last_year < first_year:
        from .errors import DateOrderError

        raise DateOrderError(f"last_year {last_year} is before first_year {first_year}")
    rows = [
        (h.date, h.id, h.name_da, h.name_en, h.kind.name)
        for year in range(first_year, last_year + 1)
        for h in _rorkit.holidays(year)
    ]
    frame = pd.DataFrame(rows, columns=["date", "id", "name_da", "name_en", "kind"])
    # pandas 3 would infer seconds resolution from datetime.date; keep the documented unit.
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
    return frame


def municipalities_frame(on: _dt.date | None = None):
    """The 98 municipalities with their region on a date (default today) as a DataFrame."""
    import pandas as pd

    rows = []
    for m in _rorkit.municipalities():
        region = m.region(on)
        rows.append((m.code3, m.code4, m.name, region.code, region.name))
    return pd.DataFrame(rows, columns=["code", "code4", "name", "region_code", "region"])
