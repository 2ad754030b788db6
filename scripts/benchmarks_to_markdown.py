"""Turns Google Benchmark JSON results into the generated tables of docs/performance.md."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BEGIN, END = "<!-- BEGIN GENERATED BENCHMARKS -->", "<!-- END GENERATED BENCHMARKS -->"

# Benchmarks quoted as a ratio against a baseline from the same run: (benchmark family, baseline
# family with the same arguments, what is compared - {arg} is the argument, the baseline's name).
BASELINES = [
    ("count_working_days_rorkit", "count_working_days_day_by_day",
     "counting working days over {arg} year(s)", "the day-by-day baseline"),
    ("caseload_followups_due", "naive_followups_due",
     "follow-ups due in a {arg}-day window of 100,000 plans", "the naive scan"),
    ("caseload_overdue_followups", "naive_overdue_followups",
     "overdue follow-ups of 100,000 plans", "the naive scan"),
]


def fmt_time(ns: float) -> str:
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def table(result: dict, others: dict) -> str:
    """One result file as a table; `others` maps every benchmark name of the run to its result,
    for ratios against a baseline measured in another file (the Python plan load)."""
    ctx = result["context"]
    if ctx.get("kind") == "python":
        intro = (f"Run {ctx['date']} with {ctx['executable']} on {ctx['num_cpus']} CPUs "
                 f"(plain Python, no rorkit: the baseline of the plan workload).")
    else:
        intro = (f"Run {ctx['date']} on {ctx['num_cpus']} CPUs at {ctx['mhz_per_cpu']} MHz "
                 f"(rorkit built as Release; the Google Benchmark library reports its own build as "
                 f"{ctx.get('library_build_type', '?')}).")
    lines = [
        intro,
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
        family, _, arg = name.partition("/")
        for fast, slow, what, baseline in BASELINES:
            base = by_name.get(slow + name[len(fast):]) if family == fast else None
            if base:
                ratios.append(f"- {what.format(arg=arg)}: "
                              f"{base / ns:,.0f}× faster than {baseline}")
        if name == "plan_load_check" and "plan_load_check_python" in others:
            cxx = next(b for b in result["benchmarks"] if b["name"] == name)
            py = others["plan_load_check_python"]
            if "items_per_second" in cxx and "items_per_second" in py:
                ratios.append(f"- loading and checking the realistic plan: "
                              f"{cxx['items_per_second']:,.0f} plans/s in C++ against "
                              f"{py['items_per_second']:,.0f} plans/s in plain Python: "
                              f"{cxx['items_per_second'] / py['items_per_second']:,.1f}× faster "
                              f"(per CPU second)")
    if ratios:
        lines += ["", "Ratios against the baseline measured in the same run:", ""] + ratios
    return "\n".join(lines)


# ---- the key-figure comparison (tests/benchmarks/keyfig_compare.py) ------------------------

KEYFIG_AIMS = ("faster than the fastest of pandas, polars and DuckDB; at least 20× pandas; within "
               "3× of the memory floor; peak memory at most 2× the input")


def _secs(s: float) -> str:
    return f"{s:.3g} s" if s >= 1 else f"{s * 1e3:.3g} ms"


def keyfig_compare_markdown(report: dict) -> str:
    """The comparison report as markdown: the table per size, the growth with size and the
    ratios behind the performance aims."""
    m, v = report["machine"], report["versions"]
    mem = m.get("MemTotal", 0) / 2**30
    lines = [
        f"Run {report['date']} on {m.get('cpu', '?')}, {m['cpus']} CPUs, {mem:.0f} GiB "
        f"(load average before: {' '.join(report['uptime_before'].split()[:3])}; after: "
        f"{' '.join(report.get('uptime_after', '? ? ?').split()[:3])}). Python {m['python']}, "
        f"numpy {v['numpy']}, pandas {v['pandas']}, polars {v['polars']}, DuckDB {v['duckdb']}, "
        f"rorkit {v.get('rorkit', '?')}. Reproduce with `{report['command']}`.",
        "",
        "| persons | tool | threads | time | rorkit (2 threads) is | peak memory | peak / input "
        "| working memory |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    names = {"floor": "memory floor (numpy)", "rorkit-1": "rorkit", "rorkit-2": "rorkit",
             "pandas": "pandas", "polars": "polars", "duckdb": "DuckDB"}
    summary, growth = [], {}
    for size in report["sizes"]:
        tools, inp = size["tools"], size["input_bytes"]
        rk = tools.get("rorkit-2", tools.get("rorkit-1"))
        rows = size["rows"]
        label = (f"{size['persons'] / 1e6:g} M<br>({rows['spells'] / 1e6:.3g} M spells, "
                 f"{rows['admissions'] / 1e6:.3g} M admissions, {inp / 1e6:,.0f} MB)")
        for name, r in tools.items():
            growth.setdefault(name, {})[size["persons"]] = r
            rel = ""
            if rk is not None and name != "rorkit-2":
                ratio = r["best_s"] / rk["best_s"]
                rel = f"{ratio:.3g}× faster" if ratio >= 1 else f"{1 / ratio:.3g}× slower"
            lines.append(
                f"| {label} | {names.get(name, name)} | {r.get('threads', '')} | {_secs(r['best_s'])} "
                f"| {rel} | {r['peak_bytes'] / 1e6:,.0f} MB | {r['peak_bytes'] / inp:.2f} "
                f"| {r['working_bytes'] / 1e6:,.0f} MB |")
            label = ""
        if "cxx_floor_s" in size:
            rel = f"{size['cxx_floor_s'] / rk['best_s']:.3g}×" if rk else ""
            lines.append(f"| | memory floor (C++, bench_keyfig) | 1 | {_secs(size['cxx_floor_s'])} "
                         f"| {rel} | | | |")
        if rk is None:
            continue
        others = {n: tools[n]["best_s"] for n in ("pandas", "polars", "duckdb") if n in tools}
        floor = size.get("cxx_floor_s", tools.get("floor", {}).get("best_s"))
        floor_kind = "C++" if "cxx_floor_s" in size else "numpy"
        peak = rk["peak_bytes"] / inp
        facts = [f"**{size['persons'] / 1e6:g} M persons**:"]
        checks = []
        if others:
            fastest = min(others, key=others.get)
            r_fast = others[fastest] / rk["best_s"]
            facts.append(f"{r_fast:.3g}× the fastest other ({names[fastest]});")
            checks.append(r_fast > 1)
        if "pandas" in others:
            r_pd = others["pandas"] / rk["best_s"]
            facts.append(f"{r_pd:.3g}× pandas;")
            checks.append(r_pd >= 20)
        if floor:
            r_floor = rk["best_s"] / floor
            facts.append(f"{r_floor:.3g}× the time of the {floor_kind} memory floor;")
            checks.append(r_floor <= 3)
        facts.append(f"peak memory {peak:.2f}× the input.")
        checks.append(peak <= 2)
        if "rorkit-1" in tools and "rorkit-2" in tools:
            facts.append(f"Two threads: {tools['rorkit-1']['best_s'] / tools['rorkit-2']['best_s']:.2f}× "
                         "one thread; identical counts.")
        facts.append("All aims met." if all(checks) else "Not every aim met.")
        summary.append("- " + " ".join(facts))
    lines += ["", f"rorkit with 2 threads against the others (aims: {KEYFIG_AIMS}):", ""] + summary
    persons = sorted({s["persons"] for s in report["sizes"]})
    if len(persons) > 1:
        base = persons[0]
        lines += ["", f"Growth with size (time and peak memory relative to {base / 1e6:g} M persons; "
                  "linear growth is "
                  + ", ".join(f"{p / base:g}×" for p in persons[1:]) + "):", "",
                  "| tool | " + " | ".join(f"{p / 1e6:g} M" for p in persons) + " |",
                  "|---|" + "---:|" * len(persons)]
        for name, by in growth.items():
            if base not in by:
                continue
            cells = []
            for p in persons:
                r = by.get(p)
                if r is None:
                    cells.append("")
                    continue
                cells.append(f"{_secs(r['best_s'])} ({r['best_s'] / by[base]['best_s']:.3g}×), "
                             f"{r['peak_bytes'] / 1e6:,.0f} MB "
                             f"({r['peak_bytes'] / max(by[base]['peak_bytes'], 1):.3g}×)")
            label = names.get(name, name) + (f", {by[base].get('threads')} thr." if
                                             name.startswith("rorkit") else "")
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    results_dir, doc = Path(sys.argv[1]), Path(sys.argv[2])
    results = {path.stem: json.loads(path.read_text()) for path in sorted(results_dir.glob("*.json"))}
    # keyfig_compare.json is the comparison report, not Google Benchmark output.
    compare = {stem: r for stem, r in results.items() if "sizes" in r}
    results = {stem: r for stem, r in results.items() if stem not in compare}
    by_name = {b["name"]: b for r in results.values() for b in r["benchmarks"]}
    sections = [f"### {stem}\n\n" + table(result, by_name) for stem, result in results.items()]
    sections += [f"### {stem}: rorkit against pandas, polars and DuckDB\n\n" +
                 keyfig_compare_markdown(r) for stem, r in compare.items()]
    generated = "\n\n".join(sections)
    text = doc.read_text()
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(f"{head}{BEGIN}\n{generated}\n{END}{tail}")
    print(f"updated {doc}")


if __name__ == "__main__":
    main()
