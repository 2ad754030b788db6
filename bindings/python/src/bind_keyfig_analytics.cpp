// Key-figure analytics on a Panel (development, trend, rank, comparisons, most similar) and the
// HTML report.

#include <pybind11/typing.h>

#include <cmath>
#include <sstream>

#include "keyfig_bindings.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/analytics.hpp"
#include "rorkit/keyfig/report.hpp"

namespace rorkit::python {
namespace {

std::string num(double v) { return py::str(py::float_(v)); }

std::string derived_text(const Derived& d) {
  return d.ok() ? num(d.value) : std::string(to_code(d.status)) + "/" + std::string(to_code(d.reason));
}

std::vector<std::string> texts(const std::vector<Utf8>& v) {
  std::vector<std::string> out;
  out.reserve(v.size());
  for (const auto& s : v) out.push_back(s.value);
  return out;
}

void bind_keyfig_results(py::module_& m) {
  py::class_<Derived>(m, "Derived", "A derived number with its status (value meaningful only when ok).")
      .def_property_readonly("value", [](const Derived& d) { return d.ok() ? d.value : std::nan(""); },
                             "The number, or NaN when it does not exist.")
      .def_readonly("status", &Derived::status)
      .def_readonly("reason", &Derived::reason)
      .def_property_readonly("ok", &Derived::ok, "True when status is value or true_zero.")
      .def("__repr__", [](const Derived& d) { return "Derived(" + derived_text(d) + ")"; });

  py::class_<DevelopmentPoint>(m, "DevelopmentPoint", "One year of a development.")
      .def_readonly("year", &DevelopmentPoint::year)
      .def_readonly("level", &DevelopmentPoint::level, "The panel's cell.")
      .def_readonly("change_previous", &DevelopmentPoint::change_previous, "Level minus last year's (points).")
      .def_readonly("change_base", &DevelopmentPoint::change_base, "Level minus the base year's.")
      .def_readonly("index", &DevelopmentPoint::index, "Level / base level x 100.")
      .def("__repr__", [](const DevelopmentPoint& p) {
        return "DevelopmentPoint(" + std::to_string(p.year) + ", level " + num(p.level.value) + ")";
      });

  py::class_<Development>(m, "Development", "An area's series of one figure with its development.")
      .def_readonly("area", &Development::area)
      .def_readonly("figure", &Development::figure)
      .def_readonly("base_year", &Development::base_year)
      .def_readonly("points", &Development::points)
      .def_readonly("cagr", &Development::cagr,
                    "Compound annual growth rate (% per year) from the base year to the last value.")
      .def("__repr__", [](const Development& d) {
        return "Development(" + d.area + ", " + d.figure + ", base " + std::to_string(d.base_year) +
               ", " + std::to_string(d.points.size()) + " years)";
      });

  py::class_<Trend>(m, "Trend", "Least-squares trend of the level on the year, after the last series break.")
      .def_readonly("first_year", &Trend::first_year)
      .def_readonly("last_year", &Trend::last_year)
      .def_readonly("points", &Trend::points)
      .def_readonly("slope", &Trend::slope, "Per year.")
      .def_readonly("intercept", &Trend::intercept)
      .def_readonly("slope_low", &Trend::slope_low)
      .def_readonly("slope_high", &Trend::slope_high)
      .def_readonly("r_squared", &Trend::r_squared)
      .def_readonly("status", &Trend::status)
      .def_readonly("reason", &Trend::reason)
      .def("__repr__", [](const Trend& t) {
        return "Trend(slope " + num(t.slope) + " per year, " + std::to_string(t.points) + " points, " +
               std::string(to_code(t.status)) + ")";
      });

  py::class_<Rank>(m, "Rank", "Rank among the municipalities (1 = best by the figure's direction).")
      .def_readonly("rank", &Rank::rank)
      .def_readonly("of", &Rank::of)
      .def_readonly("percentile", &Rank::percentile)
      .def_readonly("status", &Rank::status)
      .def_readonly("reason", &Rank::reason)
      .def("__repr__", [](const Rank& r) {
        return "Rank(" + std::to_string(r.rank) + " of " + std::to_string(r.of) + ", " +
               std::string(to_code(r.status)) + ")";
      });

  py::class_<Comparison>(m, "Comparison",
                         "A comparison with a reference, stating its averaging rule and member count.")
      .def_readonly("reference", &Comparison::reference, "``'000'``, a region code, or ``'group'``.")
      .def_readonly("members", &Comparison::members, "The areas averaged (for a computed reference).")
      .def_readonly("averaging", &Comparison::averaging)
      .def_readonly("member_count", &Comparison::member_count, "Members with a value in that year.")
      .def_readonly("reference_value", &Comparison::reference_value)
      .def_readonly("difference", &Comparison::difference, "Area minus reference (points).")
      .def_readonly("rule", &Comparison::rule, "The averaging rule in words.")
      .def("__repr__", [](const Comparison& c) {
        return "Comparison(" + c.reference + ": " + derived_text(c.reference_value) + ", difference " +
               derived_text(c.difference) + ")";
      });
}

}  // namespace

void bind_keyfig_analytics(py::module_& m) {
  bind_keyfig_results(m);
  auto cls = py::reinterpret_borrow<py::class_<Panel>>(m.attr("Panel"));
  cls.def("development",
          [](const Panel& p, const Utf8& area, const Utf8& figure, std::optional<std::int32_t> base_year) {
            return development(p, area.value, figure.value, base_year);
          },
          py::arg("area"), py::arg("figure"), py::arg("base_year") = py::none(),
          R"(Development of one area and figure over the panel's years.

Parameters
----------
area : str
figure : str
base_year : int, optional
    Default: the first year.

Returns
-------
Development
    Per year the level, the change from the previous and the base year and the index; the CAGR.
    Nothing crosses a series break; missing and suppressed cells stay missing.)")
      .def("trend",
           [](const Panel& p, const Utf8& area, const Utf8& figure, double confidence) {
             return trend(p, area.value, figure.value, confidence);
           },
           py::arg("area"), py::arg("figure"), py::arg("confidence") = 0.95,
           "Least-squares trend with a confidence interval for the slope (needs 3 points after "
           "the last series break).")
      .def("rank",
           [](const Panel& p, const Utf8& municipality, std::int32_t year, const Utf8& figure,
              const Catalogue* catalogue) {
             return rank(p, municipality.value, year, figure.value, catalogue_arg(catalogue));
           },
           py::arg("municipality"), py::arg("year"), py::arg("figure"), py::arg("catalogue") = py::none(),
           "Rank and percentile among the municipalities with a value (ties share the best rank).")
      .def("compare_with_country",
           [](const Panel& p, const Utf8& area, std::int32_t year, const Utf8& figure, const Catalogue* catalogue) {
             return compare_with_country(p, area.value, year, figure.value, catalogue_arg(catalogue));
           },
           py::arg("area"), py::arg("year"), py::arg("figure"), py::arg("catalogue") = py::none(),
           "Compares with the whole country (the panel's 000 cell, or computed from the municipalities).")
      .def("compare_with_region",
           [](const Panel& p, const Utf8& municipality, std::int32_t year, const Utf8& figure,
              const Catalogue* catalogue) {
             return compare_with_region(p, municipality.value, year, figure.value, catalogue_arg(catalogue));
           },
           py::arg("municipality"), py::arg("year"), py::arg("figure"), py::arg("catalogue") = py::none(),
           "Compares with the municipality's region in that year (Region Østdanmark from 2027).")
      .def("compare_with_group",
           [](const Panel& p, const Utf8& area, const std::vector<Utf8>& group, std::int32_t year,
              const Utf8& figure, const Catalogue* catalogue, std::optional<Averaging> averaging) {
             return compare_with_group(p, area.value, texts(group), year, figure.value,
                                       catalogue_arg(catalogue), averaging);
           },
           py::arg("area"), py::arg("group"), py::arg("year"), py::arg("figure"),
           py::arg("catalogue") = py::none(), py::arg("averaging") = py::none(),
           R"(Compares with a group of municipalities.

Parameters
----------
area : str
group : list of str
    Municipality codes or names, each once.
year : int
figure : str
catalogue : Catalogue, optional
averaging : Averaging, optional
    Default: the catalogue's rule for the figure.

Returns
-------
Comparison
    With the rule in words and the number of members that had a value.)")
      .def("structural_variables",
           [](const Panel& p, std::int32_t year, const std::vector<Utf8>& figures) {
             const auto rows = structural_variables(p, year, texts(figures));
             const auto k = static_cast<py::ssize_t>(figures.size());
             py::array_t<double> out({static_cast<py::ssize_t>(rows.size()), k});
             auto w = out.mutable_unchecked<2>();
             for (std::size_t i = 0; i < rows.size(); ++i)
               for (py::ssize_t j = 0; j < k; ++j) w(static_cast<py::ssize_t>(i), j) = rows[i][static_cast<std::size_t>(j)];
             return out;
           },
           py::arg("year"), py::arg("figures"),
           "The figures' values in a year, one row per municipality of the panel (NaN where missing).")
      .def("most_similar",
           [](const Panel& p, const Utf8& municipality, std::int32_t year, const std::vector<Utf8>& figures,
              std::size_t k) {
             const auto vars = structural_variables(p, year, texts(figures));
             std::vector<std::string> codes;
             for (const auto& a : p.areas())
               if (a.kind == AreaKind::municipality) codes.push_back(a.code);
             const std::string target = p.areas()[p.area_index(municipality.value)].code;
             return most_similar(codes, vars, target, k);
           },
           py::arg("municipality"), py::arg("year"),
           py::arg("figures") = std::vector<Utf8>{Utf8{"kf01"}, Utf8{"kf11"}, Utf8{"kf13"}},
           py::arg("k") = 5,
           "The k municipalities most like this one on the figures' values in a year "
           "(z-scored Euclidean distance; ties by code).");

  m.def("most_similar",
        [](const std::vector<Utf8>& municipalities, const py::array_t<double, py::array::c_style | py::array::forcecast>& variables,
           const Utf8& municipality, std::size_t k) {
          if (variables.ndim() != 2)
            fail(RORKIT_ERROR_INVALID_ARGUMENT, "variables must be a 2-D array (municipalities x variables)");
          std::vector<std::vector<double>> rows(static_cast<std::size_t>(variables.shape(0)));
          auto r = variables.unchecked<2>();
          for (py::ssize_t i = 0; i < variables.shape(0); ++i)
            for (py::ssize_t j = 0; j < variables.shape(1); ++j) rows[static_cast<std::size_t>(i)].push_back(r(i, j));
          return most_similar(texts(municipalities), rows, municipality.value, k);
        },
        py::arg("municipalities"), py::arg("variables"), py::arg("municipality"), py::arg("k") = 5,
        R"(The k municipalities most like one, on structural variables.

Parameters
----------
municipalities : list of str
    Codes, one per row of ``variables``.
variables : array_like, shape (n, v)
    NaN for a missing value (treated as R's ``dist()`` does).
municipality : str
k : int

Returns
-------
list of str
    Codes, nearest first (standardised Euclidean distance; ties by code).)");

  m.def("html_report",
        [](const Panel& panel, const Utf8& municipality, std::optional<std::int32_t> year,
           const std::vector<Utf8>& group, const Utf8& title, const Utf8& data_note, bool suppress,
           std::int32_t threshold, bool complementary, const KeyFigureAggregates* stair,
           const Catalogue* catalogue) {
          ReportOptions o;
          o.municipality = municipality.value;
          o.year = year;
          o.comparison_group = texts(group);
          o.title = title.value;
          o.data_note = data_note.value;
          if (suppress)
            o.suppression = SuppressionOptions{threshold, complementary};
          else
            o.suppression = std::nullopt;
          const Catalogue& cat = catalogue_arg(catalogue);
          py::gil_scoped_release release;
          return html_report(panel, o, cat, stair);
        },
        py::arg("panel"), py::arg("municipality"), py::arg("year") = py::none(),
        py::arg("group") = std::vector<Utf8>{}, py::arg("title") = Utf8{""},
        py::arg("data_note") = Utf8{""}, py::arg("suppress") = true, py::arg("threshold") = 5,
        py::arg("complementary") = true, py::arg("stair") = py::none(),
        py::arg("catalogue") = py::none(),
        R"(A self-contained HTML report for one municipality (made in C++; inline SVG, no scripts).

Parameters
----------
panel : Panel
municipality : str
    Code or name.
year : int, optional
    Default: the panel's last year.
group : list of str, optional
    The comparison group; default: the 5 municipalities most similar on kf01, kf11 and kf13.
title : str, optional
data_note : str, optional
    Shown in the report, e.g. ``'Synthetic data'``.
suppress : bool, default True
    Disclosure control on a copy of the panel before drawing (threshold, complementary).
threshold : int, default 5
complementary : bool, default True
stair : KeyFigureAggregates, optional
    Adds the Indsatstrappe section.
catalogue : Catalogue, optional

Returns
-------
str
    The HTML document.)");
}

}  // namespace rorkit::python
