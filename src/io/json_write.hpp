#pragma once
// Writing rorkit documents other than the plan (a course, its entries) with the plan document's
// Writer (plan_json_writer.hpp): the generic pieces the plan writer keeps to itself. Private to
// the library.

#include <string_view>
#include <vector>

#include "io/plan_json_detail.hpp"
#include "io/plan_json_writer.hpp"

namespace rorkit::plan_json_detail {

/// The unknown members of a struct, verbatim and in order, except the stashes named (members
/// that hold a child's unknown members under the child's known name; plan_json_detail.hpp).
inline void write_unknown(Writer& w, const UnknownFields& fields, std::string_view stash1 = {},
                          std::string_view stash2 = {}) {
  for (const auto& [name, raw] : fields) {
    if ((!stash1.empty() && name == stash1) || (!stash2.empty() && name == stash2)) continue;
    w.unknown_key(name);
    w.raw(raw);
  }
}

/// A list member: `write(w, item)` for each item.
template <class T, class Write>
void write_list(Writer& w, std::string_view name, const std::vector<T>& items, Write&& write) {
  w.key(name);
  w.begin_array();
  for (const auto& item : items) {
    w.next();
    write(w, item);
  }
  w.end_array();
}

}  // namespace rorkit::plan_json_detail
