// iCalendar export. Every event is checked before any of its lines are written, and the text is
// only returned whole, so a caller never sees half a calendar.

#include "rorkit/io/ical.hpp"

#include <cstdio>
#include <ctime>
#include <map>
#include <string_view>

#include "core/text.hpp"
#include "io/ical_text.hpp"
#include "rorkit/calendar/date_math.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/utf8.hpp"

namespace rorkit {
namespace {

using ical_detail::append_folded;
using ical_detail::escape_text;
using ical_detail::find_control;
using ical_detail::quote_for_message;
using ical_detail::TextKind;

constexpr std::string_view kTzid = "Europe/Copenhagen";
constexpr std::int32_t kMinutesPerDay = 24 * 60;

// The EU rule Denmark has followed since 1996. DTSTART is the rule's first onset in 1970, the
// customary anchor, so clients expand the RRULE for every date they will be asked about.
constexpr std::string_view kCopenhagenTimezone =
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Copenhagen\r\n"
    "BEGIN:STANDARD\r\n"
    "DTSTART:19701025T030000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "TZNAME:CET\r\n"
    "END:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "DTSTART:19700329T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0200\r\n"
    "TZNAME:CEST\r\n"
    "END:DAYLIGHT\r\n"
    "END:VTIMEZONE\r\n";

std::string hex_byte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(c));
  return buf;
}

// Names the event in every message; the summary helps a user find it in their own data.
std::string event_label(std::size_t index, const CalendarEvent& e) {
  std::string label = "iCalendar event " + std::to_string(index);
  if (!is_valid_utf8(e.summary)) return label + " (summary not valid UTF-8)";
  return label + " (" + quote_for_message(e.summary) + ")";
}

// UTF-8 first (so later messages may quote the value), then RFC 5545's ban on control bytes.
void check_text(std::string_view value, const std::string& what, TextKind kind) {
  require_utf8(value, what);
  std::size_t bad = find_control(value, kind);
  if (bad != std::string_view::npos)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         what + ": control character " + hex_byte(static_cast<unsigned char>(value[bad])) +
             " at byte " + std::to_string(bad) + " is not allowed");
}

using text::all_digits;
using text::digits_value;

// RFC 5545 DATE-TIME in UTC form: YYYYMMDDTHHMMSSZ, second 60 allowed for a leap second.
bool is_utc_stamp(std::string_view s) {
  if (s.size() != 16 || s[8] != 'T' || s[15] != 'Z') return false;
  if (!all_digits(s.substr(0, 8)) || !all_digits(s.substr(9, 6))) return false;
  Date d{digits_value(s.substr(0, 4)), digits_value(s.substr(4, 2)), digits_value(s.substr(6, 2))};
  return is_valid(d) && digits_value(s.substr(9, 2)) <= 23 && digits_value(s.substr(11, 2)) <= 59 &&
         digits_value(s.substr(13, 2)) <= 60;
}

std::string current_utc_stamp() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buf[32];
  std::size_t n = std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &utc);
  return std::string(buf, n);
}

std::string local_date_time(const Date& d, std::int32_t minute) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d%02d00", static_cast<int>(minute / 60),
                static_cast<int>(minute % 60));
  return d.basic() + buf;
}

// Each field is length-prefixed so that moving text between fields changes the hash.
std::string derived_uid(std::size_t index, const CalendarEvent& e, const std::string& domain) {
  auto minute = [](const std::optional<std::int32_t>& m) {
    return m ? std::to_string(*m) : std::string("-");
  };
  const std::string parts[] = {e.start_date.iso(), minute(e.start_minute), e.end_date.iso(),
                               minute(e.end_minute), e.summary,            e.description,
                               e.location,           std::to_string(index)};
  unsigned long long h = ical_detail::kFnvOffset;
  for (const std::string& part : parts) {
    h = ical_detail::fnv1a(std::to_string(part.size()) + ":", h);
    h = ical_detail::fnv1a(part, h);
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", h);
  return std::string(buf) + "@" + domain;
}

void check_options(const IcalOptions& options) {
  check_text(options.prodid, "iCalendar options.prodid", TextKind::identifier);
  if (options.prodid.empty())
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "iCalendar options.prodid: must not be empty");
  check_text(options.uid_domain, "iCalendar options.uid_domain", TextKind::identifier);
  check_text(options.calendar_name, "iCalendar options.calendar_name", TextKind::text);
  if (!options.dtstamp.empty() && !is_utc_stamp(options.dtstamp))
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "iCalendar options.dtstamp: " +
             (is_valid_utf8(options.dtstamp) ? quote_for_message(options.dtstamp)
                                             : std::string("value")) +
             " is not a UTC date-time of the form YYYYMMDDTHHMMSSZ");
}

