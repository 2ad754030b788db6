// Municipalities and regions.

#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "rorkit/core/municipality.hpp"

namespace rorkit::python {
namespace {

Date or_today(const std::optional<Date>& on) { return on ? *on : today(); }

}  // namespace

void bind_core(py::module_& m) {
  py::class_<Region>(m, "Region", "A Danish region, valid over a span of dates.")
      .def_readonly("code", &Region::code, "4-digit code, e.g. 1084 (1086 = Østdanmark, provisional).")
      .def_property_readonly("name", [](const Region& r) { return std::string(r.name); })
      .def_property_readonly("statbank_code", &Region::statbank_code,
                             "3-digit StatBank OMRÅDE code, e.g. '084'.")
      .def_readonly("valid_from", &Region::valid_from)
      .def_readonly("valid_to", &Region::valid_to, "Last day in force, or None.")
      .def("valid_on", &Region::valid_on, py::arg("on"), "True when the region exists on `on`.")
      .def(py::self == py::self)
      .def("__hash__", [](const Region& r) { return r.code; })
      .def("__repr__", [](const Region& r) {
        return "Region(" + std::to_string(r.code) + ", '" + std::string(r.name) + "')";
      });

  py::class_<Municipality>(m, "Municipality", "One of Denmark's 98 municipalities.")
      .def_readonly("code", &Municipality::code, "Numeric code, e.g. 101.")
      .def_property_readonly("code3", &Municipality::code3, "StatBank form, '101'.")
      .def_property_readonly("code4", &Municipality::code4, "DAWA/CPR form, '0101'.")
      .def_property_readonly("name", [](const Municipality& x) { return std::string(x.name); })
      .def(
          "region",
          [](const Municipality& x, std::optional<Date> on) { return region_of(x, or_today(on)); },
          py::arg("on") = py::none(),
          R"(The region the municipality belongs to on a date.

Parameters
----------
on : datetime.date, optional
    Defaults to today. From 2027-01-01 Hovedstaden and Sjælland are Region Østdanmark.

Returns
-------
Region)")
      .def(py::self == py::self)
      .def("__hash__", [](const Municipality& x) { return x.code; })
      .def("__repr__", [](const Municipality& x) {
        return "Municipality(" + x.code3() + ", '" + std::string(x.name) + "')";
      });

  m.def("find_municipality", [](const Utf8& q) { return find_municipality(q.value); },
        py::arg("query"),
        R"(Find a municipality by code or name.

Parameters
----------
query : str
    A code ('101', '0101') or a name, case-insensitive, with Danish letters or their ASCII
    spelling ('Høje-Taastrup', 'hoeje taastrup', 'Aabenraa Kommune').

Returns
-------
Municipality

Raises
------
rorkit.NotFoundError
    When nothing matches; the message names the query.)");

  m.def(
      "municipalities",
      [](std::optional<Utf8> region, std::optional<Date> on) {
        if (!region) return municipalities();
        return municipalities_in_region(find_region(region->value).code, or_today(on));
      },
      py::arg("region") = py::none(), py::arg("on") = py::none(),
      R"(All 98 municipalities, or those in a region on a date.

Parameters
----------
region : str, optional
    Region code ('1084', '084') or name ('Region Sjælland').
on : datetime.date, optional
    Date for region membership; defaults to today.

Returns
-------
list of Municipality)");

  m.def("find_region", [](const Utf8& q) { return find_region(q.value); }, py::arg("query"),
        R"(Find a region by code ('1084', '084') or name ('Region Sjælland', 'sjaelland').)");
  m.def(
      "regions", [](std::optional<Date> on) { return regions_on(or_today(on)); },
      py::arg("on") = py::none(), "The regions in force on a date (default today).");
}

}  // namespace rorkit::python
