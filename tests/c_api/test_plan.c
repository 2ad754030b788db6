/* The plan and caseload ABI: every failing path gives its status and a message, and a failed
   call changes nothing (the plan's JSON is byte-identical before and after). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "rorkit/c/rorkit.h"

static rorkit_change change_at(const char *at) {
  rorkit_change c;
  c.version = RORKIT_CHANGE_VERSION;
  c.by = "test";
  c.at = at;
  c.why = "C test";
  return c;
}

static char *json_of(const rorkit_plan *plan) {
  rorkit_string s = {NULL, 0};
  char *copy;
  if (rorkit_plan_to_json(&s, plan, NULL) != RORKIT_OK) return NULL;
  copy = malloc(s.size + 1);
  memcpy(copy, s.data, s.size + 1);
  rorkit_string_free(&s);
  return copy;
}

/* Checks that the plan still serialises to `before`, then frees `before`. */
static void unchanged(const rorkit_plan *plan, char *before) {
  char *after = json_of(plan);
  CHECK(after != NULL && before != NULL && strcmp(after, before) == 0);
  free(after);
  free(before);
}

static rorkit_plan *small_plan(void) {
  rorkit_plan *p = NULL;
  rorkit_change c = change_at("2026-01-15T09:00:00Z");
  rorkit_date created = {2026, 1, 15};
  CHECK_OK(rorkit_plan_create(&p, "plan-c", "{\"id\":\"borger-c\",\"municipality\":101}", created, &c));
  c = change_at("2026-01-15T09:01:00Z");
  CHECK_OK(rorkit_plan_add(p, RORKIT_COLLECTION_ASPIRATIONS,
                           "{\"id\":\"a1\",\"kind\":\"dream\",\"text\":\"At rejse til Færøerne\","
                           "\"recorded_on\":\"2026-01-15\"}",
                           &c));
  c = change_at("2026-01-15T09:02:00Z");
  CHECK_OK(rorkit_plan_add(p, RORKIT_COLLECTION_GOALS,
                           "{\"id\":\"g1\",\"text\":\"Spare op til rejsen\",\"aspiration_ids\":[\"a1\"]}",
                           &c));
  return p;
}

static void test_create_and_edit(void) {
  rorkit_plan *p = small_plan();
  rorkit_plan_info info;
  rorkit_change c = change_at("2026-01-16T10:00:00Z");
  rorkit_string s = {NULL, 0};
  const char *code = NULL;
  rorkit_date next;
  int has = 0;

  CHECK_OK(rorkit_plan_info_get(&info, p));
  CHECK_STR(info.id, "plan-c");
  CHECK_INT(info.goals, 1);
  CHECK_INT(info.history, 3);
  CHECK_INT(info.municipality, 101);

  CHECK_OK(rorkit_plan_transition_goal(p, "g1", RORKIT_GOAL_ACCEPTED, &c));
  CHECK_OK(rorkit_plan_get(&s, p, RORKIT_COLLECTION_GOALS, "g1"));
  CHECK(strstr(s.data, "\"accepted\"") != NULL);
  rorkit_string_free(&s);
  CHECK_OK(rorkit_plan_goal_achievement(&code, p, "g1"));
  CHECK_STR(code, "in-progress");
  /* Created 2026-01-15 with the default six-month rule: Wednesday 2026-07-15. */
  CHECK_OK(rorkit_plan_next_followup(&next, &has, p));
  CHECK_INT(has, 1);
  CHECK_INT(next.year, 2026);
  CHECK_INT(next.month, 7);
  CHECK_INT(next.day, 15);
  rorkit_plan_free(p);
}

