/* Versions: the macros of the generated header agree with each other and with the library that
   was loaded at run time. */
#include <stdio.h>
#include <string.h>

#include "check.h"

/* The macros must be usable by the preprocessor, which is how callers gate on them. */
#if !defined(RORKIT_VERSION_MAJOR) || !defined(RORKIT_VERSION_MINOR) || \
    !defined(RORKIT_VERSION_PATCH) || !defined(RORKIT_VERSION_STRING) || \
    !defined(RORKIT_VERSION_NUMBER) || !defined(RORKIT_ABI_VERSION)
#error "a RORKIT_VERSION_* or RORKIT_ABI_VERSION macro is missing"
#endif
#if RORKIT_VERSION_NUMBER != RORKIT_VERSION_MAJOR * 10000 + RORKIT_VERSION_MINOR * 100 + \
                                 RORKIT_VERSION_PATCH
#error "RORKIT_VERSION_NUMBER is not 10000 * major + 100 * minor + patch"
#endif
#if RORKIT_ABI_VERSION < 1
#error "RORKIT_ABI_VERSION must be at least 1"
#endif

int main(void) {
  char expected[64];
  const char *v;

  /* Run time equals compile time: this test is built against the very library it loads. */
  v = rorkit_version();
  CHECK(v != NULL);
  CHECK_STR(v, RORKIT_VERSION_STRING);
  CHECK_INT(rorkit_abi_version(), RORKIT_ABI_VERSION);

  /* The string is exactly "major.minor.patch" built from the parts. */
  snprintf(expected, sizeof expected, "%d.%d.%d", RORKIT_VERSION_MAJOR, RORKIT_VERSION_MINOR,
           RORKIT_VERSION_PATCH);
  CHECK_STR(RORKIT_VERSION_STRING, expected);

  /* The number is unambiguous only while minor and patch stay below 100. */
  CHECK(RORKIT_VERSION_MAJOR >= 0);
  CHECK(RORKIT_VERSION_MINOR >= 0 && RORKIT_VERSION_MINOR < 100);
  CHECK(RORKIT_VERSION_PATCH >= 0 && RORKIT_VERSION_PATCH < 100);
  CHECK_INT(RORKIT_VERSION_NUMBER, RORKIT_VERSION_MAJOR * 10000 + RORKIT_VERSION_MINOR * 100 +
                                       RORKIT_VERSION_PATCH);
  CHECK_INT(RORKIT_VERSION_NUMBER / 10000, RORKIT_VERSION_MAJOR);
  CHECK_INT(RORKIT_VERSION_NUMBER / 100 % 100, RORKIT_VERSION_MINOR);
  CHECK_INT(RORKIT_VERSION_NUMBER % 100, RORKIT_VERSION_PATCH);

  /* The same pointer-stable static string every time. */
  CHECK(rorkit_version() == rorkit_version());

  /* Both are calls, so both clear the thread's last error. */
  {
    rorkit_date d;
    CHECK(rorkit_date_parse(&d, "not a date") != RORKIT_OK);
    CHECK(rorkit_last_error()[0] != '\0');
    (void)rorkit_version();
    CHECK_STR(rorkit_last_error(), "");
    CHECK(rorkit_date_parse(&d, "not a date") != RORKIT_OK);
    CHECK(rorkit_last_error()[0] != '\0');
    (void)rorkit_abi_version();
    CHECK_STR(rorkit_last_error(), "");
  }

  return check_report();
}
