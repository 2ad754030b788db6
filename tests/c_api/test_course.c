/* The course ABI: documents, registration, organisation, planning, phases, meetings and trial
   actions given by hand, status, temperature, iCalendar and purposes. Every failing path gives
   its status and a message, and a failed call changes nothing: the course's JSON is
   byte-identical before and after, and out-parameters keep their values.

   Dates worked out by hand (default calendar, Aarhus): autumn 2026 = 2026-08-10..2026-12-19 (95
   working days), spring 2027 = 2027-01-04..2027-07-02 (125), autumn 2027 = 2027-08-16..
   2027-12-19 (90). Three meetings in 95 days sit at working-day indexes 15, 47 and 79: Monday
   2026-08-31, Wednesday 2026-10-14, Friday 2026-11-27. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "rorkit/c/rorkit.h"

/* Two groups (steering, implementation) that meet every rule, an approved registration and three
   temperature surveys (two with the same dimensions, one with fewer). */
#define PEOPLE                                                                                   \
  "\"people\":["                                                                                 \
  "{\"id\":\"dir\",\"name\":\"Direktør\",\"role\":\"director\",\"area\":\"strategic\"},"          \
  "{\"id\":\"koord\",\"name\":\"Koordinator\",\"role\":\"staff\",\"area\":\"strategic\"},"        \
  "{\"id\":\"leder-myn\",\"name\":\"Leder\",\"role\":\"leader\",\"area\":\"myndighed\"},"         \
  "{\"id\":\"med-til\",\"name\":\"Medarbejder\",\"role\":\"staff\",\"area\":\"tilbud\"},"         \
  "{\"id\":\"borger\",\"name\":\"Borger\",\"role\":\"citizen\",\"area\":\"other\"}]"
#define GROUPS(IMPL_MEMBERS)                                                                      \
  "\"groups\":["                                                                                 \
  "{\"id\":\"styregruppe\",\"kind\":\"steering\",\"name\":\"Styregruppen\","                     \
  "\"member_ids\":[\"dir\",\"koord\"],\"political_mandate\":true},"                              \
  "{\"id\":\"impl\",\"kind\":\"implementation\",\"name\":\"Implementeringsgruppen\","            \
  "\"member_ids\":" IMPL_MEMBERS "}]"
#define RESPONSE(id, role, s1, s2) \
  "{\"respondent_id\":\"" id "\",\"role\":\"" role "\",\"scores\":[" s1 "," s2 "]}"
#define DIMS2 "[{\"id\":\"d1\",\"name_da\":\"Strategi\"},{\"id\":\"d2\",\"name_da\":\"Sprog\"}]"
#define SURVEY(id, kind, date, t1, t2, c1, c2)                                                    \
  "{\"id\":\"" id "\",\"kind\":\"" kind "\",\"date\":\"" date "\",\"dimensions\":" DIMS2          \
  ",\"responses\":[" RESPONSE(id "-1", "tilbud", t1, t2) "," RESPONSE(id "-2", "tilbud", t1, t2) \
  "," RESPONSE(id "-3", "tilbud", t1, t2) "," RESPONSE(id "-4", "tilbud", t1, t2)                \
  "," RESPONSE(id "-5", "tilbud", t1, t2) "," RESPONSE(id "-6", "citizen", c1, c2) "]}"
#define COURSE(REGISTRATION, IMPL_MEMBERS)                                                        \
  "{\"format\":\"rorkit-course\",\"format_version\":1,\"id\":\"c-test\",\"municipality\":751,"  \
  "\"requested_start\":\"2026-08-10\",\"registration\":" REGISTRATION ","                        \
  "\"organisation\":{" PEOPLE "," GROUPS(IMPL_MEMBERS) ",\"coordinator_id\":\"koord\","          \
  "\"agency_contact\":\"Kontakt i Social- og Boligstyrelsen\"},"                                  \
  "\"temperature\":[" SURVEY("b1", "baseline", "2026-09-21", "2", "4", "2", "4") ","             \
  SURVEY("f1", "followup", "2027-09-20", "4", "3", "4", "3") ","                                 \
  "{\"id\":\"x1\",\"kind\":\"followup\",\"date\":\"2027-09-01\","                                \
  "\"dimensions\":[{\"id\":\"d1\",\"name_da\":\"Strategi\"}],\"responses\":[]}]}"

#define APPROVED                                                                                  \
  "{\"covers_strategic\":true,\"covers_myndighed\":true,\"covers_tilbud\":true,"                \
  "\"approved_by\":\"dir\",\"approved_on\":\"2026-05-20\",\"meeting_date\":\"2026-05-12\","    \
  "\"meeting_participants\":[\"dir\",\"koord\"]}"
