"""Tabular views of a citizen's outcome series (pandas is imported lazily).

:func:`series_frame` gives a tidy pandas DataFrame and :func:`series_arrays` a dict of numpy
arrays; both are thin layers over :func:`rorkit.series`, which does the scoring, ordering and
reliable-change arithmetic in C++.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from . import _rorkit

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

_COLUMNS = ("id", "date", "score", "band", "difference", "rci", "classification")


def _points(measurements: Iterable[_rorkit.Measurement],
            instrument: _rorkit.InstrumentId | str,
            max_missing: int | None) -> list[_rorkit.SeriesPoint]:
    return _rorkit.series(list(measurements), instrument, max_missing)


def series_arrays(measurements: Iterable[_rorkit.Measurement],
                  instrument: _rorkit.InstrumentId | str,
                  max_missing: int | None = None) -> dict[str, np.ndarray[Any, Any]]:
    """A citizen's series on one instrument as a dict of numpy arrays.

    Parameters
    ----------
    measurements : iterable of Measurement
        Measurements of other instruments are skipped.
    instrument : InstrumentId or str
        For example ``rorkit.InstrumentId.who5`` or ``'who5'``.
    max_missing : int, optional
        Items that may be missing (prorated); default the instrument's own rule.

    Returns
    -------
    dict of str to numpy.ndarray
        ``id`` (str), ``date`` (datetime64[D]), ``score``, ``difference`` and ``rci``
        (float64), ``band`` and ``classification`` (str: the enum names, e.g.
        ``'non_clinical'``, ``'recovered'``), one element per point in date order;
        ``difference`` and ``rci`` compare each point with the first.
    """
    import numpy as np  # noqa: F811  (the run-time import of the name used in annotations)

    points = _points(measurements, instrument, max_missing)
    return {
        "id": np.array([p.id for p in points], dtype=str),
        "date": np.array([p.date for p in points], dtype="datetime64[D]"),
        "score": np.array([p.score.score for p in points], dtype=np.float64),
        "band": np.array([p.score.band.name for p in points], dtype=str),
        "difference": np.array([p.since_baseline.difference for p in points], dtype=np.float64),
        "rci": np.array([p.since_baseline.rci for p in points], dtype=np.float64),
        "classification": np.array([p.since_baseline.classification.name for p in points],
                                   dtype=str),
    }


def series_frame(measurements: Iterable[_rorkit.Measurement],
                 instrument: _rorkit.InstrumentId | str,
                 max_missing: int | None = None) -> pd.DataFrame:
    """A citizen's series on one instrument as a tidy pandas DataFrame.

    Parameters
    ----------
    measurements : iterable of Measurement
        Measurements of other instruments are skipped.
    instrument : InstrumentId or str
    max_missing : int, optional
        Items that may be missing (prorated); default the instrument's own rule.

    Returns
    -------
    pandas.DataFrame
        One row per point in date order, columns ``id``, ``date`` (datetime64[ns]), ``score``
        (float64), ``band`` ('clinical', 'non_clinical' or 'none'), ``difference`` and ``rci``
        (float64, since the first point) and ``classification`` ('no_reliable_change', 'reliably_improved',
        'reliably_deteriorated' or 'recovered').
    """
    import pandas as pd  # noqa: F811

    points = _points(measurements, instrument, max_missing)
    rows = [(p.id, p.date, p.score.score, p.score.band.name, p.since_baseline.difference,
             p.since_baseline.rci, p.since_baseline.classification.name) for p in points]
    frame = pd.DataFrame(rows, columns=list(_COLUMNS))
    # Text columns get pandas' own string dtype (object in pandas 2, str in pandas 3), as in
    # holidays_frame; the numbers are float64 even when the series is empty.
    for column in ("score", "difference", "rci"):
        frame[column] = frame[column].astype("float64")
    # Same unit as holidays_frame, whatever pandas would infer from datetime.date.
    frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[ns]")
    return frame
