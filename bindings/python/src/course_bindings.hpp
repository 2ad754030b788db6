#pragma once
// Shared pieces of the course bindings (bind_course_*.cpp): enums with text codes, ==/copy for
// value classes, unknown JSON members, and the registration functions that bind_course calls in
// order (later ones name the classes of earlier ones in signatures).

#include <pybind11/operators.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "plan_bindings.hpp"
#include "value_ops.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/course/model.hpp"
#include "rorkit/course/status.hpp"

namespace rorkit::python {

/// A Python enum whose members have `code` (the stable JSON text) and `from_code`.
template <class E>
py::enum_<E> course_enum(py::module_& m, const char* name, const char* doc,
                         std::initializer_list<std::pair<const char*, E>> values) {
  py::enum_<E> e(m, name, doc);
  for (const auto& [n, v] : values) e.value(n, v);
  e.def_property_readonly(
      "code", [](E v) { return std::string(to_code(v)); },
      "The stable text code used in course documents and the C ABI, e.g. ``'forberede'``.");
  e.def_static(
      "from_code",
      [](const Utf8& code) {
        if (auto v = parse_code<E>(code.value)) return *v;
        fail(RORKIT_ERROR_INVALID_ARGUMENT, "unknown code \"" + code.value +
                                                "\"; allowed: " + std::string(allowed_codes<E>()));
      },
      py::arg("code"),
      R"(The member with a text code.

Parameters
----------
code : str
    The code exactly as in a course document (``'joint-start'``, ``'in-progress'``).

Raises
------
rorkit.InvalidArgumentError
    For an unknown code; the message lists the allowed ones.)");
  return e;
}

/// "Fase 1 Forberede" etc. as `name_da`.
template <class E>
void course_danish(py::enum_<E>& e) {
  e.def_property_readonly(
      "name_da", [](E v) { return std::string(danish_name(v)); },
      "Danish display text, e.g. ``'Fase 1 Forberede'``.");
}

/// A course's status on a date together with its Danish text (bound as rorkit.CourseStatus).
struct CourseStatusWithText {
  CourseStatus status;
  std::string text;
};

// Registration, in this order.
void bind_course_codes(py::module_& m);
void bind_course_organisation(py::module_& m);
void bind_course_entries(py::module_& m);
void bind_course_temperature(py::module_& m);
void bind_course_results(py::module_& m);
void bind_course_class(py::module_& m);
/// The reporting methods of Course (bind_course_reports.cpp).
void bind_course_reports(py::class_<Course>& cls);

}  // namespace rorkit::python