#define NOT_APPROVED "{\"covers_strategic\":true,\"covers_myndighed\":true}"
#define FULL_IMPL "[\"borger\",\"leder-myn\",\"med-til\"]"
#define NO_CITIZEN "[\"leder-myn\",\"med-til\"]"

static const char *good_course = COURSE(APPROVED, FULL_IMPL);

static rorkit_course *read_course(const char *json) {
  rorkit_course *c = NULL;
  CHECK_OK(rorkit_course_from_json(&c, json, strlen(json)));
  return c;
}

static char *json_of(const rorkit_course *course) {
  rorkit_string s = {NULL, 0};
  char *copy;
  if (rorkit_course_to_json(&s, course, 0) != RORKIT_OK) return NULL;
  copy = malloc(s.size + 1);
  memcpy(copy, s.data, s.size + 1);
  rorkit_string_free(&s);
  return copy;
}

/* Checks that the course still serialises to `before`, then frees `before`. */
static void unchanged(const rorkit_course *course, char *before) {
  char *after = json_of(course);
  CHECK(after != NULL && before != NULL && strcmp(after, before) == 0);
  free(after);
  free(before);
}

static rorkit_course *planned_course(void) {
  rorkit_course *in = read_course(good_course);
  rorkit_course *out = NULL;
  CHECK_OK(rorkit_course_plan(&out, NULL, in, D(2026, 8, 10), NULL));
  rorkit_course_free(in);
  return out;
}

static void test_documents(void) {
  rorkit_course *c = read_course(good_course), *copy = NULL;
  rorkit_course *sentinel = (rorkit_course *)&check_total; /* never dereferenced */
  rorkit_course *out = sentinel;
  rorkit_course_info info;
  rorkit_string s = {NULL, 0};
  char *a, *b;
  static const char bad_json[] = "{\"format\":\"rorkit-course\",";
  static const char newer[] =
      "{\"format\":\"rorkit-course\",\"format_version\":99,\"id\":\"x\",\"municipality\":751,"
      "\"requested_start\":\"2026-08-10\"}";
  static const char wrong_type[] =
      "{\"format\":\"rorkit-course\",\"format_version\":1,\"id\":\"x\",\"municipality\":\"751\","
      "\"requested_start\":\"2026-08-10\"}";
  static const char *unknown_member = COURSE(APPROVED, "[\"borger\",\"nobody\"]");

  CHECK_OK(rorkit_course_info_get(&info, c));
  CHECK_STR(info.id, "c-test");
  CHECK_INT(info.municipality, 751);
  CHECK_DATE(info.requested_start, 2026, 8, 10);
  CHECK_INT(info.people, 5);
  CHECK_INT(info.groups, 2);
  CHECK_INT(info.phases, 0);
  CHECK_INT(info.surveys, 3);

  /* Round trip, pretty and compact, and a clone that is equal but independent. */
  CHECK_OK(rorkit_course_to_json(&s, c, 1));
  CHECK(strchr(s.data, '\n') != NULL);
  rorkit_string_free(&s);
  CHECK_OK(rorkit_course_clone(&copy, c));
  a = json_of(c);
  b = json_of(copy);
  CHECK(a != NULL && b != NULL && strcmp(a, b) == 0);
  free(a);
  free(b);
  rorkit_course_free(copy);

  /* Reading failures leave *out alone. */
  CHECK_FAIL(rorkit_course_from_json(NULL, good_course, strlen(good_course)),
             RORKIT_ERROR_NULL_POINTER, "out", NULL);
  CHECK_FAIL(rorkit_course_from_json(&out, NULL, 0), RORKIT_ERROR_NULL_POINTER, "json", NULL);
  CHECK_FAIL(rorkit_course_from_json(&out, bad_json, sizeof bad_json - 1), RORKIT_ERROR_PARSE,
             "line", NULL);
  CHECK_FAIL(rorkit_course_from_json(&out, newer, sizeof newer - 1),
             RORKIT_ERROR_UNSUPPORTED_VERSION, NULL, NULL);
  CHECK_FAIL(rorkit_course_from_json(&out, wrong_type, sizeof wrong_type - 1), RORKIT_ERROR_SCHEMA,
             "municipality", NULL);
  CHECK_FAIL(rorkit_course_from_json(&out, unknown_member, strlen(unknown_member)),
             RORKIT_ERROR_DANGLING_REFERENCE, "member_ids", "nobody");
  CHECK(out == sentinel);

  CHECK_FAIL(rorkit_course_to_json(NULL, c, 0), RORKIT_ERROR_NULL_POINTER, "out", NULL);
  CHECK_FAIL(rorkit_course_to_json(&s, NULL, 0), RORKIT_ERROR_NULL_POINTER, "course", NULL);
  CHECK(s.data == NULL);
  CHECK_FAIL(rorkit_course_clone(NULL, c), RORKIT_ERROR_NULL_POINTER, "out", NULL);
  CHECK_FAIL(rorkit_course_clone(&out, NULL), RORKIT_ERROR_NULL_POINTER, "course", NULL);
  CHECK(out == sentinel);
  CHECK_FAIL(rorkit_course_info_get(NULL, c), RORKIT_ERROR_NULL_POINTER, "out", NULL);
  CHECK_FAIL(rorkit_course_info_get(&info, NULL), RORKIT_ERROR_NULL_POINTER, "course", NULL);

  rorkit_course_free(c);
  rorkit_course_free(NULL);
}

