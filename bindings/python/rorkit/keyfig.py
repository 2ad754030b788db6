"""Key figures in Python: columnar compute, synthetic data, tidy frames and plots.

The engine is C++ (``rorkit._rorkit``); this module converts its inputs and adds pure-Python
conveniences. Inputs are columns - numpy arrays, or pandas DataFrames with the documented
column names - never per-row Python objects: each column is converted once (vectorised, with a
range check) to the engine's dtype and handed over without a further copy, and the GIL is
released while C++ computes. pandas and matplotlib are imported lazily.

Tables (docs/key-figures.md, "From C, the CLI and Python"):

=============  ==========================================================================
persons        ``id`` int64, ``municipality`` int16, ``birth_year`` int16, ``status`` uint8
               of shape (persons, years) plus ``first_year``; as a DataFrame the status
               columns are ``status_<year>`` (``status_2018`` ...)
spells         ``person`` int64, ``municipality`` int16, ``basis`` int8 (1-9), ``start`` and
               ``end`` int32 days since 1970-01-01 (or datetime64; NaT/INT32_MAX = open)
admissions     ``person`` int64, ``date`` int32 days (or datetime64)
surveys        ``person`` int64, ``municipality`` int16, ``year`` int16, ``who5`` float64 of
               shape (responses, 5) (DataFrame: ``who5_1`` ... ``who5_5``), ``recovery``,
               ``satisfaction``, ``involvement``, ``participation`` float64 (NaN = missing)
=============  ==========================================================================
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from . import _rorkit
from ._rorkit import KeyFigureAggregates, Panel
from .errors import InvalidArgumentError

__all__ = [
    "compute_key_figures",
    "synthetic_microdata",
    "microdata_frames",
    "stair_frame",
    "plot_development",
    "plot_ranking",
    "plot_stair",
]

_INT32_MAX = np.iinfo(np.int32).max


# ---- columns ---------------------------------------------------------------------------------


def _is_frame(table: Any) -> bool:
    return hasattr(table, "columns") and hasattr(table, "to_numpy")


def _get(table: Any, name: str, where: str, required: bool = True) -> Any:
    if _is_frame(table):
        if name in table.columns:
            return table[name].to_numpy()
    elif name in table:
        return table[name]
    if required:
        raise InvalidArgumentError(f"{where} has no column '{name}'")
    return None


def _column(values: Any, dtype: Any, name: str, shape2: int | None = None) -> np.ndarray:
    """One column as a C-contiguous array of exactly `dtype`, checked before any narrowing."""
    dtype = np.dtype(dtype)
    a = np.asarray(values)
    if a.dtype == dtype and a.flags.c_contiguous:
        out = a
    elif dtype.kind in "iu":
        if a.dtype.kind == "M":  # datetime64 -> days since 1970-01-01 (NaT: still open)
            days = a.astype("datetime64[D]")
            nat = np.isnat(days)
            a = days.astype(np.int64)
            a[nat] = _INT32_MAX
        elif a.dtype.kind == "f":
            if a.size and not np.all(np.isfinite(a)):
                raise InvalidArgumentError(f"{name} has NaN or infinite values; it holds whole numbers")
            if a.size and np.any(a != np.round(a)):
                raise InvalidArgumentError(f"{name} has fractional values; it holds whole numbers")
        elif a.dtype.kind not in "iub":
            raise InvalidArgumentError(f"{name} has dtype {a.dtype}; expected integers ({dtype})")
        if a.size:
            info = np.iinfo(dtype)
            lo, hi = a.min(), a.max()
            if lo < info.min or hi > info.max:
                bad = lo if lo < info.min else hi
                raise InvalidArgumentError(
                    f"{name} has the value {bad}, outside {dtype} ({info.min}..{info.max})")
        out = np.ascontiguousarray(a, dtype=dtype)
    else:  # float64
        if a.dtype.kind not in "iufb":
            raise InvalidArgumentError(f"{name} has dtype {a.dtype}; expected numbers")
        out = np.ascontiguousarray(a, dtype=dtype)
    if shape2 is not None:
        if out.ndim == 1 and out.size % shape2 == 0:
            out = out.reshape(-1, shape2)
        if out.ndim != 2 or out.shape[1] != shape2:
            raise InvalidArgumentError(f"{name} must have shape (rows, {shape2}), not {out.shape}")
    elif out.ndim != 1:
        raise InvalidArgumentError(f"{name} must be one-dimensional, not of shape {out.shape}")
    return out


def _empty(dtype: Any) -> np.ndarray:
    return np.empty(0, dtype=dtype)


def _persons(persons: Any) -> tuple[list[np.ndarray], int, int]:
    if persons is None:
        raise InvalidArgumentError("persons is required")
    ids = _column(_get(persons, "id", "persons"), np.int64, "persons.id")
    muni = _column(_get(persons, "municipality", "persons"), np.int16, "persons.municipality")
    birth = _column(_get(persons, "birth_year", "persons"), np.int16, "persons.birth_year")
    if _is_frame(persons) and "status" not in persons.columns:
        cols = [(int(m.group(1)), c) for c in persons.columns
                if (m := re.fullmatch(r"status_(\d{4})", str(c)))]
        if not cols:
            raise InvalidArgumentError("persons has no status_<year> columns (status_2018, ...)")
        cols.sort()
        years = [y for y, _ in cols]
        if years != list(range(years[0], years[0] + len(years))):
            raise InvalidArgumentError(f"persons' status columns skip a year: {years}")
        status = _column(np.column_stack([persons[c].to_numpy() for _, c in cols]).reshape(-1),
                         np.uint8, "persons.status", shape2=len(years))
        first_year = years[0]
    else:
        raw = np.asarray(_get(persons, "status", "persons"))
        if raw.ndim != 2:
            raise InvalidArgumentError(
                f"persons.status must have shape (persons, years), not {raw.shape}")
        status = _column(raw, np.uint8, "persons.status", shape2=raw.shape[1])
        fy = persons.attrs.get("first_year") if _is_frame(persons) else persons.get("first_year")
        if fy is None:
            raise InvalidArgumentError("persons needs first_year (the status table's first year)")
        first_year = int(fy)
    return [ids, muni, birth, status], first_year, int(status.shape[1])


def _spells(spells: Any) -> list[np.ndarray]:
    if spells is None:
        return [_empty(np.int64), _empty(np.int16), _empty(np.int8), _empty(np.int32), _empty(np.int32)]
    return [
        _column(_get(spells, "person", "spells"), np.int64, "spells.person"),
        _column(_get(spells, "municipality", "spells"), np.int16, "spells.municipality"),
        _column(_get(spells, "basis", "spells"), np.int8, "spells.basis"),
        _column(_get(spells, "start", "spells"), np.int32, "spells.start"),
        _column(_get(spells, "end", "spells"), np.int32, "spells.end"),
    ]


def _admissions(admissions: Any) -> list[np.ndarray]:
    if admissions is None:
        return [_empty(np.int64), _empty(np.int32)]
    return [
        _column(_get(admissions, "person", "admissions"), np.int64, "admissions.person"),
        _column(_get(admissions, "date", "admissions"), np.int32, "admissions.date"),
    ]


def _surveys(surveys: Any) -> list[np.ndarray]:
    if surveys is None:
        return [_empty(np.int64), _empty(np.int16), _empty(np.int16)] + [_empty(np.float64)] * 5
    out = [
        _column(_get(surveys, "person", "surveys"), np.int64, "surveys.person"),
        _column(_get(surveys, "municipality", "surveys"), np.int16, "surveys.municipality"),
        _column(_get(surveys, "year", "surveys"), np.int16, "surveys.year"),
    ]
    if _is_frame(surveys) and "who5" not in surveys.columns:
        items = [f"who5_{i}" for i in range(1, 6)]
        if all(c in surveys.columns for c in items):
            who5 = _column(surveys[items].to_numpy(dtype=np.float64), np.float64, "surveys.who5", shape2=5)
        else:
            who5 = _empty(np.float64)
    else:
        raw = _get(surveys, "who5", "surveys", required=False)
        who5 = _empty(np.float64) if raw is None else _column(raw, np.float64, "surveys.who5", shape2=5)
    out.append(who5)
    for name in ("recovery", "satisfaction", "involvement", "participation"):
        raw = _get(surveys, name, "surveys", required=False)
        out.append(_empty(np.float64) if raw is None else _column(raw, np.float64, f"surveys.{name}"))
    return out


def compute_key_figures(persons: Any, spells: Any = None, admissions: Any = None,
                        surveys: Any = None, *, threads: int = 0, first_year: int | None = None,
                        last_year: int | None = None, min_age: int = 18,
                        max_age: int = 64) -> KeyFigureAggregates:
    """Computes the 20 key figures' partial aggregates from columnar microdata.

    Parameters
    ----------
    persons : mapping of arrays or pandas.DataFrame
        ``id``, ``municipality``, ``birth_year``, ``status`` (persons x years) and
        ``first_year``; a DataFrame has ``status_<year>`` columns instead (module docstring).
        May be any subset of the population (a partition).
    spells, admissions, surveys : mapping of arrays or pandas.DataFrame, optional
        The other tables; rows whose person is not in ``persons`` are ignored (but validated),
        so every partition can be given the same tables.
    threads : int, default 0
        0 = all hardware threads. The result is identical for any number.
    first_year, last_year : int, optional
        Default: all years of the persons' status table.
    min_age, max_age : int, default 18, 64
        The age band of the population (year - birth_year).

    Returns
    -------
    KeyFigureAggregates
        Merge partial results with ``merge``; make a panel with ``to_panel()``.

    Raises
    ------
    InvalidArgumentError
        Naming the table, row and column for bad rows (unknown municipality codes, negative or
        duplicate ids, spells ending before they start, legal-basis codes outside 1-9, survey
        values outside their scales) and for columns of different lengths or out-of-range
        values for their dtype.

    Examples
    --------
    >>> data = rorkit.synthetic_microdata(persons=50_000, years=4)
    >>> agg = rorkit.compute_key_figures(**data)
    >>> agg.to_panel().cell("730", 2021, "kf01").value  # doctest: +SKIP
    """
    p, status_first, status_years = _persons(persons)
    return _rorkit._compute_aggregates(
        *p, status_first, status_years, *_spells(spells), *_admissions(admissions),
        *_surveys(surveys), first_year=first_year, last_year=last_year, min_age=min_age,
        max_age=max_age, threads=threads)


def synthetic_microdata(persons: int = 500_000, years: int = 6, seed: int = 20260101, *,
                        first_year: int = 2018, surveys: bool = True) -> dict[str, dict[str, Any]]:
    """A deterministic synthetic nation as numpy arrays (clearly synthetic; for demos and tests).

    Parameters
    ----------
    persons : int, default 500_000
        Residents of all ages (Denmark: about 5.96 million).
    years : int, default 6
    seed : int, default 20260101
        The same seed gives the same data on every platform.
    first_year : int, default 2018
    surveys : bool, default True

    Returns
    -------
    dict
        ``{"persons": {...}, "spells": {...}, "admissions": {...}, "surveys": {...}}``, each a
        dict of read-only numpy arrays that share memory with the generator (no copy), in the
        layout ``compute_key_figures`` takes: ``compute_key_figures(**synthetic_microdata())``.
    """
    return _rorkit._synthetic_tables(persons=persons, years=years, seed=seed,
                                     first_year=first_year, surveys=surveys)


def microdata_frames(data: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The tables of ``synthetic_microdata`` (or any in that layout) as pandas DataFrames.

    Columns as documented in the module docstring (``status_<year>``, ``who5_1`` ...
    ``who5_5``); ``compute_key_figures`` takes these frames as well.
    """
    import pandas as pd

    out: dict[str, Any] = {}
    p = data["persons"]
    frame = pd.DataFrame({"id": p["id"], "municipality": p["municipality"], "birth_year": p["birth_year"]})
    status = np.asarray(p["status"])
    for j in range(status.shape[1]):
        frame[f"status_{int(p['first_year']) + j}"] = status[:, j]
    out["persons"] = frame
    for name in ("spells", "admissions"):
        if name in data:
            out[name] = pd.DataFrame({k: np.asarray(v) for k, v in data[name].items()})
    if "surveys" in data:
        s = data["surveys"]
        frame = pd.DataFrame({k: np.asarray(s[k]) for k in ("person", "municipality", "year")})
        who5 = np.asarray(s["who5"]).reshape(-1, 5)
        for i in range(5):
            frame[f"who5_{i + 1}"] = who5[:, i]
        for k in ("recovery", "satisfaction", "involvement", "participation"):
            frame[k] = np.asarray(s[k])
        out["surveys"] = frame
    return out


