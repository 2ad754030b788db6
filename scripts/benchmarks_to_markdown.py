"""Turns Google Benchmark JSON results into the generated tables of docs/performance.md."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BEGIN, END = "<!-- BEGIN GENERATED BENCHMARKS -->", "<!-- END GENERATED BENCHMARKS -->"


def fmt_time(ns: float) -> str:
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def table(result: dict) -> str:
    ctx = result["context"]
    lines = [
        f"Run {ctx['date']} on {ctx['num_cpus']} CPUs at {ctx['mhz_per_cpu']} MHz "
        f"(rorkit built as Release; the Google Benchmark library reports its own build as "
        f"{ctx.get('library_build_type', '?')}).",
        "",
        "| benchmark | time per iteration | throughput |",
        "|---|---:|---:|",
    ]
    by_name = {}
    for b in result["benchmarks"]:
        ns = b["real_time"] * {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}[b["time_unit"]]
        by_name[b["name"]] = ns
        extra = ""
        if "items_per_second" in b:
            extra = f"{b['items_per_second']:,.0f} items/s"
        if "bytes_per_second" in b:
            extra += f", {b['bytes_per_second'] / 1e6:,.0f} MB/s"
        lines.append(f"| `{b['name']}` | {fmt_time(ns)} | {extra} |")
    ratios = []
    for name, ns in by_name.items():
        if name.startswith("count_working_days_rorkit/"):
            arg = name.split("/", 1)[1]
            base = by_name.get(f"count_working_days_day_by_day/{arg}")
            if base:
                ratios.append(f"- counting working days over {arg} year(s): "
                              f"{base / ns:,.0f}× faster than the day-by-day baseline")
    if ratios:
        lines += ["", "Ratios against the baseline measured in the same run:", ""] + ratios
    return "\n".join(lines)


def main() -> None:
    results_dir, doc = Path(sys.argv[1]), Path(sys.argv[2])
    sections = []
    for path in sorted(results_dir.glob("*.json")):
        sections.append(f"### {path.stem}\n\n" + table(json.loads(path.read_text())))
    generated = "\n\n".join(sections)
    text = doc.read_text()
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(f"{head}{BEGIN}\n{generated}\n{END}{tail}")
    print(f"updated {doc}")


if __name__ == "__main__":
    main()
