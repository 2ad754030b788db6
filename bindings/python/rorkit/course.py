"""pandas views of a strategic development course: meetings, activities, temperature cells and
the change from baseline to follow-up.

pandas is imported only when one of these functions is called. Date columns are
``datetime64[ns]`` with pandas 2 and pandas 3 alike; codes (phase, kind, role, light) are the
stable text codes of the course document, so a frame reads the same as the JSON.
"""

from __future__ import annotations

from typing import Any, Optional

from . import _rorkit
from .plans import _ns, _pandas

# pandas ships no type information of its own, so the frames are annotated `Any` (as plans.py).
DataFrame = Any

__all__ = ["meetings_frame", "activities_frame", "temperature_frame", "temperature_change_frame"]


def _frame(rows: list[dict[str, Any]], columns: list[str], dates: list[str]) -> DataFrame:
    df = _pandas().DataFrame(rows, columns=columns)
    for c in dates:
        df[c] = _ns(df[c])
    return df


def _code(value: Any) -> Optional[str]:
    return None if value is None else str(value.code)


def meetings_frame(course: _rorkit.Course) -> DataFrame:
    """The course's meetings, one row each, in the course's order.

    Returns
    -------
    pandas.DataFrame
        Columns ``id``, ``phase``, ``kind`` (codes), ``groups`` (group ids joined by ``,``),
        ``number``, ``date`` (``datetime64[ns]``), ``start_minute``, ``end_minute`` (float, NaN
        when not set), ``held``.
    """
    rows = [
        {"id": m.id, "phase": m.phase.code, "kind": m.kind.code, "groups": ",".join(m.group_ids),
         "number": m.number, "date": m.date,
         "start_minute": float("nan") if m.start_minute is None else float(m.start_minute),
         "end_minute": float("nan") if m.end_minute is None else float(m.end_minute),
         "held": m.held}
        for m in course.meetings
    ]
    cols = ["id", "phase", "kind", "groups", "number", "date", "start_minute", "end_minute", "held"]
    return _frame(rows, cols, ["date"])


def activities_frame(course: _rorkit.Course) -> DataFrame:
    """The course's activities and deliverables, one row each, in the course's order.

    Returns
    -------
    pandas.DataFrame
        Columns ``id``, ``phase``, ``kind``, ``status`` (codes), ``title``, ``owner_id``,
        ``due`` and ``done_on`` (``datetime64[ns]``, NaT when not set).
    """
    rows = [
        {"id": a.id, "phase": a.phase.code, "kind": a.kind.code, "status": a.status.code,
         "title": a.title, "owner_id": a.owner_id, "due": a.due, "done_on": a.done_on}
        for a in course.activities
    ]
    cols = ["id", "phase", "kind", "status", "title", "owner_id", "due", "done_on"]
    return _frame(rows, cols, ["due", "done_on"])


def temperature_frame(
    course: _rorkit.Course, survey_id: Optional[str] = None, min_cell: int = 5
) -> DataFrame:
    """The summary cells of one temperature survey (``Course.temperature``) as a tidy table.

    Parameters
    ----------
    survey_id : str, optional
        Default: the latest survey by date.
    min_cell : int, default 5
        Cells with fewer answers are suppressed: ``mean``, ``light`` and the counts are missing.

    Returns
    -------
    pandas.DataFrame
        One row per cell: ``dimension_id``, ``role`` (a respondent-role code, or ``"all"``),
        ``n``, ``suppressed``, ``mean`` (NaN when suppressed), ``light`` (None when suppressed)
        and ``n1`` .. ``n5`` (the counts of each score; NaN when suppressed, so that a withheld
        count cannot be mistaken for zero).
    """
    cells = course.temperature(survey_id, min_cell)
    rows = []
    for c in cells:
        row: dict[str, Any] = {
            "dimension_id": c.dimension_id, "role": _code(c.role) or "all", "n": c.n,
            "suppressed": c.suppressed,
            "mean": float("nan") if c.mean is None else c.mean, "light": _code(c.light)}
        for score, count in enumerate(c.distribution, start=1):
            row[f"n{score}"] = float("nan") if c.suppressed else float(count)
        rows.append(row)
    cols = ["dimension_id", "role", "n", "suppressed", "mean", "light", "n1", "n2", "n3", "n4", "n5"]
    return _frame(rows, cols, [])


def temperature_change_frame(
    course: _rorkit.Course, baseline_id: str, followup_id: str, min_cell: int = 5
) -> DataFrame:
    """Baseline vs follow-up per dimension (``Course.temperature_change``).

    Returns
    -------
    pandas.DataFrame
        Columns ``dimension_id``, ``baseline_mean``, ``followup_mean``, ``change`` (NaN where a
        cell is suppressed), ``needs_work`` and ``reason``, in the baseline's dimension order.
    """
    nan = float("nan")
    rows = [
        {"dimension_id": c.dimension_id,
         "baseline_mean": nan if c.baseline_mean is None else c.baseline_mean,
         "followup_mean": nan if c.followup_mean is None else c.followup_mean,
         "change": nan if c.change is None else c.change,
         "needs_work": c.needs_work, "reason": c.reason}
        for c in course.temperature_change(baseline_id, followup_id, min_cell)
    ]
    cols = ["dimension_id", "baseline_mean", "followup_mean", "change", "needs_work", "reason"]
    return _frame(rows, cols, [])
