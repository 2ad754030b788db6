"""A strategic development course from Python: read the synthetic Randers course, check its
registration, plan it again from a start date, look at the meetings and the temperature
measurements as pandas frames, and ask for the status on a date. Everyone in it is invented."""

import datetime as dt
import sys
from pathlib import Path

import rorkit

path = Path(sys.argv[1]) if len(sys.argv) > 1 else \
    Path(__file__).resolve().parents[2] / "tests" / "data" / "courses" / "randers-2026.json"
course = rorkit.Course.from_json(path.read_text(encoding="utf-8"))
print(course)

for r in course.check_registration():
    print(f"criterion {r.number} ({r.name}): {'met' if r.met else r.reason}")

# Plan from the first day of the autumn window, meetings on Tuesdays at 13:00.
planned, warnings = course.plan(dt.date(2026, 8, 10), preferred_weekday=2, start_minute=13 * 60)
for w in warnings:
    print("warning:", w)
for p in planned.phases:
    print(f"{p.phase.name_da}: {p.window.first} .. {p.window.last} "
          f"({p.window.working_days} working days)")
meetings = rorkit.meetings_frame(planned)
print(meetings[meetings["phase"] == "forberede"][["date", "id", "groups"]].to_string(index=False))

# The recorded course (not the re-planned one) has its two temperature measurements.
cells = rorkit.temperature_frame(course, "temp-baseline-2026")
print(cells[cells["role"] == "all"][["dimension_id", "n", "mean", "light"]].to_string(index=False))
for c in course.temperature_change("temp-baseline-2026", "temp-opfoelgning-2027"):
    if c.needs_work:
        print(f"needs work: {c.dimension_id}: {c.reason}")

print(course.status(dt.date(2027, 10, 15)).text)
