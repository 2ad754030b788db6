/* rorkit C ABI: the Danish calendar - holidays, working days, ISO weeks, school breaks and
   phase windows. Functions taking `const rorkit_calendar *cal` accept NULL for the default
   calendar (customary days off are days off; no school-break overrides).
   Years: holidays, working days, school breaks and phase windows cover 1900-2200
   (RORKIT_ERROR_YEAR_OUT_OF_RANGE outside); rorkit_calendar_easter covers the Gregorian years
   1583-9999; rorkit_calendar_weekday and rorkit_calendar_iso_week any date in 1400-9999
   (RORKIT_ERROR_OUT_OF_RANGE outside). */
#ifndef RORKIT_CALENDAR_H
#define RORKIT_CALENDAR_H

#include "rorkit/c/rorkit_common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum rorkit_holiday_kind {
  RORKIT_HOLIDAY_PUBLIC = 1,   /* helligdag */
  RORKIT_HOLIDAY_CUSTOMARY = 2 /* customary day off: grundlovsdag, juleaftensdag, nytårsaftensdag */
} rorkit_holiday_kind;

/* One holiday; the strings are static. */
typedef struct rorkit_holiday {
  rorkit_date date;
  int32_t kind;          /* rorkit_holiday_kind */
  const char *id;        /* "langfredag" */
  const char *name_da;   /* "Langfredag" */
  const char *name_en;   /* "Good Friday" */
} rorkit_holiday;

/* The holidays of a year, ordered by date (at most RORKIT_MAX_HOLIDAYS_PER_YEAR). *count gets
   the number written, or with RORKIT_ERROR_BUFFER_TOO_SMALL the number needed. */
#define RORKIT_MAX_HOLIDAYS_PER_YEAR 16
RORKIT_API rorkit_status rorkit_calendar_holidays(rorkit_holiday *dst, size_t capacity,
                                                  size_t *count, int32_t year);

/* *is_holiday = 1 and *out filled (out may be NULL) when d is a holiday, else *is_holiday = 0. */
RORKIT_API rorkit_status rorkit_calendar_holiday_on(rorkit_holiday *out, int *is_holiday,
                                                    rorkit_date d);

/* Easter Sunday of a year. */
RORKIT_API rorkit_status rorkit_calendar_easter(rorkit_date *out, int32_t year);

/* ISO 8601 week; *iso_year can differ from d.year around New Year. */
RORKIT_API rorkit_status rorkit_calendar_iso_week(int32_t *iso_year, int32_t *week,
                                                  rorkit_date d);

/* ISO weekday, 1 = Monday ... 7 = Sunday. */
RORKIT_API rorkit_status rorkit_calendar_weekday(int32_t *weekday, rorkit_date d);

/* The date of an ISO year, week and weekday (1 = Monday); RORKIT_ERROR_INVALID_ARGUMENT for a
   week the year does not have. */
RORKIT_API rorkit_status rorkit_calendar_from_iso_week(rorkit_date *out, int32_t iso_year,
                                                       int32_t week, int32_t weekday);

/* A calendar: working-day rules plus school-break overrides per municipality. */
typedef struct rorkit_calendar rorkit_calendar;

RORKIT_API rorkit_status rorkit_calendar_create(rorkit_calendar **out);
RORKIT_API rorkit_status rorkit_calendar_clone(rorkit_calendar **out, const rorkit_calendar *cal);
RORKIT_API void rorkit_calendar_free(rorkit_calendar *cal); /* NULL-safe */

/* 1 (default): grundlovsdag, juleaftensdag and nytårsaftensdag are days off; 0: working days. */
RORKIT_API rorkit_status rorkit_calendar_set_customary_days_off(rorkit_calendar *cal,
                                                                int days_off);

/* *out = 1 when d is a working day, else 0. */
RORKIT_API rorkit_status rorkit_calendar_is_working_day(int *out, const rorkit_calendar *cal,
                                                        rorkit_date d);

/* The n-th working day after d (n > 0), before d (n < 0), or d itself (n == 0). */
RORKIT_API rorkit_status rorkit_calendar_add_working_days(rorkit_date *out,
                                                          const rorkit_calendar *cal,
                                                          rorkit_date d, int64_t n);

/* Working days in [first, last], both included; RORKIT_ERROR_DATE_ORDER when last < first. */
RORKIT_API rorkit_status rorkit_calendar_count_working_days(int64_t *out,
                                                            const rorkit_calendar *cal,
                                                            rorkit_date first, rorkit_date last);

typedef enum rorkit_break_kind {
  RORKIT_BREAK_SUMMER = 1,
  RORKIT_BREAK_CHRISTMAS = 2
} rorkit_break_kind;

typedef struct rorkit_date_range {
  rorkit_date first;
  rorkit_date last; /* inclusive */
} rorkit_date_range;

/* Overrides a school break for a municipality (code or name) and the year the break starts in.
   RORKIT_ERROR_INVALID_SCHOOL_BREAK when the dates cannot be that break; the calendar is then
   unchanged. */
RORKIT_API rorkit_status rorkit_calendar_set_school_break(rorkit_calendar *cal,
                                                          const char *municipality,
                                                          int32_t kind, int32_t year,
                                                          rorkit_date first, rorkit_date last);

/* Removes an override; *removed (may be NULL) is 1 when there was one. */
RORKIT_API rorkit_status rorkit_calendar_clear_school_break(int *removed, rorkit_calendar *cal,
                                                            const char *municipality,
                                                            int32_t kind, int32_t year);

/* The break in force; municipality NULL or "" = the default calendar. *overridden (may be NULL)
   is 1 when an override set it. */
RORKIT_API rorkit_status rorkit_calendar_school_break(rorkit_date_range *out, int *overridden,
                                                      const rorkit_calendar *cal,
                                                      const char *municipality, int32_t kind,
                                                      int32_t year);

typedef enum rorkit_season {
  RORKIT_SEASON_SPRING = 1, /* end of Christmas break -> start of summer break */
  RORKIT_SEASON_AUTUMN = 2  /* end of summer break -> start of Christmas break */
} rorkit_season;

typedef struct rorkit_phase_window {
  int32_t year;
  int32_t season; /* rorkit_season */
  rorkit_date first;
  rorkit_date last;
  int64_t working_days;
} rorkit_phase_window;

/* The spring and autumn windows of a year (capacity >= 2), same buffer rules as above. */
RORKIT_API rorkit_status rorkit_calendar_phase_windows(rorkit_phase_window *dst, size_t capacity,
                                                       size_t *count, const rorkit_calendar *cal,
                                                       const char *municipality, int32_t year);

/* The window containing `on`, or the next one when `on` falls in a break. */
RORKIT_API rorkit_status rorkit_calendar_phase_window_at(rorkit_phase_window *out,
                                                         const rorkit_calendar *cal,
                                                         const char *municipality,
                                                         rorkit_date on);

#ifdef __cplusplus
}
#endif

#endif
