// Disclosure control: primary suppression of small cells, complementary suppression along the
// area hierarchy, and attackers that try to get the withheld numbers back.

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "keyfig/suppression_fixtures.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/suppression.hpp"
#include "support/errors.hpp"

namespace test_suppression {

using namespace rorkit;
using rorkit::test::Counts;
using rorkit::test::put_counts;

namespace {

// Nordjylland (081) with three of its municipalities: Morsø 773, Thisted 787, Brønderslev 810.
Panel three_municipalities(const Counts& counts) {
  Panel p(test::areas_for({"773", "787", "810"}), 2023, 2023, {"kf03"});
  put_counts(p, "kf03", 2023, counts);
  return p;
}

CellStatus status(const Panel& p, const char* area, std::int32_t year = 2023, const char* fig = "kf03") {
  return p.cell(area, year, fig).status;
}
CellReason reason(const Panel& p, const char* area, std::int32_t year = 2023, const char* fig = "kf03") {
  return p.cell(area, year, fig).reason;
}

// The equations an attacker has for one figure and year: each region = its municipalities in
// force that year, the country = the regions in force, the country = all municipalities. Written
// here from the reference data, independently of the library's code.
struct Equation {
  std::string total;
  std::vector<std::string> members;
};

std::vector<Equation> equations(const Panel& p, std::int32_t year) {
  std::vector<Equation> out;
  std::vector<std::string> munis, regions;
  std::set<std::string> in_panel;
  for (const Area& a : p.areas()) {
    in_panel.insert(a.code);
    if (a.kind == AreaKind::municipality) munis.push_back(a.code);
  }
  for (const Region& r : regions_on(Date{year, 7, 1})) {
    if (in_panel.count(r.statbank_code()) == 0) continue;
    Equation e{r.statbank_code(), {}};
    for (const auto& m : munis)
      if (test::region_code(m, year) == e.total) e.members.push_back(m);
    regions.push_back(e.total);
    out.push_back(e);
  }
  out.push_back({"000", regions});
  out.push_back({"000", munis});
  return out;
}

// Rank of a matrix by Gaussian elimination (entries are small integers, so a tolerance is safe).
std::size_t rank_of(std::vector<std::vector<double>> m) {
  std::size_t rank = 0;
  const std::size_t cols = m.empty() ? 0 : m[0].size();
  for (std::size_t c = 0; c < cols && rank < m.size(); ++c) {
    std::size_t pivot = rank;
    for (std::size_t r = rank; r < m.size(); ++r)
      if (std::fabs(m[r][c]) > std::fabs(m[pivot][c])) pivot = r;
    if (std::fabs(m[pivot][c]) < 1e-9) continue;
    std::swap(m[pivot], m[rank]);
    for (std::size_t r = 0; r < m.size(); ++r) {
      if (r == rank) continue;
      const double k = m[r][c] / m[rank][c];
      for (std::size_t j = c; j < cols; ++j) m[r][j] -= k * m[rank][j];
    }
    ++rank;
  }
  return rank;
}

// The suppressed cells of one figure and year that the equations determine exactly (whatever
// combination of additions and subtractions an attacker uses): cell x is determined when the
// unit vector e_x lies in the row space of the equations over the unknown cells. Missing cells
// count as known (zero), which is what the attacker may assume.
std::vector<std::string> determined_cells(const Panel& p, const std::string& figure, std::int32_t year) {
  std::vector<std::string> unknown;
  for (const Area& a : p.areas())
    if (p.cell(a.code, year, figure).status == CellStatus::suppressed) unknown.push_back(a.code);
  if (unknown.empty()) return {};
  auto col = [&](const std::string& code) {
    return static_cast<std::size_t>(std::find(unknown.begin(), unknown.end(), code) - unknown.begin());
  };
  std::vector<std::vector<double>> rows;
  for (const Equation& e : equations(p, year)) {
    const CellStatus ts = p.cell(e.total, year, figure).status;
    if (ts == CellStatus::missing) continue;  // no total published
    std::vector<double> row(unknown.size(), 0);
    if (ts == CellStatus::suppressed) row[col(e.total)] = 1;
    for (const auto& m : e.members)
      if (p.cell(m, year, figure).status == CellStatus::suppressed) row[col(m)] -= 1;
    rows.push_back(row);
  }
  std::vector<std::string> out;
  const std::size_t base = rank_of(rows);
  for (std::size_t x = 0; x < unknown.size(); ++x) {
    auto with = rows;
    std::vector<double> e(unknown.size(), 0);
    e[x] = 1;
    with.push_back(e);
    if (rank_of(with) == base) out.push_back(unknown[x]);
  }
  return out;
}

}  // namespace

TEST_CASE("primary suppression withholds small numerators and denominators", "[suppression]") {
  Panel p = three_municipalities({{"773", {3, 40}}, {"787", {0, 100}}, {"810", {20, 4}}});
  const SuppressionReport r = suppress(p, SuppressionOptions{5, false});
  CHECK(r.primary == 2);
  CHECK(r.complementary == 0);
  CHECK(status(p, "773") == CellStatus::suppressed);
  CHECK(reason(p, "773") == CellReason::small_numerator);
  CHECK(status(p, "810") == CellStatus::suppressed);
  CHECK(reason(p, "810") == CellReason::small_denominator);
  // A true zero over a denominator that is not small is not sensitive.
  CHECK(status(p, "787") == CellStatus::true_zero);
  CHECK(p.cell("787", 2023, "kf03").denominator == 100);
  // Withheld numbers are cleared: nothing to read back through values(), numerators() ...
  CHECK(test::is_cleared(p.cell("773", 2023, "kf03")));
  CHECK(test::is_cleared(p.cell("810", 2023, "kf03")));
}

TEST_CASE("primary suppression: the threshold's edges", "[suppression]") {
  Panel p = three_municipalities({{"773", {5, 5}}, {"787", {4, 100}}, {"810", {1, 1}}});
  suppress(p, SuppressionOptions{5, false});
  CHECK(status(p, "773") == CellStatus::value);  // 5 is not below 5
  CHECK(reason(p, "787") == CellReason::small_numerator);
  CHECK(reason(p, "810") == CellReason::small_denominator);  // both small: the denominator says why

  Panel off = three_municipalities({{"773", {1, 2}}, {"787", {4, 100}}, {"810", {1, 1}}});
  CHECK(suppress(off, SuppressionOptions{1, true}).primary == 0);  // [1, 1) is empty
  CHECK(test::status_of([&] { suppress(off, SuppressionOptions{-1, true}); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
}

TEST_CASE("cells set by value only are left alone", "[suppression]") {
  Panel p(test::areas_for({"773", "787", "810"}), 2023, 2023, {"kf03"});
  const std::size_t f = p.figure_index("kf03"), y = p.year_index(2023);
  for (const char* code : {"000", "081", "773", "787", "810"}) p.set_value(f, y, p.area_index(code), 2.5);
  const Panel before = p;
  const SuppressionReport r = suppress(p);
  CHECK(r.primary == 0);
  CHECK(r.complementary == 0);
  CHECK(p == before);
}

TEST_CASE("complementary suppression in a region with one small municipality", "[suppression]") {
  // Region 081 = 773 + 787 + 810 (the only ones in the panel). 773 is small; without a second
  // suppression 081 - 787 - 810 would give it back.
  Panel p = three_municipalities({{"773", {3, 40}}, {"787", {20, 100}}, {"810", {12, 60}}});
  const SuppressionReport r = suppress(p);
  CHECK(r.primary == 1);
  CHECK(r.complementary == 1);
  CHECK(reason(p, "773") == CellReason::small_numerator);
  // The partner: the published member with the smallest denominator (810: 60 < 787: 100).
  CHECK(status(p, "810") == CellStatus::suppressed);
  CHECK(reason(p, "810") == CellReason::complementary);
  CHECK(test::is_cleared(p.cell("810", 2023, "kf03")));
  CHECK(status(p, "787") == CellStatus::value);
  CHECK(status(p, "081") == CellStatus::value);
  CHECK(status(p, "000") == CellStatus::value);
  CHECK(find_recoverable_cell(p) == "");

  // The attacker subtracts the published members from the published total and gets the sum of
  // the two withheld cells, neither of them: numerators and denominators alike.
  const Cell total = p.cell("081", 2023, "kf03"), other = p.cell("787", 2023, "kf03");
  CHECK(total.numerator - other.numerator == 15);    // 3 + 12, not 3
  CHECK(total.denominator - other.denominator == 100);  // 40 + 60, not 40
  CHECK(determined_cells(p, "kf03", 2023).empty());
}

TEST_CASE("complementary partner ties are broken by the lowest code", "[suppression]") {
  Panel p = three_municipalities({{"773", {2, 40}}, {"787", {20, 60}}, {"810", {12, 60}}});
  suppress(p);
  CHECK(reason(p, "787") == CellReason::complementary);
  CHECK(status(p, "810") == CellStatus::value);
}

TEST_CASE("without complementary suppression a lone cell is recoverable", "[suppression]") {
  Panel p = three_municipalities({{"773", {3, 40}}, {"787", {20, 100}}, {"810", {12, 60}}});
  suppress(p, SuppressionOptions{5, false});
  CHECK(find_recoverable_cell(p) == "kf03 773 2023");
  CHECK(determined_cells(p, "kf03", 2023) == std::vector<std::string>{"773"});
  // ... and indeed: total minus the others gives the withheld counts back.
  const Cell t = p.cell("081", 2023, "kf03"), a = p.cell("787", 2023, "kf03"),
             b = p.cell("810", 2023, "kf03");
  CHECK(t.numerator - a.numerator - b.numerator == 3);
  CHECK(t.denominator - a.denominator - b.denominator == 40);
}

TEST_CASE("two primary cells in a region protect each other", "[suppression]") {
  Panel p = three_municipalities({{"773", {3, 40}}, {"787", {2, 100}}, {"810", {12, 60}}});
  const SuppressionReport r = suppress(p);
  CHECK(r.primary == 2);
  CHECK(r.complementary == 0);
  CHECK(status(p, "810") == CellStatus::value);
  CHECK(find_recoverable_cell(p) == "");
}

TEST_CASE("complementary suppression iterates across the levels", "[suppression]") {
  // A survey-like figure: in Nordjylland only Morsø has respondents, and too few, so the region
  // itself is small. Country = 081 + 082 + 083: the lone suppressed region 081 needs a partner
  // region (082, the smallest denominator), and 082 then is a suppressed total whose members
  // are all published (its sum would give it back), so one of them goes too (661, smallest).
  Panel p(test::areas_for({"773", "787", "810", "615", "657", "661", "410", "420", "430"}), 2023,
          2023, {"kf18"});
  put_counts(p, "kf18", 2023,
             {{"773", {2, 3}},
              {"615", {30, 100}}, {"657", {40, 120}}, {"661", {10, 50}},
              {"410", {50, 200}}, {"420", {60, 210}}, {"430", {70, 220}}});
  const SuppressionReport r = suppress(p);
  CHECK(r.primary == 2);
  CHECK(reason(p, "773", 2023, "kf18") == CellReason::small_denominator);
  CHECK(reason(p, "081", 2023, "kf18") == CellReason::small_denominator);
  CHECK(status(p, "787", 2023, "kf18") == CellStatus::missing);  // no respondents: stays missing
  CHECK(r.complementary == 2);
  CHECK(reason(p, "082", 2023, "kf18") == CellReason::complementary);
  CHECK(reason(p, "661", 2023, "kf18") == CellReason::complementary);
  CHECK(status(p, "083", 2023, "kf18") == CellStatus::value);
  CHECK(status(p, "000", 2023, "kf18") == CellStatus::value);
  CHECK(find_recoverable_cell(p) == "");
  CHECK(determined_cells(p, "kf18", 2023).empty());

  // The country minus the published regions is 081 + 082, and 082 minus its published members
  // is 661: two unknowns in each equation, so neither the region nor Morsø comes back.
  const double country = p.cell("000", 2023, "kf18").numerator;
  CHECK(country - p.cell("083", 2023, "kf18").numerator == 2 + 80);
}

TEST_CASE("a suppressed total with every member published is protected too", "[suppression]") {
  // Region 081 hand-set small (as a reported region value would be) while its municipalities
  // are published: the sum of the members would give the region back.
  Panel p = three_municipalities({{"773", {20, 40}}, {"787", {20, 100}}, {"810", {12, 60}}});
  const std::size_t f = 0, y = 0;
  p.set_counts(f, y, p.area_index("081"), 2, 200, FigureUnit::percent);
  suppress(p);
  CHECK(reason(p, "081") == CellReason::small_numerator);
  CHECK(reason(p, "773") == CellReason::complementary);  // smallest denominator among members
  // In this panel the country has one region, so 000 = 081 and the country goes too.
  CHECK(reason(p, "000") == CellReason::complementary);
  CHECK(status(p, "810") == CellStatus::value);
  CHECK(find_recoverable_cell(p) == "");
  CHECK(determined_cells(p, "kf03", 2023).empty());
}

TEST_CASE("a missing total is no equation", "[suppression]") {
  Panel p = three_municipalities({{"773", {3, 40}}, {"787", {20, 100}}, {"810", {12, 60}}});
  p.set_missing(0, 0, p.area_index("081"), CellReason::not_reported);
  p.set_missing(0, 0, p.area_index("000"), CellReason::not_reported);
  const SuppressionReport r = suppress(p);
  CHECK(r.primary == 1);
  CHECK(r.complementary == 0);
  CHECK(find_recoverable_cell(p) == "");
}

TEST_CASE("region membership follows the year: Østdanmark from 2027", "[suppression]") {
  // Dragør (155, Hovedstaden) is small. Greve (253, Sjælland) has the smallest denominator of the
  // others, Gentofte (157) the smallest within Hovedstaden. Before 2027 the partner must come
  // from Hovedstaden; from 2027 Greve is in the same region (086) and is chosen.
  Panel p(test::areas_for({"155", "157", "159", "253", "259"}), 2026, 2027, {"kf05"});
  const Counts counts{{"155", {3, 30}}, {"157", {20, 80}}, {"159", {25, 90}}, {"253", {9, 50}},
                      {"259", {30, 120}}};
  put_counts(p, "kf05", 2026, counts);
  put_counts(p, "kf05", 2027, counts);
  CHECK(status(p, "086", 2026, "kf05") == CellStatus::missing);
  CHECK(status(p, "084", 2027, "kf05") == CellStatus::missing);
  suppress(p);
  CHECK(reason(p, "155", 2026, "kf05") == CellReason::small_numerator);
  CHECK(reason(p, "157", 2026, "kf05") == CellReason::complementary);
  CHECK(status(p, "253", 2026, "kf05") == CellStatus::value);
  CHECK(reason(p, "155", 2027, "kf05") == CellReason::small_numerator);
  CHECK(reason(p, "253", 2027, "kf05") == CellReason::complementary);
  CHECK(status(p, "157", 2027, "kf05") == CellStatus::value);
  CHECK(find_recoverable_cell(p) == "");
  CHECK(determined_cells(p, "kf05", 2026).empty());
  CHECK(determined_cells(p, "kf05", 2027).empty());
}

TEST_CASE("suppression is idempotent", "[suppression]") {
  Panel p = three_municipalities({{"773", {3, 40}}, {"787", {20, 100}}, {"810", {12, 60}}});
  suppress(p);
  const Panel once = p;
  const SuppressionReport again = suppress(p);
  CHECK(again.primary == 0);
  CHECK(again.complementary == 0);
  CHECK(p == once);
}

TEST_CASE("random panels: every sensitive cell withheld, nothing recoverable", "[suppression]") {
  std::mt19937_64 rng(20260101);
  const std::vector<std::string> figures{"kf03", "kf08", "kf18"};
  std::vector<std::string> codes;
  for (const Municipality& m : municipalities()) codes.push_back(m.code3());
  for (int round = 0; round < 6; ++round) {
    Panel p(standard_areas(), 2025, 2028, figures);  // crosses the 2027 merger
    for (const auto& fig : figures)
      for (std::int32_t year = 2025; year <= 2028; ++year) {
        Counts counts;
        for (const auto& code : codes) {
          const auto kind = rng() % 10;
          double den = kind < 2 ? 0 : kind < 4 ? static_cast<double>(rng() % 8)
                                               : static_cast<double>(5 + rng() % 400);
          double num = den == 0 ? 0 : static_cast<double>(rng() % (static_cast<std::uint64_t>(den) + 1));
          if (kind == 9 && den > 0) num = static_cast<double>(1 + rng() % 4);  // small numerators
          num = std::min(num, den);
          counts[code] = {num, den};
        }
        put_counts(p, fig, year, counts);
      }
    const Panel before = p;
    const SuppressionReport r = suppress(p);
    INFO("round " << round << ": " << r.primary << " primary, " << r.complementary << " complementary");
    CHECK(r.primary > 0);
    CHECK(find_recoverable_cell(p) == "");
    std::int64_t primary = 0;
    for (std::size_t f = 0; f < figures.size(); ++f)
      for (std::size_t y = 0; y < p.year_count(); ++y)
        for (std::size_t a = 0; a < p.areas().size(); ++a) {
          const Cell was = before.cell_at(f, y, a), now = p.cell_at(f, y, a);
          const bool sensitive = (was.status == CellStatus::value || was.status == CellStatus::true_zero) &&
                                 ((was.numerator >= 1 && was.numerator < 5) ||
                                  (was.denominator >= 1 && was.denominator < 5));
          if (sensitive) {
            ++primary;
            REQUIRE(now.status == CellStatus::suppressed);
          }
          if (now.status == CellStatus::suppressed) {
            REQUIRE(test::is_cleared(now));
          } else {  // whatever is published is published unchanged
            REQUIRE(now.status == was.status);
            REQUIRE((now.value == was.value || (std::isnan(now.value) && std::isnan(was.value))));
          }
        }
    CHECK(primary == r.primary);
    for (const auto& fig : figures)
      for (std::int32_t year = 2025; year <= 2028; ++year) {
        INFO(fig << " " << year);
        CHECK(determined_cells(p, fig, year).empty());
      }
  }
}

}  // namespace test_suppression
