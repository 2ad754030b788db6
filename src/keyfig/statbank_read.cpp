// read_statbank_csv: the header, then one StatbankRow per data record, in one pass over the
// text. Per row it allocates only what the row keeps (its area and other values); areas are
// looked up once per distinct token, duplicates are found with an index of row numbers.

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "keyfig/statbank_cells.hpp"
#include "keyfig/statbank_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/utf8.hpp"
#include "rorkit/keyfig/statbank.hpp"

namespace rorkit {
namespace {

using statbank_detail::Field;
using statbank_detail::kNone;
using statbank_detail::Location;
using statbank_detail::shown_token;
using statbank_detail::where;

// A record to skip: a blank line, or (unlike statbank_detail::is_blank_line) a line of only
// separators.
bool is_blank_record(const std::vector<Field>& fields) {
  return std::all_of(fields.begin(), fields.end(), statbank_detail::is_empty_unquoted);
}

// A trailing ';' gives one more, empty field; it is dropped.
void drop_trailing_separator(std::vector<Field>& fields, std::size_t expected) {
  if (fields.size() == expected + 1 && statbank_detail::is_empty_unquoted(fields.back()))
    fields.pop_back();
}

struct Columns {
  std::size_t area = kNone, time = kNone, value = kNone;
};

class StatbankReader {
 public:
  StatbankReader(std::string_view text, const StatbankOptions& options)
      : text_(text), options_(options), source_(options.source), lexer_(text, source_) {}

  StatbankTable read() {
    if (options_.decimal && *options_.decimal != ',' && *options_.decimal != '.')
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           source_ + ": options.decimal must be ',' or '.', not " +
               shown_token(std::string_view(&*options_.decimal, 1)));
    decimal_ = options_.decimal.value_or('\0');
    statbank_detail::require_utf8_text(text_, source_);
    read_header();
    while (lexer_.next(fields_)) {
      if (is_blank_record(fields_)) continue;
      read_row();
    }
    if (table_.area_column == kNone)
      fail(RORKIT_ERROR_SCHEMA,
           source_ + ": no OMRÅDE column and no data rows to find the area column from; set "
                     "options.area_column");
    return std::move(table_);
  }

 private:
  void read_header() {
    do {
      if (!lexer_.next(fields_))
        fail(RORKIT_ERROR_SCHEMA, source_ + ": no header line (the text is empty)");
    } while (is_blank_record(fields_));
    if (fields_.size() > 1 && statbank_detail::is_empty_unquoted(fields_.back()))
      fields_.pop_back();
    const Location header_at = fields_.front().loc;

    std::vector<std::string> folded;
    for (const Field& f : fields_) {
      if (f.text.empty())
        fail(RORKIT_ERROR_SCHEMA, where(source_, f.loc) + ": a header column without a name");
      folded.push_back(fold_case(f.text));
      for (std::size_t j = 0; j + 1 < folded.size(); ++j)
        if (folded[j] == folded.back())
          fail(RORKIT_ERROR_SCHEMA, where(source_, f.loc) + ": column " + shown_token(f.text) +
                                        " appears twice in the header (also column " +
                                        std::to_string(statbank_detail::column_of(fields_[j].loc)) +
                                        ")");
      table_.header.emplace_back(f.text);
    }
    auto find = [&](std::string_view name) {
      std::string key = fold_case(name);
      for (std::size_t i = 0; i < folded.size(); ++i)
        if (folded[i] == key) return i;
      return kNone;
    };
    cols_.value = find("INDHOLD");
    if (cols_.value == kNone) {
      std::string hint;
      const std::string_view first = fields_.front().text;
      if (fields_.size() == 1 && (first.find(',') != std::string_view::npos ||
                                  first.find('\t') != std::string_view::npos))
        hint = " (the separator must be ';')";
      fail(RORKIT_ERROR_SCHEMA, where(source_, header_at) +
                                    ": the header has no INDHOLD column; is this a StatBank CSV?" +
                                    hint);
    }
    if (cols_.value + 1 != fields_.size())
      fail(RORKIT_ERROR_SCHEMA, where(source_, fields_[cols_.value].loc) +
                                    ": INDHOLD must be the last column of the header");
    cols_.time = find("TID");
    if (cols_.time == kNone)
      fail(RORKIT_ERROR_SCHEMA, where(source_, header_at) + ": the header has no TID column");
    if (!options_.area_column.empty()) {
      cols_.area = find(options_.area_column);
      if (cols_.area == kNone || cols_.area == cols_.time || cols_.area == cols_.value)
        fail(RORKIT_ERROR_SCHEMA, where(source_, header_at) + ": options.area_column " +
                                      shown_token(options_.area_column) +
                                      " is not an area column of the header");
    } else {
      cols_.area = find("OMRÅDE");
    }
    if (table_.header.size() < 3)
      fail(RORKIT_ERROR_SCHEMA, where(source_, header_at) +
                                    ": the header needs an area, a TID and an INDHOLD column");
    table_.time_column = cols_.time;
    table_.area_column = cols_.area;  // kNone until a data row shows which column holds areas
  }

