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


def _mb(b: float) -> str:
    return f"{b / 1e6:,.0f} MB"


def _rel(other_s: float, rorkit_s: float) -> str:
    """How rorkit's time compares with another's: "12× faster" or "3× slower"."""
    ratio = other_s / rorkit_s
    return f"{ratio:.3g}× faster" if ratio >= 1 else f"{1 / ratio:.3g}× slower"


def _aim(met: bool) -> str:
    return "**met**" if met else "**not met**"


def keyfig_compare_markdown(report: dict) -> str:
    """The comparison report as markdown: the table per size, the aims per size, the growth with
    size. A tool stopped for time or memory (keyfig_compare.py --timeout, --max-rss-gb) is shown
    as not finished, with the reason."""
    m, v = report["machine"], report["versions"]
    mem = m.get("MemTotal", 0) / 2**30
    opts = report.get("options", {})
    limits = ""
    if "timeout_s" in opts:
        limits = (f" Each tool runs in its own process, stopped after {opts['timeout_s']:g} s or at "
                  f"{opts['max_rss_gb']:g} GiB resident.")
    lines = [
        f"Run {report['date']} on {m.get('cpu', '?')}, {m['cpus']} CPUs, {mem:.0f} GiB "
        f"(load average before: {' '.join(report['uptime_before'].split()[:3])}; after: "
        f"{' '.join(report.get('uptime_after', '? ? ?').split()[:3])}). Python {m['python']}, "
        f"numpy {v['numpy']}, pandas {v['pandas']}, polars {v['polars']}, DuckDB {v['duckdb']}, "
        f"rorkit {v.get('rorkit', '?')}.{limits} Command: `{report['command']}`.",
        "",
        "| persons | tool | threads | time | CPU time | rorkit (2 threads) is | peak memory "
        "| peak / input | working memory | load avg |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    names = {"floor": "memory floor (numpy, 1 pass)", "rorkit-1": "rorkit", "rorkit-2": "rorkit",
             "pandas": "pandas", "polars": "polars", "duckdb": "DuckDB"}
    summary, growth = [], {}
    for size in report["sizes"]:
        tools, inp = size["tools"], size["input_bytes"]
        ok = {n: r for n, r in tools.items() if not r.get("failed")}
        rk = ok.get("rorkit-2", ok.get("rorkit-1"))
        rows = size["rows"]
        label = (f"{size['persons'] / 1e6:g} M<br>({rows['spells'] / 1e6:.3g} M spells, "
                 f"{rows['admissions'] / 1e6:.3g} M admissions; {inp / 1e6:,.0f} MB with surveys)")
        for name, r in tools.items():
            growth.setdefault(name, {})[size["persons"]] = r
            load = f"{r['loadavg_after'][0]:.1f}" if "loadavg_after" in r else ""
            if r.get("failed"):
                lines.append(f"| {label} | {names.get(name, name)} | | did not finish | | "
                             f"{r['failed']} | ≥ {_mb(r.get('max_rss_bytes', 0))} resident | | | {load} |")
                label = ""
                continue
            rel = _rel(r["best_s"], rk["best_s"]) if rk is not None and name != "rorkit-2" else ""
            own = r.get("input_bytes", inp)
            lines.append(
                f"| {label} | {names.get(name, name)} | {r.get('threads', '')} | {_secs(r['best_s'])} "
                f"| {_secs(r['best_cpu_s']) if 'best_cpu_s' in r else ''} | {rel} | {_mb(r['peak_bytes'])} | {r['peak_bytes'] / own:.2f} "
                f"| {_mb(r['working_bytes'])} | {load} |")
            label = ""
        for t in (1, 2):
            key = f"cxx_rorkit_{t}_s"
            if key in size:
                work = size.get(f"cxx_rorkit_{t}_working_bytes")
                cpu = size.get(f"cxx_rorkit_{t}_cpu_s")
                lines.append(f"| | rorkit (C++, bench_keyfig) | {t} | {_secs(size[key])} | "
                             f"{_secs(cpu) + ' (main thread)' if cpu else ''} | | | "
                             f"| {_mb(work) if work is not None else ''} | |")
        if "cxx_floor_s" in size:
            rel = _rel(size["cxx_floor_s"], rk["best_s"]) if rk else ""
            cpu = size.get("cxx_floor_cpu_s")
            lines.append(f"| | memory floor (C++, bench_keyfig, 1 pass) | 1 | "
                         f"{_secs(size['cxx_floor_s'])} | {_secs(cpu) if cpu else ''} | {rel} | | | | |")
        if rk is None:
            summary.append(f"- **{size['persons'] / 1e6:g} M persons**: rorkit did not finish.")
            continue
        t_rk = rk["best_s"]
        cpu_rk = rk.get("best_cpu_s")
        facts = []
        others = {n: ok[n]["best_s"] for n in ("pandas", "polars", "duckdb") if n in ok}
        failed = {n: tools[n] for n in ("pandas", "polars", "duckdb")
                  if n in tools and tools[n].get("failed")}

        def cpu_ratio(name: str) -> str:
            c = ok[name].get("best_cpu_s")
            return f"; per CPU second {c / cpu_rk:.3g}×" if c and cpu_rk else ""

        if others:
            fastest = min(others, key=others.get)
            r_fast = others[fastest] / t_rk
            facts.append(f"faster than the fastest other: {r_fast:.3g}× {names[fastest]} "
                         f"({_secs(others[fastest])} against {_secs(t_rk)}{cpu_ratio(fastest)})"
                         f" — {_aim(r_fast > 1)}")
        if "pandas" in others:
            r_pd = others["pandas"] / t_rk
            facts.append(f"≥ 20× pandas: {r_pd:.3g}×{cpu_ratio('pandas')} — {_aim(r_pd >= 20)}")
        elif "pandas" in failed:
            facts.append(f"≥ 20× pandas: pandas did not finish ({failed['pandas']['failed']}); "
                         f"at least {failed['pandas']['wall_s'] / t_rk:,.0f}× by its wall time "
                         f"until stopped")
        # The floor like for like: bench_keyfig times rorkit and the floor in one program, a
        # few seconds apart; keyfig_compare gives CPU times of one thread against numpy's pass.
        # The verdict takes the best of the wall-time ratios (each is disturbed differently by a
        # busy machine); all are shown.
        floor_facts, floor_ratios = [], []
        if "cxx_floor_s" in size:
            r = t_rk / size["cxx_floor_s"]
            floor_ratios.append(r)
            floor_facts.append(f"{r:.3g}× the C++ floor ({_secs(size['cxx_floor_s'])}) for "
                               f"rorkit through Python ({_secs(t_rk)})")
        if "cxx_floor_s" in size and "cxx_rorkit_2_s" in size:
            r = size["cxx_rorkit_2_s"] / size["cxx_floor_s"]
            floor_ratios.append(r)
            floor_facts.append(f"{r:.3g}× within bench_keyfig (2 threads "
                               f"{_secs(size['cxx_rorkit_2_s'])})")
        if "floor" in ok:
            r = t_rk / ok["floor"]["best_s"]
            floor_ratios.append(r)
            floor_facts.append(f"{r:.3g}× numpy's pass ({_secs(ok['floor']['best_s'])})")
        r_floor = min(floor_ratios) if floor_ratios else None
        if "floor" in ok and "rorkit-1" in ok and ok["floor"].get("best_cpu_s") and \
                ok["rorkit-1"].get("best_cpu_s"):
            c1, cf = ok["rorkit-1"]["best_cpu_s"], ok["floor"]["best_cpu_s"]
            floor_facts.append(f"{c1 / cf:.3g}× per CPU second (1 thread {_secs(c1)} against "
                               f"numpy's pass {_secs(cf)})")
        if floor_facts:
            facts.append("within 3× of the memory floor: " + "; ".join(floor_facts) + " — " +
                         _aim(r_floor is not None and r_floor <= 3))
        peak = rk["peak_bytes"] / rk.get("input_bytes", inp)
        facts.append(f"peak memory ≤ 2× the input: {_mb(rk['peak_bytes'])} for "
                     f"{_mb(rk.get('input_bytes', inp))}, {peak:.2f}× — {_aim(peak <= 2)}")
        if "rorkit-1" in ok and "rorkit-2" in ok:
            two = (f"two threads {ok['rorkit-1']['best_s'] / ok['rorkit-2']['best_s']:.2f}× as fast "
                   "as one")
            if "cxx_rorkit_1_cpu_s" in size and "cxx_rorkit_2_cpu_s" in size:
                two += (f" (bench_keyfig: the calling thread's CPU time "
                        f"{_secs(size['cxx_rorkit_1_cpu_s'])} alone, "
                        f"{_secs(size['cxx_rorkit_2_cpu_s'])} with a second thread)")
            facts.append(two + "; the counts of 1 and 2 threads are identical (every cell equals "
                         "aggregates.csv)")
        summary.append(f"- **{size['persons'] / 1e6:g} M persons**:\n" +
                       "\n".join(f"  - {f}" for f in facts))
    lines += ["", f"rorkit with 2 threads against the aims ({KEYFIG_AIMS}):", ""] + summary
    persons = sorted({s["persons"] for s in report["sizes"]})
    if len(persons) > 1:
        base = persons[0]
        lines += ["", f"Growth with size (time and peak memory relative to {base / 1e6:g} M persons; "
                  "linear growth is "
                  + ", ".join(f"{p / base:g}×" for p in persons[1:]) + "):", "",
                  "| tool | " + " | ".join(f"{p / 1e6:g} M" for p in persons) + " |",
                  "|---|" + "---:|" * len(persons)]
        for name, by in growth.items():
            b0 = by.get(base)
            if b0 is None or b0.get("failed"):
                continue
            cells = []
            for p in persons:
                r = by.get(p)
                if r is None:
                    cells.append("")
                elif r.get("failed"):
                    cells.append("did not finish")
                else:
                    cells.append(f"{_secs(r['best_s'])} ({r['best_s'] / b0['best_s']:.3g}×), "
                                 f"{_mb(r['peak_bytes'])} "
                                 f"({r['peak_bytes'] / max(b0['peak_bytes'], 1):.3g}×)")
            label = names.get(name, name) + (f", {b0.get('threads')} thr." if
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