static void test_failures_change_nothing(void) {
  rorkit_plan *p = small_plan();
  rorkit_change c = change_at("2026-01-16T10:00:00Z");
  rorkit_change old = change_at("2026-01-01T00:00:00Z");
  rorkit_change bad_version = change_at("2026-01-16T10:00:00Z");
  rorkit_change no_by = change_at("2026-01-16T10:00:00Z");
  rorkit_change bad_at = change_at("2026-01-16 10:00");
  rorkit_plan_info info;
  const char *id_before;
  bad_version.version = 0;
  no_by.by = NULL;

  CHECK_OK(rorkit_plan_info_get(&info, p));
  id_before = info.id;

  CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_GOALS, "{\"id\":\"g1\",\"text\":\"x\",\"aspiration_ids\":[\"a1\"]}", &c),
             RORKIT_ERROR_DUPLICATE, "rorkit_plan_add", "g1");
  unchanged(p, json_of(p));
  {
    char *before = json_of(p);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_GOALS, "{\"id\":\"g2\",\"text\":\"x\",\"aspiration_ids\":[\"a9\"]}", &c),
               RORKIT_ERROR_DANGLING_REFERENCE, "a9", NULL);
    unchanged(p, before);
    before = json_of(p);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_GOALS, "{\"id\":\"g2\",\"text\":\"x\"}", &c),
               RORKIT_ERROR_VALIDATION, "g2", NULL);
    unchanged(p, before);
    before = json_of(p);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_ACTIONS, "{\"id\":\"x1\",\"text\":\"x\",\"legal_basis\":\"sel-85\",\"goal_ids\":[]}", &c),
               RORKIT_ERROR_VALIDATION, "x1", NULL);
    unchanged(p, before);
    before = json_of(p);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_GOALS, "{\"id\":\"g2\",", &c), RORKIT_ERROR_PARSE, NULL, NULL);
    CHECK(strstr(rorkit_last_error(), "line 1") != NULL);
    unchanged(p, before);
    before = json_of(p);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_GOALS, "{\"id\":\"g2\",\"text\":7}", &c), RORKIT_ERROR_SCHEMA,
               "text", NULL);
    unchanged(p, before);
    before = json_of(p);
    CHECK_FAIL(rorkit_plan_transition_goal(p, "g1", RORKIT_GOAL_COMPLETED, &c), RORKIT_ERROR_ILLEGAL_TRANSITION,
               "proposed", "completed");
    unchanged(p, before);
    before = json_of(p);
    CHECK_FAIL(rorkit_plan_remove(p, RORKIT_COLLECTION_ASPIRATIONS, "a1", &c), RORKIT_ERROR_REFERENCED, "g1", NULL);
    unchanged(p, before);
    before = json_of(p);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_RESOURCES, "{\"id\":\"r1\",\"kind\":\"personal\",\"text\":\"Humor\"}", &old),
               RORKIT_ERROR_DATE_ORDER, NULL, NULL);
    unchanged(p, before);
    before = json_of(p);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_RESOURCES, "{\"id\":\"r1\",\"kind\":\"personal\",\"text\":\"Humor\"}", &bad_version),
               RORKIT_ERROR_UNSUPPORTED_VERSION, "version", NULL);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_RESOURCES, "{\"id\":\"r1\",\"kind\":\"personal\",\"text\":\"Humor\"}", &no_by),
               RORKIT_ERROR_NULL_POINTER, "by", NULL);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_RESOURCES, "{\"id\":\"r1\",\"kind\":\"personal\",\"text\":\"Humor\"}", &bad_at),
               RORKIT_ERROR_INVALID_DATE, NULL, NULL);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_RESOURCES, "{\"id\":\"r1\",\"kind\":\"rich\",\"text\":\"Humor\"}", &c),
               RORKIT_ERROR_SCHEMA, "kind", NULL);
    CHECK_FAIL(rorkit_plan_add(p, 9, "{}", &c), RORKIT_ERROR_INVALID_ARGUMENT, "collection", NULL);
    CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_RESOURCES, "{\"id\":\"r1\",\"kind\":\"personal\",\"text\":\"\xff\"}", &c),
               RORKIT_ERROR_INVALID_UTF8, NULL, NULL);
    CHECK_FAIL(rorkit_plan_set_followup_interval(p, 0, &c), RORKIT_ERROR_OUT_OF_RANGE, "interval_months", NULL);
    CHECK_FAIL(rorkit_plan_transition_goal(p, "g1", 42, &c), RORKIT_ERROR_INVALID_ARGUMENT, "lifecycle", NULL);
    unchanged(p, before);
  }
  /* Borrowed strings stay valid across failed calls. */
  CHECK_OK(rorkit_plan_info_get(&info, p));
  CHECK(info.id == id_before);

  CHECK_FAIL(rorkit_plan_add(NULL, RORKIT_COLLECTION_GOALS, "{}", &c), RORKIT_ERROR_NULL_POINTER, "plan", NULL);
  CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_GOALS, NULL, &c), RORKIT_ERROR_NULL_POINTER, "entry_json", NULL);
  CHECK_FAIL(rorkit_plan_add(p, RORKIT_COLLECTION_GOALS, "{}", NULL), RORKIT_ERROR_NULL_POINTER, "change", NULL);
  CHECK_FAIL(rorkit_plan_get(NULL, p, RORKIT_COLLECTION_GOALS, "g1"), RORKIT_ERROR_NULL_POINTER, "out", NULL);
  {
    rorkit_string s = {NULL, 0};
    CHECK_FAIL(rorkit_plan_get(&s, p, RORKIT_COLLECTION_GOALS, "g9"), RORKIT_ERROR_NOT_FOUND, "g9", NULL);
  }
  rorkit_plan_free(p);
  rorkit_plan_free(NULL);
}

