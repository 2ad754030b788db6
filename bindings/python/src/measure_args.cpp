// Conversions from Python for the measures bindings (measure_args.hpp).

#include "measure_args.hpp"

#include <cmath>
#include <cstring>
#include <string>

#include "rorkit/core/error.hpp"

namespace rorkit::python {

// An InstrumentId, or a code string such as "who5" or "inspire-o".
InstrumentId instrument_arg(py::handle h) {
  if (PyUnicode_Check(h.ptr())) return instrument(utf8_from_python(h.ptr())).id;
  try {
    return h.cast<InstrumentId>();
  } catch (const py::cast_error&) {
    throw py::type_error("instrument must be a rorkit.InstrumentId or a code string such as "
                         "'who5', not " + std::string(Py_TYPE(h.ptr())->tp_name));
  }
}

namespace {

// pandas.NA cannot be turned into a float; it means "missing" like None.
bool is_pandas_na(py::handle h) { return std::strcmp(Py_TYPE(h.ptr())->tp_name, "NAType") == 0; }

Items items_from_array(const py::array& a) {
  auto arr = py::array_t<double, py::array::c_style | py::array::forcecast>::ensure(a);
  if (!arr) throw py::error_already_set();
  if (arr.ndim() != 1)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "items must be one-dimensional, got " + std::to_string(arr.ndim()) + " dimensions");
  Items out(static_cast<std::size_t>(arr.shape(0)));
  auto view = arr.unchecked<1>();
  for (py::ssize_t i = 0; i < arr.shape(0); ++i)
    if (!std::isnan(view(i))) out[static_cast<std::size_t>(i)] = view(i);
  return out;
}

}  // namespace

// A sequence with None (or NaN, or pandas.NA) for missing items, or a numeric numpy array with
// NaN for missing items.
Items items_from_python(py::handle obj) {
  if (PyUnicode_Check(obj.ptr()) || PyBytes_Check(obj.ptr()))
    throw py::type_error("items must be a sequence of numbers, not a string");
  if (py::isinstance<py::array>(obj)) {
    auto a = py::reinterpret_borrow<py::array>(obj);
    const char kind = a.dtype().kind();
    if (kind == 'f' || kind == 'i' || kind == 'u' || kind == 'b') return items_from_array(a);
    if (a.ndim() != 1)
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           "items must be one-dimensional, got " + std::to_string(a.ndim()) + " dimensions");
  }
  Items out;
  std::size_t i = 0;
  for (py::handle item : py::iter(obj)) {
    if (item.is_none() || is_pandas_na(item)) {
      out.emplace_back();
    } else {
      const double v = PyFloat_AsDouble(item.ptr());
      if (v == -1.0 && PyErr_Occurred()) {
        PyErr_Clear();
        throw py::type_error("items[" + std::to_string(i) + "] is a " +
                             std::string(Py_TYPE(item.ptr())->tp_name) +
                             ", not a number or None");
      }
      if (std::isnan(v))
        out.emplace_back();
      else
        out.emplace_back(v);
    }
    ++i;
  }
  return out;
}

}  // namespace rorkit::python
