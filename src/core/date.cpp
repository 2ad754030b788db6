#include "rorkit/core/date.hpp"

#include <cstdio>
#include <ctime>

#include "core/text.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {

Date Date::from_ymd(std::int32_t year, std::int32_t month, std::int32_t day) {
  Date d{year, month, day};
  require_valid(d);
  return d;
}

void require_valid(const Date& d, std::string_view what) {
  if (is_valid(d)) return;
  std::string why;
  if (d.year < 1 || d.year > 9999)
    why = "year " + std::to_string(d.year) + " is outside 1-9999";
  else if (d.month < 1 || d.month > 12)
    why = "month " + std::to_string(d.month) + " is not 1-12";
  else
    why = "day " + std::to_string(d.day) + " is not 1-" +
          std::to_string(days_in_month(d.year, d.month)) + " in " + std::to_string(d.year) +
          "-" + (d.month < 10 ? "0" : "") + std::to_string(d.month);
  fail(RORKIT_ERROR_INVALID_DATE, std::string(what) + ": invalid date: " + why);
}

Date Date::parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !text::all_digits(iso.substr(0, 4)) ||
      !text::all_digits(iso.substr(5, 2)) || !text::all_digits(iso.substr(8, 2)))
    fail(RORKIT_ERROR_INVALID_DATE, "invalid date " + text::shown(iso, 40) + ": expected YYYY-MM-DD");
  Date d{text::digits_value(iso.substr(0, 4)), text::digits_value(iso.substr(5, 2)), text::digits_value(iso.substr(8, 2))};
  require_valid(d, "date " + text::shown(iso, 40));
  return d;
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(year),
                static_cast<int>(month), static_cast<int>(day));
  return buf;
}

std::string Date::basic() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", static_cast<int>(year), static_cast<int>(month),
                static_cast<int>(day));
  return buf;
}

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace rorkit
