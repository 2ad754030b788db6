/* rorkit C ABI: citizen plans and caseloads.

   A plan crosses the ABI as an opaque handle. Whole plans and single entries (an aspiration, a
   goal, an action ...) go in and out as JSON in the plan document format
   (docs/plan-format.md, docs/schemas/plan.schema.json); the operations case-management systems
   call per request (transition a goal, due follow-ups, validate, audit) are typed.

   Every change records who made it, when and why (rorkit_change). A call that fails changes
   nothing: the plan keeps its state and its history. */
#ifndef RORKIT_PLAN_H
#define RORKIT_PLAN_H

#include "rorkit/c/rorkit_common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct rorkit_plan rorkit_plan;
typedef struct rorkit_caseload rorkit_caseload;

/* The lists of a plan (the "collection" of an entry). */
typedef enum rorkit_collection {
  RORKIT_COLLECTION_ASPIRATIONS = 1,
  RORKIT_COLLECTION_RESOURCES = 2,
  RORKIT_COLLECTION_NETWORK = 3,
  RORKIT_COLLECTION_GOALS = 4,
  RORKIT_COLLECTION_ACTIONS = 5,
  RORKIT_COLLECTION_FOLLOWUPS = 6,
  RORKIT_COLLECTION_MEASUREMENTS = 7
} rorkit_collection;

/* FHIR Goal.lifecycleStatus. */
typedef enum rorkit_goal_lifecycle {
  RORKIT_GOAL_PROPOSED = 1,
  RORKIT_GOAL_PLANNED = 2,
  RORKIT_GOAL_ACCEPTED = 3,
  RORKIT_GOAL_ACTIVE = 4,
  RORKIT_GOAL_ON_HOLD = 5,
  RORKIT_GOAL_COMPLETED = 6,
  RORKIT_GOAL_CANCELLED = 7,
  RORKIT_GOAL_ENTERED_IN_ERROR = 8,
  RORKIT_GOAL_REJECTED = 9
} rorkit_goal_lifecycle;

/* Who makes a change, when and why. Set .version = RORKIT_CHANGE_VERSION. `by` is required;
   `at` is a UTC time "YYYY-MM-DDTHH:MM:SSZ" (NULL = now); `why` may be NULL. */
#define RORKIT_CHANGE_VERSION 1
typedef struct rorkit_change {
  uint32_t version;
  const char *by;
  const char *at;
  const char *why;
} rorkit_change;

/* ---- plans ----------------------------------------------------------------------------------- */

/* A new plan. citizen_json is a citizen object of the plan format, e.g.
   {"id":"borger-17","municipality":751}. */
RORKIT_API rorkit_status rorkit_plan_create(rorkit_plan **out, const char *plan_id,
                                            const char *citizen_json, rorkit_date created,
                                            const rorkit_change *change);

/* Reads a plan document (json need not be NUL-terminated; size is its length in bytes). */
RORKIT_API rorkit_status rorkit_plan_from_json(rorkit_plan **out, const char *json, size_t size);

RORKIT_API rorkit_status rorkit_plan_clone(rorkit_plan **out, const rorkit_plan *plan);
RORKIT_API void rorkit_plan_free(rorkit_plan *plan); /* NULL-safe */

/* Options for writing; set .version = RORKIT_PLAN_JSON_OPTIONS_VERSION. NULL = compact, with
   history. */
#define RORKIT_PLAN_JSON_OPTIONS_VERSION 1
typedef struct rorkit_plan_json_options {
  uint32_t version;
  int pretty;          /* 1: indented */
  int without_history; /* 1: state only */
} rorkit_plan_json_options;

RORKIT_API rorkit_status rorkit_plan_to_json(rorkit_string *out, const rorkit_plan *plan,
                                             const rorkit_plan_json_options *options);

/* Facts about a plan. `id` is borrowed: valid until the plan changes or is freed. */
typedef struct rorkit_plan_info {
  const char *id;
  rorkit_date created;
  int32_t municipality;
  size_t aspirations, resources, network, goals, actions, followups, measurements;
  size_t history; /* number of events */
} rorkit_plan_info;
RORKIT_API rorkit_status rorkit_plan_info_get(rorkit_plan_info *out, const rorkit_plan *plan);

/* Adds an entry (JSON object of the plan format) to a collection; RORKIT_ERROR_DUPLICATE when
   its id exists. Updating replaces the entry with the same id (RORKIT_ERROR_NOT_FOUND when
   there is none). References and rules are checked (DANGLING_REFERENCE, VALIDATION, ...). */
RORKIT_API rorkit_status rorkit_plan_add(rorkit_plan *plan, int32_t collection,
                                         const char *entry_json, const rorkit_change *change);
RORKIT_API rorkit_status rorkit_plan_update(rorkit_plan *plan, int32_t collection,
                                            const char *entry_json, const rorkit_change *change);
/* RORKIT_ERROR_REFERENCED when something still refers to the entry. */
RORKIT_API rorkit_status rorkit_plan_remove(rorkit_plan *plan, int32_t collection,
                                            const char *entry_id, const rorkit_change *change);

/* One entry as JSON; RORKIT_ERROR_NOT_FOUND when absent. */
RORKIT_API rorkit_status rorkit_plan_get(rorkit_string *out, const rorkit_plan *plan,
                                         int32_t collection, const char *entry_id);

/* Moves a goal along the lifecycle; RORKIT_ERROR_ILLEGAL_TRANSITION names both states. */
RORKIT_API rorkit_status rorkit_plan_transition_goal(rorkit_plan *plan, const char *goal_id,
                                                     int32_t lifecycle,
                                                     const rorkit_change *change);

