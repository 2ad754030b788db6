/* Outcome measures through the C ABI: instrument facts, scoring, reliable change and series,
   and every failing path (NULL pointers, unknown instruments, wrong item counts, items out of
   range, too many missing, options versions).

   Expected values are worked by hand from DOMAIN.md §7, not taken from the library:
   - WHO-5 score = item sum x 4; ORS, SRS and QPR-15 score = item sum; Brief INSPIRE-O score =
     item mean x 25; multi-area score = item mean; a missing item is replaced by the mean of the
     answered ones (raw = sum / answered x item count);
   - Jacobson-Truax: S_diff = sqrt(2) x sd x sqrt(1 - r), RCI = (after - before) / S_diff,
     reliable when |RCI| >= 1.96; the default parameters make 1.96 x S_diff the documented change,
     so the default S_diff is change / 1.96 (WHO-5 10 / 1.96 = 5.102041). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

static int near(double a, double b) { return fabs(a - b) < 1e-6; }
#define CHECK_NEAR(actual, expected) CHECK(near((actual), (expected)))

static void test_info_and_find(void) {
  rorkit_instrument_info info, all[RORKIT_MEASURE_COUNT + 1];
  int32_t id = 0;
  size_t count = 0, i;
  int ordered = 1;

  CHECK_OK(rorkit_measure_info(&info, RORKIT_INSTRUMENT_WHO5));
  CHECK_INT(info.id, RORKIT_INSTRUMENT_WHO5);
  CHECK_STR(info.code, "who5");
  CHECK_STR(info.name, "WHO-5 Well-Being Index");
  CHECK(info.source != NULL && info.source[0] != '\0');
  CHECK_INT(info.item_count, 5);
  CHECK(info.item_min == 0 && info.item_max == 5);
  CHECK_INT(info.integer_items, 1);
  CHECK(info.score_min == 0 && info.score_max == 100);
  CHECK_INT(info.has_cutoff, 1);
  CHECK(info.cutoff == 50);
  CHECK_INT(info.at_or_below_cutoff_is_clinical, 1);
  CHECK_INT(info.max_missing_default, 0);
  CHECK(info.reliable_change_points == 10);

  CHECK_OK(rorkit_measure_info(&info, RORKIT_INSTRUMENT_SRS));
  CHECK_INT(info.integer_items, 0);
  CHECK(info.cutoff == 36);
  CHECK_INT(info.at_or_below_cutoff_is_clinical, 0);

  CHECK_OK(rorkit_measure_info(&info, RORKIT_INSTRUMENT_QPR15));
  CHECK_INT(info.item_count, 15);
  CHECK_INT(info.has_cutoff, 0);
  CHECK(info.cutoff == 0);
  CHECK_INT(info.max_missing_default, 2);

  CHECK_OK(rorkit_measure_info(&info, RORKIT_INSTRUMENT_MULTI_AREA));
  CHECK_INT(info.item_count, 0);
  CHECK(info.item_min == 1 && info.item_max == 10);

  CHECK_FAIL(rorkit_measure_info(NULL, RORKIT_INSTRUMENT_WHO5), RORKIT_ERROR_NULL_POINTER,
             "rorkit_measure_info", "out");
  memset(&info, 0xAB, sizeof info);
  CHECK_FAIL(rorkit_measure_info(&info, 0), RORKIT_ERROR_INVALID_ARGUMENT, "instrument", "0");
  CHECK_FAIL(rorkit_measure_info(&info, 7), RORKIT_ERROR_INVALID_ARGUMENT, "instrument", "7");
  {
    rorkit_instrument_info untouched;
    memset(&untouched, 0xAB, sizeof untouched);
    CHECK(memcmp(&info, &untouched, sizeof info) == 0); /* a failed call changes nothing */
  }

  /* The list: size query, then fill. */
  CHECK_FAIL(rorkit_measure_list(NULL, 0, &count), RORKIT_ERROR_BUFFER_TOO_SMALL,
             "rorkit_measure_list", NULL);
  CHECK_INT(count, RORKIT_MEASURE_COUNT);
  CHECK_OK(rorkit_measure_list(all, RORKIT_MEASURE_COUNT + 1, &count));
  CHECK_INT(count, RORKIT_MEASURE_COUNT);
  for (i = 0; i < RORKIT_MEASURE_COUNT; ++i)
    if (all[i].id != (int32_t)(i + 1)) ordered = 0;
  CHECK(ordered);
  CHECK_STR(all[4].code, "inspire_o");
  CHECK_FAIL(rorkit_measure_list(all, 1, &count), RORKIT_ERROR_BUFFER_TOO_SMALL, NULL, NULL);
  CHECK_INT(count, RORKIT_MEASURE_COUNT);
  CHECK_FAIL(rorkit_measure_list(all, RORKIT_MEASURE_COUNT, NULL), RORKIT_ERROR_NULL_POINTER,
             "count", NULL);

  /* Codes, loosely spelled. */
  CHECK_OK(rorkit_measure_find(&id, "who5"));
  CHECK_INT(id, RORKIT_INSTRUMENT_WHO5);
  CHECK_OK(rorkit_measure_find(&id, "WHO-5"));
  CHECK_INT(id, RORKIT_INSTRUMENT_WHO5);
  CHECK_OK(rorkit_measure_find(&id, "inspire-o"));
  CHECK_INT(id, RORKIT_INSTRUMENT_INSPIRE_O);
  CHECK_OK(rorkit_measure_find(&id, "multi_area"));
  CHECK_INT(id, RORKIT_INSTRUMENT_MULTI_AREA);
  CHECK_OK(rorkit_measure_find(&id, "QPR-15"));
  CHECK_INT(id, RORKIT_INSTRUMENT_QPR15);
  id = 77;
  CHECK_FAIL(rorkit_measure_find(&id, "phq9"), RORKIT_ERROR_NOT_FOUND, "rorkit_measure_find",
             NULL);
  CHECK_CONTAINS(rorkit_last_error(), "\"phq9\"");
  CHECK_INT(id, 77);
  CHECK_FAIL(rorkit_measure_find(NULL, "who5"), RORKIT_ERROR_NULL_POINTER, "instrument", NULL);
  CHECK_FAIL(rorkit_measure_find(&id, NULL), RORKIT_ERROR_NULL_POINTER, "code", NULL);
  CHECK_FAIL(rorkit_measure_find(&id, "who\xff"), RORKIT_ERROR_INVALID_UTF8, "code", NULL);
}

