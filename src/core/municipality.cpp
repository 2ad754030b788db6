#include "rorkit/core/municipality.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "core/municipality_data.hpp"
#include "core/text.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/utf8.hpp"

namespace rorkit {
namespace {

constexpr Date reform_date{2007, 1, 1};

std::string pad(std::int32_t code, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, static_cast<int>(code));
  return buf;
}

struct Index {
  std::vector<Municipality> all;
  std::vector<Region> regions;
  std::unordered_map<std::string, std::int32_t> by_ascii_name;  // fold_ascii(name) -> code
};

const Index& index() {
  static const Index idx = [] {
    Index i;
    for (const auto& r : detail::region_rows()) {
      std::optional<Date> to;
      if (r.valid_to.year != 0) to = r.valid_to;
      i.regions.push_back(Region{r.code, r.name, r.valid_from, to});
    }
    for (const auto& m : detail::municipality_rows()) {
      i.all.push_back(Municipality{m.code, m.name, m.region, reform_date});
      i.by_ascii_name.emplace(fold_ascii(m.name), m.code);
    }
    for (const auto& a : detail::name_aliases()) i.by_ascii_name.emplace(fold_ascii(a.name), a.code);
    return i;
  }();
  return idx;
}

const Region* region_by_code(std::int32_t code) {
  for (const auto& r : index().regions)
    if (r.code == code) return &r;
  return nullptr;
}

// Drops a trailing " kommune" and then a genitive "s" ("Københavns Kommune" -> "københavn").
std::vector<std::string> name_candidates(std::string_view query) {
  std::string folded = fold_ascii(query);
  std::vector<std::string> out{folded};
  const std::string suffix = " kommune";
  if (folded.size() > suffix.size() &&
      folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0) {
    std::string base = folded.substr(0, folded.size() - suffix.size());
    out.push_back(base);
    if (base.size() > 1 && base.back() == 's') out.push_back(base.substr(0, base.size() - 1));
  }
  return out;
}

}  // namespace

std::string Region::statbank_code() const { return pad(code - 1000, 3); }

bool Region::valid_on(const Date& on) const noexcept {
  return valid_from <= on && (!valid_to || on <= *valid_to);
}

std::string Municipality::code3() const { return pad(code, 3); }
std::string Municipality::code4() const { return pad(code, 4); }

const std::vector<Municipality>& municipalities() { return index().all; }

const std::vector<Region>& all_regions() { return index().regions; }

std::vector<Region> regions_on(const Date& on) {
  require_valid(on, "on");
  if (on < reform_date)
    fail(RORKIT_ERROR_OUT_OF_RANGE, "the regions exist from " + reform_date.iso() + ", not on " +
                                        on.iso());
  std::vector<Region> out;
  for (const auto& r : index().regions)
    if (r.valid_on(on)) out.push_back(r);
  return out;
}

const Municipality& municipality_by_code(std::int32_t code) {
  const auto& all = index().all;
  auto it = std::lower_bound(all.begin(), all.end(), code,
                             [](const Municipality& m, std::int32_t c) { return m.code < c; });
  if (it != all.end() && it->code == code) return *it;
  if (code == detail::christiansoe_code)
    fail(RORKIT_ERROR_NOT_FOUND,
         "municipality 411 not found: 411 is Christiansø, which is not a municipality");
  fail(RORKIT_ERROR_NOT_FOUND, "no municipality has code " + std::to_string(code));
}

const Municipality& find_municipality(std::string_view query) {
  require_utf8(query, "municipality query");
  std::string_view q = text::trim(query);
  if (q.empty()) fail(RORKIT_ERROR_NOT_FOUND, "municipality query is empty");
  if (const std::int32_t code = text::code_value(q); code >= 0) {  // 1-4 digits: a code query
    try {
      return municipality_by_code(code);
    } catch (const Error& e) {
      fail(e.status(), std::string(e.what()) + " (query " + text::shown(query, 60) + ")");
    }
  }
  const auto& names = index().by_ascii_name;
  for (const auto& candidate : name_candidates(q)) {
    auto it = names.find(candidate);
    if (it != names.end()) return municipality_by_code(it->second);
  }
  const std::string folded = fold_ascii(q);
  if (folded == "christiansoe" || folded == "christianso" || folded == "ertholmene")
    fail(RORKIT_ERROR_NOT_FOUND, "no municipality matches " + text::shown(query, 60) +
                                     ": Christiansø (code 411) is not a municipality");
  fail(RORKIT_ERROR_NOT_FOUND, "no municipality matches " + text::shown(query, 60));
}

const Region& find_region(std::string_view query) {
  require_utf8(query, "region query");
  std::string_view q = text::trim(query);
  if (std::int32_t code = text::code_value(q); code >= 0) {  // 1-4 digits: a code query
    if (code >= 81 && code <= 86) code += 1000;  // StatBank "081" form
    if (const Region* r = region_by_code(code)) return *r;
  } else if (!q.empty()) {
    std::string folded = fold_ascii(q);
    for (const auto& r : index().regions) {
      std::string name = fold_ascii(r.name);                   // "region sjaelland"
      if (folded == name || "region " + folded == name) return r;
    }
  }
  fail(RORKIT_ERROR_NOT_FOUND, "no region matches " + text::shown(query, 60));
}

const Region& region_of(const Municipality& m, const Date& on) {
  require_valid(on, "on");
  if (on < m.valid_from)
    fail(RORKIT_ERROR_OUT_OF_RANGE, "municipality " + m.code3() + " " + std::string(m.name) +
                                        " exists from " + m.valid_from.iso() + ", not on " +
                                        on.iso());
  // Follow successors until the region in force on that date (a merger is a successor link).
  const Region* r = region_by_code(m.home_region);
  for (int hops = 0; r != nullptr && !r->valid_on(on) && hops < 8; ++hops) {
    const detail::RegionRow* row = nullptr;
    for (const auto& rr : detail::region_rows())
      if (rr.code == r->code) row = &rr;
    r = row && row->successor ? region_by_code(row->successor) : nullptr;
  }
  if (r == nullptr || !r->valid_on(on))
    fail(RORKIT_ERROR_INTERNAL, "no region in force for municipality " + m.code3() + " on " +
                                    on.iso());
  return *r;
}

std::vector<Municipality> municipalities_in_region(std::int32_t region_code, const Date& on) {
  require_valid(on, "on");
  if (region_code >= 81 && region_code <= 86) region_code += 1000;
  const Region* r = region_by_code(region_code);
  if (r == nullptr) fail(RORKIT_ERROR_NOT_FOUND, "no region has code " + std::to_string(region_code));
  if (!r->valid_on(on))
    fail(RORKIT_ERROR_NOT_FOUND, std::string(r->name) + " does not exist on " + on.iso() +
                                     " (in force " + r->valid_from.iso() +
                                     (r->valid_to ? " to " + r->valid_to->iso() : " onwards") +
                                     ")");
  std::vector<Municipality> out;
  for (const auto& m : index().all)
    if (region_of(m, on).code == region_code) out.push_back(m);
  return out;
}

}  // namespace rorkit
