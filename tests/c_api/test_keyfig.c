/* The key-figure ABI: catalogue, panels (StatBank CSV, panel CSV, borrowed arrays, cells,
   suppression), aggregates from C columns (compute, merge, serialize), analytics JSON, the HTML
   report and the synthetic nation. Every failure path gives its status and a message naming
   what was wrong (line and column for CSV, table, row and column for microdata), and a failed
   call changes nothing. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "rorkit/c/rorkit.h"

/* The handle's CSV, as a malloc'd string (NULL on failure). */
static char *csv_of(const rorkit_panel *p) {
  rorkit_string s = {NULL, 0};
  char *copy;
  if (rorkit_panel_to_csv(&s, p) != RORKIT_OK) return NULL;
  copy = malloc(s.size + 1);
  memcpy(copy, s.data, s.size + 1);
  rorkit_string_free(&s);
  return copy;
}

static void panel_unchanged(const rorkit_panel *p, char *before) {
  char *after = csv_of(p);
  CHECK(after != NULL && before != NULL && strcmp(after, before) == 0);
  free(after);
  free(before);
}

static int same_bytes(const rorkit_string *a, const rorkit_string *b) {
  return a->size == b->size && memcmp(a->data, b->data, a->size) == 0;
}

static void test_catalogue(void) {
  rorkit_catalogue *cat = NULL, *copy = NULL, *sentinel = (rorkit_catalogue *)&cat;
  rorkit_figure_info info;
  rorkit_string json = {NULL, 0};
  size_t n = 0;

  CHECK_OK(rorkit_catalogue_builtin(&cat));
  CHECK_OK(rorkit_catalogue_count(&n, cat));
  CHECK_INT(n, 20);
  CHECK_OK(rorkit_catalogue_figure(&info, cat, 0));
  CHECK_STR(info.id, "kf01");
  CHECK_INT(info.unit, RORKIT_FIGURE_UNIT_PER_10000);
  CHECK_OK(rorkit_catalogue_find(&info, cat, "kf16"));
  CHECK_INT(info.number, 16);
  CHECK_INT(info.unit, RORKIT_FIGURE_UNIT_SCORE);
  CHECK_INT(info.source, RORKIT_FIGURE_SOURCE_SELF_COLLECTED);
  CHECK(info.name_da != NULL && info.name_da[0] != '\0');

  CHECK_FAIL(rorkit_catalogue_find(&info, cat, "kf99"), RORKIT_ERROR_NOT_FOUND, "kf99", NULL);
  CHECK_FAIL(rorkit_catalogue_figure(&info, cat, 20), RORKIT_ERROR_OUT_OF_RANGE, "index", NULL);
  CHECK_FAIL(rorkit_catalogue_count(NULL, cat), RORKIT_ERROR_NULL_POINTER, "out", NULL);
  CHECK_FAIL(rorkit_catalogue_count(&n, NULL), RORKIT_ERROR_NULL_POINTER, "catalogue", NULL);

  CHECK_OK(rorkit_catalogue_to_json(&json, cat, 1));
  CHECK_OK(rorkit_catalogue_from_json(&copy, json.data, json.size));
  CHECK_OK(rorkit_catalogue_count(&n, copy));
  CHECK_INT(n, 20);
  rorkit_string_free(&json);
  CHECK_FAIL(rorkit_catalogue_from_json(&sentinel, "{\"format\":", 10), RORKIT_ERROR_PARSE, NULL, NULL);
  CHECK(sentinel == (rorkit_catalogue *)&cat); /* untouched */
  rorkit_catalogue_free(copy);
  rorkit_catalogue_free(cat);
  rorkit_catalogue_free(NULL);
}

static const char *statbank =
    "OMRÅDE;TID;INDHOLD\n"
    "000;2022;5873500\n"
    "101;2022;644400\n"
    "Thisted;2022;43500\n"
    "787;2023;..\n";

