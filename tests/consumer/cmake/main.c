/* Uses the installed C ABI (shared library) and checks one answer. */
#include <stdio.h>
#include <string.h>

#include "rorkit/c/rorkit.h"

int main(void) {
  rorkit_date easter;
  if (rorkit_calendar_easter(&easter, 2025) != RORKIT_OK || easter.month != 4 || easter.day != 20)
    return 1;
  if (strcmp(rorkit_version(), RORKIT_VERSION_STRING) != 0) return 1;
  printf("C consumer: rorkit %s, ABI %u\n", rorkit_version(), (unsigned)rorkit_abi_version());
  return 0;
}