static void test_registration_and_organisation(void) {
  rorkit_course *good = read_course(good_course);
  const char *bad_text = COURSE(NOT_APPROVED, NO_CITIZEN);
  rorkit_course *bad = read_course(bad_text);
  rorkit_string s = {NULL, 0};
  int approved = -1;
  size_t errors = 99, warnings = 99;

  CHECK_OK(rorkit_course_check_registration(&s, &approved, good));
  CHECK_INT(approved, 1);
  CHECK_CONTAINS(s.data, "\"approved\":true");
  rorkit_string_free(&s);

  CHECK_OK(rorkit_course_check_registration(&s, &approved, bad));
  CHECK_INT(approved, 0);
  CHECK_CONTAINS(s.data, "tilbud is not covered");
  CHECK_CONTAINS(s.data, "no approver (approved_by is empty)");
  rorkit_string_free(&s);
  CHECK_OK(rorkit_course_check_registration(&s, NULL, bad));
  rorkit_string_free(&s);

  CHECK_OK(rorkit_course_validate_organisation(&s, &errors, &warnings, good));
  CHECK_INT(errors, 0);
  CHECK_INT(warnings, 0);
  CHECK_STR(s.data, "[]");
  rorkit_string_free(&s);

  CHECK_OK(rorkit_course_validate_organisation(&s, &errors, &warnings, bad));
  CHECK_INT(errors, 1);
  CHECK_CONTAINS(s.data, "implementation-no-citizen");
  CHECK_CONTAINS(s.data, "/organisation/groups/1/member_ids");
  rorkit_string_free(&s);

  approved = -1;
  errors = 99;
  CHECK_FAIL(rorkit_course_check_registration(NULL, &approved, good), RORKIT_ERROR_NULL_POINTER,
             "json_out", NULL);
  CHECK_FAIL(rorkit_course_check_registration(&s, &approved, NULL), RORKIT_ERROR_NULL_POINTER,
             "course", NULL);
  CHECK_INT(approved, -1);
  CHECK_FAIL(rorkit_course_validate_organisation(NULL, &errors, NULL, good),
             RORKIT_ERROR_NULL_POINTER, "findings_json", NULL);
  CHECK_FAIL(rorkit_course_validate_organisation(&s, &errors, NULL, NULL),
             RORKIT_ERROR_NULL_POINTER, "course", NULL);
  CHECK_INT(errors, 99);
  CHECK(s.data == NULL);

  rorkit_course_free(good);
  rorkit_course_free(bad);
}

