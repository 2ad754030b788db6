#pragma once
// Private to the HTML report (src/keyfig/report*.cpp): text escaping, Danish number formatting
// and the inline SVG charts. Every function returns finished markup; every piece of caller text
// passes through escape() on its way in.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rorkit/keyfig/catalogue.hpp"
#include "rorkit/keyfig/microdata.hpp"
#include "rorkit/keyfig/panel.hpp"

namespace rorkit::report_detail {

/// Text for HTML element content and attribute values: & < > " ' escaped; invalid UTF-8 bytes
/// become U+FFFD so the document is always valid UTF-8.
std::string escape(std::string_view text);

/// A fragment usable in an id attribute: [a-z0-9-] only.
std::string id_part(std::string_view text);

/// Danish form: decimal comma, "." between thousands, U+2212 for minus ("1.234,5", "−0,8").
std::string da_number(double v, int decimals);
/// Like da_number with an explicit sign for changes ("+1,2", "−0,8", "0,0").
std::string da_signed(double v, int decimals);
/// A coordinate for SVG: dot decimal, one decimal, ASCII minus; independent of the C locale.
std::string svg_number(double v);

int decimals_for(FigureUnit unit) noexcept;
/// "%", "pr. 10.000", "pr. 100", "point", "".
std::string_view unit_label(FigureUnit unit) noexcept;
/// The unit of a difference of two levels: "procentpoint", "pr. 10.000", ...
std::string_view change_label(FigureUnit unit) noexcept;
/// A level with its unit, e.g. "12,3 %".
std::string with_unit(double v, FigureUnit unit);

/// Evenly spaced round tick values covering [lo, hi] (at least two).
std::vector<double> nice_ticks(double lo, double hi, int target = 5);

/// One series of a line chart: a value per year or nothing (a gap).
struct Series {
  std::string label;
  std::string css;  ///< "muni", "country" or "group"
  std::vector<std::optional<double>> values;
  /// Per year, why there is no value ("undertrykt", "mangler"); shown when mark_gaps.
  std::vector<std::string> gaps;
  bool mark_gaps = false;
};

struct LineChart {
  std::string id;      ///< unique in the document
  std::string title;   ///< plain text (escaped here)
  std::string desc;    ///< plain text (escaped here)
  std::int32_t first_year = 0;
  std::size_t years = 0;
  FigureUnit unit = FigureUnit::percent;
  std::vector<Series> series;
  std::vector<std::int32_t> breaks;  ///< a series break lies between year - 1 and year
};
std::string line_chart_svg(const LineChart& chart);

/// All municipalities' values on one axis with one municipality highlighted.
struct StripPlot {
  std::string id, title, desc;
  FigureUnit unit = FigureUnit::percent;
  std::vector<double> values;             ///< every municipality with a published value
  std::optional<double> highlight;        ///< the report's municipality
  std::string highlight_label;
  std::optional<double> reference;        ///< the whole country, drawn as a line
};
std::string strip_plot_svg(const StripPlot& plot);

/// Paired horizontal bars (shares in %) per row; nullopt = withheld, shown as "–".
struct PairedBars {
  std::string id, title, desc;
  std::vector<std::string> rows;
  std::string first_label, second_label;
  std::vector<std::optional<double>> first, second;
};
std::string paired_bars_svg(const PairedBars& bars);

/// The Indsatstrappe section for one municipality and year (an <section> element). `moved`
/// carries the panel's kf08/kf09 cells when the panel has them (they respect its suppression);
/// otherwise the shares are computed from the aggregates and protected with `threshold`.
struct StairInput {
  const KeyFigureAggregates* stair = nullptr;
  std::int32_t municipality = 0;
  std::string municipality_name;
  std::int32_t year = 0;
  std::int32_t threshold = 5;
  std::optional<Cell> moved_down, moved_up;
};
std::string stair_section(const StairInput& in);

/// An en dash, for ranges and for a value the report does not show.
inline constexpr const char* dash = "\xE2\x80\x93";

}  // namespace rorkit::report_detail
