// Outcome measures: instruments, scoring, reliable change, measurements and series.

#include <pybind11/operators.h>
#include <pybind11/typing.h>

#include <optional>
#include <string>
#include <vector>

#include "measure_args.hpp"
#include "value_ops.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit::python {

namespace {

ScoreOptions options_arg(std::optional<std::int32_t> max_missing) {
  ScoreOptions o;
  o.max_missing = max_missing;
  return o;
}

std::string fmt(double x) {
  std::string s = py::str(py::float_(x));
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

Measurement make_measurement(const InstrumentArg& instrument, const Date& date,
                             const ItemsArg& items, const Utf8& id, const Utf8& recorded_by,
                             const std::optional<std::vector<Utf8>>& areas) {
  Measurement m;
  m.instrument = instrument.id;
  m.date = date;
  m.items = items.items;
  m.id = id.value;
  m.recorded_by = recorded_by.value;
  if (areas)
    for (const auto& a : *areas) m.areas.push_back(a.value);
  return m;
}

void bind_info(py::module_& m) {
  py::class_<InstrumentInfo>(m, "InstrumentInfo", "Static facts about an instrument.")
      .def_readonly("id", &InstrumentInfo::id)
      .def_property_readonly("code", [](const InstrumentInfo& i) { return std::string(i.code); })
      .def_property_readonly("name", [](const InstrumentInfo& i) { return std::string(i.name); })
      .def_readonly("item_count", &InstrumentInfo::item_count,
                    "Number of items; 0 for multi_area (the caller's areas decide).")
      .def_readonly("item_min", &InstrumentInfo::item_min)
      .def_readonly("item_max", &InstrumentInfo::item_max)
      .def_readonly("integer_items", &InstrumentInfo::integer_items,
                    "False for ORS and SRS, whose items may have decimals.")
      .def_readonly("score_min", &InstrumentInfo::score_min)
      .def_readonly("score_max", &InstrumentInfo::score_max)
      .def_readonly("cutoff", &InstrumentInfo::cutoff,
                    "The clinical/screening cut-off on the score, or None.")
      .def_readonly("at_or_below_cutoff_is_clinical",
                    &InstrumentInfo::at_or_below_cutoff_is_clinical,
                    "True: score <= cutoff is clinical; False: only score < cutoff is.")
      .def_readonly("max_missing_default", &InstrumentInfo::max_missing_default)
      .def_readonly("reliable_change_points", &InstrumentInfo::reliable_change_points,
                    "The documented reliable or clinically relevant change.")
      .def_property_readonly("source",
                             [](const InstrumentInfo& i) { return std::string(i.source); })
      .def("__repr__", [](const InstrumentInfo& i) {
        return "InstrumentInfo('" + std::string(i.code) + "', '" + std::string(i.name) + "')";
      });

  m.def("instruments", &instruments, "All instruments, ordered by id (list of InstrumentInfo).");
  m.def(
      "instrument", [](const InstrumentArg& id) { return instrument(id.id); },
      py::arg("instrument"),
      R"(The facts of one instrument.

Parameters
----------
instrument : InstrumentId or str
    An id, or a code compared without case, '-', '_' and spaces ('who5', 'WHO-5',
    'inspire-o', 'multi_area').

Returns
-------
InstrumentInfo

Raises
------
rorkit.NotFoundError
    For an unknown code.)");
}

void bind_measure_results(py::module_& m) {
  py::class_<Score>(m, "Score", "A scored response to an instrument.")
      .def_readonly("instrument", &Score::instrument)
      .def_readonly("raw", &Score::raw, "Item sum (prorated when items were missing).")
      .def_readonly("score", &Score::score,
                    "On the reporting scale: WHO-5 0-100, ORS/SRS 0-40, QPR-15 0-60, "
                    "Brief INSPIRE-O 0-100, multi_area 1-10.")
      .def_readonly("answered", &Score::answered, "Items present.")
      .def_readonly("prorated", &Score::prorated,
                    "True when missing items were replaced by the answered items' mean.")
      .def_readonly("band", &Score::band)
      .def_readonly("interpretation", &Score::interpretation)
      .def("__float__", [](const Score& s) { return s.score; })
      .def("__repr__", [](const Score& s) {
        return "Score(" + std::string(to_string(s.instrument)) + ": " + fmt(s.score) + ", " +
               std::string(to_string(s.band)) + (s.prorated ? ", prorated" : "") + ")";
      });

  py::class_<RciParams>(m, "RciParams",
                        R"(Jacobson-Truax parameters.

SE = sd * sqrt(1 - reliability), S_diff = sqrt(2) * SE; a change is reliable when
|after - before| / S_diff >= z.

Parameters
----------
sd : float
    Standard deviation of the score (> 0).
reliability : float
    Reliability, e.g. Cronbach's alpha, in [0, 1).
z : float, default 1.96
    The critical value (1.96 for p < .05).)")
      .def(py::init([](double sd, double reliability, double z) {
             return RciParams{sd, reliability, z};
           }),
           py::arg("sd"), py::arg("reliability"), py::arg("z") = 1.96)
      .def_readwrite("sd", &RciParams::sd)
      .def_readwrite("reliability", &RciParams::reliability)
      .def_readwrite("z", &RciParams::z)
      .def("__repr__", [](const RciParams& p) {
        return "RciParams(sd=" + fmt(p.sd) + ", reliability=" + fmt(p.reliability) +
               ", z=" + fmt(p.z) + ")";
      });

  py::class_<ReliableChange>(m, "ReliableChange", "A classified change between two scores.")
      .def_readonly("difference", &ReliableChange::difference, "after - before.")
      .def_readonly("rci", &ReliableChange::rci,
                    "difference / s_diff; positive = better for every instrument here.")
      .def_readonly("s_diff", &ReliableChange::s_diff)
      .def_readonly("classification", &ReliableChange::classification)
      .def("__repr__", [](const ReliableChange& r) {
        return "ReliableChange(difference=" + fmt(r.difference) + ", rci=" + fmt(r.rci) + ", " +
               std::string(to_string(r.classification)) + ")";
      });
}

void bind_measurements(py::module_& m) {
  py::class_<Measurement> measurement(m, "Measurement",
                          R"(One administered measure.

Parameters
----------
instrument : InstrumentId or str
date : datetime.date or str
    An ISO 'YYYY-MM-DD' string is accepted too.
items : sequence of float or None, or numpy.ndarray
    Responses in the instrument's order; None (or NaN) for a missing item.
id : str, default ''
recorded_by : str, default ''
areas : list of str, optional
    multi_area only: the area names, one per item.)");
  measurement
      .def(py::init(&make_measurement), py::arg("instrument"), py::arg("date"), py::arg("items"),
           py::arg("id") = Utf8{}, py::arg("recorded_by") = Utf8{},
           py::arg("areas") = py::none())
      .def_property(
          "id", [](const Measurement& x) { return x.id; },
          [](Measurement& x, const Utf8& v) { x.id = v.value; })
      .def_property(
          "instrument", [](const Measurement& x) { return x.instrument; },
          [](Measurement& x, const InstrumentArg& v) { x.instrument = v.id; })
      .def_readwrite("date", &Measurement::date)
      .def_property(
          "items", [](const Measurement& x) { return x.items; },
          [](Measurement& x, const ItemsArg& v) { x.items = v.items; },
          "The responses as a list of float, None for missing.")
      .def_property(
          "recorded_by", [](const Measurement& x) { return x.recorded_by; },
          [](Measurement& x, const Utf8& v) { x.recorded_by = v.value; })
      .def_property(
          "areas", [](const Measurement& x) { return x.areas; },
          [](Measurement& x, const std::vector<Utf8>& v) {
            x.areas.clear();
            for (const auto& a : v) x.areas.push_back(a.value);
          })
      .def("__repr__", [](const Measurement& x) {
        return "Measurement(" + std::string(to_string(x.instrument)) + ", " + x.date.iso() +
               (x.id.empty() ? "" : ", id='" + x.id + "'") + ")";
      });
  value_ops(measurement);

  py::class_<SeriesPoint>(m, "SeriesPoint", "A scored point of a series.")
      .def_readonly("id", &SeriesPoint::id, "The measurement's id.")
      .def_readonly("date", &SeriesPoint::date)
      .def_readonly("score", &SeriesPoint::score)
      .def_readonly("since_baseline", &SeriesPoint::since_baseline,
                    "The change since the first (earliest) point.")
      .def("__repr__", [](const SeriesPoint& p) {
        return "SeriesPoint(" + p.date.iso() + ", " + fmt(p.score.score) + ", " +
               std::string(to_string(p.since_baseline.classification)) + ")";
      });
}

}  // namespace

void bind_measures(py::module_& m) {
  py::enum_<InstrumentId>(m, "InstrumentId", "The outcome instruments.")
      .value("who5", InstrumentId::who5)
      .value("ors", InstrumentId::ors)
      .value("srs", InstrumentId::srs)
      .value("qpr15", InstrumentId::qpr15)
      .value("inspire_o", InstrumentId::inspire_o)
      .value("multi_area", InstrumentId::multi_area);
  py::enum_<ScoreBand>(m, "ScoreBand", "Which side of the cut-off a score is on.")
      .value("none", ScoreBand::none)
      .value("clinical", ScoreBand::clinical)
      .value("non_clinical", ScoreBand::non_clinical);
  py::enum_<ChangeClass>(m, "ChangeClass", "How a change between two scores is classified.")
      .value("no_reliable_change", ChangeClass::no_reliable_change)
      .value("reliably_improved", ChangeClass::reliably_improved)
      .value("reliably_deteriorated", ChangeClass::reliably_deteriorated)
      .value("recovered", ChangeClass::recovered);

  bind_info(m);
  bind_measure_results(m);
  bind_measurements(m);

  m.def(
      "score",
      [](const InstrumentArg& instrument, const ItemsArg& items,
         std::optional<std::int32_t> max_missing) {
        return score(instrument.id, items.items, options_arg(max_missing));
      },
      py::arg("instrument"), py::arg("items"), py::arg("max_missing") = py::none(),
      R"(Score item responses.

Parameters
----------
instrument : InstrumentId or str
    For example ``rorkit.InstrumentId.who5`` or ``'who5'``.
items : sequence of float or None, or numpy.ndarray
    Responses in the instrument's order. None, NaN or pandas.NA mark a missing item.
max_missing : int, optional
    Items that may be missing; they are then prorated from the answered items' mean. Default:
    the instrument's ``max_missing_default`` (0, except 2 for QPR-15).

Returns
-------
Score

Raises
------
rorkit.ItemOutOfRangeError
    An item outside its scale, or not a whole number where one is required; the message names
    the item (numbered from 1) and the allowed range.
rorkit.MissingItemsError
    More items missing than allowed, or all of them.
rorkit.InvalidArgumentError
    The wrong number of items.)");

  m.def(
      "band_of", [](const InstrumentArg& instrument, double s) { return band_of(instrument.id, s); },
      py::arg("instrument"), py::arg("score"),
      "The ScoreBand of a score on the instrument's reporting scale.");

  m.def(
      "default_rci_params",
      [](const InstrumentArg& instrument) { return default_rci_params(instrument.id); },
      py::arg("instrument"),
      R"(The instrument's default Jacobson-Truax parameters.

A published reliability, and the SD that makes 1.96 x S_diff equal the documented reliable change
(docs/measures.md; the SD is a reconstruction [I]).

Returns
-------
RciParams)");

  m.def(
      "reliable_change",
      [](const InstrumentArg& instrument, double before, double after,
         std::optional<RciParams> params) {
        return reliable_change(instrument.id, before, after, params);
      },
      py::arg("instrument"), py::arg("before"), py::arg("after"), py::arg("params") = py::none(),
      R"(Classify the change between two scores of one instrument (Jacobson-Truax).

Parameters
----------
instrument : InstrumentId or str
before, after : float
    Scores on the instrument's reporting scale.
params : RciParams, optional
    Default: ``default_rci_params(instrument)``.

Returns
-------
ReliableChange
    ``recovered`` when reliably improved from the clinical to the non-clinical band.

Raises
------
rorkit.OutOfRangeError
    A score outside the instrument's score range.
rorkit.InvalidArgumentError
    Impossible parameters (sd <= 0, reliability outside [0, 1), z <= 0).)");

  m.def(
      "series",
      [](const std::vector<Measurement>& measurements, const InstrumentArg& instrument,
         std::optional<std::int32_t> max_missing) {
        const InstrumentId id = instrument.id;
        const ScoreOptions options = options_arg(max_missing);
        py::gil_scoped_release release;
        return series(measurements, id, options);
      },
      py::arg("measurements"), py::arg("instrument"), py::arg("max_missing") = py::none(),
      R"(A citizen's series on one instrument.

Parameters
----------
measurements : list of Measurement
    Measurements of other instruments are skipped.
instrument : InstrumentId or str
max_missing : int, optional
    As for :func:`score`.

Returns
-------
list of SeriesPoint
    In date order (equal dates keep their input order), each compared with the first.

Raises
------
rorkit.ItemOutOfRangeError, rorkit.MissingItemsError, rorkit.InvalidArgumentError
    As for :func:`score`, the message naming the measurement's id (or its index) and date.)");
}

}  // namespace rorkit::python
