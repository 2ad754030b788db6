/* The Danish calendar: holidays, Easter, ISO weeks, weekdays, working days, school breaks and
   phase windows.

   Where the expected value is not simply quoted from a published calendar, it is worked out in
   this file by means that share nothing with the library:
   - weekdays with Sakamoto's method, Easter with Claus Tøndering's formulation of the Gregorian
     computus (the library uses the Meeus/Jones/Butcher one), ISO weeks from the rule "the week
     belongs to the year of its Thursday";
   - the Danish holidays from their definitions (DOMAIN.md §5: Easter offsets -3, -2, 0, +1,
     +26 (store bededag, until 2023), +39, +49, +50; fixed 1 Jan, 24/25/26 Dec; grundlovsdag
     5 Jun, juleaftensdag 24 Dec and nytårsaftensdag 31 Dec are customary days off);
   - hand counts, shown in comments, for the headline numbers. */
#include <stdio.h>
#include <string.h>

#include "check.h"

/* ---- an independent model of the calendar --------------------------------------------------- */

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

static rorkit_date next_day(rorkit_date d) {
  if (++d.day > days_in_month(d.year, d.month)) {
    d.day = 1;
    if (++d.month > 12) {
      d.month = 1;
      ++d.year;
    }
  }
  return d;
}

static rorkit_date prev_day(rorkit_date d) {
  if (--d.day < 1) {
    if (--d.month < 1) {
      d.month = 12;
      --d.year;
    }
    d.day = days_in_month(d.year, d.month);
  }
  return d;
}

static rorkit_date add_days(rorkit_date d, int n) {
  for (; n > 0; --n) d = next_day(d);
  for (; n < 0; ++n) d = prev_day(d);
  return d;
}

static int date_cmp(rorkit_date a, rorkit_date b) {
  if (a.year != b.year) return a.year < b.year ? -1 : 1;
  if (a.month != b.month) return a.month < b.month ? -1 : 1;
  if (a.day != b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

/* Sakamoto's method, converted to ISO numbering (1 = Monday ... 7 = Sunday). */
static int own_weekday(rorkit_date d) {
  static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  int y = d.year - (d.month < 3);
  int w = (y + y / 4 - y / 100 + y / 400 + t[d.month - 1] + d.day) % 7; /* 0 = Sunday */
  return w == 0 ? 7 : w;
}

/* Easter Sunday, Tøndering's "Calendar FAQ" formulation of the Gregorian computus. */
static rorkit_date own_easter(int y) {
  int g = y % 19, c = y / 100;
  int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
  int i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11));
  int j = (y + y / 4 + i + 2 - c + c / 4) % 7;
  int l = i - j;
  int month = 3 + (l + 40) / 44;
  int day = l + 28 - 31 * (month / 4);
  return D(y, month, day);
}

/* 0 = not a holiday, 1 = public holiday (helligdag), 2 = customary day off only. */
static int own_holiday_kind(rorkit_date d) {
  static const int offsets[] = {-3, -2, 0, 1, 26, 39, 49, 50};
  rorkit_date easter = own_easter(d.year);
  size_t i;
  if (d.month == 1 && d.day == 1) return 1;
  if (d.month == 12 && (d.day == 25 || d.day == 26)) return 1;
  for (i = 0; i < sizeof offsets / sizeof offsets[0]; ++i) {
    if (offsets[i] == 26 && d.year > 2023) continue; /* store bededag abolished from 2024 */
    if (date_eq(add_days(easter, offsets[i]), d)) return 1;
  }
  if ((d.month == 6 && d.day == 5) || (d.month == 12 && (d.day == 24 || d.day == 31))) return 2;
  return 0;
}

static int own_is_working_day(rorkit_date d, int customary_days_off) {
  int kind;
  if (own_weekday(d) > 5) return 0;
  kind = own_holiday_kind(d);
  return kind == 0 || (kind == 2 && !customary_days_off);
}

/* Working days in [first, last] counted one day at a time with the library's own predicate. */
static long long brute_count(const rorkit_calendar *cal, rorkit_date first, rorkit_date last) {
  long long n = 0;
  rorkit_date d;
  for (d = first; date_cmp(d, last) <= 0; d = next_day(d)) {
    int w = -1;
    if (rorkit_calendar_is_working_day(&w, cal, d) != RORKIT_OK) return -1;
    n += w;
  }
  return n;
}

/* ---- holidays --------------------------------------------------------------------------------- */

struct expected_holiday {
  int month, day, kind;
};

static void check_holiday_list(int year, const struct expected_holiday *exp, size_t n) {
  rorkit_holiday h[RORKIT_MAX_HOLIDAYS_PER_YEAR];
  size_t count = 0, i;
  int dates_ok = 1, kinds_ok = 1, strings_ok = 1;
  CHECK_OK(rorkit_calendar_holidays(h, RORKIT_MAX_HOLIDAYS_PER_YEAR, &count, year));
  if (!CHECK_INT(count, n)) return;
  for (i = 0; i < n; ++i) {
    if (!date_eq(h[i].date, D(year, exp[i].month, exp[i].day))) {
      dates_ok = 0;
      fprintf(stderr, "    %d holiday %u: %04d-%02d-%02d, expected %02d-%02d\n", year,
              (unsigned)i, (int)h[i].date.year, (int)h[i].date.month, (int)h[i].date.day,
              exp[i].month, exp[i].day);
    }
    if (h[i].kind != exp[i].kind) kinds_ok = 0;
    if (!h[i].id || !h[i].id[0] || !h[i].name_da || !h[i].name_da[0] || !h[i].name_en ||
        !h[i].name_en[0])
      strings_ok = 0;
  }
  CHECK(dates_ok);
  CHECK(kinds_ok);
  CHECK(strings_ok);
}

