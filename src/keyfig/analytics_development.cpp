// Development over time: change against the previous year and the base year, the index
// (base = 100) and the compound annual growth rate. Nothing crosses a series break.

#include <cmath>

#include "keyfig/analytics_detail.hpp"
#include "rorkit/keyfig/analytics.hpp"

namespace rorkit {
namespace {

using analytics_detail::derived;
using analytics_detail::difference;
using analytics_detail::has_value;
using analytics_detail::missing;
using analytics_detail::missing_from;

Derived index_of(const Cell& level, const Cell& base) {
  if (!has_value(level)) return missing_from(level);
  if (!has_value(base)) return missing_from(base);
  if (base.value == 0) return missing(CellReason::zero_denominator);
  if (base.value < 0) return missing(CellReason::non_positive);
  return derived(level.value / base.value * 100.0);
}

}  // namespace

Development development(const Panel& panel, std::string_view area, std::string_view figure,
                        std::optional<std::int32_t> base_year) {
  const std::size_t a = panel.area_index(area);
  const std::size_t f = panel.figure_index(figure);
  const std::int32_t base = base_year.value_or(panel.first_year());
  const std::size_t b = panel.year_index(base);
  const std::string& id = panel.figure_ids()[f];
  const Cell base_cell = panel.cell_at(f, b, a);

  Development out;
  out.area = panel.areas()[a].code;
  out.figure = id;
  out.base_year = base;
  out.points.reserve(panel.year_count());
  for (std::size_t y = 0; y < panel.year_count(); ++y) {
    DevelopmentPoint p;
    p.year = panel.first_year() + static_cast<std::int32_t>(y);
    p.level = panel.cell_at(f, y, a);
    if (y == 0)
      p.change_previous = missing(CellReason::not_reported);  // no previous year in the panel
    else if (panel.crosses_break(id, p.year - 1, p.year))
      p.change_previous = missing(CellReason::series_break);
    else
      p.change_previous = difference(p.level, panel.cell_at(f, y - 1, a));
    if (panel.crosses_break(id, base, p.year)) {
      p.change_base = p.index = missing(CellReason::series_break);
    } else {
      p.change_base = difference(p.level, base_cell);
      p.index = index_of(p.level, base_cell);
    }
    out.points.push_back(p);
  }

  // CAGR from the base year to the last later year with a value.
  if (!has_value(base_cell)) {
    out.cagr = missing_from(base_cell);
    return out;
  }
  std::size_t end = b;
  for (std::size_t y = b + 1; y < panel.year_count(); ++y)
    if (has_value(panel.cell_at(f, y, a))) end = y;
  if (end == b) {
    out.cagr = b + 1 < panel.year_count() ? missing_from(panel.cell_at(f, panel.year_count() - 1, a))
                                          : missing(CellReason::not_reported);
    return out;
  }
  const Cell last = panel.cell_at(f, end, a);
  const std::int32_t end_year = panel.first_year() + static_cast<std::int32_t>(end);
  if (panel.crosses_break(id, base, end_year)) {
    out.cagr = missing(CellReason::series_break);
  } else if (base_cell.value <= 0 || last.value <= 0) {
    out.cagr = missing(CellReason::non_positive);
  } else {
    const double years = static_cast<double>(end_year - base);
    out.cagr = derived((std::pow(last.value / base_cell.value, 1.0 / years) - 1.0) * 100.0);
  }
  return out;
}

}  // namespace rorkit
