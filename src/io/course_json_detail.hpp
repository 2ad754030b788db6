#pragma once
// What the course-document reader and writer share with each other and with other readers of
// course objects (single entries for the C ABI and the CLI). Private to the library.

#include "io/plan_json_dom.hpp"
#include "io/plan_json_writer.hpp"
#include "rorkit/course/model.hpp"

namespace rorkit::plan_json_detail {

// One object of a course document each, exactly as inside the document (member names, required
// members, ranges, messages; `path` is where the value sits). References are not checked here.
void read_meeting(element e, const Path& path, Meeting& out);
void read_trial_action(element e, const Path& path, TrialAction& out);
void write_meeting(Writer& w, const Meeting& m);
void write_trial_action(Writer& w, const TrialAction& t);

}  // namespace rorkit::plan_json_detail

namespace rorkit::course_json_detail {

/// The rules across the members of a course document that was read (docs/course-format.md):
/// ids unique within each list, references that point at people and groups, one score per
/// dimension in every response. Throws Error(DUPLICATE / DANGLING_REFERENCE / VALIDATION) whose
/// message starts with the JSON pointer of the offending value.
void check_course(const Course& course);

}  // namespace rorkit::course_json_detail
