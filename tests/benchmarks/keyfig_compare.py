#!/usr/bin/env python3
"""The key-figure engine against what a researcher would pick instead.

For each size (millions of persons, 10 years; 40 % of the persons hold spells, 5 each on
average: 10 million spells at 5 million persons, like bench_keyfig), this

1. writes the synthetic data set once with tests/tools/keyfig_synth (.npy columns plus rorkit's
   own aggregates.csv), reused while its meta.json matches;
2. runs every tool in a fresh Python process on the same data loaded into memory with np.load:
   rorkit (``rorkit.compute_key_figures`` on the numpy arrays, 1 and 2 threads), pandas, polars
   and DuckDB (tests/benchmarks/keyfig_reference; their own in-memory tables are built before the
   clock starts) and the memory floor (one pass summing every input byte as uint64 words with
   numpy; bench_keyfig's C++ floor is added from its JSON when given);
3. checks that every tool's numerators and denominators of kf01-kf15 equal rorkit's exactly
   (and rorkit's equal aggregates.csv), printing the first difference and failing;
4. writes the results as JSON and a markdown table.

Time is wall-clock time of the computation alone (best of the runs made within --min-time);
the process's CPU time (all threads) of that run is recorded too. Each tool runs in its own
process, stopped and recorded as not finished when it passes --timeout seconds or --max-rss-gb
GiB resident.
Memory is read from /proc/self/status: the peak (VmHWM) is reset through /proc/self/clear_refs
when the data are ready, so it covers the computation with the input resident. Reported are
"peak" = VmHWM minus the RSS after the imports and before loading (the interpreter and the
libraries are not counted; the input and everything the computation holds are) and "working" =
VmHWM minus the RSS when the data were ready (what the computation adds).

    keyfig_compare.py [--sizes 0.5,5,10] [--out results.json] [--markdown table.md]
    RORKIT_BENCH_SIZES=0.5 keyfig_compare.py ...       # a quick run
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

TOOLS = ("floor", "rorkit-1", "rorkit-2", "pandas", "polars", "duckdb")
REFERENCES = ("pandas", "polars", "duckdb")


# ---- /proc -----------------------------------------------------------------------------------

def status_kb(key: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return -1


def reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def loadavg() -> list[float]:
    return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]


# ---- the worker: one tool in a fresh process -----------------------------------------------

def floor_pass(arrays) -> int:
    """One sequential pass over the input bytes, summed as uint64 words (the memory floor)."""
    import numpy as np
    total = 0
    for a in arrays:
        b = a.reshape(-1).view(np.uint8)
        n8 = b.size // 8 * 8
        total += int(b[:n8].view(np.uint64).sum(dtype=np.uint64)) + int(b[n8:].sum())
    return total


def rorkit_compute(md, threads: int):
    """rorkit's aggregates from the numpy columns (no copies: the dtypes are already exact)."""
    import rorkit
    p, s, a, q = (md.table(t) for t in ("persons", "spells", "admissions", "surveys"))
    if hasattr(rorkit, "compute_key_figures"):
        return rorkit.compute_key_figures(
            persons={**p, "first_year": md.first_year}, spells=s, admissions=a, surveys=q,
            threads=threads)
    from rorkit import _rorkit
    return _rorkit._compute_aggregates(
        p["id"], p["municipality"], p["birth_year"], p["status"], md.first_year, md.years,
        s["person"], s["municipality"], s["basis"], s["start"], s["end"], a["person"], a["date"],
        q["person"], q["municipality"], q["year"], q["who5"], q["recovery"], q["satisfaction"],
        q["involvement"], q["participation"], threads=threads)


def rorkit_cells(agg):
    """kf01-kf15 of rorkit's aggregates as tidy numpy columns."""
    import numpy as np
    codes = np.array([int(c) for c in type(agg).municipalities], dtype=np.int64)
    years = np.array(list(agg.years), dtype=np.int64)
    num = np.asarray(agg.numerators)[:, :, :15]
    den = np.asarray(agg.denominators)[:, :, :15]
    m, y, f = np.meshgrid(codes, years, np.arange(1, 16), indexing="ij")
    return {"municipality": m.ravel(), "year": y.ravel(), "figure": f.ravel(),
            "numerator": num.ravel().astype(np.int64), "denominator": den.ravel().astype(np.int64)}