static void test_statbank(void) {
  rorkit_panel *p = NULL, *sentinel = (rorkit_panel *)&p;
  rorkit_panel_dims dims;
  rorkit_cell cell;
  const double *values = NULL;
  const uint8_t *status = NULL;
  rorkit_statbank_options opts = RORKIT_STATBANK_OPTIONS_INIT;

  CHECK_OK(rorkit_panel_from_statbank_csv(&p, statbank, strlen(statbank), "folk1a", NULL));
  CHECK_OK(rorkit_panel_dims_get(&dims, p));
  CHECK_INT(dims.figures, 1);
  CHECK_INT(dims.years, 2);
  CHECK_INT(dims.areas, 3);
  CHECK_INT(dims.first_year, 2022);
  CHECK_INT(dims.stride_figure, 6);
  CHECK_INT(dims.stride_year, 3);
  CHECK_OK(rorkit_panel_cell(&cell, p, "0101", 2022, "folk1a"));
  CHECK(cell.value == 644400.0);
  CHECK(isnan(cell.numerator)); /* reported without counts */
  CHECK_OK(rorkit_panel_cell(&cell, p, "787", 2023, "folk1a"));
  CHECK_INT(cell.status, RORKIT_CELL_MISSING);
  CHECK_INT(cell.reason, RORKIT_REASON_SOURCE_MISSING);
  CHECK(isnan(cell.value)); /* never 0 */
  CHECK_OK(rorkit_panel_values(&values, p));
  CHECK_OK(rorkit_panel_statuses(&status, p));
  /* (figure 0, year 2023, area 2 = 787) */
  CHECK(values != NULL && isnan(values[1 * dims.stride_year + 2]));
  CHECK(status != NULL && status[1 * dims.stride_year + 2] == RORKIT_CELL_MISSING);
  CHECK_FAIL(rorkit_panel_cell(&cell, p, "Atlantis", 2022, "folk1a"), RORKIT_ERROR_NOT_FOUND, "Atlantis", NULL);
  CHECK_FAIL(rorkit_panel_cell(&cell, p, "101", 2030, "folk1a"), RORKIT_ERROR_OUT_OF_RANGE, "2030", NULL);
  rorkit_panel_free(p);

  /* A malformed number: PARSE with the line and the column. */
  {
    const char *bad = "OMRÅDE;TID;INDHOLD\n000;2022;5873500\n101;2022;64x400\n";
    CHECK_FAIL(rorkit_panel_from_statbank_csv(&sentinel, bad, strlen(bad), "f", NULL), RORKIT_ERROR_PARSE, "line", "column");
    CHECK_CONTAINS(rorkit_last_error(), "line 3");
    CHECK(sentinel == (rorkit_panel *)&p);
  }
  {
    const char *bad = "OMRÅDE;TID;INDHOLD\n999;2022;1\n";
    CHECK_FAIL(rorkit_panel_from_statbank_csv(&sentinel, bad, strlen(bad), "f", NULL), RORKIT_ERROR_NOT_FOUND, "999", "line");
  }
  {
    const char *bad = "OMRÅDE;TID;INDHOLD\n101;2022;1\n0101;2022;2\n";
    CHECK_FAIL(rorkit_panel_from_statbank_csv(&sentinel, bad, strlen(bad), "f", NULL), RORKIT_ERROR_DUPLICATE, "line", NULL);
  }
  {
    const char *bad = "OMRÅDE;KØN;TID;INDHOLD\n101;M;2022;1\n101;K;2022;2\n";
    const char *sel[] = {"KØN=K"};
    opts.source = "folk.csv";
    opts.select = sel;
    opts.select_count = 1;
    CHECK_OK(rorkit_panel_from_statbank_csv(&p, bad, strlen(bad), "f", &opts));
    CHECK_OK(rorkit_panel_cell(&cell, p, "101", 2022, "f"));
    CHECK(cell.value == 2.0);
    rorkit_panel_free(p);
    opts.version = 7;
    CHECK_FAIL(rorkit_panel_from_statbank_csv(&sentinel, bad, strlen(bad), "f", &opts),
               RORKIT_ERROR_UNSUPPORTED_VERSION, "version", NULL);
    CHECK(sentinel == (rorkit_panel *)&p);
  }
  CHECK_FAIL(rorkit_panel_from_statbank_csv(&sentinel, NULL, 0, "f", NULL), RORKIT_ERROR_NULL_POINTER, "csv", NULL);
  CHECK_FAIL(rorkit_panel_from_statbank_csv(&sentinel, statbank, strlen(statbank), "\xff", NULL),
             RORKIT_ERROR_INVALID_UTF8, "figure", NULL);
}