static void test_documents(void) {
  rorkit_plan *p = small_plan(), *q = NULL, *v = NULL;
  char *text = json_of(p);
  rorkit_plan_info info;
  rorkit_plan_json_options opts = {RORKIT_PLAN_JSON_OPTIONS_VERSION, 1, 1};
  rorkit_string s = {NULL, 0};
  CHECK_OK(rorkit_plan_from_json(&q, text, strlen(text)));
  unchanged(q, text); /* read(write(p)) writes the same bytes */
  CHECK_OK(rorkit_plan_to_json(&s, p, &opts));
  CHECK(strstr(s.data, "\n  ") != NULL);        /* pretty */
  CHECK(strstr(s.data, "\"history\"") == NULL); /* without history */
  rorkit_string_free(&s);
  opts.version = 7;
  CHECK_FAIL(rorkit_plan_to_json(&s, p, &opts), RORKIT_ERROR_UNSUPPORTED_VERSION, NULL, NULL);
  CHECK_FAIL(rorkit_plan_from_json(&q, "{\"format\":\"rorkit-plan\",\"format_version\":99}", 44),
             RORKIT_ERROR_UNSUPPORTED_VERSION, NULL, NULL);
  CHECK_OK(rorkit_plan_at_version(&v, p, 2));
  CHECK_OK(rorkit_plan_info_get(&info, v));
  CHECK_INT(info.aspirations, 1);
  CHECK_INT(info.goals, 0);
  CHECK_FAIL(rorkit_plan_at_version(&v, p, 99), RORKIT_ERROR_OUT_OF_RANGE, NULL, NULL);
  rorkit_plan_free(v);
  rorkit_plan_free(q);
  rorkit_plan_free(p);
}

static void test_validate_and_audit(void) {
  rorkit_plan *p = small_plan();
  rorkit_string s = {NULL, 0};
  size_t errors = 0, warnings = 0;
  int32_t points = -1;
  rorkit_date on = {2026, 8, 1};
  CHECK_OK(rorkit_plan_validate(&s, &errors, &warnings, p, &on));
  /* The eight §141 stk. 3 elements are missing. */
  CHECK(errors >= 8);
  CHECK(strstr(s.data, "s141-purpose-missing") != NULL);
  CHECK(strstr(s.data, "followup-overdue") != NULL); /* due 2026-07-15, judged 2026-08-01 */
  rorkit_string_free(&s);
  CHECK_OK(rorkit_plan_audit(&s, &points, p, on));
  CHECK(points >= 0 && points <= 16);
  CHECK(strstr(s.data, "\"hopes-wishes-dreams\"") != NULL);
  rorkit_string_free(&s);
  rorkit_plan_free(p);
}

