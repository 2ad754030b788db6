"""pandas views: holidays_frame and municipalities_frame (pandas 2.2 and 3)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

import refcal
import rorkit

pd = pytest.importorskip("pandas")
PANDAS_MAJOR = int(pd.__version__.split(".")[0])


@pytest.fixture(scope="module")
def frame():
    return rorkit.holidays_frame(2024, 2025)


def test_holidays_frame_shape_and_columns(frame):
    # 2024 and 2025 have 13 entries each: 10 helligdage (no store bededag from 2024) and 3
    # customary days off (refcal).
    assert len(refcal.holidays(2024)) == len(refcal.holidays(2025)) == 13
    assert frame.shape == (26, 5)
    assert list(frame.columns) == ["date", "id", "name_da", "name_en", "kind"]


def test_holidays_frame_dtypes(frame):
    assert pd.api.types.is_datetime64_dtype(frame["date"])
    for column in ("id", "name_da", "name_en", "kind"):
        assert pd.api.types.is_string_dtype(frame[column]), column


def test_holidays_frame_date_is_datetime64_ns_as_documented(frame):
    assert frame["date"].dtype == np.dtype("datetime64[ns]")


def test_holidays_frame_values(frame):
    expected = [(d, hid, kind) for year in (2024, 2025) for d, hid, kind in refcal.holidays(year)]
    got = [(ts.date(), hid, kind) for ts, hid, kind in
           zip(frame["date"], frame["id"], frame["kind"])]
    assert sorted(got) == sorted(expected)
    # ...in the API's order, and with the API's names.
    api = [h for year in (2024, 2025) for h in rorkit.holidays(year)]
    assert list(frame["name_da"]) == [h.name_da for h in api]
    assert list(frame["name_en"]) == [h.name_en for h in api]
    assert list(frame["id"]) == [h.id for h in api]


def test_holidays_frame_row_example(frame):
    row = frame[frame["id"] == "langfredag"].iloc[1]
    assert row["date"] == pd.Timestamp("2025-04-18")
    assert (row["name_da"], row["kind"]) == ("Langfredag", "public_holiday")
    assert set(frame["kind"]) == {"public_holiday", "customary_day_off"}


def test_holidays_frame_one_year():
    one = rorkit.holidays_frame(2023)
    assert len(one) == 14  # 2023 still has store bededag
    assert "store_bededag" in set(one["id"])


def test_holidays_frame_out_of_range():
    with pytest.raises(rorkit.YearOutOfRangeError):
        rorkit.holidays_frame(1899, 1900)


@pytest.mark.parametrize("on, counts", [
    (dt.date(2026, 6, 1), {"Region Hovedstaden": 29, "Region Sjælland": 17, "Region Syddanmark": 22,
                           "Region Midtjylland": 19, "Region Nordjylland": 11}),
    (dt.date(2027, 1, 1), {"Region Østdanmark": 46, "Region Syddanmark": 22,
                           "Region Midtjylland": 19, "Region Nordjylland": 11}),
])
def test_municipalities_frame(on, counts):
    mf = rorkit.municipalities_frame(on)
    assert mf.shape == (98, 5)
    assert list(mf.columns) == ["code", "code4", "name", "region_code", "region"]
    assert mf["region"].value_counts().to_dict() == counts
    assert pd.api.types.is_integer_dtype(mf["region_code"])
    assert all(len(c) == 3 for c in mf["code"]) and all(len(c) == 4 for c in mf["code4"])
    row = mf[mf["code"] == "169"].iloc[0]
    assert row["name"] == "Høje-Taastrup" and row["code4"] == "0169"
    assert mf["code"].is_unique and mf["name"].is_unique


def test_municipalities_frame_default_is_today():
    # The default date is today; whatever today is, the frame equals the one for today's date.
    today = dt.date.today()
    pd.testing.assert_frame_equal(rorkit.municipalities_frame(), rorkit.municipalities_frame(today))


def test_holidays_frame_reversed_years_is_a_date_order_error():
    with pytest.raises(rorkit.DateOrderError):
        rorkit.holidays_frame(2025, 2024)