static void test_panel_csv(void) {
  rorkit_panel *p = NULL, *sentinel = (rorkit_panel *)&p;
  rorkit_cell cell;
  const char *head = "area;year;figure;value;numerator;denominator;status;reason\n";
  char buf[1024];

  snprintf(buf, sizeof buf, "%s000;2022;kf02;50;10;20;value;none\n101;2022;kf02;;;;suppressed;small_numerator\n", head);
  CHECK_OK(rorkit_panel_from_csv(&p, buf, strlen(buf), "panel.csv"));
  CHECK_OK(rorkit_panel_cell(&cell, p, "000", 2022, "kf02"));
  CHECK(cell.value == 50.0 && cell.numerator == 10.0 && cell.denominator == 20.0);
  CHECK_OK(rorkit_panel_cell(&cell, p, "101", 2022, "kf02"));
  CHECK_INT(cell.status, RORKIT_CELL_SUPPRESSED);
  CHECK(isnan(cell.value));
  {
    char *text = csv_of(p);
    rorkit_panel *q = NULL;
    CHECK(text != NULL);
    CHECK_OK(rorkit_panel_from_csv(&q, text, strlen(text), NULL));
    panel_unchanged(q, text); /* round trip, byte for byte */
    rorkit_panel_free(q);
  }
  rorkit_panel_free(p);

  snprintf(buf, sizeof buf, "%s000;2022;kf02;50;10;20;value;none\n101;2022;kf02;50;-10;-20;value;none\n", head);
  CHECK_FAIL(rorkit_panel_from_csv(&sentinel, buf, strlen(buf), "panel.csv"), RORKIT_ERROR_INVALID_ARGUMENT, "negative", "numerator");
  CHECK_CONTAINS(rorkit_last_error(), "panel.csv: line 3, column 18 (numerator)");
  snprintf(buf, sizeof buf, "%s101;2022;kf02;0;0;0;value;none\n", head);
  CHECK_FAIL(rorkit_panel_from_csv(&sentinel, buf, strlen(buf), NULL), RORKIT_ERROR_INVALID_ARGUMENT, "zero", "denominator");
  snprintf(buf, sizeof buf, "%s999;2022;kf02;1;;;value;none\n", head);
  CHECK_FAIL(rorkit_panel_from_csv(&sentinel, buf, strlen(buf), NULL), RORKIT_ERROR_NOT_FOUND, "999", "line");
  snprintf(buf, sizeof buf, "%s101;2022;kf02;1;;;value;none\n0101;2022;kf02;2;;;value;none\n", head);
  CHECK_FAIL(rorkit_panel_from_csv(&sentinel, buf, strlen(buf), NULL), RORKIT_ERROR_DUPLICATE, "line", NULL);
  snprintf(buf, sizeof buf, "%s101;2022;kf02;1;;value;none\n", head);
  CHECK_FAIL(rorkit_panel_from_csv(&sentinel, buf, strlen(buf), NULL), RORKIT_ERROR_PARSE, "line", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "line 2");
  snprintf(buf, sizeof buf, "%s101;2022;kf02;0;;;missing;not_reported\n", head);
  CHECK_FAIL(rorkit_panel_from_csv(&sentinel, buf, strlen(buf), NULL), RORKIT_ERROR_INVALID_ARGUMENT, "missing", NULL);
  CHECK(sentinel == (rorkit_panel *)&p);
}

/* A small synthetic nation, computed in one pass. */
static rorkit_synthetic *small_nation(void) {
  rorkit_synthetic *s = NULL;
  rorkit_synthetic_options o = RORKIT_SYNTHETIC_OPTIONS_INIT;
  o.persons = 40000;
  o.first_year = 2020;
  o.years = 4;
  o.seed = 7;
  CHECK_OK(rorkit_synthetic_generate(&s, &o));
  return s;
}

