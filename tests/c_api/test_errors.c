/* The error protocol of the C ABI (DESIGN.md "C ABI conventions", rorkit_common.h):
   - status codes are pinned forever: checked here literally;
   - rorkit_status_str is static, never NULL, distinct per code, "unknown status" otherwise;
   - rorkit_last_error is never NULL, "" before any failure and after every successful call, and
     set on every failure;
   - and then every failing path of every function in the headers, each checked for its status
     and a non-empty message (naming the function, and the parameter or field where that means
     something). */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

static const char bad_utf8[] = "K\xc3\xb8" "benhavn\xc3"; /* truncated 2-byte sequence */
static const char overlong[] = "\xc0\xaf";                  /* overlong '/' */
static const char surrogate[] = "\xed\xa0\x80";             /* U+D800 */

static void test_status_codes(void) {
  static const struct {
    rorkit_status code;
    int value;
  } pinned[] = {
      {RORKIT_OK, 0},
      {RORKIT_ERROR_INTERNAL, -1},
      {RORKIT_ERROR_INVALID_ARGUMENT, -2},
      {RORKIT_ERROR_NULL_POINTER, -3},
      {RORKIT_ERROR_BUFFER_TOO_SMALL, -4},
      {RORKIT_ERROR_OUT_OF_MEMORY, -5},
      {RORKIT_ERROR_INVALID_UTF8, -6},
      {RORKIT_ERROR_NOT_FOUND, -7},
      {RORKIT_ERROR_OUT_OF_RANGE, -8},
      {RORKIT_ERROR_PARSE, -9},
      {RORKIT_ERROR_IO, -10},
      {RORKIT_ERROR_UNSUPPORTED_VERSION, -11},
      {RORKIT_ERROR_DUPLICATE, -12},
      {RORKIT_ERROR_INVALID_STATE, -13},
      {RORKIT_ERROR_VALIDATION, -14},
      {RORKIT_ERROR_INVALID_DATE, -100},
      {RORKIT_ERROR_YEAR_OUT_OF_RANGE, -101},
      {RORKIT_ERROR_DATE_ORDER, -102},
      {RORKIT_ERROR_INVALID_SCHOOL_BREAK, -103},
      {RORKIT_ERROR_ILLEGAL_TRANSITION, -300},
      {RORKIT_ERROR_DANGLING_REFERENCE, -301},
      {RORKIT_ERROR_ITEM_OUT_OF_RANGE, -302},
      {RORKIT_ERROR_MISSING_ITEMS, -303},
      {RORKIT_ERROR_REFERENCED, -304},
      {RORKIT_ERROR_WINDOW_TOO_SHORT, -400},
      {RORKIT_ERROR_COMPOSITION, -401},
      {RORKIT_ERROR_REGISTRATION, -402},
      {RORKIT_ERROR_NOT_A_WORKING_DAY, -403},
      {RORKIT_ERROR_SCHEMA, -600},
  };
  enum { N = sizeof pinned / sizeof pinned[0] };
  size_t i, j;

  /* The literal values, one check each so a failure names the code. */
  CHECK_INT(RORKIT_OK, 0);
  CHECK_INT(RORKIT_ERROR_INTERNAL, -1);
  CHECK_INT(RORKIT_ERROR_INVALID_ARGUMENT, -2);
  CHECK_INT(RORKIT_ERROR_NULL_POINTER, -3);
  CHECK_INT(RORKIT_ERROR_BUFFER_TOO_SMALL, -4);
  CHECK_INT(RORKIT_ERROR_OUT_OF_MEMORY, -5);
  CHECK_INT(RORKIT_ERROR_INVALID_UTF8, -6);
  CHECK_INT(RORKIT_ERROR_NOT_FOUND, -7);
  CHECK_INT(RORKIT_ERROR_OUT_OF_RANGE, -8);
  CHECK_INT(RORKIT_ERROR_PARSE, -9);
  CHECK_INT(RORKIT_ERROR_IO, -10);
  CHECK_INT(RORKIT_ERROR_UNSUPPORTED_VERSION, -11);
  CHECK_INT(RORKIT_ERROR_DUPLICATE, -12);
  CHECK_INT(RORKIT_ERROR_INVALID_STATE, -13);
  CHECK_INT(RORKIT_ERROR_VALIDATION, -14);
  CHECK_INT(RORKIT_ERROR_INVALID_DATE, -100);
  CHECK_INT(RORKIT_ERROR_YEAR_OUT_OF_RANGE, -101);
  CHECK_INT(RORKIT_ERROR_DATE_ORDER, -102);
  CHECK_INT(RORKIT_ERROR_INVALID_SCHOOL_BREAK, -103);
  CHECK_INT(RORKIT_ERROR_ILLEGAL_TRANSITION, -300);
  CHECK_INT(RORKIT_ERROR_DANGLING_REFERENCE, -301);
  CHECK_INT(RORKIT_ERROR_ITEM_OUT_OF_RANGE, -302);
  CHECK_INT(RORKIT_ERROR_MISSING_ITEMS, -303);
  CHECK_INT(RORKIT_ERROR_REFERENCED, -304);
  CHECK_INT(RORKIT_ERROR_WINDOW_TOO_SHORT, -400);
  CHECK_INT(RORKIT_ERROR_COMPOSITION, -401);
  CHECK_INT(RORKIT_ERROR_REGISTRATION, -402);
  CHECK_INT(RORKIT_ERROR_NOT_A_WORKING_DAY, -403);
  CHECK_INT(RORKIT_ERROR_SCHEMA, -600);
  /* The enum is int-sized, so it can cross the ABI as an int. */
  CHECK_INT(sizeof(rorkit_status), sizeof(int));

  for (i = 0; i < N; ++i) {
    const char *s = rorkit_status_str(pinned[i].code);
    CHECK_INT(pinned[i].code, pinned[i].value);
    if (CHECK(s != NULL)) {
      CHECK(s[0] != '\0');
      CHECK(strcmp(s, "unknown status") != 0);
    }
    /* static: the same pointer every time */
    CHECK(rorkit_status_str(pinned[i].code) == s);
    for (j = 0; j < i; ++j) {
      const char *t = rorkit_status_str(pinned[j].code);
      if (s && t && strcmp(s, t) == 0) {
        CHECK(!"two status codes share a description");
        fprintf(stderr, "    %d and %d: \"%s\"\n", pinned[i].value, pinned[j].value, s);
      }
    }
  }
  CHECK_STR(rorkit_status_str(RORKIT_ERROR_NOT_FOUND), "not found"); /* the header's example */

  /* Codes that are not defined, inside and outside the ranges. */
  {
    static const int unknown[] = {1, 2, 100, -15, -99, -104, -199, -200, -305, -404, -601, -699,
                                  12345, -12345, INT_MAX, INT_MIN};
    for (i = 0; i < sizeof unknown / sizeof unknown[0]; ++i) {
      const char *s = rorkit_status_str((rorkit_status)unknown[i]);
      if (!CHECK_STR(s, "unknown status")) fprintf(stderr, "    for code %d\n", unknown[i]);
    }
  }
}

