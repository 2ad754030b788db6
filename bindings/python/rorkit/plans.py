"""pandas views of citizen plans: due follow-ups, findings, audits, overdue items, worklists.

pandas is imported only when one of these functions is called. Date columns are
``datetime64[ns]`` with pandas 2 and pandas 3 alike; text columns are ``object`` with pandas 2.2
and ``str`` with pandas 3. A missing value (a plan-level follow-up's goal_id, an open-ended
action's end) is None/NaN/NaT as pandas represents it.
"""

from __future__ import annotations

import datetime as _dt
import importlib
from typing import Any, Iterable, Union

from . import _rorkit

# The functions return pandas.DataFrame. They are annotated `Any` because pandas ships no type
# information of its own (pandas-stubs is separate), so naming it would fail `mypy --strict`.
DataFrame = Any


def _pandas() -> Any:
    """The pandas module, imported on first use (and untyped for the same reason)."""
    return importlib.import_module("pandas")

__all__ = ["due_frame", "findings_frame", "audit_frame", "overdue_frame", "worklist_frame"]

_DUE_COLUMNS = ["plan_id", "goal_id", "due"]


def _ns(values: Any) -> Any:
    """datetime64[ns] values of dates (None -> NaT), whatever unit pandas would infer."""
    pd = _pandas()

    return pd.to_datetime(pd.Series(values, dtype=object)).astype("datetime64[ns]")


def due_frame(
    caseload: Union[_rorkit.Caseload, _rorkit.Plan], first: _dt.date, last: _dt.date
) -> DataFrame:
    """Follow-ups due in [first, last] as a DataFrame.

    Parameters
    ----------
    caseload : Caseload or Plan
        A caseload (its indexed ``followups_due_arrays``) or a single plan.
    first, last : datetime.date
        The window, both ends included.

    Returns
    -------
    pandas.DataFrame
        Columns ``plan_id``, ``goal_id`` (missing for the plan-level follow-up) and ``due``
        (``datetime64[ns]``), ordered as ``Caseload.followups_due``.
    """
    import numpy as np
    pd = _pandas()

    if isinstance(caseload, _rorkit.Plan):
        due = caseload.followups_due(first, last)
        arrays = {
            "plan_id": np.array([d.plan_id for d in due], dtype=object),
            "goal_id": np.array([d.goal_id for d in due], dtype=object),
            "due": np.array([d.due for d in due], dtype="datetime64[D]"),
        }
    else:
        arrays = caseload.followups_due_arrays(first, last)
    return pd.DataFrame(
        {
            "plan_id": arrays["plan_id"],
            "goal_id": arrays["goal_id"],
            "due": arrays["due"].astype("datetime64[ns]"),
        },
        columns=_DUE_COLUMNS,
    )


def findings_frame(findings: Iterable[_rorkit.Finding]) -> DataFrame:
    """Validation findings (``Plan.validate``) as a DataFrame.

    Parameters
    ----------
    findings : iterable of Finding

    Returns
    -------
    pandas.DataFrame
        Columns ``severity`` ("error" or "warning"), ``code``, ``path``, ``message``; one row
        per finding, in the given order.
    """
    pd = _pandas()

    rows = [(f.severity.code, f.code, f.path, f.message) for f in findings]
    return pd.DataFrame(rows, columns=["severity", "code", "path", "message"])


def audit_frame(
    audits: Union[_rorkit.Audit, _rorkit.CaseReview, Iterable[_rorkit.Audit]],
) -> DataFrame:
    """Audits as a tidy DataFrame: one row per plan and principle.

    Parameters
    ----------
    audits : Audit, CaseReview or iterable of Audit

    Returns
    -------
    pandas.DataFrame
        Columns ``plan_id``, ``number`` (1-8), ``principle`` (code), ``name_da``, ``verdict``
        ("yes", "partly", "no"), ``points`` (2, 1, 0) and ``reasons`` (the reasons joined by
        newlines). Eight rows per audit, in the principles' order.
    """
    pd = _pandas()

    if isinstance(audits, _rorkit.Audit):
        audits = [audits]
    elif isinstance(audits, _rorkit.CaseReview):
        audits = audits.audits
    rows = [
        (
            a.plan_id,
            int(r.principle.value),
            r.principle.code,
            r.principle.name_da,
            r.verdict.code,
            int(r.verdict.value),
            "\n".join(r.reasons),
        )
        for a in audits
        for r in a.principles
    ]
    frame = pd.DataFrame(
        rows, columns=["plan_id", "number", "principle", "name_da", "verdict", "points", "reasons"]
    )
    return frame.astype({"number": "int64", "points": "int64"})


def overdue_frame(caseload: _rorkit.Caseload, on: _dt.date) -> DataFrame:
    """Overdue goals and actions of a caseload on a date as one DataFrame.

    Parameters
    ----------
    caseload : Caseload
    on : datetime.date

    Returns
    -------
    pandas.DataFrame
        Columns ``kind`` ("goal" or "action"), ``plan_id``, ``id``, ``due`` (the goal's due
        date or the action's end date, ``datetime64[ns]``). Goals first, each part ordered as
        ``Caseload.overdue_goals`` / ``overdue_actions``.
    """
    pd = _pandas()

    rows = [("goal", o.plan_id, o.id, o.due) for o in caseload.overdue_goals(on)]
    rows += [("action", o.plan_id, o.id, o.due) for o in caseload.overdue_actions(on)]
    frame = pd.DataFrame(rows, columns=["kind", "plan_id", "id", "due"])
    frame["due"] = _ns(frame["due"])
    return frame


def worklist_frame(
    caseload: _rorkit.Caseload,
    kind: Union[_rorkit.PartyKind, str],
    name: str | None = None,
) -> DataFrame:
    """A worklist (``Caseload.worklist``) as a DataFrame.

    Parameters
    ----------
    caseload : Caseload
    kind : PartyKind or str
        The responsible party's kind, e.g. ``PartyKind.staff`` or ``"staff"``.
    name : str, optional
        Also match the party's name (staff, organisation) or network member id.

    Returns
    -------
    pandas.DataFrame
        Columns ``plan_id``, ``action_id``, ``text``, ``end`` (``datetime64[ns]``, NaT when
        open-ended) and ``status`` (code), ordered by end date (open-ended last).
    """
    pd = _pandas()

    rows = [
        (w.plan_id, w.action_id, w.text, w.end, w.status.code)
        for w in caseload.worklist(kind, name)
    ]
    frame = pd.DataFrame(rows, columns=["plan_id", "action_id", "text", "end", "status"])
    frame["end"] = _ns(frame["end"])
    return frame
