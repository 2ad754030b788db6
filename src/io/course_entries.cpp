// Single meetings and trial actions as JSON, with the document reader's DOM helpers and writer
// (plan_json_dom.hpp, json_write.hpp), so an entry reads and writes exactly as it does inside a
// course document: the same member names, required members, ranges and messages.

#include "rorkit/io/course_entries.hpp"

#include <array>
#include <limits>

#include "io/json_parse.hpp"
#include "io/json_write.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/plan/edit.hpp"

namespace rorkit {
namespace plan_json_detail {
namespace {

using Names = std::string_view;
constexpr std::int64_t kInt32Max = std::numeric_limits<std::int32_t>::max();
constexpr std::int64_t kMinutesPerDay = 24 * 60;

constexpr std::uint32_t first_members(int n) { return (1u << n) - 1u; }

std::int32_t as_int32(element e, const Path& p, std::int64_t lo, std::int64_t hi = kInt32Max) {
  return static_cast<std::int32_t>(as_integer(e, p, lo, hi));
}

void assign_id(std::string& dst, element v, const Path& p) {
  std::string_view s = as_view(v, p);
  if (!is_valid_id(s))
    schema_error(p, shown(s) + " is not an id (1-64 characters from A-Z a-z 0-9 - _ . :)");
  dst.assign(s);
}

void read_meeting_entry(element e, const Path& path, Meeting& out) {
  static constexpr std::array<Names, 10> names{"id",     "kind",         "phase",      "group_ids",
                                               "number", "date",         "start_minute",
                                               "end_minute", "location", "held"};
  constexpr std::uint32_t required = first_members(4) | (1u << 5);  // id kind phase group_ids, date
  walk(e, path, names, required, UnknownSink{&out.unknown, nullptr},
       [&](std::size_t i, element v, const Path& p) {
         switch (i) {
           case 0: assign_id(out.id, v, p); break;
           case 1: out.kind = as_code<MeetingKind>(v, p); break;
           case 2: out.phase = as_code<CoursePhase>(v, p); break;
           case 3: out.group_ids = as_strings(v, p); break;
           case 4: out.number = as_int32(v, p, 1); break;
           case 5: out.date = as_date(v, p); break;
           case 6: out.start_minute = as_int32(v, p, 0, kMinutesPerDay); break;
           case 7: out.end_minute = as_int32(v, p, 0, kMinutesPerDay); break;
           case 8: out.location.assign(as_view(v, p)); break;
           case 9: out.held = as_bool(v, p); break;
         }
       });
  if (out.start_minute && out.end_minute && *out.end_minute < *out.start_minute)
    fail_at(RORKIT_ERROR_DATE_ORDER, path / "end_minute",
            std::to_string(*out.end_minute) + " is before the start, " +
                std::to_string(*out.start_minute));
}

void read_trial_entry(element e, const Path& path, TrialAction& out) {
  static constexpr std::array<Names, 10> names{"id",    "phase", "title", "hypothesis",
                                               "owner_id", "start", "end", "state",
                                               "evaluation", "decision"};
  walk(e, path, names, first_members(3), UnknownSink{&out.unknown, nullptr},
       [&](std::size_t i, element v, const Path& p) {
         switch (i) {
           case 0: assign_id(out.id, v, p); break;
           case 1: out.phase = as_code<CoursePhase>(v, p); break;
           case 2: out.title.assign(as_view(v, p)); break;
           case 3: out.hypothesis.assign(as_view(v, p)); break;
           case 4: out.owner_id.assign(as_view(v, p)); break;
           case 5: out.start = as_date(v, p); break;
           case 6: out.end = as_date(v, p); break;
           case 7: out.state = as_code<TrialState>(v, p); break;
           case 8: out.evaluation.assign(as_view(v, p)); break;
           case 9: out.decision = as_code<TrialDecision>(v, p); break;
         }
       });
  if (out.start && out.end && *out.end < *out.start)
    fail_at(RORKIT_ERROR_DATE_ORDER, path / "end",
            out.end->iso() + " is before " + out.start->iso());
}

void write_meeting_entry(Writer& w, const Meeting& m) {
  w.begin_object();
  w.member("id", m.id);
  w.code("kind", m.kind);
  w.code("phase", m.phase);
  w.strings("group_ids", m.group_ids);
  w.member_int("number", m.number);
  w.member("date", m.date);
  if (m.start_minute) w.member_int("start_minute", *m.start_minute);
  if (m.end_minute) w.member_int("end_minute", *m.end_minute);
  w.text("location", m.location);
  w.member("held", m.held);
  write_unknown(w, m.unknown);
  w.end_object();
}

void write_trial_entry(Writer& w, const TrialAction& t) {
  w.begin_object();
  w.member("id", t.id);
  w.code("phase", t.phase);
  w.member("title", t.title);
  w.text("hypothesis", t.hypothesis);
  w.text("owner_id", t.owner_id);
  if (t.start) w.member("start", *t.start);
  if (t.end) w.member("end", *t.end);
  w.code("state", t.state);
  w.text("evaluation", t.evaluation);
  if (t.decision) w.code("decision", *t.decision);
  write_unknown(w, t.unknown);
  w.end_object();
}

}  // namespace
}  // namespace plan_json_detail

Meeting meeting_from_json(std::string_view json) {
  using namespace plan_json_detail;
  Meeting m;
  with_root(json, false, [&](element root) { read_meeting_entry(root, Path{}, m); });
  return m;
}

std::string meeting_to_json(const Meeting& meeting, bool pretty) {
  std::string out;
  plan_json_detail::Writer w(out, pretty);
  plan_json_detail::write_meeting_entry(w, meeting);
  return out;
}

std::string meetings_to_json(const std::vector<Meeting>& meetings, bool pretty) {
  std::string out;
  plan_json_detail::Writer w(out, pretty);
  w.begin_array();
  for (const Meeting& m : meetings) {
    w.next();
    plan_json_detail::write_meeting_entry(w, m);
  }
  w.end_array();
  return out;
}

TrialAction trial_action_from_json(std::string_view json) {
  using namespace plan_json_detail;
  TrialAction t;
  with_root(json, false, [&](element root) { read_trial_entry(root, Path{}, t); });
  return t;
}

std::string trial_action_to_json(const TrialAction& trial, bool pretty) {
  std::string out;
  plan_json_detail::Writer w(out, pretty);
  plan_json_detail::write_trial_entry(w, trial);
  return out;
}

}  // namespace rorkit