static void test_compute_and_merge(rorkit_synthetic *s, rorkit_aggregates **one_pass) {
  rorkit_persons_table persons, part;
  rorkit_spells_table spells;
  rorkit_admissions_table admissions;
  rorkit_surveys_table surveys;
  rorkit_compute_options opts = RORKIT_COMPUTE_OPTIONS_INIT;
  rorkit_aggregates *all = NULL, *one = NULL, *merged = NULL, *a = NULL, *b = NULL;
  rorkit_aggregates_info info;
  rorkit_string x = {NULL, 0}, y = {NULL, 0};
  int64_t num = -1, den = -1, stair = -1;
  size_t half;

  CHECK_OK(rorkit_synthetic_tables(&persons, &spells, &admissions, &surveys, s));
  CHECK_INT(persons.rows, 40000);
  CHECK_INT(persons.years, 4);
  CHECK(spells.rows > 0 && admissions.rows > 0 && surveys.rows > 0);

  CHECK_OK(rorkit_aggregates_compute(&all, &persons, &spells, &admissions, &surveys, NULL));
  opts.threads = 1;
  CHECK_OK(rorkit_aggregates_compute(&one, &persons, &spells, &admissions, &surveys, &opts));
  CHECK_OK(rorkit_aggregates_serialize(&x, all));
  CHECK_OK(rorkit_aggregates_serialize(&y, one));
  CHECK(same_bytes(&x, &y)); /* any thread count, the same counts */
  rorkit_string_free(&y);

  /* Two partitions by id range (the rows are sorted by id), merged into the identity. */
  half = persons.rows / 2;
  part = persons;
  part.rows = half;
  CHECK_OK(rorkit_aggregates_compute(&a, &part, &spells, &admissions, &surveys, &opts));
  part.id = persons.id + half;
  part.municipality = persons.municipality + half;
  part.birth_year = persons.birth_year + half;
  part.status = persons.status + half * (size_t)persons.years;
  part.rows = persons.rows - half;
  CHECK_OK(rorkit_aggregates_compute(&b, &part, &spells, &admissions, &surveys, &opts));
  CHECK_OK(rorkit_aggregates_create(&merged));
  CHECK_OK(rorkit_aggregates_info_get(&info, merged));
  CHECK_INT(info.empty, 1);
  CHECK_OK(rorkit_aggregates_merge(merged, b));
  CHECK_OK(rorkit_aggregates_merge(merged, a));
  CHECK_OK(rorkit_aggregates_serialize(&y, merged));
  CHECK(same_bytes(&x, &y)); /* partitions merged = one pass */
  rorkit_string_free(&y);

  CHECK_OK(rorkit_aggregates_info_get(&info, all));
  CHECK_INT(info.empty, 0);
  CHECK_INT(info.first_year, 2020);
  CHECK_INT(info.last_year, 2023);
  CHECK_INT(info.min_age, 18);
  CHECK_INT(info.max_age, 64);
  CHECK_OK(rorkit_aggregates_counts(&num, &den, all, 730, 2022, 1));
  CHECK(den > 0 && num > 0 && num < den);
  CHECK_OK(rorkit_aggregates_stair(&stair, all, 730, 2022, 0, 0));
  CHECK(stair >= 0);
  CHECK_FAIL(rorkit_aggregates_counts(&num, &den, all, 999, 2022, 1), RORKIT_ERROR_NOT_FOUND, "999", NULL);
  CHECK_FAIL(rorkit_aggregates_counts(&num, &den, all, 730, 2030, 1), RORKIT_ERROR_OUT_OF_RANGE, "2030", NULL);
  CHECK_FAIL(rorkit_aggregates_stair(&stair, all, 730, 2022, 7, 0), RORKIT_ERROR_OUT_OF_RANGE, "stair", NULL);

  /* A merge that cannot be done (other years) leaves `into` as it was. */
  {
    rorkit_aggregates *other = NULL;
    opts.first_year = 2021;
    CHECK_OK(rorkit_aggregates_compute(&other, &persons, &spells, &admissions, &surveys, &opts));
    opts.first_year = 0;
    CHECK_FAIL(rorkit_aggregates_merge(merged, other), RORKIT_ERROR_INVALID_ARGUMENT, "merge", NULL);
    CHECK_OK(rorkit_aggregates_serialize(&y, merged));
    CHECK(same_bytes(&x, &y));
    rorkit_string_free(&y);
    rorkit_aggregates_free(other);
  }

  /* The binary form: round trip, garbage, a negative count. */
  {
    rorkit_aggregates *back = NULL, *sentinel = (rorkit_aggregates *)&back;
    CHECK_OK(rorkit_aggregates_deserialize(&back, x.data, x.size));
    CHECK_OK(rorkit_aggregates_serialize(&y, back));
    CHECK(same_bytes(&x, &y));
    rorkit_string_free(&y);
    rorkit_aggregates_free(back);
    back = NULL;
    CHECK_FAIL(rorkit_aggregates_deserialize(&sentinel, "RKFB", 4), RORKIT_ERROR_PARSE, NULL, NULL);
    CHECK(sentinel == (rorkit_aggregates *)&back);
    memset(x.data + 40 + 2 * 98, 0xFF, 8); /* the first numerator: -1 */
    CHECK_FAIL(rorkit_aggregates_deserialize(&sentinel, x.data, x.size), RORKIT_ERROR_PARSE, "negative", NULL);
    CHECK(sentinel == (rorkit_aggregates *)&back);
  }
  rorkit_string_free(&x);

  rorkit_aggregates_free(one);
  rorkit_aggregates_free(merged);
  rorkit_aggregates_free(a);
  rorkit_aggregates_free(b);
  rorkit_aggregates_free(NULL);
  *one_pass = all;
}