static void test_plan(void) {
  rorkit_course *in = read_course(good_course);
  rorkit_course *out = NULL, *later = NULL;
  rorkit_course *sentinel = (rorkit_course *)&check_total; /* never dereferenced */
  rorkit_course *refused = sentinel;
  rorkit_course *not_approved = read_course(COURSE(NOT_APPROVED, FULL_IMPL));
  rorkit_course *no_citizen = read_course(COURSE(APPROVED, NO_CITIZEN));
  rorkit_string w = {NULL, 0};
  rorkit_meeting_options o = RORKIT_MEETING_OPTIONS_INIT;
  rorkit_course_phase phases[3];
  size_t n = 0;
  char *before = json_of(in);

  CHECK_OK(rorkit_course_plan(&out, &w, in, D(2026, 8, 10), &o));
  CHECK_STR(w.data, "[]");
  rorkit_string_free(&w);
  unchanged(in, before); /* planning makes a new course */

  CHECK_OK(rorkit_course_phases(phases, 3, &n, out));
  CHECK_INT(n, 3);
  CHECK_INT(phases[0].phase, RORKIT_PHASE_FORBEREDE);
  CHECK_DATE(phases[0].first, 2026, 8, 10);
  CHECK_DATE(phases[0].last, 2026, 12, 19);
  CHECK_INT(phases[0].working_days, 95);
  CHECK_INT(phases[1].phase, RORKIT_PHASE_UDVIKLE);
  CHECK_DATE(phases[1].first, 2027, 1, 4);
  CHECK_DATE(phases[1].last, 2027, 7, 2);
  CHECK_INT(phases[1].working_days, 125);
  CHECK_INT(phases[2].phase, RORKIT_PHASE_FORANKRE);
  CHECK_DATE(phases[2].first, 2027, 8, 16);
  CHECK_DATE(phases[2].last, 2027, 12, 19);
  CHECK_INT(phases[2].working_days, 90);

  /* Buffer rules: too small reports the size and writes nothing. */
  n = 0;
  phases[0].phase = -1;
  CHECK_FAIL(rorkit_course_phases(phases, 2, &n, out), RORKIT_ERROR_BUFFER_TOO_SMALL, "count",
             NULL);
  CHECK_INT(n, 3);
  CHECK_INT(phases[0].phase, -1);
  CHECK_FAIL(rorkit_course_phases(NULL, 3, &n, out), RORKIT_ERROR_NULL_POINTER, "dst", NULL);
  CHECK_FAIL(rorkit_course_phases(phases, 3, NULL, out), RORKIT_ERROR_NULL_POINTER, "count", NULL);
  CHECK_FAIL(rorkit_course_phases(phases, 3, &n, NULL), RORKIT_ERROR_NULL_POINTER, "course", NULL);
  CHECK_OK(rorkit_course_phases(NULL, 0, &n, in)); /* not planned: no phases */
  CHECK_INT(n, 0);

  /* A start on day 37 of the window moves Fase 1 to spring 2027, with a warning. */
  CHECK_OK(rorkit_course_plan(&later, &w, in, D(2026, 9, 15), NULL));
  CHECK_CONTAINS(w.data, "day 37 of the phase window autumn 2026");
  rorkit_string_free(&w);
  CHECK_OK(rorkit_course_phases(phases, 3, &n, later));
  CHECK_DATE(phases[0].first, 2027, 1, 4);
  CHECK_DATE(phases[2].first, 2028, 1, 4);
  rorkit_course_free(later);

  /* Every refusal leaves `in`, *out and the warnings string as they were. */
  before = json_of(in);
  CHECK_FAIL(rorkit_course_plan(NULL, &w, in, D(2026, 8, 10), NULL), RORKIT_ERROR_NULL_POINTER,
             "out", NULL);
  CHECK_FAIL(rorkit_course_plan(&refused, &w, NULL, D(2026, 8, 10), NULL),
             RORKIT_ERROR_NULL_POINTER, "course", NULL);
  CHECK_FAIL(rorkit_course_plan(&refused, &w, in, D(2026, 2, 30), NULL), RORKIT_ERROR_INVALID_DATE,
             "start", NULL);
  o.version = 99;
  CHECK_FAIL(rorkit_course_plan(&refused, &w, in, D(2026, 8, 10), &o),
             RORKIT_ERROR_UNSUPPORTED_VERSION, "version", NULL);
  o.version = 0;
  CHECK_FAIL(rorkit_course_plan(&refused, &w, in, D(2026, 8, 10), &o),
             RORKIT_ERROR_UNSUPPORTED_VERSION, "version", NULL);
  o.version = RORKIT_MEETING_OPTIONS_VERSION;
  o.preferred_weekday = 6;
  CHECK_FAIL(rorkit_course_plan(&refused, &w, in, D(2026, 8, 10), &o), RORKIT_ERROR_OUT_OF_RANGE,
             "preferred_weekday", NULL);
  o.preferred_weekday = 0;
  /* Ten meetings ten working days apart need 91 days: autumn 2026 (95) and spring 2027 (125)
     hold them, autumn 2027 (90) does not. */
  o.meetings_per_group = 10;
  o.min_spacing_working_days = 10;
  CHECK_FAIL(rorkit_course_plan(&refused, &w, in, D(2026, 8, 10), &o),
             RORKIT_ERROR_WINDOW_TOO_SHORT, "Forankre", "91");
  o.meetings_per_group = 0;
  o.min_spacing_working_days = 0;
  o.location = "\xff";
  CHECK_FAIL(rorkit_course_plan(&refused, &w, in, D(2026, 8, 10), &o), RORKIT_ERROR_INVALID_UTF8,
             "location", NULL);
  o.location = NULL;
  CHECK_FAIL(rorkit_course_plan(&refused, &w, not_approved, D(2026, 8, 10), NULL),
             RORKIT_ERROR_REGISTRATION, "criterion", NULL);
  CHECK_FAIL(rorkit_course_plan(&refused, &w, no_citizen, D(2026, 8, 10), NULL),
             RORKIT_ERROR_COMPOSITION, "citizen", NULL);
  CHECK(refused == sentinel);
  CHECK(w.data == NULL);
  unchanged(in, before);

  /* Options change the meetings: Thursdays at 13:00 for 90 minutes, in a named room. */
  o.preferred_weekday = 4;
  o.start_minute = 13 * 60;
  o.duration_minutes = 90;
  o.location = "Rådhuset";
  CHECK_OK(rorkit_course_plan(&later, NULL, in, D(2026, 8, 10), &o));
  CHECK_OK(rorkit_course_meetings(&w, later));
  /* Slot 2026-08-31 (a Monday) goes to the nearest Thursday, 2026-09-03. */
  CHECK_CONTAINS(w.data, "\"id\":\"f1-joint-start\",\"kind\":\"joint-start\",\"phase\":\"forberede\","
                         "\"group_ids\":[\"styregruppe\",\"impl\"],\"number\":1,\"date\":\"2026-09-03\","
                         "\"start_minute\":780,\"end_minute\":870,\"location\":\"Rådhuset\"");
  rorkit_string_free(&w);
  rorkit_course_free(later);

  rorkit_course_free(out);
  rorkit_course_free(in);
  rorkit_course_free(not_approved);
  rorkit_course_free(no_citizen);
}

