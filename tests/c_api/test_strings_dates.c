/* Dates across the ABI (rorkit_date_parse / format / validate) and owned strings
   (rorkit_string_free). Expected values follow the Gregorian leap rule: divisible by 4, except
   centuries, except centuries divisible by 400. */
#include <stdio.h>
#include <string.h>

#include "check.h"

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

static void test_parse(void) {
  rorkit_date d = D(0, 0, 0);

  /* Leap days: 2024 and 2000 (divisible by 400) have one, 2023 and 1900 (a century) do not. */
  CHECK_OK(rorkit_date_parse(&d, "2024-02-29"));
  CHECK_DATE(d, 2024, 2, 29);
  CHECK_OK(rorkit_date_parse(&d, "2000-02-29"));
  CHECK_DATE(d, 2000, 2, 29);
  CHECK_FAIL(rorkit_date_parse(&d, "2023-02-29"), RORKIT_ERROR_INVALID_DATE, "rorkit_date_parse",
             NULL);
  CHECK_CONTAINS(rorkit_last_error(), "2023-02-29");
  CHECK_FAIL(rorkit_date_parse(&d, "1900-02-29"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2100-02-29"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_OK(rorkit_date_parse(&d, "2400-02-29"));
  CHECK_DATE(d, 2400, 2, 29);

  /* Ordinary dates and the ends of the supported range (years 1-9999). */
  CHECK_OK(rorkit_date_parse(&d, "2025-04-01"));
  CHECK_DATE(d, 2025, 4, 1);
  CHECK_OK(rorkit_date_parse(&d, "0001-01-01"));
  CHECK_DATE(d, 1, 1, 1);
  CHECK_OK(rorkit_date_parse(&d, "9999-12-31"));
  CHECK_DATE(d, 9999, 12, 31);

  /* Not real dates. */
  CHECK_FAIL(rorkit_date_parse(&d, "2025-13-01"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2025-00-10"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2025-04-00"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2025-04-31"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2025-01-32"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "0000-01-01"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);

  /* Exactly YYYY-MM-DD and nothing else. */
  CHECK_FAIL(rorkit_date_parse(&d, "2025-4-1"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "2025-4-1");
  CHECK_FAIL(rorkit_date_parse(&d, "2025-04-1"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "25-04-01"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "20250401"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2025/04/01"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2025-04-01 "), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, " 2025-04-01"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2025-04-01T00:00"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "+025-04-01"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2025-+4-01"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, "2025-04-0x"), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_parse(&d, ""), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  /* Full-width digits are not ASCII digits. */
  CHECK_FAIL(rorkit_date_parse(&d, "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x95-04-01"),
             RORKIT_ERROR_INVALID_DATE, NULL, NULL);

  /* Bytes that are not UTF-8 are refused as such, before any parsing. */
  CHECK_FAIL(rorkit_date_parse(&d, "2025-04-0\xff"), RORKIT_ERROR_INVALID_UTF8, "iso", NULL);

  /* A successful parse clears the previous error. */
  CHECK_OK(rorkit_date_parse(&d, "2026-12-31"));
  CHECK_STR(rorkit_last_error(), "");
}

static void test_format(void) {
  char buf[32];
  char sentinel[32];

  memset(buf, 'x', sizeof buf);
  CHECK_OK(rorkit_date_format(buf, sizeof buf, D(2025, 4, 1)));
  CHECK_STR(buf, "2025-04-01");
  CHECK_OK(rorkit_date_format(buf, sizeof buf, D(1, 1, 1)));
  CHECK_STR(buf, "0001-01-01");
  CHECK_OK(rorkit_date_format(buf, sizeof buf, D(9999, 12, 31)));
  CHECK_STR(buf, "9999-12-31");

  /* Exactly RORKIT_DATE_ISO_SIZE (10 characters and the NUL) is enough ... */
  CHECK_INT(RORKIT_DATE_ISO_SIZE, 11);
  memset(buf, 'x', sizeof buf);
  CHECK_OK(rorkit_date_format(buf, RORKIT_DATE_ISO_SIZE, D(2024, 2, 29)));
  CHECK_STR(buf, "2024-02-29");
  CHECK(buf[11] == 'x'); /* nothing beyond the NUL */

  /* ... one less is too small, and then nothing at all is written. */
  memset(buf, 'x', sizeof buf);
  memcpy(sentinel, buf, sizeof buf);
  CHECK_FAIL(rorkit_date_format(buf, 10, D(2024, 2, 29)), RORKIT_ERROR_BUFFER_TOO_SMALL,
             "rorkit_date_format", NULL);
  CHECK(memcmp(buf, sentinel, sizeof buf) == 0);
  CHECK_FAIL(rorkit_date_format(buf, 0, D(2024, 2, 29)), RORKIT_ERROR_BUFFER_TOO_SMALL, NULL,
             NULL);
  CHECK(memcmp(buf, sentinel, sizeof buf) == 0);

  /* An invalid date is refused before anything is written. */
  CHECK_FAIL(rorkit_date_format(buf, sizeof buf, D(2023, 2, 29)), RORKIT_ERROR_INVALID_DATE,
             "date", NULL);
  CHECK(memcmp(buf, sentinel, sizeof buf) == 0);
  CHECK_FAIL(rorkit_date_format(buf, sizeof buf, D(2025, 13, 1)), RORKIT_ERROR_INVALID_DATE,
             "date", NULL);
  CHECK(memcmp(buf, sentinel, sizeof buf) == 0);

  CHECK_FAIL(rorkit_date_format(NULL, 11, D(2025, 4, 1)), RORKIT_ERROR_NULL_POINTER,
             "rorkit_date_format", "dst");
}

static void test_validate(void) {
  CHECK_OK(rorkit_date_validate(D(2024, 2, 29)));
  CHECK_OK(rorkit_date_validate(D(2000, 2, 29)));
  CHECK_OK(rorkit_date_validate(D(2400, 2, 29)));
  CHECK_FAIL(rorkit_date_validate(D(2023, 2, 29)), RORKIT_ERROR_INVALID_DATE,
             "rorkit_date_validate", "date");
  CHECK_FAIL(rorkit_date_validate(D(1900, 2, 29)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(2100, 2, 29)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(2025, 13, 1)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "13");
  CHECK_FAIL(rorkit_date_validate(D(2025, 0, 1)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(2025, -1, 1)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(2025, 4, 31)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(2025, 4, 0)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(2025, 1, 32)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(0, 1, 1)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(-2025, 1, 1)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(10000, 1, 1)), RORKIT_ERROR_INVALID_DATE, NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(INT32_MAX, INT32_MAX, INT32_MAX)), RORKIT_ERROR_INVALID_DATE,
             NULL, NULL);
  CHECK_FAIL(rorkit_date_validate(D(INT32_MIN, INT32_MIN, INT32_MIN)), RORKIT_ERROR_INVALID_DATE,
             NULL, NULL);
  CHECK_OK(rorkit_date_validate(D(1, 1, 1)));
  CHECK_OK(rorkit_date_validate(D(9999, 12, 31)));

  /* Every day of a few years against our own month lengths, including day 0 and the day after
     the last one of every month. */
  {
    static const int years[] = {1900, 2000, 2023, 2024, 2100};
    size_t i;
    int bad = 0;
    for (i = 0; i < sizeof years / sizeof years[0]; ++i) {
      int y = years[i], m, day;
      for (m = 1; m <= 12; ++m)
        for (day = 0; day <= 32; ++day) {
          int valid = day >= 1 && day <= days_in_month(y, m);
          rorkit_status s = rorkit_date_validate(D(y, m, day));
          if ((s == RORKIT_OK) != valid || (!valid && s != RORKIT_ERROR_INVALID_DATE)) {
            if (bad++ < 5) fprintf(stderr, "    validate %04d-%02d-%02d gave %d\n", y, m, day, s);
          }
        }
    }
    CHECK_INT(bad, 0);
  }
}

/* format and parse are inverses over every day of a leap year and of a common year. */
static void test_round_trip(void) {
  static const int years[] = {2024, 2025};
  size_t i;
  int bad = 0;
  for (i = 0; i < sizeof years / sizeof years[0]; ++i) {
    int y = years[i], m, day;
    for (m = 1; m <= 12; ++m)
      for (day = 1; day <= days_in_month(y, m); ++day) {
        char buf[RORKIT_DATE_ISO_SIZE];
        char expected[32];
        rorkit_date back = D(0, 0, 0);
        snprintf(expected, sizeof expected, "%04d-%02d-%02d", y, m, day);
        if (rorkit_date_format(buf, sizeof buf, D(y, m, day)) != RORKIT_OK ||
            strcmp(buf, expected) != 0 || rorkit_date_parse(&back, buf) != RORKIT_OK ||
            !date_eq(back, D(y, m, day))) {
          if (bad++ < 5) fprintf(stderr, "    round trip of %s failed\n", expected);
        }
      }
  }
  CHECK_INT(bad, 0);
}

static void test_strings(void) {
  rorkit_string s;

  /* A zero-initialised string is empty and safe to free, twice. */
  memset(&s, 0, sizeof s);
  rorkit_string_free(&s);
  CHECK(s.data == NULL && s.size == 0);
  rorkit_string_free(&s);
  CHECK(s.data == NULL && s.size == 0);
  {
    rorkit_string z = {0, 0};
    rorkit_string_free(&z);
    CHECK(z.data == NULL && z.size == 0);
  }
  /* NULL is fine too. */
  rorkit_string_free(NULL);

  /* A string the library made: freeing resets it, and a second free is harmless. */
  {
    rorkit_ical *ical = NULL;
    CHECK_OK(rorkit_ical_create(&ical));
    CHECK_OK(rorkit_ical_write(&s, ical));
    CHECK(s.data != NULL && s.size > 0);
    CHECK(s.data != NULL && strlen(s.data) == s.size);
    rorkit_string_free(&s);
    CHECK(s.data == NULL && s.size == 0);
    rorkit_string_free(&s);
    CHECK(s.data == NULL && s.size == 0);
    rorkit_ical_free(ical);
  }
}

int main(void) {
  test_parse();
  test_format();
  test_validate();
  test_round_trip();
  test_strings();
  return check_report();
}
