// StatBank cell values and time codes: missing tokens, exact decimals with either mark
// (fast_float), and "2023" / "2025K1" / "2025Q1" / "2021M01".

#include <cmath>
#include <system_error>

#include <fast_float/fast_float.h>

#include "core/text.hpp"
#include "keyfig/statbank_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/statbank.hpp"

namespace rorkit {
namespace statbank_detail {
namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

}  // namespace

bool is_missing_token(std::string_view s) noexcept {
  return s.empty() || s == ".." || s == "." || s == "-" || s == "x" || s == "X";
}

int decimal_mark_of(std::string_view s) noexcept {
  bool comma = s.find(',') != std::string_view::npos;
  bool dot = s.find('.') != std::string_view::npos;
  if (comma && dot) return -1;
  if (comma) return ',';
  if (dot) return '.';
  return 0;
}

NumberError parse_number(std::string_view s, char decimal, double& out) noexcept {
  const char foreign = decimal == ',' ? '.' : ',';
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  std::size_t int_digits = 0, frac_digits = 0, marks = 0;
  bool foreign_seen = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (is_digit(c)) {
      (marks == 0 ? int_digits : frac_digits) += 1;
    } else if (c == decimal) {
      ++marks;
    } else if (c == foreign) {
      foreign_seen = true;
    } else {
      return NumberError::not_a_number;
    }
  }
  if (foreign_seen) return NumberError::foreign_mark;
  if (marks > 1) return NumberError::several_marks;
  // Digits on both sides of a mark: StatBank writes "0,5", never ",5" or "5,".
  if (int_digits == 0 || (marks == 1 && frac_digits == 0)) return NumberError::not_a_number;

  double value = 0;
  const char* first = s.data();
  const char* last = s.data() + s.size();
  auto result = fast_float::from_chars_advanced(
      first, last, value, fast_float::parse_options(fast_float::chars_format::fixed, decimal));
  if (result.ec == std::errc::result_out_of_range || !std::isfinite(value))
    return NumberError::out_of_range;
  if (result.ec != std::errc() || result.ptr != last) return NumberError::not_a_number;
  out = value == 0 ? 0.0 : value;  // "-0" is a zero, not a negative zero
  return NumberError::none;
}

}  // namespace statbank_detail

namespace {

[[noreturn]] void bad_time(std::string_view text, const char* why) {
  fail(RORKIT_ERROR_PARSE, "StatBank time " + statbank_detail::shown_token(text) + ": " + why);
}

using text::all_digits;
using text::digits_value;

}  // namespace

StatbankTime parse_statbank_time(std::string_view text) {
  if (text.size() < 4 || !all_digits(text.substr(0, 4)))
    bad_time(text, "expected a four-digit year first (2023, 2025K1, 2021M01)");
  StatbankTime t;
  t.year = digits_value(text.substr(0, 4));
  if (t.year == 0) bad_time(text, "the year must be 0001-9999");
  if (text.size() == 4) return t;

  const char kind = text[4];
  std::string_view part = text.substr(5);
  if (kind == 'K' || kind == 'Q' || kind == 'k' || kind == 'q') {
    if (part.size() != 1 || !all_digits(part) || part[0] < '1' || part[0] > '4')
      bad_time(text, "the quarter must be 1-4 (2025K1)");
    t.kind = TimeKind::quarter;
    t.part = part[0] - '0';
    return t;
  }
  if (kind == 'M' || kind == 'm') {
    if (part.size() != 2 || !all_digits(part))
      bad_time(text, "the month must be two digits 01-12 (2021M01)");
    t.kind = TimeKind::month;
    t.part = digits_value(part);
    if (t.part < 1 || t.part > 12) bad_time(text, "the month must be two digits 01-12 (2021M01)");
    return t;
  }
  bad_time(text, "not a year, quarter or month (2023, 2025K1, 2025Q1, 2021M01; half-years and "
                 "weeks are not supported)");
}

}  // namespace rorkit