static void test_meetings(void) {
  rorkit_course *c = planned_course();
  rorkit_course *unplanned = read_course(good_course);
  rorkit_course_info info;
  rorkit_string s = {NULL, 0};
  char *before;

  CHECK_OK(rorkit_course_meetings(&s, c));
  CHECK_CONTAINS(s.data, "\"id\":\"f1-joint-start\"");
  CHECK_CONTAINS(s.data, "\"date\":\"2026-08-31\"");
  CHECK_CONTAINS(s.data, "\"id\":\"f1-styregruppe-2\"");
  CHECK_CONTAINS(s.data, "\"date\":\"2026-10-14\"");
  CHECK_CONTAINS(s.data, "\"date\":\"2026-11-27\"");
  CHECK_CONTAINS(s.data, "\"id\":\"f2-joint-kickoff\"");
  CHECK_CONTAINS(s.data, "\"id\":\"f3-impl-3\"");
  rorkit_string_free(&s);
  /* Fase 1: the joint start + 2 + 2; Fase 2: the joint kick-off + 2 + 2; Fase 3: 3 + 3. */
  CHECK_OK(rorkit_course_info_get(&info, c));
  CHECK_INT(info.meetings, 16);
  CHECK_INT(info.activities, 13);

  CHECK_OK(rorkit_course_add_meeting(
      c, "{\"id\":\"ekstra-1\",\"kind\":\"group\",\"phase\":\"udvikle\","
         "\"group_ids\":[\"styregruppe\"],\"number\":4,\"date\":\"2027-03-10\","
         "\"start_minute\":780,\"end_minute\":870,\"location\":\"Mødelokale 2\"}"));
  CHECK_OK(rorkit_course_info_get(&info, c));
  CHECK_INT(info.meetings, 17);

  before = json_of(c);
  /* Thursday 2027-05-06 is Kristi himmelfartsdag. */
  CHECK_FAIL(rorkit_course_add_meeting(
                 c, "{\"id\":\"m-helligdag\",\"kind\":\"group\",\"phase\":\"udvikle\","
                    "\"group_ids\":[\"impl\"],\"date\":\"2027-05-06\"}"),
             RORKIT_ERROR_NOT_A_WORKING_DAY, "Kristi", "himmelfartsdag");
  CHECK_FAIL(rorkit_course_add_meeting(
                 c, "{\"id\":\"m-lordag\",\"kind\":\"group\",\"phase\":\"udvikle\","
                    "\"group_ids\":[\"impl\"],\"date\":\"2027-03-13\"}"),
             RORKIT_ERROR_NOT_A_WORKING_DAY, "Saturday", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(
                 c, "{\"id\":\"m-ude\",\"kind\":\"group\",\"phase\":\"forberede\","
                    "\"group_ids\":[\"impl\"],\"date\":\"2027-03-10\"}"),
             RORKIT_ERROR_OUT_OF_RANGE, "outside", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(
                 c, "{\"id\":\"m-hvem\",\"kind\":\"group\",\"phase\":\"udvikle\","
                    "\"group_ids\":[\"lokal-x\"],\"date\":\"2027-03-10\"}"),
             RORKIT_ERROR_DANGLING_REFERENCE, "lokal-x", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(
                 c, "{\"id\":\"ekstra-1\",\"kind\":\"group\",\"phase\":\"udvikle\","
                    "\"group_ids\":[\"impl\"],\"date\":\"2027-03-11\"}"),
             RORKIT_ERROR_DUPLICATE, "ekstra-1", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(
                 c, "{\"id\":\"m-start\",\"kind\":\"joint-start\",\"phase\":\"udvikle\","
                    "\"group_ids\":[\"impl\"],\"date\":\"2027-03-11\"}"),
             RORKIT_ERROR_VALIDATION, "Forberede", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(
                 c, "{\"id\":\"m-tid\",\"kind\":\"group\",\"phase\":\"udvikle\","
                    "\"group_ids\":[\"impl\"],\"date\":\"2027-03-11\",\"end_minute\":600}"),
             RORKIT_ERROR_INVALID_ARGUMENT, "m-tid", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(
                 c, "{\"id\":\"m-x\",\"kind\":\"group\",\"phase\":\"udvikle\","
                    "\"group_ids\":[\"impl\"],\"date\":\"2027-02-30\"}"),
             RORKIT_ERROR_INVALID_DATE, "date", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(c, "{\"id\":\"m-x\",\"kind\":\"group\""),
             RORKIT_ERROR_PARSE, "line", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(c, "{\"id\":\"m-x\",\"kind\":\"gruppe\",\"phase\":\"udvikle\","
                                          "\"group_ids\":[\"impl\"],\"date\":\"2027-03-11\"}"),
             RORKIT_ERROR_SCHEMA, "kind", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(c, "{\"id\":\"m-x\"}"), RORKIT_ERROR_SCHEMA, "kind", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(c, "\"\xff\""), RORKIT_ERROR_INVALID_UTF8, "meeting_json",
             NULL);
  CHECK_FAIL(rorkit_course_add_meeting(c, NULL), RORKIT_ERROR_NULL_POINTER, "meeting_json", NULL);
  CHECK_FAIL(rorkit_course_add_meeting(NULL, "{}"), RORKIT_ERROR_NULL_POINTER, "course", NULL);
  unchanged(c, before);

  /* Before planning there is no window to put a meeting in. */
  before = json_of(unplanned);
  CHECK_FAIL(rorkit_course_add_meeting(
                 unplanned, "{\"id\":\"m-1\",\"kind\":\"group\",\"phase\":\"forberede\","
                            "\"group_ids\":[\"impl\"],\"date\":\"2026-09-01\"}"),
             RORKIT_ERROR_OUT_OF_RANGE, "phase", "window");
  unchanged(unplanned, before);

  CHECK_FAIL(rorkit_course_meetings(NULL, c), RORKIT_ERROR_NULL_POINTER, "out", NULL);
  CHECK_FAIL(rorkit_course_meetings(&s, NULL), RORKIT_ERROR_NULL_POINTER, "course", NULL);
  CHECK(s.data == NULL);

  rorkit_course_free(c);
  rorkit_course_free(unplanned);
}

