/* rorkit C ABI: the strategic development course.

   A course crosses the ABI as an opaque handle. The whole course goes in and out as JSON in the
   course document format (docs/schemas/course.schema.json); so do single meetings and trial
   actions given by hand. What is computed about a course (the registration check, organisation
   findings, status, temperature summaries) comes out as JSON whose shapes docs/course.md gives,
   and the phases as a typed array.

   Planning never changes its input: rorkit_course_plan makes a new, planned course. The two
   edits (add a meeting, add a trial action) check everything first; a call that fails changes
   nothing. A course handle may be read by several threads at once; an edit needs the handle to
   itself (docs/threading.md). */
#ifndef RORKIT_COURSE_H
#define RORKIT_COURSE_H

#include "rorkit/c/rorkit_common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct rorkit_course rorkit_course;

/* The course's phases: Fase 0 Tilmelding (registration), then the three half-year phases. */
typedef enum rorkit_phase {
  RORKIT_PHASE_TILMELDING = 0,
  RORKIT_PHASE_FORBEREDE = 1,
  RORKIT_PHASE_UDVIKLE = 2,
  RORKIT_PHASE_FORANKRE = 3
} rorkit_phase;

/* ---- documents ------------------------------------------------------------------------------- */

/* Reads a course document (json need not be NUL-terminated; size is its length in bytes).
   RORKIT_ERROR_PARSE (line, column), SCHEMA (JSON pointer), UNSUPPORTED_VERSION, INVALID_DATE,
   DUPLICATE, DANGLING_REFERENCE, VALIDATION. */
RORKIT_API rorkit_status rorkit_course_from_json(rorkit_course **out, const char *json,
                                                 size_t size);

/* The course document; pretty = 1 indents two spaces. */
RORKIT_API rorkit_status rorkit_course_to_json(rorkit_string *out, const rorkit_course *course,
                                               int pretty);

RORKIT_API rorkit_status rorkit_course_clone(rorkit_course **out, const rorkit_course *course);
RORKIT_API void rorkit_course_free(rorkit_course *course); /* NULL-safe */

/* Facts about a course. `id` is borrowed: valid until the course changes or is freed. */
typedef struct rorkit_course_info {
  const char *id;
  int32_t municipality; /* code, 0 = none */
  rorkit_date requested_start;
  size_t people, groups, phases, meetings, activities, trial_actions, surveys;
} rorkit_course_info;
RORKIT_API rorkit_status rorkit_course_info_get(rorkit_course_info *out,
                                                const rorkit_course *course);

/* ---- registration and organisation ----------------------------------------------------------- */

/* The three registration criteria as JSON {"approved","criteria":[{"number","name","met",
   "reason"}]}; *approved (may be NULL) = 1 when all three are met. */
RORKIT_API rorkit_status rorkit_course_check_registration(rorkit_string *json_out, int *approved,
                                                          const rorkit_course *course);

/* The composition rules as findings, JSON [{"severity","code","path","message"}], errors first;
   *errors and *warnings (may be NULL) get the counts. */
RORKIT_API rorkit_status rorkit_course_validate_organisation(rorkit_string *findings_json,
                                                             size_t *errors, size_t *warnings,
                                                             const rorkit_course *course);

/* ---- planning -------------------------------------------------------------------------------- */

/* How meetings are laid out. A struct with only `version` set (or RORKIT_MEETING_OPTIONS_INIT)
   means the defaults; passing NULL means the same. Zero in a field means its default. */
#define RORKIT_MEETING_OPTIONS_VERSION 1
typedef struct rorkit_meeting_options {
  uint32_t version;                 /* RORKIT_MEETING_OPTIONS_VERSION */
  int32_t meetings_per_group;       /* per group and phase, 1-100; 0 = 3 (seed B) */
  int32_t min_spacing_working_days; /* between a group's meetings, 1-1000; 0 = 10 */
  int32_t preferred_weekday;        /* ISO 1 = Monday .. 5 = Friday; 0 = any working day */
  int32_t start_minute;             /* minutes after midnight, 1-1439; 0 = 540 (9:00) */
  int32_t duration_minutes;         /* 0 = 120 */
  const char *location;             /* NULL = none */
} rorkit_meeting_options;
#define RORKIT_MEETING_OPTIONS_INIT {RORKIT_MEETING_OPTIONS_VERSION, 0, 0, 0, 0, 0, NULL}

