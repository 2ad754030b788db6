// Key figures: the catalogue, areas, cells and the Panel with zero-copy numpy views of its five
// arrays, reading (StatBank CSV, the panel CSV), writing and suppression. The analytics and the
// microdata engine are bound in bind_keyfig_analytics.cpp and bind_keyfig_microdata.cpp.

#include <pybind11/operators.h>
#include <pybind11/typing.h>

#include <fstream>
#include <sstream>

#include "keyfig_bindings.hpp"
#include "value_ops.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/panel.hpp"
#include "rorkit/keyfig/panel_csv.hpp"
#include "rorkit/keyfig/statbank.hpp"
#include "rorkit/keyfig/suppression.hpp"

namespace rorkit::python {

std::string text_or_file(const py::object& source, const char* what) {
  if (PyUnicode_Check(source.ptr())) {
    std::string s = utf8_from_python(source.ptr());
    if (s.find('\n') != std::string::npos || s.find('\r') != std::string::npos) return s;
  } else if (!py::hasattr(source, "__fspath__")) {
    throw py::type_error(std::string(what) + " must be the text itself (a str with line breaks) "
                         "or a path (str or os.PathLike)");
  }
  py::object path = py::module_::import("os").attr("fspath")(source);
  if (!PyUnicode_Check(path.ptr())) throw py::type_error(std::string(what) + ": bytes paths are not supported");
  const std::string name = utf8_from_python(path.ptr());
  std::ifstream in(name, std::ios::binary);
  if (!in) fail(RORKIT_ERROR_IO, std::string(what) + ": cannot open \"" + name + "\"");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) fail(RORKIT_ERROR_IO, std::string(what) + ": cannot read \"" + name + "\"");
  return buf.str();
}