static void test_trial_actions(void) {
  rorkit_course *c = planned_course();
  rorkit_course_info info;
  char *before;

  CHECK_OK(rorkit_course_add_trial_action(
      c, "{\"id\":\"t1\",\"phase\":\"udvikle\",\"title\":\"Følgeskab til fællesskaber\","
         "\"owner_id\":\"leder-myn\",\"start\":\"2027-02-01\",\"end\":\"2027-05-31\","
         "\"state\":\"running\"}"));
  CHECK_OK(rorkit_course_info_get(&info, c));
  CHECK_INT(info.trial_actions, 1);

  before = json_of(c);
  CHECK_FAIL(rorkit_course_add_trial_action(c, "{\"id\":\"t1\",\"phase\":\"udvikle\",\"title\":\"x\"}"),
             RORKIT_ERROR_DUPLICATE, "t1", NULL);
  CHECK_FAIL(rorkit_course_add_trial_action(c, "{\"id\":\"t2\",\"phase\":\"forberede\",\"title\":\"x\"}"),
             RORKIT_ERROR_VALIDATION, "Forberede", NULL);
  CHECK_FAIL(rorkit_course_add_trial_action(
                 c, "{\"id\":\"t2\",\"phase\":\"forankre\",\"title\":\"x\",\"owner_id\":\"nobody\"}"),
             RORKIT_ERROR_DANGLING_REFERENCE, "nobody", NULL);
  CHECK_FAIL(rorkit_course_add_trial_action(
                 c, "{\"id\":\"t2\",\"phase\":\"forankre\",\"title\":\"x\",\"start\":\"2027-09-01\","
                    "\"end\":\"2027-08-01\"}"),
             RORKIT_ERROR_DATE_ORDER, "end", NULL);
  CHECK_FAIL(rorkit_course_add_trial_action(c, "{\"id\":\"t2\",\"phase\":\"udvikle\"}"),
             RORKIT_ERROR_SCHEMA, "title", NULL);
  CHECK_FAIL(rorkit_course_add_trial_action(c, "[1,"), RORKIT_ERROR_PARSE, NULL, NULL);
  CHECK_FAIL(rorkit_course_add_trial_action(c, NULL), RORKIT_ERROR_NULL_POINTER, "trial_json", NULL);
  CHECK_FAIL(rorkit_course_add_trial_action(NULL, "{}"), RORKIT_ERROR_NULL_POINTER, "course", NULL);
  unchanged(c, before);
  rorkit_course_free(c);
}

