// The course on a date (phase, meetings, deliverables, trial actions, temperature), a short
// Danish status text for the coordinator, and the course's five purposes with their key figures.

#include "rorkit/course/status.hpp"

#include <algorithm>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/course/organisation.hpp"

namespace rorkit {
namespace {

// An activity is "due" when its due date is at most this many days after the status date.
constexpr std::int64_t due_horizon_days = 30;

bool is_open(const Activity& a) {
  return a.status == ActivityStatus::planned || a.status == ActivityStatus::in_progress;
}

std::vector<PhaseSchedule> sorted_phases(const Course& course) {
  std::vector<PhaseSchedule> out;
  for (const PhaseSchedule& p : course.phases)
    if (p.phase != CoursePhase::tilmelding) out.push_back(p);
  std::stable_sort(out.begin(), out.end(), [](const PhaseSchedule& a, const PhaseSchedule& b) {
    return a.window.dates.first < b.window.dates.first;
  });
  return out;
}

/// The latest survey of a kind dated on or before `last` (of equal dates, the later listed).
const TemperatureSurvey* latest_survey(const Course& course, SurveyKind kind, const Date& last) {
  const TemperatureSurvey* best = nullptr;
  for (const TemperatureSurvey& s : course.temperature)
    if (s.kind == kind && s.date <= last && (best == nullptr || best->date <= s.date)) best = &s;
  return best;
}

/// The follow-up that counts on `on` and the baseline it is compared with: the latest follow-up
/// held by `on`, and the latest baseline held by the follow-up's date.
std::pair<const TemperatureSurvey*, const TemperatureSurvey*> survey_pair(const Course& course,
                                                                          const Date& on) {
  const TemperatureSurvey* followup = latest_survey(course, SurveyKind::followup, on);
  if (followup == nullptr) return {nullptr, nullptr};
  return {latest_survey(course, SurveyKind::baseline, followup->date), followup};
}

// ---- Danish text ----------------------------------------------------------------------------

std::string dansk_dato(const Date& d) {
  static constexpr const char* months[] = {"januar",  "februar",   "marts",   "april",
                                           "maj",     "juni",      "juli",    "august",
                                           "september", "oktober", "november", "december"};
  std::string month = d.month >= 1 && d.month <= 12 ? months[d.month - 1] : "?";
  return std::to_string(d.day) + ". " + month + " " + std::to_string(d.year);
}

std::string antal(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string phase_line(const Course& course, const CourseStatus& s) {
  auto ordered_phases = sorted_phases(course);
  std::string line = "Fase: ";
  if (s.phase == CoursePhase::tilmelding) {
    line += std::string(danish_name(CoursePhase::tilmelding));
    if (ordered_phases.empty())
      line += "; faserne er endnu ikke lagt i kalenderen.";
    else
      line += "; " + std::string(danish_name(ordered_phases.front().phase)) + " begynder " +
              dansk_dato(ordered_phases.front().window.dates.first) + ".";
    return line;
  }
  if (s.phase) {
    for (const PhaseSchedule& p : ordered_phases)
      if (p.phase == *s.phase && p.window.dates.contains(s.on))
        return line + std::string(danish_name(p.phase)) + " (" +
               dansk_dato(p.window.dates.first) + " – " + dansk_dato(p.window.dates.last) + ").";
    return line + std::string(danish_name(*s.phase)) + ".";
  }
  if (s.finished && !ordered_phases.empty())
    return line + "forløbet er afsluttet; " + std::string(danish_name(ordered_phases.back().phase)) +
           " sluttede " + dansk_dato(ordered_phases.back().window.dates.last) + ".";
  for (std::size_t i = 1; i < ordered_phases.size(); ++i)
    if (ordered_phases[i - 1].window.dates.last < s.on && s.on < ordered_phases[i].window.dates.first)
      return line + "ferie mellem " + std::string(danish_name(ordered_phases[i - 1].phase)) + " og " +
             std::string(danish_name(ordered_phases[i].phase)) + "; " +
             std::string(danish_name(ordered_phases[i].phase)) + " begynder " +
             dansk_dato(ordered_phases[i].window.dates.first) + ".";
  return line + (s.finished ? "forløbet er afsluttet." : "mellem to faser.");
}

std::string registration_line(const Course& course) {
  auto results = check_registration(course);
  auto met = std::count_if(results.begin(), results.end(),
                           [](const CriterionResult& r) { return r.met; });
  std::string line = "Tilmeldingskriterier: " + std::to_string(met) + " af " +
                     std::to_string(results.size()) + " opfyldt";
  std::vector<std::string> missing;
  for (const CriterionResult& r : results)
    if (!r.met) missing.push_back(std::to_string(r.number));
  if (!missing.empty()) {
    line += " (mangler kriterium ";
    for (std::size_t i = 0; i < missing.size(); ++i)
      line += (i == 0 ? "" : i + 1 == missing.size() ? " og " : ", ") + missing[i];
    line += ")";
  }
  return line + ".";
}

std::string meeting_line(const Course& course, const CourseStatus& s) {
  std::string line = "Møder: " + std::to_string(s.meetings_held) + " afholdt, " +
                     std::to_string(s.meetings_planned) + " planlagt";
  if (s.meetings_missed > 0)
    line += ", " + std::to_string(s.meetings_missed) + " ikke registreret som afholdt";
  const Meeting* next = nullptr;
  for (const Meeting& m : course.meetings)
    if (!m.held && s.on <= m.date && (next == nullptr || m.date < next->date)) next = &m;
  if (next != nullptr) line += "; næste møde " + dansk_dato(next->date);
  return line + ".";
}

std::string activity_name(const Activity& a) {
  return a.title.empty() ? std::string(danish_name(a.kind)) : a.title;
}

std::string deliverable_line(const Course& course, const CourseStatus& s) {
  std::string line = "Leverancer: " + antal(s.activities_done, "færdig", "færdige") + ", " +
                     std::to_string(s.activities_due) + " med frist inden for 30 dage, " +
                     std::to_string(s.activities_overdue.size()) + " med overskredet frist";
  for (std::size_t i = 0; i < s.activities_overdue.size(); ++i) {
    line += i == 0 ? ": " : ", ";
    auto it = std::find_if(course.activities.begin(), course.activities.end(),
                           [&](const Activity& a) { return a.id == s.activities_overdue[i]; });
    if (it == course.activities.end()) {
      line += s.activities_overdue[i];
    } else {
      line += activity_name(*it);
      if (it->due) line += " (frist " + dansk_dato(*it->due) + ")";
    }
  }
  return line + ".";
}

std::string trial_line(const CourseStatus& s) {
  if (s.trials_planned + s.trials_running + s.trials_evaluated == 0)
    return "Prøvehandlinger: ingen endnu.";
  return "Prøvehandlinger: " + std::to_string(s.trials_planned) + " planlagt, " +
         std::to_string(s.trials_running) + " i gang, " + std::to_string(s.trials_evaluated) +
         " evalueret.";
}

std::string temperature_line(const Course& course, const CourseStatus& s) {
  std::string line = "Temperaturmåling: ";
  if (s.temperature.empty()) {
    const TemperatureSurvey* baseline = latest_survey(course, SurveyKind::baseline, s.on);
    if (baseline == nullptr) return line + "ingen måling endnu.";
    return line + "baseline målt " + dansk_dato(baseline->date) + "; opfølgningen mangler.";
  }
  const TemperatureSurvey* followup = survey_pair(course, s.on).second;
  std::vector<std::string> flagged;
  for (const TemperatureChange& c : s.temperature) {
    if (!c.needs_work) continue;
    std::string name = c.dimension_id;
    if (followup != nullptr)
      for (const TemperatureDimension& d : followup->dimensions)
        if (d.id == c.dimension_id && !d.name_da.empty()) name = d.name_da;
    flagged.push_back(name);
  }
  if (followup != nullptr) line += "opfølgning " + dansk_dato(followup->date) + "; ";
  if (flagged.empty()) return line + "ingen forudsætninger kræver fortsat arbejde.";
  line += std::to_string(flagged.size()) + " af " + std::to_string(s.temperature.size()) +
          " forudsætninger kræver fortsat arbejde: ";
  for (std::size_t i = 0; i < flagged.size(); ++i) line += (i == 0 ? "" : "; ") + flagged[i];
  return line + ".";
}

}  // namespace

CourseStatus course_status(const Course& course, const Date& on) {
  CourseStatus s;
  s.on = on;

  auto phases = sorted_phases(course);
  if (phases.empty() || on < phases.front().window.dates.first) {
    s.phase = CoursePhase::tilmelding;
  } else if (phases.back().window.dates.last < on) {
    s.finished = true;
  } else {
    auto it = std::find_if(phases.begin(), phases.end(),
                           [&](const PhaseSchedule& p) { return p.window.dates.contains(on); });
    if (it != phases.end())
      s.phase = it->phase;
    else
      s.between_phases = true;
  }

  for (const Meeting& m : course.meetings) {
    if (m.held)
      ++s.meetings_held;
    else if (on <= m.date)
      ++s.meetings_planned;
    else
      ++s.meetings_missed;
  }

  for (const Activity& a : course.activities) {
    if (a.status == ActivityStatus::done) {
      ++s.activities_done;
    } else if (is_open(a) && a.due) {
      if (*a.due < on)
        s.activities_overdue.push_back(a.id);
      else if (days_between(on, *a.due) <= due_horizon_days)
        ++s.activities_due;
    }
  }

  for (const TrialAction& t : course.trial_actions) {
    switch (t.state) {
      case TrialState::planned: ++s.trials_planned; break;
      case TrialState::running: ++s.trials_running; break;
      case TrialState::evaluated: ++s.trials_evaluated; break;
    }
  }

  auto [baseline, followup] = survey_pair(course, on);
  if (baseline != nullptr && followup != nullptr) s.temperature = compare(*baseline, *followup);
  return s;
}

std::string status_text(const Course& course, const CourseStatus& status) {
  std::string text = "Status for udviklingsforløbet";
  if (!course.id.empty()) text += " " + course.id;
  text += " pr. " + dansk_dato(status.on) + "\n";
  text += phase_line(course, status) + "\n";
  if (status.phase == CoursePhase::tilmelding) text += registration_line(course) + "\n";
  text += meeting_line(course, status) + "\n";
  text += deliverable_line(course, status) + "\n";
  text += trial_line(status) + "\n";
  text += temperature_line(course, status) + "\n";
  return text;
}

// Which key figures measure which purpose follows DOMAIN.md §1's rationale [I]: 1-10 are the
// tilbudsvifte (less intrusive help), 11-14 education and employment, 15-17 health and personal
// recovery, 18-19 the citizens' experience of the help, 20 community participation.
const std::vector<PurposeInfo>& course_purposes() {
  static const std::vector<PurposeInfo> purposes{
      {CoursePurpose::wellbeing, "wellbeing",
       "Forbedre trivsel, sundhed og mestring blandt borgerne", {"kf15", "kf16", "kf17"}},
      {CoursePurpose::communities, "communities",
       "Flere borgere er aktive deltagere i lokalsamfundets almene fællesskaber", {"kf20"}},
      {CoursePurpose::satisfaction, "satisfaction",
       "Tilfredsheden med indsatsen blandt borgerne samt deres familie og netværk øges",
       {"kf18", "kf19"}},
      {CoursePurpose::less_intrusive, "less-intrusive",
       "Flere borgere i socialpsykiatrien oplever et mindre behov for indgribende indsatser",
       {"kf01", "kf02", "kf03", "kf04", "kf05", "kf06", "kf07", "kf08", "kf09", "kf10"}},
      {CoursePurpose::education_employment, "education-employment",
       "Flere borgere kommer i uddannelse og beskæftigelse", {"kf11", "kf12", "kf13", "kf14"}},
  };
  return purposes;
}

}  // namespace rorkit
