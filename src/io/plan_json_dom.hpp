#pragma once
// The plan-document reader's view of a simdjson DOM: typed getters that throw
// Error(RORKIT_ERROR_SCHEMA) naming the JSON pointer of the offending value, and a walk over an
// object's members that sorts them into known (by index into a name table), duplicate, missing
// and unknown. The pointer is a chain of stack frames, turned into text only on an error, so a
// document that reads cleanly costs no path strings. Private to the library.

#include <simdjson.h>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "io/plan_json_detail.hpp"
#include "rorkit/core/date.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/plan/plan.hpp"

namespace rorkit::plan_json_detail {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

/// A JSON pointer as a chain of frames on the stack.
struct Path {
  const Path* parent = nullptr;
  std::string_view key;
  std::size_t index = 0;
  bool is_index = false;

  [[nodiscard]] Path operator/(std::string_view k) const noexcept { return Path{this, k, 0, false}; }
  [[nodiscard]] Path operator[](std::size_t i) const noexcept { return Path{this, {}, i, true}; }
  /// "/goals/2/lifecycle" ("~" and "/" in keys escaped as RFC 6901 says); the root is "".
  [[nodiscard]] std::string str() const;
};

/// Throws Error(status, "<path>: <what>"); the root is shown as "(document)".
[[noreturn]] void fail_at(rorkit_status status, const Path& path, std::string_view what);
/// The same with RORKIT_ERROR_SCHEMA.
[[noreturn]] void schema_error(const Path& path, std::string_view what);
/// `"value" is not one of a, b, c` (the value cut short and made printable).
[[noreturn]] void bad_code(const Path& path, std::string_view value, std::string_view allowed);

/// Untrusted text for a message: in quotes, cut short, control characters as '?'.
using text::shown;

object as_object(element e, const Path& p);
array as_array(element e, const Path& p);
std::string_view as_view(element e, const Path& p);
inline std::string as_string(element e, const Path& p) { return std::string(as_view(e, p)); }
bool as_bool(element e, const Path& p);
/// Any JSON number; integers are converted.
double as_number(element e, const Path& p);
/// A JSON integer (no fraction, no exponent) in [lo, hi].
std::int64_t as_integer(element e, const Path& p, std::int64_t lo, std::int64_t hi);
std::uint64_t as_uint64(element e, const Path& p);
inline constexpr std::int64_t kInt32Min = std::numeric_limits<std::int32_t>::min();
inline constexpr std::int64_t kInt32Max = std::numeric_limits<std::int32_t>::max();
/// A JSON integer in [lo, hi], which default to the int32 range.
inline std::int32_t as_int32(element e, const Path& p, std::int64_t lo = kInt32Min,
                             std::int64_t hi = kInt32Max) {
  return static_cast<std::int32_t>(as_integer(e, p, lo, hi));
}
inline void assign(std::string& dst, element v, const Path& p) { dst.assign(as_view(v, p)); }
/// A bit mask of the first n members of a walk's name table (the required ones).
constexpr std::uint32_t first(int n) { return (1u << n) - 1u; }
/// The member-name tables of the walks.
using Names = std::string_view;
/// "YYYY-MM-DD" naming a real date, else Error(RORKIT_ERROR_INVALID_DATE) with the path.
Date as_date(element e, const Path& p);
Timestamp as_timestamp(element e, const Path& p);
std::vector<std::string> as_strings(element e, const Path& p);
/// The value as compact JSON text.
std::string raw_json(element e);

template <class E>
E as_code(element e, const Path& p) {
  std::string_view s = as_view(e, p);
  if (auto v = parse_code<E>(s)) return *v;
  bad_code(p, s, allowed_codes<E>());
}

/// Where a walk puts members it does not know: the struct's own `unknown`, or a stash object
/// (see plan_json_detail.hpp) for structs that have none.
struct UnknownSink {
  UnknownFields* fields = nullptr;
  std::string* stash = nullptr;
  void add(std::string_view key, element value) const;
};

[[noreturn]] void missing_member(const Path& p, std::string_view name);

/// Walks the members of the object `e`: calls on_known(index, value, path) for a member named
/// names[index] (skipping null for members not in `required`, so null means "absent"), sends
/// unknown members to `sink`, and throws SCHEMA for a member given twice or a required one
/// (bit i of `required` = names[i]) that is missing.
template <std::size_t N, class OnKnown>
void walk(element e, const Path& path, const std::array<std::string_view, N>& names,
          std::uint32_t required, const UnknownSink& sink, OnKnown&& on_known) {
  static_assert(N <= 32, "a bit per member");
  object obj = as_object(e, path);
  std::uint32_t seen = 0;
  // The writer puts members in table order, leaving out absent ones: search onwards from the
  // member after the last, wrapping round, so a written document costs about one compare each.
  std::size_t next = 0;
  for (auto member : obj) {
    std::size_t i = N;
    for (std::size_t k = 0, at = next; k < N; ++k, at = at + 1 == N ? 0 : at + 1)
      if (names[at] == member.key) {
        i = at;
        break;
      }
    next = i + 1 >= N ? 0 : i + 1;
    if (i == N) {
      sink.add(member.key, member.value);
      continue;
    }
    const std::uint32_t bit = 1u << i;
    if (seen & bit) schema_error(path / names[i], "the member appears twice");
    seen |= bit;
    if (!(required & bit) && member.value.is_null()) continue;
    on_known(i, member.value, path / names[i]);
  }
  if (std::uint32_t absent = required & ~seen)
    for (std::size_t i = 0; i < N; ++i)
      if (absent & (1u << i)) missing_member(path, names[i]);
}

// The readers of each object of a plan document; `path` is where the value sits. They fill a
// default-constructed object in place (no moves of large structs into vectors and variants).
void read_citizen(element e, const Path& path, Citizen& out);
void read_aspiration(element e, const Path& path, Aspiration& out);
void read_resource(element e, const Path& path, Resource& out);
void read_network_member(element e, const Path& path, NetworkMember& out);
void read_goal(element e, const Path& path, Goal& out);
void read_action(element e, const Path& path, Action& out);
void read_followup(element e, const Path& path, FollowUp& out);
/// Unknown members go to `stash` (a Measurement has no `unknown`).
void read_measurement(element e, const Path& path, std::string* stash, Measurement& out);
void read_section141(element e, const Path& path, Section141& out);
FollowUpRule read_followup_rule(element e, const Path& path, std::string* stash);
/// A whole document; `history_allowed` is false for a snapshot payload.
void read_plan(element e, const Path& path, bool history_allowed, Plan& out);
void read_event(element e, const Path& path, PlanEvent& out);

}  // namespace rorkit::plan_json_detail
