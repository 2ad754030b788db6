/* rorkit C ABI: status codes, errors, versions, owned strings and dates.
   Every rule stated here is explained in docs/c-api.md. */
#ifndef RORKIT_COMMON_H
#define RORKIT_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "rorkit/c/rorkit_export.h"
#include "rorkit/c/rorkit_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes. Values are pinned forever; new codes are only ever added, inside their range.
     0            success
     -1 .. -99    general
     -100 .. -199 dates and the calendar
     -200 .. -299 reference data
     -300 .. -399 citizen plans and outcome measures
     -400 .. -499 the strategic development course
     -500 .. -599 key figures
     -600 .. -699 formats (JSON, FHIR, CSV, iCalendar, HTML) */
typedef enum rorkit_status {
  RORKIT_OK = 0,

  RORKIT_ERROR_INTERNAL = -1,            /* a bug in rorkit; please report it */
  RORKIT_ERROR_INVALID_ARGUMENT = -2,    /* an argument has a value the function cannot accept */
  RORKIT_ERROR_NULL_POINTER = -3,        /* a required pointer argument was NULL */
  RORKIT_ERROR_BUFFER_TOO_SMALL = -4,    /* caller buffer too small; the needed size was reported */
  RORKIT_ERROR_OUT_OF_MEMORY = -5,
  RORKIT_ERROR_INVALID_UTF8 = -6,        /* an input string is not valid UTF-8 */
  RORKIT_ERROR_NOT_FOUND = -7,           /* a looked-up thing does not exist */
  RORKIT_ERROR_OUT_OF_RANGE = -8,        /* a number is outside the supported range */
  RORKIT_ERROR_PARSE = -9,               /* text could not be parsed */
  RORKIT_ERROR_IO = -10,                 /* a file could not be read or written */
  RORKIT_ERROR_UNSUPPORTED_VERSION = -11,/* options struct or document version not supported */
  RORKIT_ERROR_DUPLICATE = -12,          /* an id or key is already present */
  RORKIT_ERROR_INVALID_STATE = -13,      /* the operation is not allowed in the object's state */
  RORKIT_ERROR_VALIDATION = -14,         /* input is well formed but breaks a rule */

  RORKIT_ERROR_INVALID_DATE = -100,      /* not a real calendar date (2023-02-29, month 13) */
  RORKIT_ERROR_YEAR_OUT_OF_RANGE = -101, /* a year outside what the calendar supports */
  RORKIT_ERROR_DATE_ORDER = -102,        /* dates out of order (end before start) */
  RORKIT_ERROR_INVALID_SCHOOL_BREAK = -103, /* a school-break override that cannot be right */

  RORKIT_ERROR_ILLEGAL_TRANSITION = -300,   /* a lifecycle change the state machine forbids */
  RORKIT_ERROR_DANGLING_REFERENCE = -301,   /* an id that points at nothing (action -> goal) */
  RORKIT_ERROR_ITEM_OUT_OF_RANGE = -302,    /* a measure item outside its scale */
  RORKIT_ERROR_MISSING_ITEMS = -303,        /* too many measure items missing to score */
  RORKIT_ERROR_REFERENCED = -304,           /* cannot remove: something still refers to it */

  RORKIT_ERROR_WINDOW_TOO_SHORT = -400,     /* a phase window cannot hold its meetings */
  RORKIT_ERROR_COMPOSITION = -401,          /* a group's composition breaks a rule */
  RORKIT_ERROR_REGISTRATION = -402,         /* a registration criterion is not met */
  RORKIT_ERROR_NOT_A_WORKING_DAY = -403,    /* a date given by hand is a holiday or weekend */

  RORKIT_ERROR_SCHEMA = -600                /* a document of the wrong shape: type, field, enum */
} rorkit_status;

/* A static English description of a status code, e.g. "not found". Never NULL. */
RORKIT_API const char *rorkit_status_str(rorkit_status status);

/* The message of the last failed call on this thread. Never NULL; "" after a call that
   succeeded: every call clears it at its start, except rorkit_status_str, rorkit_last_error and
   the *_free functions, so that `rorkit_status_str(st), rorkit_last_error()` can be printed
   together. Valid until the next rorkit call on this thread. */
RORKIT_API const char *rorkit_last_error(void);

/* The library's version string, e.g. "0.1.0", which may differ from RORKIT_VERSION_STRING in the
   header you compiled against. */
RORKIT_API const char *rorkit_version(void);

/* The ABI major of the loaded library; compare with RORKIT_ABI_VERSION. */
RORKIT_API uint32_t rorkit_abi_version(void);

/* A string the library made and the caller owns: UTF-8, `size` bytes plus a terminating NUL.
   Free it with rorkit_string_free. A zero-initialised rorkit_string is empty and safe to free. */
typedef struct rorkit_string {
  char *data;
  size_t size;
} rorkit_string;

/* Frees the bytes and resets the struct to empty. NULL-safe, and safe to call twice. */
RORKIT_API void rorkit_string_free(rorkit_string *str);

/* A calendar date in the proleptic Gregorian calendar. */
typedef struct rorkit_date {
  int32_t year;
  int32_t month; /* 1-12 */
  int32_t day;   /* 1-31 */
} rorkit_date;

/* Parses an ISO 8601 calendar date "YYYY-MM-DD" (exactly that form). */
RORKIT_API rorkit_status rorkit_date_parse(rorkit_date *out, const char *iso);

/* Writes "YYYY-MM-DD" and a NUL into dst, which needs RORKIT_DATE_ISO_SIZE bytes. */
#define RORKIT_DATE_ISO_SIZE 11
RORKIT_API rorkit_status rorkit_date_format(char *dst, size_t capacity, rorkit_date date);

/* RORKIT_OK if the date exists (years 1-9999), RORKIT_ERROR_INVALID_DATE otherwise. */
RORKIT_API rorkit_status rorkit_date_validate(rorkit_date date);

#ifdef __cplusplus
}
#endif

#endif
