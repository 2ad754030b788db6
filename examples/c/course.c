/* The strategic development course through the C ABI: read a course document, check the
   registration, plan it from a start date, list the phases, try a meeting on a holiday, and ask
   for the status on a date.
   Usage: example_c_course COURSE.json   (tests/data/courses/randers-2026.json is synthetic) */
#include <stdio.h>
#include <stdlib.h>

#include "rorkit/c/rorkit.h"

static void check(rorkit_status st, const char *what) {
  if (st != RORKIT_OK) {
    fprintf(stderr, "%s failed: %s: %s\n", what, rorkit_status_str(st), rorkit_last_error());
    exit(1);
  }
}

static char *read_all(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)n + 1);
  *size = fread(buf, 1, (size_t)n, f);
  buf[*size] = '\0';
  fclose(f);
  return buf;
}

int main(int argc, char **argv) {
  static const char *const names[] = {"Fase 0 Tilmelding", "Fase 1 Forberede", "Fase 2 Udvikle",
                                      "Fase 3 Forankre"};
  size_t size = 0, count = 0, i;
  char *text;
  rorkit_course *course = NULL, *planned = NULL;
  rorkit_course_info info;
  rorkit_course_phase phases[3];
  rorkit_string out = {NULL, 0}, warnings = {NULL, 0};
  rorkit_date start = {2026, 8, 10}, on = {2026, 10, 1};
  int approved = 0;
  rorkit_status st;

  if (argc < 2 || (text = read_all(argv[1], &size)) == NULL) {
    fprintf(stderr, "usage: %s COURSE.json\n", argv[0]);
    return 2;
  }
  check(rorkit_course_from_json(&course, text, size), "read");
  free(text);
  check(rorkit_course_info_get(&info, course), "info");
  printf("course %s (municipality %d): %zu people in %zu groups\n", info.id, (int)info.municipality,
         info.people, info.groups);

  check(rorkit_course_check_registration(&out, &approved, course), "registration");
  printf("registration %s: %s\n", approved ? "approved" : "not approved", out.data);
  rorkit_string_free(&out);

  /* NULL options = seed B's defaults: three meetings per group and phase, 10 working days apart. */
  check(rorkit_course_plan(&planned, &warnings, course, start, NULL), "plan");
  printf("warnings: %s\n", warnings.data);
  rorkit_string_free(&warnings);
  check(rorkit_course_phases(phases, 3, &count, planned), "phases");
  for (i = 0; i < count; ++i)
    printf("%s: %04d-%02d-%02d .. %04d-%02d-%02d, %lld working days\n", names[phases[i].phase],
           (int)phases[i].first.year, (int)phases[i].first.month, (int)phases[i].first.day,
           (int)phases[i].last.year, (int)phases[i].last.month, (int)phases[i].last.day,
           (long long)phases[i].working_days);
  check(rorkit_course_info_get(&info, planned), "info");
  printf("%zu meetings, %zu activities\n", info.meetings, info.activities);

  /* Thursday 2027-05-06 is Kristi himmelfartsdag: refused, and the course is unchanged. */
  st = rorkit_course_add_meeting(planned,
                                 "{\"id\":\"ekstra\",\"kind\":\"group\",\"phase\":\"udvikle\","
                                 "\"group_ids\":[\"styregruppe\"],\"number\":2,"
                                 "\"date\":\"2027-05-06\"}");
  printf("meeting refused: %s: %s\n", rorkit_status_str(st), rorkit_last_error());

  check(rorkit_course_status(NULL, &out, planned, on), "status");
  printf("%s\n", out.data);
  rorkit_string_free(&out);

  rorkit_course_free(planned);
  rorkit_course_free(course);
  return 0;
}