static void test_bad_microdata(const rorkit_synthetic *s) {
  rorkit_persons_table persons, few;
  rorkit_spells_table spells, mine;
  rorkit_compute_options opts = RORKIT_COMPUTE_OPTIONS_INIT;
  rorkit_aggregates *out = NULL, *sentinel = (rorkit_aggregates *)&out;
  int16_t munis[50];
  int32_t ends[40];
  size_t i;

  CHECK_OK(rorkit_synthetic_tables(&persons, &spells, NULL, NULL, s));

  /* An unknown municipality code in row 17 of the persons. */
  few = persons;
  few.rows = 50;
  for (i = 0; i < 50; ++i) munis[i] = persons.municipality[i];
  munis[17] = 999;
  few.municipality = munis;
  CHECK_FAIL(rorkit_aggregates_compute(&sentinel, &few, NULL, NULL, NULL, NULL), RORKIT_ERROR_INVALID_ARGUMENT, "persons", "999");
  CHECK_CONTAINS(rorkit_last_error(), "row 17");
  CHECK_CONTAINS(rorkit_last_error(), "municipality");
  CHECK(sentinel == (rorkit_aggregates *)&out);

  /* A spell that ends before it starts (row 5). */
  mine = spells;
  mine.rows = 40;
  for (i = 0; i < 40; ++i) ends[i] = spells.end[i];
  ends[5] = spells.start[5] - 3;
  mine.end = ends;
  CHECK_FAIL(rorkit_aggregates_compute(&sentinel, &persons, &mine, NULL, NULL, NULL), RORKIT_ERROR_INVALID_ARGUMENT, "spells", "before");
  CHECK_CONTAINS(rorkit_last_error(), "row 5");

  /* A column missing although there are rows; NULL persons; versions. */
  mine = spells;
  mine.start = NULL;
  CHECK_FAIL(rorkit_aggregates_compute(&sentinel, &persons, &mine, NULL, NULL, NULL), RORKIT_ERROR_NULL_POINTER, "start", NULL);
  CHECK_FAIL(rorkit_aggregates_compute(&sentinel, NULL, NULL, NULL, NULL, NULL), RORKIT_ERROR_NULL_POINTER, "persons", NULL);
  CHECK_FAIL(rorkit_aggregates_compute(NULL, &persons, NULL, NULL, NULL, NULL), RORKIT_ERROR_NULL_POINTER, "out", NULL);
  opts.version = 99;
  CHECK_FAIL(rorkit_aggregates_compute(&sentinel, &persons, NULL, NULL, NULL, &opts), RORKIT_ERROR_UNSUPPORTED_VERSION, "version", NULL);
  opts.version = RORKIT_COMPUTE_OPTIONS_VERSION;
  opts.min_age = 70;
  CHECK_FAIL(rorkit_aggregates_compute(&sentinel, &persons, NULL, NULL, NULL, &opts), RORKIT_ERROR_INVALID_ARGUMENT, "age", NULL);
  few = persons;
  few.version = 0;
  CHECK_FAIL(rorkit_aggregates_compute(&sentinel, &few, NULL, NULL, NULL, NULL), RORKIT_ERROR_UNSUPPORTED_VERSION, "version", NULL);
  CHECK(sentinel == (rorkit_aggregates *)&out);
  {
    rorkit_synthetic *bad = NULL;
    rorkit_synthetic_options so = RORKIT_SYNTHETIC_OPTIONS_INIT;
    so.years = 65;
    CHECK_FAIL(rorkit_synthetic_generate(&bad, &so), RORKIT_ERROR_INVALID_ARGUMENT, NULL, NULL);
    CHECK(bad == NULL);
  }
}

