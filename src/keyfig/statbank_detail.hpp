#pragma once
// Internals of the StatBank CSV reader: the record lexer, error locations and the number
// parser. Nothing here is public API.

#include <charconv>
#include <cmath>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace rorkit::statbank_detail {

/// Where a piece of text starts: its line (1-based) and the first byte of that line, from which
/// the column (1-based, in characters) is counted.
struct Location {
  std::int64_t line = 0;
  const char* line_start = nullptr;
  const char* at = nullptr;
};

/// 1-based column of loc.at, counting UTF-8 characters from the start of its line.
std::int64_t column_of(const Location& loc) noexcept;

/// "<source>: line L, column C".
std::string where(const std::string& source, const Location& loc);

/// A token for an error message: quoted, control bytes escaped, at most 40 characters.
std::string shown_token(std::string_view token);

/// One field of a record: its text without surrounding blanks (and, when quoted, without the
/// quotes and with "" unescaped).
struct Field {
  std::string_view text;
  bool quoted = false;
  Location loc;  ///< the field's first non-blank character (the opening quote when quoted)
};

/// True for a field with no text that was not quoted (a quoted "" is an empty value).
inline bool is_empty_unquoted(const Field& f) noexcept { return !f.quoted && f.text.empty(); }

/// True for a blank line: a record of one empty unquoted field (the lexer drops spaces and
/// tabs). A line of only separators (";;") is not blank here.
inline bool is_blank_line(const std::vector<Field>& fields) noexcept {
  return fields.size() == 1 && is_empty_unquoted(fields.front());
}

/// Splits the text into ';'-separated records. A record ends at CRLF, LF or CR (outside
/// quotes); a leading UTF-8 BOM is skipped. Views stay valid until the next call to next().
class Lexer {
 public:
  Lexer(std::string_view text, const std::string& source);

  /// Reads the next record into `fields` (cleared first); false at the end of the text.
  /// Throws Error(PARSE) for an unterminated quote or text after a closing quote.
  bool next(std::vector<Field>& fields);

  /// Where the last record ended (its line break or the end of the text).
  [[nodiscard]] const Location& record_end() const noexcept { return end_; }

 private:
  std::string_view unescape(std::string_view raw, std::size_t field);

  const char* p_;
  const char* end_of_text_;
  std::int64_t line_ = 1;
  const char* line_start_;
  Location end_;
  const std::string& source_;
  std::deque<std::string> scratch_;  ///< unescaped quoted fields; a deque keeps views stable
};

/// Throws Error(INVALID_UTF8) naming the line and column of the first byte that is not UTF-8.
void require_utf8_text(std::string_view text, const std::string& source);

/// True for StatBank's missing-value tokens: empty, "..", ".", "-", "x", "X".
bool is_missing_token(std::string_view s) noexcept;

enum class NumberError {
  none,
  not_a_number,    ///< anything but [-]digits[<decimal>digits]
  foreign_mark,    ///< the other of ',' and '.' (thousands separators are not StatBank's)
  several_marks,   ///< more than one decimal mark
  out_of_range,    ///< beyond double
};

/// Parses a StatBank value with the given decimal mark (',' or '.'), exactly (fast_float).
NumberError parse_number(std::string_view s, char decimal, double& out) noexcept;

/// The inverse for rorkit's own CSV files: the shortest fixed-notation form that reads back to
/// the same double (never an exponent, which the readers, like StatBank, do not take: 100000
/// would otherwise be 1e+05), nothing for NaN (an empty field, never 0). The longest fixed form,
/// a subnormal, is under 330 characters.
inline void append_number(std::string& out, double v) {
  if (std::isnan(v)) return;
  char buf[400];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  out.append(buf, r.ptr);
}

/// The decimal mark the token uses (',' or '.'), 0 when it has none, or -1 when it has both.
int decimal_mark_of(std::string_view s) noexcept;

/// "No such column".
inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

}  // namespace rorkit::statbank_detail