static void test_last_error_lifecycle(void) {
  rorkit_date d;
  const char *msg;

  /* Failure sets it ... */
  CHECK_FAIL(rorkit_date_parse(&d, "2025-02-30"), RORKIT_ERROR_INVALID_DATE, "rorkit_date_parse",
             NULL);
  msg = rorkit_last_error();
  CHECK(msg != NULL && msg[0] != '\0');
  /* ... reading it twice gives the same ... */
  CHECK_STR(rorkit_last_error(), msg);
  /* ... rorkit_status_str does not disturb it (callers write
     printf("%s: %s", rorkit_status_str(s), rorkit_last_error()) with either evaluated first) ... */
  (void)rorkit_status_str(RORKIT_ERROR_INVALID_DATE);
  CHECK(rorkit_last_error()[0] != '\0');
  /* ... a second failure replaces it ... */
  CHECK_FAIL(rorkit_date_parse(&d, "nonsense"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "nonsense");
  CHECK(strstr(rorkit_last_error(), "2025-02-30") == NULL);
  /* ... and the next successful call of any kind clears it. */
  CHECK_OK(rorkit_date_validate(D(2025, 2, 28)));
  CHECK_STR(rorkit_last_error(), "");
  CHECK_FAIL(rorkit_date_validate(D(2025, 2, 29)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  {
    rorkit_municipality m;
    CHECK_OK(rorkit_municipality_find(&m, "101", NULL));
  }
  CHECK_STR(rorkit_last_error(), "");
  CHECK_FAIL(rorkit_date_validate(D(2025, 2, 29)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  {
    int32_t wd;
    CHECK_OK(rorkit_calendar_weekday(&wd, D(2025, 2, 28)));
  }
  CHECK_STR(rorkit_last_error(), "");
  CHECK_FAIL(rorkit_date_validate(D(2025, 2, 29)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  {
    rorkit_ical *ical = NULL;
    CHECK_OK(rorkit_ical_create(&ical));
    CHECK_STR(rorkit_last_error(), "");
    rorkit_ical_free(ical);
  }
  /* A failure whose status is BUFFER_TOO_SMALL is a failure too: the message is set. */
  {
    size_t count = 0;
    CHECK_FAIL(rorkit_municipality_list(NULL, 0, &count, 0, NULL), RORKIT_ERROR_BUFFER_TOO_SMALL,
               NULL, NULL);
  }
}

/* ---- common ---------------------------------------------------------------------------------- */

static void walk_common(void) {
  rorkit_date d;
  char buf[32];
  CHECK_FAIL(rorkit_date_parse(NULL, "2025-01-01"), RORKIT_ERROR_NULL_POINTER,
             "rorkit_date_parse", "out");
  CHECK_FAIL(rorkit_date_parse(&d, NULL), RORKIT_ERROR_NULL_POINTER, "rorkit_date_parse", "iso");
  CHECK_FAIL(rorkit_date_parse(&d, bad_utf8), RORKIT_ERROR_INVALID_UTF8, "rorkit_date_parse",
             "iso");
  CHECK_FAIL(rorkit_date_parse(&d, overlong), RORKIT_ERROR_INVALID_UTF8, NULL, "iso");
  CHECK_FAIL(rorkit_date_parse(&d, surrogate), RORKIT_ERROR_INVALID_UTF8, NULL, "iso");
  CHECK_FAIL(rorkit_date_parse(&d, "2025-4-1"), RORKIT_ERROR_INVALID_DATE, "rorkit_date_parse",
             NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2023-02-29"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_format(NULL, 11, D(2025, 1, 1)), RORKIT_ERROR_NULL_POINTER,
             "rorkit_date_format", "dst");
  CHECK_FAIL(rorkit_date_format(buf, sizeof buf, D(2025, 13, 1)), RORKIT_ERROR_INVALID_DATE,
             "rorkit_date_format", "date");
  CHECK_FAIL(rorkit_date_format(buf, 10, D(2025, 1, 1)), RORKIT_ERROR_BUFFER_TOO_SMALL,
             "rorkit_date_format", "dst");
  CHECK_FAIL(rorkit_date_validate(D(2025, 2, 29)), RORKIT_ERROR_INVALID_DATE,
             "rorkit_date_validate", "date");
  CHECK_FAIL(rorkit_date_validate(D(0, 1, 1)), RORKIT_ERROR_INVALID_DATE, NULL, "date");
}

/* ---- reference data -------------------------------------------------------------------------- */

static void walk_refdata(void) {
  rorkit_municipality m, list[4];
  rorkit_region r, regions[8];
  size_t count = 0;
  rorkit_date on = D(2026, 6, 1), bad_on = D(2026, 2, 29), pre_reform = D(2006, 12, 31);

  CHECK_FAIL(rorkit_municipality_find(NULL, "101", &on), RORKIT_ERROR_NULL_POINTER,
             "rorkit_municipality_find", "out");
  CHECK_FAIL(rorkit_municipality_find(&m, NULL, &on), RORKIT_ERROR_NULL_POINTER,
             "rorkit_municipality_find", "query");
  CHECK_FAIL(rorkit_municipality_find(&m, bad_utf8, &on), RORKIT_ERROR_INVALID_UTF8,
             "rorkit_municipality_find", "query");
  CHECK_FAIL(rorkit_municipality_find(&m, "Atlantis", &on), RORKIT_ERROR_NOT_FOUND,
             "rorkit_municipality_find", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "Atlantis");
  CHECK_FAIL(rorkit_municipality_find(&m, "Atlantis Kommune", &on), RORKIT_ERROR_NOT_FOUND, NULL,
             NULL);
  CHECK_CONTAINS(rorkit_last_error(), "Atlantis Kommune");
  CHECK_FAIL(rorkit_municipality_find(&m, "999", &on), RORKIT_ERROR_NOT_FOUND, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "999");
  /* 411 Christiansø has a code but is not a municipality. */
  CHECK_FAIL(rorkit_municipality_find(&m, "411", &on), RORKIT_ERROR_NOT_FOUND, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "411");
  CHECK_FAIL(rorkit_municipality_find(&m, "Christiansø", &on), RORKIT_ERROR_NOT_FOUND, NULL, NULL);
  CHECK_FAIL(rorkit_municipality_find(&m, "", &on), RORKIT_ERROR_NOT_FOUND, NULL, NULL);
  CHECK_FAIL(rorkit_municipality_find(&m, "12345", &on), RORKIT_ERROR_NOT_FOUND, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "12345");
  CHECK_FAIL(rorkit_municipality_find(&m, "101", &bad_on), RORKIT_ERROR_INVALID_DATE,
             "rorkit_municipality_find", "on");
  /* The municipalities (and regions) date from 1 January 2007. */
  CHECK_FAIL(rorkit_municipality_find(&m, "101", &pre_reform), RORKIT_ERROR_OUT_OF_RANGE,
             "rorkit_municipality_find", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "2006-12-31");

  CHECK_FAIL(rorkit_municipality_list(list, 4, NULL, 0, &on), RORKIT_ERROR_NULL_POINTER,
             "rorkit_municipality_list", "count");
  CHECK_FAIL(rorkit_municipality_list(NULL, 98, &count, 0, &on), RORKIT_ERROR_NULL_POINTER,
             "rorkit_municipality_list", "dst");
  CHECK_FAIL(rorkit_municipality_list(list, 4, &count, 0, &on), RORKIT_ERROR_BUFFER_TOO_SMALL,
             "rorkit_municipality_list", NULL);
  CHECK_INT(count, 98);
  CHECK_FAIL(rorkit_municipality_list(list, 4, &count, 0, &bad_on), RORKIT_ERROR_INVALID_DATE,
             "rorkit_municipality_list", "on");
  CHECK_FAIL(rorkit_municipality_list(list, 4, &count, 1087, &on), RORKIT_ERROR_NOT_FOUND,
             "rorkit_municipality_list", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "1087");
  CHECK_FAIL(rorkit_municipality_list(list, 4, &count, -1, &on), RORKIT_ERROR_NOT_FOUND, NULL,
             NULL);
  CHECK_FAIL(rorkit_municipality_list(list, 4, &count, 1086, &on), RORKIT_ERROR_NOT_FOUND, NULL,
             NULL);
  CHECK_FAIL(rorkit_municipality_list(list, 4, &count, 1084, &(rorkit_date){2027, 1, 1}),
             RORKIT_ERROR_NOT_FOUND, NULL, NULL);

  CHECK_FAIL(rorkit_region_list(regions, 8, NULL, &on), RORKIT_ERROR_NULL_POINTER,
             "rorkit_region_list", "count");
  CHECK_FAIL(rorkit_region_list(NULL, 8, &count, &on), RORKIT_ERROR_NULL_POINTER,
             "rorkit_region_list", "dst");
  CHECK_FAIL(rorkit_region_list(regions, 4, &count, &on), RORKIT_ERROR_BUFFER_TOO_SMALL,
             "rorkit_region_list", NULL);
  CHECK_INT(count, 5);
  CHECK_FAIL(rorkit_region_list(regions, 8, &count, &bad_on), RORKIT_ERROR_INVALID_DATE,
             "rorkit_region_list", "on");

  CHECK_FAIL(rorkit_region_find(NULL, "1084"), RORKIT_ERROR_NULL_POINTER, "rorkit_region_find",
             "out");
  CHECK_FAIL(rorkit_region_find(&r, NULL), RORKIT_ERROR_NULL_POINTER, "rorkit_region_find",
             "query");
  CHECK_FAIL(rorkit_region_find(&r, bad_utf8), RORKIT_ERROR_INVALID_UTF8, "rorkit_region_find",
             "query");
  CHECK_FAIL(rorkit_region_find(&r, "Atlantis"), RORKIT_ERROR_NOT_FOUND, "rorkit_region_find",
             NULL);
  CHECK_CONTAINS(rorkit_last_error(), "Atlantis");
  CHECK_FAIL(rorkit_region_find(&r, ""), RORKIT_ERROR_NOT_FOUND, NULL, NULL);
  CHECK_FAIL(rorkit_region_find(&r, "9999"), RORKIT_ERROR_NOT_FOUND, NULL, NULL);
}

/* ---- calendar -------------------------------------------------------------------------------- */

static void walk_calendar(void) {
  rorkit_holiday h[RORKIT_MAX_HOLIDAYS_PER_YEAR], one;
  size_t count = 0;
  int flag = 0;
  int32_t y = 0, wk = 0, wd = 0;
  int64_t n = 0;
  rorkit_date out;
  rorkit_date_range range;
  rorkit_phase_window windows[2], w;
  rorkit_calendar *cal = NULL, *clone = NULL;
  const rorkit_date ok = D(2025, 6, 5), invalid = D(2025, 2, 29);

  /* holidays */
  CHECK_FAIL(rorkit_calendar_holidays(h, RORKIT_MAX_HOLIDAYS_PER_YEAR, NULL, 2025),
             RORKIT_ERROR_NULL_POINTER, "rorkit_calendar_holidays", "count");
  CHECK_FAIL(rorkit_calendar_holidays(NULL, RORKIT_MAX_HOLIDAYS_PER_YEAR, &count, 2025),
             RORKIT_ERROR_NULL_POINTER, "rorkit_calendar_holidays", "dst");
  CHECK_FAIL(rorkit_calendar_holidays(h, 12, &count, 2025), RORKIT_ERROR_BUFFER_TOO_SMALL,
             "rorkit_calendar_holidays", NULL);
  CHECK_INT(count, 13);
  CHECK_FAIL(rorkit_calendar_holidays(h, RORKIT_MAX_HOLIDAYS_PER_YEAR, &count, 1899),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, "rorkit_calendar_holidays", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "1899");
  CHECK_FAIL(rorkit_calendar_holidays(h, RORKIT_MAX_HOLIDAYS_PER_YEAR, &count, 2201),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);
  CHECK_FAIL(rorkit_calendar_holidays(h, RORKIT_MAX_HOLIDAYS_PER_YEAR, &count, INT32_MIN),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);
  CHECK_OK(rorkit_calendar_holidays(h, RORKIT_MAX_HOLIDAYS_PER_YEAR, &count, 1900));
  CHECK_OK(rorkit_calendar_holidays(h, RORKIT_MAX_HOLIDAYS_PER_YEAR, &count, 2200));

  /* holiday_on */
  CHECK_FAIL(rorkit_calendar_holiday_on(&one, NULL, ok), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_holiday_on", "is_holiday");
  CHECK_FAIL(rorkit_calendar_holiday_on(&one, &flag, invalid), RORKIT_ERROR_INVALID_DATE,
             "rorkit_calendar_holiday_on", "d");
  CHECK_FAIL(rorkit_calendar_holiday_on(&one, &flag, D(1899, 12, 31)),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, "rorkit_calendar_holiday_on", NULL);
  CHECK_FAIL(rorkit_calendar_holiday_on(&one, &flag, D(2201, 1, 1)),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);

  /* easter */
  CHECK_FAIL(rorkit_calendar_easter(NULL, 2025), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_easter", "out");
  CHECK_FAIL(rorkit_calendar_easter(&out, INT32_MIN), RORKIT_ERROR_YEAR_OUT_OF_RANGE,
             "rorkit_calendar_easter", NULL);
  CHECK_FAIL(rorkit_calendar_easter(&out, 10000), RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);

  /* iso_week, weekday */
  CHECK_FAIL(rorkit_calendar_iso_week(NULL, &wk, ok), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_iso_week", "iso_year");
  CHECK_FAIL(rorkit_calendar_iso_week(&y, NULL, ok), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_iso_week", "week");
  CHECK_FAIL(rorkit_calendar_iso_week(&y, &wk, invalid), RORKIT_ERROR_INVALID_DATE,
             "rorkit_calendar_iso_week", "d");
  CHECK_FAIL(rorkit_calendar_weekday(NULL, ok), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_weekday", "weekday");
  CHECK_FAIL(rorkit_calendar_weekday(&wd, invalid), RORKIT_ERROR_INVALID_DATE,
             "rorkit_calendar_weekday", "d");
  CHECK_FAIL(rorkit_calendar_weekday(&wd, D(2025, 0, 1)), RORKIT_ERROR_INVALID_DATE, NULL, "d");

  /* handles */
  CHECK_FAIL(rorkit_calendar_create(NULL), RORKIT_ERROR_NULL_POINTER, "rorkit_calendar_create",
             "out");
  CHECK_OK(rorkit_calendar_create(&cal));
  CHECK_FAIL(rorkit_calendar_clone(NULL, cal), RORKIT_ERROR_NULL_POINTER, "rorkit_calendar_clone",
             "out");
  CHECK_FAIL(rorkit_calendar_clone(&clone, NULL), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_clone", "cal");
  CHECK_FAIL(rorkit_calendar_set_customary_days_off(NULL, 0), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_set_customary_days_off", "cal");
  CHECK_FAIL(rorkit_calendar_set_customary_days_off(cal, 2), RORKIT_ERROR_INVALID_ARGUMENT,
             "rorkit_calendar_set_customary_days_off", "days_off");
  CHECK_FAIL(rorkit_calendar_set_customary_days_off(cal, -1), RORKIT_ERROR_INVALID_ARGUMENT, NULL,
             "days_off");
  /* ... and the failed call left the default (customary days off) in place */
  CHECK_OK(rorkit_calendar_is_working_day(&flag, cal, ok));
  CHECK_INT(flag, 0);

  /* working days */
  CHECK_FAIL(rorkit_calendar_is_working_day(NULL, cal, ok), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_is_working_day", "out");
  CHECK_FAIL(rorkit_calendar_is_working_day(&flag, NULL, invalid), RORKIT_ERROR_INVALID_DATE,
             "rorkit_calendar_is_working_day", "d");
  CHECK_FAIL(rorkit_calendar_is_working_day(&flag, cal, D(1899, 12, 29)),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, "rorkit_calendar_is_working_day", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "1899");
  CHECK_FAIL(rorkit_calendar_is_working_day(&flag, NULL, D(2201, 1, 2)),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);

  CHECK_FAIL(rorkit_calendar_add_working_days(NULL, NULL, ok, 1), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_add_working_days", "out");
  CHECK_FAIL(rorkit_calendar_add_working_days(&out, NULL, invalid, 1), RORKIT_ERROR_INVALID_DATE,
             "rorkit_calendar_add_working_days", "d");
  CHECK_FAIL(rorkit_calendar_add_working_days(&out, NULL, D(1899, 6, 1), 1),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);
  /* Stepping past the calendar's last year, or before its first. */
  CHECK_FAIL(rorkit_calendar_add_working_days(&out, NULL, D(2200, 12, 29), 5),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, "rorkit_calendar_add_working_days", NULL);
  CHECK_FAIL(rorkit_calendar_add_working_days(&out, NULL, D(1900, 1, 3), -5),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);
  CHECK_FAIL(rorkit_calendar_add_working_days(&out, cal, D(2025, 1, 1), INT64_MAX),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);
  CHECK_FAIL(rorkit_calendar_add_working_days(&out, cal, D(2025, 1, 1), INT64_MIN),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);

  CHECK_FAIL(rorkit_calendar_count_working_days(NULL, NULL, ok, ok), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_count_working_days", "out");
  CHECK_FAIL(rorkit_calendar_count_working_days(&n, NULL, invalid, ok), RORKIT_ERROR_INVALID_DATE,
             "rorkit_calendar_count_working_days", "first");
  CHECK_FAIL(rorkit_calendar_count_working_days(&n, NULL, ok, invalid), RORKIT_ERROR_INVALID_DATE,
             "rorkit_calendar_count_working_days", "last");
  CHECK_FAIL(rorkit_calendar_count_working_days(&n, NULL, D(2025, 6, 6), D(2025, 6, 5)),
             RORKIT_ERROR_DATE_ORDER, "rorkit_calendar_count_working_days", NULL);
  CHECK_FAIL(rorkit_calendar_count_working_days(&n, cal, D(1899, 12, 1), D(1900, 1, 31)),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);
  CHECK_FAIL(rorkit_calendar_count_working_days(&n, cal, D(2200, 12, 1), D(2201, 1, 31)),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);

  /* school breaks */
  CHECK_FAIL(rorkit_calendar_set_school_break(NULL, "Tønder", RORKIT_BREAK_SUMMER, 2024,
                                              D(2024, 7, 1), D(2024, 8, 9)),
             RORKIT_ERROR_NULL_POINTER, "rorkit_calendar_set_school_break", "cal");
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, NULL, RORKIT_BREAK_SUMMER, 2024,
                                              D(2024, 7, 1), D(2024, 8, 9)),
             RORKIT_ERROR_NULL_POINTER, "rorkit_calendar_set_school_break", "municipality");
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, bad_utf8, RORKIT_BREAK_SUMMER, 2024,
                                              D(2024, 7, 1), D(2024, 8, 9)),
             RORKIT_ERROR_INVALID_UTF8, "rorkit_calendar_set_school_break", "municipality");
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Atlantis", RORKIT_BREAK_SUMMER, 2024,
                                              D(2024, 7, 1), D(2024, 8, 9)),
             RORKIT_ERROR_NOT_FOUND, "rorkit_calendar_set_school_break", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "Atlantis");
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "", RORKIT_BREAK_SUMMER, 2024, D(2024, 7, 1),
                                              D(2024, 8, 9)),
             RORKIT_ERROR_NOT_FOUND, NULL, NULL);
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", 0, 2024, D(2024, 7, 1),
                                              D(2024, 8, 9)),
             RORKIT_ERROR_INVALID_ARGUMENT, "rorkit_calendar_set_school_break", "kind");
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", 3, 2024, D(2024, 7, 1),
                                              D(2024, 8, 9)),
             RORKIT_ERROR_INVALID_ARGUMENT, NULL, "kind");
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", RORKIT_BREAK_SUMMER, 2024, invalid,
                                              D(2024, 8, 9)),
             RORKIT_ERROR_INVALID_DATE, "rorkit_calendar_set_school_break", "first");
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", RORKIT_BREAK_SUMMER, 2024,
                                              D(2024, 7, 1), D(2024, 8, 32)),
             RORKIT_ERROR_INVALID_DATE, NULL, "last");
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", RORKIT_BREAK_SUMMER, 2201,
                                              D(2201, 7, 1), D(2201, 8, 9)),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, "rorkit_calendar_set_school_break", NULL);
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", RORKIT_BREAK_SUMMER, 1899,
                                              D(1899, 7, 1), D(1899, 8, 9)),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", RORKIT_BREAK_SUMMER, 2024,
                                              D(2024, 8, 9), D(2024, 7, 1)),
             RORKIT_ERROR_DATE_ORDER, "rorkit_calendar_set_school_break", NULL);
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", RORKIT_BREAK_SUMMER, 2024,
                                              D(2024, 10, 1), D(2024, 10, 20)),
             RORKIT_ERROR_INVALID_SCHOOL_BREAK, "rorkit_calendar_set_school_break", NULL);
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", RORKIT_BREAK_CHRISTMAS, 2024,
                                              D(2024, 12, 20), D(2025, 2, 15)),
             RORKIT_ERROR_INVALID_SCHOOL_BREAK, NULL, NULL);
  /* A summer break must leave at least one day before the next Christmas break (20 Dec). */
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", RORKIT_BREAK_SUMMER, 2024,
                                              D(2024, 8, 1), D(2024, 12, 20)),
             RORKIT_ERROR_INVALID_SCHOOL_BREAK, NULL, NULL);

  CHECK_FAIL(rorkit_calendar_school_break(NULL, &flag, cal, "Tønder", RORKIT_BREAK_SUMMER, 2024),
             RORKIT_ERROR_NULL_POINTER, "rorkit_calendar_school_break", "out");
  CHECK_FAIL(rorkit_calendar_school_break(&range, &flag, cal, bad_utf8, RORKIT_BREAK_SUMMER, 2024),
             RORKIT_ERROR_INVALID_UTF8, "rorkit_calendar_school_break", "municipality");
  CHECK_FAIL(rorkit_calendar_school_break(&range, &flag, cal, "Atlantis", RORKIT_BREAK_SUMMER,
                                          2024),
             RORKIT_ERROR_NOT_FOUND, "rorkit_calendar_school_break", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "Atlantis");
  CHECK_FAIL(rorkit_calendar_school_break(&range, &flag, NULL, NULL, 0, 2024),
             RORKIT_ERROR_INVALID_ARGUMENT, "rorkit_calendar_school_break", "kind");
  CHECK_FAIL(rorkit_calendar_school_break(&range, &flag, NULL, NULL, 7, 2024),
             RORKIT_ERROR_INVALID_ARGUMENT, NULL, "kind");
  CHECK_FAIL(rorkit_calendar_school_break(&range, &flag, NULL, NULL, RORKIT_BREAK_SUMMER, 1899),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, "rorkit_calendar_school_break", NULL);
  CHECK_FAIL(rorkit_calendar_school_break(&range, &flag, NULL, NULL, RORKIT_BREAK_CHRISTMAS, 2201),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);

  /* phase windows */
  CHECK_FAIL(rorkit_calendar_phase_windows(windows, 2, NULL, NULL, NULL, 2026),
             RORKIT_ERROR_NULL_POINTER, "rorkit_calendar_phase_windows", "count");
  CHECK_FAIL(rorkit_calendar_phase_windows(NULL, 2, &count, NULL, NULL, 2026),
             RORKIT_ERROR_NULL_POINTER, "rorkit_calendar_phase_windows", "dst");
  CHECK_FAIL(rorkit_calendar_phase_windows(windows, 1, &count, NULL, NULL, 2026),
             RORKIT_ERROR_BUFFER_TOO_SMALL, "rorkit_calendar_phase_windows", NULL);
  CHECK_INT(count, 2);
  CHECK_FAIL(rorkit_calendar_phase_windows(windows, 2, &count, NULL, NULL, 1899),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, "rorkit_calendar_phase_windows", NULL);
  CHECK_FAIL(rorkit_calendar_phase_windows(windows, 2, &count, NULL, NULL, 2201),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, NULL, NULL);
  CHECK_FAIL(rorkit_calendar_phase_windows(windows, 2, &count, cal, "Atlantis", 2026),
             RORKIT_ERROR_NOT_FOUND, "rorkit_calendar_phase_windows", NULL);
  CHECK_FAIL(rorkit_calendar_phase_windows(windows, 2, &count, cal, bad_utf8, 2026),
             RORKIT_ERROR_INVALID_UTF8, NULL, "municipality");
  CHECK_OK(rorkit_calendar_phase_windows(windows, 2, &count, NULL, NULL, 1900));
  CHECK_OK(rorkit_calendar_phase_windows(windows, 2, &count, NULL, NULL, 2200));

  CHECK_FAIL(rorkit_calendar_phase_window_at(NULL, NULL, NULL, ok), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_phase_window_at", "out");
  CHECK_FAIL(rorkit_calendar_phase_window_at(&w, NULL, NULL, invalid), RORKIT_ERROR_INVALID_DATE,
             "rorkit_calendar_phase_window_at", "on");
  CHECK_FAIL(rorkit_calendar_phase_window_at(&w, NULL, NULL, D(1899, 6, 1)),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, "rorkit_calendar_phase_window_at", NULL);
  CHECK_FAIL(rorkit_calendar_phase_window_at(&w, NULL, "Atlantis", ok), RORKIT_ERROR_NOT_FOUND,
             NULL, NULL);
  CHECK_FAIL(rorkit_calendar_phase_window_at(&w, cal, bad_utf8, ok), RORKIT_ERROR_INVALID_UTF8,
             NULL, "municipality");

  /* The calendar went through all of that unchanged: no override was stored. */
  CHECK_OK(rorkit_calendar_school_break(&range, &flag, cal, "Tønder", RORKIT_BREAK_SUMMER, 2024));
  CHECK_INT(flag, 0);
  CHECK_OK(rorkit_calendar_school_break(&range, &flag, cal, "Tønder", RORKIT_BREAK_CHRISTMAS,
                                        2024));
  CHECK_INT(flag, 0);

  rorkit_calendar_free(clone);
  rorkit_calendar_free(cal);
}