static void test_status(void) {
  rorkit_course *c = planned_course();
  rorkit_string j = {NULL, 0}, t = {NULL, 0};

  /* On 2026-10-01: Fase 1; the joint start (08-31) was not marked held, 4 more Fase 1 meetings
     and all 11 of Fase 2 and 3 lie ahead. The quarter-way deliverables (due 2026-09-10) are
     overdue; the three mid-phase ones (due 2026-10-14) are due within 30 days. */
  CHECK_OK(rorkit_course_status(&j, &t, c, D(2026, 10, 1)));
  CHECK_CONTAINS(j.data, "\"on\":\"2026-10-01\",\"phase\":\"forberede\",\"phase_name_da\":\"Fase 1 Forberede\"");
  CHECK_CONTAINS(j.data, "\"meetings\":{\"held\":0,\"planned\":15,\"missed\":1}");
  CHECK_CONTAINS(j.data, "\"activities\":{\"done\":0,\"due\":3,"
                         "\"overdue\":[\"f1-prerequisites-overview\",\"f1-baseline-temperature\"]}");
  CHECK_CONTAINS(t.data, "Status for udviklingsforløbet c-test pr. 1. oktober 2026\n");
  CHECK_CONTAINS(t.data, "Fase: Fase 1 Forberede (10. august 2026 – 19. december 2026).");
  rorkit_string_free(&j);
  rorkit_string_free(&t);

  /* Either output may be left out. */
  CHECK_OK(rorkit_course_status(NULL, &t, c, D(2027, 12, 20)));
  CHECK_CONTAINS(t.data, "forløbet er afsluttet");
  rorkit_string_free(&t);
  /* In the Christmas break, with both surveys held: d2 fell from 4 to 3. */
  CHECK_OK(rorkit_course_status(&j, NULL, c, D(2027, 12, 28)));
  CHECK_CONTAINS(j.data, "\"phase\":null");
  CHECK_CONTAINS(j.data, "\"finished\":true");
  CHECK_CONTAINS(j.data, "\"dimension_id\":\"d2\",\"baseline_mean\":4.0,\"followup_mean\":3.0,"
                         "\"change\":-1.0,\"needs_work\":true");
  rorkit_string_free(&j);

  CHECK_FAIL(rorkit_course_status(NULL, NULL, c, D(2026, 10, 1)), RORKIT_ERROR_NULL_POINTER,
             "json", "text");
  CHECK_FAIL(rorkit_course_status(&j, &t, NULL, D(2026, 10, 1)), RORKIT_ERROR_NULL_POINTER,
             "course", NULL);
  CHECK_FAIL(rorkit_course_status(&j, &t, c, D(2026, 13, 1)), RORKIT_ERROR_INVALID_DATE, "on", NULL);
  CHECK(j.data == NULL && t.data == NULL);
  rorkit_course_free(c);
}

