#!/usr/bin/env python3
"""The plan-load workload of bench_plans.cpp in plain Python, as the baseline it is compared with.

    python3 tests/benchmarks/plan_load_python.py [--min-time SECONDS] [--out FILE]

Loads the realistic synthetic plan (tests/data/plans/realistic.json, re-serialised compactly as
rorkit writes it) the way a Python service without rorkit would: json.loads, then a pass over the
document that checks what rorkit's reader and check_plan() check - the format and version,
member types, codes, dates and timestamps (of the state and of every history payload), valid and
unique ids, references between entries, the entries' own rules and the measurement items' ranges
- and builds a dict per list keyed by id. It prints (or writes) a JSON result shaped like Google
Benchmark's, which scripts/run-benchmarks puts next to the C++ results and
scripts/benchmarks_to_markdown.py turns into the C++/Python ratio in docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import time
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "plans" / "realistic.json"

ID = re.compile(r"[A-Za-z0-9_.:\-]{1,64}\Z")
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z\Z")
CODES = {
    "aspiration_kind": {"hope", "wish", "dream"},
    "theme": {"sundhedsforhold", "mentale-funktioner", "sociale-forhold", "fysiske-funktioner",
              "egenomsorg", "relationer", "kommunikation", "samfundsliv", "mobilitet",
              "praktiske-opgaver", "omgivelsesfaktorer"},
    "resource_kind": {"personal", "network", "community"},
    "role": {"relative", "friend", "peer", "civil-society", "employer-education", "other"},
    "party": {"citizen", "staff", "network-member", "civil-society", "employer-education"},
    "legal_basis": {"sel-82a", "sel-82b", "sel-85", "sel-85-botilbudslignende", "sel-103",
                    "sel-104", "sel-107", "sel-108", "other"},
    "lifecycle": {"proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
                  "entered-in-error", "rejected"},
    "achievement": {"in-progress", "improving", "worsening", "no-change", "achieved", "sustaining",
                    "not-achieved", "no-progress", "not-attainable"},
    "target_kind": {"none", "scale-value", "range", "code", "change"},
    "change": {"develop", "maintain", "limit-decline"},
    "status": {"planned", "active", "on-hold", "completed", "cancelled"},
    "result": {"continue", "change", "end", "revisit"},
    "op": {"create", "snapshot", "set-citizen", "add", "update", "remove", "transition",
           "set-section141", "set-followup-rule"},
    "collection": {"aspirations", "resources", "network", "goals", "actions", "followups",
                   "measurements"},
}
# instrument: (items, min, max, whole numbers, missing allowed)
INSTRUMENTS = {"who5": (5, 0, 5, True, 0), "ors": (4, 0, 10, False, 0), "srs": (4, 0, 10, False, 0),
               "qpr15": (15, 0, 4, True, 2), "inspire_o": (5, 0, 4, True, 0),
               "multi_area": (None, 1, 10, True, 0)}


class PlanError(ValueError):
    pass


def string(obj: dict, key: str, required: bool = True) -> str:
    v = obj.get(key)
    if v is None:
        if required:
            raise PlanError(f"{key}: missing")
        return ""
    if not isinstance(v, str):
        raise PlanError(f"{key}: expected a string")
    return v


def code(obj: dict, key: str, table: str, required: bool = True):
    v = obj.get(key)
    if v is None and not required:
        return None
    if v not in CODES[table]:
        raise PlanError(f"{key}: {v!r} is not a {table} code")
    return v


def date(obj: dict, key: str, required: bool = True):
    v = obj.get(key)
    if v is None and not required:
        return None
    if not isinstance(v, str) or len(v) != 10:
        raise PlanError(f"{key}: not a date")
    return dt.date.fromisoformat(v)


def strings(obj: dict, key: str) -> list:
    v = obj.get(key) or []
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise PlanError(f"{key}: expected a list of strings")
    return v


def text(obj: dict, key: str) -> str:
    v = string(obj, key)
    if not v.strip():
        raise PlanError(f"{key}: is empty")
    return v


def read_citizen(c: dict) -> dict:
    if not ID.match(string(c, "id")) or not isinstance(c.get("municipality"), int):
        raise PlanError("citizen")
    date(c, "birth_date", False)
    return c


def read_entry(collection: str, e: dict) -> dict:
    if not isinstance(e, dict) or not ID.match(string(e, "id")):
        raise PlanError(f"{collection}: bad id")
    if collection == "aspirations":
        code(e, "kind", "aspiration_kind")
        text(e, "text")
        date(e, "recorded_on")
        for t in e.get("themes") or []:
            if t not in CODES["theme"]:
                raise PlanError("theme")
    elif collection == "resources":
        code(e, "kind", "resource_kind")
        text(e, "text")
    elif collection == "network":
        text(e, "name")
        code(e, "role", "role")
        string(e, "relation", False)
    elif collection == "goals":
        text(e, "text")
        code(e, "lifecycle", "lifecycle")
        code(e, "theme", "theme", False)
        code(e, "achievement", "achievement", False)
        strings(e, "aspiration_ids")
        target = e.get("target")
        if target is not None:
            code(target, "kind", "target_kind")
            code(target, "change", "change", False)
            for k in ("value", "low", "high"):
                if k in target and not isinstance(target[k], (int, float)):
                    raise PlanError("target")
        start, due = date(e, "start", False), date(e, "due", False)
        if start and due and due < start:
            raise PlanError("due before start")
    elif collection == "actions":
        text(e, "text")
        code(e["responsible"], "kind", "party")
        code(e, "legal_basis", "legal_basis")
        code(e, "status", "status")
        if not strings(e, "goal_ids"):
            raise PlanError("an action serves at least one goal")
        strings(e, "resource_ids")
        if e["legal_basis"] == "other" and not string(e, "legal_basis_text", False).strip():
            raise PlanError("legal_basis_text")
        start, end = date(e, "start", False), date(e, "end", False)
        if start and end and end < start:
            raise PlanError("end before start")
    elif collection == "followups":
        date(e, "date")
        code(e, "result", "result")
        seen = set()
        for a in e.get("assessments") or []:
            goal = string(a, "goal_id")
            if goal in seen:
                raise PlanError("assessed twice")
            seen.add(goal)
    elif collection == "measurements":
        date(e, "date")
        spec = INSTRUMENTS.get(e.get("instrument"))
        if spec is None:
            raise PlanError("instrument")
        n, lo, hi, whole, missing = spec
        items = e["items"]
        if (n is not None and len(items) != n) or not items:
            raise PlanError("item count")
        answered = [x for x in items if x is not None]
        if len(items) - len(answered) > missing or not answered:
            raise PlanError("missing items")
        for x in answered:
            if not lo <= x <= hi or (whole and x != int(x)):
                raise PlanError("item out of range")
    return e


def load(text_: str) -> dict:
    doc = json.loads(text_)
    if doc.get("format") != "rorkit-plan" or doc.get("format_version") != 1:
        raise PlanError("format")
    if not ID.match(string(doc, "id")):
        raise PlanError("id")
    date(doc, "created")
    read_citizen(doc["citizen"])
    plan = {"id": doc["id"], "citizen": doc["citizen"]}
    for collection in CODES["collection"]:
        by_id = {}
        for e in doc.get(collection) or []:
            read_entry(collection, e)
            if e["id"] in by_id:
                raise PlanError(f"{collection}: {e['id']} appears twice")
            by_id[e["id"]] = e
        plan[collection] = by_id
    goals, resources, network = plan["goals"], plan["resources"], plan["network"]
    for g in goals.values():
        parent = g.get("parent_id")
        if parent and (parent not in goals or goals[parent].get("parent_id")):
            raise PlanError("parent_id")
        if any(a not in plan["aspirations"] for a in g.get("aspiration_ids") or []):
            raise PlanError("aspiration_ids")
        if not parent and not g.get("aspiration_ids") and not g.get("no_aspiration_reason"):
            raise PlanError("a goal traces to an aspiration or says why not")
    for a in plan["actions"].values():
        if any(g not in goals for g in a["goal_ids"]) or any(r not in resources for r in a.get("resource_ids") or []):
            raise PlanError("dangling reference")
        if a["responsible"]["kind"] == "network-member" and a["responsible"].get("network_member_id") not in network:
            raise PlanError("network_member_id")
    for f in plan["followups"].values():
        if any(x["goal_id"] not in goals for x in f.get("assessments") or []):
            raise PlanError("assessment goal_id")
    rule = doc.get("followup_rule") or {"interval_months": 6}
    if not 1 <= rule["interval_months"] <= 60:
        raise PlanError("followup_rule")
    for k in ("purpose", "needed_intervention", "expected_duration"):
        string(doc.get("section141") or {}, k, False)
    history = []
    for ev in doc.get("history") or []:
        if not isinstance(ev.get("seq"), int) or not TIMESTAMP.match(string(ev, "at")):
            raise PlanError("event")
        string(ev, "by")
        op = code(ev, "op", "op")
        payload = ev.get("payload")
        if op in ("add", "update"):
            read_entry(code(ev, "collection", "collection"), payload)
        elif op == "create":
            date(payload, "created")
            read_citizen(payload["citizen"])
        elif op == "set-citizen":
            read_citizen(payload)
        elif op == "transition":
            code(payload, "from", "lifecycle")
            code(payload, "to", "lifecycle")
        history.append(ev)
    plan["history"] = history
    return plan


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-time", type=float, default=2.0, help="seconds to run (default 2)")
    ap.add_argument("--out", type=Path, help="write the JSON result here instead of stdout")
    args = ap.parse_args()

    text_ = json.dumps(json.loads(FIXTURE.read_text(encoding="utf-8")), ensure_ascii=False,
                       separators=(",", ":"))
    size = len(text_.encode("utf-8"))
    load(text_)  # warm up, and fail loudly if the fixture does not pass
    n, start = 0, time.perf_counter()
    cpu_start = time.process_time()
    while True:
        load(text_)
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= args.min_time:
            break
    cpu = time.process_time() - cpu_start
    per_load = elapsed / n
    result = {
        "context": {
            "date": dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds"),
            "num_cpus": os.cpu_count(),
            "mhz_per_cpu": "?",
            "executable": f"Python {platform.python_version()} ({platform.python_implementation()})",
            "kind": "python",
        },
        "benchmarks": [{
            "name": "plan_load_check_python",
            "iterations": n,
            "real_time": per_load * 1e6,
            "cpu_time": cpu / n * 1e6,
            "time_unit": "us",
            # Rates per CPU second, as Google Benchmark computes them.
            "items_per_second": n / cpu,
            "bytes_per_second": size * n / cpu,
            "doc_bytes": size,
        }],
    }
    out = json.dumps(result, indent=2)
    if args.out:
        args.out.write_text(out + "\n")
    else:
        print(out)


if __name__ == "__main__":
    main()