static void test_panel_from_aggregates(const rorkit_aggregates *all) {
  rorkit_panel *p = NULL, *copy = NULL;
  rorkit_panel_dims dims;
  rorkit_area areas[3] = {{NULL, NULL, 0}, {NULL, NULL, 0}, {NULL, NULL, 0}};
  rorkit_area *every;
  const char *figures[20];
  const double *values = NULL, *num = NULL, *den = NULL;
  const uint8_t *reasons = NULL;
  rorkit_cell cell;
  rorkit_suppression_report report = {-1, -1};
  rorkit_string s = {NULL, 0};
  size_t n = 0, a730 = 0, i;

  CHECK_OK(rorkit_aggregates_to_panel(&p, all, NULL));
  CHECK_OK(rorkit_panel_dims_get(&dims, p));
  CHECK_INT(dims.figures, 20);
  CHECK_INT(dims.years, 4);
  CHECK_INT(dims.areas, 1 + 6 + 98);
  CHECK_INT(dims.stride_area, 1);

  CHECK_FAIL(rorkit_panel_areas(areas, 3, &n, p), RORKIT_ERROR_BUFFER_TOO_SMALL, NULL, NULL);
  CHECK_INT(n, 105);
  CHECK(areas[0].code == NULL); /* nothing written */
  every = malloc(n * sizeof *every);
  CHECK_OK(rorkit_panel_areas(every, n, &n, p));
  CHECK_STR(every[0].code, "000");
  CHECK_INT(every[0].kind, RORKIT_AREA_COUNTRY);
  for (i = 0; i < n; ++i)
    if (strcmp(every[i].code, "730") == 0) a730 = i;
  CHECK_STR(every[a730].name, "Randers");
  CHECK_INT(every[a730].kind, RORKIT_AREA_MUNICIPALITY);
  free(every);
  CHECK_OK(rorkit_panel_figures(figures, 20, &n, p));
  CHECK_STR(figures[9], "kf10");

  /* The borrowed arrays agree with the cell copies. */
  CHECK_OK(rorkit_panel_values(&values, p));
  CHECK_OK(rorkit_panel_numerators(&num, p));
  CHECK_OK(rorkit_panel_denominators(&den, p));
  CHECK_OK(rorkit_panel_reasons(&reasons, p));
  CHECK_OK(rorkit_panel_cell(&cell, p, "Randers", 2022, "kf01"));
  CHECK(cell.value == values[0 * dims.stride_figure + 2 * dims.stride_year + a730]);
  CHECK(cell.numerator == num[2 * dims.stride_year + a730]);
  CHECK(cell.denominator == den[2 * dims.stride_year + a730]);
  /* kf10 needs a year of follow-up: missing in the last year, never 0. */
  CHECK_OK(rorkit_panel_cell(&cell, p, "730", 2023, "kf10"));
  CHECK_INT(cell.status, RORKIT_CELL_MISSING);
  CHECK_INT(cell.reason, RORKIT_REASON_INCOMPLETE_FOLLOWUP);
  CHECK(reasons[9 * dims.stride_figure + 3 * dims.stride_year + a730] == RORKIT_REASON_INCOMPLETE_FOLLOWUP);

  CHECK_FAIL(rorkit_panel_dims_get(NULL, p), RORKIT_ERROR_NULL_POINTER, "out", NULL);
  CHECK_FAIL(rorkit_panel_values(&values, NULL), RORKIT_ERROR_NULL_POINTER, "panel", NULL);

  /* Suppression: a bad threshold changes nothing; a good one reports and is safe. */
  CHECK_OK(rorkit_panel_clone(&copy, p));
  {
    char *before = csv_of(copy);
    CHECK_FAIL(rorkit_panel_suppress(&report, copy, -1, 1), RORKIT_ERROR_INVALID_ARGUMENT, "threshold", NULL);
    CHECK(report.primary == -1); /* untouched */
    panel_unchanged(copy, before);
  }
  CHECK_OK(rorkit_panel_suppress(&report, copy, 5, 1));
  CHECK(report.primary > 0);
  CHECK(report.complementary >= 0);
  CHECK_OK(rorkit_panel_find_recoverable(&s, copy));
  CHECK_STR(s.data, "");
  rorkit_string_free(&s);
  CHECK_OK(rorkit_panel_suppress(&report, copy, 5, 1)); /* idempotent */
  CHECK_INT(report.primary, 0);
  CHECK_INT(report.complementary, 0);
  CHECK_OK(rorkit_panel_suppress(NULL, copy, 10, 0));
  rorkit_panel_free(copy);

  /* The panel CSV carries the whole panel. */
  {
    char *text = csv_of(p);
    rorkit_panel *back = NULL;
    CHECK(text != NULL);
    CHECK_OK(rorkit_panel_from_csv(&back, text, strlen(text), "panel.csv"));
    panel_unchanged(back, text);
    rorkit_panel_free(back);
  }
  rorkit_panel_free(p);
}

