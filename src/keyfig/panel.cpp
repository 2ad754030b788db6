// The key-figure panel: flat arrays of shape (figures, years, areas) plus the series breaks.
// A cell without a number holds NaN in value, numerator and denominator, so a numpy view or a
// careless sum never sees a missing or withheld cell as 0.

#include "rorkit/keyfig/panel.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <utility>

#include "keyfig/catalogue_detail.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

using catalogue_detail::shown;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Equal, or both NaN: a panel equals its copy even where cells are empty.
bool same_number(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

bool same_numbers(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same_number);
}

constexpr std::int32_t kMaxYears = 1000;

}  // namespace

Panel::Panel(std::vector<Area> areas, std::int32_t first_year, std::int32_t last_year,
             std::vector<std::string> figure_ids)
    : areas_(std::move(areas)), first_year_(first_year), last_year_(last_year),
      figures_(std::move(figure_ids)) {
  if (last_year < first_year)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "panel years " + std::to_string(first_year) + "-" +
                                            std::to_string(last_year) + " are out of order");
  if (last_year - first_year >= kMaxYears)
    fail(RORKIT_ERROR_OUT_OF_RANGE, "a panel spans at most " + std::to_string(kMaxYears) + " years");
  for (std::size_t i = 0; i < areas_.size(); ++i) {
    if (areas_[i].code.empty()) fail(RORKIT_ERROR_INVALID_ARGUMENT, "panel area " + std::to_string(i) + " has no code");
    for (std::size_t j = 0; j < i; ++j)
      if (areas_[j].code == areas_[i].code)
        fail(RORKIT_ERROR_DUPLICATE, "area " + shown(areas_[i].code) + " appears twice in the panel");
  }
  for (std::size_t i = 0; i < figures_.size(); ++i) {
    if (figures_[i].empty()) fail(RORKIT_ERROR_INVALID_ARGUMENT, "panel figure " + std::to_string(i) + " has no id");
    for (std::size_t j = 0; j < i; ++j)
      if (figures_[j] == figures_[i])
        fail(RORKIT_ERROR_DUPLICATE, "figure " + shown(figures_[i]) + " appears twice in the panel");
  }
  const std::size_t n = figures_.size() * year_count() * areas_.size();
  value_.assign(n, nan);
  numerator_.assign(n, nan);
  denominator_.assign(n, nan);
  status_.assign(n, static_cast<std::uint8_t>(CellStatus::missing));
  reason_.assign(n, static_cast<std::uint8_t>(CellReason::not_reported));
}

std::size_t Panel::year_count() const noexcept {
  return last_year_ < first_year_ ? 0 : static_cast<std::size_t>(last_year_ - first_year_) + 1;
}

std::size_t Panel::area_index(std::string_view code) const {
  for (std::size_t i = 0; i < areas_.size(); ++i)
    if (areas_[i].code == code) return i;
  // "0101", "Thisted", "Region Sjælland": the standard area's code, if the panel has it.
  try {
    const Area a = find_area(code);
    for (std::size_t i = 0; i < areas_.size(); ++i)
      if (areas_[i].code == a.code) return i;
  } catch (const Error& e) {
    if (e.status() != RORKIT_ERROR_NOT_FOUND) throw;
  }
  fail(RORKIT_ERROR_NOT_FOUND, "area " + shown(code) + " is not in the panel");
}

std::size_t Panel::year_index(std::int32_t year) const {
  if (year < first_year_ || year > last_year_)
    fail(RORKIT_ERROR_OUT_OF_RANGE,
         "year " + std::to_string(year) + " is outside the panel's years " +
             (year_count() == 0 ? std::string("(none)")
                                : std::to_string(first_year_) + "-" + std::to_string(last_year_)));
  return static_cast<std::size_t>(year - first_year_);
}

std::size_t Panel::figure_index(std::string_view id) const {
  for (std::size_t i = 0; i < figures_.size(); ++i)
    if (figures_[i] == id) return i;
  fail(RORKIT_ERROR_NOT_FOUND, "figure " + shown(id) + " is not in the panel");
}

Cell Panel::cell(std::string_view area, std::int32_t year, std::string_view figure) const {
  return cell_at(figure_index(figure), year_index(year), area_index(area));
}

Cell Panel::cell_at(std::size_t figure, std::size_t year, std::size_t area) const noexcept {
  if (figure >= figures_.size() || year >= year_count() || area >= areas_.size()) return Cell{};
  const std::size_t i = flat(figure, year, area);
  return Cell{value_[i], numerator_[i], denominator_[i], static_cast<CellStatus>(status_[i]),
              static_cast<CellReason>(reason_[i])};
}

namespace {

void check_index(const Panel& p, std::size_t figure, std::size_t year, std::size_t area) {
  if (figure >= p.figure_ids().size() || year >= p.year_count() || area >= p.areas().size())
    fail(RORKIT_ERROR_OUT_OF_RANGE,
         "cell (figure " + std::to_string(figure) + ", year " + std::to_string(year) + ", area " +
             std::to_string(area) + ") is outside the panel's shape (" +
             std::to_string(p.figure_ids().size()) + ", " + std::to_string(p.year_count()) + ", " +
             std::to_string(p.areas().size()) + ")");
}

}  // namespace

