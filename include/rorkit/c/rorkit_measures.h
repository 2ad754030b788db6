/* rorkit C ABI: outcome measures - WHO-5, ORS, SRS, QPR-15, Brief INSPIRE-O and a generic
   multi-area 1-10 scale. Scoring with range checks and a missing-item rule, cut-off bands, the
   Jacobson-Truax reliable change index and a per-citizen series. Facts, sources and the
   reconstructions marked [I] are in docs/measures.md.

   Every string in a struct filled here (code, name, source, interpretation) is static: it lives
   as long as the process and is never freed. */
#ifndef RORKIT_MEASURES_H
#define RORKIT_MEASURES_H

#include "rorkit/c/rorkit_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Instruments. An int32_t that is none of these gives RORKIT_ERROR_INVALID_ARGUMENT. */
typedef enum rorkit_instrument {
  RORKIT_INSTRUMENT_WHO5 = 1,       /* 5 items 0-5, score = sum x 4 (0-100) */
  RORKIT_INSTRUMENT_ORS = 2,        /* 4 items 0-10 (decimals allowed), score = sum (0-40) */
  RORKIT_INSTRUMENT_SRS = 3,        /* 4 items 0-10 (decimals allowed), score = sum (0-40) */
  RORKIT_INSTRUMENT_QPR15 = 4,      /* 15 items 0-4, score = sum (0-60) */
  RORKIT_INSTRUMENT_INSPIRE_O = 5,  /* 5 items 0-4, score = mean x 25 (0-100) [I] */
  RORKIT_INSTRUMENT_MULTI_AREA = 6  /* 1-100 areas 1-10, score = mean (1-10) */
} rorkit_instrument;

/* Which side of the instrument's cut-off a score is on. */
typedef enum rorkit_score_band {
  RORKIT_SCORE_BAND_NONE = 0,        /* the instrument has no cut-off (QPR-15, multi-area) */
  RORKIT_SCORE_BAND_CLINICAL = 1,    /* the concern range */
  RORKIT_SCORE_BAND_NON_CLINICAL = 2
} rorkit_score_band;

/* How a change between two scores is classified. */
typedef enum rorkit_change_class {
  RORKIT_CHANGE_NONE = 0,          /* no reliable change */
  RORKIT_CHANGE_IMPROVED = 1,      /* reliably improved */
  RORKIT_CHANGE_DETERIORATED = 2,  /* reliably deteriorated */
  RORKIT_CHANGE_RECOVERED = 3      /* reliably improved, from the clinical to the other band */
} rorkit_change_class;

/* Static facts about an instrument. */
typedef struct rorkit_instrument_info {
  int32_t id;               /* rorkit_instrument */
  int32_t item_count;       /* 0 for multi-area: the caller's areas decide */
  const char *code;         /* "who5", "ors", "srs", "qpr15", "inspire_o", "multi_area" */
  const char *name;         /* "WHO-5 Well-Being Index" */
  const char *source;       /* where the facts come from */
  double item_min;
  double item_max;
  int32_t integer_items;    /* 1: items must be whole numbers; 0: decimals allowed (ORS, SRS) */
  int32_t has_cutoff;       /* 0: no cut-off, `cutoff` is 0 and every band is NONE */
  double cutoff;
  /* 1: score <= cutoff is clinical (WHO-5, ORS); 0: only score < cutoff (SRS, INSPIRE-O). */
  int32_t at_or_below_cutoff_is_clinical;
  int32_t max_missing_default; /* items that may be missing (and are prorated) by default */
  double score_min;
  double score_max;
  double reliable_change_points; /* the documented reliable / clinically relevant change */
} rorkit_instrument_info;

/* *instrument = the instrument with that code, compared ignoring case, '-', '_' and spaces
   ("who5", "WHO-5", "inspire-o", "multi_area"). RORKIT_ERROR_NOT_FOUND names the code. */
RORKIT_API rorkit_status rorkit_measure_find(int32_t *instrument, const char *code);

/* The facts of one instrument. */
RORKIT_API rorkit_status rorkit_measure_info(rorkit_instrument_info *out, int32_t instrument);

/* All instruments ordered by id (RORKIT_MEASURE_COUNT of them); the usual buffer rules:
   *count gets the number written, or with RORKIT_ERROR_BUFFER_TOO_SMALL the number needed. */
#define RORKIT_MEASURE_COUNT 6
RORKIT_API rorkit_status rorkit_measure_list(rorkit_instrument_info *dst, size_t capacity,
                                             size_t *count);

/* Options for scoring. A struct with only `version` set (or RORKIT_SCORE_OPTIONS_INIT) means
   the defaults; passing NULL means the same. */
