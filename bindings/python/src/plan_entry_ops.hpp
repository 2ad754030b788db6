#pragma once
// Shared by the files that bind the entries of a plan document (bind_plan_entries.cpp,
// bind_plan_goal_entries.cpp, bind_plan_followup_entries.cpp): JSON and dict round trips of an
// entry through the library's own JSON reader and writer.

#include <pybind11/typing.h>

#include <string>
#include <utility>
#include <variant>

#include "plan_bindings.hpp"
#include "rorkit/io/plan_json.hpp"
#include "value_ops.hpp"

namespace rorkit::python {

inline py::object json_loads(const std::string& text) {
  return py::module_::import("json").attr("loads")(text);
}
inline std::string json_dumps(const py::typing::Dict<py::str, py::object>& d) {
  return py::str(py::module_::import("json").attr("dumps")(d, py::arg("ensure_ascii") = false));
}

// to_json / to_dict / from_json / from_dict for an entry of the plan document.
template <class T, class Read>
void json_ops(py::class_<T>& cls, Read read, const char* what) {
  const std::string to_json_doc = std::string("The ") + what + R"( as the JSON object the plan document holds.

Returns
-------
str
    Compact UTF-8 JSON text; unknown members are written back verbatim.)";
  const std::string from_json_doc = std::string("Read ") + what + R"( from its JSON object.

Parameters
----------
text : str
    One JSON object, as ``to_json`` writes it.

Raises
------
rorkit.ParseError
    Malformed JSON (with line and column).
rorkit.SchemaError
    A wrong type, a missing member or an unknown code (with the JSON path).)";
  cls.def(
         "to_json", [](const T& x) { return entry_to_json(PlanPayload{x}); }, to_json_doc.c_str())
      .def(
          "to_dict", [](const T& x) { return json_loads(entry_to_json(PlanPayload{x})); },
          "The JSON object of ``to_json`` as a dict (codes as str, dates as ISO str).")
      .def_static(
          "from_json", [read](const Utf8& text) { return read(text.value); }, py::arg("text"),
          from_json_doc.c_str())
      .def_static(
          "from_dict",
          [read](const py::typing::Dict<py::str, py::object>& d) { return read(json_dumps(d)); },
          py::arg("data"), "The inverse of ``to_dict``.");
}

template <class T>
T entry_read(Collection c, const std::string& text) {
  PlanPayload p = entry_from_json(c, text);
  return std::get<T>(std::move(p));
}

}  // namespace rorkit::python
