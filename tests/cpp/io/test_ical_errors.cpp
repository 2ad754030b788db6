// Tests of the iCalendar export's validation: every error with its status code, and messages
// that name the event (index and summary) and the field.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "io/ical_reader.hpp"

namespace test_ical_errors {

using namespace ical_test;

TEST_CASE("ical: options are validated", "[ical][errors]") {
  std::vector<CalendarEvent> events = {all_day("Møde", kMar4, kMar4)};
  auto status_with = [&](void (*edit)(IcalOptions&)) {
    IcalOptions o = fixed_options();
    edit(o);
    std::string message;
    rorkit_status st = status_of(events, o, &message);
    if (st != RORKIT_OK) CHECK(message.find("options.") != std::string::npos);
    return st;
  };
  for (const char* bad : {"2024-01-01T12:00:00Z", "20240101T120000", "20240101 120000Z",
                          "20241301T120000Z", "20240230T120000Z", "20240101T240000Z",
                          "20240101T126000Z", "20240101T120061Z", "2024010T1200000Z",
                          "20240101t120000Z"}) {
    INFO(bad);
    IcalOptions o = fixed_options();
    o.dtstamp = bad;
    CHECK(status_of(events, o) == RORKIT_ERROR_INVALID_ARGUMENT);
  }
  IcalOptions leap = fixed_options();
  leap.dtstamp = "20161231T235960Z";  // a leap second is a valid RFC 5545 time
  CHECK(status_of(events, leap) == RORKIT_OK);

  CHECK(status_with([](IcalOptions& o) { o.prodid = "-//x//\ny//DA"; }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_with([](IcalOptions& o) { o.prodid = ""; }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_with([](IcalOptions& o) { o.uid_domain = "a\tb"; }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_with([](IcalOptions& o) { o.uid_domain = ""; }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_with([](IcalOptions& o) { o.calendar_name = "navn\x1b"; }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(status_with([](IcalOptions& o) { o.prodid = "\xc3("; }) == RORKIT_ERROR_INVALID_UTF8);
  CHECK(status_with([](IcalOptions& o) { o.calendar_name = "\xff"; }) ==
        RORKIT_ERROR_INVALID_UTF8);

  // An empty uid_domain is fine while no UID has to be derived.
  IcalOptions no_domain = fixed_options();
  no_domain.uid_domain = "";
  std::vector<CalendarEvent> explicit_uid = events;
  explicit_uid[0].uid = "x@y";
  CHECK(status_of(explicit_uid, no_domain) == RORKIT_OK);
}

TEST_CASE("ical: event text errors name the event and the field", "[ical][errors]") {
  CalendarEvent ok = all_day("Første", kMar4, kMar4);
  auto with = [&](void (*edit)(CalendarEvent&)) {
    CalendarEvent e = all_day("Anden aftale", kMar4, kMar5);
    edit(e);
    return std::vector<CalendarEvent>{ok, e};
  };
  expect_event_error(with([](CalendarEvent& e) { e.summary = ""; }),
                     RORKIT_ERROR_INVALID_ARGUMENT, "event 1", "summary");
  expect_event_error(with([](CalendarEvent& e) { e.description = "bad \xc3\x28"; }),
                     RORKIT_ERROR_INVALID_UTF8, "event 1 (\"Anden aftale\")", "description");
  expect_event_error(with([](CalendarEvent& e) { e.location = "\xed\xa0\x80"; }),
                     RORKIT_ERROR_INVALID_UTF8, "event 1", "location");
  expect_event_error(with([](CalendarEvent& e) { e.summary = "M\xf8" "de"; }),  // Latin-1 ø
                     RORKIT_ERROR_INVALID_UTF8, "event 1", "summary");
  expect_event_error(with([](CalendarEvent& e) { e.categories = {"ok", "\xc0\xaf"}; }),
                     RORKIT_ERROR_INVALID_UTF8, "event 1", "categories[1]");
  expect_event_error(with([](CalendarEvent& e) { e.uid = "\xe2\x82"; }),
                     RORKIT_ERROR_INVALID_UTF8, "event 1", "uid");
  expect_event_error(with([](CalendarEvent& e) { e.description = "bell\x07"; }),
                     RORKIT_ERROR_INVALID_ARGUMENT, "event 1 (\"Anden aftale\")", "description");
  expect_event_error(with([](CalendarEvent& e) { e.summary = "cr\ronly"; }),
                     RORKIT_ERROR_INVALID_ARGUMENT, "event 1", "summary");
  expect_event_error(with([](CalendarEvent& e) { e.location = "del\x7f"; }),
                     RORKIT_ERROR_INVALID_ARGUMENT, "event 1", "location");
  expect_event_error(with([](CalendarEvent& e) { e.uid = "line\nbreak@x"; }),
                     RORKIT_ERROR_INVALID_ARGUMENT, "event 1", "uid");
  expect_event_error(with([](CalendarEvent& e) { e.uid = "tab\t@x"; }),
                     RORKIT_ERROR_INVALID_ARGUMENT, "event 1", "uid");
  expect_event_error(with([](CalendarEvent& e) { e.categories = {"a", ""}; }),
                     RORKIT_ERROR_INVALID_ARGUMENT, "event 1", "categories[1]");
}

TEST_CASE("ical: event date and time errors", "[ical][errors]") {
  auto one = [](CalendarEvent e) { return std::vector<CalendarEvent>{e}; };
  expect_event_error(one(all_day("Skæv", {2023, 2, 29}, {2023, 3, 1})),
                     RORKIT_ERROR_INVALID_DATE, "event 0 (\"Skæv\")", "start_date");
  expect_event_error(one(all_day("Skæv", kMar4, {2024, 13, 1})), RORKIT_ERROR_INVALID_DATE,
                     "event 0", "end_date");
  expect_event_error(one(all_day("Baglæns", kMar5, kMar4)), RORKIT_ERROR_DATE_ORDER,
                     "event 0", "end_date");
  expect_event_error(one(timed("Baglæns", kMar5, 600, kMar4, 700)), RORKIT_ERROR_DATE_ORDER,
                     "event 0", "end_date");
  expect_event_error(one(timed("Baglæns", kMar4, 600, kMar4, 599)), RORKIT_ERROR_DATE_ORDER,
                     "event 0", "end_minute");
  expect_event_error(one(timed("Sent", kMar4, 1440, kMar5, 0)), RORKIT_ERROR_OUT_OF_RANGE,
                     "event 0", "start_minute");
  expect_event_error(one(timed("Tidligt", kMar4, 0, kMar4, -1)), RORKIT_ERROR_OUT_OF_RANGE,
                     "event 0", "end_minute");
  CalendarEvent half = all_day("Halv", kMar4, kMar4);
  half.start_minute = 600;
  expect_event_error(one(half), RORKIT_ERROR_INVALID_ARGUMENT, "event 0", "end_minute");
  half.start_minute.reset();
  half.end_minute = 600;
  expect_event_error(one(half), RORKIT_ERROR_INVALID_ARGUMENT, "event 0", "start_minute");
  // The exclusive DTEND of an all-day event on the last supported day cannot be written.
  expect_event_error(one(all_day("Sidst", {9999, 12, 31}, {9999, 12, 31})),
                     RORKIT_ERROR_OUT_OF_RANGE, "event 0", "end_date");
  // Likewise before 1400, where the calendar's date arithmetic starts.
  expect_event_error(one(all_day("Middelalder", {1300, 1, 1}, {1300, 1, 2})),
                     RORKIT_ERROR_OUT_OF_RANGE, "event 0", "end_date");
  // Boundaries that are fine.
  CHECK(status_of(one(timed("Hele døgnet", kMar4, 0, kMar4, 1439)), fixed_options()) ==
        RORKIT_OK);
  CHECK(status_of(one(timed("Over midnat", kMar4, 1380, kMar5, 60)), fixed_options()) ==
        RORKIT_OK);
  CHECK(status_of(one(timed("Sidst", {9999, 12, 31}, 0, {9999, 12, 31}, 60)),
                  fixed_options()) == RORKIT_OK);
}

TEST_CASE("ical: duplicate explicit UIDs", "[ical][errors][uid]") {
  CalendarEvent a = all_day("A", kMar4, kMar4);
  CalendarEvent b = all_day("B", kMar5, kMar5);
  CalendarEvent c = all_day("C", kMar5, kMar5);
  a.uid = "same@example.org";
  c.uid = "same@example.org";
  std::string message;
  CHECK(status_of({a, b, c}, fixed_options(), &message) == RORKIT_ERROR_DUPLICATE);
  CHECK(message.find("event 2 (\"C\")") != std::string::npos);
  CHECK(message.find("event 0 (\"A\")") != std::string::npos);
  CHECK(message.find("uid") != std::string::npos);
  c.uid = "other@example.org";
  CHECK(status_of({a, b, c}, fixed_options()) == RORKIT_OK);
}

TEST_CASE("ical: messages quote long or odd summaries safely", "[ical][errors]") {
  CalendarEvent e = all_day(std::string(39, 'x') + "æøå and much more after that", kMar4,
                            kMar4);
  e.description = "\x01";
  std::string message;
  CHECK(status_of({e}, fixed_options(), &message) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(message.find("\"" + std::string(39, 'x') + "...\"") != std::string::npos);
  CHECK(message.find('\x01') == std::string::npos);

  e.summary = "\xff";
  e.description = "";
  e.end_date = Date{2024, 3, 3};
  CHECK(status_of({e}, fixed_options(), &message) == RORKIT_ERROR_INVALID_UTF8);
  CHECK(message.find("event 0") != std::string::npos);
  CHECK(message.find('\xff') == std::string::npos);
}

}  // namespace test_ical_errors
