/* Plans meetings on the Danish calendar through the C ABI: the holidays of a year, a
   municipality's region, the phase windows between school breaks and an .ics file.
   Build: cc calendar.c $(pkg-config --cflags --libs rorkit) */
#include <stdio.h>
#include <stdlib.h>

#include "rorkit/c/rorkit.h"

/* Prints the failed call's status and message, then exits. */
static void check(rorkit_status st, const char *what) {
  if (st != RORKIT_OK) {
    fprintf(stderr, "%s failed: %s: %s\n", what, rorkit_status_str(st), rorkit_last_error());
    exit(1);
  }
}

int main(void) {
  rorkit_holiday days[RORKIT_MAX_HOLIDAYS_PER_YEAR];
  size_t n = 0, i;
  char iso[RORKIT_DATE_ISO_SIZE];
  rorkit_municipality m;
  rorkit_date on = {2026, 11, 23};
  rorkit_calendar *cal = NULL;
  rorkit_phase_window windows[2];
  rorkit_ical *ics = NULL;
  rorkit_string text = {NULL, 0};
  rorkit_date meeting;
  rorkit_ical_options opts = {RORKIT_ICAL_OPTIONS_VERSION, NULL, "20261123T090000Z", NULL,
                              "Udviklingsforløb"};

  printf("rorkit %s (ABI %u)\n", rorkit_version(), (unsigned)rorkit_abi_version());

  check(rorkit_calendar_holidays(days, RORKIT_MAX_HOLIDAYS_PER_YEAR, &n, 2026), "holidays");
  for (i = 0; i < n; ++i) {
    check(rorkit_date_format(iso, sizeof iso, days[i].date), "format");
    printf("%s  %s%s\n", iso, days[i].name_da,
           days[i].kind == RORKIT_HOLIDAY_CUSTOMARY ? "  (customary day off)" : "");
  }

  check(rorkit_municipality_find(&m, "Høje-Taastrup", &on), "municipality");
  printf("%s %s is in %s\n", m.code3, m.name, m.region_name);

  /* A bad query fails with a status and a message; nothing else changes. */
  if (rorkit_municipality_find(&m, "Atlantis", &on) == RORKIT_ERROR_NOT_FOUND)
    printf("lookup failed as expected: %s\n", rorkit_last_error());

  check(rorkit_calendar_create(&cal), "calendar");
  check(rorkit_calendar_phase_windows(windows, 2, &n, cal, m.code3, 2026), "windows");
  for (i = 0; i < n; ++i) {
    char first[RORKIT_DATE_ISO_SIZE], last[RORKIT_DATE_ISO_SIZE];
    check(rorkit_date_format(first, sizeof first, windows[i].first), "format");
    check(rorkit_date_format(last, sizeof last, windows[i].last), "format");
    printf("%s %s .. %s  %lld working days\n",
           windows[i].season == RORKIT_SEASON_SPRING ? "spring" : "autumn", first, last,
           (long long)windows[i].working_days);
  }

  /* A start meeting ten working days into the autumn window, 09:00-11:00. */
  check(rorkit_calendar_add_working_days(&meeting, cal, windows[1].first, 10), "add");
  check(rorkit_ical_create(&ics), "ical");
  check(rorkit_ical_set_options(ics, &opts), "options");
  check(rorkit_ical_add_timed(ics, NULL, "Fælles startmøde", "Styregruppe og implementeringsgruppe",
                              "Rådhuset", meeting, 9 * 60, meeting, 11 * 60), "event");
  check(rorkit_ical_write(&text, ics), "write");
  printf("iCalendar: %zu bytes\n", text.size);

  rorkit_string_free(&text);
  rorkit_ical_free(ics);
  rorkit_calendar_free(cal);
  return 0;
}
