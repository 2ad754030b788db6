// The temperature measurement (DOMAIN.md §4 [I]): nine default dimensions taken from seed A's list
// of what the strategic leadership must secure, cells per dimension and respondent role with
// small cells suppressed, and the baseline -> follow-up comparison. docs/course.md, section
// "Temperature measurement", is the reader's version of the rules here.

#include "rorkit/course/temperature.hpp"

#include <cmath>
#include <cstdio>
#include <set>
#include <string>

#include "core/text.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

constexpr std::int32_t kLowest = 1;
constexpr std::int32_t kHighest = 5;
constexpr double kRedBelow = 2.5;
constexpr double kYellowBelow = 3.5;
constexpr double kFallThatNeedsWork = 0.5;
// Means are sums of small integers over small counts; differences that should be exactly -0.5
// may come out a rounding step above it.
constexpr double kTolerance = 1e-9;

constexpr std::array<RespondentRole, 5> kRoleOrder{
    RespondentRole::strategic_leader, RespondentRole::myndighed, RespondentRole::tilbud,
    RespondentRole::citizen, RespondentRole::partner};

std::string two_decimals(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

// Everything summarise refuses, checked before anything is counted.
void check_survey(const TemperatureSurvey& survey, const TemperatureOptions& options) {
  if (options.min_cell < 1)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "min_cell must be at least 1, got " + std::to_string(options.min_cell));
  std::set<std::string_view> dimensions;
  for (const auto& d : survey.dimensions)
    if (!dimensions.insert(d.id).second)
      fail(RORKIT_ERROR_DUPLICATE,
           "dimension " + text::in_quotes(d.id) + " appears twice in survey " + text::in_quotes(survey.id));
  std::set<std::string_view> respondents;
  for (const auto& r : survey.responses) {
    if (!respondents.insert(r.respondent_id).second)
      fail(RORKIT_ERROR_DUPLICATE, "respondent " + text::in_quotes(r.respondent_id) +
                                       " answers twice in survey " + text::in_quotes(survey.id));
    if (r.scores.size() != survey.dimensions.size())
      fail(RORKIT_ERROR_VALIDATION,
           "respondent " + text::in_quotes(r.respondent_id) + " has " + std::to_string(r.scores.size()) +
               " scores; survey " + text::in_quotes(survey.id) + " has " +
               std::to_string(survey.dimensions.size()) + " dimensions");
    for (std::size_t i = 0; i < r.scores.size(); ++i) {
      const auto& s = r.scores[i];
      if (s && (*s < kLowest || *s > kHighest))
        fail(RORKIT_ERROR_OUT_OF_RANGE, "respondent " + text::in_quotes(r.respondent_id) + ", dimension " +
                                            text::in_quotes(survey.dimensions[i].id) + ": score " +
                                            std::to_string(*s) + " is not 1-5");
    }
  }
}

// One cell: the answers to dimension `d` of the respondents `role` selects (all when empty).
TemperatureCell make_cell(const TemperatureSurvey& survey, std::size_t d,
                          std::optional<RespondentRole> role, std::int32_t min_cell) {
  TemperatureCell cell;
  cell.dimension_id = survey.dimensions[d].id;
  cell.role = role;
  std::array<std::int32_t, 5> counts{};
  std::int64_t sum = 0;
  for (const auto& r : survey.responses) {
    if (role && r.role != *role) continue;
    if (const auto& s = r.scores[d]) {
      ++cell.n;
      ++counts[static_cast<std::size_t>(*s - kLowest)];
      sum += *s;
    }
  }
  cell.suppressed = cell.n < min_cell;
  if (cell.suppressed) return cell;  // n only: mean, distribution and light stay empty
  cell.distribution = counts;
  cell.mean = static_cast<double>(sum) / cell.n;
  cell.light = traffic_light(*cell.mean);
  return cell;
}

std::string missing_from(const TemperatureSurvey& a, const TemperatureSurvey& b) {
  std::string out;
  for (const auto& d : a.dimensions) {
    bool found = false;
    for (const auto& e : b.dimensions) found = found || e.id == d.id;
    if (!found) out += (out.empty() ? "" : ", ") + text::in_quotes(d.id);
  }
  return out;
}

const TemperatureCell& overall_cell(const std::vector<TemperatureCell>& cells, std::string_view id) {
  for (const auto& c : cells)
    if (!c.role && c.dimension_id == id) return c;
  fail(RORKIT_ERROR_INTERNAL, "no overall cell for dimension " + text::in_quotes(id));
}

}  // namespace

