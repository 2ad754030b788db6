#pragma once
// Test helpers for the iCalendar export: a deliberately separate reader (unfold, split
// properties, unescape TEXT) that turns generated text back into CalendarEvents, the RFC 5545
// line-shape checks, and small builders.

#include <catch2/catch.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/io/ical.hpp"

namespace ical_test {

using rorkit::CalendarEvent;
using rorkit::Date;
using rorkit::IcalOptions;


struct Property {
  std::string name;
  std::map<std::string, std::string> params;
  std::string value;  // raw, still escaped
};

struct Component {
  std::string name;
  std::vector<Property> props;
  std::vector<Component> children;

  [[nodiscard]] const Property* find(const std::string& n) const {
    for (const auto& p : props)
      if (p.name == n) return &p;
    return nullptr;
  }
  [[nodiscard]] std::size_t count(const std::string& n) const {
    std::size_t c = 0;
    for (const auto& p : props) c += p.name == n ? 1 : 0;
    return c;
  }
};

inline std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find("\r\n", pos);
    REQUIRE(end != std::string::npos);  // the last line too ends in CRLF
    lines.push_back(text.substr(pos, end - pos));
    pos = end + 2;
  }
  return lines;
}

inline std::vector<std::string> unfold(const std::string& text) {
  std::vector<std::string> logical;
  for (const std::string& line : physical_lines(text)) {
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
      REQUIRE(!logical.empty());
      logical.back() += line.substr(1);
    } else {
      logical.push_back(line);
    }
  }
  return logical;
}

inline Property parse_property(const std::string& line) {
  std::size_t colon = line.find(':');
  REQUIRE(colon != std::string::npos);
  Property p;
  p.value = line.substr(colon + 1);
  std::string head = line.substr(0, colon);
  std::size_t semi = head.find(';');
  p.name = head.substr(0, semi);
  while (semi != std::string::npos) {
    std::size_t next = head.find(';', semi + 1);
    std::string param = head.substr(semi + 1, next == std::string::npos ? next : next - semi - 1);
    std::size_t eq = param.find('=');
    REQUIRE(eq != std::string::npos);
    p.params[param.substr(0, eq)] = param.substr(eq + 1);
    semi = next;
  }
  return p;
}

inline Component parse_calendar(const std::string& text) {
  std::vector<Component> stack;
  Component root;
  for (const std::string& line : unfold(text)) {
    Property p = parse_property(line);
    if (p.name == "BEGIN") {
      stack.push_back(Component{p.value, {}, {}});
    } else if (p.name == "END") {
      REQUIRE(!stack.empty());
      REQUIRE(stack.back().name == p.value);
      Component done = std::move(stack.back());
      stack.pop_back();
      if (stack.empty())
        root = std::move(done);
      else
        stack.back().children.push_back(std::move(done));
    } else {
      REQUIRE(!stack.empty());
      stack.back().props.push_back(std::move(p));
    }
  }
  REQUIRE(stack.empty());
  REQUIRE(root.name == "VCALENDAR");
  return root;
}

inline std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      out += s[i];
      continue;
    }
    REQUIRE(i + 1 < s.size());
    char c = s[++i];
    if (c == 'n' || c == 'N')
      out += '\n';
    else {
      REQUIRE((c == '\\' || c == ';' || c == ','));
      out += c;
    }
  }
  return out;
}

inline std::vector<std::string> split_list(const std::string& raw) {
  std::vector<std::string> items(1);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size()) {
      items.back() += raw.substr(i, 2);
      ++i;
    } else if (raw[i] == ',') {
      items.emplace_back();
    } else {
      items.back() += raw[i];
    }
  }
  for (auto& item : items) item = unescape(item);
  return items;
}

inline int num(const std::string& s, std::size_t at, std::size_t len) {
  return std::stoi(s.substr(at, len));
}

struct When {
  Date date;
  std::optional<std::int32_t> minute;
};

inline When parse_when(const Property& p) {
  When w;
  w.date = Date{num(p.value, 0, 4), num(p.value, 4, 2), num(p.value, 6, 2)};
  if (p.params.count("VALUE") != 0) {
    CHECK(p.params.at("VALUE") == "DATE");
    CHECK(p.value.size() == 8);
  } else {
    CHECK(p.params.at("TZID") == "Europe/Copenhagen");
    REQUIRE(p.value.size() == 15);
    CHECK(p.value[8] == 'T');
    CHECK(p.value.substr(13) == "00");
    w.minute = num(p.value, 9, 2) * 60 + num(p.value, 11, 2);
  }
  return w;
}

