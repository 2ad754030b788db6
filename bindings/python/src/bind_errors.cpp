// rorkit::Error -> the Python exception class for its status (rorkit.errors).

#include "bindings.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit::python {

void bind_errors(py::module_& m) {
  m.def("status_str", [](int status) { return status_str(static_cast<rorkit_status>(status)); },
        py::arg("status"),
        R"(Static English description of a status code.

Parameters
----------
status : int
    A ``rorkit_status`` value, e.g. -7.

Returns
-------
str
    For example ``"not found"``.)");

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const Error& e) {
      // The classes live in pure Python so they can have several bases (NotFoundError is also a
      // LookupError); look the right one up by status.
      py::object errors = py::module_::import("rorkit.errors");
      py::object exc = errors.attr("_from_status")(static_cast<int>(e.status()), e.what());
      PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(exc.ptr())), exc.ptr());
    }
  });
}

}  // namespace rorkit::python