static void test_score_values(void) {
  rorkit_score s;
  const double who5_low[5] = {3, 3, 2, 3, 1};  /* 12 -> 48 */
  const double who5_ok[5] = {3, 4, 2, 3, 1};   /* 13 -> 52 */
  const double who5_max[5] = {5, 5, 5, 5, 5};  /* 25 -> 100 */
  const double ors_edge[4] = {6.5, 6.5, 6.5, 5.5}; /* 25: clinical (<= 25) */
  const double srs_edge[4] = {9, 9, 9, 9};          /* 36: not a concern (< 36 is) */
  const double ins[5] = {2, 2, 2, 2, 1};            /* 9 / 5 x 25 = 45 */
  const double multi[3] = {4, 6, 7};                /* 17 / 3 */
  double qpr[15];
  size_t i;

  CHECK_OK(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5_low, NULL, 5, NULL));
  CHECK_INT(s.instrument, RORKIT_INSTRUMENT_WHO5);
  CHECK(s.raw == 12);
  CHECK(s.score == 48);
  CHECK_INT(s.answered, 5);
  CHECK_INT(s.prorated, 0);
  CHECK_INT(s.band, RORKIT_SCORE_BAND_CLINICAL);
  CHECK_CONTAINS(s.interpretation, "poor well-being");

  CHECK_OK(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5_ok, NULL, 5, NULL));
  CHECK(s.score == 52);
  CHECK_INT(s.band, RORKIT_SCORE_BAND_NON_CLINICAL);

  CHECK_OK(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5_max, NULL, 5, NULL));
  CHECK(s.raw == 25);
  CHECK(s.score == 100);

  CHECK_OK(rorkit_measure_score(&s, RORKIT_INSTRUMENT_ORS, ors_edge, NULL, 4, NULL));
  CHECK(s.score == 25);
  CHECK_INT(s.band, RORKIT_SCORE_BAND_CLINICAL);
  CHECK_STR(s.interpretation, "clinical range (score <= 25)");

  CHECK_OK(rorkit_measure_score(&s, RORKIT_INSTRUMENT_SRS, srs_edge, NULL, 4, NULL));
  CHECK(s.score == 36);
  CHECK_INT(s.band, RORKIT_SCORE_BAND_NON_CLINICAL);

  CHECK_OK(rorkit_measure_score(&s, RORKIT_INSTRUMENT_INSPIRE_O, ins, NULL, 5, NULL));
  CHECK(s.raw == 9);
  CHECK(s.score == 45);
  CHECK_INT(s.band, RORKIT_SCORE_BAND_CLINICAL);

  CHECK_OK(rorkit_measure_score(&s, RORKIT_INSTRUMENT_MULTI_AREA, multi, NULL, 3, NULL));
  CHECK(s.raw == 17);
  CHECK_NEAR(s.score, 17.0 / 3.0);
  CHECK_INT(s.band, RORKIT_SCORE_BAND_NONE);
  CHECK_CONTAINS(s.interpretation, "no cut-off");

  for (i = 0; i < 15; ++i) qpr[i] = 4;
  CHECK_OK(rorkit_measure_score(&s, RORKIT_INSTRUMENT_QPR15, qpr, NULL, 15, NULL));
  CHECK(s.score == 60);
  CHECK_INT(s.band, RORKIT_SCORE_BAND_NONE);
}