def worker(args) -> None:
    import numpy as np
    from keyfig_reference import check, load

    tool = args.tool
    mods = {}
    if tool in REFERENCES:
        import importlib
        mods[tool] = importlib.import_module(f"keyfig_reference.{tool}_ref")
    elif tool.startswith("rorkit"):
        import rorkit  # noqa: F401
    gc.collect()
    rss_base = status_kb("VmRSS")
    tables = ("persons", "spells", "admissions") if tool in REFERENCES else \
        ("persons", "spells", "admissions", "surveys")
    t0 = time.perf_counter()
    md = load.load(args.data, tables)
    load_s = time.perf_counter() - t0
    input_bytes = md.nbytes
    rss_loaded = status_kb("VmRSS")

    t0 = time.perf_counter()
    if tool in REFERENCES:
        prepared = mods[tool].prepare(md)
        md.drop()  # the tool holds its own copy (or a view) now
        run = lambda: mods[tool].key_figures(prepared)  # noqa: E731
    elif tool.startswith("rorkit"):
        threads = int(tool.split("-")[1])
        run = lambda: rorkit_compute(md, threads)  # noqa: E731
    elif tool == "floor":
        arrays = list(md.columns.values())
        run = lambda: floor_pass(arrays)  # noqa: E731
    else:
        raise SystemExit(f"unknown tool {tool}")
    prepare_s = time.perf_counter() - t0
    gc.collect()
    rss_ready = status_kb("VmRSS")

    reset = reset_peak()
    times, cpu = [], []
    c0, t0 = time.process_time(), time.perf_counter()
    result = run()
    times.append(time.perf_counter() - t0)
    cpu.append(time.process_time() - c0)
    hwm = status_kb("VmHWM")
    while sum(times) < args.min_time and len(times) < args.max_runs:
        c0, t0 = time.process_time(), time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)

    # CPU time of the process (all its threads) in the run with the best wall time: on a busy
    # machine it shows the work apart from the waiting.
    out = {"tool": tool, "times_s": times, "best_s": min(times), "cpu_s": cpu,
           "best_cpu_s": cpu[times.index(min(times))], "load_s": load_s,
           "prepare_s": prepare_s, "input_bytes": input_bytes, "rss_base_kb": rss_base,
           "rss_loaded_kb": rss_loaded, "rss_ready_kb": rss_ready, "hwm_kb": hwm,
           "peak_reset": reset,
           "peak_bytes": (hwm - rss_base) * 1024, "working_bytes": (hwm - rss_ready) * 1024}
    if tool in REFERENCES or tool.startswith("rorkit"):
        cells = rorkit_cells(result) if tool.startswith("rorkit") else {
            c: check._column(result, c)
            for c in ("municipality", "year", "figure", "numerator", "denominator")}
        np.savez(args.cells, **cells)
    if tool == "polars":
        import polars as pl
        out["threads"] = pl.thread_pool_size()
    elif tool == "duckdb":
        out["threads"] = int(prepared["con"].execute("SELECT current_setting('threads')").fetchall()[0][0])
    elif tool.startswith("rorkit"):
        out["threads"] = int(tool.split("-")[1])
    else:
        out["threads"] = 1
    Path(args.result).write_text(json.dumps(out, indent=1))


# ---- the driver ----------------------------------------------------------------------------

