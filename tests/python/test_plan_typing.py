"""The type stub covers the plan API: typed use passes `mypy --strict`, mistakes are caught.

Like tests/python/test_stubs.py (which checks that the committed stub is up to date), this needs
mypy from requirements/dev.txt and skips where it is not installed (the numpy 1.26 venv).
"""

from __future__ import annotations

import importlib.util
import os
import pathlib
import re
import subprocess
import sys
import textwrap

import pytest

import rorkit

PACKAGE_ROOT = pathlib.Path(rorkit.__file__).resolve().parent.parent

GOOD = '''
from __future__ import annotations

import datetime as dt
from typing import assert_type

import numpy as np
import numpy.typing as npt

import rorkit

BY = "Mette Lund"
c = rorkit.Citizen("borger-1", "Aarhus", dt.date(1990, 1, 1), cpr="010190-1234")
p = rorkit.Plan.new("plan-1", c, dt.date(2026, 1, 15), by=BY, at="2026-01-15T09:00:00Z")
p.add_aspiration(rorkit.Aspiration("a1", rorkit.AspirationKind.dream, "Eget værksted"), by=BY,
                 at=dt.datetime(2026, 1, 15, 10, tzinfo=dt.timezone.utc), why="samtale")
p.add_goal(rorkit.Goal("g1", text="Mål", aspiration_ids=["a1"], due=dt.date(2026, 6, 30),
                       target=rorkit.GoalTarget(rorkit.TargetKind.code_, code="x")), by=BY)
p.transition_goal("g1", rorkit.GoalLifecycle.accepted, by=BY)
p.transition_goal("g1", "active", by=BY)
assert_type(p.goals, list[rorkit.Goal])
assert_type(p.next_followup_due(), dt.date | None)
assert_type(p.validate(on=dt.date(2026, 3, 1)), list[rorkit.Finding])
assert_type(p.audit(dt.date(2026, 3, 1)).points, int)
assert_type(p.achievement("g1"), rorkit.GoalAchievement)
assert_type(p.check_history(), str | None)
assert_type(p.version(1), rorkit.Plan)
verdicts: list[rorkit.Verdict] = [r.verdict for r in p.audit(dt.date(2026, 3, 1)).principles]
payload = p.history[-1].payload
if isinstance(payload, rorkit.GoalTransition):
    moved: rorkit.GoalLifecycle = payload.to
code: str = rorkit.GoalLifecycle.on_hold.code
entry = p.find(rorkit.Collection.goals, "g1")
if isinstance(entry, rorkit.Goal):
    due: dt.date | None = entry.due
cl = rorkit.Caseload(plans=[p])
for plan in cl:
    assert_type(plan, rorkit.Plan)
arrays = cl.followups_due_arrays(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
dues: npt.NDArray[np.generic] = arrays["due"]
review = rorkit.review_recent_cases(cl, dt.date(2026, 3, 1), count=5)
assert_type(rorkit.review_recent_cases([p], dt.date(2026, 3, 1)), rorkit.CaseReview)
items: list[rorkit.WorkItem] = cl.worklist(rorkit.PartyKind.staff, "Anne")
fhir: str = p.to_fhir(timestamp="2026-03-01T12:00:00Z")
p.set_section141(rorkit.Section141("formål", special=rorkit.SpecialCircumstances(housing="ingen")), by=BY)
p.set_followup_rule(3, by=BY)
p.record_measurement(rorkit.Measurement("who5", dt.date(2026, 3, 1), [3, 3, 3, 3, 3], id="m1"), by=BY)
p.remove("measurements", "m1", by=BY)
cpr: rorkit.Cpr | None = c.cpr
frame = rorkit.due_frame(cl, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
'''

BAD = '''import datetime as dt
import rorkit
rorkit.Caseload(plans=[rorkit.Citizen()])
p = rorkit.Plan.new("plan-1", rorkit.Citizen("b", 751), dt.date(2026, 1, 15), "Anne")
rorkit.Goal(due="2026-01-01")
n: int = p.next_followup_due()
p.add_goal(rorkit.Aspiration(), by="Anne")
rorkit.Goal().lifecycle = "active"
'''
BAD_LINES = {3, 4, 5, 6, 7, 8}


def test_mypy_strict_on_the_plan_api(tmp_path):
    if importlib.util.find_spec("mypy") is None:
        pytest.skip(f"mypy is not installed in this environment ({sys.executable}); "
                    "it is pinned in requirements/dev.txt, so the .venv leg runs this test")
    (tmp_path / "good.py").write_text(textwrap.dedent(GOOD), encoding="utf-8")
    (tmp_path / "bad.py").write_text(BAD, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(PACKAGE_ROOT))
    env.pop("MYPYPATH", None)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-color-output", "--no-error-summary",
         "--cache-dir", str(tmp_path / "mypy-cache"), "good.py", "bad.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    errors_by_file: dict[str, set[int]] = {}
    for match in re.finditer(r"^(.+?):(\d+): error:", output, re.M):
        errors_by_file.setdefault(pathlib.Path(match[1]).name, set()).add(int(match[2]))
    assert "good.py" not in errors_by_file, output
    assert errors_by_file.get("bad.py") == BAD_LINES, output
