// C ABI: holidays, working days, ISO weeks, school breaks and phase windows.

#include "c_api/guard.hpp"
#include "rorkit/c/rorkit_calendar.h"
#include "rorkit/calendar/date_math.hpp"
#include "rorkit/calendar/holidays.hpp"
#include "rorkit/calendar/school_breaks.hpp"

struct rorkit_calendar {
  rorkit::Calendar cal;
};

using namespace rorkit::capi;

namespace {

const rorkit::Calendar& or_default(const rorkit_calendar* cal) {
  static const rorkit::Calendar default_calendar;
  return cal == nullptr ? default_calendar : cal->cal;
}

std::string_view municipality_or_default(const char* m) {
  return m == nullptr ? std::string_view{} : require_text(m, "municipality");
}

rorkit::BreakKind to_break_kind(int32_t kind) {
  if (kind != RORKIT_BREAK_SUMMER && kind != RORKIT_BREAK_CHRISTMAS)
    rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT,
                 "kind " + std::to_string(kind) +
                     " is not RORKIT_BREAK_SUMMER (1) or RORKIT_BREAK_CHRISTMAS (2)");
  return static_cast<rorkit::BreakKind>(kind);
}

rorkit_holiday to_c(const rorkit::Holiday& h) {
  // The views point at static NUL-terminated literals.
  return rorkit_holiday{rorkit::capi::to_c(h.date), static_cast<int32_t>(h.kind), h.id.data(),
                        h.name_da.data(), h.name_en.data()};
}

rorkit_phase_window to_c(const rorkit::PhaseWindow& w) {
  return rorkit_phase_window{w.year, static_cast<int32_t>(w.season),
                             rorkit::capi::to_c(w.dates.first), rorkit::capi::to_c(w.dates.last),
                             w.working_days};
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_calendar_holidays(rorkit_holiday* dst, size_t capacity,
                                                  size_t* count, int32_t year) {
  return guarded(__func__, [&] {
    return copy_out(dst, capacity, count, rorkit::holidays(year),
                    [](const rorkit::Holiday& h) { return to_c(h); });
  });
}

RORKIT_API rorkit_status rorkit_calendar_holiday_on(rorkit_holiday* out, int* is_holiday,
                                                    rorkit_date d) {
  return guarded(__func__, [&] {
    require_arg(is_holiday, "is_holiday");
    auto h = rorkit::holiday_on(to_date(d, "d"));
    *is_holiday = h ? 1 : 0;
    if (h && out != nullptr) *out = to_c(*h);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_easter(rorkit_date* out, int32_t year) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = to_c(rorkit::easter_sunday(year));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_iso_week(int32_t* iso_year, int32_t* week,
                                                  rorkit_date d) {
  return guarded(__func__, [&] {
    require_arg(iso_year, "iso_year");
    require_arg(week, "week");
    auto w = rorkit::iso_week(to_date(d, "d"));
    *iso_year = w.year;
    *week = w.week;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_weekday(int32_t* weekday, rorkit_date d) {
  return guarded(__func__, [&] {
    require_arg(weekday, "weekday");
    *weekday = rorkit::iso_weekday(to_date(d, "d"));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_from_iso_week(rorkit_date* out, int32_t iso_year,
                                                       int32_t week, int32_t weekday) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = to_c(rorkit::from_iso_week(iso_year, week, weekday));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_create(rorkit_calendar** out) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = new rorkit_calendar{};
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_clone(rorkit_calendar** out, const rorkit_calendar* cal) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_arg(cal, "cal");
    *out = new rorkit_calendar{cal->cal};
    return RORKIT_OK;
  });
}

RORKIT_API void rorkit_calendar_free(rorkit_calendar* cal) { delete cal; }

RORKIT_API rorkit_status rorkit_calendar_set_customary_days_off(rorkit_calendar* cal,
                                                                int days_off) {
  return guarded(__func__, [&] {
    require_arg(cal, "cal");
    if (days_off != 0 && days_off != 1)
      rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT,
                   "days_off must be 0 or 1, not " + std::to_string(days_off));
    cal->cal.set_rules(rorkit::WorkdayRules{days_off == 1});
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_is_working_day(int* out, const rorkit_calendar* cal,
                                                        rorkit_date d) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = or_default(cal).is_working_day(to_date(d, "d")) ? 1 : 0;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_add_working_days(rorkit_date* out,
                                                          const rorkit_calendar* cal,
                                                          rorkit_date d, int64_t n) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = to_c(or_default(cal).add_working_days(to_date(d, "d"), n));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_count_working_days(int64_t* out,
                                                            const rorkit_calendar* cal,
                                                            rorkit_date first, rorkit_date last) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = or_default(cal).count_working_days(to_date(first, "first"), to_date(last, "last"));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_set_school_break(rorkit_calendar* cal,
                                                          const char* municipality, int32_t kind,
                                                          int32_t year, rorkit_date first,
                                                          rorkit_date last) {
  return guarded(__func__, [&] {
    require_arg(cal, "cal");
    auto m = require_text(municipality, "municipality");
    cal->cal.set_school_break(m, to_break_kind(kind), year,
                              rorkit::DateRange{to_date(first, "first"), to_date(last, "last")});
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_clear_school_break(int* removed, rorkit_calendar* cal,
                                                            const char* municipality,
                                                            int32_t kind, int32_t year) {
  return guarded(__func__, [&] {
    require_arg(cal, "cal");
    auto m = require_text(municipality, "municipality");
    bool was = cal->cal.clear_school_break(m, to_break_kind(kind), year);
    if (removed != nullptr) *removed = was ? 1 : 0;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_school_break(rorkit_date_range* out, int* overridden,
                                                      const rorkit_calendar* cal,
                                                      const char* municipality, int32_t kind,
                                                      int32_t year) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    auto b = or_default(cal).school_break(to_break_kind(kind), year,
                                          municipality_or_default(municipality));
    *out = rorkit_date_range{to_c(b.dates.first), to_c(b.dates.last)};
    if (overridden != nullptr) *overridden = b.overridden ? 1 : 0;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_calendar_phase_windows(rorkit_phase_window* dst, size_t capacity,
                                                       size_t* count, const rorkit_calendar* cal,
                                                       const char* municipality, int32_t year) {
  return guarded(__func__, [&] {
    auto windows = or_default(cal).phase_windows(year, municipality_or_default(municipality));
    return copy_out(dst, capacity, count, windows,
                    [](const rorkit::PhaseWindow& w) { return to_c(w); });
  });
}

RORKIT_API rorkit_status rorkit_calendar_phase_window_at(rorkit_phase_window* out,
                                                         const rorkit_calendar* cal,
                                                         const char* municipality,
                                                         rorkit_date on) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = to_c(or_default(cal).phase_window_at_or_after(to_date(on, "on"),
                                                         municipality_or_default(municipality)));
    return RORKIT_OK;
  });
}

}  // extern "C"
