// Timestamps, CPR numbers and look-ups by id.

#include "rorkit/plan/plan.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "core/text.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

template <class T>
const T* by_id(const std::vector<T>& items, std::string_view id) noexcept {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace

Timestamp Timestamp::parse(std::string_view t) {
  // YYYY-MM-DDTHH:MM:SS[.fff]Z; every substr below lies inside t (its size is checked first).
  using text::all_digits;
  using text::digits_value;
  bool ok = t.size() >= 20 && all_digits(t.substr(0, 4)) && t[4] == '-' &&
            all_digits(t.substr(5, 2)) && t[7] == '-' && all_digits(t.substr(8, 2)) &&
            t[10] == 'T' && all_digits(t.substr(11, 2)) && t[13] == ':' &&
            all_digits(t.substr(14, 2)) && t[16] == ':' && all_digits(t.substr(17, 2)) &&
            t.back() == 'Z';
  if (ok && t.size() > 20)
    ok = t[19] == '.' && t.size() > 21 && all_digits(t.substr(20, t.size() - 21));
  if (ok)
    ok = is_valid_date(digits_value(t.substr(0, 4)), digits_value(t.substr(5, 2)),
                       digits_value(t.substr(8, 2))) &&
         digits_value(t.substr(11, 2)) < 24 && digits_value(t.substr(14, 2)) < 60 &&
         digits_value(t.substr(17, 2)) <= 60;
  if (!ok)
    fail(RORKIT_ERROR_INVALID_DATE,
         "timestamp " + text::shown(t) + " is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ");
  Timestamp ts;
  ts.text_ = std::string(t);
  return ts;
}

Timestamp Timestamp::at_start_of(const Date& d) {
  require_valid(d);
  return parse(d.iso() + "T00:00:00Z");
}

Timestamp Timestamp::now() {
  std::time_t t = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buf[80];  // room for any int the compiler imagines; real output is 20 bytes
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
  return parse(buf);
}

int Timestamp::compare(const Timestamp& a, const Timestamp& b) noexcept {
  // The first 19 characters (YYYY-MM-DDTHH:MM:SS) order as text; then the fraction digits, with
  // a missing fraction or missing trailing digits counting as zeros.
  int head = a.text_.compare(0, 19, b.text_, 0, 19);
  if (head != 0) return head;
  auto fraction = [](const std::string& t) {
    return t.size() > 21 ? std::string_view(t).substr(20, t.size() - 21) : std::string_view{};
  };
  std::string_view fa = fraction(a.text_), fb = fraction(b.text_);
  for (std::size_t i = 0; i < std::max(fa.size(), fb.size()); ++i) {
    char ca = i < fa.size() ? fa[i] : '0', cb = i < fb.size() ? fb[i] : '0';
    if (ca != cb) return ca < cb ? -1 : 1;
  }
  return 0;
}

Date Timestamp::date() const {
  if (text_.empty()) fail(RORKIT_ERROR_INVALID_STATE, "timestamp is empty");
  const std::string_view t = text_;
  return Date{text::digits_value(t.substr(0, 4)), text::digits_value(t.substr(5, 2)),
              text::digits_value(t.substr(8, 2))};
}

Cpr Cpr::parse(std::string_view text) {
  std::string d;
  if (text.size() == 11 && text[6] == '-' && text::all_digits(text.substr(0, 6)) &&
      text::all_digits(text.substr(7, 4)))
    d = std::string(text.substr(0, 6)) + std::string(text.substr(7));
  else if (text.size() == 10 && text::all_digits(text))
    d = std::string(text);
  // The century comes from the 7th digit; any century makes a valid day/month check enough
  // here, and 29 February is accepted when some century makes it real (2000 or 1900 cannot
  // both fail for "2902YY": YY=00 is leap in 2000).
  bool ok = !d.empty();
  if (ok) {
    const std::string_view v = d;
    int day = text::digits_value(v.substr(0, 2)), month = text::digits_value(v.substr(2, 2)),
        yy = text::digits_value(v.substr(4, 2));
    ok = is_valid_date(2000 + yy, month, day) || is_valid_date(1900 + yy, month, day);
  }
  // The value itself never goes into a message.
  if (!ok) fail(RORKIT_ERROR_INVALID_ARGUMENT, "cpr: invalid (value not shown)");
  Cpr c;
  c.digits_ = std::move(d);
  return c;
}

bool operator==(const PlanSnapshot& a, const PlanSnapshot& b) {
  if (a.plan == b.plan) return true;
  if (!a.plan || !b.plan) return false;
  return *a.plan == *b.plan;
}

const Aspiration* Plan::find_aspiration(std::string_view i) const noexcept { return by_id(aspirations, i); }
const Resource* Plan::find_resource(std::string_view i) const noexcept { return by_id(resources, i); }
const NetworkMember* Plan::find_network_member(std::string_view i) const noexcept {
  return by_id(network, i);
}
const Goal* Plan::find_goal(std::string_view i) const noexcept { return by_id(goals, i); }
const Action* Plan::find_action(std::string_view i) const noexcept { return by_id(actions, i); }
const FollowUp* Plan::find_followup(std::string_view i) const noexcept { return by_id(followups, i); }
const Measurement* Plan::find_measurement(std::string_view i) const noexcept {
  return by_id(measurements, i);
}

}  // namespace rorkit