static void test_missing_items(void) {
  rorkit_score s;
  /* WHO-5 with item 2 missing: 4 + 3 + 3 + 2 = 12 over 4, mean 3, raw 15, score 60. The value
     under a missing flag is ignored, however wild. */
  const double who5[5] = {4, 99, 3, 3, 2};
  const uint8_t who5_present[5] = {1, 0, 1, 1, 1};
  rorkit_score_options allow1 = RORKIT_SCORE_OPTIONS_INIT;
  rorkit_score_options defaults = RORKIT_SCORE_OPTIONS_INIT;
  rorkit_score_options bad;
  double qpr[15];
  uint8_t qpr_present[15];
  size_t i;
  allow1.use_max_missing = 1;
  allow1.max_missing = 1;

  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5, who5_present, 5, NULL),
             RORKIT_ERROR_MISSING_ITEMS, "item", "2");
  CHECK_CONTAINS(rorkit_last_error(), "1 of 5 items missing (item 2); at most 0 may be missing");
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5, who5_present, 5, &defaults),
             RORKIT_ERROR_MISSING_ITEMS, NULL, NULL);
  CHECK_OK(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5, who5_present, 5, &allow1));
  CHECK_INT(s.answered, 4);
  CHECK_INT(s.prorated, 1);
  CHECK(s.raw == 15);
  CHECK(s.score == 60);

  /* QPR-15 allows 2 missing by default. Items 1-13 are 3, item 14 is 0, item 15 missing:
     39 over 14 answered, raw = 39 / 14 x 15 = 41.785714. */
  for (i = 0; i < 15; ++i) {
    qpr[i] = 3;
    qpr_present[i] = 1;
  }
  qpr[13] = 0;
  qpr_present[14] = 0;
  CHECK_OK(rorkit_measure_score(&s, RORKIT_INSTRUMENT_QPR15, qpr, qpr_present, 15, NULL));
  CHECK_INT(s.answered, 14);
  CHECK_NEAR(s.raw, 585.0 / 14.0);
  /* Three missing (items 1, 2 and 15) is too many. */
  qpr_present[0] = qpr_present[1] = 0;
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_QPR15, qpr, qpr_present, 15, NULL),
             RORKIT_ERROR_MISSING_ITEMS, "QPR", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "3 of 15 items missing (items 1, 2, 15)");
  /* All missing, whatever is allowed. */
  memset(qpr_present, 0, sizeof qpr_present);
  allow1.max_missing = 15;
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_QPR15, qpr, qpr_present, 15, &allow1),
             RORKIT_ERROR_MISSING_ITEMS, "all", NULL);

  /* Options: a negative max_missing, a bad flag, unknown versions. */
  bad = defaults;
  bad.use_max_missing = 1;
  bad.max_missing = -1;
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5, NULL, 5, &bad),
             RORKIT_ERROR_INVALID_ARGUMENT, "max_missing", NULL);
  bad = defaults;
  bad.use_max_missing = 2;
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5, NULL, 5, &bad),
             RORKIT_ERROR_INVALID_ARGUMENT, "use_max_missing", NULL);
  bad = defaults;
  bad.version = 0;
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5, NULL, 5, &bad),
             RORKIT_ERROR_UNSUPPORTED_VERSION, "version", "0");
  bad.version = 99;
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5, NULL, 5, &bad),
             RORKIT_ERROR_UNSUPPORTED_VERSION, "version", "99");
}