void check_event(std::size_t index, const CalendarEvent& e) {
  const std::string label = event_label(index, e);
  check_text(e.summary, label + ": summary", TextKind::text);
  check_text(e.description, label + ": description", TextKind::text);
  check_text(e.location, label + ": location", TextKind::text);
  check_text(e.uid, label + ": uid", TextKind::identifier);
  for (std::size_t i = 0; i < e.categories.size(); ++i) {
    const std::string what = label + ": categories[" + std::to_string(i) + "]";
    check_text(e.categories[i], what, TextKind::text);
    if (e.categories[i].empty()) fail(RORKIT_ERROR_INVALID_ARGUMENT, what + ": is empty");
  }
  if (e.summary.find_first_not_of(" \t") == std::string::npos)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, label + ": summary: is empty or only blanks");

  require_valid(e.start_date, label + ": start_date");
  require_valid(e.end_date, label + ": end_date");

  if (e.start_minute.has_value() != e.end_minute.has_value())
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         label + ": " + (e.start_minute ? "end_minute" : "start_minute") +
             ": must be set when " + (e.start_minute ? "start_minute" : "end_minute") +
             " is (a timed event needs both, an all-day event neither)");
  for (const auto& [field, minute] : {std::pair{"start_minute", e.start_minute},
                                      std::pair{"end_minute", e.end_minute}}) {
    if (minute && (*minute < 0 || *minute >= kMinutesPerDay))
      fail(RORKIT_ERROR_OUT_OF_RANGE, label + ": " + field + ": " + std::to_string(*minute) +
                                          " is outside 0-1439 (minutes after midnight)");
  }

  if (e.end_date < e.start_date)
    fail(RORKIT_ERROR_DATE_ORDER, label + ": end_date: " + e.end_date.iso() +
                                      " is before start_date " + e.start_date.iso());
  if (e.start_minute && e.end_date == e.start_date && *e.end_minute < *e.start_minute)
    fail(RORKIT_ERROR_DATE_ORDER,
         label + ": end_minute: " + std::to_string(*e.end_minute) + " is before start_minute " +
             std::to_string(*e.start_minute) + " on the same day");
}

// RFC 5545 makes an all-day DTEND exclusive: the day after end_date, which date arithmetic
// may not reach (9999-12-31, or before 1400); the error then names the event.
Date exclusive_end(std::size_t index, const CalendarEvent& e) {
  try {
    return add_days(e.end_date, 1);
  } catch (const Error& err) {
    fail(err.status(), event_label(index, e) + ": end_date: " + err.what());
  }
}

// What checking an event works out and writing it needs.
struct Prepared {
  std::string uid;
  Date all_day_end;  // exclusive; unused for a timed event
};

void append_event(std::string& out, const CalendarEvent& e, const Prepared& p,
                  const std::string& dtstamp) {
  out += "BEGIN:VEVENT\r\n";
  append_folded(out, "UID:" + escape_text(p.uid));
  out += "DTSTAMP:" + dtstamp + "\r\n";
  if (e.start_minute) {
    const std::string tz = ";TZID=" + std::string(kTzid) + ":";
    out += "DTSTART" + tz + local_date_time(e.start_date, *e.start_minute) + "\r\n";
    // RFC 5545 wants DTEND strictly after DTSTART; without DTEND the event is an instant.
    if (e.end_date != e.start_date || *e.end_minute != *e.start_minute)
      out += "DTEND" + tz + local_date_time(e.end_date, *e.end_minute) + "\r\n";
  } else {
    out += "DTSTART;VALUE=DATE:" + e.start_date.basic() + "\r\n";
    out += "DTEND;VALUE=DATE:" + p.all_day_end.basic() + "\r\n";
  }
  append_folded(out, "SUMMARY:" + escape_text(e.summary));
  if (!e.description.empty()) append_folded(out, "DESCRIPTION:" + escape_text(e.description));
  if (!e.location.empty()) append_folded(out, "LOCATION:" + escape_text(e.location));
  if (!e.categories.empty()) {
    std::string line = "CATEGORIES:";
    for (std::size_t i = 0; i < e.categories.size(); ++i) {
      if (i > 0) line += ',';
      line += escape_text(e.categories[i]);
    }
    append_folded(out, line);
  }
  out += "END:VEVENT\r\n";
}

}  // namespace

std::string to_ical(const std::vector<CalendarEvent>& events, const IcalOptions& options) {
  check_options(options);
  const std::string dtstamp = options.dtstamp.empty() ? current_utc_stamp() : options.dtstamp;

  bool any_timed = false;
  std::map<std::string, std::size_t> uid_owner;
  std::vector<Prepared> prepared;
  prepared.reserve(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    const CalendarEvent& e = events[i];
    check_event(i, e);
    any_timed = any_timed || e.start_minute.has_value();
    if (e.uid.empty() && options.uid_domain.empty())
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           event_label(i, e) + ": uid: is empty, and options.uid_domain is empty too, so none "
                               "can be derived");
    std::string uid = e.uid.empty() ? derived_uid(i, e, options.uid_domain) : e.uid;
    auto [it, inserted] = uid_owner.emplace(uid, i);
    if (!inserted)
      fail(RORKIT_ERROR_DUPLICATE, event_label(i, e) + ": uid: " + quote_for_message(uid) +
                                       " is already the UID of " +
                                       event_label(it->second, events[it->second]));
    prepared.push_back({std::move(uid), e.start_minute ? e.end_date : exclusive_end(i, e)});
  }

  std::string out;
  out += "BEGIN:VCALENDAR\r\n";
  out += "VERSION:2.0\r\n";
  append_folded(out, "PRODID:" + escape_text(options.prodid));
  out += "CALSCALE:GREGORIAN\r\n";
  if (!options.calendar_name.empty())
    append_folded(out, "X-WR-CALNAME:" + escape_text(options.calendar_name));
  if (any_timed) out += kCopenhagenTimezone;
  for (std::size_t i = 0; i < events.size(); ++i)
    append_event(out, events[i], prepared[i], dtstamp);
  out += "END:VCALENDAR\r\n";
  return out;
}

}  // namespace rorkit
