// The microdata engine: KeyFigureAggregates (merge, pickling through the binary form, zero-copy
// count arrays, the panel), the columnar compute entry point that rorkit.compute_key_figures
// calls with numpy arrays of the exact dtypes (no per-row Python objects; the GIL is released
// while C++ works), and the synthetic nation as numpy arrays sharing the generator's memory.

#include <pybind11/operators.h>
#include <pybind11/typing.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "keyfig_bindings.hpp"
#include "value_ops.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/keyfig/microdata.hpp"
#include "rorkit/keyfig/stair.hpp"
#include "rorkit/keyfig/synthetic.hpp"

namespace rorkit::python {
namespace {

constexpr py::ssize_t kMunis = 98, kFigures = 20, kSteps = 7;

template <class T>
using Arr = py::array_t<T, py::array::c_style>;

template <class T>
Column<T> col(const Arr<T>& a) {
  return Column<T>{a.size() == 0 ? nullptr : a.data(), static_cast<std::size_t>(a.size())};
}

py::bytes to_bytes(const std::string& s) { return py::bytes(s.data(), s.size()); }

KeyFigureAggregates from_bytes(const py::bytes& b) {
  char* data = nullptr;
  py::ssize_t size = 0;
  if (PYBIND11_BYTES_AS_STRING_AND_SIZE(b.ptr(), &data, &size) != 0) throw py::error_already_set();
  return KeyFigureAggregates::deserialize(std::string_view(data, static_cast<std::size_t>(size)));
}

py::array count_view(const py::object& self, const std::vector<std::int64_t>& v, bool stair) {
  const auto& a = self.cast<const KeyFigureAggregates&>();
  const auto years = static_cast<py::ssize_t>(a.empty() ? 0 : a.years());
  std::vector<py::ssize_t> shape = stair ? std::vector<py::ssize_t>{kMunis, years, kSteps, kSteps}
                                         : std::vector<py::ssize_t>{kMunis, years, kFigures};
  return readonly_view(v.empty() ? nullptr : v.data(), shape, self);
}

// One dict per table of read-only arrays over the generator's vectors; every array's base is a
// capsule holding the shared data, so the memory lives until the last array is gone.
py::dict synthetic_tables(std::shared_ptr<SyntheticData> data) {
  auto* keep = new std::shared_ptr<SyntheticData>(data);
  py::capsule owner(keep, [](void* p) { delete static_cast<std::shared_ptr<SyntheticData>*>(p); });
  const SyntheticData& d = *data;
  auto v1 = [&](const auto& vec) {
    return readonly_view(vec.empty() ? nullptr : vec.data(), {static_cast<py::ssize_t>(vec.size())}, owner);
  };
  const auto n = static_cast<py::ssize_t>(d.person_id.size());
  const auto q = static_cast<py::ssize_t>(d.survey_person.size());
  py::dict persons, spells, admissions, surveys, out;
  persons["id"] = v1(d.person_id);
  persons["municipality"] = v1(d.person_municipality);
  persons["birth_year"] = v1(d.birth_year);
  persons["status"] = readonly_view(d.status.empty() ? nullptr : d.status.data(), {n, d.years}, owner);
  persons["first_year"] = d.first_year;
  spells["person"] = v1(d.spell_person);
  spells["municipality"] = v1(d.spell_municipality);
  spells["basis"] = v1(d.spell_basis);
  spells["start"] = v1(d.spell_start);
  spells["end"] = v1(d.spell_end);
  admissions["person"] = v1(d.admission_person);
  admissions["date"] = v1(d.admission_date);
  surveys["person"] = v1(d.survey_person);
  surveys["municipality"] = v1(d.survey_municipality);
  surveys["year"] = v1(d.survey_year);
  surveys["who5"] = readonly_view(d.survey_who5.empty() ? nullptr : d.survey_who5.data(), {q, 5}, owner);
  surveys["recovery"] = v1(d.survey_recovery);
  surveys["satisfaction"] = v1(d.survey_satisfaction);
  surveys["involvement"] = v1(d.survey_involvement);
  surveys["participation"] = v1(d.survey_participation);
  out["persons"] = persons;
  out["spells"] = spells;
  out["admissions"] = admissions;
  out["surveys"] = surveys;
  return out;
}

SyntheticOptions synthetic_options(std::int64_t persons, std::int32_t years, std::uint64_t seed,
                                   std::int32_t first_year, bool surveys) {
  SyntheticOptions o;
  o.persons = persons;
  o.years = years;
  o.seed = seed;
  o.first_year = first_year;
  o.surveys = surveys;
  return o;
}

ComputeOptions compute_options(std::optional<std::int32_t> first_year, std::optional<std::int32_t> last_year,
                               std::int32_t min_age, std::int32_t max_age, std::int32_t threads) {
  ComputeOptions o;
  o.first_year = first_year.value_or(0);
  o.last_year = last_year.value_or(0);
  o.min_age = min_age;
  o.max_age = max_age;
  o.threads = threads;
  return o;
}

}  // namespace

void bind_keyfig_microdata(py::module_& m) {
  py::enum_<StairStep>(m, "StairStep", "The steps of the Indsatstrappe, least to most intrusive.")
      .value("none", StairStep::none)
      .value("low_threshold", StairStep::low_threshold)
      .value("activity", StairStep::activity)
      .value("home_support", StairStep::home_support)
      .value("temporary_housing", StairStep::temporary_housing)
      .value("supported_housing", StairStep::supported_housing)
      .value("long_term_housing", StairStep::long_term_housing);

  py::class_<KeyFigureAggregates> cls(m, "KeyFigureAggregates", R"(Partial key-figure aggregates.

Integer numerators and denominators per municipality, year and figure (scores in thousandths
of a point) plus the Indsatstrappe transition counts. ``a.merge(b)`` adds them, so merging is
associative and commutative: compute over partitions (by municipality, by id range, on Dask or
Spark workers) and merge to get exactly the one-pass result. Pickles through the compact binary
form (``serialize``). ``KeyFigureAggregates()`` is empty, the identity of merge.)");
  cls.def(py::init<>())
      .def_property_readonly("empty", &KeyFigureAggregates::empty, "True for the merge identity (no years).")
      .def_property_readonly("first_year", &KeyFigureAggregates::first_year)
      .def_property_readonly("last_year", &KeyFigureAggregates::last_year)
      .def_property_readonly("min_age", &KeyFigureAggregates::min_age)
      .def_property_readonly("max_age", &KeyFigureAggregates::max_age)
      .def_property_readonly(
          "years",
          [](const KeyFigureAggregates& a) {
            std::vector<std::int32_t> out;
            if (!a.empty())
              for (std::int32_t y = a.first_year(); y <= a.last_year(); ++y) out.push_back(y);
            return out;
          },
          "The years (the second axis of the arrays).")
      .def_property_readonly_static(
          "municipalities",
          [](const py::object&) {
            std::vector<std::int32_t> codes;
            for (const auto& mu : rorkit::municipalities()) codes.push_back(mu.code);
            std::sort(codes.begin(), codes.end());  // slots are in code order
            std::vector<std::string> out;
            for (std::int32_t c : codes) out.push_back(municipality_by_code(c).code3());
            return out;
          },
          "The 98 municipality codes in slot order (the first axis of the arrays).")
      .def_property_readonly(
          "numerators", [](const py::object& self) {
            return count_view(self, self.cast<const KeyFigureAggregates&>().numerators(), false);
          },
          "Numerators, int64, shape (98, years, 20): read-only, no copy (base: the aggregates).")
      .def_property_readonly(
          "denominators", [](const py::object& self) {
            return count_view(self, self.cast<const KeyFigureAggregates&>().denominators(), false);
          },
          "Denominators, int64, shape (98, years, 20): read-only, no copy.")
      .def_property_readonly(
          "stair", [](const py::object& self) {
            return count_view(self, self.cast<const KeyFigureAggregates&>().stair(), true);
          },
          "Indsatstrappe transitions, int64, shape (98, years, 7, 7): [municipality, year, step on "
          "1 January, step on 31 December]. Read-only, no copy.")
      .def("numerator", &KeyFigureAggregates::numerator, py::arg("municipality"), py::arg("year"),
           py::arg("figure"), "The numerator of (municipality code, year, figure number 1-20).")
      .def("denominator", &KeyFigureAggregates::denominator, py::arg("municipality"), py::arg("year"),
           py::arg("figure"), "The denominator of (municipality code, year, figure number 1-20).")
      .def("stair_transition", &KeyFigureAggregates::stair_transition, py::arg("municipality"),
           py::arg("year"), py::arg("from_step"), py::arg("to_step"),
           "Persons on `from_step` on 1 January and on `to_step` on 31 December.")
      .def(
          "stair_shares",
          [](const KeyFigureAggregates& a, std::int32_t municipality, std::int32_t year,
             std::int32_t threshold) {
            const StairShares shares = stair_shares(a, municipality, year, threshold);
            auto as_array = [](const std::vector<std::optional<double>>& side) {
              Arr<double> out(6);
              for (std::size_t i = 0; i < 6; ++i)
                out.mutable_at(i) = side.empty() || !side[i] ? std::nan("") : *side[i];
              return out;
            };
            return py::make_tuple(as_array(shares.start), as_array(shares.end));
          },
          py::arg("municipality"), py::arg("year"), py::arg("threshold") = 5,
          R"(The Indsatstrappe distribution protected for publication: (start, end).

Each is a float64 array of 6: the % of the persons on steps 1-6 (low_threshold ...
long_term_housing) on 1 January and on 31 December, NaN where withheld. A step with 1 to
threshold-1 persons is withheld; when that withholds exactly one step, the smallest other step
is withheld too (the shares add up to 100 %); all six are NaN when fewer than ``threshold``
persons, or none, stood on the stair. The HTML report applies the same rule.

Raises
------
NotFoundError
    An unknown municipality code.
OutOfRangeError
    A year outside the aggregates.
InvalidArgumentError
    A threshold below 0 (0 and 1 withhold nothing).)")
      .def("merge",
           [](const KeyFigureAggregates& a, const KeyFigureAggregates& b) {
             KeyFigureAggregates out = a;
             out.merge(b);
             return out;
           },
           py::arg("other"),
           R"(The sum of two partial results (neither is changed).

Raises
------
InvalidArgumentError
    When the two cover different years or age bands.)")
      .def("__add__",
           [](const KeyFigureAggregates& a, const KeyFigureAggregates& b) {
             KeyFigureAggregates out = a;
             out.merge(b);
             return out;
           },
           py::arg("other"))
      .def_static(
          "merge_all",
          [](const std::vector<const KeyFigureAggregates*>& parts) {
            KeyFigureAggregates out;
            for (const auto* p : parts) {
              if (p == nullptr) fail(RORKIT_ERROR_NULL_POINTER, "merge_all: a part is None");
              out.merge(*p);
            }
            return out;
          },
          py::arg("parts"), "The sum of any number of partial results (empty for none).")
      .def("serialize", [](const KeyFigureAggregates& a) { return to_bytes(a.serialize()); },
           "The compact binary form (bytes; little-endian, magic ``RKFA``).")
      .def_static("deserialize", &from_bytes, py::arg("data"),
                  "Aggregates from ``serialize()`` bytes; ParseError for anything else.")
      .def("to_panel",
           [](const KeyFigureAggregates& a, const Catalogue* catalogue) {
             return a.to_panel(catalogue_arg(catalogue));
           },
           py::arg("catalogue") = py::none(),
           R"(The panel of all areas: municipalities from the counts; regions and the country by
the catalogue's averaging rule.

Raises
------
InvalidStateError
    For empty aggregates.)")
      .def(py::pickle([](const KeyFigureAggregates& a) { return to_bytes(a.serialize()); },
                      [](const py::bytes& b) { return from_bytes(b); }))
      .def("__repr__", [](const KeyFigureAggregates& a) {
        if (a.empty()) return std::string("KeyFigureAggregates(empty)");
        return "KeyFigureAggregates(" + std::to_string(a.first_year()) + "-" + std::to_string(a.last_year()) +
               ", ages " + std::to_string(a.min_age()) + "-" + std::to_string(a.max_age()) + ")";
      });
  value_ops(cls);

  m.def("_compute_aggregates",
        [](const Arr<std::int64_t>& person_id, const Arr<std::int16_t>& person_municipality,
           const Arr<std::int16_t>& birth_year, const Arr<std::uint8_t>& status, std::int32_t status_first_year,
           std::int32_t status_years, const Arr<std::int64_t>& spell_person,
           const Arr<std::int16_t>& spell_municipality, const Arr<std::int8_t>& spell_basis,
           const Arr<std::int32_t>& spell_start, const Arr<std::int32_t>& spell_end,
           const Arr<std::int64_t>& admission_person, const Arr<std::int32_t>& admission_date,
           const Arr<std::int64_t>& survey_person, const Arr<std::int16_t>& survey_municipality,
           const Arr<std::int16_t>& survey_year, const Arr<double>& who5, const Arr<double>& recovery,
           const Arr<double>& satisfaction, const Arr<double>& involvement, const Arr<double>& participation,
           std::optional<std::int32_t> first_year, std::optional<std::int32_t> last_year,
           std::int32_t min_age, std::int32_t max_age, std::int32_t threads) {
          PersonsTable p{col(person_id), col(person_municipality), col(birth_year), col(status),
                         status_first_year, status_years};
          SpellsTable s{col(spell_person), col(spell_municipality), col(spell_basis), col(spell_start),
                        col(spell_end)};
          AdmissionsTable a{col(admission_person), col(admission_date)};
          SurveysTable q{col(survey_person), col(survey_municipality), col(survey_year), col(who5),
                         col(recovery), col(satisfaction), col(involvement), col(participation)};
          const ComputeOptions o = compute_options(first_year, last_year, min_age, max_age, threads);
          // The arrays are held by this call's arguments; C++ only reads them.
          py::gil_scoped_release release;
          return compute_aggregates(p, s, a, q, o);
        },
        py::arg("person_id"), py::arg("person_municipality"), py::arg("birth_year"), py::arg("status"),
        py::arg("status_first_year"), py::arg("status_years"), py::arg("spell_person"),
        py::arg("spell_municipality"), py::arg("spell_basis"), py::arg("spell_start"), py::arg("spell_end"),
        py::arg("admission_person"), py::arg("admission_date"), py::arg("survey_person"),
        py::arg("survey_municipality"), py::arg("survey_year"), py::arg("who5"), py::arg("recovery"),
        py::arg("satisfaction"), py::arg("involvement"), py::arg("participation"),
        py::arg("first_year") = py::none(), py::arg("last_year") = py::none(), py::arg("min_age") = 18,
        py::arg("max_age") = 64, py::arg("threads") = 0,
        "The columnar engine behind rorkit.compute_key_figures (which converts its arguments to "
        "these exact dtypes); use that instead.");

  m.def("_synthetic_tables",
        [](std::int64_t persons, std::int32_t years, std::uint64_t seed, std::int32_t first_year, bool surveys) {
          const SyntheticOptions o = synthetic_options(persons, years, seed, first_year, surveys);
          std::shared_ptr<SyntheticData> data;
          {
            py::gil_scoped_release release;
            data = std::make_shared<SyntheticData>(generate_synthetic(o));
          }
          using Tables = py::typing::Dict<py::str, py::typing::Dict<py::str, py::object>>;
          return Tables(synthetic_tables(std::move(data)));
        },
        py::arg("persons") = 500000, py::arg("years") = 6, py::arg("seed") = 20260101,
        py::arg("first_year") = 2018, py::arg("surveys") = true,
        "The synthetic nation as numpy arrays; use rorkit.synthetic_microdata.");

  m.def("synthetic_aggregates",
        [](std::int64_t persons, std::int32_t years, std::uint64_t seed, std::int32_t first_year,
           bool surveys, std::int32_t threads, std::int32_t min_age, std::int32_t max_age) {
          const SyntheticOptions so = synthetic_options(persons, years, seed, first_year, surveys);
          const ComputeOptions co = compute_options(std::nullopt, std::nullopt, min_age, max_age, threads);
          py::gil_scoped_release release;
          const SyntheticData d = generate_synthetic(so);
          return compute_aggregates(d.persons(), d.spells(), d.admissions(), d.surveys(), co);
        },
        py::arg("persons") = 500000, py::arg("years") = 6, py::arg("seed") = 20260101,
        py::arg("first_year") = 2018, py::arg("surveys") = true, py::arg("threads") = 0,
        py::arg("min_age") = 18, py::arg("max_age") = 64,
        R"(Generates the synthetic nation and computes its aggregates in C++ in one go.

The fast path for demos and benchmarks: nothing crosses into Python but the result. The same
arguments give the same aggregates as ``compute_key_figures(**synthetic_microdata(...))``.

Returns
-------
KeyFigureAggregates)");
}

}  // namespace rorkit::python
