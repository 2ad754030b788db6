#pragma once
// Shared pieces of the citizen-plan bindings (bind_plan_*.cpp, bind_caseload.cpp): the caster
// for change timestamps, text attributes that take a Python str through the Utf8 caster, and
// the registration functions the three public entry points (bind_plan_model, bind_plan,
// bind_caseload) call in order.

#include <pybind11/stl.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "bindings.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/plan/edit.hpp"
#include "rorkit/plan/plan.hpp"

namespace rorkit::python {

/// A moment given by Python: an ISO UTC string "YYYY-MM-DDTHH:MM:SSZ" or a timezone-aware
/// datetime.datetime (converted to UTC). Only an argument type; timestamps go out as str.
struct TimestampArg {
  Timestamp value;
};

/// Timestamp text for an option where "" means now: a str is passed on as it is (the library
/// validates it), a timezone-aware datetime.datetime is converted to UTC text.
struct TimestampText {
  std::string text;
};

/// The Timestamp of a str or an aware datetime.datetime; a naive datetime raises
/// InvalidDateError. Returns false (so pybind11 tries the next overload) for other types.
bool timestamp_from_python(py::handle h, Timestamp& out);

/// The Change of an edit: `by` must name someone; `at` None = now.
Change make_change(const Utf8& by, const std::optional<TimestampArg>& at, const Utf8& why);

/// Strings from Python through the Utf8 caster, so that a lone surrogate raises
/// InvalidUtf8Error rather than TypeError.
std::vector<std::string> strings_of(const std::vector<Utf8>& v);

/// A read/write str attribute over a std::string member.
template <class C, class Cls>
void text_attr(Cls& cls, const char* name, std::string C::*member, const char* doc) {
  cls.def_property(
      name, [member](const C& c) { return c.*member; },
      [member](C& c, const Utf8& v) { c.*member = v.value; }, doc);
}

/// A read/write list[str] attribute over a std::vector<std::string> member (assigned whole).
template <class C, class Cls>
void text_list_attr(Cls& cls, const char* name, std::vector<std::string> C::*member,
                    const char* doc) {
  cls.def_property(
      name, [member](const C& c) { return c.*member; },
      [member](C& c, const std::vector<Utf8>& v) { c.*member = strings_of(v); }, doc);
}

/// Unknown JSON members as Python gives them (name, JSON text) for an entry's `unknown`.
using UnknownArg = std::vector<std::pair<Utf8, Utf8>>;
inline UnknownFields unknown_of(const UnknownArg& u) {
  UnknownFields out;
  for (const auto& [k, v] : u) out.emplace_back(k.value, v.value);
  return out;
}

/// Unknown JSON members as (name, raw JSON) tuples.
template <class C, class Cls>
void unknown_attr(Cls& cls) {
  cls.def_property(
      "unknown", [](const C& c) { return c.unknown; },
      [](C& c, const UnknownArg& v) { c.unknown = unknown_of(v); },
      "JSON members rorkit does not know, as (name, raw JSON text) pairs in document order; "
      "kept verbatim so a newer document survives a read/write round trip.");
}

/// A Collection from the enum or its code ("goals").
Collection collection_arg(const std::variant<Collection, Utf8>& c);

/// An enum from the member or its text code ("on-hold"); InvalidArgumentError lists the codes.
template <class E>
E enum_arg(const std::variant<E, Utf8>& v, const char* what) {
  if (const auto* e = std::get_if<E>(&v)) return *e;
  const std::string& code = std::get<Utf8>(v).value;
  if (auto e = parse_code<E>(code)) return *e;
  fail(RORKIT_ERROR_INVALID_ARGUMENT, std::string("unknown ") + what + " \"" + code +
                                          "\"; allowed: " + std::string(allowed_codes<E>()));
}

/// "'text'" shortened to about `max` characters for a __repr__.
std::string short_text(const std::string& text, std::size_t max = 40);

/// The code of an enum value ("active", "sel-85" ...) for __repr__ texts.
template <class E>
std::string code_text(E v) {
  return std::string(to_code(v));
}

/// Plans above this many entries (history events included) are read and written with the GIL
/// released; smaller ones are not worth the hand-over.
bool worth_releasing_gil(const Plan& plan);
/// JSON texts above this size are parsed with the GIL released.
inline constexpr std::size_t release_gil_bytes = 64 * 1024;

// Registration, in this order (later ones name the classes of earlier ones in signatures).
void bind_plan_codes(py::module_& m);
void bind_plan_entries(py::module_& m);  // calls the two below, in this order
void bind_plan_goal_entries(py::module_& m);
void bind_plan_followup_entries(py::module_& m);
void bind_plan_results(py::module_& m);
void bind_plan_class(py::module_& m);
void bind_plan_edits(py::class_<Plan>& cls);
void bind_plan_queries(py::class_<Plan>& cls);

}  // namespace rorkit::python

namespace pybind11::detail {

template <>
struct type_caster<rorkit::python::TimestampArg> {
  PYBIND11_TYPE_CASTER(rorkit::python::TimestampArg, const_name("str | datetime.datetime"));

  bool load(handle src, bool /*convert*/) {
    return src && rorkit::python::timestamp_from_python(src, value.value);
  }

  static handle cast(const rorkit::python::TimestampArg& t, return_value_policy, handle) {
    const std::string& s = t.value.str();
    return PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), nullptr);
  }
};

template <>
struct type_caster<rorkit::python::TimestampText> {
  PYBIND11_TYPE_CASTER(rorkit::python::TimestampText, const_name("str | datetime.datetime"));

  bool load(handle src, bool /*convert*/) {
    if (!src) return false;
    if (PyUnicode_Check(src.ptr())) {
      value.text = rorkit::python::utf8_from_python(src.ptr());
      return true;
    }
    rorkit::Timestamp t;
    if (!rorkit::python::timestamp_from_python(src, t)) return false;
    value.text = t.str();
    return true;
  }

  static handle cast(const rorkit::python::TimestampText& t, return_value_policy, handle) {
    return PyUnicode_DecodeUTF8(t.text.data(), static_cast<Py_ssize_t>(t.text.size()), nullptr);
  }
};

}  // namespace pybind11::detail
