// The compiled module rorkit._rorkit; `import rorkit` re-exports it (bindings/python/rorkit).

#include "bindings.hpp"
#include "rorkit/rorkit.hpp"

namespace rorkit::python {

std::string utf8_from_python(PyObject* str) {
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(str, &size);
  if (data == nullptr) {
    PyErr_Clear();
    fail(RORKIT_ERROR_INVALID_UTF8,
         "text argument cannot be encoded as UTF-8 (it holds a lone surrogate)");
  }
  return std::string(data, static_cast<std::size_t>(size));
}

Date date_from_python(py::handle h) {
  if (PyUnicode_Check(h.ptr())) return Date::parse(utf8_from_python(h.ptr()));
  Date d{PyDateTime_GET_YEAR(h.ptr()), PyDateTime_GET_MONTH(h.ptr()), PyDateTime_GET_DAY(h.ptr())};
  return d;
}

py::object date_to_python(const Date& d) {
  if (!PyDateTimeAPI) PyDateTime_IMPORT;
  PyObject* o = PyDate_FromDate(d.year, d.month, d.day);
  if (o == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(o);
}

}  // namespace rorkit::python

PYBIND11_MODULE(_rorkit, m) {
  namespace rp = rorkit::python;
  PyDateTime_IMPORT;
  m.doc() = "rorkit compiled core. Use `import rorkit` rather than this module.";
  m.attr("__version__") = rorkit::version();
  m.attr("ABI_VERSION") = RORKIT_ABI_VERSION;
  rp::bind_errors(m);
  rp::bind_core(m);
  rp::bind_calendar(m);
  rp::bind_io(m);
  rp::bind_measures(m);
  rp::bind_plan_model(m);
  rp::bind_plan(m);
  rp::bind_caseload(m);
  rp::bind_course(m);
  rp::bind_keyfig(m);
}
