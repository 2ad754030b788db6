/* A citizen plan through the C ABI: read a plan document, add an action as JSON, move a goal
   along its lifecycle, validate, audit, find due follow-ups in a caseload and export FHIR.
   Usage: example_c_plan PLAN.json   (examples/data/plan-randers-0042.json is synthetic) */
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
  size_t size = 0, errors = 0, warnings = 0, n = 0, i;
  char *text;
  rorkit_plan *plan = NULL;
  rorkit_plan_info info;
  rorkit_string out = {NULL, 0};
  rorkit_change change = {RORKIT_CHANGE_VERSION, "Jonas (bostøtte)", "2026-04-20T09:00:00Z",
                          "Aftalt på opfølgningsmødet"};
  rorkit_date on = {2026, 4, 20}, next, first = {2026, 7, 1}, last = {2026, 12, 31};
  int has_due = 0;
  int32_t points = 0;
  rorkit_caseload *caseload = NULL;
  rorkit_due due[8];
  rorkit_status st;

  if (argc < 2 || (text = read_all(argv[1], &size)) == NULL) {
    fprintf(stderr, "usage: %s PLAN.json\n", argv[0]);
    return 2;
  }
  check(rorkit_plan_from_json(&plan, text, size), "read");
  free(text);
  check(rorkit_plan_info_get(&info, plan), "info");
  printf("plan %s: %zu goals, %zu actions, %zu events\n", info.id, info.goals, info.actions,
         info.history);

  /* An entry is a JSON object of the plan format; the change says who, when and why. */
  check(rorkit_plan_add(plan, RORKIT_COLLECTION_ACTIONS,
                        "{\"id\":\"x4\",\"text\":\"Følges til jobcentret om praktik\","
                        "\"responsible\":{\"kind\":\"staff\",\"name\":\"Jonas\"},"
                        "\"legal_basis\":\"sel-85\",\"goal_ids\":[\"g1\"],\"start\":\"2026-05-04\"}",
                        &change),
        "add action");
  /* A failed call says why and changes nothing. */
  st = rorkit_plan_transition_goal(plan, "g1", RORKIT_GOAL_PROPOSED, &change);
  printf("transition refused: %s: %s\n", rorkit_status_str(st), rorkit_last_error());

  check(rorkit_plan_validate(&out, &errors, &warnings, plan, &on), "validate");
  printf("validation: %zu errors, %zu warnings\n", errors, warnings);
  rorkit_string_free(&out);

  check(rorkit_plan_audit(&out, &points, plan, on), "audit");
  printf("audit: %d of 16 points\n", (int)points);
  rorkit_string_free(&out);

  check(rorkit_plan_next_followup(&next, &has_due, plan), "next follow-up");
  if (has_due) printf("next follow-up: %04d-%02d-%02d\n", (int)next.year, (int)next.month, (int)next.day);

  check(rorkit_caseload_create(&caseload), "caseload");
  check(rorkit_caseload_add(caseload, plan), "add to caseload");
  check(rorkit_caseload_followups_due(due, 8, &n, caseload, first, last), "due");
  for (i = 0; i < n; ++i)
    printf("due %04d-%02d-%02d  %s  %s\n", (int)due[i].due.year, (int)due[i].due.month,
           (int)due[i].due.day, due[i].plan_id, due[i].goal_id[0] ? due[i].goal_id : "(plan)");

  check(rorkit_plan_to_fhir(&out, plan), "fhir");
  printf("FHIR bundle: %zu bytes\n", out.size);
  rorkit_string_free(&out);

  rorkit_caseload_free(caseload);
  rorkit_plan_free(plan);
  return 0;
}
