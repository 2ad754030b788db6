"""kf01-kf15 in pandas (2.x or 3.x), the way a researcher would write them: DataFrames, merges
and group-bys, numpy where pandas itself would use it. See docs/key-figures.md, "Definitions"."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .load import STEP_OF_BASIS, Microdata, jan1

NAME = "pandas"


def prepare(md: Microdata) -> dict:
    """The tables as DataFrames. Persons keep their row number (the status array's row)."""
    years = list(range(md.first_year, md.first_year + md.years))
    return {
        "persons": pd.DataFrame({"id": md["persons_id"], "municipality": md["persons_municipality"],
                                 "birth_year": md["persons_birth_year"]}),
        # Person-year status bits, one column per year, rows aligned with `persons`.
        "status": pd.DataFrame(md["persons_status"], columns=years),
        "spells": pd.DataFrame({"person": md["spells_person"], "municipality": md["spells_municipality"],
                                "basis": md["spells_basis"], "start": md["spells_start"],
                                "end": md["spells_end"]}),
        "admissions": pd.DataFrame({"person": md["admissions_person"], "date": md["admissions_date"]}),
        "first_year": md.first_year, "years": md.years, "min_age": md.min_age, "max_age": md.max_age,
    }


def key_figures(t: dict) -> pd.DataFrame:
    first, n, lo_age, hi_age = t["first_year"], t["years"], t["min_age"], t["max_age"]
    persons, spells, admissions = t["persons"], t["spells"], t["admissions"]
    bounds = np.array([jan1(first + k) for k in range(n + 1)], dtype=np.int64)  # Jan 1s
    j0, je = int(bounds[0]), int(bounds[-1])
    years = pd.DataFrame({"year": np.arange(first, first + n)})

    # Population P(m, y): residents whose age y - birth_year is in the band.
    pop = (persons.groupby(["municipality", "birth_year"]).size().rename("n").reset_index()
           .merge(years, how="cross"))
    pop = (pop[(pop["year"] - pop["birth_year"]).between(lo_age, hi_age)]
           .groupby(["municipality", "year"])["n"].sum().rename("P"))

    # One row per spell and year it is active in (within the data's years).
    sp = spells.loc[(spells["start"] < je) & (spells["end"] >= j0), ["person", "basis", "start", "end"]]
    y_from = np.searchsorted(bounds, sp["start"].clip(lower=j0), side="right") - 1
    y_to = np.searchsorted(bounds, sp["end"].clip(upper=je - 1), side="right") - 1
    sp = sp.assign(y=y_from)
    sy = sp.loc[sp.index.repeat(y_to - y_from + 1)]
    sy = sy.assign(y=sy["y"] + sy.groupby(level=0).cumcount()).reset_index(drop=True)
    jan, dec = bounds[sy["y"]], bounds[sy["y"] + 1] - 1
    basis = sy["basis"]
    step = STEP_OF_BASIS[basis.to_numpy()]
    flags = pd.DataFrame({
        "person": sy["person"], "y": sy["y"],
        "low": basis.isin([1, 2]), "not_low": ~basis.isin([1, 2]),
        "b3": basis == 3, "b4": basis == 4, "b7": basis == 7, "b8": basis == 8,
        "b56": basis.isin([5, 6]),
        "jan": np.where(sy["start"] <= jan, step, 0),   # step on 1 January (0 = none)
        "dec": np.where(sy["end"] >= dec, step, 0),     # step on 31 December
        "on_dec": sy["end"] >= dec,                     # any spell active on 31 December
        "last_end": sy["end"],
    })
    py = flags.groupby(["person", "y"], sort=False).max().reset_index()

    # The target group: persons in P(m, y) (residence, age band) with a spell active in y.
    T = py.merge(persons.rename_axis("row").reset_index(), left_on="person", right_on="id")
    T["year"] = first + T["y"]
    T = T[(T["year"] - T["birth_year"]).between(lo_age, hi_age)].reset_index(drop=True)

    # kf10: no spell on 31 December, and none starting within 365 days after the latest end.
    ended = T.loc[~T["on_dec"], ["person", "y", "last_end"]]
    follow = ended.reset_index().merge(spells[["person", "start"]], on="person")
    revisited = follow.loc[(follow["start"] > follow["last_end"]) &
                           (follow["start"] <= follow["last_end"] + 365), "index"].unique()
    T["kf10"] = ~T["on_dec"]
    T.loc[revisited, "kf10"] = False

    # kf15: admissions dated in y.
    adm = admissions[(admissions["date"] >= j0) & (admissions["date"] < je)]
    adm = (adm.assign(y=np.searchsorted(bounds, adm["date"], side="right") - 1)
           .groupby(["person", "y"]).size().rename("kf15"))
    T = T.merge(adm, left_on=["person", "y"], right_index=True, how="left")
    T["kf15"] = T["kf15"].fillna(0).astype("int64")

    status = t["status"].to_numpy()[T["row"].to_numpy(), T["y"].to_numpy()]
    T = T.assign(
        kf01=1, kf02=T["low"] & ~T["not_low"], kf03=T["b3"], kf04=T["b4"], kf05=T["b7"],
        kf06=T["b8"], kf07=T["b56"], kf08_den=T["jan"] > 0,
        kf08=(T["jan"] > 0) & (T["dec"] < T["jan"]), kf09=(T["jan"] > 0) & (T["dec"] > T["jan"]),
        kf11=status & 1, kf12=(status >> 1) & 1, kf13=(status >> 2) & 1, kf14=(status >> 3) & 1)
    counts = [f"kf{k:02d}" for k in range(1, 16)] + ["kf08_den"]
    g = T.groupby(["municipality", "year"])[counts].sum().astype("int64")
    g = g.join(pop, how="outer").fillna(0).astype("int64")

    den = {1: g["P"], 8: g["kf08_den"], 9: g["kf08_den"]}
    tidy = pd.concat([
        pd.DataFrame({"figure": k, "numerator": g[f"kf{k:02d}"].astype("Int64"),
                      "denominator": den.get(k, g["kf01"])})
        for k in range(1, 16)]).reset_index()
    tidy.loc[(tidy["figure"] == 10) & (tidy["year"] == first + n - 1), "numerator"] = pd.NA
    return tidy[["municipality", "year", "figure", "numerator", "denominator"]]
