// Writing course documents (docs/course-format.md) with the document writer the plan format
// uses (json_write.hpp). Known members come first, in the order of the C++ fields, then unknown
// members verbatim in the order they were read. Empty optional values and empty optional texts
// are left out; lists, booleans, codes and numbers are always written.

#include "io/course_json_detail.hpp"
#include "io/json_write.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/io/course_json.hpp"

namespace rorkit {
namespace plan_json_detail {
namespace {

void write_person(Writer& w, const Person& p) {
  w.begin_object();
  w.member("id", p.id);
  w.member("name", p.name);
  w.code("role", p.role);
  w.code("area", p.area);
  w.text("title", p.title);
  write_unknown(w, p.unknown);
  w.end_object();
}

void write_group(Writer& w, const Group& g) {
  w.begin_object();
  w.member("id", g.id);
  w.code("kind", g.kind);
  w.member("name", g.name);
  w.code("area", g.area);
  w.strings("member_ids", g.member_ids);
  w.member("political_mandate", g.political_mandate);
  write_unknown(w, g.unknown);
  w.end_object();
}

void write_organisation(Writer& w, const Organisation& o) {
  w.begin_object();
  write_list(w, "people", o.people, write_person);
  write_list(w, "groups", o.groups, write_group);
  w.text("coordinator_id", o.coordinator_id);
  w.text("agency_contact", o.agency_contact);
  w.end_object();
}

void write_registration(Writer& w, const Registration& r) {
  w.begin_object();
  w.member("covers_strategic", r.covers_strategic);
  w.member("covers_myndighed", r.covers_myndighed);
  w.member("covers_tilbud", r.covers_tilbud);
  w.text("approved_by", r.approved_by);
  if (r.approved_on) w.member("approved_on", *r.approved_on);
  if (r.meeting_date) w.member("meeting_date", *r.meeting_date);
  w.strings("meeting_participants", r.meeting_participants);
  write_unknown(w, r.unknown);
  w.end_object();
}

void write_school_break(Writer& w, const SchoolBreak& b) {
  w.begin_object();
  w.member("kind", to_string(b.kind));
  w.member_int("year", b.year);
  w.member("first", b.dates.first);
  w.member("last", b.dates.last);
  w.member("overridden", b.overridden);
  w.end_object();
}

void write_phase(Writer& w, const PhaseSchedule& p) {
  w.begin_object();
  w.code("phase", p.phase);
  w.member_int("year", p.window.year);
  w.member("season", to_string(p.window.season));
  w.member("first", p.window.dates.first);
  w.member("last", p.window.dates.last);
  w.member_int("working_days", p.window.working_days);
  w.end_object();
}


void write_activity(Writer& w, const Activity& a) {
  w.begin_object();
  w.member("id", a.id);
  w.code("kind", a.kind);
  w.code("phase", a.phase);
  w.text("title", a.title);
  w.text("owner_id", a.owner_id);
  if (a.due) w.member("due", *a.due);
  w.code("status", a.status);
  if (a.done_on) w.member("done_on", *a.done_on);
  w.text("notes", a.notes);
  write_unknown(w, a.unknown);
  w.end_object();
}

void write_case_review(Writer& w, const CaseReviewRecord& r) {
  w.begin_object();
  w.member("date", r.date);
  w.strings("plan_ids", r.plan_ids);
  w.key("tally");
  w.begin_array();
  for (const auto& t : r.tally) {
    w.next();
    w.begin_object();
    w.code("principle", t.principle);
    w.member_int("yes", t.yes);
    w.member_int("partly", t.partly);
    w.member_int("no", t.no);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_milestone(Writer& w, const Milestone& m) {
  w.begin_object();
  w.member("id", m.id);
  w.member("text", m.text);
  w.text("owner_id", m.owner_id);
  if (m.due) w.member("due", *m.due);
  w.member("done", m.done);
  w.end_object();
}

void write_development_goal(Writer& w, const DevelopmentGoal& g) {
  w.begin_object();
  w.member("id", g.id);
  w.member("text", g.text);
  write_list(w, "milestones", g.milestones, write_milestone);
  w.end_object();
}

void write_plan_item(Writer& w, const PlanItem& p) {
  w.begin_object();
  w.member("id", p.id);
  w.member("text", p.text);
  w.text("owner_id", p.owner_id);
  if (p.date) w.member("date", *p.date);
  w.text("materials", p.materials);
  w.member("done", p.done);
  w.end_object();
}


void write_response(Writer& w, const TemperatureResponse& r) {
  w.begin_object();
  w.member("respondent_id", r.respondent_id);
  w.code("role", r.role);
  w.key("scores");
  w.begin_array();
  for (const auto& s : r.scores) {
    w.next();
    if (s)
      w.integer(*s);
    else
      w.null();
  }
  w.end_array();
  w.end_object();
}

void write_survey(Writer& w, const TemperatureSurvey& s) {
  w.begin_object();
  w.member("id", s.id);
  w.code("kind", s.kind);
  w.member("date", s.date);
  write_list(w, "dimensions", s.dimensions, [](Writer& ww, const TemperatureDimension& d) {
    ww.begin_object();
    ww.member("id", d.id);
    ww.member("name_da", d.name_da);
    ww.end_object();
  });
  write_list(w, "responses", s.responses, write_response);
  write_unknown(w, s.unknown);
  w.end_object();
}

void write_course(Writer& w, const Course& c) {
  w.begin_object();
  w.member("format", course_format_name);
  w.member_int("format_version", course_format_version);
  w.member("id", c.id);
  w.member_int("municipality", c.municipality);
  w.member("requested_start", c.requested_start);
  w.key("registration");
  write_registration(w, c.registration);
  w.key("organisation");
  write_organisation(w, c.organisation);
  write_list(w, "school_breaks", c.school_breaks, write_school_break);
  write_list(w, "phases", c.phases, write_phase);
  write_list(w, "meetings", c.meetings, write_meeting);
  write_list(w, "activities", c.activities, write_activity);
  if (c.case_review) {
    w.key("case_review");
    write_case_review(w, *c.case_review);
  }
  write_list(w, "development_plan", c.development_plan, write_development_goal);
  write_list(w, "communication_plan", c.communication_plan, write_plan_item);
  write_list(w, "anchoring_plan", c.anchoring_plan, write_plan_item);
  write_list(w, "trial_actions", c.trial_actions, write_trial_action);
  write_list(w, "temperature", c.temperature, write_survey);
  write_unknown(w, c.unknown);
  w.end_object();
}

}  // namespace

void write_meeting(Writer& w, const Meeting& m) {
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

void write_trial_action(Writer& w, const TrialAction& t) {
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

}  // namespace plan_json_detail

std::string course_to_json(const Course& course, bool pretty) {
  using namespace plan_json_detail;
  std::size_t responses = 0;
  for (const auto& s : course.temperature) responses += s.responses.size();
  const std::size_t items = course.organisation.people.size() + course.organisation.groups.size() +
                            course.meetings.size() + course.activities.size() +
                            course.trial_actions.size() + course.development_plan.size() +
                            course.communication_plan.size() + course.anchoring_plan.size();
  std::string out;
  out.reserve(2048 + 256 * items + 96 * responses);
  Writer w(out, pretty);
  write_course(w, course);
  if (pretty) out += '\n';
  return out;
}

}  // namespace rorkit
