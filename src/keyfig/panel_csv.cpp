// The tidy panel CSV (include/rorkit/keyfig/panel_csv.hpp): written cell by cell, read back
// with the StatBank lexer (same quoting, BOM and line-break rules) and checked row by row, so a
// file edited by hand cannot smuggle in a 0 for a missing cell or a count that does not add up.

#include "rorkit/keyfig/panel_csv.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "keyfig/statbank_detail.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

using statbank_detail::Field;
using statbank_detail::Lexer;
using statbank_detail::shown_token;
using statbank_detail::where;

constexpr std::size_t kColumns = 8;
enum Col { c_area, c_year, c_figure, c_value, c_numerator, c_denominator, c_status, c_reason };
constexpr const char* kNames[kColumns] = {"area",        "year",   "figure", "value", "numerator",
                                          "denominator", "status", "reason"};

// A field as CSV: quoted (with "" for ") only when it holds a separator, a quote or a break.
void put_text(std::string& out, std::string_view s) {
  if (s.find_first_of(";\"\r\n") == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

struct Row {
  Area area;
  std::int32_t year = 0;
  std::string figure;
  std::optional<double> value, numerator, denominator;
  CellStatus status = CellStatus::missing;
  CellReason reason = CellReason::not_reported;
  std::vector<Field> fields;
};

std::optional<CellStatus> status_of(std::string_view s) {
  for (int i = 0; i <= 3; ++i)
    if (to_code(static_cast<CellStatus>(i)) == s) return static_cast<CellStatus>(i);
  return std::nullopt;
}

std::optional<CellReason> reason_of(std::string_view s) {
  for (int i = 0; i <= 12; ++i) {
    auto code = to_code(static_cast<CellReason>(i));
    if (!code.empty() && code == s) return static_cast<CellReason>(i);
  }
  return std::nullopt;
}

class PanelCsvReader {
 public:
  PanelCsvReader(const PanelCsvOptions& o, const Catalogue& c) : source_(o.source), catalogue_(c) {}

  Panel read(std::string_view text) {
    statbank_detail::require_utf8_text(text, source_);
    Lexer lexer(text, source_);
    std::vector<Field> fields;
    if (!lexer.next(fields)) fail(RORKIT_ERROR_PARSE, source_ + ": empty file; expected the header " + std::string(panel_csv_header));
    check_header(fields);
    std::vector<Row> rows;
    while (lexer.next(fields)) {
      if (statbank_detail::is_blank_line(fields)) continue;
      rows.push_back(parse_row(fields));
    }
    if (rows.empty()) fail(RORKIT_ERROR_PARSE, source_ + ": no cells after the header");
    return build(rows);
  }

 private:
  [[noreturn]] void bad(rorkit_status st, const Field& f, std::size_t col, const std::string& what) const {
    fail(st, where(source_, f.loc) + " (" + kNames[col] + "): " + what);
  }

  void check_header(const std::vector<Field>& fields) const {
    std::string got;
    for (std::size_t i = 0; i < fields.size(); ++i) got += (i ? ";" : "") + std::string(fields[i].text);
    if (got != panel_csv_header)
      fail(RORKIT_ERROR_PARSE, where(source_, fields.front().loc) + ": the header is " + shown_token(got) +
                                   "; a panel CSV starts with " + std::string(panel_csv_header));
  }

  std::optional<double> number(const Field& f, std::size_t col) const {
    if (f.text.empty()) return std::nullopt;
    double v = 0;
    auto err = statbank_detail::parse_number(f.text, '.', v);
    if (err != statbank_detail::NumberError::none)
      bad(RORKIT_ERROR_PARSE, f, col, shown_token(f.text) + " is not a number (use '.' decimals; leave the field empty for none)");
    if ((col == c_numerator || col == c_denominator) && v < 0)
      bad(RORKIT_ERROR_INVALID_ARGUMENT, f, col, "negative count " + std::string(f.text));
    return v;
  }

  Row parse_row(const std::vector<Field>& fields) const {
    if (fields.size() != kColumns)
      fail(RORKIT_ERROR_PARSE, where(source_, fields.front().loc) + ": expected " +
                                   std::to_string(kColumns) + " fields, found " +
                                   std::to_string(fields.size()));
    Row r;
    r.fields = fields;
    try {
      r.area = find_area(fields[c_area].text);
    } catch (const Error& e) {
      if (e.status() != RORKIT_ERROR_NOT_FOUND) throw;
      bad(RORKIT_ERROR_NOT_FOUND, fields[c_area], c_area, "unknown area " + shown_token(fields[c_area].text));
    }
    const auto& y = fields[c_year].text;
    auto yr = std::from_chars(y.data(), y.data() + y.size(), r.year);
    if (y.empty() || yr.ec != std::errc() || yr.ptr != y.data() + y.size() || r.year < 1 || r.year > 9999)
      bad(RORKIT_ERROR_PARSE, fields[c_year], c_year, shown_token(y) + " is not a year (1-9999)");
    r.figure = std::string(fields[c_figure].text);
    if (r.figure.empty()) bad(RORKIT_ERROR_PARSE, fields[c_figure], c_figure, "the figure id is empty");
    r.value = number(fields[c_value], c_value);
    r.numerator = number(fields[c_numerator], c_numerator);
    r.denominator = number(fields[c_denominator], c_denominator);
    auto st = status_of(fields[c_status].text);
    if (!st) bad(RORKIT_ERROR_PARSE, fields[c_status], c_status, shown_token(fields[c_status].text) + " is not a cell status (value, true_zero, missing, suppressed)");
    r.status = *st;
    auto re = reason_of(fields[c_reason].text);
    if (!re) bad(RORKIT_ERROR_PARSE, fields[c_reason], c_reason, shown_token(fields[c_reason].text) + " is not a cell reason");
    r.reason = *re;
    return r;
  }

  Panel build(const std::vector<Row>& rows) const {
    // Areas in the standard order; years first..last; figures in order of appearance.
    const std::vector<Area> standard = standard_areas();
    std::vector<bool> used(standard.size(), false);
    std::int32_t first = rows.front().year, last = rows.front().year;
    std::vector<std::string> figures;
    for (const Row& r : rows) {
      for (std::size_t i = 0; i < standard.size(); ++i)
        if (standard[i].code == r.area.code) used[i] = true;
      first = std::min(first, r.year);
      last = std::max(last, r.year);
      if (std::find(figures.begin(), figures.end(), r.figure) == figures.end()) figures.push_back(r.figure);
    }
    std::vector<Area> areas;
    for (std::size_t i = 0; i < standard.size(); ++i)
      if (used[i]) areas.push_back(standard[i]);
    Panel panel(areas, first, last, figures);
    std::map<std::tuple<std::size_t, std::int32_t, std::size_t>, std::int64_t> seen;
    for (const Row& r : rows) {
      const std::size_t a = panel.area_index(r.area.code), y = panel.year_index(r.year),
                        f = panel.figure_index(r.figure);
      const std::int64_t line = r.fields.front().loc.line;
      auto [it, fresh] = seen.emplace(std::make_tuple(a, r.year, f), line);
      if (!fresh)
        fail(RORKIT_ERROR_DUPLICATE, where(source_, r.fields.front().loc) + ": a second row for area " +
                                         r.area.code + ", year " + std::to_string(r.year) + ", figure " +
                                         shown_token(r.figure) + " (first on line " + std::to_string(it->second) + ")");
      put(panel, f, y, a, r);
    }
    return panel;
  }

  void put(Panel& panel, std::size_t f, std::size_t y, std::size_t a, const Row& r) const {
    const auto& fs = r.fields;
    const bool published = r.status == CellStatus::value || r.status == CellStatus::true_zero;
    if (!published) {
      for (std::size_t col : {c_value, c_numerator, c_denominator})
        if (!fs[col].text.empty())
          bad(RORKIT_ERROR_INVALID_ARGUMENT, fs[col], col,
              "a " + std::string(to_code(r.status)) + " cell has no numbers; leave the field empty");
      panel.set_missing(f, y, a, r.reason);
      if (r.status == CellStatus::suppressed) panel.set_status(f, y, a, r.status, r.reason);
      return;
    }
    if (r.reason != CellReason::none)
      bad(RORKIT_ERROR_INVALID_ARGUMENT, fs[c_reason], c_reason,
          "a cell with a value has reason none, not " + shown_token(fs[c_reason].text));
    if (r.numerator.has_value() != r.denominator.has_value()) {
      const std::size_t col = r.numerator ? c_denominator : c_numerator;
      bad(RORKIT_ERROR_INVALID_ARGUMENT, fs[col], col, "give both the numerator and the denominator, or neither");
    }
    if (!r.value) {
      if (r.denominator && *r.denominator == 0)
        bad(RORKIT_ERROR_INVALID_ARGUMENT, fs[c_denominator], c_denominator,
            "zero denominator: the cell has no value (write it as missing;zero_denominator)");
      bad(RORKIT_ERROR_INVALID_ARGUMENT, fs[c_value], c_value,
          "a cell with status " + std::string(to_code(r.status)) + " needs a value");
    }
    if (r.numerator) {
      const KeyFigure* kf = catalogue_.find(r.figure);
      if (kf == nullptr)
        bad(RORKIT_ERROR_NOT_FOUND, fs[c_figure], c_figure,
            "figure " + shown_token(r.figure) + " has counts but is not in the catalogue (its unit is needed)");
      if (*r.denominator == 0 && kf->unit != FigureUnit::count)
        bad(RORKIT_ERROR_INVALID_ARGUMENT, fs[c_denominator], c_denominator,
            "zero denominator: the cell has no value (write it as missing;zero_denominator)");
      panel.set_counts(f, y, a, *r.numerator, *r.denominator, kf->unit);
      const double v = panel.cell_at(f, y, a).value;
      if (!(std::fabs(v - *r.value) <= 1e-9 * std::max(1.0, std::fabs(v))))
        bad(RORKIT_ERROR_INVALID_ARGUMENT, fs[c_value], c_value,
            "the value " + std::string(fs[c_value].text) + " does not match numerator / denominator (" +
                std::to_string(v) + ")");
    } else {
      panel.set_value(f, y, a, *r.value);
    }
    const CellStatus got = panel.cell_at(f, y, a).status;
    if (got != r.status)
      bad(RORKIT_ERROR_INVALID_ARGUMENT, fs[c_status], c_status,
          "status " + std::string(to_code(r.status)) + " disagrees with the numbers (they make it " +
              std::string(to_code(got)) + ")");
  }

  const std::string& source_;
  const Catalogue& catalogue_;
};

}  // namespace

std::string panel_to_csv(const Panel& panel) {
  std::string out(panel_csv_header);
  out += '\n';
  const auto& areas = panel.areas();
  const auto& figures = panel.figure_ids();
  out.reserve(out.size() + areas.size() * panel.year_count() * figures.size() * 48);
  for (std::size_t a = 0; a < areas.size(); ++a)
    for (std::size_t y = 0; y < panel.year_count(); ++y)
      for (std::size_t f = 0; f < figures.size(); ++f) {
        const Cell c = panel.cell_at(f, y, a);
        out += areas[a].code;
        out += ';';
        out += std::to_string(panel.first_year() + static_cast<std::int32_t>(y));
        out += ';';
        put_text(out, figures[f]);
        out += ';';
        const bool published = c.status == CellStatus::value || c.status == CellStatus::true_zero;
        if (published) statbank_detail::append_number(out, c.value);
        out += ';';
        if (published) statbank_detail::append_number(out, c.numerator);
        out += ';';
        if (published) statbank_detail::append_number(out, c.denominator);
        out += ';';
        out += to_code(c.status);
        out += ';';
        out += to_code(c.reason);
        out += '\n';
      }
  return out;
}

Panel panel_from_csv(std::string_view text, const PanelCsvOptions& options, const Catalogue& catalogue) {
  return PanelCsvReader(options, catalogue).read(text);
}

}  // namespace rorkit