static void test_score_failures(void) {
  rorkit_score s, untouched;
  const double who5[5] = {1, 2, 6, 4, 5};
  const double who5_half[5] = {1, 2, 3, 4, 2.5};
  const double ors[4] = {1, 10.5, 3, 4};
  const double ok5[5] = {1, 1, 1, 1, 1};
  const double multi_zero[2] = {5, 0};
  double nan_items[4];
  nan_items[0] = 1;
  nan_items[1] = 1;
  nan_items[2] = NAN;
  nan_items[3] = 1;

  memset(&s, 0xCD, sizeof s);
  memset(&untouched, 0xCD, sizeof untouched);

  CHECK_FAIL(rorkit_measure_score(NULL, RORKIT_INSTRUMENT_WHO5, ok5, NULL, 5, NULL),
             RORKIT_ERROR_NULL_POINTER, "out", NULL);
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, NULL, NULL, 5, NULL),
             RORKIT_ERROR_NULL_POINTER, "items", NULL);
  CHECK_FAIL(rorkit_measure_score(&s, 0, ok5, NULL, 5, NULL), RORKIT_ERROR_INVALID_ARGUMENT,
             "instrument", NULL);
  CHECK_FAIL(rorkit_measure_score(&s, -3, ok5, NULL, 5, NULL), RORKIT_ERROR_INVALID_ARGUMENT,
             "instrument", "3");
  CHECK_FAIL(rorkit_measure_score(&s, 42, ok5, NULL, 5, NULL), RORKIT_ERROR_INVALID_ARGUMENT,
             "instrument", "42");

  /* Wrong counts name the expected count. */
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, ok5, NULL, 4, NULL),
             RORKIT_ERROR_INVALID_ARGUMENT, "5", "4");
  CHECK_STR(rorkit_last_error(), "rorkit_measure_score: WHO-5 has 5 items, got 4");
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_ORS, ok5, NULL, 5, NULL),
             RORKIT_ERROR_INVALID_ARGUMENT, "4", "5");
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_QPR15, NULL, NULL, 0, NULL),
             RORKIT_ERROR_INVALID_ARGUMENT, "15", "0");
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_MULTI_AREA, NULL, NULL, 0, NULL),
             RORKIT_ERROR_INVALID_ARGUMENT, "areas", "0");

  /* Out-of-range items name the item (from 1) and the range. */
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5, NULL, 5, NULL),
             RORKIT_ERROR_ITEM_OUT_OF_RANGE, "item", "3");
  CHECK_STR(rorkit_last_error(),
            "rorkit_measure_score: WHO-5 item 3 is 6; allowed: whole numbers 0-5");
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_WHO5, who5_half, NULL, 5, NULL),
             RORKIT_ERROR_ITEM_OUT_OF_RANGE, "5", "2.5");
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_ORS, ors, NULL, 4, NULL),
             RORKIT_ERROR_ITEM_OUT_OF_RANGE, "2", "10.5");
  CHECK_CONTAINS(rorkit_last_error(), "allowed: 0-10");
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_SRS, nan_items, NULL, 4, NULL),
             RORKIT_ERROR_ITEM_OUT_OF_RANGE, "3", "NaN");
  CHECK_FAIL(rorkit_measure_score(&s, RORKIT_INSTRUMENT_MULTI_AREA, multi_zero, NULL, 2, NULL),
             RORKIT_ERROR_ITEM_OUT_OF_RANGE, "2", "1-10");

  CHECK(memcmp(&s, &untouched, sizeof s) == 0); /* no failure wrote into out */
}