# ---- frames ----------------------------------------------------------------------------------

_STATUS_CODES = ["value", "true_zero", "missing", "suppressed"]
_REASON_CODES = {0: "none", 1: "not_reported", 2: "zero_denominator", 3: "source_missing",
                 4: "incomplete_followup", 5: "series_break", 6: "non_positive",
                 10: "small_numerator", 11: "small_denominator", 12: "complementary"}


def _panel_to_pandas(panel: Panel):
    """Panel.to_pandas: one row per cell, by area, year, figure (vectorised over the views)."""
    import pandas as pd

    areas, years, figures = panel.areas, panel.years, panel.figures
    names = [a.name for a in panel.area_list]
    nf, ny, na = len(figures), len(years), len(areas)

    def tidy(a: np.ndarray) -> np.ndarray:  # (figure, year, area) -> rows (area, year, figure)
        return np.ascontiguousarray(np.transpose(a, (2, 1, 0))).reshape(-1)

    status = tidy(panel.status)
    reason = tidy(panel.reason)
    published = status <= 1
    value = np.where(published, tidy(panel.values), np.nan)
    reason_lookup = np.array([_REASON_CODES.get(i, str(i)) for i in range(256)], dtype=object)
    frame = pd.DataFrame({
        "area": np.repeat(np.array(areas, dtype=object), ny * nf),
        "area_name": np.repeat(np.array(names, dtype=object), ny * nf),
        "year": np.tile(np.repeat(np.array(years, dtype=np.int64), nf), na),
        "figure": np.tile(np.array(figures, dtype=object), na * ny),
        "value": value,
        "numerator": tidy(panel.numerators),
        "denominator": tidy(panel.denominators),
        "status": np.array(_STATUS_CODES, dtype=object)[status],
        "reason": reason_lookup[reason],
    })
    return frame


