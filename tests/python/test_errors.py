"""Exceptions: one class per C ABI status code, with Python's natural bases."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import rorkit
from rorkit import errors

# Status codes as pinned in include/rorkit/c/rorkit_common.h ("Values are pinned forever").
EXPECTED = {
    "InternalError": (-1, ()),
    "InvalidArgumentError": (-2, (ValueError,)),
    "NullPointerError": (-3, (ValueError,)),
    "BufferTooSmallError": (-4, ()),
    "OutOfMemoryError": (-5, (MemoryError,)),
    "InvalidUtf8Error": (-6, (ValueError,)),
    "NotFoundError": (-7, (LookupError,)),
    "OutOfRangeError": (-8, (ValueError,)),
    "ParseError": (-9, (ValueError,)),
    "IoError": (-10, (OSError,)),
    "UnsupportedVersionError": (-11, (ValueError,)),
    "DuplicateError": (-12, (ValueError,)),
    "InvalidStateError": (-13, ()),
    "ValidationError": (-14, (ValueError,)),
    "InvalidDateError": (-100, (ValueError,)),
    "YearOutOfRangeError": (-101, (ValueError,)),
    "DateOrderError": (-102, (ValueError,)),
    "InvalidSchoolBreakError": (-103, (ValueError,)),
    "IllegalTransitionError": (-300, (ValueError,)),
    "DanglingReferenceError": (-301, (ValueError,)),
    "ItemOutOfRangeError": (-302, (ValueError,)),
    "MissingItemsError": (-303, (ValueError,)),
    "ReferencedError": (-304, (ValueError,)),
    "WindowTooShortError": (-400, (ValueError,)),
    "CompositionError": (-401, (ValueError,)),
    "RegistrationError": (-402, (ValueError,)),
    "NotAWorkingDayError": (-403, (ValueError,)),
    "SchemaError": (-600, (ValueError,)),
}

# The C enumerator for each class (RORKIT_ERROR_<NAME>).
C_NAME = {
    "InternalError": "INTERNAL", "InvalidArgumentError": "INVALID_ARGUMENT",
    "NullPointerError": "NULL_POINTER", "BufferTooSmallError": "BUFFER_TOO_SMALL",
    "OutOfMemoryError": "OUT_OF_MEMORY", "InvalidUtf8Error": "INVALID_UTF8",
    "NotFoundError": "NOT_FOUND", "OutOfRangeError": "OUT_OF_RANGE", "ParseError": "PARSE",
    "IoError": "IO", "UnsupportedVersionError": "UNSUPPORTED_VERSION",
    "DuplicateError": "DUPLICATE", "InvalidStateError": "INVALID_STATE",
    "ValidationError": "VALIDATION", "InvalidDateError": "INVALID_DATE",
    "YearOutOfRangeError": "YEAR_OUT_OF_RANGE", "DateOrderError": "DATE_ORDER",
    "InvalidSchoolBreakError": "INVALID_SCHOOL_BREAK",
    "IllegalTransitionError": "ILLEGAL_TRANSITION", "DanglingReferenceError": "DANGLING_REFERENCE",
    "ItemOutOfRangeError": "ITEM_OUT_OF_RANGE", "MissingItemsError": "MISSING_ITEMS",
    "ReferencedError": "REFERENCED", "SchemaError": "SCHEMA",
    "WindowTooShortError": "WINDOW_TOO_SHORT", "CompositionError": "COMPOSITION",
    "RegistrationError": "REGISTRATION", "NotAWorkingDayError": "NOT_A_WORKING_DAY",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_status_and_bases(name):
    cls = getattr(errors, name)
    status, bases = EXPECTED[name]
    assert cls.status == status
    assert issubclass(cls, errors.RorkitError)
    for base in bases:
        assert issubclass(cls, base)
    assert getattr(rorkit, name) is cls  # re-exported at the top level


def test_every_error_class_is_covered():
    classes = {name for name in errors.__all__ if name != "RorkitError"}
    assert classes == set(EXPECTED)


def test_not_found_is_a_lookup_error_not_a_value_error():
    assert issubclass(rorkit.NotFoundError, LookupError)
    assert not issubclass(rorkit.NotFoundError, ValueError)
    assert issubclass(rorkit.InvalidDateError, ValueError)


def test_status_codes_match_the_c_header(source_dir):
    header = (source_dir / "include/rorkit/c/rorkit_common.h").read_text(encoding="utf-8")
    codes = {m[1]: int(m[2]) for m in re.finditer(r"RORKIT_ERROR_([A-Z0-9_]+)\s*=\s*(-?\d+)", header)}
    assert codes == {C_NAME[n]: s for n, (s, _) in EXPECTED.items()}


@pytest.mark.parametrize("status, text", [(-7, "not found"), (0, None), (-100, None), (-103, None)])
def test_status_str(status, text):
    got = rorkit.status_str(status)
    assert isinstance(got, str) and got
    if text is not None:
        assert got == text


def test_status_str_is_distinct_per_code():
    texts = [rorkit.status_str(s) for s, _ in EXPECTED.values()]
    assert len(set(texts)) == len(texts)
    assert rorkit.status_str(12345) not in texts  # an unknown code gets a generic text


@pytest.mark.parametrize(
    "text",
    ["2023-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2100-02-29", "1900-02-29",
     "2025-1-01", "2025/01/01", "20250101", "", " 2025-01-01", "2025-01-01 ", "2025-01-01T00:00",
     "0000-01-01", "２０２５-01-01", "abcd-ef-gh", "2025-01-01\x00"],
)
def test_invalid_date_strings(text):
    with pytest.raises(rorkit.InvalidDateError) as info:
        rorkit.is_working_day(text)
    assert info.value.status == -100
    assert isinstance(info.value, ValueError)
    assert str(info.value)  # a message, naming the problem


@pytest.mark.parametrize("text", ["2023-02-29", "2025-13-01"])
def test_invalid_date_message_names_the_input(text):
    with pytest.raises(rorkit.InvalidDateError, match=re.escape(text)):
        rorkit.holiday_on(text)


def test_leap_days_that_exist_are_accepted():
    assert rorkit.is_working_day("2000-02-29") is True   # a Tuesday, 400-year rule
    assert rorkit.is_working_day("2024-02-29") is True   # a Thursday


@pytest.mark.parametrize(
    "value",
    [dt.datetime(2025, 1, 2), dt.datetime(2025, 1, 2, tzinfo=dt.timezone.utc), 20250102,
     None, b"2025-01-02", 2025.0, (2025, 1, 2)],
)
def test_non_dates_are_type_errors(value):
    # A datetime is a date subclass, but its time would be silently dropped: rejected.
    with pytest.raises(TypeError):
        rorkit.is_working_day(value)
    with pytest.raises(TypeError):
        rorkit.holiday_on(value)


def test_date_subclass_is_accepted():
    class MyDate(dt.date):
        pass

    assert rorkit.is_working_day(MyDate(2025, 1, 2)) is True


def test_raised_exceptions_carry_their_status():
    cases = [
        (lambda: rorkit.find_municipality("Atlantis"), rorkit.NotFoundError),
        (lambda: rorkit.holidays(1899), rorkit.YearOutOfRangeError),
        (lambda: rorkit.count_working_days("2025-01-02", "2025-01-01"), rorkit.DateOrderError),
        (lambda: rorkit.from_iso_week(2021, 53, 1), rorkit.InvalidArgumentError),
        (lambda: rorkit.iso_week(dt.date(1300, 1, 1)), rorkit.OutOfRangeError),
    ]
    for call, cls in cases:
        with pytest.raises(cls) as info:
            call()
        assert type(info.value) is cls
        assert info.value.status == cls.status
        assert isinstance(info.value, rorkit.RorkitError)
        assert str(info.value)


def test_rorkit_error_constructor():
    e = errors.RorkitError("boom", -42)
    assert (str(e), e.status) == ("boom", -42)
    assert errors.NotFoundError("x").status == -7
