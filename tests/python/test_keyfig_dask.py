"""Partial key-figure aggregates on an existing distributed engine: Dask's distributed scheduler
on a local cluster of two worker processes. The persons are split into partitions (by
municipality, and by id range), each partition is computed on a worker from numpy arrays, the
partial results travel back pickled (the compact binary form) and are merged by a tree
reduction; the numerators and denominators are identical to one pass."""

from __future__ import annotations

import sys

import numpy as np
import pytest

import rorkit

distributed = pytest.importorskip(
    "distributed", reason="dask[distributed] is not installed in this environment (requirements/dev.txt)")

ARGS = dict(persons=60_000, years=4, seed=3, first_year=2020)


def _partial(persons, spells, admissions, surveys):
    # Runs on a worker process: imports rorkit there and computes single-threaded.
    import rorkit as rk

    return rk.compute_key_figures(persons, spells, admissions, surveys, threads=1)


def _merge(a, b):
    return a.merge(b)


def _tree_reduce(client, futures):
    # Pairwise merges on the workers until one result is left (log2(n) rounds).
    while len(futures) > 1:
        nxt = [client.submit(_merge, futures[i], futures[i + 1], pure=False, retries=2)
               for i in range(0, len(futures) - 1, 2)]
        if len(futures) % 2:
            nxt.append(futures[-1])
        futures = nxt
    return futures[0].result()


@pytest.fixture(scope="module")
def client():
    # The worker processes cannot import this test file: ship its functions by value.
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None, silence_logs=40)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def data():
    d = rorkit.synthetic_microdata(**ARGS)
    # Plain (writable, owning) arrays: what a Dask user would have, and cheap to pickle.
    return {name: {k: (np.array(v) if isinstance(v, np.ndarray) else v) for k, v in t.items()}
            for name, t in d.items()}


def _persons_subset(persons, mask):
    return {k: (v[mask] if isinstance(v, np.ndarray) else v) for k, v in persons.items()}


def _run(client, data, masks):
    # The other tables go with every task rather than being scattered once: scattered data is
    # lost for good if a worker is restarted (a loaded CI machine can miss heartbeats), while a
    # task that carries its inputs is simply run again (retries).
    shared = (data["spells"], data["admissions"], data["surveys"])
    futures = [client.submit(_partial, _persons_subset(data["persons"], m), *shared, pure=False,
                             retries=2)
               for m in masks]
    return _tree_reduce(client, futures)


def test_partitions_by_municipality(client, data):
    one = rorkit.compute_key_figures(**data)
    muni = data["persons"]["municipality"]
    masks = [np.isin(muni, group) for group in np.array_split(np.unique(muni), 7)]
    merged = _run(client, data, masks)
    assert np.array_equal(merged.numerators, one.numerators)
    assert np.array_equal(merged.denominators, one.denominators)
    assert np.array_equal(merged.stair, one.stair)
    assert merged == one
    assert merged.to_panel() == one.to_panel()


def test_partitions_by_id_range(client, data):
    one = rorkit.compute_key_figures(**data)
    ids = data["persons"]["id"]
    edges = np.quantile(ids, np.linspace(0, 1, 6))
    masks = [(ids >= lo) & ((ids < hi) if k < 4 else (ids <= hi))
             for k, (lo, hi) in enumerate(zip(edges[:-1], edges[1:]))]
    assert sum(int(m.sum()) for m in masks) == len(ids)
    merged = _run(client, data, masks)
    assert np.array_equal(merged.numerators, one.numerators)
    assert np.array_equal(merged.denominators, one.denominators)
    assert merged == one
