// A strategic development course through the C++ API: a (synthetic) municipality registers,
// sets up its steering and implementation groups, plans the course from January 2027 and
// writes the meetings as iCalendar. Every person here is invented.
//
// Usage: example_cpp_course [OUT.ics]

#include <fstream>
#include <iostream>

#include "rorkit/course/codes.hpp"
#include "rorkit/course/organisation.hpp"
#include "rorkit/course/schedule.hpp"
#include "rorkit/course/status.hpp"
#include "rorkit/io/course_reports.hpp"

using namespace rorkit;

namespace {

Person person(const char* id, const char* name, MemberRole role, OrgArea area) {
  Person p;
  p.id = id;
  p.name = name;
  p.role = role;
  p.area = area;
  return p;
}

Group group(const char* id, GroupKind kind, const char* name, std::vector<std::string> members) {
  Group g;
  g.id = id;
  g.kind = kind;
  g.name = name;
  g.member_ids = std::move(members);
  return g;
}

Course build_course() {
  Course c;
  c.id = "viborg-2027";
  c.municipality = 791;  // Viborg
  c.requested_start = Date{2027, 1, 4};
  auto& people = c.organisation.people;
  people = {person("dir", "Direktør (syntetisk)", MemberRole::director, OrgArea::strategic),
            person("chef", "Socialchef (syntetisk)", MemberRole::director, OrgArea::strategic),
            person("leder-myn", "Leder, myndighed", MemberRole::leader, OrgArea::myndighed),
            person("raadgiver", "Rådgiver", MemberRole::staff, OrgArea::myndighed),
            person("leder-bo", "Leder, bostøtte", MemberRole::leader, OrgArea::tilbud),
            person("bostoette", "Bostøttemedarbejder", MemberRole::staff, OrgArea::tilbud),
            person("borger", "Borgerrepræsentant", MemberRole::citizen, OrgArea::other)};
  Group steering = group("styregruppe", GroupKind::steering, "Styregruppen", {"dir", "chef"});
  steering.political_mandate = true;  // from the social committee
  c.organisation.groups = {
      steering, group("implementering", GroupKind::implementation, "Implementeringsgruppen",
                      {"borger", "leder-myn", "raadgiver", "leder-bo", "bostoette"})};
  c.organisation.coordinator_id = "raadgiver";
  c.organisation.agency_contact = "Kontaktperson i Social- og Boligstyrelsen";
  c.registration.covers_strategic = c.registration.covers_myndighed =
      c.registration.covers_tilbud = true;
  c.registration.approved_by = "dir";
  c.registration.meeting_date = Date{2026, 11, 10};
  c.registration.meeting_participants = {"chef"};
  return c;
}

}  // namespace

int main(int argc, char** argv) {
  Course course = build_course();
  for (const auto& r : check_registration(course))
    std::cout << "criterion " << r.number << " (" << r.name << "): " << (r.met ? "met" : r.reason)
              << "\n";

  MeetingOptions options;
  options.preferred_weekday = 2;  // Tuesdays
  CoursePlanResult planned = plan_course(course, Date{2027, 1, 4}, options);
  for (const auto& w : planned.warnings) std::cout << "warning: " << w << "\n";
  for (const auto& p : planned.course.phases)
    std::cout << danish_name(p.phase) << ": " << p.window.dates.first.iso() << " .. "
              << p.window.dates.last.iso() << " (" << p.window.working_days << " working days)\n";
  for (const auto& m : planned.course.meetings)
    std::cout << "  " << m.date.iso() << "  " << m.id << "\n";

  CourseStatus s = course_status(planned.course, Date{2027, 3, 1});
  std::cout << status_text(planned.course, s) << "\n";

  if (argc > 1) {
    std::ofstream(argv[1], std::ios::binary) << course_to_ical(planned.course);
    std::cout << "wrote " << argv[1] << "\n";
  }
  return 0;
}
