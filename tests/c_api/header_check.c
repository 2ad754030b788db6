/* Compiled as C99 with -Wall -Wextra -pedantic -Werror: the umbrella header must be clean. */
#include "rorkit/c/rorkit.h"

int header_check_uses_everything(void);
int header_check_uses_everything(void) {
  rorkit_date d = {2025, 6, 5};
  rorkit_string s = {0, 0};
  rorkit_status st = rorkit_date_validate(d);
  rorkit_string_free(&s);
  return (int)st + RORKIT_ABI_VERSION + RORKIT_VERSION_MAJOR;
}