const std::vector<TemperatureDimension>& default_temperature_dimensions() {
  // Seed A, "Hvad er den strategiske ledelses opgave": the nine things leadership must secure,
  // in its order, shortened to a name a questionnaire can carry.
  static const std::vector<TemperatureDimension> dimensions{
      {"strategic-direction", "Klart strategisk afsæt med tydelige mål og handleanvisninger"},
      {"coordination-backing", "Koordination og opbakning på tværs af den samlede socialpsykiatri"},
      {"collaboration-culture",
       "Samarbejdskultur på tværs af områder, forvaltninger og sektorer, også med civilsamfundet"},
      {"competences-methods", "Kompetencer og faglighed med viden og metoder, der virker"},
      {"language-processes-tools", "Sprog, understøttende processer og redskaber (kultur og mindset)"},
      {"citizen-directed-myndighed",
       "Borgerstyret myndighed: tidlig indsats, sammenhæng og borgernes egne mål"},
      {"flexible-tilbud", "Relevante og fleksible tilbud til borgere med brug for lidt eller meget støtte"},
      {"results-followup", "Dialog om resultater og systematisk opfølgning, bl.a. med nøgletal"},
      {"administrative-workflows", "Relevante og fleksible administrative arbejdsgange og systemer"},
  };
  return dimensions;
}

TrafficLight traffic_light(double mean) noexcept {
  if (!(mean >= kRedBelow)) return TrafficLight::red;  // NaN too: the cautious reading
  if (mean < kYellowBelow) return TrafficLight::yellow;
  return TrafficLight::green;
}

std::string_view to_code(TrafficLight t) noexcept {
  switch (t) {
    case TrafficLight::red: return "red";
    case TrafficLight::yellow: return "yellow";
    case TrafficLight::green: return "green";
  }
  return "unknown";
}

std::vector<TemperatureCell> summarise(const TemperatureSurvey& survey,
                                       const TemperatureOptions& options) {
  check_survey(survey, options);
  // The roles that answered the survey at all; every dimension gets a cell for each of them, so
  // the result is a full table even where a role skipped a dimension (n = 0, suppressed).
  std::vector<RespondentRole> roles;
  for (RespondentRole role : kRoleOrder)
    for (const auto& r : survey.responses)
      if (r.role == role) {
        roles.push_back(role);
        break;
      }
  std::vector<TemperatureCell> cells;
  cells.reserve(survey.dimensions.size() * (1 + roles.size()));
  for (std::size_t d = 0; d < survey.dimensions.size(); ++d) {
    cells.push_back(make_cell(survey, d, std::nullopt, options.min_cell));
    for (RespondentRole role : roles) cells.push_back(make_cell(survey, d, role, options.min_cell));
  }
  return cells;
}

std::vector<TemperatureChange> compare(const TemperatureSurvey& baseline,
                                       const TemperatureSurvey& followup,
                                       const TemperatureOptions& options) {
  const std::vector<TemperatureCell> before = summarise(baseline, options);
  const std::vector<TemperatureCell> after = summarise(followup, options);
  const std::string only_before = missing_from(baseline, followup);
  const std::string only_after = missing_from(followup, baseline);
  if (!only_before.empty() || !only_after.empty()) {
    std::string what = "surveys " + text::in_quotes(baseline.id) + " and " + text::in_quotes(followup.id) +
                       " measure different dimensions:";
    if (!only_before.empty()) what += " only in " + text::in_quotes(baseline.id) + ": " + only_before + ";";
    if (!only_after.empty()) what += " only in " + text::in_quotes(followup.id) + ": " + only_after + ";";
    what.pop_back();
    fail(RORKIT_ERROR_VALIDATION, what);
  }

  std::vector<TemperatureChange> changes;
  changes.reserve(baseline.dimensions.size());
  for (const auto& dim : baseline.dimensions) {
    const TemperatureCell& b = overall_cell(before, dim.id);
    const TemperatureCell& f = overall_cell(after, dim.id);
    TemperatureChange c;
    c.dimension_id = dim.id;
    c.baseline_mean = b.mean;
    c.followup_mean = f.mean;
    if (b.mean && f.mean) c.change = *f.mean - *b.mean;

    std::string reason;
    if (f.light && *f.light != TrafficLight::green)
      reason = "follow-up mean " + two_decimals(*f.mean) + " is " + std::string(to_code(*f.light));
    if (c.change && *c.change <= -kFallThatNeedsWork + kTolerance)
      reason += (reason.empty() ? "" : "; ") + std::string("fell ") + two_decimals(-*c.change) +
                " from " + two_decimals(*b.mean) + " to " + two_decimals(*f.mean);
    c.needs_work = !reason.empty();
    if (!c.needs_work && f.suppressed)
      reason = "follow-up suppressed (" + std::to_string(f.n) + " answers, fewer than " +
               std::to_string(options.min_cell) + "): cannot tell";
    c.reason = std::move(reason);
    changes.push_back(std::move(c));
  }
  return changes;
}

}  // namespace rorkit