/* Replaces the §141 stk. 3 content (a section141 object of the plan format). */
RORKIT_API rorkit_status rorkit_plan_set_section141(rorkit_plan *plan, const char *json,
                                                   const rorkit_change *change);

/* Sets the follow-up interval in months (1-60). */
RORKIT_API rorkit_status rorkit_plan_set_followup_interval(rorkit_plan *plan, int32_t months,
                                                           const rorkit_change *change);

/* Findings as a JSON array [{"severity","code","path","message"}], errors first. *errors and
   *warnings (may be NULL) get the counts. `on` (NULL = no date checks) judges overdue items. */
RORKIT_API rorkit_status rorkit_plan_validate(rorkit_string *out, size_t *errors, size_t *warnings,
                                              const rorkit_plan *plan, const rorkit_date *on);

/* The audit against the eight principles as JSON {"plan_id","points","principles":[{
   "principle","name_da","verdict","reasons":[...]}]}; *points (may be NULL) gets 0-16. */
RORKIT_API rorkit_status rorkit_plan_audit(rorkit_string *out, int32_t *points,
                                           const rorkit_plan *plan, rorkit_date on);

/* The next plan-level follow-up (on a Danish working day); *has_due = 0 when the plan has
   ended. */
RORKIT_API rorkit_status rorkit_plan_next_followup(rorkit_date *out, int *has_due,
                                                   const rorkit_plan *plan);

/* FHIR achievementStatus code of a goal ("improving", "achieved" ...), static string. */
RORKIT_API rorkit_status rorkit_plan_goal_achievement(const char **code, const rorkit_plan *plan,
                                                      const char *goal_id);

/* The plan as it was after its first `events` history events (0 = empty). */
RORKIT_API rorkit_status rorkit_plan_at_version(rorkit_plan **out, const rorkit_plan *plan,
                                                size_t events);

/* A FHIR R4 Bundle (JSON) with Patient, CarePlan, Goals, Tasks and Observations. */
RORKIT_API rorkit_status rorkit_plan_to_fhir(rorkit_string *out, const rorkit_plan *plan);

/* ---- caseloads ------------------------------------------------------------------------------- */

RORKIT_API rorkit_status rorkit_caseload_create(rorkit_caseload **out);
RORKIT_API void rorkit_caseload_free(rorkit_caseload *caseload); /* NULL-safe */

/* Adds a copy of a plan; RORKIT_ERROR_DUPLICATE when its id is held. */
RORKIT_API rorkit_status rorkit_caseload_add(rorkit_caseload *caseload, const rorkit_plan *plan);
/* Adds every plan of a JSON Lines text (one document per line); all or nothing. */
RORKIT_API rorkit_status rorkit_caseload_add_jsonl(rorkit_caseload *caseload, const char *text,
                                                   size_t size);
/* Replaces the plan with the same id (RORKIT_ERROR_NOT_FOUND when none). */
RORKIT_API rorkit_status rorkit_caseload_replace(rorkit_caseload *caseload,
                                                 const rorkit_plan *plan);
/* *removed (may be NULL) = 1 when a plan was removed. */
RORKIT_API rorkit_status rorkit_caseload_remove(int *removed, rorkit_caseload *caseload,
                                                const char *plan_id);
RORKIT_API rorkit_status rorkit_caseload_size(size_t *out, const rorkit_caseload *caseload);

/* A copy of one plan; RORKIT_ERROR_NOT_FOUND when absent. */
RORKIT_API rorkit_status rorkit_caseload_get(rorkit_plan **out, const rorkit_caseload *caseload,
                                             const char *plan_id);

/* A due follow-up: of the whole plan (goal_id "") or of one goal. The strings are borrowed from
   the caseload: valid until it changes or is freed. */
typedef struct rorkit_due {
  const char *plan_id;
  const char *goal_id;
  rorkit_date due;
} rorkit_due;

/* Next follow-ups due in [first, last], ordered by date, plan id, goal id. Buffer rules as in
   docs/c-api.md: (dst, capacity, *count), RORKIT_ERROR_BUFFER_TOO_SMALL with the size needed. */
RORKIT_API rorkit_status rorkit_caseload_followups_due(rorkit_due *dst, size_t capacity,
                                                       size_t *count,
                                                       const rorkit_caseload *caseload,
                                                       rorkit_date first, rorkit_date last);
/* Next follow-ups due before `on`. */
RORKIT_API rorkit_status rorkit_caseload_overdue_followups(rorkit_due *dst, size_t capacity,
                                                           size_t *count,
                                                           const rorkit_caseload *caseload,
                                                           rorkit_date on);

/* Reports as JSON: overdue goals and actions on a date ({"goals":[{plan_id,id,due}],
   "actions":[...]}), plans missing §141 elements ([{plan_id, missing:[...]}]), the worklist of a
   responsible party (kind "staff", "citizen", "network-member", "civil-society",
   "employer-education"; name NULL = any) and the review of the `count` most recent cases. */
RORKIT_API rorkit_status rorkit_caseload_overdue(rorkit_string *out,
                                                 const rorkit_caseload *caseload, rorkit_date on);
RORKIT_API rorkit_status rorkit_caseload_missing_section141(rorkit_string *out,
                                                            const rorkit_caseload *caseload);
RORKIT_API rorkit_status rorkit_caseload_worklist(rorkit_string *out,
                                                  const rorkit_caseload *caseload,
                                                  const char *party_kind, const char *name);
RORKIT_API rorkit_status rorkit_caseload_case_review(rorkit_string *out,
                                                     const rorkit_caseload *caseload,
                                                     rorkit_date on, size_t count, uint64_t seed);

#ifdef __cplusplus
}
#endif

#endif