#define RORKIT_SCORE_OPTIONS_VERSION 1
typedef struct rorkit_score_options {
  uint32_t version;         /* RORKIT_SCORE_OPTIONS_VERSION */
  int32_t use_max_missing;  /* 0: the instrument's max_missing_default; 1: use max_missing */
  int32_t max_missing;      /* >= 0: how many items may be missing (they are then prorated) */
} rorkit_score_options;
#define RORKIT_SCORE_OPTIONS_INIT {RORKIT_SCORE_OPTIONS_VERSION, 0, 0}

/* A scored response. */
typedef struct rorkit_score {
  int32_t instrument;       /* rorkit_instrument */
  int32_t answered;         /* items present */
  int32_t prorated;         /* 1 when missing items were replaced by the answered items' mean */
  int32_t band;             /* rorkit_score_band */
  double raw;               /* item sum (prorated when items were missing) */
  double score;             /* on the reporting scale: WHO-5 0-100, ORS 0-40, ... */
  const char *interpretation; /* static English text, e.g. "clinical range (score <= 25)" */
} rorkit_score;

/* Scores `n` item responses given in the instrument's order. present[i] == 0 marks item i as
   missing (items[i] is then ignored); present == NULL means every item is present.
   Failures, with the message naming what was wrong:
     RORKIT_ERROR_INVALID_ARGUMENT    wrong item count ("WHO-5 has 5 items, got 4"; multi-area
                                      takes 1-100), unknown instrument, negative max_missing
     RORKIT_ERROR_ITEM_OUT_OF_RANGE   an item outside its scale, not a whole number where one is
                                      required, or NaN ("WHO-5 item 3 is 6; allowed: whole
                                      numbers 0-5"; items are numbered from 1)
     RORKIT_ERROR_MISSING_ITEMS       more items missing than allowed, or all of them
     RORKIT_ERROR_UNSUPPORTED_VERSION opts->version is not RORKIT_SCORE_OPTIONS_VERSION */
RORKIT_API rorkit_status rorkit_measure_score(rorkit_score *out, int32_t instrument,
                                              const double *items, const uint8_t *present,
                                              size_t n, const rorkit_score_options *opts);

/* Jacobson-Truax parameters: SE = sd * sqrt(1 - reliability), S_diff = sqrt(2) * SE; a change
   is reliable when |after - before| / S_diff >= z. */
#define RORKIT_RCI_PARAMS_VERSION 1
typedef struct rorkit_rci_params {
  uint32_t version;    /* RORKIT_RCI_PARAMS_VERSION */
  double sd;           /* > 0 */
  double reliability;  /* in [0, 1) */
  double z;            /* > 0; 1.96 for p < .05 */
} rorkit_rci_params;

/* The instrument's default parameters (docs/measures.md): set out->version to
   RORKIT_RCI_PARAMS_VERSION first; the fields of that version are filled. */
RORKIT_API rorkit_status rorkit_measure_default_rci_params(rorkit_rci_params *out,
                                                           int32_t instrument);

typedef struct rorkit_reliable_change {
  double difference;       /* after - before */
  double rci;              /* difference / s_diff; positive = better for every instrument here */
  double s_diff;
  int32_t classification;  /* rorkit_change_class */
} rorkit_reliable_change;

/* Classifies the change between two scores (on the reporting scale) of one instrument.
   params NULL = the instrument's defaults. RORKIT_ERROR_OUT_OF_RANGE when a score is outside
   the instrument's score range; RORKIT_ERROR_INVALID_ARGUMENT for sd <= 0, reliability outside
   [0, 1) or z <= 0. */
RORKIT_API rorkit_status rorkit_measure_reliable_change(rorkit_reliable_change *out,
                                                        int32_t instrument, double before,
                                                        double after,
                                                        const rorkit_rci_params *params);

/* One point of a series. */
typedef struct rorkit_series_point {
  size_t row;              /* the measurement's row in the input arrays */
  rorkit_date date;
  rorkit_score score;
  rorkit_reliable_change since_baseline; /* compared with the earliest measurement */
} rorkit_series_point;

/* Scores `n_measurements` administrations of one instrument and orders them by date (equal
   dates keep their row order); each point is compared with the first. `items` holds
   n_measurements rows of n_items values (row-major), `present` the same shape or NULL (all
   present), `dates` one date per row. Same buffer rules as rorkit_measure_list: *count is
   n_measurements on success and with RORKIT_ERROR_BUFFER_TOO_SMALL. A row that cannot be scored
   fails the call with the status of rorkit_measure_score and a message naming "row N" (from
   0). */
RORKIT_API rorkit_status rorkit_measure_series(rorkit_series_point *dst, size_t capacity,
                                               size_t *count, int32_t instrument,
                                               const rorkit_date *dates, const double *items,
                                               const uint8_t *present, size_t n_measurements,
                                               size_t n_items, const rorkit_score_options *opts);

#ifdef __cplusplus
}
#endif

#endif
