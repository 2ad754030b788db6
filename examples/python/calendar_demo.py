"""The Danish calendar from Python: holidays as a DataFrame, regions over time, phase windows,
a working-day mask as a numpy array, and an .ics file."""

import datetime as dt
import tempfile
from pathlib import Path

import rorkit

print("rorkit", rorkit.__version__)

frame = rorkit.holidays_frame(2026, 2027)
print(frame[["date", "name_da", "kind"]].head(6).to_string(index=False))

aarhus = rorkit.find_municipality("Århus")  # old spelling still finds Aarhus
print(aarhus.code3, aarhus.name, aarhus.region(dt.date(2026, 11, 23)).name)

cal = rorkit.Calendar()
for window in cal.phase_windows(2026, municipality="Aarhus"):
    print(window)

today = dt.date(2026, 11, 23)
window = cal.phase_window_at(today, municipality="Aarhus")
mask = cal.working_day_mask(today, window.last)
# 23 Nov to 19 Dec 2026 holds four full working weeks.
print(f"working days left in the autumn window: {int(mask.sum())}")

events = [rorkit.CalendarEvent(h.name_da, h.date, categories=["helligdag"])
          for h in rorkit.holidays(2027)]
ics = rorkit.to_ical(events, dtstamp="20261123T090000Z", calendar_name="Helligdage 2027")
out = Path(tempfile.gettempdir()) / "helligdage-2027.ics"
out.write_bytes(ics.encode("utf-8"))
print(f"wrote {len(events)} events to {out}")

try:
    rorkit.find_municipality("Atlantis")
except rorkit.NotFoundError as err:
    print("refused:", err, f"(status {err.status})")