def _municipality_code(municipality: str | int) -> int:
    if str(municipality).isdigit():
        return int(municipality)
    return int(_rorkit.find_area(str(municipality)).code)


def stair_frame(aggregates: KeyFigureAggregates, municipality: str | int, year: int):
    """Indsatstrappe counts of one municipality and year as a DataFrame.

    Returns
    -------
    pandas.DataFrame
        One row per step (``none`` ... ``long_term_housing``) with ``start`` (persons on it on
        1 January), ``end`` (on 31 December), ``down`` and ``up`` (persons who were on it on
        1 January and ended lower / higher). Raw counts: publish
        ``aggregates.stair_shares(...)`` instead, which withholds what could identify persons.
    """
    import pandas as pd

    code = _municipality_code(municipality)
    t = np.array([[aggregates.stair_transition(code, year, _rorkit.StairStep(f), _rorkit.StairStep(s))
                   for s in range(7)] for f in range(7)], dtype=np.int64)
    steps = [_rorkit.StairStep(i).name for i in range(7)]
    return pd.DataFrame({
        "step": steps,
        "start": t.sum(axis=1),
        "end": t.sum(axis=0),
        "down": [int(t[i, :i].sum()) for i in range(7)],
        "up": [int(t[i, i + 1:].sum()) for i in range(7)],
    })


