"""Exceptions raised by rorkit, one class per status code of the C ABI.

Every class derives from :class:`RorkitError` and, where Python has a natural counterpart, from
that too (``NotFoundError`` is a ``LookupError``; the input errors are ``ValueError``).
"""

from __future__ import annotations


class RorkitError(Exception):
    """Base class. ``status`` is the C ABI status code (a negative int)."""

    status: int = -1

    def __init__(self, message: str = "", status: int | None = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status


class InternalError(RorkitError):
    status = -1


class InvalidArgumentError(RorkitError, ValueError):
    status = -2


class NullPointerError(RorkitError, ValueError):
    status = -3


class BufferTooSmallError(RorkitError):
    status = -4


class OutOfMemoryError(RorkitError, MemoryError):
    status = -5


class InvalidUtf8Error(RorkitError, ValueError):
    status = -6


class NotFoundError(RorkitError, LookupError):
    status = -7


class OutOfRangeError(RorkitError, ValueError):
    status = -8


class ParseError(RorkitError, ValueError):
    status = -9


class IoError(RorkitError, OSError):
    status = -10


class UnsupportedVersionError(RorkitError, ValueError):
    status = -11


class DuplicateError(RorkitError, ValueError):
    status = -12


class InvalidStateError(RorkitError):
    status = -13


class ValidationError(RorkitError, ValueError):
    status = -14


class InvalidDateError(RorkitError, ValueError):
    status = -100


class YearOutOfRangeError(RorkitError, ValueError):
    status = -101


class DateOrderError(RorkitError, ValueError):
    status = -102


class InvalidSchoolBreakError(RorkitError, ValueError):
    status = -103


class IllegalTransitionError(RorkitError, ValueError):
    status = -300


class DanglingReferenceError(RorkitError, ValueError):
    status = -301


class ItemOutOfRangeError(RorkitError, ValueError):
    status = -302


class MissingItemsError(RorkitError, ValueError):
    status = -303


class ReferencedError(RorkitError, ValueError):
    status = -304


class WindowTooShortError(RorkitError, ValueError):
    status = -400


class CompositionError(RorkitError, ValueError):
    status = -401


class RegistrationError(RorkitError, ValueError):
    status = -402


class NotAWorkingDayError(RorkitError, ValueError):
    status = -403


class SchemaError(RorkitError, ValueError):
    status = -600


_BY_STATUS: dict[int, type[RorkitError]] = {
    cls.status: cls
    for cls in list(globals().values())
    if isinstance(cls, type) and issubclass(cls, RorkitError) and cls is not RorkitError
}


def _from_status(status: int, message: str) -> RorkitError:
    """The exception instance for a status code (used by the compiled module)."""
    cls = _BY_STATUS.get(status, RorkitError)
    return cls(message, status)


# A literal list, so that type checkers see what `from .errors import *` in __init__.py
# re-exports (rorkit.NotFoundError, ...); tests/python/test_stubs.py checks that it names every
# RorkitError class defined here.
__all__ = [
    "RorkitError",
    "InternalError",
    "InvalidArgumentError",
    "NullPointerError",
    "BufferTooSmallError",
    "OutOfMemoryError",
    "InvalidUtf8Error",
    "NotFoundError",
    "OutOfRangeError",
    "ParseError",
    "IoError",
    "UnsupportedVersionError",
    "DuplicateError",
    "InvalidStateError",
    "ValidationError",
    "InvalidDateError",
    "YearOutOfRangeError",
    "DateOrderError",
    "InvalidSchoolBreakError",
    "IllegalTransitionError",
    "DanglingReferenceError",
    "ItemOutOfRangeError",
    "MissingItemsError",
    "ReferencedError",
    "WindowTooShortError",
    "CompositionError",
    "RegistrationError",
    "NotAWorkingDayError",
    "SchemaError",
]