namespace {

std::string file_name(const py::object& source) {
  if (PyUnicode_Check(source.ptr())) {
    std::string s = utf8_from_python(source.ptr());
    if (s.find('\n') != std::string::npos || s.find('\r') != std::string::npos) return "CSV";
    return s;
  }
  return py::str(py::module_::import("os").attr("fspath")(source));
}

template <class E>
void add_code(py::module_& m, const char* name) {
  auto e = py::reinterpret_borrow<py::class_<E>>(m.attr(name));
  e.def_property_readonly(
      "code", [](E v) { return std::string(to_code(v)); },
      "The stable text code (panel CSV, JSON, the tidy frame), e.g. ``'suppressed'``.");
}

void bind_enums(py::module_& m) {
  py::enum_<FigureSource>(m, "FigureSource", "Where a key figure's data come from.")
      .value("register_data", FigureSource::register_data)
      .value("self_collected", FigureSource::self_collected);
  py::enum_<FigureUnit>(m, "FigureUnit", "How a figure's value is made from its counts.")
      .value("percent", FigureUnit::percent)
      .value("per_10000", FigureUnit::per_10000)
      .value("per_100", FigureUnit::per_100)
      .value("score", FigureUnit::score)
      .value("count", FigureUnit::count);
  py::enum_<Direction>(m, "Direction", "Which way is better for a figure.")
      .value("higher_is_better", Direction::higher_is_better)
      .value("lower_is_better", Direction::lower_is_better)
      .value("neutral", Direction::neutral);
  py::enum_<Averaging>(m, "Averaging", "How the figures of several areas combine.")
      .value("weighted", Averaging::weighted, "sum of numerators / sum of denominators")
      .value("unweighted", Averaging::unweighted, "plain mean of the areas' values");
  py::enum_<AreaKind>(m, "AreaKind", "The country, a region or a municipality.")
      .value("country", AreaKind::country)
      .value("region", AreaKind::region)
      .value("municipality", AreaKind::municipality);
  // The member for a cell with a value is `has_value` (code 'value'): a member named `value`
  // would hide the enum's own `.value` (its integer).
  py::enum_<CellStatus>(m, "CellStatus", "Whether a panel cell has a number (the status array).")
      .value("has_value", CellStatus::value, "a value (code 'value')")
      .value("true_zero", CellStatus::true_zero)
      .value("missing", CellStatus::missing)
      .value("suppressed", CellStatus::suppressed);
  py::enum_<CellReason>(m, "CellReason", "Why a cell has no number (the reason array).")
      .value("none", CellReason::none)
      .value("not_reported", CellReason::not_reported)
      .value("zero_denominator", CellReason::zero_denominator)
      .value("source_missing", CellReason::source_missing)
      .value("incomplete_followup", CellReason::incomplete_followup)
      .value("series_break", CellReason::series_break)
      .value("non_positive", CellReason::non_positive)
      .value("small_numerator", CellReason::small_numerator)
      .value("small_denominator", CellReason::small_denominator)
      .value("complementary", CellReason::complementary);
  add_code<FigureSource>(m, "FigureSource");
  add_code<FigureUnit>(m, "FigureUnit");
  add_code<Direction>(m, "Direction");
  add_code<Averaging>(m, "Averaging");
  add_code<AreaKind>(m, "AreaKind");
  add_code<CellStatus>(m, "CellStatus");
  add_code<CellReason>(m, "CellReason");
}

void bind_catalogue(py::module_& m) {
  py::class_<KeyFigure> kf(m, "KeyFigure", "One key figure of the catalogue (read-only).");
  kf.def_readonly("id", &KeyFigure::id, "``'kf01'`` ... ``'kf20'``.")
      .def_readonly("number", &KeyFigure::number)
      .def_readonly("name_da", &KeyFigure::name_da)
      .def_readonly("name_en", &KeyFigure::name_en)
      .def_readonly("theme", &KeyFigure::theme)
      .def_readonly("source", &KeyFigure::source)
      .def_readonly("numerator", &KeyFigure::numerator, "The numerator's definition in words.")
      .def_readonly("denominator", &KeyFigure::denominator, "The denominator's definition in words.")
      .def_readonly("unit", &KeyFigure::unit)
      .def_readonly("direction", &KeyFigure::direction)
      .def_readonly("averaging", &KeyFigure::averaging)
      .def_readonly("provisional", &KeyFigure::provisional,
                    "True for rorkit's reconstruction (not the official definition).")
      .def_readonly("note", &KeyFigure::note)
      .def("__repr__", [](const KeyFigure& k) { return "KeyFigure('" + k.id + "', '" + k.name_en + "')"; });
  copy_ops(kf);

  py::class_<Catalogue> cat(m, "Catalogue", R"(The key-figure catalogue: what each figure means.

``Catalogue.builtin()`` is rorkit's reconstruction of the 20 figures (provisional);
``Catalogue.from_json`` reads an edited copy of ``data/keyfig/catalogue.json``.)");
  cat.def(py::init([]() { return Catalogue::builtin(); }), "A copy of the builtin catalogue.")
      .def_static("builtin", []() { return Catalogue::builtin(); }, "The builtin catalogue (a copy).")
      .def_static(
          "from_json", [](const py::object& source) { return Catalogue::from_json(text_or_file(source, "catalogue")); },
          py::arg("source"),
          R"(Reads a catalogue document.

Parameters
----------
source : str or os.PathLike
    The JSON text, or a path to a file holding it.

Raises
------
ParseError, SchemaError, DuplicateError, UnsupportedVersionError)")
      .def("to_json", &Catalogue::to_json, py::arg("pretty") = true, "The catalogue as JSON text.")
      .def_property_readonly("figures", &Catalogue::figures, "The figures in catalogue order.")
      .def("find", [](const Catalogue& c, const Utf8& id) -> std::optional<KeyFigure> {
             const KeyFigure* k = c.find(id.value);
             return k ? std::optional<KeyFigure>(*k) : std::nullopt;
           }, py::arg("id"), "The figure with an id, or None.")
      .def("__getitem__", [](const Catalogue& c, const Utf8& id) { return c.at(id.value); },
           py::arg("id"), "The figure with an id; NotFoundError when absent.")
      .def("__contains__", [](const Catalogue& c, const Utf8& id) { return c.find(id.value) != nullptr; },
           py::arg("id"))
      .def("__len__", &Catalogue::size)
      .def("__iter__",
           [](const Catalogue& c) -> py::typing::Iterator<KeyFigure> {
             return py::iter(py::cast(c.figures()));
           })
      .def("__repr__", [](const Catalogue& c) { return "Catalogue(" + std::to_string(c.size()) + " figures)"; });
  value_ops(cat);
}

void bind_area_cell(py::module_& m) {
  py::class_<Area> area(m, "Area", "An area as StatBank names it: the country, a region or a municipality.");
  area.def_readonly("code", &Area::code, "``'000'``, ``'081'``, ``'730'``.")
      .def_readonly("kind", &Area::kind)
      .def_readonly("name", &Area::name)
      .def("__repr__", [](const Area& a) { return "Area('" + a.code + "', '" + a.name + "')"; });
  value_ops(area);
  m.def("standard_areas", &standard_areas, py::arg("year") = py::none(),
        R"(The standard areas: the country, the regions (in force on 1 July of ``year``, or all
six when None) and the 98 municipalities, in code order.)");
  m.def("find_area", [](const Utf8& q) { return find_area(q.value); }, py::arg("code_or_label"),
        R"(An area by StatBank code (``'000'``, ``'081'``, ``'101'``, ``'0101'``) or label
(``'Hele landet'``, ``'Thisted'``); NotFoundError naming the query.)");

