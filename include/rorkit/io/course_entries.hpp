#pragma once
// Single entries of a course document as JSON: a meeting and a trial action, as the items of
// the document's "meetings" and "trial_actions" lists (docs/schemas/course.schema.json). Used by
// the C ABI and the CLI to add entries given by hand and to hand out the meeting list.

#include <string>
#include <string_view>
#include <vector>

#include "rorkit/course/model.hpp"

namespace rorkit {

/// One meeting object. Errors as course_from_json (PARSE with line and column; SCHEMA,
/// INVALID_DATE, DATE_ORDER with the JSON pointer inside the object); references are not
/// checked here (add_meeting does that).
Meeting meeting_from_json(std::string_view json);
std::string meeting_to_json(const Meeting& meeting, bool pretty = false);
/// A JSON array of meeting objects.
std::string meetings_to_json(const std::vector<Meeting>& meetings, bool pretty = false);

/// One trial-action object; errors as meeting_from_json.
TrialAction trial_action_from_json(std::string_view json);
std::string trial_action_to_json(const TrialAction& trial, bool pretty = false);

}  // namespace rorkit