static void test_temperature(void) {
  rorkit_course *c = read_course(good_course);
  rorkit_string s = {NULL, 0};
  static const char *empty_course =
      "{\"format\":\"rorkit-course\",\"format_version\":1,\"id\":\"tom\",\"municipality\":751,"
      "\"requested_start\":\"2026-08-10\"}";
  rorkit_course *empty = read_course(empty_course);

  /* b1, d1: five tilbud answers of 2 and one citizen answer of 2: mean 2, red; the citizen cell
     (1 answer) is suppressed. */
  CHECK_OK(rorkit_course_temperature(&s, c, "b1", 5));
  CHECK_CONTAINS(s.data, "{\"survey_id\":\"b1\",\"kind\":\"baseline\",\"date\":\"2026-09-21\","
                         "\"responses\":6,\"min_cell\":5,\"cells\":[");
  CHECK_CONTAINS(s.data, "{\"dimension_id\":\"d1\",\"role\":null,\"n\":6,\"suppressed\":false,"
                         "\"mean\":2.0,\"distribution\":[0,6,0,0,0],\"light\":\"red\"}");
  CHECK_CONTAINS(s.data, "{\"dimension_id\":\"d1\",\"role\":\"citizen\",\"n\":1,\"suppressed\":true,"
                         "\"mean\":null,\"distribution\":[0,0,0,0,0],\"light\":null}");
  rorkit_string_free(&s);
  /* NULL = the latest survey: f1 (2027-09-20). min_cell 1 shows the citizen cell. */
  CHECK_OK(rorkit_course_temperature(&s, c, NULL, 1));
  CHECK_CONTAINS(s.data, "\"survey_id\":\"f1\"");
  CHECK_CONTAINS(s.data, "{\"dimension_id\":\"d2\",\"role\":\"citizen\",\"n\":1,\"suppressed\":false,"
                         "\"mean\":3.0");
  rorkit_string_free(&s);

  CHECK_OK(rorkit_course_temperature_change(&s, c, "b1", "f1", 5));
  CHECK_CONTAINS(s.data, "{\"baseline_id\":\"b1\",\"followup_id\":\"f1\",\"changes\":[");
  CHECK_CONTAINS(s.data, "{\"dimension_id\":\"d1\",\"baseline_mean\":2.0,\"followup_mean\":4.0,"
                         "\"change\":2.0,\"needs_work\":false,\"reason\":\"\"}");
  CHECK_CONTAINS(s.data, "\"reason\":\"follow-up mean 3.00 is yellow; fell 1.00 from 4.00 to 3.00\"");
  rorkit_string_free(&s);

  CHECK_FAIL(rorkit_course_temperature(&s, c, "nope", 5), RORKIT_ERROR_NOT_FOUND, "nope", "b1");
  CHECK_FAIL(rorkit_course_temperature(&s, c, "b1", 0), RORKIT_ERROR_INVALID_ARGUMENT, "min_cell", NULL);
  CHECK_FAIL(rorkit_course_temperature(&s, empty, NULL, 5), RORKIT_ERROR_NOT_FOUND, "survey", NULL);
  CHECK_FAIL(rorkit_course_temperature(NULL, c, "b1", 5), RORKIT_ERROR_NULL_POINTER, "json", NULL);
  CHECK_FAIL(rorkit_course_temperature(&s, NULL, "b1", 5), RORKIT_ERROR_NULL_POINTER, "course", NULL);
  CHECK_FAIL(rorkit_course_temperature(&s, c, "\xc3", 5), RORKIT_ERROR_INVALID_UTF8, "survey_id", NULL);
  CHECK_FAIL(rorkit_course_temperature_change(&s, c, "b1", "x1", 5), RORKIT_ERROR_VALIDATION,
             "d2", NULL);
  CHECK_FAIL(rorkit_course_temperature_change(&s, c, "b1", "nope", 5), RORKIT_ERROR_NOT_FOUND,
             "nope", NULL);
  CHECK_FAIL(rorkit_course_temperature_change(&s, c, NULL, "f1", 5), RORKIT_ERROR_NULL_POINTER,
             "baseline_id", NULL);
  CHECK_FAIL(rorkit_course_temperature_change(&s, c, "b1", NULL, 5), RORKIT_ERROR_NULL_POINTER,
             "followup_id", NULL);
  CHECK_FAIL(rorkit_course_temperature_change(NULL, c, "b1", "f1", 5), RORKIT_ERROR_NULL_POINTER,
             "json", NULL);
  CHECK(s.data == NULL);

  rorkit_course_free(c);
  rorkit_course_free(empty);
}

static void test_ical_and_purposes(void) {
  rorkit_course *c = planned_course();
  rorkit_string s = {NULL, 0};

  CHECK_OK(rorkit_course_ical(&s, c, "20261123T090000Z"));
  CHECK(strncmp(s.data, "BEGIN:VCALENDAR\r\n", 17) == 0);
  CHECK_CONTAINS(s.data, "UID:c-test-meeting-f1-joint-start@rorkit\r\n");
  CHECK_CONTAINS(s.data, "DTSTAMP:20261123T090000Z\r\n");
  CHECK_CONTAINS(s.data, "X-WR-CALNAME:Udviklingsforløb c-test\r\n");
  rorkit_string_free(&s);
  CHECK_OK(rorkit_course_ical(&s, c, NULL));
  CHECK_CONTAINS(s.data, "END:VCALENDAR\r\n");
  rorkit_string_free(&s);
  CHECK_FAIL(rorkit_course_ical(&s, c, "i går"), RORKIT_ERROR_INVALID_ARGUMENT, "dtstamp", NULL);
  CHECK_FAIL(rorkit_course_ical(NULL, c, NULL), RORKIT_ERROR_NULL_POINTER, "out", NULL);
  CHECK_FAIL(rorkit_course_ical(&s, NULL, NULL), RORKIT_ERROR_NULL_POINTER, "course", NULL);
  CHECK(s.data == NULL);

  CHECK_OK(rorkit_course_purposes(&s));
  CHECK_CONTAINS(s.data, "{\"purpose\":\"wellbeing\",\"number\":1,\"name_da\":\"Forbedre trivsel, "
                         "sundhed og mestring blandt borgerne\",\"key_figures\":[\"kf15\",\"kf16\",\"kf17\"]}");
  CHECK_CONTAINS(s.data, "\"purpose\":\"education-employment\"");
  rorkit_string_free(&s);
  CHECK_FAIL(rorkit_course_purposes(NULL), RORKIT_ERROR_NULL_POINTER, "json", NULL);
  rorkit_course_free(c);
}

int main(void) {
  test_documents();
  test_registration_and_organisation();
  test_plan();
  test_meetings();
  test_trial_actions();
  test_status();
  test_temperature();
  test_ical_and_purposes();
  return check_report();
}
