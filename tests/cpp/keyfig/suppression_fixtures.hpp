#pragma once
// Test helpers for disclosure control: panels built by hand from municipality counts, with the
// regions and the country summed the way the engine sums them (membership on 1 July).

#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "rorkit/core/date.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/keyfig/panel.hpp"

namespace rorkit::test {

using Counts = std::map<std::string, std::pair<double, double>>;  // code -> (numerator, denominator)

/// The country, the regions that hold any of `municipalities`, and those municipalities.
inline std::vector<Area> areas_for(const std::vector<std::string>& municipality_codes,
                                   bool all_regions_too = false) {
  std::vector<Area> out{find_area("000")};
  for (const Region& r : all_regions()) {
    bool used = all_regions_too;
    for (const auto& code : municipality_codes) {
      const Municipality& m = find_municipality(code);
      for (std::int32_t y : {2020, 2030})
        used = used || region_of(m, Date{y, 7, 1}).code == r.code;
    }
    if (used) out.push_back(find_area(r.statbank_code()));
  }
  for (const auto& code : municipality_codes) out.push_back(find_area(code));
  return out;
}

/// The region (StatBank code) of a municipality area in a year.
inline std::string region_code(const std::string& municipality, std::int32_t year) {
  return region_of(find_municipality(municipality), Date{year, 7, 1}).statbank_code();
}

/// Sets municipality counts (municipalities absent from `counts` get 0 / 0, i.e. missing with
/// zero denominator) and sums them into the regions in force and the country.
inline void put_counts(Panel& p, const std::string& figure, std::int32_t year, const Counts& counts,
                       FigureUnit unit = FigureUnit::percent) {
  const std::size_t f = p.figure_index(figure), y = p.year_index(year);
  std::map<std::string, std::pair<double, double>> region_sum;
  double num = 0, den = 0;
  for (std::size_t a = 0; a < p.areas().size(); ++a) {
    const Area& area = p.areas()[a];
    if (area.kind != AreaKind::municipality) continue;
    auto it = counts.find(area.code);
    const auto c = it == counts.end() ? std::make_pair(0.0, 0.0) : it->second;
    p.set_counts(f, y, a, c.first, c.second, unit);
    auto& r = region_sum[region_code(area.code, year)];
    r.first += c.first;
    r.second += c.second;
    num += c.first;
    den += c.second;
  }
  for (std::size_t a = 0; a < p.areas().size(); ++a) {
    const Area& area = p.areas()[a];
    if (area.kind == AreaKind::country) p.set_counts(f, y, a, num, den, unit);
    if (area.kind != AreaKind::region) continue;
    auto it = region_sum.find(area.code);
    if (it == region_sum.end()) continue;  // not in force that year: stays not reported
    p.set_counts(f, y, a, it->second.first, it->second.second, unit);
  }
}

inline bool is_cleared(const Cell& c) {
  return std::isnan(c.value) && std::isnan(c.numerator) && std::isnan(c.denominator);
}

}  // namespace rorkit::test