/* The header says "Years 1900-2200" for the whole of rorkit_calendar.h; these three functions
   do not compute anything Danish, but the header makes no exception for them. */
/* The documented year ranges (rorkit_calendar.h): the Danish calendar covers 1900-2200, Easter
   the Gregorian years 1583-9999, weekdays and ISO weeks the date-arithmetic years 1400-9999. */
static void walk_calendar_year_contract(void) {
  rorkit_date out;
  int32_t y = 0, wk = 0, wd = 0;
  size_t n = 0;
  rorkit_holiday h[RORKIT_MAX_HOLIDAYS_PER_YEAR];
  CHECK_FAIL(rorkit_calendar_holidays(h, RORKIT_MAX_HOLIDAYS_PER_YEAR, &n, 1899),
             RORKIT_ERROR_YEAR_OUT_OF_RANGE, "rorkit_calendar_holidays", "1899");
  CHECK_OK(rorkit_calendar_easter(&out, 1899));
  CHECK_FAIL(rorkit_calendar_easter(&out, 1582), RORKIT_ERROR_YEAR_OUT_OF_RANGE,
             "rorkit_calendar_easter", "1582");
  CHECK_OK(rorkit_calendar_weekday(&wd, D(2201, 1, 1)));
  CHECK_FAIL(rorkit_calendar_weekday(&wd, D(1399, 12, 31)), RORKIT_ERROR_OUT_OF_RANGE,
             "rorkit_calendar_weekday", NULL);
  CHECK_OK(rorkit_calendar_iso_week(&y, &wk, D(2201, 1, 1)));
  CHECK_FAIL(rorkit_calendar_iso_week(&y, &wk, D(1399, 12, 31)), RORKIT_ERROR_OUT_OF_RANGE,
             "rorkit_calendar_iso_week", NULL);
}