// Reads a VEVENT back into the struct it came from (DTEND made inclusive again).
inline CalendarEvent event_from(const Component& c) {
  CalendarEvent e;
  REQUIRE(c.count("UID") == 1);
  REQUIRE(c.count("DTSTAMP") == 1);
  REQUIRE(c.count("DTSTART") == 1);
  REQUIRE(c.count("SUMMARY") == 1);
  e.uid = unescape(c.find("UID")->value);
  e.summary = unescape(c.find("SUMMARY")->value);
  if (const Property* p = c.find("DESCRIPTION")) e.description = unescape(p->value);
  if (const Property* p = c.find("LOCATION")) e.location = unescape(p->value);
  if (const Property* p = c.find("CATEGORIES")) e.categories = split_list(p->value);
  When start = parse_when(*c.find("DTSTART"));
  e.start_date = start.date;
  e.start_minute = start.minute;
  if (const Property* p = c.find("DTEND")) {
    When end = parse_when(*p);
    CHECK(end.minute.has_value() == start.minute.has_value());
    e.end_date = end.minute ? end.date : rorkit::add_days(end.date, -1);
    e.end_minute = end.minute;
  } else {
    REQUIRE(start.minute.has_value());  // only an instant may leave DTEND out
    e.end_date = start.date;
    e.end_minute = start.minute;
  }
  return e;
}

inline std::string normalize_newlines(std::string s) {
  std::size_t at = 0;
  while ((at = s.find("\r\n", at)) != std::string::npos) s.erase(at, 1);
  return s;
}

// The RFC 5545 shape of any text we produce.
inline void check_lines(const std::string& text) {
  CHECK(text.size() >= 2);
  CHECK(text.substr(text.size() - 2) == "\r\n");
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') CHECK((i > 0 && text[i - 1] == '\r'));
    if (text[i] == '\r') CHECK((i + 1 < text.size() && text[i + 1] == '\n'));
  }
  for (const std::string& line : physical_lines(text)) {
    INFO(line);
    CHECK(line.size() <= 75);
    CHECK(!line.empty());
    auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
    CHECK(!continuation(line[0]));
    if (line.size() > 1 && line[0] == ' ') CHECK(!continuation(line[1]));
  }
}

// Generates, checks the text's shape, parses back and compares every event with its input.
inline Component round_trip(const std::vector<CalendarEvent>& events,
                            const IcalOptions& options = {}) {
  std::string text = rorkit::to_ical(events, options);
  check_lines(text);
  Component cal = parse_calendar(text);
  CHECK(cal.find("VERSION")->value == "2.0");
  CHECK(unescape(cal.find("PRODID")->value) == options.prodid);
  CHECK(cal.find("CALSCALE")->value == "GREGORIAN");
  std::vector<const Component*> vevents;
  std::size_t timezones = 0;
  for (const auto& child : cal.children) {
    if (child.name == "VEVENT") vevents.push_back(&child);
    if (child.name == "VTIMEZONE") ++timezones;
  }
  bool any_timed = false;
  for (const auto& e : events) any_timed = any_timed || e.start_minute.has_value();
  CHECK(timezones == (any_timed ? 1U : 0U));
  REQUIRE(vevents.size() == events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    INFO("event " << i);
    CalendarEvent expected = events[i];
    expected.summary = normalize_newlines(expected.summary);
    expected.description = normalize_newlines(expected.description);
    expected.location = normalize_newlines(expected.location);
    for (auto& cat : expected.categories) cat = normalize_newlines(cat);
    CalendarEvent got = event_from(*vevents[i]);
    if (expected.uid.empty()) {
      const std::string suffix = "@" + options.uid_domain;
      REQUIRE(got.uid.size() == 16 + suffix.size());
      CHECK(got.uid.find_first_not_of("0123456789abcdef") == 16);
      CHECK(got.uid.substr(16) == suffix);
      expected.uid = got.uid;
    }
    CHECK(got == expected);
    if (!options.dtstamp.empty()) CHECK(vevents[i]->find("DTSTAMP")->value == options.dtstamp);
  }
  return cal;
}

inline CalendarEvent all_day(std::string summary, Date first, Date last) {
  CalendarEvent e;
  e.summary = std::move(summary);
  e.start_date = first;
  e.end_date = last;
  return e;
}

inline CalendarEvent timed(std::string summary, Date d1, std::int32_t m1, Date d2,
                           std::int32_t m2) {
  CalendarEvent e = all_day(std::move(summary), d1, d2);
  e.start_minute = m1;
  e.end_minute = m2;
  return e;
}

inline IcalOptions fixed_options() {
  IcalOptions o;
  o.dtstamp = "20240101T120000Z";
  return o;
}

inline rorkit_status status_of(const std::vector<CalendarEvent>& events,
                               const IcalOptions& options, std::string* message = nullptr) {
  try {
    (void)rorkit::to_ical(events, options);
  } catch (const rorkit::Error& e) {
    if (message) *message = e.what();
    return e.status();
  }
  return RORKIT_OK;
}

// The failure's status, and a message that names the event and the field.
inline void expect_event_error(const std::vector<CalendarEvent>& events, rorkit_status status,
                               const std::string& event_name, const std::string& field,
                               const IcalOptions& options = fixed_options()) {
  std::string message;
  CHECK(status_of(events, options, &message) == status);
  INFO(message);
  CHECK(message.find(event_name) != std::string::npos);
  CHECK(message.find(field) != std::string::npos);
}

inline const Date kMar4{2024, 3, 4};
inline const Date kMar5{2024, 3, 5};

}  // namespace ical_test
