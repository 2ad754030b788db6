#pragma once
// Argument conversions of the measures bindings: an instrument given as a rorkit.InstrumentId or
// a code string, and item responses given as a sequence (None for missing) or a numpy array (NaN
// for missing). The casters name the accepted types in signatures, so the stub is precise.

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <optional>
#include <vector>

#include "bindings.hpp"
#include "rorkit/measures/instruments.hpp"

namespace rorkit::python {

using Items = std::vector<std::optional<double>>;

/// An instrument argument: a rorkit.InstrumentId or a code string ("who5", "inspire-o").
struct InstrumentArg {
  InstrumentId id = InstrumentId::who5;
};
/// Item responses: a sequence with None for missing, or a numeric numpy array with NaN.
struct ItemsArg {
  Items items;
};

InstrumentId instrument_arg(py::handle h);
Items items_from_python(py::handle obj);

}  // namespace rorkit::python

namespace pybind11::detail {

template <>
struct type_caster<rorkit::python::InstrumentArg> {
  PYBIND11_TYPE_CASTER(rorkit::python::InstrumentArg, const_name("InstrumentId | str"));

  bool load(handle src, bool /*convert*/) {
    if (!src) return false;
    value.id = rorkit::python::instrument_arg(src);  // raises for anything else
    return true;
  }

  static handle cast(const rorkit::python::InstrumentArg& a, return_value_policy policy,
                     handle parent) {
    return make_caster<rorkit::InstrumentId>::cast(a.id, policy, parent);
  }
};

template <>
struct type_caster<rorkit::python::ItemsArg> {
  PYBIND11_TYPE_CASTER(rorkit::python::ItemsArg,
                       const_name("collections.abc.Sequence[float | None] | "
                                  "numpy.typing.NDArray[numpy.float64]"));

  bool load(handle src, bool /*convert*/) {
    if (!src) return false;
    value.items = rorkit::python::items_from_python(src);  // raises for anything else
    return true;
  }

  static handle cast(const rorkit::python::ItemsArg& a, return_value_policy policy,
                     handle parent) {
    return make_caster<rorkit::python::Items>::cast(a.items, policy, parent);
  }
};

}  // namespace pybind11::detail
