#pragma once
// The course document: JSON with "format": "rorkit-course" and a version, published as
// docs/schemas/course.schema.json and described in docs/course-format.md. Lossless round trip of
// every known member. Unknown members are kept, in order, by the objects whose struct has an
// `unknown` (the course, a person, a group, the registration, a meeting, an activity, a trial
// action, a survey); the other objects accept them and drop them.

#include <string>
#include <string_view>

#include "rorkit/course/model.hpp"

namespace rorkit {

inline constexpr std::string_view course_format_name = "rorkit-course";
inline constexpr int course_format_version = 1;

/// Reads one course document. Errors as plan_from_json, each naming where: PARSE (line,
/// column), SCHEMA (JSON path; wrong type, missing member, unknown code with the allowed ones),
/// UNSUPPORTED_VERSION, INVALID_DATE, OUT_OF_RANGE (a score outside 1-5, a minute outside the
/// day), DATE_ORDER (a range that ends before it starts), NOT_FOUND (no such municipality),
/// DUPLICATE (an id twice in a list), DANGLING_REFERENCE (a member, group, owner, coordinator or
/// registration person that is not in the organisation), VALIDATION (a response without one
/// score per dimension).
Course course_from_json(std::string_view json);
/// Writes one course document (UTF-8, no BOM); `pretty` indents two spaces and ends with a
/// newline, otherwise one line.
std::string course_to_json(const Course& course, bool pretty = false);

}  // namespace rorkit
