"""kf01-kf15 in polars, the way a researcher would write them: one lazy query (int_ranges and
explode for spell-years, group_by/agg, joins) collected once, on all cores. See
docs/key-figures.md, "Definitions"."""

from __future__ import annotations

import polars as pl

from .load import STEP_OF_BASIS, Microdata, jan1

NAME = "polars"


def prepare(md: Microdata) -> dict:
    """The tables as polars DataFrames; a person's yearly status bits are an Array column."""
    return {
        "persons": pl.DataFrame({"id": md["persons_id"], "municipality": md["persons_municipality"],
                                 "birth_year": md["persons_birth_year"],
                                 "status": pl.Series(md["persons_status"],
                                                     dtype=pl.Array(pl.UInt8, md.years))}),
        "spells": pl.DataFrame({"person": md["spells_person"], "municipality": md["spells_municipality"],
                                "basis": md["spells_basis"], "start": md["spells_start"],
                                "end": md["spells_end"]}),
        "admissions": pl.DataFrame({"person": md["admissions_person"], "date": md["admissions_date"]}),
        "first_year": md.first_year, "years": md.years, "min_age": md.min_age, "max_age": md.max_age,
    }


def key_figures(t: dict) -> pl.DataFrame:
    first, n, lo_age, hi_age = t["first_year"], t["years"], t["min_age"], t["max_age"]
    last = first + n - 1
    j0, je = jan1(first), jan1(last + 1)
    persons, spells, admissions = t["persons"].lazy(), t["spells"].lazy(), t["admissions"].lazy()
    year_of = lambda day: day.cast(pl.Date).dt.year()  # noqa: E731  days since 1970 -> year
    age_ok = (pl.col("year") - pl.col("birth_year")).is_between(lo_age, hi_age)

    # Population P(m, y).
    pop = (persons.group_by("municipality", "birth_year").len()
           .join(pl.LazyFrame({"year": list(range(first, last + 1))}), how="cross")
           .filter(age_ok)
           .group_by("municipality", "year").agg(P=pl.col("len").sum()))

    # One row per spell and year it is active in; then per person and year.
    basis = pl.col("basis")
    jan = pl.date(pl.col("year"), 1, 1).cast(pl.Int32)
    dec = pl.date(pl.col("year"), 12, 31).cast(pl.Int32)
    step = basis.replace_strict(dict(enumerate(STEP_OF_BASIS.tolist())), return_dtype=pl.Int8)
    per_person_year = (
        spells.filter((pl.col("start") < je) & (pl.col("end") >= j0))
        .with_columns(year=pl.int_ranges(year_of(pl.max_horizontal("start", pl.lit(j0))),
                                         year_of(pl.min_horizontal("end", pl.lit(je - 1))) + 1))
        .explode("year")
        .with_columns(step=step, on_jan=pl.col("start") <= jan, on_dec=pl.col("end") >= dec)
        .group_by("person", "year").agg(
            low=basis.is_in([1, 2]).any(), not_low=basis.is_in([1, 2]).not_().any(),
            b3=(basis == 3).any(), b4=(basis == 4).any(), b7=(basis == 7).any(),
            b8=(basis == 8).any(), b56=basis.is_in([5, 6]).any(),
            jan=pl.when("on_jan").then("step").otherwise(0).max(),
            dec=pl.when("on_dec").then("step").otherwise(0).max(),
            on_dec=pl.col("on_dec").any(),
            last_end=pl.col("end").max()))

    # The target group: in P(m, y) with a spell active in y.
    T = (per_person_year.join(persons, left_on="person", right_on="id").filter(age_ok))

    # kf10: re-visitations within 365 days of the latest end (any later spell of the person).
    revisited = (T.filter(~pl.col("on_dec")).select("person", "year", "last_end")
                 .join(spells.select("person", "start"), on="person")
                 .filter((pl.col("start") > pl.col("last_end")) &
                         (pl.col("start") <= pl.col("last_end") + 365))
                 .select("person", "year").unique().with_columns(revisited=pl.lit(True)))
    adm = (admissions.filter((pl.col("date") >= j0) & (pl.col("date") < je))
           .with_columns(year=year_of(pl.col("date")).cast(pl.Int64))
           .group_by("person", "year").agg(admissions=pl.len()))
    T = (T.join(revisited, on=["person", "year"], how="left")
         .join(adm, on=["person", "year"], how="left"))

    st = pl.col("status").arr.get(pl.col("year") - first).cast(pl.Int32)
    on_jan = pl.col("jan") > 0
    counts = T.group_by("municipality", "year").agg(
        kf01=pl.len(),
        kf02=(pl.col("low") & ~pl.col("not_low")).sum(),
        kf03=pl.col("b3").sum(), kf04=pl.col("b4").sum(), kf05=pl.col("b7").sum(),
        kf06=pl.col("b8").sum(), kf07=pl.col("b56").sum(),
        kf08_den=on_jan.sum(),
        kf08=(on_jan & (pl.col("dec") < pl.col("jan"))).sum(),
        kf09=(on_jan & (pl.col("dec") > pl.col("jan"))).sum(),
        kf10=(~pl.col("on_dec") & pl.col("revisited").is_null()).sum(),
        kf11=(st % 2).sum(), kf12=(st // 2 % 2).sum(), kf13=(st // 4 % 2).sum(),
        kf14=(st // 8 % 2).sum(),
        kf15=pl.col("admissions").fill_null(0).sum())
    g = (pop.join(counts, on=["municipality", "year"], how="left")
         .with_columns(pl.exclude("municipality", "year").fill_null(0).cast(pl.Int64)))

    den = {1: "P", 8: "kf08_den", 9: "kf08_den"}
    tidy = pl.concat([
        g.select("municipality", "year", figure=pl.lit(k, dtype=pl.Int64),
                 numerator=pl.col(f"kf{k:02d}"), denominator=pl.col(den.get(k, "kf01")))
        for k in range(1, 16)])
    tidy = tidy.with_columns(
        numerator=pl.when((pl.col("figure") == 10) & (pl.col("year") == last))
        .then(None).otherwise(pl.col("numerator")))
    return tidy.collect()
