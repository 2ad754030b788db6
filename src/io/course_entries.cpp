// Single meetings and trial actions as JSON. They go through the course document's own reader
// and writer of those objects (course_json_detail.hpp), so an entry reads and writes exactly as
// it does inside a course document: the same member names, required members, ranges and
// messages.

#include "rorkit/io/course_entries.hpp"

#include "io/course_json_detail.hpp"
#include "io/json_parse.hpp"

namespace rorkit {

Meeting meeting_from_json(std::string_view json) {
  using namespace plan_json_detail;
  Meeting m;
  with_root(json, false, [&](element root) { read_meeting(root, Path{}, m); });
  return m;
}

std::string meeting_to_json(const Meeting& meeting, bool pretty) {
  std::string out;
  plan_json_detail::Writer w(out, pretty);
  plan_json_detail::write_meeting(w, meeting);
  return out;
}

std::string meetings_to_json(const std::vector<Meeting>& meetings, bool pretty) {
  std::string out;
  plan_json_detail::Writer w(out, pretty);
  w.begin_array();
  for (const Meeting& m : meetings) {
    w.next();
    plan_json_detail::write_meeting(w, m);
  }
  w.end_array();
  return out;
}

TrialAction trial_action_from_json(std::string_view json) {
  using namespace plan_json_detail;
  TrialAction t;
  with_root(json, false, [&](element root) { read_trial_action(root, Path{}, t); });
  return t;
}

std::string trial_action_to_json(const TrialAction& trial, bool pretty) {
  std::string out;
  plan_json_detail::Writer w(out, pretty);
  plan_json_detail::write_trial_action(w, trial);
  return out;
}

}  // namespace rorkit
