// Comparisons: rank among the municipalities, and the difference to the whole country, the
// area's region or a group of municipalities. Each comparison states its averaging rule and the
// municipalities it averaged; missing and suppressed cells never count as numbers.

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "keyfig/analytics_detail.hpp"
#include "keyfig/catalogue_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/keyfig/analytics.hpp"

namespace rorkit {
namespace {

using analytics_detail::derived;
using analytics_detail::has_value;
using analytics_detail::missing;
using analytics_detail::missing_from;
using catalogue_detail::shown;

bool is_municipality(const Panel& panel, std::size_t a) {
  return panel.areas()[a].kind == AreaKind::municipality;
}

std::size_t municipality_index(const Panel& panel, std::string_view code, const char* what) {
  const std::size_t a = panel.area_index(code);
  if (!is_municipality(panel, a))
    fail(RORKIT_ERROR_INVALID_ARGUMENT, std::string(what) + ": area " + shown(panel.areas()[a].code) +
                                            " is not a municipality");
  return a;
}

std::string count_text(std::size_t n) {
  return std::to_string(n) + (n == 1 ? " municipality" : " municipalities");
}

std::string code_list(const std::vector<std::string>& codes) {
  std::string out;
  for (std::size_t i = 0; i < codes.size() && i < 10; ++i) out += (i ? ", " : "") + codes[i];
  if (codes.size() > 10) out += ", ...";
  return out;
}

// The candidates averaged into a reference: their codes, and their panel index (or npos when
// the panel does not have them).
struct Candidate {
  std::string code;
  std::size_t index = std::string::npos;
};

// Averages the candidates' cells by the rule and fills the comparison's members, count, value
// and rule text.
void aggregate(const Panel& panel, std::size_t f, std::size_t y, const std::vector<Candidate>& candidates,
               Averaging averaging, FigureUnit unit, Comparison& out) {
  std::vector<std::string> without;
  std::vector<std::string> uncounted;  // values reported without counts
  double num = 0, den = 0, sum = 0;
  CellReason first_reason = CellReason::not_reported;
  for (const Candidate& c : candidates) {
    const Cell cell = c.index == std::string::npos ? Cell{} : panel.cell_at(f, y, c.index);
    if (!has_value(cell)) {
      if (without.empty()) first_reason = cell.reason;
      without.push_back(c.code);
      continue;
    }
    out.members.push_back(c.code);
    sum += cell.value;
    if (std::isfinite(cell.numerator) && std::isfinite(cell.denominator)) {
      num += cell.numerator;
      den += cell.denominator;
    } else {
      uncounted.push_back(c.code);
    }
  }
  const std::size_t used = out.members.size();
  out.member_count = static_cast<std::int32_t>(used);
  out.averaging = averaging;
  if (averaging == Averaging::weighted)
    out.rule = unit == FigureUnit::count ? "weighted: sum of the counts of " + count_text(used)
                                         : "weighted: sum of numerators / sum of denominators over " +
                                               count_text(used);
  else
    out.rule = "unweighted: mean of the values of " + count_text(used);
  if (!without.empty())
    out.rule += "; " + std::to_string(without.size()) + " of " + std::to_string(candidates.size()) +
                " without a value (" + code_list(without) + ")";

  if (used == 0) {
    out.reference_value = missing(first_reason);
  } else if (averaging == Averaging::unweighted) {
    out.reference_value = derived(sum / static_cast<double>(used));
  } else if (!uncounted.empty()) {
    out.reference_value = missing(CellReason::not_reported);
    out.rule += "; not computed: weighted averaging needs counts, and " +
                std::to_string(uncounted.size()) + " have a value without counts (" +
                code_list(uncounted) + ")";
  } else if (unit == FigureUnit::count) {
    out.reference_value = derived(num);
  } else if (den == 0) {
    out.reference_value = missing(CellReason::zero_denominator);
  } else {
    out.reference_value = derived(num / den * unit_scale(unit));
  }
  if (out.reference_value.ok() && out.reference_value.value == 0)
    out.reference_value.status = CellStatus::true_zero;
}

// Uses the panel's own cell for the reference area when it has one with an input (a value, or a
// reported missing or suppressed cell, which is never recomputed from its parts); returns false
// when the area is absent or its cell has no input, so the caller computes it.
bool use_reported(const Panel& panel, std::string_view code, std::size_t f, std::size_t y,
                  Averaging averaging, Comparison& out) {
  const auto& areas = panel.areas();
  auto it = std::find_if(areas.begin(), areas.end(), [&](const Area& a) { return a.code == code; });
  if (it == areas.end()) return false;
  const Cell cell = panel.cell_at(f, y, static_cast<std::size_t>(it - areas.begin()));
  if (cell.status == CellStatus::missing && cell.reason == CellReason::not_reported) return false;
  out.averaging = averaging;
  out.reference_value = has_value(cell) ? Derived{cell.value, cell.status, CellReason::none}
                                        : missing_from(cell);
  out.rule = "reported: the panel's cell for " + it->code + " " + it->name + ", used as it is";
  return true;
}

void finish(const Cell& own, Comparison& out) {
  if (!has_value(own))
    out.difference = missing_from(own);
  else if (!out.reference_value.ok())
    out.difference = missing(out.reference_value.reason);
  else
    out.difference = derived(own.value - out.reference_value.value);
}

std::vector<Candidate> candidates_of(const Panel& panel, const std::vector<Municipality>& ms) {
  std::vector<Candidate> out;
  out.reserve(ms.size());
  for (const Municipality& m : ms) {
    Candidate c{m.code3()};
    const auto& areas = panel.areas();
    for (std::size_t i = 0; i < areas.size(); ++i)
      if (areas[i].code == c.code && areas[i].kind == AreaKind::municipality) c.index = i;
    out.push_back(std::move(c));
  }
  return out;
}

// "Better" by the figure's direction; neutral figures rank the highest first.
bool better(double a, double b, Direction d) { return d == Direction::lower_is_better ? a < b : a > b; }

}  // namespace

Rank rank(const Panel& panel, std::string_view municipality, std::int32_t year,
          std::string_view figure, const Catalogue& catalogue) {
  const std::size_t a = municipality_index(panel, municipality, "rank");
  const std::size_t f = panel.figure_index(figure);
  const std::size_t y = panel.year_index(year);
  const Direction direction = catalogue.at(panel.figure_ids()[f]).direction;
  Rank out;
  std::vector<double> values;
  for (std::size_t i = 0; i < panel.areas().size(); ++i) {
    if (!is_municipality(panel, i)) continue;
    const Cell c = panel.cell_at(f, y, i);
    if (has_value(c)) values.push_back(c.value);
  }
  out.of = static_cast<std::int32_t>(values.size());
  const Cell own = panel.cell_at(f, y, a);
  if (!has_value(own)) {
    out.status = CellStatus::missing;
    out.reason = own.reason == CellReason::none ? CellReason::not_reported : own.reason;
    return out;
  }
  // Competition ranking ("1224"): ties share the best rank. The percentile counts the
  // municipalities this one is better than or equal to, itself included (so the best is 100).
  std::int32_t better_than_me = 0, at_least_as_good = 0;
  for (double v : values) {
    if (better(v, own.value, direction)) better_than_me += 1;
    else at_least_as_good += 1;
  }
  out.rank = better_than_me + 1;
  out.percentile = 100.0 * at_least_as_good / static_cast<double>(values.size());
  out.status = own.status;
  out.reason = CellReason::none;
  return out;
}

Comparison compare_with_country(const Panel& panel, std::string_view area, std::int32_t year,
                                std::string_view figure, const Catalogue& catalogue) {
  const std::size_t a = panel.area_index(area);
  const std::size_t f = panel.figure_index(figure);
  const std::size_t y = panel.year_index(year);
  const KeyFigure& kf = catalogue.at(panel.figure_ids()[f]);
  Comparison out;
  out.reference = std::string(whole_country_code);
  if (!use_reported(panel, whole_country_code, f, y, kf.averaging, out))
    aggregate(panel, f, y, candidates_of(panel, municipalities()), kf.averaging, kf.unit, out);
  finish(panel.cell_at(f, y, a), out);
  return out;
}

Comparison compare_with_region(const Panel& panel, std::string_view municipality, std::int32_t year,
                               std::string_view figure, const Catalogue& catalogue) {
  const std::size_t a = municipality_index(panel, municipality, "compare_with_region");
  const std::size_t f = panel.figure_index(figure);
  const std::size_t y = panel.year_index(year);
  const KeyFigure& kf = catalogue.at(panel.figure_ids()[f]);
  // Membership on 1 July, as the panel's regions are built: Østdanmark from 2027.
  const Date mid_year = Date::from_ymd(year, 7, 1);
  const Municipality& m = find_municipality(panel.areas()[a].code);
  const Region& region = region_of(m, mid_year);
  Comparison out;
  out.reference = region.statbank_code();
  if (!use_reported(panel, out.reference, f, y, kf.averaging, out))
    aggregate(panel, f, y, candidates_of(panel, municipalities_in_region(region.code, mid_year)),
              kf.averaging, kf.unit, out);
  out.rule += " (" + std::string(region.name) + " in " + std::to_string(year) + ")";
  finish(panel.cell_at(f, y, a), out);
  return out;
}

Comparison compare_with_group(const Panel& panel, std::string_view area,
                              const std::vector<std::string>& group, std::int32_t year,
                              std::string_view figure, const Catalogue& catalogue,
                              std::optional<Averaging> averaging) {
  const std::size_t a = panel.area_index(area);
  const std::size_t f = panel.figure_index(figure);
  const std::size_t y = panel.year_index(year);
  const KeyFigure& kf = catalogue.at(panel.figure_ids()[f]);
  if (group.empty()) fail(RORKIT_ERROR_INVALID_ARGUMENT, "the comparison group is empty");
  if (averaging && *averaging != Averaging::weighted && *averaging != Averaging::unweighted)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "unknown averaging rule");
  std::vector<Candidate> candidates;
  for (const std::string& code : group) {
    const std::size_t i = municipality_index(panel, code, "comparison group");
    const std::string& c = panel.areas()[i].code;
    for (const Candidate& seen : candidates)
      if (seen.index == i)
        fail(RORKIT_ERROR_DUPLICATE, "municipality " + c + " appears twice in the comparison group");
    candidates.push_back(Candidate{c, i});
  }
  Comparison out;
  out.reference = "group";
  aggregate(panel, f, y, candidates, averaging.value_or(kf.averaging), kf.unit, out);
  finish(panel.cell_at(f, y, a), out);
  return out;
}

}  // namespace rorkit
