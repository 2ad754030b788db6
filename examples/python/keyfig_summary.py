"""A short text summary of one municipality's key figures for a SYNTHETIC nation, and its HTML
report (used by `make demo`). Nothing here describes real people: the generator is synthetic.

Usage: python keyfig_summary.py [--persons N] [--municipality CODE] [--out REPORT.html]
"""

from __future__ import annotations

import argparse
import math
import time

import rorkit

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--persons", type=int, default=500_000)
parser.add_argument("--municipality", default="730")
parser.add_argument("--out", default=None)
args = parser.parse_args()

t0 = time.perf_counter()
agg = rorkit.synthetic_aggregates(persons=args.persons, years=6, first_year=2018)
panel = agg.to_panel()
sup = panel.suppress(threshold=5)  # everything printed below is after disclosure control
took = time.perf_counter() - t0
year = panel.years[-1]
area = rorkit.find_area(args.municipality)
catalogue = rorkit.Catalogue.builtin()
print(f"SYNTHETIC nation of {args.persons:,} persons, {panel.years[0]}-{year}, computed and "
      f"suppressed in {took:.1f} s ({sup.primary} + {sup.complementary} cells withheld)")
print(f"  {area.name} ({area.code}), {year}:".ljust(42) + "    value   country    rank")


def show(value: float) -> str:
    return f"{value:9.1f}" if not math.isnan(value) else "        –"


for fig in ("kf01", "kf02", "kf08", "kf09", "kf11", "kf13", "kf15", "kf16", "kf18"):
    cell = panel.cell(area.code, year, fig)
    value = cell.value if int(cell.status) <= 1 else math.nan
    country = panel.cell("000", year, fig)
    cval = country.value if int(country.status) <= 1 else math.nan
    r = panel.rank(area.code, year, fig)
    rank = f"{r.rank:3d}/{r.of}" if int(r.status) <= 1 else "   –"
    if int(cell.status) > 1:
        rank += f"  ({cell.reason.name})"
    name = catalogue[fig].name_en
    name = name if len(name) <= 34 else name[:33] + "…"
    print(f"  {fig} {name:34} {show(value)} {show(cval)}   {rank}")

if args.out:
    html = rorkit.html_report(panel, area.code, stair=agg,
                              data_note="Synthetic data from rorkit's generator; not statistics about anyone.")
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"wrote {args.out} ({len(html.encode('utf-8')):,} bytes, self-contained HTML)")
