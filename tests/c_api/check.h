/* A tiny check framework for the C ABI tests (C99).

   Every CHECK* macro counts one check. A failed check prints file:line and the expression (plus
   the values involved) to stderr and the program carries on; `return check_report();` at the end
   of main prints the totals and gives 1 when anything failed, else 0.

   The counters are plain statics: use the macros from one thread only (test_threads.c collects
   its per-thread results and checks them from the main thread). */
#ifndef RORKIT_TESTS_C_API_CHECK_H
#define RORKIT_TESTS_C_API_CHECK_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "rorkit/c/rorkit.h"

static int check_total = 0;
static int check_failed = 0;

static inline int check_fail_here(const char *file, int line, const char *expr) {
  ++check_failed;
  fprintf(stderr, "%s:%d: CHECK failed: %s\n", file, line, expr);
  return 0;
}

static inline int check_impl(int ok, const char *file, int line, const char *expr) {
  ++check_total;
  return ok ? 1 : check_fail_here(file, line, expr);
}

/* Plain boolean check. Evaluates to 1 when it passed, 0 when it failed. */
#define CHECK(expr) check_impl((expr) ? 1 : 0, __FILE__, __LINE__, #expr)

/* Integer equality, printing both values on failure. */
static inline int check_int_impl(long long actual, long long expected, const char *file, int line,
                                 const char *expr) {
  ++check_total;
  if (actual == expected) return 1;
  check_fail_here(file, line, expr);
  fprintf(stderr, "    actual %lld, expected %lld\n", actual, expected);
  return 0;
}
#define CHECK_INT(actual, expected)                                                    \
  check_int_impl((long long)(actual), (long long)(expected), __FILE__, __LINE__,       \
                 #actual " == " #expected)

/* String equality (NULL never equals anything). */
static inline int check_str_impl(const char *actual, const char *expected, const char *file,
                                 int line, const char *expr) {
  ++check_total;
  if (actual != NULL && expected != NULL && strcmp(actual, expected) == 0) return 1;
  check_fail_here(file, line, expr);
  fprintf(stderr, "    actual   \"%s\"\n    expected \"%s\"\n", actual ? actual : "(NULL)",
          expected ? expected : "(NULL)");
  return 0;
}
#define CHECK_STR(actual, expected) \
  check_str_impl((actual), (expected), __FILE__, __LINE__, #actual " == " #expected)

/* `haystack` contains `needle`. */
static inline int check_contains_impl(const char *haystack, const char *needle, const char *file,
                                      int line, const char *expr) {
  ++check_total;
  if (haystack != NULL && needle != NULL && strstr(haystack, needle) != NULL) return 1;
  check_fail_here(file, line, expr);
  fprintf(stderr, "    \"%s\" does not contain \"%s\"\n", haystack ? haystack : "(NULL)",
          needle ? needle : "(NULL)");
  return 0;
}
#define CHECK_CONTAINS(haystack, needle) \
  check_contains_impl((haystack), (needle), __FILE__, __LINE__, #haystack " contains " #needle)

/* A date, for brevity. */
static inline rorkit_date D(int32_t year, int32_t month, int32_t day) {
  rorkit_date d;
  d.year = year;
  d.month = month;
  d.day = day;
  return d;
}

static inline int date_eq(rorkit_date a, rorkit_date b) {
  return a.year == b.year && a.month == b.month && a.day == b.day;
}

static inline int check_date_impl(rorkit_date actual, rorkit_date expected, const char *file,
                                  int line, const char *expr) {
  ++check_total;
  if (date_eq(actual, expected)) return 1;
  check_fail_here(file, line, expr);
  fprintf(stderr, "    actual %04d-%02d-%02d, expected %04d-%02d-%02d\n", (int)actual.year,
          (int)actual.month, (int)actual.day, (int)expected.year, (int)expected.month,
          (int)expected.day);
  return 0;
}
/* CHECK_DATE(d, 2025, 4, 20) */
#define CHECK_DATE(actual, y, m, d) \
  check_date_impl((actual), D((y), (m), (d)), __FILE__, __LINE__, #actual " == " #y "-" #m "-" #d)

/* True when `word` occurs in `text` with no identifier character ([A-Za-z0-9_]) on either side,
   so "d" matches "d: invalid date" but not "date". */
static inline int is_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
static inline int mentions_word(const char *text, const char *word) {
  size_t n = strlen(word);
  const char *p = text;
  if (n == 0) return 1;
  while ((p = strstr(p, word)) != NULL) {
    int left_ok = p == text || !is_ident_char(p[-1]);
    int right_ok = !is_ident_char(p[n]);
    if (left_ok && right_ok) return 1;
    ++p;
  }
  return 0;
}

/* A call that must succeed: RORKIT_OK and rorkit_last_error() == "". */
static inline int check_ok_impl(rorkit_status status, const char *file, int line,
                                const char *expr) {
  const char *msg = rorkit_last_error();
  ++check_total;
  if (status == RORKIT_OK && msg != NULL && msg[0] == '\0') return 1;
  check_fail_here(file, line, expr);
  fprintf(stderr, "    status %d (%s), last error \"%s\"\n", (int)status,
          rorkit_status_str(status), msg ? msg : "(NULL)");
  return 0;
}
#define CHECK_OK(call) check_ok_impl((call), __FILE__, __LINE__, #call " succeeds")

/* A call that must fail with `expected`: the status, a non-empty rorkit_last_error(), and each
   of the (up to two, NULL = skip) words in the message (see mentions_word). */
static inline int check_fail_impl(rorkit_status status, rorkit_status expected, const char *word1,
                                  const char *word2, const char *file, int line,
                                  const char *expr) {
  const char *msg = rorkit_last_error();
  int ok = status == expected && msg != NULL && msg[0] != '\0' &&
           (word1 == NULL || mentions_word(msg, word1)) &&
           (word2 == NULL || mentions_word(msg, word2));
  ++check_total;
  if (ok) return 1;
  check_fail_here(file, line, expr);
  fprintf(stderr, "    status %d (%s), expected %d (%s)\n    last error \"%s\"\n", (int)status,
          rorkit_status_str(status), (int)expected, rorkit_status_str(expected),
          msg ? msg : "(NULL)");
  if (word1 || word2)
    fprintf(stderr, "    message should mention \"%s\" and \"%s\"\n", word1 ? word1 : "",
            word2 ? word2 : "");
  return 0;
}
#define CHECK_FAIL(call, expected, word1, word2) \
  check_fail_impl((call), (expected), (word1), (word2), __FILE__, __LINE__, #call " fails with " #expected)

/* Prints the totals; the exit status for main. */
static inline int check_report(void) {
  if (check_failed == 0)
    printf("all %d checks passed\n", check_total);
  else
    printf("%d of %d checks FAILED\n", check_failed, check_total);
  return check_failed == 0 ? 0 : 1;
}

#endif
