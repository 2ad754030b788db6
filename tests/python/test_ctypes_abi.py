"""The C ABI of librorkit.so from a second language: ctypes (RORKIT_SHARED_LIB, set by ctest).

Declarations follow include/rorkit/c/rorkit_common.h, rorkit_refdata.h and rorkit_calendar.h.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import threading

import pytest

import rorkit


class CDate(ctypes.Structure):
    _fields_ = [("year", ctypes.c_int32), ("month", ctypes.c_int32), ("day", ctypes.c_int32)]


class CMunicipality(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int32), ("code3", ctypes.c_char * 4), ("code4", ctypes.c_char * 5),
                ("name", ctypes.c_char_p), ("region_code", ctypes.c_int32),
                ("region_name", ctypes.c_char_p)]


OK, NULL_POINTER, INVALID_UTF8, NOT_FOUND, INVALID_DATE, DATE_ORDER = 0, -3, -6, -7, -100, -102


@pytest.fixture(scope="module")
def lib(shared_lib_path):
    lib = ctypes.CDLL(str(shared_lib_path))
    lib.rorkit_version.restype = ctypes.c_char_p
    lib.rorkit_version.argtypes = []
    lib.rorkit_abi_version.restype = ctypes.c_uint32
    lib.rorkit_abi_version.argtypes = []
    lib.rorkit_last_error.restype = ctypes.c_char_p
    lib.rorkit_last_error.argtypes = []
    lib.rorkit_status_str.restype = ctypes.c_char_p
    lib.rorkit_status_str.argtypes = [ctypes.c_int]
    lib.rorkit_date_parse.restype = ctypes.c_int
    lib.rorkit_date_parse.argtypes = [ctypes.POINTER(CDate), ctypes.c_char_p]
    lib.rorkit_municipality_find.restype = ctypes.c_int
    lib.rorkit_municipality_find.argtypes = [ctypes.POINTER(CMunicipality), ctypes.c_char_p,
                                             ctypes.POINTER(CDate)]
    lib.rorkit_calendar_count_working_days.restype = ctypes.c_int
    lib.rorkit_calendar_count_working_days.argtypes = [ctypes.POINTER(ctypes.c_int64),
                                                       ctypes.c_void_p, CDate, CDate]
    return lib


def _parse(lib, text: bytes):
    out = CDate()
    return lib.rorkit_date_parse(ctypes.byref(out), text), out


def test_version(lib):
    assert lib.rorkit_version().decode() == rorkit.__version__


def test_abi_version(lib):
    assert lib.rorkit_abi_version() == rorkit.ABI_VERSION >= 1


def test_bad_date_sets_last_error_then_success_clears_it(lib):
    status, _ = _parse(lib, b"2025-02-30")
    assert status == INVALID_DATE == rorkit.InvalidDateError.status
    message = lib.rorkit_last_error().decode()
    assert message and "2025-02-30" in message
    status, out = _parse(lib, b"2025-02-28")
    assert status == OK
    assert (out.year, out.month, out.day) == (2025, 2, 28)
    assert lib.rorkit_last_error() == b""


@pytest.mark.parametrize("text", [b"2025-13-01", b"20250101", b"", b"2025-1-01", b"not a date"])
def test_unparseable_dates(lib, text):
    status, _ = _parse(lib, text)
    assert status == INVALID_DATE
    assert text.decode() in lib.rorkit_last_error().decode()


def test_null_pointers(lib):
    assert lib.rorkit_date_parse(None, b"2025-01-01") == NULL_POINTER
    assert lib.rorkit_last_error()
    assert _parse(lib, None)[0] == NULL_POINTER


def test_invalid_utf8_is_reported(lib):
    # Bytes that Python str can't carry to the library; only the C ABI can receive them.
    out = CMunicipality()
    assert lib.rorkit_municipality_find(ctypes.byref(out), b"K\xf8benhavn", None) == INVALID_UTF8
    assert lib.rorkit_last_error()
    assert _parse(lib, b"\xff\xfe")[0] in (INVALID_UTF8, INVALID_DATE)


def test_municipality_find(lib):
    out = CMunicipality()
    on = CDate(2027, 1, 1)
    assert lib.rorkit_municipality_find(ctypes.byref(out), "Høje-Taastrup".encode(), ctypes.byref(on)) == OK
    assert (out.code, out.code3, out.code4, out.name.decode()) == (169, b"169", b"0169", "Høje-Taastrup")
    assert (out.region_code, out.region_name.decode()) == (1086, "Region Østdanmark")
    assert lib.rorkit_municipality_find(ctypes.byref(out), b"411", None) == NOT_FOUND
    assert "411" in lib.rorkit_last_error().decode()


def test_count_working_days_with_the_default_calendar(lib):
    n = ctypes.c_int64()
    status = lib.rorkit_calendar_count_working_days(ctypes.byref(n), None, CDate(2025, 1, 1),
                                                    CDate(2025, 1, 31))
    assert (status, n.value) == (OK, 22)
    assert n.value == rorkit.count_working_days(dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    status = lib.rorkit_calendar_count_working_days(ctypes.byref(n), None, CDate(2025, 1, 31),
                                                    CDate(2025, 1, 1))
    assert status == DATE_ORDER


def test_status_str_matches_python(lib):
    for cls in (rorkit.NotFoundError, rorkit.InvalidDateError, rorkit.DateOrderError,
                rorkit.InvalidSchoolBreakError, rorkit.InvalidUtf8Error):
        assert lib.rorkit_status_str(cls.status).decode() == rorkit.status_str(cls.status)
    assert lib.rorkit_status_str(NOT_FOUND) == b"not found"


def test_last_error_is_per_thread(lib):
    # rorkit_common.h: "The message of the last failed call on this thread."
    assert _parse(lib, b"2025-02-30")[0] == INVALID_DATE
    seen = {}

    def other():
        seen["before"] = lib.rorkit_last_error()
        seen["status"] = _parse(lib, b"2025-01-01")[0]

    t = threading.Thread(target=other)
    t.start()
    t.join()
    assert seen == {"before": b"", "status": OK}
    assert b"2025-02-30" in lib.rorkit_last_error()  # not cleared by the other thread