/* ---- iCalendar ------------------------------------------------------------------------------- */

static void walk_ical(void) {
  rorkit_ical *ical = NULL;
  rorkit_ical_options o;
  rorkit_string s = {0, 0};
  size_t count = 0;
  const rorkit_date a = D(2026, 5, 4), b = D(2026, 5, 5);

  CHECK_FAIL(rorkit_ical_create(NULL), RORKIT_ERROR_NULL_POINTER, "rorkit_ical_create", "out");
  CHECK_OK(rorkit_ical_create(&ical));

  memset(&o, 0, sizeof o);
  o.version = RORKIT_ICAL_OPTIONS_VERSION;
  CHECK_FAIL(rorkit_ical_set_options(NULL, &o), RORKIT_ERROR_NULL_POINTER,
             "rorkit_ical_set_options", "ical");
  CHECK_FAIL(rorkit_ical_set_options(ical, NULL), RORKIT_ERROR_NULL_POINTER,
             "rorkit_ical_set_options", "options");
  o.version = 0;
  CHECK_FAIL(rorkit_ical_set_options(ical, &o), RORKIT_ERROR_UNSUPPORTED_VERSION,
             "rorkit_ical_set_options", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "version");
  o.version = 99;
  CHECK_FAIL(rorkit_ical_set_options(ical, &o), RORKIT_ERROR_UNSUPPORTED_VERSION, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "version");
  o.version = RORKIT_ICAL_OPTIONS_VERSION;
  o.prodid = bad_utf8;
  CHECK_FAIL(rorkit_ical_set_options(ical, &o), RORKIT_ERROR_INVALID_UTF8, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "prodid");
  o.prodid = "";
  CHECK_FAIL(rorkit_ical_set_options(ical, &o), RORKIT_ERROR_INVALID_ARGUMENT, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "prodid");
  o.prodid = "-//x//y\n//DA";
  CHECK_FAIL(rorkit_ical_set_options(ical, &o), RORKIT_ERROR_INVALID_ARGUMENT, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "prodid");
  o.prodid = NULL;
  o.dtstamp = bad_utf8;
  CHECK_FAIL(rorkit_ical_set_options(ical, &o), RORKIT_ERROR_INVALID_UTF8, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "dtstamp");
  o.dtstamp = "20260101T120000";
  CHECK_FAIL(rorkit_ical_set_options(ical, &o), RORKIT_ERROR_INVALID_ARGUMENT, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "dtstamp");
  o.dtstamp = NULL;
  o.uid_domain = surrogate;
  CHECK_FAIL(rorkit_ical_set_options(ical, &o), RORKIT_ERROR_INVALID_UTF8, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "uid_domain");
  o.uid_domain = NULL;
  o.calendar_name = overlong;
  CHECK_FAIL(rorkit_ical_set_options(ical, &o), RORKIT_ERROR_INVALID_UTF8, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "calendar_name");
  o.calendar_name = "Bell \x07";
  CHECK_FAIL(rorkit_ical_set_options(ical, &o), RORKIT_ERROR_INVALID_ARGUMENT, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "calendar_name");
  o.calendar_name = NULL;
  CHECK_OK(rorkit_ical_set_options(ical, &o));

  /* add_all_day */
  CHECK_FAIL(rorkit_ical_add_all_day(NULL, NULL, "x", NULL, NULL, a, b),
             RORKIT_ERROR_NULL_POINTER, "rorkit_ical_add_all_day", "ical");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, NULL, NULL, NULL, a, b),
             RORKIT_ERROR_NULL_POINTER, "rorkit_ical_add_all_day", "summary");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, bad_utf8, "x", NULL, NULL, a, b),
             RORKIT_ERROR_INVALID_UTF8, "rorkit_ical_add_all_day", "uid");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, bad_utf8, NULL, NULL, a, b),
             RORKIT_ERROR_INVALID_UTF8, NULL, "summary");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "x", bad_utf8, NULL, a, b),
             RORKIT_ERROR_INVALID_UTF8, NULL, "description");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "x", NULL, bad_utf8, a, b),
             RORKIT_ERROR_INVALID_UTF8, NULL, "location");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "", NULL, NULL, a, b),
             RORKIT_ERROR_INVALID_ARGUMENT, "rorkit_ical_add_all_day", "summary");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, "a\x01" "b", "x", NULL, NULL, a, b),
             RORKIT_ERROR_INVALID_ARGUMENT, NULL, "uid");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "x", "lone CR \r here", NULL, a, b),
             RORKIT_ERROR_INVALID_ARGUMENT, NULL, "description");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "x", NULL, NULL, D(2026, 2, 29), b),
             RORKIT_ERROR_INVALID_DATE, "rorkit_ical_add_all_day", "first");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "x", NULL, NULL, a, D(2026, 13, 1)),
             RORKIT_ERROR_INVALID_DATE, NULL, "last");
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "x", NULL, NULL, b, a), RORKIT_ERROR_DATE_ORDER,
             "rorkit_ical_add_all_day", NULL);
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "x", NULL, NULL, D(9999, 12, 31),
                                     D(9999, 12, 31)),
             RORKIT_ERROR_OUT_OF_RANGE, NULL, NULL);

  /* add_timed */
  CHECK_FAIL(rorkit_ical_add_timed(NULL, NULL, "x", NULL, NULL, a, 600, a, 660),
             RORKIT_ERROR_NULL_POINTER, "rorkit_ical_add_timed", "ical");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, NULL, NULL, NULL, a, 600, a, 660),
             RORKIT_ERROR_NULL_POINTER, "rorkit_ical_add_timed", "summary");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "x", NULL, surrogate, a, 600, a, 660),
             RORKIT_ERROR_INVALID_UTF8, NULL, "location");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "", NULL, NULL, a, 600, a, 660),
             RORKIT_ERROR_INVALID_ARGUMENT, NULL, "summary");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "x", NULL, NULL, D(2026, 4, 31), 600, b, 660),
             RORKIT_ERROR_INVALID_DATE, "rorkit_ical_add_timed", "start_date");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "x", NULL, NULL, a, 600, D(2026, 4, 31), 660),
             RORKIT_ERROR_INVALID_DATE, NULL, "end_date");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "x", NULL, NULL, a, -1, a, 660),
             RORKIT_ERROR_OUT_OF_RANGE, "rorkit_ical_add_timed", "start_minute");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "x", NULL, NULL, a, 1440, b, 660),
             RORKIT_ERROR_OUT_OF_RANGE, NULL, "start_minute");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "x", NULL, NULL, a, 600, a, 1440),
             RORKIT_ERROR_OUT_OF_RANGE, NULL, "end_minute");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "x", NULL, NULL, a, 600, a, INT32_MIN),
             RORKIT_ERROR_OUT_OF_RANGE, NULL, "end_minute");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "x", NULL, NULL, b, 600, a, 660),
             RORKIT_ERROR_DATE_ORDER, "rorkit_ical_add_timed", "end_date");
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "x", NULL, NULL, a, 660, a, 600),
             RORKIT_ERROR_DATE_ORDER, NULL, "end_minute");

  /* duplicates: explicit uids only */
  CHECK_OK(rorkit_ical_add_all_day(ical, "u1@example.dk", "x", NULL, NULL, a, b));
  CHECK_FAIL(rorkit_ical_add_all_day(ical, "u1@example.dk", "y", NULL, NULL, a, b),
             RORKIT_ERROR_DUPLICATE, "rorkit_ical_add_all_day", "uid");
  CHECK_CONTAINS(rorkit_last_error(), "u1@example.dk");
  CHECK_FAIL(rorkit_ical_add_timed(ical, "u1@example.dk", "y", NULL, NULL, a, 600, a, 660),
             RORKIT_ERROR_DUPLICATE, "rorkit_ical_add_timed", "uid");

  /* count, write */
  CHECK_FAIL(rorkit_ical_count(NULL, ical), RORKIT_ERROR_NULL_POINTER, "rorkit_ical_count", "out");
  CHECK_FAIL(rorkit_ical_count(&count, NULL), RORKIT_ERROR_NULL_POINTER, "rorkit_ical_count",
             "ical");
  CHECK_OK(rorkit_ical_count(&count, ical));
  CHECK_INT(count, 1);
  CHECK_FAIL(rorkit_ical_write(NULL, ical), RORKIT_ERROR_NULL_POINTER, "rorkit_ical_write", "out");
  CHECK_FAIL(rorkit_ical_write(&s, NULL), RORKIT_ERROR_NULL_POINTER, "rorkit_ical_write", "ical");
  CHECK(s.data == NULL && s.size == 0);
  CHECK_OK(rorkit_ical_write(&s, ical));
  rorkit_string_free(&s);

  rorkit_ical_free(ical);
}

int main(void) {
  /* Before any failure: "" and never NULL. */
  CHECK(rorkit_last_error() != NULL);
  CHECK_STR(rorkit_last_error(), "");

  test_status_codes();
  CHECK_STR(rorkit_last_error(), ""); /* rorkit_status_str does not fail */
  test_last_error_lifecycle();
  walk_common();
  walk_refdata();
  walk_calendar();
  walk_calendar_year_contract();
  walk_ical();
  return check_report();
}
