// The areas of a key-figure panel as StatBank codes them: 000 the whole country, 081-085 the
// regions (086 Region Østdanmark from 2027, provisional), 3-digit municipality codes.

#include <algorithm>
#include <cctype>
#include <string>

#include "core/text.hpp"
#include "keyfig/catalogue_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/core/utf8.hpp"
#include "rorkit/keyfig/panel.hpp"

namespace rorkit {
namespace {

Area country_area() {
  return Area{std::string(whole_country_code), AreaKind::country, std::string(whole_country_name)};
}
Area region_area(const Region& r) {
  return Area{r.statbank_code(), AreaKind::region, std::string(r.name)};
}
Area municipality_area(const Municipality& m) {
  return Area{m.code3(), AreaKind::municipality, std::string(m.name)};
}

[[noreturn]] void no_area(std::string_view query, const std::string& why = "") {
  fail(RORKIT_ERROR_NOT_FOUND, "no area matches " + catalogue_detail::shown(query) +
                                   (why.empty() ? "" : ": " + why));
}

}  // namespace

std::vector<Area> standard_areas(std::optional<std::int32_t> year) {
  std::vector<Area> out;
  out.reserve(1 + 6 + municipalities().size());
  out.push_back(country_area());
  if (year) {
    // The regions in force on 1 July: the middle of the year the figures describe.
    for (const Region& r : regions_on(Date::from_ymd(*year, 7, 1))) out.push_back(region_area(r));
  } else {
    for (const Region& r : all_regions()) out.push_back(region_area(r));
  }
  for (const Municipality& m : municipalities()) out.push_back(municipality_area(m));
  // Codes are all three digits, so string order is code order.
  std::stable_sort(out.begin(), out.end(), [](const Area& a, const Area& b) { return a.code < b.code; });
  return out;
}

Area find_area(std::string_view code_or_label) {
  require_utf8(code_or_label, "area query");
  const std::string_view q = text::trim(code_or_label);
  if (q.empty()) no_area(code_or_label, "the query is empty");
  if (const std::int32_t n = text::code_value(q); n >= 0) {  // an area code: one to four digits
    if (n == 0) {
      if (q.size() != 3) no_area(code_or_label, "the whole country is 000");
      return country_area();
    }
    // StatBank region codes 081-086 and the DAWA/CPR form 1081-1086.
    if ((n >= 81 && n <= 86) || (n >= 1081 && n <= 1086)) {
      const std::int32_t code = n >= 1000 ? n : n + 1000;
      for (const Region& r : all_regions())
        if (r.code == code) return region_area(r);
      no_area(code_or_label);
    }
    try {
      return municipality_area(municipality_by_code(n));
    } catch (const Error& e) {
      no_area(code_or_label, e.what());
    }
  }
  const std::string folded = fold_ascii(q);
  if (folded == fold_ascii(whole_country_name) || folded == "all denmark" || folded == "danmark")
    return country_area();
  try {
    return region_area(find_region(q));
  } catch (const Error& e) {
    if (e.status() != RORKIT_ERROR_NOT_FOUND) throw;
  }
  try {
    return municipality_area(find_municipality(q));
  } catch (const Error& e) {
    if (e.status() != RORKIT_ERROR_NOT_FOUND) throw;
  }
  no_area(code_or_label);
}

std::string_view to_code(AreaKind k) noexcept {
  switch (k) {
    case AreaKind::country: return "country";
    case AreaKind::region: return "region";
    case AreaKind::municipality: return "municipality";
  }
  return "";
}

}  // namespace rorkit