static void test_reliable_change(void) {
  rorkit_reliable_change rc, untouched;
  rorkit_rci_params p, d;

  /* WHO-5 defaults: S_diff = 10 / 1.96 = 5.102041. 40 -> 50: RCI exactly 1.96, reliably
     improved but still <= 50, so not recovered. */
  CHECK_OK(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_WHO5, 40, 50, NULL));
  CHECK(rc.difference == 10);
  CHECK_NEAR(rc.s_diff, 10.0 / 1.96);
  CHECK_NEAR(rc.rci, 1.96);
  CHECK_INT(rc.classification, RORKIT_CHANGE_IMPROVED);
  /* 44 -> 56: 12 / 5.102041 = 2.352, from <= 50 to > 50: recovered. */
  CHECK_OK(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_WHO5, 44, 56, NULL));
  CHECK_NEAR(rc.rci, 2.352);
  CHECK_INT(rc.classification, RORKIT_CHANGE_RECOVERED);
  /* 48 -> 56: 8 / 5.102041 = 1.568: no reliable change. */
  CHECK_OK(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_WHO5, 48, 56, NULL));
  CHECK_NEAR(rc.rci, 1.568);
  CHECK_INT(rc.classification, RORKIT_CHANGE_NONE);
  /* 60 -> 48: reliably deteriorated. */
  CHECK_OK(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_WHO5, 60, 48, NULL));
  CHECK_NEAR(rc.rci, -2.352);
  CHECK_INT(rc.classification, RORKIT_CHANGE_DETERIORATED);

  /* Explicit parameters: sd 8, r 0.91 -> SE 2.4, S_diff 3.394113; ORS 20 -> 27:
     RCI 7 / 3.394113 = 2.062395 and 20 <= 25 < 27: recovered. */
  p.version = RORKIT_RCI_PARAMS_VERSION;
  p.sd = 8;
  p.reliability = 0.91;
  p.z = 1.96;
  CHECK_OK(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_ORS, 20, 27, &p));
  CHECK_NEAR(rc.s_diff, 3.394113);
  CHECK_NEAR(rc.rci, 2.062395);
  CHECK_INT(rc.classification, RORKIT_CHANGE_RECOVERED);

  /* Defaults, read back: ORS r 0.93, sd = 5 / (1.96 x sqrt 2 x sqrt 0.07) = 6.817889. */
  memset(&d, 0, sizeof d);
  d.version = RORKIT_RCI_PARAMS_VERSION;
  CHECK_OK(rorkit_measure_default_rci_params(&d, RORKIT_INSTRUMENT_ORS));
  CHECK(d.reliability == 0.93);
  CHECK(d.z == 1.96);
  CHECK_NEAR(d.sd, 6.817889);
  CHECK_INT(d.version, RORKIT_RCI_PARAMS_VERSION);
  CHECK_OK(rorkit_measure_default_rci_params(&d, RORKIT_INSTRUMENT_INSPIRE_O));
  CHECK(d.reliability == 0.73);
  CHECK_NEAR(d.sd, 5.554399);

  /* Failures leave *out alone. */
  memset(&rc, 0xEE, sizeof rc);
  memset(&untouched, 0xEE, sizeof untouched);
  CHECK_FAIL(rorkit_measure_reliable_change(NULL, RORKIT_INSTRUMENT_WHO5, 40, 50, NULL),
             RORKIT_ERROR_NULL_POINTER, "out", NULL);
  CHECK_FAIL(rorkit_measure_reliable_change(&rc, 9, 40, 50, NULL), RORKIT_ERROR_INVALID_ARGUMENT,
             "instrument", "9");
  CHECK_FAIL(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_WHO5, 101, 50, NULL),
             RORKIT_ERROR_OUT_OF_RANGE, "before", "101");
  CHECK_FAIL(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_ORS, 10, 40.5, NULL),
             RORKIT_ERROR_OUT_OF_RANGE, "after", "40.5");
  CHECK_FAIL(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_ORS, NAN, 20, NULL),
             RORKIT_ERROR_OUT_OF_RANGE, "before", "NaN");
  p.sd = 0;
  CHECK_FAIL(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_ORS, 20, 27, &p),
             RORKIT_ERROR_INVALID_ARGUMENT, "sd", NULL);
  p.sd = 8;
  p.reliability = 1;
  CHECK_FAIL(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_ORS, 20, 27, &p),
             RORKIT_ERROR_INVALID_ARGUMENT, "reliability", NULL);
  p.reliability = 0.9;
  p.z = -1;
  CHECK_FAIL(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_ORS, 20, 27, &p),
             RORKIT_ERROR_INVALID_ARGUMENT, "z", NULL);
  p.z = 1.96;
  p.version = 0;
  CHECK_FAIL(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_ORS, 20, 27, &p),
             RORKIT_ERROR_UNSUPPORTED_VERSION, "params", "0");
  p.version = 99;
  CHECK_FAIL(rorkit_measure_reliable_change(&rc, RORKIT_INSTRUMENT_ORS, 20, 27, &p),
             RORKIT_ERROR_UNSUPPORTED_VERSION, "version", "99");
  CHECK(memcmp(&rc, &untouched, sizeof rc) == 0);

  d.version = 0;
  d.sd = 123;
  CHECK_FAIL(rorkit_measure_default_rci_params(&d, RORKIT_INSTRUMENT_ORS),
             RORKIT_ERROR_UNSUPPORTED_VERSION, "version", NULL);
  CHECK(d.sd == 123);
  d.version = 99;
  CHECK_FAIL(rorkit_measure_default_rci_params(&d, RORKIT_INSTRUMENT_ORS),
             RORKIT_ERROR_UNSUPPORTED_VERSION, "99", NULL);
  d.version = RORKIT_RCI_PARAMS_VERSION;
  CHECK_FAIL(rorkit_measure_default_rci_params(&d, 0), RORKIT_ERROR_INVALID_ARGUMENT,
             "instrument", NULL);
  CHECK_FAIL(rorkit_measure_default_rci_params(NULL, RORKIT_INSTRUMENT_ORS),
             RORKIT_ERROR_NULL_POINTER, "out", NULL);
}