  // Without an OMRÅDE column (or options.area_column), the first column whose value on the
  // first data row is a known area is the area column.
  void detect_area_column() {
    for (std::size_t i = 0; i < fields_.size(); ++i) {
      if (i == cols_.time || i == cols_.value) continue;
      try {
        (void)area_of(fields_[i], i);
        cols_.area = table_.area_column = i;
        return;
      } catch (const Error&) {
      }
    }
    fail(RORKIT_ERROR_SCHEMA,
         where(source_, fields_.front().loc) +
             ": no OMRÅDE column, and no value on this first data row is a known area code or "
             "label; set options.area_column");
  }

  const Area& area_of(const Field& f, std::size_t column) {
    auto hit = areas_.find(f.text);
    if (hit != areas_.end()) return hit->second;
    if (f.text.empty())
      fail(RORKIT_ERROR_PARSE, where(source_, f.loc) + ": " + table_.header[column] +
                                   " is empty; every row needs an area");
    try {
      return areas_.emplace(std::string(f.text), find_area(f.text)).first->second;
    } catch (const Error&) {
      fail(RORKIT_ERROR_NOT_FOUND,
           where(source_, f.loc) + ": " + table_.header[column] + " " + shown_token(f.text) +
               " is not a known area code or label (000, 081-086, municipality codes; Hele "
               "landet, Region ..., municipality names)");
    }
  }

  StatbankTime time_of(const Field& f) {
    try {
      return parse_statbank_time(f.text);
    } catch (const Error& e) {
      fail(RORKIT_ERROR_PARSE, where(source_, f.loc) + ": TID: " + e.what());
    }
  }

  void value_of(const Field& f, StatbankRow& row) {
    using statbank_detail::NumberError;
    if (statbank_detail::is_missing_token(f.text)) {
      row.missing = true;
      row.value = std::numeric_limits<double>::quiet_NaN();  // never a usable 0
      return;
    }
    auto head = [&] { return where(source_, f.loc) + ": INDHOLD " + shown_token(f.text); };
    const int mark = statbank_detail::decimal_mark_of(f.text);
    if (mark == -1)
      fail(RORKIT_ERROR_PARSE,
           head() + " has both ',' and '.'; StatBank numbers have no thousands separators");
    if (decimal_ == '\0' && mark != 0) {
      decimal_ = static_cast<char>(mark);
      decimal_from_ = f.loc.line;
    }
    const char decimal = decimal_ == '\0' ? ',' : decimal_;
    switch (statbank_detail::parse_number(f.text, decimal, row.value)) {
      case NumberError::none:
        return;
      case NumberError::foreign_mark: {
        const char other = decimal == ',' ? '.' : ',';
        std::string why = options_.decimal
                              ? std::string("options.decimal is '") + decimal + "'"
                              : "line " + std::to_string(decimal_from_) + " used '" + decimal +
                                    "' as the decimal mark";
        fail(RORKIT_ERROR_PARSE, head() + " has a '" + other + "' but " + why +
                                     "; StatBank numbers have no thousands separators");
      }
      case NumberError::several_marks:
        fail(RORKIT_ERROR_PARSE, head() + " has more than one '" + std::string(1, decimal) +
                                     "'; StatBank numbers have no thousands separators");
      case NumberError::out_of_range:
        fail(RORKIT_ERROR_PARSE, head() + " is out of range");
      case NumberError::not_a_number:
        break;
    }
    fail(RORKIT_ERROR_PARSE,
         head() + " is not a number or a missing-value token (.., ., -, x or empty)");
  }

  void check_field_count() {
    const std::size_t n = table_.header.size();
    drop_trailing_separator(fields_, n);
    if (fields_.size() == n) return;
    const std::string count = std::to_string(fields_.size()) + " fields where the header has " +
                              std::to_string(n);
    if (fields_.size() > n)
      fail(RORKIT_ERROR_PARSE, where(source_, fields_[n].loc) + ": " + count);
    fail(RORKIT_ERROR_PARSE, where(source_, lexer_.record_end()) + ": " + count);
  }

  void read_row() {
    check_field_count();
    if (cols_.area == kNone) detect_area_column();
    StatbankRow row;
    row.line = fields_.front().loc.line;
    row.area = area_of(fields_[cols_.area], cols_.area);
    row.time = time_of(fields_[cols_.time]);
    row.other.reserve(fields_.size() - 3);
    for (std::size_t i = 0; i < fields_.size(); ++i)
      if (i != cols_.area && i != cols_.time && i != cols_.value)
        row.other.emplace_back(fields_[i].text);
    value_of(fields_[cols_.value], row);
    table_.rows.push_back(std::move(row));
    const std::size_t first = cells_.insert(table_.rows, table_.rows.size() - 1);
    if (first != kNone) {
      const StatbankRow& again = table_.rows.back();
      fail(RORKIT_ERROR_DUPLICATE,
           where(source_, fields_.front().loc) + ": a second row for " +
               statbank_detail::describe_cell(table_, again) + " (first on line " +
               std::to_string(table_.rows[first].line) + ")");
    }
  }

  std::string_view text_;
  const StatbankOptions& options_;
  const std::string& source_;
  statbank_detail::Lexer lexer_;
  std::vector<Field> fields_;
  StatbankTable table_;
  Columns cols_;
  char decimal_ = '\0';
  std::int64_t decimal_from_ = 0;
  std::map<std::string, Area, std::less<>> areas_;
  statbank_detail::CellIndex cells_;
};

}  // namespace

StatbankTable read_statbank_csv(std::string_view text, const StatbankOptions& options) {
  return StatbankReader(text, options).read();
}

}  // namespace rorkit
