#pragma once
// Shared pieces of the key-figure bindings (bind_keyfig*.cpp): read-only numpy views of memory
// a Python object owns, text-or-path arguments, and the registration order (the panel and the
// catalogue first, then the microdata engine, then the analytics and the report that name both).

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <cstddef>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "rorkit/keyfig/catalogue.hpp"

namespace rorkit::python {

void bind_keyfig_panel(py::module_& m);
void bind_keyfig_microdata(py::module_& m);
void bind_keyfig_analytics(py::module_& m);

/// A read-only numpy array over `data` (not copied) whose base is `owner`, so the memory stays
/// alive as long as the array does. `shape` in elements, C order.
template <class T>
py::array readonly_view(const T* data, const std::vector<py::ssize_t>& shape, py::handle owner) {
  std::vector<py::ssize_t> strides(shape.size());
  py::ssize_t step = static_cast<py::ssize_t>(sizeof(T));
  for (std::size_t i = shape.size(); i-- > 0;) {
    strides[i] = step;
    step *= shape[i];
  }
  // numpy needs a non-null pointer even for an empty array.
  static const T empty{};
  py::array a(py::dtype::of<T>(), shape, strides, data != nullptr ? data : &empty, owner);
  a.attr("setflags")(py::arg("write") = false);
  return a;
}

/// The text of a `str` holding the document itself (it has a line break) or of a file named by
/// a path (`str` without a line break, or any os.PathLike). Errors: IoError naming the path.
std::string text_or_file(const py::object& source, const char* what);

/// The catalogue argument: None means the builtin catalogue.
inline const Catalogue& catalogue_arg(const Catalogue* c) {
  return c == nullptr ? Catalogue::builtin() : *c;
}

}  // namespace rorkit::python