# ---- plots -----------------------------------------------------------------------------------


def _axes(ax: Any) -> Any:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(7, 4))[1]


def _label(panel: Panel, code: str) -> str:
    for a in panel.area_list:
        if a.code == code:
            return a.name
    return code


def _figure_name(figure: str) -> str:
    found = _rorkit.Catalogue.builtin().find(figure)
    return f"{figure} {found.name_da}" if found is not None else figure


def _series(panel: Panel, area: str, figure: str) -> np.ndarray:
    dev = panel.development(area, figure)
    return np.array([p.level.value if int(p.level.status) <= 1 else np.nan for p in dev.points])


def plot_development(panel: Panel, area: str, figure: str, compare: Sequence[Any] = ("000",),
                     ax: Any = None) -> Any:
    """Development of a figure for an area against references, one line each.

    Parameters
    ----------
    panel : Panel
    area : str
        Code or name.
    figure : str
    compare : sequence, default ("000",)
        References: an area code (``'000'`` the country, a region's code, a municipality) or a
        list of municipality codes (a comparison group, averaged per year by the catalogue's
        rule with ``Panel.compare_with_group``).
    ax : matplotlib.axes.Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
        Years without a value (missing, suppressed) are gaps, never zeros.
    """
    ax = _axes(ax)
    years = panel.years
    code = panel.area_list[panel.areas.index(area)].code if area in panel.areas else _rorkit.find_area(area).code
    ax.plot(years, _series(panel, code, figure), marker="o", linewidth=2.5, label=_label(panel, code))
    for ref in compare:
        if isinstance(ref, str):
            ax.plot(years, _series(panel, ref, figure), marker=".", linestyle="--", label=_label(panel, ref))
        else:
            group = list(ref)
            ys = []
            for y in years:
                c = panel.compare_with_group(code, group, y, figure)
                ys.append(c.reference_value.value)
            ax.plot(years, ys, marker=".", linestyle=":", label=f"gruppe ({len(group)} kommuner)")
    ax.set_title(_figure_name(figure))
    ax.set_xticks(years)
    ax.set_xlabel("år")
    ax.legend(frameon=False)
    return ax


