/* rorkit C ABI: iCalendar (RFC 5545) export. Build a list of events in a rorkit_ical handle,
   then write it as text. */
#ifndef RORKIT_ICAL_H
#define RORKIT_ICAL_H

#include "rorkit/c/rorkit_common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct rorkit_ical rorkit_ical;

RORKIT_API rorkit_status rorkit_ical_create(rorkit_ical **out);
RORKIT_API void rorkit_ical_free(rorkit_ical *ical); /* NULL-safe */

/* Options; every field is optional (NULL = default). Set .version = RORKIT_ICAL_OPTIONS_VERSION.
   Fields are only ever appended. */
#define RORKIT_ICAL_OPTIONS_VERSION 1
typedef struct rorkit_ical_options {
  uint32_t version;
  const char *prodid;        /* default "-//rorkit//rorkit//DA" */
  const char *dtstamp;       /* "YYYYMMDDTHHMMSSZ"; default: now */
  const char *uid_domain;    /* default "rorkit.invalid" */
  const char *calendar_name; /* X-WR-CALNAME; default none */
} rorkit_ical_options;

/* The new options are checked against the events already added (an empty uid_domain is refused
   while an event without a uid needs one); on failure the old options stay. */
RORKIT_API rorkit_status rorkit_ical_set_options(rorkit_ical *ical,
                                                 const rorkit_ical_options *options);

/* Adds an all-day event covering [first, last]. uid, description and location may be NULL. */
RORKIT_API rorkit_status rorkit_ical_add_all_day(rorkit_ical *ical, const char *uid,
                                                 const char *summary, const char *description,
                                                 const char *location, rorkit_date first,
                                                 rorkit_date last);

/* Adds a timed event in Europe/Copenhagen local time; minutes after midnight (0-1439). */
RORKIT_API rorkit_status rorkit_ical_add_timed(rorkit_ical *ical, const char *uid,
                                               const char *summary, const char *description,
                                               const char *location, rorkit_date start_date,
                                               int32_t start_minute, rorkit_date end_date,
                                               int32_t end_minute);

/* Number of events added. */
RORKIT_API rorkit_status rorkit_ical_count(size_t *out, const rorkit_ical *ical);

/* Writes the VCALENDAR; the caller frees *out with rorkit_string_free. *out is overwritten, so
   pass a zeroed or already freed rorkit_string. */
RORKIT_API rorkit_status rorkit_ical_write(rorkit_string *out, const rorkit_ical *ical);

#ifdef __cplusplus
}
#endif

#endif
