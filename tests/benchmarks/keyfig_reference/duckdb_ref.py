"""kf01-kf15 in DuckDB, the way a researcher would write them: the tables loaded into an
in-memory database, one SQL query (CTEs, unnest(range(...)) for spell-years, GROUP BY, joins),
on all cores. See docs/key-figures.md, "Definitions"."""

from __future__ import annotations

import duckdb
import pandas as pd

from .load import Microdata, jan1

NAME = "duckdb"


def prepare(md: Microdata, threads: int | None = None) -> dict:
    """The tables copied into an in-memory DuckDB database (DuckDB's own format). A person's
    yearly status bits become a fixed-size array column."""
    con = duckdb.connect(":memory:")
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    years = md.years
    persons = pd.DataFrame({"id": md["persons_id"], "municipality": md["persons_municipality"],
                            "birth_year": md["persons_birth_year"]})
    status = pd.DataFrame(md["persons_status"], columns=[f"s{k}" for k in range(years)])
    spells = pd.DataFrame({"person": md["spells_person"], "municipality": md["spells_municipality"],
                           "basis": md["spells_basis"], "start": md["spells_start"],
                           "end": md["spells_end"]})
    admissions = pd.DataFrame({"person": md["admissions_person"], "date": md["admissions_date"]})
    columns = ", ".join(f"s.s{k}" for k in range(years))
    con.register("persons_df", persons)
    con.register("status_df", status)
    con.execute(f"CREATE TABLE persons AS SELECT p.*, [{columns}]::UTINYINT[{years}] AS status "
                "FROM persons_df p POSITIONAL JOIN status_df s")
    con.register("spells_df", spells)
    con.execute("CREATE TABLE spells AS SELECT * FROM spells_df")
    con.register("admissions_df", admissions)
    con.execute("CREATE TABLE admissions AS SELECT * FROM admissions_df")
    for name in ("persons_df", "status_df", "spells_df", "admissions_df"):
        con.unregister(name)
    return {"con": con, "first_year": md.first_year, "years": md.years, "min_age": md.min_age,
            "max_age": md.max_age}


QUERY = """
WITH
pop AS (  -- P(m, y): residents in the age band
  SELECT b.municipality, y.year, sum(b.n) AS P
  FROM (SELECT municipality, birth_year, count(*) AS n FROM persons GROUP BY ALL) b,
       range({first}, {last} + 1) y(year)
  WHERE y.year - b.birth_year BETWEEN {lo} AND {hi}
  GROUP BY ALL),
spell_years AS (  -- one row per spell and year it is active in
  SELECT person, basis, start, "end",
         unnest(range(year(DATE '1970-01-01' + greatest(start, {j0})),
                      year(DATE '1970-01-01' + least("end", {je} - 1)) + 1)) AS year
  FROM spells WHERE start < {je} AND "end" >= {j0}),
stepped AS (
  SELECT *, make_date(year, 1, 1) - DATE '1970-01-01' AS jan,
         make_date(year, 12, 31) - DATE '1970-01-01' AS dec,
         CASE basis WHEN 1 THEN 1 WHEN 2 THEN 1 WHEN 5 THEN 2 WHEN 6 THEN 2 WHEN 3 THEN 3
                    WHEN 7 THEN 4 WHEN 4 THEN 5 WHEN 8 THEN 6 ELSE 0 END AS step
  FROM spell_years),
person_years AS (
  SELECT person, year,
         bool_or(basis IN (1, 2)) AS low, bool_or(basis NOT IN (1, 2)) AS not_low,
         bool_or(basis = 3) AS b3, bool_or(basis = 4) AS b4, bool_or(basis = 7) AS b7,
         bool_or(basis = 8) AS b8, bool_or(basis IN (5, 6)) AS b56,
         max(CASE WHEN start <= jan THEN step ELSE 0 END) AS jan_step,
         max(CASE WHEN "end" >= dec THEN step ELSE 0 END) AS dec_step,
         bool_or("end" >= dec) AS on_dec,
         max("end") AS last_end
  FROM stepped GROUP BY ALL),
target AS (  -- T(m, y): in P(m, y) with a spell active in y
  SELECT py.*, p.municipality, p.status[py.year - {first} + 1] AS st
  FROM person_years py JOIN persons p ON p.id = py.person
  WHERE py.year - p.birth_year BETWEEN {lo} AND {hi}),
revisited AS (  -- kf10: a spell starting within 365 days after the latest end
  SELECT DISTINCT t.person, t.year
  FROM target t JOIN spells s ON s.person = t.person
  WHERE NOT t.on_dec AND s.start > t.last_end AND s.start <= t.last_end + 365),
adm AS (
  SELECT person, year(DATE '1970-01-01' + "date") AS year, count(*) AS n
  FROM admissions WHERE "date" >= {j0} AND "date" < {je} GROUP BY ALL),
counts AS (
  SELECT t.municipality, t.year,
         count(*) AS kf01,
         count(*) FILTER (low AND NOT not_low) AS kf02,
         count(*) FILTER (b3) AS kf03, count(*) FILTER (b4) AS kf04,
         count(*) FILTER (b7) AS kf05, count(*) FILTER (b8) AS kf06,
         count(*) FILTER (b56) AS kf07,
         count(*) FILTER (jan_step > 0) AS kf08_den,
         count(*) FILTER (jan_step > 0 AND dec_step < jan_step) AS kf08,
         count(*) FILTER (jan_step > 0 AND dec_step > jan_step) AS kf09,
         count(*) FILTER (NOT on_dec AND r.person IS NULL) AS kf10,
         count(*) FILTER (st & 1 <> 0) AS kf11, count(*) FILTER (st & 2 <> 0) AS kf12,
         count(*) FILTER (st & 4 <> 0) AS kf13, count(*) FILTER (st & 8 <> 0) AS kf14,
         coalesce(sum(a.n), 0) AS kf15
  FROM target t
  LEFT JOIN revisited r ON r.person = t.person AND r.year = t.year
  LEFT JOIN adm a ON a.person = t.person AND a.year = t.year
  GROUP BY ALL),
g AS (
  SELECT pop.municipality, pop.year, pop.P, COLUMNS(c.* EXCLUDE (municipality, year))
  FROM pop LEFT JOIN counts c USING (municipality, year)),
tidy AS (
  SELECT municipality, year,
         unnest(range(1, 16)) AS figure,
         unnest([kf01, kf02, kf03, kf04, kf05, kf06, kf07, kf08, kf09, kf10, kf11, kf12, kf13,
                 kf14, kf15]) AS numerator,
         unnest([P, kf01, kf01, kf01, kf01, kf01, kf01, kf08_den, kf08_den, kf01, kf01, kf01,
                 kf01, kf01, kf01]) AS denominator
  FROM g)
SELECT municipality, year, figure,
       CASE WHEN figure = 10 AND year = {last} THEN NULL
            ELSE coalesce(numerator, 0) END::BIGINT AS numerator,
       coalesce(denominator, 0)::BIGINT AS denominator
FROM tidy
"""


def key_figures(t: dict) -> pd.DataFrame:
    first, n = t["first_year"], t["years"]
    q = QUERY.format(first=first, last=first + n - 1, lo=t["min_age"], hi=t["max_age"],
                     j0=jan1(first), je=jan1(first + n))
    return t["con"].sql(q).df()