static void test_holidays(void) {
  enum { P = RORKIT_HOLIDAY_PUBLIC, C = RORKIT_HOLIDAY_CUSTOMARY };
  /* 2023: Easter 9 April (published). Store bededag = Easter + 26 = 5 May, its last year. */
  static const struct expected_holiday y2023[] = {
      {1, 1, P},   {4, 6, P},   {4, 7, P},   {4, 9, P},   {4, 10, P},
      {5, 5, P},   {5, 18, P},  {5, 28, P},  {5, 29, P},  {6, 5, C},
      {12, 24, C}, {12, 25, P}, {12, 26, P}, {12, 31, C}};
  /* 2025: Easter 20 April (published): skærtorsdag 17/4, langfredag 18/4, 2. påskedag 21/4,
     Kristi himmelfart +39 = 29/5, pinse +49 = 8/6, 2. pinse 9/6; no store bededag. */
  static const struct expected_holiday y2025[] = {
      {1, 1, P},  {4, 17, P},  {4, 18, P},  {4, 20, P},  {4, 21, P},  {5, 29, P}, {6, 5, C},
      {6, 8, P},  {6, 9, P},   {12, 24, C}, {12, 25, P}, {12, 26, P}, {12, 31, C}};
  /* 2022: Easter 17 April, so pinsedag (+49) is 5 June, grundlovsdag: both are listed, the
     helligdag first. Store bededag 13 May. */
  static const struct expected_holiday y2022[] = {
      {1, 1, P},  {4, 14, P},  {4, 15, P},  {4, 17, P},  {4, 18, P},  {5, 13, P}, {5, 26, P},
      {6, 5, P},  {6, 5, C},   {6, 6, P},   {12, 24, C}, {12, 25, P}, {12, 26, P}, {12, 31, C}};
  rorkit_holiday h[RORKIT_MAX_HOLIDAYS_PER_YEAR];
  rorkit_holiday sentinel[RORKIT_MAX_HOLIDAYS_PER_YEAR];
  size_t count = 0;
  int is_holiday = -1;
  rorkit_holiday one;

  check_holiday_list(2023, y2023, sizeof y2023 / sizeof y2023[0]);
  check_holiday_list(2025, y2025, sizeof y2025 / sizeof y2025[0]);
  check_holiday_list(2022, y2022, sizeof y2022 / sizeof y2022[0]);

  /* Buffer rules: size query, and one too few writes nothing. */
  CHECK_FAIL(rorkit_calendar_holidays(NULL, 0, &count, 2025), RORKIT_ERROR_BUFFER_TOO_SMALL,
             "rorkit_calendar_holidays", NULL);
  CHECK_INT(count, 13);
  memset(h, 0x5A, sizeof h);
  memcpy(sentinel, h, sizeof h);
  count = 0;
  CHECK_FAIL(rorkit_calendar_holidays(h, 13, &count, 2023), RORKIT_ERROR_BUFFER_TOO_SMALL, NULL,
             NULL);
  CHECK_INT(count, 14);
  CHECK(memcmp(h, sentinel, sizeof h) == 0);
  CHECK_OK(rorkit_calendar_holidays(h, 14, &count, 2023));
  CHECK_INT(count, 14);

  /* Named examples from the header: langfredag. */
  CHECK_OK(rorkit_calendar_holiday_on(&one, &is_holiday, D(2025, 4, 18)));
  CHECK_INT(is_holiday, 1);
  CHECK_DATE(one.date, 2025, 4, 18);
  CHECK_INT(one.kind, RORKIT_HOLIDAY_PUBLIC);
  CHECK_STR(one.id, "langfredag");
  CHECK_STR(one.name_da, "Langfredag");
  CHECK_STR(one.name_en, "Good Friday");

  CHECK_OK(rorkit_calendar_holiday_on(&one, &is_holiday, D(2025, 6, 5)));
  CHECK_INT(is_holiday, 1);
  CHECK_INT(one.kind, RORKIT_HOLIDAY_CUSTOMARY);
  CHECK_OK(rorkit_calendar_holiday_on(&one, &is_holiday, D(2025, 12, 31)));
  CHECK_INT(is_holiday, 1);
  CHECK_INT(one.kind, RORKIT_HOLIDAY_CUSTOMARY);
  CHECK_OK(rorkit_calendar_holiday_on(&one, &is_holiday, D(2025, 12, 25)));
  CHECK_INT(is_holiday, 1);
  CHECK_INT(one.kind, RORKIT_HOLIDAY_PUBLIC);
  /* Grundlovsdag on pinsedag 2022: the stronger (public) one is reported. */
  CHECK_OK(rorkit_calendar_holiday_on(&one, &is_holiday, D(2022, 6, 5)));
  CHECK_INT(is_holiday, 1);
  CHECK_INT(one.kind, RORKIT_HOLIDAY_PUBLIC);
  /* Store bededag: 5 May 2023 yes; Easter 2024 (31 March) + 26 = 26 April 2024 no more. */
  CHECK_OK(rorkit_calendar_holiday_on(&one, &is_holiday, D(2023, 5, 5)));
  CHECK_INT(is_holiday, 1);
  CHECK_INT(one.kind, RORKIT_HOLIDAY_PUBLIC);
  CHECK_OK(rorkit_calendar_holiday_on(NULL, &is_holiday, D(2024, 4, 26)));
  CHECK_INT(is_holiday, 0);
  /* out may be NULL; an ordinary day leaves *out alone. */
  CHECK_OK(rorkit_calendar_holiday_on(NULL, &is_holiday, D(2025, 4, 21)));
  CHECK_INT(is_holiday, 1);
  memset(&one, 0x5A, sizeof one);
  memcpy(&sentinel[0], &one, sizeof one);
  CHECK_OK(rorkit_calendar_holiday_on(&one, &is_holiday, D(2025, 6, 6)));
  CHECK_INT(is_holiday, 0);
  CHECK(memcmp(&one, &sentinel[0], sizeof one) == 0);

  /* Every day from 1900 to 2200 against the independent model. */
  {
    rorkit_date d;
    int bad = 0;
    for (d = D(1900, 1, 1); d.year <= 2200; d = next_day(d)) {
      int expected = own_holiday_kind(d);
      is_holiday = -1;
      one.kind = 0;
      if (rorkit_calendar_holiday_on(&one, &is_holiday, d) != RORKIT_OK ||
          is_holiday != (expected != 0) || (expected && one.kind != expected)) {
        if (bad++ < 5)
          fprintf(stderr, "    holiday_on %04d-%02d-%02d: is_holiday %d kind %d, expected %d\n",
                  (int)d.year, (int)d.month, (int)d.day, is_holiday, (int)one.kind, expected);
      }
    }
    CHECK_INT(bad, 0);
  }
}

/* ---- Easter, weekdays, ISO weeks -------------------------------------------------------------- */

