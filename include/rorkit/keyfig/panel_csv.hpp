#pragma once
// The tidy panel CSV: one row per cell, so a panel can be written by one program (the CLI's
// `keyfig compute`) and read back by another (`keyfig report --panel`), or opened in a
// spreadsheet. Format (docs/key-figures.md, "The panel CSV"):
//
//   area;year;figure;value;numerator;denominator;status;reason
//   000;2023;kf01;81.53;4071;499310;value;none
//   101;2023;kf10;;;;missing;incomplete_followup
//
// ';'-separated, UTF-8 (a leading BOM is skipped), LF (CRLF is read too), '.' decimals written
// in the shortest fixed-notation form (no exponent) that reads back to the same double, empty
// fields for numbers a cell does not have (never 0). Series breaks are not carried.

#include <string>
#include <string_view>

#include "rorkit/keyfig/catalogue.hpp"
#include "rorkit/keyfig/panel.hpp"

namespace rorkit {

/// The header line of the panel CSV (without the line break).
inline constexpr std::string_view panel_csv_header =
    "area;year;figure;value;numerator;denominator;status;reason";

/// Every cell of the panel, area by area (panel order), then year, then figure (panel order).
std::string panel_to_csv(const Panel& panel);

struct PanelCsvOptions {
  /// Name used in error messages (the file name).
  std::string source = "CSV";
};

/// Reads a panel CSV. The panel has the areas named (in the standard order: the country, the
/// regions, the municipalities), the years from the first to the last named and the figures in
/// the order they first appear; cells without a row are missing/not_reported. A cell with a
/// numerator and a denominator is recomputed from them with the catalogue's unit, and its value
/// and status must agree with what the row says. Errors name the source, line and column:
/// PARSE (a malformed row, number, status or reason; a header that is not panel_csv_header),
/// NOT_FOUND (an unknown area code or label; counts for a figure the catalogue lacks),
/// DUPLICATE (a second row for a cell), INVALID_ARGUMENT (negative or non-finite counts, a zero
/// denominator given as a value, a value that does not match its counts, a number in a missing
/// or suppressed cell, a status that disagrees with the numbers).
Panel panel_from_csv(std::string_view text, const PanelCsvOptions& options = {},
                     const Catalogue& catalogue = Catalogue::builtin());

}  // namespace rorkit