  py::class_<Cell> cell(m, "Cell", "A copy of one panel cell.");
  cell.def_readonly("value", &Cell::value, "NaN unless status is value or true_zero.")
      .def_readonly("numerator", &Cell::numerator, "NaN when the cell has no counts.")
      .def_readonly("denominator", &Cell::denominator)
      .def_readonly("status", &Cell::status)
      .def_readonly("reason", &Cell::reason)
      .def("__repr__", [](const Cell& c) {
        return "Cell(" + std::string(py::str(py::float_(c.value))) + ", " +
               std::string(to_code(c.status)) + ", " + std::string(to_code(c.reason)) + ")";
      });
  py::class_<SuppressionReport>(m, "SuppressionReport", "Cells newly withheld by Panel.suppress.")
      .def_readonly("primary", &SuppressionReport::primary)
      .def_readonly("complementary", &SuppressionReport::complementary)
      .def("__repr__", [](const SuppressionReport& r) {
        return "SuppressionReport(primary=" + std::to_string(r.primary) +
               ", complementary=" + std::to_string(r.complementary) + ")";
      });
}

py::array array_view(const py::object& self, const std::vector<double>& v) {
  const Panel& p = self.cast<const Panel&>();
  return readonly_view(v.empty() ? nullptr : v.data(),
                       {static_cast<py::ssize_t>(p.figure_ids().size()),
                        static_cast<py::ssize_t>(p.year_count()),
                        static_cast<py::ssize_t>(p.areas().size())},
                       self);
}

py::array byte_view(const py::object& self, const std::vector<std::uint8_t>& v) {
  const Panel& p = self.cast<const Panel&>();
  return readonly_view(v.empty() ? nullptr : v.data(),
                       {static_cast<py::ssize_t>(p.figure_ids().size()),
                        static_cast<py::ssize_t>(p.year_count()),
                        static_cast<py::ssize_t>(p.areas().size())},
                       self);
}

constexpr const char* view_note = R"(

Returns
-------
numpy.ndarray
    Shape ``(len(figures), len(years), len(areas))``, read-only, sharing memory with the panel
    (no copy; ``base`` is the panel, which stays alive as long as the array does).)";

}  // namespace

