#pragma once
// Shared pieces of the pybind11 module: the datetime.date <-> rorkit::Date caster and the
// per-area registration functions.

#include <pybind11/pybind11.h>
// datetime.h needs Python.h first, which pybind11 includes. Its PyDateTimeAPI is static per
// translation unit, hence the lazy PyDateTime_IMPORT wherever it is used.
#include <datetime.h>

#include <string>

#include "rorkit/core/date.hpp"

namespace rorkit::python {

namespace py = pybind11;

void bind_errors(py::module_& m);
void bind_core(py::module_& m);
void bind_calendar(py::module_& m);
void bind_io(py::module_& m);
void bind_measures(py::module_& m);
// Citizen plans: the data model first, then Plan (names the model classes and Measurement in
// its signatures, so it comes after bind_measures), then Caseload.
void bind_plan_model(py::module_& m);
void bind_plan(py::module_& m);
void bind_caseload(py::module_& m);
// The strategic development course (bind_course*.cpp): codes, model, results, then Course.
// After the plans: it names Finding, PrincipleTally, PhaseWindow and CalendarEvent.
void bind_course(py::module_& m);
// Key figures (bind_keyfig*.cpp): catalogue and Panel, the microdata engine, the analytics.
void bind_keyfig(py::module_& m);

/// Text from Python as UTF-8. Unlike pybind11's std::string caster, a str holding a lone
/// surrogate raises rorkit.InvalidUtf8Error (a ValueError) instead of a TypeError about
/// incompatible arguments.
struct Utf8 {
  std::string value;
};

/// The UTF-8 bytes of a Python str; throws Error(RORKIT_ERROR_INVALID_UTF8) for lone surrogates.
std::string utf8_from_python(PyObject* str);

/// A rorkit::Date from a datetime.date (not a datetime) or an ISO "YYYY-MM-DD" string.
Date date_from_python(py::handle h);
/// A new datetime.date.
py::object date_to_python(const Date& d);

}  // namespace rorkit::python

namespace pybind11::detail {

// datetime.date (or an ISO string) in, datetime.date out.
template <>
struct type_caster<rorkit::Date> {
  PYBIND11_TYPE_CASTER(rorkit::Date, const_name("datetime.date"));

  bool load(handle src, bool /*convert*/) {
    if (!src) return false;
    if (!PyUnicode_Check(src.ptr())) {
      if (!PyDateTimeAPI) PyDateTime_IMPORT;
      if (!PyDate_Check(src.ptr()) || PyDateTime_Check(src.ptr())) return false;
    }
    value = rorkit::python::date_from_python(src);  // throws rorkit::Error for bad strings
    return true;
  }

  static handle cast(const rorkit::Date& d, return_value_policy, handle) {
    return rorkit::python::date_to_python(d).release();
  }
};

template <>
struct type_caster<rorkit::python::Utf8> {
  PYBIND11_TYPE_CASTER(rorkit::python::Utf8, const_name("str"));

  bool load(handle src, bool /*convert*/) {
    if (!src || !PyUnicode_Check(src.ptr())) return false;
    value.value = rorkit::python::utf8_from_python(src.ptr());
    return true;
  }

  static handle cast(const rorkit::python::Utf8& s, return_value_policy, handle) {
    return PyUnicode_DecodeUTF8(s.value.data(), static_cast<Py_ssize_t>(s.value.size()), nullptr);
  }
};

}  // namespace pybind11::detail
