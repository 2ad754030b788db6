#pragma once
// copy.copy, copy.deepcopy and == for the value classes of every area (plans, course, key
// figures): each Python object owns its C++ value, so a copy is the C++ copy.

#include <pybind11/operators.h>
#include <pybind11/typing.h>

#include "bindings.hpp"

namespace rorkit::python {

/// copy.copy and copy.deepcopy.
template <class T>
void copy_ops(py::class_<T>& cls) {
  cls.def("__copy__", [](const T& x) { return T(x); })
      .def(
          "__deepcopy__",
          [](const T& x, const py::typing::Dict<py::int_, py::object>&) { return T(x); },
          py::arg("memo"));
}

/// ==, copy.copy and copy.deepcopy.
template <class T>
void value_ops(py::class_<T>& cls) {
  cls.def(py::self == py::self);
  copy_ops(cls);
}

}  // namespace rorkit::python