static void test_easter(void) {
  /* Published dates (church calendars / timeanddate.com). */
  static const struct {
    int year, month, day;
  } published[] = {{1900, 4, 15}, {1943, 4, 25}, {1961, 4, 2},  {2000, 4, 23}, {2008, 3, 23},
                   {2011, 4, 24}, {2019, 4, 21}, {2022, 4, 17}, {2023, 4, 9},  {2024, 3, 31},
                   {2025, 4, 20}, {2026, 4, 5},  {2027, 3, 28}, {2038, 4, 25}, {2100, 3, 28}};
  size_t i;
  int bad = 0, y;
  rorkit_date e;
  for (i = 0; i < sizeof published / sizeof published[0]; ++i) {
    CHECK_OK(rorkit_calendar_easter(&e, published[i].year));
    CHECK_DATE(e, published[i].year, published[i].month, published[i].day);
    /* and our own computus agrees with the published date */
    CHECK_DATE(own_easter(published[i].year), published[i].year, published[i].month,
               published[i].day);
  }
  for (y = 1900; y <= 2200; ++y) {
    if (rorkit_calendar_easter(&e, y) != RORKIT_OK || !date_eq(e, own_easter(y)) ||
        own_weekday(e) != 7) {
      if (bad++ < 5) fprintf(stderr, "    easter %d\n", y);
    }
  }
  CHECK_INT(bad, 0);
}

static void test_weekday_iso_week(void) {
  int32_t wd = 0, iy = 0, wk = 0;
  rorkit_date d;
  int bad = 0;

  CHECK_OK(rorkit_calendar_weekday(&wd, D(2025, 6, 5)));
  CHECK_INT(wd, 4); /* Thursday */
  CHECK_OK(rorkit_calendar_weekday(&wd, D(2000, 1, 1)));
  CHECK_INT(wd, 6); /* Saturday */
  CHECK_OK(rorkit_calendar_weekday(&wd, D(1900, 1, 1)));
  CHECK_INT(wd, 1); /* Monday */
  CHECK_OK(rorkit_calendar_weekday(&wd, D(2025, 4, 20)));
  CHECK_INT(wd, 7); /* Easter Sunday */

  /* 2021-01-03 is a Sunday whose Thursday is 2020-12-31: week 53 of 2020 (2020 began on a
     Wednesday and is a leap year, so it has 53 weeks). */
  CHECK_OK(rorkit_calendar_iso_week(&iy, &wk, D(2021, 1, 3)));
  CHECK_INT(iy, 2020);
  CHECK_INT(wk, 53);
  /* 2026 begins on a Thursday, so it has 53 weeks and 2026-12-31 (a Thursday) is in week 53. */
  CHECK_OK(rorkit_calendar_iso_week(&iy, &wk, D(2026, 12, 31)));
  CHECK_INT(iy, 2026);
  CHECK_INT(wk, 53);
  /* 2024-12-30 is the Monday of the week holding Wednesday 2025-01-01: 2025 week 1. */
  CHECK_OK(rorkit_calendar_iso_week(&iy, &wk, D(2024, 12, 30)));
  CHECK_INT(iy, 2025);
  CHECK_INT(wk, 1);
  CHECK_OK(rorkit_calendar_iso_week(&iy, &wk, D(2026, 1, 1)));
  CHECK_INT(iy, 2026);
  CHECK_INT(wk, 1);
  /* 2027-01-01 is a Friday whose Thursday is 2026-12-31. */
  CHECK_OK(rorkit_calendar_iso_week(&iy, &wk, D(2027, 1, 3)));
  CHECK_INT(iy, 2026);
  CHECK_INT(wk, 53);
  CHECK_OK(rorkit_calendar_iso_week(&iy, &wk, D(2027, 1, 4)));
  CHECK_INT(iy, 2027);
  CHECK_INT(wk, 1);

  /* Every day of 1990-2040 against Sakamoto, and ISO weeks by their definition: the week's
     Thursday fixes the ISO year, and the week number is 1 + (days from 1 January of that year
     to the Thursday) / 7. */
  for (d = D(1990, 1, 1); d.year <= 2040; d = next_day(d)) {
    int w = own_weekday(d);
    rorkit_date thursday = add_days(d, 4 - w), jan1 = D(thursday.year, 1, 1);
    int days = 0, expected_week;
    rorkit_date x;
    for (x = jan1; date_cmp(x, thursday) < 0; x = next_day(x)) ++days;
    expected_week = days / 7 + 1;
    if (rorkit_calendar_weekday(&wd, d) != RORKIT_OK || wd != w ||
        rorkit_calendar_iso_week(&iy, &wk, d) != RORKIT_OK || iy != thursday.year ||
        wk != expected_week) {
      if (bad++ < 5)
        fprintf(stderr, "    %04d-%02d-%02d: weekday %d (%d), ISO %d-W%d (%d-W%d)\n",
                (int)d.year, (int)d.month, (int)d.day, (int)wd, w, (int)iy, (int)wk,
                (int)thursday.year, expected_week);
    }
  }
  CHECK_INT(bad, 0);
}

/* ---- working days ----------------------------------------------------------------------------- */