static void test_analytics_and_report(const rorkit_aggregates *all) {
  rorkit_panel *p = NULL;
  rorkit_string s = {NULL, 0};
  rorkit_report_options ro = RORKIT_REPORT_OPTIONS_INIT;
  const char *group[] = {"751", "Viborg", "746"};
  const char *figs[] = {"kf01", "kf11", "kf13"};

  CHECK_OK(rorkit_aggregates_to_panel(&p, all, NULL));

  CHECK_OK(rorkit_keyfig_development(&s, p, "Randers", "kf01", 0));
  CHECK_CONTAINS(s.data, "\"area\":\"730\"");
  CHECK_CONTAINS(s.data, "\"base_year\":2020");
  CHECK_CONTAINS(s.data, "\"change_previous\":{\"value\":null,\"status\":\"missing\"");
  rorkit_string_free(&s);
  CHECK_OK(rorkit_keyfig_trend(&s, p, "730", "kf01", 0));
  CHECK_CONTAINS(s.data, "\"slope\":");
  rorkit_string_free(&s);
  CHECK_OK(rorkit_keyfig_rank(&s, p, "730", 2022, "kf01", NULL));
  CHECK_CONTAINS(s.data, "\"of\":98");
  rorkit_string_free(&s);
  CHECK_OK(rorkit_keyfig_compare_country(&s, p, "730", 2022, "kf01", NULL));
  CHECK_CONTAINS(s.data, "\"reference\":\"000\"");
  CHECK_CONTAINS(s.data, "\"rule\":\"reported");
  rorkit_string_free(&s);
  CHECK_OK(rorkit_keyfig_compare_region(&s, p, "730", 2022, "kf01", NULL));
  CHECK_CONTAINS(s.data, "\"averaging\":\"weighted\"");
  rorkit_string_free(&s);
  CHECK_OK(rorkit_keyfig_compare_group(&s, p, "730", group, 3, 2022, "kf16", 0, NULL));
  CHECK_CONTAINS(s.data, "\"member_count\":3");
  CHECK_CONTAINS(s.data, "\"791\""); /* Viborg, by its code */
  rorkit_string_free(&s);
  CHECK_OK(rorkit_keyfig_compare_group(&s, p, "730", group, 3, 2022, "kf01", RORKIT_AVERAGING_UNWEIGHTED, NULL));
  CHECK_CONTAINS(s.data, "\"averaging\":\"unweighted\"");
  rorkit_string_free(&s);
  CHECK_OK(rorkit_keyfig_most_similar(&s, p, "Randers", 2022, figs, 3, 5));
  CHECK_CONTAINS(s.data, "\"municipality\":\"730\"");
  CHECK_CONTAINS(s.data, "\"similar\":[\"");
  rorkit_string_free(&s);

  CHECK_FAIL(rorkit_keyfig_development(&s, p, "Atlantis", "kf01", 0), RORKIT_ERROR_NOT_FOUND, "Atlantis", NULL);
  CHECK_FAIL(rorkit_keyfig_development(&s, p, "730", "kf01", 1990), RORKIT_ERROR_OUT_OF_RANGE, "1990", NULL);
  CHECK_FAIL(rorkit_keyfig_rank(&s, p, "000", 2022, "kf01", NULL), RORKIT_ERROR_INVALID_ARGUMENT, NULL, NULL);
  CHECK_FAIL(rorkit_keyfig_compare_group(&s, p, "730", group, 3, 2022, "kf01", 7, NULL), RORKIT_ERROR_INVALID_ARGUMENT, "averaging", NULL);
  CHECK_FAIL(rorkit_keyfig_compare_group(&s, p, "730", NULL, 2, 2022, "kf01", 0, NULL), RORKIT_ERROR_NULL_POINTER, "group", NULL);
  CHECK(s.data == NULL); /* failures wrote nothing */

  ro.municipality = "730";
  ro.data_note = "Synthetic data";
  CHECK_OK(rorkit_keyfig_report_html(&s, p, &ro, all));
  CHECK(s.size > 1000);
  CHECK_CONTAINS(s.data, "Randers");
  CHECK_CONTAINS(s.data, "<svg");
  CHECK(strstr(s.data, "http://") == NULL || strstr(s.data, "xmlns=\"http://www.w3.org/2000/svg\"") != NULL);
  rorkit_string_free(&s);
  ro.version = 0;
  CHECK_FAIL(rorkit_keyfig_report_html(&s, p, &ro, NULL), RORKIT_ERROR_UNSUPPORTED_VERSION, "version", NULL);
  ro.version = RORKIT_REPORT_OPTIONS_VERSION;
  ro.municipality = "Atlantis";
  CHECK_FAIL(rorkit_keyfig_report_html(&s, p, &ro, NULL), RORKIT_ERROR_NOT_FOUND, "Atlantis", NULL);
  ro.municipality = "000";
  CHECK_FAIL(rorkit_keyfig_report_html(&s, p, &ro, NULL), RORKIT_ERROR_INVALID_ARGUMENT, NULL, NULL);
  ro.municipality = "730";
  ro.year = 2040;
  CHECK_FAIL(rorkit_keyfig_report_html(&s, p, &ro, NULL), RORKIT_ERROR_OUT_OF_RANGE, "2040", NULL);
  ro.year = 0;
  ro.suppression_threshold = -2;
  CHECK_FAIL(rorkit_keyfig_report_html(&s, p, &ro, NULL), RORKIT_ERROR_INVALID_ARGUMENT, "suppression_threshold", NULL);
  CHECK_FAIL(rorkit_keyfig_report_html(&s, p, NULL, NULL), RORKIT_ERROR_NULL_POINTER, "options", NULL);
  CHECK(s.data == NULL);
  rorkit_panel_free(p);
}