void bind_keyfig_panel(py::module_& m) {
  bind_enums(m);
  bind_catalogue(m);
  bind_area_cell(m);

  py::class_<Panel> cls(m, "Panel", R"(Key figures by area, year and figure.

Each cell has a value, numerator, denominator, status and reason. The five arrays are numpy
views of the library's memory (``values``, ``numerators``, ``denominators``, ``status``,
``reason``), shape ``(figures, years, areas)``. A cell without a number holds NaN, never 0.
Make one with ``Panel.from_statbank_csv``, ``Panel.from_csv`` or
``KeyFigureAggregates.to_panel``.)");
  cls.def_static(
         "from_statbank_csv",
         [](const py::object& source, const Utf8& figure, const std::vector<Utf8>& select,
            std::optional<std::string> decimal, std::optional<Utf8> area_column) {
           StatbankOptions o;
           o.source = file_name(source);
           if (decimal) {
             if (*decimal != "," && *decimal != ".")
               fail(RORKIT_ERROR_INVALID_ARGUMENT, "decimal must be ',' or '.' (None: detect)");
             o.decimal = (*decimal)[0];
           }
           if (area_column) o.area_column = area_column->value;
           std::vector<std::string> sel;
           for (const auto& s : select) sel.push_back(s.value);
           const std::string text = text_or_file(source, "StatBank CSV");
           return statbank_to_panel(read_statbank_csv(text, o), figure.value, sel);
         },
         py::arg("source"), py::arg("figure"), py::arg("select") = std::vector<Utf8>{},
         py::arg("decimal") = py::none(), py::arg("area_column") = py::none(),
         R"(A panel of one figure from a Danmarks Statistik StatBank CSV.

Parameters
----------
source : str or os.PathLike
    The CSV text (a str with line breaks) or a path to the file.
figure : str
    The id the figure gets in the panel, e.g. ``'kf01'``.
select : list of str, optional
    ``'VAR=VALUE'`` for each variable other than area and time, e.g. ``['KØN=TOT']``.
decimal : {',', '.'}, optional
    The decimal mark; None detects it.
area_column : str, optional
    The area column's name; None: ``OMRÅDE`` or the first column holding areas.

Raises
------
ParseError, NotFoundError, DuplicateError, SchemaError
    Naming the file, line and column (malformed rows, unknown area codes or labels, a second
    row for a cell).)")
      .def_static(
          "from_csv",
          [](const py::object& source, const Catalogue* catalogue) {
            PanelCsvOptions o;
            o.source = file_name(source);
            return panel_from_csv(text_or_file(source, "panel CSV"), o, catalogue_arg(catalogue));
          },
          py::arg("source"), py::arg("catalogue") = py::none(),
          R"(Reads the tidy panel CSV (``area;year;figure;value;numerator;denominator;status;reason``).

Parameters
----------
source : str or os.PathLike
    The CSV text or a path.
catalogue : Catalogue, optional
    Gives the units the counts are checked with (default: the builtin catalogue).

Raises
------
ParseError, NotFoundError, DuplicateError, InvalidArgumentError
    Naming the line and column: malformed rows, unknown areas, a second row for a cell,
    negative counts, a zero denominator given as a value, values that do not match the counts.)")
      .def("to_csv", [](const Panel& p) { return panel_to_csv(p); },
           "The tidy panel CSV text (one row per cell; empty fields where a cell has no number).")
      .def_property_readonly(
          "areas",
          [](const Panel& p) {
            std::vector<std::string> out;
            for (const auto& a : p.areas()) out.push_back(a.code);
            return out;
          },
          "The area codes in panel order (the last axis of the arrays).")
      .def_property_readonly("area_list", &Panel::areas, "The areas (code, kind, name) in panel order.")
      .def_property_readonly(
          "years",
          [](const Panel& p) {
            std::vector<std::int32_t> out;
            for (std::int32_t y = p.first_year(); y <= p.last_year(); ++y) out.push_back(y);
            return out;
          },
          "The years, first to last (the middle axis).")
      .def_property_readonly("figures", &Panel::figure_ids, "The figure ids (the first axis).")
      .def_property_readonly(
          "shape",
          [](const Panel& p) {
            return py::make_tuple(p.figure_ids().size(), p.year_count(), p.areas().size());
          },
          "``(figures, years, areas)``.")
      .def_property_readonly(
          "values", [](const py::object& self) { return array_view(self, self.cast<const Panel&>().values()); },
          (std::string("The values (float64; NaN where a cell has no value).") + view_note).c_str())
      .def_property_readonly(
          "numerators", [](const py::object& self) { return array_view(self, self.cast<const Panel&>().numerators()); },
          (std::string("The numerators (float64; NaN where a cell has no counts).") + view_note).c_str())
      .def_property_readonly(
          "denominators", [](const py::object& self) { return array_view(self, self.cast<const Panel&>().denominators()); },
          (std::string("The denominators (float64; NaN where a cell has no counts).") + view_note).c_str())
      .def_property_readonly(
          "status", [](const py::object& self) { return byte_view(self, self.cast<const Panel&>().statuses()); },
          (std::string("CellStatus values (uint8).") + view_note).c_str())
      .def_property_readonly(
          "reason", [](const py::object& self) { return byte_view(self, self.cast<const Panel&>().reasons()); },
          (std::string("CellReason values (uint8).") + view_note).c_str())
      .def("cell",
           [](const Panel& p, const Utf8& area, std::int32_t year, const Utf8& figure) {
             return p.cell(area.value, year, figure.value);
           },
           py::arg("area"), py::arg("year"), py::arg("figure"),
           R"(A copy of one cell.

Parameters
----------
area : str
    A code as the panel stores it (``'730'``) or any StatBank form (``'0730'``, ``'Randers'``).
year : int
figure : str

Raises
------
NotFoundError, OutOfRangeError)")
      .def("suppress",
           [](Panel& p, std::int32_t threshold, bool complementary) {
             SuppressionOptions o;
             o.threshold = threshold;
             o.complementary = complementary;
             SuppressionReport r;
             // The work happens on a copy so that a failure changes nothing. Copy-assigning it
             // back (not moving) keeps the storage, which has the same size, so numpy views
             // taken before see the result instead of dangling.
             Panel copy = p;
             {
               py::gil_scoped_release release;
               r = suppress(copy, o);
             }
             p = copy;
             return r;
           },
           py::arg("threshold") = 5, py::arg("complementary") = true,
           R"(Statistical disclosure control, in place.

A cell with counts whose numerator or denominator is 1 .. threshold-1 is suppressed; with
``complementary``, further cells so that none can be recovered from a region or country total.
Suppressed cells keep status and reason; their numbers become NaN. Idempotent.

Parameters
----------
threshold : int, default 5
    0 or 1 turns primary suppression off; negative raises InvalidArgumentError.
complementary : bool, default True

Returns
-------
SuppressionReport
    How many cells were newly withheld.)")
      .def("find_recoverable", [](const Panel& p) { return find_recoverable_cell(p); },
           "The first suppressed cell that a published total would reveal, as ``'figure area "
           "year'``, or ``''`` when the panel is safe.")
      .def("to_pandas",
           [](const py::object& self) {
             return py::module_::import("rorkit.keyfig").attr("_panel_to_pandas")(self);
           },
           R"(The panel as a tidy pandas DataFrame, one row per cell.

Returns
-------
pandas.DataFrame
    Columns ``area``, ``area_name``, ``year`` (int64), ``figure``, ``value`` (float64, NaN when
    the cell has no value), ``numerator``, ``denominator`` (float64), ``status``, ``reason``
    (the codes, e.g. ``'suppressed'``, ``'small_numerator'``); rows by area, year, figure.)")
      .def("__repr__", [](const Panel& p) {
        return "Panel(" + std::to_string(p.figure_ids().size()) + " figures x " +
               std::to_string(p.year_count()) + " years " +
               (p.year_count() ? std::to_string(p.first_year()) + "-" + std::to_string(p.last_year()) : std::string()) +
               " x " + std::to_string(p.areas().size()) + " areas)";
      });
  value_ops(cls);
}

void bind_keyfig(py::module_& m) {
  bind_keyfig_panel(m);
  bind_keyfig_microdata(m);   // names Panel
  bind_keyfig_analytics(m);   // html_report names KeyFigureAggregates
}

}  // namespace rorkit::python