static void test_working_days(void) {
  rorkit_calendar *cal = NULL, *workish = NULL;
  int w = -1;
  int64_t n = -1;
  rorkit_date out;

  CHECK_OK(rorkit_calendar_create(&cal));
  CHECK_OK(rorkit_calendar_create(&workish));
  CHECK_OK(rorkit_calendar_set_customary_days_off(workish, 0));

  /* Grundlovsdag 2025 is a Thursday: a day off by default, a working day when customary days are
     working days. The default calendar (NULL) and a fresh calendar agree. */
  CHECK_OK(rorkit_calendar_is_working_day(&w, NULL, D(2025, 6, 5)));
  CHECK_INT(w, 0);
  CHECK_OK(rorkit_calendar_is_working_day(&w, cal, D(2025, 6, 5)));
  CHECK_INT(w, 0);
  CHECK_OK(rorkit_calendar_is_working_day(&w, workish, D(2025, 6, 5)));
  CHECK_INT(w, 1);
  /* Juleaftensdag 2025 (Wednesday) likewise; juledag (Thursday) is never a working day. */
  CHECK_OK(rorkit_calendar_is_working_day(&w, NULL, D(2025, 12, 24)));
  CHECK_INT(w, 0);
  CHECK_OK(rorkit_calendar_is_working_day(&w, workish, D(2025, 12, 24)));
  CHECK_INT(w, 1);
  CHECK_OK(rorkit_calendar_is_working_day(&w, workish, D(2025, 12, 25)));
  CHECK_INT(w, 0);
  CHECK_OK(rorkit_calendar_is_working_day(&w, NULL, D(2025, 6, 4)));
  CHECK_INT(w, 1);
  CHECK_OK(rorkit_calendar_is_working_day(&w, NULL, D(2025, 6, 7))); /* Saturday */
  CHECK_INT(w, 0);
  /* Setting it back to 1 restores the default. */
  CHECK_OK(rorkit_calendar_set_customary_days_off(cal, 0));
  CHECK_OK(rorkit_calendar_set_customary_days_off(cal, 1));
  CHECK_OK(rorkit_calendar_is_working_day(&w, cal, D(2025, 6, 5)));
  CHECK_INT(w, 0);

  /* Adding: Wednesday 4 June 2025 + 1 skips grundlovsdag (default) to Friday 6 June. */
  CHECK_OK(rorkit_calendar_add_working_days(&out, NULL, D(2025, 6, 4), 1));
  CHECK_DATE(out, 2025, 6, 6);
  CHECK_OK(rorkit_calendar_add_working_days(&out, workish, D(2025, 6, 4), 1));
  CHECK_DATE(out, 2025, 6, 5);
  /* Friday 6 June + 1: weekend, then 2. pinsedag Monday 9 June, so Tuesday 10 June. */
  CHECK_OK(rorkit_calendar_add_working_days(&out, NULL, D(2025, 6, 6), 1));
  CHECK_DATE(out, 2025, 6, 10);
  /* Easter 2025: Wednesday 16 April + 1 = Tuesday 22 April (17, 18, 21 are holidays). */
  CHECK_OK(rorkit_calendar_add_working_days(&out, NULL, D(2025, 4, 16), 1));
  CHECK_DATE(out, 2025, 4, 22);
  CHECK_OK(rorkit_calendar_add_working_days(&out, NULL, D(2025, 4, 22), -1));
  CHECK_DATE(out, 2025, 4, 16);
  /* n == 0 gives d itself, even on a holiday. */
  CHECK_OK(rorkit_calendar_add_working_days(&out, NULL, D(2025, 4, 18), 0));
  CHECK_DATE(out, 2025, 4, 18);
  /* Across New Year: Tuesday 30 Dec 2025 + 1 skips 31 Dec (customary) and 1 Jan to 2 Jan 2026;
     with customary days working it is 31 Dec. */
  CHECK_OK(rorkit_calendar_add_working_days(&out, NULL, D(2025, 12, 30), 1));
  CHECK_DATE(out, 2026, 1, 2);
  CHECK_OK(rorkit_calendar_add_working_days(&out, workish, D(2025, 12, 30), 1));
  CHECK_DATE(out, 2025, 12, 31);
  CHECK_OK(rorkit_calendar_add_working_days(&out, NULL, D(2026, 1, 2), -1));
  CHECK_DATE(out, 2025, 12, 30);
  /* 250 working days in 2025 (below): the 250th after 31 Dec 2024 is the last working day of
     2025, Tuesday 30 Dec. */
  CHECK_OK(rorkit_calendar_add_working_days(&out, NULL, D(2024, 12, 31), 250));
  CHECK_DATE(out, 2025, 12, 30);
  CHECK_OK(rorkit_calendar_add_working_days(&out, NULL, D(2026, 1, 1), -250));
  CHECK_DATE(out, 2025, 1, 2);

  /* Counting. Week of 2 June 2025 (Mon-Sun): 5 weekdays, Thursday is grundlovsdag. */
  CHECK_OK(rorkit_calendar_count_working_days(&n, NULL, D(2025, 6, 2), D(2025, 6, 8)));
  CHECK_INT(n, 4);
  CHECK_OK(rorkit_calendar_count_working_days(&n, workish, D(2025, 6, 2), D(2025, 6, 8)));
  CHECK_INT(n, 5);
  CHECK_OK(rorkit_calendar_count_working_days(&n, NULL, D(2025, 6, 5), D(2025, 6, 5)));
  CHECK_INT(n, 0);
  CHECK_OK(rorkit_calendar_count_working_days(&n, NULL, D(2025, 6, 6), D(2025, 6, 6)));
  CHECK_INT(n, 1);
  /* 2025 starts on a Wednesday and has 365 = 52 * 7 + 1 days, so 52 * 5 + 1 = 261 weekdays.
     Public holidays on weekdays: 1/1, 17/4, 18/4, 21/4, 29/5, 9/6, 25/12, 26/12 (8);
     customary days on weekdays: 5/6 Thu, 24/12 Wed, 31/12 Wed (3). 261 - 11 = 250, or 253. */
  CHECK_OK(rorkit_calendar_count_working_days(&n, NULL, D(2025, 1, 1), D(2025, 12, 31)));
  CHECK_INT(n, 250);
  CHECK_OK(rorkit_calendar_count_working_days(&n, workish, D(2025, 1, 1), D(2025, 12, 31)));
  CHECK_INT(n, 253);
  /* 2023 starts on a Sunday, 52 * 5 = 260 weekdays (31 Dec is a Sunday). Weekday public
     holidays: 6/4, 7/4, 10/4, 5/5 (store bededag), 18/5, 29/5, 25/12, 26/12 (8); 1/1, 24/12,
     31/12 are Sundays; grundlovsdag is a Monday (1). 260 - 9 = 251, or 252. */
  CHECK_OK(rorkit_calendar_count_working_days(&n, NULL, D(2023, 1, 1), D(2023, 12, 31)));
  CHECK_INT(n, 251);
  CHECK_OK(rorkit_calendar_count_working_days(&n, workish, D(2023, 1, 1), D(2023, 12, 31)));
  CHECK_INT(n, 252);

  /* Whole years 1990-2040 and a multi-year span against the independent model. */
  {
    int y, bad = 0;
    long long total = 0;
    for (y = 1990; y <= 2040; ++y) {
      int c;
      for (c = 0; c <= 1; ++c) {
        long long expected = 0;
        rorkit_date d;
        for (d = D(y, 1, 1); d.year == y; d = next_day(d)) expected += own_is_working_day(d, !c);
        if (!c) total += expected;
        if (rorkit_calendar_count_working_days(&n, c ? workish : NULL, D(y, 1, 1),
                                               D(y, 12, 31)) != RORKIT_OK ||
            n != expected) {
          if (bad++ < 5)
            fprintf(stderr, "    %d (customary working %d): %lld, expected %lld\n", y, c,
                    (long long)n, expected);
        }
      }
    }
    CHECK_INT(bad, 0);
    CHECK_OK(rorkit_calendar_count_working_days(&n, NULL, D(1990, 1, 1), D(2040, 12, 31)));
    CHECK_INT(n, total);
  }

  /* is_working_day on every day 1900-2200 and add_working_days(+1/-1) on every day 2020-2030,
     both against the model. */
  {
    rorkit_date d;
    int bad = 0;
    for (d = D(1900, 1, 1); d.year <= 2200; d = next_day(d)) {
      int got = -1, got2 = -1;
      if (rorkit_calendar_is_working_day(&got, NULL, d) != RORKIT_OK ||
          got != own_is_working_day(d, 1) ||
          rorkit_calendar_is_working_day(&got2, workish, d) != RORKIT_OK ||
          got2 != own_is_working_day(d, 0)) {
        if (bad++ < 5)
          fprintf(stderr, "    is_working_day %04d-%02d-%02d: %d/%d\n", (int)d.year,
                  (int)d.month, (int)d.day, got, got2);
      }
    }
    CHECK_INT(bad, 0);
    bad = 0;
    for (d = D(2020, 1, 1); d.year <= 2030; d = next_day(d)) {
      rorkit_date fwd = next_day(d), back = prev_day(d);
      while (!own_is_working_day(fwd, 1)) fwd = next_day(fwd);
      while (!own_is_working_day(back, 1)) back = prev_day(back);
      if (rorkit_calendar_add_working_days(&out, NULL, d, 1) != RORKIT_OK ||
          !date_eq(out, fwd) || rorkit_calendar_add_working_days(&out, NULL, d, -1) != RORKIT_OK ||
          !date_eq(out, back)) {
        if (bad++ < 5)
          fprintf(stderr, "    add_working_days around %04d-%02d-%02d\n", (int)d.year,
                  (int)d.month, (int)d.day);
      }
    }
    CHECK_INT(bad, 0);
  }

  /* count and add are consistent: adding the count of (d, d+k] to d lands on the last working
     day of that span. */
  {
    int64_t k;
    int bad = 0;
    for (k = 1; k <= 400; k += 7) {
      rorkit_date first = D(2024, 11, 15), last = first, target;
      int64_t i;
      for (i = 0; i < k; ++i) last = next_day(last);
      target = last;
      while (!own_is_working_day(target, 1)) target = prev_day(target);
      if (rorkit_calendar_count_working_days(&n, NULL, next_day(first), last) != RORKIT_OK ||
          rorkit_calendar_add_working_days(&out, NULL, first, n) != RORKIT_OK ||
          (n > 0 && !date_eq(out, target))) {
        if (bad++ < 5) fprintf(stderr, "    count/add consistency at k = %lld\n", (long long)k);
      }
    }
    CHECK_INT(bad, 0);
  }

  rorkit_calendar_free(cal);
  rorkit_calendar_free(workish);
}

