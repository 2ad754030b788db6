// The Indsatstrappe section of the HTML report: where the municipality's citizens stood on the
// stair at the start and at the end of the year, and how many moved down or up.
//
// The aggregates hold raw counts: the distribution is shown as the shares stair_shares() lets
// out (rorkit/keyfig/stair.hpp has the rule), the moves as shares under the primary rule.

#include <algorithm>
#include <array>
#include <locale>
#include <sstream>
#include <string>

#include "keyfig/report_detail.hpp"
#include "rorkit/keyfig/stair.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit::report_detail {
namespace {

constexpr int steps = 7;  // StairStep none .. long_term_housing

const char* step_name(int s) {
  switch (s) {
    case 1: return "Lavtærskeltilbud (§ 82 a, § 82 b)";
    case 2: return "Beskæftigelse og samvær (§ 103, § 104)";
    case 3: return "Støtte i eget hjem (§ 85)";
    case 4: return "Midlertidigt botilbud (§ 107)";
    case 5: return "Botilbudslignende tilbud (ABL § 105)";
    case 6: return "Længerevarende botilbud (§ 108)";
    default: return "Intet trin";
  }
}

bool small(std::int64_t n, std::int32_t threshold) { return n >= 1 && n < threshold; }

std::string share_text(const std::optional<Cell>& cell) {
  if (!cell) return "..";
  if (cell->status == CellStatus::suppressed) return std::string(dash) + " (undertrykt)";
  if (cell->status != CellStatus::value && cell->status != CellStatus::true_zero) return "..";
  return with_unit(cell->value, FigureUnit::percent);
}

// Moved down / up from the aggregates when the panel does not carry kf08/kf09: the same
// definitions (docs/key-figures.md), protected by the primary rule.
std::optional<Cell> moved(const KeyFigureAggregates& a, std::int32_t m, std::int32_t y, bool down,
                          std::int32_t threshold) {
  std::int64_t num = 0, den = 0;
  for (int from = 1; from < steps; ++from)
    for (int to = 0; to < steps; ++to) {
      const std::int64_t n = a.stair_transition(m, y, static_cast<StairStep>(from), static_cast<StairStep>(to));
      den += n;
      if (down ? to < from : to > from) num += n;
    }
  Cell c;
  if (den == 0) return c;  // missing
  if (small(den, threshold) || small(num, threshold)) {
    c.status = CellStatus::suppressed;
    return c;
  }
  c.status = num == 0 ? CellStatus::true_zero : CellStatus::value;
  c.value = 100.0 * static_cast<double>(num) / static_cast<double>(den);
  return c;
}

}  // namespace

std::string stair_section(const StairInput& in) {
  std::ostringstream o;
  o.imbue(std::locale::classic());  // no grouping of years and counts
  o << "<section id=\"indsatstrappe\" class=\"stair\">\n<h2>Indsatstrappen " << in.year << "</h2>\n"
    << "<p>Trinene er ordnet efter, hvor langt borgerne typisk er fra en almindelig hverdag: "
       "nederst eget hjem med begrænset støtte, øverst botilbud med omfattende støtte. En "
       "vellykket omstilling viser sig som bevægelser ned ad trappen; bevægelserne skal læses "
       "samlet. Fordelingen viser andele af de borgere, der stod på et trin; antal vises ikke.</p>\n";
  if (in.stair == nullptr) return o.str() + "</section>\n";
  const KeyFigureAggregates& a = *in.stair;
  if (in.year < a.first_year() || in.year > a.last_year()) {
    o << "<p class=\"missing\">Aggregaterne dækker " << a.first_year() << dash << a.last_year()
      << " og har ingen tal for " << in.year << ".</p>\n</section>\n";
    return o.str();
  }
  StairShares shares;
  try {
    shares = stair_shares(a, in.municipality, in.year, in.threshold);
  } catch (const Error& e) {
    if (e.status() != RORKIT_ERROR_NOT_FOUND) throw;
    o << "<p class=\"missing\">Aggregaterne har ingen tal for " << escape(in.municipality_name)
      << ".</p>\n</section>\n";
    return o.str();
  }
  const auto& first = shares.start;
  const auto& second = shares.end;
  if (first.empty() && second.empty()) {
    o << "<p class=\"missing\">For få borgere på trappen til at vise en fordeling (under "
      << in.threshold << ").</p>\n";
  } else {
    PairedBars bars;
    bars.id = "stair-" + std::to_string(in.year);
    bars.title = "Fordeling på indsatstrappen, " + in.municipality_name + " " + std::to_string(in.year);
    std::string desc = "Andel af borgerne på hvert trin ved årets start og slut. ";
    for (int s = steps - 1; s >= 1; --s) {
      const std::size_t i = static_cast<std::size_t>(s - 1);
      bars.rows.emplace_back(step_name(s));
      bars.first.push_back(first.empty() ? std::nullopt : first[i]);
      bars.second.push_back(second.empty() ? std::nullopt : second[i]);
      auto txt = [](const std::optional<double>& v) {
        return v ? da_number(*v, 1) + " %" : std::string("undertrykt");
      };
      desc += std::string(step_name(s)) + ": " + txt(bars.first.back()) + " / " +
              txt(bars.second.back()) + ". ";
    }
    bars.desc = desc;
    bars.first_label = "1. januar";
    bars.second_label = "31. december";
    o << "<figure>\n" << paired_bars_svg(bars) << "\n<figcaption>Øverste trin = mest indgribende "
      << "indsats. " << dash << " = undertrykt af hensyn til diskretion.</figcaption>\n</figure>\n";
  }
  const std::optional<Cell> down =
      in.moved_down ? in.moved_down : moved(a, in.municipality, in.year, true, in.threshold);
  const std::optional<Cell> up =
      in.moved_up ? in.moved_up : moved(a, in.municipality, in.year, false, in.threshold);
  o << "<dl class=\"facts\">\n<dt>Flyttet ned ad trappen i løbet af året</dt><dd>" << share_text(down)
    << "</dd>\n<dt>Flyttet op ad trappen i løbet af året</dt><dd>" << share_text(up)
    << "</dd>\n</dl>\n</section>\n";
  return o.str();
}

}  // namespace rorkit::report_detail