static void test_series(void) {
  /* Four WHO-5 rows out of date order; rows 1 and 3 share a date.
       row 0  2025-03-01  3 3 3 3 3  -> 60
       row 1  2025-01-10  2 2 2 1 2  -> 36   (the baseline)
       row 2  2025-06-01  4 4 3 4 4  -> 76
       row 3  2025-01-10  2 2 2 2 2  -> 40   (same date as row 1: after it) */
  const rorkit_date dates[4] = {{2025, 3, 1}, {2025, 1, 10}, {2025, 6, 1}, {2025, 1, 10}};
  const double items[4 * 5] = {3, 3, 3, 3, 3, 2, 2, 2, 1, 2, 4, 4, 3, 4, 4, 2, 2, 2, 2, 2};
  uint8_t present[4 * 5];
  rorkit_series_point pts[5];
  rorkit_date bad_dates[4];
  double bad_items[4 * 5];
  rorkit_score_options allow1 = RORKIT_SCORE_OPTIONS_INIT;
  size_t count = 0;

  CHECK_FAIL(rorkit_measure_series(NULL, 0, &count, RORKIT_INSTRUMENT_WHO5, dates, items, NULL, 4,
                                   5, NULL),
             RORKIT_ERROR_BUFFER_TOO_SMALL, NULL, NULL);
  CHECK_INT(count, 4);
  memset(pts, 0, sizeof pts);
  CHECK_OK(rorkit_measure_series(pts, 5, &count, RORKIT_INSTRUMENT_WHO5, dates, items, NULL, 4, 5,
                                 NULL));
  CHECK_INT(count, 4);
  CHECK_INT(pts[0].row, 1);
  CHECK_INT(pts[1].row, 3);
  CHECK_INT(pts[2].row, 0);
  CHECK_INT(pts[3].row, 2);
  CHECK_DATE(pts[0].date, 2025, 1, 10);
  CHECK_DATE(pts[1].date, 2025, 1, 10);
  CHECK_DATE(pts[2].date, 2025, 3, 1);
  CHECK_DATE(pts[3].date, 2025, 6, 1);
  CHECK(pts[0].score.score == 36);
  CHECK(pts[1].score.score == 40);
  CHECK(pts[2].score.score == 60);
  CHECK(pts[3].score.score == 76);
  CHECK(pts[0].since_baseline.difference == 0);
  CHECK_INT(pts[0].since_baseline.classification, RORKIT_CHANGE_NONE);
  /* 36 -> 40: +4, RCI 0.784. */
  CHECK_NEAR(pts[1].since_baseline.rci, 0.784);
  CHECK_INT(pts[1].since_baseline.classification, RORKIT_CHANGE_NONE);
  /* 36 -> 60: +24, RCI 4.704, across the cut-off. */
  CHECK(pts[2].since_baseline.difference == 24);
  CHECK_NEAR(pts[2].since_baseline.rci, 4.704);
  CHECK_INT(pts[2].since_baseline.classification, RORKIT_CHANGE_RECOVERED);
  CHECK_INT(pts[3].since_baseline.classification, RORKIT_CHANGE_RECOVERED);
  CHECK_CONTAINS(pts[3].score.interpretation, "above the screening cut-off");

  /* No rows: nothing to do, no buffer needed. */
  count = 9;
  CHECK_OK(rorkit_measure_series(NULL, 0, &count, RORKIT_INSTRUMENT_WHO5, NULL, NULL, NULL, 0, 5,
                                 NULL));
  CHECK_INT(count, 0);

  /* A missing item in row 2 (item 4): refused by default, prorated when allowed:
     4 + 4 + 3 + 4 = 15 over 4, raw 18.75, score 75. */
  memset(present, 1, sizeof present);
  present[2 * 5 + 3] = 0;
  CHECK_FAIL(rorkit_measure_series(pts, 5, &count, RORKIT_INSTRUMENT_WHO5, dates, items, present,
                                   4, 5, NULL),
             RORKIT_ERROR_MISSING_ITEMS, "row", "2");
  allow1.use_max_missing = 1;
  allow1.max_missing = 1;
  CHECK_OK(rorkit_measure_series(pts, 5, &count, RORKIT_INSTRUMENT_WHO5, dates, items, present, 4,
                                 5, &allow1));
  CHECK(pts[3].score.score == 75);
  CHECK_INT(pts[3].score.prorated, 1);

  /* Failures. */
  memcpy(bad_items, items, sizeof items);
  bad_items[3 * 5 + 0] = 6;
  CHECK_FAIL(rorkit_measure_series(pts, 5, &count, RORKIT_INSTRUMENT_WHO5, dates, bad_items, NULL,
                                   4, 5, NULL),
             RORKIT_ERROR_ITEM_OUT_OF_RANGE, "row", "3");
  CHECK_CONTAINS(rorkit_last_error(), "\"row 3\" (2025-01-10): WHO-5 item 1 is 6");
  memcpy(bad_dates, dates, sizeof dates);
  bad_dates[2].day = 31;
  bad_dates[2].month = 6;
  CHECK_FAIL(rorkit_measure_series(pts, 5, &count, RORKIT_INSTRUMENT_WHO5, bad_dates, items, NULL,
                                   4, 5, NULL),
             RORKIT_ERROR_INVALID_DATE, "dates", "2");
  CHECK_FAIL(rorkit_measure_series(pts, 5, &count, RORKIT_INSTRUMENT_WHO5, dates, items, NULL, 4,
                                   4, NULL),
             RORKIT_ERROR_INVALID_ARGUMENT, "5", "4");
  CHECK_FAIL(rorkit_measure_series(pts, 5, NULL, RORKIT_INSTRUMENT_WHO5, dates, items, NULL, 4, 5,
                                   NULL),
             RORKIT_ERROR_NULL_POINTER, "count", NULL);
  CHECK_FAIL(rorkit_measure_series(pts, 5, &count, RORKIT_INSTRUMENT_WHO5, NULL, items, NULL, 4, 5,
                                   NULL),
             RORKIT_ERROR_NULL_POINTER, "dates", NULL);
  CHECK_FAIL(rorkit_measure_series(pts, 5, &count, RORKIT_INSTRUMENT_WHO5, dates, NULL, NULL, 4, 5,
                                   NULL),
             RORKIT_ERROR_NULL_POINTER, "items", NULL);
  CHECK_FAIL(rorkit_measure_series(pts, 5, &count, 0, dates, items, NULL, 4, 5, NULL),
             RORKIT_ERROR_INVALID_ARGUMENT, "instrument", NULL);
  allow1.version = 99;
  CHECK_FAIL(rorkit_measure_series(pts, 5, &count, RORKIT_INSTRUMENT_WHO5, dates, items, NULL, 4,
                                   5, &allow1),
             RORKIT_ERROR_UNSUPPORTED_VERSION, "version", "99");
  count = 1;
  CHECK_FAIL(rorkit_measure_series(pts, 3, &count, RORKIT_INSTRUMENT_WHO5, dates, items, NULL, 4,
                                   5, NULL),
             RORKIT_ERROR_BUFFER_TOO_SMALL, NULL, NULL);
  CHECK_INT(count, 4);
}

int main(void) {
  test_info_and_find();
  test_score_values();
  test_missing_items();
  test_score_failures();
  test_reliable_change();
  test_series();
  return check_report();
}