void Panel::set_counts(std::size_t figure, std::size_t year, std::size_t area, double numerator,
                       double denominator, FigureUnit unit) {
  check_index(*this, figure, year, area);
  if (!std::isfinite(numerator) || !std::isfinite(denominator))
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "counts of figure " + figures_[figure] + " must be finite numbers");
  if (numerator < 0 || denominator < 0)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "counts of figure " + figures_[figure] + " must not be negative (numerator " +
             std::to_string(numerator) + ", denominator " + std::to_string(denominator) + ")");
  if (unit != FigureUnit::count && denominator == 0) {
    // A cell without a number holds NaN throughout, never 0/0 (docs/key-figures.md, "The
    // panel"): otherwise the panel CSV, which writes counts only for published cells, would not
    // read back to the same panel.
    set_missing(figure, year, area, CellReason::zero_denominator);
    return;
  }
  const std::size_t i = flat(figure, year, area);
  numerator_[i] = numerator;
  denominator_[i] = denominator;
  value_[i] = unit == FigureUnit::count ? numerator : numerator / denominator * unit_scale(unit);
  status_[i] = static_cast<std::uint8_t>(numerator == 0 ? CellStatus::true_zero : CellStatus::value);
  reason_[i] = static_cast<std::uint8_t>(CellReason::none);
}

void Panel::set_value(std::size_t figure, std::size_t year, std::size_t area, double value) {
  check_index(*this, figure, year, area);
  if (!std::isfinite(value))
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "a value of figure " + figures_[figure] + " must be a finite number (use set_missing)");
  const std::size_t i = flat(figure, year, area);
  value_[i] = value;
  numerator_[i] = nan;  // reported without counts: cannot be summed into a weighted mean
  denominator_[i] = nan;
  status_[i] = static_cast<std::uint8_t>(value == 0 ? CellStatus::true_zero : CellStatus::value);
  reason_[i] = static_cast<std::uint8_t>(CellReason::none);
}

void Panel::set_missing(std::size_t figure, std::size_t year, std::size_t area, CellReason reason) {
  check_index(*this, figure, year, area);
  const std::size_t i = flat(figure, year, area);
  value_[i] = numerator_[i] = denominator_[i] = nan;
  status_[i] = static_cast<std::uint8_t>(CellStatus::missing);
  reason_[i] = static_cast<std::uint8_t>(reason == CellReason::none ? CellReason::not_reported : reason);
}

void Panel::set_status(std::size_t figure, std::size_t year, std::size_t area, CellStatus status,
                       CellReason reason) {
  check_index(*this, figure, year, area);
  if (static_cast<std::uint8_t>(status) > static_cast<std::uint8_t>(CellStatus::suppressed))
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "unknown cell status " + std::to_string(static_cast<int>(status)));
  const std::size_t i = flat(figure, year, area);
  status_[i] = static_cast<std::uint8_t>(status);
  reason_[i] = static_cast<std::uint8_t>(reason);
}

void Panel::mark_break(std::string_view figure, std::int32_t year) {
  (void)figure_index(figure);  // NOT_FOUND for a figure the panel does not have
  std::pair<std::string, std::int32_t> b{std::string(figure), year};
  auto at = std::lower_bound(breaks_.begin(), breaks_.end(), b);
  if (at == breaks_.end() || *at != b) breaks_.insert(at, std::move(b));
}

bool Panel::crosses_break(std::string_view figure, std::int32_t from, std::int32_t to) const {
  if (from > to) std::swap(from, to);
  return std::any_of(breaks_.begin(), breaks_.end(), [&](const auto& b) {
    return b.first == figure && b.second > from && b.second <= to;
  });
}

bool operator==(const Panel& a, const Panel& b) {
  auto same_area = [](const Area& x, const Area& y) {
    return x.code == y.code && x.kind == y.kind && x.name == y.name;
  };
  return a.first_year_ == b.first_year_ && a.last_year_ == b.last_year_ &&
         a.figures_ == b.figures_ && a.areas_.size() == b.areas_.size() &&
         std::equal(a.areas_.begin(), a.areas_.end(), b.areas_.begin(), same_area) &&
         a.status_ == b.status_ && a.reason_ == b.reason_ && same_numbers(a.value_, b.value_) &&
         same_numbers(a.numerator_, b.numerator_) && same_numbers(a.denominator_, b.denominator_) &&
         a.breaks_ == b.breaks_;
}

std::string_view to_code(CellStatus s) noexcept {
  switch (s) {
    case CellStatus::value: return "value";
    case CellStatus::true_zero: return "true_zero";
    case CellStatus::missing: return "missing";
    case CellStatus::suppressed: return "suppressed";
  }
  return "";
}

std::string_view to_code(CellReason r) noexcept {
  switch (r) {
    case CellReason::none: return "none";
    case CellReason::not_reported: return "not_reported";
    case CellReason::zero_denominator: return "zero_denominator";
    case CellReason::source_missing: return "source_missing";
    case CellReason::incomplete_followup: return "incomplete_followup";
    case CellReason::series_break: return "series_break";
    case CellReason::non_positive: return "non_positive";
    case CellReason::small_numerator: return "small_numerator";
    case CellReason::small_denominator: return "small_denominator";
    case CellReason::complementary: return "complementary";
  }
  return "";
}

}  // namespace rorkit