/* Plans the course from `start`: checks the registration (RORKIT_ERROR_REGISTRATION naming each
   unmet criterion) and the organisation (RORKIT_ERROR_COMPOSITION naming each broken rule), lays
   the three phases on the phase windows, schedules the meetings (RORKIT_ERROR_WINDOW_TOO_SHORT
   when a window cannot hold them; RORKIT_ERROR_OUT_OF_RANGE for options out of range) and
   creates the standard activities. `in` is not changed; *out gets a new course (free it with
   rorkit_course_free). warnings_json (may be NULL) gets a JSON array of English sentences (a
   start moved to the next window, organisation warnings, replaced meetings). */
RORKIT_API rorkit_status rorkit_course_plan(rorkit_course **out, rorkit_string *warnings_json,
                                            const rorkit_course *in, rorkit_date start,
                                            const rorkit_meeting_options *options);

/* A phase laid on its window. */
typedef struct rorkit_course_phase {
  int32_t phase; /* rorkit_phase */
  rorkit_date first;
  rorkit_date last;
  int64_t working_days;
} rorkit_course_phase;

/* The course's phases in document order (empty before planning). Buffer rules as in
   docs/c-api.md: (dst, capacity, *count), RORKIT_ERROR_BUFFER_TOO_SMALL with the size needed. */
RORKIT_API rorkit_status rorkit_course_phases(rorkit_course_phase *dst, size_t capacity,
                                              size_t *count, const rorkit_course *course);

/* The meetings as a JSON array of meeting objects of the course format ({"id","kind","phase",
   "group_ids","number","date","start_minute","end_minute","location","held"}). */
RORKIT_API rorkit_status rorkit_course_meetings(rorkit_string *out, const rorkit_course *course);

/* Adds a meeting given by hand (a meeting object of the course format). Refused, with the course
   unchanged: RORKIT_ERROR_NOT_A_WORKING_DAY (a weekend or holiday, named in Danish),
   OUT_OF_RANGE (no window for its phase, outside it, in a school break), VALIDATION (a joint
   meeting in the wrong phase), DANGLING_REFERENCE (an unknown group), DUPLICATE (its id is
   taken), DATE_ORDER, INVALID_ARGUMENT, and the document errors of rorkit_course_from_json. */
RORKIT_API rorkit_status rorkit_course_add_meeting(rorkit_course *course,
                                                   const char *meeting_json);

/* Adds a trial action (prøvehandling; a trial-action object of the course format). Refused,
   with the course unchanged: DUPLICATE (its id is taken), VALIDATION (not in Fase 2 or 3),
   DANGLING_REFERENCE (an owner who is not a person of the course), DATE_ORDER, and the
   document errors. */
RORKIT_API rorkit_status rorkit_course_add_trial_action(rorkit_course *course,
                                                        const char *trial_json);

/* ---- status, temperature, calendar ------------------------------------------------------------ */

/* The course on a date: json gets {"on","phase","phase_name_da","between_phases","finished",
   "meetings","activities","trial_actions","temperature"}, text a few lines of Danish a
   coordinator can send. Either may be NULL, not both. */
RORKIT_API rorkit_status rorkit_course_status(rorkit_string *json, rorkit_string *text,
                                              const rorkit_course *course, rorkit_date on);

/* The summary of one temperature survey (survey_id NULL = the latest by date) as JSON
   {"survey_id","kind","date","responses","min_cell","cells":[{"dimension_id","role","n",
   "suppressed","mean","distribution","light"}]}: per dimension the all-respondents cell (role
   null), then one per role that answered. Cells with fewer than min_cell (>= 1; the default is
   5) answers are suppressed (mean and light null). RORKIT_ERROR_NOT_FOUND for an unknown id. */
RORKIT_API rorkit_status rorkit_course_temperature(rorkit_string *json,
                                                   const rorkit_course *course,
                                                   const char *survey_id, int32_t min_cell);

/* Baseline vs follow-up, dimension by dimension, as JSON {"baseline_id","followup_id",
   "changes":[{"dimension_id","baseline_mean","followup_mean","change","needs_work",
   "reason"}]}. RORKIT_ERROR_VALIDATION when the surveys measure different dimensions. */
RORKIT_API rorkit_status rorkit_course_temperature_change(rorkit_string *json,
                                                          const rorkit_course *course,
                                                          const char *baseline_id,
                                                          const char *followup_id,
                                                          int32_t min_cell);

/* The meetings and activity deadlines as an iCalendar file with stable UIDs. dtstamp
   "YYYYMMDDTHHMMSSZ" (NULL = now). */
RORKIT_API rorkit_status rorkit_course_ical(rorkit_string *out, const rorkit_course *course,
                                            const char *dtstamp);

/* The course's five purposes and the key figures that measure each, as JSON
   [{"purpose","number","name_da","key_figures":[...]}]. */
RORKIT_API rorkit_status rorkit_course_purposes(rorkit_string *json);

#ifdef __cplusplus
}
#endif

#endif
