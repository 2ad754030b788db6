#pragma once
// iCalendar (RFC 5545) export of dated events: all-day or timed (Europe/Copenhagen).

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rorkit/core/date.hpp"

namespace rorkit {

/// One calendar event. All-day when start_minute is empty: it covers [start_date, end_date].
/// Timed when start_minute and end_minute are set (minutes after local midnight,
/// Europe/Copenhagen): from start_date start_minute to end_date end_minute. Set end_date too (or
/// use the all_day/timed factories): it does not follow start_date by itself.
struct CalendarEvent {
  /// Empty: derived from the event's content and position, so the same list always gives the
  /// same UIDs; give explicit UIDs when clients must update edited events in place.
  std::string uid;
  std::string summary;
  std::string description;
  std::string location;
  Date start_date;
  Date end_date;
  std::optional<std::int32_t> start_minute;
  std::optional<std::int32_t> end_minute;
  std::vector<std::string> categories;

  /// An all-day event over [first, last]; last defaults to first.
  static CalendarEvent all_day(std::string summary, const Date& first,
                               const std::optional<Date>& last = std::nullopt) {
    CalendarEvent e;
    e.summary = std::move(summary);
    e.start_date = first;
    e.end_date = last.value_or(first);
    return e;
  }

  /// A timed event on one day, minutes after local midnight (Europe/Copenhagen).
  static CalendarEvent timed(std::string summary, const Date& day, std::int32_t start_minute,
                             std::int32_t end_minute) {
    CalendarEvent e = all_day(std::move(summary), day);
    e.start_minute = start_minute;
    e.end_minute = end_minute;
    return e;
  }

  friend bool operator==(const CalendarEvent& a, const CalendarEvent& b) noexcept {
    return a.uid == b.uid && a.summary == b.summary && a.description == b.description &&
           a.location == b.location && a.start_date == b.start_date &&
           a.end_date == b.end_date && a.start_minute == b.start_minute &&
           a.end_minute == b.end_minute && a.categories == b.categories;
  }
  friend bool operator!=(const CalendarEvent& a, const CalendarEvent& b) noexcept { return !(a == b); }
};

struct IcalOptions {
  std::string prodid = "-//rorkit//rorkit//DA";
  /// DTSTAMP in UTC as "YYYYMMDDTHHMMSSZ"; empty = the current time. Set it for reproducible
  /// output.
  std::string dtstamp;
  /// Right-hand side of derived UIDs ("<hash>@<uid_domain>").
  std::string uid_domain = "rorkit.invalid";
  /// X-WR-CALNAME, shown by most clients; empty = none.
  std::string calendar_name;
};

/// A complete VCALENDAR with a VTIMEZONE for Europe/Copenhagen when any event is timed. Lines
/// end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence; text is escaped.
/// Throws Error(RORKIT_ERROR_INVALID_ARGUMENT / INVALID_UTF8 / INVALID_DATE / DATE_ORDER /
/// OUT_OF_RANGE / DUPLICATE) naming the event (by index and summary) and the field.
std::string to_ical(const std::vector<CalendarEvent>& events, const IcalOptions& options = {});

}  // namespace rorkit
