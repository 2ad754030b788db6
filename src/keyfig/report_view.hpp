#pragma once
// Private to the HTML report: what report.cpp gathers from the (protected) panel, and the
// functions that write the document's parts from it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rorkit/keyfig/analytics.hpp"
#include "rorkit/keyfig/catalogue.hpp"
#include "rorkit/keyfig/panel.hpp"

namespace rorkit::report_detail {

inline bool published(const Cell& c) noexcept {
  return c.status == CellStatus::value || c.status == CellStatus::true_zero;
}

/// True for the reasons suppression gives (analytics turn a suppressed input into a missing
/// result that keeps the reason).
inline bool suppression_reason(CellReason r) noexcept {
  return r == CellReason::small_numerator || r == CellReason::small_denominator ||
         r == CellReason::complementary;
}

struct ComparisonGroup {
  std::vector<std::string> codes;  ///< panel area codes
  std::vector<std::string> names;
  std::string how;                 ///< how it was chosen, in Danish
};

/// One figure for the report's municipality.
struct FigureView {
  const KeyFigure* kf = nullptr;
  std::size_t figure = 0;            ///< panel index
  std::vector<Cell> own;             ///< per panel year
  std::vector<Derived> country, group;
  std::vector<std::int32_t> breaks;  ///< years a series break starts
  Derived change;                    ///< report year vs the previous year
  Rank rank;
  std::optional<Comparison> group_now;  ///< the report year's group comparison
  std::vector<double> all_municipalities;  ///< published values in the report year
  std::size_t without_value = 0;           ///< municipalities without one
};

struct ReportContext {
  const Panel* panel = nullptr;
  std::size_t muni = 0;
  std::string name, title, data_note;
  std::int32_t year = 0;
  std::int32_t threshold = 5;
  bool suppressed = true;  ///< suppression was applied by the report
  bool has_stair = false;  ///< the Indsatstrappe section follows the themes
  ComparisonGroup group;
  std::vector<FigureView> figures;  ///< display order
};

/// Why a cell or derived number has no value, in Danish ("undertrykt ...", "mangler ...").
std::string gap_text(CellStatus status, CellReason reason);

std::string header_html(const ReportContext& ctx);  ///< header, data note, contents, comparison
std::string themes_html(const ReportContext& ctx);  ///< one section per theme, one article per figure
std::string table_html(const ReportContext& ctx);   ///< the table of all values

}  // namespace rorkit::report_detail
