// JSON renderings of course reports. Not a hot path: nlohmann's ordered_json keeps member order.

#include "rorkit/io/course_reports.hpp"

#include <nlohmann/json.hpp>

#include "io/json_text.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/course/schedule.hpp"
#include "rorkit/io/ical.hpp"

namespace rorkit {
namespace {

using nlohmann::ordered_json;

using io_detail::json_text;

template <class T>
ordered_json or_null(const std::optional<T>& v) {
  return v ? ordered_json(*v) : ordered_json(nullptr);
}

template <class E>
ordered_json code_or_null(const std::optional<E>& v) {
  return v ? ordered_json(std::string(to_code(*v))) : ordered_json(nullptr);
}

ordered_json changes_json(const std::vector<TemperatureChange>& changes) {
  ordered_json out = ordered_json::array();
  for (const auto& c : changes)
    out.push_back({{"dimension_id", c.dimension_id},
                   {"baseline_mean", or_null(c.baseline_mean)},
                   {"followup_mean", or_null(c.followup_mean)},
                   {"change", or_null(c.change)},
                   {"needs_work", c.needs_work},
                   {"reason", c.reason}});
  return out;
}

}  // namespace

std::string registration_to_json(const std::vector<CriterionResult>& results, bool pretty) {
  ordered_json criteria = ordered_json::array();
  for (const auto& r : results)
    criteria.push_back({{"number", r.number}, {"name", r.name}, {"met", r.met}, {"reason", r.reason}});
  return json_text({{"approved", registration_approved(results)}, {"criteria", criteria}}, pretty);
}

std::string phases_to_json(const std::vector<PhaseSchedule>& phases, bool pretty) {
  ordered_json out = ordered_json::array();
  for (const auto& p : phases)
    out.push_back({{"phase", to_code(p.phase)},
                   {"name_da", danish_name(p.phase)},
                   {"year", p.window.year},
                   {"season", to_string(p.window.season)},
                   {"first", p.window.dates.first.iso()},
                   {"last", p.window.dates.last.iso()},
                   {"working_days", p.window.working_days}});
  return json_text(out, pretty);
}

std::string strings_to_json(const std::vector<std::string>& items, bool pretty) {
  return json_text(ordered_json(items), pretty);
}

std::string course_status_to_json(const CourseStatus& s, bool pretty) {
  ordered_json name = s.phase ? ordered_json(std::string(danish_name(*s.phase))) : ordered_json(nullptr);
  ordered_json j = {
      {"on", s.on.iso()},
      {"phase", code_or_null(s.phase)},
      {"phase_name_da", name},
      {"between_phases", s.between_phases},
      {"finished", s.finished},
      {"meetings", {{"held", s.meetings_held}, {"planned", s.meetings_planned}, {"missed", s.meetings_missed}}},
      {"activities",
       {{"done", s.activities_done}, {"due", s.activities_due}, {"overdue", s.activities_overdue}}},
      {"trial_actions",
       {{"planned", s.trials_planned}, {"running", s.trials_running}, {"evaluated", s.trials_evaluated}}},
      {"temperature", changes_json(s.temperature)}};
  return json_text(j, pretty);
}

std::string temperature_to_json(const TemperatureSurvey& survey,
                                const std::vector<TemperatureCell>& cells, std::int32_t min_cell,
                                bool pretty) {
  ordered_json list = ordered_json::array();
  for (const auto& c : cells)
    list.push_back({{"dimension_id", c.dimension_id},
                    {"role", code_or_null(c.role)},
                    {"n", c.n},
                    {"suppressed", c.suppressed},
                    {"mean", or_null(c.mean)},
                    {"distribution", c.distribution},
                    {"light", code_or_null(c.light)}});
  return json_text({{"survey_id", survey.id},
               {"kind", to_code(survey.kind)},
               {"date", survey.date.iso()},
               {"responses", survey.responses.size()},
               {"min_cell", min_cell},
               {"cells", list}},
              pretty);
}

std::string temperature_change_to_json(const TemperatureSurvey& baseline,
                                       const TemperatureSurvey& followup,
                                       const std::vector<TemperatureChange>& changes, bool pretty) {
  return json_text({{"baseline_id", baseline.id}, {"followup_id", followup.id}, {"changes", changes_json(changes)}},
              pretty);
}

std::string purposes_to_json(bool pretty) {
  ordered_json out = ordered_json::array();
  for (const auto& p : course_purposes()) {
    ordered_json figures = ordered_json::array();
    for (auto kf : p.key_figures) figures.push_back(std::string(kf));
    out.push_back({{"purpose", std::string(p.code)},
                   {"number", static_cast<std::int32_t>(p.purpose)},
                   {"name_da", std::string(p.name_da)},
                   {"key_figures", figures}});
  }
  return json_text(out, pretty);
}

std::string course_to_ical(const Course& course, std::string_view dtstamp) {
  IcalOptions o;
  o.dtstamp = std::string(dtstamp);
  o.calendar_name = course.id.empty() ? std::string("Udviklingsforløb") : "Udviklingsforløb " + course.id;
  return to_ical(course_events(course), o);
}

}  // namespace rorkit
