"""Reference implementations of rorkit's register-based key figures (kf01-kf15) in the tools a
researcher would pick instead - pandas, polars and DuckDB - written from the Definitions in
docs/key-figures.md, for tests/benchmarks/keyfig_compare.py and
tests/python/test_keyfig_reference.py.

Each module has ``prepare(microdata)`` (numpy columns -> the tool's own in-memory tables; not
timed: the data are "already in memory" in that tool) and ``key_figures(prepared)`` (timed),
which returns a tidy frame with one row per municipality, year and figure (1-15) and the columns
municipality, year, figure, numerator, denominator. Cells without inhabitants in the age band are
left out (rorkit reports them as 0/0). kf10's numerator is missing (null) in the last year, where
the twelve-month follow-up window is incomplete.
"""
