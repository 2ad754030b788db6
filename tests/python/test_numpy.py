"""Calendar.working_day_mask: a numpy bool array sharing memory with the library (no copy)."""

from __future__ import annotations

import datetime as dt
import gc

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import refcal
import rorkit


def _mask(first, last, customary=True):
    return rorkit.Calendar(customary_days_off=customary).working_day_mask(first, last)


def test_dtype_shape_and_values():
    first, last = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    mask = _mask(first, last)
    assert isinstance(mask, np.ndarray)
    assert mask.dtype == np.bool_
    assert mask.ndim == 1 and mask.shape == (365,)
    expected = [refcal.is_working_day(d) for d in refcal.days(first, last)]
    assert mask.tolist() == expected
    assert int(mask.sum()) == rorkit.count_working_days(first, last) == sum(expected)


@given(st.dates(refcal.FIRST_DAY, dt.date(2200, 10, 1)), st.integers(0, 90), st.booleans())
def test_mask_equals_is_working_day(first, length, customary):
    last = first + dt.timedelta(days=length)
    mask = _mask(first, last, customary)
    assert len(mask) == length + 1
    assert mask.tolist() == [rorkit.is_working_day(d, customary) for d in refcal.days(first, last)]


def test_does_not_own_its_data():
    mask = _mask(dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    # The buffer belongs to the library and is kept alive by a capsule in .base.
    assert mask.flags.owndata is False
    assert mask.base is not None
    assert mask.flags.c_contiguous


def test_survives_the_calendar_and_garbage_collection():
    first, last = dt.date(2024, 1, 1), dt.date(2026, 12, 31)
    cal = rorkit.Calendar()
    mask = cal.working_day_mask(first, last)
    expected = mask.copy()
    del cal
    gc.collect()
    # Churn the allocator so freed memory would likely be reused.
    junk = [rorkit.Calendar().working_day_mask(first, last) for _ in range(20)]
    junk += [bytearray(b"\xff" * 1096) for _ in range(200)]
    assert np.array_equal(mask, expected)
    assert int(mask.sum()) == rorkit.count_working_days(first, last)
    del junk


def test_views_keep_the_buffer_alive():
    view = _mask(dt.date(2025, 1, 1), dt.date(2025, 12, 31))[::7]
    gc.collect()
    _ = [bytearray(b"\xff" * 365) for _ in range(500)]
    # Every 7th day from Wednesday 1 Jan 2025 is a Wednesday: off only on 1 Jan, 24 Dec, 31 Dec.
    assert view.tolist() == [d not in (dt.date(2025, 1, 1), dt.date(2025, 12, 24),
                                       dt.date(2025, 12, 31))
                             for d in refcal.days(dt.date(2025, 1, 1), dt.date(2025, 12, 31))][::7]


def test_masks_are_independent():
    a = _mask(dt.date(2025, 1, 1), dt.date(2025, 1, 10))
    b = _mask(dt.date(2025, 1, 1), dt.date(2025, 1, 10))
    assert not np.shares_memory(a, b)
    if a.flags.writeable:
        a[:] = True
        assert b.tolist() == [refcal.is_working_day(d) for d in
                              refcal.days(dt.date(2025, 1, 1), dt.date(2025, 1, 10))]


def test_customary_rule():
    first, last = dt.date(2025, 12, 22), dt.date(2025, 12, 31)
    on, off = _mask(first, last, True), _mask(first, last, False)
    # 24 and 31 Dec 2025 are Wednesdays: working days only when customary days are working.
    assert on.tolist() == [True, True, False, False, False, False, False, True, True, False]
    assert off.tolist() == [True, True, True, False, False, False, False, True, True, True]


def test_single_day_and_whole_range():
    assert _mask("2025-01-02", "2025-01-02").tolist() == [True]
    whole = _mask(refcal.FIRST_DAY, refcal.LAST_DAY)
    assert len(whole) == (refcal.LAST_DAY - refcal.FIRST_DAY).days + 1
    assert int(whole.sum()) == rorkit.count_working_days(refcal.FIRST_DAY, refcal.LAST_DAY)


def test_works_with_numpy_operations():
    mask = _mask(dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    idx = np.flatnonzero(mask)
    days = np.datetime64("2025-01-01") + idx.astype("timedelta64[D]")
    assert days[0] == np.datetime64("2025-01-02")
    assert len(days) == 22
    assert np.asarray(mask, dtype=np.int8).sum() == 22


def test_errors():
    cal = rorkit.Calendar()
    with pytest.raises(rorkit.DateOrderError):
        cal.working_day_mask(dt.date(2025, 1, 2), dt.date(2025, 1, 1))
    with pytest.raises(rorkit.YearOutOfRangeError):
        cal.working_day_mask(dt.date(1899, 12, 1), dt.date(1900, 1, 31))
    with pytest.raises(rorkit.YearOutOfRangeError):
        cal.working_day_mask(dt.date(2200, 12, 1), dt.date(2201, 1, 31))