def plot_ranking(panel: Panel, year: int, figure: str, highlight: str | None = None,
                 ax: Any = None) -> Any:
    """All municipalities' values of a figure in a year, sorted, with one highlighted.

    Municipalities without a value (missing, suppressed) are left out and counted in the title.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax)
    f, y = panel.figures.index(figure), panel.years.index(year)
    codes, values = [], []
    left_out = 0
    for i, a in enumerate(panel.area_list):
        if a.kind != _rorkit.AreaKind.municipality:
            continue
        if panel.status[f, y, i] <= 1:
            codes.append(a.code)
            values.append(float(panel.values[f, y, i]))
        else:
            left_out += 1
    order = np.argsort(values, kind="stable")
    found = _rorkit.Catalogue.builtin().find(figure)
    if found is not None and found.direction == _rorkit.Direction.higher_is_better:
        order = order[::-1]
    target = None
    if highlight is not None:
        target = highlight if highlight in codes else _rorkit.find_area(highlight).code
    colors = ["#c0392b" if codes[i] == target else "#9aa5b1" for i in order]
    ax.bar(range(len(order)), [values[i] for i in order], color=colors, width=0.85)
    ax.set_xticks([])
    title = f"{_figure_name(figure)}, {year}"
    if left_out:
        title += f" ({left_out} uden værdi)"
    ax.set_title(title)
    if target in codes:
        pos = int(np.nonzero(np.array(codes)[order] == target)[0][0])
        ax.annotate(_label(panel, target), (pos, values[codes.index(target)]),
                    xytext=(0, 6), textcoords="offset points", ha="center")
    ax.set_xlabel("kommuner, bedst til venstre" if found is not None else "kommuner")
    return ax


def plot_stair(aggregates: KeyFigureAggregates, municipality: str | int, year: int,
               ax: Any = None, threshold: int = 5) -> Any:
    """Where the municipality's citizens stood on the Indsatstrappe on 1 January and 31 December.

    Shares of the persons on a step (steps 1-6) from ``aggregates.stair_shares``, the library's
    rule that the HTML report uses too: a step with
    1 .. threshold-1 persons is not drawn, and when that leaves exactly one step out, the
    smallest other step is left out too (else it would be 100 % minus the others); nothing is
    drawn for fewer than ``threshold`` persons.

    Returns
    -------
    matplotlib.axes.Axes
    """
    ax = _axes(ax)
    code = _municipality_code(municipality)
    shares = aggregates.stair_shares(code, year, threshold)  # the library's disclosure rule
    steps = [_rorkit.StairStep(i).name for i in range(1, 7)]
    width = 0.4
    x = np.arange(len(steps))
    for k, label in enumerate(("1. januar", "31. december")):
        ax.bar(x + (k - 0.5) * width, shares[k], width=width, label=label)
    ax.set_xticks(x)
    ax.set_xticklabels([s.replace("_", " ") for s in steps], rotation=30, ha="right")
    ax.set_ylabel("% af borgerne på trappen")
    ax.set_title(f"Indsatstrappen, {municipality}, {year}")
    ax.legend(frameon=False)
    return ax


def _merge_all(parts: Iterable[KeyFigureAggregates]) -> KeyFigureAggregates:
    return KeyFigureAggregates.merge_all(list(parts))
