#pragma once
// What the plan-document reader and writer share: string escaping and the "stash" for unknown
// members of objects whose C++ struct has no `unknown` of its own. Private to the library.
//
// The stash. GoalTarget, Party, SpecialCircumstances, GoalAssessment, Measurement, FollowUpRule,
// GoalTransition and PlanHeader carry no UnknownFields, yet a document written by a newer version
// may give them members this one does not know. Those members are kept in the `unknown` of the
// nearest enclosing struct that has one, under the *known* member name of the child (a name a
// real unknown member can never have, since the reader consumes known members and rejects them
// twice). The value is a JSON object:
//   single child  (Goal "target", Action "responsible", Section141 "special",
//                  Plan "followup_rule", PlanEvent "payload"):  {"member": raw, ...}
//   list of children (FollowUp "assessments" by goal_id, Plan "measurements" by id):
//                  {"<key>": {"member": raw, ...}, ...}
// The writer puts each member back into the child it came from.

#include <string>
#include <string_view>

#include "rorkit/plan/plan.hpp"

namespace rorkit::plan_json_detail {

inline constexpr std::string_view kStashTarget = "target";
inline constexpr std::string_view kStashResponsible = "responsible";
inline constexpr std::string_view kStashSpecial = "special";
inline constexpr std::string_view kStashAssessments = "assessments";
inline constexpr std::string_view kStashMeasurements = "measurements";
inline constexpr std::string_view kStashFollowupRule = "followup_rule";
inline constexpr std::string_view kStashPayload = "payload";

/// The raw JSON stored under `name`, or nullptr.
inline const std::string* find_unknown(const UnknownFields& fields, std::string_view name) noexcept {
  for (const auto& [n, raw] : fields)
    if (n == name) return &raw;
  return nullptr;
}

/// Appends s as a JSON string: quotes, backslash and control characters escaped (\n \r \t and
/// \u00XX for the rest); every other byte, UTF-8 included, as it is.
void append_json_string(std::string& out, std::string_view s);

/// Appends `"name":raw` members (compact) to a stash object under construction in `out`, which
/// starts as "" and is closed by close_stash.
void append_stash_member(std::string& out, std::string_view name, std::string_view raw);
/// "{...}" from what append_stash_member built; "" stays "".
inline void close_stash(std::string& out) {
  if (!out.empty()) out += '}';
}

}  // namespace rorkit::plan_json_detail
