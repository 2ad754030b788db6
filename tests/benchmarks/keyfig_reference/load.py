"""Loading a synthetic microdata set written by tests/tools/keyfig_synth.

The tool writes one NumPy .npy file per column (``DIR/<table>_<column>.npy``), ``meta.json``
(years, age band) and rorkit's own counts in ``aggregates.csv``. Everything here is plain numpy:
each reference implementation turns these arrays into its own in-memory format.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

#: The register-based figures the references implement (kf16-kf20 come from surveys).
REGISTER_FIGURES = tuple(range(1, 16))

#: Columns of each table, in the order keyfig_synth writes them.
TABLES = {
    "persons": ("id", "municipality", "birth_year", "status"),
    "spells": ("person", "municipality", "basis", "start", "end"),
    "admissions": ("person", "date"),
    "surveys": ("person", "municipality", "year", "who5", "recovery", "satisfaction",
                "involvement", "participation"),
}

#: The step on the Indsatstrappe of each legal-basis code 0-9 (docs/key-figures.md):
#: 1,2 low threshold (1); 5,6 activity (2); 3 home support (3); 7 temporary housing (4);
#: 4 supported housing (5); 8 long-term housing (6); 9 other -> none (0).
STEP_OF_BASIS = np.array([0, 1, 1, 3, 5, 2, 2, 4, 6, 0], dtype=np.int8)


@dataclass
class Microdata:
    """The columns of one data set (numpy arrays) and its frame: years and age band."""

    columns: dict[str, np.ndarray]
    first_year: int
    years: int
    min_age: int = 18
    max_age: int = 64
    meta: dict = field(default_factory=dict)

    @property
    def last_year(self) -> int:
        return self.first_year + self.years - 1

    def __getitem__(self, key: str) -> np.ndarray:
        return self.columns[key]

    def table(self, name: str) -> dict[str, np.ndarray]:
        """The columns of one table keyed by column name."""
        return {c: self.columns[f"{name}_{c}"] for c in TABLES[name]}

    @property
    def nbytes(self) -> int:
        """Bytes of all columns: the input size memory is compared with."""
        return int(sum(a.nbytes for a in self.columns.values()))

    def register_nbytes(self) -> int:
        """Bytes of the tables the register figures read (persons, spells, admissions)."""
        return int(sum(a.nbytes for k, a in self.columns.items() if not k.startswith("surveys_")))

    def drop(self) -> None:
        """Forget the arrays (after a tool has copied them into its own format)."""
        self.columns.clear()


def jan1(year: int) -> int:
    """Days since 1970-01-01 of 1 January of `year`."""
    return (_dt.date(year, 1, 1) - _dt.date(1970, 1, 1)).days


def load(directory: str | Path, tables: tuple[str, ...] = ("persons", "spells", "admissions"),
         mmap: bool = False) -> Microdata:
    """Reads the columns of `tables` from a keyfig_synth directory (into memory unless `mmap`)."""
    directory = Path(directory)
    meta = json.loads((directory / "meta.json").read_text())
    columns = {}
    for t in tables:
        for c in TABLES[t]:
            columns[f"{t}_{c}"] = np.load(directory / f"{t}_{c}.npy",
                                          mmap_mode="r" if mmap else None)
    # keyfig_synth writes a (rows, 1) table as (rows,): one year of status.
    if "persons_status" in columns:
        columns["persons_status"] = columns["persons_status"].reshape(-1, int(meta["years"]))
    if "surveys_who5" in columns:
        columns["surveys_who5"] = columns["surveys_who5"].reshape(-1, 5)
    return Microdata(columns, int(meta["first_year"]), int(meta["years"]),
                     int(meta.get("min_age", 18)), int(meta.get("max_age", 64)), meta)


def read_aggregates(directory: str | Path, figures=REGISTER_FIGURES):
    """rorkit's counts from aggregates.csv as a dict (municipality, year, figure) -> (num, den)."""
    wanted = set(figures)
    out = {}
    with open(Path(directory) / "aggregates.csv", newline="") as f:
        for row in csv.DictReader(f):
            fig = int(row["figure"].removeprefix("kf"))
            if fig in wanted:
                out[(int(row["municipality"]), int(row["year"]), fig)] = (
                    int(row["numerator"]), int(row["denominator"]))
    return out
