#pragma once
// The plan document: JSON with a format name and version, published as a JSON Schema
// (docs/schemas/plan.schema.json). Reading is lossless with respect to writing, Danish text is
// kept as UTF-8, and members rorkit does not know are kept verbatim at every level, so a
// document written by a newer version survives being read and written by this one.

#include <string>
#include <string_view>
#include <vector>

#include "rorkit/plan/plan.hpp"

namespace rorkit {

/// The document's "format" member.
inline constexpr std::string_view plan_format_name = "rorkit-plan";
/// The newest "format_version" this library reads and the one it writes.
inline constexpr int plan_format_version = 1;

struct PlanJsonOptions {
  bool pretty = false;          ///< indent two spaces; otherwise one line (JSON Lines friendly)
  bool include_history = true;  ///< false: state only (smaller; versions cannot be rebuilt)
};

/// Reads one plan document. Errors: RORKIT_ERROR_PARSE with line and column for malformed JSON;
/// RORKIT_ERROR_SCHEMA with the JSON path for a wrong type, a missing member or an unknown code;
/// RORKIT_ERROR_UNSUPPORTED_VERSION for a newer format_version; RORKIT_ERROR_INVALID_DATE,
/// DUPLICATE, DANGLING_REFERENCE, VALIDATION, ITEM_OUT_OF_RANGE ... from check_plan().
Plan plan_from_json(std::string_view json);

/// Writes one plan document (UTF-8, no BOM).
std::string plan_to_json(const Plan& plan, const PlanJsonOptions& options = {});

/// Reads JSON Lines: one plan document per non-blank line. Errors name the line number.
std::vector<Plan> plans_from_jsonl(std::string_view text);

/// One entry of a collection, as the JSON object the plan document holds in that list (what
/// rorkit_plan_add takes). Only the shape is checked here; references are checked when the
/// entry is added to a plan. Errors: PARSE (line, column), SCHEMA (path), INVALID_DATE ...
PlanPayload entry_from_json(Collection collection, std::string_view json);
/// The JSON object of one entry (payload holding an Aspiration, Goal, ... Measurement).
std::string entry_to_json(const PlanPayload& entry);
/// The citizen and §141 objects of the plan document.
Citizen citizen_from_json(std::string_view json);
Section141 section141_from_json(std::string_view json);

}  // namespace rorkit
