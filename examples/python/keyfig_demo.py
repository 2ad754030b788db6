"""Key figures from Python: a SYNTHETIC nation as numpy arrays, computed in partitions and merged,
a tidy pandas frame, development and rank for Randers, suppression and the HTML report.

Usage: python keyfig_demo.py [REPORT.html]   (no number here is about real people)
"""

from __future__ import annotations

import sys

import numpy as np

import rorkit

data = rorkit.synthetic_microdata(persons=30_000, years=4, first_year=2020, seed=1)
one = rorkit.compute_key_figures(**data)

# Partitions by municipality: every partition gets the same spells, admissions and surveys.
persons = data["persons"]
parts = []
for codes in np.array_split(np.unique(persons["municipality"]), 4):
    mask = np.isin(persons["municipality"], codes)
    subset = {k: (v[mask] if isinstance(v, np.ndarray) else v) for k, v in persons.items()}
    parts.append(rorkit.compute_key_figures(subset, data["spells"], data["admissions"], data["surveys"]))
merged = rorkit.KeyFigureAggregates.merge_all(parts)
print(f"SYNTHETIC nation: 4 partitions merged {'equal' if merged == one else 'DIFFER FROM'} one pass")

panel = one.to_panel()
report = panel.suppress(threshold=5)
print(f"suppressed {report.primary} + {report.complementary} cells")
frame = panel.to_pandas()
randers = frame[(frame.area == "730") & (frame.figure == "kf11")]
print(randers[["year", "value", "numerator", "denominator", "status"]].to_string(index=False))
rank = panel.rank("730", 2023, "kf11")
print(f"Randers 2023 kf11: rank {rank.rank} of {rank.of}")

html = rorkit.html_report(panel, "730", stair=one,
                          data_note="Synthetic data (rorkit's generator), not statistics about anyone.")
if len(sys.argv) > 1:
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(html)
print(f"report for Randers: {len(html.encode('utf-8'))} bytes of HTML")
sys.exit(0 if merged == one else 1)