static void test_caseload(void) {
  rorkit_caseload *cl = NULL;
  rorkit_plan *p = small_plan(), *got = NULL;
  rorkit_due due[4];
  size_t n = 0, size = 0;
  int removed = -1;
  rorkit_date first = {2026, 7, 1}, last = {2026, 7, 31};
  char *jsonl;
  rorkit_string s = {NULL, 0};

  CHECK_OK(rorkit_caseload_create(&cl));
  CHECK_OK(rorkit_caseload_add(cl, p));
  CHECK_FAIL(rorkit_caseload_add(cl, p), RORKIT_ERROR_DUPLICATE, "plan-c", NULL);
  CHECK_FAIL(rorkit_caseload_followups_due(NULL, 0, &n, cl, first, last), RORKIT_ERROR_BUFFER_TOO_SMALL, NULL, NULL);
  CHECK_INT(n, 1);
  CHECK_OK(rorkit_caseload_followups_due(due, 4, &n, cl, first, last));
  CHECK_INT(n, 1);
  CHECK_STR(due[0].plan_id, "plan-c");
  CHECK_STR(due[0].goal_id, "");
  CHECK_INT(due[0].due.day, 15);
  CHECK_FAIL(rorkit_caseload_followups_due(due, 4, &n, cl, last, first), RORKIT_ERROR_DATE_ORDER, NULL, NULL);

  /* All or nothing: the second line repeats plan-c, so neither line is added. */
  jsonl = json_of(p);
  {
    size_t len = strlen(jsonl);
    char *two = malloc(2 * len + 3);
    const char *other_id = "\"plan-d\"";
    char *pos;
    memcpy(two, jsonl, len);
    two[len] = '\n';
    memcpy(two + len + 1, jsonl, len + 1);
    pos = strstr(two + len + 1, "\"plan-c\""); /* make the second plan plan-d ... */
    memcpy(pos, other_id, 8);
    CHECK_FAIL(rorkit_caseload_add_jsonl(cl, two, strlen(two)), RORKIT_ERROR_DUPLICATE, "plan-c", NULL);
    CHECK_OK(rorkit_caseload_size(&size, cl));
    CHECK_INT(size, 1);
    free(two);
  }
  free(jsonl);

  CHECK_OK(rorkit_caseload_worklist(&s, cl, "staff", NULL));
  CHECK_STR(s.data, "[]");
  rorkit_string_free(&s);
  CHECK_FAIL(rorkit_caseload_worklist(&s, cl, "boss", NULL), RORKIT_ERROR_INVALID_ARGUMENT, "boss", NULL);
  CHECK_OK(rorkit_caseload_missing_section141(&s, cl));
  CHECK(strstr(s.data, "\"plan-c\"") != NULL);
  rorkit_string_free(&s);
  CHECK_OK(rorkit_caseload_case_review(&s, cl, first, 10, 1));
  CHECK(strstr(s.data, "\"tally\"") != NULL);
  rorkit_string_free(&s);

  CHECK_OK(rorkit_caseload_get(&got, cl, "plan-c"));
  CHECK_FAIL(rorkit_caseload_get(&got, cl, "plan-x"), RORKIT_ERROR_NOT_FOUND, "plan-x", NULL);
  CHECK_OK(rorkit_caseload_remove(&removed, cl, "plan-c"));
  CHECK_INT(removed, 1);
  CHECK_OK(rorkit_caseload_remove(&removed, cl, "plan-c"));
  CHECK_INT(removed, 0);
  CHECK_FAIL(rorkit_caseload_replace(cl, got), RORKIT_ERROR_NOT_FOUND, "plan-c", NULL);
  rorkit_plan_free(got);
  rorkit_plan_free(p);
  rorkit_caseload_free(cl);
  rorkit_caseload_free(NULL);
}

int main(void) {
  test_create_and_edit();
  test_failures_change_nothing();
  test_documents();
  test_validate_and_audit();
  test_caseload();
  return check_report();
}