/* Adults in København, each with one spell open from 2021: `on1` on §82a (step 1), `on3` on
   §85 in their own home (step 3); the same distribution on 1 January and 31 December 2022. */
static rorkit_aggregates *stair_of(int on1, int on3) {
  enum { kMax = 32 };
  int64_t id[kMax];
  int16_t muni[kMax], born[kMax];
  uint8_t status[kMax];
  int8_t basis[kMax];
  int32_t start[kMax], end[kMax];
  rorkit_persons_table persons = {RORKIT_PERSONS_TABLE_VERSION, 0, id, muni, born, status, 2022, 1};
  rorkit_spells_table spells = {RORKIT_SPELLS_TABLE_VERSION, 0, id, muni, basis, start, end};
  rorkit_aggregates *out = NULL;
  int i, n = on1 + on3;
  for (i = 0; i < n; ++i) {
    id[i] = i + 1;
    muni[i] = 101;
    born[i] = 1980;
    status[i] = 0;
    basis[i] = (int8_t)(i < on1 ? 1 : 3);
    start[i] = 18628; /* 2021-01-01 */
    end[i] = INT32_MAX;
  }
  persons.rows = spells.rows = (size_t)n;
  CHECK_OK(rorkit_aggregates_compute(&out, &persons, &spells, NULL, NULL, NULL));
  return out;
}

static void check_shares(const double got[6], const double want[6]) {
  int i;
  for (i = 0; i < 6; ++i)
    CHECK(isnan(want[i]) ? isnan(got[i]) : fabs(got[i] - want[i]) < 1e-9);
}

static void test_stair_shares(void) {
  const double nan = NAN;
  double start[6], end[6];
  rorkit_aggregates *a = stair_of(6, 10), *b = stair_of(2, 10), *c = stair_of(2, 2);
  /* 6 and 10 of 16: 37.5 % and 62.5 %; the empty steps are 0 %. */
  const double plain[6] = {37.5, 0, 62.5, 0, 0, 0};
  /* 2 on step 1 is withheld; step 3 alone would be 100 % minus it, so it goes too. */
  const double both_withheld[6] = {nan, 0, nan, 0, 0, 0};
  const double open[6] = {100.0 * 2 / 12, 0, 100.0 * 10 / 12, 0, 0, 0};
  const double none[6] = {nan, nan, nan, nan, nan, nan};
  CHECK_OK(rorkit_aggregates_stair_shares(start, end, a, 101, 2022, 5));
  check_shares(start, plain);
  check_shares(end, plain);
  CHECK_OK(rorkit_aggregates_stair_shares(start, end, b, 101, 2022, 5));
  check_shares(start, both_withheld);
  check_shares(end, both_withheld);
  CHECK_OK(rorkit_aggregates_stair_shares(start, end, b, 101, 2022, 0));
  check_shares(start, open);
  /* Four persons in all: below the threshold, nothing is shown. */
  CHECK_OK(rorkit_aggregates_stair_shares(start, end, c, 101, 2022, 5));
  check_shares(start, none);
  check_shares(end, none);
  CHECK_FAIL(rorkit_aggregates_stair_shares(start, end, a, 101, 2022, -1), RORKIT_ERROR_INVALID_ARGUMENT,
             "threshold", NULL);
  CHECK_FAIL(rorkit_aggregates_stair_shares(start, end, a, 999, 2022, 5), RORKIT_ERROR_NOT_FOUND, "999", NULL);
  CHECK_FAIL(rorkit_aggregates_stair_shares(start, end, a, 101, 2030, 5), RORKIT_ERROR_OUT_OF_RANGE, "2030", NULL);
  CHECK_FAIL(rorkit_aggregates_stair_shares(NULL, end, a, 101, 2022, 5), RORKIT_ERROR_NULL_POINTER, "start", NULL);
  CHECK_FAIL(rorkit_aggregates_stair_shares(start, end, NULL, 101, 2022, 5), RORKIT_ERROR_NULL_POINTER, NULL, NULL);
  rorkit_aggregates_free(a);
  rorkit_aggregates_free(b);
  rorkit_aggregates_free(c);
}

int main(void) {
  rorkit_synthetic *s;
  rorkit_aggregates *all = NULL;
  test_catalogue();
  test_statbank();
  test_panel_csv();
  test_stair_shares();
  s = small_nation();
  test_compute_and_merge(s, &all);
  test_bad_microdata(s);
  if (all != NULL) {
    test_panel_from_aggregates(all);
    test_analytics_and_report(all);
  }
  rorkit_aggregates_free(all);
  rorkit_synthetic_free(s);
  rorkit_synthetic_free(NULL);
  return check_report();
}