/* ---- school breaks and phase windows ---------------------------------------------------------- */

static void check_break(const rorkit_calendar *cal, const char *municipality, int32_t kind,
                        int32_t year, rorkit_date first, rorkit_date last, int overridden,
                        int line) {
  rorkit_date_range r;
  int ov = -1;
  int ok;
  memset(&r, 0, sizeof r);
  ok = rorkit_calendar_school_break(&r, &ov, cal, municipality, kind, year) == RORKIT_OK &&
       date_eq(r.first, first) && date_eq(r.last, last) && ov == overridden;
  if (!CHECK(ok))
    fprintf(stderr,
            "    (line %d) %s kind %d %d: %04d-%02d-%02d..%04d-%02d-%02d overridden %d: %s\n",
            line, municipality ? municipality : "(default)", (int)kind, (int)year,
            (int)r.first.year, (int)r.first.month, (int)r.first.day, (int)r.last.year,
            (int)r.last.month, (int)r.last.day, ov, rorkit_last_error());
}
#define CHECK_BREAK(cal, m, kind, year, first, last, ov) \
  check_break((cal), (m), (kind), (year), (first), (last), (ov), __LINE__)

static void check_window(const rorkit_phase_window *w, int32_t year, int32_t season,
                         rorkit_date first, rorkit_date last, int64_t working_days, int line) {
  int ok = w->year == year && w->season == season && date_eq(w->first, first) &&
           date_eq(w->last, last) && (working_days < 0 || w->working_days == working_days);
  if (!CHECK(ok))
    fprintf(stderr,
            "    (line %d) window %d/%d %04d-%02d-%02d..%04d-%02d-%02d, %lld working days; "
            "expected %d/%d %04d-%02d-%02d..%04d-%02d-%02d, %lld\n",
            line, (int)w->year, (int)w->season, (int)w->first.year, (int)w->first.month,
            (int)w->first.day, (int)w->last.year, (int)w->last.month, (int)w->last.day,
            (long long)w->working_days, (int)year, (int)season, (int)first.year,
            (int)first.month, (int)first.day, (int)last.year, (int)last.month, (int)last.day,
            (long long)working_days);
}
#define CHECK_WINDOW(w, year, season, first, last, wd) \
  check_window((w), (year), (season), (first), (last), (wd), __LINE__)

/* Both phase windows of a year; their working_days must equal the day-by-day count. */
static void get_windows(rorkit_phase_window out[2], const rorkit_calendar *cal,
                        const char *municipality, int32_t year) {
  size_t count = 0;
  memset(out, 0, 2 * sizeof *out);
  CHECK_OK(rorkit_calendar_phase_windows(out, 2, &count, cal, municipality, year));
  CHECK_INT(count, 2);
  CHECK_INT(out[0].working_days, brute_count(cal, out[0].first, out[0].last));
  CHECK_INT(out[1].working_days, brute_count(cal, out[1].first, out[1].last));
}

