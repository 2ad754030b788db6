"""Exact comparison of tidy key-figure frames (pandas, polars or DuckDB results) with each other
and with rorkit's aggregates.csv."""

from __future__ import annotations

import numpy as np

MISSING = -1  # a missing numerator (kf10 in the last year)


def _column(frame, name: str) -> np.ndarray:
    col = frame[name]
    if hasattr(col, "fill_null"):  # polars
        return col.fill_null(MISSING).to_numpy().astype(np.int64)
    if hasattr(col, "fillna"):  # pandas (nullable or not)
        return col.astype("Float64").fillna(MISSING).to_numpy(dtype=np.float64).astype(np.int64)
    return np.asarray(col, dtype=np.int64)


def cells(frame) -> dict[tuple[int, int, int], tuple[int, int]]:
    """A tidy frame as {(municipality, year, figure): (numerator, denominator)}; a missing
    numerator is -1."""
    cols = [_column(frame, c) for c in ("municipality", "year", "figure", "numerator", "denominator")]
    out = {}
    for m, y, f, num, den in zip(*(c.tolist() for c in cols)):
        key = (m, y, f)
        if key in out:
            raise AssertionError(f"duplicate cell {key}")
        out[key] = (num, den)
    return out


def differences(expected: dict, actual: dict, last_year: int | None, *,
                rorkit_side: bool = False, limit: int = 10) -> list[str]:
    """Cells where `actual` differs from `expected`; a cell absent on one side counts as 0/0.
    kf10's numerator in `last_year` must be missing on a reference side (`actual`, and
    `expected` too unless it is rorkit's, `rorkit_side`, which always holds a count there), and
    only the denominators are compared there. `last_year=None` compares every cell as it is
    (rorkit against rorkit)."""
    out = []
    for key in sorted(set(expected) | set(actual)):
        e = expected.get(key, (0, 0))
        a = actual.get(key, (0, 0))
        if key[2] == 10 and key[1] == last_year:
            sides = [("got", actual)] + ([] if rorkit_side else [("expected", expected)])
            for label, side in sides:
                if key in side and side[key][0] != MISSING:
                    out.append(f"municipality {key[0]}, year {key[1]}, kf10: the numerator of the "
                               f"last year must be missing, {label} {side[key][0]}")
            e, a = (0, e[1]), (0, a[1])
        if e != a:
            out.append(f"municipality {key[0]}, year {key[1]}, kf{key[2]:02d}: "
                       f"expected {e[0]}/{e[1]}, got {a[0]}/{a[1]}")
        if len(out) >= limit:
            break
    return out