def versions() -> dict:
    code = ("import json, numpy, pandas, polars, duckdb\n"
            "v = {'numpy': numpy.__version__, 'pandas': pandas.__version__,"
            " 'polars': polars.__version__, 'duckdb': duckdb.__version__}\n"
            "try:\n import rorkit; v['rorkit'] = rorkit.__version__\n"
            "except Exception as e: v['rorkit'] = repr(e)\nprint(json.dumps(v))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def machine() -> dict:
    info = {"python": platform.python_version(), "cpus": os.cpu_count(),
            "platform": platform.platform()}
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            info["cpu"] = line.split(":", 1)[1].strip()
            break
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(("MemTotal", "MemAvailable")):
            k, v = line.split(":")
            info[k] = int(v.split()[0]) * 1024
    return info


def dataset(args, persons: int) -> Path:
    d = Path(args.data_dir) / (f"p{persons}-y{args.years}-s{args.seed}-"
                               f"sh{args.spell_share:g}-k{args.spells_per_person:g}")
    meta = d / "meta.json"
    if meta.exists() and (d / "aggregates.csv").exists():
        m = json.loads(meta.read_text())
        if (m.get("persons"), m.get("years"), m.get("first_year"), m.get("seed")) == \
                (persons, args.years, args.first_year, args.seed):
            return d
    cmd = [args.synth, "--persons", str(persons), "--years", str(args.years), "--first-year",
           str(args.first_year), "--seed", str(args.seed), "--spell-share", str(args.spell_share),
           "--spells-per-person", str(args.spells_per_person), "--out", str(d)]
    print("keyfig_compare:", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    return d


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_worker(args, tool: str, data: Path, work: Path) -> dict:
    """One tool in a fresh process, watched: it is stopped (and recorded as not finished, with
    the reason) when it runs longer than --timeout seconds or its resident memory passes
    --max-rss-gb, so that one tool that does not fit cannot take the machine or the run down."""
    result, cells = work / f"{tool}.json", work / f"{tool}.npz"
    for p in (result, cells):
        p.unlink(missing_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "worker", "--tool", tool, "--data",
           str(data), "--result", str(result), "--cells", str(cells), "--min-time",
           str(args.min_time), "--max-runs", str(args.max_runs)]
    before = loadavg()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd)
    limit_kb = int(args.max_rss_gb * 2**20)
    max_rss_kb, failure = 0, None
    while proc.poll() is None:
        rss = _rss_kb(proc.pid)
        max_rss_kb = max(max_rss_kb, rss)
        elapsed = time.perf_counter() - t0
        if rss > limit_kb:
            failure = (f"stopped at {rss / 2**20:.1f} GiB resident, over the "
                       f"{args.max_rss_gb:g} GiB limit, after {elapsed:.0f} s")
        elif elapsed > args.timeout:
            failure = f"stopped after {elapsed:.0f} s, over the {args.timeout:g} s limit"
        if failure:
            proc.kill()
            proc.wait()
            break
        time.sleep(0.2)
    wall = time.perf_counter() - t0
    if failure is None and proc.returncode != 0:
        failure = f"exited with status {proc.returncode} after {wall:.0f} s"
    if failure is not None:
        print(f"keyfig_compare:   {tool:9s} did not finish: {failure}", flush=True)
        return {"tool": tool, "failed": failure, "wall_s": wall, "max_rss_bytes": max_rss_kb * 1024,
                "loadavg_before": before, "loadavg_after": loadavg(), "cells_file": None}
    r = json.loads(result.read_text())
    r["wall_s"] = wall
    r["loadavg_before"], r["loadavg_after"] = before, loadavg()
    r["cells_file"] = str(cells) if cells.exists() else None
    print(f"keyfig_compare:   {tool:9s} best {r['best_s']:8.3f} s (CPU {r['best_cpu_s']:7.3f} s) "
          f"of {len(r['times_s'])} run(s); "
          f"peak {r['peak_bytes'] / 1e6:8.0f} MB, working {r['working_bytes'] / 1e6:8.0f} MB; "
          f"load {r['loadavg_after'][0]:.1f}", flush=True)
    return r


def load_cells(path: str) -> dict:
    import numpy as np
    from keyfig_reference import check
    z = np.load(path)
    return check.cells({k: z[k] for k in z.files})


def verify(data: Path, results: dict, last_year: int) -> None:
    """Every tool's kf01-kf15 against rorkit's, exactly; rorkit's against aggregates.csv."""
    from keyfig_reference import check, load
    csv = load.read_aggregates(data)
    rorkit = None
    for tool in ("rorkit-1", "rorkit-2"):
        if tool in results and not results[tool].get("failed"):
            got = load_cells(results[tool]["cells_file"])
            diffs = check.differences(csv, got, last_year=None, limit=1)  # every cell, kf10 too
            if diffs:
                raise SystemExit(f"keyfig_compare: {tool} differs from aggregates.csv: {diffs[0]}")
            rorkit = rorkit or got
    expected = rorkit if rorkit is not None else csv
    for tool in REFERENCES:
        if tool in results and not results[tool].get("failed"):
            got = load_cells(results[tool]["cells_file"])
            diffs = check.differences(expected, got, last_year, rorkit_side=True, limit=1)
            if diffs:
                raise SystemExit(f"keyfig_compare: {tool} differs from rorkit: {diffs[0]}")
            results[tool]["agrees"] = True
    done = [t for t in results if t != "floor" and not results[t].get("failed")]
    print(f"keyfig_compare:   {', '.join(done)} agree exactly on kf01-kf15 ({len(csv)} cells)",
          flush=True)


def add_bench_json(path: str | None, persons: int, entry: dict) -> None:
    """bench_keyfig's C++ numbers for the same data (same generator options)."""
    if not path or not Path(path).exists():
        return
    for b in json.loads(Path(path).read_text()).get("benchmarks", []):
        name = b["name"]
        scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
        if b.get("run_type") == "aggregate":
            continue
        if name.startswith(f"keyfig_memory_floor/persons:{persons}/"):
            entry["cxx_floor_s"] = b["real_time"] * scale
            entry["cxx_floor_cpu_s"] = b["cpu_time"] * scale
        for t in (1, 2):
            if name.startswith(f"keyfig_compute/persons:{persons}/threads:{t}/"):
                entry[f"cxx_rorkit_{t}_s"] = b["real_time"] * scale
                entry[f"cxx_rorkit_{t}_cpu_s"] = b["cpu_time"] * scale
                if "peak_extra_MB" in b:
                    entry[f"cxx_rorkit_{t}_working_bytes"] = b["peak_extra_MB"] * 1e6


def driver(args) -> None:
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    tools = [t for t in args.tools.split(",") if t]
    work = Path(args.data_dir) / "results"
    work.mkdir(parents=True, exist_ok=True)
    report = {"command": " ".join(["tests/benchmarks/keyfig_compare.py"] + sys.argv[1:]),
              "date": time.strftime("%Y-%m-%d %H:%M:%S %z"), "machine": machine(),
              "versions": versions(), "uptime_before": Path("/proc/loadavg").read_text().strip(),
              "options": {"timeout_s": args.timeout, "max_rss_gb": args.max_rss_gb,
                          "years": args.years, "first_year": args.first_year, "seed": args.seed,
                          "spell_share": args.spell_share,
                          "spells_per_person": args.spells_per_person,
                          "min_time_s": args.min_time}, "sizes": []}
    for size in sizes:
        persons = int(round(size * 1e6))
        print(f"keyfig_compare: {persons:,} persons x {args.years} years", flush=True)
        data = dataset(args, persons)
        meta = json.loads((data / "meta.json").read_text())
        sub = work / f"p{persons}"
        sub.mkdir(exist_ok=True)
        results = {t: run_worker(args, t, data, sub) for t in tools}
        verify(data, results, args.first_year + args.years - 1)
        entry = {"persons": persons, "rows": meta["rows"], "input_bytes": meta["bytes"],
                 "data": str(data), "tools": results}
        add_bench_json(args.bench_json, persons, entry)
        report["sizes"].append(entry)
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, indent=1))  # after every size
    report["uptime_after"] = Path("/proc/loadavg").read_text().strip()
    Path(args.out).write_text(json.dumps(report, indent=1))
    print(f"keyfig_compare: wrote {args.out}")
    if args.markdown:
        sys.path.insert(0, str(ROOT / "scripts"))
        from benchmarks_to_markdown import keyfig_compare_markdown
        Path(args.markdown).write_text(keyfig_compare_markdown(report) + "\n")
        print(f"keyfig_compare: wrote {args.markdown}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", nargs="?", default="run", choices=("run", "worker"))
    ap.add_argument("--sizes", default=os.environ.get("RORKIT_BENCH_SIZES", "0.5,5,10"),
                    help="millions of persons, comma-separated (env RORKIT_BENCH_SIZES)")
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--first-year", type=int, default=2015)
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--spell-share", type=float, default=0.4)
    ap.add_argument("--spells-per-person", type=float, default=5)
    ap.add_argument("--min-time", type=float, default=3.0,
                    help="repeat a computation until this many seconds have passed")
    ap.add_argument("--max-runs", type=int, default=10)
    ap.add_argument("--timeout", type=float, default=600,
                    help="stop a tool after this many seconds (load, prepare and runs) and record it")
    ap.add_argument("--max-rss-gb", type=float, default=14,
                    help="stop a tool whose resident memory passes this many GiB and record it")
    ap.add_argument("--synth", default=os.environ.get(
        "RORKIT_KEYFIG_SYNTH", str(ROOT / "build/bench/bench/keyfig_synth")))
    ap.add_argument("--data-dir", default=str(ROOT / "build/bench/keyfig-data"))
    ap.add_argument("--bench-json", default=None, help="bench_keyfig's JSON (C++ floor)")
    ap.add_argument("--out", default=str(ROOT / "build/bench/results/keyfig_compare.json"))
    ap.add_argument("--markdown", default=None)
    # worker
    ap.add_argument("--tool")
    ap.add_argument("--data")
    ap.add_argument("--result")
    ap.add_argument("--cells")
    args = ap.parse_args()
    if args.mode == "worker":
        worker(args)
    else:
        driver(args)


if __name__ == "__main__":
    main()