static void test_school_breaks(void) {
  rorkit_calendar *cal = NULL, *copy = NULL;
  rorkit_phase_window w[3];
  rorkit_phase_window before[2], after[2];
  size_t count = 0;
  enum { S = RORKIT_BREAK_SUMMER, X = RORKIT_BREAK_CHRISTMAS };
  enum { SPRING = RORKIT_SEASON_SPRING, AUTUMN = RORKIT_SEASON_AUTUMN };

  /* Defaults (DOMAIN.md §5): summer = Saturday of ISO week 26 -> Sunday of ISO week 32;
     Christmas = 20 Dec -> 3 Jan. 2026 begins on a Thursday, so ISO week 1 starts Monday
     2025-12-29, week 26 starts 2025-12-29 + 175 days = 2026-06-22 (Saturday 27 June), week 32
     starts 2026-08-03 (Sunday 9 August). */
  CHECK_BREAK(NULL, NULL, S, 2026, D(2026, 6, 27), D(2026, 8, 9), 0);
  CHECK_BREAK(NULL, "", S, 2026, D(2026, 6, 27), D(2026, 8, 9), 0);
  CHECK_BREAK(NULL, NULL, X, 2026, D(2026, 12, 20), D(2027, 1, 3), 0);
  CHECK_BREAK(NULL, "Tønder", S, 2026, D(2026, 6, 27), D(2026, 8, 9), 0);
  /* 2024 begins on a Monday: week 26 starts 24 June (Saturday 29 June), week 32 starts 5 August
     (Sunday 11 August). 2025 begins on a Wednesday: week 1 starts 2024-12-30, week 26 starts
     23 June (Saturday 28 June), week 32 starts 4 August (Sunday 10 August). */
  CHECK_BREAK(NULL, NULL, S, 2024, D(2024, 6, 29), D(2024, 8, 11), 0);
  CHECK_BREAK(NULL, NULL, S, 2025, D(2025, 6, 28), D(2025, 8, 10), 0);
  /* overridden may be NULL */
  {
    rorkit_date_range r;
    CHECK_OK(rorkit_calendar_school_break(&r, NULL, NULL, NULL, S, 2026));
    CHECK_DATE(r.first, 2026, 6, 27);
  }

  /* Phase windows 2026 on the default calendar: spring from the day after Christmas 2025
     (ends 3 Jan) to the day before summer; autumn from the day after summer to the day before
     Christmas.
     Spring 2026-01-04 (Sun) .. 2026-06-26 (Fri): Mon 5 Jan .. Sun 28 Jun is 25 whole weeks,
     125 weekdays; Easter 2026 is 5 April, so 2/4, 3/4, 6/4, 14/5 (Kr. himmelfart), 25/5
     (2. pinse) and 5/6 (grundlovsdag, a Friday) are off: 119.
     Autumn 2026-08-10 (Mon) .. 2026-12-19 (Sat): 132 days = 18 weeks + Mon-Sat, 90 + 5 = 95,
     no holidays in between. */
  get_windows(w, NULL, NULL, 2026);
  CHECK_WINDOW(&w[0], 2026, SPRING, D(2026, 1, 4), D(2026, 6, 26), 119);
  CHECK_WINDOW(&w[1], 2026, AUTUMN, D(2026, 8, 10), D(2026, 12, 19), 95);
  /* With grundlovsdag a working day, spring 2026 has one more. */
  CHECK_OK(rorkit_calendar_create(&cal));
  CHECK_OK(rorkit_calendar_set_customary_days_off(cal, 0));
  get_windows(w, cal, NULL, 2026);
  CHECK_WINDOW(&w[0], 2026, SPRING, D(2026, 1, 4), D(2026, 6, 26), 120);
  CHECK_WINDOW(&w[1], 2026, AUTUMN, D(2026, 8, 10), D(2026, 12, 19), 95);
  rorkit_calendar_free(cal);
  cal = NULL;

  /* Buffer rules for phase windows. */
  CHECK_FAIL(rorkit_calendar_phase_windows(NULL, 0, &count, NULL, NULL, 2026),
             RORKIT_ERROR_BUFFER_TOO_SMALL, "rorkit_calendar_phase_windows", NULL);
  CHECK_INT(count, 2);
  memset(w, 0x5A, sizeof w);
  {
    rorkit_phase_window sentinel[3];
    memcpy(sentinel, w, sizeof w);
    CHECK_FAIL(rorkit_calendar_phase_windows(w, 1, &count, NULL, NULL, 2026),
               RORKIT_ERROR_BUFFER_TOO_SMALL, NULL, NULL);
    CHECK_INT(count, 2);
    CHECK(memcmp(w, sentinel, sizeof w) == 0);
    CHECK_OK(rorkit_calendar_phase_windows(w, 3, &count, NULL, NULL, 2026));
    CHECK_INT(count, 2);
    CHECK(memcmp(&w[2], &sentinel[2], sizeof w[2]) == 0);
  }

  /* phase_window_at: inside a window, inside summer (-> autumn), inside Christmas (-> next
     spring), and on the edges. */
  {
    rorkit_phase_window a;
    CHECK_OK(rorkit_calendar_phase_window_at(&a, NULL, NULL, D(2026, 7, 15)));
    CHECK_WINDOW(&a, 2026, AUTUMN, D(2026, 8, 10), D(2026, 12, 19), 95);
    CHECK_OK(rorkit_calendar_phase_window_at(&a, NULL, NULL, D(2026, 6, 27)));
    CHECK_WINDOW(&a, 2026, AUTUMN, D(2026, 8, 10), D(2026, 12, 19), 95);
    CHECK_OK(rorkit_calendar_phase_window_at(&a, NULL, NULL, D(2026, 6, 26)));
    CHECK_WINDOW(&a, 2026, SPRING, D(2026, 1, 4), D(2026, 6, 26), 119);
    CHECK_OK(rorkit_calendar_phase_window_at(&a, NULL, NULL, D(2026, 3, 1)));
    CHECK_WINDOW(&a, 2026, SPRING, D(2026, 1, 4), D(2026, 6, 26), 119);
    CHECK_OK(rorkit_calendar_phase_window_at(&a, NULL, "", D(2026, 1, 2)));
    CHECK_WINDOW(&a, 2026, SPRING, D(2026, 1, 4), D(2026, 6, 26), 119);
    /* Christmas 2026 -> spring 2027: 2027 begins on a Friday, so ISO week 1 starts Monday
       4 January and week 26 starts 28 June (Saturday 3 July): spring 2027 is 4 Jan .. 2 Jul.
       4 Jan .. 4 Jul is 26 whole weeks, 130 weekdays; Easter 2027 is 28 March: 25/3, 26/3,
       29/3, 6/5, 17/5 off; grundlovsdag is a Saturday. 125. */
    CHECK_OK(rorkit_calendar_phase_window_at(&a, NULL, NULL, D(2026, 12, 25)));
    CHECK_WINDOW(&a, 2027, SPRING, D(2027, 1, 4), D(2027, 7, 2), 125);
    CHECK_INT(a.working_days, brute_count(NULL, a.first, a.last));
  }

  /* An override for Tønder: summer 2024 was 1 July - 9 August (toender.dk ferieplan 2024/25). */
  CHECK_OK(rorkit_calendar_create(&cal));
  get_windows(before, cal, "Tønder", 2024);
  /* Default 2024: spring 4 Jan .. 28 Jun, autumn 12 Aug .. 19 Dec. Spring: Thu 4 and Fri 5 Jan,
     then Mon 8 Jan .. Sun 30 Jun = 25 whole weeks: 127 weekdays; Easter 2024 is 31 March, so
     28/3, 29/3, 1/4, 9/5, 20/5 and 5/6 (Wednesday) are off: 121. Autumn: Mon 12 Aug .. Thu
     19 Dec = 18 weeks + 4 days = 94. */
  CHECK_WINDOW(&before[0], 2024, SPRING, D(2024, 1, 4), D(2024, 6, 28), 121);
  CHECK_WINDOW(&before[1], 2024, AUTUMN, D(2024, 8, 12), D(2024, 12, 19), 94);

  CHECK_OK(rorkit_calendar_set_school_break(cal, "Tønder", S, 2024, D(2024, 7, 1),
                                            D(2024, 8, 9)));
  CHECK_BREAK(cal, "Tønder", S, 2024, D(2024, 7, 1), D(2024, 8, 9), 1);
  /* by code and by ASCII name too */
  CHECK_BREAK(cal, "550", S, 2024, D(2024, 7, 1), D(2024, 8, 9), 1);
  CHECK_BREAK(cal, "toender", S, 2024, D(2024, 7, 1), D(2024, 8, 9), 1);
  /* only Tønder, only summer, only 2024 */
  CHECK_BREAK(cal, "Aabenraa", S, 2024, D(2024, 6, 29), D(2024, 8, 11), 0);
  CHECK_BREAK(cal, NULL, S, 2024, D(2024, 6, 29), D(2024, 8, 11), 0);
  CHECK_BREAK(cal, "", S, 2024, D(2024, 6, 29), D(2024, 8, 11), 0);
  CHECK_BREAK(NULL, "Tønder", S, 2024, D(2024, 6, 29), D(2024, 8, 11), 0);
  CHECK_BREAK(cal, "Tønder", S, 2025, D(2025, 6, 28), D(2025, 8, 10), 0);
  CHECK_BREAK(cal, "Tønder", X, 2024, D(2024, 12, 20), D(2025, 1, 3), 0);

  /* Tønder's windows now end 30 June and start 10 August; the working-day counts happen to be
     the same (the moved days are 29-30 June and 10-11 August 2024, all weekend days). */
  get_windows(after, cal, "Tønder", 2024);
  CHECK_WINDOW(&after[0], 2024, SPRING, D(2024, 1, 4), D(2024, 6, 30), 121);
  CHECK_WINDOW(&after[1], 2024, AUTUMN, D(2024, 8, 10), D(2024, 12, 19), 94);
  get_windows(w, cal, "Aabenraa", 2024);
  CHECK_WINDOW(&w[0], 2024, SPRING, D(2024, 1, 4), D(2024, 6, 28), 121);
  CHECK_WINDOW(&w[1], 2024, AUTUMN, D(2024, 8, 12), D(2024, 12, 19), 94);
  {
    rorkit_phase_window a;
    /* 30 June 2024 is in Tønder's spring window but in everybody else's summer break. */
    CHECK_OK(rorkit_calendar_phase_window_at(&a, cal, "Tønder", D(2024, 6, 30)));
    CHECK_WINDOW(&a, 2024, SPRING, D(2024, 1, 4), D(2024, 6, 30), 121);
    CHECK_OK(rorkit_calendar_phase_window_at(&a, cal, NULL, D(2024, 6, 30)));
    CHECK_WINDOW(&a, 2024, AUTUMN, D(2024, 8, 12), D(2024, 12, 19), 94);
  }

  /* Invalid overrides fail and change nothing. */
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", S, 2024, D(2024, 10, 1),
                                              D(2024, 10, 20)),
             RORKIT_ERROR_INVALID_SCHOOL_BREAK, "rorkit_calendar_set_school_break", NULL);
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", S, 2024, D(2024, 8, 9),
                                              D(2024, 7, 1)),
             RORKIT_ERROR_DATE_ORDER, "rorkit_calendar_set_school_break", NULL);
  /* Summer running into Christmas 2024 (20 Dec): no day left between them. */
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", S, 2024, D(2024, 7, 1),
                                              D(2024, 12, 19)),
             RORKIT_ERROR_INVALID_SCHOOL_BREAK, NULL, NULL);
  /* Summer starting in the wrong year. */
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", S, 2024, D(2025, 7, 1),
                                              D(2025, 8, 9)),
             RORKIT_ERROR_INVALID_SCHOOL_BREAK, NULL, NULL);
  /* Christmas starting too early, and ending too late. */
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", X, 2024, D(2024, 9, 1),
                                              D(2025, 1, 3)),
             RORKIT_ERROR_INVALID_SCHOOL_BREAK, NULL, NULL);
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", X, 2024, D(2024, 12, 20),
                                              D(2025, 3, 1)),
             RORKIT_ERROR_INVALID_SCHOOL_BREAK, NULL, NULL);
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Atlantis", S, 2024, D(2024, 7, 1),
                                              D(2024, 8, 9)),
             RORKIT_ERROR_NOT_FOUND, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "Atlantis");
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", 3, 2024, D(2024, 7, 1),
                                              D(2024, 8, 9)),
             RORKIT_ERROR_INVALID_ARGUMENT, NULL, NULL);
  CHECK_FAIL(rorkit_calendar_set_school_break(cal, "Tønder", S, 2024, D(2024, 7, 1),
                                              D(2024, 8, 32)),
             RORKIT_ERROR_INVALID_DATE, "last", NULL);
  CHECK_BREAK(cal, "Tønder", S, 2024, D(2024, 7, 1), D(2024, 8, 9), 1);
  CHECK_BREAK(cal, "Tønder", X, 2024, D(2024, 12, 20), D(2025, 1, 3), 0);
  get_windows(w, cal, "Tønder", 2024);
  CHECK(memcmp(w, after, sizeof after) == 0);

  /* A valid Christmas override (Tønder 2024/25: 20 Dec - 1 Jan) moves spring 2025 forward. */
  CHECK_OK(rorkit_calendar_set_school_break(cal, "Tønder", X, 2024, D(2024, 12, 20),
                                            D(2025, 1, 1)));
  get_windows(w, cal, "Tønder", 2025);
  CHECK_WINDOW(&w[0], 2025, SPRING, D(2025, 1, 2), D(2025, 6, 27), -1);
  /* Replacing an override replaces it. */
  CHECK_OK(rorkit_calendar_set_school_break(cal, "550", S, 2024, D(2024, 6, 29),
                                            D(2024, 8, 9)));
  CHECK_BREAK(cal, "Tønder", S, 2024, D(2024, 6, 29), D(2024, 8, 9), 1);
  CHECK_OK(rorkit_calendar_set_school_break(cal, "Tønder", S, 2024, D(2024, 7, 1),
                                            D(2024, 8, 9)));

  /* clone: an independent copy with the same overrides and rules. */
  CHECK_OK(rorkit_calendar_clone(&copy, cal));
  CHECK(copy != NULL && copy != cal);
  CHECK_BREAK(copy, "Tønder", S, 2024, D(2024, 7, 1), D(2024, 8, 9), 1);
  CHECK_OK(rorkit_calendar_set_school_break(copy, "Tønder", S, 2024, D(2024, 7, 2),
                                            D(2024, 8, 9)));
  CHECK_OK(rorkit_calendar_set_customary_days_off(copy, 0));
  CHECK_BREAK(copy, "Tønder", S, 2024, D(2024, 7, 2), D(2024, 8, 9), 1);
  CHECK_BREAK(cal, "Tønder", S, 2024, D(2024, 7, 1), D(2024, 8, 9), 1);
  {
    int wd = -1;
    CHECK_OK(rorkit_calendar_is_working_day(&wd, copy, D(2025, 6, 5)));
    CHECK_INT(wd, 1);
    CHECK_OK(rorkit_calendar_is_working_day(&wd, cal, D(2025, 6, 5)));
    CHECK_INT(wd, 0);
  }
  /* ... and the original can be changed and freed without touching the copy. */
  CHECK_OK(rorkit_calendar_set_school_break(cal, "Aabenraa", S, 2024, D(2024, 7, 1),
                                            D(2024, 8, 9)));
  CHECK_BREAK(copy, "Aabenraa", S, 2024, D(2024, 6, 29), D(2024, 8, 11), 0);
  rorkit_calendar_free(cal);
  CHECK_BREAK(copy, "Tønder", S, 2024, D(2024, 7, 2), D(2024, 8, 9), 1);
  rorkit_calendar_free(copy);

  rorkit_calendar_free(NULL); /* NULL-safe */
}

