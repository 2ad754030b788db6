// Statistical disclosure control of a panel (docs/key-figures.md, "Suppression").
//
// Every published total is a linear equation: region = sum of its municipalities, country = sum
// of the regions in force, country = sum of all municipalities (the same holds for unweighted
// means, times the member count). A suppressed cell is recoverable from such an equation exactly
// when it is the only suppressed cell in it, whether it is a member (total minus the others) or
// the total itself (the sum of the members). So the complementary step makes sure that no
// equation holds exactly one suppressed cell; for this two-level hierarchy that also rules out
// recovery through any combination of the equations (see the docs for the argument).

#include "rorkit/keyfig/suppression.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "rorkit/core/date.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"

namespace rorkit {
namespace {

constexpr std::size_t kNoArea = std::numeric_limits<std::size_t>::max();

bool published(CellStatus s) noexcept { return s == CellStatus::value || s == CellStatus::true_zero; }

bool finite_count(double v) noexcept { return std::isfinite(v) && v > 0; }

// A cell "with counts" was set from a numerator and a denominator; a cell set by value only
// carries kNoArea and is left alone by primary suppression.
bool has_counts(const Cell& c) noexcept {
  return published(c.status) && (finite_count(c.denominator) || finite_count(c.numerator));
}

bool small(double count, double threshold) noexcept {
  return std::isfinite(count) && count >= 1 && count < threshold;
}

// One equation: total = sum of members. `total` is an area index or `kNoArea` (no such area).
struct SumEquation {
  std::size_t total = kNoArea;
  std::vector<std::size_t> members;
};

// The date within a region's validity nearest to `d` (1 July of the year): the date its membership is
// read on. A region not in force that year (Hovedstaden after 2026, Østdanmark before 2027) keeps
// the members it has (or had) so that any value published for it is still protected.
Date membership_date(const Region& r, const Date& d) {
  if (d < r.valid_from) return r.valid_from;
  if (r.valid_to && *r.valid_to < d) return *r.valid_to;
  return d;
}

// The equations of one year among the panel's areas, in a fixed order: each region (area
// order), then the country over the regions in force, then the country over all municipalities.
// Years before the 2007 reform use the 2007 regions (StatBank back-casts regions that way).
std::vector<SumEquation> groups_for_year(const Panel& panel, std::int32_t year) {
  const auto& areas = panel.areas();
  std::size_t country = kNoArea;
  std::vector<std::size_t> regions, munis;
  for (std::size_t a = 0; a < areas.size(); ++a) {
    switch (areas[a].kind) {
      case AreaKind::country: if (country == kNoArea) country = a; break;
      case AreaKind::region: regions.push_back(a); break;
      case AreaKind::municipality: munis.push_back(a); break;
    }
  }
  std::map<std::int32_t, const Municipality*> known;
  for (const auto& m : municipalities()) known.emplace(m.code, &m);
  const Date mid = year < 2007 ? Date{2007, 1, 1} : Date{year, 7, 1};

  std::vector<SumEquation> out;
  std::vector<std::size_t> in_force;
  for (std::size_t ra : regions) {
    const Region* region = nullptr;
    for (const auto& r : all_regions())
      if (r.statbank_code() == areas[ra].code) region = &r;
    if (region == nullptr) continue;  // not a region rorkit knows: no membership to check
    if (region->valid_on(mid)) in_force.push_back(ra);
    const Date on = membership_date(*region, mid);
    SumEquation g{ra, {}};
    for (std::size_t ma : munis) {
      auto it = known.find(text::code_value(areas[ma].code));
      if (it != known.end() && !(on < it->second->valid_from) &&
          region_of(*it->second, on).code == region->code)
        g.members.push_back(ma);
    }
    out.push_back(std::move(g));
  }
  out.push_back(SumEquation{country, in_force});
  out.push_back(SumEquation{country, munis});
  out.erase(std::remove_if(out.begin(), out.end(),
                           [](const SumEquation& g) { return g.total == kNoArea || g.members.empty(); }),
            out.end());
  return out;
}

std::vector<std::vector<SumEquation>> groups_by_year(const Panel& panel) {
  std::vector<std::vector<SumEquation>> out;
  for (std::size_t y = 0; y < panel.year_count(); ++y)
    out.push_back(groups_for_year(panel, panel.first_year() + static_cast<std::int32_t>(y)));
  return out;
}

void withhold(Panel& panel, std::size_t f, std::size_t y, std::size_t a, CellReason reason) {
  // set_missing clears value, numerator and denominator (to NaN); the status then says why.
  panel.set_missing(f, y, a, reason);
  panel.set_status(f, y, a, CellStatus::suppressed, reason);
}

// The cell to suppress next to a lone suppressed one: the published member with the smallest
// denominator (value-only cells after all cells with counts), ties by the lowest code.
std::size_t pick_partner(const Panel& panel, std::size_t f, std::size_t y, const SumEquation& g) {
  std::size_t best = kNoArea;
  double best_den = 0;
  bool best_counts = false;
  for (std::size_t a : g.members) {
    const Cell c = panel.cell_at(f, y, a);
    if (!published(c.status)) continue;
    const bool counts = has_counts(c);
    const double den = counts && std::isfinite(c.denominator) ? c.denominator : 0;
    bool better = false;
    if (best == kNoArea) {
      better = true;
    } else if (counts != best_counts) {
      better = counts;
    } else if (counts && den != best_den) {
      better = den < best_den;
    } else {
      better = panel.areas()[a].code < panel.areas()[best].code;
    }
    if (better) {
      best = a;
      best_den = den;
      best_counts = counts;
    }
  }
  return best;
}

// The single suppressed cell of an equation with a published or suppressed total, or `kNoArea`.
// A group whose total is missing (not published) or absent is no equation anybody can use.
std::size_t lone_suppressed(const Panel& panel, std::size_t f, std::size_t y, const SumEquation& g) {
  if (g.total == kNoArea) return kNoArea;
  const CellStatus ts = panel.cell_at(f, y, g.total).status;
  if (!published(ts) && ts != CellStatus::suppressed) return kNoArea;
  std::size_t found = ts == CellStatus::suppressed ? g.total : kNoArea;
  std::size_t count = found == kNoArea ? 0 : 1;
  for (std::size_t a : g.members) {
    if (a == g.total || panel.cell_at(f, y, a).status != CellStatus::suppressed) continue;
    found = a;
    if (++count > 1) return kNoArea;
  }
  return count == 1 ? found : kNoArea;
}

}  // namespace

SuppressionReport suppress(Panel& panel, const SuppressionOptions& options) {
  if (options.threshold < 0)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "suppression threshold must be 0 or more, not " + std::to_string(options.threshold));
  SuppressionReport report;
  const double threshold = options.threshold;
  const std::size_t figures = panel.figure_ids().size(), years = panel.year_count(),
                    areas = panel.areas().size();

