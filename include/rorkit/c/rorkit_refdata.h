/* rorkit C ABI: municipalities and regions (reference data). */
#ifndef RORKIT_REFDATA_H
#define RORKIT_REFDATA_H

#include "rorkit/c/rorkit_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A region. `name` is static. valid_to is {0,0,0} while the region is in force. */
typedef struct rorkit_region {
  int32_t code;          /* 1081-1085; 1086 = Region Østdanmark (provisional code) */
  const char *name;      /* "Region Hovedstaden" */
  rorkit_date valid_from;
  rorkit_date valid_to;
} rorkit_region;

/* A municipality and the region it belongs to on the date that was asked for. Strings are
   static. */
typedef struct rorkit_municipality {
  int32_t code;          /* 101 */
  char code3[4];         /* "101", StatBank form */
  char code4[5];         /* "0101", DAWA/CPR form */
  const char *name;      /* "København" */
  int32_t region_code;   /* region on the date asked */
  const char *region_name;
} rorkit_municipality;

/* Finds a municipality by code ("101", "0101") or name (case-insensitive, "Høje-Taastrup",
   "hoeje taastrup", "Aabenraa Kommune"). `on` picks the date for the region; NULL = today.
   RORKIT_ERROR_NOT_FOUND when nothing matches (the message names the query). */
RORKIT_API rorkit_status rorkit_municipality_find(rorkit_municipality *out, const char *query,
                                                  const rorkit_date *on);

/* Lists municipalities, ordered by code, into dst. region_code = 0 lists all 98; otherwise
   those in that region on `on` (NULL = today). *count receives the number written, or with
   RORKIT_ERROR_BUFFER_TOO_SMALL the number needed (dst may be NULL when capacity is 0). */
RORKIT_API rorkit_status rorkit_municipality_list(rorkit_municipality *dst, size_t capacity,
                                                  size_t *count, int32_t region_code,
                                                  const rorkit_date *on);

/* Lists the regions in force on `on` (NULL = today); same buffer rules. */
RORKIT_API rorkit_status rorkit_region_list(rorkit_region *dst, size_t capacity, size_t *count,
                                            const rorkit_date *on);

/* Finds a region by code (1084, "084") or name ("Region Sjælland", "sjaelland"). */
RORKIT_API rorkit_status rorkit_region_find(rorkit_region *out, const char *query);

#ifdef __cplusplus
}
#endif

#endif
