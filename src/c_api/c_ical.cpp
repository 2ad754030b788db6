// C ABI: iCalendar export through a builder handle.

#include "c_api/guard.hpp"
#include "rorkit/c/rorkit_ical.h"
#include "rorkit/io/ical.hpp"

struct rorkit_ical {
  std::vector<rorkit::CalendarEvent> events;
  rorkit::IcalOptions options;
};

using namespace rorkit::capi;

namespace {

std::string optional_text(const char* s, const char* name) {
  return s == nullptr ? std::string() : std::string(require_text(s, name));
}

rorkit::CalendarEvent make_event(const char* uid, const char* summary, const char* description,
                                 const char* location) {
  rorkit::CalendarEvent e;
  e.uid = optional_text(uid, "uid");
  e.summary = std::string(require_text(summary, "summary"));
  e.description = optional_text(description, "description");
  e.location = optional_text(location, "location");
  return e;
}

// Validates the event by rendering it alone, so a bad event is refused when it is added (naming
// its own fields) rather than when the whole calendar is written, and the list stays unchanged.
void add_checked(rorkit_ical* ical, rorkit::CalendarEvent e) {
  rorkit::IcalOptions probe = ical->options;
  probe.dtstamp = "20000101T000000Z";
  for (const auto& existing : ical->events)
    if (!e.uid.empty() && existing.uid == e.uid)
      rorkit::fail(RORKIT_ERROR_DUPLICATE, "an event with uid \"" + e.uid + "\" was already added");
  (void)rorkit::to_ical({e}, probe);
  ical->events.push_back(std::move(e));
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_ical_create(rorkit_ical** out) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = new rorkit_ical{};
    return RORKIT_OK;
  });
}

RORKIT_API void rorkit_ical_free(rorkit_ical* ical) { delete ical; }

RORKIT_API rorkit_status rorkit_ical_set_options(rorkit_ical* ical,
                                                 const rorkit_ical_options* options) {
  return guarded(__func__, [&] {
    require_arg(ical, "ical");
    require_arg(options, "options");
    check_version(options->version, RORKIT_ICAL_OPTIONS_VERSION, "options->version");
    rorkit::IcalOptions o;
    if (options->prodid) o.prodid = require_text(options->prodid, "options->prodid");
    if (options->dtstamp) o.dtstamp = require_text(options->dtstamp, "options->dtstamp");
    if (options->uid_domain) o.uid_domain = require_text(options->uid_domain, "options->uid_domain");
    if (options->calendar_name)
      o.calendar_name = require_text(options->calendar_name, "options->calendar_name");
    // Validate against the events already held, so every later write still succeeds.
    rorkit::IcalOptions probe = o;
    if (probe.dtstamp.empty()) probe.dtstamp = "20000101T000000Z";
    (void)rorkit::to_ical(ical->events, probe);
    ical->options = std::move(o);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_ical_add_all_day(rorkit_ical* ical, const char* uid,
                                                 const char* summary, const char* description,
                                                 const char* location, rorkit_date first,
                                                 rorkit_date last) {
  return guarded(__func__, [&] {
    require_arg(ical, "ical");
    auto e = make_event(uid, summary, description, location);
    e.start_date = to_date(first, "first");
    e.end_date = to_date(last, "last");
    add_checked(ical, std::move(e));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_ical_add_timed(rorkit_ical* ical, const char* uid,
                                               const char* summary, const char* description,
                                               const char* location, rorkit_date start_date,
                                               int32_t start_minute, rorkit_date end_date,
                                               int32_t end_minute) {
  return guarded(__func__, [&] {
    require_arg(ical, "ical");
    auto e = make_event(uid, summary, description, location);
    e.start_date = to_date(start_date, "start_date");
    e.end_date = to_date(end_date, "end_date");
    e.start_minute = start_minute;
    e.end_minute = end_minute;
    add_checked(ical, std::move(e));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_ical_count(size_t* out, const rorkit_ical* ical) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_arg(ical, "ical");
    *out = ical->events.size();
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_ical_write(rorkit_string* out, const rorkit_ical* ical) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_arg(ical, "ical");
    to_owned(out, rorkit::to_ical(ical->events, ical->options));
    return RORKIT_OK;
  });
}

}  // extern "C"