/* from_iso_week and clearing an override (added after the first review). */
static void test_iso_week_dates_and_clearing(void) {
  rorkit_date d;
  rorkit_calendar *cal = NULL;
  rorkit_date_range r;
  int removed = -1, overridden = -1;
  /* 2020 has 53 ISO weeks; the Sunday of week 53 is 2021-01-03 (counted on a wall calendar). */
  CHECK_OK(rorkit_calendar_from_iso_week(&d, 2020, 53, 7));
  CHECK_DATE(d, 2021, 1, 3);
  /* Week 1 of 2026 starts Monday 2025-12-29, since 2026-01-01 is a Thursday. */
  CHECK_OK(rorkit_calendar_from_iso_week(&d, 2026, 1, 1));
  CHECK_DATE(d, 2025, 12, 29);
  CHECK_FAIL(rorkit_calendar_from_iso_week(&d, 2025, 53, 1), RORKIT_ERROR_INVALID_ARGUMENT,
             "rorkit_calendar_from_iso_week", "53");
  CHECK_FAIL(rorkit_calendar_from_iso_week(NULL, 2025, 1, 1), RORKIT_ERROR_NULL_POINTER,
             "rorkit_calendar_from_iso_week", "out");

  CHECK_OK(rorkit_calendar_create(&cal));
  CHECK_OK(rorkit_calendar_set_school_break(cal, "550", RORKIT_BREAK_SUMMER, 2024, D(2024, 7, 1),
                                            D(2024, 8, 9)));
  CHECK_OK(rorkit_calendar_clear_school_break(&removed, cal, "Tønder", RORKIT_BREAK_SUMMER, 2024));
  CHECK_INT(removed, 1);
  CHECK_OK(rorkit_calendar_clear_school_break(&removed, cal, "Tønder", RORKIT_BREAK_SUMMER, 2024));
  CHECK_INT(removed, 0);
  /* Back to the default: Saturday of ISO week 26 (2024-06-29) to Sunday of week 32 (08-11). */
  CHECK_OK(rorkit_calendar_school_break(&r, &overridden, cal, "550", RORKIT_BREAK_SUMMER, 2024));
  CHECK_DATE(r.first, 2024, 6, 29);
  CHECK_DATE(r.last, 2024, 8, 11);
  CHECK_INT(overridden, 0);
  CHECK_FAIL(rorkit_calendar_clear_school_break(&removed, NULL, "550", RORKIT_BREAK_SUMMER, 2024),
             RORKIT_ERROR_NULL_POINTER, "rorkit_calendar_clear_school_break", "cal");
  CHECK_FAIL(rorkit_calendar_clear_school_break(&removed, cal, "Atlantis", RORKIT_BREAK_SUMMER,
                                                2024),
             RORKIT_ERROR_NOT_FOUND, "rorkit_calendar_clear_school_break", "Atlantis");
  CHECK_FAIL(rorkit_calendar_clear_school_break(&removed, cal, "550", 7, 2024),
             RORKIT_ERROR_INVALID_ARGUMENT, "rorkit_calendar_clear_school_break", "kind");
  rorkit_calendar_free(cal);
}

int main(void) {
  test_iso_week_dates_and_clearing();
  test_holidays();
  test_easter();
  test_weekday_iso_week();
  test_working_days();
  test_school_breaks();
  return check_report();
}
