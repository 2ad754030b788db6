// statbank_to_panel: a StatBank table's yearly values as one figure of a panel.

#include <algorithm>
#include <cmath>

#include "keyfig/statbank_cells.hpp"
#include "keyfig/statbank_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/utf8.hpp"
#include "rorkit/keyfig/statbank.hpp"

namespace rorkit {
namespace {

using statbank_detail::kNone;
using statbank_detail::shown_token;


// The columns of row.other, in header order: the header without area, time and INDHOLD.
std::vector<std::size_t> other_columns(const StatbankTable& table) {
  const std::size_t n = table.header.size();
  if (n < 3 || table.area_column >= n - 1 || table.time_column >= n - 1 ||
      table.area_column == table.time_column)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "statbank_to_panel: the table's header, area_column and time_column do not fit together "
         "(area and time must be distinct columns before INDHOLD)");
  std::vector<std::size_t> cols;
  for (std::size_t i = 0; i + 1 < n; ++i)
    if (i != table.area_column && i != table.time_column) cols.push_back(i);
  return cols;
}

// Up to five distinct values of other[k], for messages.
std::string some_values(const StatbankTable& table, std::size_t k) {
  std::vector<std::string_view> seen;
  for (const StatbankRow& r : table.rows) {
    if (k >= r.other.size()) continue;
    if (std::find(seen.begin(), seen.end(), r.other[k]) == seen.end()) seen.push_back(r.other[k]);
    if (seen.size() > 5) break;
  }
  std::string out;
  for (std::size_t i = 0; i < seen.size() && i < 5; ++i) out += (i ? ", " : "") + shown_token(seen[i]);
  if (seen.size() > 5) out += ", ...";
  return out.empty() ? "none" : out;
}

// The value each other variable must have, by position in row.other.
std::vector<std::string> parse_select(const StatbankTable& table,
                                      const std::vector<std::size_t>& cols,
                                      const std::vector<std::string>& select) {
  std::vector<std::string> wanted(cols.size());
  std::vector<bool> given(cols.size(), false);
  for (const std::string& s : select) {
    require_utf8(s, "statbank_to_panel: select");
    const std::size_t eq = s.find('=');
    if (eq == std::string::npos || eq == 0)
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           "statbank_to_panel: select " + shown_token(s) + " is not VARIABLE=VALUE (e.g. KØN=TOT)");
    const std::string name = fold_case(std::string_view(s).substr(0, eq));
    std::size_t k = kNone;
    for (std::size_t j = 0; j < cols.size(); ++j)
      if (fold_case(table.header[cols[j]]) == name) k = j;
    if (k == kNone) {
      std::string vars;
      for (std::size_t c : cols) vars += (vars.empty() ? "" : ", ") + table.header[c];
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           "statbank_to_panel: select " + shown_token(s) + ": not a variable of the table besides "
           "area and time (" + (vars.empty() ? std::string("it has none") : vars) + ")");
    }
    if (given[k])
      fail(RORKIT_ERROR_INVALID_ARGUMENT, "statbank_to_panel: select names " +
                                              table.header[cols[k]] + " twice");
    given[k] = true;
    wanted[k] = s.substr(eq + 1);
  }
  for (std::size_t k = 0; k < cols.size(); ++k)
    if (!given[k])
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           "statbank_to_panel: the table has the variable " + table.header[cols[k]] +
               "; select one of its values (" + some_values(table, k) + "), e.g. " +
               table.header[cols[k]] + "=TOT");
  for (std::size_t k = 0; k < cols.size(); ++k) {
    bool any = false;
    for (const StatbankRow& r : table.rows)
      any = any || (k < r.other.size() && r.other[k] == wanted[k]);
    if (!any)
      fail(RORKIT_ERROR_NOT_FOUND, "statbank_to_panel: no row has " + table.header[cols[k]] +
                                       "=" + shown_token(wanted[k]) + " (values: " +
                                       some_values(table, k) + ")");
  }
  return wanted;
}

// Country first, then regions, then municipalities, each in code order (as standard_areas).
bool standard_order(const Area& a, const Area& b) {
  if (a.kind != b.kind) return static_cast<int>(a.kind) < static_cast<int>(b.kind);
  return a.code < b.code;
}

}  // namespace

Panel statbank_to_panel(const StatbankTable& table, std::string_view figure_id,
                        const std::vector<std::string>& select) {
  if (figure_id.empty())
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "statbank_to_panel: the figure id is empty");
  const std::vector<std::size_t> cols = other_columns(table);
  const std::vector<std::string> wanted = parse_select(table, cols, select);

  std::vector<std::size_t> chosen;
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const StatbankRow& r = table.rows[i];
    if (r.other.size() != cols.size())
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           "statbank_to_panel: the row of line " + std::to_string(r.line) + " has " +
               std::to_string(r.other.size()) + " other values where the header has " +
               std::to_string(cols.size()));
    if (r.other == wanted) chosen.push_back(i);
  }
  if (chosen.empty())
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "statbank_to_panel: the table has no rows"
                                        " for the selection");

  std::vector<Area> areas;
  std::int32_t first = 0, last = 0;
  std::int64_t first_line = 0, last_line = 0;
  statbank_detail::CellIndex cells;
  for (std::size_t i : chosen) {
    const StatbankRow& r = table.rows[i];
    if (r.time.kind != TimeKind::year)
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           "statbank_to_panel: line " + std::to_string(r.line) + " has the time " +
               statbank_detail::format_time(r.time) +
               "; a panel holds years, so quarterly and monthly tables are refused (sum or "
               "average them to years first)");
    const std::size_t twin = cells.insert(table.rows, i);
    if (twin != statbank_detail::CellIndex::npos)
      fail(RORKIT_ERROR_DUPLICATE, "statbank_to_panel: lines " +
                                       std::to_string(table.rows[twin].line) + " and " +
                                       std::to_string(r.line) + " are the same cell (" +
                                       statbank_detail::describe_cell(table, r) + ")");
    if (std::find(areas.begin(), areas.end(), r.area) == areas.end()) areas.push_back(r.area);
    if (i == chosen.front() || r.time.year < first) {
      first = r.time.year;
      first_line = r.line;
    }
    if (i == chosen.front() || r.time.year > last) {
      last = r.time.year;
      last_line = r.line;
    }
  }
  std::sort(areas.begin(), areas.end(), standard_order);

  Panel panel;
  try {
    panel = Panel(areas, first, last, {std::string(figure_id)});
  } catch (const Error& e) {  // e.g. too many years: say which rows span them
    fail(e.status(), "statbank_to_panel: years " + std::to_string(first) + " (line " +
                         std::to_string(first_line) + ") to " + std::to_string(last) + " (line " +
                         std::to_string(last_line) + "): " + e.what());
  }
  for (std::size_t i : chosen) {
    const StatbankRow& r = table.rows[i];
    const std::size_t a = static_cast<std::size_t>(
        std::find(areas.begin(), areas.end(), r.area) - areas.begin());
    const std::size_t y = static_cast<std::size_t>(r.time.year - first);
    if (r.missing || !std::isfinite(r.value))
      panel.set_missing(0, y, a, CellReason::source_missing);
    else
      panel.set_value(0, y, a, r.value);
  }
  return panel;
}

}  // namespace rorkit