  for (std::size_t f = 0; f < figures; ++f)
    for (std::size_t y = 0; y < years; ++y)
      for (std::size_t a = 0; a < areas; ++a) {
        const Cell c = panel.cell_at(f, y, a);
        if (!has_counts(c)) continue;
        if (small(c.denominator, threshold)) {
          withhold(panel, f, y, a, CellReason::small_denominator);
          ++report.primary;
        } else if (small(c.numerator, threshold)) {
          withhold(panel, f, y, a, CellReason::small_numerator);
          ++report.primary;
        }
      }
  if (!options.complementary) return report;

  const auto groups_of_year = groups_by_year(panel);
  for (std::size_t y = 0; y < years; ++y) {
    const std::vector<SumEquation>& groups = groups_of_year[y];
    for (std::size_t f = 0; f < figures; ++f) {
      // Each added suppression can leave another equation with a lone suppressed cell (a
      // municipality in its region, a region in the country), so repeat to a fixed point,
      // rescanning from the first group after every change: the regions are settled before the
      // country's equations, which then rarely need anything more. It ends: every change
      // suppresses one more of finitely many cells.
      for (bool changed = true; changed;) {
        changed = false;
        for (const SumEquation& g : groups) {
          const std::size_t lone = lone_suppressed(panel, f, y, g);
          if (lone == kNoArea) continue;
          std::size_t partner = pick_partner(panel, f, y, g);
          // No published member left: the total equals the lone member, so withhold the total.
          if (partner == kNoArea && lone != g.total) partner = g.total;
          if (partner == kNoArea || !published(panel.cell_at(f, y, partner).status)) continue;
          withhold(panel, f, y, partner, CellReason::complementary);
          ++report.complementary;
          changed = true;
          break;
        }
      }
    }
  }
  return report;
}

std::string find_recoverable_cell(const Panel& published_panel) {
  const std::size_t figures = published_panel.figure_ids().size(),
                    years = published_panel.year_count();
  const auto groups_of_year = groups_by_year(published_panel);
  for (std::size_t f = 0; f < figures; ++f)
    for (std::size_t y = 0; y < years; ++y)
      for (const SumEquation& g : groups_of_year[y]) {
        const std::size_t lone = lone_suppressed(published_panel, f, y, g);
        if (lone == kNoArea) continue;
        return published_panel.figure_ids()[f] + " " + published_panel.areas()[lone].code + " " +
               std::to_string(published_panel.first_year() + static_cast<std::int32_t>(y));
      }
  return "";
}

}  // namespace rorkit
