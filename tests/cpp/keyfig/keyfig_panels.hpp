#pragma once
// Small hand-built panels for the catalogue, panel and analytics tests; every number the tests
// expect is worked out by hand in the test next to it.

#include <string>
#include <vector>

#include "rorkit/core/municipality.hpp"
#include "rorkit/keyfig/panel.hpp"

namespace keyfig_test {

/// A municipality area from the reference data ("101" -> København).
inline rorkit::Area municipality(const std::string& code) {
  return rorkit::find_area(code);
}

/// A panel of the given municipalities (no country or region rows) over the years and figures.
inline rorkit::Panel municipalities_panel(const std::vector<std::string>& codes, std::int32_t first,
                                          std::int32_t last, std::vector<std::string> figures) {
  std::vector<rorkit::Area> areas;
  for (const auto& c : codes) areas.push_back(municipality(c));
  return rorkit::Panel(std::move(areas), first, last, std::move(figures));
}

/// Sets a percent cell from counts.
inline void put(rorkit::Panel& p, const std::string& area, std::int32_t year, const std::string& fig,
                double num, double den, rorkit::FigureUnit unit = rorkit::FigureUnit::percent) {
  p.set_counts(p.figure_index(fig), p.year_index(year), p.area_index(area), num, den, unit);
}

inline void suppress(rorkit::Panel& p, const std::string& area, std::int32_t year,
                     const std::string& fig,
                     rorkit::CellReason why = rorkit::CellReason::small_numerator) {
  const auto f = p.figure_index(fig), y = p.year_index(year), a = p.area_index(area);
  p.set_missing(f, y, a, why);  // clears the numbers, as the suppression does
  p.set_status(f, y, a, rorkit::CellStatus::suppressed, why);
}

}  // namespace keyfig_test
