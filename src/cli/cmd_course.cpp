// `rorkit course plan|status|validate|temperature`: the strategic development course.

#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/io_util.hpp"
#include "rorkit/calendar/date_math.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/course/edit.hpp"
#include "rorkit/course/organisation.hpp"
#include "rorkit/course/schedule.hpp"
#include "rorkit/course/status.hpp"
#include "rorkit/course/temperature.hpp"
#include "rorkit/io/course_entries.hpp"
#include "rorkit/io/course_json.hpp"
#include "rorkit/io/course_reports.hpp"
#include "rorkit/plan/validate.hpp"

namespace rorkit::cli {
namespace {

struct CourseArgs {
  std::string file;
  std::string municipality;
  std::string start, on;
  std::string ics, out, dtstamp;
  std::string survey;
  std::int32_t weekday = 0;
  std::int32_t min_cell = 5;
  bool json = false;
};

std::string hhmm(std::int32_t minute) {
  std::ostringstream s;
  s << std::setfill('0') << std::setw(2) << minute / 60 << ':' << std::setw(2) << minute % 60;
  return s.str();
}

std::string window_text(const PhaseWindow& w) {
  return std::string(w.season == Season::spring ? "spring " : "autumn ") + std::to_string(w.year) +
         "  " + w.dates.first.iso() + " .. " + w.dates.last.iso() + "  " +
         std::to_string(w.working_days) + " working days";
}

void print_registration(const std::vector<CriterionResult>& results) {
  std::cout << "Registration (Fase 0): "
            << (registration_approved(results) ? "approved" : "not approved") << "\n";
  for (const auto& r : results)
    std::cout << "  " << r.number << ". " << r.name << ": "
              << (r.met ? std::string("met") : "not met - " + r.reason) << "\n";
}

void print_phases(const std::vector<PhaseSchedule>& phases) {
  std::cout << "Phases:\n";
  for (const auto& p : phases)
    std::cout << "  " << std::left << std::setw(18) << danish_name(p.phase)
              << window_text(p.window) << "\n";
}

void print_meetings(const std::vector<Meeting>& meetings) {
  static const char* const days[] = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  std::cout << "Meetings (" << meetings.size() << "):\n";
  for (const auto& m : meetings) {
    std::cout << "  " << m.date.iso() << ' ' << days[iso_weekday(m.date)] << ' ';
    if (m.start_minute && m.end_minute)
      std::cout << hhmm(*m.start_minute) << '-' << hhmm(*m.end_minute);
    else
      std::cout << std::string(11, ' ');
    std::cout << "  " << std::left << std::setw(28) << m.id << ' ';
    for (std::size_t i = 0; i < m.group_ids.size(); ++i)
      std::cout << (i ? ", " : "") << m.group_ids[i];
    std::cout << "\n";
  }
}

void print_activities(const std::vector<Activity>& activities) {
  std::cout << "Activities (" << activities.size() << "):\n";
  for (const auto& a : activities)
    std::cout << "  " << (a.due ? a.due->iso() : std::string(10, ' ')) << "  " << std::left
              << std::setw(28) << a.id << ' ' << (a.title.empty() ? danish_name(a.kind) : a.title)
              << "\n";
}

// Without a course document: the municipality's calendar with the two groups every course has
// (no members yet), so a coordinator sees the phases and meeting dates before registering. The
// registration check then shows what is still missing.
struct Sketch {
  Course course;
  std::vector<std::string> warnings;
};

Sketch sketch(std::int32_t municipality, const Date& start, const MeetingOptions& o) {
  Sketch s;
  Course& c = s.course;
  c.id = "sketch-" + std::to_string(municipality);
  c.municipality = municipality;
  c.requested_start = start;
  c.organisation.groups = {Group{}, Group{}};
  c.organisation.groups[0].id = "styregruppe";
  c.organisation.groups[0].kind = GroupKind::steering;
  c.organisation.groups[0].name = "Styregruppe";
  c.organisation.groups[1].id = "implementeringsgruppe";
  c.organisation.groups[1].kind = GroupKind::implementation;
  c.organisation.groups[1].name = "Implementeringsgruppe";
  Calendar calendar = course_calendar(c);
  PhasePlan phases = plan_phases(calendar, municipality, start);
  c.phases = std::move(phases.phases);
  s.warnings = std::move(phases.warnings);
  c.meetings = schedule_meetings(c, calendar, o);
  return s;
}

// `errors` holds why a course document was not planned (then `planned` is false).
std::string plan_json(const Course& c, const std::vector<CriterionResult>& reg,
                      const std::vector<std::string>& warnings, bool planned,
                      const std::vector<std::string>& errors = {}) {
  return std::string("{\"course\":\"") + c.id + "\",\"municipality\":" +
         std::to_string(c.municipality) + ",\"requested_start\":\"" + c.requested_start.iso() +
         "\",\"planned\":" + (planned ? "true" : "false") +
         ",\"registration\":" + registration_to_json(reg) + ",\"phases\":" +
         phases_to_json(c.phases) + ",\"meetings\":" + meetings_to_json(c.meetings) +
         ",\"warnings\":" + strings_to_json(warnings) + ",\"errors\":" + strings_to_json(errors) +
         "}";
}

int run_plan(const CourseArgs& a) {
  MeetingOptions o;
  if (a.weekday) o.preferred_weekday = a.weekday;
  Course course;
  std::vector<std::string> warnings;
  bool planned = false;
  if (a.file.empty()) {
    if (a.municipality.empty() || a.start.empty()) {
      std::cerr << "rorkit: course plan needs a course document or --municipality and --start\n";
      return exit_usage;
    }
    Sketch s = sketch(find_municipality(a.municipality).code, Date::parse(a.start), o);
    course = std::move(s.course);
    warnings = std::move(s.warnings);
  } else {
    Course in = course_from_json(read_file(a.file));
    if (!a.municipality.empty() && find_municipality(a.municipality).code != in.municipality) {
      std::cerr << "rorkit: --municipality " << a.municipality << " is not the course's ("
                << in.municipality << ")\n";
      return exit_usage;
    }
    Date start = a.start.empty() ? in.requested_start : Date::parse(a.start);
    try {
      CoursePlanResult r = plan_course(in, start, o);
      course = std::move(r.course);
      warnings = std::move(r.warnings);
      planned = true;
    } catch (const Error& e) {
      // A course that breaks a rule of seed B is a negative answer, not bad input.
      if (e.status() != RORKIT_ERROR_REGISTRATION && e.status() != RORKIT_ERROR_COMPOSITION) throw;
      if (a.json) {
        Course none = in;  // nothing was planned: no phases or meetings to show
        none.phases.clear();
        none.meetings.clear();
        std::cout << plan_json(none, check_registration(in), {}, false, {e.what()}) << "\n";
      } else {
        print_registration(check_registration(in));
        std::cout << "not planned: " << e.what() << " [" << status_str(e.status()) << "]\n";
      }
      return exit_negative;
    }
  }
  const auto registration = check_registration(course);
  if (!a.ics.empty()) write_file(a.ics, course_to_ical(course, a.dtstamp));
  if (!a.out.empty() && planned) write_file(a.out, course_to_json(course, true));
  if (a.json) {
    std::cout << plan_json(course, registration, warnings, planned) << "\n";
    return exit_ok;
  }
  const Municipality& m = municipality_by_code(course.municipality);
  std::cout << "Course " << course.id << " for " << m.name << " (" << m.code
            << "), requested start " << course.requested_start.iso() << "\n";
  if (!planned)
    std::cout << "(no course document: a sketch with the steering and implementation groups)\n";
  print_registration(registration);
  print_phases(course.phases);
  print_meetings(course.meetings);
  if (planned) print_activities(course.activities);
  for (const auto& w : warnings) std::cout << "warning: " << w << "\n";
  return exit_ok;
}

int run_status(const CourseArgs& a) {
  Course course = course_from_json(read_file(a.file));
  CourseStatus s = course_status(course, Date::parse(a.on));
  std::cout << (a.json ? course_status_to_json(s, true) : status_text(course, s)) << "\n";
  return exit_ok;
}

// Like `plan validate`: a document that cannot be read is invalid (exit 1 with the reason).
int run_validate(const CourseArgs& a) {
  std::string text = read_file(a.file);
  Course course;
  try {
    course = course_from_json(text);
  } catch (const Error& e) {
    std::cout << a.file << ": invalid: " << e.what() << " [" << status_str(e.status()) << "]\n";
    return exit_negative;
  }
  const auto findings = validate_organisation(course);
  const auto registration = check_registration(course);
  std::size_t errors = 0;
  for (const auto& f : findings) {
    errors += f.severity == Severity::error;
    std::cout << std::left << std::setw(8) << to_code(f.severity) << std::setw(30) << f.code
              << f.message << "  (" << f.path << ")\n";
  }
  print_registration(registration);
  const bool ok = is_valid(findings);
  std::cout << "course " << course.id << ": " << errors << " error(s), "
            << findings.size() - errors << " warning(s): " << (ok ? "valid" : "invalid") << "\n";
  return ok ? exit_ok : exit_negative;
}

int run_temperature(const CourseArgs& a) {
  Course course = course_from_json(read_file(a.file));
  const TemperatureSurvey& s = a.survey.empty() ? latest_survey(course) : find_survey(course, a.survey);
  TemperatureOptions o;
  o.min_cell = a.min_cell;
  const auto cells = summarise(s, o);
  if (a.json) {
    std::cout << temperature_to_json(s, cells, o.min_cell, true) << "\n";
    return exit_ok;
  }
  std::cout << "Temperature survey " << s.id << " (" << to_code(s.kind) << ", " << s.date.iso()
            << "), " << s.responses.size() << " respondents; cells under " << o.min_cell
            << " answers suppressed\n";
  for (const auto& c : cells) {
    std::cout << "  " << std::left << std::setw(28) << c.dimension_id << std::setw(17)
              << (c.role ? to_code(*c.role) : std::string_view("all")) << "n=" << std::setw(4)
              << c.n;
    if (c.suppressed)
      std::cout << "suppressed";
    else
      std::cout << std::fixed << std::setprecision(2) << *c.mean << ' ' << to_code(*c.light);
    std::cout << "\n";
  }
  return exit_ok;
}

}  // namespace

void add_course_commands(CLI::App& app, Action& action) {
  auto* course = app.add_subcommand("course", "the strategic development course: plan, status");
  course->require_subcommand(1);

  auto p = std::make_shared<CourseArgs>();
  auto* plan = course->add_subcommand(
      "plan", "registration check, phases and meeting schedule (exit 1: not approved)");
  plan->add_option("FILE", p->file, "course document (JSON); without it, a sketch");
  plan->add_option("--municipality", p->municipality, "municipality code or name");
  plan->add_option("--start", p->start, "requested start, YYYY-MM-DD (default: the document's)");
  plan->add_option("--weekday", p->weekday, "preferred meeting weekday, 1 = Monday .. 5 = Friday");
  plan->add_option("--ics", p->ics, "also write the meetings (and deadlines) as iCalendar");
  plan->add_option("--dtstamp", p->dtstamp, "iCalendar DTSTAMP, YYYYMMDDTHHMMSSZ (default: now)");
  plan->add_option("--out", p->out, "write the planned course document (with FILE)");
  plan->add_flag("--json", p->json, "print JSON");
  plan->callback([&action, p] { action = [p] { return run_plan(*p); }; });

  auto s = std::make_shared<CourseArgs>();
  auto* status = course->add_subcommand("status", "the course on a date (Danish text)");
  status->add_option("FILE", s->file, "course document (JSON)")->required();
  status->add_option("--on", s->on, "date, YYYY-MM-DD")->required();
  status->add_flag("--json", s->json, "print JSON");
  status->callback([&action, s] { action = [s] { return run_status(*s); }; });

  auto v = std::make_shared<CourseArgs>();
  auto* val = course->add_subcommand("validate", "check a course document; exit 0 valid, 1 invalid");
  val->add_option("FILE", v->file, "course document (JSON)")->required();
  val->callback([&action, v] { action = [v] { return run_validate(*v); }; });

  auto t = std::make_shared<CourseArgs>();
  auto* temp = course->add_subcommand("temperature", "summary of a temperature survey");
  temp->add_option("FILE", t->file, "course document (JSON)")->required();
  temp->add_option("--survey", t->survey, "survey id (default: the latest)");
  temp->add_option("--min-cell", t->min_cell, "suppress cells with fewer answers (default 5)");
  temp->add_flag("--json", t->json, "print JSON");
  temp->callback([&action, t] { action = [t] { return run_temperature(*t); }; });
}

}  // namespace rorkit::cli
