// From aggregates to the panel of all areas: municipalities from their counts; regions (on 1 July
// of each year) and the whole country by summing counts (weighted figures) or by the plain mean
// of the municipalities' values (unweighted figures).

#include <cstdio>
#include <string>
#include <vector>

#include "keyfig/microdata_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"

namespace rorkit {

using keyfig_detail::kFigures;
using keyfig_detail::kMunicipalities;

namespace {

constexpr std::int32_t kFirstRegionYear = 2007;  // the regions date from the 2007 reform
constexpr double kScoreScale = 1000.0;           // score sums are kept in thousandths

struct AreaMembers {
  std::size_t area = 0;
  std::vector<std::size_t> slots;
};

// The country and the regions of a year, each with its member municipalities' slots.
std::vector<AreaMembers> groups_of_year(const Panel& panel, std::int32_t year) {
  std::vector<AreaMembers> out;
  AreaMembers country;
  country.area = panel.area_index(whole_country_code);
  for (std::size_t s = 0; s < static_cast<std::size_t>(kMunicipalities); ++s) country.slots.push_back(s);
  out.push_back(std::move(country));
  if (year < kFirstRegionYear) return out;  // [I] no regions before the reform
  const Date july1 = Date::from_ymd(year, 7, 1);
  const auto& codes = keyfig_detail::slot_codes();
  for (std::size_t s = 0; s < static_cast<std::size_t>(kMunicipalities); ++s) {
    const Region& r = region_of(municipality_by_code(codes[s]), july1);
    const std::size_t area = panel.area_index(r.statbank_code());
    auto it = std::find_if(out.begin() + 1, out.end(), [&](const AreaMembers& g) { return g.area == area; });
    if (it == out.end()) {
      out.push_back(AreaMembers{area, {}});
      it = out.end() - 1;
    }
    it->slots.push_back(s);
  }
  return out;
}

std::string figure_id(int number) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "kf%02d", number);
  return buf;
}

}  // namespace

Panel KeyFigureAggregates::to_panel(const Catalogue& catalogue) const {
  if (empty()) fail(RORKIT_ERROR_INVALID_STATE, "empty aggregates have no years to put in a panel");
  // The catalogue's figures kf01-kf20 in number order; a figure the catalogue lacks is left out.
  std::vector<std::string> ids;
  std::vector<int> numbers;
  std::vector<const KeyFigure*> defs;
  for (int n = 1; n <= kFigures; ++n) {
    const std::string id = figure_id(n);
    if (const KeyFigure* k = catalogue.find(id)) {
      ids.push_back(id);
      numbers.push_back(n);
      defs.push_back(k);
    }
  }
  Panel panel(standard_areas(), first_year_, last_year_, ids);
  const auto& codes = keyfig_detail::slot_codes();
  std::vector<std::size_t> muni_area(static_cast<std::size_t>(kMunicipalities));
  for (std::size_t s = 0; s < muni_area.size(); ++s) {
    char code3[8];
    std::snprintf(code3, sizeof code3, "%03d", static_cast<int>(codes[s]));
    muni_area[s] = panel.area_index(code3);
  }
  const auto years_n = static_cast<std::size_t>(years());
  for (std::size_t y = 0; y < years_n; ++y) {
    const std::int32_t year = first_year_ + static_cast<std::int32_t>(y);
    const std::vector<AreaMembers> groups = groups_of_year(panel, year);
    for (std::size_t f = 0; f < ids.size(); ++f) {
      const KeyFigure& def = *defs[f];
      const int number = numbers[f];
      const double scale = def.unit == FigureUnit::score ? kScoreScale : 1.0;
      // kf10 needs twelve months after the year: never known for the last year of the data.
      if (number == 10 && year == last_year_) {
        for (std::size_t a = 0; a < panel.areas().size(); ++a)
          panel.set_missing(f, y, a, CellReason::incomplete_followup);
        continue;
      }
      auto count = [&](const std::vector<std::int64_t>& v, std::size_t s) {
        return v[(s * years_n + y) * kFigures + static_cast<std::size_t>(number - 1)];
      };
      for (std::size_t s = 0; s < muni_area.size(); ++s)
        panel.set_counts(f, y, muni_area[s], static_cast<double>(count(num_, s)) / scale,
                         static_cast<double>(count(den_, s)), def.unit);
      for (const AreaMembers& g : groups) {
        if (def.averaging == Averaging::weighted) {
          std::int64_t n = 0, d = 0;
          for (std::size_t s : g.slots) {
            n += count(num_, s);
            d += count(den_, s);
          }
          panel.set_counts(f, y, g.area, static_cast<double>(n) / scale, static_cast<double>(d),
                           def.unit);
        } else {
          // [I] the mean over the member municipalities that have a value.
          double sum = 0;
          std::size_t k = 0;
          for (std::size_t s : g.slots) {
            const Cell c = panel.cell_at(f, y, muni_area[s]);
            if (c.status == CellStatus::value || c.status == CellStatus::true_zero) {
              sum += c.value;
              ++k;
            }
          }
          if (k == 0)
            panel.set_missing(f, y, g.area, CellReason::zero_denominator);
          else
            panel.set_value(f, y, g.area, sum / static_cast<double>(k));
        }
      }
    }
  }
  return panel;
}

}  // namespace rorkit
