// Key figures through the C++ API: a panel built by hand and compared with a group (the
// averaging rule stated), then a SYNTHETIC nation computed in partitions, merged, suppressed and
// reported as HTML. No number here is about real people.
//
// Usage: example_cpp_keyfig [REPORT.html]

#include <fstream>
#include <iomanip>
#include <iostream>

#include "rorkit/keyfig/analytics.hpp"
#include "rorkit/keyfig/microdata.hpp"
#include "rorkit/keyfig/report.hpp"
#include "rorkit/keyfig/suppression.hpp"
#include "rorkit/keyfig/synthetic.hpp"

using namespace rorkit;

namespace {

// Three municipalities' share on only low-threshold support (kf02): 10/100, 30/50 and 1/10.
// Weighted, the group has 41/160 = 25.625 %; unweighted (mean of 10 %, 60 %, 10 %) 26.67 %.
void compare_by_hand() {
  const Catalogue& catalogue = Catalogue::builtin();
  const FigureUnit unit = catalogue.at("kf02").unit;
  Panel panel({find_area("101"), find_area("147"), find_area("151")}, 2023, 2023, {"kf02"});
  panel.set_counts(0, 0, 0, 10, 100, unit);
  panel.set_counts(0, 0, 1, 30, 50, unit);
  panel.set_counts(0, 0, 2, 1, 10, unit);
  for (auto averaging : {Averaging::weighted, Averaging::unweighted}) {
    Comparison c = compare_with_group(panel, "101", {"101", "147", "151"}, 2023, "kf02", catalogue, averaging);
    std::cout << "group of " << c.member_count << ": " << std::setprecision(6)
              << c.reference_value.value << " % (" << c.rule << ")\n";
  }
}

// The persons split into partitions (here: every other block of rows), each computed alone,
// then merged: the counts equal one pass, because they are integers.
KeyFigureAggregates in_partitions(const SyntheticData& d, std::size_t parts) {
  const PersonsTable all = d.persons();
  KeyFigureAggregates merged;
  const std::size_t n = all.id.size, years = static_cast<std::size_t>(all.years);
  for (std::size_t k = 0; k < parts; ++k) {
    const std::size_t lo = n * k / parts, hi = n * (k + 1) / parts;
    PersonsTable part = all;
    part.id = {all.id.data + lo, hi - lo};
    part.municipality = {all.municipality.data + lo, hi - lo};
    part.birth_year = {all.birth_year.data + lo, hi - lo};
    part.status = {all.status.data + lo * years, (hi - lo) * years};
    merged.merge(compute_aggregates(part, d.spells(), d.admissions(), d.surveys()));
  }
  return merged;
}

}  // namespace

int main(int argc, char** argv) {
  compare_by_hand();

  SyntheticOptions so;
  so.persons = 30000;
  so.years = 4;
  so.first_year = 2020;
  const SyntheticData d = generate_synthetic(so);
  const KeyFigureAggregates one = compute_aggregates(d.persons(), d.spells(), d.admissions(), d.surveys());
  const bool same = in_partitions(d, 3) == one;
  std::cout << "SYNTHETIC nation, " << d.person_id.size() << " persons: 3 partitions merged "
            << (same ? "equal" : "DIFFER FROM") << " one pass\n";

  Panel panel = one.to_panel();
  const SuppressionReport sup = suppress(panel);
  std::cout << "suppressed " << sup.primary << " + " << sup.complementary << " cells\n";
  const Development dev = development(panel, "000", "kf11");  // Randers alone is mostly withheld at this size
  for (const auto& p : dev.points)
    std::cout << "  whole country " << p.year << " kf11: "
              << (p.level.status == CellStatus::value ? std::to_string(p.level.value) : "(no value)") << "\n";

  ReportOptions ro;
  ro.municipality = "730";
  ro.data_note = "Synthetic data (rorkit's generator), not statistics about anyone.";
  const std::string html = html_report(panel, ro, Catalogue::builtin(), &one);
  if (argc > 1) std::ofstream(argv[1], std::ios::binary) << html;
  std::cout << "report for Randers: " << html.size() << " bytes of HTML\n";
  return same ? 0 : 1;
}
