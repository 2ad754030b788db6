// Tests of the iCalendar export: exact output for hand-worked examples, RFC 5545 folding and
// escaping, every generated calendar read back by an independent parser, deterministic UIDs.

#include <catch2/catch.hpp>

#include <functional>
#include <regex>
#include <string>
#include <vector>

#include "io/ical_reader.hpp"
#include "io/ical_text.hpp"

namespace test_ical {

using namespace ical_test;

// ---------------------------------------------------------------------------------------------

TEST_CASE("ical: all-day event, exact text", "[ical]") {
  CalendarEvent e = all_day("Netværksmøde, Forberede", kMar4, kMar5);
  e.uid = "allday-1@example.org";
  e.description = "Første møde;\nmed pårørende";
  e.location = "Rådhuset\\Sal 2";
  e.categories = {"Kursus", "Fase 1"};
  IcalOptions o = fixed_options();
  o.calendar_name = "Recovery-kursus";

  const std::string expected =
      "BEGIN:VCALENDAR\r\n"
      "VERSION:2.0\r\n"
      "PRODID:-//rorkit//rorkit//DA\r\n"
      "CALSCALE:GREGORIAN\r\n"
      "X-WR-CALNAME:Recovery-kursus\r\n"
      "BEGIN:VEVENT\r\n"
      "UID:allday-1@example.org\r\n"
      "DTSTAMP:20240101T120000Z\r\n"
      "DTSTART;VALUE=DATE:20240304\r\n"
      "DTEND;VALUE=DATE:20240306\r\n"  // exclusive: the day after 5 March
      "SUMMARY:Netværksmøde\\, Forberede\r\n"
      "DESCRIPTION:Første møde\\;\\nmed pårørende\r\n"
      "LOCATION:Rådhuset\\\\Sal 2\r\n"
      "CATEGORIES:Kursus,Fase 1\r\n"
      "END:VEVENT\r\n"
      "END:VCALENDAR\r\n";
  CHECK(rorkit::to_ical({e}, o) == expected);
  round_trip({e}, o);
}

TEST_CASE("ical: timed event, exact text with the Copenhagen VTIMEZONE", "[ical]") {
  // 27 October 2024 is the day summer time ends; the wall-clock times are written as given.
  CalendarEvent e = timed("Temperaturmåling", {2024, 10, 27}, 9 * 60 + 30, {2024, 10, 27},
                          11 * 60 + 5);
  e.uid = "timed-1@example.org";
  e.location = "Mødelokale 3";
  IcalOptions o = fixed_options();
  o.prodid = "-//Kommune//Kursus//DA";

  const std::string expected =
      "BEGIN:VCALENDAR\r\n"
      "VERSION:2.0\r\n"
      "PRODID:-//Kommune//Kursus//DA\r\n"
      "CALSCALE:GREGORIAN\r\n"
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
      "END:VTIMEZONE\r\n"
      "BEGIN:VEVENT\r\n"
      "UID:timed-1@example.org\r\n"
      "DTSTAMP:20240101T120000Z\r\n"
      "DTSTART;TZID=Europe/Copenhagen:20241027T093000\r\n"
      "DTEND;TZID=Europe/Copenhagen:20241027T110500\r\n"
      "SUMMARY:Temperaturmåling\r\n"
      "LOCATION:Mødelokale 3\r\n"
      "END:VEVENT\r\n"
      "END:VCALENDAR\r\n";
  CHECK(rorkit::to_ical({e}, o) == expected);
  round_trip({e}, o);
}

TEST_CASE("ical: the VTIMEZONE onsets are the last Sundays of March and October", "[ical]") {
  CHECK(rorkit::iso_weekday({1970, 3, 29}) == 7);
  CHECK(rorkit::add_days({1970, 3, 29}, 7).month == 4);
  CHECK(rorkit::iso_weekday({1970, 10, 25}) == 7);
  CHECK(rorkit::add_days({1970, 10, 25}, 7).month == 11);
}

TEST_CASE("ical: calendars with no timed event carry no VTIMEZONE", "[ical]") {
  std::string text = rorkit::to_ical({all_day("Udvikle", kMar4, kMar4)}, fixed_options());
  CHECK(text.find("VTIMEZONE") == std::string::npos);
  CHECK(text.find("DTEND;VALUE=DATE:20240305\r\n") != std::string::npos);
  CHECK(rorkit::to_ical({}, fixed_options()) ==
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//rorkit//rorkit//DA\r\n"
        "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
}

TEST_CASE("ical: exclusive DTEND crosses month and year ends", "[ical]") {
  IcalOptions o = fixed_options();
  std::string text = rorkit::to_ical({all_day("Skudår", {2024, 2, 28}, {2024, 2, 29}),
                                      all_day("Nytår", {2024, 12, 31}, {2024, 12, 31})},
                                     o);
  CHECK(text.find("DTEND;VALUE=DATE:20240301\r\n") != std::string::npos);
  CHECK(text.find("DTEND;VALUE=DATE:20250101\r\n") != std::string::npos);
}

TEST_CASE("ical: mixed calendar parses back event by event", "[ical]") {
  CalendarEvent a = all_day("Forankre: opsamling", {2025, 6, 2}, {2025, 6, 13});
  a.categories = {"Fase; 3", "Hjem, netværk", "a\\b"};
  a.description = "Linje 1\r\nLinje 2\nLinje 3\tmed tab";
  CalendarEvent b = timed("Nattevagt", {2025, 3, 29}, 22 * 60, {2025, 3, 30}, 6 * 60);
  b.uid = "vagt;1,a\\b@example.org";
  CalendarEvent c = timed("Øjeblik", kMar4, 0, kMar4, 0);  // an instant: no DTEND
  CalendarEvent d = timed("Heldagsmøde", kMar4, 0, kMar4, 1439);
  IcalOptions o = fixed_options();
  o.calendar_name = "Kommune, plan; \\ og\nmere";
  Component cal = round_trip({a, b, c, d}, o);
  CHECK(unescape(cal.find("X-WR-CALNAME")->value) == o.calendar_name);
  CHECK(cal.children[3].find("DTEND") == nullptr);
  CHECK(cal.children[4].find("DTEND")->value == "20240304T235900");
}

TEST_CASE("ical: folding at exactly 75 and 76 octets", "[ical][fold]") {
  using rorkit::ical_detail::append_folded;
  std::string out;
  append_folded(out, std::string(75, 'x'));
  CHECK(out == std::string(75, 'x') + "\r\n");

  out.clear();
  append_folded(out, std::string(76, 'x'));
  CHECK(out == std::string(75, 'x') + "\r\n x\r\n");

  out.clear();
  append_folded(out, std::string(75 + 74, 'x'));
  CHECK(out == std::string(75, 'x') + "\r\n " + std::string(74, 'x') + "\r\n");
  out.clear();
  append_folded(out, std::string(75 + 75, 'x'));
  CHECK(out == std::string(75, 'x') + "\r\n " + std::string(74, 'x') + "\r\n x\r\n");

  // The same through to_ical: "SUMMARY:" is 8 octets.
  IcalOptions o = fixed_options();
  std::string s67(67, 's');
  std::string text = rorkit::to_ical({all_day(s67, kMar4, kMar4)}, o);
  CHECK(text.find("\r\nSUMMARY:" + s67 + "\r\n") != std::string::npos);
  std::string s68(68, 's');
  text = rorkit::to_ical({all_day(s68, kMar4, kMar4)}, o);
  CHECK(text.find("\r\nSUMMARY:" + s67 + "\r\n s\r\n") != std::string::npos);
  round_trip({all_day(s67, kMar4, kMar4), all_day(s68, kMar4, kMar4)}, o);
}

TEST_CASE("ical: folding never splits æ, ø, å or longer sequences", "[ical][fold]") {
  using rorkit::ical_detail::append_folded;
  // "SUMMARY:" + 66 ASCII = 74 octets, so the 2-octet æ would straddle octets 75-76.
  std::string summary = std::string(66, 'a') + "æøå og mere tekst";
  std::string text = rorkit::to_ical({all_day(summary, kMar4, kMar4)}, fixed_options());
  CHECK(text.find("\r\nSUMMARY:" + std::string(66, 'a') + "\r\n æøå og mere tekst\r\n") !=
        std::string::npos);

  // Every alignment of 2-, 3- and 4-octet sequences against the boundary.
  for (const std::string unit : {"æ", "Ø", "å", "€", "😀", "Ærø-å "}) {
    for (std::size_t pad = 0; pad < 8; ++pad) {
      std::string line = "DESCRIPTION:" + std::string(pad, '.');
      while (line.size() < 400) line += unit;
      std::string out;
      append_folded(out, line);
      INFO("unit " << unit << " pad " << pad);
      check_lines(out);
      std::vector<std::string> logical = unfold(out);
      REQUIRE(logical.size() == 1);
      CHECK(logical[0] == line);
    }
  }
  std::vector<CalendarEvent> events;
  for (std::size_t pad = 0; pad < 4; ++pad)
    events.push_back(all_day(std::string(pad, '-') + "Åbenrå, Ærøskøbing og Næstved; " +
                                 "møder på rådhuset med pårørende og medarbejdere i hele året",
                             kMar4, kMar5));
  round_trip(events, fixed_options());
}

TEST_CASE("ical: text escaping and its round trip", "[ical][escape]") {
  using rorkit::ical_detail::escape_text;
  CHECK(escape_text("a;b,c\\d\ne\r\nf\tg") == "a\\;b\\,c\\\\d\\ne\\nf\tg");
  CHECK(escape_text("\\n") == "\\\\n");  // a literal backslash-n stays literal
  CHECK(escape_text("") == "");
  for (const std::string s : {"plain", ";;,,\\\\", "\\n is not a newline", "æ;ø,å\\\n",
                              "\r\n\r\n", "trailing\\", "tab\tinside"}) {
    CHECK(unescape(escape_text(s)) == normalize_newlines(s));
  }
  CalendarEvent e = all_day("Semi;kolon, komma \\ og\nny linje", kMar4, kMar5);
  e.location = "\\;\\,\\n";
  e.description = std::string("Rå ") + "tekst" + "\r\n" + "; slut,";
  round_trip({e}, fixed_options());
}

TEST_CASE("ical: control characters", "[ical][escape]") {
  using rorkit::ical_detail::find_control;
  constexpr auto id = rorkit::ical_detail::TextKind::identifier;
  constexpr auto text = rorkit::ical_detail::TextKind::text;
  CHECK(find_control("a\tb", text) == std::string::npos);
  CHECK(find_control("a\tb", id) == 1);
  CHECK(find_control("a\nb", id) == 1);
  CHECK(find_control("a\nb\r\nc", text) == std::string::npos);
  CHECK(find_control("a\rb", text) == 1);
  CHECK(find_control("ab\r", text) == 2);
  CHECK(find_control(std::string("a\0b", 3), text) == 1);
  CHECK(find_control("a\x7f", text) == 1);
  CHECK(find_control("æøå", id) == std::string::npos);
}

TEST_CASE("ical: derived UIDs are deterministic and distinct", "[ical][uid]") {
  IcalOptions o = fixed_options();
  o.uid_domain = "kommune.example";
  std::vector<CalendarEvent> events = {all_day("Kick-off", kMar4, kMar4),
                                       timed("Møde", kMar5, 600, kMar5, 660)};
  std::string first = rorkit::to_ical(events, o);
  CHECK(rorkit::to_ical(events, o) == first);
  round_trip(events, o);

  auto uids = [&](const std::vector<CalendarEvent>& evs) {
    std::vector<std::string> out;
    for (const auto& c : parse_calendar(rorkit::to_ical(evs, o)).children)
      if (c.name == "VEVENT") out.push_back(c.find("UID")->value);
    return out;
  };
  std::vector<std::string> base = uids(events);
  CHECK(base[0] != base[1]);

  // Each hashed field changes the UID; categories are not part of the hash.
  std::vector<std::function<void(CalendarEvent&)>> edits = {
      [](CalendarEvent& e) { e.summary += "!"; },
      [](CalendarEvent& e) { e.description = "ny"; },
      [](CalendarEvent& e) { e.location = "andet sted"; },
      [](CalendarEvent& e) { e.start_date = Date{2024, 3, 3}; },
      [](CalendarEvent& e) { e.end_date = Date{2024, 3, 6}; },
  };
  for (std::size_t i = 0; i < edits.size(); ++i) {
    std::vector<CalendarEvent> changed = events;
    edits[i](changed[0]);
    INFO("edit " << i);
    std::vector<std::string> now = uids(changed);
    CHECK(now[0] != base[0]);
    CHECK(now[1] == base[1]);
  }
  std::vector<CalendarEvent> minute_changed = events;
  minute_changed[1].start_minute = 601;
  CHECK(uids(minute_changed)[1] != base[1]);
  std::vector<CalendarEvent> tagged = events;
  tagged[0].categories = {"tag"};
  CHECK(uids(tagged)[0] == base[0]);

  // Field boundaries matter: moving text from summary to description is a different event.
  CalendarEvent x = all_day("ab", kMar4, kMar4);
  CalendarEvent y = all_day("a", kMar4, kMar4);
  y.description = "b";
  CHECK(uids({x})[0] != uids({y})[0]);

  // Identical events at different positions still get different UIDs.
  std::vector<std::string> twins = uids({events[0], events[0]});
  CHECK(twins[0] != twins[1]);

  // The domain is the right-hand side.
  IcalOptions other = o;
  other.uid_domain = "andet.example";
  std::string text = rorkit::to_ical(events, other);
  CHECK(text.find("@andet.example\r\n") != std::string::npos);
}

TEST_CASE("ical: default DTSTAMP is the current UTC time", "[ical]") {
  std::string text = rorkit::to_ical({all_day("Nu", kMar4, kMar4)});
  std::smatch m;
  REQUIRE(std::regex_search(text, m, std::regex("\r\nDTSTAMP:(\\d{8}T\\d{6}Z)\r\n")));
  int year = std::stoi(m[1].str().substr(0, 4));
  CHECK(year >= 2024);
  CHECK(year <= 9999);
}

}  // namespace test_ical
